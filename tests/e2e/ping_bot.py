"""A minimal discord.py bot used only by the fake Discord's self-test.

It exercises each path the real bot relies on: command sync (guild and global), a plain slash
reply (callback type 4), autocomplete (type 8), defer + edit of the original with a button, defer +
follow-up (ephemeral), a button press that updates the message (type 7), mention replies that
never ping, and a DM reply with a file (multipart).
Run it through ``launch.py --module tests.e2e.ping_bot``.
"""

from __future__ import annotations

import io
import logging
import os

import discord
from discord import app_commands

NO_PINGS = discord.AllowedMentions.none()


class AgainView(discord.ui.View):
    def __init__(self, text: str) -> None:
        super().__init__(timeout=60)
        self.text = text

    @discord.ui.button(label="Again", custom_id="echo:again")
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content=f"again: {self.text}", view=None)


class PingBot(discord.Client):
    def __init__(self, guild_id: int) -> None:
        super().__init__(intents=discord.Intents.default())  # no privileged intents
        self.guild = discord.Object(id=guild_id)
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(description="Answers pong")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("pong", allowed_mentions=NO_PINGS)

        @self.tree.command(description="Echoes text after thinking")
        @app_commands.describe(text="what to echo", private="only you see the answer")
        async def echo(interaction: discord.Interaction, text: str, private: bool = False) -> None:
            await interaction.response.defer(thinking=True, ephemeral=private)
            if private:  # the follow-up replaces the "thinking..." message
                await interaction.followup.send(f"psst: {text}", ephemeral=True)
            else:
                await interaction.edit_original_response(
                    content=f"echo: {text}", view=AgainView(text), allowed_mentions=NO_PINGS
                )

        @echo.autocomplete("text")
        async def echo_complete(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=s, value=s) for s in (current, current.upper())]

    async def setup_hook(self) -> None:
        self.tree.copy_global_to(guild=self.guild)
        await self.tree.sync(guild=self.guild)
        await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None:
            return
        if message.guild is None:  # DMs get a file too: a multipart/form-data request
            pong = discord.File(io.BytesIO(b"pong"), filename="pong.txt")
            await message.reply(f"pong: {message.content}", file=pong, allowed_mentions=NO_PINGS)
        elif self.user in message.mentions:
            await message.reply(f"pong: {message.content}", allowed_mentions=NO_PINGS)


def main(argv: list[str]) -> int:
    bot = PingBot(int(os.environ["PING_GUILD_ID"]))
    bot.run(os.environ["DISCORD_TOKEN"], log_level=logging.INFO)
    return 0

"""/knowledge reload | status | misses, for server admins."""

from __future__ import annotations

import asyncio
import datetime as dt

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.embeds import notice_embed
from bot.chat.permissions import admin_check
from bot.chat.replies import NO_PINGS
from bot.core.engine import ReloadReport
from bot.core.snapshot import Snapshot

MAX_LISTED = 10


def reload_message(report: ReloadReport, root: str, previous: int) -> str:
    """What changed, or why nothing did, in terms an admin can act on."""
    if not report.ok:
        errors = report.errors or report.problems
        lines = [
            f"Reload failed with {len(errors)} error(s); still serving the previous base "
            f"({previous} shows).",
            "```",
            *(_relative(str(p), root) for p in errors[:MAX_LISTED]),
            "```",
        ]
        if len(errors) > MAX_LISTED:
            lines.append(f"... and {len(errors) - MAX_LISTED} more: run `showbot check`.")
        return "\n".join(lines)
    parts = [f"Reloaded {report.shows} shows in {report.seconds:.2f} s."]
    for label, ids in (
        ("Added", report.added),
        ("Changed", report.changed),
        ("Removed", report.removed),
    ):
        if ids:
            shown = ", ".join(ids[:MAX_LISTED]) + (" ..." if len(ids) > MAX_LISTED else "")
            parts.append(f"{label} ({len(ids)}): {shown}")
    if not (report.added or report.changed or report.removed):
        parts.append("Nothing changed.")
    warnings = [p for p in report.problems if not p.is_error]
    if warnings:
        parts.append(f"{len(warnings)} warning(s), e.g. `{_relative(str(warnings[0]), root)}`")
    return "\n".join(parts)


def status_message(snapshot: Snapshot) -> str:
    loaded = int(snapshot.loaded_at.replace(tzinfo=snapshot.loaded_at.tzinfo or dt.UTC).timestamp())
    lines = [
        f"**{len(snapshot.shows)}** shows from {snapshot.files} file(s) in `{snapshot.root}`",
        f"Loaded <t:{loaded}:R> in {snapshot.load_seconds:.2f} s.",
        f"{len(snapshot.warnings)} warning(s).",
    ]
    root = str(snapshot.root)
    lines += [f"`{_relative(str(w), root)}`" for w in snapshot.warnings[:5]]
    return "\n".join(lines)


def misses_message(misses: list[tuple[str, int]]) -> str:
    if not misses:
        return "No unanswered titles since the bot started."
    lines = ["Most-asked titles that matched no show since the bot started:"]
    lines += [f"{count}× {discord.utils.escape_markdown(title)}" for title, count in misses]
    return "\n".join(lines)


def _relative(text: str, root: str) -> str:
    return text.replace(root.rstrip("/") + "/", "")


class KnowledgeAdmin(commands.Cog):
    knowledge = app_commands.Group(
        name="knowledge",
        description="Manage showbot's knowledge base",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @knowledge.command(name="reload", description="Re-read the knowledge files without a restart")
    @app_commands.check(admin_check)
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        engine = self.bot.engine  # type: ignore[attr-defined]
        async with self.bot.reload_lock:  # type: ignore[attr-defined]
            previous = len(engine.snapshot.shows)
            report = await asyncio.to_thread(engine.reload)
        text = reload_message(report, str(engine.knowledge_dir), previous)
        await interaction.followup.send(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @knowledge.command(name="status", description="What is loaded, from where, and its warnings")
    @app_commands.check(admin_check)
    async def status(self, interaction: discord.Interaction) -> None:
        with self.bot.engine.reading() as snapshot:  # type: ignore[attr-defined]
            text = status_message(snapshot)
        await interaction.response.send_message(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @knowledge.command(name="misses", description="Titles people asked for that matched no show")
    @app_commands.check(admin_check)
    async def misses(self, interaction: discord.Interaction) -> None:
        misses = self.bot.engine.misses.top(15)  # type: ignore[attr-defined]
        await interaction.response.send_message(
            embed=notice_embed(misses_message(misses)), ephemeral=True, allowed_mentions=NO_PINGS
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(KnowledgeAdmin(bot))

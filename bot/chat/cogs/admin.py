"""/knowledge reload | status | misses, for server admins."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.embeds import notice_embed
from bot.chat.permissions import admin_check
from bot.chat.refresh import refresh_line
from bot.chat.replies import NO_PINGS
from bot.chat.text import escape, one_line, shorten
from bot.core import ReloadReport, Snapshot

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

MAX_LISTED = 10
LINE_CHARS = 300
"""A listed problem or title is cut to this, so a report of ten fits in one message."""


def reload_message(report: ReloadReport, root: str, previous: int) -> str:
    """What changed, or why nothing did, in terms an admin can act on."""
    if not report.ok:
        errors = report.errors or report.problems
        lines = [
            f"Reload failed with {len(errors)} error(s); still serving the previous base "
            f"({previous} shows).",
            "```",
            *(_problem(p, root) for p in errors[:MAX_LISTED]),
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
        parts.append(f"{len(warnings)} warning(s), e.g. `{_problem(warnings[0], root)}`")
    return "\n".join(parts)


def status_message(snapshot: Snapshot, refresh: str | None = None) -> str:
    """What is loaded, from where, and (with ``refresh``) how the live refresh went."""
    loaded = int(snapshot.loaded_at.replace(tzinfo=snapshot.loaded_at.tzinfo or dt.UTC).timestamp())
    lines = [
        f"**{len(snapshot.shows)}** shows from {snapshot.files} file(s) in `{snapshot.root}`",
        f"Loaded <t:{loaded}:R> in {snapshot.load_seconds:.2f} s.",
        f"{len(snapshot.warnings)} warning(s).",
    ]
    if refresh:
        lines.append(shorten(one_line(refresh), LINE_CHARS * 2))
    if replaced := len(snapshot.overridden):
        entries = "entry" if replaced == 1 else "entries"
        lines.append(
            f"{replaced} imported {entries} replaced by hand-written ones "
            "(`showbot check` lists them)."
        )
    root = str(snapshot.root)
    lines += [f"`{_problem(w, root)}`" for w in snapshot.warnings[:5]]
    return "\n".join(lines)


def misses_message(misses: list[tuple[str, int]]) -> str:
    if not misses:
        return "No unanswered titles since the bot started."
    lines = ["Most-asked titles that matched no show since the bot started:"]
    lines += [f"{count}× {shorten(escape(one_line(title)), LINE_CHARS)}" for title, count in misses]
    return "\n".join(lines)


def _problem(problem: object, root: str) -> str:
    """A problem on one line of code formatting: relative to the knowledge directory, cut to
    `LINE_CHARS`, its backticks made quotes so they cannot end the code span or block."""
    text = str(problem).replace(root.rstrip("/") + "/", "")
    return shorten(one_line(text), LINE_CHARS).replace("`", "'")


class KnowledgeAdmin(commands.Cog):
    knowledge = app_commands.Group(
        name="knowledge",
        description="Manage showbot's knowledge base",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: ShowBot) -> None:
        self.bot = bot

    @knowledge.command(name="reload", description="Re-read the knowledge files without a restart")
    @app_commands.check(admin_check)
    async def reload(self, interaction: discord.Interaction[ShowBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        engine = self.bot.engine
        async with self.bot.reload_lock:
            previous = engine.show_count
            report = await asyncio.to_thread(engine.reload)
        self.bot.metrics.reload_done(report.ok)
        text = reload_message(report, str(engine.knowledge_dir), previous)
        await interaction.followup.send(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @knowledge.command(name="status", description="What is loaded, from where, and its warnings")
    @app_commands.check(admin_check)
    async def status(self, interaction: discord.Interaction[ShowBot]) -> None:
        with self.bot.engine.reading() as snapshot:
            text = status_message(snapshot, refresh_line(self.bot.live_refresh))
        await interaction.response.send_message(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @knowledge.command(name="misses", description="Titles people asked for that matched no show")
    @app_commands.check(admin_check)
    async def misses(self, interaction: discord.Interaction[ShowBot]) -> None:
        misses = self.bot.engine.misses.top(15)
        await interaction.response.send_message(
            embed=notice_embed(misses_message(misses)), ephemeral=True, allowed_mentions=NO_PINGS
        )


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(KnowledgeAdmin(bot))

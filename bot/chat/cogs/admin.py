"""/knowledge reload | status | misses, for server admins."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.embeds import notice_embed
from bot.chat.permissions import admin_check, is_bot_owner, reload_check
from bot.chat.refresh import refresh_line
from bot.chat.replies import NO_PINGS
from bot.chat.text import escape, one_line, shorten
from bot.core import ReloadReport, Snapshot
from bot.data import DM_GUILD, Miss

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

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


def status_message(
    snapshot: Snapshot,
    refresh: str | None = None,
    *,
    show_path: bool = True,
    waiting: int = 0,
    generation: tuple[int, int] = (0, 0),
) -> str:
    """What is loaded, from where, and (with ``refresh``) how the live refresh went. The
    knowledge directory's path on the host is for the bot's owners only (`show_path`): a server
    admin has no use for it and it tells how the host is laid out. `generation` is (this
    process's, the database's) knowledge generation: whether this process has every reload."""
    loaded = int(snapshot.loaded_at.replace(tzinfo=snapshot.loaded_at.tzinfo or dt.UTC).timestamp())
    where = f" in `{snapshot.root}`" if show_path else ""
    lines = [
        f"**{len(snapshot.shows)}** shows from {snapshot.files} file(s){where}",
        f"Loaded <t:{loaded}:R> in {snapshot.load_seconds:.2f} s.",
        f"{len(snapshot.warnings)} warning(s).",
    ]
    if refresh:
        if not show_path:
            refresh = refresh.replace(str(snapshot.root).rstrip("/") + "/", "")
        lines.append(shorten(one_line(refresh), LINE_CHARS * 2))
    if replaced := len(snapshot.overridden):
        entries = "entry" if replaced == 1 else "entries"
        lines.append(
            f"{replaced} imported {entries} replaced by hand-written ones "
            "(`showbot check` lists them)."
        )
    if waiting:
        lines.append(f"{waiting} follower notice(s) waiting to be sent.")
    here, shared = generation
    if shared > here:
        lines.append(
            f"Reload {shared} of the shared base is not here yet (this process has {here}): "
            "it follows within seconds."
        )
    elif shared:
        lines.append(f"Reload {shared} of the shared base: every reload is in.")
    root = str(snapshot.root)
    lines += [f"`{_problem(w, root)}`" for w in snapshot.warnings[:5]]
    return "\n".join(lines)


def misses_message(misses: list[tuple[str, int]]) -> str:
    """One server's misses (a server's admins see only their own)."""
    if not misses:
        return "No unanswered titles recorded for this server."
    lines = ["Most-asked titles that matched no show in this server:"]
    lines += [f"{count}× {shorten(escape(one_line(title)), LINE_CHARS)}" for title, count in misses]
    return "\n".join(lines)


def all_misses_message(misses: list[Miss], places: Mapping[int, str]) -> str:
    """Every server's misses and the DMs', for the bot's owners, each with where it was asked."""
    if not misses:
        return "No unanswered titles recorded anywhere."
    lines = ["Most-asked titles that matched no show, in every server (owners only):"]
    for miss in misses:
        where = "DMs" if miss.guild_id == DM_GUILD else places.get(miss.guild_id, "a server")
        title = shorten(escape(one_line(miss.title)), LINE_CHARS)
        lines.append(f"{miss.count}× {title} · {escape(one_line(where))[:100]}")
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
    @app_commands.check(reload_check)
    async def reload(self, interaction: discord.Interaction[ShowBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        engine = self.bot.engine
        async with self.bot.reload_lock:
            previous = engine.show_count
            report = await asyncio.to_thread(engine.reload)
        self.bot.metrics.reload_done(report.ok)
        outcome = "ok" if report.ok else "failed"
        log.info(
            "knowledge reload asked by %s (%d) in guild %s: %s",
            interaction.user,
            interaction.user.id,
            interaction.guild_id,
            outcome,
        )
        await self.bot.store.record_reload(interaction.user.id, interaction.guild_id or 0, outcome)
        if report.ok:  # before the reply: once it is shown, the other processes and the
            await self.bot.knowledge_reloaded()  # followers' news are on their way
        text = reload_message(report, str(engine.knowledge_dir), previous)
        await interaction.followup.send(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @knowledge.command(name="status", description="What is loaded, from where, and its warnings")
    @app_commands.check(admin_check)
    async def status(self, interaction: discord.Interaction[ShowBot]) -> None:
        owner = await is_bot_owner(interaction)
        waiting = await self.bot.store.pending_notices()
        shared = await self.bot.store.knowledge_generation()
        with self.bot.engine.reading() as snapshot:
            text = status_message(
                snapshot,
                refresh_line(self.bot.live_refresh),
                show_path=owner,
                waiting=waiting,
                generation=(self.bot.reload_watch.seen, shared),
            )
        await interaction.response.send_message(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @knowledge.command(name="misses", description="Titles people asked for that matched no show")
    @app_commands.check(admin_check)
    async def misses(self, interaction: discord.Interaction[ShowBot]) -> None:
        store = self.bot.store
        if await is_bot_owner(interaction):
            found = await store.misses(None, 15)
            places = {guild.id: guild.name for guild in self.bot.guilds}
            text = all_misses_message(found, places)
        else:
            found = await store.misses(interaction.guild_id or DM_GUILD, 15)
            text = misses_message([(miss.title, miss.count) for miss in found])
        await interaction.response.send_message(
            embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
        )


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(KnowledgeAdmin(bot))

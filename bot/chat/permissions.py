"""Who may use the admin commands: decided by a pure function, checked at run time."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.chat.client import ShowBot


log = logging.getLogger(__name__)


class NotAdmin(app_commands.CheckFailure):
    """A member without admin rights called an admin command."""


def may_administer(
    *,
    user_id: int,
    role_ids: frozenset[int],
    manage_guild: bool,
    is_app_owner: bool,
    settings: Settings,
) -> bool:
    """Owners, configured admin users and roles, and (unless turned off) Manage Server holders."""
    return (
        is_app_owner
        or user_id in settings.owner_ids
        or user_id in settings.admin_user_ids
        or bool(role_ids & settings.admin_role_ids)
        or (settings.manage_guild_is_admin and manage_guild)
    )


async def admin_check(interaction: discord.Interaction[ShowBot]) -> bool:
    """The run-time half of the check: default_permissions only hides commands, it can be
    overridden per guild, so the bot decides again for every call."""
    bot = interaction.client
    user = interaction.user
    roles = frozenset(role.id for role in getattr(user, "roles", ()))
    permissions = interaction.permissions
    allowed = may_administer(
        user_id=user.id,
        role_ids=roles,
        manage_guild=bool(interaction.guild and permissions.manage_guild),
        is_app_owner=await bot.is_owner(user),
        settings=bot.settings,
    )
    if not allowed:
        raise NotAdmin("Only server admins can manage showbot's knowledge base.")
    return True


# -- the shared base: who may reload it (lasting state, issue 12) ------------------------------


class ReloadRefused(app_commands.CheckFailure):
    """A reload that the multi-server rule or the rate limit refuses; the message says why."""


def may_reload(
    *,
    user_id: int,
    role_ids: frozenset[int],
    is_owner: bool,
    is_admin: bool,
    guild_count: int,
    settings: Settings,
) -> bool:
    """In a bot serving one server, every admin of it may reload. Once it serves more, the
    base is shared: only the bot's owners and the admins configured by user or role (never
    Manage Server alone) may reload it, as one server's admin changes what all are told."""
    if guild_count <= 1:
        return is_admin
    return (
        is_owner or user_id in settings.admin_user_ids or bool(role_ids & settings.admin_role_ids)
    )


def reload_wait(reloads: list[float], now: float, rate: int, per: float) -> float:
    """Seconds until another reload is allowed, given the times of the last `per` seconds'
    reloads (oldest first); 0 when one is allowed now."""
    if len(reloads) < rate:
        return 0.0
    return max(0.0, reloads[-rate] + per - now)


async def is_bot_owner(interaction: discord.Interaction[ShowBot]) -> bool:
    """The application's owners (or team) and the users listed in SHOWBOT_OWNER_IDS."""
    bot = interaction.client
    return interaction.user.id in bot.settings.owner_ids or await bot.is_owner(interaction.user)


async def reload_check(interaction: discord.Interaction[ShowBot]) -> bool:
    """An admin, allowed by the multi-server rule, and within the rate limit (owners are
    not rate-limited: they may need to fix a broken file quickly). A refusal is logged."""
    await admin_check(interaction)
    bot = interaction.client
    settings = bot.settings
    owner = await is_bot_owner(interaction)
    allowed = may_reload(
        user_id=interaction.user.id,
        role_ids=frozenset(role.id for role in getattr(interaction.user, "roles", ())),
        is_owner=owner,
        is_admin=True,
        guild_count=len(bot.guilds),
        settings=settings,
    )
    if not allowed:
        await _refused(interaction, "not an owner or configured admin")
        raise ReloadRefused(
            "The knowledge base is shared by every server this bot is in, so only the bot's "
            "owners and the admins they configured (SHOWBOT_ADMIN_USER_IDS or "
            "SHOWBOT_ADMIN_ROLE_IDS) can reload it. Ask the bot's owner."
        )
    if owner:
        return True
    reloads = await bot.store.reloads_since(settings.reload_seconds)
    wait = reload_wait(reloads, time.time(), settings.reload_rate, settings.reload_seconds)
    if wait > 0:
        await _refused(interaction, "rate limit")
        raise ReloadRefused(
            f"The knowledge base was reloaded {len(reloads)} times in the last "
            f"{settings.reload_seconds:.0f} seconds; try again in {wait:.0f} seconds."
        )
    return True


async def _refused(interaction: discord.Interaction[ShowBot], why: str) -> None:
    user = interaction.user
    log.warning(
        "knowledge reload refused for %s (%d) in guild %s: %s",
        user,
        user.id,
        interaction.guild_id,
        why,
    )
    await interaction.client.store.record_reload(user.id, interaction.guild_id or 0, "refused")

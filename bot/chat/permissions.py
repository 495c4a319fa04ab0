"""Who may use the admin commands: decided by a pure function, checked at run time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.chat.client import ShowBot


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

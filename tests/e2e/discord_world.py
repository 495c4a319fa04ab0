"""The guild the fake Discord hosts, and the JSON shapes Discord uses to describe it.

Kept apart from the server (``fake_discord.py``) so the protocol logic there stays short. Field
sets are what discord.py 2.7 reads when it parses these objects (state.py, guild.py, member.py,
message.py, interactions.py, appinfo.py); data-shaped literals are kept compact on purpose.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
ADMINISTRATOR, MANAGE_GUILD = 1 << 3, 1 << 5
# View channel, send messages, embed links, read history, use application commands.
BASIC_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 16) | (1 << 31)
ALL_PERMISSIONS = (1 << 51) - 1
GUILD_MEMBERS, GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 1, 1 << 9, 1 << 12, 1 << 15
EPHEMERAL, LOADING = 1 << 6, 1 << 7  # message flags
JOINED = "2024-01-01T00:00:00+00:00"


@dataclass(frozen=True)
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 0

    def payload(self) -> dict[str, Any]:
        colors = {"primary_color": 0, "secondary_color": None, "tertiary_color": None}
        return {"id": str(self.id), "name": self.name, "permissions": str(self.permissions),
                "position": self.position, "color": 0, "colors": colors, "hoist": False,
                "managed": False, "mentionable": True, "flags": 0, "icon": None}  # fmt: skip


@dataclass(frozen=True)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    role_ids: tuple[int, ...] = ()

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {"id": str(self.id), "username": self.name, "global_name": self.name.title(),
                "discriminator": "0", "avatar": None, "bot": self.bot,
                "public_flags": 0}  # fmt: skip


class World:
    """One guild with one text channel, three roles and seven users; ids are real snowflakes.
    With ``shard_count`` above 1 there is one more guild (with its own channel, the same users
    and roles) on each further shard: guild ``i`` of ``guilds`` is on shard ``i``, found the
    way Discord finds it, ``(guild_id >> 22) % shard_count``.

    Also a ``news_channel_id`` and a mentionable ``fans_role`` in that guild (for channel
    announcements and their role ping), and a second guild (``other_guild_id``, its channel
    ``other_channel_id``, its ``other_admin`` with Manage Server there, and ``other_member``),
    which the bot is in only when the fake is made with ``guilds=2``. ``dms_closed`` holds the
    users who accept no DM from the bot (Discord answers 403, code 50007).

    Users: ``bot_user`` (the bot; its id is also the application id), ``app_owner`` (owns the
    application, no special role), ``admin`` (has ``admin_role``: Manage Server), ``keeper`` (has
    ``keeper_role``, which grants nothing: for "configured admin role" tests), ``member`` (plain),
    ``other_bot`` and ``guild_owner``. With ``team=True`` the application is team-owned and
    ``app_owner`` is the team's only member.
    """

    def __init__(self, *, team: bool = False, shard_count: int = 1, guilds: int = 1) -> None:
        self.team, self.shard_count = team, shard_count
        self._counter = 0
        sf = self.snowflake
        self.guild_id, self.channel_id = self._snowflake_on_shard(0), sf()
        shard_guilds = [(self._snowflake_on_shard(shard), sf()) for shard in range(1, shard_count)]
        self.everyone_role = FakeRole(self.guild_id, "@everyone", BASIC_PERMISSIONS)
        self.admin_role = FakeRole(sf(), "Server Admin", BASIC_PERMISSIONS | MANAGE_GUILD, 2)
        self.keeper_role = FakeRole(sf(), "Show Keeper", 0, 1)
        self.roles = [self.everyone_role, self.admin_role, self.keeper_role]
        self.bot_user = FakeUser(sf(), "showbot", bot=True)
        self.application_id = self.bot_user.id
        self.app_owner = FakeUser(sf(), "owner")
        self.admin = FakeUser(sf(), "admin", role_ids=(self.admin_role.id,))
        self.keeper = FakeUser(sf(), "keeper", role_ids=(self.keeper_role.id,))
        self.member = FakeUser(sf(), "member")
        self.other_bot = FakeUser(sf(), "otherbot", bot=True)
        self.guild_owner = FakeUser(sf(), "guildowner")
        everybody = (self.bot_user, self.app_owner, self.admin, self.keeper, self.member,
                     self.other_bot, self.guild_owner)  # fmt: skip
        self.users = {user.id: user for user in everybody}
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.dms_closed: set[int] = set()
        # Announcements: a second channel and a role to ping in the first guild.
        self.news_channel_id = sf()
        self.fans_role = FakeRole(sf(), "Fans", 0, 1)
        self.roles.append(self.fans_role)
        # A second guild, joined when guilds=2 (on the last shard).
        self.other_guild_id = self._snowflake_on_shard(shard_count - 1)
        self.other_channel_id = sf()
        self.other_everyone_role = FakeRole(self.other_guild_id, "@everyone", BASIC_PERMISSIONS)
        self.other_admin_role = FakeRole(sf(), "Mods", BASIC_PERMISSIONS | MANAGE_GUILD, 1)
        self.other_admin = FakeUser(sf(), "otheradmin", role_ids=(self.other_admin_role.id,))
        self.other_member = FakeUser(sf(), "othermember")
        self.users |= {u.id: u for u in (self.other_admin, self.other_member)}
        self.guild_roles = {
            self.guild_id: self.roles,
            self.other_guild_id: [self.other_everyone_role, self.other_admin_role],
        }
        self.guild_channels = {
            self.guild_id: [(self.channel_id, "general"), (self.news_channel_id, "news")],
            self.other_guild_id: [(self.other_channel_id, "lobby")],
        }
        for guild_id, channel_id in shard_guilds:  # the first guild's roles, its own @everyone
            everyone = FakeRole(guild_id, "@everyone", BASIC_PERMISSIONS)
            self.guild_roles[guild_id] = [everyone, *self.roles[1:]]
            self.guild_channels[guild_id] = [(channel_id, "general")]
        self.guilds = [(self.guild_id, self.channel_id), *shard_guilds]
        """(guild id, its first text channel id) of each guild the bot is in, in READY order:
        one per shard, then the second guild with ``guilds=2``."""
        if guilds == 2:
            self.guilds.append((self.other_guild_id, self.other_channel_id))
        self.joined = [guild_id for guild_id, _ in self.guilds]

    def guild_of(self, channel_id: int) -> int | None:
        """The guild a channel belongs to; None for a DM channel."""
        for guild_id, channels in self.guild_channels.items():
            if any(channel == channel_id for channel, _ in channels):
                return guild_id
        return None

    def snowflake(self) -> int:
        """A fresh, time-ordered Discord snowflake."""
        self._counter += 1
        return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (self._counter % 4096)

    def _snowflake_on_shard(self, shard: int) -> int:
        """A snowflake whose guild would live on ``shard`` (its timestamp picks the shard)."""
        now = int(time.time() * 1000) - DISCORD_EPOCH_MS
        self._counter += 1
        return ((now + (shard - now) % self.shard_count) << 22) | (self._counter % 4096)

    def shard_of(self, guild_id: int) -> int:
        return (guild_id >> 22) % self.shard_count

    def _guild_name(self, guild_id: int) -> str:
        if guild_id == self.guild_id:
            return "Test Guild"
        if guild_id == self.other_guild_id:
            return "Other Guild"
        return f"Test Guild {self.shard_of(guild_id)}"

    def dm_channel(self, user: FakeUser) -> int:
        return self.dm_channels.setdefault(user.id, self.snowflake())

    def permissions(self, user: FakeUser, guild_id: int | None = None) -> int:
        """Guild-wide permissions, as Discord puts them in an interaction's ``member``."""
        guild_id = guild_id or self.guild_id
        if user.id == self.guild_owner.id:  # it owns every guild (GUILD_CREATE's owner_id)
            return ALL_PERMISSIONS
        roles = self.guild_roles[guild_id]
        perms = roles[0].permissions
        for role in roles:
            if role.id in user.role_ids:
                perms |= role.permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def member_payload(
        self, user: FakeUser, *, with_user: bool = True, guild_id: int | None = None
    ) -> dict[str, Any]:
        own = {role.id for role in self.guild_roles[guild_id or self.guild_id]}
        roles = [str(r) for r in user.role_ids if r in own]
        member = {"roles": roles, "joined_at": JOINED, "deaf": False,
                  "mute": False, "flags": 0, "pending": False, "nick": None}  # fmt: skip
        return member | {"user": user.payload()} if with_user else member

    def channel_payload(self, channel_id: int | None = None) -> dict[str, Any]:
        channel_id = channel_id or self.channel_id
        guild_id = self.guild_of(channel_id)
        name = dict(self.guild_channels[guild_id or self.guild_id]).get(channel_id, "?")
        return {"id": str(channel_id), "type": 0, "guild_id": str(guild_id),
                "name": name, "position": 0, "permission_overwrites": [], "nsfw": False,
                "parent_id": None, "topic": None, "last_message_id": None,
                "rate_limit_per_user": 0}  # fmt: skip

    def guild_payload(self, intents: int, guild_id: int | None = None) -> dict[str, Any]:
        """GUILD_CREATE; like Discord, the member list is only complete with GUILD_MEMBERS."""
        guild_id = guild_id or self.guild_id
        members = list(self.users.values()) if intents & GUILD_MEMBERS else [self.bot_user]
        channels = [self.channel_payload(c) for c, _ in self.guild_channels[guild_id]]
        return {"id": str(guild_id), "name": self._guild_name(guild_id),
                "icon": None, "owner_id": str(self.guild_owner.id),
                "roles": [r.payload() for r in self.guild_roles[guild_id]],
                "channels": channels,
                "members": [self.member_payload(u, guild_id=guild_id) for u in members],
                "member_count": len(self.users), "large": False, "unavailable": False,
                "features": [], "emojis": [], "stickers": [], "threads": [], "presences": [],
                "voice_states": [], "stage_instances": [], "guild_scheduled_events": [],
                "soundboard_sounds": [], "preferred_locale": "en-US", "afk_timeout": 300,
                "verification_level": 0, "default_message_notifications": 0,
                "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0,
                "system_channel_flags": 0, "joined_at": JOINED}  # fmt: skip

    def application_payload(self) -> dict[str, Any]:
        """GET /oauth2/applications/@me: what a bot reads to know its owners."""
        app: dict[str, Any] = {
            "id": str(self.application_id), "name": "showbot", "description": "", "icon": None,
            "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64,
            "flags": 0, "owner": self.app_owner.payload(), "team": None,
            "bot": self.bot_user.payload()}  # fmt: skip
        if self.team:  # the owner becomes a pseudo-user; the people are team members
            team_id = str(self.application_id + 1)
            member = {"user": self.app_owner.payload(), "team_id": team_id,
                      "membership_state": 2, "permissions": ["*"], "role": "admin"}  # fmt: skip
            app["team"] = {"id": team_id, "name": "Showbot team", "icon": None, "members": [member],
                           "owner_user_id": str(self.app_owner.id)}  # fmt: skip
            app["owner"] = self.app_owner.payload() | {"id": team_id, "username": f"team{team_id}"}
        return app

    def pings(
        self, content: str, allowed: dict[str, Any] | None, replied_to: int | None
    ) -> dict[str, Any]:
        """Who Discord pings: mentions in ``content`` filtered by ``allowed_mentions`` (absent =
        everything, including the author replied to); embeds never ping. Returns a message's
        ``mentions``, ``mention_roles`` and ``mention_everyone``."""
        users = {int(u) for u in re.findall(r"<@!?(\d+)>", content)}
        roles = {int(r) for r in re.findall(r"<@&(\d+)>", content)}
        everything = {"users", "roles", "everyone"}
        parse = everything if allowed is None else set(allowed.get("parse") or [])
        rules = allowed or {}
        if "users" not in parse:
            users &= {int(u) for u in rules.get("users") or []}
        if "roles" not in parse:
            roles &= {int(r) for r in rules.get("roles") or []}
        if replied_to and rules.get("replied_user", allowed is None):
            users.add(replied_to)
        everyone = "everyone" in parse and bool(re.search(r"@(everyone|here)", content))
        return {"mentions": [self.users[u].payload() for u in sorted(users) if u in self.users],
                "mention_roles": [str(r) for r in sorted(roles)],
                "mention_everyone": everyone}  # fmt: skip


def walk_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All components, flattening action rows, containers and section accessories."""
    found = []
    for component in components:
        found.append(component)
        found += walk_components(component.get("components", []))
        if "accessory" in component:
            found += walk_components([component["accessory"]])
    return found

"""The values the store hands out: small, frozen, and free of any driver's row type."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Target(enum.StrEnum):
    """Who an outbox notice goes to."""

    DM = "dm"
    """A member who follows the show; `target_id` is the user."""
    CHANNEL = "channel"
    """A server's announcement channel; `target_id` is the channel."""


class MentionMode(enum.StrEnum):
    """Whether members may ask the bot by mentioning it in a server."""

    ON = "on"
    OFF = "off"
    CHANNELS = "channels"
    """Only in the channels listed in `GuildSettings.mention_channels`."""


@dataclass(frozen=True, slots=True)
class Announcement:
    guild_id: int
    show_id: str
    channel_id: int
    role_id: int | None


@dataclass(frozen=True, slots=True)
class Notice:
    """A recorded notice: one message about one show for one recipient."""

    id: int
    show_id: str
    notice: str
    """JSON: the show's title and its `bot.core.watch.Change`s."""
    target: Target
    target_id: int
    role_id: int | None
    attempts: int


@dataclass(frozen=True, slots=True)
class Recipients:
    """Everyone to tell about one show."""

    users: tuple[int, ...]
    channels: tuple[Announcement, ...]

    def __bool__(self) -> bool:
        return bool(self.users or self.channels)


@dataclass(frozen=True, slots=True)
class GuildSettings:
    guild_id: int
    mentions: MentionMode = MentionMode.ON
    mention_channels: frozenset[int] = frozenset()

    def answers_mentions_in(self, channel_id: int) -> bool:
        if self.mentions is MentionMode.OFF:
            return False
        if self.mentions is MentionMode.CHANNELS:
            return channel_id in self.mention_channels
        return True


@dataclass(frozen=True, slots=True)
class Miss:
    guild_id: int
    """0 for questions asked by DM."""
    title: str
    count: int


DM_GUILD = 0
"""The `guild_id` of misses asked by DM: kept apart from every server's."""

"""The bot's lasting state, one method per question the bot asks of it.

The same SQL runs on SQLite and PostgreSQL (`bot.data.database`). Notices follow the outbox
pattern so that several processes may share one database (sharding): a change is recorded with
its notices in one transaction, a sender claims one notice atomically (an UPDATE that only one
claimer can win), sends it, and marks it sent. A crash after recording sends it after the
restart; a crash after claiming sends it once the claim's lease has run out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from bot.data.database import Database, DatabaseError, open_database
from bot.data.migrations import migrate
from bot.data.records import (
    Announcement,
    GuildSettings,
    MentionMode,
    Miss,
    Notice,
    Recipients,
    Target,
)

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
"""A notice that failed this many times for a passing reason (a 5xx, a timeout) is given up."""
MISSES_KEPT = 1000
"""Per server: the list admins read is the top 15; the rest only has to rank the next ones."""
_NOTICE_COLUMNS = "id, show_id, notice, target_kind, target_id, role_id, attempts"


class Store:
    """Follows, announcements, notices, per-server settings, misses and reloads."""

    def __init__(self, url: str, clock: Callable[[], float] = time.time) -> None:
        """Nothing is opened yet: `open()` connects, in the event loop that will use it."""
        self.url = url
        self._clock = clock
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            raise DatabaseError("the store is not open: call `await store.open()` first")
        return self._database

    async def open(self) -> None:
        """Connect and run the migrations the database lacks."""
        database = await open_database(self.url)
        try:
            await migrate(database)
        except BaseException:
            await database.close()
            raise
        self._database = database

    async def close(self) -> None:
        if self._database is not None:
            await self._database.close()
            self._database = None

    # -- follows ---------------------------------------------------------------------------

    async def follow(self, user_id: int, show_id: str, guild_id: int) -> bool:
        """True when the follow is new. Following again also clears a 'DMs closed' mark:
        the member is here, and may have opened their DMs since."""
        await self.database.execute("DELETE FROM dm_closed WHERE user_id = $1", user_id)
        added = await self.database.execute(
            "INSERT INTO follows (user_id, show_id, guild_id, created_at) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (user_id, show_id) DO NOTHING",
            user_id,
            show_id,
            guild_id,
            self._clock(),
        )
        return added > 0

    async def unfollow(self, user_id: int, show_id: str) -> bool:
        removed = await self.database.execute(
            "DELETE FROM follows WHERE user_id = $1 AND show_id = $2", user_id, show_id
        )
        await self._forget_unfollowed(show_id)
        return removed > 0

    async def _forget_unfollowed(self, show_id: str) -> None:
        """Facts nobody follows any more would grow stale: the next follower would hear of
        changes made long before they followed. Drop them; a new follow stores them afresh."""
        await self.database.execute(
            "DELETE FROM show_facts WHERE show_id = $1"
            " AND NOT EXISTS (SELECT 1 FROM follows WHERE show_id = $1)"
            " AND NOT EXISTS (SELECT 1 FROM announcements WHERE show_id = $1)",
            show_id,
        )

    async def following(self, user_id: int) -> list[str]:
        rows = await self.database.fetch(
            "SELECT show_id FROM follows WHERE user_id = $1 ORDER BY created_at, show_id", user_id
        )
        return [row[0] for row in rows]

    async def dm_closed(self, user_id: int) -> bool:
        row = await self.database.fetchone("SELECT 1 FROM dm_closed WHERE user_id = $1", user_id)
        return row is not None

    async def mark_dm_closed(self, user_id: int) -> None:
        """No more DMs to this member: their waiting notices are given up too."""
        async with self.database.transaction() as tx:
            await tx.execute(
                "INSERT INTO dm_closed (user_id, since) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                user_id,
                self._clock(),
            )
            await tx.execute(
                "UPDATE outbox SET failed = 'DMs closed' WHERE target_kind = 'dm'"
                " AND target_id = $1 AND sent_at IS NULL AND failed IS NULL",
                user_id,
            )

    # -- announcements ---------------------------------------------------------------------

    async def announce(
        self, guild_id: int, show_id: str, channel_id: int, role_id: int | None, by: int
    ) -> None:
        """Add the channel post, or change its role when the show already posts there."""
        await self.database.execute(
            "INSERT INTO announcements (guild_id, show_id, channel_id, role_id, created_by,"
            " created_at) VALUES ($1, $2, $3, $4, $5, $6)"
            " ON CONFLICT (guild_id, show_id, channel_id) DO UPDATE SET role_id = excluded.role_id",
            guild_id,
            show_id,
            channel_id,
            role_id,
            by,
            self._clock(),
        )

    async def announcements(self, guild_id: int) -> list[Announcement]:
        rows = await self.database.fetch(
            "SELECT guild_id, show_id, channel_id, role_id FROM announcements"
            " WHERE guild_id = $1 ORDER BY show_id, channel_id",
            guild_id,
        )
        return [Announcement(*row) for row in rows]

    async def stop_announcing(
        self, guild_id: int, show_id: str, channel_id: int | None = None
    ) -> int:
        """Remove a show's posts in a server (in one channel, or all); returns how many."""
        if channel_id is None:
            removed = await self.database.execute(
                "DELETE FROM announcements WHERE guild_id = $1 AND show_id = $2", guild_id, show_id
            )
        else:
            removed = await self.database.execute(
                "DELETE FROM announcements WHERE guild_id = $1 AND show_id = $2"
                " AND channel_id = $3",
                guild_id,
                show_id,
                channel_id,
            )
        await self._forget_unfollowed(show_id)
        return removed

    # -- what is followed, and what was last known of it -----------------------------------

    async def followed_shows(self) -> set[str]:
        rows = await self.database.fetch(
            "SELECT show_id FROM follows UNION SELECT show_id FROM announcements"
        )
        return {row[0] for row in rows}

    async def recipients(self, show_id: str) -> Recipients:
        """The members to DM (less those whose DMs are closed) and the channels to post in."""
        return await _recipients(self.database, show_id)

    async def known_facts(self, show_ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(show_ids))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join(f"${n}" for n in range(1, len(chunk) + 1))
            rows = await self.database.fetch(
                f"SELECT show_id, facts FROM show_facts WHERE show_id IN ({marks})", *chunk
            )
            found.update({row[0]: row[1] for row in rows})
        return found

    async def remember_facts(self, show_id: str, facts: str | None) -> None:
        """The baseline of a newly followed show (None forgets it: the show left the base)."""
        if facts is None:
            await self.database.execute("DELETE FROM show_facts WHERE show_id = $1", show_id)
            return
        await self.database.execute(
            "INSERT INTO show_facts (show_id, facts, updated_at) VALUES ($1, $2, $3)"
            " ON CONFLICT (show_id) DO NOTHING",
            show_id,
            facts,
            self._clock(),
        )

    async def record_change(
        self,
        show_id: str,
        before: str | None,
        after: str | None,
        notice: str | None,
        dedupe: str | None = None,
        generation: int | None = None,
    ) -> int:
        """Atomically: if the stored facts are still `before`, store `after` (None: forget)
        and record `notice` for every recipient. Returns the notices recorded; 0 when another
        process got there first, or nobody follows the show. With `generation` (the knowledge
        generation the caller's base is at), nothing is done once another process's reload
        moved the generation past it: an older base must not overwrite newer facts."""
        async with self.database.transaction() as tx:
            if generation is not None and await _generation(tx) > generation:
                return 0
            if before != after:
                if after is None:
                    moved = await tx.execute(
                        "DELETE FROM show_facts WHERE show_id = $1 AND facts = $2", show_id, before
                    )
                else:
                    moved = await tx.execute(
                        "UPDATE show_facts SET facts = $1, updated_at = $2"
                        " WHERE show_id = $3 AND facts = $4",
                        after,
                        self._clock(),
                        show_id,
                        before,
                    )
                if moved == 0:
                    return 0
            if notice is None:
                return 0
            return await _enqueue(tx, show_id, notice, dedupe, self._clock())

    # -- the outbox ------------------------------------------------------------------------

    async def claim(self, claimer: str, lease: float) -> Notice | None:
        """The oldest notice nobody is sending, now claimed by `claimer` for `lease` seconds;
        None when there is none. The UPDATE's own WHERE makes the claim atomic."""
        now = self._clock()
        # PostgreSQL: concurrent claimers skip a row another is claiming instead of all
        # picking it and all but one coming back empty.
        skip = " FOR UPDATE SKIP LOCKED" if self.database.dialect == "postgres" else ""
        free = "sent_at IS NULL AND failed IS NULL AND (claimed_at IS NULL OR claimed_at < $3)"
        rows = await self.database.fetch(
            f"UPDATE outbox SET claimed_by = $1, claimed_at = $2, attempts = attempts + 1"
            f" WHERE id = (SELECT id FROM outbox WHERE {free} ORDER BY id LIMIT 1{skip}) AND {free}"
            f" RETURNING {_NOTICE_COLUMNS}",
            claimer,
            now,
            now - lease,
        )
        if not rows:
            return None
        row = rows[0]
        return Notice(row[0], row[1], row[2], Target(row[3]), row[4], row[5], row[6])

    async def mark_sent(self, notice_id: int) -> None:
        await self.database.execute(
            "UPDATE outbox SET sent_at = $1 WHERE id = $2", self._clock(), notice_id
        )

    async def mark_failed(self, notice_id: int, reason: str) -> None:
        """Never tried again (DMs closed, channel gone, too many attempts)."""
        await self.database.execute(
            "UPDATE outbox SET failed = $1 WHERE id = $2", reason[:500], notice_id
        )

    async def pending_notices(self) -> int:
        row = await self.database.fetchone(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed IS NULL"
        )
        return int(row[0]) if row else 0

    # -- per-server settings ---------------------------------------------------------------

    async def guild_settings(self, guild_id: int) -> GuildSettings:
        row = await self.database.fetchone(
            "SELECT mentions, mention_channels FROM guild_settings WHERE guild_id = $1", guild_id
        )
        if row is None:
            return GuildSettings(guild_id)
        channels = frozenset(int(c) for c in str(row[1]).split() if c.isdigit())
        return GuildSettings(guild_id, MentionMode(row[0]), channels)

    async def all_guild_settings(self) -> dict[int, GuildSettings]:
        rows = await self.database.fetch("SELECT guild_id FROM guild_settings")
        return {row[0]: await self.guild_settings(row[0]) for row in rows}

    async def set_mentions(
        self, guild_id: int, mode: MentionMode, channels: Iterable[int] = ()
    ) -> GuildSettings:
        listed = " ".join(str(c) for c in sorted(set(channels)))
        await self.database.execute(
            "INSERT INTO guild_settings (guild_id, mentions, mention_channels) VALUES ($1, $2, $3)"
            " ON CONFLICT (guild_id) DO UPDATE SET mentions = excluded.mentions,"
            " mention_channels = excluded.mention_channels",
            guild_id,
            str(mode),
            listed,
        )
        return await self.guild_settings(guild_id)

    # -- misses and reloads ----------------------------------------------------------------

    async def record_miss(self, guild_id: int, title: str, keep: int = MISSES_KEPT) -> None:
        """Count a title asked in vain; a server keeps its `keep` most-asked ones."""
        async with self.database.transaction() as tx:
            await tx.execute(
                "INSERT INTO misses (guild_id, title, count, last_at) VALUES ($1, $2, 1, $3)"
                " ON CONFLICT (guild_id, title) DO UPDATE SET count = misses.count + 1,"
                " last_at = excluded.last_at",
                guild_id,
                title,
                self._clock(),
            )
            await tx.execute(
                "DELETE FROM misses WHERE guild_id = $1 AND title NOT IN (SELECT title FROM misses"
                " WHERE guild_id = $1 ORDER BY count DESC, last_at DESC LIMIT $2)",
                guild_id,
                keep,
            )

    async def misses(self, guild_id: int | None, limit: int = 15) -> list[Miss]:
        """One server's most-asked misses, or (None) every server's and the DMs'."""
        if guild_id is None:
            rows = await self.database.fetch(
                "SELECT guild_id, title, count FROM misses"
                " ORDER BY count DESC, last_at DESC LIMIT $1",
                limit,
            )
        else:
            rows = await self.database.fetch(
                "SELECT guild_id, title, count FROM misses WHERE guild_id = $1"
                " ORDER BY count DESC, last_at DESC LIMIT $2",
                guild_id,
                limit,
            )
        return [Miss(*row) for row in rows]

    async def record_reload(self, user_id: int, guild_id: int, outcome: str) -> None:
        await self.database.execute(
            "INSERT INTO reloads (user_id, guild_id, at, outcome) VALUES ($1, $2, $3, $4)",
            user_id,
            guild_id,
            self._clock(),
            outcome,
        )

    async def reloads_since(self, seconds: float) -> list[float]:
        """When the reloads of the last `seconds` happened, oldest first."""
        rows = await self.database.fetch(
            "SELECT at FROM reloads WHERE at >= $1 AND outcome <> 'refused' ORDER BY at",
            self._clock() - seconds,
        )
        return [float(row[0]) for row in rows]

    # -- the knowledge base's generation: a reload in one process reaches the others ----------

    async def knowledge_generation(self) -> int:
        """How many good reloads of the shared base any process has reported."""
        return await _generation(self.database)

    async def bump_knowledge_generation(self, by: str) -> int:
        """A process reloaded the shared base: move the generation on; returns the new one."""
        async with self.database.transaction() as tx:
            await tx.execute(
                "UPDATE knowledge_generation SET generation = generation + 1, changed_at = $1,"
                " changed_by = $2 WHERE id = 1",
                self._clock(),
                by,
            )
            return await _generation(tx)


async def _generation(database: Database) -> int:
    row = await database.fetchone("SELECT generation FROM knowledge_generation WHERE id = 1")
    return int(row[0]) if row else 0


async def _enqueue(tx: Database, show_id: str, notice: str, dedupe: str | None, now: float) -> int:
    """One outbox row per recipient; with `dedupe`, a notice already recorded is not again."""
    recipients = await _recipients(tx, show_id)
    targets: list[tuple[Target, int, int | None]] = [
        (Target.DM, user, None) for user in recipients.users
    ]
    targets += [(Target.CHANNEL, c.channel_id, c.role_id) for c in recipients.channels]
    recorded = 0
    for kind, target_id, role_id in targets:
        key = f"{dedupe}:{kind}:{target_id}" if dedupe else None
        recorded += await tx.execute(
            "INSERT INTO outbox (show_id, notice, target_kind, target_id, role_id, dedupe,"
            " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
            show_id,
            notice,
            str(kind),
            target_id,
            role_id,
            key,
            now,
        )
    return recorded


async def _recipients(database: Database, show_id: str) -> Recipients:
    users = await database.fetch(
        "SELECT user_id FROM follows WHERE show_id = $1"
        " AND user_id NOT IN (SELECT user_id FROM dm_closed) ORDER BY user_id",
        show_id,
    )
    channels = await database.fetch(
        "SELECT guild_id, show_id, channel_id, role_id FROM announcements"
        " WHERE show_id = $1 ORDER BY guild_id, channel_id",
        show_id,
    )
    return Recipients(tuple(r[0] for r in users), tuple(Announcement(*r) for r in channels))

"""Turning a new knowledge snapshot into recorded notices for the followers of each show.

No Discord here: the facts come from the engine's snapshot, the comparison from the pure
`bot.core.watch`, and the result goes into the store's outbox. Sending is the Discord layer's.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping

from bot.core.models import Show
from bot.core.watch import Change, ShowFacts, facts_of, premieres_on, what_changed
from bot.data.store import Store

log = logging.getLogger(__name__)


def notice_text(facts: ShowFacts, changes: tuple[Change, ...]) -> str:
    """The stored notice: enough to render the message later, even after the show is gone."""
    return json.dumps(
        {"show": facts.show_id, "title": facts.title, "changes": [c.to_dict() for c in changes]},
        ensure_ascii=False,
    )


def read_notice(text: str) -> tuple[str, tuple[Change, ...]]:
    """The show's title and its changes, from a stored notice."""
    data = json.loads(text)
    return str(data["title"]), tuple(Change.from_dict(c) for c in data.get("changes", []))


async def start_following(store: Store, show: Show) -> None:
    """Keep the facts a new follower will hear changes of (if nobody followed them yet)."""
    await store.remember_facts(show.id, facts_of(show).to_json())


async def record_news(
    store: Store,
    shows: Mapping[str, Show],
    today: dt.date,
    followed: set[str] | None = None,
    generation: int | None = None,
) -> int:
    """Compare every followed show with its facts last recorded, record a notice per show and
    recipient for what changed, and one for each season premiering `today` (once per season
    and date however often this runs). Returns the notices recorded.

    `shows` holds at least the followed shows still in the base; `followed`, when given, is
    the set it was made for (a show followed since is left for the next check). `generation`
    is the knowledge generation `shows` come from: once another process's reload moved past
    it, nothing is recorded (see `Store.record_change`)."""
    if followed is None:
        followed = await store.followed_shows()
    known = await store.known_facts(followed)
    recorded = 0
    for show_id in sorted(followed):
        show = shows.get(show_id)
        new = facts_of(show) if show is not None else None
        stored = known.get(show_id)
        if stored is None:
            if new is not None:  # followed before facts were kept: start from here
                await store.remember_facts(show_id, new.to_json())
            continue
        old = ShowFacts.from_json(stored)
        changes = what_changed(old, new)
        after = new.to_json() if new is not None else None
        if changes:
            text = notice_text(new or old, changes)
            recorded += await store.record_change(
                show_id, stored, after, text, generation=generation
            )
            log.info("%s changed (%s)", show_id, ", ".join(c.kind for c in changes))
        elif after != stored:
            await store.record_change(show_id, stored, after, None, generation=generation)
        if new is not None:
            for premiere in premieres_on(new, today):
                key = f"premiere:{show_id}:{premiere.season}:{premiere.after}"
                text = notice_text(new, (premiere,))
                recorded += await store.record_change(
                    show_id, after, after, text, dedupe=key, generation=generation
                )
    return recorded

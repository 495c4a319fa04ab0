"""Which show a `show:` option names, for the commands that act on a show rather than answer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import Answer, Engine, Show, Topic


@dataclass(frozen=True, slots=True)
class Picked:
    """The show named (None when the answer is "I don't know it" or "which one?")."""

    show: Show | None
    answer: Answer


def pick_show(engine: Engine, typed: str) -> Picked:
    """The show an autocomplete choice (its id) or a typed title names, as /status reads it."""
    answer = engine.answer_about(typed, Topic.STATUS)
    if answer.show is not None and not answer.also:
        return Picked(answer.show, answer)
    return Picked(None, answer)

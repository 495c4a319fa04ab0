"""Titles named side by side ("x and y", "x, y or z", "x? and y too"): when a list makes a
title of words that alone would be chat, and when two titles are one question about both."""

from __future__ import annotations

from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS
from bot.core.questions.vocabulary import (
    TITLE_PLACES,
)
from bot.core.results import (
    CONFIDENT,
    Scored,
)
from bot.core.text import ARTICLES

from .places import denied, describing, runs_on
from .words import ANY_ONE, DERIVED, POSSESSIVES, overlap, with_similarity

_JOINERS = TITLE_PLACES["joiners"]


_LIST_JOINERS = TITLE_PLACES["list_joiners"]


_TOGETHER = TITLE_PLACES["together"]


def listed_in_a_row(words: list[str | None], one: Scored, other: Scored) -> bool:
    """Whether two titles stand side by side in a list: "and", "or", "vs" between them, and
    little else ("who's the lead in x and who's the lead in y"); everyday words taken as a
    title only right beside the joining word ("dark and wednesday")."""
    gap = words[one.end : other.start]
    if None in gap:
        # "is salem over? *and* bates motel too?": a sentence that opens with a joining word
        # adds a title to the one before
        opening = gap[len(gap) - gap[::-1].index(None) :]
        if (
            opening
            and opening[0] in _JOINERS
            and all(w in _JOINERS or w in ARTICLES for w in opening)
        ):
            return True
    between = [w for w in gap if w is not None]
    if _JOINERS.isdisjoint(between):
        return False
    if one.everyday or other.everyday:
        # "dark and wednesday"; but not "whats the catch *with* hunted bbc one"
        return all(w in _LIST_JOINERS or w in ARTICLES for w in between)
    return len(between) <= 3 or all(w in FUNCTION_WORDS for w in between)


def listed_together(
    words: list[str | None], pairs: list[tuple[Scored, Scored | None]]
) -> list[Scored]:
    """The judged candidates, with a title of everyday or little-known words taken back as
    written where the message lists it beside another title it asks about together: "gypsy
    and dirty john, which is rated better", "is salem over? and bates motel too?". Alone,
    "bates motel too" could be chat; listed beside a title, with "both", "which" or "too"
    asking of the two, it is a title."""
    judged = [j for _, j in pairs if j is not None]
    if _TOGETHER.isdisjoint(words):
        return judged  # nearly every message: nothing asked of two things at once
    sure = [j for j in judged if j.similarity >= CONFIDENT and j.exact]
    kept = []
    for scored, found in pairs:
        if found is None:
            continue
        if (
            found.similarity < CONFIDENT
            and scored.exact
            and scored.coverage >= 1.0
            and not describing(words, scored)
            and not denied(words, scored.start)
            and not _a_common_word(scored.name)
            and any(_side_by_side(words, scored, other) for other in sure)
        ):
            # written out whole; the words after it ("too", "share") end it, being no title's
            found = with_similarity(scored, max(scored.similarity, CONFIDENT))
        kept.append(found)
    return kept


def _a_common_word(name: str) -> bool:
    """A one-word name among the thousand commonest English words ("now", "dont", "time"):
    chat says it far more often than it lists a show of that name."""
    rank = COMMON_WORDS.get(name) if " " not in name else None
    return rank is not None and rank <= _COMMONEST


_COMMONEST = 1000


def _side_by_side(words: list[str | None], one: Scored, other: Scored) -> bool:
    """Whether two matches stand with one listing word between them, and perhaps an article or
    a sentence's end ("x *and* y", "y? *and* x"), and the second is no kind of the first ("the
    great british baking show vs *the holiday* version")."""
    if overlap(one, other):
        return False
    first, second = (one, other) if one.start < other.start else (other, one)
    between = words[first.end : second.start]
    listing = [w for w in between if w in _LIST_JOINERS]
    after = words[second.end] if second.end < len(words) else None
    return (
        len(listing) == 1
        and all(w is None or w in _LIST_JOINERS or w in ARTICLES for w in between)
        and after not in ANY_ONE
        and after not in DERIVED
    )


def listed_with(
    words: list[str | None], scored: Scored, titles: frozenset[tuple[int, int]]
) -> bool:
    """Whether a title of everyday words stands in a list right beside a title written out
    whole ("gypsy *and dirty john*, which is rated better", "dirty john or gypsy"): named as
    that one is, as a title."""
    start, end = scored.start, scored.end
    if start > 0 and words[start - 1] in POSSESSIVES:
        return False  # "my friends and breaking bad"
    after = end + 1 if end + 1 < len(words) and words[end + 1] == "the" else end
    if end < len(words) and words[end] in _JOINERS and (after + 1) in {a for a, _ in titles}:
        return not runs_on(words, end, words[end] or "")
    before = start - 1
    if before > 0 and words[before] == "the":
        before -= 1
    return before > 0 and words[before] in _JOINERS and before in {b for _, b in titles}

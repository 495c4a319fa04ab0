"""Titles named side by side ("x and y", "x, y or z", "x? and y too"): when a list makes a
title of words that alone would be chat, and when two titles are one question about both."""

from __future__ import annotations

from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS
from bot.core.questions.vocabulary import GENRES, NETWORKS, TITLE_PLACES
from bot.core.results import CONFIDENT, Scored
from bot.core.text import ARTICLES

from .places import denied, denied_positions, describing, runs_on
from .words import ANY_ONE, DERIVED, KINDS, POSSESSIVES, overlap, with_similarity

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
        # "dark and wednesday", "parenthood and the *cw* flash"; but not "whats the catch
        # *with* hunted bbc one"
        return all(w in _LIST_JOINERS or w in ARTICLES or w in NETWORKS for w in between)
    return len(between) <= 3 or all(w in FUNCTION_WORDS for w in between)


def listed_titles(
    words: list[str | None],
    pairs: list[tuple[Scored, Scored | None]],
    titles: frozenset[tuple[int, int]],
) -> list[Scored]:
    """The judged candidates, with a title that alone would be chat taken back as written where
    the message lists it beside another title: beside a title of several words written out
    whole ("gypsy and dirty john", "dirty john or gypsy"), or beside any title the message asks
    about together with it ("tayee and afflicted, what are they about", "is salem over? and
    bates motel too?"). `pairs` holds each candidate as ranked and as judged (None: not even
    suggested); `titles` the stretches where the question writes out a title of several words."""
    judged = [j for _, j in pairs if j is not None]
    together = not _TOGETHER.isdisjoint(words)
    if not together and not titles:
        return judged  # nearly every message: no title to list a word beside
    sure = [j for j in judged if j.similarity >= CONFIDENT and j.exact]
    kept = []
    for scored, found in pairs:
        if found is None:
            continue
        if found.similarity < CONFIDENT and _listed_beside(words, scored, sure, titles, together):
            # written out whole; the words after it ("too", "share") end it, being no title's
            found = with_similarity(scored, max(scored.similarity, CONFIDENT))
        kept.append(found)
    return kept


def _listed_beside(
    words: list[str | None],
    scored: Scored,
    sure: list[Scored],
    titles: frozenset[tuple[int, int]],
    together: bool,
) -> bool:
    """Whether a candidate written out whole stands in a list beside a title that stands: one
    written out in several words, or one asked about with it; never one of the commonest words,
    which chat says far more often than it lists a show of that name ("floor is lava and *now*
    they want ...")."""
    start, end = scored.start, scored.end
    if not (scored.exact and scored.coverage >= 1.0):
        return False
    if start > 0 and words[start - 1] in POSSESSIVES:
        return False  # "my friends and breaking bad"
    if (
        end < len(words)
        and words[end] in _JOINERS
        and runs_on(words, end, words[end] or "")
        and not any(other.start == end + 1 for other in sure)
    ):
        return False  # "friends and i"; not "chips and *i claudius*"
    if describing(words, scored) or denied(words, start) or _a_common_word(scored.name):
        return False
    if start in denied_positions(words):
        return False  # "not the abc *resurrection*, the other one": denied, not listed
    if end < len(words) and words[end] in KINDS and all(w in GENRES for w in words[start:end]):
        return False  # "traffic cops, *crime* show?": what the show is, no other title
    return any(
        _side_by_side(words, scored, other) and (together or (other.start, other.end) in titles)
        for other in sure
    )


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

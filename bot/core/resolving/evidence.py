"""Facts a question names beside a title, which say whether the show found is the one meant:
one of its people, its network, its year, what it is about or its genre confirms a title the
bot was only close to ("arkady balagan actor? endgame"); a year outside its run contradicts
it ("lost in space 1965" beside the 2018 series). Unlike rules about wording, these hold for
questions nobody has read: they test the show, not the sentence."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.models import Show
from bot.core.questions import Question
from bot.core.results import Scored
from bot.core.text import ARTICLES, fold

from .deciding import STREAMED, years_named
from .places import years_denied
from .words import genre_words_of, told_of


def another_year(show: Show, words: Sequence[str | None], best: Scored) -> bool:
    """Whether the question names the version of another year than the show's run."""
    if show.premiered is None:
        return False
    denied = {str(year) for year in years_denied(list(words))}
    numbers = [
        None
        if _from_a_number(words, i) or (best.start <= i < best.end and _number(w)) or w in denied
        else w
        for i, w in enumerate(words)
    ]  # not the title's own year ("1883"), "the president from 24", nor "not the 2000 one"
    years = years_named(numbers)
    if not years:
        return False
    first = show.premiered.year
    last = show.finale.year if show.finale is not None else first
    return not any(start <= last + 1 and first - 1 <= end for start, end in years)


def _number(word: str | None) -> bool:
    """A number or a decade ("1883", "70s"), which a title may hold."""
    return word is not None and word.removesuffix("s").isdecimal()


def _from_a_number(words: Sequence[str | None], at: int) -> bool:
    """Whether a word is a two-digit number after "from": "the president *from 24*" names a
    show more often than "from 94" a year."""
    word = words[at]
    return (
        at > 0
        and word is not None
        and len(word) == 2
        and word.isdecimal()
        and words[at - 1] == "from"
    )


def typed_whole(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether the question types a word for each telling word of the name (but for a short
    one: "doogie houser" for Doogie Howser, M.D.): "hiro" is no name of Hero Return that its
    genre, "anime", could confirm."""
    telling = [w for w in scored.name.split() if w not in ARTICLES and len(w) > 2]
    typed = [w for w in words[scored.start : scored.end] if w is not None and w not in ARTICLES]
    return len(typed) >= len(telling)


def denied_title(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether the message says it does not mean the title ("*not* trails to tsukiji, ...")."""
    return "not" in words[max(0, scored.start - 2) : scored.start]


def confirmed_by(show: Show, question: Question, scored: Scored) -> bool:
    """Whether the question names, beside the match, a fact of the show: one of its people or
    characters in full, its network (not a streaming catalogue's, which lists every show it
    carries, nor one the question denies), its premiere year, a rare word of its summary, or
    a telling genre."""
    words = [None if scored.start <= i < scored.end else w for i, w in enumerate(question.words)]
    said = [w for w in words if w is not None]
    text = f" {' '.join(said)} "
    people = [*(c.name for c in show.cast), *(c.role for c in show.cast if c.role), *show.creators]
    if any(_in_full(fold(name).split(), text) for name in people):
        return True
    network = fold(show.network) if show.network is not None else ""
    if network and network != fold(STREAMED) and _named_not_denied(network.split(), words):
        return True
    year = str(show.premiered.year) if show.premiered is not None else ""
    if year and _named_not_denied([year], words):
        return True
    if show.summary is not None and told_of(said, show):
        return True
    kinds = genre_words_of(show) - _BROAD_GENRES
    return any(w in kinds for w in said)


_BROAD_GENRES = frozenset(
    {"drama", "dramas", "comedy", "comedies", "funny", "sitcom", "sitcoms", "reality"}
)
"""Genre words too many shows share to say which one is meant."""


def _named_not_denied(name: list[str], words: list[str | None]) -> bool:
    """Whether the words hold the name, and not just after "not" ("*not the nbc* cop one")."""
    size = len(name)
    return any(
        words[at : at + size] == name and "not" not in words[max(0, at - 3) : at]
        for at in range(len(words) - size + 1)
    )


def _in_full(parts: list[str], text: str) -> bool:
    return len(parts) >= 2 and f" {' '.join(parts)} " in text

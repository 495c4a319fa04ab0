"""Every candidate the index ranks for a question, judged one by one, then weighed against each
other: a longer title outshines one inside it, and "the" typed picks the titled copy."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.core.matching import NameIndex
from bot.core.models import Show
from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS
from bot.core.questions.vocabulary import NETWORKS, TITLE_PLACES
from bot.core.results import CONFIDENT, INITIALS, SUGGEST, TIE_MARGIN, Scored
from bot.core.text import fold, initials_with_and

from .judging import cut_end, judge
from .listing import listed_titles
from .places import PHRASE_ENDS, network_end
from .words import (
    BESIDE_TITLE,
    KINDS,
    TOKEN,
    capped,
    content_word,
    genre_words_of,
    letter_count,
    rank_order,
    with_similarity,
    written_out,
)

_LENGTHEN = TITLE_PLACES["lengthen"]
_DESCRIPTION_WORDS = 4
"""Words at most after a title that say what the show is ("the tower *itv crime show*")."""


def judged_candidates(
    index: NameIndex, shows: Sequence[Show], words: Sequence[str | None], text: str
) -> list[Scored]:
    """The index's candidates as the question supports them, the one to answer first."""
    words = list(words)
    capitals = _capitalized(text)
    ranked = index.rank(words, limit=10)
    fame: dict[str, float] = {}
    for scored in ranked:
        fame[scored.name] = max(fame.get(scored.name, 0.0), scored.popularity)
    initials = frozenset(
        (s.start, s.end) for s in ranked if s.exact and s.flags & INITIALS and s.popularity > 0
    )
    """Where the question types a show's initials whole ("agt"): no part of another name."""
    titles = frozenset(
        (s.start, s.end)
        for s in ranked
        if len(s.name.split()) > 1 and (written_out(s) or cut_end(words, s))
    )
    """Where the question writes out a title of several words whole ("gypsy and *dirty john*"),
    or two telling words or more of its start or end ("*high on the hog*")."""
    pairs: list[tuple[Scored, Scored | None]] = []
    for scored in ranked:
        read = words
        described = (
            _borne_out_after(index, shows[scored.owner], words, scored)
            if scored.longer and scored.exact
            else None
        )
        if described is not None:
            # "bitten werewolf show", "moses jones bbc": the title, and what the show is
            read, scored = (
                described,
                dataclasses.replace(with_similarity(scored, 100.0), longer=False),
            )
        pairs.append((scored, judge(index, shows, read, scored, capitals, fame, initials, titles)))
    judged = listed_titles(words, pairs, titles)
    judged = _version_denied(judged, words, shows)
    judged = _outshone(judged)
    judged = _by_article(judged, words, shows)
    judged.sort(key=rank_order)
    return judged


def _version_denied(
    judged: list[Scored], words: list[str | None], shows: Sequence[Show]
) -> list[Scored]:
    """A title after "not the <network>" ("not the paramount halo, the web series"): the
    version on that network is denied (judging), and so is any copy of the title when none is
    known to be on it, as what the message means is another show. A copy then stands for "the
    other one" only beside a copy the base knows is on the denied network ("not the abc
    resurrection, the other one")."""
    denied = {
        id(s): network
        for s in judged
        if (network := _denied_network(words, s.start)) is not None
        and (s.end == len(words) or words[s.end] in PHRASE_ENDS)  # not "... the untold story"
    }
    if not denied:
        return judged  # nearly every message
    on_it = {
        (s.name, denied[id(s)])
        for s in judged
        if id(s) in denied
        and shows[s.owner].network is not None
        and NETWORKS.get(fold(str(shows[s.owner].network))) == denied[id(s)]
    }
    return [
        capped(s, SUGGEST) if id(s) in denied and (s.name, denied[id(s)]) not in on_it else s
        for s in judged
    ]


def _denied_network(words: list[str | None], start: int) -> str | None:
    """The network of "not the <network>" right before `start` ("not the hbo max *halo*")."""
    for size in (1, 2, 3):
        at = start - size
        if at >= 2 and words[at - 2 : at] == ["not", "the"]:
            named = words[at:start]
            if None not in named and " ".join(str(w) for w in named) in NETWORKS:
                return NETWORKS[" ".join(str(w) for w in named)]
    return None


def _borne_out_after(
    index: NameIndex, show: Show, words: list[str | None], scored: Scored
) -> list[str | None] | None:
    """The question's words with those after a title written out set aside (as breaks), when
    they say what the show is and its own record bears them out: its network, or any network
    when the record names none ("moses jones *bbc*"), its genres ("the tower itv *crime*
    show"), a rare word of its summary ("bitten *werewolf* show"), a kind of show ("*doc*").
    Words the record does not bear out may be the rest of a longer title the base lacks ("the
    osbournes *ghost* show"); None then, or when nothing follows."""
    if not (scored.longer and scored.exact):
        return None
    end = stop = scored.end
    borne_out = False
    while stop < len(words) and stop - end < _DESCRIPTION_WORDS:
        word = words[stop]
        named = network_end(words, stop)
        if named is not None and named > stop + 1:  # "funland *bbc three*"
            spelled = " ".join(str(w) for w in words[stop:named])
            if not _borne_out(spelled, show):
                break
            borne_out, stop = True, named
            continue
        if word is None or not (_kind_word(word) or _borne_out(word, show)):
            break
        borne_out = borne_out or not _kind_word(word)
        stop += 1
    following = words[stop] if stop < len(words) else None
    if not borne_out or (following is not None and content_word(following)):
        return None
    aside = [*words[:end], *([None] * (stop - end)), *words[stop:]]
    return None if index.longer_title(aside, scored) else aside


def _kind_word(word: str) -> bool:
    """A word of what a show is ("show", "doc", "tv", "genre"), not the rest of a title ("the
    chair *company*")."""
    return (word in KINDS or word in BESIDE_TITLE or word == "tv") and word not in _LENGTHEN


def _borne_out(word: str, show: Show) -> bool:
    """Whether a show's record says what a word says of it: its network (any network, when the
    record names none), a genre, or a word of its summary that few sentences use."""
    network = NETWORKS.get(word)
    if network is not None:
        return show.network is None or network == NETWORKS.get(fold(show.network))
    if any(word in fold(genre).split() for genre in show.genres) or word in genre_words_of(show):
        return True  # "sexy central hk *drama*", "delicious miss brown *cooking* show"
    summary = show.summary
    if summary is None or len(word) < 4 or word in COMMON_WORDS or word in FUNCTION_WORDS:
        return False
    return word in summary.casefold() and word in fold(summary).split()


def _by_article(
    judged: list[Scored], words: list[str | None], shows: Sequence[Show]
) -> list[Scored]:
    """Of two titles that differ only by "The" ("Outcast", "The Outcast"), the one with it when
    the asker typed it ("is the outcast based on a book"); fans drop "the" too often for its
    absence to say which."""
    if "the" not in words:
        return judged
    kept = []
    for scored in judged:
        copies = [s for s in judged if s.name == scored.name and s.start == scored.start]
        if len(copies) > 1:
            typed = scored.start > 0 and words[scored.start - 1] == "the"
            kinds = {_articled(shows[s.owner]) for s in copies}
            if typed and len(kinds) == 2 and not _articled(shows[scored.owner]):
                scored = dataclasses.replace(scored, rank=scored.rank - TIE_MARGIN)
        kept.append(scored)
    return kept


def _articled(show: Show) -> bool:
    return fold(show.title).startswith("the ")


def _capitalized(text: str) -> frozenset[str]:
    """Folded words typed with a capital after their first letter ("GoT", "LOT", "OFMD"), and
    initials written with "&" ("r&m"): typed as initials, not as words."""
    capitals = [fold(token) for token in TOKEN.findall(text) if any(map(str.isupper, token[1:]))]
    return frozenset(capitals + initials_with_and(text, keep=NETWORKS))


def _outshone(judged: list[Scored]) -> list[Scored]:
    """A name inside the stretch a longer, well-fitting name covers is not what was meant:
    "real" in "real time with bill maher", "mother" in "how i met my mother"; nor inside a
    title of three words or more written out whole, however little known ("oz" in "clips of
    a new life in oz, is it still airing": which is asked about)."""
    longer = [s for s in judged if s.end - s.start >= 2 and s.coverage >= 0.6 and not s.longer]
    out = []
    for scored in judged:
        inside = any(
            other.owner != scored.owner
            and other.start <= scored.start
            and scored.end <= other.end
            and other.end - other.start > scored.end - scored.start
            and letter_count(other.name) > letter_count(scored.name)  # "breaking in" is no longer
            and (
                other.similarity >= min(scored.similarity - 10, CONFIDENT - 3)
                or (other.exact and other.end - other.start >= 3)
            )
            for other in longer
        )
        out.append(capped(scored, CONFIDENT - 1) if inside else scored)
    return out

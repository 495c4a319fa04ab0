"""One show, several to choose from, or none: the best candidate answered when nothing else
comes close, copies of one title settled by which one a source describes and by popularity."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.matching import WELL_KNOWN
from bot.core.models import Show
from bot.core.questions import FUNCTION_WORDS
from bot.core.questions.vocabulary import GENRES
from bot.core.results import (
    CONFIDENT,
    INITIALS,
    POPULAR,
    SUGGEST,
    TIE_MARGIN,
    Ambiguous,
    Match,
    NoMatch,
    Resolution,
    Scored,
)
from bot.core.text import fold

from .places import denied_positions
from .words import (
    ARTICLES_A,
    KINDS,
    everyday_word,
    genre_words_of,
    overlap,
    told_of,
    within,
    written_out,
)

OBSCURE = 50.0
"""Popularity below which a title nothing describes is answered only when asked by its name
alone: at 100,000 shows, everyday phrases ("hear me out") are somebody's title."""


_TYPED_CLOSE = 95.0
"""A match this close to its name is typed as meant but for a slip ("brokn blade")."""


FAMOUS = 95.0
"""Popularity of a household name, which fans mean by its title even beside a known namesake.
TVMaze's weights crowd near the top: 95 and up are the shows everybody has heard of."""


SLIP_AWAY = 65.0
"""A popular title this close to an obscure one written out is asked about ("travellers")."""
DOMINANT = 1.5
"""A copy of a title this many times as popular as the next one is the one people mean."""
DOMINANT_DESCRIBED = 2.5
"""... and when both are shows a source describes (Skins UK and Skins US), this many times."""
INITIALS_LEAD = 10.0
"""Popularity points by which a show must lead another with the same initials to be the one
they mean. The imported popularities (TVMaze's weight) crowd near the top, where a ratio
(`DOMINANT`) can never tell a famous show (97) from a known one (83); a gap can."""


STREAMED = "Netflix"
"""The network a streaming catalogue gives every show it carries, made there or not."""


def decide(
    shows: Sequence[Show], judged: list[Scored], words: Sequence[str | None] = ()
) -> Resolution:
    """One show, several to choose from, or none. `words` are the question's: a year in them
    says which of several shows with one title is meant ("the 94 tick")."""
    if not judged or judged[0].similarity < CONFIDENT:
        suggestions = tuple(s for s in judged[:3] if s.similarity >= SUGGEST)
        return NoMatch(suggestions)
    best = judged[0]
    if best.near and any(
        (s.similarity >= best.similarity - 5 and overlap(s, best))
        or (s.exact and " " in s.name and s.similarity >= SUGGEST and not within(s, best))
        for s in judged[1:]
        if s.owner != best.owner
    ):
        # a slip in a popular title is no answer beside another title written out whole, even
        # one too little known to answer: "the show life is wild, did it" is not Wild 'N Out
        return NoMatch(tuple(s for s in judged[:3] if s.similarity >= SUGGEST))
    famous = [
        s
        for s in judged[1:]
        if overlap(s, best)
        and s.similarity >= SLIP_AWAY
        and s.popularity >= POPULAR
        and s.popularity >= DOMINANT * max(best.popularity, 1.0)
        and s.owner != best.owner
        and not (
            (best.exact or best.similarity >= _TYPED_CLOSE)
            and within(s, best)
            and s.end - s.start < best.end - best.start
        )
        and not (best.exact and not s.exact and best.name.count(" ") >= 2)
        and 2 * (min(s.end, best.end) - max(s.start, best.start)) >= best.end - best.start
        and within(s, best)
    ]
    """Better-known shows the match may be a slip of ("travellers": Travelers?); not beside a
    title of three words or more written out whole ("body cam behind the badge"), nor a name
    that holds but a word of the match ("a wild year on *eath*" is no slip of The Path), nor one
    that reaches past it ("is soul amercia" is no slip of Who Is America)."""
    if famous and best.popularity < POPULAR and not is_described(shows[best.owner]):
        return Ambiguous((best, famous[0]))  # "travellers": Travellers, or Travelers?
    rivals = [
        s
        for s in judged[1:]
        if s.similarity >= CONFIDENT
        and (best.rank - s.rank < TIE_MARGIN or _initials_against_slip(s, best))
        and not (written_out(best) and not written_out(s))
        and overlap(s, best)  # elsewhere in the question: another show named beside it
    ]
    if not rivals:
        return Match(best)
    return _one_of(shows, best, rivals, words)


def _initials_against_slip(initials: Scored, best: Scored) -> bool:
    """Initials typed as they are ("caos") against a word they are a slip of ("chaos"): the
    bot asks rather than taking the slip."""
    return bool(initials.flags & INITIALS) and not best.exact and not best.flags & INITIALS


def _one_of(
    shows: Sequence[Show], best: Scored, rivals: list[Scored], words: Sequence[str | None] = ()
) -> Resolution:
    """Equally good matches: copies of one title are settled by the year the question names,
    by which one a source describes, then by popularity; anything else is a question back to
    the asker."""
    group = [best, *rivals]
    same = [s for s in group if s.name == best.name]
    if len(same) == len(group):
        years = years_named(words)
        dated = [s for s in group if _premiered_in(shows[s.owner], years)]
        if len(dated) == 1:
            return Match(dated[0])  # "the tick, the 94 cartoon", "v 2009"
        said = _genres_said(words)
        kinds = [s for s in group if said & genre_words_of(shows[s.owner])]
        if said and len(kinds) == 1:
            return Match(kinds[0])  # "the tick cartoon": the animated one
        named = [s for s in group if _people_named(shows[s.owner], words)]
        if len(named) == 1:
            return Match(named[0])  # "the chair with sandra oh": the one she is in
        described = _describing_words(words, best)
        told = [s for s in group if told_of(described, shows[s.owner])]
        if len(told) == 1:
            return Match(told[0])  # "moonlight (the *vampire* one)": the one about vampires
        picked = _the_one_meant(shows, group)
        if picked is not None:
            return Match(picked)
    else:
        # whichever of them ranks a hair higher: "the borgas" is The Borgias, not Borges
        top = max(group, key=lambda s: s.popularity)
        if top.popularity >= POPULAR and all(
            s.popularity * DOMINANT <= top.popularity for s in group if s is not top
        ):
            return Match(top)
    return Ambiguous(tuple(group[:5]))


def _the_one_meant(shows: Sequence[Show], copies: list[Scored]) -> Scored | None:
    """Of several shows with the very same name, the one people mean, if one clearly is: the
    most popular one a source describes (network, premiere) when no other copy is more
    popular and any other described one is far less so; among copies nothing describes, the
    far most popular. Initials shared by two titles mean the far more popular one, if one is."""
    pool = sorted(copies, key=lambda s: -s.popularity)
    if any(s.flags & INITIALS for s in copies):
        # "soa" is Sons of Anarchy, not State of Affairs: fans abbreviate the famous one
        lead = pool[0].popularity - pool[1].popularity
        return pool[0] if lead >= INITIALS_LEAD else None
    described = [s for s in pool if is_described(shows[s.owner])]
    rated = [s for s in pool if s.popularity > 0]
    if (
        rated
        and rated[0] is pool[0]
        and pool[0].popularity >= POPULAR
        and all(
            _far_better_known(pool[0], s, described=is_described(shows[s.owner])) for s in rated[1:]
        )
        and all(
            s.popularity > 0 or _maybe_the_same(shows[s.owner], shows[pool[0].owner]) for s in pool
        )
    ):
        # "westside rating?": the famous one, when the others are far less known or may be it,
        # from a catalogue that rates nothing (popularity 0 there is unknown, not unpopular)
        return pool[0]
    if described:
        top = described[0]
        if any(
            s.popularity > top.popularity - INITIALS_LEAD
            or (s.popularity < POPULAR and not _far_better_known(top, s))
            or (s.popularity == 0 and top.popularity < WELL_KNOWN)
            for s in pool
            if s not in described
        ):
            # a copy that says nothing of itself is about as popular, or more, or a known show
            # of its own ("ben 10", the reboot), or of unknown fame beside a little-known show:
            # which is it? A title index's copy of unknown fame beside a known show is most
            # often that show ("mental", the FOX one), which a source describes
            return None
        others = described[1:]
        if all(
            0 < s.popularity * DOMINANT_DESCRIBED <= top.popularity
            or (s.popularity == 0 and _maybe_the_same(shows[s.owner], shows[top.owner]))
            for s in others
        ):
            return top
        return None
    if _far_better_known(pool[0], pool[1]):
        return pool[0]
    return None


def _far_better_known(top: Scored, other: Scored, *, described: bool = False) -> bool:
    """Whether fans saying a title mean `top`, not `other`: far more popular; far more still
    when a source describes `other` too (Skins UK and Skins US); and a household name
    (`FAMOUS`) when `other` is a show people know too ("shattered": 81 against 52 is a
    question, "murdoch mysteries": 98 against 59 is not)."""
    if described:
        return DOMINANT_DESCRIBED * max(other.popularity, 1.0) <= top.popularity
    if other.popularity >= OBSCURE and top.popularity < FAMOUS:
        return False
    return DOMINANT * max(other.popularity, 1.0) <= top.popularity


def _maybe_the_same(unrated: Show, famous: Show) -> bool:
    """Whether a copy of unknown popularity may be the famous show imported from elsewhere:
    nothing says otherwise (no network on one of them, or the same one). "Shameless" on
    Showtime is not "Shameless" on Channel 4, and which of them is better known is unknown. A
    streaming catalogue lists as its own every show it streams (IRIS of KBS2 "on Netflix")."""
    networks = {unrated.network, famous.network}
    return None in networks or len(networks) == 1 or STREAMED in networks


def is_described(show: Show) -> bool:
    """Whether a source said more than the title: a network or a premiere."""
    return show.network is not None or show.premiered is not None


def years_named(words: Sequence[str | None]) -> tuple[tuple[int, int], ...]:
    """The years a question names a version by, each as a span: "v 2009", "the 94 one",
    "from 2011", "the 90s cartoon" (1990 to 1999). Not a year asked about ("did it end in
    2013", "is it from 2009?"), nor a count ("94 episodes"): a year says which version after
    "the", "from", "og" or a title's word, or before a kind of show."""
    spans = []
    for position, word in enumerate(words):
        if word is None:
            continue
        before = words[position - 1] if position > 0 else None
        following = words[position + 1] if position + 1 < len(words) else None
        if before in _ASKING_A_YEAR or (following is not None and following in _COUNTED):
            continue
        version = (
            before in _BEFORE_A_YEAR
            or following in KINDS
            or (before is not None and before not in FUNCTION_WORDS and not before.isdecimal())
        )
        if not version:
            continue
        if _YEAR.fullmatch(word):
            spans.append((int(word), int(word)))
        elif (decade := _DECADE.fullmatch(word)) is not None:
            century, digit, short = decade.groups()
            first = int(f"{century}{digit}0") if century else _century(f"{short}0")
            spans.append((first, first + 9))
        elif (
            len(word) == 2 and word.isdecimal() and (before in _BEFORE_A_YEAR or following in KINDS)
        ):
            year = _century(word)
            spans.append((year, year))
    return tuple(spans)


def _century(digits: str) -> int:
    """A two-digit year in full: "94" is 1994, "09" is 2009."""
    number = int(digits[-2:])
    return (1900 if number >= 30 else 2000) + number


def _premiered_in(show: Show, years: tuple[tuple[int, int], ...]) -> bool:
    return show.premiered is not None and any(
        first <= show.premiered.year <= last for first, last in years
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_DECADE = re.compile(r"(?:(19|20)(\d)|(\d))0s")
_BEFORE_A_YEAR = frozenset({"the", "from", "og", "original"})
_ASKING_A_YEAR = frozenset({"in", "since", "until", "till", "by", "before", "after"})
_COUNTED = frozenset({"episodes", "eps", "episode", "seasons", "season", "minutes", "mins"})


def _describing_words(words: Sequence[str | None], best: Scored) -> list[str]:
    """The words of the descriptions a message gives beside a title: "the *vampire* one",
    "the one about *the mma gym*", "the *joseon* drama"; not its other words ("my mates are
    total eggheads, we smashed *quiz* night" describes no show), nor a description it denies
    ("moonlight, *not the vampire one*")."""
    denied = denied_positions(words)
    found: list[str] = []
    for at, word in enumerate(words):
        about = word == "about" and at > 0 and words[at - 1] in KINDS  # "the one about"
        if about or (word == "the" and not best.start <= at < best.end):
            stop = at + 1
            while stop < len(words) and words[stop] is not None and stop - at <= _DESCRIBED:
                stop += 1
            span = [w for i, w in enumerate(words[at + 1 : stop], at + 1) if i not in denied]
            if about or any(w in KINDS for w in span):
                found.extend(w for w in span if w is not None and w not in KINDS)
    return found


_DESCRIBED = 5
"""Words at most of a description ("the one about the mma gym in venice")."""


def _people_named(show: Show, words: Sequence[str | None]) -> bool:
    """Whether the question names one of the show's people by their full name or their
    surname ("the chair with sandra *oh*", "the *spielberg* one")."""
    said = {w for w in words if w is not None and w not in FUNCTION_WORDS and len(w) > 1}
    if not said:
        return False
    for name in (*(credit.name for credit in show.cast), *show.creators):
        parts = fold(name).split()
        if len(parts) > 1 and set(parts) <= said:
            return True  # "sandra oh"
        if parts and parts[-1] in said and not everyday_word(parts[-1]) and len(parts[-1]) > 3:
            return True  # "spielberg", not "brown"
    return False


def _genres_said(words: Sequence[str | None]) -> frozenset[str]:
    """The genre words that say which version ("the *comedy* one", "the tick *cartoon*", "the
    *alien* one"): after "the" or before a kind of show, or right after a word of a title; not
    a genre asked about ("is it a comedy?")."""
    said = set()
    denied = denied_positions(words)
    for position, word in enumerate(words):
        if word is None or word not in GENRES or position in denied:
            continue  # "strangers, the comedy one *not the thriller*"
        before = words[position - 1] if position > 0 else None
        following = words[position + 1] if position + 1 < len(words) else None
        if before in ARTICLES_A or before in _ASKING_A_GENRE:
            continue
        if (
            before == "the"
            or following in KINDS
            or (before is not None and before not in FUNCTION_WORDS)
        ):
            said.add(word)
    return frozenset(said)


_ASKING_A_GENRE = frozenset({"is", "was", "more", "or", "just", "really", "actually"})

"""Where a title goes in a sentence: after "of", "watching", "is" or first, before a season or a
question word; never after "my" or "a", nor where the words describe, deny or place a thing."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.core.matching import NAMING_WORDS, asked_verb, description_end
from bot.core.names import NAME_ARTICLES
from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS, NUMBER_WORDS
from bot.core.questions.vocabulary import (
    CHITCHAT_WORDS,
    COUNTRIES,
    GENRES,
    NETWORKS,
    TITLE_PLACES,
    WH_WORDS,
)
from bot.core.results import Scored
from bot.core.text import ARTICLES

from .words import (
    ANY_ONE,
    ARTICLES_A,
    ASIDES,
    BESIDE_TITLE,
    FRAMING,
    KINDS,
    NOT_BEFORE_TITLE_END,
    NOT_TITLE_AFTER,
    ON,
    everyday_word,
)

_BEFORE_TITLE = TITLE_PLACES["before_title"] | FRAMING
"""After these a title goes; so it does after the words of chat that frame one ("i *found*
nikita", "my roommate *swears* snowfall was ...")."""


_COUNTED = TITLE_PLACES["counted"]
_GIVEN = TITLE_PLACES["given"]
_FOREIGN_ARTICLES = NAME_ARTICLES - ARTICLES
_PRONOUNS = NOT_BEFORE_TITLE_END - ARTICLES - {"this", "these", "those"}
"""After a title of several words, only these end it wrongly: "is attack on titan *an* anime"."""
_QUALIFIERS = TITLE_PLACES["qualifiers"]
"""Words that say which version of a title, where one goes: "the *original* ppg"."""
_OTHER_WORKS = TITLE_PLACES["other_works"]
"""Other kinds of work a title may name, before it: "that kylie *song* ..."."""
_RELATIVE = frozenset({"where", "with", "that", "who", "which", "about"})
_TO_THE_BOT = frozenset({"the", "this", "ur", "your", "you"})
_DESCRIBING = frozenset({"the", "that", "this"})
"""Words that open a description of the show just named: "mental, *that* old fox hospital show"."""
_DETERMINERS = frozenset({"the", "a", "an", "that", "this"})
"""Words that stand for a show in a description: "the documentary *one*", "the uk version"."""
_BOT = frozenset({"bot", "showbot"})
_AT_A_TIME = frozenset(
    {"at", "by", "until", "till", "til", "around", "since", "before", "after", "its", "past"}
)
"""Words before a clock time ("at 3am", "its 3am"), which is no title of that name."""
_CLOCK = re.compile(r"\d{1,2}(?:am|pm)")
_PLAYING = frozenset({"plays", "played", "voices", "voiced", "portrays", "portrayed"})
_IN_A_SHOW = frozenset({"in", "on"})
"""After "who plays" a part is named, then the show after these: "who plays x *in* y"."""
_AT_A_PLACE = frozenset({"at", "on", "in", "from"})
_PERSONS = frozenset({"i", "me", "we", "us", "you", "him", "her", "them"})
_INSIDE = frozenset({"in", "inside", "within", "without", "beside", "behind"})
"""A title ends before neither of these and a person ("the beast *in me*"), nor does an everyday
word before "and" and a person ("friends *and i*")."""


def network_follows(words: Sequence[str | None], end: int, context: frozenset[str]) -> bool:
    """Whether the show's own network stands right after a match ("hunted *bbc* one", "evil
    *cbs*"): fans add it to say which show; nobody adds it to an everyday word."""
    following = words[end] if end < len(words) else None
    return following is not None and following in context and following in NETWORKS


def network_before(words: Sequence[str | None], start: int, context: frozenset[str]) -> bool:
    """Whether "the" and the show's own network stand right before a match ("the *cw* flash",
    "the *bbc* sherlock"): which show of the name, as after it."""
    network = words[start - 1] if start >= 2 else None
    return (
        network is not None
        and words[start - 2] == "the"
        and network in context
        and network in NETWORKS
        and (network not in COMMON_WORDS or not _VOWELS & set(network))  # "bbc", "cw"
    )  # not "the *prime* suspect", "the *sky* was dark": everyday words before a phrase


_VOWELS = frozenset("aeiouy")


def described_after(words: Sequence[str | None], end: int) -> bool:
    """Whether a comma or a sentence's end after a match opens a description of the show
    ("obsessed with mental, *that old fox hospital show*", "whos in get even? *the netflix
    one* with the school revenge thing"): an aside that only a title gets. (Without the comma, "not
    scandal *the olivia pope show*" may describe another show of the title.)"""
    if end >= len(words) or (words[end] != "and" and words[end] is not None):
        return False  # a comma reads as "and"; "get even? *the netflix one*" is a new sentence
    return description_end(words, end + 1, _DESCRIBING) is not None


def cast_as(words: list[str | None], scored: Scored) -> bool:
    """Whether a match stands where a question names a character, between "who plays" and
    the show ("who plays *the captain* in iron meadow"): a part, not a title."""
    before = scored.start - 1
    if before >= 0 and words[before] == "the":
        before -= 1
    return (
        before >= 0
        and words[before] in _PLAYING
        and scored.end + 1 < len(words)
        and words[scored.end] in _IN_A_SHOW
        and description_end(words, scored.end + 1) is None  # "robocop in *the tv show*"
    )


def introduced(words: list[str | None], start: int) -> bool:
    """Whether the words before a match introduce it as a show: "the show x", "the kdrama x",
    "a series called x"."""
    before = words[start - 1] if start > 0 else None
    return before in NAMING_WORDS or before in KINDS  # "the german netflix *show* perfume"


def another_work(words: Sequence[str | None], start: int, end: int) -> bool:
    """Whether the words before a match name it as another kind of work: "that kylie *song*
    can't get you out of my head"; not "the song one", a description of a show."""
    before = start - 1
    if before >= 0 and words[before] == "the":
        before -= 1
    following = words[end] if end < len(words) else None
    return before >= 0 and words[before] in _OTHER_WORKS and following not in KINDS


def called_the_show(words: Sequence[str | None], start: int, end: int) -> bool:
    """Whether a match that opens its clause is followed by "the show" (or another kind) that
    ends it, naming it a show: "anyway *a good supper* the show, what genre", "what genre is
    *teachers* the show"; not a verb's object ("my mom *found* the series")."""
    before = start - 1
    if before >= 0 and words[before] in _ARTICLES:
        before -= 1
    return (
        (before < 0 or words[before] in PHRASE_ENDS or words[before] in _CLAUSE_OPENERS)
        and end + 1 < len(words)
        and words[end] == "the"
        and words[end + 1] in KINDS
        and (end + 2 == len(words) or words[end + 2] in PHRASE_ENDS)
    )


_ARTICLES = ARTICLES_A | {"the"}
_CLAUSE_OPENERS = frozenset({"is", "was", "anyway", "anyways", "btw", "so", "ok"})
"""Words after which a clause names what it is about: "anyway *a good supper* the show"."""


def introduced_or_called(words: Sequence[str | None], start: int, end: int) -> bool:
    """Whether the words around a match name it a show, before ("the show x") or after ("x
    the show")."""
    return introduced(list(words), start) or called_the_show(words, start, end)


def describing(words: list[str | None], scored: Scored) -> bool:
    """Whether a match stands in a description of a show rather than names one: "*the one*
    where tiny aliens crash", "the documentary *one*", "the magic *high school* anime", "the
    korean *spy* drama", "not the *live action one*", "the *90s* cartoon"; or is said of the bot
    ("who *broke* the bot") or is a clock time ("finished it at *3am*")."""
    start, end = scored.start, scored.end
    before = words[start - 1] if start > 0 else None
    following = words[end] if end < len(words) else None
    last = words[end - 1] if end > start else None
    if before == "the" and last in ANY_ONE and not scored.name.endswith(f" {last}"):
        return True  # "not *the live action one*": which version, not Live Action One Piece
    if _DECADE.fullmatch(scored.name) and following in KINDS:
        return True  # "the tick, the *90s* cartoon": when it aired
    if before == "the" and following in _WHO and " " not in scored.name:
        return True  # "everybody hates chris, the *dad* who knows the price of everything"
    back = start - 2 if before == "the" else start - 1
    if back >= 1 and words[back] in _WITH and words[back - 1] in KINDS and " " not in scored.name:
        return True  # "the korean one with *the angel*": what the show has, not a title
    if scored.name in KINDS:
        # "*the one* where", "the one with", "the documentary *one*"
        return (before == "the" and following in _RELATIVE) or (
            scored.name in ANY_ONE
            and start >= 2
            and any(w in _DETERMINERS for w in words[max(start - 4, 0) : start - 1])
            and before is not None
            and before.isalpha()
        )  # but "the sitcom *soap*" names it
    if following in _TO_THE_BOT and end + 1 < len(words) and words[end + 1] in _BOT:
        return True  # "who broke the bot", "lost this bot"
    if before in _AT_A_TIME and _CLOCK.fullmatch(scored.name):
        return True  # "at 3am"
    after = words[end : end + 2]
    inserted = end - start > len(scored.name.split())
    if before == "the" and inserted and any(w in KINDS for w in after):
        return True  # "the magic high school anime" is no Magic School with a word put in
    if start < 2 or "the" not in words[max(start - 4, 0) : start - 1]:
        return False
    opening = max(i for i in range(max(start - 4, 0), start - 1) if words[i] == "the")
    between = words[opening + 1 : start]
    return (
        all(
            w is not None and w not in FUNCTION_WORDS and w not in _QUALIFIERS and w.isalpha()
            for w in between
        )  # but "the 94 spider-man cartoon", "the original ppg show" say which
        and any(w in KINDS for w in after)
        and not any(w in KINDS for w in between)
    )


def denied(words: list[str | None], start: int) -> bool:
    """Whether the message says which show it is not about: "not the bible miniseries, the
    follow up one", "not storage wars texas, the original one", "the good detective *not*
    true detective lol", "the netflix one *but not* ...". A "not" after a verb or a pronoun
    ("is it *not* ...") negates the verb, not the title."""
    before = start - 1
    if before >= 0 and words[before] == "the":
        before -= 1
    if before >= 0 and words[before] in _OR:
        # "not tampa or *down under* or north carolina": every item of a denied list
        before = next(
            (
                at
                for at in range(before - 1, max(before - _LISTED, 0) - 1, -1)
                if words[at] is None or words[at] == "not"
            ),
            -1,
        )
    if before < 0 or words[before] != "not":
        return False
    if all(w is None for w in words[:before]):
        return True
    previous = words[before - 1]
    return previous is not None and (previous in _CONTRASTING or previous not in FUNCTION_WORDS)


_CONTRASTING = frozenset({"and", "but"})
_OR = frozenset({"or", "nor"})
_LISTED = 8
"""Words at most between a "not" and a later item of the list it denies."""


def somewhere(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether everyday words opening a sentence are placed somewhere, as people and things
    are ("*nurses on my ward* are obsessed", "*the girls at school* keep talking"): a title
    there is put on a network or in a year ("dark on netflix"), not at a place."""
    opening = (
        scored.start - 1 if scored.start > 0 and words[scored.start - 1] == "the" else scored.start
    )
    if opening > 0 and words[opening - 1] is not None:
        return False
    end = scored.end
    if end + 1 >= len(words) or words[end] not in _AT_A_PLACE:
        return False
    place = words[end + 1]
    return (
        place is not None
        and place not in WH_WORDS  # "breakin bad on what network": asked, not placed
        and place not in context
        and place not in NETWORKS
        and not place.isdecimal()
    )


def opens_slot(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether a well-known title of several words, written out whole, stands where a title
    goes though a slip of a question word follows it, which the index found to carry it no
    further: "is bates motel *actualy* over"; not "money heist *korea*", an English word that
    may be more of a title the base lacks."""
    end = scored.end
    following = words[end] if end < len(words) else None
    if scored.longer or following is None or everyday_word(following):
        return False
    return title_slot(words[:end], scored.start, end, context, strict=False)


def asked_of_as_a_show(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether the match is the whole of its sentence but question words, and the sentence
    speaks of it as a show ("tracer is it a *mystery*? love a good whodunit", "anyway bent the
    romcom *series*, hows it rated"): the chat of the other sentences makes it no phrase."""
    if KINDS.isdisjoint(words) and BESIDE_TITLE.isdisjoint(words):
        return False  # the common case, told at once
    start = max((i + 1 for i in range(scored.start) if words[i] is None), default=0)
    end = next((i for i in range(scored.end, len(words)) if words[i] is None), len(words))
    return any(
        w in KINDS or w in BESIDE_TITLE
        for i, w in enumerate(words[start:end], start)
        if not scored.start <= i < scored.end
    ) and whole_sentence(words, scored, context)


def points_at(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether the question names, beside the match, the show's network or one of its people
    ("why did netflix renew walter boys"): the words then point at the show."""
    return any(
        w in context and (w not in COMMON_WORDS or w in NETWORKS)
        for position, w in enumerate(words)
        if w is not None and not scored.start <= position < scored.end
    )


def title_slot(
    words: list[str | None],
    start: int,
    end: int,
    context: frozenset[str] = frozenset(),
    *,
    strict: bool = True,
) -> bool:
    """Whether a title goes where the match stands: never after "my" or "a", nor before "you";
    before the end, a season, or a question word; and, `strict` (one everyday word, which
    people use as a word far more often than as a title), after "of", "watching", "is", or
    first."""
    before = start - 1
    following = words[end] if end < len(words) else None
    if before >= 0 and (
        words[before] in _QUALIFIERS or (words[before] in _WHICH_PART and following in _PARTS)
    ):
        before -= 1  # "the *original* ppg", "the *last* red dwarf episode"
    if before >= 0 and (words[before] == "the" or words[before] in _FOREIGN_ARTICLES):
        before -= 1  # "if *la* fan got a second season"
    if before >= 1 and words[before] == "and" and words[before - 1] in _PERSONS:
        return False  # "broke me *and the girls*": people, as "my friends and i" is
    if before >= 0:
        word = words[before]
        if (
            word is not None
            and (word in NOT_TITLE_AFTER or (strict and word not in _BEFORE_TITLE))
            and not (word in ARTICLES_A and following in BESIDE_TITLE)
        ):
            return False  # but "a *masters of sex* marathon" is the show's
    if runs_on(words, end) or (strict and runs_on(words, end, "and")):
        return False  # "the beast *in me*", "my friends *and i*": a title unknown, a phrase
    if end < len(words):
        word = words[end]
        after = NOT_BEFORE_TITLE_END if strict else _PRONOUNS
        following = words[end + 1] if end + 1 < len(words) else None
        if _how_long(words, end):
            return False  # "*gone* for a month and missed everything": a while, no title
        if word in ARTICLES_A and (
            following in BESIDE_TITLE
            or following in KINDS
            or following in _GIVEN
            or following in NETWORKS
            or following in GENRES
        ):
            # "is bloodline *a thriller*", "giving carter *a chance*", "is x *a netflix* show",
            # "made from scratch *a cooking* show?"
            pass
        elif word in _NEAR_TIME and following in _TIMES:
            pass  # "who hosts TAR *these days*"
        elif asked_verb(words, start, end):
            pass  # "how many seasons did the a-team *run*"
        elif word is not None and (not _aside(word, context) or word in after):
            return False
        named = " ".join(w for w in words[start:end] if w is not None)
        if (word in _COUNTED or word == "of") and (named in NUMBER_WORDS or named.isdecimal()):
            return False  # "only one season", "one of my teachers": a count
    return True


_WHICH_PART = frozenset({"last", "first", "final", "latest", "next", "new"})
"""Words before a title that say which of its parts, when a part follows: "the *last* red
dwarf episode", "the *new* bake off series"."""
_PARTS = frozenset({"episode", "episodes", "ep", "eps", "season", "seasons", "series", "finale"})


_NEAR_TIME = frozenset({"this", "these", "nowadays"})
_TIMES = frozenset(
    {"days", "day", "year", "years", "season", "week", "weekend", "month", "time", "summer"}
    | {"christmas", "winter", "spring", "fall", "autumn", "halloween", "easter", "holiday"}
)
"""A time after a title ("these days", "this year") says when, not more of the title."""


def _how_long(words: list[str | None], end: int) -> bool:
    """Whether the words after a match say for how long ("gone *for a week*", "lost *for
    two days*"): what an everyday word is followed by, not a title."""
    if end + 2 >= len(words) or words[end] != "for":
        return False
    return _count_of_time(words[end + 1], words[end + 2], _TIMES)


def a_duration(words: Sequence[str | None], start: int, end: int) -> bool:
    """Whether a match is how long watching took, a count of time after "in", "for" or "over"
    that follows a word of watching ("binged sick note *in one night*", "finished it *in a
    day*"); not a title where a question puts one ("who stars in one day")."""
    typed = [w for w in words[start:end] if w is not None]
    if start < 1 or words[start - 1] not in _DURING or len(typed) != 2:
        return False
    if not any(w in FRAMING for w in words[max(0, start - _WATCHED_BEFORE) : start - 1]):
        return False
    return _count_of_time(typed[0], typed[1], _SPANS)


def _count_of_time(count: str | None, unit: str | None, units: frozenset[str]) -> bool:
    """Whether two words count a time: "a week", "two days", "one night"."""
    if count is None or unit is None:
        return False
    plural = unit[:-1] if unit.endswith("s") else unit
    counted = count in ARTICLES_A or count in NUMBER_WORDS or count.isdecimal()
    return counted and (unit in units or plural in units)


_WATCHED_BEFORE = 6
"""Words at most between a word of watching and the time it took ("binged x *in one night*")."""


_DURING = frozenset({"in", "for", "over", "within"})
_SPANS = _TIMES | {"night", "hour", "sitting", "go", "evening", "afternoon", "morning"}
"""What a binge takes: "in one *night*", "in one *sitting*", "in one *go*"."""


def runs_on(words: list[str | None], end: int, joiner: str = "") -> bool:
    """Whether the words after a match go on with "in me", "beside you" (or `joiner` and a
    person): no question's words, but the rest of a longer name."""
    if end + 1 >= len(words) or words[end + 1] not in _PERSONS:
        return False
    return words[end] == joiner if joiner else words[end] in _INSIDE


def whole_content(
    words: list[str | None], scored: Scored, context: frozenset[str] = frozenset()
) -> bool:
    """Whether the match holds every word of the question that is not a question word."""
    if runs_on(words, scored.end):
        return False
    for position, word in enumerate(words):
        if word is None or scored.start <= position < scored.end:
            continue
        if position == scored.start - 1 and word in NAME_ARTICLES:
            continue  # "la casa de papel": the name is indexed without its article
        if word not in CHITCHAT_WORDS and not _aside(word, context):
            return False
    return True


def whole_sentence(
    words: list[str | None], scored: Scored, context: frozenset[str] = frozenset()
) -> bool:
    """Whether the match holds every word of its own sentence that is not a question word."""
    start = max((i + 1 for i in range(scored.start) if words[i] is None), default=0)
    end = next((i for i in range(scored.end, len(words)) if words[i] is None), len(words))
    described = description_end(words, scored.end)
    if described is not None:
        words = [*words[: scored.end], *words[described:]]  # "e-ring *the pentagon show*"
        end -= described - scored.end
    if start == 0 and end == len(words):
        return whole_content(words, scored, context)
    moved = dataclasses.replace(scored, start=scored.start - start, end=scored.end - start)
    return whole_content(words[start:end], moved, context)


def _aside(word: str, context: frozenset[str]) -> bool:
    """A word that says something about the show rather than name it: a question word, a year
    or a number, the show's network ("the office bbc"), a country ("big brother uk"), a kind of
    show ("is it a war *thing*")."""
    return (
        word in FUNCTION_WORDS
        or word in COUNTRIES
        or word in BESIDE_TITLE
        or word in KINDS
        or word in FRAMING
        or word in ASIDES
        or word.isdecimal()
        or word in context
    )


def verb_phrase(words: list[str | None], scored: Scored) -> bool:
    """Whether a one-word everyday title ending in "-ing" stands before the word that makes it
    a verb's phrase ("*looking for* a k drama", "*waiting for* the finale", "*going to* bed"),
    or any before "up on" ("*caught up on* she"): the asker's doing, not a show."""
    if scored.end - scored.start != 1 or scored.end >= len(words):
        return False
    typed = words[scored.start]
    if typed is None or not everyday_word(typed):
        return False
    if (
        words[scored.end] == "up"
        and scored.end + 1 < len(words)
        and words[scored.end + 1] in _UP_ON
    ):
        return True  # "*caught up on* she last night": the asker's doing
    return typed.endswith("ing") and words[scored.end] in _PARTICLES


_PARTICLES = frozenset({"for", "at", "into", "about", "forward", "through", "around", "to"})
_UP_ON = frozenset({"on", "with"})
"""After a verb and "up", what was caught up on: "caught *up on*", "kept *up with*"."""
"""Words after a verb's "-ing" that make it a phrase ("looking *for*", "going *to*")."""


def described_apart(words: list[str | None], end: int) -> list[str | None]:
    """The words with each description of a show after `end` set aside as a break ("a espia
    what genre, *the portuguese spy one*", "ancient rome *(the bbc docudrama)*", "still *on
    bbc four*", "funland *bbc three*") and when it is asked of ("coming back *this
    christmas*"): what the asker says of the show, no words of another sentence."""
    kept = words
    for position in range(end, len(words)):
        word = words[position]
        if word in _DESCRIPTION_OPENERS:
            stop = description_end(words, position, _DESCRIPTION_OPENERS)
        elif word in ON:
            stop = network_end(words, position + 1)
        elif position == end:  # "funland *bbc three*, is there a series 2"
            stop = network_end(words, position)
        elif word in _NEAR_TIME and position + 1 < len(words) and words[position + 1] in _TIMES:
            stop = position + 2  # "coming back *this christmas*"
        elif word in ARTICLES_A:  # "is dollar *a netflix show*": its network, claimed
            stop = network_end(words, position + 1)
            if stop is not None and (stop == len(words) or words[stop] not in KINDS):
                stop = None
            elif stop is not None:
                stop += 1
        else:
            continue
        if stop is not None:
            kept = [*kept[:position], *([None] * (stop - position)), *kept[stop:]]
    return kept


def network_end(words: list[str | None], start: int) -> int | None:
    """Where a network's name that starts at `start` ends ("on *bbc four*"), or None."""
    for length in (3, 2, 1):
        named = words[start : start + length]
        if len(named) == length and None not in named and " ".join(named) in NETWORKS:  # type: ignore[arg-type]
            return start + length
    return None


_DECADE = re.compile(r"(?:19|20)?\d0s")
_WITH = frozenset({"with", "about", "where"})
_WHO = frozenset({"who", "whose"})
_DESCRIPTION_OPENERS = frozenset({"the", "that"})
"""Words that open a description saying which show ("*the* portuguese spy one"); "a kids show"
claims what it is, which its record may not bear out."""


def networks_said(words: list[str | None]) -> frozenset[str]:
    """The networks a message says a show is on without asking it ("when does it come out *on
    apple tv*", "the *lifetime* show"); none in a yes/no question ("is it on netflix"), nor in
    a message that ends on the network without a question word to open it ("x on netflix?")."""
    said = [w for w in words if w is not None]
    if not said or said[0] in _YES_NO_OPENERS:
        return frozenset()
    named = set()
    for position in range(len(words)):
        stop = network_end(words, position)
        if stop is None:
            continue
        last = all(w is None for w in words[stop:])
        if last and said[0] not in WH_WORDS:
            continue
        named.add(NETWORKS[" ".join(str(w) for w in words[position:stop])])
    return frozenset(named)


_YES_NO_OPENERS = frozenset(
    {"is", "was", "are", "were", "does", "did", "do", "has", "have", "can", "will", "isnt"}
)


def networks_denied(words: list[str | None]) -> frozenset[str]:
    """The networks a message says the show it means is not on: "the new surface, *not the
    nbc one*"."""
    denied_ = set()
    for start in _after_not(words):
        stop = network_end(words, start)
        if stop is not None and (
            stop == len(words) or words[stop] in KINDS or _phrase_ends(words, stop)
        ):
            # "not the nbc one", and "not the *abc* resurrection, the other one"
            denied_.add(NETWORKS[" ".join(str(w) for w in words[start:stop])])
    return frozenset(denied_)


def denied_positions(words: Sequence[str | None]) -> frozenset[int]:
    """Where the message says what it does not mean: from each "not" (and its "the") to the
    end of its phrase, a few words at most ("strangers, the comedy one *not the thriller*")."""
    denied_: set[int] = set()
    for start in _after_not(list(words)):
        stop = start
        while stop < len(words) and stop - start < _DENIED_WORDS and words[stop] not in PHRASE_ENDS:
            stop += 1
        if stop == len(words) or words[stop] in PHRASE_ENDS:
            denied_.update(range(start, stop))
    return frozenset(denied_)


def _phrase_ends(words: Sequence[str | None], at: int) -> bool:
    """Whether a break (or the message's end) comes within a few words of `at`."""
    following = words[at : at + _DENIED_WORDS]
    return any(w in PHRASE_ENDS for w in following) or at + _DENIED_WORDS > len(words)


_DENIED_WORDS = 4
"""Words at most of a denied phrase: "not the nbc cop one", "not the korean zombie one"."""
PHRASE_ENDS = frozenset({None, "and", "but"})
"""What ends a denied phrase: a break, or "and" (which a comma is read as) or "but"."""


def years_denied(words: list[str | None]) -> frozenset[int]:
    """The premiere years a message says the show it means is not of: "the new queer as folk,
    *not the 2000 one*"."""
    said = (words[at] for at in _after_not(words) if at < len(words))
    return frozenset(
        int(year)
        for year in said
        if year is not None and len(year) == 4 and year.isdecimal() and year[:2] in ("19", "20")
    )


def _after_not(words: list[str | None]) -> list[int]:
    """Where what the message denies starts: after each "not" and its "the"."""
    return [
        position + 2 if position + 1 < len(words) and words[position + 1] == "the" else position + 1
        for position, word in enumerate(words)
        if word == "not"
    ]

"""Which shows a question is about: the title index's candidates, judged with what the question
says around them.

The index (`bot.core.matching`) ranks the names that the question's words spell, typos and all.
This module decides, with what only the question and the shows can tell:

- **Everyday words are titles only where a title goes.** "Friends", "Lost", "Dark" count in
  "season 11 of friends" or "dark cast", not in "my friends say ..."; a title of such words
  matched inside a longer sentence needs the show to be popular.
- **Initials and short names are for popular shows.** "snl", "ofmd", "bake off" mean a show
  only when it is popular (`POPULAR`), and only if no other popular show fits as well; a
  title's short name ("demon slayer", "daredevil") only when it is well known (`WELL_KNOWN`).
- **A longer title beats a title inside it** ("real time with bill maher" is not "Real").
- **Copies of one title** (the same show imported from several sources): the one a source
  describes (network, premiere) is meant, else the clearly most popular, else the bot asks.
- **Up to three shows side by side** ("breaking bad and better call saul cast").
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.matching import NAMING_WORDS, WELL_KNOWN, NameIndex, description_end
from bot.core.models import Show
from bot.core.names import NAME_ARTICLES
from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS, NUMBER_WORDS, Question
from bot.core.questions.vocabulary import (
    CHITCHAT_WORDS,
    CUE_WORDS,
    ENGLISH_WORDS,
    NETWORKS,
    TITLE_PLACES,
    WH_WORDS,
    genre_words,
)
from bot.core.results import (
    CONFIDENT,
    INITIALS,
    POPULAR,
    SHORT,
    SUGGEST,
    TIE_MARGIN,
    Ambiguous,
    Match,
    NoMatch,
    Resolution,
    Scored,
)
from bot.core.text import ARTICLES, fold, initials_with_and, same_word, visible

OBSCURE = 50.0
"""Popularity below which a title nothing describes is answered only when asked by its name
alone: at 100,000 shows, everyday phrases ("hear me out") are somebody's title."""
FAMOUS = 95.0
"""Popularity of a household name, which fans mean by its title even beside a known namesake.
TVMaze's weights crowd near the top: 95 and up are the shows everybody has heard of."""
SLIP_AWAY = 65.0
"""A popular title this close to an obscure one written out is asked about ("travellers")."""
NEAR = 80.0
"""Lowest similarity at which a slip in a popular title is taken, if nothing else comes close."""
DOMINANT = 1.5
"""A copy of a title this many times as popular as the next one is the one people mean."""
DOMINANT_DESCRIBED = 2.5
"""... and when both are shows a source describes (Skins UK and Skins US), this many times."""
MISTYPED = 90.0
"""Similarity at which a little-known title of several words, mistyped, is still taken when it
is plainly what the sentence names ("great men acadamy rating?")."""
INITIALS_LEAD = 10.0
"""Popularity points by which a show must lead another with the same initials to be the one
they mean. The imported popularities (TVMaze's weight) crowd near the top, where a ratio
(`DOMINANT`) can never tell a famous show (97) from a known one (83); a gap can."""
MAX_SHOWS = 3
"""Shows answered in one reply; a longer list is more likely a rant than a question."""
CUT_COVERAGE = 0.4
"""The least share of a long title's weight that its start or end must hold to name it
("apartment 23" of Don't Trust the B---- in Apartment 23); half for any other part."""
_DISTINCT = 3
"""Names at most that may hold the words of a short name for it to tell its show apart."""
_FRAMING = TITLE_PLACES["framing"]
_ASIDES = TITLE_PLACES["asides"]
"""Chat after a title ("dark tourist *tonight*", "*lol*"): no more of it, nor a question's word."""
_BEFORE_TITLE = TITLE_PLACES["before_title"] | _FRAMING
"""After these a title goes; so it does after the words of chat that frame one ("i *found*
nikita", "my roommate *swears* snowfall was ...")."""
_NOT_TITLE_AFTER = TITLE_PLACES["not_after"]
_NOT_BEFORE_TITLE_END = TITLE_PLACES["not_before"]
_JOINERS = TITLE_PLACES["joiners"]
_LIST_JOINERS = TITLE_PLACES["list_joiners"]
_TOGETHER = TITLE_PLACES["together"]
_COUNTED = TITLE_PLACES["counted"]
_BESIDE_TITLE = TITLE_PLACES["beside_title"]
_GIVEN = TITLE_PLACES["given"]
_ARTICLES_A = frozenset({"a", "an"})
_FOREIGN_ARTICLES = NAME_ARTICLES - ARTICLES
_POSSESSIVES = _NOT_TITLE_AFTER - ARTICLES
"""After these an everyday word is a word even in a message of nothing else: "my friends"."""
_PRONOUNS = _NOT_BEFORE_TITLE_END - ARTICLES - {"this", "these", "those"}
"""After a title of several words, only these end it wrongly: "is attack on titan *an* anime"."""
_DERIVED = TITLE_PLACES["derived"]
_KINDS = TITLE_PLACES["kinds"]
_LENGTHEN = TITLE_PLACES["lengthen"]
_DESCRIPTION_WORDS = 4
"""Words at most after a title that say what the show is ("the tower *itv crime show*")."""
_QUALIFIERS = frozenset({"original", "og", "classic", "new", "old"})
"""Words that say which version of a title, where one goes: "the *original* ppg"."""
_STREAMED = "Netflix"
"""The network a streaming catalogue gives every show it carries, made there or not."""
_TO_THE_LAST = frozenset(
    {("that", "one"), ("that", "show"), ("this", "one"), ("the", "latter"), ("the", "second")}
)
"""Words that point back at the title named last."""
_RELATIVE = frozenset({"where", "with", "that", "who", "which", "about"})
_TO_THE_BOT = frozenset({"the", "this", "ur", "your", "you"})
_ANY_ONE = frozenset({"one", "version", "thing"})
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
_ON = frozenset({"on", "from", "by"})
"""A network's name after these is the network, even where a show has it as its title."""
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
"""Roman numerals that number a sequel in its title ("Blue Planet II")."""
_SLIP_LETTERS = 2
"""Letters at most that a slip adds to a one-word title or drops from it ("westwrld")."""
_PLAYING = frozenset({"plays", "played", "voices", "voiced", "portrays", "portrayed"})
_IN_A_SHOW = frozenset({"in", "on"})
"""After "who plays" a part is named, then the show after these: "who plays x *in* y"."""
_AT_A_PLACE = frozenset({"at", "on", "in", "from"})
_PERSONS = frozenset({"i", "me", "we", "us", "you", "him", "her", "them"})
_INSIDE = frozenset({"in", "inside", "within", "without", "beside", "behind"})
"""A title ends before neither of these and a person ("the beast *in me*"), nor does an everyday
word before "and" and a person ("friends *and i*")."""


@dataclass(frozen=True, slots=True)
class Found:
    """The show a question is about, and any others it names beside it."""

    resolution: Resolution
    others: tuple[Scored, ...] = ()


def find_shows(index: NameIndex, shows: Sequence[Show], question: Question) -> Found:
    """The shows a question names, in the order it names them: up to three listed side by side
    ("x and y", "x, y or z"); two named apart, without a list, are asked about."""
    judged = _in_the_question(_judged(index, shows, question.words, question.text), question)
    resolution = _decide(shows, judged)
    if isinstance(resolution, Match):
        sequel = _numbered_sequel(question.words, resolution.best, judged)
        if sequel is not None:
            resolution = Match(sequel)  # "blue planet 2": Blue Planet II, not its season 2
    if isinstance(resolution, Match) and _derived(question.words, resolution.best):
        # "the saved by the bell reboot", "penny dreadful spinoff": another show than the one
        # named, which the base may not hold: suggested, never answered about
        owner = resolution.best.owner
        judged = [_as(s, min(s.similarity, SUGGEST)) if s.owner == owner else s for s in judged]
        judged.sort(key=_order)
        resolution = _decide(shows, judged)
    if not isinstance(resolution, Match):
        return Found(resolution)
    best = resolution.best
    context = frozenset(index.context(best.owner))
    if _a_word(best) and _unknown_title(
        _outside(_asked_words(question, best), best, context), rare=_foreign
    ):
        # "the girls at work keep recommending h2o just add wter": an everyday word taken as a
        # title beside words that may name the show meant: asked about, never answered
        return Found(NoMatch((best,)))
    if question.asks_for_pick and best.everyday:
        # "the girls are coming over tonight, what should we watch": a pick is asked, and the
        # everyday words are the story's, not a show to tell about
        return Found(NoMatch(()))
    if (
        question.asks_nothing
        and _words_in_passing(question.words, best, question.text)
        and not _pointed(list(question.words), best, frozenset(index.context(best.owner)))
    ):
        # "trust me this bot is broke", "stuck in traffic someone entertain me": everyday
        # words among others, and no question about a show ("evil cbs" names one)
        return Found(NoMatch(()))
    named = [resolution.best]
    while len(named) < MAX_SHOWS:
        rest = [s for s in judged if not any(_overlap(s, n) for n in named)]
        elsewhere = _decide(shows, rest)
        if (
            isinstance(elsewhere, Ambiguous)
            and _a_word(named[0])
            and len(named) == 1
            and not _pointed(list(question.words), named[0], context)
        ):
            # "this is awkward but ... the office?": which office; but "... reading up on cult,
            # who played skye yarrow" names one of Cult's people
            return Found(elsewhere)
        if not isinstance(elsewhere, Match) or elsewhere.best.owner in {n.owner for n in named}:
            break
        if elsewhere.best.near:
            break  # "true blood was *wild*": a slip taken only when nothing else comes close
        named.append(elsewhere.best)
    if len(named) == 1:
        return Found(resolution)
    named.sort(key=lambda s: s.start)
    words = list(question.words)
    if all(_listed(words, one, other) for one, other in itertools.pairwise(named)):
        return Found(Match(named[0]), tuple(named[1:]))
    referred = _referred(words, named)
    if referred is not None:
        return Found(Match(referred))  # "... recommending silicon valley, when did *that one*"
    titled = [n for n in named if not n.everyday and not _a_part_of(index, n, named, words)]
    whole = [n for n in titled if not n.longer]
    if len(titled) > 1 and len(whole) == 1:
        # "moonlighting as a barista rn ..., is lovesick coming back": a title the words
        # around carry on may be a longer one the base lacks, beside one that stands whole
        return Found(Match(whole[0]))
    if len(titled) == 1:
        return Found(Match(titled[0]))  # "stuck in the house ... lucifer": words, and a title
    marked = [
        n
        for n in titled or named
        if _marked(words, n) or _pointed(words, n, frozenset(index.context(n.owner)))
    ]
    if len(marked) == 1:
        # "alone for the holiday so im doing a preacher marathon", "whats the catch with
        # hunted bbc one": the one title the question marks as a show's
        return Found(Match(marked[0]))
    if not titled:
        whole = [n for n in named if n.exact and " " in n.name]
        if (
            len(whole) == 1
            and all(n.exact for n in named)
            and not all(" " in n.name for n in named)
        ):
            return Found(Match(whole[0]))  # "panic! my sister spoiled the last ship"
        placed = [n for n in named if _title_slot(words, n.start, n.end)]
        if len(placed) == 1:
            return Found(Match(placed[0]))  # "vanished without a trace ... does sleepy hollow"
    top = max(titled or named, key=lambda s: s.popularity)
    if top.popularity >= POPULAR and all(
        s.popularity * DOMINANT <= top.popularity for s in titled if s is not top
    ):
        return Found(Match(top))  # "plebs, what's it about? ancient rome comedy?"
    return Found(Ambiguous(tuple(named)))


def _marked(words: list[str | None], scored: Scored) -> bool:
    """Whether the words after a title say what of the show is meant ("a preacher *marathon*",
    "lucifer *episodes*") or what show it is ("obsessed with mental, *that old fox hospital
    show*"): the marks of a title, which an everyday phrase lacks."""
    if scored.end < len(words) and words[scored.end] in _BESIDE_TITLE:
        return True
    return _described_after(words, scored.end)


def _network_follows(words: Sequence[str | None], end: int, context: frozenset[str]) -> bool:
    """Whether the show's own network stands right after a match ("hunted *bbc* one", "evil
    *cbs*"): fans add it to say which show; nobody adds it to an everyday word."""
    following = words[end] if end < len(words) else None
    return following is not None and following in context and following in NETWORKS


def _described_after(words: Sequence[str | None], end: int) -> bool:
    """Whether a comma after a match opens a description of the show ("obsessed with mental,
    *that old fox hospital show*"): an aside that only a title gets. (Without the comma, "not
    scandal *the olivia pope show*" may describe another show of the title.)"""
    if end >= len(words) or words[end] != "and":  # a comma reads as "and"
        return False
    return description_end(words, end + 1, _DESCRIBING) is not None


def _numbered_sequel(
    words: Sequence[str | None], best: Scored, judged: list[Scored]
) -> Scored | None:
    """The show whose title is the match's and the number after it in Roman numerals ("blue
    planet 2" is Blue Planet II): a sequel named by its number, not a season of the first."""
    following = words[best.end] if best.end < len(words) else None
    if following is None or not following.isdecimal():
        return None
    plain = [w for w in best.name.split() if w not in ARTICLES]
    for other in judged:
        name = other.name.split()
        if (
            other.owner != best.owner
            and len(name) > 1
            and _ROMAN.get(name[-1]) == int(following)
            and [w for w in name[:-1] if w not in ARTICLES] == plain
        ):
            return dataclasses.replace(
                other,
                similarity=best.similarity,
                rank=best.rank,
                start=best.start,
                end=best.end + 1,
                exact=best.exact,
            )
    return None


def _referred(words: list[str | None], named: list[Scored]) -> Scored | None:
    """The title a question points back at after naming several ("finished mr robot and ppl
    keep recommending silicon valley, when did *that one* start airing"; "*the former*")."""
    after = [w for w in words[named[-1].end :] if w is not None]
    pairs = set(itertools.pairwise(after))
    if pairs & _TO_THE_LAST:
        return named[-1]
    if ("the", "former") in pairs:
        return named[0]
    return None


def _derived(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether the match is named as the source of another show: "x reboot", "x spinoff";
    not when a year says which ("the 2009 v remake")."""
    if any(w is not None and len(w) == 4 and w.isdecimal() for w in words):
        return False
    return scored.end < len(words) and words[scored.end] in _DERIVED


def _words_in_passing(words: Sequence[str | None], scored: Scored, text: str) -> bool:
    """Whether a match is an everyday word among other words of the message ("this bot is
    *broke*"), not a title written out alone ("friends") or with its article ("the office")."""
    start, end = scored.start, scored.end
    before = words[start - 1] if start > 0 else None
    opening = start - 1 if before == "the" else start  # "the office": the article is the title's
    typed = [w for w in words[start:end] if w is not None]
    rest = [
        w for position, w in enumerate(words) if w is not None and not opening <= position < end
    ]
    if not rest or not all(_everyday(w) for w in typed):
        return False
    if opening > 0 and words[opening - 1] in _FRAMING:
        return False  # "my friend swears the riches only had one season": a title framed
    # "trust me this bot is broke", "my brother is dead to me after he spoiled it": a phrase of
    # everyday words among others, unless the asker wrote it as a title ("Trust Me")
    asking = not WH_WORDS.isdisjoint(rest)  # "... had like 10 seasons, how many were there"
    if len(typed) == 1 or _written_as_title(text, typed):
        return len(typed) == 1
    return (len(typed) <= 3 and start == 0) or not asking  # "it's a sin how slow you are"


def _written_as_title(text: str, typed: list[str]) -> bool:
    """Whether the words stand in the message with capitals ("Trust Me ..."), as titles are."""
    tokens = _TOKEN.findall(visible(text))
    for at in range(len(tokens) - len(typed) + 1):
        run = tokens[at : at + len(typed)]
        if [fold(t) for t in run] == typed:
            return all(t[:1].isupper() for t in run if fold(t) not in FUNCTION_WORDS)
    return False


def _in_the_question(judged: list[Scored], question: Question) -> list[Scored]:
    """A title in the story around a question that names something else is not what is asked:
    "fallout season 2 release date?? *the ghoul* was the best part", "*reign* check on movie
    night. is copper good?". A question that names no title ("is it over?", "did it stop at
    two?") is about the story's; one that names a title the base lacks ("*blue eye samurai*
    renewed? i liked it more than samurai jack") is about no show of the story; and a word
    of the story is no likelier a title than a word of the question ("binge time. is spawn
    more horror or action")."""
    if question.asked is None:
        return judged
    start, end = question.asked

    def inside(scored: Scored) -> bool:
        return start <= scored.start and scored.end <= end

    if any(
        inside(s)
        and s.similarity >= SUGGEST
        and (question.asked_marked or _titled_plainly(question.words, s))
        and not _question_words(question.words, s)
        for s in judged
    ):
        demoted = [s for s in judged if not inside(s)]
    elif any(inside(s) and s.similarity >= CONFIDENT for s in judged):
        demoted = [s for s in judged if not inside(s) and not _titled_plainly(question.words, s)]
    elif question.asked_marked and _unknown_title(question.words[start:end]):
        demoted = [s for s in judged if not inside(s)]
    else:
        demoted = _but_the_last_named(judged, start)
        if not demoted:
            return judged
    kept = [_as(s, min(s.similarity, SUGGEST)) if s in demoted else s for s in judged]
    kept.sort(key=_order)
    return kept


def _question_words(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether a match not written out is nothing but question words ("when did the final
    season *end*?", "how long are the *episodes*"): no title the question names in place of
    the story's, unless the index took it whole."""
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    return scored.similarity < CONFIDENT and all(w in FUNCTION_WORDS for w in typed)


def _but_the_last_named(judged: list[Scored], start: int) -> list[Scored]:
    """Titles of the story before a question that names none, but the last one: "finished mr
    robot and ppl keep recommending silicon valley next, when did *that one* start airing?"."""
    story = [s for s in judged if s.end <= start and s.similarity >= CONFIDENT]
    if not story:
        return []
    # of titles and everyday words taken as titles, the last title: "the miracle of teddy bear
    # made me cry at *home alone* lol, what are the reviews like"
    last = max(story, key=lambda s: (not s.everyday, s.start))
    return [s for s in story if not _overlap(s, last)]


def _asked_words(question: Question, scored: Scored) -> list[str | None]:
    """The words of the question sentences when the match stands in them (the story around
    them set aside as breaks), else every word."""
    if question.asked is None:
        return list(question.words)
    start, end = question.asked
    if not start <= scored.start < end:
        return list(question.words)
    return [w if start <= i < end else None for i, w in enumerate(question.words)]


def _outside(
    words: Sequence[str | None], scored: Scored, context: frozenset[str]
) -> list[str | None]:
    """The question's words but the match's own and those of its people and network (set
    aside as breaks no run may span)."""
    kept = [
        None if scored.start <= i < scored.end or w in context else w for i, w in enumerate(words)
    ]
    for start, word in enumerate(words):
        if word != "the":
            continue
        for end in range(start + 1, min(start + 7, len(words))):
            if words[end] is None:
                break
            if words[end] in _KINDS:  # "the aussie prison one": what it is, no title
                kept[start : end + 1] = [None] * (end + 1 - start)
                break
    return kept


def _unknown_title(
    words: Sequence[str | None], rare: Callable[[str], bool] = lambda w: w not in COMMON_WORDS
) -> bool:
    """Whether the asked words hold a run of two or more words that are no question words,
    one of them a rare word: the name of a show the base lacks ("blue eye *samurai*"), not "is
    the show good"; or a rare word alone where a title goes, before a season ("*fallout*
    season 2 release date??")."""
    run: list[str] = []
    for position, word in enumerate([*words, None]):
        if word is not None and _content(word):
            run.append(word)
            continue
        unusual = any(rare(w) for w in run)
        before_season = word is None and position == len(run) < len(words)
        if unusual and (len(run) >= 2 or before_season):
            return True
        run = []
    return False


def _foreign(word: str) -> bool:
    """A word no English sentence uses: a name's ("h2o just add *wter*"), not "spilled perfume"."""
    return not _everyday(word)


def _content(word: str) -> bool:
    return not (
        word in FUNCTION_WORDS
        or word in CHITCHAT_WORDS
        or word in CUE_WORDS
        or word in _BESIDE_TITLE
        or word in _FRAMING
        or word in _ASIDES
        or word.isdecimal()
    )


def _titled_plainly(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether words read as a title even without a question mark around them: "the order"
    with its article, several words ("dead set"), or a word that is not everyday English; not
    "did that show even *run*"."""
    if scored.start > 0 and words[scored.start - 1] == "the":
        return True
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    return len(typed) > 1 or not all(_everyday(w) for w in typed)


def _a_word(scored: Scored) -> bool:
    """An everyday word taken as a title ("awkward"), which a title named elsewhere outweighs;
    "cobra kai" is a name even if both its words are words."""
    return scored.everyday and " " not in scored.name


def _a_part_of(
    index: NameIndex, scored: Scored, named: list[Scored], words: list[str | None]
) -> bool:
    """Whether a title found is the name of a character or an actor of another show found
    ("birds of prey, who played *harley quinn*")."""
    typed = {w for w in words[scored.start : scored.end] if w is not None}
    return any(other is not scored and typed <= set(index.context(other.owner)) for other in named)


def _listed(words: list[str | None], one: Scored, other: Scored) -> bool:
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


def resolve_titles(
    index: NameIndex, shows: Sequence[Show], words: Sequence[str | None], text: str = ""
) -> Resolution:
    """The show the words name, judged: Match, Ambiguous (the bot asks), or NoMatch. `text` is
    the question as typed: initials written in capitals ("GoT") count where lower-case ones,
    being words ("got"), do not."""
    return _decide(shows, _judged(index, shows, words, text))


def _judged(
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
        (s.start, s.end) for s in ranked if _written_out(s) and len(s.name.split()) > 1
    )
    """Where the question writes out a title of several words whole ("gypsy and *dirty john*")."""
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
            read, scored = described, dataclasses.replace(_as(scored, 100.0), longer=False)
        pairs.append((scored, _judge(index, shows, read, scored, capitals, fame, initials, titles)))
    judged = _listed_together(words, pairs)
    judged = _outshone(judged)
    judged = _by_article(judged, words, shows)
    judged.sort(key=_order)
    return judged


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
        if word is None or not (_kind_word(word) or _borne_out(word, show)):
            break
        borne_out = borne_out or not _kind_word(word)
        stop += 1
    following = words[stop] if stop < len(words) else None
    if not borne_out or (following is not None and _content(following)):
        return None
    aside = [*words[:end], *([None] * (stop - end)), *words[stop:]]
    return None if index.longer_title(aside, scored) else aside


def _kind_word(word: str) -> bool:
    """A word of what a show is ("show", "doc", "tv", "genre"), not the rest of a title ("the
    chair *company*")."""
    return (word in _KINDS or word in _BESIDE_TITLE or word == "tv") and word not in _LENGTHEN


def _borne_out(word: str, show: Show) -> bool:
    """Whether a show's record says what a word says of it: its network (any network, when the
    record names none), a genre, or a word of its summary that few sentences use."""
    network = NETWORKS.get(word)
    if network is not None:
        return show.network is None or network == NETWORKS.get(fold(show.network))
    if any(word in fold(genre).split() for genre in show.genres):
        return True
    summary = show.summary
    if summary is None or len(word) < 4 or word in COMMON_WORDS or word in FUNCTION_WORDS:
        return False
    return word in summary.casefold() and word in fold(summary).split()


def _listed_together(
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
            and not _describing(words, scored)
            and not _denied(words, scored.start)
            and not _a_common_word(scored.name)
            and any(_side_by_side(words, scored, other) for other in sure)
        ):
            # written out whole; the words after it ("too", "share") end it, being no title's
            found = _as(scored, max(scored.similarity, CONFIDENT))
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
    if _overlap(one, other):
        return False
    first, second = (one, other) if one.start < other.start else (other, one)
    between = words[first.end : second.start]
    listing = [w for w in between if w in _LIST_JOINERS]
    after = words[second.end] if second.end < len(words) else None
    return (
        len(listing) == 1
        and all(w is None or w in _LIST_JOINERS or w in ARTICLES for w in between)
        and after not in _ANY_ONE
        and after not in _DERIVED
    )


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


def _decide(shows: Sequence[Show], judged: list[Scored]) -> Resolution:
    """One show, several to choose from, or none."""
    if not judged or judged[0].similarity < CONFIDENT:
        suggestions = tuple(s for s in judged[:3] if s.similarity >= SUGGEST)
        return NoMatch(suggestions)
    best = judged[0]
    if best.near and any(
        (s.similarity >= best.similarity - 5 and _overlap(s, best))
        or (s.exact and " " in s.name and s.similarity >= SUGGEST and not _within(s, best))
        for s in judged[1:]
        if s.owner != best.owner
    ):
        # a slip in a popular title is no answer beside another title written out whole, even
        # one too little known to answer: "the show life is wild, did it" is not Wild 'N Out
        return NoMatch(tuple(s for s in judged[:3] if s.similarity >= SUGGEST))
    famous = [
        s
        for s in judged[1:]
        if _overlap(s, best)
        and s.similarity >= SLIP_AWAY
        and s.popularity >= POPULAR
        and s.popularity >= DOMINANT * max(best.popularity, 1.0)
        and s.owner != best.owner
        and not (best.exact and _within(s, best) and s.end - s.start < best.end - best.start)
        and not (best.exact and not s.exact and best.name.count(" ") >= 2)
    ]
    """Better-known shows the match may be a slip of ("travellers": Travelers?); not beside a
    title of three words or more written out whole ("body cam behind the badge")."""
    if famous and best.popularity < POPULAR and not _described(shows[best.owner]):
        return Ambiguous((best, famous[0]))  # "travellers": Travellers, or Travelers?
    rivals = [
        s
        for s in judged[1:]
        if s.similarity >= CONFIDENT
        and (best.rank - s.rank < TIE_MARGIN or _initials_against_slip(s, best))
        and not (_written_out(best) and not _written_out(s))
        and _overlap(s, best)  # elsewhere in the question: another show named beside it
    ]
    if not rivals:
        return Match(best)
    return _one_of(shows, best, rivals)


def _initials_against_slip(initials: Scored, best: Scored) -> bool:
    """Initials typed as they are ("caos") against a word they are a slip of ("chaos"): the
    bot asks rather than taking the slip."""
    return bool(initials.flags & INITIALS) and not best.exact and not best.flags & INITIALS


# -- judging one candidate --------------------------------------------------------------------


def _judge(
    index: NameIndex,
    shows: Sequence[Show],
    words: list[str | None],
    scored: Scored,
    capitals: frozenset[str],
    fame: dict[str, float] | None = None,
    initials: frozenset[tuple[int, int]] = frozenset(),
    titles: frozenset[tuple[int, int]] = frozenset(),
) -> Scored | None:
    """The candidate as the question's wording supports it; None when it should not even be
    suggested (initials of an obscure show, an everyday word used as one)."""
    name = scored.name.split()
    popularity = scored.popularity
    context = frozenset(index.context(scored.owner))
    if index.is_initials(scored):
        if popularity < POPULAR or not _title_slot(words, scored.start, scored.end, context):
            return None
        pointed = any(w in context and w not in COMMON_WORDS for w in words if w is not None)
        if (
            _common(scored.name)
            and scored.name not in capitals
            and not pointed
            and not _no_verb_slot(words, scored.start, scored.end)
        ):
            return None  # "got", "lot", "out": words, unless "GoT", or "tyrion in got"
        return _as(scored, max(scored.similarity, CONFIDENT + 2))
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    if _describing(words, scored):
        return _as(scored, min(scored.similarity, SUGGEST))
    if _denied(words, scored.start):
        return _as(scored, min(scored.similarity, SUGGEST))  # "not storage wars texas, the og"
    if _cast_as(words, scored):
        return _as(scored, min(scored.similarity, SUGGEST))  # "who plays *the captain* in ..."
    if typed and typed[-1] == "shows" and name[-1] == "show":
        # "ricky gervais shows": the shows of a person, not "The Ricky Gervais Show"
        return _as(scored, min(scored.similarity, SUGGEST))
    before = words[scored.start - 1] if scored.start > 0 else None
    if before in _ON and " ".join(typed) in NETWORKS:
        return _as(scored, min(scored.similarity, SUGGEST))  # "the reboot *on peacock*"
    if not scored.exact and len(typed) == 1 and typed[0] in FUNCTION_WORDS:
        return None  # "will *there* be": a question word is no slip of a title's ("three")
    if scored.flags & SHORT and (
        (not scored.exact and all(_everyday(w) for w in typed))
        or (
            popularity < (POPULAR if scored.name in ENGLISH_WORDS else WELL_KNOWN)
            and not (scored.exact and len(typed) <= 2 and not all(_everyday(w) for w in typed))
        )
    ):
        # "kabaneri of the iron fortress" is the series, not its little-known film; "obsessed"
        # is a word, unless the show is famous ("daredevil"); "dark matter" is not "Dark
        # Matters: Twisted But True": a short name counts as written, or mistyped; one with a
        # name-like word in a word or two, written as it is ("21 sarfarosh", "anohana"), is the
        # show's nickname; a longer one may be the series' name on its spin-off (the film)
        return _as(scored, min(scored.similarity, SUGGEST))
    obscure = popularity < OBSCURE and not _described(shows[scored.owner])
    if obscure and not _named_alone(words, scored, context | _genres(shows[scored.owner])):
        # a title nothing describes, that few know: only when the question is just its name
        # ("is ever after high over?? my daughter keeps asking")
        return _as(scored, min(scored.similarity, SUGGEST))
    telling = [w for w in name if w not in FUNCTION_WORDS]
    if (
        len(name) == len(typed) == 1
        and not scored.exact
        and _everyday(typed[0])
        and _everyday(name[0])
        and not same_word(typed[0], name[0])
    ):
        # "devil may cry": an everyday word typed as meant is not another one ("devils")
        return _as(scored, min(scored.similarity, SUGGEST))
    everyday = (
        bool(telling)
        and len(telling) <= 2
        and (all(_everyday(w) for w in telling) or all(_everyday(w) for w in typed))
    )
    articled = before == "the" and fold(shows[scored.owner].title).startswith("the ")
    several = len(telling) > 1 or (scored.exact and (len(name) > 1 or articled))
    if (
        everyday
        and len(name) <= 3
        and len(telling) * 3 <= len(name)
        and not _whole_content(words, scored, context)
        and not (scored.exact and _whole_sentence(words, scored, context))
        and not (
            scored.exact
            and len(name) == 3
            and popularity >= POPULAR
            and name[0] not in FUNCTION_WORDS
        )
    ):
        # "what on earth", "making it", "in the dark": question words around one everyday
        # word; but a famous title that opens with its telling word ("dead like me") is one,
        # and so is a title that is its whole sentence ("is ever after high over??")
        return _as(scored, min(scored.similarity, SUGGEST))
    """"the i land", "the order": more than an everyday word, written as the title is."""
    known = (fame or {}).get(scored.name, popularity) if popularity == 0 else popularity
    """A copy of unknown popularity (a catalogue that rates nothing) is as well known as the
    best-known show of its name, for whether the name is used as a title here."""
    if (
        everyday
        and not _named_as_title(words, scored, context, several, known)
        and not _listed_with(words, scored, titles)
    ):
        return _as(scored, min(scored.similarity, SUGGEST))
    if everyday and not _whole_content(words, scored, context):
        scored = dataclasses.replace(scored, everyday=True)
    if (
        scored.similarity < CONFIDENT
        and (scored.start, scored.end) not in initials  # "agt" is not "agt extreme"
        and _short_name(index, words, scored)
    ):
        return _as(scored, CONFIDENT)
    if scored.similarity < CONFIDENT and _hosts_show(shows[scored.owner], words, scored):
        return _as(scored, CONFIDENT)
    first = words[scored.start] if scored.start < len(words) else None
    same_start = first is not None and first[:1] == scored.name[:1]
    if (
        NEAR <= scored.similarity < CONFIDENT
        and popularity >= POPULAR
        and not scored.longer
        and same_start
        and (" " in scored.name or abs(sum(map(len, typed)) - len(scored.name)) <= _SLIP_LETTERS)
    ):
        # "nics", "frago": a slip in a popular title, taken when nothing else comes close;
        # but "text" is no slip of the one word "textmewhenyougethome", only its first letters
        return dataclasses.replace(scored, similarity=CONFIDENT, rank=scored.rank, near=True)
    return scored


def _cast_as(words: list[str | None], scored: Scored) -> bool:
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


def _named_alone(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether a title few know is plainly what its sentence names: the sentence holds nothing
    else but question words and a description ("e-ring *the pentagon show*, was it
    cancelled"), or it is introduced as a show ("whatever happened to *the show* life is
    wild"); typed as written, or with one slip in a name of several telling words ("great men
    acadamy")."""
    telling = [w for w in scored.name.split() if w not in FUNCTION_WORDS]
    if not (scored.exact or (len(telling) >= 2 and scored.similarity >= MISTYPED)):
        return False
    if _introduced(words, scored.start):
        return True
    if scored.exact and len(telling) >= 2 and _no_phrase(scored.name.split(), telling):
        return True  # "unlikely animal friends", "jogo duplo"
    return _whole_sentence(words, scored, context) and _title_slot(
        words, scored.start, scored.end, context, strict=False
    )  # not "the *four* seasons netflix": a count


def _no_phrase(name: list[str], telling: list[str]) -> bool:
    """Whether a name is too particular to be an everyday phrase: a word no sentence uses
    ("jogo duplo"), four telling words, or three with nothing between them ("unlikely animal
    friends"); "lost track of time", "life and death row" are things people say."""
    if not all(_everyday(w) for w in telling):
        return True
    return len(telling) >= 4 or (len(telling) == 3 and len(name) == 3)


def _genres(show: Show) -> frozenset[str]:
    """The words fans use for a show's genres ("kids", "nature", "doc"): said beside a title
    few know, they describe it ("big small & deadly, is it a *nature doc*?")."""
    words: set[str] = set()
    for genre in show.genres:
        named = genre.casefold().replace("-", " ")  # the sources' genres: "Science-Fiction"
        words |= genre_words(named)
    return frozenset(words)


def _introduced(words: list[str | None], start: int) -> bool:
    """Whether the words before a match introduce it as a show: "the show x", "the kdrama x",
    "a series called x"."""
    before = words[start - 1] if start > 0 else None
    return before in NAMING_WORDS or before in _KINDS  # "the german netflix *show* perfume"


def _describing(words: list[str | None], scored: Scored) -> bool:
    """Whether a match stands in a description of a show rather than names one: "*the one*
    where tiny aliens crash", "the documentary *one*", "the magic *high school* anime", "the
    korean *spy* drama"; or is said of the bot ("who *broke* the bot") or is a clock time
    ("finished it at *3am*")."""
    start, end = scored.start, scored.end
    before = words[start - 1] if start > 0 else None
    following = words[end] if end < len(words) else None
    if scored.name in _KINDS:
        # "*the one* where", "the one with", "the documentary *one*"
        return (before == "the" and following in _RELATIVE) or (
            scored.name in _ANY_ONE
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
    if before == "the" and inserted and any(w in _KINDS for w in after):
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
        and any(w in _KINDS for w in after)
        and not any(w in _KINDS for w in between)
    )


def _denied(words: list[str | None], start: int) -> bool:
    """Whether the message opens by saying which show it is not about: "not the bible
    miniseries, the follow up one", "not storage wars texas, the original one"."""
    before = start - 1
    if before >= 0 and words[before] == "the":
        before -= 1
    return before >= 0 and words[before] == "not" and all(w is None for w in words[:before])


def _named_as_title(
    words: list[str | None],
    scored: Scored,
    context: frozenset[str],
    several: bool,
    fame: float,
) -> bool:
    """Whether a title of everyday words is used as a title: the whole question, or where a
    title goes (a one-word one only for a well-known show)."""
    before = words[scored.start - 1] if scored.start > 0 else None
    if before in _POSSESSIVES:
        return False  # "my friends and i are so bored": whatever else the message says
    if _somewhere(words, scored, context):
        return False  # "the girls at school keep talking about ...": people, not a title
    if _introduced(words, scored.start) or _described_after(words, scored.end):
        return True  # "whatever happened to *the show* life is wild", "mental, that ... show"
    if _network_follows(words, scored.end, context):
        return True  # "whats the catch with *hunted bbc one*": the show's network pins it
    if _whole_content(words, scored, context):
        # "friends", "is lost over"; but a word few know as a title, among question words,
        # only where a title goes: "long story *short*", "whos in running *point*"
        return several or fame >= OBSCURE or _title_slot(words, scored.start, scored.end, context)
    if _asked_of_as_a_show(words, scored, context):
        return _title_slot(words, scored.start, scored.end, context)
    well_known = fame >= WELL_KNOWN or _pointed(words, scored, context)
    strict = not (several and well_known)  # "my girlfriend", "hear me out": phrases first
    if not _title_slot(words, scored.start, scored.end, context, strict=strict):
        return not strict and scored.exact and _opens_slot(words, scored, context)
    return several or well_known


def _somewhere(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
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


def _opens_slot(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether a well-known title of several words, written out whole, stands where a title
    goes though a slip of a question word follows it, which the index found to carry it no
    further: "is bates motel *actualy* over"; not "money heist *korea*", an English word that
    may be more of a title the base lacks."""
    end = scored.end
    following = words[end] if end < len(words) else None
    if scored.longer or following is None or _everyday(following):
        return False
    return _title_slot(words[:end], scored.start, end, context, strict=False)


def _asked_of_as_a_show(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether the match is the whole of its sentence but question words, and the sentence
    speaks of it as a show ("tracer is it a *mystery*? love a good whodunit", "anyway bent the
    romcom *series*, hows it rated"): the chat of the other sentences makes it no phrase."""
    if _KINDS.isdisjoint(words) and _BESIDE_TITLE.isdisjoint(words):
        return False  # the common case, told at once
    start = max((i + 1 for i in range(scored.start) if words[i] is None), default=0)
    end = next((i for i in range(scored.end, len(words)) if words[i] is None), len(words))
    return any(
        w in _KINDS or w in _BESIDE_TITLE
        for i, w in enumerate(words[start:end], start)
        if not scored.start <= i < scored.end
    ) and _whole_sentence(words, scored, context)


def _listed_with(
    words: list[str | None], scored: Scored, titles: frozenset[tuple[int, int]]
) -> bool:
    """Whether a title of everyday words stands in a list right beside a title written out
    whole ("gypsy *and dirty john*, which is rated better", "dirty john or gypsy"): named as
    that one is, as a title."""
    start, end = scored.start, scored.end
    if start > 0 and words[start - 1] in _POSSESSIVES:
        return False  # "my friends and breaking bad"
    after = end + 1 if end + 1 < len(words) and words[end + 1] == "the" else end
    if end < len(words) and words[end] in _JOINERS and (after + 1) in {a for a, _ in titles}:
        return not _runs_on(words, end, words[end] or "")
    before = start - 1
    if before > 0 and words[before] == "the":
        before -= 1
    return before > 0 and words[before] in _JOINERS and before in {b for _, b in titles}


def _pointed(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether the question names, beside the match, the show's network or one of its people
    ("why did netflix renew walter boys"): the words then point at the show."""
    return any(
        w in context and (w not in COMMON_WORDS or w in NETWORKS)
        for position, w in enumerate(words)
        if w is not None and not scored.start <= position < scored.end
    )


def _short_name(index: NameIndex, words: list[str | None], scored: Scored) -> bool:
    """'bake off', 'jessica jones', 'always sunny': part of a popular show's name that only a
    few names hold, the question's own words around it. A well-known show's name is cut the
    same way when two words or more of its start or end are typed as written ("fresh
    prince", "broken skull challenge")."""
    if scored.longer:
        return False
    cut = _cut_end(words, scored)
    if scored.coverage < (CUT_COVERAGE if cut else 0.5):
        return False
    if scored.popularity < POPULAR and not (scored.popularity >= WELL_KNOWN and cut):
        return False
    name = set(scored.name.split())
    held = [w for w in words[scored.start : scored.end] if w is not None and w in name]
    telling = [w for w in held if w not in FUNCTION_WORDS]
    if not telling or (len(telling) < 2 and telling[0] in ENGLISH_WORDS):
        return False  # "game" alone is no name for Game of Thrones, "penguin" for Penguins of ...
    owners = index.owners_with(telling, _DISTINCT)
    if owners is None or scored.owner not in owners:
        return False
    rivals = [o for o in owners if o != scored.owner]
    return all(index.popularity(o) * DOMINANT <= scored.popularity for o in rivals)


def _hosts_show(show: Show, words: list[str | None], scored: Scored) -> bool:
    """Whether the question calls a well-known show its host's: "john oliver's show",
    "fallon's tonight show", "letterman's late show". The host is one of its cast, named in
    its title, written as the owner ("olivers") of the show or of words of its title (which
    make the name seem longer: they are its own)."""
    if scored.popularity < WELL_KNOWN:
        return False
    name = scored.name.split()
    typed = words[scored.start : scored.end]
    following = words[scored.end] if scored.end < len(words) else None
    owners = []
    if None not in typed and (following in _KINDS or following in name):
        owners.append([str(w) for w in typed])  # "john olivers" *show*
    before = words[scored.start - 1] if scored.start > 0 else None
    if before is not None:
        owners.append([before])  # "lettermans" *late show*
    return any(_host_of(show, scored.name, owner) for owner in owners)


def _host_of(show: Show, name: str, owner: list[str]) -> bool:
    """Whether `owner`, its last word a possessive ("fallons"), is a cast member of the show
    whose name (folded) holds them."""
    if not owner or not owner[-1].endswith("s") or len(owner[-1]) < 4:
        return False
    named = [*owner[:-1], owner[-1][:-1]]
    if f" {' '.join(named)} " not in f" {name} ":
        return False
    return any(fold(credit.name).split()[-len(named) :] == named for credit in show.cast)


def _cut_end(words: list[str | None], scored: Scored) -> bool:
    """Whether the question holds the start or the end of a name, two telling words or more,
    typed as written and nothing between them: "fresh prince" of "fresh prince of bel air"."""
    typed = words[scored.start : scored.end]
    if None in typed or sum(w not in FUNCTION_WORDS for w in typed) < 2:
        return False
    part = " ".join(w for w in typed if w is not None)
    return scored.name.startswith(f"{part} ") or scored.name.endswith(f" {part}")


def _capitalized(text: str) -> frozenset[str]:
    """Folded words typed with a capital after their first letter ("GoT", "LOT", "OFMD"), and
    initials written with "&" ("r&m"): typed as initials, not as words."""
    capitals = [
        fold(token) for token in _TOKEN.findall(text) if any(c.isupper() for c in token[1:])
    ]
    return frozenset(capitals + initials_with_and(text, keep=NETWORKS))


_TOKEN = re.compile(r"[^\W_]+")


def _no_verb_slot(words: list[str | None], start: int, end: int) -> bool:
    """Whether initials that spell a word stand where that word cannot: after a question's
    verb and before a verb ("did got end", "is got getting a season 9"). Not a pronoun,
    which stands there as itself ("does *she* play"), nor a word that follows "is" ("is
    out on netflix")."""
    if end - start != 1 or start == 0 or end >= len(words):
        return False
    before, typed, following = words[start - 1], words[start], words[end]
    if typed in _NOT_BEFORE_TITLE_END or typed in _SUBJECTS or following is None:
        return False
    if before in _AUXILIARIES:
        return following.isalpha() and following not in FUNCTION_WORDS - _VERBS
    return before in _COPULAS and following.endswith("ing") and len(following) > 5


_AUXILIARIES = frozenset({"does", "did", "will"})
"""Verbs a question opens with that a subject follows, never a verb: "did *got* end"."""
_SUBJECTS = frozenset({"it", "its", "that", "what", "who", "which", "there", "one", "anyone"})
"""Words a question's verb is followed by as themselves."""
_VERBS = frozenset({"end", "come", "get", "have", "start", "air", "premiere", "finish", "return"})
"""Question words that are verbs: "did got *end*"."""
_COPULAS = frozenset({"is", "was", "are", "were"})
"""... and those a word may follow ("is out"), but no verb's past and then a verb: "is *got*
getting"."""


def _common(word: str) -> bool:
    """Whether a word is one people write every day ("got", "lot"), not a rarer one that
    initials also spell ("ppg", "tar")."""
    return word in COMMON_WORDS or word in CHITCHAT_WORDS or word in FUNCTION_WORDS


def _everyday(word: str) -> bool:
    return word in ENGLISH_WORDS or word in CHITCHAT_WORDS or word in FUNCTION_WORDS


def _title_slot(
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
    if before >= 0 and words[before] in _QUALIFIERS:
        before -= 1  # "the *original* ppg"
    if before >= 0 and (words[before] == "the" or words[before] in _FOREIGN_ARTICLES):
        before -= 1  # "if *la* fan got a second season"
    following = words[end] if end < len(words) else None
    if before >= 1 and words[before] == "and" and words[before - 1] in _PERSONS:
        return False  # "broke me *and the girls*": people, as "my friends and i" is
    if before >= 0:
        word = words[before]
        if (
            word is not None
            and (word in _NOT_TITLE_AFTER or (strict and word not in _BEFORE_TITLE))
            and not (word in _ARTICLES_A and following in _BESIDE_TITLE)
        ):
            return False  # but "a *masters of sex* marathon" is the show's
    if _runs_on(words, end) or (strict and _runs_on(words, end, "and")):
        return False  # "the beast *in me*", "my friends *and i*": a title unknown, a phrase
    if end < len(words):
        word = words[end]
        after = _NOT_BEFORE_TITLE_END if strict else _PRONOUNS
        following = words[end + 1] if end + 1 < len(words) else None
        if word in _ARTICLES_A and (
            following in _BESIDE_TITLE or following in _KINDS or following in _GIVEN
        ):
            pass  # "is bloodline *a thriller*", "giving carter *a chance*"
        elif word in _NEAR_TIME and following in _TIMES:
            pass  # "who hosts TAR *these days*"
        elif word is not None and (not _aside(word, context) or word in after):
            return False
        named = " ".join(w for w in words[start:end] if w is not None)
        if (word in _COUNTED or word == "of") and (named in NUMBER_WORDS or named.isdecimal()):
            return False  # "only one season", "one of my teachers": a count
    return True


_NEAR_TIME = frozenset({"this", "these", "nowadays"})
_TIMES = frozenset(
    {"days", "day", "year", "years", "season", "week", "weekend", "month", "time", "summer"}
)
"""A time after a title ("these days", "this year") says when, not more of the title."""


def _runs_on(words: list[str | None], end: int, joiner: str = "") -> bool:
    """Whether the words after a match go on with "in me", "beside you" (or `joiner` and a
    person): no question's words, but the rest of a longer name."""
    if end + 1 >= len(words) or words[end + 1] not in _PERSONS:
        return False
    return words[end] == joiner if joiner else words[end] in _INSIDE


def _whole_content(
    words: list[str | None], scored: Scored, context: frozenset[str] = frozenset()
) -> bool:
    """Whether the match holds every word of the question that is not a question word."""
    if _runs_on(words, scored.end):
        return False
    for position, word in enumerate(words):
        if word is None or scored.start <= position < scored.end:
            continue
        if position == scored.start - 1 and word in NAME_ARTICLES:
            continue  # "la casa de papel": the name is indexed without its article
        if word not in CHITCHAT_WORDS and not _aside(word, context):
            return False
    return True


def _whole_sentence(
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
        return _whole_content(words, scored, context)
    moved = dataclasses.replace(scored, start=scored.start - start, end=scored.end - start)
    return _whole_content(words[start:end], moved, context)


def _aside(word: str, context: frozenset[str]) -> bool:
    """A word that says something about the show rather than name it: a question word, a year
    or a number, the show's network ("the office bbc")."""
    return (
        word in FUNCTION_WORDS
        or word in _BESIDE_TITLE
        or word in _FRAMING
        or word in _ASIDES
        or word.isdecimal()
        or word in context
    )


def _outshone(judged: list[Scored]) -> list[Scored]:
    """A name inside the stretch a longer, well-fitting name covers is not what was meant:
    "real" in "real time with bill maher", "mother" in "how i met my mother"."""
    longer = [s for s in judged if s.end - s.start >= 2 and s.coverage >= 0.6 and not s.longer]
    out = []
    for scored in judged:
        inside = any(
            other.owner != scored.owner
            and other.start <= scored.start
            and scored.end <= other.end
            and other.end - other.start > scored.end - scored.start
            and _letters(other.name) > _letters(scored.name)  # "breaking in" is no longer
            and other.similarity >= min(scored.similarity - 10, CONFIDENT - 3)
            for other in longer
        )
        out.append(_as(scored, min(scored.similarity, CONFIDENT - 1)) if inside else scored)
    return out


def _letters(name: str) -> int:
    return len(name) - name.count(" ")


def _within(one: Scored, other: Scored) -> bool:
    """Whether `one` stands inside the words `other` was matched on."""
    return other.start <= one.start and one.end <= other.end


def _overlap(one: Scored, other: Scored) -> bool:
    return one.start < other.end and other.start < one.end


def _as(scored: Scored, similarity: float) -> Scored:
    if similarity == scored.similarity:
        return scored
    rank = scored.rank + (similarity - scored.similarity)
    return dataclasses.replace(scored, similarity=similarity, rank=rank)


def _written_out(scored: Scored) -> bool:
    return scored.exact and scored.similarity >= 99.5


def _order(scored: Scored) -> tuple[bool, float, float, float]:
    return (not _written_out(scored), -scored.rank, -scored.similarity, -scored.popularity)


# -- several candidates -----------------------------------------------------------------------


def _one_of(shows: Sequence[Show], best: Scored, rivals: list[Scored]) -> Resolution:
    """Equally good matches: copies of one title are settled by which one a source describes,
    then by popularity; anything else is a question back to the asker."""
    group = [best, *rivals]
    same = [s for s in group if s.name == best.name]
    if len(same) == len(group):
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
    described = [s for s in pool if _described(shows[s.owner])]
    rated = [s for s in pool if s.popularity > 0]
    if (
        rated
        and rated[0] is pool[0]
        and pool[0].popularity >= POPULAR
        and all(
            _far_better_known(pool[0], s, described=_described(shows[s.owner])) for s in rated[1:]
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
            or (s.popularity == 0 and top.popularity < POPULAR)
            for s in pool
            if s not in described
        ):
            # a copy that says nothing of itself is about as popular, or more, or a known show
            # of its own ("ben 10", the reboot), or of unknown fame beside a show that is not
            # famous either ("uncle buck": of 1990, or of 2016?): which is it?
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
    return None in networks or len(networks) == 1 or _STREAMED in networks


def _described(show: Show) -> bool:
    """Whether a source said more than the title: a network or a premiere."""
    return show.network is not None or show.premiered is not None


# -- several shows ----------------------------------------------------------------------------


__all__ = ["Ambiguous", "Found", "Match", "NoMatch", "Resolution", "Scored", "find_shows"]

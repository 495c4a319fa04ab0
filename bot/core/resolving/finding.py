"""The shows a question is about: its candidates judged, the one meant decided, and the others
it names beside it (up to `MAX_SHOWS`) kept only where the message lists them or marks one."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.matching import NameIndex
from bot.core.models import Show
from bot.core.questions import Question, Topic
from bot.core.results import POPULAR, SUGGEST, Ambiguous, Match, NoMatch, Resolution, Scored
from bot.core.text import ARTICLES

from .candidates import judged_candidates
from .deciding import DOMINANT, decide
from .evidence import another_year, confirmed_by, denied_title, typed_whole
from .listing import listed_in_a_row
from .places import described_after, points_at, title_slot
from .story import (
    a_word,
    asked_words,
    everyday_phrase,
    foreign,
    in_the_question,
    outside,
    unknown_title,
    words_in_passing,
)
from .words import (
    BESIDE_TITLE,
    DERIVED,
    capped,
    content_word,
    overlap,
    rank_order,
    written_out,
)

MAX_SHOWS = 3
"""Shows answered in one reply; a longer list is more likely a rant than a question."""
_TO_THE_LAST = frozenset(
    {("that", "one"), ("that", "show"), ("this", "one"), ("the", "latter"), ("the", "second")}
)
"""Words that point back at the title named last."""
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
"""Roman numerals that number a sequel in its title ("Blue Planet II")."""


@dataclass(frozen=True, slots=True)
class Found:
    """The show a question is about, and any others it names beside it."""

    resolution: Resolution
    others: tuple[Scored, ...] = ()
    unsure: tuple[Ambiguous, ...] = ()
    """Titles listed beside the shows found that name several shows ("chips and *lab rats*"):
    asked about in the same reply."""


def find_shows(index: NameIndex, shows: Sequence[Show], question: Question) -> Found:
    """The shows a question names, in the order it names them: up to three listed side by side
    ("x and y", "x, y or z"); two named apart, without a list, are asked about."""
    judged = in_the_question(
        judged_candidates(index, shows, question.words, question.text), question
    )
    if question.doubts_the_title:
        # "the wilds of alaska, is that a real show?": a title only close to the one the asker
        # doubts exists (Wild Alaska) is a suggestion; one written out whole is still an answer
        judged = [s if written_out(s) else capped(s, SUGGEST) for s in judged]
        judged.sort(key=rank_order)
    resolution = decide(shows, judged, question.words)
    if isinstance(resolution, Match):
        sequel = _numbered_sequel(question.words, resolution.best, judged)
        if sequel is not None:
            resolution = Match(sequel)  # "blue planet 2": Blue Planet II, not its season 2
    if (
        isinstance(resolution, Match)
        and _derived(question.words, resolution.best)
        and not _a_later_copy(shows, resolution.best, judged)
    ):
        # "the saved by the bell reboot", "penny dreadful spinoff": another show than the one
        # named, which the base may not hold: suggested, never answered about
        owner = resolution.best.owner
        judged = [capped(s, SUGGEST) if s.owner == owner else s for s in judged]
        judged.sort(key=rank_order)
        resolution = decide(shows, judged, question.words)
    if (
        isinstance(resolution, NoMatch)
        and resolution.suggestions
        and question.topic is not Topic.PERSON
        and typed_whole(question.words, resolution.suggestions[0])
        and not denied_title(question.words, resolution.suggestions[0])
        and not _derived(question.words, resolution.suggestions[0])  # "casualty's sister show"
    ):
        top = resolution.suggestions[0]
        confirmed = [s for s in resolution.suggestions if confirmed_by(shows[s.owner], question, s)]
        if confirmed == [top]:
            # "arkady balagan actor? endgame", "is hammer & bolter actual horror": a show the
            # question only comes close to, which a fact of it named beside it confirms
            return Found(Match(top))
    if not isinstance(resolution, Match):
        return Found(resolution)
    best = resolution.best
    context = frozenset(index.context(best.owner))
    if a_word(best) and unknown_title(
        outside(asked_words(question, best), best, context), rare=foreign
    ):
        # "the girls at work keep recommending h2o just add wter": an everyday word taken as a
        # title beside words that may name the show meant: asked about, never answered
        return Found(NoMatch((best,)))
    if another_year(shows[best.owner], question.words, best):
        # "is x-men 97 getting a season 2", "lost in space 1965": a version of another year
        # than the one the base holds, which it lacks
        return Found(NoMatch((best,)))
    if _compared_to(question.words, best):
        # "gangs of galicia is it like gangs of london?": the show asked about is the one
        # before "like", which the base lacks; the one after it is only a comparison
        return Found(NoMatch((best,)))
    if question.asks_for_pick and (best.everyday or _in_the_story(question, best)):
        # "the girls are coming over tonight, what should we watch", "the kids are alright now
        # so finally me time. anything good on tonight?": a pick is asked, and the words are
        # the story's, not a show to tell about
        return Found(NoMatch(()))
    if (
        question.asks_nothing
        and words_in_passing(question.words, best, question.text)
        and not points_at(list(question.words), best, frozenset(index.context(best.owner)))
    ):
        # "trust me this bot is broke", "stuck in traffic someone entertain me": everyday
        # words among others, and no question about a show ("evil cbs" names one)
        return Found(NoMatch(()))
    if question.about_the_bot and everyday_phrase(question.words, best, question.text):
        # "honestly its still a mystery to me how this bot works lol": talk about the bot, in
        # everyday words that make some title
        return Found(NoMatch(()))
    named = [resolution.best]
    unsure: list[Ambiguous] = []
    """Names of several shows the question lists, which say no show by themselves."""
    while len(named) < MAX_SHOWS:
        apart = [*named, *(s for group in unsure for s in group.candidates)]
        rest = [s for s in judged if not any(overlap(s, n) for n in apart)]
        elsewhere = decide(shows, rest, question.words)
        if (
            isinstance(elsewhere, Ambiguous)
            and a_word(named[0])
            and len(named) == 1
            and not points_at(list(question.words), named[0], context)
        ):
            # "this is awkward but ... the office?": which office; but "... reading up on cult,
            # who played skye yarrow" names one of Cult's people
            return Found(elsewhere)
        if isinstance(elsewhere, Ambiguous) and len(unsure) < MAX_SHOWS:
            # "when did big love, the carrie diaries and *lab rats* premiere": which Lab Rats
            # is asked back; the list may name more shows
            unsure.append(elsewhere)
            continue
        if not isinstance(elsewhere, Match) or elsewhere.best.owner in {n.owner for n in named}:
            break
        if elsewhere.best.near:
            break  # "true blood was *wild*": a slip taken only when nothing else comes close
        named.append(elsewhere.best)
    words = list(question.words)
    beside = tuple(
        group for group in unsure if any(_in_a_row(words, group.candidates[0], n) for n in named)
    )
    if len(named) == 1:
        return Found(resolution, unsure=beside)
    named.sort(key=lambda s: s.start)
    row = sorted([*named, *(group.candidates[0] for group in beside)], key=lambda s: s.start)
    if all(listed_in_a_row(words, one, other) for one, other in itertools.pairwise(row)):
        # "big love, lab rats and the tomorrow people": the row goes on past which Lab Rats
        return Found(Match(named[0]), tuple(named[1:]), beside)
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
        if _marked(words, n) or points_at(words, n, frozenset(index.context(n.owner)))
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
        placed = [n for n in named if title_slot(words, n.start, n.end)]
        if len(placed) == 1:
            return Found(Match(placed[0]))  # "vanished without a trace ... does sleepy hollow"
    top = max(titled or named, key=lambda s: s.popularity)
    if top.popularity >= POPULAR and all(
        s.popularity * DOMINANT <= top.popularity for s in titled if s is not top
    ):
        return Found(Match(top))  # "plebs, what's it about? ancient rome comedy?"
    return Found(Ambiguous(tuple(named)))


def _in_a_row(words: list[str | None], one: Scored, other: Scored) -> bool:
    """`listing.listed_in_a_row`, whichever of the two comes first."""
    first, second = (one, other) if one.start < other.start else (other, one)
    return listed_in_a_row(words, first, second)


def _compared_to(words: Sequence[str | None], best: Scored) -> bool:
    """Whether the match is what another title is compared to ("x, is it like *y*"), where
    the words before "like" start the message with a title the base lacks."""
    if best.start < 2 or words[best.start - 1] != "like":
        return False
    before = list(words[: best.start - 1])
    while before and before[-1] in _ASKING_LIKE:
        before.pop()  # "is it", "is that", "sounds"
    return (
        bool(before)
        and before[0] is not None
        and content_word(before[0])
        and any(w is not None and content_word(w) and foreign(w) for w in before)
    )


_ASKING_LIKE = frozenset({"is", "was", "it", "its", "that", "this", "sounds", "sound", "kinda"})
"""Words before "like" that ask ("is it like", "sounds like"), no part of the title before."""


def _in_the_story(question: Question, scored: Scored) -> bool:
    """Whether a match stands outside the sentence that asks, in the story around it."""
    if question.asked is None:
        return False
    start, end = question.asked
    return not start <= scored.start < end


def _marked(words: list[str | None], scored: Scored) -> bool:
    """Whether the words after a title say what of the show is meant ("a preacher *marathon*",
    "lucifer *episodes*") or what show it is ("obsessed with mental, *that old fox hospital
    show*"): the marks of a title, which an everyday phrase lacks."""
    if scored.end < len(words) and words[scored.end] in BESIDE_TITLE:
        return True
    return described_after(words, scored.end)


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
    """Whether the match is named as the source of another show: "x reboot", "x spinoff", "x's
    sister show"; not when a year says which ("the 2009 v remake")."""
    if any(w is not None and len(w) == 4 and w.isdecimal() for w in words):
        return False
    if scored.end >= len(words) or words[scored.end] not in DERIVED:
        return False
    following = words[scored.end + 1] if scored.end + 1 < len(words) else None
    needed = _DERIVED_WITH.get(str(words[scored.end]))
    return needed is None or following in needed  # "sister *show*", not "sister julienne"


_DERIVED_WITH = {"sister": frozenset({"show", "series"}), "spin": frozenset({"off", "offs"})}
"""Derived words that name another show only with the word after them."""


def _a_later_copy(shows: Sequence[Show], best: Scored, judged: list[Scored]) -> bool:
    """Whether the match is the later of two shows with one title: "charlie's angels reboot w
    minka kelly" is the 2011 Charlie's Angels, the reboot of the 1976 one, and no other show."""
    premiered = shows[best.owner].premiered
    if premiered is None:
        return False
    return any(
        s.name == best.name
        and s.owner != best.owner
        and (earlier := shows[s.owner].premiered) is not None
        and earlier.year < premiered.year
        for s in judged
    )


def _a_part_of(
    index: NameIndex, scored: Scored, named: list[Scored], words: list[str | None]
) -> bool:
    """Whether a title found is the name of a character or an actor of another show found
    ("birds of prey, who played *harley quinn*")."""
    typed = {w for w in words[scored.start : scored.end] if w is not None}
    return any(other is not scored and typed <= set(index.context(other.owner)) for other in named)


def resolve_titles(
    index: NameIndex, shows: Sequence[Show], words: Sequence[str | None], text: str = ""
) -> Resolution:
    """The show the words name, judged: Match, Ambiguous (the bot asks), or NoMatch. `text` is
    the question as typed: initials written in capitals ("GoT") count where lower-case ones,
    being words ("got"), do not."""
    return decide(shows, judged_candidates(index, shows, words, text), words)

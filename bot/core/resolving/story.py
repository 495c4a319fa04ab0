"""The story around a question: a title in the chat before or after the sentence that asks is
not what is asked, and everyday words of the story are no title to tell about."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from bot.core.matching import verb_of_a_pronoun
from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS, Question
from bot.core.questions.vocabulary import WH_WORDS
from bot.core.results import CONFIDENT, SUGGEST, Scored
from bot.core.text import fold, visible

from .deciding import FAMOUS
from .words import (
    FRAMING,
    KINDS,
    TOKEN,
    capped,
    content_word,
    everyday_word,
    no_phrase_holds,
    overlap,
    rank_order,
)


def words_in_passing(words: Sequence[str | None], scored: Scored, text: str) -> bool:
    """Whether a match is an everyday word among other words of the message ("this bot is
    *broke*"), not a title written out alone ("friends") or with its article ("the office")."""
    start, end = scored.start, scored.end
    before = words[start - 1] if start > 0 else None
    opening = start - 1 if before == "the" else start  # "the office": the article is the title's
    typed = [w for w in words[start:end] if w is not None]
    rest = [
        w for position, w in enumerate(words) if w is not None and not opening <= position < end
    ]
    if not all(everyday_word(w) for w in typed):
        return False
    if not rest:
        # "encore!! 👏👏👏": a cheer, not a title asked about; "stranger things!!" is one
        return len(typed) == 1 and scored.popularity < FAMOUS and _exclaimed(text)
    if no_phrase_holds(typed):
        return False  # "sunny bunnies", "wwe mae young classic"
    if opening > 0 and words[opening - 1] in FRAMING:
        return False  # "my friend swears the riches only had one season": a title framed
    # "trust me this bot is broke", "my brother is dead to me after he spoiled it": a phrase of
    # everyday words among others, unless the asker wrote it as a title ("Trust Me")
    asking = not WH_WORDS.isdisjoint(rest)  # "... had like 10 seasons, how many were there"
    if len(typed) == 1 or _written_as_title(text, typed):
        return len(typed) == 1
    if len(typed) >= _WHOLE_TITLE:
        return False  # "ruler master of the mask is a historical kdrama right": a title
    return (len(typed) <= 3 and start == 0) or not asking  # "it's a sin how slow you are"


def _exclaimed(text: str) -> bool:
    """Whether a message cheers rather than asks: "!!" or an emoji, and no question mark."""
    return "?" not in text and ("!!" in text or any(unicodedata.category(c) == "So" for c in text))


def everyday_phrase(words: Sequence[str | None], scored: Scored, text: str) -> bool:
    """Whether a match is everyday words that no phrase list holds as a title, typed in lower
    case: "still a mystery", not "Trust Me" or "sunny bunnies"."""
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    return (
        bool(typed)
        and all(everyday_word(w) for w in typed)
        and not no_phrase_holds(typed)
        and not _written_as_title(text, typed)
    )


_WHOLE_TITLE = 5
"""Words from which a phrase written out as a title is one, whatever else the message says."""


def _written_as_title(text: str, typed: list[str]) -> bool:
    """Whether the words stand in the message with capitals ("Trust Me ..."), as titles are."""
    tokens = TOKEN.findall(visible(text))
    for at in range(len(tokens) - len(typed) + 1):
        run = tokens[at : at + len(typed)]
        if [fold(t) for t in run] == typed:
            return all(t[:1].isupper() for t in run if fold(t) not in FUNCTION_WORDS)
    return False


def in_the_question(judged: list[Scored], question: Question) -> list[Scored]:
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
    elif question.asked_marked and unknown_title(question.words[start:end]):
        demoted = [s for s in judged if not inside(s)]
    else:
        demoted = _but_the_last_named(judged, start)
        if not demoted:
            return judged
    kept = [capped(s, SUGGEST) if s in demoted else s for s in judged]
    kept.sort(key=rank_order)
    return kept


def _question_words(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether a match not written out is nothing but question words ("when did the final
    season *end*?", "how long are the *episodes*"): no title the question names in place of
    the story's, unless the index took it whole."""
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    if len(typed) == 1 and verb_of_a_pronoun(words, scored.start):
        return True  # "how many series did it *run*?"
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
    return [s for s in story if not overlap(s, last)]


def asked_words(question: Question, scored: Scored) -> list[str | None]:
    """The words of the question sentences when the match stands in them (the story around
    them set aside as breaks), else every word."""
    if question.asked is None:
        return list(question.words)
    start, end = question.asked
    if not start <= scored.start < end:
        return list(question.words)
    return [w if start <= i < end else None for i, w in enumerate(question.words)]


def outside(
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
            if words[end] in KINDS:  # "the aussie prison one": what it is, no title
                kept[start : end + 1] = [None] * (end + 1 - start)
                break
    return kept


def unknown_title(
    words: Sequence[str | None], rare: Callable[[str], bool] = lambda w: w not in COMMON_WORDS
) -> bool:
    """Whether the asked words hold a run of two or more words that are no question words,
    one of them a rare word: the name of a show the base lacks ("blue eye *samurai*"), not "is
    the show good"; or a rare word alone where a title goes, before a season ("*fallout*
    season 2 release date??")."""
    run: list[str] = []
    for position, word in enumerate([*words, None]):
        if word is not None and content_word(word):
            run.append(word)
            continue
        unusual = any(rare(w) for w in run)
        before_season = word is None and position == len(run) < len(words)
        if unusual and (len(run) >= 2 or before_season):
            return True
        run = []
    return False


def foreign(word: str) -> bool:
    """A word no English sentence uses: a name's ("h2o just add *wter*"), not "spilled perfume"
    nor a number or an ordinal ("for like the *4th* time")."""
    return not everyday_word(word) and not _COUNT.fullmatch(word)


_COUNT = re.compile(r"\d+(?:st|nd|rd|th)?")
"""A number or an ordinal: "1923", "4th"."""


def _titled_plainly(words: Sequence[str | None], scored: Scored) -> bool:
    """Whether words read as a title even without a question mark around them: "the order"
    with its article, several words ("dead set"), or a word that is not everyday English; not
    "did that show even *run*"."""
    if scored.start > 0 and words[scored.start - 1] == "the":
        return True
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    return len(typed) > 1 or not all(everyday_word(w) for w in typed)


def a_word(scored: Scored) -> bool:
    """An everyday word taken as a title ("awkward"), which a title named elsewhere outweighs;
    "cobra kai" is a name even if both its words are words."""
    return scored.everyday and " " not in scored.name

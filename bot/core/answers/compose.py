"""One question about one show, answered: the topic picks the answer, the source that backs that
fact is cited, and a single fact stays short."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.answers import dates, facts, people
from bot.core.answers.card import card_text, key_facts, reasons_text
from bot.core.answers.model import Answer, Context
from bot.core.answers.status import Said, status_answer
from bot.core.answers.wording import FACT_CHARS, within
from bot.core.models import Show
from bot.core.questions import Predicate, Question, Topic
from bot.core.questions.vocabulary import CUE_WORDS, WH_WORDS
from bot.core.text import fold

_BACKED_BY = {
    Topic.STATUS: ("status",),
    Topic.RELEASE: ("release", "status"),
    Topic.PREMIERE: ("premiere",),
    Topic.FINALE: ("finale", "status"),
    Topic.CAST: ("cast",),
    Topic.CHARACTER: ("cast",),
    Topic.ROLE: ("cast",),
    Topic.REASONS: ("reasons", "status"),
    Topic.CARD: ("status",),
    Topic.SEASONS: ("seasons",),
    Topic.EPISODES: ("episodes", "seasons"),
    Topic.RUNTIME: ("runtime",),
    Topic.CREATORS: ("creators", "summary"),
    Topic.NETWORK: ("network",),
    Topic.RATINGS: ("reception",),
    Topic.RECEPTION: ("reception", "viewership"),
    Topic.VIEWERSHIP: ("viewership",),
    Topic.COMPANIES: ("companies",),
    Topic.SUMMARY: ("summary",),
    Topic.ENDING: ("outlook", "status"),
    Topic.GENRE: ("genres",),
    Topic.OUTLOOK: ("outlook",),
}
"""Which facts each topic states, for `Show.source_for`."""
_LONG = frozenset({Topic.CARD, Topic.REASONS, Topic.CAST})
"""Topics whose answer is more than one fact (the card, the list of reasons, the cast)."""


def answer(show: Show, question: Question, season: int | None, ctx: Context) -> Answer:
    """The answer about `show` to `question` (whose season, if any, is `season`)."""
    topic = question.topic
    if topic in (Topic.PERSON, Topic.HELP):
        topic = Topic.STATUS
    said, topic = _say(show, question, topic, season, ctx)
    if said.verdict is None and _opens_as_a_verdict(said.text):
        # "No Ordinary Family ended ...", said to "is it cancelled?", reads as a "no"
        said = Said("The show " + said.text)
    text = said.text if topic in _LONG else within(said.text, FACT_CHARS)
    backing = _BACKED_BY.get(topic, ("status",))
    if season is not None:
        backing = (f"season {season}", *backing)
    source = show.source_for(*backing)
    return Answer(
        topic=topic,
        text=text,
        show=show,
        season=season,
        facts=key_facts(show, ctx, full=topic is Topic.CARD),
        # when nobody checked the entry as a whole (an import), the fact is as old as the
        # data it comes from
        as_of=show.updated or (source.published if source is not None else None),
        source=source,
        title=show.title,
        verdict=said.verdict,
    )


def _opens_as_a_verdict(text: str) -> bool:
    """Whether an answer with no yes or no opens with a title's "Yes" or "No" ("No Ordinary
    Family", "Yes, Minister"), which a reader would take for one."""
    return bool(_VERDICT_WORD.match(text))


_VERDICT_WORD = re.compile(r"(?:yes|no)\b(?!:)", re.IGNORECASE)


def _say(
    show: Show, question: Question, topic: Topic, season: int | None, ctx: Context
) -> tuple[Said, Topic]:
    yes_no = question.predicate is not None and not question.either_or
    if topic in (Topic.STATUS, Topic.CAST) and question.predicate is None and not question.wh:
        start, end = question.asked or (0, len(question.words))
        asked = question.words[start:end]
        # "suranne jones is in doctor foster right? *who else* is in it" asks for the cast
        member = None if WH_WORDS.intersection(asked) else people.in_the_cast(show, asked)
        if member is not None:
            return member, Topic.CAST  # "is oprah actually in greenleaf??"
    if topic is Topic.STATUS:
        predicate = None if question.either_or else question.predicate
        return status_answer(show, season, predicate, ctx, wh=question.wh or question.either_or), (
            topic
        )
    if topic is Topic.RELEASE:
        released = yes_no and question.predicate is Predicate.RELEASED
        return dates.release_answer(show, season, ctx, yes_no=released), topic
    if topic in (Topic.CAST, Topic.CHARACTER) and question.wh:
        part = people.role_answer(show, question.words)
        if part is not None:  # "who hosts the director's chair": the cast member, as asked
            return part, topic
    if topic in (Topic.CHARACTER, Topic.ROLE):
        return people.who_answer(
            show, question.words, ctx, character_first=topic is Topic.CHARACTER
        )
    if topic is Topic.NETWORK:
        on_network = yes_no and question.predicate is Predicate.ON_NETWORK
        return facts.network_answer(show, question.network, yes_no=on_network), topic
    if topic is Topic.RECEPTION or (yes_no and question.predicate is Predicate.WELL_RECEIVED):
        # "is it worth my time, what's the score on it": the verdict with the scores
        verdict = yes_no and question.predicate is Predicate.WELL_RECEIVED
        return facts.reception_answer(show, yes_no=verdict), topic
    if topic is Topic.RATINGS:
        return facts.ratings_answer(show, question.words), topic
    if topic is Topic.EPISODES:
        return facts.episodes_answer(show, season), topic
    if topic is Topic.GENRE:
        # the question's own sentence: "is monstrous a mystery? the korean one, not ..."
        start, end = question.asked or (0, len(question.words))
        said = [w for w in question.words[start:end] if w is not None]
        # "is it a horror?", "vamos juan is a comedy right?"; not "x documentary genre?"
        asking = WH_WORDS.intersection(facts.without_you_know_what(said)) - set(
            fold(show.title).split()
        )
        # "x genre, is it just action": the genre is asked; the rest only guesses at it
        asking |= _GENRE_ASKED.intersection(said)
        whether = (
            not question.wh
            and not asking
            and (
                not _ASKS_WHETHER.isdisjoint(said)
                or facts.calls_it_a_genre(said)
                or facts.ends_on_a_genre(said)
            )
        )
        guess = () if whether else facts.genre_guessed(question.text)
        if guess:  # "what genre is annika, crime?": the guess is asked to confirm
            return facts.genre_answer(show, guess, yes_no=True), topic
        return facts.genre_answer(show, tuple(said), yes_no=whether), topic
    if topic is Topic.FINALE and yes_no:
        return dates.finale_answer(show, ctx, year=_year(question)), topic
    if topic is Topic.CREATORS:
        return facts.creators_answer(show, () if question.wh else _asked_words(question)), topic
    if topic is Topic.SUMMARY:
        asked = () if question.wh else _asked_words(question)
        return facts.summary_answer(show, asked), topic
    if topic is Topic.RUNTIME and not question.wh and WH_WORDS.isdisjoint(question.words):
        # "episodes of happy days are like 30 min each right": the length to confirm
        return facts.runtime_answer(show, facts.minutes_claimed(question.words)), topic
    if topic is Topic.SEASONS and not question.wh and WH_WORDS.isdisjoint(question.words):
        claim = facts.seasons_claimed(question.words)
        if claim is not None:  # "wipeout had seven seasons right?", "did it go past one season"
            return facts.seasons_confirmed(show, ctx, claim), topic
    build = _SIMPLE.get(topic)
    if build is not None:
        return build(show, season, ctx), topic
    return Said(card_text(show, ctx)), Topic.CARD


def _asked_words(question: Question) -> tuple[str, ...]:
    """The words a yes/no question asks to confirm ("is the league about *fantasy football*"):
    no question words, no cue words; empty for a question that is no yes/no one."""
    said = [w for w in question.words if w is not None]
    if _ASKS_WHETHER.isdisjoint(said[:3]) or not WH_WORDS.isdisjoint(said):
        return ()
    return tuple(w for w in question.content_words if w not in CUE_WORDS and not w.isdecimal())


def _year(question: Question) -> int | None:
    """The year a yes/no question names ("did it end in 2020"), if any."""
    years = [int(w) for w in question.words if w and w.isdecimal() and len(w) == 4]
    return next((y for y in years if 1900 <= y <= 2100), None)


_GENRE_ASKED = frozenset({"genre", "genres"})
_ASKS_WHETHER = frozenset({"is", "was", "are", "were", "does", "did", "do"})


_SIMPLE: dict[Topic, Callable[[Show, int | None, Context], Said]] = {
    Topic.PREMIERE: lambda show, season, ctx: dates.premiere_answer(show, season, ctx),
    Topic.FINALE: lambda show, season, ctx: dates.finale_answer(show, ctx),
    Topic.CAST: lambda show, season, ctx: people.cast_answer(show, ctx),
    Topic.REASONS: lambda show, season, ctx: Said(reasons_text(show, ctx)),
    Topic.SEASONS: lambda show, season, ctx: facts.seasons_answer(show, ctx),
    Topic.RUNTIME: lambda show, season, ctx: facts.runtime_answer(show),
    Topic.COMPANIES: lambda show, season, ctx: facts.companies_answer(show),
    Topic.FILMING: lambda show, season, ctx: facts.filming_answer(show),
    Topic.VIEWERSHIP: lambda show, season, ctx: facts.viewership_answer(show),
    Topic.ENDING: lambda show, season, ctx: facts.ending_answer(show, ctx),
    Topic.OUTLOOK: lambda show, season, ctx: facts.outlook_answer(show, ctx),
}

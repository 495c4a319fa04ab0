"""The one object the shells (CLI, Discord) talk to.

It owns the current snapshot and swaps in a new one only after a reload has built and validated
it completely; readers never see a half-built base. Everything it returns is an `Answer`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core.answers import (
    Answer,
    Context,
    DateFormat,
    Suggestion,
    answer,
    iso_date,
    person_answer,
)
from bot.core.answers.facts import same_network
from bot.core.answers.people import character_answer
from bot.core.answers.standing import season_asked
from bot.core.answers.status import Said
from bot.core.character_lookup import Played, find_character
from bot.core.collector import FrozenGrowth
from bot.core.knowledge import Changes, FileCache, KnowledgeError, load_knowledge
from bot.core.matching import NameIndex
from bot.core.models import Show
from bot.core.questions import (
    FUNCTION_WORDS,
    Predicate,
    Question,
    Topic,
    beside_title,
    parse_question,
)
from bot.core.resolving import find_shows, resolve_titles
from bot.core.results import POPULAR, SUGGEST, Ambiguous, Match, NoMatch, Resolution, Scored
from bot.core.retirement import retire
from bot.core.schema import FileResult, Problem
from bot.core.serving import Generation, Served
from bot.core.snapshot import Person, Snapshot
from bot.core.startcache import StartCache
from bot.core.text import fold

log = logging.getLogger(__name__)

_PEOPLE_ANCHORS = 3
"""Words of people's names around which a question is searched for a person."""

EXAMPLES = (
    "will there be a season 2 of {}?",
    "when does the next season of {} come out?",
    "what is the cast of {} doing now?",
    "how many episodes does {} have?",
)
"""Help examples, filled in with the most popular shows of the loaded base."""


RETIRE_WAIT = 30.0
"""Seconds a replaced snapshot waits for its last reader before it is left to be freed whole."""


class UnknownShow(KeyError):
    """A show id that the current snapshot does not hold (e.g. removed by a reload)."""


@dataclass(frozen=True, slots=True)
class ReloadReport:
    """What a reload did, for the admin who asked for it."""

    ok: bool
    shows: int
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    seconds: float = 0.0

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)


class MissLog:
    """Titles people asked about that matched no show, so admins know what to add."""

    def __init__(self, capacity: int = 5000) -> None:
        self._counts: Counter[str] = Counter()
        self._capacity = capacity
        self._lock = threading.Lock()

    def record(self, title: str) -> None:
        with self._lock:
            self._counts[title] += 1
            if len(self._counts) > self._capacity:
                for rare, _ in self._counts.most_common()[-(self._capacity // 10) :]:
                    del self._counts[rare]

    def top(self, limit: int = 10) -> list[tuple[str, int]]:
        with self._lock:
            return self._counts.most_common(limit)

    def __len__(self) -> int:
        return len(self._counts)


class Engine:
    """Answers questions from the current knowledge snapshot."""

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        knowledge_dir: Path | None = None,
        clock: Callable[[], dt.date] = dt.date.today,
        cache: FileCache | None = None,
    ) -> None:
        self._served = Served(snapshot)
        self.knowledge_dir = knowledge_dir or snapshot.root
        self._clock = clock
        self._cache = cache or FileCache()
        self._reload_lock = threading.Lock()
        self._background: list[threading.Thread] = []
        """Threads retiring replaced snapshots or writing the start cache."""
        self._frozen = FrozenGrowth()
        self.misses = MissLog()

    @classmethod
    def from_directory(
        cls,
        root: Path,
        *,
        clock: Callable[[], dt.date] = dt.date.today,
        start_cache: StartCache | None = None,
    ) -> Engine:
        """Load `root`; raises KnowledgeError listing every error when it is not valid.

        With a `start_cache`, a base stored by an earlier start from the very same files is
        read back instead of built; after a load from the files, the base is stored there in
        the background (`wait_for_cleanup` waits for it), ready for the next start."""
        cache = FileCache()
        snapshot = start_cache.load(root, cache) if start_cache is not None else None
        if snapshot is not None:
            return cls(snapshot, knowledge_dir=root, clock=clock, cache=cache)
        result = load_knowledge(root, cache)
        if result.snapshot is None:
            raise KnowledgeError(
                f"the knowledge base in {root} has {len(result.errors)} error(s)", result.errors
            )
        engine = cls(result.snapshot, knowledge_dir=root, clock=clock, cache=cache)
        if start_cache is not None:
            engine._store_later(start_cache, result.snapshot, cache.known())
        return engine

    @property
    def snapshot(self) -> Snapshot:
        """The snapshot served now, for a glance in tests. It may be taken apart once a reload
        replaces it: code that reads it uses `reading()`, a count uses `show_count`."""
        return self._served.current

    @property
    def show_count(self) -> int:
        """How many shows the current snapshot holds, read under a lease: a bare `snapshot`
        read could meet one that a reload is taking apart."""
        with self._served.lease() as snapshot:
            return len(snapshot.shows)

    def reading(self) -> contextlib.AbstractContextManager[Snapshot]:
        """A lease on the current snapshot: it stays whole until the `with` block ends, and a
        reload meanwhile does not change what the block reads."""
        return self._served.lease()

    def help(self) -> Answer:
        """What the bot can do, with examples naming shows of the current base."""
        with self._served.lease() as snapshot:
            return help_answer(snapshot)

    # -- questions --------------------------------------------------------------------------

    def ask(self, text: str, *, fmt: DateFormat = iso_date) -> Answer:
        """Answer a free-form question; raises QuestionTooLong for over-long input."""
        question = parse_question(text)
        with self._served.lease() as snapshot:
            return self._ask(snapshot, question, fmt)

    def _ask(self, snapshot: Snapshot, question: Question, fmt: DateFormat) -> Answer:
        context = Context(today=self._clock(), fmt=fmt)
        if question.topic is Topic.HELP:
            titled = _titled(snapshot, question)
            if titled is None:
                return help_answer(snapshot)
            return answer(titled, question.about(Topic.STATUS), None, context)
        found = find_shows(snapshot.titles, snapshot.shows, question)
        shows = found.resolution
        people = _people_named(snapshot, question, shows)
        if isinstance(shows, Match) and not found.others:
            starring = _starring(snapshot, question, shows.best)
            if starring is not None:
                # "the new matlock with kathy bates": she is not in this Matlock; in another
                # of that name, that one is meant, else one the base lacks (a suggestion)
                namesake = _namesake_of(snapshot, shows.best, starring)
                if namesake is None:
                    return self._not_starring(snapshot, question, shows.best, starring)
                shows = Match(namesake)
                found = dataclasses.replace(found, resolution=shows)
        if people is not None and not isinstance(shows, Match):
            # "who does chris rock play in fargo": the title, once the name is set aside
            aside = _without(question, people.best)
            retried = find_shows(snapshot.titles, snapshot.shows, aside)
            if isinstance(retried.resolution, Match) and not retried.resolution.best.everyday:
                # not an everyday word left beside the name: "the sterling k brown *one*"
                found, shows = retried, retried.resolution
            elif question.topic is not Topic.PERSON:
                shows = _confirmed_by_person(snapshot, aside, people) or shows
        if isinstance(shows, Ambiguous) and people is not None:
            shows = _narrow_by_person(snapshot, shows, people)
        if question.topic is Topic.CHARACTER and not isinstance(shows, Match):
            # "who plays nucky thompson": no show named, the character may settle it; beside
            # titles that are equally good, only a character that settles the show counts
            played = find_character(snapshot, question)
            if isinstance(played, Played):
                return character_answer(played.show, played.character, played.actors, context)
            if isinstance(played, Ambiguous) and isinstance(shows, NoMatch):
                return self._which_one(snapshot, question, played)
            if isinstance(played, NoMatch) and isinstance(shows, NoMatch):
                return self._unknown(snapshot, question, played)
        person = _person(snapshot, question, shows, people)
        if person is not None:
            return person_answer(
                person.name,
                [(snapshot.by_id[show_id], role) for show_id, role in person.roles],
                [work.describe() for work in person.next],
                context,
            )
        if isinstance(shows, Match) and question.ends_asking_for_pick:
            return help_answer(snapshot)  # "finished not going out tonight, what should i watch"
        if isinstance(shows, Match):
            question = beside_title(question, shows.best.start, shows.best.end)
            main = _about(snapshot.shows[shows.best.owner], question, shows.best, context)
            others = tuple(
                _about(snapshot.shows[other.owner], question, other, context)
                for other in found.others
            )
            # "when did outcast and the tomorrow people end": which Outcast, in the same reply
            asked_back = tuple(self._which_one(snapshot, question, group) for group in found.unsure)
            if not others:
                return dataclasses.replace(main, also=asked_back) if asked_back else main
            compared = _compared(snapshot, question, shows.best, found.others)
            if compared is not None:  # "were smallville and supergirl on the same channel"
                main = dataclasses.replace(main, text=compared.text, verdict=compared.verdict)
            return dataclasses.replace(main, also=others + asked_back)
        if people is not None and _without(question, people.best).content_words:
            question = _without(question, people.best)  # not "a show called “seth rogen”"
        if isinstance(shows, Ambiguous):
            best = shows.candidates[0]
            if _chatting(question, [(best.start, best.end)]):
                return help_answer(snapshot)  # "sorry i ghosted everyone, life has been a lot"
            question = beside_title(question, best.start, best.end)
            return self._which_one(snapshot, question, shows)
        return self._unknown(snapshot, question, shows)

    def answer_for(
        self, show_id: str, topic: Topic, season: int | None = None, *, fmt: DateFormat = iso_date
    ) -> Answer:
        """The answer about a show picked by id (slash commands, "did you mean" buttons)."""
        with self._served.lease() as snapshot:
            show = snapshot.by_id.get(show_id)
            if show is None:
                raise UnknownShow(show_id)
            question = Question(text=show.title, words=(), topic=topic, season=season)
            return answer(show, question, season, Context(today=self._clock(), fmt=fmt))

    def answer_about(
        self, show: str, topic: Topic, season: int | None = None, *, fmt: DateFormat = iso_date
    ) -> Answer:
        """The answer for a show named by id or typed title (slash commands' `show` option)."""
        question = parse_question(show).about(topic)
        question = dataclasses.replace(question, season=season)
        with self._served.lease() as snapshot:
            return self._answer_found(snapshot, show, question, fmt)

    def _answer_found(
        self, snapshot: Snapshot, show: str, question: Question, fmt: DateFormat
    ) -> Answer:
        season = question.season
        found = _find(snapshot, show, question)
        if isinstance(found, Match):
            shown = snapshot.shows[found.best.owner]
            return answer(shown, question, season, Context(today=self._clock(), fmt=fmt))
        if isinstance(found, Ambiguous):
            return self._which_one(snapshot, question, found)
        return self._unknown(snapshot, question, found, typed_as_title=True)

    def autocomplete(self, typed: str, limit: int = 25) -> list[Suggestion]:
        """Shows whose names fit what the user has typed so far, labelled to tell apart."""
        with self._served.lease() as snapshot:
            owners = snapshot.titles.complete(typed[:100], limit)
            return [
                Suggestion(snapshot.shows[o].id, snapshot.show_label(snapshot.shows[o])[:100])
                for o in owners
            ]

    # -- reloading --------------------------------------------------------------------------

    def reload(self) -> ReloadReport:
        """Re-read the knowledge directory; swap it in only when valid. Blocking: run it in a
        worker thread. Concurrent calls run one after the other, never interleaved."""
        with self._reload_lock:
            current = self._served.current  # only a reload swaps it, and this one holds the lock
            started = time.perf_counter()
            try:
                result = load_knowledge(self.knowledge_dir, self._cache, current)
            except KnowledgeError as exc:
                problem = Problem(str(self.knowledge_dir), 1, "file", str(exc))
                return ReloadReport(False, len(current.shows), problems=(problem,))
            seconds = time.perf_counter() - started
            if result.snapshot is None:
                log.warning("reload rejected: %d error(s)", len(result.errors))
                return ReloadReport(
                    False, len(current.shows), problems=result.problems, seconds=seconds
                )
            fresh = result.snapshot
            changes = result.changes or Changes()
            report = ReloadReport(
                True,
                len(fresh.shows),
                added=changes.added,
                changed=changes.changed,
                removed=changes.removed,
                problems=result.problems,
                seconds=seconds,
            )
            del result, current
            self._retire_later(
                self._served.swap(fresh),
                keep=(fresh.titles, fresh.people_index, fresh.character_index),
            )
            return report

    def wait_for_cleanup(self, timeout: float | None = None) -> None:
        """Wait until the snapshots that reloads replaced are freed and the start cache is
        written. The bot never needs to; tests and the benchmark do, to measure the event loop
        and memory until then."""
        for thread in list(self._background):
            thread.join(timeout)

    def _store_later(
        self,
        start_cache: StartCache,
        snapshot: Snapshot,
        known: list[tuple[Path, bytes, FileResult]],
    ) -> None:
        """Write the start cache in the background, in frames of a few milliseconds each: the
        bot connects to Discord and answers meanwhile."""
        thread = threading.Thread(
            target=self._store,
            args=(start_cache, snapshot, known),
            name="showbot-start-cache",
            daemon=True,
        )
        self._background = [t for t in self._background if t.is_alive()] + [thread]
        thread.start()

    def _store(
        self,
        start_cache: StartCache,
        snapshot: Snapshot,
        known: list[tuple[Path, bytes, FileResult]],
    ) -> None:
        with self._served.lease() as current:
            if current is not snapshot:
                return  # a reload replaced it already; the next start loads the files
            try:
                start_cache.save(self.knowledge_dir, current, known)
            except Exception:  # a cache is never worth a crash
                log.warning("start cache not written", exc_info=True)

    def _retire_later(self, replaced: Generation, keep: tuple[NameIndex, ...]) -> None:
        """Take the replaced snapshot apart in the background, once the last question reading
        it is answered: the admin's reply need not wait for it."""
        thread = threading.Thread(
            target=self._retire, args=(replaced, keep), name="showbot-retire", daemon=True
        )
        self._background = [t for t in self._background if t.is_alive()] + [thread]
        thread.start()

    def _retire(self, replaced: Generation, keep: tuple[NameIndex, ...]) -> None:
        if not self._served.wait_unread(replaced, timeout=RETIRE_WAIT):
            # A lease held this long is a bug elsewhere; the snapshot is then freed by reference
            # counting when that lease ends, in one piece, rather than taken apart under it.
            log.warning("a replaced snapshot is still read after %.0fs", RETIRE_WAIT)
            return
        snapshot = replaced.snapshot
        del replaced.snapshot
        retire(snapshot, keep)
        del snapshot
        self._frozen.check()

    # -- helpers ----------------------------------------------------------------------------

    def _which_one(self, snapshot: Snapshot, question: Question, found: Ambiguous) -> Answer:
        choices = tuple(_suggestion(snapshot, s) for s in found.candidates)
        listed = " or ".join(c.label for c in choices)
        return Answer(
            topic=question.topic,
            text=f"Which one do you mean: {listed}?",
            season=question.season,
            suggestions=choices,
            ambiguous=True,
        )

    def _not_starring(
        self, snapshot: Snapshot, question: Question, best: Scored, person: Person
    ) -> Answer:
        """The show the question names by a star it lacks: the one the base has is only a
        suggestion, and the show meant is recorded as missing."""
        show = snapshot.shows[best.owner]
        asked = f"{show.title} with {person.name}"
        self.misses.record(asked[:60])
        choice = _suggestion(snapshot, best)
        return Answer(
            topic=question.topic,
            text=(
                f"I don't know a {show.title} with {person.name} yet: {person.name} is not "
                f"in the cast of {choice.label}, the one I know. Did you mean that one?"
            ),
            season=question.season,
            suggestions=(choice,),
            missed=asked[:60],
        )

    def _unknown(
        self,
        snapshot: Snapshot,
        question: Question,
        found: NoMatch,
        *,
        typed_as_title: bool = False,
    ) -> Answer:
        content = question.content_words
        spans = [(s.start, s.end) for s in found.suggestions]
        chat = not typed_as_title and _chatting(question, spans)
        if not content or chat:
            # Only question words ("yo bot", "lol", "what can you do"): whatever titles come
            # close, the person wants to know what the bot does; or chat that asks nothing and
            # names no show ("stuck in traffic someone entertain me pls").
            return help_answer(snapshot)
        choices = tuple(_suggestion(snapshot, s) for s in found.suggestions)
        if found.suggestions and _typed_whole(found.suggestions[0]):
            # "my mom loved a suitable boy, did it do well tho": the title is in the message,
            # only whether its words are meant as one is unsure. Quoting the leftover words
            # as a title nobody typed would mislead, and they are no show to add.
            first, *others = (c.label for c in choices)
            text = f"Do you mean the show {first}" + "".join(f" or {o}" for o in others) + "?"
            return Answer(
                topic=question.topic, text=text, season=question.season, suggestions=choices
            )
        asked = " ".join(content)[:60] or question.text.strip()[:60]
        self.misses.record(asked)
        text = f"I don't know a show called “{asked}” yet."
        if choices:
            text += " Did you mean " + " or ".join(c.label for c in choices) + "?"
        return Answer(
            topic=question.topic,
            text=text,
            season=question.season,
            suggestions=choices,
            missed=asked,
        )


def _typed_whole(scored: Scored) -> bool:
    """Whether a suggestion's name of two words or more is in the question word for word
    (`exact`; its similarity may have been capped since, for the sentence around it)."""
    return scored.exact and " " in scored.name


def _chatting(question: Question, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a message that names no show for sure is chat, which gets help rather than
    "did you mean": a request for a pick, or a message that asks nothing about a show and
    whose near titles are not most of it ("the haunting of bly manner" is a title mistyped,
    "good morning friends" chat), or are only part of it beside small talk ("good morning
    *friends* ☀️", "that finale *broke* me ngl")."""
    if question.asks_for_pick or question.about_the_bot:
        return True
    if not question.chats:
        return False
    widest = max(spans, key=lambda span: span[1] - span[0], default=(0, 0))
    inside = sum(
        w not in FUNCTION_WORDS for w in question.words[widest[0] : widest[1]] if w is not None
    )
    outside = len(question.content_words) - inside
    said = sum(w is not None for w in question.words)
    typed = sum(w is not None for w in question.words[widest[0] : widest[1]])
    # "the end of the semester is killing me": a statement of many words around a near title
    # of few is what someone says, not a title mistyped
    long_around = said - typed >= max(2 * typed, 4)
    return outside > inside or (outside > 0 and (long_around or question.chat_beside(*widest)))


def _compared(
    snapshot: Snapshot, question: Question, best: Scored, others: Sequence[Scored]
) -> Said | None:
    """One answer about several shows together, when the question compares them."""
    if question.topic is Topic.NETWORK and "same" in question.words:
        return same_network([snapshot.shows[s.owner] for s in (best, *others)])
    return None


def _people_named(snapshot: Snapshot, question: Question, shows: Resolution) -> Match | None:
    """The person the question names, looked up only when it may matter: not for a clear show
    match unless a person is asked about, and not when no word of the question outside the
    title is in anyone's name (the common case, which skips a second index lookup)."""
    if isinstance(shows, Match) and not question.asks_about_person:
        return None
    words = list(question.words)
    if isinstance(shows, Match | Ambiguous) and question.topic is not Topic.PERSON:
        # The title's own words name the show, not a person ("one piece", "the office"); but
        # "what else has neil patrick harris been in" asks about the person a title holds
        found = shows.best if isinstance(shows, Match) else shows.candidates[0]
        words[found.start : found.end] = [None] * (found.end - found.start)
    index = snapshot.people_index
    anchors = sorted(
        (index.frequency(w), i)
        for i, w in enumerate(words)
        if w is not None and w not in FUNCTION_WORDS and index.frequency(w)
    )[:_PEOPLE_ANCHORS]
    if not anchors:
        return None
    # Only the stretches around the rarest words of someone's name (a typo next to one too)
    # can name them; a rambling question is not searched whole a second time.
    near = {i + offset for _, i in anchors for offset in (-1, 0, 1)}
    people = index.resolve([w if i in near else None for i, w in enumerate(words)])
    return people if isinstance(people, Match) else None


def _starring(snapshot: Snapshot, question: Question, best: Scored) -> Person | None:
    """A person the question says the show stars ("x *with* kathy bates", "x *starring* ...")
    who is not in its cast, when its cast is known: the show meant is another."""
    words = list(question.words)
    at = [i for i, w in enumerate(words) if w in _STARRING and not best.start <= i < best.end]
    if not at or not snapshot.shows[best.owner].cast:
        return None
    index = snapshot.people_index
    near = {i + offset for i in at for offset in (1, 2, 3)}
    people = index.resolve([w if i in near else None for i, w in enumerate(words)])
    if not isinstance(people, Match) or people.best.start - 1 not in at:
        return None
    person = snapshot.people[people.best.owner]
    show_id = snapshot.shows[best.owner].id
    if any(show_id == credited for credited, _ in person.roles):
        return None
    return person


def _namesake_of(snapshot: Snapshot, best: Scored, person: Person) -> Scored | None:
    """The show of the match's title in which the person is credited, if there is one."""
    title = fold(snapshot.shows[best.owner].title)
    for show_id, _ in person.roles:
        if fold(snapshot.by_id[show_id].title) == title:
            return dataclasses.replace(best, owner=snapshot.positions[show_id])
    return None


_STARRING = frozenset({"with", "w", "starring", "ft", "feat"})
"""Words after which a name is someone the show stars."""


_ABOUT_THE_SHOW = frozenset({Topic.ROLE, Topic.CHARACTER, Topic.CAST})


def _person(
    snapshot: Snapshot, question: Question, shows: Resolution, people: Match | None
) -> Person | None:
    """The person to answer about instead of a show, if any: when no show is named, or the
    question asks what else they did; never for "who does X play in Y" (the show answers)."""
    if people is None:
        return None
    person = snapshot.people[people.best.owner]
    if not isinstance(shows, Match):
        # "is the studio with seth rogen renewed": a show the base lacks, named by its star;
        # "what else has seth rogen been in", "seth rogen shows" ask about the person
        return None if _asks_a_shows_fact(question) else person
    named, title = people.best, shows.best
    if title.start <= named.start and named.end <= title.end and question.topic is not Topic.PERSON:
        # the name is part of the title: "real time with bill maher"; but "what else has neil
        # patrick harris been in" asks about him, not "Best Time Ever with Neil Patrick Harris"
        return None
    if question.topic in _ABOUT_THE_SHOW:
        return None
    if question.topic is Topic.PERSON:
        return person
    show_id = snapshot.shows[title.owner].id
    credited = any(show_id == credited_id for credited_id, _ in person.roles)
    if credited or title.rank >= named.rank:
        return None
    return person


_PEOPLES_TOPICS = frozenset({Topic.PERSON, Topic.ROLE, Topic.CHARACTER, Topic.CARD, Topic.HELP})
"""Topics a question naming only a person asks about them ("who does X play", "info on X")."""


def _asks_a_shows_fact(question: Question) -> bool:
    """Whether the question asks a fact only a show has (renewed? how many episodes? the cast,
    the ending), so that a person named in it only tells which show is meant."""
    if question.asks_about_person:
        return False  # "tom kane voice actor other stuff hes in"
    if question.topic is Topic.STATUS:
        if question.predicate is Predicate.RENEWED and "renew" not in question.text.lower():
            return question.season is not None  # "henry cavill new series": his, not a show's
        return question.predicate is not None or question.season is not None
    return question.topic not in _PEOPLES_TOPICS


def _without(question: Question, named: Scored) -> Question:
    """The question with a person's name set aside (a break no title may span)."""
    words = list(question.words)
    words[named.start : named.end] = [None] * (named.end - named.start)
    return dataclasses.replace(question, words=tuple(words))


def _narrow_by_person(snapshot: Snapshot, found: Ambiguous, people: Match) -> Resolution:
    """'the office with steve carell': a cast member picks one of several same-titled shows."""
    credited = {show_id for show_id, _ in snapshot.people[people.best.owner].roles}
    picked = [c for c in found.candidates if snapshot.shows[c.owner].id in credited]
    return Match(picked[0]) if len(picked) == 1 else found


def _confirmed_by_person(snapshot: Snapshot, aside: Question, people: Match) -> Match | None:
    """'start up with adam brody, how many seasons': a title the bot is unsure of, when the
    one show among its candidates that credits the person named beside it."""
    credited = {show_id for show_id, _ in snapshot.people[people.best.owner].roles}
    fitting = [
        scored
        for scored in snapshot.titles.rank(aside.words, limit=20)
        if scored.similarity >= SUGGEST and snapshot.shows[scored.owner].id in credited
    ]
    return Match(fitting[0]) if len({s.owner for s in fitting}) == 1 else None


def _trailing_season(question: Question, matched: Scored) -> int | None:
    """'cobra kai 6', 'the imperfects 2': a small number right after the title is a season."""
    words = question.words
    if matched.end < len(words):
        word = words[matched.end]
        if (
            word is not None
            and word.isdecimal()
            and word.isascii()
            and 1 <= int(word) <= 40
            and word not in matched.name
        ):
            return int(word)
    return None


def help_answer(snapshot: Snapshot) -> Answer:
    """What the bot does, with examples about shows it knows."""
    popular = [snapshot.shows[o].title for o in snapshot.titles.most_popular(len(EXAMPLES))]
    titles = popular + ["The Imperfects"] * (len(EXAMPLES) - len(popular))
    examples = "; ".join(f"“{e.format(t)}”" for e, t in zip(EXAMPLES, titles, strict=True))
    return Answer(
        topic=Topic.HELP,
        text=f"Ask me about a TV show ({len(snapshot.shows)} in my notes), for example: {examples}",
    )


def _titled(snapshot: Snapshot, question: Question) -> Show | None:
    """The show a bit of small talk is exactly the title of ("You"), when it is popular
    enough for a message of its bare title to mean it."""
    if not question.small_talk:
        return None
    said = " ".join(w for w in question.words if w is not None)
    if len(said) < 2:
        return None  # "w", "l": a win or a loss in chat, whatever show a letter names
    named = snapshot.titles.named(said)
    if not named:
        return None
    show = snapshot.shows[named[0]]
    return show if show.popularity >= POPULAR else None


_NAMED_BY_TITLE = frozenset({Topic.CHARACTER, Topic.ROLE})


def _about(show: Show, question: Question, matched: Scored, context: Context) -> Answer:
    """The answer about one matched show, its season read as that show numbers them."""
    number = question.season or _trailing_season(question, matched)
    # the answer reads what the question says of the show, not the title's own words ("is
    # the one and *only* a romance" asks no "only"); but a title may name the character
    # asked about ("who plays *kimmy schmidt*")
    said = question if question.topic in _NAMED_BY_TITLE else _without(question, matched)
    if question.asks_nothing and not said.content_words:
        # "stranger things": a title alone asks where the show stands, not a yes or no
        said = dataclasses.replace(said, wh=True)
    return answer(show, said, season_asked(show, number, question.season_ref), context)


def _find(snapshot: Snapshot, text: str, question: Question) -> Resolution:
    """A slash command's `show` option: an id (what autocomplete sends) or a typed title."""
    index = snapshot.positions.get(text.strip())
    if index is not None:
        show = snapshot.shows[index]
        return Match(Scored(index, 100.0, 100.0, show.popularity, show.title))
    return resolve_titles(snapshot.titles, snapshot.shows, question.words)


def _suggestion(snapshot: Snapshot, scored: Scored) -> Suggestion:
    show = snapshot.shows[scored.owner]
    return Suggestion(show.id, snapshot.show_label(show))

"""'who plays nucky thompson': the character a question names when it names no show.

The character index (`bot.core.characters`) finds the name; this module decides whether the
name settles the show. It refuses rather than guesses, as the title resolver does: a name that
several shows cast gets "which one", and one word of a name ("who plays jim") answers only when
a single role of the whole base has that word and its show is popular enough for a fan to name
the character alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.characters import Character
from bot.core.models import Show
from bot.core.questions import FUNCTION_WORDS, Question
from bot.core.results import POPULAR, SUGGEST, Ambiguous, Match, NoMatch, Scored
from bot.core.snapshot import Snapshot
from bot.core.text import fold

WHICH_ONE = 5
"""Shows listed at most when several cast a character of the name asked."""
_MANY = 50
"""Characters at most that one word asked alone is looked up in: past that, it names nobody."""


@dataclass(frozen=True, slots=True)
class Played:
    """The one show whose cast has the character asked about, and who plays it there."""

    show: Show
    character: str
    """The character's name as the base writes it, in the form the question used."""
    actors: tuple[str, ...]


def find_character(snapshot: Snapshot, question: Question) -> Played | Ambiguous | NoMatch | None:
    """Who plays the character `question` names, when that settles one show; `Ambiguous` (the
    shows, most popular first) when several shows cast a character of that name; `NoMatch`
    with the show as a suggestion when one word of a name is too little to answer; None when
    the question names no character (the caller answers as before)."""
    index = snapshot.character_index
    if not any(index.frequency(word) for word in question.content_words):
        return None  # the common case: no word of the question is in a character's name
    found = index.resolve(question.words)
    if isinstance(found, NoMatch):
        return _one_word(snapshot, question)
    best = found.best if isinstance(found, Match) else found.candidates[0]
    named = [found.best] if isinstance(found, Match) else _as_long(found.candidates, best)
    casts = _casts(snapshot, [scored.owner for scored in named])
    if _said_besides(question, best):
        # "who plays audrey in haevn": the rest names a show the title index missed
        return _confirmed(snapshot, question, best, casts)
    asked = [
        w
        for w in question.words[best.start : best.end]
        if w is not None and w not in FUNCTION_WORDS
    ]
    if len(asked) == 1:
        # every character with that word, not only the few the ranking kept: "who plays
        # walter" lists Breaking Bad beside the shows with a plain "Walter"
        owners = snapshot.character_index.owners_with(asked, limit=_MANY)
        if owners and {s.owner for s in named} <= owners:
            casts = _casts(snapshot, sorted(owners))
        return _by_word(snapshot, asked[0], best.name, casts)
    return _settled(snapshot, best.name, casts)


def _one_word(snapshot: Snapshot, question: Question) -> Played | Ambiguous | NoMatch | None:
    """'who plays daenerys': one word of a longer name, the question's only word besides
    question words ("who", "plays"); None when the question says more."""
    asked = question.content_words
    if len(asked) != 1:
        return None
    owners = snapshot.character_index.owners_with(asked, limit=_MANY)
    if not owners:
        return None
    return _by_word(snapshot, asked[0], asked[0], _casts(snapshot, sorted(owners)))


def _by_word(
    snapshot: Snapshot, word: str, matched: str, casts: dict[str, tuple[int, list[str]]]
) -> Played | Ambiguous | NoMatch | None:
    """One word asked: the answer when only one role of the base has that word and its show
    is popular (fans then call the character that), else the shows to choose from."""
    owners = snapshot.character_index.owners_with([word], limit=1)
    if len(casts) == 1 and owners is not None:
        show = snapshot.by_id[next(iter(casts))]
        owner, actors = casts[show.id]
        if show.popularity >= POPULAR and owners == {owner}:
            return Played(show, _written(snapshot.characters[owner], matched), tuple(actors))
    shows = _popular_first(snapshot, casts)
    if len(shows) > 1:
        return Ambiguous(tuple(_scored(snapshot, show) for show in shows[:WHICH_ONE]))
    return NoMatch((_scored(snapshot, shows[0]),))


def _settled(
    snapshot: Snapshot, matched: str, casts: dict[str, tuple[int, list[str]]]
) -> Played | Ambiguous:
    """A name of two words or more: the show when one show casts it, else which one."""
    shows = _popular_first(snapshot, casts)
    if len(shows) > 1:
        return Ambiguous(tuple(_scored(snapshot, show) for show in shows[:WHICH_ONE]))
    owner, actors = casts[shows[0].id]
    return Played(shows[0], _written(snapshot.characters[owner], matched), tuple(actors))


def _popular_first(snapshot: Snapshot, casts: dict[str, tuple[int, list[str]]]) -> list[Show]:
    return sorted((snapshot.by_id[i] for i in casts), key=lambda show: -show.popularity)


def _as_long(candidates: tuple[Scored, ...], best: Scored) -> list[Scored]:
    """The equally good characters that the question names as fully as the best one: "nessa
    stein" is not also "Vanessa "Nessa" Jenkins"."""
    return [c for c in candidates if c.end - c.start >= best.end - best.start]


def _casts(snapshot: Snapshot, owners: list[int]) -> dict[str, tuple[int, list[str]]]:
    """By show id, each show casting one of the characters `owners` (their places in the
    index), with the one it casts and its actors there."""
    casts: dict[str, tuple[int, list[str]]] = {}
    for owner in owners:
        for show_id, actor in snapshot.characters[owner].credits:
            _, actors = casts.setdefault(show_id, (owner, []))
            if actor not in actors:
                actors.append(actor)
    return casts


def _said_besides(question: Question, named: Scored) -> bool:
    """Whether the question has words that could name something besides the character."""
    return any(
        word is not None and word not in FUNCTION_WORDS
        for position, word in enumerate(question.words)
        if not named.start <= position < named.end
    )


def _confirmed(
    snapshot: Snapshot,
    question: Question,
    named: Scored,
    casts: dict[str, tuple[int, list[str]]],
) -> Played | None:
    """The one show, among those casting the character, that the rest of the question comes
    close to naming; None when none or several do."""
    words = list(question.words)
    words[named.start : named.end] = [None] * (named.end - named.start)
    near = {
        snapshot.shows[scored.owner].id
        for scored in snapshot.titles.rank(words, limit=20)
        if scored.similarity >= SUGGEST
    }
    fitting = [show_id for show_id in casts if show_id in near]
    if len(fitting) != 1:
        return None
    owner, actors = casts[fitting[0]]
    show = snapshot.by_id[fitting[0]]
    return Played(show, _written(snapshot.characters[owner], named.name), tuple(actors))


def _written(character: Character, matched: str) -> str:
    """The character's name as written, in the form the question matched ("Nucky Thompson");
    a single word matched gives the fullest name holding it ("Enoch Nucky Thompson")."""
    forms = [(fold(name), name) for name in character.names]
    if " " in matched:
        return next((name for folded, name in forms if folded == matched), character.name)
    return next(
        (name for folded, name in forms if " " in folded and matched in folded.split()),
        character.name,
    )


def _scored(snapshot: Snapshot, show: Show) -> Scored:
    """A show as a "which one" choice."""
    return Scored(snapshot.positions[show.id], 100.0, 100.0, show.popularity, show.title)

"""Who: the cast and what they did next, who plays a character, whom an actor plays, and
everything the base knows one person did."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.core.answers.card import key_facts
from bot.core.answers.model import Answer, Context, Fact
from bot.core.answers.status import Said, yes
from bot.core.answers.wording import FACT_CHARS, join, within
from bot.core.models import Credit, PartialDate, Show
from bot.core.questions import FUNCTION_WORDS, Topic
from bot.core.questions.vocabulary import ENGLISH_WORDS
from bot.core.text import fold

CAST_LISTED = 8
"""Cast members named in a cast answer; the rest are counted ("and 52 more")."""
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "sir", "lady", "lord", "the", "captain"})


def cast_answer(show: Show, ctx: Context) -> Said:
    """What the cast and makers did next, then the top-billed rest of the cast."""
    moves = [_move(c, ctx, company=False) for c in show.cast if c.next]
    moves += [_move(c, ctx, company=True) for c in show.companies if c.next]
    rest = [_credit_name(c) for c in show.cast if not c.next]
    if not moves and not rest:
        return Said(f"I don't have the cast of {show.title} on file yet.")
    parts = []
    if moves:
        parts.append("; ".join(moves) + ".")
    if rest:
        label = "Also in the cast" if moves else f"The cast of {show.title}"
        listed = rest[:CAST_LISTED]
        more = len(rest) - len(listed)
        names = join([*listed, f"{more} more"]) if more else join(listed)
        parts.append(f"{label}: {names}.")
    if not moves and show.cast:
        parts.append("I don't have news on what they did next.")
    return Said(" ".join(parts))


def who_answer(
    show: Show, words: Sequence[str | None], ctx: Context, *, character_first: bool = False
) -> tuple[Said, Topic]:
    """'who plays juan' or 'who does inaki godoy play': whichever the question names, a cast
    member (their role) or a character (who plays it); the cast otherwise. Asked who plays
    someone (`character_first`), a character's name counts before an actor's ("who plays rube
    in dead like me, that *guy* is in everything" is not about Jasmine Guy)."""
    title = set(fold(show.title).split())
    asked = [w for w in words if w is not None and w not in title]
    actor = _named(show.cast, asked, lambda c: c.name)
    roles = [c for c in show.cast if c.role]
    character = _named(roles, asked, lambda c: c.role or "")
    if character is None and actor is None and character_first:
        # "who plays kimmy schmidt": the character the show is named after; not one who only
        # shares a word of the title ("who voices r2 in lego star wars droid tales" is not
        # Pit Droid)
        said = [w for w in words if w is not None]
        character = _named(roles, said, lambda c: c.role or "")
        if character is not None and not _named_after(character.role or "", said, title):
            character = None
    if character is not None and (character_first or actor is None):
        return Said(f"{character.role} is played by {character.name} in {show.title}."), (
            Topic.CHARACTER
        )
    if actor is not None:
        if actor.role:
            return Said(f"{actor.name} plays {actor.role} in {show.title}."), Topic.ROLE
        return Said(f"{actor.name} is in the cast of {show.title}; I don't have their role."), (
            Topic.ROLE
        )
    if not character_first and roles and asked:
        # someone was named, but not as the base names them; a button's answer (no words)
        # gets the cast
        return _roles(show, roles), Topic.ROLE
    return cast_answer(show, ctx), Topic.CAST


def role_answer(show: Show, words: Sequence[str | None]) -> Said | None:
    """'who hosts the director's chair', 'who narrates death row stories', "who's the band
    leader on late night": the cast members credited with the part asked about; None when the
    question asks for no such part or the base credits nobody with it."""
    said = " ".join(w for w in words if w is not None)
    for pattern, part in _PARTS:
        if not pattern.search(said):
            continue
        credited = [c.name for c in show.cast if c.role and part in fold(c.role)]
        if not credited:
            return None
        label = part + ("s" if len(credited) > 1 else "")
        verb = "are the" if len(credited) > 1 else "is the"
        return Said(within(f"{join(credited)} {verb} {label} of {show.title}.", FACT_CHARS))
    return None


_PARTS = tuple(
    (re.compile(rf"\b(?:{asked})\b"), part)
    for asked, part in (
        (r"hosts?|hosted|hosting|presenters?|presents|presented", "host"),
        (r"narrates|narrated|narrating|narrators?", "narrator"),
        (r"judges|judging|judged|(?:the|a) judge", "judge"),
        (r"band ?leader", "band leader"),
        (r"announcers?", "announcer"),
        (r"(?:colou?r )?commentators?", "commentator"),
    )
)
"""How a question asks for a part in a show (a host, a narrator), and the word the cast's
roles name it by."""


def _roles(show: Show, roles: Sequence[Credit]) -> Said:
    """'who does the rock play in ballers': whom the top-billed cast play, when the actor
    asked about is not told apart (a nickname the base does not hold), in one short answer."""
    text = f"I can't tell whose role you mean; in {show.title}, "
    for count in range(len(roles), 0, -1):
        listed = join([f"{c.name} plays {c.role}" for c in roles[:count]])
        if len(text + listed) < FACT_CHARS:
            return Said(text + listed + ".")
    return Said(within(text + f"{roles[0].name} plays {roles[0].role}.", FACT_CHARS))


def character_answer(show: Show, character: str, actors: Sequence[str], ctx: Context) -> Answer:
    """'who plays nucky thompson', the show found from the character: worded as `who_answer`
    words it when the show is named, and about that show (its id in `--json`)."""
    text = f"{character} is played by {join(actors)} in {show.title}."
    return Answer(
        topic=Topic.CHARACTER,
        text=within(text, FACT_CHARS),
        show=show,
        facts=key_facts(show, ctx),
        as_of=show.updated,
        source=show.source_for("cast"),
        title=show.title,
    )


def in_the_cast(show: Show, words: Sequence[str | None]) -> Said | None:
    """'is oprah actually in greenleaf', 'numb3rs had judd hirsch right': a question that asks
    whether one of the cast is in the show, answered yes with their role; None when the
    question names nobody of the cast (whether someone is absent, a partial cast cannot say).
    The question opens with "is", "did" ... within its first words ("wait is ...")."""
    said = [w for w in words if w is not None]
    title = set(fold(show.title).split())
    asked = [w for w in said if w not in title]
    member = _named(show.cast, asked, lambda c: c.name)
    if member is None or not set(_name_parts(member.name)) & set(asked):
        return None
    named = min(at for at, w in enumerate(said) if w in _name_parts(member.name))
    if (
        _ASKS_WHETHER.isdisjoint(said[:3])
        and _ASKS_WHETHER.isdisjoint(said[max(named - 2, 0) : named])
        and _STARRING.isdisjoint(said)
    ):
        # "switched phones lol, *was* dennis quaid in merry happy whatever": the question may
        # open after a remark, just before the name
        return None
    if member.role:
        return yes(f"{member.name} plays {member.role} in {show.title}.")
    return yes(f"{member.name} is in the cast of {show.title}.")


_ASKS_WHETHER = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "had"})
_STARRING = frozenset(
    {"had", "has", "have", "starred", "starring", "stars", "featured", "features"}
)


def _named(
    credits: Sequence[Credit], asked: list[str], name_of: Callable[[Credit], str]
) -> Credit | None:
    """The credit whose name (or role) the question names: the most of its words written out
    ("booth" for Special Agent Seeley Booth, "oj" for O.J. Simpson), else one typed with a slip
    ("outlandr"-style, five letters or more); top billing breaks ties."""
    asked_set = set(asked)
    question = " ".join(asked)
    # a word no dictionary holds may be a name mistyped: "profesor" for The Professor
    long = [w for w in asked_set if len(w) >= 5 and w not in ENGLISH_WORDS]
    best, best_score = None, 0.0
    for credit in credits:
        parts = _name_parts(name_of(credit))
        if not parts:
            continue
        joined = _joined(fold(name_of(credit)).split())
        shared = sum(part in asked_set for part in parts) + len(joined & asked_set)
        if shared:
            score = shared + shared / len(parts)
        else:
            long_parts = [part for part in parts if len(part) >= 5]
            close = max((fuzz.partial_ratio(p, question) for p in long_parts), default=0.0)
            slip = any(OSA.distance(p, w, score_cutoff=1) <= 1 for p in long_parts for w in long)
            score = 0.5 if close >= 90 or slip else 0.0
        if score > best_score:
            best, best_score = credit, score
    return best


def _named_after(role: str, said: Sequence[str], title: set[str]) -> bool:
    """Whether the question names one of a credit's parts ("Narrator / Pit Droid") beyond a
    word it shares with the title: two of its words ("who plays doogie howser"), a word typed
    once more than the title holds it ("who plays buffy in buffy the vampire slayer"), or
    every telling word of a title named after it ("who plays becker in becker")."""
    telling = title - FUNCTION_WORDS
    for part in role.split("/"):
        parts = set(_name_parts(part))
        shared = parts & set(said)
        if len(shared) >= 2 or (telling and telling <= parts):
            return True
        if any(said.count(word) > (1 if word in title else 0) for word in shared):
            return True
    return False


def _name_parts(text: str) -> list[str]:
    """The words that name someone: "o j simpson" -> oj, simpson; no "dr", no "the"."""
    words = fold(text).split()
    parts: list[str] = []
    letters = ""
    for position, word in enumerate(words):
        if len(word) == 1:
            letters += word
            if position + 1 < len(words) and len(words[position + 1]) > 1:
                parts.append(word + words[position + 1])  # "T-Bag" is "tbag" too
            continue
        if len(letters) > 1:
            parts.append(letters)
        letters = ""
        parts.append(word)
    if len(letters) > 1:
        parts.append(letters)
    named = [p for p in parts if p not in _TITLES and p not in FUNCTION_WORDS]
    named += [p.replace("0", "o") for p in named if "0" in p and not p.isdecimal()]  # "C-3P0"
    if len(words) >= 3 and all(len(word) > 1 for word in words):
        named.append("".join(word[0] for word in words))  # "jdm": Jeffrey Dean Morgan
    return named


def _joined(parts: Sequence[str]) -> set[str]:
    """Two name words written as one ("starlord" for Star-Lord, "tbag" for T-Bag)."""
    return {a + b for a, b in itertools.pairwise(parts)}


def person_answer(
    name: str, roles: Sequence[tuple[Show, str | None]], moves: Sequence[str], ctx: Context
) -> Answer:
    """Everything the base knows one person (or company) did."""
    ordered = sorted(roles, key=lambda item: item[0].premiered or PartialDate(9999))
    parts = []
    for show, role in ordered[:10]:
        context = _show_context(show)
        work = f"{show.title} ({', '.join(context)})" if context else show.title
        if role == "creator":
            parts.append(f"created {work}")
        elif role:
            parts.append(f"played {role} in {work}")
        else:
            parts.append(f"worked on {work}")
    if len(ordered) > 10:
        parts.append(f"{len(ordered) - 10} more")
    known = {fold(show.title) for show, _ in roles}
    others = [m for m in moves if fold(m.split(" (")[0]) not in known]
    pieces = []
    if parts:
        pieces.append(f"{name} {join(parts)}.")
    if others:
        pieces.append(f"Next, {name} went on to {join(others)}.")
    dates = [date for show, _ in roles if (date := _as_of_cast(show)) is not None]
    return Answer(
        topic=Topic.PERSON,
        text=" ".join(pieces),
        as_of=max(dates) if dates else None,
        title=name,
        facts=tuple(Fact(show.title, role or "credited") for show, role in roles[:10]),
    )


def _as_of_cast(show: Show) -> PartialDate | None:
    """When the show's cast was known: the entry's check, else its cast source's data."""
    if show.updated is not None:
        return show.updated
    source = show.source_for("cast")
    return source.published if source is not None else None


def _move(credit: Credit, ctx: Context, *, company: bool) -> str:
    works = list(credit.next)
    upcoming = all(w.year is not None and w.year > ctx.today.year for w in works)
    described = join(w.describe() for w in works)
    who = _credit_name(credit)
    if company:
        verb = "is making" if upcoming else "went on to make"
    else:
        verb = "is set to appear in" if upcoming else "went on to"
    return f"{who} {verb} {described}"


def _credit_name(credit: Credit) -> str:
    return f"{credit.name} ({credit.role})" if credit.role else credit.name


def _show_context(show: Show) -> list[str]:
    return [p for p in (show.network, str(show.premiered.year) if show.premiered else None) if p]

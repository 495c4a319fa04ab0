"""What a question asks: its topic (one fact, or a whole answer), the coarse intent the topic
belongs to, and for a yes/no question the fact it asks to confirm.

Cue phrases live in `data/topics.yaml` and `data/predicates.yaml`; this module only applies them,
in their order, to the folded question.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from bot.core.questions.vocabulary import GENRES, NETWORKS, read_yaml


class Intent(enum.StrEnum):
    """The coarse kind of question: the `intent` of `showbot ask --json` (a contract)."""

    STATUS = "status"
    RELEASE = "release"
    CAST = "cast"
    REASONS = "reasons"
    INFO = "info"
    PERSON = "person"
    HELP = "help"


class Topic(enum.StrEnum):
    """What exactly is asked; each topic belongs to one intent (`intent_of`)."""

    STATUS = "status"
    RELEASE = "release"
    PREMIERE = "premiere"
    FINALE = "finale"
    CAST = "cast"
    CHARACTER = "character"
    ROLE = "role"
    REASONS = "reasons"
    CARD = "card"
    SEASONS = "seasons"
    EPISODES = "episodes"
    RUNTIME = "runtime"
    CREATORS = "creators"
    NETWORK = "network"
    RATINGS = "ratings"
    RECEPTION = "reception"
    VIEWERSHIP = "viewership"
    COMPANIES = "companies"
    FILMING = "filming"
    SUMMARY = "summary"
    ENDING = "ending"
    GENRE = "genre"
    OUTLOOK = "outlook"
    PERSON = "person"
    HELP = "help"


class Predicate(enum.StrEnum):
    """The fact a yes/no question asks to confirm."""

    CANCELED = "canceled"
    RENEWED = "renewed"
    ENDED = "ended"
    RETURNING = "returning"
    AIRING = "airing"
    RELEASED = "released"
    ON_NETWORK = "on_network"
    WELL_RECEIVED = "well_received"


@dataclass(frozen=True, slots=True)
class Reading:
    """What the cue phrases say a question asks."""

    topic: Topic
    predicate: Predicate | None = None
    """Set for yes/no questions only."""
    network: str | None = None
    """The network a yes/no question names ("is it on netflix")."""
    either_or: bool = False
    """"renewed or cancelled": the answer names the state rather than saying yes or no."""
    wh: bool = False
    """A "what / when / who / how" question: its answer never opens with yes or no."""


_STATUS_PREDICATES = frozenset(
    {Predicate.CANCELED, Predicate.RENEWED, Predicate.ENDED, Predicate.RETURNING, Predicate.AIRING}
)
_PREDICATE_TOPICS = {
    Predicate.RELEASED: Topic.RELEASE,
    Predicate.ON_NETWORK: Topic.NETWORK,
    Predicate.WELL_RECEIVED: Topic.RECEPTION,
}
_YES_NO_TOPICS = frozenset(
    {Topic.STATUS, Topic.RELEASE, Topic.NETWORK, Topic.RECEPTION, Topic.CARD}
)
"""Topics whose yes/no questions have a yes/no answer; "is it about X?" and "is the cast good?"
are answered with the fact, not a verdict."""


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    cues = "|".join(f"(?:{_with_genres(p)})" for p in patterns)
    return re.compile(r"\b(?:" + cues + r")(?!\w)")


_GENRE = "(?:" + "|".join(re.escape(g) for g in sorted(GENRES, key=len, reverse=True)) + ")"
"""Any genre word or phrase of `data/genres.yaml`, the longest first ("true crime")."""


def _with_genres(cue: str) -> str:
    """A cue with {genres} (one to three genre words: "costume history drama") and {genre}
    written out."""
    return cue.replace("{genres}", f"{_GENRE}(?: {_GENRE}){{0,2}}").replace("{genre}", _GENRE)


def _load_topics() -> tuple[tuple[Topic, re.Pattern[str]], ...]:
    raw = read_yaml("topics.yaml")
    return tuple((Topic(item["topic"]), _alternation(item["cues"])) for item in raw)


def _load_intents() -> dict[Topic, Intent]:
    raw = read_yaml("topics.yaml")
    intents = {Topic(item["topic"]): Intent(item["intent"]) for item in raw}
    intents.update({Topic.STATUS: Intent.STATUS, Topic.HELP: Intent.HELP})
    return intents


class _YesNo:
    """The yes/no patterns of `data/predicates.yaml`, compiled."""

    def __init__(self) -> None:
        raw = read_yaml("predicates.yaml")
        self.fillers = re.compile(rf"^(?:{raw['fillers'].strip()} )+")
        self.starts = re.compile(rf"^{raw['starts'].strip()}\b")
        self.either_or = re.compile(raw["either_or"].strip())
        self.either_or_network = re.compile(raw["either_or_network"].strip())
        self.not_over_after = frozenset(raw["not_over_after"].split())
        self.over_what_after = frozenset(raw["over_what_after"].split())
        self.over_object_openers = frozenset(raw["over_object_openers"].split())
        self.predicates = tuple(
            (Predicate(name), _alternation(cues)) for name, cues in raw["predicates"].items()
        )
        spellings = sorted(NETWORKS, key=len, reverse=True)
        named = "|".join(re.escape(s) for s in spellings)
        self.on_network = re.compile(r"\b(?:on|in|from|by|at) (" + named + r")\b")
        self.network_last = re.compile(
            r"\b(?:both|all|right|too|is|was|are|were)\b.* (?:on )?("
            + named
            + r")(?: (?:shows?|series|originals?|right|too|both|all|thing|one|now|yeah|yes))*$"
        )
        """"grimm and chuck were both nbc right?": a network ends a yes/no question ("the
        office on nbc" only says which office)."""
        self.network_tag = re.compile(
            r"\b(?:on|an?) (" + named + r")(?: (?:show|series|thing|one|original))?"
            r"(?: (?:now|then|too|originally))?"
            r" (?:isnt it|wasnt it|innit|right|yeah|yes|correct|no)$"
        )
        """"red dwarf's on dave now isn't it?", "was on dr1 yeah?", "peep show was a bbc thing
        wasnt it": a tag asks to confirm."""
        channels = "|".join(re.escape(s) for s in spellings if s not in GENRES)
        self.networks_offered = re.compile(
            rf"\b(?:{channels}) or (?:on |the )?(?:{channels})(?: (?:one|show|thing))?$"
        )
        """"new avengers was that itv or bbc": two networks offered, one to name (not "history
        or sci fi", which are genres too)."""
        self.on_network_last = re.compile(r"\bon (" + named + r")$")
        """"schulz saves america on netflix?": with a question mark, whether it is there."""


def _any_cue(yes_no: _YesNo) -> re.Pattern[str]:
    """Every cue at once: a text none of them matches reads as a plain status question,
    which `asks_something` tells in one search instead of a whole `read`."""
    raw = read_yaml("topics.yaml")
    cues = [cue for item in raw for cue in item["cues"]]
    cues += [
        cue for _, listed in read_yaml("predicates.yaml")["predicates"].items() for cue in listed
    ]
    patterns = [_alternation(cues).pattern, yes_no.on_network.pattern, _WH.pattern]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_TOPICS = _load_topics()
_PERSON_CUES = re.compile(
    "|".join(cues.pattern for topic, cues in _TOPICS if topic in (Topic.PERSON, Topic.ROLE))
)
_INTENTS = _load_intents()
_YES_NO = _YesNo()
_WH = re.compile(
    r"^(?:what|whats|when|whens|where|wheres|who|whos|why|whyd|whys|how|hows|which|whose)\b"
)
_ANY_CUE = _any_cue(_YES_NO)


@functools.lru_cache(maxsize=4096)
def asks_something(folded: str) -> bool:
    """Whether a folded text may ask something by itself (a title's own words: "why are you
    like this", "when they see us"); False only when `read` would find no cue in it.
    Remembered for the last titles asked about: every cue at once is a slow search (some ten
    microseconds), and fans ask about the same shows again and again."""
    return bool(_ANY_CUE.search(folded))


_ENDED_IN = re.compile(
    r"\b(?:end|ended|finish|finished|wrap|wrapped|conclude|concluded) .*\b(?:19|20)\d\d\b"
)
"""A yes/no question about the year a show ended, answered with its last episode's date."""
_DID_WELL_ON = re.compile(r"\b(?:do|did|does|doing|done) (?:so |very |really )?well $")
"""A network after "did it do well" says where it did well, not which network is asked."""

_STORY_TOPICS = frozenset(
    {Topic.ENDING, Topic.SUMMARY, Topic.CARD, Topic.CAST, Topic.RELEASE, Topic.OUTLOOK}
)
"""Topics a long message may touch on while telling its story ("the ending was a cliffhanger
... is netflix making a season 2?"): a question about the show's future then wins."""
_LONG = 15
"""Words from which a message is a story with a question in it: the show's future, which the
bot is for, is what such a message asks whenever it talks of it."""


def _topic(folded: str) -> Topic:
    """The first topic, in the data file's order, whose cues the question holds."""
    return next((topic for topic, cues in _TOPICS if cues.search(folded)), Topic.STATUS)


def intent_of(topic: Topic) -> Intent:
    return _INTENTS[topic]


def asks_about_person(folded: str) -> bool:
    """Whether the question asks about someone ("what else has X been in", "who does X play"),
    whatever its topic: the engine then looks for a person's name in it."""
    return bool(_PERSON_CUES.search(folded))


def read(folded: str) -> Reading:
    """The topic of a folded question, and for a yes/no question the fact to confirm.

    Any question that is not a "wh" question may be a yes/no one: "is it canceled", "so did
    they renew it", and also "netflix cancelled it??" or "my friend says it got axed" (said to
    be confirmed). The fact comes from the first predicate whose cues match."""
    topic = _topic(folded)
    lead = _YES_NO.fillers.match(folded)
    opening = folded[lead.end() :] if lead else folded
    if _WH.match(opening):
        return Reading(topic, wh=True)
    if _YES_NO.either_or.search(folded):
        return Reading(topic, either_or=True)
    if (
        _YES_NO.either_or_network.search(folded) and _YES_NO.on_network.search(folded)
    ) or _YES_NO.networks_offered.search(folded):
        return Reading(Topic.NETWORK, either_or=True)  # "is it on nbc or fox", "itv or bbc"
    predicate = _predicate(folded)
    if topic is Topic.FINALE and _ENDED_IN.search(folded) and _YES_NO.starts.match(opening):
        return Reading(topic, Predicate.ENDED)  # "did htgawm and kimmy schmidt end in 2020"
    network = _YES_NO.on_network.search(folded) if _YES_NO.starts.match(opening) else None
    if network is not None and _DID_WELL_ON.search(folded[: network.start()]):
        network = None  # "did it do well on netflix": whether it did well, there
    if (
        network is not None
        and predicate in (None, Predicate.WELL_RECEIVED)
        and topic in (Topic.STATUS, Topic.NETWORK, Topic.CARD, Topic.RECEPTION)
    ):
        return Reading(Topic.NETWORK, Predicate.ON_NETWORK, NETWORKS[network.group(1)])
    if predicate is None and topic in (Topic.STATUS, Topic.CARD):
        last = _YES_NO.network_last.search(folded) or _YES_NO.network_tag.search(folded)
        if last is not None and _said_as_network(folded, last):
            return Reading(Topic.NETWORK, Predicate.ON_NETWORK, NETWORKS[last.group(1)])
    if predicate is None:
        return Reading(topic)
    if predicate in _STATUS_PREDICATES:
        if (
            topic is Topic.CAST
            and predicate is Predicate.RENEWED
            and not _YES_NO.starts.match(opening)
        ):
            return Reading(topic)  # "landman ssn 2 cast": the season's cast, no "renewed?"
        # "is the cast coming back" is about the show; a fact topic asked as yes/no
        # ("is season 2 ten episodes?") keeps its topic and gets the fact, and "why did they
        # cancel it" asks for the reasons.
        if topic in (Topic.STATUS, Topic.CARD, Topic.CAST, Topic.NETWORK, Topic.RECEPTION) or (
            folded.count(" ") >= _LONG and topic in _STORY_TOPICS
        ):
            return Reading(Topic.STATUS, predicate)
        return Reading(topic)
    wanted = _PREDICATE_TOPICS[predicate]
    if topic in _YES_NO_TOPICS or topic is wanted:
        return Reading(wanted, predicate)
    if predicate is Predicate.WELL_RECEIVED and topic in (Topic.VIEWERSHIP, Topic.RATINGS):
        # "did it do well, viewership wise?", "is it worth my time, what's the score": the
        # measure asked, with the yes or no
        return Reading(topic, predicate)
    return Reading(topic)


def genre_asked_last(folded: str) -> bool:
    """Whether a message ends on a genre, which a question mark after it asks about: "mind over
    murder, true crime?", "is that a travel show?", "yeni hayat romance mi?"."""
    return bool(_GENRE_LAST.search(folded))


_KIND_AFTER_GENRE = "(?:show|series|doc|docuseries|drama|anime|one|thing|dizisi)"
_GENRE_LAST = re.compile(
    _with_genres(
        # not "choi yoon-young dramas?" (an actor's shows), but "kids show?"
        rf"\b{{genres}}(?:(?<!s)(?: {_KIND_AFTER_GENRE})?| {_KIND_AFTER_GENRE})"
        r"(?: (?:right|yeah|yes|then|tho|though|lol|or what|or not|mi|too))?$"
    )
)


def _said_as_network(folded: str, match: re.Match[str]) -> bool:
    """Whether the network a yes/no question ends on stands as one ("were both *nbc*", "on
    *syfy*", "a *bbc* thing"), not as the last word of a title ("a comedy like drunk
    *history*")."""
    before = folded[: match.start(1)].split()[-1:]
    return not before or before[0] in _BEFORE_A_NETWORK or before[0] in NETWORKS


_BEFORE_A_NETWORK = frozenset(
    {
        "on",
        "both",
        "all",
        "is",
        "was",
        "are",
        "were",
        "a",
        "an",
        "the",
        "by",
        "from",
        "and",
        "or",
        "those",
        "these",
        "they",
        "it",
        "that",
        "this",
        "still",
        "now",
    }
)


def network_asked_last(folded: str) -> str | None:
    """The network a message ends on ("... on netflix"), which a question mark after it asks
    about: "schulz saves america on netflix?"."""
    match = _YES_NO.on_network_last.search(folded)
    return NETWORKS[match.group(1)] if match else None


def networks_named(folded: str) -> set[str]:
    """The networks a message names anywhere ("netflix is all i got"), in one to three words."""
    words = folded.split()
    return {
        NETWORKS[" ".join(words[at : at + size])]
        for size in (1, 2, 3)
        for at in range(len(words) - size + 1)
        if " ".join(words[at : at + size]) in NETWORKS
    }


def _a_verbs_over(folded: str, match: re.Match[str]) -> bool:
    """Whether a cue matched is the "over" of a verb ("knocked over", "pulled me over", "the
    cat knocked the tv over")."""
    if match.group() != "over":
        return False
    before = folded[: match.start()].split()[-3:]
    if before and before[-1] in _YES_NO.not_over_after:
        return True
    if before and before[-1] in _YES_NO.over_what_after and folded[match.end() :].strip():
        return True  # "lost my mind over the finale", not "is the good fight over"
    return (
        len(before) == 3
        and before[0] in _YES_NO.not_over_after
        and before[1] in _YES_NO.over_object_openers
    )


def _predicate(folded: str) -> Predicate | None:
    """What a yes/no question asks to confirm: "out yet" first, else the cue said first ("are
    they over? ... then never come back" asks whether they are over)."""
    found = []
    for predicate, cues in _YES_NO.predicates:
        match = next((m for m in cues.finditer(folded) if not _a_verbs_over(folded, m)), None)
        if match is not None:
            if predicate is Predicate.RELEASED:
                return predicate
            found.append((match.start(), predicate))
    return min(found)[1] if found else None

"""What a free-form question asks: the intent, the season, and the words that may name a show.

People type "when does one piece s2 come out", "is the order cancelled or nah", "season two of
imperfects??". Season mentions are cut out of the words (and leave a break, so no title is matched
across them); intent comes from cue phrases, checked from the most specific to the most general.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from bot.core.text import fold

MAX_QUESTION_CHARS = 500
"""Longer input is refused: no real question needs it and it only costs time."""


class Intent(enum.StrEnum):
    STATUS = "status"
    RELEASE = "release"
    CAST = "cast"
    REASONS = "reasons"
    INFO = "info"
    PERSON = "person"
    HELP = "help"


class QuestionTooLong(ValueError):
    """The question is longer than `MAX_QUESTION_CHARS`."""

    def __init__(self, length: int) -> None:
        super().__init__(
            f"That question is {length} characters long; please keep it under "
            f"{MAX_QUESTION_CHARS} characters, e.g. 'will there be a season 2 of The Imperfects?'"
        )
        self.length = length


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    words: tuple[str | None, ...]
    """Folded words; None where a season mention was cut out."""
    intent: Intent
    season: int | None
    asks_about_person: bool
    asks_about_past: bool
    """'when did it come out' asks for the premiere, not for a next season."""

    @property
    def content_words(self) -> tuple[str, ...]:
        """Words that are not question words: what could name a show or a person."""
        return tuple(w for w in self.words if w is not None and w not in FUNCTION_WORDS)


NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
"""Numbers as people write them, from one; answers use them too ("two months")."""
_NUMBER_WORDS = {word: number for number, word in enumerate(NUMBER_WORDS, start=1)}
_ORDINALS = {
    word: number
    for number, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_SEASON = r"(?:seasons?|seaso|seasn|seaon|ssn|szn|sn|series|temporada|saison|staffel|sezon)"
_NUMBER = "|".join(_NUMBER_WORDS)
_ORDINAL = "|".join(_ORDINALS)
_SEASON_PATTERNS = (
    re.compile(rf"\b{_SEASON} ?0*(\d{{1,2}})\b"),
    re.compile(r"\bs0*(\d{1,2})(?: ?e ?\d{1,3}|ep\d{1,3})?\b"),
    re.compile(rf"\b{_SEASON} ({_NUMBER})\b"),
    re.compile(rf"\b(\d{{1,2}}) ?(?:st|nd|rd|th) {_SEASON}\b"),
    re.compile(rf"\b({_ORDINAL}) {_SEASON}\b"),
)


def _cues(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


_REASONS = _cues(
    r"why",
    r"whyd",
    r"reasons?",
    r"how come",
    r"because of",
    r"(?:canceled|cancelled|renewed|ended) because",
    r"due to",
    r"low (?:views|ratings)",
)
_REASONS_WEAK = _cues(r"what went wrong", r"what happened")
_CAST = _cues(
    r"cast",
    r"casts",
    r"actors?",
    r"actress(?:es)?",
    r"starring",
    r"starred",
    r"who (?:is|was|are|were|s) in",
    r"whos in",
    r"who (?:plays|played|stars|starred|voices|voiced)",
    r"voice actors?",
    r"doing now",
    r"up to",
    r"see them",
    r"where are they",
    r"lead actors?",
    r"crew",
)
_RELEASE = _cues(
    r"when",
    r"whens",
    r"release",
    r"released",
    r"releases",
    r"releasing",
    r"release date",
    r"come out",
    r"comes out",
    r"coming out",
    r"came out",
    r"out yet",
    r"out",
    r"air date",
    r"airdate",
    r"premiere date",
    r"premieres?",
    r"drops?",
    r"dropping",
    r"dropped",
    r"date",
    r"what day",
    r"what time",
    r"how long until",
    r"eta",
)
_STATUS = _cues(
    r"renew\w*",
    r"cancel\w*",
    r"canned",
    r"axed",
    r"come back",
    r"coming back",
    r"comes back",
    r"returns?",
    r"returning",
    r"another season",
    r"new season",
    r"next season",
    r"status",
    r"over",
    r"ended",
    r"ending",
    r"end",
    r"finished",
    r"done",
    r"will there be",
    r"is there",
    r"getting",
    r"happening",
    r"confirmed",
    r"continue\w*",
    r"final season",
    r"last season",
    r"still (?:airing|going|on|running|happening)",
)
_INFO_STRONG = _cues(
    r"tell me about",
    r"about",
    r"how many",
    r"based on",
    r"true story",
    r"top 10",
    r"top ten",
    r"how did \w+(?: \w+){0,4} do",
    r"plot",
    r"summary",
    r"worth (?:it|watching)",
    r"reviews?",
    r"rated",
    r"what order",
    r"watch order",
    r"who (?:made|created|makes|produced|produces)",
    r"what (?:network|channel)",
    r"where (?:can i )?(?:watch|stream)",
)
_INFO = _cues(
    r"tell me about",
    r"tell me more",
    r"about",
    r"info",
    r"information",
    r"summary",
    r"plot",
    r"overview",
    r"details",
    r"who (?:made|created|makes|produced|produces)",
    r"what (?:network|channel)",
    r"where (?:can i )?(?:watch|stream)",
    r"reviews?",
    r"ratings?",
    r"reception",
    r"viewership",
    r"worth (?:it|watching)",
    r"what is",
    r"whats",
)
_PAST = _cues(r"did", r"came out", r"was released", r"premiered", r"first aired", r"aired")
_RELEASE_ONLY_WHEN = _cues(r"when", r"whens")
_PERSON = _cues(
    r"what else",
    r"where (?:is|can i see|has)",
    r"other (?:shows|movies|films|work)",
    r"filmography",
    r"been in",
    r"what (?:is|has) \w+(?: \w+)? (?:in|doing|been)",
)

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "not",
        "no",
        "nor",
        "so",
        "if",
        "then",
        "than",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "have",
        "has",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "gonna",
        "gon",
        "wanna",
        "gotta",
        "going",
        "get",
        "gets",
        "getting",
        "got",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "mine",
        "what",
        "whats",
        "when",
        "whens",
        "where",
        "why",
        "how",
        "who",
        "whom",
        "which",
        "whose",
        "any",
        "anyone",
        "anybody",
        "some",
        "someone",
        "news",
        "update",
        "updates",
        "info",
        "information",
        "about",
        "tell",
        "me",
        "know",
        "knows",
        "think",
        "heard",
        "hear",
        "hearing",
        "rumor",
        "rumors",
        "rumours",
        "season",
        "seasons",
        "series",
        "ssn",
        "szn",
        "sn",
        "episode",
        "episodes",
        "ep",
        "eps",
        "part",
        "new",
        "next",
        "another",
        "last",
        "final",
        "more",
        "again",
        "yet",
        "still",
        "already",
        "ever",
        "out",
        "release",
        "released",
        "releasing",
        "releases",
        "date",
        "dates",
        "come",
        "comes",
        "coming",
        "came",
        "back",
        "return",
        "returns",
        "returning",
        "returned",
        "renew",
        "renewed",
        "renewal",
        "renewing",
        "cancel",
        "canceled",
        "cancelled",
        "canceling",
        "cancelling",
        "cancellation",
        "cancelation",
        "canned",
        "axed",
        "status",
        "over",
        "end",
        "ended",
        "ending",
        "finished",
        "happening",
        "happen",
        "happens",
        "confirmed",
        "confirm",
        "continue",
        "continued",
        "cast",
        "casts",
        "actor",
        "actors",
        "actress",
        "actresses",
        "star",
        "stars",
        "starring",
        "starred",
        "crew",
        "doing",
        "now",
        "up",
        "see",
        "watch",
        "stream",
        "streaming",
        "air",
        "airs",
        "airing",
        "premiere",
        "premieres",
        "drop",
        "drops",
        "dropping",
        "dropped",
        "show",
        "shows",
        "tv",
        "program",
        "reason",
        "reasons",
        "plot",
        "summary",
        "details",
        "reviews",
        "review",
        "ratings",
        "rating",
        "reception",
        "viewership",
        "worth",
        "please",
        "pls",
        "plz",
        "thanks",
        "thank",
        "thx",
        "ty",
        "hi",
        "hello",
        "hey",
        "yo",
        "sup",
        "guys",
        "guy",
        "folks",
        "bot",
        "showbot",
        "help",
        "lol",
        "lmao",
        "bro",
        "bruh",
        "fr",
        "ngl",
        "tbh",
        "idk",
        "ok",
        "okay",
        "yes",
        "yeah",
        "yep",
        "nah",
        "nope",
        "really",
        "actually",
        "just",
        "like",
        "also",
        "even",
        "officially",
        "official",
        "whether",
        "eta",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "soon",
        "long",
        "until",
        "till",
        "after",
        "before",
        "time",
        "else",
        "other",
        "made",
        "make",
        "makes",
        "created",
        "creator",
        "creators",
        "produced",
        "whos",
        "any1",
        "u",
        "ur",
        "r",
        "y",
        "plays",
        "played",
        "play",
        "everyone",
        "people",
        "all",
        "ones",
        "network",
        "channel",
        "s",
        "said",
        "says",
        "say",
        "saw",
        "seen",
        "heard",
        "told",
        "tells",
        "watching",
        "watched",
        "love",
        "loved",
        "like",
        "liked",
        "hate",
        "hated",
        "want",
        "wanted",
        "need",
        "needs",
        "wait",
        "waiting",
        "excited",
        "hype",
        "hyped",
        "check",
        "use",
        "using",
        "used",
        "work",
        "works",
        "working",
        "command",
        "commands",
        "test",
        "testing",
        "talking",
        "talk",
        "friend",
        "friends",
        "someone",
        "way",
        "much",
        "many",
        "very",
        "good",
        "great",
        "bad",
        "best",
        "worst",
        "ok",
        "cool",
        "lot",
        "lots",
        "big",
        "little",
        "still",
        "true",
        "false",
        "anything",
        "whyd",
        "imdb",
        "rotten",
        "tomatoes",
        "rating",
        "score",
        "scores",
        "based",
        "story",
        "movie",
        "movies",
        "film",
        "films",
        "binge",
        "binging",
        "bingeing",
        "rewatch",
        "rewatching",
        "finished",
        "started",
        "because",
        "quick",
        "question",
        "questions",
        "gf",
        "bf",
    ]
)


def parse_question(text: str) -> Question:
    """Read a question; raises QuestionTooLong for input no person would type as one question."""
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(len(text))
    folded = fold(text)
    season, folded_without = _cut_seasons(folded)
    words = tuple(None if w == "|" else w for w in folded_without.split())
    return Question(
        text=text,
        words=words,
        intent=Intent.HELP if _HELP.fullmatch(folded) else _intent(folded, season),
        season=season,
        asks_about_person=bool(_PERSON.search(folded)),
        asks_about_past=bool(_PAST.search(folded)),
    )


def _cut_seasons(folded: str) -> tuple[int | None, str]:
    """The first season number mentioned, and the text with every mention replaced by '|'."""
    found: list[tuple[int, int]] = []
    for pattern in _SEASON_PATTERNS:
        for match in pattern.finditer(folded):
            found.append((match.start(), _season_number(match.group(1))))
    season = min(found)[1] if found else None
    for pattern in _SEASON_PATTERNS:
        folded = pattern.sub(" | ", folded)
    return season, folded


def _season_number(token: str) -> int:
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token) or _ORDINALS[token]


def _intent(folded: str, season: int | None) -> Intent:
    if _REASONS.search(folded):
        return Intent.REASONS
    if _CAST.search(folded):
        return Intent.CAST
    if _REASONS_WEAK.search(folded):
        return Intent.REASONS
    strong_info = _INFO_STRONG.search(folded)
    if strong_info and (strong_info.group(0) != "about" or folded.endswith("about")):
        return Intent.INFO
    release = _RELEASE.search(folded)
    status = _STATUS.search(folded)
    if release:
        only_when = all(_RELEASE_ONLY_WHEN.fullmatch(m.group(0)) for m in _RELEASE.finditer(folded))
        if not (only_when and status and _cancel_or_renew(folded)):
            return Intent.RELEASE
    if status or season is not None:
        return Intent.STATUS
    if _INFO.search(folded):
        return Intent.INFO
    return Intent.STATUS


_HELP = re.compile(
    r"(?:help|commands|usage|how (?:do i|to) use (?:this|the|you|showbot)(?: bot)?"
    r"|what can (?:you|this bot|the bot) do|what do you do|how does (?:this|it) work)"
)
"""A request for help, as the whole message ("!help", "what can you do")."""


_DECISION = _cues(r"renew\w*", r"cancel\w*", r"canned", r"axed", r"ended", r"end", r"finished")


def _cancel_or_renew(folded: str) -> bool:
    """'when was it canceled' asks for the decision's date, which the status answer gives."""
    return bool(_DECISION.search(folded))

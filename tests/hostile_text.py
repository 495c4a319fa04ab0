"""Hypothesis strategies for what people (and attackers) type at the bot, shared by the property
tests of the question parser, the engine and the command line.

A question is built from fragments: real titles typed carelessly, question words, season
mentions, numbers in any script, invisible and control characters, emoji, mentions and markdown,
and plain random text; joined by the separators people use.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import settings
from hypothesis import strategies as st


def examples(count: int) -> settings:
    """`count` examples under the default profile, scaled by the loaded one (`ci` runs 100 as
    its base, `explore` many more), with no deadline: a slow example is not a failure."""
    scale = settings().max_examples / 100
    return settings(max_examples=max(1, int(count * scale)), deadline=None)


TITLES = (
    "The Imperfects",
    "Cobra Kai",
    "One Piece",
    "The I-Land",
    "Shōgun",
    "Money Heist",
    "Dark",
    "You",
    "9-1-1",
    "12 Monkeys",
    "Brooklyn Nine-Nine",
    "M*A*S*H",
    "Kevin Can F**k Himself",
    "Agents of S.H.I.E.L.D.",
    "Law & Order: SVU",
    "Grey's Anatomy",
    "Skam Ø",
    "進撃の巨人",
)
"""Real titles with the shapes that trouble readers (numbers, punctuation, letters from afar),
for tests that have no knowledge base at hand."""
QUESTION_WORDS = (
    "will there be",
    "is",
    "is it",
    "when does",
    "when is",
    "come out",
    "coming back",
    "canceled",
    "cancelled",
    "renewed",
    "renewed or canceled",
    "on netflix",
    "who plays",
    "what else is",
    "in",
    "how many episodes",
    "cast",
    "ending explained",
    "of",
    "the",
    "and",
    "or nah",
    "help",
    "thanks",
    "lol",
    "what can you do",
)
SEASON_WORDS = (
    "s2",
    "S02",
    "s2e5",
    "S02E05",
    "s2 ep 5",
    "season 2",
    "season two",
    "seasons 1",
    "2nd season",
    "second season",
    "part 3",
    "pt 3",
    "series 2",
    "volume 1",
    "s6 part 3",
    "season 4 part 2",
    "season 0",
    "season 00",
    "season 100",
    "s0",
    "s100",
    "the final season",
    "next season",
    "im on season 2",
    "after season 7",
    "season 9999999999999999999999",
    "s99999999999999999999e99999999999999999",
    "season -1",
    "season 1.5",
    "season ½",
    "season 2²",
)
OTHER_DIGITS = (
    "፩",  # Ethiopic one: a digit, but not a decimal one
    "٣",  # Arabic-Indic three
    "۳",  # Persian three
    "௫",  # Tamil five
    "३",  # Devanagari three
    "๓",  # Thai three
    "²",
    "³",
    "₂",
    "２",  # fullwidth
    "③",
    "⑩",
    "❸",
    "➌",
    "⓷",
    "Ⅻ",
    "ⅲ",
    "½",
    "𝟚",  # mathematical bold digit two
    "𐩁",  # Kharoshthi two
    "𑁓",  # Brahmi number two
    "᧚",  # New Tai Lue digit one
)
INVISIBLE = (
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u061c",  # Arabic letter mark
    "\u00ad",  # soft hyphen
    "\u034f",  # combining grapheme joiner
    "\ufe0f",  # variation selector 16
    "\U000e0041",  # tag letter A
)
"""Characters that show nothing: a question holding them reads as the same question without."""
CONTROL = ("\x00", "\x07", "\x08", "\x1b", "\x1f", "\x7f", "\x85", "\t", "\x0b", "\x0c")
LINE_BREAKS = ("\n", "\r", "\r\n", "\u2028", "\u2029")
COMBINING = ("\u0301", "\u0338", "\u20dd", "\u0308\u0308\u0308\u0308", "\u1ab0")
"""Combining marks, sent alone or on nothing."""
SURROGATES = ("\ud800", "\udfff", "\udcff", "\ud83d")
"""Halves of a surrogate pair, alone: a Python str (e.g. from JSON "\\ud800") can carry them."""
EMOJI = (
    "🔥",
    "❤️",
    "🇺🇸",
    "🇬🇧",
    "🏳️‍🌈",
    "👨‍👩‍👧‍👦",
    "3️⃣",
    "#️⃣",
    "🤷🏽‍♀️",
    "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "<:pepe:123456789012345678>",
    ":sob:",
)
DISCORD_MARKUP = (
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&1>",
    "<#1>",
    "@everyone",
    "@here",
    "<t:1700000000:R>",
    "**",
    "__",
    "~~",
    "||",
    "`",
    "```",
    "```py\n",
    "> ",
    "# ",
    "-# ",
    "[x](https://example.com)",
    "\\",
    "https://example.com/?q=season%202",
)
PUNCTUATION = ("?", "??", "!", "...", ",", ";", "/", "'", "’", "&", "+", "-", "_", '"', "“", "(")
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=0, max_value=120).map(str),
    st.sampled_from(["0", "00", "007", "1e9", "9" * 400, "1,000", "2.5", "-0", "+3"]),
)
ODD_CHARACTERS = st.characters(
    categories=("Cc", "Cf", "Cs", "Co", "Mn", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "So", "Sk")
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "  ", ", ", ". ", "? ", "\t", "\u00a0", "\u3000"])


def typed(title: str) -> st.SearchStrategy[str]:
    """A title as people type it: any case, maybe without its article, maybe cut short."""
    forms = [title, title.lower(), title.upper(), title.title()]
    if title.lower().startswith("the "):
        forms.append(title[4:])
    return st.one_of(
        st.sampled_from(forms),
        st.integers(min_value=1, max_value=len(title)).map(lambda n: title[:n]),
    )


def fragments(titles: Sequence[str]) -> st.SearchStrategy[str]:
    """One piece of a question."""
    return st.one_of(
        st.sampled_from(titles).flatmap(typed),
        st.sampled_from(QUESTION_WORDS),
        st.sampled_from(SEASON_WORDS),
        st.sampled_from(OTHER_DIGITS),
        st.sampled_from(OTHER_DIGITS).map(lambda d: f"season {d}"),
        st.sampled_from(OTHER_DIGITS).map(lambda d: f"s{d}"),
        NUMBERS,
        NUMBERS.map(lambda n: f"season {n}"),
        st.sampled_from(INVISIBLE + CONTROL + LINE_BREAKS + COMBINING + SURROGATES),
        st.sampled_from(EMOJI + DISCORD_MARKUP + PUNCTUATION),
        ODD_CHARACTERS,
        st.text(max_size=12),
    )


def questions(titles: Sequence[str], max_fragments: int = 10) -> st.SearchStrategy[str]:
    """A message of at most a few hundred characters: half shaped like a question about a
    title, half a soup of fragments and separators."""
    piece = st.tuples(fragments(titles), SEPARATORS).map("".join)
    soup = st.lists(piece, max_size=max_fragments).map("".join)
    return st.one_of(shaped(titles), soup)


def shaped(titles: Sequence[str]) -> st.SearchStrategy[str]:
    """'is the imperfects ፩ canceled?', 'when is s２ of cobra kai\u200b': a question's words, a
    title, and a season, number or odd character just before or after it."""
    lead = st.sampled_from(QUESTION_WORDS)
    title = st.sampled_from(titles).flatmap(typed)
    beside = st.one_of(
        st.sampled_from(SEASON_WORDS + OTHER_DIGITS + INVISIBLE + EMOJI + DISCORD_MARKUP),
        st.sampled_from(OTHER_DIGITS).map(lambda d: f"season {d}"),
        NUMBERS,
        ODD_CHARACTERS,
    )
    end = st.sampled_from(["", "?", "??", "!", " lol", " or nah"])
    return st.one_of(
        st.tuples(lead, title, beside, lead, end).map(
            lambda p: f"{p[0]} {p[1]} {p[2]} {p[3]}{p[4]}"
        ),
        st.tuples(lead, beside, title, end).map(lambda p: f"{p[0]} {p[1]} of {p[2]}{p[3]}"),
        st.tuples(title, beside).map(" ".join),
    )


def long_questions(titles: Sequence[str]) -> st.SearchStrategy[str]:
    """Messages around and far past the length the parser accepts, up to 5,000 characters."""
    return st.tuples(questions(titles, 4), st.integers(min_value=480, max_value=5000)).map(
        lambda pair: _padded(*pair)
    )


def _padded(question: str, length: int) -> str:
    filler = question or "is it renewed "
    return (filler * (length // len(filler) + 1))[:length]


def invisible_in(text: str) -> st.SearchStrategy[str]:
    """`text` with invisible characters slipped in at random places."""
    return st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(text)), st.sampled_from(INVISIBLE)),
        min_size=1,
        max_size=4,
    ).map(lambda inserts: _inserted(text, inserts))


def _inserted(text: str, inserts: list[tuple[int, str]]) -> str:
    for position, character in sorted(inserts, reverse=True):
        text = text[:position] + character + text[position:]
    return text

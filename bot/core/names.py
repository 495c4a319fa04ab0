"""How a folded name is indexed: the forms it is found under and the initials fans type for it.

A name is indexed as written (folded), without a leading article ("casa de papel"), with its
numbers the other way ("9 1 1" and "nine one one", "3rd watch" and "third watch"), with dotted
letters joined ("s h i e l d" as "shield"); a title of three to eight words also under its
initials ("twd", "b99", "sga"), counted as the title is written when that differs from its
folded words ("rpdr" for RuPaul's Drag Race, "teotfw" for The End of the F***ing World).
"""

from __future__ import annotations

import functools
import re

from bot.core.questions.vocabulary import (
    COMMON_WORDS,
    ENGLISH_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SYNONYMS,
)
from bot.core.text import ARTICLES, fold

NAME_ARTICLES = ARTICLES | {"la", "el", "le", "les", "los", "il"}
"""Leading articles a name is indexed without: fans write "casa de papel" and "brea"."""


def name_forms(text: str) -> list[tuple[str, list[str]]]:
    """The forms a folded name is indexed under, with their words: without a leading article,
    then with numbers in words or digits ("9 1 1", "nine one one") and dotted letters joined
    ("s h i e l d" as "shield")."""
    words = text.split()
    if len(words) > 1 and words[0] in NAME_ARTICLES:
        words = words[1:]
        text = text[text.index(" ") + 1 :]  # folded text has single spaces
    forms = [(text, words)]
    if len(words) > 1 and _NUMBERED.search(text):
        forms += [(form, form.split()) for form in number_forms(words)]
    if len(words) > 1 and _LETTERS_APART.search(text):
        joined = _LETTERS_APART.sub(_joined_letters, text)
        forms.append((joined, joined.split()))
    if not _LEET_DIGITS.isdisjoint(text) and _LEET.search(text):
        spelled = _LEET.sub(_leet_letter, text)  # "numb3rs" as "numbers"
        forms.append((spelled, spelled.split()))
    if len(words) > 2 and not _SHORT_FIRSTS.isdisjoint(words) and _SHORTENED.search(text):
        for shortened in dict.fromkeys(_SHORTENED.sub(_short_form, form) for form, _ in forms):
            if shortened != text and " " in shortened:  # "ww2" alone is no name of one show
                forms.append((shortened, shortened.split()))
    return forms


_LEET = re.compile(r"(?<=[a-z])[013](?=[a-z])")
"""A digit written for the letter it looks like, inside a word: "Numb3rs". (Not 4 or 5, which
stand for words or sounds more often than letters: "Girls5eva", "Sally4Ever".)"""
_LEET_LETTERS = {"0": "o", "1": "i", "3": "e"}
_LEET_DIGITS = frozenset(_LEET_LETTERS)
"""The digits `_LEET` looks for, told of a name before any search: most names have none."""


def _leet_letter(match: re.Match[str]) -> str:
    return _LEET_LETTERS[match.group(0)]


_SHORT_FORMS = {
    phrase: next(iter(shorts))
    for phrase, shorts in SYNONYMS.items()
    if phrase.count(" ") >= 2 and shorts
}
"""Phrases of three words or more in `synonyms.yaml` -> the first one-word spelling of their
group ("world war ii" -> "ww2"): a name holding one is indexed under it too ("lost gold of
ww2"); the group's other one-word spellings ("wwii") are its synonyms when typed."""
_SHORT_FIRSTS = frozenset(phrase.split()[0] for phrase in _SHORT_FORMS)
"""The first words of `_SHORT_FORMS`, told of a name before any search: most names have none."""
_SHORTENED = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_SHORT_FORMS, key=len, reverse=True)) + r")\b"
    if _SHORT_FORMS
    else r"(?!)"
)


def _short_form(match: re.Match[str]) -> str:
    return _SHORT_FORMS[match.group(0)]


_NUMBERED = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)\b|(?<=.) (?:ii|iii|iv|vi|vii|viii)\b"
)
"""A name with a number in it, written in digits or in words: indexed both ways."""


_LETTERS_APART = re.compile(r"\b[^\W\d_](?: [^\W\d_]\b)+")
"""Letters of a dotted abbreviation, folded apart: "S.H.I.E.L.D." is "s h i e l d"."""


def _joined_letters(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def number_forms(words: list[str]) -> list[str]:
    """The name with its numbers the other way: "12 monkeys" -> "twelve monkeys", "brooklyn
    nine nine" -> "brooklyn 9 9", "woodstock 99" -> "woodstock ninety nine", "100 humans" ->
    "one hundred humans", "blue planet ii" -> "blue planet 2"."""
    original = words
    # "blue planet ii" is "blue planet 2", never the first word ("I Love Lucy")
    words = [words[0], *(_ROMAN.get(w, w) for w in words[1:])] if words else words
    as_words = [_number_words(w) if w.isdecimal() and w.isascii() else w for w in words]
    as_words = [_ORDINALS.get(w, w) for w in as_words]  # "3rd rock" -> "third rock"
    as_digits: list[str] = []
    for word in words:
        digit = _WORD_DIGITS.get(word) or _ORDINAL_DIGITS.get(word)
        if word == "hundred" and as_digits and as_digits[-1] in _UNIT_DIGITS:
            as_digits[-1] += "00"  # "one hundred humans" -> "100 humans"
        elif digit is not None and as_digits and as_digits[-1] in _TENS_DIGITS and len(digit) == 1:
            as_digits[-1] = as_digits[-1][0] + digit  # "ninety nine" -> "99"
        else:
            as_digits.append(digit or word)
    forms = {" ".join(as_words), " ".join(as_digits), " ".join(words)} - {" ".join(original)}
    return sorted(forms)


_UNITS = ["zero", *NUMBER_WORDS[:19]]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_DIGITS = {
    **{word: str(n) for n, word in enumerate(_UNITS) if n},
    **{word: str(n * 10) for n, word in enumerate(_TENS, start=2)},
}
_TENS_DIGITS = frozenset(str(n * 10) for n in range(2, 10))
_UNIT_DIGITS = frozenset(str(n) for n in range(1, 10))
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8"}
"""Roman numerals after a title's first word ("Blue Planet II", "World War II")."""
_ORDINAL_DIGITS = {
    word: f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n, word in enumerate(ORDINAL_WORDS, start=1)
}
"""Ordinals as words, to digits: "third watch" is also "3rd watch"."""
_ORDINALS = {digits: word for word, digits in _ORDINAL_DIGITS.items()}


def _number_words(number: str) -> str:
    """A number as people say it in a title: "twelve", "ninety nine", "one hundred", "one oh
    four" (Room 104), "two twenty seven", "sixteen hundred" (1600 Penn), "twenty fifteen"
    (School 2015), "nineteen oh five", "two thousand"; a longer one stays in digits."""
    value = int(number)
    if value == 0 or value >= 10000 or number.startswith("0"):
        return number
    if value >= 1000 and value % 100 and not 1900 <= value < 2100:
        return number  # a year of 1900 to 2099 is said in words, other long numbers hardly ever
    if value < 100:
        return _two_digits(value)
    if value < 1000:
        high, low = divmod(value, 100)
        if low == 0:
            return f"{_UNITS[high]} hundred"
        return f"{_UNITS[high]} " + (f"oh {_UNITS[low]}" if low < 10 else _two_digits(low))
    if value % 1000 == 0:
        return f"{_UNITS[value // 1000]} thousand"
    if 2000 < value < 2010:
        return f"two thousand {_UNITS[value - 2000]}"
    high, low = divmod(value, 100)
    if low == 0:
        return f"{_two_digits(high)} hundred"
    return f"{_two_digits(high)} " + (f"oh {_UNITS[low]}" if low < 10 else _two_digits(low))


def _two_digits(value: int) -> str:
    """1 to 99 in words: "seven", "fifteen", "ninety nine"."""
    if value < 20:
        return _UNITS[value]
    tens, units = divmod(value, 10)
    return _TENS[tens - 2] + (f" {_UNITS[units]}" if units else "")


_SMALL = frozenset({"and", "of", "the", "in", "a", "an", "on", "to", "for"})
"""Words whose initial people often leave out ("ldr" for Love, Death & Robots)."""
_DIGITS = {
    word: str(n)
    for n, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], start=1
    )
}


def acronyms(words: list[str]) -> tuple[str, ...]:
    """'mlwtwb', 'twd', 'ldr', 'b99': initials people type for titles of three to eight
    (folded) words, with or without the small words, numbers as digits; a word made of two
    ("stargate", "powerpuff") gives an initial to each ("sga", "ppg"), or only one no
    dictionary holds ("fullmetal", not "brotherhood": "fmab")."""
    if not 2 <= len(words) <= 8:
        return ()
    parted = [part for word in words for part in _compound(word)]
    if len(parted) < 3:
        return ()
    forms = [words, [_DIGITS.get(word, word) for word in words]]
    if len(parted) > len(words):
        forms.append(parted)
        # only the words no dictionary holds split: "fmab" (Fullmetal Alchemist: Brotherhood)
        coined = [
            part
            for word in words
            for part in (_compound(word) if word not in ENGLISH_WORDS else (word,))
        ]
        if len(words) < len(coined) < len(parted):
            forms.append(coined)
    found = []
    for form in forms:
        if not 3 <= len(form) <= 8:
            continue
        if any(word[:1].isdecimal() and not word.isdecimal() for word in form):
            continue  # "dark side of the 90s" is no "ds9": a decade, "3rd", gives no initial
        initials = "".join(word if word.isdecimal() else word[0] for word in form)
        if not initials.isalnum() or not initials.isascii() or initials.isdecimal():
            continue
        found.append(initials)
        if form[0] in ARTICLES and len(form) >= 4:
            found.append(initials[1:])
        bare = "".join(word if word.isdecimal() else word[0] for word in form if word not in _SMALL)
        if len(bare) >= 3:
            found.append(bare)
    return tuple(dict.fromkeys(found))


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
"""A capital inside a word starts a word of its own for initials: "RuPaul", "SpongeBob"."""
_CENSORED = re.compile(r"\b([^\W\d_])[*#@-]{2,}[^\W\d_]*")
"""A word written with its middle masked ("F***ing", "B----") is one word, with one initial."""


def written_words(title: str) -> list[str] | None:
    """The folded words of a title (as written) that its initials are made of, when they are
    not its folded words: fans give "RuPaul" two initials ("rpdr") and "F***ing", which folds
    to "f ing", one ("teotfw"). None for the many titles where nothing differs, and for those
    of fewer than three words ("MythBusters"), which have no initials."""
    if _CENSORED.search(title) is None and _INNER_CAPITAL.search(title) is None:
        return None
    spelled = fold(_INNER_CAPITAL.sub(" ", _CENSORED.sub(r"\1", title)))
    words = spelled.split()
    return words if len(words) >= 3 and spelled != fold(title) else None


@functools.lru_cache(maxsize=1 << 16)
def _compound(word: str) -> tuple[str, ...]:
    """A word that is no everyday word but two run together ("stargate": "star", "gate"), as
    its parts; any other word as itself."""
    if len(word) < 6 or word in COMMON_WORDS or not word.isalpha():
        return (word,)
    for cut in range(3, len(word) - 2):
        if word[:cut] in ENGLISH_WORDS and word[cut:] in ENGLISH_WORDS:
            return word[:cut], word[cut:]
    return (word,)


MASK = re.compile(r"[*#$@-]")
"""A character a title may mask a word's letters with ("F***ing", "B----")."""
_MASKED = re.compile(r"(?<![\w*#$@-])([A-Za-z]*)([*#$@-]+)([A-Za-z]*)(?![\w*#$@-])")
"""A word of a title with letters masked, what it shows before and after the mask."""
_SWEARS = ("fuck", "fucking", "fucked", "fucker", "shit", "bitch", "bastard", "damn", "ass")
"""The words titles mask, which fans type whole ("end of the fucking world")."""


def uncensored(title: str) -> tuple[str, ...]:
    """The title with each masked word written out, when the letters it shows and the length
    of its mask fit one word people mask ("The End of the F***ing World" -> "... Fucking
    World", "Don't Trust the B---- in Apartment 23"); none for a mask that shows no letter
    ("$#*! My Dad Says": any word of four letters)."""
    changed = False

    def written(match: re.Match[str]) -> str:
        nonlocal changed
        head, mask, tail = match.groups()
        if not head and not tail:
            return match.group(0)
        fits = [
            word
            for word in _SWEARS
            if len(word) == len(head) + len(mask) + len(tail)
            and word.startswith(head.lower())
            and word.endswith(tail.lower())
        ]
        if len(fits) != 1:
            return match.group(0)
        changed = True
        return fits[0]

    written_out = _MASKED.sub(written, title)
    return (written_out,) if changed else ()

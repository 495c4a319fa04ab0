"""The slips of the keyboard and the ear by which people mistype a word, and those that make
another word.

A letter dropped or doubled ("spooksvile", "acton"), two letters swapped ("hosue"), a vowel
for a vowel ("titen"), a sound written another way ("rase", "hypnotise"): these are typos.
Another consonant ("landman" for "sandman", "boots" for "roots"), even from the key beside it
("frieren" for "frieden"), is as likely another word, a title the base lacks, as a slip.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

_VOWELS = frozenset("aeiou")
_SOUNDS = (frozenset("ckqs"), frozenset("sz"))
"""Letters written for one another by ear."""


def one_slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one slip people make (see the module's docstring)."""
    if typed == meant or OSA.distance(typed, meant) != 1:
        return False
    if len(typed) != len(meant):
        shorter, longer = sorted((typed, meant), key=len)
        # a letter dropped or added anywhere but first ("pacfic"), or doubled ("spooksvile")
        return any(
            longer[:at] + longer[at + 1 :] == shorter
            for at in range(len(longer))
            if at > 0 or longer[0] == longer[1:2]
        )
    differ = [at for at in range(len(meant)) if typed[at] != meant[at]]
    if len(differ) == 2:
        return True  # two letters swapped
    (at,) = differ
    one, other = typed[at], meant[at]
    if any({one, other} <= sounds for sounds in _SOUNDS):
        return True
    return at > 0 and one in _VOWELS and other in _VOWELS


def near_any(word: str, name: list[str]) -> bool:
    """Whether a typed word is one of the name's words, or near enough to be it mistyped (two
    edits, a third for a long word): "dragon ball *daima*" is another show, no slip of Dragon
    Ball Super."""
    return word in name or any(
        OSA.distance(word, meant) <= (3 if len(meant) >= _LONG_WORD else 2)
        or (len(word) >= _CUT_LETTERS and meant.startswith(word))  # "madam *sec*"
        for meant in name
    )


_LONG_WORD = 8
_CUT_LETTERS = 3
"""Letters from which a word may be a name's word cut short ("sec", "evo")."""

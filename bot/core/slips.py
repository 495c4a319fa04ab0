"""The slips of the keyboard and the ear by which people mistype a word, and those they don't.

A letter dropped or doubled ("spooksvile", "acton"), two letters swapped ("hosue"), a key
beside the meant one ("rase"), a vowel for a vowel ("titen"), a sound written another way
("ck", "s" for "c"): these are typos. Another first letter from across the keyboard
("landman" for "sandman", "boots" for "roots") is no slip but another word, and a title the
base lacks is as likely as a typo of one it has.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS = {key: (row, column) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}
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
    if _beside(one, other) or any({one, other} <= sounds for sounds in _SOUNDS):
        return True
    return at > 0 and one in _VOWELS and other in _VOWELS


def _beside(one: str, other: str) -> bool:
    """Whether two keys touch on a QWERTY keyboard."""
    if one not in _KEYS or other not in _KEYS:
        return False
    (row, column), (other_row, other_column) = _KEYS[one], _KEYS[other]
    return abs(row - other_row) <= 1 and abs(column - other_column) <= 1

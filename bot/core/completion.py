"""Autocomplete: the names that fit what a user has typed so far, over a `NameIndex`'s parts.

`NameIndex` is built with these parts (names in sorted order, the most popular owners, the
words of every name in order) unless `completion=False`; this mixin reads them.
"""

from __future__ import annotations

import bisect
import heapq
from array import array
from operator import itemgetter
from typing import TYPE_CHECKING, ClassVar

from rapidfuzz import fuzz, process

from bot.core.text import drop_leading_article, fold

_MAX_COMPLETIONS = 1500
"""Names beginning with what was typed that are ranked by popularity for one autocomplete."""
_COMPLETION_POOL = 200
"""Other names, sharing words with what was typed, fuzzily scored for one autocomplete."""


class Completion:
    """Autocomplete for `NameIndex`, which builds the parts declared here."""

    _texts: list[str]
    _owners: array[int]
    _popularity: array[float]
    _name_popularity: array[float]
    _postings: dict[str, array[int]]
    _vocabulary: list[str]
    _sorted_texts: list[str]
    _sorted_names: array[int]
    _by_popularity: list[int]
    _walk_budget: ClassVar[int]
    """Words in more names than this are not walked (`NameIndex._walk`)."""

    if TYPE_CHECKING:

        def _variants(self, word: str) -> tuple[str, ...]: ...

        def _walk(
            self, variants: list[tuple[str, ...]]
        ) -> tuple[dict[int, float], dict[str, float]]: ...

    def complete(self, typed: str, limit: int = 25) -> list[int]:
        """Owners whose names fit what a user has typed so far, best first.

        Names that begin with what was typed come first (the most popular of them); then the
        names sharing the most telling words with it, the last word read as the start of one.
        A few hundred names at most get the C-level fuzzy scoring.
        """
        words = fold(typed).split()
        if not words:
            return self._by_popularity[:limit]
        *done, partial = words
        query = " ".join(drop_leading_article(words))
        starting = self._starting_with(query)
        options = [self._variants(word) for word in done]
        options.append(tuple(self._prefixed(partial, 64)) or self._variants(partial))
        weights, _ = self._walk(options)
        taken = set(starting)
        pool = [name_id for name_id, _ in sorted(weights.items(), key=itemgetter(1), reverse=True)]
        ordered = [*starting, *[i for i in pool[: _COMPLETION_POOL + len(taken)] if i not in taken]]
        texts, owners, popularity = self._texts, self._owners, self._popularity
        shortlist = process.extract(
            query, [texts[name_id] for name_id in ordered], scorer=fuzz.WRatio, limit=limit * 4
        )
        shortlist += [(texts[ordered[i]], 100.0, i) for i in range(len(starting))]
        best: dict[int, float] = {}
        for _, score, position in shortlist:
            name_id = ordered[position]
            text, owner = texts[name_id], owners[name_id]
            if text.startswith(query):
                # Half typed, any of these may be meant: the best known first, a full name
                # typed out before longer ones.
                score = 130 + min(popularity[owner], 100) / 5 + 10 * (text == query)
            else:
                score += 5 * any(w.startswith(partial) for w in text.split())
                score += min(popularity[owner], 100) / 20
            if score > best.get(owner, -1):
                best[owner] = score
        return [o for o, _ in heapq.nlargest(limit, best.items(), key=itemgetter(1))]

    def _starting_with(self, query: str, limit: int = 40) -> list[int]:
        """Names that begin with what was typed, the most popular first."""
        start = bisect.bisect_left(self._sorted_texts, query)
        end = bisect.bisect_left(self._sorted_texts, query + "\U0010ffff", start)
        found = self._sorted_names[start : min(end, start + _MAX_COMPLETIONS)]
        return heapq.nlargest(limit, found, key=self._name_popularity.__getitem__)

    def _prefixed(self, prefix: str, limit: int) -> list[str]:
        """Indexed words that start with `prefix`, the rarest (most telling) first."""
        vocabulary = self._vocabulary
        start = bisect.bisect_left(vocabulary, prefix)
        end = bisect.bisect_left(vocabulary, prefix + "\U0010ffff", start)
        found = vocabulary[start : min(end, start + limit * 8)]
        budget = self._walk_budget
        found.sort(key=lambda w: (len(self._postings[w]) > budget, len(w)))
        return found[:limit]

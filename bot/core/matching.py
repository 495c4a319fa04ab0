"""Finding the show (or person) a free-form question is about.

The question is longer than any title ("so is the imperfects getting a s2 or not??"), so we compare
each candidate name with the stretch of the question that lines up with it, never with the whole
question. Candidates come from an index built once per snapshot: words to names, word deletions to
words (typos), and whole names (short titles made of common words such as "You" or "The One").
rapidfuzz then scores only those few candidates, which keeps a 100,000-show base fast.

The resolver refuses rather than guesses: one show is returned only when it is clearly ahead of
every other show; equally good matches come back as `Ambiguous`, weak ones as `NoMatch` with
suggestions.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.text import ARTICLES, drop_leading_article, fold, fold_many

CONFIDENT = 88.0
"""Lowest similarity (0-100) between a name and the question for a confident answer."""
SUGGEST = 62.0
"""Lowest similarity for a name to be offered as a suggestion."""
TIE_MARGIN = 4.0
"""Two owners whose ranking scores are this close are equally good matches."""
FUNCTION_WORD_PENALTY = 0.75
"""A name matched only by question words ("will", "cast", "you") is probably not meant."""
WORD_BONUS = 5.0
"""Per matched word: "one piece live action" beats "one piece" when both fit the question."""
NETWORK_BONUS = 5.0
_LINKS = frozenset({"the", "a", "an", "of", "and"})
"""Words skipped when looking for a title that continues past a known one."""
_LINKS_BEFORE = frozenset({"in", "on", "at"})
"""... and before it: "emily *in* paris" is not "Paris"."""
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_TIME_PREPOSITIONS = {
    **dict.fromkeys(_WEEKDAYS, frozenset({"on", "this", "next", "every", "by", "until", "till"})),
    **dict.fromkeys(_MONTHS, frozenset({"in", "this", "next", "by", "until", "till", "early"})),
}
_MAX_POSTING = 3000
"""Words in more names than this ("the", "of", "love") only reach names through whole-name hits."""
_MAX_CANDIDATES = 32
_SCORED_CANDIDATES = 8
"""Candidates that get the detailed scoring, after a C-level partial_ratio shortlist."""
_MAX_COMPLETIONS = 1500
"""Names considered for one autocomplete request (scored in one C-level pass)."""
_MAX_NGRAM = 6


class Name(NamedTuple):
    """One way to write an owner's name, folded for comparison (a tuple: 200,000 are built
    per snapshot, and tuples are the cheapest immutable record)."""

    owner: int
    text: str
    words: tuple[str, ...]
    is_alias: bool


@dataclass(frozen=True, slots=True)
class Scored:
    """How well one owner matched: `similarity` decides confidence, `rank` decides order."""

    owner: int
    similarity: float
    rank: float
    popularity: float
    name: str
    start: int = 0
    end: int = 0
    """The stretch of the question's words that matched."""


@dataclass(frozen=True, slots=True)
class Match:
    best: Scored


@dataclass(frozen=True, slots=True)
class Ambiguous:
    candidates: tuple[Scored, ...]


@dataclass(frozen=True, slots=True)
class NoMatch:
    suggestions: tuple[Scored, ...]


Resolution = Match | Ambiguous | NoMatch


@dataclass(frozen=True, slots=True)
class Entry:
    """What the index needs to know about an owner (a show or a person)."""

    names: tuple[str, ...]
    """Title first, then aliases."""
    popularity: float = 0.0
    context: tuple[str, ...] = ()
    """Words that, found in a question, point at this owner (network, premiere year)."""


class NameIndex:
    """An immutable index over the names of shows (or people), built once per snapshot."""

    def __init__(self, entries: Sequence[Entry], function_words: frozenset[str]) -> None:
        self._function_words = function_words
        self._function_deletions = _deletion_index(function_words)
        self._popularity = [e.popularity for e in entries]
        self._context = [
            frozenset(text.split()) for text in fold_many([" ".join(e.context) for e in entries])
        ]
        self.names: list[Name] = []
        postings: dict[str, list[int]] = defaultdict(list)
        whole: dict[str, list[int]] = defaultdict(list)
        names = self.names
        folded_names = iter(fold_many([raw for entry in entries for raw in entry.names]))
        for owner, entry in enumerate(entries):
            seen: set[str] = set()
            for position in range(len(entry.names)):
                folded = next(folded_names).split()
                words = drop_leading_article(folded)
                text = " ".join(words)
                if not text or text in seen:
                    continue
                seen.add(text)
                index = len(names)
                names.append(Name(owner, text, words, position > 0))
                whole[text].append(index)
                if len(words) > 1:
                    if min(map(len, words)) > 1 and len(text) > 5:
                        whole["".join(words)].append(index)  # "cobrakai", not "is" for "I.S."
                    for word in set(words):
                        postings[word].append(index)
                else:
                    postings[text].append(index)
                if position == 0 and len(folded) >= 3:
                    for acronym in _acronyms(folded) - seen:
                        seen.add(acronym)
                        whole[acronym].append(len(names))
                        names.append(Name(owner, acronym, (acronym,), True))
        self._postings = dict(postings)
        self._whole = dict(whole)
        total = max(len(names), 1)
        self._idf = {w: math.log(1 + total / len(ids)) for w, ids in self._postings.items()}
        idf = self._idf
        self._name_weight = [
            sum(idf[w] for w in n.words if w not in function_words and w in idf) or 1.0
            for n in names
        ]
        self._sorted_names = sorted(
            range(len(names)), key=lambda i: (names[i].text, -self._popularity[names[i].owner])
        )
        self._sorted_texts = [names[i].text for i in self._sorted_names]
        self._vocabulary = sorted(self._postings)
        self._deletions = _deletion_index(self._vocabulary)
        self._by_popularity = sorted(
            range(len(entries)), key=lambda o: (-self._popularity[o], entries[o].names[0].lower())
        )

    def __len__(self) -> int:
        return len(self._popularity)

    # -- resolving a question ---------------------------------------------------------------

    def resolve(self, words: Sequence[str | None]) -> Resolution:
        """Find the owner a question is about.

        `words` are the question's folded words; `None` marks a break (a removed season
        mention) that no name may span.
        """
        ranked = self.rank(words)
        if not ranked:
            return NoMatch(())
        best = ranked[0]
        if best.similarity < CONFIDENT:
            return NoMatch(tuple(s for s in ranked[:3] if s.similarity >= SUGGEST))
        rivals = tuple(
            s for s in ranked if s.similarity >= CONFIDENT and best.rank - s.rank < TIE_MARGIN
        )
        if len(rivals) > 1:
            return Ambiguous(rivals[:5])
        return Match(best)

    def rank(self, words: Sequence[str | None], limit: int = 8) -> list[Scored]:
        """Owners best first, each with its best-matching name."""
        words = list(words)
        variants = [self._variants(w) if w is not None else () for w in words]
        candidates = self._candidates(words, variants)
        if not candidates:
            return []
        query_words = {w for w in words if w is not None}
        windows = _Windows(words)
        best_by_owner: dict[int, Scored] = {}
        for name_id in candidates:
            name = self.names[name_id]
            scored = self._score(name, words, variants, windows, query_words)
            if scored is None:
                continue
            current = best_by_owner.get(name.owner)
            if current is None or (scored.rank, scored.similarity) > (
                current.rank,
                current.similarity,
            ):
                best_by_owner[name.owner] = scored
        ordered = sorted(
            best_by_owner.values(), key=lambda s: (-s.rank, -s.similarity, -s.popularity)
        )
        return ordered[:limit]

    def _variants(self, word: str) -> tuple[str, ...]:
        """The indexed words a question word may stand for: itself and its near spellings
        ("oder" is a word of some title, but the asker probably meant "order")."""
        known = word in self._postings
        if len(word) < 3 or word.isdigit() or (known and word in self._function_words):
            return (word,) if known else ()
        budget = 1 if len(word) <= 5 else 2
        found = {word} if known else set()
        for key in _deletions(word):
            for spelling in self._deletions.get(key, ()):
                if (
                    abs(len(spelling) - len(word)) <= budget
                    and OSA.distance(word, spelling) <= budget
                ):
                    found.add(spelling)
        return tuple(sorted(found))

    def _candidates(self, words: list[str | None], variants: list[tuple[str, ...]]) -> list[int]:
        weights: dict[int, float] = defaultdict(float)
        exact: set[int] = set()
        # Whole names: catches short titles made only of common words.
        for start in range(len(words)):
            for end in range(start + 1, min(start + _MAX_NGRAM, len(words)) + 1):
                chunk = words[start:end]
                if None in chunk:
                    break
                for key in (" ".join(chunk), "".join(chunk)):  # type: ignore[arg-type]
                    exact.update(self._whole.get(key, ()))
        # Rare words and their spellings: catches long titles, typos and extra words.
        function_words = self._function_words
        for options in variants:
            for word in options:
                if word in function_words:
                    continue
                ids = self._postings[word]
                if len(ids) > _MAX_POSTING:
                    continue
                weight = self._idf[word]
                for name_id in ids:
                    weights[name_id] += weight
        # Common words ("things") are too frequent to walk, but still count for the names the
        # rare words found ("stranger thigns" must rank Stranger Things above "Stranger").
        common = {
            word
            for options in variants
            for word in options
            if word not in function_words and len(self._postings[word]) > _MAX_POSTING
        }
        if common:
            names = self.names
            for name_id in weights:
                for word in common:
                    if word in names[name_id].words:
                        weights[name_id] += self._idf[word]
        name_weight = self._name_weight
        scored = [
            (weight / name_weight[name_id], weight, name_id)
            for name_id, weight in weights.items()
            if weight >= 0.34 * name_weight[name_id]
        ]
        best = heapq.nlargest(_MAX_CANDIDATES, scored)
        found = [name_id for _, _, name_id in best if name_id not in exact]
        if len(found) > _SCORED_CANDIDATES:
            # One C-level pass picks the names that best fit somewhere in the question; only
            # those get the detailed (Python) scoring.
            question = " ".join(w for w in words if w is not None)
            texts = [self.names[name_id].text for name_id in found]
            top = process.extract(
                question, texts, scorer=fuzz.partial_ratio, limit=_SCORED_CANDIDATES
            )
            found = [found[index] for _, _, index in top]
        return [*exact, *found]

    def _score(
        self,
        name: Name,
        words: list[str | None],
        variants: list[tuple[str, ...]],
        windows: _Windows,
        query_words: set[str],
    ) -> Scored | None:
        wanted = set(name.words)
        hits = [i for i, options in enumerate(variants) if wanted.intersection(options)]
        if not hits:
            hits = [i for i, w in enumerate(words) if w is not None and w in wanted]
        if not hits:
            joined = "".join(name.words)  # "cobrakai" for "cobra kai"
            hits = [i for i, w in enumerate(words) if w == joined]
            if not hits or joined in self._function_words:
                return None
            words = [*words[: hits[0]], name.text, *words[hits[0] + 1 :]]
            windows = _Windows(words)
        size = len(name.words)
        name_content = self._content(name.text)
        spans = list(windows.around(hits, size))
        best_ratio, best_window = 0.0, (0, 0)
        for start, end in spans:
            ratio = fuzz.ratio(name.text, windows.text(start, end), score_cutoff=best_ratio)
            if ratio > best_ratio:
                best_ratio, best_window = ratio, (start, end)
        if best_ratio < 97 and size > 1 and self._all_content_asked(name, variants):
            # Word order ("live action one piece") and small words ("devil of ohio").
            for start, end in spans:
                if end - start < 2:
                    continue
                text = windows.text(start, end)
                ratio = 0.9 * fuzz.token_sort_ratio(name.text, text)
                if name_content.count(" ") >= 1:
                    ratio = max(ratio, 0.95 * fuzz.ratio(name_content, self._content(text)))
                if ratio > best_ratio:
                    best_ratio, best_window = ratio, (start, end)
        if not best_ratio:
            return None
        start, end = best_window
        span = [w for w in words[start:end] if w is not None]
        content = [w for w in span if w not in self._function_words]
        similarity = best_ratio
        whole_question = len(span) == len(query_words) == sum(w is not None for w in words)
        if not content and size < 3 and not whole_question:
            similarity *= FUNCTION_WORD_PENALTY
        if size == 1 and best_ratio < 100 and span and span[0][:1] != name.text[:1]:
            # "reacher" is one letter from "preacher", but people rarely mistype a first letter.
            similarity = min(similarity, CONFIDENT - 1)
        context = self._context[name.owner]
        longer = self._continuation(words, start, end, context)
        if longer is not None:
            # "dark matter" is not "Dark": the question names a longer, unknown title.
            similarity = min(similarity, max(fuzz.ratio(name.text, longer), SUGGEST))
        rank = similarity + WORD_BONUS * min(size, 5) * similarity / 100
        if context and (context & query_words):
            rank += NETWORK_BONUS
        return Scored(
            name.owner, similarity, rank, self._popularity[name.owner], name.text, start, end
        )

    def _all_content_asked(self, name: Name, variants: list[tuple[str, ...]]) -> bool:
        """Worth the slower word-order checks only when every telling word of the name is in
        the question ("live action one piece", "devil of ohio")."""
        asked = {word for options in variants for word in options}
        return all(w in asked for w in name.words if w not in self._function_words)

    def _content(self, text: str) -> str:
        return " ".join(w for w in text.split() if w not in self._function_words)

    def _continuation(
        self, words: list[str | None], start: int, end: int, context: frozenset[str]
    ) -> str | None:
        """The matched text plus a word that seems to carry the title on ("squid game *the
        challenge*", "*american* skins"), or None when the title stands on its own."""

        def telling(word: str | None) -> bool:
            return (
                word is not None
                and word not in self._function_words
                and word not in context
                and not word.isdigit()
                and not self._misspelt_function_word(word)
            )

        after = end
        while after < len(words) and words[after] in _LINKS:
            after += 1
        before = start - 1
        while before >= 0 and words[before] in _LINKS:
            before -= 1
        if before == start - 1 and before >= 0 and words[before] in _LINKS_BEFORE:
            before -= 1  # "emily in paris", but not "who plays juan in the imperfects"
        core = " ".join(w for w in words[start:end] if w is not None)
        if after < len(words) and telling(words[after]):
            return " ".join(w for w in words[start : after + 1] if w is not None)
        if before >= 0 and telling(words[before]):
            word = words[before]
            if before < start - 1 and word is not None and word.endswith(("ing", "ed")):
                return None  # "binging the imperfects": a verb, not part of a title
            return f"{word} {core}"
        if start > 0 and words[start - 1] in _TIME_PREPOSITIONS.get(core, ()):
            return f"{words[start - 1]} {core}"  # "comes out on wednesday" is a day
        return None

    def _misspelt_function_word(self, word: str) -> bool:
        """'renewd', 'cancled': typos of question words are question words too."""
        if len(word) < 5:
            return False
        return any(
            len(known) >= 5 and OSA.distance(word, known) <= 1
            for key in _deletions(word)
            for known in self._function_deletions.get(key, ())
        )

    # -- autocomplete -----------------------------------------------------------------------

    def complete(self, typed: str, limit: int = 25) -> list[int]:
        """Owners whose names fit what a user has typed so far, best first."""
        words = fold(typed).split()
        if not words:
            return self._by_popularity[:limit]
        *done, partial = words
        candidates: set[int] = set()
        for word in done:
            for option in self._variants(word):
                ids = self._postings[option]
                if len(ids) <= _MAX_POSTING:
                    candidates.update(ids)
        for word in self._prefixed(partial, 64):
            if len(candidates) >= _MAX_COMPLETIONS:
                break
            candidates.update(self._postings[word][:_MAX_COMPLETIONS])
        if not candidates:
            for option in self._variants(partial):
                candidates.update(self._postings[option][:_MAX_COMPLETIONS])
        query = " ".join(drop_leading_article(words))
        names = self.names
        starting = self._starting_with(query)
        candidates.difference_update(starting)
        ordered = [*starting, *list(candidates)[:_MAX_COMPLETIONS]]
        texts = [names[name_id].text for name_id in ordered]
        shortlist = process.extract(query, texts, scorer=fuzz.WRatio, limit=limit * 4)
        shortlist += [(None, 100.0, i) for i in range(len(starting))]
        best: dict[int, float] = {}
        for _, score, position in shortlist:
            name = names[ordered[position]]
            if name.text.startswith(query):
                score += 30
            elif any(w.startswith(partial) for w in name.words):
                score += 5
            score += min(self._popularity[name.owner], 100) / 20
            if score > best.get(name.owner, -1):
                best[name.owner] = score
        return [o for o, _ in heapq.nlargest(limit, best.items(), key=lambda item: item[1])]

    def _starting_with(self, query: str, limit: int = 40) -> list[int]:
        """Names that begin with what was typed, the most popular first."""
        start = bisect.bisect_left(self._sorted_texts, query)
        found = []
        for position in range(start, min(start + _MAX_COMPLETIONS, len(self._sorted_texts))):
            if not self._sorted_texts[position].startswith(query):
                break
            found.append(self._sorted_names[position])
        popularity = self._popularity
        return heapq.nlargest(limit, found, key=lambda i: popularity[self.names[i].owner])

    def _prefixed(self, prefix: str, limit: int) -> list[str]:
        """Indexed words that start with `prefix`, the rarest (most telling) first."""
        start = bisect.bisect_left(self._vocabulary, prefix)
        found = []
        for word in self._vocabulary[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
            if len(found) >= limit * 8:
                break
        found.sort(key=lambda w: (len(self._postings[w]) > _MAX_POSTING, len(w)))
        return found[:limit]


class _Windows:
    """Stretches of the question, joined once and reused for every candidate name."""

    def __init__(self, words: list[str | None]) -> None:
        self._words = words
        self._cache: dict[tuple[int, int], str] = {}

    def text(self, start: int, end: int) -> str:
        key = (start, end)
        text = self._cache.get(key)
        if text is None:
            text = " ".join(w for w in self._words[start:end] if w is not None)
            self._cache[key] = text
        return text

    def around(self, hits: list[int], size: int) -> Iterable[tuple[int, int]]:
        """Windows of about the name's length that contain a hit and cross no break."""
        seen = set()
        count = len(self._words)
        for hit in hits:
            for length in range(max(1, size - 1), size + 2):
                for start in range(max(0, hit - length + 1), hit + 1):
                    end = start + length
                    if end > count or (start, end) in seen:
                        continue
                    if None in self._words[start:end]:
                        continue
                    seen.add((start, end))
                    yield start, end


def _acronyms(words: list[str]) -> set[str]:
    """'mlwtwb', 'twd': initials people type for titles of three to eight (folded) words."""
    if len(words) > 8 or not all(w[:1].isalpha() for w in words):
        return set()
    initials = "".join(w[0] for w in words)
    if words[0] in ARTICLES and len(words) >= 4:
        return {initials, initials[1:]}
    return {initials}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def _deletion_index(vocabulary: Iterable[str]) -> dict[str, list[str]]:
    """Each word's one-letter deletions -> the words: finds typos and swapped letters fast."""
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) < 3 or word.isdigit():
            continue
        for i in range(len(word) + 1):
            key = word[:i] + word[i + 1 :]
            found = index.get(key)
            if found is None:
                index[key] = [word]
            elif found[-1] != word:
                found.append(word)
    return index

"""Finding the show (or person) a free-form question is about.

The question is longer than any title ("so is the imperfects getting a s2 or not??"), so we compare
each candidate name with the stretch of the question that lines up with it, never with the whole
question. Candidates come from an index built once per snapshot: words to names, one-letter
deletions to words (typos), and whole names (short titles made of common words such as "You" or
"The One"). The question's rarest words are walked first, within a budget; only the few names
sharing the most telling words with it get the detailed scoring, which keeps a 100,000-show base
under a millisecond per question.

The resolver refuses rather than guesses: one show is returned only when it is clearly ahead of
every other show; equally good matches come back as `Ambiguous`, weak ones as `NoMatch` with
suggestions (`bot.core.results`).

The forms a name is indexed under (numbers, initials, dotted letters) are `bot.core.names`;
autocomplete over the same index is `bot.core.completion`.
"""

from __future__ import annotations

import bisect
import copy
import heapq
import math
import pickle
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import product, repeat
from typing import NamedTuple, TypeGuard

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.core.compact import (
    HashMultimap,
    from_pieces,
    sorted_positions,
    stable_hash,
    state_pieces,
)
from bot.core.completion import Completion
from bot.core.fitting import (
    RARE_SPELLING,
    Fit,
    Query,
    cut_short,
    fit,
    respelled_rare,
    typed_apart,
)
from bot.core.names import (
    MASK,
    NAME_ARTICLES,
    acronyms,
    name_forms,
    uncensored,
    written_words,
)
from bot.core.questions.vocabulary import (
    COUNTRIES,
    ENGLISH_WORDS,
    NETWORKS,
    REWORDINGS,
    SHORTHAND,
    SYNONYM_PHRASES,
    SYNONYMS,
    TITLE_PLACES,
    sounds_like,
)
from bot.core.results import (
    ALIAS,
    CONFIDENT,
    INITIALS,
    POPULAR,
    SHORT,
    SUGGEST,
    TIE_MARGIN,
    Ambiguous,
    Match,
    NoMatch,
    Resolution,
    Scored,
)
from bot.core.shortnames import (
    franchise_tails,
    initialled_subtitles,
    short_names,
    subtitle_forms,
    telling_words,
)
from bot.core.text import ARTICLES, american, consonants, fold, fold_many

EXACT = 99.5
"""A name written out exactly in the question outranks rivals that only come close."""
FUNCTION_WORD_PENALTY = 0.75
"""A name matched only by question words ("will", "cast", "you") is probably not meant."""
WORD_BONUS = 5.0
"""Per matched word: "one piece live action" beats "one piece" when both fit the question."""
NETWORK_BONUS = 5.0
NAMING_BONUS = 5.0
"""A name right after "called" or "named" is the one the asker means ("was it called dark")."""
MADE_UP_LETTERS = 4
"""The fewest letters of initials counted from a title's words as written ("rpdr"): three
are too often a word or chat ("zzz" for ZeroZeroZero)."""
INITIALS_PENALTY = 6.0
"""Initials the index made up ("tlou" for The Law of Ueki) rank below names an admin wrote."""
_LINKS = frozenset({"the", "a", "an", "of"}) | NAME_ARTICLES
"""Words skipped when looking for a title that continues before a known one (not "and": "x and
y" asks about two shows far more often than it names an unknown one)."""
_LINKS_AFTER = frozenset({"the", "of"})
"""... and after one: "is lost girl *a* horror show" goes on about the show, not its title."""
WELL_KNOWN = 60.0
"""Popularity (0-100) from which a show is known well enough that its name of two words or more,
written out, is taken as its title even with a sentence's words before it ("my brother swears
burn notice had ..."); that a one-word title that is an everyday word ("Lost", "Dark") means
the show where a title goes in the sentence; and that fans use its short name ("demon
slayer")."""
REWORDED_WORDS = 3
"""The fewest words of a title that a word swapped for another ("the last *guy* on earth") may
stand in: fewer, and the rest says too little to be sure."""
FUNCTION_WEIGHT = 0.3
"""The weight of a question word ("the", "of", "you") inside a name."""
_PLACING = frozenset({"in", "on", "at", "under", "from"})
"""Words inside titles ("Darling in the Franxx", "Murder on the Orient Express"): a sentence
that opens with a word, one of these and a title names a longer title."""
NAMING_WORDS = frozenset({"called", "named", "titled"})
"""Words that name what follows as a title ("a show *called* x")."""
_KINDS = TITLE_PLACES["kinds"]
_LENGTHEN = TITLE_PLACES["lengthen"]
_FRAMING = TITLE_PLACES["framing"]
_ASIDES = TITLE_PLACES["asides"]
_DESCRIPTION = 5
"""Words at most between "the" and the kind of show in a description after a title."""
_JOINERS = frozenset({"and", "or", "vs", "versus", "plus", "nor"})
_BESIDE_TITLE = TITLE_PLACES["beside_title"]
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
_WALK_BUDGET = 300
"""Posting entries walked per question, rarest words first; words past the budget ("love",
"life") still count for the names the rarer words found, but are not walked."""
_SHARE = 0.2
"""The least share of a name's telling weight the question must hold for it to be a candidate."""
_PRESELECTED = 64
"""Names whose score common words may still lift, of those the rare words found."""
_MAX_CANDIDATES = 32
_SCORED_CANDIDATES = 5
"""Candidates (besides names written out whole) that get the detailed scoring."""
_MAX_NGRAM = 8
"""Words at most of a name written out whole that the question is searched for ("love at the end
of the world")."""
_NOTABLE = 60.0
"""Popularity from which a title that is a question word ("You") is worth a look at all."""
COPIES = 3
"""Owners of one name that a ranking keeps: the copies a question may be about."""
_SHORTEST_CUT, _LONGEST_CUT = 3, 4
"""Lengths of a word that may be a longer one cut short ("sec", "evo", "chi")."""
_CUT_LETTERS = 3
"""Letters at least that a cut word leaves out ("med" for "mediterranean", not "meds")."""
_ABBREVIATED = 4
"""Longer words at most that one cut word stands for."""
_NO_WORDS: frozenset[str] = frozenset()
"""The words held by an owner without a masked title: none to leave out of the postings."""
_SETTLED = 40
"""A word in this many names is taken as typed: a misspelling is rarely that common."""
_MAX_SPELLINGS = 8
"""Spellings of a stretch of the question tried as whole names, every word respelled at once
("new gril"); past that, one word at a time."""
RESPELLED = 0.75
"""The share of its weight a name word counts for when the question holds a slip of it that the
index did not offer ("midnight *mas*"): enough to be scored, less than the word typed."""
_REORDERINGS = frozenset({"_sorted_texts", "_vocabulary"})
"""Attributes that only put other attributes' texts in another order."""
_NOT_STORED = _REORDERINGS | {"_spelled", "_misspelt"}
_REMEMBERED_SPELLINGS = 4096
"""Question words whose spellings an index remembers (a few hundred kB at most)."""


class Entry(NamedTuple):
    """What the index needs to know about an owner (a show or a person). A tuple: one is made
    per show on every load, and tuples are the cheapest immutable record to make."""

    names: tuple[str, ...]
    """Title first, then aliases."""
    popularity: float = 0.0
    context: tuple[str, ...] = ()
    """Words that, found in a question, point at this owner (network, premiere year)."""


class NameIndex(Completion):
    """An immutable index over the names of shows (or people), built once per snapshot.

    Names live in flat structures (a list of texts, arrays of owners, flags and weights, word
    postings as arrays), so a 100,000-show index is a few hundred thousand objects rather than
    millions: less memory, a faster build, and a snapshot that is freed in milliseconds.
    """

    _walk_budget = _WALK_BUDGET

    def __init__(
        self,
        entries: Sequence[Entry],
        function_words: frozenset[str],
        *,
        folded: Sequence[str] | None = None,
        completion: bool = True,
        short_forms: bool = True,
        previous: NameIndex | None = None,
    ) -> None:
        """`folded` is every entry's names, folded, in order, when the caller has them already;
        `completion=False` leaves out what only `complete` needs (the people index);
        `short_forms` adds the short names of titles (`bot.core.shortnames`), for shows;
        `previous` is an index this one replaces, whose typo table is taken when the words are
        the same (a show renamed in words the base has already)."""
        self._function_words = function_words
        self._function_deletions = _deletion_lists(function_words)
        self._completion = completion
        texts: list[str] = []
        owners = array("i")
        flags = bytearray()
        postings: dict[str, array[int]] = {}
        """Word -> the names that hold it, as an array: a walk reads the ids side by side
        instead of one int object (somewhere in the heap) per id."""
        whole: dict[str, int | tuple[int, ...]] = {}
        pairs: set[int] = set()
        if folded is None:
            folded = fold_many([raw for entry in entries for raw in entry.names])
        folded_names = iter(folded)
        extra, subtitled, initialled = (
            _short_forms(entries, folded) if short_forms else ([], {}, {})
        )
        for owner, entry in enumerate(entries):
            seen: set[str] = set()
            title: list[str] = []
            names = [next(folded_names) for _ in entry.names]
            unmasked = len(names)
            if MASK.search(entry.names[0]):
                names.extend(fold(name) for name in uncensored(entry.names[0]))  # "f***ing"
            written = len(names)
            # A title with its masked words written out ("end of the fucking world") is one
            # more way to type it: its other words are not posted again, so they weigh no
            # less for it.
            held = (
                {word for name in names[:unmasked] for word in name.split()}
                if written > unmasked
                else _NO_WORDS
            )
            if short_forms and extra[owner]:
                names.extend(extra[owner])
            shortened = len(names)
            if owner in subtitled:
                names.append(subtitled[owner])  # "motu revelation": no initials made of it
            if owner in initialled:
                names.append(initialled[owner])  # "star trek ds9", "law and order svu"
            for position, name in enumerate(names):
                if not position:
                    title = name.split()
                for form_number, (text, words) in enumerate(name_forms(name)):
                    if not text or text in seen:
                        continue
                    seen.add(text)
                    name_id = len(texts)
                    texts.append(text)
                    owners.append(owner)
                    flags.append(
                        (ALIAS if position or form_number else 0)
                        | (SHORT if position >= written else 0)
                    )
                    if text in whole:
                        _add_value(whole, text, name_id)
                    else:
                        whole[text] = name_id
                    if len(words) == 1:
                        ids = postings.get(text)
                        if ids is None:
                            postings[text] = array("i", (name_id,))
                        else:
                            ids.append(name_id)
                        continue
                    second = text.find(" ", len(words[0]) + 1)
                    pairs.add(stable_hash(text if second < 0 else text[:second]))
                    if _run_together(text, words):
                        _add_value(whole, "".join(words), name_id)  # "cobrakai", not "is"
                    posted = set(words)
                    if unmasked <= position < written:
                        posted -= held
                    for word in posted:
                        ids = postings.get(word)
                        if ids is None:
                            postings[word] = array("i", (name_id,))
                        else:
                            ids.append(name_id)
            # Initials come last, so an admin's "TLOU" alias is kept as written. Those of a
            # short name too: "tcw" (Star Wars: The Clone Wars), "motu" (Masters of the
            # Universe: Revelation).
            popular = entry.popularity >= POPULAR  # nobody abbreviates the others' titles
            sources = (
                _initial_words(title, entry.names[0], names[written:shortened]) if popular else ()
            )
            for words, least in sources:
                for acronym in acronyms(words):
                    if len(acronym) >= least and acronym not in seen:
                        seen.add(acronym)
                        _add_value(whole, acronym, len(texts))
                        texts.append(acronym)
                        owners.append(owner)
                        flags.append(ALIAS | INITIALS)
        self._texts = texts
        self._owners = owners
        self._pairs = frozenset(pairs)
        """Hashes of the first two words of every name of two words or more."""
        self._flags = bytes(flags)
        self._whole = whole
        self._total = max(len(texts), 1)
        self._postings = postings
        telling = {
            word: _idf(self._total, len(ids))
            for word, ids in postings.items()
            if word not in function_words
        }
        weigh, nothing = telling.get, repeat(0.0)
        self._name_weight = array(
            "d", [sum(map(weigh, text.split(), nothing)) or 1.0 for text in texts]
        )
        words = list(postings)
        if completion:
            order = sorted_positions(texts)
            self._sorted_names = array("i", order)
            self._sorted_texts = [texts[i] for i in order]
            words = [words[i] for i in sorted_positions(words)]
        else:
            self._sorted_names, self._sorted_texts = array("i"), []
        self._vocabulary = words
        """Every word of a name; in order (for completing a typed word) when `completion`."""
        self._deletions = _typo_table(words, previous)
        self._set_owners(entries, previous)

    def _set_owners(self, entries: Sequence[Entry], previous: NameIndex | None = None) -> None:
        """What the index knows of its owners besides their names; context words equal to
        those of `previous` (the index this one replaces) are its very tuples."""
        self._popularity = array("d", [e.popularity for e in entries])
        self._context: list[tuple[str, ...]] = _contexts(
            entries, previous._context if previous is not None else ()
        )
        self._name_popularity = array("d", [self._popularity[owner] for owner in self._owners])
        self._by_popularity = _most_popular(entries, self._popularity) if self._completion else []
        """The most popular owners, offered before anything is typed."""

    def with_owners(self, entries: Sequence[Entry]) -> NameIndex:
        """This index for owners with the very same names but new popularity or context words.

        A re-import moves every show's popularity; the name structures (words, typos, whole
        names, completion order), nearly all of the building, are shared instead of rebuilt.
        """
        if len(entries) != len(self):
            raise ValueError(f"{len(entries)} owners for an index of {len(self)}")
        index = copy.copy(self)
        index._set_owners(entries, self)
        return index

    def pieces(self) -> Iterator[bytes]:
        """The index as pickled pieces, to be put together by `from_pieces` later or elsewhere.
        Lists that only reorder other parts go as positions, so that their texts are not
        stored, and kept, twice."""
        yield from state_pieces(self, leave_out=_NOT_STORED)
        where = {word: position for position, word in enumerate(self._postings)}
        order = array("i", [where[word] for word in self._vocabulary])
        yield pickle.dumps(("_vocabulary_order", "whole", order), pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_pieces(cls, pieces: Iterable[bytes]) -> NameIndex:
        index = from_pieces(cls, pieces)
        words = list(index._postings)
        index._vocabulary = [words[i] for i in index.__dict__.pop("_vocabulary_order")]
        texts = index._texts
        index._sorted_texts = [texts[i] for i in index._sorted_names]
        return index

    def __len__(self) -> int:
        return len(self._popularity)

    def named(self, text: str) -> list[int]:
        """Owners with a name (title or alias, not made-up initials) that is exactly `text`
        (folded), most popular first."""
        ids = self._whole.get(text)
        if ids is None:
            return []
        found = {
            self._owners[i]
            for i in ((ids,) if isinstance(ids, int) else ids)
            if not self._flags[i] & INITIALS
        }
        return sorted(found, key=lambda o: -self._popularity[o])

    def most_popular(self, limit: int) -> list[int]:
        """The most popular owners, best first (an index built with `completion`)."""
        return self._by_popularity[:limit]

    def popularity(self, owner: int) -> float:
        return self._popularity[owner]

    def owners_with(self, words: Iterable[str], limit: int) -> set[int] | None:
        """The owners with a name holding every one of `words`; None when more than `limit`
        owners do (or a word is in more names than the walk budget)."""
        postings = sorted((self._postings.get(w) or array("i") for w in set(words)), key=len)
        if not postings or not postings[0] or len(postings[0]) > _WALK_BUDGET:
            return None
        names = set(postings[0])
        for ids in postings[1:]:
            names.intersection_update(ids)
        owners = {self._owners[i] for i in names}
        return owners if len(owners) <= limit else None

    def _title(self, owner: int) -> str:
        """The owner's title as indexed: its first name (an owner's names are indexed together,
        in owner order)."""
        return self._texts[bisect.bisect_left(self._owners, owner)]

    def context(self, owner: int) -> tuple[str, ...]:
        """Words that point at an owner besides its names (network, premiere year)."""
        return self._context[owner]

    def is_initials(self, scored: Scored) -> bool:
        return bool(scored.flags & INITIALS)

    def frequency(self, word: str) -> int:
        """In how many names `word` stands (0 when in none): a cheap test before `resolve`."""
        ids = self._postings.get(word)
        return 0 if ids is None else len(ids)

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
            s
            for s in ranked
            if s.similarity >= CONFIDENT
            and best.rank - s.rank < TIE_MARGIN
            and not (_written_out(best) and not _written_out(s))
        )
        if len(rivals) > 1:
            return Ambiguous(rivals[:5])
        return Match(best)

    def rank(self, words: Sequence[str | None], limit: int = 8) -> list[Scored]:
        """Owners best first, each with its best-matching name."""
        words = list(words)
        variants = self._spellings(words)
        self._add_run_together(words, variants)
        candidates = self._candidates(words, variants)
        if not candidates:
            return []
        query = Query(words, variants, self.frequency, self._function_words)
        fits: dict[str, Fit | None] = {}
        texts, owners = self._texts, self._owners
        weigh, function_words = self._weigh, self._function_words
        for name_id in candidates:
            text = texts[name_id]
            if text not in fits:
                fits[text] = fit(text, query, weigh, function_words)
        self._elsewhere_too(fits, words, variants)
        strong = {
            position
            for text, found in fits.items()
            if found is not None and found.exact and text not in function_words
            for position in range(found.start, found.end)
        }
        """Where other titles stand written out whole: "smallville *and supergirl*" is two
        titles side by side, not a longer one."""
        best_by_owner: dict[int, Scored] = {}
        for name_id in candidates:
            found = fits[texts[name_id]]
            if found is None:
                continue
            owner = owners[name_id]
            scored = self._score(name_id, owner, found, query, strong)
            current = best_by_owner.get(owner)
            if current is None or (scored.rank, scored.similarity) > (
                current.rank,
                current.similarity,
            ):
                best_by_owner[owner] = scored
        context = self._context
        # Of copies that rank alike, the one its sources describe (a network, a year, a cast)
        # first, then the first loaded: never the order in which the index happened to number
        # the names, which shifts whenever a name is added anywhere.
        # Names written out whole first ("the office us" before "office u s"), then by rank.
        ordered = sorted(
            self._typed_elsewhere(list(best_by_owner.values()), words),
            key=lambda s: (
                not (s.exact and s.similarity >= EXACT),  # `_written_out`, inlined: hot
                -s.rank,
                -s.similarity,
                -s.popularity,
                not context[s.owner],
                s.owner,
            ),
        )
        return _few_copies(ordered)[:limit]

    def _elsewhere_too(
        self,
        fits: dict[str, Fit | None],
        words: list[str | None],
        variants: list[tuple[str, ...]],
    ) -> None:
        """A name found written out inside a longer name written out, fitted again where the
        question writes it alone, if it does: "*death in paradise* vs the real death in
        paradise" names both shows, the first where it stands first."""
        exact = [(f.start, f.end) for f in fits.values() if f is not None and f.exact]
        if len(exact) < 2:
            return  # nearly every question
        for text, found in list(fits.items()):
            if found is None or not found.exact:
                continue
            span = found.end - found.start
            if not any(s <= found.start and found.end <= e and e - s > span for s, e in exact):
                continue
            masked = [None if found.start <= i < found.end else w for i, w in enumerate(words)]
            shown = [() if found.start <= i < found.end else v for i, v in enumerate(variants)]
            query = Query(masked, shown, self.frequency, self._function_words)
            again = fit(text, query, self._weigh, self._function_words)
            if again is not None and again.exact:
                fits[text] = again

    def _typed_elsewhere(self, scored: list[Scored], words: list[str | None]) -> list[Scored]:
        """`scored`, but no name is confident that the question reaches only by reading its
        words as slips while another candidate holds every one of them, two or more, as typed:
        "hill house" names The Haunting of Hill House; Hell House is no more than a guess. (One
        word held elsewhere says little: "the oder" is The Order, not a German title.)"""
        function_words = self._function_words
        held = {s.name: frozenset(s.name.split()) for s in scored}
        kept = []
        for found in scored:
            if not found.exact and found.similarity >= CONFIDENT:
                typed = {w for w in words[found.start : found.end] if w and w not in function_words}
                if (
                    len(typed) > 1
                    and not typed <= held[found.name]
                    and any(typed <= words_held for words_held in held.values())
                ):
                    cut = found.similarity - (CONFIDENT - 1)
                    found = replace(found, similarity=CONFIDENT - 1, rank=found.rank - cut)
            kept.append(found)
        return kept

    def _add_run_together(self, words: list[str | None], variants: list[tuple[str, ...]]) -> None:
        """Words typed apart that a name runs together ("green leaf" for "Greenleaf"), and a
        word typed as one that a name has as two ("ratrods"): offered as spellings, so that
        names holding them are candidates too. A single letter joins a word of any length, as
        fans split a title's letter off ("f boy" for FBoy, "kyle x y"); a word no name holds
        may run together the two words a name starts with ("pvalley", "yokai watch")."""
        postings = self._postings
        for i, word in enumerate(words):
            if word is None:
                continue
            following = words[i + 1] if i + 1 < len(words) else None
            if following is not None and (
                len(word) + len(following) >= 6 or typed_apart(word, following)
            ):
                joined = word + following
                if joined in postings and joined not in variants[i]:
                    variants[i] = (*variants[i], joined)
            if len(word) >= 4 and not word.isdecimal() and word not in ENGLISH_WORDS:
                split = self._title_start(word)
                if split:
                    variants[i] = (*variants[i], *split)
                    continue
            if len(word) >= 6 and word not in postings and not word.isdecimal():
                for cut in range(3, len(word) - 2):
                    head, tail = word[:cut], word[cut:]
                    if head in postings and tail in postings:
                        variants[i] = (*variants[i], head, tail)
                        break

    def _title_start(self, word: str) -> tuple[str, str] | None:
        """The two words a name starts with that `word` runs together, cut anywhere ("pvalley"
        for P-Valley, "yokai" for Yo-kai Watch, "juon" for Ju-On: Origins); not for a word
        in many names, which is most likely typed as meant."""
        postings, pairs = self._postings, self._pairs
        if len(postings.get(word, ())) >= _SETTLED:
            return None
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            if stable_hash(f"{head} {tail}") in pairs and head in postings and tail in postings:
                return head, tail
        return None

    def _weigh(self, word: str) -> float:
        """How telling a name word is: rare words weigh more, question words little."""
        if word in self._function_words:
            return FUNCTION_WEIGHT
        ids = self._postings.get(word)
        return _idf(self._total, len(ids)) if ids else 1.0

    def _spellings(self, words: list[str | None]) -> list[tuple[str, ...]]:
        """Each word's `_variants` (none for a break), remembered: most words of a day's
        questions were asked before ("is", "season", "cancelled", the popular titles' words),
        and their spellings never change for one index. The memory is a bounded dict, emptied
        when full, never stored."""
        known: dict[str, tuple[str, ...]] = self.__dict__.setdefault("_spelled", {})
        spellings: list[tuple[str, ...]] = []
        for word in words:
            if word is None:
                spellings.append(())
                continue
            found = known.get(word)
            if found is None:
                if len(known) >= _REMEMBERED_SPELLINGS:
                    known.clear()
                found = known[word] = self._variants(word)
            spellings.append(found)
        return spellings

    def _variants(self, word: str) -> tuple[str, ...]:
        """The indexed words a question word may stand for: itself and its near spellings.

        An unknown word stands for every indexed word one or two edits away ("imperfcts"). A
        known word also stands for near spellings that are at least a quarter as common ("oder"
        is a word of some title, but the asker probably meant "order"), not for every rare word
        one letter off ("man" is not "mao"), and a word in many names stands for itself alone.
        """
        postings = self._postings
        ids = postings.get(word)
        known = ids is not None
        # "bros", "dr"; for "la", the names with "angeles" (fitting reads "los angeles"); "to"
        # for "2", never "2" for "to"
        same = tuple(
            w
            for w in SYNONYMS.get(word, ())
            if w in postings and (word.isdigit() or not w.isdigit())
        ) + tuple(
            key
            for phrase in SYNONYM_PHRASES.get(word, ())
            if (key := phrase.rpartition(" ")[2]) in postings
        )
        if word not in self._function_words:  # "guy": "man"; not "start" for "beginning"
            same += tuple(w for w in REWORDINGS.get(word, ()) if w in postings)
        meant = SHORTHAND.get(word) if len(word) > 1 else None  # "w" is a letter too
        if meant is not None and meant in postings and meant not in same:
            same += (meant,)  # "doom at *ur* service"
        spelled = american(word)  # "travellers" is "Travelers"
        if spelled != word and spelled in postings:
            same += (spelled,)
        same += self._abbreviated(word)  # "madam sec", "chi fire", "x men evo"
        if ids is not None and len(ids) <= RARE_SPELLING:
            same += tuple(  # "nite court": a title or two has "nite", hundreds "night"
                w
                for w in sounds_like(word)
                if w in postings and respelled_rare(word, len(ids), len(postings[w]))
            )
        if len(word) < 3 or word.isdigit() or (known and word in self._function_words):
            return ((word,) if known else ()) + same
        if ids is not None and (len(ids) >= _SETTLED or (len(word) <= 4 and word in ENGLISH_WORDS)):
            # "wet" is typed as meant: "set", "net" are other words; "oder", of a few German
            # titles, is more likely "order" mistyped
            return (word, *same)
        budget = 1 if len(word) <= 5 else 2
        floor = len(ids) // 4 if ids is not None else 0
        found = {word} if known else {w for w in sounds_like(word) if w in postings}
        vocabulary = self._vocabulary
        for key in _deletions(word):
            for position in self._deletions.get(key):
                spelling = vocabulary[position]
                if (
                    spelling not in found
                    and abs(len(spelling) - len(word)) <= budget
                    and len(postings[spelling]) >= floor
                    and OSA.distance(word, spelling) <= budget
                ):
                    found.add(spelling)
        return tuple(sorted(found.union(same)))

    def _abbreviated(self, word: str) -> tuple[str, ...]:
        """The longer words of names that a short word may cut ("sec" for "secretary"): the
        `_ABBREVIATED` most common of them, only in an index kept in order, never for a
        question word, nor for an everyday word that names have as it is ("dead", "tim")."""
        if not (
            _SHORTEST_CUT <= len(word) <= _LONGEST_CUT
            and word.isalpha()
            and self._completion
            and word not in self._function_words
            and (word not in ENGLISH_WORDS or word not in self._postings)
        ):
            return ()
        vocabulary, postings = self._vocabulary, self._postings
        longer = []
        for position in range(bisect.bisect_left(vocabulary, word), len(vocabulary)):
            spelling = vocabulary[position]
            if not spelling.startswith(word):
                break
            if len(spelling) >= len(word) + _CUT_LETTERS:
                longer.append(spelling)
        longer.sort(key=lambda w: -len(postings[w]))
        return tuple(longer[:_ABBREVIATED])

    def _candidates(self, words: list[str | None], variants: list[tuple[str, ...]]) -> list[int]:
        """The names worth scoring: whole names written in the question, then the few names that
        share the most telling words with it."""
        exact = self._whole_names(words, variants)
        weights, common = self._walk(variants)
        name_weight = self._name_weight
        lift = sum(common.values())
        """The most the common words can still add to a name's weight."""
        shares = [
            (weight / most, weight, name_id)
            for name_id, weight in weights.items()
            if weight + lift >= _SHARE * (most := name_weight[name_id])
        ]
        shares.sort(reverse=True)
        top = shares[:_PRESELECTED]
        if common:
            # Common words ("things") are too frequent to walk, but still count for the names the
            # rare words found ("stranger thigns" must rank Stranger Things above "Stranger").
            top = sorted((self._lifted(entry, common) for entry in top), reverse=True)
        top = self._respelled(top, words, variants, exact)
        best = [entry for entry in top[:_MAX_CANDIDATES] if entry[0] >= _SHARE]
        found = [entry for entry in best if entry[2] not in exact]
        # Of the names sharing words with the question, those sharing the most telling words,
        # the most completely, are worth the detailed scoring ("one piece live action" before
        # "action" for "is the live action one piece out").
        # of equal names (copies of one title), the better-known first: "the borgias" must not
        # lose the Showtime series to two copies a catalogue merely lists
        owners, popularity = self._owners, self._popularity
        found.sort(
            key=lambda entry: (entry[0] * entry[1], popularity[owners[entry[2]]]), reverse=True
        )
        return [*exact, *(name_id for _, _, name_id in found[:_SCORED_CANDIDATES])]

    def _respelled(
        self,
        top: list[tuple[float, float, int]],
        words: list[str | None],
        variants: list[tuple[str, ...]],
        exact: set[int],
    ) -> list[tuple[float, float, int]]:
        """The names the question's other words found, each lifted by its words that a question
        word may be a slip of, though the index took that word as typed: "midnight *mas*",
        "under the *doom*", "men in *tree*". An everyday word is given no other spellings of
        its own ("wet" is not "set"), but beside the rest of a name it is more likely a slip;
        not when another name holds it as typed with those same words ("*hill* house" is The
        Haunting of Hill House, not Hell House). A word of a longer name written out whole
        is that name's ("is cobra kai renewed" has no slips)."""
        function_words, postings, texts = self._function_words, self._postings, self._texts
        written = {word for i in exact if " " in texts[i] for word in texts[i].split()}
        slippable = [
            word
            for word in words
            if word
            and len(word) >= 3
            and word.isalpha()
            and word not in function_words
            and word not in written
            and (word in ENGLISH_WORDS or word in postings)
        ]
        """Words of their own in the question that may be slips. Other words need none of
        this: the index offers them every spelling a letter or two off. A third of questions
        have none (their title written out whole, the rest question words): the names need
        not be read then."""
        if not slippable:
            return top
        unfinished = [texts[i] for share, _, i in top if _SHARE <= share < 1.0]
        """Names that the question holds a part of, but not the whole yet."""
        if not unfinished:
            return top
        counted = {option for options in variants for option in options}
        counted.update(w for w in words if w is not None)
        missing = set(" ".join(unfinished).split()) - counted
        """Their words the question does not hold (most questions: none)."""
        starts = {word[0] for word in missing}
        slips: dict[str, list[tuple[str, str]]] = {}
        """The `slippable` words by first letter (a first letter is rarely wrong), each with its
        consonants."""
        for word in slippable:
            if word[0] in starts:
                slips.setdefault(word[0], []).append((word, consonants(word)))
        if not slips:
            return top
        slipped: dict[str, str] = {}
        """Their words that a question word may be a slip of -> that question word (most
        questions have none: their words are typed as the names have them)."""
        for name_word in missing:
            typos = slips.get(name_word[0])
            typed = _slip_of(name_word, typos) if typos else None
            if typed is not None:
                slipped[name_word] = typed
        if not slipped:
            return top
        lifted = []
        for entry in top:
            text = texts[entry[2]]
            extra = 0.0
            name = text.split()
            for name_word in name if len(name) > 1 else ():  # a lone word: nothing vouches
                typed = slipped.get(name_word)
                if (
                    typed is not None
                    and typed not in name
                    and name_word not in function_words
                    and not self._held_as_typed(typed, name_word, text, top, counted)
                ):
                    extra += RESPELLED * self._weigh(name_word)
            if extra:
                weight = entry[1] + extra
                entry = (weight / self._name_weight[entry[2]], weight, entry[2])
            lifted.append(entry)
        return sorted(lifted, reverse=True)

    def _held_as_typed(
        self,
        typed: str,
        name_word: str,
        text: str,
        top: list[tuple[float, float, int]],
        counted: set[str],
    ) -> bool:
        """Whether another of the `top` names holds `typed` as typed, together with the words of
        `text` (but `name_word`) that the question holds."""
        function_words = self._function_words
        beside = [
            w for w in text.split() if w != name_word and w in counted and w not in function_words
        ]
        for _, _, name_id in top:
            other = self._texts[name_id].split()
            if typed in other and all(w in other for w in beside):
                return True
        return False

    def _whole_names(self, words: list[str | None], variants: list[tuple[str, ...]]) -> set[int]:
        """Names written out whole in the question: short titles made only of common words
        ("The One", "New Girl"), typed right or with a typo ("new gril"). A one-word title that is
        a question word ("You", "Will") counts only when it is the whole question, and a name
        inside a longer one written out around it ("One" in "one piece") is left out."""
        whole, function_words = self._whole, self._function_words
        spans: list[tuple[int, int, int | tuple[int, ...]]] = []
        count = len(words)
        spellings = [
            options if options and options != (word,) else None
            for word, options in zip(words, variants, strict=True)
        ]
        """Each word's other spellings, None when it has none (most words)."""
        pairs = self._pairs
        for start in range(count):
            if start + 1 < count and words[start + 1] is not None:
                first = spellings[start] or (words[start],)
                second = spellings[start + 1] or (words[start + 1],)
                longer = any(stable_hash(f"{a} {b}") in pairs for a in first for b in second)
            else:
                longer = False  # no name of two words or more starts here
            for end in range(
                start + 1, min(start + _MAX_NGRAM, count) + 1 if longer else start + 2
            ):
                chunk = words[start:end]
                if not _all_words(chunk):
                    break
                if end - start == 1:
                    keys = [chunk[0]]  # a question word too: "you", "got" (initials)
                else:
                    keys = [" ".join(chunk)]
                    if min(map(len, chunk)) == 1:
                        keys.append("".join(chunk))  # "u s" for "US"
                    if any(spellings[start:end]):
                        keys.extend(_spelled_keys(chunk, spellings[start:end]))
                for key in keys:
                    ids = whole.get(key)
                    if ids is not None and end - start == 1 and key in function_words:
                        ids = self._notable(ids)  # "you", "got": a popular show or its initials
                    if ids is not None:
                        spans.append((start, end, ids))
        found: set[int] = set()
        for start, end, ids in spans:
            if any(s <= start and end <= e and e - s > end - start for s, e, _ in spans):
                continue
            if isinstance(ids, int):
                found.add(ids)
            else:
                found.update(ids)
        return found

    def _notable(self, ids: int | tuple[int, ...]) -> int | tuple[int, ...] | None:
        """Of the names that are a question word, those of well-known shows or initials."""
        kept = tuple(
            i
            for i in ((ids,) if isinstance(ids, int) else ids)
            if self._popularity[self._owners[i]] >= _NOTABLE
        )
        return kept or None

    def _walk(self, variants: list[tuple[str, ...]]) -> tuple[dict[int, float], dict[str, float]]:
        """Telling weight per name, from the question's words rarest first, within the walking
        budget; and the weight of each word too common to walk."""
        postings, function_words, total = self._postings, self._function_words, self._total
        typed = {options[0] for options in variants if len(options) == 1}
        asked = sorted(
            {word for options in variants for word in options if word not in function_words},
            key=lambda word: (word not in typed and len(postings[word]) > 8, len(postings[word])),
        )
        """Rarest first; a word's other spellings only after the words typed as written, unless
        rare themselves, so a short word's many neighbours ("set", "net" for "wet") never use
        up the budget."""
        weights: dict[int, float] = {}
        common: dict[str, float] = {}
        budget = _WALK_BUDGET
        get = weights.get
        for word in asked:
            ids = postings[word]
            weight = _idf(total, len(ids))
            if len(ids) > budget:
                common[word] = weight
                continue
            budget -= len(ids)
            if not weights:  # the first word walked (a posting holds a name once)
                weights = dict.fromkeys(ids, weight)
                get = weights.get
                continue
            for name_id in ids:
                weights[name_id] = get(name_id, 0.0) + weight
        return weights, common

    def _lifted(
        self, entry: tuple[float, float, int], common: dict[str, float]
    ) -> tuple[float, float, int]:
        """A name's (share, weight, id) once the common words it shares with the question count."""
        _, weight, name_id = entry
        shared = common.keys() & self._texts[name_id].split()
        if not shared:
            return entry
        weight += sum(common[word] for word in shared)
        return (weight / self._name_weight[name_id], weight, name_id)

    def _score(
        self, name_id: int, owner: int, found: Fit, query: Query, strong: set[int]
    ) -> Scored:
        """How well one owner's name answers the question, from where its text fits."""
        text, flags = self._texts[name_id], self._flags[name_id]
        words, start, end = query.words, found.start, found.end
        size = text.count(" ") + 1
        span = [w for w in words[start:end] if w is not None]
        content = [w for w in span if w not in self._function_words]
        similarity = found.similarity
        whole_question = len(span) == len(query.asked) == sum(w is not None for w in words)
        made_up = flags & INITIALS
        called_a_show = start == 0 and end < len(words) and words[end] in _CALLED_A_SHOW
        if not content and size < 3 and not whole_question and not called_a_show:
            similarity *= FUNCTION_WORD_PENALTY  # but "love tv show rating" names Love
        if made_up and (not content or text in self._postings):
            similarity = min(similarity, CONFIDENT - 1)  # "lol", "kid": words, not initials
        if found.reworded and (
            found.matched < REWORDED_WORDS or self._popularity[owner] < WELL_KNOWN
        ):
            # fans reword the titles they all know; an obscure one is only a suggestion
            similarity = min(similarity, CONFIDENT - 1)
        if size == 1 and not found.exact and span and span[0][:1] != text[:1]:
            # "reacher" is one letter from "preacher", but people rarely mistype a first letter.
            similarity = min(similarity, CONFIDENT - 1)
        context = self._context[owner]
        known = found.exact and len(content) >= 2 and self._popularity[owner] >= WELL_KNOWN
        front = not known or _unknown_before(words, start, self._function_words)
        longer = self._continuation(words, start, end, context, strong, front=front)
        if longer is not None and flags & SHORT and _own_title_goes_on(self._title(owner), longer):
            longer = None  # "vox *machina*": the rest of the show's own title, typed
        if longer is not None:
            # "dark matter" is not "Dark": the question names a longer, unknown title.
            similarity = min(similarity, max(fuzz.ratio(text, longer), SUGGEST))
        rank = similarity + WORD_BONUS * min(found.matched, 5) * similarity / 100
        if _named(words, start):
            rank += NAMING_BONUS
        if context and not (query.asked - set(span)).isdisjoint(context):
            rank += NETWORK_BONUS  # "the office bbc", "who plays walter white in ..."
        if made_up:
            rank -= INITIALS_PENALTY
        return Scored(
            owner,
            similarity,
            rank,
            self._popularity[owner],
            text,
            start,
            end,
            coverage=found.coverage,
            flags=flags,
            exact=found.exact,
            longer=longer is not None,
        )

    def longer_title(self, words: Sequence[str | None], scored: Scored) -> bool:
        """Whether the words around a match seem to carry its title on, as the ranking judged
        it (`_continuation`), read again in `words`."""
        context = self._context[scored.owner]
        content = [
            w
            for w in words[scored.start : scored.end]
            if w is not None and w not in self._function_words
        ]
        known = scored.exact and len(content) >= 2 and scored.popularity >= WELL_KNOWN
        found = self._continuation(words, scored.start, scored.end, context, front=not known)
        return found is not None

    def _continuation(
        self,
        words: Sequence[str | None],
        start: int,
        end: int,
        context: tuple[str, ...],
        strong: set[int] = frozenset(),  # type: ignore[assignment]
        *,
        front: bool = True,
    ) -> str | None:
        """The matched text plus a word that seems to carry the title on ("squid game *the
        challenge*", "*american* skins"), or None when the title stands on its own. A word of
        another title written out whole beside it ("x *and* y") carries nothing on; with
        `front` false, neither does a word before it."""

        def telling(position: int) -> bool:
            if start <= position < end or not self._telling(words[position], context):
                return False
            if position >= end and words[position] in COUNTRIES:
                # "big brother *uk*": which version; before a title, a country may start it
                # ("great *british* bakeoff")
                return False
            if position in strong:
                # another title written out whole: two titles side by side ("x and y"), or
                # one longer title ("good girls *rebellion*")
                low, high = (end, position) if position >= end else (position + 1, start)
                return _JOINERS.isdisjoint(w for w in words[low:high] if w is not None)
            return True

        after = end
        while after < len(words) and words[after] in _LINKS_AFTER:
            after += 1
        before = start - 1
        while before >= 0 and words[before] in _LINKS:
            before -= 1
        if description_end(words, end) is not None:
            return None  # "tyrant *the fx show*": what it is, not more of its title
        if asked_verb(words, start, after):
            return None  # "how many seasons did the a-team *run*": what is asked of it
        if after < len(words) and (telling(after) or words[after] in _LENGTHEN):
            return " ".join(w for w in words[start : after + 1] if w is not None)
        if after + 1 < len(words) and words[after] in _VERSIONS and telling(after + 1):
            # "is dexter *original sin* cancelled": a version word that starts more of a
            # title ("dexter new blood"), not one that says which ("the office original cast")
            return " ".join(w for w in words[start : after + 2] if w is not None)
        core = " ".join(w for w in words[start:end] if w is not None)
        if front and before >= 0 and telling(before):
            word = words[before]
            if before < start - 1 and word is not None and word.endswith(("ing", "ed")):
                return None  # "binging the imperfects": a verb, not part of a title
            if _network_ending_at(words, before):
                return None  # "not *the abc* resurrection": which version, not more title
            return f"{word} {core}"
        head = before - 1
        if (
            front
            and head >= 0
            and words[before] in _PLACING
            and (head == 0 or words[head - 1] is None)
            and telling(head)
            and not _verb_form(str(words[head]))  # "cried over anohana", "binging on lost"
        ):
            return f"{words[head]} {words[before]} {core}"  # "*darling in* the dark is that..."
        if start > 0 and words[start - 1] in _TIME_PREPOSITIONS.get(core, ()):
            return f"{words[start - 1]} {core}"  # "comes out on wednesday" is a day
        return None

    def _telling(self, word: str | None, context: tuple[str, ...]) -> bool:
        """Whether a word next to a match looks like more of a title (not a question word, a
        number, a misspelt question word, or the show's network or year)."""
        return (
            word is not None
            and word not in self._function_words
            and word not in _BESIDE_TITLE
            and word not in NAMING_WORDS
            and word not in _FRAMING
            and word not in _ASIDES
            and word not in context
            and not word.isdigit()
            and not self._misspelt_function_word(word)
        )

    def _misspelt_function_word(self, word: str) -> bool:
        """'renewd', 'cancled', 'stil': typos of question words are question words too.
        Remembered as `_spellings` are: every name scored asks it of the words around it."""
        if len(word) < 4:
            return False
        known: dict[str, bool] = self.__dict__.setdefault("_misspelt", {})
        found = known.get(word)
        if found is None:
            if len(known) >= _REMEMBERED_SPELLINGS:
                known.clear()
            found = known[word] = any(
                len(typed) >= 5 and OSA.distance(word, typed) <= 1
                for key in _deletions(word)
                for typed in self._function_deletions.get(key, ())
            )
        return found


def _verb_form(word: str) -> bool:
    """'cried', 'watching': a verb's past or -ing form, not a name ("darling", "red")."""
    if word.endswith("ed") and len(word) > 4:
        return True
    return word.endswith("ing") and (word[:-3] in ENGLISH_WORDS or word[:-3] + "e" in ENGLISH_WORDS)


def description_end(
    words: Sequence[str | None], end: int, openers: frozenset[str] = frozenset({"the"})
) -> int | None:
    """Where the words after a match that say what the show is end: "the" (or another of
    `openers`) and a few words ending in a kind of show ("journeyman *the time travel show*",
    "tyrant *the fx one*"); None when no description follows."""
    if end >= len(words) or words[end] not in openers:
        return None
    for position in range(end + 1, min(end + 1 + _DESCRIPTION, len(words))):
        word = words[position]
        if word is None:
            return None
        if word in _KINDS:
            return position + 1
    return None


def _unknown_before(
    words: Sequence[str | None], start: int, function_words: AbstractSet[str]
) -> bool:
    """Whether the word right before a well-known title (or before its "the") may start a
    longer title the base lacks ("your friendly *neighborhood* spider-man", "red *dwarf* the
    promised land"): no verb ("binging", "wants", "i mean"), no word that says which version
    ("the *old* magnum pi"), no word that links it to the sentence ("the middle *of*")."""
    before = start - 1
    if before >= 0 and words[before] == "the":
        before -= 1
    word = words[before] if before >= 0 else None
    return (
        word is not None
        and word not in function_words
        and word not in _LINKS
        and word not in _VERSIONS
        and not _verb_form(word)
        and not word.endswith("s")
        and not (before > 0 and words[before - 1] in _SUBJECTS_OF_VERBS)
    )


_VERSIONS = TITLE_PLACES["qualifiers"] | {"the"}
_SUBJECTS_OF_VERBS = frozenset({"i", "we", "you", "they", "he", "she", "abc", "nbc", "cbs", "fox"})


def asked_verb(words: Sequence[str | None], start: int, after: int) -> bool:
    """Whether the word after a title is the verb a question asks of it, the title being its
    subject after "did", "does" or "will": "did the a-team *run*", "when did x *end*"."""
    if after >= len(words) or words[after] not in _ASKED_VERBS:
        return False
    return not _QUESTION_AUXILIARIES.isdisjoint(words[max(start - 3, 0) : start])


def verb_of_a_pronoun(words: Sequence[str | None], at: int) -> bool:
    """Whether the word at `at` is the verb a question asks of "it" or "they": "how many
    series did it *run*", "when does it *end*"; a title there would have no subject."""
    return (
        at >= 2
        and words[at] in _ASKED_VERBS
        and words[at - 1] in _SUBJECTS
        and words[at - 2] in _QUESTION_AUXILIARIES
    )


_SUBJECTS = frozenset({"it", "they", "that", "this", "she", "he"})


_CALLED_A_SHOW = frozenset({"tv", "show", "series"})
"""Words after a title of question words, opening the message, that call it a show."""
_ASKED_VERBS = frozenset({"run", "last", "air", "end", "start", "finish", "premiere", "go"})
_QUESTION_AUXILIARIES = frozenset({"did", "does", "do", "will"})


def _few_copies(ordered: list[Scored]) -> list[Scored]:
    """The best `COPIES` owners of each name: eight shows called "Life" must not crowd "my life
    with the walter boys" out of the candidates (the most popular copies come first)."""
    seen: dict[str, int] = {}
    kept = []
    for scored in ordered:
        count = seen.get(scored.name, 0)
        if count < COPIES:
            seen[scored.name] = count + 1
            kept.append(scored)
    return kept


def _written_out(scored: Scored) -> bool:
    """The whole name as written, and nothing in the question makes it a longer title."""
    return scored.exact and scored.similarity >= EXACT


def _idf(names: int, having: int) -> float:
    """How telling a word is that `having` of `names` names contain. Rounded to 1/1024, so that
    sums of weights are exact in any order: a name whose every word is asked scores exactly 1."""
    return round(math.log(1 + names / having) * 1024) / 1024


def _named(words: Sequence[str | None], start: int) -> bool:
    """Whether the stretch at `start` follows "called", "named" or "titled" (maybe "the")."""
    before = start - 1
    if before >= 0 and words[before] in ARTICLES:
        before -= 1
    return before >= 0 and words[before] in NAMING_WORDS


def _add_value(index: dict[str, int | tuple[int, ...]], key: str, value: int) -> None:
    """Most keys have one value: store it bare rather than in a list of one."""
    current = index.get(key)
    if current is None:
        index[key] = value
    elif isinstance(current, int):
        index[key] = (current, value)
    else:
        index[key] = (*current, value)


def _contexts(
    entries: Sequence[Entry], known: Sequence[tuple[str, ...]] = ()
) -> list[tuple[str, ...]]:
    """Each owner's context words, one shared tuple per distinct context ("netflix 2019").

    A context equal to one of `known` (the contexts of the index being replaced) is that tuple:
    a few thousand contexts of cast words are a hundred thousand strings, which a reload would
    otherwise hold twice until the old index is freed, and keep in new places of the heap."""
    raw = [" ".join(e.context) for e in entries]
    distinct = list(dict.fromkeys(raw))
    kept = {context: context for context in {id(c): c for c in known}.values()}
    shared = {
        text: _kept(tuple(folded.split()), kept)
        for text, folded in zip(distinct, fold_many(distinct), strict=True)
    }
    return [shared[text] for text in raw]


def _kept(words: tuple[str, ...], kept: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """The tuple of `kept` equal to `words`, else `words`."""
    return kept.get(words, words)


def _most_popular(
    entries: Sequence[Entry], popularity: array[float], limit: int = 100
) -> list[int]:
    """The `limit` most popular owners, ties by name. Candidates are picked by popularity alone
    (a C-level key), and only those as popular as the last of them are ordered by name."""
    owners = range(len(entries))
    top = heapq.nlargest(limit, owners, key=popularity.__getitem__)
    if not top:
        return []
    floor = popularity[top[-1]]
    contenders = [owner for owner in owners if popularity[owner] >= floor]
    return heapq.nsmallest(
        limit, contenders, key=lambda o: (-popularity[o], entries[o].names[0].lower())
    )


def _all_words(chunk: list[str | None]) -> TypeGuard[list[str]]:
    """Whether a run of question words has no gap (a word left out of matching)."""
    return None not in chunk


def _short_forms(
    entries: Sequence[Entry], folded: Sequence[str]
) -> tuple[list[tuple[str, ...]], dict[int, str], dict[int, str]]:
    """Each show's short names and telling words (`bot.core.shortnames`), and the subtitle
    forms of the popular ones, both ways ("sw rebels", "star trek ds9"), by position. The
    lists of every title and popularity made to find them are gone when this returns, before
    the names are indexed."""
    taken = set(folded)
    titles = [entry.names[0] for entry in entries]
    firsts = _first_names(folded, entries)
    popularity = [entry.popularity for entry in entries]
    extra = short_names(titles, taken, popularity, firsts)
    alone = telling_words(firsts, [known >= POPULAR for known in popularity], taken)
    carried = franchise_tails(firsts, taken)
    return (
        [a + b + c for a, b, c in zip(extra, alone, carried, strict=True)],
        subtitle_forms(titles, popularity, taken),
        initialled_subtitles(titles, popularity, taken),
    )


def _network_ending_at(words: Sequence[str | None], at: int) -> bool:
    """Whether a network's name of one to three words ends at `at`, after "the" ("the *abc*",
    "the *hbo max*")."""
    for size in (1, 2, 3):
        start = at - size + 1
        named = words[start : at + 1]
        if (
            start >= 1
            and words[start - 1] == "the"
            and None not in named
            and " ".join(str(w) for w in named) in NETWORKS
        ):
            return True
    return False


def _own_title_goes_on(title: str, longer: str) -> bool:
    """Whether the words that carry a short name on are the show's own title's, and not its
    host's ("death walker with *nick groff*" names a man)."""
    at = f" {title} ".find(f" {longer} ")
    return at >= 0 and " with " not in f" {title} "[: at + 1]


def _run_together(text: str, words: list[str]) -> bool:
    """Whether a name of several words is also found written as one: "cobrakai", "xfiles" and
    "pvalley" (a letter before a word, as in "X-Files"), "2521"; not a short one ("is"), nor
    one with a letter inside, nor a letter and a word that make an English word ("i deal")."""
    if text[0].isdigit() and _one_number(words):
        return True
    if len(text) <= 5 or min(map(len, words[1:])) == 1:
        return False
    return len(words[0]) > 1 or (words[0].isalpha() and "".join(words) not in ENGLISH_WORDS)


def _one_number(words: list[str]) -> bool:
    """Whether a name's words are numbers that fans write as one ("2521" for Twenty-Five
    Twenty-One, "911"); not when they would read as a year ("20 12" is no "2012")."""
    if not all(word.isdecimal() and word.isascii() for word in words):
        return False
    joined = "".join(words)
    return not (len(joined) == 4 and joined.startswith(("19", "20")))


def _initial_words(title: list[str], raw: str, short: Sequence[str]) -> list[tuple[list[str], int]]:
    """The words a popular show's initials are made of, each with the fewest letters its
    initials may have: its folded title's and its short names' (any: "twd", "tcw"); its
    subtitle's ("kny" for Demon Slayer: Kimetsu no Yaiba); its title's as written when they
    differ ("ru pauls drag race": "rpdr"), `MADE_UP_LETTERS`."""
    spelled = written_words(raw)
    subtitle = _SUBTITLE.split(raw, maxsplit=1)
    return [
        (title, 0),
        *((name.split(), 0) for name in short),
        *(((fold(subtitle[1]).split(), 0),) if len(subtitle) == 2 else ()),
        *(((spelled, MADE_UP_LETTERS),) if spelled else ()),
    ]


_SUBTITLE = re.compile(r"\s*:\s+")
"""Where a title's subtitle starts ("Demon Slayer: Kimetsu no Yaiba")."""


def _first_names(folded: Sequence[str], entries: Sequence[Entry]) -> list[str]:
    """Each entry's first name (its title) among `folded`, every entry's names in order."""
    firsts, position = [], 0
    for entry in entries:
        firsts.append(folded[position])
        position += len(entry.names)
    return firsts


def _spelled_keys(chunk: list[str], spellings: list[tuple[str, ...] | None]) -> Iterator[str]:
    """A stretch of the question as a name may spell it: every spelling of each word when they
    are few ("new gril"), else one word respelled at a time ("the *hut* list", "tell me what
    *yiu* saw"): a title written out whole with one word mistyped."""
    options = [spelled or (word,) for spelled, word in zip(spellings, chunk, strict=True)]
    if math.prod(map(len, options)) <= _MAX_SPELLINGS:
        yield from (" ".join(combo) for combo in product(*options))
        return
    for position, spelled in enumerate(spellings):
        for spelling in spelled or ():
            yield " ".join([*chunk[:position], spelling, *chunk[position + 1 :]])


def _slip_of(name_word: str, typed: list[tuple[str, str]]) -> str | None:
    """The question word of `typed` (each with its consonants) that may be a slip of
    `name_word`, if one may: a letter off, doubled, dropped or swapped, the same consonants
    ("doom" for "dome", "idle" for "idol"), or the word cut short ("madam *sec*")."""
    frame = None
    for word, heard in typed:
        if cut_short(word, name_word):
            return word
        if abs(len(word) - len(name_word)) > 2:
            continue
        if OSA.distance(word, name_word, score_cutoff=1) <= 1:
            return word
        if frame is None:
            frame = consonants(name_word)
        if heard == frame:
            return word
    return None


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def _typo_table(vocabulary: list[str], previous: NameIndex | None) -> HashMultimap[str]:
    """The typo table of `vocabulary`: the one of `previous` when its vocabulary is the same
    (it depends on nothing else), which spares a fifth of building a title index again after a
    show is renamed. Comparing two lists of words is one C-level loop of a few milliseconds."""
    if previous is not None and previous._vocabulary == vocabulary:
        return previous._deletions
    return _deletion_multimap(vocabulary)


def _deletion_multimap(vocabulary: Sequence[str]) -> HashMultimap[str]:
    """Each word's one-letter deletions (and the word itself) -> the word's position: finds
    typos and swaps fast."""
    return HashMultimap(vocabulary, _typo_keys)


def _typo_keys(word: str) -> list[str]:
    """A word and its one-letter deletions; a deletion may repeat ("book"), which costs less
    than a set per word (a lookup just sees the word twice)."""
    if len(word) < 3 or word.isdigit():
        return []
    return [word[:i] + word[i + 1 :] for i in range(len(word) + 1)]


def _deletion_lists(vocabulary: Iterable[str]) -> dict[str, list[str]]:
    """The same for a small vocabulary (question words), as a plain dict."""
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) < 3 or word.isdigit():
            continue
        for key in _deletions(word):
            index.setdefault(key, []).append(word)
    return index

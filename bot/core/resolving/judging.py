"""One candidate, judged by the words around it: initials and short names only for popular
shows, everyday words only where a title goes, a little-known title only when plainly named."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

from bot.core.matching import WELL_KNOWN, NameIndex, description_end, verb_of_a_pronoun
from bot.core.models import Show
from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS
from bot.core.questions.vocabulary import (
    CHITCHAT_WORDS,
    ENGLISH_WORDS,
    GENRES,
    NETWORKS,
    WH_WORDS,
)
from bot.core.results import CONFIDENT, POPULAR, SHORT, SUGGEST, Scored
from bot.core.slips import near_any, one_slip
from bot.core.text import ARTICLES, fold, same_word

from .deciding import DOMINANT, OBSCURE, STREAMED, is_described
from .places import (
    PHRASE_ENDS,
    a_duration,
    another_work,
    asked_of_as_a_show,
    cast_as,
    denied,
    denied_positions,
    described_after,
    described_apart,
    describing,
    introduced_or_called,
    network_before,
    network_end,
    network_follows,
    networks_denied,
    networks_said,
    opens_slot,
    points_at,
    somewhere,
    title_slot,
    verb_phrase,
    whole_content,
    whole_sentence,
    years_denied,
)
from .words import (
    ARTICLES_A,
    ASIDES,
    BESIDE_TITLE,
    KINDS,
    NOT_BEFORE_TITLE_END,
    ON,
    POSSESSIVES,
    capped,
    everyday_word,
    genre_words_of,
    no_phrase_holds,
    with_similarity,
)

_WATCHING = frozenset(
    {
        "watching",
        "watched",
        "rewatching",
        "rewatched",
        "binging",
        "bingeing",
        "binged",
        "started",
        "starting",
        "finished",
        "finishing",
        "streaming",
        "streamed",
    }
)
"""Words of watching, after which an everyday phrase is what is watched: "starting *hit and
miss*"."""
NEAR = 80.0
"""Lowest similarity at which a slip in a popular title is taken, if nothing else comes close."""
MISTYPED = 90.0
"""Similarity at which a little-known title of several words, mistyped, is still taken when it
is plainly what the sentence names ("great men acadamy rating?")."""


CUT_COVERAGE = 0.4
"""The least share of a long title's weight that its start or end must hold to name it
("apartment 23" of Don't Trust the B---- in Apartment 23); half for any other part."""


_DISTINCT = 3
"""Names at most that may hold the words of a short name for it to tell its show apart."""
_SLIP_LETTERS = 2
"""Letters at most that a slip adds to a one-word title or drops from it ("westwrld")."""


def judge(
    index: NameIndex,
    shows: Sequence[Show],
    words: list[str | None],
    scored: Scored,
    capitals: frozenset[str],
    fame: dict[str, float] | None = None,
    initials: frozenset[tuple[int, int]] = frozenset(),
    titles: frozenset[tuple[int, int]] = frozenset(),
) -> Scored | None:
    """The candidate as the question's wording supports it; None when it should not even be
    suggested (initials of an obscure show, an everyday word used as one). `titles` are where
    the question writes out other titles of several words whole, or their start or end."""
    name = scored.name.split()
    popularity = scored.popularity
    context = frozenset(index.context(scored.owner))
    words = _own_article(words, scored, shows[scored.owner])
    if index.is_initials(scored):
        if popularity < POPULAR or not title_slot(words, scored.start, scored.end, context):
            return None
        if scored.name in WH_WORDS and scored.name not in capitals:
            return None  # "*how* many seasons", not Hell on Wheels ("HoW" is)
        if any(start < scored.start < end for start, end in titles):
            return None  # "high on the *hog*": a word of another title typed, no initials
        # "tyrion in got" points at the show; "how many episodes does *mickey* mouse
        # clubhouse have" does not point at Hell on Wheels, whose Mickey is another title's
        pointed = any(
            w in context and w not in COMMON_WORDS and not _inside(position, titles)
            for position, w in enumerate(words)
            if w is not None
        )
        if (
            _common(scored.name)
            and scored.name not in capitals
            and not pointed
            and not _no_verb_slot(words, scored.start, scored.end)
        ):
            return None  # "got", "lot", "out": words, unless "GoT", or "tyrion in got"
        return with_similarity(scored, max(scored.similarity, CONFIDENT + 2))
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    if describing(words, scored):
        return capped(scored, SUGGEST)
    if popularity < POPULAR and another_work(words, scored.start, scored.end):
        # "that kylie song can't get you out of my head"; but "the song stranger things used"
        # is the famous show's
        return capped(scored, SUGGEST)
    if denied(words, scored.start) or ("not" in typed and "not" not in name):
        # "not storage wars texas, the og"; "secrets of the zoo and *not* tampa" is no
        # name of Secrets of the Zoo: Tampa
        return capped(scored, SUGGEST)
    if _the_other_one(words, scored, typed):
        return capped(scored, SUGGEST)  # "not the abc resurrection, *the other one*"
    if verb_phrase(words, scored):
        return capped(scored, SUGGEST)  # "noble my love rating, *looking for* a k drama"
    if a_duration(words, scored.start, scored.end):
        return capped(scored, SUGGEST)  # "binged sick note *in one night*": how long it took
    if scored.end - scored.start == 1 and verb_of_a_pronoun(words, scored.start):
        return capped(scored, SUGGEST)  # "how many series did it *run*": no title Run
    if cast_as(words, scored):
        return capped(scored, SUGGEST)  # "who plays *the captain* in ..."
    if typed and typed[-1] == "shows" and name[-1] == "show":
        # "ricky gervais shows": the shows of a person, not "The Ricky Gervais Show"
        return capped(scored, SUGGEST)
    elsewhere = networks_denied(words)  # nearly always none: no show's network is folded
    if elsewhere and _network_of(shows[scored.owner]) in elsewhere:
        return capped(scored, SUGGEST)  # "the new surface, not the nbc one"
    premiered = shows[scored.owner].premiered
    if premiered is not None and premiered.year in years_denied(words):
        return capped(scored, SUGGEST)  # "the new queer as folk, not the 2000 one"
    if scored.flags & SHORT and _elsewhere(shows[scored.owner], words):
        # "when does the last frontier come out on apple tv": not Alaska: The Last Frontier,
        # which Discovery airs; a short name is no name for a show on another network
        return capped(scored, SUGGEST)
    before = words[scored.start - 1] if scored.start > 0 else None
    if before in ON and " ".join(typed) in NETWORKS:
        return capped(scored, SUGGEST)  # "the reboot *on peacock*"
    if not scored.exact and len(typed) == 1 and typed[0] in FUNCTION_WORDS:
        return None  # "will *there* be": a question word is no slip of a title's ("three")
    if scored.flags & SHORT and (
        (not scored.exact and all(everyday_word(w) for w in typed))
        or (
            popularity < (POPULAR if scored.name in ENGLISH_WORDS else WELL_KNOWN)
            and not (scored.exact and len(typed) <= 2 and not all(everyday_word(w) for w in typed))
        )
    ):
        # "kabaneri of the iron fortress" is the series, not its little-known film; "obsessed"
        # is a word, unless the show is famous ("daredevil"); "dark matter" is not "Dark
        # Matters: Twisted But True": a short name counts as written, or mistyped; one with a
        # name-like word in a word or two, written as it is ("21 sarfarosh", "anohana"), is the
        # show's nickname; a longer one may be the series' name on its spin-off (the film)
        return capped(scored, SUGGEST)
    obscure = popularity < OBSCURE and not is_described(shows[scored.owner])
    if (
        obscure
        and not _named_alone(
            words, scored, context | genre_words_of(shows[scored.owner]) | _networks_typed(words)
        )
        and not _set_apart(words, scored, genre_words_of(shows[scored.owner]) | context, context)
    ):
        # a title nothing describes, that few know: only when the question is just its name
        # ("is ever after high over?? my daughter keeps asking")
        return capped(scored, SUGGEST)
    telling = [w for w in name if w not in FUNCTION_WORDS]
    if (
        len(name) == len(typed) == 1
        and not scored.exact
        and everyday_word(typed[0])
        and everyday_word(name[0])
        and not same_word(typed[0], name[0])
    ):
        # "devil may cry": an everyday word typed as meant is not another one ("devils")
        return capped(scored, SUGGEST)
    everyday = (
        bool(telling)
        and len(telling) <= 2
        and (all(everyday_word(w) for w in telling) or all(everyday_word(w) for w in typed))
        and not (scored.exact and no_phrase_holds(telling))
    )
    articled = before == "the" and fold(shows[scored.owner].title).startswith("the ")
    several = len(telling) > 1 or (scored.exact and (len(name) > 1 or articled))
    described = context | genre_words_of(shows[scored.owner])
    """What points at the show beside its name: its network and people, and a word for its
    genre ("is scraps a *cooking* show", "made from scratch a *cooking* show?")."""
    if (
        everyday
        and len(name) <= 3
        and len(telling) * 3 <= len(name)
        and not whole_content(words, scored, described)
        and not (
            scored.exact and whole_sentence(_clause_of(words, scored.start), scored, described)
        )
        and not (
            scored.exact
            and len(name) == 3
            and max(popularity, (fame or {}).get(scored.name, 0.0))
            >= (WELL_KNOWN if scored.start == 0 else POPULAR)
            and name[0] not in FUNCTION_WORDS
        )
        and not (scored.exact and before in _WATCHING)
        and not (scored.exact and introduced_or_called(words, scored.start, scored.end))
    ):
        # "what on earth", "making it", "in the dark": question words around one everyday
        # word; but a famous title that opens with its telling word ("dead like me"; a known
        # one opening the message: "noble my love rating, ...") is one, and so is a title
        # that is its whole sentence ("is ever after high over??") or that follows a word of
        # watching ("so starting *hit and miss*")
        return capped(scored, SUGGEST)
    """"the i land", "the order": more than an everyday word, written as the title is."""
    known = (fame or {}).get(scored.name, popularity) if popularity == 0 else popularity
    """A copy of unknown popularity (a catalogue that rates nothing) is as well known as the
    best-known show of its name, for whether the name is used as a title here."""
    if everyday and not _named_as_title(words, scored, described, several, known):
        return capped(scored, SUGGEST)
    if everyday and not whole_content(words, scored, context):
        scored = dataclasses.replace(scored, everyday=True)
    if (
        scored.similarity < CONFIDENT
        and (scored.start, scored.end) not in initials  # "agt" is not "agt extreme"
        and _short_name(index, words, scored)
    ):
        return with_similarity(scored, CONFIDENT)
    if scored.similarity < CONFIDENT and _hosts_show(shows[scored.owner], words, scored):
        return with_similarity(scored, CONFIDENT)
    if (
        scored.similarity < CONFIDENT
        and scored.exact
        and described_after(words, scored.end)
        and _description_fits(words, scored.end, context | genre_words_of(shows[scored.owner]))
    ):
        # "whos in get even? *the netflix one* with the school revenge thing": a title of
        # question words, which its description pins down
        return with_similarity(scored, CONFIDENT)
    if (
        scored.similarity < CONFIDENT
        and scored.exact
        and len(typed) >= 2
        and popularity >= POPULAR
        and _between_verbs(words, scored.start, scored.end)
    ):
        # "why did *big love* end", "does *made for love* have a season 3": a title of
        # question words where only a title goes, between a question's verb and its verb
        return with_similarity(scored, CONFIDENT)
    if (
        scored.similarity < CONFIDENT
        and _slipped(typed, name)
        and _named_alone(words, scored, described | _networks_typed(words))
    ):
        # "big pacfic nature doc score": a title typed word for word but for slips people
        # make, and nothing else in its sentence but what is asked and what it is
        return with_similarity(scored, CONFIDENT)
    first = words[scored.start] if scored.start < len(words) else None
    same_start = first is not None and first[:1] == scored.name[:1]
    if (
        NEAR <= scored.similarity < CONFIDENT
        and popularity >= POPULAR
        and not scored.longer
        and same_start
        and (" " in scored.name or abs(sum(map(len, typed)) - len(scored.name)) <= _SLIP_LETTERS)
        and all(near_any(word, name) for word in typed if word not in FUNCTION_WORDS)
    ):
        # "nics", "frago": a slip in a popular title, taken when nothing else comes close;
        # but "text" is no slip of the one word "textmewhenyougethome", only its first letters
        return dataclasses.replace(scored, similarity=CONFIDENT, rank=scored.rank, near=True)
    return scored


def _own_article(words: list[str | None], scored: Scored, show: Show) -> list[str | None]:
    """The words, with the "a" or "an" that opens the show's own title ("*a* suitable boy",
    which the index drops as it drops "the") read as the title's article, "the": not the
    article of a phrase ("a crime"), which no title follows."""
    at = scored.start - 1
    if at < 0 or words[at] not in ARTICLES_A or not _ends_as_title(words, scored.end):
        return words  # "*a small light* came on in my car": a phrase, whatever the title
    if not fold(show.title).startswith(f"{words[at]} "):
        return words
    return [*words[:at], "the", *words[at + 1 :]]


def _ends_as_title(words: list[str | None], end: int) -> bool:
    """Whether what follows a match ends a title there, as a question goes on after one: a
    break, "and", chat, a question word, a word of what is asked ("rating", "over", "still",
    "worth"); not a verb of the sentence ("a small light *came* on"), nor "on" ("taylor
    swift *on* tour")."""
    after = words[end] if end < len(words) else None
    return (
        after in _TITLE_ENDS
        or after in ASIDES
        or after in WH_WORDS
        or after in BESIDE_TITLE
        or after in _ASKED_AFTER
    )


_TITLE_ENDS = PHRASE_ENDS | {"or"}
"""A break, or "and", "but", "or" (a comma reads as "and") after a title ends it."""
_ASKED_AFTER = frozenset(
    {"is", "was", "over", "worth", "still", "getting", "renewed", "cancelled", "canceled"}
    | {"coming", "ending", "ended", "any", "good", "not"}
)
"""Words of a question that follow the title it asks about: "is a crime to remember *over*",
"how trains changed the world (*not* trains that ...)"."""


def _set_apart(
    words: list[str | None], scored: Scored, known: frozenset[str], context: frozenset[str]
) -> bool:
    """Whether a title of two telling words or more is typed whole between small words ("a
    *christmas prince* is a series??", "curious about *curious creatures* lol"): nothing
    around it carries it on as a phrase of the sentence, and no kind of show the message calls
    it is one its record lacks (`known`: "four sisters is a *kids show* right?" may be
    another)."""
    if not scored.exact or scored.popularity <= 0:
        return False  # a catalogue's copy rates nothing: of unknown fame, not of little
    if any(
        w in GENRES and w not in known and following in KINDS
        for w, following in itertools.pairwise(words)
    ):
        return False
    telling = [w for w in scored.name.split() if w not in FUNCTION_WORDS]
    if len(telling) < 2:
        return False
    before = words[scored.start - 1] if scored.start > 0 else None
    after = words[scored.end] if scored.end < len(words) else None
    if after in _WATCHING or after in KINDS or after in GENRES:
        return False  # "lost track of time *binging* ...", "kids in the hall *comedy* punks"
    lead = scored.start - 1 if before in ARTICLES else scored.start
    if lead > 0 and words[lead - 1] in _PLACING_BEFORE:
        return False  # "quoting it *in the group chat*", "woke up *in the dead of night*"
    return (
        (before is None or before in FUNCTION_WORDS or before in CHITCHAT_WORDS)
        and (after is None or after in CHITCHAT_WORDS or _ends_as_title(words, scored.end))
        and title_slot(words, scored.start, scored.end, context, strict=False)
    )


_PLACING_BEFORE = frozenset({"in", "at", "into", "through", "from", "during", "inside"})
"""Words that set an everyday place or time before a phrase some show has as its title."""


def _named_alone(words: list[str | None], scored: Scored, context: frozenset[str]) -> bool:
    """Whether a title few know is plainly what its sentence names: the sentence holds nothing
    else but question words and a description ("e-ring *the pentagon show*, was it
    cancelled"), or it is introduced as a show ("whatever happened to *the show* life is
    wild"); typed as written, or with one slip in a name of several telling words ("great men
    acadamy"), or with the words a name runs together typed apart ("mystery quest" for
    MysteryQuest; not "truelove" for True Love, which may be another title run together)."""
    telling = [w for w in scored.name.split() if w not in FUNCTION_WORDS]
    typed = [w for w in words[scored.start : scored.end] if w is not None]
    apart = len(typed) > scored.name.count(" ") + 1 and "".join(typed) == scored.name.replace(
        " ", ""
    )
    if not (
        scored.exact
        or apart
        or (len(telling) >= 2 and scored.similarity >= MISTYPED)
        or _slipped(typed, scored.name.split())
    ):
        return False
    if introduced_or_called(words, scored.start, scored.end):
        return True
    words = described_apart(words, scored.end)  # "a espia what genre, *the portuguese spy one*"
    if scored.exact and len(telling) >= 2 and _no_phrase(scored.name.split(), telling):
        return True  # "unlikely animal friends", "jogo duplo"
    words = _clause_of(words, scored.start)  # "time flies man, *is true monsters* still on"
    return whole_sentence(words, scored, context) and title_slot(
        words, scored.start, scored.end, context, strict=False
    )  # not "the *four* seasons netflix": a count


def _clause_of(words: list[str | None], start: int) -> list[str | None]:
    """The words with a break before the question that opens right before a title after a
    remark ("time flies man, *is* true monsters still running": the comma was read as "and")."""
    opener = start - 1
    if opener > 0 and words[opener] == "the":
        opener -= 1
    if opener < 1 or words[opener] not in _OPENERS or words[opener - 1] != "and":
        return words
    return [*words[: opener - 1], None, *words[opener:]]


_OPENERS = frozenset({"is", "was", "are", "were", "does", "did", "will", "has"})


SLIPPED_LETTERS = 5
"""The shortest word whose one slip still says which word was meant: "hea" is as much "hex"
as "hey"."""


def _slipped(typed: list[str], name: list[str]) -> bool:
    """Whether a name is typed word for word but for slips people make (`one_slip`), none of
    them in a word shorter than `SLIPPED_LETTERS` nor one that is an everyday word of its own
    ("spooksvile", "big pacfic"; not "silo" for Sila, "the pitt" for The Pitts, nor "landman"
    for Sandman)."""
    return (
        len(typed) == len(name)
        and typed != name
        and all(
            one == meant
            or (len(meant) >= SLIPPED_LETTERS and one_slip(one, meant) and not everyday_word(one))
            for one, meant in zip(typed, name, strict=True)
        )
    )


def _networks_typed(words: list[str | None]) -> frozenset[str]:
    """The networks a message names in one word ("why did *itv* cancel home fires"), which
    describe a show whose record names no network as well as any words can."""
    return frozenset(w for w in words if w is not None and w in NETWORKS)


def _no_phrase(name: list[str], telling: list[str]) -> bool:
    """Whether a name is too particular to be an everyday phrase: a word no sentence uses
    ("jogo duplo"), four telling words, or three with nothing between them ("unlikely animal
    friends"); "lost track of time", "life and death row", "100 percent" are things people
    say."""
    if not all(everyday_word(w) or w.isdecimal() for w in telling):
        return True
    if no_phrase_holds(telling):
        return True  # "lizzie mcguire"
    return len(telling) >= 4 or (len(telling) == 3 and len(name) == 3)


def _named_as_title(
    words: list[str | None],
    scored: Scored,
    context: frozenset[str],
    several: bool,
    fame: float,
) -> bool:
    """Whether a title of everyday words is used as a title: the whole question, or where a
    title goes (a one-word one only for a well-known show)."""
    before = words[scored.start - 1] if scored.start > 0 else None
    if before in POSSESSIVES:
        return False  # "my friends and i are so bored": whatever else the message says
    if somewhere(words, scored, context):
        return False  # "the girls at school keep talking about ...": people, not a title
    if introduced_or_called(words, scored.start, scored.end) or described_after(words, scored.end):
        return True  # "whatever happened to *the show* life is wild", "mental, that ... show"
    if network_follows(words, scored.end, context) or network_before(words, scored.start, context):
        return True  # "whats the catch with *hunted bbc one*", "the cw flash": its network
    if whole_content(words, scored, context):
        # "friends", "is lost over"; but a word few know as a title, among question words,
        # only where a title goes: "long story *short*", "whos in running *point*"
        return several or fame >= OBSCURE or title_slot(words, scored.start, scored.end, context)
    if asked_of_as_a_show(words, scored, context):
        return title_slot(words, scored.start, scored.end, context)
    well_known = fame >= WELL_KNOWN or points_at(words, scored, context)
    strict = not (several and well_known)  # "my girlfriend", "hear me out": phrases first
    if not title_slot(words, scored.start, scored.end, context, strict=strict):
        return not strict and scored.exact and opens_slot(words, scored, context)
    return several or well_known


def _short_name(index: NameIndex, words: list[str | None], scored: Scored) -> bool:
    """'bake off', 'jessica jones', 'always sunny': part of a popular show's name that only a
    few names hold, the question's own words around it. A well-known show's name is cut the
    same way when two words or more of its start or end are typed as written ("fresh
    prince", "broken skull challenge")."""
    if scored.longer:
        return False
    cut = cut_end(words, scored)
    if scored.coverage < (CUT_COVERAGE if cut else 0.5):
        return False
    if scored.popularity < POPULAR and not (scored.popularity >= WELL_KNOWN and cut):
        return False
    name = set(scored.name.split())
    held = [w for w in words[scored.start : scored.end] if w is not None and w in name]
    telling = [w for w in held if w not in FUNCTION_WORDS]
    if not telling or (len(telling) < 2 and telling[0] in ENGLISH_WORDS):
        return False  # "game" alone is no name for Game of Thrones, "penguin" for Penguins of ...
    if all(COMMON_WORDS.get(w, EVERYDAY_CUT + 1) <= EVERYDAY_CUT for w in telling):
        return False  # "way *too short*" is said, not a name of Life's Too Short
    owners = index.owners_with(telling, _DISTINCT)
    if owners is None or scored.owner not in owners:
        return False
    rivals = [o for o in owners if o != scored.owner]
    return all(index.popularity(o) * DOMINANT <= scored.popularity for o in rivals)


def _hosts_show(show: Show, words: list[str | None], scored: Scored) -> bool:
    """Whether the question calls a well-known show its host's: "john oliver's show",
    "fallon's tonight show", "letterman's late show". The host is one of its cast, named in
    its title, written as the owner ("olivers") of the show or of words of its title (which
    make the name seem longer: they are its own)."""
    if scored.popularity < WELL_KNOWN:
        return False
    name = scored.name.split()
    typed = words[scored.start : scored.end]
    following = words[scored.end] if scored.end < len(words) else None
    owners = []
    if None not in typed and (following in KINDS or following in name):
        owners.append([str(w) for w in typed])  # "john olivers" *show*
    before = words[scored.start - 1] if scored.start > 0 else None
    if before is not None:
        owners.append([before])  # "lettermans" *late show*
    return any(_host_of(show, scored.name, owner) for owner in owners)


def _host_of(show: Show, name: str, owner: list[str]) -> bool:
    """Whether `owner`, its last word a possessive ("fallons"), is a cast member of the show
    whose name (folded) holds them."""
    if not owner or not owner[-1].endswith("s") or len(owner[-1]) < 4:
        return False
    named = [*owner[:-1], owner[-1][:-1]]
    if f" {' '.join(named)} " not in f" {name} ":
        return False
    return any(fold(credit.name).split()[-len(named) :] == named for credit in show.cast)


EVERYDAY_CUT = 500
"""Words this common, and only such, make a phrase people say, not a short name of a title."""


def cut_end(words: list[str | None], scored: Scored) -> bool:
    """Whether the question holds the start or the end of a name, two telling words or more,
    typed as written and nothing between them: "fresh prince" of "fresh prince of bel air"."""
    typed = words[scored.start : scored.end]
    if None in typed or sum(w not in FUNCTION_WORDS for w in typed) < 2:
        return False
    part = " ".join(w for w in typed if w is not None)
    return scored.name.startswith(f"{part} ") or scored.name.endswith(f" {part}")


def _between_verbs(words: list[str | None], start: int, end: int) -> bool:
    """Whether words stand where only a subject goes: after the verb a question opens with and
    before the verb it asks ("did ... end", "does ... have"), or between "is" and a network it
    asks about ("is ... on hbo")."""
    if start == 0 or end >= len(words):
        return False
    before, following = words[start - 1], words[end]
    if before in _AUXILIARIES:
        return following in _VERBS
    on_network = following == "on" and network_end(words, end + 1) is not None
    return before in _COPULAS and on_network


def _inside(position: int, spans: frozenset[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _no_verb_slot(words: list[str | None], start: int, end: int) -> bool:
    """Whether initials that spell a word stand where that word cannot: after a question's
    verb and before a verb ("did got end", "is got getting a season 9"). Not a pronoun,
    which stands there as itself ("does *she* play"), nor a word that follows "is" ("is
    out on netflix")."""
    if end - start != 1 or end >= len(words):
        return False
    before, typed, following = words[start - 1] if start else None, words[start], words[end]
    if typed in NOT_BEFORE_TITLE_END or typed in _SUBJECTS:
        return False
    asked = before in _AUXILIARIES or before in _COPULAS
    if (before is None or asked) and (following is None or following in _SHOWS_OWN):
        # "*got* season 9", "*got* cast": a word does not open a message before a season or
        # what a show has
        return start == 0 or words[start - 1] is not None
    if asked and following in _SHOWS_STATE:
        return True  # "is *got* over"; but "*got* renewed??" opens a message as a verb
    if start == 0 or following is None:
        return False
    if before in _AUXILIARIES:
        return following.isalpha() and following not in FUNCTION_WORDS - _VERBS
    return before in _COPULAS and following.endswith("ing") and len(following) > 5


_SHOWS_OWN = frozenset(
    {"episodes", "episode", "eps", "cast", "finale", "ending", "characters", "spinoff"}
)
"""What a show has, which a title stands before ("got *episodes*", "got *cast*")."""
_SHOWS_STATE = frozenset({"over", "cancelled", "canceled", "renewed", "returning", "finished"})
"""What a show is, asked after "is" ("is got *over*")."""
_AUXILIARIES = frozenset({"does", "did", "will"})
"""Verbs a question opens with that a subject follows, never a verb: "did *got* end"."""
_SUBJECTS = frozenset({"it", "its", "that", "what", "who", "which", "there", "one", "anyone"})
"""Words a question's verb is followed by as themselves."""
_VERBS = frozenset({"end", "come", "get", "have", "start", "air", "premiere", "finish", "return"})
"""Question words that are verbs: "did got *end*"."""
_COPULAS = frozenset({"is", "was", "are", "were", "r"})
"""... and those a word may follow ("is out"), but no verb's past and then a verb: "is *got*
getting"."""


def _common(word: str) -> bool:
    """Whether a word is one people write every day ("got", "lot"), not a rarer one that
    initials also spell ("ppg", "tar")."""
    return word in COMMON_WORDS or word in CHITCHAT_WORDS or word in FUNCTION_WORDS


def _elsewhere(show: Show, words: list[str | None]) -> bool:
    """Whether the message says the show is on a network other than its own (a streaming
    catalogue's, which lists every show it carries, aside)."""
    own = _network_of(show)
    streamed = NETWORKS.get(fold(STREAMED))
    if own is None or own == streamed:
        return False  # a network the vocabulary does not know is no contradiction
    said = networks_said(words) - {streamed}
    return bool(said) and own not in said


def _the_other_one(words: list[str | None], scored: Scored, typed: list[str]) -> bool:
    """Whether everyday words ending in "one" point back at a show the message has set aside
    ("not the abc resurrection, *the other one*", "not the marvel cartoon, *the new one*"):
    after a phrase that denies a show ("not the ..."), they say which version is meant, not a
    title; not after any "not" ("not gonna lie, is the chosen one worth watching")."""
    return (
        len(typed) >= 2
        and typed[-1] == "one"
        and all(everyday_word(w) for w in typed)
        and any(
            words[at - 2 : at] == ["not", "the"]
            for at in denied_positions(words)
            if 2 <= at < scored.start
        )
    )


def _network_of(show: Show) -> str | None:
    """The show's network as the vocabulary of networks names it (None: none or unknown)."""
    return NETWORKS.get(fold(show.network)) if show.network is not None else None


def _description_fits(words: list[str | None], end: int, known: frozenset[str]) -> bool:
    """Whether the description after a match ("the *netflix* one") names the show's network,
    one of its people or a word for its genre."""
    start = end + 1
    stop = description_end(words, start, frozenset({"the", "that", "this"}))
    return stop is not None and not known.isdisjoint(w for w in words[start:stop] if w)

"""One fact asked, one short answer: seasons, episodes, length, makers, network, ratings,
reception, viewership, premise, genre, ending, what a next season would cover.

The fact comes first, in a sentence that names the show; what the base does not know is said
plainly, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.answers import standing
from bot.core.answers.model import Context
from bot.core.answers.status import Said, no, over, state, yes
from bot.core.answers.wording import digits, join, on, possessive, score_label, sentence, within
from bot.core.models import Show, Status
from bot.core.questions import NETWORKS, NUMBER_WORDS
from bot.core.questions.vocabulary import GENRES, UNSURE_GENRES, WH_WORDS
from bot.core.text import fold


def seasons_answer(show: Show, ctx: Context) -> Said:
    name, aired = show.title, show.last_season
    if not aired:
        if show.status is Status.IN_DEVELOPMENT:
            return Said(f"{name} has no season out yet: it is still in development.")
        return Said(f"I don't know how many seasons {name} has.")
    text = f"{name} has {digits(aired, 'season')}"
    if show.status is Status.CANCELED:
        who = show.network or "the network"
        when = f" {on(show.status_date, ctx.fmt)}" if show.status_date else ""
        return Said(f"{text}: {who} canceled it{when}.")
    if show.status is Status.ENDED:
        if show.finale:
            return Said(f"{text}; its last episode aired {on(show.finale, ctx.fmt)}.")
        return Said(f"{text}; it has ended.")
    renewed = standing.renewed_season(show)
    if renewed is not None and renewed > aired:
        text += f" so far, and season {renewed} is confirmed"
    return Said(text + ".")


def seasons_claimed(words: Sequence[str | None]) -> tuple[int, bool] | None:
    """The number of seasons a question asks to confirm, and whether it asks for more than it
    ("had seven seasons right?": (7, False); "did it go past one season": (1, True)); None
    when it claims none."""
    said = [w for w in words if w is not None]
    for at, word in enumerate(said[:-1]):
        if said[at + 1] not in _SEASON_WORDS:
            continue
        count = _count(word)
        if count is None:
            continue
        before = said[at - 1] if at > 0 else None
        return count, before in _BEYOND
    return None


def seasons_confirmed(show: Show, ctx: Context, claim: tuple[int, bool]) -> Said:
    """The seasons answer opened with whether the number the question claims is right."""
    said = seasons_answer(show, ctx)
    aired = show.last_season
    if not aired:
        return said
    count, more = claim
    right = aired > count if more else aired == count
    return yes(said.text) if right else no(said.text)


def _count(word: str) -> int | None:
    if word.isdecimal() and len(word) <= 2:
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS.index(word) + 1
    return 1 if word in ("a", "single", "first") else None


_SEASON_WORDS = frozenset({"season", "seasons", "series"})
_BEYOND = frozenset({"past", "beyond", "than"})
"""Words before a count that ask for more than it ("past one season", "more than 2 seasons")."""


def episodes_answer(show: Show, season: int | None) -> Said:
    name = show.title
    if season is not None:
        entry = show.season(season)
        if entry is not None and entry.episodes is not None:
            return Said(f"Season {season} of {name} has {digits(entry.episodes, 'episode')}.")
        if entry is None and show.last_season and season > show.last_season:
            return Said(f"{name} has no season {season} out; it has {show.last_season} so far.")
        total = show.episode_count
        if total is not None:
            return Said(
                f"I don't have the episode count of season {season}; {name} has "
                f"{digits(total, 'episode')} in all."
            )
        return Said(f"I don't have the episode count of season {season} of {name}.")
    total = show.episode_count
    if total is None:
        return Said(f"I don't have the episode count of {name}.")
    seasons = f" over {digits(show.last_season, 'season')}" if show.last_season else ""
    return Said(f"{name} has {digits(total, 'episode')}{seasons}.")


def runtime_answer(show: Show, claimed: int | None = None) -> Said:
    """How long episodes run; for "they're like 30 min each right?", whether, within a few
    minutes (a runtime on file is an average: 22 minutes is "half an hour")."""
    if show.runtime is None:
        return Said(f"I don't have the length of {possessive(show.title)} episodes.")
    text = f"Episodes of {show.title} run about {show.runtime} minutes."
    if claimed is None:
        return Said(text)
    near = abs(show.runtime - claimed) <= max(_NEAR_MINUTES, claimed // 4)
    return yes(text) if near else no(text)


_NEAR_MINUTES = 8


def minutes_claimed(words: Sequence[str | None]) -> int | None:
    """The episode length a question claims ("30 min each", "an hour long", "half an hour");
    None when it names none."""
    said = [w for w in words if w is not None]
    text = " ".join(said)
    if re.search(r"\b(?:an|one|1) hour and a half\b", text):
        return 90
    if re.search(r"\bhalf (?:an )?hour\b", text):
        return 30
    hours = re.search(r"\b(an|one|two|three|\d) hours?\b", text)
    if hours is not None:
        count = hours.group(1)
        return 60 * (int(count) if count.isdecimal() else _HOURS.get(count, 1))
    for at, word in enumerate(said[:-1]):
        count = int(word) if word.isdecimal() else _MINUTES_IN_WORDS.get(word)
        if count is not None and said[at + 1] in _MINUTE_WORDS and 1 <= count <= 300:
            return count
    return None


_HOURS = {"one": 1, "two": 2, "three": 3}
_MINUTES_IN_WORDS = {
    "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90,
}  # fmt: skip


_MINUTE_WORDS = frozenset({"min", "mins", "minute", "minutes"})


def creators_answer(show: Show, asked: Sequence[str] = ()) -> Said:
    """Who made it, from the creators on file or else the summary's "created by ..."; for
    "was it made by kurt sutter?", yes when one of them is the person asked about (a name the
    base does not give is no "no": the credits on file may be partial)."""
    creators = show.creators or _makers_in(show.summary or "")
    if creators:
        text = f"{show.title} was created by {join(creators)}."
        named = {part for name in creators for part in fold(name).split() if len(part) > 2}
        return yes(text) if named & set(asked) else Said(text)
    if show.companies:
        return Said(
            f"I don't know who created {show.title}; it was made by "
            f"{join(c.name for c in show.companies)}."
        )
    return Said(f"I don't know who created {show.title}.")


_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+"
_MADE_BY = re.compile(
    r"\b(?:created|co-created|written|developed|devised|conceived|penned|tales|stories"
    rf"|sketches) by ({_NAME}(?:(?:, | and | & ){_NAME})*)"
)
"""Who made a show, as a summary says it: "created by Kurt Sutter", "tales by Steve Pemberton
and Reece Shearsmith"."""


def _makers_in(summary: str) -> tuple[str, ...]:
    found = _MADE_BY.search(summary)
    if found is None:
        return ()
    return tuple(re.split(r", | and | & ", found.group(1)))


def companies_answer(show: Show) -> Said:
    if show.companies:
        return Said(f"{show.title} was made by {join(c.name for c in show.companies)}.")
    return Said(f"I don't have the production company of {show.title}.")


def filming_answer(show: Show) -> Said:
    """Where it was filmed, which no field of the knowledge format holds: said plainly, with
    what can be asked instead, rather than a guess or the status."""
    return Said(
        f"I don't know where {show.title} was filmed: my notes hold its status, seasons, "
        "cast, network, ratings and the like, not its filming locations."
    )


def network_answer(show: Show, asked: str | None, *, yes_no: bool) -> Said:
    """Where it airs; for "is it on netflix", whether."""
    name, network = show.title, show.network
    if network is None:
        return Said(f"I don't know which network {name} is on.")
    text = f"{name} {'aired' if show.status.is_over else 'is'} on {network}."
    if asked is None or not yes_no:
        return Said(text)
    if _network_of(network) == asked or fold(network).startswith(f"{fold(asked)} "):
        return yes(text)  # "on disney" for Disney+ too
    return no(f"{text[:-1]}, not {_display(asked)}.")


def same_network(shows: Sequence[Show]) -> Said | None:
    """'were smallville and supergirl on the same channel': yes or no, with each network; None
    when the network of one of them is unknown."""
    networks = [show.network for show in shows]
    if len(shows) < 2 or any(network is None for network in networks):
        return None
    first = str(networks[0])
    over = all(show.status.is_over for show in shows)
    if all(_same(first, str(other)) for other in networks[1:]):
        together = "both" if len(shows) == 2 else "all"
        verb = f"{together} aired on" if over else f"are {together} on"
        return yes(f"{join([show.title for show in shows])} {verb} {first}.")
    head, *rest = shows
    each = [f"{head.title} {'aired' if head.status.is_over else 'is'} on {head.network}"]
    each += [f"{show.title} on {show.network}" for show in rest]
    return no(f"{join(each)}.")


def _same(one: str, other: str) -> bool:
    return fold(one) == fold(other) or (
        _network_of(one) is not None and _network_of(one) == _network_of(other)
    )


def _network_of(network: str) -> str | None:
    folded = fold(network)
    if folded in NETWORKS:
        return NETWORKS[folded]
    for spelling in sorted(NETWORKS, key=len, reverse=True):
        if folded.startswith(spelling + " ") or folded.endswith(" " + spelling):
            return NETWORKS[spelling]
    return None


def _display(network: str) -> str:
    return network.upper() if len(network) <= 4 else network.title()


_WANTED_SCORES = (
    ("imdb", ("imdb",)),
    ("rotten", ("rotten", "tomatoes", "tomatometer", "rt")),
    ("metacritic", ("metacritic",)),
    ("tvmaze", ("tvmaze",)),
)


def ratings_answer(show: Show, words: tuple[str | None, ...]) -> Said:
    """The scores on file, the ones asked for ("imdb", "rotten tomatoes") first."""
    if not show.reception:
        return Said(f"I don't have ratings for {show.title}.")
    asked = {w for w in words if w}
    wanted = [key for key, cues in _WANTED_SCORES if asked & set(cues)]
    scores = sorted(
        show.reception,
        key=lambda item: next((i for i, k in enumerate(wanted) if k in item[0]), len(wanted)),
    )
    listed = ", ".join(f"{score_label(k)} {v}" for k, v in scores[:4])
    if wanted and not any(w in scores[0][0] for w in wanted):
        return Said(f"I don't have that score for {show.title}; its ratings: {listed}.")
    return Said(f"{possessive(show.title)} ratings: {listed}.")


_NUMBER = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(%|/\s*10|/\s*100)?")
_SUCCESS = re.compile(r"#1|no\. ?1|number one|most[- ]watched|top 10|top ten|record", re.I)


def _scores_out_of_ten(show: Show) -> list[float]:
    scores = []
    for key, value in show.reception:
        match = _NUMBER.match(value)
        if match is None:
            continue
        number = float(match.group(1))
        scale = match.group(2) or ""
        if "%" in scale or "100" in scale or "metacritic" in key or number > 10:
            number /= 10
        if 0 <= number <= 10:
            scores.append(number)
    return scores


def reception_answer(show: Show, *, yes_no: bool) -> Said:
    """How it was received, and for "was it a hit / is it good", a yes, a no or "mixed"."""
    name = show.title
    scores = _scores_out_of_ten(show)
    ratings = ", ".join(f"{score_label(k)} {v}" for k, v in show.reception[:3])
    hit = next((v for v in show.viewership if _SUCCESS.search(v)), None)
    details = []
    if ratings:
        details.append(f"ratings: {ratings}")
    if hit:
        details.append(sentence(hit)[:-1])
    detail = "; ".join(details)
    if not detail:
        return Said(f"I don't have reviews or ratings for {name}.")
    short_lived = show.status is Status.CANCELED and show.last_season <= 1
    if short_lived or (scores and max(scores) < 7):
        verdict = "no"
        text = f"{name} was not a hit" if short_lived else f"{name} was not well received"
    elif (scores and max(scores) >= 8) or hit:
        verdict = "yes"
        text = f"{name} was well received"
    else:
        verdict = None
        text = f"Reviews of {name} were mixed"
    text = within(f"{text}: {detail}.")
    if not yes_no or verdict is None:
        return Said(text)
    return yes(text) if verdict == "yes" else no(text)


def viewership_answer(show: Show) -> Said:
    if not show.viewership:
        return Said(f"I don't have viewing figures for {show.title}.")
    return Said(within(f"{show.title}: " + " ".join(sentence(v) for v in show.viewership)))


def summary_answer(show: Show, asked: Sequence[str] = ()) -> Said:
    """What the show is about; for "is the league about fantasy football?", yes when the
    summary says so in the asked words (a summary that does not is no "no": it may be short)."""
    if show.summary:
        if asked and _says(show.summary, [w for w in asked if w not in fold(show.title).split()]):
            return yes(within(show.summary))
        return Said(within(show.summary))
    if show.genres:
        return Said(f"I don't have a summary of {show.title}; it is {_genres(show)} series.")
    return Said(f"I don't have a summary of {show.title}.")


def _says(text: str, words: Sequence[str]) -> bool:
    """Whether `text` holds every one of `words` (at least one), each at least as its first
    five letters ("anthology", "prequel" in "set 58 years before" is not)."""
    telling = [w for w in words if len(w) >= 3]
    if not telling:
        return False
    folded = fold(text)
    return all(re.search(rf"\b{re.escape(w[:5])}", folded) for w in telling)


def genre_answer(show: Show, words: tuple[str | None, ...], *, yes_no: bool) -> Said:
    """The genres; for "is it a horror?", whether."""
    if not show.genres:
        return Said(f"I don't have the genre of {show.title}.")
    text = f"{show.title} is {_genres(show)} series."
    said = _predicate_words(words)
    asked = [stem for stem in _genres_named(said) if stem]  # "nature doc": nature
    offered = _before_tags([w for w in words if w is not None])  # "thriller or nah": one
    if not yes_no or not asked or "or" in offered:
        return Said(text)  # "is it horror or comedy", "is it a documentary": the genres
    known = [fold(g) for g in show.genres]
    if not _ONLY.isdisjoint(said):
        # "is it just action": yes only if it is nothing else
        alone = all(any(stem in genre for stem in asked) for genre in known)
        return yes(text) if alone else no(text)
    held = " ".join(known)
    sure = [stem for stem in asked if stem not in UNSURE_GENRES]
    if sure:  # "a nature doc?": nature decides; the sources seldom say "documentary"
        return yes(text) if all(stem in held for stem in sure) else no(text)
    if all(stem in held for stem in asked):
        return yes(text)
    return Said(text)  # "is it a documentary": the sources seldom say, so no "no"


_ONLY = frozenset({"just", "only", "purely", "strictly"})


def _predicate_words(words: Sequence[str | None]) -> list[str]:
    """The words a yes/no question says of the show: after its last "is", "it" or "as" ("my
    kids love hanuman, is it classed *as fantasy*"), else its last words ("war of y, *romance*?"),
    so the title's and the story's words are not asked about."""
    said = [w for w in words if w is not None]
    last = max(
        (at for at, w in enumerate(said) if w in _SAYING and said[at - 1 : at] != ["in"]),
        default=None,
    )  # not the "it" of "has romance *in it*"
    if last is not None and said[last] == "like" and last > 0 and said[last - 1] in GENRES:
        # "is history 101 a comedy *like drunk history*": a show compared, not asked about
        start = max((at + 1 for at in range(last) if said[at] in _SAYING), default=0)
        chunk = said[start:last]
        articles = [at for at, w in enumerate(chunk) if w in ("a", "an")]
        return chunk[articles[-1] + 1 :] if articles else chunk
    if last is not None:
        return said[last + 1 :]
    return _before_tags(said)[-2:]


_SAYING = frozenset(
    {"is", "was", "are", "were", "it", "its", "that", "thats", "this", "as", "like"}
)


def _genres_named(words: Sequence[str | None]) -> list[str]:
    """The genres a question names, as what a show's genre must hold ("true crime" -> "crime",
    "doc" -> "document")."""
    said = [w for w in words if w is not None]
    named, at = [], 0
    while at < len(said):
        pair = " ".join(said[at : at + 2])
        if at + 1 < len(said) and pair in GENRES:
            named.append(GENRES[pair])
            at += 2
            continue
        if said[at] in GENRES:
            named.append(GENRES[said[at]])
        at += 1
    return named


def calls_it_a_genre(words: list[str]) -> bool:
    """Whether the words say "it's a <genre>" ("the bernie mac show, its a comedy right?",
    "moltissimo - that's a cooking show, right?"): a yes/no question even without "is"."""
    for at, word in enumerate(words):
        if word not in ("its", "thats"):
            continue
        following = [w for w in words[at + 1 : at + 3] if w not in ("a", "an")]
        if following and (following[0] in GENRES or " ".join(following[:2]) in GENRES):
            return True
    return False


def genre_guessed(text: str) -> tuple[str, ...]:
    """The words of a question's last clause when it only guesses a genre, after a question
    that asks for it: "what genre is annika, *crime?*", "wild roses genre?? *is it romance*",
    "what is it even, *a comedy?*"; else nothing. A guess is a yes/no question whatever asked
    before it ("is it horror or comedy" offers two and guesses neither)."""
    clauses = [c for c in _CLAUSES.split(text) if fold(c).strip()]
    if len(clauses) < 2:
        return ()
    clause = fold(clauses[-1]).split()
    if not WH_WORDS.isdisjoint(without_you_know_what(clause)):
        return ()  # "is it a historical drama or what": as much asked as guessed
    said = _before_tags(clause)
    start = 0
    while start < len(said) and said[start] in _GUESS_LEADS:
        start += 1
    rest = said[start:]
    at = 0
    while at < len(rest):
        if " ".join(rest[at : at + 2]) in GENRES and at + 1 < len(rest):
            at += 2
        elif rest[at] in GENRES:
            at += 1
        else:
            return ()
    return tuple(said) if rest else ()


_CLAUSES = re.compile(r"[,;:.!?]+|\s[-–—]+\s")
_GUESS_LEADS = frozenset(
    {"is", "was", "it", "its", "that", "thats", "a", "an", "like", "more", "actually", "really"}
)


def without_you_know_what(said: list[str]) -> list[str]:
    """The words but a "what" that asks nothing: "*you know what*, is it a war drama". ("is it
    a historical drama *or what*" asks as much as it guesses.)"""
    return [
        w for at, w in enumerate(said) if not (w == "what" and at > 0 and said[at - 1] == "know")
    ]


def ends_on_a_genre(words: list[str]) -> bool:
    """Whether a question ends on a genre it asks to confirm, with no "is": "mind over murder,
    true crime?", "back roads, a travel show right?"."""
    said = _before_tags(words)
    return bool(said) and (said[-1] in GENRES or " ".join(said[-2:]) in GENRES)


def _before_tags(words: list[str]) -> list[str]:
    """The words before those a question may end on after a genre ("a crime show *right*")."""
    end = len(words)
    while end and (words[end - 1] in _AFTER_A_GENRE or words[end - 2 : end] == ["in", "it"]):
        end -= 2 if words[end - 1] == "it" else 1
    return words[:end]


_AFTER_A_GENRE = frozenset(
    {"show", "series", "one", "thing", "right", "yeah", "yes", "then", "tho", "though", "lol"}
    | {"or", "what", "not", "nah", "mi", "too", "dizisi"}
)
"""Words a question may end on after the genre it asks about ("a crime show *right*")."""


def _genres(show: Show) -> str:
    listed = join(g.lower() for g in show.genres)
    return ("an " if listed[:1] in "aeiou" else "a ") + listed


def ending_answer(show: Show, ctx: Context) -> Said:
    """What the base knows of how it ends, without inventing plot."""
    parts = []
    if show.status.is_over:
        parts.append(over(show, ctx))
        if show.outlook:
            parts.append("Left open: " + sentence(show.outlook[0]))
    else:
        parts.append(f"{show.title} hasn't ended. " + state(show, None, ctx))
    if len(parts) == 1:
        parts.append("I don't have details of its plot.")
    return Said(within(" ".join(parts)))


def outlook_answer(show: Show, ctx: Context) -> Said:
    if not show.outlook:
        return Said(
            within(f"I don't know what a next season of {show.title} would cover. ")
            + state(show, None, ctx)
        )
    lead = "A next season would have covered" if show.status.is_over else "What's next"
    return Said(within(f"{lead}: " + " ".join(sentence(o) for o in show.outlook)))

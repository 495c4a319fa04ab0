"""Finding the show a whole question is about, and refusing rather than guessing
(bot.core.matching, through Engine.ask where the whole pipeline matters)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.matching import Entry, NameIndex
from bot.core.models import Credit, PartialDate, Status
from bot.core.questions import FUNCTION_WORDS, parse_question
from bot.core.results import CONFIDENT, Ambiguous, Match, NoMatch
from tests.catalogue import CATALOGUE, show

MakeEngine = Callable[..., Engine]


@pytest.fixture
def engine(engine_for: MakeEngine) -> Engine:
    return engine_for(*CATALOGUE)


def resolved(engine: Engine, question: str) -> str | None:
    """The id of the show the engine answers about, or None when it refuses."""
    return engine.ask(question).to_json()["show"]  # type: ignore[return-value]


# -- tolerated variations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("THE IMPERFECTS", "the-imperfects"),
        ("the imperfects", "the-imperfects"),
        ("CAFÉ SOCIETY", "cafe-society"),
        ("cafe society", "cafe-society"),
    ],
    ids=["upper case", "lower case", "accent kept", "accent dropped"],
)
def test_case_and_accents_do_not_matter(engine: Engine, question: str, expected: str) -> None:
    assert resolved(engine, question) == expected


def test_a_missing_leading_the_is_fine(engine: Engine) -> None:
    assert resolved(engine, "is imperfects renewed") == "the-imperfects"


def test_an_extra_leading_the_is_fine(engine: Engine) -> None:
    assert resolved(engine, "is the dark renewed") == "dark"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("imperfcts", "the-imperfects"),
        ("is the imprefects renewed", "the-imperfects"),
        ("is the ordr canceled", "the-order"),
        ("stranger thigns season 5", "stranger-things"),
        ("stanger thigns", "stranger-things"),
    ],
    ids=["missing letter", "swapped letters", "short title typo", "swap in one word", "two typos"],
)
def test_typos_and_transpositions_are_tolerated(
    engine: Engine, question: str, expected: str
) -> None:
    assert resolved(engine, question) == expected


def test_an_alias_finds_its_show(engine: Engine) -> None:
    answer = engine.ask("la casa de papel s5")

    assert answer.show is not None
    assert answer.show.id == "money-heist"
    assert answer.season == 5


def test_a_network_written_with_an_ampersand_is_the_network() -> None:
    assert parse_question("was longmire on a&e").network == "a&e"


def test_the_initials_of_an_obscure_title_are_not_guessed(engine: Engine) -> None:
    assert resolved(engine, "mlwtwb season 2") is None


def test_initials_written_as_an_alias_find_an_obscure_title(engine_for: MakeEngine) -> None:
    walter_boys = show("walter-boys", "My Life with the Walter Boys", aliases=("MLWTWB",))

    assert resolved(engine_for(walter_boys, *CATALOGUE[:-1]), "mlwtwb season 2") == "walter-boys"


def test_surrounding_words_do_not_get_in_the_way(engine: Engine) -> None:
    assert resolved(engine, "so is the imperfects getting a s2 or not??") == "the-imperfects"


@pytest.mark.parametrize(
    "question",
    [
        "imperfects s2",
        "season two of the imperfects",
        "the imperfects 2nd season",
        "will there be a season 2 of the imperfects",
        "the imperfects 2",
    ],
)
def test_a_season_mention_is_not_part_of_the_title(engine: Engine, question: str) -> None:
    answer = engine.ask(question)

    assert answer.show is not None
    assert answer.show.id == "the-imperfects"
    assert answer.season == 2


# -- refusing rather than guessing --------------------------------------------------------------


def test_an_unknown_show_is_refused(engine: Engine) -> None:
    answer = engine.ask("is severance renewed")

    assert answer.show is None
    assert answer.title is None
    assert "I don't know a show called “severance” yet." in answer.text


def test_an_unknown_show_is_remembered_for_the_admins(engine: Engine) -> None:
    engine.ask("is severance renewed")
    engine.ask("severance season 3")

    assert engine.misses.top() == [("severance", 2)]


def test_a_near_miss_is_suggested_not_answered(engine: Engine) -> None:
    answer = engine.ask("is dark matter renewed")

    assert answer.show is None
    assert [s.id for s in answer.suggestions] == ["dark"]
    assert "Did you mean Dark?" in answer.text


def test_a_known_title_inside_a_longer_unknown_one_is_not_a_match() -> None:
    index = NameIndex([Entry(("Dark",))], FUNCTION_WORDS)

    resolution = index.resolve(parse_question("is dark matter getting a season 2").words)

    assert isinstance(resolution, NoMatch)


def test_at_most_three_suggestions_are_offered_best_known_first() -> None:
    names = ["Bakes", "Faker", "Maker", "Baked", "Bikers"]
    popularity = [1, 5, 3, 4, 2]
    index = NameIndex(
        [Entry((n,), popularity=p) for n, p in zip(names, popularity, strict=True)],
        FUNCTION_WORDS,
    )

    resolution = index.resolve(parse_question("is baker renewed").words)

    assert isinstance(resolution, NoMatch)
    assert [names[s.owner] for s in resolution.suggestions] == ["Faker", "Baked", "Maker"]


@pytest.fixture
def two_offices(engine_for: MakeEngine) -> Engine:
    uk = show(
        "office-uk",
        "The Office",
        network="BBC",
        premiered=PartialDate(2001),
        popularity=40,
        cast=(Credit("Ricky Gervais", "David Brent"),),
    )
    us = show(
        "office-us",
        "The Office",
        network="NBC",
        premiered=PartialDate(2005),
        popularity=80,
        cast=(Credit("Steve Carell", "Michael Scott"),),
    )
    return engine_for(uk, us)


def test_two_shows_with_the_same_title_are_both_offered(two_offices: Engine) -> None:
    answer = two_offices.ask("is the office renewed")

    assert answer.show is None
    assert answer.ambiguous
    assert {s.id for s in answer.suggestions} == {"office-us", "office-uk"}
    assert answer.text == "Which one do you mean: The Office (NBC, 2005) or The Office (BBC, 2001)?"


def test_popularity_orders_equally_good_matches(two_offices: Engine) -> None:
    answer = two_offices.ask("the office")

    assert [s.id for s in answer.suggestions] == ["office-us", "office-uk"]


def test_the_network_in_the_question_picks_one_of_two_same_titled_shows(
    two_offices: Engine,
) -> None:
    assert resolved(two_offices, "the office bbc") == "office-uk"


def test_a_cast_member_in_the_question_picks_one_of_two_same_titled_shows(
    two_offices: Engine,
) -> None:
    assert resolved(two_offices, "is the office with steve carell coming back") == "office-us"


def test_the_better_match_wins_over_a_more_popular_one() -> None:
    index = NameIndex(
        [Entry(("The Order",), popularity=1), Entry(("The Orville",), popularity=99)],
        FUNCTION_WORDS,
    )

    resolution = index.resolve(parse_question("is the order renewed").words)

    assert isinstance(resolution, Match)
    assert resolution.best.owner == 0


def test_equally_good_names_are_ambiguous_in_the_index() -> None:
    index = NameIndex([Entry(("Skins",)), Entry(("Skins",))], FUNCTION_WORDS)

    resolution = index.resolve(parse_question("skins season 3").words)

    assert isinstance(resolution, Ambiguous)
    assert {c.owner for c in resolution.candidates} == {0, 1}


# -- titles made of question words --------------------------------------------------------------


@pytest.fixture
def question_word_titles(engine_for: MakeEngine) -> Engine:
    return engine_for(
        show("will", "Will", status=Status.CANCELED, popularity=100),
        show("you", "You", popularity=100),
        *CATALOGUE,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("will there be a season 2 of the imperfects", "the-imperfects"),
        ("will you tell me if the order is coming back", "the-order"),
        ("what are you up to with dark", "dark"),
    ],
)
def test_a_title_made_of_question_words_does_not_hijack_a_question(
    question_word_titles: Engine, question: str, expected: str
) -> None:
    assert resolved(question_word_titles, question) == expected


def test_a_question_made_only_of_question_words_is_not_about_will(
    question_word_titles: Engine,
) -> None:
    assert resolved(question_word_titles, "will there be a season 2") is None


def test_a_question_that_is_exactly_a_question_word_title_finds_it(
    question_word_titles: Engine,
) -> None:
    assert resolved(question_word_titles, "You") == "you"


def test_a_title_typed_without_its_space_is_found(engine_for: MakeEngine) -> None:
    engine = engine_for(show("cobra-kai", "Cobra Kai", network="Netflix"))

    assert resolved(engine, "is cobrakai renewed") == "cobra-kai"


# -- a big base: made-up initials, exact names, naming words ------------------------------------


def test_an_alias_an_admin_wrote_beats_initials_the_index_made_up() -> None:
    index = NameIndex(
        [Entry(("The Law of Ueki",)), Entry(("The Last of Us", "TLOU"))], FUNCTION_WORDS
    )

    resolution = index.resolve(parse_question("tlou season 3").words)

    assert isinstance(resolution, Match)
    assert resolution.best.owner == 1


def test_made_up_initials_that_spell_a_word_are_never_confident() -> None:
    index = NameIndex([Entry(("The King is Dead",)), Entry(("Kid Cosmic",))], FUNCTION_WORDS)

    resolution = index.resolve(parse_question("is kid renewed").words)

    assert not (isinstance(resolution, Match) and resolution.best.owner == 0)


def test_a_title_written_out_exactly_beats_one_that_only_comes_close() -> None:
    index = NameIndex(
        [Entry(("The Office", "The Office US")), Entry(("The Office (U.S.)",))], FUNCTION_WORDS
    )

    resolution = index.resolve(parse_question("is the office us coming back").words)

    assert isinstance(resolution, Match)
    assert resolution.best.owner == 0


def test_the_title_after_called_is_the_one_meant() -> None:
    index = NameIndex([Entry(("Dark",)), Entry(("The Town",))], FUNCTION_WORDS)
    question = "that german show set in a small town, was it called dark? is it renewed"

    resolution = index.resolve(parse_question(question).words)

    assert isinstance(resolution, Match)
    assert resolution.best.owner == 0


def test_a_reordered_alias_is_found_among_many_shorter_names() -> None:
    names = [("One Piece", "One Piece live action"), ("One",), ("Action",), ("Live",)]
    names += [(f"Action {n}",) for n in range(40)] + [(f"One {n}",) for n in range(40)]
    index = NameIndex([Entry(n) for n in names], FUNCTION_WORDS)

    resolution = index.resolve(parse_question("is the live action one piece out yet").words)

    assert isinstance(resolution, Match)
    assert resolution.best.owner == 0


def test_an_index_with_new_owners_keeps_the_names_and_takes_the_new_popularity() -> None:
    index = NameIndex(
        [Entry(("The Office",), 5.0, ("nbc",)), Entry(("Office Hours",), 1.0)], FUNCTION_WORDS
    )

    moved = index.with_owners([Entry(("The Office",), 1.0), Entry(("Office Hours",), 5.0)])

    assert index.complete("", 2) == [0, 1]
    assert moved.complete("", 2) == [1, 0]
    assert moved.complete("offi", 2) == [1, 0]
    assert index.rank(["office", "nbc"])[0].rank > moved.rank(["office", "nbc"])[0].rank
    assert moved.rank(["office", "hours"])[0].owner == 1
    with pytest.raises(ValueError, match="1 owners for an index of 2"):
        index.with_owners([Entry(("The Office",))])


def test_many_shows_of_one_everyday_name_do_not_crowd_out_a_longer_title(
    engine_for: MakeEngine,
) -> None:
    lives = [show(f"life-{n}", "Life", popularity=90 - n) for n in range(12)]
    engine = engine_for(*lives, show("walter-boys", "My Life with the Walter Boys", popularity=70))

    assert resolved(engine, "life with the walter boys 2nd season") == "walter-boys"


def test_a_rare_title_word_typed_is_read_as_a_slip_of_a_common_one(engine_for: MakeEngine) -> None:
    german = [show(f"german-{n}", f"Alles Nichts Oder {n}", popularity=1) for n in range(3)]
    orders = [show(f"order-{n}", f"Order Number {n}", popularity=1) for n in range(20)]
    engine = engine_for(
        *german, *orders, show("the-order", "The Order", network="Netflix", popularity=25)
    )

    assert resolved(engine, "the oder season 3") == "the-order"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("amfibia renewed?", "amphibia"),
        ("falling skys ending explained?", "falling-skies"),
        ("midnite mass season 2??", "midnight-mass"),
        ("is gold rush stil on", "gold-rush"),
        ("raised by wolfs renewed for s3?", "raised-by-wolves"),
    ],
)
def test_titles_spelled_as_they_sound(engine_for: MakeEngine, question: str, expected: str) -> None:
    engine = engine_for(
        show("raised-by-wolves", "Raised by Wolves", network="HBO Max", popularity=90),
        show("amphibia", "Amphibia", network="Disney Channel", popularity=93),
        show("falling-skies", "Falling Skies", network="TNT", popularity=94),
        show("big-sky", "Big Sky", network="ABC", popularity=90),
        show("midnight-mass", "Midnight Mass", network="Netflix", popularity=97),
        show("gold-rush", "Gold Rush", network="Discovery", popularity=97),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("nite court episode count", "night-court"),
        ("close enuf rating", "close-enough"),
        ("tournament of laffs genre", "laughs"),
        ("is late nite eats still on", "late-nite-eats"),
        ("i knew it lol, is night court still on", "night-court"),
    ],
)
def test_chat_spellings_of_a_sound_find_the_title_though_a_title_has_one(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    """ "nite" is a word of Late Nite Eats, but many more titles have "night"."""
    nights = [show(f"night-{n}", f"Night Number {n}", popularity=1) for n in range(4)]
    engine = engine_for(
        *nights,
        show("night-court", "Night Court", network="NBC", popularity=78),
        show("late-nite-eats", "Late Nite Eats", popularity=37),
        show("close-enough", "Close Enough", network="HBO Max", popularity=70),
        show("laughs", "Tournament of Laughs", popularity=40),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("agents of shield cast", "shield"),
        ("is mash on netflix", "mash"),
        ("who played ron swanson on parks and rec", "parks"),
    ],
)
def test_dotted_abbreviations_and_shortened_words_of_titles(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    engine = engine_for(
        show("shield", "Marvel's Agents of S.H.I.E.L.D.", network="ABC", popularity=95),
        show("mash", "M*A*S*H", network="CBS", popularity=90),
        show("parks", "Parks and Recreation", network="NBC", popularity=97),
    )

    assert resolved(engine, question) == expected


def test_a_word_written_for_two_of_a_title_finds_it(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("ncis", "NCIS", popularity=100),
        show("ncis-los-angeles", "NCIS: Los Angeles", popularity=99),
        *CATALOGUE[:-1],
    )

    assert resolved(engine, "ncis la season 15?") == "ncis-los-angeles"


@pytest.fixture
def near_titles(engine_for: MakeEngine) -> Engine:
    """Titles one of whose words is an everyday word's near spelling, each among many shows
    that share its other words (which would crowd it out of the detailed scoring), and beside
    titles that hold those everyday words ("mas", "doom", "tree")."""
    rivals = [
        show(f"{first}-{word}", f"{first.title()} {word.title()}", popularity=60)
        for first in ("midnight", "under", "men")
        for word in ("club", "sun", "texas", "beast", "diner", "caller", "run", "gospel")
    ]
    return engine_for(
        show("midnight-mass", "Midnight Mass", network="Netflix", popularity=97),
        show("under-the-dome", "Under the Dome", network="CBS", popularity=90),
        show("men-in-trees", "Men in Trees", network="ABC", popularity=70),
        *rivals,
        show("mas-que-amigos", "Más que amigos", popularity=20),
        show("doom-patrol", "Doom Patrol", network="HBO Max", popularity=95),
        show("family-tree", "Family Tree", network="HBO", popularity=60),
        show("hell-house", "Hell House", popularity=50),
        show("hill-house", "The Haunting of Hill House", network="Netflix", popularity=95),
        show("set", "Set", popularity=40),
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's in midnight mas", "midnight-mass"),
        ("who plays big jim in under the doom", "under-the-dome"),
        ("why was men in tree cancelled", "men-in-trees"),
    ],
    ids=["a letter not doubled", "vowels heard wrong", "a plural dropped"],
)
def test_an_everyday_word_beside_the_rest_of_a_title_is_read_as_its_slip(
    near_titles: Engine, question: str, expected: str
) -> None:
    assert resolved(near_titles, question) == expected


def houses(*titles: str) -> NameIndex:
    """An index of `titles` among many "... House" shows."""
    rivals = ("Big", "Full", "Tiny", "Glass", "Dream", "Beach", "Open", "Safe", "Boarding")
    return NameIndex(
        [Entry((title,)) for title in titles] + [Entry((f"{w} House",)) for w in rivals],
        FUNCTION_WORDS,
    )


def test_a_title_the_words_reach_only_as_slips_is_not_confident_when_another_holds_them() -> None:
    index = NameIndex(
        [Entry(("Hell House",)), Entry(("The Haunting of Hill House",))], FUNCTION_WORDS
    )

    ranked = index.rank(parse_question("is hill house worth watching").words)

    hell = next(s for s in ranked if s.name == "hell house")
    assert hell.similarity < CONFIDENT
    assert not isinstance(index.resolve(parse_question("hill house s2").words), Match)


def test_an_everyday_word_that_another_title_holds_with_the_same_words_brings_in_no_slip() -> None:
    index = houses("Hell House", "The Haunting of Hill House")

    ranked = index.rank(parse_question("hill house season 2").words)

    assert "hell house" not in {s.name for s in ranked}
    assert "hell house" in {s.name for s in index.rank(["hel", "house"])}


def test_a_lone_everyday_word_still_stands_for_itself(near_titles: Engine) -> None:
    assert resolved(near_titles, "is wet on netflix") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("pvalley rating", "p-valley"),
        ("is f boy island actually good", "fboy-island"),
        ("why was kyle x y cancelled", "kyle-xy"),
        ("paradise p.d. rating", "paradise-pd"),
    ],
    ids=["letter run on", "letter split off", "letters split", "dotted letters"],
)
def test_a_title_letter_joined_to_or_split_from_its_word_is_found(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    rivals = [
        show(f"{word}-{other}", f"{word.title()} {other.title()}", popularity=60)
        for word in ("valley", "boy", "island", "x", "p", "d", "paradise")
        for other in ("club", "sun", "texas", "beast", "diner", "caller", "run", "gospel")
    ]
    engine = engine_for(
        show("p-valley", "P-Valley", network="Starz", popularity=80),
        show("fboy-island", "FBoy Island", network="HBO Max", popularity=60),
        show("kyle-xy", "Kyle XY", network="ABC Family", popularity=70),
        show("paradise-pd", "Paradise PD", network="Netflix", popularity=70),
        *rivals,
        show("chicago-pd", "Chicago P.D.", network="NBC", popularity=99),
        show("d-p", "D.P.", network="Netflix", popularity=50),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ashes 2 ashes how many series", "ashes-to-ashes"),
        ("made 4 love cast", "made-for-love"),
        ("u are my spring is it like a murder mystery", "you-are-my-spring"),
        ("why r you like this cast", "why-are-you-like-this"),
    ],
)
def test_a_digit_or_letter_written_for_the_word_it_sounds_like_finds_the_title(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    engine = engine_for(
        show("ashes-to-ashes", "Ashes to Ashes", network="BBC One", popularity=80),
        show("made-for-love", "Made for Love", network="HBO Max", popularity=70),
        show("you-are-my-spring", "You Are My Spring", network="tvN", popularity=83),
        show("why-are-you-like-this", "Why Are You Like This", network="ABC", popularity=60),
        show("murder-mystery", "Murder Mystery", popularity=42),
        show("spring", "Spring", popularity=60),
        show("the-other-two", "The Other Two", popularity=70),
        show("love", "Love", popularity=70),
        *CATALOGUE,
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("yokai watch is it on netflix", "yo-kai-watch"),
        ("whats juon origins about", "ju-on-origins"),
        ("pvalley rating", "p-valley"),
    ],
)
def test_the_first_two_words_of_a_title_run_together_find_it(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    rivals = [
        show(f"{word}-{other}", f"{other.title()} {word.title()}", popularity=60)
        for word in ("watch", "origins", "valley")
        for other in ("club", "sun", "texas", "beast", "diner", "caller", "run", "gospel")
    ]
    engine = engine_for(
        show("yo-kai-watch", "Yo-kai Watch", network="Disney XD", popularity=52),
        show("ju-on-origins", "Ju-On: Origins", network="Netflix", popularity=60),
        show("p-valley", "P-Valley", network="Starz", popularity=80),
        *rivals,
        show("yokai-apartment", "Elegant Yokai Apartment Life", popularity=40),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    ["is lat resort renewed", "is you dont knlw me renewed", "is the last resrt over"],
    ids=["a word of many spellings", "a title of four words", "a long word"],
)
def test_a_title_written_out_with_one_word_mistyped_is_found(question: str) -> None:
    # Its words are common, and the mistyped one's spellings are titles of their own: the
    # title is found because it is written out whole, not by what its words share.
    common = [f"{word} Part{n}" for word in ("Last", "Resort", "Know") for n in range(50)]
    spellings = ["Lab", "Lax", "Lay", "Let", "Lot", "Late", "Flat", "Bat", "Cat", "Eat"]
    titles = ["Last Resort", "You Don't Know Me", *common, *spellings, *["Knew"] * 10]
    index = NameIndex([Entry((title,)) for title in titles], FUNCTION_WORDS)

    resolution = index.resolve(parse_question(question).words)

    assert isinstance(resolution, Match)
    assert resolution.best.name in {"last resort", "you dont know me"}


def test_a_title_with_an_article_left_out_is_found(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("notes", "Notes from the Underbelly", network="ABC", popularity=60),
        show("underbelly", "Underbelly", network="Nine Network", popularity=80),
        show("from", "From", network="MGM+", popularity=95),
    )

    assert resolved(engine, "when did notes from underbelly end") == "notes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [("when did madam sec end", "madam-secretary"), ("how many episodes of chi fire", "chi-fire")],
)
def test_a_word_of_a_title_cut_short_beside_the_rest_of_it_is_found(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    rivals = [
        show(f"{word}-{n}", f"{word.title()} {other}", popularity=60)
        for n, other in enumerate(("Club", "Sun", "Texas", "Beast", "Diner", "Caller", "Run"))
        for word in ("fire", "madam", "second", "secret")
    ]
    engine = engine_for(
        show("madam-secretary", "Madam Secretary", network="CBS", popularity=93),
        show("chi-fire", "Chicago Fire", network="NBC", popularity=99),
        *rivals,
        show("the-chi", "The Chi", network="Showtime", popularity=80),
        show("end", "The End", popularity=85),
    )

    assert resolved(engine, question) == expected


def test_remembered_spellings_are_bounded_and_never_stored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.core.matching as matching

    monkeypatch.setattr(matching, "_REMEMBERED_SPELLINGS", 2)
    index = NameIndex([Entry(("Stranger Things",)), Entry(("Dark",))], FUNCTION_WORDS)
    first = index.rank(["stranger", "thigns"])
    for word in ("dark", "season", "cast", "renewed"):
        index.rank([word])
    assert len(index.__dict__["_spelled"]) <= 2
    again = NameIndex.from_pieces(index.pieces())
    assert "_spelled" not in again.__dict__
    assert [s.name for s in again.rank(["stranger", "thigns"])] == [s.name for s in first]


# -- reworded titles ----------------------------------------------------------------------------


@pytest.fixture
def reworded(engine_for: MakeEngine) -> Engine:
    return engine_for(
        show("last-man", "The Last Man on Earth", popularity=93),
        show("girls-revolt", "Good Girls Revolt", popularity=80),
        show("crowned-clown", "The Crowned Clown", popularity=46),
        show("obscure-man", "The Lonely Man of the Hills", popularity=20),
        show("good-girls", "Good Girls", popularity=70),
        *CATALOGUE,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who plays phil in the last guy on earth", "last-man"),
        ("good girls rebellion how many episodes", "girls-revolt"),
    ],
)
def test_a_word_swapped_in_a_well_known_long_title_finds_it(
    reworded: Engine, question: str, expected: str
) -> None:
    assert resolved(reworded, question) == expected


def test_a_word_swapped_in_an_obscure_or_short_title_is_only_suggested(reworded: Engine) -> None:
    for question in ["the crowned jester what's it about", "is the lonely guy of the hills over"]:
        answer = reworded.ask(question).to_json()

        assert answer["show"] is None
        assert answer["suggestions"]


def test_an_index_built_again_in_the_same_words_takes_the_typo_table_of_the_last() -> None:
    titles = ["Breaking Bad", "Bad Sisters", "Good Omens"]
    last = NameIndex([Entry((t,)) for t in titles], FUNCTION_WORDS)
    renamed = [Entry(("Bad Breaking",)), *(Entry((t,)) for t in titles[1:])]

    again = NameIndex(renamed, FUNCTION_WORDS, previous=last)
    fresh = NameIndex(renamed, FUNCTION_WORDS)

    assert again._deletions is last._deletions
    assert list(again._deletions._table) == list(fresh._deletions._table)
    assert again.resolve(["bad", "breakng"]) == fresh.resolve(["bad", "breakng"])


def test_an_index_with_a_new_word_builds_its_own_typo_table() -> None:
    last = NameIndex([Entry(("Breaking Bad",))], FUNCTION_WORDS)
    renamed = [Entry(("Breaking Good",))]

    again = NameIndex(renamed, FUNCTION_WORDS, previous=last)

    assert again._deletions is not last._deletions
    assert again.resolve(["breaking", "godo"]) == NameIndex(renamed, FUNCTION_WORDS).resolve(
        ["breaking", "godo"]
    )
    assert isinstance(again.resolve(["breaking", "godo"]), Match)

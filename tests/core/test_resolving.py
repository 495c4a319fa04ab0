"""Which show a question names, judged with what the sentence says around the title
(bot.core.resolving, through Engine.ask)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.models import Credit, PartialDate, Show, Status
from bot.core.slips import near_any

MakeEngine = Callable[..., Engine]


def show(show_id: str, title: str, **fields: object) -> Show:
    fields.setdefault("status", Status.ENDED)
    return Show(id=show_id, title=title, **fields)  # type: ignore[arg-type]


BASE = (
    show("friends", "Friends", network="NBC", premiered=PartialDate(1994), popularity=95),
    show("friends-2", "Friends", popularity=20),
    show("friends-3", "Friends", popularity=10),
    show("lost", "Lost", network="ABC", premiered=PartialDate(2004), popularity=90),
    show("dark", "Dark", network="Netflix", popularity=88),
    show("nice", "Nice", popularity=30),
    show("the-witcher", "The Witcher", network="Netflix", popularity=90),
    show("game-of-thrones", "Game of Thrones", network="HBO", popularity=99),
    show("phantom", "Phantom in the Twilight", popularity=40),
    show(
        "bake-off",
        "The Great British Bake Off",
        popularity=93,
        cast=(Credit("Noel Fielding", "Host"),),
    ),
    show("junior-bake-off", "Junior Bake Off", popularity=40),
    show("breaking-bad", "Breaking Bad", network="AMC", popularity=97),
    show("better-call-saul", "Better Call Saul", network="AMC", popularity=95),
    show("real-time", "Real Time with Bill Maher", network="HBO", popularity=90),
    show("the-real", "The Real", popularity=70),
    show(
        "bosch",
        "Bosch",
        popularity=90,
        cast=(Credit("Titus Welliver", 'Hieronymus "Harry" Bosch'),),
    ),
    show("office-us", "The Office", network="NBC", premiered=PartialDate(2005), popularity=94),
    show("office-uk", "The Office", network="BBC", premiered=PartialDate(2001), popularity=75),
    show("burn-notice", "Burn Notice", network="USA Network", popularity=96),
    show("attack-on-titan", "Attack on Titan", popularity=98),
    show("daredevil", "Marvel's Daredevil", network="Netflix", popularity=100),
    show("iron-fist", "Marvel's Iron Fist", network="Netflix", popularity=90),
    show("agent-carter", "Marvel's Agent Carter", network="ABC", popularity=97),
    show("demon-slayer", "Demon Slayer: Kimetsu no Yaiba", popularity=94),
    show("history-obsessed", "HIStory: Obsessed", popularity=67),
    show("history-crossing", "HIStory: Crossing the Line", popularity=50),
    show(
        "walter-boys",
        "My Life with the Walter Boys",
        network="Netflix",
        popularity=50,
        aliases=("Walter Boys",),
    ),
)


@pytest.fixture
def engine(engine_for: MakeEngine) -> Engine:
    return engine_for(*BASE)


def resolved(engine: Engine, question: str) -> str | None:
    return engine.ask(question).to_json()["show"]  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("will there be a season 11 of friends", "friends"),
        ("lost season 7", "lost"),
        ("dark cast", "dark"),
        ("is dark on netflix", "dark"),
        ("my friends say the witcher got cancelled", "the-witcher"),
        ("my friends and i are so bored lol", None),
        ("i lost my remote, is the witcher renewed", "the-witcher"),
    ],
)
def test_an_everyday_word_is_a_title_only_where_a_title_goes(
    engine: Engine, question: str, expected: str | None
) -> None:
    assert resolved(engine, question) == expected


def test_chit_chat_gets_help_and_no_suggestions(engine: Engine) -> None:
    answer = engine.ask("nice one bot")

    assert answer.show is None
    assert answer.suggestions == ()
    assert answer.text.startswith("Ask me about a TV show")


def test_a_cheer_of_one_everyday_word_is_chat(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("encore", "Encore!", genres=("Music",), popularity=60),
        show("stranger-things", "Stranger Things", network="Netflix", popularity=100),
    )

    answer = engine.ask("encore!! 👏👏👏")
    assert answer.show is None
    assert answer.text.startswith("Ask me about a TV show")
    assert resolved(engine, "encore") == "encore"  # a title alone asks where the show stands
    assert resolved(engine, "stranger things!!") == "stranger-things"


def test_which_part_of_a_title_of_everyday_words_says_it_is_a_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("red-dwarf", "Red Dwarf", network="Dave", popularity=76))

    question = "love this server. quick one, when did the last red dwarf episode air"
    assert resolved(engine, question) == "red-dwarf"
    assert resolved(engine, "the last red dwarf i saw in the garden was tiny") is None


def test_the_verb_asked_of_it_is_no_title_of_the_question(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show(
            "wallander",
            "Wallander",
            network="BBC One",
            popularity=78,
            cast=(Credit("Kenneth Branagh", "Kurt Wallander"),),
        ),
        show("run", "Run", network="HBO", popularity=92),
    )

    question = "im binging wallander (branagh) this week. how many series did it run?"
    assert resolved(engine, question) == "wallander"
    assert resolved(engine, "did it run") is None
    assert resolved(engine, "is run renewed") == "run"


def test_a_title_the_asker_doubts_exists_is_answered_only_as_written(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("wild-alaska", "Wild Alaska", network="Discovery", popularity=70))

    question = "the wilds of alaska is that a real show? when does it come out"
    assert resolved(engine, question) is None
    assert resolved(engine, "is wild alaska a real show?") == "wild-alaska"
    assert resolved(engine, "the wilds of alaska, when does it come out") == "wild-alaska"


def test_a_title_where_a_question_puts_one_is_no_duration_sister_or_doubt(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("one-day", "One Day", network="Netflix", popularity=85),
        show(
            "ctm",
            "Call the Midwife",
            network="BBC One",
            popularity=90,
            cast=(Credit("Jenny Agutter", "Sister Julienne"),),
        ),
        show("bachelorette", "The Bachelorette", network="ABC", popularity=90),
        show("gilmore", "Gilmore Girls", network="The WB", popularity=97),
    )

    assert resolved(engine, "who stars in one day") == "one-day"
    assert resolved(engine, "call the midwife sister julienne actress") == "ctm"
    assert resolved(engine, "the bachelorete is it real or fake?") == "bachelorette"
    assert resolved(engine, "is that a real town in gilmore girl") == "gilmore"


def test_how_long_a_binge_took_is_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("sick-note", "Sick Note", network="Sky One", popularity=70),
        show("one-night", "One Night", network="BBC One", popularity=85),
    )

    question = "my friends and i binged sick note in one night. how many seasons does it have"
    assert resolved(engine, question) == "sick-note"
    assert resolved(engine, "one night season 2") == "one-night"


def test_a_show_named_as_another_s_sister_is_not_the_one_asked(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show(
            "casualty",
            "Casualty",
            network="BBC One",
            summary="Life at Holby City Hospital's emergency department.",
            popularity=71,
        ),
    )

    assert resolved(engine, "is holby city coming back? casualty's sister show") is None
    assert resolved(engine, "is casualty coming back?") == "casualty"


def test_a_title_someone_spoils_is_no_longer_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("gantz", "Gantz", genres=("Anime", "Action"), popularity=77),
        show("friends", "Friends", network="NBC", popularity=86),
        show("episodes", "Episodes", network="Showtime", popularity=94),
    )

    question = "my friends keep spoiling gantz for me smh. how many episodes is the anime"
    assert resolved(engine, question) == "gantz"


def test_a_long_title_of_everyday_words_written_out_whole_is_that_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("love-at-the-end", "Love at the End of the World", popularity=81),
        show("the-end", "The End of the World", popularity=20),
        show("love", "Love", network="Netflix", popularity=90),
    )

    question = "love at the end of the world - is it a thriller or just a love story"
    assert resolved(engine, question) == "love-at-the-end"


def test_a_title_named_as_a_song_is_no_show(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("head", "Can't Get You Out of My Head", popularity=74),
        show("send-help", "Send Help", popularity=88),
    )

    question = "that kylie song can't get you out of my head has been stuck in my brain all day"
    assert resolved(engine, question) is None
    # a famous show a song is named after or used in is still that show
    assert resolved(engine, "what was the song send help used for, is it renewed") == "send-help"
    assert resolved(engine, "can't get you out of my head, the song one, cast?") == "head"


def test_a_title_followed_by_the_show_is_named_as_a_show(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("supper", "A Good Supper", genres=("Drama", "Food"), popularity=43),
        show("harlem", "Harlem", genres=("Comedy",), popularity=45),
        show("godfather", "Godfather of Harlem", network="Epix", popularity=90),
    )

    question = "had a good supper tonight lol, anyway a good supper the show, what genre"
    assert resolved(engine, question) == "supper"
    # the object of someone's verb is no title named as a show
    assert resolved(engine, "we had a good supper the show, what genre") is None
    assert resolved(engine, "harlem the comedy, not godfather of harlem - was it a hit") == "harlem"
    # an everyday phrase that only goes on to "the show" is no title
    assert resolved(engine, "had a good supper before the show started") is None


def test_the_a_that_opens_a_title_is_the_title_s_own(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("boy", "A Suitable Boy", network="BBC One", popularity=74),
        show("mom", "Mom", network="CBS", popularity=95),
        show("crime", "A Crime to Remember", popularity=81),
        show("password", "Password", network="ABC", popularity=94),
    )

    assert resolved(engine, "my mom loved a suitable boy, did it do well tho") == "boy"
    question = "forgot my password again, a crime to remember lol. is a crime to remember over"
    assert resolved(engine, question) == "crime"
    assert resolved(engine, "she is dating a suitable boy finally lol") is None


def test_initials_of_a_popular_show_find_it(engine: Engine) -> None:
    assert resolved(engine, "GoT season 9?") == "game-of-thrones"


def test_initials_that_spell_a_word_are_a_word_in_lower_case(engine: Engine) -> None:
    assert resolved(engine, "he got renewed") is None


@pytest.mark.parametrize(
    "question",
    [
        "is got getting a season 9",
        "did got end",
        "does got have a season 9",
        "is got renewed",  # no word stands between "is" and "renewed" but a subject
        "is got over",
        "got season 9",  # nor opens a message before a season
        "got cast",
    ],
)
def test_initials_that_spell_a_word_where_no_such_word_goes_are_initials(
    engine: Engine, question: str
) -> None:
    assert resolved(engine, question) == "game-of-thrones"


@pytest.mark.parametrize(
    "question",
    [
        "i got season 1 on dvd",
        "did got me",
        "got over it lol",
        "we got episodes to watch",
        "got renewed?? the romeo section i mean",
    ],
)
def test_initials_that_spell_a_word_where_the_word_goes_are_the_word(
    engine: Engine, question: str
) -> None:
    assert resolved(engine, question) is None


def test_a_word_of_another_title_typed_from_its_start_is_no_show_s_initials(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("hog", "Richard Osman's House of Games", network="BBC Two", popularity=90),
        show("high", "High on the Hog: How African American Cuisine Transformed America"),
        show("reunion", "High on the Hog: The Reunion"),  # no short name "high on the hog"
    )

    assert resolved(engine, "what's high on the hog about") is None
    assert resolved(engine, "hog new series when") == "hog"


def test_a_number_said_in_a_sentence_is_no_little_known_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("percent", "100%", popularity=0),
        show("lovers", "Britain's Deadliest Lovers", network="Quest Red", popularity=39),
    )

    question = "my ex would 100% end up on britains deadliest lovers lmaooo. is it still on tho"
    assert resolved(engine, question) != "percent"


def test_initials_of_an_obscure_show_are_not_guessed(engine: Engine) -> None:
    assert resolved(engine, "is pitt renewed") is None


def test_a_word_of_another_title_points_at_no_show_by_its_initials(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show(
            "hell-on-wheels",
            "Hell on Wheels",
            network="AMC",
            popularity=93,
            cast=(Credit("Phil Burke", "Mickey McGinnes"),),
        ),
        show("clubhouse", "Mickey Mouse Clubhouse", popularity=85),
    )

    assert resolved(engine, "how many episodes does mickey mouse clubhouse have") == "clubhouse"
    assert resolved(engine, "how many episodes of hell on wheels did mickey get") == (
        "hell-on-wheels"
    )


def test_a_question_word_is_no_show_s_initials_unless_typed_in_capitals(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show(
            "hell-on-wheels",
            "Hell on Wheels",
            network="AMC",
            popularity=93,
            cast=(Credit("Anson Mount", "Cullen Bohannon"), Credit("James Whitfield", "Cole")),
        ),
        show("corden", "The Late Late Show with James Corden", network="CBS", popularity=69),
    )

    question = "the james corden late late show, how many seasons did it run"
    assert resolved(engine, question) == "corden"
    assert resolved(engine, "HoW season 5 cast") == "hell-on-wheels"


def test_a_short_name_of_a_popular_show_finds_it(engine: Engine) -> None:
    assert resolved(engine, "the bake off new series") == "bake-off"


def test_a_longer_title_beats_a_title_inside_it(engine: Engine) -> None:
    assert resolved(engine, "is real time with bill mahr on hbo") == "real-time"


def test_a_character_name_beside_a_title_is_no_longer_title(engine: Engine) -> None:
    assert resolved(engine, "who plays harry bosch") == "bosch"


def test_the_copy_a_source_describes_is_the_one_meant(engine: Engine) -> None:
    assert resolved(engine, "when did friends end") == "friends"


def test_two_described_shows_of_one_title_are_asked_about(engine: Engine) -> None:
    answer = engine.ask("is the office renewed")

    assert answer.ambiguous
    assert {s.id for s in answer.suggestions} == {"office-us", "office-uk"}


def test_two_shows_in_one_question_get_both_answers(engine: Engine) -> None:
    answer = engine.ask("breaking bad and better call saul cast")

    assert answer.to_json()["shows"] == ["breaking-bad", "better-call-saul"]
    assert len(answer.also) == 1


def test_three_shows_listed_with_commas(engine: Engine) -> None:
    answer = engine.ask("are dark, lost and breaking bad over?")

    assert answer.to_json()["shows"] == ["dark", "lost", "breaking-bad"]


def test_a_part_of_a_popular_title_that_people_say_every_day_is_no_name_of_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("lifes-too-short", "Life's Too Short", network="BBC Two", popularity=83),
        show("the-simpsons", "The Simpsons", network="FOX", popularity=81),
        show("fresh-prince", "The Fresh Prince of Bel-Air", network="NBC", popularity=95),
    )

    question = "episodes are way too short on the simpsons ngl, how long are they"
    assert resolved(engine, question) == "the-simpsons"
    assert resolved(engine, "fresh prince cast") == "fresh-prince"


def test_a_short_name_carried_on_by_the_rest_of_its_own_title_is_that_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("vox-machina", "The Legend of Vox Machina", network="Prime Video", popularity=97),
        show("lockdown", "Paranormal Lockdown", network="Destination America", popularity=70),
    )

    assert resolved(engine, "is vox machina season 3 out yet") == "vox-machina"


def _listed(engine_for: MakeEngine) -> Engine:
    return engine_for(
        show("chips", "CHiPs", network="NBC", popularity=85),
        show("i-claudius", "I, Claudius", network="BBC Two", popularity=80),
        show("outcast", "Outcast", network="Cinemax", popularity=94),
        show("the-outcast", "The Outcast", network="BBC One", popularity=79),
        show("tomorrow-people", "The Tomorrow People", network="The CW", popularity=96),
        show("big-love", "Big Love", network="HBO", popularity=88),
        show("lab-rats-us", "Lab Rats", network="Disney XD", popularity=79),
        show("lab-rats-uk", "Lab Rats", network="BBC Two", popularity=73),
    )


def test_a_title_of_everyday_words_listed_before_one_opening_with_i_is_a_title(
    engine_for: MakeEngine,
) -> None:
    answer = _listed(engine_for).ask("when did chips and i claudius first air")

    assert answer.to_json()["shows"] == ["chips", "i-claudius"]


def test_a_listed_title_of_several_shows_is_asked_back_beside_the_answers(
    engine_for: MakeEngine,
) -> None:
    engine = _listed(engine_for)

    answer = engine.ask("when did outcast and the tomorrow people end")
    assert answer.to_json()["shows"] == ["tomorrow-people"]
    [asked_back] = answer.also
    assert asked_back.ambiguous
    assert {s.id for s in asked_back.suggestions} == {"outcast", "the-outcast"}

    answer = engine.ask("when did big love, lab rats and the tomorrow people premiere")
    assert answer.to_json()["shows"] == ["big-love", "tomorrow-people"]
    assert "Which one do you mean: Lab Rats" in answer.full_text


def test_a_slip_in_a_popular_title_is_taken_when_nothing_else_comes_close(
    engine: Engine,
) -> None:
    assert resolved(engine, "is the wticher renewed") == "the-witcher"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my brother swears burn notice had like 10 seasons, how many were there", "burn-notice"),
        ("is attack on titan an anime or live action", "attack-on-titan"),
        ("why did netflix renew walter boys so fast", "walter-boys"),
    ],
)
def test_a_known_title_written_out_in_a_chat_sentence_is_found(
    engine: Engine, question: str, expected: str
) -> None:
    assert resolved(engine, question) == expected


def test_an_obscure_everyday_title_in_a_sentence_needs_a_pointer(engine: Engine) -> None:
    assert resolved(engine, "why did they renew walter boys so fast") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why was daredevil cancelled", "daredevil"),
        ("why did abc axe agent carter", "agent-carter"),
        ("demon slayer season 2 on netflix yet?", "demon-slayer"),
    ],
)
def test_the_short_name_of_a_well_known_title_finds_it(
    engine: Engine, question: str, expected: str
) -> None:
    assert resolved(engine, question) == expected


def test_a_short_name_that_is_a_word_needs_a_famous_show(engine: Engine) -> None:
    assert resolved(engine, "whats heated rivalry about, everyone on my tl is obsessed") is None


def test_initials_typed_as_they_are_against_a_slip_of_a_word_are_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("chaos", "Chaos", network="CBS", popularity=83),
        show("caos", "Chilling Adventures of Sabrina", network="Netflix", popularity=96),
        show("caos-calmo", "Caos Calmo", popularity=5),  # "caos" is a word of a title too
        *(show(f"chaos-{n}", f"Chaos Theory {n}", popularity=1) for n in range(6)),
    )

    answer = engine.ask("caos part 5 happening?")

    assert answer.ambiguous
    assert {s.id for s in answer.suggestions} == {"chaos", "caos"}


def test_another_form_of_an_everyday_word_is_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("devils", "Devils", network="Sky Atlantic", popularity=97),
        show("snowfall", "Snowfall", network="FX", popularity=95),
    )

    assert resolved(engine, "devil may cry season 2") is None
    assert resolved(engine, "who plays franklin saint in snow fall") == "snowfall"


def test_a_short_name_counts_as_written_not_as_another_word(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("dark-matters", "Dark Matters: Twisted But True", popularity=71),
        show("demon-slayer", "Demon Slayer: Kimetsu no Yaiba", popularity=94),
    )

    assert resolved(engine, "dark matter season 2") is None
    assert resolved(engine, "demon slayr season 2") == "demon-slayer"


def test_an_actor_named_beside_a_half_typed_title_confirms_it(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show(
            "startup",
            "StartUp",
            network="Crackle",
            popularity=70,
            cast=(Credit("Adam Brody", "Nick Talman"),),
        ),
        show("start-up", "Start-Up Nation", popularity=40),
        show("the-oc", "The O.C.", popularity=90, cast=(Credit("Adam Brody", "Seth Cohen"),)),
    )

    answer = engine.ask("start up with adam brody how many seasons")

    assert answer.to_json()["show"] == "startup"
    assert answer.topic.value == "seasons"


def test_of_two_everyday_titles_the_one_where_a_title_goes(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("without-a-trace", "Without a Trace", network="CBS", popularity=93),
        show("sleepy-hollow", "Sleepy Hollow", network="FOX", popularity=92),
    )

    question = "my charger vanished without a trace anyway how many seasons does sleepy hollow have"
    assert resolved(engine, question) == "sleepy-hollow"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("reign check on movie night guys, staying in. is copper good? rating?", "copper"),
        ("fallout season 2 release date?? the ghoul was the best part lol", None),
        ("i love reign. is it over?", "reign"),
    ],
)
def test_a_title_in_the_story_around_a_question_is_not_what_is_asked(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("reign", "Reign", network="The CW", popularity=90),
        show("copper", "Copper", network="BBC America", popularity=80),
        show("ghoul", "Ghoul", network="Netflix", popularity=48),
        show("fallout-nuka-break", "Fallout: Nuka Break", popularity=39),
    )

    assert resolved(engine, question) == expected


def test_a_slip_in_a_popular_title_is_no_answer_beside_a_title_written_out_whole(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        *BASE,
        show("wild-n-out", "Wild 'N Out", network="MTV", popularity=87),
        show("life-is-wild", "Life Is Wild", popularity=42),
    )

    answer = engine.ask("whatever happened to the show life is wild, did it get cancelled?")

    assert answer.show is None or answer.show.id == "life-is-wild"
    assert "life-is-wild" in {s.id for s in answer.suggestions} or answer.show is not None


def test_a_question_naming_an_unknown_title_is_not_about_the_story_s_show(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("samurai-jack", "Samurai Jack", network="Cartoon Network"))
    answer = engine.ask("blue eye samurai renewed? i liked it more than samurai jack tbh")
    assert answer.show is None
    assert resolved(engine, "samurai jack renewed? i liked it a lot tbh") == "samurai-jack"


def test_a_word_of_the_story_is_no_likelier_a_title_than_a_word_of_the_question(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("time", "Time", popularity=96), show("spawn", "Spawn", popularity=76))
    question = "everyone's away this weekend so it's binge time. is spawn more horror or action"
    assert resolved(engine, question) == "spawn"


def test_everyday_words_heading_a_remark_are_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("trust-me", "Trust Me", popularity=85), show("its-a-sin", "It's a Sin", popularity=90)
    )
    assert engine.ask("trust me this bot is broke").to_json()["intent"] == "help"
    assert engine.ask("it's a sin how slow you are today").to_json()["intent"] == "help"
    assert resolved(engine, "Trust Me this show is so good") == "trust-me"
    assert resolved(engine, "trust me season 2") == "trust-me"


@pytest.mark.parametrize(
    "question",
    ["is the beast in me getting a season 2", "the beast in me how many episodes"],
)
def test_a_title_that_runs_on_into_a_longer_name_is_not_answered(
    engine_for: MakeEngine, question: str
) -> None:
    engine = engine_for(show("the-beast", "The Beast", popularity=90))
    assert engine.ask(question).show is None
    assert resolved(engine, "is the beast getting a season 2") == "the-beast"


def test_my_friends_and_i_is_no_title(engine: Engine) -> None:
    question = "friends and i argued for an hour about this: did dark get cancelled"
    assert resolved(engine, question) == "dark"


@pytest.mark.parametrize(
    "question",
    [
        "the saved by the bell reboot on peacock, did it get cancelled",
        "saved by the bell revival cast",
    ],
)
def test_a_reboot_of_a_show_is_suggested_not_answered(
    engine_for: MakeEngine, question: str
) -> None:
    engine = engine_for(
        show("saved-by-the-bell", "Saved by the Bell", network="NBC", popularity=90)
    )
    answer = engine.ask(question)
    assert answer.show is None
    assert [s.id for s in answer.suggestions] == ["saved-by-the-bell"]
    assert resolved(engine, "the 1989 saved by the bell reboot cast") == "saved-by-the-bell"


def test_a_network_after_on_is_the_network_not_a_show_of_its_name(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("peacock", "Peacock", popularity=60),
        show("saved-by-the-bell", "Saved by the Bell", network="NBC", popularity=90),
    )
    assert engine.ask("the saved by the bell reboot on peacock, did it get cancelled").show is None


def test_a_question_naming_no_title_is_about_the_last_title_of_the_story(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("the-office", "The Office", network="NBC", popularity=94),
        show("stalker", "Stalker", network="CBS", popularity=85),
    )
    question = (
        "the office was empty today so i watched stalker at my desk lol. when did it premiere"
    )
    assert resolved(engine, question) == "stalker"


@pytest.mark.parametrize(
    "question",
    ["journeyman the time travel show, why did nbc cancel it", "is tyrant the fx one over"],
)
def test_what_a_show_is_after_its_title_is_no_longer_title(
    engine_for: MakeEngine, question: str
) -> None:
    engine = engine_for(
        show("journeyman", "Journeyman", network="NBC", popularity=91),
        show("tyrant", "Tyrant", network="FX", popularity=92),
    )
    assert resolved(engine, question) in {"journeyman", "tyrant"}


def test_an_emoji_ends_a_sentence(engine_for: MakeEngine) -> None:
    engine = engine_for(show("jane", "Jane the Virgin", network="The CW", popularity=94))
    assert resolved(engine, "who plays rogelio in jane the virgin 😭 hes iconic") == "jane"


def test_the_title_in_the_question_is_read_where_the_question_names_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("tyrant", "Tyrant", network="FX", popularity=92),
        show("boss", "Boss", network="Starz", popularity=81),
    )
    question = "my boss is such a tyrant lol. anyway was tyrant the fx show cancelled"
    assert resolved(engine, question) == "tyrant"


def test_a_second_longer_title_after_or_keeps_the_first_one_whole(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("primeval", "Primeval", network="ITV", popularity=90),
        show("primeval-new-world", "Primeval: New World", network="Space", popularity=80),
    )
    answer = engine.ask("primeval vs primeval new world, how many series did each get")
    assert answer.to_json()["shows"] == ["primeval", "primeval-new-world"]


def test_a_british_spelling_finds_the_american_title(engine_for: MakeEngine) -> None:
    engine = engine_for(show("travelers", "Travelers", network="Netflix", popularity=97))
    assert resolved(engine, "travellers season 4?") == "travelers"


def test_a_little_known_title_alone_in_its_sentence_is_answered(engine_for: MakeEngine) -> None:
    engine = engine_for(show("mysticons", "Mysticons", popularity=30))
    question = "did mysticons get cancelled?? my little sister keeps asking me"
    assert resolved(engine, question) == "mysticons"


def test_a_genre_after_a_title_leaves_it_a_title(engine_for: MakeEngine) -> None:
    engine = engine_for(show("sliders", "Sliders", network="Fox", popularity=79))
    assert resolved(engine, "is sliders sci fi or more fantasy") == "sliders"


def test_teh_is_the(engine_for: MakeEngine) -> None:
    engine = engine_for(show("worst", "You're the Worst", network="FXX", popularity=90))
    assert resolved(engine, "when did youre teh worst end") == "worst"


def test_initials_two_shows_share_mean_the_far_more_popular_one(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("sons-of-anarchy", "Sons of Anarchy", network="FX", popularity=97),
        show("state-of-affairs", "State of Affairs", network="NBC", popularity=83),
        show("american-horror-story", "American Horror Story", network="FX", popularity=99),
        show("american-horror-stories", "American Horror Stories", network="FX", popularity=98),
    )
    assert resolved(engine, "how many seasons of soa") == "sons-of-anarchy"
    assert engine.ask("ahs season 13 when").ambiguous


def test_the_original_before_initials_leaves_them_a_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("ppg", "The Powerpuff Girls", network="Cartoon Network", popularity=85)
    )
    assert resolved(engine, "when did the original ppg end") == "ppg"


@pytest.mark.parametrize(
    "question", ["the chair company when does it come back", "what channel is the chair company on"]
)
def test_company_after_a_title_makes_a_longer_title(engine_for: MakeEngine, question: str) -> None:
    engine = engine_for(show("the-chair", "The Chair", network="Netflix", popularity=90))
    assert engine.ask(question).show is None
    assert resolved(engine, "what production company made the chair") == "the-chair"


def test_a_question_about_an_unknown_title_before_its_season_is_not_about_the_story(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("ghoul", "Ghoul", network="Netflix", popularity=85))
    question = "fallout season 2 release date?? the ghoul was the best part lol"
    assert engine.ask(question).show is None


def test_an_everyday_word_beside_words_that_may_name_another_show_is_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("zero", "Zero", network="Netflix", popularity=73),
        show("the-wire", "The Wire", network="HBO", popularity=97),
    )
    answer = engine.ask("zero day with robert de niro cast")
    assert answer.show is None
    assert [s.id for s in answer.suggestions] == ["zero"]
    assert resolved(engine, "zero cast") == "zero"


def test_what_a_show_is_is_no_other_title_beside_an_everyday_word(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("wentworth", "Wentworth", network="Foxtel", popularity=90))
    assert resolved(engine, "tell me about wentworth (the aussie prison one)") == "wentworth"


def test_a_word_cut_short_finds_the_title(engine_for: MakeEngine) -> None:
    engine = engine_for(show("xme", "X-Men: Evolution", network="Kids' WB", popularity=90))
    assert resolved(engine, "is x men evo ever coming back") == "xme"


def test_two_shows_on_the_same_channel_get_one_yes_or_no(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("smallville", "Smallville", network="The CW", popularity=95),
        show("supergirl", "Supergirl", network="The CW", popularity=93),
        show("the-closer", "The Closer", network="TNT", popularity=90),
    )
    same = engine.ask("were smallville and supergirl on the same channel")
    assert same.verdict == "yes"
    assert same.text.startswith("Yes: Smallville and Supergirl both aired on The CW.")
    apart = engine.ask("smallville and the closer same network?")
    assert apart.verdict == "no"
    assert apart.text.startswith("No: Smallville aired on The CW and The Closer on TNT.")


def test_a_namesake_nothing_describes_but_about_as_popular_is_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("hunted-bbc", "Hunted", network="BBC One", premiered=PartialDate(2012), popularity=93),
        show("hunted-2", "Hunted", popularity=90),
        show("ben-10", "Ben 10", network="Cartoon Network", popularity=85),
        show("ben-10-2", "Ben 10", popularity=60),
    )
    assert engine.ask("hunted cancelled??").ambiguous
    assert engine.ask("ben 10 cast").ambiguous  # the 2005 one or the reboot nothing describes?


def test_a_household_name_is_meant_beside_a_known_namesake(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("murdoch", "Murdoch Mysteries", network="CBC", popularity=98),
        show("the-murdoch", "The Murdoch Mysteries", popularity=59),
        show("shattered", "Shattered", popularity=81),
        show("shattered-2", "Shattered", popularity=52),
        show("uncle", "Uncle", popularity=77),
        show("uncle-2", "Uncle", popularity=40),
    )
    assert resolved(engine, "murdoch mysteries network") == "murdoch"
    assert engine.ask("shattered season 2").ambiguous
    assert resolved(engine, "uncle season 4?") == "uncle"  # the other one is little known


def test_a_message_that_opens_with_the_show_it_is_not_about_is_not_about_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("the-bible", "The Bible", network="History", popularity=85),
        show("ad", "A.D. The Bible Continues", network="NBC", popularity=70),
    )
    answer = engine.ask("not the bible miniseries, the follow up one - what network aired it")
    assert answer.show is None or answer.show.id != "the-bible"
    assert resolved(engine, "what network aired the bible") == "the-bible"


def test_the_words_of_chat_around_a_title_do_not_make_it_a_longer_one(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("moonlighting", "Moonlighting", network="ABC", popularity=85),
        show("glee", "Glee", network="FOX", popularity=92),
        show(
            "the-ranch",
            "The Ranch",
            network="Netflix",
            popularity=88,
            cast=(Credit("Ashton Kutcher", "Colt Bennett"),),
        ),
        show("dark", "Dark", network="Netflix", popularity=88),
    )
    assert resolved(engine, "so i rewatched moonlighting, who played maddie") == "moonlighting"
    assert resolved(engine, "my roommate swears glee ended years ago, is that true?") == "glee"
    assert resolved(engine, "is the ranch w ashton kutcher any good") == "the-ranch"
    assert resolved(engine, "dark matter season 2") is None  # a longer title the base lacks


def test_a_little_known_title_plainly_named_is_answered_even_mistyped(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("great-men-academy", "Great Men Academy", popularity=30),
        show("e-ring", "E-Ring", popularity=30),
        show("life-is-wild", "Life Is Wild", popularity=30),
        show("life", "Life", network="NBC", popularity=80),
    )
    assert resolved(engine, "great men acadamy rating?") == "great-men-academy"
    assert resolved(engine, "e-ring the pentagon show, was it cancelled") == "e-ring"
    assert (
        resolved(engine, "whatever happened to the show life is wild, did it get cancelled?")
        == "life-is-wild"
    )
    # in passing, a little-known title is still no answer
    assert resolved(engine, "my grandpa says life is wild, great men academy rules") is None


def test_a_famous_title_that_opens_with_its_one_telling_word_is_a_title_in_a_sentence(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("dead-like-me", "Dead Like Me", network="Showtime", popularity=92),
        show("what-on-earth", "What on Earth", network="Discovery", popularity=85),
        show("adventure-time", "Adventure Time", network="Cartoon Network", popularity=96),
    )
    assert resolved(engine, "you up? need a rec lol. is dead like me worth it") == "dead-like-me"
    what = engine.ask("what on earth happened to adventure time, did it get cancelled")
    assert what.to_json()["show"] == "adventure-time"


def test_of_two_titles_apart_only_by_the_the_one_with_it_is_meant_when_it_is_typed(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("outcast", "Outcast", network="Cinemax", premiered=PartialDate(2016), popularity=94),
        show(
            "the-outcast",
            "The Outcast",
            network="BBC One",
            premiered=PartialDate(2015),
            popularity=79,
        ),
    )
    assert resolved(engine, "is the outcast based on a book") == "the-outcast"
    assert engine.ask("is outcast still on").ambiguous  # fans drop "the": which one?


def test_a_famous_copy_beats_one_from_a_catalogue_that_rates_nothing(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("westside", "Westside", popularity=85),
        show("westside-2", "Westside", popularity=37),
        show("westside-netflix", "Westside", network="Netflix", popularity=0),
        show("eggheads", "Eggheads", popularity=66),
        show("eggheads-bbc", "Eggheads", network="BBC Two", popularity=0),
    )
    assert resolved(engine, "westside rating?") == "westside"
    assert engine.ask("is eggheads still on").ambiguous  # not famous: which one?


def test_a_described_namesake_of_unknown_popularity_is_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("shameless-uk", "Shameless", network="Channel 4", popularity=93),
        show("shameless-us", "Shameless", network="Showtime", popularity=0),
    )
    assert engine.ask("shameless cast list").ambiguous
    assert resolved(engine, "shameless on showtime cast list") == "shameless-us"


def test_a_message_that_asks_nothing_is_not_about_a_title_of_everyday_words_in_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("dead-to-me", "Dead to Me", network="Netflix", popularity=95),
        show("send-help", "Send Help", popularity=60),
    )
    spoiled = engine.ask("my brother is dead to me after he spoiled the whole ending at dinner")
    assert spoiled.show is None
    assert spoiled.to_json()["intent"] == "help"
    assert resolved(engine, "that song has been stuck in my brain all day send help") is None
    assert resolved(engine, "is dead to me cancelled") == "dead-to-me"
    assert resolved(engine, "my brother loves Dead to Me") == "dead-to-me"  # written as a title


def test_one_of_is_a_count_not_a_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("the-one", "The One", network="Netflix", popularity=90),
        show("rome", "Treasures of Ancient Rome", network="BBC Four", popularity=55),
    )
    answer = engine.ask("one of my teachers recommended treasures of ancient rome, what is it")
    assert answer.to_json()["show"] == "rome"


def test_an_everyday_word_title_named_with_its_people_beats_namesakes_elsewhere(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show(
            "cult",
            "Cult",
            network="The CW",
            popularity=77,
            cast=(Credit("Alona Tal", "Skye Yarrow"),),
        ),
        show("office-us", "The Office", network="NBC", popularity=94),
        show("office-uk", "The Office", network="BBC Two", popularity=80),
    )
    question = "the office is dead quiet today so i'm reading up on cult, who played skye yarrow"
    assert resolved(engine, question) == "cult"


def test_a_word_few_know_as_a_title_among_question_words_counts_only_where_a_title_goes(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("short", "Short", popularity=32),
        show("the-point", "The Point", popularity=20),
        show("live", "Live", network="Netflix", popularity=40),
        show("la-fan", "La Fan", network="Telemundo", popularity=37),
    )
    assert resolved(engine, "long story short netflix how many eps") is None
    assert resolved(engine, "whos in running point") is None
    assert resolved(engine, "what's the kdrama live about") == "live"
    assert resolved(engine, "anyone know if la fan got a second season?") == "la-fan"


def test_a_story_of_everyday_words_before_a_one_word_title_is_no_unknown_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("frontier", "Frontier", network="Discovery", popularity=95),
        show("residue", "Residue", network="Netflix", popularity=92),
        show("h2o", "H2O: Just Add Water", network="Network Ten", popularity=85),
        show("girls", "Girls", network="HBO", popularity=90),
    )
    question = "spilled perfume all over my keyboard lol sorry, how many seasons does frontier have"
    assert resolved(engine, question) == "frontier"
    assert resolved(engine, "in a dark and twisted mood lately, how long are residue episodes") == (
        "residue"
    )
    # a word no English sentence uses beside it may be the title meant
    assert resolved(engine, "the girls at work keep recommending h2o just add wter") != "girls"


def test_chat_turns_to_the_question_after_lol_and_a_comma(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("gone", "Gone", network="NBC", popularity=91),
        show("gone-2", "Gone", popularity=66),
        show("rome", "Rome", network="HBO", popularity=94),
        show("teddy", "The Miracle of Teddy Bear", network="MBC", popularity=60),
        show("home-alone", "Home Alone", popularity=70),
    )
    question = (
        "my wifi was gone all weekend so im behind lol, is rome really over after two seasons"
    )
    assert resolved(engine, question) == "rome"
    question = "the miracle of teddy bear made me cry at home alone lol, what are the reviews like"
    assert resolved(engine, question) == "teddy"


def test_the_one_where_describes_a_show(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("the-one", "The One", network="Netflix", popularity=90),
        show("space-jungle", "Space Jungle", network="Netflix", popularity=40),
    )
    answer = engine.ask("the one where tiny aliens crash their spaceship, is there a second season")
    assert answer.to_json()["show"] is None


def test_a_sentence_opening_with_a_word_and_in_before_a_title_names_a_longer_one(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("dark", "Dark", network="Netflix", popularity=88),
        show("anohana", "Anohana", network="Fuji TV", popularity=80),
    )
    assert resolved(engine, "darling in the dark is that anime still going") is None
    assert resolved(engine, "who plays jonas in dark") == "dark"
    assert resolved(engine, "cried over anohana for hours, how many seasons does it have") == (
        "anohana"
    )


def test_that_one_points_back_at_the_title_named_last(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("mr-robot", "Mr. Robot", network="USA Network", popularity=97),
        show("silicon-valley", "Silicon Valley", network="HBO", popularity=95),
    )
    question = (
        "just finished mr robot and ppl keep recommending silicon valley next, "
        "when did that one even start airing?"
    )
    assert resolved(engine, question) == "silicon-valley"


def test_people_and_the_title_words_after_them_are_people(engine_for: MakeEngine) -> None:
    engine = engine_for(show("girls", "Girls", network="HBO", popularity=90))
    assert resolved(engine, "that season ending broke me and the girls") is None
    assert resolved(engine, "is girls on hbo") == "girls"


def test_a_little_known_title_read_as_a_count_is_no_answer(engine_for: MakeEngine) -> None:
    engine = engine_for(show("the-four", "The Four", popularity=36))
    assert resolved(engine, "the four seasons netflix season 2 release date") is None
    assert resolved(engine, "the four season 2 release date") == "the-four"


def test_initials_typed_whole_are_no_part_of_another_name(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("agt", "America's Got Talent", network="NBC", popularity=99),
        show("agt-extreme", "America's Got Talent: Extreme", network="NBC", popularity=86),
    )
    assert resolved(engine, "agt judges?") == "agt"


def test_a_copy_of_unknown_fame_beside_a_show_few_know_is_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("uncle-buck", "Uncle Buck", network="ABC", premiered=PartialDate(2016), popularity=51),
        show("uncle-buck-1990", "Uncle Buck", popularity=0),
    )
    assert engine.ask("uncle buck how many episodes").ambiguous


def test_a_title_index_copy_of_unknown_fame_beside_a_known_show_is_that_show(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("mental", "Mental", network="FOX", premiered=PartialDate(2009), popularity=66),
        show("mental-index", "Mental", popularity=0),
        show("mental-index-2", "Mental", popularity=0),
    )
    assert resolved(engine, "why did mental get axed after one season") == "mental"


def test_a_little_known_title_too_particular_for_a_phrase_is_found_in_a_sentence(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("unlikely", "Unlikely Animal Friends", popularity=30),
        show("lost-track", "Lost Track of Time", popularity=20),
        show("the-closer", "The Closer", network="TNT", popularity=92),
    )
    assert resolved(engine, "unlikely animal friends is so wholesome, still on?") == "unlikely"
    question = "lost track of time binging the closer lol how many episodes are there in total"
    assert resolved(engine, question) == "the-closer"


def test_a_title_is_not_outshone_by_a_shorter_one_fitted_over_more_words(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("breaking-bad", "Breaking Bad", network="AMC", popularity=95),
        show("breaking-in", "Breaking In", network="FOX", popularity=85),
        show("girlboss", "Girlboss", network="Netflix", popularity=80),
        show("boss", "Boss", network="Starz", popularity=80),
    )
    assert resolved(engine, "did breaking bad end in 2012") == "breaking-bad"
    assert resolved(engine, "girl boss how many seasons") == "girlboss"


def test_chat_shorthand_for_a_title_word_is_the_word(engine_for: MakeEngine) -> None:
    engine = engine_for(show("swamp-people", "Swamp People", network="History", popularity=85))
    assert resolved(engine, "swamp ppl how many seasons") == "swamp-people"


def test_a_title_that_is_its_whole_sentence_is_a_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("ever-after-high", "Ever After High", network="Netflix", popularity=60)
    )
    question = "is ever after high over?? my daughter keeps asking me and i have no clue"
    assert resolved(engine, question) == "ever-after-high"


def test_a_little_known_title_typed_whole_between_small_words_is_a_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("prince", "A Christmas Prince", popularity=40),
        show("creatures", "Curious Creatures", popularity=42),
        show("chat", "The Group Chat", popularity=40),
        show("night", "Dead of Night", popularity=30),
        show("time", "Lost Track of Time", popularity=30),
        show("mire", "The Mire", network="Netflix", popularity=60),
        show("listed", "Home Fires"),
    )
    assert resolved(engine, "a christmas prince is a series?? what genre") == "prince"
    assert resolved(engine, "curious about curious creatures lol what is it") == "creatures"
    # everyday places and times, and a catalogue's copy of unknown fame, stay chat
    assert resolved(engine, "the guys keep quoting it in the group chat at 2am lol") is None
    assert resolved(engine, "woke up in the dead of night and finished the mire") == "mire"
    assert resolved(engine, "lost track of time binging stuff, any recs") is None
    assert resolved(engine, "is home fires worth watching, my nan loves wartime stuff") is None


def test_words_of_a_description_are_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("the-one", "The One", network="Netflix", popularity=92),
        show("high-school", "High School", network="Amazon", popularity=70),
        show("magic-school", "Magic School", popularity=60),
        show("broke", "Broke", network="CBS", popularity=70),
        show("3am", "3AM", network="A&E", popularity=60),
        show("chernobyl", "Chernobyl", network="HBO", popularity=96),
        show("soap", "Soap", network="ABC", popularity=80),
        show("spider-man", "Spider-Man", network="FOX", popularity=85),
    )
    assert resolved(engine, "the documentary one, mummys alive, is it over") is None
    assert resolved(engine, "mahouka rating? the magic high school anime") is None
    assert resolved(engine, "ok who broke the bot, it's giving dark vibes today") is None
    question = "just finished chernobyl at 3am and im staring at the ceiling. is it a drama?"
    assert resolved(engine, question) == "chernobyl"
    assert engine.ask("it's 3am why am i awake").to_json()["shows"] == []
    assert resolved(engine, "3am season 2") == "3am"
    assert resolved(engine, "when did the sitcom soap end") == "soap"
    assert resolved(engine, "who voiced spidey in the 94 spider-man cartoon") == "spider-man"


def test_after_anyway_or_btw_a_title_goes(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("preacher", "Preacher", network="AMC", popularity=92, genres=("Drama", "Western")),
        show("fire-force", "Fire Force", popularity=47),
    )
    question = "the preacher at church went on lol. anyway preacher the amc show is it a western"
    answer = engine.ask(question)
    assert answer.to_json()["show"] == "preacher"
    assert answer.text.startswith("Yes")
    question = "there was a fire drill at work today lol. anyway fire force rating"
    assert resolved(engine, question) == "fire-force"


def test_a_thing_in_a_description_is_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("the-thing", "The Thing", popularity=70),
        show("dead-set", "Dead Set", network="E4", popularity=80),
    )
    assert resolved(engine, "dead set the zombie big brother thing, how many eps") == "dead-set"
    assert resolved(engine, "transparent lies the lifetime movie series thing, any good?") is None


def test_a_title_listed_beside_another_is_asked_about_with_it(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("dirty-john", "Dirty John", network="Bravo", popularity=92),
        show("gypsy", "Gypsy", network="Netflix", popularity=49),
        show("robot-chicken", "Robot Chicken", network="Adult Swim", popularity=95),
        show("reboot", "ReBoot", network="YTV", popularity=96),
        show("floor-is-lava", "Floor Is Lava", network="Netflix", popularity=45),
        show("the-now", "The Now", popularity=71),
        show("holiday", "The Holiday", popularity=60),
        show("bake-off", "The Great British Baking Show", popularity=90),
    )
    answer = engine.ask("gypsy and dirty john, which is rated better").to_json()
    assert (answer["show"], answer["shows"]) == ("gypsy", ["gypsy", "dirty-john"])
    answer = engine.ask("do robot chicken and reboot share a voice actor?").to_json()
    assert answer["shows"] == ["robot-chicken", "reboot"]
    # without words that ask of both, or for the commonest words, it is chat
    assert engine.ask("is dirty john over? gypsy and i are waiting").to_json()["shows"] == [
        "dirty-john"
    ]
    question = "watching floor is lava and now they want to know who the host is"
    assert engine.ask(question).to_json()["shows"] == ["floor-is-lava"]
    question = "great british baking show vs the holiday version, how many seasons each"
    assert engine.ask(question).to_json()["shows"] == ["bake-off"]


def test_a_long_title_written_out_whole_beats_a_famous_one_it_resembles(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("badge", "Body Cam: Behind the Badge", popularity=40),
        show("scene", "Body Cam: On the Scene", network="Reelz", popularity=82),
        show("travellers", "Travellers", popularity=40),
        show("travelers", "Travelers", network="Netflix", popularity=90),
    )
    assert resolved(engine, "body cam behind the badge renewed?") == "badge"
    assert engine.ask("is travellers renewed").ambiguous  # one word: a slip of the famous one?


def test_a_number_typed_apart_from_its_title_word(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("pen15", "PEN15", network="Hulu", popularity=80),
        show("penance", "Penance", popularity=49),
    )
    assert resolved(engine, "pen 15 rating") == "pen15"


def test_a_slip_as_near_two_names_is_the_far_better_known_whichever_ranks_first(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("borgias", "The Borgias", network="Showtime", popularity=95),
        show("borges", "Borges", popularity=19),
    )
    assert resolved(engine, "why were the borgas cancelled") == "borgias"
    assert resolved(engine, "is borgas any good") == "borgias"


def test_a_title_with_a_number_in_it_beats_a_season_after_a_shorter_one(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("blue-planet", "The Blue Planet", network="BBC", popularity=90),
        show("blue-planet-ii", "Blue Planet II", network="BBC", popularity=92),
    )
    answer = engine.ask("blue planet 2 narrator").to_json()
    assert (answer["show"], answer["season"]) == ("blue-planet-ii", None)


@pytest.fixture
def cut_titles(engine_for: MakeEngine) -> Engine:
    return engine_for(
        show("fresh-prince", "The Fresh Prince of Bel-Air", popularity=79),
        show("skull", "Steve Austin's Broken Skull Challenge", popularity=79),
        show("phantom-world", "Musaigen no Phantom World", popularity=43),
        show("river-gods", "The Silent River Gods Saga", popularity=70),
        show("apartment", "Don't Trust the B---- in Apartment 23", popularity=92),
        *BASE,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who played carlton on fresh prince", "fresh-prince"),
        ("broken skull challenge how many seasons", "skull"),
        ("apartment 23 who plays chloe", "apartment"),  # less than half the title's words
    ],
)
def test_the_start_or_end_of_a_well_known_title_finds_it(
    cut_titles: Engine, question: str, expected: str
) -> None:
    assert resolved(cut_titles, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "phantom world anime genre",  # a show few know: its full name or a suggestion
        "is river gods renewed",  # the middle of a title is no name for it
    ],
)
def test_a_part_of_a_title_few_know_or_its_middle_is_not_taken(
    cut_titles: Engine, question: str
) -> None:
    assert resolved(cut_titles, question) is None


@pytest.fixture
def hosted(engine_for: MakeEngine) -> Engine:
    return engine_for(
        show(
            "oliver",
            "Last Week Tonight with John Oliver",
            popularity=99,
            cast=(Credit("John Oliver", "Presenter"),),
        ),
        show(
            "fallon",
            "The Tonight Show Starring Jimmy Fallon",
            popularity=98,
            cast=(Credit("Jimmy Fallon", "Host"),),
        ),
        show(
            "letterman",
            "The Late Show with David Letterman",
            popularity=75,
            cast=(Credit("David Letterman"),),
        ),
        show(
            "obscure-host",
            "Late Hours with Ann Quill",
            popularity=55,
            cast=(Credit("Ann Quill", "Host"),),
        ),
        *BASE,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("john oliver's show got canceled??", "oliver"),
        ("how many episodes of fallons tonight show are there", "fallon"),
        ("letterman's late show rating", "letterman"),
    ],
)
def test_a_well_known_show_called_its_hosts_finds_it(
    hosted: Engine, question: str, expected: str
) -> None:
    assert resolved(hosted, question) == expected


def test_a_show_few_know_called_its_hosts_is_not_taken(hosted: Engine) -> None:
    assert resolved(hosted, "is ann quill's show over") is None


@pytest.fixture
def race(engine_for: MakeEngine) -> Engine:
    return engine_for(show("amazing-race", "The Amazing Race", popularity=97), *BASE)


@pytest.mark.parametrize(
    "question",
    [
        "who hosts TAR",  # a verb that names what follows
        "who's the host of TAR these days",  # a time after a title says when
    ],
)
def test_initials_stand_where_a_title_goes(race: Engine, question: str) -> None:
    assert resolved(race, question) == "amazing-race"


@pytest.mark.parametrize(
    "message",
    [
        "the girls are going out tonight",
        "the wire came loose on my headphones",
        "the neighbors are so loud",
        "walking to school in the rain",
    ],
)
def test_an_article_does_not_make_an_everyday_word_a_title_in_a_remark(
    engine_for: MakeEngine, message: str
) -> None:
    engine = engine_for(
        show("girls", "Girls", network="HBO", popularity=97),
        show("the-wire", "The Wire", network="HBO", popularity=98),
        show("the-neighbors", "The Neighbors", network="ABC", popularity=70),
        show("the-rain", "The Rain", network="Netflix", popularity=80),
    )
    assert resolved(engine, message) is None


def test_a_remark_still_names_a_title_framed_as_one_or_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("the-riches", "The Riches", network="FX", popularity=80),
        show("the-wire", "The Wire", network="HBO", popularity=98),
    )
    assert resolved(engine, "my friend swears the riches only had one season") == "the-riches"
    assert resolved(engine, "the wire came back on netflix?") == "the-wire"
    assert resolved(engine, "the wire is so good, how many seasons") == "the-wire"
    assert resolved(engine, "the wire") == "the-wire"


def test_of_several_everyday_titles_the_one_marked_as_a_show_is_meant(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("alone", "Alone", network="History", popularity=99),
        show("the-holiday", "The Holiday", popularity=87),
        show("preacher", "Preacher", network="AMC", popularity=96),
    )
    question = "alone for the holiday so im doing a preacher marathon, what is it rated"
    assert resolved(engine, question) == "preacher"


def test_an_everyday_title_described_after_a_comma_is_the_show_meant(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("nurses", "Nurses", popularity=96),
        show("mental", "Mental", network="FOX", premiered=PartialDate(2009), popularity=66),
    )
    question = (
        "nurses on my ward are obsessed with mental, that old fox hospital show. when did it end"
    )
    assert resolved(engine, question) == "mental"
    assert resolved(engine, "my mom is obsessed with mental lol. when did it end") is None


def test_an_everyday_title_with_its_network_after_it_is_the_one_asked_about(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("the-catch", "The Catch", popularity=91),
        show("hunted", "Hunted", network="BBC One", premiered=PartialDate(2012), popularity=93),
    )
    answer = engine.ask("whats the catch with hunted bbc one, why only one season").to_json()
    assert answer["show"] == "hunted"
    assert answer["shows"] == ["hunted"]


def test_and_still_lists_everyday_titles_side_by_side(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("dark", "Dark", network="Netflix", popularity=88),
        show("wednesday", "Wednesday", network="Netflix", popularity=95),
    )
    assert engine.ask("dark and wednesday cast").to_json()["shows"] == ["dark", "wednesday"]


def test_a_network_before_an_everyday_title_says_which_show(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("parenthood", "Parenthood", network="NBC", popularity=80),
        show("flash-cw", "The Flash", network="The CW", premiered=PartialDate(2014), popularity=99),
        show("flash-cbs", "The Flash", network="CBS", premiered=PartialDate(1990), popularity=76),
    )
    answer = engine.ask("when did parenthood and the cw flash end").to_json()
    assert answer["shows"] == ["parenthood", "flash-cw"]
    assert resolved(engine, "did you see the flash of lightning last night") is None


def test_a_title_run_together_is_not_the_title_of_its_last_word(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("x-company", "X Company", network="CBC", premiered=PartialDate(2015), popularity=92),
        show("the-company", "The Company", popularity=71),
    )
    assert resolved(engine, "xcompany what channel was it on") != "the-company"


def test_a_slip_in_a_popular_title_is_not_named_beside_a_title_written_out(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("true-blood", "True Blood", network="HBO", premiered=PartialDate(2008), popularity=96),
        show("wild-n-out", "Wild 'N Out", network="MTV", popularity=90),
    )
    answer = engine.ask("ngl true blood was wild, when did it end").to_json()
    assert answer["shows"] == ["true-blood"]


def test_a_persons_shows_are_not_the_show_named_after_them(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("rg-show", "The Ricky Gervais Show", network="HBO", popularity=80),
        show("extras", "Extras", popularity=85, cast=(Credit("Ricky Gervais", "Andy Millman"),)),
    )
    assert engine.ask("ricky gervias shows").to_json()["shows"] != ["rg-show"]
    assert resolved(engine, "the ricky gervais show cast") == "rg-show"


@pytest.mark.parametrize(
    "question",
    [
        "the girls at school keep talking about seinfeld, how many seasons",
        "friends from work keep talking about seinfeld, how many seasons",
    ],
)
def test_everyday_words_placed_somewhere_are_people_not_a_title(
    engine_for: MakeEngine, question: str
) -> None:
    engine = engine_for(
        show("girls", "Girls", network="HBO", popularity=97),
        show("friends", "Friends", network="NBC", popularity=95),
        show("seinfeld", "Seinfeld", network="NBC", popularity=90),
    )
    assert resolved(engine, question) == "seinfeld"
    assert resolved(engine, "girls on hbo, how many seasons") == "girls"


def test_a_request_for_a_pick_is_not_about_everyday_words_of_its_story(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("girls", "Girls", network="HBO", popularity=97))
    answer = engine.ask("the girls are coming over tonight, what should we watch")
    assert answer.to_json()["shows"] == []


def test_a_number_after_a_title_is_its_sequel_when_one_is_numbered_so(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("the-blue-planet", "The Blue Planet", network="BBC One", popularity=86),
        show("blue-planet-ii", "Blue Planet II", network="BBC One", popularity=83),
    )
    answer = engine.ask("blue planet 2 narrator").to_json()
    assert (answer["show"], answer["season"]) == ("blue-planet-ii", None)
    answer = engine.ask("the blue planet season 2 narrator").to_json()
    assert (answer["show"], answer["season"]) == ("the-blue-planet", 2)


def test_the_first_letters_of_a_long_one_word_title_are_no_slip_of_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("tmwygh", "Textmewhenyougethome", popularity=85),
        show("fargo", "Fargo", network="FX", popularity=95),
    )
    assert engine.ask("should i text him").to_json()["shows"] == []
    assert resolved(engine, "frago season 5") == "fargo"


def test_the_part_asked_about_between_who_plays_and_the_show_is_no_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("the-captain", "The Captain", popularity=67),
        show("robocop", "RoboCop", network="CTV", popularity=70),
        show("breaking-bad", "Breaking Bad", network="AMC", popularity=97),
    )
    assert engine.ask("who plays the captain in iron meadow").to_json()["shows"] == []
    assert resolved(engine, "who plays the captain in breaking bad") == "breaking-bad"
    assert resolved(engine, "who played robocop in the tv show") == "robocop"


def test_chat_after_a_title_carries_it_no_further(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("dark-tourist", "Dark Tourist", network="Netflix", popularity=87),
        show("happy-endings", "Happy Endings", network="ABC", popularity=92),
    )
    question = "the community center is showing dark tourist tonight. what is it about"
    assert resolved(engine, question) == "dark-tourist"
    assert resolved(engine, "who plays penny in happy endings shes hilarious") == "happy-endings"
    # a word that is no chat still makes the title a longer one the base lacks
    assert resolved(engine, "the community center is showing dark tourist trap. what is it") is None


def test_a_message_ending_in_a_request_for_a_pick_gets_help(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("not-going-out", "Not Going Out", network="BBC One", popularity=80),
        show("one-tree-hill", "One Tree Hill", network="The CW", popularity=95),
    )
    answer = engine.ask("not going out tonight so what should i watch lol")
    assert answer.show is None
    assert answer.text.startswith("Ask me about a TV show")
    question = "need something to watch, how many episodes does one tree hill have"
    assert resolved(engine, question) == "one-tree-hill"


def test_words_after_a_title_that_its_record_bears_out_describe_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show(
            "bitten",
            "Bitten",
            network="CTV Sci-Fi Channel",
            popularity=95,
            summary="Elena Michaels is the world's only female werewolf.",
        ),
        show("moses-jones", "Moses Jones", popularity=67, genres=("Crime", "Drama")),
        show("the-tower", "The Tower", popularity=93, genres=("Crime", "Thriller")),
        show("the-office", "The Office", network="NBC", popularity=94),
        show("the-osbournes", "The Osbournes", popularity=76, summary="Ozzy and his family."),
    )
    assert resolved(engine, "bitten werewolf show how many seasons") == "bitten"
    assert resolved(engine, "moses jones bbc what genre") == "moses-jones"
    assert resolved(engine, "the tower itv crime show rating?") == "the-tower"
    # what the record does not bear out may be the rest of a longer title the base lacks
    assert resolved(engine, "what genre is the osbournes ghost show") is None
    assert resolved(engine, "bitten vampire show how many seasons") is None
    assert resolved(engine, "the office bbc cast") is None


def test_a_slip_of_series_beside_a_title_is_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("robocop", "RoboCop", network="CTV", premiered=PartialDate(1994), popularity=76),
        show("seiren", "Seiren", popularity=56),
    )
    assert resolved(engine, "robocop tv seires from 94 how many episodes") == "robocop"


def test_a_title_goes_after_what_a_question_asks_of_its_people(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("airplane-repo", "Airplane Repo", network="Discovery", popularity=45),
        show("the-voice", "The Voice", popularity=96),
    )
    question = "who narrates airplane repo, that voice is so familiar"
    assert resolved(engine, question) == "airplane-repo"


def test_a_well_known_title_written_out_stands_whatever_chat_follows(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("bates-motel", "Bates Motel", network="A&E", popularity=93),
        show("lost", "Lost", network="ABC", popularity=97),
        show("money-heist", "Money Heist", network="Netflix", popularity=85),
    )
    question = "lost track of time bingeing lol, is bates motel actualy over"
    assert resolved(engine, question) == "bates-motel"
    # an English word after it may be more of a title the base lacks
    assert resolved(engine, "money heist korea season 2") is None


def test_an_everyday_title_alone_in_a_sentence_about_a_show_is_the_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("tracer", "Tracer", popularity=37, genres=("Mystery",)),
        show("bent", "Bent", popularity=45),
    )
    assert resolved(engine, "tracer is it a mystery? love a good whodunit") == "tracer"
    question = "the hinge on my door is bent again ugh. anyway bent the romcom series, rating?"
    assert resolved(engine, question) == "bent"
    # but not in a sentence of chat
    assert resolved(engine, "the hinge on my door is bent again ugh. is it a drama") is None


def test_an_everyday_title_listed_beside_a_title_written_out_is_a_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("gypsy", "Gypsy", network="Netflix", popularity=49),
        show("dirty-john", "Dirty John", network="Netflix", popularity=92),
        show("friends", "Friends", popularity=30),
    )
    answer = engine.ask("gypsy and dirty john, which is rated better").to_json()
    assert answer["shows"] == ["gypsy", "dirty-john"]
    assert engine.ask("is dirty john or gypsy better").to_json()["shows"] == [
        "dirty-john",
        "gypsy",
    ]
    question = "my friends and dirty john fans are fighting again, is it renewed"
    assert engine.ask(question).to_json()["shows"] == ["dirty-john"]


def test_question_words_in_the_question_name_no_title_in_place_of_the_story_s(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("gomorra", "Gomorra", network="Sky Atlantic", popularity=92),
        show("the-end", "The End", popularity=85),
        show("episodes", "Episodes", network="Showtime", popularity=94),
    )
    question = "ok so i finally finished gomorra and i'm emotionally destroyed. when did it end?"
    assert resolved(engine, question) == "gomorra"
    question = "maybe tomorrow i'll start gomorra. how long are the episodes"
    assert resolved(engine, question) == "gomorra"


def test_a_sentence_opening_with_and_adds_a_title_to_the_one_before(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("salem", "Salem", network="WGN America", popularity=93),
        show("bates-motel", "Bates Motel", network="A&E", popularity=93),
    )
    answer = engine.ask("is salem over? and bates motel too?").to_json()
    assert answer["shows"] == ["salem", "bates-motel"]


def test_of_two_titles_named_apart_the_one_that_stands_whole(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("moonlighting", "Moonlighting", network="ABC", popularity=79),
        show("lovesick", "Lovesick", network="Netflix", popularity=93),
    )
    question = "moonlighting as a barista rn so i'm behind on everything, is lovesick coming back"
    assert resolved(engine, question) == "lovesick"


def test_a_title_ends_before_what_a_viewer_gives_it(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("carter", "Carter", popularity=94),
        show("chance", "Chance", popularity=93),
    )
    question = "thinking about giving carter a chance, what's it rated"
    assert resolved(engine, question) == "carter"
    # but "a" and anything else may go on into a longer title
    assert resolved(engine, "thinking about giving carter a ring, what's it rated") is None


def test_a_title_few_know_is_named_beside_the_words_for_its_genre(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("big-small", "Big, Small & Deadly", popularity=42, genres=("Nature", "Travel")),
        show("timothy", "Timothy Goes to School", popularity=38, genres=("Children",)),
        show("four-sisters", "Four Sisters", popularity=30, genres=("Horror",)),
    )
    question = "big small & deadly, is it a nature doc? the dogs go nuts for nature docs lol"
    assert resolved(engine, question) == "big-small"
    question = "timothy goes to school is a kids show right? my toddler sings the theme all day"
    assert resolved(engine, question) == "timothy"
    # words its record does not bear out may be about another show
    assert resolved(engine, "four sisters is a kids show right? my toddler sings it") is None


def test_a_title_before_on_and_a_question_word_is_asked_about_not_placed(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("breaking-bad", "Breaking Bad", network="AMC", popularity=95),
        show("nurses", "Nurses", network="Global", popularity=40),
    )
    assert resolved(engine, "breakin bad on what network") == "breaking-bad"
    assert resolved(engine, "nurses on my ward are obsessed with it lol") is None


def test_a_verbs_phrase_is_the_askers_doing_not_a_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("looking", "Looking", network="HBO", popularity=83),
        show("noble", "Noble, My Love", popularity=71),
    )
    assert resolved(engine, "noble my love rating, looking for a k drama to binge") == "noble"
    assert resolved(engine, "is looking on hbo") == "looking"


def test_a_pick_asked_beside_a_title_of_the_story_names_no_show(engine_for: MakeEngine) -> None:
    engine = engine_for(show("kids", "The Kids Are Alright", network="ABC", popularity=70))
    question = (
        "ok i'm bored, the kids are alright now so finally me time. anything good on tonight?"
    )
    assert resolved(engine, question) is None
    assert resolved(engine, "is the kids are alright on tonight?") == "kids"


def test_a_title_few_know_stands_beside_what_the_asker_says_it_is(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("rome", "Ancient Rome", popularity=30),
        show("books", "The Secret Life of Books", popularity=39),
    )
    assert resolved(engine, "ancient rome (the bbc docudrama) tell me about it") == "rome"
    assert resolved(engine, "the secret life of books still on bbc four?") == "books"
    assert resolved(engine, "my ancient rome essay is due friday") is None


def test_a_title_the_message_says_it_is_not_about_is_not_answered(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("good", "The Good Detective", popularity=40, network="Netflix"),
        show("true", "True Detective", network="HBO", popularity=97),
        show("surface-nbc", "Surface", network="NBC", premiered=PartialDate(2005), popularity=70),
        show("surface", "Surface", popularity=60),
    )
    assert resolved(engine, "the good detective not true detective lol, who's in it") == "good"
    assert resolved(engine, "is true detective not coming back") == "true"
    assert resolved(engine, "the new surface, not the nbc one from 2005. rating?") == "surface"


def test_a_version_denied_by_its_network_leaves_the_other_copy(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("abc", "Resurrection", network="ABC", premiered=PartialDate(2014), popularity=79),
        show("other", "Resurrection", popularity=42),
        show("one", "The Other One", popularity=92),
        show("halo", "Halo", popularity=80),
    )
    question = "not the abc resurrection, the other one. what genre is it"
    assert resolved(engine, question) == "other"
    # no copy of Halo is known to be the one on paramount: the message means another show
    assert resolved(engine, "not the paramount halo, the web series. how many episodes") is None
    assert resolved(engine, "the other one, is it a comedy") == "one"


def test_a_description_of_what_a_copy_is_about_says_which_one(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show(
            "moonlight-cbs",
            "Moonlight",
            network="CBS",
            summary="A private investigator, a vampire, falls for a reporter.",
            popularity=70,
        ),
        show("moonlight", "Moonlight", summary="A quiz about the moon.", popularity=60),
    )

    assert resolved(engine, "why did moonlight (the vampire one) get cancelled") == (
        "moonlight-cbs"
    )
    # words of the chat around it describe no copy
    assert resolved(engine, "moonlight is on, we smashed the quiz night") is None


def test_words_that_deny_or_only_chat_say_nothing_of_which_show(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("chosen", "The Chosen One", network="Netflix", popularity=70),
        show("suspect", "Suspect", network="Prime Video", popularity=60),
        show("light", "A Small Light", network="Disney+", popularity=45),
        show("taylor", "Taylor Swift", popularity=20),
        show("m-cbs", "Moonlight", network="CBS", summary="A vampire detective.", popularity=70),
        show("moonlight", "Moonlight", summary="A quiz show.", popularity=60),
        show("halo-max", "Halo", network="HBO Max", popularity=50),
        show("halo", "Halo", popularity=80),
    )

    assert resolved(engine, "not gonna lie, is the chosen one worth watching") == "chosen"
    assert resolved(engine, "the police said he was the prime suspect lol") is None
    assert resolved(engine, "a small light came on in my car, is that bad") is None
    assert resolved(engine, "is taylor swift on tour this year") is None
    assert resolved(engine, "moonlight, not the vampire one, how many episodes") != "m-cbs"
    assert resolved(engine, "not the hbo max halo, the other one. is it good") == "halo"


def test_a_genre_the_message_denies_does_not_say_which_copy(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("thriller", "Strangers", genres=("Drama", "Thriller"), popularity=49),
        show("romance", "Strangers", genres=("Comedy", "Drama", "Romance"), popularity=43),
    )
    question = "strangers, the comedy romance series not the thriller, is it renewed"
    assert resolved(engine, question) == "romance"
    assert resolved(engine, "strangers, the thriller not the comedy one, is it renewed") == (
        "thriller"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hopelessly in love with this show called hopelessly in love lol tell me about it", "hil"),
        ("ok here we go: is the bbc sitcom here we go coming back for another series", "hwg"),
        ("here we go again lol, my sister is back", None),
    ],
)
def test_everyday_words_introduced_as_a_show_are_its_title(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("hil", "Hopelessly in Love", popularity=40),
        show("hwg", "Here We Go", network="BBC One", popularity=45),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("time flies man, is true monsters still running", "monsters"),
        ("my home is a mess lol, is how clean is your house still on", "clean"),
        ("time flies man and true monsters are everywhere", None),
    ],
)
def test_a_title_few_know_opens_the_question_after_a_remark(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("monsters", "True Monsters", popularity=40),
        show("clean", "How Clean Is Your House?", popularity=45),
    )

    assert resolved(engine, question) == expected


def test_everyday_words_that_open_the_question_after_a_remark_are_a_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("sne", "See No Evil", network="Investigation Discovery", popularity=66),
        show("evil", "Evil", network="CBS", popularity=95),
    )
    question = "i see no point paying for cable anymore lol, is see no evil on tonight?"

    assert resolved(engine, question) == "sne"


def test_a_verb_and_up_on_is_the_askers_doing_not_a_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("caught", "Caught", network="ABC", popularity=70),
        show("she", "She", network="Netflix", popularity=60),
    )
    question = "caught up on she last night and i'm obsessed, who's the lead actress"

    assert resolved(engine, question) != "caught"
    assert resolved(engine, "is caught on abc?") == "caught"


def test_every_title_of_a_denied_list_is_denied(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("zoo", "Secrets of the Zoo", network="Nat Geo Wild", popularity=88),
        show("tampa", "Secrets of the Zoo: Tampa", popularity=78),
        show("down-under", "Secrets of the Zoo: Down Under", popularity=92),
    )
    # a title's words typed across a "not" are no name of it
    assert resolved(engine, "secrets of the zoo, not tampa or down under - rating?") == "zoo"
    # "down under" follows the denied "tampa" in the list
    question = "secrets of the zoo - the orginal, not tampa or down under - what's it rated"
    assert resolved(engine, question) is None
    assert resolved(engine, "is it down under or tampa") == "down-under"


def test_a_short_name_is_no_name_for_a_show_on_another_network(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("alaska", "Alaska: The Last Frontier", network="Discovery", popularity=92),
        show("alaska-killers", "Alaska: Ice Cold Killers", popularity=20),  # a franchise
    )
    assert resolved(engine, "when does the last frontier come back on discovery") == "alaska"
    assert resolved(engine, "when does the last frontier come out on apple tv") is None
    # asked whether it is on a network, it is the show, and the answer says no
    assert resolved(engine, "is the last frontier on apple tv") == "alaska"


def test_a_long_title_with_one_slip_is_no_slip_of_a_famous_one_word_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("wild-year", "A Wild Year on Earth", popularity=39),
        show("path", "The Path", network="Hulu", popularity=94),
    )
    assert resolved(engine, "a wild year on eath genre") == "wild-year"


def test_a_title_written_alone_and_again_inside_a_longer_one_names_both(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("dip", "Death in Paradise", network="BBC One", popularity=98),
        show("real", "The Real Death in Paradise", popularity=76),
    )
    answer = engine.ask("death in paradise vs the real death in paradise, whats the difference")
    assert answer.to_json()["shows"] == ["dip", "real"]
    assert resolved(engine, "the real death in paradise rating") == "real"


def test_which_version_a_message_describes_is_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("tick", "The Tick", network="FOX", premiered=PartialDate(1994), popularity=75),
        show("one-piece", "One Piece", aliases=("Live Action One Piece",), popularity=92),
        show("nineties", "The 90s: The Last Great Decade", popularity=68),
        show("nineties-2", "The 90s: Another Decade", popularity=20),
        show("dollar", "Dollar", popularity=49),
        show("scream", "Scream", popularity=60),
    )
    question = "the tick, the 90s cartoon not the live action one, how many seasons"
    assert engine.ask(question).to_json()["shows"] == ["tick"]
    assert resolved(engine, "is the live action one piece good") == "one-piece"
    question = "scream, my cat knocked my drink over. anyway is dollar a netflix show"
    assert resolved(engine, question) == "dollar"


def test_a_year_or_a_genre_in_the_question_says_which_show_of_one_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show(
            "tick-94",
            "The Tick",
            network="FOX",
            premiered=PartialDate(1994),
            popularity=75,
            genres=("Comedy", "Anime"),
        ),
        show(
            "tick-01",
            "The Tick",
            network="FOX",
            premiered=PartialDate(2001),
            popularity=71,
            genres=("Comedy",),
        ),
        show(
            "angels-76",
            "Charlie's Angels",
            network="ABC",
            premiered=PartialDate(1976),
            popularity=80,
        ),
        show(
            "angels-11",
            "Charlie's Angels",
            network="ABC",
            premiered=PartialDate(2011),
            popularity=78,
        ),
    )
    assert resolved(engine, "how many episodes is the 94 tick") == "tick-94"
    assert resolved(engine, "the tick 2001 cast") == "tick-01"
    assert resolved(engine, "charlies angels, the 70s one obviously. who was kelly") == "angels-76"
    assert resolved(engine, "is the tick anime still on") == "tick-94"
    assert resolved(engine, "the tick 94 episodes") is None  # a count, not a year: which one?


def test_the_verb_a_question_asks_of_a_title_is_no_more_of_it(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("a-team", "The A-Team", network="NBC", premiered=PartialDate(1983), popularity=75),
        show("flintstones", "The Flintstones", network="ABC", popularity=77),
        show("run", "Run", network="HBO", popularity=92),
    )
    question = "lost the remote for like an hour anyway how many seasons did the a-team run"
    assert resolved(engine, question) == "a-team"
    question = "my mom swears the flintstones ran forever, how many episodes are there actually"
    assert resolved(engine, question) == "flintstones"
    assert resolved(engine, "is run cancelled") == "run"


def test_the_question_after_wanna_know_is_what_is_asked(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("house", "House", network="FOX", popularity=97),
        show("passage", "The Passage", network="FOX", popularity=92),
    )
    question = "house is a mess, kids screaming, and i just wanna know if the passage is cancelled"
    assert resolved(engine, question) == "passage"


def test_a_person_or_a_genre_word_named_says_which_show_of_one_title(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show(
            "chair-21",
            "The Chair",
            network="Netflix",
            popularity=80,
            cast=(Credit(name="Sandra Oh", role="Ji-Yoon Kim"),),
        ),
        show("chair-14", "The Chair", network="Starz", premiered=PartialDate(2014), popularity=82),
        show(
            "taken",
            "Taken",
            network="Syfy",
            premiered=PartialDate(2002),
            popularity=81,
            genres=("Science-Fiction",),
        ),
        show(
            "taken-17",
            "Taken",
            network="NBC",
            premiered=PartialDate(2017),
            popularity=80,
            genres=("Action",),
        ),
    )
    assert resolved(engine, "the chair with sandra oh rating") == "chair-21"
    assert resolved(engine, "whats the runtime on the taken miniseries, the alien one") == "taken"


def test_what_a_described_show_has_is_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("angel", "Angel", network="The WB", premiered=PartialDate(1999), popularity=90),
        show("angels-love", "Angel's Last Mission: Love", popularity=60),
    )
    question = "the korean one with the angel, angels last mission love, what's it rated"
    assert engine.ask(question).to_json()["shows"] == ["angels-love"]


def test_a_word_before_a_known_title_may_start_a_longer_one_the_base_lacks(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("spider-man", "Spider-Man", network="FOX", popularity=80),
        show("promised", "Promised Land", network="ABC", popularity=70),
        show("tokyo", "Tokyo Ravens", popularity=70),
        show("magnum", "Magnum, P.I.", network="CBS", popularity=80),
    )
    assert resolved(engine, "your friendly neighborhood spider-man season 2 when") is None
    assert resolved(engine, "red dwarf the promised land, how long is it?") is None
    # not a verb, a word that says which version, or a preposition
    assert resolved(engine, "binging spider-man rn, is it good") == "spider-man"
    assert resolved(engine, "when did the old magnum pi end") == "magnum"
    assert resolved(engine, "lost track halfway thru tokyo ravens lol how many eps") == "tokyo"


def test_a_little_known_title_stands_beside_its_network_and_when_it_is_asked_of(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("funland", "Funland", popularity=61),
        show("holiday-wars", "Holiday Wars", popularity=40),
        show("right-stuff", "The Right Stuff", network="National Geographic", popularity=70),
        show("rules", "My Restaurant Rules", popularity=45),
    )
    assert resolved(engine, "funland bbc three, is there a series 2") == "funland"
    assert resolved(engine, "holiday wars coming back this christmas?") == "holiday-wars"
    question = "my restaurant rules, the aussie cooking comp, is it done for good"
    assert resolved(engine, question) == "rules"


def test_a_long_title_written_out_is_one_in_a_message_that_asks_nothing(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("ruler", "Ruler: Master of the Mask", popularity=63))
    question = "ruler master of the mask is a historical kdrama right"
    assert resolved(engine, question) == "ruler"


def test_a_title_of_question_words_stands_where_its_description_pins_it_down(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("get-even", "Get Even", network="Netflix", popularity=89))
    question = "whos in get even? the netflix one with the school revenge thing"
    assert resolved(engine, question) == "get-even"
    assert resolved(engine, "whos in get even? the hbo one with the school revenge thing") is None


def test_a_popular_title_inside_a_longer_one_written_out_is_not_answered(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("oz", "Oz", network="HBO", popularity=95),
        show("life-in-oz", "A New Life in Oz", popularity=30),
        show("soul", "Soul America", popularity=39),
        show("who-is", "Who Is America?", network="Showtime", popularity=85),
    )
    question = "my aunt keeps sending me clips of a new life in oz, is it still airing?"
    assert resolved(engine, question) != "oz"
    assert resolved(engine, "is soul amercia still going") == "soul"


def test_a_numbered_title_typed_with_another_number_is_another_show(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("zoey", "Zoey 101", network="Nickelodeon", popularity=90))
    assert resolved(engine, "where can i watch zoey 101") == "zoey"
    assert resolved(engine, "where can i watch zoey 102") is None


def test_a_word_described_after_the_is_no_title_listed(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("chris", "Everybody Hates Chris", network="UPN", popularity=90),
        show("dad", "Dad", popularity=70),
    )
    question = (
        "who plays julius in everybody hates chris, the dad who knows the price of everything"
    )
    assert engine.ask(question).to_json()["shows"] == ["chris"]


def test_a_title_of_question_words_called_a_show_opening_the_message_is_one(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("love", "Love", network="Netflix", popularity=90))
    assert resolved(engine, "love tv show rating") == "love"
    assert resolved(engine, "i love this show") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did big love end", "big-love"),
        ("does big love have a season 6", "big-love"),
        ("my phone is out of control lol. anyway is big love on hbo", "big-love"),
        ("is big love on my mind lol", None),
        ("i love big dogs, why did they end", None),
    ],
)
def test_a_title_of_question_words_counts_where_only_a_title_goes(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("big-love", "Big Love", network="HBO", popularity=88),
        show("the-end", "The End", popularity=85),
    )

    assert resolved(engine, question) == expected


def test_a_less_known_copy_of_a_title_can_be_the_one_a_year_picks(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("truth-be-told", "Truth Be Told", popularity=97),
        show(
            "truth-be-told-nbc",
            "Truth Be Told",
            network="NBC",
            premiered=PartialDate(2015),
            popularity=77,
            cast=(Credit("Vanessa Lachey", "Tracy"),),
        ),
    )

    question = "who did vanesa lachey play on truth be told, the 2015 nbc sitcom"
    assert resolved(engine, question) == "truth-be-told-nbc"


def test_the_reboot_of_a_title_its_star_names_is_its_later_copy(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show(
            "angels-1976",
            "Charlie's Angels",
            network="ABC",
            premiered=PartialDate(1976),
            popularity=83,
        ),
        show(
            "angels-2011",
            "Charlie's Angels",
            network="ABC",
            premiered=PartialDate(2011),
            popularity=78,
            cast=(Credit("Minka Kelly", "Eve French"),),
        ),
    )

    question = "charlie's angels reboot w minka kelly, when did that end"
    assert resolved(engine, question) == "angels-2011"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gone for a month and missed everything, did smash ever get a season 3?", "smash"),
        ("lost for two days in the woods lol, did smash get a season 3", "smash"),
        ("gone season 2?", None),
    ],
)
def test_an_everyday_title_followed_by_how_long_is_a_phrase(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("gone", "Gone", popularity=85),
        show("gone-2", "Gone", popularity=80),
        show("lost", "Lost", network="ABC", popularity=90),
        show("smash", "Smash", network="NBC", popularity=88),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gangs of galicia is it like gangs of london? whats it about", None),
        ("is it like gangs of london", "gangs-of-london"),
        ("is peaky blinders like gangs of london", "peaky-blinders"),
    ],
)
def test_a_show_the_base_lacks_compared_to_one_it_has_is_not_answered_as_that_one(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("gangs-of-london", "Gangs of London", network="Sky Atlantic", popularity=98),
        show("peaky-blinders", "Peaky Blinders", network="BBC Two", popularity=99),
    )

    answer = engine.ask(question)

    assert answer.to_json()["show"] == expected
    if expected is None:
        assert [s.id for s in answer.suggestions] == ["gangs-of-london"]


def test_a_copy_of_a_year_the_question_denies_is_not_answered(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show(
            "qaf-2000",
            "Queer as Folk",
            network="Showtime",
            premiered=PartialDate(2000),
            popularity=94,
        ),
        show("qaf-2022", "Queer as Folk", network="Peacock", premiered=PartialDate(2022)),
    )

    question = "the new queer as folk, not the 2000 one, how is it rated"
    assert resolved(engine, question) == "qaf-2022"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is dexter original sin cancelled, i heard rumours", None),
        ("is dexter new blood renewed", None),
        ("who was in the dexter original cast", "dexter"),
        ("is the original dexter still the best", "dexter"),
    ],
)
def test_a_version_word_after_a_title_may_start_a_longer_one(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(show("dexter", "Dexter", network="Showtime", popularity=96))

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("mystery quest still on", "mysteryquest"),
        ("journey quest season 4?", "journeyquest"),
        ("truelove ending explained anyone?", None),
    ],
)
def test_a_little_known_title_typed_apart_is_still_its_name(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("mysteryquest", "MysteryQuest", popularity=39),
        show("journeyquest", "JourneyQuest", popularity=37),
        show("the-quest", "The Quest", network="ABC", popularity=77),
        show("true-love", "True Love", popularity=40),
    )

    assert resolved(engine, question) == expected


def test_a_network_named_beside_a_little_known_title_describes_it(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("home-fires", "Home Fires", popularity=48),
        show("home", "Home", network="Apple TV+", popularity=85),
    )

    assert resolved(engine, "home fires why did itv cancel it") == "home-fires"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who presented big brother uk", "big-brother-c5"),
        ("the british big brother, how many series", "big-brother-c5"),
        ("is big brother on cbs still going", "big-brother-cbs"),
    ],
)
def test_a_country_says_which_version_of_a_format_is_meant(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    engine = engine_for(
        show("big-brother-cbs", "Big Brother", network="CBS", popularity=59),
        show("big-brother-c5", "Big Brother", network="Channel 5", popularity=53),
        show("big-brother-1453", "Big Brother", popularity=99),
    )

    assert resolved(engine, question) == expected


def test_a_country_whose_shows_people_name_by_it_says_which_copy(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("iris-kbs2", "IRIS", network="KBS2", premiered=PartialDate(2009), popularity=60),
        show("iris-npo", "Iris", network="NPO 1", premiered=PartialDate(1992), popularity=40),
        show("iris-netflix", "Iris", network="Netflix", popularity=55),
        show("money-heist", "Money Heist", network="Netflix", popularity=85),
    )

    assert resolved(engine, "iris korean spy drama how many episodes") == "iris-kbs2"
    assert resolved(engine, "iris, the dutch one, how many episodes") == "iris-npo"
    # after a title, such a country may be more of a title the base lacks
    assert resolved(engine, "money heist korea season 2") is None


def test_a_count_in_the_story_is_no_title_the_base_lacks(engine_for: MakeEngine) -> None:
    engine = engine_for(show("chuck", "Chuck", network="NBC", popularity=96))
    question = (
        "just finished rewatching chuck for like the 4th time and im emotionally destroyed "
        "again. was it cancelled or did they actually plan that ending"
    )
    assert resolved(engine, question) == "chuck"


@pytest.mark.parametrize("aside", ["oops", "ugh", "smh", "idk"])
def test_an_interjection_after_a_title_carries_no_title_on(
    engine_for: MakeEngine, aside: str
) -> None:
    engine = engine_for(show("lab-rats", "Lab Rats", network="Disney XD", popularity=79))

    question = f"skipped practice to binge lab rats {aside}. when did it first come out"
    assert resolved(engine, question) == "lab-rats"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is scraps a cooking show", "scraps"),
        ("my dog eats scraps lol", None),
    ],
)
def test_an_everyday_title_counts_beside_a_word_for_its_genre(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(show("scraps", "Scraps", genres=("Food", "Travel"), popularity=53))

    assert resolved(engine, question) == expected


def test_a_genre_after_a_title_and_a_is_what_the_show_is(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("pearson", "Pearson", network="USA Network", genres=("Drama", "Legal"), popularity=70),
        show("conviction", "Conviction", network="ABC", popularity=75),
    )

    question = "i have zero conviction in my life choices but is pearson a legal show?"
    assert resolved(engine, question) == "pearson"


def test_a_little_known_title_mistyped_in_a_sentence_of_its_own_kind_is_still_named(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("sas", "SAS: Rogue Warriors", genres=("History", "War"), popularity=44),
        show("rogue", "Rogue", network="DirecTV", popularity=96),
    )

    assert resolved(engine, "sas rouge warriors is a war thing?") == "sas"


def test_a_slip_in_a_longer_title_is_no_slip_of_a_famous_one_it_holds_a_word_of(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("broken-blade", "Broken Blade", popularity=39),
        show("bron", "Bron / Broen", network="SVT", popularity=94),
    )

    assert resolved(engine, "brokn blade genre?") == "broken-blade"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("spooksvile season 2", "spooksville"),
        ("big pacfic nature doc score", "big-pacific"),
        ("jogo dupla what genre is it", "jogo-duplo"),
        ("is silo coming back", None),
        ("landman season 2 when", None),
        ("90 day hea score", None),
    ],
)
def test_a_little_known_title_with_a_slip_people_make_is_still_its_name(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("spooksville", "Spooksville", popularity=49),
        show("spooks", "Spooks", network="BBC One", popularity=94),
        show("big-pacific", "Big Pacific", popularity=45, genres=("Nature",)),
        show("jogo-duplo", "Jogo Duplo", popularity=47),
        show("sila", "Sila", popularity=40),
        show("sandman", "Sandman", popularity=40),
        show("hex", "Hex", popularity=45),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("doom at ur service rating", "doom-at-your-service"),
        ("doom at your service rating", "doom-at-your-service"),
        ("dancing w the stars how long is an episode", "dancing-with-the-stars"),
    ],
)
def test_chat_shorthand_in_a_title_is_the_word_it_stands_for(
    engine_for: MakeEngine, question: str, expected: str
) -> None:
    engine = engine_for(
        show("doom-at-your-service", "Doom at Your Service", popularity=44),
        show("dancing-with-the-stars", "Dancing with the Stars", popularity=93),
        show("doom", "Doom", popularity=40),
    )

    assert resolved(engine, question) == expected


def _matlocks(engine_for: MakeEngine, *extra: Show) -> Engine:
    return engine_for(
        show(
            "matlock",
            "Matlock",
            network="NBC",
            premiered=PartialDate(1986),
            popularity=85,
            cast=(Credit(name="Andy Griffith", role="Ben Matlock"),),
        ),
        show(
            "misery-loves",
            "Misery Loves Company",
            network="FOX",
            popularity=60,
            cast=(Credit(name="Kathy Bates", role="Nurse"),),
        ),
        *extra,
    )


def test_a_star_the_show_lacks_says_another_show_of_its_title_is_meant(
    engine_for: MakeEngine,
) -> None:
    engine = _matlocks(engine_for)

    answer = engine.ask("the new matlock with kathy bates, is it renewed?")

    assert answer.to_json()["show"] is None
    assert [s.id for s in answer.suggestions] == ["matlock"]
    assert answer.text.startswith("I don't know a Matlock with Kathy Bates yet")
    assert resolved(engine, "matlock with andy griffith, how many seasons") == "matlock"


def test_a_star_picks_the_show_of_that_title_they_are_in(engine_for: MakeEngine) -> None:
    engine = _matlocks(
        engine_for,
        show(
            "matlock-2024",
            "Matlock",
            network="CBS",
            premiered=PartialDate(2024),
            popularity=40,
            cast=(Credit(name="Kathy Bates", role="Madeline Matlock"),),
        ),
    )

    assert resolved(engine, "is matlock with kathy bates renewed") == "matlock-2024"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("lost in space 1965 who played dr smith", None),
        ("the 60s lost in space, how many episodes", None),
        ("lost in space 2018 cast", "lost-in-space-2018"),
        ("the lost in space from 2019, is it over", "lost-in-space-2018"),  # during its run
        ("who was the president from 24 in lost in space", "lost-in-space-2018"),
    ],
)
def test_a_year_outside_the_shows_run_names_a_version_the_base_lacks(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show(
            "lost-in-space-2018",
            "Lost in Space",
            network="Netflix",
            premiered=PartialDate(2018),
            finale=PartialDate(2021),
            popularity=90,
        )
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("trust me i checked - reno rumble was on nine network right?", "reno-rumble"),
        ("all my friends say v 2009 was bad, what did it rate", "v-2009"),
        ("arkady balagan actor? endgame", "endgame"),
        ("reno rumble, not the nine network one, is it any good", None),
        ("the writer on netflix, what is it about", None),
    ],
)
def test_a_fact_named_beside_a_title_the_bot_was_unsure_of_confirms_it(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show("reno-rumble", "Reno Rumble", network="Nine Network", popularity=40),
        show("v-2009", "V", network="ABC", premiered=PartialDate(2009), popularity=85),
        show(
            "endgame",
            "Endgame",
            network="Showcase",
            popularity=45,
            cast=(Credit(name="Shawn Doyle", role="Arkady Balagan"),),
            creators=("Ben Shepherd",),
        ),
        show("the-writer", "The Writer", network="Netflix", popularity=30),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the danish inheritance drama arvingnere, when did it finish", "arvingerne"),
        ("samurai jack, the one about the samurai, is it over", "samurai-jack"),
        ("blue eye samurai renewed? i liked it more than samurai jack tbh", None),
    ],
)
def test_a_rare_word_of_what_a_show_is_about_confirms_a_title_the_bot_was_unsure_of(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show(
            "arvingerne",
            "Arvingerne",
            popularity=45,
            summary="Four siblings fight over their mother's inheritance in a Danish seaside town.",
        ),
        show(
            "samurai-jack",
            "Samurai Jack",
            network="Cartoon Network",
            popularity=92,
            summary="A samurai is flung into the future by the demon Aku.",
        ),
    )

    assert resolved(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("caribbean pirate treasure sounds fun, is it like a travel show", "pirate-treasure"),
        ("caribbean pirate treasure sounds fun, is it like a drama", None),  # too broad a genre
        ("not caribbean pirate treasure, the other one, is it travel", None),
        ("hiro shimono anime roles?", None),  # "hiro" is no name of Hero Return
    ],
)
def test_a_telling_genre_named_beside_a_title_the_bot_was_unsure_of_confirms_it(
    engine_for: MakeEngine, question: str, expected: str | None
) -> None:
    engine = engine_for(
        show(
            "pirate-treasure",
            "Caribbean Pirate Treasure",
            popularity=40,
            genres=("Adventure", "Travel", "Drama"),
        ),
        show("hero-return", "Hero Return", popularity=84, genres=("Anime",)),
    )

    assert resolved(engine, question) == expected


def test_two_words_no_everyday_phrase_holds_together_name_a_little_known_show_in_chat(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("lizzie-mcguire", "Lizzie McGuire", popularity=46, genres=("Comedy",)),
        show("life", "Life", network="NBC", popularity=95),
    )

    question = "lizzie mcguire was my entire life in middle school, whats it rated"
    assert resolved(engine, question) == "lizzie-mcguire"


def test_two_uncommon_words_written_out_are_a_title_not_an_everyday_phrase(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("sunny-bunnies", "Sunny Bunnies", network="Netflix", popularity=0),
        show("obsessed", "Obsessed", network="A&E", popularity=70),
    )

    question = (
        "my kid is obsessed with sunny bunnies and has watched every single ep like 5 times "
        "now. is there a season 3 coming"
    )
    assert resolved(engine, question) == "sunny-bunnies"


def test_two_uncommon_words_among_others_are_no_words_in_passing(engine_for: MakeEngine) -> None:
    engine = engine_for(
        show("mae-young", "WWE Mae Young Classic", network="WWE Network", popularity=60),
        show("classic", "Classic", popularity=50),
    )

    question = "wwe mae young classic, will there be another one"
    assert resolved(engine, question) == "mae-young"


def test_a_title_written_out_but_unsure_is_asked_about_by_its_name(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("a-suitable-boy", "A Suitable Boy", network="BBC One", popularity=40),
        show("mom", "Mom", network="CBS", popularity=80),
    )

    answer = engine.ask("my mom said suitable boy was great, did it do well")

    assert answer.show is None
    assert answer.text.startswith("Do you mean the show A Suitable Boy")
    assert answer.suggestions[0].id == "a-suitable-boy"
    assert engine.misses.top() == []  # the leftover words are no show to add


def test_talk_about_the_bot_in_everyday_words_names_no_show(engine_for: MakeEngine) -> None:
    engine = engine_for(show("still-a-mystery", "Still a Mystery", popularity=91))

    talk = engine.ask("honestly its still a mystery to me how this bot works lol").to_json()

    assert talk["intent"] == "help"
    assert talk["show"] is None
    assert resolved(engine, "is still a mystery still airing") == "still-a-mystery"
    assert resolved(engine, "bot, is Still a Mystery over?") == "still-a-mystery"


def test_copies_that_rank_alike_are_offered_described_first_whatever_else_is_loaded(
    engine_for: MakeEngine,
) -> None:
    copies = [show(f"the-hunt-{n}", "The Hunt", popularity=0) for n in range(1, 5)]
    described = show("the-hunt-netflix", "The Hunt", network="Netflix", popularity=0)
    alone = engine_for(*copies, described)
    beside = engine_for(
        *copies, described, show("dr-quinn", "Dr. Quinn, Medicine Woman", popularity=70)
    )

    offered = [s.id for s in alone.ask("the hunt genre?").suggestions]

    assert offered[0] == "the-hunt-netflix"
    assert [s.id for s in beside.ask("the hunt genre?").suggestions] == offered


def test_a_country_named_in_english_finds_its_version_named_in_its_own_language(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(
        show("lego-masters", "LEGO Masters", network="FOX", popularity=90),
        show("lego-masters-norge", "LEGO Masters Norge", network="TV 2", popularity=40),
        show("top-model-poland", "Top Model Poland", popularity=40),
    )

    assert resolved(engine, "lego masters norway still airing?") == "lego-masters-norge"
    assert resolved(engine, "top model polska still airing?") == "top-model-poland"


@pytest.mark.parametrize(
    ("typed", "slip"), [("supr", True), ("suepr", True), ("daima", False), ("ball", True)]
)
def test_a_word_far_from_every_word_of_a_popular_title_is_no_slip_of_it(
    typed: str, slip: bool
) -> None:
    """ "dragon ball daima" is another show of the franchise, no slip of Dragon Ball Super."""
    assert near_any(typed, ["dragon", "ball", "super"]) is slip

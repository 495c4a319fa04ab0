"""What exactly is asked, and for a yes/no question, what it asks to confirm
(bot.core.questions.topics)."""

from __future__ import annotations

import pytest

from bot.core.questions import Intent, Predicate, Topic, intent_of, parse_question
from bot.core.questions.topics import asks_something


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("how many episodes does the imperfects have", Topic.EPISODES),
        ("how many eps in season 1 of dark", Topic.EPISODES),
        ("how many seasons of breaking bad are there", Topic.SEASONS),
        ("how long are breaking bad episodes", Topic.RUNTIME),
        ("who created the imperfects", Topic.CREATORS),
        ("what production company made the imperfects", Topic.COMPANIES),
        ("what channel is breaking bad on", Topic.NETWORK),
        ("where can i watch dark", Topic.NETWORK),
        ("imperfects rotten tomatoes", Topic.RATINGS),
        ("whats the imdb rating of dark", Topic.RATINGS),
        ("is the imperfects worth watching", Topic.RECEPTION),
        ("how many people watched squid game", Topic.VIEWERSHIP),
        ("what is the imperfects about", Topic.SUMMARY),
        ("is devil in ohio based on a true story", Topic.SUMMARY),
        ("breaking bad ending explained", Topic.ENDING),
        ("what genre is dark", Topic.GENRE),
        ("is sliders sci fi or more fantasy", Topic.GENRE),
        ("is beauty & the beast a horror?", Topic.GENRE),
        ("ask laftan anlamaz is romance right", Topic.GENRE),
        ("wallace and gromit world of invention, kids show?", Topic.GENRE),
        ("is chasing life with dr sanjay gupta a medical show", Topic.GENRE),
        ("anyone know if it's actually horror — red rose?", Topic.GENRE),
        ("episodes of becoming human, how long are they", Topic.RUNTIME),
        ("why are 600 lb life episodes sooo long, how many minutes is one", Topic.RUNTIME),
        ("episodes of extreme weight loss are soooo long, like how long exactly", Topic.RUNTIME),
        ("gantz or aldnoah zero, which one is longer", Topic.EPISODES),
        ("petticoat junction and green acres which one started first", Topic.PREMIERE),
        ("neil patrick harris played who in doogie howser", Topic.ROLE),
        ("molly on bubble guppies is voiced by?", Topic.CHARACTER),
        ("otworz oczy aka open your eyes, thriller or nah", Topic.GENRE),
        ("is brews brothers actually funny or nah", Topic.RECEPTION),
        ("time flies man, when did sonic boom air its final episode", Topic.FINALE),
        ("the end of the catherine tate show, when was that?", Topic.FINALE),
        ("when did sonic boom air", Topic.PREMIERE),
        ("when did the mysteries of laura and law & order la each premiere", Topic.PREMIERE),
        ("софия сериал какой жанр", Topic.GENRE),
        ("what kinda show is the wire", Topic.GENRE),
        ("what was millie bobby brown in before stranger things?", Topic.PERSON),
        ("damian lewis was in what before homeland", Topic.PERSON),
        ("gate is 2 seasons right?", Topic.SEASONS),
        ("wipeout had seven seasons right?", Topic.SEASONS),
        ("leah remini its all relative, did it go past one season", Topic.SEASONS),
        ("monty python vs look around you which is funnier lol", Topic.RECEPTION),
        ("is vegas cakes just a baking show or what", Topic.GENRE),
        ("moltissimo - that's a cooking show, right?", Topic.GENRE),
        ("dale gas what kinda show is it", Topic.GENRE),
        ("florida man murders is that true crime or one of those meme compilations", Topic.GENRE),
        ("how long is smackdown each week", Topic.RUNTIME),
        ("time to rewatch angels in america, how long is each part", Topic.RUNTIME),
        ("episodes of happy days are like 30 min each right", Topic.RUNTIME),
        ("what did john stamos play on full house", Topic.ROLE),
        ("my kid keeps asking when the last bluey episode aired lol", Topic.FINALE),
        ("arıza action dizisi mi", Topic.GENRE),
        ("ask laftan anlamaz is romance right, my girlfriend wants us to watch it", Topic.GENRE),
        ("thinking of starting the undeclared war, how did it rate", Topic.RATINGS),
        ("i think its d gray man? what do people rate it", Topic.RATINGS),
        ("man vs wild and no reservations both ended what year", Topic.FINALE),
        ("frank elstner netflix show, who are the guests", Topic.CAST),
        ("they want to know who the host guy is lmao", Topic.CAST),
        ("unit luchtvaartpolitie how many afleveringen", Topic.EPISODES),
        ("my friend swears the riches only had one season, how many did it have", Topic.SEASONS),
        ("how do i ask you about a show, do i just type the name?", Topic.HELP),
        ("can i ask about two shows at once or one at a time", Topic.HELP),
        ("how do i ask you about dark season 3", Topic.STATUS),
        ("peep show was a bbc thing wasnt it", Topic.NETWORK),
        ("is history 101 a comedy like drunk history", Topic.GENRE),
        ("home sick today so im bingeing daria. who actually voiced daria", Topic.CHARACTER),
        ("traveler and american odyssey both only got one season right?", Topic.SEASONS),
        ("how long has dragons den been going", Topic.PREMIERE),
        ("clue the kids show, is it for children or more teens", Topic.GENRE),
        ("ruler master of the mask is a historical kdrama right", Topic.GENRE),
        ("Мой капитан сколько серий", Topic.EPISODES),
        ("who was conans sidekick", Topic.CAST),
        ("not storage wars texas, the original one - who are the buyers on it", Topic.CAST),
        ("all my friends say v 2009 was bad, what did it rate", Topic.RATINGS),
        ("mha and golden kamuy, which one rates better", Topic.RATINGS),
        ("merlin secrets and magic, is that fantasy like the bbc merlin", Topic.GENRE),
        ("tree house tales vs treehouse detectives, which one is the mystery one", Topic.GENRE),
        ("the studio seth rogen show, did it win a bunch of emmys or what", Topic.RECEPTION),
        ("red dwarf the promised land, how long is it?", Topic.RUNTIME),
        (
            "we really want to know if netflix is making a second season because the ending"
            " left a lot open",
            Topic.STATUS,
        ),
        (
            "drinking solo tonight lol. is men of a certain age any good, howd it rate",
            Topic.RATINGS,
        ),
        ("sin senos si hay paraiso how many temporadas/seasons", Topic.SEASONS),
        ("what would season 2 of the imperfects have been about", Topic.OUTLOOK),
        ("when did breaking bad end", Topic.FINALE),
        ("when did the imperfects come out", Topic.PREMIERE),
        ("she wants to know when it first started airing back in the day", Topic.PREMIERE),
        ("when did x-men evolution and the robocop series premier", Topic.PREMIERE),
        ("when does one piece s2 come out", Topic.RELEASE),
        ("dark season 4 when", Topic.RELEASE),
        ("severence s3 any news??", Topic.RELEASE),
        ("who plays juan in the imperfects", Topic.CHARACTER),
        ("who does inaki godoy play in one piece", Topic.ROLE),
        ("what is the cast of the imperfects doing now", Topic.CAST),
        ("who hosts the great british bake off", Topic.CAST),
        ("why was the imperfects cancelled", Topic.REASONS),
        ("tell me about the imperfects", Topic.CARD),
        ("what else has bryan cranston been in", Topic.PERSON),
        ("will there be a season 2 of the imperfects", Topic.STATUS),
        ("imperfects season 2", Topic.STATUS),
        ("what studio makes the one piece anime", Topic.COMPANIES),
        ("is the studio on apple tv", Topic.NETWORK),  # "studio" alone asks for no company
        ("landman ssn 2 cast", Topic.CAST),  # a season's cast, not "is there a season 2"
        ("how many cycles of americas next top model are there", Topic.SEASONS),
        ("how much do u win on nailed it", Topic.SUMMARY),  # the prize: what the show is
        ("yelling at the blacklist finale lol when did it air", Topic.FINALE),
        ("oz s06e08 was the last ep right? when did that air", Topic.FINALE),
        ("when did it air", Topic.PREMIERE),
        ("ghost town gold who are the 2 guys", Topic.CAST),
        ("lost the remote again. who's veronica in better off ted", Topic.CHARACTER),
        ("whos in better off ted", Topic.CAST),
        ("she wants to know how long each episode is", Topic.RUNTIME),
        ("everything you've got on black earth rising", Topic.CARD),
        ("stalker or motive, which cop show lasted longer", Topic.SEASONS),
        ("masters of sex or the honourable woman, which has better reviews", Topic.RATINGS),
        ("hunted all over netflix for it, what network is it actually on", Topic.NETWORK),
        ("will the cast be back for season 2", Topic.STATUS),
        ("dead like me vs dead set, which has shorter episodes", Topic.RUNTIME),
        ("border patrol on netflix which country is it", Topic.SUMMARY),
        ("rob lowe's characters in code black and parks and rec?", Topic.ROLE),
        ("season 2 is dragging. is it worth finishing", Topic.RECEPTION),
        ("is bloodline a thriller or more of a family drama", Topic.GENRE),
        ("what year did lost end", Topic.FINALE),
        ("are the episodes of lost an hour long", Topic.RUNTIME),
        ("did people actually like glee", Topic.RECEPTION),
        ("who's the mastermind behind dark", Topic.CREATORS),
        ("what is girls generation and the dangerous boys", Topic.CARD),  # a long title
        ("the crown what is the channel", Topic.NETWORK),
        ("the cops pulled me over lol. what show was he in again", Topic.PERSON),
    ],
)
def test_the_topic_asked(question: str, topic: Topic) -> None:
    assert parse_question(question).topic is topic


def test_other_stuff_someone_is_in_asks_about_the_person() -> None:
    assert parse_question("tom kane voice actor other stuff hes in").asks_about_person


def test_every_topic_belongs_to_one_of_the_seven_intents() -> None:
    assert {intent_of(topic) for topic in Topic} == set(Intent)


@pytest.mark.parametrize(
    ("question", "predicate"),
    [
        ("is one piece cancelled", Predicate.CANCELED),
        ("did netflix axe the order", Predicate.CANCELED),
        ("is the imperfects renewed", Predicate.RENEWED),
        ("will there be a season 3 of one piece", Predicate.RENEWED),
        ("is cobra kai over", Predicate.ENDED),
        ("is breaking bad finished", Predicate.ENDED),
        ("is the imperfects coming back", Predicate.RETURNING),
        ("is one piece still going", Predicate.AIRING),
        ("is one piece season 2 out yet", Predicate.RELEASED),
        ("is the imperfects on netflix", Predicate.ON_NETWORK),
        ("was the imperfects a hit", Predicate.WELL_RECEIVED),
        ("my friend said the order got cancelled", Predicate.CANCELED),
        ("so did they renew one piece or nah", Predicate.RENEWED),
        ("is the order any good", Predicate.WELL_RECEIVED),
        ("is chicago party aunt good", Predicate.WELL_RECEIVED),
        ("is f boy island actually good or just trashy fun", Predicate.WELL_RECEIVED),
        ("my boss said cobra kai is ending is that true", Predicate.ENDED),
        ("is chernobyl worth the hype or is it just sad for 5 hours", Predicate.WELL_RECEIVED),
        ("is cobra kai on netflix or what", Predicate.ON_NETWORK),
        ("grimm and chuck were both nbc right?", Predicate.ON_NETWORK),
        ("warehouse13 was on syfy right?", Predicate.ON_NETWORK),
        ("did the final season of poldark already air", Predicate.RELEASED),
        ("is cobra kai done", Predicate.ENDED),
        ("are royal pains and hart of dixie all over now right?", Predicate.ENDED),
        ("was awkward a good show tho", Predicate.WELL_RECEIVED),
        ("was squid game a hit or a flop", Predicate.WELL_RECEIVED),
        ("just hit the last episode again, any chance it is coming back?", Predicate.RETURNING),
        ("is brews brothers actually funny or nah", Predicate.WELL_RECEIVED),
        ("is the commons worth my time", Predicate.WELL_RECEIVED),
    ],
)
def test_a_yes_no_question_names_what_to_confirm(question: str, predicate: Predicate) -> None:
    assert parse_question(question).predicate is predicate


@pytest.mark.parametrize(
    "question",
    [
        "when does one piece s2 come out",
        "what is the status of the order",
        "do you know when season 2 comes out",
        "why did netflix cancel the imperfects",
    ],
)
def test_a_wh_question_asks_to_confirm_nothing(question: str) -> None:
    assert parse_question(question).predicate is None


@pytest.mark.parametrize(
    "question",
    [
        "ugh im so broke this month i cancelled every streaming sub",
        "we cancelled netflix lol",
        "the rain here is insane today, power keeps going out",
    ],
)
def test_what_the_asker_cancelled_asks_nothing(question: str) -> None:
    assert parse_question(question).predicate is None


def test_renewed_or_cancelled_asks_for_the_state() -> None:
    parsed = parse_question("is the order renewed or cancelled")

    assert parsed.either_or
    assert parsed.topic is Topic.STATUS


def test_good_or_skip_it_asks_for_the_verdict_not_a_yes() -> None:
    assert parse_question("was pretty smart any good or skip it").either_or


def test_on_one_network_or_another_asks_which() -> None:
    parsed = parse_question("is the good wife on cbs or nbc")

    assert parsed.either_or
    assert parsed.topic is Topic.NETWORK


def test_the_network_named_is_read() -> None:
    assert parse_question("is dark on hbo max").network == "hbo"


@pytest.mark.parametrize(
    "question",
    [
        "just finished camp cretaceous with my kid, who's in the voice cast?",
        "im done with season 1 of the order, who plays jack",
        "binged it over the weekend, who plays the lead",
    ],
)
def test_the_askers_own_story_confirms_nothing(question: str) -> None:
    assert parse_question(question).predicate is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what do u know about okkupert", Topic.CARD),
        ("give me the lowdown on killjoys", Topic.CARD),
        ("info: deadly women", Topic.CARD),
        ("how long r curb ur enthusiasm episodes", Topic.RUNTIME),
        ("which ran more seasons, dexter or six feet under", Topic.SEASONS),
        ("what channels were black sails and da vinci's demons on", Topic.NETWORK),
        ("is lost girl a horror show? i scare easy lol", Topic.GENRE),
        ("was sons of anarchy made by kurt sutter", Topic.CREATORS),
        ("love this server. quick one, when did the last red dwarf episode air", Topic.FINALE),
        ("wolverine n the xmen voice of cyclops?", Topic.CHARACTER),
        ("who runs the pawn shop on hardcore pawn", Topic.CAST),
        ("summer glau what shows has she done", Topic.PERSON),
        ("so reno rumble is done for good?", Topic.STATUS),
        ("is the wrong mans over for good", Topic.STATUS),
        ("is the voice of holland still on", Topic.STATUS),
    ],
)
def test_chat_wording_of_a_topic(question: str, topic: Topic) -> None:
    assert parse_question(question).topic is topic


@pytest.mark.parametrize("question", ["the office on nbc", "one piece netflix"])
def test_a_network_beside_a_title_only_says_which_one(question: str) -> None:
    assert parse_question(question).topic is Topic.STATUS


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("who narates our planet", Topic.CAST),
        ("who does the voices in paradise pd", Topic.CAST),
        ("the grinder rob lowe show, who else is in it", Topic.CAST),
        ("giri/haji whats the story", Topic.SUMMARY),
        ("super drags what is it", Topic.SUMMARY),
        ("is slasher an anthology", Topic.SUMMARY),
        ("tyrant or magic city, which is better", Topic.RECEPTION),
        ("is brews brothers actually funny or nah", Topic.RECEPTION),
    ],
)
def test_more_ways_fans_ask_for_the_cast_the_story_or_what_people_thought(
    question: str, topic: Topic
) -> None:
    assert parse_question(question).topic is topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("courtney cox in cougar town whats her character called", Topic.ROLE),
        ("klondike w/ richard madden, who was he playing", Topic.ROLE),
        ("ashes to ashes final ep date", Topic.FINALE),
        ("wonder years s6 finale", Topic.FINALE),
        ("dragon ball or dragon ball z which came out first", Topic.PREMIERE),
        ("pushing daisies is so underrated, is it cancelled or just on a break", Topic.STATUS),
    ],
)
def test_the_role_the_last_episode_which_came_first_and_cancelled_despite_praise(
    question: str, topic: Topic
) -> None:
    assert parse_question(question).topic is topic


@pytest.mark.parametrize(
    "question",
    ["ilana glazer shows besides broad city", "rachel bilson anything else besides the o.c.?"],
)
def test_what_else_an_actor_made_is_a_question_about_the_person(question: str) -> None:
    assert parse_question(question).topic is Topic.PERSON


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("did the wu assassins movie do well on netflix? like viewership wise", Topic.VIEWERSHIP),
        ("is the commons worth my time, what's the score on it", Topic.RATINGS),
        ("did it do well on netflix", Topic.RECEPTION),
    ],
)
def test_did_it_do_well_asks_whether_in_the_measure_named(question: str, topic: Topic) -> None:
    parsed = parse_question(question)

    assert parsed.topic is topic
    assert parsed.predicate is Predicate.WELL_RECEIVED  # not "is it on netflix"


@pytest.mark.parametrize("question", ["is the show over", "is the get down over", "is it over"])
def test_over_after_a_title_or_a_pronoun_still_asks_about_an_end(question: str) -> None:
    assert parse_question(question).predicate is Predicate.ENDED


def test_all_over_a_place_is_not_over() -> None:
    assert parse_question("seen it all over tiktok, is it good").predicate is not Predicate.ENDED


@pytest.mark.parametrize(
    "message",
    [
        "my cat just knocked over my drink",
        "the cops pulled me over lol",
        "i swear the cat knocked the tv over",
        "my brother pulled my chair over",
    ],
)
def test_the_over_of_a_verb_asks_nothing_about_an_end(message: str) -> None:
    assert parse_question(message).predicate is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("breaking bad", False),
        ("doctor who", False),
        ("why are you like this", True),
        ("when they see us", True),
        ("money explained", True),
    ],
)
def test_a_text_asks_something_by_itself_when_a_cue_is_in_it(text: str, asks: bool) -> None:
    assert asks_something(text) is asks


@pytest.mark.parametrize(
    "question",
    [
        "box 21 good? the swedish one. my friends are split on it",
        "not midnight mass. midnight sun, the swedish one. good?",
        "the wire good?",
    ],
)
def test_a_few_words_ending_in_good_asks_whether_it_was_well_received(question: str) -> None:
    asked = parse_question(question)

    assert asked.topic is Topic.RECEPTION
    assert asked.predicate is Predicate.WELL_RECEIVED


def test_good_said_without_a_question_mark_asks_nothing_of_a_show() -> None:
    assert parse_question("sounds good").topic is not Topic.RECEPTION


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("verano azul cuantos capitulos tiene", Topic.EPISODES),
        ("la casa de papel cuantas temporadas tiene", Topic.SEASONS),
    ],
)
def test_spanish_asks_for_counts_too(question: str, topic: Topic) -> None:
    assert parse_question(question).topic is topic

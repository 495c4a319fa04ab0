"""One fact asked, one short answer, the fact first."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answers.wording import FACT_CHARS
from bot.core.models import Credit, Season, Status
from bot.core.questions import Topic
from tests.core.answers.conftest import Ask, D, aired, make

SHOW = make(
    Status.CANCELED,
    network="Netflix",
    premiered=D(2022, 9, 8),
    status_date=D(2022, 11, 8),
    summary=(
        "Three teens become monsters after a genetic experiment. They hunt the scientist "
        "responsible. " + "They also find out a lot of other things along the way. " * 10
    ),
    genres=("Drama", "Science-Fiction"),
    seasons=(aired(1, 2022, episodes=10), Season(2, Status.CANCELED)),
    runtime=45,
    creators=("Shelley Eriksen", "Dennis Heaton"),
    companies=(Credit("Nomadic Pictures"),),
    reception=(("imdb", "6.1"), ("rotten_tomatoes_audience", "79%")),
    viewership=("Debut week: the third most-watched English title on Netflix.",),
    outlook=("The search for a permanent cure.",),
)


@pytest.mark.parametrize(
    ("question", "topic", "fact"),
    [
        ("how many episodes does it have", Topic.EPISODES, "10 episodes"),
        ("how many eps in season 1", Topic.EPISODES, "Season 1 of Show X has 10 episodes."),
        ("how many seasons are there", Topic.SEASONS, "Show X has 1 season"),
        ("how long are the episodes", Topic.RUNTIME, "45 minutes"),
        ("who created it", Topic.CREATORS, "Shelley Eriksen and Dennis Heaton"),
        ("what production company made it", Topic.COMPANIES, "Nomadic Pictures"),
        ("what channel is it on", Topic.NETWORK, "Netflix"),
        ("whats the imdb rating", Topic.RATINGS, "IMDb 6.1"),
        ("rotten tomatoes score", Topic.RATINGS, "Rotten Tomatoes audience 79%"),
        ("what is it about", Topic.SUMMARY, "Three teens become monsters"),
        ("what genre is it", Topic.GENRE, "drama and science-fiction"),
        ("how many people watched it", Topic.VIEWERSHIP, "third most-watched"),
        ("what would season 2 have been about", Topic.OUTLOOK, "permanent cure"),
        ("ending explained", Topic.ENDING, "permanent cure"),
    ],
)
def test_a_fact_question_gets_the_fact_in_a_short_answer(
    ask: Ask, question: str, topic: Topic, fact: str
) -> None:
    result = ask(SHOW, question)

    assert result.topic is topic
    assert fact in result.text
    assert len(result.text) <= FACT_CHARS
    assert not result.text.startswith(("Yes", "No"))


def test_the_score_asked_for_comes_first(ask: Ask) -> None:
    assert ask(SHOW, "rotten tomatoes?").text.startswith(
        "Show X's ratings: Rotten Tomatoes audience 79%"
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("is it on netflix", "yes"), ("is it on hbo max", "no")],
)
def test_is_it_on_a_network_gets_a_yes_or_a_no(ask: Ask, question: str, verdict: str) -> None:
    result = ask(SHOW, question)

    assert result.topic is Topic.NETWORK
    assert result.verdict == verdict
    assert "Netflix" in result.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("episodes are like 30 min each right", "yes"),
        ("is each episode an hour long?", "no"),
        ("episodes are half an hour right?", "yes"),
        ("episodes are thirty min each right", "yes"),
        ("episodes are an hour and a half long right", "no"),
        ("how long are the episodes", None),
    ],
)
def test_an_episode_length_to_confirm_gets_a_yes_or_a_no(
    ask: Ask, question: str, verdict: str | None
) -> None:
    result = ask(make(Status.ENDED, runtime=25), question)

    assert result.topic is Topic.RUNTIME
    assert result.verdict == verdict
    assert "25 minutes" in result.text


def test_id_is_investigation_discovery(ask: Ask) -> None:
    show = make(Status.ENDED, network="Investigation Discovery")

    assert ask(show, "show x is on ID right?").verdict == "yes"


def test_a_title_ending_in_s_takes_an_apostrophe_alone(ask: Ask) -> None:
    show = dataclasses.replace(SHOW, title="The Imperfects")
    acronym = dataclasses.replace(SHOW, title="NCIS")

    assert ask(show, "the imperfects rating").text.startswith("The Imperfects' ratings: ")
    assert ask(acronym, "ncis rating").text.startswith("NCIS's ratings: ")


@pytest.mark.parametrize(
    "question", ["where do i watch the show x film", "was show x filmed in front of an audience"]
)
def test_a_film_or_its_audience_is_no_question_of_where_it_was_filmed(
    ask: Ask, question: str
) -> None:
    assert ask(SHOW, question).topic is not Topic.FILMING


@pytest.mark.parametrize(
    "question",
    ["where was show x filmed", "show x filming locations", "was show x filmed in vancouver"],
)
def test_where_it_was_filmed_is_said_to_be_unknown_with_no_yes_or_no(
    ask: Ask, question: str
) -> None:
    result = ask(SHOW, question)

    assert result.topic is Topic.FILMING
    assert result.text.startswith("I don't know where Show X was filmed")
    assert result.verdict is None


def test_a_network_guessed_after_asking_which_gets_a_yes_or_a_no(ask: Ask) -> None:
    assert ask(SHOW, "show x what channel was that on, netflix?").verdict == "yes"
    assert ask(SHOW, "what channel was show x on, hbo?").verdict == "no"
    assert ask(SHOW, "what channel was show x on").verdict is None


def test_two_networks_offered_get_the_network_without_a_yes_or_no(ask: Ask) -> None:
    result = ask(SHOW, "show x was that netflix or hulu")

    assert result.topic is Topic.NETWORK
    assert result.verdict is None
    assert result.text == "Show X aired on Netflix."
    assert ask(SHOW, "is show x history or sci fi").topic is Topic.GENRE  # genres, too


def test_a_show_canceled_after_one_season_was_no_hit(ask: Ask) -> None:
    result = ask(SHOW, "was it a hit")

    assert result.topic is Topic.RECEPTION
    assert result.verdict == "no"


def test_a_well_rated_show_was_a_hit(ask: Ask) -> None:
    show = make(Status.ENDED, reception=(("tvmaze", "9.2"),), seasons=(aired(1, 2008),))

    assert ask(show, "was it popular").verdict == "yes"


def test_what_the_base_does_not_know_is_said_plainly(ask: Ask) -> None:
    bare = make(Status.UNKNOWN, network=None)

    assert ask(bare, "how many episodes does it have").text == (
        "I don't have the episode count of Show X."
    )
    assert (
        ask(bare, "how long are episodes").text == "I don't have the length of Show X's episodes."
    )
    assert ask(bare, "who made it").text == "I don't know who created Show X."
    assert ask(bare, "what channel").text == "I don't know which network Show X is on."


def test_is_it_about_something_its_summary_says_is_a_yes(ask: Ask) -> None:
    show = make(
        Status.ENDED, summary="Friends in a fantasy football league bicker through every draft."
    )

    assert ask(show, "is show x about fantasy football?").verdict == "yes"
    assert ask(show, "is show x about pirates?").verdict is None
    assert ask(show, "what is show x about?").verdict is None


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is show x on disney+", "No"),  # the streaming service is not the channel
        ("is show x on disney", "Yes"),
        ("is show x on disney xd", "Yes"),
    ],
)
def test_disney_plus_is_not_a_disney_channel(ask: Ask, question: str, verdict: str) -> None:
    show = make(Status.ENDED, network="Disney XD")

    assert ask(show, question).text.startswith(verdict)


def test_on_a_brand_is_a_yes_for_its_streaming_service(ask: Ask) -> None:
    show = make(Status.AIRING, network="Disney+")

    assert ask(show, "is show x on disney").text.startswith("Yes")


SUMMED_UP = make(
    Status.ENDED,
    summary="An anthology of darkly comic tales by Steve Pemberton and Reece Shearsmith, each "
    "behind a door marked 'number 9'.",
)


def test_without_creators_on_file_the_summary_says_who_made_it(ask: Ask) -> None:
    answer = ask(SUMMED_UP, "who made show x")

    assert answer.topic is Topic.CREATORS
    assert answer.text == "Show X was created by Steve Pemberton and Reece Shearsmith."


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("was show x made by steve pemberton or am i thinking of something else", "Yes: "),
        ("was show x made by netflix", "Show X"),  # partial credits say no "no"
    ],
)
def test_was_it_made_by_someone_is_a_yes_when_they_made_it(
    ask: Ask, question: str, opening: str
) -> None:
    assert ask(SUMMED_UP, question).text.startswith(opening)


def test_a_genre_compared_with_another_show_asks_only_the_genre(ask: Ask) -> None:
    show = make(Status.ENDED, genres=("History",))

    assert ask(show, "is show x a comedy like drunk history").text.startswith("No")
    assert ask(show, "is show x a history show like drunk history").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("it had 2 seasons right?", "Yes: "),
        ("it had three seasons right?", "No: "),
        ("did it go past one season", "Yes: "),
        ("did it go past two seasons", "No: "),
        ("how many seasons did it have, was it 2?", "Show X has 2 seasons"),
    ],
)
def test_a_number_of_seasons_to_confirm_gets_a_yes_or_a_no(
    ask: Ask, question: str, opening: str
) -> None:
    show = make(Status.ENDED, seasons=(aired(1, 2020), aired(2, 2021)))

    assert ask(show, question).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("that's a cooking show, right?", "Yes: "),
        ("its a cooking show right", "Yes: "),
        ("that's a horror show, right?", "No: "),
    ],
)
def test_a_genre_said_to_confirm_gets_a_yes_or_a_no(ask: Ask, question: str, opening: str) -> None:
    show = make(Status.ENDED, genres=("Food",))

    assert ask(show, question).text.startswith(opening)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("show x is a cooking show right, my mom wants us to watch it", "Yes: "),
        ("is show x horror, my sister keeps asking", "No: "),
        ("you know what i'll just ask: is show x a cooking show", "Yes: "),
        ("show x, the turkish one - is it a cooking show too", "Yes: "),
        ("show x has food in it too right?", "Yes: "),
        ("does show x have horror in it", "No: "),
    ],
)
def test_a_genre_to_confirm_around_a_remark_gets_a_yes_or_a_no(
    ask: Ask, question: str, opening: str
) -> None:
    show = make(Status.ENDED, genres=("Food",))

    assert ask(show, question).text == f"{opening}Show X is a food series."


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("what genre is show x, a cooking show?", "Yes: "),
        ("show x genre?? is it horror", "No: "),
        ("what is it even, food?", "Yes: "),
        ("show x genre, is it more horror or food", "Show X is a food series."),
        ("is it a horror show or what", "Show X is a food series."),  # asked as much as guessed
        ("what genre is show x", "Show X is a food series."),
        ("show x, cooking show or nah", "Yes: "),  # "or nah" offers no other genre
    ],
)
def test_a_genre_guessed_after_asking_for_it_gets_a_yes_or_a_no(
    ask: Ask, question: str, opening: str
) -> None:
    show = make(Status.ENDED, genres=("Food",))

    assert ask(show, question).text.startswith(opening)

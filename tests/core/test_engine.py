"""The facade the shells use (bot.core.engine): answers from the bundled base, and reloads where
the last good state wins."""

from __future__ import annotations

import dataclasses
import shutil
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.core.engine as engine_module
from bot.core.engine import Engine, UnknownShow
from bot.core.knowledge import KnowledgeError
from bot.core.models import Credit, Show, Status
from bot.core.questions import Intent, QuestionTooLong, Topic, parse_question
from bot.core.results import Scored

# -- the seed articles' facts, answered from the bundled base -----------------------------------


def test_will_there_be_a_season_2_of_the_imperfects(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("will there be a season 2 of the imperfects")

    assert answer.intent is Intent.STATUS
    assert answer.season == 2
    assert answer.text.startswith(
        "No: Netflix canceled The Imperfects on 2022-11-08, "
        "two months after its 2022-09-08 premiere, so there won't be a season 2."
    )


def test_the_imperfects_season_2_has_no_release_date(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("when is imperfects s2 coming out")

    assert answer.intent is Intent.RELEASE
    assert answer.text.startswith(
        "There is no release date: Netflix canceled The Imperfects on 2022-11-08"
    )
    assert "so there won't be a season 2" in answer.text


def test_the_imperfects_premiered_on_2022_09_08(bundled_engine: Engine) -> None:
    text = bundled_engine.ask("when did the imperfects come out").text

    assert text == "The Imperfects premiered on 2022-09-08 on Netflix."


def test_the_answer_says_how_fresh_it_is(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("will there be a season 2 of the imperfects")

    assert "As of 2024-01-13" in answer.full_text


def test_the_answer_names_its_source(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("is the imperfects canceled")

    assert answer.source is not None
    assert "status" in answer.source.backs
    assert answer.source.url is not None
    assert "centralrecorder.com" in answer.source.url  # the latest of the seed articles
    assert f"per {answer.source.title}" in answer.full_text


def test_the_imperfects_is_backed_by_the_seed_articles(bundled_engine: Engine) -> None:
    show = bundled_engine.snapshot.by_id["the-imperfects"]

    urls = [source.url or "" for source in show.sources]
    assert any("pacedaily.com" in url for url in urls)
    assert any("centralrecorder.com" in url for url in urls)


def test_the_cast_of_the_imperfects_moved_on(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("what is the cast of the imperfects up to")

    assert answer.intent is Intent.CAST
    assert "Iñaki Godoy (Juan) went on to One Piece (Netflix, 2023)" in answer.text
    assert "Nomadic Pictures" in answer.text
    assert "My Life with the Walter Boys (Netflix, 2023)" in answer.text


@pytest.mark.parametrize("name", ["Iñaki Godoy", "Inaki Godoy", "inaki godoy"])
def test_a_persons_name_lists_their_shows(bundled_engine: Engine, name: str) -> None:
    answer = bundled_engine.ask(f"what else is {name} in?")

    assert answer.intent is Intent.PERSON
    assert answer.title == "Iñaki Godoy"
    assert answer.to_json()["show"] is None
    assert "The Imperfects" in answer.text
    assert "One Piece" in answer.text


def test_nomadic_pictures_made_my_life_with_the_walter_boys(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("what else has Nomadic Pictures made")

    assert answer.intent is Intent.PERSON
    for title in ("The Imperfects", "The Order", "My Life with the Walter Boys"):
        assert title in answer.text


def test_the_imperfects_was_created_by_shelley_eriksen_and_dennis_heaton(
    bundled_engine: Engine,
) -> None:
    answer = bundled_engine.ask("who created the imperfects")

    assert answer.intent is Intent.INFO
    assert answer.topic is Topic.CREATORS
    assert answer.text == "The Imperfects was created by Shelley Eriksen and Dennis Heaton."


def test_the_imperfects_reception(bundled_engine: Engine) -> None:
    text = bundled_engine.ask("what are the reviews for the imperfects").text

    assert "IMDb 6.1" in text
    assert "Rotten Tomatoes audience 79%" in text


def test_the_imperfects_viewership(bundled_engine: Engine) -> None:
    text = bundled_engine.ask("how did the imperfects do in the top 10").text

    assert "third most-watched English title" in text
    assert "behind Cobra Kai season 5 and Devil in Ohio" in text
    assert "rose 45%" in text
    assert "dropped 64%" in text


def test_what_a_second_season_of_the_imperfects_would_have_covered(
    bundled_engine: Engine,
) -> None:
    text = bundled_engine.ask("tell me about the imperfects").text

    assert "A next season would have covered" in text
    assert "it wasn't permanent" in text
    assert "spread through the town" in text


def test_why_the_imperfects_was_canceled(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("why was the imperfects canceled")

    assert answer.intent is Intent.REASONS
    assert answer.text.startswith("Why Netflix canceled The Imperfects:")
    assert "Mixed reviews" in answer.text
    assert "Marketing" in answer.text


def test_season_3_of_the_order_is_a_plain_no(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("season 3 of the order")

    assert answer.show is not None
    assert answer.show.id == "the-order"
    assert answer.text.startswith(
        "No: Netflix canceled The Order on 2020-11-14 after two seasons, "
        "so there won't be a season 3."
    )


def test_a_title_alone_gets_the_status_answer(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("the imperfects")

    assert answer.intent is Intent.STATUS
    # no yes or no: a title alone asks where the show stands, not whether it is over
    assert answer.text.startswith("Netflix canceled The Imperfects")


# -- the engine's other entry points ------------------------------------------------------------


def test_a_question_with_no_show_gets_help(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("hello")

    assert answer.intent is Intent.HELP
    assert answer.to_json()["show"] is None
    shows = len(bundled_engine.snapshot.shows)
    assert f"Ask me about a TV show ({shows} in my notes)" in answer.text


def test_an_over_long_question_raises(bundled_engine: Engine) -> None:
    with pytest.raises(QuestionTooLong):
        bundled_engine.ask("is the imperfects renewed " * 80)


def test_ask_uses_the_date_formatter_it_is_given(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("is the imperfects canceled", fmt=lambda d: f"[{d.year}]")

    assert "canceled The Imperfects on [2022], two months after its [2022] premiere" in (
        answer.text
    )


def test_answer_for_answers_about_a_show_picked_by_id(bundled_engine: Engine) -> None:
    answer = bundled_engine.answer_for("the-order", Topic.STATUS, 3)

    assert answer.text.startswith("No: Netflix canceled The Order")


def test_answer_for_an_unknown_id_raises(bundled_engine: Engine) -> None:
    with pytest.raises(UnknownShow):
        bundled_engine.answer_for("no-such-show", Topic.STATUS)


def test_answer_about_accepts_an_id_or_a_title(bundled_engine: Engine) -> None:
    by_id = bundled_engine.answer_about("the-order", Topic.STATUS)
    by_title = bundled_engine.answer_about("the ordr", Topic.STATUS)

    assert by_id.show is not None
    assert by_id.show.id == "the-order"
    assert by_title.show is by_id.show


def test_from_directory_refuses_a_broken_base_listing_every_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("title: A\nstatus: maybe\n")
    (tmp_path / "b.yaml").write_text("title: B\n")

    with pytest.raises(KnowledgeError) as raised:
        Engine.from_directory(tmp_path)

    assert "2 error(s)" in str(raised.value)
    assert [(Path(p.file).name, p.field) for p in raised.value.problems] == [
        ("a.yaml", "status"),
        ("b.yaml", "status"),
    ]


# -- reloading: the last good state wins --------------------------------------------------------


def test_a_broken_reload_keeps_answering_from_the_old_base(
    small_engine: Engine, small_dir: Path
) -> None:
    before = small_engine.snapshot
    (small_dir / "alpha.yaml").write_text("title: Alpha Station\nstauts: renewed\n")

    report = small_engine.reload()

    assert not report.ok
    assert [(Path(p.file).name, p.line, p.field) for p in report.errors] == [
        ("alpha.yaml", 2, "stauts"),
        ("alpha.yaml", 1, "status"),
    ]
    assert small_engine.snapshot is before
    assert small_engine.ask("is alpha station renewed").text.startswith("No: Netflix canceled")


def test_a_reload_that_meets_a_yaml_bomb_keeps_the_old_base(
    small_engine: Engine, small_dir: Path
) -> None:
    before = small_engine.snapshot
    anchors = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)
    ]
    (small_dir / "laughs.yaml").write_text("\n".join([*anchors, "reasons: *a9", ""]))

    report = small_engine.reload()

    assert not report.ok
    assert [(Path(p.file).name, p.field) for p in report.errors] == [("laughs.yaml", "yaml")]
    assert small_engine.snapshot is before
    assert small_engine.ask("is alpha station renewed").text.startswith("No: Netflix canceled")


def test_a_reload_of_a_vanished_directory_keeps_the_old_base(
    small_engine: Engine, small_dir: Path
) -> None:
    shutil.rmtree(small_dir)

    report = small_engine.reload()

    assert not report.ok
    assert "does not exist" in report.errors[0].message
    assert report.shows == 2
    assert small_engine.ask("alpha station").show is not None


def test_a_good_reload_reports_what_changed(small_engine: Engine, small_dir: Path) -> None:
    (small_dir / "alpha.yaml").write_text(
        "id: alpha\ntitle: Alpha Station\nnetwork: Netflix\nstatus: renewed\n"
    )
    (small_dir / "more" / "beta.yml").unlink()
    (small_dir / "gamma.yaml").write_text("title: Gamma\nstatus: airing\n")

    report = small_engine.reload()

    assert report.ok
    assert (report.added, report.changed, report.removed) == (
        ("gamma",),
        ("alpha",),
        ("beta-road",),
    )
    assert report.shows == 2
    assert small_engine.ask("is alpha station renewed").text.startswith("Yes")


def test_a_reload_with_no_edits_changes_nothing(small_engine: Engine) -> None:
    report = small_engine.reload()

    assert report.ok
    assert (report.added, report.changed, report.removed) == ((), (), ())


def test_a_reload_that_keeps_every_name_reuses_the_name_indexes(
    small_engine: Engine, small_dir: Path
) -> None:
    before = small_engine.snapshot
    titles, people, roles = before.titles, before.people_index, before.character_index
    characters = before.characters
    alpha = small_dir / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace("status: canceled", "status: renewed"))

    report = small_engine.reload()

    after = small_engine.snapshot
    assert report.changed == ("alpha",)
    assert after.titles is titles
    assert after.people_index is people
    assert after.character_index is roles
    assert after.characters is characters
    assert small_engine.ask("is alpha station renewed").text.startswith("Yes")
    assert small_engine.ask("what is jo marsh doing now").title == "Jo Marsh"


def test_a_reload_that_renames_a_show_builds_a_new_title_index(
    small_engine: Engine, small_dir: Path
) -> None:
    titles = small_engine.snapshot.titles
    alpha = small_dir / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace("title: Alpha Station", "title: Gamma Station"))

    assert small_engine.reload().ok

    assert small_engine.snapshot.titles is not titles
    answer = small_engine.ask("is gamma station renewed")
    assert answer.show is not None
    assert answer.show.id == "alpha"
    assert small_engine.ask("is alpha station renewed").show is None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("network: Netflix", "network: Hulu"),
        ("premiered: 2021-03-04\nstatus", "premiered: 2020-03-04\nstatus"),
        ("popularity: 10", "popularity: 11"),
        ("title: Alpha Station", "title: Alpha Station\naliases: [Alpha]"),
    ],
)
def test_a_reload_rebuilds_the_title_index_when_what_it_weighs_changes(
    small_engine: Engine, small_dir: Path, before: str, after: str
) -> None:
    titles = small_engine.snapshot.titles
    alpha = small_dir / "alpha.yaml"
    assert before in alpha.read_text()
    alpha.write_text(alpha.read_text().replace(before, after, 1))

    assert small_engine.reload().ok

    assert small_engine.snapshot.titles is not titles


def test_a_reload_that_moves_popularity_ranks_by_it_and_keeps_answering(
    small_engine: Engine, small_dir: Path
) -> None:
    assert [s.id for s in small_engine.autocomplete("")] == ["beta-road", "alpha"]
    alpha = small_dir / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace("popularity: 10", "popularity: 90"))

    assert small_engine.reload().ok
    small_engine.wait_for_cleanup(timeout=5)  # the old index, sharing its names, is freed

    assert [s.id for s in small_engine.autocomplete("")] == ["alpha", "beta-road"]
    answer = small_engine.ask("is alpha station renewed")
    assert answer.show is not None
    assert answer.show.id == "alpha"
    assert [s.id for s in small_engine.autocomplete("be")] == ["beta-road"]


def test_a_reload_that_credits_someone_new_builds_a_new_people_index(
    small_engine: Engine, small_dir: Path
) -> None:
    people = small_engine.snapshot.people_index
    alpha = small_dir / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace("Jo Marsh", "Jo March"))

    assert small_engine.reload().ok

    assert small_engine.snapshot.people_index is not people
    assert small_engine.ask("what is jo march doing now").title == "Jo March"


def test_a_reload_that_changes_a_role_builds_a_new_character_index(
    small_engine: Engine, small_dir: Path
) -> None:
    roles = small_engine.snapshot.character_index
    assert small_engine.ask("who plays the navigator").suggestions == ()
    beta = small_dir / "more" / "beta.yml"
    text = beta.read_text().replace("role: Pilot", "role: Navigator")
    beta.write_text(text.replace("popularity: 20", "popularity: 90"))  # well known now

    assert small_engine.reload().ok

    assert small_engine.snapshot.character_index is not roles
    answer = small_engine.ask("who plays the navigator")
    assert answer.show is not None
    assert (answer.show.id, answer.text) == (
        "beta-road",
        "Navigator is played by Jo Marsh in Beta Road.",
    )


def test_a_replaced_base_is_freed_once_nobody_reads_it(
    small_engine: Engine, small_dir: Path
) -> None:
    (small_dir / "gamma.yaml").write_text("title: Gamma\nstatus: airing\n")
    with small_engine.reading() as reader:  # a question still in flight
        replaced = weakref.ref(reader)
        assert small_engine.reload().ok
        small_engine.wait_for_cleanup(timeout=0.05)

        assert reader.titles.resolve(["alpha", "station"]).best.owner == 0  # still whole
        assert [show.id for show in reader.shows] == ["alpha", "beta-road"]
        del reader

    small_engine.wait_for_cleanup(timeout=5)
    assert replaced() is None
    assert small_engine.ask("is gamma airing").show is not None


def test_concurrent_reloads_run_one_after_the_other(
    small_engine: Engine, small_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_load = engine_module.load_knowledge

    def slow_load(*args: object, **kwargs: object) -> object:
        events.append("start")
        time.sleep(0.05)
        result = real_load(*args, **kwargs)
        events.append("end")
        return result

    monkeypatch.setattr(engine_module, "load_knowledge", slow_load)
    (small_dir / "gamma.yaml").write_text("title: Gamma\nstatus: airing\n")
    start = threading.Barrier(2)
    reports = []

    def reload() -> None:
        start.wait()
        reports.append(small_engine.reload())

    threads = [threading.Thread(target=reload) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    assert events == ["start", "end", "start", "end"]
    assert len(reports) == 2
    assert all(report.ok for report in reports)
    assert sorted(report.added for report in reports) == [(), ("gamma",)]
    assert set(small_engine.snapshot.by_id) == {"alpha", "beta-road", "gamma"}


def test_reads_during_a_reload_see_a_whole_base(small_engine: Engine, small_dir: Path) -> None:
    (small_dir / "gamma.yaml").write_text("title: Gamma\nstatus: airing\n")
    seen: list[tuple[int, int]] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            with small_engine.reading() as snapshot:
                seen.append((len(snapshot.shows), len(snapshot.by_id)))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert small_engine.reload().ok
    finally:
        stop.set()
        reader.join(timeout=5)

    assert set(seen) <= {(2, 2), (3, 3)}


@pytest.mark.parametrize("question", ["help", "!help", "what can you do", "how do i use this bot"])
def test_a_request_for_help_gets_help_even_with_a_show_called_help(
    engine_for: Callable[..., Engine], question: str
) -> None:
    engine = engine_for(Show(id="the-help", title="The Help", status=Status.ENDED))

    answer = engine.ask(question)

    assert answer.intent is Intent.HELP
    assert answer.to_json()["show"] is None


def test_only_question_words_get_help_even_when_titles_come_close(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(Show(id="ladies-of-london", title="Ladies of London", status=Status.ENDED))

    assert engine.ask("lol").intent is Intent.HELP


def test_help_names_shows_that_are_in_the_base(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("what can you do")
    titles = {show.title for show in bundled_engine.snapshot.shows}

    assert answer.intent is Intent.HELP
    named = [t for t in titles if t in answer.text]
    assert len(named) >= 3


@pytest.mark.parametrize("message", ["the imperfects", "The Imperfects", "one piece"])
def test_a_title_alone_gets_where_the_show_stands_without_a_yes_or_no(
    bundled_engine: Engine, message: str
) -> None:
    answer = bundled_engine.ask(message)

    assert answer.show is not None
    assert answer.verdict is None
    assert not answer.text.startswith(("Yes", "No"))


def test_two_shows_in_one_question_get_both_answers(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("is the imperfects or the order coming back")
    data = answer.to_json()

    assert data["shows"] == ["the-imperfects", "the-order"]
    assert "The Order" in data["text"]
    assert "The Imperfects" in data["text"]


def test_a_single_fact_is_answered_shortly(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("how many episodes does the imperfects have")

    assert answer.topic is Topic.EPISODES
    assert answer.text == "The Imperfects has 10 episodes over 1 season."


def test_the_final_season_is_the_shows_last(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("when did the final season of the order come out")

    assert answer.season == 2


def test_show_count_follows_the_served_snapshot(small_engine: Engine, small_dir: Path) -> None:
    assert small_engine.show_count == 2

    (small_dir / "gamma.yaml").write_text("title: Gamma\nstatus: airing\n")
    assert small_engine.reload().ok

    assert small_engine.show_count == 3


@pytest.mark.parametrize(
    ("word", "season"),
    [("2", 2), ("40", 40), ("41", None), ("²", None), ("፩", None), ("٣", None), ("２", None)],
)
def test_only_a_small_ascii_number_after_a_title_is_a_season(word: str, season: int | None) -> None:
    """Questions arrive with their digits folded to 0-9; a word that is still some other digit
    ("²" is a digit to `isdigit` but not to `int`) is no season number, and never an error."""
    asked = parse_question("the imperfects")
    question = dataclasses.replace(asked, words=("the", "imperfects", word))
    matched = Scored(0, 100.0, 100.0, 50.0, "the imperfects", start=0, end=2)

    assert engine_module._trailing_season(question, matched) == season


def test_a_unicode_digit_after_a_title_reads_as_its_number(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("the imperfects ٣")

    assert answer.show is not None
    assert answer.show.id == "the-imperfects"
    assert answer.season == 3


@pytest.mark.parametrize(
    "message",
    [
        "binged cobra kai all weekend lol anyway is the order canceled",
        "binged cobra kai all weekend. is the order canceled",
    ],
)
def test_a_question_after_a_story_without_a_question_mark_is_about_its_own_title(
    bundled_engine: Engine, message: str
) -> None:
    answer = bundled_engine.ask(message)

    assert answer.show is not None
    assert answer.show.id == "the-order"
    assert answer.text.startswith("Yes")


def test_setting_a_name_aside_does_not_make_an_everyday_word_beside_it_a_title(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="the-one", title="The One", status=Status.ENDED, network="Netflix", popularity=92),
        Show(
            id="army-wives",
            title="Army Wives",
            status=Status.ENDED,
            popularity=70,
            cast=(Credit("Sterling K. Brown", "Dr. Roland Burton"),),
        ),
    )

    answer = engine.ask("paradise season 2 when, the sterling k brown one")

    assert answer.show is None or answer.show.id != "the-one"


def test_a_question_word_is_no_slip_of_a_title_word(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parents[2] / "knowledge" / "shows", tmp_path / "shows")
    (tmp_path / "shows" / "galaxy.yaml").write_text(
        "shows:\n"
        + "".join(f"  - {{title: Galaxy Station {n}, status: airing}}\n" for n in range(1, 31))
    )
    engine = Engine.from_directory(tmp_path)

    answer = engine.ask("will there be a season 2 of kobra ki")  # "there" is no "three"

    assert [s.id for s in answer.suggestions] == ["cobra-kai"]


def _popular(show_id: str, title: str) -> Show:
    return Show(id=show_id, title=title, status=Status.ENDED, network="HBO", popularity=93)


@pytest.mark.parametrize(
    "message",
    [
        "this bot is evil lmao it never knows what i mean",
        "stuck in traffic someone entertain me",
        "this bot is stuck lol",  # only small words besides the title word
    ],
)
def test_chat_that_asks_nothing_gets_help_even_with_an_everyday_word_title_in_it(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(_popular("evil", "Evil"), _popular("stuck", "Stuck"))

    answer = engine.ask(message)

    assert answer.show is None
    assert answer.topic is Topic.HELP


@pytest.mark.parametrize(
    "message",
    [
        "the end of the semester is killing me",
        "the end of the year is so busy, total chaos at work",
        "that season ending broke me and the girls",
    ],
)
def test_a_statement_of_many_words_around_a_near_title_gets_help(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(
        _popular("the-killing", "The Killing"),
        _popular("chaos", "Chaos"),
        _popular("the-end", "The End"),
        _popular("broke", "Broke"),
        _popular("girls", "Girls"),
    )

    answer = engine.ask(message)

    assert answer.show is None
    assert answer.topic is Topic.HELP


@pytest.mark.parametrize("message", ["evil", "evil hbo"])
def test_an_everyday_word_title_alone_or_with_its_network_is_still_answered(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(_popular("evil", "Evil"), _popular("stuck", "Stuck"))

    answer = engine.ask(message)

    assert answer.show is not None
    assert answer.show.id == "evil"


def test_a_title_written_out_whole_beats_an_everyday_word_of_the_story(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(_popular("panic", "Panic"), _popular("the-last-ship", "The Last Ship"))

    answer = engine.ask("panic! my sister spoiled the last ship. how many seasons are there")

    assert answer.show is not None
    assert answer.show.id == "the-last-ship"


def test_a_title_after_a_before_a_marathon_is_the_show(engine_for: Callable[..., Engine]) -> None:
    engine = engine_for(_popular("girls", "Girls"), _popular("masters-of-sex", "Masters of Sex"))

    answer = engine.ask("me and the girls are doing a masters of sex marathon, how many seasons")

    assert answer.show is not None
    assert answer.show.id == "masters-of-sex"


def test_chat_gets_help_however_close_an_everyday_title_comes(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="friends", title="Friends", status=Status.ENDED, popularity=40),
        _popular("bly-manor", "The Haunting of Bly Manor"),
    )

    chat = engine.ask("good morning friends, happy monday everyone")
    title = engine.ask("the hauntin of bly manr")

    assert chat.show is None
    assert chat.topic is Topic.HELP
    assert title.topic is not Topic.HELP  # a title mistyped: it, or "did you mean" it
    assert "bly-manor" in {title.show.id if title.show else None} | {
        s.id for s in title.suggestions
    }


def test_a_title_of_several_words_in_a_question_after_a_story_is_what_is_asked(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(_popular("3am", "3AM"), _popular("dead-set", "Dead Set"))

    answer = engine.ask("awake at 3am again lol what genre is dead set")

    assert answer.show is not None
    assert answer.show.id == "dead-set"


def _same_title_twice(title: str) -> tuple[Show, Show]:
    slug = title.lower().replace(" ", "-")
    return (
        Show(id=f"{slug}-nbc", title=title, status=Status.ENDED, network="NBC", popularity=60),
        Show(id=f"{slug}-bbc", title=title, status=Status.ENDED, network="BBC", popularity=60),
    )


@pytest.mark.parametrize(
    "message",
    [
        "heroes who answer my questions at 3am 🙏",  # an emoji ends chat, not a title
        "sorry i ghosted everyone, heroes has been a lot lately",  # small talk beside it
    ],
)
def test_chat_beside_a_title_two_shows_share_gets_help_not_which_one(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(*_same_title_twice("Heroes"))

    answer = engine.ask(message)

    assert answer.topic is Topic.HELP
    assert answer.suggestions == ()


@pytest.mark.parametrize("message", ["heroes", "heroes lol"])
def test_a_title_two_shows_share_alone_still_gets_which_one(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(*_same_title_twice("Heroes"))

    answer = engine.ask(message)

    assert answer.ambiguous
    assert {s.id for s in answer.suggestions} == {"heroes-nbc", "heroes-bbc"}


@pytest.mark.parametrize(
    "message",
    [
        "not going out tonight so what should i watch lol",  # a pick, not a fact
        "i need a new show to binge, any suggestions?",
        "whats the motive behind this bot being so slow lol",  # about the bot itself
        "can you reboot yourself bot, you're slow af",
        "is this thing on",
    ],
)
def test_a_message_about_the_bot_or_asking_for_a_pick_gets_help(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(
        Show(id="not-going-out", title="Not Going Out", status=Status.AIRING, popularity=50),
        Show(id="motive", title="Motive", status=Status.ENDED, popularity=50),
        Show(id="reboot", title="ReBoot", status=Status.ENDED, popularity=50),
    )

    answer = engine.ask(message)

    assert answer.topic is Topic.HELP
    assert answer.suggestions == ()


def test_a_question_after_a_comma_is_no_chat(engine_for: Callable[..., Engine]) -> None:
    engine = engine_for(*_same_title_twice("Heroes"))

    answer = engine.ask("binged heroes all weekend lol, did it end for good")

    assert answer.topic is not Topic.HELP


def _freaks_and_geeks() -> Show:
    return Show(
        id="freaks-and-geeks",
        title="Freaks and Geeks",
        status=Status.CANCELED,
        popularity=80,
        cast=(Credit("Seth Rogen", "Ken Miller"),),
    )


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("is the lighthouse with seth rogen renewed", Topic.STATUS),
        ("the lighthouse with seth rogen, who else is in it", Topic.CAST),
        ("the lighthouse w seth rogen ending explained pls", Topic.ENDING),
    ],
)
def test_a_show_the_base_lacks_named_by_its_star_is_no_question_about_the_star(
    engine_for: Callable[..., Engine], message: str, topic: Topic
) -> None:
    engine = engine_for(_freaks_and_geeks())

    answer = engine.ask(message)

    assert answer.topic is topic
    assert answer.show is None
    assert "seth rogen" not in answer.text.lower()  # not "a show called “seth rogen”"


@pytest.mark.parametrize(
    "message",
    [
        "what else has seth rogen been in",
        "seth rogen shows",
        "seth rogen other stuff hes in",
        "seth rogen new series",  # his new series, not "is a show renewed"
    ],
)
def test_a_question_about_a_star_alone_is_about_them(
    engine_for: Callable[..., Engine], message: str
) -> None:
    engine = engine_for(_freaks_and_geeks())

    answer = engine.ask(message)

    assert answer.topic is Topic.PERSON
    assert "Ken Miller" in answer.text


def test_a_title_that_holds_a_question_word_is_answered_for_what_is_asked(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="when-they-see-us", title="When They See Us", status=Status.ENDED, popularity=70)
    )

    answer = engine.ask("will when they see us have a season 2")

    assert answer.topic is Topic.STATUS
    assert answer.text.startswith("No")


def test_which_one_keeps_what_is_asked_when_the_title_holds_a_question_word(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(*_same_title_twice("When They See Us"))

    answer = engine.ask("will when they see us have a season 2")

    assert answer.ambiguous
    assert answer.topic is Topic.STATUS  # not "when": a release date


def test_a_title_on_a_network_with_a_question_mark_asks_whether_it_is_there(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="schulz", title="Schulz Saves America", status=Status.ENDED, network="Netflix")
    )
    answer = engine.ask("schulz saves america on netflix?")
    assert answer.topic is Topic.NETWORK
    assert answer.text.startswith("Yes")


def test_genre_yes_no_questions_get_a_yes_or_no_and_genre_lookups_do_not(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(
            id="parallax",
            title="The Parallax Theory",
            status=Status.ENDED,
            genres=("Drama", "Science-Fiction"),
        ),
        Show(id="juan", title="Vamos Juan", status=Status.ENDED, genres=("Comedy",)),
        Show(
            id="cities", title="Cities: Nature's New Wild", status=Status.ENDED, genres=("Nature",)
        ),
    )
    assert engine.ask("is the parallax theory sci fi").text.startswith("Yes")
    assert engine.ask("vamos juan is a comedy right? need something light").text.startswith("Yes")
    lookup = engine.ask("cities nature's new wild documentary genre?")
    assert lookup.topic is Topic.GENRE
    assert not lookup.text.startswith(("Yes", "No"))


def test_more_ways_fans_ask_about_episodes_genres_networks_and_the_bot(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="nyc-22", title="NYC 22", status=Status.ENDED, genres=("Drama", "Crime")),
        Show(id="moebius", title="Moebius: The Veil", status=Status.ENDED, genres=("Espionage",)),
        Show(id="sports", title="60 Minutes Sports", status=Status.ENDED, network="Showtime"),
        Show(id="no-res", title="No Reservations", status=Status.ENDED),
    )
    assert engine.ask("no reservations episodes count").topic is Topic.EPISODES
    assert engine.ask("no reservations still making new eps?").topic is Topic.STATUS
    assert engine.ask("is nyc 22 a cop show or a hospital one").topic is Topic.GENRE
    assert engine.ask("moebius the veil is it a spy show").text.startswith("Yes")
    assert engine.ask("60 minutes sports was a showtime thing?").text.startswith("Yes")
    assert engine.ask("so what can this thing actually do").topic is Topic.HELP


def test_its_a_genre_right_is_a_yes_or_no_question(engine_for: Callable[..., Engine]) -> None:
    engine = engine_for(
        Show(
            id="bernie",
            title="The Bernie Mac Show",
            status=Status.ENDED,
            network="FOX",
            popularity=80,
            genres=("Comedy",),
        ),
        Show(id="riot", title="Antidisturbios", status=Status.ENDED, genres=("Crime",)),
    )
    assert engine.ask("my uncle loved the bernie mac show, its a comedy right?").text.startswith(
        "Yes"
    )
    lookup = engine.ask(
        "antidisturbios genre? spanish riot police show, my friends said its intense"
    )
    assert not lookup.text.startswith(("Yes", "No"))


def test_a_genre_said_last_with_a_question_mark_asks_whether(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(
            id="clergy",
            title="Killer Clergy",
            status=Status.ENDED,
            genres=("Crime",),
            popularity=60,
        ),
        Show(
            id="roads", title="Back Roads", status=Status.ENDED, genres=("Travel",), popularity=60
        ),
        Show(
            id="equator",
            title="Equator from the Air",
            status=Status.ENDED,
            genres=("Nature",),
            popularity=60,
        ),
        Show(
            id="hanuman",
            title="The Legend of Hanuman",
            status=Status.ENDED,
            genres=("Adventure", "Fantasy"),
            popularity=60,
        ),
        Show(
            id="bnha",
            title="Boku no Hero Academia",
            status=Status.ENDED,
            genres=("Action", "Anime", "Comedy"),
            popularity=90,
        ),
        Show(
            id="family",
            title="Modern Family",
            status=Status.ENDED,
            genres=("Comedy",),
            popularity=95,
        ),
    )
    assert engine.ask("killer clergy true crime?").text.startswith("Yes")
    assert engine.ask("back roads, is that a travel show?").text.startswith("Yes")
    assert engine.ask("equator from the air, nature doc? my dad loves those").text.startswith("Yes")
    # the story's genre words ("kids") and the title's are not asked about
    question = "my kids love the legend of hanuman, is it classed as fantasy"
    assert engine.ask(question).text.startswith("Yes")
    assert engine.ask("is boku no hero academia just action").text.startswith("No")
    # without a question mark, a genre word last is a description; a title's own word asks
    # nothing; "genre" asks for the genres
    assert engine.ask("tell me about killer clergy, the true crime show").topic is Topic.CARD
    assert engine.ask("modern family?").topic is not Topic.GENRE
    lookup = engine.ask("boku no hero academia genre, is it just action")
    assert lookup.topic is Topic.GENRE
    assert not lookup.text.startswith(("Yes", "No"))


def test_a_network_in_a_tag_question_asks_whether(engine_for: Callable[..., Engine]) -> None:
    engine = engine_for(
        Show(id="red-dwarf", title="Red Dwarf", status=Status.ENDED, network="Dave"),
        Show(id="arvingerne", title="Arvingerne", status=Status.ENDED, network="DR1"),
        Show(id="reno", title="Reno Rumble", status=Status.ENDED, network="Nine Network"),
    )
    assert engine.ask("red dwarf's on dave now isn't it?").text.startswith("Yes")
    assert engine.ask("arvingerne was on dr1 yeah?").text.startswith("Yes")
    assert engine.ask("reno rumble was on netflix right?").text.startswith("No")
    # "for good" is for ever, not a verdict on the show
    assert engine.ask("so reno rumble is done for good?").topic is Topic.STATUS


def test_a_one_letter_reaction_is_chat_not_the_show_of_that_letter(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="w", title="W", status=Status.ENDED, popularity=84),
        Show(id="you", title="You", status=Status.ENDED, popularity=95),
    )
    assert engine.ask("w").to_json()["shows"] == []
    assert engine.ask("you").to_json()["show"] == "you"


def test_the_titles_own_words_are_not_what_is_asked_of_it(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(
            id="the-one-and-only",
            title="The One and Only",
            status=Status.ENDED,
            genres=("Drama", "Romance"),
        )
    )

    answer = engine.ask("is the one and only a romance?? looking for smth sappy")

    assert answer.text.startswith("Yes: The One and Only is a drama and romance series.")


def test_a_title_that_names_the_character_asked_about_still_names_it(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(
            id="kimmy",
            title="Kimmy Schmidt",
            status=Status.ENDED,
            cast=(Credit("Ellie Kemper", "Kimmy Schmidt"),),
        )
    )

    answer = engine.ask("who plays kimmy schmidt")

    assert answer.text.startswith("Kimmy Schmidt is played by Ellie Kemper")


def test_what_else_a_person_was_in_is_about_them_even_when_a_title_holds_their_name(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(
            id="best-time-ever",
            title="Best Time Ever with Neil Patrick Harris",
            status=Status.ENDED,
            popularity=88,
        ),
        Show(
            id="himym",
            title="How I Met Your Mother",
            status=Status.ENDED,
            popularity=99,
            cast=(Credit("Neil Patrick Harris", "Barney Stinson"),),
        ),
    )

    answer = engine.ask("what else has neil patrick harris been in")

    assert answer.intent is Intent.PERSON
    assert "How I Met Your Mother" in answer.text


def test_a_fact_the_base_does_not_hold_still_finds_the_show(bundled_engine: Engine) -> None:
    data = bundled_engine.ask("where was the imperfects filmed").to_json()

    assert (data["show"], data["topic"]) == ("the-imperfects", "filming")

"""The `showbot` command line (bot.cli): ask, ask --json, console and check."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cli import main
from bot.commandline import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from tests.hostile_text import TITLES, examples, long_questions, questions
from tests.json_contract import JSON_KEYS


@pytest.fixture(autouse=True)
def no_knowledge_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their base explicitly; a developer's SHOWBOT_KNOWLEDGE must not leak in."""
    monkeypatch.delenv("SHOWBOT_KNOWLEDGE", raising=False)


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    root = tmp_path / "broken"
    root.mkdir()
    (root / "good.yaml").write_text("title: Good\nstatus: ended\n")
    (root / "bad.yaml").write_text("title: Bad\nstauts: ended\npopularity: -2\n")
    return root


def stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


# -- ask ----------------------------------------------------------------------------------------


def test_ask_prints_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", "will there be a season 2 of the imperfects"])

    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert out.startswith("The Imperfects\n--------------\nNo: Netflix canceled The Imperfects")
    assert "As of 2024-01-13" in out


def test_ask_json_prints_exactly_one_object_with_the_contract_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["ask", "--json", "will there be a season 2 of the imperfects"])

    lines = capsys.readouterr().out.splitlines()
    assert code == EXIT_OK
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == JSON_KEYS
    assert data["show"] == "the-imperfects"
    assert data["title"] == "The Imperfects"
    assert data["intent"] == "status"
    assert data["season"] == 2
    assert data["text"].startswith("No: Netflix canceled The Imperfects on 2022-11-08")
    assert data["suggestions"] == []


def test_ask_json_keeps_non_ascii_text_readable(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--json", "what else is Inaki Godoy in?"])

    out = capsys.readouterr().out
    assert '"title": "Iñaki Godoy"' in out
    assert json.loads(out)["intent"] == "person"


def test_ask_json_of_an_unknown_show_has_no_show(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--json", "is severance renewed"])

    data = json.loads(capsys.readouterr().out)
    assert data["show"] is None
    assert data["title"] is None


def test_ask_json_stdin_answers_one_line_per_question(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, "imperfects s2", "", "x" * 2000, "season 3 of the order")

    code = main(["ask", "--json", "-"])

    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == EXIT_OK
    assert [set(a) for a in answers] == [JSON_KEYS] * 4
    assert [a["show"] for a in answers] == ["the-imperfects", None, None, "the-order"]
    assert answers[1]["intent"] == "help"
    assert "2000 characters" in answers[2]["text"]
    assert answers[3]["season"] == 3


def test_ask_stdin_without_json_prints_text_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, "the imperfects", "the order")

    assert main(["ask", "-"]) == EXIT_OK

    out = capsys.readouterr().out
    # a title alone asks where the show stands: no yes or no
    assert "\nNetflix canceled The Imperfects" in out
    assert "\nNetflix canceled The Order" in out


def answers_of_a_batch(data: bytes) -> list[dict[str, object]]:
    """`showbot ask --json -` over `data` as stdin, through text streams that refuse what is not
    UTF-8 (as on a UTF-8 desktop); the answers printed, one per line."""
    out = io.BytesIO()
    streams = (
        io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
    )
    with mock.patch("sys.stdin", streams[0]), mock.patch("sys.stdout", streams[1]):
        assert main(["ask", "--json", "-"]) == EXIT_OK
    return [json.loads(line) for line in out.getvalue().decode("utf-8").split("\n")[:-1]]


def test_ask_json_stdin_answers_a_line_that_is_not_utf8_and_goes_on() -> None:
    answers = answers_of_a_batch(b"the imperfects\n\xff\xfe is \xed\xa0\x80 it over\nthe order\n")

    assert [set(a) for a in answers] == [JSON_KEYS] * 3
    assert [a["show"] for a in answers] == ["the-imperfects", None, "the-order"]


@given(
    lines=st.lists(
        st.one_of(
            questions(TITLES).map(lambda q: q.encode("utf-8", "surrogatepass")),
            long_questions(TITLES).map(lambda q: q.encode("utf-8", "surrogatepass")),
            st.binary(max_size=40),
        ).map(lambda line: line.replace(b"\r", b" ").replace(b"\n", b" ")),
        min_size=1,
        max_size=12,
    )
)
@examples(15)
def test_ask_json_stdin_answers_every_line_whatever_it_holds(lines: list[bytes]) -> None:
    answers = answers_of_a_batch(b"".join(line + b"\n" for line in lines))

    assert [set(a) for a in answers] == [JSON_KEYS] * len(lines)


def test_ask_uses_the_knowledge_option(small_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", "--json", "--knowledge", str(small_dir), "is alpha station renewed"])

    assert code == EXIT_OK
    assert json.loads(capsys.readouterr().out)["show"] == "alpha"


def test_the_showbot_knowledge_variable_is_honoured(
    small_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHOWBOT_KNOWLEDGE", str(small_dir))

    main(["ask", "--json", "is alpha station renewed"])

    assert json.loads(capsys.readouterr().out)["show"] == "alpha"


def test_the_knowledge_option_beats_the_variable(
    small_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SHOWBOT_KNOWLEDGE", str(tmp_path / "nowhere"))

    code = main(["ask", "--json", "--knowledge", str(small_dir), "alpha station"])

    assert code == EXIT_OK
    assert json.loads(capsys.readouterr().out)["show"] == "alpha"


# -- broken setups ------------------------------------------------------------------------------


def test_a_missing_knowledge_directory_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing"

    code = main(["ask", "--knowledge", str(missing), "the imperfects"])

    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    assert captured.out == ""
    assert captured.err == f"showbot: error: knowledge directory {missing} does not exist\n"


def test_a_missing_directory_from_the_variable_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHOWBOT_KNOWLEDGE", str(tmp_path / "missing"))

    code = main(["ask", "the imperfects"])

    assert code == EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err


def test_a_broken_knowledge_directory_lists_its_problems(
    broken_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ask", "--knowledge", str(broken_dir), "the imperfects"])

    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert err.startswith(f"showbot: error: the knowledge base in {broken_dir} has 3 error(s)\n")
    assert f"  {broken_dir / 'bad.yaml'}:2: stauts: unknown field" in err
    assert "Traceback" not in err


def test_a_missing_question_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["ask"])

    assert raised.value.code == 2
    assert "question" in capsys.readouterr().err


# -- check --------------------------------------------------------------------------------------


def test_check_passes_a_good_directory_with_a_summary(
    small_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(small_dir)])

    assert code == EXIT_OK
    assert capsys.readouterr().out == f"{small_dir}: 2 shows in 2 files, 0 errors, 0 warnings\n"


def test_check_without_a_directory_checks_the_bundled_base(
    bundled_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check"])

    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith(f"{bundled_dir}: ")
    assert out.endswith(" files, 0 errors, 0 warnings\n")


def test_check_prints_every_problem_as_file_line_field_message(
    broken_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(broken_dir)])

    lines = capsys.readouterr().out.splitlines()
    bad = broken_dir / "bad.yaml"
    assert code == EXIT_PROBLEMS
    statuses = "in_development, airing, returning, renewed, undecided, unknown, canceled, ended"
    assert lines[0] == f"{bad}:1: status: is required; one of {statuses}"
    assert lines[1].startswith(f"{bad}:2: stauts: unknown field (did you mean `status`?)")
    assert lines[2] == f"{bad}:3: popularity: must be a number from 0 to 100, not -2"
    assert lines[3] == f"{broken_dir}: 3 errors, 0 warnings; not loadable until fixed"
    assert len(lines) == 4


def hostile_dir(root: Path, outside: Path) -> Path:
    """A knowledge directory holding one of each hostile or accidental file, and a good one."""
    laughs = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)
    ]
    files = {
        "good.yaml": "title: Good\nstatus: ended\n",
        "laughs.yaml": "\n".join([*laughs, "title: Laughs", "status: ended", "reasons: *a9"]),
        "tags.yaml": "title: T\nstatus: ended\nepisodes: !!int lots\npremiered: !!timestamp soon\n",
        "number.yaml": f"title: Number\nstatus: ended\nepisodes: {'9' * 5000}\n",
        "season.yaml": f"title: Season\nstatus: ended\nseasons:\n  - number: {'1' * 4300}\n",
        "deep.yaml": f"title: Deep\nstatus: ended\nreasons: {'[' * 500}{']' * 500}\n",
        "deep-json.yaml": '{"title": "J", "status": "ended", "reasons": '
        + "[" * 500
        + "]" * 500
        + "}",
    }
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text)
    outside.write_text("SECRET-TOKEN: hunter2\n")
    (root / "secret.yaml").symlink_to(outside)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.yaml")
    return root


def test_check_of_a_hostile_directory_lists_each_problem_and_prints_no_traceback(
    tmp_path: Path,
) -> None:
    root = hostile_dir(tmp_path / "hostile", tmp_path / "secret.yaml")

    done = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(root)],
        capture_output=True,
        text=True,
        timeout=120,  # a guard against the hang this test exists for, not a speed check
        check=False,
    )

    assert done.returncode == EXIT_PROBLEMS
    assert done.stderr == ""
    located = {line.split(": ")[0] for line in done.stdout.splitlines()[:-1]}
    expected = {
        "laughs.yaml:5",
        "tags.yaml:3",
        "tags.yaml:4",
        "number.yaml:3",
        "season.yaml:4",
        "deep.yaml:3",
        "deep-json.yaml:1",
        "secret.yaml:1",
        *(["pipe.yaml:1"] if hasattr(os, "mkfifo") else []),
    }
    assert located == {f"{root / where}" for where in expected}
    assert "SECRET" not in done.stdout
    assert done.stdout.splitlines()[-1].endswith("not loadable until fixed")


def test_check_reports_warnings_but_passes(
    knowledge: Callable[[dict[str, str]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = knowledge(
        {
            "a.yaml": "id: office-us\ntitle: The Office\nstatus: ended\n",
            "b.yaml": "id: office-uk\ntitle: The Office\nstatus: ended\n",
        }
    )

    code = main(["check", str(root)])

    lines = capsys.readouterr().out.splitlines()
    assert code == EXIT_OK
    assert lines[0].startswith(f"{root / 'a.yaml'}:1: title: warning: 'the office' also names")
    assert lines[1] == f"{root}: 2 shows in 2 files, 0 errors, 1 warnings"


def test_check_of_a_missing_directory_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(tmp_path / "missing")])

    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    assert "does not exist" in captured.err
    assert "Traceback" not in captured.err


# -- console ------------------------------------------------------------------------------------


def test_console_answers_piped_questions_until_quit(
    small_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, "is alpha station renewed", ":quit", "the order")

    code = main(["console", "--knowledge", str(small_dir)])

    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert out.startswith(f"showbot console: 2 shows from {small_dir}\n")
    assert "No: Netflix canceled Alpha Station" in out
    assert "I don't know" not in out  # "the order", after :quit, was never asked


def test_console_answers_a_line_that_is_not_utf8_and_goes_on(
    small_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    piped = io.TextIOWrapper(
        io.BytesIO(b"\xff\xfe renewed?\nis alpha station renewed\n"), encoding="utf-8"
    )
    monkeypatch.setattr("sys.stdin", piped)

    code = main(["console", "--knowledge", str(small_dir)])

    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "No: Netflix canceled Alpha Station" in out


def test_console_ends_at_the_end_of_input(
    small_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, "alpha station")

    assert main(["console", "--knowledge", str(small_dir)]) == EXIT_OK
    assert "Alpha Station" in capsys.readouterr().out


def test_console_reload_picks_up_edits(
    small_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (small_dir / "gamma.yaml").write_text("title: Gamma\nstatus: airing\n")
    stdin(monkeypatch, ":reload", "is gamma still airing", ":quit")

    main(["console", "--knowledge", str(small_dir)])

    out = capsys.readouterr().out
    assert "showbot console: 3 shows" in out
    assert "reloaded: 3 shows, 0 error(s)" in out
    assert "Yes: Gamma is airing now." in out


def test_console_reload_of_a_broken_base_keeps_the_old_one(
    small_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class EditThenRead(io.StringIO):
        """Breaks the base just before `:reload` is read, as an admin would between questions."""

        def readline(self, *args: int) -> str:  # type: ignore[override]
            line = super().readline(*args)
            if line.startswith(":reload"):
                (small_dir / "alpha.yaml").write_text("title: Alpha Station\nstatus: dunno\n")
            return line

    monkeypatch.setattr("sys.stdin", EditThenRead(":reload\nalpha station\n:q\n"))

    main(["console", "--knowledge", str(small_dir)])

    out = capsys.readouterr().out
    assert "kept the previous base: 2 shows, 1 error(s)" in out
    assert f"  {small_dir / 'alpha.yaml'}:2: status: unknown status 'dunno'" in out
    assert "\nNetflix canceled Alpha Station" in out


# -- log level ------------------------------------------------------------------------------------


def test_a_bad_log_level_option_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["ask", "--log-level", "bogus", "hi"])
    assert raised.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "argument --log-level: 'bogus' is not a log level: use debug, info, warning" in err


def test_a_bad_log_level_variable_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHOWBOT_LOG_LEVEL", "loud")
    assert main(["ask", "hi"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == (
        "showbot: error: SHOWBOT_LOG_LEVEL: 'loud' is not a log level: "
        "use DEBUG, INFO, WARNING or ERROR\n"
    )


def test_the_log_level_option_takes_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--log-level", "Debug", "hi"]) == EXIT_OK
    assert capsys.readouterr().out

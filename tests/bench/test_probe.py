"""The probe edits the base it measures (the reloads); the caller's folder stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import probe


def test_the_probe_measures_a_copy_and_leaves_the_given_base_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base-20"
    base.mkdir()
    (base / "shows.yaml").write_text("shows: []\n")
    measured: list[Path] = []

    def editing_probe(root: Path, naive_questions: int, repeat: int) -> dict[str, float]:
        measured.append(root)
        (root / "shows.yaml").write_text("shows: [renamed]\n")  # as the reload measurements do
        return {"load_s": 1.0}

    monkeypatch.setattr(probe, "probe", editing_probe)
    assert probe.main([str(base)]) == 0
    assert (base / "shows.yaml").read_text() == "shows: []\n"
    (copy,) = measured
    assert copy != base
    assert not copy.exists()  # a temporary copy, removed
    assert json.loads(capsys.readouterr().out)["load_s"] == 1.0

"""Knowledge bases of a given size for the benchmark, from the real datasets in shared/data.

Every base holds the bundled shows and the question set's fixture shows (so accuracy can be
measured at every size), then real TV titles imported from the TVMaze and Netflix files (those
the sources describe first, then the most popular), then,
only beyond the ~67,000 real titles, clearly synthetic shows: their ids start with `synthetic-`,
their network is "Synthetic" and their titles carry "(synthetic N)". Real shows whose title is a
curated show's title or alias are left out of the padding (they are that show, and the curated
entry is the one admins wrote: "La casa de papel" is Money Heist), and so are
real shows the question set asks about as unknown, so its labels hold at every size.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
from pathlib import Path

from bench.questions import EXTRA_KNOWLEDGE, load_cases
from bot.core.knowledge import load_knowledge
from bot.core.text import drop_leading_article, fold
from bot.importing import run_import
from bot.paths import bundled_knowledge_dir

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CACHE = ROOT / "bench" / ".cache"
SHARD = 1000

# (importer source, file): the real titles, richest source first so merges keep its facts.
REAL_SOURCES = (
    ("tvmaze-top", "tvmaze_top_shows_with_cast.csv"),
    ("netflix", "netflix_titles.csv"),
    ("tvmaze-series", "tvmaze_series_data.csv"),
    ("tvmaze-titles", "tvmaze_show_titles.csv"),
)


def _importer_stamp() -> str:
    """A hash of the importer's code: the cached import is redone when the importer changes."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "bot" / "importing").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def real_shows(data: Path = DATA, cache: Path = CACHE, sources=REAL_SOURCES) -> list[dict]:
    """Every real show the importer makes of the datasets (imported once, then cached)."""
    target = cache / "imported"
    marker = target / ".complete"
    stamp = _importer_stamp()
    if not marker.exists() or marker.read_text().strip() != stamp:
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for source, name in sources:
            run_import(source, data / name, target)
        marker.write_text(stamp + "\n")
    shows: list[dict] = []
    for path in sorted(target.glob("*.yaml")):
        shows.extend(_read_shard(path))
    return shows


def _read_shard(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):
        return json.loads(text)["shows"]
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["shows"]


def _title_key(title: str) -> str:
    return " ".join(drop_leading_article(fold(title).split()))


def _asked_as_unknown(title: str, unknown_questions: list[str]) -> bool:
    """The question set labels "is severance renewed" as a show the base does not know; a real
    "Severance" in the padding would make a right answer look wrong, so it stays out."""
    folded = fold(title)
    phrases = {folded, _DIGITS_APART.sub(r"\1", folded)}  # "9 1 1 lone star" is "911 lone star"
    if ":" in title:
        phrases.add(fold(title.split(":", 1)[1]))  # asked by its short name, "lone star"
    return any(f" {phrase} " in question for phrase in phrases for question in unknown_questions)


_DIGITS_APART = re.compile(r"\b(\d) (?=\d\b)")


def _fan_labels() -> tuple[set[str], set[str]]:
    """The fan question set's title keys: of the shows it asks about (kept in every base),
    and of the shows it says no base holds (left out of every base)."""
    import yaml

    known: set[str] = set()
    unknown: set[str] = set()
    for half in ("tuning", "heldout"):
        path = ROOT / "tests" / "data" / "fans" / f"{half}.yaml"
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            shows = case.get("show")
            ids = shows if isinstance(shows, list) else [shows] if shows else []
            known.update([*ids, *(case.get("also") or [])])
            if case.get("unknown_title"):
                unknown.add(_title_key(str(case["unknown_title"])))
    return known, unknown


def _richest_first(show: dict) -> tuple[bool, float]:
    """Shows a source describes (network, premiere: the TVMaze top shows, the Netflix catalogue)
    come first, then by popularity: a smaller base holds the shows people ask about, as a
    real one would, not the first letters of the alphabet."""
    described = bool(show.get("network") or show.get("premiered"))
    return (not described, -float(show.get("popularity") or 0.0))


def build_base(size: int, out: Path, real: list[dict]) -> dict[str, int]:
    """Write a knowledge directory of `size` shows to `out`; returns the count of each kind."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(bundled_knowledge_dir() / "shows", out / "curated")
    shutil.copytree(EXTRA_KNOWLEDGE, out / "fixtures")
    curated = load_knowledge([out / "curated", out / "fixtures"]).snapshot
    assert curated is not None, "the curated base must be valid"
    taken_titles = {_title_key(name) for s in curated.shows for name in (s.title, *s.aliases)}
    taken_ids = set(curated.by_id)
    unknown = [f" {fold(c.question)} " for c in load_cases() if c.show is None]
    fan_known, fan_unknown = _fan_labels()
    wanted = size - len(curated.shows)
    padding = [
        show
        for show in sorted(real, key=_richest_first)
        if _title_key(str(show["title"])) not in taken_titles
        and show["id"] not in taken_ids
        and _title_key(str(show["title"])) not in fan_unknown
        and (show["id"] in fan_known or not _asked_as_unknown(str(show["title"]), unknown))
    ][: max(wanted, 0)]
    real_count = len(padding)
    index = 0
    while len(padding) < wanted:
        model = real[index % len(real)]
        index += 1
        padding.append(
            {
                "id": f"synthetic-{index}",
                "title": f"{model['title']} (synthetic {index})",
                "network": "Synthetic",
                "status": "undecided",
                "status_note": "Synthetic benchmark padding, not a real show.",
                "sources": [{"title": "showbot benchmark generator"}],
            }
        )
    for number, start in enumerate(range(0, len(padding), SHARD), start=1):
        shard = padding[start : start + SHARD]
        lines = ",\n".join(json.dumps(show, ensure_ascii=False, default=str) for show in shard)
        (out / f"shows-{number:04d}.yaml").write_text('{"shows": [\n' + lines + "\n]}\n")
    return {
        "curated": len(curated.shows),
        "real": real_count,
        "synthetic": len(padding) - real_count,
    }


def cached_base(size: int, cache: Path = CACHE) -> Path:
    """A knowledge directory of `size` shows, built once and kept in the cache until the
    importer, the bundled or fixture shows, or this module change."""
    digest = hashlib.sha256(_importer_stamp().encode())
    sources = [
        Path(__file__),
        *sorted(bundled_knowledge_dir().rglob("*.yaml")),
        *sorted((ROOT / "tests" / "data").rglob("*.yaml")),
    ]
    for path in [*sources, *sorted(EXTRA_KNOWLEDGE.rglob("*.yaml"))]:
        digest.update(path.read_bytes())
    stamp = digest.hexdigest()[:16]
    out = cache / f"base-{size}"
    marker = cache / f"base-{size}.stamp"
    if not (out.exists() and marker.exists() and marker.read_text().strip() == stamp):
        build_base(size, out, real_shows(cache=cache))
        marker.write_text(stamp + "\n")
    return out

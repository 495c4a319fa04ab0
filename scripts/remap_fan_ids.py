"""Point the fan question set's labels at the shows an importer change merged or renamed.

    python -m scripts.remap_fan_ids OLD NEW

OLD and NEW are the importer's shard folders (``bench/.cache/imported``) built from the same data
by the importer before and after the change. A label id stays when NEW's show of that id still
holds OLD's show; otherwise it becomes the id of the one NEW show that does (the same title or an
alias of it, every source and id of OLD's show, its network and premiere if it had them). Only
the ids of the ``show`` and ``also`` fields of ``tests/data/fans/{tuning,heldout}.yaml`` are
rewritten, each line kept as it was otherwise; no question is printed. Exits 1, changing nothing,
when a label's show is in no NEW show or in several.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.importing.ids import normalize_title

ROOT = Path(__file__).resolve().parent.parent
FANS = ROOT / "tests" / "data" / "fans"
HALVES = ("tuning.yaml", "heldout.yaml")

Show = Mapping[str, Any]

_QUESTION = re.compile(r'^- \{q: "(?:[^"\\]|\\.)*", ')
"""A case's line up to its first field after the question, which is never looked into."""
_FIELD = re.compile(r"\b(show|also): (\[[^\]]*\]|\"[^\"]*\"|[^,}\s]+)")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def read_shows(folder: Path) -> dict[str, Show]:
    shows: dict[str, Show] = {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(folder.glob("shows-*.yaml")):
        for show in yaml.load(path.read_text(encoding="utf-8"), Loader=loader)["shows"]:
            shows[show["id"]] = show
    return shows


def _sources(show: Show) -> set[tuple[str, str]]:
    return {(str(s.get("title")), str(s.get("url"))) for s in show.get("sources") or ()}


def holds(new: Show, old: Show) -> bool:
    """Whether ``new`` is ``old``, or ``old`` merged with more."""
    names = {normalize_title(name) for name in (new["title"], *(new.get("aliases") or ()))}
    return (
        normalize_title(old["title"]) in names
        and _sources(old) <= _sources(new)
        and (old.get("ids") or {}).items() <= (new.get("ids") or {}).items()
        and all(old.get(key) in (None, new.get(key)) for key in ("network", "premiered"))
    )


def remap(
    labels: Iterable[str], old: Mapping[str, Show], new: Mapping[str, Show]
) -> dict[str, str]:
    """Label id -> the id of NEW's show that holds OLD's show of that id, where they differ.

    Raises ``LookupError`` naming the labels whose show is in no NEW show or in several.
    """
    by_name: dict[str, list[Show]] = defaultdict(list)
    for entry in new.values():
        for name in (entry["title"], *(entry.get("aliases") or ())):
            by_name[normalize_title(name)].append(entry)
    mapping: dict[str, str] = {}
    unplaced: list[str] = []
    for label in sorted(set(labels)):
        show = old.get(label)
        if show is None or (label in new and holds(new[label], show)):
            continue  # not imported (bundled or fixture shows), or unchanged
        found = {s["id"] for s in by_name[normalize_title(show["title"])] if holds(s, show)}
        if len(found) == 1:
            mapping[label] = found.pop()
        else:
            unplaced.append(f"{label}: {len(found)} shows hold it")
    if unplaced:
        raise LookupError("; ".join(unplaced))
    return mapping


def label_ids(line: str) -> list[str]:
    """The ids of a case line's ``show`` and ``also`` fields."""
    head = _QUESTION.match(line)
    if head is None:
        return []
    fields = _FIELD.findall(line[head.end() :])
    return [i for _, value in fields if value != "null" for i in _ID.findall(value)]


def rewrite(line: str, mapping: Mapping[str, str]) -> str:
    """The line with the ids of its ``show`` and ``also`` fields mapped, one id listed once."""
    head = _QUESTION.match(line)
    if head is None:
        return line

    def field(match: re.Match[str]) -> str:
        name, value = match.groups()
        if not value.startswith("["):
            return f"{name}: {_ID.sub(lambda m: mapping.get(m.group(), m.group()), value)}"
        items: dict[str, str] = {}  # mapped id -> the item as written, quotes and all
        for item in value[1:-1].split(","):
            written = _ID.sub(lambda m: mapping.get(m.group(), m.group()), item.strip())
            items.setdefault(written.strip('"'), written)
        return f"{name}: [{', '.join(items.values())}]"

    return line[: head.end()] + _FIELD.sub(field, line[head.end() :])


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    old, new = (read_shows(Path(folder)) for folder in argv)
    files = {name: (FANS / name).read_text(encoding="utf-8") for name in HALVES}
    labels = [i for text in files.values() for line in text.splitlines() for i in label_ids(line)]
    try:
        mapping = remap(labels, old, new)
    except LookupError as exc:
        print(f"not remapped, nothing written: {exc}", file=sys.stderr)
        return 1
    rewritten = {}
    for name, text in files.items():
        lines = text.splitlines(keepends=True)
        changed = [rewrite(line, mapping) for line in lines]
        for before, after in zip(lines, changed, strict=True):
            if before != after:
                _check_same_case(before, after, mapping)
        rewritten[name] = "".join(changed)
        count = sum(before != after for before, after in zip(lines, changed, strict=True))
        print(f"{name}: {count} cases relabelled")
    for name, text in rewritten.items():
        (FANS / name).write_text(text, encoding="utf-8")
    for label, target in sorted(mapping.items()):
        print(f"{label} -> {target}")
    return 0


def _check_same_case(before: str, after: str, mapping: Mapping[str, str]) -> None:
    """Only the labels changed: the case read back is the old one with its ids mapped."""
    old, new = (yaml.safe_load(line)[0] for line in (before, after))

    def mapped(value: Any) -> Any:
        if isinstance(value, list):
            return list(dict.fromkeys(mapping.get(v, v) for v in value))
        return mapping.get(value, value) if isinstance(value, str) else value

    expected = {key: mapped(v) if key in ("show", "also") else v for key, v in old.items()}
    if new != expected:
        raise AssertionError(f"rewriting changed more than the labels of case {old['show']!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

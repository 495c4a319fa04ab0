"""The ids the rest of a knowledge directory already uses, so the live import never takes one.

The live import usually writes into a folder of a larger base (``kb/tvmaze`` beside the
hand-written ``kb/*.yaml``). Two shows with one id make the whole base fail to load, so every
id used outside the import's own folder is reserved before ids are assigned. A file that cannot
be read is skipped with a log line: the loader will report it properly.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .. import yamlio
from ..ids import slugify

__all__ = ["ids_outside"]

log = logging.getLogger(__name__)


def ids_outside(root: Path, out: Path) -> set[str]:
    """Ids of every show in ``root``'s YAML files that are not under ``out``."""
    if not root.is_dir():
        return set()
    own = out.resolve()
    ids: set[str] = set()
    for path in sorted([*root.rglob("*.yaml"), *root.rglob("*.yml")]):
        relative = path.relative_to(root).parts
        if any(part.startswith(".") for part in relative) or path.resolve().is_relative_to(own):
            continue
        try:
            document = _load(path)
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
            log.warning("%s: skipped while collecting ids: %s", path, exc)
            continue
        for show in _shows(document):
            show_id = show.get("id") or slugify(str(show.get("title") or ""))
            if show_id:
                ids.add(str(show_id))
    return ids


def _load(path: Path) -> Any:
    """JSON-style shards with the JSON parser (fast); anything else as YAML."""
    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    if body.lstrip().startswith("{"):
        with contextlib.suppress(ValueError):
            return json.loads(body)
    return yamlio.load(path)


def _shows(document: Any) -> list[Mapping[str, Any]]:
    if isinstance(document, Mapping) and isinstance(document.get("shows"), list):
        return [show for show in document["shows"] if isinstance(show, Mapping)]
    return [document] if isinstance(document, Mapping) else []

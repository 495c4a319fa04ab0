"""Reading back and writing the importer's YAML shards (``shows-0001.yaml`` ...).

Shards hold at most :data:`SHOWS_PER_FILE` shows so that no single file is slow to open or
diff, and each is replaced atomically (temp file + rename) so the bot, which may reload the
directory at any moment, never reads a half-written file. The temp files start with a dot and
end in ``.tmp``, so a loader looking for ``*.yaml`` never picks one up.

Other YAML files in the directory (hand-written shows) are never touched; their ids, and those
of every other file of the knowledge base the directory is part of (:func:`base_of`), are only
read so that imported shows do not take them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.core.layers import IMPORT_HEADER

from . import yamlio
from .entry import Dataset, Entry
from .errors import ImporterError
from .ids import slugify

__all__ = ["SHOWS_PER_FILE", "base_of", "load_existing", "shard_paths", "write_shards"]

log = logging.getLogger(__name__)

SHOWS_PER_FILE = 1000
_SHARD = re.compile(r"shows-\d{4,}\.yaml")
_HEADER = (
    f"{IMPORT_HEADER}; the next import into this directory rewrites this file.\n"
    "# Put hand-written shows in files of their own: they are never touched, and they\n"
    "# replace an imported show they share an external id (or title and premiere year) with.\n"
)


def shard_paths(out: Path) -> list[Path]:
    """The importer's own files in ``out``, in order."""
    if not out.is_dir():
        return []
    return sorted(path for path in out.iterdir() if _SHARD.fullmatch(path.name))


FORMAT_HEADING = "# The knowledge base format"
"""The first line of the format reference `showbot init` puts at the top of a base."""


def base_of(out: Path) -> Path:
    """The knowledge base ``out`` is part of: the nearest folder, ``out`` itself or above it,
    holding the format reference (``README.md``) that ``showbot init`` writes and the bundled
    base has; ``out`` itself when there is none."""
    for folder in (out, *out.absolute().parents):
        readme = folder / "README.md"
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if readme.is_file() and _first_line(readme) == FORMAT_HEADING:
                return folder
    return out


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        return handle.readline(200).strip()


def _shows_in(document: Any) -> list[Any]:
    if isinstance(document, Mapping) and "shows" in document:
        shows = document["shows"]
        return list(shows) if isinstance(shows, list) else []
    return [document] if isinstance(document, Mapping) else []


def load_existing(
    out: Path, datasets: Mapping[str, Dataset], *, merge: bool, base: Path | None = None
) -> tuple[list[Entry], set[str]]:
    """The shows earlier imports wrote to ``out`` (when ``merge``), and ids other files use:
    every YAML file under ``base`` (the knowledge base, by default :func:`base_of` ``out``)
    but ``out``'s own shards.

    A show in a shard that no import wrote (no known source) stops the import: rewriting the
    shard would lose it.
    """
    if out.exists() and not out.is_dir():
        raise ImporterError(f"--out {out} exists and is not a directory")
    shards = set(shard_paths(out))
    entries: list[Entry] = []
    reserved: set[str] = set()
    for path in sorted(shards) if merge else ():
        try:
            shows = _shows_in(_load(path))
        except (yaml.YAMLError, ValueError) as exc:
            raise ImporterError(f"{path}: not valid YAML, cannot merge into it: {exc}") from None
        for show in shows:
            entry = Entry.from_yaml(show, datasets) if isinstance(show, Mapping) else None
            if entry is None:
                name = (show.get("id") or show.get("title")) if isinstance(show, Mapping) else show
                raise ImporterError(
                    f"{path}: show {name!r} was not written by an import; move it to a file of "
                    "its own (or import without merging) so it is not lost"
                )
            entries.append(entry)
    base = base_of(out) if base is None else base
    own = {path.resolve() for path in shards}
    if base.is_dir():
        for path in sorted([*base.rglob("*.yaml"), *base.rglob("*.yml")]):
            hidden = any(part.startswith(".") for part in path.relative_to(base).parts)
            if hidden or path.resolve() in own:
                continue
            try:
                shows = _shows_in(_load(path))
            except (OSError, yaml.YAMLError, ValueError) as exc:
                log.warning("%s: skipped while collecting ids: %s", path, exc)
                continue
            for show in shows:
                if not isinstance(show, Mapping):
                    continue
                show_id = show.get("id") or slugify(str(show.get("title") or ""))
                if show_id:
                    reserved.add(str(show_id))
    return entries, reserved


@functools.cache
def _new_file_mode() -> int:
    """What ``open()`` would create (0666 minus the umask), read once."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def flow_dump(shows: list[dict[str, Any]]) -> str:
    """`{"shows": [...]}` with one show per line: YAML's JSON-compatible flow style.

    Every YAML reader reads it (it is still our knowledge format), and the bot's loader reads
    it with the C JSON parser, about thirty times faster than block-style YAML: what makes a
    100,000-show base load in seconds. One show per line keeps diffs and error lines useful.
    """
    lines = ",\n".join(json.dumps(show, ensure_ascii=False, default=_plain) for show in shows)
    return '{"shows": [\n' + lines + "\n]}\n"


def _plain(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to a knowledge file")


def _load(path: Path) -> Any:
    """A shard or hand-written file: JSON-style shards with the fast JSON parser."""
    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    if body.lstrip().startswith("{"):
        with contextlib.suppress(ValueError):
            return json.loads(body)  # else hand-edited into block YAML: read it as YAML
    return yamlio.load(path)


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file and a rename, so readers see the old file or the new one."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); the bot may run as another user.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = _new_file_mode()
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_shards(out: Path, entries: Iterable[Entry]) -> list[Path]:
    """Write ``entries`` sorted by id into shards; remove shards left over from a larger base."""
    out.mkdir(parents=True, exist_ok=True)
    ordered = sorted(entries, key=lambda entry: entry.id)
    written: list[Path] = []
    for start in range(0, len(ordered), SHOWS_PER_FILE):
        path = out / f"shows-{len(written) + 1:04d}.yaml"
        shows = [entry.to_yaml() for entry in ordered[start : start + SHOWS_PER_FILE]]
        _atomic_write(path, _HEADER + flow_dump(shows))
        written.append(path)
    for stale in set(shard_paths(out)) - set(written):
        stale.unlink()
        log.info("removed %s (the base is now smaller)", stale)
    return written

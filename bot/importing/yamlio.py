"""YAML reading and writing fast enough for a 100,000-show base.

PyYAML's C classes (``CSafeDumper``/``CSafeLoader``) parse and emit in C, but still call back into
Python for every node: representing, resolving implicit tags, constructing. At tens of thousands
of shows those callbacks cost more than the C work, so this module trims them for the plain
data the importer handles (str, int, float, date, dict, list), while everything else goes
through PyYAML's own safe code paths. The output is byte-identical to ``yaml.dump`` with the
same dumper, which the tests check.

The garbage collector is paused around bulk work: building a million small objects otherwise
triggers repeated full collections of everything already built, which doubles the time.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

__all__ = ["dump", "gc_paused", "load"]

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"

if TYPE_CHECKING:  # the C classes when libyaml is there; the same interface either way
    _BaseDumper = yaml.SafeDumper
    _BaseLoader = yaml.SafeLoader
else:
    _BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_WORD_TAGS = frozenset({"tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"})


@dataclass(frozen=True, slots=True)
class _PlainStrings:
    """Which plain scalars no implicit resolver can match, so their tag is plain ``str``.

    Gives the same answer as ``Resolver.resolve`` without running its regexes: most strings
    start with a character no resolver looks at, and after a letter whose only resolvers are
    bool and null, only their words (``false``, ``null``, ``off`` ..., at most five letters) can
    match. Derived from the resolver table, so an added resolver just disables the shortcut.
    """

    special_first: frozenset[str]
    word_first: frozenset[str]
    enabled: bool

    @classmethod
    def of(cls, resolver: type[BaseResolver]) -> _PlainStrings:
        """Read from the resolver class when a dumper or loader starts, so later additions count."""
        resolvers: dict[str | None, list[tuple[str, Any]]] = resolver.yaml_implicit_resolvers
        word_first = frozenset(
            key
            for key, entries in resolvers.items()
            if key and key.isalpha() and all(tag in _WORD_TAGS for tag, _ in entries)
        )
        special = frozenset(key for key in resolvers if key)
        # Path resolvers and wildcard resolvers can match anything: no shortcut then.
        enabled = None not in resolvers and not resolver.yaml_path_resolvers
        return cls(special, word_first, enabled)

    def tag(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str | None:
        """The tag ``Resolver.resolve`` would give, or ``None`` to let it decide."""
        if not self.enabled:
            return None
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR
            first = value[:1]
            if first and (
                first not in self.special_first or (first in self.word_first and len(value) > 5)
            ):
                return _STR
            return None
        return _MAP if kind is MappingNode else _SEQ if kind is SequenceNode else None


class _Dumper(_BaseDumper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain = _PlainStrings.of(type(self))

    def ignore_aliases(self, data: Any) -> bool:
        """Never write anchors: shows share source dicts in memory, not in the file."""
        return True

    def represent_data(self, data: Any) -> Node:
        kind = type(data)
        if kind is str:
            return ScalarNode(_STR, data)
        if kind is dict:
            represent = self.represent_data
            pairs = [(represent(key), represent(value)) for key, value in data.items()]
            return MappingNode(_MAP, pairs, flow_style=False)
        if kind is list:
            represent = self.represent_data
            return SequenceNode(_SEQ, [represent(item) for item in data], flow_style=False)
        return super().represent_data(data)

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        return self._plain.tag(kind, value, implicit) or super().resolve(kind, value, implicit)


class _Loader(_BaseLoader):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain = _PlainStrings.of(type(self))

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        return self._plain.tag(kind, value, implicit) or super().resolve(kind, value, implicit)


def _build(loader: Any, node: Node) -> Any:
    if type(node) is ScalarNode:
        # Strings are the bulk; dates, numbers and the rest use the safe constructor.
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if type(node) is MappingNode and node.tag == _MAP:
        mapping = {}
        for key, value in node.value:
            if key.tag == _MERGE:
                return loader.construct_object(node, deep=True)
            mapping[_build(loader, key)] = _build(loader, value)
        return mapping
    if type(node) is SequenceNode and node.tag == _SEQ:
        return [_build(loader, item) for item in node.value]
    return loader.construct_object(node, deep=True)  # merge keys, explicit tags: rare


def load(path: Path) -> Any:
    """``yaml.safe_load`` of one file, about twice as fast on large files."""
    with path.open("rb") as handle:
        loader = _Loader(handle)
        try:
            node = loader.get_single_node()
            return None if node is None else _build(loader, node)
        except TypeError as exc:  # a list or mapping used as a key
            raise yaml.YAMLError(f"{path}: unusable mapping key: {exc}") from None
        finally:
            loader.dispose()


def dump(data: Any) -> str:
    """The knowledge-file form: block style, unicode as is, keys in our order, no folding."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,  # one fact per line, never folded: easier to grep and diff
    )


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (restoring its previous state) for bulk work."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

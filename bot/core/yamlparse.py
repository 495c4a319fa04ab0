"""Parsing one knowledge file's YAML: line numbers kept, hostile shapes refused, nothing raised
but `yaml.YAMLError`.

PyYAML's safe loader runs no code, but it still trusts a file's shape. Nine levels of aliases
of aliases expand one kilobyte into a billion values, and a tag the loader cannot apply
(`!!int lots`, `!!timestamp soon`, a 5,000-digit number) raises whatever its constructor
raises. Here the node tree is measured before anything is built from it (`TooComplex`, on the
line where it happens), and a value the loader cannot read becomes an `Unreadable` value that
the checker reports on its field like any other wrong value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import yaml
from yaml.nodes import Node

from bot.core.limits import MAX_ALIAS_VALUES, MAX_NESTING

NESTED_TOO_DEEP = (
    f"lists and mappings nest more than {MAX_NESTING} levels deep here; a show needs far fewer "
    "(is a bracket left open?)"
)
_SHOWN = 40
"""Characters of an unreadable value quoted in a message."""


class _Mapping(dict[Any, Any]):
    """A YAML mapping that remembers where it and each of its keys were written."""

    line: int = 0
    key_lines: dict[Any, int]
    duplicate_keys: list[tuple[Any, int]]


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A value YAML cannot build as its tag says: the checker names it as a wrong value."""

    tag: str
    text: str
    """The value as written (a scalar), or its kind (a list or mapping)."""

    def __str__(self) -> str:
        tag = self.tag.replace("tag:yaml.org,2002:", "!!")
        if tag == "!!int" and self.text.lstrip("+-").isdigit():
            return f"a number of {len(self.text.lstrip('+-'))} digits"
        text = self.text if len(self.text) <= _SHOWN else self.text[:_SHOWN] + "..."
        if not text.isprintable():
            text = repr(text)
        return f"`{tag} {text}` (which YAML cannot read as {tag}: drop the tag)"


class TooComplex(yaml.MarkedYAMLError):
    """A file whose values nest too deeply or whose aliases repeat too much."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem=problem, problem_mark=yaml.Mark("", 0, line - 1, 0, "", 0))


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[_Mapping]:
    data = _Mapping()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    data.duplicate_keys = []
    yield data
    written = [key for key, _ in node.value if key.tag != "tag:yaml.org,2002:merge"]
    data.update(loader.construct_mapping(node))  # also applies `<<: *anchor` merges
    for key_node in written:
        key = loader.construct_object(key_node)
        line = key_node.start_mark.line + 1
        if key in data.key_lines:
            data.duplicate_keys.append((key, line))
        else:
            data.key_lines[key] = line


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """Keep an impossible date such as 2022-13-45 as text so validation can name it."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:  # a date's shape, but no such day
        return loader.construct_scalar(node)
    except (AttributeError, TypeError, yaml.YAMLError):  # `!!timestamp soon`
        return _unreadable(node)


def _tolerant(construct: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """`construct`, answering `Unreadable` where it would raise (`!!int lots`, `!!bool maybe`,
    `!!float {}`, an integer past Python's 4,300 digits)."""

    def constructor(loader: Any, node: Node) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, TypeError, AttributeError, KeyError, yaml.YAMLError):
            return _unreadable(node)

    return constructor


def _construct_unknown(loader: Any, node: Node) -> Unreadable:
    """A tag that knowledge files have no use for (`!!python/object`, `!secret`)."""
    return _unreadable(node)


def _unreadable(node: Node) -> Unreadable:
    if isinstance(node.value, str):
        text = node.value
    else:
        text = "[...]" if isinstance(node, yaml.SequenceNode) else "{...}"
    return Unreadable(str(node.tag), text)


if TYPE_CHECKING:  # libyaml's C loader when present; the same interface either way
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    """libyaml's fast parser when present, with mappings that carry line numbers."""


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
for _tag in ("int", "float", "bool", "binary"):  # the others build collections: they raise
    # ConstructorError, which is located
    _full_tag = f"tag:yaml.org,2002:{_tag}"
    _LineLoader.add_constructor(_full_tag, _tolerant(yaml.SafeLoader.yaml_constructors[_full_tag]))
_LineLoader.add_constructor(None, _construct_unknown)


def parse_yaml(text: str) -> Any:
    """Parse YAML text; raises yaml.YAMLError with a position on syntax errors, and
    `TooComplex` (one of them) when the values nest or repeat beyond the limits."""
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_shape(node, aliases=_may_hold_aliases(text))
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _may_hold_aliases(text: str) -> bool:
    """An alias is written `*name`: without a `*` there is none to follow."""
    return "*" in text


def check_shape(root: Node, *, aliases: bool = True) -> None:
    """Raise `TooComplex` where the values under `root` nest more than `MAX_NESTING` deep,
    or where aliases repeat more than `MAX_ALIAS_VALUES` values.

    The walk follows aliases as the built values would, counting each value it reaches again,
    so it stops after a bounded number of steps whatever the file holds (a cycle included).
    `aliases=False` skips the bookkeeping for text with no alias in it.
    """
    seen: set[int] = set()
    repeated = 0
    line = root.start_mark.line + 1
    stack: list[tuple[Node, int, int, int]] = [(root, 1, line, 0)]
    """(node, depth, line it is written on, line of the alias it repeats or 0)."""
    while stack:
        node, depth, line, alias_line = stack.pop()
        if alias_line:
            repeated += 1
            if repeated > MAX_ALIAS_VALUES:
                raise TooComplex(
                    alias_line,
                    f"aliases (`*name`) repeat more than {MAX_ALIAS_VALUES:,} values; aliases "
                    "of aliases multiply: write the values out instead",
                )
        value = node.value
        if type(value) is not list:
            continue
        if depth > MAX_NESTING:
            raise TooComplex(line, NESTED_TOO_DEEP)
        if aliases and not alias_line:
            if id(node) in seen:
                alias_line = line
            else:
                seen.add(id(node))
        for item in reversed(value):
            if type(item) is tuple:  # a mapping's (key, value): the key's line is the value's
                key, child = item
                key_line = key.start_mark.line + 1
                stack.append((child, depth + 1, key_line, alias_line))
                stack.append((key, depth + 1, key_line, alias_line))
            else:  # an alias's node is where its anchor is: the list is where it is used
                item_line = max(item.start_mark.line + 1, line)
                stack.append((item, depth + 1, item_line, alias_line))

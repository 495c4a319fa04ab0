"""The engine is a pure core: nothing under bot/core imports discord (architecture rule 1)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import bot.core

CORE = Path(bot.core.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_core_module_imports_discord() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert files

    offenders = {
        path.name: sorted(m for m in imported_modules(path) if m.split(".")[0] == "discord")
        for path in files
    }

    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_importing_the_core_does_not_load_discord() -> None:
    modules = ", ".join(
        f"bot.core.{p.stem}" for p in sorted(CORE.glob("*.py")) if p.stem != "__init__"
    )
    code = f"import sys, {modules}; print('discord' in sys.modules)"

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=CORE.parent.parent,
    )

    assert result.stdout.strip() == "False"

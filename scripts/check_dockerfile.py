"""Run the Dockerfile's build steps in a fresh venv, since there is no container runtime here.

    python -m scripts.check_dockerfile    # dependencies from PyPI, as `docker build` gets them

It reads the Dockerfile itself, so the two cannot drift: the files its COPY lines name are copied
into a temporary /app, then every RUN marked `# build step` runs there with the fresh venv's
`pip` and `showbot` first on PATH. A COPY that misses a file the package needs, a pip install
that fails, or a `showbot check` that fails on the installed package, fails this check.
CI runs it (.ci/run); the test suite checks the plan it reads (tests/test_deploy.py), as the
suite never touches the network.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("check_dockerfile")
REPO_ROOT = Path(__file__).resolve().parents[1]
MARK = "# build step"


@dataclass(frozen=True)
class Plan:
    """What the Dockerfile copies (source, destination under /app) and the marked commands."""

    copies: list[tuple[str, str]]
    steps: list[str]


def read_plan(dockerfile: Path) -> Plan:
    copies: list[tuple[str, str]] = []
    steps: list[str] = []
    marked = False
    for raw in dockerfile.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith(MARK):
            marked = True
            continue
        if line.startswith("COPY "):
            *sources, target = shlex.split(line[5:])
            copies += [(source, target) for source in sources]
        elif line.startswith("RUN ") and marked:
            steps.append(line[4:].strip())
        if line and not line.startswith("#"):
            marked = False
    if not steps:
        raise SystemExit(f"{dockerfile}: no RUN line is marked '{MARK}'")
    return Plan(copies, steps)


def copy_sources(plan: Plan, app: Path) -> None:
    for source, target in plan.copies:
        origin = REPO_ROOT / source
        destination = app / target if not target.endswith("/") else app / target / origin.name
        if target in ("./", "."):
            destination = app / origin.name
        if origin.is_dir():
            shutil.copytree(origin, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, destination)


def fresh_venv(where: Path) -> Path:
    """A new venv with pip and nothing else, like the image's fresh Python."""
    venv.EnvBuilder(with_pip=True).create(where)
    return where / "bin"


def run_steps(plan: Plan, app: Path, bin_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHOWBOT_", "PIP_"))}
    env |= {"PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", "PIP_NO_CACHE_DIR": "1"}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    for step in plan.steps:
        log.info("RUN %s", step)
        subprocess.run(step, shell=True, cwd=app, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dockerfile", type=Path, default=REPO_ROOT / "Dockerfile")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    plan = read_plan(args.dockerfile)
    with tempfile.TemporaryDirectory(prefix="showbot-docker-") as tmp:
        app = Path(tmp) / "app"
        app.mkdir()
        copy_sources(plan, app)
        bin_dir = fresh_venv(Path(tmp) / "venv")
        try:
            run_steps(plan, app, bin_dir)
        except subprocess.CalledProcessError as exc:
            log.error("build step failed (exit %d): %s", exc.returncode, exc.cmd)
            return 1
    log.info("every build step of %s passed", args.dockerfile.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Small helpers shared by tests: run the CLI in a directory, locate fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
SEEDS = ROOT / "data" / "sources"  # the seed texts, as imported into data/


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run `planportal ARGS` as a user would, in `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "planportal.cli", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8"
    )


def copy_portal(dest: Path, name: str = "data") -> Path:
    """A fresh copy of the small hand-written fixture portal at dest/name."""
    target = dest / name
    shutil.copytree(FIXTURES / "portal", target)
    return target

"""Small helpers shared by tests: run the CLI in a directory, locate fixtures, talk to a local server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
SEEDS = ROOT / "data" / "sources"  # the seed texts, as imported into data/
CONFIG = ROOT / "mkdocs.yml"


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


def site_config(tmp: Path, *replacements: tuple[str, str]) -> Path:
    """The repository's mkdocs.yml, written to tmp with its directories made absolute and some lines changed."""
    text = CONFIG.read_text(encoding="utf-8")
    for old, new in (("docs_dir: docs ", f"docs_dir: {ROOT / 'docs'} "),
                     ("custom_dir: templates/overrides", f"custom_dir: {ROOT / 'templates' / 'overrides'}"),
                     ("      templates: templates", f"      templates: {ROOT / 'templates'}"), *replacements):
        assert old in text, old
        text = text.replace(old, new)
    path = tmp / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(url: str) -> str | None:
    """The page's text, or None when the server answers with an error or not at all."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def http_status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


def wait_for(check, seconds: float):
    """check()'s first true value within `seconds`, or None."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    return None

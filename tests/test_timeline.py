"""Timelines (planportal.timeline): well-formed SVG with a link and a title per mark, the calendar."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from helpers import FIXTURES
from planportal import timeline
from planportal.loader import load

AS_OF = dt.date(2024, 6, 15)
SVG = "{http://www.w3.org/2000/svg}"


def svgs_of(html: str) -> list[ET.Element]:
    found = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert found, "no <svg> in the timeline"
    return [ET.fromstring(s) for s in found]  # well-formed XML or this raises


def svg_of(html: str) -> ET.Element:
    return svgs_of(html)[0]


@pytest.fixture(scope="module")
def portal():
    p, _ = load(FIXTURES / "status")
    return p


def test_svg_is_well_formed_with_title_desc_and_linked_marks(portal):
    plan = portal.plan_by_id["ceshi-ranqi"]
    html = timeline.render_timeline(portal, plan.tasks, base="../../", as_of=AS_OF, caption="燃气：完成期限")
    svg = svg_of(html)
    assert svg.get("role") == "group"  # it holds links: an "img" would hide them (axe: nested-interactive)
    assert svg.find(f"{SVG}title").text == "燃气：完成期限"
    assert "2024年6月15日" in svg.find(f"{SVG}desc").text
    links = svg.findall(f".//{SVG}a")
    assert links
    hrefs = set()
    for a in links:
        href = a.get("href")
        assert re.fullmatch(r"\.\./\.\./(tasks/[^/]+|plans/[^/]+)/", href), href
        if href.startswith("../../tasks/"):
            title = a.find(f"{SVG}title")
            assert title is not None and title.text.strip(), href
        hrefs.add(href)
    assert {f"../../tasks/{t.id}/" for t in plan.tasks} == {h for h in hrefs if "/tasks/" in h}


def test_marks_by_kind_and_status(portal):
    tasks = portal.tasks
    svgs = svgs_of(timeline.render_timeline(portal, tasks, base="./", as_of=AS_OF, caption="全部"))
    assert len(svgs) == 2  # one chart per plan, on one axis
    assert svgs[0].get("viewBox").split()[2] == svgs[1].get("viewBox").split()[2]
    assert [s.find(f"{SVG}title").text for s in svgs] == ["全部：测试区燃气安全专项方案", "全部：测试区消防安全专项方案"]
    classes = " ".join(e.get("class", "") for svg in svgs for e in svg.iter())
    for cls in ("pp-tl-point", "pp-tl-span", "pp-tl-ongoing", "pp-tl-open", "pp-tl-tick", "pp-tl-today",
                "pp-tl--due-soon", "pp-tl--done", "pp-tl--paused"):
        assert cls in classes, cls
    titles = [t.text for svg in svgs for t in svg.iter(f"{SVG}title")]
    assert "1.开展燃气隐患排查：2024年6月30日前（2024-06-30）（临期）" in titles
    assert "4.宣传消防知识：长期坚持" in titles
    # the "today" marker sits at as_of, between the year lines
    for svg in svgs:
        today = svg.find(f".//{SVG}g[@class='pp-tl-today']")
        assert "统计日 2024-06-15" in "".join(today.itertext())
    # several plans: a row names each plan
    assert "测试区消防安全专项方案" in "".join(svgs[1].itertext())


def test_overdue_is_shown_after_the_cutoff(portal):
    html = timeline.render_timeline(portal, portal.tasks, base="./", as_of=dt.date(2024, 7, 1), caption="全部")
    assert "pp-tl-row pp-tl--overdue" in html
    assert '<span class="pp-status pp-status--overdue">逾期</span>' in html  # in the calendar too


def test_calendar_lists_every_deadline_by_month(portal):
    html = timeline.render_timeline(portal, portal.tasks, base="../../", as_of=AS_OF, caption="全部")
    months = re.findall(r'<h4><a href="\.\./\.\./deadlines/([0-9-]+)/">(\d+年\d+月)</a></h4>', html)
    assert months == [("2024-05", "2024年5月"), ("2024-06", "2024年6月"), ("2024-07", "2024年7月"),
                      ("2024-09", "2024年9月"), ("2024-12", "2024年12月")]
    assert html.count('<time datetime="2024-06-30">30日</time>') == 2
    assert "长期坚持（2 项）" in html and "定期开展（1 项）" in html and "年度任务（1 项）" in html
    assert "pp-calendar__month--now" in html


def test_nothing_to_show_and_no_deadlines():
    fixture, _ = load(FIXTURES / "portal")
    assert timeline.render_timeline(fixture, [], base="./", as_of=AS_OF, caption="空") == ""
    undated = [t for t in fixture.tasks if not t.deadlines]
    html = timeline.render_timeline(fixture, undated, base="./", as_of=AS_OF, caption="无期限")
    assert "<svg" not in html and "未写明完成期限" in html


def test_deterministic(portal):
    a = timeline.render_timeline(portal, portal.tasks, base="./", as_of=AS_OF, caption="全部")
    assert a == timeline.render_timeline(portal, portal.tasks, base="./", as_of=AS_OF, caption="全部")


def test_recurring_intervals():
    assert timeline.recurring_months("每季度") == 3
    assert timeline.recurring_months("每月") == 1
    assert timeline.recurring_months("每年") == 12
    assert timeline.recurring_months("定期") is None


def test_portal_wide_page(portal):
    pages = timeline.outputs(portal, AS_OF)
    assert [p.path for p in pages] == ["timeline/index.md"]  # the address timeline/, as any top-level page
    page = pages[0]
    assert not page.in_nav
    assert len(svgs_of(page.content)) == 2  # one chart per plan with placeable deadlines
    assert 'href="../plans/ceshi-notice/matrix/"' in page.content

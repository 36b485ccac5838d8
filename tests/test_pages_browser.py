"""Layout a reader meets, in Debian's Chromium: the 统计日 label inside the chart, the timeline
as a vertical list on a 375 px phone, no scroll box inside a scroll box on a phone, collective
units named with their jurisdiction in the finder."""

from __future__ import annotations

import datetime as dt

import pytest

from browsing import needs_chromium, serve
from helpers import FIXTURES, ROOT
from planportal import timeline
from planportal.loader import load
from planportal.render import TEMPLATES

pytestmark = needs_chromium
MOUNT = "/gov/portal/"
PHONE, DESKTOP = 375, 1280
CSS = TEMPLATES / "assets" / "css"


@pytest.fixture(scope="module")
def served(seed_site, tmp_path_factory):
    with serve(seed_site.root, tmp_path_factory.mktemp("www-pages"), MOUNT) as url:
        yield url


def _open(browser, url: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(url, wait_until="load")
    return context, page


@pytest.mark.parametrize("as_of", [dt.date(2024, 6, 15), dt.date(2025, 12, 31)], ids=["middle", "right-edge"])
def test_the_today_label_is_never_clipped(browser, as_of):
    portal, _ = load(FIXTURES / "status")
    html = timeline.render_timeline(portal, portal.tasks, base="./", as_of=as_of, caption="全部")
    style = "".join(p.read_text(encoding="utf-8") for p in sorted(CSS.glob("*.css")))
    page = browser.new_page(viewport={"width": DESKTOP, "height": 800})
    try:
        page.set_content(f"<!doctype html><meta charset=utf-8><style>{style}</style><body>{html}</body>")
        boxes = page.evaluate("""() => [...document.querySelectorAll('svg.pp-timeline')].map(svg => {
            const box = svg.querySelector('.pp-tl-today text').getBBox();
            return [box.x, box.x + box.width, svg.viewBox.baseVal.width];
        })""")
    finally:
        page.close()
    assert boxes
    for left, right, width in boxes:
        assert 0 <= left and right <= width, (left, right, width)


PLAN = "plans/banan-2024-shuili/"  # deadlines in five months


def test_on_a_phone_the_timeline_is_a_vertical_list(browser, served):
    context, page = _open(browser, served + PLAN, PHONE)
    try:
        block = page.locator(".pp-timeline-block").first
        assert page.locator("svg.pp-timeline").first.is_hidden()
        boxes = page.evaluate("""() => [...document.querySelectorAll('.pp-calendar__months > li')]
            .map(li => { const r = li.getBoundingClientRect(); return [r.left, r.top, r.width, li.className]; })""")
        assert len(boxes) >= 3 and any("pp-calendar__today" in b[3] for b in boxes)
        lefts = {round(b[0]) for b in boxes}
        tops = [b[1] for b in boxes]
        assert len(lefts) == 1 and tops == sorted(tops) and len(set(tops)) == len(tops)  # one column, top to bottom
        assert all(b[0] + b[2] <= PHONE for b in boxes)
        assert block.evaluate("b => [...b.querySelectorAll('*')].every(e => e.scrollWidth <= e.clientWidth + 1 "
                              "|| getComputedStyle(e).overflowX === 'visible')")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    finally:
        context.close()
    context, page = _open(browser, served + PLAN, DESKTOP)
    try:
        assert page.locator("svg.pp-timeline").first.is_visible()
    finally:
        context.close()


SCROLL_BOXES = """() => {
  const boxes = [];
  for (const e of document.querySelectorAll('body *')) {
    const s = getComputedStyle(e);
    const x = /auto|scroll/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
    const y = /auto|scroll/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
    if (x || y) boxes.push(e);
  }
  return boxes.map(e => ({cls: e.className && e.className.baseVal !== undefined ? e.className.baseVal : e.className,
                          vertical: /auto|scroll/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1,
                          nested: boxes.some(o => o !== e && o.contains(e))}));
}"""


@pytest.mark.parametrize("path", ["plans/banan-banananban-2024-24/", "plans/banan-banananban-2024-24/matrix/",
                                  "plans/banan-2024-gongan/", "units/banan-gonganfenju/", "timeline/", "", "finder/"],
                         ids=["notice", "matrix", "plan", "unit", "timeline", "home", "finder"])
def test_no_scroll_box_traps_a_thumb_on_a_phone(browser, served, path):
    context, page = _open(browser, served + path, PHONE)
    try:
        page.wait_for_timeout(300)
        boxes = page.evaluate(SCROLL_BOXES)
    finally:
        context.close()
    assert not [b for b in boxes if b["vertical"]], boxes  # nothing scrolls up and down but the page
    assert not [b for b in boxes if b["nested"]], boxes  # and no scroll box inside another


def test_the_finder_names_a_collective_unit_with_its_jurisdiction(browser, served):
    context, page = _open(browser, served + "finder/?unit=gaoan-shizhiyouguanbumen", DESKTOP)
    try:
        page.wait_for_selector(".pp-facet__item input[value='gaoan-shizhiyouguanbumen']")
        label = page.locator(".pp-facet__item", has=page.locator("input[value='gaoan-shizhiyouguanbumen']"))
        assert label.locator(".pp-facet__label").inner_text() == "市直有关部门（高安市）"
        assert "市直有关部门（高安市）" in page.locator(".pp-chips").inner_text()
        page.fill(".pp-facet__filter input", "河北")
        names = page.locator(".pp-facet[data-facet='unit'] .pp-facet__label").all_inner_texts()
        assert "各市党委、政府（河北省）" in names
        page.fill(".pp-facet__filter input", "公安分局")
        names = page.locator(".pp-facet[data-facet='unit'] .pp-facet__label").all_inner_texts()
        assert "巴南区公安分局" in names  # a name that says its place is not told it twice
    finally:
        context.close()


def test_an_address_made_before_a_long_text_was_split_still_finds_its_line(browser, served, seed_site):
    task = seed_site.portal.task_by_id["banan-2024-bananhaishiju-7-2"]
    context, page = _open(browser, f"{served}sources/000_478a42098a3f10ff/#L{task.line}", DESKTOP)
    try:
        page.wait_for_url(f"**/sources/000_478a42098a3f10ff/banan-2024-bananhaishiju/#L{task.line}")
        assert page.locator(f"#L{task.line}").is_visible()
    finally:
        context.close()

"""Accessibility as a reader meets it, in Debian's Chromium on the seed portal: axe-core
finds no serious or critical violation on any kind of page, no text is under 14 px, and
the 长者模式 switch on every page makes text larger, contrast higher and targets bigger,
and is remembered, without pop-ups."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsing import needs_chromium, serve
from planportal.outputs import urls

pytestmark = needs_chromium
MOUNT = "/portal/"
PAGES = {
    "home": "",
    "plan": urls.plan("banan-2024-gongan"),
    "unit": urls.unit("banan-gonganfenju"),
    "task": urls.task("banan-2024-gongan-3-1-1"),
    "deadline": urls.deadline("2024-12"),
    "search": "search/?q=燃气 隐患",
    "finder": "finder/?jurisdiction=巴南区&role=lead",
}
WIDTHS = (1280, 375)


@pytest.fixture(scope="module")
def served(seed_site, tmp_path_factory):
    with serve(seed_site.root, tmp_path_factory.mktemp("www-a11y"), MOUNT) as url:
        yield url


def open_page(browser, url: str, width: int, elder: bool = False):
    context = browser.new_context(viewport={"width": width, "height": 900})
    if elder:
        context.add_init_script("localStorage.setItem('planportal-elder', '1')")
    page = context.new_page()
    page.goto(url)
    if "search/" in url or "finder/" in url:
        page.wait_for_selector("[data-state=done]")
    return context, page


SMALL_TEXT = """() => {
  const out = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walk.nextNode());) {
    const e = n.parentElement;
    if (!n.textContent.trim() || !e.closest('.md-content, .md-footer') || e.closest('svg')) continue;
    if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') continue;
    const size = parseFloat(getComputedStyle(e).fontSize);
    if (size < 14) out.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${size}px: ${n.textContent.trim().slice(0, 20)}`);
  }
  return out;
}"""



@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_violation_and_no_text_is_under_14_px(browser, served, name, width):
    """axe-core: no serious or critical violation. Meta text, counts and badges included, no
    text is under 14 px (the SVG timeline's axis labels scale with the chart)."""
    context, page = open_page(browser, served + PAGES[name], width)
    try:
        assert page.locator("h1").first.is_visible() and page.locator(".pp-elder-toggle").count() == 1
        results = Axe().run(page)
        bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], "\n".join(bad)
        assert page.evaluate(SMALL_TEXT)[:10] == []
    finally:
        context.close()


MEASURE = """() => {
  const px = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
  const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const muted = document.querySelector('.pp-item__meta, .pp-count, .pp-note, .pp-result__meta');
  const contrast = (lum('rgb(255,255,255)') + 0.05) / (lum(getComputedStyle(muted).color) + 0.05);
  const button = document.querySelector('.pp-elder-toggle').getBoundingClientRect();
  return {text: px('.md-typeset'), contrast, button: button.height,
          elder: document.documentElement.classList.contains('pp-elder'),
          pressed: document.querySelector('.pp-elder-toggle').getAttribute('aria-pressed')};
}"""


def test_elder_mode_is_larger_higher_contrast_remembered_and_never_pops_up(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    popups = []
    page = context.new_page()
    context.on("page", lambda p: popups.append(p.url))
    page.on("dialog", lambda d: (popups.append(d.message), d.dismiss()))
    try:
        page.goto(served)
        switch = page.get_by_role("button", name="长者模式")
        assert switch.is_visible()
        normal = page.evaluate(MEASURE)
        assert normal["pressed"] == "false" and not normal["elder"]
        switch.focus()
        page.keyboard.press("Enter")  # operable from the keyboard
        elder = page.evaluate(MEASURE)
        assert elder["elder"] and elder["pressed"] == "true"
        assert elder["text"] >= 1.2 * normal["text"]
        assert elder["contrast"] > normal["contrast"] and elder["contrast"] >= 7
        assert elder["button"] >= 44
        for name in ("task", "deadline", "search", "finder"):  # remembered, from the first paint
            page.goto(served + PAGES[name])
            assert page.evaluate("document.documentElement.classList.contains('pp-elder')")
            assert page.get_by_role("button", name="长者模式").get_attribute("aria-pressed") == "true"
            assert page.evaluate("document.querySelectorAll('.md-typeset button, .md-typeset input[type=search]')"
                                 ".length === 0 || [...document.querySelectorAll('.md-typeset button:not([hidden]),"
                                 " .md-typeset input[type=search]')].filter(e => e.getClientRects().length)"
                                 ".every(e => e.getBoundingClientRect().height >= 44)")
        page.get_by_role("button", name="长者模式").click()
        page.goto(served)
        assert page.evaluate(MEASURE)["text"] == normal["text"]
        assert popups == []
    finally:
        context.close()


@pytest.mark.parametrize("name", ["home", "task", "search", "finder", "unit"])
def test_elder_mode_fits_a_phone(browser, served, name):
    context, page = open_page(browser, served + PAGES[name], 375, elder=True)
    try:
        assert page.evaluate("document.documentElement.classList.contains('pp-elder')")
        assert page.get_by_role("button", name="长者模式").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert page.evaluate(SMALL_TEXT) == []
    finally:
        context.close()

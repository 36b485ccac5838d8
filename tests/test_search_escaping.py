"""Search and finder results render data as text: a portal whose every field shown in
results holds HTML or script shows those characters, runs nothing and adds no element
(nor does a page's title or description)."""

from __future__ import annotations

import pytest
import yaml

from browsing import chromium, needs_chromium, serve
from conftest import FIXTURE_AS_OF, build_site
from helpers import copy_portal

pytestmark = needs_chromium
MOUNT = "/portal/"

# field -> a payload that would run or add an element if inserted as HTML
PAYLOADS = {
    "plan title": '示范区工作要点<script>window.ppXSS="plan title"</script>',
    "jurisdiction": '示范区<svg onload="window.ppXSS=\'jurisdiction\'"></svg>',
    "unit name": '住建委<img src=x onerror="window.ppXSS=\'unit name\'">',
    "number": '<b onmouseover="window.ppXSS=\'number\'">3</b>.',
    "title": '开展燃气<img src=x onerror="window.ppXSS=\'title\'">隐患排查',
    "text": '燃气排查<iframe src="javascript:window.ppXSS=\'text\'"></iframe>&amp;"\'',
    "deadline": '2024年6月底前<i onclick="window.ppXSS=\'deadline\'">前</i>',
    "written": '<u onclick="window.ppXSS=\'written\'">未列名单位</u>',
}
TAGS = "script, svg, img, iframe, b, i, u"


def payload_portal(tmp_path):
    data = copy_portal(tmp_path)
    units = yaml.safe_load((data / "units.yml").read_text(encoding="utf-8"))
    for unit in units["units"]:
        if unit["id"] == "shifan-zhujianwei":
            unit["name"] = PAYLOADS["unit name"]
    (data / "units.yml").write_text(yaml.safe_dump(units, allow_unicode=True), encoding="utf-8")
    path = data / "plans" / "shifan-2024.yml"
    plan = yaml.safe_load(path.read_text(encoding="utf-8"))
    plan["title"], plan["jurisdiction"] = PAYLOADS["plan title"], PAYLOADS["jurisdiction"]
    task = next(t for t in plan["tasks"] if t["id"] == "shifan-2024-3")
    task.update(number=PAYLOADS["number"], title=PAYLOADS["title"], text=PAYLOADS["text"])
    task["deadlines"][0]["text"] = PAYLOADS["deadline"]
    task["supervise"].append({"unit": None, "written": PAYLOADS["written"]})
    other = next(t for t in plan["tasks"] if t["id"] == "shifan-2024-4")  # a task with no lead: its units are shown
    other["units"], other["lead"] = [{"unit": None, "written": PAYLOADS["written"]}], []
    path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payloads")
    return build_site(payload_portal(tmp), tmp / "site", FIXTURE_AS_OF)


@pytest.fixture(scope="module")
def tab(payload_site, tmp_path_factory):
    with serve(payload_site.root, tmp_path_factory.mktemp("www"), MOUNT) as url, chromium() as browser:
        page = browser.new_page()
        page.errors = []
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.on("dialog", lambda d: d.dismiss())
        yield page, url


def assert_shown_as_text(page, selector: str, fields: list[str]):
    page.mouse.move(1, 1)
    for el in page.locator(selector).all():
        el.hover()  # an injected handler on hover would run now
    text = " ".join(page.locator(selector).all_inner_texts())
    for field in fields:
        assert PAYLOADS[field] in text, field
    assert page.locator(f"{selector} :is({TAGS})").count() == 0
    assert page.evaluate("window.ppXSS") is None
    assert not page.errors


def test_search_results_show_payloads_as_text(tab):
    page, url = tab
    page.goto(f"{url}search/?q=燃气")
    page.wait_for_selector("#pp-search[data-state=done]")
    assert page.locator("#pp-search [data-task-id]").count() >= 2
    assert_shown_as_text(page, "#pp-search .pp-results",
                         ["plan title", "unit name", "number", "title", "text", "deadline", "written"])


def test_unit_and_plan_names_in_search_show_payloads_as_text(tab):
    page, url = tab
    for query, field in (("住建委", "unit name"), ("工作要点", "plan title")):
        page.goto(f"{url}search/?q={query}")
        page.wait_for_selector("#pp-search[data-state=done]")
        assert page.locator("#pp-search .pp-name").count() >= 1
        assert_shown_as_text(page, "#pp-search .pp-names", [field])
    assert_shown_as_text(page, "#pp-search .pp-names", ["jurisdiction"])


def test_finder_results_facets_and_chips_show_payloads_as_text(tab):
    page, url = tab
    page.goto(f"{url}finder/?plan=shifan-2024&unit=shifan-zhujianwei&jurisdiction="
              + PAYLOADS["jurisdiction"].replace("&", "%26").replace("#", "%23") + "&q=燃气")
    page.wait_for_selector("#pp-finder[data-state=done]")
    assert page.locator("#pp-finder [data-task-id]").count() >= 1
    assert_shown_as_text(page, "#pp-finder .pp-results", ["plan title", "unit name", "number", "title", "text", "deadline"])
    assert_shown_as_text(page, "#pp-finder .pp-facets", ["plan title", "unit name", "jurisdiction"])
    assert_shown_as_text(page, "#pp-finder .pp-chips", ["plan title", "unit name", "jurisdiction"])
    page.goto(f"{url}finder/?q=管道")  # the task without a lead lists its units: the unresolved written name
    page.wait_for_selector("#pp-finder[data-state=done]")
    assert_shown_as_text(page, "#pp-finder .pp-results", ["written"])


def test_titles_and_descriptions_escape_payloads(payload_site):
    page = payload_site.html("tasks/shifan-2024-3/")
    head = page[:page.index("</head>")]
    assert "<img src=x" not in head and "<iframe" not in head and "<script>window" not in head
    assert '<meta name="description" content="示范区工作要点&lt;script&gt;' in head

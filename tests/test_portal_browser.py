"""What a reader notices, in Debian's Chromium (never a downloaded browser): the site
served under a sub-path works, requests nothing outside itself, and fits a 375 px phone."""

from __future__ import annotations

import pytest

from browsing import needs_chromium, serve
from planportal.outputs import urls

pytestmark = needs_chromium
MOUNT = "/gov/portal/"  # published under a sub-path, as on a government web site


@pytest.fixture(scope="module")
def served(fixture_site, tmp_path_factory):
    """The fixture site at http://127.0.0.1:PORT/gov/portal/."""
    with serve(fixture_site.root, tmp_path_factory.mktemp("www"), MOUNT) as url:
        yield url


def _visit(browser, site: str, path: str, width: int):
    """Open a page; return it with every request made and every failed response."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    requests, failures = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("response", lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(site + path, wait_until="load")
    page.wait_for_timeout(200)
    return context, page, requests, failures


PAGES = ["", "plans/shifan-2024/", urls.unit("shifan-zhujianwei"), urls.task("shifan-2024-3"), "sources/demo/"]


@pytest.mark.parametrize("path", PAGES, ids=["home", "plan", "unit", "task", "source"])
def test_page_requests_nothing_outside_the_site_and_nothing_fails(browser, served, path):
    context, page, requests, failures = _visit(browser, served, path, 1280)
    try:
        assert requests and all(url.startswith(served) for url in requests), requests
        assert failures == []
        assert page.locator("h1").first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("path", PAGES, ids=["home", "plan", "unit", "task", "source"])
def test_no_horizontal_scroll_on_a_phone(browser, served, path):
    context, page, _, _ = _visit(browser, served, path, 375)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        context.close()


def test_source_link_lands_on_the_task_line(browser, served):
    context, page, _, _ = _visit(browser, served, urls.task("shifan-2024-3"), 1280)
    try:
        page.get_by_role("link", name="查看原文第 8 行").click()
        page.wait_for_url("**/sources/demo/#L8")
        line = page.locator("#L8")
        assert line.is_visible()
        assert "开展燃气隐患排查" in line.inner_text()
        top = line.bounding_box()["y"]
        assert 0 <= top < 800  # scrolled into view, not hidden under the header
        page.get_by_role("link", name="任务 3.开展燃气隐患排查").click()
        page.wait_for_url("**/tasks/shifan-2024-3/")
    finally:
        context.close()


def test_phone_menu_opens_the_navigation(browser, served):
    context, page, _, _ = _visit(browser, served, urls.task("shifan-2024-3"), 375)
    try:
        page.locator("label.md-header__button[for='__drawer']").click()
        page.wait_for_timeout(300)
        link = page.locator(".md-sidebar--primary .md-nav__link", has_text="单位").first
        assert link.is_visible()
        link.click()
        page.wait_for_url("**/units/")
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_404_is_chinese_styled_and_finds_home_under_any_sub_path(browser, served, width):
    """The server shows 404.html at a missing address, however deep: it speaks Chinese, looks
    like the site (its style is inline) and its links lead to this site's pages."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        response = page.goto(served + "plans/no-such-plan/really/")
        assert response.status == 404
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("h1").inner_text() == "页面未找到"
        assert "Not found" not in page.content()
        assert page.locator("header").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(159, 29, 32)"
        page.wait_for_function("document.documentElement.dataset.ppRoot")
        assert page.get_by_role("link", name="返回首页").evaluate("a => a.href") == served
        page.get_by_role("link", name="返回首页").click()
        page.wait_for_url(served)
        assert page.locator("h1").first.is_visible()
        page.go_back()
        page.wait_for_function("document.documentElement.dataset.ppRoot")
        page.fill("#pp404-q", "燃气")
        page.press("#pp404-q", "Enter")
        page.wait_for_url(served + "search/?q=*")
        origin = served.split("/gov/")[0] + "/"  # the root is found by asking the parents of the address
        assert all(url.startswith(origin) for url in requests), requests
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()

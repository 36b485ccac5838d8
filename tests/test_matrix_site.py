"""Matrices and timelines in the built portal: every plan and unit page embeds them, 逾期 agrees
everywhere, and the notice's matrix page prints on A4 landscape with its header on every page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from conftest import build_site
from browsing import chromium
from helpers import FIXTURES, ROOT

AS_OF = dt.date(2024, 7, 1)  # due 06-30: ceshi-ranqi-1 (进行中) is one day overdue; ceshi-xiaofang-1 (no state) past due


@pytest.fixture(scope="module")
def status_site(tmp_path_factory):
    return build_site(FIXTURES / "status", tmp_path_factory.mktemp("status") / "site", AS_OF)


def test_plan_and_unit_pages_embed_matrix_and_timeline(status_site):
    for plan in status_site.portal.plans:
        if not plan.tasks:
            continue
        html = status_site.html(f"plans/{plan.id}/")
        assert "data-pp-matrix" in html and "<svg" in html and "pp-calendar" in html, plan.id
    for unit in status_site.portal.units:
        html = status_site.html(f"units/{unit.id}/")
        assert "data-pp-matrix" in html and "<svg" in html, unit.id
    for path in ("plans/ceshi-notice/matrix/", "timeline/"):
        assert status_site.page(path).is_file(), path


def test_overdue_agrees_on_every_page(status_site):
    row = re.compile(r'<tr data-task="ceshi-ranqi-1"[^>]*>.*?</tr>', re.S)
    for page in ("plans/ceshi-ranqi/", "units/ceshi-zhujianwei/", "plans/ceshi-notice/matrix/"):
        html = status_site.html(page)
        assert "pp-status--overdue" in row.search(html).group(0), page
    for page in ("plans/ceshi-ranqi/", "timeline/"):
        html = status_site.html(page)
        mark = re.search(r'<g class="pp-tl-row pp-tl--(\w[\w-]*)"><a href="[./]*tasks/ceshi-ranqi-1/"', html)
        assert mark and mark.group(1) == "overdue", page
    assert "逾期" in status_site.html("tasks/ceshi-ranqi-1/")
    assert "期限已过" in status_site.html("tasks/ceshi-xiaofang-1/")  # no state: never called late
    done = status_site.html("plans/ceshi-ranqi/")
    assert '<g class="pp-tl-row pp-tl--done"><a href="../../tasks/ceshi-ranqi-3/"' in done


def test_links_resolve(status_site, check_links):
    assert check_links(status_site.root) == []


def _needs_poppler() -> None:
    if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils not installed")


def print_pdf(page_file, pdf) -> None:
    _needs_poppler()
    with chromium() as browser:
        page = browser.new_page()
        page.goto(page_file.as_uri())
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)


@pytest.mark.skipif(not (ROOT / "data" / "plans").is_dir(), reason="no seed data")
def test_seed_notice_matrix_prints_a4_landscape_with_repeated_header(seed_site, tmp_path):
    notice = max((pid for pid in seed_site.portal.children), key=lambda pid: len(seed_site.portal.children[pid]))
    pdf = tmp_path / "matrix.pdf"
    print_pdf(seed_site.page(f"plans/{notice}/matrix/"), pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).group(1, 2))
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                            capture_output=True, text=True).stdout for n in range(1, pages + 1)]
    last = max(n for n, text in enumerate(texts) if "（项）" in text)  # the page with the totals rows
    assert last >= 1, "the matrix fits one page: nothing to repeat"
    for n in range(1, last + 1):
        text = texts[n]
        assert "任务" in text and "期限" in text and "部门" in text, f"no header on page {n + 1}"


def test_matrix_script_sorts_picks_and_filters(status_site):
    visible = "() => [...document.querySelectorAll('tbody tr[data-task]')].filter(r => r.offsetParent).map(r => r.dataset.task)"
    with chromium() as browser:
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(status_site.page("plans/ceshi-notice/matrix/").as_uri())
        selects = page.locator(".pp-matrix-tools select")
        selects.nth(1).select_option("overdue")
        assert page.evaluate(visible) == ["ceshi-ranqi-1"]
        selects.nth(1).select_option("past-due")
        assert page.evaluate(visible) == ["ceshi-xiaofang-1"]
        selects.nth(1).select_option("")
        selects.nth(0).select_option(label="区消防救援支队")
        assert page.evaluate(visible) == ["ceshi-ranqi-4", "ceshi-xiaofang-1", "ceshi-xiaofang-3"]
        selects.nth(0).select_option("")
        page.click("th.pp-matrix__due button")
        assert page.evaluate(visible)[:2] == ["ceshi-ranqi-5", "ceshi-ranqi-1"]  # earliest cut-off first
        page.click(".pp-matrix-tools summary")
        page.locator(".pp-matrix-tools fieldset", has_text="部门").locator("legend input").uncheck()
        shown = page.evaluate("() => [...document.querySelectorAll('th.pp-matrix__unit')]"
                              ".filter(h => h.offsetParent).map(h => h.dataset.kind)")
        assert "department" not in shown and shown
    assert errors == []


def test_a_notice_page_shows_the_matrix_and_timeline_of_its_sub_plans(status_site):
    html = status_site.html("plans/ceshi-notice/")
    assert "data-pp-matrix" in html and "<svg" in html
    for task in ("ceshi-ranqi-1", "ceshi-xiaofang-1"):
        assert f'data-task="{task}"' in html
    assert 'href="matrix/"' in html or 'href="../../plans/ceshi-notice/matrix/"' in html

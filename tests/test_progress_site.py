"""The repository's example progress records on the built portal: the progress index, a
period's 督查通报 (marked 示例数据, printable in Chromium) and the task, unit and plan pages."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import time
import zipfile

import openpyxl
import pytest

from browsing import chromium, serve
from conftest import build_site
from helpers import ROOT

DEMO_AS_OF = dt.date(2026, 11, 30)  # after the example periods (2026-09, 2026-10)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return build_site(ROOT / "data", tmp_path_factory.mktemp("demo") / "site", DEMO_AS_OF)


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_the_index_lists_the_periods_marked_as_examples(demo):
    html = demo.html("progress/")
    assert re.findall(r'<tr data-period="([^"]+)">', html) == ["2026-10", "2026-09"]
    assert html.count('class="pp-example"') >= 3 and "不代表真实工作进展" in html
    assert 'href="./progress/"' in demo.html("")  # the home page links to it


def test_the_period_page_is_a_bulletin_of_example_records(demo):
    html = demo.html("progress/2026-10/")
    body = text(html)
    assert "重点任务落实推进情况通报（2026年10月）" in body
    assert "本期通报由示例记录生成" in body
    assert "已报送 4 个" in body  # 巴南区残联 reported in September only
    missing = html[html.index('id="pp-missing"'):html.index('id="pp-notes"')]
    assert '<li data-unit="banan-canlian">' in missing
    overdue = html[html.index('id="pp-overdue"'):html.index('id="pp-missing"')]
    # 残联's staged tasks (2024年…2026年) were reported 进行中 in September: overdue since 2024-12-31
    assert re.findall(r'data-task-id="([^"]+)"', overdue) == [
        "banan-2024-qucanlian-1", "banan-2024-qucanlian-2", "banan-2024-qucanlian-3"]
    assert "（2026-09 报送）" in text(overdue)
    notes = text(html[html.index('id="pp-notes"'):])
    assert "巴南区委组织部：在党政领导干部考察" in notes and "（50% → 80%）" in notes  # 进展较快
    assert "巴南区委宣传部：组织协调有关安全生产的新闻发布" in notes  # newly 已完成
    assert '<a class="pp-button" href="../../progress/2026-10.xlsx" download="进展通报-2026-10.xlsx">' in html
    assert '<a class="pp-pager__prev" href="../../progress/2026-09/" rel="prev">' in html


def test_the_xlsx_summary_marks_example_data(demo):
    wb = openpyxl.load_workbook(demo.root / "progress" / "2026-10.xlsx")
    overview = {row[0].value: row[1].value for row in wb["概况"].iter_rows(min_row=2)}
    assert overview["报送期"] == "2026年10月" and overview["已报送单位"] == 4
    assert overview["说明"].startswith("示例数据")


def test_the_xlsx_summary_is_the_same_file_for_the_same_data(demo, monkeypatch):
    """No time of making in it: its dates are the period's day of count, in its properties and
    in its zip archive (a rebuild of the same data makes the same file)."""
    from planportal.progress import summary_xlsx
    from planportal.progress.bulletin import bulletin
    from planportal.views import Lookups
    from planportal.loader import load

    portal, _ = load(ROOT / "data")
    b = bulletin(Lookups(portal, DEMO_AS_OF).progress, "2026-10")
    made = (demo.root / "progress" / "2026-10.xlsx").read_bytes()
    later = dt.datetime.now() + dt.timedelta(days=400)
    monkeypatch.setattr(time, "time", lambda: later.timestamp())  # zip's default time for a file written by name
    assert summary_xlsx.workbook(portal, b) == made
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 10, 31, 0, 0, 0)}
    assert openpyxl.load_workbook(io.BytesIO(made)).properties.modified == dt.datetime(2026, 10, 31)


def test_task_unit_and_plan_pages_show_progress(demo):
    task = demo.html("tasks/banan-2024-quzonggonghui-5/")
    assert re.findall(r'<tr data-period="([^"]+)">', task) == ["2026-10", "2026-09"]
    assert "pp-sched--behind" in task  # 50% where 83% of the year has passed
    unit = demo.html("units/banan-zonggonghui/")
    assert "已报送</span>（2026年10月23日填报）" in unit
    assert re.findall(r'data-task-id="([^"]+)" data-schedule="([^"]+)"', unit)[-2:] == [
        ("banan-2024-quzonggonghui-4", "on-track"), ("banan-2024-quzonggonghui-5", "behind")]
    assert "pp-roll__state--missing\">未报送" in demo.html("units/banan-canlian/")
    notice = demo.html("plans/banan-banananban-2024-24/")
    # the sector plans' owners report the tasks that name no unit, so they are asked too
    assert "本期（<a href=\"../../progress/2026-10/\">2026年10月</a>）应报送 47 个单位，已报送 4 个，未报送 43 个。" in notice
    # a plan tree nobody reports on is not asked for reports
    assert 'id="pp-progress"' not in demo.html("plans/hebei-2023-jinyibujiaqianganquanshengchan/")


def test_the_bulletin_prints_in_chromium(demo, tmp_path):
    with serve(demo.root, tmp_path / "www", "/portal/") as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "progress/2026-10/", wait_until="load")
        bars = page.locator("svg.pp-bars rect.pp-bars__seg")
        assert bars.count() == 7 and bars.first.bounding_box()["width"] > 10
        page.emulate_media(media="print")
        assert not page.locator(".pp-actions").is_visible()
        assert not page.locator(".md-header").is_visible()
        pdf = tmp_path / "bulletin.pdf"
        page.pdf(path=str(pdf), format="A4", print_background=True)
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "重点任务落实推进情况通报（2026年10月）" in printed
    for heading in ("一、总体情况", "二、各单位推进情况", "三、逾期任务", "四、未报送单位", "五、工作进展摘录"):
        assert heading in printed
    assert "下载汇总表" not in printed

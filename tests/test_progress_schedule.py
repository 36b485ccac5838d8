"""序时进度: the reported percentage against the share of time elapsed to the cut-off."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from helpers import ROOT
from planportal.model import Deadline, Plan, Portal, Task
from planportal.progress.schedule import TOLERANCE, expected, schedule
from planportal.status import Recorded

D = dt.date


def portal(*deadlines: Deadline, published: dt.date | None = D(2024, 3, 1)) -> tuple[Portal, Task]:
    task = Task(id="t", plan="p", title="任务", text="任务", line=1, deadlines=deadlines)
    plan = Plan(id="p", title="方案", source_file="s.txt", source_line=1, published=published, tasks=(task,))
    return Portal(plans=(plan,), units=()), task


YEAR_2025 = Deadline("2025年", "year", D(2025, 12, 31))
BY_END_2024 = Deadline("2024年底前", "by", D(2024, 12, 31))


def test_a_year_deadline_counts_from_the_first_of_january():
    p, task = portal(YEAR_2025)
    assert expected(p, task, D(2025, 1, 1)) == 0
    assert expected(p, task, D(2025, 7, 2)) == 50
    assert expected(p, task, D(2025, 12, 31)) == 100
    assert expected(p, task, D(2024, 12, 1)) == 0  # before the year begins


def test_a_cutoff_counts_from_the_plans_date():
    p, task = portal(BY_END_2024)  # published 2024-03-01: 305 days to the cut-off
    assert expected(p, task, D(2024, 3, 1)) == 0
    assert expected(p, task, D(2024, 8, 1)) == round(153 / 305 * 100)
    assert expected(p, task, D(2025, 3, 31)) == 100  # after the cut-off: everything
    undated, task = portal(BY_END_2024, published=None)
    assert expected(undated, task, D(2024, 7, 2)) == 50  # no plan date: from 1 January


def test_no_dated_cutoff_no_expectation():
    p, task = portal(Deadline("长期坚持", "ongoing"), Deadline("每季度", "recurring"))
    assert expected(p, task, D(2025, 6, 30)) is None


@pytest.mark.parametrize("difference, key, label", [
    (TOLERANCE + 1, "ahead", "超前"),
    (TOLERANCE, "on-track", "正常"),
    (-TOLERANCE, "on-track", "正常"),
    (-TOLERANCE - 1, "behind", "滞后"),
])
def test_verdicts_around_the_expected_share(difference, key, label):
    p, task = portal(YEAR_2025)
    # judged on the last day of the reported period: 2025-06-30, 180 of the year's 364 days -> 49%
    view = schedule(p, task, Recorded("进行中", 49 + difference, "2025-06"), as_of=D(2025, 12, 1))
    assert (view.expected, view.key, view.label) == (49, key, label)


def test_done_paused_and_unknown_percentages():
    p, task = portal(YEAR_2025)
    assert schedule(p, task, Recorded("已完成", None, "2025-03"), D(2025, 4, 1)).label == "已完成"
    assert schedule(p, task, Recorded("已暂缓", 10, "2025-09"), D(2025, 10, 1)).key == "none"
    assert schedule(p, task, Recorded("进行中", None, "2025-09"), D(2025, 10, 1)).key == "none"
    not_started = schedule(p, task, Recorded("未开始", None, "2025-09"), D(2025, 10, 1))
    assert (not_started.key, not_started.reported) == ("behind", 0)
    assert schedule(p, task, None, D(2025, 10, 1)).key == "none"


def test_a_period_after_as_of_is_judged_on_as_of():
    p, task = portal(YEAR_2025)
    assert schedule(p, task, Recorded("进行中", 20, "2025-03"), as_of=D(2025, 3, 10)).expected == 19


def test_the_help_page_example_holds():
    help_md = (ROOT / "docs" / "help.md").read_text(encoding="utf-8")
    example = re.search(r"例如：期限为“2025年”的任务，2025年3月报送完成 (\d+)%，应达进度为 (\d+)%", help_md)
    assert example, "the worked example is missing from docs/help.md"
    reported, want = map(int, example.groups())
    p, task = portal(YEAR_2025)
    view = schedule(p, task, Recorded("进行中", reported, "2025-03"), as_of=D(2025, 12, 31))
    assert (view.expected, view.key) == (want, "on-track")
    assert f"高出 {TOLERANCE} 个百分点以上为**超前**" in help_md

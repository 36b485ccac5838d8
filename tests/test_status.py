"""Task status as of a date (planportal.status): 逾期 and 临期 around the cut-off."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import FIXTURES
from planportal.loader import load
from planportal.model import Deadline, Task
from planportal.status import DUE_SOON_DAYS, status_of, task_status

D = dt.date


def task(*deadlines: Deadline) -> Task:
    return Task(id="t", plan="p", title="任务", text="任务", line=1, deadlines=deadlines)


BY_END_2024 = Deadline("2024年底前", "by", D(2024, 12, 31))
ONGOING = Deadline("长期坚持", "ongoing")
QUARTERLY = Deadline("每季度", "recurring")


@pytest.mark.parametrize("as_of, key, label", [
    (D(2024, 11, 30), "none", ""),  # 31 days before: not yet due soon
    (D(2024, 12, 1), "due-soon", "临期"),  # 30 days before
    (D(2024, 12, 30), "due-soon", "临期"),  # the day before
    (D(2024, 12, 31), "due-soon", "临期"),  # the cut-off day itself is still in time
    (D(2025, 1, 1), "past-due", "期限已过"),  # the day after: passed, but no record says it is not done
])
def test_around_the_cutoff(as_of, key, label):
    view = task_status(task(BY_END_2024), as_of, None)
    assert (view.key, view.label, view.due) == (key, label, D(2024, 12, 31))


@pytest.mark.parametrize("state", ["进行中", "未开始"])
def test_overdue_needs_a_record_that_the_task_is_not_done(state):
    assert task_status(task(BY_END_2024), D(2024, 12, 31), state).key == "due-soon"
    view = task_status(task(BY_END_2024), D(2025, 1, 1), state)
    assert (view.key, view.label) == ("overdue", "逾期")


def test_due_soon_window_is_a_parameter():
    assert task_status(task(BY_END_2024), D(2024, 12, 1), None, soon_days=7).key == "none"
    assert task_status(task(BY_END_2024), D(2024, 12, 24), None, soon_days=7).key == "due-soon"
    assert DUE_SOON_DAYS == 30


def test_done_is_never_overdue_or_due_soon():
    for as_of in (D(2024, 12, 30), D(2025, 1, 1), D(2030, 1, 1)):
        view = task_status(task(BY_END_2024), as_of, "已完成")
        assert (view.key, view.label) == ("done", "已完成")


def test_paused_is_neither_overdue_nor_due_soon():
    assert task_status(task(BY_END_2024), D(2025, 1, 1), "已暂缓").key == "paused"
    assert task_status(task(BY_END_2024), D(2024, 12, 31), "已暂缓").label == "已暂缓"


def test_ongoing_and_recurring_are_never_overdue():
    for as_of in (D(2020, 1, 1), D(2030, 1, 1)):
        assert task_status(task(ONGOING), as_of, None).key == "none"
        assert task_status(task(QUARTERLY, ONGOING), as_of, None).key == "none"
        assert task_status(task(ONGOING), as_of, "进行中").key == "in-progress"
    assert task_status(task(), D(2030, 1, 1), None).key == "none"
    assert task_status(task(Deadline("年底前", "by")), D(2030, 1, 1), None).key == "none"  # no date: never overdue


def test_cutoff_plus_ongoing_is_overdue_after_the_cutoff_unless_done():
    t = task(BY_END_2024, ONGOING)
    assert task_status(t, D(2024, 6, 1), "进行中").key == "in-progress"
    assert task_status(t, D(2025, 1, 1), "进行中").key == "overdue"
    assert task_status(task(BY_END_2024, ONGOING), D(2025, 1, 1), "已完成").key == "done"


def test_the_earliest_cutoff_counts():
    t = task(Deadline("2025年底前", "by", D(2025, 12, 31)), Deadline("2024年6月底前", "by", D(2024, 6, 30)))
    view = task_status(t, D(2024, 7, 1), "进行中")
    assert (view.key, view.due) == ("overdue", D(2024, 6, 30))


def test_a_year_counts_until_its_last_day_and_dates_count():
    year = task(Deadline("2025年", "year", D(2025, 12, 31)))
    assert task_status(year, D(2025, 12, 31), "进行中").key == "due-soon"
    assert task_status(year, D(2026, 1, 1), "进行中").key == "overdue"
    date = task(Deadline("2024年7月15日前", "date", D(2024, 7, 15)))
    assert task_status(date, D(2024, 7, 16), "未开始").key == "overdue"


def test_recorded_states_without_pressure():
    assert task_status(task(), D(2024, 6, 1), "未开始").label == "未开始"
    assert task_status(task(), D(2024, 6, 1), "进行中").key == "in-progress"


def test_status_fixture_as_of_2024_06_15():
    portal, _ = load(FIXTURES / "status")
    keys = {t.id: status_of(portal, t, D(2024, 6, 15)).key for t in portal.tasks}
    assert keys == {
        "ceshi-ranqi-1": "due-soon",  # 进行中, due 06-30
        "ceshi-ranqi-2": "not-started",  # 未开始, due 12-31 + 长期坚持
        "ceshi-ranqi-3": "done",
        "ceshi-ranqi-4": "none",  # 每季度
        "ceshi-ranqi-5": "paused",  # 已暂缓, its cut-off (05-31) has passed
        "ceshi-xiaofang-1": "due-soon",
        "ceshi-xiaofang-2": "none",
        "ceshi-xiaofang-3": "none",
        "ceshi-xiaofang-4": "none",
    }
    after = {t.id: status_of(portal, t, D(2024, 7, 1)).key for t in portal.tasks}
    assert after["ceshi-ranqi-1"] == "overdue"  # 进行中 and past its cut-off
    assert after["ceshi-xiaofang-1"] == "past-due"  # no state recorded: only "the deadline has passed"
    assert after["ceshi-ranqi-3"] == "done"

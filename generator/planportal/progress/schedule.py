"""序时进度: is a task's reported percentage where the time elapsed says it should be?

The expected percentage at a date is the share of the time from the task's start to its
cut-off (status.cutoff: the earliest dated deadline) that has passed, 0–100:

- start: for a cut-off of kind `year` (2025年), 1 January of that year; otherwise the day
  the plan (or the notice that issued it) was published or written, when that is before
  the cut-off, else 1 January of the cut-off's year;
- the date: the last day of the reported period (or the day of the build, if earlier).

Against it, the reported percentage (已完成 counts as 100, 未开始 without a figure as 0) is
`ahead` (超前) when more than TOLERANCE points above, `behind` (滞后) when more than
TOLERANCE points below, else `on-track` (正常). 已完成 gives `done`; 已暂缓, a task without a
dated cut-off (长期坚持, 每季度…) or a 进行中 without a percentage give `none` (no verdict).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Portal, Task
from ..status import Recorded, cutoff_deadline
from ..timeline import plan_start
from . import periods

TOLERANCE = 10  # percentage points either side of the expected figure that still count as 正常
LABELS = {"ahead": "超前", "on-track": "正常", "behind": "滞后", "done": "已完成", "none": ""}


@dataclass(frozen=True)
class Schedule:
    key: str  # one of LABELS
    label: str
    expected: int | None = None  # the share of time elapsed, 0–100
    reported: int | None = None  # the percentage it is judged by


def expected(portal: Portal, task: Task, at: dt.date) -> int | None:
    """The percentage the time elapsed by `at` asks for, or None without a dated cut-off."""
    deadline = cutoff_deadline(task)
    if deadline is None:
        return None
    due = deadline.date
    start = plan_start(portal, task)
    if deadline.kind == "year" or start is None or start >= due:
        start = dt.date(due.year, 1, 1)
    if at >= due or start >= due:
        return 100 if at >= due else 0
    return max(0, min(100, round((at - start).days / (due - start).days * 100)))


def schedule(portal: Portal, task: Task, record: Recorded | None, as_of: dt.date) -> Schedule:
    """The verdict on the task's latest record (judged at the end of its period, or as_of if earlier)."""
    if record is None or record.state == "已暂缓":
        return Schedule("none", "")
    if record.state == "已完成":
        return Schedule("done", LABELS["done"], reported=100)
    at = min(periods.last_day(record.period), as_of) if record.period else as_of
    want = expected(portal, task, at)
    reported = record.percent if record.percent is not None else (0 if record.state == "未开始" else None)
    if want is None or reported is None:
        return Schedule("none", "", want, reported)
    key = "ahead" if reported > want + TOLERANCE else "behind" if reported < want - TOLERANCE else "on-track"
    return Schedule(key, LABELS[key], want, reported)

"""Task status as of a date: 逾期 (overdue) and 临期 (due soon), computed once for every page.

`task_status(task, as_of)` is the one place that decides what a task's badge says, so the
task lists, the responsibility matrices and the timelines always agree. The rules, in order:

1. A recorded state of 已完成 gives `done` (已完成): a finished task is never overdue.
2. A recorded state of 已暂缓 gives `paused` (已暂缓): a suspended task is not counted as
   overdue or due soon either.
3. The task's *cut-off* is the earliest date among its dated deadlines of kind `by`, `date`
   and `year` (a year counts until its last day, 12-31). Deadlines of kind `ongoing`
   (长期坚持), `recurring` (每季度…) and `by` without a date never make a task overdue, so a
   task with none of the dated kinds is never overdue. The data records one state per task,
   not one per deadline, so only 已完成 meets a cut-off: a task with 2024年底前 + 长期坚持
   is overdue from 2025-01-01 until it is marked 已完成, and a staged task (6月底前…年底前)
   is overdue once its first stage has passed.
4. After the cut-off (the cut-off day itself is still in time): `overdue` (逾期) when a
   recorded state says the task is not done (未开始, 进行中); with no recorded state the
   portal does not know, so it says only that the deadline has passed: `past-due` (期限已过),
   shown in a neutral style. A public page never calls a task late without a record saying so.
   `due-soon` (临期) when the cut-off is from as_of to as_of + soon_days (default 30) days,
   whether or not a state is recorded.
5. Otherwise the recorded state: 进行中 gives `in-progress`, 未开始 gives `not-started`;
   with no recorded state the key is `none` and the label empty (pages then show nothing).

`due` is the cut-off (or None), so pages can say by when.

Without `--as-of`, status is computed as of `today()` in the portal's time zone (the
plugin's `timezone`, default Asia/Shanghai), never the build machine's: a build at 20:00
UTC on 30 June is already 1 July in China.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .model import Task

DUE_SOON_DAYS = 30
DEFAULT_TIMEZONE = "Asia/Shanghai"
CUTOFF_KINDS = ("by", "date", "year")  # kinds whose date is a cut-off that can be missed
STATES = {"未开始": "not-started", "进行中": "in-progress", "已完成": "done", "已暂缓": "paused"}
LABELS = {
    "done": "已完成",
    "paused": "已暂缓",
    "overdue": "逾期",
    "past-due": "期限已过",
    "due-soon": "临期",
    "in-progress": "进行中",
    "not-started": "未开始",
    "none": "",
}
KEYS = tuple(LABELS)  # every key, in the order a legend lists them


@dataclass(frozen=True)
class StatusView:
    key: str  # css-friendly: one of KEYS ("done", "overdue", "past-due", "due-soon", …, "none")
    label: str  # shown to readers, e.g. 逾期
    due: dt.date | None = None  # the next dated cut-off that matters


def today(timezone: str = DEFAULT_TIMEZONE, now: dt.datetime | None = None) -> dt.date:
    """The date in `timezone` at the instant `now` (default: this instant)."""
    return (now or dt.datetime.now(dt.timezone.utc)).astimezone(ZoneInfo(timezone)).date()


def cutoff(task: Task) -> dt.date | None:
    """The earliest dated cut-off of the task (rule 3), or None."""
    dates = [d.date for d in task.deadlines if d.kind in CUTOFF_KINDS and d.date is not None]
    return min(dates) if dates else None


def task_status(task: Task, as_of: dt.date, soon_days: int = DUE_SOON_DAYS) -> StatusView:
    state = task.status.state if task.status else None
    due = cutoff(task)
    key = STATES.get(state or "", "none")
    if key not in ("done", "paused") and due is not None:
        if as_of > due:
            key = "overdue" if state else "past-due"
        elif (due - as_of).days <= soon_days:
            key = "due-soon"
    return StatusView(key, LABELS[key], due)

"""Task status as of a date: 逾期 (overdue) and 临期 (due soon), computed once for every page.

`status_of(portal, task, as_of)` is the one place that decides what a task's badge says, so the
task lists, the responsibility matrices, the timelines, the finder and the exports always agree.

Where the state comes from (`recorded`): the progress reports (data/progress/<period>/<unit>.yml)
of the units that report the task (progress.duties: its lead units, else the units named
without a role, else the plan's owner), from the latest period up to as_of's month. When
several such units reported for that period and disagree, the least advanced state counts
(未开始, 进行中, 已暂缓, 已完成 in that order; then the lower percentage). With no report, the
state published with the plan (a 进展情况 column in the text) is the record; else there is none.

The rules, in order (`task_status`):

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

`due` is the cut-off (or None), so pages can say by when; `recorded` the record it rests on.

Beside a single deadline (a deadline page, a calendar entry, a timeline mark) the badge is
`deadline_status`: the same rules with that deadline alone as the cut-off, so a stage due next
month is not 期限已过 because an earlier stage has passed, and a 长期坚持 or recurring entry
shows only the recorded state.

Without `--as-of`, status is computed as of `today()` in the portal's time zone (the
plugin's `timezone`, default Asia/Shanghai), never the build machine's: a build at 20:00
UTC on 30 June is already 1 July in China.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .model import Deadline, Portal, Task
from .progress import periods
from .progress.duties import reporters

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
ADVANCE = {"未开始": 0, "进行中": 1, "已暂缓": 2, "已完成": 3}  # least advanced first


@dataclass(frozen=True)
class Recorded:
    """A task's state as last recorded."""

    state: str  # 未开始 / 进行中 / 已完成 / 已暂缓
    percent: int | None = None
    period: str | None = None  # YYYY-MM of the report; None: the state published with the plan
    date: dt.date | None = None
    note: str | None = None  # 本期进展, or the published note
    unit: str | None = None  # the reporting unit
    example: bool = False  # from example records (示例数据)


@dataclass(frozen=True)
class StatusView:
    key: str  # css-friendly: one of KEYS ("done", "overdue", "past-due", "due-soon", …, "none")
    label: str  # shown to readers, e.g. 逾期
    due: dt.date | None = None  # the next dated cut-off that matters
    recorded: Recorded | None = None  # the record the state rests on


def cutoff_deadline(task: Task) -> Deadline | None:
    """The deadline that is the task's cut-off (rule 3: the earliest dated one), or None."""
    dated = [d for d in task.deadlines if d.kind in CUTOFF_KINDS and d.date is not None]
    return min(dated, key=lambda d: d.date) if dated else None


def day(value: str | dt.date) -> dt.date:
    """The day a portal is built as of (`--as-of`, the plugin's `as_of`), written YYYY-MM-DD;
    ValueError, in Chinese, for anything else or a year the pages cannot count in (9999-12-31
    ran their date arithmetic past the calendar's end)."""
    if isinstance(value, dt.date):  # YAML reads an unquoted 2024-06-30 as a date
        found = dt.date(value.year, value.month, value.day)
    else:
        try:
            found = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(f"不是有效日期: {value}（应为 YYYY-MM-DD）") from None
    if not 1900 <= found.year <= 2999:
        raise ValueError(f"日期超出范围: {value}（应在 1900 年到 2999 年之间）")
    return found


def today(timezone: str = DEFAULT_TIMEZONE, now: dt.datetime | None = None) -> dt.date:
    """The date in `timezone` at the instant `now` (default: this instant)."""
    return (now or dt.datetime.now(dt.timezone.utc)).astimezone(ZoneInfo(timezone)).date()


def cutoff(task: Task) -> dt.date | None:
    """The earliest dated cut-off of the task (rule 3), or None."""
    deadline = cutoff_deadline(task)
    return deadline.date if deadline else None


def recorded(portal: Portal, task: Task, as_of: dt.date | None = None) -> Recorded | None:
    """The task's state as last recorded up to as_of's month (all records when as_of is None)."""
    last = periods.of(as_of) if as_of else None
    units = reporters(portal, task)
    own = [(r, e) for r, e in portal.progress_by_task.get(task.id, ())
           if r.unit in units and (last is None or r.period <= last)]
    if own:
        period = own[-1][0].period  # progress_by_task is in period order
        report, entry = min(((r, e) for r, e in own if r.period == period),
                            key=lambda pair: (ADVANCE[pair[1].state], 101 if pair[1].percent is None else pair[1].percent))
        return Recorded(entry.state, entry.percent, period, entry.date, entry.progress, report.unit, report.example)
    if task.status:
        return Recorded(task.status.state, date=task.status.date, note=task.status.note)
    return None


def task_status(task: Task, as_of: dt.date, state: str | None, soon_days: int = DUE_SOON_DAYS) -> StatusView:
    """The rules above for a task whose recorded state is `state` (None: nothing recorded)."""
    due = cutoff(task)
    key = _key(due, as_of, state, soon_days)
    return StatusView(key, LABELS[key], due)


def _key(due: dt.date | None, as_of: dt.date, state: str | None, soon_days: int) -> str:
    """Rules 1, 2, 4 and 5 for one cut-off `due` (None: no cut-off)."""
    key = STATES.get(state or "", "none")
    if key not in ("done", "paused") and due is not None:
        if as_of > due:
            key = "overdue" if state else "past-due"
        elif (due - as_of).days <= soon_days:
            key = "due-soon"
    return key


def deadline_status(task: StatusView, deadline: Deadline, as_of: dt.date, soon_days: int = DUE_SOON_DAYS) -> StatusView:
    """The status beside one deadline of a task whose status is `task` (deadline pages, calendars,
    timeline marks): the rules above with this deadline alone as the cut-off. A deadline due next
    month is not 期限已过 because an earlier one of the same task has passed; 长期坚持, recurring
    and undated deadlines are never 逾期, 期限已过 or 临期 (they show the recorded state, if any)."""
    state = task.recorded.state if task.recorded else None
    due = deadline.date if deadline.kind in CUTOFF_KINDS else None
    key = _key(due, as_of, state, soon_days)
    return StatusView(key, LABELS[key], due, task.recorded)


def status_of(portal: Portal, task: Task, as_of: dt.date, soon_days: int = DUE_SOON_DAYS) -> StatusView:
    """The task's status as of a date, from its records (`recorded`)."""
    record = recorded(portal, task, as_of)
    view = task_status(task, as_of, record.state if record else None, soon_days)
    return StatusView(view.key, view.label, view.due, record)

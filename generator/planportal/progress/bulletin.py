"""One period's 督查通报: the figures both its page and its XLSX summary show.

    bulletin(view, period) -> Bulletin

- states: the tasks reported in the period (by the units that report them), each counted
  once as 已完成 / 进行中 / 未开始 / 已暂缓 by the state status.recorded gives it, or as 逾期
  when that state is not done and the cut-off has passed (CLASSES);
- lines: per reporting unit, its rows on the tasks it reports, counted the same way;
- overdue: every task of the period's plan trees that is 逾期 on the period's last day
  (its latest record up to then says not done);
- missing: the units that should have reported and did not (sections.Roll);
- completed / advanced / problems: the period's notable texts — rows newly 已完成, rows
  whose percentage rose by at least ADVANCE_STEP points since the unit's previous row,
  and every 存在问题 written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Plan, ProgressEntry, ProgressReport, Task, Unit
from ..status import STATES, Recorded, recorded, status_of, task_status
from . import periods
from .schedule import schedule
from .sections import ProgressView, Roll

CLASSES = (("done", "已完成"), ("in-progress", "进行中"), ("not-started", "未开始"), ("paused", "已暂缓"), ("overdue", "逾期"))
ADVANCE_STEP = 30  # percentage points since the previous report that make a row "进展较快"


@dataclass(frozen=True)
class UnitLine:
    unit: Unit
    tasks: int  # tasks it reports in the period's plan trees
    counts: dict  # class key -> rows
    behind: int  # rows behind schedule (滞后于序时进度)
    date: dt.date | None  # its latest 填报日期
    example: bool

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class OverdueRow:
    task: Task
    plan: Plan
    units: tuple[Unit, ...]
    due: dt.date
    recorded: Recorded


@dataclass(frozen=True)
class Notable:
    task: Task
    unit: Unit
    entry: ProgressEntry
    previous: ProgressEntry | None


@dataclass(frozen=True)
class Bulletin:
    period: str
    label: str
    at: dt.date
    roll: Roll
    states: list  # [{key, label, count}] over the tasks reported
    tasks: int  # tasks reported
    lines: list[UnitLine]
    overdue: list[OverdueRow]
    missing: list[tuple[Unit, int]]  # unit, tasks it reports in the period's trees
    completed: list[Notable]
    advanced: list[Notable]
    problems: list[Notable]
    reports: list[ProgressReport]

    @property
    def example(self) -> bool:
        return self.roll.example


def row_class(task: Task, state: str, at: dt.date) -> str:
    return "overdue" if task_status(task, at, state).key == "overdue" else STATES[state]


def bulletin(view: ProgressView, period: str) -> Bulletin:
    portal, duties = view.portal, view.duties
    roll, at = view.roll(period), view.at(period)
    reports = sorted(view.reports.get(period, []), key=lambda r: view.unit_order.get(r.unit, 0))
    in_scope = lambda task: view.roots[task.plan] in roll.roots  # noqa: E731

    reported = {e.task for r in reports for e in r.entries
                if e.task in portal.task_by_id and duties.relation(r.unit, e.task) == "report"}
    states = {key: 0 for key, _ in CLASSES}
    for task_id in reported:
        task = portal.task_by_id[task_id]
        record = recorded(portal, task, at)
        states[row_class(task, record.state, at)] += 1

    lines = []
    for report in reports:
        counts = {key: 0 for key, _ in CLASSES}
        behind = 0
        for entry in report.entries:
            task = portal.task_by_id.get(entry.task)
            if task is None or duties.relation(report.unit, task.id) != "report":
                continue
            counts[row_class(task, entry.state, at)] += 1
            row = Recorded(entry.state, entry.percent, period, entry.date)
            behind += schedule(portal, task, row, at).key == "behind"
        dates = [e.date for e in report.entries if e.date]
        lines.append(UnitLine(portal.unit_by_id[report.unit],
                              sum(1 for t in duties.reports.get(report.unit, ()) if in_scope(t)),
                              counts, behind, max(dates) if dates else None, report.example))

    overdue = []
    for task in portal.tasks:
        if in_scope(task):
            view_ = status_of(portal, task, at)
            if view_.key == "overdue":
                overdue.append(OverdueRow(task, portal.plan_by_id[task.plan],
                                          tuple(portal.unit_by_id[u] for u in duties.reporters[task.id]),
                                          view_.due, view_.recorded))
    overdue.sort(key=lambda r: (r.due, r.task.id))

    completed, advanced, problems = [], [], []
    for report in reports:
        unit = portal.unit_by_id[report.unit]
        for entry in report.entries:
            task = portal.task_by_id.get(entry.task)
            if task is None:
                continue
            previous = _previous(view, report, entry)
            note = Notable(task, unit, entry, previous)
            if entry.state == "已完成" and (previous is None or previous.state != "已完成"):
                completed.append(note)
            elif (entry.percent is not None and previous is not None and previous.percent is not None
                  and entry.percent - previous.percent >= ADVANCE_STEP):
                advanced.append(note)
            if entry.problems:
                problems.append(note)

    missing = [(portal.unit_by_id[u], sum(1 for t in duties.reports.get(u, ()) if in_scope(t))) for u in roll.missing]
    return Bulletin(period, periods.label(period), at, roll,
                    [{"key": k, "label": label, "count": states[k]} for k, label in CLASSES], len(reported),
                    lines, overdue, missing, completed, advanced, problems, reports)


def _previous(view: ProgressView, report: ProgressReport, entry: ProgressEntry) -> ProgressEntry | None:
    """The same unit's row on the same task in its latest earlier report."""
    earlier = [e for r, e in view.portal.progress_by_task.get(entry.task, ())
               if r.unit == report.unit and r.period < report.period]
    return earlier[-1] if earlier else None

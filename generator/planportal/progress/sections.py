"""What task, unit and plan pages show of progress, computed once per build.

    ProgressView(portal, as_of)
        .periods            the periods with reports up to as_of's month, oldest first
        .current            the latest of them (本期), or None
        .roll(period)       who should have reported (应报送), who did, who did not (未报送)
        .task(task)         latest record, 序时进度 and the history of reported rows
        .unit(unit)         the unit's reporting this period and 序时进度 of its tasks
        .plan(plan, tasks)  序时进度 of the plan's tasks, the units that have not reported

Who should report in a period: every unit that reports a task (progress.duties) of a plan
tree (a notice and its sub-plans, or a plan on its own) in which any task was reported in
that period. A tree nobody reported on is not collected in that period, so its units are
not listed as 未报送.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from ..model import Plan, Portal, ProgressEntry, ProgressReport, Task, Unit
from ..status import Recorded, recorded
from . import periods
from .duties import Duties, role_label, root_of
from .schedule import LABELS as SCHEDULE_LABELS, Schedule, schedule

@dataclass(frozen=True)
class Roll:
    period: str
    expected: tuple[str, ...]  # unit ids, registry order
    reported: tuple[str, ...]
    missing: tuple[str, ...]
    roots: frozenset[str]  # the plan trees collected in this period
    example: bool  # any of the period's reports is an example


@dataclass(frozen=True)
class HistoryRow:
    period: str | None  # None: the state published with the plan
    unit: Unit | None
    role: str  # 牵头 / 配合 / "" (published)
    entry: ProgressEntry | None
    recorded: Recorded | None  # the published state, when entry is None
    example: bool


@dataclass(frozen=True)
class ScheduleRow:
    task: Task
    recorded: Recorded
    schedule: Schedule
    unit: Unit | None  # the unit whose report it is


class ProgressView:
    def __init__(self, portal: Portal, as_of: dt.date):
        self.portal, self.as_of = portal, as_of
        last = periods.of(as_of)
        self.periods = [p for p in portal.periods if p <= last]
        self.current = self.periods[-1] if self.periods else None
        self.reports: dict[str, list[ProgressReport]] = {}
        for report in portal.progress:
            if report.period <= last:
                self.reports.setdefault(report.period, []).append(report)
        self._rolls: dict[str, Roll] = {}

    @cached_property
    def duties(self) -> Duties:
        """Who reports and who supports each task: made when a page asks (a portal without
        progress reports never does)."""
        return Duties(self.portal)

    @cached_property
    def roots(self) -> dict[str, str]:
        return {p.id: root_of(self.portal, p.id) for p in self.portal.plans}

    @cached_property
    def unit_order(self) -> dict[str, int]:
        return {u.id: i for i, u in enumerate(self.portal.units)}

    def roll(self, period: str) -> Roll:
        if period not in self._rolls:
            reports = self.reports.get(period, [])
            task_by_id = self.portal.task_by_id
            roots = frozenset(self.roots[task_by_id[e.task].plan] for r in reports for e in r.entries if e.task in task_by_id)
            expected = tuple(sorted((u for u, tasks in self.duties.reports.items()
                                     if any(self.roots[t.plan] in roots for t in tasks)), key=self._unit_key))
            reported = tuple(sorted({r.unit for r in reports}, key=self._unit_key))
            self._rolls[period] = Roll(period, expected, reported, tuple(u for u in expected if u not in reported),
                                       roots, any(r.example for r in reports))
        return self._rolls[period]

    def _unit_key(self, unit: str) -> tuple:
        return (self.unit_order.get(unit, len(self.unit_order)), unit)

    def at(self, period: str) -> dt.date:
        """The day a period is judged on: its last day, or as_of if earlier."""
        return min(periods.last_day(period), self.as_of)

    # --- task pages ---------------------------------------------------------------------

    def task(self, task: Task, record: Recorded | None) -> dict:
        rows = []
        for report, entry in reversed(self.portal.progress_by_task.get(task.id, ())):
            if report.period in self.reports:
                rows.append(HistoryRow(report.period, self.portal.unit_by_id.get(report.unit),
                                       role_label(task, report.unit), entry, None, report.example))
        if task.status:
            rows.append(HistoryRow(None, None, "", None, Recorded(task.status.state, date=task.status.date,
                                                                   note=task.status.note), False))
        return {"recorded": record, "schedule": schedule(self.portal, task, record, self.as_of), "history": rows,
                "period_label": periods.label(record.period) if record and record.period else ""}

    # --- unit and plan pages ------------------------------------------------------------

    def schedule_rows(self, tasks: list[Task]) -> list[ScheduleRow]:
        rows = []
        for task in tasks:
            record = recorded(self.portal, task, self.as_of)
            if record is not None and record.period is not None:
                rows.append(ScheduleRow(task, record, schedule(self.portal, task, record, self.as_of),
                                        self.portal.unit_by_id.get(record.unit or "")))
        return rows

    def _summary(self, rows: list[ScheduleRow]) -> list[dict]:
        counts = {key: 0 for key in SCHEDULE_LABELS}
        for row in rows:
            counts[row.schedule.key] += 1
        return [{"key": k, "label": SCHEDULE_LABELS[k] or "无法判断", "count": n} for k, n in counts.items() if n]

    def unit(self, unit: Unit) -> dict | None:
        tasks = self.duties.reports.get(unit.id, [])
        if not self.current or not (tasks or self.duties.supports.get(unit.id)):
            return None
        roll = self.roll(self.current)
        mine = {r.period: r for p in self.periods for r in self.reports.get(p, []) if r.unit == unit.id}
        current = mine.get(self.current)
        dates = [e.date for e in current.entries if e.date] if current else []
        rows = self.schedule_rows(tasks)
        return {
            "period": self.current, "period_label": periods.label(self.current),
            "expected": unit.id in roll.expected, "reported": current is not None,
            "date": max(dates) if dates else None,
            "periods": [{"period": p, "label": periods.label(p), "example": mine[p].example} for p in reversed(self.periods)
                        if p in mine],
            "rows": rows, "summary": self._summary(rows),
            "example": any(r.example for r in mine.values()),
        }

    def plan(self, plan: Plan, tasks: list[Task]) -> dict | None:
        if not self.current or not tasks:
            return None
        roll = self.roll(self.current)
        rows = self.schedule_rows(tasks)
        tracked = self.roots[plan.id] in roll.roots
        if not rows and not tracked:
            return None
        ids = {t.id for t in tasks}
        units = {u for u, ts in self.duties.reports.items() if any(t.id in ids for t in ts)}
        return {
            "period": self.current, "period_label": periods.label(self.current), "tracked": tracked,
            "missing": [self.portal.unit_by_id[u] for u in roll.missing if u in units] if tracked else [],
            "reporting": sum(1 for u in roll.reported if u in units), "units": len(units),
            "rows": rows, "summary": self._summary(rows),
            "example": any(r.recorded.example for r in rows) or (tracked and roll.example),
        }

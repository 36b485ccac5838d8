"""Task status as of a date: 逾期 (overdue) and 临期 (due soon), computed once for every page.

STUB — filled in by the timelines/matrices/status issue. Pages call `task_status`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import Task

DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class StatusView:
    key: str  # css-friendly: "done", "overdue", "due-soon", "in-progress", "not-started", "paused", "none"
    label: str  # shown to readers, e.g. 逾期
    due: dt.date | None = None  # the next dated cut-off that matters


def task_status(task: Task, as_of: dt.date, soon_days: int = DUE_SOON_DAYS) -> StatusView:
    return StatusView("none", "")

"""The progress data files, data/progress/<period>/<unit-id>.yml: one per unit and period.

A period's file is never overwritten silently: `changes` lists what a new report would
change in the one already there, and the import writes over it only when asked to.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import yamlsrc
from ..model import ProgressReport
from .form_layout import ENTRY_FIELDS, TITLES


def path_of(data_dir: Path, unit: str, period: str) -> Path:
    return Path(data_dir) / "progress" / period / f"{unit}.yml"


def document(report: ProgressReport) -> dict[str, Any]:
    """The report as its data file holds it: empty fields left out."""
    tasks = []
    for entry in report.entries:
        row: dict[str, Any] = {"task": entry.task}
        for key in ENTRY_FIELDS:
            value = getattr(entry, key)
            if value is not None:
                row[key] = value.isoformat() if key == "date" else value
        tasks.append(row)
    head: dict[str, Any] = {"unit": report.unit, "period": report.period}
    if report.example:
        head["example"] = True
    return {**head, "tasks": tasks}


@dataclass(frozen=True)
class Change:
    task: str
    field: str | None  # None: the whole task was added or dropped
    old: Any
    new: Any

    @property
    def added(self) -> bool:
        """A task the imported report had no row for: nothing of it is written over."""
        return self.field is None and self.old is None

    def describe(self) -> str:
        if self.field is None:
            return f"任务 {self.task}：" + ("新增" if self.old is None else "本次未填报（已导入的记录中有）")
        shown = lambda v: "（空）" if v in (None, "") else str(v)  # noqa: E731
        return f"任务 {self.task} 的{TITLES[self.field]}：{shown(self.old)} → {shown(self.new)}"


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What writing `new` over `old` would change, task by task and field by field."""
    before = {row.get("task"): row for row in old.get("tasks") or () if isinstance(row, dict)}
    after = {row["task"]: row for row in new["tasks"]}
    out = []
    for task, row in after.items():
        if task not in before:
            out.append(Change(task, None, None, row))
            continue
        out += [Change(task, key, before[task].get(key), row.get(key)) for key in ENTRY_FIELDS
                if _compared(before[task].get(key)) != _compared(row.get(key))]
    out += [Change(task, None, row, None) for task, row in before.items() if task not in after]
    return out


def merged(old: dict[str, Any], new: dict[str, Any], covered: set[str]) -> dict[str, Any]:
    """`new` with the rows of `old` for the tasks a form does not cover kept: a form made with --plan lists
    one plan's tasks, and the unit's report of its other plans (imported from another form) stays."""
    if old.get("example") or old.get("unit") != new["unit"] or old.get("period") != new["period"]:
        return new
    reported = {row["task"] for row in new["tasks"]}
    kept = [row for row in old.get("tasks") or () if isinstance(row, dict) and row.get("task") not in covered
            and row.get("task") not in reported]
    return {**new, "tasks": new["tasks"] + kept} if kept else new


def _compared(value: Any) -> str:
    """A field's value as two reports are compared: empty is empty, but 0 is a value (完成百分比 0
    typed where the report before left it empty is a change, not the same report)."""
    return "" if value is None else str(value)


def read(path: Path) -> dict[str, Any] | None:
    """The data file as plain values, or None when it cannot be read."""
    doc, problems = yamlsrc.load(path, str(path))
    return doc.data if doc is not None and isinstance(doc.data, dict) else None


def write(path: Path, data: dict[str, Any]) -> None:
    """Write whole or not at all: a temporary file beside the target, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(yamlsrc.dump(data), encoding="utf-8")
    os.replace(tmp, path)

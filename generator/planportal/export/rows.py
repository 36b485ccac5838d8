"""One flat row per task, shared by the table exports (CSV, XLSX)."""

from __future__ import annotations

from ..model import Portal, Task, ROLES, ROLE_LABELS
from ..progress import periods
from ..status import recorded

COLUMNS = (
    ["方案", "方案id", "任务id", "编号", "分组", "任务", "内容"]
    + [f"{ROLE_LABELS[r]}单位" for r in ROLES]
    + ["期限", "截止日期", "状态", "状态日期", "完成百分比", "报送期", "原文文件", "原文行"]
)


def unit_names(portal: Portal, task: Task, role: str) -> str:
    return "、".join(portal.name_of(ref) for ref in task.refs(role))


def task_rows(portal: Portal) -> list[list]:
    rows = []
    for plan in portal.plans:
        for task in plan.tasks:
            dates = sorted(d.date.isoformat() for d in task.deadlines if d.date)
            record = recorded(portal, task)
            rows.append(
                [plan.title, plan.id, task.id, task.number or "", " / ".join(g.label for g in task.groups), task.title, task.text]
                + [unit_names(portal, task, role) for role in ROLES]
                + [
                    "；".join(d.text for d in task.deadlines),
                    dates[0] if dates else "",
                    record.state if record else "",
                    record.date.isoformat() if record and record.date else "",
                    "" if record is None or record.percent is None else record.percent,
                    periods.label(record.period) if record and record.period else "",
                    plan.source_file,
                    task.line,
                ]
            )
    return rows

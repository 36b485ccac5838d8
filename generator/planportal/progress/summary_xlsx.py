"""A period's XLSX summary (the download on its 通报 page): the same figures as the page,
one sheet each — 概况, 各单位, 逾期任务, 未报送单位, 报送明细."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..model import Portal
from .bulletin import CLASSES, Bulletin
from .duties import role_label
from .form_layout import TITLES, as_text, cell_text, new_workbook, workbook_bytes



def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list], widths: dict[int, int] | None = None) -> None:
    ws = wb.create_sheet(title)
    ws.append(header)
    for row in rows:
        ws.append([cell_text(value) for value in row])
        as_text(ws[ws.max_row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, _ in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = (widths or {}).get(i, 14)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions


def workbook(portal: Portal, b: Bulletin) -> bytes:
    wb = new_workbook()
    overview = [["报送期", b.label], ["统计日", b.at.isoformat()], ["应报送单位", len(b.roll.expected)],
                ["已报送单位", len(b.roll.reported)], ["未报送单位", len(b.missing)], ["报送的任务", b.tasks]]
    overview += [[f"其中{s['label']}", s["count"]] for s in b.states]
    if b.example:
        overview.append(["说明", "示例数据：用于演示，不代表真实工作进展"])
    _sheet(wb, "概况", ["项目", "数值"], overview, {1: 18, 2: 40})
    _sheet(wb, "各单位", ["单位", "应报任务", "报送任务"] + [label for _, label in CLASSES] + ["滞后于序时进度", "填报日期"],
           [[line.unit.name, line.tasks, line.rows] + [line.counts[k] for k, _ in CLASSES]
            + [line.behind, line.date.isoformat() if line.date else ""] for line in b.lines], {1: 26})
    _sheet(wb, "逾期任务", ["任务id", "方案", "编号", "任务", "报送单位", "截止日期", "进展状态", "完成百分比", "报送期", "最近进展"],
           [[r.task.id, r.plan.title, r.task.number or "", r.task.title, "、".join(u.name for u in r.units),
             r.due.isoformat(), r.recorded.state, "" if r.recorded.percent is None else r.recorded.percent,
             r.recorded.period or "方案原文", r.recorded.note or ""] for r in b.overdue],
           {1: 24, 2: 26, 4: 36, 5: 22, 10: 40})
    _sheet(wb, "未报送单位", ["单位", "应报任务"], [[unit.name, n] for unit, n in b.missing], {1: 30})
    fields = ("state", "percent", "progress", "problems", "next_steps", "reporter", "date")
    detail = []
    for report in b.reports:
        unit = portal.unit_by_id[report.unit]
        for e in report.entries:
            task = portal.task_by_id.get(e.task)
            detail.append([unit.name, e.task, task.title if task else "", role_label(task, unit.id) if task else ""]
                          + ["" if getattr(e, f) is None else (e.date.isoformat() if f == "date" else getattr(e, f))
                             for f in fields])
    _sheet(wb, "报送明细", ["单位", "任务id", "任务", "职责"] + [TITLES[f] for f in fields], detail,
           {1: 22, 2: 24, 3: 30, 7: 36, 8: 24, 9: 24})
    return workbook_bytes(wb, b.at)

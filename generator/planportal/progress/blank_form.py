"""`planportal progress form`: one XLSX form per unit and period (openpyxl).

    form(portal, duties, unit, period, due, plans=None) -> Workbook

Sheet 1 lists the tasks the unit reports (progress.duties), sheet 2 those it supports;
layout in form_layout. Drop-down list for 进展状态, whole numbers 0–100 for 完成百分比,
dates from the period's first day for 填报日期; locked task columns; A4 landscape, one page
wide, the column headings repeated on every printed page.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import Iterable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..model import Portal, Task, Unit
from ..schema import STATUS_STATES
from . import periods
from .duties import Duties
from .form_layout import (COLUMNS, DUE_CELL, FIRST_ROW, FORMAT, HEADER_ROW, LAST_LETTER, LETTER, MAGIC, META_SHEET,
                          PERIOD_CELL, SHEETS, UNIT_CELL, as_text, cell_text, new_workbook, period_header, unit_header)

LOCKED_FILL = PatternFill("solid", fgColor="EDEFF2")
HEAD_FILL = PatternFill("solid", fgColor="D9DDE3")
THIN = Side(style="thin", color="9AA0A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
INSTRUCTIONS = ("填表说明：灰色列由系统生成，请勿修改；“进展状态”从下拉列表中选择（{states}）；“完成百分比”填 0 到 100 的整数，"
                "已完成的填 100；“填报日期”按 {example} 的格式填写。请于{due}前报送。")


class NothingToReport(LookupError):
    pass


def last_report(portal: Portal, unit: str, task: str, period: str) -> str:
    """The unit's latest row for the task before `period`, as the 上期报送 column shows it."""
    rows = [(r, e) for r, e in portal.progress_by_task.get(task, ()) if r.unit == unit and r.period < period]
    if not rows:
        return ""
    report, entry = rows[-1]
    percent = f" {entry.percent}%" if entry.percent is not None else ""
    return f"{entry.state}{percent}（{periods.label(report.period)}）"


def form(portal: Portal, duties: Duties, unit: Unit, period: str, due: dt.date,
         plans: set[str] | None = None) -> Workbook:
    """The form of `unit` for `period`; `plans` limits it to those plans' tasks."""
    def keep(tasks: Iterable[Task]) -> list[Task]:
        return [t for t in tasks if plans is None or t.plan in plans]

    lists = {"report": keep(duties.reports.get(unit.id, ())), "support": keep(duties.supports.get(unit.id, ()))}
    if not any(lists.values()):
        raise NothingToReport(f"{unit.name}（{unit.id}）没有需要报送进展的任务")
    wb = new_workbook()
    locked: list[tuple[str, str, str]] = []  # (sheet, cell, value) of every locked cell with a value
    sheets = []
    for sheet in SHEETS:
        if sheet.kind == "support" and not lists["support"]:
            continue
        ws = wb.create_sheet(sheet.title)
        _header(ws, sheet.caption + ("" if lists[sheet.kind] else "（本单位没有此类任务）"), unit, period, due)
        for i, task in enumerate(lists[sheet.kind]):
            _task_row(ws, FIRST_ROW + i, portal, unit, task, period)
        last = FIRST_ROW + len(lists[sheet.kind]) - 1
        _validation(ws, period, last)
        _print_setup(ws)
        sheets.append((sheet.title, sheet.kind, last))
        locked += [(sheet.title, cell.coordinate, "" if cell.value is None else str(cell.value))
                   for row in ws.iter_rows(max_row=max(last, HEADER_ROW)) for cell in row
                   if cell.protection.locked and (cell.value is not None or cell.row >= FIRST_ROW)]
    _meta(wb, unit, period, due, sheets, locked)
    wb.active = 0
    return wb


def _header(ws: Worksheet, caption: str, unit: Unit, period: str, due: dt.date) -> None:
    label = periods.label(period)
    rows = [
        (f"A1:{LAST_LETTER}1", f"重点任务落实推进情况表（{label}）", Font(size=16, bold=True), Alignment(horizontal="center")),
        (f"{UNIT_CELL}:E2", unit_header(unit.name), Font(size=11, bold=True), None),
        (f"{PERIOD_CELL}:I2", period_header(label), Font(size=11, bold=True), None),
        (f"{DUE_CELL}:{LAST_LETTER}2", f"报送截止日：{due.year}年{due.month}月{due.day}日", Font(size=11, bold=True), None),
        (f"A3:{LAST_LETTER}3", INSTRUCTIONS.format(states="、".join(STATUS_STATES), example=f"{periods.first_day(period):%Y-%m}-20",
                                                    due=f"{due.month}月{due.day}日"), Font(size=9, color="5F6670"), WRAP),
        (f"A4:{LAST_LETTER}4", caption, Font(size=11, bold=True), None),
    ]
    for span, text, font, align in rows:
        ws.merge_cells(span)
        cell = ws[span.split(":")[0]]
        cell.value, cell.font = cell_text(text), font
        as_text([cell])
        if align:
            cell.alignment = align
    ws.row_dimensions[1].height = 26
    ws.row_dimensions[3].height = 30
    for i, col in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=i, value=col.title)
        cell.font, cell.fill, cell.border = Font(bold=True, size=10), HEAD_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[LETTER[col.key]].width = col.width
    ws.freeze_panes = f"E{FIRST_ROW}"


def _task_row(ws: Worksheet, row: int, portal: Portal, unit: Unit, task: Task, period: str) -> None:
    values = {
        "task": task.id,
        "plan": portal.plan_by_id[task.plan].title,
        "number": task.number or "",
        "title": task.title,
        "deadline": "；".join(d.text for d in task.deadlines),
        "last": last_report(portal, unit.id, task.id, period),
    }
    lines = 1
    for col in COLUMNS:
        cell = ws[f"{LETTER[col.key]}{row}"]
        cell.border, cell.alignment, cell.font = BOX, WRAP, Font(size=9 if col.key == "task" else 10)
        if col.locked:
            cell.value = cell_text(values[col.key]) or None
            as_text([cell])
            cell.fill = LOCKED_FILL
            lines = max(lines, _lines(values[col.key], col.width))
        else:
            cell.protection = Protection(locked=False)
    ws[f"{LETTER['percent']}{row}"].number_format = "0"
    ws[f"{LETTER['date']}{row}"].number_format = "yyyy-mm-dd"
    ws.row_dimensions[row].height = max(2, lines) * 13 + 4  # room to write; grows with the locked text


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: CJK characters are two columns wide."""
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return max(1, math.ceil(columns / max(1.0, width - 1)))


def _validation(ws: Worksheet, period: str, last: int) -> None:
    if last < FIRST_ROW:
        return
    span = lambda key: f"{LETTER[key]}{FIRST_ROW}:{LETTER[key]}{last}"  # noqa: E731
    state = DataValidation(type="list", formula1='"' + ",".join(STATUS_STATES) + '"', allow_blank=True,
                           showErrorMessage=True, errorTitle="进展状态", error="请从列表中选择：" + "、".join(STATUS_STATES),
                           showInputMessage=True, promptTitle="进展状态", prompt="从列表中选择")
    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True,
                             showErrorMessage=True, errorTitle="完成百分比", error="请填写 0 到 100 的整数，已完成的填 100",
                             showInputMessage=True, promptTitle="完成百分比", prompt="0 到 100 的整数")
    start = (periods.first_day(period) - dt.date(1899, 12, 30)).days  # the spreadsheet's day number
    date = DataValidation(type="date", operator="greaterThanOrEqual", formula1=str(start), allow_blank=True,
                          showErrorMessage=True, errorTitle="填报日期",
                          error=f"请填写 {periods.first_day(period).isoformat()} 及以后的日期，如 {periods.first_day(period):%Y-%m}-20")
    for rule, key in ((state, "state"), (percent, "percent"), (date, "date")):
        rule.add(span(key))
        ws.add_data_validation(rule)


def _print_setup(ws: Worksheet) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths and heights may still be changed
    ws.protection.formatRows = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _meta(wb: Workbook, unit: Unit, period: str, due: dt.date, sheets: list[tuple[str, str, int]],
          locked: list[tuple[str, str, str]]) -> None:
    ws = wb.create_sheet(META_SHEET)
    ws.append([MAGIC, FORMAT])
    ws.append(["unit", unit.id])
    ws.append(["period", period])
    ws.append(["due", due.isoformat()])
    for title, kind, last in sheets:
        ws.append(["sheet", title, kind, FIRST_ROW, last])
    ws.append(["cells"])
    for row in locked:
        ws.append(list(row))
        as_text(ws[ws.max_row])
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True

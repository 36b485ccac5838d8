"""Read a filled progress form back: the unit's report, or every problem with its cell.

    read(path, shown, portal, duties, today, period=None) -> Reading

Problems are `FILE:SHEET!CELL: message` (`FILE: message` when the file as a whole is at
fault). The checks, all collected before any is reported:

- the file: an .xlsx that opens, made by `planportal progress form` (its hidden sheet), for
  a unit of the registry, for `period` when the import names one;
- locked cells (the header block and the task columns) as they were made: an edited
  task id, title or 填报单位 is reported at its cell with the value it had;
- the form's own rows: each task id still a task, the same one (tasktext.same_task: the title
  the form was made with against the title now), or the row is refused (the plan was imported
  again since the form went out and the ids moved);
- rows added under the table: a known task id that the unit reports or supports and that
  the form does not list already;
- every row: 进展状态 from the list, 完成百分比 a whole number 0–100, a real 填报日期, and
  the rules of progress.rules (已完成 is 100, no date after today or before the period);
- every task of sheet 1 reported (a state in each row); a row of sheet 2 with any text
  needs a state too;
- nothing written right of the table or in a sheet the unit added (it would not be read).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from .. import datafiles
from ..model import Portal, ProgressEntry, ProgressReport
from ..schema import STATUS_STATES
from ..tasktext import same_task
from . import periods, rules
from .duties import Duties
from .form_layout import COLUMNS, ENTRY_FIELDS, FORMAT, LETTER, MAGIC, META_SHEET, PERIOD_CELL, UNIT_CELL

COLUMNS_OPEN = [c.title for c in COLUMNS if not c.locked and c.key in ("progress", "problems", "next_steps")]
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


@dataclass(frozen=True)
class FormProblem:
    file: str
    where: str  # "牵头任务!G7", or "" for the whole file
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


@dataclass
class Reading:
    file: str
    report: ProgressReport | None = None
    cells: dict[tuple[str, str], str] = field(default_factory=dict)  # (task id, field) -> "SHEET!CELL"
    listed: set[str] = field(default_factory=set)  # the tasks the form covers: its rows, and rows added under them
    problems: list[FormProblem] = field(default_factory=list)


@dataclass(frozen=True)
class _Meta:
    unit: str
    period: str
    sheets: dict[str, tuple[str, int, int]]  # title -> (kind, first row, last row)
    locked: dict[tuple[str, str], str]  # (sheet, cell) -> value as made


def read(path: Path, shown: str, portal: Portal, duties: Duties, today: dt.date,
         period: str | None = None) -> Reading:
    reading = Reading(shown)
    problem = lambda where, message: reading.problems.append(FormProblem(shown, where, message))  # noqa: E731
    missing = datafiles.not_a_file(path)
    if missing:
        problem("", missing)
        return reading
    if path.suffix.lower() != ".xlsx":
        problem("", "不是 XLSX 文件：请用 planportal progress form 生成的 .xlsx 表格填报，另存时选择 Excel 工作簿（.xlsx）")
        return reading
    try:
        wb = load_workbook(path)
    except Exception as exc:  # noqa: BLE001 -- a damaged file may fail anywhere in the zip or XML readers
        problem("", f"文件已损坏或不是 XLSX 表格，无法打开（{type(exc).__name__}）")
        return reading
    try:
        meta = _meta(wb)
    except _Damaged:
        problem("", "隐藏的 planportal 工作表被改动过，无法核对这份表格：请用 planportal progress form 重新生成后填报")
        return reading
    if meta is None:
        problem("", "不是 planportal 生成的进展表（缺少隐藏的 planportal 工作表），请用 planportal progress form 生成的表格填报")
        return reading
    unit = portal.unit_by_id.get(meta.unit)
    if unit is None:
        problem("", f"表格的填报单位 {meta.unit} 不在单位登记表中")
        return reading
    first_sheet = next(iter(meta.sheets))
    if period and meta.period != period:
        problem(f"{first_sheet}!{PERIOD_CELL}", f"这是 {periods.label(meta.period)} 的进展表，不是本次导入的 {periods.label(period)}")
    moved = _moved_rows(wb, meta)  # rows deleted, inserted or sorted: one message a row, at its task id
    for (sheet, cell), value in meta.locked.items():
        if sheet not in wb.sheetnames:
            continue
        now = _text(wb[sheet][cell].value)
        row = int(re.sub(r"[A-Z]+", "", cell))
        if (sheet, row) in moved:
            if cell.startswith(LETTER["task"]) and re.fullmatch(r"[A-Z]+\d+", cell):
                problem(f"{sheet}!{cell}", moved[(sheet, row)])
        elif now != value:
            problem(f"{sheet}!{cell}", _edited(cell, value, now))
    for where in _beyond_the_table(wb, meta):  # a cell right of the table (an unprotected sheet): not read either
        problem(where, f"这一格在表格之外，其中的内容不会导入：请写在本行的{'、'.join(COLUMNS_OPEN)}中")
    for title, typed in _added_sheets(wb, meta):  # what they hold would be left behind without a word
        problem(f"{title}!{typed}", f"工作表 {title} 不是进展表的一部分，其中的内容不会导入："
                                    f"请把进展填在{'、'.join(meta.sheets)}中，或删去这张工作表后再导入")
    rows = list(_rows(wb, meta, problem))
    if not any(filled for *_, filled in rows):
        problem(f"{first_sheet}!{LETTER['state']}{meta.sheets[first_sheet][1]}", "表格没有填写任何进展")
        return reading
    listed = {task: title for title, _, _, task, _, _ in rows if task}
    entries: list[ProgressEntry] = []
    for title, kind, row, task_id, values, filled in rows:
        if kind is None:  # a row added under the table
            task_id = _text(wb[title][f"{LETTER['task']}{row}"].value)
            if not _added_task_ok(problem, portal, duties, unit.id, title, row, task_id, listed):
                continue
            kind = duties.relation(unit.id, task_id)
        elif not _still_listed(problem, portal, title, row, task_id, meta.locked.get((title, f"{LETTER['title']}{row}"))):
            continue
        entry = _entry(problem, reading, title, row, task_id, values, meta.period, today, required=kind == "report")
        if entry:
            entries.append(entry)
    if not reading.problems:
        reading.report = ProgressReport(unit=unit.id, period=meta.period, entries=tuple(entries))
        reading.listed = set(listed) | {e.task for e in entries}
    order = list(meta.sheets)
    reading.problems.sort(key=lambda p: _position(p.where, order))
    return reading


def kind_of_file(path: Path) -> str:
    """What the file at `path` is to `planportal progress form`, which writes a new form only over
    a "blank" one: "blank" (a form it made, entry cells all empty, nothing typed under its tables),
    "filled" (a form it made, with something filled in) or "other" (any other file)."""
    try:
        wb = load_workbook(path)
        meta = _meta(wb)
    except Exception:  # noqa: BLE001 -- damaged, or no workbook
        return "other"
    if meta is None:
        return "other"
    if any(_added_sheets(wb, meta)) or any(_beyond_the_table(wb, meta)):  # written where no row is read
        return "filled"
    return "filled" if any(filled for *_, filled in _rows(wb, meta, lambda where, message: None)) else "blank"


def _beyond_the_table(wb, meta: _Meta):
    """"SHEET!CELL" of each cell written right of the form's columns."""
    for title in meta.sheets:
        if title in wb.sheetnames:
            for row in wb[title].iter_rows(min_col=len(COLUMNS) + 1):
                yield from (f"{title}!{c.coordinate}" for c in row if _text(c.value))


def _added_sheets(wb, meta: _Meta):
    """(title, first cell written) of each sheet added to the form that holds anything."""
    for title in wb.sheetnames:
        if title in meta.sheets or title == META_SHEET:
            continue
        typed = next((c.coordinate for row in wb[title].iter_rows() for c in row if _text(c.value)), None)
        if typed:
            yield title, typed


def _position(where: str, sheets: list[str]) -> tuple:
    """Sort key of a cell address: the file first, then sheet, row, column."""
    sheet, _, cell = where.partition("!")
    match = re.match(r"([A-Z]+)(\d+)", cell)
    if not match:
        return (-1, 0, "")
    return (sheets.index(sheet) if sheet in sheets else len(sheets), int(match.group(2)), match.group(1))


def _rows(wb, meta: _Meta, problem):
    """(sheet, kind, row, task id, entry values, filled?) of every task row; kind and task id
    are None for a row added under the table."""
    for title, (kind, first, last) in meta.sheets.items():
        if title not in wb.sheetnames:
            problem("", f"工作表 {title} 被删除或改名")
            continue
        ws = wb[title]
        for row in range(first, max(last, ws.max_row) + 1):
            values = {key: ws[f"{LETTER[key]}{row}"].value for key in ENTRY_FIELDS}
            filled = any(_text(v) for v in values.values())
            if row <= last:
                yield title, kind, row, meta.locked.get((title, f"{LETTER['task']}{row}")), values, filled
            elif filled or _text(ws[f"{LETTER['task']}{row}"].value):
                yield title, None, row, None, values, filled


class _Damaged(Exception):
    """The hidden sheet is there but not as the form was made (edited, rows moved, values retyped)."""


_CELL = re.compile(r"^[A-Z]{1,3}[1-9]\d{0,6}$")
_KINDS = {"report", "support"}


def _meta(wb) -> _Meta | None:
    """What the hidden sheet records; None for a workbook without it, _Damaged where it no longer reads."""
    if META_SHEET not in wb.sheetnames:
        return None
    rows = [tuple(row) + (None,) * 5 for row in wb[META_SHEET].iter_rows(values_only=True)]
    if not rows or tuple(rows[0][:2]) != (MAGIC, FORMAT):
        return None
    keys = {row[0]: row[1] for row in rows if row[0] in ("unit", "period")}
    sheets = {}
    for row in rows:
        if row[0] == "sheet":
            if not isinstance(row[1], str) or row[2] not in _KINDS or not all(isinstance(n, int) and n > 0 for n in row[3:5]):
                raise _Damaged
            sheets[row[1]] = (row[2], row[3], row[4])
    start = next((i for i, row in enumerate(rows) if row[0] == "cells"), len(rows))
    locked = {}
    for row in rows[start + 1:]:
        if row[0]:
            if not isinstance(row[0], str) or not isinstance(row[1], str) or not _CELL.match(row[1]):
                raise _Damaged
            locked[(row[0], row[1])] = _text(row[2])
    if not keys.get("unit") or not keys.get("period") or not sheets:
        return None
    if not isinstance(keys["unit"], str) or periods.parse(str(keys["period"])) != keys["period"]:
        raise _Damaged
    return _Meta(keys["unit"], keys["period"], sheets, locked)


def _moved_rows(wb, meta: _Meta) -> dict[tuple[str, int], str]:
    """(sheet, row) -> what became of the row, for each task row whose task id cell now holds another task
    of the form or nothing: the rows were deleted, inserted or sorted (the sheet's protection taken off)."""
    out = {}
    for title, (_, first, last) in meta.sheets.items():
        if title not in wb.sheetnames:
            continue
        made = {row: meta.locked.get((title, f"{LETTER['task']}{row}"), "") for row in range(first, last + 1)}
        listed = set(made.values()) - {""}
        for row, task in made.items():
            now = _text(wb[title][f"{LETTER['task']}{row}"].value)
            if task and now != task and (now in listed or not now):
                what = f"任务 {now}" if now else "空行"
                out[(title, row)] = (f"这一行原是任务 {task}，现在是{what}：表格的行被删除、插入或重新排序过，"
                                     "请用原表按原来的行填写（任务所在的列是受保护的）")
    return out


def _edited(cell: str, value: str, now: str) -> str:
    if cell == UNIT_CELL:
        return f"表头的填报单位被改为“{now}”；这份表格属于：{value[5:]}，请用本单位的表格填报"
    if cell == PERIOD_CELL:
        return f"表头的报送期被改为“{now}”；这份表格是{value[4:]}的，请用本期的表格填报"
    letter = re.match(r"[A-Z]+", cell).group(0)
    column = next((c.title for c in COLUMNS if LETTER[c.key] == letter), "表头")
    return f"“{column}”是受保护的内容，不能修改（原为“{value}”，现为“{now}”）"


def _added_task_ok(problem, portal: Portal, duties: Duties, unit: str, sheet: str, row: int, task_id: str,
                   listed: dict[str, str]) -> bool:
    where = f"{sheet}!{LETTER['task']}{row}"
    if not task_id:
        problem(where, "新增的行没有任务 id")
    elif task_id not in portal.task_by_id:
        problem(where, f"未知的任务 id {task_id}")
    elif duties.relation(unit, task_id) is None:
        name = portal.unit_by_id[unit].name
        problem(where, f"{name}不承担任务 {task_id}（{portal.task_by_id[task_id].title}），不能填报")
    elif task_id in listed:
        problem(where, f"任务 {task_id} 在工作表 {listed[task_id]} 中已列出，请在原行填报")
    else:
        return True
    return False


def _still_listed(problem, portal: Portal, sheet: str, row: int, task_id: str | None, title: str | None) -> bool:
    """Whether a row of the form, as it was made, still names its task: the plan may have been
    imported again since the form went out, and a task id now names no task or another one
    (tasktext.same_task)."""
    if not task_id:
        return True
    task = portal.task_by_id.get(task_id)
    where = f"{sheet}!{LETTER['task']}{row}"
    if task is None:
        problem(where, f"任务 {task_id} 已不在方案数据中（表格发出后方案重新导入过），请用新生成的进展表填报这一项")
        return False
    if title and not same_task(title, task.title):
        problem(where, f"表格发出后任务 {task_id} 已是另一项任务（表中为“{title}”，现为“{task.title}”），"
                       "请用新生成的进展表填报这一项")
        return False
    return True


def _entry(problem, reading: Reading, sheet: str, row: int, task_id: str, values: dict[str, Any], period: str,
           today: dt.date, required: bool) -> ProgressEntry | None:
    at = {key: f"{sheet}!{LETTER[key]}{row}" for key in ENTRY_FIELDS}
    texts = {key: _text(values[key]) or None for key in ("progress", "problems", "next_steps", "reporter")}
    state = _text(values["state"])
    ok = True
    if not state:
        if required or any(_text(v) for v in values.values()):
            problem(at["state"], "未填写进展状态" + ("（牵头任务须逐项填报）" if required else ""))
        return None
    if state not in STATUS_STATES:
        problem(at["state"], f"进展状态“{state}”不在列表中，应为 {'、'.join(STATUS_STATES)} 之一")
        ok = False
    percent, message = _percent(values["percent"])
    if message:
        problem(at["percent"], message)
        ok = False
    date, message = _date(values["date"])
    if message:
        problem(at["date"], message)
        ok = False
    for field_, message in rules.row_problems(state if state in STATUS_STATES else "", percent, date, period, today):
        problem(at[field_], message)
        ok = False
    for key in ENTRY_FIELDS:
        reading.cells[(task_id, key)] = at[key]
    if not ok:
        return None
    return ProgressEntry(task=task_id, state=state, percent=percent, date=date, **texts)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return str(value).strip()


def _percent(value: Any) -> tuple[int | None, str | None]:
    text = unicodedata.normalize("NFKC", _text(value)).rstrip("%").strip()
    if not text:
        return None, None
    try:
        number = float(text)
    except ValueError:
        return None, f"完成百分比应为 0 到 100 的整数，实际为“{_text(value)}”"
    if not number.is_integer():
        return None, f"完成百分比应为整数，实际为 {text}"
    if not 0 <= number <= 100:
        return None, f"完成百分比应在 0 到 100 之间，实际为 {int(number)}"
    return int(number), None


def _date(value: Any) -> tuple[dt.date | None, str | None]:
    if value is None or _text(value) == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, (int, float)) and 20000 < value < 80000:  # a day number in a cell not formatted as a date
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value)), None
    match = _DATE.match(unicodedata.normalize("NFKC", str(value)))
    if match:
        try:
            return dt.date(*map(int, match.groups())), None
        except ValueError:
            pass
    return None, f"填报日期“{_text(value)}”不是有效日期（应为 2025-03-20 的格式）"

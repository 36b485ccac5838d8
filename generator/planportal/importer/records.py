"""Label/value records: a task table written as one record per task, each label on a line of its
own and its value on the line(s) below it (a web page's detail view of a 任务分解 row):

    具体任务
    全面完成老年人群疫苗接种，中医院门诊楼建成投运……
    责任单位
    卫健局、文旅局
    配合单位
    各乡镇
    完成时限
    1月底前完成；其它事项12月底前取得明显成效并长期坚持

Labels are read by meaning, as a table header's are (table_header.column_of). A record is a
task when it has a task label with a value and a unit or time label whose value holds units or
a deadline; it starts at its first label line, and a label it already has opens the next record.
A value runs down to the next label or a blank line (a text value over at most a few lines, a unit
or time value over one or two). A time value written as a sentence ("…1月底前完成；其它事项…") is read as
running text, a short one as a 完成时限 cell ("2024年", "长期").

    record_run(lines) -> how many lines the records at the start of `lines` cover (0: none)
    parse(lines, year) -> the records as a tables.Table (one Row per record), or None
"""

from __future__ import annotations

import re

from . import deadlines
from .outline import short_title
from .table_header import TEXT_COLUMNS, UNIT_COLUMNS, column_of
from .tables import Row, Table, _fill, _keys, _unit_cell
from .text import Line, fold

_TEXT_LINES = 4  # a text value (任务, 目标, 进展) over at most this many lines
_SHORT_LINES = 2  # a unit, time or person value over at most this many


def pipe_field(line: Line) -> tuple[str, Line | None] | None:
    """A label and its value copied as a table row of two cells ("牵头单位: | 市城管局 |"), or a label
    alone in a row ("重点工作: |"): (the label, the value as a line of its own or None); None otherwise."""
    if "|" not in line.text and "｜" not in line.text:
        return None
    filled = [c.strip() for c in line.text.replace("｜", "|").split("|") if c.strip()]
    if not 1 <= len(filled) <= 2 or not re.search(r"[:：]$", filled[0]):
        return None
    value = Line(line.no, filled[1], fold(filled[1])) if len(filled) == 2 else None
    return filled[0], value


def label_of(line: Line) -> str | None:
    """The column kind of a line that is a label alone ("具体任务", "完成时限：", "牵头单位: | … |"), or None."""
    field = pipe_field(line)
    f = re.sub(r"\s+", "", fold(field[0] if field else line.text)).rstrip(":：")
    if not f or len(f) > 12 or not re.fullmatch(r"[\u4e00-\u9fff]+", f):
        return None
    return column_of(f)


def _fields(lines: list[Line]) -> tuple[list[list[tuple[str, list[Line], int]]], int]:
    """The records at the start of `lines` as [(kind, value lines, label line)] and how many lines they cover."""
    records: list[tuple[list[tuple[str, list[Line], int]], int]] = []  # (fields, index past its last value)
    cur: list[tuple[str, list[Line], int]] = []
    i = end = 0
    while i < len(lines) and lines[i].blank:
        i += 1
    while i < len(lines):
        kind = label_of(lines[i])
        if kind is None:
            break  # a line where the next label should be: the records end above it
        limit = _TEXT_LINES if kind in TEXT_COLUMNS else _SHORT_LINES
        j, values = i + 1, []
        field = pipe_field(lines[i])
        if field and field[1] is not None:
            values, limit = [field[1]], 0  # "牵头单位: | 市城管局 |": the value is the row's other cell
        while j < len(lines) and (lines[j].blank or label_of(lines[j]) is None) and len(values) < limit:
            if lines[j].blank and values:
                break  # a blank line ends a value
            if not lines[j].blank:
                values.append(lines[j])
            j += 1
        if not values and not cur:
            break  # a label followed by a label at once: a table's header, not a record
        if any(k == kind for k, _, _ in cur):
            records.append((cur, end))
            cur = []
        cur.append((kind, values, lines[i].no))
        i = end = j
        while i < len(lines) and lines[i].blank:
            i += 1
    if cur:
        records.append((cur, end))
    while records and not _is_task(records[-1][0]):
        records.pop()  # labelled lines after the last record (a signature's 联系人, a note)
    if not records or not all(_is_task(r) for r, _ in records):
        return [], 0
    return [r for r, _ in records], records[-1][1]


def _value(values: list[Line]) -> str:
    return "".join(ln.text.strip() for ln in values)


def _is_task(record: list[tuple[str, list[Line], int]]) -> bool:
    """A task label with a value, three labels at least, and a unit value that names units or a
    time value that holds a deadline."""
    kinds = {k: _value(v) for k, v, _ in record}
    if len(record) < 3 or not kinds.get("task"):
        return False
    units = any(kinds.get(k) and _unit_cell(kinds[k]) for k in UNIT_COLUMNS)
    return units or bool(kinds.get("deadline") and deadlines.in_text(kinds["deadline"]) + deadlines.in_cell(kinds["deadline"]))


def record_run(lines: list[Line]) -> int:
    """How many of `lines` the label/value records at their start cover; 0 when they start with none."""
    return _fields(lines)[1]


def parse(lines: list[Line], year: int | None = None) -> Table | None:
    records, _ = _fields(lines)
    if not records:
        return None
    rows: list[Row] = []
    columns: list[str] = []
    for record in records:
        text = next(_value(v) for k, v, _ in record if k == "task")
        row = Row(record[0][2], text, short_title(text))
        for kind, values, _ in record:
            value = _value(values)
            if kind not in columns:
                columns.append(kind)
            if kind == "number" and value:
                row.number = value
            elif kind == "deadline" and len(value) > 12 and re.search(r"[，,；;。]", fold(value)):
                row.deadlines += [d for d in deadlines.in_text(value, year) if d not in row.deadlines]
            elif kind not in ("task", "number"):
                _fill(row, kind, value, year)
        rows.append(row)
    _keys(rows)
    return Table(columns, rows, [])

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

A label may also carry its value after its colon on the same line (a rectification record:
"整改任务:…", "整改目标:…", "整改时限:立行立改", "牵头验收单位:…"). A text value that starts with a
numbered line (the measures 1. 2. under "整改措施:", the steps under "整改完成情况:") runs down
over its numbered lines, blank lines between them, to the next label or the first unnumbered
line. A 措施 label after the record's problem (整改任务, 反馈问题) holds that problem's measures,
not the next record's task; their deadlines are the task's. A value after its label's colon that opens with a stage
("年度阶段性工作目标: 第一季度:…") runs on over the lines below that open with a stage too ("第二季度:…"). A problem with its target and its
measures or completion report (整改目标, 整改完成情况) is a task though it names no unit.

    record_run(lines) -> how many lines the records at the start of `lines` cover (0: none)
    parse(lines, year) -> the records as a tables.Table (one Row per record), or None
"""

from __future__ import annotations

import re

from . import deadlines
from .outline import numbered, short_title
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


_INLINE = re.compile(r"^\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,20}?)\s*[:：]\s*(\S.*?)\s*$")


def inline_field(line: Line) -> tuple[str, Line] | None:
    """A known label and its value after its colon on one line ("整改目标:压实责任落实,健全机制体制。",
    "责 任 人:王君锋"): (the label, the value as a line of its own); None otherwise."""
    if "|" in line.text or "｜" in line.text:
        return None
    m = _INLINE.match(line.text)
    if not m:
        return None
    label = re.sub(r"\s+", "", m.group(1))
    if len(label) > 12 or column_of(label) is None:
        return None
    return label, Line(line.no, m.group(2), fold(m.group(2)))


def _label_text(line: Line) -> str:
    field = pipe_field(line) or inline_field(line)
    return re.sub(r"\s+", "", fold(field[0] if field else line.text)).rstrip(":：")


def label_of(line: Line) -> str | None:
    """The column kind of a line that is a label alone ("具体任务", "完成时限：", "牵头单位: | … |") or a
    label with its value after its colon ("整改目标:…"), or None."""
    f = _label_text(line)
    if not f or len(f) > 12 or not re.fullmatch(r"[\u4e00-\u9fff]+", f):
        return None
    return column_of(f)


_MEASURES = re.compile(r"措施|举措")
# a value written one stage a line, each opening with its period (第一季度:…, 上半年:…, 6月底前:…)
_STAGE = re.compile(r"^\s*(?:第[一二三四1-4]季度|[上下]半年|\d{1,2}\s*月(?:份|底前?|末)?|年底前?)\s*[:：]")


def _fields(lines: list[Line]) -> tuple[list[list[tuple[str, list[Line], int, str]]], int]:
    """The records at the start of `lines` as [(kind, value lines, label line, label)] and how many lines they cover."""
    records: list[tuple[list[tuple[str, list[Line], int, str]], int]] = []  # (fields, index past its last value)
    cur: list[tuple[str, list[Line], int, str]] = []
    i = end = 0
    while i < len(lines) and lines[i].blank:
        i += 1
    while i < len(lines):
        kind = label_of(lines[i])
        if kind is None:
            break  # a line where the next label should be: the records end above it
        if kind == "task" and _MEASURES.search(_label_text(lines[i])) and \
                any(k == "task" and not _MEASURES.search(label) for k, _, _, label in cur):
            kind = "measures"  # 整改措施 under the record's problem: its measures, not the next task
        limit = _TEXT_LINES if kind in TEXT_COLUMNS + ("measures",) else _SHORT_LINES
        j, values = i + 1, []
        field = pipe_field(lines[i]) or inline_field(lines[i])
        if field and field[1] is not None:
            values, limit = [field[1]], 0  # "牵头单位: | 市城管局 |", "整改目标:…": the value is on the label's line
            if _STAGE.match(field[1].text):
                # "年度阶段性工作目标: 第一季度:…" then "第二季度:…" a line each: the stages run on below the label's line
                while j < len(lines) and not lines[j].blank and _STAGE.match(lines[j].text) and label_of(lines[j]) is None:
                    values.append(lines[j])
                    j += 1
        while j < len(lines) and (lines[j].blank or label_of(lines[j]) is None):
            if values and limit and numbered(values[0]):
                # a list of numbered items (the measures under 整改措施:) runs over its numbered lines
                if not lines[j].blank and not numbered(lines[j]):
                    break
                if not lines[j].blank:
                    values.append(lines[j])
                j += 1
                continue
            if len(values) >= limit:
                break
            if lines[j].blank and values:
                break  # a blank line ends a value
            if not lines[j].blank:
                values.append(lines[j])
            j += 1
        while values and j > i + 1 and lines[j - 1].blank:
            j -= 1  # blank lines after a numbered list are not its value's
        if not values and not cur:
            break  # a label followed by a label at once: a table's header, not a record
        if any(k == kind for k, _, _, _ in cur):
            records.append((cur, end))
            cur = []
        cur.append((kind, values, lines[i].no, _label_text(lines[i])))
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


def _is_task(record: list[tuple[str, list[Line], int, str]]) -> bool:
    """A task label with a value, three labels at least, and a unit value that names units or a
    time value that holds a deadline; or a problem with its target and its measures or its
    completion report, or with its rectification state and its measures (a rectification record)."""
    kinds = {k: _value(v) for k, v, _, _ in record}
    if len(record) < 3 or not kinds.get("task"):
        return False
    units = any(kinds.get(k) and _unit_cell(kinds[k]) for k in UNIT_COLUMNS)
    if kinds.get("target") and (kinds.get("measures") or kinds.get("status")):
        return True
    if kinds.get("measures") and kinds.get("status"):
        return True  # 问题描述:… / 整改情况:… / 整改措施:…: a problem with its state and its measures
    return units or bool(kinds.get("deadline") and deadlines.in_text(kinds["deadline"]) + deadlines.in_cell(kinds["deadline"]))


def item_fields(before: list[Line], lines: list[Line]) -> bool:
    """The records at the start of `lines` are the fields of the numbered item right above them: their
    task is under a 措施 label ("1.理论学习不够深入。" / "整改措施:…" / "责任单位:…" / "整改时限:…": the
    item is the problem, these its measures, units and time) or they are written label:value
    ("(一)加强学习" / "工作任务:…" / "责任单位:…"), and the lines above reach back to a numbered line
    with no blank line between."""
    records, _ = _fields(lines)
    if not records:
        return False
    inline = any(inline_field(ln) for _, values, no, _ in records[0] for ln in lines if ln.no == no)
    if not inline and not any(k == "task" and _MEASURES.search(label) for k, _, _, label in records[0]):
        return False
    own_problem = any(k == "task" and not _MEASURES.search(label) and _value(v) for k, v, _, label in records[0])
    for ln in reversed(before[-6:]):
        if ln.blank:
            return False
        if (num := numbered(ln)):
            # "二、整改情况" over "问题描述:…" / "整改情况:…": a part headed with a bare label over a record that
            # states its own problem is a heading, not the problem whose fields these are
            heading = re.sub(r"[\s:：。]+$", "", num[2].strip())
            return not (own_problem and len(heading) <= 8 and column_of(heading) is not None)
    return False


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
        text = next(_value(v) for k, v, _, _ in record if k == "task")
        row = Row(record[0][2], text, short_title(text))
        for kind, values, _, _ in record:
            value = _value(values)
            if kind not in columns:
                columns.append(kind)
            if kind == "number" and value:
                row.number = value
            elif kind == "measures" or kind == "deadline" and len(value) > 12 and re.search(r"[，,；;。]", fold(value)):
                row.deadlines += [d for d in deadlines.in_text(value, year) if d not in row.deadlines]
            elif kind not in ("task", "number"):
                _fill(row, kind, value, year)
        rows.append(row)
    _keys(rows)
    return Table(columns, rows, [])

"""Tables flattened with `|` when a page is copied: one task per row.

Two shapes occur:
- one row per line: "1 | 任务… | 市应急局 | 2024年底前 |";
- one cell per line, a row ending where the last filled cell is ("责任单位 | |").
Columns are mapped by their header (序号, 行动名称, 重点任务, 牵头单位, 配合单位,
责任单位, 完成时限, 进展情况…). In the one-cell-per-line shape merged cells
simply do not appear, so each cell is placed by what it holds: a number, a
numbered heading, a deadline, a list of units, or the task text. A unit or
deadline cell left blank under a merged cell is taken from the row above and
the field is listed in `inferred` (a guess); `单位名称:X` rows open a block of
rows for unit X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import deadlines, roles
from .ids import numeral
from .outline import numbered, short_title, split_title
from .text import Line, fold
from .units import looks_like_unit

COLUMNS = [
    ("number", r"序号|编号"),
    ("status", r"进展情况|完成情况|工作进展|推进情况|落实情况|进展"),
    ("deadline", r"完成时限|完成时间|时间节点|完成期限|时限|时间|进度安排"),
    ("lead", r"牵头单位|牵头部门|主责单位|牵头"),
    ("support", r"配合单位|配合部门|协同单位|参与单位|协办单位|配合"),
    ("units", r"责任单位|责任部门|实施单位|承办单位|责任主体"),
    ("group", r"行动名称|类别|领域|项目|专项行动|工作板块|板块"),
    ("task", r"重点任务|任务|措施|内容|事项|举措|工作要点"),
    ("note", r"备注"),
]
BLOCK = re.compile(r"^(?:单位名称|责任单位|单位)\s*[:：]\s*(.+)$")


def column_of(label: str) -> str | None:
    label = re.sub(r"\s+", "", fold(label))
    if not label or len(label) > 12:
        return None
    for name, pattern in COLUMNS:
        if re.fullmatch(rf"(?:{pattern})[\u4e00-\u9fff]{{0,4}}|[\u4e00-\u9fff]{{0,4}}(?:{pattern})", label):
            return name
    return None


def cells(line: Line) -> list[str]:
    parts = line.text.replace("｜", "|").split("|")
    return [p.strip() for p in parts]


def is_table_line(line: Line) -> bool:
    return "|" in line.fold and not line.fold.startswith("[")


@dataclass
class Row:
    line: int
    text: str
    title: str
    number: str | None = None
    key: str = ""
    groups: list[tuple[str | None, str, int]] = field(default_factory=list)  # (number, title, line)
    refs: dict[str, list[str]] = field(default_factory=dict)
    deadlines: list[dict] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    status: dict | None = None
    block: tuple[str, int] | None = None  # (unit as written, line)


@dataclass
class Table:
    columns: list[str]
    rows: list[Row]
    header_lines: list[int]


def parse(lines: list[Line], year: int | None = None) -> Table | None:
    lines = [ln for ln in lines if not ln.blank]
    if not lines:
        return None
    first = [c for c in cells(lines[0]) if c]
    known = [column_of(c) for c in first]
    if len(first) >= 2 and sum(1 for k in known if k) >= 2 and sum(1 for k in known if k) * 5 >= len(first) * 3 and "task" in known:
        return _by_rows(lines, _two_task_columns([k or "note" for k in known]), year)
    columns, header = [], []
    for ln in lines:
        cs = [c for c in cells(ln) if c]
        if len(cs) == 1 and column_of(cs[0]) and (column_of(cs[0]) not in columns or column_of(cs[0]) == "task"):
            columns.append(column_of(cs[0]))
            header.append(ln.no)
        else:
            break
    if len(columns) < 2:
        return None
    return _by_cells(lines[len(header):], _two_task_columns(columns), header, year)


def _two_task_columns(columns: list[str]) -> list[str]:
    """重点任务 | 具体措施: the first task-like column groups the rows, the last holds the task."""
    tasks = [i for i, c in enumerate(columns) if c == "task"]
    out = list(columns)
    for i in tasks[:-1]:
        out[i] = "group"
    if "group" in columns and len(tasks) > 1:
        first_group = columns.index("group")
        out[first_group] = "group"
    return out


# ------------------------------------------------------------ one row per line


def _by_rows(lines: list[Line], columns: list[str], year: int | None) -> Table:
    rows: list[Row] = []
    prev: dict[str, str] = {}
    section: tuple[str | None, str, int] | None = None
    for ln in lines[1:]:
        cs = cells(ln)
        if cs and cs[-1] == "":
            cs = cs[:-1]
        if cs and cs[0] == "" and len(cs) > len(columns):
            cs = cs[1:]
        if not any(cs):
            continue
        if all(re.fullmatch(r"[-:—\s]*", c) for c in cs):
            continue  # a markdown-style rule line
        values: dict[str, str] = {}
        for col, value in zip(columns, cs + [""] * (len(columns) - len(cs))):
            if col == "group" and values.get("group") and value:
                values["group"] += " " + value
            else:
                values.setdefault(col, value) if col == "note" else values.__setitem__(col, value)
        task = values.get("task", "")
        filled = [c for c in cs if c]
        item = numbered(Line(ln.no, filled[0], fold(filled[0]))) if len(filled) == 1 else None
        if len(filled) == 1 and (not task or (item and item[0] <= 2 and len(columns) > 2)):
            section = (item[1], split_title(item[2])[0], ln.no) if item else (None, filled[0], ln.no)
            prev = {}  # a row spanning the table ("一、燃气安全 | | |") opens a section
            continue
        if not task:
            continue
        row = Row(ln.no, task, "")
        row.title = short_title(task)
        own = numbered(Line(ln.no, task, fold(task)))
        row.number = values.get("number") or (own[1] if own else None)
        for i, col in enumerate(columns):
            value = values.get(col, "")
            # a cell missing from a short row sits under a merged cell: take the row above (a guess);
            # a cell written empty ("| |") is empty, except a category column, which is only ever merged
            merged = i >= len(cs) or col == "group"
            if not value and merged and col in ("group", "lead", "support", "units", "deadline") and prev.get(col):
                value = prev[col]
                if col != "group":
                    row.inferred.append("deadlines" if col == "deadline" else col)
            if value:
                prev[col] = value
            _fill(row, col, value, year)
        if section:
            row.groups = [section] + row.groups
        rows.append(row)
    _keys(rows)
    return Table(columns, rows, [lines[0].no])


def _fill(row: Row, col: str, value: str, year: int | None) -> None:
    if not value:
        return
    if col in ("lead", "support", "units"):
        for role, names in roles.marked(col, roles.split_units(value)).items():
            row.refs.setdefault(role, []).extend(u for u in names if roles.plausible_name(u))
    elif col == "deadline":
        row.deadlines = deadlines.in_cell(value, year)
    elif col == "group":
        row.groups = [(None, value, row.line)]
    elif col == "status":
        row.status = status_of(value)


def status_of(text: str) -> dict:
    f = fold(text)  # simplified, so a traditional 已完成 matches too
    if re.search(r"未开始|尚未启动|未启动", f):
        state = "未开始"
    elif re.search(r"暂缓|暂停|搁置", f):
        state = "已暂缓"
    elif re.search(r"已完成|已全部完成|全面完成|已经完成|^完成", f) and not re.search(r"未完成|正在|推进中", f):
        state = "已完成"
    else:
        state = "进行中"
    return {"state": state, "note": text}


# ------------------------------------------------------------ one cell per line


def _kind(cell: str, nxt: str | None, columns: list[str]) -> str:
    f = fold(cell)
    if re.fullmatch(r"\d{1,3}", f) and "number" in columns:
        return "number"
    if BLOCK.match(f):
        return "block"
    if re.match(r"^[一二三四五六七八九十]{1,3}[、.．]", f) and len(f) <= 60:
        return "group"
    if "deadline" in columns and deadlines.looks_like_cell(cell):
        return "deadline"
    if _unit_cell(cell) and any(c in columns for c in ("lead", "support", "units")):
        return "units"
    if re.match(r"^\d{1,2}[.、．]", f) and len(f) <= 40 and nxt is not None and _is_text(nxt, columns):
        return "heading"
    return "text"


def _is_text(cell: str, columns: list[str]) -> bool:
    f = fold(cell)
    return not (
        re.fullmatch(r"\d{1,3}", f) or BLOCK.match(f) or ("deadline" in columns and deadlines.looks_like_cell(cell)) or _unit_cell(cell)
    )


def _unit_cell(cell: str) -> bool:
    if len(cell) > 120 or "。" in cell:
        return False
    names = roles.split_units(cell)
    return bool(names) and all(looks_like_unit(n) and roles.plausible_name(n) for n in names)


def _by_cells(lines: list[Line], columns: list[str], header: list[int], year: int | None) -> Table:
    items = [(ln, next((c for c in cells(ln) if c), "")) for ln in lines]
    items = [(ln, c) for ln, c in items if c]
    unit_col = next((c for c in ("units", "lead", "support") if c in columns), None)
    rows: list[Row] = []
    group: tuple[str | None, str, int] | None = None
    heading: tuple[str | None, str, int] | None = None
    number: str | None = None
    block: tuple[str, int] | None = None
    row: Row | None = None
    prev: Row | None = None

    def flush():
        nonlocal row, prev
        if row is None:
            return
        if not row.deadlines and "deadline" in columns and prev is not None and prev.deadlines and prev.block == row.block:
            row.deadlines = [dict(d) for d in prev.deadlines]
            row.inferred.append("deadlines")
        if unit_col and not row.refs and prev is not None and prev.refs and prev.block == row.block:
            row.refs = {k: list(v) for k, v in prev.refs.items()}
            row.inferred.append(unit_col)
        rows.append(row)
        prev, row = row, None

    for i, (ln, cell) in enumerate(items):
        nxt = items[i + 1][1] if i + 1 < len(items) else None
        kind = _kind(cell, nxt, columns)
        if kind == "deadline" and (row is None or row.deadlines) and len(cell) > 8:
            kind = "text"  # a second "time" cell in one row is a new row's text (每年至少组织…)
        if kind == "block":
            flush()
            m = BLOCK.match(fold(cell))
            block, group, heading, number, prev = (cell[m.start(1) : m.end(1)].strip(), ln.no), None, None, None, None
        elif kind == "number":
            flush()
            number, heading = cell, None
        elif kind == "group":
            flush()
            item = numbered(Line(ln.no, cell, fold(cell)))
            group, heading = ((item[1], split_title(item[2])[0], ln.no) if item else (None, cell, ln.no)), None
        elif kind == "heading":
            flush()
            item = numbered(Line(ln.no, cell, fold(cell)))
            heading = (item[1], split_title(item[2])[0], ln.no) if item else (None, cell, ln.no)
        elif kind == "deadline" and row is not None and not row.deadlines:
            row.deadlines = deadlines.in_cell(cell, year)
        elif kind == "units" and row is not None and (col := _next_unit_column(row, columns)):
            for role, names in roles.marked(col, roles.split_units(cell)).items():
                row.refs.setdefault(role, []).extend(names)
            row.refs.setdefault(col, [])
        elif kind in ("deadline", "units"):
            pass  # a second value for a filled row: a stray merged cell
        elif row is not None and (col := _trailing_column(row, columns)):
            if col == "status":
                row.status = status_of(cell)  # 进展情况 after the row's time and units
        else:
            flush()
            own = numbered(Line(ln.no, cell, fold(cell)))
            row = Row(ln.no, cell, short_title(own[2] if own else cell), block=block)
            row.number = own[1] if own else (heading[0] if heading else number)
            row.groups = [g for g in (group, heading) if g]
            row.key = _key_of(own[1] if own else None, number, group, heading)
            if own and not re.match(r"^\d", fold(own[1])):
                row.key = _key_of(None, number, group, heading)
    flush()
    _keys(rows)
    return Table(columns, rows, header)


def _next_unit_column(row: Row, columns: list[str]) -> str | None:
    return next((c for c in columns if c in ("lead", "support", "units") and c not in row.refs), None)


def _trailing_column(row: Row, columns: list[str]) -> str | None:
    """A status or note column that follows every column this row has filled, and no task column after it."""
    filled = [i for i, c in enumerate(columns) if c in row.refs or (c == "deadline" and row.deadlines) or c == "task"]
    if not filled:
        return None
    after = columns[max(filled) + 1:]
    if "task" in after:
        return None
    return next((c for c in after if c in ("status", "note")), None) if (row.refs or row.deadlines) else None


def _key_of(own: str | None, number: str | None, group, heading) -> str:
    if own:
        return str(numeral(own))
    parts = [str(numeral(g[0])) for g in (group, heading) if g and g[0] and numeral(g[0]) is not None]
    if number:
        parts.append(number)
    return "-".join(parts)


def _keys(rows: list[Row]) -> None:
    """Stable row keys from the numbers written in the table; a repeat gets a letter."""
    seen: dict[tuple, int] = {}
    for row in rows:
        if not row.key:
            row.key = "-".join(filter(None, [str(_num(row.number)) if row.number else None])) or "r"
        k = (row.block[0] if row.block else None, row.key)
        seen[k] = seen.get(k, 0) + 1
        if seen[k] > 1 or (row.key == "r"):
            row.key = f"{row.key}-{seen[k]}" if row.key != "r" else f"r{seen[k]}"


def _num(number: str | None):
    return numeral(number) if number else None

"""Task tables, however a web copy flattened them: one task per row.

Three flattenings occur, each read by the column header (table_header.py: 序号, 重点任务, 牵头单位,
配合单位, 责任单位, 完成时限, 进展情况, 分管领导, 备注… read by meaning; a column
whose label says nothing known is skipped, never ending the header):

- one row per line, cells between `|`: "1 | 任务… | 市应急局 | 2024年底前 |";
- one row per line, cells separated by tabs or spaces ("序号 工 作 任 务 牵头负责部门",
  "1 居民消费价格涨幅3%左右 发展改革委"): the number is the first cell, unit and
  deadline cells are read from the right, the task is what lies between;
- one cell per line, with or without `|` (a web page's table cells copied one under
  the other). The header is a run of short label lines; a row starts at its 序号
  (or, with no 序号 column, at a task text once the row above has its task); each
  cell goes to the next column of the row that can hold it: a unit list to a unit
  column, a deadline to the time column, a person's name to a 领导 column, other text
  to the task, progress or note column. A cell that no column ahead can hold belongs
  to the one before it (a unit list wrapped over several lines), or opens the next row.
  Bare numbers counting 1, 2, 3… one a row are the rows' 序号 even where the header names
  no such column (a label over the number and the category cell before it).

A header with a column of legal grounds (公开依据) heads a catalogue of standing items (a 政务公开标准目录),
not a task table: its lines are taken as the table's, and it gives no rows.

In the one-cell-per-line shape merged cells simply do not appear: a unit or deadline
cell missing from a row is taken from the row above and the field is listed in
`inferred` (a guess); `单位名称:X` rows open a block of rows for unit X. Progress,
person and note columns never give units or deadlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import deadlines, roles
from .ids import numeral
from .outline import numbered, short_title, split_title
from .text import Line, fold
from .table_header import TEXT_COLUMNS, UNIT_COLUMNS, bar_cells, cells, glued_header, mark_rule, column_of, header_block, is_header, is_table_line, kinds_of, spaced_header, cells_of, wrapped_label_header
from .names import written
from .places import places
from .units import looks_like_unit, person_cell

BLOCK = re.compile(r"^(?:单位名称|责任单位|单位)\s*[:：]\s*(.+)$")


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
    below_category: int | None = None  # a row with no 序号 that opened with its category cell: its own first cell's line
    own_category: bool = False  # the row wrote a category cell of its own


@dataclass
class Table:
    columns: list[str]
    rows: list[Row]
    header_lines: list[int]


def parse(lines: list[Line], year: int | None = None) -> Table | None:
    """The table these lines hold (header first), or None when they hold none."""
    lines = _marks_read(bar_cells([ln for ln in lines if not ln.blank]))
    if lines and (glued := glued_header(lines[0])):
        return _by_glued(lines, glued, year)
    if len(lines) > 1 and title_cell(lines[0]):
        lines = lines[1:]  # the table's title as its first cell, above the header
    if not lines:
        return None
    first = [c for c in cells(lines[0]) if c] if is_table_line(lines[0]) else []
    spaced = spaced_header(lines[0])
    if is_header([column_of(c) for c in first]):
        if len(lines) > 2 and (under := _spanned_labels(lines[0], lines[1])):
            # a second header row under labels that span it (序号 | 内容清单 | 责任清单 | 措施清单 | 标准清单 | |||| over
            # 责任领导 | 责任人 | 责任处室 | 普法对象 | 学习宣传载体 | 方式措施 | |||): its labels stand in for the spanning ones
            first, lines = under, [lines[0]] + lines[2:]
        elif len(lines) > 2 and (more := _header_wrap(lines[0], lines[1])):
            # a header row wrapped over two lines ("序号 | 任务 | 责任单位 |" / "进展情况 | 完成状态 |"): one header
            first, lines = first + more, [lines[0]] + lines[2:]
        table = _by_rows(lines, kinds_of(first), year)
    elif spaced:
        table = _by_spaces(lines, spaced, year)
    else:
        columns, header = header_block(lines)
        lead_in = _group_cells_before_header(lines) if not columns else None
        if lead_in:
            # the first row's group cells copied above the header (一、… | / 1.… | / 工作任务 | …): the header
            # is read below them, and they stay the first rows' groups
            columns, header = header_block(lines[lead_in:])
            header = [ln.no for ln in lines[:lead_in]] + header
        if not columns:
            return None
        if "basis" in columns:  # a catalogue of standing items: its cells are read, its rows are no tasks
            return Table(columns, [], header)
        if _repeating([ln for ln in lines if ln.no in header]):
            return Table(columns, [], header)  # a matrix of figures by place or period: its rows are no tasks
        below = [ln for ln in lines if ln.no > header[-1]]  # lone "|" lines may stand above the header too
        if "number" not in columns and _counting(below):
            columns = ["number"] + columns
        # an indicator table (一级指标 | 二级指标 | … | 责任科室) writes each indicator's weight as a cell of its own
        weighted = sum(1 for ln in lines if ln.no in header and re.search(r"[一二三四五六]级指标", ln.fold)) >= 2
        table = _by_cells(below, columns, header, year, weighted)
        if any(_FIRST_LEADS.search(ln.fold) for ln in lines if ln.no in header):
            for row in table.rows:
                _first_leads(row)
    if "deadline" not in table.columns:
        for row in table.rows:  # no time column: the task's own words say by when, as in running text
            found = deadlines.in_text(row.text, year)
            row.deadlines = found + [d for d in row.deadlines if d not in found]  # and a schedule's steps
    if not any(c in UNIT_COLUMNS for c in table.columns):
        for row in table.rows:  # no unit column: a task cell's own clause names them ("…。(责任单位:市建设局)")
            row.refs = row.refs or roles.extract(row.text)
    return table


def _by_glued(lines: list[Line], at: tuple[int, int, str], year: int | None) -> Table:
    """Cells a text layer ran together with no separator, pages one a line behind their chunk number (1、 2、), rows
    counting 1, 2, 3… glued to the cell before (…各区(市)县政府(管委会)2完善…): each row's number opens it where it
    counts on right after a name's end; the row's unit cell is what follows its last sentence when that is a list
    of units (市商务局,市 / 2、住建局: a name broken by a page's end is joined again), its text the task, read for
    deadlines as running text."""
    from .outline import chunk_starts  # outline reads tables' rows: imported here, not at the top

    chunks = chunk_starts(lines)
    text, raw, where = "", "", []  # the run's text joined (folded and as written), the line each character is on
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        skip = at[1] if k == 0 else chunks.get(ln.no, 0)
        text += ln.fold[skip:]
        raw += ln.text[skip:]
        where += [ln.no] * (len(ln.fold) - skip)
    starts, n = [], 1
    for m in re.finditer(r"\d{1,3}(?=[\u4e00-\u9fff])", text):
        if int(m.group(0)) != n:
            continue
        if n > 1 and not re.search(r"(?:[局委办厅部会室队所站院中心府司]|\))$", text[: m.start()]):
            continue
        starts.append(m)
        n += 1
    rows: list[Row] = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        body = raw[m.end(): end]
        f = text[m.end(): end]
        cut = max(f.rfind("。"), f.rfind(";"))
        cell = body[cut + 1:].strip() if cut >= 0 else ""
        task = body[: cut + 1] if cell and _unit_cell(cell) else body
        row = Row(where[m.start()], task, short_title(task), number=m.group(0))
        row.key = m.group(0)
        if task is not body:
            _fill(row, at[2], cell, year)
        row.deadlines = deadlines.in_text(task, year)
        rows.append(row)
    return Table([at[2]], rows, [lines[0].no])


# a unit label's note saying the first name of each cell leads: 责任单位(第一为牵头单位), (排第一位的为牵头部门)
_FIRST_LEADS = re.compile(r"[(（](?:列|排)?(?:在|于)?(?:第一|首)(?:位|个)?(?:单位|部门)?(?:的|者)?为牵头")


def _first_leads(row: Row) -> None:
    """Under a header whose unit label says the first name leads (责任单位(第一为牵头单位)): a row's names, in one
    role or none (县农业农村局和各镇人民政府负责), have the first lead and the others support."""
    names = row.refs.get("lead") or row.refs.get("units") or []
    if len(names) < 2 or row.refs.get("support") or (row.refs.get("lead") and row.refs.get("units")):
        return
    row.refs.pop("lead", None)
    row.refs.pop("units", None)
    row.refs["lead"], row.refs["support"] = names[:1], names[1:]


def _group_cells_before_header(lines: list[Line]) -> int | None:
    """How many lines of numbered heading cells, one a line (一、提升依法高效履职能力 | / 1.持续提升政务服务效能 |),
    stand above a header written one label per line: the merged group cells of the table's first rows, copied
    before the header that spans them; None when the lines do not open so."""
    for k in range(1, 4):
        cell = next((c for c in cells(lines[k - 1]) if c), "") if k - 1 < len(lines) else ""
        if not cell or not is_table_line(lines[k - 1]) or not numbered(Line(lines[k - 1].no, cell, fold(cell))) \
                or re.search(r"[。,，;；:：!?！？]", cell):
            return None
        if header_block(lines[k:])[0]:
            return k
    return None


def _marks_read(lines: list[Line]) -> list[Line]:
    """A header label whose note names the lead by a mark beside the name (责任部门(加*号为牵头部门,其余为参与部门)):
    below it, a name carrying the mark, after it (区农业农村委*) or before it (*区农业农村委), is written with the
    role it marks (区农业农村委(牵头)), which a unit cell reads as any role marked after a name."""
    at = next(((k, m) for k, ln in enumerate(lines[:40]) for c in cells(ln) if c and (m := mark_rule(c))), None)
    if at is None:
        return lines
    k, mark = at
    m = re.escape(mark)
    after = re.compile(rf"(?<=[\u4e00-\u9fff)）])\s*{m}(?=\s*(?:[、,，;；|]|$))")
    before = re.compile(rf"(?:(?<=^)|(?<=[、,，;；|\s]))\s*{m}\s*([\u4e00-\u9fff][^、,，;；|]*?)(?=\s*(?:[、,，;；|]|$))")
    out = lines[: k + 1]
    for ln in lines[k + 1:]:
        f = after.sub("(牵头)", ln.fold)
        f = before.sub(lambda x: x.group(1) + "(牵头)", f)
        if f != ln.fold:
            text = f  # folded (half-width): the unit's name compares the same
            ln = Line(ln.no, text, fold(text))
        out.append(ln)
    return out


def _repeating(header: list[Line]) -> bool:
    """目标 / 任务 / 进度 / 完成比例(%) set again and again: the second header row of a matrix, the same labels
    under each measure it counts (城镇新增就业, 再就业…), whose rows are places or periods with their figures.
    A task table never writes its task column twice."""
    labels = [c for ln in header for c in cells(ln) if c and column_of(c)]
    for period in range(2, len(labels) // 2 + 1):
        if len(labels) % period == 0 and all(labels[i] == labels[i + period] for i in range(len(labels) - period)):
            return True
    return False


def title_cell(line: Line) -> bool:
    """"岳阳楼区2017年1-8月省重点民生实事完成情况表 |": a table's title copied as a cell of its own (a row merged
    across the table), above the header: a name ending in 表, 清单, 台账 or 情况, no sentence."""
    if not is_table_line(line):
        return False
    cs = [c for c in cells(line) if c]
    return len(cs) == 1 and len(cs[0]) <= 40 and re.search(r"(?:表|清单|台账|情况)$", fold(cs[0])) is not None \
        and not re.search(r"[。，,；;：:]", cs[0])


# ------------------------------------------------------------ what a cell holds


# a 序号 with a footnote's mark behind it (9*, 12※): the row's number, its note below the table
_NUMBER = re.compile(r"(\d{1,3})\s*[*※△▲☆★]?")


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.fullmatch(fold(cell).strip()))


def bare_number(cell: str) -> bool:
    """A row's 序号 written as digits alone (no 、 or . after them)."""
    return bool(re.fullmatch(r"\d{1,3}", fold(cell).strip()))


def _counting(lines: list[Line]) -> bool:
    """Cells that are bare numbers counting 1, 2, 3… one a row, under a header that names no 序号 column (a
    label over the number and its neighbour, 工作任务 over 做好主动公开基础工作 | 3): the rows' numbers."""
    numbers = [_value(c) for ln in lines for c in cells(ln) if c and _is_number(c)]
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def _value(cell: str) -> int:
    return int(_NUMBER.fullmatch(fold(cell).strip()).group(1))


def _unit_cell(cell: str) -> bool:
    """A cell of unit names, or a role clause of them (市发改委牵头落实, 办公室牵头,各科室配合)."""
    if len(cell) > 160 or "。" in cell.rstrip("。；;，, "):
        return False
    names = roles.split_units(cell)
    if not (names and all(looks_like_unit(n) and roles.plausible_name(n) for n in names)):
        clause = _clause(cell)  # 牵头处室:财务处: a labelled cell is a role clause, not one name
        names = [n for found in clause.values() for n in found] if clause else []
    return bool(names) and all(looks_like_unit(n) and roles.plausible_name(n) and not _phrase_of_towns(n) for n in names)


def _phrase_of_towns(name: str) -> bool:
    """A phrase that only ends like a township (成功创建首批浙江省美丽城镇: 城镇, a word): a name ending in 镇 or 乡
    names a township, so it ends with one's name, or is short (某某镇, 各乡镇)."""
    f = fold(name)
    if not re.search(r"[镇乡]$", f) or len(f) <= 6:
        return False
    found = places(f)
    return not (found and f.endswith(found[-1]))


_LEADERS = re.compile(r"\s*[(（][^()（）]{0,8}领导\s*[:：][^()（）]*[)）]$")


def _kind(cell: str, nxt: str | None, columns: list[str]) -> str:
    f = fold(cell)
    if _is_number(cell) and "number" in columns:
        return "number"
    if BLOCK.match(f):
        return "block"
    # a section row may name the leaders over it: 一、主要…指标、发改、…等工作目标(牵头领导:成坤、王俊)
    if re.match(r"^[一二三四五六七八九十]{1,3}[、.．]", f) and len(_LEADERS.sub("", f)) <= 60:
        return "group"
    if "deadline" in columns and deadlines.looks_like_cell(cell):
        return "deadline"
    if any(c in columns for c in UNIT_COLUMNS) and _unit_cell(cell):
        return "units"
    if re.match(r"^\d{1,2}[.、．]", f) and len(f) <= 40 and nxt is not None and _is_text(nxt, columns):
        return "heading"
    # so is a bracketed one ((1)加快发展现代服务业。) over the task text of a table with no other text column (序号 |
    # 重点工作内容 | 责任单位 | 配合单位); where the header sets several (工作任务 | 贯彻举措 | 工作要求) it is the row's task
    if re.match(r"^\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)", f) and len(f) <= 40 and nxt is not None \
            and _is_text(nxt, columns) and sum(c in TEXT_COLUMNS for c in columns) == 1:
        return "heading"
    # a bracketed section row ((一)王宏副市长牵头重点工作) with a row's 序号 right below it, in a table with a 序号
    # column: the rows below are its items, it is no row of its own (the row's own text follows its 序号)
    if "number" in columns and re.match(r"^\([一二三四五六七八九十]{1,3}\)", f) and len(f) <= 40 \
            and nxt is not None and _is_number(nxt):
        return "heading"
    if "person" in columns and person_cell(cell):
        return "person"
    return "text"


def _is_text(cell: str, columns: list[str]) -> bool:
    return _kind(cell, None, columns) == "text"


# ------------------------------------------------------------ one row per line, | between cells


def _spanned_labels(head: Line, nxt: Line) -> list[str] | None:
    """The labels of a two-row pipe header whose rows are as wide as each other, the first padded with empty cells
    where its labels span the second's (序号 | 内容清单 | 责任清单 | 措施清单 | 标准清单 | |||| over 责任领导 | 责任人 |
    责任处室 | 普法对象 | 学习宣传载体 | 方式措施 | |||): the second row's labels in place of the spanning ones, which
    follow the first row's task label (the item's own columns first), as many as the second row's labels outrun the
    first row's padding; None when the rows are no such header."""
    if not is_table_line(nxt):
        return None
    top, below = cells(head), cells(nxt)
    if len(top) != len(below) or len(top) < 5:
        return None
    labels, sub = [c for c in top if c], [c for c in below if c]
    width = len(top) - (1 if top[-1] == "" and below[-1] == "" else 0)
    if top[: len(labels)] != labels or below[: len(sub)] != sub or len(labels) >= width:
        return None  # labels first, the padding after them, in each row
    if any(len(c) > 8 or re.search(r"[\d、,，。;；:：]", c) for c in sub) or sum(1 for c in sub if column_of(c)) < 2:
        return None
    spans = len(labels) + len(sub) - width
    kinds = [column_of(c) for c in labels]
    if "task" not in kinds or spans < 1:
        return None
    at = kinds.index("task") + 1
    if at + spans > len(labels):
        return None
    return labels[:at] + sub + labels[at + spans:]


def _header_wrap(head: Line, nxt: Line) -> list[str] | None:
    """The labels a pipe header row carries on to its next line: a closed header line followed by a line of
    short labels only (no number, no sentence), one of them a known column label."""
    if not head.text.rstrip().endswith(("|", "｜")) or not is_table_line(nxt):
        return None
    more = [c for c in cells(nxt) if c]
    if not more or any(len(c) > 8 or re.search(r"[\d、,，。;；:：]", c) for c in more):
        return None
    return more if any(column_of(c) for c in more) else None


def _wrapped_tail(row: "Row | None", filled: int, cs: list[str], columns: list[str]) -> bool:
    """A line holding only the last cells of the row above, which stopped short of the header's width
    ("…完成目标任务的130.33%。 |" / "达预期 |"): the cells fall in progress, status or note columns only."""
    if row is None or not cs or filled + len(cs) > len(columns) or _is_number(cs[0]):
        return False
    return all(col not in ("number", "task", "group", "deadline", *UNIT_COLUMNS)
               for col in columns[filled:filled + len(cs)])


def _rejoined(lines: list[Line], columns: list[str]) -> list[Line]:
    """A row of a table whose rows each close with "|", broken where one of its cells holds a line break: a line that
    stops without its closing "|", the next one going on with the rest of that cell and the row's remaining cells, up
    to the "|" that closes the row ("… | 市规划局 | 市国土资源局" / "市农牧林业局 | 2010年9月20日前 |"), the two lines'
    cells together as many as the header's. The two lines are one row, on the first one's line; the cell's two
    pieces, each a unit's name, are two names (a name broken in two is joined)."""
    if not lines[0].text.rstrip().endswith(("|", "｜")):
        return lines
    out: list[Line] = [lines[0]]
    k = 1
    while k < len(lines):
        a = lines[k]
        b = lines[k + 1] if k + 1 < len(lines) else None
        ca = [c for c in cells(a)]
        if ca and ca[0] == "":
            ca = ca[1:]
        cb = cells(b) if b is not None else []
        if cb and cb[-1] == "":
            cb = cb[:-1]
        if (b is None or a.blank or a.text.rstrip().endswith(("|", "｜")) or not is_table_line(a) or not is_table_line(b)
                or not b.text.rstrip().endswith(("|", "｜")) or not cb or not cb[0] or _is_number(cb[0])
                or numbered(Line(b.no, cb[0], fold(cb[0]))) or len(ca) + len(cb) - 1 != len(columns)):
            out.append(a)
            k += 1
            continue
        tail, head = ca[-1], cb[0]
        glue = " " if looks_like_unit(tail) and looks_like_unit(head) else ""
        text = " | ".join([*ca[:-1], tail + glue + head, *cb[1:]]) + " |"
        out.append(Line(a.no, text, fold(text)))
        k += 2
    return out


def _by_rows(lines: list[Line], columns: list[str], year: int | None) -> Table:
    lines = _rejoined(lines, columns)
    rows: list[Row] = []
    prev: dict[str, str] = {}
    section: tuple[str | None, str, int] | None = None
    bordered = lines[0].text.strip().startswith(("|", "｜"))
    closed = lines[0].text.rstrip().endswith(("|", "｜"))  # each row closed by a | (工作任务 | … | 时限要求 |)
    last_task, last_sub = "", False
    short: tuple[Row, int] | None = None  # the row above and its cell count, when it stopped short of the header
    for ln in lines[1:]:
        cs = cells(ln)
        if cs and cs[-1] == "":
            cs = cs[:-1]
        if cs and cs[0] == "" and (len(cs) > len(columns) or bordered):
            cs = cs[1:]
        if not any(cs):
            continue
        if short and not numbered(Line(ln.no, cs[0], fold(cs[0]))) and _wrapped_tail(short[0], short[1], cs, columns):
            for i, value in enumerate(cs):
                _fill(short[0], columns[short[1] + i], value, year)
            short = None
            continue
        short = None
        if all(re.fullmatch(r"[-:—\s]*", c) for c in cs):
            continue  # a markdown-style rule line
        # a bordered row with no closing | is cut off (the copy ends in it): its missing cells are
        # unknown, not merged
        cut = (bordered or closed) and not ln.text.rstrip().endswith(("|", "｜"))
        heads, cs = _category_cells(cs, columns, ln.no)
        if heads:
            section = heads[-1]
        cs = _spanning_cells(cs, columns)
        shift = _offset(cs, columns, last_task)
        cs = [""] * shift + cs
        if cut and cs and cs[-1]:
            cs[-1] = _CUT_GROUP.sub("", cs[-1])  # "市住建局等政府各有关": the group after 等 cut before its noun
            if len(cs) <= len(columns) and columns[len(cs) - 1] in UNIT_COLUMNS and _cut_unit_list(cs[-1]):
                # the copy ends inside the unit cell's last name (市科技局、市经): the names before the cut are
                # the cell's, the cut one none
                cs[-1] = roles.without_cut_name(cs[-1])
        values: dict[str, str] = {}
        for col, value in zip(columns, cs + [""] * (len(columns) - len(cs))):
            if col == "group" and values.get("group") and value:
                values["group"] += " " + value
            elif col not in values or not values[col]:
                values[col] = value
        if "number" not in columns and _is_number(values.get("group", "")) and values.get("task"):
            values["number"], values["group"] = values["group"], ""  # the row's 序号 under a merged header cell
        task = values.get("task", "")
        filled = [c for c in cs if c]
        item = numbered(Line(ln.no, filled[0], fold(filled[0]))) if len(filled) == 1 else None
        if len(filled) == 1 and (not task or (item and item[0] <= 2 and len(columns) > 2)):
            section = (item[1], split_title(item[2])[0], ln.no) if item else (None, filled[0], ln.no)
            prev = {}  # a row spanning the table ("一、燃气安全 | | |") opens a section
            continue
        if not task:
            continue
        # "新增学位810个 | |||||": a row holding only its task, no 序号, under a numbered row: the second line of
        # that row's item, its 序号, unit and time cells merged over it (empty in the copy)
        # ("新增托位500个。 | 新增托位600个。 | ||": its task and progress only, the same)
        only_text = all(col in TEXT_COLUMNS for col, value in values.items() if value)
        sub_row = "number" in values and not values.get("number") and only_text and not cut and bool(rows) \
            and (bool(rows[-1].number) or last_sub)  # a second such row under the same numbered one too
        row = Row(ln.no, task, "")
        row.title = short_title(task)
        own = numbered(Line(ln.no, task, fold(task)))
        row.number = values.get("number") or (own[1] if own else None)
        for i, col in enumerate(columns):
            # a unit column of a kind the header names twice (检查主体 | … | 股室: the body and its office) keeps
            # its own cell, and its own cell above for a merged one
            twice = col in UNIT_COLUMNS and columns.count(col) > 1
            key = f"{col}{i}" if twice else col
            value = (cs[i] if i < len(cs) else "") if twice else values.get(col, "")
            # a cell missing from a short row sits under a merged cell: take the row above (a guess);
            # a cell written empty ("| |") is empty, except a category column, which is only ever merged
            merged = (i >= len(cs) and not cut) or i < shift or col == "group" or sub_row
            if not value and merged and col in ("group", *UNIT_COLUMNS, "deadline") and prev.get(key):
                value = prev[key]
                if col != "group":
                    row.inferred.append("deadlines" if col == "deadline" else col)
            if value:
                prev[key] = value
            _fill(row, col, value, year)
        if cut and "deadline" in columns and not values.get("deadline"):
            row.deadlines = deadlines.in_text(" ".join(v for c, v in values.items() if c in ("task", "schedule", "target") and v), year)
        if section:
            row.groups = [section] + row.groups
        rows.append(row)
        last_task, last_sub = task, sub_row
        if closed and not cut and len(cs) < len(columns):
            short = (row, len(cs))
    _keys(rows)
    return Table(columns, rows, [lines[0].no])


# the copy ends inside a group after 等, before the noun its modifier needs (等政府各有关 | 部门)
_CUT_GROUP = re.compile(r"等[^、,，;；()（）]{0,8}(?:有关|相关|各|其他)$")


def _category_cells(cs: list[str], columns: list[str], no: int) -> tuple[list[tuple[str | None, str, int]], list[str]]:
    """"一、以公开助力… | (一)加强… | 1 | 进一步… | 市政府各有关部门… | 持续推进 |": a row longer than its header,
    opening with the section headings its category cells merge over the rows below (the header's label spans
    them): (the headings as sections, the row's other cells)."""
    filled = [c for c in cs if c]
    heads: list[tuple[str | None, str, int]] = []
    while len(filled) - len(heads) > len(columns):
        cell = filled[len(heads)]
        item = numbered(Line(0, cell, fold(cell)))
        if not item or item[0] > 2:
            return [], cs
        heads.append((item[1], split_title(item[2])[0], no))
    if not heads:
        return [], cs
    return heads, cs[cs.index(filled[len(heads) - 1]) + 1:]


def _spanning_cells(cs: list[str], columns: list[str]) -> list[str]:
    """"就业促进工程 | 促进…就业创业 | 城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 … | 刘 强 | 区人社局 | 陈 宗 |"
    under 项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人: a row longer than its header because a middle label spans
    several cells (分解情况 over the indicator, its figure and each township's share). The row's last cells line up with
    the labels after the header's last text column, read from the right; the cells between join the spanning one.
    Only where the unit cell so read is a list of units and the one read from the left is not."""
    n = len(cs)
    while n and not cs[n - 1]:
        n -= 1
    if n <= len(columns):
        return cs
    last_text = max((i for i, col in enumerate(columns) if col in TEXT_COLUMNS), default=None)
    if last_text is None or last_text == len(columns) - 1:
        return cs
    tail = len(columns) - 1 - last_text
    unit_cols = [i for i in range(last_text + 1, len(columns)) if columns[i] in UNIT_COLUMNS]
    right = cs[n - tail:n]
    if not unit_cols or any(not _unit_cell(right[i - last_text - 1]) or _unit_cell(cs[i]) for i in unit_cols):
        return cs
    return cs[:last_text] + [" ".join(c for c in cs[last_text:n - tail] if c)] + right


def _offset(cs: list[str], columns: list[str], last_task: str) -> int:
    """Where a short row's cells start. A row with fewer cells (up to its last filled one) than the
    header sits under merged cells, most often leading ones ("| 2.措施 | 县农业农村局 | 2025年底前 | | |"
    under 目标 | 内容 | 措施 | 责任单位 | 完成时限, the copy padding the row at its end): its cells go
    where they fit their columns best: a unit list under a unit column, a time under the time
    column, a 序号 under 序号, the next number of the task column (6. after 5.) under the task
    column. A tie keeps them from the left (a row with empty last cells, a row cut off mid-cell)."""
    n = len(cs)
    while n and not cs[n - 1]:
        n -= 1
    if n == 0 or n >= len(columns):
        return 0
    row = cs[:n]
    prev = numbered(Line(0, last_task, fold(last_task))) if last_task else None

    def fit(shift: int) -> int:
        score = 0
        for col, cell in zip(columns[shift:], row):
            if not cell:
                continue
            number, units, due = _is_number(cell), _unit_cell(cell), deadlines.looks_like_cell(cell)
            if col == "number":
                score += 1 if number else -1
            elif col in UNIT_COLUMNS:
                score += 1 if units and not due else -1
            elif col == "deadline":
                score += 1 if due else -1
            elif col == "task":
                own = numbered(Line(0, cell, fold(cell)))
                if number or units or due:
                    score -= 1
                elif own and prev and own[0] == prev[0] and numeral(own[1]) is not None \
                        and numeral(own[1]) == (numeral(prev[1]) or 0) + 1:
                    score += 1
        return score

    scores = [fit(k) for k in range(len(columns) - n + 1)]
    return scores.index(max(scores))


def _fill(row: Row, col: str, value: str, year: int | None) -> None:
    if not value:
        return
    if col in UNIT_COLUMNS:
        for role, names in unit_roles(col, value).items():
            row.refs.setdefault(role, []).extend(u for u in names if roles.plausible_name(u) and u not in row.refs.get(role, []))
    elif col == "deadline":
        row.deadlines += [d for d in deadlines.in_cell(value, year) if d not in row.deadlines]
    elif col in ("target", "schedule"):
        row.deadlines += [d for d in deadlines.in_text(value, year) if d not in row.deadlines]
    elif col == "group":
        row.groups = [(None, value, row.line)]
    elif col == "status" and row.status is None:
        row.status = status_of(value)


def unit_roles(col: str, cell: str) -> dict[str, list[str]]:
    """The units of a unit cell by role: the column's role, or a role marked after a name
    (市应急局(牵头)); in a column for both (主责单位与协办单位) the first unit, or the units
    before a ；, lead and the others support."""
    joint = _with_partner(cell)
    if joint and col in ("units", "lead"):
        return joint
    if col == "units":
        clause = _clause(cell)
        if clause:
            return clause
    if col != "lead-support":
        return roles.marked(col, roles.split_units(cell))
    parts = re.split(r"[;；]", cell, maxsplit=1)
    names = roles.split_units(parts[0])
    lead, others = (names, roles.split_units(parts[1])) if len(parts) > 1 else (names[:1], names[1:])
    out = roles.marked("lead", lead)
    for role, found in roles.marked("support", others).items():
        out.setdefault(role, []).extend(found)
    return out


def _with_partner(cell: str) -> dict[str, list[str]] | None:
    """"宣传处会办公室": two offices joined by 会 (for 会同) in a unit cell: the first leads, the one it works with
    supports. Only an office ending as a department does (处, 局, 科, 室, 股), so 区安委会办公室 stays one name."""
    m = re.fullmatch(r"\s*([^、,，;；()（）]{2,20}?[处局科室股])会同?([^、,，;；]{2,30}?)\s*", cell)
    if not m or not all(looks_like_unit(x) and roles.plausible_name(x) for x in m.groups()):
        return None
    return {"lead": [m.group(1)], "support": [m.group(2)]}


def _clause(cell: str) -> dict[str, list[str]] | None:
    """A 责任单位 cell written as a role clause ("A牵头,各有关部门按照职责分工负责", "A、B按职责分工负责"):
    its roles as the same clause gives in running text (a verb beats the column's lack of a role)."""
    f = fold(cell)
    found = roles.parse_clause(f, strict=True)
    if not found or not found.roles:
        return None
    return {role: [written(cell, f, n) for n in names] for role, names in found.roles.items()}


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


# ------------------------------------------------------------ one row per line, spaces between cells


def _by_spaces(lines: list[Line], columns: list[str], year: int | None) -> Table:
    """Rows start with their number; the trailing unit and deadline columns are read from the right
    (their cells hold no spaces), the text between is the task."""
    rows: list[Row] = []
    tail = []
    for col in reversed(columns):
        if col in TEXT_COLUMNS:
            break
        tail.insert(0, col)
    # a header whose cells one space parts: a row's wider gap is an empty merged cell ("2  严守用水…",
    # "3   抓好…"), not the table's separator, so its rows split at every space too
    single = not re.search(r"\t| {2,}|\u3000", lines[0].text.strip())
    # a header whose wide gaps only join a label's two lines (牵头  领导): its rows' cells one space parts, each
    # cell one word, and its unit cells stand in the middle of the row, read from the left after the task
    middle = wrapped_label_header(lines[0]) is not None
    single = single or middle
    # the row's last cells all unit cells (but for a deadline cell closing the row: 主要责任单位 协同配合单位 完成期限)
    dated = bool(tail) and tail[-1] == "deadline"
    units_part = tail[:-1] if dated else tail
    unit_tail = units_part if units_part and all(c in UNIT_COLUMNS for c in units_part) else []

    def unit_line(tokens: list[str]) -> bool:
        """A line of unit cells below a row's line, or (the row's last) unit cells and the row's deadline cell."""
        names = tokens[:-1] if dated and len(tokens) >= 2 and deadlines.looks_like_cell(tokens[-1]) \
            and not _unit_cell(tokens[-1]) else tokens
        return all(_unit_cell(t) for t in names)
    entries = [(ln, ln.text.split() if single else cells_of(ln.text)) for ln in lines[1:]]
    entries = [(ln, tokens) for ln, tokens in entries if tokens]
    wrapped: dict[int, str] = {}  # a row's wrapped line, less the end of a unit cell's name it held
    for k, (ln, tokens) in enumerate(entries):
        if k and _is_number(entries[k - 1][1][0]) and not _is_number(tokens[0]) and len(tokens) >= 2:
            # a PDF row wrapped onto the next line, each column's overflow under its column: the line's
            # last piece ends a unit cell's broken name ("县发展改革委、县住房和城乡建" / "设局")
            row = entries[k - 1][1]
            j = next((j for j in range(len(row) - 1, 0, -1) if _wrapped_cell(row[j], tokens[-1])), None)
            if j is not None:
                row[j] += tokens[-1]
                wrapped[ln.no] = " ".join(tokens[:-1])
    grouped: list[tuple[Line, list[str], list[list[str]]]] = []  # a row's line, its cells, its unit lines below
    if entries and unit_tail and not re.search(r"[。；;，,、]$", entries[-1][1][-1]) and _cut_unit_list(entries[-1][1][-1]):
        # the copy ends inside a unit cell's last name (区发改委,各乡镇人民政府、街道办事处,谯城经开): the names
        # before the cut are the cell's, the cut one none
        last = entries[-1][1]
        last[-1] = roles.without_cut_name(last[-1])
    for ln, tokens in entries:
        if _is_number(tokens[0]):
            grouped.append((ln, tokens, []))
        elif len(tokens) == 1 and (m := numbered(ln)) and m[0] < 3:
            continue  # a section row ("二、…") between rows: no row's text
        elif grouped and unit_tail and unit_line(tokens) \
                and _unit_cell((grouped[-1][2][-1] if grouped[-1][2] else grouped[-1][1])[-1]):
            # a row's unit cells set below its line, one a line: a cell holding two units writes them one
            # under the other ("2 一般公共预算收入增长5%左右。 区财政局" / "区税务局" / "区政府有关部门,…")
            grouped[-1][2].append(tokens)
        elif grouped:  # a row's text wrapped onto the next line
            grouped[-1][1].append("\0" + wrapped.get(ln.no, ln.text.strip()))
    for ln, tokens, below in grouped:
        wrapped_lines = [t for t in tokens if t.startswith("\0")]
        wraps = "".join(t[1:] for t in wrapped_lines)
        tokens = [t for t in tokens if not t.startswith("\0")]
        number, rest = tokens[0], tokens[1:]
        if middle:
            rows.append(_middle_row(ln, number, rest, [t[1:] for t in wrapped_lines], columns, year))
            continue
        closing = []  # the row's deadline cell at the end of its last unit line ("区发改委、…。 2023年12月底")
        if below and len(below[-1]) >= 2 and not _unit_cell(below[-1][-1]):
            below[-1], closing = below[-1][:-1], below[-1][-1:]
        for k, extra in enumerate(below):
            held = next((n for n in range(len(rest), 0, -1) if all(_unit_cell(c) for c in rest[-n:])), 0)
            if held and held + sum(len(e) for e in below[k:]) > len(unit_tail):
                rest[-1] += "、" + extra[0]  # the line's first name goes on the cell above it
                rest += extra[1:]
            else:
                rest += extra
        rest += closing
        values: dict[str, str] = {}
        for col in reversed(tail):
            if col == "other" or len(rest) < 2:
                continue
            cell = rest[-1]
            fits = (col in UNIT_COLUMNS and _unit_cell(cell)) or (col == "deadline" and deadlines.looks_like_cell(cell)) \
                or (col == "person" and person_cell(cell)) or (col == "assessor" and _unit_cell(cell))
            if fits:
                values[col] = rest.pop()
        text = " ".join(rest) + wraps
        row = Row(ln.no, text, short_title(text), number=number)
        for col, value in values.items():
            _fill(row, col, value, year)
        rows.append(row)
    _keys(rows)
    return Table(columns, rows, [lines[0].no])


def _middle_row(ln: Line, number: str, first: list[str], more: list[str], columns: list[str], year: int | None) -> Row:
    """A row of a table whose cells one space parts, its unit cells after the task and the person cell (序号 | 任务 |
    牵头领导 | 牵头责任单位 | 主体责任单位 | 配合责任单位 | 工作评价 | 进展情况 …): the cells read from the left. A line
    the row wraps onto holding one word goes on the cell before it (各乡镇 / 县开发区: one cell's two lines); a longer
    one holds the row's next cells. A person's name may be spaced out (汪  峰)."""
    cells_ = [[c] for c in first]  # each cell its lines
    for extra in more:
        words = extra.split()
        if len(words) == 1 and cells_:
            cells_[-1].append(words[0])
        else:
            cells_ += [[w] for w in words]
    task = cells_[0][0] if cells_ else ""
    row = Row(ln.no, task, short_title(task), number=number)
    i = 1
    start = columns.index("task") + 1 if "task" in columns else 1
    for col in columns[start:]:
        if col == "person":
            while i < len(cells_) and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", cells_[i][0]) and not _unit_cell(cells_[i][0]):
                i += 1
        elif col in UNIT_COLUMNS and i < len(cells_) and all(_unit_cell(x) for x in cells_[i]):
            for part in cells_[i]:  # a cell's lines name one unit each (各乡镇 / 县开发区)
                _fill(row, col, part, year)
            i += 1
        else:
            break
    return row


# ------------------------------------------------------------ one cell per line


@dataclass
class _Pending:
    """The row being read: the column each cell went to, in order."""

    number: tuple[str, int] | None = None
    filled: list[tuple[int, str, int]] = field(default_factory=list)  # (column index, cell, line)

    @property
    def pos(self) -> int:
        return self.filled[-1][0] if self.filled else -1

    def has(self, kind: str, columns: list[str]) -> bool:
        return any(columns[i] == kind for i, _, _ in self.filled)


def _by_cells(lines: list[Line], columns: list[str], header: list[int], year: int | None, weighted: bool = False) -> Table:
    items = [(ln, next((c for c in cells(ln) if c), "")) for ln in lines]
    empty_cells = _pipe_closed(items)
    items = [(ln, c) for ln, c in items if c or empty_cells]
    opened = _opened_rows(items, len(columns)) if empty_cells else None
    if opened:
        return _by_position(opened, columns, header, year)
    if any(c in columns for c in UNIT_COLUMNS):
        items = _unwrapped(items)
    items = _upright(items)
    rows: list[Row] = []
    group: tuple[str | None, str, int] | None = None
    heading: tuple[str | None, str, int] | None = None
    block: tuple[str, int] | None = None
    cur = _Pending()
    prev: Row | None = None
    last_number: tuple[str, int] | None = None  # rows below a merged 序号 cell share its number
    after_heading = False  # the cell before was a section heading (numbering may start anew below it)

    def ahead(kinds: tuple[str, ...]) -> int | None:
        return next((j for j in range(cur.pos + 1, len(columns)) if columns[j] in kinds), None)

    task_col = next((k for k, c in enumerate(columns) if c == "task"), len(columns))
    lead_col = next((k for k, c in enumerate(columns[:task_col]) if c in UNIT_COLUMNS), None)

    def flush(cut: bool = False):
        nonlocal cur, prev
        _assessor_last(cur, columns)
        row = _row_of(cur, last_number, columns, group, heading, block, year)
        written = {columns[j] for j, _, _ in cur.filled}
        cur = _Pending()
        if row is None:
            return
        if cut:  # the copy ends inside this row's task: its other cells were cut off, not merged
            rows.append(row)
            return
        # a cell missing from the row sits under a merged cell: the row above's (a guess, flagged)
        if "deadline" in columns and "deadline" not in written and prev is not None and prev.deadlines and prev.block == row.block:
            row.deadlines = [dict(d) for d in prev.deadlines]
            row.inferred.append("deadlines")
        unit_col = next(({"lead-support": "lead"}.get(c, c) for c in ("units", "lead", "support", "lead-support") if c in columns), None)
        if unit_col and not written & set(UNIT_COLUMNS) and prev is not None and prev.refs and prev.block == row.block:
            row.refs = {k: list(v) for k, v in prev.refs.items()}
            row.inferred.append(unit_col)
        rows.append(row)
        prev = row

    for i, (ln, cell) in enumerate(items):
        nxt = items[i + 1][1] if i + 1 < len(items) else None
        started = cur.has("task", columns) or cur.has("group", columns)
        if not cell:  # an empty cell of a row: its column is passed, nothing in it
            if started and cur.pos + 1 < len(columns):
                cur.filled.append((cur.pos + 1, "", ln.no))
            continue
        kind = _kind(cell, nxt, columns)
        if kind == "text" and started and len(cur.filled) == 1 and cur.number is None and columns[cur.pos] == "task" \
                and cur.pos + 1 < len(columns) and columns[cur.pos + 1] == "person" and nxt is not None \
                and _kind(nxt, None, columns) == "person":
            # 全市经济社会发展主要预期目标 | / 地区生产总值增长8% | / 常务副市长 |: two text cells before the row's leader
            # cell: the first is the group's category cell (the group's first row carries it), the second the row's task
            group, heading = (None, cur.filled[0][1], cur.filled[0][2]), None
            cur = _Pending()
            started = False
        if kind == "heading" and "number" not in columns and nxt is not None and _INDICATOR.match(fold(nxt)):
            kind = "text"  # 1.提高孕产妇医疗保健水平。 / ——孕产妇死亡率…: a numbered target over its indicators opens a row
        if started and kind == "text" and cur.filled and columns[cur.pos] in ("task", "group") \
                and _INDICATOR.match(fold(cell)) and _indicator_list(cur.filled[-1][1]):
            j, before, no = cur.filled[-1]  # ——女性人均预期寿命延长。 / ——到2020年,…: one target cell's indicators
            cur.filled[-1] = (j, f"{before}\n{cell}", no)
            continue
        if started and kind == "text" and cur.filled and columns[cur.pos] in UNIT_COLUMNS and nxt is not None \
                and _kind(nxt, None, columns) == "units" and _short_name(cell) \
                and all(_ITEM_MARK.match(fold(r.text)) for r in rows) \
                and _ITEM_MARK.match(fold(next(c for k, c, _ in cur.filled if columns[k] in TEXT_COLUMNS) or "")):
            kind = "units"  # 省财政厅 / 省人口计生 / 省妇联: a name the page shortened, among the row's unit cells
        if started and kind == "text" and cur.filled and _POINTS.fullmatch(fold(cell).strip()):
            j, before, no = cur.filled[-1]  # 省部共建工作成效 / (20分): the points the cell above counts for, no cell
            cur.filled[-1] = (j, f"{before} {cell.strip()}", no)
            continue
        if started and kind == "text" and "number" not in columns and columns[cur.pos] == "task" \
                and not any(columns[k] in UNIT_COLUMNS for k, _, _ in cur.filled) and ahead(UNIT_COLUMNS) is not None \
                and _point_on(cur.filled[-1][1], cell):
            j, before, no = cur.filled[-1]  # 1.认真学习…2分。 / 2.结合实际…1分。: one task cell's numbered points, no row each
            cur.filled[-1] = (j, f"{before}\n{cell}", no)
            continue
        if started and kind == "text" and cur.filled and _by_period(cur.filled[-1][1], cell, nxt, cur.pos == len(columns) - 1):
            j, before, no = cur.filled[-1]  # 第一季度…: / 第二季度…: one cell's paragraphs, a quarter each
            cur.filled[-1] = (j, f"{before}\n{cell}", no)
            continue
        if weighted and started and kind in ("text", "number", "heading") and cur.filled and _WEIGHT.fullmatch(fold(cell).strip()) \
                and columns[cur.pos] in TEXT_COLUMNS:
            j, before, no = cur.filled[-1]  # 重点领域信息 / 23: the indicator's weight, no column of its own
            cur.filled[-1] = (j, f"{before} {cell.strip()}", no)
            continue
        if weighted and started and kind == "text" and cur.filled and columns[cur.pos] in TEXT_COLUMNS \
                and ahead(TEXT_COLUMNS) is None and not _WEIGHT_END.search(fold(cur.filled[-1][1])) \
                and _WEIGHT_END.search(fold(cell)):
            j, before, no = cur.filled[-1]  # …检查结 / 果及处理信息(0.5: an indicator wrapped before its weight
            cur.filled[-1] = (j, before + cell, no)
            continue
        if kind == "units" and started and i == len(items) - 1 and roles.depth(fold(cell)) > 0:
            # the copy ends inside a bracket of the cell's last name (各县(市、区(q): that name is cut, no unit
            kept = [n for n in roles.split_outside_brackets(cell, "、,，")[0][:-1] if n.strip()]
            j = ahead(UNIT_COLUMNS) if ahead(UNIT_COLUMNS) is not None else cur.pos
            if kept:
                cur.filled.append((j, "、".join(kept), ln.no))
            flush(cut=True)
            continue
        if kind == "deadline" and len(cell) > 8 and (not started or ahead(("deadline",)) is None):
            kind = "text"  # a second "time" cell in one row is a new row's text (每年至少组织…)
        if kind == "number" and not _next_number(cell, last_number, started, after_heading) \
                and not (started and cur.pos == len(columns) - 1 and _counts_on(cell, last_number)):
            # a figure in a data column (目标 26000 / 完成 95), not the next row's 序号; but a number that
            # counts on from the last 序号 where the row has no column left opens the next row (a table of
            # only the rows one unit carries skips the others: 6, 52, 53…)
            kind = "text"
        if kind in ("number", "text") and started and "target" not in columns[cur.pos + 1:] and nxt is not None \
                and columns[cur.pos] == "target" and (_kind(nxt, None, columns) == "units" or _is_number(nxt)) \
                and not any(columns[k] in UNIT_COLUMNS for k, _, _ in cur.filled) and (free := _rewrap(cur, columns)) is not None:
            # 完成启 / 动准备 / 2 / 5 / 县农业农村局…负责: the row has one figure too many for its target columns, its unit
            # cell still to come, and two short pieces of words side by side: one target cell a narrow column wrapped
            cur.filled.append((free, cell, ln.no))
            continue
        if kind == "number" and started and "target" in columns[cur.pos + 1:] and nxt is not None \
                and (_is_number(nxt) or _kind(nxt, None, columns) == "units"):
            # 完成启动准备 / 2 / 5 / 县农业农村局…负责: a figure of the row's yearly targets that happens to count on
            # from its 序号; a row's 序号 is followed by its own text, never by another figure or its unit cell
            kind = "text"
        group_first = next((k for k, c in enumerate(columns) if c == "group"), len(columns)) < \
            next((k for k, c in enumerate(columns) if c == "task"), -1)
        if kind == "heading" and group_first and "number" not in columns and _POINTS_END.search(fold(cell)):
            # 1.持续深化理论武装(8分) over 1.把学习… / 2.建立… / 机关党委: an assessed item with the marks it counts for, the
            # row's own first cell (its 考评项目), not a heading over rows
            flush()
            cur.filled.append((next(k for k, c in enumerate(columns) if c == "group"), cell, ln.no))
            after_heading = False
            continue
        heading_above, after_heading = after_heading, kind in ("group", "heading", "block")
        if kind == "number" and cur.number is None and cur.filled and all(columns[j] == "group" for j, _, _ in cur.filled):
            if _category_before_number(columns):
                cur.number = last_number = (cell, ln.no)  # the row's category cell stood before its 序号
                continue
            # 序号 | 名称 | 工作任务: a text before the first 序号 is a section row over the rows below, no row's own
            group, heading, cur = (None, cur.filled[0][1], cur.filled[0][2]), None, _Pending()
        if kind == "number" and (started or cur.number is None):
            flush()
            cur.number = last_number = (cell, ln.no)
            continue
        if kind == "block":
            flush()
            m = BLOCK.match(fold(cell))
            block, group, heading, prev, last_number = (cell[m.start(1) : m.end(1)].strip(), ln.no), None, None, None, None
            continue
        if kind in ("text", "heading") and started and columns[cur.pos] in ("status", "note") \
                and _paragraph_on(cur.filled[-1][1], cell):
            k, before, no = cur.filled[-1]  # 1.实地查看… / 2.不断完善…: one progress cell's numbered paragraphs
            cur.filled[-1] = (k, f"{before}\n{cell}", no)
            continue
        if kind in ("group", "heading") and not (kind == "heading" and started and ahead(TEXT_COLUMNS) is not None):
            flush()
            item = numbered(Line(ln.no, cell, fold(cell)))
            found = (item[1], split_title(item[2])[0], ln.no) if item else (None, cell, ln.no)
            if kind == "group":
                group, heading = found, None
            else:
                heading = found
            continue
        if kind == "units" and lead_col is not None and (not started or cur.pos >= task_col and ahead(UNIT_COLUMNS) is None):
            # a table whose unit column comes before the task (牵头单位 | 目标任务 | 责任单位): a unit cell opens its row
            if started:
                flush()
            cur.filled.append((lead_col, cell, ln.no))
            continue
        if kind in ("units", "deadline", "person") and started:
            kinds = UNIT_COLUMNS + ("assessor",) if kind == "units" else (kind,)
            j = ahead(kinds)
            if j is not None:
                cur.filled.append((j, cell, ln.no))
                continue
            if cur.filled and columns[cur.pos] in kinds and kind != "person" \
                    and (kind == "units" or ahead(TEXT_COLUMNS) is None):
                cur.filled.append((cur.pos, cell, ln.no))  # one cell written over several lines
                continue
            if kind == "person" and columns[cur.pos] == "person" and cur.pos + 1 < len(columns) \
                    and columns[cur.pos + 1] in UNIT_COLUMNS and nxt is not None and _kind(nxt, None, columns) == "units":
                # a leader cell naming two people one under the other (董贵波 / 郑敏强) in a table whose unit column
                # comes right after the leader's, the row's unit cell right below them: the second name is the
                # same cell's, no row of its own
                cur.filled.append((cur.pos, cell, ln.no))
                continue
            behind = next((k for k in range(cur.pos) if columns[k] == "deadline"), None)
            if kind == "deadline" and behind is not None and not cur.has("deadline", columns):
                # a stray cell passed over the row's time column (经管站 | 2 | 2023年底 | progress…): the
                # deadline still goes to that column, and the row's place stays where the stray cell put it
                cur.filled.insert(len(cur.filled) - 1, (behind, cell, ln.no))
                continue
            back = next((k for k in range(cur.pos) if columns[k] in UNIT_COLUMNS), None)
            if kind == "units" and back is not None and not any(columns[k] in UNIT_COLUMNS for k, _, _ in cur.filled):
                # a sub-item's cell passed over the row's unit column (9 | 深化… | 完成在职参保人数6300人 | 区人社局 |
                # 6300人): the unit still goes to that column, as a time cell does above
                cur.filled.insert(len(cur.filled) - 1, (back, cell, ln.no))
                continue
            if kind == "units" or (kind == "deadline" and len(cell) <= 8):
                continue  # a second value for a filled column: a stray merged cell
        if started and kind == "text" and cur.filled and cur.pos == len(columns) - 1 and _figure_fragment(cell):
            j, before, no = cur.filled[-1]  # 完成率 / (  100 %): the last cell wrapped before its figure goes on
            cur.filled[-1] = (j, f"{before} {cell}", no)
            continue
        if started and kind == "text" and i == len(items) - 1 and columns[cur.pos] in UNIT_COLUMNS and _cut_unit_list(cell):
            # the copy ends inside a unit cell's second paragraph (区工信局 / 区投促局、多福湾工作专), in a table whose
            # rows have no 序号 to open them: the names before the cut are the cell's, the cut one none; where the
            # cell above was closed by its "|" (政策法规处 | / 各市(州)卫生健康局,…,省中医药), this is the next unit cell
            j = cur.pos
            if ahead(UNIT_COLUMNS) is not None and items[i - 1][0].fold.rstrip().endswith("|"):
                j = ahead(UNIT_COLUMNS)
            cur.filled.append((j, roles.without_cut_name(cell), ln.no))
            flush(cut=True)
            continue
        task_j = ahead(("task",))
        unit_j = next((k for k in range(task_j + 1, len(columns)) if columns[k] in UNIT_COLUMNS), None) if task_j else None
        if started and kind == "text" and i == len(items) - 1 and unit_j is not None and _cut_unit_list(cell) \
                and len(cur.filled) == 1 and columns[cur.filled[0][0]] == "group" \
                and fold(cur.filled[0][1]).rstrip().endswith(("。", "；", ";")):
            # the copy ends inside the unit cell right below a row's text taken for a merged 任务 cell (…澄清事实。 /
            # 市发改委、…、市金融办、人民银): a sentence closed is the row's task, no heading, the names before the cut its units
            _, text, no = cur.filled[0]
            cur.filled = [(task_j, text, no), (unit_j, roles.without_cut_name(cell), ln.no)]
            flush(cut=True)
            continue
        if started and kind == "text" and i == len(items) - 1 and re.fullmatch(r"[省市县区镇乡]", fold(cell).strip()):
            flush(cut=True)  # the copy ends after a name's level (县): no name, none from the row above
            continue
        if started and kind == "text" and i == len(items) - 1 and columns[cur.pos] == "person" \
                and cur.pos + 1 < len(columns) and columns[cur.pos + 1] in UNIT_COLUMNS \
                and re.fullmatch(r"[省市县区][\u4e00-\u9fff]{2,8}", fold(cell).strip()):
            # the copy ends inside the unit cell after the row's leader cell (常务副市长 | / 市发展改革): that name cut,
            # no unit, and no next row (a row opens with its task, not a level's department)
            flush(cut=True)
            continue
        if started and kind == "text" and _cut_unit_cell(i == len(items) - 1, columns, cur.pos) and last_number is not None:
            # the copy ends inside the row's unit cell (市发): no name, none from the row above; in a table whose rows
            # carry no 序号 (the copy lost them) the last text is the next row's task, cut (积极推进技术改造和淘)
            flush(cut=True)
            continue
        # text: the row's task, or the next text column of the row, or the next row's task
        if started:
            j = ahead(tuple(c for c in TEXT_COLUMNS if c != "group"))
            if j is None and cur.pos + 1 < len(columns) and columns[cur.pos + 1] not in UNIT_COLUMNS + ("number", "task"):
                j = cur.pos + 1  # the next column's cell, written in words no rule reads ("按省统一部署")
            if j is not None and (columns[j] != "task" or not cur.has("task", columns)):
                cur.filled.append((j, cell, ln.no))
                continue
            flush()
        # a row's first text: its category (重点任务 | 具体措施), unless a heading cell just gave it one
        group_col = next((k for k, c in enumerate(columns) if c == "group"), None)
        task_col = next((k for k, c in enumerate(columns) if c == "task"), None)
        # (a short name right under a heading cell, a sentence after it, is that row's category all the same: 一、强化…
        # | 严格定点协议管理 | 切实加强…。 as the rows below it without the heading write 强化医保医师管理 | 医保部门…。)
        named_under_heading = heading_above and nxt is not None and _short_name(cell) \
            and re.search(r"[。；;]$", fold(nxt).rstrip()) is not None and len(fold(nxt)) > 2 * len(fold(cell))
        j = group_col if group_col is not None and task_col is not None and group_col < task_col \
            and (not heading_above or named_under_heading) else task_col
        if j is None:
            continue
        cur.filled.append((j, cell, ln.no))
    # a last row whose task cell breaks off mid-sentence is where the copy ends, not a row under merged cells; so
    # is one whose last cell breaks off inside a list of units (浦江镇、马桥镇、华漕镇、梅陇镇、)
    last = fold(cur.filled[-1][1]).rstrip() if cur.filled else ""
    flush(cut=bool(cur.filled) and (columns[cur.pos] in TEXT_COLUMNS and not re.search(r"[。；;！!？?]$", last)
                                    or columns[cur.pos] in UNIT_COLUMNS and last.endswith(("、", ",", "，"))))
    _below_merged_categories(rows)
    _keys(rows)
    return Table(columns, rows, header)


# a target's indicator, a dash bullet opening a paragraph of its cell (——孕产妇死亡率控制在15/10万以内。)
_INDICATOR = re.compile(r"^\s*(?:——|－－|--)(?=\S)")
# an item's mark opening a table's row: 1. / 1、 / ——
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}[.、．]|——|－－|--)")


def _indicator_list(before: str) -> bool:
    """The cell the row's text holds so far is a numbered target or a list of indicators (1.… / ——…): a dash line
    right below it, the row having no other cell yet, is one more of its indicators, not the next row's text (a
    领域 or 一、 heading in a category column takes none)."""
    return bool(re.match(r"^\s*\d{1,2}[.、．]", fold(before)) or _INDICATOR.match(fold(before)))


def _short_name(cell: str) -> bool:
    """A short run of characters with no mark, figure or punctuation: a name, not a task's text (省人口计生, 省科协)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", fold(cell).strip()))


# an indicator's weight: a figure alone (23, 0.75) or closing its cell ("…补贴相关政策(0.25", "…处理信息等0.5")
_WEIGHT = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_WEIGHT_END = re.compile(r"[(（]?\d{1,3}(?:\.\d{1,2})?[)）]?$")


# the points a target letter's cell counts for, set on a line of its own below it: (20分), (10分)
_POINTS = re.compile(r"[(（]\s*\d{1,3}(?:\.\d)?\s*分\s*[)）]")
# a paragraph opening with the quarter it sets the work of: 第一季度(每项5分):…, 二季度:…
_QUARTER = re.compile(r"^第?([一二三四1-4])季度")


def _by_period(before: str, cell: str, nxt: str | None, full: bool) -> bool:
    """A cell written as paragraphs, one a quarter (第一季度(每项5分):完成… / 第二季度…): a paragraph whose quarter
    follows the one the cell's last paragraph opens with goes on in that cell; so does the first of them, where the
    row has no column left and the next paragraph is the next quarter's (a target letter's target cell, below the
    item it is for)."""
    m = _QUARTER.match(fold(cell).strip())
    if not m:
        return False
    n = numeral(m.group(1))
    last = _QUARTER.match(fold(before).rsplit("\n", 1)[-1].strip())
    if last:
        return numeral(last.group(1)) + 1 == n
    following = _QUARTER.match(fold(nxt or "").strip())
    return full and n == 1 and following is not None and numeral(following.group(1)) == 2


def _assessor_last(cur: _Pending, columns: list[str]) -> None:
    """责任部门 | 评分部门 closing the row, the row's unit lines running 县海洋与渔业局 / 县农业农村局 / 市农业农村局: the
    scoring column's cell is the row's last line, the lines before it the unit cell wrapped over lines."""
    at = [k for k, (j, _, _) in enumerate(cur.filled) if columns[j] == "assessor"]
    if len(at) < 2 or at[0] == 0:
        return
    j = cur.filled[at[0] - 1][0]
    if columns[j] in UNIT_COLUMNS:
        for k in at[:-1]:
            _, cell, no = cur.filled[k]
            cur.filled[k] = (j, cell, no)


def _category_before_number(columns: list[str]) -> bool:
    """The header sets a category column before the 序号 (类别 | 序号 | 任务), or has no 序号: a text cell
    before a row's number is that row's category."""
    return "number" not in columns or columns.index("group") < columns.index("number")


def _paragraph_on(before: str, cell: str) -> bool:
    """"2.不断完善…" after a cell whose last paragraph is "1.实地查看…": the next numbered paragraph of one cell
    (a progress or note cell written as 1. 2. 3.), not the next row's task."""
    last = re.findall(r"(?:^|\n)(\d{1,2})[.、．]", fold(before))
    m = re.match(r"(\d{1,2})[.、．]", fold(cell))
    return bool(last and m) and int(m.group(1)) == int(last[-1]) + 1


# the marks an assessed item counts for, closing its cell: 持续深化理论武装(8分), 带头做到“两个维护”(5 分 )
_POINTS_END = re.compile(r"[(（]\s*\d{1,3}\s*分\s*[)）]\s*$")


def _point_on(before: str, cell: str) -> bool:
    """"2.结合实际…" after a task cell whose last numbered point is 1. (its points set off by a line break, or by a
    space after a sentence: …扣1分。 3.制定…): the cell's next point, in a table with no 序号 to open its rows."""
    last = re.findall(r"(?:^|\n|[。;；,，]\s*)(\d{1,2})[.、．](?=[\u4e00-\u9fff])", fold(before))
    m = re.match(r"\s*(\d{1,2})[.、．](?=[\u4e00-\u9fff])", fold(cell))
    return bool(last and m) and int(m.group(1)) == int(last[-1]) + 1


def _figure_fragment(cell: str) -> bool:
    """"(  100 %)": a bracketed figure with no word in it, the rest of a row's last cell that a narrow column
    wrapped (完成率 / (100 %)); no task is written without words, so it opens no row (a bare number may: 序号)."""
    f = fold(cell).strip()
    return not re.search(r"[\u4e00-\u9fff]", f) and re.fullmatch(r"[(（].*[)）]|.*%", f) is not None


def _pipe_closed(items: list[tuple[Line, str]]) -> bool:
    """Cells copied one per line, each closed by its own "|" ("农林水务局 |"): a lone "|" is then an empty
    cell of the row (an empty 备注), not the border between two cells."""
    full = [ln for ln, c in items if c]
    closed = [ln for ln in full if ln.fold.rstrip().endswith("|")]
    return len(full) >= 6 and len(closed) * 10 >= len(full) * 9


def _opened_rows(items: list[tuple[Line, str]], width: int) -> list[list[tuple[Line, str]]] | None:
    """Cells copied one per line, each closed by its own "|", each row opened by a lone "|" (the border
    before its first cell): the rows, when every one holds exactly as many cells as the header has labels
    (the copy's last one up to as many). Such a copy writes no empty cell, so each cell's place in its row
    is its column."""
    groups: list[list[tuple[Line, str]]] = [[]]  # the first row's border may close the header's run
    for ln, cell in items:
        if not cell:
            groups.append([])
        else:
            groups[-1].append((ln, cell))
    groups = [g for g in groups if g] if groups and not groups[-1] else [g for g in groups[:-1] if g] + groups[-1:]
    if len(groups) < 2 or any(len(g) != width for g in groups[:-1]) or len(groups[-1]) > width:
        return None
    return groups


def _by_position(groups: list[list[tuple[Line, str]]], columns: list[str], header: list[int], year: int | None) -> Table:
    """Rows whose cells go to the columns in order, whatever they hold (a township under 建设地点 is no unit,
    a bare 2024 under 建设时间 is the row's time); a last row the copy cuts short has no cells after the cut."""
    rows: list[Row] = []
    for group in groups:
        cur = _Pending()
        for j, (ln, cell) in enumerate(group):
            if columns[j] == "number" and _is_number(cell):
                cur.number = (cell, ln.no)
            else:
                cur.filled.append((j, cell, ln.no))
        row = _row_of(cur, None, columns, None, None, None, year)
        if row is not None:
            rows.append(row)
    _keys(rows)
    return Table(columns, rows, header)


def _cut_unit_list(cell: str) -> bool:
    """区投促局、多福湾工作专: a list of units whose last name the copy stops inside."""
    names = roles.split_outside_brackets(fold(cell), "、,，")[0]
    return len(names) > 1 and all(looks_like_unit(n) for n in names[:-1]) and not looks_like_unit(names[-1])


def _cut_unit_cell(last: bool, columns: list[str], pos: int) -> bool:
    """The copy's last cell, where a numbered table's row has only its unit column left: that cell cut
    off inside its name, not the next row's task (a next row would open with its 序号)."""
    return last and "number" in columns and pos + 1 < len(columns) and columns[pos + 1] in UNIT_COLUMNS


def _rewrap(cur: _Pending, columns: list[str]) -> int | None:
    """Two cells side by side in target columns that are short pieces of words (完成启 / 动准备: two to four
    characters each, no figure, no mark) are one cell wrapped: joined, the cells after them move back a column;
    the column left free, or None where no such pair is in the row."""
    short = re.compile(r"[\u4e00-\u9fff]{2,4}")
    for k in range(len(cur.filled) - 1):
        (a, x, no), (b, y, _) = cur.filled[k], cur.filled[k + 1]
        if columns[a] == columns[b] == "target" and short.fullmatch(fold(x).strip()) and short.fullmatch(fold(y).strip()):
            cols = [j for j, _, _ in cur.filled]
            rest = cur.filled[k + 2:]
            cur.filled[k:] = [(a, x.strip() + y.strip(), no)] + [(cols[k + 1 + m], c, n) for m, (_, c, n) in enumerate(rest)]
            return cols[-1]
    return None


def _upright(items: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """A merged cell written one character a line (园 / 区 / 化 / 推 / 进, a narrow column set upright): three or
    more cells of one character each, one after another, are one cell on the first one's line."""
    out: list[tuple[Line, str]] = []
    run: list[tuple[Line, str]] = []

    def close():
        if len(run) >= 3:
            out.append((run[0][0], "".join(c.strip() for _, c in run)))
        else:
            out.extend(run)
        run.clear()

    for ln, cell in items:
        if re.fullmatch(r"[\u4e00-\u9fff]", fold(cell).strip()):
            run.append((ln, cell))
            continue
        close()
        out.append((ln, cell))
    close()
    return out


def _unwrapped(items: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """Unit cells a PDF wrapped inside a name joined again: "市司法局、市发展改革" / "委" is one cell
    (the two lines together are a list of units)."""
    out: list[tuple[Line, str]] = []
    joined = False
    for ln, cell in items:
        if out and (_wrapped_cell(out[-1][1], cell) or joined and _wrapped_on(out[-1][1], cell)):
            out[-1] = (out[-1][0], out[-1][1] + cell)
            joined = True
        else:
            out.append((ln, cell))
            joined = False
    return out


def _wrapped_on(before: str, cell: str) -> bool:
    """A name wrapped over three lines or more (市政 / 府办 / 公厅): after a join, a short piece with no level of
    its own that makes the name longer still goes on with it."""
    c = fold(cell).strip()
    return len(c) <= 3 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", c)) and not re.match(r"[省市区县镇乡各]", c) \
        and _unit_cell(before + cell)


def _wrapped_cell(before: str, cell: str) -> bool:
    """The line goes on with the cell above: the page broke a unit's name ("市司法局、市发展改革" / "委")."""
    f, c = fold(before).strip(), fold(cell).strip()
    if not f or f.endswith(("、", ",", "，")) or _is_number(cell) or deadlines.looks_like_cell(cell):
        return False
    pieces = [x.strip() for x in roles.split_outside_brackets(c, "、,，")[0]]
    head = roles.split_outside_brackets(f, "、,，")[0][-1].strip()
    # the broken name opens with its level and ends in no office's suffix (市发展改革, 市住房和城乡); its rest
    # writes no level of its own, as a new cell's name does (市财政局), and ends in one (委, 建设局; not 张三)
    return bool(pieces) and len(head) <= 12 and roles.broken_after_level(head, pieces[0]) \
        and roles.OFFICE_END.search(pieces[0]) is not None \
        and not person_cell(cell) and roles.wrapped_name(head, pieces[0]) and _unit_cell(before + cell)


def _next_number(cell: str, last: tuple[str, int] | None, started: bool, after_heading: bool) -> bool:
    """Does this number open the next row? The first one does, and so does one that counts on from
    the last row's 序号 (gaps of a few rows are left-out rows), or any after a section heading."""
    if last is None or after_heading or not started:
        return True
    step = _value(cell) - _value(last[0])
    return 0 < step <= 20


def _counts_on(cell: str, last: tuple[str, int] | None) -> bool:
    return last is not None and _value(cell) > _value(last[0])


def _row_of(cur: _Pending, last_number, columns: list[str], group, heading, block, year: int | None) -> Row | None:
    texts = [(cell, no) for j, cell, no in cur.filled if columns[j] == "task"]
    categories = [(cell, no) for j, cell, no in cur.filled if columns[j] == "group"]
    if not texts:  # the category column merged over the rows below it: the one text is the task
        texts, categories = categories, []
    elif cur.number and categories and "number" in columns and columns.index("group") < columns.index("number") \
            and categories[0][1] > cur.number[1]:
        # 类别 | 序号 | 指标 | 目标…: a category cell written after the row's 序号 cannot be its category, which stands
        # before it (merged over the rows, in the first one only): it is the row's own item, the cells after it move on
        texts, categories = categories[:1], []
    if not texts:
        return None
    if categories:
        group = (None, categories[0][0], categories[0][1])
    text, line = texts[0]
    own = numbered(Line(line, text, fold(text)))
    number = (cur.number or last_number or (None,))[0]
    row = Row(cur.number[1] if cur.number else cur.filled[0][2], text, short_title(own[2] if own else text), block=block)
    row.own_category = bool(categories)
    if categories and not cur.number and "number" not in columns and categories[0][1] == row.line and line > row.line \
            and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", "".join(fold(categories[0][0]).split())):
        row.below_category = line  # the row's own first cell under the category cell it opened with
    # the row's own 序号 where it has one (1 under a section row (一)…); else the heading it stands under
    row.number = own[1] if own else (cur.number[0] if cur.number else heading[0] if heading else number)
    row.groups = [g for g in (group, heading) if g]
    row.key = _key_of(own[1] if own and re.match(r"^\d", fold(own[1])) else None, number, group, heading)
    for j, cell, _ in cur.filled:
        col = columns[j]
        if col in UNIT_COLUMNS:
            for role, names in unit_roles(col, cell).items():
                row.refs.setdefault(role, []).extend(n for n in names if n not in row.refs.get(role, []))
        elif col not in ("task", "group"):
            _fill(row, col, cell, year)
    return row


def _below_merged_categories(rows: list[Row]) -> None:
    """工作任务 | 具体内容 | 责任部门 with no 序号, the category cell written before the first row of its group only (推进
    政策公开 / 常态化公开… / 财政所… / 积极探索… / 便民综合服务中心): a cell merged over the rows, not each row's own first
    cell, since rows below it open without one; every row opens at its own first cell below it. Where every row
    opens with a category cell (a short name of its own, 严格定点协议管理 / 切实加强…) that cell is the row's."""
    if not any(r.below_category for r in rows) or all(r.own_category for r in rows):
        return
    for r in rows:
        if r.below_category:
            r.line = r.below_category


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

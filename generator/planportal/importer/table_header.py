"""The header of a flattened task table: which column holds what, read by meaning.

Labels are matched whatever their spacing or numbers (`分 管 县领导`, `1-10月推进情况`,
`完成目标(%)`); a label wrapped over two lines is joined (`责任` / `领导`); a label that says
nothing known is an `other` column, skipped but never ending the header. See tables.py for
how rows are read under it.

    column_of(label)        -> kind or None
    header_block(lines)     -> (kinds, header line numbers) of a header written one label per line
    is_catalogue(kinds)     -> a catalogue's header (an item column beside a column of legal grounds)
    spaced_header(line)     -> kinds of a header whose cells are separated by tabs or spaces
"""

from __future__ import annotations

import re

from .outline import numbered
from .text import Line, fold

# Column kinds by label, first match wins (领导 before 牵头, 时间进度 before 进度, 目标任务 before 任务).
COLUMNS = [
    ("number", r"序号|编号"),
    ("person", r"(?:分管|联系|责任|牵头|包保|挂点)?(?:[省市区县]级?)?领导(?:同志)?|责任人|联系人|负责人"),
    # 主责单位与协办单位, 牵头/配合单位: one column naming both (the first unit leads)
    ("lead-support", r"(?:牵头|主责|主办)(?:单位|部门)?(?:与|和|及)?(?:配合|协办|协同|参与)(?:单位|部门)"),
    ("deadline", r"完成时限|完成时间|时间节点|计划节点|完成期限|时限|时间进度|进度安排|时间安排|完成时段|时间|期限"),
    ("status", r"进展情况|完成情况|工作进展|推进情况|落实情况|进展|当前进度|进度|完成进度|是否完成|是否达序|是否达到序时进度|成效|整改情况|销号情况|完成率|完成比例"
               # 工作评价: the row's standing against its schedule (达到时序进度, 已完成)
               r"|工作评价"),
    ("note", r"备注|说明"),
    # 负责科室: a department's own office answering for the row, in the department's own task table (a 负责
    # column: the office that leads it; 负责部门 stays a units column below)
    ("lead", r"牵头单位|牵头部门|主责单位|主要责任单位|牵头责任单位|牵头负责部门|牵头|负责(?:科室|处室|股室)"),
    ("support", r"配合单位|配合部门|协同单位|参与单位|协办单位|协同配合单位|协作单位|主要协作单位|协助单位|协助部门|配合"),
    # 整改实施主体: the body that carries the rectification out (实施 → implement); 监督单位, 督导单位,
    # 验收单位: the body that checks it (牵头验收单位, 配合验收单位 keep the lead / support above)
    ("implement", r"实施主体|落实主体"),
    ("supervise", r"监督单位|督导单位|督办单位|督查单位|验收单位|验收销号单位"),
    ("units", r"责任单位|责任部门|实施单位|承办单位|责任主体|负责部门|主体单位|责任主体与协同单位|责任科室|责任处室|责任股室|责任清单|整改主体|整改单位"
               # 系统内责任处、局、单位: 责任 over the kinds of body the cell names, listed (处、局、单位)
               r"|责任(?:处室?|科室?|股室?|局|委|中心|单位|部门){2,4}"
               # 责任街镇: the townships that carry the task out beside the departments (责任部门 | 责任街镇)
               r"|责任街镇|责任镇街|责任乡镇"
               # 检查主体: an inspection plan's (双随机 抽查计划) body that inspects, named with no role word
               r"|(?:检查|抽查|执法|监管)主体"),
    # 评分部门, 考核单位: the bodies that score the work (a county's list scored by the city's departments), not the
    # ones that do it: a column of unit names that gives no units
    ("assessor", r"(?:评分|考核|考评|打分|评价)(?:部门|单位)"),
    # 公开依据, 设定依据: a column of legal grounds marks a catalogue of standing items (a 政务公开标准目录, a
    # 权责清单), whose rows are no plan's tasks
    ("basis", r"依据"),
    ("target", r"(?!.*(?:与|和)任务)[\u4e00-\u9fff]{0,6}目标[\u4e00-\u9fff]{0,4}|指标要求|指标"),
    ("group", r"行动名称|类别|领域|项目类别|专项行动|工作板块|板块|工程名称"),
    # 工作举措及实施计划, 推进计划: the row's measures set out by when (1.4月底前…; 2.8月底前…), its dated steps the row's deadlines
    ("schedule", r"(?:举措|措施)及(?:实施|推进|进度)计划|(?:实施|推进|进度)计划"),
    ("task", r"重点任务|任务|措施|内容|事项|举措|工作要点|重点工作|主要工作|民生实事|项目|问题|具体要求|工作要求"),
]
UNIT_COLUMNS = ("lead", "support", "units", "lead-support", "implement", "supervise")
TEXT_COLUMNS = ("task", "group", "target", "schedule", "status", "note", "other", "measure")
# a line naming a table (…情况表, …一览表, …分解表) or an attachment (附件:…) is the title over a table
_TABLE_TITLE = re.compile(r"^附件|(?:情况|清单|一览|分解|统计|明细|汇总|台账|进度|任务|计划|安排|责任)表$")


# a unit column's note stating how to read a mark beside a name: 加*号为牵头部门 / 标☆的为牵头单位 (the marked
# names lead), 其余为参与部门 (the others support)
_MARK_NOTE = re.compile(r"(?:标|加|带)(?:注|有)?\s*[“\"']?([☆★*△▲※◆◇●#])[”\"']?\s*号?(?:的|者)?(?:单位|部门)?(?:为|是)(?:牵头|主责)")
_OTHERS_SUPPORT = re.compile(r"其余(?:的|者)?(?:单位|部门)?(?:为|是)(?:参与|配合|协办|协助|协同)")


def mark_rule(label: str) -> str | None:
    """The mark a header label's note names the lead by (责任部门(加*号为牵头部门,其余为参与部门) -> *)."""
    m = _MARK_NOTE.search(fold(label))
    return m.group(1) if m and column_of(label) in UNIT_COLUMNS else None


def column_of(label: str) -> str | None:
    """The kind of column a header label names, or None."""
    note = re.search(r"[(（]([^()（）]*)[)）]\s*$", fold(label))
    if note and _MARK_NOTE.search(note.group(1)) and _OTHERS_SUPPORT.search(note.group(1)) \
            and column_of(label[: note.start()]) == "units":
        return "support"  # 责任部门(加*号为牵头部门,其余为参与部门): the names not marked support (the marked lead)
    # 1-10月推进情况, 完成目标(%), 责任单位 (第一为牵头单位) (a space before the note)
    label = re.sub(r"[(（][^()（）]*[)）]$|[^\u4e00-\u9fff]+", "", re.sub(r"\s+", "", fold(label)))
    if _TABLE_TITLE.search(label):
        return None  # 附件:具体整改情况表 / 整改任务清单表: a table's title above it, no column's label
    if label == "名称":
        return "group"
    if re.search(r"组织领导$", label):
        return None  # 强化组织领导 (5分): a row's item of work, the Party's leadership of it, no column of leaders
    if label in ("股室", "科室", "处室"):
        return "units"  # 检查主体 | … | 股室: the bare kind of office names the offices that run the rows, no role
    if label in ("单位", "计量单位"):
        return "measure"  # 单位 | 年度目标: the unit a target is counted in (%, 万亩), a label of its own  # 名称 | 责任单位 | 工作任务与目标: the name of the item the task belongs to
    if not label or len(label) > 12:
        return None
    either = label.split("或")
    if len(either) == 2 and all(either):
        # 责任单位或牵头单位: one column of the unit answering for the row or, where several do, the one leading
        # them (beside a 协助单位 column): the lead
        if {column_of(part) for part in either} == {"units", "lead"}:
            return "lead"
    for name, pattern in COLUMNS:
        if re.fullmatch(rf"[\u4e00-\u9fff]{{0,4}}(?:{pattern})[\u4e00-\u9fff]{{0,4}}", label):  # 工作事项名称
            return name
    if re.fullmatch(r"[\u4e00-\u9fff]{1,8}名称", label) and not re.search(r"(?:单位|部门)名称$", label):
        return "group"  # 专项整治行业名称: the name of the row's item (the task when no column says 任务)
    period = _PERIOD.match(label)
    if period and period.end() < len(label):
        return column_of(label[period.end():])  # 第二季度工作落实情况: the period a progress column reports on
    return None


# the period a column's label opens with (第二季度工作…, 上半年…, 1-10月… whose figures are already gone)
_PERIOD = re.compile(r"(?:第?[一二三四]季度|前三季度|[上下]半年|全年|本年度|年度|月份?)(?:工作)?")


def cells(line: Line) -> list[str]:
    parts = line.text.replace("｜", "|").split("|")
    return [p.strip() for p in parts]


def is_table_line(line: Line) -> bool:
    return "|" in line.fold and not line.fold.startswith("[")


def is_header(known: list[str | None]) -> bool:
    """Mostly known labels, one of them holding the task: a task or target column, or an item-name
    column beside a unit column (专项整治行业名称 | 时间安排 | 责任单位)."""
    found = [k for k in known if k]
    named = "group" in found and any(k in UNIT_COLUMNS for k in found)
    return len(known) >= 2 and len(found) >= 2 and len(found) * 5 >= len(known) * 3 \
        and ("task" in found or "target" in found or named)


def kinds_of(labels: list[str]) -> list[str]:
    """Column kinds of a header: unknown labels are `other`; with no task column, the first target
    column holds the task; of two task columns (重点任务 | 具体措施) the first groups the rows, and
    so does a target column before the task (指标 | 工作任务: the 指标 names the category)."""
    out = [column_of(c) or "other" for c in labels]
    if "task" not in out and "target" in out:
        out[out.index("target")] = "task"
    elif "task" not in out and "group" in out and any(k in UNIT_COLUMNS for k in out):
        out[out.index("group")] = "task"  # 行业名称 | 时间安排 | 责任单位: each named item is a row's task
    tasks = [i for i, c in enumerate(out) if c == "task"]
    if len(tasks) >= 3 and tasks == list(range(tasks[0], tasks[0] + len(tasks))):
        # 工作任务 | 贯彻举措 | 工作要求 side by side: the task, then the words that set it out (each row's own)
        for i in tasks[1:]:
            out[i] = "other"
        tasks = tasks[:1]
    if len(tasks) == 1 and "number" in out and tasks[0] < out.index("number") and "target" in out[out.index("number"):]:
        # 重点任务 | 序号 | 主要指标 | 2021年目标 | …: a task label before the 序号 names the rows' category, the first
        # target after the 序号 holds each row's own item
        out[tasks[0]] = "group"
        tasks = [out.index("target", out.index("number"))]
        out[tasks[0]] = "task"
    for i in tasks[:-1]:
        out[i] = "group"
    if tasks and "group" not in out[: tasks[-1]]:
        before = [i for i in range(tasks[-1]) if out[i] == "target"]
        if before:
            out[before[0]] = "group"
    return out


def _bar(line: Line) -> bool:
    return bool(line.fold.strip()) and not line.fold.replace("|", "").replace("｜", "").strip()


def bar_cells(lines: list[Line]) -> list[Line]:
    """Cells copied one per line, each closed by a lone "|" line, a cell's paragraphs or wrapped words on lines
    of their own ("完成2022年度" / "乡村振兴示范村建设" / "|"; "(一)" / "持续" / "推进" / "|"): the lines between two
    "|" lines are one cell, joined on the first one's line. Only where no line between the bars holds a "|" of its
    own (a row written across its line is another shape) and some cell does run over lines."""
    bars = [k for k, ln in enumerate(lines) if _bar(ln)]
    if len(bars) < 6:
        return lines
    runs = [[ln for ln in lines[a + 1:b] if not ln.blank] for a, b in zip(bars, bars[1:])]
    if any("|" in ln.fold or "｜" in ln.fold for run in runs for ln in run) or not any(len(run) > 1 for run in runs):
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if k in bars or ln.blank or k < bars[0] or k > bars[-1]:
            out.append(ln)
            k += 1
            continue
        run = [ln]
        k += 1
        while k < len(lines) and k not in bars:
            if not lines[k].blank:
                run.append(lines[k])
            k += 1
        text = "".join(x.text for x in run)
        out.append(Line(ln.no, text, fold(text)))
    return out


# a label's note in brackets behind it
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def header_block(lines: list[Line]) -> tuple[list[str], list[int]]:
    """A header written one label per line at the start of `lines`: (column kinds, header line numbers).
    A label wrapped over two lines (责任 / 领导) is joined."""
    lines = bar_cells(lines)
    labels, header = [], []
    pending = None  # the line a year-wrapped label's rest stands on
    stop = len(lines)
    for at, ln in enumerate(lines):
        stop = at
        cs = [c for c in cells(ln) if c]
        if not cs:
            if labels:
                header.append(ln.no)
            continue  # a lone "|" between cells
        # a label may carry its note in brackets (责任部门(加*号为牵头部门,其余为参与部门), 重点工作任务(杭州市2项配合
        # 工作): the count of the rows below): the label is what counts
        label = _NOTE.sub("", cs[0]) if column_of(cs[0]) in UNIT_COLUMNS + ("task",) else cs[0]
        if len(cs) != 1 or len(re.sub(r"\s+", "", label)) > 14 or numbered(Line(ln.no, cs[0], fold(cs[0]))):
            break
        kind = column_of(cs[0])
        before = column_of(labels[-1]) if labels else "number"
        if labels and re.fullmatch(r"\d{4}\s*年度?", cs[0]) and pending is None:
            # 2021年 / 目标: a label wrapped right after its year, its rest on the next line
            nxt = next((x for x in lines[at + 1: at + 3] if [c for c in cells(x) if c]), None)
            rest = [c for c in cells(nxt) if c] if nxt is not None else []
            if len(rest) == 1 and column_of(cs[0] + rest[0]) is not None and not re.search(r"\d", rest[0]):
                labels.append(cs[0] + rest[0])
                header += [ln.no, nxt.no]
                pending = nxt.no
                continue
        if pending == ln.no:
            pending = None
            continue
        if labels and column_of(labels[-1]) in UNIT_COLUMNS and re.fullmatch(r"[(（][^()（）]{2,14}[)）]", cs[0]):
            labels[-1] += cs[0]  # 责任单位 / (第一为牵头单位): the label's note on a line of its own
            header.append(ln.no)
            continue
        # 责任 / 领导, 工程 / 名称: the second line of a label whose first line says nothing known yet
        if before is None and re.fullmatch(r"[\u4e00-\u9fff\s]+", cs[0]) and column_of(labels[-1] + cs[0]):
            labels[-1] += cs[0]
            header.append(ln.no)
            continue
        if kind is None and (not labels and not _label_start(lines, ln) or re.search(r"[。，,；;：:]|\d", cs[0])):
            break  # prose, or a row's cell
        if kind == "number" and "number" in [column_of(x) for x in labels]:
            break
        if kind is not None and labels and kind == before and _row_cell_below(lines, at):
            break  # 工作任务 / 目标及质量要求 / 核心指标 / 建成…: a label of the kind right before it, a row's text
            # below it, is the first row's category cell, no second column of one kind
        labels.append(cs[0])
        header.append(ln.no)
    else:
        stop = len(lines)
    if (sub := _sub_header(lines[stop:], labels)) is not None:
        labels, more = sub
        header += more
    trail = []
    while labels and column_of(labels[-1]) is None:
        trail.append((labels.pop(), header.pop()))  # an unknown label only counts between known ones
    nxt = next((c for ln in lines[stop: stop + 1] for c in cells(ln) if c), "")
    if len(trail) == 1 and len(re.sub(r"\s+", "", trail[0][0])) <= 6 and re.match(r"[一二三四五六七八九十]{1,3}、", fold(nxt)):
        header.append(trail[0][1])  # 责任单位 | / 工作 考核 | / 一、地方政府…(16分) |: the last label, right above the first
        # row's part cell, is the header's own (a column no kind names), no row
    known = [column_of(c) for c in labels]
    if not (is_header(known) or is_catalogue(known)) or len(labels) < 2 or _repeated_heading(labels):
        return [], []
    return kinds_of(labels), header


def _row_cell_below(lines: list[Line], at: int) -> bool:
    """The next line holding a cell after lines[at] is a row's text: a sentence, or longer than any label."""
    for ln in lines[at + 1: at + 4]:
        cs = [c for c in cells(ln) if c]
        if cs:
            return len(re.sub(r"\s+", "", cs[0])) > 14 or re.search(r"[。，,；;]", cs[0]) is not None
    return False


def _sub_header(rest: list[Line], labels: list[str]) -> tuple[list[str], list[int]] | None:
    """A second header row below a one-label-a-line header, a spanning 责任单位 split into its roles (责任单位 over
    牵头部门 | 配合部门; 计划节点 over 2018年计划): (the labels with the spanning unit label replaced by the role
    labels, the sub-header's line numbers, an empty row of bars after it included); None when no such row follows."""
    spans = [k for k, label in enumerate(labels) if column_of(label) == "units"]
    if not spans:
        return None
    sub: list[str] = []
    nos: list[int] = []
    for at, ln in enumerate(rest[:8]):
        cs = [c for c in cells(ln) if c]
        if not cs:
            nos.append(ln.no)  # a lone "|", an empty cell of the sub-header row
            continue
        if len(cs) != 1 or len(cs[0]) > 10 or numbered(Line(ln.no, cs[0], fold(cs[0]))) or re.search(r"[。，,；;：:]", cs[0]):
            break
        sub.append(cs[0])
        nos.append(ln.no)
        if len(sub) >= 2 and all(column_of(x) in ("lead", "support") for x in sub[-2:]) and \
                {column_of(x) for x in sub[-2:]} == {"lead", "support"}:
            k = at + 1
            while k < len(rest) and (rest[k].blank or _bar(rest[k])):
                nos.append(rest[k].no)  # the empty row of bars that closes the header
                k += 1
            span = spans[-1]
            return labels[:span] + sub[-2:] + labels[span + 1:], nos
    return None


def _repeated_heading(labels: list[str]) -> bool:
    """Two "labels" of one kind of which one is the other with more words around it (政协党建工作要点 / 政协党建工作
    要点第1篇, a model-text site's section heading over its piece's): a page's heading set again, not a header's two
    columns (责任单位 beside 牵头责任单位 names two kinds)."""
    bare = [(re.sub(r"\s+", "", fold(x)), column_of(x)) for x in labels]
    return any(len(a) >= 4 and a != b and a in b and ka == kb for a, ka in bare for b, kb in bare)


def is_catalogue(known: list[str | None]) -> bool:
    """The header of a catalogue of standing items (a 政务公开标准目录: 公开事项 | 公开内容 | 公开依据 | 公开时限 |
    公开主体 | 公开渠道和载体 | 公开对象 | 公开方式, a second header row below it): an item column beside a
    column of legal grounds, however many labels no column kind knows."""
    return "basis" in known and "task" in known


def _label_start(lines: list[Line], ln: Line) -> bool:
    """An unknown first label that is the first half of a wrapped known one (工程 / 名称)."""
    nxt = next((x for x in lines if x.no > ln.no and [c for c in cells(x) if c]), None)
    return nxt is not None and column_of(ln.fold + next(c for c in cells(nxt) if c)) is not None


def spaced_header(line: Line) -> list[str] | None:
    """Column kinds of a header whose cells are separated by tabs or spaces ("序号 工 作 任 务 牵头部门")."""
    if is_table_line(line):
        return None
    if (wrapped := wrapped_label_header(line)) is not None:
        return kinds_of(wrapped)
    if len(line.fold) > 80:
        return None
    tokens = cells_of(line.text)
    merged: list[str] = []
    for tok in tokens:
        if merged and len(tok) == 1 and len(merged[-1]) >= 1 and column_of(merged[-1]) is None:
            merged[-1] += tok  # a label spaced out letter by letter: 工 作 任 务
        else:
            merged.append(tok)
    known = [column_of(t) for t in merged]
    if len(merged) < 3 or None in known or not is_header(known):
        return None
    return kinds_of(merged)


def wrapped_label_header(line: Line) -> list[str] | None:
    """The labels of a header whose cells one space parts while a wider gap joins the two lines of a label wrapped
    in its cell ("序号 2023年重点工作任务 牵头  领导 牵头         责任单位 主体          责任单位 配合 …"): every
    label known, one a unit column, read with the wide gaps closed; else None."""
    text = line.text.strip()
    if is_table_line(line) or "\t" in text or not re.search(r"[\u4e00-\u9fff] {2,}[\u4e00-\u9fff]", text):
        return None
    labels = [re.sub(r" {2,}", "", x) for x in re.split(r"(?<! ) (?! )", text)]
    known = [column_of(x) for x in labels]
    if len(labels) < 4 or None in known or not is_header(known) or not any(k in UNIT_COLUMNS for k in known) \
            or not any(column_of(x) is None for x in re.split(r" +", text)):
        return None
    return labels


def cells_of(text: str) -> list[str]:
    parts = re.split(r"\t+| {2,}|\u3000+", text.strip()) if re.search(r"\t| {2,}|\u3000", text.strip()) else text.split()
    return [p.strip() for p in parts if p.strip()]


# a header glued together with no separator, from its 序号 to the first row's number: 序号工作内容目标任务责任单位备注1…
_GLUED_HEADER = re.compile(r"序号((?:[\u4e00-\u9fff()（）]){4,60}?)(?=1[\u4e00-\u9fff])")
_GLUED_LABEL_END = re.compile(r"序号|编号|内容|任务|措施|事项|单位|部门|时限|时间|备注|名称|领导|目标|要求|情况|进度|说明")


def glued_labels(text: str) -> list[str] | None:
    """A line that is only a table's column labels run together, no 序号 before them (实事内容工作任务责任单位进展情况):
    its labels, when it cuts after each word a label ends in into three or more known labels, one of them a unit
    column; else None."""
    labels = _cut_labels(text)
    if labels is None or len(labels) < 3:
        return None
    return labels if any(column_of(x) in UNIT_COLUMNS for x in labels) else None


def _cut_labels(text: str) -> list[str] | None:
    """Column labels run together, cut after each word a label ends in where what lies before is a known label;
    None unless the whole text is so cut."""
    labels, start = [], 0
    for end in _GLUED_LABEL_END.finditer(text):
        piece = text[start: end.end()]
        if column_of(piece):
            labels.append(piece)
            start = end.end()
    return labels if start == len(text) else None


def glued_header(line: Line) -> tuple[int, int, str] | None:
    """A table whose cells a text layer ran together (a sharing site's page: 序号工作内容目标任务责任单位备注1将…):
    (where its header starts, where it ends, the kind of its one unit column) when the labels after 序号, cut after
    each word a label ends in, are all known, one holding the task and one, only one, the units."""
    m = _GLUED_HEADER.search(line.fold)
    if not m:
        return None
    labels = _cut_labels(m.group(1))
    if labels is None:
        return None
    kinds = [column_of(x) for x in labels]
    units = [k for k in kinds if k in UNIT_COLUMNS]
    if len(units) != 1 or not any(k in ("task", "target") for k in kinds) or "person" in kinds:
        return None
    return m.start(), m.end(), units[0]

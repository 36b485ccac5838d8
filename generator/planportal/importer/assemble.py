"""Plan records from a split document: outline tasks, table rows, roles, deadlines, ids.

Records are plain dicts in the shape of data/plans/*.yml, except that role
references are still names as written (`refs`); units.py resolves them once
every document of the import is read.
"""

from __future__ import annotations

import datetime as dt
import re

from . import deadlines, ids, owners, records, roles, table_header, tables
from .document import Document, Segment, is_report_title
from .titles import SENTENCE_MARK, short_line
from .outline import numbered, outline, unrun
from .text import Line, as_written, fold, level_char
from .units import looks_like_unit

_PERIOD = re.compile(r"[(（]\s*(\d{4}\s*年?\s*[—\-–－~至到]+\s*\d{4}\s*年?)\s*[)）]")


# the year of a long-range plan's vision (…第十四个五年规划和2035年远景目标纲要): its horizon, not the plan's year;
# written in Chinese numerals too (…和二〇三五年远景目标纲要, as most such titles print it)
_HORIZON = re.compile(r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*远景(?:目标)?")
# a five-year plan named by its ordinal (第十四个五年规划, “十三五”规划): 三五 ran 1966-1970, each after it five years on
_FIVE_YEAR = re.compile(r"第\s*(十[一二三四五六七八九]?|[三四五六七八九])\s*[个個]\s*五年|十([一二三四五六七八九])五")
_ORDINAL = "一二三四五六七八九"


def _five_year(title: str) -> int | None:
    """The first year of the five-year plan a title names by its ordinal, or None."""
    m = _FIVE_YEAR.search(title)
    if not m:
        return None
    word = m.group(1) or "十" + m.group(2)
    n = 10 + (_ORDINAL.index(word[1]) + 1 if len(word) > 1 else 0) if word[0] == "十" else _ORDINAL.index(word) + 1
    return 1966 + 5 * (n - 3) if n >= 3 else None


def period_of(title: str) -> str | None:
    m = _PERIOD.search(title)
    if m:
        return m.group(1)
    m = re.search(r"(\d{4})\s*年", _HORIZON.sub("", title))
    if m:
        return f"{m.group(1)}年"
    start = _five_year(title) if _HORIZON.search(title) or _NAMED_FIVE_YEAR.search(title) else None
    return f"{start}—{start + 4}年" if start else None


# the five-year plan itself named by its ordinal, its title closing on the plan's name (湖南省國民經濟和社會發展第十二個
# 五年規劃綱要, 第十三个五年规划): its five years, as a 纲要 with a vision horizon has them (not a notice about one:
# …第十二个五年规划纲要主要目标和任务工作分工的通知)
_NAMED_FIVE_YEAR = re.compile(r"(?:第\s*(?:十[一二三四五六七八九]?|[三四五六七八九])\s*[个個]\s*五年|十[一二三四五六七八九]五[”\"]?)"
                              r"\s*(?:[规規][划劃])(?:[纲綱]要)?\s*$")


def year_of(title: str, meta: dict) -> int | None:
    """The year a title names (not the horizon of its vision: 2035年远景目标), else the first of the five years a 规划
    so named covers (第十四个五年规划和2035年远景目标纲要), else the one an untitled text's opening sentence names, else
    its page's dates."""
    m = re.search(r"(\d{4})", _HORIZON.sub("", title))
    if m:
        return int(m.group(1))
    if (_HORIZON.search(title) or _NAMED_FIVE_YEAR.search(title)) and _five_year(title):
        return _five_year(title)  # a 规划纲要 of 十四五 and its 2035年远景目标: the five years' first, not the horizon
    m = re.search(r"(\d{4})", meta.get("lead") or "")
    if m:
        return int(m.group(1))
    for key in ("written", "published"):
        if meta.get(key):
            return meta[key].year
    return None


def single_year(period: str | None) -> int | None:
    if period and re.fullmatch(r"\d{4}年", period):
        return int(period[:4])
    return None


def build(doc: Document, taken: set[str]) -> tuple[list[dict], dict[int, str]]:
    """All plan records of the document (top plan first) and what each line was assigned to."""
    assigned = dict(doc.assigned)
    meta = doc.meta
    top_id = ids.unique(ids.plan_id(doc.top.title, doc.jurisdiction, year_of(doc.top.title, meta), meta.get("doc_number")), taken)
    top = _plan(top_id, doc.top, doc, None)
    top.update({k: meta[k] for k in ("issuer", "publisher", "doc_number", "written", "published") if meta.get(k)})
    plans = [top]
    blocks: list[dict] = []
    segments = [] if doc.top.kind == "notice" else [(top, doc.top)]
    for seg in doc.children:
        if is_report_title(seg.title):
            continue  # a notice sends its year's 总结 beside its plan: a report of work done, no plan and no tasks
        year = year_of(seg.title, meta)
        pid = ids.unique(ids.plan_id(seg.title, doc.jurisdiction, year), taken)
        # a bundled plan is issued by the notice's sender; plans of a covering letter stand side by side
        plan = _plan(pid, seg, doc, None if doc.covering else top_id)
        plan.update({k: meta[k] for k in ("issuer", "publisher") if meta.get(k)})
        plans.append(plan)
        segments.append((plan, seg))
    # a notice's letter reading the lists of the 分解 it sends ("(责任单位中排序第一单位为牵头单位)"): its plans' tasks
    letter = [(ln.no, rule) for ln in doc.top.body if not ln.blank
              for rule in roles.letter_rules(ln.text) + roles.unless_noted_rules(ln.text)] \
        if doc.top.kind == "notice" else []
    for plan, seg in segments:
        blocks += _body(plan, seg, doc, assigned, taken, top_id, letter)
    _owners(plans, segments, doc, assigned)
    for plan in plans:
        _partners_alone(plan)
    return plans + blocks, assigned


def _partners_alone(plan: dict) -> None:
    """The bodies an item naming no doer at all brings into its work (roles.partners_alone) support it, with no lead,
    where the plan has no owner; a plan that is one body's own (its owner named: a department's sub-plan in a bundle)
    has that body as the doer of every item that names none, and the portal shows it as the plan's owner, so such an
    item's partners are not written as its only doers."""
    for task in plan["tasks"]:
        partners = task.pop("_partners", None)
        if partners and not plan.get("_owner") and not any(task["refs"].values()) and not task.get("_carried"):
            task["refs"] = {"support": partners}


def _owners(plans: list[dict], segments: list[tuple[dict, Segment]], doc: Document, assigned: dict[int, str]) -> None:
    """Each plan's owner as written (`_owner`: (name, inferred)): stated in its preamble, else named
    after the sector in its title (see owners.py). Unit blocks have theirs already."""
    level = level_char(doc.jurisdiction)
    whole = owners.written_units("\n".join(ln.text for ln in doc.lines), level)
    for plan, seg in segments:
        preamble = "\n".join(ln.text for ln in seg.body if assigned.get(ln.no) == "preamble")
        name = owners.stated(preamble, level)
        if name:
            plan["_owner"] = (as_written(preamble, name), False)
            continue
        sector = owners.sector(plan["title"])
        if sector:
            body = "\n".join(ln.text for ln in seg.body)
            name = owners.by_sector(sector, [owners.written_units(body, level), whole], level)
            if name:
                plan["_owner"] = (as_written("\n".join(ln.text for ln in doc.lines), name), True)


def _plan(pid: str, seg: Segment, doc: Document, parent: str | None) -> dict:
    plan = {"id": pid, "title": seg.title, "kind": seg.kind, "jurisdiction": doc.jurisdiction,
            "period": period_of(seg.title), "parent": parent, "source": {"file": doc.name, "line": seg.line},
            "groups": [], "tasks": [], "_parents": doc.parents}
    return plan


def _tables_in(body: list[Line]) -> list[tuple[int, int]]:
    """(start, end) index ranges of tables: runs of `|` lines; a header written one label per line
    and the cells below it; a header with cells separated by spaces and the numbered rows below it;
    label/value records (records.py)."""
    runs, i = [], 0
    while i < len(body):
        if table_header.is_table_line(body[i]) and not _separator(body[i]):
            j = i
            while j < len(body) and (table_header.is_table_line(body[j]) or body[j].blank):
                j += 1
            last = max((k for k, ln in enumerate(body) if not ln.blank), default=-1)
            if j == last and _one_cell_lines(body[i:j]):
                j += 1  # the copy ends inside a cell, before the " |" that would close it: the cell is the table's
            runs.append((i, j))
            i = j
        elif not body[i].blank and table_header.glued_header(body[i]):
            runs.append((i, len(body)))  # a table run together to the copy's end (tables.parse reads its rows)
            i = len(body)
        elif not body[i].blank and table_header.header_block(body[i : i + 60])[0]:
            # cells one per line, lone "|" lines between them or not, down to a `|` row, an attachment or the header
            # of a second table set below (序号 / 重点工作任务 / 责任单位 again, under a part's heading of its own)
            j = i + 1
            last_label = table_header.header_block(body[i : i + 60])[1][-1]
            while j < len(body) and not _ATTACHMENT.match(body[j].fold) and \
                    not (table_header.is_table_line(body[j]) and len([c for c in table_header.cells(body[j]) if c]) > 1) \
                    and not (body[j].no > last_label and _header_again(body, j)):
                j += 1
            if j < len(body) and body[j].no > last_label and _header_again(body, j):
                k = j - 1
                while k > i and body[k].blank:
                    k -= 1
                if k > i and numbered(body[k]) and not SENTENCE_MARK.search(numbered(body[k])[2]):
                    j = k  # the second table's part heading right above its header is its caption, not a cell
                elif k > i and _label_before(body[k], body[i : j]):
                    j = k  # 重点 任务 | / 序 号 | / …: the header set again from a label before its 序号, as the first was
            runs.append((i, j))
            i = j
        elif not body[i].blank and records.label_of(body[i]) and (run := records.record_run(body[i : i + 60])) \
                and not records.item_fields(body[:i], body[i : i + 60]):
            j = i + run
            runs.append((i, j))
            i = j
        elif not body[i].blank and table_header.spaced_header(body[i]):
            j = i + 1
            while j < len(body) and (body[j].blank or not numbered(body[j]) or numbered(body[j])[0] >= 3
                                     or _section_row(body[j], body[j + 1:])):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _label_before(line: Line, run: list[Line]) -> bool:
    """A line right above a header set again that is one of the first header's labels, written as the page set it
    (重点 任务 |, spaced): the new header's first label, no cell of the table above."""
    cs = [c for c in table_header.cells(line) if c]
    if len(cs) != 1 or table_header.column_of(cs[0]) is None:
        return False
    label = re.sub(r"\s+", "", fold(cs[0]))
    labels = table_header.header_block(run)[1][:3]
    return any(re.sub(r"\s+", "", ln.fold).strip("|") == label for ln in run if ln.no in labels)


def _header_again(body: list[Line], j: int) -> bool:
    """A one-label-a-line header opens at body[j]: its first label is a 序号 column's, and labels of at least two
    kinds follow (a table's header set again below it starts a table of its own)."""
    if body[j].blank:
        return False
    cs = [c for c in table_header.cells(body[j]) if c]
    return len(cs) == 1 and table_header.column_of(cs[0]) == "number" and bool(table_header.header_block(body[j : j + 60])[0])


def _section_row(line: Line, below: list[Line]) -> bool:
    """A section row of a table whose cells spaces part ("一、2025年经济社会发展的主要预期目标" between the
    header and row 1, or between rows): a heading in one cell, the next line a row opening with its bare 序号 and
    holding several cells ("1 地区生产总值增长6.5%左右。 区发改委 …"). Prose items after a table ("1.加强…")
    carry their number's mark, so they do not continue it."""
    if len(table_header.cells_of(line.text)) != 1:
        return False
    nxt = next((ln for ln in below if not ln.blank), None)
    if nxt is None:
        return False
    tokens = table_header.cells_of(nxt.text)
    return len(tokens) >= 3 and tables.bare_number(tokens[0])


def _one_cell_lines(run: list[Line]) -> bool:
    """Cells copied one a line, each closed by its own "|" (工作任务 | / 按照…要求 |)."""
    full = [ln for ln in run if not ln.blank]
    return len(full) >= 6 and sum(len([c for c in table_header.cells(ln) if c]) <= 1 for ln in full) * 10 >= len(full) * 9


def _numbered_caption(line: Line, table: tables.Table) -> bool:
    """"一、专项整治安排表" right above a table of tasks: a numbered heading whose whole content is the
    table names the rows' group; it is no task of its own. So does any short section heading set right
    above a table's header (一、未来五年主要工作任务 / 序号 / 主要工作任务 / 责任单位): its rows are its items; a part's
    title naming what its table divides may run to 30 characters (一、省政府工作报告“十四五”时期重点工作涉杭任务责任分解)."""
    m = numbered(line)
    if not m or not table.rows:
        return False
    rest = m[2].strip()
    return 0 < len(rest) <= 30 and not SENTENCE_MARK.search(rest)


_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[:：]?$")


def _separator(line: Line) -> bool:
    """A line of `|` alone: the border between cells copied one per line."""
    return not line.fold.replace("|", "").strip()


def _body(plan: dict, seg: Segment, doc: Document, assigned: dict, taken: set[str], top_id: str,
          letter: list = ()) -> list[dict]:
    # the year a "6月底前" falls in: the plan's single year, or, with no period at all, the year it was issued
    year = single_year(plan["period"]) if plan["period"] else year_of("", doc.meta)
    body = seg.body
    blocks: list[dict] = []
    skip: set[int] = set()
    for k, (a, b) in enumerate(_tables_in(body), start=1):
        table = tables.parse(body[a:b], year) or records.parse(body[a:b], year)
        if table is None:
            continue
        caption = next((ln for ln in reversed(body[:a]) if not ln.blank), None)
        if caption is not None and not (short_line(caption) or _numbered_caption(caption, table)):
            caption = None
        for ln in body[a:b]:
            skip.add(ln.no)
            if not ln.blank:
                assigned[ln.no] = "table"
        if caption is not None:
            skip.add(caption.no)
            assigned[caption.no] = "heading"
        for no in table.header_lines:
            assigned[no] = "table"
        if any(r.block for r in table.rows):
            blocks += _unit_blocks(table, caption, plan, doc, top_id, taken)
        else:
            _table_tasks(plan, table, caption, f"t{k}", year)
    rest = unrun([ln for ln in body if ln.no not in skip])
    before = {t["id"] for t in plan["tasks"]}
    result = outline(rest)
    first_table = min(skip, default=None)
    for no, what in result.assigned.items():
        if what == "preamble" and first_table is not None and no > first_table:
            what = "unassigned"  # prose after a table is not a preamble
        assigned.setdefault(no, what)
    plan["groups"] = result.groups + plan["groups"]
    for t in result.tasks:
        plan["tasks"].append(_task(f"{plan['id']}-{t['path']}", t, year, doc.meta.get("written") or doc.meta.get("published")))
    plan["tasks"].sort(key=lambda t: t["line"])
    _list_holders(plan["tasks"], {t["id"] for t in plan["tasks"]} - before)
    _part_roles(plan, {t["id"] for t in plan["tasks"]} - before, {ln.no: ln.text for ln in rest})
    _cut_holder(plan)
    # standing rules ("以下任务各乡镇均须抓好落实，不再逐项列出") in prose outside the tasks, and in their clauses
    stated = [(ln.no, rule) for ln in rest if not ln.blank and result.assigned.get(ln.no) != "task" for rule in roles.rules_in(ln.text)]
    roles.apply_rules(plan["tasks"], list(letter) + stated)
    roles.one_entry(plan["tasks"])
    for ln in rest:
        if not ln.blank:
            assigned.setdefault(ln.no, "unassigned")
    return blocks


def _list_holders(tasks: list[dict], new: set[str]) -> None:
    """A duty list's item whose holder is a bare unit of its kind (2.派出所:用真實的…案件向群眾講解…), its duty with no
    lead's verb: beside two or more items of the same part led by the body their title names (1.鎮綜治辦:負責…), it is
    one more line of the list, its holder its lead."""
    parts: dict[str | None, list[dict]] = {}
    for t in tasks:
        if t["id"] in new:
            parts.setdefault(t["group"], []).append(t)
    for items in parts.values():
        held = [t for t in items if t.get("number") and fold(t["title"]) in {fold(n) for n in t["refs"].get("lead", [])}]
        if len(held) < 2:
            continue
        for t in items:
            if t["refs"] or not t.get("number") or not t["text"] or t["text"].startswith(t["title"]):
                continue
            name = t["title"].strip()
            if roles.holder_names(name) == [fold(name)]:
                t["refs"] = {"lead": [name]}


def _part_roles(plan: dict, new: set[str], texts: dict[int, str]) -> None:
    """A part titled with the unit that leads its tasks (一、县示范区管委会牵头工作(8项)) or with the 责任主体 whose
    duties they are (一、党委:主体责任, read off the heading's whole line: its title stops at the colon): that unit
    is carried, as lead or units, to each of its tasks that names no unit of its own."""
    groups = {g["id"]: g for g in plan["groups"]}
    last = max(plan["tasks"], key=lambda t: t["line"], default=None)
    for task in plan["tasks"]:
        # an item whose own clause names only its partners (协同单位:…) under a part titled with its lead still takes
        # that lead (二、(一)省人民政府办公厅牵头的工作 / 1.… / 协同单位:省直有关部门…)
        partners_only = {r for r, names in task["refs"].items() if names} == {"support"}
        # (…and an item whose own words name, as the subject of 要, only a short name of a body, no role word, may
        # still take a part's lead that the short name is the end of: 馆党支部对…要严肃追究… under 一、文化馆党支部…职责)
        short_only = {r for r, names in task["refs"].items() if names} == {"units"}
        if task["id"] not in new or (any(task["refs"].values()) and not partners_only and not short_only):
            continue
        if task is last and _breaks_off(task["text"]) and any(
                t is not task and t.get("group") == task.get("group") and t["refs"].get("units") for t in plan["tasks"]):
            continue  # the copy ends inside the last item, before the clause its siblings close with: nothing is known
            # (its siblings: the items of its own part, not a body another part's item names)
        gid = task.get("group")
        while gid in groups:
            group = groups[gid]
            heading = texts.get(group["line"], "").strip()
            heading = heading[len(group["number"]):] if group["number"] and heading.startswith(group["number"]) else ""
            found = roles.part_roles(group["title"]) or (roles.part_roles(heading) if heading else None)
            if found and partners_only and not (found[0] == "lead" and roles.titled_as_led(group["title"] or heading)):
                break  # a part named for a body alone (十二、市民政局) gives an item with partners of its own nothing
            if found and short_only and not (found[0] == "lead" and all(
                    any(fold(c) != fold(u) and fold(c).endswith(fold(u)) for c in found[1]) for u in task["refs"]["units"])):
                break  # the item's own doers are others than the part's body: they stand alone
            if found:
                task.setdefault("_carried", {}).setdefault(found[0], []).extend(found[1])
                break
            gid = groups[gid].get("parent")


def _cut_holder(plan: dict) -> None:
    """The copy's last item cut right after its holder (4.县交通运输局、县), in a list of duties whose every other item
    opens with its holder and 负责 (1.县应急管理局负责…): the names before the cut lead, as the siblings' holders do."""
    if not plan["tasks"]:
        return
    last = max(plan["tasks"], key=lambda t: t["line"])
    text = fold(last["text"]).strip()
    whole = roles.without_cut_name(text).rstrip("、,， ")
    if any(last["refs"].values()) or whole == text.rstrip("、,， ") or re.search(r"[。;；:：]", text):
        return
    names = roles.split_units(whole)
    style = lambda t: re.sub(r"\d+|[一二三四五六七八九十]+", "N", t.get("number") or "")  # noqa: E731 (1. as 4.)
    siblings = [t for t in plan["tasks"] if t is not last and t.get("group") == last.get("group") and style(t) == style(last)]
    if not names or not all(looks_like_unit(n) for n in names) or len(siblings) < 2:
        return
    if all(list(t["refs"]) == ["lead"] and len(t["refs"]["lead"]) == 1
           and fold(t["text"]).startswith(fold(t["refs"]["lead"][0]) + "负责") for t in siblings):
        last["refs"]["lead"] = [roles.written(last["text"], text, n) for n in names]


def _breaks_off(text: str) -> bool:
    """A task's text that breaks off mid-sentence (the copy ends in it)."""
    f = text.rstrip()
    return bool(f) and not re.search(r"[。；;！!？?）)\]】〕”\"]$", f)


def _subject_title(title: str, text: str) -> str:
    """The item's text, its title put back in front where the title is the subject of its first sentence cut at
    要 ("(一)街道安委会各成员单位要按照“一岗双责”…": title 街道安委会各成员单位要), or where the title is the item's first
    duty with its holder left out (四、负责耕地…保护。指导…,会同生态环境厅开展…: a body's list of its own duties)."""
    if text.startswith(title):
        return text
    if re.search(r"(?:要|应当|必须|须)$", title):
        return title + text
    if re.search(r"(?:负责|牵头)$", title) and len(title) > 4:
        return title + text  # "(十二)市委宣传部门负责组织…": title 市委宣传部门负责, cut at its role verb
    if re.search(r"[和及与或的]$", title) and roles.doers(title):
        return title + text  # "1、各行政村应做好…生活垃圾收集和" / "处理,…": a line the layout broke after a joining word
    if re.search(r"[《“(（]$", title):
        return title + text  # "(三)交通部门按照《": a title the line cut inside an opened 《》, its sentence run on below
    if roles.opens_with_own_duty(title):
        return f"{title}。{text}"
    # "(七)各级宣传部门负责城市综合整治活动的宣传工作。要制定…": the title a sentence whose subject leads the item;
    # "(一)县市区政府(园区管委会)对本辖区物业管理工作负总责。…": one whose subject bears the charge for the work
    said = roles.doers(title)
    charged = re.search(r"对[^，,。;；]{2,40}?负(?:总|主体|首要|直接|第一)责", fold(title)) is not None
    # "一、各科室承办的以下事项应建立工作台账,实行台账管理。" over the list of those matters: the title a sentence whose
    # subject is the body handling them
    handled = re.match(r"[^，,。;；的]{2,20}?(?:承办|办理|主办|经办)的", fold(title)) is not None
    # "1.试点村成立红白事理事会。理事会成员要推选…": the title a sentence whose subject, the pilot the plan picks, sets up
    # the item's work
    pilot = roles.opening_pilot(title)
    return f"{title}。{text}" if any(r in ("lead", "support") for r in said) or (said and (charged or handled or pilot)) else text


def _sentence_roles(text: str, refs: dict[str, list[str]]) -> None:
    """An item whose sentences name roles with role words (…縣安監局配合在…; A、B牽頭,會同…) above its own clause
    line naming units (責任單位:…): those roles count too, a unit given one no longer a plain unit."""
    lines = text.split("\n")
    if len(lines) < 2 or not roles.is_clause_line(lines[-1].strip()) or any(roles.is_clause_line(ln.strip()) for ln in lines[:-1]):
        return
    said = {role: names for role, names in roles.doers("\n".join(lines[:-1])).items() if role != "units"}
    if not said:
        return
    given = {fold(n) for names in said.values() for n in names}
    refs["units"] = [n for n in refs["units"] if fold(n) not in given]
    if not refs["units"]:
        del refs["units"]
    for role, names in said.items():
        refs[role] = names


def _task(tid: str, t: dict, year: int | None, issued: dt.date | None = None) -> dict:
    text = t["text"]
    full = text if text.startswith(t["title"]) else f"{t['title']}。{text}"
    found = roles.read(text)
    if not found.roles and full != text:
        # "(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。…": the roles sit in the item's title sentence
        found = roles.read(full)
    if set(found.roles) == {"units"}:
        _sentence_roles(full, found.roles)
    if not found.roles:  # "2.市发展改革委:负责…": one unit's duties in a list of them
        found.roles = roles.duty_holder(t["title"], text)
    elif set(found.roles) == {"lead"} and re.match(r"由[^，,。;；]{2,30}?负责", fold(text)):
        # "由镇宣传工作领导小组负责组织…,安排部署…。各单位、各村居务必按照方案要求,做好…": the item opens with the body
        # that leads it (由…负责), and a later sentence has the bodies that carry it out in their own place as the
        # subject of its modal: doers too, with no role word (units)
        named = {fold(n) for n in found.roles["lead"]}
        later = text[text.find("。") + 1:] if "。" in text else ""
        more = [n for n in roles.doers(later).get("units", []) if fold(n) not in named and looks_like_unit(n)
                and len(fold(n)) <= 12]
        if more:
            found.roles = {**found.roles, "units": more}
    partners = []
    if found.roles and "units" not in found.roles and not re.search(r"[(（〔【\[]", text) \
            and re.search(r"。(?:此|该|本)项(?:工作|任务)由", fold(text)):
        # "…,各村、社区、企事业单位要完善…。此项工作由X牵头,…配合": roles a closing sentence gives the item's work as a
        # whole (此项工作由…), with no clause in brackets: the subjects of 要 the sentences before it name are doers too
        named = {fold(n) for ns in found.roles.values() for n in ns}
        more = [n for n in roles.doers(_subject_title(t["title"], text)).get("units", []) if fold(n) not in named]
        if more:
            found.roles = {**found.roles, "units": more}
    if not found.roles:  # "各乡镇、各部门要…", "镇应急办牵头,…": the doers of a task with no clause
        found.roles = roles.doers(_subject_title(t["title"], text))
        partners = [] if found.roles else roles.partners_alone(_subject_title(t["title"], text))
    press = [n for n in roles.press_asked(text) if n not in found.roles.get("units", [])]
    if press:
        # "5.…由XXX乡党委和政府负责。6.请电视台、报社派记者参加活动": beside the doers named, the press asked to cover it
        found.roles = {**found.roles, "units": found.roles.get("units", []) + press}
    if "lead" not in found.roles and (led := roles.titled_as_led(t["title"])):
        # "(一)省监察厅牵头的工作" over its one paragraph: an item titled with the body that leads it, its own words
        found.roles = {"lead": led, **found.roles}
    timed = full
    for progress in t.get("progress") or []:
        timed = timed.replace(progress, "")  # a report's progress on its problem is no deadline's place
    return {"id": tid, "number": t["number"], "group": t["group"], "title": t["title"], "text": text, "line": t["line"],
            "refs": found.roles, "_rules": found.rules, "deadlines": deadlines.in_text(timed, year, issued),
            "_partners": partners}


def _table_tasks(plan: dict, table: tables.Table, caption: Line | None, tkey: str, year: int | None) -> None:
    base = None
    if caption is not None:
        base = tkey
        plan["groups"].append({"id": tkey, "parent": None, "number": None, "title": caption.text, "line": caption.no})
    known = {g["id"] for g in plan["groups"]}
    for row in table.rows:
        parent = base
        for number, title, line in row.groups:
            key = str(ids.numeral(number)) if number and ids.numeral(number) is not None else ids.slug(title, 12)
            gid = f"{parent or tkey}-{key}" if parent else f"{tkey}-{key}"
            if gid not in known:
                known.add(gid)
                plan["groups"].append({"id": gid, "parent": parent, "number": number, "title": title, "line": line})
            parent = gid
        plan["tasks"].append(_row_task(f"{plan['id']}-{tkey}-{row.key}", row, parent))


def _row_task(tid: str, row: tables.Row, group: str | None) -> dict:
    task = {"id": tid, "number": row.number, "group": group, "title": row.title or row.text[:30], "text": row.text,
            "line": row.line, "refs": {k: list(v) for k, v in row.refs.items()}, "deadlines": row.deadlines}
    if row.inferred:
        task["inferred"] = sorted(set(row.inferred))
    if row.status:
        task["status"] = row.status
    return task


def _unit_blocks(table: tables.Table, caption: Line | None, plan: dict, doc: Document, top_id: str, taken: set[str]) -> list[dict]:
    out: dict[str, dict] = {}
    year = re.search(r"\d{4}", plan.get("period") or "")
    for row in table.rows:
        if not row.block:
            continue
        unit, line = row.block
        if unit not in out:
            title = f"{caption.text}（{unit}）" if caption is not None else unit
            pid = ids.unique("-".join(filter(None, [ids.place_slug(doc.jurisdiction), year.group(0) if year else None, ids.slug(unit, 32)])), taken)
            out[unit] = {"id": pid, "title": title, "kind": "unit-block", "issuer": unit, "jurisdiction": doc.jurisdiction,
                         "period": plan.get("period"), "parent": top_id, "source": {"file": doc.name, "line": line},
                         "groups": [], "tasks": [], "_parents": doc.parents, "_owner": (unit, False)}
        block = out[unit]
        task = _row_task(f"{block['id']}-{row.key}", row, None)
        # the block's unit is responsible for every row of its block
        task["refs"]["units"] = [unit] + [u for u in task["refs"].get("units", []) if u != unit]
        block["tasks"].append(task)
    return list(out.values())

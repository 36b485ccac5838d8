"""Checks of the model: what a plan file decides alone (`plan_file`: its id against its name,
groups, deadlines, characters, unrecognised units; the loader keeps these with the file's
model in its cache) and what needs more than one record or file (`check`: ids used twice,
references, sources, parents; `progress`).

Each check reads the model and reports Problems at the line of the value at fault; a plan
file's lines are looked up in its document only where a problem is reported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import datafiles, status, yamlsrc
from .model import Plan, Portal, ROLES
from .outputs import source_stem
from .problems import Problem
from .progress import rules
from .progress.duties import Duties


@dataclass(frozen=True)
class Known:
    """Ids written in records that failed their shape check (reported already)."""

    units: set = field(default_factory=set)
    plans: set = field(default_factory=set)
    sources: set | None = field(default_factory=set)  # source files named by any plan file; None: a plan is unreadable
    registry_read: bool = True  # False: units.yml unreadable, so unit references can't be judged


def check(portal: Portal, data_dir: Path, units_doc, plan_docs: list[yamlsrc.Document], known: Known = Known()) -> list[Problem]:
    problems: list[Problem] = []
    if units_doc is not None and portal.units:
        problems += _unit_ids(portal, units_doc)
    plan_seen: dict[str, tuple] = {}  # id -> (document, path) of its first use
    task_seen: dict[str, tuple] = {}
    source_lines: dict[str, int | None] = {}
    for plan, doc in zip(portal.plans, plan_docs):
        problems += _plan_identity(plan, doc, plan_seen)
        problems += _owner(plan, doc, portal, known)
        problems += _tasks(plan, doc, portal, task_seen, known)
        problems += _source(plan, doc, data_dir, source_lines)
    problems += _source_addresses(portal, plan_docs)
    if known.sources is not None:
        problems += _uncited_sources(data_dir, known.sources | {p.source_file for p in portal.plans})
    problems += _parents(portal, plan_docs, known)
    return problems


def _unit_ids(portal: Portal, doc: yamlsrc.Document) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    names: dict[tuple[str | None, str], str] = {}
    # units whose entry failed the shape check are not in the model: map by line, not position
    index = {doc.line(("units", i)): i for i in range(len(doc.data["units"]))}
    for unit in portal.units:
        i = index[unit.where.line]
        line = doc.line(("units", i, "id"))
        if unit.id in seen:
            problems.append(Problem(doc.file, line, f"重复的单位 id {unit.id}（第 {seen[unit.id]} 行已有）"))
        seen.setdefault(unit.id, line)
        problems += _reserved("单位", unit.id, doc.file, line)
        for j, name in enumerate((unit.name,) + unit.aliases):
            key = (unit.jurisdiction, name)
            other = names.setdefault(key, unit.id)
            if other != unit.id:
                where = ("units", i, "name") if j == 0 else ("units", i, "aliases", j - 1)
                problems.append(
                    Problem(*doc.at(where), f"名称 {name} 在 {unit.jurisdiction or '未注明行政区'} 已属于单位 {other}")
                )
    return problems


def _reserved(what: str, id_: str, file: str, line: int) -> list[Problem]:
    if id_ != RESERVED:
        return []
    return [Problem(file, line, f"{what} id 不能是 {RESERVED}（与目录页的地址相同），请换一个")]


def plan_file(plan: Plan, doc: yamlsrc.Document) -> list[Problem]:
    """What a plan file's own records decide: its id against its name, its groups, each task's
    group, deadlines, characters and unrecognised units. The loader keeps these problems with
    the file's model in its cache, so a rebuild checks only the files that changed."""
    problems = _reserved("方案", plan.id, doc.file, doc.line(("id",))) if plan.id == RESERVED else []
    if Path(doc.file).stem != plan.id:
        problems.append(Problem(doc.file, doc.line(("id",)), f"方案 id {plan.id} 与文件名不一致（应为 plans/{plan.id}.yml）"))
    problems += _groups(plan, doc)
    group_ids = {g.id for g in plan.groups}
    for i, task in enumerate(plan.tasks):
        at = ("tasks", i)
        if task.id == RESERVED:
            problems += _reserved("任务", task.id, *doc.at(at + ("id",)))
        if task.group and task.group not in group_ids:
            problems.append(Problem(*doc.at(at + ("group",)), f"分组 {task.group} 不存在"))
        for role in ROLES:
            for j, ref in enumerate(task.refs(role)):
                if ref.unit is None:
                    problems.append(Problem(*doc.at(at + (role, j)), f"未识别的单位 {ref.written}（保留原文写法）", "warning"))
        for j, deadline in enumerate(task.deadlines):
            message = _deadline_mismatch(deadline)
            if message:
                problems.append(Problem(*doc.at(at + ("deadlines", j)), message))
        for text_field in ("title", "text"):
            value = getattr(task, text_field)
            odd = sorted({c for c in value if unicodedata.category(c) == "Co"}) if _PRIVATE_USE.search(value) else ()
            if odd:
                chars = "、".join(f"U+{ord(c):04X}" for c in odd)
                problems.append(Problem(*doc.at(at + (text_field,)), f"含私用区字符 {chars}，网页上可能无法显示", "warning"))
    return problems


def _plan_identity(plan: Plan, doc: yamlsrc.Document, seen: dict[str, tuple]) -> list[Problem]:
    if plan.id in seen:
        return [Problem(doc.file, doc.line(("id",)), f"重复的方案 id {plan.id}（{_first(seen[plan.id])} 已使用）")]
    seen[plan.id] = (doc, ("id",))
    return []


def _first(where: tuple) -> str:
    """FILE:LINE of a first use, kept as (document, path): a line is looked up only where a
    second use is reported (a rebuild reads no document whose records are all fine)."""
    file, line = where[0].at(where[1])
    return f"{file}:{line}"


def _groups(plan: Plan, doc: yamlsrc.Document) -> list[Problem]:
    problems = []
    ids: set[str] = set()
    for i, group in enumerate(plan.groups):
        if group.id in ids:
            problems.append(Problem(*doc.at(("groups", i, "id")), f"重复的分组 id {group.id}"))
        ids.add(group.id)
    for i, group in enumerate(plan.groups):
        if group.parent and group.parent not in ids:
            problems.append(Problem(*doc.at(("groups", i, "parent")), f"上级分组 {group.parent} 不存在"))
    return problems


def _owner(plan: Plan, doc: yamlsrc.Document, portal: Portal, known: Known) -> list[Problem]:
    owner = plan.owner
    if owner and owner.unit and known.registry_read and owner.unit not in portal.unit_by_id and owner.unit not in known.units:
        return [Problem(*doc.at(("owner", "unit")), f"未知的单位 id {owner.unit}（units.yml 中没有）")]
    return []


def _tasks(plan: Plan, doc: yamlsrc.Document, portal: Portal, seen: dict[str, tuple], known: Known) -> list[Problem]:
    """Task ids used twice, units the registry does not hold."""
    problems = []
    for i, task in enumerate(plan.tasks):
        at = ("tasks", i)
        if task.id in seen:
            problems.append(Problem(*doc.at(at + ("id",)), f"重复的任务 id {task.id}（{_first(seen[task.id])} 已使用）"))
        else:
            seen[task.id] = (doc, at + ("id",))
        if not known.registry_read:
            continue
        for role in ROLES:
            for j, ref in enumerate(task.refs(role)):
                if ref.unit is not None and ref.unit not in portal.unit_by_id and ref.unit not in known.units:
                    problems.append(Problem(*doc.at(at + (role, j)), f"未知的单位 id {ref.unit}（units.yml 中没有）"))
    return problems


_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")  # where category Co lies


def _deadline_mismatch(deadline) -> str | None:
    """A deadline whose kind and date disagree, or whose date is not in a year the text names."""
    if deadline.kind in ("ongoing", "recurring") and deadline.date is not None:
        return f"期限 {deadline.text} 的类型 {deadline.kind} 不应有日期"
    if deadline.kind == "date" and deadline.date is None:
        return f"期限 {deadline.text} 的类型 date 需要日期"
    if deadline.kind == "year" and deadline.date is not None and (deadline.date.month, deadline.date.day) != (12, 31):
        return f"期限 {deadline.text} 的类型 year 的日期应为该年 12-31"
    written_years = {int(y) for y in _YEAR.findall(deadline.text)}
    if deadline.date is not None and written_years and deadline.date.year not in written_years:
        return f"期限 {deadline.text} 与日期 {deadline.date.isoformat()} 的年份不一致"
    return None


RESERVED = "index"  # units/index.md, plans/index.md… are the index pages: no id or source may take the name
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\#?%]")


def source_name_problem(name: str) -> str | None:
    """Why `source.file` is not a plain file name in sources/ (its stem becomes `sources/<stem>/`), or None."""
    if name.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", name):
        return f"原文文件 {name!r} 不能是绝对路径：应为 sources/ 中的文件名"
    if "/" in name or "\\" in name or name in (".", ".."):
        return f"原文文件 {name!r} 不能含目录或 ..：应为 sources/ 中的文件名"
    stem = source_stem(name)
    if name.startswith(".") or name != name.strip() or _UNSAFE.search(name) or stem == RESERVED:
        return f"原文文件名 {name!r} 不能用作网址：不能以 . 开头或是 {RESERVED}.*，不能有首尾空白、控制字符或 # ? %"
    return None


def _source(plan: Plan, doc: yamlsrc.Document, data_dir: Path, lines: dict[str, int | None]) -> list[Problem]:
    """The plan's source text: a plain name in sources/, inside it, readable, its line numbers within it.
    A text's own problems (encoding, size) are reported once, at the text; `lines`: the texts read so far
    and their line counts (None: unreadable)."""
    name = plan.source_file
    wrong = source_name_problem(name)
    if wrong:
        return [Problem(doc.file, doc.line(("source", "file")), wrong)]
    folder = data_dir / "sources"
    path = folder / name
    if not path.exists() and not path.is_symlink():
        return [Problem(doc.file, doc.line(("source", "file")), f"原文文件 sources/{name} 不存在")]
    if not datafiles.inside(path, data_dir, "sources"):
        return [Problem(doc.file, doc.line(("source", "file")), f"原文文件 sources/{name} 是指向 sources/ 以外的链接，不能发布")]
    problems = []
    if name not in lines:
        text, problems = datafiles.read_text(path, datafiles.shown_path(path, data_dir))
        lines[name] = _count_lines(text) if text is not None else None
    total = lines[name]
    if total is None:
        return problems
    if plan.source_line > total:
        problems.append(Problem(*doc.at(("source", "line")), f"原文行号 {plan.source_line} 超出 {name} 的 {total} 行"))
    for i, task in enumerate(plan.tasks):
        if task.line > total:
            problems.append(Problem(*doc.at(("tasks", i, "line")), f"原文行号 {task.line} 超出 {name} 的 {total} 行"))
    return problems


def _source_addresses(portal: Portal, plan_docs: list[yamlsrc.Document]) -> list[Problem]:
    """Two source files whose pages would share one address (a.txt and a.md: sources/a/)."""
    problems = []
    first: dict[str, str] = {}
    for plan, doc in zip(portal.plans, plan_docs):
        name = plan.source_file
        other = first.setdefault(source_stem(name), name)
        if other != name:
            problems.append(Problem(doc.file, doc.line(("source", "file")),
                                    f"原文文件 {name} 与 {other} 的网页地址相同，请给其中一个改名"))
    return problems


def _uncited_sources(data_dir: Path, cited: set[str]) -> list[Problem]:
    folder = data_dir / "sources"
    return [Problem(datafiles.shown_path(entry, data_dir), 1, "未发布（没有方案引用它）", "warning")
            for entry in (sorted(folder.iterdir()) if folder.is_dir() else ()) if entry.name not in cited]


def _count_lines(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") or not text else 1)


def _parents(portal: Portal, plan_docs: list[yamlsrc.Document], known: Known) -> list[Problem]:
    problems = []
    for plan, doc in zip(portal.plans, plan_docs):
        if not plan.parent:
            continue
        if plan.parent in known.plans:
            continue
        if plan.parent not in portal.plan_by_id:
            problems.append(Problem(*doc.at(("parent",)), f"上级方案 {plan.parent} 不存在"))
            continue
        seen, cur = {plan.id}, plan.parent
        while cur:
            if cur in seen:
                problems.append(Problem(*doc.at(("parent",)), f"上级方案形成循环（{plan.id} → … → {cur}）"))
                break
            seen.add(cur)
            cur = portal.plan_by_id[cur].parent if cur in portal.plan_by_id else None
    return problems


def progress(portal: Portal, docs: list[yamlsrc.Document], known: Known = Known(),
             today: dt.date | None = None) -> list[Problem]:
    """Progress reports: where the file stands, whose report it is, which tasks it names, and
    the rules every reported row keeps (progress.rules)."""
    today = today or status.today()  # the portal's day (Asia/Shanghai), as the build counts it, not the machine's
    duties: Duties | None = None  # made once a report names a task of a known unit
    problems = []
    for report, doc in zip(portal.progress, docs):
        path = Path(doc.file)
        if path.stem != report.unit:
            problems.append(Problem(doc.file, doc.line(("unit",)),
                                    f"单位 id {report.unit} 与文件名不一致（应为 progress/{report.period}/{report.unit}.yml）"))
        if path.parent.name != report.period:
            problems.append(Problem(doc.file, doc.line(("period",)),
                                    f"报送期 {report.period} 与所在目录 {path.parent.name} 不一致"))
        unit = portal.unit_by_id.get(report.unit)
        if unit is None and known.registry_read and report.unit not in known.units:
            problems.append(Problem(doc.file, doc.line(("unit",)), f"未知的单位 id {report.unit}（units.yml 中没有）"))
        seen: dict[str, int] = {}
        for i, entry in enumerate(report.entries):
            at = ("tasks", i)
            line = doc.line(at + ("task",))
            if entry.task in seen:
                problems.append(Problem(doc.file, line, f"任务 {entry.task} 重复（第 {seen[entry.task]} 行已有）"))
            seen.setdefault(entry.task, line)
            if entry.task not in portal.task_by_id:
                problems.append(Problem(doc.file, line, f"未知的任务 id {entry.task}"))
            elif unit is not None:
                duties = duties or Duties(portal)
                if duties.relation(unit.id, entry.task) is None:
                    problems.append(Problem(doc.file, line, f"{unit.name} 不承担任务 {entry.task}（方案数据可能已更新）",
                                            "warning"))
            for field_, message in rules.row_problems(entry.state, entry.percent, entry.date, report.period, today):
                problems.append(Problem(doc.file, doc.line(at + (field_,)), message))
    return problems

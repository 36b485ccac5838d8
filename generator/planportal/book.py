"""The task book of one unit: every task it leads, supports, implements or supervises,
as a printable HTML document (A4, print CSS) or a PDF (WeasyPrint).

    find_unit -> context -> render (Jinja2) -> write HTML or PDF
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from . import render as render_
from .loader import load
from .model import Plan, Portal, Task, Unit, ROLES, ROLE_LABELS, VIEW_ROLES
from .problems import DataError, errors
from .status import status_of, today


class UnitNotFound(LookupError):
    pass


def find_unit(portal: Portal, query: str) -> Unit:
    """A unit by id, official name or alias; an ambiguous name must be given by id."""
    if query in portal.unit_by_id:
        return portal.unit_by_id[query]
    matches = [u for u in portal.units if query == u.name or query in u.aliases]
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = "、".join(f"{u.id}（{u.jurisdiction or '未注明行政区'}）" for u in matches)
        raise UnitNotFound(f"名称 {query} 对应多个单位，请用 id 指定：{ids}")
    raise UnitNotFound(f"找不到单位 {query}（可用单位 id、正式名称或简称）")


def full_title(task: Task) -> str:
    """The task's title, never cut: a title the importer shortened with "…" is completed from
    the task's text, up to the end of its sentence (paper cannot be clicked to read on)."""
    stem = task.title.removesuffix("…")
    if stem == task.title:
        return task.title
    start = task.text.find(stem)
    if start < 0:
        return task.text
    end = min((i for i in (task.text.find(p, start + len(stem)) for p in "。；;") if i >= 0), default=len(task.text))
    return task.text[start:end]


def source_reference(portal: Portal, plan: Plan, line: int) -> str:
    """Where a task stands in the published text, as a reader can look it up: the plan's
    title, its 文号 (or that of the notice it was issued with) and the line."""
    number, seen, at = plan.doc_number, set(), plan
    while not number and at.parent in portal.plan_by_id and at.parent not in seen:
        seen.add(at.id)
        at = portal.plan_by_id[at.parent]
        number = at.doc_number
    return f"《{plan.title}》{f'（{number}）' if number else ''}第 {line} 行"


def _names(portal: Portal, task: Task, role: str, skip: str) -> list[str]:
    return [portal.name_of(ref) for ref in task.refs(role) if ref.unit != skip]


def context(portal: Portal, unit: Unit, as_of: dt.date) -> dict:
    entries = portal.tasks_by_unit.get(unit.id, ())
    sections = []
    for role in VIEW_ROLES:
        tasks = [task for r, task in entries if r == role]
        if not tasks:
            continue
        plans = []
        for task in tasks:
            if not plans or plans[-1]["plan"].id != task.plan:
                plans.append({"plan": portal.plan_by_id[task.plan], "tasks": []})
            plans[-1]["tasks"].append(
                {
                    "task": task,
                    "title": full_title(task),
                    "source": source_reference(portal, plans[-1]["plan"], task.line),
                    "groups": " / ".join(g.label for g in task.groups),
                    "others": [
                        (ROLE_LABELS[r], names) for r in ROLES if (names := _names(portal, task, r, unit.id))
                    ],
                    "status": status_of(portal, task, as_of),
                }
            )
        sections.append({"role": role, "label": ROLE_LABELS[role], "count": len(tasks), "plans": plans})
    tasks = {task.id: task for _, task in entries}  # a unit may hold two roles in one task
    due = sorted(
        ((d.date, d.text, task.id, full_title(task)) for task in tasks.values() for d in task.deadlines if d.date),
        key=lambda item: (item[0], item[2]),
    )
    return {"unit": unit, "as_of": as_of, "sections": sections, "due": due, "total": len(tasks)}


def render(portal: Portal, unit: Unit, as_of: dt.date) -> str:
    env = render_.environment(folder="book")
    return env.get_template("book.html").render(**context(portal, unit, as_of))


def pdf_bytes(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=str(render_.TEMPLATES / "book")).write_pdf()


def write_pdf(html: str, output: Path) -> None:
    output.write_bytes(pdf_bytes(html))


def command(data_dir: Path, unit_query: str, pdf: bool, output: str | None, as_of: dt.date | None) -> int:
    portal, problems = load(data_dir)
    if errors(problems):
        raise DataError(errors(problems))
    try:
        unit = find_unit(portal, unit_query)
    except UnitNotFound as exc:
        print(f"planportal book: {exc}", file=sys.stderr)
        return 1
    from .cli import write_output

    pdf = pdf or bool(output and output.lower().endswith(".pdf"))  # -o 任务书.pdf: the name says what it is
    as_of = as_of or today()
    html = render(portal, unit, as_of)
    target = Path(output) if output else Path(f"book-{unit.id}.{'pdf' if pdf else 'html'}")
    write_output(target, pdf_bytes(html) if pdf else html.encode("utf-8"))
    print(target, file=sys.stderr)
    if not context(portal, unit, as_of)["total"]:
        print(f"planportal book: 注意：{unit.name}（{unit.id}）没有任何任务，任务书是空的", file=sys.stderr)
    return 0

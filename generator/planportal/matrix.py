"""Responsibility matrices (task × unit, 牵/配/落/督/责) as plain HTML tables.

    render_matrix(portal, tasks, base=…, caption=…) -> HTML   (embedded in plan and unit pages)
    outputs(portal, as_of) -> [OutputFile]                     (plans/<notice>/matrix/: all sub-plans)

The table is complete without JavaScript: a header row of units grouped by kind, one row
per task (its header cell links to the task), one cell per unit holding the role marks, a
deadline column, and footer rows with each unit's totals per role. `matrix.js` only adds
sorting, a unit picker and a row filter on top; `matrix.css` keeps the header row and the
task column in view while scrolling and prints the table on A4 landscape.

Columns: units named with a registry id, then names that the registry does not know (by
their written name). With `focus_unit` (a unit's page) that unit comes first, then its
co-units. Within a kind, units that lead more tasks come first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from markupsafe import Markup, escape

from .model import OWNER, ROLE_LABELS, VIEW_ROLES, Portal, Task
from .outputs import OutputFile, urls
from .status import cutoff, status_of
from .views import UNIT_KIND_LABELS, cn_date, page_base

MARKS = {"lead": "牵", "support": "配", "implement": "落", "supervise": "督", "units": "责", OWNER: "主"}
MARK_TITLES = {"lead": "牵头", "support": "配合", "implement": "落实", "supervise": "督促", "units": "责任单位（未标明分工）",
               OWNER: "主管（原文未写明责任单位，归方案的主管单位）"}
KIND_ORDER = ("committee", "department", "town", "village", "enterprise", "organization", "group", "other")
FOCUS_KIND, UNREGISTERED_KIND = "focus", "unregistered"
PRINT_PAGE = "@page { size: A4 landscape; margin: 10mm 8mm; }"  # only on the matrix pages of their own
KIND_LABELS = {**UNIT_KIND_LABELS, FOCUS_KIND: "本单位", UNREGISTERED_KIND: "未登记的单位"}


@dataclass(frozen=True)
class Column:
    key: str  # unit id, or "?" + the written name of a unit the registry does not know
    name: str  # full name (registry name or as written)
    short: str  # the shortest written form, shown in the header
    kind: str
    unit: str | None  # unit id, for a link to its page
    counts: dict  # role -> number of tasks


def column_key(unit: str | None, written: str) -> str:
    return unit or f"?{written}"


def columns(portal: Portal, tasks: Sequence[Task], focus_unit: str | None = None) -> list[Column]:
    """The unit columns of `tasks`, grouped by kind (see KIND_ORDER), busiest first in a kind."""
    written: dict[str, set[str]] = {}
    counts: dict[str, dict[str, set[str]]] = {}
    for task in tasks:
        for role, ref in portal.roles_of(task):
            key = column_key(ref.unit, ref.written)
            written.setdefault(key, set()).add(ref.written)
            counts.setdefault(key, {}).setdefault(role, set()).add(task.id)
    out = []
    for key, names in written.items():
        unit = portal.unit_by_id.get(key)
        short = min(names, key=lambda n: (len(n), n))
        if key == focus_unit:
            kind = FOCUS_KIND
        elif unit:
            kind = unit.kind if unit.kind in KIND_ORDER else "other"
        else:
            kind = UNREGISTERED_KIND
        out.append(Column(key, unit.name if unit else short, short, kind, unit.id if unit else None,
                          {r: len(ids) for r, ids in counts[key].items()}))
    order = (FOCUS_KIND, *KIND_ORDER, UNREGISTERED_KIND)
    out.sort(key=lambda c: (order.index(c.kind), -c.counts.get("lead", 0), -sum(c.counts.values()), c.short))
    return out


def marks(portal: Portal, task: Task) -> dict[str, list[str]]:
    """column key -> the roles the unit holds in the task, in contract order."""
    out: dict[str, list[str]] = {}
    for role, ref in portal.roles_of(task):
        roles = out.setdefault(column_key(ref.unit, ref.written), [])
        if role not in roles:
            roles.append(role)
    return out


def render_matrix(portal: Portal, tasks: Sequence[Task], *, base: str, caption: str, focus_unit: str | None = None,
                  as_of: dt.date | None = None) -> str:
    """HTML for the matrix of `tasks`; `base` is the relative prefix from the page to the site root."""
    return _render(portal, tasks, base=base, caption=caption, focus_unit=focus_unit, as_of=as_of)


def _render(portal: Portal, tasks: Sequence[Task], *, base: str, caption: str, focus_unit: str | None = None,
            as_of: dt.date | None = None, skip_unassigned: bool = False) -> str:
    tasks = list(tasks)
    if not tasks:
        return ""
    cols = columns(portal, tasks, focus_unit)
    parts = [_notice_link(portal, tasks, base)]
    if not cols:
        parts.append(f'<p class="pp-matrix-empty">这 {len(tasks)} 项任务的原文都未写明责任单位，因此没有分工矩阵。</p>')
        return _wrap(parts)
    shown = [t for t in tasks if not skip_unassigned or portal.roles_of(t)]
    parts.append(_legend(cols))
    parts.append(f'<div class="pp-matrix-scroll" tabindex="0" role="region" aria-label="{escape(caption)}（可滚动）">')
    parts.append(f'<table class="pp-matrix" data-pp-matrix data-focus="{escape(focus_unit or "")}">')
    parts.append(f"<caption>{escape(caption)}<span class=\"pp-matrix__size\">（{len(shown)} 项任务 × "
                 f"{len(cols)} 个单位）</span></caption>")
    parts.append('<colgroup><col class="pp-matrix__c-task"/><col class="pp-matrix__c-due"/></colgroup>'
                 f'<colgroup class="pp-matrix__c-units" span="{len(cols)}"></colgroup>')
    parts.append(_head(cols, base))
    by_plan: dict[str, list[Task]] = {}
    for task in tasks:
        by_plan.setdefault(task.plan, []).append(task)
    several = len(by_plan) > 1
    left_out = []  # plans none of whose tasks names a unit (only when skip_unassigned)
    for plan_id, plan_tasks in by_plan.items():
        rows = [t for t in plan_tasks if not skip_unassigned or portal.roles_of(t)]
        if not rows:
            left_out.append((plan_id, len(plan_tasks)))
            continue
        parts.append("<tbody>")
        if several:
            parts.append(_plan_row(portal, plan_id, len(plan_tasks) - len(rows), len(cols), base))
        parts += [_row(portal, task, cols, base, as_of) for task in rows]
        parts.append("</tbody>")
    parts.append(_foot(cols))
    parts.append("</table></div>")
    if left_out:
        items = "".join(f'<li><a href="{base}{urls.plan(pid)}">{escape(_plan_title(portal, pid))}</a>'
                        f'<span class="pp-count">{n} 项任务</span></li>' for pid, n in left_out)
        parts.append(f'<p class="pp-note">以下 {len(left_out)} 个方案的任务都未写明责任单位，未列入上表：</p>'
                     f'<ul class="pp-matrix-unassigned">{items}</ul>')
    return _wrap(parts)


def _plan_title(portal: Portal, plan_id: str) -> str:
    plan = portal.plan_by_id.get(plan_id)
    return plan.title if plan else plan_id


def _wrap(parts: list[str]) -> str:
    return '<div class="pp-matrix-block">' + "\n".join(p for p in parts if p) + "</div>"


def _legend(cols: list[Column]) -> str:
    shown = [r for r in VIEW_ROLES if r != OWNER or any(c.counts.get(OWNER) for c in cols)]
    items = "".join(f'<li><span class="pp-mark pp-mark--{r}" aria-hidden="true">{MARKS[r]}</span>{MARK_TITLES[r]}</li>'
                    for r in shown)
    return f'<ul class="pp-matrix-legend" aria-label="图例">{items}</ul>'


def _head(cols: list[Column], base: str) -> str:
    groups: list[tuple[str, int]] = []
    for c in cols:
        if groups and groups[-1][0] == c.kind:
            groups[-1] = (c.kind, groups[-1][1] + 1)
        else:
            groups.append((c.kind, 1))
    kinds = "".join(f'<th scope="colgroup" colspan="{n}" class="pp-matrix__kind" data-kind="{k}">{KIND_LABELS.get(k, k)}</th>'
                    for k, n in groups)
    top = f'<tr class="pp-matrix__kinds"><td class="pp-matrix__corner" colspan="2"></td>{kinds}</tr>'
    cells = []
    for i, c in enumerate(cols):
        name = escape(c.short)
        label = f'<a href="{base}{urls.unit(c.unit)}">{name}</a>' if c.unit else name
        cells.append(f'<th scope="col" class="pp-matrix__unit" data-col="{i}" data-kind="{c.kind}" '
                     f'data-unit="{escape(c.key)}" title="{escape(c.name)}"><span class="pp-matrix__name">{label}</span></th>')
    units = ('<tr class="pp-matrix__units"><th scope="col" class="pp-matrix__task">任务</th>'
             '<th scope="col" class="pp-matrix__due">期限</th>' + "".join(cells) + "</tr>")
    return f"<thead>{top}{units}</thead>"


def _plan_row(portal: Portal, plan_id: str, unassigned: int, ncols: int, base: str) -> str:
    title = escape(_plan_title(portal, plan_id))
    note = f'<span class="pp-matrix__note">另有 {unassigned} 项任务未写明责任单位</span>' if unassigned else ""
    return (f'<tr class="pp-matrix__plan"><th scope="rowgroup" colspan="2">'
            f'<a href="{base}{urls.plan(plan_id)}">{title}</a>{note}</th>'
            f'<td colspan="{ncols}"></td></tr>')


def _row(portal: Portal, task: Task, cols: list[Column], base: str, as_of: dt.date | None) -> str:
    held = marks(portal, task)
    status, key = "", "none"
    if as_of is not None:
        view = status_of(portal, task, as_of)
        key = view.key
        if view.label:
            status = f' <span class="pp-status pp-status--{view.key}">{view.label}</span>'
    due_date = cutoff(task)
    attrs = f' data-status="{key}"' + (f' data-due="{due_date.isoformat()}"' if due_date else "")
    number = f'<span class="pp-num">{escape(task.number)}</span>' if task.number else ""
    head = (f'<th scope="row" class="pp-matrix__task"><a href="{base}{urls.task(task.id)}">{number}'
            f'{escape(task.title)}</a>{status}</th>')
    due = escape("；".join(d.text for d in task.deadlines))
    cells = []
    for c in cols:
        roles = held.get(c.key)
        if roles:
            inner = "".join(f'<abbr class="pp-mark pp-mark--{r}" title="{MARK_TITLES[r]}">{MARKS[r]}</abbr>' for r in roles)
            cells.append(f'<td data-roles="{" ".join(roles)}">{inner}</td>')
        else:
            cells.append("<td></td>")
    return f'<tr data-task="{escape(task.id)}"{attrs}>{head}<td class="pp-matrix__due">{due}</td>{"".join(cells)}</tr>'


def _foot(cols: list[Column]) -> str:
    rows = []
    for role in VIEW_ROLES:
        if any(c.counts.get(role) for c in cols):
            cells = "".join(f"<td>{c.counts.get(role) or ''}</td>" for c in cols)
            rows.append(f'<tr class="pp-matrix__total" data-role="{role}"><th scope="row" colspan="2">'
                        f"{ROLE_LABELS[role]}（项）</th>{cells}</tr>")
    return "<tfoot>" + "".join(rows) + "</tfoot>"


def _notice_link(portal: Portal, tasks: Sequence[Task], base: str) -> str:
    """On a sub-plan's matrix: a link to the matrix of its whole notice."""
    plans = {t.plan for t in tasks}
    if len(plans) != 1:
        return ""
    plan = portal.plan_by_id.get(next(iter(plans)))
    parent = portal.plan_by_id.get(plan.parent) if plan and plan.parent else None
    if not parent:
        return ""
    return (f'<p class="pp-matrix-more">本方案属于{escape(parent.title)}。'
            f'<a href="{base}{matrix_url(parent.id)}">查看全部子方案的责任分工总矩阵</a></p>')


# --- pages of their own ----------------------------------------------------------------


def matrix_url(plan_id: str) -> str:
    return f"plans/{plan_id}/matrix/"


def descendants(portal: Portal, plan_id: str) -> list[Task]:
    """The tasks of a plan and of all its sub-plans, in plan order (cycles are ignored)."""
    out, seen, stack = [], set(), [plan_id]
    order = {p.id: i for i, p in enumerate(portal.plans)}
    todo = []
    while stack:
        pid = stack.pop()
        if pid in seen or pid not in portal.plan_by_id:
            continue
        seen.add(pid)
        todo.append(pid)
        stack += [c.id for c in portal.children.get(pid, ())]
    for pid in sorted(todo, key=order.__getitem__):
        out += portal.plan_by_id[pid].tasks
    return out


def notice_page(portal: Portal, plan_id: str, as_of: dt.date) -> OutputFile | None:
    plan = portal.plan_by_id[plan_id]
    tasks = descendants(portal, plan_id)
    if not tasks:
        return None
    url = matrix_url(plan_id)
    base = page_base(url)
    subplans = len({t.plan for t in tasks})
    assigned = sum(1 for t in tasks if portal.roles_of(t))
    title = f"{plan.title}：责任分工总矩阵"
    body = _render(portal, tasks, base=base, caption=f"{plan.title}：全部子方案的责任分工", as_of=as_of,
                   skip_unassigned=True)
    html = (
        '<div class="pp-page pp-page--matrix">\n'
        f"<style>{PRINT_PAGE}</style>\n"
        '<nav class="pp-crumbs" aria-label="位置"><ol>'
        f'<li><a href="{base}plans/">方案</a></li><li><a href="{base}{urls.plan(plan_id)}">{escape(plan.title)}</a></li>'
        "</ol></nav>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="pp-note">{subplans} 个方案共 {len(tasks)} 项任务，其中 {assigned} 项写明了责任单位，列在下表；'
        "单位按类别分组，表尾是各单位牵头、配合等的任务数。统计截至"
        f"{cn_date(as_of)}。打印时自动使用 A4 横向并在每页重复表头。</p>\n"
        f"{body}\n</div>"
    )
    return OutputFile(url.rstrip("/") + ".md", html + "\n", title=title, in_nav=False)


def outputs(portal: Portal, as_of: dt.date) -> list:
    """Extra pages: for each plan with sub-plans, the matrix over all of them (plans/<id>/matrix/)."""
    pages = (notice_page(portal, pid, as_of) for pid in sorted(portal.children) if pid in portal.plan_by_id)
    return [p for p in pages if p]

"""Responsibility matrices (task × unit, 牵/配/落/督/责/主): what a table holds, for the
macros of templates/portal/_matrix.html to draw.

    build(portal, tasks, caption=…, statuses=…) -> Matrix | None   (embedded in plan and unit pages)
    page(look, plan) -> Page                                        (plans/<notice>/matrix/: all sub-plans)
    render_matrix(portal, tasks, base=…, caption=…) -> HTML         (the table alone, for other callers)

The table is complete without JavaScript: a header row of units grouped by kind, one row
per task (its header cell links to the task), one cell per unit holding the role marks, a
deadline column, and footer rows with each unit's totals per role. `matrix.js` only adds
sorting, a unit picker and a row filter on top; `matrix.css` keeps the header row and the
task column in view while scrolling (on wide screens) and prints the table on A4 landscape.

Columns: units named with a registry id, then names that the registry does not know (by
their written name). With `focus_unit` (a unit's page) that unit comes first, then its
co-units. Within a kind, units that lead more tasks come first. Tasks of several plans
stand in the order of the plans list (`Portal.reading_order`), each plan under a row of its own.

A `summary` matrix (a plan page over more than `views.EMBED_LIMIT` tasks) keeps the columns and
their totals only; the page links to the whole matrix on a page of its own (`has_page`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping, Sequence

from .model import OWNER, VIEW_ROLES, Plan, Portal, Task
from .outputs import OutputFile, urls
from .status import StatusView, cutoff, status_of
from .views import EMBED_LIMIT, UNIT_KIND_LABELS, Lookups, Page, page as make_page

MARKS = {"lead": "牵", "support": "配", "implement": "落", "supervise": "督", "units": "责", OWNER: "主"}
MARK_TITLES = {"lead": "牵头", "support": "配合", "implement": "落实", "supervise": "督促", "units": "责任单位（未标明分工）",
               OWNER: "主管（原文未写明责任单位，归方案的主管单位）"}
KIND_ORDER = ("committee", "department", "town", "village", "enterprise", "organization", "group", "other")
FOCUS_KIND, UNREGISTERED_KIND = "focus", "unregistered"
KIND_LABELS = {**UNIT_KIND_LABELS, FOCUS_KIND: "本单位", UNREGISTERED_KIND: "未登记的单位"}


@dataclass(frozen=True)
class Column:
    key: str  # unit id, or "?" + the written name of a unit the registry does not know
    name: str  # full name (registry name or as written)
    short: str  # the shortest written form, shown in the header
    kind: str
    unit: str | None  # unit id, for a link to its page
    counts: dict  # role -> number of tasks

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class Row:
    task: Task
    status: StatusView | None  # None: the matrix shows no status
    due: dt.date | None  # the task's cut-off (status rule 3), which matrix.js sorts by
    deadlines: str  # the deadlines as written, joined with ；
    cells: tuple[tuple[str, ...], ...]  # per column: the roles the unit holds in the task


@dataclass(frozen=True)
class Block:
    """The rows of one plan (under a row naming the plan when the matrix spans several)."""

    plan: Plan | None
    unassigned: int  # tasks of the plan naming no unit, left out of the table
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Matrix:
    caption: str
    focus: str  # the unit whose page this is, or ""
    tasks: int  # tasks the matrix covers
    columns: tuple[Column, ...]
    kinds: tuple[tuple[str, str, int], ...]  # (kind, label, columns) header groups
    legend: tuple[str, ...]  # the roles the legend explains
    blocks: tuple[Block, ...]
    totals: tuple[tuple[str, tuple[int, ...]], ...]  # (role, per column) for roles that occur
    left_out: tuple[tuple[Plan, int], ...]  # plans none of whose tasks names a unit (full page only)
    notice: Plan | None  # the notice of the single sub-plan the tasks come from, for a link
    summary: bool = False  # columns and totals only: the whole matrix is on its own page
    marks = MARKS  # (not fields) what the macros write for each role
    mark_titles = MARK_TITLES

    @property
    def rows(self) -> int:
        return sum(len(b.rows) for b in self.blocks)


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


def build(portal: Portal, tasks: Sequence[Task], *, caption: str, focus_unit: str | None = None,
          statuses: Mapping[str, StatusView] | None = None, skip_unassigned: bool = False,
          summary: bool = False) -> Matrix | None:
    """The matrix of `tasks` (None when there are none); `statuses` (task id -> status) puts a
    badge beside each task. `skip_unassigned` leaves out tasks naming no unit, listing the plans
    all of whose tasks do so below the table."""
    tasks = portal.in_reading_order(tasks)
    if not tasks:
        return None
    cols = columns(portal, tasks, focus_unit)
    by_plan: dict[str, list[Task]] = {}
    for task in tasks:
        by_plan.setdefault(task.plan, []).append(task)
    several = len(by_plan) > 1
    blocks, left_out = [], []
    for plan_id, plan_tasks in by_plan.items():
        shown = [t for t in plan_tasks if not skip_unassigned or portal.roles_of(t)]
        plan = portal.plan_by_id.get(plan_id)
        if not shown:
            left_out.append((plan, len(plan_tasks)))
            continue
        rows = () if summary else tuple(_row(portal, t, cols, statuses) for t in shown)
        blocks.append(Block(plan if several else None, len(plan_tasks) - len(shown), rows))
    kinds: list[tuple[str, str, int]] = []
    for c in cols:
        if kinds and kinds[-1][0] == c.kind:
            kinds[-1] = (c.kind, kinds[-1][1], kinds[-1][2] + 1)
        else:
            kinds.append((c.kind, c.kind_label, 1))
    return Matrix(
        caption=caption, focus=focus_unit or "", tasks=len(tasks), columns=tuple(cols), kinds=tuple(kinds),
        legend=tuple(r for r in VIEW_ROLES if r != OWNER or any(c.counts.get(OWNER) for c in cols)),
        blocks=tuple(blocks),
        totals=tuple((role, tuple(c.counts.get(role, 0) for c in cols))
                     for role in VIEW_ROLES if any(c.counts.get(role) for c in cols)),
        left_out=tuple(left_out), notice=_notice(portal, tasks), summary=summary,
    )


def _row(portal: Portal, task: Task, cols: list[Column], statuses: Mapping[str, StatusView] | None) -> Row:
    held = {key: tuple(roles) for key, roles in marks(portal, task).items()}
    return Row(task, statuses[task.id] if statuses is not None else None, cutoff(task),
               "；".join(d.text for d in task.deadlines), tuple(held.get(c.key, ()) for c in cols))


def _notice(portal: Portal, tasks: Sequence[Task]) -> Plan | None:
    """The notice a single sub-plan belongs to, when all `tasks` come from that sub-plan."""
    plans = {t.plan for t in tasks}
    if len(plans) != 1:
        return None
    plan = portal.plan_by_id.get(next(iter(plans)))
    return portal.plan_by_id.get(plan.parent) if plan and plan.parent else None


# --- pages of their own ----------------------------------------------------------------


def descendants(portal: Portal, plan_id: str) -> list[Task]:
    """The tasks of a plan and of all its sub-plans, in the order of the plans list (cycles are ignored)."""
    out, seen, stack = [], set(), [plan_id]
    todo = []
    while stack:
        pid = stack.pop()
        if pid in seen or pid not in portal.plan_by_id:
            continue
        seen.add(pid)
        todo.append(pid)
        stack += [c.id for c in portal.children.get(pid, ())]
    for pid in sorted(todo, key=portal.reading_order.__getitem__):
        out += portal.plan_by_id[pid].tasks
    return out


def has_page(portal: Portal, plan: Plan) -> bool:
    """Whether the plan's whole matrix has a page of its own: a notice's, over its sub-plans, or
    that of a plan too big for its page to hold it (more than EMBED_LIMIT tasks)."""
    scope = descendants(portal, plan.id)
    return bool(scope) and (plan.id in portal.children or len(scope) > EMBED_LIMIT)


def with_pages(portal: Portal) -> list[Plan]:
    """The plans whose matrix has a page of its own, in reading order."""
    return sorted((p for p in portal.plans if has_page(portal, p)), key=lambda p: portal.reading_order[p.id])


def page(look: Lookups, plan: Plan) -> Page:
    """plans/<id>/matrix/: the matrix of all sub-plans, printable on A4 landscape."""
    portal = look.portal
    tasks = descendants(portal, plan.id)
    title = f"{plan.title}：责任分工总矩阵"
    return make_page(
        urls.matrix(plan.id), "matrix_page.html", title,
        description=f"{plan.title}全部子方案 {len(tasks)} 项任务的责任分工矩阵：每项任务由哪些单位牵头、配合、落实、督促。",
        plan=plan, subplans=len({t.plan for t in tasks}), total=len(tasks),
        assigned=sum(1 for t in tasks if portal.roles_of(t)), as_of=look.as_of,
        matrix=build(portal, tasks, caption=f"{plan.title}：{'全部子方案的' if plan.id in portal.children else ''}责任分工",
                     statuses=look.statuses, skip_unassigned=True),
    )


def pages(look: Lookups) -> list[Page]:
    return [page(look, p) for p in with_pages(look.portal)]


# --- the same, rendered, for callers outside a build -----------------------------------


def render_matrix(portal: Portal, tasks: Sequence[Task], *, base: str, caption: str, focus_unit: str | None = None,
                  as_of: dt.date | None = None) -> str:
    """HTML of the matrix of `tasks` (statuses as of `as_of`, if given); `base` is the relative
    prefix from the page to the site root."""
    statuses = {t.id: status_of(portal, t, as_of) for t in tasks} if as_of else None
    view = build(portal, tasks, caption=caption, focus_unit=focus_unit, statuses=statuses)
    return _macro("matrix")(view, base) if view else ""


def outputs(portal: Portal, as_of: dt.date) -> list[OutputFile]:
    """The matrix pages of their own, rendered (a build renders `pages` with the others)."""
    from . import render  # render imports pages, which imports this module

    env = render.environment()
    return [render.render(env, p) for p in pages(Lookups(portal, as_of))]


def _macro(name: str):
    from . import render

    return getattr(render.environment().get_template("_matrix.html").module, name)

"""One context builder per page kind: pure functions from the model to a `Page`.

A `Page` (views.py) names its address (from `outputs.urls`), its template in
`templates/portal/` and the exact context that template receives. Every context has `base`,
the relative prefix from the page to the site root, so raw HTML links work under any
sub-path; a page that shows task statuses has `as_of`, the day they are computed for.
The matrix and timeline pages of their own are built in matrix.py and timeline.py, the
pages of the original texts in sourcetext.py.

    home(...)            index.md            what the portal holds, entry points
    plans_index(...)     plans/index.md      the plan tree: notice -> sub-plans
    plan(...)            plans/<id>.md       metadata, counts, groups and tasks in order
    units_index(...)     units/index.md      units by jurisdiction and kind, task counts
    unit(...)            units/<id>.md       tasks by role then plan
    task(...)            tasks/<id>.md       text, roles, deadlines, source line, neighbours
    deadlines_index(...) deadlines/index.md  every deadline page with its count
    deadline(...)        deadlines/<key>.md  tasks due at one cut-off (or ongoing, recurring)
    progress_index(...)  progress/index.md   every reporting period, how to run the loop
    progress_period(...) progress/<YYYY-MM>.md  one period's 督查通报
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from . import matrix, timeline
from .model import Group, Plan, Task, Unit, ROLES, ROLE_LABELS, VIEW_ROLES
from .outputs import urls
from .progress import chart, periods
from .progress.bulletin import Bulletin
from .progress.schedule import TOLERANCE
from .status import DUE_SOON_DAYS, KEYS, LABELS
from .views import (
    EMBED_LIMIT,
    NO_JURISDICTION,
    PLAN_KIND_LABELS,
    UNIT_KIND_LABELS,
    DeadlineView,
    Lookups,
    Page,
    TaskItem,
    cn_date,
    deadline_title,
    page as _page,
    page_base,
    summary,
)

__all__ = ["Page", "summary"]  # pages of every kind are Pages (views.py)

HOME_DUE_LIMIT = 20
INFERRED_LABELS = {"lead": "牵头单位", "support": "配合单位", "implement": "落实单位", "supervise": "督促单位",
                   "units": "责任单位", "deadlines": "完成期限", "title": "标题", "text": "内容"}


def _per_task(pairs) -> list[tuple[TaskItem, list[DeadlineView]]]:
    """(task item, deadline) pairs as one entry per task with its deadlines, in first-seen order."""
    out: dict[str, tuple[TaskItem, list[DeadlineView]]] = {}
    for item, d in pairs:
        out.setdefault(item.task.id, (item, []))[1].append(d)
    return list(out.values())


def _by_plan(items: list[TaskItem]) -> list[dict]:
    """[{plan, tasks}] keeping the order of `items` (which is plan order)."""
    return [{"plan": plan, "tasks": list(group)} for plan, group in groupby(items, key=lambda i: i.plan)]


# --- home and indexes -------------------------------------------------------------------


def home(look: Lookups, site_name: str) -> Page:
    """Counts, entry points for citizens and staff, where the tasks stand (or that nothing is
    recorded yet), deadlines due soon (one row per task) and the next deadline pages, the
    top-level plans."""
    as_of = look.as_of
    horizon = as_of + dt.timedelta(days=DUE_SOON_DAYS)
    soon = _per_task((item, d) for key in look.deadline_keys for item, d in look.by_deadline[key]
                     if d.date and as_of <= d.date <= horizon)
    due = sorted(((min(d.date for d in found), item, found) for item, found in soon),
                 key=lambda entry: (entry[0], entry[1].task.id))
    states: dict[str, int] = {}
    for item in look.items.values():
        states[item.status.key] = states.get(item.status.key, 0) + 1
    return _page(
        *_nav_head("home", look, site_name),
        counts=_counts(look),
        roots=[{"plan": p, "tasks": look.task_count(p), "children": len(look.children(p))} for p in look.roots],
        due=[{"date": date, "item": item, "deadlines": found} for date, item, found in due[:HOME_DUE_LIMIT]],
        due_more=len(due) > HOME_DUE_LIMIT,
        due_pages=[{"key": k, "title": deadline_title(k)} for k in sorted({d.key for _, _, found in due for d in found})],
        upcoming=_upcoming(look),
        recorded=look.recorded, past_due=states.get("past-due", 0),
        states=[{"key": k, "label": LABELS[k], "count": states[k]} for k in KEYS if k in states and k != "none"],
        unmarked=states.get("none", 0),
        as_of=as_of, horizon=horizon,
    )


def _counts(look: Lookups) -> dict[str, int]:
    return {"plans": len(look.portal.plans), "tasks": len(look.portal.tasks), "units": len(look.portal.units),
            "deadlines": len(look.deadline_keys)}


_NAV_PAGES = ("home", "plans_index", "units_index", "deadlines_index", "progress_index")  # in site order


def _nav_head(kind: str, look: Lookups, site_name: str = "") -> tuple[str, str, str, bool, str]:
    """(address, template, title, in_nav, description) of a page listed in the navigation: its builder's
    and `nav_heads`' one source."""
    if kind == "home":
        counts = _counts(look)
        return ("", "home.html", site_name, True,
                f"{site_name}：{counts['plans']} 个方案的 {counts['tasks']} 项任务，"
                f"{counts['units']} 个责任单位，每项任务的牵头配合单位、完成期限与原文出处。")
    if kind == "plans_index":
        return ("plans/", "plans_index.html", "全部方案", True,
                f"全部 {len(look.portal.plans)} 个方案：通知及随通知印发的各单位方案，各有多少项任务。")
    if kind == "units_index":
        return ("units/", "units_index.html", "全部单位", True,
                f"全部 {len(look.portal.units)} 个单位，按行政区和类型排列，各单位牵头、配合、落实、督促的任务数。")
    if kind == "deadlines_index":
        return ("deadlines/", "deadlines_index.html", "全部期限", True,
                "按月份、年份查看到期的任务，以及需要长期坚持和定期开展的工作。")
    return (urls.progress(), "progress_index.html", "进展通报", True, "")


def nav_heads(look: Lookups, site_name: str) -> list[Page]:
    """The pages listed in the navigation (home and the indexes), in site order, with their
    addresses, titles and descriptions as their builders give them, but no context (mkdocs
    renders their frames before any page is built)."""
    return [_page(*_nav_head(kind, look, site_name)) for kind in _NAV_PAGES]


def _upcoming(look: Lookups, limit: int = 4) -> list[dict]:
    """The next dated deadline pages from the day of the build on, with their task counts."""
    month = f"{look.as_of.year}-{look.as_of.month:02d}"
    keys = [k for k in look.deadline_keys if k[:1].isdigit() and (k if "-" in k else f"{k}-12") >= month]
    return [{"key": k, "title": deadline_title(k), "count": len({i.task.id for i, _ in look.by_deadline[k]})}
            for k in keys[:limit]]


def plans_index(look: Lookups) -> Page:
    """The plan tree: each root plan with its sub-plans (any depth), with task counts."""

    def node(plan: Plan) -> dict:
        return {"plan": plan, "tasks": look.task_count(plan), "children": [node(c) for c in look.children(plan)]}

    return _page(*_nav_head("plans_index", look), tree=[node(p) for p in look.roots], total=len(look.portal.plans))


def units_index(look: Lookups) -> Page:
    """Units grouped by jurisdiction (registry order), then kind, each with counts per role."""
    jurisdictions: dict[str, dict[str, list]] = {}
    shown = VIEW_ROLES if look.portal.owned_plans else ROLES  # 主管 only where some plan has an owner
    for unit in look.portal.units:
        counts = look.role_counts.get(unit.id, {role: 0 for role in VIEW_ROLES})
        row = {"unit": unit, "counts": [counts[r] for r in shown],
               "total": len({t.id for _, t in look.portal.tasks_by_unit.get(unit.id, ())})}
        jurisdictions.setdefault(unit.jurisdiction or NO_JURISDICTION, {}).setdefault(unit.kind, []).append(row)
    order = list(UNIT_KIND_LABELS)
    sections = [
        {"name": name, "count": sum(len(rows) for rows in kinds.values()), "kinds": [{"kind": kind, "label": UNIT_KIND_LABELS.get(kind, kind), "rows": rows}
                                 for kind, rows in sorted(kinds.items(), key=lambda kv: _index(order, kv[0]))]}
        for name, kinds in sorted(jurisdictions.items(), key=lambda kv: kv[0] == NO_JURISDICTION)
    ]
    return _page(*_nav_head("units_index", look), sections=sections,
                 roles=[ROLE_LABELS[r] for r in shown], total=len(look.portal.units))


def _index(order: list[str], value: str) -> int:
    return order.index(value) if value in order else len(order)


def deadlines_index(look: Lookups) -> Page:
    """Dated pages grouped by year, then 长期坚持 / 定期 / 未注明日期."""
    years: dict[str, list[dict]] = {}
    special = []
    for key in look.deadline_keys:
        entry = {"key": key, "title": deadline_title(key), "count": len({i.task.id for i, _ in look.by_deadline[key]})}
        if key[:1].isdigit():
            years.setdefault(key[:4], []).append(entry)
        else:
            special.append(entry)
    return _page(*_nav_head("deadlines_index", look),
                 years=[{"year": y, "pages": pages} for y, pages in years.items()], special=special)


# --- plans, units, tasks ----------------------------------------------------------------


def plan(look: Lookups, plan: Plan) -> Page:
    """Metadata, parent and sub-plans, counts by role and deadline, tasks under their group headings,
    the matrix and the timeline (of all sub-plans, for a notice; summaries beyond EMBED_LIMIT tasks)."""
    portal = look.portal
    items = [look.items[t.id] for t in plan.tasks]
    role_counts = []
    for role in ROLES:
        with_role = [t for t in plan.tasks if t.refs(role)]
        if with_role:
            units = {ref.unit or ref.written for t in with_role for ref in t.refs(role)}
            role_counts.append({"label": ROLE_LABELS[role], "tasks": len(with_role), "units": len(units)})
    by_key: dict[str, set[str]] = {}
    for item in items:
        for d in item.deadlines:
            by_key.setdefault(d.key, set()).add(item.task.id)
    deadline_counts = [{"key": k, "title": deadline_title(k), "count": len(by_key[k])}
                       for k in look.deadline_keys if k in by_key]
    parent = portal.plan_by_id.get(plan.parent) if plan.parent else None
    caption = f"{plan.title}：责任分工"
    # a notice holds no tasks itself: its matrix and timeline cover all its sub-plans
    scope = list(plan.tasks) or matrix.descendants(portal, plan.id)
    if not plan.tasks and scope:
        caption = f"{plan.title}（全部子方案）：责任分工"
    issued = "，".join(x for x in (plan.issuer, plan.doc_number, cn_date(plan.published)) if x)
    return _page(
        urls.plan(plan.id), "plan.html", plan.title,
        description=f"{plan.title}{f'（{issued}）' if issued else ''}：{len(scope)} 项任务的责任单位、完成期限与原文出处。",
        plan=plan, kind_label=PLAN_KIND_LABELS.get(plan.kind or "", plan.kind or ""),
        meta=_plan_meta(plan), parent=parent, owner=look.person(plan.owner) if plan.owner else None,
        children=[{"plan": c, "tasks": look.task_count(c)} for c in look.children(plan)],
        source_url=look.source_url(plan.source_file, plan.source_line),
        role_counts=role_counts, deadline_counts=deadline_counts,
        undated=sum(1 for t in plan.tasks if not t.deadlines),
        sections=_sections(items),
        progress=look.progress.plan(plan, scope),
        matrix=matrix.build(portal, scope, caption=caption, statuses=look.statuses, summary=len(scope) > EMBED_LIMIT),
        matrix_page=urls.matrix(plan.id) if matrix.has_page(portal, plan) else None,
        timeline=timeline.build(portal, scope, as_of=look.as_of, caption=f"{plan.title}：完成期限",
                                statuses=look.statuses),
        as_of=look.as_of,
    )


def _plan_meta(plan: Plan) -> list[tuple[str, str]]:
    rows = [("发文单位", plan.issuer), ("发布机构", plan.publisher if plan.publisher != plan.issuer else None),
            ("文号", plan.doc_number), ("行政区", plan.jurisdiction),
            ("类型", PLAN_KIND_LABELS.get(plan.kind or "", plan.kind)), ("实施期", plan.period),
            ("成文日期", cn_date(plan.written)), ("发布日期", cn_date(plan.published))]
    return [(label, value) for label, value in rows if value]


def _sections(items: list[TaskItem]) -> list[dict]:
    """Tasks in order, each run under the group headings it opens: [{headings, tasks}].

    Only groups that hold tasks get a heading (an empty group is never rendered);
    a heading's level follows its depth (h3 for the outermost group). Each heading is
    {id, label, level}.
    """
    out: list[dict] = []
    path: tuple[Group, ...] = ()
    for item in items:
        groups = item.task.groups
        if not out or groups != path:
            shared = 0
            while shared < min(len(path), len(groups)) and path[shared] == groups[shared]:
                shared += 1
            headings = [{"id": f"group-{g.id}", "label": g.label, "level": min(3 + depth, 6)}
                        for depth, g in enumerate(groups) if depth >= shared]
            if not groups:  # tasks outside any group, after grouped ones, must not sit under the last heading
                headings = [{"id": "group-none", "label": "其他任务", "level": 3}] if out else []
            out.append({"headings": headings, "tasks": []})
            path = groups
        out[-1]["tasks"].append(item)
    return out


def unit(look: Lookups, unit: Unit) -> Page:
    """The plans the unit owns, and every task of the unit grouped by role (only roles it holds,
    主管 last: an owned plan's tasks that name no unit) then plan."""
    portal = look.portal
    order = portal.reading_order
    entries = sorted(portal.tasks_by_unit.get(unit.id, ()), key=lambda e: order.get(e[1].plan, len(order)))
    roles = []
    for role in VIEW_ROLES:
        items, seen = [], set()
        for r, task in entries:
            if r == role and task.id not in seen:
                seen.add(task.id)
                items.append(look.items[task.id])
        if items:
            roles.append({"role": role, "label": ROLE_LABELS[role], "count": len(items), "plans": _by_plan(items)})
    tasks = list({task.id: task for _, task in entries}.values())
    held = "、".join(f"{r['label']} {r['count']} 项" for r in roles)
    return _page(
        urls.unit(unit.id), "unit.html", unit.name,
        description=f"{unit.name}{f'（{unit.jurisdiction}）' if unit.jurisdiction else ''}承担的 {len(tasks)} 项任务"
                    f"{f'：{held}' if held else ''}，含完成期限与原文出处。",
        unit=unit, kind_label=UNIT_KIND_LABELS.get(unit.kind, unit.kind), roles=roles, total=len(tasks),
        owned=[{"plan": p, "tasks": look.task_count(p), "inferred": p.owner.inferred} for p in portal.owned_plans.get(unit.id, ())],
        progress=look.progress.unit(unit),
        matrix=matrix.build(portal, tasks, caption=f"{unit.name}：参与的任务", focus_unit=unit.id,
                            statuses=look.statuses),
        timeline=timeline.build(portal, tasks, as_of=look.as_of, caption=f"{unit.name}：完成期限",
                                statuses=look.statuses),
        as_of=look.as_of,
    )


def task(look: Lookups, task: Task) -> Page:
    """Full text, group path, roles (resolved units linked), deadlines, status, source line, neighbours."""
    item = look.items[task.id]
    previous, following = look.neighbours[task.id]
    roles = [{"label": ROLE_LABELS[role], "people": [look.person(ref) for ref in task.refs(role)]}
             for role in ROLES if task.refs(role)]
    return _page(
        urls.task(task.id), "task.html", item.heading,
        description=f"{item.plan.title}：{task.text}",
        item=item, task=task, plan=item.plan, roles=roles, progress=look.progress.task(task, item.status.recorded),
        parent=look.portal.plan_by_id.get(item.plan.parent) if item.plan.parent else None,
        paragraphs=[p for p in task.text.splitlines() if p.strip()],
        inferred=[INFERRED_LABELS.get(name, name) for name in task.inferred],
        source_url=look.source_url(item.plan.source_file, task.line),
        previous=look.items[previous.id] if previous else None,
        next=look.items[following.id] if following else None,
        as_of=look.as_of,
    )


# --- deadlines ----------------------------------------------------------------------------


def deadline(look: Lookups, key: str) -> Page:
    """Tasks due at one cut-off, by plan (in the order of the plans list), one row per task with
    the deadlines it has here (a task with two phrases in one month is listed once)."""
    order = look.portal.reading_order
    rows = sorted(_per_task(look.by_deadline[key]),
                  key=lambda e: (order[e[0].plan.id], min(d.date or dt.date.max for d in e[1])))
    plans = [{"plan": plan, "entries": [{"item": item, "here": found} for item, found in group]}
             for plan, group in groupby(rows, key=lambda e: e[0].plan)]
    keys = look.deadline_keys
    i = keys.index(key)
    count = len(rows)
    return _page(
        urls.deadline(key), "deadline.html", f"期限：{deadline_title(key)}",
        description=f"期限为{deadline_title(key)}的 {count} 项任务，按方案列出，含牵头单位与原文出处。",
        key=key, label=deadline_title(key), plans=plans, count=count, as_of=look.as_of,
        previous={"key": keys[i - 1], "title": deadline_title(keys[i - 1])} if i else None,
        next={"key": keys[i + 1], "title": deadline_title(keys[i + 1])} if i + 1 < len(keys) else None,
    )


# --- progress ---------------------------------------------------------------------------


def progress_index(look: Lookups, bulletins: list[Bulletin]) -> Page:
    """Every period with reports (newest first), with its figures; how forms go out and come back."""
    rows = [{"period": b.period, "label": b.label, "expected": len(b.roll.expected), "reported": len(b.roll.reported),
             "tasks": b.tasks, "overdue": len(b.overdue), "example": b.example} for b in reversed(bulletins)]
    return _page(*_nav_head("progress_index", look), periods=rows,
                 example=any(b.example for b in bulletins), tolerance=TOLERANCE)


def progress_period(look: Lookups, b: Bulletin) -> Page:
    """One period's 督查通报: counts by state and unit, the chart, overdue, not reported, notable texts."""
    i = look.progress.periods.index(b.period)
    neighbour = lambda p: {"period": p, "label": periods.label(p)}  # noqa: E731
    return _page(
        urls.progress(b.period), "progress_period.html", f"重点任务落实推进情况通报（{b.label}）",
        b=b, chart=chart.bars(b.lines), xlsx=f"{page_base(urls.progress(b.period))}{urls.progress_xlsx(b.period)}",
        download=f"进展通报-{b.period}.xlsx",
        previous=neighbour(look.progress.periods[i - 1]) if i else None,
        next=neighbour(look.progress.periods[i + 1]) if i + 1 < len(look.progress.periods) else None,
    )

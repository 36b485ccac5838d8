"""Timelines: where each mark of an SVG chart goes, and the list of deadlines by month, for
the macros of templates/portal/_timeline.html to draw.

    build(portal, tasks, as_of=…, caption=…, statuses=…) -> Timeline | None  (plan and unit pages)
    page(look) -> Page                                                       (timeline/: the whole portal)
    render_timeline(portal, tasks, base=…, as_of=…, caption=…) -> HTML       (for other callers)

One row per task that has a deadline the axis can place; tasks of several plans get one
chart per plan on a shared axis, each under a row naming its plan, plans in the order of the
plans list (原文顺序). With more than `views.EMBED_LIMIT` tasks (a notice, the whole portal),
one row per plan instead, each mark standing for the tasks due then, linked to the plan.
Marks, each a link with a <title>:

    by / date   a point at the cut-off on a thin bar from the plan's date
    year        a bar over that year
    ongoing     长期坚持: a bar from the plan's date that runs off the right edge (open end)
    recurring   ticks at the interval the text names (每月, 每季度, 每半年, 每年), a dotted
                line when it names none the axis can show

A vertical line marks `as_of` (统计日), its label kept inside the chart. A row's label takes
the task's status, each mark its deadline's own (status.deadline_status). Tasks with no dated
deadline at all (only 长期坚持 or recurring ones) get no chart: there is no time to draw.

The list below the chart (期限日历) says the same in text: the months with their cut-offs,
统计日 among them, then the yearly, ongoing, recurring and undated deadlines. On a phone it
is the timeline (a vertical list), and the chart, 960 units wide, is not shown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import groupby
from typing import Mapping, Sequence

from .model import Deadline, Plan, Portal, Task
from .outputs import OutputFile, urls
from .status import StatusView, deadline_status, status_of
from .views import EMBED_LIMIT, Lookups, Page, cn_date, numbered, page as make_page

WIDTH, LABEL_W, RIGHT = 960, 270, 940  # the chart runs from LABEL_W to RIGHT
AXIS_H, ROW_H, PLAN_H = 42, 18, 22
TITLE_CHARS = 17
TODAY_HALF = 52  # half the width of the 统计日 label at 11 px
DRAW_ORDER = ("ongoing", "recurring", "year", "by", "date")
RECURRING_MONTHS = (("每月", 1), ("月度", 1), ("每季度", 3), ("季度", 3), ("每半年", 6), ("半年", 6), ("每年", 12),
                    ("年度", 12), ("每周", 1), ("每日", 1), ("每天", 1))
LIST_TITLES = {"year": "年度任务", "ongoing": "长期坚持", "recurring": "定期开展", "undated": "未写明具体日期"}


def placeable(d: Deadline) -> bool:
    return d.kind in ("ongoing", "recurring") or d.date is not None


def recurring_months(text: str) -> int | None:
    """The tick interval in months a recurring deadline names (每周/每日 get monthly ticks)."""
    return next((months for word, months in RECURRING_MONTHS if word in text), None)


def plan_start(portal: Portal, task: Task) -> dt.date | None:
    """When the task's plan (or, failing a date, the notice that issued it) was published or written."""
    plan, seen = portal.plan_by_id.get(task.plan), set()
    while plan and plan.id not in seen:
        if plan.published or plan.written:
            return plan.published or plan.written
        seen.add(plan.id)
        plan = portal.plan_by_id.get(plan.parent) if plan.parent else None
    return None


class _Axis:
    """Whole years from the earliest to the latest date that matters, mapped onto x."""

    def __init__(self, dates: list[dt.date]):
        self.start = dt.date(min(d.year for d in dates), 1, 1)
        self.end = dt.date(max(d.year for d in dates), 12, 31)
        self.days = (self.end - self.start).days + 1
        self._after = self.end + dt.timedelta(days=1)
        self._xs: dict[dt.date, float] = {}  # (the same days recur: month ticks, cut-offs)

    def x(self, d: dt.date) -> float:
        x = self._xs.get(d)
        if x is None:
            at = min(max(d, self.start), self._after)
            x = self._xs[d] = round(LABEL_W + (at - self.start).days / self.days * (RIGHT - LABEL_W), 1)
        return x

    def months(self):
        y, m = self.start.year, 1
        while dt.date(y, m, 1) <= self.end:
            yield dt.date(y, m, 1)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


# --- what the macros draw ---------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    kind: str  # span (a year), cutoff (by/date), ongoing, recurring
    href: str
    title: str
    status: str  # the deadline's status key, for its colour
    x0: float  # where the mark starts (its bar, for a cut-off)
    x: float  # where it ends (the point, for a cut-off)
    ticks: tuple[float, ...] = ()  # recurring: one tick per interval


@dataclass(frozen=True)
class Row:
    y: int
    mid: float
    label: str  # shortened to fit the label column
    title: str  # in full, for the tooltip
    href: str
    status: str  # the task's status key (a plan row: "none")
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Chart:
    caption: str
    desc: str
    height: int
    years: tuple[tuple[float, int], ...]  # (x, year) at each 1 January
    months: tuple[tuple[float, int | None], ...]  # (x, month label or None) at each other month
    end: float  # x of the right end of the axis
    today: float  # x of 统计日
    today_anchor: str  # middle, or end near the right edge: the label never runs off the chart
    today_label: str
    plan: tuple[str, str, int] | None  # (title, href, y) of the row naming the chart's plan
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Entry:
    href: str
    label: str
    note: str  # the deadline as written, or "N 项任务"
    day: dt.date | None = None
    status: StatusView | None = None


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    key: str  # the deadline page
    now: bool  # the month of 统计日
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Timeline:
    caption: str
    tasks: int
    as_of: dt.date
    charts: tuple[Chart, ...]
    undated_only: bool  # deadlines, but none with a date: no chart, a sentence instead
    months: tuple[Month, ...]
    today_at: int  # the 统计日 marker stands before months[today_at] in the list
    lists: tuple[tuple[str, tuple[Entry, ...]], ...]  # (title, entries): yearly, ongoing, recurring, undated
    by_plan: bool  # one row per plan (a summary)


def build(portal: Portal, tasks: Sequence[Task], *, as_of: dt.date, caption: str,
          statuses: Mapping[str, StatusView]) -> Timeline | None:
    """The timeline of `tasks` (None when there are none); `statuses` maps task id -> status."""
    tasks = portal.in_reading_order(tasks)
    if not tasks:
        return None
    by_plan = len(tasks) > EMBED_LIMIT
    rows = [t for t in tasks if any(placeable(d) for d in t.deadlines)]
    dated = [d.date for t in rows for d in t.deadlines if d.date and placeable(d)]
    charts: list[Chart] = []
    if dated:
        axis = _Axis([as_of] + dated)
        runs = [list(run) for _, run in groupby(rows, key=lambda t: t.plan)]
        if by_plan:
            charts.append(_chart(axis, as_of, caption, [_plan_row(portal, run, axis) for run in runs]))
        else:
            for run in runs:
                plan = portal.plan_by_id.get(run[0].plan) if len(runs) > 1 else None
                charts.append(_chart(axis, as_of, f"{caption}：{plan.title}" if plan else caption,
                                     [_task_row(portal, t, axis, as_of, statuses[t.id]) for t in run], plan))
    months, lists = _calendar(portal, tasks, as_of, statuses, by_plan)
    now = (as_of.year, as_of.month)
    return Timeline(
        caption=caption, tasks=len(tasks), as_of=as_of, charts=tuple(charts), undated_only=bool(rows) and not dated,
        months=months, today_at=sum(1 for m in months if (m.year, m.month) < now), lists=lists, by_plan=by_plan,
    )


def _chart(axis: _Axis, as_of: dt.date, caption: str, rows: list[tuple], plan: Plan | None = None) -> Chart:
    """`rows` ((label, title, href, status, marks) as `_task_row` and `_plan_row` make them) laid out top to bottom."""
    y = AXIS_H
    heading = None
    if plan:
        heading = (_short(plan.title, 40), urls.plan(plan.id), y + 15)
        y += PLAN_H
    placed = []
    for row in rows:
        placed.append(Row(y, y + ROW_H / 2, *row))
        y += ROW_H
    height = y + 8
    today = axis.x(as_of)
    years = axis.end.year - axis.start.year + 1
    desc = (f"{len(rows)} 行，时间轴从 {axis.start.year} 年到 {axis.end.year} 年；竖线是统计日 {cn_date(as_of)}。"
            "图下的期限日历以文字列出同样的内容。")
    return Chart(
        caption=caption, desc=desc, height=height,
        years=tuple((axis.x(m), m.year) for m in axis.months() if m.month == 1),
        months=tuple((axis.x(m), m.month if years <= 3 and m.month in (4, 7, 10) else None)
                     for m in axis.months() if m.month != 1),
        end=axis.x(axis.end + dt.timedelta(days=1)), today=today,
        today_anchor="end" if today + TODAY_HALF > WIDTH else "middle",
        today_label=f"统计日 {as_of.isoformat()}", plan=heading, rows=tuple(placed),
    )


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


_YEARS = re.compile(r"[(（]\d{4}年?\s*[—–\-－~至]+\s*\d{4}年?[)）]")
_TAIL = re.compile(r"[(（][^()（）]{1,15}[)）]$")


def plan_label(title: str, n: int = TITLE_CHARS) -> str:
    """A plan's title in `n` characters, keeping what tells sub-plans apart: without its
    (2024—2026年), and with a closing bracket kept whole ("区安委会其他成员单…（区委组织部）")."""
    title = _YEARS.sub("", title).strip()
    tail = _TAIL.search(title)
    if len(title) <= n or not tail or len(tail.group(0)) > n - 3:
        return _short(title, n)
    return title[: n - len(tail.group(0)) - 1] + "…" + tail.group(0)


def _task_row(portal: Portal, task: Task, axis: _Axis, as_of: dt.date, view: StatusView) -> tuple:
    href = urls.task(task.id)
    name = numbered(task.number, task.title)
    start = plan_start(portal, task) or axis.start
    marks = []
    for d in sorted(task.deadlines, key=lambda d: DRAW_ORDER.index(d.kind)):  # points on top of bars
        if placeable(d):
            own = deadline_status(view, d, as_of)
            state = f"（{own.label}）" if own.label else ""
            title = f"{name}：{d.text}" + (f"（{d.date.isoformat()}）" if d.date else "") + state
            marks.append(_mark(d.kind, d.date, d.text, axis, start, href, title, own.key))
    task_state = f"（{view.label}）" if view.label else ""
    return (_short(name, TITLE_CHARS), f"{name}{task_state}", href, view.key, tuple(marks))


def _plan_row(portal: Portal, tasks: list[Task], axis: _Axis) -> tuple:
    """One row for a plan's tasks: a mark per distinct deadline, its title saying how many tasks."""
    plan = portal.plan_by_id[tasks[0].plan]
    href = urls.plan(plan.id) + "#pp-timeline"
    start = min((plan_start(portal, t) or axis.start for t in tasks), default=axis.start)
    groups: dict[tuple, set[str]] = {}
    for t in tasks:
        for d in t.deadlines:
            if placeable(d):
                shape = (d.kind, d.date, recurring_months(d.text) if d.kind == "recurring" else None)
                groups.setdefault(shape, set()).add(t.id)
    marks = []
    for (kind, date, months), ids in sorted(groups.items(), key=lambda kv: (DRAW_ORDER.index(kv[0][0]), kv[0][1] or dt.date.min)):
        what = {"ongoing": "长期坚持", "recurring": "定期开展"}.get(kind) or (
            f"{date.year}年全年" if kind == "year" else cn_date(date) + "前")
        title = f"{len(ids)} 项任务{what}"
        text = {1: "每月", 3: "每季度", 6: "每半年", 12: "每年"}.get(months or 0, "")
        marks.append(_mark(kind, date, text, axis, start, href, title, "none"))
    return (plan_label(plan.title), f"{plan.title}（{len(tasks)} 项任务）", href, "none", tuple(marks))


def _mark(kind: str, date: dt.date | None, text: str, axis: _Axis, start: dt.date, href: str, title: str,
          status: str) -> Mark:
    if kind == "year" and date:
        return Mark("span", href, title, status, axis.x(dt.date(date.year, 1, 1)), axis.x(date + dt.timedelta(days=1)))
    if kind in ("by", "date") and date:
        x = axis.x(date)
        return Mark("cutoff", href, title, status, min(axis.x(start), x), x)
    x0 = axis.x(max(start, axis.start))
    if kind == "ongoing":
        return Mark("ongoing", href, title, status, x0, RIGHT)
    months = recurring_months(text)
    ticks = []
    if months:
        t = _add_months(max(start, axis.start), 0)
        t = t if t >= max(start, axis.start) else _add_months(t, 1)
        while t <= axis.end:
            ticks.append(axis.x(t))
            t = _add_months(t, months)
    return Mark("recurring", href, title, status, x0, RIGHT, tuple(ticks))


# --- the list by month (the calendar, and the timeline on phones) ------------------------


def _calendar(portal: Portal, tasks: list[Task], as_of: dt.date, statuses: Mapping[str, StatusView],
              by_plan: bool) -> tuple[tuple[Month, ...], tuple]:
    months: dict[tuple[int, int], list[tuple[dt.date, Task, Deadline]]] = {}
    lists: dict[str, list[tuple[Task, Deadline]]] = {kind: [] for kind in LIST_TITLES}
    for task in tasks:
        for d in task.deadlines:
            if d.kind in ("by", "date") and d.date:
                months.setdefault((d.date.year, d.date.month), []).append((d.date, task, d))
            elif d.kind == "year" and d.date:
                lists["year"].append((task, d))
            elif d.kind in ("ongoing", "recurring"):
                lists[d.kind].append((task, d))
            else:
                lists["undated"].append((task, d))

    def entry(task: Task, d: Deadline, day: dt.date | None = None) -> Entry:
        own = deadline_status(statuses[task.id], d, as_of)
        return Entry(urls.task(task.id), numbered(task.number, task.title), d.text, day, own)

    def per_plan(found: list[tuple[Task, Deadline]]) -> tuple[Entry, ...]:
        counts: dict[str, set[str]] = {}
        for task, _ in found:
            counts.setdefault(task.plan, set()).add(task.id)
        return tuple(Entry(urls.plan(pid), portal.plan_by_id[pid].title, f"{len(ids)} 项任务")
                     for pid, ids in counts.items())

    out = []
    for (year, month) in sorted(months):
        found = sorted(months[(year, month)], key=lambda e: (e[0], portal.reading_order.get(e[1].plan, 0), e[1].id))
        entries = per_plan([(t, d) for _, t, d in found]) if by_plan else tuple(entry(t, d, day) for day, t, d in found)
        out.append(Month(year, month, urls.deadline_key("by", found[0][0]), (year, month) == (as_of.year, as_of.month),
                         entries))
    shown = tuple((LIST_TITLES[kind], per_plan(found) if by_plan else tuple(entry(t, d) for t, d in found))
                  for kind, found in lists.items() if found)
    return tuple(out), shown


# --- the portal-wide page ----------------------------------------------------------------


def page(look: Lookups) -> Page | None:
    """timeline/: the deadlines of every plan (one row per plan beyond EMBED_LIMIT tasks)."""
    portal = look.portal
    view = build(portal, portal.tasks, as_of=look.as_of, caption="全部方案的完成期限", statuses=look.statuses)
    if not view:
        return None
    from .matrix import with_pages  # matrix and timeline pages link to each other

    return make_page(
        urls.timeline(), "timeline_page.html", "完成期限总览",
        description=f"全部 {len(portal.plans)} 个方案、{len(portal.tasks)} 项任务的完成期限：时间线与按月列出的期限日历。",
        timeline=view, plans=len(portal.plans), total=len(portal.tasks), matrices=with_pages(portal), as_of=look.as_of,
    )


def pages(look: Lookups) -> list[Page]:
    found = page(look)
    return [found] if found else []


# --- the same, rendered, for callers outside a build -----------------------------------


def render_timeline(portal: Portal, tasks: Sequence[Task], *, base: str, as_of: dt.date, caption: str) -> str:
    """HTML (inline <svg>s plus the list by month) for `tasks`; `base` is the relative prefix to the site root."""
    view = build(portal, tasks, as_of=as_of, caption=caption, statuses={t.id: status_of(portal, t, as_of) for t in tasks})
    if not view:
        return ""
    from . import render  # render imports pages, which imports this module

    return render.environment().get_template("_timeline.html").module.timeline(view, base)


def outputs(portal: Portal, as_of: dt.date) -> list[OutputFile]:
    """The portal-wide page, rendered (a build renders `pages` with the others)."""
    from . import render

    env = render.environment()
    return [render.render(env, p) for p in pages(Lookups(portal, as_of))]

"""Server-side SVG timelines and the by-month deadline calendar.

    render_timeline(portal, tasks, base=…, as_of=…, caption=…) -> HTML
    outputs(portal, as_of) -> [OutputFile]          (timeline/: every task of the portal)

One row per task that has a deadline the axis can place; tasks of several plans get one
chart per plan on a shared axis, each under a row naming its plan. Marks, each a link to
the task with a <title>:

    by / date   a point at the cut-off on a thin bar from the plan's date
    year        a bar over that year
    ongoing     长期坚持: a bar from the plan's date that runs off the right edge (open end)
    recurring   ticks at the interval the text names (每月, 每季度, 每半年, 每年), a dotted
                line when it names none the axis can show

A vertical line marks `as_of` (统计日). Colours follow `status.status_of`. The SVG needs no
script and prints as vectors; the calendar below it (months with their cut-offs, then the
yearly, ongoing, recurring and undated deadlines) says the same in text.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import Sequence

from markupsafe import escape

from . import matrix
from .model import Deadline, Plan, Portal, Task
from .outputs import OutputFile, urls
from .status import status_of
from .views import cn_date, page_base

WIDTH, LABEL_W, RIGHT = 960, 270, 940  # the chart runs from LABEL_W to RIGHT
AXIS_H, ROW_H, PLAN_H = 42, 18, 22
TITLE_CHARS = 17
DRAW_ORDER = ("ongoing", "recurring", "year", "by", "date")
RECURRING_MONTHS = (("每月", 1), ("月度", 1), ("每季度", 3), ("季度", 3), ("每半年", 6), ("半年", 6), ("每年", 12),
                    ("年度", 12), ("每周", 1), ("每日", 1), ("每天", 1))


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

    def x(self, d: dt.date) -> float:
        d = min(max(d, self.start), self.end + dt.timedelta(days=1))
        return round(LABEL_W + (d - self.start).days / self.days * (RIGHT - LABEL_W), 1)

    def months(self):
        y, m = self.start.year, 1
        while dt.date(y, m, 1) <= self.end:
            yield dt.date(y, m, 1)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def render_timeline(portal: Portal, tasks: Sequence[Task], *, base: str, as_of: dt.date, caption: str) -> str:
    """HTML (inline <svg>s plus a calendar) for `tasks`; `base` is the relative prefix to the site root.

    Tasks of several plans get one chart per plan, all on the same axis, so each chart
    carries its own axis labels on screen and on paper."""
    tasks = list(tasks)
    if not tasks:
        return ""
    rows = [t for t in tasks if any(placeable(d) for d in t.deadlines)]
    parts = ['<div class="pp-timeline-block">']
    if rows:
        axis = _Axis([as_of] + [d.date for t in rows for d in t.deadlines if d.date and placeable(d)])
        runs = [list(run) for _, run in groupby(rows, key=lambda t: t.plan)]
        for run in runs:
            plan = portal.plan_by_id.get(run[0].plan) if len(runs) > 1 else None
            title = f"{caption}：{plan.title}" if plan else caption
            chart = svg(portal, run, base=base, as_of=as_of, caption=title, axis=axis, plan=plan)
            parts.append(f'<div class="pp-timeline-scroll">{chart}</div>')
    parts.append(calendar(portal, tasks, base=base, as_of=as_of))
    parts.append("</div>")
    return "\n".join(parts)


def svg(portal: Portal, tasks: Sequence[Task], *, base: str, as_of: dt.date, caption: str,
        axis: _Axis | None = None, plan: Plan | None = None) -> str:
    """One chart: a row per task (under a row naming `plan`, when given)."""
    axis = axis or _Axis([as_of] + [d.date for t in tasks for d in t.deadlines if d.date and placeable(d)])
    body, y = [], AXIS_H
    if plan:
        body.append(f'<a href="{base}{urls.plan(plan.id)}"><text class="pp-tl-plan" x="4" y="{y + 15}">'
                    f"{escape(_short(plan.title, 40))}</text></a>")
        y += PLAN_H
    for task in tasks:
        body.append(_row(portal, task, axis, y, base, as_of))
        y += ROW_H
    height = y + 8
    grid = _grid(axis, height)
    today = axis.x(as_of)
    marker = (f'<g class="pp-tl-today"><line x1="{today}" y1="14" x2="{today}" y2="{height}"/>'
              f'<text x="{today}" y="11" text-anchor="middle">统计日 {as_of.isoformat()}</text></g>')
    dated = sum(1 for t in tasks if any(d.date for d in t.deadlines))
    desc = (f"{len(tasks)} 项任务的完成期限，时间轴从 {axis.start.year} 年到 {axis.end.year} 年，"
            f"其中 {dated} 项有具体日期；竖线是统计日 {cn_date(as_of)}。图下的日历以文字列出同样的内容。")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="pp-timeline" role="group" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" font-size="12">'
            f"<title>{escape(caption)}</title><desc>{escape(desc)}</desc>"
            f"{grid}{''.join(body)}{marker}</svg>")


def _grid(axis: _Axis, height: int) -> str:
    out = ['<g class="pp-tl-axis">']
    years = axis.end.year - axis.start.year + 1
    for m in axis.months():
        x = axis.x(m)
        if m.month == 1:
            out.append(f'<line class="pp-tl-year" x1="{x}" y1="16" x2="{x}" y2="{height}"/>')
            out.append(f'<text x="{x + 4}" y="27">{m.year}年</text>')
        else:
            out.append(f'<line class="pp-tl-month" x1="{x}" y1="32" x2="{x}" y2="{height}"/>')
            if years <= 3 and m.month in (4, 7, 10):
                out.append(f'<text class="pp-tl-mlabel" x="{x}" y="40" text-anchor="middle">{m.month}月</text>')
    end = axis.x(axis.end + dt.timedelta(days=1))
    out.append(f'<line class="pp-tl-year" x1="{end}" y1="16" x2="{end}" y2="{height}"/></g>')
    return "".join(out)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _row(portal: Portal, task: Task, axis: _Axis, y: int, base: str, as_of: dt.date) -> str:
    view = status_of(portal, task, as_of)
    href = f"{base}{urls.task(task.id)}"
    name = f"{task.number or ''}{task.title}"
    state = f"（{view.label}）" if view.label else ""
    mid = y + ROW_H / 2
    out = [f'<g class="pp-tl-row pp-tl--{view.key}">',
           f'<a href="{href}"><title>{escape(name)}{state}</title>'
           f'<text class="pp-tl-label" x="8" y="{mid + 4}">{escape(_short(name, TITLE_CHARS))}</text></a>']
    start = plan_start(portal, task) or axis.start
    for d in sorted(task.deadlines, key=lambda d: DRAW_ORDER.index(d.kind)):  # points on top of bars
        if not placeable(d):
            continue
        title = f"<title>{escape(name)}：{escape(d.text)}" + (f"（{d.date.isoformat()}）" if d.date else "") + f"{state}</title>"
        out.append(f'<a href="{href}">{title}{_mark(d, axis, start, mid)}</a>')
    out.append("</g>")
    return "".join(out)


def _mark(d: Deadline, axis: _Axis, start: dt.date, mid: float) -> str:
    if d.kind == "year" and d.date:
        x1, x2 = axis.x(dt.date(d.date.year, 1, 1)), axis.x(d.date + dt.timedelta(days=1))
        return f'<rect class="pp-tl-span" x="{x1}" y="{mid - 4}" width="{round(x2 - x1, 1)}" height="8" rx="2"/>'
    if d.kind in ("by", "date") and d.date:
        x = axis.x(d.date)
        x0 = min(axis.x(start), x)
        return (f'<line class="pp-tl-bar" x1="{x0}" y1="{mid}" x2="{x}" y2="{mid}"/>'
                f'<path class="pp-tl-point" d="M{x} {mid - 6}l6 6l-6 6l-6 -6z"/>')
    x0 = axis.x(max(start, axis.start))
    if d.kind == "ongoing":
        return (f'<rect class="pp-tl-ongoing" x="{x0}" y="{mid - 2}" width="{round(RIGHT - x0, 1)}" height="4"/>'
                f'<path class="pp-tl-open" d="M{RIGHT} {mid - 5}l9 5l-9 5z"/>')
    months = recurring_months(d.text)
    if not months:
        return f'<line class="pp-tl-recurring" x1="{x0}" y1="{mid}" x2="{RIGHT}" y2="{mid}"/>'
    ticks, t = [], _add_months(max(start, axis.start), 0)
    t = t if t >= max(start, axis.start) else _add_months(t, 1)
    while t <= axis.end:
        x = axis.x(t)
        ticks.append(f"M{x} {mid - 5}v10")
        t = _add_months(t, months)
    return (f'<line class="pp-tl-recurring" x1="{x0}" y1="{mid}" x2="{RIGHT}" y2="{mid}"/>'
            f'<path class="pp-tl-tick" d="{"".join(ticks)}"/>')


# --- the calendar (and the text alternative of the chart) -------------------------------


def calendar(portal: Portal, tasks: Sequence[Task], *, base: str, as_of: dt.date) -> str:
    months: dict[tuple[int, int], list[tuple[dt.date, Task, Deadline]]] = {}
    lists: dict[str, list[tuple[Task, Deadline]]] = {"year": [], "ongoing": [], "recurring": [], "undated": []}
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
    out = ['<div class="pp-calendar">', '<h3>期限日历</h3>']
    if not any(months.values()) and not any(lists.values()):
        out.append(f'<p class="pp-note">这 {len(tasks)} 项任务的原文都未写明完成期限。</p>')
    if months:
        out.append('<div class="pp-calendar__months">')
        for (year, month) in sorted(months):
            entries = sorted(months[(year, month)], key=lambda e: (e[0], e[1].id))
            key = urls.deadline_key("by", entries[0][0])
            now = " pp-calendar__month--now" if (year, month) == (as_of.year, as_of.month) else ""
            out.append(f'<section class="pp-calendar__month{now}"><h4><a href="{base}{urls.deadline(key)}">'
                       f"{year}年{month}月</a></h4><ol>")
            out += [f'<li><time datetime="{day.isoformat()}">{day.day}日</time> {_task_link(portal, task, base, as_of, d)}</li>'
                    for day, task, d in entries]
            out.append("</ol></section>")
        out.append("</div>")
    titles = {"year": "年度任务", "ongoing": "长期坚持", "recurring": "定期开展", "undated": "未写明具体日期"}
    for kind, entries in lists.items():
        if entries:
            out.append(f'<details class="pp-calendar__list pp-plain"><summary>{titles[kind]}（{len(entries)} 项）</summary><ul>')
            out += [f"<li>{_task_link(portal, task, base, as_of, d)}</li>" for task, d in entries]
            out.append("</ul></details>")
    out.append("</div>")
    return "\n".join(out)


def _task_link(portal: Portal, task: Task, base: str, as_of: dt.date, d: Deadline) -> str:
    view = status_of(portal, task, as_of)
    status = f' <span class="pp-status pp-status--{view.key}">{view.label}</span>' if view.label else ""
    number = f"{escape(task.number)}" if task.number else ""
    return (f'<a href="{base}{urls.task(task.id)}">{number}{escape(task.title)}</a>'
            f'<span class="pp-calendar__text">（{escape(d.text)}）</span>{status}')


# --- the portal-wide page ----------------------------------------------------------------

TIMELINE_URL = "timeline/"


def outputs(portal: Portal, as_of: dt.date) -> list:
    """The portal-wide timeline and calendar at timeline/ (out of the nav)."""
    base = page_base(TIMELINE_URL)
    body = render_timeline(portal, portal.tasks, base=base, as_of=as_of, caption="全部方案的完成期限")
    if not body:
        return []
    notices = [p for p in portal.plans if p.id in portal.children and matrix.descendants(portal, p.id)]
    links = "".join(f'<li><a href="{base}{matrix.matrix_url(p.id)}">{escape(p.title)}：责任分工总矩阵</a></li>'
                    for p in notices)
    html = (
        '<div class="pp-page pp-page--timeline">\n'
        "<h1>完成期限总览</h1>\n"
        f'<p class="pp-note">全部 {len(portal.plans)} 个方案、{len(portal.tasks)} 项任务的完成期限，'
        f"按方案排列；竖线是统计日 {cn_date(as_of)}。每个标记都链接到对应任务。</p>\n"
        + (f'<ul class="pp-timeline-links">{links}</ul>\n' if links else "")
        + f'<section class="pp-section pp-embed pp-embed--timeline"><h2>时间线</h2>\n{body}\n</section>\n</div>'
    )
    return [OutputFile("timeline.md", html + "\n", title="完成期限总览", in_nav=False)]

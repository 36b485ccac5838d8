"""What every page kind shares: the `Page` record, labels, small view records and the
look-ups computed once.

`Lookups(portal, as_of)` walks the portal once (O(tasks + role references)) so that no
page has to scan all tasks: each task's list item, status (and each deadline's), deadline
pages and neighbours in its plan are ready before any page is built.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .model import Deadline, Plan, Portal, RoleRef, Task, VIEW_ROLES
from .outputs import urls
from .status import StatusView, deadline_status, status_of

if TYPE_CHECKING:
    from .progress.sections import ProgressView

UNIT_KIND_LABELS = {
    "department": "部门",
    "committee": "议事协调机构",
    "town": "镇街",
    "village": "村（社区）",
    "enterprise": "企业",
    "group": "统称",
    "organization": "组织",
    "other": "其他",
}
PLAN_KIND_LABELS = {
    "notice": "通知",
    "plan": "方案",
    "work-points": "工作要点",
    "task-list": "任务清单",
    "unit-block": "单位任务",
    "article": "报道",
}
NO_JURISDICTION = "未注明行政区"
SPECIAL_DEADLINES = ("ongoing", "recurring", "undated")  # listed after the dated pages, in this order
# A plan or unit page shows the whole matrix and a row per task in its timeline up to this many
# tasks; beyond, a summary that links to the full matrix page (so no page passes ~200 KB).
EMBED_LIMIT = 80
# A text holding several plans whose tasks run past this line gets a page per plan (sourcetext.pages).
SOURCE_SPLIT_LINES = 400


@dataclass(frozen=True)
class Page:
    url: str  # site address, e.g. "tasks/x/"
    template: str  # file name in templates/portal/
    title: str
    context: dict = field(hash=False)
    in_nav: bool = False
    description: str = ""  # the page's own <meta name="description">

    @property
    def path(self) -> str:
        """The Markdown source path: "" -> index.md, "plans/" -> plans/index.md, "tasks/x/" -> tasks/x.md."""
        stem = self.url.rstrip("/")
        if not stem:
            return "index.md"
        return f"{stem}/index.md" if "/" not in stem else f"{stem}.md"


def page(url: str, template: str, title: str, in_nav: bool = False, description: str = "", **context) -> Page:
    """A page whose context holds `base` (the relative prefix to the site root) and `title`."""
    return Page(url, template, title, {"base": page_base(url), "title": title, **context}, in_nav, summary(description))


def summary(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters (cut with …), for a description meta."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def numbered(number: str | None, title: str) -> str:
    """A task's number and title as one line of text. A number that ends in a digit (a table's
    序号 "7") stays apart from the title, so "7" and "17强化…" never read as "717强化…"."""
    if not number:
        return title
    return f"{number} {title}" if number[-1].isalnum() else f"{number}{title}"


def deadline_title(key: str) -> str:
    """The reader's name of a deadline page: 2024年6月 / 2024年 / 长期坚持 / …"""
    if key == "ongoing":
        return "长期坚持"
    if key == "recurring":
        return "定期开展（每月、每季度等）"
    if key == "undated":
        return "未注明日期"
    if "-" in key:
        year, month = key.split("-")
        return f"{year}年{int(month)}月"
    return f"{key}年（全年）"


def deadline_sort_key(key: str) -> tuple:
    """Dated pages in time order (a year page after its months), then the special pages."""
    if key in SPECIAL_DEADLINES:
        return (1, SPECIAL_DEADLINES.index(key), "")
    year, _, month = key.partition("-")
    return (0, int(year), int(month) if month else 13)


def cn_date(value: dt.date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def page_base(url: str) -> str:
    """The relative prefix from a page's URL to the site root: "" -> "./", "tasks/x/" -> "../../"."""
    return "../" * url.count("/") or "./"


@dataclass(frozen=True)
class Person:
    """A unit as named in a task: linked when resolved, plain text when not."""

    name: str  # registry name when resolved, else the name as written
    written: str
    unit: str | None


@dataclass(frozen=True)
class DeadlineView:
    text: str
    kind: str
    date: dt.date | None
    key: str  # the deadline page it belongs to
    status: StatusView  # this deadline's own status (status.deadline_status)

    @property
    def url(self) -> str:
        return urls.deadline(self.key)


@dataclass(frozen=True)
class TaskItem:
    """A task as listed on plan, unit, deadline and home pages."""

    task: Task
    plan: Plan
    status: StatusView
    lead: tuple[Person, ...]  # the lead units, or the role-less units when no lead is named
    lead_label: str  # 牵头 or 责任
    deadlines: tuple[DeadlineView, ...]

    @property
    def url(self) -> str:
        return urls.task(self.task.id)

    @property
    def heading(self) -> str:
        return numbered(self.task.number, self.task.title)

    def lead_except(self, unit: str | None) -> tuple[Person, ...]:
        """The lead units but `unit` (whose own page lists the task)."""
        return tuple(p for p in self.lead if p.unit != unit) if unit else self.lead


def deadline_view(deadline: Deadline, task: StatusView, as_of: dt.date) -> DeadlineView:
    return DeadlineView(deadline.text, deadline.kind, deadline.date, urls.deadline_key(deadline.kind, deadline.date),
                        deadline_status(task, deadline, as_of))


class Lookups:
    """Everything pages need beyond the model's own look-ups, computed in one pass."""

    def __init__(self, portal: Portal, as_of: dt.date):
        self.portal = portal
        self.as_of = as_of
        self.items: dict[str, TaskItem] = {}
        self.by_deadline: dict[str, list[tuple[TaskItem, DeadlineView]]] = {}
        self.neighbours: dict[str, tuple[Task | None, Task | None]] = {}
        self.role_counts: dict[str, dict[str, int]] = {}
        for plan in portal.plans:
            tasks = plan.tasks
            for i, task in enumerate(tasks):
                item = self._item(plan, task)
                self.items[task.id] = item
                self.neighbours[task.id] = (tasks[i - 1] if i else None, tasks[i + 1] if i + 1 < len(tasks) else None)
                for d in item.deadlines:
                    self.by_deadline.setdefault(d.key, []).append((item, d))
        for unit_id, entries in portal.tasks_by_unit.items():
            counts = {role: 0 for role in VIEW_ROLES}
            for role, _ in entries:
                counts[role] += 1
            self.role_counts[unit_id] = counts

    def _item(self, plan: Plan, task: Task) -> TaskItem:
        lead, label = (task.lead, "牵头") if task.lead else (task.units, "责任")
        status = status_of(self.portal, task, self.as_of)
        return TaskItem(
            task=task,
            plan=plan,
            status=status,
            lead=tuple(self.person(ref) for ref in lead),
            lead_label=label,
            deadlines=tuple(deadline_view(d, status, self.as_of) for d in task.deadlines),
        )

    def person(self, ref: RoleRef) -> Person:
        unit = self.portal.unit_of(ref)
        return Person(self.portal.name_of(ref), ref.written, unit.id if unit else None)

    @cached_property
    def progress(self) -> "ProgressView":
        """Progress reports as task, unit, plan and period pages show them."""
        from .progress.sections import ProgressView  # imports timeline, which imports this module

        return ProgressView(self.portal, self.as_of)

    @cached_property
    def statuses(self) -> dict[str, StatusView]:
        """task id -> its status, as matrices and timelines take it."""
        return {task_id: item.status for task_id, item in self.items.items()}

    @cached_property
    def recorded(self) -> bool:
        """Whether any task has a recorded state up to as_of (a progress report or a state
        published with its plan): without one, nothing on the site can say what is done."""
        return any(item.status.recorded for item in self.items.values())

    @cached_property
    def plans_by_source(self) -> dict[str, list[Plan]]:
        """source file -> its plans in the order they stand in the text."""
        out: dict[str, list[Plan]] = {}
        for p in sorted(self.portal.plans, key=lambda p: (p.source_line, p.id)):
            out.setdefault(p.source_file, []).append(p)
        return out

    @cached_property
    def source_starts(self) -> dict[str, list[tuple[int, Plan | None]]]:
        """source file -> where each of its pages starts: [(1, None)] for a text on one page; for a
        long text of several plans, (1, None) up to its second plan, then (line, plan) for each
        further plan (its page is sources/<stem>/<plan-id>/)."""
        out: dict[str, list[tuple[int, Plan | None]]] = {}
        for name, plans in self.plans_by_source.items():
            end = max([p.source_line for p in plans] + [t.line for p in plans for t in p.tasks])
            starts: list[tuple[int, Plan | None]] = [(1, None)]
            if len(plans) > 1 and end > SOURCE_SPLIT_LINES:
                for plan in plans[1:]:
                    if plan.source_line > starts[-1][0]:
                        starts.append((plan.source_line, plan))
            out[name] = starts
        return out

    def source_url(self, file_name: str, line: int | None = None) -> str:
        """The address of a line of a source text: on the page of the text that holds it."""
        starts = self.source_starts.get(file_name, [(1, None)])
        plan = next((p for first, p in reversed(starts) if line and line >= first), None)
        return urls.source(file_name, line, plan.id if plan else None)

    @cached_property
    def deadline_keys(self) -> list[str]:
        return sorted(self.by_deadline, key=deadline_sort_key)

    def task_count(self, plan: Plan, _seen: frozenset[str] = frozenset()) -> int:
        """Tasks of a plan and of all its sub-plans."""
        seen = _seen | {plan.id}
        children = (c for c in self.portal.children.get(plan.id, ()) if c.id not in seen)
        return len(plan.tasks) + sum(self.task_count(child, seen) for child in children)

    def children(self, plan: Plan) -> list[Plan]:
        """Sub-plans in the order they stand in the source text."""
        return list(self.portal.children.get(plan.id, ()))

    @cached_property
    def roots(self) -> list[Plan]:
        """Plans without a (known) parent, in data order."""
        return [p for p in self.portal.plans if not p.parent or p.parent not in self.portal.plan_by_id]

"""The portal's model: frozen dataclasses built by the loader from validated data.

Everything downstream (pages, search, exports) reads only these types.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property

ROLES = ("lead", "support", "implement", "supervise", "units")
# Not a role a text writes: a task that names no unit belongs to its plan's owner (a sector
# sub-plan's department). Pages, matrices, the finder and task books show it; exports do not.
OWNER = "owner"
VIEW_ROLES = ROLES + (OWNER,)
ROLE_LABELS = {"lead": "牵头", "support": "配合", "implement": "落实", "supervise": "督促", "units": "责任", OWNER: "主管"}
DEADLINE_KINDS = ("by", "year", "date", "ongoing", "recurring")


@dataclass(frozen=True)
class Where:
    """Where a record stands in the data files (for messages and 'edit this' links)."""

    file: str
    line: int


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    kind: str
    jurisdiction: str | None = None
    aliases: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(frozen=True)
class RoleRef:
    unit: str | None  # unit id, None when the name could not be resolved
    written: str  # the name as written in the text
    carried: bool = False  # from a standing rule ("以下任务各乡镇均须抓好落实"), not the task's own words


@dataclass(frozen=True)
class Owner:
    """The unit whose plan it is (a sector sub-plan's department, a unit block's unit)."""

    unit: str | None
    written: str
    inferred: bool = False  # guessed from the sector in the title, not written


@dataclass(frozen=True)
class Deadline:
    text: str
    kind: str  # one of DEADLINE_KINDS
    date: dt.date | None = None


@dataclass(frozen=True)
class Status:
    state: str  # 未开始 / 进行中 / 已完成 / 已暂缓
    date: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class ProgressEntry:
    """One task's row in a unit's progress report (data/progress/<period>/<unit>.yml)."""

    task: str  # task id
    state: str  # 未开始 / 进行中 / 已完成 / 已暂缓
    percent: int | None = None  # 完成百分比, 0-100
    progress: str | None = None  # 本期进展
    problems: str | None = None  # 存在问题
    next_steps: str | None = None  # 下步计划
    reporter: str | None = None  # 填报人
    date: dt.date | None = None  # 填报日期
    where: Where | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ProgressReport:
    """What one unit reported for one period (a month, YYYY-MM)."""

    unit: str  # unit id
    period: str  # YYYY-MM
    entries: tuple[ProgressEntry, ...] = ()
    example: bool = False  # demo records (示例数据), not a real report
    where: Where | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    number: str | None = None
    parent: str | None = None
    line: int | None = None

    @property
    def label(self) -> str:
        return f"{self.number or ''}{self.title}"


@dataclass(frozen=True)
class Task:
    id: str
    plan: str  # plan id
    title: str
    text: str
    line: int
    number: str | None = None
    group: str | None = None
    groups: tuple[Group, ...] = ()  # the group path, outermost first
    lead: tuple[RoleRef, ...] = ()
    support: tuple[RoleRef, ...] = ()
    implement: tuple[RoleRef, ...] = ()
    supervise: tuple[RoleRef, ...] = ()
    units: tuple[RoleRef, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    status: Status | None = None  # as published (a 进展情况 column); progress reports supersede it
    inferred: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)

    def refs(self, role: str) -> tuple[RoleRef, ...]:
        return getattr(self, role)

    @cached_property
    def fingerprint(self) -> str:
        """A digest of every field (what the build cache compares). Kept with the task where
        the loader's cache keeps its plan, so a rebuild computes it only for the plan files
        that changed."""
        return hashlib.blake2b(repr(self).encode("utf-8"), digest_size=16).hexdigest()

    def roles(self) -> list[tuple[str, RoleRef]]:
        """Every (role, ref) of the task, roles in contract order."""
        return [(role, ref) for role in ROLES for ref in getattr(self, role)]


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    source_file: str
    source_line: int
    kind: str | None = None
    issuer: str | None = None
    jurisdiction: str | None = None
    doc_number: str | None = None
    publisher: str | None = None
    written: dt.date | None = None
    published: dt.date | None = None
    period: str | None = None
    parent: str | None = None
    owner: Owner | None = None
    groups: tuple[Group, ...] = ()
    tasks: tuple[Task, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Portal:
    """All plans and units, with the look-ups every page needs."""

    plans: tuple[Plan, ...]
    units: tuple[Unit, ...]
    progress: tuple[ProgressReport, ...] = ()

    @cached_property
    def plan_by_id(self) -> dict[str, Plan]:
        return {p.id: p for p in self.plans}

    @cached_property
    def unit_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    @cached_property
    def tasks(self) -> tuple[Task, ...]:
        return tuple(t for p in self.plans for t in p.tasks)

    @cached_property
    def task_by_id(self) -> dict[str, Task]:
        return {t.id: t for t in self.tasks}

    @cached_property
    def children(self) -> dict[str, tuple[Plan, ...]]:
        """plan id -> its sub-plans in the order they stand in the source text."""
        out: dict[str, list[Plan]] = {}
        for p in sorted(self.plans, key=lambda p: (p.source_file, p.source_line, p.id)):
            if p.parent:
                out.setdefault(p.parent, []).append(p)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def reading_order(self) -> dict[str, int]:
        """plan id -> its place in the order of the plans list (原文顺序): each plan without a
        known parent in data order, followed by its sub-plans (at any depth) as they stand in
        the text of the notice; plans caught in a parent cycle last."""
        order: dict[str, int] = {}

        def visit(plan: Plan) -> None:
            if plan.id not in order:
                order[plan.id] = len(order)
                for child in self.children.get(plan.id, ()):
                    visit(child)

        for plan in self.plans:
            if not plan.parent or plan.parent not in self.plan_by_id:
                visit(plan)
        for plan in self.plans:
            visit(plan)
        return order

    def in_reading_order(self, tasks) -> list[Task]:
        """Tasks sorted by their plan's place in `reading_order`, keeping their order within a plan."""
        return sorted(tasks, key=lambda t: self.reading_order.get(t.plan, len(self.reading_order)))

    @cached_property
    def updated(self) -> dt.date | None:
        """When the data was last updated, as the data itself says (never the build's clock,
        so a build is reproducible): the latest day a plan was written or published or a
        task's progress was recorded."""
        dates = [d for p in self.plans for d in (p.written, p.published) if d]
        dates += [t.status.date for t in self.tasks if t.status and t.status.date]
        dates += [e.date for r in self.progress for e in r.entries if e.date]
        return max(dates, default=None)

    def unit_of(self, ref: RoleRef) -> Unit | None:
        """The registry unit a role reference resolves to, or None (kept as written)."""
        return self.unit_by_id.get(ref.unit) if ref.unit else None

    def name_of(self, ref: RoleRef) -> str:
        """What a reader sees for a reference: the registry name, else the name as written."""
        unit = self.unit_of(ref)
        return unit.name if unit else ref.written

    @cached_property
    def owner_refs(self) -> dict[str, RoleRef]:
        """plan id -> its owner as a reference, for plans whose owner is a registered unit."""
        return {p.id: RoleRef(p.owner.unit, p.owner.written) for p in self.plans if p.owner and p.owner.unit}

    @cached_property
    def owned_plans(self) -> dict[str, tuple[Plan, ...]]:
        """unit id -> the plans it owns, in data order."""
        out: dict[str, list[Plan]] = {}
        for plan in self.plans:
            if plan.id in self.owner_refs:
                out.setdefault(self.owner_refs[plan.id].unit, []).append(plan)
        return {k: tuple(v) for k, v in out.items()}

    def roles_of(self, task: Task) -> tuple[tuple[str, RoleRef], ...]:
        """The task's (role, ref) pairs; a task that names no unit is its plan owner's (role OWNER)."""
        known = self._roles.get(task.id)
        return known[1] if known is not None and known[0] is task else self._find_roles(task)

    def _find_roles(self, task: Task) -> tuple[tuple[str, RoleRef], ...]:
        roles = task.roles()
        if not roles and task.plan in self.owner_refs:
            return ((OWNER, self.owner_refs[task.plan]),)
        return tuple(roles)

    @cached_property
    def _roles(self) -> dict[str, tuple[Task, tuple[tuple[str, RoleRef], ...]]]:
        """task id -> (the task, its roles), for the portal's own tasks (pages ask again and again)."""
        return {task.id: (task, self._find_roles(task)) for task in self.tasks}

    @cached_property
    def tasks_by_unit(self) -> dict[str, tuple[tuple[str, Task], ...]]:
        """unit id -> ((role, task), …) in plan and task order; an owner's unassigned tasks under OWNER."""
        out: dict[str, list[tuple[str, Task]]] = {}
        for task in self.tasks:
            for role, ref in self.roles_of(task):
                if ref.unit:
                    out.setdefault(ref.unit, []).append((role, task))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def progress_by_task(self) -> dict[str, tuple[tuple[ProgressReport, ProgressEntry], ...]]:
        """task id -> ((report, entry), …) ordered by period, then unit."""
        out: dict[str, list[tuple[ProgressReport, ProgressEntry]]] = {}
        for report in sorted(self.progress, key=lambda r: (r.period, r.unit)):
            for entry in report.entries:
                out.setdefault(entry.task, []).append((report, entry))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def periods(self) -> tuple[str, ...]:
        """Every period with a progress report, oldest first."""
        return tuple(sorted({r.period for r in self.progress}))

"""The portal's model: frozen dataclasses built by the loader from validated data.

Everything downstream (pages, search, exports) reads only these types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

ROLES = ("lead", "support", "implement", "supervise", "units")
ROLE_LABELS = {"lead": "牵头", "support": "配合", "implement": "落实", "supervise": "督促", "units": "责任"}
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
    status: Status | None = None
    inferred: tuple[str, ...] = ()
    where: Where | None = field(default=None, compare=False)

    def refs(self, role: str) -> tuple[RoleRef, ...]:
        return getattr(self, role)

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
    written: dt.date | None = None
    published: dt.date | None = None
    period: str | None = None
    parent: str | None = None
    groups: tuple[Group, ...] = ()
    tasks: tuple[Task, ...] = ()
    where: Where | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Portal:
    """All plans and units, with the look-ups every page needs."""

    plans: tuple[Plan, ...]
    units: tuple[Unit, ...]

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
        out: dict[str, list[Plan]] = {}
        for p in self.plans:
            if p.parent:
                out.setdefault(p.parent, []).append(p)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def updated(self) -> dt.date | None:
        """When the data was last updated, as the data itself says (never the build's clock,
        so a build is reproducible): the latest day a plan was written or published or a
        task's progress was recorded."""
        dates = [d for p in self.plans for d in (p.written, p.published) if d]
        dates += [t.status.date for t in self.tasks if t.status and t.status.date]
        return max(dates, default=None)

    def unit_of(self, ref: RoleRef) -> Unit | None:
        """The registry unit a role reference resolves to, or None (kept as written)."""
        return self.unit_by_id.get(ref.unit) if ref.unit else None

    def name_of(self, ref: RoleRef) -> str:
        """What a reader sees for a reference: the registry name, else the name as written."""
        unit = self.unit_of(ref)
        return unit.name if unit else ref.written

    @cached_property
    def tasks_by_unit(self) -> dict[str, tuple[tuple[str, Task], ...]]:
        """unit id -> ((role, task), …) in plan and task order."""
        out: dict[str, list[tuple[str, Task]]] = {}
        for task in self.tasks:
            for role, ref in task.roles():
                if ref.unit:
                    out.setdefault(ref.unit, []).append((role, task))
        return {k: tuple(v) for k, v in out.items()}

"""Who reports what.

A task's state is reported by its *reporting units*: the units that lead it (牵头); when it
names no lead, the units named without a role (责任单位); when it names neither, the
plan's owner (the unit whose plan it is). Units that support
(配合) or implement (落实) it may report their part; their rows are kept in the task's
history but do not set its state. Collective names (kind `group`, such as 各镇街 or
市直有关部门) and names the registry does not know never report: nobody could fill
their form.

    reporters(portal, task)        unit ids that report the task's state
    supporters(portal, task)       unit ids that may report their part
    Duties(portal).reports[unit]   the unit's tasks to report (form sheet 1)
    Duties(portal).supports[unit]  the tasks it supports (form sheet 2)
    root_of(portal, plan_id)       the top of the plan's tree (a notice, or the plan itself)
"""

from __future__ import annotations

from ..model import ROLE_LABELS, Portal, RoleRef, Task

SUPPORT_ROLES = ("support", "implement")


def _units(portal: Portal, refs: tuple[RoleRef, ...]) -> list[str]:
    out = []
    for ref in refs:
        unit = portal.unit_of(ref)
        if unit and unit.kind != "group" and unit.id not in out:
            out.append(unit.id)
    return out


def reporters(portal: Portal, task: Task) -> tuple[str, ...]:
    if task.lead:
        return tuple(_units(portal, task.lead))
    if task.units:
        return tuple(_units(portal, task.units))
    owner = portal.owner_refs.get(task.plan)
    return tuple(_units(portal, (owner,))) if owner else ()


def supporters(portal: Portal, task: Task) -> tuple[str, ...]:
    reporting = reporters(portal, task)
    found = _units(portal, tuple(ref for role in SUPPORT_ROLES for ref in task.refs(role)))
    return tuple(u for u in found if u not in reporting)


class Duties:
    """Every unit's tasks to report and to support, in plan and task order, computed once."""

    def __init__(self, portal: Portal):
        self.reports: dict[str, list[Task]] = {}
        self.supports: dict[str, list[Task]] = {}
        self.reporters: dict[str, tuple[str, ...]] = {}
        self._relation: dict[tuple[str, str], str] = {}
        for task in portal.tasks:
            self.reporters[task.id] = reporters(portal, task)
            for unit in self.reporters[task.id]:
                self.reports.setdefault(unit, []).append(task)
                self._relation[(unit, task.id)] = "report"
            for unit in supporters(portal, task):
                self.supports.setdefault(unit, []).append(task)
                self._relation[(unit, task.id)] = "support"

    def units(self) -> list[str]:
        """Units with anything to report or support."""
        return sorted(set(self.reports) | set(self.supports))

    def relation(self, unit: str, task_id: str) -> str | None:
        """"report", "support" or None: how the unit stands to the task."""
        return self._relation.get((unit, task_id))


def role_label(task: Task, unit: str) -> str:
    """What the task names the unit as (牵头, 配合, 责任…), or "" (a plan owner the task does not name)."""
    return next((ROLE_LABELS[role] for role, ref in task.roles() if ref.unit == unit), "")


def root_of(portal: Portal, plan_id: str) -> str:
    seen, current = {plan_id}, plan_id
    while True:
        plan = portal.plan_by_id.get(current)
        parent = plan.parent if plan else None
        if not parent or parent not in portal.plan_by_id or parent in seen:
            return current
        seen.add(parent)
        current = parent

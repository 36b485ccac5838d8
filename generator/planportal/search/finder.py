"""The task finder's facet data: for every task (by ordinal, as in the search index) its
plan, jurisdiction, deadline keys, status and (unit, role) pairs, plus the labels.

The browser (`finder.js`) filters and counts over these columns; `matches` and `counts`
here are the reference semantics the tests hold the browser to:

- within a facet, selected values are ORed; across facets, ANDed;
- unit and role filter together: a task matches when one of its (unit, role) pairs has a
  selected unit (or any, when none is selected) in a selected role (or any);
- deadline values are the deadline page keys (`YYYY-MM`, `YYYY`, `ongoing`, `recurring`,
  `undated`; `none` for a task without deadline); selecting a year `YYYY` also matches
  that year's months;
- the count shown beside a value is the number of tasks matching every other facet's
  filters (and the free text) that have that value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import status as status_module
from ..model import ROLE_LABELS, VIEW_ROLES, Portal, Task
from ..outputs import urls
from ..views import NO_JURISDICTION

NO_DEADLINE = "none"
NO_STATUS = "未填报进展"  # the finder's label for tasks with no status to show
FACETS = ("unit", "role", "plan", "jurisdiction", "deadline", "status")


@dataclass(frozen=True)
class Row:
    """One task's facet values."""

    plan: str
    jurisdiction: str
    deadlines: tuple[str, ...]
    status: str
    pairs: tuple[tuple[str, str], ...]  # (unit id, role)


def task_status(portal: Portal, task: Task, as_of: dt.date) -> tuple[str, str]:
    """(key, label) as every page shows it (status.status_of), with a label for "nothing to show"."""
    view = status_module.status_of(portal, task, as_of)
    return (view.key, view.label) if view.key != "none" else ("none", NO_STATUS)


def deadline_keys(task: Task) -> tuple[str, ...]:
    keys: list[str] = []
    for d in task.deadlines:
        key = urls.deadline_key(d.kind, d.date)
        if key not in keys:
            keys.append(key)
    return tuple(keys) or (NO_DEADLINE,)


def jurisdiction(portal: Portal, task: Task) -> str:
    plan = portal.plan_by_id[task.plan]
    return plan.jurisdiction or NO_JURISDICTION


def rows(portal: Portal, as_of: dt.date, statuses: list[tuple[str, str]] | None = None) -> list[Row]:
    """`statuses`: each task's `task_status`, if known already."""
    statuses = statuses or [task_status(portal, task, as_of) for task in portal.tasks]
    out = []
    for task, status in zip(portal.tasks, statuses):
        pairs = tuple(dict.fromkeys((ref.unit, role) for role, ref in portal.roles_of(task) if ref.unit))
        out.append(Row(task.plan, jurisdiction(portal, task), deadline_keys(task), status[0], pairs))
    return out


def deadline_matches(selected: set[str], keys: tuple[str, ...]) -> bool:
    return any(k in selected or k.split("-")[0] in selected for k in keys)


def facet_ok(row: Row, facet: str, selected: dict[str, set[str]]) -> bool:
    """Does `row` pass `facet`'s filter (unit and role are one filter, checked as 'unit')?"""
    if facet in ("unit", "role"):
        units, roles = selected.get("unit", set()), selected.get("role", set())
        if not units and not roles:
            return True
        return any((not units or u in units) and (not roles or r in roles) for u, r in row.pairs)
    values = selected.get(facet, set())
    if not values:
        return True
    if facet == "plan":
        return row.plan in values
    if facet == "jurisdiction":
        return row.jurisdiction in values
    if facet == "deadline":
        return deadline_matches(values, row.deadlines)
    if facet == "status":
        return row.status in values
    raise ValueError(facet)


def matches(row: Row, selected: dict[str, set[str]]) -> bool:
    return all(facet_ok(row, f, selected) for f in ("unit", "plan", "jurisdiction", "deadline", "status"))


def data(portal: Portal, as_of: dt.date, unit_index: dict[str, int], plan_index: dict[str, int]) -> dict:
    """finder.json: labels and one column per facet, indexed by task ordinal."""
    each = [task_status(portal, task, as_of) for task in portal.tasks]
    table = rows(portal, as_of, each)
    jurisdictions = sorted({r.jurisdiction for r in table}, key=lambda j: (j == NO_JURISDICTION, j))
    statuses: dict[str, str] = {}
    for key, label in each:
        statuses.setdefault(key, label)
    role_code = {role: i for i, role in enumerate(VIEW_ROLES)}
    order = list(status_module.KEYS)  # the status legend's order
    units = [[u.id, u.name, u.jurisdiction or "", u.kind, list(u.aliases)] for u in portal.units]
    return {
        "roles": [[r, ROLE_LABELS[r]] for r in VIEW_ROLES],
        "jurisdictions": jurisdictions,
        "statuses": sorted(statuses.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)),
        "units": units,
        "plan": [plan_index[r.plan] for r in table],
        "jurisdiction": [jurisdictions.index(r.jurisdiction) for r in table],
        "deadline": [list(r.deadlines) for r in table],
        "status": [r.status for r in table],
        "pairs": [[unit_index[u] * 8 + role_code[role] for u, role in r.pairs] for r in table],
    }


def counts(table: list[Row], selected: dict[str, set[str]], text: set[int] | None = None) -> dict[str, dict[str, int]]:
    """The count beside each facet value (the reference for finder.js): tasks that pass every
    other facet (and the free text) and have that value; a year counts its months' tasks too."""
    out: dict[str, dict[str, int]] = {f: {} for f in FACETS}

    def bump(facet: str, key: str) -> None:
        out[facet][key] = out[facet].get(key, 0) + 1

    units, roles = selected.get("unit", set()), selected.get("role", set())
    for i, row in enumerate(table):
        if text is not None and i not in text:
            continue
        ok = {f: facet_ok(row, f, selected) for f in ("unit", "plan", "jurisdiction", "deadline", "status")}
        if all(ok[f] for f in ("plan", "jurisdiction", "deadline", "status")):
            for u in {u for u, r in row.pairs if not roles or r in roles}:
                bump("unit", u)
            for r in {r for u, r in row.pairs if not units or u in units}:
                bump("role", r)
        others = lambda facet: all(v for f, v in ok.items() if f != facet)  # noqa: E731
        if others("plan"):
            bump("plan", row.plan)
        if others("jurisdiction"):
            bump("jurisdiction", row.jurisdiction)
        if others("deadline"):
            for key in {k for d in row.deadlines for k in (d, d[:4]) if k == d or d[:4].isdigit()}:
                bump("deadline", key)
        if others("status"):
            bump("status", row.status)
    return out

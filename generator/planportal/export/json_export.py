"""`export --format json`: the shape documented in the contract (format 1)."""

from __future__ import annotations

import json

from ..model import Deadline, Owner, Plan, Portal, RoleRef, Task, ROLES
from ..status import recorded
from . import exporter

FORMAT_VERSION = 1


def document(portal: Portal) -> dict:
    return {"format": FORMAT_VERSION, "plans": [plan_record(portal, p) for p in portal.plans]}


def plan_record(portal: Portal, plan: Plan) -> dict:
    return {
        "id": plan.id,
        "title": plan.title,
        "kind": plan.kind,
        "issuer": plan.issuer,
        "jurisdiction": plan.jurisdiction,
        "doc_number": plan.doc_number,
        "written": plan.written.isoformat() if plan.written else None,
        "published": plan.published.isoformat() if plan.published else None,
        "parent": plan.parent,
        **({"owner": {**_ref(portal, plan.owner), "inferred": plan.owner.inferred}} if plan.owner else {}),
        "source": {"file": plan.source_file, "line": plan.source_line},
        "tasks": [task_record(portal, plan, t) for t in plan.tasks],
    }


def task_record(portal: Portal, plan: Plan, task: Task) -> dict:
    record = {
        "id": task.id,
        "number": task.number,
        "group": [g.label for g in task.groups],
        "title": task.title,
        "text": task.text,
    }
    for role in ROLES:
        record[role] = [_ref(portal, r) for r in task.refs(role)]
    record["deadlines"] = [_deadline(d) for d in task.deadlines]
    state = recorded(portal, task)  # the latest progress report, else the state published with the plan
    record["status"] = (
        {"state": state.state, "date": state.date.isoformat() if state.date else None, "note": state.note}
        if state
        else None
    )
    record["source"] = {"file": plan.source_file, "line": task.line}
    return record


def _ref(portal: Portal, ref: RoleRef | Owner) -> dict:
    unit = portal.unit_of(ref)
    out = {"unit": ref.unit, "name": unit.name if unit else None, "written": ref.written}
    if getattr(ref, "carried", False):
        out["carried"] = True
    return out


def _deadline(d: Deadline) -> dict:
    return {"text": d.text, "kind": d.kind, "date": d.date.isoformat() if d.date else None}


@exporter("json")
def export_json(portal: Portal) -> bytes:
    return (json.dumps(document(portal), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

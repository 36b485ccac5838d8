"""Write plan files, the merged unit registry and the source copies. The only I/O of the importer.

Files are written in a fixed field order with yamlsrc.dump, so importing the
same texts again gives byte-identical files. Plans that an earlier import of
the same source produced and this one does not are removed; plans of other
sources and units already registered are left alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .. import yamlsrc
from ..model import ROLES

PLAN_FIELDS = ("id", "title", "kind", "issuer", "jurisdiction", "doc_number", "written", "published", "period", "parent", "source")


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def plan_data(plan: dict) -> dict:
    out = {k: _iso(plan[k]) for k in PLAN_FIELDS if plan.get(k) is not None}
    if plan.get("groups"):
        out["groups"] = [{k: g[k] for k in ("id", "parent", "number", "title", "line") if g.get(k) is not None} for g in plan["groups"]]
    if plan.get("tasks"):
        out["tasks"] = [task_data(t) for t in plan["tasks"]]
    return out


def task_data(task: dict) -> dict:
    out = {k: task[k] for k in ("id", "number", "group", "title", "text", "line") if task.get(k) is not None}
    for role in ROLES:
        if task.get(role):
            out[role] = task[role]
    if task.get("deadlines"):
        out["deadlines"] = [{"text": d["text"], "kind": d["kind"], "date": _iso(d["date"])} for d in task["deadlines"]]
    if task.get("status"):
        out["status"] = {k: v for k, v in task["status"].items() if v is not None}
    if task.get("inferred"):
        out["inferred"] = task["inferred"]
    return out


def _atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def existing_plans(data_dir: Path) -> dict[str, str]:
    """plan file -> its source file name, for plans already in the data dir."""
    out = {}
    for path in sorted((data_dir / "plans").glob("*.yml")):
        doc, _ = yamlsrc.load(path, str(path))
        data = doc.data if doc else None
        if isinstance(data, dict) and isinstance(data.get("source"), dict):
            out[str(path)] = data["source"].get("file")
    return out


def write(data_dir: Path, plans: list[dict], units: list[dict], sources: dict[str, bytes]) -> None:
    before = existing_plans(data_dir)
    written = set()
    for plan in plans:
        path = data_dir / "plans" / f"{plan['id']}.yml"
        _atomic(path, yamlsrc.dump(plan_data(plan)).encode("utf-8"))
        written.add(str(path))
    for path, source in before.items():
        if source in sources and path not in written:
            Path(path).unlink()
    for name, data in sources.items():
        _atomic(data_dir / "sources" / name, data)
    _atomic(data_dir / "units.yml", yamlsrc.dump({"units": units}).encode("utf-8"))

"""Write plan files, the merged unit registry and the source copies. The only I/O of the importer.

Files are written in a fixed field order with yamlsrc.dump, so importing the
same texts again gives byte-identical files. Each plan file starts with a
comment that holds the hash of what the importer wrote, so a later import can
tell an imported file from one a person edited or wrote:

- an imported file, untouched: rewritten, or removed when the source no longer yields it;
- an imported file someone edited: never rewritten or removed without `--force`; the
  import stops and shows the edits (corrections belong in data/corrections/, which
  no import touches);
- a file with no such comment (a plan written by hand, even one citing an imported
  source): never removed; rewritten only with `--force` when an import yields the same id.

Units already registered are kept; plans of other sources are left alone. The unit registry
(units.yml) is a person's file as much as the importer's: an import that finds no new unit and no
new alias leaves it byte for byte; one that does puts them into the file as it is (units_text:
each new unit and alias at its sorted place), so a person's comments, order, quoting and fields
stay where they were.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .. import yamlsrc
from ..model import ROLES

PLAN_FIELDS = ("id", "title", "kind", "issuer", "publisher", "jurisdiction", "doc_number", "written", "published", "period", "parent",
               "owner", "source")
_HEADER = "# 由 planportal import 生成（{source}）。修正请写入 data/corrections/，重新导入不会覆盖那里的修正。\n# sha256: {digest}\n"
_DIGEST = re.compile(r"^# sha256: ([0-9a-f]{64})$", re.M)


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


def plan_file(plan: dict) -> str:
    """The text of an imported plan file: the header comment, then the YAML."""
    body = yamlsrc.dump(plan_data(plan))
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return _HEADER.format(source=plan["source"]["file"], digest=digest) + body


def provenance(text: str) -> str:
    """"imported" (as the importer wrote it), "edited" (imported, then changed) or "hand" (no import header)."""
    m = _DIGEST.search(text[:1000])
    if not m:
        return "hand"
    return "imported" if hashlib.sha256(_body(text).encode("utf-8")).hexdigest() == m.group(1) else "edited"


@dataclass
class Plan:
    """What the import will do to one plan file."""

    path: Path
    new: str | None  # None: the file is to be removed
    old: str | None = None
    state: str = "absent"  # absent | imported | edited | hand


@dataclass
class Changes:
    plans: list[Plan] = field(default_factory=list)

    def conflicts(self) -> list[Plan]:
        """Files a person edited or wrote that the import would overwrite or remove."""
        out = []
        for p in self.plans:
            if p.state == "edited" and p.old != p.new:
                out.append(p)
            elif p.state == "hand" and p.new is not None and p.old != _body(p.new):
                out.append(p)  # a hand-written plan with the id of an imported one
        return out


def _body(text: str) -> str:
    """The YAML below an import header (the whole text when there is none)."""
    m = _DIGEST.search(text[:1000])
    if not m:
        return text
    nl = text.find("\n", m.end())
    return text[nl + 1 :] if nl >= 0 else ""


def _atomic(path: Path, data: bytes) -> str:
    """Write `data` at `path` (through a temporary file, renamed over it) unless it holds them already:
    "same", "new" (no file was there) or "replaced"."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    if existed and path.read_bytes() == data:
        return "same"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return "replaced" if existed else "new"


def existing_plans(data_dir: Path) -> dict[str, str]:
    """plan file -> its source file name, for plans already in the data dir."""
    out = {}
    for path in sorted((data_dir / "plans").glob("*.yml")):
        doc, _ = yamlsrc.load(path, str(path))
        data = doc.data if doc else None
        if isinstance(data, dict) and isinstance(data.get("source"), dict):
            out[str(path)] = data["source"].get("file")
    return out


def plan_changes(data_dir: Path, plans: list[dict], sources: set[str]) -> Changes:
    """The plan files this import writes, and the earlier imports of these sources it removes."""
    changes = Changes()
    written = set()
    for plan in plans:
        path = data_dir / "plans" / f"{plan['id']}.yml"
        changes.plans.append(Plan(path, plan_file(plan)))
        written.add(str(path))
    for path, source in existing_plans(data_dir).items():
        if source in sources and path not in written:
            changes.plans.append(Plan(Path(path), None))
    for p in changes.plans:
        if p.path.is_file():
            p.old = p.path.read_text(encoding="utf-8", errors="replace")
            p.state = provenance(p.old)
    return changes


def diff(plan: Plan, data_dir: Path) -> str:
    """What the import would do to a file a person edited, as a unified diff."""
    name = str(plan.path.relative_to(data_dir.parent)) if plan.path.is_relative_to(data_dir.parent) else str(plan.path)
    new = (plan.new or "").splitlines(keepends=True)
    return "".join(difflib.unified_diff((plan.old or "").splitlines(keepends=True), new, name + "（现在）",
                                        name + ("（导入后）" if plan.new is not None else "（导入后删除）"), n=1))


def units_text(old: str | None, units: list[dict]) -> str:
    """units.yml holding `units` (Registry.dump: every unit the file held, and the new ones): the
    file as it was where nothing is new, else the file with the new units and aliases put in,
    each before the first entry that sorts after it (as Registry.dump sorts: jurisdiction, id)."""
    fresh = yamlsrc.dump({"units": units})
    if old is None or not old.strip():
        return fresh
    yaml = _round_trip()
    doc = yaml.load(old)
    if doc is None:  # comments only: kept above the units
        return old.rstrip("\n") + "\n" + fresh
    if isinstance(doc, CommentedMap) and doc.get("units") is None:
        doc["units"] = CommentedSeq()
    if not isinstance(doc, CommentedMap) or not isinstance(doc["units"], CommentedSeq):
        raise ValueError("units.yml is no mapping with a list of units")  # (command refuses such a file first)
    listed = doc["units"]
    entries = {e["id"]: e for e in listed if isinstance(e, CommentedMap) and isinstance(e.get("id"), str)}
    changed = False
    for unit in units:
        entry = entries.get(unit["id"])
        if entry is None:
            key = _unit_order(unit)
            at = next((i for i, e in enumerate(listed) if isinstance(e, CommentedMap) and _unit_order(e) > key),
                      len(listed))
            listed.insert(at, CommentedMap(unit))
            changed = True
            continue
        aliases = entry.get("aliases")
        new = [a for a in unit.get("aliases") or () if not isinstance(aliases, list) or a not in aliases]
        if not new or (aliases is not None and not isinstance(aliases, CommentedSeq)):
            continue  # (aliases that are no list: check reports them; the import does not write over them)
        if aliases is None:
            entry["aliases"] = aliases = CommentedSeq()
        for alias in new:
            aliases.insert(next((i for i, a in enumerate(aliases) if str(a) > alias), len(aliases)), alias)
        changed = True
    if not changed:
        return old
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _round_trip() -> YAML:
    """ruamel.yaml keeping comments, order and quoting, writing new entries as yamlsrc.dump does."""
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 100000
    yaml.preserve_quotes = True
    return yaml


def _unit_order(unit) -> tuple[str, str]:
    return str(unit.get("jurisdiction") or ""), str(unit.get("id"))


def write(data_dir: Path, changes: Changes, units: list[dict], sources: dict[str, bytes]) -> list[str]:
    """Write the changes, the sources and the registry; returns the sources whose earlier copy (another text
    under the same name) was replaced."""
    for p in changes.plans:
        if p.new is not None:
            _atomic(p.path, p.new.encode("utf-8"))
        elif p.state != "hand" and p.path.exists():
            p.path.unlink()  # an earlier import of this source that this one no longer yields
    replaced = sorted(name for name, data in sources.items() if _atomic(data_dir / "sources" / name, data) == "replaced")
    path = data_dir / "units.yml"
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    _atomic(path, units_text(old, units).encode("utf-8"))
    return replaced

"""What a re-import would do to the records that name its plans and tasks by id.

Progress records (progress/<期>/<单位>.yml: `task: <id>`) and corrections (corrections/*.yml:
`plan: <id>`, `tasks: {<id>: …}`, `add: [{id: …}]`) name tasks by the id the last import gave
them. Importing a text again can change those ids: an item added above or taken out shifts the
numbers below it, a newer importer may read the structure differently. A record would then name
a task that no longer exists (check reports it, the site does not build) or, worse, another task
that now has that id, silently: a unit's progress shown on a task it never reported.

    broken(data_dir, changes, plans) -> [Problem]   each at the record's own file and line

A record is broken when the id it names was a task of a plan file this import rewrites or
removes, and after the import is no task, or is a task that is not the same one
(tasktext.same_task: the title and text the import had written, compared with the new ones);
where the task it meant is still found under another id, the message names that id. A
correction of a plan the import no longer yields, and a task a correction adds whose id the
import now gives to a task of its own, are broken too. The import stops on any of them unless
forced (`--force`: the records are then to be pointed at the new ids by hand).
"""

from __future__ import annotations

from pathlib import Path

from .. import datafiles, yamlsrc
from ..problems import Problem
from ..tasktext import same_task
from . import writer


def broken(data_dir: Path, changes: writer.Changes, plans: list[dict]) -> list[Problem]:
    before_plans: set[str] = set()
    before: dict[str, dict] = {}  # task id -> the task as the replaced file held it
    for change in changes.plans:
        if change.old is None or change.state == "hand":
            continue
        doc, _ = yamlsrc.parse(change.old, str(change.path))
        data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
        if isinstance(data.get("id"), str):
            before_plans.add(data["id"])
        for task in data.get("tasks") or ():
            if isinstance(task, dict) and isinstance(task.get("id"), str):
                before[task["id"]] = task
    after_plans = {plan["id"] for plan in plans}
    after = {task["id"]: task for plan in plans for task in plan["tasks"]}
    if not before_plans and not before:
        return []
    problems: list[Problem] = []
    listing = datafiles.listing(data_dir) if data_dir.is_dir() else None
    for path in listing.progress if listing else ():
        doc = _document(path, data_dir)
        if doc is None:
            continue
        for i, row in enumerate(_listed(doc.data.get("tasks"))):
            if isinstance(row, dict) and isinstance(row.get("task"), str):
                message = _task_moved(row["task"], before, after)
                if message:
                    problems.append(Problem(doc.file, doc.line(("tasks", i, "task")), "进展记录的" + message))
    for path in listing.corrections if listing else ():
        doc = _document(path, data_dir)
        if doc is None:
            continue
        plan = doc.data.get("plan")
        if isinstance(plan, str) and plan in before_plans and plan not in after_plans:
            problems.append(Problem(doc.file, doc.line(("plan",)),
                                    f"要修正的方案 {plan} 重新导入后不再存在（原文已改动或方案 id 已变）"))
        tasks = doc.data.get("tasks")
        for task_id in tasks if isinstance(tasks, dict) else ():
            message = _task_moved(task_id, before, after) if isinstance(task_id, str) else None
            if message:
                problems.append(Problem(doc.file, doc.key_line(("tasks", task_id)), "修正的" + message))
        for i, added in enumerate(_listed(doc.data.get("add"))):
            new_id = added.get("id") if isinstance(added, dict) else None
            if isinstance(new_id, str) and new_id in after and new_id not in before:
                problems.append(Problem(doc.file, doc.line(("add", i, "id")),
                                        f"补充的任务 {new_id} 与重新导入后的一项任务同 id（“{after[new_id].get('title')}”）："
                                        "导入结果可能已含这一项"))
    return problems


def _listed(value) -> list:
    """A record file's list (its rows, a correction's added tasks); nothing where it holds no list (check reports it)."""
    return value if isinstance(value, list) else []


def _document(path: Path, data_dir: Path) -> yamlsrc.Document | None:
    """A record file as a mapping; None where it does not read (check reports it on its own)."""
    shown = datafiles.shown_path(path, data_dir)
    text, _ = datafiles.read_text(path, shown, data_dir)
    doc, _ = yamlsrc.parse(text, shown) if text is not None else (None, [])
    return doc if doc is not None and isinstance(doc.data, dict) else None


def _task_moved(task_id: str, before: dict[str, dict], after: dict[str, dict]) -> str | None:
    """What happens to a record of `task_id`, if it no longer names the task it was made for."""
    old = before.get(task_id)
    if old is None:
        return None  # not a task of the plans this import rewrites
    new = after.get(task_id)
    if new is not None and _same(old, new):
        return None
    moved = [other for other_id, other in after.items() if other_id != task_id and _same(old, other)]
    where = f"；原来的这一项现在是任务 {'、'.join(t['id'] for t in moved[:3])}" if moved else "；原来的这一项已不在导入结果中"
    if new is None:
        return f"任务 {task_id}（“{old.get('title')}”）重新导入后不再存在{where}"
    return f"任务 {task_id} 重新导入后是另一项任务（原为“{old.get('title')}”，现为“{new.get('title')}”）{where}"


def _same(old: dict, new: dict) -> bool:
    """Title and text together: a short title reworded (着力抓好贯彻落实 → 着力抓好学习贯彻) over the same
    paragraph is the same task, and a text that is no more than its clause (（责任单位：县住建局）, which the
    tasks of one unit share) does not make two tasks one."""
    return same_task(_words(old), _words(new))


def _words(task: dict) -> str:
    return "\n".join(str(task.get(key) or "") for key in ("title", "text"))

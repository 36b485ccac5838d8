"""Hand corrections of imported plans, kept apart from what the importer writes.

`planportal import` rewrites data/plans/<id>.yml whenever a source is imported again;
a person's fixes live in data/corrections/*.yml and are applied on top of the imported
plan at every load, so they survive any re-import:

    plan: gaoan-2024-anquanshengchangongzuoyaodian    # the plan corrected
    set:                                             # plan fields replaced
      owner: {unit: gaoan-anweiban, written: 市安委办}
    tasks:
      gaoan-2024-anquanshengchangongzuoyaodian-2-5:  # task fields replaced, whole
        lead: [{unit: gaoan-yingjiguanliju, written: 市应急管理局}]
      gaoan-2024-anquanshengchangongzuoyaodian-6-3:
        remove: true                                 # not a task
    add:                                             # tasks the import missed
      - {id: gaoan-2024-extra-1, title: …, text: …, line: 88}

A correction that no longer finds its plan or task (the text changed and was imported
again) is an error at its own line; values it sets are checked like any other data and
reported at the correction's file and line.
"""

from __future__ import annotations

from . import yamlsrc
from .problems import Problem


def apply(plans: list[yamlsrc.Document], corrections: list[yamlsrc.Document]) -> list[Problem]:
    """Apply every correction to the plan documents (in place); problems for those that do not fit."""
    problems: list[Problem] = []
    by_id = {d.data["id"]: d for d in plans}
    fixed: dict[tuple, str] = {}  # (plan, task or None, field) -> "FILE:LINE" of the correction that set it
    edits: dict[tuple, list[tuple[str, int]]] = {}  # (plan, task) -> where its fields are replaced
    gone: dict[tuple, str] = {}  # (plan, task) -> "FILE:LINE" of the remove: true that took it out
    for corr in corrections:
        data = corr.data
        plan = by_id.get(data["plan"])
        if plan is None:
            problems.append(Problem(corr.file, corr.line(("plan",)), f"要修正的方案 {data['plan']} 不存在（plans/ 中没有）"))
            continue

        def claim(key: tuple, at: tuple) -> bool:
            where = f"{corr.file}:{corr.line(at)}"
            if key in fixed:
                problems.append(Problem(corr.file, corr.line(at), f"这一项已在 {fixed[key]} 修正过，同一字段只能修正一次"))
                return False
            fixed[key] = where
            return True

        for field, value in (data.get("set") or {}).items():
            if claim((plan.data["id"], None, field), ("set", field)):
                plan.graft((field,), value, corr, ("set", field))
        tasks = plan.data.setdefault("tasks", [])
        index = {t["id"]: i for i, t in enumerate(tasks)}
        removed: set[int] = set()
        for task_id, fix in (data.get("tasks") or {}).items():
            if (plan.data["id"], task_id) in gone:  # taken out by an earlier file's remove: true
                problems.append(Problem(corr.file, corr.key_line(("tasks", task_id)), _removed(task_id, gone[(plan.data["id"], task_id)])))
                continue
            if task_id not in index:
                problems.append(Problem(corr.file, corr.key_line(("tasks", task_id)),
                                        f"方案 {data['plan']} 中已没有任务 {task_id}（原文重新导入后可能已改号或去掉），这条修正无法应用"))
                continue
            i = index[task_id]
            for field, value in fix.items():
                if not claim((plan.data["id"], task_id, field), ("tasks", task_id, field)):
                    continue
                if field == "remove":
                    removed.add(i)
                    gone[(plan.data["id"], task_id)] = fixed[(plan.data["id"], task_id, field)]
                else:
                    plan.graft(("tasks", i, field), value, corr, ("tasks", task_id, field))
                    edits.setdefault((plan.data["id"], task_id), []).append((corr.file, corr.key_line(("tasks", task_id, field))))
        for k, task in enumerate(data.get("add") or []):
            plan.graft(("tasks", len(tasks)), task, corr, ("add", k))
        if removed:
            keep = [i for i in range(len(tasks)) if i not in removed]
            tasks[:] = [tasks[i] for i in keep]
            plan.renumber(("tasks",), keep)
    # a field replaced on a task that a remove: true takes out would be dropped without a word
    for key, where in gone.items():
        problems += [Problem(file, line, _removed(key[1], where)) for file, line in edits.get(key, ())]
    return problems


def _removed(task_id: str, where: str) -> str:
    return f"任务 {task_id} 已由 {where} 的 remove: true 去掉，这条修正不会生效：保留任务就删掉 remove，否则删掉这条修正"

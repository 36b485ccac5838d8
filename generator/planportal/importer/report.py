"""`planportal import --report`: per document, what was found and which body lines were not used."""

from __future__ import annotations

import collections

from ..model import ROLES
from .text import mangled


def lines(doc_name: str, plans: list[dict], assigned: dict[int, str], source_lines, odd: list[tuple[int, str]],
          missing: list[str]) -> list[str]:
    out = [f"== {doc_name} =="]
    kinds = collections.Counter(p.get("kind") or "plan" for p in plans)
    names = {"notice": "通知", "plan": "方案", "work-points": "工作要点", "task-list": "任务清单", "unit-block": "单位块", "article": "文章"}
    out.append(f"方案 {len(plans)} 个（" + "，".join(f"{names.get(k, k)} {n}" for k, n in sorted(kinds.items())) + "）")
    if len(plans) > 1:
        for p in plans:
            out.append(f"  {p['id']}  第 {p['source']['line']} 行  {len(p['tasks'])} 项任务  {p['title'][:40]}")
    tasks = [t for p in plans for t in p["tasks"]]
    out.append(f"任务 {len(tasks)} 项" + ("：没有找到任何任务（没有编号的条目、责任分工表或任务清单）" if not tasks else ""))
    resolved, kept, refs = set(), set(), 0
    for t in tasks:
        for role in ROLES:
            for ref in t.get(role) or ():
                refs += 1
                (resolved if ref["unit"] else kept).add(ref["written"])
    out.append(f"单位 引用 {refs} 次，名称 {len(resolved | kept)} 个：已识别 {len(resolved)} 个，保留原文 {len(kept)} 个")
    if kept:
        out.append("  保留原文: " + "、".join(sorted(kept)))
    deadlines = collections.Counter(d["kind"] for t in tasks for d in t.get("deadlines") or ())
    out.append(f"期限 {sum(deadlines.values())} 个（" + "，".join(f"{k} {n}" for k, n in sorted(deadlines.items())) + "）")
    inferred = sum(1 for t in tasks if t.get("inferred"))
    if inferred:
        out.append(f"从合并单元格推测 {inferred} 项（见 inferred 字段）")
    for title in missing:
        out.append(f"目录中的方案在正文里没有找到: {title}")
    for no, chars in odd:
        out.append(f"私用区字符: 第 {no} 行 {chars}")
    for ln in source_lines:
        if mangled(ln.text):
            out.append(f"编码丢失的字符（?）: 第 {ln.no} 行")
    unassigned = sorted(no for no, what in assigned.items() if what == "unassigned")
    out.append(f"未归入任何内容的正文行 {len(unassigned)} 行" + ("：" if unassigned else ""))
    by_no = {ln.no: ln for ln in source_lines}
    for no in unassigned:
        text = by_no[no].text
        out.append(f"  {no}: {text[:60]}{'…' if len(text) > 60 else ''}")
    return out

"""`planportal import`: published plan texts -> data/plans/*.yml, data/units.yml, data/sources/.

The pipeline, one step per module:

    text.split_lines     lines, pinyin glosses stripped, page furniture and metadata
    document.split       the document and the plans a notice bundles (TOC matching); head.read_head
                         finds its title block and covering letter, titles.py reads titles, issuers;
                         places.py reads its place from the official division names
    assemble.build       per plan: tables.parse (tables however flattened; table_header.py reads
                         their columns), outline (numbering, task part), owners (whose plan),
                         roles.read (clauses; names.py splits unit lists), roles.apply_rules
                         (standing rules carried to later tasks), deadlines.in_text
                         -> plan records with names as written
    units.Registry       names -> unit ids inside each jurisdiction (merged with units.yml)
    writer.write         the files; report.lines for --report

`import_texts` is pure (texts in, records out); `command` does the I/O.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import yamlsrc
from ..model import ROLES
from ..outputs import source_stem
from ..problems import Problem
from ..validate import source_name_problem
from . import assemble, document, references, report, writer
from .text import fold, mangled, metadata, private_use, split_lines
from .units import Registry

__all__ = ["command", "import_texts", "Imported"]


@dataclass
class Imported:
    plans: list[dict] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # errors stop the import; warnings do not


def import_texts(texts: list[tuple[str, str]], existing_units: list[dict] | None = None,
                 taken_ids: set[str] | None = None) -> Imported:
    """Plan records and the merged unit registry for (file name, text) pairs.

    taken_ids: plan ids other sources already use in the data dir; a new plan never takes one.
    """
    result = Imported()
    taken: set[str] = set(taken_ids or ())
    per_doc = []
    for name, text in texts:
        lines = split_lines(text)
        odd = [(ln.no, "、".join(f"U+{ord(c):04X}" for c in private_use(ln.text))) for ln in lines if private_use(ln.text)]
        for no, chars in odd:
            result.problems.append(Problem(name, no, f"含私用区字符 {chars}（保留原样，网页上可能无法显示）", "warning"))
        for ln in lines:
            if mangled(ln.text):
                result.problems.append(Problem(name, ln.no, "有字符在网页编码中丢失（显示为 ?），请对照原网页", "warning"))
        try:
            doc = document.split(name, lines, metadata(lines))
        except ValueError as exc:
            result.problems.append(Problem(name, 1, str(exc)))
            continue
        plans, assigned = assemble.build(doc, taken)
        per_doc.append((doc, plans, assigned, lines, odd))
        result.plans += plans
    registry = Registry(existing_units)
    # names are resolved in their folded form (simplified, half-width) and kept as written in the plan
    wanted = {(fold(w), p["jurisdiction"], tuple(p.get("_parents") or ()))
              for p in result.plans for t in p["tasks"] for refs in (t.get("refs", {}), t.get("_carried", {}))
              for names in refs.values() for w in names}
    wanted |= {(fold(p["_owner"][0]), p["jurisdiction"], tuple(p.get("_parents") or ())) for p in result.plans if p.get("_owner")}
    resolved = registry.resolve_all(wanted)
    for plan in result.plans:
        plan.pop("_parents", None)
        owner = plan.pop("_owner", None)
        if owner:
            written, inferred = owner
            plan["owner"] = {"unit": resolved.get((fold(written), plan["jurisdiction"])), "written": written}
            if inferred:
                plan["owner"]["inferred"] = True
        for task in plan["tasks"]:
            refs = task.pop("refs", {})
            carried = task.pop("_carried", {})  # from a standing rule ("以下任务…均须落实，不再列出")
            for role in ROLES:
                seen, out = set(), []
                for written, flag in [(w, False) for w in refs.get(role, [])] + [(w, True) for w in carried.get(role, [])]:
                    if written not in seen:
                        seen.add(written)
                        out.append({"unit": resolved.get((fold(written), plan["jurisdiction"])), "written": written})
                        if flag:
                            out[-1]["carried"] = True
                if out:
                    task[role] = out
    result.units = registry.dump()
    for doc, plans, assigned, lines, odd in per_doc:
        result.report += report.lines(doc.name, plans, assigned, lines, odd, doc.missing) + [""]
    return result


def command(sources: list[Path], data_dir: Path, report: bool = False, force: bool = False) -> int:
    problems: list[Problem] = []
    texts: list[tuple[str, str]] = []
    raw: dict[str, bytes] = {}
    named: dict[str, Path] = {}  # file name -> the source first given under it
    plan_sources = writer.existing_plans(data_dir)  # plan file -> the source it cites
    cited = {name for name in plan_sources.values() if isinstance(name, str)}
    for path in sources:
        first = named.setdefault(path.name, path)
        if first is not path:
            # sources/ holds one text per file name: a second, different text under the same name
            # would be dropped without a word (or replace the first), so the import stops
            if path.name in raw and _same_bytes(path, raw[path.name]):
                continue  # the same file named twice
            problems.append(Problem(str(path), 1, f"与 {first} 同名：sources/ 中每个文件名只能有一份原文，"
                                                  "这两份内容不同，请把其中一份改名后再导入"))
            continue
        # its copy in sources/ is published at sources/<stem>/: a name check refuses is refused here,
        # before a plan cites it (else the import "succeeds" and every check and build fails after it)
        wrong = source_name_problem(path.name) or _stem_taken(path.name, cited, named)
        if wrong:
            problems.append(Problem(str(path), 1, f"{wrong}；请给文件改名后再导入"))
            continue
        # a directory, a pipe or a missing file is named as what it is (datafiles.read_bytes)
        text, found = yamlsrc.read_text(path, str(path))
        problems += found
        if text is not None:
            if not text.strip():
                problems.append(Problem(str(path), 1, "文件是空的"))
                continue
            markup = html_line(text)
            if markup:
                problems.append(Problem(str(path), markup, "这是网页的 HTML 源代码，不是正文：请在浏览器中复制网页上显示的文字，另存为 UTF-8 的 .txt"))
                continue
            texts.append((path.name, text))
            raw[path.name] = path.read_bytes()
    existing = []
    units_path = data_dir / "units.yml"
    if units_path.exists():
        doc, found = yamlsrc.load(units_path, str(units_path))
        problems += found
        listed = isinstance(doc.data, dict) and isinstance(doc.data.get("units"), (list, type(None))) if doc else True
        if doc is not None and doc.data is not None and not listed:
            problems.append(Problem(str(units_path), doc.line(("units",)),
                                    "单位登记表应为“units:”下的列表；导入不会改写这样的文件，请先改正（planportal check 可查看）"))
        elif doc is not None:
            data = doc.data if isinstance(doc.data, dict) else {}
            existing = [u for u in data.get("units") or [] if isinstance(u, dict) and "id" in u and "name" in u and "kind" in u]
    if any(p.severity == "error" for p in problems):
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    others = {Path(f).stem for f, source in plan_sources.items() if source not in raw}
    result = import_texts(texts, existing, others)
    for p in result.problems:
        shown = next((str(s) for s in sources if s.name == p.file), p.file)
        print(Problem(shown, p.line, p.message, p.severity), file=sys.stderr)
    if any(p.severity == "error" for p in result.problems):
        return 1
    changes = writer.plan_changes(data_dir, result.plans, set(raw))
    conflicts = changes.conflicts()
    if conflicts and not force:
        for c in conflicts:
            print(writer.diff(c, data_dir), file=sys.stderr)
        names = "、".join(str(c.path) for c in conflicts)
        what = "有人修改或手写过" if any(c.state == "edited" for c in conflicts) else "是手写的"
        print(f"未导入：{names} {what}，重新导入会覆盖或删除它（差异见上）。请把修改移到 {data_dir / 'corrections'}/ "
              f"（见 README“人工修正”），再导入；确定放弃这些修改时加 --force。", file=sys.stderr)
        return 1
    moved = references.broken(data_dir, changes, result.plans)
    for p in moved:
        print(p if not force else Problem(p.file, p.line, p.message, "warning"), file=sys.stderr)
    if moved and not force:
        print(f"未导入：重新导入后，上列 {len(moved)} 条进展记录或修正所写的任务 id 将不再指向原来的任务。"
              f"确认无误时加 --force 导入，再把这些记录中的任务 id 改为新的 id（planportal check 会逐条检查）。",
              file=sys.stderr)
        return 1
    replaced = writer.write(data_dir, changes, result.units, raw)
    for name in replaced:
        print(f"{data_dir / 'sources' / name}: 已换成这次导入的同名原文", file=sys.stderr)
    for p in changes.plans:
        if p.new is None and p.state != "hand":
            print(f"{p.path}: 已删除（同名原文重新导入后不再有这个方案）", file=sys.stderr)
    if report:
        print("\n".join(result.report))
    n_tasks = sum(len(p["tasks"]) for p in result.plans)
    empty = [name for name, _ in texts if not any(p["tasks"] for p in result.plans if p["source"]["file"] == name)]
    note = f"（{'、'.join(empty)} 中没有找到任何任务：没有编号的条目、责任分工表或任务清单）" if empty else ""
    print(f"已导入 {len(texts)} 个文档：{len(result.plans)} 个方案，{n_tasks} 项任务，写入 {data_dir}{note}", file=sys.stderr)
    return 0


def _stem_taken(name: str, cited: set[str], named: dict[str, Path]) -> str | None:
    """Another source, cited by a plan or in this import, whose page would share this one's address (a.txt, a.md)."""
    stem = source_stem(name)
    other = next((n for n in sorted(cited) + list(named) if n != name and source_stem(n) == stem), None)
    return f"原文文件 {name} 与 {other} 的网页地址相同（sources/{stem}/）" if other else None


def _same_bytes(path: Path, raw: bytes) -> bool:
    try:
        return path.read_bytes() == raw
    except OSError:
        return False


_TAG = re.compile(r"<\s*(?:!doctype|/?\s*(?:html|head|body|div|p|span|table|tr|td|script|meta|a|br)\b)[^>]*>", re.I)


def html_line(text: str) -> int | None:
    """The line where an HTML page's markup starts, when the text is the page's source, not its words."""
    tags = list(_TAG.finditer(text[:200000]))
    if len(tags) < 5 or not re.search(r"<\s*(html|body|div|!doctype)", text[:200000], re.I):
        return None
    return text.count("\n", 0, tags[0].start()) + 1

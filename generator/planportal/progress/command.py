"""`planportal progress form` and `planportal progress import`: each a thin edge over the
progress modules (forms out, filled forms back into data/progress/)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from .. import status
from ..book import UnitNotFound, find_unit
from ..loader import load
from ..matrix import descendants
from ..problems import DataError, errors
from . import blank_form, filled_form, periods, store
from .duties import Duties


def _portal(data_dir: Path):
    portal, problems = load(data_dir)
    if errors(problems) or portal is None:
        raise DataError(errors(problems))
    return portal


def form_command(data_dir: Path, unit_query: str | None, all_units: bool, period: str, output: str | None,
                 due: dt.date | None, plan: str | None) -> int:
    portal = _portal(data_dir)
    duties = Duties(portal)
    due = due or periods.default_due(period)
    plans = None
    if plan:
        if plan not in portal.plan_by_id:
            print(f"planportal progress form: 找不到方案 {plan}", file=sys.stderr)
            return 1
        plans = {plan} | {t.plan for t in descendants(portal, plan)}
    if all_units:
        out_dir = Path(output or ".")
        if out_dir.exists() and not out_dir.is_dir():
            print(f"{out_dir}: 已有同名的文件，不是目录；--all 时 -o 应为放置全部表格的目录", file=sys.stderr)
            return 1
        out_dir.mkdir(parents=True, exist_ok=True)
        written, kept = 0, []
        for unit_id in duties.units():
            unit = portal.unit_by_id[unit_id]
            try:
                wb = blank_form.form(portal, duties, unit, period, due, plans)
            except blank_form.NothingToReport:
                continue
            target = out_dir / f"{unit.id}-{period}.xlsx"
            if not _may_write(target):
                kept.append(target)
                continue
            wb.save(target)
            print(target)
            written += 1
        print(f"已生成 {written} 份 {periods.label(period)} 进展表 → {out_dir}", file=sys.stderr)
        return 1 if kept else 0
    try:
        unit = find_unit(portal, unit_query or "")
        wb = blank_form.form(portal, duties, unit, period, due, plans)
    except (UnitNotFound, blank_form.NothingToReport) as exc:
        print(f"planportal progress form: {exc}", file=sys.stderr)
        return 1
    target = Path(output) if output else Path(f"{unit.id}-{period}.xlsx")
    if target.is_dir():  # -o forms/: the form goes into the folder under its usual name
        target = target / f"{unit.id}-{period}.xlsx"
    if target.suffix.lower() != ".xlsx":
        print(f"{target}: 进展表是 XLSX 表格，文件名应以 .xlsx 结尾（progress import 只读取 .xlsx）", file=sys.stderr)
        return 1
    if not _may_write(target):
        return 1
    wb.save(target)
    print(target)
    return 0


def _may_write(target: Path) -> bool:
    """A new form goes where there is no file or only a blank form made before; a form someone
    filled in (saved back under its name), or any other file, is never written over."""
    if not target.exists() and not target.is_symlink():
        return True
    kind = filled_form.kind_of_file(target) if target.is_file() and not target.is_symlink() else "other"
    if kind == "blank":
        return True
    what = "已填写的进展表" if kind == "filled" else "已有的文件，不是空白的进展表"
    print(f"{target}: 是{what}，没有覆盖（请先用 planportal progress import 导入或移走它，再生成）", file=sys.stderr)
    return False


def import_command(files: list[Path], data_dir: Path, replace: bool = False, period: str | None = None,
                   today: dt.date | None = None) -> int:
    """Import each filled form; report every problem; write only forms without any. Returns 1
    if any form had a problem or would change an imported report without `replace`."""
    portal = _portal(data_dir)
    duties = Duties(portal)
    today = today or status.today()  # a form dated this morning in China is not from the future on a UTC machine
    code, seen, counts = 0, {}, {"written": 0, "same": 0, "refused": 0}
    for path in files:
        reading = filled_form.read(path, str(path), portal, duties, today, period)
        for problem in reading.problems:
            print(problem)
        if reading.report is None:
            code = 1
            counts["refused"] += 1
            continue
        report = reading.report
        key = (report.unit, report.period)
        earlier = next((other for other, tasks in seen.get(key, ()) if tasks & reading.listed), None)
        if earlier:  # two forms of one unit and period listing the same tasks (forms of two plans may go together)
            print(filled_form.FormProblem(str(path), "", f"与 {earlier} 是同一单位同一报送期的表格，未导入"))
            code = 1
            counts["refused"] += 1
            continue
        seen.setdefault(key, []).append((str(path), reading.listed))
        target = store.path_of(data_dir, report.unit, report.period)
        new = store.document(report)
        replaced = ""
        old = (store.read(target) or {}) if target.exists() else None
        if old is not None and old.get("example") and not new.get("example"):
            # an example record (the repository's demonstration data) is no one's work: the unit's real report
            # takes its place whole, the same or not, so that nothing real is shown as 示例数据
            replaced = "，替换了示例记录"
        elif old is not None:
            new = store.merged(old, new, reading.listed)  # rows of tasks this form does not list stay
            diff = store.changes(old, new)
            if not diff:
                print(f"{path}: 与已导入的 {target} 相同，未改变", file=sys.stderr)
                counts["same"] += 1
                continue
            if all(change.added for change in diff):  # only rows of tasks not reported before: nothing written over
                print(f"{path} → {target}（加入 {len(diff)} 项任务的进展，已导入的 "
                      f"{len(new['tasks']) - len(diff)} 项不变）", file=sys.stderr)
                store.write(target, new)
                counts["written"] += 1
                continue
            if not replace:
                for change in diff:
                    print(filled_form.FormProblem(str(path), _cell(reading, change), f"与已导入的记录不同：{change.describe()}"))
                print(f"{path}: {target} 已有 {portal.unit_by_id[report.unit].name}{periods.label(report.period)}"
                      f"的进展，本次有 {len(diff)} 处不同，未写入；确认以本表为准请加 --replace 重新导入", file=sys.stderr)
                code = 1
                counts["refused"] += 1
                continue
            # --replace: what the imported record loses or changes is said, one line each, before it goes
            for change in diff:
                print(filled_form.FormProblem(str(path), _cell(reading, change), f"替换已导入的记录：{change.describe()}"),
                      file=sys.stderr)
            replaced = f"，替换了已导入记录中的 {len(diff)} 处不同"
        store.write(target, new)
        counts["written"] += 1
        print(f"{path} → {target}（{len(new['tasks'])} 项任务{replaced}）", file=sys.stderr)
    print(f"共 {len(files)} 份表格：导入 {counts['written']} 份，未改变 {counts['same']} 份，未导入 {counts['refused']} 份",
          file=sys.stderr)
    return code


def _cell(reading, change: store.Change) -> str:
    """The form's cell a difference from the imported report is at ("" for a whole task's row)."""
    return reading.cells.get((change.task, change.field), "") if change.field else ""

"""A person's corrections survive re-imports: corrections/*.yml applied at every load, hand edits
of plans/ never overwritten or removed silently, hand-written plans never deleted."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from helpers import ROOT, run_cli
from planportal.loader import load
from planportal.problems import errors

SOURCE = ROOT / "data" / "sources" / "004_cf1649d899ee151a.txt"  # 高安市2024年安全生产工作要点, 34 tasks
PLAN = "gaoan-2024-anquanshengchangongzuoyaodian"


def imported(tmp_path: Path) -> tuple[Path, Path]:
    """A data dir holding a fresh import of the 高安 text, and the text's path."""
    src = tmp_path / "gaoan.txt"
    shutil.copy(SOURCE, src)
    data = tmp_path / "data"
    result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return data, src


def correction(data: Path, text: str, name: str = "fix.yml") -> Path:
    path = data / "corrections" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_correction_survives_a_reimport_of_the_same_and_of_a_changed_text(tmp_path):
    data, src = imported(tmp_path)
    correction(data, f"""\
        plan: {PLAN}
        set:
          owner: {{unit: null, written: 市安委办}}
        tasks:
          {PLAN}-1-2:
            lead:
              - {{unit: null, written: 市委办}}
          {PLAN}-1-3:
            remove: true
        """)
    for text in (SOURCE.read_text(encoding="utf-8"), SOURCE.read_text(encoding="utf-8").replace("着力抓好贯彻落实", "着力抓好学习贯彻")):
        src.write_text(text, encoding="utf-8")
        assert run_cli("import", str(src), "--data", str(data), cwd=tmp_path).returncode == 0
        portal, problems = load(data)
        assert not errors(problems)
        plan = portal.plan_by_id[PLAN]
        assert plan.owner.written == "市安委办"
        task = portal.task_by_id[f"{PLAN}-1-2"]
        assert [r.written for r in task.lead] == ["市委办"]
        assert f"{PLAN}-1-3" not in portal.task_by_id
        assert len(plan.tasks) == 33
    assert "着力抓好学习贯彻" == portal.task_by_id[f"{PLAN}-1-2"].title  # the re-imported text is there too


def test_a_correction_to_a_task_that_disappeared_is_reported_at_its_line(tmp_path):
    data, src = imported(tmp_path)
    fix = correction(data, f"""\
        plan: {PLAN}
        tasks:
          {PLAN}-6-32:
            title: 改过的标题
        """)
    assert run_cli("check", "--data", str(data), cwd=tmp_path).returncode == 0
    # the text loses its last item: the task the correction names is gone
    lines = SOURCE.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(i for i, ln in enumerate(lines) if ln.startswith("32."))
    src.write_text("".join(lines[:last] + lines[last + 1 :]), encoding="utf-8")
    stopped = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)  # the import says so first
    assert stopped.returncode == 1
    assert f"{fix}:3: 修正的任务 {PLAN}-6-32（“" in stopped.stderr and "重新导入后不再存在" in stopped.stderr
    assert run_cli("import", str(src), "--data", str(data), "--force", cwd=tmp_path).returncode == 0
    result = run_cli("check", "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert f"{fix}:3: 方案 {PLAN} 中已没有任务 {PLAN}-6-32（原文重新导入后可能已改号或去掉），这条修正无法应用" in result.stdout
    assert "Traceback" not in result.stderr


def test_correction_values_are_checked_at_the_corrections_line(tmp_path):
    data, _ = imported(tmp_path)
    fix = correction(data, f"""\
        plan: {PLAN}
        tasks:
          {PLAN}-1-1:
            lead:
              - {{unit: no-such-unit, written: 某局}}
            colour: red
        add:
          - {{id: {PLAN}-1-1, title: 重复, text: 重复的任务, line: 13}}
        """)
    other = correction(data, "plan: no-such-plan\n", "other.yml")
    result = run_cli("check", "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1
    out = result.stdout
    assert f"{fix}:6: 未知字段 colour" in out
    assert f"{other}:1: 要修正的方案 no-such-plan 不存在（plans/ 中没有）" in out
    # shape errors leave the file out, so fix the unknown field and look again
    fix.write_text(fix.read_text(encoding="utf-8").replace("    colour: red\n", ""), encoding="utf-8")
    out = run_cli("check", "--data", str(data), cwd=tmp_path).stdout
    assert f"{fix}:5: 未知的单位 id no-such-unit（units.yml 中没有）" in out
    assert f"{fix}:7: 重复的任务 id {PLAN}-1-1" in out


def test_two_corrections_of_one_field_are_an_error(tmp_path):
    data, _ = imported(tmp_path)
    correction(data, f"plan: {PLAN}\nset:\n  issuer: 甲\n", "a.yml")
    second = correction(data, f"plan: {PLAN}\nset:\n  issuer: 乙\n", "b.yml")
    out = run_cli("check", "--data", str(data), cwd=tmp_path).stdout
    assert f"{second}:3: 这一项已在" in out


def test_an_edited_plan_file_is_never_overwritten_without_force(tmp_path):
    data, src = imported(tmp_path)
    plan_file = data / "plans" / f"{PLAN}.yml"
    edited = plan_file.read_text(encoding="utf-8").replace("title: 着力树牢安全发展理念", "title: 有人改过的标题")
    plan_file.write_text(edited, encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert "-    title: 有人改过的标题" in result.stderr and "+    title: 着力树牢安全发展理念" in result.stderr
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert plan_file.read_text(encoding="utf-8") == edited  # nothing written
    assert run_cli("import", str(src), "--data", str(data), "--force", cwd=tmp_path).returncode == 0
    assert "有人改过的标题" not in plan_file.read_text(encoding="utf-8")


def test_an_edited_plan_the_source_no_longer_yields_is_kept(tmp_path):
    """A plan file that a later import of its source would remove is not removed once edited."""
    data, src = imported(tmp_path)
    stale = data / "plans" / "gaoan-old.yml"
    text = (data / "plans" / f"{PLAN}.yml").read_text(encoding="utf-8")
    stale.write_text(text.replace(f"id: {PLAN}", "id: gaoan-old").replace(f"- id: {PLAN}-", "- id: gaoan-old-"), encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1 and "（导入后删除）" in result.stderr
    assert stale.exists()
    assert run_cli("import", str(src), "--data", str(data), "--force", cwd=tmp_path).returncode == 0
    assert not stale.exists()


def test_a_hand_written_plan_citing_an_imported_source_is_never_deleted(tmp_path):
    data, src = imported(tmp_path)
    hand = data / "plans" / "gaoan-extra.yml"
    hand.write_text(textwrap.dedent("""\
        id: gaoan-extra
        title: 高安市补充任务
        source: {file: gaoan.txt, line: 3}
        tasks:
          - {id: gaoan-extra-1, title: 补充, text: 补充的任务, line: 13}
        """), encoding="utf-8")
    before = hand.read_bytes()
    src.write_text(src.read_text(encoding="utf-8").replace("高安市2024年安全生产工作要点", "高安市2024年安全生产工作要点（修订）"), encoding="utf-8")
    assert run_cli("import", str(src), "--data", str(data), cwd=tmp_path).returncode == 0
    assert hand.read_bytes() == before
    assert run_cli("check", "--data", str(data), cwd=tmp_path).returncode == 0


def test_an_unchanged_import_leaves_every_file_byte_identical(tmp_path):
    data, src = imported(tmp_path)
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert run_cli("import", str(src), "--data", str(data), cwd=tmp_path).returncode == 0
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


def test_a_persons_notes_in_the_unit_registry_survive_imports(tmp_path):
    """units.yml is kept by hand too: a comment, a unit renamed to its new official name and moved to the top,
    and an alias a person added stay as written through a re-import of the same text (the file untouched) and
    through the import of another text that brings a new unit and a new alias (each put in at its place)."""
    data, src = imported(tmp_path)
    registry = data / "units.yml"
    text = registry.read_text(encoding="utf-8")
    first = text.index("\n  - id: ") + 1
    second = text.index("\n  - id: ", first) + 1
    moved = text[second:text.index("\n  - id: ", second) + 1]
    assert "    aliases:\n" in moved
    edited = ("# 单位登记表：名称以机构改革后的为准（办公室 2024-05 核对）\n" + text[:first] + moved.replace(
        "    aliases:\n", "    # 2024年机构改革后更名\n    aliases:\n      - 手加的别名\n") + text[first:second]
        + text[second + len(moved):])
    registry.write_text(edited, encoding="utf-8")
    assert run_cli("check", "--data", str(data), cwd=tmp_path).returncode == 0
    assert run_cli("import", str(src), "--data", str(data), cwd=tmp_path).returncode == 0
    assert registry.read_text(encoding="utf-8") == edited  # nothing new: not a byte changed

    other = tmp_path / "other.txt"
    other.write_text("高安市2024年消防工作要点\n一、重点任务\n1.开展高层建筑消防安全整治。（责任单位：市消防救援大队）\n",
                     encoding="utf-8")
    assert run_cli("import", str(other), "--data", str(data), cwd=tmp_path).returncode == 0
    after = registry.read_text(encoding="utf-8")
    assert after.startswith("# 单位登记表：名称以机构改革后的为准（办公室 2024-05 核对）\n")
    assert "    # 2024年机构改革后更名\n    aliases:\n      - 手加的别名\n" in after
    ids = [line for line in after.splitlines() if line.startswith("  - id: ")]
    assert ids.index(moved.splitlines()[0]) < ids.index(text[first:].splitlines()[0])  # the person's order
    assert "市消防救援大队" in after and len(after.splitlines()) > len(edited.splitlines())
    assert run_cli("check", "--data", str(data), cwd=tmp_path).returncode == 0


def test_a_field_corrected_on_a_task_that_a_correction_removes_is_an_error_not_lost(tmp_path):
    """One person corrects a task's lead in a.yml, another takes the task out with remove: true in b.yml (or one file
    does both): the lead was dropped with the task without a word. Now each such correction is an error at its line,
    naming the remove: true that takes the task out."""
    data, _ = imported(tmp_path)
    fix = correction(data, f"""\
        plan: {PLAN}
        tasks:
          {PLAN}-1-1:
            remove: true
            title: 着力树牢安全发展理念（改）
          {PLAN}-1-2:
            lead:
              - {{unit: gaoan-yingjiguanliju, written: 市应急管理局}}
        """, "a.yml")
    other = correction(data, f"plan: {PLAN}\ntasks:\n  {PLAN}-1-2:\n    remove: true\n", "b.yml")
    result = run_cli("check", "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1
    tail = "这条修正不会生效：保留任务就删掉 remove，否则删掉这条修正"
    assert [line for line in result.stdout.splitlines() if "警告" not in line] == [
        f"{fix}:5: 任务 {PLAN}-1-1 已由 {fix}:4 的 remove: true 去掉，{tail}",
        f"{fix}:7: 任务 {PLAN}-1-2 已由 {other}:4 的 remove: true 去掉，{tail}",
    ]
    fix.write_text(f"plan: {PLAN}\ntasks:\n  {PLAN}-1-2:\n    title: 着力抓好贯彻落实（改）\n", encoding="utf-8")
    (data / "corrections" / "0.yml").write_text(f"plan: {PLAN}\ntasks:\n  {PLAN}-1-2:\n    remove: true\n", encoding="utf-8")
    other.unlink()
    out = run_cli("check", "--data", str(data), cwd=tmp_path).stdout
    assert [line for line in out.splitlines() if "警告" not in line] == [f"{fix}:3: 任务 {PLAN}-1-2 已由 {data}/corrections/0.yml:4 的 remove: true 去掉，{tail}"]

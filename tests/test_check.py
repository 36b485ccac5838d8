"""`planportal check`: every mistake reported as FILE:LINE: message, all at once, exit 1."""

from __future__ import annotations

import shutil

import pytest

from helpers import FIXTURES, copy_portal, run_cli

BAD = FIXTURES / "bad"

# One fixture file per mistake, and the exact line `check` must print for it.
CASES = {
    "bad-unknown-unit": "data/plans/bad-unknown-unit.yml:12: 未知的单位 id shifan-no-such-unit（units.yml 中没有）",
    "bad-duplicate-id": "data/plans/shifan-2024.yml:28: 重复的任务 id shifan-2024-1（data/plans/bad-duplicate-id.yml:7 已使用）",
    "bad-date": "data/plans/bad-date.yml:3: 字段 written 的值 '2024-02-30' 不是有效日期（应为 YYYY-MM-DD）",
    "bad-deadline-kind": "data/plans/bad-deadline-kind.yml:12: 期限 长期坚持 的类型 ongoing 不应有日期",
    "bad-missing-field": "data/plans/bad-missing-field.yml:7: 缺少必填字段 title",
    "bad-yaml-syntax": "data/plans/bad-yaml-syntax.yml:8: YAML 语法错误: while parsing a flow sequence, "
    "expected ',' or ']', but got ':'（第 9 行）",
    "bad-encoding": "data/plans/bad-encoding.yml:2: 不是 UTF-8 编码（第 25 字节无法解码），看来是 GBK 编码（记事本的“ANSI”），"
    "请另存为 UTF-8",
    "bad-dangling-parent": "data/plans/bad-dangling-parent.yml:3: 上级方案 no-such-notice 不存在",
}


def test_fixture_portal_passes(tmp_path):
    copy_portal(tmp_path)
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "数据检查通过" in result.stderr


def test_every_mistake_has_a_fixture():
    assert sorted(p.stem for p in BAD.glob("*.yml")) == sorted(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_mistake_reported_with_file_and_line(tmp_path, case):
    data = copy_portal(tmp_path)
    shutil.copy(BAD / f"{case}.yml", data / "plans")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [CASES[case]]
    assert "Traceback" not in result.stderr


def test_all_mistakes_reported_in_one_run(tmp_path):
    data = copy_portal(tmp_path)
    for case in CASES:
        shutil.copy(BAD / f"{case}.yml", data / "plans")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert sorted(result.stdout.splitlines()) == sorted(CASES.values())
    assert f"共 {len(CASES)} 个错误" in result.stderr


def test_unit_registry_mistakes(tmp_path):
    data = copy_portal(tmp_path)
    units = (data / "units.yml").read_text(encoding="utf-8")
    units += "  - id: shifan-yingjiju\n    name: 示范区另一个局\n    kind: agency\n"
    (data / "units.yml").write_text(units, encoding="utf-8")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/units.yml:33: 字段 kind 的值 'agency' 无效，应为 department、committee、town、village、enterprise、group、"
        "organization、other 之一"
    ]


def test_duplicate_unit_id_and_name(tmp_path):
    data = copy_portal(tmp_path)
    units = (data / "units.yml").read_text(encoding="utf-8")
    units += "  - id: shifan-yingjiju\n    name: 示范区另一个局\n    jurisdiction: 示范区\n    kind: department\n"
    units += "  - id: shifan-yingjiju-2\n    name: 示范区应急管理局\n    jurisdiction: 示范区\n    kind: department\n"
    (data / "units.yml").write_text(units, encoding="utf-8")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/units.yml:31: 重复的单位 id shifan-yingjiju（第 8 行已有）",
        "data/units.yml:36: 名称 示范区应急管理局 在 示范区 已属于单位 shifan-yingjiju",
    ]


def test_unknown_field_and_missing_source(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("period: 2024年\n", "perid: 2024年\n"), encoding="utf-8")
    (data / "sources" / "demo.txt").unlink()
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["data/plans/shifan-2024.yml:9: 未知字段 perid"]


def test_missing_source_text(tmp_path):
    data = copy_portal(tmp_path)
    (data / "sources" / "demo.txt").unlink()
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["data/plans/shifan-2024.yml:11: 原文文件 sources/demo.txt 不存在"]


def test_unresolved_unit_is_a_warning_not_an_error(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8").replace(
        "      - unit: shifan-zhenjie\n        written: 各镇街", "      - unit: null\n        written: 各有关单位"
    )
    plan.write_text(text, encoding="utf-8")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["data/plans/shifan-2024.yml:38: 警告: 未识别的单位 各有关单位（保留原文写法）"]


def test_missing_data_dir(tmp_path):
    result = run_cli("check", "--data", "nowhere", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["nowhere:1: 数据目录不存在"]
    (tmp_path / "units.yml").write_text("units: []\n", encoding="utf-8")
    result = run_cli("check", "--data", "units.yml", cwd=tmp_path)  # a file named where the directory belongs
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["units.yml:1: 是文件，不是数据目录（--data 应为含 units.yml 和 plans/ 的目录）"]


def test_deadline_year_must_match_a_year_written_in_it(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("      - text: 2024年6月底前\n        kind: by\n        date: 2024-06-30",
                        "      - text: 2024年6月底前\n        kind: by\n        date: 2025-06-30")
    text = text.replace("      - text: 2024年底前\n", "      - text: 年底前\n")  # no year written: any year will do
    plan.write_text(text, encoding="utf-8")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/plans/shifan-2024.yml:83: 期限 2024年6月底前 与日期 2025-06-30 的年份不一致"
    ]


def test_a_correction_written_remove_false_or_left_empty_is_told_in_chinese(tmp_path):
    """`remove: false` (meaning "keep it") and a task id with nothing under it: check printed jsonschema's English
    ("字段 remove: True was expected", "should be non-empty")."""
    data = copy_portal(tmp_path)
    (data / "corrections").mkdir()
    (data / "corrections" / "fix.yml").write_text(
        "plan: shifan-2024\ntasks:\n  shifan-2024-1:\n    remove: false\n  shifan-2024-2: {}\n", encoding="utf-8")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/corrections/fix.yml:4: 字段 remove 只能写 true（去掉这一项任务），实际为 False；不去掉就删掉这一行",
        "data/corrections/fix.yml:5: 任务 shifan-2024-2 的修正是空的：请写出要替换的字段，或 remove: true 去掉这一项",
    ]

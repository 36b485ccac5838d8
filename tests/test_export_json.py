"""`planportal export --format json`: the contract's shape, with every value from the data."""

from __future__ import annotations

import json

import jsonschema

from helpers import TESTS, copy_portal, run_cli

EXPORT_SCHEMA = json.loads((TESTS / "export.schema.json").read_text(encoding="utf-8"))


def export(tmp_path, *args) -> dict:
    copy_portal(tmp_path)
    result = run_cli("export", "--format", "json", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_export_matches_contract_schema(tmp_path):
    doc = export(tmp_path)
    jsonschema.Draft202012Validator(EXPORT_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(doc)
    assert doc["format"] == 1


def test_fixture_round_trips(tmp_path):
    doc = export(tmp_path)
    (plan,) = doc["plans"]
    assert plan["id"] == "shifan-2024"
    assert plan["title"] == "示范区2024年安全生产工作要点"
    assert plan["issuer"] == "示范区安全生产委员会办公室"
    assert plan["jurisdiction"] == "示范区"
    assert plan["source"] == {"file": "demo.txt", "line": 2}
    tasks = {t["id"]: t for t in plan["tasks"]}
    assert list(tasks) == ["shifan-2024-1", "shifan-2024-2", "shifan-2024-3", "shifan-2024-4"]

    gas = tasks["shifan-2024-3"]
    assert gas["number"] == "3."
    assert gas["group"] == ["二、深化专项整治", "(一)燃气安全"]
    assert gas["title"] == "开展燃气隐患排查"
    assert gas["lead"] == [{"unit": "shifan-zhujianwei", "name": "示范区住房和城乡建设委员会", "written": "区住建委"}]
    assert gas["support"] == [{"unit": "shifan-shichangjianguanju", "name": "示范区市场监督管理局", "written": "区市场监管局"}]
    assert gas["supervise"] == [{"unit": "shifan-anweiban", "name": "示范区安全生产委员会办公室", "written": "区安委办"}]
    assert gas["implement"] == [] and gas["units"] == []
    assert gas["deadlines"] == [{"text": "2024年6月底前", "kind": "by", "date": "2024-06-30"}]
    assert gas["source"] == {"file": "demo.txt", "line": 8}

    two = tasks["shifan-2024-2"]
    assert two["deadlines"] == [
        {"text": "2024年底前", "kind": "by", "date": "2024-12-31"},
        {"text": "长期坚持", "kind": "ongoing", "date": None},
    ]
    assert two["status"] == {"state": "进行中", "date": "2024-06-30", "note": "权责清单初稿已完成"}


def test_task_source_lines_point_at_the_task_in_the_text(tmp_path):
    doc = export(tmp_path)
    source = (tmp_path / "data" / "sources" / "demo.txt").read_text(encoding="utf-8").splitlines()
    for task in doc["plans"][0]["tasks"]:
        assert task["title"] in source[task["source"]["line"] - 1]


def test_export_to_file_keeps_chinese_readable(tmp_path):
    copy_portal(tmp_path)
    result = run_cli("export", "--format", "json", "-o", "tasks.json", cwd=tmp_path)
    assert result.returncode == 0
    raw = (tmp_path / "tasks.json").read_text(encoding="utf-8")
    assert "示范区2024年安全生产工作要点" in raw  # ensure_ascii=False


def test_export_refuses_invalid_data(tmp_path):
    data = copy_portal(tmp_path)
    (data / "units.yml").write_text("units: [\n", encoding="utf-8")
    result = run_cli("export", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("data/units.yml:1: YAML 语法错误")  # the line of the open [

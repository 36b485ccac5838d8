"""The command line surface: every command is listed, and the schema is published."""

from __future__ import annotations

import json

import jsonschema

from helpers import FIXTURES, ROOT, run_cli
from planportal import yamlsrc

COMMANDS = ["import", "check", "build", "serve", "export", "book", "schema"]


def test_help_lists_the_whole_surface(tmp_path):
    result = run_cli("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_schema_validates_the_fixture(tmp_path):
    result = run_cli("schema", "--out", "schemas", cwd=tmp_path)
    assert result.returncode == 0
    plan_schema = json.loads((tmp_path / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    units_schema = json.loads((tmp_path / "schemas" / "units.schema.json").read_text(encoding="utf-8"))
    plan, _ = yamlsrc.load(FIXTURES / "portal" / "plans" / "shifan-2024.yml", "plan")
    units, _ = yamlsrc.load(FIXTURES / "portal" / "units.yml", "units")
    checker = jsonschema.FormatChecker()
    jsonschema.Draft202012Validator(plan_schema, format_checker=checker).validate(plan.data)
    jsonschema.Draft202012Validator(units_schema, format_checker=checker).validate(units.data)


def test_schema_prints_one_schema(tmp_path):
    result = run_cli("schema", "units", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"].startswith("planportal 单位登记表")


def test_dump_then_load_gives_back_the_data():
    data = {"id": "x", "written": "2024-05-16", "text": "第一行\n第二行", "tasks": [{"lead": []}]}
    doc, problems = yamlsrc.parse(yamlsrc.dump(data), "x.yml")
    assert problems == []
    assert doc.data == data


def test_the_program_ends_with_all_it_printed_and_its_exit_code(tmp_path):
    """`planportal` leaves the process at once when a command is done (no freeing of the model
    object by object): what it printed still arrives whole, and its exit code is the command's."""
    data = ROOT / "data"
    done = run_cli("export", "--format", "json", "--data", str(data), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    exported = json.loads(done.stdout)  # the whole export, well over a pipe's buffer
    assert len(done.stdout.encode("utf-8")) > 1 << 16 and exported["plans"]
    failed = run_cli("check", "--data", str(tmp_path / "nothing-here"), cwd=tmp_path)
    assert failed.returncode == 1 and failed.stderr

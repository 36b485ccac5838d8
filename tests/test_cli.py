"""The command line surface: every command is listed, and the schema is published."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from helpers import FIXTURES, ROOT, copy_portal, run_cli
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


def test_argparse_speaks_chinese_with_exit_code_2(tmp_path):
    """An unknown option, a missing one, a value outside the list: the same language as every other message
    (it was "error: unrecognized arguments", "the following arguments are required"), exit code 2."""
    help_text = run_cli("check", "--help", cwd=tmp_path)
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("用法：planportal check") and "显示本帮助并退出" in help_text.stdout
    unknown = run_cli("check", "--bogus", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "planportal：错误：无法识别的参数：--bogus" in unknown.stderr
    missing = run_cli("export", cwd=tmp_path)
    assert missing.returncode == 2 and "planportal export：错误：缺少参数：--format" in missing.stderr
    wrong = run_cli("export", "--format", "pdf", cwd=tmp_path)
    assert wrong.returncode == 2
    assert "参数 --format：无效的选项值 'pdf'（可选：'json', 'csv', 'xlsx', 'ics'）" in wrong.stderr


def test_an_output_in_a_missing_folder_or_on_a_folder_is_named_in_chinese(tmp_path):
    """`export -o 导出/tasks.json` before the folder exists said "[Errno 2] No such file or directory: …"."""
    copy_portal(tmp_path)
    missing = run_cli("export", "--format", "json", "-o", "导出/tasks.json", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "导出/tasks.json: 所在目录不存在（请先建立目录，或检查路径）"
    on_folder = run_cli("export", "--format", "csv", "-o", "data", cwd=tmp_path)
    assert on_folder.returncode == 1
    assert on_folder.stderr.strip() == "data: 是一个目录，请给出文件名"
    book = run_cli("book", "shifan-zhujianwei", "-o", "导出/book.html", cwd=tmp_path)
    assert book.returncode == 1
    assert book.stderr.strip() == "导出/book.html: 所在目录不存在（请先建立目录，或检查路径）"
    assert not (tmp_path / "导出").exists()



def test_an_export_written_over_a_file_replaces_it_whole_and_one_to_dev_stdout_prints(tmp_path):
    """The export goes to a temporary file beside the target, then renamed over it (never half a file where a good
    one was); a target that is no plain file (/dev/stdout, a link) is written into, not replaced."""
    copy_portal(tmp_path)
    (tmp_path / "tasks.json").write_text("旧的导出", encoding="utf-8")
    assert run_cli("export", "--format", "json", "-o", "tasks.json", cwd=tmp_path).returncode == 0
    assert json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))["plans"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "tasks.json"]
    (tmp_path / "latest.json").symlink_to("tasks.json")
    assert run_cli("export", "--format", "csv", "-o", "latest.json", cwd=tmp_path).returncode == 0
    assert (tmp_path / "latest.json").is_symlink() and "任务" in (tmp_path / "tasks.json").read_text(encoding="utf-8-sig")
    printed = run_cli("export", "--format", "json", "-o", "/dev/stdout", cwd=tmp_path)
    assert printed.returncode == 0 and json.loads(printed.stdout)["plans"]
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()


def test_a_negative_number_of_workers_is_refused_before_anything_is_built(tmp_path):
    """`build --workers -1` built a site of 2 pages out of 23 (no plan, unit, task or source page) and said
    已生成, replacing a whole site with it. The option now takes 0 (one per core) or more, exit 2."""
    copy_portal(tmp_path)
    for value in ("-1", "abc"):
        result = run_cli("build", "--workers", value, "--site-dir", "site", cwd=tmp_path)
        assert result.returncode == 2
        assert f"planportal build：错误：参数 --workers：进程数应为 0（每个 CPU 核一个）或正整数，实际为 {value}" in result.stderr
    assert not (tmp_path / "site").exists()


def test_ctrl_c_ends_with_a_word_and_exit_130_not_a_traceback(monkeypatch, capsys):
    from planportal import cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_check", interrupted)
    assert cli.main(["check"]) == 130
    captured = capsys.readouterr()
    assert captured.err == "planportal：已中断\n" and "Traceback" not in captured.err


def test_a_day_past_the_calendars_reach_is_refused_not_a_traceback(tmp_path):
    """`build --as-of 9999-12-31` died with OverflowError (date value out of range) in the home page's
    arithmetic; --as-of and --due now take years 1900 to 2999, exit 2."""
    copy_portal(tmp_path)
    result = run_cli("build", "--as-of", "9999-12-31", "--site-dir", "site", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "参数 --as-of：日期超出范围: 9999-12-31（应在 1900 年到 2999 年之间）" in result.stderr
    book = run_cli("book", "shifan-zhujianwei", "--as-of", "0001-01-01", cwd=tmp_path)
    assert book.returncode == 2 and "日期超出范围: 0001-01-01" in book.stderr
    assert not (tmp_path / "site").exists()

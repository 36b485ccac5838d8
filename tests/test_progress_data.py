"""Progress reports as data: data/progress/<period>/<unit>.yml is checked like every other data
file (FILE:LINE messages), and the records are the source of every task's status."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import jsonschema

from helpers import ROOT, copy_portal, run_cli
from planportal import status, yamlsrc
from planportal.loader import load
from planportal.search import finder
from planportal.status import recorded, status_of

D = dt.date


def report(data, period: str, unit: str, body: str, example: bool = False) -> str:
    folder = data / "progress" / period
    folder.mkdir(parents=True, exist_ok=True)
    head = f"unit: {unit}\nperiod: {period}\n" + ("example: true\n" if example else "")
    (folder / f"{unit}.yml").write_text(head + "tasks:\n" + body, encoding="utf-8")
    return f"{data}/progress/{period}/{unit}.yml"


def messages(data) -> list[str]:
    _, problems = load(data)
    return [str(p) for p in problems if is_progress(p.file)]


def is_progress(file: str) -> bool:
    return Path(file).parent.parent.name == "progress"


def test_a_valid_report_loads(tmp_path):
    data = copy_portal(tmp_path)
    report(data, "2024-06", "shifan-zhujianwei",
           "  - task: shifan-2024-3\n    state: 进行中\n    percent: 60\n    progress: 已排查1.2万户\n"
           "    problems: 图纸缺失\n    next_steps: 7月复查\n    reporter: 张三\n    date: 2024-06-20\n")
    portal, problems = load(data)
    assert [p for p in problems if p.severity == "error"] == []
    (r,) = portal.progress
    assert (r.unit, r.period, r.example) == ("shifan-zhujianwei", "2024-06", False)
    (e,) = r.entries
    assert (e.task, e.state, e.percent, e.progress, e.problems, e.next_steps, e.reporter, e.date) == (
        "shifan-2024-3", "进行中", 60, "已排查1.2万户", "图纸缺失", "7月复查", "张三", D(2024, 6, 20))


def test_check_reports_every_problem_at_its_line(tmp_path):
    data = copy_portal(tmp_path)
    rows = report(data, "2024-06", "shifan-zhujianwei",
                  "  - task: shifan-2024-3\n"        # 4
                  "    state: 已完成\n"
                  "    percent: 80\n"               # 6: 已完成 needs 100
                  "  - task: shifan-2024-99\n"      # 7: unknown task
                  "    state: 进行中\n"
                  "  - task: shifan-2024-3\n"       # 9: twice
                  "    state: 进行中\n"
                  "  - task: shifan-2024-1\n"       # 11: not its task (a warning: plan data may have changed)
                  "    state: 未开始\n"
                  "    percent: 30\n"               # 13: 未开始 is 0
                  "    date: 2099-01-01\n")         # 14: in the future
    shape = report(data, "2024-06", "shifan-yingjiju",
                   "  - task: shifan-2024-2\n"
                   "    state: 完成\n"                # 5: not a state
                   "    percent: 120\n")             # 6: out of range
    (data / "progress" / "2024-06" / "shifan-yingjiju.yml").write_text(
        "unit: shifan-yingjiju\nperiod: 2024-6\ntasks:\n  - task: shifan-2024-2\n    state: 完成\n    percent: 120\n",
        encoding="utf-8")
    unknown = report(data, "2024-06", "shifan-nobody", "  - task: shifan-2024-1\n    state: 进行中\n")
    result = run_cli("check", "--data", "data", cwd=tmp_path)
    assert result.returncode == 1
    today = status.today().isoformat()  # the portal's day, whatever the machine's clock zone
    assert messages(data) == [
        f"{unknown}:1: 未知的单位 id shifan-nobody（units.yml 中没有）",
        f"{shape}:2: 字段 period 的值 '2024-6' 格式不对，应为报送期（年-月），如 2025-03",
        f"{shape}:5: 字段 state 的值 '完成' 无效，应为 未开始、进行中、已完成、已暂缓 之一",
        f"{shape}:6: 字段 percent 应在 0 到 100 之间，实际为 120",
        f"{rows}:6: 进展状态为已完成，完成百分比应为 100，实际为 80",
        f"{rows}:7: 未知的任务 id shifan-2024-99",
        f"{rows}:9: 任务 shifan-2024-3 重复（第 4 行已有）",
        f"{rows}:11: 警告: 示范区住房和城乡建设委员会 不承担任务 shifan-2024-1（方案数据可能已更新）",
        f"{rows}:13: 进展状态为未开始，完成百分比应为 0，实际为 30",
        f"{rows}:14: 填报日期 2099-01-01 晚于今天（{today}）",
    ]
    assert "data/progress/2024-06/shifan-zhujianwei.yml:7: 未知的任务 id shifan-2024-99" in result.stdout


def test_unit_and_period_must_match_the_file(tmp_path):
    data = copy_portal(tmp_path)
    path = report(data, "2024-05", "shifan-yingjiju", "  - task: shifan-2024-2\n    state: 进行中\n")
    (data / "progress" / "2024-05" / "shifan-yingjiju.yml").write_text(
        "unit: shifan-anweiban\nperiod: 2024-06\ntasks:\n  - task: shifan-2024-1\n    state: 进行中\n", encoding="utf-8")
    assert messages(data) == [
        f"{path}:1: 单位 id shifan-anweiban 与文件名不一致（应为 progress/2024-06/shifan-anweiban.yml）",
        f"{path}:2: 报送期 2024-06 与所在目录 2024-05 不一致",
    ]


def test_the_published_schema_validates_the_demo_records(tmp_path):
    result = run_cli("schema", "progress", cwd=tmp_path)
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"].startswith("planportal 进展报送")
    files = sorted((ROOT / "data" / "progress").glob("*/*.yml"))
    assert len(files) >= 8
    for path in files:
        doc, problems = yamlsrc.load(path, path.name)
        assert problems == []
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc.data)
        assert doc.data["example"] is True  # the repository ships example records only


def test_demo_data_checks_clean():
    portal, problems = load(ROOT / "data")
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert [str(p) for p in problems if is_progress(p.file)] == []
    assert portal.periods == ("2026-09", "2026-10")
    assert all(r.example for r in portal.progress)


# --- status comes from the records ------------------------------------------------------


def portal_with(tmp_path, *reports):
    data = copy_portal(tmp_path)
    for period, unit, body in reports:
        report(data, period, unit, body)
    portal, problems = load(data)
    assert [p for p in problems if p.severity == "error"] == [], problems
    return portal


def test_the_latest_report_of_the_lead_unit_is_the_state(tmp_path):
    portal = portal_with(
        tmp_path,
        ("2024-05", "shifan-yingjiju", "  - task: shifan-2024-2\n    state: 进行中\n    percent: 40\n"),
        ("2024-06", "shifan-yingjiju", "  - task: shifan-2024-2\n    state: 已完成\n    percent: 100\n"
                                       "    progress: 权责清单已印发\n    date: 2024-06-21\n"),
        # the supporting unit's row is history, not the task's state
        ("2024-07", "shifan-zhujianwei", "  - task: shifan-2024-2\n    state: 未开始\n"),
    )
    task = portal.task_by_id["shifan-2024-2"]
    latest = recorded(portal, task)
    assert (latest.state, latest.percent, latest.period, latest.unit, latest.note, latest.date) == (
        "已完成", 100, "2024-06", "shifan-yingjiju", "权责清单已印发", D(2024, 6, 21))
    # as of an earlier month, the earlier report (time travel never sees later records)
    assert recorded(portal, task, D(2024, 5, 31)).state == "进行中"
    # before any report: the state published with the plan
    before = recorded(portal, task, D(2024, 4, 30))
    assert (before.state, before.period, before.note) == ("进行中", None, "权责清单初稿已完成")
    assert status_of(portal, task, D(2025, 1, 1)).key == "done"
    assert status_of(portal, task, D(2024, 5, 31)).key == "in-progress"


def test_overdue_only_with_a_record_that_the_task_is_not_done(tmp_path):
    portal = portal_with(tmp_path, ("2024-06", "shifan-zhujianwei", "  - task: shifan-2024-3\n    state: 进行中\n"))
    gas = portal.task_by_id["shifan-2024-3"]  # 2024年6月底前
    assert status_of(portal, gas, D(2024, 6, 30)).key == "due-soon"
    assert status_of(portal, gas, D(2024, 7, 1)).label == "逾期"
    bare = portal_with(tmp_path / "bare")
    assert status_of(bare, bare.task_by_id["shifan-2024-3"], D(2024, 7, 1)).label == "期限已过"


def test_several_leads_disagreeing_count_as_the_least_advanced(tmp_path):
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8").replace(
        "    lead:\n      - unit: shifan-zhujianwei\n        written: 区住建委\n    support:\n      - unit: shifan-shichangjianguanju",
        "    lead:\n      - unit: shifan-zhujianwei\n        written: 区住建委\n      - unit: shifan-shichangjianguanju\n"
        "        written: 区市场监管局\n    support:\n      - unit: shifan-shichangjianguanju", 1)
    plan.write_text(text, encoding="utf-8")
    report(data, "2024-06", "shifan-zhujianwei", "  - task: shifan-2024-3\n    state: 已完成\n    percent: 100\n")
    report(data, "2024-06", "shifan-shichangjianguanju", "  - task: shifan-2024-3\n    state: 进行中\n    percent: 90\n")
    portal, _ = load(data)
    latest = recorded(portal, portal.task_by_id["shifan-2024-3"])
    assert (latest.state, latest.percent, latest.unit) == ("进行中", 90, "shifan-shichangjianguanju")


def test_exports_and_the_finder_read_the_records(tmp_path):
    data = copy_portal(tmp_path)
    report(data, "2024-06", "shifan-zhujianwei",
           "  - task: shifan-2024-3\n    state: 进行中\n    percent: 60\n    progress: 已排查1.2万户\n    date: 2024-06-20\n")
    result = run_cli("export", "--format", "csv", cwd=tmp_path)
    rows = {r["任务id"]: r for r in csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")))}
    gas = rows["shifan-2024-3"]
    assert (gas["状态"], gas["状态日期"], gas["完成百分比"], gas["报送期"]) == ("进行中", "2024-06-20", "60", "2024年6月")
    result = run_cli("export", "--format", "json", cwd=tmp_path)
    tasks = {t["id"]: t for t in json.loads(result.stdout)["plans"][0]["tasks"]}
    assert tasks["shifan-2024-3"]["status"] == {"state": "进行中", "date": "2024-06-20", "note": "已排查1.2万户"}
    portal, _ = load(data)
    statuses = dict(zip((t.id for t in portal.tasks), (r.status for r in finder.rows(portal, D(2024, 7, 1)))))
    assert statuses["shifan-2024-3"] == "overdue"


def _cli_in_zone(zone: str, *args: str, cwd: Path):
    """`planportal ARGS` on a machine whose clock zone is `zone`."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "TZ": zone}
    return subprocess.run([sys.executable, "-m", "planportal.cli", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env)


def test_a_record_dated_today_in_china_passes_on_a_machine_whose_day_is_still_yesterday(tmp_path):
    """A unit reports on the morning of its day in China; the server keeps UTC (or any zone behind), where that day
    has not begun. `check` (and so `build`) called the record's 填报日期 later than today, an error, until the
    machine's evening; the day of the portal (Asia/Shanghai, as status, books and builds count it) decides now.
    A date after the portal's today is still refused, on a machine whose day is already tomorrow too."""
    data = copy_portal(tmp_path)
    china_today = status.today()
    path = report(data, china_today.strftime("%Y-%m"), "shifan-yingjiju",
                  f"  - task: shifan-2024-2\n    state: 进行中\n    date: {china_today.isoformat()}\n")
    behind = _cli_in_zone("Etc/GMT+12", "check", "--data", "data", cwd=tmp_path)  # UTC-12: 20 hours behind China
    assert behind.returncode == 0, behind.stdout
    tomorrow = china_today + dt.timedelta(days=1)
    Path(path).write_text(Path(path).read_text(encoding="utf-8").replace(china_today.isoformat(), tomorrow.isoformat()),
                          encoding="utf-8")
    ahead = _cli_in_zone("Etc/GMT-14", "check", "--data", "data", cwd=tmp_path)  # UTC+14: 6 hours ahead of China
    assert ahead.returncode == 1
    assert f"data/progress/{china_today:%Y-%m}/shifan-yingjiju.yml:6: 填报日期 {tomorrow.isoformat()} 晚于今天（{china_today.isoformat()}）" in ahead.stdout


def test_a_control_character_in_a_record_no_longer_stops_the_periods_workbook(tmp_path):
    """A record's 本期进展 written by hand with a control character ("\\a"): the period's XLSX summary, made by every
    build, died with openpyxl's IllegalCharacterError (and the build with it). The cell drops the character."""
    import io

    import openpyxl

    from planportal.progress import bulletin, summary_xlsx
    from planportal.progress.sections import ProgressView

    data = copy_portal(tmp_path)
    report(data, "2024-12", "shifan-zhujianwei",
           '  - task: shifan-2024-3\n    state: 进行中\n    progress: "排查\\a完成"\n    date: 2024-12-20\n')
    portal, problems = load(data)
    assert [p for p in problems if p.severity == "error"] == []
    made = summary_xlsx.workbook(portal, bulletin.bulletin(ProgressView(portal, D(2025, 1, 15)), "2024-12"))
    rows = list(openpyxl.load_workbook(io.BytesIO(made))["报送明细"].iter_rows(min_row=2, values_only=True))
    assert rows[0][:7] == ("示范区住房和城乡建设委员会", "shifan-2024-3", "开展燃气隐患排查", "牵头", "进行中", None, "排查完成")

"""CSV, XLSX and ICS exports: read back with the tools a user would open them with."""

from __future__ import annotations

import csv
import io

import openpyxl
from icalendar import Calendar

from helpers import copy_portal, run_cli


def exported(tmp_path, fmt: str) -> bytes:
    copy_portal(tmp_path)
    result = run_cli("export", "--format", fmt, "-o", f"out.{fmt}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return (tmp_path / f"out.{fmt}").read_bytes()


def test_csv_opens_with_chinese_headers_and_one_row_per_task(tmp_path):
    raw = exported(tmp_path, "csv")
    assert raw.startswith("\ufeff".encode("utf-8"))  # spreadsheet programs detect UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["任务id"] for r in rows] == ["shifan-2024-1", "shifan-2024-2", "shifan-2024-3", "shifan-2024-4"]
    gas = rows[2]
    assert gas["牵头单位"] == "示范区住房和城乡建设委员会"
    assert gas["配合单位"] == "示范区市场监督管理局"
    assert gas["督促单位"] == "示范区安全生产委员会办公室"
    assert gas["期限"] == "2024年6月底前" and gas["截止日期"] == "2024-06-30"
    assert gas["分组"] == "二、深化专项整治 / (一)燃气安全"
    assert rows[1]["状态"] == "进行中"


def test_xlsx_has_header_filter_and_rows(tmp_path):
    wb = openpyxl.load_workbook(io.BytesIO(exported(tmp_path, "xlsx")))
    ws = wb["任务"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["方案", "方案id", "任务id", "编号", "分组", "任务"]
    assert ws.max_row == 5
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref
    assert ws.cell(row=4, column=header.index("牵头单位") + 1).value == "示范区住房和城乡建设委员会"


def test_ics_has_one_event_per_dated_deadline(tmp_path):
    cal = Calendar.from_ical(exported(tmp_path, "ics"))
    events = cal.walk("VEVENT")
    assert sorted(str(e["uid"]) for e in events) == ["shifan-2024-2-0@planportal", "shifan-2024-3-0@planportal"]
    gas = next(e for e in events if str(e["uid"]).startswith("shifan-2024-3"))
    assert gas.decoded("dtstart").isoformat() == "2024-06-30"
    assert str(gas["summary"]) == "【2024年6月底前】开展燃气隐患排查"
    assert "牵头：示范区住房和城乡建设委员会" in str(gas["description"])


def test_a_control_character_copied_into_a_task_no_longer_stops_the_xlsx_export(tmp_path):
    """A text copied out of a PDF or Word carries a control character (\\x07, \\x1f) into a task's title: check passes
    (the page shows nothing of it), but `export --format xlsx` died with openpyxl's IllegalCharacterError traceback.
    The workbook now drops it from the cell; the CSV keeps the text as it is."""
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    assert "    title: 开展燃气隐患排查\n" in text
    plan.write_text(text.replace("    title: 开展燃气隐患排查\n", '    title: "开展燃气\\a隐患\\x1F排查"\n'), encoding="utf-8")
    assert run_cli("check", cwd=tmp_path).returncode == 0
    result = run_cli("export", "--format", "xlsx", "-o", "out.xlsx", cwd=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["任务"]
    header = [c.value for c in ws[1]]
    assert [ws.cell(row=r, column=header.index("任务") + 1).value for r in range(2, 6)][2] == "开展燃气隐患排查"


def test_a_task_title_opening_with_an_equals_sign_stays_text_in_the_workbook(tmp_path):
    """A title that opens with "=" (a table cell copied as it was) went into the XLSX export as a formula: Excel showed
    #NAME? where the title was. It is a text cell now."""
    data = copy_portal(tmp_path)
    plan = data / "plans" / "shifan-2024.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("    title: 开展燃气隐患排查\n", "    title: '=开展燃气隐患排查'\n"),
                    encoding="utf-8")
    assert run_cli("export", "--format", "xlsx", "-o", "out.xlsx", cwd=tmp_path).returncode == 0
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["任务"]
    column = [c.value for c in ws[1]].index("任务") + 1
    title = next(ws.cell(row=r, column=column) for r in range(2, 6) if "燃气隐患" in ws.cell(row=r, column=column).value)
    assert (title.value, title.data_type) == ("=开展燃气隐患排查", "s")

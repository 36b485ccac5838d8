"""`planportal progress form`: the XLSX a unit fills in — what it lists, what is locked, what
is validated, how it prints — and that LibreOffice opens and converts it without complaint."""

from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl
import pytest

from helpers import copy_portal, run_cli
from planportal.loader import load
from planportal.progress.duties import Duties
from planportal.progress.filled_form import read
from progress_forms import columns, fill, load as load_xlsx, make_form, task_rows


@pytest.fixture()
def data(tmp_path):
    copy_portal(tmp_path)
    return tmp_path


def test_form_lists_reported_and_supported_tasks_with_a_header(data):
    wb = load_xlsx(make_form(data, "shifan-zhujianwei", "2024-06"))
    assert wb.sheetnames[:2] == ["牵头任务", "配合任务"]
    lead, support = wb["牵头任务"], wb["配合任务"]
    assert list(task_rows(lead)) == ["shifan-2024-3", "shifan-2024-4"]  # the tasks it leads
    assert list(task_rows(support)) == ["shifan-2024-2"]  # the task it supports (会同)
    assert lead["A1"].value == "重点任务落实推进情况表（2024年6月）"
    assert lead["A2"].value == "填报单位：示范区住房和城乡建设委员会"
    assert lead["F2"].value == "报送期：2024年6月"
    assert lead["J2"].value == "报送截止日：2024年6月25日"
    assert list(columns(lead)) == ["任务id", "方案", "编号", "任务", "完成期限", "上期报送", "进展状态", "完成百分比",
                                   "本期进展", "存在问题", "下步计划", "填报人", "填报日期"]
    row = task_rows(lead)["shifan-2024-3"]
    assert [lead.cell(row=row, column=i).value for i in range(2, 6)] == [
        "示范区2024年安全生产工作要点", "3.", "开展燃气隐患排查", "2024年6月底前"]


def test_task_columns_are_locked_and_the_rest_open(data):
    ws = load_xlsx(make_form(data, "shifan-zhujianwei", "2024-06"))["牵头任务"]
    assert ws.protection.sheet
    cols = columns(ws)
    row = task_rows(ws)["shifan-2024-3"]
    for heading in ("任务id", "方案", "编号", "任务", "完成期限", "上期报送"):
        assert ws[f"{cols[heading]}{row}"].protection.locked, heading
    for heading in ("进展状态", "完成百分比", "本期进展", "存在问题", "下步计划", "填报人", "填报日期"):
        assert not ws[f"{cols[heading]}{row}"].protection.locked, heading
    assert ws["A2"].protection.locked  # the header block too


def test_state_and_percentage_are_validated(data):
    ws = load_xlsx(make_form(data, "shifan-zhujianwei", "2024-06"))["牵头任务"]
    cols = columns(ws)
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    state = rules[f"{cols['进展状态']}6:{cols['进展状态']}7"]
    assert state.type == "list" and state.formula1 == '"未开始,进行中,已完成,已暂缓"' and state.showErrorMessage
    percent = rules[f"{cols['完成百分比']}6:{cols['完成百分比']}7"]
    assert (percent.type, percent.operator, percent.formula1, percent.formula2) == ("whole", "between", "0", "100")
    assert rules[f"{cols['填报日期']}6:{cols['填报日期']}7"].type == "date"


def test_form_prints_on_a4_landscape_one_page_wide(data):
    ws = load_xlsx(make_form(data, "shifan-zhujianwei", "2024-06"))["牵头任务"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$5:$5"


def test_last_reported_state_is_shown(data):
    progress = data / "data" / "progress" / "2024-05"
    progress.mkdir(parents=True)
    (progress / "shifan-zhujianwei.yml").write_text(
        "unit: shifan-zhujianwei\nperiod: 2024-05\ntasks:\n  - task: shifan-2024-3\n    state: 进行中\n    percent: 40\n",
        encoding="utf-8")
    ws = load_xlsx(make_form(data, "shifan-zhujianwei", "2024-06"))["牵头任务"]
    assert ws[f"{columns(ws)['上期报送']}{task_rows(ws)['shifan-2024-3']}"].value == "进行中 40%（2024年5月）"


def test_all_writes_one_form_per_unit_with_tasks(data):
    result = run_cli("progress", "form", "--all", "--period", "2024-06", "-o", "forms", cwd=data)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (data / "forms").iterdir())
    # 各镇街 is a collective name (kind group): nobody could fill its form
    assert names == ["shifan-anweiban-2024-06.xlsx", "shifan-shichangjianguanju-2024-06.xlsx",
                     "shifan-yingjiju-2024-06.xlsx", "shifan-zhujianwei-2024-06.xlsx"]
    assert openpyxl.load_workbook(data / "forms" / "shifan-shichangjianguanju-2024-06.xlsx")["牵头任务"].max_row == 5


def test_making_forms_again_never_writes_over_a_filled_in_one(data):
    """Forms went out from forms/; one unit's came back filled and was saved under its name there. Making the
    period's forms again (after a plan changed) writes the blank ones anew but keeps the filled one, says so and
    exits 1; a single form is refused over a filled one or any other file too."""
    assert run_cli("progress", "form", "--all", "--period", "2024-06", "-o", "forms", cwd=data).returncode == 0
    filled = data / "forms" / "shifan-zhujianwei-2024-06.xlsx"
    wb = load_xlsx(filled)
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 本期进展="已排查燃气用户1.2万户")
    wb.save(filled)
    kept = filled.read_bytes()
    blank = data / "forms" / "shifan-yingjiju-2024-06.xlsx"
    blank_before = blank.stat().st_mtime_ns
    result = run_cli("progress", "form", "--all", "--period", "2024-06", "-o", "forms", cwd=data)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "forms/shifan-zhujianwei-2024-06.xlsx: 是已填写的进展表，没有覆盖" in result.stderr
    assert filled.read_bytes() == kept
    assert blank.stat().st_mtime_ns != blank_before  # the blank ones were made again
    assert "已生成 3 份" in result.stderr
    result = run_cli("progress", "form", "shifan-zhujianwei", "--period", "2024-06", "-o", str(filled), cwd=data)
    assert result.returncode == 1 and filled.read_bytes() == kept
    notes = data / "notes.xlsx"
    notes.write_bytes(b"not a workbook")
    result = run_cli("progress", "form", "shifan-zhujianwei", "--period", "2024-06", "-o", str(notes), cwd=data)
    assert result.returncode == 1 and notes.read_bytes() == b"not a workbook"
    assert "是已有的文件，不是空白的进展表，没有覆盖" in result.stderr


def test_form_options_and_unknown_unit(data):
    result = run_cli("progress", "form", "区住建委", "--period", "2024年6月", "--due", "2024-07-05", cwd=data)
    assert result.returncode == 0, result.stderr
    ws = openpyxl.load_workbook(data / "shifan-zhujianwei-2024-06.xlsx")["牵头任务"]
    assert ws["J2"].value == "报送截止日：2024年7月5日"
    result = run_cli("progress", "form", "no-such-unit", "--period", "2024-06", cwd=data)
    assert result.returncode == 1 and "找不到单位 no-such-unit" in result.stderr
    result = run_cli("progress", "form", "shifan-zhujianwei", "--period", "2024-13", cwd=data)
    assert result.returncode == 2 and "不是有效的报送期" in result.stderr



def test_a_form_named_into_a_folder_or_without_xlsx_goes_where_it_can_be_imported(data):
    """`-o forms` naming a folder for one unit's form was refused as "已有的文件"; now the form goes into the folder
    under its usual name. A name not ending in .xlsx (that progress import would refuse when the form came back) is
    refused before anything is written, and `--all -o` naming a file says that it wants a folder."""
    (data / "forms").mkdir()
    result = run_cli("progress", "form", "shifan-zhujianwei", "--period", "2024-06", "-o", "forms", cwd=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "forms/shifan-zhujianwei-2024-06.xlsx"
    assert (data / "forms" / "shifan-zhujianwei-2024-06.xlsx").is_file()
    result = run_cli("progress", "form", "shifan-zhujianwei", "--period", "2024-06", "-o", "住建委.csv", cwd=data)
    assert result.returncode == 1
    assert "住建委.csv: 进展表是 XLSX 表格，文件名应以 .xlsx 结尾" in result.stderr
    assert not (data / "住建委.csv").exists()
    result = run_cli("progress", "form", "--all", "--period", "2024-06", "-o", "forms/shifan-zhujianwei-2024-06.xlsx",
                     cwd=data)
    assert result.returncode == 1
    assert "forms/shifan-zhujianwei-2024-06.xlsx: 已有同名的文件，不是目录；--all 时 -o 应为放置全部表格的目录" in result.stderr



def test_a_control_character_in_a_task_title_no_longer_stops_the_form_and_the_form_imports(data):
    """A task title holding a control character copied in with its text (\x07): `progress form` died with openpyxl's
    IllegalCharacterError traceback. The form drops it from the cell, and the filled form comes back in."""
    plan = data / "data" / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("    title: 开展燃气隐患排查\n", '    title: "开展燃气\\a隐患排查"\n'), encoding="utf-8")
    assert '"开展燃气\\a隐患排查"' in plan.read_text(encoding="utf-8")
    form = make_form(data, "shifan-zhujianwei", "2024-06")
    wb = load_xlsx(form)
    lead = wb["牵头任务"]
    assert lead[f"{columns(lead)['任务']}{task_rows(lead)['shifan-2024-3']}"].value == "开展燃气隐患排查"
    fill(lead, "shifan-2024-3", 进展状态="进行中", 填报日期=dt.datetime(2024, 6, 20))
    fill(lead, "shifan-2024-4", 进展状态="未开始", 填报日期=dt.datetime(2024, 6, 20))
    wb.save(form)
    result = run_cli("progress", "import", form.name, cwd=data)
    assert result.returncode == 0, result.stdout



def test_a_task_title_opening_with_an_equals_sign_stays_text_in_the_form(data):
    """A title that opens with "=": the form's locked 任务 cell held a formula (#NAME? in Excel); it is text now, and
    the filled form still comes back in."""
    plan = data / "data" / "plans" / "shifan-2024.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("    title: 开展燃气隐患排查\n", "    title: '=开展燃气隐患排查'\n"),
                    encoding="utf-8")
    form = make_form(data, "shifan-zhujianwei", "2024-06")
    wb = load_xlsx(form)
    lead = wb["牵头任务"]
    title = lead[f"{columns(lead)['任务']}{task_rows(lead)['shifan-2024-3']}"]
    assert (title.value, title.data_type) == ("=开展燃气隐患排查", "s")
    fill(lead, "shifan-2024-3", 进展状态="进行中", 填报日期=dt.datetime(2024, 6, 20))
    fill(lead, "shifan-2024-4", 进展状态="未开始", 填报日期=dt.datetime(2024, 6, 20))
    wb.save(form)
    assert run_cli("progress", "import", form.name, cwd=data).returncode == 0


def test_libreoffice_converts_a_form_and_saves_one_that_still_imports(data, tmp_path):
    form = make_form(data, "shifan-zhujianwei", "2024-06")
    wb = load_xlsx(form)
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 完成百分比=60, 本期进展="已排查燃气用户1.2万户")
    fill(wb["牵头任务"], "shifan-2024-4", 进展状态="未开始")
    wb.save(form)
    out = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    for target in ("pdf", "xlsx"):
        result = subprocess.run(["libreoffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                                 "--outdir", str(out), str(form)], capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        assert "Error" not in result.stderr and "error" not in result.stdout.lower()
    pdf = out / f"{form.stem}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "重点任务落实推进情况表（2024年6月）" in text and "开展燃气隐患排查" in text
    assert "planportal-progress-form" not in text  # the hidden sheet is not printed
    # a form LibreOffice saved (as WPS or Excel would) reads back the same
    portal, _ = load(data / "data")
    reading = read(out / form.name, form.name, portal, Duties(portal), dt.date(2024, 6, 30))
    assert reading.problems == []
    assert [(e.task, e.state, e.percent) for e in reading.report.entries] == [
        ("shifan-2024-3", "进行中", 60), ("shifan-2024-4", "未开始", None)]

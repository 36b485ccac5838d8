"""The round trip of issue 14: forms out for two units, filled as a person would (every listed
mistake included), imported, the site rebuilt — and a second import changes nothing."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import openpyxl
import pytest

from conftest import build_site
from helpers import copy_portal, run_cli
from planportal import status, yamlsrc
from progress_forms import cell, columns, fill, load, make_form

PERIOD = "2024-12"
AS_OF = dt.date(2025, 1, 15)
DAY = dt.datetime(2024, 12, 20)


def fill_right(forms):
    """Both forms as they should be filled."""
    wb = load(forms / "zhujianwei.xlsx")
    lead, support = wb["牵头任务"], wb["配合任务"]
    fill(lead, "shifan-2024-3", 进展状态="进行中", 完成百分比=70, 本期进展="已排查燃气用户1.2万户",
         存在问题="老旧小区管道图纸缺失", 下步计划="1月完成复查", 填报人="张三", 填报日期=DAY)
    fill(lead, "shifan-2024-4", 进展状态="已完成", 完成百分比=100, 本期进展="老旧管道改造32公里全部完工",
         填报人="张三", 填报日期=DAY)
    fill(support, "shifan-2024-2", 进展状态="进行中", 完成百分比=60, 本期进展="配合修订住建领域权责清单", 填报人="张三",
         填报日期=DAY)
    wb.save(forms / "zhujianwei.xlsx")
    wb = load(forms / "yingjiju.xlsx")
    fill(wb["牵头任务"], "shifan-2024-2", 进展状态="进行中", 完成百分比=50, 本期进展="权责清单修订稿已征求意见",
         填报人="李四", 填报日期="2024-12-18")
    wb.save(forms / "yingjiju.xlsx")


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    root = tmp_path_factory.mktemp("roundtrip")
    copy_portal(root)
    forms = root / "forms"
    forms.mkdir()
    make_form(forms.parent, "shifan-zhujianwei", PERIOD, "forms/zhujianwei.xlsx")
    make_form(forms.parent, "shifan-yingjiju", PERIOD, "forms/yingjiju.xlsx")
    make_form(forms.parent, "shifan-yingjiju", "2024-11", "forms/yingjiju-november.xlsx")
    return root, forms


def test_every_mistake_is_named_by_its_cell_and_nothing_is_written(round_trip, tmp_path):
    root, forms = round_trip
    bad = tmp_path / "bad"
    bad.mkdir()
    wb = load(forms / "zhujianwei.xlsx")
    lead, support = wb["牵头任务"], wb["配合任务"]
    fill(lead, "shifan-2024-3", 进展状态="完成", 完成百分比=70, 填报日期=DAY)            # a state outside the list
    fill(lead, "shifan-2024-4", 进展状态="已完成", 完成百分比=90, 填报日期=DAY)          # 已完成 under 100
    fill(support, "shifan-2024-2", 进展状态="进行中", 完成百分比=120,                    # out of range
         填报日期=dt.datetime(2099, 1, 1))                                             # in the future
    fill(lead, "shifan-2024-3", 任务="开展燃气隐患排查整治")                              # a locked column edited
    lead.protection.sheet = False  # 撤销工作表保护, then two rows typed under the table
    cols = columns(lead)
    for row, task in ((8, "shifan-2024-99"), (9, "shifan-2024-1")):                    # unknown; another unit's
        lead[f"{cols['任务id']}{row}"] = task
        lead[f"{cols['进展状态']}{row}"] = "进行中"
    wb.save(bad / "zhujianwei.xlsx")
    wb = load(forms / "yingjiju-november.xlsx")                                       # a form of another period
    fill(wb["牵头任务"], "shifan-2024-2", 进展状态="进行中", 完成百分比=40)
    wb.save(bad / "yingjiju-november.xlsx")
    wb = load(forms / "yingjiju.xlsx")                                                # another unit's form, renamed
    fill(wb["牵头任务"], "shifan-2024-2", 进展状态="进行中", 完成百分比=40)
    wb["牵头任务"]["A2"] = "填报单位：示范区住房和城乡建设委员会"
    wb.save(bad / "yingjiju-as-zhujianwei.xlsx")
    (bad / "zhujianwei.csv").write_text("任务id,进展状态\nshifan-2024-3,进行中\n", encoding="utf-8")  # not XLSX
    (bad / "broken.xlsx").write_bytes((forms / "yingjiju.xlsx").read_bytes()[:2000])            # corrupt

    names = ["zhujianwei.xlsx", "yingjiju-november.xlsx", "yingjiju-as-zhujianwei.xlsx", "zhujianwei.csv", "broken.xlsx"]
    result = run_cli("progress", "import", *(f"{bad}/{n}" for n in names), "--period", PERIOD,
                     "--data", str(root / "data"), cwd=root)
    assert result.returncode == 1
    z, n, r = f"{bad}/zhujianwei.xlsx", f"{bad}/yingjiju-november.xlsx", f"{bad}/yingjiju-as-zhujianwei.xlsx"
    assert result.stdout.splitlines() == [
        f"{z}:{cell(lead, 'shifan-2024-3', '任务')}: “任务”是受保护的内容，不能修改（原为“开展燃气隐患排查”，现为“开展燃气隐患排查整治”）",
        f"{z}:{cell(lead, 'shifan-2024-3', '进展状态')}: 进展状态“完成”不在列表中，应为 未开始、进行中、已完成、已暂缓 之一",
        f"{z}:{cell(lead, 'shifan-2024-4', '完成百分比')}: 进展状态为已完成，完成百分比应为 100，实际为 90",
        f"{z}:牵头任务!A8: 未知的任务 id shifan-2024-99",
        f"{z}:牵头任务!A9: 示范区住房和城乡建设委员会不承担任务 shifan-2024-1（严格党政领导责任），不能填报",
        f"{z}:{cell(support, 'shifan-2024-2', '完成百分比')}: 完成百分比应在 0 到 100 之间，实际为 120",
        f"{z}:{cell(support, 'shifan-2024-2', '填报日期')}: 填报日期 2099-01-01 晚于今天（{status.today().isoformat()}）",
        f"{n}:牵头任务!F2: 这是 2024年11月 的进展表，不是本次导入的 2024年12月",
        f"{r}:牵头任务!A2: 表头的填报单位被改为“填报单位：示范区住房和城乡建设委员会”；这份表格属于：示范区应急管理局，请用本单位的表格填报",
        f"{bad}/zhujianwei.csv: 不是 XLSX 文件：请用 planportal progress form 生成的 .xlsx 表格填报，另存时选择 Excel 工作簿（.xlsx）",
        f"{bad}/broken.xlsx: 文件已损坏或不是 XLSX 表格，无法打开（BadZipFile）",
    ]
    for line in result.stdout.splitlines():  # FILE:SHEET!CELL: message, or FILE: message for a file as a whole
        assert re.match(r"^\S+?(\.xlsx:(牵头任务|配合任务)![A-M]\d+|\.(xlsx|csv)): ", line), line
    assert not (root / "data" / "progress").exists()


def test_a_form_whose_hidden_sheet_or_xml_is_damaged_is_refused_with_a_message(round_trip, tmp_path):
    """The hidden planportal sheet retyped (a cell address overwritten, a row count made text), or the workbook's XML
    holding a character reference no XML allows: each form refused in one line, no traceback, nothing written."""
    root, forms = round_trip
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, (row, col, value) in {"address.xlsx": (8, 2, "进行中"), "count.xlsx": (5, 4, "六")}.items():
        wb = load(forms / "yingjiju.xlsx")
        fill(wb["牵头任务"], "shifan-2024-2", 进展状态="进行中", 完成百分比=40)
        wb["planportal"].cell(row, col).value = value
        wb.save(bad / name)
    with zipfile.ZipFile(forms / "yingjiju.xlsx") as src, zipfile.ZipFile(bad / "xml.xlsx", "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'<row r="99"><c r="A99" t="inlineStr"><is><t>&#1;</t></is></c></row></sheetData>')
            out.writestr(item, data)
    result = run_cli("progress", "import", *(f"{bad}/{n}" for n in ("address.xlsx", "count.xlsx", "xml.xlsx")),
                     "--data", str(root / "data"), cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    damaged = "隐藏的 planportal 工作表被改动过，无法核对这份表格：请用 planportal progress form 重新生成后填报"
    assert result.stdout.splitlines() == [f"{bad}/address.xlsx: {damaged}", f"{bad}/count.xlsx: {damaged}",
                                          f"{bad}/xml.xlsx: 文件已损坏或不是 XLSX 表格，无法打开（ParseError）"]
    assert not (root / "data" / "progress").exists()


def test_a_blank_form_and_an_unreported_lead_task_are_named(round_trip, tmp_path):
    root, forms = round_trip
    result = run_cli("progress", "import", str(forms / "yingjiju.xlsx"), "--data", str(root / "data"), cwd=root)
    assert result.returncode == 1
    assert result.stdout.strip() == f"{forms}/yingjiju.xlsx:牵头任务!G6: 表格没有填写任何进展"
    wb = load(forms / "zhujianwei.xlsx")
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中")
    wb.save(tmp_path / "half.xlsx")
    result = run_cli("progress", "import", str(tmp_path / "half.xlsx"), "--data", str(root / "data"), cwd=root)
    assert result.stdout.strip() == (f"{tmp_path}/half.xlsx:{cell(wb['牵头任务'], 'shifan-2024-4', '进展状态')}: "
                                     "未填写进展状态（牵头任务须逐项填报）")


@pytest.fixture(scope="module")
def imported(round_trip, tmp_path_factory):
    root, forms = round_trip
    fill_right(forms)
    result = run_cli("progress", "import", "forms/zhujianwei.xlsx", "forms/yingjiju.xlsx", "--period", PERIOD, cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    return root, forms


def test_import_writes_one_file_per_unit_and_check_passes(imported):
    root, _ = imported
    text = (root / "data" / "progress" / PERIOD / "shifan-zhujianwei.yml").read_text(encoding="utf-8")
    assert text == (
        "unit: shifan-zhujianwei\nperiod: 2024-12\ntasks:\n"
        "  - task: shifan-2024-3\n    state: 进行中\n    percent: 70\n    progress: 已排查燃气用户1.2万户\n"
        "    problems: 老旧小区管道图纸缺失\n    next_steps: 1月完成复查\n    reporter: 张三\n    date: 2024-12-20\n"
        "  - task: shifan-2024-4\n    state: 已完成\n    percent: 100\n    progress: 老旧管道改造32公里全部完工\n"
        "    reporter: 张三\n    date: 2024-12-20\n"
        "  - task: shifan-2024-2\n    state: 进行中\n    percent: 60\n    progress: 配合修订住建领域权责清单\n"
        "    reporter: 张三\n    date: 2024-12-20\n")
    assert (root / "data" / "progress" / PERIOD / "shifan-yingjiju.yml").is_file()
    result = run_cli("check", cwd=root)
    assert result.returncode == 0, result.stdout


@pytest.fixture(scope="module")
def site(imported, tmp_path_factory):
    root, _ = imported
    return build_site(root / "data", tmp_path_factory.mktemp("roundtrip-site") / "site", AS_OF)


def test_pages_show_the_reported_states(site):
    gas = site.html("tasks/shifan-2024-3/")
    assert re.search(r'<h1>.*pp-status--overdue[^>]*>逾期</span></span></h1>', gas)  # 进行中 and past 2024-06-30
    assert "<strong>进行中</strong>，完成 70%" in gas and "老旧小区管道图纸缺失" in gas
    assert 'pp-status--done">已完成' in site.html("tasks/shifan-2024-4/")
    duty = site.html("tasks/shifan-2024-2/")
    history = duty[duty.index('class="pp-table pp-history"'):]
    rows = re.findall(r'<tr data-period="([^"]+)">', history)
    assert rows == ["2024-12", "2024-12", "published"]  # both units' rows, then the plan's own note
    assert "示范区应急管理局</a><span class=\"pp-written\">（牵头）" in history
    assert "示范区住房和城乡建设委员会</a><span class=\"pp-written\">（配合）" in history
    assert "<strong>进行中</strong>，完成 50%" in duty  # the lead's row sets the state, not the supporter's
    plan = site.html("plans/shifan-2024/")
    assert '<tr data-task="shifan-2024-3" data-status="overdue"' in plan  # the matrix
    assert "pp-tl--overdue" in plan  # the timeline
    assert re.search(r"未报送</span> <a href=\"../../units/shifan-anweiban/\">示范区安全生产委员会办公室</a>", plan)
    assert "已报送</span>（2024年12月20日填报）" in site.html("units/shifan-zhujianwei/")
    assert "pp-roll__state--missing\">未报送" in site.html("units/shifan-anweiban/")


def test_the_period_page_sums_up_the_period(site):
    html = site.html(f"progress/{PERIOD}/")
    assert "重点任务落实推进情况通报（2024年12月）" in html
    assert re.sub(r"<[^>]+>", "", html).count("本期应报送单位 3 个，已报送 2 个，未报送 1 个。已报送的 3 项任务中，"
                                              "已完成 1 项，进行中 1 项，未开始 0 项，已暂缓 0 项，逾期 1 项。") == 1
    start = html.index('<svg xmlns="http://www.w3.org/2000/svg" class="pp-bars"')
    chart = html[start:html.index("</svg>", start)]
    rows = re.split(r'<g class="pp-bars__row" data-unit="', chart)[1:]
    segments = {row.split('"')[0]: dict(re.findall(r'data-state="([^"]+)" data-count="(\d+)"', row)) for row in rows}
    assert segments == {"shifan-yingjiju": {"in-progress": "1"},
                        "shifan-zhujianwei": {"done": "1", "overdue": "1"}}
    overdue = html[html.index('id="pp-overdue"'):html.index('id="pp-missing"')]
    assert re.findall(r'data-task-id="([^"]+)"', overdue) == ["shifan-2024-3"]
    missing = html[html.index('id="pp-missing"'):html.index('id="pp-notes"')]
    assert re.findall(r'<li data-unit="([^"]+)">', missing) == ["shifan-anweiban"]
    notes = html[html.index('id="pp-notes"'):]
    assert "老旧管道改造32公里全部完工" in notes and "老旧小区管道图纸缺失" in notes
    assert "示例数据" not in html  # real records are not marked


def test_the_period_summary_downloads_as_xlsx(site, check_links):
    wb = openpyxl.load_workbook(site.root / "progress" / f"{PERIOD}.xlsx")
    assert wb.sheetnames == ["概况", "各单位", "逾期任务", "未报送单位", "报送明细"]
    units = [[c.value for c in row] for row in wb["各单位"].iter_rows(min_row=2)]
    assert [(r[0], r[2], r[3], r[7]) for r in units] == [("示范区应急管理局", 1, 0, 0), ("示范区住房和城乡建设委员会", 2, 1, 1)]
    assert [r[0].value for r in wb["逾期任务"].iter_rows(min_row=2)] == ["shifan-2024-3"]
    assert [r[0].value for r in wb["未报送单位"].iter_rows(min_row=2)] == ["示范区安全生产委员会办公室"]
    assert wb["报送明细"].max_row == 1 + 4
    assert check_links(site.root) == []


def test_a_second_import_changes_nothing_without_replace(imported, tmp_path):
    root, forms = imported
    target = root / "data" / "progress" / PERIOD / "shifan-zhujianwei.yml"
    before = target.read_bytes()
    again = run_cli("progress", "import", "forms/zhujianwei.xlsx", "forms/yingjiju.xlsx", cwd=root)
    assert again.returncode == 0 and again.stdout == ""
    assert "与已导入的 data/progress/2024-12/shifan-zhujianwei.yml 相同，未改变" in again.stderr
    assert target.read_bytes() == before

    wb = load(forms / "zhujianwei.xlsx")
    row_cell = cell(wb["牵头任务"], "shifan-2024-3", "完成百分比")
    fill(wb["牵头任务"], "shifan-2024-3", 完成百分比=80)
    wb.save(tmp_path / "zhujianwei-v2.xlsx")
    changed = run_cli("progress", "import", str(tmp_path / "zhujianwei-v2.xlsx"), cwd=root)
    assert changed.returncode == 1
    assert changed.stdout.strip() == (f"{tmp_path}/zhujianwei-v2.xlsx:{row_cell}: "
                                      "与已导入的记录不同：任务 shifan-2024-3 的完成百分比：70 → 80")
    assert "未写入；确认以本表为准请加 --replace 重新导入" in changed.stderr
    assert target.read_bytes() == before

    replaced = run_cli("progress", "import", str(tmp_path / "zhujianwei-v2.xlsx"), "--replace", cwd=root)
    assert replaced.returncode == 0, replaced.stdout
    assert "percent: 80" in target.read_text(encoding="utf-8")
    target.write_bytes(before)  # leave the module's data as the other tests expect


def test_a_form_made_before_the_plan_was_imported_again_is_refused_where_its_tasks_moved(round_trip, tmp_path):
    """The form went out; the plan was imported again and an item added above moved the numbers: the form's
    shifan-2024-3 row is now another task's id, its shifan-2024-4 row names no task. Both rows are refused at
    their task cell (what the form said, what the id names now); nothing is written."""
    root, forms = round_trip
    data = tmp_path / "data"
    copy_portal(tmp_path)
    wb = load(forms / "zhujianwei.xlsx")
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 完成百分比=70, 填报人="张三", 填报日期=DAY)
    fill(wb["牵头任务"], "shifan-2024-4", 进展状态="已完成", 完成百分比=100, 填报人="张三", 填报日期=DAY)
    wb.save(tmp_path / "zhujianwei.xlsx")
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    assert "title: 开展燃气隐患排查" in text and "id: shifan-2024-4\n" in text
    plan.write_text(text.replace("title: 开展燃气隐患排查", "title: 开展城镇燃气管网普查")
                    .replace("id: shifan-2024-4\n", "id: shifan-2024-5\n"), encoding="utf-8")
    result = run_cli("progress", "import", str(tmp_path / "zhujianwei.xlsx"), "--period", PERIOD,
                     "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lead = wb["牵头任务"]
    assert result.stdout.splitlines() == [
        f"{tmp_path}/zhujianwei.xlsx:{cell(lead, 'shifan-2024-3', '任务id')}: 表格发出后任务 shifan-2024-3 已是另一项任务"
        "（表中为“开展燃气隐患排查”，现为“开展城镇燃气管网普查”），请用新生成的进展表填报这一项",
        f"{tmp_path}/zhujianwei.xlsx:{cell(lead, 'shifan-2024-4', '任务id')}: 任务 shifan-2024-4 已不在方案数据中"
        "（表格发出后方案重新导入过），请用新生成的进展表填报这一项"]
    assert not (data / "progress" / PERIOD).exists()


def _imported_once(tmp_path, **support):
    """shifan-zhujianwei's form of PERIOD, filled and imported, in a portal of its own; returns the form."""
    copy_portal(tmp_path)
    form = make_form(tmp_path, "shifan-zhujianwei", PERIOD, "form.xlsx")
    wb = load(form)
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 填报人="张三", 填报日期=DAY)
    fill(wb["牵头任务"], "shifan-2024-4", 进展状态="未开始", 填报人="张三", 填报日期=DAY)
    if support:
        fill(wb["配合任务"], "shifan-2024-2", **support)
    wb.save(tmp_path / "first.xlsx")
    assert run_cli("progress", "import", "first.xlsx", cwd=tmp_path).returncode == 0
    return form


def test_replace_says_each_thing_it_replaces_before_it_writes(tmp_path):
    """The unit sends its form again without the 配合任务 row it had reported: `--replace` used to write the
    second form over the first without a word, the support row gone. Now each difference is printed at its
    cell first, and the closing line counts them."""
    form = _imported_once(tmp_path, 进展状态="进行中", 完成百分比=60, 本期进展="配合修订住建领域权责清单", 填报日期=DAY)
    wb = load(form)
    lead = wb["牵头任务"]
    fill(lead, "shifan-2024-3", 进展状态="进行中", 完成百分比=40, 填报人="张三", 填报日期=DAY)
    fill(lead, "shifan-2024-4", 进展状态="未开始", 填报人="张三", 填报日期=DAY)
    wb.save(tmp_path / "again.xlsx")
    result = run_cli("progress", "import", "again.xlsx", "--replace", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert f"again.xlsx:{cell(lead, 'shifan-2024-3', '完成百分比')}: 替换已导入的记录：任务 shifan-2024-3 的完成百分比：（空） → 40" \
        in result.stderr
    assert "again.xlsx: 替换已导入的记录：任务 shifan-2024-2：本次未填报（已导入的记录中有）" in result.stderr
    assert "（2 项任务，替换了已导入记录中的 2 处不同）" in result.stderr
    assert "shifan-2024-2" not in (tmp_path / "data" / "progress" / PERIOD / "shifan-zhujianwei.yml").read_text(encoding="utf-8")


def test_a_percentage_of_0_typed_where_the_first_form_left_it_empty_is_a_difference(tmp_path):
    """完成百分比 0 typed into the form sent again was taken for the empty cell of the first: "相同，未改变",
    and the 0 never reached the data."""
    form = _imported_once(tmp_path)
    target = tmp_path / "data" / "progress" / PERIOD / "shifan-zhujianwei.yml"
    before = target.read_bytes()
    wb = load(form)
    lead = wb["牵头任务"]
    fill(lead, "shifan-2024-3", 进展状态="进行中", 填报人="张三", 填报日期=DAY)
    fill(lead, "shifan-2024-4", 进展状态="未开始", 完成百分比=0, 填报人="张三", 填报日期=DAY)
    wb.save(tmp_path / "again.xlsx")
    result = run_cli("progress", "import", "again.xlsx", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"again.xlsx:{cell(lead, 'shifan-2024-4', '完成百分比')}: 与已导入的记录不同：任务 shifan-2024-4 的完成百分比：（空） → 0"]
    assert target.read_bytes() == before
    assert run_cli("progress", "import", "again.xlsx", "--replace", cwd=tmp_path).returncode == 0
    assert "percent: 0" in target.read_text(encoding="utf-8")


def test_a_missing_form_or_a_folder_is_named_as_such_not_as_a_damaged_file(tmp_path):
    copy_portal(tmp_path)
    (tmp_path / "returned.xlsx").mkdir()
    result = run_cli("progress", "import", "typo.xlsx", "returned.xlsx", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["typo.xlsx: 文件不存在", "returned.xlsx: 是目录，不是普通文件"]


def test_a_form_dated_today_in_china_imports_on_a_machine_whose_day_is_still_yesterday(tmp_path):
    """填报日期 typed as the unit's today in China, imported on a server whose clock zone is behind (UTC-12 here, UTC
    in the Chinese morning): refused as 晚于今天 until the import counted the portal's day (Asia/Shanghai)."""
    import os
    import subprocess
    import sys

    copy_portal(tmp_path)
    china_today = status.today()
    period = china_today.strftime("%Y-%m")
    form = make_form(tmp_path, "shifan-yingjiju", period, "form.xlsx")
    wb = load(form)
    fill(wb["牵头任务"], "shifan-2024-2", 进展状态="进行中", 完成百分比=50, 填报人="李四",
         填报日期=dt.datetime.combine(china_today, dt.time()))
    wb.save(form)
    result = subprocess.run([sys.executable, "-m", "planportal.cli", "progress", "import", "form.xlsx"], cwd=tmp_path,
                            capture_output=True, text=True, encoding="utf-8", env={**os.environ, "TZ": "Etc/GMT+12"})
    assert result.returncode == 0, result.stdout
    assert f"date: {china_today.isoformat()}" in (tmp_path / "data" / "progress" / period / "shifan-yingjiju.yml").read_text(
        encoding="utf-8")


def test_a_sheet_the_unit_added_to_its_form_is_named_not_left_behind(tmp_path):
    """The unit adds a sheet 补充说明 to its form and writes two more items of progress there: the import read only the
    form's own sheets and wrote the report without them, without a word. Now the form is refused at the first cell
    written in the added sheet; an added sheet left empty is no problem. Making the period's form again over that
    file keeps it, as a filled-in form."""
    copy_portal(tmp_path)
    form = make_form(tmp_path, "shifan-zhujianwei", PERIOD, "form.xlsx")
    wb = load(form)
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 填报日期=DAY)
    fill(wb["牵头任务"], "shifan-2024-4", 进展状态="未开始", 填报日期=DAY)
    wb.create_sheet("空白页")
    wb.create_sheet("补充说明")["B3"] = "另有两项工作：老旧小区燃气管道图纸已补测一半"
    wb.save(tmp_path / "returned.xlsx")
    result = run_cli("progress", "import", "returned.xlsx", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "returned.xlsx:补充说明!B3: 工作表 补充说明 不是进展表的一部分，其中的内容不会导入：请把进展填在牵头任务、配合任务中，"
        "或删去这张工作表后再导入"]
    assert not (tmp_path / "data" / "progress").exists()
    blank = load(form)
    blank.create_sheet("补充说明")["A1"] = "本单位联系人：王五"
    blank.save(form)
    kept = form.read_bytes()
    again = run_cli("progress", "form", "shifan-zhujianwei", "--period", PERIOD, "-o", "form.xlsx", cwd=tmp_path)
    assert again.returncode == 1 and "form.xlsx: 是已填写的进展表，没有覆盖" in again.stderr
    assert form.read_bytes() == kept


def test_a_note_written_right_of_the_table_is_named_not_left_behind(tmp_path):
    """The sheet's protection taken off, a unit writes 备注 in a column of its own right of the table: the import read
    only the form's columns and dropped the note without a word. Now the form is refused at that cell."""
    copy_portal(tmp_path)
    form = make_form(tmp_path, "shifan-zhujianwei", PERIOD, "form.xlsx")
    wb = load(form)
    lead = wb["牵头任务"]
    row = fill(lead, "shifan-2024-3", 进展状态="进行中", 填报日期=DAY)
    fill(lead, "shifan-2024-4", 进展状态="未开始", 填报日期=DAY)
    lead.protection.sheet = False
    lead[f"N{row}"] = "备注：已报区政府，待批复"
    wb.save(tmp_path / "returned.xlsx")
    result = run_cli("progress", "import", "returned.xlsx", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"returned.xlsx:牵头任务!N{row}: 这一格在表格之外，其中的内容不会导入：请写在本行的本期进展、存在问题、下步计划中"]
    assert not (tmp_path / "data" / "progress").exists()


def test_rows_sorted_or_deleted_are_told_once_a_row_and_nothing_is_written(tmp_path):
    """The sheet's protection taken off, the unit sorts its rows (or deletes one): each moved row was told as four
    edits of protected cells (任务id, 编号, 任务, 完成期限). Now each row says once, at its task id, that the rows were
    moved and what the row held; nothing is written."""
    copy_portal(tmp_path)
    form = make_form(tmp_path, "shifan-zhujianwei", PERIOD, "form.xlsx")
    wb = load(form)
    lead = wb["牵头任务"]
    fill(lead, "shifan-2024-3", 进展状态="进行中", 填报日期=DAY)
    fill(lead, "shifan-2024-4", 进展状态="未开始", 填报日期=DAY)
    first, second = ([c.value for c in lead[r]] for r in (6, 7))
    for c, v in zip(lead[6], second):
        c.value = v
    for c, v in zip(lead[7], first):
        c.value = v
    wb.save(tmp_path / "sorted.xlsx")
    wb = load(form)
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 填报日期=DAY)
    fill(wb["牵头任务"], "shifan-2024-4", 进展状态="未开始", 填报日期=DAY)
    wb["牵头任务"].delete_rows(6)
    wb.save(tmp_path / "deleted.xlsx")
    result = run_cli("progress", "import", "sorted.xlsx", "deleted.xlsx", cwd=tmp_path)
    assert result.returncode == 1
    moved = "：表格的行被删除、插入或重新排序过，请用原表按原来的行填写（任务所在的列是受保护的）"
    assert result.stdout.splitlines() == [
        f"sorted.xlsx:牵头任务!A6: 这一行原是任务 shifan-2024-3，现在是任务 shifan-2024-4{moved}",
        f"sorted.xlsx:牵头任务!A7: 这一行原是任务 shifan-2024-4，现在是任务 shifan-2024-3{moved}",
        f"deleted.xlsx:牵头任务!A6: 这一行原是任务 shifan-2024-3，现在是任务 shifan-2024-4{moved}",
        f"deleted.xlsx:牵头任务!A7: 这一行原是任务 shifan-2024-4，现在是空行{moved}",
        "deleted.xlsx:牵头任务!G7: 未填写进展状态（牵头任务须逐项填报）",
    ]
    assert not (tmp_path / "data" / "progress").exists()


GAS_PLAN = """\
id: shifan-2024-gas
title: 示范区燃气安全专项整治方案
kind: plan
jurisdiction: 示范区
source:
  file: demo.txt
  line: 7
tasks:
  - id: shifan-2024-gas-1
    title: 推进瓶装液化气整治
    text: 推进瓶装液化气整治。(区住建委负责)
    line: 8
    lead:
      - {unit: shifan-zhujianwei, written: 区住建委}
"""


def test_forms_of_two_plans_for_one_unit_and_period_both_come_in(tmp_path):
    """区住建委 reports two plans on two forms (`progress form --plan`). The second form's import took the first's
    rows for "本次未填报" and refused without --replace, and with --replace dropped them; both forms in one import
    refused the second as "同一单位同一报送期". Now each form replaces only the tasks it lists: the second adds its
    rows and keeps the first's, without --replace; a changed value is still refused without it."""
    data = copy_portal(tmp_path)
    (data / "plans" / "shifan-2024-gas.yml").write_text(GAS_PLAN, encoding="utf-8")
    for plan, name in (("shifan-2024", "main.xlsx"), ("shifan-2024-gas", "gas.xlsx")):
        result = run_cli("progress", "form", "shifan-zhujianwei", "--period", PERIOD, "--plan", plan, "-o", name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    wb = load(tmp_path / "main.xlsx")
    fill(wb["牵头任务"], "shifan-2024-3", 进展状态="进行中", 完成百分比=70, 填报日期=DAY)
    fill(wb["牵头任务"], "shifan-2024-4", 进展状态="未开始", 填报日期=DAY)
    wb.save(tmp_path / "main.xlsx")
    wb = load(tmp_path / "gas.xlsx")
    fill(wb["牵头任务"], "shifan-2024-gas-1", 进展状态="进行中", 完成百分比=30, 填报日期=DAY)
    wb.save(tmp_path / "gas.xlsx")
    target = data / "progress" / PERIOD / "shifan-zhujianwei.yml"

    assert run_cli("progress", "import", "main.xlsx", cwd=tmp_path).returncode == 0
    second = run_cli("progress", "import", "gas.xlsx", cwd=tmp_path)
    assert second.returncode == 0, second.stdout
    assert "gas.xlsx → data/progress/2024-12/shifan-zhujianwei.yml（加入 1 项任务的进展，已导入的 2 项不变）" in second.stderr
    assert sorted(row["task"] for row in yamlsrc.load(target, "t")[0].data["tasks"]) == [
        "shifan-2024-3", "shifan-2024-4", "shifan-2024-gas-1"]
    assert run_cli("check", cwd=tmp_path).returncode == 0
    again = run_cli("progress", "import", "main.xlsx", "gas.xlsx", cwd=tmp_path)
    assert again.returncode == 0 and again.stderr.count("相同，未改变") == 2

    target.unlink()
    together = run_cli("progress", "import", "main.xlsx", "gas.xlsx", cwd=tmp_path)
    assert together.returncode == 0, together.stdout
    assert len(yamlsrc.load(target, "t")[0].data["tasks"]) == 3

    wb = load(tmp_path / "gas.xlsx")
    fill(wb["牵头任务"], "shifan-2024-gas-1", 完成百分比=40)
    wb.save(tmp_path / "gas-v2.xlsx")
    changed = run_cli("progress", "import", "gas-v2.xlsx", cwd=tmp_path)
    assert changed.returncode == 1
    assert "与已导入的记录不同：任务 shifan-2024-gas-1 的完成百分比：30 → 40" in changed.stdout
    assert run_cli("progress", "import", "gas-v2.xlsx", "--replace", cwd=tmp_path).returncode == 0
    rows = {row["task"]: row for row in yamlsrc.load(target, "t")[0].data["tasks"]}
    assert sorted(rows) == ["shifan-2024-3", "shifan-2024-4", "shifan-2024-gas-1"]
    assert rows["shifan-2024-gas-1"]["percent"] == 40 and rows["shifan-2024-3"]["percent"] == 70


def test_a_real_form_takes_the_place_of_an_example_record_the_same_or_not(tmp_path):
    """The repository ships example progress records (shown as 示例数据). A unit's real form over one
    that read the same was "相同，未改变" and left the record marked as an example, so the real report
    was shown as 示例数据; one that differed needed --replace. The real report now takes the example's
    place either way, and says so."""
    _imported_once(tmp_path)
    target = tmp_path / "data" / "progress" / PERIOD / "shifan-zhujianwei.yml"
    real = target.read_text(encoding="utf-8")
    for example in (real, real.replace("进行中", "已完成", 1)):  # the same report, and another
        target.write_text(example.replace("\ntasks:", "\nexample: true\ntasks:", 1), encoding="utf-8")
        result = run_cli("progress", "import", "first.xlsx", cwd=tmp_path)
        assert result.returncode == 0, result.stdout
        assert "替换了示例记录" in result.stderr
        assert target.read_text(encoding="utf-8") == real  # no longer an example
    result = run_cli("progress", "import", "first.xlsx", cwd=tmp_path)
    assert result.returncode == 0 and "相同，未改变" in result.stderr

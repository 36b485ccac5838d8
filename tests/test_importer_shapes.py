"""The importer on texts it has never seen: composed texts in the shapes real plans take
(another place's 工作要点, a 任务分工方案 table, a 进展情况 table, a traditional-character page),
and the pieces (deadlines, unit lists, unit resolution) on their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from planportal.importer import command, deadlines, import_texts, roles
from planportal.importer.names import split_units
from planportal.importer.text import strip_glosses
from planportal.importer.units import Registry
from planportal.loader import load
from planportal.problems import errors

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"


def imported(*names: str, existing=None):
    texts = [(n, (FIXTURES / n).read_text(encoding="utf-8")) for n in names]
    return import_texts(texts, existing)


def only_plan(result):
    assert len(result.plans) == 1
    return result.plans[0]


def refs(task, role):
    return [r["written"] for r in task.get(role, [])]


def dl(task):
    return [(d["text"], d["kind"], d["date"]) for d in task.get("deadlines", [])]


def test_work_points_with_trailing_role_clauses():
    result = imported("workpoints_lishui.txt")
    plan = only_plan(result)
    assert plan["kind"] == "work-points" and plan["jurisdiction"] == "莲都区" and plan["period"] == "2025年"
    assert plan["published"] == dt.date(2025, 3, 10)
    tasks = plan["tasks"]
    assert [t["number"] for t in tasks] == ["1、", "2、", "3、", "4、", "5、"]  # 保障措施 are not tasks
    t1, t2, t3, t4, t5 = tasks
    assert refs(t1, "lead") == ["区安委办"] and refs(t1, "support") == ["区委编办"]
    assert dl(t1) == [("6月底前", "by", dt.date(2025, 6, 30))]  # year from the plan
    assert refs(t2, "lead") == ["区安委办"] and refs(t2, "implement") == ["各镇街"]
    assert dl(t2) == [("每季度", "recurring", None), ("年底前", "by", dt.date(2025, 12, 31))]  # year from the plan
    assert refs(t3, "supervise") == ["区应急局"] and refs(t3, "support") == ["区市场监管局", "区住建局", "有关部门"]
    assert refs(t3, "implement") == ["各镇人民政府", "各街道办事处"]  # 各 shared, as a reader means it
    assert dl(t4) == [("2025年9月底前", "by", dt.date(2025, 9, 30)), ("长期坚持", "ongoing", None)]
    assert refs(t5, "support") == ["区应急局", "各镇(街道、开发区)"]
    # abbreviations and full names are one unit of 莲都区
    ids = {r["written"]: r["unit"] for t in tasks for role in ("lead", "support", "supervise") for r in t.get(role, [])}
    assert ids["区应急局"] == ids["区应急管理局"]
    assert ids["区住建局"] == ids["区住房和城乡建设局"]
    unit = next(u for u in result.units if u["id"] == ids["区应急局"])
    assert unit["name"] == "莲都区应急管理局" and unit["jurisdiction"] == "莲都区"
    assert {"区应急局", "区应急管理局"} <= set(unit["aliases"])


def test_division_table_with_columns_and_a_merged_cell():
    plan = only_plan(imported("division_table.txt"))
    assert plan["kind"] == "task-list" and plan["doc_number"] == "东江府办〔2024〕8号"
    assert plan["issuer"] == "东江县人民政府办公室" and plan["written"] == dt.date(2024, 2, 20)
    rows = plan["tasks"]
    assert [t["number"] for t in rows] == ["1", "2", "3", "4", "5"] and rows[0]["line"] == 6
    assert refs(rows[1], "lead") == ["县住建局"] and refs(rows[1], "support") == ["县市场监管局", "县消防救援大队"]
    assert dl(rows[0]) == [("2024年3月底前", "by", dt.date(2024, 3, 31))]
    # a 配合单位 cell written empty is empty: the row above's 县市场监管局 leads this row itself
    assert refs(rows[2], "support") == [] and "inferred" not in rows[2]
    assert dl(rows[3]) == [("长期坚持", "ongoing", None)] and dl(rows[4]) == [("每季度", "recurring", None)]
    assert "inferred" not in rows[3]


def test_progress_table_gives_status():
    plan = only_plan(imported("progress_table.txt"))
    rows = plan["tasks"]
    assert [t["status"]["state"] for t in rows] == ["已完成", "进行中", "进行中", "未开始"]
    assert rows[0]["status"]["note"] == "已完成，共评估企业42家"
    assert dl(rows[0]) == [("2024年6月", "by", dt.date(2024, 6, 30))]
    assert refs(rows[1], "units") == ["市消防救援支队", "市住建局"]


def test_traditional_page_with_pinyin_glosses():
    result = imported("traditional_fuzhou.txt")
    plan = only_plan(result)
    assert plan["title"] == "福州市扎實推進安全生產治本攻堅三年行動"  # glosses out, characters as published
    assert [g["title"] for g in plan["groups"]] == ["壓實責任鏈條", "整治重大隱患"]
    assert len(plan["tasks"]) == 4 and plan["tasks"][0]["title"] == "強化黨政領導責任"
    assert dl(plan["tasks"][0]) == [("每季度", "recurring", None), ("2024年底前", "by", dt.date(2024, 12, 31))]
    assert any(p.line == 15 and "U+E5DD" in p.message and p.severity == "warning" for p in result.problems)
    assert any("私用区字符: 第 15 行 U+E5DD" in line for line in result.report)


def test_composed_texts_pass_check(tmp_path):
    data = tmp_path / "data"
    assert command(sorted(FIXTURES.glob("*.txt")), data) == 0
    portal, problems = load(data)
    assert not errors(problems), "\n".join(map(str, problems))
    # 16 plans: the 临江 notice names its plan without 《》 and bundles it
    assert len(portal.plans) == 16 and sum(len(p.tasks) for p in portal.plans) == 48


def test_import_merges_into_existing_registry(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "units.yml").write_text(
        "units:\n  - id: lsq-yjj\n    name: 莲都区应急管理局\n    jurisdiction: 莲都区\n    kind: department\n"
        "  - id: other-unit\n    name: 某县某局\n    jurisdiction: 某县\n    kind: department\n",
        encoding="utf-8",
    )
    assert command([FIXTURES / "workpoints_lishui.txt"], data) == 0
    units = {u["id"]: u for u in yaml.safe_load((data / "units.yml").read_text(encoding="utf-8"))["units"]}
    assert "other-unit" in units and "区应急局" in units["lsq-yjj"]["aliases"]
    plan = yaml.safe_load(next((data / "plans").glob("*.yml")).read_text(encoding="utf-8"))
    assert plan["tasks"][2]["supervise"] == [{"unit": "lsq-yjj", "written": "区应急局"}]


def test_bad_input_is_reported_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("第一行\n第二行\xff\n".encode("utf-8")[:-2] + b"\xff\n")
    assert command([bad], tmp_path / "data") == 1
    err = capsys.readouterr().err
    assert f"{bad}:2: " in err and "UTF-8" in err
    assert not (tmp_path / "data").exists()
    assert command([tmp_path / "missing.txt"], tmp_path / "data") == 1
    assert "missing.txt:1: 文件不存在" in capsys.readouterr().err


# ---------------------------------------------------------------- the pieces


@pytest.mark.parametrize("cell,expected", [
    ("2024年底前", [("2024年底前", "by", dt.date(2024, 12, 31))]),
    ("2025年6月", [("2025年6月", "by", dt.date(2025, 6, 30))]),
    ("2024年", [("2024年", "year", dt.date(2024, 12, 31))]),
    ("长期坚持", [("长期坚持", "ongoing", None)]),
    ("持续推进", [("持续推进", "ongoing", None)]),
    ("每季度", [("每季度", "recurring", None)]),
    ("2024年底前完成，长期坚持", [("2024年底前", "by", dt.date(2024, 12, 31)), ("长期坚持", "ongoing", None)]),
    ("2024年6月30日前", [("2024年6月30日前", "date", dt.date(2024, 6, 30))]),
])
def test_deadline_cells(cell, expected):
    assert [(d["text"], d["kind"], d["date"]) for d in deadlines.in_cell(cell)] == expected


def test_month_deadline_takes_a_year_written_before_it_or_none():
    assert deadlines.in_text("2024年起步，6月底前完成")[-1]["date"] == dt.date(2024, 6, 30)
    assert deadlines.in_text("6月底前完成")[0]["date"] is None
    assert deadlines.in_text("确保2024年各项任务落实到位") == []  # a bare year in prose is not a deadline


def test_unit_lists():
    assert roles.split_units("乡镇(街道、管委会、场、库)、市应急局") == ["乡镇(街道、管委会、场、库)", "市应急局"]
    assert roles.split_units("各市党委、政府，雄安新区党工委、管委会") == ["各市党委、政府", "雄安新区党工委、管委会"]
    assert roles.split_units("市公安局、市交通局等有关部门") == ["市公安局", "市交通局", "有关部门"]
    assert roles.extract("推进整治。(责任单位：市应急局、市住建局)") == {"units": ["市应急局", "市住建局"]}
    assert roles.extract("推进整治。牵头单位：市应急局；配合单位：市住建局") == {"lead": ["市应急局"], "support": ["市住建局"]}
    assert roles.extract("推进整治。市应急管理局牵头，市直有关部门配合") == {"lead": ["市应急管理局"], "support": ["市直有关部门"]}
    assert roles.extract("加强宣传，营造良好氛围。") == {}


def test_units_resolve_inside_their_jurisdiction():
    registry = Registry()
    names = {("区应急局", "巴南区", ("重庆市",)), ("市应急管理局", "高安市", ()), ("市应急管理局", "三明市", ()),
             ("市气象局", "巴南区", ("重庆市",))}
    ids = registry.resolve_all(names)
    units = {u["id"]: u for u in registry.dump()}
    assert units[ids[("区应急局", "巴南区")]]["name"] == "巴南区应急管理局"
    assert ids[("市应急管理局", "高安市")] != ids[("市应急管理局", "三明市")]
    assert units[ids[("市气象局", "巴南区")]]["jurisdiction"] == "重庆市"  # 市 in a district plan: the parent city


def test_notice_bundling_two_plans_without_a_toc():
    result = imported("notice_two_plans.txt")
    notice, gas, fire = sorted(result.plans, key=lambda p: p["source"]["line"])
    assert notice["kind"] == "notice" and notice["doc_number"] == "青政办发〔2024〕15号"
    assert notice["issuer"] == "青山县人民政府办公室" and notice["written"] == dt.date(2024, 3, 8)
    assert gas["parent"] == fire["parent"] == notice["id"]
    assert gas["title"] == "青山县燃气安全专项整治方案" and gas["source"]["line"] == 10
    assert fire["title"] == "青山县消防安全专项整治方案" and fire["source"]["line"] == 21  # set over two lines
    assert [t["title"] for t in gas["tasks"]] == ["全面排查餐饮场所", "规范瓶装液化气经营", "推进管网改造"]
    first = gas["tasks"][0]
    assert refs(first, "lead") == ["县市场监管局"] and refs(first, "implement") == ["各乡镇人民政府"]
    assert dl(first) == [("2024年6月底前", "by", dt.date(2024, 6, 30))]
    assert dl(gas["tasks"][2]) == [("2024年第三季度前", "by", dt.date(2024, 9, 30))]
    assert refs(gas["tasks"][2], "units") == ["县住建局"]
    assert refs(fire["tasks"][0], "support") == ["县住建局", "县应急局"]
    units = {u["id"]: u for u in result.units}
    town = units[fire["tasks"][1]["implement"][0]["unit"]]
    assert town["kind"] == "group" and town["jurisdiction"] == "青山县"


def test_task_table_with_a_category_column():
    plan = only_plan(imported("task_table_two_columns.txt"))
    rows = plan["tasks"]
    groups = {g["id"]: g["title"] for g in plan["groups"]}
    # 重点任务 | 具体措施: the first groups the rows (merged, so blank below), the second is the task
    assert [groups[t["group"]] for t in rows] == ["危化品安全", "危化品安全", "燃气安全", "燃气安全"]
    assert [t["title"] for t in rows] == ["开展危化品企业专项检查", "推进化工园区安全整治提升", "推进燃气管道老化更新改造", "开展燃气用户安全宣传"]
    assert refs(rows[0], "lead") == ["区应急局"] and refs(rows[0], "units") == ["各街道"]
    assert refs(rows[2], "units") == [] and "inferred" not in rows[2]  # 区经信局 belongs to 危化品安全
    assert refs(rows[3], "units") == ["各街道", "区属国有企业"]
    assert dl(rows[2]) == [("2025年", "year", dt.date(2025, 12, 31))] and dl(rows[3]) == [("每年", "recurring", None)]


def test_progress_table_one_cell_per_line():
    plan = only_plan(imported("progress_cells.txt"))
    assert plan["kind"] == "task-list"
    rows = plan["tasks"]
    assert [t["title"] for t in rows] == ["开展城镇燃气安全隐患排查整治", "建成危险化学品安全风险监测预警系统", "推进消防车通道专项治理"]
    assert refs(rows[0], "lead") == ["市住建局"] and refs(rows[0], "support") == ["市市场监管局", "市应急局"]
    assert [t["status"]["state"] for t in rows] == ["进行中", "已完成", "未开始"]
    assert dl(rows[1]) == [("2024年9月底前", "by", dt.date(2024, 9, 30))]
    assert refs(rows[2], "support") == ["各县(市、区)人民政府"]


HIERARCHY = """某市2024年消防工作要点
一、主要任务
（一）整治火灾隐患
1．高层建筑。
（1）开展消防设施检测。市消防救援支队负责，2024年底前完成。
（2）整治占用消防车通道。每月抽查一次。
2. 人员密集场所。
(1)开展九小场所排查。(市消防救援支队牵头,各区落实)
二、保障措施
（一）加强组织领导。
"""


def test_numbering_levels_half_and_full_width():
    plan = only_plan(import_texts([("h.txt", HIERARCHY)]))
    tasks = plan["tasks"]
    assert [t["number"] for t in tasks] == ["（1）", "（2）", "(1)"]
    assert [t["line"] for t in tasks] == [5, 6, 8]
    groups = {g["id"]: g for g in plan["groups"]}
    path = [groups[tasks[2]["group"]]["number"]]
    parent = groups[tasks[2]["group"]].get("parent")
    while parent:
        path.insert(0, groups[parent]["number"])
        parent = groups[parent].get("parent")
    assert path == ["一、", "（一）", "2."]
    assert refs(tasks[0], "lead") == ["市消防救援支队"] and refs(tasks[2], "implement") == ["各区"]


def test_task_ids_do_not_depend_on_positions():
    text = (FIXTURES / "workpoints_lishui.txt").read_text(encoding="utf-8")
    padded = text.replace("一、压紧压实安全责任", "（本要点经区安委会全体会议审议通过。）\n\n一、压紧压实安全责任")
    a = only_plan(import_texts([("a.txt", text)]))
    b = only_plan(import_texts([("a.txt", padded)]))
    assert [t["id"] for t in a["tasks"]] == [t["id"] for t in b["tasks"]]
    assert [t["line"] + 2 for t in a["tasks"]] == [t["line"] for t in b["tasks"]]


def test_windows_line_endings_and_bom(tmp_path):
    src = tmp_path / "crlf.txt"
    src.write_bytes(b"\xef\xbb\xbf" + HIERARCHY.replace("\n", "\r\n").encode("utf-8"))
    data = tmp_path / "data"
    assert command([src], data) == 0
    plan = yaml.safe_load(next((data / "plans").glob("*.yml")).read_text(encoding="utf-8"))
    assert plan["title"] == "某市2024年消防工作要点" and [t["line"] for t in plan["tasks"]] == [5, 6, 8]


def test_work_point_that_mentions_organisation_is_still_a_task_section():
    text = """某县2024年安全生产工作要点
一、加强组织领导，压实安全生产责任
1.落实党政同责。县安委会负责。
2.落实部门责任。各部门负责。
二、深化专项整治，防范化解重大风险
3.整治燃气隐患。县住建局负责。
三、保障措施
加强督导。
"""
    plan = only_plan(import_texts([("x.txt", text)]))
    assert [t["title"] for t in plan["tasks"]] == ["落实党政同责", "落实部门责任", "整治燃气隐患"]


def test_a_part_titled_for_the_organisation_is_no_task_part():
    # 二、森林防火组织机构: the leading group's roster (组长…成员…), like 组织领导, holds no task
    text = """某乡森林防火实施方案
一、森林火灾的预防
加强森林防火宣传工作,严禁违规野外用火。
二、森林防火组织机构
现将调整后的某乡森林防火工作领导小组公布如下:
组 长:张三 乡党委书记
成 员:李四 后寨村支书兼主任
"""
    plan = only_plan(import_texts([("x.txt", text)]))
    assert [t["line"] for t in plan["tasks"]] == [2]


def test_paragraphs_opening_with_yishi_ershi_are_the_items_and_a_list_inside_one_stays_in_it():
    # a town's 工作计划 with no 一、 level: its paragraphs open with 一是, 二是; the projects (一)…(三) listed in
    # the first belong to it, their months its deadlines
    text = """某镇人民政府2023年工作计划
一是扎实推进产业强镇。2023年,镇党委政府共谋划农业项目3个:
(一)中药材种植产业园项目:总投资120万元,2023年5月竣工。
(二)西瓜种植产业园项目:总投资400万元,2023年3月竣工。
(三)高标准大棚园区项目:总投资500万元,预计2023年1月开工建设。
二是全面推进党的建设。组织好学习贯彻党的二十大精神系列活动。
"""
    plan = only_plan(import_texts([("x.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(2, "一是"), (6, "二是")]
    assert {"2023年5月", "2023年3月", "2023年1月"} <= {d[0] for d in dl(plan["tasks"][0])}
    # one 一是 alone (inside an item of a numbered body) numbers nothing
    text = """某镇工作方案
一、工作措施
(一)加强排查。一是排查隐患。
(二)强化整改。
"""
    assert [t["number"] for t in only_plan(import_texts([("y.txt", text)]))["tasks"]] == ["(一)", "(二)"]


def test_a_work_plan_whose_paragraphs_open_with_their_labels_has_a_task_each():
    # a 街道's 工作计划 with no numbering at all: each paragraph opens with its label and a colon
    text = """珠山街道2024年工作计划
来源:珠山街道办事处 发布时间:2024-02-26 11:11

党建工作:完善党建引领机制,推动社区治理“微改革”,对辖区3个社区进行精准定位、分类打造。

经济工作:坚持把经济发展作为第一要务,大力开展招商引资、招才引智等工作,争取项目落地新进展。

创建工作:严格对照文明城市测评体系新标准,全面查漏补缺,坚持把创建工作抓在经常。
"""
    plan = only_plan(import_texts([("x.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(4, None), (6, None), (8, None)]
    # a part that holds no tasks (工作目标:) is no item, nor is one labelled paragraph alone, nor a labelled
    # paragraph in a numbered body
    text = """某镇2024年工作计划
工作目标:全年完成固定资产投资5亿元,地区生产总值增长6%以上。
党建工作:完善党建引领机制,推动社区治理“微改革”,对辖区3个社区进行精准定位、分类打造。
"""
    assert only_plan(import_texts([("y.txt", text)]))["tasks"] == []
    text = """某镇2024年工作计划
一、重点工作
党建工作:完善党建引领机制,推动社区治理“微改革”,对辖区3个社区进行精准定位、分类打造。
经济工作:坚持把经济发展作为第一要务,大力开展招商引资、招才引智等工作,争取项目落地新进展。
"""
    assert not {3, 4} & {t["line"] for t in only_plan(import_texts([("z.txt", text)]))["tasks"]}


def test_a_campaigns_scope_and_a_plans_review_of_where_things_stand_are_no_task_parts():
    text = """某镇安全隐患大排查大整治方案
一、工作目标
全面排查各类安全隐患。
二、排查整治范围
涵盖全镇道路交通、消防、建筑施工等全行业领域。
三、排查整治重点内容及责任分工
(一)道路交通领域
镇派出所强化执法力度。
"""
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [7]
    # a review with numbered items of its own (一、现状和面临的形势 / (一)…工作状况 / 1、…) is still the review
    text = """某区安全生产“十三五”规划
一、安全生产现状和面临的形势
(一)“十二五”期间我区安全生产工作状况
“十二五”期间,全区安全生产形势持续稳定。
1、各级党委政府更加重视
二、主要任务
(一)健全责任体系。区安委会负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("y.txt", text)]))["tasks"]] == [7]
    # a 规划's review of where things stand and where they go (一、发展现状和趋势, changning-2021) is no task either
    text = """某区妇女儿童发展“十四五”规划
一、发展现状和趋势
全区妇女儿童事业稳步提升。
二、主要任务
(一)促进妇女就业。区人社局负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("w.txt", text)]))["tasks"]] == [5]
    # a task that widens a scope is a task: 扩大保障范围
    text = """某县2024年民政工作要点
一、扩大保障范围
将困难群众纳入保障。
二、加强救助管理
规范救助程序。
"""
    assert [t["line"] for t in only_plan(import_texts([("z.txt", text)]))["tasks"]] == [2, 4]


def test_banner_notice_with_labelled_metadata():
    result = imported("banner_notice.txt")
    notice, points = sorted(result.plans, key=lambda p: p["source"]["line"])
    assert notice["doc_number"] == "达安委发〔2025〕3号" and notice["written"] == dt.date(2025, 3, 20)
    assert notice["published"] == dt.date(2025, 3, 21) and notice["jurisdiction"] == "达拉特旗"
    assert points["title"] == "达拉特旗安全生产委员会2025年工作要点" and points["kind"] == "work-points"
    assert points["source"]["line"] == 16 and len(points["tasks"]) == 4
    mine = points["tasks"][2]
    assert refs(mine, "lead") == ["旗应急管理局"] and refs(mine, "support") == ["旗自然资源局", "旗能源局"]
    units = {u["id"]: u for u in result.units}
    assert units[mine["lead"][0]["unit"]]["name"] == "达拉特旗应急管理局"
    assert dl(points["tasks"][1]) == [("6月底前", "by", dt.date(2025, 6, 30))]
    assert not any("未归入任何内容的正文行 0 行" not in line for line in result.report if line.startswith("未归入"))


def test_role_marked_after_a_name_in_a_unit_cell():
    text = "临海市2024年安全生产任务分工\n序号 | 工作任务 | 责任单位 | 完成时限\n1 | 开展检查 | 市应急局（牵头）、市住建局 | 2024年底前\n"
    (task,) = only_plan(import_texts([("a.txt", text)]))["tasks"]
    assert refs(task, "lead") == ["市应急局"] and refs(task, "units") == ["市住建局"]
    assert roles.extract("做好工作。（责任单位：市应急局（牵头），市住建局）") == {"lead": ["市应急局"], "units": ["市住建局"]}


def test_row_spanning_the_table_opens_a_section():
    text = """某市2024年任务分工
序号 | 工作任务 | 牵头单位 | 完成时限
一、燃气安全 | | |
1 | 开展检查 | 市应急局 | 2024年底前
2 | 改造管网 |  | 2025年
3 | 巡查管网 | 市住建局
二、消防安全 | | |
4 | 整治通道 | 市消防支队 | 长期坚持
"""
    plan = only_plan(import_texts([("a.txt", text)]))
    groups = {g["id"]: g["title"] for g in plan["groups"]}
    assert [groups[t["group"]] for t in plan["tasks"]] == ["燃气安全", "燃气安全", "燃气安全", "消防安全"]
    # written empty: no lead; missing from a short row: under a merged cell, taken from above and flagged
    assert plan["tasks"][1].get("lead", []) == [] and "inferred" not in plan["tasks"][1]
    assert dl(plan["tasks"][2]) == [("2025年", "year", dt.date(2025, 12, 31))] and plan["tasks"][2]["inferred"] == ["deadlines"]
    assert "inferred" not in plan["tasks"][3]
    assert roles.extract("做好工作。【责任单位：市应急局、市住建局】") == {"units": ["市应急局", "市住建局"]}


def test_import_never_overwrites_a_plan_of_another_source(tmp_path):
    data = tmp_path / "data"
    text = (FIXTURES / "workpoints_lishui.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    assert command([tmp_path / "a.txt"], data) == 0
    assert command([tmp_path / "b.txt"], data) == 0
    sources = sorted(yaml.safe_load(p.read_text(encoding="utf-8"))["source"]["file"] for p in (data / "plans").glob("*.yml"))
    assert sources == ["a.txt", "b.txt"]
    portal, problems = load(data)
    assert not errors(problems)


def test_articles_numbered_as_clauses():
    text = "临川市安全生产若干措施\n第一条 压实责任。各区负责。\n第二条 加强检查。每月一次。\n"
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["number"], t["title"]) for t in plan["tasks"]] == [("第一条", "压实责任"), ("第二条", "加强检查")]
    assert plan["tasks"][1]["id"].endswith("-2")


def test_deadlines_in_running_text():
    def found(text):
        return [(d["text"], d["kind"], d["date"]) for d in deadlines.in_text(text)]

    assert found("到2025年，基本建成监测网络") == [("到2025年", "year", dt.date(2025, 12, 31))]
    assert found("到2025年底前完成") == [("2025年底前", "by", dt.date(2025, 12, 31))]
    assert found("2024年内完成改造") == [("2024年内", "by", dt.date(2024, 12, 31))]
    assert found("2025—2026年强化责任落实") == [("2025—2026年", "by", dt.date(2026, 12, 31))]
    assert found("2024年二季度完成规划编制") == [("2024年二季度", "by", dt.date(2024, 6, 30))]
    # periods of cited documents and narrative years are not deadlines
    assert found("落实《监测预警服务体系建设实施方案(2022—2025年)》，下发《每月督导指南》") == []
    assert found("2021年上半年，动态管控1127项重点风险点") == []


def test_traditional_work_points_with_roles():
    text = """三明市2022年安全生產工作要點
一、壓實安全責任
1.落實黨政領導責任。每季度研究一次安全生產工作。（市安委辦牽頭，各縣（市、區）人民政府落實）
2.強化部門監管責任。2022年底前修訂權責清單。市應急管理局會同市住建局負責，各鄉鎮督促
三、保障措施
（一）加強組織領導。
"""
    result = import_texts([("t.txt", text)])
    plan = only_plan(result)
    assert plan["kind"] == "work-points" and plan["jurisdiction"] == "三明市" and len(plan["tasks"]) == 2
    first, second = plan["tasks"]
    assert refs(first, "lead") == ["市安委辦"] and refs(first, "implement") == ["各縣（市、區）人民政府"]  # as written
    assert refs(second, "lead") == ["市應急管理局"] and refs(second, "support") == ["市住建局"]
    assert refs(second, "supervise") == ["各鄉鎮"]
    assert dl(second) == [("2022年底前", "by", dt.date(2022, 12, 31))]
    units = {u["id"]: u for u in result.units}
    assert units[second["lead"][0]["unit"]]["name"] == "三明市应急管理局"  # the registry keeps one simplified name


def test_broken_glosses_and_lost_characters_are_reported():
    text = "某市通報\n（一）排查工作。明確工匠總?cè)藬?shù)6281人,專家人員或?qū)I(yè)人員。\n"
    result = import_texts([("g.txt", text)])
    task = only_plan(result)["tasks"][0]
    assert "cè" not in task["text"] and "(yè)" not in task["text"] and "總?藬?6281人" in task["text"]
    assert any(p.line == 2 and "?" in p.message for p in result.problems)
    assert any("编码丢失的字符（?）: 第 2 行" in line for line in result.report)


def test_a_part_on_what_a_campaign_is_for_is_no_task_part():
    """一、普查目的 (shiyan-2023's census 实施办法, its copy cut inside that part): the campaign's aims, as 指导思想 are,
    no task; the part of what is done is."""
    text = """某市第五次全国经济普查实施办法
根据《全国经济普查条例》,结合我市实际,特制定本办法。
一、普查目的
全面调查我市第二产业和第三产业的发展规模、布局和效益,摸清各类单位的基本情况。
"""
    assert only_plan(import_texts([("x.txt", text)]))["tasks"] == []
    text += "二、普查任务\n(一)开展单位清查。各县(市、区)普查机构负责。\n"
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [6]


def test_a_notice_setting_up_one_inspection_has_its_schedule_for_tasks_and_its_fields_for_frame():
    """dayawan-2017: a notice that sets up one 专项督查, its parts its fields: 督查目的, 督查时间, 督查重点内容 (the
    projects it looks at), 督查方式 are its frame; 督查安排's items (a meeting, the site visits, each with its day) are
    what is done; a clock time's colon (上午9:00—11:00) is no label ending an item's heading."""
    text = """各街道办事处,区各有关部门:
根据区领导的指示精神,由区管委会办公室牵头组成督查组,对未完成年度任务项目进行专项督查,现将有关事项通知如下:
一、督查目的
全面梳理重点项目进展情况,确保各项目标任务落地见效。
二、督查时间
2018年1月4日全天
三、督查重点内容
(一)2017年重要交办工作8宗未完成年度任务的项目;
(二)2017年重点项目6宗未完成年度任务的项目;
四、督查方式
区管委会办公室组成督查组,采取召开座谈会听取汇报、到项目现场实地督查等方式进行督查。
五、督查安排
(一)2018年1月4日上午9:00—11:00,在区管委会会议室召开座谈会,听取滞后项目责任单位汇报;
(二)2018年1月4日下午15:00—18:00,督查组依次到各项目现场检查项目进展情况。
"""
    tasks = only_plan(import_texts([("x.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [13, 14]
    assert [t["title"] for t in tasks] == ["2018年1月4日上午9:00—11:00", "2018年1月4日下午15:00—18:00"]
    assert [[d["text"] for d in t["deadlines"]] for t in tasks] == [["2018年1月4日"], ["2018年1月4日"]]


def test_a_plan_for_the_duban_of_key_proposals_has_its_work_part_for_tasks_and_its_fields_for_frame():
    """jilin-2017: a 政协's plan for the 督办 of its key proposals, its parts its fields as a 督查 notice's: 督办目的
    (its aims, numbered), 督办时间 and 参加人员 (who attends, numbered) are its frame; the part that says who does
    what (三、督办方式、要求) holds the tasks."""
    text = """市政协督办重点提案工作方案
为提高政协提案办理质量,对遴选出的7件重点提案,由市政协领导牵头督办。具体督办方案如下:
一、督办目的
1、了解提案办理进度和办理过程中存在的问题。
2、对提案办理提出意见和建议,促进提案的办理和落实。
二、督办时间
对重点提案的督办工作应在5月30日前完成。
三、督办方式、要求
1、由分管副主席领办,相关专委会协助做好督办工作。
2、参加督办的政协相关专委会负责与市政府办公室议案处沟通,制定督办具体方案。
四、参加人员
1、市政协分管领导,政协相关部门负责人、提案者。
2、市政府办公室负责人,提案主办、协办单位负责人。
"""
    tasks = only_plan(import_texts([("x.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [9, 10]


def test_a_township_notice_of_one_check_has_its_groups_for_tasks_behind_a_mirrors_lost_indent():
    """lushi-2021: a 镇's notice setting up one 安全生产大检查: its 检查整改时间 and 检查整改范围 are the check's frame
    and 检查督导要求 its requirements; its groups, each naming its 责任单位 (the town's offices and stations), are the
    tasks. The mirror wrote the non-breaking spaces indenting each heading as "?" (???(一)…, ??四、…): the indent,
    not text; a "?" inside a line (a person's name) stays."""
    text = """某镇关于做好安全生产大检查的通知
为确保全镇安全生产形势稳定,现将有关事项通知如下:
一、检查整改时间
2021年3月7日-3月10日
二、检查整改范围
全镇范围内各行各业
三、分组情况
???(一)第一检查督导组;
责任领导:张 ?三
责任单位:政法(应急)办、派出所
检查范围:烟花爆竹批发零售点。
?(二)第二检查督导组;
责任单位:工业办、供电所
检查范围:加油站、液化气站。
??四、检查督导要求
各检查督导组要深入行业、企业、单位开展大检查。
"""
    tasks = only_plan(import_texts([("x.txt", text)]))["tasks"]
    assert [(t["line"], t["number"]) for t in tasks] == [(8, "(一)"), (12, "(二)")]
    assert [refs(t, "units") for t in tasks] == [["政法(应急)办", "派出所"], ["工业办", "供电所"]]
    assert "张 ?三" in tasks[0]["text"]


def test_a_meetings_minutes_have_their_topics_for_tasks_the_points_one_spells_out_inside_it():
    """yueyangxian-2016: a 常务会议纪要's topics (一、研究…工作) hold what the meeting found, agreed and required
    (会议指出…, 会议原则同意…, 会议要求…) before the numbered points one of them announces (会议就有关具体事项明确如下:
    1.… 2.…): the topic is the task, its points stay in it; a plan's part whose opening paragraph announces its items
    keeps them for its tasks."""
    text = """某县人民政府第21次常务会议纪要
现将会议形成的一致意见纪要如下:
一、研究迎接国家卫生县城复审工作
会议指出,各级各部门做了大量扎实有效的工作。
会议原则同意县卫生健康局提出的复审工作任务分解方案。
会议要求,要进一步加强组织领导,每周开展一次整治专项行动。
会议就有关具体事项明确如下:
1.关于设备配备问题。由复审工作领导小组提出具体方案后另行研究确定。
2.关于工作经费问题。县财政安排工作经费50万元。
二、研究水环境综合治理专项行动方案
会议原则同意县生态环境分局提出的行动方案。
"""
    tasks = only_plan(import_texts([("x.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [3, 10]
    text = """某县2024年工作要点
一、推进产业发展
围绕主导产业,重点做好以下工作:
1.加快园区建设。县发改局负责。
2.强化招商引资。县商务局负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [4, 5]


def test_a_plans_review_of_its_past_period_is_no_task_part():
    """A 规划 opens with the period behind it: its base (一、发展基础 over (一)"十一五"时期…取得的主要成效 over 1、2、,
    longhu-2012) or what it achieved (一、"十一五"水利发展主要成就, yangzhou-2012): a review of work done, no tasks."""
    text = """某区文化事业和文化产业发展“十二五”规划
一、发展基础
(一)“十一五”时期文化事业发展取得的主要成效。
1、启动文化强区建设。制订关于建设文化强区的意见,印发全区贯彻实施。
2、推进文化惠民工程。投资50多万元完善区文化馆馆舍设施。
二、主要任务
(一)完善公共文化服务体系。区文广新局负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [7]
    text = """某市“十二五”水利发展规划
一、“十一五”水利发展主要成就
“十一五”期间全市共完成水利投资39.3亿元,抗御水旱灾害的能力明显增强。
"""
    assert only_plan(import_texts([("y.txt", text)]))["tasks"] == []


def test_a_plans_preface_and_its_review_with_problems_are_no_task_parts():
    """A 规划 that opens with its preface numbered as its first part (一、序言) and its review of where things stand
    headed with the problems it finds there (二、基本情况及主要问题, chengdu-chengjian-gongjian…): no tasks; the part of
    its work after them still holds its items."""
    text = """某市城建攻坚2025规划
一、序言
某市在区域经济发展中有着重要的战略地位,城建攻坚规划秉承新发展理念。
二、基本情况及主要问题
“十二五”期间,某市基础设施得到了快速发展,取得了显著成绩。
"""
    assert only_plan(import_texts([("x.txt", text)]))["tasks"] == []
    text = """某市城建攻坚2025规划
一、前言
某市在区域经济发展中有着重要的战略地位。
二、现状和存在问题
交通拥堵问题仍较突出。
三、主要任务
(一)完善路网体系。市交通局负责。
(二)提升市政设施。市住建局负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("y.txt", text)]))["tasks"]] == [7, 8]


def test_a_plans_review_of_trends_and_base_conditions_is_no_task_part():
    """A plan that opens with the trends it works in and the conditions it starts from, named as such with 的
    (一、当前我国城市发展的基本趋势和建设某市特大城市的基础条件 / (一)当前我国城市发展的基本趋势, ganzhou-2009): a
    review, no tasks; a point of work that improves conditions (改善农村基础条件) is still a task."""
    text = """某市特大城市建设第一个五年计划
一、当前我国城市发展的基本趋势和建设某市特大城市的基础条件
(一)当前我国城市发展的基本趋势
目前我国城市化率已达到40%以上,城市化发展已处于快速发展阶段。
"""
    assert only_plan(import_texts([("x.txt", text)]))["tasks"] == []
    text = """某市特大城市建设第一个五年计划
一、当前我国城市发展的基本趋势和建设某市特大城市的基础条件
(一)当前我国城市发展的基本趋势
目前我国城市化率已达到40%以上。
二、主要任务
(一)改善农村基础条件。市农业农村局负责。
(二)完善城市功能。市住建局负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("y.txt", text)]))["tasks"]] == [6, 7]


def test_a_plans_review_chapter_holds_no_tasks():
    """A 规划 set in chapters and sections, their headings unnumbered in the outline's ranks (第一章 发展基础与环境 /
    第一节 发展基础 / 一、经济社会发展水平不断提升, yunnan-2022): the items numbered below a chapter or section that
    reviews the period behind the plan are the review's, down to the next chapter; those of a later chapter of
    tasks are tasks."""
    text = """某省“十四五”区域协调发展规划
第一章 发展基础与环境
第一节 发展基础
一、经济社会发展水平不断提升
坚持发展为第一要务,全省地区生产总值年均增长8%。
二、区域发展格局不断优化
第二章 主要任务
一、推动中心城市做大做强。省发展改革委负责。
二、促进县域经济发展。省发展改革委负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [8, 9]


def test_a_supervision_and_assessment_section_is_no_task():
    """"三、监督及考核" closes a plan like 保障措施: its paragraph names a unit but is no task."""
    text = """某镇2024年安全生产工作计划
一、重点工作
1.开展危化品专项检查。（责任单位：安监站）
2.开展燃气安全检查。（责任单位：城建办）
二、监督及考核
镇安委会办公室负责监督各责任单位开展工作。
"""
    result = import_texts([("t.txt", text)])
    tasks = [t for p in result.plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["1.", "2."]


def test_an_item_number_that_lost_its_dot():
    """"2强化…" after item "1." is item 2 (its dot lost on the page); a count (3月底前, 2个) is no number."""
    text = (
        "某区2025年安全生产工作要点\n"
        "一、深化安全责任体系\n"
        "1.强化党政领导干部责任。落实定期述职报告制度。\n"
        "2强化行业部门监管责任。将责任落实到行业部门。\n"
        "3月底前完成职责清单修订。\n"
        "二、提升防灾减灾能力\n"
        "1.健全灾害监测预警体系。\n"
        "3强化应急值守。\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("1.", 3), ("2", 4), ("1.", 7)]


def test_an_item_number_glued_to_the_figure_its_text_opens_with():
    """"2.50个小区…" between items 1. and 3. is item 2, its text opening with a count (baoshan-2022); a decimal
    figure opening a line that is no next number (2.5亿元 under item 3.) stays in the item above."""
    text = (
        "2022年区政府要完成的与人民生活密切相关的实事\n"
        "1.既有多层住宅加装电梯新增400台、完工200台。\n"
        "2.50个小区新增电动自行车充电设施;为10个老旧小区实施消防设施改造。\n"
        "3.开设40个小学生爱心暑托班办班点。\n"
        "2.5亿元用于托育服务。\n"
        "4.460个居村综合文化活动室提供不少于2300场文化活动。\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("1.", 2), ("2.", 3), ("3.", 4), ("4.", 6)]


def test_a_point_that_announces_a_list_of_kinds_keeps_the_list_inside():
    """"一、各科室承办的以下事项应建立工作台账" over "1.…;" … "4.其他重要事项。" (dazhou-2015): the numbered entries
    spell out the kinds the point applies to, no tasks; the point is the task. Entries under a point that names no
    such list stay the tasks."""
    text = (
        "某委关于实行台账管理的通知\n"
        "一、各科室承办的以下事项应建立工作台账,实行台账管理。\n"
        "1.涉及经济社会发展全局的重大发展战略、规划和阶段性重点工作;\n"
        "2.委党组会研究交办的重大事项;\n"
        "3.信访舆情、行政复议、举报投诉事项;\n"
        "4.其他重要事项。\n"
        "二、对纳入台账管理的事项实行一事一记,逐月汇总。\n"
        "三、各科室要加强管理,逐项落实承办人员。\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("一、", 2), ("二、", 7), ("三、", 8)]
    control = text.replace("各科室承办的以下事项应建立工作台账,实行台账管理。", "建立工作台账。")
    tasks = only_plan(import_texts([("d.txt", control)]))["tasks"]
    assert [t["number"] for t in tasks][:4] == ["1.", "2.", "3.", "4."]


def test_a_first_item_whose_number_a_scan_misread_as_a_letter():
    """"L制定工作方案…" under (一) before "2.摸清…" (wuhua-2022): the heading's first item, its "1." read as L; a
    line opening with L with no "2." after it is no item."""
    text = (
        "某镇2022年清明期间森林防灭火工作方案\n"
        "二、工作步骤和任务\n"
        "(一)安排部署阶段\n"
        "L制定工作方案和预案。召开会议研究部署。\n"
        "2.摸清辖区底数。摸排坟墓区分布情况。\n"
        "(二)全面实施阶段\n"
        "L落实隐患整改。3月25日前,各村委会要对排查出来的火险隐患进行整改销号。\n"
        "(三)总结阶段\n"
        "L型台账报送镇政府。\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("L", 4), ("2.", 5), ("(二)", 6), ("(三)", 8)]
    assert [u["written"] for u in tasks[2].get("units") or []] == ["各村委会"]  # its text stays in (二)


def test_a_copy_that_lost_its_line_breaks_is_cut_where_items_start():
    """Headings and items run on in one line (…如下分工。 一、… (一)… 1、…): cut where each item starts,
    after a sentence, a closed clause, a space or a short heading, each piece keeping the line's number."""
    preamble = "为深入贯彻上级关于进一步加强安全生产工作的意见要求,进一步强化安全生产责任,推动各项重点工作任务落到实处,现就有关工作作如下分工。"
    text = (
        "某区安全生产重点工作任务分工方案\n"
        + preamble + " 一、全面开展安全隐患大排查大整治 (一)全面彻底排查隐患 1、坚持问题导向,对所有行业领域开展全覆盖拉网式排查,"
        "确保隐患排查横向到边、纵向到底。 责任单位:区应急局,各乡(街道) (二)狠抓问题隐患整治 2、坚持底线思维,建立隐患清单,"
        "实行销号管理。 责任单位:区住建局\n"
    )
    tasks = only_plan(import_texts([("r.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("1、", 2), ("2、", 2)]
    assert refs(tasks[0], "units") == ["区应急局", "各乡(街道)"] and refs(tasks[1], "units") == ["区住建局"]
    # items after items of their own level inside a paragraph are an enumeration, not lost line breaks
    para = "1.强化隐患排查。" + "主要做法:" + "加强企业安全管理,落实主体责任," * 8 + "一是完善制度。2.细化清单;3.压实责任。(责任单位:区应急局)\n"
    tasks = only_plan(import_texts([("p.txt", "某区工作要点\n一、强化责任\n" + para)]))["tasks"]
    assert [t["number"] for t in tasks] == ["1."]


def test_page_chunks_of_a_document_sharing_copy_are_not_items():
    """"1、…" "2、…" "3、…" opening long lines that each run on mid-sentence are a sharing site's page chunks:
    the items are the copy's own (1. and 2 . inside the lines), and a chunk's first words belong to the item
    the line above broke off."""
    goal = "区安委会2024年的主要任务是:全面深入贯彻落实党的二十大精神,坚持安全第一、预防为主," + "推动安全生产治理模式向事前预防转型," * 4
    text = (
        "1、区安全生产委员会2024年工作要点" + goal + "确保全年安全生产形势持续稳定。一、健全完善安全生产责任体系1.深入\n"
        "2、学习贯彻安全生产重要论述。将学习重要论述作为党委宣传工作重点。(责任单位:区委宣传部)" + "进一步加强安全生产宣传引导,强化社会面安全意识," * 3
        + "(责任单位:区委组织部)2 .推动党委政府落实安全生产属地责任。4月底前,制定年度工作清单。(责任单位:区安委办)推动区政府主要负责人至少组织研究1次\n"
        "3、安全生产突出问题。(责任单位:区安委办)每月深入一线开展安全隐患排查,同时结合重\n"
    )
    tasks = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("1.", 1), ("2 .", 2)]
    assert refs(tasks[0], "units") == ["区委宣传部", "区委组织部"] and refs(tasks[1], "units") == ["区安委办"]
    assert [d[0] for d in dl(tasks[1])] == ["4月底前", "每月"]


def test_page_chunks_whose_items_are_glued_to_the_title_and_to_the_item_before():
    """A sharing copy in page chunks where the plan's title runs straight into 一、, and each (二) runs
    straight on from the last field of (一) with no stop, even at the start of a chunk (3、…(三)): the
    items are the copy's (一) (二) (三), not the chunks 1、 2、 3、."""
    goal = "以建设生态城为目标,坚持部门联动、全员参与," + "不断改善城乡环境卫生面貌," * 8
    text = (
        "1、全县环境卫生整治实施方案一、工作目标" + goal + "二、整治范围全县所有乡镇辖区,重点区域为县\n"
        "2、城建成区。三、主要任务(一)修葺破旧立面。对残垣断壁进行修整。" + "改善背街小巷面貌," * 6
        + "平整死角。牵头单位:县住建局责任单位:各乡镇政府(二)修补破损路面。全面整修县城道路。" + "保障行车安全," * 5 + "并\n"
        "3、长期坚持(三)清理三堆。全面清理房前屋后堆积的柴堆、\n"
    )
    tasks = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("(一)", 2), ("(二)", 2), ("(三)", 3)]
    assert refs(tasks[0], "lead") == ["县住建局"] and "长期坚持" in tasks[1]["text"]


def test_page_chunks_whose_first_item_is_glued_to_the_announcing_colon():
    """A sharing copy in page chunks whose notice ends "…重点工作安排如下:" with 一、 glued to the colon, and 二、
    right after the last clause of 一、: the items are the copy's 一、 二、 (the colon announcing them is a boundary),
    not the chunks 1、 2、 3、."""
    letter = "各区政府,市有关单位:现印发给你们,请认真贯彻执行。" + "全面推动实施食品安全战略,不断提高人民群众的获得感," * 5
    text = (
        "1、市食品安全重点工作安排" + letter + "现就我市食品安全重点工作安排\n"
        "2、如下:一、切实加强食品安全工作制定若干措施。(市食安办负责)调整工作机制。(市食安办牵头,市食安委各有关成员单位协作)"
        + "完善食品安全工作职责和工作机制," * 6 + "(各区食安办负责)二、深化开展国家食品安全示\n"
        "3、范城市创建活动\n"
    )
    tasks = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("一、", 2), ("二、", 2)]
    assert refs(tasks[0], "lead") == ["市食安办", "各区食安办"] and refs(tasks[0], "support") == ["市食安委各有关成员单位"]


def test_page_chunks_whose_first_chunk_holds_the_notices_parts():
    """A sharing copy in page chunks whose first chunk happens to end where a sentence does (…主题日活动(5月19日)):
    the chunk still holds the notice's own parts (…通知如下:一、…二、…), which no item 1、 of a list would, so the
    numbers 1、 2、 3、 are page chunks; the parts that hold only a label and a short value, each glued to the next
    (一、活动主题美好中国,幸福旅程二、活动时间…三、活动内容), are the frame, the items under 活动内容 the tasks."""
    letter = "各省、自治区、直辖市文化和旅游厅(局):为更好引导和促进旅游业恢复发展,深入推动大众旅游," + "满足人民群众美好生活需要," * 4
    text = (
        "某部办公厅关于开展2023年旅游日活动的通知.docx\n"
        "1、某部办公厅关于开展2023年旅游日活动的通知办市场发202358号" + letter + "现将有关事项通知如下:一、活动主题美好中国,"
        "幸福旅程二、活动时间2023年5月1日一31日三、活动内容(一)旅游日主题日活动(5月19日)\n"
        "2、某部在某市设立主会场,其余省(区、市)设立分会场。" + "各分会场围绕主题开展活动,分会场活动方案由各地自行制定," * 4 + "(二)主题周活动(5月14日一18日)"
        "选择五大城市开展倒计时主题周活动。(三)主题月活动(5月1日\n"
        "3、一31\n"
    )
    plan = only_plan(import_texts([("c.txt", text)]))
    assert plan["title"] == "某部办公厅关于开展2023年旅游日活动的通知"
    assert [(t["number"], t["line"]) for t in plan["tasks"]] == [("(一)", 2), ("(二)", 3), ("(三)", 3)]
    assert [[d[0] for d in dl(t)] for t in plan["tasks"]] == [["5月19日"], ["5月14日一18日"], ["5月1日"]]


def test_a_frame_parts_label_glued_to_its_text_is_no_task():
    """A copy flattened onto one line that lost the break after a part's label (一、指导思想以…为指导,…): the
    label still names the plan's guiding thought, no task; the items under 二、目标任务 are."""
    text = ("县林业局2017年工作计划2017年,全县林业工作要深入实施林业发展战略。一、指导思想以习总书记关于生态文明建设"
            "和“共抓大保护、不搞大开发”战略思想为指导,准确把握维护生态安全,林业肩负新使命;助推精准扶贫,林业担当新任务;"
            "全面深化改革,林业焕发新活力;"
            "凝心聚力,圆满完成各项任务。二、目标任务(一)造林绿化:完成营造林11.2万亩。(二)资源管护:森林采伐限额控制"
            "12.65万立方米以内。\n")
    tasks = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks] == ["(一)", "(二)"]


def test_a_table_of_contents_is_no_part_of_the_body():
    """A document's table of contents, its entries set with leader dots and page numbers (一、总体要求………… 8):
    the outline of the document, no tasks; the same headings in the body hold the items."""
    text = (
        "一、总体要求…………………………………………… 8\n"
        "(一)指导思想…………………………………………… 8\n"
        "二、重大行动…………………………………………… 23\n"
        "(一)健康知识普及行动……………………………… 23\n"
        "每个人是自己健康的第一责任人。本行动旨在帮助每个人掌握维护健康的知识与技能。\n"
        "(二)合理膳食行动………………………………………… 29\n"
        "一、总体要求\n"
        "坚持预防为主。\n"
        "二、重大行动\n"
        "(一)健康知识普及行动。面向家庭和个人普及预防疾病、早期发现、紧急救援等知识。\n"
    )
    tasks = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("(一)", 10)]
    # the copy that holds the contents alone has no task
    assert only_plan(import_texts([("c.txt", "".join(text.splitlines(True)[:6]))]))["tasks"] == []


def test_a_table_of_contents_under_its_heading_with_no_page_numbers_is_no_part_of_the_body():
    """yiyang-2014: a 预案's copy opening with "…应急预案目录" over its numbered headings alone on their lines (1.总则,
    1.1编制目的, … 3.附则), no leader dots or page numbers, the body beginning below with 1.总则 again: the contents are
    the page's furniture, no tasks and no plan titled 目录; headings under no 目录 line stay the body's."""
    contents = ("某市重污染天气应急预案目录\n\n1.总则\n\n1.1编制目的\n\n2.应急响应\n\n2.1响应措施\n\n3.附则\n\n")
    body = ("1.总则\n\n1.1编制目的\n\n为规范我市重污染天气应急管理工作,制定本预案。\n\n2.应急响应\n\n"
            "2.1响应措施\n\n市生态环境局负责组织开展应急监测。\n\n3.附则\n\n本预案自印发之日起施行。\n")
    plans = import_texts([("c.txt", "某市人民政府办公室关于印发某市重污染天气应急预案的通知\n\n" + contents + body)]).plans
    assert not any("目录" in p["title"] for p in plans)
    lines = {t["line"] for p in plans for t in p["tasks"]}
    assert not lines & set(range(3, 14))  # no entry of the contents is a task
    from planportal.importer.text import contents_block, split_lines
    found = contents_block(split_lines(contents + body))
    assert found == {1, 3, 5, 7, 9, 11}
    assert contents_block(split_lines(body)) == set()


def test_a_part_heading_the_copy_ends_on_is_no_task():
    """二、统一审批流程 as the copy's last line, after an 一、 part with items of its own: the heading of
    a part the copy was cut below, not a task; a 一、-level item with text stays one."""
    text = (
        "某市工程建设项目审批制度改革实施方案\n"
        "一、总体要求\n"
        "(一)指导思想。以推进治理能力现代化为目标。\n"
        "(二)主要目标。到2019年6月底,审批时间压缩至90个工作日以内。\n"
        "二、统一审批流程\n"
    )
    assert only_plan(import_texts([("d.txt", text)]))["tasks"] == []
    flat = "某区2025年工作要点\n一、强化责任落实。各镇落实属地责任。\n二、推进隐患整治\n"
    assert [t["line"] for t in only_plan(import_texts([("e.txt", flat)]))["tasks"]] == [2, 3]


def test_a_page_stamp_between_two_halves_of_a_task_is_furniture():
    """第 3 页 共 9 页 (and 共9页 第3页) between two lines of a PDF copy is page furniture, not the task's text."""
    text = (
        "某市2021年安全生产工作要点\n"
        "一、压实安全生产责任\n"
        "1.强化部门监管责任。2021年6月底前修订部门安全生产\n"
        "第 3 页 共 9 页\n"
        "职责清单。（责任单位：市应急管理局）\n"
        "共9页 第4页\n"
        "2.严格企业主体责任。（责任单位：市市场监管局）\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [3, 7]
    assert "页" not in tasks[0]["text"] and "页" not in tasks[1]["text"]


def test_a_printed_imprint_at_the_end_is_furniture_not_the_last_task():
    """抄送:… and "某县人民政府办公室  2021年3月5日印发" end a printed document: not the last task's text, and
    the printing date is no deadline."""
    text = (
        "某县2021年安全生产工作要点\n"
        "一、压实安全生产责任\n"
        "1.落实党政领导责任。（责任单位：县应急管理局）\n"
        "2.严格企业主体责任。（责任单位：县市场监管局）\n"
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。\n"
        "某县人民政府办公室                    2021年3月5日印发\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [3, 4]
    assert "抄送" not in tasks[1]["text"] and not tasks[1].get("deadlines")


def test_items_numbered_with_the_small_full_stop():
    """1﹒ 2﹒: a page that sets its items' full stops in the small form (U+FE52) numbers them all the same,
    the first item too, and the clause lines below each belong to it."""
    text = (
        "某省2022年重点工作及责任分解\n"
        "一、确保完成全年主要预期目标\n"
        "1﹒全省生产总值增长7%左右。\n"
        "牵头责任单位:省发展改革委。\n"
        "协同责任单位:省财政厅、省统计局等。\n"
        "2﹒一般公共预算收入增长6%左右。\n"
        "牵头责任单位:省财政厅。\n"
    )
    tasks = only_plan(import_texts([("s.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("1﹒", 3), ("2﹒", 6)]
    assert refs(tasks[0], "lead") == ["省发展改革委"] and refs(tasks[0], "support") == ["省财政厅", "省统计局"]
    assert refs(tasks[1], "lead") == ["省财政厅"]


def test_a_banks_office_closes_a_unit_list():
    """A list of units that ends with a bank's office (人民银行, 人行某某中心支行, 人民银行某某分行) keeps it:
    银行 / 分行 / 支行 end a unit's name as 局 or 委 do."""
    text = (
        "某市2020年政府工作报告主要工作责任分解\n"
        "1.全面落实减税降费政策,力争为企业减负10亿元。\n"
        "责任单位:发改局、财政局、税务局、人民银行(列第一位者为牵头单位,下同)\n"
        "2.一般公共预算收入增长6%左右。\n"
        "责任单位:财政局、税务局、人行某某中心支行\n"
    )
    tasks = only_plan(import_texts([("b.txt", text)]))["tasks"]
    assert refs(tasks[0], "lead") == ["发改局"] and refs(tasks[0], "units")[-1] == "人民银行"
    assert refs(tasks[1], "units")[-1] == "人行某某中心支行"


def test_a_copy_cut_just_after_its_first_items_number():
    """A copy that ends on a bare "1" right under a (一) heading: the excerpt was cut after the number of that
    heading's first item, which is the task (the heading holds items, it is none itself); a "1" anywhere
    else (a page number mid-copy, a line after body text) is no item."""
    head = "某市关于深化改革的实施意见\n一、目标要求\n扎实推进改革。\n二、主要任务\n(一)优化同权事项,拓展改革覆盖面\n"
    tasks = only_plan(import_texts([("c.txt", head + "1\n")]))["tasks"]
    assert [(t["number"], t["line"], t["title"]) for t in tasks] == [("1", 6, "1")]
    tasks = only_plan(import_texts([("d.txt", head + "1\n按职责推进。\n")]))["tasks"]
    assert [t["number"] for t in tasks] == ["(一)"]


def test_a_copy_cut_just_after_a_parts_first_bracketed_number():
    """A copy that ends on a bare "(一)" right under a 一、 heading (zhuzhou-2020: "二、 重点工作" / "(一) "): cut after
    the number of the part's first item, which is the task; a "(一)" with lines below it is a heading as ever."""
    head = "某市统计局2020年工作要点\n一、目标任务\n推进统计制度体系建设。\n二、重点工作\n"
    tasks = only_plan(import_texts([("c.txt", head + "(一) \n")]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("(一)", 5)]
    tasks = only_plan(import_texts([("d.txt", head + "(一)\n1.完善核算制度。\n")]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("1.", 6)]


def test_a_copy_cut_inside_a_parts_first_bracketed_number():
    """chengdu-2019-zhengfugongzuobaogao…: a copy that ends on "(一" right under 二、 主要工作任务, cut inside the number
    of the part's first item before its closing bracket: that item is the task, the heading above it none; "(一" with
    text below is no item of its own."""
    head = ("2019年《政府工作报告》确定的主要目标任务责任分解方案\n一、 经济社会发展主要预期目标\n"
            "(一) 地区生产总值增长7.5%左右。(牵头单位:市发改委)\n二、 主要工作任务\n")
    tasks = only_plan(import_texts([("c.txt", head + "(一\n")]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("(一)", 3), ("(一", 5)]
    tasks = only_plan(import_texts([("d.txt", head + "(一\n深化改革。\n")]))["tasks"]
    assert "(一" not in [t["number"] for t in tasks]


def test_the_items_of_a_part_named_for_its_targets_and_tasks_are_tasks():
    """一、目标任务 over its opening paragraph and items (一)(二), before 二、重点工作: the items are tasks (as the corpus
    reads the items under a 目标任务 heading: hengkou-2020, zhejiang-2022), beside the later part's; its paragraph
    alone (luan-2022: 二、目标任务 / a paragraph of figures / 三、重点工作) is none."""
    text = """某市统计局2020年深化统计制度改革工作要点
一、目标任务
主要任务是健全完善统计制度和统计监测两大体系。
(一)以健全统计制度体系为重点,大力提升科学精准统计水平。
(二)以探索统计监测体系为重点,不断拓展统计服务领域。
二、重点工作
(一)推进地区生产总值统一核算改革。
"""
    tasks = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [(t["number"], t["line"]) for t in tasks] == [("(一)", 4), ("(二)", 5), ("(一)", 7)]
    text = "某市2022年工作要点\n一、目标任务\n粮食产量稳定在50亿斤以上。\n二、重点工作\n(一)稳定粮食生产。\n"
    assert [t["line"] for t in only_plan(import_texts([("d.txt", text)]))["tasks"]] == [5]


def test_a_list_of_more_than_ninety_nine_bracketed_items_keeps_every_item():
    text = "某县2024年重点工作任务清单\n" + "\n".join(f"（{i}）做好第{i}项工作。（牵头单位：县应急局）" for i in range(1, 121))
    tasks = only_plan(import_texts([("t.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks][-2:] == ["（119）", "（120）"]
    assert len(tasks) == 120 and all(t["lead"][0]["written"] == "县应急局" for t in tasks)


def test_an_item_naming_its_own_units_over_measures_naming_theirs_is_a_task_too():
    # a 分工方案's 重点任务 with its units, then its 具体措施 with theirs (the State Council's shape): a reader
    # looking up 省发展改革委 finds the task that names it; each measure keeps its own units
    text = """某某省深化改革重点任务分工方案
一、提高政策实施的精准性
(一)研究将财政资金直达机制制度化,落实减税降费政策。(省财政厅、省发展改革委等省有关部门及各市按职责分工负责)
具体措施:
1.及时总结财政资金直达基层的经验做法。(省财政厅牵头,省有关部门及各市按职责分工负责)
2.简化税费优惠政策适用程序。(省税务局牵头,各市按职责分工负责)
(二)加快推进政务服务标准化。(省政务服务局负责)
"""
    tasks = only_plan(import_texts([("t.txt", text)]))["tasks"]
    assert [(t["number"], [r["written"] for r in t.get("lead", [])]) for t in tasks] == [
        ("(一)", ["省财政厅", "省发展改革委", "省有关部门", "各市"]),
        ("1.", ["省财政厅"]),
        ("2.", ["省税务局"]),
        ("(二)", ["省政务服务局"]),
    ]
    assert "具体措施" not in tasks[0]["text"] and "经验做法" not in tasks[0]["text"]


def test_items_numbered_on_a_page_read_one_byte_off():
    """A mirror that reads a GBK page one byte off from an item's full-width indent shows "(一)紧扣…" as
    "?。ㄒ唬┚o扣…" and "(二)聚焦…" as "?。ǘ┚劢…": the items are still (一) and (二), each with its clause."""
    text = (
        "某市2023年數字政府工作要點\n"
        "一、持續提升數字政府基礎能力\n"
        " ?。ㄒ唬┚o扣指標任務,統籌推進均衡化發展工作。2023年底完成80%以上指標任務。(市政務服務數據管理局牽頭)\n"
        " ?。ǘ┚劢沽笾骶€,全面提升數字政府服務能力。(市發展改革局牽頭)\n"
    )
    tasks = only_plan(import_texts([("m.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [3, 4]
    assert refs(tasks[0], "lead") == ["市政務服務數據管理局"] and refs(tasks[1], "lead") == ["市發展改革局"]
    assert [d["text"] for d in tasks[0]["deadlines"]] == ["2023年底"]


def test_the_first_unit_named_by_its_rank_leads():
    """"(第一责任单位为牵头单位,下同)" after an item's 责任单位 list is the reading rule 列第一位者为牵头单位 written
    with the rank in the unit's name: the first unit of this item and of each later one leads."""
    text = (
        "某市聚焦企业关切优化营商环境的若干措施\n"
        "一、营造公平竞争市场环境\n"
        "(一)推进完善PPP健康运行长效机制。\n"
        "责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n"
        "(二)严格落实全省统一的招投标政策。\n"
        "责任单位:市建设局、市交通局\n"
    )
    tasks = only_plan(import_texts([("x.txt", text)]))["tasks"]
    assert refs(tasks[0], "lead") == ["市发改委"] and refs(tasks[0], "units") == ["市财政局"]
    assert refs(tasks[1], "lead") == ["市建设局"] and refs(tasks[1], "units") == ["市交通局"]


def test_a_time_line_labelled_with_what_it_asks():
    """"时限要求:持续推进" on its own line below an item's 责任单位 line is the item's time field, as 完成时限: is:
    its value is the item's deadline, and the line adds no unit."""
    text = (
        "某市优化营商环境的若干措施\n"
        "一、营造公平竞争市场环境\n"
        "(一)推进完善PPP健康运行长效机制。\n"
        "责任单位:市发改委\n"
        "时限要求:持续推进\n"
        "(二)严格落实全省统一的招投标政策。\n"
        "责任单位:市建设局\n"
        "时限要求:2019年6月底前\n"
    )
    tasks = only_plan(import_texts([("t.txt", text)]))["tasks"]
    assert [[d["text"] for d in t["deadlines"]] for t in tasks] == [["持续推进"], ["2019年6月底前"]]
    assert refs(tasks[0], "units") == ["市发改委"]


def test_a_group_written_once_for_departments_and_units():
    """"市直有关部门、单位": the qualifier is written once for both groups, as in 县直有关部门和单位, so the bare
    单位 after the list's mark is 市直有关单位, not a unit called 单位."""
    text = (
        "某市2023年数字政府建设工作要点\n"
        "1.深化政务服务“网上办”。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府)\n"
    )
    task = only_plan(import_texts([("g.txt", text)]))["tasks"][0]
    assert refs(task, "units") == ["市直有关部门", "市直有关单位", "各区市政府"]


def test_a_shared_ge_before_development_parks():
    """"各县区、开发园区按职责分工负责": the 各 is the parks' too (各开发园区), as in 各镇、街道, and with no lead
    named the list before 按职责分工负责 leads."""
    text = (
        "某市推进民营经济高质量发展的实施细则\n"
        "1.搭建创意平台。每季度举办创意会。(市商务局,各县区、开发园区按职责分工负责)\n"
    )
    task = only_plan(import_texts([("p.txt", text)]))["tasks"][0]
    assert refs(task, "lead") == ["市商务局", "各县区", "各开发园区"]


def test_a_group_after_deng_may_write_有关_before_its_level():
    # "市交通运输局等有关市直部门" (shijiazhuang-2024 of set 24), as "…等市直有关部门"
    assert split_units("市交通运输局等有关市直部门") == ["市交通运输局", "有关市直部门"]
    assert split_units("市交通运输局等市直有关部门") == ["市交通运输局", "市直有关部门"]


def test_an_items_targets_beside_its_measures_are_no_task():
    text = ("2023年全省卫生健康工作要点\n一、总体要求\n坚持稳中求进。\n二、主要任务\n(一)实施全民健康促进行动。\n"
            "1.主要目标指标。\n人均预期寿命达82.4岁,居民健康素养水平达39%以上。\n2.重点工作举措。\n"
            "(1)构建监测评价指标体系。\n(2)开展健康县建设。\n(二)实施医疗服务提升行动。\n1.主要目标指标。\n"
            "三级医院达到50家。\n2.重点工作举措。\n(1)推进省级医学中心建设。(省卫生健康委牵头)\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [(t["line"], t["title"]) for t in plan["tasks"]] == [(8, "重点工作举措"), (14, "重点工作举措")]


def test_a_summary_the_notice_sends_beside_its_plan_gives_no_plan_and_no_tasks():
    # a 卫计委 sends its 2016 总结 and its 2017 要点; the copy holds only the 总结, a report of work done
    text = """某市卫生计生委关于印发2016年某市卫生计生工作总结和2017年某市卫生计生工作要点的通知
各区、县(市)卫生计生局、各处室:
《2016年某市卫生计生工作总结》和《2017年某市卫生计生工作要点》已经委主任办公会议通过,现予以下发,请贯彻执行。
某市卫生计生委
2017年2月22日
2016年某市卫生计生工作总结
2016年全市卫生计生工作整体有序推进。
一、突出两个主题,深化医改促发展
1.深化公立医院改革。完善公立医院绩效考核,我市得分列全省地市第一。
"""
    plans = import_texts([("s.txt", text)]).plans
    assert [p["kind"] for p in plans] == ["notice"]
    assert not any(p["tasks"] for p in plans)


def test_the_parts_of_a_summary_reporting_work_done_are_no_task_parts():
    # a 统计局's 工作总结: 一、主要指标完成情况 and 二、2020年工作完成情况 review the year, no task below them
    text = """某区统计局2020年工作总结
字体大小:【大】 【中】 【小】
现将2020年我局工作总结如下:
一、主要指标完成情况
2020年全年,我区地区生产总值完成220.1亿元。
二、2020年工作完成情况
(一)精心筹划,做好第七次人口普查
一是加强领导,建立健全组织机构。
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert plan["tasks"] == []
    assert plan["title"] == "某区统计局2020年工作总结"  # the font-size switch is page furniture, no title


def test_a_one_line_copy_of_numbered_items_each_with_its_fields_after_a_space():
    # a notice's table flattened onto one line (ningbo-2014): items 1. 2. after a sentence and a space, each followed
    # by its labelled fields run together, a space before each label
    text = ("2024年市政府民生实事项目共有10项任务,各责任单位高度重视,实事项目总体进展情况良好。现将进展情况予以公示,接受社会"
            "监督,下阶段将进一步加大督查考核力度,确保民生实事项目各项目标任务圆满完成,请各责任单位按照要求抓好落实。"
            " 1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 项目责任人:尹文德"
            " 实际完成情况:工程已通车试运营。 2.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局"
            " 项目责任人:王伟标 配合单位:市城管局、市财政局 实际完成情况:整体进度已完成年度目标任务的55%。"
            " 3.新辟公交线路10条。 牵头领导:王仁洲 责任单位:市交通委 配合单位:市公安局,各区政府 鄞州 海曙、江东 合计"
            " 新辟线路年度目标 2 5 7 实际完成情况:已新辟6条。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    assert refs(tasks[0], "units") == ["市轨道交通工程建设指挥部"]
    # a role's value ends at the space after it: the table of figures by district behind it names no unit
    assert refs(tasks[2], "support") == ["市公安局", "各区政府"]
    # persons (牵头领导, 项目责任人) give no units; 配合单位 supports
    assert refs(tasks[1], "units") == ["市公安局"] and refs(tasks[1], "support") == ["市城管局", "市财政局"]


def test_a_one_line_copy_of_measures_starting_mid_list_with_gaps_cut_after_each_clause():
    # a mirror keeping only each measure's heading and clause on one line (shenzhen-dikong): it opens inside the
    # list at (三), skips (五) and (七) to (九); each number right after a clause's closing bracket starts a measure
    text = ("(责任单位:市工业和信息化局、市财政局)鼓励各区政府加大对本市企业增资扩产的空间保障力度,(责任单位:各区政府)"
            "(三)支持企业技术改造,(责任单位:市工业和信息化局、市财政局)(四)强化重点企业支持,鼓励企业加大研发投入,推动"
            "技术创新成果转化应用,支持企业建设研发机构,培育一批创新型领军企业,(责任单位:市科技创新委、"
            "市地方金融监管局)(六)鼓励产业关键技术研发,(责任单位:市工业和信息化局)(九)鼓励做大低空物流市场规模,"
            "(责任单位:市交通运输局、民航深圳空管站)\n")
    tasks = only_plan(import_texts([("s.txt", text)]))["tasks"]
    # the sentence before (三), closed by its own clause, is a task of its own, number none (as shenzhen-dikong's gold;
    # the bare clause the copy opens with closes an item it lost, no task)
    assert [t["number"] for t in tasks] == [None, "(三)", "(四)", "(六)", "(九)"]
    assert tasks[0]["title"].startswith("鼓励各区政府加大") and refs(tasks[0], "units") == ["各区政府"]
    # the colon of the clause's label in brackets is no heading's colon: the heading is not cut at it
    assert tasks[1]["title"].startswith("支持企业技术改造") and not tasks[1]["title"].endswith("(责任单位")
    assert refs(tasks[1], "units") == ["市工业和信息化局", "市财政局"]
    assert refs(tasks[4], "units") == ["市交通运输局", "民航深圳空管站"]


def test_a_work_points_body_headed_as_its_overall_arrangement_of_work_holds_the_tasks():
    # 二、总体工作安排 names the year's work point by point (its items carry X牵头,Y配合), not a schedule
    text = """某市健康某市行动2023年工作要点
一、总体要求
以健康某市建设为主线,聚力涵养共建共享新生态。
二、总体工作安排
(一)完善健康某市建设工作机制
1.调整市健康某市建设工作委员会组成人员。(市健康办牵头,市级成员单位配合)
2.定期召开工作协调会议。(市健康办牵头,市卫生健康委配合)
三、工作要求
各单位要按时报送进展情况。
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(6, "1."), (7, "2.")]
    assert refs(plan["tasks"][0], "lead") == ["市健康办"]
    assert refs(plan["tasks"][0], "support") == ["市级成员单位"]


def test_a_pdfs_wrapped_line_opening_with_a_quantity_is_no_item():
    # the PDF's spacing sets the number off ("15 岁", "7 号)"): a sentence going on, not items 15 and 7
    text = """某区2019年健康促进与教育工作实施方案
为贯彻落实《某省贫困地区健康促进三年攻坚行动实施方案》(某卫宣传函〔2019〕
7 号) 的通知要求,特制定本实施方案.
一、主要任务
(一)开展健康素养监测。全区居民健康素养水平提高到 26%以上,
15 岁及以上人群吸烟率低于 25%。(区卫生健康局负责)
(二)建设健康促进学校。(区教育局负责)
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(5, "(一)"), (7, "(二)")]
    assert refs(plan["tasks"][0], "lead") == ["区卫生健康局"]


def test_a_goals_heading_glued_to_its_paragraph_by_pdf_spacing_holds_no_task():
    text = """某区2019年健康促进与教育工作实施方案
一、工作目标 进一步完善健康促进与教育体系建设,提高我区居民健康素养水平.
(一)全区居民健康素养水平提高到30%以上.
(二)全区15岁及以上人群吸烟率低于25%.
二、重点任务
(一)开展健康素养监测。(区卫生健康局负责)
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [6]


def test_frame_labels_joined_in_a_heading_glued_to_its_paragraph_by_a_space_hold_no_task():
    # unknown-county-qiudongji… (held-out set 95): "一、指导思想和总体要求 坚持以…", the frame's two labels joined by 和
    # alone before the paragraph a space glues on, as "一、工作目标 进一步…" is: no task; the measures part after it holds them
    text = """某县秋冬季疫情防控方案
一、指导思想和总体要求 坚持以人民为中心,扎实做好秋冬季疫情防控应对准备。
二、防控措施 按照工作措施,全力做好秋冬季疫情防控准备。
(一)防控指挥体系做到“四个不变”。各乡镇、各部门要继续坚持防控指挥体系。
(二)严格外防输入。严格落实入境人员全流程闭环管理。
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [4, 5]
    assert refs(plan["tasks"][0], "units") == ["各乡镇", "各部门"]


def test_a_heading_ending_in_and_general_requirements_holds_no_task():
    # jiangxi-2012: "一、全面把握《意见》的精神实质和总体要求" over (一)(二) on the plan's meaning and guiding
    # thought: the part's keyword ends its heading, its points are no tasks
    text = """某省实施意见
一、全面把握《意见》的精神实质和总体要求
(一)充分认识重大意义。支持苏区振兴发展是重大战略决策。
(二)深入贯彻指导思想。全省上下必须坚持以科学发展观为指导。
二、主要任务
(一)加快基础设施建设。(省发改委牵头)
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [6]


def test_the_basic_goals_of_a_creation_plan_are_no_tasks():
    # 二、基本目标 over (一)(二): the state the 创建 should reach, before the plan's tasks
    text = """某市创建省级食品安全先进县工作实施方案
一、总体思路
以建设“食安某市”为目标,严格落实属地管理责任。
二、基本目标
(一)食品安全整体状况良好。近三年来没有发生重大食品安全事故。
(二)食品安全治理水平稳步提高。
三、主要任务
(一)落实属地管理责任。(市食安办牵头,各镇配合)
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [8]
    assert refs(plan["tasks"][0], "lead") == ["市食安办"]


def test_a_campaigns_content_and_schedule_part_is_its_task_part():
    # a county notice whose one part of work is "活动内容与时间安排" (its stages, each naming who does what), then its
    # requirements: the stages are the tasks with their dates, the requirements none (zhijiang-2009)
    text = """某县人民政府办公室关于开展卫生整治活动的通知
各乡镇人民政府,县直机关各单位:
现将有关事项通知如下:
一、活动内容与时间安排
1、集中整治阶段(1月10日-12日)。某镇人民政府、县直机关各单位要依据责任区,对辖区内的卫生进行一次全面的清扫。
2、检查评比阶段(1月13日-15日)。由县创建办、县爱委会牵头组织有关单位人员对此次活动进行全面检查验收。
二、具体要求
1、成立组织机构,强化领导。县里成立领导小组,由县长任组长。
"""
    (plan,) = import_texts([("z.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [5, 6]
    first, second = plan["tasks"]
    assert refs(first, "units") == ["某镇人民政府", "县直机关各单位"]
    assert refs(second, "lead") == ["县创建办", "县爱委会"]
    assert [d["text"] for d in first["deadlines"]] == ["1月10日-12日"]


def test_a_duty_list_line_whose_unit_is_the_subject_of_yao():
    # a district's allocation of tasks, one unit a paragraph with no number: "区住建局负责…", and beside such lines
    # "区委农办要结合…,负责指导…" — a task each, led by its unit (cunzhuang of held-out set 51)
    text = """现将区各单位在村庄环境整治工作中的任务作如下明确:
区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。
区委农办要结合全区建设任务,负责指导督查新社区按示范村标准建设。
区财政局负责村庄环境整治专项经费的落实,监督资金的使用情况。
区环保局要加强工业污染源的环境管理,负责督查工业废弃物加工点的取缔,配合区农委指导整治农业废弃物。
"""
    (plan,) = import_texts([("c.txt", text)]).plans
    assert [(t["line"], refs(t, "lead")) for t in plan["tasks"]] == [
        (2, ["区住建局"]), (3, ["区委农办"]), (4, ["区财政局"]), (5, ["区环保局"])]


def test_items_whose_brackets_the_copy_lost_before_one_in_brackets():
    # "一针对…" / "二县教育局要…" then "(三)…": items of the (一) level whose brackets a copy lost, read as items
    # because the count goes on into "(三)" (unknown-county-jindu of held-out set 51); "一是…" stays in its item
    text = """某县禁毒宣传教育工作计划
一、指导思想
认真贯彻落实禁毒工作会议精神。
二、主要工作内容
一针对新型毒品违法犯罪有所反弹的形势,大力加强宣传。一是各乡镇要开展宣传。二是公安部门要在年底前完成培训。
二县教育局要严格遵照大纲要求,确保学校禁毒教育到位。
(三)积极利用社会资源,抓好宣传。
"""
    (plan,) = import_texts([("j.txt", text)]).plans
    assert [(t["number"], t["line"]) for t in plan["tasks"]] == [("一", 5), ("二", 6), ("(三)", 7)]
    assert refs(plan["tasks"][1], "units") == ["县教育局"]
    assert [d["text"] for d in plan["tasks"][0]["deadlines"]] == ["年底前"]
    # with no bracketed number after them, bare numerals open no items
    (plan,) = import_texts([("k.txt", text.replace("(三)积极", "积极"))]).plans
    assert [t["line"] for t in plan["tasks"]] == [4]


def test_items_whose_numbers_carry_a_mark_before_the_full_stop():
    # huangpu-2022: a plan marks its pilot measures with a star behind the number ("1* .", "2*."); they are the
    # items under (一), which holds no task of its own
    text = """某区进一步打造国际一流营商环境行动方案
一、进一步推进营商环境评价指标系统化提升
(一)企业开办、经营及退出。在市场准入、准营和退出等方面深入推进改革。
1* .开展“一证多址”改革。对部分高频经营许可证免于再次办理。(区市场监管局负责)
2*.开展企业住所标准化登记。建立健全登记负面清单管理制度,2022年底前完成。
3.推进市场准入效能评估工作。
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(4, "1* ."), (5, "2*."), (6, "3.")]
    assert refs(plan["tasks"][0], "lead") == ["区市场监管局"]
    assert [d[0] for d in dl(plan["tasks"][1])] == ["2022年底前"]


def test_a_notice_flattened_onto_one_line_after_its_title_and_number():
    # a whole notice on one line (henan-2023): its title, its 文号, the letter and the numbered items with their
    # clauses; the title is the plan's, the items after it are its tasks
    text = ("某省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 某政〔2023〕5号 现将《政府工作报告》提出的"
            "2023年重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案,明确时间节点、责任领导、主要措施。"
            "各市政府要切实扛牢属地责任,加强工作谋划,确保重点工作如期推进。省政府办公厅要对重点工作任务落实情况进行跟踪督办。"
            " 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复和扩大消费摆在优先位置,改善消费条件,创新消费场景。"
            "(省商务厅、财政厅、发展改革委等相关部门按职责分工负责) 2.落实好提振市场信心90条措施。(省发展改革委牵头,"
            "省商务厅、财政厅等相关部门按职责分工负责) 3.激活房地产市场\n")
    plan = only_plan(import_texts([("t.txt", text)]))
    assert plan["title"] == "某省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知"
    tasks = plan["tasks"]
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    assert refs(tasks[0], "lead") == ["省商务厅", "省财政厅", "省发展改革委", "相关部门"]
    assert refs(tasks[1], "lead") == ["省发展改革委"] and refs(tasks[1], "support") == ["省商务厅", "省财政厅", "相关部门"]


def test_a_part_headed_with_its_keyword_after_the_plans_subject_holds_no_tasks():
    # 一、深化预算管理制度改革的总体要求 (shandong-2014): the keyword 总体要求 qualified by the plan's subject with 的;
    # its items 1.指导思想 and 2.目标任务 are no tasks, where the copy ends in it too; the task part's items are
    text = ("某省人民政府关于深化预算管理制度改革的实施意见\n"
            "各市人民政府,省政府各部门:\n"
            "为建立现代预算制度,现就深化我省预算管理制度改革提出以下实施意见:\n"
            "一、深化预算管理制度改革的总体要求\n"
            "1.指导思想。贯彻落实有关精神,改进预算管理制度,创新预算管理方式,健全预算管理体系。\n"
            "2.目标任务。从2014年开始,全面启动预算管理制度改革,2016年基本完成各项任务。\n")
    assert only_plan(import_texts([("t.txt", text)]))["tasks"] == []  # the copy ends in that part
    text += "二、主要任务\n3.完善政府预算体系。加大政府性基金预算与一般公共预算统筹力度。(责任单位:省财政厅)\n"
    tasks = only_plan(import_texts([("t.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks] == ["3."]
    assert refs(tasks[0], "units") == ["省财政厅"]


def test_a_copy_opening_inside_a_letter_that_announces_its_own_points_before_the_plan():
    # a reprint that opens at a notice's sending sentence (guangdong-2022): "…现印发给你们,并提出以下意见…", the
    # letter's points 一、二、 (requirements on carrying the plan out, no tasks), then the plan's own opening
    # paragraph (为贯彻落实…,现制订本工作方案) and its items
    text = ("《2022年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,并提出以下意见,请一并贯彻执行。\n"
            "一、主动担当、积极作为。各地、各部门要逐项制定落实方案,于2022年3月15日前报省政府督查室备案。\n"
            "二、明确进度、定期报告。各牵头单位分别于2022年4月10日、7月10日前报送省政府督查室。\n"
            "为贯彻落实中央经济工作会议精神,做好今年全省政府工作,现制订本工作方案,逐项明确分管省领导和部门分工。\n"
            "1.地区生产总值增长5.5%。\n"
            "部门分工:省发展改革委牵头,各地、各部门配合。\n"
            "2.地方一般公共预算收入增长5%。\n"
            "部门分工:省财政厅牵头,各地、各部门配合。\n")
    tasks = only_plan(import_texts([("t.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks] == ["1.", "2."]
    assert refs(tasks[0], "lead") == ["省发展改革委"] and refs(tasks[1], "lead") == ["省财政厅"]
    assert dl(tasks[0]) == [] and dl(tasks[1]) == []  # the letter's report dates are no task's


def test_a_part_heading_the_copy_is_cut_below_after_the_plans_guiding_ideas_is_no_task():
    # hubei-2017: 一、指导思想 and its paragraph, then the copy ends on the next part's heading cut short (二、实施):
    # a part of the plan whose items the copy lost, no task
    text = ("湖北省促进中部地区崛起“十三五”规划实施方案\n"
            "为推动国家促进中部地区崛起战略在湖北的顺利实施,结合我省实际,制定本方案。\n"
            "一、指导思想\n"
            "全面贯彻党的十八大精神,坚持目标导向和问题导向,以提高发展质量和效益为中心,开创湖北在中部地区率先崛起的新局面。\n"
            "二、实施\n")
    assert only_plan(import_texts([("t.txt", text)]))["tasks"] == []


def test_an_untitled_notices_own_points_after_its_sending_paragraph_are_no_tasks():
    # heze-2023, qiaocheng-2020, shishi-2025: the copy starts at the 文号 or a metadata block (no title block), then
    # the addressees, a paragraph that sends the plan and the notice's 一、二、三、 requirements; the plan's items follow
    text = """某政办字 〔2023〕1号
各县区人民政府 (管委会),市政府各部门、各直属机构:
经市政府同意,现将《某市绿色低碳高质量发展分工落实方案》(以下简称《方案》)印发给你们,请认真贯彻实施。
一、高度重视,认真研究政策。各县区、各部门要对照《方案》所承担的目标任务,认真学习研究。
二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项,制定工作推进方案。
三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。
1. 建设绿色低碳高质量发展先行区实现重大突破。(牵头单位:市发展改革委)
2. 加快传统产业转型升级。(牵头单位:市工业和信息化局)
"""
    (plan,) = import_texts([("n.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [7, 8]  # the notice's requirements are none of them
    assert refs(plan["tasks"][0], "lead") == ["市发展改革委"]


def test_an_untitled_notice_saying_the_work_was_divided_into_so_many_tasks_keeps_its_points():
    # unknown-city-2024 (set 94): the copy opens at the addressees; the paragraph says the report's work was divided
    # into 135 重点任务 and announces the matters of carrying them out; the 一、二、 below are the notice's requirements,
    # though they name the districts and departments as the subjects of 要
    text = """各區人民政府,市政府各委、辦、局:

  市政府第38次常務會議確定,將《政府工作報告》的工作部署分解為135項重點任務,作為2024年市政府重點工作。為確保各項重點工作圓滿完成,現就有關事項通知如下:

  一、加強組織推動。各區、各部門、各單位要及時制定工作方案和任務臺賬,將重點工作逐項量化細化。

  二、狠抓任務落實。135項重點工作均明確了責任單位,各責任單位要堅持干字當頭,牽頭單位要負總責。
"""
    plans = import_texts([("n.txt", text)]).plans
    assert [t["line"] for p in plans for t in p["tasks"]] == []


def test_a_heading_joining_two_frame_parts_by_a_comma_holds_no_tasks():
    # yueyang-2017: 一、把握总体要求,明确工作目标 over (一)总体要求。… (二)工作目标。…; the tasks come in 二、
    text = """某市关于全面推进政务公开工作的实施意见
一、把握总体要求,明确工作目标
(一)总体要求。坚持以公开为常态、不公开为例外,推进行政决策、执行、管理、服务和结果“五公开”。
(二)工作目标。到2020年,政务公开工作总体迈上新台阶。
二、主要任务
(一)推进决策公开。实行重大决策预公开制度。(责任单位:市政府办)
(二)推进执行公开。加强督查审计结果公开。(责任单位:市审计局)
"""
    (plan,) = import_texts([("y.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [6, 7]


def test_a_heading_listing_the_frame_parts_it_holds_holds_no_tasks():
    # jinghong-2019: 一、指导思想、主要原则和行动目标 over (一)指导思想 and (二)主要原则 with its 1. 坚持问题导向: each piece
    # of the heading a frame label (行动目标 as 工作目标), so neither its items nor the principles' are tasks, in a
    # copy cut there as in one that goes on to its task part
    head = """某市关于实施安全工程三年行动计划的意见
一、指导思想、主要原则和行动目标
(一)指导思想
以习近平新时代中国特色社会主义思想为指导,进一步夯实安全生产基础。
(二)主要原则
1. 坚持问题导向。聚焦突出问题,采取工程措施。
"""
    (plan,) = import_texts([("j.txt", head)]).plans
    assert plan["tasks"] == []
    rest = """2. 坚持统筹推进。
二、主要任务
(一)推进道路交通安全工程。(责任单位:市交通运输局)
(二)推进消防安全工程。(责任单位:市消防救援大队)
"""
    (plan,) = import_texts([("j.txt", head + rest)]).plans
    assert [t["line"] for t in plan["tasks"]] == [9, 10]


def test_a_list_defining_terms_by_the_names_they_cover_is_no_tasks():
    # xichuan-2014: after its work items, "四区划分:" and 1、严管区:人民路; 2、禁摆区:解放路、东风路; … define the zones
    text = """某县清洁家园行动2014年工作要点
1、门前六包。保持门店门前清洁有序,杜绝随意堆放生活垃圾。(责任单位:市容大队)
2、商贩疏导工程。在控制区和疏导区内合理规划临时市场。(责任单位:市容大队)
四区划分:
1、严管区:人民路;
2、禁摆区:解放路、东风路、渠首大道;
3、控制区:鹳河路、丹江大道;
4、疏导区:新建路、健康路、前进路。
"""
    (plan,) = import_texts([("x.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [2, 3]


def test_a_part_naming_the_plans_core_tasks_is_a_task_part_beside_its_key_work():
    # a 防汛备汛 list (unknown-city-2025): 一、两大核心任务 over (一)(二) is a part of tasks as much as
    # 二、防汛备汛重点工作 over its levels' numbered items; neither part's items are lost to the other's heading
    text = ("一、两大核心任务\n(一)全面做好防汛备汛。县、乡、村各级全面做好防汛备汛工作。\n"
            "(二)开展风险隐患排查。加强整治和闭环管理。\n二、防汛备汛重点工作\n(一)县级\n"
            "1.推进防汛防台能力提升行动。\n2.维护更新防汛防台指挥要素图。\n(二)乡镇级\n1.完善防汛工作制度。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [(t["line"], t["number"]) for t in tasks] == [(2, "(一)"), (3, "(二)"), (6, "1."), (7, "2."), (9, "1.")]


def test_rules_set_out_in_chapters_and_articles_keep_their_general_chapter_out_of_the_tasks():
    # "第一章  总  则 / 第一条 为…制定本规定" then chapters of measures, each article closed by its clause (xiangyin-2019)
    text = ("某县进一步优化营商环境的若干规定\n\n第一章  总  则\n\n第一条  为提升行政效能,结合我县实际,特制定本规定。\n\n"
            "第二章  推进政务服务改革\n\n第二条  推进一窗办。设立综合受理窗口。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n\n"
            "第三条  推进网上办。2019年实现90%事项网上办。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(9, "第二条"), (11, "第三条")]
    assert [u["written"] for u in plan["tasks"][0]["lead"]] == ["县政务服务中心"]


def test_a_part_of_safeguards_headed_by_the_word_alone_is_no_task():
    # guangshui-2025: 一、实施内容 over (一)-(二), 二、工作安排 (the schedule), then 三、实施保障 with one paragraph;
    # a point of work ending in the word (强化要素保障) stays a task
    text = ("某镇全面推行河长制实施方案\n一、实施内容\n(一)健全责任体系。建立镇村两级河湖长工作架构。\n"
            "(二)强化要素保障。年内完成管理范围数据采集。\n二、工作安排\n(一)2023年重点任务:完成河道基础信息普查。\n"
            "三、实施保障\n镇财政每年安排专项经费150万元,保障河道管护。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [3, 4]


def test_a_part_of_schedule_requirements_is_no_task():
    # unknown-county-nongcun-renju: 一、目标任务 over (一)-(二), then 二、进度要求 over a project's milestones
    text = ("某县农村人居环境整治工作方案\n一、目标任务\n(一)农村生活污水治理。推进15个村开展村庄污水治理。\n"
            "(二)农村生活垃圾治理。完成11个村农村垃圾治理任务。\n二、进度要求\n"
            "(一)农村污水治理PPP项目。3月底前完成项目前期工作,4月底前完成招投标并进入实施。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [3, 4]


def _flattened_bureau_plan(fields: str = "") -> str:
    """A bureau's 专项整治 plan whose whole text a sharing site flattened onto one line: the addressees, an unnumbered
    组织领导 part, then two parts whose headings lost their numbers (实施专项整治工作, 配合做好专项整治工作), each over
    (一)(二)(三) glued to what runs before them, each item's fields glued on behind it."""
    why = "为做好创建全国文明城市工作,根据区委创建工作的总体部署,我局结合本行业实际情况,重点抓好小街巷、市政设施等专项整治工作," * 2
    return (
        "局机关各科室、各企事业单位:" + why + "现制定区建设局创建全国文明城市的工作实施方案:组织领导成立创建工作领导小组,由局长任组长,"
        "成员由局办公室、财务科、建工科、城建科等有关部门负责人组成。领导小组下设办公室,负责创建的日常协调督查工作。"
        "实施专项整治工作(一)建筑施工场地专项整治建筑施工场地:要求施工企业创建文明施工场地,做到施工场地围档、净车出场、安全施工。"
        f"{fields}责任部门:建工科、安全站、质监站(二)小街巷专项整治小街巷:对路面坑洼、路灯照明等开展专项整治工作。{fields}"
        "责任部门:城建科、市政管理处(三)道路绿化养护园林绿化:做好街道旁树木修剪工作。责任部门:园林局配合做好专项整治工作"
        f"(一)配合区执法局做好环境卫生保洁,门前三包工作{fields.replace('牵头', '配合')}配合部门:区园林局(二)配合区交通局做好户外广告专项整治"
        f"{fields.replace('牵头', '配合')}配合部门:城建科(三)配合区消防大队做好住宅小区消防问题、\n"
    )


def test_a_whole_document_flattened_onto_one_line_has_its_items_cut_where_they_are_glued_on():
    """The text on one line, 400 characters and more (unknown-district-jiansheju): (一)(二)(三) glued to the part heading
    and to the fields before them are items, cut as a page chunk's are; so is the next part's (一), which starts the
    numbering again (its heading lost), (二) after it."""
    tasks = only_plan(import_texts([("c.txt", _flattened_bureau_plan())]))["tasks"]
    assert [t["number"] for t in tasks] == ["(一)", "(二)", "(三)", "(一)", "(二)", "(三)"]
    assert refs(tasks[0], "units") == ["建工科", "安全站", "质监站"] and refs(tasks[1], "units") == ["城建科", "市政管理处"]
    assert refs(tasks[3], "support") == ["区园林局"] and refs(tasks[4], "support") == ["城建科"]


def test_an_items_sentence_with_a_person_label_glued_behind_it_keeps_its_own_title():
    """…门前三包工作配合领导:张明贵副局长配合部门:区园林局 — the 配合领导 label glued straight behind the item's sentence
    is a field of the item, not the end of its title (a title ending in 领导 read as a guarantee's)."""
    from planportal.importer.outline import split_title
    assert split_title("配合区执法局做好环境卫生保洁,门前三包工作配合领导:张明贵副局长配合部门:区园林局") == (
        "配合区执法局做好环境卫生保洁,门前三包工作", "配合领导:张明贵副局长配合部门:区园林局")
    tasks = only_plan(import_texts([("c.txt", _flattened_bureau_plan("牵头领导:阮斌副局长"))]))["tasks"]
    assert [t["number"] for t in tasks] == ["(一)", "(二)", "(三)", "(一)", "(二)", "(三)"]
    assert tasks[3]["title"] == "配合区执法局做好环境卫生保洁,门前三包工作"
    assert refs(tasks[0], "units") == ["建工科", "安全站", "质监站"] and refs(tasks[3], "support") == ["区园林局"]


def test_an_excerpt_that_opens_its_numbering_mid_list_after_half_width_stops_has_its_items_cut():
    """A sharing site's 导读 (unknown-town-qingming): fragments of a 镇's plan strung on one line by half-width full
    stops, its numbers before (三) lost — "…在3月24日前张贴到人员集中的场所.(三)对村内的…排摸登记.(四)对全镇销售
    烟花…全面排查,…" — (三) and (四) are items, cut where they start; a lone (三) with no (四) after it stays text."""
    text = (
        "【导读】结合我镇实际,特制定本方案.确保全年森林消防工作再创好成绩.森林防火知识宣传画在3月24日前张贴到人员集中的场所."
        "学校要开展教育活动,每个学生一份森林防火告知书.(三)对村内的特殊人员进行排摸登记,并落实监护人和监护措施."
        "(四)对全镇销售烟花,爆竹,蜡烛的商店及经营户进行全面排查,保证处于最佳工作状态.并与各行政村签订责任状.\n"
    )
    tasks = only_plan(import_texts([("d.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks] == ["(三)", "(四)"]
    assert tasks[0]["title"].startswith("对村内的特殊人员进行排摸登记")
    lone = text.replace("(四)对全镇", "对全镇")
    assert [t["number"] for t in only_plan(import_texts([("d.txt", lone)]))["tasks"]] == []


def test_the_partys_leadership_over_the_field_is_a_point_of_work_not_a_guarantee():
    """shenzhen-2019: a copy cut after its first point, "(一)切实加强党对教育工作的全面领导": the Party's leadership
    over the plan's field is a point of work (a 工作要点's first, often), not the 领导 of 组织领导."""
    point = "某市教育局2019年工作思路\n以新担当新作为推动教育高质量发展。\n(一)切实加强党对教育工作的全面领导。一是把党的政治建设放在首位。\n"
    tasks = [t for p in import_texts([("a.txt", point)]).plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["(一)"]
    guarantee = "某市教育局2019年工作思路\n以新担当新作为推动教育高质量发展。\n(一)切实加强组织领导。各学校要高度重视。\n"
    assert [t for p in import_texts([("b.txt", guarantee)]).plans for t in p["tasks"]] == []


def test_toneless_glosses_a_converter_put_after_each_character_are_stripped():
    """shenzhen-2019: a mirror's converter writes its glosses without tone marks, 工(gong)作, 各(ge)(ge)(ge)區: one
    pinyin syllable in brackets glued after a Chinese character (or after such a gloss) is stripped; a bracket of
    letters that is no syllable, or stands after anything else, stays."""
    assert strip_glosses("深圳市教育局2019年(nian)工(gong)作思路") == "深圳市教育局2019年工作思路"
    assert strip_glosses("各(ge)(ge)(ge)區(qu)教(jiao)(jiao)育(yu)部門(men)") == "各區教育部門"
    assert strip_glosses("二(er)是(shi)") == "二是"
    for kept in ("下载(app)", "附件(pdf)", "要求(a)、(b)", "第1(ab)项"):
        assert strip_glosses(kept) == kept
    text = "某市教(jiao)育局2019年(nian)工(gong)作思路\n(一)加强安全管理。各(ge)区(qu)教育部门(men)要加强安全教育。\n"
    plan = only_plan(import_texts([("g.txt", text)]))
    assert plan["title"] == "某市教育局2019年工作思路"
    assert [r["written"] for r in plan["tasks"][0]["units"]] == ["各区教育部门"]


def test_a_grassroots_committees_ge_shared_with_the_places_after_it_as_subject_of_yao():
    """"各居委会、社区要在显要位置制作…" in a 街道's measure (unknown-street-wenming-chengshi): the 各 of the committees
    is the communities' too, and both are the subject of 要 → units 各居委会, 各社区."""
    text = (
        "某街道文明城市创建工作实施方案\n"
        "1、大力宣传发动,营造浓厚氛围。及时宣传街道创建工作进展动态。各居委会、社区要在显要位置制作大型户外公益广告牌。\n"
    )
    task = only_plan(import_texts([("s.txt", text)]))["tasks"][0]
    assert refs(task, "units") == ["各居委会", "各社区"]


def test_an_untitled_notices_points_over_a_division_table_it_attaches_are_no_tasks():
    """lijiang-2013: a 测评 notice copied from its addressees, its paragraph announcing its points (现将具体事项通知
    如下), the first point saying the tasks are divided in a table it attaches (形成了《…任务分解表》(附件2)): its
    points and their (一)(二) are requirements about handing in records, none of them a task; a notice that announces
    its points with no such table keeps them as its tasks."""
    text = """古城区党委、政府,市直各有关部门:
接省文明办通知,省文明委将于2013年5月对我市城市文明程度指数进行测评。结合我市实际,现将具体事项通知如下。
一、创建工作任务分解
市创建办对创建工作任务进行了细化分解,形成了《某市城市文明程度指数测评工作任务分解表》(附件2),请各单位认真整改落实,务必于4月10日前将痕迹资料提交至市创建办。
二、上报材料要求
(一)报送材料的时间区间为2012年1月1日至2013年3月31日。
(二)上报材料要整理排序。
三、其它事宜
(一)请各单位于2013年3月27日前将联络员信息上报至市创建办。
"""
    (plan,) = import_texts([("n.txt", text)]).plans
    assert plan["tasks"] == []
    plain = text.replace("形成了《某市城市文明程度指数测评工作任务分解表》(附件2),", "")
    (plan,) = import_texts([("n.txt", plain)]).plans
    assert plan["tasks"]


def test_measure_cells_each_followed_by_its_date_cell_are_tasks_with_the_roles_after_the_holders_fuze():
    """A 创卫 table copied one cell per line with no header (unknown-district-2008-chuangwei): a row's measures, each a
    cell that opens with its holder's 负责 and the groups that support or guide it (工商局、区商务局配合, 区爱卫办指导),
    each followed by its own date cell: a task each, the date its deadline."""
    text = """创卫工作责任分解及工作进度表
区城管局负责,工商局、区商务局配合,取缔各类农贸市场占道经营现象。
2008年5月1日前
区城建局负责,各街道办事处(乡)配合,清除城中村菜地、菜园,实施绿化改造.
2008年4月15日前
工商局负责,商务局和各街道办事处(乡)配合,区爱卫办指导,监督各市场严格按照标准完成除“四害”达标工作。
2008年5月30日前完成
"""
    one, two, three = only_plan(import_texts([("c.txt", text)]))["tasks"]
    assert [t["line"] for t in (one, two, three)] == [2, 4, 6]
    assert refs(one, "lead") == ["区城管局"] and refs(one, "support") == ["工商局", "区商务局"]
    assert [d["text"] for d in one["deadlines"]] == ["2008年5月1日前"]
    assert refs(two, "support") == ["各街道办事处(乡)"]
    assert refs(three, "support") == ["商务局", "各街道办事处(乡)"] and refs(three, "supervise") == ["区爱卫办"]


def test_a_part_whose_items_are_the_plans_frame_under_a_heading_worded_as_a_goal_is_no_task_part():
    # anhui-2021-jiaotong: "一、坚持以习近平法治思想为指引,努力实现…率先取得突破" over "(一) 指导思想。" (the copy cut there):
    # the plan's general requirements under a heading that words them as a goal, no tasks; its targets naming their
    # units are tasks still
    text = ("关于进一步深化交通运输法治政府部门建设的实施意见\n为深入贯彻落实有关部署,制定本实施意见。\n"
            "一、坚持以法治思想为指引,努力实现交通运输法治政府部门建设率先取得突破\n(一) 指导思想。\n坚持以新时代思想为指导,全面贯彻会议精神。\n"
            "(二)基本原则。\n坚持党的领导。\n")
    assert only_plan(import_texts([("a.txt", text)]))["tasks"] == []
    text = ("某市规划纲要目标任务分工\n一、责任主体及工作分工\n(一)主要目标。\n1.主要指标的责任部门。\n"
            "常住人口控制在1150万人左右。(市人口计生委牵头)\n")
    assert [t["line"] for t in only_plan(import_texts([("b.txt", text)]))["tasks"]] == [4]


def test_a_headline_naming_the_plan_a_notice_sends_over_the_notices_letter_and_its_own_points():
    # huarong-2021-xianzhengfu: the page's headline "2021年县政府重点工作任务(华政发〔2021〕2号)" over the addressees and
    # "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们…", then the notice's own points 一、强化责任落实…:
    # the headline is the plan's short name, the points the notice's requirements, no tasks
    text = ("2021年县政府重点工作任务(某政发〔2021〕2号)\n来源:某县政府   2021-03-23 10:56\n\n各乡镇人民政府、县直各单位:\n\n"
            "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n\n"
            "一、强化责任落实。主要责任单位要切实履行主职主责,其他责任单位要积极履行配合职责。\n\n"
            "二、细化工作方案。各主要责任单位要于2021年3月15日前报县政府督查室备案。\n\n三、加强调度协调。各主要责任单位要主动协调。\n")
    plan = only_plan(import_texts([("h.txt", text)]))
    assert plan["title"] == "2021年县政府重点工作任务" and plan["tasks"] == []
    # a headline that is no name of what the letter sends leaves the points where they were
    other = text.replace("《2021年县政府重点工作任务分解》", "《某县安全生产专项整治方案》")
    assert [t["line"] for t in only_plan(import_texts([("h.txt", other)]))["tasks"]] == [8, 10, 12]


def test_a_whole_document_on_one_line_whose_items_numbered_1_hold_items_numbered_in_brackets():
    # unknown-county-jiaotongju: a bureau's 意识形态 plan a sharing site flattened onto one line, its parts "1、工作职责"
    # and "2、党组工作责任" each over items (1) (2) … set off by a space: the (1) items are the tasks, cut where each
    # starts, as the 1、 items of a page chunk are
    text = ("某县交通运输局党组意识形态工作责任制实施方案 为认真贯彻落实上级关于意识形态工作的部署要求,进一步加强和改进意识形态工作,"
            "确保党组领导班子和领导干部的意识形态工作责任落到实处,增强政治意识、责任意识、阵地意识,切实做到守土有责、守土负责、"
            "守土尽责,结合我局工作实际,特制定本方案。"
            " 1、工作职责 (1)按照属地管理、分级负责的原则,局党组领导班子对机关各股室意识形态工作负主体责任。"
            " (2)局党组书记是意识形态工作第一责任人,带头抓意识形态工作,带头管阵地把导向强队伍。"
            " (3)局党组分管领导是意识形态工作直接责任人,协助党组书记抓好统筹协调指导工作。"
            " (4)党组其他成员根据工作分工,按照一岗双责要求,抓好分管股室的意识形态工作。"
            " 2、党组工作责任 (1)要认真贯彻落实中央和省市县委关于意识形态工作的决策部署,每年至少两次专题研究意识形态工作。"
            " (2)要加强对意识形态阵地的建设和管理,落实管理责任。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [t["number"] for t in plan["tasks"]] == ["(1)", "(2)", "(3)", "(4)", "(1)", "(2)"]
    assert plan["tasks"][1]["title"].startswith("局党组书记是意识形态工作第一责任人")
    # a paragraph that enumerates (1) (2) on a line of its own, the document's lines kept, is no run-on copy
    kept = text.replace(" 1、", "\n1、").replace(" 2、", "\n2、")
    assert all(t["number"] in ("1、", "2、") for t in only_plan(import_texts([("b.txt", kept)]))["tasks"])


def test_paragraphs_of_a_frame_part_that_close_with_their_own_clause_are_tasks():
    # shandong-2022-zhizaoye…: a 行动方案's 一、总体要求 opens with its preface, then gives each 转型目标 a paragraph
    # closed by the bodies that lead it ("加快“新基建”,…。(A、B牵头,C参与)"): those paragraphs are tasks, the
    # preface none, though the part is titled as the plan's frame
    text = ("某省制造业数字化转型行动方案\n为全面推进制造业数字化转型,制定本行动方案。\n一、总体要求\n"
            "牢牢把握新一轮科技革命和产业变革机遇,力争到2025年,全省制造业数字化水平明显提升。\n"
            "加快“新基建”,数字基础设施支撑能力显著增强。开通5G基站25万个。(省工业和信息化厅、省通信管理局牵头,省大数据局参与)\n"
            "催生“新动能”,企业数字化转型成效更加凸显。培育100家以上智能制造标杆企业。(省工业和信息化厅牵头)\n"
            "二、保障措施\n加强组织领导。\n")
    tasks = only_plan(import_texts([("z.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [5, 6]
    assert refs(tasks[0], "lead") == ["省工业和信息化厅", "省通信管理局"] and refs(tasks[0], "support") == ["省大数据局"]
    assert refs(tasks[1], "lead") == ["省工业和信息化厅"]
    # the same paragraphs with no clause of their own: the frame's text, no task
    bare = text.replace("(省工业和信息化厅、省通信管理局牵头,省大数据局参与)", "").replace("(省工业和信息化厅牵头)", "")
    assert only_plan(import_texts([("y.txt", bare)]))["tasks"] == []


def test_a_one_line_mirror_opening_with_a_sentence_closed_by_its_own_clause_before_its_first_number():
    # yongchun-2023-zhuanjingtexin…, shenzhen-dikong…: a mirror that kept only each item's heading and clause, run
    # together on one line, the first number it shows (三): the sentence before it, closed by its own clause, is the
    # tail of an item whose heading it lost, a task of its own (its sentence behind the preamble's purpose clause)
    text = ("某县促进专精特新企业发展行动方案(2023-2025年)为深入学习贯彻党的二十大精神,,培育各具特色的专精特新中小企业特色产业集群,,"
            "(责任单位:县工信商务局,、农业农村局、各乡镇)(三)实施专精特新特色园区建设行动鼓励专精特新企业集聚发展,对集聚4家以上专精特新"
            "中小企业的产业园区授予荣誉称号,,(责任单位:县工信商务局,、发改局)(四)实施“创新驱动”行动建设行动搭建产业共性服务平台,,"
            "支持专精特新企业设立争创各级重点实验室,(责任单位:县工信商务局,、县科技局,、财政局)(五)实施金融服务保障行动鼓励金融机构"
            "创新信贷产品和服务,对专精特新中小企业,、小巨人企业引进经市级认定为高层次人才团队予以政策支持,,(责任单位:县工信商务局,、"
            "县金融办)(六)实施人才支撑行动支持专精特新企业引进高层次人才和急需紧缺人才,,(责任单位:县人社局,、县工信商务局)"
            "(七)实施品牌培育行动支持专精特新企业创建自主品牌,参与制定国际标准、国家标准和行业标准,,(责任单位:县市场监管局,、"
            "县工信商务局)\n")
    tasks = only_plan(import_texts([("y.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks] == [None, "(三)", "(四)", "(五)", "(六)", "(七)"]
    assert tasks[0]["title"].startswith("培育各具特色的专精特新中小企业特色产业集群")
    assert refs(tasks[0], "units") == ["县工信商务局", "农业农村局", "各乡镇"]
    # with no clause before its first number the opening is the preamble, no task
    bare = text.replace("(责任单位:县工信商务局,、农业农村局、各乡镇)", "对专精特新企业给予支持,")
    assert [t["number"] for t in only_plan(import_texts([("z.txt", bare)]))["tasks"]] == ["(三)", "(四)", "(五)", "(六)", "(七)"]


def test_a_leading_group_notices_remit_and_members_are_no_tasks():
    # wujin-2021-gaoduan…: a 高新区's notice setting up a leading group: 一、主要职责 (the group's remit), 二、组成人员 (its
    # members, persons with their posts), 三、工作机制: the body it sets up, no part of tasks
    text = ("某某街道办事处,机关各部门,各直属公司:\n为加快打造特色创新产业集群,经研究,决定成立示范园区创建工作领导小组,相关成员及单位职责如下:\n"
            "一、主要职责\n负责编制高端装备产业发展规划,制定年度目标任务,围绕高端装备产业全力开展招商引资、招才引智工作,推进项目建设。\n"
            "二、组成人员\n组 长:张三 某某高新区管委会副主任\n成 员:李四 经济发展局局长\n王五 招商局局长\n"
            "领导小组下设办公室,办公室设在经济发展局,办公室成员如有变动,由所在单位向领导小组办公室提出变更申请。\n"
            "三、工作机制\n1、分工合作机制。明确办公室组成人员分工,做到职责明确。\n2、牵头协调机制。全面负责牵头协调工作。\n")
    assert [t for p in import_texts([("w.txt", text)]).plans for t in p["tasks"]] == []

def test_a_part_headed_by_the_name_of_the_body_a_plan_sets_up_is_no_task():
    # weixi-2020-xinguan… (held-out set 95): 二、疫情处置工作指挥部, the body the plan sets up, over its 指挥长 and 成员 by
    # person and post: an organisation part, as 组织机构 and 组成人员 are, no task; a point of work that sets one up
    # (二、成立疫情防控工作领导小组。负责…) stays a task
    text = ("某县疫情防控工作方案\n一、工作目标\n有效预防疫情发生。\n二、疫情处置工作指挥部\n为做好疫情防控工作,特成立某县疫情防控工作指挥部。\n"
            "指挥长:张三 县人民政府副县长\n成 员:李四 县卫生健康局局长\n王五 县公安局副局长\n")
    assert [t for p in import_texts([("w.txt", text)]).plans for t in p["tasks"]] == []
    text = text.replace("二、疫情处置工作指挥部", "二、成立疫情防控工作领导小组")
    assert [t["number"] for p in import_texts([("w.txt", text)]).plans for t in p["tasks"]] == ["二、"]


def test_a_two_phrase_part_heading_on_a_one_line_copy_is_cut_before_its_first_item():
    # unknown-town-2020-qiudongji… (held-out set 95): the whole plan on one line, its part headings two short phrases
    # parted by a comma with their first item glued on (一、高度重视,加强防范意识(一)统一领导,联防联控。…): the items
    # are cut there, each a task, as after a heading with no comma
    text = ("某镇秋冬季疫情防控工作方案\n为切实做好我镇疫情防控工作,结合工作实际特制定工作方案如下:一、高度重视,加强防范意识"
            "(一)统一领导,联防联控。镇政府负责疫情应急的统一领导与指挥。(二)依法防控,科学应对。依据相关法律法规开展工作。"
            "二、强化责任,增强大局意识(一)成立领导小组。负责统一指挥全镇疫情工作的开展。(二)成立应急小分队。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)", "(一)", "(二)"]
    assert refs(plan["tasks"][0], "lead") == ["镇政府"]


def test_bracketed_arabic_points_straight_below_one_item_of_its_level_stay_in_it():
    # unknown-city-zhili-cheliang… (held-out set 90): 四、's measures (一)(二)(三), only (二) with points (1)(2) below
    # it (no 1. level between, no clause of their own): the points spell (二) out, as 一是/二是 do → the tasks are
    # (一), (二), (三)
    text = (
        "某市治超实施方案\n四、加强监管力度,实施源头管理\n"
        "(一)各级人民政府强化管理,落实有关单位的主体责任。\n"
        "(二)加强企业管理,确保违法超限超载车辆不出厂。\n"
        "(1)各企业许可机关要强化监督,建立车辆源头装载管理制度。\n"
        "(2)企业许可机关落实黑名单制度。\n"
        "(三)交通部门按照规定,对经营者责令其改正。\n"
    )
    (plan,) = import_texts([("z.txt", text)]).plans
    assert [(t["number"], t["line"]) for t in plan["tasks"]] == [("(一)", 3), ("(二)", 4), ("(三)", 7)]
    # with a 1. level below (二) the points are the tasks of that branch, as before
    (plan,) = import_texts([("y.txt", text.replace("(1)", "1.").replace("(2)", "2."))]).plans
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "1.", "2.", "(三)"]


def test_labelled_paragraphs_under_a_bare_heading_are_tasks_each():
    from planportal.importer import import_texts

    # neimenggu-jiaqiang-wuye… (内蒙古's notice on 物业管理): a part heading alone on its line over paragraphs that each
    # open with a short sentence naming their matter; the paragraphs are the measures, the heading their group
    text = (
        "内蒙古自治区进一步加强物业管理工作通知\n内政办字[2010]268号\n各盟行政公署、市人民政府:\n"
        "为切实解决这些问题,现就有关事宜通知如下。\n一、进一步培育和规范物业管理市场\n"
        "全面推行物业管理招投标制度。各地区要加快建立竞争有序的物业管理市场,完善招投标机制。\n"
        "规范前期物业管理工作。开发建设单位在销售房屋时,不得擅自作出承诺。\n"
    )
    (plan,) = import_texts([("n.txt", text)]).plans
    tasks = plan["tasks"]
    assert [(t["line"], t["title"]) for t in tasks] == [(6, "全面推行物业管理招投标制度"), (7, "规范前期物业管理工作")]
    assert [r["written"] for r in tasks[0]["units"]] == ["各地区"]
    assert not tasks[1].get("units")


def test_points_opening_with_yishi_under_a_bare_heading_stay_its_points():
    from planportal.importer import import_texts

    # xixiang-2020: "一是抓组织协调。…" / "二是抓施工进度。…" are the points inside one item, not labelled measures
    text = (
        "关于县级领导包抓2020年重点项目建设工作的通知\n各镇党委、政府:\n为抓好项目建设,现通知如下。\n"
        "一、包抓工作任务\n一是抓组织协调。调动各方力量,组建机构。\n二是抓施工进度。围绕目标任务,制定节点推进计划。\n"
    )
    (plan,) = import_texts([("x.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [4]


def test_a_copy_ending_on_the_next_items_bare_number_keeps_that_item():
    from planportal.importer import import_texts

    # unknown-city-chengshi-zonghe… (page 3 of a law mirror): the copy's last line is "(二)" alone, the number of the
    # item after (一), its text lost with the rest of the page
    text = (
        "五、建立和完善长效机制,进一步提高城市管理水平\n"
        "(一)认真贯彻落实市委、市政府有关意见,按照统一领导、分级管理的原则,把城市管理引入长效化轨道。\n"
        "(二)\n"
    )
    (plan,) = import_texts([("a.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(2, "(一)"), (3, "(二)")]


def test_a_campaigns_focus_part_listing_places_gives_no_tasks():
    from planportal.importer import import_texts

    # unknown-town-zhenrong… (a 镇's 镇容镇貌 plan): 二、整治重点 lists the places the campaign takes on, one short
    # phrase an item; 三、整治内容和要求 holds the tasks
    text = (
        "关于乡镇镇容镇貌综合整治实施方案\n为提升我镇镇容镇貌,现特制定如下实施方案:\n二、整治重点\n"
        "1、xxx镇中心街道、沿街住户及商户。\n2、各行政村群众居住聚集区。\n3、驻地各单位办公区域。\n5、镇域内所有河道。\n"
        "三、整治内容和要求\n1、各行政村应做好群众居住聚集区的生活垃圾收集和处理,发现脏乱差的予以及时纠正。\n"
        "2、各村通村路、各河道的环境卫生按照各村行政区域进行责任划分。\n"
    )
    (plan,) = import_texts([("f.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [9, 10]


def test_a_parts_account_of_the_whole_system_of_doers_is_no_task_over_its_items():
    from planportal.importer import import_texts

    # yulin-wuye… (榆林's 物业 opinion): 二、's lead-in sets out who does what in the system its items then set out
    # one by one (由…负责,…组织,…落实,…指导监督,…配合): the items are the tasks, the part their heading
    text = (
        "各县市区人民政府,市人民政府各工作部门:\n为规范物业服务管理,结合我市实际,制定本意见。\n"
        "二、理顺物业管理体制,夯实属地管理职责\n"
        "按照“属地管理,条块结合”的原则,由县市区政府(园区管委会)负责,街道办(乡镇政府)组织,社区居(村)委会落实,"
        "物业行政主管部门指导监督,相关部门密切配合,共同推进物业管理工作有序开展。\n"
        "(一)县市区政府(园区管委会)对本辖区物业管理工作负总责。县市区政府(园区管委\n"
    )
    (plan,) = import_texts([("y.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(5, "(一)")]


def test_a_plans_opening_part_titled_general_provisions_numbered_as_its_others_holds_no_tasks():
    # yiyang-2014: a notice sending a 预案 whose copy stops inside its 1.总则, over 1.1编制目的 and 1.2编制依据 (its purpose
    # and the laws it rests on), numbered as the chapters after it are: no task, as 第一章 总则 is none
    text = ("某市人民政府办公室关于印发某市重污染天气应急预案的通知\n各区县人民政府:\n"
            "《某市重污染天气应急预案》已经市人民政府同意,现印发给你们。\n某市人民政府办公室\n2014年12月25日\n"
            "1.总则\n1.1编制目的\n为规范我市重污染天气应急管理工作,制定本预案。\n"
            "1.2编制依据\n依据《中华人民共和国突发事件应对法》、《中华人民共和国大气污染防治法》\n")
    assert [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]] == []
    # a part of work titled otherwise keeps its item
    other = text.replace("1.总则", "1.应急准备").replace("1.1编制目的", "1.1物资储备")
    assert [t["line"] for p in import_texts([("t.txt", other)]).plans for t in p["tasks"]] == [6]


def test_the_copys_last_duty_item_cut_after_its_holder_takes_its_siblings_role():
    # zongyang-2022: "1.县应急管理局负责…。 2.县公安局负责…。 3.县经信局负责…。 4.县交通运输局、县" (the copy ends): the cut
    # item's holder before the cut leads, as each sibling's holder does; where the siblings name no holder, nothing
    text = ("某县安全生产大排查大整治行动方案\n一、任务分工\n1.县应急管理局负责尾矿库、危险化学品等行业的隐患排查治理工作。\n"
            "2.县公安局负责道路交通、民用爆炸物品等行业的隐患排查治理工作。\n3.县经信局负责非煤矿山、工业企业等行业的隐患排查治理工作。\n"
            "4.县交通运输局、县")
    last = import_texts([("t.txt", text)]).plans[0]["tasks"][-1]
    assert (last["line"], [r["written"] for r in last.get("lead", [])]) == (6, ["县交通运输局"])
    plain = text.replace("县应急管理局负责", "做好").replace("县公安局负责", "做好").replace("县经信局负责", "做好")
    assert "lead" not in import_texts([("t.txt", plain)]).plans[0]["tasks"][-1]


def test_a_point_of_work_ending_in_its_mechanism_is_a_task_a_heading_of_the_mechanism_alone_none():
    # lezhi-2022: "三、建立健全工作机制。建立健全协调畅通…的工作对接和落实机制,按要求向上级林长…报告" is a point of work, as
    # 二、推动林长履职尽责 is; a part headed 四、工作机制 alone (its meetings, its reports) stays the plan's frame
    text = ("某县2022年林长制工作要点\n一、压实林长责任。各乡镇要严格落实森林资源保护发展责任。\n"
            "二、推动林长履职尽责。认真执行林长制五项制度。\n三、建立健全工作机制。建立健全协调畅通的工作对接和落实机制。\n")
    assert [t["line"] for t in import_texts([("t.txt", text)]).plans[0]["tasks"]] == [2, 3, 4]
    framed = text.replace("三、建立健全工作机制。", "三、工作机制\n")
    assert 4 not in [t["line"] for t in import_texts([("t.txt", framed)]).plans[0]["tasks"]]


def test_a_part_headed_as_the_plans_main_indicators_holds_targets_not_tasks():
    from planportal.importer import import_texts

    # zhangzhou-2010 (漳州's 促进就业 目标责任制 notice): 一、…主要指标 over 1、2、3、, each a figure to reach, then the
    # notice's own points, each with its doers as the subject of 要
    text = (
        "漳州市人民政府办公室关于下达2010年促进就业工作目标责任制的通知\n各县(市、区)人民政府,市直有关单位:\n"
        "为做好就业工作,现将有关事项通知如下。\n一、2010年全市促进就业目标责任制主要指标\n"
        "1、全市年末城镇登记失业率控制在4%以内。\n2、全市城镇新增就业人数5.8万人以上。\n"
        "二、各级政府要把促进就业作为经济社会发展的优先目标,大力实施扩大就业的发展战略。\n"
        "三、各级财政要积极调整支出结构,加大就业专项资金的投入。\n"
    )
    (plan,) = import_texts([("z.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [7, 8]
    # targets that name their units are still tasks (a 分工 plan's indicators)
    text = text.replace("控制在4%以内。", "控制在4%以内。(市人社局牵头)").replace("5.8万人以上。", "5.8万人以上。(市人社局牵头)")
    (plan,) = import_texts([("z.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [5, 6, 7, 8]


def test_a_part_headed_with_the_plans_principles_and_targets_together_is_no_task():
    # fuerhu-2018: 一、工作原则和目标 over a paragraph of principles and the aim, then 二、工作职责和任务 over 1、 2、: the
    # part joining principles and targets is the plan's frame, as either alone is; the duties below are the tasks
    text = (
        "某镇中心学校关于开展预防未成年人溺亡专项治理工作的实施方案\n为有效预防溺亡事故发生,特制订本方案。\n"
        "一、工作原则和目标\n坚持预防为主,源头治理。通过共同努力,有效遏制溺亡事故的发生。\n二、工作职责和任务\n"
        "1、中小学校及幼儿园负责协调本单位相关部门开展专项治理工作。\n2、做好学生的预防溺水安全教育。\n"
    )
    (plan,) = import_texts([("f.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [6, 7]


def test_a_campaigns_time_and_steps_part_holds_its_phases_not_tasks():
    # unknown-district-2025 (a one-line copy): 三、时间步骤 over its phases (一)动员部署阶段(4 月 12 日-4 月 26 日)…,
    # as 实施步骤 and 时间安排 are: the phases and their dates are the campaign's schedule, no tasks
    text = (
        "某区中小学校预防学生溺水专项行动方案\n一、总体目标\n坚持生命至上的原则。\n三、时间步骤\n4 月 12 日至 10 月 31 日。\n"
        "(一)动员部署阶段(4 月 12 日-4 月 26 日)。各中小学校进行专题部署。\n(二)具体实施阶段(4 月 27 日-10 月 15 日)。各单位要精心组织。\n"
        "四、基本任务清单\n1.督促、指导属地中小学校重点落实:及时部署防溺水专项行动。\n"
    )
    (plan,) = import_texts([("s.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["1."]
    assert [t["deadlines"] for t in plan["tasks"]] == [[]]


def test_a_campaigns_part_headed_with_its_objects_alone_is_no_task():
    # unknown-district-2025 (a one-line copy): 二、对象 over the schools the campaign covers, its text glued behind by a
    # space (二、对象 全区中小学;…), as a scope (实施范围) is: no task
    text = (
        "某区中小学校预防学生溺水专项行动方案\n一、总体目标\n坚持生命至上的原则。\n"
        "二、对象 全区中小学;幼儿园不作硬性要求,相关任务清单可选择性参照执行。\n"
        "三、基本任务清单\n1.督促、指导属地中小学校重点落实:及时部署防溺水专项行动。\n"
    )
    (plan,) = import_texts([("s.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["1."]


def test_an_image_file_name_left_in_a_copy_is_no_numbered_item():
    # ningbo-2025: a reprint kept its picture's file name on a line of its own ("640.webp.jpg") above the 清单; its
    # figures and dot are the file's name, not the number of a task
    text = (
        "2025年政府工作报告目标任务分解清单\n640.webp.jpg\n一、市长牵头重点工作\n1.一般公共预算收入增长2%。\n"
        "牵头单位:市财政局\n配合单位:市住建局\n2.探索设立产业链集群发展基金。\n牵头单位:市财政局\n"
    )
    (plan,) = import_texts([("n.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [4, 7]
    assert [refs(t, "lead") for t in plan["tasks"]] == [["市财政局"], ["市财政局"]]


def test_one_labelled_paragraph_under_a_heading_naming_the_part_of_tasks_is_a_task_where_the_copy_ends():
    # hunan-2022: 二、目标任务 alone on its line, then "创建国家中心城市。…" and the copy's end: the paragraph is the
    # part's first task, as two or more such paragraphs are
    text = (
        "中共某省委 某省人民政府\n关于实施强省会战略支持某市高质量发展的若干意见\n(2022年4月13日)\n"
        "实施强省会战略是省第十二次党代会作出的重大决策部署,现提出如下若干意见。\n一、总体要求\n"
        "坚持以习近平新时代中国特色社会主义思想为指导,持续增强某市的全省辐射力。\n二、目标任务\n"
        "创建国家中心城市。突出内涵式发展,优化提升中心城区,打造一批高品质国际化中央商务区。\n"
    )
    (plan,) = import_texts([("h.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [8]
    # a heading of its own matter is the task, the paragraph its text
    (plan,) = import_texts([("h.txt", text.replace("二、目标任务", "二、推进产业发展"))]).plans
    assert [t["line"] for t in plan["tasks"]] == [7]


def test_an_evaluations_plan_has_the_places_and_indicators_it_rates_for_frame():
    """yueyangxian-2020 (a traditional mirror): a city's plan for rating its counties' 营商环境, forwarded by a county:
    一、參評範圍 names the places rated, 二、評價內容 the indicators: the evaluation's frame, no tasks; the items of its 工作任務,
    handed to the bodies that fill in the data, are tasks."""
    text = """2020年嶽陽市縣(市)區營商環境評價部門集中填報工作方案
為發揮營商環境評價對優化營商環境工作的督促引領作用,由市優化辦牽頭組織開展評價工作,具體實施方案如下。
一、參評範圍
平江縣、嶽陽縣、華容縣、湘陰縣、臨湘市、汨羅市9個縣(市)區和4個功能區。
二、評價內容
設置開辦企業、企業注銷、辦理建築許可、獲得電力、獲得用水等指標。
三、工作任務
(一)集中填報。各評價指標牽頭部門於11月20日前完成數據填報。
"""
    tasks = only_plan(import_texts([("y.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [8]


def test_a_lone_part_of_prose_is_a_task_unless_it_names_the_leadership():
    # unknown-township-2015, unknown-city-nongmingong: a copy's one numbered part over a paragraph, a guarantee's word
    # its verb (一、坚持统筹优化产业结构…, 六、认真解决…问题,保障人民群众…): a point of work, a task; one part alone
    # headed on the leadership (一、加强领导,建立健全…长效机制, anshan-2010) stays the notice's own requirement
    text = ("某乡2015年工作计划\n一、坚持统筹优化产业结构,始终不渝以富民强乡为首要任务\n"
            "全力实施“114”工程,从煤炭经济形势不利的困境中求发展,打基础,利长远。\n")
    assert [t["line"] for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]] == [2]
    led = text.replace("一、坚持统筹优化产业结构,始终不渝以富民强乡为首要任务", "一、加强领导,建立健全统筹工作长效机制")
    assert [t for p in import_texts([("t.txt", led)]).plans for t in p["tasks"]] == []

def test_a_later_pages_opening_paragraph_naming_its_doers_is_a_task():
    # unknown-province-jiejue, unknown-city-nongmingong: a copy opening inside a part whose heading is on the page
    # before, its paragraph naming the doers as the subjects of 要, then 四、 (the first number it shows): that
    # paragraph is a task of its own, its doers its units; a paragraph naming no doer stays the part's lost text
    text = ("县(市、区)和乡(镇)政府要加大对农民自建房修建的引导和管理。司法、住房城乡建设、人力资源社会保障部门要在职责范围内,"
            "积极为调解机构提供支持。\n四、注重防范,建设长效机制\n各地要进一步健全农民工工资支付保证金制度。\n"
            "五、增添措施,维护社会稳定\n各地要加强监督检查。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [t["line"] for t in tasks] == [1, 2, 4]
    assert "司法部门" in [r["written"] for r in tasks[0]["units"]]
    plain = text.replace("县(市、区)和乡(镇)政府要加大", "加大").replace("司法、住房城乡建设、人力资源社会保障部门要在职责范围内,", "")
    assert [t["line"] for p in import_texts([("t.txt", plain)]).plans for t in p["tasks"]] == [2, 4]


def test_a_copy_that_keeps_the_pages_html_tags_reads_without_them():
    # shanxi-2018 (a labour-law site): the page's <p>, <strong> and <br/> tags left in the copy; the title, the
    # headings and the tasks are read as the page shows them, with no tag in what is imported
    text = ("<p style=\"text-align: center;\"><strong>某县2024年防汛工作要点</strong></p><p><br/></p>\n"
            "<p><strong>一、重点工作</strong></p>\n"
            "<p>1.开展汛前检查。5月底前完成。（县水利局牵头，各乡镇配合）</p><p><br/></p>\n"
            "<p>2.完善应急预案。（县应急局负责）</p>\n")
    result = import_texts([("t.txt", text)])
    (plan,) = result.plans
    assert plan["title"] == "某县2024年防汛工作要点"
    tasks = plan["tasks"]
    assert [t["number"] for t in tasks] == ["1.", "2."]
    assert not any("<" in t["title"] or ">" in t["title"] for t in tasks)
    assert [u["written"] for u in tasks[0]["lead"]] == ["县水利局"]
    assert [u["written"] for u in tasks[0]["support"]] == ["各乡镇"]
    assert [d["text"] for d in tasks[0]["deadlines"]] == ["5月底前"]
    assert [u["written"] for u in tasks[1]["lead"]] == ["县应急局"]


def test_a_hazard_plans_account_of_where_hazards_lie_and_a_checks_scope_and_content_are_no_task_parts():
    """xiamen-2015: a 地质灾害防治方案 opening with 一、主要地质灾害分布情况 over (一)易发区域 and (二)隐患点: where the
    hazards lie, no work; mudanjiang-2010: a 卫片执法检查 plan's 三、检查范围和内容 (the period watched and what is looked
    at): the check's frame, as 排查整治范围 is."""
    text = """某市2015年地质灾害防治方案
一、主要地质灾害分布情况
(一)地质灾害易发区域
我市地质灾害主要发生在山体地带。
(二)主要地质灾害隐患点
全市在册地质灾害(隐患)点122处。
二、主要任务
(一)开展汛前排查。市国土房产局负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [8]
    text = """某市2009年度土地卫片执法检查工作方案
一、工作目标
全面掌握违法用地情况。
二、检查范围和内容
卫片监测时段为2008年3月至2009年11月。重点检查新增建设用地是否经过审批。
三、工作任务
(一)核查图斑。各县(市)负责。
"""
    assert [t["line"] for t in only_plan(import_texts([("y.txt", text)]))["tasks"]] == [7]


def test_a_point_of_carrying_out_a_fields_tasks_is_a_point_as_its_siblings_are():
    """yishui-2023: a 林长制 notice's 一、全面完善林长制组织体系和制度建设 over 1、2、 and 二、全面搞好林长制工作任务 over 1、: the
    second heading is a point of work (搞好…工作任务), not the name of the part of tasks that would leave 一、's items out;
    the 乡镇 as the subject of 要 are the first item's units."""
    text = """某县林长制办公室
关于进一步落实林长制工作任务的通知
一、全面完善林长制组织体系和制度建设
1、完善镇级林长制工作方案。各乡镇在制定本级林长制工作方案时,要参照县级林长制工作方案要求,科学合理的制定方案。
2、合理构建林长制组织体系。乡镇设林长和副林长。
二、全面搞好林长制工作任务
1、搞好乡镇林长重点任务落实。除县级林长制方案中确定的4项重点任务
"""
    tasks = only_plan(import_texts([("y.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [4, 5, 7]
    assert refs(tasks[0], "units") == ["各乡镇"]
    # a heading that names the part of tasks still does: 二、主要任务 leaves a 一、 of its own matter out
    text = text.replace("二、全面搞好林长制工作任务", "二、主要任务").replace("一、全面完善林长制组织体系和制度建设", "一、总体安排")
    assert [t["line"] for t in only_plan(import_texts([("z.txt", text)]))["tasks"]] == [7]


def test_a_steps_part_whose_items_are_the_work_itself_is_the_part_of_tasks():
    """unknown-county-2014-tudi-weipian…: a 卫片执法检查 plan whose only part of work is 三、工作步骤 over (一)自查整改。…
    (二)督导整改。… (三)…5月20日前,…要…: steps that are the work, no stage of a schedule, are its tasks, with the bodies
    named as the subject of 要 and the dates they are due by; a part of dated stages stays the schedule."""
    text = """2014年土地卫片执法检查工作方案
一、检查对象及依据
2014年度土地卫片执法检查的对象,是疑似违法用地的图斑。
二、工作目标
及时发现、制止和查处违法用地。
三、工作步骤
(一)自查整改。数据下发前,各镇(处)、县直有关部门要对发现的违法用地进行全面整改。
(二)督导整改。数据下发后,对违法用地比例高的镇(处)进行约谈。
(三)积极做好迎接省级督查准备。5月20日前,各镇(处)、县直有关部门要完成实地核查。
"""
    tasks = only_plan(import_texts([("w.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [7, 8, 9]
    assert refs(tasks[0], "units") == ["各镇(处)", "县直有关部门"]
    assert [d["text"] for d in tasks[2]["deadlines"]] == ["5月20日前"]
    # stages of a schedule (a 阶段 with its period, or items opening on their dates) are no tasks
    staged = text.replace("(一)自查整改。", "(一)自查整改阶段(3月1日至3月8日)。")
    assert only_plan(import_texts([("s.txt", staged)]))["tasks"] == []
    dated = text.replace("(一)自查整改。数据下发前,", "(一)6月上旬,")
    assert only_plan(import_texts([("d.txt", dated)]))["tasks"] == []


def test_one_paragraph_naming_its_doers_under_a_heading_naming_the_part_of_tasks_is_a_task():
    """unknown-town-luanzhan-gengdi…: a town's 乱占耕地建房 plan whose 三、目标任务 holds one paragraph (坚持…,各村要对…全面
    排查,…) before 四、实施步骤: the paragraph is the part's one task, the 村 named as the subject of 要 its units; a
    paragraph naming no doer there stays the part's text."""
    text = """某镇乱占耕地建房整治方案
一、指导思想
坚决制止耕地“非农化”,切实守住耕地红线。
二、组织领导
成立领导小组,由分管领导具体负责组织协调。
三、目标任务
坚持“八不准”,各村要对我镇所有农村建房行为进行一次拉网式全面排查,分类建立台账。一是对违法建房行为进行专项清理。
四、实施步骤
(一)清理排查阶段(10月20日—10月31日)
"""
    tasks = only_plan(import_texts([("l.txt", text)]))["tasks"]
    assert [t["line"] for t in tasks] == [7] and refs(tasks[0], "units") == ["各村"]
    text = text.replace("各村要对我镇所有农村建房行为进行", "对我镇所有农村建房行为进行")
    assert only_plan(import_texts([("m.txt", text)]))["tasks"] == []


def test_a_later_page_flattened_onto_one_line_is_cut_at_the_first_item_it_holds():
    """unknown-place-dizhi-zaihai…: page 3 of a law archive's copy of a 地质灾害防治方案, all on one line: the tail of an
    item from the page before, then "。 (八)安排必要资金,…的需要 各县(市、区)人民政府要…": (八) is an item though no (七) was
    read (the copy opens inside the list), and its doers are the subject after the space that joined its heading to its
    paragraph, not the heading's words."""
    tail = "编制、实施城市和村镇建设规划、土地利用总体规划以及重大工程项目规划,应充分考虑地质灾害防治要求,避免和减轻地质灾害造成的损失。" * 6
    text = ("|\n[接上页] " + tail + " (八)安排必要资金,保证地质灾害防治和应急工作的需要 各县(市、区)人民政府要将地质灾害防治资金"
            "列入财政预算,保证开展地质灾害的调查、勘查和治理费用的要求;保证国土资源主管部门地质灾害日常监测和巡查所需资金。"
            "要储备足够的地质灾害应急救灾物资,最大限度减少灾害损失。\n")
    (plan,) = import_texts([("p.txt", text)]).plans
    (task,) = plan["tasks"]
    assert task["line"] == 2 and task["number"] == "(八)"
    assert refs(task, "units") == ["各县(市、区)人民政府"]


def test_a_part_naming_whose_the_works_duties_are_is_no_task_part():
    """unknown-place-dizhi-zaihai…: after the measures (一)(二), 五、地质灾害的监测预防责任 divides the duties level by level
    (各县(市、区)人民政府要…; 各县(市、区)国土资源主管部门负责…): the plan's division of duties, as 主要职责 is, no task;
    a point that takes the duties on (落实…的防治责任) stays a task."""
    text = """某市地质灾害防治方案
四、防治措施
(一)开展汛前排查。各县(市、区)人民政府要组织排查。
(二)安排必要资金。各县(市、区)人民政府要将资金列入预算。
五、地质灾害的监测预防责任
各县(市、区)国土资源主管部门负责本行政区域内地质灾害防治的组织、协调、指导和监督工作。
"""
    assert [t["line"] for t in only_plan(import_texts([("d.txt", text)]))["tasks"]] == [3, 4]
    text = text.replace("五、地质灾害的监测预防责任", "五、落实地质灾害的防治责任")
    assert [t["line"] for t in only_plan(import_texts([("e.txt", text)]))["tasks"]] == [3, 4, 5]


def test_a_steps_part_beside_a_part_of_tasks_stays_the_schedule():
    """A 工作要点 with parts of work (一、二、) and a 三、工作步骤 over (一)动员部署。 (二)总结评估。: the steps are the schedule;
    the work-steps reading (unknown-county-2014-tudi-weipian…) holds only where the steps are the plan's one part of work."""
    text = """某县2022年工作要点
一、开展土地执法
(一)开展自查。各镇要全面排查。
二、加强宣传
(一)印发宣传材料。县自然资源局负责。
三、工作步骤
(一)动员部署。召开动员会议,部署工作。
(二)总结评估。形成总结报告。
"""
    assert [t["line"] for t in only_plan(import_texts([("s.txt", text)]))["tasks"]] == [3, 5]


def test_a_part_headed_with_the_plans_overall_design_alone_is_its_frame():
    # neixiang-2017: 一、总体规划 over (一)指导思想 and (二)发展思路 is the plan's frame, as 总体要求 is: no task in it
    text = ("某县电子商务进农村综合示范创建工作实施方案\n一、总体规划\n(一)指导思想\n以实现农村流通现代化为目标。\n"
            "(二)发展思路\n以市场需求为导向,全面提升农村流通现代化水平。\n二、主要任务\n"
            "(一)建设县级电商服务中心。县商务局负责。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [t["line"] for t in tasks] == [8]


def test_points_whose_first_asks_for_awareness_hand_out_tasks_in_a_later_one():
    # yunxi-2012: (一)统一思想,提高认识 (the awareness asked for, no task) over (二)明确任务,狠抓落实 (each one's quota): the
    # point headed as handing out the tasks is a task; with no such point the two stay the text's requirements
    text = ("某县关于完善招商引资工作目标管理责任制的决定\n(一)统一思想,提高认识。各乡镇和县直各部门务必提高认识。\n"
            "(二)明确任务,狠抓落实。县直部门行政主要负责人带头招商,基础任务数根据全县财力确定。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["(二)"]
    plain = text.replace("明确任务,狠抓落实", "加强督查,严格考核")
    assert [t for p in import_texts([("t.txt", plain)]).plans for t in p["tasks"]] == []


def test_a_request_to_all_readers_after_the_last_points_paragraph_is_the_letters_close():
    # suichang-2024: "请各单位、各县完成首轮排查…于2024年1月4日前报给县减负办" after 三、's own paragraph asks all the
    # readers for the return the notice wants, not the work of 三、: its cut-off is no deadline of 三、
    text = ("某县减负办关于做好排查清理工作的通知\n各相关单位:\n现将有关事项通知如下:\n"
            "一、做好线索核查\n各相关单位要抓紧落实线索核查。\n二、做好自查\n各相关单位要摸清底数。\n"
            "三、推进清欠\n各相关单位要逐项制定清偿计划。\n"
            "请各单位、各县完成首轮排查并填写自查明细表,于2024年1月4日前报给县减负办。\n")
    tasks = only_plan(import_texts([("t.txt", text)]))["tasks"]
    assert [t["number"] for t in tasks] == ["一、", "二、", "三、"]
    assert [d["text"] for d in tasks[2].get("deadlines", [])] == []
    # a point whose only paragraph is such a request keeps it
    alone = text.replace("各相关单位要逐项制定清偿计划。\n", "")
    assert [d["text"] for d in only_plan(import_texts([("t.txt", alone)]))["tasks"][2].get("deadlines", [])] == ["2024年1月4日前"]


def test_a_mechanism_heading_in_a_copy_with_no_top_level_is_the_plans_frame():
    # unknown-province-chuzhi-feifa-jizi…: a later page opening on a duty list's item 6., then "(三)工作机制。" over
    # the group's working rules 1.-2.: the heading names the mechanism alone, a frame as 四、工作机制 is; the duty
    # item stays a task
    text = ("6.行业主管部门要做好监测预警,并配合做好处置工作。\n(三)工作机制。\n"
            "1.风险防范机制。各成员单位要加强对非法集资案件的防范和预警。\n"
            "2.处置机制。各成员单位要按照各自职能协调配合。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["6."]
    # a point of work that builds a mechanism is no frame
    work = text.replace("(三)工作机制。", "(三)健全风险防范机制。")
    assert [t["number"] for t in import_texts([("t.txt", work)]).plans[0]["tasks"]] == ["6.", "1.", "2."]


def test_the_remit_of_the_bodies_an_organising_part_sets_up_is_no_lost_task_part():
    # maguan-2021: 二、组织保障 sets up the 领导小组 ((一)), then (二)工作职责 over 1.领导小组职责:… — the remit of the
    # bodies it sets up, still the 组织 part's (as wujin-2021's 主要职责), not a task part whose heading was lost
    text = ("某县防范和化解金融风险实施方案\n一、总体目标\n守住不发生区域性金融风险的底线。\n二、组织保障\n"
            "(一)成立某县金融稳定工作领导小组\n由副县长任组长,成员由县发改局、财政局组成。\n(二)工作职责\n"
            "1.领导小组职责:认真贯彻落实有关金融政策,开展区域金融风险监测。\n"
            "2.办公室职责:负责领导小组日常工作。\n")
    assert [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]] == []
    # under a heading of goals, items with items of their own are still the lost task part
    goals = text.replace("二、组织保障", "二、工作目标")
    assert [t["number"] for t in import_texts([("t.txt", goals)]).plans[0]["tasks"]] != []


def test_a_paragraph_over_its_own_clause_line_after_one_closed_in_brackets_is_a_task_of_its_own():
    # unnumbered paragraphs under a field heading, each closed by its (责任单位:…) bracket; the third's bracket wraps
    # onto a line of its own: a task of its own, not the tail of the one above (fujian-2012-shengtaisheng…)
    text = """福建生态省建设十二五规划任务分工方案
一、加快生态经济发展
(一)生态农业
建立健全农产品标准质量检测认证体系。(责任单位:省农业厅、财政厅;列第一位者为牵头单位,下同)
积极推广立体生态种养模式。(责任单位:省农业厅、林业厅)
基本建成覆盖全省的农产品质量安全检验检测体系和产地监测网。
(责任单位:省农业厅、环保厅、质监局)
"""
    tasks = only_plan(import_texts([("s.txt", text)]))["tasks"]
    assert [t["title"][:4] for t in tasks] == ["建立健全", "积极推广", "基本建成"]
    assert refs(tasks[1], "units") == ["省林业厅"] and refs(tasks[1], "lead") == ["省农业厅"]
    assert refs(tasks[2], "lead") == ["省农业厅"] and refs(tasks[2], "units") == ["省环保厅", "省质监局"]


def test_a_campaigns_field_headed_by_its_work_and_the_field_is_no_task():
    """A campaign's parts headed by its work and one field alone, the value maybe behind a colon (一、征收对象,
    二、个人缴费标准:个人缴费60元。, 四、征收时间:…, 三、宣传方式: unknown-zhen-2014, zigong-2019): its frame, no task; the
    items under 五、具体做法 are."""
    text = ("某镇新农合基金征收工作方案\n一、征收对象\n全镇农业人口。\n二、个人缴费标准:个人缴费60元。\n"
            "三、征收时间:2014年10月8日至12月25日\n四、具体做法\n(一)各村委会要做好宣传发动。\n(二)镇财政所要做好收据发放。\n"
            "五、宣传方式\n各村要通过广播、标语开展宣传。\n")
    plan = only_plan(import_texts([("z.txt", text)]))
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]


def test_the_work_joined_to_its_form_by_de_is_no_task():
    """二、项目开工的组织形式 (guangxi-2005): the work and its field joined by 的, over who organises which projects, the
    notice's frame as 组织形式 alone is; the notice's 工作要求 hold no task either."""
    text = ("按市划分,区直及跨市项目共27项,总投资475.3亿元。\n二、项目开工的组织形式\n区直项目由区直主管部门负责组织;市属项目由各市人民政府负责组织。\n"
            "三、工作要求\n(一)进一步加强组织领导。\n")
    plans = import_texts([("g.txt", text)]).plans
    assert [t["number"] for p in plans for t in p["tasks"]] == []


def test_a_decisions_opening_part_on_why_the_work_matters_and_its_frame_is_no_task_part():
    # zhejiang-2015-jiceng-dangzuzhi…: a 省委 决定 opens with "一、全面加强基层党组织和基层政权建设的重大意义、总体要求和
    # 主要目标" over its labelled 1.重大意义。 2.总体要求。 — why the work matters and the plan's frame, no tasks, though
    # the heading is longer than a short title and the 意义 item exhorts the Party's organisations (…必须…)
    text = ("某省委关于全面加强基层党组织建设的决定\n"
            "一、全面加强基层党组织和基层政权建设的重大意义、总体要求和主要目标\n"
            "1.重大意义。基层党组织建设是执政党的永恒命题。全省各级党组织必须增强政治意识,全面加强基层党组织建设。\n"
            "2.总体要求。以科学发展观为指导,全面增强基层党组织战斗力。\n"
            "二、着力建强基层党组织\n3.选好配强村党组织书记。各县(市、区)党委要加强村党组织书记队伍建设。\n")
    tasks = [t for p in import_texts([("t.txt", text)]).plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["3."]
    # a point of work that names why it matters in its heading is still a task part
    work = text.replace("的重大意义、总体要求和主要目标", "的重大意义和主要任务")
    assert [t["number"] for t in import_texts([("t.txt", work)]).plans[0]["tasks"]][:2] == ["1.", "2."]


def test_the_range_a_notices_duties_cover_is_no_task():
    # "一、落实文物安全责任范围" over the sites counted (名单详见附表): the range the duties cover, as 实施范围 is;
    # the duties follow in 二、 (lantian-2013…)
    text = """某县人民政府办公室关于落实各级文物保护单位安全管理责任的通知
各镇人民政府,县人民政府各有关工作部门:
一、落实文物安全责任范围
我县境内共有各级文物保护单位39处(名单详见附表)。
二、明确文物安全管理责任
(一)其它文物保护单位,由所在镇人民政府负责。
(二)文物行政执法工作由县文物旅游局负责实施。
"""
    assert [t["line"] for t in only_plan(import_texts([("x.txt", text)]))["tasks"]] == [6, 7]


def test_a_guarantee_parts_list_of_its_member_units_duties_holds_tasks():
    # "七、组织领导" / "成立…领导小组,…为成员单位。各成员单位职责分工如下:" over "(一)省文化厅。负责…": the member units'
    # duty list the part sets out, each unit's duties a task it leads (unknown-province-zhongdianzhen…)
    text = """七、组织领导
成立重点镇综合文体中心建设工作领导小组,省文化厅、省财政厅等为成员单位。各成员单位职责分工如下:
(一)省文化厅。负责项目建设的日常协调工作;牵头组织项目申报。
(二)省财政厅。牵头筹集资金;对项目建设资金使用情况进行监督检查。
(三)省广电局。拟定项目建设中广电设施建设内容及标准。
"""
    tasks = [t for p in import_texts([("x.txt", text)]).plans for t in p["tasks"]]
    assert [(t["line"], [r["written"] for r in t["lead"]]) for t in tasks] == \
        [(3, ["省文化厅"]), (4, ["省财政厅"]), (5, ["省广电局"])]
    # without the lead-in announcing the members' duties, the 组织领导 part's items stay its own
    text = text.replace("各成员单位职责分工如下:", "")
    assert [t for p in import_texts([("y.txt", text)]).plans for t in p["tasks"]] == []


def test_labelled_paragraphs_under_an_unnumbered_heading_of_the_work_are_tasks():
    # qiaotouji-xinfang…: a 镇's 信访工作计划 with no numbering at all, its heading 常规性工作 alone on a line over
    # paragraphs that each open with a short sentence naming their matter: a task each
    text = (
        "在镇党委、政府的坚强领导下,以减少重复访、越级访为重点,真正做到小事不出村,大事不出镇。\n"
        "常规性工作\n"
        "加强信访制度建设。加强信访目标管理责任书、村级信访工作岗位责任制考评细则等相关制度建设,进一步明确责任、规范奖惩。\n"
        "做好信访隐患的排查。各村认真开展辖区内的信访隐患排查工作,每周五上报至镇信访办,未发现信访隐患的也要实行零报告。\n"
        "做好信访接待工作。坚持党政领导信访接待日制度,热情接访,以诚相待,依法按政策解决诉求,做好思想引导工作。\n"
    )
    (plan,) = import_texts([("x.txt", text)]).plans
    assert [(t["line"], t["title"]) for t in plan["tasks"]] == [
        (3, "加强信访制度建设"), (4, "做好信访隐患的排查"), (5, "做好信访接待工作")]
    assert [d["text"] for d in plan["tasks"][1]["deadlines"]] == ["每周"]  # (每周五: weekly)


def test_a_campaign_notices_parts_on_its_dates_and_theme_and_on_who_runs_it_hold_no_tasks():
    # pucheng-2022-jiaoyu…: 一、时间和主题 over its dates and theme, 二、活动组织 over who runs the week (由电教中心具体
    # 组织…), then 三、活动内容 over 1、 2、: the contents are the tasks
    text = (
        "某县教育局关于做好2022年国家网络安全宣传周活动的通知\n"
        "各中心校,各县直学校:\n"
        "请各单位结合实际,认真组织开展网络安全宣传周活动:\n"
        "一、时间和主题\n时间:9月5日至11日\n主题:网络安全为人民 网络安全靠人民\n"
        "二、活动组织\n本系统宣传周活动由电教中心具体组织,各学校共同参与,负责本单位网络安全宣传周活动。\n"
        "三、活动内容\n1、深入宣传贯彻网络强国的重要思想,全面回顾网络安全领域取得的重大成就。\n"
        "2、深入宣传贯彻《网络安全法》等一系列网络安全重要法律法规。\n"
    )
    (plan,) = import_texts([("p.txt", text)]).plans
    assert [(t["number"], t.get("units", [])) for t in plan["tasks"]] == [("1、", []), ("2、", [])]


def test_a_plans_part_reviewing_the_period_behind_it_holds_no_tasks():
    # jiangsu-2008-shiyiwu…: a 十一五 规划's first part headed as its review of the 十五 period with the outlook it faces
    # (一、"十五"环境保护回顾及面临的形势) over (一)"十五"环境保护取得明显成效: what was achieved, no work; the next part's
    # points are the tasks
    text = (
        "某省“十一五”环境保护和生态建设规划\n"
        "为了进一步落实环保优先方针,编制本规划。\n"
        "一、“十五”环境保护回顾及面临的形势\n"
        "(一)“十五”环境保护取得明显成效。一是环保体制机制不断完善。\n"
        "(二)面临的挑战依然严峻。结构性污染仍然突出。\n"
        "二、主要任务\n"
        "(一)加强饮用水源保护。省环保厅负责。\n"
        "(二)推进太湖水污染治理。\n"
    )
    (plan,) = import_texts([("j.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]
    assert [t["line"] for t in plan["tasks"]] == [7, 8]


def test_a_plans_part_headed_with_the_situation_it_starts_from_holds_no_tasks():
    # xiangtan-2021-shisiwu…: a city's 十四五 生态环境保护规划 whose first part is headed with the situation it starts
    # from (一、生态环境保护基本形势) over (一)"十三五"生态环境保护工作成效 and (二)面临的挑战: where things stand, no work;
    # the next part's points are the tasks
    text = (
        "某市“十四五”生态环境保护规划\n"
        "为持续改善全市生态环境质量,制定本规划。\n"
        "一、生态环境保护基本形势\n"
        "(一)“十三五”生态环境保护工作成效。全市环境保护和生态文明建设取得较好成效。\n"
        "(二)面临的挑战。结构性污染仍然突出。\n"
        "二、主要任务\n"
        "(一)深入打好蓝天保卫战。市生态环境局负责。\n"
        "(二)深入打好碧水保卫战。\n"
    )
    (plan,) = import_texts([("x.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]
    assert [t["line"] for t in plan["tasks"]] == [7, 8]


def test_a_plans_chapter_on_its_base_and_outlook_holds_no_tasks():
    # nanning-2024-guojia…: a 规划's first chapter headed with the base of its work and an analysis of its outlook
    # (第一章 工作基础与形势分析 / 第一节 建设基础 / 一、区域特征 / (一)地理区位优势突出。), and honghuagang-2021's
    # section headed 第一节 发展基础与面临形势 over 一、"十三五"期间…取得新成就: where things stand, no work; the next
    # chapter's points are the tasks
    text = (
        "某市国家生态文明建设示范区规划(2023—2030年)\n"
        "为保障规划实施的科学性,编制本规划。\n"
        "第一章 工作基础与形势分析\n"
        "第一节 建设基础\n"
        "一、区域特征\n"
        "(一)地理区位优势突出。某市地处…。\n"
        "第二章 主要任务\n"
        "一、优化生态空间\n"
        "(一)严守生态保护红线。市自然资源局负责。\n"
    )
    (plan,) = import_texts([("n.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [9]
    text = (
        "某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "本规划纲要主要阐明全区经济社会的发展定位。\n"
        "第一章 发展基础与目标\n"
        "第一节 发展基础与面临形势\n"
        "一、“十三五”期间经济社会发展取得新成就\n"
        "“十三五”时期是我区发展极不平凡的五年。\n"
    )
    (plan,) = import_texts([("h.txt", text)]).plans
    assert plan["tasks"] == []


def test_a_plans_part_reviewing_the_work_with_an_analysis_of_its_conditions_holds_no_tasks():
    # nanning-2010-shenhua…: a city's 文明城市创建 规划 whose first part reviews the work done and analyses the
    # conditions it goes on from (一、创建全国文明城市工作回顾及深化创建工作基础条件分析) over (一)创建全国文明城市工作回顾:
    # what was done since 1994, no work; the next part's points are the tasks
    text = (
        "某市2009-2011年深化全国文明城市创建工作规划\n"
        "为进一步巩固全国文明城市创建工作,特此制订本规划。\n"
        "一、创建全国文明城市工作回顾及深化创建工作基础条件分析\n"
        "(一)创建全国文明城市工作回顾\n"
        "1994年,市委、市政府就作出了创建全国文明城市的决定。\n"
        "(二)深化创建工作的基础条件\n"
        "二、主要任务\n"
        "(一)加强思想道德建设。市委宣传部负责。\n"
    )
    (plan,) = import_texts([("w.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [8]


def test_a_later_page_of_a_gangyao_holding_only_chapters_and_sections_reads_its_sections_as_tasks():
    # jilin-2011-shierwu…: a later page of a province's 十二五 纲要, opening inside a chapter: 第四节…, then 第九章 over
    # 第一节…, each section holding paragraphs and no numbered items of its own: the sections are the deepest numbered
    # level, the tasks (the chapter heading over them none)
    text = (
        "第四节加快资源型城市转型\n"
        "着力推动资源型城市经济转型,科学开发保护资源,强化生态环境治理。\n"
        "第九章大力发展社会事业,促进社会和谐稳定\n"
        "坚持民生优先,改善公共服务,促进社会和谐稳定。\n"
        "第一节优先发展教育事业\n"
        "坚持优先发展、育人为本、改革创新的方针,推动教育事业全面发展。\n"
        "全面实施素质教育。加快普及城乡学前教育。\n"
    )
    (plan,) = import_texts([("j.txt", text)]).plans
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(1, "第四节"), (5, "第一节")]
    # a 纲要's table of contents (sections with no sentence under them) and its review of the period behind it
    # (第一章 发展基础与环境 / 第一节 "十三五"发展成就) hold none
    text = (
        "某省国民经济和社会发展第十四个五年规划纲要\n"
        "目 录\n"
        "第一章 发展基础与环境\n"
        "第一节 “十三五”发展成就\n"
        "第二节 “十四五”发展环境\n"
        "第二章 实施创新驱动发展战略\n"
        "第一节 实施一流创新工程\n"
        "第一章 发展基础与环境\n"
        "第一节 “十三五”发展成就\n"
        "“十三五”时期,全省经济社会发展取得历史性成就。\n"
    )
    (plan,) = import_texts([("k.txt", text)]).plans
    assert plan["tasks"] == []


def test_a_division_plans_notes_headed_by_the_word_alone_hold_no_tasks():
    # xian-2022-zhengfugongzuobaogao…: a 任务分解意见 opening with 说明 alone on its line over numbered notes on what the
    # list is (1.…是对…的逐条细化分解, 2.…确定为责任单位, 4.各区县政府…要高度重视): no work of their own; the list's items are
    # the tasks
    text = (
        "某市2022年《政府工作报告》任务分解意见\n"
        "说明\n"
        "1.《政府工作报告》任务分解意见是对《政府工作报告》中涉及2022年重点工作任务的逐条细化分解。\n"
        "2.任务分解意见将各项任务的主要负责单位确定为责任单位,其他负责单位确定为配合单位。\n"
        "3.各区县政府和市级各部门要高度重视,认真抓好落实。\n"
        "一、主要发展指标\n"
        "1.地区生产总值增长5.5%以上。(责任单位:市发改委;配合单位:市统计局)\n"
        "2.一般公共预算收入增长5%。(责任单位:市财政局)\n"
    )
    (plan,) = import_texts([("x.txt", text)]).plans
    assert [(t["line"], [r["written"] for r in t.get("units", []) + t.get("lead", [])]) for t in plan["tasks"]] == [
        (7, ["市发改委"]), (8, ["市财政局"])]


def test_a_heads_assistant_named_with_the_post_he_assists_is_a_person_not_a_unit():
    # shanxi-2006-shiyiwu…: 一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助): the persons assisting the governor,
    # no units; the bodies leading the parts below stay units
    from planportal.importer.names import is_person
    assert is_person("刘俊谦省长助理") and is_person("市长助理")
    assert not is_person("省政府办公厅") and not is_person("市人力资源和社会保障局")
    text = (
        "某省“十一五”工作目标责任分解\n"
        "一、张三省长负责的工作(李四秘书长、王五省长助理协助)\n"
        "(一)省审计厅牵头的工作\n"
        "强化审计监督,依法开展审计工作。\n"
        "协同部门:省政府办公厅。\n"
    )
    tasks = [t for p in import_texts([("s.txt", text)]).plans for t in p["tasks"]]
    written = {r["written"] for t in tasks for role in ("lead", "support", "units") for r in t.get(role, [])}
    assert "王五省长助理" not in written and "李四秘书长" not in written


def test_a_list_whose_first_group_closes_with_etc_and_another_group_follows():
    # shanxi-2006-shiyiwu…: "协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府": 等 closes the departments, 和
    # joins the governments behind them; the shared 省 of the departments and the shared organ of 各市、县 as usual
    assert split_units("省政府办公厅、财政厅、地税局等和各市、县人民政府") == [
        "省政府办公厅", "省财政厅", "省地税局", "各市人民政府", "各县人民政府"]
    assert split_units("省财政厅等和有关部门") == ["省财政厅", "有关部门"]


def test_an_item_titled_with_its_leading_body_with_its_paragraph_glued_on_by_a_space():
    # shanxi-2006-shiyiwu…: a law library's one-line copy, "(一)省监察委员会牵头的工作 强化行政监察,…。 协同部门:…":
    # the heading names the lead in its own words though its paragraph runs on behind a space
    text = (
        "某省“十一五”工作目标责任分解\n"
        "一、张三省长负责的工作\n"
        "(一)省监察委员会牵头的工作 强化行政监察,建立健全惩治和预防腐败体系。 协同部门:省政府办公厅、财政厅等。\n"
        "(二)省审计厅牵头的工作 强化审计监督,依法开展审计工作。 协同部门:省政府办公厅、地税局等和各市、县人民政府。\n"
    )
    tasks = [t for p in import_texts([("s.txt", text)]).plans for t in p["tasks"]]
    assert [(t["number"], refs(t, "lead")) for t in tasks] == [("(一)", ["省监察委员会"]), ("(二)", ["省审计厅"])]
    assert refs(tasks[1], "support") == ["省政府办公厅", "省地税局", "各市人民政府", "各县人民政府"]


def test_a_part_headed_with_the_accountability_for_the_work_alone_holds_no_tasks():
    # cheqiao-zongjiao…: 一、建立长效管理机构 and 二、明确长效管理职责 over their 1、 2、, then 三、长效管理责任追究 over 1、 2、:
    # who answers for failing the duties is the plan's guarantee (as 保障措施), its points no tasks
    text = (
        "宗教活动场所长效管理机制通知\n为切实加强对宗教活动场所的依法管理工作,现将有关要求通知如下:\n"
        "一、建立长效管理机构\n1、镇成立宗教工作领导小组,作为宗教活动场所长效管理机构。\n2、镇宗教工作领导小组对各宗教活动场所落实责任人。\n"
        "二、明确长效管理职责\n1、不允许任何人以任何名义擅自兴建寺庙道观。\n"
        "三、长效管理责任追究\n1、宗教活动场所长效管理实行责任追究制。\n2、责任单位和责任人在履行长效管理职责中失职的,追究责任。\n"
    )
    (plan,) = import_texts([("c.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [4, 5, 7]


def test_a_part_headed_as_the_projects_handed_down_counted_holds_no_task():
    # unknown-district-zhongdian-xiangmu…: 一、重点建设项目工作计划 counts the projects and their 年度计划投资 (the list's
    # summary), 二、工作要求's (一)项目业主单位 and (二)项目责任协调单位 over their 1、 2、 hold the work
    text = (
        "区重点项目建设规划通告\n为持续推动我区经济社会科学跨越发展,经研究,决定下达区重点建设项目。\n"
        "一、重点建设项目工作计划\n区重点建设项目共计54项,年度计划投资53.04亿元。\n"
        "二、工作要求\n(一)项目业主单位\n1、各重点项目业主单位务必制定详细工作方案。\n"
        "2、各重点建设项目业主单位务必按时完成项目半月进度填报。\n"
        "(二)项目责任协调单位\n1、各责任协调单位要采取切实可行的措施。\n"
    )
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [7, 8, 10]


def test_a_subject_and_its_modal_before_an_opener_glue_no_heading_to_the_sentence():
    # unknown-district-zhongdian-xiangmu…: "1、各责任协调单位要采取切实可行的措施,…" is one sentence: 切实 after 要采取 opens no
    # paragraph behind a glued heading (各责任协调单位要采取), so the item's doers are read from its whole sentence
    text = (
        "区重点项目建设规划通告\n为持续推动我区经济社会科学跨越发展,经研究,决定下达区重点建设项目。\n"
        "一、工作要求\n(一)项目责任协调单位\n1、各责任协调单位要采取切实可行的措施,强化责任与服务,督促和推动项目业主单位全面完成重点项目填报。\n"
        "2、各责任协调单位要积极协调解决项目推进中的问题。\n"
    )
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [refs(t, "units") for t in plan["tasks"]] == [["各责任协调单位"], ["各责任协调单位"]]


def test_guifanhua_is_an_adjective_no_sentence_opens_with_it_after_a_heading():
    """ningbo-renwu-fenjie-ye5: "(2)进一步完善植物检疫站规范化建设,做好…" — 规范 opens a sentence after a heading glued
    to it (…工作规范…), but 规范化 is the adjective of 规范化建设: the item's title runs on through it."""
    from planportal.importer.outline import split_title
    title, _ = split_title("进一步完善植物检疫站规范化建设,做好东部沿海国家重大植物疫情阻截带建设,实现重大外来入侵有害生物普查率100%。(市农业局)")
    assert title == "进一步完善植物检疫站规范化建设"
    # the verb 规范 still ends a heading glued to its sentence
    title, _ = split_title("强化户外广告设施管理规范设置行为,依法查处违规设置的户外广告牌匾标识,消除安全隐患。")
    assert title == "强化户外广告设施管理"


def test_a_part_heading_with_its_first_item_glued_behind_a_space_opens_that_item():
    # unknown-county-2020-qiandun-wanren…: "二、工作任务 1、关于“…”问题。" on a short line (the layout's break lost after the
    # heading), the next item glued behind the clause that closes the first ("…(责任单位:…) 2、关于…"): both items read
    text = ("XX县饮用水水源地生态环境问题整治工作方案\n\n"
            " 一、工作目标 按期全面完成我县饮用水水源地保护区存在的生态环境问题。\n\n"
            " 二、工作任务 1、关于“XX河水库饮用水水源保护区尚未设置标识标牌”问题。\n\n"
            " 按照《饮用水水源保护区标志技术要求》(HJ/T433-2008)要求,结合《XX县XX镇XX河水库饮用水水源保护区划分"
            "技术方案》和XX镇XX河水库饮用水水源地周边环境现状,在XX县XX镇XX河水库饮用水水源保护区设置界碑1块,宣传牌2块,交通警示牌3块,标牌4块。(责任单位:生态环境局XX分局,配合单位:县水利局、县自然资源局) "
            "2、关于“XX江饮用水水源保护区尚未设置标识标牌”问题。\n\n"
            " 按照《饮用水水源保护区标志技术要求》要求,在XX江饮用水水源保护区设置界碑1块,宣传牌1块。"
            "(责任单位:生态环境局XX分局,配合单位:县水利局)\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"] if t["number"]] == [(5, "1、"), (7, "2、")]
    first, second = plan["tasks"]
    assert refs(first, "units") == ["生态环境局XX分局"] and refs(first, "support") == ["县水利局", "县自然资源局"]
    assert refs(second, "units") == ["生态环境局XX分局"] and refs(second, "support") == ["县水利局"]


def test_the_measures_labelled_under_an_item_naming_a_problem_are_its_field():
    # unknown-county-2020-qiandun-wanren…: "1、关于“…”问题。" then "整改措施:…(责任单位:…,配合单位:…)": the measures for the
    # problem the item names, closed by the item's clause — the item's field, no task of its own
    text = ("XX县饮用水水源地生态环境问题整治工作方案\n\n"
            "二、工作任务\n\n"
            "1、关于“XX河水库饮用水水源保护区尚未设置标识标牌”问题。\n\n"
            "整改措施:在XX河水库饮用水水源保护区设置界碑1块,宣传牌2块。(责任单位:生态环境局XX分局,配合单位:县水利局)\n\n"
            "2、关于“XX江饮用水水源保护区尚未设置标识标牌”问题。\n\n"
            "整改措施:在XX江饮用水水源保护区设置界碑1块,宣传牌1块。(责任单位:生态环境局XX分局,配合单位:县自然资源局)\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(5, "1、"), (9, "2、")]
    first, second = plan["tasks"]
    assert refs(first, "units") == ["生态环境局XX分局"] and refs(first, "support") == ["县水利局"]
    assert refs(second, "support") == ["县自然资源局"]


def test_items_under_the_frame_each_titled_with_the_works_they_cover_and_one_shared_work_are_tasks():
    # dakou-2019: "一、总体要求" (its paragraph of aims) over "(一)杨树湾水库…等坝防汛。" "(二)东一干渠道防汛。" "(三)各村过路桥坝
    # 防汛。": the plan's 防汛 work split by the works it covers, no frame's items — tasks
    text = ("大口镇2019年防汛工作实施方案\n"
            "为扎实做好各项准备工作,特制订本方案。\n"
            "一、总体要求\n"
            "贯彻执行“安全第一、常备不懈、以防为主、全力抢险”的方针,确保安全度汛。\n"
            "(一)杨树湾水库、东窑等坝防汛。镇包库领导要高度重视,汛前做好检查,汛期派专人管理。\n"
            "(二)东一干渠道防汛。沿渠有关行政村密切关注发现安全隐患及时上报。\n"
            "(三)各村过路桥坝防汛。各行政村要对辖区内地过路桥坝进行深入细致的检查。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(5, "(一)"), (6, "(二)"), (7, "(三)")]
    # the frame's own items (指导思想, 基本原则) and points worded as doing (开展…行动) under 总体要求 stay no tasks
    frame = ("某镇防汛工作实施方案\n一、总体要求\n(一)指导思想。坚持以人为本。\n(二)基本原则。坚持以防为主。\n"
             "二、主要任务\n(一)做好汛前检查。各村要全面排查。\n")
    assert [t["line"] for t in only_plan(import_texts([("b.txt", frame)]))["tasks"]] == [6]


def test_a_part_announcing_its_aspects_of_work_is_the_task_part_beside_a_summing_main_tasks_part():
    # huanggang-2011…: "二、主要任务" (one paragraph summing up the year's figures) and "三、建设重点" / "本年度农田水利基本
    # 建设,突出抓好七个方面工作。" over "(一)突出抓好塘堰渠系工程建设": the items of the part that announces them are the tasks
    text = ("2012年度全市农田水利基本建设实施方案\n"
            "一、指导思想\n认真贯彻落实中央和全省水利工作会议精神。\n"
            "二、主要任务\n本年度计划开工完建各类水利工程4.91万处,累计完成土石方8664万立方米。\n"
            "三、建设重点\n本年度农田水利基本建设,突出抓好七个方面工作。\n"
            "(一)突出抓好塘堰渠系工程建设\n"
            "(二)加快病险水库除险加固\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(8, "(一)"), (9, "(二)")]


def test_a_part_numbered_with_a_full_stop_where_its_comma_belongs_is_still_the_part():
    # unknown-town-dianxin…-trad: "三。責任和任務" over "1.鎮綜治辦:負責…" "2.派出所:…" — a part whose number is closed with 。:
    # its items are the plan's tasks, not lines of prose under 二、活動時間
    text = ("某鎮電信網絡詐騙宣傳方案\n"
            "一、指導思想\n充分發揮鎮上各村的職能優勢。\n"
            "二、活動時間\n(1)策劃準備階段。鎮綜治辦制定宣傳方案。\n"
            "三。責任和任務\n"
            "1.鎮綜治辦:負責協調落實宣傳工作,每月集中開展壹次培訓會。\n"
            "2.派出所:用真實的電信詐騙案件向群眾講解電信詐騙的常用手法。\n"
            "3.鎮黨政辦:鎮黨政辦牽頭實施媒體平臺的防範宣傳工作。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(7, "1."), (8, "2."), (9, "3.")]
    # a number closed with 。 before a sentence is no part heading
    prose = "某镇工作方案\n一、主要任务\n(一)做好宣传。各村要广泛宣传。\n三。我们要继续努力做好各项工作,确保取得实效。\n"
    assert [t["line"] for t in only_plan(import_texts([("b.txt", prose)]))["tasks"]] == [3]


def test_a_bare_unit_holding_one_line_of_a_duty_list_among_holders_leads_it():
    # unknown-town-dianxin…-trad: "2.派出所:用真實的…案件向群眾講解…" between "1.鎮綜治辦:負責…" and "3.鎮黨政辦:鎮黨政辦牽頭…":
    # one more line of the list, its holder its lead, though its duty opens with no lead's verb
    text = ("某鎮電信網絡詐騙宣傳方案\n"
            "一、責任和任務\n"
            "1.鎮綜治辦:負責協調落實宣傳工作。\n"
            "2.派出所:用真實的電信詐騙案件向群眾講解電信詐騙的常用手法。\n"
            "3.鎮黨政辦:鎮黨政辦牽頭實施媒體平臺的防範宣傳工作。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [refs(t, "lead") for t in plan["tasks"]] == [["鎮綜治辦"], ["派出所"], ["鎮黨政辦"]]
    # alone, with no lines of the list beside it, a bare 派出所 before its duty is read as before
    alone = "某镇宣传方案\n一、主要任务\n1.派出所:用真实案件讲解诈骗手法。\n2.开展宣传:各村要广泛宣传。\n"
    assert refs(only_plan(import_texts([("b.txt", alone)]))["tasks"][0], "lead") == []


def test_a_kind_of_places_standards_under_a_part_of_standards_are_no_lost_task_part():
    # fengling-2021…: "四、创建标准" over "(一)无诈村(社区)标准。" and its criteria "1.村(社区)内没有…案件发生" …: what a
    # village must show to be rated, still the standards' part, no tasks
    text = ("某街道无诈村创建方案\n"
            "一、工作目标\n2021年下半年总体发案环比下降10%。\n"
            "二、创建标准\n"
            "(一)无诈村(社区)标准。\n"
            "1.村(社区)内没有电信网络诈骗案件发生;\n"
            "2.期内未发生50万以上的电信网络诈骗案件;\n")
    assert only_plan(import_texts([("a.txt", text)]))["tasks"] == []
    # items with items of their own under a goals part that are points of work are still read as a lost task part
    lost = ("某镇工作方案\n一、工作目标\n(一)做好宣传工作\n1.各村要广泛宣传。\n2.各单位要组织学习。\n")
    assert [t["line"] for t in only_plan(import_texts([("b.txt", lost)]))["tasks"]] == [4, 5]


def test_a_campaigns_part_headed_with_what_it_tells_people_holds_no_tasks():
    # unknown-jiedao-daji-zhengzhi-yanglao-zhapian…: "二、宣传内容" over "(一)揭露当前养老诈骗分子的“套路”手法;" …: the
    # messages the campaign carries, no work handed to anyone
    text = ("某街道打击整治养老诈骗宣传方案\n"
            "一、工作目标\n有力震慑养老诈骗违法犯罪活动。\n"
            "二、宣传内容\n"
            "(一)揭露当前养老诈骗分子的“套路”手法;\n"
            "(二)群众一旦被骗,应该采取的补救措施,报案渠道等;\n"
            "三、任务分工\n"
            "(一)各社区要利用横幅、展板等形式开展宣传。\n")
    assert [t["line"] for t in only_plan(import_texts([("a.txt", text)]))["tasks"]] == [8]


def test_a_copy_cut_right_after_the_dotted_number_of_the_next_item_keeps_it_as_a_task():
    # unknown-town-daji-zhili…-page4: items 5.-8. run on across the parts, then "(四)强化社会动员,增强全民防诈意识" / "9."
    # at the copy's end: the item after 8., cut right after its number, a task (not the part's text)
    text = ("某镇打击治理电信网络诈骗工作方案\n"
            "(三)强化发现预警,提升止付拦截能力\n"
            "7.建立精准预警拦截阻断机制。\n各村要及时劝阻。\n"
            "8.建立本地风险防控共享机制。\n政法机关要及时发现行业监管漏洞。\n"
            "(四)强化社会动员,增强全民防诈意识\n"
            "9.\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(3, "7."), (5, "8."), (8, "9.")]
    # a number that does not follow the last item's is no such cut item
    other = text.replace("9.\n", "3.\n")
    assert [t["number"] for t in only_plan(import_texts([("b.txt", other)]))["tasks"]] == ["7.", "8.", "(四)"]


def test_a_copy_cut_in_the_first_line_of_the_members_duty_list_keeps_that_line_as_a_task():
    # unknown-county-fangfan-dianxin…-trad: a piece whose headings were lost, its leading group's paragraph ending
    # "…各成員單位要制定各自的宣傳實施方案,切實抓好各項措施的落實。" and the copy's last line "縣委宣傳部:要在縣級主流網站…"
    # (cut): the first line of the members' duty list, a task its holder leads
    text = ("防范電信詐騙方案鄉鎮篇一\n"
            "牢固樹立以人民為中心的發展思想,按照“防范為主、部門聯動”的原則,全面動員,深入基層。\n"
            "為切實加強此次活動的組織領導,成立防范電信網絡詐騙違法犯罪宣傳活動領導小組,領導小組下設辦公室,辦公室設在縣公安局。"
            "各成員單位要制定各自的宣傳實施方案,切實抓好各項措施的落實。\n"
            "縣委宣傳部:要在縣級主流網站并督促各鄉鎮宣傳部門在當地的主流網\n")
    tasks = [t for p in import_texts([("a.txt", text)]).plans for t in p["tasks"]]
    assert [(t["line"], refs(t, "lead")) for t in tasks] == [(4, ["縣委宣傳部"])]
    # the same line after a paragraph that tells no members to act is not taken alone
    other = text.replace("各成員單位要制定各自的宣傳實施方案,切實抓好各項措施的落實。", "")
    assert [t for p in import_texts([("b.txt", other)]).plans for t in p["tasks"]] == []


def test_an_item_naming_its_parts_body_short_as_its_subject_still_takes_the_parts_lead():
    # unknown-place-wenhuaguan…: under "一、文化馆党支部意识形态工作主体工作职责", item 5. "严格追责问责,馆党支部对领导
    # 班子、党员干部…不到位的情况,要严肃追究…" names the part's body short as the subject of 要 (units, the persons
    # it acts on no persons of its own); the part's lead is still carried to it
    text = ("某文化馆党支部意识形态工作责任清单\n一、文化馆党支部意识形态工作主体工作职责\n"
            "1.牢牢掌握意识形态工作的领导权、管理权、话语权。\n"
            "2.严格追责问责,馆党支部对领导班子、党员干部及职工出现意识形态工作主体责任履行不到位的情况,要严肃追究相关领导班子和"
            "干部职工的责任。\n")
    tasks = only_plan(import_texts([("w.txt", text)]))["tasks"]
    assert refs(tasks[0], "lead") == ["文化馆党支部"]
    assert refs(tasks[1], "units") == ["馆党支部"] and refs(tasks[1], "lead") == ["文化馆党支部"]
    # an item whose own doer is another body stands alone
    other = text.replace("馆党支部对领导", "区文旅委对领导")
    tasks = only_plan(import_texts([("v.txt", other)]))["tasks"]
    assert refs(tasks[1], "units") == ["区文旅委"] and refs(tasks[1], "lead") == []


def test_a_part_headed_risk_analysis_alone_holds_no_tasks():
    # tengzhou-2017: 一、基本原則 / 二、基本情況 / 三、風險分析 over (一)京津冀…: the risks the plan sees coming, where things
    # stand, no work (as 二、基本情况)
    text = ("某市天然气稳定保供方案\n一、基本原则\n按照“保民用、保公用、保重点”的原则。\n二、基本情况\n我市天然气利用工程建成供气。\n"
            "三、风险分析\n(一)京津冀2+26城推行煤改气,供气指标下调。\n(二)上游气源紧张。\n")
    assert [t["line"] for p in import_texts([("plan.txt", text)]).plans for t in p["tasks"]] == []


def test_a_point_on_raising_awareness_of_the_works_importance_written_with_dui_is_no_task():
    # nayong-dianwang…: "一、进一步提高对加快电网规划建设重要性的认识" over its paragraph (各级各部门要…统一思想): the
    # awareness asked for, as 充分认识…的重要性 is, no task; the notice's later point of work stays one
    text = ("关于加强县区电网规划工作的通知\n各乡镇人民政府,县直各有关部门:\n经县政府研究,现通知如下:\n"
            "一、进一步提高对加快电网规划建设重要性的认识\n各级各部门要进一步统一思想,提高认识。\n"
            "二、进一步完善电网规划建设管理工作\n县发改局要做好电网规划与城乡规划的衔接。\n")
    tasks = [t for p in import_texts([("plan.txt", text)]).plans for t in p["tasks"]]
    assert [(t["line"], t["number"]) for t in tasks] == [(6, "二、")]


def test_items_titled_by_what_they_cover_beside_one_whose_numbered_lines_are_a_list_are_the_tasks():
    # unknown-city-nongtian…: 二、工作內容 over (一)資金籌集 (1、…貸款投資; 2、…自籌資金; 3、…; 4、…。: a list of the
    # sources, short entries closed by ";"), (二)投資范圍 and (三)設施管護 each over 1、2、: the items are the task level,
    # their numbered lines what they hold
    text = ("某市关于实施农田机井通电工程的通知\n各县(市、区)人民政府:\n现将有关事宜通知如下:\n二、工作内容\n(一)资金筹集\n"
            "1、省电力公司贷款投资;\n2、县供电企业自筹资金;\n3、县、乡政府整合支农资金;\n4、受益群众自筹资金。\n"
            "(二)投资范围\n1、省电力公司、县供电企业投资比例各占三分之一。\n2、县、乡政府整合支农资金比例占三分之一。\n"
            "(三)设施管护\n充分利用农村治安联防组织,实行群防群治。\n1、供电企业维护范围:10千伏主干线路。\n2、村委会维护范围:400伏地埋线路。\n")
    tasks = [t for p in import_texts([("plan.txt", text)]).plans for t in p["tasks"]]
    assert [(t["line"], t["number"]) for t in tasks] == [(5, "(一)"), (10, "(二)"), (13, "(三)")]


def test_a_duty_line_of_mass_organisations_closed_by_deng_danwei_names_each_as_a_lead():
    # unknown-province-guanai-nvhai…: "工会、共青团、妇联和计生协会等单位:发动群众…" beside "公安部门:依法…": the
    # organisations before the colon, 妇联 and 计生协会 parted by 和, lead the line's duty, the bare 单位 after 等 one of them
    text = ("公安部门:依法严厉查处“两非”、溺弃女婴的违法犯罪行为。\n"
            "人事部门:进一步做好培养选拔女性人才工作。\n"
            "工会、共青团、妇联和计生协会等单位:发动群众积极参与关爱女孩行动,营造全社会关爱女孩的良好氛围。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [t["line"] for t in plan["tasks"]] == [1, 2, 3]
    assert refs(plan["tasks"][2], "lead") == ["工会", "共青团", "妇联", "计生协会", "单位"]


def test_a_sector_department_opening_a_paragraph_of_its_own_under_an_item_as_subject_of_yao_is_its_doer():
    # unknown-city-liudong-renkou…-gongzuo-jizhi: "(一)实施综合治理。…各相关部门按照各自工作职责,…同部署…。" then, a line
    # below, "人口计生部门要严格贯彻落实…,对辖区流动人口计划生育工作情况进行督导检查": the department the item turns to
    text = ("某市流动人口计划生育服务管理实施方案\n"
            "一、创新工作机制\n"
            "(一)实施综合治理。将流动人口计划生育服务管理纳入总体规划,各相关部门按照各自工作职责,将流动人口计划生育"
            "工作与本部门业务工作同部署、同落实。\n"
            "人口计生部门要严格贯彻落实计划生育法律法规,对辖区流动人口计划生育工作情况进行督导检查,制定年度计划。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [t["line"] for t in plan["tasks"]] == [3]
    assert refs(plan["tasks"][0], "units") == ["人口计生部门"]
    # one sentence inside the item's paragraph, no paragraph of its own, stays as it was read (no doer alone)
    alone = ("某市流动人口计划生育服务管理实施方案\n一、创新工作机制\n"
             "(一)实施综合治理。纳入总体规划。人口计生部门要严格贯彻落实计划生育法律法规。\n")
    assert refs(only_plan(import_texts([("b.txt", alone)]))["tasks"][0], "units") == []


def test_an_assessment_s_terms_and_its_scored_items_are_no_tasks():
    # dazhou-2010…: a 目标管理 notice's "一、考核对象" and "二、考核内容及分值" / "实行百分制考核…" over "(一)人口控制目标(60分)"
    # and "1.出生人口数(5分)。…": what the assessment scores, no work handed to a doer
    text = ("某市人民政府办公室关于对2010年人口和计划生育工作实行目标管理的通知\n"
            "各县、市、区人民政府:\n"
            "现将2010年人口和计划生育目标管理有关事项通知如下:\n"
            "一、考核对象\n各县(市、区)人民政府\n"
            "二、考核内容及分值\n实行百分制考核,基本分值100分。\n"
            "(一)人口控制目标(60分)\n"
            "1.出生人口数(5分)。按照市政府下达的年度人口出生数控制责任指标进行考核。\n"
            "2.人口自然增长率(10分)。在责任指标以内的得满分。\n")
    assert only_plan(import_texts([("a.txt", text)]))["tasks"] == []


def test_a_department_named_bare_as_an_item_s_whole_title_over_its_duties_leads_them():
    # unknown-meng-2007…: "十、发改委" on a line of its own over "认真贯彻落实…,制定有利于计划生育家庭的…措施。": a department
    # of the plan's own level named bare, in a form the table of bodies knows, leading its duties
    text = ("九、人社局\n负责落实计划生育家庭的就业扶持政策。\n"
            "十、发改委\n认真贯彻落实国家现行的人口和计划生育相关的法律法规,制定有利于计划生育家庭的优先优惠具体措施。\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], refs(t, "lead")) for t in plan["tasks"]] == [(1, ["人社局"]), (3, ["发改委"])]
    # a title that only ends like a body (任务交办, 优化产业布局) leads nothing
    other = "一、任务交办\n各承办单位认真研究办理。\n二、优化产业布局\n推进工业企业搬迁改造。\n"
    assert all(refs(t, "lead") == [] for t in only_plan(import_texts([("b.txt", other)]))["tasks"])


def test_a_copy_opening_inside_a_part_ending_on_the_next_part_s_heading_over_a_cut_sentence_reads_no_task_there():
    # unknown-city-liudong-renkou…-shudi…: "(三)流动人口计划生育管理和服务纳入属地的经常性工作范围。各县(市)政府要…" then
    # "三、明确职责,形成齐抓共管的工作格局" / "流动人口管理和服务工作涉" (the copy's end): a part's heading cut below
    text = ("(二)加强宣传教育。各县(市)政府要大力宣传计划生育法律法规。\n"
            "(三)流动人口计划生育管理和服务纳入属地的经常性工作范围。各县(市)政府要将辖区内的单位纳入属地管理的范围。\n"
            "三、明确职责,形成齐抓共管的工作格局\n"
            "流动人口管理和服务工作涉\n")
    plan = only_plan(import_texts([("a.txt", text)]))
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(1, "(二)"), (2, "(三)")]
    # a heading whose paragraph below is whole stays the item it was read as
    whole = text.replace("流动人口管理和服务工作涉\n", "公安部门要做好流动人口的登记工作。\n")
    assert [t["line"] for t in only_plan(import_texts([("b.txt", whole)]))["tasks"]] == [1, 2, 3]


def test_a_steps_part_whose_sub_part_lists_dated_stages_stays_the_schedule():
    """"四、工作步骤" / "(一)集中整治" / "1、宣传发动阶段(7月-8月)" … / "(二)长效管理(2011年元月起)" / "1、建立报告制度…"
    (nanchang-2010-zhengzhi-sangzang…, a later page opening in its duty list): the steps' sub-parts over their stages are
    the schedule still, not a next section whose heading the copy lost; the duty list before them keeps its tasks."""
    from planportal.importer import import_texts

    text = ("(十二)监察部门负责对违规办丧行为进行查处。\n(十三)公安部门负责对妨碍执行公务的依法给予治安处罚。\n"
            "四、工作步骤\n整治工作实行集中整治和长效管理相结合。\n(一)集中整治\n1、宣传发动阶段(7月-8月)\n"
            "各区制定整治活动实施方案,召开动员会。\n2、具体实施阶段(8月-11月)\n各区整治工作领导小组要开展专项整治。\n"
            "3、检查验收阶段(11月-12月)\n市整治工作领导小组对各区进行全面检查。\n(二)长效管理(2011年元月起)\n"
            "1、建立报告制度:构建全市殡葬信息网络。\n")
    tasks = [t for p in import_texts([("plan.txt", text)]).plans for t in p["tasks"]]
    assert [(t["line"], t["number"]) for t in tasks] == [(1, "(十二)"), (2, "(十三)")]

"""More shapes the seeds do not have: role lines under each task, and a task list
that names no place and writes some cells empty."""

from __future__ import annotations

import datetime as dt

from test_importer_shapes import dl, imported, only_plan, refs


def test_role_lines_under_each_task():
    notice, plan = imported("division_lines_linjiang.txt").plans  # the notice names its plan without 《》
    assert notice["doc_number"] == "临府办发〔2024〕8号" and plan["parent"] == notice["id"]
    assert plan["jurisdiction"] == "临江县" and plan["title"] == "临江县2024年城镇燃气安全专项整治工作任务分工方案"
    first, second, third = plan["tasks"]  # 工作目标 and 保障措施 are not tasks
    assert refs(first, "lead") == ["县住建局"]
    assert refs(first, "support") == ["县市场监管局", "县消防救援大队", "各乡镇人民政府"]
    assert dl(first) == [("2024年6月底前", "by", dt.date(2024, 6, 30))]
    assert refs(second, "lead") == ["县市场监管局", "县公安局"]
    assert dl(second) == [("长期坚持", "ongoing", None)]
    assert dl(third) == [("2024年12月底前", "by", dt.date(2024, 12, 31)), ("2025年底前", "by", dt.date(2025, 12, 31))]


def test_a_cell_written_empty_stays_empty():
    plan = only_plan(imported("task_list_no_place.txt"))
    tasks = plan["tasks"]
    assert [t["title"] for t in tasks][:2] == ["开展城镇燃气安全排查整治", "开展道路交通安全隐患治理"]
    assert refs(tasks[2], "support") == []  # "| |" is an empty cell, not a merged one
    assert dl(tasks[3]) == []
    assert not any(t.get("inferred") for t in tasks)


def test_no_place_is_guessed_from_a_phrase_in_the_body():
    plan = only_plan(imported("task_list_no_place.txt"))
    assert plan["jurisdiction"] is None  # "开展城镇燃气…" names no place called 开展城镇
    assert plan["id"] == "2024-anquanshengchanzhongdiangongzuo"


def test_source_label_names_the_issuing_office():
    plan = only_plan(imported("workpoints_source_label.txt"))
    assert plan["issuer"] == "西湖区应急管理局" and plan["published"] == dt.date(2025, 2, 20)
    first, second = plan["tasks"][:2]
    assert refs(first, "lead") == ["区应急管理局"] and refs(first, "support") == ["区住建局", "区市场监管局"]
    assert refs(first, "units") == ["各街道"]
    assert dl(first) == [("每月", "recurring", None), ("9月底前", "by", dt.date(2025, 9, 30))]
    assert refs(second, "lead") == ["区林业局"] and refs(second, "support") == ["区应急管理局", "各街道"]


def test_a_newspaper_as_source_is_not_an_issuer():
    from planportal.importer import import_texts

    text = "某县2024年安全生产工作要点\n来源：人民日报 发布日期：2024-03-01\n一、重点任务\n1.开展隐患排查。（县应急局牵头）\n"
    (plan,) = import_texts([("n.txt", text)]).plans
    assert plan.get("issuer") is None


def test_numbered_sub_points_stay_inside_their_task():
    plan = only_plan(imported("plan_with_sub_points.txt"))
    tasks = plan["tasks"]
    # 1. and 3. are tasks, so 2. is one too: its (1)(2) are sub-points, like 一是/二是
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    second = tasks[1]
    assert second["title"] == "落实部门监管责任"
    assert "（1）住建部门负责建设工程消防设计审查。" in second["text"] and "（2）市场监管部门" in second["text"]
    assert refs(second, "units") == ["市住建局", "市市场监管局"]  # the deadline after the list is no unit
    assert dl(second) == [("2024年9月底前", "by", dt.date(2024, 9, 30))]
    assert refs(tasks[2], "lead") == ["市消防救援支队"] and refs(tasks[2], "support") == ["市住建局"]


def test_a_long_group_heading_is_kept_whole():
    from planportal.importer import import_texts

    text = (
        "某区2024年安全生产工作方案\n二、主要任务\n"
        "（一）强化房屋市政工程施工安全“两场(施工现场、建筑市场)联动”管理\n"
        "1.开展施工安全检查。（区住建委负责）\n2.规范建筑市场秩序。（区住建委负责）\n"
    )
    (plan,) = import_texts([("g.txt", text)]).plans
    titles = [g["title"] for g in plan["groups"]]
    assert "强化房屋市政工程施工安全“两场(施工现场、建筑市场)联动”管理" in titles


def test_a_part_on_why_the_plan_matters_is_no_task_part_but_a_point_that_opens_with_it_is_one():
    from planportal.importer import import_texts

    # guangshan-2022 (a 县人民法院's 实施方案): 一、充分认识…的重要作用, a heading on its own line over prose, says why
    # the plan matters; the tasks are under 二、
    text = (
        "某县人民法院 关于优化法治化营商环境工作实施方案\n"
        "一、充分认识优化营商环境对提升人民法院工作的重要作用\n"
        "要围绕建设一流法治化营商环境的目标,进一步提高思想认识。\n"
        "二、充分发挥司法职能\n"
        "1.牢固树立善意文明的司法办案理念。\n"
        "2.依法平等保护各类市场主体。\n"
    )
    (plan,) = import_texts([("w.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["1.", "2."]
    # hunan-2009: a notice's own numbered point that opens with the same words and goes on, on its line, to what
    # the departments must do is one of its measures
    text = (
        "某省人民政府办公厅关于加强毕业生就业工作的通知\n各市人民政府:\n"
        "一、充分认识做好毕业生就业工作的重要性。各级各有关部门要把毕业生就业摆在就业工作的首位。\n"
        "二、拓宽就业渠道。人事部门牵头做好招聘工作。\n"
    )
    (plan,) = import_texts([("n.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["一、", "二、"]
    # tongxiang-2011: the heading glued straight onto its paragraph where the copy lost the break, no mark between
    # (一、充分认识…的重要性和必要性国家把…): still the heading on why the plan matters, no task
    text = (
        "某市委办公室关于进一步完善土地执法监管长效机制的实施意见\n"
        "一、充分认识完善土地执法监管长效机制的重要性和必要性国家把实行政府土地管理工作问责制提到了突出位置。\n"
        "二、落实监管责任\n1.镇街道负责辖区巡查。\n2.市国土资源局负责执法查处。\n"
    )
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["number"] for t in plan["tasks"]] == ["1.", "2."]


def test_a_sites_outline_above_the_text_gives_no_tasks():
    from planportal.importer import import_texts

    # unknown-city-2020 (新文秘网): the site sets the text's headings above it, between "目錄/提綱:……" and a line of
    # dots; read as the text they were the plan's items twice
    text = (
        "目錄/提綱:……\n一、工作目標\n二、工作任務\n(一)確保市場穩定運行\n(二)加大社會救助力度\n三、保障措施\n……\n"
        "某市保基本民生工作方案\n一、工作目標\n確保2020年工程100%完成。\n二、工作任務\n(一)確保市場穩定運行\n"
        "1.加強監測、預警和調控。(責任單位:市商務局、各縣市區人民政府)\n2.保障困難群眾基本生活。(責任單位:市民政局)\n"
    )
    (plan,) = import_texts([("o.txt", text)]).plans
    assert [(t["number"], refs(t, "units")) for t in plan["tasks"]] == [
        ("1.", ["市商務局", "各縣市區人民政府"]), ("2.", ["市民政局"])]


def test_a_paragraph_broken_mid_phrase_opens_on_the_line_above_its_clause():
    from planportal.importer import import_texts

    # unknown-city-2020: a measure after one closed by its clause, broken by a hard break after "和"; the task starts
    # where its paragraph does
    text = (
        "某市保基本民生工作方案\n二、工作任務\n(一)加大救助力度\n1.加強監測。(責任單位:市商務局)\n"
        "為100名殘疾兒童開展康復救助、為1020名殘疾人開展職業技能和\n"
        "農村適用技術培訓。(責任單位:市殘聯、各縣市區人民政府)\n"
    )
    (plan,) = import_texts([("b.txt", text)]).plans
    tasks = plan["tasks"]
    assert [t["line"] for t in tasks] == [4, 5]
    assert refs(tasks[1], "units") == ["市殘聯", "各縣市區人民政府"]


def test_a_part_on_the_great_significance_of_the_work_is_no_task_part():
    from planportal.importer import import_texts

    # ningxia-2016 (a province's 四好农村路 实施方案): 一、充分认识…的重大意义 over prose says why the work matters, as
    # …的重要意义 does; the copy is cut before the tasks, so the plan has none
    text = (
        "宁夏推进“四好农村路”建设实施方案\n"
        "为深入贯彻落实党中央、国务院对“三农”工作部署,制定本实施方案。\n"
        "一、充分认识推进“四好农村路”建设的重大意义\n"
        "农村公路是保障农民群众生产生活的基本条件。\n"
    )
    (plan,) = import_texts([("s.txt", text)]).plans
    assert plan["tasks"] == []


def test_a_notices_part_headed_with_the_awareness_it_asks_for_alone_is_no_task_part():
    from planportal.importer import import_texts

    # longshan-2008-qiuji… (a county's notice on the 秋季动物防疫): 一、提高认识  统一思想 on a line of its own over a
    # paragraph asking the townships to take the work seriously is no point of work, as …的重要意义 is not; 二、工作要求
    # over its schedule and its densities is none either, so the copy holds no task
    text = (
        "某县人民政府办公室关于切实做好秋季动物防疫工作的通知\n各乡镇人民政府:\n现将有关事项通知如下:\n"
        "一、提高认识  统一思想\n"
        "动物防疫工作直接关系到畜牧业的健康发展,各乡镇(街道)要充分认识当前动物防疫的严峻形势。\n"
        "二、工作要求\n1、时间要求。\n今年秋防要在60天内全面完成任务。\n2、质量要求。\n猪瘟免疫密度必须达95%以上。\n"
    )
    (plan,) = import_texts([("n.txt", text)]).plans
    assert plan["tasks"] == []


def test_a_one_line_copys_targets_significance_and_schedule_glued_to_their_labels_are_no_task_parts():
    from planportal.importer import import_texts

    # unknown-town-2021-nongcun-gaice… (a 镇's 改厕 方案 on one line): 一、任务目标全镇…, 二、重大意义农村改厕是…, 三、时间安排
    # 今年的…分三个阶段进行。 over its dated stage 1、准备阶段(11月下旬——12月下旬): the labels glued to their text, a plan's
    # targets, why it matters and its schedule, no part of work
    text = ("2021年农村厕所改造实施方案为加强农村改厕工作,结合我镇实际,特制定本方案。一、任务目标全镇改厕任务目标为600座,"
            "厕所类型采用三格化卫生厕所。二、重大意义农村改厕是改善农村环境和卫生条件的重要内容。镇委、镇政府对此项工作高度重视。"
            "三、时间安排今年的农村改厕工作分三个阶段进行。1、准备阶段(11月下旬——12月下旬)。一是制定改厕方案。二是宣传发动,"
            "落实任务,同时各村要把今年改厕的任务落实到户。\n")
    (plan,) = import_texts([("g.txt", text)]).plans
    assert plan["tasks"] == []


def test_a_part_of_targets_and_tasks_with_its_figures_on_its_line_and_no_items_is_no_task_part():
    from planportal.importer import import_texts

    # unknown-county-jiegan-jinshao… (二、目标任务xx年5月底到9月底全县秸秆禁烧。…) and mengnong-zhongda… (二、目标和任务
    # 禽流感、口蹄疫,应免密度…): the label with the plan's figures behind it and no items of its own is its targets; the
    # duty part after it holds the tasks
    text = ("某县秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作,进一步改善环境质量,根据大气污染防治法,制订本方案。"
            "一、指导思想以保护大气环境质量,保护人民身体健康,保障交通安全为目标,坚持以疏为主、疏堵结合的工作原则,严禁焚烧秸秆"
            "行为,积极推进秸秆综合利用工作。二、目标任务2024年5月底到9月底全县秸秆禁烧。秸秆禁烧区域为辖区内国道、省道、县道"
            "公路干线两侧各1公里的地带。三、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立县秸秆禁烧工作领导小组。"
            "各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。县农委。负责全县"
            "农作物秸秆综合利用工作的督导。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [[r["written"] for r in t["lead"]] for t in plan["tasks"]] == [["县环保局"], ["县农委"]]
    assert all(d == [] for d in (t["deadlines"] for t in plan["tasks"]))  # 9月底 is the targets' period

"""Shapes of rectification texts (整改方案, 整改销号公示): a problem written as labelled fields, each
label with its value after its colon or on the lines below, the measures or completed steps
numbered under a label of their own, a 整改实施主体, a 整改时限 of 立行立改.
Small composed texts; each test names the shape it pins."""

from __future__ import annotations

from planportal.importer import deadlines, import_texts


def tasks_of(text: str) -> list[dict]:
    return [t for p in import_texts([("a.txt", text)]).plans for t in p["tasks"]]


def names(task: dict, role: str) -> list[str]:
    return [r["written"] for r in task.get(role) or []]


def phrases(task: dict) -> list[str]:
    return [d["text"] for d in task.get("deadlines") or []]


def test_a_problem_written_as_label_value_lines_is_one_task_and_its_completed_steps_stay_in_it():
    text = (
        "某区人民政府 2019-12-13 16:36 来源: 区河湖管理中心\n"
        "关于某区环保督察反馈问题整改任务(序号三)整改情况的公示\n"
        "根据有关要求,现对反馈问题(序号三)整改完成情况进行公示。\n"
        "整改任务:部分乡镇生活垃圾清运不及时,责任压得不实。\n"
        "整改目标:压实责任,建立清运长效机制。\n"
        "整改完成情况:\n"
        "1、各乡镇落实专人清运,压实责任。\n"
        "2、每月调度预警,强化督查督办。\n"
        "特此公示!\n"
        "某区河湖管理中心\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [4]


def test_measures_numbered_under_a_problem_stay_in_it_and_their_deadlines_are_its():
    text = (
        "某县某镇关于环保督察反馈意见整改销号公示(第二批)\n"
        "\n"
        "  根据有关规定,现对我镇已完成整改任务的整改情况进行公示。\n"
        "\n"
        "  整改任务:\n"
        "\n"
        "  农村生活垃圾治理责任落实不到位,整改推进比较被动\n"
        "\n"
        "  责任单位:某镇、各村(社区)\n"
        "\n"
        "  责 任 人:张明、各村村主任\n"
        "\n"
        "  整改目标:\n"
        "\n"
        "  2020年11月底前,全镇行政村的生活垃圾得到有效处理。\n"
        "\n"
        "  整改时限:立行立改,长期坚持\n"
        "\n"
        "  整改措施:\n"
        "\n"
        "  (一)农村生活垃圾治理\n"
        "\n"
        "  1.建立村收集、镇转运、县处理的收运处置体系。\n"
        "\n"
        "  2.2020年6月底前,落实农村垃圾整治督导方案。\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [5]
    assert names(tasks[0], "units") == ["某镇", "各村(社区)"]  # the 责任人 are persons, no units
    assert phrases(tasks[0]) == ["2020年11月底前", "立行立改", "长期坚持", "2020年6月底前"]


def test_an_implementing_body_label_names_the_implementer_and_acceptance_labels_their_roles():
    text = (
        "某市某区关于督察问题整改情况公示\n"
        "根据有关文件要求,现对其整改任务、目标、措施对外进行公示。\n"
        "反馈问题:老旧污水管网改造没有完成规划任务。\n"
        "整改目标:2025年12月31日前,城区生活污水集中收集率达到70%。\n"
        "整改措施:\n"
        "1.完善配套污水管网建设。\n"
        "2.建立长效机制。\n"
        "整改实施主体:某区住房和城乡建设局\n"
        "牵头验收单位:某市住房和城乡建设局\n"
        "配合验收单位:某区住房和城乡建设局\n"
        "整改完成情况:\n"
        "1.完成管网改造规划任务。\n"
        "2.严格工作抓严抓实。\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3]
    assert names(tasks[0], "implement") == ["某区住房和城乡建设局"]
    assert names(tasks[0], "lead") == ["某市住房和城乡建设局"]
    assert names(tasks[0], "support") == ["某区住房和城乡建设局"]
    assert phrases(tasks[0]) == ["2025年12月31日前"]


def test_at_once_is_a_time_cells_deadline_not_a_manner_in_running_text():
    assert [d["text"] for d in deadlines.in_cell("立行立改,长期坚持")] == ["立行立改", "长期坚持"]
    assert [d["kind"] for d in deadlines.in_cell("立整立改")] == ["by"]
    assert deadlines.in_text("对反馈的问题做到立行立改、即知即改") == []


def test_measures_and_fields_under_a_numbered_problem_are_that_items_not_a_record_of_their_own():
    text = (
        "中共某县某局党组关于县委第二巡察组反馈意见的整改方案\n"
        "根据县委巡察工作统一部署,现制定如下整改方案。\n"
        "一、反馈问题及整改措施\n"
        "(一)贯彻落实党的路线方针政策方面\n"
        "1.理论学习不够深入。一是学习计划不明确;二是学习形式单一。\n"
        "整改措施:一是制定年度学习计划;二是开展集中学习。\n"
        "责任领导:张三\n"
        "责任单位:局办公室\n"
        "整改时限:2019年3月底前\n"
        "2.意识形态工作责任制落实不到位。\n"
        "整改措施:每半年专题研究一次意识形态工作。\n"
        "责任领导:李四\n"
        "牵头单位:局办公室\n"
        "配合单位:宣传股\n"
        "整改时限:2019年6月底前\n"
        "二、保障措施\n"
        "(一)加强组织领导。\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(5, "1."), (10, "2.")]
    assert names(tasks[0], "units") == ["局办公室"]
    assert names(tasks[1], "lead") == ["局办公室"] and names(tasks[1], "support") == ["宣传股"]
    assert phrases(tasks[1]) == ["每半年", "2019年6月底前"]


def test_a_time_label_inside_an_item_is_read_as_a_time_cell():
    text = (
        "某局党组关于巡察反馈意见的整改方案\n"
        "一、反馈问题及整改措施\n"
        "1.理论学习不够深入。\n"
        "整改措施:制定年度学习计划。\n"
        "责任单位:局办公室\n"
        "整改时限:立行立改,长期坚持\n"
        "2.财务报销审核不严。\n"
        "整改措施:修订财务管理制度。\n"
        "责任单位:局财务股\n"
        "完成时限:2019年\n"
    )
    tasks = tasks_of(text)
    assert [phrases(t) for t in tasks] == [["立行立改", "长期坚持"], ["2019年"]]


def test_label_value_lines_right_under_a_numbered_item_are_its_fields():
    text = (
        "某县2020年教育工作要点\n"
        "一、重点工作\n"
        "(一)加强理论学习\n"
        "工作任务:组织全系统干部开展理论学习。\n"
        "责任单位:县教育局办公室\n"
        "完成时限:2020年12月底前\n"
        "(二)推进校舍改造\n"
        "工作任务:完成城区三所学校校舍改造。\n"
        "责任单位:县教育局基建股\n"
        "完成时限:2020年9月底前\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "(一)"), (7, "(二)")]
    assert names(tasks[1], "units") == ["县教育局基建股"] and phrases(tasks[1]) == ["2020年9月底前"]


def test_a_problems_numbered_measures_stay_in_it_when_its_clause_and_time_lines_follow_them():
    text = (
        "某县关于市委巡察反馈意见的整改方案\n"
        "一、整改任务\n"
        "(一)理论学习不够深入的问题\n"
        "整改措施:\n"
        "1.制定年度学习计划。\n"
        "2.组织干部集中学习。\n"
        "责任领导:张三\n"
        "责任单位:县委办公室\n"
        "整改时限:立行立改,长期坚持\n"
        "(二)财务管理不规范的问题\n"
        "整改措施:\n"
        "1.修订财务管理制度。\n"
        "2.开展财务专项检查。\n"
        "责任领导:李四\n"
        "责任单位:县财政局\n"
        "整改时限:2019年6月底前\n"
        "二、保障措施\n"
        "(一)加强组织领导。\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "(一)"), (10, "(二)")]
    assert names(tasks[0], "units") == ["县委办公室"] and phrases(tasks[0]) == ["立行立改", "长期坚持"]
    assert names(tasks[1], "units") == ["县财政局"] and phrases(tasks[1]) == ["2019年6月底前"]


def test_a_time_label_set_off_by_a_space_after_the_last_list_of_a_clause_keeps_that_list():
    text = (
        "某县关于省委巡视反馈意见的整改落实方案\n"
        "一、整改任务\n"
        "1.财务管理不规范。修订财务管理制度。(牵头领导:李四 牵头单位:县财政局 配合单位:县审计局 完成时限:2019年6月底前)\n"
        "2.基层党建薄弱。整顿软弱涣散村党组织。(责任领导:王五;责任单位:县委组织部;整改时限:立行立改)\n"
    )
    tasks = tasks_of(text)
    assert names(tasks[0], "lead") == ["县财政局"] and names(tasks[0], "support") == ["县审计局"]
    assert phrases(tasks[0]) == ["2019年6月底前"]
    assert names(tasks[1], "units") == ["县委组织部"] and phrases(tasks[1]) == ["立行立改"]


def test_a_rectification_lists_columns_checking_body_period_and_progress():
    text = (
        "某县环保督察反馈问题整改清单\n"
        "| 序号 | 存在问题 | 整改措施 | 整改主体 | 验收单位 | 整改期限 | 整改情况 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | 城区黑臭水体治理滞后 | 完成截污纳管工程 | 县住建局 | 县生态环境局 | 2020年底前 | 已完成,长期坚持 |\n"
        "| 2 | 垃圾填埋场渗滤液超标 | 新建渗滤液处理站 | 县城管局 | 县生态环境局 | 立行立改 | 正在推进 |\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [4, 5]
    assert names(tasks[0], "units") == ["县住建局"] and names(tasks[0], "supervise") == ["县生态环境局"]
    assert phrases(tasks[0]) == ["2020年底前"]  # 长期坚持 sits in the progress column
    assert phrases(tasks[1]) == ["立行立改"]


def test_a_label_with_a_four_character_qualifier_closes_a_sites_problems_as_its_clause():
    # a 督查 problem list: each numbered site over its problems (1)(2)…, then "问题整改责任单位:X 整改时限:N天"
    text = (
        "某市创文办关于督查发现问题的通报\n"
        "一、发现的问题\n"
        "1. 市体育馆\n"
        "(1)院内车辆乱停乱放;\n"
        "(2)灭火器过期未更换。\n"
        "问题整改责任单位:市体育局 整改时限:3天\n"
        "2. 市中心医院\n"
        "(1)禁烟标识不足;\n"
        "(2)宣传栏破损。\n"
        "问题整改责任单位:市卫生健康委员会 整改时限:5天\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "1."), (7, "2.")]
    assert names(tasks[0], "units") == ["市体育局"] and names(tasks[1], "units") == ["市卫生健康委员会"]
    assert phrases(tasks[0]) == ["3天"] and phrases(tasks[1]) == ["5天"]


def test_a_tables_title_above_records_of_one_label_a_line_is_no_header_label():
    # a 销号 公示: "附件:具体整改情况表", the table's title again, then labels alone on their lines, values below
    text = (
        "关于省生态环境保护督察整改任务销号的公示\n"
        "\n"
        "督察指出的问题已完成整改,现予以公示。\n"
        "\n"
        "附件:具体整改情况表\n"
        "\n"
        "具体整改情况表\n"
        "\n"
        "整改任务\n"
        "\n"
        "河长巡查流于形式,基层河长履职不到位。\n"
        "\n"
        "责任单位\n"
        "\n"
        "某县水利局、某镇\n"
        "\n"
        "整改目标\n"
        "\n"
        "强化基层河长责任落实。\n"
        "\n"
        "整改措施\n"
        "\n"
        "(一)强化履职监督。开展督导检查。\n"
        "\n"
        "(二)完善长效机制。建立台账,动态清零。\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [9]
    assert names(tasks[0], "units") == ["某县水利局", "某镇"]


def test_a_heading_item_over_points_that_name_their_own_units_is_no_task_though_its_siblings_are():
    # (1) a problem with its clause; (2) a 方面 naming no unit over ① problems with clauses of their own
    text = (
        "某乡脱贫攻坚成效考核反馈问题整改实施方案\n"
        "一、整改内容\n"
        "1.专项整改问题\n"
        "(1)脱贫人口指标安排不科学。(牵头单位:扶贫办;责任单位:各村支部)\n"
        "整改措施:科学确定脱贫人口指标。\n"
        "(2)住房安全方面。\n"
        "①易地扶贫搬迁建房面积超标。(牵头单位:扶贫办、村建所;责任单位:各村支部)\n"
        "整改措施:强化宣传培训。\n"
        "②危房改造不到位。(牵头单位:村建所;责任单位:各村支部)\n"
        "整改措施:开展危房排查。\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(4, "(1)"), (7, "①"), (9, "②")]
    assert names(tasks[1], "lead") == ["扶贫办", "村建所"] and names(tasks[2], "lead") == ["村建所"]


def test_a_rectification_reports_overview_part_is_no_task():
    text = (
        "某市人民政府关于专项审计调查发现问题整改情况的函\n"
        "自治区审计厅:\n"
        "根据审计报告要求,现将整改情况函告如下:\n"
        "一、总体情况\n"
        "我市及时制定整改方案,明确每个问题的整改措施、整改时限和责任单位,长期坚持抓好整改。\n"
        "二、具体整改情况\n"
        "(一)部分年度空气质量约束性指标任务未完成。\n"
        "该问题已完成整改。\n"
        "(二)部分项目资金闲置。\n"
        "该问题已完成整改。\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(7, "(一)"), (9, "(二)")]


def test_a_problem_with_its_rectification_state_and_measures_under_a_bare_label_heading_is_the_task():
    # a town's report on an audit's problem (unknown-town-2020-daqi): "二、整改情况" heads the part, the record
    # below states the problem itself (问题描述:…), its state (整改情况:…) and its measures (整改措施:…)
    text = (
        "某镇关于专项审计问题整改情况的报告\n"
        "根据专项审计调查报告,涉及我镇问题有1项,现将整改落实情况报告如下:\n"
        "一、高度重视\n"
        "镇主要领导多次召开专题会议研究,积极采取有效措施。\n"
        "二、整改情况\n"
        "问题描述:污水处理设施未启用。\n"
        "整改情况:未整改到位。\n"
        "整改措施:1、对用电线路进行全面改造;2、对蓄水池中的淤泥进行清理。\n"
        "三、下步计划\n"
    )
    tasks = tasks_of(text)
    problem = [t for t in tasks if t["line"] == 6]
    assert problem, [t["line"] for t in tasks]
    assert 5 not in [t["line"] for t in tasks]  # the part's heading is no task


def test_a_records_fields_numbered_like_items_stay_in_its_problem():
    # a county's 验收销号意见 (wenxi-2020): 一、整改任务… 二、整改目标… 三、完成情况:… 四、验收意见…, labels glued
    text = (
        "某县人民政府关于对督察反馈意见整改方案第07号整改任务的验收销号意见\n"
        "验收组对第07号整改任务完成情况进行了现场验收。\n"
        "一、整改任务秸秆禁烧工作宣传力度不够,秸秆焚烧现象时有发生。\n"
        "二、整改目标全县范围内杜绝秸秆焚烧现象。\n"
        "三、完成情况:全县健全19个禁止三烧网络。\n"
        "四、验收意见已完成整改,同意销号。\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [3]


def test_an_inspection_notices_account_of_its_inspection_is_no_task():
    # a 督查通报 (unknown-city-2022-chuangwen): 一、督查情况 counts what was checked; the problems follow in 二、
    text = (
        "某市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报\n"
        "各乡(镇),市属各部门:\n"
        "一、督查情况\n"
        "本次督查共计320个点位,交办问题57个,截至10月10日整改问题28个。\n"
        "二、存在问题\n"
        "(一)新城镇(2个)\n"
        "1.小区公益广告褪色破损。\n"
        "2.小区内车辆乱停乱放。\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [7, 8]


def test_a_paragraph_on_the_whole_list_after_its_last_problem_is_not_that_problems():
    # a city's 督导组 hands problems to districts (puyang): the closing cut-off is for all, not item 2's own words
    text = (
        "4月16日,督导组对市城区内部分生活区环境卫生进行了检查,现将检查发现的问题交办如下:\n"
        "1.行政南小区内无防鼠灭鼠设施。责任单位:华龙区人民办。\n"
        "2.锦绣花园小区内垃圾清理不及时。责任单位:华龙区建设办。\n"
        "上述责任单位要高度重视,对存在的问题务必于4月19日前整改完毕。\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [2, 3]
    assert names(tasks[1], "units") == ["华龙区建设办"]
    assert phrases(tasks[1]) == []


def test_a_report_s_account_of_how_its_party_group_organised_the_rectification_is_no_task_part():
    # huiji-2024-jianchayuan (a 检察院党组's 巡察 rectification report) and jiaowei-2025: 一、党组及主要负责人组织整改
    # 落实情况 tells how the work was organised — a leading group, a 整改清单 with 责任部门 and 整改时限 columns, a
    # 民主生活会 — before the problems; its (一)(二) are no problems handed to anyone
    text = (
        "根据市委统一部署,市委巡察组对某区人民检察院党组进行了巡察。现将巡察整改情况予以公布。\n"
        "一、党组及主要负责人组织整改落实情况\n"
        "院党组坚持把巡察整改作为重大政治任务来抓。\n"
        "(一)强化组织领导,全面统筹实施。第一时间召开院党组会议研究部署整改工作。\n"
        "(二)细化整改清单,统筹推进落实。明确责任领导、责任部门、整改时限及整改措施,3月29日召开专题民主生活会。\n"
        "二、巡察反馈问题整改落实情况\n"
        "1.学习贯彻上级决策部署不够深入。\n"
        "整改情况:严格落实“第一议题”制度。\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [7]


def test_a_report_s_progress_on_its_problem_gives_the_task_no_deadline():
    # lizhou-2025 (a 区法院党组's 通报 of its 巡察 rectification): each numbered problem is followed by "整改情况:"
    # telling what was done, with the dates it was done on; the task is the problem, the progress dates no deadlines
    text = (
        "根据区委巡察工作统一部署,现将巡察反馈意见整改情况予以通报。\n"
        "一、贯彻落实决策部署有差距\n"
        "1.落实防止干预司法“三个规定”不够到位。\n"
        "整改情况:2025年1月以来,3次在全院干警大会上专题解读;对每月底未及时填报的干警予以通报。\n"
        "2.防范化解重大风险意识不够强。\n"
        "整改情况:2025年2月修改完善涉诉信访工作管理办法。\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 5]
    assert [phrases(t) for t in tasks] == [[], []]


def test_a_reports_parts_on_how_the_rectification_was_run_are_no_tasks_without_a_first_level():
    # huiji-2024: a 巡察整改 report whose copy has no 一、 level: (一)(二) tell how the 党组 ran the work, 1. 2. under them
    text = (
        "按照区委统一部署,区委第一巡察组对局党组开展了政治巡察。现将整改情况报告如下:\n"
        "(一)党组书记组织落实整改工作情况\n"
        "1.强化责任担当,切实提高政治站位。收到反馈意见后,主动认领问题,牵头成立整改工作领导小组。\n"
        "2.坚持问题导向,认真落实巡察意见。牵头制定局巡察整改工作方案,将问题逐条细化。\n"
        "(二)局党组织巡察整改主体责任落实情况\n"
        "1.深刻领会精神,统一思想认识。局党组高度重视,按要求公开巡察反馈会议新闻稿。\n"
    )
    assert tasks_of(text) == []


def test_a_reports_parts_on_taking_on_and_organising_the_rectification_with_their_own_words_are_no_tasks():
    # maozu-2023 (a 镇委员会's 通报 of its 巡察 rectification): 一、 says how it took on its 主体责任 (after a comma in its
    # heading: 提高政治站位,坚决扛起整改主体责任), 二、 how its secretary organised the work, with what is rectified between
    # 组织落实 and 整改 (组织落实巡察反馈意见整改工作的情况): accounts, their (一)(二)(三) no problems; the problems' part is
    text = (
        "根据县委统一部署,县委第二巡察组对茂租镇党委开展了巡察。现将巡察整改进展情况予以公布。\n"
        "一、提高政治站位,坚决扛起整改主体责任\n"
        "(一)强化责任担当。坚持把巡察整改作为重大政治任务来抓。\n"
        "(二)坚持问题导向。明确整改任务,统筹协调各村(社区)在整改落实上集中发力。\n"
        "二、党委书记张发金组织落实巡察反馈意见整改工作的情况\n"
        "(一)高度重视。2022年10月19日召开党委会议研究整改工作。\n"
        "三、巡察反馈问题整改落实情况\n"
        "1.学习贯彻上级决策部署不够深入。\n"
        "整改情况:严格落实“第一议题”制度。\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [8]


def test_a_reports_shortcomings_in_general_are_no_tasks():
    # chenxi-2018: a 督查通报's 二、存在的不足 lists what "极少数单位" lack, handed to no unit
    text = (
        "督查通报\n"
        "根据我县创建工作的总体部署,县创建办对城区相关单位进行了督查,现将督查情况通报如下:\n"
        "一、基本情况\n"
        "县创建办交办各类问题327个,有36个单位及时整改。\n"
        "二、存在的不足\n"
        "1.极少数单位对创建工作认识还不到位。\n"
        "2.部分单位开展自查、自纠工作的意识不强。\n"
    )
    assert tasks_of(text) == []


def test_a_rectification_reports_own_seriousness_and_next_steps_are_no_tasks_beside_its_problem():
    # unknown-town-2020-daqi: 一、高度重视 tells how the town took it; 三、下步计划 what it means to do next
    text = (
        "某镇关于大气污染防治专项审计问题整改情况的报告\n"
        "根据专项审计调查报告,涉及我镇问题有1项,现将整改落实情况报告如下:\n"
        "一、高度重视\n"
        "镇主要领导多次召开专题会议研究,积极采取有效措施。\n"
        "二、整改情况\n"
        "问题描述:污水处理设施未启用。\n"
        "整改情况:未整改到位。\n"
        "整改措施:1、对用电线路进行全面改造;2、对蓄水池中的淤泥进行清理。\n"
        "三、下步计划\n"
        "(一)利用“环境日”等活动日,加大宣传力度。\n"
        "(二)加大对影响环境行为的监管与执法力度。\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [6]


def test_a_problems_fields_run_together_with_the_person_label_glued_to_the_last_unit_name():
    # chuxiong-…-zhenggai-cuoshi-qingdan: a 整改措施清单 copied from a PDF text layer, the problem's fields run together
    # on its line with no break: 整改目标: / 责任单位: / 责任人: (glued to the last unit's name) / 整改时限: / 整改措施:
    text = ("某州贯彻落实环境保护督察反馈意见问题整改措施清单\n一、认识不深\n"
            "(一)部分领导干部认识不足。整改目标:牢固树立发展意识。责任单位:州委办公室、州政府办公室,各县市党委和政府"
            "责任人:州委办公室、州政府办公室主要负责人,各县市党委和政府主要负责人整改时限:立行立改,长期坚持"
            "整改措施:筑牢理念。1.深入学习。2.纳入学习内容。\n")
    (task,) = tasks_of(text)
    assert names(task, "units") == ["州委办公室", "州政府办公室", "各县市党委和政府"]  # the persons named none
    assert phrases(task) == ["立行立改", "长期坚持"]


def test_a_rectification_plans_targets_part_is_no_task_part():
    # liujie (a 镇's 整改方案 on a 督导组's feedback): 二、整改目标 is the plan's targets, as 工作目标 and 整治目标 are;
    # its 三、组织领导 the leading group: no task in the copy
    text = (
        "按照中央扫黑除恶第10督导组的督导反馈情况,我镇党委、政府制定整改方案,具体如下:\n"
        "一、指导思想\n深入学习贯彻习近平总书记来川视察讲话精神。\n"
        "二、整改目标\n按照相关要求,结合柳街镇实际,进一步夯实基础,细化方案,保障专项斗争稳步推进。\n"
        "三、组织领导\n(一)加强组织领导。成立整改工作领导小组,领导小组办公室设在镇扫黑除恶办。\n"
    )
    assert tasks_of(text) == []

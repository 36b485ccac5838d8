"""By when a task is due, as running text and 完成时限 columns write it: each shape on a short text
written for it (the phrase as written, its kind and date), and what is no deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from planportal.importer import deadlines, import_texts

ISSUED = dt.date(2024, 3, 1)


def found(text: str, year: int | None = 2024, issued: dt.date | None = ISSUED) -> list[tuple]:
    return [(d["text"], d["kind"], d["date"]) for d in deadlines.in_text(text, year, issued)]


@pytest.mark.parametrize("text,expected", [
    ("3月份完成排查", [("3月份", "by", dt.date(2024, 3, 31))]),
    ("10月中旬前完成验收", [("10月中旬前", "by", dt.date(2024, 10, 20))]),
    ("5月上旬召开推进会，11月下旬总结", [("5月上旬", "by", dt.date(2024, 5, 10)), ("11月下旬", "by", dt.date(2024, 11, 30))]),
    # a 完成时间 cell of a 2008 创卫 table (unknown-district-2008-chuangwei): the month's first days, a year written
    # before a part of the month, and a day written without its 日 before 前
    ("2008年4月初之前", [("2008年4月初之前", "by", dt.date(2008, 4, 10))]),
    ("4月初前完成", [("4月初前", "by", dt.date(2024, 4, 10))]),
    ("2024年3月上旬前完成", [("2024年3月上旬前", "by", dt.date(2024, 3, 10))]),
    ("2008年4月10前", [("2008年4月10前", "date", dt.date(2008, 4, 10))]),
    ("第三季度开展评估", [("第三季度", "by", dt.date(2024, 9, 30))]),
    ("2025年6月30日前完成改造", [("2025年6月30日前", "date", dt.date(2025, 6, 30))]),
    ("2024年5月1日至2025年4月30日实施阶段性降费", [("2024年5月1日至2025年4月30日", "by", dt.date(2025, 4, 30))]),
    ("6月—9月开展汛期检查", [("6月—9月", "by", dt.date(2024, 9, 30))]),
    # a day with no year (a plan for one year leaves it out; qianxi-2010): the year from the context
    ("6月8日前将方案报县安委办，6月13日组织应急演练", [("6月8日前", "date", dt.date(2024, 6, 8)),
                                                  ("6月13日", "date", dt.date(2024, 6, 13))]),
    ("6月1日至30日开展宣传咨询，2024年7月1至15日集中检查", [("6月1日至30日", "by", dt.date(2024, 6, 30)),
                                                      ("2024年7月1至15日", "by", dt.date(2024, 7, 15))]),
    ("2024 年底前完成，2025 年 6 月底前验收", [("2024 年底前", "by", dt.date(2024, 12, 31)), ("2025 年 6 月底前", "by", dt.date(2025, 6, 30))]),
    ("2024—2026 年底前分批完成", [("2024—2026 年底前", "by", dt.date(2026, 12, 31))]),
    ("2025 年中完成立法检视", [("2025 年中", "by", dt.date(2025, 6, 30))]),
    # a year a clause opens with, where something is done in it
    ("2024年启动1所学校建设，2025年全面建成", [("2024年", "year", dt.date(2024, 12, 31)), ("2025年", "year", dt.date(2025, 12, 31))]),
    ("2024年，基本消除存量隐患；2025年，有效遏制增量", [("2024年", "year", dt.date(2024, 12, 31)), ("2025年", "year", dt.date(2025, 12, 31))]),
    ("2024年任务：完成村庄分类", [("2024年", "year", dt.date(2024, 12, 31))]),
    ("2024年度，各区至少建成1个示范街区", [("2024年度", "year", dt.date(2024, 12, 31))]),
    # or where the clause it opens sets a figure for that year (xianning-2025, huhehaote-2024)
    ("深化山海协作，2024年城镇新增就业4万人以上、开展技能培训2万人以上", [("2024年", "year", dt.date(2024, 12, 31))]),
    ("落实扶持政策，2025年吸引投资制造业项目70个以上", [("2025年", "year", dt.date(2025, 12, 31))]),
    # a list's bullet opens a clause too (● or the ? a mirror put for a bullet it could not read; ningxia-2019)
    ("全面规划快速通道路网,\n?2024年建成沙湖旅游公路等项目;\n●2025年开工建设快速通道", [("2024年", "year", dt.date(2024, 12, 31)), ("2025年", "year", dt.date(2025, 12, 31))]),
    # a target year with the share due then written straight after it, no comma (jilin-2011-shierwu…), a decimal one too
    ("积极发展农村学前教育,力争到2027年50%的乡镇中心幼儿园实现标准化", [("到2027年", "year", dt.date(2027, 12, 31))]),
    ("到2026年12.5%的村达到示范标准", [("到2026年", "year", dt.date(2026, 12, 31))]),
    # the end of a named five-year plan, as 到2025年 is a target year
    ("力争到“十四五”末，重点区域全覆盖", [("到“十四五”末", "by", dt.date(2025, 12, 31))]),
    ("到十五五期末基本建成", [("到十五五期末", "by", dt.date(2030, 12, 31))]),
    ("以期在2025年或之前改划第一批用地", [("2025年或之前", "year", dt.date(2025, 12, 31))]),
    ("作为制度性安排长期实施", [("长期实施", "ongoing", None)]),
    ("（国务院各部门分别负责，年内持续推进）", [("年内持续推进", "by", dt.date(2024, 12, 31))]),
    ("每季通报一次，每月至少开展1次检查", [("每季", "recurring", None), ("每月", "recurring", None)]),
    # a span of months in every year is one recurring phrase, not 每年 and its last month
    ("每年1-2月份，开展护林防火宣传", [("每年1-2月份", "recurring", None)]),
    # the quarter of every year the work falls in (湘西's 征兵宣传: 每年一季度,组织召开…联席会议), one phrase
    ("每年一季度,组织召开征兵宣传专题联席会议", [("每年一季度", "recurring", None)]),
    ("每年第三季度开展一次检查", [("每年第三季度", "recurring", None)]),
    ("每年3至4月份组织检查，每月1—5日前报送报表", [("每年3至4月份", "recurring", None), ("每月1—5日前", "recurring", None)]),
    # a cut-off in every year or month is one recurring phrase, not 每年 and a day in the plan's year (guanling of set 40)
    ("每年7月10日前向县级人民政府报告上半年工作情况", [("每年7月10日前", "recurring", None)]),
    ("每年11月底前完成验收，每月5日前报送进展", [("每年11月底前", "recurring", None), ("每月5日前", "recurring", None)]),
    # two days of every month sharing one 前 (unknown-district-zhongdian-xiangmu…: 每月1日、29日前 填报): one phrase
    ("务必在每月1日、29日前完成项目半月进度填报", [("每月1日、29日前", "recurring", None)]),
    # a cut-off at an event of the school year, every year or term, is one recurring phrase, not 每年 (jixi-kongchuo…)
    ("每年开学前,由各中心小学负责对辖区内适龄少年儿童进行逐户排查", [("每年开学前", "recurring", None)]),
    ("每学年放假前开展一次防溺水安全教育", [("每学年放假前", "recurring", None)]),
    # a time after an event the text names: the event's words back to the clause's start or its 在/于/自
    ("各区要在省出台文件后2个月内制定实施细则", [("省出台文件后2个月内", "by", None)]),
    ("自本方案印发之日起30个工作日内报送名单", [("本方案印发之日起30个工作日内", "by", None)]),
    # …and the event opening the sentence, its doer written before 在 and the span (guanling): the span as written
    ("19、辖区内发生较大道路交通事故后,县政府在一个月内向市政府上报整改报告", [("一个月内", "by", None)]),
])
def test_deadline_shapes_in_running_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "以2024年3月现场会为指引，推动文物建筑消防安全规范化",  # an event
    "自2024年1月1日起按新标准执行",  # a start
    "2023年以来，累计整治隐患300处",
    "2023年6月，我区出台了管理办法",  # before the plan was issued
    "新建采石矿山规模不低于每年100万吨",  # a quantity per period
    "每年培育星级上云企业50家",
    "自签约之日起两年内完成全部投资的给予补助",  # a condition, not 年内
    "对每3年内产值增加到5亿元以上的企业给予奖励",
    "确保2024年各项任务落实到位",  # a year naming the tasks, not a deadline
    "按不高于2017年征收标准征收",
    "从2024年第一季度开始报送进展",
    "在活动最后一个月集中验收",  # 最后一个月 follows no event
    "在销售、购买剧毒化学品后5日内到公安机关备案登记的，一律从严处罚",  # a rule's condition
    "企业投产之日起6个月内达产的给予奖励",
    "窗口在3个工作日内办结审批事项",  # a processing time: no event the sentence opens with
    "“十四五”时期，全面推进城市更新",  # a period, not its end
    "2023年度，全区完成整治隐患300处",  # a year before the plan was issued
    "2023年全区新增就业4万人以上",  # a figure for a year before the plan was issued
    "2024年的目标任务已分解到各区",  # a year that sets no figure and does nothing
    "推进按需维保，2024年电梯无纸化维保率达到90%以上",  # a rate is a level held, not the year's output
    "自6月1日起施行",  # a start, with no year
    "2月20日，区安委会召开全体会议",  # a day before the plan was issued (1 March)
])
def test_not_deadlines(text):
    assert found(text) == []


def test_a_past_cut_off_is_still_a_deadline():
    assert found("2024年1月底前完成摸底") == [("2024年1月底前", "by", dt.date(2024, 1, 31))]


def test_a_year_alone_with_no_date_to_compare_is_narrative():
    # a news article with no issue date: "2021年，…完成187项" may well report the past
    assert found("2021年，市县两级完成187项重大隐患整改", year=None, issued=None) == []
    assert found("2021年全面建成监测网络", year=None, issued=None) == [("2021年", "year", dt.date(2021, 12, 31))]


@pytest.mark.parametrize("cell,expected", [
    ("全年", [("全年", "by", dt.date(2024, 12, 31))]),
    ("年内", [("年内", "by", dt.date(2024, 12, 31))]),
    ("2024 年", [("2024 年", "year", dt.date(2024, 12, 31))]),
    ("2024-2025年", [("2024-2025年", "by", dt.date(2025, 12, 31))]),
    ("10月中旬", [("10月中旬", "by", dt.date(2024, 10, 20))]),
    ("第三季度", [("第三季度", "by", dt.date(2024, 9, 30))]),
    ("9月", [("9月", "by", dt.date(2024, 9, 30))]),
    ("常态工作", [("常态工作", "ongoing", None)]),
    ("省出台文件后 2 个月完成", [("省出台文件后 2 个月", "by", None)]),
    ("2025", [("2025", "year", dt.date(2025, 12, 31))]),  # a time column's year with its 年 left out
])
def test_deadline_cells(cell, expected):
    assert [(d["text"], d["kind"], d["date"]) for d in deadlines.in_cell(cell, 2024)] == expected


def test_task_deadlines_use_the_issue_date():
    text = """某区人民政府关于印发2024年安全生产工作要点的通知
各镇人民政府、街道办事处：
现将《某区2024年安全生产工作要点》印发给你们，请认真贯彻落实。
某区人民政府
2024年3月5日
某区2024年安全生产工作要点
一、重点任务
1.规范文物安全。以2024年2月现场会为指引，3月份完成文物建筑排查，第三季度开展评估。（区文旅委牵头）
2.整治自建房。2023年12月启动排查，2024年，基本完成经营性自建房整治；2025年，完成全部整治。（区住建委牵头）
"""
    tasks = [t for p in import_texts([("a.txt", text)]).plans for t in p["tasks"]]
    assert [[d["text"] for d in t["deadlines"]] for t in tasks] == [["3月份", "第三季度"], ["2024年", "2025年"]]


def test_a_cut_off_whose_digits_a_model_text_site_masked():
    """xxxx年x月xx日前 and 20xx年底前 (a model-text site's masked digits) are cut-offs with no date to give; a
    masked 文号 (〔20xx〕39号) or a masked quantity is none."""
    assert found("整治时限:xxxx年x月xx日前并长期坚持") == [("xxxx年x月xx日前", "by", None), ("长期坚持", "ongoing", None)]
    assert found("20xx年底前完成全县改造。") == [("20xx年底前", "by", None)]
    assert found("根据(冀政办字〔20xx〕39号)要求,打造20xx亩石榴园。") == []


@pytest.mark.parametrize("cell,expected", [
    ("3天", [("3天", "by", None)]),
    ("15个工作日", [("15个工作日", "by", None)]),
    ("1个月内", [("1个月内", "by", None)]),
    ("10日内", [("10日内", "by", None)]),
    ("15日", []),  # a day of the month, not a count of days
    ("3天完成整改", []),  # a span inside a sentence is no cell's whole value
])
def test_a_time_cell_holding_only_the_days_a_list_allows(cell, expected):
    assert [(d["text"], d["kind"], d["date"]) for d in deadlines.in_cell(cell, 2024)] == expected
    # in running text only as a time label's value (整改时限:3天), never a bare "3天"
    assert found("限3天内整改") == [] and [d["text"] for d in deadlines.in_text("整改时限:3天")] == ["3天"]


def test_a_cut_off_whose_year_and_month_the_copy_lost():
    """2022325日前 and 330日前 (a reprint that dropped 年 and 月, wuhua-2022) are cut-offs: the year's digits if
    they open the run, then month and day; two digits before 日前 are a day of the month (25日前), and a run
    that makes no date is none."""
    assert found("2022325日前,各村委会要完成整改。", year=2022, issued=None) == [("2022325日前", "date", dt.date(2022, 3, 25))]
    assert found("一是在330日前,各村委会要悬挂横幅。", year=2022, issued=None) == [("330日前", "date", dt.date(2022, 3, 30))]
    assert found("每月25日前报送。") == [("每月25日前", "recurring", None)]  # a monthly cut-off, no 2月5日
    assert found("共1200日前完成。") == []
    # two digits that make no day of a month (32 and over) are a month and a day run together (wuhua-2022's 41日前: the
    # eleventh pass); 31日前 and under stay a day with no month, none
    assert found("二是在41日前,组织公职人员签订责任书。", year=2022, issued=None) == [("41日前", "date", dt.date(2022, 4, 1))]
    assert found("在31日前完成。", year=2022, issued=None) == []


def test_a_part_of_the_year_planned_for_and_a_year_after_its_count_word():
    """"计划于下半年继续举办…" sets when planned work is done (a report's "2021年上半年，动态管控…" stays none), and a
    year opening a clause counted by 一是 that sets the year's work ("一是2021年计划投资…再建27公里…") is a
    deadline as it is after a mark (unknown-town-2020-zhongdian-gongzuo-anpai)."""
    assert [d[0] for d in found("2021年我镇计划于下半年继续举办产业展会。", year=2020, issued=None)] == ["下半年"]
    assert [d[0] for d in found("将于上半年启动试点。", year=2020, issued=None)] == ["上半年"]
    assert found("2021年上半年,动态管控措施落实到位。", year=2022, issued=None) == []
    assert [d[0] for d in found("一是2021年计划投资2500万元再建27公里农村道路;", year=2020, issued=None)] == ["2021年"]
    assert [d[0] for d in found("2021年计划申报并打造3个以上示范村。", year=2020, issued=None)] == ["2021年"]


def test_periods_a_plans_targets_are_split_into_are_no_recurrence():
    # "把…各项指标任务分解到每个季度、每个月" (zhushan-2024) splits targets; "每个季度召开一次" recurs
    assert found("把文明创建工作各项指标任务分解到每个季度、每个月,坚持把创建工作抓在经常。") == []
    assert [d[0] for d in found("每个季度召开一次联席会议。")] == ["每个季度"]


def test_a_quoted_name_opening_with_every_is_no_recurrence():
    # "报送健康苏州典型案例、“每周一景”学习强国等材料" (suzhou-2021 of set 85): a column's name in quotes, not how often;
    # the same word outside quotes still recurs
    assert found("报送健康苏州典型案例、“每周一景”学习强国等材料。") == []
    assert found("开展\"每月一课\"活动。") == []
    assert [d[0] for d in found("开展“每月一课”活动,每周报送一次进展。")] == ["每周"]


def test_a_month_takes_no_year_a_report_named_in_an_earlier_sentence():
    """A 监督工作计划 lists month by month the reports its 常委会 hears (yangchun-2021): "…审查关于2020年市财政决算的
    报告。8月份听取…" — the year names what the June report is about, so the August hearing is due in the plan's
    year, not a past 2020-08; a year in the month's own sentence still sets it."""
    text = "6月份审查和批准市人民政府关于2020年市财政决算草案的报告。8月份听取和审议市人民政府关于上半年预算执行情况的报告。"
    assert found(text, year=2021, issued=None) == [("6月份", "by", dt.date(2021, 6, 30)), ("8月份", "by", dt.date(2021, 8, 31))]
    assert found("2025年完成验收,6月底前完成初验。", year=2024, issued=None)[-1] == ("6月底前", "by", dt.date(2025, 6, 30))


def test_a_progress_field_and_a_sites_slogan_give_no_deadline():
    # ningbo-2014: a task's labelled fields run on one line; its 实际完成情况 says what was done, up to the next label
    text = "轨道交通1号线一期工程投入试运营。 责任单位:市轨道交通工程建设指挥部 实际完成情况:工程已于2014年5月30日通车试运营。"
    assert [d["text"] for d in deadlines.in_text(text, 2014)] == []
    assert [d["text"] for d in deadlines.in_text("实际完成情况:已完成。 完成时限:2014年底前", 2014)] == ["2014年底前"]
    # a model-text site's slogan glued into the copy (全网资源每日更新www.mishuzj.com): no recurring task
    assert [d["text"] for d in deadlines.in_text("构建工作体系。【牵秘书之家—全网资源每日更新www.mishuzj.com头单位:区农业农村局】", 2024)] == []


def test_a_report_made_month_by_month_recurs():
    # "逐月汇总" (dazhou-2015): a summary made month by month recurs, as 每月 does; "逐月排出推进计划" (yancheng-2019)
    # plans by month and sets no recurring due time
    assert [(d[0], d[1]) for d in found("对纳入台账管理的事项实行一事一记,逐月汇总。")] == [("逐月", "recurring")]
    assert found("进一步细化分解,逐月排出推进计划。") == []
    # suichang-2024: "逐月进行调度", a light verb before the work, recurs as 逐月调度 does
    assert [(d[0], d[1]) for d in found("认真分类、逐项制定清偿计划,逐月进行调度,严格落实责任。")] == [("逐月", "recurring")]


def test_the_end_of_the_month_a_monthly_plan_is_for():
    # a district 水利局's plan for one month (zhengxiang-2017): "在月底" is its cut-off, with no month written
    assert found("1.泵站工程:加快泵站工程建设进度,力争在月底完成龙须桥泵站建设;", 2017, None) == [("月底", "by", None)]
    assert found("各单位于本月底前报送自查报告", 2017, None) == [("本月底前", "by", None)]
    # 每月底 recurs; a month written keeps its own date
    assert found("每月底统计进度", 2017, None) == [("每月", "recurring", None)]
    assert found("力争在6月底完成", 2017, None) == [("6月底", "by", dt.date(2017, 6, 30))]


def test_the_span_a_measures_beneficiaries_acted_in_is_no_deadline():
    # yuexiu-2020: "对在1月10日至3月31日期间扩大产能…的企业" names which firms a subsidy is for, not when a task is due;
    # the same range as the time a task is done stays one
    assert found("对在1月10日至3月31日期间扩大产能、转产生产防护口罩的企业给予补助", 2020, dt.date(2020, 3, 16)) == []
    assert found("在6月1日至9月30日期间开展集中整治", 2020, dt.date(2020, 3, 16)) == [
        ("6月1日至9月30日", "by", dt.date(2020, 9, 30))]


def test_a_closing_signature_and_date_after_the_last_item_are_no_deadline_of_it():
    # sichuan-2023: a department's list of its duties is the notice's whole body; its signature and date close the
    # text right after the last item, which they are no part of
    text = ("某省农业农村厅关于公布生态环境保护责任清单的通告\n我厅梳理了有关生态环境保护方面的具体牵头事项,现予以公布。\n"
            "一、牵头组织改善农村人居环境。\n二、负责职责范围内的其他生态环境保护工作。\n某省农业农村厅\n2023年12月1日\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [3, 4]
    assert plan["tasks"][-1].get("deadlines", []) == []


def test_a_day_range_whose_dash_a_copy_set_as_the_numeral_one():
    # wenhualvyoubu-2023: "(5月14日一18日)", the dash read as 一 on a sharing site: one range, by its last day; 一 that
    # opens no day's digits stays a word
    assert found("主题周活动(5月14日一18日)", 2023, None) == [("5月14日一18日", "by", dt.date(2023, 5, 18))]
    assert found("5月19日一天内完成", 2023, None) == [("5月19日", "date", dt.date(2023, 5, 19))]


def test_every_so_many_weeks_with_the_count_written_out_recurs():
    # jingde (a county's 防诈 宣传 campaign): "每1周通报" is how often the police report, as 每周 is; so is a count of
    # months or days written out; a quantity per such a period is not
    assert found("每1周通报各乡镇电诈案件发案情况(具体到社区、村)。", 2020, None) == [("每1周", "recurring", None)]
    assert found("每2个月调度一次进展情况", 2020, None) == [("每2个月", "recurring", None)]
    assert found("每三天报送一次", 2020, None) == [("每三天", "recurring", None)]
    assert found("每年100万吨", 2020, None) == []


def test_a_list_of_quarters_whose_amounts_follow_each_is_when_its_amount_is_due():
    # yangling-2019: a target letter's "竞争性专项:一季度、二季度、三季度、四季度分别为4…" sets the sum due each quarter;
    # a quarter alone with nothing due after it stays a report's period
    got = found("竞争性专项:一季度、二季度、三季度、四季度分别为4000万元", 2019, None)
    assert [t for t, _, _ in got] == ["一季度", "二季度", "三季度", "四季度"]
    assert got[0][2] == dt.date(2019, 3, 31) and got[3][2] == dt.date(2019, 12, 31)
    assert found("上半年、下半年分别完成2次检查", 2019, None)[0][0] == "上半年"
    assert found("一季度,全县新增就业1200人", 2019, None) == []


def test_a_month_or_day_after_the_year_written_as_jinnian_is_of_the_context_year():
    # huoqiu-2019: "各承办单位务必在今年8月31日前全面完成办理工作": the plan's own year written as 今年 (本年, 当年)
    # before the month; a year's digits or any other year word before it keep the phrase no deadline of its own
    assert found("各承办单位务必在今年8月31日前全面完成办理工作", 2019, None) == [("8月31日前", "date", dt.date(2019, 8, 31))]
    assert found("本年6月底前完成验收", 2019, None) == [("6月底前", "by", dt.date(2019, 6, 30))]
    assert found("当年10月中旬召开推进会", 2019, None) == [("10月中旬", "by", dt.date(2019, 10, 20))]
    assert found("去年8月31日已完成交办", 2019, None) == []
    assert found("2019年8月31日前报送", 2019, None) == [("2019年8月31日前", "date", dt.date(2019, 8, 31))]


def test_the_first_days_of_a_month_and_every_half_month():
    # yueyangxian-2016: "在4-初召开…动员大会,每半个-调度一次" in a copy that set "-" where each 月 stood; written in
    # full, 4月初 is by the month's first days (as 上旬) and 每半个月 recurs; 初步 (a first step) is no 初 of a month
    assert found("在4月初召开迎复审工作动员大会", 2016, None) == [("4月初", "by", dt.date(2016, 4, 10))]
    assert found("在4-初召开迎复审工作动员大会", 2016, None) == [("4-初", "by", dt.date(2016, 4, 10))]
    assert found("每半个月调度一次", 2016, None) == [("每半个月", "recurring", None)]
    assert found("每半个-调度一次", 2016, None) == [("每半个-", "recurring", None)]
    assert found("3月初步完成规划编制", 2016, None) == []


def test_a_year_the_clauses_target_is_secured_by():
    """"确保2022年全省粮食播种面积稳定在…" (yunnan-2022), "确保2007年全县总体能耗下降4%" (yixian-2007): a year right after
    确保 or 力争 at a clause's start, over a target for the whole place (全省, 全县), is the year the target is due; 确保
    a year's tasks (确保2024年各项任务落实到位) sets no target, and a 确保 inside a sentence (要确保2024年…) opens no clause."""
    assert found("落实责任制,确保2022年全省粮食播种面积稳定在6287万亩以上。", 2022, dt.date(2022, 2, 1)) == \
        [("2022年", "year", dt.date(2022, 12, 31))]
    assert found("完善统计,确保2007年全县总体能耗下降4%。", 2007, dt.date(2007, 3, 1)) == [("2007年", "year", dt.date(2007, 12, 31))]
    assert found("力争2025年全县道路交通事故死亡人数下降。") == [("2025年", "year", dt.date(2025, 12, 31))]
    assert found("巩固提升,确保2020年以来的整治成果不反弹。") == []
    assert found("开展创建,力争2026年争取区内创建1家智慧消防医院。") == []
    assert found("各地要确保2024年补助资金足额到位。") == []


def test_a_year_the_clauses_count_is_to_reach():
    """"積極爭創全國重點實驗室,力爭2023年全國重點實驗室達到25家以上" (shandong-2023-lvse-ditan…): a year right after
    力争 at a clause's start over a count the place is to reach that year (达到/突破/超过 a figure) is the year it is
    due, as a target for the whole place is; a year's tasks with no count stay none."""
    assert found("积极争创全国重点实验室,力争2023年全国重点实验室达到25家以上。", 2023, dt.date(2023, 1, 19)) == \
        [("2023年", "year", dt.date(2023, 12, 31))]
    assert found("做好储备,确保2024年高新技术企业突破4万家。") == [("2024年", "year", dt.date(2024, 12, 31))]
    assert found("开展创建,力争2026年争取区内创建1家智慧消防医院。") == []


def test_a_month_in_chinese_numerals_and_a_bare_year_end_with_a_target():
    """A township's plan writes its cut-offs in words (unknown-town-2020-xiabannian…): "争取在七月底前完成补配工作" is
    7月底前 in Chinese numerals (十月, 十二月 too), and a bare 年底 is due where a target is set for it — after 争取,
    力争, 确保, 在 or 于, or before what is reached by then (薄弱村年底达到3.5万元) — while 截至年底 and 去年年底 report."""
    assert found("做好补齐配强工作,争取在七月底前完成补配工作。", 2020, None) == [("七月底前", "by", dt.date(2020, 7, 31))]
    assert found("十月底前完成验收,十二月末全部交付。", 2020, None) == \
        [("十月底前", "by", dt.date(2020, 10, 31)), ("十二月末", "by", dt.date(2020, 12, 31))]
    assert found("争取经济薄弱村年底达到3.5万元。", 2020, None) == [("年底", "by", dt.date(2020, 12, 31))]
    assert found("继续落实,争取年底销号15个村。", 2020, None) == [("年底", "by", dt.date(2020, 12, 31))]
    assert found("力争在年底完成全部改造。", 2020, None) == [("年底", "by", dt.date(2020, 12, 31))]
    assert found("截至年底,全镇共排查隐患120处。", 2020, None) == []
    assert found("去年年底以来,全镇新建道路5公里。", 2020, None) == []
    assert found("农历七月是汛期,二十一月份不是月份。", 2020, None) == []


def test_the_transition_period_a_policy_holds_for_is_a_by_when():
    # jinxiang-2021, unknown-town-2021-sannong: "过渡期内,严格落实“四个不摘”要求", "脱贫攻坚任务完成后的5年过渡期内,保持…":
    # the span the item holds for, as 年内 is the plan's year; a 过渡期间 in passing is none
    from planportal.importer import deadlines
    assert [d["text"] for d in deadlines.in_text("1.保持帮扶政策总体稳定。过渡期内,严格落实“四个不摘”要求。", 2021)] == ["过渡期内"]
    assert [d["text"] for d in deadlines.in_text("脱贫攻坚任务完成后的5年过渡期内,保持现有主要帮扶政策总体稳定。", 2021)] == ["5年过渡期内"]
    assert deadlines.in_text("在政府机构改革过渡期间继续履行食品安全综合协调职能。", 2013) == []


def test_a_year_opening_a_clause_before_its_subject_is_a_deadline_where_all_act_or_a_count_is_set():
    # yixian-2007: "2007年所有进行年检的车辆实施尾气排放检测"; unknown-city-2011: "2011年全市省级1家、…共23家政府挂牌…": the
    # year the clause's work or count is for; a rate the whole place reaches that year stays no deadline
    from planportal.importer import deadlines
    assert [d["text"] for d in deadlines.in_text("(一)任务要求。2007年所有进行年检的车辆实施尾气排放检测,并进入档案。", 2007)] == ["2007年"]
    assert [d["text"] for d in deadlines.in_text("1.隐患单位整改。2011年全市省级1家、市级9家共10家政府挂牌重大火灾隐患单位全部整改。", 2011)] == ["2011年"]
    assert deadlines.in_text("推进按需维保,2025年全区电梯无纸化维保率达到95%以上。", 2024) == []


def test_a_cut_off_with_its_hour_is_one_phrase():
    # tongliang-2025: "消费券…3月10日24时前使用": the day and the hour before 前 are one cut-off, by that day
    found = deadlines.in_text("消费券于3月1日11时发出,3月10日24时前使用。", 2025)
    assert ("3月10日24时前", dt.date(2025, 3, 10)) in [(d["text"], d["date"]) for d in found]
    assert "3月10日" not in [d["text"] for d in found]


def test_a_date_with_the_hour_something_happens_at_is_no_deadline():
    # tongliang-2025: "消费券于3月1日11时发出": the moment the coupons go out, not a time due; "3月10日24时前" is one
    found = [d["text"] for d in deadlines.in_text("消费券于3月1日11时发出,3月10日24时前使用。", 2025)]
    assert found == ["3月10日24时前"]


def test_a_month_in_numerals_before_the_month_long_event_it_holds_is_when():
    # unknown-zhen-wenwu-baohu…: "認真開展十月“文物保護法宣傳月”活動": the month written alone before the quoted event
    # named as a month (宣传月) says when the work is done, to that month's end
    found = deadlines.in_text("要进一步宣传文物保护法,认真开展十月“文物保护法宣传月”活动。", 2024)
    assert [(d["text"], d["date"]) for d in found] == [("十月", dt.date(2024, 10, 31))]
    # a month in numerals before anything else stays no deadline
    assert deadlines.in_text("开展十月活动", 2024) == []


def test_nianzhong_opening_a_clause_before_what_is_done_then_is_the_years_end():
    # unknown-city-maodun-jiufen…: "县区每季度通报一次…工作情况,年终兑现奖惩" — 年终 opening its clause before the act
    # done then (兑现, 进行, 考核) is by the year's end, as 年底前 is
    found = deadlines.in_text("县区每季度通报一次矛盾纠纷排查调处工作情况,年终兑现奖惩。", 2010)
    assert [(d["text"], d["date"]) for d in found] == [("每季度", None), ("年终", dt.date(2010, 12, 31))]
    # the name of a year-end review inside a phrase is no deadline
    assert deadlines.in_text("纳入年终考核内容。", 2010) == []


def test_the_flood_seasons_start_opening_a_clause_is_a_cut_off():
    # unknown-county-shuihan-zaihai…: "…,汛前完成全部责任人培训并公示"; dakou-2019: "…,汛前做好检查";
    # unknown-township-shuiku…: "…,在汛期前要对…工程…进行逐一检查": by the start of the flood season, no date to give
    assert [d["text"] for d in deadlines.in_text("开展履职培训,汛前完成全部责任人培训并公示。")] == ["汛前"]
    assert [d["text"] for d in deadlines.in_text("负责人要加强巡视,在汛期前要对各类工程进行检查。")] == ["汛期前"]
    assert deadlines.in_text("开展履职培训,汛前完成全部责任人培训并公示。")[0]["kind"] == "by"
    # 汛前 in a condition, and 汛期 alone (the period a rule holds in), stay no deadline
    assert deadlines.in_text("对汛前发现问题不能整改完成的,要落实临时应急度汛措施。") == []
    assert deadlines.in_text("汛期派专人管理,防止山洪暴雨毁坏工程。") == []


def test_a_day_with_its_lunar_date_noted_in_brackets_before_qian_is_one_cut_off():
    # linze-binzang…: "8月14日(農曆七月十五)前对沿鐵路、公路兩側…全面完成治理": the day and the lunar day it falls on, one
    # cut-off, the bracket kept in the phrase
    assert found("8月14日(农历七月十五)前对沿铁路、公路两侧乱葬乱埋坟墓区全面完成治理。") == [
        ("8月14日(农历七月十五)前", "date", dt.date(2024, 8, 14))]
    # a bracket of anything else after a date stays out of it
    assert [d[0] for d in found("8月14日(星期三)召开会议。")] == ["8月14日"]

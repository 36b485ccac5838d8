"""Task tables however a web copy flattened them: one cell per line (with or without `|`),
labels wrapped over two lines, cells separated by spaces or tabs, columns read by meaning."""

from __future__ import annotations

import datetime as dt

from planportal.importer import import_texts
from planportal.importer.head import UNTITLED


def tasks_of(text: str) -> list[dict]:
    result = import_texts([("t.txt", text)])
    return [t for p in result.plans for t in p["tasks"]]


def refs(task, role):
    return [r["written"] for r in task.get(role, [])]


def dl(task):
    return [d["text"] for d in task.get("deadlines", [])]


CELLS = """某县2024年民生实事推进情况表
序号

项目内容

分管县领导

当前进度

牵头单位

配合单位

完成时限

备注

1

新建公办幼儿园3所。

张三

80%(一所进度滞后)

县教育局

县住建局

县自然资源局

2024年12月底前

县民生实事

2

改造老旧小区12个。

李 四

已完成

县住建局

各乡镇、街道

2024年10月底前

3

新增城市停车位500个。

王五

60%

县城管局

县公安局交警大队

2024年底前
"""


def test_cells_one_per_line_are_read_column_by_column():
    first, second, third = tasks_of(CELLS)
    assert [t["number"] for t in (first, second, third)] == ["1", "2", "3"]
    assert first["line"] == 18  # a row starts at its 序号 cell
    assert first["title"] == "新建公办幼儿园3所"
    # a person (分管县领导) is no unit; progress and notes give neither units nor deadlines
    assert refs(first, "lead") == ["县教育局"]
    assert refs(first, "support") == ["县住建局", "县自然资源局"]  # one cell written over two lines
    assert dl(first) == ["2024年12月底前"]
    assert first["status"]["note"] == "80%(一所进度滞后)"
    assert second["status"]["state"] == "已完成"
    assert refs(second, "support") == ["各乡镇", "街道"] or refs(second, "support") == ["各乡镇", "各街道"]
    assert refs(third, "lead") == ["县城管局"] and dl(third) == ["2024年底前"]
    assert not any(t.get("inferred") for t in (first, second, third))


PIPES_ALONE = """|
序号
|
工作任务
|
负责部门
|
时间进度
|
|
1
|
完善城市管理体制
|
市委编办、市住建局
|
2016年6月底前
|
|
2
|
开展环境卫生设施规划编制工作
|
市住建局,各县(区)政府、市直园区管委会
|
省出台文件后2个月完成
|
|
3
|
推进垃圾分类
|
市城管局
|
长期坚持
"""


def test_lone_pipes_between_cells_and_a_time_cell_no_rule_reads():
    tasks = tasks_of(PIPES_ALONE)
    assert [t["line"] for t in tasks] == [11, 20, 29]
    assert refs(tasks[0], "units") == ["市委编办", "市住建局"]
    assert dl(tasks[0]) == ["2016年6月底前"]
    assert refs(tasks[1], "units") == ["市住建局", "各县(区)政府", "市直园区管委会"]
    # "省出台文件后2个月完成" is the row's time cell, not a task of its own: a time relative to an event
    assert dl(tasks[1]) == ["省出台文件后2个月"]
    assert dl(tasks[2]) == ["长期坚持"]


WRAPPED_HEADER = """某镇2024年重点工作计划执行情况
序号
重点工作
责任
领导
责任
科室
完成情况
1
水库工程政策处理
欧阳明
水库工程政策处理工作领导小组
坟墓迁移进度达60%。
2
美丽城镇创建
吴宇
乡村振兴办
已完成创建。
"""


def test_header_labels_wrapped_over_two_lines():
    first, second = tasks_of(WRAPPED_HEADER)
    assert refs(first, "units") == ["水库工程政策处理工作领导小组"]  # 责任/科室, not the person of 责任/领导
    assert refs(second, "units") == ["乡村振兴办"]
    assert second["status"]["state"] == "已完成"


SPACES = """国务院办公厅关于印发2016年量化指标任务分工的通知
国务院有关部门：
现将《2016年量化指标任务分工》印发给你们，请认真贯彻落实。
国务院办公厅
2016年4月6日
2016年量化指标任务分工
序号 工 作 任 务 牵头负责部门
1 居民消费价格涨幅3%左右 发展改革委
2 城镇新增就业1000万人以上 人力资源社会保障部
3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部
"""


def test_cells_separated_by_spaces_with_a_spaced_out_header():
    tasks = tasks_of(SPACES)
    assert [t["number"] for t in tasks] == ["1", "2", "3"]
    assert refs(tasks[0], "lead") == ["发展改革委"]
    assert refs(tasks[1], "lead") == ["人力资源社会保障部"]
    assert tasks[2]["text"] == "安排财政赤字2.18万亿元,赤字率提高到3%"


TABS = "某区2024年重点任务清单\n序号\t重点任务\t牵头单位\t完成时限\n1\t开展燃气隐患排查整治\t区住建委\t2024年6月底前\n" \
       "2\t开展消防通道治理\t区消防救援支队\t长期坚持\n"


def test_cells_separated_by_tabs():
    first, second = tasks_of(TABS)
    assert refs(first, "lead") == ["区住建委"] and first["deadlines"][0]["date"] == dt.date(2024, 6, 30)
    assert refs(second, "lead") == ["区消防救援支队"] and dl(second) == ["长期坚持"]


ODD_LABELS = """某区2023年民生实事推进情况（1-11月）
序号 |
主要任务 |
全年目标任务 |
分管 领导 |
牵头 单位 |
责任主体与协同单位 |
1-10月推进情况 |
1-11月推进情况 |
是否达序 |
说明 |
24 |
优化提升50条背街后巷交通组织。 |
徐国江 |
城管局 |
市政局、相关街道 |
已进场施工,完成30%。 |
已进场施工,完成60%。 |
是 |
||
25 |
新增达标小区210个。 |
徐国江 |
城管局 |
市政局、环卫处、某某经济开发区、各街道 |
在46个小区建成38个厢房。 |
否 |
"""


def test_labels_with_numbers_and_spaces_are_read_by_meaning():
    first, second = tasks_of(ODD_LABELS)
    assert first["number"] == "24" and second["number"] == "25"
    assert refs(first, "lead") == ["城管局"] and refs(first, "units") == ["市政局", "相关街道"]
    assert refs(second, "units") == ["市政局", "环卫处", "某某经济开发区", "各街道"]
    assert "推进情况" not in first["title"] and dl(first) == []  # the 1-10月 of a label is no deadline


FIGURES = """某市2017年1—7月民生工程项目实施进度表
序号
项目内容
目标任务
牵头单位
进度
完成目标(%)
备注
1
城镇新增就业(人)
26000
市人社局
19456
74.8
达到时间进度
2
城镇登记失业率低于(%)
4.3
市人社局
4.2
103
超额完成
3
免费教育计划毕业生就业率(%)
95
市教育局
95
100
已完成
"""


def test_figures_in_data_columns_open_no_rows():
    tasks = tasks_of(FIGURES)
    assert [t["number"] for t in tasks] == ["1", "2", "3"]  # 103, 95, 100 are figures, not 序号
    assert [refs(t, "lead") for t in tasks] == [["市人社局"], ["市人社局"], ["市教育局"]]


NO_NUMBERS = """某区2024年重点工作责任清单
工作事项名称 |
具体举措 |
主责单位与协办单位 |
联系领导 |
完成时限 |
备注 |
开展燃气安全专项整治 |
全面排查餐饮场所燃气隐患 |
区住建委；区市场监管局、各街道 |
张三 |
2024年6月30日前 |
每月报送进展 |
推进消防通道治理 |
清理占用消防通道车辆 |
区消防救援支队、区城管局 |
李四 |
第三季度 |
"""


def test_rows_with_no_number_and_columns_read_by_meaning():
    first, second = tasks_of(NO_NUMBERS)
    assert first["text"] == "全面排查餐饮场所燃气隐患" and first["number"] is None
    # 主责单位与协办单位: the units before the ； lead, the others support; 联系领导 is a person
    assert refs(first, "lead") == ["区住建委"] and refs(first, "support") == ["区市场监管局", "各街道"]
    assert dl(first) == ["2024年6月30日前"]  # the 备注 "每月报送进展" gives no deadline
    assert refs(second, "lead") == ["区消防救援支队"] and refs(second, "support") == ["区城管局"]
    assert dl(second) == ["第三季度"]


OPENS_WITH_TABLE = """序号
指标
工作任务
完成时限
责任领导
责任股室
备注
1
公共文化服务
免费开放服务人次较上年增长15%。
12月底前
夏俊贵
文化宣传股
2
文化产业
培育规模以上文化服务企业1家。
产业股
"""


def test_a_text_that_opens_with_its_table_and_a_category_column_before_the_task():
    result = import_texts([("t.txt", OPENS_WITH_TABLE)])
    (plan,) = result.plans
    assert plan["title"] == "（原文无标题）" and plan["source"]["line"] == 1  # 序号 is no title
    first, second = plan["tasks"]
    assert first["line"] == 8 and first["text"] == "免费开放服务人次较上年增长15%。"
    assert [g["title"] for g in plan["groups"]][:2] == ["公共文化服务", "文化产业"]  # 指标 names the category
    assert refs(first, "units") == ["文化宣传股"] and dl(first) == ["12月底前"]
    assert refs(second, "units") == ["产业股"]


OPENS_WITH_PIPE_HEADER = """建设任务 | 工作事项 | 任务清单 | 责任清单 | 时限清单 |
一、体系建设 |
(一)组织指挥 | 1.组织机构 | 明确防汛工作第一责任人和分管负责人。 | 党政办 应消站 | 4月 |
(二)工作机制 | 2.应急指挥 | 汛前健全完善应急指挥机制。 | 应消站 | 5月 |
"""


def test_a_copy_that_opens_with_a_pipe_header_row_keeps_it_as_the_header():
    """A page copied from its table on (a 任务/责任/时限 清单 table, changxing-2025): the header row
    is no title, so its columns are read, 责任清单 naming the units and 时限清单 the time."""
    result = import_texts([("t.txt", OPENS_WITH_PIPE_HEADER)])
    (plan,) = result.plans
    assert plan["title"] == UNTITLED
    first, second = plan["tasks"]
    assert first["line"] == 3 and refs(first, "units") == ["党政办", "应消站"] and dl(first) == ["4月"]
    assert second["line"] == 4 and refs(second, "units") == ["应消站"] and dl(second) == ["5月"]


NAMED_ROWS = """某县清洁家园行动2014年工作台账
名 称 |
责任单位 |
工作任务与目标 |
门前六包 |
市容大队 |
保持门店门前清洁有序,杜绝随意堆放生活垃圾。 |
商贩疏导工程 |
市容大队、各街道 |
在控制区和疏导区内合理规划临时市场。 |
"""


def test_a_name_column_is_no_metadata_field_and_a_row_starts_at_its_first_cell():
    first, second = tasks_of(NAMED_ROWS)
    assert (first["line"], second["line"]) == (5, 8)  # the row's first cell: its 名称
    assert first["text"] == "保持门店门前清洁有序,杜绝随意堆放生活垃圾。"
    assert refs(first, "units") == ["市容大队"] and refs(second, "units") == ["市容大队", "各街道"]


RECORDS = """具体任务
推进老旧小区改造,完成12个小区管网更新
责任单位
县住建局、县财政局
配合单位
各乡镇
完成时限
2024年
具体任务
全面完成老年人群疫苗接种,1月底前完成;其它事项12月底前取得明显成效并长期坚持
责任单位
县卫健局
完成时限
县卫健局牵头,3月底前完成摸底;其它事项长期坚持

以上任务请各单位每月报送进展。
"""


def test_label_value_records_one_task_each():
    result = import_texts([("t.txt", RECORDS)])
    assert result.plans[0]["title"] == UNTITLED  # a text that opens with a record has no title
    first, second = [t for p in result.plans for t in p["tasks"]]
    assert (first["line"], second["line"]) == (1, 9)  # a record starts at its first label
    assert first["text"] == "推进老旧小区改造,完成12个小区管网更新"
    assert refs(first, "units") == ["县住建局", "县财政局"] and refs(first, "support") == ["各乡镇"]
    assert dl(first) == ["2024年"]  # a short time value is a 完成时限 cell: a bare year counts
    assert refs(second, "units") == ["县卫健局"]
    # a time value written as a sentence is read as running text
    assert dl(second) == ["3月底前", "长期坚持"]


def test_label_value_records_copied_as_rows_of_two_cells():
    # a page's record view copied as `|` rows: "label: | value |"; a progress label ends the record
    text = """
重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |
牵头单位: | 市城市管理综合执法局 |
年度阶段性工作目标: | 第一季度:印发年度工作方案。 第四季度:确保超额完成年度工作任务。 |
进展情况、存在问题 及下一步工作建议: |
已完成。 全市治理违法建设2318.70万平方米。 |
"""
    (task,) = tasks_of(text)
    assert task["line"] == 2
    assert task["text"].startswith("135.统筹违法建设治理")
    assert refs(task, "lead") == ["市城市管理综合执法局"]
    assert dl(task) == ["第一季度", "第四季度"]  # a target column's schedule holds the task's deadlines


def test_a_record_value_written_one_stage_a_line_runs_on_below_its_label():
    # guangzhou-2021: "年度阶段性工作目标: 第一季度:…" with 第二季度 … 第四季度 on the lines below, no pipes: one value,
    # one task, its deadlines the four quarters (the stages are no tasks of their own)
    text = """任务163
重点工作: 全面推行林长制。
牵头单位: 市林业园林局
年度阶段性工作目标: 第一季度:成立专项工作小组,组建工作专班,工作全面启动。
第二季度:总结梳理试点经验,督导各区成立林长制工作专班,开展林长制相关工作。
第三季度:印发我市全面推行林长制实施方案及相关政策文件并组织实施,筹备成立市总林长办公室。
第四季度:全面推行林长制。
进展情况、存在问题
及下一步工作建议:
已完成。
"""
    (task,) = tasks_of(text)
    assert task["line"] == 2
    assert refs(task, "lead") == ["市林业园林局"]
    assert dl(task) == ["第一季度", "第二季度", "第三季度", "第四季度"]


def test_a_second_header_row_splits_a_spanning_unit_label_into_its_roles():
    # putuo-2018: one cell a line behind "|", 责任单位 spanning 牵头部门 | 配合部门 in a second header row (with 2018年计划
    # under 计划节点, an empty cell, then a row of bars): the sub-header is no task, its labels give the roles
    text = """普陀区环境保护和建设三年行动计划2018年任务清单
领域 |
序号 |
项目名称 |
计划节点 |
责任单位 |
2018年计划 |
|
牵头部门 |
配合部门 |
||||||
水环境保护 |
1 |
完成本区水环境质量考核目标,10条市政府考核河道断面达到分阶段水质目标。 |
年底前完成 |
区生态环境局 |
区建管委、各街道 |
2 |
推进雨污混接改造,完成小区雨污混接改造。 |
12月底前 |
区建管委 |
区生态环境局 |
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [13, 18]
    assert refs(tasks[0], "lead") == ["区生态环境局"] and refs(tasks[0], "support") == ["区建管委", "各街道"]
    assert refs(tasks[1], "lead") == ["区建管委"] and refs(tasks[1], "support") == ["区生态环境局"]
    assert dl(tasks[1]) == ["12月底前"]


def test_labels_as_headings_over_prose_are_no_record():
    text = """某县2024年农业工作要点
工作目标
全年粮食播种面积稳定在50万亩以上。
重点任务
稳定粮食生产,2024年底前完成高标准农田建设。
责任单位
县农业农村局要牵头抓总,各乡镇抓好落实。
"""
    result = import_texts([("t.txt", text)])
    assert result.plans[0]["title"] == "某县2024年农业工作要点"
    assert not any(t["text"].startswith("全年粮食") for p in result.plans for t in p["tasks"])


MERGED_LEFT = """某县2025年安全生产重点任务清单
| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |
| 一、压实责任 | (一)落实主体责任 | 1.开展企业主体责任检查。 | 县应急局牵头,各有关部门按照职责分工负责 | 2025年6月底前,并长期坚持 |
| 2.建立隐患排查台账。 | 县住建局 | 2025年9月底前 | ||
| (二)强化监管 | 3.开展执法检查。 | 县应急局、县消防救援大队按职责分工负责 | 2025年底前 | |
| 4.加强燃气管网巡查,重点排查老旧
"""


def test_short_pipe_rows_under_leading_merged_cells_are_aligned_by_what_their_cells_hold():
    # rows with fewer cells than the header (padded with empty cells at the end by the copy) sit under
    # the merged 目标/内容 cells on their left: their unit and time cells land in their own columns
    tasks = tasks_of(MERGED_LEFT)
    assert [t["number"] for t in tasks] == ["1.", "2.", "3.", "4."]
    assert refs(tasks[1], "units") == ["县住建局"] and dl(tasks[1]) == ["2025年9月底前"]
    assert dl(tasks[0]) == ["2025年6月底前", "长期坚持"]
    assert "开展执法检查" in tasks[2]["title"] and dl(tasks[2]) == ["2025年底前"]
    # a row with empty last cells of its own stays where it is written (序号 | 任务 | 单位 | 时限)
    plain = tasks_of("某县任务表\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 开展检查 | 县应急局 | |\n")
    assert refs(plain[0], "units") == ["县应急局"] and "开展检查" in plain[0]["title"]


def test_a_role_clause_in_a_unit_cell_gives_roles_as_in_running_text():
    tasks = tasks_of(MERGED_LEFT)
    assert refs(tasks[0], "lead") == ["县应急局"] and refs(tasks[0], "support") == ["各有关部门"]
    assert refs(tasks[0], "units") == []
    # a list before 按职责分工负责 with no lead named: all lead
    assert refs(tasks[2], "lead") == ["县应急局", "县消防救援大队"]


def test_a_last_row_cut_off_after_its_first_cell_is_still_a_task():
    # "| 4.加强…" with no closing |: its cell continues the task column's numbering (4. after 3.),
    # and its missing cells are cut off, not merged: nothing is taken from the row above
    last = tasks_of(MERGED_LEFT)[-1]
    assert last["number"] == "4." and "加强燃气管网巡查" in last["title"]
    assert not any(refs(last, r) for r in ("lead", "support", "units")) and dl(last) == []


def test_an_item_name_column_holds_the_task_and_a_numbered_caption_is_no_task():
    """A table with no 任务 column: the X名称 column beside the unit and time columns names each row's
    task; the numbered heading that only names the table ("一、整治安排表") is no task of its own;
    units in a cell separated by single spaces are several units."""
    text = """某镇2024年消防安全整治工作计划
为做好全年消防安全工作，制定本计划。
一、整治安排表
整治场所名称 | 时间安排 | 责任单位 |
农贸市场 | 3月份 | 市场所 派出所 |
出租房屋 | 5月份 | 综治办 |
二、工作要求
各责任单位要认真组织开展整治工作。
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [5, 6]
    assert [t["number"] for t in tasks] == [None, None]
    assert refs(tasks[0], "units") == ["市场所", "派出所"]
    assert dl(tasks[0]) == ["3月份"] and dl(tasks[1]) == ["5月份"]


def test_a_short_section_heading_right_above_a_table_header_is_no_task():
    """A numbered section heading set right above a table's header written one label per line
    (一、未来五年主要工作任务 / 序号 / 主要工作任务 / 责任单位) is the rows' caption: its rows are the tasks,
    the heading none of its own."""
    text = """某市2022年重点工作责任分解
一、未来五年主要工作任务

序号

主要工作任务

责任单位

1

地区生产总值突破1万亿元。

市发展改革委

2

规上工业总产值突破2万亿元。

市经信局
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [10, 16]
    assert [refs(t, "units") for t in tasks] == [["市发展改革委"], ["市经信局"]]


def test_a_name_column_without_a_unit_column_is_still_no_table():
    """An X名称 label alone gives no task table: with no unit column it is an ordinary list."""
    from planportal.importer.table_header import is_header, column_of
    assert not is_header([column_of("设备名称"), column_of("时间安排")])
    assert is_header([column_of("设备名称"), column_of("时间安排"), column_of("责任单位")])
    assert column_of("单位名称") != "group"


def test_a_last_row_cut_off_inside_its_task_cell_takes_nothing_from_the_row_above():
    # one cell per line: the copy ends inside row 3's task ("加快绿色食品产"); its unit and time cells
    # were cut off, not merged, so the row above's 牵头单位 and 完成时限 are not guessed for it
    text = """某县2023年重点工作推进表
序号
重点任务
牵头单位
完成时限
1
建成高标准农田8万亩。
农业股
2023年底
2
持续开展农资打假专项行动。
执法大队
2023年底
3
加快绿色食品产
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1", "2", "3"]
    assert refs(tasks[1], "lead") == ["执法大队"] and dl(tasks[1]) == ["2023年底"]
    assert refs(tasks[2], "lead") == [] and dl(tasks[2]) == []


def test_a_number_far_on_opens_the_next_row_once_the_row_has_no_column_left():
    # a table of only the rows one bureau carries: 序号 6, then 52 (46 rows left out). Once row 6 has
    # filled its last column, 52 can be no figure of row 6: it opens the next row. A figure in a data
    # column, with columns still ahead of it, stays a figure (test_figures_in_data_columns_open_no_rows)
    text = """某局承担重点工作完成情况
序号
目标任务
牵头责任单位
计划完成时间
目前完成情况
6
农村居民收入与经济增长同步。
经管站
2023年底
三季度增幅7.4%
52
建成高标准农田8.3万亩。
农田建设股、农业股
2023年底
正在施工。
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["6", "52"]
    assert refs(tasks[1], "lead") == ["农田建设股", "农业股"] and dl(tasks[1]) == ["2023年底"]


def test_a_stray_cell_before_the_time_column_does_not_push_the_deadline_out_of_the_row():
    # row 6 holds a stray "2" between its unit and its time cell: the "2" takes the next text column,
    # past 计划完成时间; 2023年底 still goes to the time column it passed over, the progress cell to the
    # column after the stray one
    text = """某局承担重点工作完成情况
序号
目标任务
牵头责任单位
计划完成时间
目前完成情况
是否达到序时进度
6
农村居民收入与经济增长同步。
经管站
2
2023年底
三季度增幅7.4%
7
建成高标准农田8.3万亩。
农田建设股
2023年底
正在施工。
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["6", "7"]
    assert refs(tasks[0], "lead") == ["经管站"] and dl(tasks[0]) == ["2023年底"]
    assert dl(tasks[1]) == ["2023年底"] and not tasks[1].get("inferred")


def test_a_section_row_naming_its_leaders_is_no_task():
    # one cell per line; the section row is long only for the leaders it names in brackets (yunyang-2023)
    text = ("2023年区政府工作目标任务落实责任分解表\n\n序号\n\n目标任务\n\n牵头单位\n\n责任单位\n\n责任人\n\n"
            "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)\n\n"
            "1\n\n地区生产总值增长15%。\n\n区发改局\n\n各乡镇\n\n张三\n\n"
            "2\n\n固定资产投资增长10%。\n\n区发改局\n\n区财政局\n\n李四\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [15, 25]
    assert refs(tasks[0], "lead") == ["区发改局"] and refs(tasks[1], "units") == ["区财政局"]


def test_a_target_cell_that_only_ends_like_a_township_is_no_unit_cell():
    # the cell after the unit column is a target, "成功创建首批浙江省美丽城镇。": it ends in 镇 (城镇, a word), not
    # in a township's name, so it is no second unit cell of the row
    text = WRAPPED_HEADER.replace("完成情况\n", "攻坚目标\n完成情况\n").replace(
        "坟墓迁移进度达60%。", "完成项目政策处理工作。\n坟墓迁移进度达60%。").replace(
        "已完成创建。", "成功创建首批浙江省美丽城镇。\n已完成创建。")
    first, second = tasks_of(text)
    assert refs(second, "units") == ["乡村振兴办"]
    # a short one, or one ending with a township's name, is a township
    from planportal.importer.tables import _unit_cell
    assert _unit_cell("各乡镇") and _unit_cell("泗洲头镇") and _unit_cell("象山县泗洲头镇")


def test_a_unit_cell_a_pdf_wrapped_inside_a_name_is_one_cell():
    # one cell per line, a PDF's line break inside a unit's name: "市发展改革" / "委" and "市人力资源" /
    # "社会保障局" are one name each, and the row keeps its deadline; a person's name, a whole office or
    # a name that writes its own level on the next line starts a cell of its own
    text = """某市2021年重点工作任务分工表
序号
工作任务
牵头单位
配合单位
完成时限
1
深化相对集中行政许可权改革
市行政审批服务局
市司法局、市发展改革
委
2021年12月底前
2
促进城乡劳动者就业创业
市人力资源
社会保障局
市财政局
2021年底前
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [7, 13]
    assert refs(tasks[0], "lead") == ["市行政审批服务局"] and refs(tasks[0], "support") == ["市司法局", "市发展改革委"]
    assert dl(tasks[0]) == ["2021年12月底前"]
    assert refs(tasks[1], "lead") == ["市人力资源社会保障局"] and refs(tasks[1], "support") == ["市财政局"]


def test_a_number_with_a_footnote_mark_opens_its_row():
    # 序号 "9*" (a footnote's mark behind the number, its note below the table) opens the next row as 9 does
    text = """某市民生工程推进情况表
序号
项目内容
市级牵头责任单位
进度
8
促进城乡劳动者就业创业
市人力资源社会保障局
达到时间进度
9*
促进大学生创业
团市委
达到时间进度
10※
妇女居家灵活就业培训
市妇联
超额完成
"""
    tasks = tasks_of(text)
    assert [(t["number"], t["line"]) for t in tasks] == [("8", 6), ("9*", 10), ("10※", 14)]
    assert [refs(t, "units") or refs(t, "lead") for t in tasks] == [["市人力资源社会保障局"], ["团市委"], ["市妇联"]]


def test_a_wider_gap_in_a_single_spaced_table_is_an_empty_merged_cell():
    # cells parted by one space (a PDF table copied row by row); rows under a merged 类别 cell keep a wider
    # gap where it was ("2  严守…"): the row still splits at every space, its units read from the right
    text = """某市全面推行河长制主要任务分解表
序号 类别 主要任务 细化措施 牵头单位 参与单位
1 加强水资源保护 严守开发利用控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委、农业局等
2  严守用水效率控制红线 落实万元国内生产总值水耗指标等用水效率评估体系。 市水利局 市发展改革委等
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 4]
    assert refs(tasks[1], "lead") == ["市水利局"] and refs(tasks[1], "support") == ["市发展改革委"]


def test_a_pdf_row_wrapped_onto_the_next_line_ends_its_unit_cell_there():
    # a PDF table copied row by row, one space between cells: row 2 wraps, each column's overflow on the
    # next line under its column; the line's last piece ends the 配合单位 cell's broken name
    text = """某县2022年重点工作任务分解表
序号 工作任务 牵头单位 配合单位 完成时限
1 全面实施行政许可事项清单管理 县政务服务中心 县司法局 2022年10月底前
2 持续深化相对集中行政许可权改革，按程序公 县行政审批局 县发展改革委、县住房和城乡建 2022年12月底前
布改革事项划转目录 设局
3 推进政务服务“一网通办” 县大数据中心 县级各有关部门 长期坚持
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 4, 6]
    assert refs(tasks[1], "lead") == ["县行政审批局"] and refs(tasks[1], "support") == ["县发展改革委", "县住房和城乡建设局"]
    assert dl(tasks[1]) == ["2022年12月底前"]


CATALOGUE = """某县安全生产领域基层政务公开标准目录
序号

公开事项

公开内容(要素)

公开依据

公开时限

公开主体

公开渠道

和载体

公开对象

公开方式

一级

事项

二级

事项

全社会

特定群众

主动

依申请公开

1

政策

文件

法律法规

与安全生产有关的法律、法规

《政府信息公开条例》

信息形成或变更之日起20个工作日内

县应急局

■政府网站

2

行政许可

办理行政许可的依据、条件、程序

《政府信息公开条例》

信息形成或变更之日起20个工作日内

县应急局
"""


def test_a_catalogue_with_a_column_of_legal_grounds_gives_no_tasks():
    # a 政务公开标准目录 lists what a body publishes, standing; its rows are no plan's tasks, even under a
    # second header row (一级 / 事项, 全社会, 主动) that leaves most labels unknown
    assert tasks_of(CATALOGUE) == []


def test_a_copy_cut_inside_the_last_rows_unit_cell():
    """A progress table one cell per line whose copy stops inside the last row's 责任单位 cell ("市发"): the row
    keeps no unit (not the row above's, not the cut name) and the cut cell opens no row of its own."""
    text = (
        "市政府2020年重点工作一季度进展情况表\n序号\n内容与要求\n进展情况\n责任单位\n"
        "1\n确保地区生产总值增长7%左右。\n主要经济指标全省排名靠前。\n市发改委\n"
        "2\n持续推进重大项目攻坚。\n市县长项目已安排36个。\n市发改委\n"
        "3\n深入推进军民融合示范区建设。\n已有10家企业提出申办需求。\n市发\n"
    )
    tasks = tasks_of(text)
    assert [(t["number"], refs(t, "units")) for t in tasks] == [("1", ["市发改委"]), ("2", ["市发改委"]), ("3", [])]


def test_a_copy_cut_inside_a_unit_cells_second_paragraph_in_a_table_without_a_number_column():
    """Rows numbered inside their task cell, no 序号 column; the 责任单位 cell written in two paragraphs, the copy
    stopping inside the second one's last name (区投促局、多福湾工作专): the names before the cut are the row's
    units, the cut one none, and the cell opens no row of its own (shenhe-2024)."""
    text = (
        "2024年政府工作报告主要工作任务分解表\n\n主要工作任务\n\n牵头单位\n\n责任单位\n\n"
        "1.主动对接国家战略,加快形成新质生产力。\n\n区发改局\n\n区工信局、区商务局、各街道办事处\n\n"
        "2.开展数字核心产业提升行动,推进数字产业园区建设。\n\n区发改局\n\n区工信局\n\n区投促局、多福湾工作专\n"
    )
    tasks = tasks_of(text)
    assert [(t["number"], refs(t, "lead"), refs(t, "units")) for t in tasks] == [
        ("1.", ["区发改局"], ["区工信局", "区商务局", "各街道办事处"]), ("2.", ["区发改局"], ["区工信局", "区投促局"])]


def test_a_header_naming_no_number_column_over_rows_that_count():
    # a department's task list one cell per line: 工作任务 stands over the row's category and its number, so
    # the header names no 序号; the category cell, merged over two rows, comes before the number of the first
    text = "\n|\n".join([
        "工作任务", "具体要求", "责任科室", "时限要求",
        "强化规范性文件公开", "1", "对规范性文件进行全面清理。", "办公室", "年底前",
        "做好主动公开基础工作", "2", "严格规范政府信息公开专栏。", "各科室", "持续推进",
        "3", "规范做好年度报告编制发布工作。", "办公室", "持续推进",
    ]) + "\n"
    tasks = tasks_of(text)
    assert [(t["number"], t["title"], refs(t, "units"), dl(t)) for t in tasks] == [
        ("1", "对规范性文件进行全面清理", ["办公室"], ["年底前"]),
        ("2", "严格规范政府信息公开专栏", ["各科室"], ["持续推进"]),
        ("3", "规范做好年度报告编制发布工作", ["办公室"], ["持续推进"]),
    ]
    assert [t["line"] for t in tasks] == [11, 21, 29]


def test_a_column_of_specific_requirements_holds_the_task():
    text = """工作任务 | 具体要求 | 责任部门 |
一、做好财政信息公开。 | 1.积极推进本中心预算、决算公开。 | 财务科 |
二、做好网站专栏信息公开。 | 2.及时更新网站频道的概况信息。 | 办公室 |
"""
    tasks = tasks_of(text)
    assert [(t["number"], refs(t, "units")) for t in tasks] == [("1.", ["财务科"]), ("2.", ["办公室"])]


def test_a_unit_cell_written_as_a_role_clause():
    # 责任单位 cells that say who leads and who helps (市发改委牵头落实; 办公室牵头,各科室配合): a unit cell,
    # read with its roles, not the next row's task
    text = "\n".join([
        "主要内容", "责任单位",
        "围绕经济政策执行落实情况,加强政策解读。", "市发改委牵头落实",
        "加强就业创业政策信息公开。", "市人社局牵头,市财政局配合",
        "加强金融政策信息公开。", "市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实",
    ]) + "\n"
    tasks = tasks_of(text)
    assert [(refs(t, "lead"), refs(t, "support")) for t in tasks] == [
        (["市发改委"], []), (["市人社局"], ["市财政局"]), (["市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"], []),
    ]


def test_a_unit_column_before_the_task_opens_each_row_its_name_wrapped_over_three_lines():
    # 牵头单位 | 目标任务 | 责任单位, one cell per line with no 序号: each row opens with its lead unit's cell, which a
    # narrow column wrapped into pieces (市政 / 府办 / 公厅)
    text = "\n\n".join([
        "牵头单位", "目   标   任   务", "责  任  单  位",
        "市政", "府办", "公厅", "强化行政监督,优质高效办理人大代表议案。", "市直各单位",
        "市发改委", "推进重点项目建设,全年完成投资1000亿元。", "各区县(市)人民政府",
    ]) + "\n"
    tasks = tasks_of(text)
    assert [(refs(t, "lead"), refs(t, "units")) for t in tasks] == [
        (["市政府办公厅"], ["市直各单位"]), (["市发改委"], ["各区县(市)人民政府"])]
    assert [t["line"] for t in tasks] == [7, 17]


TITLE_CELL = """某区2017年1-8月民生实事完成情况表
来源:区实事办
2017-08-24 17:04
某区2017年1-8月民生实事完成情况表 |
序号 |
民生实事项目名称 |
责任单位 |
目标任务 |
1-8月实际完成情况 |
1-8月实际完成率% |
备注 |
1 |
农村饮用水安全巩固提升 |
农林水务局 |
1300人 |
700 |
54% |
|
2 |
新增城镇就业 |
人社局 |
8950 |
7356 |
82% |
已超序时进度 |
"""


def test_a_table_title_cell_above_its_header_and_a_rate_column():
    # the page headline repeats the title the table carries as its first cell: that cell is the title;
    # "1-8月实际完成率%" is a progress column, not a row's number
    result = import_texts([("t.txt", TITLE_CELL)])
    assert [p["source"]["line"] for p in result.plans] == [4]
    tasks = [t for p in result.plans for t in p["tasks"]]
    assert [t["line"] for t in tasks] == [12, 19]
    assert [refs(t, "units") for t in tasks] == [["农林水务局"], ["人社局"]]


SUB_ROWS = """某区民生实事完成情况
序号 |
项目名称 |
责任单位 |
目标任务 |
完成情况 |
备注 |
1 |
新增城镇就业 |
人社局 |
8950 |
7356 |
|
2 |
提高低保补助标准 |
完成在职参保人数6300人 |
区人社局 |
6300人 |
7558 |
|
城市低保补差水平达到300元/人 |
区民政局 |
100% |
|
城市低保:300.1元/月 |
3 |
新增养老床位 |
民政局 |
71个 |
55 |
|
"""


def test_empty_cells_closed_by_pipes_and_a_unit_after_a_sub_items_cell():
    # each cell is closed by its own "|", so a lone "|" is an empty 备注 that keeps the row's columns in
    # step; row 2's sub-item stands before its unit cell, whose unit still goes to the unit column; the
    # sub-row under row 2's merged 序号 is a row of its own with its own unit
    tasks = tasks_of(SUB_ROWS)
    assert [t["line"] for t in tasks] == [8, 14, 21, 26]
    assert [refs(t, "units") for t in tasks] == [["人社局"], ["区人社局"], ["区民政局"], ["民政局"]]


MATRIX = """某市2019年十大民生工程项目完成情况表
地区
就业促进工程
城镇新增就业(人)
城镇失业人员再就业(人)
市人力资源社会保障局
目标
任务
进度
完成比例(%)
目标
任务
进度
完成比例(%)
全市
27800
52242
187.9
4400
5358
121.8
东坡区
8000
22921
286.5
1200
1444
120.3
"""


def test_a_matrix_of_figures_by_place_gives_no_tasks():
    # 目标 / 任务 / 进度 / 完成比例 set again under each measure: the sub-header of a matrix whose rows are
    # places with their figures, not a task table
    result = import_texts([("t.txt", MATRIX)])
    assert [p["title"] for p in result.plans] == ["某市2019年十大民生工程项目完成情况表"]
    assert [t for p in result.plans for t in p["tasks"]] == []


CATEGORY_CELLS = """某市2022年政务公开任务分解责任清单
工作任务 | 具体要求 | 责任单位 | 时限要求 | ||
一、以公开助力经济发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 切实公开涉及市场主体政策文件的执行落实情况。 | 市政府各有关部门负责落实 | 持续推进 |
2 | 开设行业帮扶政策公开专题。 | 市商务局负责落实 | 2022年6月底前 | ||
3 | 畅通政务服务热线受理和反馈机制。 | 市发展改革委牵头,市住建局等政府各有关"""


def test_category_cells_before_the_number_and_a_row_the_copy_cuts():
    # row 1 opens with the section headings its merged category cells hold, then its 序号; the last row
    # is cut inside its unit cell (no closing |, where the rows above close theirs): it takes no time
    # from the row above, and the group cut after 等 names no unit
    tasks = tasks_of(CATEGORY_CELLS)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "1"), (4, "2"), (5, "3")]
    assert refs(tasks[0], "implement") == ["市政府各有关部门"]
    assert dl(tasks[0]) == ["持续推进"]
    assert refs(tasks[2], "lead") == ["市发展改革委"]
    assert refs(tasks[2], "units") == ["市住建局"]
    assert dl(tasks[2]) == []


SUB_ROW_PIPES = """某区民生实事一季度进展情况
序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况 | 完成情况 |
1 | 新改扩建公办中小学校1所 | 教体局 | 室内装修 | 装修完成80%。 | 顺利推进 |
新增学位810个 | |||||
2 | 新增养老床位100张 | 民政局 | 完成选址 | 已选址。 | 顺利推进 |
"""


def test_a_row_of_only_its_task_under_a_numbered_row_shares_its_merged_cells():
    tasks = tasks_of(SUB_ROW_PIPES)
    assert [t["line"] for t in tasks] == [3, 4, 5]
    assert [refs(t, "units") for t in tasks] == [["教体局"], ["教体局"], ["民政局"]]


OPENED_ROWS = """附件:
|
某县2024年十大民生实事项目清单 |
||||||
|
序号 |
项目名称 |
建设地点 |
建设时间 |
2024年建设内容 |
责任单位 |
|
1 |
中小学幼儿园基础设施提升改造项目 |
相关镇 (街道) |
2024 |
对运动场地进行改造。 |
教体局 |
|
2 |
城北小学门前道路建设项目 |
纸坊街道 |
2024 |
建成道路。 |
住建局 |
|
3 |
职教中心分校区建设项目 |
磨子桥镇 |
2024 |
改造现有教学楼等,"""


def test_cells_closed_by_pipes_in_rows_opened_by_a_lone_pipe_go_to_their_columns_in_order():
    # each row opens with a lone "|" (as the header does) and holds as many cells as the header has labels:
    # a cell's place is its column, so the township under 建设地点 is no unit and the bare 2024 under
    # 建设时间 is the row's time; the last row, cut in its content cell, has no unit
    tasks = tasks_of(OPENED_ROWS)
    assert [(t["line"], t["number"]) for t in tasks] == [(13, "1"), (20, "2"), (27, "3")]
    assert [refs(t, "units") for t in tasks] == [["教体局"], ["住建局"], []]
    assert [dl(t) for t in tasks] == [["2024"], ["2024"], ["2024"]]


SCHEDULE = """序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |
1 | 新增公办学位6800个。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 | 财政局,各镇(街道) |
2 | 新增托位500个。 | 3月底前新增100个;9月底前完成500个。 | 卫生健康局 | 民政局 |"""


def test_a_column_of_measures_and_their_schedule_gives_the_rows_deadlines():
    # no time column: the 工作举措及实施计划 cell sets the row's steps by month (its step numbers glued to them)
    tasks = tasks_of(SCHEDULE)
    assert [dl(t) for t in tasks] == [["4月底前", "8月底前"], ["3月底前", "9月底前"]]
    assert refs(tasks[0], "support") == ["财政局", "各镇(街道)"]


SUB_ROWS_WITH_PROGRESS = """某区民生实事项目进展情况表
序号 | 项目内容 | 进展情况 | 责任单位 |
1 | 新建成婴幼儿成长驿站7家。 | 新建13家。 | 卫生健康局 |
新增托位500个。 | 新增托位600个。 | ||
开展筛查1万例以上。 | 开展筛查10111例。 | ||
2 | 新建保障性住房1700套。 | 已完成90%。 | 住建局 |
打通断头路6条。 | 新建6处路桥。 """


def test_rows_of_only_their_task_and_progress_under_a_numbered_row_share_its_merged_cells():
    # two rows with no 序号 and no unit under row 1 hold its items and their progress: its unit is theirs;
    # the last row, cut before its closing cells, takes nothing from the row above
    tasks = tasks_of(SUB_ROWS_WITH_PROGRESS)
    assert [t["line"] for t in tasks] == [3, 4, 5, 6, 7]
    assert [refs(t, "units") for t in tasks] == [["卫生健康局"], ["卫生健康局"], ["卫生健康局"], ["住建局"], []]

DEPARTMENT_OFFICES = """某市农业农村局牵头任务完成情况表
序号

目标任务

牵头责任单位

进展情况

1

农村居民人均可支配收入与经济增长同步

经管科

一季度增速7.7%。

2

启动实施乡村建设行动

人教科

促进科

农办秘书科

正在推进。
"""


def test_a_departments_own_offices_named_with_ke_are_units():
    tasks = tasks_of(DEPARTMENT_OFFICES)
    assert [t["line"] for t in tasks] == [10, 18]
    assert [refs(t, "lead") for t in tasks] == [["经管科"], ["人教科", "促进科", "农办秘书科"]]


WRAPPED_NOTE = """某局牵头任务完成情况表
序号

目标任务

牵头责任单位

进展情况

备注

1

农村居民人均可支配收入与经济增长同步

经管科

一季度增速7.7%。

完成率

(  100 %)

2

启动实施乡村建设行动

人教科

正在推进。
"""


def test_a_bracketed_figure_below_a_rows_last_cell_is_that_cell_wrapped():
    tasks = tasks_of(WRAPPED_NOTE)
    assert [t["line"] for t in tasks] == [12, 24]
    assert [refs(t, "lead") for t in tasks] == [["经管科"], ["人教科"]]


PERIOD_LABEL = """某区文化和旅游局2021年政府工作报告第二季度工作落实结果

目标任务

年度目标

责任单位

第二季度工作落实情况

完善公共文化服务体系

服务效能和质量明显提升。

区文化和旅游局

打造完成城市书房两处,分别于1月13日、2月4日开放。
"""


def test_a_progress_label_that_opens_with_its_period_is_a_progress_column():
    tasks = tasks_of(PERIOD_LABEL)
    assert [t["line"] for t in tasks] == [11]
    assert refs(tasks[0], "units") == ["区文化和旅游局"]
    assert dl(tasks[0]) == []


NUMBERED_PROGRESS = """某区文化和旅游局第二季度工作落实结果

目标任务

年度目标

责任单位

进展情况

完善公共文化服务体系

服务效能和质量明显提升。

区文化和旅游局

1.实地查看示范点建设情况,指导各村居每月上报进展情况。

2.不断完善文化馆图书馆总分馆制建设。

3.打造完成城市书房两处。
"""


def test_numbered_paragraphs_of_one_progress_cell_open_no_rows():
    tasks = tasks_of(NUMBERED_PROGRESS)
    assert [t["line"] for t in tasks] == [11]
    assert refs(tasks[0], "units") == ["区文化和旅游局"]


CLAUSE_IN_CELL = """市政府工作报告重点工作进展情况汇总(1-7月)
序号 | 目标任务 | 推进情况 |
1 | 促进房地产市场平稳健康发展。(责任单位:市建设局) | 1-7月,核发预售许可证面积497万平方米。 |
2 | 发展装配式建筑。(责任单位:市建设局、市金融办、市人行) | 新开工装配式建筑面积480万平方米。 |
"""


def test_a_table_with_no_unit_column_reads_the_clause_in_its_task_cell():
    tasks = tasks_of(CLAUSE_IN_CELL)
    assert [t["line"] for t in tasks] == [3, 4]
    assert [refs(t, "units") for t in tasks] == [["市建设局"], ["市建设局", "市金融办", "市人行"]]


def test_a_section_row_before_the_first_number_where_the_category_column_follows_it():
    # 序号 / 名称 / 工作任务 / 主要责任单位, then "经济社会发展主要预期目标分解(15项)" before row 1 (suzhou-2011): a section
    # row over the rows, no row's category; each row's 名称 cell is its own category, its 工作任务 cell the task
    text = ("某市2011年政府工作任务分解表\n\n序号\n\n名称\n\n工作任务\n\n主要责任单位\n\n"
            "经济社会发展主要预期目标分解(15项)\n\n1\n\n地区生产总值\n\n地区生产总值增长12%\n\n市发改委、统计局\n\n"
            "2\n\n财政收入\n\n地方财政一般预算收入增长12%以上\n\n市财政局\n")
    got = [(t["line"], t["number"], t["title"], refs(t, "lead")) for t in tasks_of(text)]
    assert got == [(13, "1", "地区生产总值增长12%", ["市发改委", "市统计局"]),
                   (21, "2", "地方财政一般预算收入增长12%以上", ["市财政局"])]


def test_an_indicator_tables_weights_are_no_cells_of_their_own():
    # 一级指标 … 五级指标 | 责任科室、单位, one cell per line: each indicator's weight (23, 0.75, "(0.25") is written as a
    # cell of its own or at its cell's end, and a 五级指标 the page wrapped before its weight is one cell
    cells = [
        "区卫生健康局2021年度政务公开重点工作任务分解及分工", "一级指标", "二级指标", "三级指标", "四级指标", "五级指标",
        "责任科室、单位", " ",
        "主动公开", "重点领域信息(基层政务公开标准化规范化)", "23", "养老服务(2", "补贴发放", "0.75", "是否及时公开本地区老年人补贴相关政策(0.25", "中医科",
        "是否按月度公开本区域各项老年人补贴申领数量、审核通过数量、审核通过名单以及各项补贴发放总金额(0.5",
        "中医科",
        "医疗卫生", "3", "公开标准", "0.5", "是否公开卫生健康领域基层政务公开事项标准目录(0.5", "办公室",
        "医疗服务", "2", "是否公开有关机构诊疗活动的监督检查情况,包括检查结", "果及处理信息(0.5", "医政医管与疾控监督科",
        "区卫生健康监督执法大队",
    ]
    (plan,) = import_texts([("z.txt", "\n\n".join(cells) + "\n")]).plans
    tasks = plan["tasks"]
    assert [t["line"] for t in tasks] == [17, 33, 37, 49]
    assert [[r["written"] for r in t["units"]] for t in tasks] == [
        ["中医科"], ["中医科"], ["办公室"], ["医政医管与疾控监督科", "区卫生健康监督执法大队"]]


def test_a_heading_set_again_with_more_words_is_no_header_of_two_columns():
    # unknown-district-2018 (a model-text site): its section heading "政协党建工作要点" over the piece heading
    # "政协党建工作要点第1篇" read as two task columns made the 总体要求 paragraph below a table row
    from planportal.importer import import_texts

    text = (
        "政协党建工作要点\n\n政协党建工作要点第1篇\n\n"
        "2018年,区政协机关党支部党建工作的总体要求是:以落实全面从严治党要求为主题,不断提高党建科学化水平。\n\n"
        "一、加强思想政治建设\n\n1、深入学习党的精神,武装头脑、指导实践。\n\n2、推进学习型党组织建设。\n"
    )
    tasks = [t for p in import_texts([("h.txt", text)]).plans for t in p["tasks"]]
    assert [t["number"] for t in tasks] == ["1、", "2、"]


SPACED_SECTIONS = """某区2025年政府工作报告重点工作任务分解表
发布时间:2025-03-28 16:00
序号 重点工作任务 主要责任单位 协同配合单位
一、2025年经济社会发展的主要预期目标
1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府。
2 一般公共预算收入增长5%左右。 区财政局
区税务局
区政府有关部门,各乡镇人民政府。
二、聚力强产业
3 固定资产投资增长7.5%左右。 区发改委 区工信局、区住建局。
"""


def test_a_spaced_table_reads_on_past_its_section_rows_and_a_cells_names_set_one_a_line():
    # held-out set 48, qiaocheng-2025: a section row right under the header must not end the table, and
    # a unit cell holding two names writes them one under the other, the next column's cell on the line below
    first, second, third = tasks_of(SPACED_SECTIONS)
    assert [t["number"] for t in (first, second, third)] == ["1", "2", "3"]
    assert refs(first, "lead") == ["区发改委"] and refs(first, "support") == ["区政府各部门", "各乡镇人民政府"]
    assert refs(second, "lead") == ["区财政局", "区税务局"]
    assert refs(second, "support") == ["区政府有关部门", "各乡镇人民政府"]
    assert second["text"] == "一般公共预算收入增长5%左右。" and "聚力" not in second["text"]
    assert refs(third, "lead") == ["区发改委"] and refs(third, "support") == ["区工信局", "区住建局"]


def test_a_spaced_table_with_a_deadline_column_whose_unit_cell_sets_its_names_one_a_line():
    # qiaocheng-2023-kejiju…: the same table with a 完成期限 column after its unit columns; a row's 主要责任单位 cell
    # holds four names one under the other, its 协同配合单位 cell and its deadline on the line after them
    text = """某区2023年政府工作报告重点工作任务分解表
序号 重点工作任务 主要责任单位 协同配合单位 完成期限
33 新培育科技型中小企业50家以上。 区科技局 区经信局、区财政局。 2023年12月底
34 推动国家农业科技园区提档升级。 区科技局
区商务局(区药发中心)
某某经开区管委会
区药投公司
区发改委、区经信局,区农投公司。 2023年12月底
35 研发费用突破6亿元。 区科技局 区经信局。 2023年12月底
"""
    first, second, third = tasks_of(text)
    assert refs(second, "lead") == ["区科技局", "区商务局(区药发中心)", "某某经开区管委会", "区药投公司"]
    assert refs(second, "support") == ["区发改委", "区经信局", "区农投公司"]
    assert dl(second) == ["2023年12月底"] and second["text"] == "推动国家农业科技园区提档升级。"
    assert refs(third, "lead") == ["区科技局"] and dl(third) == ["2023年12月底"]


def test_a_spaced_table_whose_copy_ends_inside_a_unit_cells_last_name_keeps_the_names_before_it():
    # qiaocheng-2025 (held-out set 48; so does pingdingshan-2018): the copy stops inside the last row's
    # 协同配合单位 cell, in the middle of a name; the names before the cut are that cell's, the cut one none
    text = """某区2025年政府工作报告重点工作任务分解表
序号 重点工作任务 主要责任单位 协同配合单位
1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府。
2 城乡居民人均可支配收入分别增长5.2%、8%左右。 区人社局
区农业农村局
区发改委,各乡镇人民政府、街道办事处,某某经开
"""
    first, second = tasks_of(text)
    assert refs(second, "lead") == ["区人社局", "区农业农村局"]
    assert refs(second, "support") == ["区发改委", "各乡镇人民政府", "各街道办事处"]


# cells one per line, each closed by a lone "|", a cell's words wrapped over lines (minhang-2022); the 责任部门 label's
# note says how its names read: the one marked * leads, the others take part
MARKED_AFTER = """类别
|
序号
|
任务名称
|
责任部门
(加*号为牵头部门,
其余为参与部门)
|
责任街镇
|
完成时间节点
|
(一)
持续
推进
农民集中居住
|
1
|
推进
农民相对集中居住
|
区农业农村委*、
区规划资源局、
区房管局
|
浦江镇、浦锦街道、
梅陇镇
|
12月底
|
2
|
加强农房建设管理
|
区建管委*、
区农业农村委
|
浦江镇、马桥镇、
华漕镇、
"""


def test_a_mark_after_the_name_read_by_the_rule_in_the_header_and_cells_wrapped_between_pipes():
    tasks = tasks_of(MARKED_AFTER)
    # the category cell "(一) 持续 推进 …" is no row; each row starts at its 序号
    assert [(t["line"], t["number"]) for t in tasks] == [(20, "1"), (34, "2")]
    assert tasks[0]["title"] == "推进农民相对集中居住"
    assert refs(tasks[0], "lead") == ["区农业农村委"]
    assert refs(tasks[0], "support") == ["区规划资源局", "区房管局"]
    # 责任街镇: the townships named with no role, a cell wrapped over two lines read whole
    assert refs(tasks[0], "units") == ["浦江镇", "浦锦街道", "梅陇镇"]
    assert dl(tasks[0]) == ["12月底"]
    assert refs(tasks[1], "lead") == ["区建管委"] and refs(tasks[1], "support") == ["区农业农村委"]
    # the copy ends inside the last row's 责任街镇 list: the row takes no time from the row above
    assert refs(tasks[1], "units") == ["浦江镇", "马桥镇", "华漕镇"] and dl(tasks[1]) == []


# one cell per line (shengsi-2021): 评分部门 names the bodies that score the county's work, not those that do it; a
# 责任部门 cell wrapped over two lines stands before it; 单位 is the unit a target is counted in
ASSESSED = """某县2021年乡村振兴任务清单

序号

考核内容

单位

年度目标

责任部门

评分部门

1

农林牧渔业增加值增幅

%

≥2%

县海洋与渔业局

县农业农村局

市农业农村局

2

粮食播种面积

万亩

0.07

县农业农村局

市农业农村局

3

推广农业新品种面积

万亩

由市科技局统筹安排

县
"""


def test_a_scoring_column_gives_no_units_and_its_label_opens_no_row():
    tasks = tasks_of(ASSESSED)
    assert [(t["line"], t["number"]) for t in tasks] == [(15, "1"), (29, "2"), (41, "3")]
    assert refs(tasks[0], "units") == ["县海洋与渔业局", "县农业农村局"]
    assert refs(tasks[1], "units") == ["县农业农村局"]
    # the copy ends after the last row's 县: no unit, none taken from the row above
    assert refs(tasks[2], "units") == []


def test_a_table_whose_cells_a_text_layer_ran_together():
    # chengdu-2020 on a sharing site: each page one line behind its chunk number, the header and the cells glued with
    # no separator; a row's number opens it right after the name ending the row above, a name broken by a page's end
    text = ("某市重点任务责任分工表.docx\n"
            "1、某市重点任务责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类作为精神文明建设的重要内容,加强宣传发动,"
            "引导市民参与生活垃圾分类。2021年2月底前,群众对生活垃圾分类的知晓率达90%以上。市委宣传部(市文明办)、市城管委,"
            "市住建局等部门,各区(市)县政府(管委会)2完善生活垃圾回收利用体系,优化社区回收设施布局,推进循环经济发展。"
            "2021年6月底前,基本建成回收利用体系。市商务局,市\n"
            "2、住建局、市城管委,各区(市)县政府(管委会)3加强家庭源危险废物处置的规范化管理,推进有害垃圾处置体系建设和"
            "相关环保产业发展,完善家庭源危险废物处置体系,确保有害垃圾得到安全处置。2021年2月底前,制定有害垃圾处置工作"
            "指导意见。市生态环境局\n")
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(2, "1"), (2, "2"), (3, "3")]
    assert refs(tasks[0], "units") == ["市委宣传部(市文明办)", "市城管委", "市住建局", "部门", "各区(市)县政府(管委会)"]
    assert refs(tasks[1], "units") == ["市商务局", "市住建局", "市城管委", "各区(市)县政府(管委会)"]
    assert refs(tasks[2], "units") == ["市生态环境局"]
    assert dl(tasks[1]) == ["2021年6月底前"]


# chongqing-2021: three columns of words side by side (工作任务 | 贯彻举措 | 工作要求), each cell closed by " |", a unit
# cell written as a labelled role (牵头处室:财务处), the copy ending inside the last row's 贯彻举措 cell
THREE_TEXT_COLUMNS = """某委贯彻落实政务公开工作要点任务分工
工作任务 |
贯彻举措(市上统一要求) |
工作要求 |
时限要求 |
市级牵头单位 |
责任单位 | ||
一、紧扣“十四五”开好局起好步深化政务公开 |
(三)做好财政信息公开。 |
按照市财政局统一要求,及时公开本部门财政预决算信息。 |
每年度公开本委财政预决算信息 |
每年度 |
市财政局 |
牵头处室:财务处 | |
(四)做好常态化疫情防控信息公开。 |
切实增强疫情防控信息发布的及时性针对性,既要有效提示风险,也要做到科学精准,避免不当"""


def test_three_text_columns_a_labelled_unit_cell_and_a_copy_cut_inside_a_cell():
    tasks = tasks_of(THREE_TEXT_COLUMNS)
    # the row starts at its 工作任务 cell; the later text cells are its own, not rows
    assert [(t["line"], t["number"]) for t in tasks] == [(9, "(三)"), (15, "(四)")]
    assert refs(tasks[0], "lead") == ["市财政局", "财务处"]
    assert dl(tasks[0]) == ["每年度"]
    # the copy ends inside row (四): its other cells were cut off, nothing is taken from the row above
    assert refs(tasks[1], "lead") == [] and dl(tasks[1]) == [] and not tasks[1].get("inferred")


def test_a_spaced_table_cut_inside_its_last_rows_unit_cell_keeps_the_names_before_the_cut():
    # pingdingshan-2018: cells separated by spaces, unit columns read from the right; the copy ends inside the last
    # row's 责任单位 cell (…城乡一体化示范区、高)
    text = ("某市全面推行河长制主要任务分解表\n\n序号 主要任务 牵头单位 参与单位 责任单位\n"
            "1 严守用水效率控制红线,落实用水效率评估体系。 市水利局 市发展改革委 各县(市、区)人民政府\n"
            "2 抓好工业节水,加快实施工业节水技术改造。 市工业和信息化委、水利局 市发展改革委 各县(市、区)人民政府,城乡一体化示范区、高\n")
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1", "2"]
    assert refs(tasks[1], "lead") == ["市工业和信息化委", "市水利局"]
    assert refs(tasks[1], "units") == ["各县(市、区)人民政府", "城乡一体化示范区"]


def test_a_pipe_row_cut_before_its_time_cell_reads_its_own_words_for_when():
    # tongcheng-2022: the only row is cut inside its 完成情况 cell, before 责任单位 and 完成时限: its measures' 每年 is
    # all that says when
    text = ("某县整改情况\n问题序号 | 具体内容 | 整改措施 | 完成情况 | 责任单位 | 完成时限 |\n"
            "序号8 | 信访件办理不到位。 | 1、加强跟踪问效。对信访件办理情况每年至少开展一次现场核查,防止问题反弹。 | 已完成阶段性整改,正在")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3]
    assert dl(tasks[0]) == ["每年"] and not tasks[0].get("inferred")


def test_two_offices_joined_by_hui_in_a_unit_cell_lead_and_support():
    # guangdong-2021: "宣传处会办公室" (会 for 会同) in a 责任处室 cell; 区安委会办公室 stays one name
    text = ("某委2021年政务公开工作重点任务台账\n序号 | 工作任务 | 责任处室 | 完成时限 |\n"
            "1 | 提高疫情信息发布规范化水平 | 宣传处会办公室 | 2021年8月前 |\n"
            "2 | 做好安全生产信息公开 | 区安委会办公室 | 长期推进 |\n")
    tasks = tasks_of(text)
    assert refs(tasks[0], "lead") == ["宣传处"] and refs(tasks[0], "support") == ["办公室"]
    assert refs(tasks[1], "units") == ["区安委会办公室"]


def test_a_pipe_header_wrapped_to_its_next_line_and_a_rows_last_cell_wrapped_to_its_own():
    # huangshan-2023: "序号 | 重点工作目标任务 | 责任单位 |" / "进展情况 | 完成状态 |" is one header; a row whose
    # last cell (完成状态) falls on the next line ("达预期 |") is still one row, no task of its own, no unit taken down
    text = ("市体育局2023年9月市政府重点工作完成情况\n序号 | 重点工作目标任务 | 责任单位 |\n进展情况 | 完成状态 |\n"
            "1 | 办好绿水青山运动会。 | 市体育局 | 已于5月18日开幕。 | 达预期 |\n"
            "2 | 发展全民健身事业,建设15分钟健身圈。 | 市体育局 | 截至9月底,完成目标任务的98.27%。 |\n"
            "达预期 |\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [4, 5]
    assert [refs(t, "units") for t in tasks] == [["市体育局"], ["市体育局"]]
    assert not any(dl(t) for t in tasks)


def test_a_line_of_column_labels_run_together_is_no_title():
    # yuhang-2020: "实事内容工作任务责任单位进展情况" heads a glued table, it names no plan
    text = ("主题:\n养老助残\n \n实事内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n"
            "养老助残创建20个无障碍社区。区残联,相关镇街1.完成第一批申报。\n")
    plans = import_texts([("t.txt", text)]).plans
    assert not any("责任单位" in (p.get("title") or "") for p in plans)


def test_a_pipe_row_cut_inside_its_last_unit_names_only_the_units_before_the_cut():
    # jiaxing-2024: a 责任分解 pipe table whose last row the copy cuts inside its 责任单位 cell (市科技局、市经): the
    # cut name is none
    text = ("序号 | 主 要 工 作 任 务 | 责任单位 |\n"
            "1 | 完善科技创新激励机制。 | 市科技局、市财政局、市科协 |\n"
            "2 | 健全以质量、贡献为导向的绩效评价机制。 | 市科技局、市经")
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1", "2"]
    assert refs(tasks[0], "units") == ["市科技局", "市财政局", "市科协"]
    assert refs(tasks[1], "units") == ["市科技局"]


TWO_LEADERS = """某市人民政府关于印发政府工作报告目标任务责任分解的通知

附件

政府工作报告目标任务责任分解

目标任务

责任领导

责任单位

一、主要预期指标

1. 地区生产总值增长6%以上。

张某某

市发改委、市经信局,各县(市、区)政府

2. 城乡居民收入增长与经济增长基本同步。

李某

王某某

市人力社保局、市农业农村局

3. 一般公共预算收入稳步增长。

李某

市财政局
"""


def test_a_leader_cell_naming_two_people_one_under_the_other():
    # 责任领导 cells copied one per line: a row's second leader (王某某) set right above its unit cell is the same
    # cell's, not a row of its own, so the units stay with row 2 and row 3 keeps its own
    first, second, third = tasks_of(TWO_LEADERS)
    assert [t["line"] for t in (first, second, third)] == [15, 21, 29]
    assert refs(first, "units") == ["市发改委", "市经信局", "各县(市、区)政府"]
    assert refs(second, "units") == ["市人力社保局", "市农业农村局"]
    assert refs(third, "units") == ["市财政局"]


def test_a_row_whose_units_cell_repeats_its_lead_names_that_unit_once_as_lead():
    # a 分解表 whose 责任单位 column lists the 牵头单位 column's office again: one entry per unit, in its role
    text = """某区2023年重点工作责任分解

序号

事项

责任单位

牵头单位

1

区本级固定资产投资增长20%。

区发改局

区发改局

2

规上工业增加值增长8%。

区经信局、某某经开区管委会

区经信局
"""
    first, second = tasks_of(text)
    assert refs(first, "lead") == ["区发改局"] and refs(first, "units") == []
    assert refs(second, "lead") == ["区经信局"] and refs(second, "units") == ["某某经开区管委会"]


def test_group_cells_copied_above_a_one_cell_a_line_header_and_a_responsible_column_listing_kinds_of_body():
    # guizhou-2025: "一、… |" / "1.… |" (the first rows' merged group cells) stand above the header 工作任务 |
    # 委内牵头处室 | 系统内责任处、局、单位, and are printed again before the next group: the rows under the header are
    # the tasks, the group cells none; "责任处、局、单位" names a column of units; a last cell cut after "省中医" is the
    # row's next unit cell (the cell above was closed by its "|"), its cut name none
    text = ("某委2025年法治政府建设工作要点\n一、提升依法履职能力 |\n1.提升政务服务效能 |\n工作任务 |\n"
            "委内牵头处室 |\n系统内责任处、局、单位 |\n推进基层政务服务“一张网”建设应用。 |\n规划信息处、 政策法规处 |\n"
            "各市(州)卫生健康局,委直属各单位 | ||\n升级迭代公共资源交易平台。 |\n财务处 |\n各市(州)卫生健康局 |\n"
            "一、提升依法履职能力 |\n2.推进法治化营商环境建设 |\n建立健全公平竞争审查工作机制。 |\n政策法规处 |\n"
            "各市(州)卫生健康局,委机关各处(局),省中医")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [7, 10, 15]
    assert refs(tasks[0], "lead") == ["规划信息处", "政策法规处"]
    assert refs(tasks[0], "units") == ["各市(州)卫生健康局", "委直属各单位"]
    assert refs(tasks[1], "lead") == ["财务处"] and refs(tasks[1], "units") == ["各市(州)卫生健康局"]
    assert refs(tasks[2], "lead") == ["政策法规处"]
    assert refs(tasks[2], "units") == ["各市(州)卫生健康局", "委机关各处(局)"]


def test_a_header_whose_wide_gaps_join_wrapped_labels_and_unit_cells_in_the_middle_of_single_spaced_rows():
    # qingyang-2023: "牵头  领导 牵头         责任单位 主体          责任单位 配合 …" is 牵头领导 | 牵头责任单位 |
    # 主体责任单位 | 配合责任单位 (a label's two lines joined by a wide gap, cells parted by one space); each row's cells
    # read from the left after the task: persons (汪  峰 吴蓓蓓) none, 牵头 lead, 主体 units, 配合 support; a cell's
    # second line alone on the next line (县开发区) is that cell's; the progress cells after them give no deadline
    text = ("2023年县政府重点工作责任清单进展情况汇总表(10-12月)\n"
            "序号 2023年重点工作任务 牵头  领导 牵头    责任单位 主体     责任单位 配合    责任单位 工作评价 进展情况 备注\n"
            "81 落实疫情防控优化措施。 汪  峰   吴蓓蓓 县卫健委 各乡镇\n县开发区\n"
            "县直有关单位 达到时序进度 加强基层医疗卫生机构人员培训\n"
            "85 新增托育机构2所以上。 吴蓓蓓 县卫健委 有关乡镇 县直有关单位 已完成 开展“每周一村”义诊活动\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 6]
    assert refs(tasks[0], "lead") == ["县卫健委"] and refs(tasks[0], "units") == ["各乡镇", "县开发区"]
    assert refs(tasks[0], "support") == ["县直有关单位"]
    assert refs(tasks[1], "units") == ["有关乡镇"] and refs(tasks[1], "support") == ["县直有关单位"]
    assert not any(dl(t) for t in tasks)


def test_a_headerless_table_one_cell_per_line_gives_each_row_the_unit_cells_below_its_task_cell():
    # guokeng: a 镇's 任务分解表 on a sharing site, its Word table one cell per line with no header row: each row's task
    # cell (its number glued on), a target cell or none, then its unit cells and a leader's name; the copy opens in the
    # tail of a row whose task it lost. The unit cells are units (no header names their roles), the person none; a
    # heading line over items (a unit's name alone, no person after it) stays a heading
    text = ("某镇城乡环境卫生整治任务分解表\n镇科教文卫中心\n各村(居、场)\n李永其\n"
            "5、整治农村河流保障饮水安全。加强对农村中小河流的治理。全镇农村生活饮用水水质卫生合格率达到85%。\n"
            "各村(居、场)\n苏荣义\n"
            "6、开展农村环境连片整治活动。结合生态村创建,组织开展农村环境连片整治示范工作。\n镇创卫办\n各村(居、场)\n林玉铭\n"
            "2、垃圾及时清运处理。建立环境卫生保洁队伍,每天对村、池塘、水沟进行清理。\n"
            "农村生活垃圾无害化处理率达到60%以上。\n镇区管理中心\n各村(居、场)\n林玉铭\n"
            "4、广泛发动除“四害”。在集中开展清理垃圾、污水的基础上,广泛动员群众")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [5, 8, 12, 17]
    assert [refs(t, "units") for t in tasks] == [
        ["各村(居、场)"], ["镇创卫办", "各村(居、场)"], ["镇区管理中心", "各村(居、场)"], []]
    assert all(not t.get(role) for t in tasks for role in ("lead", "support"))
    headed = tasks_of("某镇2024年工作要点\n1、推进农村改厕。全年完成改厕300户。\n镇农业农村办\n"
                      "2、开展村庄清洁行动。每月组织一次集中整治。\n3、推进垃圾分类。\n")
    assert [refs(t, "units") for t in headed] == [[], [], []]


def test_an_inspection_plan_names_its_inspecting_body_and_its_office_in_two_columns():
    # shangao-2023: a county bureau's 双随机 抽查工作计划 as a pipe table: 检查主体 (the bureau that inspects) and 股室
    # (the office that runs each inspection) are two unit columns with no role word, both units; a kind the header
    # names twice keeps each column's own cell (and its own cell above for a merged one)
    text = ("某县2023年“双随机、一公开”抽查工作计划 | |||||\n"
            "序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 |\n"
            "1 | 某县市场监督管理局 | 对特种设备的行政检查 | 对特种设备使用登记的行政检查 | 1月—12月 | 特种设备股 | 5% |\n"
            "2 | 某县市场监督管理局 | 对经营者价格活动的行政检查 | 对经营者价格活动的行政检查 | 3月—6月 | 价监股 | 5% |\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 4]
    assert [refs(t, "units") for t in tasks] == [["某县市场监督管理局", "特种设备股"], ["某县市场监督管理局", "价监股"]]
    assert [dl(t) for t in tasks] == [["1月—12月"], ["3月—6月"]]
    # the bare kind of office alone is a units label; with a role word before it (牵头科室) the role word still reads
    from planportal.importer.table_header import column_of
    assert [column_of(x) for x in ("股室", "科室", "检查主体", "牵头科室")] == ["units", "units", "units", "lead"]


def test_a_numbered_target_over_dash_indicators_is_one_row_of_a_target_table_copied_one_cell_a_line():
    # guangdong-2014-funv / -ertong: a 目标责任分解书 (领域 | 主要目标 | 主要责任单位 | 责任单位) one cell a line, its 领域
    # cells left out: a numbered target and its "——" indicators up to the first unit cell are one row (the indicators
    # are paragraphs of its cell: their years are its deadlines); an indicator after the row's unit cells opens a row
    # of its own, its indicators below it its cell's too; the first unit line is the 主要责任单位, the others the 责任单位
    text = ("某省妇女发展规划目标责任分解书\n领域\n主要目标\n主要责任单位\n责任单位\n"
            "1.妇女在整个生命周期享有良好的基本卫生服务。\n \n \n——女性人均预期寿命延长。\n"
            "——到2020年,妇女常见病筛查率达到80%以上。\n省卫生厅\n省发改委\n省财政厅\n"
            "2.提高孕产妇医疗保健水平。\n——孕产妇死亡率控制在15/10万以内。\n省卫生厅\n省公安厅\n"
            "——孕产妇系统管理率达到90%以上。\n——全省孕产妇住院分娩率达到98%以上。\n省卫生厅\n省财政厅\n"
            "3.妇女享有优质避孕节育计生服务。\n省计生委\n省卫生厅\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [6, 14, 18, 22]
    assert [t["number"] for t in tasks] == ["1.", "2.", None, "3."]
    assert [refs(t, "lead") for t in tasks] == [["省卫生厅"]] * 3 + [["省计生委"]]
    assert [refs(t, "units") for t in tasks] == [["省发改委", "省财政厅"], ["省公安厅"], ["省财政厅"], ["省卫生厅"]]
    assert dl(tasks[0]) == ["到2020年"] and not any(dl(t) for t in tasks[1:])
    assert "全省孕产妇住院分娩率" in tasks[2]["text"]


def test_a_shortened_name_among_a_rows_unit_cells_is_a_unit_where_every_row_opens_with_an_item_mark():
    # guangdong-2014-funv: 省人口计生, 人口计生, 省新闻出版, 省科协 (names the page shortened, no office's ending) between
    # unit lines of a table whose rows all open with "N." or "——": a unit cell, not the next row's task; where rows
    # open with bare texts (a 项目 cell), a short line after the units is the next row
    text = ("某省妇女发展规划目标责任分解书\n领域\n主要目标\n主要责任单位\n责任单位\n"
            "4.妇女艾滋病、性病感染率得到控制。\n省卫生厅\n人口计生\n省公安厅\n"
            "5.妇女心理健康知识知晓率提高。\n省卫生厅\n省新闻出版\n省总工会\n省科协\n省残联\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [6, 10]
    assert refs(tasks[0], "units") == ["人口计生", "省公安厅"]
    assert refs(tasks[1], "units") == ["省新闻出版", "省总工会", "省科协", "省残联"]
    bare = tasks_of("某区民生实事项目责任表\n项目\n牵头单位\n配合单位\n老旧小区改造\n区住建局\n区财政局\n"
                    "背街小巷整治\n区城管局\n各街道\n")
    assert [t["line"] for t in bare] == [5, 8]


def test_a_responsible_or_leading_unit_column_beside_an_assisting_one_and_a_row_broken_by_a_cells_line_break():
    """A 创园 task table one row a line with "|" (unknown-city-2010-chuangjian-guojia-yuanlin): its header labels
    broken by spaces, 责任单位 或牵头单位 (the unit answering for the row or leading it) beside 协助 单位; row 1's
    协助 cell holds two names a line each, so the row goes on to the next line with the rest of the row, closed by
    its "|"."""
    text = ("任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n"
            "生 态 环 境 | 1、城市大环境绿化扎实开展。 | 禁止开发城市周围的自然山体,保护植被。 | 市规划局 | 市国土资源局\n"
            "市农牧林业局 | 2010年9月20日前 |\n"
            "2、建设防护绿地。 | 加强建成区防护绿地的建设。 | 市规划局 市建设局 | 有关部门 | 2010年9月20日前 |\n")
    one, two = tasks_of(text)
    assert one["line"] == 2 and refs(one, "lead") == ["市规划局"]
    assert refs(one, "support") == ["市国土资源局", "市农牧林业局"] and dl(one) == ["2010年9月20日前"]
    assert two["line"] == 4 and refs(two, "lead") == ["市规划局", "市建设局"] and refs(two, "support") == ["有关部门"]
    from planportal.importer.table_header import column_of
    assert column_of("责任单位或牵头单位") == "lead" and column_of("协助单位") == "support"
    assert column_of("牵头单位或配合单位") is None  # two roles in one column: no reading of its own here


def test_a_target_letters_table_with_its_points_and_its_targets_by_quarter():
    # yangling-2019: a 目标责任书's table one cell per line under 工作任务 | 目标及质量要求: the first row's category
    # (核心指标, of the targets' kind too) is no third column; a cell's points on a line of their own ((20分)) are the
    # cell's; its target cell written as a paragraph a quarter (第一季度…: / 第二季度…:) is one cell, the first
    # quarter's included where the row has no column left, so the quarters are the row's deadlines
    text = ("某示范区水务局 2019年度(分季)目标责任书\n工作任务\n目标及质量要求\n核心指标\n建成国家水生态文明城市,彰显鲜明特色。\n"
            "省部共建工作成效\n(20分)\n贯彻落实国务院《批复》\n(10分)\n第一季度(每项5分):完成可行性研究报告编制单位招标工作。\n"
            "第二季度(每项5分):完成项目可研评审。\n第三季度(每项5分):完成项目环评报告书审批。\n"
            "第四季度(每项5分):建成湿地公园二期并投入使用。\n争取中省资金(10分)\n竞争性专项:全年争取资金4000万元。\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [4, 6, 14]
    assert dl(tasks[1]) == ["第一季度", "第二季度", "第三季度", "第四季度"]
    assert dl(tasks[0]) == [] and dl(tasks[2]) == []
    # two labels of one kind with labels, not a row's text, below them stay a header
    from planportal.importer.table_header import header_block
    from planportal.importer.text import split_lines
    kinds, _ = header_block(split_lines("工作任务\n目标及质量要求\n核心指标\n完成时限\n"))
    assert kinds[:2] == ["task", "target"] and len(kinds) == 4


def test_a_middle_label_spanning_several_cells_lines_the_rows_last_cells_up_from_the_right():
    # zhaohua-2017: 分解情况 spans three cells in each row (the indicator, its figure, each township's share), so the
    # rows are longer than the header; their last cells are the 责任领导 | 责任单位 | 责任人 columns read from the right,
    # and a sub-row under merged cells takes the unit above; a row whose cells fit the header stays read from the left
    text = ("某区2017年度民生工程目标任务分解表\n"
            "项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |\n"
            "就业促进工程 | 促进城乡劳动者就业创业 | 城镇新增就业人数(人) | 1300 | 甲镇280 乙乡15 丙镇40 | 张 三 | 区人社局 | 李 四 |\n"
            "城镇失业人员再就业(人) | 250 | 甲镇8 乙乡8 |\n"
            "社会保障工程 | 扩大参保覆盖面 | 新增参保人数1000人 | 王 五 | 区医保局 | 赵 六 |\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 4, 5]
    assert [refs(t, "units") for t in tasks] == [["区人社局"], ["区人社局"], ["区医保局"]]


def test_a_bracketed_group_heading_cell_over_the_task_text_of_a_table_with_one_text_column():
    # 序号 | 重点工作内容 | 责任单位 | 配合单位, one cell per line, the rows' 序号 lost (qingpu-2008): "(1)加快发展现代服务业。"
    # right over a row's work cell is the group heading of the rows below, no row of its own, and takes no units
    text = """2008年度区政府重点工作责任单位表

序号

重点工作内容

责任单位

配合单位

一、关于优化经济结构

(1)加快发展现代服务业。

第三产业增加值占地区生产总值的比重再提高1%。

经委

发改委

继续推进商贸圈建设。

经委

夏阳街道、新城公司

(2)大力发展先进制造业和高新技术产业。

工业总产值保持15%的增幅。

经委

发改委、科委
"""
    got = [(t["line"], refs(t, "units"), refs(t, "support")) for t in tasks_of(text)]
    assert got == [(15, ["经委"], ["发改委"]), (21, ["经委"], ["夏阳街道", "新城公司"]), (29, ["经委"], ["发改委", "科委"])]


def test_a_bracketed_number_opening_the_task_cell_of_a_table_with_several_text_columns_is_the_rows_task():
    # 工作任务 | 贯彻举措 | 牵头单位: "(三)做好财政信息公开。" is the row's task, its measure the next text cell
    text = """某委政务公开工作要点任务分工
工作任务 |
贯彻举措 |
牵头单位 |
(三)做好财政信息公开。 |
及时公开本部门财政预决算信息。 |
财务处 |
(四)做好疫情防控信息公开。 |
重点公开隔离管控等政策措施。 |
办公室 |
"""
    assert [t["line"] for t in tasks_of(text)] == [5, 8]


def test_the_copy_ending_in_a_task_cell_of_a_table_whose_rows_lost_their_numbers_is_a_cut_row():
    # 序号 | 重点工作内容 | 责任单位 | 配合单位 with no row carrying its 序号 (qingpu-2008): the last row's 配合单位 cell
    # empty, the copy's last text "积极推进技术改造和淘" is the next row's work, cut, and takes nothing from the row above
    text = """某区重点工作责任单位表

序号

重点工作内容

责任单位

配合单位

合同引进外资5亿美元。

外经委

青浦工业园区

大力培育科技小巨人企业,积极推进科技创新。

科委

 

积极推进技术改造和淘
"""
    got = [(t["line"], refs(t, "units"), refs(t, "support")) for t in tasks_of(text)]
    assert got == [(11, ["外经委"], ["青浦工业园区"]), (17, ["科委"], []), (23, [], [])]


def test_the_copy_ending_inside_the_unit_cell_of_a_numbered_table_names_no_row():
    # the same table with its 序号: the last text after the row's 责任单位 is that row's cut 配合单位 cell, no row
    text = """某区重点工作责任单位表
序号
重点工作内容
责任单位
配合单位
1
合同引进外资5亿美元。
外经委
青浦工业园区
2
大力培育科技小巨人企业。
科委
市发
"""
    assert [t["line"] for t in tasks_of(text)] == [6, 10]


def test_a_department_tables_fuze_keshi_column_names_the_office_that_leads_the_row():
    # a bureau's own 政务公开 task table, its rows without 序号: the 负责科室 column names the bureau's office that
    # answers for the row (a 负责 column: lead), in a traditional-script copy as well
    text = """某县某局2020年政务公开工作要点
一、重點工作任務分解
重點任務 | 工作內容 | 負責科室 |
政策解讀 | 對我局起草的政策文件進行全面解讀。 | 各責任科室 |
財政資金 | 及時發佈財政預決算、“三公經費”信息。 | 綜合科 |
"""
    got = [(t["line"], refs(t, "lead"), refs(t, "units")) for t in tasks_of(text)]
    assert got == [(4, ["各責任科室"], []), (5, ["綜合科"], [])]


def test_a_task_label_with_a_bracketed_count_still_opens_a_header():
    """A header written one label per line whose task label carries a note in brackets counting the rows below it
    (重点工作任务(杭州市2项配合工作), hangzhou-2021): the label is 重点工作任务, the note no part of it, so the
    header still reads and its rows are the tasks."""
    text = """某市2021年重点工作责任分解
序号

重点工作任务(本市2项配合工作)

责任单位

1

加强粮食和重要农产品保障,端好“饭碗”。

市农业农村局、市规划和自然资源局

2

深入实施消费新政,培育新型消费。

市商务局、市发改委
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [8, 14]
    assert [refs(t, "units") for t in tasks] == [["市农业农村局", "市规划和自然资源局"], ["市商务局", "市发改委"]]


def test_a_bracketed_section_row_right_above_a_rows_number_is_no_row():
    """One cell per line with a 序号 column: "(一)王宏副市长牵头重点工作" with a row's 序号 right below it (hangzhou-2021)
    is a section row over the rows below, naming the vice-mayor who leads them; it is no task, and each row keeps
    its own 序号 (1, 2; as minhang-2022's gold writes them), not the section's (一)."""
    text = """某市2021年重点工作责任分解
序号

重点工作任务

责任单位

(一)张三副市长牵头重点工作

1

加强粮食和重要农产品保障,端好“饭碗”。

市农业农村局

(二)李四副市长牵头重点工作

2

深入实施消费新政,培育新型消费。

市商务局、市发改委
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [10, 18]
    assert [t["number"] for t in tasks] == ["1", "2"]
    assert [refs(t, "units") for t in tasks] == [["市农业农村局"], ["市商务局", "市发改委"]]


def test_a_header_set_again_below_a_table_opens_a_second_table():
    """Two tables one cell per line, the second under a part heading of its own with the header written again
    (序号 / 重点工作任务 / 责任单位, hangzhou-2021): the second header opens a table of its own; its labels are
    no row's cells (序号 was read as a row, 责任单位 as its unit)."""
    text = """某市2021年重点工作责任分解
一、五年重点工作

序号

重点工作任务

责任单位

1

加强粮食和重要农产品保障,端好“饭碗”。

市农业农村局

二、年度重点工作

序号

重点工作任务

责任单位

1

大力推进科创大走廊建设。

市科技局、市发改委
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [10, 24]
    assert [refs(t, "units") for t in tasks] == [["市农业农村局"], ["市科技局", "市发改委"]]


def test_a_longer_part_title_right_above_a_table_header_is_no_task():
    """A part's title of some 24 characters right above a table's header written one label per line
    (一、省政府工作报告“十四五”时期重点工作涉杭任务责任分解 / 序号 / …, hangzhou-2021) is the rows' caption, as a
    short one is: no task, and the 省政府 of its words no unit."""
    text = """某市2021年重点工作责任分解
一、省政府工作报告“十四五”时期重点工作涉本市任务责任分解

序号

重点工作任务

责任单位

1

加强粮食和重要农产品保障,端好“饭碗”。

市农业农村局
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [10]
    assert [refs(t, "units") for t in tasks] == [["市农业农村局"]]


def test_a_rows_item_worded_as_the_partys_leadership_of_the_work_is_no_column_of_leaders():
    # unknown-place-2022-qinglian (set 87): a 考评 table one cell per line (考评项目 / 具体内容 / 考评标准 / 责任科室), its
    # first row's item "强化组织领导" right below the header: a row's cell (组织领导, the leadership of the work), not a
    # fifth label naming a column of leaders (分管领导, 责任领导)
    from planportal.importer.table_header import column_of
    assert column_of("强化组织领导") is None and column_of("加强组织领导") is None
    assert column_of("分管领导") == "person" and column_of("责任领导") == "person"
    text = ("清廉机关建设任务分工\n\n考评项目\n\n具体内容\n\n考评标准\n\n责任科室\n\n强化组织领导\n\n(5分)\n\n"
            "1.认真学习全面从严治党的重要论述,专题研究部署清廉机关建设,2分。未专题研究的,每项扣0.5分。\n\n机关纪委\n")
    (task,) = tasks_of(text)
    assert task["line"] == 11 and refs(task, "units") == ["机关纪委"]


def test_a_task_cells_numbered_points_copied_one_a_line_stay_one_cell_in_a_table_with_no_number_column():
    # unknown-place-2022-qinglian (set 87): 考评项目 / 具体内容 / 考评标准 / 责任科室 one cell per line, no 序号: the
    # 具体内容 cell's points 1. 2. (3. glued behind 2. after a space) on lines of their own are one cell, the row closed by
    # its 责任科室 (机关纪委), not a row each
    text = ("清廉机关建设任务分工\n\n考评项目\n\n具体内容\n\n考评标准\n\n责任科室\n\n强化组织领导\n\n(5分)\n\n"
            "1.认真学习全面从严治党的重要论述,专题研究部署清廉机关建设,2分。未专题研究的,每项扣0.5分。\n\n"
            "2.结合实际细化清廉机关建设责任分工并督办落实,2分。未细化的,每项扣1分。 3.制定年度工作计划,1分。未制定的,扣0.5分。\n\n"
            "机关纪委\n\n深化作风建设\n\n(5分)\n\n1.持续整治形式主义官僚主义,2分。整治不力的,扣1分。\n\n机关党委\n")
    tasks = tasks_of(text)
    assert [(t["line"], refs(t, "units")) for t in tasks] == [(11, ["机关纪委"]), (21, ["机关党委"])]
    assert "3.制定年度工作计划" in tasks[0]["text"]


def test_an_assessed_item_closing_with_its_marks_is_its_rows_first_cell_not_a_heading():
    # unknown-place-2022-qinglian (set 87): under the category "一、突出政治引领(25分)", the item "1.持续深化理论武装(8分)"
    # with its points below it and its 责任科室: the row's own 考评项目 cell (the row starts there), not a heading over rows
    text = ("清廉机关建设任务分工\n\n考评项目\n\n具体内容\n\n考评标准\n\n责任科室\n\n一、突出政治引领(25分)\n\n"
            "1.持续深化理论武装(8分)\n\n1.把党章党规党纪作为理论学习中心组学习的重要内容,2分。未开展的,扣1分。\n\n"
            "2.建立落实重要指示批示精神任务清单,2分。未制定的,扣1分。\n\n机关党委\n\n2.带头做到“两个维护”(5分)\n\n"
            "1.坚持“第一议题”制度,2分。未坚持的,扣1分。\n\n机关纪委\n")
    tasks = tasks_of(text)
    assert [(t["line"], refs(t, "units")) for t in tasks] == [(13, ["机关党委"]), (21, ["机关纪委"])]
    # a numbered item with no marks stays a heading over rows (no row starts at it)
    plain = text.replace("1.持续深化理论武装(8分)", "1.持续深化理论武装").replace("2.带头做到“两个维护”(5分)", "2.带头做到“两个维护”")
    assert not {13, 21} & {t["line"] for t in tasks_of(plain)}


def test_a_copy_ending_inside_the_unit_cell_below_a_rows_text_gives_that_text_its_units():
    # weifang-2017: a table copied one cell per line with merged 目标 and 任务 cells and no 序号; the copy ends inside the
    # last row's unit cell (市发改委、…、市金融办、人民银): the sentence above it is the row's task, no 任务 heading, and the
    # names before the cut are its units
    text = """某市2017年政务公开工作要点实施方案
目标
任务
主要内容
责任单位
一、以政务公开助力稳增长
(一)加强预期引导
围绕全市相关经济政策执行落实情况,通过新闻发布会等形式及时宣传解读。
市发改委牵头落实
加强财政政策信息公开,按月公开全市财政收支情况。
市财政局牵头落实
加强市内外舆情收集研判,及时通过有效公开渠道发布权威消息,澄清事实。
市发改委、市财政局、市人社局、市金融办、人民银"""
    last = tasks_of(text)[-1]
    assert (last["line"], last["title"][:8]) == (12, "加强市内外舆情收")
    assert refs(last, "units") == ["市发改委", "市财政局", "市人社局", "市金融办"]


def test_a_bodys_own_office_run_as_a_team_named_with_its_short_name_is_a_unit_cell():
    # jiangmen-2021-weijianju: a 卫生健康局's table of its own offices, "7.提高…信息发布规范化水平… | 局宣传科研组 | |": the
    # bureau's office named with 局 and run as a 组 is the row's unit, as 局政法科 is
    from planportal.importer.units import looks_like_unit
    assert looks_like_unit("局宣传科研组") and looks_like_unit("局政法科")
    assert not looks_like_unit("宣传小分组织")
    text = ("某市卫生健康局2021年政务公开工作要点分工方案\n序号 | 工作任务 | 责任科室 | 备注 |\n"
            "1.加强行政执法信息公开。 | 局政法科 | |\n2.提高新冠肺炎防控信息发布规范化水平,统一步调对外发声。 | 局宣传科研组 | |\n")
    assert [refs(t, "units") for t in tasks_of(text)] == [["局政法科"], ["局宣传科研组"]]


def test_a_header_label_wrapped_after_its_year_and_a_unit_labels_note_on_its_own_line_stay_the_header():
    # hanyin-2022-nongchanpin: a 任务分解表 copied one cell a line, its yearly target labels wrapped after the year
    # (2021年 / 目标) and the unit label's note on a line of its own (责任单位 / (第一为牵头单位)): the header runs on to
    # it, so no label is taken for a row and the rows' unit cells are read as units
    text = """某县重点任务分解表(2021-2023年)
序号
主要指标
2021年
目标
2022年
目标
责任单位
(第一为牵头单位)
1
累计认证生产经营主体(个)
完成3个
完成5个
县农业农村局和各镇人民政府负责
2
累计建成县级产业园区(个)
完成2个
完成4个
县发改局和各镇人民政府负责"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [10, 15]
    assert "县农业农村局" in refs(tasks[0], "lead") + refs(tasks[0], "units")


def test_bare_yearly_figures_that_count_on_from_the_rows_number_are_figures_not_the_next_row():
    # hanyin-2022-nongchanpin: 1 / 累计…主体(个) / 2 / 5 / 县农业农村局…负责: the figures 2 and 5 under the yearly target
    # columns count on from the row's 序号, but a 序号 is followed by its row's text, not by another figure or the unit cell
    text = """某县重点任务分解表(2021-2023年)
序号
主要指标
2021年
目标
2022年
目标
责任单位
(第一为牵头单位)
1
累计认证生产经营主体(个)
3
5
县农业农村局和各镇人民政府负责
2
累计建成县级产业园区(个)
2
4
县发改局和各镇人民政府负责"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [10, 15]
    assert [t["title"][:6] for t in tasks] == ["累计认证生产", "累计建成县级"]


def test_a_category_column_before_the_number_set_upright_and_merged_leaves_each_row_its_own_item():
    # hanyin-2022-nongchanpin: 重点任务 | 序号 | 主要指标 | 2021年目标 | 2022年目标 | 2023年目标 | 责任单位, the 重点任务
    # category written one character a line in the first row only (园 / 区 / 化 / 推 / 进), a target cell wrapped inside
    # its words (完成启 / 动准备): one row a 序号, each titled by its own 指标, the category no row
    text = """某县重点任务分解表(2021-2023年)
重点任务
序号
主要指标
2021年
目标
2022年
目标
2023年
目标
责任单位
园
区
化
推
进
1
累计认证生产经营主体(个)
完成启
动准备
2
5
县农业农村局和各镇人民政府负责
2
累计建成县级产业园区(个)
完成启
动准备
1
3
县发改局和各镇人民政府负责
3
累计提升县级产业园区(个)
5
8
10
县财政局负责"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [17, 24, 31]
    assert [t["title"][:6] for t in tasks] == ["累计认证生产", "累计建成县级", "累计提升县级"]
    assert [refs(t, "lead") + refs(t, "units") for t in tasks][2] == ["县财政局"]


def test_a_unit_labels_note_that_the_first_name_leads_gives_each_cells_first_name_the_lead():
    # hanyin-2022-nongchanpin: 责任单位 / (第一为牵头单位) over cells "县农业农村局和各镇人民政府负责": the first name leads,
    # the others named beside it support
    text = """某县重点任务分解表
序号
主要指标
责任单位
(第一为牵头单位)
1
累计认证生产经营主体(个)
县农业农村局和各镇人民政府负责
2
累计建成县级产业园区(个)
县发改局、县财政局、县林业局"""
    tasks = tasks_of(text)
    assert [(refs(t, "lead"), refs(t, "support")) for t in tasks] == [
        (["县农业农村局"], ["各镇人民政府"]), (["县发改局"], ["县财政局", "县林业局"])]


def test_a_header_set_again_as_pipe_cells_from_a_label_before_its_number_is_no_row():
    # hanyin-2022-nongchanpin: the table's second page repeats its header as pipe cells, spaced as the page set them
    # (重点 任务 | / 序 号 | / … / 责任单位 (第一为牵头单位) |): no label there is a row, and the rows below it are read
    text = """某县重点任务分解表
重点任务
序号
主要指标
责任单位
(第一为牵头单位)
1
累计认证生产经营主体(个)
县农业农村局和各镇人民政府负责
2
累计建成县级产业园区(个)
县发改局和各镇人民政府负责
重点 任务 |
序 号 |
主要指标 |
责任单位 (第一为牵头单位) |
绿 色 化 发 展 |
3 |
农药化肥使用量较2020年下降 |
县农业农村局负责 |"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [7, 10, 18]
    assert refs(tasks[2], "lead") == ["县农业农村局"]


def test_a_last_header_label_no_kind_names_right_above_the_first_part_cell_is_no_row():
    # taizhou-2021-chuangjian: 一级 指标 | … | 责任单位 | / 工作 考核 | / 一、地方 政府属地…(16 分) |: the last label, a
    # column no kind names, is the header's own, not a row's task
    text = """某市创建工作任务分解表
一级 指标 |
建设内容 |
任务内容 |
责任单位 |
工作 考核 |
一、地方政府属地管理责任依法履行 |
(一)组织领导 |
建立由主要领导牵头的农产品质量安全工作领导机构。 |
市府办 |
|"""
    assert all("考核" not in t["title"] for t in tasks_of(text))


def test_a_short_name_under_a_category_cell_opens_its_row_as_the_rows_without_one_do():
    # one cell a line between lone "|" lines; the 具体任务 column spans a short name and its sentence; the merged
    # category cell (一、…) stands before a group's first row only
    text = """重点工作
|
具体任务
|
责任单位
|
完成时限
|
一、强化医保部门常态监管机制
|
严格定点协议管理
|
切实加强医保经办机构内控制度建设,规范医保服务协议管理。
|
市医保局
|
2021年12月底前完成并长期坚持
|
强化医保医师管理
|
医保部门与涉及医保基金使用的医护人员签订服务协议。
|
市医保局
|
2021年6月底前完成并长期坚持
|
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [11, 19]
    assert [[u["written"] for u in t.get("units", [])] for t in tasks] == [["市医保局"], ["市医保局"]]
    assert tasks[0].get("deadlines") and tasks[1].get("deadlines")


def test_a_category_cell_merged_over_rows_with_no_number_stands_before_its_first_row_only():
    from planportal.importer import import_texts

    # unknown-town-zhengwu-gongkai…: 工作任务 | 具体内容 | 责任部门, one cell a line between lone "|" lines, no 序号; the
    # 工作任务 cell stands before the first row of its group only, so every row opens at its own 具体内容 cell
    text = (
        "|\n工作任务\n|\n具体内容\n|\n责任部门\n|\n|\n"
        "推进政策公开\n|\n常态化公开就业、住房、教育、医疗等领域信息。\n|\n财政所、便民综合服务中心等\n|\n|\n"
        "持续发布相关政策文件及工作成果。\n|\n便民综合服务中心\n|\n|\n"
        "强化权力配置信息公开\n|\n动态更新本镇各部门权责事项清单,推动行政机关依法规范履职。\n|\n党政办公室\n|\n|\n"
        "健全本镇行政执法信息全流程公示机制。\n|\n党政办公室\n|\n"
    )
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [(t["line"], [r["written"] for r in t.get("units", [])]) for t in plan["tasks"]] == [
        (11, ["财政所", "便民综合服务中心"]), (16, ["便民综合服务中心"]), (23, ["党政办公室"]), (28, ["党政办公室"])]


SPANNED_PIPE_HEADER = """海原县红羊乡“谁执法谁普法”四个清单工作分解表
序号 | 内容清单 | 责任清单 | 措施清单 | 时限清单 | |||
责任领导 | 责任人 | 责任处室 | 普法对象 | 方式措施 | |||
1 | 重点宣传党规党纪及习近平法治思想。 | 李进军 | 朱继文 | 党建办公室 | 全体乡村两级干部 | 拟定年度理论学习计划,每月进行更新补充。 | 全年 |
2 | 重点宣传《宪法》《民法典》。 | 马小平 | 田文 | 司法所 | 全乡群众 | 开展法律进乡村活动。 | 12月底前 |
"""


def test_a_second_pipe_header_row_under_spanning_labels_stands_in_for_them():
    """hongyang-2022…: a two-row pipe header, both rows as wide, the first padded with empty cells where 责任清单 and
    措施清单 span the second (责任领导 | 责任人 | 责任处室 and 普法对象 | 方式措施): the second row's labels are the
    columns, so the 责任处室 cell names each row's unit (the leaders beside it persons, the 普法对象 no unit)."""
    first, second = tasks_of(SPANNED_PIPE_HEADER)
    assert first["line"] == 4 and refs(first, "units") == ["党建办公室"] and dl(first) == ["全年"]
    assert second["line"] == 5 and refs(second, "units") == ["司法所"] and dl(second) == ["12月底前"]


def test_a_group_cell_before_a_rows_leader_post_and_a_unit_cell_cut_at_the_copys_end():
    # changsha-2021: the 分解表 as pipe cells one a line, 目标任务 | 责任领导 | 牵头单位 | 责任单位: a group row's one cell
    # (全市经济社会发展主要预期目标), then the row's task, its leader written by post (常务副市长: a person, no unit), and
    # its 牵头单位 cut inside the name at the copy's end (市发展改革): one task, no unit, no row for the cut name
    text = ("2021年《政府工作报告》主要目标任务责任分解表\n目标任务 |\n责任领导 |\n牵头单位 |\n责任单位 | ||\n"
            "全市经济社会发展主要预期目标 |\n地区生产总值增长8% |\n常务副市长 |\n市发展改革\n")
    (task,) = tasks_of(text)
    assert task["title"].startswith("地区生产总值增长8%")
    assert not any(task.get(r) for r in ("lead", "support", "units"))
    # the row whole: its units read in their columns
    whole = text.replace("市发展改革\n", "市发展改革委 |\n市统计局 |\n")
    (task,) = tasks_of(whole)
    assert refs(task, "lead") == ["市发展改革委"] and refs(task, "units") == ["市统计局"]

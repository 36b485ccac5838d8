"""A plan's identity read off texts copied from web pages: its title among page furniture and
repeats, titles over several lines, the plans a notice or a covering letter sends, the issuer
(the sending body) and the publisher (the page's 发布机构/来源)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from helpers import FIXTURES
from planportal import pages
from planportal.importer import import_texts
from planportal.importer.text import split_lines
from planportal.importer.titles import clean
from planportal.loader import load
from planportal.views import Lookups


def plans_of(text: str) -> list[dict]:
    return sorted(import_texts([("t.txt", text)]).plans, key=lambda p: p["source"]["line"])


def identity(plan: dict) -> tuple:
    return plan["source"]["line"], plan["title"]


FURNISHED = """- 设为首页
- 加入收藏
- 无障碍阅读
- 长者版
欢迎来到青河县人民政府网站
繁体 | 简体
当前位置：首页 > 政务公开 > 文件通知
名 称: 青河县人民政府办公室 关于印发青河县2024年防汛工作要点的通知
发布机构：青河县政府办公室 发布日期：2024-04-02
青河县人民政府办公室关于印发 青河县2024年防汛工作要点的通知
• 时间:2024-04-02 09:00:00
• 发布:青河县政府办公室

青府办发〔2024〕6号

青河县人民政府办公室

关于印发青河县2024年

防汛工作要点的通知

各乡镇人民政府，县政府各部门：
现将《青河县2024年防汛工作要点》印发给你们，请认真贯彻落实。
青河县人民政府办公室
2024年4月1日
青河县2024年防汛
工作要点
一、重点工作
1.开展汛前检查。5月底前完成。（县水利局牵头）
2.完善应急预案。（县应急局负责）
"""


def test_the_title_block_not_the_page_headline_or_the_title_field():
    notice, points = plans_of(FURNISHED)
    # the title block set over three lines with blanks between (issuer, 关于…, …的通知) under its 文号,
    # not the 名称 field (line 8) or the page headline (line 10)
    assert identity(notice) == (16, "青河县人民政府办公室关于印发青河县2024年防汛工作要点的通知")
    assert notice["doc_number"] == "青府办发〔2024〕6号" and notice["written"] == dt.date(2024, 4, 1)
    # the plan the notice sends, its title set over two lines
    assert identity(points) == (26, "青河县2024年防汛工作要点") and points["parent"] == notice["id"]
    assert [t["number"] for t in points["tasks"]] == ["1.", "2."]
    # the sending body from the signature; the page's 发布机构 kept as the publisher
    assert notice["issuer"] == points["issuer"] == "青河县人民政府办公室"
    assert notice["publisher"] == points["publisher"] == "青河县政府办公室"


def test_a_title_printed_twice_in_a_row_is_one_title():
    text = "某镇2024年安全生产工作要点\n\n某镇2024年安全生产工作要点\n发布时间：2024-02-01 浏览次数：3\n一、重点工作\n1.开展排查。（镇安办牵头）\n"
    (plan,) = plans_of(text)
    assert identity(plan) == (3, "某镇2024年安全生产工作要点")  # the second: the first is the page's headline


def test_a_page_headline_over_the_documents_own_title_block_gives_way_to_it():
    # the headline gives the title on one line; the printed block below (sender, then 关于… over two lines)
    # is followed by the 文号 and the addressees: the notice's title line is the block's first
    text = ("三门峡市人民政府办公室关于印发三门峡市推进县域治理示范县赋权工作实施方案的通知\n"
            "三门峡市人民政府办公室\n关于印发三门峡市推进县域治理\n示范县赋权工作实施方案的通知\n"
            "三政办〔2020〕19号\n各县(市、区)人民政府,市人民政府各部门:\n"
            "《三门峡市推进县域治理示范县赋权工作实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
            "三门峡市人民政府办公室\n2020年12月11日\n三门峡市推进县域治理示范县赋权工作实施方案\n"
            "一、工作任务\n1.做好权限承接。(市编办牵头)\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (2, "三门峡市人民政府办公室关于印发三门峡市推进县域治理示范县赋权工作实施方案的通知")
    assert identity(plan) == (10, "三门峡市推进县域治理示范县赋权工作实施方案")


def test_spaces_a_web_copy_put_inside_a_title_are_removed():
    text = ("立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通 知\n"
            "各街道办事处，各区直部门：\n现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们。\n"
            "立山区人民政府\n2023年3月28日\n立山区政府2023年重点工作\n\n任务分解和责任分工方案\n"
            "一、重点工作\n1.推进项目建设。\n牵头单位：区发改局\n")
    notice, plan = plans_of(text)
    assert notice["title"] == "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"
    assert identity(plan) == (6, "立山区政府2023年重点工作任务分解和责任分工方案")
    assert plan["tasks"][0]["lead"][0]["written"] == "区发改局"


def test_a_title_repeated_with_its_doc_number_gives_the_number_and_no_plan():
    text = ("鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号\n立山区人民政府关于印发2023年重点工作分工方案的通知\n\n"
            "鞍立政发〔2023〕2号立山区人民政府关于印发2023年重点工作分工方案的通知\n\n"
            "各街道办事处：\n现将《2023年重点工作分工方案》印发给你们。\n立山区人民政府\n2023年3月28日\n"
            "2023年重点工作分工方案\n一、重点工作\n1.推进项目建设。（区发改局牵头）\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (3, "立山区人民政府关于印发2023年重点工作分工方案的通知")
    assert notice["doc_number"] == "鞍立政发〔2023〕2号"
    assert identity(plan) == (11, "2023年重点工作分工方案")


def test_a_doc_number_in_round_brackets_alone_on_its_line_under_the_title():
    """jiangsu-2008-gongzuo-mubiao… (and ningbo-2006, jilin-2014 and eleven more copies): the 文号 set in round
    brackets on the line under the notice's title ((苏政发〔2008〕25号)) is its 文号, written without the brackets; a
    bracketed 文号 inside a sentence is a citation, none."""
    text = ("江苏省政府关于印发2008年工作目标任务分解落实方案的通知\n(苏政发〔2008〕25号)\n"
            "各市、县人民政府,省各委、办、厅、局,省各直属单位:\n现将《省政府2008年工作目标任务分解落实方案》印发给你们。\n"
            "二○○八年二月二十三日\n省政府2008年工作目标任务分解落实方案\n一、目标分解\n"
            "1.地区生产总值增长11%。 (省发展改革委)\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (1, "江苏省政府关于印发2008年工作目标任务分解落实方案的通知")
    assert notice["doc_number"] == "苏政发〔2008〕25号"
    assert identity(plan) == (6, "省政府2008年工作目标任务分解落实方案")
    text = ("某市2008年工作要点\n根据《国务院关于…的通知》(国发〔2008〕5号)要求,制定本要点。\n"
            "一、主要任务\n1.推进改革。(市发改委)\n")
    (plan,) = plans_of(text)
    assert not plan.get("doc_number")


def test_a_letters_date_in_chinese_numerals_is_the_date_it_was_made():
    """jiangsu-2008-gongzuo-mubiao… (二○○八年二月二十三日 under the letter, with the ring for its zero), henan-2011
    (二○一一年七月二十八日), ningbo-2006 and fifteen more: the signature's date in Chinese numerals is the notice's date,
    as one in digits is; an impossible day (二〇二一年二月三十日) gives none."""
    text = ("江苏省政府关于印发2008年工作目标任务分解落实方案的通知\n(苏政发〔2008〕25号)\n"
            "各市、县人民政府,省各委、办、厅、局,省各直属单位:\n现将《省政府2008年工作目标任务分解落实方案》印发给你们。\n"
            "二○○八年二月二十三日\n省政府2008年工作目标任务分解落实方案\n一、目标分解\n"
            "1.地区生产总值增长11%。 (省发展改革委)\n")
    notice, _ = plans_of(text)
    assert notice["written"] == dt.date(2008, 2, 23)
    odd = text.replace("二○○八年二月二十三日", "二〇〇八年二月三十日")
    notice, _ = plans_of(odd)
    assert notice.get("written") is None


def test_a_title_with_its_doc_number_behind_it():
    text = ("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (粤府〔2021〕22号)\n"
            "时间: 2023-02-21\n各地级以上市人民政府，省政府各部门：\n现将方案印发给你们。\n广东省人民政府\n2021年3月21日\n"
            "2021年省《政府工作报告》重点任务分工方案\n一、主要任务\n1.稳定经济增长。（省发展改革委牵头）\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (1, "广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知")
    assert notice["doc_number"] == "粤府〔2021〕22号" and notice["issuer"] == "广东省人民政府"
    assert identity(plan) == (7, "2021年省《政府工作报告》重点任务分工方案") and len(plan["tasks"]) == 1


def test_a_masthead_over_the_doc_number_is_not_the_title():
    text = ("四平市铁西区人民政府督查通知单\n\n四铁西政督字〔2019〕7 号    签发人:刘中文\n\n铁西区人民政府督查室\n\n"
            "关于对城区环境卫生综合整治工作检查情况的\n\n整改通知\n\n区住建局、区执法局:\n  经检查，发现以下问题，请立即整改。\n"
            "四平市铁西区人民政府督查室\n2019年5月15日\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (5, "铁西区人民政府督查室关于对城区环境卫生综合整治工作检查情况的整改通知")
    assert plan["doc_number"] == "四铁西政督字〔2019〕7 号"  # without its 签发人
    assert plan["issuer"] == "四平市铁西区人民政府督查室"  # the signature writes the full name


def test_titles_ending_in_trial_provisional_and_revised():
    text = ("某县人民政府关于印发《某县安全生产约谈办法（试行）》《某县隐患举报奖励办法（暂行）》的通知\n"
            "各乡镇：\n现将两个办法印发给你们。\n某县人民政府\n2024年1月5日\n"
            "某县安全生产约谈办法（试行）\n第一条 为压实责任，制定本办法。\n"
            "某县隐患举报\n奖励办法（暂行）\n第一条 为鼓励举报，制定本办法。\n")
    notice, talks, reward = plans_of(text)
    assert identity(talks) == (6, "某县安全生产约谈办法（试行）")
    assert identity(reward) == (8, "某县隐患举报奖励办法（暂行）")
    (revised,) = plans_of("某市降低企业成本若干政策措施(修订版)\n一、降低税费\n1.落实减税政策。（市税务局负责）\n")
    assert revised["title"] == "某市降低企业成本若干政策措施(修订版)" and len(revised["tasks"]) == 1


def test_a_notice_that_names_its_plan_without_quotes_bundles_it():
    text = ("区人民政府办公室关于印发2020年区政府重点工作责任分解的通知\n各新区、区政府各部门：\n"
            "《2020年区政府重点工作责任分解》已经区政府同意，现印发给你们。\n2020年6月28日\n"
            "2020年区政府重点工作责任分解\n一、稳定经济\n1.抓好项目建设。（区发改局牵头）\n2.扩大消费。（区商务局牵头）\n")
    notice, plan = plans_of(text)
    assert notice["kind"] == "notice" and not notice["tasks"]
    assert identity(plan) == (5, "2020年区政府重点工作责任分解") and plan["parent"] == notice["id"]
    assert len(plan["tasks"]) == 2
    assert notice["issuer"] == plan["issuer"] == "区人民政府办公室"  # no signature: the body before 关于


def test_a_notice_that_sends_its_plans_as_attachments_with_titles_starting_with_digits():
    text = ("某县人民政府办公室关于做好两项重点工作的通知\n各乡镇人民政府：\n请抓好落实。\n"
            "附件：1.12345热线服务提升方案\n2.2024年营商环境工作要点\n某县人民政府办公室\n2024年2月1日\n"
            "附件1\n12345热线服务提升方案\n一、主要任务\n1.压缩办理时限。（县政务服务中心牵头）\n"
            "附件2\n2024年营商环境工作要点\n1.优化审批流程。（县发改局牵头）\n")
    notice, hotline, points = plans_of(text)
    # 1.12345热线… is entry 1, titled 12345热线…; 2.2024年… is entry 2
    assert identity(hotline) == (9, "12345热线服务提升方案") and len(hotline["tasks"]) == 1
    assert identity(points) == (13, "2024年营商环境工作要点") and len(points["tasks"]) == 1
    assert hotline["parent"] == points["parent"] == notice["id"]


def test_a_notice_naming_what_it_sends_by_content_bundles_the_plans_its_attachment_list_titles():
    # the notice's title names no plan's title (…目标任务的通知), its date lost 年 and 月: the 附件 list does
    text = ("某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n各街道办事处，区级各部门：\n"
            "区政府办公室对报告明确的目标任务进行了分解，现印发给你们。\n"
            "附件：1. 2022年预期目标任务分解表\n2. 2022年重点工作任务分解表\n某区人民政府办公室\n2022121日\n"
            "附件1\n2022年预期目标任务分解表\n序号\n预期目标\n责任单位\n1\n地区生产总值增长5%\n区发展改革委\n"
            "附件2\n2022年重点工作任务分解表\n序号\n工作任务\n牵头单位\n1\n推进科学城建设\n区科技局\n")
    notice, targets, work = plans_of(text)
    assert notice["kind"] == "notice" and not notice["tasks"]
    assert identity(targets) == (9, "2022年预期目标任务分解表") and identity(work) == (17, "2022年重点工作任务分解表")
    assert targets["parent"] == work["parent"] == notice["id"]
    assert [t["line"] for t in targets["tasks"]] == [13] and [t["line"] for t in work["tasks"]] == [21]


def test_an_attachment_list_set_below_the_signature_its_label_alone_on_a_line():
    # hanyin-2022-nongchanpin…: the notice names its 实施方案 (not in the copy); below its signature and date the page
    # sets "附件:" alone on a line over its entries one a line, then 附件1 and the table's own title (written a little
    # otherwise than its entry): that table is the plan the notice sends, its title as the body writes it, and the
    # list's entries are no tasks
    text = ("某县人民政府办公室关于印发某县农产品质量安全工作方案的通知\n各镇人民政府,县政府有关部门:\n"
            "现将方案印发给你们,请认真贯彻执行。\n某县人民政府办公室\n2022年10月10日\n附件:\n"
            "1.某县农产品质量安全试点县重点任务分解表\n2.某县农产品质量安全工作领导小组成员名单\n附件1\n"
            "某县农产品质量安全试点重点任务分解表\n序号 | 主要指标 | 责任单位 |\n1 | 累计认证生产经营主体(个) | 县农业农村局 |\n"
            "2 | 累计建成县级园区(个) | 县发改局 |\n")
    notice, table = plans_of(text)
    assert notice["kind"] == "notice" and not notice["tasks"]
    assert identity(table) == (10, "某县农产品质量安全试点重点任务分解表") and table["parent"] == notice["id"]
    assert [t["line"] for t in table["tasks"]] == [12, 13]


COVERING = """各区县人民政府，市府各部门：
《2020年政府工作报告重点工作责任分解》已经市政府同意，现印发给你们，请认真组织实施。
湖光市人民政府办公室
2020年5月22日
附件1
2020年政府工作报告重点工作责任分解
一、重点工作
1.支持企业发展。
责任单位：市经信局、市财政局
"""


def test_a_covering_letter_with_no_title_sends_the_plan_below_it():
    (plan,) = plans_of(COVERING)
    assert identity(plan) == (6, "2020年政府工作报告重点工作责任分解")
    assert plan["issuer"] == "湖光市人民政府办公室" and plan["written"] == dt.date(2020, 5, 22)
    assert [t["line"] for t in plan["tasks"]] == [8]


def test_a_plan_whose_only_title_is_its_attachment_entry():
    text = ("区政府各部门，各街道办事处：\n现将2019年目标任务分解如下，请抓好落实。\n"
            "附件：1. 2019年《政府工作报告》目标任务分解表\n2. 2019年民生实事项目目标任务分解表\n"
            "上城区人民政府办公室\n2019年2月15日\n附件1 |\n"
            "序号 | 任务名称 | 牵头部门 |\n1 | 地区生产总值 | 区发改局 |\n2 | 服务业增加值 | 区商务局 |\n")
    (plan,) = plans_of(text)  # 附件2 is not in the text: no plan for it
    assert identity(plan) == (3, "2019年《政府工作报告》目标任务分解表")
    assert [t["line"] for t in plan["tasks"]] == [9, 10]


def test_a_headline_over_the_end_of_a_covering_letter_gives_way_to_the_plan_title():
    text = ("贯彻落实《关于加强街道工作的意见》的任务分解方案\n栏目:策划方案发布:2019-04-17浏览:30\n认真贯彻执行。\n"
            "中共某区委办公室\n某区人民政府办公室\n2019 年 4 月 16 日\n— 2 —\n"
            "某区贯彻落实《关于加强街道工作的\n意见》的任务分解方案\n一、主要任务\n1.完善体制机制。（区委组织部牵头）\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (8, "某区贯彻落实《关于加强街道工作的意见》的任务分解方案")
    assert plan["issuer"] == "中共某区委办公室、某区人民政府办公室"  # a joint signature, one office a line


def test_web_copy_wrappers_around_a_title():
    lead = plans_of("日前，某市印发《某市蓝天保卫战实施方案》。全文如下：\n某市蓝天保卫战实施方案\n一、主要任务\n1.压减燃煤。\n")
    assert [identity(p) for p in lead] == [(2, "某市蓝天保卫战实施方案")]
    (quoted,) = plans_of("《关于帮助市场主体纾困解难的实施细则》\n一、财税支持\n1.争取专项资金。\n")
    assert quoted["title"] == "关于帮助市场主体纾困解难的实施细则"
    (tagged,) = plans_of("导航菜单\n\n(湖北省)2023年某市《政府工作报告》目标任务责任分解方案\n\n1.加强就业服务。\n")
    assert identity(tagged) == (3, "2023年某市《政府工作报告》目标任务责任分解方案")
    (part,) = plans_of("2025年省《政府工作报告》重点工作分工方案(一)\n\n一、稳增长\n1.扩大有效投资。\n")
    assert part["title"] == "2025年省《政府工作报告》重点工作分工方案"


def test_a_tagline_a_mirror_set_behind_a_notice_title_with_a_dash():
    """某省减灾委员会关于印发2022年工作要点的通知-某某官网真人游戏第一品牌 over the addressees: the notice's title,
    the tagline behind its dash no part of it (a dash inside a title, before its title word, stays)."""
    text = ("某省减灾委员会关于印发2022年工作要点的通知-九游会官网真人游戏第一品牌\n各市减灾委员会:\n现印发给你们,请认真贯彻落实。\n"
            "某省减灾委员会\n2022年4月25日\n某省减灾委员会2022年工作要点\n一、强化统筹协调\n1.提升统筹协调能力。(省应急厅牵头)\n")
    assert [identity(p) for p in plans_of(text)] == [(1, "某省减灾委员会关于印发2022年工作要点的通知"), (6, "某省减灾委员会2022年工作要点")]
    assert clean("关于开展“生命重于泰山-安全生产”宣传活动的通知") == "关于开展“生命重于泰山-安全生产”宣传活动的通知"


def test_a_body_named_with_a_bare_level_behind_the_dash_is_the_share_the_title_names():
    """linyi-2020 (held-out set 90): a bureau's page headline "2020年临沂市政府工作报告责任分工-市交通运输局" over the
    report's items it leads — the body behind the dash, named with a bare level, is whose share the list is (a site
    names itself in full or by a brand): it stays in the title."""
    text = ("2020年临沂市政府工作报告责任分工-市交通运输局\n\n"
            "28.加快农村公路提档升级。\n\n牵头单位:市交通运输局\n\n配合单位:市农业农村局、市财政局等。\n")
    assert [identity(p) for p in plans_of(text)] == [(1, "2020年临沂市政府工作报告责任分工-市交通运输局")]


def test_a_tagline_a_mirror_set_alone_above_and_glued_in_front_of_the_title():
    """A betting-spam mirror's tagline alone on the page's first line and again where the sender and 关于 stood
    (…投注网站@印发某区…的通知): the notice's title less the tagline; a sender alone above its own title stays."""
    text = ("2024欧洲杯买球平台官网_投注网站@\n政府文件\n2024欧洲杯买球平台官网_投注网站@印发某区电动自行车整治行动实施方案的通知\n"
            "某政办发〔2024〕13 号\n各乡镇街道、区政府各部门:\n现将《某区电动自行车整治行动实施方案》印发给你们,请认真贯彻执行。\n"
            "某区人民政府办公室\n2024年8月1日\n某区电动自行车整治行动实施方案\n一、整治重点\n(一)整治违规充电。(区消防救援大队牵头)\n")
    assert [identity(p) for p in plans_of(text)] == [(3, "印发某区电动自行车整治行动实施方案的通知"), (9, "某区电动自行车整治行动实施方案")]
    sender = ("各市州人民政府:\n现将《某省安全生产委员会2020年工作要点》印发你们。\n某省安全生产委员会\n2020年3月3日\n"
              "某省安全生产委员会2020年工作要点\n一、压实责任\n1.强化属地责任。(省应急厅牵头)\n")
    assert [identity(p) for p in plans_of(sender)] == [(5, "某省安全生产委员会2020年工作要点")]


def test_a_mirrors_tagline_with_a_comma_standing_for_the_place_in_the_titles():
    """A betting-spam mirror's tagline, two phrases parted by a comma, alone on the page's first line and glued
    in for the place's name wherever it stood (某某平台,某某app市人民政府办公室关于印发某某平台,某某app市…): its comma
    parts no sentence, so the notice's title block wrapped over two lines and the plan's title are titles, and the
    tagline before the rest of a name (市人民政府办公室) holds the place's slot: kept as written (jieyang-2019)."""
    text = ("某某平台,某某app\n\n某某平台,某某app市人民政府\n\n"
            "某某平台,某某app市人民政府办公室关于印发某某平台,某某app市城市\n\n黑臭水体治理验收工作方案的通知\n\n"
            "某府办〔2019〕40号\n\n甲区、乙区人民政府,市府直属有关单位:\n\n"
            "《某某平台,某某app市城市黑臭水体治理验收工作方案》已经市人民政府常务会议审议通过,现印发给你们,请认真组织实施。\n\n"
            "某某平台,某某app市人民政府办公室\n\n2019年9月6日\n\n某某平台,某某app市城市黑臭水体治理验收工作方案\n\n"
            "为全面消除黑臭水体,结合实际,制定本方案。\n\n一、指导思想\n\n全面贯彻党的十九大精神。\n")
    assert [identity(p) for p in plans_of(text)] == [
        (5, "某某平台,某某app市人民政府办公室关于印发某某平台,某某app市城市黑臭水体治理验收工作方案的通知"),
        (19, "某某平台,某某app市城市黑臭水体治理验收工作方案")]
    # a comma-parted line at the top that is glued in nowhere else is no tagline: its lines fold as they are
    lines = split_lines("卫生城市你我共建,幸福某地你我共享\n某市关于实施安全工程的意见\n")
    assert lines[0].fold == "卫生城市你我共建,幸福某地你我共享"


def test_a_pages_bulleted_fields_with_a_space_before_their_colon_are_furniture_below_its_headline():
    # jinghong-2019: the page's headline, its fields bulleted with a space before the colon (• 来源 :…, • 发布时间 :…),
    # the 文号, then the document's title block wrapped over two lines over the addressees: that block is the title,
    # the headline above the fields the page's (the fields no table's cells that would end the head)
    text = """某市人民政府关于实施安全工程三年行动计划(2018—2020年)的意见

  • 来源 :某市人民政府
  • 访问次数 :
  • 发布时间 :2019-04-04 10:25

某政发〔2019〕24号

某市人民政府关于实施安全工程三年行动

计划(2018—2020年)的意见

各乡镇人民政府,街道办事处,有关单位:

为进一步夯实安全生产基础,结合实际,现制定本意见。
"""
    assert [identity(p) for p in plans_of(text)] == [(9, "某市人民政府关于实施安全工程三年行动计划(2018—2020年)的意见")]


def test_a_covering_letter_whose_plan_lost_its_title_names_it():
    """A copy with no title line: the addressees, the letter sending 《X》, its signature and date, then the plan's
    opening paragraph (no title, no heading) and its items. The plan is the one the letter names, not the paragraph;
    its items are its tasks."""
    text = ("各镇人民政府,区政府有关部门:\n现将《2025年全区安全生产和消防工作要点》印发给你们,请认真贯彻执行。\n"
            "某区人民政府\n2025年3月24日\n2025年全区安全生产和消防工作坚持统筹发展和安全,以高水平安全保障高质量发展,"
            "为全区建设提供坚实的安全基础。\n(一)落实党政领导干部责任。(区应急局牵头)\n(二)落实行业部门监管责任。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "2025年全区安全生产和消防工作要点" and plan["issuer"] == "某区人民政府"
    assert [t["line"] for t in plan["tasks"]] == [6, 7]
    assert [u["written"] for u in plan["tasks"][0]["lead"]] == ["区应急局"]


def test_issuer_is_the_sending_body_and_the_page_publisher_is_kept_apart():
    # a short sender before 关于; the page's 发文机关 field is the publisher
    text = ("发文机关: 国务院办公厅 发布日期: 2020-05-20\n国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2020〕6号\n"
            "各省、自治区、直辖市人民政府：\n一、主要任务\n1.稳就业。（人力资源社会保障部牵头）\n")
    (plan,) = plans_of(text)
    assert plan["issuer"] == "国务院" and plan["publisher"] == "国务院办公厅" and plan["doc_number"] == "国发〔2020〕6号"
    # traditional characters: the sender as written
    (trad,) = plans_of("西安市人民政府辦公廳關于支持實體經濟發展若干財稅措施的意見\n市政辦發〔2018〕72號\n各區、縣人民政府：\n一、支持工業\n(一)加大投入。\n")
    assert trad["issuer"] == "西安市人民政府辦公廳" and trad["doc_number"] == "市政辦發〔2018〕72號"
    # a news copy names the sender in its lead
    news = ("某省省长、副省长2024年牵头重点工作公布\n\n近日，某省人民政府办公厅印发2024年政府工作报告重点工作责任分解的通知，"
            "公布分工。\n\n2024年政府工作报告重点工作责任分解\n\n1.稳定经济增长。\n\n责任单位：省发展改革委\n")
    (copied,) = plans_of(news)
    assert identity(copied) == (5, "2024年政府工作报告重点工作责任分解") and copied["issuer"] == "某省人民政府办公厅"
    # nothing names a sender: the page's 来源 stands for it
    (only_source,) = plans_of("芜湖市2024年教育工作要点\n发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:\n一、重点工作\n1.推进课后服务。\n")
    assert only_source["issuer"] == only_source["publisher"] == "芜湖市教育局"


def test_a_sites_section_named_with_no_place_or_level_sends_no_provinces_plan():
    """hunan-2011-shierwu… (怀化市发改委's site reposting 湖南's 十二五 纲要, 信息來源:發改委) and gansu-minzu-tuanjie… (a
    college's 宣传统战部): the page's source, a body named with neither place nor level, is the reposting site's own, no
    sender of a province's plan (the publisher still); a county bureau named by its level stays the issuer."""
    text = ("首頁 > 政務公開 > 規劃計劃\n湖南省國民經濟和社會發展第十二個五年規劃綱要\n"
            "發布時間:2015-05-29 21:21 信息來源:發改委\n目 錄\n第一章 全面推進“四化兩型”建設\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (2, "湖南省國民經濟和社會發展第十二個五年規劃綱要")
    assert plan.get("issuer") is None and plan["publisher"] == "發改委"
    (own,) = plans_of("某县2024年农业工作要点\n发布时间:2024-03-28 09:33信息来源: 县农业农村局阅读次数:\n"
                      "一、重点工作\n1.推进高标准农田建设。\n")
    assert own["issuer"] == "县农业农村局"


def test_the_plan_page_shows_the_publisher_when_it_is_not_the_issuer():
    portal, _ = load(FIXTURES / "portal")
    look = Lookups(portal, dt.date(2024, 6, 15))
    plan = portal.plan_by_id["shifan-2024"]
    meta = dict(pages.plan(look, dataclasses.replace(plan, publisher="示范区应急管理局")).context["meta"])
    assert meta["发文单位"] == "示范区安全生产委员会办公室" and meta["发布机构"] == "示范区应急管理局"
    same = dict(pages.plan(look, dataclasses.replace(plan, publisher=plan.issuer)).context["meta"])
    assert "发布机构" not in same


def test_a_notice_page_that_holds_only_the_plan_text_is_that_plan():
    text = ("某市人民政府办公室关于印发《某市降低企业成本实施方案（修订）》的通知\n发布时间:2018年11月30日\n"
            "为降低企业成本，制定本方案。\n一、主要措施\n1.降低用电成本。（市发展改革局牵头）\n2.降低物流成本。（市交通运输局牵头）\n")
    (plan,) = plans_of(text)  # no plan title and no signed letter below the notice's title
    assert plan["kind"] == "plan" and [t["number"] for t in plan["tasks"]] == ["1.", "2."]
    assert plan["issuer"] == "某市人民政府办公室"


def test_page_furniture_is_no_title_and_no_task_line():
    text = ("返回首页\n网站支持IPV6 | 无障碍阅读 | 适老化模式\nhttps://www.example.gov.cn/\n某县2024年工作要点\n"
            "一、重点工作\n1.推进项目建设。\n- 2 -\n2.扩大有效投资。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (4, "某县2024年工作要点") and [t["line"] for t in plan["tasks"]] == [6, 8]
    assert "2" not in plan["tasks"][0]["text"]  # the page number below it is not its text


def test_a_site_menu_flattened_as_bulleted_entries_parted_by_pipes_is_no_title():
    # a menu's list items each keep the "|" that parted them on the page (• 设为首页| / • 长辈版|): whatever word an
    # entry holds, it is furniture, so the title block below is the plan's
    text = ("• 设为首页|\n  • 加入收藏|\n  • 长辈版|\n  • 读屏模式|\n您现在所在的位置: 网站首页> 市农业农村局> 计划总结\n"
            "某市2022年农业农村工作要点\n一、重点工作\n1.推进高标准农田建设。(市农业农村局牵头)\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "某市2022年农业农村工作要点") and [t["line"] for t in plan["tasks"]] == [8]


def test_a_pipe_row_of_labelled_fields_some_left_empty_is_no_title():
    # a page's metadata copied as pipe rows, a label with its colon in each field's first cell; a label no list
    # knows (文件编号) with its value left empty beside a known one is still a field, not the title
    text = ("索引号: | 002564299/2020-00038 | 成文日期: | 2020-10-28 |\n文件编号: | 发布机构: | 某市住房和城乡建设局 |\n"
            "某市2020年住房城乡建设工作要点\n1.推进老旧小区改造。(责任单位:市住建局)\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (3, "某市2020年住房城乡建设工作要点") and [t["line"] for t in plan["tasks"]] == [4]


def test_a_title_no_title_word_ends_is_found_where_the_pages_title_field_sets_it_again():
    # the site's name on the first line, the page's 标题 field, then the title again on its own line: it ends in no
    # word a plan title ends in (…工作落实结果), yet the field says it is the title, not the site's name above
    text = ("某区文化和旅游局\n标题: 某区文化和旅游局2021年政府工作报告第二季度工作落实结果\n"
            "索引号: 11370303/2021-5206015 文号:\n\n某区文化和旅游局2021年政府工作报告第二季度工作落实结果\n\n"
            "序号 | 目标任务 | 责任单位 | 第二季度工作落实情况 |\n1 | 推进文旅融合发展 | 产业科 | 已完成 |\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (5, "某区文化和旅游局2021年政府工作报告第二季度工作落实结果")
    assert [t["line"] for t in plan["tasks"]] == [8]


def test_addressees_naming_streets_by_a_bare_jie_open_the_letter_above_the_plans_title():
    # 各镇、街: 街 alone for 街道, a bare level in the list as 县 or 镇 is (and a space before the colon); the
    # copy opens at its addressees, so the title is the one below the letter, the 附件 it names
    text = ("各镇、街,各管委会,区直各办、局,各有关单位 :\n为贯彻落实省政务公开工作要点,现将主要任务分解如下。\n"
            "附件:2021年政务公开工作主要任务分解表\n某区人民政府办公室\n2021年6月29日\n"
            "2021年政务公开工作主要任务分解表\n序号 | 工作任务 | 牵头单位 |\n1 | 推进决策公开 | 区政府办 |\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "2021年政务公开工作主要任务分解表") and [t["line"] for t in plan["tasks"]] == [8]


def test_a_national_notices_long_list_of_ministries_opens_the_letter_above_the_plans_title():
    # a national notice's addressees: over 200 characters of short names, some with endings no local organ has
    # (人民银行, 海关总署, 中国科协); the copy opens at them, so the title is the one below the letter
    ministries = "、".join(["中央组织部", "中央宣传部", "外交部", "发展改革委", "教育部", "科技部", "工业和信息化部", "公安部",
                           "司法部", "财政部", "人力资源社会保障部", "生态环境部", "农业农村部", "商务部", "文化和旅游部",
                           "卫生健康委", "人民银行", "国资委", "海关总署", "市场监管总局", "广电总局", "统计局", "国管局",
                           "中科院", "银保监会", "证监会", "国防科工局", "林草局", "邮政局", "中医药局", "知识产权局",
                           "中央政法委", "中央网信办", "最高人民法院", "最高人民检察院", "中央军委装备发展部",
                           "贸促会", "中国科协"])
    assert len(ministries) > 200
    text = (ministries + ":\n经联席会议同意,现将《知识产权强国建设年度推进计划》印发给你们,请认真贯彻执行。\n"
            "某联席会议办公室\n2021年12月27日\n知识产权强国建设年度推进计划\n一、完善知识产权制度\n"
            "1.推进修订专利法实施细则。(市场监管总局、知识产权局负责)\n")
    (plan,) = plans_of(text)
    assert identity(plan)[1] == "知识产权强国建设年度推进计划"
    assert [t["line"] for t in plan["tasks"]] == [7]


def test_a_metadata_table_row_of_unknown_fields_between_known_ones_is_no_title():
    # 公开范围 | 面向社会 | 公开时限 | 长期公开 |: labels no list knows, in a row between two rows of known fields
    rows = ("索引号 | 000330185/2022-86781 | 公开方式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
            "发布单位 | 区府办 | 发文日期 | 2022-11-03 |\n")
    table = "序号 | 项目内容 | 责任单位 | 完成时限 |\n1 | 新建成公办幼儿园7所。 | 区教育局 | 2022年底 |\n"
    (plan,) = plans_of(rows + "2022年区政府民生实事项目进展情况表(截至9月底)\n" + table)
    assert identity(plan) == (4, "2022年区政府民生实事项目进展情况表(截至9月底)") and [t["line"] for t in plan["tasks"]] == [6]
    # below the last known row, a table's header of the same layout stays the table's header
    (plan,) = plans_of(rows + table)
    assert [t["line"] for t in plan["tasks"]] == [5] and [[r["written"] for r in t["units"]] for t in plan["tasks"]] == [["区教育局"]]


def test_a_dateline_in_brackets_under_the_title_is_no_part_of_it():
    # a printed plan's date set in brackets on the line below its title: the title ends above it
    for dateline in ("(2025年04月08日)", "（2025年4月8日）"):
        text = (f"某镇2025年度环境综合整治专项行动工作实施方案\n{dateline}\n为扎实推进环境综合整治,制定本方案。\n"
                "一、重点任务\n(一)整治河道。(镇农业农村办牵头)\n")
        (plan,) = plans_of(text)
        assert identity(plan) == (1, "某镇2025年度环境综合整治专项行动工作实施方案") and [t["line"] for t in plan["tasks"]] == [5]


def test_a_letter_signed_with_a_date_that_lost_its_nian_and_a_bracketed_note_on_publicity_above_the_plans_title():
    # "20223月23日": the copy lost 年 of the signature date; "(信息公开形式:主动公开)": the document's note on how it is
    # made public; the plan's title is the one below both
    text = ("某委办发〔2022〕2号\n\n某委员会各成员单位、有关单位:\n\n现将《某行动2022年工作要点》印发给你们,请认真贯彻落实。\n\n"
            "某委员会办公室\n\n20223月23日\n\n(信息公开形式:主动公开)\n\n某行动2022年工作要点\n\n"
            "一、重点工作\n\n(一)组织开展监测评估。(国家卫生健康委负责)\n")
    plans = plans_of(text)
    assert [identity(p) for p in plans][-1] == (13, "某行动2022年工作要点")
    assert [t["line"] for t in plans[-1]["tasks"]] == [17]


def test_a_copy_with_no_title_block_takes_the_annex_tables_title_for_its_plans():
    # a 公示's paragraphs, contact lines and sender, then 附件 alone, a short line and a table's header: the short
    # line titles the table, which is the plan (not the notice's first sentence)
    text = ("根据督察反馈意见,反馈问题:部分群众信访投诉办理不及时。现将有关整改完成情况予以公示。\n"
            "公示时间:2022年7月22日\n联系人:张三\n某县突出环境问题整治工作指挥部办公室\n附件\n"
            "某县贯彻落实督察反馈意见整改情况\n问题序号 | 具体内容 | 整改措施 | 责任单位 | 完成时限 |\n"
            "1 | 信访投诉办理不及时 | 建立台账逐件办理 | 县信访局 | 长期坚持 |\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "某县贯彻落实督察反馈意见整改情况") and [t["line"] for t in plan["tasks"]] == [8]


def test_a_page_date_above_the_title_is_not_its_signature():
    (plan,) = plans_of("首页 > 政务公开\n2024年3月1日\n某县2024年安全生产工作要点\n一、重点工作\n1.开展排查。（县应急局牵头）\n")
    assert identity(plan) == (3, "某县2024年安全生产工作要点") and len(plan["tasks"]) == 1


def test_a_plan_signed_at_its_end_and_a_table_that_ends_in_a_date():
    signed = "某县2024年安全生产工作要点\n一、重点工作\n1.开展排查。（县应急局牵头）\n各单位要认真落实。\n某县安全生产委员会\n2024年3月1日\n"
    assert plans_of(signed)[0]["issuer"] == "某县安全生产委员会"
    table = "某县2024年重点工作清单\n序号\n工作任务\n责任单位\n完成时间\n1\n开展排查\n县应急局\n2024年12月31日\n"
    assert plans_of(table)[0].get("issuer") is None  # the last row's unit and deadline cells are no signature
    notice = "关于做好汛期安全工作的通知\n各乡镇：\n请做好汛期安全工作。\n特此通知\n某县防汛抗旱指挥部办公室\n2024年5月6日\n"
    assert plans_of(notice)[0]["issuer"] == "某县防汛抗旱指挥部办公室"


def test_metadata_labels_and_a_table_header_that_starts_with_one():
    from planportal.importer.text import is_furniture, metadata, split_lines

    page = split_lines("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n"
                       "標  題:\n\n某區2023年工作要點\n名称 | 目标 | 责任单位 |\n")
    assert [is_furniture(ln) for ln in page if not ln.blank] == [True, True, True, False, False]
    assert metadata(page) == {"published": dt.date(2023, 1, 3), "publisher": "区人民政府办公室", "doc_number": "蔡政办〔2023〕1号",
                              "title_field": "某区2023年工作要点"}


def test_a_metadata_field_ends_where_a_field_no_list_knows_follows_it_on_its_line():
    from planportal.importer.text import metadata, split_lines

    page = split_lines("政府信息公开\n发布机构: 广元市昭化区射箭乡人民政府 发布时间: 2018-09-05 字体: [ ]\n")
    assert metadata(page)["publisher"] == "广元市昭化区射箭乡人民政府"


def test_a_date_in_a_table_cell_ends_no_covering_letter():
    from planportal.importer.head import letter
    from planportal.importer.text import split_lines

    cells = split_lines("各乡镇人民政府：\n现将任务分解如下。\n序号\n工作任务\n完成时间\n1\n开展排查\n2024年6月30日\n")
    assert letter(cells, 0) == []  # the letter never reaches a date: the table's cell is none
    signed = split_lines("各乡镇人民政府：\n现将方案印发给你们。\n某县人民政府\n2024年6月3日\n某县方案\n")
    assert [ln.no for ln in letter(signed, 0)] == [1, 2, 3, 4]


def test_a_column_label_glued_before_the_notice_title_is_not_part_of_it():
    text = ("【年度重点工作】某市人民政府关于2024年重点工作分工的通知\n发布时间:2024-02-03\n各县、区人民政府,市政府各部门:\n"
            "现将2024年重点工作分工通知如下。\n1.推进项目建设。(市发展改革委牵头)\n")
    assert identity(plans_of(text)[0]) == (1, "某市人民政府关于2024年重点工作分工的通知")
    from planportal.importer.titles import clean

    assert clean("【专题】防汛抢险") == "【专题】防汛抢险"  # what follows the label is no title of its own


def test_a_home_link_and_a_bulleted_metadata_block_above_the_title_are_page_furniture():
    # "首页" alone is a breadcrumb's first step; a run of bulleted label:value lines, most of them known
    # metadata fields, is the page's metadata even where a label is one no rule knows (文件类型, 所属单位)
    text = ("首页\n>政府信息公开>文件库>部门文件\n  • 发文机关:某镇人民政府\n  • 主题分类:应急管理\n  • 文件类型:其他文件\n"
            "  • 成文日期:2024-03-01\n  • 公开发布日期:2024-03-01\n  • 发文字号:某政发〔2024〕3号\n  • 所属单位:某镇人民政府\n\n某镇人民政府关于印发《某镇安全生产工作要点》的通知\n\n"
            "某政发〔2024〕3号\n\n各村、社区:\n现将《某镇安全生产工作要点》印发给你们,请认真贯彻落实。\n")
    # "首页" on its own line is never a title, nor the first half of one wrapped over two lines
    assert identity(plans_of("首页\n某县2024年工作要点\n一、重点工作\n1.推进项目建设。\n")[0]) == (2, "某县2024年工作要点")
    assert identity(plans_of(text)[0]) == (11, "某镇人民政府关于印发《某镇安全生产工作要点》的通知")


def test_a_document_flattened_onto_one_line_keeps_its_title_to_its_own_end_word():
    # title, site metadata, 文号, addressees and body run together: the title ends at its 的通知
    # (not at the one inside 《》), the 文号 further on the line shows the rest is no title
    text = ("某省人民政府关于印发《某省加强安全生产工作的通知》实施细则的通知办公厅2024-03-01发布日期:20240301"
            "某政发〔2024〕3号各市、县人民政府,省政府各部门:现将实施细则印发给你们,请认真贯彻执行。\n")
    assert identity(plans_of(text)[0]) == (1, "某省人民政府关于印发《某省加强安全生产工作的通知》实施细则的通知")


def test_a_sharing_sites_label_and_the_doc_number_glued_before_a_one_line_notices_title_are_no_part_of_it():
    # "文档介绍:" and the 文号 run straight into the title (longquanyi-2009): the title starts after them
    text = ("文档介绍:龙府发〔2009〕23号成都市某区人民政府关于2009年重点推进重大项目有关事项的通知各街道办事处、镇(乡)人民政府,"
            "区政府有关部门:为保持区域经济平稳较快发展,根据市政府《关于2009年重点推进43个重大项目的通知》(成府发〔2009〕23号)精神,"
            "经区政府研究,决定对十陵景区项目等9个重大项目予以重点推进。"
            "附件:某区2009年重点推进的9个重大项目情况表二○○九年五月十四日主题词:经济管理项目推进通知\n")
    assert identity(plans_of(text)[0]) == (1, "成都市某区人民政府关于2009年重点推进重大项目有关事项的通知")


def test_a_plan_flattened_onto_one_line_opens_with_its_title_and_its_items_run_on_after_it():
    # a sharing site's copy on one line, its page number glued before the title's year (12023年…): the title
    # ends at its first plan word, and the items on the same line are the plan's tasks
    text = ("12023年街道2023年工作规划今年是实施规划的关键之年。全街道上下要深化学习,凝心聚力。确保第一步迈准、迈稳,"
            "迈出新气象、迈出新成效、迈出新作为。(一)坚持以党建为统领,为基层建设聚力增效。一是聚焦村“两委”换届,"
            "配齐配强村级党组织班子。二是完成辖区内不发展党员村“动态清零”。(二)坚持服务好科创城建设为引领,"
            "全街道上下一心,挂图作战、倒排工期,力争在2023年完成职业学院二期等在建工程建设并投入使用,完成农研中心"
            "建设。全力推动重点项目建设,确保按期交付,努力开创街道发展新局面,为全区高质量发展作出新贡献。紧紧围绕"
            "提升片区开发品质的工作目标,牢牢抓住建设的黄金时机,真抓实干,依据时间节点全体推动。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert identity(plan) == (1, "2023年街道2023年工作规划")
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]
    assert [d["text"] for d in plan["tasks"][1]["deadlines"]] == ["2023年"]


def test_a_file_name_over_a_one_line_copy_whose_title_the_sites_text_layer_reworded():
    # unknown-district-2022-zijianfang: a sharing site's file name (XX区自建房安全专项整治工作方案.docx) over the
    # document on one line whose own title, glued to its preamble, has a word rewritten by the site's text layer (平安
    # for 安全): the title is the line's opening as long as the name, as the text writes it; the file name is the site's
    body = ("某区自建房平安专项整治工作方案为坚决防范重大事故发生,切实保障人民群众生命财产平安,结合本区实际,制定本工作方案。"
            "一、总体要求坚持人民至上、生命至上,严格落实各级党委和政府属地责任。" * 2 + "\n")
    (plan,) = plans_of("某区自建房安全专项整治工作方案.docx\n" + body)
    assert identity(plan) == (2, "某区自建房平安专项整治工作方案")
    # a line that opens otherwise (another name, or too many words changed) is no title of the file's
    other = body.replace("某区自建房平安专项整治工作方案为", "某县农村危房改造巩固提升方案为")
    assert all(identity(p) != (2, "某县农村危房改造巩固提升方案") for p in plans_of("某区自建房安全专项整治工作方案.docx\n" + other))


def test_a_pages_headline_over_an_attachment_label_and_the_attachments_own_title():
    # unknown-place-2022-qinglian (set 87): a sharing site's headline "清廉机关责任分工", a PDF page stamp, "附件2" and
    # the attachment's own title "清廉机关建设任务分工" over its table: the attachment's title is the plan's, the headline
    # (much the same words) the site's
    text = ("清廉机关责任分工\n\n— 15   -\n\n附件2\n\n清廉机关建设任务分工\n\n考评项目\n\n具体内容\n\n考评标准\n\n责任科室\n\n"
            "强化组织领导\n\n(5分)\n\n1.认真学习全面从严治党的重要论述,专题研究部署清廉机关建设,2分。未专题研究的,每项扣0.5分。\n\n机关纪委\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (7, "清廉机关建设任务分工")
    # a headline over an attachment of other words keeps its place
    other = text.replace("附件2\n\n清廉机关建设任务分工", "附件2\n\n安全生产考核细则")
    assert identity(plans_of(other)[0]) == (1, "清廉机关责任分工")


def test_a_model_sites_headline_giving_another_year_over_the_documents_own_title():
    # licheng-2020 (set 87): a model-text site's headline "2022年精神文明建设工作重点" over its post line and blurb, the
    # document's own title "2021年精神文明建设工作重点" below, over its text: the lower is the title as the text writes it
    text = ("您的当前位置:某某文秘网 > 专题范文 > 公文范文 >\n\n2022年精神文明建设工作重点\n\n时间:2022-06-14 16:55:17 来源:网友投稿\n"
            "导读: 2021年精神文明建设工作重点2021年是全面建成小康社会和“十三五”规划收\n\n 2021年精神文明建设工作重点\n\n\n"
            "         2021年是全面建成小康社会和“十三五”规划收官之年。全区精神文明建设工作要以新思想为指导,不断提高全社会文明程度。\n\n"
            "  一、深入学习宣传贯彻新思想\n\n  强化理论武装,推进党的创新理论大众化普及化。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (8, "2021年精神文明建设工作重点")
    # a paragraph below that opens with the title's words is no setting of it
    other = text.replace(" 2021年精神文明建设工作重点\n", " 2021年精神文明建设工作重点已经区委同意,现予以印发。\n")
    assert identity(plans_of(other)[0]) == (3, "2022年精神文明建设工作重点")


def test_a_pages_field_values_without_labels_one_a_line_give_no_title():
    # xiangshan-2025 (set 87): a county site's 政府信息公开 fields copied as their values alone, one a line (索引号,
    # 部门文件, 县级政策, 教育, date, 县教育局, 县教育局, 通知, 主动公开, -), over the body with no title of its own: the
    # sender's value and the 文种's (县教育局 / 通知) are no title wrapped over two lines
    text = ("002961825/2025-170757\n部门文件\n县级政策\n教育\n2025-05-27\n县教育局\n县教育局\n通知\n主动公开\n-\n"
            "2025年县教育局机关党委以高质量党建引领教育高质量发展。 一、坚持政治统领 1.强化政治机关建设。始终把党的政治建设摆在首位。"
            " 2.深化党的创新理论学习。坚持把学习贯彻党的创新理论作为首要政治任务。\n")
    assert all(p["title"] != "县教育局通知" for p in plans_of(text))
    # a title wrapped before its last word keeps it (…关于…的 / 通知)
    wrapped = "某县教育局关于印发2025年党建工作要点的\n通知\n各学校:\n现将要点印发给你们。\n某县教育局\n2025年5月27日\n"
    assert plans_of(wrapped)[0]["title"] == "某县教育局关于印发2025年党建工作要点的通知"


def test_a_one_line_copy_opening_with_the_sites_title_glued_to_the_documents_own_reworded_by_its_text_layer():
    # unknown-county-jiaotongju: a sharing site's title glued straight in front of the document's own on one line
    # (…意识形态工作责任制实施方案…意识形态工作责任制实行方案 为认真…), the site's text layer having rewritten a word of the
    # document (实行 for 实施): the title is the second, as the text writes it
    body = (" 为认真贯彻落实上级关于意识形态工作的部署要求,进一步加强和改进意识形态工作,确保责任落实。结合我局工作实际,特制定本方案。"
            " 1、工作职责 (1)局党组领导班子对机关各股室意识形态工作负主体责任。 (2)局党组书记是意识形态工作第一责任人。"
            " 2、党组工作责任 (1)要认真贯彻落实上级关于意识形态工作的决策部署,每年至少两次专题研究意识形态工作。" * 2 + "\n")
    (plan,) = plans_of("某县交通运输局党组意识形态工作责任制实施方案某县交通运输局党组意识形态工作责任制实行方案" + body)
    assert identity(plan) == (1, "某县交通运输局党组意识形态工作责任制实行方案")
    # a title that runs on into another opening (not the same title reworded) keeps its own words
    (plan,) = plans_of("某县交通运输局党组意识形态工作责任制实施方案某县农村公路养护管理工作巩固提升实施方案" + body)
    assert identity(plan)[1] == "某县交通运输局党组意识形态工作责任制实施方案"


def test_a_file_name_and_its_card_over_a_one_line_copy_whose_title_follows_the_first_page_number():
    # zhucheng-2021: a sharing site's file name (…计划方案(2021-2022年)(18页).docx), its file card one entry a line
    # (下载文档 / 上传人:… / 编号:… / date / pages / size), then the document on one line, the site's page numbers
    # glued in (1、 before the title, 2、 further on): the title is the line's opening words behind the 1、, its own
    # period in brackets kept (…行动计划(2021-2022年)为提高… → …行动计划(2021-2022年)); the file name is the site's
    body = ("1、某市应急保障体系建设行动计划(2021-2022年)为提高突发事件应急保障能力和水平,结合我市实际,制定如下行动计划。"
            "一、总体要求到2022年,初步形成应急保障体系框架。全市突发事件死亡人数大幅下降。应急信息一体化建设水平显著"
            "提升。2、-完成全市自然灾害综合风险普查,建立全市公共安全风险一张图。-建设市级应急物资储备基地及智能化、"
            "综合性物资储备仓库,2022年底前,生活保障类物资政府实物储备基本达到国家规定标准并实现动态管理。\n")
    text = ("某市应急保障体系建设行动计划方案(2021-2022年)(18页).docx\n下载文档\n上传人:Le****97\n编号:928920\n"
            "2024-05-20\n18页\n33.20KB\n" + body)
    (plan,) = plans_of(text)
    assert identity(plan) == (8, "某市应急保障体系建设行动计划(2021-2022年)")
    assert plan["tasks"] == []
    # a one-line copy whose title runs on into what carries it further ((2021-2023年)的通知) keeps no cut title
    from planportal.importer.head import _one_line_title
    from planportal.importer.text import Line, fold
    tail = "某市行动计划(2021-2023年)的通知现将计划印发给你们。请认真贯彻执行。各地要加强领导。各部门要密切配合。" * 4
    assert _one_line_title(Line(1, tail, fold(tail))) is None


def test_a_one_line_copys_title_naming_the_plan_it_carries_out_ends_after_its_own_plan_word():
    # "某县2018年政务公开工作要点实施方案为深入贯彻…": a plan carrying out the work points its title names, its own
    # word 实施方案 right after 要点, all glued to the preamble on one line (suiling-2018)
    text = ("某县2018年政务公开工作要点实施方案为深入贯彻落实省政府办公厅关于印发2018年全省政务公开工作要点的通知精神,"
            "不断提升政务公开的质量和实效,结合本县实际,制定本方案。一、工作目标紧紧围绕县委县政府改革发展重点任务,"
            "进一步加大全县政务公开力度。为助力全县营商环境优化提供有力支撑。二、工作任务(一)围绕建设法治政府,"
            "全面推进政务公开。1.把公开透明作为政府工作的基本要求,坚持以公开为常态、不公开为例外。以公开促进依法行政。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert identity(plan) == (1, "某县2018年政务公开工作要点实施方案")


def test_a_one_line_copys_site_name_and_page_stamp_before_its_title_are_no_part_of_it():
    body = ("随着城镇化进程的加速,居民对环境的需求也越来越高。镇容和环境卫生是城镇形象的重要组成部分,对提升居民"
            "生活质量有着重要的影响。为改善镇容环境,提升居民生活品质,结合我镇实际,制定本方案。一、目标1.改善镇容环境。2.提升居民生活品质。二、重点任务1.整治乱搭乱建"
            "-清理违法建设。-宣传政策法规。2.加强垃圾分类管理-建立健全收运体系。-加强处罚力度。3.提升市容市貌。"
            "-完善市容设施。-增加绿化面积,提高绿化率。4.加强环境卫生管理。-增加环卫工人。-提升居民卫生意识。\n")
    for lead, title in (("第1页共7页", "2024年镇容和环境卫生集中整治方案"),
                        ("秘书之家—全网资源每日更新www.mishuzj.com", "区实施乡村振兴战略行动计划")):
        (plan,) = import_texts([("t.txt", lead + title + body)]).plans
        assert identity(plan) == (1, title)
    # its first part glued to the title (…整治方案一、背景…): the parts are still cut, the tasks are the 重点任务's items
    text = "第1页共7页2024年镇容和环境卫生集中整治方案一、背景" + body.replace("一、目标", "二、目标").replace("二、重点任务", "三、重点任务")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert plan["title"] == "2024年镇容和环境卫生集中整治方案"
    assert [t["number"] for t in plan["tasks"]] == ["1.", "2.", "3.", "4."]
    # a title word inside a 《》 name does not end the title
    text = "国务院关于落实《国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知各省人民政府:" + body
    (plan,) = import_texts([("t.txt", text)]).plans
    assert "规划纲要》主要目标" in plan["title"]


def test_a_title_copied_as_a_table_row_with_empty_cells_is_that_cell():
    """Metadata rows in pipes, then the title as a row whose other cells are empty ("标题 | ||")."""
    text = """索引号: | 0025/2023-1 | 公开方式: | 主动公开 |
发布单位: | 某镇 |
2023年某镇政府主要工作安排 | ||
2023年是关键之年。重点抓好以下工作：(一)发展产业。1.构建现代产业体系。
"""
    result = import_texts([("t.txt", text)])
    assert [p["title"] for p in result.plans] == ["2023年某镇政府主要工作安排"]


def test_a_headline_whose_bracketed_prefix_a_mirror_mis_decoded_is_no_title():
    """jilinshi-2021-shisiwu…: a document site's headline "(吉林省)吉林市國民經濟…綱要" whose bracket and the first words of
    the name behind it a mirror mis-decoded ("(吉林?。┘质袊窠?…", as it spells (二) "?。ǘ┩"), over the 纲要's
    preamble: the name is lost, no title; the same headline read right stays the title."""
    from planportal.importer.head import UNTITLED

    body = ("吉林市國民經濟和社會發展第十四個五年( 2021-2025 年)規劃綱要,根據《中共吉林市委關于制定…的建議》編制。\n"
            "第一章 努力接續奮斗開啟吉林市全面振興新征程\n")
    (plan,) = plans_of("(吉林?。┘质袊窠?jīng)濟(jì)和社會發(fā)展第十四個五年規(guī)劃和2035年遠(yuǎn)景目標(biāo)綱要\n" + body)
    assert plan["title"] == UNTITLED
    (plan,) = plans_of("吉林市國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要\n" + body)
    assert identity(plan) == (1, "吉林市國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要")


def test_a_copy_that_starts_at_a_numbered_item_has_no_title_and_keeps_the_item():
    """A page copied from the middle of its list (the copy starts at "(五)…", qianxi-2010): the
    first line is a task, not the plan's title."""
    from planportal.importer.head import UNTITLED

    text = ("(五)6月1日前，各乡镇要在所在地设置安全生产宣传标语。\n责任单位：各乡镇政府。\n"
            "(六)6月8日前，县安监局组织开展应急演练。\n责任单位：县安监局。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == UNTITLED
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(1, "(五)"), (3, "(六)")]


def test_a_page_stamp_of_date_and_visit_count_is_furniture_not_the_end_of_the_head():
    # a page's headline, then its stamp (date and 点击 count): the head goes on to the notice's own
    # title, split over two lines with a blank line between ("…的" / "通    知"), and the plan it sends
    text = """某某区安全生产规划
2017-02-14    点击:8次

某安发〔2016〕17号

关于印发安全生产规划的

通    知

各镇街,区直各有关部门:

《某某区安全生产规划》已经区政府安委会审议通过,现印发给你们,请认真贯彻执行。

某某区安全生产规划

为深入贯彻安全发展理念,编制本规划。
"""
    got = [identity(p) for p in plans_of(text)]
    assert (6, "关于印发安全生产规划的通知") in got
    assert (14, "某某区安全生产规划") in got
    assert all(line != 1 for line, _ in got)


def test_a_signature_dated_in_chinese_numerals_ends_the_covering_letter():
    text = """各行政村、各有关单位:
经镇政府研究决定,现将《徐庄镇2017年度安全生产专项整治工作计划》印发给你们,请遵照执行。
二〇一七年二月二十四日
徐庄镇2017年度安全生产专项整治
工作计划
按照镇政府的总体要求,特制定本工作计划。
一、重点工作
1.开展危化品专项整治。(镇安监办负责)
2.开展消防专项整治。(镇派出所负责)
"""
    (plan,) = plans_of(text)
    assert identity(plan) == (4, "徐庄镇2017年度安全生产专项整治工作计划")
    assert [t["title"][:6] for t in plan["tasks"]] == ["开展危化品专", "开展消防专项"]


def test_a_letter_dated_above_its_doc_number_and_closed_by_te_ci_tong_zhi_gives_the_plans_title_below():
    """A page that lost the notice's title: its date (二OO八年, the zeros set as the letter O) and 文号 above the
    addressees, a letter closed by 特此通知 with no date under it (baoshan-2008): the date is no title, the letter is
    the covering letter, the plan's own title below it is the title."""
    text = """(二OO八年二月二十六日)
宝府办〔2008〕18号
各镇人民政府,各街道办事处,区政府各委、办、局:
经区政府常务会议研究同意,现将《2008年政府工作目标任务分解》印发给你们。请各部门、各单位认真对照分解的任务,落实责任。
特此通知
2008年政府工作目标任务分解
根据区委全会精神,2008年区政府主要工作任务分解为7大方面、80项。
一、促进经济又好又快发展。
1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)
"""
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "2008年政府工作目标任务分解")
    assert [t["number"] for t in plan["tasks"]] == ["1、"]


def test_te_ci_tong_zhi_with_no_title_below_ends_no_letter():
    """特此通知 closing a letter with nothing titled below it sends nothing the copy holds: no title is made up."""
    text = """宝府办〔2008〕18号
各镇人民政府,各街道办事处:
现将有关事项通知如下,请认真贯彻执行,确保各项工作落到实处。
特此通知
一、加强领导。各单位要明确责任。
"""
    assert all(p["title"] != "一、加强领导。各单位要明确责任。" for p in plans_of(text))


def test_a_notice_naming_no_plan_sends_the_attachment_titled_below_its_te_ci_tong_zhi():
    """A law archive's later page of a 督查 notice (qingpu-2008): its title repeated, its last point 4、, 特此通知, then
    附件: over the table's title. The attachment is a plan of its own; the notice's point is no task."""
    text = """上海市某区人民政府办公室关于对2008年区政府重点工作进行督查的通知

  4、各责任单位在2009年1月底前上报2008年区政府重点工作实施情况年终报告。

  特此通知。

  附件:
  2008年度区政府重点工作责任单位表

序号

重点工作内容

责任单位

配合单位

继续推进商贸圈建设。

经委

夏阳街道、新城公司
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "上海市某区人民政府办公室关于对2008年区政府重点工作进行督查的通知"),
                                            (8, "2008年度区政府重点工作责任单位表")]
    assert [t["line"] for p in plans for t in p["tasks"]] == [18]


NOTICE_OF_ITEMS = """穗府办〔2006〕19号
关于印发2006年政府工作报告要求重点做好的工作事项的通知
各区、县级市人民政府,市政府各部门:
现将《2006年〈政府工作报告〉要求重点做好的工作事项》印发给你们,请抓好落实工作。
广州市人民政府办公厅
二○○六年四月二十八日
{title}
一、努力构建现代产业体系
(一)加快建设三大汽车产业基地。(牵头单位:市经贸委;配合单位:市发改委)
(二)推进石化基地建设。(牵头单位:市发改委)
"""


def test_a_plan_named_by_its_notice_may_end_in_any_word():
    notice, plan = plans_of(NOTICE_OF_ITEMS.format(title="2006年《政府工作报告》要求重点做好的工作事项"))
    assert identity(notice)[0] == 2 and notice["kind"] == "notice"
    assert identity(plan) == (7, "2006年《政府工作报告》要求重点做好的工作事项")
    assert len(plan["tasks"]) == 2


def test_below_a_signed_letter_a_plan_whose_title_is_not_found_keeps_its_tasks():
    # the plan's own title line is missing from the copy: the text below the letter is the plan the notice names
    notice, plan = plans_of(NOTICE_OF_ITEMS.format(title=""))
    assert notice["kind"] == "notice" and plan["title"] == "2006年政府工作报告要求重点做好的工作事项"
    assert [t["title"][:4] for t in plan["tasks"]] == ["加快建设", "推进石化"]


def test_a_pages_login_menu_and_contact_block_are_no_title_and_no_addressees():
    text = """登录 注册
联系方式
教学服务部: 0551-64652807
0551-64652805
学习成果认证服务部:
0551-63633772
关注官方微信,随时随地学习
省厅文件
安徽省教育厅2015年工作要点
安徽省教育厅关于印发2015年工作要点的通知
各市教育局,各高等学校:
现将《安徽省教育厅2015年工作要点》印发给你们,请认真贯彻落实。
安徽省教育厅
2015年3月3日
安徽省教育厅2015年工作要点
一、加强教育系统党的建设
1.认真学习宣传贯彻重要讲话精神。
2.加强基层党组织建设。
"""
    notice, points = plans_of(text)
    assert identity(notice) == (10, "安徽省教育厅关于印发2015年工作要点的通知")
    assert identity(points) == (15, "安徽省教育厅2015年工作要点") and len(points["tasks"]) == 2


def test_a_title_wrapped_at_the_pages_width():
    text = """2024年9月30日
(此件公开发布)
重庆市构建分型分类精准培育机制
促进个体工商户高质量发展实施方案
为深入贯彻落实党中央、国务院关于促进个体工商户发展的决策部署,制定本实施方案。
一、主要任务
(一)开展分型分类培育。(责任单位:市市场监管局)
"""
    (plan,) = plans_of(text)
    assert identity(plan) == (3, "重庆市构建分型分类精准培育机制促进个体工商户高质量发展实施方案")


def test_a_title_wrapped_at_the_pages_width_before_its_period():
    text = """2022年8月2日
(此件公开发布)
黔南州全民科学素质行动
规划纲要实施方案(2021-2025年)
为认真贯彻落实国务院的通知精神,特制定本方案。
一、发展目标
到2025年,全州公民具备科学素质的比例达到11%。
二、聚焦重点人群
(一)青少年科学素质提升行动。(牵头单位:州教育局)
"""
    (plan,) = plans_of(text)
    assert identity(plan) == (3, "黔南州全民科学素质行动规划纲要实施方案(2021-2025年)")


def test_a_title_set_inside_book_brackets_with_its_doc_number_in_front():
    text = """京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
京政办发〔2016〕26号
各区人民政府,市政府各委、办、局:
现将《北京市2016年政务公开工作要点》印发给你们,请认真贯彻落实。
北京市人民政府办公厅
2016年5月3日
2016年是全面建成小康社会决胜阶段的开局之年。今年政务公开工作的总体要求是:以完善政务公开内容和方式为核心。
一、推进决策公开
1.推进重大决策预公开。
"""
    notice, points = plans_of(text)
    assert identity(notice) == (2, "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知")
    # the copy left out the plan's own title: the text below the letter is the plan the notice names
    assert identity(points) == (8, "北京市2016年政务公开工作要点") and len(points["tasks"]) == 1


def test_a_column_label_before_a_headline_is_no_part_of_the_title():
    text = """政策解读:广元市安全生产治本攻坚三年行动方案(2024—2026年)
为从根本上消除事故隐患,制定本方案。
一、重点任务
(一)开展隐患排查。(责任单位:市应急管理局)
"""
    (plan,) = plans_of(text)
    assert plan["title"] == "广元市安全生产治本攻坚三年行动方案(2024—2026年)"


def test_the_first_page_chunk_of_a_sharing_copy_opens_with_the_title():
    """A document-sharing copy in page chunks (1、… 2、…): the title is glued to the start of the first
    chunk; the file name the site shows above it (《….docx》由会员分享) says where it ends."""
    run_on = "为深入贯彻促进民营经济发展壮大的决策部署,激发民营经济发展活力,提振民营经济发展信心," * 3
    text = (
        "《某市贯彻落实《某省促进民营经济高质量发展若干措施》实施方案.docx》由会员分享,可在线阅读,更多相关《某市贯彻落实《某省促进民营经济高质量发展若干措施》实施方案.docx(18页珍藏版)》请在三一办公上搜索。\n"
        "1、某市贯彻落实某省促进民营经济高质量发展若干措施实施方案" + run_on + "结合实际,制定本实施方案。一、加强资源要素支\n"
        "2、持(一)强化财税政策保障。落实税费优惠政策。(市税务局牵头)\n"
    )
    assert [identity(p) for p in plans_of(text)] == [(2, "某市贯彻落实某省促进民营经济高质量发展若干措施实施方案")]
    # with no file name above, the chunk's words up to the first word a title ends in
    goal = "区安委会2024年的主要任务是:全面贯彻落实党的二十大精神,坚持安全第一、预防为主," * 3
    text = "1、区安全生产委员会2024年工作要点5篇区安全生产委员会2024年工作要点一" + goal + "确保全年形势稳定。一、健全责任体系1.深入\n2、学习贯彻重要论述。\n"
    assert [identity(p) for p in plans_of(text)] == [(1, "区安全生产委员会2024年工作要点")]


def test_the_first_page_chunk_opening_with_a_masthead_and_doc_number_before_the_notices_title():
    """quanzong-2015: the printed head's masthead and 文号 glued in front of the notice's title in the first chunk,
    the plan it sends in 《》 with its own title word and period inside: the notice's title from 关于 to 的通知."""
    letter = "现将《全国职工素质建设工程五年规划(2015—2019年)》印发给你们,请结合工作实际,研究制定实施方案。" * 3
    text = (
        "资源描述:\n"
        "《中华全国总工会文件》由会员上传分享,免费在线阅读,更多相关内容在工程资料-天天文库。\n"
        "1、中华全国总工会文件总工发〔2015〕10号中华全国总工会关于印发《全国职工素质建设工程五年规划(2015—2019年)》"
        "的通知各省、自治区、直辖市总工会:" + letter + "—1—目标、实现中\n"
        "2、华民族伟大复兴的中国梦提供坚实的人才保障。中华全国总工会2015年4月10日—2—全国职工素质建设工程五年规划"
        "(2015—2019年)根据有关精神,制定本规划。一、指导思想以邓小平理论为指导\n"
    )
    assert identity(plans_of(text)[0]) == (3, "中华全国总工会关于印发《全国职工素质建设工程五年规划(2015—2019年)》的通知")


def test_page_furniture_copied_as_a_one_cell_table_row_is_furniture():
    # "| 字号: |" above a page's metadata: a furniture label in a row of one cell is no title
    text = """当前位置:首页 > 政府信息公开 > 市政府(办)文件

| 字号: |

用微信扫描二维码
文  号:
卫政办发〔2019〕43号
某市人民政府办公室关于印发2019年度某市水污染防治重点工作安排的通知

各县(区)人民政府,市政府各部门:

《2019年度某市水污染防治重点工作安排》已经市人民政府研究,现印发你们,请认真贯彻执行。

某市人民政府办公室

2019年4月30日

2019年度某市水污染防治重点工作安排

一、重点工作
1.开展排污口整治。(市生态环境局牵头)
"""
    got = [identity(p) for p in plans_of(text)]
    assert got[0] == (8, "某市人民政府办公室关于印发2019年度某市水污染防治重点工作安排的通知")
    assert all(line != 3 for line, _ in got)


def test_a_metadata_row_of_a_label_with_empty_value_cells_is_no_title():
    # pipe metadata rows, the last ones a label whose value cells are empty (内容概览: | |||): metadata too,
    # so the title is the line below them, followed by its addressees
    text = """索 引 号: | 000014349/2025-06663 | 主题分类: | 综合政务 |
发布机构: | 某区人民政府办公室 | 生成日期: | 2025-01-27 |
文 号: | 某政〔2025〕2号 | 关 键 词: | 区政府;通知 |
内容概览: | |||
在线链接地址: | |||
区政府关于印发2025年区政府主要工作目标任务分解落实方案的通知
各街道办事处,区政府各部门:
现将《2025年区政府主要工作目标任务分解落实方案》印发给你们,请认真组织实施。
某区人民政府
2025年1月27日
2025年区政府主要工作目标任务分解落实方案
一、聚力提振内外需求
1.社会消费品零售总额增长5%以上。(区商务局主办)
"""
    got = [identity(p) for p in plans_of(text)]
    assert got == [(6, "区政府关于印发2025年区政府主要工作目标任务分解落实方案的通知"), (11, "2025年区政府主要工作目标任务分解落实方案")]


def test_a_gazette_imprint_as_label_value_rows_above_the_title_is_page_metadata():
    # a 政府公报's imprint copied as `|` rows of label and value: no title, and the head reads on
    text = """编辑出版: | 某州人民政府办公室 |
主管单位: | 某州人民政府 |
邮政编码: | 558000 |
联系电话: | 0854-8585858 |
某州人民政府办公室
关于印发健康某州行动实施方案的通知
各县(市)人民政府,州政府各部门:
《健康某州行动实施方案》已经州人民政府同意,现印发给你们,请认真抓好贯彻落实。
某州人民政府办公室
2020年5月20日
(此件公开发布)
健康某州行动实施方案
一、重点任务
1.建立健康知识普及机制。(州卫生健康局牵头)
"""
    got = [identity(p) for p in plans_of(text)]
    assert got[0] == (5, "某州人民政府办公室关于印发健康某州行动实施方案的通知")
    assert (12, "健康某州行动实施方案") in got


def test_a_table_header_written_one_label_per_line_ends_the_head_and_is_no_title():
    # the labels 牵头责任单位 / 计划完成时间 / 目前完成情况 read alone like a title run over three lines
    # (计划… goes on, …情况 ends one); as a table's header they end the head, and the headline is the title
    text = """农业局2023年11月承担重点工作完成情况

发布时间:2023-12-14 11:30 来源: 某县农业局

序号

目标任务

牵头责任单位

计划完成时间

目前完成情况

1

建成高标准农田8.3万亩。

农田建设股

2023年底

正在施工。
"""
    got = [identity(p) for p in plans_of(text)]
    assert got == [(1, "农业局2023年11月承担重点工作完成情况")]
    task = plans_of(text)[0]["tasks"][0]
    assert task["line"] == 15 and [r["written"] for r in task["lead"]] == ["农田建设股"]


def test_two_joint_senders_on_one_line_above_the_title_are_part_of_it():
    # a party committee's office and the government's office side by side, then 关于印发… over two lines
    text = """中共某县委办公室 某县人民政府办公室
关于印发《某县创建文明县城
实施方案》的通知
各乡镇党委、人民政府,县直各单位:
《某县创建文明县城实施方案》已经县委、县政府同意,现印发给你们,请认真贯彻落实。
中共某县委办公室
某县人民政府办公室
2012年4月12日
某县创建省级文明县城集中落实活动实施方案
一、指导思想
以科学发展观为指导。
"""
    got = [identity(p) for p in plans_of(text)]
    # (the space between the two senders is the title's own, as the document prints it and the corpus writes it)
    assert got[0] == (1, "中共某县委办公室 某县人民政府办公室关于印发《某县创建文明县城实施方案》的通知")
    assert (9, "某县创建省级文明县城集中落实活动实施方案") in got


def test_a_signature_date_is_no_first_line_of_the_title_below_it():
    # a notice's signature date right above the plan's own short title: the date does not join it
    text = """关于印发某县创建文明县城实施方案的通知
各乡镇,县直各单位:
现将《某县创建文明县城实施方案》印发给你们,请认真贯彻落实。
某县人民政府办公室
2012年4月12日
某县创建文明县城实施方案
一、指导思想
以科学发展观为指导。
"""
    got = [identity(p) for p in plans_of(text)]
    assert (6, "某县创建文明县城实施方案") in got
    assert all(line != 5 for line, _ in got)


def test_a_signature_date_that_lost_its_year_month_and_day_characters_is_still_a_date():
    # "2014226" (2014年2月26日 with 年月日 lost by the web copy) under the signature: it ends the letter
    # and does not join the plan's title below it; a figure of other length is no date
    text = """中共某县委 某县人民政府 关于印发《某县“四创”工作方案》的通知
各乡镇党委、政府,县级各部门:
现将《某县“四创”工作方案》印发你们,请结合实际,认真抓好落实。
中共某县委
某县人民政府
2014226
某县“四创”工作方案
一、指导思想
以科学发展观为指导。
"""
    got = [identity(p) for p in plans_of(text)]
    assert (7, "某县“四创”工作方案") in got
    from planportal.importer.text import Line, fold, is_date_line
    assert is_date_line(Line(1, "2014226", "2014226")) and is_date_line(Line(1, "20141226", "20141226"))
    assert not is_date_line(Line(1, "201411", "201411")) and not is_date_line(Line(1, "2014136", "2014136"))


def test_a_title_field_in_a_pipe_metadata_table_is_metadata_not_the_title():
    # the page's metadata as pipe rows, one of them "标 题 | …的通知 |": the notice's own title is the line
    # below, followed by its addressees
    text = """文 号 | 某政办〔2022〕1号 | 发文日期 | 2022-01-30 16:20 |
---|---|---|---|
发布机构 | 某区人民政府办公室 | 有 效 性 | 有效 |
标 题 | 区人民政府办公室关于印发2022年目标任务责任分解方案的通知 |
区人民政府办公室关于印发2022年目标任务责任分解方案的通知
各街道办事处,区人民政府各部门:
《2022年目标任务责任分解方案》已经区人民政府同意,现印发给你们。
"""
    got = [identity(p) for p in plans_of(text)]
    assert got[0] == (5, "区人民政府办公室关于印发2022年目标任务责任分解方案的通知")


def test_an_empty_last_row_of_a_pipe_metadata_table_takes_no_value_from_the_title_below():
    # "时效 |" ends the page's metadata table with its value cell empty; the line below it is the notice's
    # own title (suqian-2025), not that row's value
    text = """名称 | 市政府办公室关于印发某品牌就业实施方案的通知 | ||
文号 | 某政办发〔2025〕19号 | 关键词 | |
时效 |
市政府办公室关于印发某品牌就业实施方案的通知
各县、区人民政府,市各有关部门和单位:
《某品牌就业实施方案》已经市政府同意,现印发给你们,请认真抓好落实。
某市人民政府办公室
2025年6月19日
某品牌就业实施方案
一、工作目标
全面建成零工服务体系。
"""
    got = [identity(p) for p in plans_of(text)]
    assert got == [(4, "市政府办公室关于印发某品牌就业实施方案的通知"), (9, "某品牌就业实施方案")]


def test_a_notice_that_announces_its_own_points_keeps_them_when_the_copy_ends_before_its_signature():
    # the plan it sends is not in the copy and the copy stops before the signature; "并就有关事项通知如下"
    # says the numbered points below are the notice's own requirements, not the plan's tasks
    text = """区人民政府办公室关于印发2022年目标任务责任分解方案的通知
各街道办事处,区人民政府各部门:
《2022年目标任务责任分解方案》已经区人民政府同意,现印发给你们,并就有关事项通知如下,请认真贯彻执行。
一、层层压实责任,积极推进工作落实。各牵头单位要加强组织领导。
二、加强工作统筹,科学制订办理方案。各责任单位要制订办理方案。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "区人民政府办公室关于印发2022年目标任务责任分解方案的通知")]
    assert plans[0]["tasks"] == []


def test_a_notice_that_names_what_it_made_and_asks_it_carried_out_keeps_its_points_when_the_plan_is_not_there():
    # puer-2024 of set 85: "…结合我市实际,制定《…工作任务清单》,请认真抓好贯彻落实。" sends the list as "现印发给你们" does;
    # the list is not in the copy, and 一、提高政治站位 below is the notice's own requirement, no task
    text = """中共某市委办公室 某市人民政府办公室 关于印发《某市基本公共教育服务工作任务清单》的通知
各县、区党委和人民政府,市级各部门:
为持续缩小基本公共教育服务水平差距,结合我市实际,制定《某市基本公共教育服务工作任务清单》,请认真抓好贯彻落实。
一、提高政治站位
各级各有关部门要充分认识构建优质均衡的基本公共教育服务体系的重要意义,确保到2027年县域义务教育优质均衡。
"""
    plans = plans_of(text)
    assert [identity(p)[0] for p in plans] == [1] and plans[0]["tasks"] == []
    # a plan that makes its own 制度 in 《》 as a task ("制定《…办法》,明确…") sends nothing
    from planportal.importer.document import _SENT
    assert _SENT.search("2.完善管理制度。制定《某市校外培训监管办法》,明确监管职责。") is None


def test_a_notice_that_hands_the_divided_tasks_down_in_its_own_text_keeps_them_as_tasks():
    # the letter hands the tasks down divided (现将…任务分解下达给你们) and no signature or plan title follows, but
    # each numbered item below is followed by its doers' labels on lines of their own: the notice divides the tasks
    # in its own text (wuhu-2021), so the items are the plan's tasks, not the notice's requirements
    text = """某市人民政府关于2021年重点工作及责任分解的通知
各县区人民政府,市政府各部门:
经市政府常务会议研究,现将市政府2021年重点工作任务分解下达给你们,请认真组织实施。
各责任单位要积极配合,形成合力。
一、确保完成全年主要预期目标
1.地区生产总值增长8%左右。
牵头负责领导:张三。
牵头责任单位:市发展和改革委员会。
协同责任单位:市统计局。
2.一般公共预算收入增长5%左右。
牵头负责领导:张三。
牵头责任单位:市财政局。
协同责任单位:市税务局。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "某市人民政府关于2021年重点工作及责任分解的通知")]
    tasks = plans[0]["tasks"]
    assert [t["line"] for t in tasks] == [6, 10]
    assert [r["written"] for r in tasks[0]["lead"]] == ["市发展和改革委员会"]
    assert [r["written"] for r in tasks[1]["support"]] == ["市税务局"]


def test_a_notices_addressees_with_an_autonomous_level_or_a_port_sharing_a_board_let_its_points_stay_its_own():
    # addressees that name an autonomous county among bare levels sharing the organ (各县、自治县、区(市)人民政府,
    # zunyi-2022) or a port before the zone board it shares (都拉塔口岸、那拉提景区管委会, yili-2025) are still the
    # addressees: the letter below sends the plan, so the points after it are the notice's requirements, no tasks
    for addressees, first in (("各县、自治县、区(市)人民政府、新区管委会、市政府各部门:", "一、强化组织协调"),
                              ("某开发区管委会,自治州直属各县市人民政府,都拉塔口岸、那拉提景区管委会:", "一、加强组织领导")):
        text = f"""关于印发《某市十件民生实事工作方案》的通知
{addressees}
经市政府同意,现将《某市十件民生实事工作方案》印发给你们,请认真贯彻执行。
{first}。各县市各部门要压实主体责任,按时完成各项目标任务。
二、加强督促检查。各县市各部门要每月研究工作落实情况。
三、强化舆论宣传。各县市、各部门要及时梳理工作成果。
"""
        plans = plans_of(text)
        assert [identity(p) for p in plans] == [(1, "关于印发《某市十件民生实事工作方案》的通知")]
        assert plans[0]["tasks"] == []


def test_a_notice_that_sends_the_reports_tasks_divided_keeps_its_points_as_its_own():
    # a notice titled with what it does (关于分解落实…的通知), not with a plan, whose letter sends the report's
    # tasks divided among the units (予以分解印发); the division is not in the copy: the points below are the
    # notice's requirements to the units, no tasks (jingxian-2023)
    text = """某县人民政府关于分解落实政府工作报告目标任务的通知
各乡镇人民政府,县政府各部门:
《政府工作报告》已经县人民代表大会审议通过。经研究,现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。
一、细化任务抓落实。各乡镇各部门要围绕目标任务,建立工作台账。
二、明确责任抓落实。各牵头责任单位要切实履行牵头抓总职责。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "某县人民政府关于分解落实政府工作报告目标任务的通知")]
    assert plans[0]["tasks"] == []


def test_a_notice_that_announces_the_division_of_the_reports_tasks_keeps_its_points_as_its_own():
    # the same notice whose letter announces the matters of dividing the tasks as its points (现将重点任务分解落实
    # 有关事项通知如下), with metadata rows and blank lines between its title and the addressees (tongshan-2022)
    text = """县人民政府关于分解落实 2022年县政府重点工作任务的通知

索引号 : K2/2023-08370 文       号 :

主题分类: 政务公开 发文单位: 某县人民政府

有效性: 有效 发文日期:

各乡镇人民政府,县政府各部门:

2022年县政府工作报告已经县人民代表大会审议通过。为全面落实县政府工作报告安排部署,现将重点任务分解落实有关事项通知如下:

一、提高政治站位,加强组织领导

各乡镇、各部门主要负责人作为落实政府工作报告工作任务的“第一责任人”,要负总责、亲自抓。

二、不断改进作风,狠抓工作落实

各牵头县政府领导要切实负起责任。各牵头单位要研究制定切实可行的工作措施。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "县人民政府关于分解落实2022年县政府重点工作任务的通知")]
    assert plans[0]["tasks"] == []


def test_a_forum_repost_with_its_sign_in_prompt_and_a_title_over_three_lines():
    # a forum's repost (yancheng-2019): a lone "|", the forum's prompt to sign in and the "x" closing it are page
    # furniture; the title is printed over three lines, the second ending in a title word inside it (…工作报告)
    # that does not end a 关于… title; the letter sends the 分解表, so the points below are the notice's own
    text = """|
马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。
您需要 登录 才可以下载或查看,没有账号?立即注册
x
某市人民政府办公室
关于分解落实2019年市政府工作报告
主要目标任务的通知
各县(市、区)人民政府,市各委、办、局,市各直属单位:
2019年是新中国成立70周年。为确保年度工作目标顺利完成,现将《2019年市政府工作报告主要目标任务分解表》印发给你们,请认真抓好贯彻落实。
一、落实工作责任。各地、各部门主要领导是抓落实的第一责任人。
二、细化分解任务。各牵头和责任部门要围绕市政府工作报告确定的目标任务,进一步细化分解。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(5, "某市人民政府办公室关于分解落实2019年市政府工作报告主要目标任务的通知")]
    assert plans[0]["tasks"] == []


def test_a_page_info_line_of_visits_is_furniture_and_the_title_set_again_below_the_doc_number_is_the_plans():
    # a page headline, then "访问次数: 1341 来源:…" (page information, no body), the 文号, and the title set again
    # above the addressees: the document's own title block is the lower one (moqi-2020, zhoushan-2022)
    text = """当前位置:网站首页 > 重要通知 > 信息浏览

某旗人民政府办公室关于做好上报《重点工作量化台账》及相关工作的通知

访问次数: 1341 来源:政 府 办某旗 [ 字体大小: ]

 某政办字〔2020〕6号

                        某旗人民政府办公室关于做好上报《重点工作量化台账》及相关工作的通知

各乡镇,旗直各部门:

    为实现全旗政府系统各单位重点工作任务清单化,现就做好上报《重点工作量化台账》及相关工作通知如下:
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(9, "某旗人民政府办公室关于做好上报《重点工作量化台账》及相关工作的通知")]


def test_a_copy_that_opens_at_the_addressees_has_no_title():
    # a copy cut above its addressees (dazhou-2015: "各科、室、局、办、中心:"; jianggan-2018: a "朗读" button, then
    # "机关各科室、局属各单位:"): no title; neither the addressees nor the button name the plan
    for head in ("各科、室、局、办、中心:", "朗读\n机关各科室、局属各单位:"):
        text = head + "\n为进一步规范行政行为,决定对交办事项实行台账管理,现就有关事宜通知如下。\n一、各科室要建立工作台账。\n"
        plans = plans_of(text)
        assert [p["title"] for p in plans] == ["（原文无标题）"]


def test_addressees_naming_a_working_group_are_addressees_and_name_no_place_of_the_letter():
    # wujin-2021-gaoduan…: a 高新区's notice copied from its addressees, a 街道办事处 and a 工作组 among them: the
    # addressees, no title and not the letter's place (the 街道 is one it writes to)
    text = ("南夏墅街道办事处,北区工作组,中以办,机关各部门,各直属公司:\n为推动高端装备产业高质量发展,经研究,决定成立创建工作领导小组,"
            "相关成员及单位职责如下:\n一、主要职责\n负责编制高端装备产业发展规划,制定年度目标任务。\n")
    plans = plans_of(text)
    assert [p["title"] for p in plans] == ["（原文无标题）"] and plans[0]["jurisdiction"] is None


def test_a_notices_prose_points_on_guarantees_are_no_tasks():
    # a zone's notice on its 分工方案 (not sent, not in the copy): its own points, prose under headings most of
    # which name guarantees (组织领导, 工作责任), are requirements to the units, not tasks (nanning-jingkaiqu-2020)
    text = """关于某经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知
各办局室,各直属企事业单位:
为全面完成2020年《政府工作报告》提出的各项工作任务,现就重点工作任务分工有关事项通知如下:
一、提高政治站位,强化组织领导
各部门要把重点工作作为履职尽责的重点抓好落实。牵头单位要发挥主导作用。
二、压紧工作责任,定期报告进度
各牵头单位要组织相关责任单位,认真研究制定具体实施方案。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "关于某经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知")]
    assert plans[0]["tasks"] == []


@pytest.mark.parametrize("points", [
    # wuyang-2011: the first point on taking the work seriously, the second on its quality
    "一、提高认识,加强领导\n各承办单位要切实提高对建议和提案办理工作重要性的认识。\n"
    "二、求真务实,注重质量\n各承办单位要把办实事、求实效、抓落实体现在办理工作中。\n",
    # unknown-province-2022: four short headings, the first 高度重视 (a heading no task part on its own)
    "一、高度重视\n各承办处室要高度重视人大建议和政协提案办理工作。\n二、落实责任\n要压实办理责任。\n"
    "三、确保质量\n办理工作要坚持认真负责的精神。\n四、规范格式\n按规定的格式行文。\n",
    # qufu-2017: one point, its heading glued to its paragraph (the copy cut after it)
    "一、提高思想认识。各承办单位要充分认识建议、提案办理工作的重要性,把办理建议、提案作为具体行动。\n",
])
def test_a_notices_prose_points_opening_on_awareness_are_no_tasks(points):
    # a notice pressing the units handed 建议 and 提案 (the matters each assigned elsewhere): its own points, prose
    # opening with one on how seriously to take the work, are its requirements, not tasks
    text = ("舞阳县人民政府办公室关于认真做好县人大代表建议和政协委员提案办理工作的通知\n各乡镇人民政府,县政府各部门:\n"
            "为认真做好建议和提案办理工作,现就有关事项通知如下:\n" + points)
    (plan,) = plans_of(text)
    assert plan["tasks"] == []


def test_a_notices_points_opening_on_awareness_naming_their_doers_by_label_stay_tasks():
    # the same shape with each point closing on its own 责任单位 label: points of work, tasks
    text = ("舞阳县人民政府办公室关于认真做好办理工作的通知\n各乡镇人民政府:\n现就有关事项通知如下:\n"
            "一、提高认识,加强领导\n各承办单位要提高认识。(责任单位:县政府办)\n"
            "二、求真务实,注重质量\n做好办理。(责任单位:县督查室)\n")
    (plan,) = plans_of(text)
    assert [t["line"] for t in plan["tasks"]] == [4, 6]


def test_a_notices_points_dividing_its_own_work_stay_tasks():
    # ankang-2009: points headed with the work itself (按时完成…, 采取多种方式…) are the notice's division of it
    text = ("安康市发展和改革委员会关于做好建议和提案办理工作的通知\n各科室:\n现就有关事项通知如下:\n"
            "一、按时完成办理建议、提案任务。各相关科室应抓紧办理。\n"
            "二、办理建议、提案应注重解决实际问题。对能够解决的问题应尽快采纳落实。\n")
    (plan,) = plans_of(text)
    assert [t["line"] for t in plan["tasks"]] == [4, 5]


def test_an_untitled_notice_handing_down_divided_tasks_keeps_its_own_points_out_of_the_tasks():
    # gansu-2022: the copy starts at the 文号 and addressees; the first paragraph hands the report's tasks down
    # divided and announces the notice's points (…抓落实): requirements to the units, no tasks, and no title
    text = """某政发〔2022〕9号
各市、自治州人民政府,省政府各部门:
为全面完成《政府工作报告》确定的各项目标任务,省政府决定,将《政府工作报告》主要指标和重点任务予以分解下达。现将有关事项通知如下:
一、统一思想抓落实。各地各部门要把落实《政府工作报告》作为重要政治任务,坚决完成各项目标任务。
二、明确责任抓落实。各地各部门要建立健全责任机制,省政府各牵头部门要于1月底前完成细化分解。
"""
    plans = plans_of(text)
    assert [p["tasks"] for p in plans] == [[]]
    assert [identity(p)[1] for p in plans] == ["（原文无标题）"]


def test_a_notice_titled_with_the_dividing_it_does_keeps_its_own_points_out_of_the_tasks():
    # gansu-2025: "甘肃省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知" over its 文号; the letter hands the
    # report's work down divided and announces the notice's points, which send the units to the 分解表 it attaches:
    # requirements, no tasks
    text = """某省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知
某政发〔2025〕7号
各市、自治州人民政府,省政府各部门:
省政府决定,将《政府工作报告》主要目标和重点工作予以分解下达。现将有关事项通知如下。
一、凝心聚力抓发展。各地各部门要切实推动《政府工作报告》确定的各项目标任务落地落实。
二、守土尽责抓推进。各地各部门要认真对照《重点工作分解表》(附件2),细化分解各项任务。
"""
    (plan,) = plans_of(text)
    assert identity(plan) == (1, "某省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知")
    assert plan["tasks"] == []
    # a notice that divides work in its own points, with no such letter, keeps them as tasks (ankang-2009's)
    own = ("某市人民政府关于分解落实重点工作的通知\n各县区人民政府:\n现就有关事项通知如下:\n"
           "一、按时完成项目建设任务。(牵头单位:市发改委)\n二、加快推进招商引资。(牵头单位:市商务局)\n")
    (plan,) = plans_of(own)
    assert [t["line"] for t in plan["tasks"]] == [4, 5]


def test_a_headline_set_again_below_wrapped_with_a_blank_line_between_is_the_title_block():
    # guangdong-zhusanjiao…: a document site's headline, its date and source, then the plan's own title wrapped over
    # two lines with a blank line between: the lower setting is the title, on its first line
    text = ("您的当前位置:首页正文\n\n实施《某某地区改革发展规划纲要(2008-2020年)》实现“四年大发展”工作方案\n\n"
            "2023-02-27 来源:某某网\n实施《某某地区改革发展规划纲要(2008-2020年)》实\n\n现“四年大发展”工作方案\n\n"
            "为确保全面实现“四年大发展”的目标任务,特制订本方案。\n\n一、总体要求\n\n总体要求:坚持科学发展。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "实施《某某地区改革发展规划纲要(2008-2020年)》实现“四年大发展”工作方案")
    # two blank lines between are no wrapped title: the headline stays the title
    apart = text.replace("实\n\n现“四年", "实\n\n\n现“四年")
    (plan,) = plans_of(apart)
    assert identity(plan)[0] == 3


def test_an_articles_section_label_below_the_signed_letter_is_no_plan_title():
    # tianjin-2021-luoshi…: a 牛頓百科 article: the notice's title, its letter signed and dated, then the article's own
    # section label 主要內容 over the 任务分工's 一、: the plan's title line is not in the copy, so only the notice is
    # titled, and the items below are read with their doers
    text = ("印發通知\n某市人民政府印發關於落實國務院《政府工作報告》重點工作任務分工的通知\n(某政規〔2021〕4號)\n"
            "各區人民政府,市政府各委、辦、局:\n現將《關於落實國務院〈政府工作報告〉重點工作的任務分工》印發給你們,望遵照執行。\n"
            "某市人民政府\n2021年5月26日\n主要內容\n一、任務分工\n(一)總體要求\n"
            "1.堅持穩中求進工作總基調。(市政府各部門分別負責,年內持續推進)\n")
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(2, "某市人民政府印發關於落實國務院《政府工作報告》重點工作任務分工的通知")]
    assert [t["line"] for p in plans for t in p["tasks"]] == [11]


def test_a_division_table_titled_below_a_signed_letter_with_no_attachment_label_is_a_plan():
    # changsha-2021: the letter says the city divides the report's targets (…进行分解,实行责任管理) and names no plan;
    # signed and dated, the table's title follows with no 附件 label: the table is the plan the notice sends
    text = ("某市人民政府\n关于2021年《政府工作报告》主要目标任务实行责任管理的通知\n某政发〔2021〕1号\n各区县(市)人民政府,市直机关各单位:\n"
            "为确保全面完成目标任务,市人民政府对2021年政府工作主要目标任务进行分解,实行责任管理。\n"
            "某市人民政府\n2021年1月20日\n2021年《政府工作报告》主要目标任务责任分解表\n目标任务 |\n牵头单位 |\n"
            "地区生产总值增长8% |\n市发展改革委 |\n")
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "某市人民政府关于2021年《政府工作报告》主要目标任务实行责任管理的通知"),
                                           (8, "2021年《政府工作报告》主要目标任务责任分解表")]
    # a letter that divides nothing: the line below its date is no plan of it
    plain = text.replace("主要目标任务进行分解,实行责任管理", "主要目标任务作出部署")
    assert len(plans_of(plain)) == 1


def test_a_title_with_its_doc_number_and_a_dash_in_front():
    # a page headline that is the notice's title with its 文号 and a dash glued in front (hanyang-2019)
    text = ("阳政办〔2019〕1号—区人民政府办公室关于印发2019年重点工作责任分解方案的通知\n\n点击量:15 发布于:2019-01-14\n\n"
            "各街办事处,区人民政府各部门:\n\n现将《2019年重点工作责任分解方案》印发给你们。\n\n某区人民政府办公室\n\n2019年1月14日\n\n"
            "2019年重点工作责任分解方案\n\n一、重点工作\n\n1、推进项目建设。(牵头单位:区发改局)\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (1, "区人民政府办公室关于印发2019年重点工作责任分解方案的通知")
    assert notice["doc_number"] == "阳政办〔2019〕1号"
    assert identity(plan) == (13, "2019年重点工作责任分解方案")


def test_a_title_with_its_doc_number_in_brackets_in_front_set_again_above_the_addressees():
    # xinzhou-2016: a page headline "(新政发〔2016〕21号)区人民政府关于印发…的通知", its stamp, then the same line again
    # over the addressees: the title is read without the bracketed 文号, and the lower setting is the title block
    text = ("(新政发〔2016〕21号)区人民政府关于印发某区全民健身实施计划(2016—2020年)的通知\n栏目:政策文件 发布时间:2018-12-08\n"
            "(新政发〔2016〕21号)区人民政府关于印发某区全民健身实施计划(2016—2020年)的通知\n\n"
            "各镇人民政府,各街道办事处,区人民政府各部门:\n\n经研究,现将《某区全民健身实施计划(2016—2020年)》印发给你们。\n\n"
            "某区人民政府\n\n2016年12月29日\n\n某区全民健身实施计划(2016—2020年)\n\n为发展全民健身事业,制定本实施计划。\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (3, "区人民政府关于印发某区全民健身实施计划(2016—2020年)的通知")
    assert notice["doc_number"] == "新政发〔2016〕21号"
    assert identity(plan) == (13, "某区全民健身实施计划(2016—2020年)")


def test_addressees_whose_bare_levels_share_one_organ_open_a_covering_letter():
    # 各市、州、县人民政府: 州 alone is a level sharing 人民政府 with 县 (hubei-2018, a copy that opens with them)
    text = ("各市、州、县人民政府,省政府各部门:\n经省人民政府同意,现将重点工作进行责任分解。\n2018年1月29日\n"
            "《政府工作报告》重点工作责任分解\n一、重点工作\n1、规范政府举债行为。牵头单位:省财政厅;责任单位:省审计厅。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (4, "《政府工作报告》重点工作责任分解")
    assert [t["line"] for t in plan["tasks"]] == [6]


def test_the_plan_under_its_notice_without_the_year_the_notice_names_it_with():
    # a news copy: the headline says the 2020 分解 was issued; the plan's own title below has no year (zhejiang-2020)
    text = ("当前位置 : 首页>>最新政策\n\n省政府印发2020年政府工作报告重点工作责任分解通知\n\n"
            "  近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布省长牵头的重点工作。\n\n"
            "政府工作报告重点工作责任分解\n\n一、省长主抓重点工作\n\n  1. 稳企业、防风险。扎实做好稳企业各项工作。\n\n"
            "  牵头单位:省发展改革委、省经信厅\n")
    plans = plans_of(text)
    assert (7, "政府工作报告重点工作责任分解") in [identity(p) for p in plans]
    (plan,) = [p for p in plans if p["source"]["line"] == 7]
    assert [t["line"] for t in plan["tasks"]] == [11]


def test_labels_on_lines_of_their_own_with_their_values_below_are_metadata_even_an_unknown_one():
    # a page's fields one label a line, its value on the next (公开主体: is a field no rule knows, 失效日期: has
    # no value): none of them is the title; the copy starts at the covering letter, the plan's title below it
    text = """索引号:
SY0024795101202400020
主题分类:
综合政务-其他
公开主体:
某区某镇人民政府
发文字号:
某城府〔2024〕23号
生效日期:
失效日期:
机关各部门、各村居:
现将《某镇人民政府2024年工作要点》印发给你们,请认真贯彻执行。
某区某镇人民政府
2024年3月22日
某镇人民政府2024年工作要点
2024年,重点做好以下几方面工作:
一、着力稳增长、促发展,综合施策推动经济平稳运行
"""
    assert [identity(p) for p in plans_of(text)] == [(15, "某镇人民政府2024年工作要点")]
    # the notice's own title right below the last empty field is no value of it
    text = text.replace("机关各部门、各村居:", "关于印发《某镇人民政府2024年工作要点》的通知\n机关各部门、各村居:")
    assert [identity(p) for p in plans_of(text)] == [(11, "关于印发《某镇人民政府2024年工作要点》的通知"),
                                                    (16, "某镇人民政府2024年工作要点")]


def test_metadata_set_as_bare_labels_one_a_line_with_no_colon_is_no_title():
    """A page's fields set as bare labels, no colon, each over its value (索引号 / … / 文件类型 / 通知 / 发文单位 / …;
    文件类型 and 效力状态 are labels no rule knows): no pair of them is a title (文件类型 + 通知 was read as one), and
    the notice's title block below — its sender alone on a line, the rest wrapped with blank lines between — is."""
    text = (
        "市人民政府办公室关于印发全市某某整治行动实施方案的通知\n\n索引号\n\n0110/2024-28\n\n文件类型\n\n通知\n\n"
        "发文单位\n\n市人民政府办公室\n\n发文字号\n\n某政办发〔2024〕20号\n\n发布日期\n\n2024年06月27日 10:55:21\n\n"
        "效力状态\n\n有效\n\n某政办发〔2024〕20号\n\n市人民政府办公室\n\n关于印发全市某某整治行动\n\n实施方案的通知\n\n"
        "各县市区人民政府,市政府各部门:\n\n《全市某某整治行动实施方案》已经市政府同意,现印发给你们。\n\n2024年6月11日\n\n"
        "全市某某整治行动实施方案\n\n一、重点任务\n\n1.开展排查。建立台账。\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (29, "市人民政府办公室关于印发全市某某整治行动实施方案的通知"), (41, "全市某某整治行动实施方案")]
    # a run of short lines with fewer known labels (组织领导 / 工作要求 …) is no metadata
    assert label_pairs("组织领导\n由局长任组长\n工作要求\n按时完成\n标题\n某某方案\n") == set()


def label_pairs(text: str) -> set[int]:
    from planportal.importer.text import Line, fold, label_lines_block
    lines = [Line(k + 1, t, fold(t)) for k, t in enumerate(text.splitlines())]
    return label_lines_block(lines)


def test_a_sharing_sites_file_name_set_again_bare_over_the_opening_sentence_is_the_title():
    """Below a sharing site's blurb (《X.docx》由会员分享…) the name again as X.docx and then X alone, right over the
    text's opening sentence (a line of one space between): that last X is the document's title (the bairi-gongjianzhan
    copy); where a title of the document's own follows the repeats (fujianxiang-2015), the repeats stay the site's."""
    head = ("X方案.docx\n\n上传人:gj 文档编号:1 上传时间:2022-12-27\n\n某某整治百日攻坚战实施方案.docx\n\n"
            "《某某整治百日攻坚战实施方案.docx》由会员分享,可在线阅读。\n\n某某整治百日攻坚战实施方案.docx\n\n"
            "某某整治百日攻坚战实施方案\n\n \n\n")
    body = "为切实抓好环境卫生整治,决定开展攻坚行动,特制定本方案。\n\n一、目标要求\n\n全面提升。\n\n二、整治任务\n\n(一)城市\n"
    assert [identity(p) for p in plans_of(head + body)] == [(11, "某某整治百日攻坚战实施方案")]
    own = head + "2022年某区某某整治百日攻坚战实施方案\n\n" + body
    assert [identity(p) for p in plans_of(own)] == [(15, "2022年某区某某整治百日攻坚战实施方案")]


def test_a_sharing_sites_file_name_over_the_text_it_opens_gives_the_title_glued_there():
    # the site's file name (with its copy number 2 behind the title word) on a line of its own, and the text
    # below opening with the same name glued to its preamble: the title is the name, on the text's line
    text = """镇2023年政府工作要点2.docx
镇2023年政府工作要点2023年,是我镇实现跨越发展的关键期。一、巩固脱贫攻坚成果1 .巩固拓展脱贫攻坚成果。重点在防返贫上下功夫。2 .大力发展特色农业产业。
"""
    assert [identity(p) for p in plans_of(text)] == [(2, "镇2023年政府工作要点")]
    # a file name that the text below does not open with is no title of it
    text = """镇2023年政府工作要点2.docx
2023年,是我镇实现跨越发展的关键期。
"""
    assert [identity(p) for p in plans_of(text)][0][1] != "镇2023年政府工作要点"


def test_a_numbered_file_name_over_its_text_printed_with_spaces_gives_the_title_and_leaves_the_items_tasks():
    # neimenggu-2023: the site lists the file as "17.….docx"; the text below opens with the same title set with a
    # PDF's spaces and then its 文号: the title is there, and the list number "17." is no task
    text = """17.某自治区2023年推动产业高质量发展政策清单.docx
某自治区 2023 年推动产业高质 量发展政策清单 某政发〔2023〕3 号 为全面贯彻经济工作会议精神,提出如下政策清单。 一、推进农牧业转型 (一)增强粮食生产能力 1.实施增粮示范行动,安排 110 亿元资金。(责任单位:自治 区农牧厅、财政厅) 2.实施耕地保护行动。(责任单位:自治区农牧厅)
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert identity(plan) == (2, "某自治区2023年推动产业高质量发展政策清单")
    assert [t["number"] for t in plan["tasks"]] == ["1.", "2."]


def test_a_covering_letter_flattened_onto_one_line_gives_the_title_it_names_where_it_stands_after_the_date():
    # addressees, the letter naming its plan in 《》, 附件, signature and date, then the plan's title and its
    # text, all on one line joined with spaces: the title is the named plan where it stands right after the date
    text = """文号 | 鹿山政〔2020〕72号 |
各科室,各站所,各村: 经研究,制定《某镇突发公共事件总体应急预案(修订)》,现印发给你们,请认真执行。 附件:某镇突发公共事件总体应急预案(修订) 某市某区某镇人民政府 2020年10月22日 某镇突发公共事件总体应急预案(修订) 1.总则 1.1目的依据 提高政府处置突发公共事件的能力。
"""
    assert [identity(p) for p in plans_of(text)] == [(2, "某镇突发公共事件总体应急预案(修订)")]


def test_a_name_field_set_with_spaces_among_the_pages_metadata_lines_is_metadata_not_the_title():
    text = (
        "当前位置:首页 > 信息公开 > 部门动态 > 正文\n"
        "\n"
        "某市某区落实环境保护督察反馈意见整改方案\n"
        "\n"
        "索 引 号 008384918/2018-00135 主题分类 部门动态\n"
        "发布机构 区环保局 发文日期 2018-07-02 09:59:50\n"
        "名  称 某市某区落实环境保护督察反馈意见整改方案\n"
        "文  号 主 题 词\n"
        "\n"
        "为切实做好我区督察反馈意见整改工作,现结合我区实际,制定本实施方案。\n"
        "一、总体要求\n"
        "坚持以问题为导向。\n"
    )
    assert [identity(p) for p in plans_of(text)] == [(3, "某市某区落实环境保护督察反馈意见整改方案")]


def test_a_file_name_field_above_the_pages_metadata_lines_is_metadata_and_the_notices_points_no_tasks():
    # shiquan-2021-zhengwu-gongkai…: the page's 文件名称 field opens the copy above its 索引号 line; the notice's own title
    # block below is the title, the list it sends the second plan, and the notice's points (…并就有关事项通知如下) its
    # requirements, no tasks
    text = (
        "文件名称 某县人民政府办公室关于印发《某县2021年政务公开工作任务分解一览表》的通知\n"
        "索引号 xzfg/2021-1547 公开目录: 县政府办\n"
        "文号 某政办函〔2021〕12号 成文日期: 2021年04月23日\n"
        "有效性 有效 公开日期: 2021-04-23 20:25\n"
        "内容概述 现将《某县2021年政务公开工作任务分解一览表》印发给你们,请认真抓好落实,并就有关事项通知如下:\n"
        "\n"
        "某县人民政府办公室关于印发《某县2021年政务公开工作任务分解一览表》的通知\n"
        "\n"
        "各镇人民政府,县政府各工作部门、直属机构:\n"
        "\n"
        "现将《某县2021年政务公开工作任务分解一览表》印发给你们,请认真抓好落实,并就有关事项通知如下:\n"
        "\n"
        "一、细化任务,夯实责任。各责任单位要对照《任务分解一览表》,进一步细化分解任务。\n"
        "\n"
        "二、跟踪督导,严格奖惩。县政府办要将政务公开工作纳入年度目标责任考核范畴。\n"
        "\n"
        "某县人民政府办公室\n"
        "\n"
        "2021年4月23日\n"
        "\n"
        "某县2021年政务公开工作任务分解一览表\n"
        "\n"
        "序号\n"
    )
    plans = import_texts([("f.txt", text)]).plans
    assert [(p["source"]["line"], p["title"]) for p in plans] == [
        (7, "某县人民政府办公室关于印发《某县2021年政务公开工作任务分解一览表》的通知"),
        (21, "某县2021年政务公开工作任务分解一览表")]
    assert [t for p in plans for t in p["tasks"]] == []


def test_a_printed_title_block_with_its_sender_alone_above_a_long_line_is_the_title_not_the_headline():
    # the page's headline repeats the title on one line; the printed title block below sets the sender
    # alone on a line and the rest of the title on one long line (blank lines between), then the 文号
    text = """首页 > 政务公开 > 政策文件

青河县人民政府办公室关于印发《青河县干线公路、县乡主干道路广告设施清理及路域环境整治专项行动实施方案》的通知

2020-01-03

青河县人民政府办公室

关于印发《青河县干线公路、县乡主干道路广告设施清理及路域环境整治专项行动实施方案》的通知

青政办发〔2019〕174号

各乡镇人民政府、县直有关单位:
《青河县干线公路、县乡主干道路广告设施清理及路域环境整治专项行动实施方案》已经县人民政府同意,现印发给你们。
"""
    got = [identity(p) for p in plans_of(text)]
    assert got[0] == (7, "青河县人民政府办公室关于印发《青河县干线公路、县乡主干道路广告设施清理及路域环境整治专项行动实施方案》的通知")


def test_a_notice_that_offers_its_own_opinions_below_addressees_cut_before_their_colon_has_no_tasks():
    # a PDF copy: the addressee line lost its closing bracket and colon, the sending paragraph announces
    # the notice's own points with "并提出以下意见" (not 通知如下); the 分工 itself is not in the copy
    text = """某区人民政府办公室

关于印发《政府工作报告》重点工作任务分工的通知

某政办字〔2021〕3号

各街道办事处、镇人民政府,区政府各部门(单位

2021 年《政府工作报告》重点工作责任分工已经区政府同意, 现印发给你们,并提出以下意见,请一并抓好贯彻落实。

一、高度重视,提高站位。各级各部门要立足新发展阶段,确保开好局、起好步。

二、夯实责任,狠抓落实。各级各部门要对照工作任务逐项制定实施方案。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "某区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知")]
    assert plans[0]["tasks"] == []


def test_a_notice_sending_its_plan_in_a_paragraph_broken_by_a_hard_line_break_keeps_its_points():
    # the copy keeps a PDF's hard line break inside the sending paragraph (the line ends after an opening
    # 《); the paragraph sends the plan (现予以印发) and the plan is not in the copy: 一、二、 are the
    # notice's own requirements, not the plan's tasks
    text = """某市人民政府关于印发《贯彻落实<某某意见>分工方案》的通知
(某政发【2010】99号)
各县、区人民政府,市政府各部门,各有关单位:
为了认真贯彻落实《
某某意见》精神,市政府制定了分工方案,现予以印发,请各县区、市有关部门做好贯彻落实。
一、加强组织领导,完善工作机制。各县区、各部门都要高度重视,建立工作机构。
二、明确责任分工,狠抓项目落实。各部门、各单位要提出具体项目。
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "某市人民政府关于印发《贯彻落实<某某意见>分工方案》的通知")]
    assert plans[0]["tasks"] == []


def test_a_notice_title_the_copy_cut_before_its_closing_words_still_sends_its_plan():
    # 关于印发X (的通知 lost): the notice keeps its title, and the plan below the signed letter is X
    text = ("山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起规划》工作方案\n晋政办发〔2017〕55号\n"
            "各市、县人民政府,省人民政府各委、办、厅、局:\n"
            "《山西省贯彻落实〈促进中部地区崛起规划〉工作方案》已经省人民政府同意,现印发给你们,请认真贯彻执行。\n"
            "山西省人民政府办公厅\n2017年5月15日\n山西省贯彻落实《促进中部地区崛起规划》工作方案\n"
            "一、重点任务\n1.推进产业转型。(省发展改革委牵头)\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (1, "山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起规划》工作方案")
    assert identity(plan) == (7, "山西省贯彻落实《促进中部地区崛起规划》工作方案") and plan["parent"] == notice["id"]
    assert [t["number"] for t in plan["tasks"]] == ["1."]


def test_a_headline_with_a_column_label_over_a_covering_letter_gives_way_to_the_plans_own_title():
    # 政策解读: before the headline; the letter below it sends the plan, whose own title (over two lines) follows
    text = ("政策解读:广元市安全生产治本攻坚三年行动方案(2024—2026年)\n"
            "各县(区)安委会,市级有关部门(单位):\n"
            "现将《广元市安全生产治本攻坚三年行动方案(2024—2026年)》印发你们,请认真抓好贯彻落实。\n"
            "广元市安全生产委员会\n2024年3月7日\n广元市安全生产治本攻坚三年行动方案\n(2024—2026年)\n"
            "一、重点任务\n1.压实安全生产责任。(市应急局牵头)\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "广元市安全生产治本攻坚三年行动方案(2024—2026年)")
    assert [t["number"] for t in plan["tasks"]] == ["1."]


def test_a_notice_title_set_whole_in_angle_quotes_over_its_number_and_letter():
    """《某省人民政府办公厅关于印发X的通知》 on a line of its own, then its 文号, addressees and signed letter, then
    X: the quoted line is the notice's title (not a page headline repeating X), and X its plan."""
    text = (
        "某政办发〔2019〕7号《某省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知》\n\n"
        "浏览量: 时间:2021-02-06\n\n"
        "《某省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知》\n\n"
        "某政办发〔2019〕7号\n\n"
        "各市、县(市、区)人民政府,省政府直属各单位:\n\n"
        "《政府工作报告重点工作责任分解》已经省政府同意,现印发给你们,请认真贯彻执行。\n\n"
        "某省人民政府办公厅\n\n2019年2月19日\n\n"
        "政府工作报告重点工作责任分解\n\n"
        "一、稳企业\n\n1. 稳企业、防风险。扎实做好稳企业各项工作。\n\n牵头单位:省发展改革委、省经信厅\n"
    )
    result = import_texts([("z.txt", text)])
    assert [(p["title"], p["source"]["line"]) for p in result.plans] == [
        ("某省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知", 5), ("政府工作报告重点工作责任分解", 17)]


def test_a_model_text_sites_tag_line_is_no_title():
    """A model-text site's heading with its column label (范文资料:X), then its date and a line of tags each a
    title of its own (实施方案 体检评估工作实施方案 …): X is the title, the tag line none."""
    text = (
        "欢迎来到某某方案网网站!\n\n范文资料:全县重大政策宣传解读工作实施方案\n\n2022-01-02\n"
        "实施方案 体检评估工作实施方案 住房抗震改造工作实施方案\n\n实施方案。\n\n"
        "为切实做好县政府重大政策宣传解读工作,制定实施方案如下:\n\n一、总体要求\n\n坚持以人民为中心。\n\n"
        "二、主要任务\n\n(一)统筹做好疫情防控的重大政策。重点解读复工复产政策。\n"
    )
    assert [(p["title"], p["source"]["line"]) for p in plans_of(text)] == [("全县重大政策宣传解读工作实施方案", 3)]


def test_a_pipe_row_of_several_label_and_value_fields_is_metadata_not_the_title():
    """A page's metadata table flattened into pipe rows of two fields each (haiyan-2022): the notice's own
    title, in a row of its own below, is the title."""
    text = """索引号: | 1133/2022-698 | 成文日期: | 2022-04-18 |
文件编号: | 某政办发〔2022〕16号 | 组配分类: | 政府工作报告 |
发布机构: | 县政府办公室 | 有效性: |
某县人民政府办公室关于印发2022年重点工作责任分解的通知 |
各镇人民政府,县政府各部门:
现印发给你们,请认真贯彻执行。
"""
    assert identity(plans_of(text)[0]) == (4, "某县人民政府办公室关于印发2022年重点工作责任分解的通知")


def test_a_notice_run_on_to_one_line_gives_its_plan_where_the_plan_stands_after_the_letters_date():
    """The copy lost its line breaks below the notice's title (haiyan-2022): the plan the notice names
    starts on that line, right after the signature's date and a bracketed remark."""
    text = """某县人民政府办公室关于印发2022年重点工作责任分解的通知
各镇人民政府,县政府各部门: 《2022年重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 某县人民政府办公室 2022年4月18日 (此件公开发布) 2022年重点工作责任分解 一、县长牵头重点工作 1.稳住经济增长。 责任单位:县发改局 2.压减一般性支出。 责任单位:县财政局
"""
    notice, plan = plans_of(text)
    assert identity(notice)[0] == 1 and identity(plan) == (2, "2022年重点工作责任分解")
    assert [t["number"] for t in plan["tasks"]] == ["1.", "2."]


def test_a_plan_title_wrapped_over_a_blank_line_below_a_signed_notice_is_the_plans_title():
    """Below the notice's signature the plan's own title is set over two lines with a blank line between,
    naming the plan otherwise than the notice (quzhou-2021): that title, and its first item a task."""
    text = """关于印发2021年政府工作报告重点工作责任分解的通知

各县(市、区)人民政府,市政府各部门:

《政府工作报告“十四五”时期重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。

某市人民政府办公室

2021年3月24日

政府工作报告“十四五”时期

重点工作责任分解

1.实施富民行动。

责任单位:市发改委、市农业农村局

2.实施做大产业行动。

责任单位:市经信局
"""
    notice, plan = plans_of(text)
    assert identity(plan) == (11, "政府工作报告“十四五”时期重点工作责任分解")
    assert [(t["line"], t["number"]) for t in plan["tasks"]] == [(15, "1."), (19, "2.")]


def test_a_list_bullet_before_the_pages_title_line_is_no_part_of_the_title():
    """A page that sets its metadata and its title as a bulleted list (wucheng-2023): the title without its •."""
    text = """  • 发布机构:

    某区文旅体局

  • 中共某区文化和旅游体育局党组关于巡察整改情况的通报

    根据区委统一部署,区委第二巡察组对区文旅体局党组进行了巡察。现将巡察整改情况予以公布。

    (一)在“党组领导核心作用发挥不足”方面

    1.关于“学习贯彻不够到位”问题的整改
"""
    assert identity(plans_of(text)[0]) == (5, "中共某区文化和旅游体育局党组关于巡察整改情况的通报")


def test_a_newspaper_e_paper_pages_buttons_are_furniture_not_the_title():
    """A community newspaper's e-paper page (taopu-2021): its page label, 版面概览, 上一版 下一版 and the
    放大 缩小 默认 上一篇 buttons are the page's, the heading below them the title."""
    text = """第04版:策划

版面概览

上一版  下一版

2021年01月06日 星期三

放大  缩小  默认  上一篇

2021年工作安排

一、推动高质量发展,构建新发展格局

·优化区域营商环境

二、推动高标准建设,提升城区形象和竞争力
"""
    plan = plans_of(text)[0]
    assert identity(plan) == (11, "2021年工作安排")
    assert [t["number"] for t in plan["tasks"]] == ["一、", "二、"]


def test_a_sharing_sites_lines_repeating_the_file_name_are_no_title():
    """A document-sharing page: the file name, the upload's metadata, the blurb naming the file, then the
    file's name again without its extension, and only then the document's own title."""
    text = (
        "某市政务公开工作要点实施方案.docx\n- 文档编号:5328372\n- 上传时间:2022-12-15\n- 格式:DOCX\n"
        "某市政务公开工作要点实施方案.docx\n"
        "《某市政务公开工作要点实施方案.docx》由会员分享,可在线阅读,更多相关《某市政务公开工作要点实施方案.docx》请在某某网上搜索。\n"
        "某市政务公开工作要点实施方案\n"
        "某市2017年政务公开工作要点实施方案\n"
        "一、以政务公开助力稳增长\n(一)加强预期引导。通过新闻发布会解读政策。(市发改委牵头落实)\n"
    )
    assert [(p["title"], p["source"]["line"]) for p in plans_of(text)] == [("某市2017年政务公开工作要点实施方案", 8)]


@pytest.mark.parametrize("written", ["某县安全生产工作方案.docx", "《某县安全生产工作方案.doc》", "某县安全生产工作方案.PDF"])
def test_a_file_extension_behind_a_title_is_no_part_of_it(written):
    assert clean(written) == "某县安全生产工作方案"


def test_a_title_set_under_its_place_alone_on_a_line():
    """A page that sets the place alone on the first line (马鞍山市) and the rest of the title on the next
    (关于进一步激发…的实施细则) holds one title, the place's, joined over both lines."""
    text = (
        "马鞍山市\n"
        "关于进一步激发民营企业创业热情推进民营经济高质量发展的实施细则\n"
        "为深入贯彻落实有关精神,结合实际,制定本实施细则。\n"
        "一、主要任务\n"
        "1.搭建创意平台。定期举办创意会。(市商务局负责)\n"
    )
    plan = import_texts([("t.txt", text)]).plans[0]
    assert plan["title"] == "马鞍山市关于进一步激发民营企业创业热情推进民营经济高质量发展的实施细则"
    assert plan["jurisdiction"] == "马鞍山市"


def test_a_notices_title_set_again_below_it_is_no_plan_it_sends():
    """A mirror's headline, its metadata, then the notice's title with its 文号 glued behind (…的通知辦河湖〔2022〕45號)
    over the letter (shuilibu-2022's head): one notice and the plan it names, not a second plan with the notice's title."""
    text = (
        '跳至內容\n'
        '\n'
        '水利部辦公廳關於印發2022年河湖管理工作要點的通知\n'
        '\n'
        '維基文庫,自由的圖書館\n'
        '水利部辦公廳關於印發2022年河湖管理工作要點的通知\n'
        '辦河湖〔2022〕45號\n'
        '2022年2月21日\n'
        '發布機關:水利部辦公廳\n'
        '水利部網站\n'
        '水利部辦公廳關於印發2022年河湖管理工作要點的通知辦河湖〔2022〕45號\n'
        '\n'
        '部直屬有關單位,各省、自治區、直轄市水利(水務)廳(局)、河長制辦公室,各計劃單列市水利(水務)局、河長制辦公室,新疆生產建設兵團水利局:\n'
        '\n'
        '為貫徹落實水利部黨組關於推動新階段水利高質量發展的安排部署和2022年全國水利工作會議精神,紮實做好河湖長制及河湖管理工作,水利部制定了《2022年河湖管理工作要點》。現印發給你們,請結合實際做好相關工作。\n'
        '\n'
        '水利部辦公廳\n'
        '\n'
        '2022年2月21日\n'
        '\n'
        '2022年河湖管理工作要點\n'
    ) + "\n一、強化河湖長制\n\n(一)壓緊壓實河湖長責任。(河湖管理司牽頭)\n"
    titles = [p["title"] for p in plans_of(text)]
    assert sorted(titles) == ["2022年河湖管理工作要點", "水利部辦公廳關於印發2022年河湖管理工作要點的通知"]


def test_a_title_field_among_metadata_set_with_spaces_is_no_title():
    """索 引 号 …, 发布机构 …, 有效性 有效, 标题 …, 内容概述 …: a page's metadata rows written label, space, value
    (shangjie-2022's head); the 标题 row among them is no title block, the document's own title below it is."""
    text = (
        '索 引 号 FZ08906-2500-2022-00025 文号 上政综〔2022〕286号\n'
        '发布机构 上街镇 生成日期 2022-08-12\n'
        '标题 上街镇人民政府关于印发2022年安全生产专项整治三年行动巩固提升工作要点的通知 有效性 有效\n'
        '内容概述 现将《2022年安全生产专项整治三年行动巩固提升工作要点》印发给你们。请各你们根据职责分工、具体要求抓好贯彻落实,按时完成工作任务,各牵头部门于2022年12月15日前将各项工作完成情况报送镇安办。\n'
        '索 引 号 FZ08906-2500-2022-00025\n'
        '文号 上政综〔2022〕286号\n'
        '发布机构 上街镇\n'
        '生成日期 2022-08-12\n'
        '有效性 有效\n'
        '标题 上街镇人民政府关于印发2022年安全生产专项整治三年行动巩固提升工作要点的通知\n'
        '内容概述 现将《2022年安全生产专项整治三年行动巩固提升工作要点》印发给你们。请各你们根据职责分工、具体要求抓好贯彻落实,按时完成工作任务,各牵头部门于2022年12月15日前将各项工作完成情况报送镇安办。\n'
        '\n'
        '上街镇人民政府关于印发2022年安全生产专项整治三年行动巩固提升工作要点的通知\n'
        '\n'
        '上街镇人民政府关于印发2022年安全生产专项整治三年行动巩固提升工作要点的通知\n'
        '发布时间:2022-08-16 08:58\n'
        '| | | |\n'
        '\n'
        '各村(居)、各部门、镇政府安委会成员单位:\n'
        '\n'
        '  现将《2022年安全生产专项整治三年行动巩固提升工作要点》印发给你们。请各你们根据职责分工、具体要求抓好贯彻落实,按时完成工作任务,各牵头部门于2022年12月15日前将各项工作完成情况报送镇安办。\n'
        '\n'
        '  上街镇人民政府\n'
        '\n'
        '  2022 年8月12日\n'
        '\n'
        '  2022年安全生产专项整治三年行动巩固提升工作要点\n'
    ) + "\n一、压实责任\n(一)落实属地责任。(镇应急办牵头)\n"
    assert [identity(p) for p in plans_of(text)] == [
        (15, "上街镇人民政府关于印发2022年安全生产专项整治三年行动巩固提升工作要点的通知"),
        (27, "2022年安全生产专项整治三年行动巩固提升工作要点")]


def test_a_title_field_label_a_line_whose_title_is_set_again_below():
    """标题 / its value on the next line, among labels one a line, and the same title set again below over two lines
    (sender / 关于印发…): the lower block is the title; the field is the page's metadata."""
    text = (
        "首页 > 政务公开\n\n索引号\n\n1137/2021-26757114\n\n发布机关\n\n某县政府\n\n标题\n\n"
        "某县人民政府办公室关于印发2021年某县政务公开工作要点的通知\n\n有效性\n\n失效\n\n发文字号\n\n某政办发〔2021〕9号\n\n"
        "某县人民政府办公室\n关于印发2021年某县政务公开工作要点的通知\n\n某政办发〔2021〕9号\n\n"
        "各乡镇人民政府、街道办事处:\n\n《2021年某县政务公开工作要点》已经县政府同意,现印发给你们。\n\n"
        "某县人民政府办公室\n\n2021年6月28日\n\n2021年某县政务公开工作要点\n\n一、加强政策解读\n\n1.做好解读工作。(县政府办牵头)\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (23, "某县人民政府办公室关于印发2021年某县政务公开工作要点的通知"), (36, "2021年某县政务公开工作要点")]


def test_a_sharing_sites_file_name_broken_one_word_a_line_is_the_sites_over_the_title_it_ends_with():
    # the site's download notes (numbered 1. 2.), then the file name one word a line (2023 / 经济技术 / …),
    # then the document's title: the notes are no tasks, the title is the plan's (unknown-zone-…-zhongdian-gongzuo)
    notes = "温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱。\n2. 本文档由用户上传,版权归属用户。\n"
    broken = "\n".join(["网站客服:3074922707", "2023", "经济技术", "开发区", "管委会", "重点", "工作"])
    body = "经济技术开发区管委会重点工作\n集中精力重点抓好八个方面工作。\n一、以新城为引领,打造城市建设新亮点。\n二、全力服务入区企业建设。\n"
    got = [(identity(p), [t["line"] for t in p["tasks"]]) for p in plans_of(notes + broken + "\n" + body)]
    assert got == [((11, "经济技术开发区管委会重点工作"), [13, 14])]


def test_pipe_metadata_rows_with_a_file_number_and_an_issue_date_label_are_no_title():
    # 文件號 (the long form of 文号) with no value beside 制發日期 and its date: a metadata row, not the title;
    # the letter below it sends the list whose own title follows the date (jiangsu-2022, traditional)
    text = ("發布機構 | 江蘇省商務廳 | ||\n文件號 | 制發日期 | 2022-02-25 |\n各設區市商務局:\n"
            "現將《2022年重點工作任務清單》印發給你們,請認真組織實施。\n江蘇省商務廳\n2022年2月25日\n"
            "2022年重點工作任務清單\n(一)深入學習宣傳。(責任單位:各設區市商務局)\n")
    assert [identity(p) for p in plans_of(text)] == [(7, "2022年重點工作任務清單")]


def test_a_headline_over_the_notices_title_set_again_over_two_lines():
    """A page's headline, its lead, the 文号, then the notice's title set again over two lines above the addressees
    (tianjin-2017's head): the lower setting is the notice's title block, and no second plan has its title."""
    text = (
        '天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知\n'
        '导读:加强新形势下开发区的改革和创新发展,对于我市紧紧抓住重要历史性窗口期、全面建成高质量小康社会、建设社会主义现代化大都市具有重要意义。\n'
        '津政办函〔2017〕103号\n'
        '天津市人民政府办公厅印发关于促进我市\n'
        '开发区改革和创新发展实施方案的通知\n'
        '各区人民政府,各委、局,各直属单位:\n'
        '经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。\n'
        '天津市人民政府办公厅\n'
        '2017年10月9日\n'
        '关于促进我市开发区改革和\n'
        '创新发展的实施方案\n'
        '为贯彻落实《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号),进一步发挥开发区作为深化改革。\n'
    ) + "一、总体要求\n(一)指导思想。全面贯彻党的十九大精神。\n"
    assert [identity(p) for p in plans_of(text)] == [
        (4, "天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知"),
        (10, "关于促进我市开发区改革和创新发展的实施方案")]


def test_two_joint_senders_printed_one_a_line_above_the_title():
    """A red-head title block that prints its two senders one a line (中共某县委员会 / 某县人民政府) above
    关于印发《…》的通知 holds one notice title, both senders in it and the title's line the first sender's."""
    text = (
        "某委发〔2021〕5号\n"
        "中共青山县委员会\n"
        "青山县人民政府\n"
        "关于印发《青山县乡村振兴实施方案》的通知\n"
        "各乡镇党委和人民政府,县直各部门:\n"
        "现将《青山县乡村振兴实施方案》印发给你们,请认真贯彻执行。\n"
        "中共青山县委员会\n"
        "青山县人民政府\n"
        "2021年3月15日\n"
        "青山县乡村振兴实施方案\n"
        "一、重点任务\n"
        "1.建设高标准农田。(县农业农村局负责)\n"
    )
    notice = next(p for p in import_texts([("t.txt", text)]).plans if "通知" in p["title"])
    assert notice["title"] == "中共青山县委员会青山县人民政府关于印发《青山县乡村振兴实施方案》的通知"


def test_a_copy_opening_at_its_addressees_with_no_signature_gives_the_title_below_the_letter():
    text = ("各市、州、县人民政府,省政府各部门:\n2017年是实施“十三五”规划的重要一年,全省各地各部门务必认真贯彻落实。\n"
            "经省人民政府同意,现将《政府工作报告》确定的工作任务进行责任分解,请认真抓好贯彻落实。\n"
            "《政府工作报告》重点工作责任分解\n一、经济社会发展的主要任务\n1.强化产业项目建设。牵头单位:省发改委\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (4, "《政府工作报告》重点工作责任分解")
    assert [t["line"] for t in plan["tasks"]] == [6]


def test_a_news_copys_lead_summary_and_announcing_line_stand_above_the_notices_title():
    text = ("日前,某区人民政府印发关于推动经济高质量发展若干政策举措的通知。\n"
            "文件指出,严格落实国家关于能耗的政策,确保重大建设项目用能应保尽保,新增储能装机5万千瓦。\n"
            "文件详情如下:\n某区人民政府关于印发关于推动经济高质量发展若干政策举措的通知\n各乡镇人民政府、街道办事处:\n"
            "《关于推动经济高质量发展若干政策举措》已经区政府同意,现印发给你们。\n某区人民政府\n2025年4月1日\n"
            "关于推动经济高质量发展若干政策举措\n一、强化科技创新\n(一)加强科创平台建设。(区科技局牵头)\n")
    notice, plan = plans_of(text)
    assert identity(notice) == (4, "某区人民政府关于印发关于推动经济高质量发展若干政策举措的通知")
    assert identity(plan) == (9, "关于推动经济高质量发展若干政策举措") and [t["line"] for t in plan["tasks"]] == [11]


def test_a_plan_title_wrapped_over_two_lines_is_read_whole_where_the_notice_names_it():
    """Below the notice, the plan's title printed over two lines, each a phrase of its own (全面推进乡村振兴 /
    加快农业农村现代化的实施方案): joined, as the notice names it in 《》 (xiongan-2021)."""
    text = (
        "某发〔2021〕5号\n中共某新区工作委员会\n某新区管理委员会\n"
        "关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知\n某县、某县委和人民政府,新区各部门:\n"
        "现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们,请结合实际认真贯彻落实。\n"
        "中共某新区工作委员会\n某新区管理委员会\n2021年3月15日\n(此件公开发布)\n"
        "全面推进乡村振兴\n加快农业农村现代化的实施方案\n为认真贯彻落实中央农村工作会议精神,制定本方案。\n"
        "一、重点任务\n(一)提升粮食生产能力。(新区农业农村局牵头)\n"
    )
    plan = next(p for p in plans_of(text) if "通知" not in p["title"])
    assert identity(plan) == (11, "全面推进乡村振兴加快农业农村现代化的实施方案")


def test_a_title_wrapped_over_a_blank_line_whose_quoted_name_holds_a_comma():
    """A campaign's name quoted inside the title (“收好官,开好局”) holds a comma: the first line is still a
    title's line, joined with the rest below the blank line (haixi-2020)."""
    text = (
        "某州人民政府办公室关于印发在全州开展“收好官,开好局”专项行动实施方案的通知\n\n"
        "各市、县人民政府,某行委,州政府各部门:\n\n"
        "《关于在全州开展“收好官,开好局”专项行动实施方案》已经州政府研究同意,现印发给你们。\n\n"
        "某州人民政府办公室\n\n2020年10月30日\n\n"
        "关于在全州开展“收好官,开好局”\n\n专项行动实施方案\n\n"
        "为统筹做好四季度各项工作,制定如下实施方案。\n\n二、重点工作\n\n(一)常态化抓好疫情防控。\n"
    )
    plan = next(p for p in plans_of(text) if "通知" not in p["title"])
    assert identity(plan) == (11, "关于在全州开展“收好官,开好局”专项行动实施方案")
    assert [t["line"] for t in plan["tasks"]] == [19]


def test_a_model_sites_headline_repeating_its_title_in_brackets_is_that_title():
    # "X实施方案(X实施方案)" over the site's blurb (unknown-county-2020-daolu-yunshu…)
    text = ("2020年道路运输安全专项整治三年行动实施方案(2020年道路运输安全专项整治三年行动实施方案)\n"
            "下面是小编为大家整理的2020年道路运输安全专项整治三年行动实施方案,欢迎大家借鉴与参考。\n"
            "为加强我县道路运输安全专项整治,制定本实施方案。\n一、主要任务\n1.督促落实企业主责。各成员单位要加强协同联动。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert plan["title"] == "2020年道路运输安全专项整治三年行动实施方案"


def test_a_notice_title_joining_two_plans_gives_the_plans_its_letter_names_apart():
    """关于印发…重点工作和…民生实事项目责任分解的通知 joins the two plans it sends into one phrase; its letter names
    each in 《》 (the page may lose the first 《 at the line's start): the plan below the letter is the one it
    names, under its own title, not under the joined phrase (jiaxing-2022, jiaxing-2023)."""
    letter = ("某市人民政府办公室关于印发2022年政府工作报告重点工作和市政府民生实事项目责任分解的通知\n"
              "各县(市、区)人民政府,市级有关部门(单位):\n"
              "{open}2022年政府工作报告重点工作责任分解》和《2022年市政府民生实事项目责任分解》已经市政府同意,"
              "现印发给你们,请认真贯彻执行。\n某市人民政府办公室\n2022年5月10日\n"
              "2022年政府工作报告重点工作责任分解\n序号\n主要工作任务\n责任单位\n1\n地区生产总值增长6%。\n市发展改革委\n")
    for opening in ("《", ""):
        notice, plan = plans_of(letter.format(open=opening))
        assert identity(notice)[0] == 1
        assert identity(plan) == (6, "2022年政府工作报告重点工作责任分解")
        assert [t["line"] for t in plan["tasks"]] == [10]


def test_a_news_copys_lead_of_several_paragraphs_runs_down_to_its_announcing_line():
    """A reprint's lead (2月14日,…发布关于印发…的通知。) and a summary of three more paragraphs above 原文如下:
    and the notice's title: the lead is no title, however many paragraphs it runs (jiaxing-2025)."""
    text = ("2月14日,某市人民政府发布关于印发2025年政府工作报告重点工作责任分解的通知。\n"
            "文件提出,完善新型能源开发利用体系,构建清洁低碳能源网络。\n"
            "科学做好能源供需调度,推动主要能源供应充足。\n"
            "落实能耗双控向碳排放双控转型要求,推动能耗强度稳步下降。\n"
            "原文如下:\n某市人民政府办公室关于印发2025年政府工作报告重点工作责任分解的通知\n"
            "各县(市、区)人民政府,市级有关部门(单位):\n"
            "《2025年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n")
    notice = plans_of(text)[0]
    assert identity(notice) == (6, "某市人民政府办公室关于印发2025年政府工作报告重点工作责任分解的通知")


def test_a_notice_handing_down_divided_tasks_and_its_table_titled_on_one_line():
    # 苏州市人民政府关于下达2011年政府工作任务的通知 (suzhou-2011): "…工作任务分解为15项工作目标和35项工作任务,现下达给你们"
    # sends the tasks; below the signature a one-line task table title (…分解表) is the plan it sends
    text = ("某市人民政府关于下达2011年政府工作任务的通知\n(某府〔2011〕57号)\n\n各区人民政府,市各委办局:\n\n"
            "  根据市人大会议确定的目标任务,市政府将2011年政府工作任务分解为15项工作目标和35项工作任务,现下达给你们,请认真组织实施。\n\n"
            "某市人民政府\n\n二○一一年三月十七日\n\n  某市2011年政府工作任务分解表\n\n序号\n\n工作任务\n\n主要责任单位\n\n"
            "1\n\n地区生产总值增长12%\n\n市发改委\n")
    assert [identity(p) for p in plans_of(text)] == [
        (1, "某市人民政府关于下达2011年政府工作任务的通知"), (12, "某市2011年政府工作任务分解表")]


def test_a_headline_set_again_below_with_its_place_and_issue_over_the_addressees_is_the_title_block():
    # a model-text site's headline, then the document's own title with its city and issue (unknown-city-2022-chuangwen)
    text = (
        "范文网 —— 专注公文写作范文\n\n"
        "市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报\n\n"
        "admin 分享 时间: 加入收藏\n\n"
        "V市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报(2022年·第9期)\n\n"
        "各乡(镇),市属各部门:\n\n"
        "现将督查情况通报如下:\n"
    )
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans] == [
        (7, "V市创建全国文明城市工作指挥部办公室关于全国文明城市建设工作督查通报(2022年·第9期)")]


def test_a_sharing_sites_file_card_between_its_headline_and_the_documents_own_title():
    # the site's headline, its file card (date, views, size, page count, buttons), then the document's title with
    # a PDF's spacing: the title is the document's own line, and "24 页" is a page count, no item
    text = (
        "市教育局2022年工作要点\nVIP专免\n2024-06-03\n999+\n29.51KB\n24 页\n海报\n侵权投诉\n"
        "市教育局 2022 年工作要点\n2022 年是全面实施“十四五”规划的关键之年。\n"
        "一、建设区域教育中心\n1.推进区域教育中心建设。成立推进专班。(责任单位:区域教育中心建设专班)\n"
    )
    (plan,) = import_texts([("s.txt", text)]).plans
    assert plan["source"]["line"] == 9 and plan["title"] == "市教育局2022年工作要点"
    (task,) = plan["tasks"]
    assert task["number"] == "1." and [r["written"] for r in task["units"]] == ["区域教育中心建设专班"]


def test_a_sharing_sites_headline_over_the_plans_own_title_gives_way_to_it():
    """A model-text site's headline, its date, source and blurb, then the plan's title set again over the body
    (unknown-town-2022-cunzhuang): the lower setting is the plan's title line, the headline the page's."""
    text = ("当前位置:二十一文明网>专题范文 > 公文范文\n\n镇村庄清洁行动工作方案\n\n时间:2023-09-12 12:28:52 公文范文 来源:网友投稿\n\n"
            "下面是小编为大家整理的镇村庄清洁行动工作方案,供大家参考。\n\n镇村庄清洁行动工作方案\n\n"
            "一、工作任务\n(一)开展村庄清洁。(责任单位:镇农办)\n")
    (plan,) = plans_of(text)
    assert (plan["title"], plan["source"]["line"]) == ("镇村庄清洁行动工作方案", 9)


def test_a_sharing_sites_bulleted_file_card_and_model_text_label_are_no_part_of_the_title():
    """A sharing site's file card bulleted with "- " (size, date, its notices) above the document, whose title carries
    the site's label 范文 (unknown-town-2020-cunju): the title is the document's, on its own line."""
    text = ("- 14.36 KB\n- 2021-04-14 发布\n- 1、本文档由用户上传,淘文库整理发布,可阅读全部内容。\n- 网站客服QQ:403074932\n"
            "乡镇 2021 年村(居)党建工作要点范文\n为巩固深化主题教育成果,特制定本要点。\n一、夯实党建基础\n"
            "1、深化党支部考核。由镇党建办公室每月25日前完成。\n")
    (plan,) = plans_of(text)
    assert (plan["title"], plan["source"]["line"]) == ("乡镇2021年村(居)党建工作要点", 5)
    assert clean("某县安全生产工作方案(精选13篇)") == "某县安全生产工作方案"
    assert clean("关于征集优秀范文") == "关于征集优秀范文"  # no title word left before it: the words are the title's


def test_a_labelled_field_no_list_names_between_the_pages_fields_is_no_title():
    """信息来源: / 访问次数: / 字体大小:大 中 小 over a covering letter and the plan's title (zhoushan-2022): the unknown
    field between two known ones is the page's, and the title below the letter is the plan's."""
    text = ("发布时间:2022-08-15 21:28\n信息来源:舟山市政府网\n访问次数:\n字体大小:大 中 小\n"
            "各县(区)人民政府,各功能区管委会,市政府直属各单位:\n"
            "《舟山市政务公开实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n舟山市人民政府办公室\n2022年7月8日\n"
            "舟山市政务公开实施方案\n一、主要任务\n(一)夯实主动公开基础。(责任单位:市政府办公室)\n")
    assert [(p["title"], p["source"]["line"]) for p in plans_of(text)] == [("舟山市政务公开实施方案", 9)]


def test_an_empty_field_over_a_title_set_as_a_row_of_one_cell_leaves_it_the_title():
    """The page's last field empty (文 号:) over the table's title set as a one-cell row (…重点任务台账 |) and the
    header (guangdong-2021-weijianwei): the row is the plan's title, not the field's value."""
    text = ("发布机构: 广东省卫生健康委员会\n名 称: 广东省卫生健康委2021年政务公开工作重点任务台账\n发文日期: 2021年03月16日\n文 号:\n"
            "2021 年政务公开工作重点任务台账 |\n序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
            "1 | 做好疫情信息发布 | 及时发布疫情信息 | 宣传处 | 长期 | |\n")
    (plan,) = plans_of(text)
    assert (plan["title"], plan["source"]["line"]) == ("2021年政务公开工作重点任务台账", 5)


def test_a_letter_copied_from_its_addressees_on_has_no_title_and_the_publishers_place():
    """A page's metadata table ([ 名 称 ] the only setting of the title), then the letter from its addressees on, a state
    farm among them (jingbian-2025): no plan takes the addressees for its title, and the place is the publisher's."""
    text = ("[ 发布机构 ] | 靖边县人民政府办公室 | [ 发文日期 ] | 2025-02-28 |\n"
            "[ 名 称 ] | 靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知 |\n"
            "各镇人民政府、张家畔街道办事处,县政府各工作部门、派出机构,新桥农场:\n"
            "为形成协调落实工作格局,县政府对2025年重点工作采取以下机制予以调度。\n"
            "一、将重大项目纳入月调度机制。\n")
    (plan,) = plans_of(text)
    assert plan["title"] != "各镇人民政府、张家畔街道办事处,县政府各工作部门、派出机构,新桥农场:"
    assert plan["jurisdiction"] == "靖边县"


def test_a_law_library_s_metadata_with_each_label_glued_to_its_value_is_no_title():
    # zuigaofayuan-2019 (a traditional law-library mirror): 發文機關最高人民法院 / 發文日期… / 時效性現行有效 /
    # 發文字號… / 施行日期…, each label glued to its value, then the letter and the plan's title below its signature
    from planportal.importer import import_texts

    text = (
        "發文機關最高人民法院\n發文日期2019年02月21日\n時效性現行有效\n發文字號法辦〔2019〕40號\n施行日期2019年02月21日\n"
        "本院各單位:\n《關于貫徹落實<司法改革領導小組2019年工作要點>的分工方案》已經審議通過,現予以印發。\n"
        "最高人民法院辦公廳\n2019年2月21日\n"
        "關于貫徹落實《司法改革領導小組2019年工作要點》的分工方案\n"
        "現將有關任務分工如下:\n1. 開展大學習大研討大培訓活動。\n責任單位:政治部、法官學院\n"
    )
    plans = import_texts([("m.txt", text)]).plans
    assert [p["source"]["line"] for p in plans] == [10]
    assert [r["written"] for r in plans[0]["tasks"][0]["units"]] == ["政治部", "法官學院"]


def test_a_copy_that_opens_with_its_preamble_has_no_title_but_keeps_its_place_and_year():
    """A copy that starts at the preamble (unknown-shaanxi-2022): its opening sentence is no plan title (the plan is
    untitled, for a person to name), but the year and the place it names still date and place the plan."""
    text = ("为全面贯彻落实中省决策部署,扎实推进2022年大气污染防治工作,根据《陕西省人民政府办公厅关于印发蓝天保卫战"
            "2022年工作方案的通知》,结合西安市实际,制定本方案。\n一、重点任务\n"
            "(一)淘汰燃煤锅炉。2022年完成全部淘汰任务。(责任单位:市生态环境局)\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert plan["jurisdiction"] == "西安市"
    assert [d["text"] for d in plan["tasks"][0]["deadlines"]] == ["2022年"]


def test_a_date_or_a_short_label_opening_a_copy_is_no_title():
    """A copy whose first line is its date (luyi-2018) or a page's label (全文, 一级目录) and which has no title block:
    untitled, not titled with that line."""
    for first in ("2018年12月28日", "全文", "一级目录"):
        text = first + "\n一、重点工作\n1.抓好安全生产。(责任单位:县应急局)\n"
        (plan,) = plans_of(text)
        assert plan["title"] == "（原文无标题）", first


def test_a_metadata_table_whose_cells_hold_label_and_value_with_a_pipe_before_them_is_the_pages():
    """Rows of "| 发文机关:南漳镇人民政府 | 主题词:工作计划 |" above an untitled body (nanzhang-2023): page metadata, giving
    the publisher, not a title."""
    text = ("| 索引号:000014349/2022-83299 | |\n| 发文字号: | 发文时间:2023-01-05 |\n"
            "| 发文机关:南漳镇人民政府 | 主题词:工作计划 |\n| 主题分类:综合政务 | 发布日期:2023-01-05 |\n"
            "一是扎实推进产业强镇。由镇农业服务中心负责。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert plan["publisher"] == "南漳镇人民政府" and plan["jurisdiction"] == "南漳镇"


def test_a_public_mark_the_copy_cuts_after_the_signature_is_no_plan_of_the_notice():
    # changzhi-2026 (held-out set 48): the copy ends in "(此" under the signature; the 清单 the 附件 line names
    # is not in the text, so the notice is the only plan
    from planportal.importer import import_texts

    text = ("长治市人民政府办公室关于印发2026年市政府工作报告重点目标任务清单的通知\n各县、区人民政府,市直各有关单位:\n"
            "经市政府同意,现将《2026年市政府工作报告重点目标任务清单》印发给你们。请认真对照,抓好落实。\n"
            "一、完善工作机制,压实落实责任\n各县区、各部门要全面构建高效落实机制。\n"
            "附件:2026年市政府工作报告重点目标任务清单\n长治市人民政府办公室\n2026年2月11日\n(此\n")
    plans = import_texts([("n.txt", text)]).plans
    assert [p["title"] for p in plans] == ["长治市人民政府办公室关于印发2026年市政府工作报告重点目标任务清单的通知"]


def test_a_one_line_copy_opens_with_its_body_or_a_title_glued_to_it():
    body = ("为切实做好农作物秸秆禁烧工作,进一步改善空气环境质量,制定本方案。 一、总体要求 坚持疏堵结合,全面落实属地责任,"
            "确保秸秆禁烧工作取得实效,确保全年不发生大面积焚烧。 二、工作措施 (一)加强巡查。各村要落实网格化巡查制度,"
            "发现火点立即处置。(责任单位:各村) (二)推进综合利用。镇农业农村办要推广秸秆还田和离田利用。(责任单位:镇农业农村办)")
    # the title glued in front of the body, a site's watermark before it: the title is the words up to its plan word
    glued = plans_of("秘书之家—全网资源每日更新www.mishuzj.com某镇秋冬季秸秆禁烧工作方案2篇 " + body)
    assert [identity(p) for p in glued] == [(1, "某镇秋冬季秸秆禁烧工作方案")]
    assert [t["number"] for t in glued[0]["tasks"]] == ["(一)", "(二)"]
    # no title at all: the line is the body, not a title hundreds of characters long; its opening year is the plan's
    untitled = plans_of("2023年度乡村工作思路是:以乡村振兴为总抓手," + body.replace("各村要落实", "2023年,各村要落实"))
    assert untitled[0]["title"] == "（原文无标题）"
    assert [t["number"] for t in untitled[0]["tasks"]] == ["(一)", "(二)"]
    assert [d["text"] for d in untitled[0]["tasks"][0]["deadlines"]] == ["2023年"]


def test_a_numbered_page_headline_over_the_pages_furniture_is_no_task():
    # shawan-2020: the 22nd page of a series of catalogues keeps its number in the headline, the page's 信息来源 /
    # 发布时间 line right below; a catalogue table follows, whose rows are no tasks
    text = ("(二十二)某区安全生产领域基层政务公开标准目录\n\n信息来源: 某区 发布时间: 2025-08-19 浏览量:\n\n"
            "序号\n\n公开事项\n\n公开内容(要素)\n\n公开依据\n\n公开时限\n\n公开主体\n\n"
            "1\n\n安全生产行政许可\n\n许可事项名称\n\n《安全生产法》\n\n20个工作日内\n\n区应急管理局\n")
    plans = plans_of(text)
    assert [p["title"] for p in plans] == ["（原文无标题）"]
    assert [t for p in plans for t in p["tasks"]] == []


def test_a_notice_s_attachment_list_with_a_blank_line_inside_gives_the_first_plan_its_own_title():
    """A 附件 list that titles five plans with a blank line after the first (hanyin-2022, held-out set 52): the list
    holds all five, and the plan below 附件1 keeps its own title, not the last entry's."""
    text = (
        "某县人民政府办公室关于印发某县新型城镇化五大专项行动方案的通知\n"
        "各镇人民政府,县政府有关部门:\n"
        "五个专项行动方案已经县政府同意,现印发给你们,请认真抓好贯彻落实。\n"
        "附件:\n"
        "1.某县国土空间规划引领高质量发展专项行动方案\n"
        "\n"
        "2.某县城市建设存量问题化解专项行动方案\n"
        "3.某县新型城镇化建设专项行动方案\n"
        "4.某县城市精细化管理提升专项行动方案\n"
        "5.某县城乡融合发展专项行动方案\n"
        "某县人民政府办公室\n"
        "2022年10月28日\n"
        "附件1\n"
        "某县国土空间规划引领高质量发展专项行动方案\n"
        "(县自然资源局牵头)\n"
        "为贯彻落实新型城镇化五大行动要求,特制定本行动方案。\n"
        "一、总体要求\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (1, "某县人民政府办公室关于印发某县新型城镇化五大专项行动方案的通知"),
        (14, "某县国土空间规划引领高质量发展专项行动方案"),
    ]


def test_a_title_s_period_on_its_own_line_that_lost_its_opening_bracket_is_part_of_the_title():
    """A plan's title over its period on a line of its own, the copy having lost the opening bracket (2020―2022年),
    yongde-2021 of held-out set 52, and gaochang-2023's 2023年)): joined as written, like (2020-2022年)."""
    text = (
        "中共某县委办公室 某县人民政府办公室关于印发某县城镇化建设三年行动计划(2020―2022年)的通知\n"
        "各乡党委政府,县委各部门:\n"
        "《某县城镇化建设三年行动计划(2020―2022年)》已经县委县政府同意,现印发给你们,请认真贯彻执行。\n"
        "中共某县委办公室\n某县人民政府办公室\n2021年4月16日\n"
        "某县城镇化建设三年行动计划\n"
        "2020―2022年)\n"
        "为深入贯彻党中央国务院关于城镇化建设的重大决策部署结合实际制定本行动计划\n"
        "一、总体要求\n"
    )
    plans = plans_of(text)
    assert [identity(p) for p in plans][1:] == [(7, "某县城镇化建设三年行动计划2020―2022年)")]


def test_a_purpose_sentence_that_lost_its_punctuation_is_no_plan_title():
    """A copy that lost its punctuation leaves the preamble's sentence ending in the plan's word (为深入贯彻…结合实际制定
    本行动计划, yongde-2021 of held-out set 52): a purpose clause that makes "this" plan is no plan of its own."""
    text = (
        "某县人民政府办公室关于印发某县城镇化建设三年行动计划的通知\n"
        "各乡人民政府,县直各部门:\n"
        "《某县城镇化建设三年行动计划》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
        "某县人民政府办公室\n2021年4月16日\n"
        "某县城镇化建设三年行动计划\n"
        "\n"
        "为深入贯彻党中央国务院和省委省政府关于城镇化建设的重大决策部署结合实际制定本行动计划\n"
        "\n"
        "一、总体要求\n"
    )
    assert [p["source"]["line"] for p in plans_of(text)] == [1, 6]


def test_a_mirrors_editor_byline_above_the_document_is_no_title():
    # "编辑: 某某 2017-11-24" (a forum mirror's byline) above the document's own title
    text = """编辑: 丶某某 2017-11-24
某区健康促进委员会关于印发2019年健康促进与教育工作实施方案的通知
各镇人民政府、各街道办事处:
现将《2019年健康促进与教育工作实施方案》印发给你们,请认真组织实施。
某区健康促进委员会
2019年5月23日
"""
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans][:1] == [
        (2, "某区健康促进委员会关于印发2019年健康促进与教育工作实施方案的通知")]
    assert not any("编辑" in p["title"] for p in plans)


def test_a_sharing_sites_headline_over_a_one_line_copy_opening_with_the_same_title():
    # the site's headline, its tag line, then the whole document on one line, its own title glued to its text
    body = ("按照市、县委文明办工作要求,现将有关事项通知如下:一、工作任务(一)深化文明城市创建。1.开展市容环境整治。"
            "对医院的公厕进行整治提升。责任科室(单位):县总医院、县妇幼保健院。2.开展城乡结合部环境整治。开展集中和定期"
            "相结合的爱卫活动,改善县城的周边整体环境。责任科室:局爱卫工作科。3.开展病媒生物防制。按标准做好灭鼠灭蚊,"
            "降低病媒生物密度。责任科室:局爱卫工作科。")
    text = ("在精神文明创建活动中深入开展爱国卫生运动的实施方案\n标签: #实施方案\n"
            f"在精神文明创建活动中深入开展爱国卫生运动的实施方案{body}\n")
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans] == [(3, "在精神文明创建活动中深入开展爱国卫生运动的实施方案")]


def test_an_uploaders_file_name_over_a_file_card_and_page_previews_leaves_the_title_to_the_one_line_copy():
    # unknown-town-2020-qiudongji… (held-out set 95): the uploader's file name with a note behind (…工作方案供参考) over the
    # site's file card (上传人:… 文档编号:…), its page previews (X_第1页 / 第1页 / 共3页) and notes (亲,该文档总共3页,…
    # / 资源描述), then the whole document on one line opening with that name glued to its preamble: the title is the
    # document's own, on that line, without the uploader's note
    body = ("为贯彻落实中央关于做好秋冬季新冠肺炎防控工作有关要求,结合工作实际特制定工作方案如下:一、高度重视,加强防范意识"
            "(一)统一领导,联防联控。镇负责疫情应急的统一领导与指挥。(二)依法防控,科学应对。依据相关法律法规开展工作。"
            "(三)预防为主,有效处置。不断健全全镇疫情应急体系和防控机制,做好人员、技术、物资等应急准备,落实各项防控措施。"
            "(四)加强宣教,社会参与。加强宣传教育,提高公众自我防护能力和社会责任意识。积极组织、动员公众参与疫情应对准备和"
            "应急处置等活动。二、强化责任,增强大局意识(一)成立疫情工作领导小组。负责统一指挥全镇疫情工作的开展。")
    name = "2020年某乡镇秋冬季疫情防控工作方案供参考"
    text = (f"{name}\n\n上传人:yoush****ohua2 文档编号:17590994 上传时间:2020-11-26 格式:DOCX 页数:3 大小:13.79KB\n"
            f"返回 下载 相关 举报\n{name}_第1页\n第1页 / 共3页\n{name}_第2页\n第2页 / 共3页\n"
            f"亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!\n资源描述\n{name}{body}\n")
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans] == [(11, "2020年某乡镇秋冬季疫情防控工作方案")]


def test_a_sharing_sites_file_name_over_a_one_line_printed_copy_opening_with_its_doc_number():
    # the site's file name (…(2021—2023年).doc), then the printed document on one line: 文号, the notice's title,
    # its letter and the plan; the title is the notice's, without the 文号 set in front of it
    body = ("各镇人民政府,各街道办事处,市政府有关部门: 《某市建设国家健康城市三年攻坚行动实施方案 (2021—2023 年)》已经市政府"
            "研究同意,现印发给你们,请 结合实际,认真贯彻执行。 某市人民政府办公室 2021 年 5 月 12 日 (此件公开发布) "
            "某市建设国家健康城市三年攻坚行动 —1— 实施方案(2021—2023 年) 为贯彻落实健康中国战略,根据《国务院关于深入开展"
            "爱国卫生运动的意见》(国发 〔2020〕15 号)精神,结合我市实际, 制定本行动计划。 一、总体要求 (一)指导思想 以人民"
            "为中心,把健康融入所有政策。")
    text = ("某市建设国家健康城市三年行动实施方案(2021—2023年).doc\n"
            f"某政办字〔2021〕19 号 某市人民政府办公室 关于印发某市建设国家健康城市三年攻坚行动 实施方案(2021—2023 年)的通知 {body}\n")
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"].replace(" ", "")) for p in plans][:1] == [
        (2, "某市人民政府办公室关于印发某市建设国家健康城市三年攻坚行动实施方案(2021—2023年)的通知")]


def test_a_title_set_in_book_marks_with_its_edition_behind_them():
    # suqian-2024: "《…服务承诺清单》(2024年版)" as the list's own title line: the title without the 《》, its
    # edition kept
    text = """各县(区)人民政府,市各委办局:
现将《某市优化营商环境“五心”服务承诺清单(2024年版)》印发给你们,请认真贯彻执行。
某市人民政府
2024年4月18日
《某市优化营商环境“五心”服务承诺清单》(2024年版)
2024年优化营商环境工作,将企业感受作为第一标准。
一、打造精准管用的政策环境
1. 落实企业家参与涉企政策制定。〔责任单位:市政府办公室、市发展改革委,完成时限:全年〕
"""
    assert [identity(p) for p in plans_of(text)] == [(5, "某市优化营商环境“五心”服务承诺清单(2024年版)")]
    assert clean("《某县安全生产约谈办法》(试行)") == "某县安全生产约谈办法(试行)"


def test_a_catalogues_standing_mark_behind_a_title_is_no_part_of_it():
    # mulan-2019: the county site's catalogue sets 【规范性文件】 in front of the page's title and (已废止) behind it
    text = """【规范性文件】某县人民政府关于印发某县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知(已废止)
各乡(镇)政府、县内各有关部门:
现将《某县打赢蓝天保卫战三年行动计划实施方案(2018-2020)》印发给你们,请认真抓好落实。
某县人民政府
2019年5月29日
某县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)
一、重点任务
1.优化产业布局。完成环境准入清单编制工作。
"""
    assert [(p["source"]["line"], p["title"]) for p in plans_of(text)] == [
        (1, "某县人民政府关于印发某县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知"),
        (6, "某县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)")]
    assert clean("某市大气污染防治办法【已失效】") == "某市大气污染防治办法"


def test_a_title_on_one_line_below_its_attachment_label_is_the_plans_own():
    # putuo-2018: the notice joins the three lists it sends into one phrase and names none in 《》; below its signature,
    # 附件1 over the first list's own title (…2018年任务清单): that line is the plan's title, not the notice's phrase
    text = """关于印发区环保三年行动计划和水污染防治行动计划2018年任务清单的通知
区各相关部门:
区推进办对2018年重点工作进行了梳理。现印发给你们,请积极推进、全面落实。
附件:1.某区环境保护和建设三年行动计划2018年任务清单
2.某区水污染防治行动计划实施方案2018年任务清单
某区环境保护和环境建设协调推进委员会办公室
2018年8月9日
附件1
某区第七轮(2018-2020年)环境保护和建设三年行动计划2018年任务清单
序号 |
项目名称 |
责任单位 |
1 |
完成本区水环境质量考核目标 |
区生态环境局 |
"""
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans][1:] == [
        (9, "某区第七轮(2018-2020年)环境保护和建设三年行动计划2018年任务清单")]


def test_a_page_stamp_before_a_title_is_no_part_of_it():
    assert clean("— 1 — 某县2017年扶贫开发工作成效考核反馈问题整改方案") == "某县2017年扶贫开发工作成效考核反馈问题整改方案"
    assert clean("-2-某市2024年工作要点") == "某市2024年工作要点"
    # a PDF's spaced stamp before a title whose place a model site masked (unknown-county-2022)
    assert clean("- 1 - XX 县 2022 年法治政府建设工作计划") == "XX县2022年法治政府建设工作计划"


def test_a_one_line_notice_gives_the_plan_whose_title_a_page_stamp_breaks_after_the_letters_date():
    # the whole printed notice on its title's own line; after the letter's date the plan's title runs over the
    # page's foot, its stamp (—1—) inside it: the notice sends that plan, titled without the stamp (zoucheng-2021)
    text = ("某政办字〔2021〕19 号 某市人民政府办公室 关于印发某市健康城市三年攻坚行动 实施方案(2021—2023 年)的通知 "
            "各镇人民政府,各街道办事处: 《某市健康城市三年攻坚行动实施方案 (2021—2023 年)》已经市政府研究同意,现印发给"
            "你们,请认真贯彻执行。 某市人民政府办公室 2021 年 5 月 12 日 (此件公开发布) 某市健康城市三年攻坚行动 —1— "
            "实施方案(2021—2023 年) 为贯彻落实健康中国战略,根据《国务院关于深入开展爱国卫生运动的意见》(国发 〔2020〕15 号)"
            "精神,结合我市实际,制定本行动计划。 一、总体要求 以人民为中心,"
            "把健康融入所有政策。\n")
    titles = [(p["source"]["line"], p["title"].replace(" ", "")) for p in plans_of(text)]
    assert titles == [(1, "某市人民政府办公室关于印发某市健康城市三年攻坚行动实施方案(2021—2023年)的通知"),
                      (1, "某市健康城市三年攻坚行动实施方案(2021—2023年)")]


def test_a_notice_title_broken_inside_its_quotes_over_a_blank_line_is_joined_without_its_masthead():
    # the printed head on one line (masthead 某委员会文件, 文号, sender, 关于印发《某区), the title's 《》 left open over a blank
    # line, closed by 》的通知 before the addressees (xiuying-2019)
    text = ("编辑: 某人 2017-11-24\n"
            "某区健康促进委员会文件 某健促〔2019〕2 号 某区健康促进委员会 关于印发《某区\n\n"
            "2019 年健康促进与教育 工作实施方案》的通知 各镇人民政府、各街道办事处: 为做好2019年健康促进与教育工作,现将"
            "方案印发给你们,请认真组织实施。\n")
    assert [identity(p)[1].replace(" ", "") for p in plans_of(text)][:1] == [
        "某区健康促进委员会关于印发《某区2019年健康促进与教育工作实施方案》的通知"]
    assert plans_of(text)[0]["source"]["line"] == 2


def test_a_title_set_again_at_the_head_of_a_law_databases_record_is_read_there():
    # the page's headlines, then the database's record: the title with its 【法规类别】… fields glued behind it, the
    # title again with its 文号 and addressees (tonghua-2015): the record's line is the title's
    title = "某市人民政府关于印发某市2015年创建国家卫生城市实施方案的通知"
    text = (f"2015年国家级卫生城市\n\n合集下载\n\n{title}\n\n{title}\n\n"
            f"{title}【法规类别】卫生综合规定【发文字号】某市政明电[2015]7号【发布部门】某市政府【发布日期】2015.08.10"
            f"{title}某市政明电[2015]7号各县(市、区)人民政府:现将《某市2015年创建国家卫生城市实施方案》印发给你们,请认真贯彻执行。\n")
    assert identity(plans_of(text)[0]) == (9, title)


def test_a_notices_plan_whose_title_is_glued_to_the_signatures_date_is_read_there():
    # the signature and date run into the plan's title and its preamble with no space (tonghua-2015)
    text = ("某市人民政府关于印发某市2015年创建国家卫生城市实施方案的通知\n\n各县(市、区)人民政府:现将《某市2015年创建国家卫生城市"
            "实施方案》印发给你们,请认真贯彻执行。\n\n某市人民政府2015年8月10日某市2015年创建国家卫生城市实施方案2015年是我市创建"
            "国家卫生城市基础年,为确保创建工作顺利推进,制定本方案。\n\n一、主要任务\n\n1.改造城市棚户区100万平方米。(责任单位:市城建局)\n")
    assert [identity(p) for p in plans_of(text)][1] == (5, "某市2015年创建国家卫生城市实施方案")


def test_a_model_text_sites_collection_label_ends_the_sites_lines_above_the_first_texts_title():
    # the site's page title, date, blurb and 第一篇: label over the first text: the notice's own title is the plan's
    # (longchuan-2018, hunan-2009)
    text = ("扶贫开发成效考核方案\n\n2022-11-15\n\n一项工作不能盲目的开展,在开展前必须要进行详细的准备,这就是方案存在的意义。\n\n"
            "第一篇:扶贫开发成效考核方案\n\n某县2017年扶贫开发工作成效考核反馈问题整改方案\n\n"
            "某县扶贫开发领导小组关于印发2017年扶贫开发工作成效考核反馈问题整改方案的通知\n\n各乡(镇)党委、人民政府:\n\n"
            "现将《2017年扶贫开发工作成效考核反馈问题整改方案》印发给你们,请认真贯彻落实。\n")
    assert identity(plans_of(text)[0]) == (11, "某县扶贫开发领导小组关于印发2017年扶贫开发工作成效考核反馈问题整改方案的通知")


def test_a_model_text_sites_label_pian_1_over_its_first_piece_ends_the_sites_lines():
    # xiaoting-2012: the site's page titled with another text (教育部2012年工作要点, …(共6篇)), its date, then
    # "篇1:教育部2012年工作要点" over the first piece: the site's lines; the piece's notice title below is the plan's
    text = ("教育部2012年工作要点\n\n2024-04-14\n\n教育部2012年工作要点(共6篇)\n\n篇1:教育部2012年工作要点\n\n"
            "宜猇教发„2012‟1号\n\n区教育局关于印发\n\n《猇亭区2012年教育工作要点》的\n\n通 知\n\n"
            "各中小学(幼儿园)、局属各单位:\n\n现将《猇亭区2012年教育工作要点》印发给你们,请认真贯彻执行。\n\n"
            "二○一二年一月三十日\n\n猇亭区2012年教育工作要点\n\n2012年全区教育工作以科学发展观为指导。\n\n"
            "一、积极争取经费政策\n\n1、积极争取经费政策,充分保障教育投入。加强教育政策学习研究。\n")
    assert [identity(p) for p in plans_of(text)] == [
        (11, "区教育局关于印发《猇亭区2012年教育工作要点》的通知"), (23, "猇亭区2012年教育工作要点")]


def test_a_letters_date_with_the_sent_plans_title_glued_behind_is_no_part_of_the_title():
    # xiaoting-2012: the notice's date and the 要点's title on one line, a space between (二○一二年一月三十日
    # 猇亭区2012年教育工作要点): the title is what follows the date
    text = ("区教育局关于印发《某区2012年教育工作要点》的通知\n各中小学(幼儿园)、局属各单位:\n"
            "现将《某区2012年教育工作要点》印发给你们,请认真贯彻执行。\n二○一二年一月三十日 某区2012年教育工作要点\n"
            "2012年全区教育工作以科学发展观为指导。\n一、积极争取经费政策\n1、积极争取经费政策,充分保障教育投入。\n")
    assert [identity(p) for p in plans_of(text)] == [
        (1, "区教育局关于印发《某区2012年教育工作要点》的通知"), (4, "某区2012年教育工作要点")]


def test_a_model_text_collections_headline_and_its_first_pieces_heading_are_no_plan_title():
    # the site's collection (…活动方案(通用20篇)) over its first piece's heading (… 篇1), the piece opening with its
    # preamble: the copy has no title of its own (zouping-2016, unknown-town-huanjing)
    text = ("简介:某网小编为你整理了多篇相关的《2024年“安全生产月”活动方案》,但愿对你工作学习有帮助。\n"
            "2023年“安全生产月”活动方案(通用20篇)\n2023年“安全生产月”活动方案 篇1\n"
            "根据国家及省市关于组织开展好今年“安全生产月”活动的安排部署,结合我县实际,制定本方案。\n"
            "一、重点活动\n(一)开展宣传活动。\n责任单位:县安委会办公室牵头,县安监局配合。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["(一)"]


def test_a_collections_counted_headline_over_its_first_piece_numbered_with_its_text_glued_on_is_no_title():
    # unknown-county-qiudongji… (held-out set 95): the site's headline counting its pieces (…防控方案2篇) over the first
    # piece's heading numbered behind, its preamble glued on by a space (…防控方案 1 为进一步…): the site's lines, the
    # copy has no title of its own (as zouping-2016's … 篇1)
    text = ("乡镇秋冬季新冠肺炎疫情防控方案2篇\n乡镇秋冬季新冠肺炎疫情防控方案 1 为进一步做好全县秋冬季疫情防控工作,特制定本工作方案。\n"
            "一、防控措施\n(一)防控指挥体系做到“四个不变”。各乡镇、各部门要继续坚持防控指挥体系。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["(一)"]


def test_a_model_text_pieces_heading_numbered_in_brackets_ends_the_sites_lines_too():
    # 道路交通安全工作方案范文 / 道路交通安全工作方案范文(篇1) over the piece's preamble (unknown-county-jiaotong)
    text = ("道路交通安全工作方案范文\n道路交通安全工作方案范文(篇1)\n"
            "根据省交通运输厅实施方案部署要求,结合我县交通运输实际,制定本方案。\n二、重点任务\n1、开展隐患排查。\n")
    assert plans_of(text)[0]["title"] == "（原文无标题）"


def test_a_collections_headline_with_a_bare_1_behind_it_over_the_first_piece_is_no_plan_title():
    # unknown-county-xiangcun (set 94): the headline set three times, a blurb, then 乡村治理工作方案1 over the first
    # piece's preamble: the site's label of the piece, the copy holding no title of its own
    text = ("乡村治理工作方案\n\n时间:2023-06-11 16:46:14\n乡村治理工作方案\n\n乡村治理工作方案\n\n"
            "为确保事情或工作高质量高水平开展,常常要根据具体情况预先制定方案。以下是小编帮大家整理的乡村治理工作方案。\n\n"
            "乡村治理工作方案1\n\n为全面改善农村环境,结合我县实际,特制定本方案。\n\n一、总体要求\n\n"
            "(一)指导思想。坚持以改善农村环境为目标。\n")
    assert [p["title"] for p in plans_of(text)] == ["（原文无标题）"]
    # a title ending in a digit of its own, with no headline of the same words above, stays the title
    text = "某县2024年工作要点1\n一、抓好项目建设。\n"
    assert plans_of(text)[0]["title"] != "（原文无标题）"


def test_a_copy_ending_inside_the_title_of_the_plan_a_signed_letter_sends_has_no_title():
    # wuhan-2024 (set 94): the letter from its addressees on, signed and dated, then the plan's title cut by the
    # copy's end after 目標任: no title the copy holds whole
    text = ("各區人民政府,市人民政府各部門,各有關單位:\n\n現將《2024年市〈政府工作報告〉目標任務責任分解方案》印發給你們,"
            "并就有關事項通知如下,請一并貫徹執行。\n\n一、強化工作統籌,科學制訂辦理方案。各責任單位要系統謀劃所承辦的責任事項。\n\n"
            "二、強化責任落實,高效推進辦理工作。各責任單位要建立工作機制。\n\n\n武漢市人民政府\n\n2024年1月26日\n\n\n"
            "2024年市《政府工作報告》目標任\n")
    assert [p["title"] for p in plans_of(text)] == ["（原文无标题）"]
    # the title whole on the copy's last line stays the plan's title
    whole = text.replace("目標任\n", "目標任務責任分解方案\n")
    assert "2024年市《政府工作報告》目標任務責任分解方案" in [p["title"] for p in plans_of(whole)]


def test_a_collections_headline_naming_the_page_shown_is_no_plan_title():
    # 2022年…预案汇编-15篇(第11/20页) over a duty list copied from its middle (unknown-county-fangxun)
    text = ("2022年防汛抗旱应急预案汇编-15篇(第11/20页)\n"
            "县住房城乡建设局:负责城镇建成区排水防涝工程建设方面的相关工作。\n"
            "县自然资源局:负责因暴雨、洪水引发地质灾害的调查、监测、防治工作。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["line"] for t in plan["tasks"]] == [2, 3]


def test_a_metadata_tables_rows_with_labels_written_without_colons_are_the_pages_fields():
    # 文件名称 | X |, 索引号 | … | 公开目录: | … |, 内容概述 | X |: the page's metadata table, its name field no title block
    # (ziyang-2022)
    text = ("文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n"
            "索引号 | zyxzf/2022-4992 | 公开目录: | 政务督查 |\n"
            "公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 |\n"
            "内容概述 | 2022年第八次县政府常务会议确定事项落实情况的通报 |\n"
            "近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。\n"
            "一、总体情况\n确定事项22件,已办结6件。\n")
    assert plans_of(text)[0]["title"] == "（原文无标题）"


def test_a_pages_headline_giving_the_doc_number_then_the_title_is_no_title_block():
    # 某政办函〔2023〕223号:某县…的通知 among the page's fields, the printed head below it (huzhu-2023)
    title = "某县人民政府办公室关于转发某县柴油货车污染治理攻坚战行动实施方案的通知"
    text = ("索 引 号:hz/2023-00079  发文字号:\n 发布机构:某县人民政府办公室  公文时效:\n"
            f"某政办函〔2023〕223号:{title}\n浏览:[]次\n\n某政办函〔2023〕223号\n\n\n某县人民政府办公室\n\n"
            "关于转发某县柴油货车污染治理攻坚战行动实施方案的通知\n\n各乡镇人民政府,县政府各部门:\n\n"
            "现将《某县柴油货车污染治理攻坚战行动实施方案》转发给你们,请认真贯彻执行。\n")
    assert identity(plans_of(text)[0]) == (9, title)


@pytest.mark.parametrize("headline", ["来啦!某市2019年度“群众最不满意的10件事”出炉",
                                      "施政报告|某某列110项KPI 涵盖土地房屋供应等 一文看清百大指标"])
def test_a_news_headline_over_the_list_it_reports_is_no_plan_title(headline):
    # an exclamation, or a column's name before a bar, and no title word at the end (suining-2019, xianggang-2022)
    text = f"{headline}\n\n4月15日,记者从市委办公室了解到,今年的10件事已经确定。\n\n1、城区部分路段隔离设施缺失问题。\n\n2、老旧小区停车难问题。\n"
    assert plans_of(text)[0]["title"] == "（原文无标题）"


def test_a_letter_copied_alone_names_its_attachment_but_holds_no_plan():
    # a notice copied from its addressees to its signature and date (suzhou-2015): its 附件 line names the table it
    # sends, which the copy does not hold; that name is no plan's title (the letter is the whole text), and the
    # signature still places the text
    text = ("各市、区人民政府,苏州工业园区、苏州高新区管委会;市各委办局,各直属单位:\n"
            "根据市十五届人大四次会议确定的经济社会发展目标任务,市政府将2015年政府工作任务分解为15项工作目标和37项工作任务,"
            "现下达给你们,请认真组织实施。\n"
            "市政府将对各项目标任务实施动态管理,具体工作由市发改委牵头负责。\n"
            "附件:苏州市2015年政府工作任务分解表\n"
            "苏州市人民政府\n"
            "2015年2月17日\n")
    result = import_texts([("t.txt", text)])
    assert [(p["title"], p["tasks"]) for p in result.plans] == [("（原文无标题）", [])]
    assert result.plans[0]["jurisdiction"] == "苏州市"


def test_a_news_reposts_byline_and_summary_box_leave_the_notice_below_as_the_title():
    # ganzhou-2018: a news site's headline (ending in !), its byline (account, date and time) and [摘要] stand above
    # the notice's 文号 and its title over three lines; the notice and the first plan it sends are the plans
    text = """某网 >资讯中心 > 城建 > 正文

某市将建设五个区域性中心!

某市官方实播台  2019-01-05 12:07

[摘要] 某市将建设五个区域性中心!

某市府办发〔2018〕44号

某市人民政府办公厅

关于印发某市建设省域金融次中心、

区域性商贸物流中心实施方案的通知

各县(市、区)人民政府,市政府各部门:

《某市建设省域金融次中心实施方案》《某市建设区域性商贸物流中心实施方案》已经市政府同意,现印发给你们,请认真抓好贯彻落实。

2018年12月21日

(此件主动公开)

某市建设省域金融次中心实施方案

为加快推进全省金融次中心建设,制定本实施方案。
"""
    assert [identity(p) for p in plans_of(text)] == [
        (11, "某市人民政府办公厅关于印发某市建设省域金融次中心、区域性商贸物流中心实施方案的通知"),
        (25, "某市建设省域金融次中心实施方案"),
    ]


def test_a_title_whose_first_line_is_a_sender_with_a_comma_and_about_goes_on_below():
    # ganzhou-2021: a mirror's tagline with a comma stands for the sender on the title's first line (…办公室关于),
    # the title goes on over two more lines, its period in brackets on the last; the plan's own title follows
    text = """某市府办字〔2021〕47号
英皇娱乐,英皇国际娱乐办公室关于
印发某市美丽乡镇建设五年行动方案
(2021—2025年)的通知
各县(市、区)人民政府,市政府有关部门:
经市政府同意,现将《某市美丽乡镇建设五年行动方案(2021-2025)》印发给你们,请认真抓好贯彻落实。
2021年8月16日
(此件主动公开)
某市美丽乡镇建设五年行动方案
为建设美丽乡镇,特制定本工作方案。
"""
    assert [identity(p) for p in plans_of(text)] == [
        (2, "英皇娱乐,英皇国际娱乐办公室关于印发某市美丽乡镇建设五年行动方案(2021—2025年)的通知"),
        (9, "某市美丽乡镇建设五年行动方案"),
    ]


def test_a_row_of_links_to_other_sites_above_the_headline_is_no_table():
    # a bureau's page (wuhan-2024): the header's links "中国政府网 | 武汉市人民政府网" are furniture, not a table
    # whose first row would begin the body; the headline below the breadcrumb is the plan's title
    text = ("中国政府网 | 武汉市人民政府网\n\n当前位置: 首页>政府信息公开>年度计划 > 市农业农村局2024年工作要点\n\n"
            "市农业农村局2024年工作要点\n\n发布日期: 2024-06-06 14:00 来源: 发布单位: 武汉市农业农村局\n\n"
            "2024年全市农业农村工作的总体思路是:坚持稳中求进工作总基调。\n\n一、聚力基础提升,稳固农业综合产能\n\n"
            "(一)毫不放松抓好粮食生产。压实属地责任。(责任单位:局种植业管理处)\n")
    [plan] = plans_of(text)
    assert identity(plan) == (5, "市农业农村局2024年工作要点")
    assert [t["number"] for t in plan["tasks"]] == ["(一)"]


def test_a_row_of_site_links_and_menu_words_above_the_headline_is_no_table():
    # changjiang-2023: the district site's header "昌江区政府网 | 市政府门户网站 | 网站无障碍 | 关怀版" mixes links to
    # sites and the menu's words; it is furniture, not a table row beginning the body, so the headline is the title
    text = ("昌江区政府网 | 市政府门户网站 | 网站无障碍 | 关怀版\n当前位置: 首页 > 区教育体育局 > 其他有关文件\n\n"
            "关于开展秋季开学校园及周边治安环境集中整治行动的通知\n\n"
            "公开方式: 主动公开 有效期: 长期有效 发布时间: 2023-09-10\n\n各乡镇(街道)中心学校、中学,区直中小学校:\n\n"
            "为做好新学期学校安全工作,决定集中开展整治行动。现将有关事项通知如下。\n\n三、工作任务\n\n"
            "(一)加强法治宣传教育。各校(园)要以新学期为契机开展法治宣传教育。\n")
    [plan] = plans_of(text)
    assert identity(plan) == (4, "关于开展秋季开学校园及周边治安环境集中整治行动的通知")
    assert [t["number"] for t in plan["tasks"]] == ["(一)"]


def test_a_headlines_page_date_behind_the_notices_title_is_no_part_of_it():
    # yangpu-2022: the district site's headline is the notice's only title, the page's date set behind it after a
    # space; the 文号 and the letter follow, then the plan's own title
    text = (
        "关于印发《某区全力加快经济恢复和重振行动方案》的通知 2022-06-08\n某府发〔2022〕5号\n区政府各委、办、局,各街道办事处:\n"
        "《某区全力加快经济恢复和重振行动方案》已经区政府同意,现印发给你们,请认真按照执行。\n上海市某区人民政府\n2022年6月1日\n"
        "某区全力加快经济恢复和重振行动方案\n一、总体要求\n坚持稳中求进。\n二、全力降成本增扶持\n(一)支持企业复工复产复市\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (1, "关于印发《某区全力加快经济恢复和重振行动方案》的通知"), (7, "某区全力加快经济恢复和重振行动方案")]
    assert clean("关于印发《X行动方案》的通知 2022-06-08") == "关于印发《X行动方案》的通知"


def test_a_sender_alone_above_its_yinfa_guanyu_line_begins_the_notices_title():
    # weixian-2022: the sender printed alone on a line, then "印發關于…的通知" (its 印发 set before 关于); the metadata's
    # 名稱 field above is no title
    text = (
        "名稱:魏縣人民政府辦公室印發關于進一步鞏固全縣經濟回升向好勢頭的十七條措施的通知\n文號:魏政辦文〔2022〕25號\n"
        "魏政辦文〔2022〕25號\n魏縣人民政府辦公室\n印發關于進一步鞏固全縣經濟回升向好勢頭的十七條措施的通知\n"
        "各鄉鎮政府、街道辦,縣政府各部門:\n《關于進一步鞏固全縣經濟回升向好勢頭的十七條措施》已經縣政府同意,現印發給你們,請認真貫徹執行。\n"
        "魏縣人民政府辦公室\n2022年10月17日\n關于進一步鞏固全縣經濟回升向好勢頭的\n十七條措施\n為持續深入貫徹落實穩經濟政策,現制定以下措施。\n"
        "一、實施一批有效投資項目\n(一)用足用好國家支持政策。各單位10月底前全部完成對接任務。\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (4, "魏縣人民政府辦公室印發關于進一步鞏固全縣經濟回升向好勢頭的十七條措施的通知"),
        (10, "關于進一步鞏固全縣經濟回升向好勢頭的十七條措施")]


def test_a_bulleted_metadata_list_of_glued_fields_is_no_title_and_the_headline_is():
    # hengkou-2020: the page headline, then "- 标题关于印发…" and two more bulleted fields glued to their labels, then
    # the addressees; the zone is named with its other name in brackets before its 党政 office
    text = (
        "关于印发《恒口示范区(试验区)落实 “六保”任务实施方案》的通知\n"
        "- 标题关于印发《恒口示范区(试验区)落实 “六保”任务实施方案》的通知\n"
        "- 公开日期2020年11月24日16时28分成文日期2020年11月19日\n- 公开目录规范性文件公开形式主动公开\n"
        "示范区(试验区)各工作部门,投资集团公司:\n《恒口示范区(试验区)落实“六保”任务实施方案》经示范区(试验区)党工委、管委会同意,"
        "现印发给你们,请认真抓好贯彻落实。\n安康市恒口示范区(试验区)党政综合办公室\n2020年11月19日\n"
        "恒口示范区(试验区)落实“六保”任务实施方案\n为认真贯彻落实“六保”任务,制定如下实施方案。\n一、目标任务\n(一)居民就业基本稳定。\n"
    )
    plans = plans_of(text)
    assert [p["source"]["line"] for p in plans] == [1, 9]
    assert plans[0]["jurisdiction"] == "恒口示范区"


def test_a_letter_ending_with_its_date_and_the_publication_mark_sends_a_plan_the_copy_lacks():
    """A copy that starts at the addressees and ends with the letter's signature, date and the mark (此件公开发布):
    the table its 附件 line names is not in the copy, so the 附件 entry is no plan's title (dawa-2021)."""
    from planportal.importer.head import UNTITLED

    text = ("各镇人民政府,区政府各部门:\n"
            "现将《<政府工作报告>任务分解表》印发给你们。请各牵头单位严格按照任务分工抓好落实。\n"
            "附件:《政府工作报告》任务分解表\n某某区人民政府办公室\n2021年1月25日\n(此件公开发布)\n")
    (plan,) = plans_of(text)
    assert plan["title"] == UNTITLED and plan["tasks"] == []
    # with the table below the letter, the 附件 entry is the plan's title
    (plan,) = plans_of(text + "1.地区生产总值增长6%。(牵头单位:区发改局)\n")
    assert plan["title"] == "《政府工作报告》任务分解表"


def test_an_untitled_notice_that_notifies_the_division_of_the_reports_work_keeps_its_headed_points_as_its_own():
    # a copy that starts at the addressees (the title lost), whose first paragraph notifies the division itself
    # (现将分解落实2020年国务院《政府工作报告》确定的重点工作通知如下), then headed points over paragraphs: the
    # notice's requirements to the units, no tasks (xianning-2020)
    text = """各县、市、区人民政府,市政府各部门:
为确保党中央、国务院重大决策部署在我市落细落实,经市政府同意,现将分解落实2020年国务院《政府工作报告》确定的重点工作通知如下:
一、分层分级细化分解
各地、各部门要认真对照国务院《政府工作报告》重点工作,及时对全年目标任务进行调整、补充和完善。
二、强化督办落实
各牵头单位、责任单位要主动作为,狠抓工作落实。
"""
    (plan,) = plans_of(text)
    assert plan["tasks"] == []


def test_a_collections_contents_list_is_furniture_and_its_numbered_first_piece_heading_the_title():
    # unknown-city-2024-kexue: a model-text site's "整理…" / "汇编…" headlines, its contents (目录 : / 1.X / 2.Y), then
    # the first piece's heading with its number behind ("X1:"): that heading is the plan, the contents no tasks
    text = ("整理科学技术局2024年度工作计划\n汇编科学技术局2024年度工作计划\n目录 :\n1.市科学技术局2024年度工作计划\n"
            "2.市科学技术局2024年度普法工作计划\n市科学技术局2024年度工作计划1:\n"
            "(一)抓好高新技术企业培育。力争新增高新技术企业20家以上。\n(二)强化科技创新平台建设。支持中小企业建立平台。\n")
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(6, "市科学技术局2024年度工作计划")]
    assert [t["line"] for t in plans[0]["tasks"]] == [7, 8]


def test_a_one_line_letters_plan_title_glued_to_the_signatures_date_is_the_plan():
    # putian-2022: a policy site's extract on one line, "局机关各科室、局属各单位:…现将我局《X》印发给你们,某局2022年8月18日X
    # 从2021年…": X glued to the date, no space between, is the plan's title
    text = ("局机关各科室、局属各单位:根据上级文件要求,现将我局《2022年度就业环境领域“补短板”专项攻坚方案》印发给你们,"
            "某市人力资源和社会保障局2022年8月18日2022年度就业环境领域“补短板”专项攻坚方案从2021年评价指标看,现就做好"
            "2022年度工作制定本方案,二、工作举措(一)开展就业创业服务提升专项行动,责任科室(单位):就业科牵头。\n")
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(1, "2022年度就业环境领域“补短板”专项攻坚方案")]


def test_a_departments_tonggao_under_its_sender_alone_is_a_title():
    # sichuan-2023: a breadcrumb, the department alone on a line, then 关于公布…的通告 (a notice to the public, the
    # list it publishes below), then the page's date line
    text = (
        "当前位置: 首页 > 政务公开 > 公示公告\n某省农业农村厅\n关于公布生态环境保护责任清单的通告\n"
        "发布时间: 2023-12-01 15:32 信息来源:厅农业资源环境处\n"
        "根据有关要求,我厅全面梳理了有关生态环境保护方面的具体牵头事项,现予以公布。\n"
        "一、牵头组织改善农村人居环境。\n二、负责指导畜禽粪污资源化利用。\n某省农业农村厅\n2023年12月1日\n"
    )
    assert [identity(p) for p in plans_of(text)] == [(2, "某省农业农村厅关于公布生态环境保护责任清单的通告")]


def test_a_collections_first_piece_numbered_in_brackets_under_a_blurb_counting_its_pieces_is_no_title():
    # unknown-county-nongcun-renju: the site's headline, a blurb that counts the collection (…工作计划5篇), then the first
    # piece's heading "…工作计划(一)" over the piece's preamble: no title of the plan's own in the copy
    text = ("农村人居环境整治工作计划2021\n工作计划就是对即将开展的工作的设想和安排。下面是关于农村人居环境整治工作计划5篇,希望对您有所帮助。\n"
            "农村人居环境整治工作计划(一)\n为进一步贯彻落实有关要求,做好农村人居环境建设工作,制定本方案:\n"
            "一、目标任务\n(一)农村生活污水治理。推进15个村开展村庄污水治理。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）" and [t["line"] for t in plan["tasks"]] == [6]
    # a title numbered (一) with no collection counted above it stays a title
    (plan,) = plans_of("某县农村人居环境整治工作方案(一)\n一、目标任务\n(一)农村生活污水治理。推进15个村开展村庄污水治理。\n")
    assert plan["title"] == "某县农村人居环境整治工作方案"


def test_a_sender_alone_above_a_notices_title_that_lost_its_guanyu_begins_the_title():
    # mulaoyuan-2017: under its 文号, a 乡's government alone on a line above "木老元乡2017年禁毒宣传方案的通知": the
    # title block is the two lines, as a sender above 关于… is (and still is)
    text = ("木政发〔2017〕71号\n某某乡人民政府\n某某乡2017年禁毒宣传方案的通知\n为全面落实禁毒工作责任制,特制定本工作方案。\n"
            "一、指导思想\n以党的十八大精神为指导。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert (plan["source"]["line"], plan["title"]) == (2, "某某乡人民政府某某乡2017年禁毒宣传方案的通知")
    text = "某某县人民政府\n关于加强禁毒工作的通知\n各乡镇:\n现将有关事项通知如下。\n一、指导思想\n以党的十八大精神为指导。\n"
    (plan,) = import_texts([("t.txt", text)]).plans
    assert plan["title"] == "某某县人民政府关于加强禁毒工作的通知"


def test_a_sites_marker_of_the_page_it_shows_behind_a_headline_is_no_part_of_the_title():
    """A model-text site's headline over the second page of a piece, its page marker behind it (…实施方案(第2/2页)),
    the copy starting inside the task part (unknown-city-gonggu-guojia-weisheng): the title is the headline's words."""
    text = ("市巩固国家卫生城市工作实施方案(第2/2页)\n"
            "(七)持续推进健康教育。开展控烟。(牵头单位:市卫生健康委;责任单位:各区)\n"
            "(八)持续强化疾病控制。接种率≥90%。\n")
    (plan,) = plans_of(text)
    assert (plan["title"], plan["source"]["line"]) == ("市巩固国家卫生城市工作实施方案", 1)
    assert clean("某县创建国家卫生县城工作方案(第 3/5 页)") == "某县创建国家卫生县城工作方案"
    assert clean("关于第2/2页的说明") == "关于第2/2页的说明"  # inside the title, not behind it


def test_a_sharing_sites_numbered_notices_on_its_files_are_no_items_and_the_title_below_them_is_the_plans():
    """A sharing site's headline, its 合集下载 button and its notices on its files numbered twice over as a list
    (1. 1、下载文档前请自行甄别… / 2. 2、"仅部分预览"的文档… / 3. 3、如文档侵犯您的权益…), then the document's own
    title broken over two lines by a PDF's layout (unknown-street-wenming-chengshi): the notices are the site's, no
    tasks, and the title is the one below them."""
    text = ("街道文明城市创建工作实施方案\n\n合集下载\n"
            "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充等附加服务。\n"
            "  2. 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n"
            "  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n\n"
            "街道文明城市创建工作实施\n\n方案\n\n20__年是全市创建全国文明城市的关键之年,特制定如下实施方案。\n\n"
            "1、大力宣传发动,营造浓厚氛围。及时宣传街道创建工作进展动态。\n")
    (plan,) = plans_of(text)
    assert (plan["title"], plan["source"]["line"]) == ("街道文明城市创建工作实施方案", 8)
    assert [t["line"] for t in plan["tasks"]] == [14]
    # a document's own item that speaks of its files is no site's notice: one such line is no box of them
    text = ("某县政务公开工作要点\n一、重点任务\n1. 各单位要及时将文档资料上传至政务公开平台。\n2. 做好政策解读。\n")
    (plan,) = plans_of(text)
    assert [t["line"] for t in plan["tasks"]] == [3, 4]


def test_a_sharing_sites_greeting_and_file_card_glued_before_a_one_line_copy_are_no_part_of_the_title():
    """A sharing site's greeting (您好,欢迎访问…文档), its breadcrumb, then the whole document on one line behind the
    site's file card glued in front of it: its number, the file's name and its masked upload date (编号:864647059
    2019年某区…工作方案 201X/X/XX), the document's own title after them (unknown-district-2019-yingjie-guojia)."""
    body = ("xx区迎接国家卫生城市复审工作方案2019年,全国爱卫会将对xxx市进行复审。为确保复审顺利通过,结合我区实际,制定本"
            "工作方案。一、指导思想以巩固国家卫生城市创建成果为目标,动员全社会力量。二、重点任务及职责分工全面落实各项指标要求。"
            "(一)公共环境专项整治。以城区各类道路街巷为重点,集中组织清理各类卫生死角,确保公共环境干净整洁,垃圾日产日清。"
            "(二)市容秩序专项整治。依法取缔各类流动摊贩。")
    text = ("您好,欢迎访问三七文档\n当前位置:首页 > 办公文档 > 2019年某区迎接国家卫生城市复审工作方案\n"
            "编号:8646470592019年某区迎接国家卫生城市复审工作方案201X/X/XX" + body + "\n")
    (plan,) = plans_of(text)
    assert (plan["title"], plan["source"]["line"]) == ("xx区迎接国家卫生城市复审工作方案", 3)
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]


_SITE_NOTES = ("温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题。\n"
               "2. 本文档由用户上传,版权归属用户,本站负责整理代发布。\n3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。\n"
               "网站客服:3074922707\n")


def test_a_sharing_sites_notes_and_its_file_name_broken_in_another_order_above_the_title():
    # unknown-county-2023-wenguanglvju, unknown-county-jiaotong-yunshuju: the site's numbered notes on its files, named
    # 文件 or 资料 as well as 文档 (1. …的文件,查看预览时… / 2. 本文档由用户上传…), with the box's heading above them
    # (温馨提示:) are no items, the title below them the document's
    text = _SITE_NOTES + "某县文广旅局2023年工作计划\n一、加快推动公共文化服务体系建设\n1、提升图书馆公共服务水平。\n2、打造文化活动品牌。\n"
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "某县文广旅局2023年工作计划")
    assert [t["line"] for t in plan["tasks"]] == [8, 9]
    # the site's file name broken one word a line with the year put first (2023 / 年文广旅局 / 工作 / 谋划) sits over
    # the document's own title 文广旅局2023年工作谋划
    text = (_SITE_NOTES + "2023\n年文广旅局\n工作\n谋划\n文广旅局2023年工作谋划\n2023年,我县文旅工作将围绕县委、县政府中心工作。\n"
            "一、加快推动公共文化服务体系建设\n1、提升图书馆公共服务水平。每月每车下乡不低于2次。\n2、打造文化活动品牌。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (10, "文广旅局2023年工作谋划")
    assert [t["line"] for t in plan["tasks"]] == [13, 14]
    # numbered lines under such a label that speak of nothing of the site's stay the text's
    (plan,) = plans_of("某县2023年工作计划\n温馨提示:\n1、推进农村改厕。全年完成改厕300户。\n2、开展村庄清洁行动。\n")
    assert [t["line"] for t in plan["tasks"]] == [3, 4]


def test_a_one_line_copy_behind_a_word_processors_page_fields_opens_with_its_title():
    # unknown-county-jiaotong-yunshuju: a sharing site's preview prompts and its numbered notes, then the whole plan on
    # one line behind the page fields a converter left with their codes (第PAGE\*Arabic\*MERGEFORMAT4页共NUMPAGES…页),
    # its title glued to its first part "(一)总体思路": the title ends before that part's number
    body = ("(一)总体思路20**年,全县交通运输工作的总体思路是。紧紧围绕交通扶贫这一主线,不断优化国省干线公路。"
            "(二)预期目标预期目标是。完成交通基础设施投资10亿元;建成油路、水泥路1021公里。"
            "(三)重点项目、重点工作完成情况及采取的主要措施1、继续加快公路建设步伐。一是续建省道304线油路改造工程,年内建成通车;"
            "二是建设旅游路,力争年内投入使用;三是建设通村油路63条912公里,力争实现通沥青水泥路100%的目标。")
    text = ("预览加载中,请您耐心等待几秒...\n在线预览结束,喜欢就下载吧,查找使用更方便\n如果您无法下载资料,请参考说明:\n"
            "1、部分资料下载需要金币,请确保您的账户上有足够的金币\n2、已购买过的文档,再次下载不重复扣费\n"
            "第PAGE\\*Arabic\\*MERGEFORMAT4页共NUMPAGES\\*MERGEFORMAT4页交通运输局工作计划" + body + "\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "交通运输局工作计划")
    assert {t["line"] for t in plan["tasks"]} == {6}


def test_a_sites_outline_with_no_closing_dots_above_the_title():
    # unknown-district-2024-nongye: "提纲:" over the text's headings (一、… 四、 and the outline's own 1. 2.), then the
    # title and the text, whose first heading stands again opening its first part: the outline is the site's
    text = ("提纲:\n一、巩固提升农业产业发展\n二、做好良种繁育工作\n三、2024年度计划实施的重点项目\n1.续建项目:番茄产业园项目\n"
            "区农业农村局2024年工作计划\n一、巩固提升农业产业发展。大力发展农产品加工业。2024年全区新增市级农业产业化联合体1家。\n"
            "二、做好良种繁育工作。2024年计划展示农作物新品种56个。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (6, "区农业农村局2024年工作计划")
    assert [t["line"] for t in plan["tasks"]] == [7, 8]


def test_a_headline_with_its_doc_number_in_brackets_behind_a_short_name():
    # huarong-2021-xianzhengfu: "2021年县政府重点工作任务(华政发〔2021〕2号)": the 文号 is no part of the title, whatever
    # word the title ends in
    assert clean("2021年县政府重点工作任务(华政发〔2021〕2号)") == "2021年县政府重点工作任务"
    assert clean("关于印发某区2020年重点工作任务分工方案的通知(某经管发〔2020〕81号)") == "关于印发某区2020年重点工作任务分工方案的通知"


def test_a_letter_that_divides_the_reports_tasks_sends_the_division_titled_on_one_line_below_its_date():
    # qianjiang-2017: "市人民政府办公室关于分解落实《政府工作报告》的通知", whose letter "现将《政府工作报告》确定的工作任务
    # 进行责任分解,请…" and its date are followed by the division's own title on one line: two plans
    text = ("市人民政府办公室关于分解落实《政府工作报告》的通知\n"
            "各区、镇、办事处,市政府各部门:\n"
            "经市人民政府同意,现将《政府工作报告》确定的工作任务进行责任分解,请各地、各部门“一把手”亲自抓,总负责。\n"
            "2017年1月13日\n"
            "《政府工作报告》重点工作责任分解\n"
            "一、加快转型升级,提升产业竞争力\n"
            "1.突出工业主体地位。实施工业项目“155”工程。(责任单位:市经信委)\n")
    assert [(p["source"]["line"], p["title"]) for p in plans_of(text)] == [
        (1, "市人民政府办公室关于分解落实《政府工作报告》的通知"), (5, "《政府工作报告》重点工作责任分解")]


def test_the_own_title_block_below_the_headline_that_lost_its_last_character_is_the_title():
    # suixian-2021: the page headline "…分包重点项目工作方案" over the page stamp, then the document's own title block
    # "…分包重点项目工作方" (its 案 lost in the copy) over the preamble: the title block as the copy writes it; a line
    # much shorter than the headline is no setting of it
    text = ("您的位置: 首页 >要闻动态>公示公告>详细内容\n\n"
            "睢县重点项目办公室关于进一步明确县级领导分包重点项目工作方案\n\n"
            "来源:睢县发改委 发布时间:2021-03-08 20:49:16 浏览次数: 字号:[小]   [大]\n\n"
            "睢县重点项目办公室关于进一步明确县级领导分包重点项目工作方\n\n"
            "为扎实推进全县重点项目建设,根据我县实际,特制定本方案。\n\n"
            "一、分包安排\n\n(一)每个项目明确一名分包县级领导。县发改委负责。\n")
    assert [identity(p) for p in plans_of(text)] == [(7, "睢县重点项目办公室关于进一步明确县级领导分包重点项目工作方")]
    shorter = text.replace("睢县重点项目办公室关于进一步明确县级领导分包重点项目工作方\n", "睢县重点项目办公室关于\n")
    assert [identity(p)[0] for p in plans_of(shorter)] == [3]


def test_a_printed_sender_spaced_a_character_apart_above_its_title_opens_the_title_block():
    # shiyan-2016: the printed title block wrapped over three lines with the print's letter-spacing, the sender
    # alone on the first ("市 人 民 政 府" / "关于印发《…》的" / "通 知"): one title, its sender included
    text = ("青山市政府关于印发《青山市河道治理工作方案》的通知\n"
            "青政发〔2016〕5号\n"
            "市 人 民 政 府\n"
            "关于印发《青山市河道治理工作方案》的\n"
            "通 知\n"
            "各县市区人民政府,市直各相关单位:\n"
            "《青山市河道治理工作方案》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n"
            "2016年6月29日\n"
            "青山市河道治理工作方案\n"
            "一、主要任务\n"
            "(一)清理河道。(市水利局负责)\n")
    assert [identity(p) for p in plans_of(text)][0] == (3, "市人民政府关于印发《青山市河道治理工作方案》的通知")
    # two characters spaced apart are no printed sender (a heading's word spaced out: 通 知)
    assert titles_sender_alone("通 知") is False


def titles_sender_alone(f: str) -> bool:
    from planportal.importer.titles import _sender_alone
    return _sender_alone(f)


def test_a_metadata_cell_broken_over_lines_and_closed_by_a_lone_pipe_is_no_table():
    # ningbo-jiangbei-2022: the page's metadata as pipe rows, one cell's value broken over lines ("发布机构: |" /
    # "有效" / "区政府办公室" / "|") before the next row: the value is the cell's, the lone "|" closes it, and the
    # plan's title below the notice's signature is still found
    text = ("索 引 号: | 2950798/2022-50001 | ||\n"
            "文 号: | 北区政办发〔2022〕9号 | 组配分类: | 区政府办文件 |\n"
            "发布机构: |\n有效\n区政府办公室\n|\n"
            "主题分类: | 政务公开 |\n"
            "成文日期: | 2022-06-08 | 发布日期: | 2022-06-10 |\n"
            "北区政办发〔2022〕9号\n"
            "各街道办事处,区政府各部门:\n"
            "《江北区全民健身工作方案》已经区政府研究同意,现印发给你们,请认真贯彻执行。\n"
            "宁波市江北区人民政府办公室\n2022年6月8日\n"
            "江北区全民健身工作方案\n"
            "一、主要任务\n(一)建设健身步道。(区体育局负责)\n")
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(14, "江北区全民健身工作方案")]
    assert plans[0]["jurisdiction"] == "江北区"
    # a lone "|" with no open label above it is not read so: the lines above it keep their reading
    from planportal.importer.head import _spilled_cell
    lines = split_lines("名称: 某某\n有效\n|\n主题分类: | 政务公开 |\n")
    assert _spilled_cell(lines, 2, {4: "meta"}) == []


def test_a_short_headline_set_again_as_the_texts_own_title_over_its_parts_is_the_title():
    # unknown-city-2013 of set 85: a model-text site's headline "体育局重点工作目标" (no title word ends it), its stamp
    # and blurb, then the same line as the text's own title over 一、 and its 1.: the lower setting is the title
    text = ("体育局重点工作目标\n\n时间:2022-12-13 10:42:53\n\n导语:体育局重点工作目标一文来源于网友上传,欢迎参考。\n\n"
            "体育局重点工作目标\n\n一、办好品牌体育赛事\n\n1.全国帆船冠军赛。3月底前签订办赛协议。\n")
    assert [identity(p) for p in plans_of(text)] == [(7, "体育局重点工作目标")]
    # a short heading not set again stays no title (a page's label or a part's heading)
    alone = text.replace("体育局重点工作目标\n\n一、", "一、")
    assert [identity(p)[1] for p in plans_of(alone)] == ["（原文无标题）"]


def test_addressees_naming_the_central_and_provincial_units_in_the_place_are_addressees():
    # puer-2024 of set 85 and liupanshui-2022: "…,中央、省属驻市行政企事业单位:" — 中央 a bare level sharing the units
    # of the part after it, as 省 does; a letter cut of its signature, its page's mark (此件公开发布) below its last
    # paragraph, still runs down to the plan's title
    from planportal.importer.titles import is_addressee
    assert is_addressee(split_lines("各县、区人民政府,市直各部门,中央、省驻普各单位:")[0])
    assert not is_addressee(split_lines("中央、省领导高度重视:")[0])
    text = ("六盘水府办发〔2022〕10号\n"
            "各市、特区、区人民政府,市人民政府各部门,中央、省属驻市行政企事业单位:\n"
            "经市人民政府同意,现将《某市新型基础设施建设行动方案》印发给你们,请认真抓好贯彻落实。\n"
            "(此件公开发布)\n"
            "某市新型基础设施建设行动方案\n"
            "一、重点任务\n(一)推进大数据基础设施建设。(市大数据局负责)\n")
    assert [identity(p) for p in plans_of(text)] == [(5, "某市新型基础设施建设行动方案")]


def test_a_one_line_copy_opening_with_the_sites_name_of_the_piece_before_the_documents_own_title_under_its_label():
    # unknown-county-2024 of set 85: a sharing site's one-line copy, "文化和旅游局 2024 年度工作计划" (the site's name of
    # the piece) glued to the document's own first line "文化和旅游局关于 2024 年度工作打算" under the site's label 范文,
    # then the text: the title is the document's own, without the label
    body = ("xxxx 年,全县文化工作以加快现代公共文化服务体系建设为重点,突出做好乡村文化振兴等为民实事。 一、打造乡村文化振兴样板 "
            "〔一〕针对平均用力问题,突出重点打造。高标准推动基层文化基础设施建设。 〔二〕针对利用率不高问题,突出效能提升。"
            "重点抓好乡镇综合文化站的改造提升。 二、抓好文化市场管理 〔一〕落实好意识形态工作责任。组织开展专项文化市场治理活动。")
    text = "文化和旅游局 2024 年度工作计划文化和旅游局关于 2024 年度工作打算范文 " + body + "\n"
    assert [identity(p) for p in plans_of(text)] == [(1, "文化和旅游局关于2024年度工作打算")]
    # opening words that differ: the name of the piece stays the title (the words behind are another text's)
    other = "文化和旅游局 2024 年度工作计划体育局关于 2024 年度工作打算范文 " + body + "\n"
    assert [identity(p)[1] for p in plans_of(other)] == ["文化和旅游局2024年度工作计划"]


def test_a_title_set_whole_between_its_two_printed_halves_is_the_whole_line():
    """A model-text site's copy sets the title's first half, the whole title on one line, then its second half
    (A / AB / B, hangzhou-2021), right above a task table: the half opening with 和 is no title of its own, and
    the whole line is the plan's title."""
    text = """某某范文网

2021年省政府工作报告重点工作涉本市任务和市政府工作报告重点工作责任分解

    2021年省政府工作报告重点工作涉本市任务

2021年省政府工作报告重点工作涉本市任务和市政府工作报告重点工作责任分解

和市政府工作报告重点工作责任分解

序号

重点工作任务

责任单位

1

加强粮食和重要农产品保障,端好“饭碗”。

市农业农村局
"""
    plans = plans_of(text)
    assert [identity(p) for p in plans] == [(7, "2021年省政府工作报告重点工作涉本市任务和市政府工作报告重点工作责任分解")]


def test_a_plans_box_caption_opening_a_copy_is_no_title():
    """A later page of a 规划 copied from a box it sets beside its text (专栏 13 “十三五”时期我省综合交通网络重大项目
    工程 over 1. 快速运输网 / 高快速铁路: …, guangdong-shisanwu…): the box's caption is no title of the 规划, which has
    none in the copy; a title that only mentions a column (…政务公开专栏建设工作方案) is still a title."""
    text = """专栏 13 “十三五”时期我省综合交通网络重大项目工程
1. 快速运输网
高快速铁路: 深茂铁路、梅州至潮汕铁路等, 建设里程约1350公里。
打造一体高效的综合交通枢纽。建设广州国际性综合交通枢纽。
"""
    assert [p["title"] for p in plans_of(text)] == ["（原文无标题）"]
    text = """某县政务公开专栏建设工作方案
一、工作目标
建成政务公开专栏。
"""
    assert [p["title"] for p in plans_of(text)] == ["某县政务公开专栏建设工作方案"]


def test_a_sharing_sites_blurb_naming_the_file_without_its_extension_closes_the_sites_lines():
    """A sharing site's page: its headline, file card (ID:…, 页数:…, 上传者:…), page labels and its blurb naming the file
    in 《》 with no extension (《委办公室政府办公室》由会员上传分享,免费在线阅读,…, tongxiang-2011): all the site's; the
    document's own title comes below them."""
    text = """委办公室政府办公室

ID:20933962

页数:61页

上传者:U-1387
委办公室政府办公室_第1页
资源描述:

《委办公室政府办公室》由会员上传分享,免费在线阅读,更多相关内容在工程资料-天天文库

某县人民政府办公室关于印发某县土地执法监管工作方案的通知
各乡镇人民政府,县政府各部门:
现将《某县土地执法监管工作方案》印发给你们,请认真贯彻执行。
"""
    assert [(p["title"], p["source"]["line"]) for p in plans_of(text)] == [
        ("某县人民政府办公室关于印发某县土地执法监管工作方案的通知", 13)]


def test_a_bulletins_running_heads_in_front_of_a_one_line_title_are_no_part_of_it():
    """An issue of a 政府公报 flattened onto one line by a sharing site's text layer, the printed pages' running heads
    and page numbers glued in front of the document's title and between its words (文件发布海宁市人民政府公报(总第22期)5
    文件发布…公报(总第22期)市委办公室市政府办公室关于…的实施意见63…, tongxiang-2011): the title is the document's words
    behind the heads, and the place the heads name still places the plan."""
    head = "文件发布海宁市人民政府公报(总第22期)"
    text = (f"{head}5{head}市委办公室市政府办公室关于进一步完善土地执法监管长效机制的实施意见63{head}桐委办〔2011〕39号63"
            f"{head}为实现对违法用地、违法建设行为“第一时间发现、第一时间制止”的工作目标,确保将违法行为遏制在萌芽状态,"
            "市委、市政府决定,建立完善土地执法监管长效机制。一、充分认识完善土地执法监管长效机制的重要性和必要性耕地保护"
            "不仅是国土资源部门的责任,也是所有政府部门和全社会的共同责任。当前,土地卫片执法检查进入常态化。因此,全市上下"
            "必须充分认识完善长效机制的重要性。二、建立健全长效机制的工作网络(一)建立健全\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "市委办公室市政府办公室关于进一步完善土地执法监管长效机制的实施意见"
    assert plan["jurisdiction"] == "海宁市"


def test_a_titles_period_opening_the_next_line_with_the_preamble_glued_behind_it_is_the_titles():
    # shandong-2022-zhizaoye…: "某省…行动方案" / "(2022-2025年) 为贯彻落实…": the period is the title's, the rest of its
    # line the preamble
    text = ("今日 (此件公开发布)\n某省制造业数字化转型行动方案\n(2022-2025年) 为贯彻落实党中央、国务院关于加快数字化发展战略部署,"
            "制定本行动方案。\n一、重点任务\n(一)推动企业上云。(省工业和信息化厅牵头)\n")
    assert [identity(p) for p in plans_of(text)] == [(2, "某省制造业数字化转型行动方案(2022-2025年)")]
    # a title that already holds its period keeps it once
    once = text.replace("行动方案\n", "行动方案(2022-2025年)\n")
    assert [identity(p) for p in plans_of(once)] == [(2, "某省制造业数字化转型行动方案(2022-2025年)")]


def test_a_one_line_copy_of_item_headings_and_clauses_opening_with_a_draft_title_and_its_period():
    # yongchun-2023-zhuanjingtexin…: a mirror that kept the title glued to the preamble, then only each item's
    # heading and clause, no full stop anywhere: "某县…行动方案(征求意见稿)(2023-2025年)为深入…(三)…(四)…"
    text = ("某县促进专精特新企业发展行动方案(征求意见稿)(2023-2025年)为深入学习贯彻党的二十大精神和习近平总书记关于支持中小企业"
            "专精特新发展的重要指示精神,,培育各具特色的专精特新中小企业特色产业集群,,(三)实施专精特新特色园区建设行动鼓励专精特新企业集聚发展,"
            "对集聚4家以上专精特新中小企业的产业园区授予荣誉称号,,(责任单位:县工信商务局,、发改局、各乡镇,、工业园区管委会)"
            "(四)实施“创新驱动”行动建设行动搭建产业共性服务平台,,支持专精特新企业设立争创各级重点实验室,、新型研发机构,"
            "(责任单位:县工信商务局,、县科技局,、财政局)\n")
    assert [identity(p) for p in plans_of(text)] == [(1, "某县促进专精特新企业发展行动方案(征求意见稿)(2023-2025年)")]


def test_a_mirrors_header_naming_a_site_and_its_official_site_is_no_title():
    # guangzhou-2019-cunji…: a gambling mirror's header "某某博,某某博官网" over a city's 重点工作 督办 record, which has
    # no title of its own: no plan title, the record's task read as before
    text = ("188某某博,188某某博官网\n\n任务41\n\n  • 2019-08-26 10:25:23\n  • 来源: 市府办公厅\n"
            "重点工作: 推动低效园区和村级工业园提质增效,提高单位面积产出效益。\n牵头单位: 市工业和信息化局\n\n"
            "年度阶段性工作目标:\n\n第一季度:制定《某市村级工业园整治提升三年行动计划》。\n第二季度:成立市级层面工作领导小组。\n")
    from planportal.importer.head import UNTITLED
    plans = plans_of(text)
    assert [p["title"] for p in plans] == [UNTITLED]
    assert [t["line"] for t in plans[0]["tasks"]] == [7]


def test_a_page_chunks_own_title_after_the_sites_file_name_is_the_plans():
    from planportal.importer import import_texts

    # unknown-county-2022-chengxiang… (淘文阁): the first page chunk opens with the site's file name, then, after a
    # space, the document's own title in the same words reordered, then its preamble
    text = (
        "《2022年XX县城乡环境综合整治工作要点.docx》由会员分享,可在线阅读,更多相关《2022年XX县城乡环境综合整治工作要点.docx"
        "(8页珍藏版)》请在taowenge.com淘文阁网上搜索。\n"
        "1、2022年XX县城乡环境综合整治工作要点 XX县城乡环境综合整治2022年工作要点 为进一步改善城乡环境面貌,"
        "不断满足人民群众美好生活需要,深化推动全县城乡环境综合整治工作,依据XX 市城乡环境综合整治 2022 年工作要点文件精神,"
        "结合我县实际,特制定 2022 年工作要点。 一、总体要求 坚持以习近平新时代中国特色社会主义思想为指导,坚持党委统领、"
        "政府主导、部门协作、社会参与,因地制宜、综合治理、长效管理,全\n"
        "2、面深化推动城乡环境综合整治。 二、主要目标 不断改善城乡环境综合面貌。 三、主要任务 (一)持续推动净化行动 在巩固"
        "攻坚净化行动的基础上,接着发动全县城乡居民、干部职工持续推动净化行动。 加大城市街道路面保洁力度。开展道路本色行动,"
        "优化环卫作业流程,加大环卫设施购置和配备力度,加大环卫机械化作业投放力度,推广吸尘、洒水、冲洗、洗扫\n"
        "3、、降尘、快速\n"
    )
    (plan,) = import_texts([("h.txt", text)]).plans
    assert plan["title"] == "XX县城乡环境综合整治2022年工作要点"


def test_a_headline_set_twice_over_the_opening_paragraph_it_is_glued_to_gives_the_lower():
    from planportal.importer import import_texts

    # unknown-town-weijian… (搜档网): the site's breadcrumb, the title as its page headline and twice in its viewer,
    # then the document's opening paragraph starting with the same title glued to its preamble
    text = (
        "搜档网\n当前位置:搜档网 › 乡镇违建别墅违法建筑整治专项行动方案\n\n乡镇违建别墅违法建筑整治专项行动方案\n\n"
        "乡镇违建别墅违法建筑整治专项行动方案\n乡镇违建别墅违法建筑整治专项行动方案\n\n"
        "乡镇违建别墅违法建筑整治专项行动方案为深入贯彻有关通报精神,根据中、市、县专项整治工作部署,结合全镇实际,"
        "特制定本专项治理工作方案。\n\n一、整治范围。主要对集中饮用水源地一并开展排查。\n"
    )
    (plan,) = import_texts([("d.txt", text)]).plans
    assert (plan["title"], plan["source"]["line"]) == ("乡镇违建别墅违法建筑整治专项行动方案", 9)


def test_a_law_librarys_record_card_above_a_notice_is_no_title():
    # quanzhou-2014 (a traditional mirror): the record card, one field a line, each label in lenticular brackets, the
    # last two labels no rule knows (效 力, 备 注), above the notice's addressees and its sending sentence; the plan's
    # own title is the line below the letter, not the card's 发布文号 field
    text = (
        "【發布文號】 泉政文〔2014〕177號\n【發布日期】 2014-09-03\n【生效日期】\n【效 力】\n"
        "【備 注】 http://www.fujian.gov.cn/zwgk/zxwj/sqswj/qz/201409/t20140916_777446.htm\n"
        "各縣(市、區)人民政府,市政府各部門、各直屬機構:\n"
        "《泉州市建設食品放心工程三年行動方案(2014—2016)》已經市政府研究同意,現印發給你們,請認真貫徹執行。\n"
        "泉州市建設食品放心工程三年行動方案(2014—2016)\n"
        "根據省政府的部署,結合我市實際,制定本方案。\n"
        "一、總體思路和工作目標\n"
    )
    (plan,) = import_texts([("q.txt", text)]).plans
    assert (plan["title"], plan["source"]["line"]) == ("泉州市建設食品放心工程三年行動方案(2014—2016)", 8)


def test_a_sites_reworded_heading_over_its_blurb_gives_way_to_the_title_over_its_doc_number():
    # tangshan-2016: an exam site's heading wording the plan its own way, its 【导语】, then the plan's own title over
    # its 文号: the title over the 文号 is the plan's
    text = (
        "第1篇:公文写作·落实中央环保督察组督察反馈意见的整改方案\n\n"
        "落实中央环保督察组督察反馈意见的整改方案\n\n"
        "【导语】2017各省遴选考试在陆续进行,便于考生查阅。\n\n"
        "唐山市贯彻落实中央环境保护督察组督察反馈意见整改方案\n\n"
        "唐办发〔2016〕18号\n\n"
        "一、指导思想\n\n深入贯彻习近平总书记系列重要讲话精神。\n"
    )
    (plan,) = import_texts([("t.txt", text)]).plans
    assert (plan["title"], plan["source"]["line"]) == ("唐山市贯彻落实中央环境保护督察组督察反馈意见整改方案", 7)
    # a heading over its own 文号 stays the title; a line of other words over a 文号 below is no rewording of it
    own = "某市关于加强土壤污染防治的工作方案\n某政发〔2016〕1号\n一、总体要求\n"
    assert [p["title"] for p in plans_of(own)] == ["某市关于加强土壤污染防治的工作方案"]
    other = text.replace("唐山市贯彻落实中央环境保护督察组督察反馈意见整改方案", "唐山市春季森林防火工作方案")
    assert [p["title"] for p in plans_of(other)] == ["落实中央环保督察组督察反馈意见的整改方案"]


def test_a_headline_telling_of_the_sending_gives_way_to_the_sent_plans_title_opening_the_pages_record():
    # linfen-2018: a library's record headed by the news of the sending, its bullets (来源专题, 编译者, 发布时间), the
    # last bullet the plan's own title opening the text: that line is the plan's title
    text = (
        "《临汾市政府印发临汾市水污染防治2018年行动计划》\n\n"
        "  • 来源专题:水体污染治理\n  • 编译者: 王阳\n  • 发布时间:2018-09-03\n"
        "  • 临汾市水污染防治2018年行动计划\n\n"
        "    为完成2018年度水污染防治工作目标任务,制定本行动计划。\n\n    一、工作目标\n"
    )
    (plan,) = import_texts([("l.txt", text)]).plans
    assert (plan["title"], plan["source"]["line"]) == ("临汾市水污染防治2018年行动计划", 6)
    # no line below sets the sent plan's title: the headline stays the title
    alone = text.replace("  • 临汾市水污染防治2018年行动计划\n", "")
    assert [p["title"] for p in plans_of(alone)] == ["临汾市政府印发临汾市水污染防治2018年行动计划"]


def test_a_one_line_copys_title_runs_on_past_a_title_word_to_the_word_its_first_part_glues_on_to():
    # chuxiong-…-zhenggai-cuoshi-qingdan: a PDF text layer flattening the list onto one line, the title glued to its
    # first part (…督察反馈意见问题整改措施清单一、认识不深(一)…): the 意见 inside is the feedback's, the title ends at 清单
    text = ("某州贯彻落实省委、省政府环境保护督察反馈意见问题整改措施清单一、认识不深(一)部分领导干部对辖区内环境质量盲目乐观,"
            "没有危机感。对环境保护的长期性认识不足。在处理发展与保护的关系上,重发展、轻保护。整改目标:牢固树立发展意识,"
            "自觉将绿色发展理念贯彻落实到经济社会发展各项工作中。责任单位:州委办公室、州政府办公室。整改时限:立行立改,长期坚持。"
            "整改措施:筑牢全州各级领导干部绿色发展理念,牢固树立正确的政绩观。\n")
    (plan,) = import_texts([("c.txt", text)]).plans
    assert plan["title"] == "某州贯彻落实省委、省政府环境保护督察反馈意见问题整改措施清单"
    # with no part number glued behind the later word, the title ends at the first (as before)
    plain = text.replace("清单一、认识不深(一)", "清单,认识不深。")
    assert [p["title"] for p in plans_of(plain)] == ["某州贯彻落实省委、省政府环境保护督察反馈意见"]


def test_a_word_pages_xml_namespace_glued_to_the_sender_is_no_part_of_the_title():
    # wuyang-2011: the sender line of a page exported from Word carries the XML namespace declaration Word left in
    # its HTML; the title block is the sender and the 关于… line below it
    text = (
        '舞阳县人民政府办公室<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />\n'
        "关于认真做好县人大代表建议和政协委员提案办理工作的通知\n舞政办〔2011〕22号\n"
        "各乡镇人民政府,县政府各部门,直属及驻舞各单位:\n"
        "为认真做好建议和提案办理工作,现就有关事项通知如下:\n"
        "一、提高认识,加强领导\n各承办单位要切实提高对建议和提案办理工作重要性的认识。\n"
    )
    plan = plans_of(text)[0]
    assert identity(plan) == (1, "舞阳县人民政府办公室关于认真做好县人大代表建议和政协委员提案办理工作的通知")
    assert "xml" not in plan["title"]


def test_a_docnumber_in_a_table_cell_over_a_title_a_mirror_indented_with_a_question_mark():
    # guangdong-2013 (a traditional mirror): the 文号 closed by its cell's pipe, then the title behind the "?" the
    # mirror wrote for the indent's non-breaking space, then the letter and its items run together on one line
    text = (
        "粵辦函〔2013〕146號 |\n"
        "?廣東省人民政府辦公廳關于印發 2013年重點督辦建議提案的通知\n"
        "為進一步促進省人大代表建議和省政協提案辦理工作,現將今年督辦的建議提案工作事項通知如下: 一、督辦內容和分工 "
        "2.關于建設國家北斗衛星導航產業基地的建議(第1413號。牽頭單位:省經濟和信息化委;協辦單位:省財政廳、"
        "國土資源廳,中山市政府); 3.關于解決採礦許可證辦理難問題的建議(第1672號。牽頭單位:省環境保護廳;協辦單位:"
        "省國土資源廳,清遠市政府)。\n"
    )
    plan = plans_of(text)[0]
    assert identity(plan) == (2, "廣東省人民政府辦公廳關于印發2013年重點督辦建議提案的通知")
    assert plan["doc_number"] == "粵辦函〔2013〕146號"
    leads = {u["written"] for t in plan["tasks"] for u in t.get("lead") or []}
    assert {"省經濟和信息化委", "省環境保護廳"} <= leads


def test_a_sites_body_and_posting_date_in_two_cells_over_a_plan_is_no_title():
    # jilin-2017: the 政协 site's name and the day it posted the page, a table row of two cells, over 打印, a 字号 row
    # and the 方案's own title
    text = (
        "中国人民政治协商会议吉林市委员会| 2017-05-31\n打印\n| 字号: v|\n市政协督办重点提案工作方案\n\n"
        "为提高政协提案办理质量,对遴选出的7件重点提案,由市政协领导牵头督办。具体督办方案如下:\n\n"
        "一、督办方式、要求\n\n1、由分管副主席领办,相关专委会协助做好督办工作。\n"
    )
    plan = plans_of(text)[0]
    assert identity(plan) == (4, "市政协督办重点提案工作方案")
    assert plan["jurisdiction"] == "吉林市"


def test_a_sites_note_of_the_whole_text_behind_a_headline_is_no_part_of_the_title():
    # tianjin-2016: a think tank's page heads the 纲要 with its title and "(全文)", the copy's only title
    text = (
        "首页 >十三五规划\n天津市国民经济和社会发展第十三个五年规划纲要(全文)\n中金国研智库网 www.zjgyzk.cn\n\n"
        "“十三五”时期(2016—2020年),是加快实现中央对天津定位、全面建成高质量小康社会的关键时期。\n\n一、发展基础\n"
    )
    assert [identity(p) for p in plans_of(text)] == [(2, "天津市国民经济和社会发展第十三个五年规划纲要")]
    assert clean("某某县乡村振兴实施方案（附全文）") == "某某县乡村振兴实施方案"


def test_the_note_of_the_meeting_that_adopted_a_guihua_gangyao_is_no_part_of_its_title():
    # jilin-2021: the 纲要's title over three lines with blank lines between, then the bracketed note of its adoption
    # by the provincial congress; a period on its own line ((2021-2025年)) still goes on the title
    text = (
        "吉林省人民政府关于印发\n\n吉林省国民经济和社会发展\n\n第十四个五年规划\n\n和2035年远景目标纲要的通知\n\n"
        "各市(州)人民政府,省政府各厅委办、各直属机构:\n\n"
        "《吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已经省十三届人大四次会议审查批准,现印发给你们,请结合实际,认真组织实施。\n\n"
        "吉林省人民政府\n\n2021年3月17日\n\n\n吉林省国民经济和社会发展\n\n第十四个五年规划和\n\n2035年远景目标纲要\n\n\n"
        "(2021年1月27日吉林省第十三届人民代表大会第四次会议批准)\n\n"
        "吉林省国民经济和社会发展第十四个五年(2021—2025年)规划和2035年远景目标纲要,根据《建议》编制,是全省各族人民共同的行动纲领。\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (1, "吉林省人民政府关于印发吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知"),
        (18, "吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
    ]


def test_a_news_leads_paragraphs_naming_the_plan_in_quotes_end_above_its_title():
    # ningbo-2025: a news reprint's headline, stamp, image and two lead paragraphs, the second naming the 清单 in
    # 《》; the 清单's own title right below is the plan's, its items the tasks
    text = (
        ">政务动态 >媒体聚焦\n\n市长、副市长牵头!宁波公布2025年政府工作报告目标任务分解\n\n时间:2025-02-07 10:04\n"
        "来源:宁波市政府办公厅、宁波政务\n\n640.webp.jpg\n\n2025年是“十四五”规划收官之年,做好今年工作意义重大。\n\n"
        "近日,宁波市人民政府办公厅印发通知,公布《2025年政府工作报告目标任务分解清单》。一起来了解。\n\n\n"
        "2025年政府工作报告目标任务分解清单\n\n一、市长牵头重点工作\n\n1.一般公共预算收入增长2%。\n\n牵头单位:市财政局\n\n"
        "配合单位:市住建局等市级有关部门\n"
    )
    (plan,) = plans_of(text)
    assert identity(plan) == (15, "2025年政府工作报告目标任务分解清单")
    assert [t["line"] for t in plan["tasks"]] == [19]


def test_a_list_entrys_title_running_on_into_its_date_and_doc_number_ends_at_its_implementing_opinion():
    # linyi-2023: a city site's list entry, a bullet, the 实施意见's title glued to its date, its 文号 and the
    # summary of its opening, over the 文号 and the text: the title ends at 的实施意见
    text = (
        "-\n● 临沂市人民政府办公室关于进一步推动城市公共交通优先发展的实施意见2023-07-17临政办字〔2023〕58号"
        "各县区人民政府(管委会),市政府各部门(单位)∶为深入贯彻城市公共交通优先发展战略,落实绿色低碳理念,不断提高城市公共交通"
        "服务品质,更好满足经济社会发展和人民群众出行需求,提出如下实施意见。一、总体要求(一)指导思想。以习近平新时代中国特色"
        "社会主义思想为指导,深入贯彻党的二十大和相关会议精神,坚持以人民为中心的发展思想,以建设人民...\n"
        "临政办字〔2023〕58号\n各县区人民政府(管委会),市政府各部门(单位)∶\n"
        "为深入贯彻城市公共交通优先发展战略,提出如下实施意见。\n一、总体要求\n"
    )
    assert [identity(p) for p in plans_of(text)] == [(2, "临沂市人民政府办公室关于进一步推动城市公共交通优先发展的实施意见")]


def test_a_forwarding_notices_title_over_four_lines_its_last_lines_printed_again_is_one_title():
    # shandong-2010: the sender alone, 转发 and the bodies it forwards, then 关于… over two lines; the layout prints
    # the last three lines again before the 文号, and the 意见's second title line again under its bodies and date
    text = (
        "山东省财政厅大学生创业引领计划\n山东省人民政府办公厅\n转发省人力资源社会保障厅等部门\n关于做好2010年普通高校毕业生\n"
        "就业工作的意见的通知\n转发省人力资源社会保障厅等部门\n关于做好2010年普通高校毕业生\n就业工作的意见的通知\n"
        "鲁政办发〔2010〕21号\n各市人民政府,省政府各部门、各直属机构:\n"
        "省人力资源社会保障厅、省教育厅《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。\n"
        "山东省人民政府办公厅\n二○一○年四月三十日\n关于做好2010年普通高校\n毕业生就业工作的意见\n省人力资源社会保障厅 省教育厅\n"
        "(二○一○年四月二十六日)\n毕业生就业工作的意见\n省人力资源社会保障厅 省教育厅\n(二○一○年四月二十六日)\n"
        "为做好2010年我省高校毕业生就业工作,现提出如下意见。\n一、2010年高校毕业生就业工作的总体安排和目标任务\n"
        "(一)总体安排。进一步落实国家和省的各项政策。\n"
    )
    assert [identity(p) for p in plans_of(text)] == [
        (2, "山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知"),
        (14, "关于做好2010年普通高校毕业生就业工作的意见"),
    ]


def test_a_five_year_guihua_gangyaos_period_is_its_five_years_not_its_2035_vision():
    # jilin-2021: "…第十四个五年规划和2035年远景目标纲要" covers 2021-2025; 2035 is its vision's horizon, not its year
    text = (
        "吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n\n"
        "(2021年1月27日吉林省第十三届人民代表大会第四次会议批准)\n\n"
        "吉林省国民经济和社会发展第十四个五年(2021—2025年)规划和2035年远景目标纲要,根据《建议》编制,是全省各族人民共同的行动纲领。\n"
    )
    (plan,) = plans_of(text)
    assert plan["period"] == "2021—2025年"
    assert "2035" not in plan["id"] and "2021" in plan["id"]
    # a year of the plan's own still gives it (2022年…“十四五”规划实施工作要点)
    (plan,) = plans_of("2022年某县“十四五”规划实施工作要点\n一、重点工作\n1.推进项目建设。\n")
    assert plan["period"] == "2022年"


def test_a_five_year_plan_named_by_its_ordinal_alone_covers_its_five_years():
    """hunan-2011-shierwu… (traditional: 湖南省國民經濟和社會發展第十二個五年規劃綱要, on a city site's page dated 2015),
    jishui-2016, tianjin-2016, dingtao-2016 (…安全生产“十三五”规划): a title closing on the five-year plan its ordinal
    names, with no horizon, covers those five years, its year their first (not the repost's date); a notice about one
    (…第十二个五年规划纲要主要目标和任务工作分工的通知) takes no period from it."""
    text = ("湖南省國民經濟和社會發展第十二個五年規劃綱要\n發布時間:2015-05-29 21:21 信息來源:發改委\n"
            "目 錄\n第一章 全面推進“四化兩型”建設,爭做科學發展排頭兵\n")
    (plan,) = plans_of(text)
    assert plan["period"] == "2011—2015年" and "2011" in plan["id"] and "2015" not in plan["id"]
    (plan,) = plans_of("菏泽市定陶区安全生产“十三五”规划\n一、主要任务\n1.强化源头管控。\n")
    assert plan["period"] == "2016—2020年"
    text = ("省政府关于落实江苏省国民经济和社会发展第十二个五年规划纲要主要目标和任务工作分工的通知\n苏政发〔2011〕164号\n"
            "各市、县人民政府:\n一、分工原则\n(一)明确责任。\n")
    (plan,) = plans_of(text)
    assert plan.get("period") != "2011—2015年"


def test_a_news_leads_sender_of_the_notice_that_publishes_the_plan_is_its_issuer():
    # ningbo-2025: "近日,宁波市人民政府办公厅印发通知,公布《…清单》" names the sender; the page's 来源 line (宁波市政府
    # 办公厅、宁波政务) is its publisher
    text = (
        "市长、副市长牵头!宁波公布2025年政府工作报告目标任务分解\n\n时间:2025-02-07 10:04\n来源:宁波市政府办公厅、宁波政务\n\n"
        "2025年是“十四五”规划收官之年,做好今年工作意义重大。\n\n"
        "近日,宁波市人民政府办公厅印发通知,公布《2025年政府工作报告目标任务分解清单》。一起来了解。\n\n"
        "2025年政府工作报告目标任务分解清单\n\n一、市长牵头重点工作\n\n1.一般公共预算收入增长2%。\n\n牵头单位:市财政局\n"
    )
    (plan,) = plans_of(text)
    assert plan["issuer"] == "宁波市人民政府办公厅"


def test_joint_senders_a_space_apart_keep_it_in_the_title_and_are_two_issuers():
    # hunan-2022: "中共湖南省委 湖南省人民政府" over "关于…的若干意见", as the document prints it: the title keeps the space
    # between the two senders, the issuer names each
    text = (
        "中共湖南省委 湖南省人民政府\n关于实施强省会战略支持长沙市高质量发展的若干意见\n(2022年4月13日)\n"
        "实施强省会战略是省第十二次党代会作出的重大决策部署,现提出如下若干意见。\n一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
    )
    (plan,) = plans_of(text)
    assert plan["title"] == "中共湖南省委 湖南省人民政府关于实施强省会战略支持长沙市高质量发展的若干意见"
    assert plan["issuer"] == "中共湖南省委、湖南省人民政府"
    assert clean("某县人民政府 关于印发某方案的通知") == "某县人民政府关于印发某方案的通知"


def test_a_shared_files_quoted_title_glued_to_its_first_part_runs_on_to_its_last_title_word():
    # hubei (a document-sharing site): the file's name as the headline without the quotes, the site's file card and page
    # previews, then the whole document on one line, its title ("回头看" quoted, running on past 反馈意见 to 整改进展清单)
    # glued to its first part 一、
    body = ("中央生态环境保护督察“回头看”反馈意见湖北省整改进展清单一、关于“一些地方和部门推进环境保护工作安排部署多、"
            "具体落实少。”整改进展情况:已经完成,长期坚持。 1.将习近平生态文明思想纳入主题教育学习的重要内容。"
            "指导各地各单位分类分级加强干部环保专业化能力培训。持续办好督察整改专栏。在学习平台推送我省推进生态环保的相关报道。"
            "2.建立健全督察整改调度机制,定期通报整改进展。3.将督察整改纳入各级领导班子和领导干部年度考核,"
            "对整改不力的严肃问责。")
    text = ("中央生态环境保护督察回头看反馈意见\n\n上传人:Sc****h 文档编号:130947064 上传时间:2022-08-05 格式:DOCX 页数:61\n"
            "返回 下载 相关 举报\n中央生态环境保护督察回头看反馈意见_第1页\n第1页 / 共61页\n点击查看更多>>\n资源描述\n" + body + "\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (9, "中央生态环境保护督察“回头看”反馈意见湖北省整改进展清单")


def test_a_headline_of_search_phrases_set_side_by_side_is_no_title():
    # liujie (a model-text site): its headline two search phrases with a space between, the last no plan's word
    # (…中存在的问题和整改措施 …工作中的不足), over a town's 整改方案 copied from its preamble on: no title
    text = ("扫黑除恶中存在的问题和整改措施 扫黑除恶工作中的不足\n"
            "按照督导组的反馈情况,我镇党委、政府高度重视,以“拉条挂账”制定整改方案,具体如下:\n"
            "一、指导思想\n深入学习贯彻习近平总书记来川视察讲话精神。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    # a title broken by a space, its last part a plan's, stays the title
    text = ("青河县人民政府办公室关于印发 青河县2024年防汛工作要点的通知\n"
            "各乡镇人民政府:\n现将《青河县2024年防汛工作要点》印发给你们,请认真贯彻执行。\n")
    assert plans_of(text)[0]["title"] == "青河县人民政府办公室关于印发青河县2024年防汛工作要点的通知"


def test_a_drafts_mark_alone_on_the_line_below_the_title_is_its_suffix():
    # zongyang-2023: "枞阳县安全生产委员会2023年工作要点" / "(征求意见稿)": the mark on a line of its own closes the title,
    # as a bracketed suffix written on the title's line does
    text = ("2023年3月10日\n枞阳县安全生产委员会2023年工作要点\n(征求意见稿)\n"
            "2023年县安委会工作的主要任务是:全面贯彻落实党的二十大精神。\n一、健全安全生产责任体系\n"
            "1.压实安全生产责任。(责任单位:县安委会各成员单位)\n")
    plan = import_texts([("t.txt", text)]).plans[0]
    assert (plan["source"]["line"], plan["title"]) == (2, "枞阳县安全生产委员会2023年工作要点(征求意见稿)")


def test_a_copys_first_line_closed_by_a_full_stop_is_no_title():
    # xian-dizhi: a later page opening with the last sentence of a part ("区县地灾应急指挥部及…主要职责参照市地灾应急指挥机构
    # 的职责制定。"), no mark inside it: a paragraph's sentence, no title, as one with a comma inside is none
    text = ("区县地灾应急指挥部及地灾应急指挥部办公室主要职责参照市地灾应急指挥机构的职责制定。\n2.2 应急联动部门与职责\n"
            "市和区县应急联动主要部门与职责为:\n市应急办负责各部门之间应急联动工作的组织、指挥、协调与检查。\n"
            "市发改委负责重大应急治理项目的协调安排工作。\n")
    from planportal.importer.head import UNTITLED
    assert [p["title"] for p in import_texts([("t.txt", text)]).plans] == [UNTITLED]


def test_a_five_year_plans_title_wrapped_before_its_ordinal_is_one_title():
    # jilinshi-2006 (a trade site's print page): the 纲要's title over two lines, its subject (吉林市国民经济和社会发展)
    # above the ordinal (第十一个五年规划纲要(2006-2010)) no title opens with; the page's headline above it
    text = ("吉林市国民经济和社会发展第十一个五年规划纲要\n\n来源: 吉林省人民政府 发布时间:2007年11月08日\n"
            "吉林市国民经济和社会发展\n第十一个五年规划纲要(2006-2010)\n \n"
            "  2006年至2010年,是加快振兴吉林市老工业基地的关键时期。根据国家、省的总体战略部署,结合地区实际,现提出本纲要。\n"
            " \n第一部分  规划背景\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (4, "吉林市国民经济和社会发展第十一个五年规划纲要(2006-2010)")
    assert plan["jurisdiction"] == "吉林市"


def test_a_five_year_plans_title_wrapped_after_its_ordinal_is_one_title():
    # honghuagang-2021-shisiwu…: a district's 纲要 on a sharing site, its title wrapped after the ordinal (…第十四个五年 /
    # 规划和二 〇 三五年远景目标纲要), the line below no title of its own; the site's headline above it
    text = ("(贵州省)遵义市红花岗区国民经济和社会发展十四五规划(2022年更新)\n"
            "遵义市红花岗区国民经济和社会发展第十四个五年\n规划和二 〇 三五年远景目标纲要\n"
            "遵义市红花岗区发展和改革局\n二〇二一年二月\n"
            "本规划纲要主要阐明红花岗区经济社会的发展定位、工作目标和重点及政策取向。\n"
            "第一章 向社会主义现代化新征程迈进的形势和任务\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (2, "遵义市红花岗区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
    assert plan["jurisdiction"] == "红花岗区"


def test_a_letter_run_on_with_its_plan_after_its_mark_and_single_character_addressees():
    # shanxi-2018: the notice's letter and the plan flattened onto one line below the page's fields, its addressees
    # parting single-character bodies (省人民政府各委、办、厅、局:), the mark (此件公开发布) between the letter's date
    # and the plan's title: the plan's title is the name the letter gives, where it stands again after the mark
    text = ("发文机关:山西省人民政府\n发布日期:2018年03月27\n文号 :晋政发〔2018〕13号\n"
            "各市、县人民政府,省人民政府各委、办、厅、局: 现将《山西省激发重点群体活力带动城乡居民增收的实施方案》"
            "印发给你们,请认真组织实施。 山西省人民政府 2018年3月27日 (此件公开发布) "
            "山西省激发重点群体活力带动城乡居民增收的实施方案 根据国务院精神,结合我省实际,制定本实施方案。"
            " 一、指导思想 以习近平新时代中国特色社会主义思想为指导。\n")
    (plan,) = plans_of(text)
    assert identity(plan) == (4, "山西省激发重点群体活力带动城乡居民增收的实施方案")
    assert plan["jurisdiction"] == "山西省"


GANXIAN = ("关于印发某区国民经济和社会发展第十四个五年规划纲要的通知.doc\n"
           "某区府发〔2021〕3 号 某市某区人民政府 关于印发某市某区国民经济和社会发展 第十四个五年规划 纲要的通知 "
           "各乡镇人民政府,区政府各部门,区直、驻区各单位: 现将《某市某区国民经济和社会发展第十四个五年规划 纲要》"
           "印发给你们,请认真贯彻执行。 2021 年 4 月 13 日 (此件主动公开) — 1 — 某市某区国民经济和社会发展第十四个五 "
           "年规划纲要 目 录 第一篇 开启新征程..................10 第一章 发展基础......................................10\n")


def test_a_flattened_notice_with_its_doc_number_in_front_ends_its_title_where_the_addressees_open():
    # ganxian-2021 (a sharing site's .doc text): the file name over the whole notice on one line, the 文号 and the
    # issuer in front of the title, which ends at its 的通知 where the addressees open (no 文号 after it)
    notice = plans_of(GANXIAN)[0]
    assert identity(notice) == (2, "某市某区人民政府关于印发某市某区国民经济和社会发展第十四个五年规划纲要的通知")


def test_a_flattened_notices_plan_after_the_mark_and_a_page_stamp_is_found():
    # ganxian-2021: the 纲要 the notice sends stands after the letter's date, its mark (此件主动公开) and the printed
    # page's stamp (— 1 —), its title broken by a space where the page's line broke (第十四个五 年规划): the plan, titled whole
    notice, plan = plans_of(GANXIAN)
    assert identity(plan) == (2, "某市某区国民经济和社会发展第十四个五年规划纲要")
    assert plan["parent"] == notice["id"]


def test_a_page_source_of_another_place_than_the_titles_is_no_issuer():
    # jilinshi-2006: the page's 来源 a province's government over a city's 纲要 with no sender of its own: the page's
    # publisher (a site that reposts it), not the plan's issuer
    text = ("吉林市国民经济和社会发展第十一个五年规划纲要\n\n来源: 吉林省人民政府 发布时间:2007年11月08日\n"
            "吉林市国民经济和社会发展\n第十一个五年规划纲要(2006-2010)\n"
            "  2006年至2010年,是加快振兴吉林市老工业基地的关键时期。结合地区实际,现提出本纲要。\n第一部分  规划背景\n")
    (plan,) = plans_of(text)
    assert plan.get("issuer") is None and plan["jurisdiction"] == "吉林市"
    # a source of the title's own place stays the issuer where nothing else names one
    own = text.replace("来源: 吉林省人民政府", "来源: 吉林市人民政府")
    assert plans_of(own)[0]["issuer"] == "吉林市人民政府"


def test_a_date_in_brackets_right_below_the_title_is_the_plans_date():
    # yunnan-2021 (the province's gazette): the joint issuers over the title, its date in brackets on the next line
    text = ("中共云南省委 云南省人民政府\n关于支持昆明高质量发展的若干意见\n\n(2021年7月3日)\n\n"
            "为深入贯彻落实国家“十四五”规划纲要,现提出以下意见。\n一、总体要求\n二、聚精会神抓产业\n"
            "(三)引领全省世界一流“三张牌”走深走精走长。建设智能电网示范城市。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "中共云南省委 云南省人民政府关于支持昆明高质量发展的若干意见"
    assert plan["written"] == dt.date(2021, 7, 3)
    assert [t["number"] for t in plan["tasks"]] == ["(三)"]


def test_a_flattened_notices_doc_number_in_front_of_its_title_is_read():
    # ganxian-2021: the printed head's 文号 in front of the notice's title on the flattened line is the notice's
    notice = plans_of(GANXIAN)[0]
    assert notice["doc_number"] == "某区府发〔2021〕3 号"


def test_a_notice_passing_on_a_plan_its_body_drew_up_sends_that_plan():
    """xiamen-2015: 厦门市人民政府批转市国土房产局关于2015年地质灾害防治方案的通知, its 文号 and letter, then the plan's own
    title 厦门市2015年地质灾害防治方案: the notice and the plan it passes on (批转) are two plans, as a 印发 notice's are."""
    text = """厦门市人民政府批转市国土房产局关于2015年地质灾害防治方案的通知
厦府〔2015〕76号
各区人民政府,市直各委、办、局:
市国土房产局制定的《厦门市2015年地质灾害防治方案》已经市政府研究同意,现批转给你们,请遵照执行。
厦门市人民政府
2015年3月28日
厦门市2015年地质灾害防治方案
为做好地质灾害防治工作,结合我市实际,制定本方案。
一、主要任务
(一)开展汛前排查。市国土房产局负责。
"""
    notice, plan = plans_of(text)
    assert notice["title"] == "厦门市人民政府批转市国土房产局关于2015年地质灾害防治方案的通知"
    assert plan["title"] == "厦门市2015年地质灾害防治方案" and plan["source"]["line"] == 7
    assert [t["line"] for t in plan["tasks"]] == [10]


def test_a_sharing_sites_badged_headline_over_a_line_opening_with_the_docnumber_and_senders():
    # yunxi-2012: the site's furniture, its headline (the file's name with "VIP免费" behind it), its page previews
    # (…_第1页 / 1/9), then the whole 决定 on one line: "★西发〔2012〕11号中共某县委某县人民政府关于…的决定(2012年4月28日)…":
    # the title is the senders and the name as that line writes them, no preview caption
    name = "关于进一步完善招商引资工作目标管理责任制的决定"
    text = (f"电脑桌面\n添加某某文库到电脑桌面\n\n{name}VIP免费\n\n{name}_第1页\n1/9\n{name}_第2页\n2/9\n"
            f"★西发〔2012〕11号中共郧西县委郧西县人民政府{name}(2012年4月28日)—1—为加大招商引资力度,县委、县政府特作如下决定:"
            "一、统一思想,明确任务(一)统一思想,提高认识。各乡镇务必提高认识。\n")
    result = import_texts([("t.txt", text)])
    assert [p["title"] for p in result.plans] == ["中共郧西县委郧西县人民政府" + name]


def test_a_document_sites_headline_over_its_card_and_preview_note_is_no_title():
    # the site's short name for the file, its 更新时间 / 阅读量 card and preview note, then the document's own title
    text = """新农合市级统筹方案

更新时间:2024-05-20 04:37:01 阅读量: 综合文库 文档下载

说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。

赤峰市新型农村牧区合作医疗市级统筹 及引入商业保险参与经办工作方案(试行)

为了进一步推动全市新型农村牧区合作医疗工作,制定本方案。
"""
    result = import_texts([("plan.txt", text)])
    assert [p["title"] for p in result.plans] == ["赤峰市新型农村牧区合作医疗市级统筹及引入商业保险参与经办工作方案(试行)"]
    # the same headline with no card below it stays the title
    result = import_texts([("plan.txt", "新农合市级统筹方案\n\n为了进一步推动全市新型农村牧区合作医疗工作,制定本方案。\n")])
    assert [p["title"] for p in result.plans] == ["新农合市级统筹方案"]


def test_a_form_the_letter_asks_to_fill_in_is_no_plan_the_notice_sends():
    # suichang-2024: the notice's points are its own; its 附件 is the form it asks its readers to fill in and send
    # back (…填写清理拖欠企业账款线索自查明细表…报给县减负办), not a plan
    text = ("某县减负办关于抓紧做好拖欠中小企业账款排查清理工作的通知\n各乡镇(街道)办事处,县属各相关单位:\n"
            "现决定在全县组织开展拖欠中小企业账款排查清理工作,现将有关事项通知如下:\n"
            "一、抓紧做好问题线索核查\n各相关单位要抓紧落实问题线索核查办理。\n"
            "二、抓紧做好自查并建立台账\n政府机关、事业单位要进一步查缺补漏。\n"
            "请各单位填写清理拖欠企业账款线索自查明细表,报给县减负办。\n"
            "附件:某县清理拖欠企业账款线索自查明细表\n某县减负办\n2024年1月3日\n")
    plans = plans_of(text)
    assert [p["title"] for p in plans] == ["某县减负办关于抓紧做好拖欠中小企业账款排查清理工作的通知"]
    assert [t["number"] for t in plans[0]["tasks"]] == ["一、", "二、"]


def test_a_list_of_projects_attached_to_a_notice_that_sends_nothing_leaves_its_points_its_tasks():
    # henan-2018: a notice titled with the work it divides (关于…分包推进重大项目责任分工的通知), its 附件 only the
    # projects' 汇总表: its own numbered points are its tasks, their doers the subjects of 要
    text = ("某省人民政府办公厅关于省政府领导分包推进重大项目责任分工的通知\n各市人民政府,省人民政府各部门:\n"
            "省政府筛选了76个重大项目,明确由省政府各位副省长负责分包推进。\n"
            "一、抓好项目开工。\n各地、各有关部门要加快推进项目前期工作。\n"
            "二、及时报告情况。\n各有关部门要执行月报制度,每月5日前报送上月项目推进情况。\n"
            "特此通知。\n附件:2018年省政府领导分包推进的重大项目汇总表\n某省人民政府办公厅\n2018年7月10日\n")
    plans = plans_of(text)
    assert [p["title"] for p in plans] == ["某省人民政府办公厅关于省政府领导分包推进重大项目责任分工的通知"]
    tasks = plans[0]["tasks"]
    assert [t["number"] for t in tasks] == ["一、", "二、"]
    assert [r["written"] for r in tasks[0].get("units", [])] == ["各地", "各有关部门"]
    assert [d["text"] for d in tasks[1].get("deadlines", [])] == ["每月5日前"]
    # a notice that sends the list (关于印发…的通知) keeps its points its letter's requirements
    sent = text.replace("关于省政府领导分包推进重大项目责任分工的通知", "关于印发2018年省政府领导分包推进的重大项目汇总表的通知")
    assert all(not p["tasks"] for p in plans_of(sent))


def test_a_sending_letter_run_on_behind_its_addressees_keeps_its_points_the_notices_requirements():
    # xuchang-2008: the addressees with the letter run on behind their colon, its sentences one a line — the sending
    # (现将《…》印发给你们) and the announcing (现将有关事项通知如下) apart: the points below are the sending notice's
    # requirements on carrying out the list it sends, no tasks
    text = ("某市人民政府关于印发某市2008年重点项目的通知\n(某政[2008]27号)\n"
            "各县(市、区)人民政府,经济开发区管委会,市人民政府各部门:2008年,全市共确定重点项目110个。\n"
            "110个重点项目总投资435亿元,年度投资计划168亿元。\n"
            "经市委、市政府同意,现将《某市2008年重点项目》印发给你们,请认真组织实施。\n"
            "为切实做好全市2008年重点项目工作,现将有关事项通知如下。\n"
            "一、坚持重点项目推进机制,加快重点项目进度。\n项目单位是重点项目建设的第一责任人。\n"
            "市监察局要按照有关规定加强效能监察。\n")
    plans = plans_of(text)
    assert [p["title"] for p in plans][:1] == ["某市人民政府关于印发某市2008年重点项目的通知"]
    assert all(not p["tasks"] for p in plans)


def test_a_lost_images_mark_below_the_signature_is_furniture():
    # suichang-2024: "![]()" under the date, the mark a page's conversion left for an image it lost, is no line of
    # the text: the signature and its date still close the letter, the date no deadline of its last point
    text = ("某县减负办关于做好排查清理工作的通知\n各相关单位:\n现将有关事项通知如下:\n"
            "一、做好线索核查\n各相关单位要抓紧落实线索核查。\n二、做好自查\n各相关单位要摸清底数。\n"
            "某县减负办\n2024年1月3日\n![]()\n")
    plans = plans_of(text)
    assert [[d["text"] for d in t.get("deadlines", [])] for t in plans[0]["tasks"]] == [[], []]


def test_a_seal_note_between_the_signature_and_its_date_closes_the_letter_with_them():
    # suichang-2024: "(遂昌县经济商务局代章)" between the signing office and its date (who sealed for it): the three
    # lines close the text, the date no deadline of its last point
    text = ("某县减负办关于做好排查清理工作的通知\n各相关单位:\n现将有关事项通知如下:\n"
            "一、做好线索核查\n各相关单位要抓紧落实线索核查。\n二、做好自查\n各相关单位要摸清底数。\n"
            "某县减轻企业负担领导小组办公室\n(某县经济商务局代章)\n2024年1月3日\n")
    plans = plans_of(text)
    assert [[d["text"] for d in t.get("deadlines", [])] for t in plans[0]["tasks"]] == [[], []]


def test_a_page_opening_with_the_clause_line_of_an_item_it_lost_has_no_title():
    """A later page of a 责任分解 copied from inside its list opens with the 责任单位 line of an item whose number is on
    the page before (zhejiang-zhengfugongzuobaogao…-ye7 of held-out set 113): no title, and that clause no task."""
    text = (
        "责任单位:省市场监管局、省委网信办、省发展改革委\n"
        "3.加强食品药品全链条闭环监管。\n"
        "责任单位:省市场监管局、省药监局\n"
        "四、副省长牵头重点工作\n"
        "1.新增智能工厂和数字化车间150家。\n"
        "责任单位:省经信厅\n"
    )
    plans = plans_of(text)
    assert [p["title"] for p in plans] == ["（原文无标题）"]
    tasks = plans[0]["tasks"]
    assert [(t["line"], t["number"]) for t in tasks] == [(2, "3."), (5, "1.")]
    assert [u["written"] for u in tasks[0]["units"]] == ["省市场监管局", "省药监局"]


def test_a_news_lead_naming_the_plan_in_guillemets_finds_its_title_broken_over_two_lines_below():
    """A news reprint opening with its lead sentence, which names the plan in 《》 with 〈〉 inside, a related link, then
    the plan's own title over two lines (chengdu-2022-zhengfugongzuobaogao… of held-out set 113): that title is the plan's."""
    text = (
        "日前,某市人民政府网站公布了《2022年〈政府工作报告〉目标任务责任分解方案》。除了十大民生实事外,某市将重点工作细化为\n"
        "448项具体工作,并明确了牵头单位和责任单位等。\n"
        "相关新闻>>\n"
        "正式发布!2022年某市政府工作报告(全文请收藏)\n"
        "2022年《政府工作报告》\n"
        "目标任务责任分解方案\n"
        "一、全市经济社会发展主要预期目标\n"
        "1.地区生产总值增长7%左右。(牵头单位:市发改委)\n"
    )
    plans = plans_of(text)
    assert [(p["title"], p["source"]["line"]) for p in plans] == [("2022年《政府工作报告》目标任务责任分解方案", 5)]
    assert [t["line"] for t in plans[0]["tasks"]] == [8]


def test_a_bulleted_record_with_fields_left_empty_is_the_pages_and_the_title_below_it_the_documents():
    # longshan-2008-qiuji…: the site's headline (the government's name and a hyphen before the title) over a bulleted
    # record whose fields are many of them empty (• 文号:, • 信息时效期:, • 签署日期:) or unknown to any rule (• 公开范围:):
    # the record is the page's, and the document's own title block (the sender alone over the title) is the title
    text = ("某县人民政府-关于切实做好2008年秋季动物防疫工作的通知\n  • 索引号:006686322/2013-00571\n  • 文号:\n"
            "  • 公开责任部门:某州某县人民政府\n  • 公开方式:政府网站\n  • 公开范围:全部公开\n  • 信息时效期:\n  • 签署日期:\n"
            "  • 登记日期:\n  • 发文日期:2013-11-15\n\n关于切实做好2008年秋季动物防疫工作的通知\n\n某政办发〔2008〕59号\n\n"
            "某县人民政府办公室\n\n关于切实做好2008年秋季动物防疫工作的通知\n\n各乡镇人民政府、街道办事处,县直有关单位:\n\n"
            "现将有关事项通知如下:\n\n一、加强疫苗管理\n\n各乡镇要做好疫苗发放工作。\n")
    assert identity(plans_of(text)[0]) == (16, "某县人民政府办公室关于切实做好2008年秋季动物防疫工作的通知")


def test_a_sites_name_of_the_piece_glued_before_the_texts_own_title_on_one_line():
    # unknown-town-2021-nongcun-gaice… (a 镇's 改厕 方案 on a document site): the site's name of the piece (its path's last
    # step too) glued before a second title of the same kind that the preamble follows: the text's own title is that one
    body = ("为加强农村改厕工作,改善农村居住环境,结合我镇实际,特制定本方案。一、任务目标全镇改厕任务目标为600座。"
            "二、重大意义农村改厕是改善农村环境和卫生条件的重要内容。镇委、镇政府对此项工作高度重视。"
            "三、时间安排今年的农村改厕工作分三个阶段进行。1、准备阶段。一是制定改厕方案。二是宣传发动。") * 2
    text = ("您好,欢迎访问三七文档\n当前位置:首页 > 办公文档 > 工作范文 > 镇2021年度农村改厕工作具体实施方案\n"
            "镇2021年度农村改厕工作具体实施方案2021年农村厕所改造实施方案" + body + "\n")
    assert identity(plans_of(text)[0]) == (3, "2021年农村厕所改造实施方案")


def test_a_news_pages_lines_above_its_whole_text_announcement_are_no_title():
    # tianjin-2022-luoshi-guowuyuan…: a related link cut at 的 over the article's headline (which read as one title
    # block), the lead and a summary, then "全文如下:" over the notice's title in two lines: the notice and the
    # 任务分工 it sends below its date are the two plans, the page's lines above none
    text = ("国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的\n"
            "某市深入打好污染防治攻坚战 实施“1+3+8”行动计划\n"
            "环保网获悉,5月10日,某市人民政府发布了《关于落实国务院<政府工作报告>重点工作任务分工的通知》,提出加强生态环境综合治理。\n"
            "打好蓝天保卫战,集中力量解决柴油货车排放、臭氧、重污染天气以及扬尘、异味、噪声等突出问题。\n"
            "全文如下:\n某市人民政府印发关于落实国务院\n《政府工作报告》重点工作任务分工的通知\n"
            "各区人民政府,市政府各委、办、局:\n"
            "现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。\n"
            "某市人民政府\n2022年5月6日\n关于落实国务院《政府工作报告》\n重点工作的任务分工\n"
            "为全面贯彻党的十九大精神,现提出如下分工。\n")
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans] == [
        (6, "某市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"),
        (12, "关于落实国务院《政府工作报告》重点工作的任务分工")]


def test_a_news_pages_lead_above_its_line_pointing_down_to_the_original_is_no_title():
    # nanning-2024-guojia…: a WeChat mirror's lead naming the notice as a sentence (11月15日,…关于印发《…》的通知。) and
    # its summary, then "原文见下:" over the notice's title: the notice and the 规划 it sends below its date are the two
    # plans, the lead none
    text = ("11月15日,广西某市人民政府办公室关于印发《某市国家生态文明建设示范区规划(2023—2030年)》的通知。\n"
            "文件提到,加快煤炭替代,严格合理控制煤炭消费增长。\n"
            "原文见下:\n"
            "某市人民政府办公室关于印发《某市国家生态文明建设示范区规划(2023—2030年)》的通知\n"
            "(某府办〔2024〕23号)\n"
            "各县(市、区)人民政府,市政府各部门:\n"
            "《某市国家生态文明建设示范区规划(2023—2030年)》已经市人民政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
            "2024年10月11日\n"
            "某市国家生态文明建设示范区规划(2023—2030年)\n"
            "根据有关文件精神,编制本规划。\n"
            "第一章 工作基础与形势分析\n")
    plans = plans_of(text)
    assert [(p["source"]["line"], p["title"]) for p in plans] == [
        (4, "某市人民政府办公室关于印发《某市国家生态文明建设示范区规划(2023—2030年)》的通知"),
        (9, "某市国家生态文明建设示范区规划(2023—2030年)")]


def test_a_guihua_gangyaos_vision_horizon_in_chinese_numerals_leaves_its_five_years_as_its_period():
    # bozhou-2021 (and ganxian-2021, zunyi-2021, xixiangtang-2021): "…第十四个五年规划和二〇三五年远景目标纲要", the
    # horizon written in Chinese numerals as such titles mostly print it: the plan covers 2021-2025, its year 2021
    text = ("遵义市播州区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
            "第一篇发展基础和奋斗目标\n\n第一章 发展基础和面临环境\n")
    (plan,) = plans_of(text)
    assert plan["period"] == "2021—2025年"
    assert "2021" in plan["id"]


def test_a_law_librarys_record_card_gives_the_notices_doc_number_and_date():
    # shanxi-2008-shengzhengfu… (and quanzhou-2014): the card's 【发布文号】 and 【发布日期】 fields are the page's
    # record of the document: its 文号 (written with half-width square brackets there) and the date it was issued
    text = (
        "【发布单位】山西省\n  【发布文号】晋政发[2008]8号\n  【发布日期】2008-02-03\n  【生效日期】2008-02-03\n"
        "  【失效日期】\n  【所属类别】政策参考\n\n"
        "山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n\n"
        "各市、县人民政府,省人民政府各委、厅,各直属机构:\n现将2008年省人民政府工作目标责任分解安排如下:\n"
        "一、省长负责的工作\n(一)省审计厅牵头的工作\n全面加强审计工作。\n"
    )
    (plan,) = import_texts([("s.txt", text)]).plans
    assert plan["doc_number"] == "晋政发[2008]8号"
    assert plan["published"] == dt.date(2008, 2, 3)


def test_a_news_sites_headline_of_a_place_and_a_cited_title_is_no_title():
    # hubei-2015-gonggong-wenhua…: a news site reprinting a province's 意见 under "湖北省《加快构建公共文化服务体系的意见》",
    # the place before the document's name it shortens in 《》: the site's headline, no title of the document's own
    text = ("湖北省《加快构建公共文化服务体系的意见》\n"
            "为贯彻落实中办发〔2015〕2号文件精神,更好地保障人民群众基本文化权益,现提出如下实施意见。\n"
            "一、建立基本公共文化服务标准体系\n(一)全面推动标准落地实施。各市(州)、县(市、区)应根据实施标准制定实施方案。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    # a notice's title naming the plan it sends in 《》 stays the title
    text = ("湖北省人民政府关于印发《湖北省公共文化服务体系建设方案》的通知\n"
            "各市、州人民政府:\n现将《湖北省公共文化服务体系建设方案》印发给你们,请认真贯彻执行。\n")
    assert plans_of(text)[0]["title"] == "湖北省人民政府关于印发《湖北省公共文化服务体系建设方案》的通知"


def test_a_document_sites_headline_over_its_card_of_labelled_entries_is_no_title():
    # dongguan-2011-zhengfu-xinxi…: the uploader's name for the file over the site's card (- 格式:doc / - 大小: /
    # - 文档页数:), then the law database's record opening with the notice's own title
    text = (
        "区府办信息公开报告\n- 格式:doc\n- 大小:26.50 KB\n- 文档页数:2\n"
        "某市人民政府办公室关于印发《进一步加强政府信息公开工作的意见》的通知文章属性•【制定机关】某市人民政府办公室"
        "•【字号】某府办〔2011〕65号正文某市人民政府办公室关于印发《进一步加强政府信息公开工作的意见》的通知"
        "某府办〔2011〕65号各镇人民政府(街道办事处),市府直属各单位:《进一步加强政府信息公开工作的意见》业经市人民政府同意,"
        "现印发给你们,请认真贯彻执行。\n"
        "(一)各镇街、各部门要按照职责分工,承担组织本镇街、本部门政府信息公开工作。\n"
    )
    plans = import_texts([("d.txt", text)]).plans
    assert [(p["source"]["line"], p["title"]) for p in plans][:1] == [
        (5, "某市人民政府办公室关于印发《进一步加强政府信息公开工作的意见》的通知")]


def test_two_joint_senders_each_alone_over_a_title_that_opens_with_its_yinfa_are_the_titles_start():
    # yuanjiang-2020-minzu…: a committee's office and the government's office each alone on a line, blank lines between,
    # over "印发《…》的通知" with no 关于: one title block from the first sender, not the 印发 line alone
    text = """中共某县委办公室

某县人民政府办公室

印发《关于全面深入持久开展民族团结进步创建工作铸牢中华民族共同体意识的实施方案》的通知

各乡镇(街道)党(工)委和人民政府(办事处),县委和县级国家机关各部委办局:

《关于全面深入持久开展民族团结进步创建工作铸牢中华民族共同体意识的实施方案》已经县委、县政府同意,现印发给你们。

中共某县委办公室

某县人民政府办公室

2020年6月2日
"""
    got = [identity(p) for p in plans_of(text)]
    assert got[0] == (1, "中共某县委办公室某县人民政府办公室印发《关于全面深入持久开展民族团结进步创建工作铸牢中华民族共同体意识的实施方案》的通知")


def test_a_model_text_sites_first_piece_heading_with_its_text_glued_on_is_no_title():
    # unknown-town-minzu-zongjiao…: the collection's headline counting its pieces in 【】, the site's blurb, then the
    # first piece's heading numbered behind (…方案篇1) with the piece's text glued on after a space: all the site's
    text = ("宗教治理工作方案【九篇】\n"
            "以下是为大家整理的关于宗教治理工作方案的文章9篇 , 欢迎大家参考查阅!\n"
            "宗教治理工作方案篇1 我镇民族宗教工作的指导思想是:以依法治理为主线,扎实推进民族宗教工作。\n"
            "一、全面提升民族宗教工作法治化水平\n"
            "1、强化工作责任。进一步健全镇乡村两级民族宗教工作网络。\n"
            "2、推进依法行政。加大条例的宣传和推进落实力度。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["1、", "2、"]



def test_a_model_text_sites_label_of_its_first_fanwen_ends_the_sites_lines():
    # unknown-district-duikou…: a breadcrumb, the collection's headline, a 前言 blurb counting the site's 范文, the headline
    # again, then the label of the first piece (X范文第1篇): the lines down to that label are the site's, as they are down
    # to 第一篇: or X 篇1 (the collection's name set again is no title of its first piece); the text has none
    text = ("首页 > 文章中心 > 对口支援帮扶计划\n\n对口支援帮扶计划\n\n"
            "前言:想要写出一篇令人眼前一亮的文章吗?我们特意为您整理了5篇对口支援帮扶计划范文,相信会为您的写作带来帮助。\n\n"
            "对口支援帮扶计划\n\n对口支援帮扶计划范文第1篇\n\n"
            "一、加强领导、强化职能,不断推进合作交流与对口支援工作。\n\n"
            "(一)提高认识,切实增强责任感和使命感。\n\n(二)加强领导,切实把合作交流与对口支援工作作为重要工作来抓。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]


def test_a_model_text_sites_first_piece_heading_with_its_number_in_brackets_ends_the_sites_lines():
    # unknown-town-maodun-jiufen-duoyuan…: a breadcrumb, the collection's headline counting its pieces (【精选8篇】), a
    # posting line and blurb, then the first piece's heading with 【第一篇】 behind it, alone on its line: the lines down to
    # it are the site's (the collection's headline no title), the piece opens with its text
    text = ("首页 > 工作范文 > 范文大全 >\n\n矛盾纠纷多元化解机制方案的制定样例【精选8篇】\n\n网友发表时间 1814713\n\n"
            "【参照】优秀的范文能大大的缩减您写作的时间,以下优秀范例由网友为您精心收集分享。\n\n"
            "矛盾纠纷多元化解机制方案的制定【第一篇】\n\n"
            "为完善**镇矛盾纠纷多元化解机制,经镇依法整治领导小组研究决定,提出如下实施方案。\n\n"
            "1、“组”一级调解。及时对村民小组内的矛盾纠纷进行调解。\n\n2、“村”一级调解。及时调解本村矛盾纠纷。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["1、", "2、"]


def test_a_model_text_sites_headline_over_its_posting_line_with_no_title_below_is_the_sites():
    # unknown-town-maodun-jiufen-dapaicha…: the site's headline over "更新时间:2023-08 来源:网友投稿", then the text from
    # its first paragraph (the title not set again): both lines are the site's, the text has no title of its own
    text = ("关于某镇集中开展矛盾纠纷“大排查大起底大化解”专项行动实施方案\n\n更新时间:2023-08 来源:网友投稿\n\n"
            "认真贯彻落实党的XX大精神,坚持和发展新时代“枫桥经验”,做到风险矛盾纠纷发现在早、防范在先、处置在小。\n\n"
            "二、工作目标\n\n有效化解各类矛盾纠纷。确保各类矛盾纠纷清仓见底,化解率保持在80%以上。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    # the headline set again over the text is the text's own title there (as licheng-2020 reads it)
    text = ("2022年精神文明建设工作重点\n\n时间:2022-06-14 16:55:17 来源:网友投稿\n\n2021年精神文明建设工作重点\n\n"
            "2021年是全面建成小康社会之年。\n\n一、加强思想道德建设\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "2021年精神文明建设工作重点"


def test_a_model_text_sites_first_piece_label_in_lenticular_brackets_ends_the_sites_lines():
    # unknown-county-shuihan-zaihai…: the collection's headline counting its pieces ("…方案(2篇)"), then the label of its
    # first piece alone on its line (【篇一】) over the piece's preamble: the lines down to that label are the site's (as
    # down to 第一篇: or X 篇1), and the piece shows no title of its own
    text = ("水旱灾害防御工作方案(2篇)\n"
            "【篇一】\n"
            "坚持人民至上、生命至上,全面提升水旱灾害防御能力。\n"
            "一、全面做好汛前准备\n"
            "(一)完善水旱灾害防御组织体系。汛前将工作专班调整充实到位。\n"
            "(二)基础信息复核。认真复核水库、山塘等水利工程现状。\n")
    (plan,) = plans_of(text)
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["(一)", "(二)"]


def test_a_sender_carrying_out_a_higher_bodys_document_is_the_issuer():
    """A title naming its sender, then the higher body whose document it carries out before 关于
    (浙江省人民政府贯彻国务院关于…指导意见的实施意见, zhejiang-2009-changsanjiao…; …办公室转发市发改委关于…): the issuer
    is the sender before the verb, not the two names run together."""
    text = ("某省人民政府贯彻国务院关于进一步推进某地区改革开放的指导意见的实施意见 某政发[2009]69号 2009-11-03 "
            "为贯彻《国务院关于进一步推进某地区改革开放的指导意见》精神,提出以下实施意见。 一、总体要求 (一)基本原则。坚持科学发展。\n")
    (plan,) = plans_of(text)
    assert plan["issuer"] == "某省人民政府"
    text = ("某市人民政府办公室转发市发改委关于做好2024年节能工作意见的通知\n各区县人民政府,市政府各部门:\n"
            "市发改委《关于做好2024年节能工作的意见》已经市政府同意,现转发给你们,请认真贯彻执行。\n")
    assert plans_of(text)[0]["issuer"] == "某市人民政府办公室"


def test_a_one_line_copys_number_and_date_right_after_its_title_are_the_documents():
    """A document flattened onto one line, its 文号 (in half-width square brackets) and date right after its title
    (…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻…, zhejiang-2009-changsanjiao…), or its 文号 after a title a page set
    spaces inside (河南省人民政府 关于…的通知 豫政〔2023〕5号 现将…, henan-2023-…): the document's 文号 and date."""
    text = ("某省人民政府关于进一步推进某地区改革开放的实施意见 某政发[2009]69号 2009-11-03 "
            "为贯彻《国务院关于进一步推进某地区改革开放的指导意见》精神,现结合我省实际,按照突出重点的原则,提出以下实施意见。 "
            "一、总体要求 (一)基本原则。坚持科学发展,推进转型升级,努力保持经济平稳较快发展。\n")
    (plan,) = plans_of(text)
    assert plan["doc_number"] == "某政发[2009]69号" and plan["written"] == dt.date(2009, 11, 3)
    text = ("某省人民政府 关于明确2023年 重点工作责任单位的通知 某政〔2023〕5号 现将《政府工作报告》提出的2023年重点工作任务"
            "予以分解并明确责任单位。各责任单位要尽快制定具体落实方案。 一、加快提振市场信心 (一)全面促进消费增长。 "
            "1.把恢复和扩大消费摆在优先位置。(省商务厅负责)\n")
    assert plans_of(text)[0]["doc_number"] == "某政〔2023〕5号"


def test_a_kind_word_whose_spaces_a_mirror_wrote_as_a_question_mark_closes_the_title_block():
    # tengzhou-2017: "滕州市人民政府辦公室" / "關于印發《滕州市天然氣穩定保供方案》的" / "通 ?知": the mirror wrote the
    # non-breaking space inside 通  知 as "?"; the kind word still closes the title block, and the plan it sends is read
    from planportal.importer import import_texts
    text = ("滕州市人民政府辦公室\n關于印發《滕州市天然氣穩定保供方案》的\n通 ?知\n"
            "各鎮人民政府、街道辦事處,市政府各部門:\n《滕州市天然氣穩定保供方案》已經市政府同意,現印發給你們,請認真抓好貫徹落實。\n"
            "滕州市人民政府辦公室\n2017年12月21日\n滕州市天然氣穩定保供方案\n一、基本原則\n按照“保民用”的原則。\n")
    plans = import_texts([("plan.txt", text)]).plans
    assert [(p["source"]["line"], p["title"]) for p in plans] == [
        (1, "滕州市人民政府辦公室關于印發《滕州市天然氣穩定保供方案》的通知"), (8, "滕州市天然氣穩定保供方案")]


def test_an_untitled_copy_reaching_an_attachment_named_and_set_again_below_its_date_holds_that_plan():
    # unknown-meng-2007…: a later page opening on "十、发改委" / its duties, then "附件:人口和计划生育综合治理目标管理部门
    # 考核验收标准" / "二○○七年六月八日" / the attachment's title set again: that attachment's plan at the title's line
    text = ("十、发改委\n认真贯彻落实国家现行的人口和计划生育相关的法律法规,制定有利于计划生育家庭的优先优惠具体措施。\n"
            "附件:人口和计划生育综合治理目标管理部门考核验收标准\n"
            "二○○七年六月八日\n"
            "人口和计划生育综合治理目标管理部门考核验收标准\n"
            "一、考核验收内容\n(一)共性目标(20分)\n1、机构队伍建设(6分)\n")
    plans = import_texts([("a.txt", text)]).plans
    assert [p["title"] for p in plans][-1] == "人口和计划生育综合治理目标管理部门考核验收标准"
    # a form the page attaches (附件:…分组表) is no plan
    form = text.replace("人口和计划生育综合治理目标管理部门考核验收标准", "市政府安全生产督查组分组表")
    assert all(p["title"] != "市政府安全生产督查组分组表" for p in import_texts([("b.txt", form)]).plans)


def test_a_sharing_sites_reading_notes_above_a_copy_on_one_line_leave_its_glued_title_the_plans():
    """"已閱讀5頁,還剩4頁未讀, 繼續免費閱讀" / "版權說明:本文檔由用戶提供並上傳…" / "文檔簡介" over the whole text on one
    line, its title glued to its preamble (linze-binzang…): the notes are the site's, the title the plan's."""
    from planportal.importer import import_texts

    text = ("已閱讀5頁,還剩4頁未讀, 繼續免費閱讀\n版權說明:本文檔由用戶提供並上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領\n"
            "文檔簡介\n殯葬集中整治活動實施方案為加快生態文明建設步伐,破除殯葬陋習,倡導文明新風,經縣委、縣政府研究決定,"
            "在全縣開展殯葬集中整治活動。為保證集中整治活動有序開展,制定如下實施方案:一、指導思想按照生態文明建設要求,"
            "依法推進殯葬改革,切實保障人民群眾基本殯葬權益。 二、目標任務 (一)集中整治亂葬亂埋1.整治“三沿六區”亂葬亂埋。"
            "集中力量和時間,對“三沿六區”亂葬亂埋集中整治。通過整體搬遷、綠化掩蓋等方式,全面治理裸露墳墓。4月5日前全面完成"
            "景區的墳墓遷移任務。其它區域也要進行有計劃整治。\n")
    plans = import_texts([("plan.txt", text)]).plans
    assert [(p["title"], p["source"]["line"]) for p in plans] == [("殯葬集中整治活動實施方案", 4)]


def test_a_model_text_sites_year_and_jingbian_label_around_a_title_are_no_part_of_it():
    # unknown-county-wenming-xiangfeng…: the site's headline "2024关于培育文明乡风淳朴民风的工作方案精编", the only title of
    # the copy: the plan's title without the year the site files it under and its label 精编
    assert clean("2024关于培育文明乡风淳朴民风的工作方案精编") == "关于培育文明乡风淳朴民风的工作方案"
    # a year written with its 年 is the title's own
    assert clean("2024年关于培育文明乡风的工作方案") == "2024年关于培育文明乡风的工作方案"
    text = ("2024关于培育文明乡风淳朴民风的工作方案精编\n为进一步推进移风易俗,培育文明乡风淳朴民风,制定如下工作方案。\n"
            "一、总体要求\n(一)指导思想。坚持以习近平新时代中国特色社会主义思想为指导。\n二、主要内容\n(一)加强宣传教育\n"
            "1.突出党员干部示范带头。建立农村党员干部操办婚丧嫁娶事宜报备制度。\n")
    assert [(p["source"]["line"], p["title"]) for p in import_texts([("t.txt", text)]).plans] == [
        (1, "关于培育文明乡风淳朴民风的工作方案")]


def test_a_title_glued_to_the_opening_words_below_a_labelled_file_card_is_the_plans():
    """"xx镇实施“乡村文明行动”责任分工" / "- 格式:doc" / "- 大小:26.50 KB" / "- 文档页数:6" over "XX镇2021年…综合治理工作方案
    XX镇2021年创建…为实现…,制定本方案。" (unknown-town-2021-xiangcun-wenming…): the uploader's name and the card are the
    site's; the text's own title is glued to its first words."""
    text = ("xx镇实施“乡村文明行动”责任分工\n- 格式:doc\n- 大小:26.50 KB\n- 文档页数:6\n"
            "XX镇2021年创建全国文明城市农村-综合治理工作方案XX镇2021年创建全国文明城市农村为实现创建全国文明城市工作目标,"
            "结合XX镇实际,制定本方案。\n一、工作目标着力解决“脏乱差”问题。\n二、工作任务\n1.主要街道广泛宣传展示公益广告。\n")
    assert [(p["source"]["line"], p["title"]) for p in import_texts([("t.txt", text)]).plans] == [
        (5, "XX镇2021年创建全国文明城市农村-综合治理工作方案")]

"""Place names come from the official division list (importer/places.py), so a plan's place and its
units' are real places, never words a name-shaped pattern caught (积极争取省, 年开发区, 促进城乡)."""

from __future__ import annotations

import pytest

from planportal.importer import import_texts
from planportal.importer.document import jurisdiction_of
from planportal.importer.places import leading, places, unlisted_township
from planportal.importer.text import fold


@pytest.mark.parametrize("text, found", [
    ("重庆市巴南区应急管理局", ["重庆市", "巴南区"]),
    ("凰岗镇安全生产委员会办公室", ["凰岗镇"]),  # a township
    ("内蒙古自治区鄂尔多斯市达拉特旗", ["内蒙古自治区", "鄂尔多斯市", "达拉特旗"]),
    (fold("黔西縣安委會"), ["黔西县"]),  # folded; a county (黔西市 since 2021) under its older name
    ("毕节地区行政公署", ["毕节地区"]),  # a prefecture city (毕节市 since 2011) as a 地区
    ("湘西州人民政府、恩施自治州", ["湘西州", "恩施自治州"]),  # autonomous prefectures written short
    ("雄安新区党工委、管委会", ["雄安新区"]),  # a new area, governed as a place
    ("常德市西湖管理区住房和城乡建设局", ["常德市", "西湖管理区"]),  # a city's management area at county level
    ("常德市桃花源旅游管理区管委会办公室", ["常德市", "桃花源旅游管理区"]),
    ("长白山保护开发区贯彻落实督察反馈问题整改方案", ["长白山保护开发区"]),  # a 管委会's protected area (changbaishan-2022)
    ("杨凌示范区党工委管委会2025年工作要点", ["杨凌示范区"]),  # a demonstration zone named with its bodies (yangling-2025)
    ("安康市恒口示范区(试验区)党政综合办公室", ["安康市", "恒口示范区"]),  # its other name in brackets (hengkou-2020)
    ("积极创建国家农业示范区工作", []),  # a 示范区 to be built: no body behind it, no place
    ("各乡镇人民政府(管理区)", []),  # a township-level 管理区 named by its kind only: no place
    ("山西省绛县人民政府", ["山西省", "绛县"]),  # a two-character county after its province
    ("会同县人民政府", ["会同县"]),  # the county itself (a connective's characters, in its own name)
    ("贵州省黔西市、黔西县", ["贵州省", "黔西市", "黔西县"]),  # a county's stem with another level where a name may begin
    ("各鄉(xiāng)鎮(zhèn)、黔(qián)西縣(xiàn)", []),  # not folded: nothing read as a place
])
def test_official_place_names_are_found_in_order(text, found):
    assert places(text) == found


@pytest.mark.parametrize("text", [
    "积极争取省级资金支持", "2025年开发区重点工作", "促进城乡融合发展", "完成省下达的任务",
    "建设数字化城市管理平台", "推进城市新区建设",
    "各乡镇和县直部门", "主城区和郊区", "加强矿区安全监管",  # 和县, 城区, 郊区, 矿区 are places, not here
    "市气象局:负责采集气象信息,会同市国土房管局发布预警",  # 会同县's stem with 市 is "with the city's", never a city
    "全国地级及以上城市空气质量", "建设资源市场,发展大城市群", "推进新建市场",  # 上城区, 资源县, 大城县, 新建区 with 市 inside words
])
def test_words_shaped_like_place_names_are_not_places(text):
    assert places(text) == []


def test_glosses_a_converter_put_after_each_character_do_not_hide_a_place():
    assert places(fold("黔(qián)西縣(xiàn)安監局")) == ["黔西县"]


def test_a_title_or_a_sender_is_of_the_place_it_names_first():
    assert leading("嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案") == ["嘉兴市"]
    assert leading("关于印发重庆市巴南区安全生产工作要点的通知") == ["重庆市", "巴南区"]
    assert jurisdiction_of("嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案", None, "") == ("嘉兴市", ())
    # no place in the sender or the title: the page's 发布机构
    assert jurisdiction_of("区人民政府办公室关于印发2020年区政府重点工作责任分解的通知", "区人民政府办公室", "",
                           "下陆区政府办公室") == ("下陆区", ())


def test_a_headline_that_writes_its_sender_as_a_citys_stem_before_guanyu_is_of_that_city():
    # 泰州关于印发…: a page headline shortening its sender to the city's name without 市
    assert jurisdiction_of("泰州关于印发聚焦企业关切进一步优化营商环境行动方案的通知", None, "") == ("泰州市", ())
    assert jurisdiction_of("湖北关于印发全省安全生产工作要点的通知", None, "") == ("湖北省", ())
    # a stem that names no one city, or words before 关于 that are no stem, give no place this way
    assert jurisdiction_of("市政府关于印发工作要点的通知", None, "") == (None, ())


def test_a_news_lead_taken_for_a_title_is_of_the_place_its_clause_before_the_named_notice_opens_with():
    """A reporter's sentence that names the notice in 《》, opening with a news tag (某网的最新消息:今天): the
    place is the first clause before 《 that opens with one (the region whose site published it), not a city
    the text names more often (ningxia-2019)."""
    lead = "某网的最新消息:今天,宁夏回族自治区人民政府网站发布了《自治区人民政府办公厅关于印发银川都市圈建设工作计划的通知》,明确了银川都市圈建设工作计划。"
    text = lead + "\n银川市、石嘴山市、吴忠市。银川市至大武口区城际公交。"
    assert jurisdiction_of(lead, None, text)[0] == "宁夏回族自治区"
    # addressees taken for a title name no plan: their first place is no sender's
    assert jurisdiction_of("各县人民政府,东城区管委会,市人民政府各部门:", None, "许昌市许昌市")[0] == "许昌市"


def test_an_imported_plans_units_are_placed_in_the_place_its_title_names():
    text = ("绛县促进专业镇高质量发展实施方案\n"
            "一、重点任务\n"
            "1.培育壮大专业镇主导产业。(牵头单位:县工信局;配合单位:县发改局)\n"
            "2.强化专业镇要素保障。(牵头单位:县自然资源局)\n")
    result = import_texts([("jiangxian.txt", text)])
    assert result.plans[0]["jurisdiction"] == "绛县"
    assert "绛县自然资源局" in {u["name"] for u in result.units}
    assert all(u["name"].startswith("绛县") and u["jurisdiction"] == "绛县" for u in result.units)


def test_a_text_that_names_only_townships_of_one_county_is_that_countys():
    assert jurisdiction_of("清剿火患专项行动方案", None, "甸中镇、化念镇、塔甸镇开展排查。") == ("峨山彝族自治县", ())
    assert jurisdiction_of("清剿火患专项行动方案", None, "甸中镇开展排查。") == (None, ())  # one township: no evidence


def test_a_text_that_names_only_districts_of_one_city_is_that_citys():
    text = fold("各区县政府要组织检查。雁塔区、灞桥区负责城区;长安区、临潼区负责山区。")
    assert jurisdiction_of("关于开展安全生产大检查的通知", None, text) == ("西安市", ())
    # one district alone is no evidence
    assert jurisdiction_of("关于开展安全生产大检查的通知", None, fold("雁塔区负责城区。")) == (None, ())


def test_a_district_governments_office_is_of_the_lower_place():
    assert leading("松江区人民政府中山街道办事处") == ["松江区", "中山街道"]
    assert jurisdiction_of("关于印发《中山街道安全生产治本攻坚三年行动实施方案》的通知", "松江区人民政府中山街道办事处", "") \
        == ("中山街道", ("松江区",))


def test_a_sender_that_is_only_the_pages_publisher_comes_after_the_title():
    # a district's plan put on a subdistrict's page: the page's publisher stood in for the sender
    office = "贵池区杏花村街道办事处"
    assert jurisdiction_of("池州市贵池区2020年食品安全重点工作安排", office, "", office) == ("贵池区", ("池州市",))
    assert jurisdiction_of("2020年食品安全重点工作安排", office, "", office) == ("杏花村街道", ("贵池区",))


def test_a_sentence_taken_for_the_title_names_its_place_only_in_its_opening():
    sentence = "为认真贯彻落实国家和省、市关于稳增长各项决策部署,根据《昆明市人民政府关于印发…的通知》,结合官渡区实际"
    text = "昆明市…官渡区…昆明市…官渡区…"
    assert jurisdiction_of(sentence, None, text) == ("官渡区", ())  # named as often as its city: the one inside it


def test_a_text_that_names_its_bodies_by_level_is_of_the_one_place_of_that_level_it_names():
    # a province's plan: its bodies are 省…, and it names one province, once
    text = fold("省安委办负责监督协调。河北省煤炭办牵头负责指导煤矿安全专项整治;省公安厅负责道路交通。")
    assert jurisdiction_of("深化安全生产专项整治的意见", None, text) == ("河北省", ())
    # a city's plan that names one of its districts: the city it lies in
    text = fold("市政府统一领导,市应急局负责,管城回族区先行试点。")
    assert jurisdiction_of("社区安全工作的意见", None, text) == ("郑州市", ())
    # no body named by its level alone: a place named once in passing is no evidence
    assert jurisdiction_of("社区安全工作的意见", None, fold("学习借鉴河北省的做法。")) == (None, ())


def test_a_township_text_that_names_its_bodies_by_level_is_of_the_one_township_it_names():
    # a 乡's plan: 我乡, 乡党委 (its own bodies by level alone), and its own name once, in its leading group's
    text = fold("结合我乡实际,经乡党委、政府研究决定,制定本方案。现将调整后的窑子头乡森林防火工作领导小组公布如下:"
                "组长:孙学文 乡党委书记")
    assert jurisdiction_of("森林防火实施方案", None, text) == ("窑子头乡", ())
    # 乡镇, 乡村, 镇村 are no level of the text's own, nor a place whose name begins with 镇 (镇江市委)
    text = fold("乡镇、乡村振兴局、镇村干部参加,镇江市委、镇平县委部署,辛丰镇负责。")
    assert jurisdiction_of("工作方案", None, text) == (None, ())


def test_a_purpose_clause_taken_for_the_title_names_no_place_of_the_plan():
    # the copy starts at the preamble: "为深刻汲取怀化市沅陵县…事故教训," names where the accident was; the town
    # names its own bodies by level (我镇, 镇应急办) and itself once
    sentence = "为深刻汲取怀化市沅陵县船只相撞事故教训,严格落实工作要求,确保我镇安全生产形势稳中向好"
    text = fold(sentence + "。\n全力维护均坪镇社会稳定。\n镇应急办牵头,组织开展排查。")
    assert jurisdiction_of(sentence, None, text) == ("均坪镇", ())
    # a title that is no sentence names its place wherever it stands
    assert jurisdiction_of("为民办实事怀化市沅陵县工作方案", None, "") == ("沅陵县", ("怀化市",))


def test_a_connective_between_bodies_is_not_a_place():
    # 会同 "together with", before a body named by its level: not 会同县 (湖南)
    assert places(fold("区安委会办公室会同区各有关部门负责。")) == []
    assert places(fold("同时会同县直有关部门开展检查。")) == []
    assert places(fold("洪江市、会同县开展检查。")) == ["洪江市", "会同县"]  # in a list of counties it is one


def test_a_zones_management_committee_does_not_make_its_name_the_texts_place():
    # 新城区管委会 (平顶山's new town, not the 新城区 of 西安 or 呼和浩特) named twice: no evidence of the place
    text = fold("市发展改革委、高新区管委会、新城区管委会,相关县区负责。新城区管委会牵头。")
    assert jurisdiction_of("2013年政府工作报告重点工作任务分解", None, text) == (None, ())


def test_a_text_that_names_no_place_is_of_the_one_province_or_city_whose_stem_it_writes_twice():
    # a province's opinion (鄂政发): bodies 省…, the province only as 湖北, twice
    text = fold("省人民政府关于进一步优化营商环境的若干意见\n各市、州、县人民政府,省政府各部门:\n"
                "全面落实习近平总书记视察湖北重要讲话精神。省发展改革委牵头,加快把湖北打造成为全国营商环境高地。")
    assert jurisdiction_of("省人民政府关于进一步优化营商环境的若干意见", None, text) == ("湖北省", ())
    # a city's: 青岛西海岸新区 and 具有青岛特色
    text = fold("市民政局牵头,市人民政府、青岛西海岸新区管委负责,加快建成具有青岛特色的养老服务体系。")
    assert jurisdiction_of("基本养老服务体系实施意见", None, text) == ("青岛市", ())
    # once only, or two cities' stems: no evidence (学习三明经验 is another city's)
    assert jurisdiction_of("医改工作方案", None, fold("市卫健委牵头,学习借鉴三明经验。")) == (None, ())
    assert jurisdiction_of("医改工作方案", None, fold("市卫健委牵头,学习三明经验,借鉴三明做法,参加青岛、青岛论坛。")) == (None, ())
    # a county's stem is a word as often as a place (资源县, 公安县): never counted
    assert jurisdiction_of("安全生产方案", None, fold("县公安局牵头,整合公安、资源,保护资源。县应急局配合。")) == (None, ())


def test_a_provinces_text_naming_a_project_of_its_own_with_its_stem_once_is_of_that_province():
    # shandong-shuzi-jingji…: bodies 省…, the province only in "实施山东OTN一体化工程", once: a project the plan carries
    # out, named with its province's stem
    text = fold("关于促进数字经济高质量发展的若干措施\n全面落实省第十二次党代会精神。\n"
                "1.实施“网络能力”提升行动。实施山东OTN一体化工程,统筹推进全省骨干网升级。(责任单位:省通信管理局、省财政厅)")
    assert jurisdiction_of("关于促进数字经济高质量发展的若干措施", None, text) == ("山东省", ())
    # a stem once in passing (学习山东经验) is no evidence
    other = text.replace("实施山东OTN一体化工程", "学习山东经验")
    assert jurisdiction_of("关于促进数字经济高质量发展的若干措施", None, other) == (None, ())


def test_a_provinces_text_naming_its_own_beautiful_slogan_with_its_stem_once_is_of_that_province():
    # zhejiang-2018-shenhua-huzhangzhi…: an 实施意见 reprinted with no title or sender, speaking of 我省, 省委, 全省, and of
    # its province only in "为高水平推进美丽浙江建设", once: the slogan it gives its own work
    text = fold("根据《关于在湖泊实施湖长制的指导意见》精神,结合我省实际,现就深化湖长制提出如下实施意见。\n一、总体要求\n"
                "(一)指导思想。按照省第十四次党代会和省委十四届二次全会的决策部署,为高水平推进美丽浙江建设提供保障。\n"
                "(二)工作目标。全面建立省、市、县、乡、村五级湖长体系,完成对全省建立湖长制工作的考核验收。")
    assert jurisdiction_of("", None, text) == ("浙江省", ())
    # a stem once in passing (学习浙江经验) is no evidence
    assert jurisdiction_of("", None, text.replace("美丽浙江建设", "学习浙江经验")) == (None, ())


def test_a_zones_own_text_naming_its_board_in_its_leaders_posts_is_of_that_zone():
    # wujin-2021-gaoduan…: a 高新区's notice naming no place twice but itself before its board, in its leaders' posts
    # (武进国家高新区管委会副主任, twice), and by its kind alone (构建高新区…生态): that zone
    text = fold("南夏墅街道办事处,机关各部门:\n一、主要职责\n着力构建高新区高端装备产业发展生态。\n二、组成人员\n"
                "组 长:祝某某 武进国家高新区管委会副主任\n副组长:恽某某 武进国家高新区管委会副主任\n")
    assert jurisdiction_of("", None, text) == ("武进国家高新区", ())
    # a city's text naming its zone's board among its bodies, no 高新区 alone: not the zone
    city = fold("市发改委、武进国家高新区管委会负责。市财政局、武进国家高新区管委会配合。")
    assert jurisdiction_of("", None, city)[0] != "武进国家高新区"


def test_a_news_report_on_a_provinces_plan_is_of_the_province_its_headline_opens_with():
    # shaanxi-2015: a paper's report whose headline opens with the province's stem before the document it speaks
    # of (陕西《政府工作报告》…), the bodies 省…: that province, the stem written once; the headline is no title
    text = """陕西《政府工作报告》部门分工确定

13.03.2015  07:51

记者昨日获悉,省政府就落实《政府工作报告》中的重点工作提出分工意见。

1、继续实施“十百千万”工程,大力培育新型农业经营主体。(省农业厅牵头)

2、继续抓好30个重大文化项目。(省发改委、省文化厅等负责)
"""
    (plan,) = import_texts([("t.txt", text)]).plans
    assert plan["jurisdiction"] == "陕西省"
    assert plan["title"] == "（原文无标题）"
    assert [t["number"] for t in plan["tasks"]] == ["1、", "2、"]


def test_a_provinces_plan_naming_counties_of_one_city_is_of_the_province():
    # jiangxi-2016: bodies written 省… (我省, 省有关部门), places only 吉安县 and 井冈山市 (both of 吉安市): the
    # province above them, not their city
    text = fold("全面贯彻对我省工作的总体要求。\n1.加大精准扶贫力度。支持吉安县、井冈山市提前摘帽。"
                "(责任单位:有关设区市、省有关部门和单位)\n2.提高住房保障水平。(责任单位:省住房城乡建设厅)")
    assert jurisdiction_of("工作要点", None, text) == ("江西省", ())
    # a plan naming its own bodies 县… is no province's plan
    text = fold("县委、县政府部署。支持吉安县、井冈山市合作。(责任单位:县发改局)")
    assert jurisdiction_of("工作要点", None, text) != ("江西省", ())


def test_a_cited_document_numbers_abbreviation_is_no_place_the_text_names():
    # zunyi-2022: the province group's number (黔城镇办通〔2022〕5号) spells 黔城镇, a town of another province; the
    # text, naming its bodies 市…, writes only its city's stem (遵义都市圈) → 遵义市
    text = fold("市人民政府办公室关于印发《遵义都市圈发展规划》责任分工方案的通知\n各县、自治县、区(市)人民政府,市政府各部门:\n"
                "为加快推进遵义都市圈建设,按照《关于印发<遵义都市圈发展规划主要目标和重点任务分工方案>的通知》"
                "(黔城镇办通〔2022〕5号)有关要求,经市政府同意,现将方案印发给你们。")
    assert jurisdiction_of("市人民政府办公室关于印发《遵义都市圈发展规划》责任分工方案的通知", None, text) == ("遵义市", ())


def test_a_development_zone_named_with_its_city_or_countys_stem_is_a_place():
    assert places(fold("2025年兴国经开区安全生产工作的总体要求是")) == ["兴国经开区"]  # after a year, mid-word
    assert places(fold("关于南宁经济技术开发区落实政府工作报告")) == ["南宁经济技术开发区"]
    assert places(fold("促进国家级经济技术开发区、市级经济开发区")) == []  # a kind of zone, no zone
    assert jurisdiction_of("关于南宁经济技术开发区落实政府工作报告重点工作任务分工方案的通知", None, "") \
        == ("南宁经济技术开发区", ())
    # written once in full, then short without its city: the one zone, named twice
    text = fold("2022年合肥新站高新区,全区经济社会发展的奋斗目标是:…\n1.出台《新站高新区提质增效工作体系》。(牵头责任单位:区经贸局)")
    assert jurisdiction_of("", None, text) == ("合肥新站高新区", ())


def test_the_place_a_plan_says_it_is_fitted_to_is_its_own():
    # no title: the preamble cites the province's plan in 《》 twice, and says the plan is fitted to 成都 (a stem)
    sentence = "为深入贯彻国家、省有关决策部署,认真落实《四川省人民政府关于印发〈四川省推动设备更新实施方案〉的通知》"
    text = fold(sentence + "等文件精神,结合成都实际,制定本行动方案。\n(二)开展专项行动\n责任单位:市住建局")
    assert jurisdiction_of(sentence, None, text) == ("成都市", ())
    # a zone with its city's stem, a place named in full
    assert jurisdiction_of("", None, fold("落实《成都市行动方案》,结合成都高新区实际,制定本方案。成都市成都市")) == ("成都高新区", ())
    assert jurisdiction_of("", None, fold("结合芜湖市实际,制定本方案。")) == ("芜湖市", ())
    # the plan's own level or its work: no place named
    assert jurisdiction_of("", None, fold("结合我市实际,结合工作实际,制定本方案。")) == (None, ())


def test_a_districts_table_naming_the_towns_its_works_are_in_is_the_districts():
    # minhang-2022: a table of 区… bodies whose rows name the towns the works are in (浦江镇 most often)
    text = fold("序号 | 重点任务 | 责任单位 | 责任街镇\n1 | 浦江镇郊野公园建设 | 区农业农村委 | 浦江镇\n"
                "2 | 马桥镇高标准农田 | 区规划资源局、区农业农村委 | 马桥镇\n3 | 浦江镇美丽乡村示范村 | 区农业农村委 | 浦江镇")
    assert jurisdiction_of("2022年乡村振兴重点任务表", None, text) == ("闵行区", ())
    # a town's own plan, naming its bodies 镇…, stays the town's
    text = fold("浦江镇2022年工作要点\n1.推进浦江镇郊野公园建设。(责任单位:镇农业中心、镇规划办)\n2.全镇完成浦江镇美丽乡村建设。")
    assert jurisdiction_of("工作要点", None, text) == ("浦江镇", ())
    # hubei-2014: a province's opinion (省政府各部门, 全省) whose targets name its cities, 武汉市 most often
    text = fold("各市、州、县人民政府,省政府各部门:\n改善全省大气环境质量。其中,武汉市、襄阳市可吸入颗粒物下降。\n"
                "武汉市2017年细颗粒物浓度下降。武汉市、宜昌市应制定达标规划。省环保厅牵头。")
    assert jurisdiction_of("各市、州、县人民政府,省政府各部门:", None, text) == ("湖北省", ())
    # a county's notice that speaks of its own 县 bodies too stays the county's, whatever its city's bodies
    text = fold("成安县商城镇河长巡查。成安县完成整改,县水利局验收。市生态环境局、市水利局复核。成安县公示。")
    assert jurisdiction_of("整改销号的公示", None, text) == ("成安县", ())


def test_a_provincial_departments_letter_takes_its_province_from_its_doc_number():
    # a department's letter to its own 处室 names no place; its 文号 opens with 苏 and it speaks of 我厅; "确保城镇新增
    # 就业" is the word 城镇 after a verb, not the township 保城镇 (海南省)
    text = (
        "苏劳社[2007]18号\n各相关处室、直属单位:\n现将工作任务中涉及我厅的工作目标任务分解给你们。\n二○○七年三月二十三日\n"
        "对省政府2007年工作目标任务中涉及我厅目标任务分解落实方案\n一、目标分解\n"
        "7.城镇登记失业率控制在4%。 (就业处、就管中心)\n8.确保城镇新增就业80万人。 (就业处)\n"
    )
    (plan,) = import_texts([("j.txt", text)]).plans
    assert plan["jurisdiction"] == "江苏省"
    assert [r["written"] for r in plan["tasks"][0]["units"]] == ["就业处", "就管中心"]


def test_a_city_governments_letter_takes_its_city_from_its_doc_number_and_a_stem_it_writes():
    # xuzhou-2010: "市政府关于印发…的通知" names no city; its 文号 opens with 徐 and its addressees name the city's
    # zone by the city's stem (徐州经济开发区管委会): 徐州市, the one city that fits both
    text = (
        "市政府关于印发《2010年〈政府工作报告〉主要目标任务分解方案》的通知\n徐政发〔2010〕29号\n"
        "各县(市)、区人民政府,徐州经济开发区管委会,市各委、办、局(公司),市各直属单位:\n"
        "经市政府研究同意,现将《2010年〈政府工作报告〉主要目标任务分解方案》印发给你们。\n特此通知。\n二〇一〇年三月十三日\n"
        "2010年《政府工作报告》主要目标任务分解方案\n一、目标分解\n1.地区生产总值增长13.5%。主办单位:市发展和改革委员会、统计局。\n"
    )
    plans = import_texts([("x.txt", text)]).plans
    assert {p["jurisdiction"] for p in plans} == {"徐州市"}
    assert [r["written"] for r in plans[-1]["tasks"][0]["lead"]] == ["市发展和改革委员会", "市统计局"]


def test_a_city_bureaus_branch_named_by_its_county_gives_that_county():
    text = (
        "发文机关: 市生态环境局冷水滩分局 发文日期: 2024-04-12\n"
        "2024年主要目标任务及措施\n2024-04-12 来源: 永州市生态环境局冷水滩分局\n"
        "1、坚决打赢污染防治攻坚战。\n一是盘点清算全区生态环境方面存在的突出问题。\n"
    )
    (plan,) = import_texts([("l.txt", text)]).plans
    assert plan["issuer"] == "市生态环境局冷水滩分局" and plan["jurisdiction"] == "冷水滩区"


def test_a_demonstration_zone_run_by_its_own_bodies_is_the_place_of_their_plan():
    # yangling-2025 (held-out set 48): the 示范区's 党工委管委会 send their work points to 杨陵区 and their own
    # offices; the district the addressees name is not the plan's place
    text = fold("杨陵区委、区政府,党工委和管委会各工作部门、各直属机构:\n现将《杨凌示范区党工委管委会2025年工作要点》印发你们。\n"
                "中共杨凌示范区工委\n杨凌示范区管委会\n2025年3月6日\n杨凌示范区党工委管委会2025年工作要点\n")
    assert jurisdiction_of("杨凌示范区党工委管委会2025年工作要点", None, text)[0] == "杨凌示范区"


def test_a_banner_that_speaks_of_its_own_bodies_as_the_banners_names_itself_once():
    # 莫旗 (moqi-2020): its own bodies written by the banner's level alone (全旗, 旗政府, 旗委, 旗直各部门) and its full
    # name once, in the page's 来源 line: that banner; "旗帜鲜明" is a word, no level
    text = (
        "莫旗人民政府办公室关于做好上报《重点工作量化台账》及相关工作的通知\n"
        "访问次数: 1341 来源:政 府 办莫力达瓦达斡尔族自治旗\n"
        "各乡镇,旗直各部门:\n"
        "为实现全旗政府系统各单位重点工作任务清单化,便于旗政府统筹调度,现通知如下:\n"
        "1.提高认识。要对旗委、政府其他工作安排进行认真研究,旗帜鲜明抓落实,推进全旗整体工作。\n"
    )
    (plan,) = import_texts([("m.txt", text)]).plans
    assert plan["jurisdiction"] == "莫力达瓦达斡尔族自治旗"


def test_the_pages_name_for_the_document_names_its_place_before_the_publisher():
    # a county's site reposts its prefecture's plan: the page's metadata table names it (名称 | 黔东南州… |) and the
    # copy starts at the preamble; the reposting county's site is only the publisher (qiandongnan-2023)
    text = ("索引号 | 000014349/2023-2250241 | 成文日期 | 2023-07-18 |\n发布机构 | 是否有效 | ||\n"
            "名称 | 黔东南州“护绿、扩绿、倡绿”三年行动 工作方案(2023—2025年) |\n"
            "为深入贯彻落实习近平生态文明思想,奋力在生态文明建设上出新绩,制定本方案。\n一、指导思想\n坚持生态优先。\n")
    plans = import_texts([("qiandongnan.txt", text)]).plans
    assert plans[0]["jurisdiction"] == "黔东南州"
    # a 名称 field's value against the page's publisher, a district's office that reposts its city's notice
    office = "宣州区人民政府"
    assert jurisdiction_of("", office, "", office, None, "宣城市人民政府办公室关于印发宣城市…实施方案的通知") \
        == ("宣城市", ())
    # a 名称 row that heads a table, far from any metadata, names nothing of the page
    text = "道路改造工作方案\n一、重点任务\n名称 | 湄潭县道路改造工程 |\n1.完成改造。(责任单位:交通运输局)\n"
    assert import_texts([("t.txt", text)]).plans[0]["jurisdiction"] is None


def test_a_township_written_after_its_county_with_its_former_level_is_the_senders_place():
    # 射箭乡 of 昭化区 has since become 射箭镇 (the list knows only that): written right after its county, it is
    # the township as the page names it (sheqian-2018)
    assert leading("广元市昭化区射箭乡人民政府") == ["广元市", "昭化区", "射箭乡"]
    text = ("2017年度脱贫攻坚成效考核反馈问题整改实施方案\n发布机构: 广元市昭化区射箭乡人民政府 发布时间: 2018-09-05\n"
            "为认真贯彻落实省委的部署,制定本方案。\n")
    assert import_texts([("t.txt", text)]).plans[0]["jurisdiction"] == "射箭乡"
    # no such township in that county: the county
    assert leading("广元市昭化区箭射乡人民政府") == ["广元市", "昭化区"]


def test_a_signature_that_shares_its_line_with_its_date_names_the_sender_and_its_place():
    # the copy lost its title; the letter's signature and date are printed on one line, a note behind them
    # (suqian-jingkaiqu-2020)
    text = ("区各部门,各乡(街道)党委、人民政府(办事处): 经党工委、管委会领导同意,现将《关于安全生产重点工作任务的分工方案》"
            "印发给你们,请认真贯彻落实。\n宿迁经济技术开发区党政办公室 2020年2月20日 (此件公开发布)\n"
            "关于安全生产重点工作任务的分工方案\n1.落实安全生产责任。(责任单位:区安监局)\n")
    plan = import_texts([("t.txt", text)]).plans[0]
    assert plan["jurisdiction"] == "宿迁经济技术开发区"
    assert plan["issuer"] == "宿迁经济技术开发区党政办公室"
    # a table's row of a unit and its date, under no sentence, signs nothing
    text = "某某工作安排\n序号 单位 时间\n1 区应急局 2024年12月31日\n"
    assert import_texts([("t.txt", text)]).plans[0].get("issuer") is None


def test_a_letter_copied_from_its_addressees_signed_above_the_title_it_sends_names_the_sender_and_its_place():
    # wuhan-2024 (set 94): the copy opens at the addressees, the letter's points, its signature and date, then the
    # title of the plan it sends (cut by the copy's end): the signature above the title is the sender
    text = ("各區人民政府,市人民政府各部門,各有關單位:\n\n現將《2024年市〈政府工作報告〉目標任務責任分解方案》印發給你們,"
            "并就有關事項通知如下,請一并貫徹執行。\n\n一、強化工作統籌,科學制訂辦理方案。各責任單位要系統謀劃所承辦的責任事項。\n\n"
            "二、強化責任落實,高效推進辦理工作。各責任單位要建立工作機制。\n\n\n武漢市人民政府\n\n2024年1月26日\n\n\n"
            "2024年市《政府工作報告》目標任\n")
    plan = import_texts([("t.txt", text)]).plans[0]
    assert plan["jurisdiction"] == "武汉市"
    assert plan["issuer"] == "武漢市人民政府"
    # a text that opens with no addressees keeps no signature from above its title
    text = "武漢市人民政府\n\n2024年1月26日\n\n某区2024年工作要点\n一、抓好项目建设。\n"
    assert import_texts([("t.txt", text)]).plans[0].get("issuer") != "武漢市人民政府"


def test_a_citys_text_naming_only_its_province_is_of_the_city_whose_stem_it_writes_twice_inside_it():
    # huangshi-2018: 市… bodies, 湖北省 once, the city only as a stem (长江黄石段, 黄石经济技术开发区管委会)
    text = fold("按照湖北省部署,切实加大长江黄石段保护力度,确保长江黄石段水质达标。"
                "(各县(市、区)政府、黄石经济技术开发区管委会具体落实,市环保局牵头)")
    assert jurisdiction_of("水污染防治工作计划", None, text) == ("黄石市", ())
    # jingzhou-2022: zones named with the city's stem among its addressees
    text = fold("各县、市、区人民政府,荆州经开区,荆州高新区,市政府各部门:\n根据湖北省要求,市政府办公室牵头。")
    assert jurisdiction_of("政务公开任务分解", None, text) == ("荆州市", ())
    # the stem of a city outside the province it names is no evidence
    text = fold("按照湖北省部署,学习借鉴青岛经验,推广青岛做法。市环保局牵头。")
    assert jurisdiction_of("水污染防治工作计划", None, text) == (None, ())


def test_a_text_naming_no_place_but_a_branch_named_by_its_own_places_stem_is_that_places():
    # xianan-2023: a district's plan (区…) whose lead for one item is the city bureau's branch in the district
    text = fold("2023年区《政府工作报告》确定的重点工作任务责任分解方案\n1.全区生产总值增长6%。(牵头单位:区发改局)\n"
                "2.完成环境保护考核目标任务。(牵头单位:市生态环境局咸安分局)\n3.区住建局负责。")
    assert jurisdiction_of("2023年区《政府工作报告》确定的重点工作任务责任分解方案", None, text) == ("咸安区", ())
    # guangzhou: a city's duty list naming a company's branch by the city's stem
    text = fold("市气象局:负责提供气象服务。\n市电信局、广东移动通信有限公司广州分公司:负责保障通信。\n市民政局:负责救济。")
    assert jurisdiction_of("地质灾害应急成员单位职责", None, text) == ("广州市", ())
    # a branch whose stem names no place of the text's own level (a county's 分局 in a city's text) says nothing
    text = fold("市气象局负责。市民政局负责。市生态环境局咸安分局配合。")
    assert jurisdiction_of("工作方案", None, text) == (None, ())


def test_a_citys_text_naming_a_body_by_the_citys_stem_in_a_list_of_its_own_bodies_is_that_citys():
    # ningbo-2014, wuxi-2011: 市… bodies and, among them, one the state runs, named by the city's stem
    text = fold("1.完成村庄整治。 | 市农办、市工商局、宁波电业局 | 已完成\n2.建设养老机构。 | 市民政局 | 进行中")
    assert jurisdiction_of("2014年市政府民生实事项目进展", None, text) == ("宁波市", ())
    text = fold("1、一般预算收入同口径增长12%。\n(市发改委、财政局,无锡国税局、地税局)\n2、市统计局负责。")
    assert jurisdiction_of("2011年市政府重点工作分解落实方案", None, text) == ("无锡市", ())
    # the same stem outside a list of the text's own bodies (a cited experience) says nothing
    text = fold("1.学习宁波电业局经验。\n2.市民政局负责。市工商局配合。")
    assert jurisdiction_of("工作方案", None, text) == (None, ())


def test_a_citys_text_naming_a_body_by_the_citys_stem_alone_in_a_bare_bracket_is_that_citys():
    # ningbo-renwu-fenjie-ye5: a 分解's page whose items close on bare brackets, each naming one of its own 市… bodies,
    # and one naming the body the state runs in the city by the city's stem alone: that city
    text = fold("(1)加强口岸检疫查验,完善检疫处理监管制度。(宁波检验检疫局)\n"
                "(2)进一步完善植物检疫站规范化建设。(市农业局)\n"
                "(3)加强对林业外来有害生物的监测和防治力度。(市林业局)\n"
                "111.完成绿化造林1.8万亩。\n完成绿化造林1.8万亩。(市林业局)\n")
    assert jurisdiction_of("", None, text) == ("宁波市", ())
    # with only one bracket of its own bodies beside it, the stem is no evidence
    text = fold("(1)加强口岸检疫查验。(宁波检验检疫局)\n(2)进一步完善植物检疫站规范化建设。(市农业局)\n")
    assert jurisdiction_of("", None, text) == (None, ())


def test_the_page_source_naming_its_governments_site_gives_the_place():
    # cixi-2021: a notice that names its city only in its page line (信息来源:慈溪市人民政府网站字号:[ ]) and its 文号's
    # abbreviation (慈防发)
    text = (
        "关于建立农村疫情防控、核酸检测、流调溯源等三个工作专班的通知\n慈防发〔2021〕2号\n"
        "发布日期:2021-02-05 13:53信息来源:慈溪市人民政府网站字号:[ ]\n各镇人民政府、各街道办事处:\n"
        "为进一步完善疫情防控应急指挥体系,决定建立三个工作专班,现将有关事项通知如下:\n一、农村疫情防控工作专班\n"
        "成员单位:市农业农村局、市卫生健康局\n"
    )
    (plan,) = import_texts([("c.txt", text)]).plans
    assert plan["jurisdiction"] == "慈溪市"


def test_a_countys_text_naming_only_its_zone_by_the_countys_stem_is_that_countys():
    # jiayu-2021: 县… bodies, the county never named in full, its development zone named among the units: the
    # zone is the place the text names most often, but the text is the county's whose stem names the zone
    text = fold("县人民政府办公室关于对县《政府工作报告》确定的重点工作进行责任分解的通知\n"
                "各镇人民政府,县政府各部门,嘉鱼经济开发区:\n"
                "(一)地区生产总值增长11%。(牵头单位:县发改局;责任单位:各镇人民政府,嘉鱼经济开发区)\n"
                "(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,嘉鱼经济开发区)\n")
    assert jurisdiction_of("县人民政府办公室关于对县《政府工作报告》确定的重点工作进行责任分解的通知", None, text) == ("嘉鱼县", ())
    # a zone's own text, naming its bodies by 区 (区经发局), stays the zone's
    text = fold("(一)招商引资。(牵头单位:区经发局;责任单位:嘉鱼经济开发区招商部)\n(二)项目建设。(牵头单位:区建设局)\n"
                "嘉鱼经济开发区管委会各部门要加强配合。嘉鱼经济开发区要完成目标。")
    assert jurisdiction_of("2021年重点工作分解", None, text)[0] != "嘉鱼县"


def test_a_citys_letter_naming_its_city_only_in_its_zones_board_among_the_addressees_is_that_citys():
    # xianning-2020: 市… bodies (市政府各部门, 市政府政务督查室), the city written once, as the stem of its zone's board
    # among the letter's addressees
    text = fold("各县、市、区人民政府,市政府各部门,咸宁高新区管委会:\n经市政府同意,现将分解落实重点工作通知如下:\n"
                "一、强化督办落实\n各牵头单位要于7月10日前将落实方案报市政府政务督查室。")
    assert jurisdiction_of("", None, text) == ("咸宁市", ())
    # the same board named once in a sentence, not among the addressees, says nothing
    text = fold("各县、市、区人民政府,市政府各部门:\n经市政府同意,现将分解落实重点工作通知如下:\n"
                "一、强化督办落实\n学习咸宁高新区管委会的做法,各牵头单位要将落实方案报市政府政务督查室。")
    assert jurisdiction_of("", None, text) == (None, ())


def test_a_township_merged_away_is_the_place_its_own_government_names_after_its_county():
    # yixin-2017: 江油市's 义新镇, since merged into another town, signs as "中共江油市义新镇委员会" / "江油市义新镇人民政府";
    # the town is the place as written though the list no longer holds it, the text speaking as a town (我镇, 镇党委);
    # a group of townships is none, and with no such words a name the list lacks stays its county's (sheqian-2018)
    assert unlisted_township("江油市义新镇人民政府", "江油市") == "义新镇"
    assert unlisted_township("中共江油市义新镇委员会", "江油市") == "义新镇"
    assert unlisted_township("江油市各乡镇人民政府", "江油市") is None
    assert unlisted_township("江油市雁门镇人民政府", "江油市") is None  # a town the list holds: leading names it
    text = ("各党支部、各村(居)民委员会:\n经镇党委同意,现将《关于推进综治中心规范化建设的实施意见》印发给你们。\n"
            "中共江油市义新镇委员会\n江油市义新镇人民政府\n2017年9月25日\n关于推进综治中心规范化建设的实施意见\n"
            "为认真贯彻落实上级部署,提出如下实施意见。\n一、总体要求\n综治中心是主阵地。\n")
    assert import_texts([("t.txt", text)]).plans[0]["jurisdiction"] == "义新镇"
    assert import_texts([("t.txt", text.replace("经镇党委同意,", ""))]).plans[0]["jurisdiction"] == "江油市"


def test_a_street_office_named_by_its_stem_after_its_citys_government_is_of_that_street():
    # nanqu-2017: 中山市's 南区街道 signs as "中山市人民政府南区办事处": the 街道 the list names, as 松江区人民政府中山街道办事处
    assert leading("中山市人民政府南区办事处") == ["中山市", "南区街道"]
    assert leading("中山市人民政府办公室") == ["中山市"]


def test_a_demonstration_zones_bureau_names_the_zone():
    # yangling-2019: "杨凌示范区水务局 2019年度(分季)目标责任书": the zone's own bureau names it, as its 管委会 does; a
    # 示范区 to be built names no place
    assert leading("杨凌示范区水务局2019年度(分季)目标责任书") == ["杨凌示范区"]
    assert leading("杨凌示范区管委会2025年工作要点") == ["杨凌示范区"]
    assert places("创建国家级示范区工作方案") == []


def test_a_provinces_abbreviation_naming_the_bodies_stationed_in_it():
    """A later page of a province's 意见 that lost its title and sender and names no place, but speaks of its own
    bodies as a province's (我省, 省统计局) and of the bodies stationed in it by the province's abbreviation (驻闽部队):
    that province; an abbreviation opening a place's name (驻鄂温克族自治旗有关单位) names none."""
    text = ("(十三)加强能源统计。列入考核的节能指标未经省统计局和节能主管部门审定不得自行公布使用。\n"
            "(十五)明确工作职责。各地要支持我省各级调查队依法开展工作;驻闽部队和武警系统要密切配合各级普查机构开展工作。\n")
    assert jurisdiction_of("", None, text) == ("福建省", ())
    assert jurisdiction_of("", None, "各苏木乡镇人民政府,驻鄂温克族自治旗有关单位:省政府同意。") != ("湖北省", ())


def test_the_statistics_survey_team_a_city_is_named_by():
    """A page of a city's 意见 that names no place but speaks of 全市 and names the statistics survey team stationed
    in the city by its stem (国家和省统计局辽阳调查队): that city."""
    text = ("(八)全市规模以上工业企业要明确分管统计工作的领导。\n"
            "(十)建立统计联席会议制度。由政府分管领导牵头,统计、国家和省统计局辽阳调查队、发改、财政等部门参加。\n")
    assert jurisdiction_of("", None, text) == ("辽阳市", ())
    assert jurisdiction_of("", None, text.replace("全市", "各地")) != ("辽阳市", ())


def test_two_levels_named_as_often_and_one_place_of_one_of_them():
    """A province's 方案 for its townships' work names its own bodies by their level as often at two levels (全省,
    乡(镇、街道)政府) and one place, the province, in a rule it cites: that province."""
    text = ("三、实施范围和主要内容\n全省县级统计机构和乡(镇、街道)政府统计活动。\n"
            "县级统计机构基础工作仍按《黑龙江省县级统计机构基层基础工作规范》执行。\n")
    assert jurisdiction_of("", None, text) == ("黑龙江省", ())


def test_a_district_letter_naming_no_place_is_the_district_its_doc_numbers_opening_spells():
    # caidian-2026, gulou-2025, wuchang-2019: a district government's letter speaking of 区政府, 全区 and naming no place,
    # its 文号 opening with the district's first characters (蔡政办, 鼓政, 武昌政办); 鼓楼区 is four cities' districts, one
    # name; 宝府办 fits 宝山区, 宝坻区, 宝安区…: no place
    text = fold("各街道办事处,区政府各部门:\n经区政府同意,现将全区重点工作分解如下:\n一、强化督办落实\n各牵头单位要按月报送进展。")
    assert jurisdiction_of("", None, text, None, "蔡政办〔2026〕1号") == ("蔡甸区", ())
    assert jurisdiction_of("", None, text, None, "鼓政〔2025〕2号") == ("鼓楼区", ())
    assert jurisdiction_of("", None, text, None, "武昌政办【2019】3号") == ("武昌区", ())
    assert jurisdiction_of("", None, text, None, "宝府办〔2008〕18号") == (None, ())
    # a city's letter (市政府, 全市) is left alone: 武政办 fits 武汉市, 武威市…
    city = text.replace("区", "市")
    assert jurisdiction_of("", None, city, None, "武政办〔2016〕1号") == (None, ())


def test_a_district_text_naming_no_place_is_the_district_its_slogan_in_quotes_names_by_its_stem():
    # gaocheng-2020, licheng-2020, xixiang-2020: a text speaking of 全区 / 县委 and naming no place, its slogan in quotes
    # writing the district's or county's stem (“经济强区、品质藁城”, “齐鲁首邑·实力历城”, 建设“六个西乡”): that place
    text = fold("全区农业农村工作要点\n推进“经济强区、品质藁城”建设。\n一、全面加强党的建设\n全区各级要加强学习。")
    assert jurisdiction_of("", None, text) == ("藁城区", ())
    text = fold("为加快建设“齐鲁首邑·实力历城”提供坚强思想保证。\n一、深化理论武装\n区委宣传部要组织学习。全区各部门要落实。")
    assert jurisdiction_of("", None, text) == ("历城区", ())
    # the stem outside quotes says nothing (a county's stem is a word as often as not)
    text = fold("推进经济强区、品质藁城建设。\n一、全面加强党的建设\n全区各级要加强学习。")
    assert jurisdiction_of("", None, text) == (None, ())


def test_a_county_text_naming_no_place_is_the_county_it_calls_new_after_jianshe():
    # yonghe-2011: a 县's 共青团 work points speaking of 全县 / 县委 and naming no place but the one it is to build
    # anew (为建设“绿色、活力、魅力、和谐”新永和作出新的贡献, 为建设新永和凝聚思想)
    text = fold("2011年全县共青团工作总体思路是:团结带领广大团员青年为建设“绿色、活力、魅力、和谐”新永和作出新的贡献。\n"
                "一、扎实推进青年思想政治工作,教育引导青年为建设新永和凝聚思想\n"
                "1、把更多青年的思想和行动统一到县委、县政府的决策部署上来。")
    assert jurisdiction_of("", None, text) == ("永和县", ())


def test_a_county_text_naming_no_place_is_the_county_its_work_builds_with_a_quality_before_its_stem():
    # linze-binzang…: a county's 殡葬 campaign speaking of 县委、县政府 / 全县 and naming no place but the one its reform
    # builds (充分发挥殡葬改革在建设生态临泽中的重要作用)
    text = fold("殡葬集中整治活动实施方案为加快生态文明建设步伐,经县委、县政府研究决定,在全县开展殡葬集中整治活动。"
                "一、指导思想依法推进殡葬改革,充分发挥殡葬改革在建设生态临泽中的重要作用。")
    assert jurisdiction_of("", None, text) == ("临泽县", ())
    # the quality before a word that is no stem says nothing (建设生态文明)
    text = fold("经县委、县政府研究决定,在全县开展殡葬集中整治活动。充分发挥殡葬改革在建设生态文明中的重要作用。")
    assert jurisdiction_of("", None, text) == (None, ())


def test_a_city_talent_policy_naming_no_place_is_the_city_it_draws_people_to_work_in():
    # heyuan-…-rencai-yinjin: a city's 人才 意见 from its first part, its schemes the city's (申报市级创新创业项目) and
    # one city's stem written alone, where the talent it draws is to work (在河源工作期间)
    text = fold("1.对引进申报市级创新创业项目的科研团队给予资金扶持。\n"
                "2.柔性引进的每人给予50万元工作经费和在河源工作期间150平方米住房租金奖励补贴。")
    assert jurisdiction_of("", None, text) == ("河源市", ())
    # the stem in passing, where no one is drawn to work, says nothing
    text = fold("1.对引进申报市级创新创业项目的科研团队给予资金扶持。\n2.学习河源经验。")
    assert jurisdiction_of("", None, text) == (None, ())


def test_a_regions_text_dividing_its_work_among_its_cities_is_the_regions():
    # guangxi-2005: an autonomous region's notice whose copy lost its title and sender, naming its own bodies by their
    # level alone (自治区党委、自治区人民政府) and its cities, each once, all of them the one region's
    text = fold("按市划分,南宁市项目共6项;柳州市项目共4项;桂林市项目共8项。\n"
                "各市、区直各有关部门务必按照自治区党委、自治区人民政府的统一部署,做好项目的组织实施工作。")
    assert jurisdiction_of("", None, text) == ("广西壮族自治区", ())
    # the cities of two provinces say nothing, nor a province's cities in a text with no provincial body of its own
    text = fold("南宁市、柳州市、长沙市的经验值得学习。各市要按照自治区党委的部署做好工作。")
    assert jurisdiction_of("", None, text) == (None, ())
    text = fold("南宁市、柳州市、桂林市的经验值得学习。各市要做好工作。")
    assert jurisdiction_of("", None, text) == (None, ())


def test_a_town_speaking_as_one_that_fits_its_plan_to_an_unlisted_town_by_name_is_that_towns():
    # liujie (柳街镇, 都江堰市): a town's 整改方案 speaking of 我镇 and 全镇, naming its city and county twice each (whose
    # requirements it answers) and fitting the plan to 柳街镇 by name, a town the division list does not hold
    text = fold("按照中央督导组的反馈情况和省、成都市、都江堰市相关要求,我镇党委、政府制定整改方案。\n"
                "二、整改目标\n按照成都市和都江堰市的相关要求,结合柳街镇实际,力争通过全镇上下不懈努力取得成效。")
    assert jurisdiction_of("", None, text) == ("柳街镇", ())
    # the same formula in a text that does not speak as a town, or 结合全镇实际, names no town
    text = fold("按照成都市、都江堰市相关要求,结合柳街镇实际,成都市、都江堰市各部门要做好工作。")
    assert jurisdiction_of("", None, text)[0] != "柳街镇"
    text = fold("按照成都市、都江堰市相关要求,结合全镇实际,我镇党委、政府制定方案。成都市、都江堰市。")
    assert jurisdiction_of("", None, text)[0] != "全镇"


def test_a_text_speaking_as_a_city_is_the_one_city_it_names_outside_the_titles_it_cites():
    # pengzhou: 彭州市's 餐厨垃圾 plan cites 成都市's rules in 《》 three times and names 彭州市 once, speaking as 我市
    text = fold("为贯彻落实《成都市生活垃圾分类实施方案》及《成都市餐厨垃圾管理办法》相关要求,并结合彭州市环保突出问题"
                "百日攻坚行动,深入推进我市生活垃圾分类工作,特制定本实施方案。\n严格执行《成都市餐厨垃圾管理办法》相关规定。")
    assert jurisdiction_of("", None, text) == ("彭州市", ())
    # a text that does not speak as a city of its own keeps the place it names most
    text = fold("为贯彻落实《成都市餐厨垃圾管理办法》相关要求,结合彭州市环保突出问题百日攻坚行动,"
                "推进成都市生活垃圾分类工作。\n严格执行《成都市餐厨垃圾管理办法》相关规定。")
    assert jurisdiction_of("", None, text)[0] == "成都市"


def test_a_bare_level_in_a_list_of_levels_then_he_is_no_county_he_xian():
    # jingmen-…sangong-yiye…: "中央、省、市和县(市、区)属国有企业" lists levels, its 和 a conjunction: no 和县 (马鞍山市)
    assert "和县" not in places("分离移交范围为市域内中央、省、市和县(市、区)属国有企业承担的职工家属区")
    # a county named after its city's full name is still read: 马鞍山市和县
    assert "和县" in places("马鞍山市和县人民政府")


def test_a_text_speaking_as_a_province_names_it_by_its_short_name():
    # shaanxi-2018-wenwu…: "加强我省文物保护利用…,为推动陕西经济社会发展作出新的更大贡献" names no place in full, only
    # 陕西 bare, and speaks as a province (我省, 全省): that province
    text = fold("加强我省文物保护利用和文化遗产保护传承,筑牢文物安全底线,为推动陕西经济社会发展作出新的更大贡献。\n"
                "全省各级政府是本行政区域文物安全责任主体。")
    assert jurisdiction_of("", None, text) == ("陕西省", ())
    # a short name only inside a title the text cites is no evidence of its own place, nor one in passing
    assert jurisdiction_of("", None, fold("根据《陕西经济发展报告》,加强我省文物保护利用。"))[0] is None
    assert jurisdiction_of("", None, fold("学习陕西经验,加强我省文物保护利用。"))[0] is None


def test_a_text_speaking_as_a_town_names_it_by_its_stem_before_the_development_it_drives():
    # qianjin-zhen…: "结合我镇实际…全力推动千金经济社会大发展" names no place in full, only 千金 bare before the development
    # it drives, and speaks as a town (我镇): 千金镇, a township on the list
    text = fold("根据全区发展战略的要求,结合我镇实际,制定本实施方案。\n围绕全面打造“现代农业示范镇”的要求,"
                "在新的起点上全力推动千金经济社会大发展。")
    assert jurisdiction_of("镇委建设项目推进工作方案", None, text) == ("千金镇", ())
    # no town of the text's own (我镇, 全镇): no town read from a stem
    assert jurisdiction_of("", None, fold("全力推动千金经济社会大发展。"))[0] is None


def test_a_city_named_only_by_the_local_portal_in_its_copyright_line():
    from planportal.importer import import_texts

    # yingkou-2015-wangluo-anquan…: a notice speaking as 我市 that names no place; the portal that carried it names the
    # city in its copyright line (版权声明:营口之窗所有内容…)
    text = (
        "根据省网管局通知精神,现将我市网络安全宣传周活动具体工作要求通知如下:\n"
        "一、各有关部门要认真组织开展网络安全宣传周活动。\n"
        "二、各网站要在首页开设专题,转载推送新闻稿件。\n"
        "版权声明:营口之窗所有内容,转载须注明来源,禁止截取改编使用。\n"
    )
    (plan,) = import_texts([("y.txt", text)]).plans
    assert plan["jurisdiction"] == "营口市"


def test_an_autonomous_county_its_senders_name_short_is_read_in_full_where_the_red_head_spreads_it():
    # yuanjiang-2020-minzu…: the red head "中共元江 哈 尼 族彝族傣族自治县委办公室文件" (the name spread by spaces), the
    # senders 中共元江县委办公室 / 元江县人民政府办公室 below: the county is 元江哈尼族彝族傣族自治县, as written in full
    text = ("中共元江 哈 尼 族彝族傣族自治县委办公室文件 元办发〔2020〕4号\n\n中共元江县委办公室\n\n元江县人民政府办公室\n\n"
            "印发《关于全面深入持久开展民族团结进步创建工作铸牢中华民族共同体意识的实施方案》的通知\n\n"
            "各乡镇(街道)党(工)委和人民政府(办事处):\n\n现印发给你们,请结合实际认真贯彻执行。\n")
    (plan, *_) = import_texts([("y.txt", text)]).plans
    assert plan["jurisdiction"] == "元江哈尼族彝族傣族自治县"
    # a county written short only stays as written
    short = text.replace("中共元江 哈 尼 族彝族傣族自治县委办公室文件 元办发〔2020〕4号\n\n", "")
    assert import_texts([("y.txt", short)]).plans[0]["jurisdiction"] == "元江县"


def test_a_township_named_once_before_a_body_the_text_names_by_its_bare_level_is_the_texts_own():
    # cheqiao-zongjiao…: "车桥镇宗教工作领导小组组成人员如下" once, and "镇宗教工作领导小组对…", "…向镇宗教工作领导小组汇报"
    # elsewhere: the text speaks as that town, though it names it once
    text = ("宗教活动场所长效管理机制通知\n现将有关要求通知如下:\n一、建立长效管理机构\n"
            "1、镇成立宗教工作领导小组。车桥镇宗教工作领导小组组成人员如下:\n"
            "2、镇宗教工作领导小组对各宗教活动场所落实责任人。\n"
            "3、各村将活动情况每季度以书面形式向镇宗教工作领导小组汇报。\n")
    assert import_texts([("c.txt", text)]).plans[0]["jurisdiction"] == "车桥镇"
    # named once with no body of the bare level beside it: no evidence
    passing = text.replace("镇宗教工作领导小组对", "对").replace("向镇宗教工作领导小组汇报", "汇报")
    assert import_texts([("c.txt", passing)]).plans[0]["jurisdiction"] != "车桥镇"


def test_a_state_council_opinion_on_one_provinces_growth_is_the_countrys():
    # guowuyuan-2011-zhichi-henan…: 国務院關於支持河南省加快建設中原經濟區的指導意見 on the portal's traditional gateway,
    # sent to every province (各省、自治區、直轄市人民政府): the country's plan, not 河南省's, though its title names the
    # province it is about
    text = ("國務院關於支持河南省\n加快建設中原經濟區的指導意見\n國發〔2011〕32號\n\n"
            "各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:\n"
            "    為支持河南省加快建設中原經濟區,現提出以下意見:\n"
            "    一、總體要求\n"
            "    (一)重大意義。河南省是人口大省、糧食和農業生産大省。\n")
    (plan,) = import_texts([("g.txt", text)]).plans
    assert plan["title"] == "國務院關於支持河南省加快建設中原經濟區的指導意見"
    assert plan["jurisdiction"] is None
    # a province's own opinion of the same shape stays the province's
    text = ("河南省人民政府关于加快建设中原经济区的指导意见\n豫政〔2011〕1号\n\n"
            "各市、县人民政府,省人民政府各部门:\n"
            "    为加快建设中原经济区,现提出以下意见:\n"
            "    一、总体要求\n")
    (plan,) = import_texts([("h.txt", text)]).plans
    assert plan["jurisdiction"] == "河南省"


def test_a_county_level_city_written_by_its_stem_as_a_clauses_subject_is_the_texts_place():
    # longquan-shuihui…: a text speaking as a city (我市, 全市) that names no place but "…,龙泉对全市水利根底设施灾后恢复
    # 重建工作,主要采取如下方案措施": the one county-level 市 of that stem, 龙泉市
    text = ("水毁工程修复方案 受今年梅汛特大暴雨影响,暴雨洪灾使我市19个乡镇(街道)遭受不同程度损失。\n"
            "为确保灾后恢复重建工作高效快速推进,龙泉对全市水利基础设施灾后恢复重建工作,主要采取如下方案措施:"
            "一是进一步明确基本原则。二是进一步明确责任主体。\n")
    plan = import_texts([("a.txt", text)]).plans[0]
    assert plan["jurisdiction"] == "龙泉市"
    # a text that names no such stem as a subject keeps no place
    other = text.replace("龙泉对全市", "我们对全市")
    assert import_texts([("b.txt", other)]).plans[0].get("jurisdiction") is None


def test_a_text_speaking_as_a_jiedao_that_names_that_one_jiedao_once_is_its():
    # fengling-2021…: "…结合我街道工作实际,制定本方案。" and "成立凤岭街道无诈村(社区)、无诈单位创建工作领导小组。", no
    # other place named: the 街道 it speaks as, 凤岭街道
    text = ("按照省、市、县打击治理电信网络新型违法犯罪领导小组的要求,结合我街道工作实际,制定本方案。\n"
            "一、组织领导\n成立凤岭街道无诈村(社区)、无诈单位创建工作领导小组。\n"
            "二、工作目标\n2021年下半年总体发案环比2021年上半年下降10%。\n")
    assert import_texts([("a.txt", text)]).plans[0]["jurisdiction"] == "凤岭街道"
    # a text that does not speak as a 街道 keeps no place from one named once
    other = text.replace("我街道", "我们")


def test_a_county_written_by_its_stem_before_its_own_economy_or_grid_is_the_texts_place():
    # nayong-dianwang…: a notice speaking as a county (全县, 县政府) that names no place but "随着纳雍经济的发展,…纳雍电网
    # 建设已显得相对滞后": the one 县 of that stem, 纳雍县
    text = ("关于加强县区电网规划工作的通知\n各乡镇人民政府,县直各有关部门:\n经县政府研究,现就进一步加强全县电网规划建设有关工作通知如下:\n"
            "一、进一步加强电网规划建设管理\n随着纳雍经济的发展,纳雍电网建设已显得相对滞后,网架结构亟待改善。\n")
    plan = import_texts([("a.txt", text)]).plans[0]
    assert plan["jurisdiction"] == "纳雍县"
    other = text.replace("纳雍", "我县")
    assert import_texts([("b.txt", other)]).plans[0].get("jurisdiction") is None


def test_a_province_named_short_by_its_revival_or_the_speeches_on_it_is_the_texts():
    # liaoning-2017…: "…,为扎实推进辽宁振兴发展、全面建成小康社会…" in a rectification plan of the 省直有关部门, and
    # guangdong-2022…: "各地、各部门要深入贯彻习…对广东系列重要讲话和重要指示批示精神,…落实好省《政府工作报告》…" after
    # "已经省政府全体会议审议通过": each speaks as a province by its own bodies and names no place in full, only its short name
    text = fold("二、工作目标。为扎实推进辽宁振兴发展、全面建成小康社会提供生态环境保障。\n省直有关部门要加强督导。")
    assert jurisdiction_of("", None, text) == ("辽宁省", ())
    text = fold("方案已经省政府全体会议审议通过。\n各地、各部门要深入贯彻习近平总书记对广东系列重要讲话和重要指示批示精神。")
    assert jurisdiction_of("", None, text) == ("广东省", ())
    # with no word of the province's own bodies, or the name in passing, none
    assert jurisdiction_of("", None, fold("为扎实推进辽宁振兴发展提供生态环境保障。"))[0] is None
    assert jurisdiction_of("", None, fold("省政府要加强督导。学习广东经验。"))[0] is None


def test_a_province_named_only_in_its_own_quoted_campaign_is_the_texts_place():
    # zhejiang-2005: a 意见 speaking as a province (我省) that names no place but "全面建设“平安浙江”": the province whose
    # own campaign it builds, 浙江省
    text = ("各市、县(市、区)人民政府,省政府直属各单位:\n今年夏季我省电力供需矛盾仍十分突出,现提出如下意见:\n"
            "一、努力挖掘供电潜力\n各级政府要按照全面建设“平安浙江”的总体要求,做好当前供用电工作。各地要发挥地方机组作用。\n")
    assert import_texts([("a.txt", text)]).plans[0].get("jurisdiction") == "浙江省"
    other = text.replace("“平安浙江”", "平安社会")
    assert import_texts([("b.txt", other)]).plans[0].get("jurisdiction") is None

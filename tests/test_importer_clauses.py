"""Who does a task, as running text writes it: unit lists and responsibility clauses, each shape
on a short text written for it (names as written, roles as a reader reads them)."""

from __future__ import annotations

import pytest

from planportal.importer import import_texts, roles
from planportal.importer.names import split_units


def tasks_of(text: str, name: str = "plan.txt") -> list[dict]:
    result = import_texts([(name, text)])
    return [t for p in result.plans for t in p["tasks"]]


def named(task: dict) -> dict[str, list[str]]:
    return {role: [r["written"] for r in task[role]] for role in ("lead", "support", "implement", "supervise", "units") if task.get(role)}


# ---------------------------------------------------------------- unit lists


@pytest.mark.parametrize("written,names", [
    ("区发改委 区财政局  区住建委", ["区发改委", "区财政局", "区住建委"]),  # spaces
    ("市教育局，市公安局、市民政局", ["市教育局", "市公安局", "市民政局"]),
    ("市级各有关部门及各县市区政府", ["市级各有关部门", "各县市区政府"]),  # 及 between two names
    ("区文旅委和区体育局", ["区文旅委", "区体育局"]),
    ("住房和城乡建设局与文化和旅游局", ["住房和城乡建设局", "文化和旅游局"]),  # 和 inside a name stays
    ("区民政局区卫健委", ["区民政局", "区卫健委"]),  # glued
    # 镇区, a town's area, inside a memorial hall's name: no 区… glued after a 镇 (lantian-2013…)
    ("蓝田县葛牌镇区苏维埃政府纪念馆", ["蓝田县葛牌镇区苏维埃政府纪念馆"]),
    ("文化站 派出所工商质监所", ["文化站", "派出所", "工商质监所"]),  # grassroots offices with no level, glued
    ("公安派出所", ["公安派出所"]),
    ("派出所所长", ["派出所所长"]),
    ("各乡镇各部门", ["各乡镇", "各部门"]),
    ("国务院各部门", ["国务院各部门"]),  # the departments of the State Council: one name
    ("县委县政府", ["县委", "县政府"]),
    ("各镇、街道", ["各镇", "各街道"]),  # a shared 各
    # a grassroots committee's 各 is the bare places' after it (unknown-street-wenming-chengshi: 各居委会、社区要…)
    ("各居委会、社区", ["各居委会", "各社区"]),
    ("各村委会、社区", ["各村委会", "各社区"]),
    ("各村居、社区", ["各村居", "各社区"]),  # every 村(居)委会 written short (unknown-street-shequ…)
    ("各社区、居委会", ["各社区", "居委会"]),  # a committee after the places takes no 各 of theirs
    ("各乡镇、街道办事处", ["各乡镇", "各街道办事处"]),
    ("县、乡(镇)安委会", ["县安委会", "乡(镇)安委会"]),  # a shared organ
    ("各县、区人民政府（管委会）", ["各县人民政府", "各区人民政府（管委会）"]),
    ("各县、市、区政府", ["各县政府", "各市政府", "各区政府"]),  # levels in a row share organ and 各
    # an autonomous prefecture's or a banner's level among them (yunnan-2017: 各州、市人民政府)
    ("各州、市人民政府", ["各州人民政府", "各市人民政府"]),
    ("各旗、县人民政府", ["各旗人民政府", "各县人民政府"]),
    # a city's county-level 特区 among them (liupanshui-jiuye…: 各縣、特區、區人民政府, written traditional there)
    ("各县、特区、区人民政府", ["各县人民政府", "各特区人民政府", "各区人民政府"]),
    ("各縣、特區、區人民政府", ["各縣人民政府", "各特區人民政府", "各區人民政府"]),
    ("各市(县)、区政府", ["各市(县)政府", "各区政府"]),  # a level with its alternative shares a government organ too
    # 各县(市、区)政府 with its brackets lost: a pair of levels and one more before the organ, one name (jiaxing-2023)
    ("各县市、区政府", ["各县市、区政府"]),
    ("各乡镇人民政府、街道办事处", ["各乡镇人民政府", "各街道办事处"]),  # 各 shared by the next place's organ
    ("各县市区人民政府、功能区管委会", ["各县市区人民政府", "各功能区管委会"]),  # a 功能区 is a kind of place, as 开发区
    ("各县区人民政府、园区管委会", ["各县区人民政府", "各园区管委会"]),
    ("县、市、区", ["县", "市", "区"]),  # no organ to share: as written
    ("各镇（街道）、管委会", ["各镇（街道）", "管委会"]),
    ("各镇(街道)、市安委会有关成员单位", ["各镇(街道)", "市安委会有关成员单位"]),  # a whole group of places
    ("市发展和改革局、工业和信息化局、自然资源局", ["市发展和改革局", "市工业和信息化局", "市自然资源局"]),  # a level written once
    ("省发展改革委、省市场监管局、商务厅", ["省发展改革委", "省市场监管局", "商务厅"]),  # a list that mixes: as written
    # bodies named with a place of their own (a central bank's branch, a regulator's office) keep their names, and
    # the departments written bare around them still share the first one's level (henan-2023)
    ("省商务厅、财政厅、人行郑州中心支行、河南银保监局、税务局",
     ["省商务厅", "省财政厅", "人行郑州中心支行", "河南银保监局", "省税务局"]),
    # the central bank's office keeps its name whatever place it writes, a county's stem too (yongcheng-2021)
    ("市自然资源和规划局、人力资源和社会保障局、财经金融服务中心、人行永城支行",
     ["市自然资源和规划局", "市人力资源和社会保障局", "市财经金融服务中心", "人行永城支行"]),
    # an autonomous region's level written once; places and their organs after the departments end the run
    ("自治区发展改革委、自然资源厅、石嘴山市人民政府、宁东管委会",
     ["自治区发展改革委", "自治区自然资源厅", "石嘴山市人民政府", "宁东管委会"]),
    # places named in full, bare, before one written with its organ share the organ
    ("银川市、石嘴山市、吴忠市人民政府", ["银川市人民政府", "石嘴山市人民政府", "吴忠市人民政府"]),
    # zones named bare before one written with its committee share it; a zone's committee alone stays
    ("泉州开发区、泉州台商投资区管委会", ["泉州开发区管委会", "泉州台商投资区管委会"]),
    # an area a committee runs named as a district, closing a row of bare zones (unknown-city-2021-jianzai…): the
    # committee they share; a committee after a bare 各开发区 (no zone's name) keeps its own 各 reading
    ("城乡一体化示范区、经济技术开发区、东城区管委会", ["城乡一体化示范区管委会", "经济技术开发区管委会", "东城区管委会"]),
    ("各开发区、园区管委会", ["各开发区", "各园区管委会"]),
    ("市园林局、市科技园区管委会", ["市园林局", "市科技园区管委会"]),
    # places named by their stem alone before a zone named with its place's stem share its kind and committee
    # (linfen-2018: 临汾、侯马、洪洞经济开发区管委会负责落实)
    ("临汾、侯马、洪洞经济开发区管委会", ["临汾经济开发区管委会", "侯马经济开发区管委会", "洪洞经济开发区管委会"]),
    ("财政、洪洞经济开发区管委会", ["财政", "洪洞经济开发区管委会"]),  # a sector word is no place's stem
    # the level written once for the departments, the counties as a group and zone committees closing the run
    ("市商务局、文旅局、供销社,各县(市、区)人民政府,某某投资区管委会",
     ["市商务局", "市文旅局", "市供销社", "各县(市、区)人民政府", "某某投资区管委会"]),
    ("武汉市、宜昌市", ["武汉市", "宜昌市"]),  # no organ to share: as written
    ("市经贸委、国土房管局、规划局、黄埔区政府、南沙区政府",
     ["市经贸委", "市国土房管局", "市规划局", "黄埔区政府", "南沙区政府"]),
    ("县电信公司、移动公司、联通公司", ["县电信公司", "县移动公司", "县联通公司"]),  # the first name's kind of body
    ("县文广局、电视台", ["县文广局", "县电视台"]),
    ("县安监局、广电中心、《今日邹平》编辑部", ["县安监局", "县广电中心", "《今日邹平》编辑部"]),  # a titled name is its own
    ("区财政局、区水务局等部门", ["区财政局", "区水务局", "部门"]),
    ("市卫生健康委等", ["市卫生健康委"]),  # a bare 等 is dropped
    # bare places or sectors before 等 share the organ after it (and the count of them)
    ("塘沽、大港、汉沽等沿海三区防汛抗旱指挥部", ["塘沽防汛抗旱指挥部", "大港防汛抗旱指挥部", "汉沽防汛抗旱指挥部"]),
    ("铁路、水利、教育等部门", ["铁路部门", "水利部门", "教育部门"]),
    # a 和 in the last item of such a list joins its last two sectors (anyuan-2020), unless the pair is one body's
    # field words, in either order (文化和旅游, 自然资源和规划)
    ("住建、城管、公安交管和消防救援等部门", ["住建部门", "城管部门", "公安交管部门", "消防救援部门"]),
    ("住建、城管、文化和旅游等部门", ["住建部门", "城管部门", "文化和旅游部门"]),
    ("住建、城管、自然资源和规划等部门", ["住建部门", "城管部门", "自然资源和规划部门"]),
    ("编制、发展改革、财政、妇联、残联等单位", ["编制单位", "发展改革单位", "财政单位", "妇联", "残联"]),
    ("公安、交通等有关部门", ["公安", "交通", "有关部门"]),  # a group after 等 is a unit of its own
    ("各县(市、区)党委和人民政府,高新区党工委和管委会", ["各县(市、区)党委和人民政府", "高新区党工委和管委会"]),  # one place's two organs
    ("市财政局、能源局等市有关部门", ["市财政局", "市能源局", "市有关部门"]),  # a group naming its level
    ("税务总局、银保监会等国务院相关部门", ["税务总局", "银保监会", "国务院相关部门"]),  # the State Council's
    # a group naming its government (qiaocheng-2023-kejiju…)
    ("区经信局、区财政局等区政府有关部门", ["区经信局", "区财政局", "区政府有关部门"]),
    ("市发改委等市人民政府有关部门", ["市发改委", "市人民政府有关部门"]),
    ("区发改委、区农业农村局、等区政府有关部门", ["区发改委", "区农业农村局", "区政府有关部门"]),  # a stray 等
    # the group after 等 may be a named body's members
    ("区发改局、区绩效办等区安委会有关成员单位", ["区发改局", "区绩效办", "区安委会有关成员单位"]),
    # angle brackets that pair up are a page's nested parentheses (a sign with no partner is no bracket)
    ("市委农办、各县<市、区>人民政府", ["市委农办", "各县<市、区>人民政府"]),
    ("市教育局、各县〈市、区〉教育局", ["市教育局", "各县〈市、区〉教育局"]),
    # a bureau's own bodies of several kinds share the 各 before the first (luan-2024)
    ("各科室、直属单位", ["各科室", "各直属单位"]),
])
def test_unit_list_shapes(written, names):
    assert roles.split_units(written) == names


# ---------------------------------------------------------------- clauses in running text


@pytest.mark.parametrize("text,expected", [
    ("推进整治。〔市应急局牵头，市住建局配合〕", {"lead": ["市应急局"], "support": ["市住建局"]}),
    ("推进整治。【牵头单位：区应急局；配合单位：区消防救援大队】", {"lead": ["区应急局"], "support": ["区消防救援大队"]}),
    ("推进整治。[责任单位：区卫健局、区创文办]", {"units": ["区卫健局", "区创文办"]}),
    ("推进整治。【责任单位】区城管局、区公安分局", {"units": ["区城管局", "区公安分局"]}),
    # a label glued to the last name of the list before it
    ("牵头单位:县农业农村局、县城管局配合单位:各镇人民政府、街道办事处",
     {"lead": ["县农业农村局", "县城管局"], "support": ["各镇人民政府", "各街道办事处"]}),
    # a verbless list of unit names closing a sentence is a clause; one inside a sentence is not
    ("安排专项资金支持工业发展。(市工信委、市财政局)", {"units": ["市工信委", "市财政局"]}),
    ("房屋委员会(房委会)每年开展清洁行动。", {}),
    # two clauses in one task
    ("建成妇幼保健院(县卫健局牵头)。完成“两癌”免费检查(县妇联牵头)。", {"lead": ["县卫健局", "县妇联"]}),
    # a semicolon typed for the label's colon (fuyu: "(责任单位;住建局、畜牧局、各乡镇场)"): still the label
    ("实施改厨、改厕、改圈等工程。(责任单位;住建局、畜牧局、各乡镇场)", {"units": ["住建局", "畜牧局", "各乡镇场"]}),
    ("推进整治。(牵头单位；县应急局)", {"lead": ["县应急局"]}),
])
def test_clause_brackets(text, expected):
    assert roles.extract(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lead is named: the others 按职责分工负责 support
    ("（市发展改革委牵头负责，市财政局、市商务局按职责分工负责）",
     {"lead": ["市发展改革委"], "support": ["市财政局", "市商务局"]}),
    # no lead named: those 按职责分工负责 lead
    ("（市财政局、市商务局按职责分工负责）", {"lead": ["市财政局", "市商务局"]}),
    # 按职责分工 and a verb of no role word's (a copy's synonym for 负责): the doers by their duties
    ("（省发展改革委、省财政厅按职责分工卖力）", {"lead": ["省发展改革委", "省财政厅"]}),
    ("（市发展改革委牵头，市财政局按职责做好）", {"lead": ["市发展改革委"], "support": ["市财政局"]}),
    # lists before one verb share it
    ("（区发改局牵头，区财政局、区水务局等部门，区国投公司、各街道办事处配合）",
     {"lead": ["区发改局"], "support": ["区财政局", "区水务局", "部门", "区国投公司", "各街道办事处"]}),
    ("（责任单位：县政府办公室、县司法局，乡镇人民政府按职责分工分别负责）",
     {"lead": ["县政府办公室", "县司法局", "乡镇人民政府"]}),
    ("（各县、区人民政府负责落实）", {"implement": ["各县人民政府", "各区人民政府"]}),
    ("（市生态环境局牵头督导，市公安局配合）", {"lead": ["市生态环境局"], "support": ["市公安局"]}),
    ("（市应急局会同有关部门负责）", {"lead": ["市应急局"], "support": ["有关部门"]}),
    ("（市应急局统筹，市直各部门配合）", {"lead": ["市应急局"], "support": ["市直各部门"]}),
    ("（区应急局负责指导，各镇街具体落实）", {"supervise": ["区应急局"], "implement": ["各镇街"]}),
    # a person is not a unit
    ("（分管副省长、协管副秘书长负责，省发展改革委牵头，省财政厅参与）", {"lead": ["省发展改革委"], "support": ["省财政厅"]}),
    # a label's role, and a verb inside a labelled list
    ("（牵头单位：市文旅局；责任单位：市体育中心，各县市区人民政府）",
     {"lead": ["市文旅局"], "units": ["市体育中心", "各县市区人民政府"]}),
    ("（责任单位：省政府办公厅、省财政厅牵头，省商务厅）", {"lead": ["省政府办公厅", "省财政厅"], "units": ["省商务厅"]}),
    # a body named for the work it drives keeps its verb in its name (推进办, 建设推进委员会办公室)
    ("（健康中国行动推进办负责）", {"lead": ["健康中国行动推进办"]}),
    ("（数字政府建设推进委员会办公室牵头，市财政局配合）", {"lead": ["数字政府建设推进委员会办公室"], "support": ["市财政局"]}),
    # a list's label glued straight behind the person a person label names (unknown-district-jiansheju): the person is
    # no unit, the list keeps its label's role; 配合领导 names a person as 牵头领导 does
    ("牵头领导:阮斌副局长责任部门:建工科、安全站、质监站", {"units": ["建工科", "安全站", "质监站"]}),
    ("配合领导:张明贵副局长配合部门:区园林局", {"support": ["区园林局"]}),
])
def test_clause_verbs_and_labels(text, expected):
    assert roles.extract("做好相关工作。" + text) == expected


def test_a_clause_naming_the_counties_with_their_brackets_lost_keeps_them_one_unit():
    text = "一、重点任务\n1.落实减税降费政策。（责任单位：市财政局、市税务局、各县市、区政府）\n"
    assert [named(t) for t in tasks_of(text)] == [{"units": ["市财政局", "市税务局", "各县市、区政府"]}]


def test_a_level_written_once_and_again_mid_list_reaches_the_bare_names_not_bodies_named_their_own():
    # 县 written for the list, once more before 气象局; the bare ones are the county's, a body with a name of its
    # own (长江华阳海事处, 中国人寿某公司) stays as written (wangjiang-2015)
    text = ("一、活动安排\n1.开展咨询日活动。（参加单位：县安监局、交通局、住建局、教育局、县气象局、供电公司、交警大队、"
            "长江华阳海事处、港航管理处、中国人寿某某公司）\n")
    assert [named(t) for t in tasks_of(text)] == [{"support": [
        "县安监局", "县交通局", "县住建局", "县教育局", "县气象局", "县供电公司", "县交警大队", "长江华阳海事处", "县港航管理处",
        "中国人寿某某公司"]}]


def test_a_list_naming_its_level_on_most_names_leaves_a_bare_one_as_written():
    # 省 on all names but one: the bare one a slip, kept as written (sichuan-2022)
    text = "一、重点任务\n1.建设统一大市场。(责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心)\n"
    assert [named(t) for t in tasks_of(text)] == [{"units": ["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"]}]


def test_clause_led_by_within_a_sentence():
    text = "关于稳定粮食生产的问题，由发展改革委会同农业部、财政部等部门研究提出落实意见。"
    assert roles.extract(text) == {"lead": ["发展改革委"], "support": ["农业部", "财政部", "部门"]}


def test_led_by_with_how_each_acts_before_the_verb_names_only_the_doers():
    # unknown-town-2023-anquan: "由各行业主管部门各司其职牵头组织" — 各司其职 (each in its own line) is no unit
    assert roles.extract("组织应急演练。由各行业主管部门各司其职牵头组织,每年至少开展1次应急演练。") == {"lead": ["各行业主管部门"]}


def test_led_by_a_body_that_first_does_one_thing_then_leads_in_the_next_clause():
    # qianxi-2010 (十一): "由县安委办制定方案,牵头组织开展…" — the body 由 names is the subject of 牵头 too
    assert roles.extract("巩固大检查成果,由县安委办制定方案,牵头组织开展安全月活动期间大检查工作。") == {"lead": ["县安委办"]}
    assert roles.extract("由县安委办制定方案,报县政府审定。") == {}  # no role verb in the next clause: no lead


def test_an_office_opening_a_sentence_with_huitong_leads_without_you():
    # "市教育局会同…" with 由 left out: an office named with its level leads; a body with no level,
    # or one inside the sentence, does not
    assert roles.extract("市教育局会同市财政局、市人社局等部门发挥联席会议制度作用。") == \
        {"lead": ["市教育局"], "support": ["市财政局", "市人社局", "部门"]}
    assert roles.extract("教育部门会同财政部门研究。") == {}
    assert roles.extract("加强统筹,市教育局会同市财政局研究。") == {}


def test_clause_cut_off_by_the_end_of_a_copy():
    # the copy stops inside the clause, before the verb of the list after a lead: that list supports the lead, as
    # "X牵头，A、B配合" reads (chaozhou-2019, hunan-2019, tianjin-2020, zhoushan-2022); a half name is dropped
    text = "推进整治。(市生态环境局牵头督导，市公安局、市水务局、区政"
    assert roles.extract(text) == {"lead": ["市生态环境局"], "support": ["市公安局", "市水务局"]}
    # …under a 责任单位 label the list keeps the label's role, and a clause the text closes is not cut
    assert roles.extract("推进整治。(责任单位：市生态环境局牵头，市公安局、区政") == \
        {"lead": ["市生态环境局"], "units": ["市公安局"]}
    # cut after a qualifier that waits for its noun (各省級以上[經濟開發區]): a half name too (jiangsu-2022)
    assert roles.extract("開展專題宣講。(責任單位:各設區市商務局,各省級以上") == {"units": ["各設區市商務局"]}
    # cut after the 人民 of 人民政府 (各县(区)人民[政府]): a half name, in 〔〕 too (hechi-2024)
    assert roles.extract("推行联办审批。〔牵头单位:市市场监管局;配合单位:市公安局,河池海关,各县(区)人民") == \
        {"lead": ["市市场监管局"], "support": ["市公安局", "河池海关"]}
    assert roles.extract("推行联办审批。(责任单位:市公安局、各县人民") == {"units": ["市公安局"]}
    # cut inside the qualifier of 各设区市政府 (设区的 cities): 各设 is no group of bodies (fujian-2012-shengtaisheng…)
    assert roles.extract("规范外来物种监督管理。(责任单位:省农业厅、海洋与渔业厅、环保厅,各设") == \
        {"units": ["省农业厅", "省海洋与渔业厅", "省环保厅"]}
    # a list writing its level once, cut inside its last name: the names before it still share the level (yongcheng-2021)
    assert roles.extract("推进要素改革。(牵头单位:市自然资源和规划局、人力资源和社会保障局、财经金融服务中心、工业信息化") == \
        {"lead": ["市自然资源和规划局", "市人力资源和社会保障局", "市财经金融服务中心"]}


def test_traditional_clause_keeps_the_written_characters():
    assert roles.extract("推進整治。（市發展改革委牽頭，市級各有關部門及各縣市區政府按職責分工負責）") == {
        "lead": ["市發展改革委"], "support": ["市級各有關部門", "各縣市區政府"]}


# ---------------------------------------------------------------- clauses on lines of their own


def test_clauses_on_their_own_lines():
    text = """某某县2021年政府工作报告任务分解
1.加快发展养老服务业。
牵头责任单位:县卫健委、县民政局
主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门
2.地区生产总值增长6%以上。
分管县领导:张三
部门分工:县发展改革委牵头,各乡镇、各部门配合。
3.完善街道党工委领导体制机制。
牵头单位:区委组织部
协办单位:区委编办、区民政局(区委社会工委)、园区党工
委、各街道党工委
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["县卫健委", "县民政局"],
                         "support": ["各乡镇人民政府", "经济开发区管委会", "县政府有关部门"]}
    assert named(t2) == {"lead": ["县发展改革委"], "support": ["各乡镇", "各部门"]}  # 张三 is a person
    # a name wrapped over two lines by the copy is one name
    assert named(t3) == {"lead": ["区委组织部"], "support": ["区委编办", "区民政局(区委社会工委)", "园区党工委", "各街道党工委"]}


def test_a_label_with_a_qualifier_before_its_role_words():
    text = """某市2023年城市管理工作要点
1.建设城市客厅示范区域。逐步健全精细化管理机制。
牵头局领导:罗某
牵头责任部门:城市管理科
重点责任部门:综合执法支队、环卫处、各县市区城管局
"""
    (task,) = tasks_of(text)
    assert named(task) == {"lead": ["城市管理科"], "units": ["综合执法支队", "环卫处", "各县市区城管局"]}


# ---------------------------------------------------------------- rules for the rest of a plan


def carried(task: dict) -> dict[str, list[str]]:
    return {role: [r["written"] for r in task[role] if r.get("carried")] for role in ("lead", "support", "implement", "supervise", "units")
            if any(r.get("carried") for r in task.get(role, []))}


def test_a_body_taking_on_the_duties_below_leads_them():
    # a 责任清单's part for one body: the subject of 要 in the paragraph that closes on 承担以下工作 leads every item
    text = """上海市2024年度食品安全工作责任清单
2024年,区政府要全面实施《中华人民共和国食品安全法》等法律法规,全面完成重点工作安排的主要任务,主要承担以下工作:
1.完成2024年食品安全重点工作指标任务。集体性食物中毒事故年报告发生率控制在4/10万以下。
2.落实食品安全部门监管责任。完善食品生产经营事中事后监管。(区市场监管局负责)
"""
    t1, t2 = tasks_of(text)
    assert carried(t1) == {"lead": ["区政府"]}
    assert carried(t2) == {"lead": ["区政府"]}  # carried beside the unit an item names itself, as a standing rule is
    # a paragraph of aims with no body taking the duties on carries nothing
    (task,) = tasks_of("""某区2024年食品安全工作要点
2024年,全区要全面完成重点工作安排的主要任务,主要承担以下工作:
1.完成食品安全重点工作指标任务。
""")
    assert carried(task) == {}



def test_a_body_to_put_across_the_contents_below_leads_them():
    # a 宣传月 notice: the subject of 要 over the contents it is to put across (着重宣传以下内容), a clause of leeway after
    text = """自贡市医疗保障局
关于开展集中宣传月活动的通知
二、宣传重点
各区县医保部门要在宣传工作中,着重宣传以下内容,同时可结合本地实际,适当扩展宣传内容。
(一)基本医疗保障基金监管相关法律、法规及政策解读;
(二)欺诈骗取医疗保障基金典型案例查处情况。
"""
    t1, t2 = tasks_of(text)
    assert carried(t1) == {"lead": ["各区县医保部门"]}
    assert carried(t2) == {"lead": ["各区县医保部门"]}
    # the contents alone, with no body as the subject of 要, carry nothing
    (task, _) = tasks_of("""某市宣传月活动方案
二、宣传重点
宣传工作中要着重宣传以下内容:
(一)基金监管相关法律、法规及政策解读;
(二)典型案例查处情况。
""")
    assert carried(task) == {}


def test_standing_rule_in_a_clause_carries_to_later_tasks():
    text = """某市打赢蓝天保卫战实施方案
一、工作任务
1.制定准入清单。完成清单编制工作。〔市生态环境局牵头，市发展和改革局参与，各县、区人民政府负责落实。以下各项工作均需各县、区人民政府落实，不再列出。〕
2.整治“散乱污”企业。2019年9月底前基本完成整治。（市生态环境局牵头，市公安局配合）
3.淘汰燃煤锅炉。（市市场监管局牵头，各县人民政府负责）
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["市生态环境局"], "support": ["市发展和改革局"], "implement": ["各县人民政府", "各区人民政府"]}
    assert carried(t1) == {}
    assert named(t2) == {"lead": ["市生态环境局"], "support": ["市公安局"], "implement": ["各县人民政府", "各区人民政府"]}
    assert carried(t2) == {"implement": ["各县人民政府", "各区人民政府"]}
    # a unit the task names itself is not carried again
    assert named(t3) == {"lead": ["市市场监管局"], "support": ["各县人民政府"], "implement": ["各区人民政府"]}
    assert carried(t3) == {"implement": ["各区人民政府"]}


def test_rules_for_the_tasks_naming_a_lead_and_for_lists_of_several_with_their_case_said_first():
    """hunan-2014-zhengfugongzuobaogao-bumen…: one paragraph of measures, each closed by its clause; the first clause
    states "明确牵头部门的,有关部门配合,不逐一列出,下同" (with a lead named, 有关部门 support: in this task and each later
    one naming a lead), the second "责任单位两个以上的,列第一者为牵头单位,下同" (its first unit leads, the other named with
    负责 beside it supports); the posts before them are persons."""
    text = """湖南省人民政府关于2014年《政府工作报告》有关工作部门分工的意见
一、全面落实改革开放目标任务
(一)促进多种所有制经济共同发展。建立注重长效的激励约束分配机制(分管副省长、协管副秘书长负责,省国资委牵头。明确牵头部门的,有关部门配合,不逐一列出,下同)。鼓励非公有制企业参与国有企业改革(分管副省长、协管副秘书长负责,省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同)。推进工商注册制度便利化(分管副省长、协管副秘书长负责,省工商局牵头)。
(二)加快转变政府职能。深化投资体制改革(分管副省长负责,省发改委牵头)。
(三)深化财税体制改革。推进预算公开。
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["省国资委", "省经信委", "省工商局"], "support": ["省发改委", "有关部门"]}
    assert carried(t1) == {}
    # a later task naming a lead: 有关部门 carried beside it; one naming none takes nothing
    assert named(t2) == {"lead": ["省发改委"], "support": ["有关部门"]}
    assert carried(t2) == {"support": ["有关部门"]}
    assert named(t3) == {}


def test_standing_rule_for_this_item_and_those_below_after_a_bare_unit():
    """"〔A,此项及以下任务均需B落实,不再列出。各责任单位按职责分工落实〕": A named with no role word (units), B
    implements this item and carries to the later ones; "各责任单位" are the units named, by their label."""
    text = """某市提振消费专项行动实施方案
一、实施居民增收促进行动
1.促进就业。落实保用工政策。〔市人社局，此项及以下任务均需各县（市、区）落实，不再列出。各责任单位按职责分工落实〕
2.支持创业。落实创业补贴政策。（市人社局）
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"implement": ["各县（市、区）"], "units": ["市人社局"]} and carried(t1) == {}
    assert named(t2) == {"implement": ["各县（市、区）"], "units": ["市人社局"]}
    assert carried(t2) == {"implement": ["各县（市、区）"]}


def test_standing_rule_for_the_items_below_with_the_duty_it_names():
    """"…。各镇(园区)落实属地管理责任,以下均需各乡镇(园区)落实属地管理责任,不再重复列出": a verb with the duty it
    takes on as its object (落实属地管理责任) gives its role to the names before it; 以下 is the items below only,
    so the rule's names stay out of the item that states it."""
    text = """某县安全生产委员会工作要点
一、重点工作
1.广泛开展宣传教育。推进学习教育全覆盖。(牵头责任单位:县委宣传部、县应急管理局,协同责任单位:县安委会各成员单位。各镇(园区)落实属地管理责任,以下均需各乡镇(园区)落实属地管理责任,不再重复列出)
2.推动决策部署落地。完善制度。(牵头责任单位:县应急管理局)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["县委宣传部", "县应急管理局"], "support": ["县安委会各成员单位"], "implement": ["各镇(园区)"]}
    assert carried(t1) == {}
    assert named(t2) == {"lead": ["县应急管理局"], "implement": ["各乡镇(园区)"]}
    assert carried(t2) == {"implement": ["各乡镇(园区)"]}


def test_a_labelled_list_its_sentence_closes_takes_no_later_verb():
    """"(责任单位:县安委会各成员单位。各乡镇(县经开区)落实属地管理责任,以下均需…)": the 责任单位 list ends at its full
    stop, so the next sentence's 落实 is its own subject's, not the list's (zongyang-2023 of set 79); lists in one
    sentence still share the verb after them."""
    text = """某县安全生产委员会工作要点
一、重点工作
1.加强宣传引导。(责任单位:县安委会各成员单位。各乡镇(县经开区)落实属地管理责任,以下均需各乡镇(县经开区)落实属地管理责任,不再重复列出)
2.加强统筹协调。(责任单位:县安委办)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"units": ["县安委会各成员单位"], "implement": ["各乡镇(县经开区)"]}
    assert named(t2) == {"units": ["县安委办"], "implement": ["各乡镇(县经开区)"]}
    assert roles.read("做好工作。(责任单位:县应急局,县公安局配合)").roles == {"support": ["县应急局", "县公安局"]}


def test_standing_rule_with_its_exceptions_in_a_clause():
    """A clause's later sentence that states a rule for the tasks below and its exceptions ("区政府无相关工作
    职能的,由…负责相关工作") gives the rule; the first sentence's roles stand."""
    text = """某市水污染防治重点工作实施方案
二、工作任务
1.控制用水总量。强化用水监督管理。[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属责任部门负责相关工作,不再列出)]
2.严控地下水超采。(市水务局牵头)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["市水务局"], "support": ["市工信委", "市城乡建设局"], "implement": ["各县(市)区政府"]}
    assert carried(t2) == {"implement": ["各县(市)区政府"]}


def test_standing_rule_whose_list_runs_over_commas_in_the_clause_sentence():
    """"〔责任单位:A、B,各县(市、区)人民政府,以下均需各县(市、区)人民政府,C管委会落实,不再列出〕": the rule closes the
    clause's own sentence and its list runs over commas; the names before it keep their label, none takes 落实."""
    text = """某市一季度工作方案
一、持续提振消费
1.繁荣节日消费。开展促消费活动。〔责任单位:市商务局、市财政局,各县(市、区)人民政府,某某开发区管委会,以下均需各县(市、区)人民政府,某某开发区管委会落实,不再列出〕
2.创新消费场景。打造消费场景。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"units": ["市商务局", "市财政局", "各县(市、区)人民政府", "某某开发区管委会"]} and carried(t1) == {}
    assert carried(t2) == {"implement": ["各县(市、区)人民政府", "某某开发区管委会"]}


def test_standing_rule_in_a_sentence_of_its_own_whose_list_runs_over_a_comma():
    """"(责任单位:A、B等部门,C,D、E管委会。以下均需C,D、E管委会负责落实,不再列出)": the rule's own sentence after the
    clause's list, its list running over a comma, is read whole: the later tasks carry every name of it (implement)."""
    text = """某市根治拖欠农民工工资实施意见
一、强化措施
(一)加强劳动合同管理。用人单位应当依法订立劳动合同。(责任单位:市人力资源社会保障局、市水利局等部门,各县市区人民政府,某某经开区、某某园区管委会。以下均需各县市区人民政府,某某经开区、某某园区管委会负责落实,不再列出)
(二)完善实名制管理制度。施工总承包单位应当依法进行用工实名登记。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"units": ["市人力资源社会保障局", "市水利局", "部门", "各县市区人民政府", "某某经开区管委会", "某某园区管委会"]}
    assert carried(t1) == {}
    assert carried(t2) == {"implement": ["各县市区人民政府", "某某经开区管委会", "某某园区管委会"]}


def test_standing_rule_in_prose_applies_to_the_tasks_after_it():
    text = """某区2024年安全生产工作要点
一、压实安全责任
1.健全责任体系。（区安委办牵头）
二、深化重点整治
以下任务各乡镇（街道）均须抓好落实，不再逐项列出。
2.燃气安全。推进管网改造。（区住建委牵头）
3.消防安全。推进九小场所整治。
"""
    t1, t2, t3 = tasks_of(text)
    assert carried(t1) == {}
    assert carried(t2) == {"implement": ["各乡镇（街道）"]} and named(t2)["lead"] == ["区住建委"]
    assert carried(t3) == {"implement": ["各乡镇（街道）"]}
    # the rule's words are never a unit name
    assert all("以下" not in n and "不再" not in n for t in (t1, t2, t3) for names in named(t).values() for n in names)


def test_standing_rule_of_the_units_involved():
    text = """某省现代流通体系建设实施方案
一、深化市场化改革
（一）加强市场体系建设。推进高标准市场体系建设。〔责任单位：省发展改革委、省商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕
（二）优化市场准入环境。推进“证照分离”改革。〔责任单位：省市场监管局〕
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["省发展改革委", "省商务厅"], "units": ["相关市（州）人民政府"]} and carried(t1) == {}
    assert named(t2) == {"units": ["省市场监管局", "相关市（州）人民政府"]} and carried(t2) == {"units": ["相关市（州）人民政府"]}


def test_reading_rule_a_mark_names_the_lead():
    """"(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)": the names marked ☆ lead, here and in later clauses,
    written without the mark; the rule's words are no unit."""
    text = """某市人工智能+行动计划
一、推动重点领域应用
(一)推进人工智能+工业制造。打造示范项目。(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)
(二)推进人工智能+现代农业。发展智慧农业。(责任单位:☆农业农村局、经信局、☆科技局)
(三)推进人工智能+商贸。(责任单位:商务局)
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["经信局"], "units": ["科技局"]}
    assert named(t2) == {"lead": ["农业农村局", "科技局"], "units": ["经信局"]}
    assert named(t3) == {"units": ["商务局"]}


def test_reading_rule_first_named_leads():
    text = """某市2020年政府工作报告重点工作责任分解
1.减轻企业负担。
责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)
2.用好专项债券。
责任单位:市财政局、市发展改革委
3.压减一般性支出。
责任单位:市政府办公室牵头,市商务局
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["市经信局"], "units": ["市财政局", "市税务局"]}
    assert named(t2) == {"lead": ["市财政局"], "units": ["市发展改革委"]}
    assert named(t3) == {"lead": ["市政府办公室"], "units": ["市商务局"]}  # a lead marked as such stays the lead


def test_reading_rule_first_named_leads_a_clause_of_duties():
    """"(A、B、C等负责,列第一位的为牵头部门,下同)" (jilin-2014): the rule names the lead, the others named with 负责
    beside it support, here and below; a clause naming its own lead keeps it."""
    text = """某省人民政府落实意见
一、激发市场活力
1.推进简政放权。(省发展改革委、省编办、省水利厅等负责,列第一位的为牵头部门,下同)
2.鼓励企业并购。(人民银行某中心支行、省财政厅负责)
3.推进民营经济改革。(省工商局牵头,省金融办、省财政厅负责)
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["省发展改革委"], "support": ["省编办", "省水利厅"]}
    assert named(t2) == {"lead": ["人民银行某中心支行"], "support": ["省财政厅"]}
    assert named(t3) == {"lead": ["省工商局"], "support": ["省金融办", "省财政厅"]}


def test_reading_rule_ranked_first_leads():
    """"排名第一位为牵头单位,下同" at the end of a bare clause: the first name leads, here and below."""
    text = """某市行动方案
一、落实政府职责
(一)健全管理体制。完善管理体制。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)
(二)完善投入机制。加大财政投入。(市财政局,市教育局)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["市教育局"], "units": ["市委农办", "各县<市、区>人民政府"]}
    assert named(t2) == {"lead": ["市财政局"], "units": ["市教育局"]}


def test_reading_rule_first_place_named_without_lie_leads():
    """"首位单位为牵头单位,下同" (haiyan-2022): the place in the list without 列/排 still makes the first name lead."""
    text = """某县重点工作责任分解
1.稳住经济增长。
责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局
2.压减一般性支出。
责任单位:县财政局
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["县发改局"], "units": ["县财政局", "县税务局"]}
    assert named(t2) == {"lead": ["县财政局"]}


def test_reading_rule_in_the_covering_letter_reads_the_attached_lists():
    """A notice's letter stating once, with no 下同, how the attached 分解 reads its lists ("(责任单位中排序第一单位为
    牵头单位)", zhenhai-2011): the first name of each task's bare bracket leads, the others stay units."""
    text = """某区人民政府办公室关于印发区政府二〇一一年政府工作报告任务分解的通知
各镇人民政府、街道办事处,区政府各部门:现将区人民政府2011年工作任务及责任予以分解(详见附件),请各镇、街道和各部门(责任单位中排序第一单位为牵头单位)按照职责,认真做好落实工作。
附件:2011年政府工作报告任务分解
二〇一一年三月七日
附件
2011年政府工作报告任务分解
一、主要预期目标
1.区属GDP增长12%。(区发改局)
2.城镇居民人均可支配收入增长10%以上。(区发改局、区农业局)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["区发改局"]}
    assert named(t2) == {"lead": ["区发改局"], "units": ["区农业局"]}


def test_letter_without_a_reading_rule_leaves_the_lists_units():
    """The same letter with no rule: the brackets' names stay units."""
    text = """某区人民政府办公室关于印发区政府二〇一一年政府工作报告任务分解的通知
各镇人民政府、街道办事处,区政府各部门:现将区人民政府2011年工作任务及责任予以分解(详见附件),请各单位按照职责,认真做好落实工作。
附件:2011年政府工作报告任务分解
二〇一一年三月七日
附件
2011年政府工作报告任务分解
一、主要预期目标
1.区属GDP增长12%。(区发改局)
2.城镇居民人均可支配收入增长10%以上。(区发改局、区农业局)
"""
    t1, t2 = tasks_of(text)
    assert named(t2) == {"units": ["区发改局", "区农业局"]}


def test_dash_opening_a_clause_line_is_no_part_of_the_lead():
    """"──由X会同有关部门和各县市区组织落实。" on the line under each target (huanggang-2007): the dash is a mark, X
    leads, the names 会同 takes (joined by 和) support."""
    text = """某市人民政府关于落实十一五规划纲要主要目标和任务的通知
二、任务分解
1、城镇养老、失业、医疗保险覆盖率达到90%。
──由市劳动和社会保障局会同有关部门和各县市区组织落实。
2、新型农村合作医疗覆盖率达到100%。
——由市卫生局会同有关部门组织落实。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["市劳动和社会保障局"], "support": ["有关部门", "各县市区"]}
    assert named(t2) == {"lead": ["市卫生局"], "support": ["有关部门"]}


def test_huitong_clause_cut_before_its_verb_keeps_its_partners():
    """The copy stopping after the names 会同 takes, before the verb ("由市环保局会同有关部门和各县市区"): X leads, the
    names after 会同 support; 部门 is never cut to 部 (as 农业部 ends a name)."""
    text = """某市人民政府关于落实十一五规划纲要主要目标和任务的通知
二、任务分解
1、森林覆盖率达到45%。
──由市林业局会同有关部门和各县市区组织落实。
2、工业废水排放达标率达到90%。
──由市环保局会同有关部门和各县市区"""
    t1, t2 = tasks_of(text)
    assert named(t2) == {"lead": ["市环保局"], "support": ["有关部门", "各县市区"]}
    assert roles.read("由农业部会同财政部研究提出意见").roles == {"lead": ["农业部"], "support": ["财政部"]}


# ---------------------------------------------------------------- what counts as a task


def test_clause_after_numbered_sub_measures_belongs_to_the_task():
    text = """某市应急体系建设规划责任分解
（一）“一案三制”建设
1.完善应急预案体系
（1）加强应急预案管理，规范编制和备案。
（2）加强应急预案演练，完善演练制度。
（责任单位：市直各有关单位、各县（市、区）人民政府）
2.健全应急管理体制
（1）推进应急管理办事机构建设。
（2）落实专职人员编制。
"""
    t1, t2 = tasks_of(text)
    assert (t1["number"], t1["title"]) == ("1.", "完善应急预案体系")
    assert "加强应急预案演练" in t1["text"]  # the sub-measures stay in the task
    assert named(t1) == {"units": ["市直各有关单位", "各县（市、区）人民政府"]}
    assert t2["number"] == "2." and named(t2) == {}  # the same level is the task level


def test_sub_measures_with_clauses_of_their_own_are_the_tasks():
    text = """某市工作方案
一、重点任务
1.加强预案管理
（1）规范编制和备案。（责任单位：市应急局）
（2）加强演练。
（责任单位：市消防救援支队）
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["（1）", "（2）"]
    assert named(tasks[1]) == {"units": ["市消防救援支队"]}


def test_unnumbered_paragraphs_with_their_own_clauses():
    text = """某区交通运输安全生产工作方案
一、重点任务
1.严把车辆准入关，严禁违规办理道路运输证。（责任单位：区运管所）
严把水路运输市场准入关，加强经营资质动态管理。（责任单位：区港航中心）
2.推进公路安全精品路创建。
深化农村公路安全生命防护工程。（责任单位：区公路事务中心）
3.加强执法检查：
- 开展“两客一危”专项检查。（区交通执法大队）
- 开展非法营运整治。（区公安分局）
推进工程建设领域平安工地建设：强化危大工程管理。（责任单位：区质监中心）
"""
    tasks = tasks_of(text)
    assert [(t["number"], t["line"]) for t in tasks] == [("1.", 3), (None, 4), ("2.", 5), ("3.", 7), (None, 10)]
    one, water, two, three, labelled = tasks
    assert named(one) == {"units": ["区运管所"]} and "水路" not in one["text"]
    assert water["title"].startswith("严把水路运输市场准入关") and named(water) == {"units": ["区港航中心"]}
    # a task with no clause of its own goes on in the paragraph below it
    assert named(two) == {"units": ["区公路事务中心"]} and "生命防护" in two["text"]
    # bulleted points stay in their item
    assert named(three) == {"units": ["区交通执法大队", "区公安分局"]}
    assert labelled["title"] == "推进工程建设领域平安工地建设" and named(labelled) == {"units": ["区质监中心"]}


def test_headings_over_paragraphs_each_closed_by_its_own_clause():
    # a 分工方案 whose numbered headings name the matter and whose unnumbered paragraphs each name their doers
    # (yongcheng-2021): the paragraphs are the tasks, the headings their groups, under a heading the copy shows one
    # paragraph of too
    text = """某市贯彻优化营商环境条例责任分工方案
一、优化市场环境

(一)保障市场主体平等准入权力

落实全国统一的市场准入负面清单。(牵头单位:市发展改革委、市场监管局;协办单位:市直相关单位)

对外商投资实行准入前国民待遇加负面清单管理制度。(牵头单位:市商务局;协办单位:市直相关单位)

(二)推进生产要素市场化改革

健全生产要素市场运行机制。(牵头单位:市自然资源和规划局)
"""
    (plan,) = import_texts([("plan.txt", text)]).plans
    tasks = plan["tasks"]
    groups = {g["id"]: g["title"] for g in plan["groups"]}
    assert [(t["number"], t["line"]) for t in tasks] == [(None, 6), (None, 8), (None, 12)]
    first, second, third = tasks
    assert named(first) == {"lead": ["市发展改革委", "市市场监管局"], "support": ["市直相关单位"]}
    assert first["title"].startswith("落实全国统一的市场准入负面清单")
    assert groups[first["group"]] == groups[second["group"]] == "保障市场主体平等准入权力"
    assert named(third) == {"lead": ["市自然资源和规划局"]} and groups[third["group"]] == "推进生产要素市场化改革"
    # an item whose line is a sentence stays the task with the paragraph below it (its text goes on there)
    text = """某区交通运输安全生产工作方案
一、重点任务
1.推进公路安全精品路创建。
深化农村公路安全生命防护工程。（责任单位：区公路事务中心）
严把水路运输市场准入关。（责任单位：区港航中心）
"""
    assert [(t["number"], t["line"]) for t in tasks_of(text)] == [("1.", 3), (None, 5)]


def test_labelled_targets_paragraph_of_a_division_plan():
    text = """某省人民政府关于落实《政府工作报告》重点工作部门分工的意见
一、落实2019年经济社会发展总体要求和主要预期目标
（一）总体要求：坚持稳中求进工作总基调，保持经济持续健康发展。
主要预期目标：经济增长7.5%左右；城镇调查失业率5%左右（分管副省长负责，省发展改革委牵头，省统计局参与）。
二、扎实做好重点工作
（二）深化改革。推进国资国企改革。（省国资委牵头）
"""
    tasks = tasks_of(text)
    assert [(t["number"], t["line"]) for t in tasks] == [("（一）", 3), (None, 4), ("（二）", 6)]
    assert named(tasks[0]) == {} and named(tasks[1]) == {"lead": ["省发展改革委"], "support": ["省统计局"]}


def test_three_digit_numbers_and_a_work_outline_heading():
    text = """某市政府工作报告目标任务责任分解方案
一、工作思路
坚持稳中求进，推动高质量发展。
二、主要任务
123.完善公共文体服务圈。（牵头单位：市文旅局；责任单位：各县市区人民政府）
124.开展文化惠民活动。（牵头单位：市文旅局）
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["123.", "124."]
    assert named(tasks[0]) == {"lead": ["市文旅局"], "units": ["各县市区人民政府"]}


def test_targets_with_their_own_units_are_tasks_even_under_a_targets_heading():
    text = """某省2021年政府工作报告重点任务分工方案
一、主要预期目标
1.地区生产总值增长6%以上。
分管省领导：李四
部门分工：省发展改革委牵头，各地、各部门配合。
2.地方一般公共预算收入增长5%左右。
部门分工：省财政厅牵头。
二、重点任务
3.扩大有效投资。（省发展改革委牵头）
三、保障措施
（一）加强组织领导。各地各部门要高度重视。（省政府办公厅负责）
（二）强化督查考核。定期通报进展。（省政府督查室负责）
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]  # 保障措施 stay no task, clause or not
    assert named(tasks[0]) == {"lead": ["省发展改革委"], "support": ["各地", "各部门"]}


def test_a_part_headed_as_a_frame_whose_every_item_names_its_units_is_a_task_part():
    # 一、健全完善工作机制 reads as a plan's frame (工作机制), but each of its items names who does it: tasks
    text = """某行动2022年工作要点
一、健全完善工作机制
（一）召开推进委员会办公室会议。定期召开工作调度会议。（健康中国行动推进办负责）
（二）组织开展年度监测评估和考核工作。（健康中国行动推进办负责）
二、制订印发系列政策文件
（一）印发国民营养计划重点工作。（国家卫生健康委负责）
三、工作步骤
（一）动员部署。4月底前完成。（各成员单位负责）
（二）总结评估。12月底前完成。（推进办负责）
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [3, 4, 6]  # the stages stay the plan's schedule
    assert named(tasks[0]) == {"lead": ["健康中国行动推进办"]}


def test_a_heading_joining_leadership_to_a_point_of_work_holds_tasks():
    """一、强化组织领导和统筹协调 in a committee's 工作要点: the guarantee's keyword joined to another point by 和,
    its items each closed by a clause of their own, is a part of tasks; 一、加强组织领导 alone stays none."""
    text = """某省减灾委员会2022年工作要点
一、强化组织领导和统筹协调
1. 提升统筹协调能力。3月底前，制定出台工作规则。（省应急厅牵头）
2. 建立健全工作体系。6月底前，出台应急联动机制。（省应急厅牵头）
二、防范化解自然灾害风险
3. 稳步推进综合风险普查。（省应急厅牵头）
三、加强组织领导
4. 压实责任。各地要高度重视。（省应急厅负责）
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    assert named(tasks[0]) == {"lead": ["省应急厅"]}


def test_participants_named_with_canjia_support_the_lead():
    """"X牵头，A、B等有关部门参加，各镇街落实" in one 责任单位 label: 参加 (take part) is 参与 → support,
    and the group tail 等有关部门 splits off before the verb."""
    text = """某县2024年重点任务清单
一、巩固脱贫成果
1.保持帮扶政策稳定。严格落实帮扶政策。（责任单位：县乡村振兴局牵头，县教育局、县民政局等有关部门参加，各镇街落实）
"""
    written = named(tasks_of(text)[0])
    assert written.get("lead") == ["县乡村振兴局"]
    assert written.get("support") == ["县教育局", "县民政局", "有关部门"]
    assert written.get("implement") == ["各镇街"]


def test_a_part_named_for_its_targets_is_no_task():
    """一、环境空气质量目标 / 一、主要预期目标: a part that states the year's targets (no units of its own) is no
    task, whatever noun comes before its 目标."""
    text = """2019年度某市打赢蓝天保卫战行动计划重点工作安排
一、环境空气质量目标
2019年,城市空气优良天数比例达到76.0%。
二、重点工作
1.开展燃煤锅炉整治。(市生态环境局牵头)
"""
    assert [t["number"] for t in tasks_of(text)] == ["1."]


def test_a_lost_first_item_is_the_paragraph_with_its_own_clause_above_the_second():
    """(二) with no (一): a copy lost the first item's heading; the paragraph right above (二) that carries
    its own clause line is that item, a task of its own."""
    text = """某县2021年生活垃圾分类工作实施方案
为推进生活垃圾分类,制定本方案。
在现有基础上进一步加大生活垃圾分类工作力度,落实分类投放管理责
任人,合理配备生活垃圾分类收集容器。
牵头单位:县农业农村局、县城管局;配合单位:各镇人民政府
(二)易腐垃圾收运处置体系建设工作
建立规范易腐垃圾收运体系。
"""
    first, second = tasks_of(text)
    assert (first["line"], first["number"]) == (3, None)
    assert named(first) == {"lead": ["县农业农村局", "县城管局"], "support": ["各镇人民政府"]}
    assert second["number"] == "(二)"


def test_a_later_page_opening_with_an_items_tail_and_its_clause_above_a_later_number():
    """A model site's third page (unknown-county-2008): its headline, then the tail of an item whose number was on the
    page before, closed by its own clause line, then (七): that tail is a task of its own."""
    text = """县小春生产意见
10000亩高稳农田(地)建设,促进农田大面积上档升级的目标。
责任单位:县农业局、各乡镇人民政府。
(七)抓好农业技能培训
围绕秋冬农业开发,大力开展农业科技培训。
责任单位:县农业局、各乡镇人民政府。
"""
    got = [(t["line"], t["number"], named(t)) for t in tasks_of(text)]
    assert got == [(2, None, {"units": ["县农业局", "各乡镇人民政府"]}), (4, "(七)", {"units": ["县农业局", "各乡镇人民政府"]})]


def test_a_preamble_making_the_plan_above_a_lone_clause_is_no_task():
    """The body opening with the plan's preamble (…现制订本工作方案,…) over a clause line whose item the copy lost, then
    11.: the preamble is no task (guangdong-2022 reads the clause line alone as one)."""
    text = """某省重点任务分工方案
为做好今年全省政府工作,现制订本工作方案,将重点工作任务分解为具体举措,并明确部门分工。
部门分工:省工业和信息化厅牵头,各地配合。
11.全省空气质量优良天数比率完成国家下达任务。
部门分工:省生态环境厅牵头。
"""
    assert 2 not in [t["line"] for t in tasks_of(text)]


def test_the_last_point_headed_as_the_plans_checks_with_guarantee_points_is_no_task():
    """(八)搞好服务,抓责任考核和任务落实 closing a run of points, its own points on checks, reports and funds
    (unknown-county-2008): the plan's closing guarantees, no tasks; the points before it stay tasks."""
    text = """某县小春生产意见
(六)抓好高稳农田建设
建设高稳农田10000亩。
责任单位:县农业局、各乡镇人民政府。
(七)抓好农业技能培训
大力开展农业科技培训。
责任单位:县农业局、各乡镇人民政府。
(八)搞好服务,抓责任考核和任务落实
1、涉农部门要认真分解细化各项计划任务,做到目标明确,责任清晰,考核完善。
2、县人民政府将对各乡镇人民政府的任务落实情况实行定期不定期的督查,并进行综合考核。
3、县人民政府将安排经费3万元,由县财政局按计划拨付县农业局。
"""
    assert [(t["line"], t["number"]) for t in tasks_of(text)] == [(2, "(六)"), (5, "(七)")]


def test_a_last_point_on_checks_whose_own_points_are_work_stays_tasks():
    """A last point headed with 考核 whose own points are work, not checks, stays in the run's tasks."""
    text = """某县工作要点
(一)抓好春耕生产
落实春播面积。
(二)强化考核,推进重点项目
1、建成高标准农田5000亩。
2、新建蔬菜基地3个。
"""
    assert [t["line"] for t in tasks_of(text)] == [2, 5, 6]


def test_a_part_titled_with_the_unit_that_leads_it_carries_that_lead():
    # "一、县示范区管委会牵头工作(8项)": each task below names no unit of its own (qinxian-2025)
    text = ("2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(2项)\n1.建设南美白对虾养殖基地。\n"
            "2.打造食用菌生产基地。(责任单位:县农业农村局)\n二、县发改局、县财政局牵头工作(1项)\n3.推进重点项目建设。\n"
            "三、民生实事\n4.新建幼儿园2所。\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"lead": ["县示范区管委会"]}, {"units": ["县农业农村局"]},
                                         {"lead": ["县发改局", "县财政局"]}, {}]
    assert all(r.get("carried") for r in tasks[0]["lead"])
    assert roles.part_leads("县示范区管委会牵头工作(8项)") == ["县示范区管委会"]
    assert roles.part_leads("加强组织领导") is None


def test_a_part_titled_with_its_duty_bearer_and_the_kind_of_duty_carries_that_unit():
    # "一、党委:主体责任": a 责任清单's part of one 责任主体's duties, items naming no unit of their own (lucheng-2016)
    text = ("换届风气监督责任清单\n一、党委:主体责任\n1、切实加强领导和统筹。\n2、认真做好谋划和部署。\n"
            "二、纪委:监督责任\n3、加强监督检查。(责任单位:区纪委)\n三、党委书记:第一责任人责任\n4、带头严守换届纪律。\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"units": ["党委"]}, {"units": ["党委"]}, {"units": ["区纪委"]}, {}]
    assert all(r.get("carried") for r in tasks[0]["units"])
    assert roles.part_roles("党委:主体责任") == ("units", ["党委"])
    assert roles.part_roles("党委书记:第一责任人责任") is None  # a person bears it: no unit


def test_a_part_naming_the_town_its_counted_problems_were_handed_to_carries_that_unit():
    # "(一)鹿城镇(14个)": a 督查通报 lists the problems it handed to each town (unknown-city-2022-chuangwen)
    text = ("二、存在问题\n(一)新城镇(2个)\n1.小区公益广告褪色破损。\n2.小区内车辆乱停乱放。\n"
            "(二)东风街道(1个)\n3.背街小巷垃圾满溢。(责任单位:县城管局)\n(三)农贸市场(1个)\n4.市场内卫生死角多。\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"units": ["新城镇"]}, {"units": ["新城镇"]}, {"units": ["县城管局"]}, {}]
    assert all(r.get("carried") for r in tasks[0]["units"])
    assert roles.part_roles("鹿城镇(14个)") == ("units", ["鹿城镇"])
    assert roles.part_roles("重点项目(10个)") is None  # no body


def test_a_clause_cut_inside_its_duty_verb_keeps_the_verb_it_began():
    # the copy stops inside "按职责分工负责" after a lead (hunan-2018): the list before it supports
    text = ("一、重点工作\n（一）稳增长。\n"
            "主要预期目标是:地区生产总值增长8%左右(分管副省长负责,省发改委牵头,省经信委、省财政厅、国家统计局湖南调查总队等按职责分")
    tasks = tasks_of(text)
    assert named(tasks[-1]) == {"lead": ["省发改委"], "support": ["省经信委", "省财政厅", "国家统计局湖南调查总队"]}


def test_a_last_name_cut_inside_its_bracket_is_the_name_before_it():
    # the copy stops inside the bracket of the clause's last name (wuhan-2022)
    text = ("一、主要预期目标\n\n(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:市统计局、各区人民政府〈含开发区、")
    tasks = tasks_of(text)
    assert named(tasks[-1]) == {"lead": ["市发改委"], "units": ["市统计局", "各区人民政府"]}


def test_a_last_name_the_copy_stops_right_after_its_bracket_opens_names_no_unit():
    # the copy stops right after a bracket opens behind the last name, nothing in it ("责任单位:各镇(" of 各镇(区)):
    # the bracket may be the name's own, so the name is cut (unknown-city-aiguo-weisheng…); a bracket with words
    # in it is a note, the name before it whole (as 各区人民政府〈含开发区、 above)
    text = ("3.全民参与,筑牢社会健康基石。创建一批健康示范单位。(牵头单位:市爱卫办;配合单位:市爱卫会各成员单位;责任单位:各镇(")
    tasks = tasks_of(text)
    assert named(tasks[-1]) == {"lead": ["市爱卫办"], "support": ["市爱卫会各成员单位"]}
    text = ("3.全民参与,筑牢社会健康基石。创建一批健康示范单位。(牵头单位:市爱卫办;责任单位:市卫健委、各镇(")
    assert named(tasks_of(text)[-1]) == {"lead": ["市爱卫办"], "units": ["市卫健委"]}


def test_a_clause_opened_after_the_last_sentence_and_wrapped_by_a_pdf_line_break():
    # the page broke the line inside a unit's name, inside a clause that opens after the task's sentence:
    # the name is joined again (市发展改革 / 委, 市住房和城乡 / 建设局); names split by 、 stay apart
    text = "将安全生产纳入考核内容。（牵头单位：市应急管理局；配合单位：市发展改革\n委、市财政局）"
    assert roles.extract(text) == {"lead": ["市应急管理局"], "support": ["市发展改革委", "市财政局"]}
    text = "修订部门安全生产职责清单。（责任单位：市应急管理局、市住房和城乡\n建设局）"
    assert roles.extract(text) == {"units": ["市应急管理局", "市住房和城乡建设局"]}
    text = "修订职责清单。（责任单位：市应急管理局、\n市住房和城乡建设局）"
    assert roles.extract(text) == {"units": ["市应急管理局", "市住房和城乡建设局"]}


def test_a_clause_whose_first_name_a_pdf_line_break_cuts_right_after_its_bracket():
    # unknown-county-gengdi…: "…整改复耕。〔县自然资" / "源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕": the
    # bracket's first name, broken at the line's end, opens the clause only with the rest of it on the next line —
    # joined again, the clause reads as it would on one line (no fragment 源局, no 落实 glued to a name)
    text = ("某县粮食安全重点任务\n(二)从严落实耕地保护制度。严格落实耕地保护党政同责,分类稳妥开展违规占用耕地整改复耕。〔县自然资\n"
            "源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕\n(三)优化粮食供给结构。推广大豆。\n")
    assert [named(t) for t in tasks_of(text)] == [
        {"lead": ["县自然资源局", "县农业农村局", "县林业局"], "implement": ["各乡(街道)"]}, {}]
    # a bracket of words that is no name, broken at the line's end, joins nothing
    text = "开展整改复耕。〔以下简\n称整改〕"
    assert roles.extract(text) == {}


def test_the_bodies_of_every_level_as_the_subject_of_yao():
    """"各级各有关部门要…", "各级人民政府要…": the bodies of every level, written once with 各级, are the doers
    of a sentence they open (units, one name as written); 各级领导干部 are persons, not a body."""
    found = roles.doers("就业形势十分严峻。各级各有关部门要从讲大局的高度,把就业摆在首位。")
    assert found == {"units": ["各级各有关部门"]}
    assert roles.doers("各级人民政府要加强组织领导。") == {"units": ["各级人民政府"]}
    assert roles.doers("各级领导干部要带头深入基层。") == {}


def test_towns_named_with_each_and_a_qualifier_as_the_subject_of_yao():
    """"各相关乡镇及部门要…", "各责任乡镇和部门要…" (yijun-2013): the towns the notice's work falls to, 各 written before the
    qualifier, are doers as 各乡镇 are, the bare kind after 及 / 和 sharing the 各 (各部门, once); the projects' 包联 leaders
    are persons."""
    text = ("各相关乡镇及部门要充分认识招商引资工作的重要性,明确工作目标。各招商项目包联领导要深入一线,亲自过问;"
            "各责任乡镇和部门要落实分管领导和具体责任人,全力为企业搞好协调保障。")
    assert roles.doers(text) == {"units": ["各相关乡镇", "各部门", "各责任乡镇"]}
    assert roles.doers("各有关乡镇(街道)要做好项目用地保障。") == {"units": ["各有关乡镇(街道)"]}
    assert roles.doers("各招商项目包联领导要深入一线。") == {}


def test_the_party_and_state_organs_of_the_whole_place_as_the_subject_of_yao():
    """"全县党政机关要…", "全市各部门要…": the Party's and the state's organs of the whole place, or its departments,
    named with the place, are the doers of a sentence they open (units, as written), as 各级党政机关 are
    (unknown-county-2021-xinguan…); the whole place's people are no body."""
    text = "一、坚持政治站位,科学精准做好常态化疫情防控\n当前疫情防控形势严峻复杂。\n全县党政机关要深入学习贯彻重要论述。\n"
    assert roles.doers(text) == {"units": ["全县党政机关"]}
    assert roles.doers("全市各部门要加强组织领导。") == {"units": ["全市各部门"]}
    assert roles.doers("全县人民群众要提高自我防护意识。") == {}


def test_the_organs_of_one_kind_of_government_work_at_every_level_as_the_subject_of_yao():
    """"各级普查机构要…", "各级审计机关要…": the organs of one kind of government work at every level, written once
    with 各级, are the doers of a sentence they open (units), as 各级人民政府 are; the regulated bodies of every level
    (各级医疗机构) are not."""
    text = "六、依法保证经济普查数据质量\n各级普查机构要紧紧围绕普查数据质量这一核心,建立健全质量控制体系。\n"
    assert roles.doers(text) == {"units": ["各级普查机构"]}
    assert roles.doers("各级审计机关要加强对整改情况的跟踪检查。") == {"units": ["各级审计机关"]}
    assert roles.doers("各级医疗机构要落实预检分诊制度。") == {}


def test_sectors_organs_as_the_subject_of_yao_beside_a_government_body():
    """Beside a government body the sentence before names, sectors' organs count as the subject of 要: named bare
    with 机关 or 执法机构 (公安机关, 统计执法机构), in a 和 list (统计执法机构和监察部门要…), or with what they act on
    set between them and 要 (公安机关对…行为要依法及时处理); a duty held (各乡镇人民政府对本辖区工作全面负责) is no
    subject of 要."""
    text = ("各级人民政府要认真组织实施。统计执法机构和监察部门要加大对普查工作中违法违纪现象的查处力度,"
            "公安机关对普查过程中出现的违法犯罪行为要依法及时处理。")
    assert roles.doers(text) == {"units": ["各级人民政府", "统计执法机构", "监察部门", "公安机关"]}
    assert roles.doers("公安机关对违法行为要依法处理。") == {}
    assert roles.doers("各乡镇人民政府对本辖区森林防火工作全面负责,政府主要负责同志为第一责任人。") == {}


def test_a_subject_whose_modal_is_followed_by_duchu_supervises():
    """"节能主管部门要督促有关部门和单位…上报": a subject whose modal 督促 (or 督导) follows supervises, as one followed
    by 协助 supports; the bodies it urges take no role. A sector's department so named counts beside a government
    body the task names, as it does as the plain subject of 要."""
    text = "各地要建立和完善能源统计指标体系。节能主管部门要督促有关部门和单位按规定及时准确上报能源统计数据。"
    assert roles.doers(text) == {"units": ["各地"], "supervise": ["节能主管部门"]}
    assert roles.doers("各乡镇人民政府要督导各村落实防火责任。") == {"supervise": ["各乡镇人民政府"]}


def test_an_adverb_between_the_subject_and_its_modal_is_no_part_of_the_name():
    """"村(居)委员会至少要配备…", "各乡镇也要…": an adverb between a body and its 要 is no part of the body's name;
    a grassroots committee of two kinds written once, the second in brackets (村(居)委员会), is a body as
    村民委员会 is."""
    text = "乡(镇、街道)政府要设置统计工作岗位。村(居)委员会至少要配备一名兼职统计人员,负责统计工作。"
    assert roles.doers(text) == {"units": ["乡(镇、街道)政府", "村(居)委员会"]}
    assert roles.doers("各乡镇也要配备统计员。") == {"units": ["各乡镇"]}


def test_a_phrase_of_in_what_a_body_acts_between_it_and_its_modal_is_no_part_of_the_name():
    """"各县(市、区)人民政府在财政预算中要…": a 在…中 phrase between the body and its 要 says in what it acts, as a
    在…时 phrase says when: the body alone is the doer."""
    text = "三、继续加大就业专项资金投入。各县(市、区)人民政府在财政预算中要进一步提高促进就业工作的财政支出比例。"
    assert roles.doers(text) == {"units": ["各县(市、区)人民政府"]}


def test_bare_sectors_before_a_groups_department_opening_a_sentence_are_one_department_each():
    """"建设、水利、公路等工程建设主管部门,要…", "各级人力资源和社会保障、…、银行等有关部门要…": bare sectors before 等 and
    the group's 部门, opening the sentence as the subject of 要, are one 部门 per sector, a 各级 written once shared; the
    group after 等 names no further unit. After a lead-in (同时,…) they close a paragraph, no doers read here."""
    text = ("劳动保障部门要认真履行协调、监督职责;建设、水利、公路等工程建设主管部门,要认真清理本部门管辖项目施工企业拖欠"
            "工作情况;人民法院要为农民工建立快捷方便的申诉渠道。")
    assert sorted(roles.doers(text)["units"]) == sorted(["劳动保障部门", "建设部门", "水利部门", "公路部门", "人民法院"])
    text = "四、加强部门协作。各级人力资源和社会保障、经贸、财政、民政、银行等有关部门要各司其职、各负其责。"
    assert roles.doers(text) == {"units": ["各级人力资源和社会保障部门", "各级经贸部门", "各级财政部门", "各级民政部门",
                                           "各级银行部门"]}
    assert roles.doers("同时,教育、农机、文物、林业、国土、卫生和食品药品、通讯等行业监管部门也要认真组织开展检查。") == {}


def test_every_levels_finance_named_by_its_kind_alone_as_the_subject_of_yao():
    """"二、各级政府要…。三、各级财政要…": the finance organs of every level named by their kind alone (各级财政), as
    各级政府 is, are the point's doers."""
    text = """某市人民政府办公室关于下达2010年促进就业工作目标责任制的通知
各县(市、区)人民政府,市直有关单位:
现就有关事项通知如下:
二、各级政府要把促进就业作为经济社会发展的优先目标,多渠道增加就业岗位。
三、各级财政要积极调整支出结构,加大就业专项资金的投入,并确保资金及时到位。
"""
    t2, t3 = tasks_of(text)
    assert named(t2) == {"units": ["各级政府"]}
    assert named(t3) == {"units": ["各级财政"]}


def test_a_list_closed_by_a_group_tail_taking_part_after_a_lead_clause_supports():
    """"…由政府分管领导牵头,统计、国家和省统计局辽阳调查队、发改、…等相关经济和社会管理部门参加": after the clause
    naming who leads (here a person, no unit), the list that takes part supports, each name as written (bare sectors
    too), the group tail a name of its own."""
    text = ("(十)建立统计联席会议制度。统计联席会议制度由政府分管领导牵头,统计、国家和省统计局辽阳调查队、发改、财政、"
            "税务等相关经济和社会管理部门参加,每季度或半年召开1次会议。")
    assert roles.doers(text) == {"support": ["统计", "国家和省统计局辽阳调查队", "发改", "财政", "税务",
                                             "相关经济和社会管理部门"]}


def test_the_grassroots_bodies_of_a_kind_named_town_or_country_as_the_subject_of_yao():
    """"城市社区要至少有1名…人员": the grassroots bodies of a kind named with where they are (城市社区, 农村村委会) are
    the doers of a sentence they open as the subject of 要, as 各社区 are; the persons they hold are not."""
    text = "各乡镇(街道)要设立综合统计机构。城市社区要至少有1名能胜任统计工作的公益岗位人员从事统计工作。"
    assert roles.doers(text) == {"units": ["各乡镇(街道)", "城市社区"]}


def test_a_matter_led_before_you_and_the_list_that_takes_part_after_it():
    """"联席会议由县政府牵头,发改、财政、税务等有关部门参加": the body after 由 leads (not 联席会议由县政府), the list that
    takes part supports, bare sectors as written; with a person after 由 (由政府分管领导牵头) the list supports alone."""
    text = ("某县统计工作实施意见\n一、主要任务\n"
            "(一)建立联席会议制度。联席会议由县政府牵头,发改、财政、税务等有关部门参加,每季度召开1次会议。\n"
            "(二)建立会商制度。由县统计局牵头,县民政局、县财政局等有关部门参加。\n"
            "(三)建立统计联席会议制度。统计联席会议制度由政府分管领导牵头,统计、发改等相关部门参加。\n")
    assert [named(t) for t in tasks_of(text)] == [
        {"lead": ["县政府"], "support": ["发改", "财政", "税务", "有关部门"]},
        {"lead": ["县统计局"], "support": ["县民政局", "县财政局", "有关部门"]},
        {"support": ["统计", "发改", "相关部门"]}]


def test_a_governments_bodies_listed_after_it_share_it():
    """"省政府各部门、各直属机构": the bodies listed after a government's departments, written with their 各
    only, are that government's too; a list that moves on to other places stops sharing."""
    from planportal.importer.names import split_units

    assert split_units("省政府各部门、各直属机构。") == ["省政府各部门", "省政府各直属机构"]
    assert split_units("市政府各部门、各直属机构,各县区政府") == ["市政府各部门", "市政府各直属机构", "各县区政府"]
    assert split_units("市发改委、各直属机构") == ["市发改委", "各直属机构"]


def test_a_time_label_glued_to_the_last_name_of_a_clause():
    """"…责任单位:A、B整治时限:…" with no stop before the time label: B is a name, the time label's value
    (masked or not) no unit, and the lists keep their roles."""
    found = roles.read("修补路面。牵头单位:县住建局、县交运局责任单位:各乡镇政府、善后工作组整治时限:2021年6月底前")
    assert found.roles == {"lead": ["县住建局", "县交运局"], "units": ["各乡镇政府", "善后工作组"]}
    found = roles.read("修补路面。牵头单位:县住建局责任单位:各乡镇政府整治时限:xxxx年x月xx日前并\n长期坚持")
    assert found.roles == {"lead": ["县住建局"], "units": ["各乡镇政府"]}


def test_a_labelled_line_the_copy_cuts_inside_its_last_name():
    """"牵头单位:省发展改" as a copy's last line: the copy stops inside the name, which is no unit; a whole
    name there stays one."""
    assert roles.read("2. 制造业高质量发展。\n\n牵头单位:省发展改").roles == {}
    assert roles.read("2. 制造业高质量发展。\n\n牵头单位:省经信厅、省发展改").roles == {"lead": ["省经信厅"]}
    assert roles.read("2. 制造业高质量发展。\n\n牵头单位:省经信厅").roles == {"lead": ["省经信厅"]}


def test_a_bracketed_clause_the_copy_cuts_inside_its_last_name():
    """"(牵头单位:市人力资源社会保" as a copy's last line: the copy stops inside the name, which is no unit."""
    assert roles.read("3.加强养老保险金收支管理。(牵头单位:市人力资源社会保").roles == {}
    assert roles.read("3.加强养老保险金收支管理。(牵头单位:市人社局;责任单位:市财政局、市审").roles == \
        {"lead": ["市人社局"], "units": ["市财政局"]}


# ---------------------------------------------------------------- a list of units' duties


def test_a_list_of_member_units_duties_gives_each_item_its_unit_as_lead():
    text = ("某市应急避难场所建设实施意见\n"
            "三、成员单位职责\n"
            "1.市发展改革委:负责将应急避难场所建设纳入发展规划。\n"
            "2.市商务局:会同市发展改革委负责物资供应点的建设和保障工作。\n"
            "3.市卫生局。做好避难场所内医疗卫生保障工作。\n")
    got = [named(t) for t in tasks_of(text)]
    assert got == [{"lead": ["市发展改革委"]},
                   {"lead": ["市商务局"], "support": ["市发展改革委"]},  # the partner ends before 负责
                   {"lead": ["市卫生局"]}]


def test_an_item_titled_with_something_else_than_a_body_takes_no_lead_from_its_title():
    text = ("某市工作方案\n二、重点任务\n1.资金保障:按规定列入预算。\n2.宣传引导。广泛开展宣传。\n")
    assert [named(t) for t in tasks_of(text)] == [{}, {}]


def test_places_named_alone_as_the_subject_of_ying_are_their_governments():
    """"武汉市、宜昌市…应在6月底前制定…": cities written by their own names alone, as the subject of 应/要, stand
    for their governments (units); a place that is only the scene of a target is no doer."""
    found = roles.doers("制定实施空气质量达标规划。武汉市、宜昌市、襄阳市应在2014年6月底前制定并印发实施。")
    assert found == {"units": ["武汉市", "宜昌市", "襄阳市"]}
    assert roles.doers("恩平市恩城水厂国考断面水质保持Ⅱ类。") == {}
    assert roles.doers("城市要加快污水管网建设。") == {}


def test_a_line_opening_with_the_clause_of_the_sentence_above_continues_it():
    """A hard break after a sentence, before its clause: "(市国土房管局牵头)主要污染物…" continues the item above."""
    text = ("某市规划纲要分工\n二、工作分工\n1.主要指标的责任部门。\n"
            "常住人口控制在1150万人左右。(市公安局牵头)耕地保有量保持稳定。\n"
            "(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)\n"
            "2.重点任务的责任部门。(市发改委牵头)\n")
    got = [named(t) for t in tasks_of(text)]
    assert got == [{"lead": ["市公安局", "市国土房管局", "市环保局"]}, {"lead": ["市发改委"]}]


def test_a_line_opening_with_the_clause_above_and_running_into_the_next_item():
    """"(责任单位:市城建局)2.完成市区…" (tonghua-2015): the clause closes item 1., item 2. starts after it."""
    text = ("某市创建卫生城市实施方案\n二、主要任务(一)加强基础设施建设。\n"
            "1.改造城市棚户区100万平方米。\n\n(责任单位:市城建局)2.完成老旧燃气管网改造。\n\n(责任单位:市公用事业局)\n")
    got = [(t["line"], t["number"], named(t)) for t in tasks_of(text)]
    assert got == [(3, "1.", {"units": ["市城建局"]}), (5, "2.", {"units": ["市公用事业局"]})]


def test_the_next_item_glued_behind_a_labelled_clause_sentence_on_a_short_line():
    """"2、…建设。责任单位:A、B,完成时间:2009年5月10日前。3、完成…" (ezhou-2009): the labelled clause, its own sentence
    and in no bracket, closes item 2、; item 3、 starts after it, though the line is short."""
    text = ("某市创建园林城市实施方案\n(八)环境绿化建设\n"
            "1、完成森林公园建设。责任单位:市林业局,完成时间:2009年9月30日前。\n"
            "2、完成江滩防护林建设。责任单位:开发区管委会、市水利局,完成时间:2009年5月10日前。3、完成大道绿化隔离带建设。"
            "责任单位:市林业局、市交通局,完成时间:2009年5月10日前。\n")
    got = [(t["line"], t["number"], named(t), [d["text"] for d in t.get("deadlines") or []]) for t in tasks_of(text)]
    assert got == [(3, "1、", {"units": ["市林业局"]}, ["2009年9月30日前"]),
                   (4, "2、", {"units": ["开发区管委会", "市水利局"]}, ["2009年5月10日前"]),
                   (4, "3、", {"units": ["市林业局", "市交通局"]}, ["2009年5月10日前"])]


def test_an_enumeration_after_a_sentence_that_is_no_clause_stays_in_its_item():
    """"1、…三项工作。2、…" inside a short item's paragraph with no clause before it stays one item."""
    text = ("某县工作方案\n一、主要任务\n1、做好三件事:一是宣传。二是培训。\n"
            "2、抓好检查。检查分两步:1、自查。2、抽查。\n")
    got = [(t["line"], t["number"]) for t in tasks_of(text)]
    assert got == [(3, "1、"), (4, "2、")]


def test_a_duty_list_names_its_holders_of_any_kind_and_not_a_sentence_opening():
    # a sector's department, a body named with its level (宣传部, 检察院, 供销社), two bodies, a company, a row's unit
    # cell before its duty cell; but not a duty that opens with a verb (督促各级民政部门严格…) (shenyang, wuxiao,
    # shijiazhuang of set 24)
    text = ("某市森林火灾应急预案\n2.成员单位职责\n"
            "(1)工商行政管理部门:负责取缔无证照经营单位。\n"
            "(2)市委宣传部。\n负责全市森林防火宣传教育工作。\n"
            "(3)市检察院、市中级人民法院。\n负责森林火灾案件的诉讼和审理工作。\n"
            "(4)某某移动通讯有限责任公司分公司。\n负责通讯的畅通。\n"
            "(5)督促各级民政部门严格社会福利机构审批,加强日常管理。\n")
    got = [named(t) for t in tasks_of(text)]
    assert got == [{"lead": ["工商行政管理部门"]}, {"lead": ["市委宣传部"]}, {"lead": ["市检察院", "市中级人民法院"]},
                   {"lead": ["某某移动通讯有限责任公司分公司"]}, {}]
    table = "烟花爆竹安全监管\n序号 涉及部门 职责分工\n1 市供销社 负责本系统企业烟花爆竹经营活动的管理。\n"
    assert [named(t) for t in tasks_of(table)] == [{"lead": ["市供销社"]}]


def test_an_unnumbered_duty_list_gives_each_line_as_a_task_led_by_its_unit():
    # a page copied from inside a list of member units' duties, one unit a line with no number, named before a
    # colon or as the subject of 负责 (guangzhou, the county 防汛抗旱 plan and xian of set 24): no title, a task a line
    text = ("市交委:负责排查公路沿线的地质灾害隐患点。\n"
            "市气象局:负责采集气象信息,会同市国土房管局发布地质灾害气象预报预警信息。\n"
            "市电信局、某某移动通信有限公司分公司:负责保障通信畅通。\n")
    doc = import_texts([("x.txt", text)])
    assert doc.plans[0]["title"] == "（原文无标题）"
    assert [named(t) for t in doc.plans[0]["tasks"]] == [
        {"lead": ["市交委"]}, {"lead": ["市气象局"], "support": ["市国土房管局"]},
        {"lead": ["市电信局", "某某移动通信有限公司分公司"]}]
    subject = ("某市地质灾害应急预案\n2.2 应急联动部门与职责\n市和区县应急联动主要部门与职责为:\n"
               "市应急办负责各部门之间应急联动工作的组织、指挥、协调与检查。\n"
               "武警某某支队负责抢险救灾现场的外围警戒任务。\n"
               "物价部门通过实施价格干预措施,确保市场价格稳定。\n"
               "公安部门负责协助灾区政府动员受威胁的居民疏散。\n"
               "某某警备区负责组织民兵参加抢险救灾。\n"
               "市发改委负责重大应急治理项目的协调安排工作。\n"
               "某某军分区负责协调驻地部队参加抢险救灾行动。\n"
               "市民政局负责受灾群众的生活救助。\n")
    got = [(t["line"], named(t)) for t in tasks_of(subject)]
    # a military body (警备区, 军分区) is a unit's kind, beside the offices of a duty list
    assert got == [(4, {"lead": ["市应急办"]}), (5, {"lead": ["武警某某支队"]}), (7, {"lead": ["公安部门"]}),
                   (8, {"lead": ["某某警备区"]}), (9, {"lead": ["市发改委"]}), (10, {"lead": ["某某军分区"]}),
                   (11, {"lead": ["市民政局"]})]
    # clause lines are no duty lines (牵头责任部门:城市管理科 / 重点责任部门:…)
    clauses = "某市工作要点\n1.建设示范区域。\n牵头责任部门:城市管理科\n重点责任部门:综合执法支队、环卫处\n"
    assert [t["line"] for t in tasks_of(clauses)] == [2]
    # two paragraphs of one item that merely start with an office are no list of duties
    prose = "某市工作方案\n二、重点任务\n(一)加强督查。\n市督查室要定期督查。\n各部门要抓好落实。\n"
    assert [t["line"] for t in tasks_of(prose)] == [3]


def test_a_part_titled_with_a_department_alone_leads_its_numbered_duties():
    # 十二、市民政局 over 1、2、3、: a list of departments' duties, a part each (unknown-city-xiaofang of set 24); a
    # heading that is a sentence ending in 政府 names no unit
    text = ("某市消防工作部门职责\n十二、市民政局\n1、严格社会福利机构审批。\n2、开展消防宣传教育培训。\n"
            "十三、公安部门\n1、依法查处消防违法行为。\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"lead": ["市民政局"]}, {"lead": ["市民政局"]}, {"lead": ["公安部门"]}]
    assert all(r.get("carried") for r in tasks[0]["lead"])
    assert roles.part_roles("着力构建高效协同的数字政府") is None
    assert roles.part_roles("约束性指标的责任部门") is None  # a phrase about departments (nanjing-2006)


def test_an_article_or_part_titled_as_a_bodys_duties_leads_its_items():
    # 第七条 区科委工作职责: over (一)(二)(三): an article of a district's rules on its departments' duties (unknown-district
    # of set 79), the article a level above its (一) items, the copy opening inside the article before; an item
    # opening with 配合有关部门 names no holder (its part's holder does it)
    text = ("(五)负责校舍安全工程的监督检查。\n第七条 区科委工作职责:\n(一)将安全生产科技进步纳入科技发展规划。\n"
            "(二)配合有关部门指导、督促科技企业的安全生产。\n第八条 区公安分局工作职责:\n(一)负责道路交通安全的管理。\n")
    tasks = tasks_of(text)
    assert [(t["line"], named(t)) for t in tasks] == [
        (1, {}), (3, {"lead": ["区科委"]}), (4, {"lead": ["区科委"]}), (6, {"lead": ["区公安分局"]})]
    # 一、县农机安全委员会工作职责: / (一)县农机局职责: the same, titled as one body's duties (unknown-county-nongji)
    nongji = ("某县农机安全\n一、县农机安全委员会工作职责:\n(一)检查督促各乡镇的贯彻执行情况。\n(二)每半年召开一次全体会议。\n"
              "二、各单位职责\n(一)县农机局职责\n1、负责牵头组织全县平安农机创建。\n")
    assert [named(t) for t in tasks_of(nongji)] == [{"lead": ["县农机安全委员会"]}] * 2 + [{"lead": ["县农机局"]}]
    assert roles.part_roles("主要职责") is None and roles.part_roles("各部门职责") is None


def test_a_part_titled_as_a_party_organisations_duties_in_a_field_of_work_leads_its_items():
    # 一、文化馆党支部意识形态工作主体工作职责 over 1.-5., then 二、支部书记意识形态工作职责 (unknown-place-wenhuaguan of set
    # 87): a 责任清单's parts, each the duties of its holder in one field; a Party organisation's lead their items, a
    # person's (支部书记) none; so does "2、党组工作责任" (unknown-county-jiaotongju)
    text = ("某馆意识形态工作责任清单\n一、文化馆党支部意识形态工作主体工作职责\n1.牢牢掌握意识形态工作的领导权。\n"
            "2.每年至少两次专题研究意识形态工作。\n二、支部书记意识形态工作职责\n1.带头抓好意识形态工作。\n")
    assert [named(t) for t in tasks_of(text)] == [{"lead": ["文化馆党支部"]}] * 2 + [{}]
    assert roles.part_roles("党组工作责任") == ("lead", ["党组"])
    assert roles.part_roles("党委主体责任") is None  # a kind of duty alone, as 党委:主体责任 gives units (lucheng-2016)
    assert roles.part_roles("党组书记职责") is None


def test_a_part_titled_with_a_grassroots_levels_organ_alone_leads_its_numbered_duties():
    # 二、乡镇人民政府 over 1、2、: each level's duties in a 平安畅通 plan, the level written alone (guanling of set 40);
    # a township's own name before its organ is no such part
    text = ("某县创建平安畅通县实施方案\n一、县人民政府\n1、制定年度交通安全工作计划。\n二、乡镇人民政府\n"
            "1、成立道路交通安全工作机构。\n2、建立健全各种台账。\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"lead": ["县人民政府"]}, {"lead": ["乡镇人民政府"]}, {"lead": ["乡镇人民政府"]}]
    assert roles.part_roles("街道办事处") == ("lead", ["街道办事处"])
    assert roles.part_roles("镇政府工作机制") is None


def test_a_part_titled_with_the_places_towns_and_its_jiedaos_organs_leads_their_numbered_duties():
    # (五)南庄镇、各街道办事处 over 1.-6.: a district's 群众体育 plan dividing its duties among bodies, its one town
    # named alone beside the organs of its 街道 (unknown-district-qunzhong of set 85): both lead each duty, also one
    # that 配合s another body (that body takes no role)
    text = ("某区群众体育工作方案\n四、职责分工\n(一)区体育局\n1.负责组织实施全区群众体育工作方案。\n"
            "(二)南庄镇、各街道办事处\n1.做好组织发动工作。\n2.配合区体育局做好健身器材试点工作。\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"lead": ["区体育局"]}] + [{"lead": ["南庄镇", "各街道办事处"]}] * 2
    assert roles.part_roles("各镇人民政府、各街道办事处") == ("lead", ["各镇人民政府", "各街道办事处"])
    # towns named alone, with no organ among them, may be where the items are, not who does them
    assert roles.part_roles("南庄镇、罗村镇") is None and roles.part_roles("南庄镇") is None


def test_a_label_of_legal_grounds_over_numbered_documents_gives_no_tasks():
    # 相关依据: over 1.《…条例》 2.…“三定”规定 after a table of duties (shijiazhuang-2024 of set 24)
    text = ("烟花爆竹安全监管\n序号 涉及部门 职责分工\n1 市公安局 负责烟花爆竹运输通行证发放。\n"
            "2 市供销社 负责本系统企业烟花爆竹经营活动的管理。\n\n相关依据:\n\n"
            "1.《烟花爆竹安全管理条例》(国务院令第455号)\n2.市公安局“三定”规定\n")
    assert [t["line"] for t in tasks_of(text)] == [3, 4]


def test_a_duty_holders_partners_may_stand_inside_its_duties():
    # 根据…会同气象部门提供, 与同级气象部门联合发布, 组织消防部门参与 in one holder's duties: they support (qixiang,
    # xian and shenyang of set 24); 会同并协调 keeps its verb out of the name
    text = ("某市应急预案\n2.成员单位职责:\n"
            "(1)市国土资源局:提供地质灾害易发区分布图,根据气象条件会同气象部门提供预报信息。\n"
            "(2)市公安局。\n负责治安管理,组织消防部门参与森林火灾扑救。\n"
            "(3)市国土局:负责应急调查,与同级气象部门联合发布预警。\n"
            "(4)市民防办。负责牵头组织;会同并协调市有关部门组织编制总体规划。\n")
    assert [named(t) for t in tasks_of(text)] == [
        {"lead": ["市国土资源局"], "support": ["气象部门"]}, {"lead": ["市公安局"], "support": ["消防部门"]},
        {"lead": ["市国土局"], "support": ["同级气象部门"]}, {"lead": ["市民防办"], "support": ["市有关部门"]}]


def test_the_members_a_duty_holder_convenes_for_a_piece_of_work_support_it():
    # jingde: "县政府办负责定期召集旌德县…联席会议成员单位开展会商": the members it convenes do the 会商 with it (support),
    # a place-named body's members; the heads of units it convenes (召集…负责人) are persons, no units
    text = ("县公安局负责提供宣传素材。\n"
            "县政府办负责定期召集某县打击治理电信网络诈骗工作联席会议成员单位开展会商。\n"
            "县委政法委负责定期召集各成员单位负责人召开会议。\n")
    assert [named(t) for t in tasks_of(text)] == [
        {"lead": ["县公安局"]}, {"lead": ["县政府办"], "support": ["某县打击治理电信网络诈骗工作联席会议成员单位"]},
        {"lead": ["县委政法委"]}]


def test_a_duty_holder_gathering_sectors_for_its_work_has_them_support():
    # 定期组织交通、交警、农机、教育等部门,督促检查…: the sectors a holder gathers, bare before 等部门, support it
    # (unknown-city-nongcun)
    text = ("交通部门:制定农村道路客运网络的相关政策,完善道路交通安全设施。\n"
            "安监部门:定期组织交通、交警、农机、教育等部门,督促检查危险路段治理和各项安全措施的落实情况。\n")
    assert [named(t) for t in tasks_of(text)] == [
        {"lead": ["交通部门"]}, {"lead": ["安监部门"], "support": ["交通部门", "交警部门", "农机部门", "教育部门"]}]


def test_a_duty_holder_working_with_a_body_and_other_departments_has_both_support():
    # 牵头并会同交通安全管理站等其他部门…: the body named before 等其他部门 supports whatever its kind
    text = ("交通部门:制定农村道路客运网络的相关政策,完善道路交通安全设施。\n"
            "农机部门:牵头并会同交通安全管理站等其他部门对辖区内农业运输机械进行全面摸排清理,登记造册。\n")
    assert [named(t) for t in tasks_of(text)][1] == {"lead": ["农机部门"], "support": ["交通安全管理站", "其他部门"]}


def test_roles_an_items_sentences_name_count_beside_its_clause_line():
    # 县安监局配合在…; 县安委办、县安监局牵头,… above the item's own 责任单位 line: the sentence's roles count, a unit
    # the sentence gives a role no plain unit any more (qianxi-2010)
    text = ("四、活动安排\n(六)6月8日前,县安监局配合在入口喷绘1幅大型安全生产公益宣传广告。\n责任单位:县建设局、城管局。\n"
            "(八)6月13日,县安委办、县安监局牵头,会同有关单位开展安全生产宣传咨询活动。\n责任单位:县安委办及安委会成员单位。\n")
    assert [named(t) for t in tasks_of(text)] == [
        {"support": ["县安监局"], "units": ["县建设局", "县城管局"]},
        {"lead": ["县安委办", "县安监局"], "support": ["有关单位"], "units": ["县安委会成员单位"]}]


def test_a_group_the_lead_works_with_supports():
    # 6月13日,县安委办牵头,会同有关单位开展… above the item's 责任单位 line: the group after 会同 supports (qianxi-2010)
    text = "一、活动安排\n(一)6月13日,县安委办牵头,会同有关单位开展安全生产宣传咨询活动。\n责任单位:县安委会成员单位。\n"
    assert [named(t) for t in tasks_of(text)] == [{"lead": ["县安委办"], "support": ["有关单位"], "units": ["县安委会成员单位"]}]


def test_an_office_opening_an_items_sentence_after_its_date_leads_with_its_partners():
    # 6月9日前,县安监局在…插刀旗。同时会同县直有关部门在…: the office after the item's date leads, its partner supports
    text = ("一、活动安排\n(一)6月9日前,县安监局在主干道插100面安全宣传标语刀旗。同时会同县直有关部门在广场悬挂宣传空飘。\n"
            "责任单位:县安监局及有关单位。\n")
    assert [named(t) for t in tasks_of(text)] == [{"lead": ["县安监局"], "support": ["县直有关部门"], "units": ["有关单位"]}]


def test_a_role_label_split_by_a_space_in_a_pdf_copy():
    # "牵 头单位" as a PDF copy spaces it, the labels glued, the clause's closing bracket lost
    found = roles.extract("坚持开展全域环境卫生大扫除。(牵 头单位:乡村振兴办责任单位:规建办、各村(社区)")
    assert found == {"lead": ["乡村振兴办"], "units": ["规建办", "各村(社区)"]}
    assert roles.extract("整治违停。(责 任单位:派出所)") == {"units": ["派出所"]}


def test_a_part_titled_with_its_theme_and_its_lead_in_brackets_carries_the_lead():
    text = ("关于推动经济高质量发展若干政策举措\n为推动经济持续向好,特制定以下政策举措。\n一、强化科技创新(区科技局牵头)\n"
            "加快培育发展新质生产力。\n(一)加强科创平台效能建设。加快建设研究院。\n(二)支持企业研发。对研发投入给予补助。\n"
            "二、扩大有效投资(区发改局牵头)\n(一)加快项目建设。推进重大项目开工。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [5, 6, 8]  # the parts' headings are no tasks
    assert [[u["written"] for u in t["lead"]] for t in plan["tasks"]] == [["区科技局"], ["区科技局"], ["区发改局"]]
    assert all(u.get("carried") for t in plan["tasks"] for u in t["lead"])


def test_a_group_heading_naming_its_lead_by_a_label_in_brackets_carries_the_lead_to_its_items():
    # "(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)" over items naming no unit (mulan-2019)
    text = ("某县优化营商环境工作方案\n为持续优化我县营商环境,制定本方案。\n一、任务分工\n"
            "(一)构建法治环境保障体系(总牵头单位:县司法局)\n1.各级领导干部要增强法治意识。\n2.规范涉企执法行为。\n"
            "(二)构建政务服务体系(牵头单位:县政务服务中心)\n3.推进一网通办。\n")
    (plan,) = import_texts([("t.txt", text)]).plans
    assert [t["line"] for t in plan["tasks"]] == [5, 6, 8]  # the group headings are no tasks
    assert [[u["written"] for u in t["lead"]] for t in plan["tasks"]] == [["县司法局"], ["县司法局"], ["县政务服务中心"]]
    assert all(u.get("carried") for t in plan["tasks"] for u in t["lead"])


def test_levels_sharing_their_organ_with_a_qualifier_written_once_and_nested_brackets():
    # "沿海各市、县〔市、区〕政府": the qualifier 沿海各 and the organ 政府 shared, 〔〕 the nested bracket (zhejiang-2022)
    found = roles.extract("压实各方责任。(责任单位:省应急管理厅,沿海各市、县〔市、区〕政府)")
    assert found == {"units": ["省应急管理厅", "沿海各市政府", "沿海各县〔市、区〕政府"]}
    assert roles.extract("加强监管。(责任单位:各市、县〔市、区〕政府)") == {"units": ["各市政府", "各县〔市、区〕政府"]}


def test_a_note_of_the_abbreviation_used_from_then_on_is_no_part_of_the_name():
    # "A〔以下简称…〕" in a clause whose reading rule makes the first unit lead (zhejiang-2022)
    found = roles.read("健全责任追究机制。(责任单位:省安全生产委员会办公室〔以下简称省安委办〕、省应急管理厅。"
                       "列第一位的为牵头单位,下同)")
    assert found.roles == {"units": ["省安全生产委员会办公室", "省应急管理厅"]}
    assert [r.kind for r in found.rules] == ["first-lead"]
    assert roles.extract("(责任单位:市安全生产委员会办公室(以下简称市安委办))") == {"units": ["市安全生产委员会办公室"]}


def test_bare_sectors_before_a_last_department_share_it_as_a_sentences_subject():
    # "交通运输、 公安交警、 应急管理部门要…" (a PDF's spaces, no 等: unknown-county-2020) and "安监、…、农业(农机)、…等部门要"
    # (a sector with its narrower sense in brackets: unknown-city-daolu…): one 部门 each, units
    assert roles.doers("交通运输、 公安交警、 应急管理部门要强化企业主体责任") == {
        "units": ["交通运输部门", "公安交警部门", "应急管理部门"]}
    assert roles.doers("7月1日至9月30日,安监、交通、农业(农机)、公安等部门要各司其职") == {
        "units": ["安监部门", "交通部门", "农业(农机)部门", "公安部门"]}


def test_a_departments_own_offices_as_a_sentences_subject_share_its_ge():
    # a department's notice to its own offices (jianggan-2018, dazhou-2015): "各科室要…", "各责任科室、单位要…" name
    # its offices (units), the bare 单位 after them sharing the 各; an office named without 各 is no doer by itself
    assert roles.doers("各科室要加强管理,逐项落实承办人员。") == {"units": ["各科室"]}
    assert roles.doers("各责任科室、单位要落实具体负责人员,仔细记录推进情况。") == {"units": ["各责任科室", "各单位"]}
    assert roles.doers("各乡镇、部门要按时报送。") == {"units": ["各乡镇", "各部门"]}
    assert roles.doers("办公室要做好统筹。") == {}


def test_a_departments_office_named_with_its_ju_as_a_sentences_subject():
    # a bureau's own 政务公开 work points (unknown-county-ju-zhengwu-gongkai…): "局综合科要建立…" names the bureau's
    # office with the bureau (局) as a level is named: units, also in a traditional-script copy; a 局长 is a person,
    # and the bare office without 局 stays none
    assert roles.doers("局综合科要建立一套完善的政府信息公开制度。") == {"units": ["局综合科"]}
    assert roles.doers("局綜合科要建立一套完善的政府信息公開制度。") == {"units": ["局綜合科"]}
    assert roles.doers("局办公室要做好统筹。") == {"units": ["局办公室"]}
    assert roles.doers("局长要亲自抓。") == {}
    assert roles.doers("综合科要做好统筹。") == {}


def test_a_bodys_own_organs_named_with_its_short_name_as_a_sentences_subject():
    # the national court's Party group's 实施意见 (zuigaofayuan-2014 of set 87): "院党组要切实担负…主体责任",
    # "院纪检监察部门要协助党组…": the court's own organs, written with its short name 院, as a bureau writes 局党组
    assert roles.doers("院党组要切实担负人民法院党风廉政建设主体责任。") == {"units": ["院党组"]}
    assert roles.doers("局办公室要做好督查督办工作。") == {"units": ["局办公室"]}
    # a person named so (院长, 局党组书记) is none
    assert roles.doers("院长要认真履行第一责任人职责。") == {}
    assert roles.doers("局党组书记要带头抓意识形态工作。") == {}


def test_a_subject_whose_modal_is_followed_by_a_role_verb_takes_that_role():
    # "院纪检监察部门要协助党组加强…,督促…" (zuigaofayuan-2014 of set 87): 要协助 → support, as "县安监局配合…" is, and
    # 要牵头 → lead; a modal with no role verb names units
    assert roles.doers("院纪检监察部门要协助党组加强党风廉政建设和反腐败工作。") == {"support": ["院纪检监察部门"]}
    assert roles.doers("各乡镇要配合做好摸底排查工作。") == {"support": ["各乡镇"]}
    assert roles.doers("县应急局要牵头做好统筹协调。") == {"lead": ["县应急局"]}
    assert roles.doers("县应急局要做好统筹协调。") == {"units": ["县应急局"]}


def test_a_townships_stations_and_its_level_written_once_for_a_list_of_offices_as_a_sentences_subject():
    # unknown-township-shuiku…: a 乡's plan names its own offices and stations as the subjects of 要: a station with
    # its level (乡广播站) is an office as 乡综治办 is; "乡综治办、派出所要…" writes the level once for the list, the
    # bare 派出所 after it the 乡's; a bare office alone, or after a name with no level, stays none
    assert roles.doers("乡广播站要及时的播发气象部门的降雨预报") == {"units": ["乡广播站"]}
    assert roles.doers("乡综治办、派出所要做好度汛期间的治安处理") == {"units": ["乡综治办", "派出所"]}
    assert roles.doers("镇安监站、司法所、财政所要加强排查") == {"units": ["镇安监站", "司法所", "财政所"]}
    assert roles.doers("派出所要做好治安处理") == {}
    assert roles.doers("办公室、派出所要做好治安处理") == {}


def test_a_levels_market_regulation_bureau_as_a_sentences_subject_is_an_office_of_the_level():
    # jixi-kongchuo…: 县市场监管局 writes the sector's own 市 behind the level; it is the county's office as 县公安局 is
    assert roles.doers("县市场监管局要加强校园周边食品经营的监管") == {"units": ["县市场监管局"]}
    assert roles.doers("区市场监督管理局、区公安分局要联合执法") == {"units": ["区市场监督管理局", "区公安分局"]}


def test_a_list_of_the_levels_offices_closed_by_a_group_tail_as_a_sentences_subject():
    # jixi-kongchuo…: "县公安局、县文旅委、县市场监管局、县综治办等部门要…": the offices and the bare kind 等 leaves
    # (A、B等部门 → A, B, 部门), as the corpus writes a group tail
    assert roles.doers("县公安局、县文旅委、县市场监管局、县综治办等部门要加强文化市场管理和校园周边环境综合治理") == {
        "units": ["县公安局", "县文旅委", "县市场监管局", "县综治办", "部门"]}
    assert roles.doers("县教育局、县财政局等单位要做好保障") == {"units": ["县教育局", "县财政局", "单位"]}


def test_a_later_clause_opening_with_qiantou_gives_the_subject_of_yao_its_role():
    # jixi-kongchuo…: "县司法局要推动落实…责任制,牵头做好…法律援助工作": the body the sentence opens with leads the work
    # its later clause names with 牵头 and no subject of its own; with no such clause it stays a unit
    assert roles.doers("县司法局要推动落实“谁执法谁普法”责任制,牵头做好面向农村的法治宣传教育和法律援助工作") == {
        "lead": ["县司法局"]}
    assert roles.doers("县民政局要将符合条件的家庭经济困难学生纳入社会救助政策保障范围") == {"units": ["县民政局"]}


def test_schools_named_by_their_kind_as_a_sentences_subject_are_doers():
    # the set-100 education plans: an education body's own schools as the subject of 要 (学校要…, 各校(园)要…,
    # 中小学校及幼儿园要…) or of 负责 (lead), as its offices are; the schools of every level and kind stay none
    assert roles.doers("学校要建立和完善辍学学生劝返复学、登记与书面报告制度") == {"units": ["学校"]}
    assert roles.doers("各校(园)要以新学期“开学第一课”为契机,面向所有师生开展法治宣传教育") == {"units": ["各校(园)"]}
    assert roles.doers("中小学校及幼儿园要结合实际,开展集中教育活动") == {"units": ["中小学校", "幼儿园"]}
    assert roles.doers("中小学校及幼儿园负责协调本单位相关部门开展专项治理工作") == {"lead": ["中小学校", "幼儿园"]}
    assert roles.doers("各级各类学校要加强安全管理") == {}


def test_a_body_as_the_subject_of_zhuahao_ducha_supervises():
    # fuerhu-2018: "…,中心学校抓好督查,督促落实工作职责": the body that sees to the inspection supervises the work
    # (督查, as 督促 and 督导 are); a 督查组 or 督查室 named there is an office, no verb
    assert roles.doers("中小学校及幼儿园负责协调本单位相关部门开展专项治理工作,中心学校抓好督查,督促落实工作职责") == {
        "lead": ["中小学校", "幼儿园"], "supervise": ["中心学校"]}
    assert roles.doers("县教体局做好督导,确保各项措施落实到位") == {"supervise": ["县教体局"]}


def test_the_levels_mass_organisations_as_a_sentences_subject_are_doers():
    # jixi-kongchuo…: "团县委、县妇联、残联、社区要在控辍保学工作中发挥各自的作用": the county's mass organisations named
    # with the level (团县委, 县妇联), the level written once for the list (残联 the 县's), the grassroots body closing it
    # named bare; a bare one alone stays none
    assert roles.doers("团县委、县妇联、残联、社区要在控辍保学工作中发挥各自的作用") == {
        "units": ["团县委", "县妇联", "残联", "社区"]}
    assert roles.doers("县妇联要做好家庭教育宣传") == {"units": ["县妇联"]}
    assert roles.doers("残联要做好残疾儿童入学工作") == {}


def test_the_townships_named_bare_as_a_sentences_subject_are_doers():
    # unknown-county-kongchuo…: a county's plan naming its townships by their kind alone, no 各 (乡镇要全面掌握…): the
    # townships, as 各乡镇 are
    assert roles.doers("乡镇要全面掌握辖区内适龄儿童少年情况,加强宣传教育") == {"units": ["乡镇"]}
    assert roles.doers("各乡镇要认真履行义务教育控辍保学法定职责") == {"units": ["各乡镇"]}


def test_a_body_named_as_the_one_answerable_for_the_work_is_a_doer():
    # unknown-county-kongchuo…: "县教科局、中小学校长是教育系统内部控辍保学第一责任人": the body the sentence makes
    # answerable (第一责任人, 责任主体) is a doer (units); the 校长 a person, no unit
    assert roles.doers("县教科局、中小学校长是教育系统内部控辍保学第一责任人") == {"units": ["县教科局"]}
    assert roles.doers("各乡镇是控辍保学的责任主体") == {"units": ["各乡镇"]}


def test_the_units_a_jiaoban_handed_matters_to_as_a_sentences_subject():
    # huoqiu-2019, foping-2024: a notice pressing the units the 建议 and 提案 were handed to: "各承办单位要…" names
    # them (units); so with 务必 for 要, and with when they act set between them and the modal; 各单位 in a sentence of
    # its own after them counts beside them, alone it stays none
    assert roles.doers("各承办单位要积极主动做好办理工作,按照规定要求认真调研,推进办结。") == {"units": ["各承办单位"]}
    assert roles.doers("各承办单位务必在今年8月31日前全面完成办理工作。") == {"units": ["各承办单位"]}
    assert roles.doers("各承办单位在提交县政府办公室纸质答复函时,要将办复征询意见表一并提供。") == {"units": ["各承办单位"]}
    assert roles.doers("各乡镇于每月5日前要报送进展情况。") == {"units": ["各乡镇"]}
    assert roles.doers("各承办单位要加强与代表委员的沟通联系。各单位要加强沟通协调。") == {"units": ["各承办单位", "各单位"]}
    assert roles.doers("各单位要加强沟通协调。") == {}
    # a bare role word names no unit
    assert roles.doers("承办单位要针对建议提案内容采取清单式答复。") == {}


def test_the_bodies_you_names_as_doing_what_follows_with_no_role_word():
    # "由镇党建办公室每月25日前…考核" (unknown-town-2020-cunju), "由旗林草局委托招标代理机构进行备案工作" (zhungeer-2022),
    # "…设备配备由迎接…工作领导小组提出具体方案" (yueyangxian-2016): the body 由 names does what follows → units
    assert roles.doers("由镇党建办公室每月 25 日前对各党支部进行考核。") == {"units": ["镇党建办公室"]}
    assert roles.doers("等参与造林绿化,由旗林草局委托招标代理机构进行备案工作。") == {"units": ["旗林草局"]}
    assert roles.doers("相关单位设备配备由迎接国家卫生县城复审工作领导小组提出具体方案后另行研究确定。") == {
        "units": ["迎接国家卫生县城复审工作领导小组"]}
    assert roles.doers("由县安委会统一安排。") == {"units": ["县安委会"]}
    # a role word in the clause is read as that role elsewhere; the agent of a noun (由…下达的资金), a body in a
    # person's post, 由于 and 自由 are no doers; nor a name joining two levels by 和
    assert roles.doers("由县安委办牵头,组织开展专项检查。") == {}
    assert roles.doers("使用由省财政厅下达的资金。") == {}
    assert roles.doers("由市长、市消安委会主任审定下发通知。") == {}
    assert roles.doers("由于市政府高度重视,推进自由贸易试验区管委会建设。") == {}
    assert roles.doers("由市和区县政府给予适当补助。") == {}


def test_the_members_of_the_plans_body_as_a_sentences_subject():
    # "各成员单位要加强协同联动" (unknown-county-2020): the members of the body that runs the plan are its doers
    assert roles.doers("构建共建共治体系。 各成员单位要加强协同联动,强化资源共享") == {"units": ["各成员单位"]}


def test_an_office_opening_the_items_first_sentence_with_no_role_word_is_its_doer():
    # "区应急管理局定期核实…" (unknown-district-2024-gongmao): the doer, no role; with a partner it leads (junping-2025)
    assert roles.doers("区应急管理局定期核实工贸企业停产信息,每半年向市局上报一次企业基础信息台账。") == {
        "units": ["区应急管理局"]}
    assert roles.doers("镇派出所强化执法检查。联合交通部门检查车辆。") == {"lead": ["镇派出所"], "support": ["交通部门"]}
    assert roles.doers("督促工贸企业依法落实建设项目安全设施要求。") == {}
    # the head of a longer name, or of a subject of 要 that names no government body, is no doer
    assert roles.doers("区安委会有关成员单位和区属国有公司应当按其职责将防雷安全纳入管理。") == {}
    assert roles.doers("区气象局党组(领导班子)要把安全生产工作纳入议事日程。") == {}


def test_a_working_group_named_with_no_level_as_the_subject_of_yao_is_a_doer():
    # unknown-place-saohei-chue: "政法专班要进一步明确政策法律界限": a working group the plan sets up (专班, 工作专班) is a
    # body though its name writes no level; the persons on it (专班人员) and a sentence that only speaks of it are not
    assert roles.doers("坚持依法严惩。政法专班要进一步明确政策法律界限,统一执法思想。") == {"units": ["政法专班"]}
    assert roles.doers("燃气安全工作专班要加强统筹协调。") == {"units": ["燃气安全工作专班"]}
    assert roles.doers("专班人员要严守工作纪律。") == {}
    assert roles.doers("充分发挥专项整治工作专班作用,做好统筹协调。") == {}


def test_a_levels_standing_joint_meeting_opening_an_item_is_its_doer():
    # guanling: "15、县联席会议下发有关加强道路交通安全工作的文件": a level's 联席会议 is a body (its member units met as
    # one), named with its level: the item's doer (units), and its members are a doer as the subject of 要; a meeting
    # of the government (县政府常务会议研究…) or the word in a sentence (建立联席会议制度) names none
    assert roles.doers("县联席会议下发有关加强道路交通安全工作的文件。") == {"units": ["县联席会议"]}
    assert roles.doers("县反诈联席会议成员单位要加强会商。") == {"units": ["县反诈联席会议成员单位"]}
    assert roles.doers("县政府常务会议研究道路交通安全工作。") == {}
    assert roles.doers("建立联席会议制度,定期会商。") == {}


def test_the_office_acting_after_the_event_an_item_opens_with_is_its_doer():
    # guanling: "辖区内发生一次死亡5人以上道路交通事故后,县政府在一个月内向市政府上报…"; jingbian-2025: "调度会议后,县政府办
    # 及时形成会议纪要…": the office that opens the clause after the event the item opens with is its doer (units), a
    # level's government too; a body inside the event is the event's, no doer (县政府批准后,组织实施)
    assert roles.doers("辖区内发生一次死亡5人以上道路交通事故后,县政府在一个月内向市政府上报事故调查报告。") == {"units": ["县政府"]}
    assert roles.doers("调度会议后,县政府办及时形成会议纪要和确定事项清单。") == {"units": ["县政府办"]}
    assert roles.doers("县政府批准后,组织实施。") == {}
    assert roles.doers("方案印发后,各地要抓紧落实。") == {"units": ["各地"]}
    # the county's own duties, then a part titled with the townships' organ: the last item, cut by the copy, keeps its
    # part's lead though an item of another part names a doer (its siblings name none)
    text = ("某县创建平安畅通县实施方案\n1、县联席会议制定年度计划。\n"
            "2、发生较大事故后,县政府在一个月内向市政府上报报告。\n"
            "二、乡镇人民政府\n1、建立健全各种台账。\n2、在50人以上单位普遍设立交通安全宣传的专\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks][1:] == [{"units": ["县政府"]}, {"lead": ["乡镇人民政府"]}, {"lead": ["乡镇人民政府"]}]


def test_the_places_under_the_plan_named_with_ge_opening_the_items_first_sentence_are_its_doers():
    # "各县(市)区结合实际,因地制宜,动员…" (yinchuan-2021), "各镇(街道)、管委会对本辖区内…进行排查摸底" (tongliang-2022):
    # the places as a group with 各, straight before what they do, no 要 and no role word → units
    assert roles.doers("各县(市)区结合实际,因地制宜,动员广大农民群众,集中整治。") == {"units": ["各县(市)区"]}
    assert roles.doers("各镇(街道)、管委会对本辖区内城乡所有自建房进行排查摸底。") == {"units": ["各镇(街道)", "管委会"]}
    # not an organ of theirs, a level, or a year after them, nor a sentence after the first
    assert roles.doers("各县区政府组织排查。") == {}
    assert roles.doers("各级政府加强领导。") == {}
    assert roles.doers("各县区2023年完成任务。") == {}
    assert roles.doers("开展宣传。各乡镇(街道)设立工作站。") == {}


def test_a_level_written_once_reaches_a_police_brigade():
    # "(责任单位:区应急局、公安分局、交警大队,各乡(镇)、街道)" (unknown-district-daolu-jiaotong…)
    assert roles.extract("压实责任。(责任单位:区应急局、公安分局、交警大队,各乡(镇)、街道)") == {
        "units": ["区应急局", "区公安分局", "区交警大队", "各乡(镇)", "各街道"]}


def test_a_named_bodys_members_are_doers_and_a_lead_in_word_does_not_hide_a_subject():
    # "街道安委会各成员单位要…", "特别是各社区工作站要…" (unknown-street-anquan-shengchan…); not a body's members
    # without 各 beside a company (区安委会有关成员单位和区属国有公司应当…)
    assert roles.doers("街道安委会各成员单位要加强监管。特别是各社区工作站要做好巡查。") == {
        "units": ["街道安委会各成员单位", "各社区工作站"]}
    assert roles.doers("同时,各村要加强宣传。") == {"units": ["各村"]}
    assert roles.doers("区安委会有关成员单位和区属国有公司应当按其职责将防雷安全纳入管理。") == {}


def test_a_clause_that_opens_with_the_items_time_and_names_its_list_for_short():
    # "(责任时限:2022 年底前,牵头单位:…,责任单位:A、B,以下统称A,C)" (unknown-city-2022-zhengwu…): the time
    # label before the role labels is the item's deadline, and "以下统称A" only names the list before it
    assert roles.extract("公开预决算。(责任时限:2022年底前,牵头单位:市财政局、市能源局,责任单位:各县(区)政府、"
                         "经开区管委会,以下统称各县(区)政府,市政府各部门)") == {
        "lead": ["市财政局", "市能源局"], "units": ["各县(区)政府", "经开区管委会", "市政府各部门"]}


def test_names_each_closed_by_its_own_role_verb_in_one_list():
    # a 责任科室 cell "局防控办主办、各工作组协办" (jiangmen-2021-weijianju): the 、 joins two "name + verb" groups,
    # not one list sharing the last verb; a verb run with no name before it stays where it was
    assert roles.parse_clause("局防控办主办、各工作组协办", bare=True).roles == {"lead": ["局防控办"], "support": ["各工作组"]}
    assert roles.parse_clause("市发改委、市财政局牵头、市住建局配合", bare=True).roles == {
        "lead": ["市发改委", "市财政局"], "support": ["市住建局"]}
    assert roles.parse_clause("市应急局、市公安局按职责分工负责", bare=True).roles == {"lead": ["市应急局", "市公安局"]}


def test_a_bare_list_of_names_glued_before_the_items_full_stop():
    # "1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。" (jingzhou-2009): units; the bracket
    # may close the item's text; a bracket of no names there ("建设(一期)。") is no clause
    assert roles.extract("地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。") == {
        "units": ["市发改委", "市政府相关部门", "各县市区政府", "荆州开发区"]}
    assert roles.extract("固定资产投资增长25%(市发改委,各县市区政府)") == {"units": ["市发改委", "各县市区政府"]}
    assert roles.extract("推进污水处理厂建设(一期)。") == {}
    assert roles.extract("完成道路改造(含各辖市区)。") == {}


def test_a_sentence_after_the_clause_naming_persons_and_the_offices_that_carry_it_out():
    # "(牵头单位:区环保厅)。由鲁国会、郑忠安副厅长分别负责,环境监测处和农村环境监督管理处分别落实。" (ningxia-2010):
    # the persons (a title closing the list) are no units, the offices after them implement
    assert roles.extract("推进农村环境综合治理(牵头单位:区环保厅)。由金国兴总工负责,污染物排放总量控制处落实。") == {
        "lead": ["区环保厅"], "implement": ["污染物排放总量控制处"]}
    assert roles.extract("加强监测(牵头单位:区环保厅)。由鲁国会、郑忠安副厅长分别负责,环境监测处和农村环境监督管理处分别落实。") == {
        "lead": ["区环保厅"], "implement": ["环境监测处", "农村环境监督管理处"]}
    # a sentence whose 由 names no person is not read this way
    assert roles.extract("加强监测(牵头单位:区环保厅)。由于条件所限,部分站点暂缓落实。") == {"lead": ["区环保厅"]}


def test_a_customs_office_is_a_unit():
    # "市商务局、苏州海关" (a 主要责任单位 cell of suzhou-2011): 海关 names a department
    from planportal.importer.units import kind_of, looks_like_unit
    assert looks_like_unit("苏州海关") and kind_of("苏州海关") == "department"
    assert roles.extract("扩大进出口。(责任单位:市商务局、苏州海关)") == {"units": ["市商务局", "苏州海关"]}


def test_a_levels_coordinating_committee_as_the_subject_of_a_role_verb():
    # "…;县爱卫会负责指导全县创建卫生县城工作。" (unknown-county-2012): a level's committee (爱卫会, 安委会) is a doer
    assert roles.doers("政府实行目标管理,各职能部门任务落实;县爱卫会负责指导全县创建卫生县城工作。") == {"lead": ["县爱卫会"]}
    assert roles.doers("区安委会要定期研究部署安全生产工作。") == {"units": ["区安委会"]}
    assert roles.doers("县人代会要听取报告。") == {}


def test_a_chief_of_the_river_or_forest_chief_system_is_a_person_not_a_unit():
    # guizhou-2025 (held-out set 48): a 责任单位 list opens with the system's chiefs (总河湖长, 河湖长), office
    # holders as a 县长 or a 局长 is; the offices and member units after them are the units
    text = """贵州省河湖长制2025年度工作要点
一、强化河湖长制
1.完善河湖长制组织体系。及时调整、公告各级河湖长名录。(责任单位:各级河湖长制办公室、河湖长制责任单位)
2.召开河湖长制年度相关会议。推动河湖联防联控联治。(责任单位:各级总河湖长、河湖长、河湖长制办公室、各级林长)
"""
    first, second = tasks_of(text)
    assert named(first) == {"units": ["各级河湖长制办公室", "河湖长制责任单位"]}
    assert named(second) == {"units": ["河湖长制办公室"]}


def test_a_subject_list_closed_by_a_role_group_takes_that_role():
    # jingbian-2025: "A、B…等牵头部门,要于…": the group after 等 names the role, not one more unit; an office with its
    # level ending in 中心 is a body of the county
    found = roles.doers("县政府办、县发改局、市生态环境局靖边分局、县招商服务中心等牵头部门,要于每次调度会议前,将本领域"
                        "工作任务进展情况梳理详实。")
    assert found == {"lead": ["县政府办", "县发改局", "市生态环境局靖边分局", "县招商服务中心"]}
    assert roles.doers("县融媒体中心要加强宣传报道。") == {"units": ["县融媒体中心"]}


def test_sectors_departments_opening_a_sentence_with_no_role_word_are_its_doers():
    # zhuzhou-2020: "人社、农业农村、…、水利等行业部门分别开展…" (a PDF's spaces inside words): one 部门 per sector
    found = roles.doers("全面排查整改突出问题。人社、农业农村、教育、发 改、水利等行业部门分别开展就业、产业问题清零行动。")
    assert found == {"units": ["人社部门", "农业农村部门", "教育部门", "发改部门", "水利部门"]}
    # a single word before 部门 may be a verb, and a list under a bare 等部门 is left to the clauses: no doer
    assert roles.doers("严格部门监管责任,联合交通部门检查。") == {}
    assert roles.doers("商务、消防等部门重点组织开展燃气安全培训。") == {}


def test_the_last_item_cut_before_its_clause_takes_nothing_from_its_part():
    # jinxiang-2020: parts titled with their lead units in brackets, items closing with (责任单位:…); the copy ends
    # inside item 2 before its clause: its units are unknown, not the part's
    text = ("某县农村人居环境整治工作分工方案\n一、整治提升村容村貌(县委农办、县农业农村局牵头)\n"
            "1.提升村庄公共环境。清理私搭乱建、乱堆乱放。(责任单位:县委农办、县农业农村局)\n"
            "2.推进卫生镇街创建工作。深入开展爱国卫生运动,积极创建一批卫生镇街、卫生村,提高农\n")
    tasks = {t["number"]: t for t in tasks_of(text)}
    assert named(tasks["1."]) == {"units": ["县委农办", "县农业农村局"]}
    assert named(tasks["2."]) == {}


def test_a_level_written_once_reaches_a_broadcaster_and_the_members_of_its_committee():
    # qianxi-2010: 县文广局、电视台 -> 县电视台; 县安委办及安委会成员单位: the county's 安委会's members
    assert roles.split_units("县文广局、电视台") == ["县文广局", "县电视台"]
    assert roles.split_units("县安委办及安委会成员单位") == ["县安委办", "县安委会成员单位"]
    # a group of no named body keeps no level
    assert roles.split_units("市应急局、有关部门") == ["市应急局", "有关部门"]


def test_bodies_opening_a_sentence_with_how_often_they_act_are_its_doers():
    # xiaxian-2023: "县、乡(镇)安委会每月至少召开一次会议" (no 要): the subject before a "每月至少…" is the doer
    assert roles.doers("认真落实安全生产职责清单。县、乡(镇)安委会每月至少召开一次会议,分析安全形势。") == \
        {"units": ["县安委会", "乡(镇)安委会"]}


def test_sectors_that_only_end_like_a_unit_share_the_organ_after_deng():
    # yunfu-2019: 人社 (社 of 社会保障) and 农业农村 (村 of 农村) are bare sectors like the others; 妇联 is a unit
    assert roles.split_units("编制、人社、农业农村、妇联等单位") == ["编制单位", "人社单位", "农业农村单位", "妇联"]


def test_the_heads_of_bodies_as_a_sentences_subject_are_persons():
    # "各乡镇、各部门主要负责人…要负总责" (tongshan-2022), "各地、各部门主要领导是…第一责任人,要…" (yancheng-2019): the
    # bodies' heads are persons, no unit; the 要 of 主要 is no modal (no "各部门主")
    assert roles.doers("各乡镇、各部门主要负责人作为落实工作任务的第一责任人,要负总责、亲自抓。") == {}
    assert roles.doers("各地、各部门主要领导是抓落实的第一责任人,要高度重视。") == {}
    assert roles.doers("各乡镇要加强组织领导。") == {"units": ["各乡镇"]}


def test_a_department_label_naming_outside_units_in_brackets():
    # "责任科室(单位):" — a bureau's own offices, or (in brackets) the units outside it a line names instead
    text = """某县卫生健康局在精神文明创建活动中深入开展爱国卫生运动的实施方案
一、工作任务
1.开展医院公厕整治。对医院的公厕进行整治提升。责任科室(单位):县总医院、县妇幼保健院
2.开展城乡结合部环境整治。开展集中和定期相结合的爱卫活动。责任科室:局爱卫工作科
"""
    tasks = tasks_of(text)
    assert [(t["line"], named(t)) for t in tasks] == [
        (3, {"units": ["县总医院", "县妇幼保健院"]}), (4, {"units": ["局爱卫工作科"]})]


def test_a_group_that_supports_after_a_lead_in_the_items_sentence():
    # "由X副市长负责,市发改委牵头,相关部门配合,…": the vice-mayor is a person, the group after the lead supports
    # (lanzhou of held-out set 51); with no lead before it, "相关部门配合" alone gives nothing
    text = """某市争取国家支持事项分工
1、在本市设立综合配套改革试验区事宜
由杨某副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案,经市政府审定后报省政府审批。
2、城市轨道交通项目
由吴某副市长负责,市建设局牵头,市发改委配合,进一步修改完善项目建设方案。
"""
    (plan,) = import_texts([("l.txt", text)]).plans
    first, second = ({role: [r["written"] for r in t.get(role, [])] for role in ("lead", "support")} for t in plan["tasks"])
    assert first == {"lead": ["市发改委"], "support": ["相关部门"]}
    assert second == {"lead": ["市建设局"], "support": ["市发改委"]}
    assert roles.doers("相关部门配合做好宣传。") == {}


def test_the_main_doer_with_weizhu_leads_and_a_towns_bodies_close_a_list_sharing_its_level():
    # "由縣建設局為主,…" (traditional): the main doer leads; "縣建設局、文體局、衛生局、環保局、**鎮各社區": the
    # departments after the first share its 縣, the town's 各社區 closing the list takes none
    # (unknown-county-chuangjian of held-out set 51)
    assert roles.extract("由县建设局为主,县城管局配合,整治县城市容市貌。") == {"lead": ["县建设局"], "support": ["县城管局"]}
    assert roles.split_units("縣建設局、文體局、衛生局、環保局、**鎮各社區") == ["縣建設局", "縣文體局", "縣衛生局", "縣環保局", "**鎮各社區"]
    assert roles.split_units("县民政局、城关镇各村") == ["县民政局", "城关镇各村"]


def test_one_sectors_department_as_the_subject_of_yao_beside_government_doers():
    # "各乡镇要…。林业部门要切实抓好森林消防队伍建设…" (unknown-county-2009-linye of held-out set 51): one sector's
    # department named bare is a doer beside the government bodies the task names so; alone it is none (a seed's
    # "消防部门要加强综合监管…" among 各部门's duties), nor is an office's staff written with its level (市气象部门)
    assert roles.doers("各乡镇要认真研究防火工作。林业部门要切实抓好森林消防队伍建设。") == {"units": ["各乡镇", "林业部门"]}
    assert roles.doers("各部门严格落实要求。消防部门要加强综合监管。") == {}
    assert roles.doers("市防火办要加强合作。火灾发生后,市气象部门要对火场气候进行监测。") == {"units": ["市防火办"]}


def test_two_sectors_bodies_each_the_subject_of_its_own_yao_are_the_tasks_doers():
    # shuilibu-2019: "水利部门要及时向有关部门移交…线索…。对构成犯罪的,公安机关要依法严厉打击。" with no government body:
    # the work parted between two sectors' bodies, both doers (units); one alone stays none
    assert roles.doers("水利部门要及时向有关部门移交采砂领域涉黑涉恶线索。对构成犯罪的,公安机关要依法严厉打击。") == {
        "units": ["水利部门", "公安机关"]}
    assert roles.doers("保持高压严打态势。对构成犯罪的,公安机关要依法严厉打击。") == {}
    assert roles.doers("消防部门要加强综合监管。消防部门要开展检查。") == {}


def test_a_court_named_without_its_level_as_the_subject_of_yao_is_a_doer():
    # hegang-2025: a city government's and its court's joint opinion: "…可根据工作需要邀请法院工作人员参与论证。法院要
    # 积极参与政府决策过程…": the court (units); its staff (法院工作人员) are persons, no body
    assert roles.doers("各级政府可根据工作需要邀请法院工作人员参与论证。法院要积极参与政府决策过程。") == {"units": ["法院"]}
    assert roles.doers("各级法院要加强审判管理。") == {"units": ["各级法院"]}
    assert roles.doers("法院工作人员要参与论证。") == {}


def test_the_bodies_a_sentence_asks_to_act_after_qing_are_its_doers():
    # unknown-town-2023-anquan: "请各村(社区),镇安委会成员单位加强相关信息的收集汇总,于…前…报送…": the bodies 请 names
    # before what they are to do, their list parted by a comma (units); the members of a body named with its level
    # and the body's short name (镇安委会成员单位) are a body as 镇森林防火指挥部各成员单位 are
    assert roles.doers("请各村(社区),镇安委会成员单位加强相关信息的收集汇总,于2023年12月1日前报送。") == {
        "units": ["各村(社区)", "镇安委会成员单位"]}
    assert roles.doers("请各乡镇、县直各单位紧扣各项目标任务,全力抓好落实。") == {"units": ["各乡镇", "县直各单位"]}
    # …and as the subject of 要, the 各 group before the comma with it
    assert roles.doers("各村(社区),镇安委会成员单位要结合本辖区特点开展活动。") == {"units": ["各村(社区)", "镇安委会成员单位"]}
    # 请 before no body of the place names none
    assert roles.doers("请及时按程序向区人民政府报告。") == {}
    assert roles.doers("请径向省政府办公厅反映。") == {}


def test_a_points_doer_right_after_its_ordinal_shi_is_the_subject_of_yao():
    # unknown-county-jindu: "…。二是公安、文化、工商要继续加强…培训…。三是要加强…": the point's doers right after 二是, three
    # sectors named bare (units); an office with its level after 二是 reads as at a sentence's start; two bare words may
    # be a pair of activities (学习、宣传要到位) and name none
    assert roles.doers("大力加强宣传。二是公安、文化、工商要继续加强禁毒培训。三是要加强曝光力度。") == {"units": ["公安", "文化", "工商"]}
    assert roles.doers("加强宣传。二是县应急局要开展检查。") == {"units": ["县应急局"]}
    assert roles.doers("加强宣传。二是学习、宣传要到位。") == {}
    assert roles.doers("公安、文化、工商要加强培训。") == {}  # (no point: the bare words alone say nothing)


def test_an_office_opening_a_points_clause_after_when_it_acts_is_a_doer():
    # unknown-county-senlin: "二是每年1-2月份,特别是春节和元宵节期间,县政府下发《关于…的通知》…": the point's doer after
    # its when (units), beside the subjects of 要 the item names; an office after a clause that is no when is none
    text = ("一是开展宣传。县森林消防指挥部、县教育局要联合致全县中小学生一封公开信。二是每年1-2月份,特别是春节和元宵节期间,"
            "县政府下发《关于做好森林防火工作的通知》,部署防火工作。")
    assert roles.doers(text) == {"units": ["县森林消防指挥部", "县教育局", "县政府"]}
    assert roles.doers("一是开展宣传。二是加强巡查,县政府下发通知。") == {}


def test_an_office_opening_a_later_clause_before_dui_joins_the_doers_the_item_names():
    # unknown-town-2020-cunju: "由镇党建办公室每月25日前…进行一次考核,每季度进行一次排名,镇党委对排名后3名的党支部书记进行
    # 约谈": the office opening the later clause before 对 and whom it acts on is a doer beside the one 由 names; alone,
    # in an item naming no doer, it is none (the rule is read beside others only)
    text = ("深入推进党支部标准化规范化建设,由镇党建办公室每月25日前对各党支部进行一次考核,每季度进行一次排名,"
            "镇党委对排名后3名的党支部书记进行约谈。")
    assert roles.doers(text) == {"units": ["镇党建办公室", "镇党委"]}
    assert roles.doers("深入推进党支部建设,每季度进行一次排名,镇党委对排名后3名的党支部书记进行约谈。") == {}


def test_an_office_opening_a_later_sentence_before_what_it_acts_by_joins_the_doers_the_item_names():
    # unknown-county-qiudongji… (held-out set 95): "各乡镇、各部门要继续坚持…。县新冠肺炎疫情联防联控领导小组办公室根据防控
    # 工作需要,及时调整完善…,各成员单位要…": the leading group's office named with its level, opening a later sentence
    # before 根据… and a comma, is a doer beside the subjects of 要 (units); alone, in an item naming no doer, it is none
    text = ("各乡镇、各部门要继续坚持已经建立的防控指挥体系。始终保持战时状态。县新冠肺炎疫情联防联控领导小组办公室根据防控工作需要,"
            "及时调整完善“一办九组”防控工作体系,各成员单位要按照职责分工切实履行常态化疫情防控责任。")
    assert roles.doers(text) == {"units": ["各乡镇", "各部门", "各成员单位", "县新冠肺炎疫情联防联控领导小组办公室"]}
    assert roles.doers("始终保持战时状态。县卫健局根据防控工作需要,及时调整完善防控工作体系。") == {}


def test_a_townships_own_government_named_by_its_level_leads_with_its_counted_villages_as_partners():
    # unknown-town-2020-qiudongji… (held-out set 95): "镇负责…统一领导与指挥,辖区17个行政村以及相关部门一同密切配合": the
    # township's plan naming its own government by the bare level at a sentence's start, the subject of 负责 (lead), and
    # the area's villages counted and the bodies after 以及 its partners (support); a level inside a sentence, a pair of
    # levels or a head of the body are none
    text = "镇负责新型冠状病毒疫情应急的统一领导与指挥,辖区17个行政村以及相关部门一同密切配合,共同做好疫情应急工作。"
    assert roles.doers(text) == {"lead": ["镇"], "support": ["辖区17个行政村", "相关部门"]}
    assert roles.doers("加强领导,镇负责统一指挥。") == {}
    assert roles.doers("镇、村两级负责排查。") == {}
    assert roles.doers("镇负责人要带头。") == {}
    # 以及 parts two bodies as 及 does, and 一同 before how they act is no part of the name
    text = "县应急局负责疫情应急的统一领导,各乡镇以及相关部门一同密切配合,共同做好工作。"
    assert roles.doers(text) == {"lead": ["县应急局"], "support": ["各乡镇", "相关部门"]}


def test_a_party_plans_branches_opening_an_item_before_whom_they_act_on_are_its_doers():
    # unknown-town-2020-cunju: "2、细化党员“先锋指数”考核。各党支部对党员实行常态化积分考评…": the branches of the town's
    # Party plan opening the item's sentence before 对 (units)
    assert roles.doers("各党支部对党员实行常态化积分考评,主要考评党员的“三会一课”参加情况。") == {"units": ["各党支部"]}
    assert roles.doers("各党支部书记对党员进行谈话。") == {}


def test_a_bureaus_own_office_opening_an_item_before_what_it_does_is_its_doer():
    # unknown-county-ju-zhengwu-gongkai: "5.统筹推进其他应主动公开信息发布工作。局综合科结合我局日常工作和公开目录,及时收集…":
    # the bureau's own office (局…科) opens the item's sentence before a plain verb, as 县应急局 would (units); a person
    # (局长) is none
    assert roles.doers("局综合科结合我局日常工作和公开目录,及时收集、审核、发布各类应主动公开的信息。") == {"units": ["局综合科"]}
    assert roles.doers("局长结合工作实际,及时发布信息。") == {}


def test_a_bureau_named_with_its_citys_stem_shares_the_stem_with_the_bare_bureau_of_its_kind_after_it():
    # wuxi-2011: "(市发改委、财政局,无锡国税局、地税局)": 市 written once for the city's departments, 无锡 once for the two
    # tax bureaus the state runs in the city (无锡地税局, not 市地税局)
    assert roles.split_units("市发改委、财政局,无锡国税局、地税局") == ["市发改委", "市财政局", "无锡国税局", "无锡地税局"]
    assert roles.split_units("宁波电业局、财政局") == ["宁波电业局", "财政局"]  # (another kind: nothing shared)


def test_a_named_unit_then_both_groups_sharing_their_qualifier_after_deng():
    # jiangsu-2022: "省政务办等各有关部门和单位" -> the named unit, then 各有关部门 and 各有关单位 (not two groups
    # with 省政务办等 in front of each)
    assert roles.split_units("省政务办等各有关部门和单位,各设区市人民政府") == [
        "省政务办", "各有关部门", "各有关单位", "各设区市人民政府"]
    assert roles.split_units("县直有关部门和单位") == ["县直有关部门", "县直有关单位"]


def test_a_clause_cut_by_the_end_of_the_copy_after_a_names_qualifier_names_no_unit():
    # jiangsu-2023: the copy stops at "(责任单位:省各有关": no head noun, no unit; the names before it stay
    text = """某省数字政府建设2023年工作要点
一、着力完善开放共享的数据资源体系
1.巩固数据汇聚治理成效。开展设区市公共数据普查。(责任单位:省大数据管理中心、省各有关"""
    (task,) = tasks_of(text)
    assert named(task) == {"units": ["省大数据管理中心"]}
    text = text.replace("省大数据管理中心、", "")
    (task,) = tasks_of(text)
    assert named(task) == {}


def test_a_reading_rule_naming_the_units_in_front_leads_with_the_group_set_off_by_a_comma():
    # feicheng-2017: "排在前位为牵头部门,下同" — the group before the list's first comma leads, the others stay units;
    # the standing rule in the same clause carries 各镇街区 to the next item
    text = """某市土壤污染防治工作方案
二、主要任务
1.深入开展土壤环境质量调查。2018年10月底前查明农用地土壤污染面积。(责任单位:市环保局、市国土资源局,市财政局、市农业局,各镇街区。以下均需各镇街区落实,不再列出。排在前位为牵头部门,下同。)
2.建立健全土壤环境质量监测网络。2017年年底前,完成监测点位设置。(责任单位:市环保局,市农业局)
"""
    tasks = {t["number"]: t for t in tasks_of(text)}
    assert named(tasks["1."]) == {"lead": ["市环保局", "市国土资源局"], "units": ["市财政局", "市农业局", "各镇街区"]}
    assert named(tasks["2."]) == {"lead": ["市环保局"], "units": ["市农业局"], "implement": ["各镇街区"]}
    assert [d["text"] for d in tasks["1."]["deadlines"]] == ["2018年10月底前"]


def test_a_list_before_yize_luoshi_implements_by_its_duties():
    # huangshi-2018: "…管委会具体落实,市环保局、市水利水产局依责落实" — 依责 (by their duties) before 落实 is no part of a name
    text = """某市水污染防治工作计划
二、工作任务
1、加大重要江河保护力度。加强重要河流岸线整治与保护。(各县(市、区)政府具体落实,市环保局、市交通运输局依责落实)
"""
    (task,) = tasks_of(text)
    assert named(task) == {"implement": ["各县(市、区)政府", "市环保局", "市交通运输局"]}


def test_a_line_of_unit_names_below_an_items_clause_lines_is_a_list_whose_label_was_lost():
    # xunxian-2018: 牵头单位: / 配合单位: lines, then "各乡镇(街道)、黎阳建管办" with no label: units, no role
    text = """某县2018年水污染防治攻坚战实施方案
三、工作任务
1. 深入开展城市黑臭水体整治。2018年10月底前,县城建成区全面消除黑臭水体。
牵头单位:县住建局
配合单位:县发改委、县环保局
各乡镇(街道)、黎阳建管办
2. 加强饮用水水源地保护。开展水源地环境整治。
牵头单位:县环保局
"""
    tasks = {t["number"]: t for t in tasks_of(text)}
    assert named(tasks["1."]) == {"lead": ["县住建局"], "support": ["县发改委", "县环保局"],
                                  "units": ["各乡镇(街道)", "黎阳建管办"]}
    assert named(tasks["2."]) == {"lead": ["县环保局"]}


def test_a_part_on_what_a_build_up_is_to_reach_is_no_task():
    # tianshui-2021 (traditional, folded): 二、建設目標 states what the 数字政府 build-up is to reach; a copy cut inside
    # it has no task part, so its parts are no tasks either
    text = """某市加快數字政府建設工作實施方案
一、指導思想
堅持以人民為中心的發展思想。
二、建設目標
以網路理政中心為物理載體,實現有效匯聚,政務服務、公共服務、社會治理等
"""
    assert tasks_of(text) == []


def test_a_bracket_counting_the_bodies_it_means_names_no_unit():
    # a 防汛备汛 list (unknown-city-2025): "(限列入民生实事建设内容的73个乡镇)" after an item says which townships
    # the item is for, counted; it is no bare list of names
    text = ("二、防汛备汛重点工作\n(二)乡镇级\n1.完善防汛工作制度。\n"
            "2.开展基层防汛防台体系的长效管理。列出任务、责任、时限“三张清单”(限列入民生实事建设内容的73个乡镇)。\n"
            "3.修订乡级防汛防台应急预案(各乡镇、各街道)。\n")
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    assert named(tasks[1]) == {}
    assert named(tasks[2]) == {"units": ["各乡镇", "各街道"]}


def test_an_office_opening_a_later_sentence_as_the_subject_of_shishi_implements():
    # a 水务局's work points copied from a PDF (unknown-city-2024): the item's second sentence opens with the office
    # that carries its part out, "市林业事业发展中心实施…道路建设" → implement; "规划实施" with no subject names none
    text = ("一、聚焦水系美,大力实施现代水网建设工程。\n1、北沙河段工程。重点实施环库路硬化,确保 5月底前建成通车。\n"
            "2、界河段工程。规划实施 8座闸坝建设,年内完成主\n体工程。市林业事业发展中心实施 104 国道下游右岸 0.88\n"
            "公里道路建设,6月底前实现界河全线贯通。\n")
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1、", "2、"]
    assert named(tasks[0]) == {}
    assert named(tasks[1]) == {"implement": ["市林业事业发展中心"]}
    assert [d["text"] for d in tasks[1]["deadlines"]] == ["年内", "6月底前"]


def test_a_member_units_label_names_units_with_no_role():
    # cixi-2021: a 工作专班 under its heading, its leaders named as persons with their posts in brackets, then its
    # 成员单位 line: the units, no role word
    tasks = tasks_of(
        "关于建立农村疫情防控等三个工作专班的通知\n各镇人民政府:\n现将有关事项通知如下:\n一、农村疫情防控工作专班\n"
        "牵头市领导:孙黎明(市委副书记)\n组     长:史立权(市农业农村局局长)\n"
        "成员单位:市农业农村局、市卫生健康局、市民政局、中国移动慈溪分公司\n主要职责:负责统筹协调指导农村疫情防控相关工作。\n"
    )
    assert [t["number"] for t in tasks] == ["一、"]
    assert named(tasks[0]) == {"units": ["市农业农村局", "市卫生健康局", "市民政局", "中国移动慈溪分公司"]}


def test_the_whole_places_bodies_of_every_level_and_a_named_bodys_members_are_doers():
    # lanzhou-2020: "全市各级各部门要…" and "市…联防联控领导小组成员单位,要…" (the body named in full, no 各) as the subjects
    # of 要; the copy ends on a bare "2" under (二), the items' numbers running on across the parts
    tasks = tasks_of(
        "关于积极应对疫情有效促进经济平稳增长的实施意见\n一、总体要求\n全市各级各部门要提高政治站位。\n二、重点工作\n"
        "(一)坚决打赢疫情防控阻击战\n1.抓实抓细疫情防控工作。全市各级各部门要坚持“外防输入、内防扩散”的原则。"
        "市新型冠状病毒感染的肺炎疫情联防联控领导小组成员单位,要按照各自职责抓好诊疗、物资供应等疫情防控重点工作。\n"
        "(二)着力做好稳价保供工作\n2\n"
    )
    assert [t["number"] for t in tasks] == ["1.", "2"]
    assert named(tasks[0]) == {"units": ["全市各级各部门", "市新型冠状病毒感染的肺炎疫情联防联控领导小组成员单位"]}


def test_the_partner_of_a_bodys_own_duty_with_its_holder_left_out_supports():
    # sichuan-2023: a department's list of its own duties, each opening with 负责 and its holder (the sender) left out;
    # the department it works with (会同生态环境厅, a province's department named without its level) supports, whether
    # the 会同 clause stands in the duty's first sentence or in a later one
    tasks = tasks_of(
        "某省农业农村厅关于公布生态环境保护责任清单的通告\n我厅梳理了有关生态环境保护方面的具体牵头事项,现予以公布。\n"
        "一、负责耕地及永久基本农田质量保护。指导农产品产地环境管理,会同生态环境厅开展农用地土壤环境分类管理。\n"
        "二、负责指导农业清洁生产,会同生态环境厅组织开展农药包装废弃物回收处理。\n"
        "三、负责指导畜禽粪污资源化利用。\n"
    )
    assert [named(t) for t in tasks] == [{"support": ["生态环境厅"]}, {"support": ["生态环境厅"]}, {}]


def test_every_village_of_the_whole_county_as_the_subject_of_yao_is_a_doer():
    # unknown-county-nongcun-renju: "全县所有行政村要进一步完善…" names the villages of the whole county as its doers
    tasks = tasks_of(
        "某县农村人居环境整治工作方案\n一、目标任务\n(一)农村生活垃圾治理。完成市下达我县的11个村农村垃圾治理任务。"
        "全县所有行政村要进一步完善并落实长效管理机制。\n(二)农村“厕所革命”。新建8个村庄公厕。\n"
    )
    assert [named(t) for t in tasks] == [{"units": ["全县所有行政村"]}, {}]


def test_a_line_with_its_holder_under_a_part_headed_as_the_division_of_work_begins_its_duty_list():
    # jingde: "四、任务分工" over its lead-in, then "县公安局负责…" followed by a line whose body has no 负责: the
    # holder's line is a task though no line beside it opens with a holder; under any other heading it is not
    text = ("某县防范宣传活动方案\n一、活动时间\n1月10日至3月31日。\n四、任务分工\n集中统一部署,县公安局具体推进,各乡镇落实。\n"
            "县公安局负责提供宣传素材。每1周通报发案情况。\n各镇在本级党委统一部署下,入户宣传。\n"
            "县委宣传部负责公共媒体的宣传工作。\n县教体局负责对学校的宣传防范工作。\n")
    got = [(t["line"], named(t)) for t in tasks_of(text)]
    assert got[0] == (6, {"lead": ["县公安局"]})
    # line 7, whose body has no 负责, is a line of the list too since the eleventh pass (the test below)
    assert [line for line, _ in got] == [6, 7, 8, 9]
    other = text.replace("四、任务分工", "四、活动要求")
    assert 6 not in [t["line"] for t in tasks_of(other)]


def test_a_duty_line_whose_body_has_no_fu_ze_and_a_second_holder_inside_a_line():
    # jingde: in an unnumbered duty list, a line whose holder is its sentence's subject with no role word (各镇在…入户
    # 宣传; 县民政局结合…开展) is a line of the list, its holder a doer with no role (units); a body that opens a later
    # sentence of a line is a doer of that line beside its holder, in the role its own words give (…。县委平安办负责对
    # 各镇…督导检查: lead)
    text = ("某县防范宣传活动方案\n一、活动时间\n1月10日至3月31日。\n二、任务分工\n"
            "县公安局负责提供宣传素材。\n"
            "各镇在本级党委统一部署下,入户宣传。县委平安办负责对各镇宣传情况进行督导检查。\n"
            "县委宣传部负责公共媒体的宣传工作。\n"
            "县民政局结合殡葬改革宣传一并开展防诈宣传工作。\n")
    got = [(t["line"], named(t)) for t in tasks_of(text)]
    assert got == [(5, {"lead": ["县公安局"]}), (6, {"lead": ["县委平安办"], "units": ["各镇"]}),
                   (7, {"lead": ["县委宣传部"]}), (8, {"units": ["县民政局"]})]
    # near-misses: the same lines under a heading that divides no work are no list (the line that opens with 各镇 is
    # no task of its own); a name that goes on (县民政局局长, a person) is no subject of the line; a paragraph below a
    # numbered list's last duty speaks to the whole list, not to that duty's holder
    other = text.replace("二、任务分工", "二、活动要求")
    assert 6 not in [t["line"] for t in tasks_of(other)]
    assert roles.duty_subject("县民政局局长结合殡葬改革宣传开展工作。") is None
    numbered = ("某市调研方案\n四、调研分工\n(一)市人事局。负责人才队伍建设方面的调研。\n"
                "(二)市财政局。负责财政保障机制方面的调研。\n根据调研方案的内容,各部门要结合自己的实际,提出方案。\n")
    assert [named(t) for t in tasks_of(numbered)] == [{"lead": ["市人事局"]}, {"lead": ["市财政局"]}]


def test_a_printed_plan_whose_items_run_on_behind_a_part_heading_and_behind_the_clause_before_them():
    # unknown-county-2022: a PDF's text layer lost the breaks before items: 1. runs on behind its short part heading
    # after a space, 3. behind the 〔〕 clause that closes 2., and the next part's heading behind 1.'s clause, which opens
    # its line; each item is a task of its own with its own clause, and a 各 group the copy stops inside (县政府各部)
    # is no unit (a long line, 150 characters and more, as a layout's flattened lines are)
    body = "将法治思想纳入县政府常务会议和各镇(街道)、各部门党委(党组)理论学习中心组学习内容,纳入法治队伍教育培训内容,融入各级各类学校教育,推动建立常态化学习机制。"
    text = ("XX 县 2022 年法治政府建设工作计划\n"
            "为深入推进依法行政,结合我县实际,制定本年度工作计划。\n"
            f"一、持续推进学习宣传贯彻法治思想 1.推动学习宣传贯彻法治思想走深走实。{body}{body}\n"
            "〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部门,各镇人民政府(街道办事处)〕 二、压实第一责任人职责\n"
            f"2.将法治政府建设与经济社会发展同部署、同推进、同考核。{body}党政主要负责人每年召开会议不少于 1 次。"
            "〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部门〕 3.县政府常务会议定期研究法治工作。\n"
            "年内组织 2 次以上法治专题讲座。\n"
            "〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部\n")
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "1."), (5, "2."), (5, "3.")]
    assert named(tasks[0]) == {"lead": ["县政府办公室", "县司法局"], "units": ["县政府各部门", "各镇人民政府(街道办事处)"]}
    assert named(tasks[1]) == {"lead": ["县政府办公室", "县司法局"], "units": ["县政府各部门"]}
    assert named(tasks[2]) == {"lead": ["县政府办公室", "县司法局"]}
    assert [d["text"] for d in tasks[2]["deadlines"]] == ["年内"]


def test_a_clause_the_copy_stops_inside_its_label_names_no_unit():
    # wuxing-2023: the copy ends "…落地落实。(责任科": the clause's label cut before its colon, no name in it; a clause
    # cut inside its list still keeps the names before the cut
    text = ("某区司法局2023年工作要点\n"
            "1.充分发挥统筹协调作用。加强统筹谋划。(责任科室:区委依法治区办秘书科)\n"
            "2.积极开展法治化营商环境改革。推动重点工作任务落地落实。(责任科\n")
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"units": ["区委依法治区办秘书科"]}, {}]
    cut = tasks_of("某区司法局2023年工作要点\n1.充分发挥统筹协调作用。(责任科室:办公室)\n"
                   "2.积极开展法治化营商环境改革。(责任科室:秘书科、法制科\n")
    assert named(cut[1]) == {"units": ["秘书科", "法制科"]}


def test_an_items_doers_in_its_sentences_a_group_with_ge_as_subject_and_the_bodies_you_names_to_press_it_on():
    # unknown-district-2016: a 放管服 plan's points name no clause; the bodies holding approval powers (各审批单位) do
    # the work as the subject of a later sentence led by 对 / 将 (after the date it opens with) or of 要, and
    # "由A、B跟进督办" names the bodies that press it on (supervise); 督查室 is an office's name, not the verb
    text = ("某区深化“放管服”改革工作方案\n"
            "一、实施窗口优化工程\n"
            "1.按照“应进必进”原则,逐项梳理尚未进驻行政服务中心的行政审批事项。各审批单位对进驻情况开展自查,未进驻的按要求整改到位。"
            "11月30日前,各审批单位将自查整改情况报区行政服务中心管委会。未按时进驻的,由区行政服务中心管委会、区政府督查室跟进督办。\n"
            "2.各审批单位要最大限度授予窗口审批权限,原则上受理、初审在窗口办理。\n")
    tasks = tasks_of(text)
    assert named(tasks[0]) == {"supervise": ["区行政服务中心管委会", "区政府督查室"], "units": ["各审批单位"]}
    assert named(tasks[1]) == {"units": ["各审批单位"]}
    # a sentence opening with its subject but no preposition after it names nobody so (各审批单位开展…: left unread)
    assert named(tasks_of("某区工作方案\n1.清理证明事项。各审批单位开展自查。\n2.推进一网通办。\n")[0]) == {}


def test_the_places_under_the_plan_opening_a_sentence_before_a_preposition_or_how_often_they_act_are_doers():
    # unknown-town-2022-cunzhuang: "各村(社区)每季度组织一次…评比活动" — the villages open the sentence with how often they
    # act: the item's doers (units), as a 各 group before a preposition is (各镇在本级党委统一部署下…: jingde's shape in an
    # item of its own); the same group after other clauses of a sentence (…,2024年起,全区各级各部门每年开展一次…) opens
    # no sentence and is left unread, as every plain verb's subject is (a requirement, 每季度至少, counts anywhere)
    text = ("某镇村庄清洁行动方案\n三、活动内容\n"
            "1.每季度组织一次庭院评比活动。各村(社区)每季度组织一次“最美庭院”评比活动。\n"
            "2.开展入户宣传。各镇在本级党委统一部署下,入户宣传。\n"
            "3.强化风险研判。坚持定期研判,找准突出问题,2024年起,全区各级各部门每年开展一次风险评估。\n"
            "4.开展评比。每年开展一次评比,各村(社区)结合实际做好评比工作。\n")
    assert [named(t) for t in tasks_of(text)] == [{"units": ["各村(社区)"]}, {"units": ["各镇"]}, {}, {}]


def test_an_office_named_for_the_area_it_serves_in_a_subject_of_yao_is_a_doer():
    # chaohu-2017: "各村(居)、辖区派出所和有关部门要定期…": 辖区 stands for the office's level (the area's own 派出所),
    # so the whole list, 和 parting its last two, names the item's doers (the copy ends inside the sentence)
    tasks = tasks_of(
        "某市关于加强农村留守儿童关爱保护工作的实施意见\n二、主要任务\n1.强化家庭监护法定责任。父母应当依法履行监护职责。"
        "各村(居)、辖区派出所和有关部门要定期对父\n"
    )
    assert [named(t) for t in tasks] == [{"units": ["各村(居)", "辖区派出所", "有关部门"]}]
    assert named(tasks_of("某县工作方案\n一、主要任务\n1.加强巡查。辖区群众要积极参与巡查。\n")[0]) == {}


def test_the_partys_organisations_in_bodies_of_a_kind_beside_a_government_body_are_doers():
    # shenzhen-2019: "各区教育部门和各级各类学校的党组织要…" — the Party's organisations of the schools, joined by 和 to a
    # government body, are doers with it; alone, or bodies of a kind with no 党组织 (全县各级各类学校), they are none
    assert roles.doers("各区教育部门和各级各类学校的党组织要切实增强“四个意识”。") == {
        "units": ["各区教育部门", "各级各类学校的党组织"]}
    assert roles.doers("各级各类学校的党组织要切实增强“四个意识”。") == {}
    assert roles.doers("全县各级各类学校要利用宣传资料开展一次宣传。") == {}


def test_a_bracket_glossing_the_word_before_it_names_no_unit():
    # unknown-county-2023-wenguanglvju: "3、推动我县文化馆〔数字文化馆〕" (the copy cut behind it): the bracket names the
    # same building its other way, no doer; a bare list of units closing an item still names them
    tasks = tasks_of("某县文广旅局2023年工作谋划\n一、加快公共文化服务体系建设\n1、提升图书馆公共服务水平。\n"
                     "2、推动我县文化馆〔数字文化馆〕\n")
    assert named(tasks[1]) == {}
    tasks = tasks_of("某县文广旅局2023年工作谋划\n一、加快公共文化服务体系建设\n1、提升图书馆公共服务水平。\n"
                     "2、推动我县图书馆数字化改造(县图书馆)\n")
    assert named(tasks[1]) == {"units": ["县图书馆"]}


def test_a_role_label_behind_the_level_of_the_unit_it_names_is_that_label():
    """省牵头单位:省农业农村厅 (hangzhou-2021, a city's own 责任单位 cell over the province's lead for the
    provincial task): a level alone before the role words still makes a role label, as a two-character
    qualifier does (责任牵头单位 …); the unit it names leads."""
    assert roles.parse_clause("省牵头单位:省农业农村厅", strict=True).roles == {"lead": ["省农业农村厅"]}
    assert roles.parse_clause("市配合单位:市商务局、市发改委", strict=True).roles == {"support": ["市商务局", "市发改委"]}
    text = """某市2021年重点工作责任分解
序号

重点工作任务

责任单位

1

加强粮食和重要农产品保障,端好“饭碗”。

市农业农村局、市规划和自然资源局

省牵头单位:省农业农村厅

2

深入实施消费新政,培育新型消费。

市商务局、市发改委

省牵头单位:省商务厅
"""
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [8, 16]
    assert named(tasks[0]) == {"lead": ["省农业农村厅"], "units": ["市农业农村局", "市规划和自然资源局"]}
    assert named(tasks[1]) == {"lead": ["省商务厅"], "units": ["市商务局", "市发改委"]}


def test_a_sectors_department_named_with_its_level_as_the_subject_of_its_role_verb_leads():
    # unknown-city-zhili-cheliang… (held-out set 90): a city's 治超 duties, one department an item; "(十二)市委宣传部门
    # 负责组织…" names the level's own department with 负责 behind it → lead, as "(十)市法制局负责…" does; with 要 and
    # no role verb it stays none (市气象部门要…: an office's staff), nor does 市场监管部门 read 市 as a level
    assert roles.doers("市委宣传部门负责组织新闻媒体做好宣传报道。") == {"lead": ["市委宣传部门"]}
    assert roles.doers("县公安部门配合做好检测站点的治安秩序。") == {"support": ["县公安部门"]}
    assert roles.doers("市场监管部门负责查处违法行为。") == {}
    tasks = tasks_of(
        "(十)市法制局负责治超法律法规和政策的衔接工作,拟草政府治超规范性文件。\n"
        "(十二)市委宣传部门负责组织新闻媒体做好车辆超限超载治理工作宣传报道,为治理工作营造良好的舆论氛围。\n")
    assert [named(t) for t in tasks] == [{"lead": ["市法制局"]}, {"lead": ["市委宣传部门"]}]


def test_sectors_before_deng_sharing_a_bare_office_word_and_the_level_written_once_then_how_they_act_before_the_verb():
    # unknown-city-zhili-cheliang… (held-out set 90): "(十三)市发改、经贸等局依职责协助有关治超工作" — the level written
    # once before the first sector, the office word (局) once after 等: 市发改局, 市经贸局; 依职责 between them and 协助
    # says how they act → support
    assert roles.split_units("市发改、经贸等局") == ["市发改局", "市经贸局"]
    assert roles.split_units("公安、交通等部门") == ["公安部门", "交通部门"]
    assert roles.doers("市发改、经贸等局依职责协助有关治超工作。") == {"support": ["市发改局", "市经贸局"]}
    (task,) = tasks_of("(十三)市发改、经贸等局依职责协助有关治超工作。\n")
    assert named(task) == {"support": ["市发改局", "市经贸局"]}


def test_a_duty_worded_as_the_object_of_jinxing_names_no_unit_before_the_role_word():
    # unknown-place-zhili-chaoxian… (held-out set 90): part "(九)监察(纠风)部门" over one duty "对相关部门在…的执法
    # 行为和行业作风进行监督" — the words before 监督 are what is checked, ending in the verb 进行, no name; the part's
    # department leads its duty, as (八)宣传部门's
    tasks = tasks_of(
        "(八)宣传部门\n组织协调新闻单位做好超限超载治理工作的宣传报道。\n"
        "(九)监察(纠风)部门\n对相关部门在治理超限超载工作中的执法行为和行业作风进行监督\n")
    assert [named(t) for t in tasks] == [{"lead": ["宣传部门"]}, {"lead": ["监察(纠风)部门"]}]


def test_state_organs_of_a_kind_named_with_ge_as_the_subject_of_yao_inside_a_sub_point():
    # unknown-city-zhili-cheliang… (held-out set 90): "(二)加强…企业管理" over "(1)各企业许可机关要强化监督…" — the
    # licensing organs (各…机关: organs of the state by their name) are the item's doers, read past the sub-point's
    # own number
    assert roles.doers("各企业许可机关要强化监督,落实被许可企业责任。") == {"units": ["各企业许可机关"]}
    assert roles.doers("(1)各企业许可机关要强化监督。\n(2)企业许可机关落实黑名单制度。") == {"units": ["各企业许可机关"]}
    tasks = tasks_of(
        "某市治超实施方案\n四、加强监管力度\n(一)严格路面执法。\n(二)加强企业管理,确保违法车辆不出厂。\n"
        "(1)各企业许可机关要强化监督,建立车辆源头装载管理制度。\n(2)企业许可机关落实黑名单制度。\n(三)强化宣传。\n")
    assert [named(t) for t in tasks] == [{}, {"units": ["各企业许可机关"]}, {}]


def test_labelled_paragraphs_under_a_point_headed_as_a_mechanism_are_its_tasks():
    from planportal.importer import import_texts

    # unknown-city-chengxiang… (a city's 城乡环境卫生 plan, page 3 of a law mirror): a point headed as a mechanism, one
    # sentence, over paragraphs that each open with a label sentence and close with their own 主要责任单位 clause; the
    # last is cut before its clause
    text = (
        "1.完善城乡环境卫生管理长效机制。\n"
        "加强城市道路日常保洁。开展城市道路全天候保洁。主要责任单位:各县(市、区)人民政府、街道办,沿街(路)社区。\n"
        "推进城中村综合整治工作。完善基础设施,垃圾日产日清。主要责任单位:各县(市、区)人民政府,水利等部门。\n"
        "抓好村屯垃圾“围村堵河”治理工作。健全管理机构,明确部门职责,建立“户分类、村收集、乡(镇)转运、县(市、区)\n"
    )
    (plan,) = import_texts([("c.txt", text)]).plans
    tasks = plan["tasks"]
    assert [(t["line"], t["title"]) for t in tasks] == [
        (2, "加强城市道路日常保洁"), (3, "推进城中村综合整治工作"), (4, "抓好村屯垃圾“围村堵河”治理工作")]
    units = [[r["written"] for r in t.get("units", [])] for t in tasks]
    assert units[0] == ["各县(市、区)人民政府", "街道办", "沿街(路)社区"]
    assert units[1][0] == "各县(市、区)人民政府"
    assert units[2] == []  # cut before its clause


def test_every_levels_organ_opening_an_items_title_sentence_with_a_role_verb_leads_it():
    from planportal.importer import import_texts

    # unknown-city-chengshi-zonghe… (a city's 城市综合整治 plan, page 3 of a law mirror): an item whose first sentence,
    # its title, names every level's organ of one kind as the subject of 负责; the sentences after it say how
    text = (
        "四、明确工作责任\n"
        "(六)各区政府负责拆除本辖区内的违法建设,市有关部门全力配合。\n"
        "(七)各级宣传部门负责城市综合整治活动的宣传工作。要制定具体宣传方案,把握宣传导向,加大舆论监督。\n"
    )
    (plan,) = import_texts([("z.txt", text)]).plans
    last = plan["tasks"][-1]
    assert last["number"] == "(七)" and [r["written"] for r in last["lead"]] == ["各级宣传部门"]


def test_a_duty_list_run_on_behind_its_division_heading_gives_a_task_per_unit():
    from planportal.importer import import_texts

    # unknown-town-weijian… (a 镇's 违建别墅 plan on a sharing site): 三、职责分工 with its units' duties glued behind
    # it on the same line, each unit before its colon
    text = (
        "某镇违建别墅专项整治方案\n一、整治范围。主要对集中饮用水源地开展排查。\n"
        "二、职责分工。镇规环办:负责该专项整治行动的牵头汇总上报,制定清查整治方案等相关工作。"
        "自然资源所:负责核对督查项目土地手续办理情况等相关工作。镇农服中心:一是负责河道范围内核查清单。\n"
    )
    (plan,) = import_texts([("w.txt", text)]).plans
    assert [([r["written"] for r in t["lead"]], t["line"]) for t in plan["tasks"]] == [
        (["镇规环办"], 3), (["自然资源所"], 3), (["镇农服中心"], 3)]


def test_a_levels_group_of_departments_supporting_with_an_adverb_after_a_lead():
    # unknown-city-chengshi-zonghe…: "各区政府负责…,市有关部门全力配合": the city's departments as a group, how they act
    # (全力) between them and 配合, support the lead just named
    assert roles.doers("按照属地管理的原则,各区政府负责拆除本辖区内的违法建设,市有关部门全力配合;负责城市主出入口形象整治。") == {
        "lead": ["各区政府"], "support": ["市有关部门"]}


def test_a_group_of_places_before_the_first_of_bare_sectors_sharing_the_organ_after_deng():
    # unknown-city-chengxiang…: "各县(市、区)市政、住建、…等单位": each county's sector bodies, every sector the group's
    # and with the organ after 等
    assert roles.read("主要责任单位:各县(市、区)市政、住建、交通(公路)等单位,沿街(路)社区。").roles == {
        "units": ["各县(市、区)市政单位", "各县(市、区)住建单位", "各县(市、区)交通(公路)单位", "沿街(路)社区"]}
    assert roles.read("主要责任单位:各县(市、区)市政、水利等部门。").roles == {
        "units": ["各县(市、区)市政部门", "各县(市、区)水利部门"]}


def test_every_levels_state_organs_and_the_grassroots_body_of_the_place_as_subjects():
    # unknown-city-chengshi-zonghe…: "各级纪检监察机关要…", "所在街道(乡镇)应当及时予以制止…": doers of no clause
    assert roles.doers("各级纪检监察机关要加强对城市综合整治活动的监督检查。") == {"units": ["各级纪检监察机关"]}
    assert roles.doers("对政府规划预留地上新出现的违法建设,所在街道(乡镇)应当及时予以制止并立即报告有关部门依法处理。") == {
        "units": ["所在街道(乡镇)"]}
    assert roles.doers("各级森林防火部门要大力做好森林防火的宣传教育工作。") == {}  # a sector's staff, not a state organ


def test_a_body_bearing_the_charge_for_its_areas_work_is_a_unit_not_one_acting_in_full():
    # yulin-wuye…: "县市区政府(园区管委会)对本辖区物业管理工作负总责": the body, a 对… phrase before 负总责, as the subject
    # (units); "…对本辖区森林防火工作全面负责" stays none (unknown-county-senlin…: the part's frame, not a doer)
    assert roles.doers("县市区政府(园区管委会)对本辖区物业管理工作负总责。") == {"units": ["县市区政府(园区管委会)"]}
    assert roles.doers("各乡镇人民政府(管理区)对本辖区森林防火工作全面负责,政府主要负责同志为第一责任人。") == {}


def test_an_items_title_sentence_naming_the_body_that_bears_the_charge_gives_its_unit():
    from planportal.importer import import_texts

    text = (
        "二、理顺物业管理体制,夯实属地管理职责\n"
        "(一)县市区政府(园区管委会)对本辖区物业管理工作负总责。明确物业管理机构,配齐工作力量。\n"
        "(二)街道办(乡镇政府)要组织开展物业管理工作。\n"
    )
    (plan,) = import_texts([("y.txt", text)]).plans
    assert [r["written"] for r in plan["tasks"][0]["units"]] == ["县市区政府(园区管委会)"]


def test_standing_rule_unless_noted_in_a_covering_letter_carries_to_every_task_of_its_attachment():
    # jinhua-2018: "除特别注明的外,各县(市、区)政府和金华开发区、金义都市新区、金华山旅游经济区管委会都是配合单位" in the
    # letter: support for every task of the 分解 it sends, the zones sharing the committee the last is written with
    text = """某市人民政府办公室关于印发2018年政府工作报告重点工作责任分解的通知
各县(市、区)人民政府,市直属各单位:
《2018年政府工作报告重点工作责任分解》已经市政府常务会议审议通过,现印发给你们,请认真抓好落实。
各牵头单位要充分发挥指导协调作用。除特别注明的外,各县(市、区)政府和金华开发区、金华山旅游经济区管委会都是配合单位。市督考办要定期督查通报进展情况。
某市人民政府办公室
2018年4月18日
附件
2018年政府工作报告重点工作责任分解
1.全面完成全市经济社会发展预期目标。
牵头单位:市发改委
配合单位:市农办、市经信委
2.推进政府治理数字化转型。
牵头单位:市大数据局
"""
    t1, t2 = tasks_of(text)
    standing = ["各县(市、区)政府", "金华开发区管委会", "金华山旅游经济区管委会"]
    assert named(t1) == {"lead": ["市发改委"], "support": ["市农办", "市经信委"] + standing}
    assert carried(t1) == {"support": standing}
    assert carried(t2) == {"support": standing}
    # the letter's other sentences set no rule
    assert roles.unless_noted_rules("市督考办要定期督查通报进展情况。") == []


def test_places_named_by_stem_share_the_kind_and_committee_of_the_zone_closing_their_list():
    # linfen-2018: an item's clause whose implementers are three cities' zones, the zone's kind and its committee
    # written once after the last city's stem
    text = """某市水污染防治2018年行动计划
一、重点工作
1.工业集聚区要加强监管,完善污水管网。(市环保局牵头,市经信委、市住房和城乡建设局配合,临汾、侯马、洪洞经济开发区管委会负责落实)
"""
    (task,) = tasks_of(text)
    assert named(task) == {"lead": ["市环保局"], "support": ["市经信委", "市住房和城乡建设局"],
                           "implement": ["临汾经济开发区管委会", "侯马经济开发区管委会", "洪洞经济开发区管委会"]}


def test_a_clause_whose_first_list_writes_its_level_once_writes_it_once_for_its_later_lists():
    # unknown-city-2022-daqi…: "(市发改委、工信局、行政审批局牵头,生态环境局、交通局等配合,各乡镇(园区)负责落实)": the 市
    # written once before the leads is the partners' too; a later list with a level of its own keeps it
    text = """某市2022年大气污染防治工作计划
二、重点任务
1、坚决遏制“两高”项目盲目发展。(市发改委、工信局、行政审批局牵头,生态环境局、交通局等配合,各乡镇(园区)负责落实)
2、推进产业绿色转型升级。(市环保局牵头,经信委、煤炭局配合)
3、推进清洁取暖。(市发改委、住建局牵头,县政府配合)
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"lead": ["市发改委", "市工信局", "市行政审批局"], "support": ["市生态环境局", "市交通局"],
                         "implement": ["各乡镇(园区)"]}
    # a lead written alone shows no level written once: its partners stay as written
    assert named(t2) == {"lead": ["市环保局"], "support": ["经信委", "煤炭局"]}
    assert named(t3) == {"lead": ["市发改委", "市住建局"], "support": ["县政府"]}


def test_a_bare_role_holder_of_a_handed_down_matter_names_no_unit():
    # ankang-2009: a 发改委's notice dividing the 建议 and 提案 among its 科室: "由主办科室…" names whoever is made the
    # 主办 of each matter, no unit of the text's; the 办 of 办理 closes no name
    text = (
        "安康市发展和改革委员会关于做好建议和提案办理工作的通知\n各科室:\n现就有关事项通知如下:\n"
        "一、按时完成办理建议、提案任务。各相关科室应以认真负责的态度,抓紧办理。\n"
        "二、采取多种方式协同做好办理工作。对需要两个以上科室共同办理的建议、提案,由主办科室与其他相关科室共同研究"
        "办理。如需会同其他单位共同办理的建议、提案,由主办科室负责衔接相关单位研究办理。\n"
    )
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [4, 5]
    assert named(tasks[1]) == {}
    # the department's own offices as the subject of 应: every one the matters were divided among
    assert named(tasks[0]) == {"units": ["各相关科室"]}
    # a named body in the same shape is still the lead
    assert named(tasks_of(text.replace("由主办科室负责衔接", "由委办公室负责衔接"))[1]) == {"lead": ["委办公室"]}


@pytest.mark.parametrize("sentence,expected", [
    ("各相关科室要积极负责地做好协办工作。", {"support": ["各相关科室"]}),
    ("各有关部门要主动做好配合工作。", {"support": ["各有关部门"]}),
    ("各有关部门要做好宣传工作。", {"units": ["各有关部门"]}),  # a work of its own: no role
])
def test_the_supporting_work_done_behind_a_modal_is_the_subjects_role(sentence, expected):
    # ankang-2009: the 科室 a matter is shared with "要积极负责地做好协办工作": they support its 主办
    text = ("安康市发展和改革委员会关于做好建议和提案办理工作的通知\n各科室:\n现就有关事项通知如下:\n"
            "一、按时完成办理建议、提案任务。各科室应抓紧办理。\n"
            "二、采取多种方式协同做好办理工作。" + sentence + "\n")
    tasks = tasks_of(text)
    assert [t["line"] for t in tasks] == [4, 5]
    assert named(tasks[1]) == expected


def test_a_zhengxies_special_committees_are_doers_of_its_own_duban_plan():
    # jilin-2017: "相关专委会协助…" (support) and, said which of them act with 的 before them, "参加督办的政协相关专委会
    # 负责与…沟通" (lead, without the 的 phrase)
    text = (
        "市政协督办重点提案工作方案\n具体督办方案如下:\n三、督办方式、要求\n"
        "1、由分管副主席领办,相关专委会协助做好督办工作(具体分工详见附表)。\n"
        "2、参加督办的政协相关专委会负责与市政府办公室议案处沟通,协商确定督办具体时间、参加人员。\n"
    )
    tasks = tasks_of(text)
    assert [named(t) for t in tasks] == [{"support": ["相关专委会"]}, {"lead": ["政协相关专委会"]}]


def test_a_list_of_grassroots_bodies_with_ge_written_once_as_the_subject_of_dou_yao_after_a_comma():
    # unknown-town-2015 (a town's 三严三实 整治 plan): "各社区、自然村、镇直部门和乡镇站所,都要…": the subject closed by a
    # comma before 都要, the 各 written once for the whole list → each body with it, units
    assert roles.doers("各社区、自然村、镇直部门和乡镇站所,都要围绕以上四个方面,采取自己查、群众找相结合。") == {
        "units": ["各社区", "各自然村", "各镇直部门", "各乡镇站所"]}
    text = ("一、全面排查存在的突出问题\n1、对镜聚焦,着力搞好“四个排查”。在排查时要聚焦四个方面。\n"
            "2、上下结合,把问题找全找准。各社区、自然村、镇直部门和乡镇站所,都要围绕以上四个方面排查突出问题。\n")
    assert [named(t) for t in tasks_of(text)] == [{}, {"units": ["各社区", "各自然村", "各镇直部门", "各乡镇站所"]}]
    # offices each a body on its own keep their names (no 各 added), and the comma before 都要 reads no sentence's object
    assert roles.doers("各乡镇、县公安局和县民政局,都要加强巡查。") == {"units": ["各乡镇", "县公安局", "县民政局"]}
    assert roles.doers("这项工作,都要按时完成。") == {}


def test_the_doers_a_heading_is_glued_to_open_the_items_first_sentence():
    # unknown-town-2021, unknown-town-2022-senlin: an item's heading runs into the sentence its doers open, no mark
    # between: the bodies after the heading are the doers, the heading no part of their names
    assert roles.doers("统一思想,提高做好安全生产工作重要性的认识各村委会、各企事业单位要认真贯彻上级精神。") == {
        "units": ["各村委会", "各企事业单位"]}
    assert roles.doers("认真开展森林防火宣传教育镇森林防火指挥部及各村(组)要用广播、标语等方式搞好宣传。") == {
        "units": ["镇森林防火指挥部", "各村(组)"]}
    # a name a qualifier opens stays whole; a level's office whose name holds a level stays whole
    # (read whole as one doer since the places-along rule: tianjin-2004's gold reads it so)
    assert roles.doers("引黄、引滦输水沿线各区县要落实保水护水责任制。") == {"units": ["引黄、引滦输水沿线各区县"]}
    assert roles.doers("市住房和城乡建设局要加强监管。") == {"units": ["市住房和城乡建设局"]}


def test_bare_levels_joined_by_he_before_a_government_share_its_organ():
    # unknown-province-jiejue: "县(市、区)和乡(镇)政府要…": the bare level before 和 is a government too, as
    # "各市(县)、区政府" gives 各市(县)政府, 各区政府
    assert roles.doers("县(市、区)和乡(镇)政府要加大对农民自建房修建的引导和管理。") == {"units": ["县(市、区)政府", "乡(镇)政府"]}
    assert roles.doers("各乡镇和职能部门要加强巡查。") == {"units": ["各乡镇", "职能部门"]}


def test_a_bare_kind_after_a_qualified_group_shares_its_qualifier():
    # unknown-province-jiejue: "各市(州)人民政府、有关部门和单位要…" → 有关部门, 有关单位 (as wangjiang-2015's 县直有关部门和单位
    # reads 县直有关单位), not 各单位 from the list's first 各
    assert roles.doers("各市(州)人民政府、有关部门和单位要抓紧完善和落实相关政策规定。") == {
        "units": ["各市(州)人民政府", "有关部门", "有关单位"]}
    assert roles.doers("各乡镇、部门要利用广播宣传。") == {"units": ["各乡镇", "各部门"]}


def test_a_leading_group_named_by_its_work_that_is_to_see_the_work_done_supervises_it():
    """unknown-county-2014-tudi-weipian…: "…各镇(处)、县直有关部门要…全面整改,卫片执法检查领导小组要及时调度督促,…": the
    group the check is run by, named by that work with no level, is a body; 要 and 调度督促 make it the supervisor."""
    text = """某县2014年土地卫片执法检查工作方案
一、工作步骤
(一)自查整改。数据下发前,各镇(处)、县直有关部门要对发现的违法用地进行全面整改,卫片执法检查领导小组要及时调度督促,对违法用地比例高的地方要重点督导。
(二)督导整改。数据下发后,对违法用地比例高的镇(处)进行约谈。
"""
    (plan,) = import_texts([("w.txt", text)]).plans
    first = plan["tasks"][0]
    assert [r["written"] for r in first["units"]] == ["各镇(处)", "县直有关部门"]
    assert [r["written"] for r in first["supervise"]] == ["卫片执法检查领导小组"]


def test_every_village_as_the_subject_of_a_role_verb_takes_that_role():
    """unknown-town-luanzhan-gengdi…: "…违法违规乱占乱建行为,各村负责清理工作,并将清理结果报农业综合服务中心": 各村 before
    负责 leads the work, as a level's body before 负责 does."""
    assert roles.doers("其中因历史原因造成的违法违规乱占乱建行为,各村负责清理工作,并将清理结果报农业综合服务中心。") == {"lead": ["各村"]}
    assert roles.doers("各社区负责入户宣传。") == {"lead": ["各社区"]}


def test_the_matter_before_by_is_no_name_and_a_named_street_office_takes_no_level():
    # unknown-district-liyong-xiaofei…: "此项活动由A、B、C共同组织实施": the matter named before 由 is no part of the first
    # name, and a 街道's office under its own name (长延堡街办) is a place of its own, not the district's department
    text = ("某区促进消费意见\n二、开展促销活动\n(一)举办服装展销会。此项活动由区商贸旅游局、长延堡街办共同组织实施。\n")
    leads = [n for t in tasks_of(text) for n in named(t).get("lead", [])]
    assert leads == ["区商贸旅游局", "长延堡街办"]
    assert roles.parse_clause("该项工作由县商务局、县财政局共同负责").roles == {"lead": ["县商务局", "县财政局"]}


def test_every_body_of_a_kind_with_its_work_behind_before_a_modal():
    # panjin-2009: "各部门招商引资要实现…": the departments are the subject, the work they do (招商引资) no part of a name
    assert roles.doers("2009年,各部门招商引资要实现当年开工项目31项。") == {"units": ["各部门"]}


def test_a_body_named_as_the_lead_it_is_in_apposition_before_its_modal():
    # panjin-2009: "市经委作为全市域外招商牵头责任部门,要组织协调…": the body the sentence names as the lead department leads
    assert roles.doers("市经委作为全市域外招商牵头责任部门,要组织协调好域外招商引资各项工作。") == {"lead": ["市经委"]}
    assert roles.doers("县商务局作为责任单位,要做好统计工作。") == {"units": ["县商务局"]}


def test_two_bare_sectors_joined_by_he_in_a_list_before_a_group_tail():
    # unknown-city-gaohuo-liutong…: "…,财政、农牧业和供销、邮政、电信等部门配合落实": 农牧业 and 供销 are two sectors, each with
    # its department; a department's compound name (住房和城乡建设) stays one, and so does a pair before a longer tail
    found = roles.doers("市商务部门负责规划、指导、验收,财政、农牧业和供销、邮政、电信等部门配合落实。")
    assert found["support"] == ["财政部门", "农牧业部门", "供销部门", "邮政部门", "电信部门"]
    assert split_units("财政、住房和城乡建设、交通等部门") == ["财政部门", "住房和城乡建设部门", "交通部门"]


def test_the_places_of_a_level_named_as_a_group_before_a_role_verb():
    # unknown-city-gaohuo-liutong…: "…,相关旗县(区)负责组织实施,…": the banners and counties concerned, a group of places
    # as the subject of 负责, are its doers (as 各县, 各区 are)
    found = roles.doers("市商务部门负责规划、指导、验收,相关旗县(区)负责组织实施,财政部门配合落实。")
    assert "相关旗县(区)" in [n for names in found.values() for n in names]
    assert roles.doers("各旗县(区)要加强领导。") == {"units": ["各旗县(区)"]}


def test_a_later_fuze_after_the_lead_in_one_sentence_is_support():
    # unknown-city-gaohuo-liutong…: "市商务部门负责规划、指导、验收,相关旗县(区)负责组织实施,…配合落实": with the lead named
    # by its 负责, the next body's 负责 in the same sentence is support (README: X牵头负责，Y、Z按职责分工负责)
    found = roles.doers("市商务部门负责规划、指导、验收,相关旗县(区)负责组织实施,财政部门配合落实。")
    assert found["lead"] == ["市商务部门"] and found["support"][0] == "相关旗县(区)"


def test_a_sectors_department_alone_counts_beside_a_lead_named_in_apposition():
    # panjin-2009: "市经委作为…牵头责任部门,要组织协调…;人事部门要会": one sector's department as the subject of 要 counts
    # beside the body the sentence named as the lead, as beside any government body the task names
    found = roles.doers("市经委作为全市域外招商牵头责任部门,要组织协调好域外招商引资各项工作;人事部门要会同有关部门做好考核工作。")
    assert found == {"lead": ["市经委"], "units": ["人事部门"]}


def test_a_preposition_opening_a_cut_item_is_no_unit():
    # an item cut inside its sentence, opening on 按照…部署: the adverbial is no doer of the item
    text = """某市医疗联合体建设实施方案
1.实行医疗联合体网格化管理。制定本市医疗联合体布局规划。(市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同)
2.完善价格和医保支付政策引导合理就医。按照国家统一部署,继续实施
"""
    t1, t2 = tasks_of(text)
    assert "市卫生计生委" in named(t1).get("lead", [])
    assert named(t2) == {}


def test_a_leading_hospital_in_an_items_text_is_no_role_word_beside_a_first_lead_rule():
    # 牵头医院 (a 医联体's leading hospital) in the item's text: the bracket's reading rule still names the lead
    text = """某市医疗联合体建设实施方案
1.实行医疗联合体网格化管理。重点考核牵头医院医疗资源下沉情况。(市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同)
2.完善配套政策。探索将医保基金打包支付给医疗联合体。(市卫生计生委、市财政局负责)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["市卫生计生委"], "support": ["市人力社保局"]}
    assert named(t2) == {"lead": ["市卫生计生委"], "support": ["市财政局"]}


def test_troops_stationed_in_the_place_are_doers_as_the_subject_of_yao():
    # a 双拥 plan's duties of both sides: the troops stationed there (驻青各部队) open an item as the subject of 要
    text = """县双拥工作计划
一、拥军优属
1、各村要结对帮扶困难优抚对象。
2、驻青各部队要充分发扬我军光荣传统,积极支持地方经济建设。
"""
    t1, t2 = tasks_of(text)
    assert named(t2) == {"units": ["驻青各部队"]}
    # a unit merely near troops is not one: the troops are the object here, the village the doer
    assert named(t1) == {"units": ["各村"]}


def test_townships_and_villages_named_by_their_kind_with_brackets_are_doers_of_yao():
    # 乡镇(街道)、村(社区)要…: the grassroots bodies named bare, each with its bracket, as the subject of 要
    text = """某州关于加强大学生征兵工作的意见
一、加强宣传教育
(一)完善宣传机制。
乡镇(街道)、村(社区)要明确征兵宣传责任人,组织人员主动上门开展征兵宣传。
(二)落实优待政策。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["乡镇(街道)", "村(社区)"]}


def test_society_at_large_closing_a_subject_list_is_no_body():
    # 各部门、单位和社会各界要…: the departments and units are the doers (sharing 各), society at large is none
    text = """县双拥工作计划
一、拥军优属
1、广泛开展“爱心献功臣”行动。各部门、单位和社会各界要通过结对帮扶、走访慰问等形式帮助困难重点优抚对象。
2、落实优待政策。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["各部门", "各单位"]}


def test_an_elliptical_party_and_government_pair_and_a_body_after_he_are_both_doers():
    # 各级党委、政府和驻固部队要…: the elliptical pair stays one name, the troops after 和 are a doer of their own
    text = """某县创建双拥模范县实施方案
二、创建任务及责任
1、各级党委、政府和驻固部队要把双拥工作纳入经济、社会发展和部队建设的总体规划。
2、广泛开展拥军活动。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["各级党委、政府", "驻固部队"]}


def test_a_body_before_how_often_it_meets_or_studies_the_work_is_a_doer():
    # 乡党委、政府每年研究双拥工作不少于两次 / …领导小组每年召开一次全体成员会议: the body before how often it acts
    text = """某乡创建双拥模范活动实施方案
三、工作措施
(一)加强组织领导。乡党委、政府每年研究双拥工作不少于两次。
(二)健全会议制度。各级各部门双拥工作领导小组每年召开一次全体成员会议。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"units": ["乡党委、政府"]}
    assert named(t2) == {"units": ["各级各部门双拥工作领导小组"]}
    assert [d["text"] for d in t1["deadlines"]] == ["每年"]


def test_a_themed_working_groups_members_without_a_level_are_doers_of_yao():
    # 双拥领导小组成员单位,要认真履行职责: the members of the plan's own working group, no level written
    text = """某乡创建双拥模范活动实施方案
三、工作措施
(一)加强组织领导。双拥领导小组成员单位,要认真履行职责,模范带头。
(二)加大宣传力度。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["双拥领导小组成员单位"]}


def test_themes_before_a_last_leading_group_share_it():
    # 文化拥军、法律拥军、科技拥军领导小组要…: each theme's own working group, the subject of 要
    text = """县双拥工作计划
一、开展双拥共建活动
1、继续开展文化拥军、法律拥军、科技拥军活动。文化拥军、法律拥军、科技拥军领导小组要结合部队需要,科学制定拥军计划。
2、积极开展军民共建活动。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["文化拥军领导小组", "法律拥军领导小组", "科技拥军领导小组"]}


def test_a_township_office_named_bare_in_ban_is_a_doer_of_yao_but_a_verb_in_ban_is_not():
    # 民政办要尽心尽责…: the township's own office named by its short name with no level
    text = """某乡创建双拥模范活动实施方案
三、工作措施
(一)加强组织领导。民政办要尽心尽责,充分发挥参谋助手作用。
(二)规范交办流程。任务交办要做到件件有回音。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"units": ["民政办"]}
    assert named(t2) == {}  # 交办 is the work handed on, no office


def test_bodies_each_taking_a_share_with_fenbie_lead_it():
    # 市教育局、市卫生局分别负责…: 分别 between the bodies and their role verb, each leading its own share
    text = """某市节能工作实施方案
四、主要任务
(一)明确分工。市发改委负责提出全市节能规划;市教育局、市卫生局分别负责教育、卫生系统节能。
(二)分解目标。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"lead": ["市发改委", "市教育局", "市卫生局"]}


def test_an_office_of_the_level_written_in_full_in_bangongshi_is_a_doer():
    # 市商业管理办公室负责…: an office named with its level and its full 办公室, as 市商务办 would be
    text = """某市节能工作实施方案
四、主要任务
(一)明确分工。市商业管理办公室负责商贸行业及仓储领域节能。
(二)分解目标。县人民政府节约能源办公室要制定本级公共机构节能改造计划。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["市商业管理办公室"]}
    assert named(t2) == {"units": ["县人民政府节约能源办公室"]}


def test_a_body_before_jiang_huitong_leads_and_its_partners_support():
    # 县…办公室将会同有关部门制定…: the body opening a later sentence with (将)会同 leads, the bodies after 会同 support
    text = """某县公共机构节能工作实施方案
二、主要措施
(一)抓好办公建筑节能。各单位新建办公建筑,要严格执行建筑节能规定。县人民政府节约能源办公室将会同有关部门制定既有办公建筑节能改造计划。
(二)加强公务用车管理。县教育局要会同县财政局、县人社局研究制定办法。
"""
    t1, t2 = tasks_of(text)
    assert named(t1)["lead"] == ["县人民政府节约能源办公室"]
    assert named(t1)["support"] == ["有关部门"]
    assert named(t2) == {"lead": ["县教育局"], "support": ["县财政局", "县人社局"]}


def test_public_institutions_are_doers_of_their_own_saving():
    # 各公共机构要…, 各级公共机构新建办公建筑,要…: the public institutions a 公共机构节能 plan is for, as the subject of 要
    text = """某县公共机构节能工作实施方案
二、主要措施
(一)强化再生资源利用。各公共机构要建立健全废旧商品回收机制。
(二)抓好办公建筑节能。各级公共机构新建办公建筑,要严格执行国家有关建筑节能方面的规定。
(三)加强医疗废物管理。各医疗机构要严格执行分类收集规定。
"""
    t1, t2, t3 = tasks_of(text)
    assert named(t1) == {"units": ["各公共机构"]}
    assert named(t2) == {"units": ["各级公共机构"]}
    assert named(t3) == {}  # the regulated kinds of body are no doers


def test_a_heading_joined_by_a_space_before_a_subject_with_what_it_acts_on():
    # "…既有建筑节能改造 各公共机构对新建办公楼建筑项目要…": the heading a flattened copy joined to its paragraph by a
    # space, the paragraph's subject after it with its 对-object before the modal
    text = """某县公共机构节能工作方案
二、主要措施
(四)完善措施,抓好新建建筑节能管理和既有建筑节能改造 各公共机构对新建办公楼建筑项目要严格执行建筑节能设计标准.
(五)加强管理.
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["各公共机构"]}


def test_a_half_width_point_between_characters_ends_a_sentence_before_its_subject():
    # a copy closing its sentences with "." : "…绿色建筑.有关部门要根据职责分工,…" opens a sentence with its subject
    text = """某县公共机构节能工作方案
二、主要措施
(四)完善措施。各公共机构对新建办公楼建筑项目要严格执行建筑节能设计标准,建设绿色建筑.有关部门要根据职责分工,对公共机构新建项目进行节能评估和审查.要推广使用1.2万只节能灯.
(五)加强管理.
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["各公共机构", "有关部门"]}


def test_a_prefectures_own_units_named_with_zhouzhi_are_doers():
    # 各县、州直各单位要…: the prefecture's counties and its own units (州直, as 县直, 市直), the subject of 要
    text = """海南州公共机构节能实施方案
三、重点工作
(一)继续抓好节能宣传教育。各县、州直各单位要继续加强学习节约能源法。
(二)加强日常节能管理。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["各县", "州直各单位"]}


def test_the_parks_of_a_kind_are_doers_as_the_places_of_a_level_are():
    # 县(区、市)政府、各工业园区也要…/负责…: the parks of a kind, each run as a place of its own, beside the governments
    text = """某市节能工作实施方案
四、主要任务
(一)加强领导。县(区、市)政府、各工业园区也要明确相应的管理机构。
(二)明确分工。市发改委负责提出全市节能规划;县(区、市)政府、各工业园区负责本行政区域内节能工作。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"units": ["县(区、市)政府", "各工业园区"]}
    assert named(t2) == {"lead": ["市发改委", "县(区、市)政府", "各工业园区"]}


def test_bare_sectors_after_a_level_working_alongside_the_leads_support():
    # 市科技、财政、统计等部门按照职责,协同做好…: the level written once for bare sectors before 等部门, each the level's
    # department, working alongside the leads named before them
    text = """某市节能工作实施方案
四、主要任务
(二)明确分工,责任到人。市发改委负责提出全市节能规划;市经贸委负责全市工业节能;市科技、财政、统计等部门按照职责,协同做好相关工作。各部门主要领导为各单位的节能责任人。
(三)分解目标。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"lead": ["市发改委", "市经贸委"], "support": ["市科技部门", "市财政部门", "市统计部门"]}


def test_a_tail_closed_by_its_own_full_stop_is_no_clause_cut_by_the_copy():
    # "…;市科技、财政、统计等部门按照职责,协同做好相关工作。" closing an item's last line: a whole sentence (its subject,
    # its verb after the comma), not a closing clause whose last piece the copy lost; the lead before it stays
    text = """某市节能工作实施方案
四、主要任务
(一)分解目标。
(二)明确分工。市发改委负责提出全市节能规划;市科技、财政、统计等部门按照职责,协同做好相关工作。
"""
    t2 = tasks_of(text)[1]
    assert named(t2) == {"lead": ["市发改委"], "support": ["市科技部门", "市财政部门", "市统计部门"]}


def test_role_labels_of_an_items_fields_numbered_with_circled_digits():
    text = (
        "某乡全国科普日活动实施方案\n"
        "一、重点活动安排\n"
        "(一)全国科普日宣传活动\n"
        "1.某乡综合科普宣传活动。\n"
        "(1)主办、协办单位:\n"
        "①主办单位:县科协\n"
        "②协办单位:县科委、县教委、县妇联\n"
        "2.科普进校园活动。\n"
    )
    task = tasks_of(text)[0]
    assert task["number"] == "1."
    assert named(task) == {"lead": ["县科协"], "support": ["县科委", "县教委", "县妇联"]}


def test_a_chengban_label_names_the_units_an_event_is_handed_to():
    text = (
        "某乡全国科普日活动实施方案\n"
        "一、重点活动安排\n"
        "(一)全国科普日宣传活动\n"
        "1.某乡综合科普宣传活动。\n"
        "(1)主办、承办单位:\n"
        "①主办单位:县科协\n"
        "②承办单位:某乡党委、某乡人民政府\n"
        "2.科普进校园活动。\n"
    )
    task = tasks_of(text)[0]
    assert named(task) == {"lead": ["县科协"], "units": ["某乡党委", "某乡人民政府"]}


def test_a_label_naming_the_unit_that_supplies_a_targets_figure():
    # 数据提供单位:市统计局 beside 牵头单位 and 责任单位 in a target's bracket: the unit named with no role word
    text = """2022年《政府工作报告》目标任务责任分解方案
一、全市经济社会发展主要预期目标
1.地区生产总值增长7%左右。(牵头单位:市发改委;数据提供单位:市统计局)
2.第一产业增加值增长2%。(牵头单位:市农业农村局;责任单位:市公园城市局;数据提供单位:市统计局)
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["市发改委"], "units": ["市统计局"]}
    assert named(t2) == {"lead": ["市农业农村局"], "units": ["市公园城市局", "市统计局"]}


def test_a_levels_finance_written_bare_setting_money_aside_is_a_doer():
    # tongliang-2025, yueyangxian-2016: 区财政 / 县财政, a level's finance with no organ, opening a sentence as the
    # subject of 安排 (what it sets aside); a body it gives the money to (县卫计局) is none
    text = """某区消费券发放工作方案
一、活动时间
2025年5月至6月。
二、经费安排
区财政安排资金100万元,将经费转拨第三方金融服务平台指定账户。
三、工作经费
县财政安排县卫计局迎复审工作经费50万元。
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["二、", "三、"]
    assert named(tasks[0]) == {"units": ["区财政"]}
    assert named(tasks[1]) == {"units": ["县财政"]}


def test_a_levels_party_committee_beside_its_government_is_a_doer():
    # gushi: 县委、县政府和驻固部队每年召开…, the level's Party committee named by its level alone beside that level's
    # government, before how often they meet: each a doer; 县委 alone in a preamble's 决定 is none
    text = """某县创建双拥模范县实施方案
县委、县政府决定,在全县开展双拥模范县创建活动。
一、创建任务
1、健全会议制度。县委、县政府和驻固部队每年召开一次议军议政会议。
2、加强宣传。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["县委", "县政府", "驻固部队"]}


def test_offices_listed_after_the_year_a_sentence_opens_with_are_doers_of_a_plain_verb():
    # panjin-2009: "2009年,外经贸局、建委引进外资各1亿美元", short office names before a plain verb after the year
    text = """2009年市政府各部门招商引资工作任务安排意见
一、确定专职招商人员
2009年,在市直60个部门中抽调逾200名人员。
二、明确招商任务
2009年,各部门招商引资要实现当年开工项目31项。
2009年,外经贸局、建委引进外资各1亿美元。
"""
    t2 = tasks_of(text)[1]
    assert named(t2) == {"units": ["各部门", "外经贸局", "建委"]}


def test_every_village_committee_going_to_an_office_for_what_it_is_given_is_a_doer():
    # unknown-zhen-2014 (traditional): "1、各村委會到鎮合管辦領取…收據", the villages' committees before 到 and the office
    # they go to, a plain verb behind; the station after them is the subject of 要
    text = """某镇新农合基金征收工作方案
一、征收缴费
1、各村委會到鎮合管辦(即鎮財政所)領取收費收據。鎮財政所要提前做好收據發放準備工作。
二、开据收据
农户按参合人数缴纳参合金。
"""
    t1 = tasks_of(text)[0]
    assert sorted(named(t1)["units"]) == sorted(["各村委會", "鎮財政所"])


def test_higher_and_senior_schools_named_by_their_kind_are_doers_of_yao():
    # xiangxi-201x (大学生征兵): "高等院校、高级中学(含职业高中、职业中专)要成立征兵宣传小组", the schools above the
    # 中小学 named by their kind, the bracket saying what the second takes in (part of its name)
    text = """关于加强和改进大学生征兵工作的意见
一、加强宣传教育
(一)完善宣传机制。
乡镇(街道)、村(社区)要明确征兵宣传责任人。
高等院校、高级中学(含职业高中、职业中专)要成立征兵宣传小组,深入院系、班级开展征兵宣传。
(二)丰富宣传内容。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["乡镇(街道)", "村(社区)", "高等院校", "高级中学(含职业高中、职业中专)"]}


def test_a_body_set_up_with_its_lead_and_bare_sectors_taking_part():
    # xiangxi-201x: "州、县市区成立由兵役机关牵头,宣传、教体、民政、人力资源和社会保障等部门参与的征兵宣传领导机构":
    # the lead named after 成立由 (a sector's organ by its kind), the bare sectors before 等部门 each sharing 部门
    found = roles.read("州、县市区成立由兵役机关牵头,宣传、教体、民政、人力资源和社会保障等部门参与的征兵宣传领导机构,"
                       "负责州、县市两级征兵宣传工作。")
    assert found.roles == {"lead": ["兵役机关"], "support": ["宣传部门", "教体部门", "民政部门", "人力资源和社会保障部门"]}


def test_an_office_bringing_others_in_by_xietiao_leads_them():
    # unknown-town-2023 (征兵宣传): "县征兵办将协调县委宣传部等部门,利用…展开征兵宣传" — the office leads, the bodies
    # it brings in support (the group tail as written); the villages as the subject of 要 are doers beside them
    text = """某镇2023年春季征兵宣传工作方案
一、要营造浓厚的征兵宣传氛围
近期,县征兵办将协调县委宣传部等部门,利用官方发布、党政橱窗等传播媒介,在全县全面展开征兵宣传。各村(居)也要积极主动作为。
二、要广泛开展宣传
各村(居)要张贴标语。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"lead": ["县征兵办"], "support": ["县委宣传部", "部门"], "units": ["各村(居)"]}


def test_a_qualified_group_acting_after_an_event_is_a_doer():
    # jilin-2017 (政协 督办 方案): "督办结束后,参加督办的相关专委会形成书面督办情况材料" — after the event, the group of
    # the plan's bodies (which of them: 参加督办的) before what it does then; the 分管副主席 is a person
    text = """督办重点提案工作方案
三、督办方式、要求
1、由分管副主席领办,相关专委会协助做好督办工作。
2、督办结束后,参加督办的相关专委会形成书面督办情况材料,请分管副主席审阅后,汇总到提案委。
"""
    t2 = tasks_of(text)[1]
    assert named(t2) == {"units": ["相关专委会"]}


def test_a_sectors_department_before_the_rules_it_acts_by_is_a_doer():
    # unknown-city-zhili (治超 duties): "(三)交通部门按照《\n道路运输条例》…的规定,对…责令其改正" — one sector's
    # department opening the item before the rules it acts by, a plain verb behind; its title cut inside the 《》
    text = """四、加强监管力度,实施源头管理
(一)各级人民政府要强化管理。
(二)加强企业管理。
(三)交通部门按照《
道路运输条例》等法规的规定,对为超限超载车辆提供便利的经营者,责令其改正并予以处罚。
"""
    t3 = tasks_of(text)[2]
    assert named(t3) == {"units": ["交通部门"]}


def test_the_places_along_what_a_qualifier_names_are_one_doer():
    # tianjin-2004 (防汛抗旱): "引黄、引滦输水沿线各区县要落实保水护水责任制" — the districts and counties along the two
    # canals, one name (the 、 inside the qualifier); 水政执法部门 as the subject of its own 要 beside them
    text = """关于做好防汛抗旱工作的意见
(三)抓好保水护水工作。引黄、引滦输水沿线各区县要落实保水护水责任制,加大护水力度,水政执法部门要加强巡查监督,严格执法。
(四)做好抗旱准备。
"""
    t1 = tasks_of(text)[0]
    assert named(t1) == {"units": ["引黄、引滦输水沿线各区县", "水政执法部门"]}


def test_a_division_parts_duty_lines_each_open_with_any_units_name_before_its_colon():
    # unknown-town-2021-feizhou… (a 镇's 非洲猪瘟 春季三大行动 方案): under 三、职责分工, one unit a line before its colon,
    # the first with its kind in brackets (村(居)民委员会), the others a town's offices named bare (农服中心, 财政所)
    text = (
        "某镇非洲猪瘟防控工作方案\n一、工作目标\n确保全镇不发生区域性疫情。\n三、职责分工\n"
        "村(居)民委员会:要按照“属地管理”原则,强化领导,科学宣传。\n"
        "农服中心:负责疑似疫情上报工作,负责动物及其产品检疫检验。\n"
        "财政所:负责非洲猪瘟防控经费保障,保障应急处置经费。\n"
    )
    (plan,) = import_texts([("f.txt", text)]).plans
    assert [([r["written"] for r in t["lead"]], t["line"]) for t in plan["tasks"]] == [
        (["村(居)民委员会"], 5), (["农服中心"], 6), (["财政所"], 7)]


def test_a_duty_part_whose_paragraph_runs_on_into_units_named_as_sentences_of_their_own():
    # unknown-county-jiegan-jinshao… (a 县's 秸秆禁烧 方案 on one line): 三、组织领导及职责分工 opens with its leading
    # group, then "各组成单位及其职责如下:" and each unit's name closed by a full stop before its duties
    text = (
        "某县秸秆禁烧工作实施方案为做好禁烧工作,制订本方案。一、指导思想以保护大气环境质量为目标。"
        "二、组织领导及职责分工为切实加强领导,县政府成立县禁烧工作领导小组,领导小组下设办公室。各组成单位及其职责如下:"
        "县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。"
        "县交通局、公路局。负责对国道、省道两侧燃烧秸秆情况的巡查。县农委。负责全县秸秆综合利用工作的督导。\n"
    )
    (plan,) = import_texts([("j.txt", text)]).plans
    assert [([r["written"] for r in t["lead"]], t["line"]) for t in plan["tasks"]] == [
        (["县环保局"], 1), (["县交通局", "县公路局"], 1), (["县农委"], 1)]


def test_a_duty_part_named_by_units_as_sentences_over_two_lines_of_a_copy():
    # mengnong-zhongda… (a 乡's 重大疫病防控 方案 in a document site's chunks): 四、职责 with each unit's name a sentence
    # of its own, the list going on in the next chunk's line before 五、
    text = (
        "乡镇重大疫病防控工作方案 为保证我乡畜牧业的健康开展,结合我乡实际,特制定本方案 一、指导思想 以预防为主。"
        " 二、目标和任务 禽流感、口蹄疫应免密度100% 三、组织领导 乡人民政府调整充实领导小组。 "
        "四、职责 乡人民政府。负责领导、组织协调各村委会及相关部门共同抓好重大动物疫病防治工作。 "
        "各村委会。按照属地管理原则,负责辖区内重大动物疫病防治的整体工作。 乡畜牧兽医站。组织实施重大动物疫病强制免疫方案,负责"
        "全乡各种兽用疫苗的组织供应\n"
        "工作。 乡直其他站所。服从乡党委政府抽调,配合搞好重大动物疫病防治工作。 五、防治措施 提高认识,加强领导\n"
    )
    (plan,) = import_texts([("m.txt", text)]).plans
    duties = [t for t in plan["tasks"] if t["number"] is None]
    assert [([r["written"] for r in t["lead"]], t["line"]) for t in duties] == [
        (["乡人民政府"], 1), (["各村委会"], 1), (["乡畜牧兽医站"], 1), (["乡直其他站所"], 2)]
    # the bodies its 组织协调 brings to the work with it (…共同抓好) help the holder
    assert [r["written"] for r in duties[0]["support"]] == ["各村委会", "相关部门"]


def test_a_towns_own_bodies_as_a_group_closing_a_subject_list_after_deng():
    # unknown-town-nongchanpin…: "…、镇畜牧兽医站等镇属相关单位要…": the group named by the level its bodies belong to
    # (镇属, 县属, 乡直) is one unit after the named ones, as 县直有关单位 is
    assert roles.doers("各村、镇农产品质量安全监管站、镇食品安全监管所、镇畜牧兽医站等镇属相关单位要针对我镇的薄弱环节,"
                       "适时开展专项整治。") == {
        "units": ["各村", "镇农产品质量安全监管站", "镇食品安全监管所", "镇畜牧兽医站", "镇属相关单位"]}
    assert roles.doers("县农业局、县畜牧局等县属有关单位要加强监管。") == {"units": ["县农业局", "县畜牧局", "县属有关单位"]}


def test_a_clause_line_under_the_last_item_of_a_part_titled_with_its_lead_is_that_items():
    # shanxi-2008-shengzhengfu…: "(三)省编办牵头的工作" over 1. 2. and then "协同单位:…": the heading is a part naming
    # the body that leads its items, no item itself; its items are the tasks, and the clause closes the last of them
    text = """某省人民政府关于印发2008年省人民政府工作目标责任分解的通知
一、省长负责的工作
(一)省审计厅牵头的工作
全面加强审计工作。
协同单位:省直各部门和各市人民政府。
(二)省编办牵头的工作
1.深化行政管理体制改革,优化政府机构设置。
2.积极稳妥地推进乡镇机构改革。
协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["(一)", "1.", "2."]
    assert named(tasks[2]).get("support") == ["省财政厅", "省人事厅", "省直有关部门", "各市人民政府"]
    assert "support" not in named(tasks[1])
    # a part titled with a body's name alone (a list of problems per place) still lifts the clause onto its heading
    problems = text.replace("(二)省编办牵头的工作", "(二)市科技馆").replace("协同单位:省财政厅", "整改责任单位:省财政厅")
    assert [t["number"] for t in tasks_of(problems)][-1] == "(二)"


def test_an_item_titled_with_the_body_that_leads_it_names_its_lead():
    # shanxi-2008-shengzhengfu…: "(一)省监察厅牵头的工作" over its one paragraph (no items below it): the item's title
    # names its lead in its own words, beside its partners on the clause line
    text = """某省人民政府关于印发2008年省人民政府工作目标责任分解的通知
一、省长负责的工作
(一)省监察厅牵头的工作
加强行政监察工作,全面落实政府系统党风廉政建设责任制。
(二)省审计厅牵头的工作
全面加强审计工作。
协同单位:省直各部门和各市人民政府。
"""
    tasks = tasks_of(text)
    assert named(tasks[0]) == {"lead": ["省监察厅"]}
    assert named(tasks[1]) == {"lead": ["省审计厅"], "support": ["省直各部门", "各市人民政府"]}


def test_a_part_titled_with_its_lead_gives_it_to_items_that_name_only_their_partners():
    # shanxi-2008-shengzhengfu…: "(一)省人民政府办公厅牵头的工作" over 1. and 2., each closed by "协同单位:…": the items
    # name only the bodies working with the lead, so the part's lead is still theirs (carried), beside their partners
    text = """某省人民政府关于印发2008年省人民政府工作目标责任分解的通知
一、常务副省长负责的工作
(一)省人民政府办公厅牵头的工作
1.加强政府自身建设,切实优化政务环境。
协同单位:省直有关部门和各市人民政府。
2.认真执行省人大及其常委会的各项决议、决定,自觉接受监督。
协同单位:省直有关部门和各市人民政府。
3.进一步完善民主科学决策的体制机制。
"""
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    for t in tasks[:2]:
        assert named(t) == {"lead": ["省人民政府办公厅"], "support": ["省直有关部门", "各市人民政府"]}
    assert named(tasks[2]) == {"lead": ["省人民政府办公厅"]}
    # an item naming a lead of its own keeps it alone
    own = text.replace("协同单位:省直有关部门和各市人民政府。\n2.", "牵头单位:省发展改革委。\n2.", 1)
    assert named(tasks_of(own)[0]) == {"lead": ["省发展改革委"]}


def test_an_adverb_between_the_body_after_you_and_fuze_is_no_part_of_its_name():
    # "1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责…": how fully the body takes the work on (全面, 具体, 统一) stands
    # between its name and 负责; the body leads (lantian-2013…)
    text = """某县文物安全工作方案
二、明确文物安全管理责任
1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。
2、水陆庵古建筑,由蓝田县水陆庵文管所具体负责文物保护单位的安全管理工作。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["蓝田县猿人遗址文管所"]}
    assert named(t2) == {"lead": ["蓝田县水陆庵文管所"]}


def test_the_matter_written_out_before_you_is_no_name():
    # "(三)我县境内的文物行政执法工作由县文物旅游局负责实施。": the work the item hands out, its own words closed by 工作
    # before 由, no body; the body after 由 does it, 负责实施 giving it the role of 实施 (lantian-2013…)
    text = """某县文物安全工作方案
二、明确文物安全管理责任
(一)其它文物部门未专门设置管理单位的,由所在镇人民政府负责,指定专人履行文物安全管理责任。
(二)我县境内的文物行政执法工作由县文物旅游局负责实施。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["所在镇人民政府"]}
    assert named(t2) == {"implement": ["县文物旅游局"]}


def test_fuze_after_the_modal_and_how_fully_the_body_takes_the_work_on_leads():
    # "镇文物普查办公室,要全面负责文物普查工作": 全面 between the modal and 负责, the body leading as with 要负责
    # (unknown-zhen-wenwu-baohu…); a body with its modal alone stays units
    text = """某镇文物保护工作计划
三、完成我镇文物普查任务
1、做好普查。镇文物普查办公室,要全面负责文物普查工作,上下衔接。
2、镇文化站要做好普查资料的存档工作。
"""
    t1, t2 = tasks_of(text)
    assert named(t1) == {"lead": ["镇文物普查办公室"]}
    assert named(t2) == {"units": ["镇文化站"]}


def test_the_websites_of_a_levels_units_as_the_subject_of_yao():
    """yingkou-2015-wangluo-anquan…: a notice on the 网络安全宣传周 addresses the sites the city's units run (市直各网站,
    各网站) beside its departments: each a doer of its own site's part, as the subject of 要."""
    assert roles.doers("各有关部门、市直各网站要认真组织开展网络安全宣传周活动。") == {"units": ["各有关部门", "市直各网站"]}
    assert roles.doers("各网站要在首页开设“国家网络安全宣传周”专题,转载推送新闻稿件。") == {"units": ["各网站"]}


def test_a_title_shortened_from_a_long_opening_sentence_is_no_units_name_alone():
    """yingkou-2015-wangluo-anquan…: an item that is one long sentence, its subject a list of bodies before 要, gets a
    title shortened with … (各有关部门、各市(县)区互联网宣传管理部门、市直各网站要…); that title is no unit's name
    standing alone over its duties (no lead "市直各网站要…"): the bodies are the subjects of 要, units."""
    from planportal.importer import import_texts

    text = (
        "现将我市网络安全宣传周活动具体工作要求通知如下:\n"
        "一、各有关部门、各市(县)区互联网宣传管理部门、市直各网站要认真组织开展网络安全宣传周活动。利用平面、广电、"
        "网络等多种宣传媒体,将网络安全宣传周内容广泛覆盖各类人群。\n"
        "二、活动要严格贯彻执行中央八项规定有关要求,坚持勤俭节约、务实高效的原则。\n"
    )
    (plan,) = import_texts([("y.txt", text)]).plans
    first = plan["tasks"][0]
    assert first["title"].endswith("…")
    assert "lead" not in first
    assert [r["written"] for r in first["units"]] == ["各有关部门", "各市(县)区互联网宣传管理部门", "市直各网站"]


def test_a_body_named_as_what_it_is_for_the_work_then_fuze_leads():
    """dongguan-2011-zhengfu-xinxi…: "X为全市…工作的主管部门,负责推进…", one sentence a body, each body named as
    what it is for the work and then 负责 its part: each leads."""
    text = ("(一)市政务信息公开工作领导小组为全市政府信息公开工作机构,负责规划、部署、监督全市政府信息公开工作。\n"
            "市政府办公室为全市政府信息公开工作的主管部门,负责推进、指导全市政府信息公开工作。\n")
    assert roles.doers(text) == {"lead": ["市政务信息公开工作领导小组", "市政府办公室"]}
    assert roles.doers("以公开为常态,不公开为例外,负责同志要带头。") == {}


def test_bare_sectors_before_their_group_after_tongshi_with_peihe_support():
    """qiaotouji-xinfang…: "同时,综治、公安、司法、信访等相关部门进一步密切配合": bare sectors sharing the group's 部门
    after 同时, a partner's verb behind them (how they act, 进一步密切, between): each sector's department supports; the
    group after 等 names no further unit (no 相关部门 beside them)."""
    text = "形成以村为主的信访工作机制。同时,综治、公安、司法、信访等相关部门进一步密切配合、整合资源,齐抓共管。"
    assert roles.doers(text) == {"support": ["综治部门", "公安部门", "司法部门", "信访部门"]}


def test_bodies_before_an_adverb_of_care_and_the_work_they_carry_out_are_units():
    """qiaotouji-xinfang…: "各村(居)、社区认真开展辖区内的信访隐患排查工作": the bodies a sentence opens with, 认真 (切实)
    and the work they carry out behind them with no modal, are its doers (units), the 各 shared."""
    text = "做好信访隐患的排查。各村(居)、社区认真开展辖区内的信访隐患排查工作,每周五上报至镇信访办。"
    assert roles.doers(text) == {"units": ["各村(居)", "各社区"]}
    assert roles.doers("认真开展辖区内的信访隐患排查工作。") == {}


def test_bodies_before_a_yearly_count_of_meetings_or_before_ducha_zuohao_are_units():
    # unknown-town-minzu-zongjiao…: "镇民族宗教工作领导小组全年召1-2次会议" (全年 and the 召 of 召开, no modal) and
    # "各村、社区督查做好辖区内…工作" (the work they check and carry out in their area): both name their doers
    text = ("1、强化工作责任。镇民族宗教工作领导小组全年召1-2次会议研究民宗工作。按照属地管理原则,"
            "各村、社区督查做好辖区内宗教活动场所安全管理等工作。")
    assert roles.doers(text) == {"units": ["镇民族宗教工作领导小组", "各村", "各社区"]}
    # a count of meetings with no body before it names none
    assert roles.doers("全年召开2次会议研究民宗工作。") == {}


def test_a_body_before_jiang_and_what_it_reports_is_a_unit():
    # cheqiao-zongjiao…: "各村将本辖区内…的活动情况每季度以书面形式向镇宗教工作领导小组汇报" — 将 takes what the body
    # reports as its object, the report its act: the body is the doer (as the subject of 要 is); persons before it are none
    text = ("3、镇、村责任人对所负责的宗教活动场所进行长效管理,"
            "各村将本辖区内的宗教活动场所的活动情况每季度以书面形式向镇宗教工作领导小组汇报。")
    assert roles.doers(text) == {"units": ["各村"]}
    # a report with no body before its 将 names no doer
    assert roles.doers("将有关情况每季度以书面形式汇报。") == {}


def test_a_body_assigning_the_persons_answerable_for_what_dui_names_is_a_unit():
    # cheqiao-zongjiao…: "镇宗教工作领导小组对各宗教活动场所落实责任人(见附表)" — 落实 assigns the persons answerable
    # for the places 对 names: the body assigning them is the doer, a unit
    assert roles.doers("镇宗教工作领导小组对各宗教活动场所落实责任人(见附表)。") == {"units": ["镇宗教工作领导小组"]}
    assert roles.doers("对各宗教活动场所落实责任人。") == {}


def test_the_mediation_committees_of_every_level_or_a_village_are_units():
    # unknown-place-renmin-tiaojie…: a 人民调解 plan names the mediation committees it organises and the committees that
    # guide them as the subject of 要 ("各级人民调解工作指导委员会要充分发挥指导协调作用"): bodies of the plan, units
    assert roles.doers("各级人民调解工作指导委员会要充分发挥指导协调作用。") == {"units": ["各级人民调解工作指导委员会"]}
    assert roles.doers("村人民调解委员会要及时调解邻里纠纷。") == {"units": ["村人民调解委员会"]}
    # a committee of the regulated companies is none (企业调解委员会要… names the companies' own body)
    assert roles.doers("企业人民调解委员会要及时调解劳动纠纷。") == {}


def test_bare_levels_counted_before_their_organ_name_one_organ_per_level():
    # unknown-place-renmin-tiaojie…: "镇、村两级人民调解委员会…" — the levels listed, how many they are (两级), then the
    # organ each has: one body per level, as 县、乡(镇)安委会 reads 县安委会, 乡(镇)安委会
    assert roles.doers("镇、村两级人民调解委员会要定期开展排查活动。") == {"units": ["镇人民调解委员会", "村人民调解委员会"]}
    assert roles.doers("县、乡两级政府要定期研究矛盾纠纷化解工作。") == {"units": ["县政府", "乡政府"]}
    # persons of two levels are no bodies
    assert roles.doers("镇、村两级干部要深入走访群众。") == {}


def test_a_body_before_how_many_days_it_holds_its_act_at_is_a_unit():
    # unknown-place-renmin-tiaojie…: "镇、村两级人民调解委员会每10天定期开展排查活动" — a count of days, then the act the
    # bodies hold at that interval (定期开展), no modal: the bodies are the doers, as before 每月至少召开
    text = "8、建立健全矛盾纠纷排查机制。镇、村两级人民调解委员会每10天定期开展排查活动。"
    assert roles.doers(text) == {"units": ["镇人民调解委员会", "村人民调解委员会"]}
    assert roles.doers("各村每月定期开展矛盾纠纷排查。") == {"units": ["各村"]}
    # an interval with no body before it, or persons before it, names none
    assert roles.doers("每10天定期开展排查活动。") == {}
    assert roles.doers("群众每月定期开展活动。") == {}


def test_cases_parted_by_semicolons_each_assigned_by_you_fuze_name_every_lead():
    # unknown-city-maodun-jiufen…: "对发生在县区范围内的矛盾纠纷,由当地党委、政府负责解决;辖区内的…单位的矛盾纠纷,由其
    # 主管部门负责解决,地方党委、政府积极配合;…" — each case's body leads (其 a pronoun, no part of the name), the bodies
    # before 积极配合 support, not the first case's body alone
    text = ("3、联合调处机制。对发生在县区范围内的矛盾纠纷,由当地党委、政府负责解决;辖区内的中央、省市垂直管理单位的矛盾纠纷,"
            "由其主管部门负责解决,地方党委、政府积极配合;跨地区、跨部门的矛盾纠纷,由上级党委、政府组织协调解决。")
    assert roles.extract(text) == {"lead": ["当地党委、政府", "主管部门", "上级党委、政府"], "support": ["地方党委、政府"]}
    # one case alone keeps its one reading
    assert roles.extract("对发生在县区范围内的矛盾纠纷,由县司法局负责解决。") == {"lead": ["县司法局"]}


def test_a_body_setting_up_a_working_body_of_its_own_is_a_unit():
    # unknown-town-maodun-jiufen-duoyuan…: "各村民小组(农业社)成立说理委员会,…,由村民小组组长负责" — the body before 成立
    # and the committee it sets up is the doer (the 组长 after 由 a person)
    text = ("1、“组”一级调解。各村民小组(农业社)成立说理委员会,从原有调解委员会人员中推选3-5人组成,"
            "由村民小组组长负责,及时对村民小组内的矛盾纠纷进行调解。")
    assert roles.doers(text) == {"units": ["各村民小组(农业社)"]}
    assert roles.doers("各村成立调解小组,及时调解纠纷。") == {"units": ["各村"]}
    # no body before it, or persons, name none
    assert roles.doers("成立说理委员会。") == {}
    assert roles.doers("群众成立互助小组。") == {}


def test_each_levels_chief_share_of_the_work_names_its_bodies():
    # unknown-city-maodun-jiufen…: "实行三级调解工作制度,村(社居委)主要以矛盾纠纷摸底排查为主,…;乡镇(街道、系统)主要以调处化解
    # 为主,…;县级党委、政府和调解组织主要以矛盾纠纷终结为主" — each level's body before 主要以…为主 is a doer, a unit (the
    # village with its community's committee, the township with its level's other bodies in brackets, the county's
    # elliptical organ pair and its mediation bodies apart)
    text = ("4、分级调处机制。实行三级调解工作制度,村(社居委)主要以矛盾纠纷摸底排查为主,做到不漏人、不漏事;"
            "乡镇(街道、系统)主要以调处化解为主,确保不出乡镇和单位;县级党委、政府和调解组织主要以矛盾纠纷终结为主,实行终结处理。")
    assert roles.doers(text) == {"units": ["村(社居委)", "乡镇(街道、系统)", "县级党委、政府", "调解组织"]}
    # persons before it name none
    assert roles.doers("群众主要以自我调解为主。") == {}


def test_a_case_organised_by_a_body_or_one_it_names_is_led_by_that_body():
    # unknown-city-maodun-jiufen…: "跨地区、跨部门的矛盾纠纷,由上级党委、政府组织或指定相关部门协调解决" beside other cases
    # assigned by 由…负责: the body that organises the work (or names who does) leads its case; 相关部门 no doer of its own
    text = ("对发生在县区范围内的矛盾纠纷,由当地党委、政府负责解决;"
            "跨地区、跨部门的矛盾纠纷,由上级党委、政府组织或指定相关部门协调解决。")
    assert roles.extract(text) == {"lead": ["当地党委、政府", "上级党委、政府"]}


def test_a_working_groups_members_named_by_their_bodies_under_a_bare_member_label():
    """A project's fields (1、任务 / 2、项目攻坚领导小组) with its group's 组长 a person and its 成员 its bodies
    (unknown-county-zhencun-xiangmu-gongjianyue…): the 成员 list names the project's units as a 成员单位 list would, and
    the numbered fields stay the project's, one task; members named as persons are no units."""
    text = ("镇村项目攻坚月活动工作意见\n各乡镇人民政府,县政府各有关工作部门:\n县政府决定集中一个月时间抓好两个重点建设项目。\n"
            "一、重点项目和责任分工\n(一)沟沟渠住宅小区建设项目\n1、任务\n完成征地尾留、土地招拍挂工作。\n"
            "2、项目攻坚领导小组\n组长:副县长\n成员:城建局、土地局、林业局、佳芦镇政府\n"
            "(二)王寨供水工程\n1、任务\n基础工程,超额完成土方任务。\n2、项目攻坚领导小组\n组长:副县长\n成员:张三、李四\n"
            "二、项目攻坚工作要求\n1、加强领导。要把项目攻坚月活动作为当前工作的重中之重。\n")
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks][:1] == ["(一)"]
    assert named(tasks[0]) == {"units": ["城建局", "土地局", "林业局", "佳芦镇政府"]}
    assert roles.read("成员:张三、李四").roles == {}


def test_the_bodies_owning_or_coordinating_a_plans_projects_as_the_subject_of_wubi_or_yao():
    """"各重点项目业主单位务必…", "各重点前期项目承办单位务必…", "各责任协调单位要…" (unknown-district-zhongdian-
    xiangmu…): the bodies named by their part in the projects are doers, as 各承办单位 are."""
    text = ("各重点项目业主单位务必制定和倒排详细工作方案,建立项目工作责任制。\n"
            "各重点前期项目承办单位务必按计划节点完成规划、土地、环评等审批环节。")
    assert roles.doers(text) == {"units": ["各重点项目业主单位", "各重点前期项目承办单位"]}
    assert roles.doers("各责任协调单位要积极协调解决项目推进中的问题。") == {"units": ["各责任协调单位"]}
    assert roles.doers("各施工单位要文明施工。") == {}


def test_the_responsible_unit_called_by_its_label_as_the_subject_of_yao():
    """"责任单位要…" (henan-2018): the unit a notice's division of the work names responsible for each project, called by
    that label as the subject of 要 after the bodies of the sentence before, is a doer as written."""
    text = "各地、各有关部门要加快推进项目前期工作,责任单位要发挥统筹协调作用,推动项目早落地、早开工。"
    assert roles.doers(text) == {"units": ["各地", "各有关部门", "责任单位"]}
    assert roles.doers("责任单位要执行月报制度,每月5日前报送上月项目推进情况。") == {"units": ["责任单位"]}


def test_a_note_in_angle_brackets_inside_a_clause_is_no_name_and_voids_nothing():
    # unknown-city-2021-jianzai…: a page's nested parentheses written as 〈〉 inside the clause's own: the places'
    # alternatives stay in the name (各县〈市、区〉), the note 〈下同〉 after the zones' committee is dropped, and the
    # lists before 按职责分工负责 all lead (no lead named)
    text = ("一、提升综合协调能力\n"
            "(一)树牢综合减灾理念。纳入干部培训内容。(各县〈市、区〉,市城乡一体化示范区、东城区管委会〈下同〉,"
            "各有关部门按职责分工负责)\n"
            "(二)强化统筹协调。调整充实市减灾委成员单位。(市减灾委办公室及相关各成员单位按职责分工负责)\n")
    first, second = tasks_of(text)
    assert named(first)["lead"][0] == "各县〈市、区〉"
    assert named(first)["lead"][-1] == "各有关部门"
    assert not any("下同" in n for n in named(first)["lead"])
    assert named(second) == {"lead": ["市减灾委办公室", "相关各成员单位"]}


def test_an_adverb_before_the_role_verb_is_no_part_of_the_last_name():
    # unknown-street-shequ…: "此项工作由X牵头,街道与各村居、社区、相关单位密切配合有关工作" — 密切 says how they take
    # their role and 有关工作 what they take it in: the list before them supports the lead, 相关单位 whole
    found = roles.read("此项工作由街道流动人口服务管理所牵头,街道与各村居、社区、相关单位密切配合有关工作。").roles
    assert found["lead"] == ["街道流动人口服务管理所"]
    assert "相关单位" in found["support"] and not any("密切" in n for n in found["support"])


def test_subjects_of_yao_before_a_closing_ci_xiang_gong_zuo_you_sentence_are_units_too():
    # unknown-street-shequ…: an item whose last sentence gives its work as a whole to a lead and partners (此项工作由X
    # 牵头,…配合), its earlier sentence naming bodies as the subject of 要: those bodies are doers too (units), a bare
    # 企事业单位 sharing the 各 of the list
    text = ("一、清查大行动的内容\n"
            "1.深化出租房整治。各村、社区、企事业单位要完善原有出租房屋台帐,做好整治工作。"
            "此项工作由街道流动人口服务管理所牵头,街道与各村居、社区、相关单位密切配合有关工作。\n"
            "2.做好企业的整治工作。加强检查。\n")
    first = named(tasks_of(text)[0])
    assert first["lead"] == ["街道流动人口服务管理所"]
    assert first["units"] == ["各村", "各企事业单位"]  # 各社区 is a partner already
    assert roles.doers("各村、社区、企事业单位要完善原有出租房屋台帐。") == {"units": ["各村", "各社区", "各企事业单位"]}


def test_the_sectors_systems_as_the_subject_of_yao_are_a_unit():
    # tongde-2014…: "各行业系统和乡镇要努力延伸消防管理的触角" — each sector's system (its departments and the units under
    # them) and the townships, each a doer
    assert roles.doers("各行业系统和乡镇要努力延伸消防管理的触角。") == {"units": ["各行业系统", "乡镇"]}
    assert roles.doers("各行业系统要努力延伸消防管理的触角。") == {"units": ["各行业系统"]}
    assert roles.doers("行业系统的管理要延伸。") == {}


def test_a_bare_zhuguan_bumen_after_a_name_with_ge_and_a_dun_shares_the_ge():
    # unknown-county-2012-qixiang…: "各鎮區、主管部門要加強檢查、考核" — the departments over each sector, listed after
    # 各鎮區 with 、: 各主管部門 (the name a reader means); after 和 it stays as written, as 各乡镇和职能部门 does
    assert roles.doers("各鎮區、主管部門要加強檢查、考核。") == {"units": ["各鎮區", "各主管部門"]}
    assert roles.doers("各乡镇和主管部门要加强检查。") == {"units": ["各乡镇", "主管部门"]}


def test_towns_and_villages_named_short_as_a_pair_before_fu_ze_lead():
    # unknown-county-2012-qixiang…: "…;鎮區、村居負責修復和維護本屬區廣播系統" — a county's towns with its zones and the
    # villages with the residents' communities, named short, lead the repair their clause gives them
    found = roles.doers("縣氣象局要利用縣廣播系統發布預警信息;鎮區、村居負責修復和維護本屬區廣播系統(農村大喇叭)。")
    assert found == {"units": ["縣氣象局"], "lead": ["鎮區", "村居"]}
    assert roles.doers("镇区建设要加快。") == {}


def test_bodies_with_ge_opening_the_clause_after_the_leads_before_a_plain_verb_are_units():
    # unknown-town-2019-fangzhen…: "鎮政府牽頭,各村(社區)、各單位結合本單位工作實際,在主要街道懸掛宣傳標語" — the lead,
    # then the bodies that do the work with it, named before a plain verb of carrying out (no role word): units
    found = roles.doers("鎮政府牽頭,各村(社區)、各單位結合本單位工作實際,在主要街道懸掛宣傳標語1—2幅。")
    assert found == {"lead": ["鎮政府"], "units": ["各村(社區)", "各單位"]}
    assert roles.doers("镇政府牵头,各项工作结合实际开展。") == {"lead": ["镇政府"]}  # a matter, no body


def test_a_levels_broadcasting_station_is_a_body_and_the_doer_of_what_it_broadcasts():
    # unknown-county-2012-qixiang…: "縣氣象局要利用縣廣播系統…;縣廣播電臺根據縣氣象局提供的氣象信息及時在廣播上播出" —
    # the level's station opening a later sentence before what it acts by, a plain verb behind: a doer (units)
    found = roles.doers("縣氣象局要利用縣廣播系統發布預警信息;縣廣播電臺根據縣氣象局提供的氣象信息及時在廣播上播出;")
    assert found == {"units": ["縣氣象局", "縣廣播電臺"]}
    assert roles.doers("县广播电台要及时播出预警信息。") == {"units": ["县广播电台"]}
    assert roles.doers("县广播电台根据安排播出。") == {}  # the item's first sentence: no 要, no role word


def test_a_townships_office_by_its_bare_level_before_what_it_acts_on_and_yao_is_a_unit():
    # unknown-street-shequ…: "街道对这一类企业进行彻底排查、要求其整改的同时,要及时指导…" — the 街道's own office, named by
    # its bare level (as 由镇统一发放 names the town's), then what it acts on, then its 要: a doer
    found = roles.doers("街道对这一类企业进行彻底排查、要求其整改的同时,要及时指导做好相关企业的隐患整治。")
    assert found == {"units": ["街道"]}
    assert roles.doers("县对各企业要进行排查。") == {}  # a county named bare: no body read
    assert roles.doers("街道要加强。") == {}


def test_a_works_management_office_named_bare_checking_with_care_is_a_doer():
    # unknown-county-shuihan-zaihai…: "(四)基础信息复核。水系管理所认真复核芭蕉窝水库…等水利工程现状" — the management
    # office of the county's water system, named bare in its department's plan, as the subject of 认真复核: a unit
    assert roles.doers("水系管理所认真复核芭蕉窝水库、在建工程、山塘以及堤防等水利工程现状。") == {"units": ["水系管理所"]}
    # the same office under a duty list's body that sets it up, with a role verb, stays unread ("交通安全管理站负责…")
    assert roles.doers("交通安全管理站负责乡镇区域内的交通安全宣传教育。") == {}
    # a property's management office is no body of government
    assert roles.doers("物业管理所认真复核小区设施现状。") == {}


def test_a_body_opening_a_sentence_before_zuohao_and_the_work_it_closes_on_is_a_doer():
    # unknown-county-cun-yinyongshui…: "县饮水办做好全县农村饮用水工程技术指导和工程治理工作。" — a body before 做好 with no
    # modal, the sentence closing on the 工作 it carries out: a doer, a unit
    assert roles.doers("县饮水办做好全县农村饮用水工程技术指导和工程治理工作。") == {"units": ["县饮水办"]}
    # the bodies a duty's holder directs after its verb are no subject ("组织有关部门做好…工作", "指导当地政府做好…工作")
    assert roles.doers("负责全市处置工作,组织有关部门做好案件的受理和处置善后等工作。") == {}
    assert roles.doers("指导当地政府做好应急避难场所的管理工作。") == {}


def test_an_item_titled_with_a_work_and_its_object_is_no_duty_holder_when_its_text_names_its_doers():
    # dakou-2019: "(三)各村过路桥坝防汛。各行政村要对辖区内地过路桥坝进行深入细致的检查": the title names the work and what
    # it covers (no body's name, though it opens with 各村); the doers are the subject of the next sentence, 各行政村
    assert roles.duty_holder("各村过路桥坝防汛", "各村过路桥坝防汛。各行政村要对辖区内地过路桥坝进行深入细致的检查。") == {}
    assert roles.doers("各行政村要对辖区内地过路桥坝进行深入细致的检查,保证泄洪通畅。") == {"units": ["各行政村"]}
    # a body's name over its duties still holds them ("市民政局。负责…")
    assert roles.duty_holder("市民政局", "市民政局。负责全市救灾物资的储备和发放。") == {"lead": ["市民政局"]}


def test_the_body_the_plans_own_level_brings_in_after_you_xietiao_is_the_doer():
    # dakou-2019: "由镇协调陆渠局做好大渠沿线检查维修工作": the town (the plan's own) coordinates, the 陆渠局 does the work
    assert roles.doers("由镇协调陆渠局做好大渠沿线检查维修工作,并清淤疏通各排水及退水渠道。") == {"units": ["陆渠局"]}
    # 由 naming the doer itself is read as before
    assert roles.doers("由县水利局做好大渠沿线检查维修工作。") == {"units": ["县水利局"]}


def test_you_set_twice_and_bodies_acting_together_after_you_are_read_as_the_leads():
    # longquan-shuihui…: "由水利由水利部门负责实施" (a copy that set 由 twice: the body after the last) and "由乡镇(街道)和村
    # 共同负责实施" (共同 how they act; the village named by its level alone after 和, one of the two)
    assert roles.read("对于8万元以上的水利工程修复,由水利由水利部门负责实施。").roles == {"lead": ["水利部门"]}
    assert roles.read("由乡镇(街道)和村共同负责实施、水利部门负责技术指导。").roles == {"lead": ["乡镇(街道)", "村"]}


def test_a_heading_ending_on_the_system_it_sets_up_glued_before_the_body_that_leads_is_no_part_of_its_name():
    # yangjinzhuang…: "(二)建立分工负责的镇村两级防汛组织体系镇政府负责镇域内9条干渠…的隐患排查": the heading, ending on the
    # 体系 it sets up, glued to the sentence its lead opens with no mark between: the lead is 镇政府
    text = "建立分工负责的镇村两级防汛组织体系镇政府负责镇域内9条干渠和公共支渠的隐患排查、清理疏浚。"
    assert roles.doers(text) == {"lead": ["镇政府"]}
    assert roles.doers("建立分工负责的防汛体系。" + text) == {"lead": ["镇政府"]}


def test_every_administrative_village_opening_an_item_whose_line_the_layout_broke_is_its_doer():
    # unknown-town-zhenrong…: "1、各行政村应做好群众居住聚集区的生活垃圾收集和" / "处理,…": the villages of the
    # township, each a body of government as 各村 is, are the item's doers; the broken first line is no holder's name
    text = ("乡镇镇容镇貌综合整治实施方案\n\n一、整治内容和要求\n\n1、各行政村应做好群众居住聚集区的生活垃圾收集和\n\n"
            "处理,并对群众房前屋后的卫生状况进行检查,发现脏乱差的予以及时纠正。\n\n"
            "2、镇城管办负责集镇主干道的保洁,做到日产日清。\n")
    first = next(t for t in tasks_of(text) if t["number"] == "1、")
    assert named(first) == {"units": ["各行政村"]}


def test_the_villages_under_a_township_holder_are_no_doer_beside_it():
    # unknown-city-nongcun-daolu…: "乡镇政府:…。各行政村要建立…联组": the villages the township's duties reach down to
    assert roles.duty_holder("乡镇政府", "建立乡镇交通安全管理站。各行政村要建立道路交通安全联组。") == {"lead": ["乡镇政府"]}


def test_a_body_answering_for_the_work_by_its_own_person_is_a_unit():
    # cheqiao-zongjiao…: "各行政村由村党支部书记负责宗教活动场所的长效管理工作": the villages, then their own person (由
    # the 书记) before 负责: the villages are the doers, with no role word of their own (the 负责 is the person's)
    assert roles.doers("各行政村由村党支部书记负责宗教活动场所的长效管理工作。") == {"units": ["各行政村"]}
    # a body 由 names before 负责 is read with its role elsewhere, no doer here
    assert roles.doers("联席会议由县政府负责召集。") == {}


def test_the_units_concerned_as_the_only_subject_of_yao_in_a_point_are_its_doers():
    # suichang-2024…: "按照…的原则,各相关单位要抓紧落实…" and "各相关单位对于…欠款问题要纳入台账管理": the units
    # concerned the letter addresses, alone, are the point's doers
    assert roles.doers("按照“属地管理、分级负责”的原则,各相关单位要抓紧落实问题线索核查办理。") == {"units": ["各相关单位"]}
    assert roles.doers("各相关单位对于排查新发现的欠款问题要纳入台账管理,逐月进行调度。") == {"units": ["各相关单位"]}
    # a bare 各单位 alone stays none; beside a government body it still counts with it
    assert roles.doers("强化财务监管。各单位要建立健全基本信息数据库。") == {}
    assert roles.doers("各村委会、各单位要加强宣传。") == {"units": ["各村委会", "各单位"]}


def test_a_body_before_ke_and_the_means_it_may_use_is_a_unit():
    # ankang-2009…: "各科室可通过电话联系、登门走访、召开座谈会等方式,加强与代表,委员的交流沟通": the offices, before
    # 可 and the means they may use, are the doers (a modal as 要 is), units
    text = "三、采取多种方式协同做好办理工作。各科室可通过电话联系、登门走访、召开座谈会等方式,加强与代表,委员的交流沟通。"
    assert roles.doers(text) == {"units": ["各科室"]}
    assert roles.doers("可通过电话联系、登门走访等方式加强沟通。") == {}


def test_the_body_handling_the_matters_a_title_makes_the_subject_of_ying_is_its_doer():
    # dazhou-2015…: "一、各科室承办的以下事项应建立工作台账,实行台账管理。" over the list of those matters: the offices
    # handling them are the item's doers, units
    text = ("各科、室、局、办、中心:\n为进一步规范行政行为,强化行政责任,结合工作实际,经委办公会议研究,决定对重大事项实行台账"
            "管理。现将有关事项通知如下:\n一、各科室承办的以下事项应建立工作台账,实行台账管理。\n"
            "1.涉及经济社会发展全局的重大发展战略、规划、政策、项目和阶段性重点工作;\n2.信访舆情、行政复议、举报投诉事项;\n"
            "3.其他重要事项。\n二、对纳入台账管理的事项实行一事一记,做好进、办、出各环节登记。\n"
            "三、各科室要加强管理,逐项落实承办人员,依法依规限时按质完成。\n")
    first = next(t for t in tasks_of(text) if t["number"] == "一、")
    assert named(first) == {"units": ["各科室"]}


def test_the_subject_of_yao_guanche_luoshi_implements():
    # xiaxian-2023: "各乡镇各部门要认真贯彻落实习近平总书记关于安全生产重要论述": the glued bodies before 要 and 贯彻落实,
    # care between, carry the work out (implement), as 落实 names
    text = "(一)强化政治引领。各乡镇各部门要认真贯彻落实习近平总书记关于安全生产重要论述。"
    assert roles.doers(text) == {"implement": ["各乡镇", "各部门"]}
    # a bare 要落实 with no 贯彻 names no role
    assert roles.doers("各乡镇要落实属地管理责任。") == {"units": ["各乡镇"]}


def test_a_body_before_tongguo_hou_and_the_report_it_sends_up_is_a_unit():
    # qiaotouji-xinfang…: "…每周五上报至镇信访办,…,镇信访办通过汇总、梳理后上报至镇主要领导": the office, before 通过…后
    # and the report it then sends up, is a doer beside the villages, a unit
    text = "做好信访隐患的排查。各村(居)、社区认真开展辖区内的信访隐患排查工作,每周五上报至镇信访办,镇信访办通过汇总、梳理后上报至镇主要领导。"
    assert roles.doers(text) == {"units": ["各村(居)", "各社区", "镇信访办"]}
    assert roles.doers("通过汇总、梳理后上报至镇主要领导。") == {}


def test_every_pair_a_joint_scheme_ties_together_as_the_subject_of_yao_is_a_unit():
    # unknown-county-shuangyong…二: "各军民共建对子要认真贯彻学习…": the pairs of bodies the 军民共建 scheme ties together,
    # each a doer of their shared work, units
    text = "1、积极开展军民共建活动。各军民共建对子要认真贯彻学习党的会议精神,通过多种形式交流学习心得。"
    assert roles.doers(text) == {"units": ["各军民共建对子"]}
    assert roles.doers("各对子要加强交流。") == {}


def test_an_item_led_by_the_body_it_opens_with_names_the_bodies_that_carry_it_out_as_the_subject_of_wubi():
    # unknown-town-2021-daji-dianxin…: "(一)积极安排部署…" / "由镇宣传工作领导小组负责组织…,安排部署…。各单位、各村居务必按照
    # 方案要求,做好本单位职工、村社干部反电诈宣传工作…": the lead, and the bodies that carry it out in their own place
    (task,) = tasks_of("某镇工作方案\n一、工作内容\n(一)积极安排部署\n"
                       "由镇宣传工作领导小组负责组织全体机关干部,安排部署全镇宣传工作。各单位、各村居务必按照方案要求,"
                       "做好本单位职工反电诈宣传工作。\n")
    assert named(task) == {"lead": ["镇宣传工作领导小组"], "units": ["各单位", "各村居"]}
    # an item led so with no other body as a subject keeps its lead alone
    (task,) = tasks_of("某镇工作方案\n一、工作内容\n(一)积极安排部署\n由镇宣传工作领导小组负责组织全体机关干部召开动员大会。\n")
    assert named(task) == {"lead": ["镇宣传工作领导小组"]}


def test_a_duty_items_holders_opening_with_the_townships_share_their_ge():
    # unknown-county-fangfan-daji…: "(一)各乡(镇)、居民事务中心:要将宣传工作部署到各村(社区)…" beside "(二)县公安局:要…": the
    # townships and the other grassroots bodies holding the duties with them, the 各 shared, both leading the line
    tasks = tasks_of("某县防范电信网络诈骗宣传工作方案\n三、任务分工\n"
                     "(一)各乡(镇)、居民事务中心:要将宣传工作部署到各村(社区),实现电子屏幕全覆盖。\n"
                     "(二)县公安局:要及时通报发案情况。\n")
    assert [named(t) for t in tasks] == [{"lead": ["各乡(镇)", "各居民事务中心"]}, {"lead": ["县公安局"]}]


def test_the_pair_of_cities_a_joint_plan_names_once_is_the_later_bodies_too():
    # jinan-linyi-2023…: "(两市市委宣传部牵头,两市市委组织部、文化和旅游局分工负责)": the two cities written once before a
    # list's first body are each later body's (both cities' bureaus), a body with a place of its own keeps its name
    text = ("一、弘扬传承红色文化\n1.深入挖掘沂蒙精神丰富内涵和时代价值。(两市市委宣传部牵头,两市市委组织部、文化和旅游局分工负责)\n"
            "2.将沂蒙精神列入教学内容。(两市市委组织部、市委党校分工负责)\n"
            "3.共建沂蒙红色文化传承发展示范区。(两市市委宣传部牵头,两市文化和旅游局、临沂市沂蒙精神研究中心分工负责)\n")
    first, second, third = tasks_of(text)
    assert named(first) == {"lead": ["两市市委宣传部"], "support": ["两市市委组织部", "两市文化和旅游局"]}
    assert named(second) == {"lead": ["两市市委组织部", "两市市委党校"]}
    assert named(third) == {"lead": ["两市市委宣传部"], "support": ["两市文化和旅游局", "临沂市沂蒙精神研究中心"]}
    assert split_units("市委组织部、市委党校") == ["市委组织部", "市委党校"]


def test_the_units_in_charge_before_persons_named_by_their_post_are_the_doers():
    # yijun-2013…: "各责任单位、项目协调员要结合包抓项目的签约性质和特点,…": the units held responsible, then the persons
    # coordinating the projects (…员), as the subject of 要: the units are the doers, the persons no unit
    text = "二、分类抓好落实。各责任单位、项目协调员要结合包抓项目的签约性质和特点,专题研究,分类推进。"
    assert roles.doers(text) == {"units": ["各责任单位"]}
    assert roles.doers("各村委会、项目协调员要加强沟通。") == {"units": ["各村委会"]}
    # alone, the units in charge and the persons stay as they were
    assert roles.doers("各责任单位要加强沟通。") == {}
    assert roles.doers("项目协调员要加强沟通。") == {}


def test_the_county_levels_below_a_city_before_how_often_they_report_are_doers():
    # unknown-city-maodun-jiufen…: "加强对…的督查指导,县区每季度通报一次…工作情况": the county-level places below the
    # city, named by their levels alone, before how often they report, are the doers (their governments), units
    text = "5、督查指导机制。加强对矛盾纠纷排查调处工作的督查指导,县区每季度通报一次矛盾纠纷排查调处工作情况,年终兑现奖惩。"
    assert roles.doers(text) == {"units": ["县区"]}
    # the bare levels with no frequency behind them, or a report made every quarter with no doer, name none
    assert roles.doers("县区加强指导。") == {}
    assert roles.doers("工作情况每季度通报一次。") == {}


def test_a_lead_named_with_the_other_name_of_its_office_in_square_brackets_keeps_it_whole():
    # zhoushan-2022…: "(市府办〔市大数据局〕牵头,市政府各部门、各县〔区〕政府、…": the office with the bureau it also is in
    # 〔〕 closing the lead's name, read whole (not cut before its 〕 as a label's bracket is)
    found = roles.read("形成基本框架。(市府办〔市大数据局〕牵头,市政府各部门、各县〔区〕政府配合)")
    assert found.roles == {"lead": ["市府办〔市大数据局〕"], "support": ["市政府各部门", "各县〔区〕政府"]}
    # a whole clause in 〔〕 still loses its brackets
    assert roles.read("整改复耕。〔县自然资源局、县农业农村局负责〕").roles == {"lead": ["县自然资源局", "县农业农村局"]}


def test_bodies_titling_a_duty_item_before_the_enforcement_they_do_by_law_lead_it():
    # unknown-city-zhili-cheliang…: "(十一)市纠风办和查禁公路“三乱”督察队依法开展执法督导工作,…" in a list of the city's
    # bodies' duties: both bodies hold the item, leads, the team named with the short term in quotes it acts against
    title, text = "市纠风办和查禁公路“三乱”督察队", "依法开展执法督导工作,查处行业不正之风及违规违纪行为,预防公路“三乱”。"
    assert roles.duty_holder(title, text) == {"lead": ["市纠风办", "查禁公路“三乱”督察队"]}
    # a quoted term alone, or in a clause, is still no name
    assert roles.holder_names("开展“三乱”") is None


def test_every_county_and_the_zones_named_by_their_count_in_quotes_before_anzhao_are_doers():
    # yichun-2020…: "1.互联网监查。各县市区及“三区”按照属地…": every county, city and district (three level characters)
    # and the three zones the addressees name in quotes, after 及, open the sentence before what they act by: units
    assert roles.doers("1.互联网监查。各县市区及“三区”按照属地") == {"units": ["各县市区", "“三区”"]}
    assert roles.doers("1.互联网监查。各县市区按照属地原则开展排查。") == {"units": ["各县市区"]}
    # a quoted term that is no count of zones stays out
    assert roles.doers("1.互联网监查。各县市区及“网格”按照属地原则开展排查。") == {}


def test_a_provincial_bureaus_levels_each_a_doer_of_the_risk_lists():
    # gansu-2017…: "省局按照…制定风险清单;市县要结合当地实际,…;乡镇所要…": the province's bureau written short before
    # what it acts by, the cities and counties below it as the subject of 要, and the township stations: each a doer
    text = ("一要逐级制定风险清单。省局按照餐饮食品安全管理环节和重点领域制定风险清单;市县要结合当地实际,进一步细化和明确"
            "具体内容;乡镇所要结合实际制定清单。")
    assert sorted(roles.doers(text)["units"]) == sorted(["省局", "市县", "乡镇所"])
    # the bureau written short alone, with no other doer beside it, names none
    assert roles.doers("省局按照餐饮食品安全管理环节制定风险清单。") == {}


def test_a_partner_clause_keeping_the_doers_modal_supports_the_lead():
    # yizhang-2021六: "县发改局负责统筹电力调休避峰工作,要会同县科工局、郴电国" (cut): after the lead's sentence a clause
    # with its subject left out and its modal kept (,要会同…) names the partners, support; the name the copy cuts is none
    text = "县发改局负责统筹电力调休避峰工作,要会同县科工局、郴电国"
    assert roles.doers(text) == {"lead": ["县发改局"], "support": ["县科工局"]}
    assert roles.doers("县发改局负责统筹调度工作,并会同县财政局做好保障。") == {"lead": ["县发改局"], "support": ["县财政局"]}


def test_the_units_concerned_opening_a_point_as_the_only_subject_of_yao_are_its_doers():
    # yizhang-2021四: "有关部门要引导各大型商业综合体…"; unknown-county-youxu-gongdian四是: "相關單位要實行24小時值班…":
    # the units concerned, opening a sentence of the point as the only subject of 要, are its doers, units
    assert roles.doers("有关部门要引导各大型商业综合体主动关停不必要的亮化照明设施。") == {"units": ["有关部门"]}
    assert roles.doers("相關單位要實行24小時值班,耐心解釋做好群眾的咨詢工作,縣城路燈要停開一半。") == {"units": ["相關單位"]}
    # a sector's department alone stays none, as before
    assert roles.doers("林业部门要加强巡查。") == {}


def test_an_yijians_points_of_work_after_a_first_point_on_taking_it_seriously_are_its_tasks():
    # zhejiang-2005: 一、高度重视电力迎峰度夏工作 over its paragraph, then 二、努力挖掘供电潜力 (电网企业要…各地要…) and
    # 三、切实加强有序用电工作 (各地要…): the later points, headed as work and naming their doers as the subject of 要,
    # are the 意见's tasks; the first, on taking the work seriously, is its preface
    text = ("各市、县(市、区)人民政府,省政府直属各单位:\n"
            "为认真做好电力迎峰度夏工作,现就进一步做好当前供用电工作提出如下意见:\n"
            "一、高度重视电力迎峰度夏工作\n各级政府和有关部门要进一步加强领导,明确职责,落实责任。\n"
            "二、努力挖掘供电潜力\n电网企业要加强供用电形势分析。各地要根据当地供用电形势,继续采取支持政策。\n"
            "三、切实加强有序用电工作\n各地要确保城乡居民基本生活用电。\n")
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(5, "二、"), (7, "三、")]
    assert named(tasks[1]) == {"units": ["各地"]}
    # a notice whose points after the first are requirements with no doers stays with no tasks
    text2 = ("各乡镇人民政府:\n现将有关事项通知如下:\n一、高度重视\n各乡镇要高度重视。\n二、明确职责\n严格落实责任。\n"
             "三、突出重点\n抓好重点时段。\n")
    assert tasks_of(text2) == []


def test_one_company_named_in_full_opening_a_sentence_as_the_subject_of_yao_is_a_unit():
    # yizhang-2021五: "郴电国际宜章分公司要密切跟踪电力供需形势变化,…": the county's power company, named in full, the body
    # the point hands its work to, a unit; a kind of enterprise (各类企业要服从调度) stays none, the parties a rule binds
    assert roles.doers("郴电国际宜章分公司要密切跟踪电力供需形势变化,把有序用电措施细化到线路。") == {"units": ["郴电国际宜章分公司"]}
    assert roles.doers("各类企业要服从调度,主动错峰。") == {}


def test_an_item_opening_with_luoshi_and_the_bodies_whose_own_duty_it_is_names_them_units():
    # unknown-city-cainuanji…4.: "落實各區縣政府、西咸新區管委會、各開發區管委會的民生用氣保供主體責任,嚴格按照…做好分級
    # 保供預案": the bodies whose own duty the item makes them bear, and who then draw up the plans, are its doers, units
    text = "落實各區縣政府、西咸新區管委會、各開發區管委會的民生用氣保供主體責任,嚴格按照“壓非保民”原則做好分級保供預案。"
    assert roles.doers(text) == {"units": ["各區縣政府", "西咸新區管委會", "各開發區管委會"]}
    # an enterprise's duty is no body of government's
    assert roles.doers("落实企业的安全生产主体责任。") == {}


def test_a_group_already_set_up_then_its_remit_leads():
    # unknown-city-dianwang-jianshe…(一): "市政府已成立市电网建设领导小组,负责电网建设的协调、监督…": the group already
    # set up to run the work, its remit after a comma with its subject left out, leads
    text = "为了加快推进电网建设进度,市政府已成立市电网建设领导小组,负责电网建设的协调、监督、落实、考核等方面工作。"
    assert roles.doers(text) == {"lead": ["市电网建设领导小组"]}
    # a task of setting one up, its remit a sentence of its own, names none
    assert roles.doers("成立工作领导小组。负责统筹协调。") == {}


def test_the_office_a_group_sets_up_attached_to_a_department_with_its_remit_leads_beside_it():
    # unknown-city-dianwang-jianshe…(一): "领导小组下设办公室和秩序维护组,办公室挂靠市发改委,主要负责日常工作": the group's
    # office, attached to the department (no doer itself), leads its part beside the group
    text = ("市政府已成立市电网建设领导小组,负责电网建设的协调、监督等方面工作。领导小组下设办公室和秩序维护组,"
            "办公室挂靠市发改委,主要负责日常工作。")
    assert roles.doers(text) == {"lead": ["市电网建设领导小组", "办公室"]}


def test_the_park_a_level_runs_named_bare_after_its_bureau_is_a_doer_beside_it():
    # unknown-county-youxu-gongdian三是: "…,縣工業局、工業園要組織工業企業負責人會議…": the park, named bare after the
    # county's bureau, is the county's, a doer beside it (units); a park alone stays none
    text = "各鄉鎮、縣直各單位要召開專門的會議宣傳有序供電方案,縣工業局、工業園要組織工業企業負責人會議。"
    assert roles.doers(text) == {"units": ["各鄉鎮", "縣直各單位", "縣工業局", "工業園"]}
    assert roles.doers("工业园要组织会议。") == {}


def test_a_clause_whose_closing_bracket_wraps_onto_the_next_items_line():
    """"(实施主体:各行政村、第三方自然美公司。" / ")2.主要街道…" (unknown-town-2021-xiangcun-wenming…): the bracket the
    copy wrapped onto the next line closes item 1.'s clause, and item 2. starts after it, its own clause its own."""
    text = ("某镇2021年农村综合治理工作方案\n二、工作任务\n1.公路沿线:无明显垃圾堆积现象。\n"
            "(实施主体:各行政村、第三方公司。\n"
            ")2.主要街道广泛宣传展示公益广告。\n"
            "(实施主体:各行政村、镇文明办、文化站。\n"
            ")3.乡镇综合文化站:正常开放。\n")
    got = [(t["line"], t["number"], named(t)) for t in tasks_of(text)]
    assert got == [(3, "1.", {"implement": ["各行政村", "第三方公司"]}),
                   (5, "2.", {"implement": ["各行政村", "镇文明办", "文化站"]}),
                   (7, "3.", {})]


def test_a_sectors_department_named_bare_opening_an_item_with_its_role_verb_holds_it():
    """"(十二)监察部门负责按相关规定…查处。" (nanchang-2010-zhengzhi-sangzang…): one sector's department, named bare with
    no level, opening a duty list's item with 负责 right behind it leads the item; one with 协助 supports it, the
    sectors it helps before 等有关部门负责 leading (one 部门 each, and the group)."""
    text = ("某市整治丧葬陋俗工作实施方案\n三、职责分工\n(一)监察部门负责按相关规定对违规办丧行为进行查处。\n"
            "(二)人保、财政、审计等部门负责加强丧葬补助费发放管理。\n(三)公安部门负责对妨碍执行公务的依法给予治安处罚。\n"
            "(四)民宗部门协助城市管理等有关部门负责对封建迷信活动进行查处。\n")
    got = [(t["line"], named(t)) for t in tasks_of(text)]
    assert got == [(3, {"lead": ["监察部门"]}), (4, {"lead": ["人保部门", "财政部门", "审计部门"]}),
                   (5, {"lead": ["公安部门"]}), (6, {"lead": ["城市管理部门", "有关部门"], "support": ["民宗部门"]})]


def test_the_pilot_a_plan_picks_opening_an_items_title_before_what_it_sets_up_is_its_doer():
    """"1.试点村成立红白事理事会。理事会成员要推选…" (caiyuan-2018-hongbaishi…): the pilot village the plan picks, named by
    that role as the title's subject before what it sets up, is the item's doer (units); its council's members are
    persons, no unit."""
    text = ("某乡红白事理事会试点工作方案\n三、工作措施\n(一)成立红白事理事会组织机构。\n"
            "1.试点村成立红白事理事会。理事会成员要推选德高望重、热心此项工作的党员、群众担任。\n"
            "2.工作流程。建立红白事申报制度,村内发生红白事,事主要及时报告。\n")
    got = [(t["line"], named(t)) for t in tasks_of(text)]
    assert got == [(4, {"units": ["试点村"]}), (5, {})]

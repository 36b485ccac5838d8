"""Numbered hierarchy of a plan body, and which part of it is tasks.

Numbering, half- or full-width, ranks as Chinese documents use it:
一、 > (一) > 1. / 1、 > (1) > ①. Unnumbered short lines act as section
headings in texts that have no 一、 level (news articles). Each unnumbered line
of prose belongs to the item above it (一是…二是… stay inside their task), except
an unnumbered paragraph with a responsibility clause of its own that is labelled
("推进X：……（责任单位：…）") or follows a task its clause already closed: that is
a task of its own.

Tasks are the leaves of the task part: sections titled 主要任务/重点任务/工作
措施…, or every section when none is so titled (工作要点), or whose items name
their own units (a 分工 plan's 预期目标). Sections titled 工作目标/总体要求/保障措施/
组织领导/组织机构/工作要求/时间安排 are not tasks. When a heading was lost (a web page
dropped it), numbering that restarts at (一) opens a new implicit section, judged
by its items' titles. A clause on its own line after an item's numbered
sub-measures (none naming units of its own) makes the item the task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import deadlines, roles
from .ids import numeral, slug, unique
from .text import Line, fold, is_date_line

_CN = "[一二三四五六七八九十]{1,3}"
_PATTERNS = [
    (1, re.compile(rf"^({_CN}[、.．])\s*")),
    # a part's number closed with a full stop where 、 belongs (三。責任和任務), the short heading alone on its line:
    # still the part's number, no sentence ending
    (1, re.compile(rf"^({_CN}。)(?=[\u4e00-\u9fff]{{2,12}}\s*$)")),
    (2, re.compile(rf"^(\({_CN}\)|[\u3220-\u3229])\s*")),
    # an article (第七条) holds its items (一)(二)…: a level above them, below a part 一、
    (1.5, re.compile(r"^(第[一二三四五六七八九十百]{1,4}条)\s*")),
    (3, re.compile(r"^(\d{1,2}(?:[、.．](?!\d{1,3}(?!\d))|\s+[、.．](?=[\u4e00-\u9fff])|\s(?=[\u4e00-\u9fff]))|\d{3}[、.．](?!\d))\s*")),
    # a number with a mark behind it before its full stop (1*., 2* .): an item a plan marks (a pilot measure, a
    # footnote), still the item's number
    (3, re.compile(r"^(\d{1,2}\s*[*※△▲☆★]\s*[、.．])(?=\s*[\u4e00-\u9fff“(（《])\s*")),
    (4, re.compile(r"^(\(\d{1,3}\)|\d{1,2}\))\s*")),
    (5, re.compile(r"^([\u2460-\u2473])\s*")),
]
# a review of where things stand (现状和面临的形势, 发展现状和趋势, 基本情况) and of the work done (工作完成情况); a
# plan's review of the trends it works in and of the conditions it starts from, named as such with 的 (一、当前我国城市
# 发展的基本趋势和建设赣州特大城市的基础条件, (一)当前我国城市发展的基本趋势): a noun phrase, not a point of work that
# improves conditions (改善农村基础条件)
_TRENDS = r"的(?:基本|发展)趋势$|的基础条件$"
# …and a hazard plan's account of where its hazards lie (一、主要地质灾害分布情况): where
# things stand, no work
# …and a 规划's part headed with the situation it starts from (一、生态环境保护基本形势 over (一)"十三五"…工作成效,
# (二)面临的挑战): where things stand, no work
# …and its review headed with the problems it finds there (二、基本情况及主要问题, 现状和存在问题): where things stand
# and what is lacking, no work; its preface numbered as its first part (一、序言, 一、前言)
# …and a 保供 plan's account of the risks it faces, headed by the words alone (三、风险分析 over (一)京津冀…: the
# shortfall it sees coming, no work)
_STANDING = r"现状(?:和|与|及)?(?:面临的)?(?:形势|趋势)|现状$|基本情况$|分布(?:情况|状况)$|基本形势$|" \
    r"(?:基本情况|现状)(?:和|与|及)(?:存在的?)?(?:主要)?问题$|^(?:序|前)\s*言$|^风险分析$|" + _TRENDS
_WORK_DONE = r"(?:工作|指标|任务)完成情况$"
# a 规划's review of the period behind it: its base (一、发展基础, 发展环境) and what it achieved (一、"十一五"水利发展主要
# 成就, (一)"十一五"时期文化事业发展取得的主要成效)
# (…its base named for the work or the building it carries on, and the outlook written 面临形势 or as its analysis:
# 第一章 工作基础与形势分析, 第一节 发展基础与面临形势)
_PAST_PERIOD = (r"^(?:发展|工作|建设)(?:基础|环境)(?:(?:和|与)(?:面临的?)?(?:形势(?:分析)?|环境|机遇和挑战))?$|(?:发展|主要)成就$|"
                r"取得的(?:主要)?(?:成效|成就|成绩)$|主要成效$|"
                # …and its review of the period headed as such, with the outlook it faces (一、"十五"环境保护回顾及面临
                # 的形势, 一、"十二五"工作回顾): the period behind it, no work; or with an analysis of the conditions the
                # work goes on from (一、创建全国文明城市工作回顾及深化创建工作基础条件分析)
                r"^(?!.*(?:开展|组织|做好|搞好|认真))\S*回顾(?:(?:和|与|及)(?:(?:面临的)?(?:形势|挑战|机遇和挑战|机遇与挑战)|"
                r"\S{0,12}?(?:基础条件|条件|形势)分析))?$")
_ASSESSMENT_TERMS = re.compile(r"^考核(?:验收)?(?:对象|内容|项目|指标)(?:(?:及|和|与)(?:分值|评分标准|计分办法|标准))?$")
NONTASK = re.compile(
    r"总体要求|指导思想|工作思路|总体思路|工作目标|主要目标|总体目标|阶段性?目标|目标要求|(?:质量|发展|预期|控制)目标$|^(?:基本|具体|创建|年度|近期|远期|建设|行动)目标$|基本原则|(?:工作|主要)?原则(?:要求)?$|保障措施|保障机制|组织保障|组织领导|组织实施|组织机构|"
    # a plan's part of safeguards headed by the word alone (三、实施保障, beside 保障措施 and 组织保障; not a point of
    # work ending in it: 强化要素保障), and its schedule's requirements (二、进度要求, beside 进度安排)
    r"^(?:实施|工作)保障$|"
    # a notice's part headed as the projects it hands down, counted (一、重点建设项目工作计划 / 区重点建设项目共计54项,…
    # 年度计划投资…亿元): the list's summary, no work
    r"^[\u4e00-\u9fff]{0,8}项目(?:工作|投资)计划$|"
    # a part headed with the plan's overall design alone (一、总体规划 over (一)指导思想, (二)发展思路), as 总体要求
    r"^总体规划$|"
    # a part headed with the accountability for the work alone (三、长效管理责任追究, 四、责任追究), as 保障措施: who answers
    # for failing the duties the parts above set, no work of its own
    r"^[\u4e00-\u9fff]{0,8}?责任追究$|"
    # a campaign's objects, its part headed with the word alone (二、对象 全区中小学;…), as its scope (实施范围) is
    r"^(?:实施|工作|活动|行动|专项行动|参与|参加)?对象(?=\s|$)|"
    # an assessment's terms: whom it assesses and what it scores, with the marks each is worth (一、考核对象 / 各县(市、
    # 区)人民政府; 二、考核内容及分值 over (一)人口控制目标(60分) / 1.出生人口数(5分)…; 一、考核验收内容 over (一)共性目标
    # (20分)): what is scored, no work handed to a doer
    + _ASSESSMENT_TERMS.pattern + r"|"
    # a part headed with the plan's principles and its targets together (一、工作原则和目标, 一、目标和原则), as each alone
    r"^(?:工作|基本|总体)?(?:原则(?:和|及|与)(?:工作|主要|总体)?目标|目标(?:和|及|与)(?:工作|基本)?原则)$|"
    # a part headed as the plan's main indicators (一、2010年全市促进就业目标责任制主要指标 over 1、…控制在4%以内), as 主要目标
    r"主要指标$|"
    # a leading group's notice: the group's remit and its members, each a part of the body it sets up (一、主要职责,
    # 二、组成人员), as 组织机构
    r"^主要职责$|^(?:领导小组|工作专班|小组)?(?:组成人员|人员组成|成员组成)$|"
    # a part naming whose the work's duties are, level by level (五、地质灾害的监测预防责任 / 各县(市、区)人民政府要…;
    # …国土资源主管部门负责…): the plan's division of duties, as 主要职责 (not a point that takes them on: 落实…责任)
    r"^(?!落实|压实|明确|强化|加强|健全|完善|严格|夯实|履行)[\u4e00-\u9fff]{2,10}的(?:监测|预防|防治|管理|监管)+责任(?=\s|$)|"
    # …or a part headed by the name alone of the body a plan sets up to run the work (二、疫情处置工作指挥部 over its
    # 指挥长 and 成员 by person and post), as 组织机构; not a point of work setting one up (成立…领导小组)
    r"^(?![一-鿿]*?(?:成立|组建|建立|设立|健全|完善|调整))[一-鿿]{2,20}(?:工作)?(?:指挥部|领导小组)$|"
    # a campaign's targets named for the campaign (一、整治目标, 一、治理目标 over its 三个确保) or a rectification plan's (二、
    # 整改目标), as 工作目标 are
    r"^(?:专项)?(?:整治|治理|整改)目标(?:(?:及|和|与)原则)?$|"
    # a letter's requirements for the work it hands down (二、几点要求, 二、具体要求, 四、检查督导要求), as 工作要求
    r"工作要求|有关要求|^(?:几点|具体|相关|其他|其它|(?:检查|督查|督导|巡查)+)要求$|工作步骤|实施步骤|时间步骤|时间安排|进度(?:安排|要求)|方法步骤|步骤安排|阶段安排|工作安排|附则|适用范围|^(?:工作|长效|协调|联动|保障)+机制$|实施范围|"
    # …and when a check and its rectification fall (一、检查整改时间), as 活动时间
    r"(?:活动|行动|实施|整治|工作|(?:检查|排查)(?:整改)?)(?:主题|时间)(?:和|及|与)?(?:主题|时间)?$|"
    # …and a campaign notice's part headed with its dates and theme alone (一、时间和主题 over 时间:9月5日至11日 / 主题:…),
    # and its part on who runs it (二、活动组织 / 由电教中心具体组织,各单位共同参与), as 组织实施
    r"^(?:时间|主题)(?:和|及|与)(?:时间|主题)$|^(?:活动|行动)组织$|"
    r"(?:监督|督查|督导|检查)(?:及|和|与)?考核|考核(?:奖惩|问责)|"
    # a campaign's scope (二、排查整治范围), a plan's review of where things stand (一、安全生产现状和面临的形势) and a
    # rectification report's overview (一、总体情况), a 督查通报's account of its inspection (一、督查情况); a 规划's
    # review of where things stand and where they go (一、发展现状和趋势)
    r"(?:排查|整治|整改|检查|治理|活动|行动)+(?:工作)?范围(?:(?:和|与|及)(?:主要)?内容)?$|^(?:排查|整治|治理)+对象$|"
    # …and the range a notice's duties cover (一、落实文物安全责任范围: the sites counted, 名单详见附表), as 实施范围
    r"^(?:落实|明确)?[\u4e00-\u9fff]{0,6}责任范围$|" + _STANDING + r"|" + _PAST_PERIOD + r"|总体情况$|"
    r"^(?:督查|督导|检查|暗访|巡查)情况$|"
    # a 分解 plan's notes on itself, headed by the word alone over its numbered notes (说明 / 1.…是对…的逐条细化分解
    # 2.…确定为责任单位 …): what the list is and how to read it, no work
    r"^(?:编制|填表|有关|使用|分解)?说\s*明[:：]?$|"
    # a 总结's review of the year's work done (一、主要指标完成情况, 二、2020年工作完成情况)
    + _WORK_DONE + r"|"
    # a report's shortcomings (二、存在的不足) and its outlook (三、下步计划, 下一步工作打算): what it found lacking in
    # general and what its author means to do next, handed to no unit
    r"^存在的?(?:主要)?不足(?:之处)?$|^下一?步(?:工作)?(?:计划|打算)$|"
    # …and how seriously it took the work (一、高度重视 over its meetings): a heading of that alone, no point of work
    r"^高度重视$|"
    # the grounds a plan or a division of duties rests on (编制依据, 相关依据:): laws and documents, no tasks
    r"(?:编制|相关|政策|法律|法规|主要)?依据[:：]?$|"
    # the chapters of rules set out in articles that give their purpose and scope, and close them (第一章 总  则,
    # 第六章 附则, the words often spaced): no task part, as the chapters between them are
    r"^第[一二三四五六七八九十]{1,3}章\s*[总附]\s*则$|"
    # …and a 预案's opening part numbered as its others are (1.总则 over 1.1编制目的, 1.2编制依据, 1.3适用范围)
    r"^总\s*则$|"
    # what a campaign is for (一、普查目的, 活动目的, 目的和意义): its aims, as 指导思想 are
    r"^(?:工作|普查|调查|活动|行动|检查|实施|整治|评估|督查|督导|督办|巡查)?目的(?:(?:和|与|及)?意义)?$|"
    # the fields of a notice that sets up one 督查 of its units' work (一、督查目的 二、督查时间 三、督查重点内容 四、督查
    # 方式 五、督查安排): when it falls, how it is run and what work it looks at (the projects behind schedule: its
    # scope) are the inspection's frame; its 安排 (the meetings and visits, each with its date) is what is done (a
    # safety 检查方案's 检查重点 are the checks its units carry out: its tasks)
    r"^(?:督查|督导)(?:时间|方式|方法|形式|(?:重点)?(?:内容|对象|范围))$|"
    # …as are a 政协 plan's for the 督办 of its key proposals (一、督办目的 二、督办时间 … 四、参加人员): its aims, its
    # time and who attends, beside the part that says who does what (三、督办方式、要求)
    r"^督办(?:时间|(?:重点)?(?:内容|对象|范围))$|^(?:参加|参会)人员$|"
    # …and the fields of an evaluation's plan: the places it rates (一、参评范围) and the indicators it rates them on
    # (二、评价内容: 开办企业、…), the evaluation's frame, not work handed to anyone
    r"^(?:参评|评价|测评)(?:范围|对象|内容)$|"
    # …and a campaign's fields headed by its work and the field alone, the value maybe behind a colon (一、征收对象,
    # 二、个人缴费标准:个人缴费60元。, 四、征收时间:2014年10月8日至12月25日, 三、宣传方式): whom it reaches, what is paid,
    # when and how it is run, the campaign's frame as its 活动时间 and 对象 are, no work handed to anyone
    r"^[\u4e00-\u9fff]{2,4}(?:对象|时间|方式|形式|标准)(?=$|[:：])|"
    # …the work joined to its field by 的 (二、项目开工的组织形式 over who organises which projects: a standing division
    # of the work, the notice's frame)
    r"^[\u4e00-\u9fff]{2,8}的(?:组织|实施)?(?:对象|时间|方式|形式|标准)$|"
    # …and a 宣传 campaign's part headed with what it tells people, alone (二、宣传内容 over (一)揭露当前…诈骗分子的“套路”
    # 手法; (二)群众识别…的意识和能力…): the messages, no work handed to anyone, as its 宣传方式 and 对象 are
    r"^(?:重点)?宣传(?:重点)?内容$"
)
# a plan's part on why it matters (一、充分认识优化营商环境对提升人民法院工作的重要作用, 一、充分认识推进“四好农村路”建设的
# 重大意义) and a rectification report's
# account of how its 党组织 organised the work (一、党组及主要负责人组织整改落实情况, 被巡察党组织及其主要负责人组织落实
# 整改情况): headings as long as a point, each read whole, no tasks
_WHY_OR_HOW = re.compile(
    r"^(?:充分|深刻|深入|进一步)?(?:认识|理解|把握).{0,30}(?:重要意义|重大意义|重要性|必要性|重要作用|紧迫性)$|"
    # (…the awareness asked for written the other way round: 一、进一步提高对加快电网规划建设重要性的认识)
    r"^(?:进一步)?(?:提高|增强|加深)对.{2,30}?(?:重要意义|重大意义|重要性|必要性|紧迫性)的认识$|"
    # a heading made of the awareness asked for alone, on a line of its own over its paragraph (一、提高认识  统一思想)
    r"^(?:提高认识[\s，,、]*统一思想|统一思想[\s，,、]*提高认识)$|"
    r"组织(?:落实)?整改(?:落实)?(?:工作)?情况$|整改(?:工作)?组织(?:领导|实施)?(?:工作)?情况$|"
    # (…with what it rectifies between: 党委书记张发金组织落实巡察反馈意见整改工作的情况)
    r"组织落实[\u4e00-\u9fff“”\"]{2,16}?整改(?:工作)?的?情况$|"
    # …and how it bore its 主体责任 for the rectification (局党组织巡察整改主体责任落实情况), or the part saying it
    # took that on, in a report on the rectification (一、提高政治站位,坚决扛起整改主体责任)
    r"整改(?:工作)?主体责任(?:落实|履行)?情况$|[,，](?:坚决|切实|主动)?(?:扛起|扛牢|扛实|压实)(?:巡察|巡视)?整改主体责任$"
)
_WHY_WORD = r"(?:重要意义|重要性|必要性|重要作用|紧迫性)"
_WHY_GLUED = re.compile(rf"^(?:充分|深刻|深入|进一步)?(?:认识|理解|把握)[^,，。;；:：、]{{0,30}}?{_WHY_WORD}(?:(?:和|与|及){_WHY_WORD})*"
                        r"(?=[\u4e00-\u9fff])(?![和与及])")
# a review of where things stand: its numbered items with items of their own are the review's, no lost task part
_REVIEW = re.compile(_STANDING + "|" + _WORK_DONE + "|" + _PAST_PERIOD)
# 总体工作安排 / 重点工作安排 names a 工作要点's body (the year's work, point by point), not its schedule (工作安排,
# 时间安排: stages and dates); a campaign's content named before its schedule (一、活动内容与时间安排) is the part of
# what is to be done, by whom
TASK = re.compile(r"主要任务|重点任务|工作任务|核心任务|中心任务|[一二两三四五六七八九十]大任务|工作措施|主要措施|重点工作|具体措施|任务分工|重点措施|任务措施|主要内容|工作重点|重点举措|主要举措|"
                  r"(?:总体|重点|主要|年度)工作安排|^(?:活动|整治|行动)内容(?:和|与|及|、)(?:时间|进度)安排$")
# a part named for its targets and tasks together (一、目标任务): its numbered items are tasks, as the corpus reads
# them (its opening paragraph of figures none)
_TARGET_TASKS = re.compile(r"(?:主要|年度|工作)?(?:目标任务|任务目标)")
# the same label with the part's text behind it on its line, glued or after a space (目标任务xx年5月底…, 目标和任务 禽流感…)
_TARGETS_PARAGRAPH = re.compile(r"(?:目标任务|任务目标|目标(?:和|与|及)任务)(?:\s+\S|(?=[\u4e00-\u9fffXx\d]))")
# a heading that only names a plan's part of tasks (主要任务, 目标任务), no point of its own
# (…or the part of measures named for the field's work: 防治措施, 防控措施, 整治措施)
_PART_NAME = re.compile(rf"(?:{TASK.pattern}|目标任务|任务目标|(?:防治|防控|整治|治理|管控)措施)")
# a point of work that is to carry out a field's tasks (二、全面搞好林长制工作任务 after 一、全面完善林长制组织体系和制度建设):
# a point as its siblings are, no heading naming the part of tasks that leaves them out
_DOING_TASKS = re.compile(r"^(?:全面|切实|认真|扎实|着力|进一步)*(?:搞好|抓好|做好|落实好?|完成好?|抓实)(?!以下|如下|下列)"
                          r"[\u4e00-\u9fff“”]{2,12}?(?:工作任务|重点任务)$")
# a plan's stages and schedule (工作步骤, 实施步骤, 时间安排, 阶段安排)
_STAGES = re.compile(r"步骤|阶段|时间安排|进度(?:安排|要求)|工作安排")
_GUARANTEE = re.compile(
    r"组织领导|领导|保障|投入|考核|督导|督查|督促|激励|问责|追责|舆论|宣传引导|信息报送|责任追究|长效|统筹|工作要求|"
    r"示范引领|责任落实|推动落实|落实责任|工作责任|协同|检查|挂图作战|晾晒|经费|机制建设|清单管理|总结"
)
# the Party's leadership over the plan's field (加强党对教育工作的全面领导, 坚持党的全面领导): a point of work of its own,
# often a 工作要点's first, not the 领导 of a plan's 组织领导 (its bodies and who leads them)
_PARTY_LEADERSHIP = re.compile(r"党(?:中央)?(?:对[\u4e00-\u9fff]{1,10}?)?的(?:全面|集中统一|绝对|坚强)?领导(?!小组|干部|班子)")


def _guarantee_word(title: str) -> bool:
    """A title on one of a plan's guarantees (_GUARANTEE), the Party's leadership over the field aside."""
    return bool(_GUARANTEE.search(_PARTY_LEADERSHIP.sub("", title)))


@dataclass
class Node:
    rank: float
    number: str | None
    value: int | None
    title: str
    body: str
    line: int
    extra: list[Line] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    raw: str = ""  # the numbered line as written
    lifted: bool = False  # a clause after its sub-points made it the task
    cut: bool = False  # a part's heading the copy ends on, before any of its items
    duty: bool = False  # an unnumbered line of a list of units' duties ("市交委:负责…")
    opening: bool = False  # a later page's opening paragraph, naming its doers, whose part's heading was lost
    notes: bool = False  # a 分解 plan's notes on itself (说明 alone over 1. 2. 3.), closed by a heading above its notes

    @property
    def lines(self) -> list[int]:
        return [self.line] + [x.no for x in self.extra]


@dataclass
class Outline:
    groups: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    assigned: dict[int, str] = field(default_factory=dict)


# a figure and its measure word alone (a sharing site's "24 页", "3 条"): a count, no item
_COUNT = re.compile(r"\d{1,3}\s+[页条项个份篇张册本次]\s*$")
# a PDF's hard-wrapped sentence whose next line opens with a quantity or a document number set off by the PDF's
# spacing ("15 岁及以上人群吸烟率", "7 号) 、《…》", "26 %以上"): the number's unit follows it, so no item number
_WRAPPED_QUANTITY = re.compile(r"\d{1,3}\s+(?:岁|号\s*[)）、，,。]|[%％]|万|亿|个百分点|倍|月(?:底|份|中旬|上旬|下旬|前)|日(?:前|起|至))")


# an image's file name alone on a line, where a copy kept it in place of the picture (640.webp.jpg, 1.png): its
# figures and dots are the file's name, no item number
_IMAGE_FILE = re.compile(r"[\w\-.]+\.(?:jpe?g|png|gif|webp|bmp)", re.IGNORECASE)


def numbered(line: Line) -> tuple[int, str, str] | None:
    """(rank, number as written, rest as written) or None."""
    if (_COUNT.fullmatch(line.fold.strip()) or _WRAPPED_QUANTITY.match(line.fold.strip())
            or _IMAGE_FILE.fullmatch(line.fold.strip())):
        return None
    for rank, pattern in _PATTERNS:
        m = pattern.match(line.fold)
        if m:
            rest = line.text[m.end():]
            if rest.strip():
                return rank, line.text[m.start(1): m.end(1)].strip(), rest
    return None


def split_title(rest: str) -> tuple[str, str]:
    """A numbered item's short heading and the text after it."""
    s = rest.strip()
    cut = s.find("。")
    colon = _colon_outside(s)  # not the label of a clause in brackets: 支持…改造(责任单位:市工信局)
    label = _GLUED_LABEL.search(fold(s[: colon + 1])) if colon > 0 and (cut < 0 or colon < cut) else None
    if label and label.start() >= 4:
        # the item's sentence with a field's label glued straight behind it (…门前三包工作配合领导:张三): the title is
        # the sentence, the label and its value the item's fields
        return s[: label.start()].rstrip("。,，"), s[label.start():].strip()
    if 0 < colon <= 20 and (cut < 0 or colon < cut):
        return s[:colon], s[colon + 1:].strip()
    if cut < 0:
        if 0 < colon <= 30:
            return s[:colon], s[colon + 1:].strip()
        if len(s) > 30:
            return short_title(s), s
        return s.rstrip("。"), ""
    title, body = s[:cut], s[cut + 1:].strip()
    if len(title) > 30:
        glued = _glued_title(title)
        if glued:
            return glued, s[len(glued):].strip()
        return short_title(title), s
    return title, body


# a clause's or a person's label ending the text before the item's first colon (…工作配合领导:, …整治责任单位:)
_GLUED_LABEL = re.compile(rf"(?:{roles._PERSON_LABEL.pattern}|{roles._LABEL.pattern})$")


def _colon_outside(s: str) -> int:
    """The first colon outside brackets, or -1; not a clock time's (上午9:00—11:00, 下午15:00: no label ends there)."""
    level = 0
    for k, ch in enumerate(s):
        if ch in "(（〔【[":
            level += 1
        elif ch in ")）〕】]":
            level = max(0, level - 1)
        elif ch in ":：" and level == 0:
            if k and s[k - 1].isdigit() and re.match(r"[0-5]\d(?!\d)", s[k + 1: k + 3] + s[k + 3: k + 4]):
                continue
            return k
    return -1


def short_title(text: str) -> str:
    """A heading for text that has none: its first sentence, or its first clauses up to 30 characters
    (a leading time phrase such as "2024年底前," is skipped)."""
    s = text.strip()
    m = re.match(r"^[^。;；!！?？]+", s)
    first = (m.group(0) if m else s).strip()
    if len(first) <= 30:
        return first or s[:30]
    title = ""
    for part in re.split(r"(?<=[,，])", first):
        if not title and deadlines.is_phrase(part.rstrip(",，")):
            continue
        if len(title + part) > 30:
            break
        title += part
    title = title.rstrip(",，")
    return title if len(title) >= 6 else first[:28] + "…"


# Verbs that open a sentence; a heading glued to its sentence ends where one begins.
_OPENERS = (
    "深化", "持续", "全面", "推动", "严格", "组织", "开展", "重点", "突出", "常态化", "将", "对照", "根据", "规范", "深入",
    "加强", "加快", "加大", "实施", "建立", "健全", "负有", "按照", "结合", "坚持", "严查", "聚焦", "强化", "推进", "落实",
    "督促", "指导", "完善", "统筹", "积极", "进一步", "紧盯", "依法", "扎实", "大力", "切实", "着力", "围绕", "认真",
)


def _glued_title(sentence: str) -> str | None:
    folded = fold(sentence)
    for i in range(4, min(len(sentence) - 6, 22)):
        if folded.startswith(_OPENERS, i) and re.fullmatch(r"[\u4e00-\u9fff“”\"]+", folded[:i]) \
                and not _MODAL_VERB_END.search(folded[:i]):
            if folded.startswith("规范化", i):
                # 规范 as the adjective 规范化 (进一步完善植物检疫站规范化建设), no verb: no sentence begins there
                continue
            return sentence[:i]
    return None


# a subject with its modal and the verb whose object the opener begins (各责任协调单位要采取|切实可行的措施): the sentence's
# own start, no heading glued to it (a modal right before the opener, 各单位要|结合…, is read as before)
_MODAL_VERB_END = re.compile(r"(?:要|应当|应|须|务必|必须)[\u4e00-\u9fff]{1,2}$")


def _short_heading(line: Line) -> bool:
    f = line.fold
    return (
        2 <= len(f) <= 30
        and not re.search(r"[。;；,，:：!?！？|]", f)
        and not is_date_line(line)
        and not f.endswith(("号", "日"))
    )


def _nontask_label(line: Line) -> bool:
    """A label of a part that holds no tasks, over its items (相关依据:, 保障措施:): a heading like a short one."""
    f = line.fold.strip()
    return f.endswith((":", "：")) and _is_nontask_heading(f[:-1])


# a paragraph speaking of the list above as a whole: 上述责任单位, 以上问题, 对上述问题
_LIST_CLOSING = re.compile(r"(?:上述|以上)各?(?:责任单位|单位|部门|问题|点位)")
# a letter's request to all its readers after its last point's own paragraph (请各单位、各县完成首轮排查并填写…于2024年1月
# 4日前报给县减负办): the letter's close, not that point's
_CLOSING_REQUEST = re.compile(r"\s*请各(?:单位|部门|地|乡镇|镇|街道|县|区|有关单位)")


# a 规划's section (第四节加快资源型城市转型) in a copy whose only numbered headings are its chapters and sections (a
# later page of a 纲要 whose sections hold paragraphs, no 一、 (一) 1. of their own): the deepest numbered level
_SECTION = re.compile(r"^(第[一二三四五六七八九十]{1,3}节)\s*(?=\S)")
_SECTION_RANK = 0.8


def _sections_only(content: list[Line]) -> bool:
    return any(_SECTION.match(ln.fold) for ln in content) and not any(numbered(ln) for ln in content)


def build(lines: list[Line], plain_headings: bool) -> Node:
    root = Node(0, None, None, "", "", 0)
    stack = [root]
    content = [ln for ln in lines if not ln.blank]
    sections_only = _sections_only(content)
    enumerated = _paragraph_enumeration(content)
    labelled = _labelled_paragraphs(content)
    sentence_led = _label_sentence_runs(content) | _lone_paragraph_with_doers(content)
    for i, line in enumerate(content):
        if enumerated and line.no not in enumerated and stack[-1].line in enumerated and numbered(line):
            stack[-1].extra.append(line)  # a list inside a 一是 paragraph (its projects (一)…(五)) stays in it
            continue
        item = (enumerated.get(line.no) or numbered(line) or _dotless(line, stack) or _cut_after_number(content, i, stack)
                or _misread_one(content, i, stack) or _number_on_figure(content, i, stack) or _bracketless(content, i, stack))
        if item is None and sections_only and (m := _SECTION.match(line.fold)):
            item = (_SECTION_RANK, line.text[m.start(1): m.end(1)].strip(), line.text[m.end():])
        if item is None and _row_cell(content, i, stack[-1]):
            stack[-1].extra.append(line)  # a headerless table's unit or leader cell below its row's task cell
            continue
        if item is None and _NOTES_HEADING.fullmatch(line.fold.strip()) and _heads_items(content, i):
            # "说明" alone over numbered notes on the list (1.…是对…的逐条细化分解 2.…确定为责任单位): a part of its own
            # even among numbered parts, closed by the first heading above its notes' level (一、主要发展指标)
            stack = [root]
            node = Node(0.5, None, None, line.text.strip(), "", line.no, notes=True)
            root.children.append(node)
            stack.append(node)
            continue
        if item is None and plain_headings and (_short_heading(line) or _nontask_label(line)) and _heads_items(content, i):
            top = stack[-1]
            if top.rank == 0.5 and not top.body and not top.extra and not top.children:
                top.title += " " + line.text
                top.extra.append(line)
                continue
            stack = [root]
            node = Node(0.5, None, None, line.text, "", line.no)
            root.children.append(node)
            stack.append(node)
            continue
        if item is None and isinstance(line, Continued):
            stack[-1].extra.append(line)
            continue
        if item is None and _duty_line(content, i, stack[-1].duty or _division_part(stack[-1])):
            # "市交委:负责…" / "市应急办负责…" in a run of such lines: an unnumbered list of units' duties, a task each
            if stack[-1].rank == _UNNUMBERED:
                stack.pop()
            opening = roles.duty_opening(line.text) or roles.duty_opening(line.text, loose=True)
            # a line whose holder opens it as the subject of what it does, no 负责 after it: the line whole is its duty
            holder, duties = opening or (roles.duty_subject(line.text), line.text.strip())
            node = Node(_UNNUMBERED, None, None, holder, duties, line.no, raw=line.text, duty=True)
            stack[-1].children.append(node)
            stack.append(node)
            continue
        if item is None and line.no in labelled:
            # "党建工作:…" / "经济工作:…": a body with no numbering whose paragraphs open with their labels, a task each
            stack = [root]
            title, body = split_title(line.text)
            node = Node(_UNNUMBERED, None, None, title, body, line.no, raw=line.text)
            root.children.append(node)
            stack.append(node)
            continue
        if item is None and line.no in sentence_led and stack[-1] is not root:
            # "全面推行物业管理招投标制度。各地区要…" / "规范前期物业管理工作。开发建设单位…" under a bare heading: a task each
            if stack[-1].rank == _UNNUMBERED and len(stack) > 2:
                stack.pop()
            title, body = split_title(line.text)
            node = Node(_UNNUMBERED, None, None, title, body, line.no, raw=line.text)
            stack[-1].children.append(node)
            stack.append(node)
            continue
        if item is None:
            top = stack[-1]
            closes = i + 1 < len(content) and roles.is_clause_line(content[i + 1].text) and not roles.is_clause_line(line.text)
            if top is not root and not _one_more_field(line, top) and (_own_task(line, top) or (closes and (_closed(top) or _closed_in_brackets(top)))
                                                                          or _labelled_after_clause(line, top)):
                # "推进X：……（责任单位：…）" / a paragraph with its own clause after a task closed by one
                start, text = line.no, line.text
                if top.extra and i and top.extra[-1] is content[i - 1] and _broken_off(content[i - 1]) and _has_clause(top):
                    # "…为1020名殘疾人開展職業技能和" / "農村適用技術培訓,…(責任單位:…)": the paragraph opens on the line
                    # above, broken mid-phrase by a hard break
                    start, text = content[i - 1].no, content[i - 1].text + line.text
                    top.extra.pop()
                if (top.body or top.extra or _has_clause(top)) and len(stack) > 2:
                    stack.pop()  # after a task (not under a bare heading): its sibling
                title, body = split_title(text)
                node = Node(_UNNUMBERED, None, None, title, body, start, raw=text)
                stack[-1].children.append(node)
                stack.append(node)
                continue
            if top is not root and not top.children and len(stack) >= 2 and \
                    len([c for c in stack[-2].children if c.rank == top.rank]) >= 2 and \
                    (_LIST_CLOSING.search(line.fold) or (top.body or top.extra) and _CLOSING_REQUEST.match(line.fold)):
                # "上述责任单位要…务必于4月19日前整改完毕": a paragraph on the whole list after its last item, not that item's
                stack = [root]
                root.extra.append(line)
                continue
            top.extra.append(line)
            continue
        rank, number, rest = item
        value = numeral(number)
        if value == 2 and not stack[-1].children and stack[-1].rank < rank:
            _lost_first_item(stack[-1])
        elif value and value > 2 and stack[-1] is root and not root.children and _opening_tail(root.extra):
            # a later page of a text, opening inside an item whose number was on the page before ((七) the copy's
            # first number): the paragraph the copy opens with, closed by its own clause line, is that item's tail, a
            # task of its own
            _lost_first_item(root)
        elif value and value > 2 and stack[-1] is root and not root.children and _doers_opening(root.extra):
            # a later page opening inside a part whose heading it lost: its one paragraph, naming its doers as the
            # subjects of 要 (各县(区)和相关部门要…), is that part's text, a task of its own
            _lost_opening(root)
        elif value and value > 2 and stack[-1] is root and not root.children and _clause_closed_opening(root.extra, line):
            # a mirror that kept only each item's heading and clause, run together on one line: the copy's opening,
            # closed by its own clause right before the first number it shows ((三)), is the tail of an item whose
            # heading it lost, a task of its own
            _lost_first_tail(root)
        if len(stack) > 1 and stack[1].notes and stack[1].children and rank < stack[1].children[0].rank:
            stack = [root]  # a heading above the notes' level: the notes are over
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        siblings = [c for c in stack[-1].children if c.rank == rank]
        if siblings and value is not None and siblings[-1].value is not None and value <= siblings[-1].value and len(stack) > 1:
            stack = [root]  # numbering restarts: a heading above was lost
        title, body = split_title(rest)
        node = Node(rank, number, value, title, body, line.no, raw=line.text)
        stack[-1].children.append(node)
        stack.append(node)
        duties = _glued_duties(node)
        if duties:
            node.body = ""
            node.children += duties
            stack.append(duties[-1])
    _stopped_duties(root)
    _lift_clauses(root)
    _lift_fields(root)
    _join_record_fields(root)
    _headed_paragraphs(root)
    return root


# a part headed as its units' duties, the heading's words first (四、职责, 三、组织领导及职责分工, 三、部门职责)
_DUTY_HEADING = re.compile(r"\s*(?:(?:组织领导|组织机构|工作机构)及)?(?:(?:任务|职责|责任|工作)分工|(?:部门|单位|成员单位)?职责)")
# a holder's name alone as a sentence closed by 。 (县环保局。负责…; 乡直其他站所。服从…)
_NAME_SENTENCE = re.compile(r"\s*([^，,。；;：:（()）\s]{2,20})。")


def _stopped_duties(root: Node) -> None:
    """A part headed as its units' duties whose list runs on in its paragraph, each unit's name a sentence of its
    own closed by a full stop before its duties (四、职责 乡人民政府。负责…。 各村委会。按照…负责…; …各组成单位及其职责如下:
    县环保局。负责…。县交通局、公路局。负责…), on the part's line and on the lines of its paragraph below: each unit
    holds the duties up to the next such name, a task of its own on the line it is named on (two at least; the
    part's lead-in before the first name is none)."""
    for node in _descendants(root):
        if node.children or node.number is None or node.rank == _UNNUMBERED or not node.raw:
            continue
        rest = node.raw.strip()[len(node.number):] if node.raw.strip().startswith(node.number) else ""
        heading = _DUTY_HEADING.match(fold(rest))
        if not heading:
            continue
        parts = [(node.line, rest[heading.end():])] + [(x.no, x.text) for x in node.extra]
        pieces, current = [], None
        for no, text in parts:
            for sentence in re.split(r"(?<=。)|(?<=如下[:：])", text):
                m = _NAME_SENTENCE.match(sentence) if sentence.strip() else None
                names = roles.holder_names(m.group(1)) if m and m.end() == len(sentence.rstrip()) else None
                if names:
                    current = [m.group(1), "", no]
                    pieces.append(current)
                elif current is not None:
                    current[1] += sentence
        if len(pieces) < 2 or not all(duties.strip() for _, duties, _ in pieces[:-1]):
            continue
        node.body = ""
        node.extra = []
        node.raw = node.number + rest[:heading.end()]  # the lead-in and the duties are the items' now
        node.children += [Node(_UNNUMBERED, None, None, holder, duties.strip(), no, raw=f"{holder}。{duties.strip()}",
                               duty=True) for holder, duties, no in pieces]


def _heading_over_paragraph(node: Node) -> bool:
    """A numbered heading alone on its line (a title, no text, no clause, no items) whose one line below is a
    paragraph closed by its own clause: "(一)保障市场主体平等准入权力" / "落实…。(牵头单位:…;协办单位:…)"."""
    if node.number is None or node.body or node.lifted or node.children or len(node.extra) != 1 \
            or roles.read(node.title).roles:
        return False
    if not re.search(r"[\u4e00-\u9fff]$", fold(node.raw).strip()):
        return False  # "2.推进公路安全精品路创建。" is the item's sentence, "加强执法检查:" a lead-in to its points
    first = node.extra[0]
    return not roles.is_clause_line(first.text) and not _opens_with_clause(first) and bool(roles.read(first.text).roles)


def _paragraph_task(node: Node) -> bool:
    return node.rank == _UNNUMBERED and not node.duty and node.number is None and not node.children


def _headed_paragraphs(node: Node) -> None:
    """Headings over unnumbered paragraphs that each close with their own clause: the first paragraph under a
    heading was taken for the heading's text, the next ones for tasks beside the heading (a paragraph after a task
    its clause closed). Where a heading holds such a paragraph and more follow it, the paragraphs are the tasks,
    the heading their group — and so under its sibling headings, though the copy shows one paragraph under them
    (a 分工方案 whose headings name the matter and whose paragraphs each name their doers)."""
    for child in node.children:
        _headed_paragraphs(child)
    kids = node.children
    headed = [k for k, c in enumerate(kids) if _heading_over_paragraph(c)]
    if not any(k + 1 < len(kids) and _paragraph_task(kids[k + 1]) for k in headed):
        return
    out: list[Node] = []
    heading: Node | None = None  # the heading the paragraphs read so far belong to
    for k, c in enumerate(kids):
        if heading is not None and _paragraph_task(c):
            heading.children.append(c)  # a later paragraph under the same heading
            continue
        heading = None
        if k in headed:
            first = c.extra.pop()
            title, body = split_title(first.text)
            c.children.append(Node(_UNNUMBERED, None, None, title, body, first.no, raw=first.text))
            heading = c
        out.append(c)
    node.children = out


# a rectification record whose fields are numbered like items: "一、整改任务…" / "二、整改目标…" / "三、完成情况:…" /
# "四、验收意见…" (a 验收销号 record, its labels glued to their values): the problem is the task, the rest its fields
_RECORD_PROBLEM = re.compile(r"(?:整改任务|反馈问题|问题描述)")
_RECORD_FIELD = re.compile(
    r"(?:整改目标|整改措施|整改完成情况|完成情况|整改情况|整改结果|验收意见|验收结论|销号意见|整改时限|完成时限|"
    r"整改责任单位|责任单位|牵头验收单位|配合验收单位)"
)


def _after_number(node: Node) -> str:
    raw = fold(node.raw).lstrip()
    number = fold(node.number or "")
    return (raw[len(number):] if number and raw.startswith(number) else raw).lstrip(" 、.．")


def _join_record_fields(node: Node) -> None:
    for child in node.children:
        _join_record_fields(child)
    kids, out, i = node.children, [], 0
    while i < len(kids):
        head = kids[i]
        out.append(head)
        j = i + 1
        if not head.children and _RECORD_PROBLEM.match(_after_number(head)):
            while j < len(kids) and kids[j].rank == head.rank and not kids[j].children and \
                    _RECORD_FIELD.match(_after_number(kids[j])):
                head.extra += [Line(kids[j].line, kids[j].raw, fold(kids[j].raw))] + kids[j].extra
                j += 1
        i = j
    node.children = out


_SHI = re.compile(r"^\s*([一二三四五六七八九十]{1,2}是)(?=[\u4e00-\u9fff])")


def _paragraph_enumeration(content: list[Line]) -> dict[int, tuple[int, str, str]]:
    """A body with no 一、 level whose paragraphs open with 一是, 二是… in turn (two or more): those are its
    items, at the top level ({line: (rank, number, rest)}); else {}."""
    found = [(ln, m) for ln in content if (m := _SHI.match(ln.fold))]
    if len(found) < 2 or any(numbered(ln) and numbered(ln)[0] == 1 for ln in content):
        return {}
    if [numeral(m.group(1)) for _, m in found] != list(range(1, len(found) + 1)):
        return {}
    return {ln.no: (1, ln.text[m.start(1): m.end(1)], ln.text[m.end(1):]) for ln, m in found}


# a paragraph opening with a short label and its colon (党建工作:完善党建引领机制,…)
_PARAGRAPH_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[:：](?=\S)")


def _labelled_paragraphs(content: list[Line]) -> set[int]:
    """A body with no numbered line at all whose paragraphs open with a short label and its colon, two or
    more (党建工作:… / 经济工作:… / 创建工作:…, a 街道's work plan): those paragraphs are its items, at the top
    level; a label of a part that holds no tasks (工作目标:) or a paragraph of one short sentence is none."""
    if any(numbered(ln) for ln in content):
        return set()
    found = {ln.no for ln in content
             if (m := _PARAGRAPH_LABEL.match(ln.fold)) and len(ln.fold) >= 40 and not _is_nontask_heading(m.group(1))}
    return found if len(found) >= 2 else _headed_sentence_run(content)


def _headed_sentence_run(content: list[Line]) -> set[int]:
    """A body with no numbered line at all where a short heading of the work stands alone on its line (常规性工作)
    over two or more paragraphs, every line after it to the end, each opening with a short sentence naming its matter
    (加强信访制度建设。… / 做好信访接待工作。…): those paragraphs are its items, at the top level, as a numbered
    heading's are (_label_sentence_runs); a heading of a part that holds no tasks (保障措施) is none."""
    for i, line in enumerate(content[:-2]):
        f = fold(line.text).strip()
        if not (_short_heading(line) and len(f) <= 12 and f.endswith("工作") and not _is_nontask_heading(f)):
            continue
        run = content[i + 1:]
        if len(run) >= 2 and all(_LABEL_SENTENCE.match(ln.fold) and len(ln.fold) >= 40 and not _SHI.match(ln.fold)
                                 for ln in run):
            return {ln.no for ln in run}
    return set()


# "2强化…" after item "1.": a number whose dot was lost (not a count: 3月底前, 2个, 5家…)
_DOTLESS = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])(?![月日年个项次家名人天周季类级倍万亿千百号点时分条批所座处户期届轮位台辆套张份起元岁米吨亩])")


def _dotless(line: Line, stack: list[Node]) -> tuple[int, str, str] | None:
    """An item numbered with no dot or space ("2强化行业部门监管责任。"), read only where it is the next
    number after an item of the 1. level still open above it."""
    m = _DOTLESS.match(line.fold)
    if not m:
        return None
    prev = next((n for n in reversed(stack) if n.rank == 3), None)
    if prev is None or prev.value is None or prev.value != int(m.group(1)) - 1:
        return None
    return 3, line.text[: m.end(1)], line.text[m.end(1):]


# "2.50个小区新增…": an item's number glued to the figure its text opens with, which reads like a decimal (2.50)
_ON_FIGURE = re.compile(r"^(\d{1,2})[.．](?=\d{1,4}[个万亿千百家所座条项名户台套处场次人元]?[\u4e00-\u9fff])")


def _number_on_figure(content: list[Line], i: int, stack: list[Node]) -> tuple[int, str, str] | None:
    """An item whose number is glued to the figure it opens with ("2.50个小区…", "4.460个居村…"), read only
    between the items it counts: the next number after an item of the 1. level still open above it, and
    followed by the number after it (or by nothing: the copy ends there)."""
    m = _ON_FIGURE.match(content[i].fold)
    if not m:
        return None
    n = int(m.group(1))
    prev = next((x for x in reversed(stack) if x.rank == 3), None)
    if prev is None or prev.value is None or prev.value != n - 1:
        return None
    nxt = next((item for ln in content[i + 1:] if (item := numbered(ln))), None)
    if nxt is not None and (nxt[0] != 3 or numeral(nxt[1]) != n + 1):
        return None
    return 3, content[i].text[: m.end()].strip(), content[i].text[m.end():]


# "L制定工作方案和预案。": a "1." a scan misread as a Latin letter, right before a Chinese word
_MISREAD_ONE = re.compile(r"^([LlI])(?=[\u4e00-\u9fff])")


def _misread_one(content: list[Line], i: int, stack: list[Node]) -> tuple[int, str, str] | None:
    """A heading's first item whose "1." a scanned copy read as a letter ("L制定工作方案…" under (一), then
    "2.摸清…"): read only as the first item of the heading open above it, where the next numbered line before
    another heading is that heading's "2."; its number as written."""
    m = _MISREAD_ONE.match(content[i].fold)
    top = stack[-1]
    if not m or top.rank >= 3 or top.number is None or any(c.rank == 3 for c in top.children):
        return None
    nxt = next((item for ln in content[i + 1:] if (item := numbered(ln) or _MISREAD_ONE.match(ln.fold))), None)
    if not isinstance(nxt, tuple) or nxt[0] != 3 or numeral(nxt[1]) != 2:
        return None
    return 3, content[i].text[: m.end(1)], content[i].text[m.end(1):]


# "一针对当前…" / "二县教育局要…": a (一) whose brackets a copy lost, its numeral glued to its text
_BRACKETLESS = re.compile(r"^([一二三四五六七八九])(?=[\u4e00-\u9fff])(?!是|要)")


def _bracketless(content: list[Line], i: int, stack: list[Node]) -> tuple[int, str, str] | None:
    """Items of the (一) level whose brackets the copy lost ("一针对…", "二县教育局要…", then "(三)积极…"): read
    only under a 一、 heading, as the next number after its (一)-level items so far, where the lines below go on
    counting bare until the next number stands in brackets; the number as written."""
    m = _BRACKETLESS.match(content[i].fold)
    head = next((x for x in reversed(stack) if x.rank == 1), None)
    if not m or head is None:
        return None
    n = numeral(m.group(1))
    kids = [c for c in head.children if c.rank == 2]
    if n != (kids[-1].value + 1 if kids and kids[-1].value is not None else 1 if not kids else 0):
        return None
    expect = n + 1
    for ln in content[i + 1:]:
        item = numbered(ln)
        if item:
            if item[0] != 2 or numeral(item[1]) != expect:
                return None
            return 2, content[i].text[: m.end(1)], content[i].text[m.end(1):]
        bare = _BRACKETLESS.match(ln.fold)
        if bare and numeral(bare.group(1)) == expect:
            expect += 1
    return None


def _cut_after_number(content: list[Line], i: int, stack: list[Node]) -> tuple[int, str, str] | None:
    """A copy that ends on a bare "1" right under a (一) or 一、 heading with nothing below it yet: the excerpt
    was cut just after the number of that heading's first item (its dot and text lost with the rest); the
    item's title is what the copy holds of it, its number. So is a bare "2" where the items run on across the
    parts and the last one above is 1. (lanzhou-2020), and a bare "(一)" right under a 一、 heading (zhuzhou-2020), or
    "(一" cut inside it, before its closing bracket (chengdu-2019-zhengfugongzuobaogao…)."""
    bare = content[i].fold.strip()
    top = stack[-1]
    if i == len(content) - 1 and bare in ("(一)", "(一") and top.rank == 1 and top.number is not None \
            and not (top.body or top.extra or top.children):
        # "二、重点工作" / "(一) ": the copy cut right after the number of the part's first item
        return 2, content[i].text.strip(), content[i].text.strip()
    if i == len(content) - 1 and re.fullmatch(r"\([一二三四五六七八九十]{1,3}\)", bare) and (numeral(bare) or 0) >= 2 \
            and any(n.rank == 2 and n.value == numeral(bare) - 1 for n in stack[1:]):
        # "(一)认真贯彻…" / "(二)": the copy cut right after the number of the item after the one above
        return 2, content[i].text.strip(), content[i].text.strip()
    # (…or the number with its dot, the copy cut right after it: "(四)强化社会动员,增强全民防诈意识" / "9.", items 7. 8.
    # under (三) above)
    if i != len(content) - 1 or not re.fullmatch(r"[1-9]\d?[.．、]?", bare):
        return None
    if top.rank not in (1, 2) or top.number is None or top.body or top.extra or top.children:
        return None
    if bare.rstrip(".．、") != "1":
        # the items run on across the parts (1. under (一), then "2" under (二)): the number after the last one
        last = [n for n in _descendants(stack[0]) if n.rank == 3 and n.value is not None]
        if not last or last[-1].value + 1 != int(bare.rstrip(".．、")):
            return None
    number = content[i].text.strip()
    return 3, number, number


def _opening_tail(extra: list[Line]) -> bool:
    """The body opens with one paragraph and its clause line only, and that paragraph is no preamble making the
    plan (…现制订本工作方案,将…分解为…: a plan's preamble over an item the copy lost, the clause alone its task)."""
    shown = [x for x in extra if not x.blank]
    return len(shown) == 2 and not re.search(r"(?:制定|制订)(?:本|如下)", shown[0].fold)


# a clause in brackets closing a piece of a line: …X家,,(责任单位:县工信商务局,、…)
_TRAILING_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]\s*$")
# a preamble's purpose clause opening the piece (为深入学习贯彻…精神,,)
_PURPOSE = re.compile(r"(?:^|(?<=[)）\s]))(?:为|根据|按照)[^,，。;；()（）]{4,100}?[,，]+")


def _clause_closed_opening(extra: list[Line], line: Line) -> bool:
    """The body so far is one piece of the line the next item is cut from, closed by a clause in brackets."""
    shown = [x for x in extra if not x.blank]
    if len(shown) != 1 or shown[0].no != line.no:
        return False
    m = _TRAILING_BRACKET.search(shown[0].fold)
    return m is not None and roles.parse_clause(m.group(1)) is not None


def _doers_opening(extra: list[Line]) -> bool:
    """The body opens with one paragraph, before a later number, that names its doers (no preamble: no 制定本…,
    no 如下: leading in, no addressees)."""
    shown = [x for x in extra if not x.blank]
    if len(shown) != 1:
        return False
    f = shown[0].fold.strip()
    if re.search(r"(?:制定|制订|印发)(?:本|如下)|如下[:：]?$|[:：]$", f) or not re.search(r"。$|[\u4e00-\u9fff]$", f):
        return False
    return bool(roles.read(shown[0].text).roles or roles.doers(shown[0].text))


def _lost_opening(root: Node) -> None:
    """The copy's opening paragraph (_doers_opening), a task of its own, unnumbered."""
    first = next(x for x in root.extra if not x.blank)
    title, body = split_title(first.text)
    root.children.append(Node(_UNNUMBERED, None, None, title, body, first.no, raw=first.text, opening=True))
    root.extra[:] = [x for x in root.extra if x.no < first.no]


def _lost_first_tail(root: Node) -> None:
    """The one piece before the first number, closed by its clause: the item's sentence is what follows the last
    sentence end before the clause (or the preamble's purpose clause), the piece whole its text."""
    piece = next(x for x in reversed(root.extra) if not x.blank)
    k = root.extra.index(piece)
    f = piece.fold[: _TRAILING_BRACKET.search(piece.fold).start()]
    opening = _LEADING_BRACKET.match(f)  # a clause the piece opens with closes an item before it
    first = opening.end() if opening and roles.parse_clause(_inside(opening)) is not None else 0
    ends = [m.end() for m in re.finditer(r"[。;；!！?？:：]", f) if m.start() >= first]
    purpose = _PURPOSE.search(f, first)  # (behind the plan's title the line opens with: …(2023-2025年)为深入…,,)
    start = ends[-1] if ends else purpose.end() if purpose else first
    text = piece.text[start:]
    title, body = split_title(text)
    root.children.append(Node(_UNNUMBERED, None, None, title, body, piece.no, raw=text))
    del root.extra[k:]


def _lost_first_item(parent: Node) -> None:
    """A part whose first numbered item is the second ((二) with no (一): a copy lost the first one's
    heading) and which has a paragraph with its own clause line right above it: that paragraph is the
    first item, a task of its own (its lines run back to the last one that ends a sentence before it)."""
    extra = parent.extra
    if len(extra) < 2 or not roles.is_clause_line(extra[-1].text) or roles.is_clause_line(extra[-2].text):
        return
    k = len(extra) - 2
    while k > 0 and not re.search(r"[。;；!！?？:：]$", extra[k - 1].fold.rstrip()):
        k -= 1
    first = extra[k]
    title, body = split_title(first.text)
    node = Node(_UNNUMBERED, None, None, title, body, first.no, extra=extra[k + 1:], raw=first.text)
    del extra[k:]
    parent.children.append(node)


# "1.活动时间:6月1日至7日" "2.活动内容:…" "3.组织单位:…": numbered lines that are an item's fields
_FIELD = re.compile(
    r"(?:活动|工作|完成|实施|整治|检查|办理|宣传|责任|组织|牵头|配合|参加|参与|主办|承办|协办)?"
    r"(?:时间|时限|内容|单位|部门|地点|对象|方式|形式|主题|范围|要求)"
    # a meeting's fields (主持人, 参会人员, 会议议程), and the roles of an event's bodies named in one label
    # (主办、承办、协办单位)
    r"|主持人?|(?:参会|参加|出席)(?:人员|单位)|(?:会议)?议程|(?:(?:主办|承办|协办|支持)、?){2,4}单位"
)
_FIELD_WHO_WHEN = re.compile(r"时间|时限|单位|部门")


def _field_label(child: Node) -> str | None:
    # a label spaced out letter by letter to the width of the others (时 间:, 主 持 人:) is read without its spaces
    m = re.match(r"\s*[^:：，,。]{2,12}?(?=[:：])", fold(child.raw[len(child.number or ""):] if child.raw else ""))
    label = re.sub(r"\s+", "", m.group(0)) if m and len(re.sub(r"\s+", "", m.group(0))) <= 10 else None
    return label if label and _FIELD.fullmatch(label) else None


def _lift_fields(node: Node) -> None:
    """An item whose numbered lines are all labelled fields of one activity (时间 / 内容 / 单位…),
    at least one saying who or when, is the task: its fields are not tasks of their own (a copy cut
    off after the first field still has one). The fields may be followed by numbered lines of the
    activity's arrangements with no label (5.整个座谈会筹备工作由…负责, 6.请电视台…派记者参加活动),
    where three labelled fields at least open the list."""
    for child in node.children:
        _lift_fields(child)
    if node.rank == 0 or not node.children:
        return
    labels = [_field_label(c) for c in node.children]
    # a field over its own labelled sub-fields ((1)主办、承办、协办单位: over ①主办单位:… ②承办单位:…) is one field still
    if any(c.children and not (label and c.lifted) for c, label in zip(node.children, labels)):
        return
    run = next((i for i, x in enumerate(labels) if not x), len(labels))
    if (all(labels) or (run >= 3 and not any(labels[run:]))) and any(_FIELD_WHO_WHEN.search(x) for x in labels[:run]):
        node.lifted = True


# the lead-in of a part's list of its member units' duties (各成员单位职责分工如下:, 成员单位职责如下:)
_MEMBER_DUTIES = re.compile(r"成员单位(?:的)?(?:主要)?职责(?:分工)?(?:如下|是)[:：]?\s*$")


_UNNUMBERED = 9  # an unnumbered task: below every numbered level, so the next numbered item closes it


def opens_duty_list(content: list[Line]) -> bool:
    """The first of these lines is a line of an unnumbered duty list (a page copied from inside one)."""
    return bool(content) and _duty_line(content, 0, False)


# a part headed as the division of the work among units (四、任务分工, 三、职责分工): its unnumbered lines that open
# with a holder of duties are its list of units' duties
_DIVISION = re.compile(r"^(?:任务|职责|责任|工作)?分工$")


def _division_part(node: Node) -> bool:
    """A numbered part headed as the division of the work among units, with no items of its own so far: a line
    below it that opens with a holder of duties (县公安局负责…) begins its duty list, with or without such a line
    beside it (the first line after the part's lead-in, followed by a line whose body has no 负责 after it)."""
    return node.number is not None and node.rank != _UNNUMBERED and not node.children \
        and bool(_DIVISION.match(re.sub(r"\s+", "", node.title)))


def _glued_duties(node: Node) -> list[Node]:
    """A part headed as the division of the work with its duty list run on behind its heading on the same line
    (三、职责分工。镇规环办:负责…。自然资源所:负责…。镇农服中心:一是负责…): each unit named before its colon, at the
    start of a sentence, holds the duties up to the next such unit, a task of its own (two at least, the first a
    holder of duties as a duty list's line is)."""
    if not _division_part(node) or not node.body:
        return []
    pieces, current = [], None
    for sentence in re.split(r"(?<=。)", node.body):
        if not sentence.strip():
            continue
        opening = roles.duty_opening(sentence.strip(), loose=bool(pieces)) if ":" in fold(sentence) else None
        if opening and (pieces or roles.duty_opening(sentence.strip())):
            current = [opening[0], opening[1]]
            pieces.append(current)
        elif current is not None:
            current[1] += sentence
        else:
            return []  # the part's own lead-in before its list
    if len(pieces) < 2:
        return []
    return [Node(_UNNUMBERED, None, None, holder, duties, node.line, raw=f"{holder}:{duties}", duty=True)
            for holder, duties in pieces]


def _duty_line(content: list[Line], i: int, in_list: bool) -> bool:
    """A line of an unnumbered duty list: it opens with a holder of duties, and so does a line beside it (one of
    the two may open with any unit's name), or it goes on the list the item above belongs to. A table's measure cells
    copied one a line, each followed by its own date cell ("区城管局负责,工商局配合,取缔…" / "2008年5月1日前" / "区城建局
    负责,…"), are beside each other across those date cells."""
    def opens(k: int, loose: bool) -> bool:
        return 0 <= k < len(content) and not numbered(content[k]) and bool(roles.duty_opening(content[k].text, loose))
    before = i - 2 if i >= 2 and date_cell(content[i - 1]) else i - 1
    after = i + 2 if i + 2 < len(content) and date_cell(content[i + 1]) else i + 1
    if opens(i, False) and (in_list or opens(before, True) or opens(after, True)):
        return True
    above = next((k for k in range(i - 1, -1, -1) if not content[k].blank), -1)
    if opens(i, False) and i == len(content) - 1 and _MEMBERS_TOLD.search(content[above].fold if above >= 0 else "") \
            and _colon_outside(content[i].fold) > 0:
        # the copy's last line, a holder before its colon ("縣委宣傳部:要在…" cut), right after the paragraph setting up
        # the leading group that tells its members to act (…各成員單位要制定各自的宣傳實施方案…): the first line of the
        # members' duty list the copy was cut in
        return True
    if opens(i, False):
        return False
    if in_list and not numbered(content[i]) and roles.duty_subject(content[i].text):
        return True  # in the list, a line whose holder is its sentence's subject with no 负责 (各镇在…入户宣传…)
    if in_list and opens(i, True):
        return True  # in the list (or under a 职责分工 heading), any unit's name before its colon (农服中心:负责…)
    return opens(i, True) and (opens(before, False) or opens(after, False))


# a leading group's paragraph telling its member units to act, each for its own part (各成员单位要制定各自的…方案)
_MEMBERS_TOLD = re.compile(r"各成员单位要[^。；;]{0,10}?(?:制定|结合|按照|根据)")


def date_cell(line: Line) -> bool:
    """A line that holds a date alone, as a table's 完成时间 cell copied on a line of its own (2008年5月1日前,
    2008年5月30日前完成): a by-when phrase and at most a few characters beside it."""
    f = re.sub(r"\s+", "", line.fold)
    found = deadlines.in_text(f)
    return bool(found) and len(f) <= 16 and len(f) - len(found[0]["text"]) <= 3 and not re.search(r"[。,，;；]", f)


def _text(node: Node) -> str:
    return "\n".join([node.raw or node.title] + [x.text for x in node.extra])


def _has_clause(node: Node) -> bool:
    return bool(roles.read(_text(node)).roles)


def _closed(top: Node) -> bool:
    """A task its clause line already closed: the paragraph after it, with a clause line of its own
    next, is a task of its own ("(一)…" / "责任单位:…" / "各镇街要…" / "责任单位:…")."""
    return bool(top.extra) and roles.is_clause_line(top.extra[-1].text)


def _closed_in_brackets(top: Node) -> bool:
    """An unnumbered task closed by its own clause in brackets at the end of its last line: the paragraph after it,
    with a clause line of its own next, is a task of its own, as after one closed by a clause line ("积极推广…。
    (责任单位:省农业厅、…)" / "基本建成…。" / "(责任单位:…)")."""
    if top.rank != _UNNUMBERED:
        return False
    last = fold(top.extra[-1].text if top.extra else top.raw).strip()
    if not last.endswith(")") or "(" not in last:
        return False
    return bool(roles.read(last[last.rfind("("):]).roles)


# the measures field under an item that names a problem to rectify (整改措施:…, 整改要求:…)
_MEASURES_FIELD = re.compile(r"\s*(?:整改措施|整改要求|整改方案|具体措施)\s*[:：]")


def _own_task(line: Line, top: Node) -> bool:
    """An unnumbered paragraph that is a task of its own: it carries its own clause and is labelled
    ("推进X：……（责任单位：…）") or follows a task its clause already closed."""
    if re.match(r"\s*[-—•·●○◆◇▪■□]", line.fold):
        return False  # a bulleted point of the item above
    if roles.is_clause_line(line.text) or not roles.read(line.text).roles or _opens_with_clause(line):
        return False
    if top.number is not None and not _has_clause(top) and _MEASURES_FIELD.match(line.fold):
        return False  # "1、关于“…”问题。" / "整改措施:…(责任单位:…)": the measures of the problem the item names, its field
    labelled = _LABELLED.match(line.fold) or (_LABEL_SENTENCE.match(line.fold) and _sentence_heading(top))
    return bool(labelled) or _has_clause(top) or _frame_part(top)


def _frame_part(top: Node) -> bool:
    """A part of the plan's frame titled alone on its line (一、总体要求, 二、发展目标): its paragraphs are its preface,
    no item's text, so one that closes with its own clause ("加快“新基建”,…。(省工业和信息化厅牵头)") is a task of its
    own, as a labelled one is (a target a 行动方案 gives its doers)."""
    return top.number is not None and not top.body and not top.children \
        and _PREFACE.fullmatch(fold(top.title).strip().rstrip("。.:：").strip()) is not None


def _lone_paragraph_with_doers(content: list[Line]) -> set[int]:
    """One unnumbered paragraph alone under a 一、 heading that only names the part of tasks (三、目标任务 / 坚持…,各村要对…
    全面排查,…各村负责清理工作。 / 四、实施步骤), naming its doers as the subject of 要 or of 负责: the part's one task (as
    a labelled paragraph there is), though the copy goes on to the next part."""
    out: set[int] = set()
    for i, line in enumerate(content):
        item = numbered(line)
        if not item or item[0] != 1 or i + 2 >= len(content):
            continue
        title, body = split_title(item[2])
        nxt = numbered(content[i + 2])
        if body or not _PART_NAME.fullmatch(fold(title).strip().rstrip("。.:：")) or numbered(content[i + 1]) \
                or not nxt or nxt[0] != 1:
            continue
        para = content[i + 1]
        if len(para.fold) >= 30 and not roles.read(para.text).roles and roles.doers(para.text):
            out.add(para.no)
    return out


def _label_sentence_runs(content: list[Line]) -> set[int]:
    """Paragraphs that each open with a short sentence naming their matter (全面推行物业管理招投标制度。各地区要… /
    规范前期物业管理工作。开发建设单位…), two or more in a row right under a numbered heading that stands alone on its line
    (一、进一步培育和规范物业管理市场), every unnumbered line under it up to the next number so opened: a part whose
    measures are labelled paragraphs, a task each, the heading their group."""
    out: set[int] = set()
    for i, line in enumerate(content):
        item = numbered(line)
        if not item or item[0] > 3:
            continue
        title, body = split_title(item[2])
        if body or not re.fullmatch(r"[^，,。；;：:]{4,30}", fold(title).strip()):
            continue
        run = []
        for ln in content[i + 1:]:
            if numbered(ln):
                break
            run.append(ln)
        # (paragraphs closed by their own clauses are read as such, under their heading's siblings too; 一是, 二是
        # open the points inside one measure)
        # (one is enough under a heading that only names the part of tasks, 二、目标任务 / 创建国家中心城市。…, where the
        # copy ends inside it: the corpus reads the items under such a heading as tasks)
        enough = 1 if _PART_NAME.fullmatch(fold(title).strip().rstrip("。.:：")) and i + 1 + len(run) == len(content) else 2
        if len(run) >= enough and all(_LABEL_SENTENCE.match(ln.fold) and not _SHI.match(ln.fold) and not roles.read(ln.text).roles
                                      for ln in run):
            out |= {ln.no for ln in run}
    return out


def _sentence_heading(top: Node) -> bool:
    """A numbered point alone on its line, one sentence closed by its 。 (1.完善城乡环境卫生管理长效机制。), with nothing
    under it yet: a heading over the labelled paragraphs that follow (加强城市道路日常保洁。开展…), not a title a hard break
    cut (2.提高 / 住房保障水平。…)."""
    return top.number is not None and not top.body and not top.extra and not top.children \
        and fold(top.raw).strip().endswith("。") and re.fullmatch(r"[^，,。；;：:]{4,30}", fold(top.title).strip()) is not None


_LABELLED = re.compile(r"^\s*[^，,。；;：:（(]{2,15}[：:]")
# a paragraph opening with a short sentence that names its matter, the measures after it (加强城市道路日常保洁。开展…)
_LABEL_SENTENCE = re.compile(r"^\s*(?=[\u4e00-\u9fff])[^，,。；;：:\s]{4,24}。(?=[\u4e00-\u9fff])")


def _labelled_after_clause(line: Line, top: Node) -> bool:
    """A paragraph opening with its label sentence right after a labelled paragraph its own clause closed
    ("加强城市道路日常保洁。…主要责任单位:…" / "抓好…治理工作。健全…", the copy cut before its clause): a task of its own,
    as its clause, had the copy kept it, would make it."""
    if top.rank != _UNNUMBERED or top.number is not None or not _LABEL_SENTENCE.match(line.fold):
        return False
    last = (top.extra[-1].text if top.extra else top.raw or "").strip()
    return bool(_LABEL_SENTENCE.match(fold(top.raw or ""))) and bool(re.search(r"(?:责任|牵头|配合)(?:单位|部门)[:：][^。]*。?$", fold(last)))


def _one_more_field(line: Line, top: Node) -> bool:
    """"二、宣传舆情组" / "牵头领导:张志华" / "主要职责:…" / "责任单位:…": a labelled line under an item whose lines so far
    are its short fields is one more of them (even where the field above names a role: 牵头领导 names persons)."""
    return bool(_LABELLED.match(line.fold)) and _field_lines_only(top)


# a short field under an item: its label and a value with no sentence (牵头领导:陈利众、盛付祥, 协助领导:钟伟华)
_SHORT_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[：:][^。；;]{1,30}$")


def _field_lines_only(top: Node) -> bool:
    """An item titled only (a group's name: 二、宣传舆情组) whose lines so far are all short labelled fields: the
    labelled lines that follow are its fields too, not tasks of their own."""
    return bool(top.extra) and not top.body and all(_SHORT_FIELD.match(x.fold) for x in top.extra)


# a line left open mid-phrase: it ends on a joining word or mark (…開展職業技能和 / …、), so a hard break cut the sentence
_OPEN_END = re.compile(r"[和及与并或、，,]$")


def _broken_off(line: Line) -> bool:
    """A line a hard break cut mid-phrase, no item and no clause of its own: the paragraph goes on below."""
    f = line.fold.strip()
    return bool(_OPEN_END.search(f)) and not numbered(line) and not roles.is_clause_line(line.text) \
        and not roles.read(line.text).roles


# a clause in brackets opening a line ("(市国土房管局牵头)…", "〔牵头单位:…;责任单位:…〕 二、…"; its content the group)
_LEADING_BRACKET = re.compile(r"\s*(?:[(（]([^()（）]+)[)）]|〔([^〔〕]+)〕|【([^【】]+)】)")
# …and the line running on right after it, with no space
_OPENING_BRACKET = re.compile(_LEADING_BRACKET.pattern + r"\S")


def _opens_with_clause(line: Line) -> bool:
    """A line that opens with a clause in brackets and runs on: a hard break after the sentence the clause
    closes ("…耕地保有量面积。" / "(市国土房管局牵头)主要污染物…"), the paragraph above continued, no task."""
    m = _OPENING_BRACKET.match(line.fold)
    return bool(m) and roles.parse_clause(_inside(m)) is not None


def _inside(m: re.Match) -> str:
    """What a leading bracket holds, whichever kind of bracket it is."""
    return next(g for g in m.groups() if g is not None)


_TIME_FIELD = re.compile(r"\s*" + deadlines.TIME_LABEL)


def _lift_clauses(node: Node) -> None:
    """A clause on its own line after an item's numbered sub-points, when no sub-point has a clause
    of its own, belongs to the item: the item is the task and its sub-points stay in it (its time
    line beside the clause too: "1.… 2.… / 责任领导:… / 责任单位:… / 整改时限:…")."""
    for child in node.children:
        _lift_clauses(child)
    if node.rank == 0 or len(node.children) < 2:
        return
    holder = node.children[-1]
    while holder.children:
        holder = holder.children[-1]
    k = len(holder.extra)
    while k > 0 and (roles.is_clause_line(holder.extra[k - 1].text) or _TIME_FIELD.match(holder.extra[k - 1].fold)):
        k -= 1  # 整改时限:… / 完成时限:… beside the clause lines is one of the item's fields too
    trailing = holder.extra[k:]
    if not any(roles.is_clause_line(x.text) for x in trailing):
        return
    if roles.titled_as_led(_after_number(node)) or (holder.number and roles.titled_as_led(_after_number(holder))):
        return  # "(三)省编办牵头的工作" over 1. 2. and "协同单位:…": a part titled with the body that leads its items, no
        # item of its own: the clause under its last item is that item's; so is one under an item titled so itself
    del holder.extra[k:]
    if any(_has_clause(n) for n in _descendants(node)):
        holder.extra += trailing  # the sub-points name their own units: the clause is the last one's
        return
    node.extra += trailing
    node.lifted = True


def _descendants(node: Node) -> list[Node]:
    out = []
    for child in node.children:
        out += [child] + _descendants(child)
    return out


def _row_cell(content: list[Line], i: int, top: Node) -> bool:
    """A cell of a table copied one cell per line with no header row, below its row's numbered task cell: a unit list
    alone or a person's name, in a run of such lines that ends with the person right before the next numbered row
    (or the text's end), the task's prose closed above the run ("5、整治农村河流…达到85%。" / 各村(居、场) / 苏荣义 /
    "6、…"). Not a heading over the items below, as a short line would be."""
    if top.number is None or not i or not roles.cell_kind(content[i].text):
        return False
    prev = content[i - 1]
    if prev.no != top.line and not (top.extra and top.extra[-1] is prev):
        return False
    if top.extra and top.extra[-1] is prev and roles.cell_kind(prev.text):
        return True  # the run already began
    j = i
    while j < len(content) and roles.cell_kind(content[j].text):
        j += 1
    if j < len(content) and not numbered(content[j]):
        return False
    return roles.row_cells([prev.text] + [ln.text for ln in content[i:j]]) is not None


# a 分解 plan's notes on itself headed by the word alone (说明, 编制说明), as NONTASK reads it
_NOTES_HEADING = re.compile(r"(?:编制|填表|有关|使用|分解)?说\s*明[:：]?")


def _heads_items(content: list[Line], i: int) -> bool:
    for nxt in content[i + 1 : i + 5]:
        if numbered(nxt):
            return True
    return False


# a heading naming a plan's working mechanism alone (工作机制, 长效机制, 协调联动机制), as NONTASK's
_MECHANISM_FRAME = re.compile(r"(?:工作|长效|协调|联动|保障|运行)+机制")


def sections(root: Node) -> list[tuple[str, list[Node], Node | None]]:
    """(kind, nodes, heading) for each section: kind is 'task' or 'other'."""
    out: list[tuple[str | None, list[Node], Node | None]] = []
    run: list[Node] = []

    def close_run():
        if run:
            if len(run) >= 2 and _AWARENESS_FIRST.search(fold(run[0].title)) \
                    and any(_TASKS_ASSIGNED.search(fold(n.title)) for n in run[1:]):
                # (一)统一思想,提高认识 / (二)明确任务,狠抓落实: the awareness asked for first, the tasks handed out after it
                out.append(("other", [run[0]], None))
                out.append(("task", list(run[1:]), None))
                run.clear()
                return
            other = (_guarantees([fold(n.title) for n in run]) and not _units_named_below(run) and not run[0].opening) \
                or _definitions(run)
            closing = None if other or len(run) < 2 else _closing_guarantee(run[-1])
            out.append(("other" if other else "task", list(run[:-1] if closing else run), None))
            if closing:
                out.append(("other", [closing], None))
            run.clear()

    for node in root.children:
        if node.rank in (0.5, 1):
            close_run()
            t = fold(node.title)
            # why the work matters and the plan's frame, read on the heading whole (a long one is shortened in t)
            frame = _WHY_AND_FRAME.search(_after_number(node).strip().rstrip("。")) is not None
            kind = "other" if _is_nontask_heading(t) or _why_or_how(node, t) or frame else \
                ("task!" if TASK.search(t) and not _DOING_TASKS.match(t.strip()) else None)
            if kind == "other" and _work_steps(node, t):
                kind = "steps"  # 三、工作步骤 over (一)自查整改。各镇(处)…要… (二)督导整改。…: the plan's work, step by
                # step, where no other part is (resolved below)
            if kind is None and node.children and _ASPECTS_ANNOUNCED.search(fold(" ".join([node.body] + [x.text for x in node.extra]))):
                kind = "task!"  # 三、建设重点 / 本年度…,突出抓好七个方面工作。 over (一)(二)…: a part announcing the aspects of
                # work its items are, beside a part named 主要任务 that only sums the year's figures up
            if kind is None and _scope_items(node):
                kind = "other"  # 三、整治重点 over (一)重点整治对象 (二)重点整治区域: the campaign's scope, item by item
            if kind is None and _frame_items(node):
                kind = "other"  # 一、坚持以…为指引,努力实现…率先取得突破 over (一)指导思想。: the plan's frame under a heading
                # that words it as a goal
            if kind in (None, "task!") and not node.children and _TARGETS_PARAGRAPH.match(t.strip()) and not _has_clause(node):
                kind = "other"  # 二、目标任务xx年5月底到9月底全县秸秆禁烧。…, 二、目标和任务 禽流感、口蹄疫,应免密度…: the
                # label, its figures behind it on the same line and no items: the plan's targets, no part of work
            if kind is None and node.children and _TARGET_TASKS.fullmatch(t.strip().rstrip("。")):
                kind = "task"  # 一、目标任务 over its (一)(二)…: the items are tasks, beside a later 二、重点工作 too
            if _body_fields(node):
                out.append(("other", [node], node))  # a body the plan sets up, told by its fields: no tasks
                continue
            if node.children and all(c.duty and c.raw.startswith(f"{c.title}。") for c in node.children) \
                    and _DUTY_HEADING.match(t):
                kind = "task"  # 三、组织领导及职责分工 whose paragraph runs on into its units' duties (县环保局。负责…)
            if kind != "task!" and (kind is None or ("目标" in t and not frame) or _joined_point(t)) \
                    and any(_has_clause(n) for n in _descendants(node)):
                # items that name their own units are tasks, even under a 预期目标 heading or one that joins a
                # guarantee's keyword to a point of work (一、强化组织领导和统筹协调)
                kind = "task"
            elif kind == "other" and len(node.children) >= 2 and all(_has_clause(n) for n in node.children) \
                    and not _GUARANTEE.search(t) and not _STAGES.search(t) and not frame:
                kind = "task"  # every item names its own units: a part of tasks, though headed as one of a plan's
                # frames (一、健全完善工作机制), unless a guarantee (保障措施, 组织领导) or the plan's stages
            elif kind == "other" and _PREFACE.fullmatch(t.strip().rstrip("。.:：").strip()) and _work_by_object(node.children):
                kind = "task"  # 一、总体要求 over (一)杨树湾水库…等坝防汛。(二)东一干渠道防汛。(三)各村过路桥坝防汛。: items each
                # titled with the works they guard and one shared work, no frame's: the plan's work, object by object
            elif kind == "other" and len(node.children) >= 2 and _MEMBER_DUTIES.search(fold(" ".join([node.body or ""] + [x.text for x in node.extra]))) \
                    and all(roles.duty_holder(n.title, n.body) for n in node.children):
                kind = "task"  # 七、组织领导 / 成立…领导小组,…为成员单位。各成员单位职责分工如下: over (一)省文化厅。负责…:
                # the member units' duty list the guarantee part sets out, each unit's duties a task it leads
            out.append((kind, [node], node))
            if kind == "other" and not _REVIEW.search(t):
                run.extend(_lost_section(node))
        elif node.children and _why_or_how(node, fold(node.title)):
            # a report with no 一、 level whose (一) parts tell how the rectification was run ((一)党组书记组织落实整改
            # 工作情况 over 1.强化责任担当… 2.…): a part read whole, as its 一、 heading would be
            close_run()
            out.append(("other", [node], node))
        elif node.children and _MECHANISM_FRAME.fullmatch(fold(node.title).strip().rstrip("。.")) \
                and not all(_has_clause(n) for n in node.children):
            # a copy with no 一、 level (a later page opening inside a part): "(三)工作机制。" over 1.风险防范机制。
            # 2.信息共享…机制。, the heading naming the mechanism alone, is the plan's frame for its working rules, as
            # 四、工作机制 is (its items no tasks, unless each names its own units)
            close_run()
            out.append(("other", [node], node))
        else:
            if run and node.value is not None and run[-1].value is not None and node.rank == run[-1].rank and node.value <= run[-1].value:
                close_run()
            run.append(node)
    close_run()
    # a part of steps that are the work itself is the plan's part of tasks only where no other part is one
    work = any(k in ("task!", "task", None) for k, _, h in out if h is not None)
    out = [(("other" if work else "task") if k == "steps" else k, nodes, h) for k, nodes, h in out]
    explicit = any(k == "task!" for k, _, _ in out)
    headed = [nodes[0] for k, nodes, heading in out if heading is not None]
    prose = not explicit and headed and all(not h.children for k, _, h in out if h is not None)
    if prose and all(k is None for k, _, h in out if h is not None) and _guarantees([fold(h.title) for h in headed], by_first=False) \
            and (len(headed) >= 2 or _LEADERSHIP.search(fold(headed[0].title)) or NONTASK.search(fold(headed[0].title))) \
            or prose and all(k in (None, "other") for k, _, h in out if h is not None) and any(k is None for k, _, h in out if h is not None) \
            and _AWARENESS_FIRST.search(fold(headed[0].title)) and not any(_LABELLED_DOERS.search(fold(_text(h))) for h in headed) \
            and not _later_points_of_work(headed):
        # parts of prose only, most of them on guarantees (一、提高政治站位，强化组织领导 / 二、压紧工作责任，定期
        # 报告进度), or the first on taking the work seriously (一、提高认识,加强领导; 一、高度重视 a part no task on its
        # own): a notice's own requirements, not a plan's tasks; one such part alone only where it names the
        # leadership or a frame (一、加强领导,建立健全…机制), not where a guarantee's word is its verb (六、认真解决…问题,
        # 保障人民群众…; 一、坚持统筹优化产业结构…: a later page's lone point of work)
        out = [("other" if h is not None else k, nodes, h) for k, nodes, h in out]
    elif prose and _AWARENESS_FIRST.search(fold(headed[0].title)) and _later_points_of_work(headed):
        out = [("other" if h is headed[0] else k, nodes, h) for k, nodes, h in out]  # the first, its preface
    first = next((k for k, (kind, _, _) in enumerate(out) if kind == "task!"), None)
    if first is not None and TASK.match(fold(out[first][2].title).strip()):
        # a copy that starts inside an earlier part (its heading cut off: a scope, the principles) and later names
        # the plan's task part (四、工作任务, 三、主要内容): the unheaded items before that part are not in it (a
        # part named for one theme, 三、抗旱工作的主要任务, leaves the items before it to another theme's part)
        out = [("other" if k < first and heading is None and kind == "task" else kind, nodes, heading)
               for k, (kind, nodes, heading) in enumerate(out)]
    return [("task" if k in ("task!", "task") or (k is None and not explicit) else "other", nodes, h) for k, nodes, h in out]


# the words a plan's frame titles its items with (指导思想, 基本原则, 工作目标…): no work
_FRAME_TAIL = re.compile(r"(?:思想|原则|目标|要求|思路|依据|范围|意义|定位|任务|方针)$")


# a title worded as doing, a verb first (开展…行动, 加强…建设): a point of work, not a work's object
_DOING_FIRST = re.compile(r"(?:开展|加强|推进|强化|完善|建立|实施|做好|抓好|落实|提升|深化|健全|推动|严格|加快|全面|持续|切实|着力|"
                          r"坚持|加大|确保|积极|大力|扎实|认真|进一步)")


def _work_by_object(children: list[Node]) -> bool:
    """Two or more items under a part of the plan's frame, each titled with what it covers and one work they all
    share, written last (杨树湾水库…等坝防汛 / 东一干渠道防汛 / 各村过路桥坝防汛): the plan's work split by its
    objects, not the frame's own items (指导思想, 基本原则, 工作目标)."""
    if len(children) < 2:
        return False
    titles = [re.split(r"[。；;:：]", _after_number(c), maxsplit=1)[0].strip() for c in children]
    if any(_DOING_FIRST.match(x) for x in titles):
        return False  # (一)开展重大风险源头管控行动 (二)开展…行动: points of work worded as doing, under a lost heading
    for n in (2, 3, 4):
        tails = {x[-n:] for x in titles if len(x) >= n + 2}
        if len(tails) == 1 and len([x for x in titles if len(x) >= n + 2]) == len(titles):
            tail = tails.pop()
            return re.fullmatch(r"[\u4e00-\u9fff]+", tail) is not None and not _FRAME_TAIL.search(tail)
    return False


# a part's paragraph announcing how many aspects of work its items are (突出抓好七个方面工作, 重点做好以下五个方面的工作)
_ASPECTS_ANNOUNCED = re.compile(r"(?:抓好|做好|突出|重点|着力)[^。，,]{0,8}?[一二三四五六七八九十\d]{1,2}\s*(?:个)?方面(?:的)?(?:工作|任务|重点)")


def _units_named_below(run: list[Node]) -> bool:
    """A run of points at the top of a copy (no 一、 level over them) whose one point is headed as a guarantee
    (1.完善城乡环境卫生管理长效机制。) while the paragraphs under it each close with their own clause (主要责任单位:…):
    a point of work whose measures name their doers, not the plan's closing guarantees."""
    return len(run) == 1 and sum(1 for d in _descendants(run[0]) + [run[0]] if _has_clause(d)) >= 1 \
        and bool(run[0].children) and all(c.rank == _UNNUMBERED for c in run[0].children)


# the fields of a body a plan sets up (一、建立联席会议机制 / (一)牵头单位:市住建局、市发改局。/ (二)组成单位:…): who
# convenes it and who sits in it, labels alone before their units
_BODY_FIELD = re.compile(r"^(?:牵头|召集|组成|成员)(?:单位|部门)$|^(?:召集人|组长|副组长|成员)$")


# a term and the names it stands for: 严管区:人民路; / 禁摆区:解放路、东风路、渠首大道;
_DEFINITION = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]([^,，。;；:：()（）]+)[;；。]?")


def _definitions(run: list[Node]) -> bool:
    """Numbered entries that each give a term and the names it covers, a list of names with nothing else (1、严管区:
    人民路; 2、禁摆区:解放路、东风路、渠首大道; …, after a task table: its zones defined), three at least, most of them
    naming several: a list of definitions, no tasks (the lines below the last are the page's own)."""
    if len(run) < 3 or any(n.children for n in run) or any(n.extra for n in run[:-1]):  # the last: a page's end
        return False
    values = [_DEFINITION.fullmatch(fold(n.raw or n.title).strip()[len(n.number or ""):].strip()) for n in run]
    if not all(values):
        return False
    return sum(1 for v in values if "、" in v.group(1)) * 2 > len(values)


# an item that only names what a campaign takes on or where: (一)重点整治对象。…, (二)重点整治区域。…, 检查范围
_SCOPE_ITEM = re.compile(r"^(?:重点)?(?:整治|排查|检查|治理|清理|执法|巡查|清查)?(?:对象|区域|范围|场所|地点)$")


# a part headed as the plan's steps alone (三、工作步骤, 实施步骤, 方法步骤)
_STEPS_PART = re.compile(r"^(?:工作|实施|方法|推进)步骤$|^步骤(?:和|与|及)?方法$")
# a stage of a schedule among a part's items: (一)动员部署阶段, (一)…(3月1日至3月8日), (一)3月1日—3月20日
_STAGE_ITEM = re.compile(r"阶段|[(（][^)）]*\d+月[^)）]*[)）]")
# …and a schedule's first item opening on its date (一)6月上旬,拟定…; (一)2010年3月前,…
_DATED_FIRST = re.compile(r"^(?:\d{4}年)?\d{1,2}月")


def _work_steps(node: Node, title: str) -> bool:
    """A part headed as the plan's steps whose items are the work itself, no stage of a schedule: two or more, none
    named a 阶段 or dated by a bracketed period, the first not opening on its date, and each but the last with text
    of its own (三、工作步骤 / (一)自查整改。数据下发前,各镇(处)、县直有关部门要…全面整改 / (二)督导整改。…): the
    plan's part of work where no other part of it is one (beside parts of tasks, its steps stay the schedule)."""
    if not _STEPS_PART.match(title.strip().rstrip("。:：")) or len(node.children) < 2:
        return False
    titles = [fold(c.title).strip() for c in node.children]
    first = fold(node.children[0].raw or node.children[0].title).strip()
    first = first[len(fold(node.children[0].number or "")):].strip() if first.startswith(fold(node.children[0].number or "")) else first
    return not any(_STAGE_ITEM.search(t) for t in titles) and not _DATED_FIRST.match(first) and all(
        re.search(r"[，,；;。]", t + fold(c.body)) for c, t in zip(node.children[:-1], titles))


def _scope_items(node: Node) -> bool:
    """A part whose items, two at least, each only name the campaign's objects or areas (重点整治对象, 重点整治区域):
    its scope set out item by item, as a part headed 整治范围 is, no tasks; so is a part headed as the campaign's
    focus (二、整治重点) over three or more items that each only name a place in a short phrase, no comma, nothing
    below it (1、xxx镇中心街道、沿街住户及商户。 2、各行政村群众居住聚集区。 5、镇域内所有河道。)."""
    titles = [fold(c.title).strip().rstrip("。:：").strip() for c in node.children]
    if len(titles) >= 2 and all(_SCOPE_ITEM.match(t) for t in titles):
        return True
    return bool(_FOCUS_PART.match(fold(node.title).strip().rstrip("。:："))) and len(node.children) >= 3 and all(
        not c.children and not c.extra and not c.body and len(t) <= 20 and not re.search(r"[，,；;:：]", t)
        for c, t in zip(node.children, titles))


# a campaign's focus as a part's heading: 整治重点, 检查重点
_FOCUS_PART = re.compile(r"^(?:整治|检查|排查|治理|清理|巡查)重点$")


def _frame_items(node: Node) -> bool:
    """A part whose items are each headed only as a part of the plan's frame, the first of them its guiding thought,
    principles or targets ((一)指导思想。 (二)基本原则。 (三)主要目标。): the plan's general requirements, whatever
    its own heading says, no tasks (but targets that name their units are tasks: (一)主要目标。 over 1.… (市经委牵头))."""
    titles = [fold(c.title).strip().rstrip("。.:：").strip() for c in node.children]
    return bool(titles) and _PREFACE.fullmatch(titles[0]) is not None and all(_is_nontask_heading(t) for t in titles) \
        and not any(_has_clause(n) for n in _descendants(node))


def _body_fields(node: Node) -> bool:
    """A part whose numbered items are, two of them at least, the fields of a body it sets up (牵头单位:…,
    组成单位:…, 成员单位:…): the plan's organisation, not a part of tasks, its other items (主要工作任务和目标:
    the body's targets) with it."""
    return sum(1 for c in node.children if _BODY_FIELD.match(fold(c.title).strip().rstrip(":：").strip())) >= 2


def _closing_guarantee(node: Node) -> Node | None:
    """The last of a run of points headed as the plan's checks and funding ((八)搞好服务,抓责任考核和任务落实), its own
    numbered points reading as guarantees (分解细化…考核完善, 督查…综合考核, 安排经费…): the plan's closing
    guarantees among its points, no tasks (as a 保障措施 part)."""
    if len(node.children) < 2 or not _CHECKS.search(fold(node.title)):
        return None
    return node if sum(1 for c in node.children if _CHECKS.search(fold(c.title + c.body))) * 2 > len(node.children) else None


# the checks and funds a plan's closing guarantees are about (考核, 督查, 经费…)
_CHECKS = re.compile(r"考核|督查|督导|问责|奖惩|经费|保障")


# a notice's first point headed on how seriously its addressees are to take the work handed to them (一、提高认识,
# 加强领导 / 一、高度重视,完善责任机制 / 一、提高思想认识。): the points after it are its requirements on that work too
_AWARENESS_FIRST = re.compile(r"思想认识|提高认识|^高度重视")
# (unless a point names its own doers with a label, 责任单位: / 牵头单位:, as a task does)
_LABELLED_DOERS = re.compile(r"(?:责任|牵头|配合|协办|主办|承办)(?:单位|部门|处室|科室)\s*[:：]")
# points whose first is on the awareness the work asks for are still the tasks where a later one is headed as handing
# them out ((一)统一思想,提高认识 / (二)明确任务,狠抓落实: the 明确任务 point sets each one's quota)
_TASKS_ASSIGNED = re.compile(r"明确(?:目标)?任务|分解(?:目标)?任务|任务分解")
# a heading on the leadership of the work or the awareness it asks for (组织领导, 加强领导, 提高认识)
_LEADERSHIP = re.compile(r"组织领导|加强领导|思想认识|提高认识")


def _later_points_of_work(headed: list[Node]) -> bool:
    """After a first point on taking the work seriously (一、高度重视电力迎峰度夏工作), two or more later points headed
    as work (二、努力挖掘供电潜力, 三、切实加强有序用电工作, no guarantee's or leadership's word) whose paragraphs name
    bodies as the subject of 要 (电网企业要…; 各地要…): an 意见's points of work, the first its preface."""
    later = [h for h in headed[1:] if not _guarantee_word(fold(h.title)) and not NONTASK.search(fold(h.title))
             and not _LEADERSHIP.search(fold(h.title)) and roles.doers("\n".join([h.body] + [x.text for x in h.extra]))]
    return len(later) >= 2


def _guarantees(titles: list[str], by_first: bool = True) -> bool:
    """Points that read as a plan's guarantees, not its tasks: most of them on guarantees (保障, 考核,
    督查…), or (`by_first`) the first on leadership or awareness (组织领导, 提高认识)."""
    guarantee = sum(1 for t in titles if _guarantee_word(t) or NONTASK.search(t))
    first = by_first and _LEADERSHIP.search(titles[0])
    return bool(first) or guarantee * 2 > len(titles)


def _why_or_how(node: Node, title: str) -> bool:
    """A part's heading on a line of its own that says why the plan matters or how a rectification was organised
    (_WHY_OR_HOW); a notice's numbered point that opens with it and goes on to its measures on the same line
    (一、充分认识做好高校毕业生就业工作的重要性。…各级各有关部门要…) stays a point."""
    if not node.body.strip():
        return bool(_WHY_OR_HOW.search(title.strip().rstrip("。")))
    # the heading glued straight onto its paragraph where a copy lost the break, no mark between (一、充分认识完善…
    # 长效机制的重要性和必要性国家把实行…问责制提到了…): the heading still, its paragraph on why the plan matters
    written = fold(node.raw).strip()
    if node.number and written.startswith(fold(node.number)):
        written = written[len(fold(node.number)):].strip()
    return bool(written) and _WHY_GLUED.match(written) is not None


def _is_nontask_heading(title: str) -> bool:
    """工作目标, 保障措施, 加强组织领导: a short heading that is the keyword, not a point that mentions it
    ("加强组织领导，压实安全责任" in a 工作要点 is a task section)."""
    if _GLUED_FRAME.match(title.strip()) and not TASK.search(title):
        return True  # "一、指导思想以习总书记…为指导", "一、活动主题美好中国": the label, its text glued on with no break
    m = NONTASK.search(title)
    if not m or TASK.search(title):
        return False
    first = re.match(r"(\S{2,12})\s+\S", title.strip())
    if first and m.start() == 0 and m.group(0) == first.group(1):
        return True  # "一、工作目标 进一步完善…": the keyword alone, its paragraph glued behind by a PDF's spacing
    if first and m.start() == 0 and len(pieces := re.split(r"[、和及与]", first.group(1))) >= 2 \
            and all(_frame_label(x) for x in pieces):
        return True  # "一、指导思想和总体要求 坚持以…": the frame's labels joined, alone before the paragraph a space glues on
    if _FRAME_GLUED.match(title.strip()):
        return True  # "一、工作目标通过对道路范围外停放…": the keyword with its paragraph glued straight on (a sharing
        # site's text layer that lost the line break), no space between
    t = title.strip().rstrip("。")
    if m.end() == len(t) and t[m.start() - 1: m.start()] == "的" and "目标" not in m.group(0) and len(t) <= 30 \
            and not re.search(r"[，,；;。：:]", t):
        # "一、深化预算管理制度改革的总体要求": the keyword qualified by the plan's subject, nothing after it (but a
        # 分工 plan's "…的主要目标" holds targets that name their units)
        return True
    if _WHY_AND_FRAME.search(t) and not re.search(r"[，,；;。：:]", t):
        return True  # "一、全面加强基层党组织和基层政权建设的重大意义、总体要求和主要目标": why the work matters and the
        # plan's frame listed after its subject, a 决定's opening part (its labelled 1.重大意义 2.总体要求 no tasks)
    parts = [x.strip() for x in re.split(r"[，,]", title.strip().rstrip("。"))]
    if len(parts) >= 2 and all(2 <= len(x) <= 12 and _PREFACE.search(x) and not re.search(r"[；;。]", x) for x in parts):
        return True  # "一、把握总体要求，明确工作目标": each phrase a part of the plan's frame, joined by a comma (not
        # 强化组织领导，健全工作机制 in a 工作要点: points of work)
    if re.search(r"[，,；;。]", t):
        return False
    pieces = re.split(r"[、和及与]", t)
    if len(pieces) >= 2 and all(_frame_label(x) for x in pieces):
        return True  # "一、指导思想、主要原则和行动目标": the plan's frame parts listed in one heading, each a label
    # "一、全面把握《意见》的精神实质和总体要求": a heading ending in the part's own keyword, what it joins before
    # it (the document's spirit, its meaning) no point of work
    # …and a 规划's review of its past period however it names the period ("十一五"水利发展主要成就)
    # …and a plan's review of the trends it works in and the conditions it starts from (…的基本趋势和…的基础条件)
    # …and a plan's main indicators however it qualifies them (2010年全市促进就业目标责任制主要指标)
    return len(t) <= 12 or (len(t) <= 30 and (_ENDS_AS_REQUIREMENTS.search(t) is not None
                                              or re.search(_PAST_PERIOD, t) is not None
                                              or re.search(_TRENDS, t) is not None
                                              or t.endswith("主要指标")))


def _frame_label(piece: str) -> bool:
    """A piece of a heading that is one of a plan's frame labels, whole (指导思想, 主要原则, 行动目标)."""
    m = NONTASK.search(piece)
    return m is not None and m.group(0) == piece and not TASK.search(piece)


# a plan's frame keyword opening a heading with its paragraph glued straight behind it (not a heading joining it to
# another part: 工作目标和主要任务, 总体要求及…)
_FRAME_GLUED = re.compile(r"^(?:总体要求|指导思想|工作思路|总体思路|基本原则|工作目标|主要目标|总体目标|目标要求)(?=[\u4e00-\u9fff])(?![和及与的、])")
_ENDS_AS_REQUIREMENTS = re.compile(r"(?:和|及|与)(?:总体要求|指导思想|基本原则|总体目标)$")
# why the work matters listed with the plan's frame labels after its subject and 的, closing the heading
# (…建设的重大意义、总体要求和主要目标; …的重要意义和指导思想): the part that opens a 决定 or an 意见, no point of work
_WHY_AND_FRAME = re.compile(
    r"的(?:重大|重要)意义(?:[、和及与](?:总体要求|指导思想|基本原则|总体目标|主要目标)){1,3}$")
# a frame part's label with its text run on behind it where a copy lost the line break (指导思想以…, 活动主题美好中国,
# 活动时间2023年5月1日…): the label opens the heading, a word (not 和/及/与, which join it to another) right after it;
# so do a plan's targets qualified by what they are for (二、创建目标2022年8底前,…; not 具体目标任务, a part of tasks),
# a campaign's targets named for it (一、治理目标到2023年8月底,…) and its objects or scope (二、整治对象针对本区…);
# and a plan's targets named with its tasks (一、任务目标全镇改厕任务目标为600座,…), why it matters (二、重大意义农村
# 改厕是…) and its schedule (三、时间安排今年的…工作分三个阶段进行。)
_GLUED_FRAME = re.compile(r"^(?:总体要求|指导思想|工作思路|总体思路|基本原则|(?:工作|总体|整治|治理)目标|(?:活动|行动)(?:主题|时间)|"
                          r"(?:排查|整治|治理)+(?:对象|范围)|任务目标|(?:重大|重要)意义|时间安排|"
                          r"(?:基本|具体|创建|年度|近期|远期|建设)目标(?!任务))"
                          r"(?=[\u4e00-\u9fff\d“\"])(?![和及与])")


# the frame a plan sets before its tasks: its requirements, guiding thought, principles and targets
_PREFACE = re.compile(r"总体要求|指导思想|工作思路|总体思路|基本原则|(?:工作|主要|总体|发展)目标$")


def _joined_point(title: str) -> bool:
    """A heading that joins a guarantee's keyword to another point of work by 和/及/与 (强化组织领导和统筹协调):
    the keyword is one of its points, not the part's name."""
    m = NONTASK.search(title)
    if not m:
        return False
    rest = re.sub(r"^(?:和|及|与|以及)", "", title[m.end():].strip())
    joined = title[m.end():].strip() != rest
    return joined and len(rest) >= 2 and not NONTASK.search(rest) and not re.search(r"[，,；;。]", rest)


# a plan's part on the bodies that run the work (二、组织保障, 组织领导, 组织机构) and a sub-part there on their remit
_ORGANISING = re.compile(r"组织(?:保障|领导|机构)")
_REMIT = re.compile(r"(?:工作|主要)?职责")


def _lost_section(node: Node) -> list[Node]:
    """Items under a 工作目标-like heading that are really a task part whose heading was lost.

    Goals are prose; a run of items with numbered items of their own, after the
    heading's prose, is the next section (its 二、主要任务 line missing). But a sub-part titled as the goals'
    indicators ((二)任务指标 over 1.经常参加体育锻炼人数…) is still the goals', and one titled as the standards a
    kind of place must meet, under a part of standards (四、创建标准 / (一)无诈村(社区)标准 over 1.…没有…案件发生) is
    still the standards'.
    """
    prose_end = max((x.no for x in node.extra), default=node.line)
    if _ASSESSMENT_TERMS.match(fold(node.title).strip().rstrip("。:：")):
        return []  # 二、考核内容及分值 / 实行百分制考核。 / (一)人口控制目标(60分) over 1.出生人口数(5分)…: the scored
        # headings of the assessment's terms, still the part's, no task part whose heading was lost
    organising = _ORGANISING.search(fold(node.title)) is not None
    for k, child in enumerate(node.children):
        t = fold(child.title)
        if organising and _REMIT.fullmatch(t.strip().rstrip("。")):
            continue  # 二、组织保障 / (一)成立…领导小组 / (二)工作职责 over 1.领导小组职责:…: the remit of the bodies the
            # part sets up, still the part's, as 主要职责 is in a leading group's notice
        if _STEPS_PART.match(fold(node.title).strip().rstrip("。:：")) \
                and sum(bool(_STAGE_ITEM.search(fold(g.title))) for g in child.children) >= 2:
            continue  # 四、工作步骤 / (一)集中整治 over 1、宣传发动阶段(7月-8月) 2、具体实施阶段(8月-11月): the steps'
            # own stages, the schedule still, not the next section with its heading lost
        if child.children and child.line > prose_end and not NONTASK.search(t) and not _GUARANTEE.search(t) \
                and not re.search(r"指标$", t.strip().rstrip("。")) \
                and not (re.search(r"标准$", t.strip().rstrip("。")) and re.search(r"标准$", fold(node.title).strip())):
            moved = node.children[k:]
            del node.children[k:]
            return moved
    return []


# a plan's guiding thought as a paragraph (以习近平新时代…思想为指导,…), and a preamble's closing words, the plan made
# (…结合我市实际,制定本实施方案。)
_GUIDING = re.compile(r"^(?:坚持)?以[^。；;]{2,120}?为(?:指导|引领)")
_MADE = re.compile(r"(?:制定|制订)(?:本|如下)[^。，,；;]{0,8}[。.]$")


def _lost_frame(root: Node) -> list[Node]:
    """The body's first numbered items (1. 2. or (一)(二), no 一、 level above them), two or more, each titled as a
    principle is (two four-character phrases), right after a guiding-thought paragraph standing on its own after the
    preamble closed (…制定本实施方案。 / 以…为指导,…。 / 1.规划统领,以人为本。…): a copy that lost the frame's
    headings (一、指导思想, 二、基本原则), the items its principles, no tasks. They are taken out of the tree (from
    under a short line read as a heading over them, a site's column name, too); a preamble that itself opens with the
    guiding thought and announces the points below (…工作要点如下:) is not read so."""
    parent = root
    if root.children and root.children[0].rank == 0.5 and root.children[0].children:
        parent = root.children[0]
    if not parent.children or parent.children[0].rank not in (2, 3):
        return []
    first = parent.children[0]
    above = sorted((ln for ln in root.extra + (parent.extra if parent is not root else []) if ln.no < first.line),
                   key=lambda ln: ln.no)
    if len(above) < 2:
        return []
    guiding, preamble = above[-1].fold.strip(), above[-2].fold.strip()
    if not (_GUIDING.match(guiding) and _MADE.search(preamble)) or re.search(r"(?:如下|以下)[^。]{0,6}[:：]?$|[:：]$", guiding):
        return []
    run = [first]
    for node in parent.children[1:]:
        if node.rank != first.rank or node.value is None or run[-1].value is None or node.value != run[-1].value + 1:
            break
        run.append(node)
    # the principles' form: two four-character phrases (规划统领,以人为本 / 产城融合,产业为基), not a point of work
    # (统筹空间规划布局: the same paragraph over a copy's tasks whose part headings were lost)
    if len(run) < 2 or not all(_COUPLET.fullmatch(fold(n.title).strip().rstrip("。.")) for n in run):
        return []
    del parent.children[:len(run)]
    return run


_COUPLET = re.compile(r"[\u4e00-\u9fff]{4}[,，][\u4e00-\u9fff]{4}")


def outline(lines: list[Line]) -> Outline:
    """Groups and tasks of a plan body (lines of one plan, tables already taken out)."""
    plain = not any((numbered(ln) or (0,))[0] == 1 for ln in lines if not ln.blank)
    root = build(lines, plain)
    _mark_cut_heading(root, lines)
    result = Outline()
    for node in _lost_frame(root):
        for no in _all_lines(node):
            result.assigned[no] = "other"
    first = root.children[0].line if root.children else None
    for ln in root.extra:
        result.assigned[ln.no] = "preamble" if first is None or ln.no < first else "unassigned"
    used_groups: set[str] = set()
    used_paths: set[str] = set()
    reviews = _review_chapters(lines)
    for kind, nodes, heading in sections(root):
        for node in nodes:
            if kind == "other" or any(a < node.line < b for a, b in reviews) or _section_no_task(node, reviews):
                for no in _all_lines(node):
                    result.assigned[no] = "other"
                continue
            _emit(node, None, [], result, used_groups, used_paths, _has_leaf(nodes, node), _clause_leaf(nodes, node))
    return result


# a 规划's chapter or section heading, unnumbered in the outline's ranks (第一章 发展基础与环境, 第一节 发展基础)
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十]{1,3}([章节])\s*(\S.*?)\s*$")


def _review_chapters(lines: list[Line]) -> list[tuple[int, int]]:
    """(heading line, end line) of a 规划's chapters and sections that review the period behind it (第一章 发展基础与
    环境, 第一节 发展基础): the items numbered 一、 (一) below such a heading, down to the next chapter (or, below a
    section, the next section), are the review's, no tasks."""
    heads = [(ln.no, m.group(1), m.group(2)) for ln in lines if not ln.blank and (m := _CHAPTER.match(ln.fold))]
    end = max((ln.no for ln in lines), default=0) + 1
    out = []
    for k, (no, kind, title) in enumerate(heads):
        if not _REVIEW.search(title):
            continue
        below = next((n for n, kd, _ in heads[k + 1:] if kd == "章" or kind == "节"), end)
        out.append((no, below))
    return out


def _mark_cut_heading(root: Node, lines: list[Line]) -> None:
    """二、统一审批流程 as the copy's last line, after 一、 parts that hold items of their own ((一)(二)…):
    a part's heading the copy was cut below, not a task (its items would be one level deeper)."""
    tops = [n for n in root.children if n.rank == 1]
    end = max((ln.no for ln in lines if not ln.blank), default=None)
    if len(tops) == 1 and root.children[-1] is tops[0] and len(root.children) >= 2 \
            and all(n.rank > 1 for n in root.children[:-1]) and not tops[0].children and tops[0].extra \
            and tops[0].extra[-1].no == end and not _CLOSED_SENTENCE.search(" ".join(x.fold for x in tops[0].extra)) \
            and not _CLOSED_SENTENCE.search(fold(tops[0].body or "")) and not _has_clause(tops[0]):
        # a copy opening inside a part ((三)…) whose one 一、-level heading comes last, over only the opening words
        # of its paragraph, cut before the sentence ends (三、明确职责,形成齐抓共管的工作格局 / 流动人口管理和服务工作涉):
        # the next part's heading the copy was cut below, its items one level deeper
        tops[0].cut = True
        return
    if len(tops) < 2 or root.children[-1] is not tops[-1]:
        return
    last = tops[-1]
    # the parts above hold items of their own, or are a plan's preliminaries in prose (一、指导思想 / its paragraph):
    # a plan's parts, so the heading cut below is one too
    parts = any(t.children for t in tops[:-1]) or all(_is_nontask_heading(t.title) and not t.children for t in tops[:-1])
    if last.children or last.extra or last.line != end or not parts:
        return
    if len(last.title) <= 16 and not re.search(r"[，,；;。：:]", last.body or last.title):
        last.cut = True


def _part_name_only(title: str) -> bool:
    """A heading that only names the part of tasks (主要任务, 主要举措), or in a copy that lost its line breaks that
    name, a space, and the part's opening paragraph glued behind it (二、 主要举措 各地要将…纳入乡镇综合考核)."""
    t = fold(title).strip().rstrip("。")
    if _PART_NAME.fullmatch(t):
        return True
    parts = re.split(r"\s+", t, maxsplit=1)
    return len(parts) == 2 and bool(_PART_NAME.fullmatch(parts[0]))


def _has_leaf(siblings: list[Node], node: Node) -> bool:
    return any(not s.children or s.lifted for s in siblings if s.rank == node.rank)


def _clause_leaf(siblings: list[Node], node: Node) -> bool:
    """A leaf beside the node, at its rank, names its own units: the tasks of this level carry their clauses."""
    return any(s is not node and not s.children and _has_clause(s) for s in siblings if s.rank == node.rank)


_LEADERED = re.compile(r"(?:…{2,}|\.{6,}|·{6,}|-{6,})\s*\d{0,3}\s*$")
_SENTENCE_MARKS = re.compile(r"[，,。；;]")
_CLOSED_SENTENCE = re.compile(r"[。；;！!？?]")


def _section_no_task(node: Node, reviews: list[tuple[int, int]]) -> bool:
    """A 规划's section read as an item (_SECTION) that is no task: an entry of its table of contents or a heading the
    copy holds nothing under (no paragraph of its own), a section reviewing the period behind it (第一节 发展基础), or
    one inside a chapter that does (第一章 发展基础与环境 / 第二节 …)."""
    if node.rank != _SECTION_RANK:
        return False
    if _LEADERED.search(fold(node.title + node.body)):
        return True  # 第四节激发人才创新活力······· 21: a contents entry, its dotted leader and page
    # no sentence of its own under it: only the next chapter's heading, as a contents lists it, or the next entry cut
    # short (第三): a heading
    own = [x for x in node.extra if _SENTENCE_MARKS.search(x.fold) and not _CHAPTER.match(x.fold)]
    if not _SENTENCE_MARKS.search(fold(node.body)) and not own and not node.children:
        return True
    return bool(_REVIEW.search(fold(node.title))) or any(a <= node.line < b for a, b in reviews)


def _is_task(node: Node, leaf_siblings: bool, clause_siblings: bool = False, listed_siblings: bool = False) -> bool:
    """A leaf is a task (but not a bare heading of a text with no 一、 level); so is an item at the
    1. level or deeper whose siblings are tasks: its own numbered points ((1)、(2)…) are sub-points,
    as 一是/二是 are (the deepest numbered level that covers the part is the task level)."""
    if node.cut:
        return False
    if node.rank == 0.5 and not node.children:
        return _has_clause(node)
    if node.rank == 1 and not node.children and _part_name_only(node.title) and not _has_clause(node):
        return False  # 二、主要任务 over an opening paragraph only (the copy ends before its items): the part's heading
    if node.rank >= 3 and leaf_siblings and clause_siblings and _points_name_units(node):
        return False  # (1)…(牵头单位:…) / (2)住房安全方面。 / ①…(牵头单位:…): a heading over the level's tasks
    if node.rank == 2 and leaf_siblings and node.children and all(c.rank >= 4 and not c.children and not _has_clause(c)
                                                                  for c in node.children):
        return True  # (二)加强…企业管理 over (1)(2) straight below it, beside (一)(三) with none: its sub-points
    if node.children and _lists_kinds(node):
        return True  # 一、…以下事项应建立工作台账 over 1.…; 2.…; 8.其他重要事项。: the list is inside the point
    if node.rank == 2 and listed_siblings and node.children and _NOUN_HEADING.fullmatch(fold(node.title).strip()) \
            and all(not c.children and not _has_clause(c) for c in node.children):
        return True  # (二)投资范围 over its 1、2、 beside (一)资金筹集's list: items titled by what they cover, the task level
    if node.children and _minutes_topic(node):
        return True  # a 纪要's topic: what the meeting found, agreed and required, its points spelled out inside it
    return not node.children or node.lifted or (node.rank >= 3 and leaf_siblings)


# a meeting's own words opening a paragraph of its minutes: 会议指出, 会议原则同意, 会议要求, 会议就有关具体事项明确如下
_MEETING_SAYS = re.compile(r"^会议(?:就[^，,。]{0,20})?(?:指出|认为|强调|要求|同意|原则同意|决定|明确|研究|听取|审议|议定)")


def _minutes_topic(node: Node) -> bool:
    """A topic of a meeting's minutes (一、研究迎接国家卫生县城复审工作): its own paragraphs are the meeting's words
    (会议指出…, 会议原则同意…, 会议要求…) before the numbered points one of them announces (会议就有关具体事项明确如下:
    1.… 2.…). The points spell out part of what it decided: they stay in the topic, which is the task."""
    own = [x.fold.strip() for x in node.extra if not x.blank]
    return len(own) >= 2 and sum(1 for t in own if _MEETING_SAYS.match(t)) >= 2


# a point that announces a list of the kinds of things it applies to (以下事项, 下列情形)
_KINDS = re.compile(r"(?:以下|下列)(?:各类|几类)?(?:事项|情形|情况|范围|内容)")


# an item's heading that names what it lists, a short run of characters with no verb of work first (资金筹集, 投资范围)
_NOUN_HEADING = re.compile(r"(?!开展|加强|推进|强化|完善|建立|实施|做好|抓好|落实)[\u4e00-\u9fff]{2,6}")


def _lists_kinds(node: Node) -> bool:
    """A point whose own sentence announces a list of kinds (各科室承办的以下事项应建立工作台账) over numbered
    entries of one clause each, closed by ";" but the last, naming no unit and holding no items of their own:
    the list spells out the point, its entries are no tasks."""
    entries = node.children
    if len(entries) >= 3 and _NOUN_HEADING.fullmatch(fold(node.title).strip()) and not node.body.strip() \
            and all(len(fold(_text(e)).strip()) <= 24 for e in entries):
        pass  # (一)资金筹集 over 1、…贷款投资; 2、…自筹资金; …: an item titled by what it lists, short entries closed by ";"
    elif len(entries) < 3 or not _KINDS.search(fold(node.title + node.body)):
        return False
    if any(e.children or _has_clause(e) for e in entries):
        return False
    texts = [fold(_text(e)).strip() for e in entries]
    return all(re.search(r"[;；]$", t) and "。" not in t for t in texts[:-1]) and re.search(r"[;；。]$", texts[-1]) is not None


def _points_name_units(node: Node) -> bool:
    """An item naming no unit over numbered points that name their own ("(2)住房安全方面。" / "①…(牵头单位:扶贫办;
    责任单位:各村支部)") beside tasks that name theirs: a heading over tasks; its points are the tasks."""
    return not _has_clause(node) and any(_has_clause(c) for c in node.children)  # its own lines, then its points


def _sub_points(node: Node) -> list[tuple[int, str]]:
    out = []
    for child in node.children:
        out.append((child.line, child.raw or f"{child.number or ''}{child.title}{child.body}"))
        out += [(x.no, x.text) for x in child.extra]
        out += _sub_points(child)
    return out


def _all_lines(node: Node) -> list[int]:
    out = list(node.lines)
    for c in node.children:
        out += _all_lines(c)
    return out


def _key(node: Node) -> str:
    if node.value is not None:
        return str(node.value)
    return "s-" + slug(node.title, 16)


def _heading(node: Node) -> str:
    """A group's title is its heading as written: split_title shortens a long line with no
    sentence end for a task, but a heading over items is not a task's text."""
    whole = node.body.rstrip("。")
    if whole and whole.startswith(node.title.rstrip("…")) and len(whole) <= 80:
        return whole
    return node.title


def _emit(node: Node, parent_group: str | None, path: list[str], result: Outline, used_groups: set, used_paths: set,
          leaf_siblings: bool = False, clause_siblings: bool = False, listed_siblings: bool = False) -> None:
    path = path + [_key(node)]
    if not _is_task(node, leaf_siblings, clause_siblings, listed_siblings):
        gid = unique("g" + "-".join(path), used_groups, letters=True)
        result.groups.append({"id": gid, "parent": parent_group, "number": node.number, "title": _heading(node), "line": node.line})
        for no in node.lines:
            result.assigned[no] = "heading" if no == node.line or node.rank == 0.5 else "unassigned"
        if node.rank == 0.5:
            for ln in node.extra:
                if ln.text not in node.title:
                    result.assigned[ln.no] = "unassigned"
        if _leads_its_items(node):  # its own lines, not the label leading into its items (具体措施:)
            own = [x for x in node.extra if not _LEAD_IN.match(x.fold)]
            _task_of(node, gid, path, result, used_paths, own, [])
        for child in node.children:
            if _targets_beside_work(child, node.children):
                for no in _all_lines(child):
                    result.assigned[no] = "other"
                continue
            _emit(child, gid, path, result, used_groups, used_paths, _has_leaf(node.children, child),
                  _clause_leaf(node.children, child),
                  any(s is not child and s.rank == child.rank and s.children and _lists_kinds(s) for s in node.children))
        return
    _task_of(node, parent_group, path, result, used_paths, node.extra, _sub_points(node))


# an item titled only as its part's targets (1.主要目标指标。)
_TARGETS = re.compile(r"(?:主要|工作|总体|年度|阶段性?)?目标(?:指标)?")


def _targets_beside_work(child: Node, siblings: list[Node]) -> bool:
    """1.主要目标指标 beside 2.重点工作举措 inside a task part: an item titled only as the part's targets,
    naming no unit, where a sibling item is a point of work: the targets, no task."""
    def targets(node: Node) -> bool:
        return _TARGETS.fullmatch(fold(node.title).strip().rstrip("。.:：")) is not None

    if not targets(child) or _has_clause(child) or any(_has_clause(n) for n in _descendants(child)):
        return False
    return any(not targets(s) for s in siblings if s is not child)


_LEAD_IN = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]$")


def _leads_its_items(node: Node) -> bool:
    """A numbered item over numbered items that names its own responsible units (a 分工方案's 重点任务 over
    its 具体措施: "(一)研究…。(财政部、发展改革委…按职责分工负责)" / "1.…(财政部牵头…)"): a task of its own,
    as each of its items is; its units are no item's."""
    if roles.part_roles(node.title):
        return False  # 一、强化科技创新(区科技局牵头): a part titled with its lead, carried to its items
    if node.rank == 1 and node.extra and not node.body and _SYSTEM_SENTENCE.search(fold(" ".join(x.text for x in node.extra))) \
            and not re.search(r"[(（〔【][^()（）〔〕【】]*(?:牵头|负责|配合|责任单位)", "".join(x.fold for x in node.extra)):
        return False  # 二、理顺物业管理体制 / "按照…原则,由县市区政府负责,街道办组织,社区落实,…指导监督,相关部门密切配合"
        # over (一)(二)…: the part's account of who does what in the system its items set out, no task of its own
    return node.rank >= 1 and bool(node.children) and _has_clause(node)


# a sentence that sets out the whole system of doers, each level with its verb: 由A负责,B组织,C落实,D指导监督
_SYSTEM_SENTENCE = re.compile(r"由[^,，。]{2,20}负责[,，][^,，。]{2,20}(?:组织|主抓|实施)[,，][^,，。]{2,20}落实")


def _task_of(node: Node, group: str | None, path: list[str], result: Outline, used_paths: set, extra: list[Line],
             points: list[tuple[int, str]]) -> None:
    """The task of an item: its line, the `extra` lines of its own, and its sub-points (line, text) when it is
    the task of its points."""
    text = "\n".join(p for p in [node.body] + [x.text for x in extra] + [t for _, t in points] if p) or node.title
    result.tasks.append({
        "path": unique("-".join(path), used_paths, letters=True),
        "number": node.number,
        "group": group,
        "title": node.title,
        "text": text,
        "line": node.line,
        # a report's problem followed by what was done about it ("整改情况:一是…2025年2月修改完善…"): its progress,
        # as a progress column's cell, gives the task no deadline
        "progress": [x.text for x in extra if _PROGRESS_FIELD.match(x.fold)],
    })
    for no in [node.line] + [x.no for x in extra] + [no for no, _ in points]:
        result.assigned[no] = "task"


# a line that reports progress after a report's numbered problem: 整改情况:…, 进展情况:…, 落实情况:… (not 整改完成情况:,
# whose completed steps a 销号 公示 numbers below it)
_PROGRESS_FIELD = re.compile(r"^\s*(?:整改|进展|落实|推进|办理)情况\s*[:：]\s*\S")


# ---------------------------------------------------------------- run-on copies

# a document-sharing site's page chunks: "1、", "2、" opening long lines that each run on mid-sentence
_CHUNK = re.compile(r"^(\d{1,2})、")
_SENTENCE_END = "。！？!?;；)）〕】”\""
# a numbered item inside a line: 一、 / (一) / 1. 1、 2 .
_MID = re.compile(rf"(?:{_CN}[、.．]|\({_CN}\)|\d{{1,2}}\s*[、.．](?=[\u4e00-\u9fff]))")
# …and in a page chunk or a whole document flattened onto one line, an item numbered (1) (2) under its 1、 (…1、工作职责
# (1)依照…负主体责任。 (2)局党组书记是…): the lowest level a layout had on lines of their own
_MID_RUN = re.compile(rf"{_MID.pattern}|\(\d{{1,2}}\)(?=[\u4e00-\u9fff])")
_BOUNDARY = "。！？!?;；)）〕】 "
# a sentence that announces the points below (…工作安排如下:) with the first of them glued to its colon
_ANNOUNCED = re.compile(r"如下[:：]$")


def unrun(lines: list[Line]) -> list[Line]:
    """A copy that lost its line breaks, as pieces of lines (each keeping its line number): the page
    chunks of a document-sharing site ("1、…", "2、…" each running on mid-sentence from the last) lose
    their chunk number, and a line with a heading glued in (…制定本方案。一、加强…(一)强化…) is cut
    where each numbered item starts: after a sentence, a closed clause or a space, or right after a
    short heading; only the next number of its level counts (统一、 is no item)."""
    chunks = chunk_starts(lines)
    out, inside = _unrun(lines, chunks)
    if chunks and not inside:
        out, _ = _unrun(lines, {})  # the chunks hold no numbering of their own: their numbers are all there is
    out = [piece for ln in out for piece in _clause_before_item(ln)]
    return _wrapped_clause_closes(out)


# a line that opens with the bare closing bracket of a clause the line above left open, the next item behind it
_LONE_CLOSER = re.compile(r"\s*[)）]\s*")
# …the clause the line above opens and leaves open at its end ((实施主体:各行政村、第三方自然美公司。)
_OPEN_CLAUSE = re.compile(r"[(（]([^()（）]+)$")


def _wrapped_clause_closes(lines: list[Line]) -> list[Line]:
    """A clause whose closing bracket the copy wrapped onto the next line, the next item glued behind it
    ("(实施主体:各行政村、第三方自然美公司。" / ")2.主要街道…"): the bracket closes the item above, and the item
    starts after it, as two pieces of the line."""
    out: list[Line] = []
    above: Line | None = None
    for ln in lines:
        m = None if ln.blank or isinstance(ln, Continued) else _LONE_CLOSER.match(ln.fold)
        opened = _OPEN_CLAUSE.search(above.fold) if m and above is not None else None
        if m and opened and roles.parse_clause(opened.group(1).rstrip("。;；")) is not None:
            item = Line(ln.no, ln.text[m.end():].strip(), ln.fold[m.end():].strip())
            if item.text and numbered(item):
                out += [Line(ln.no, ln.text[:m.end()].strip(), ln.fold[:m.end()].strip()), item]
                above = item
                continue
        out.append(ln)
        if not ln.blank:
            above = ln
    return out


def _clause_before_item(ln: Line) -> list[Line]:
    """A line that opens with the clause closing the item above and runs on into the next item
    ("(责任单位:市城建局)2.完成市区…"): the clause, then the item, as two pieces of the line."""
    m = None if ln.blank or isinstance(ln, Continued) else _LEADING_BRACKET.match(ln.fold)
    if not m or roles.parse_clause(_inside(m)) is None:
        return [ln]
    item = Line(ln.no, ln.text[m.end():].strip(), ln.fold[m.end():].strip())
    if not item.text or not numbered(item):
        return [ln]
    return [Line(ln.no, ln.text[:m.end()].strip(), ln.fold[:m.end()].strip()), item]


class Continued(Line):
    """The text a page chunk starts with: the rest of the sentence the line above broke off."""


def _unrun(lines: list[Line], chunks: dict[int, int]) -> tuple[list[Line], bool]:
    last: dict[int, tuple[int, bool]] = {}
    out: list[Line] = []
    inside = False  # an item found inside a chunk
    whole = _whole_on_one_line(lines)
    for ln in lines:
        if ln.blank:
            out.append(ln)
            continue
        cut = chunks.get(ln.no, 0)
        text, f = ln.text[cut:], ln.fold[cut:]
        pieces = _cut(text, f, last, run_on=bool(cut) or ln.no == whole) \
            if cut or len(f) >= 150 or _item_after_labelled_clause(f) or _heading_with_first_item(f) else [(0, len(f))]
        if cut or len(pieces) > 1:
            inside = inside or (bool(cut) and len(pieces) > 1)
            for k, (a, b) in enumerate(pieces):
                if text[a:b].strip():
                    # a chunk's text before its first item runs on from the line above
                    kind = Continued if cut and k == 0 and not numbered(Line(0, text[a:b], f[a:b])) else Line
                    out.append(kind(ln.no, text[a:b].strip(), f[a:b].strip()))
        else:
            out.append(ln)
    return out, inside


def _whole_on_one_line(lines: list[Line]) -> int | None:
    """The line a whole document was flattened onto (a sharing site's text layer with no line break at all: its
    addressees, parts and items run together on one line, 400 characters or more, nine tenths of the text): its
    items are cut as a page chunk's are, glued to what runs before them."""
    shown = [ln for ln in lines if not ln.blank]
    longest = max(shown, key=lambda ln: len(ln.fold), default=None)
    if longest is None or len(longest.fold) < 400:
        return None
    return longest.no if len(longest.fold) * 10 >= 9 * sum(len(ln.fold) for ln in shown) else None


def chunk_starts(lines: list[Line]) -> dict[int, int]:
    """{line: length of its chunk number} for a run of long lines numbered 1、 2、 3、… where every
    line but the last ends mid-sentence."""
    content = [ln for ln in lines if not ln.blank]
    for i, ln in enumerate(content):
        m = _CHUNK.match(ln.fold)
        if not m or m.group(1) != "1":
            continue
        run = [ln]
        for nxt in content[i + 1:]:
            m2 = _CHUNK.match(nxt.fold)
            if not m2 or int(m2.group(1)) != len(run) + 1:
                break
            run.append(nxt)
        if len(run) >= 2 and all(len(x.fold) >= 150 for x in run[:-1]) and \
                (not any(x.fold.rstrip()[-1] in _SENTENCE_END for x in run[:-1]) or _holds_parts(run[0])):
            return {x.no: _CHUNK.match(x.fold).end() for x in run}
    return {}


# the document's parts inside a line: 一、 after a stop or the colon announcing them, 二、 further on
_PARTS_INSIDE = re.compile(r"[。:：;；]\s*一、.+?二、")


def _holds_parts(line: Line) -> bool:
    """A line numbered 1、 that holds the document's own parts (…通知如下:一、活动主题…二、活动时间…): no item of a
    list (一、 ranks above 1、) but a sharing site's first page chunk, though a chunk may happen to end where a
    sentence does (…主题日活动(5月19日) / 2、文化和旅游部在…)."""
    return bool(_PARTS_INSIDE.search(line.fold[_CHUNK.match(line.fold).end():]))


def _rank(number: str) -> int:
    if re.fullmatch(r"\(\d{1,2}\)", number):
        return 4
    return 1 if number[-1] in "、.．" and not number[0].isdigit() else 2 if number.startswith("(") else 3


def _cut(text: str, f: str, last: dict[int, tuple[int, bool]], run_on: bool = False) -> list[tuple[int, int]]:
    """Offsets of the pieces of one line; `last` (the last value read at each level) runs on. Only a
    page chunk (run_on) or a line with a heading glued in is cut: items after items of their own level
    alone are an enumeration inside a paragraph."""
    starts = [0]
    head = numbered(Line(0, text, f))
    piece_rank = head[0] if head else None
    piece_start = len(head[1]) if head else 0
    if head and head[0] <= 3:
        _take(head[0], numeral(head[1]), last)
    glued = run_on
    spaced = 0
    for m in (_MID_RUN if run_on else _MID).finditer(f):
        p = m.start()
        if p == 0:
            continue
        number = m.group(0).replace(" ", "")
        rank, value = _rank(number), numeral(number)
        if not _next(rank, value, last) and not (rank == 2 and f[p - 1] == ")" and _closes_clause(f, p) and _skips(value, last)) \
                and not (run_on and _restarts(f, p + len(m.group(0)), rank, value, last)) \
                and not _opens_mid_list(f, p + len(m.group(0)), rank, value, last) \
                and not (run_on and _first_of_level_after_stop(f, p, rank, value, last)):
            continue
        before = f[starts[-1] + piece_start: p]
        # (a short heading of two phrases parted by a comma counts too: 一、高度重视,加强防范意识(一)统一领导…)
        heading = piece_rank is not None and piece_rank < rank and len(before) <= 30 and not re.search(r"[。;；:：]", before) \
            and (not re.search(r"[,，]", before) or _TWO_PHRASES.fullmatch(before) is not None)
        if not (f[p - 1] in _BOUNDARY or f[p - 1].isspace() or heading or _ANNOUNCED.search(f, 0, p) or _stop_after_cjk(f, p)
                or ((run_on or (len(starts) == 1 and rank == 1)) and _glued_on(before, rank, piece_rank))):
            continue
        # an item right behind the clause that closes the item before it (…〔牵头单位:…〕 3.县政府…), or the first item
        # of a short part heading the line opens with (一、持续推进… 1.推动…): a layout's line break lost, cut there
        glued = glued or rank <= 2 or _closes_clause(f, p) or _closes_labelled_clause(f, p) \
            or (heading and len(starts) == 1 and value == 1)
        spaced += rank == 3 and f[p - 1].isspace() and f[p - 2: p - 1] in "。！？!?)）"
        _take(rank, value, last)
        starts.append(p)
        piece_rank, piece_start = rank, len(m.group(0))
    # items 1. 2. 3. each after a sentence and a space, as a layout's line breaks flattened leave them (…予以公示。
    # 1.轨道交通…试运营。 牵头领导:… 2.新增…): items of their own, not an enumeration inside a paragraph
    if len(starts) > 1 and not glued and spaced < 2:
        return [(0, len(f))]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(f)])]


# a part heading of two short phrases parted by a comma (高度重视,加强防范意识; 强化责任,增强大局意识)
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff“”]{2,8}[,，][\u4e00-\u9fff“”]{2,8}")


def _glued_on(before: str, rank: int, piece_rank: int | None) -> bool:
    """In a page chunk, a numbered item glued with no boundary to what runs before it: the document's
    title the chunk opens with (…工作实施方案一、工作目标…; so does a whole document flattened onto one line, its
    first part glued to its title: 第1页共7页2024年…整治方案一、背景…), or the end of an item of its own level whose
    last field ran into it (…整治时限:…长期坚持(二)修补…), also where the chunk opens with that end
    (3、长期坚持(三)清理…)."""
    from .titles import TITLE_WORD  # titles reads outline's numbering: imported here, not at the top

    if piece_rank is None and rank == 1:
        return re.fullmatch(rf"[^。,，;；:：]{{4,58}}?{TITLE_WORD}", before) is not None
    if rank == 1 and piece_rank == 1:
        # a part that holds only its label and a short value, the next part glued to it (一、活动主题美好中国,幸福旅程
        # 二、活动时间2023年5月1日一31日三、活动内容…): the copy lost the line breaks between them (一、二级 is no part)
        return 0 < len(before) <= 40 and "。" not in before and not before.endswith("、")
    return rank == 2 and (piece_rank is None or (piece_rank == 2 and len(before) >= 20))


def _restarts(f: str, end: int, rank: int, value: int | None, last: dict[int, tuple[int, bool]]) -> bool:
    """In a page chunk or a document flattened onto one line, a (一) that starts its level's numbering again under a
    part heading the copy lost (…责任部门:园林局配合做好专项整治工作(一)配合区执法局…(二)…): the next bracketed number
    after it is (二), not the one the level awaits."""
    if rank != 2 or value != 1 or last.get(2, (0, True))[0] < 2:
        return False
    return _next_bracketed(f, end) == 2


_CLOSERS = {")": "(", "〕": "〔", "】": "【", "]": "["}


def _closes_clause(f: str, p: int) -> bool:
    """What runs right before p (a space between allowed) is a bracketed responsibility clause ((责任单位:…),
    〔牵头单位:…;责任单位:…〕, (责任单位:…)(三)支持…), the end of the item before."""
    end = len(f[:p].rstrip())
    if not end or f[end - 1] not in _CLOSERS:
        return False
    k = f.rfind(_CLOSERS[f[end - 1]], 0, end - 1)
    return k >= 0 and roles.parse_clause(f[k + 1: end - 1]) is not None


def _closes_labelled_clause(f: str, p: int) -> bool:
    """What runs right before p is the labelled clause that closes the item before, as its own sentence and not in
    brackets ("…建设。责任单位:A、B,完成时间:2009年5月10日前。3、完成…"): the end of that item."""
    end = len(f[:p].rstrip())
    if not end or f[end - 1] not in "。;；":
        return False
    start = max(f.rfind(c, 0, end - 1) for c in "。;；") + 1
    return start > 0 and roles.is_clause_line(f[start:end])


def _item_after_labelled_clause(f: str) -> bool:
    """A line opening with a numbered item whose labelled clause sentence has the next item glued behind it (2、…。
    责任单位:…,完成时间:…。3、…): a line break the copy lost, however short the line."""
    head = numbered(Line(0, f, f))
    return head is not None and any(m.start() > len(head[1]) and _closes_labelled_clause(f, m.start())
                                    and numeral(m.group(0).replace(" ", "")) == (numeral(head[1]) or 0) + 1
                                    and _rank(m.group(0).replace(" ", "")) == head[0] for m in _MID.finditer(f))


# a part's heading (二、工作任务) with the first item of its own numbering glued behind it after a space (1、关于…)
_HEADING_FIRST_ITEM = re.compile(r"\s*[一二三四五六七八九十]{1,3}、\s*[\u4e00-\u9fff]{2,12}\s+(?:1\s*[、.．]|\(一\)|（一）)\s*[\u4e00-\u9fff“]")


def _heading_with_first_item(f: str) -> bool:
    """A short line whose part heading has its first item glued behind it after a space ("二、工作任务 1、关于…问题。"): a
    layout's line break lost, cut there as a long line's are (the next item, glued later behind a clause, follows on)."""
    return _HEADING_FIRST_ITEM.match(f) is not None


def _opens_mid_list(f: str, end: int, rank: int, value: int | None, last: dict[int, tuple[int, bool]]) -> bool:
    """A bracketed number that opens the copy's bracketed numbering mid-list, (二) or (三) first (a sharing site's
    excerpt of a plan that kept some of its items: …并张贴.(三)对村内的…排摸登记…(四)对全镇…全面排查), with the next
    number after it later on the line."""
    if rank != 2 or 2 in last or value is None or not 1 < value <= 3:
        return False
    return _next_bracketed(f, end) == value + 1


def _next_bracketed(f: str, end: int) -> int | None:
    """The value of the next bracketed number ((二)) after `end` on the line, or None."""
    later = re.search(rf"\({_CN}\)", f[end:])
    return numeral(later.group(0)) if later is not None else None


def _stop_after_cjk(f: str, p: int) -> bool:
    """A half-width full stop closing a Chinese sentence right before p (…并张贴.(三)…): a sentence's end, as 。 is."""
    return p >= 2 and f[p - 1] == "." and "\u4e00" <= f[p - 2] <= "\u9fff"


def _skips(value: int | None, last: dict[int, tuple[int, bool]]) -> bool:
    """A bracketed number right after an item's closing clause that counts on with a gap of a few (a copy that keeps
    only some measures: (六)…(八)…(九)…(十二)), or opens the copy's numbering mid-list ((三) first)."""
    seen, _ = last.get(2, (0, True))
    return value is not None and 0 < value - seen <= 3


def _first_of_level_after_stop(f: str, p: int, rank: int, value: int | None, last: dict[int, tuple[int, bool]]) -> bool:
    """In a document flattened onto one line, a later page of a law archive opening inside a list ([接上页] …避免和
    减轻地质灾害造成的损失。 (八)安排必要资金… 五、地质灾害的监测预防责任 …): the first number read of its level, none
    of a higher level read before it, right after a full stop and a space, whatever its value (the items before it
    are on the page before)."""
    return value is not None and value >= 2 and rank <= 2 and rank not in last and not any(r < rank for r in last) \
        and p >= 2 and f[p - 1].isspace() and f[p - 2] in "。！？!?"


def _next(rank: int, value: int | None, last: dict[int, tuple[int, bool]]) -> bool:
    """The next number of its level: one more than the last, or 1 again under a new item above it."""
    seen, restarts = last.get(rank, (0, True))
    return value is not None and (value == seen + 1 or (restarts and value == 1))


def _take(rank: int, value: int | None, last: dict[int, tuple[int, bool]]) -> None:
    if value is None:
        return
    last[rank] = (value, False)
    for deeper in [r for r in last if r > rank]:
        last[deeper] = (last[deeper][0], True)  # numbering below may run on or start again

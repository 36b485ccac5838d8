"""Deadlines written in task text or in a table's 完成时限 column.

Each deadline keeps the phrase as written, a kind (by, year, date, ongoing,
recurring, as the contract defines them) and an ISO date or None:

    2024年底前        -> by 2024-12-31
    年底前/年内       -> by, year from the context as for 6月底前, else None
    在月底/本月底前   -> by, no date (the end of the month a monthly plan is for)
    6月底前           -> by, year from the context (a year written before it, or the plan's year), else None
    2025年6月         -> by 2025-06-30 (a month is a cut-off at its end)
    2024年6月30日     -> date 2024-06-30
    2024年上半年/2024年第三季度 -> by 2024-06-30 / 2024-09-30 (without a written year: the context year)
    2024年            -> year 2024-12-31 (in a column; in running text only where a clause opens
                         with it and does something: "2024年全面建成", "2024年，基本消除…", "2024年度，…",
                         "于2023年", or sets a figure for it: "2025年城镇新增就业4万人以上")
    到2025年          -> year 2025-12-31 (a target year in running text)
    到“十四五”末      -> by 2025-12-31 (the end of a named five-year plan, in running text)
    3月份/10月中旬    -> by the month's end / the 20th (上旬 the 10th, 下旬 the end; 4月初之前 the 10th)
    2008年4月10前     -> date 2008-04-10 (a day written without its 日 before 前)
    2021年5月1日至2022年4月30日 -> by 2022-04-30 (a range of dates: by its end)
    6月8日前 / 6月13日 -> date, the year from the context (a plan for one year leaves it out)
    6月1日至30日      -> by the 30th of that month, the year from the context
    全年 / 9月        -> by the end of the context year / month (columns only)
    常态工作/常年     -> ongoing (columns only)
    2024年内          -> by 2024-12-31
    2024年—2026年     -> by 2026-12-31
    2023年中          -> by 2023-06-30 (where something is done by then)
    2023-24至2027-28年度 -> by 2028-03-31 (financial years, April to March)
    长期坚持/长期实施  -> ongoing, no date (持续推进, 长期 alone: columns only)
    立行立改/立整立改/即知即改 -> by, no date (at once: a 整改时限 column's value; columns only)
    3天/15个工作日/1个月内 -> by, no date (the time a list allows, a time cell's whole value; columns only)
    过渡期内/5年过渡期内 -> by, no date (the transition period a policy holds for, in running text)
    汛前/汛期前       -> by, no date (the flood season's start as the cut-off, where a clause opens with it: 汛前做好检查)
    每季度/每月/每年   -> recurring, no date (每年1-2月份, 每月1—5日: one recurring span; 每1周, 每2个月)
    xxxx年x月xx日前/20xx年底前 -> by, no date (a cut-off whose digits a model-text site masked)
    省出台文件后2个月内/方案印发之日起30日内 -> by, no date (relative: N months, days or weeks after an
                         event the text names, back to the clause's start or its 在/于/自; 事故后,县政府在一个
                         月内上报: the event opening the sentence, its doer before 在 and the span)

Not deadlines: a start or an event (自2019年1月1日起, 2023年以来, 以2024年3月现场会为指引),
a date before the plan was issued (or its year began) unless written as a cut-off (…前), a
quantity per period (每年100万吨; 每月至少1次 is how often), a half year reported in the past
(2021年上半年，动态管控…), 两年内 (not 年内), a relative time in a condition (…在购买后5日内备案的，一律处罚).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .text import fold

_YEAR_END = r"(?P<ye>\d{4})\s*年\s*(?:年底|年末|底|末|内)(?:前|以前)?"
# 到2025年: the year a target is set for, also with the share due then written straight after it, no comma (力争到2015年
# 50%的乡镇中心幼儿园实现标准化); a month after it is a date, a count of places no share
_TARGET_YEAR = r"(?:到|至)\s*(?P<ty2>\d{4})\s*年(?!\s*(?:年底|年末|底|末|内|上半|下半|第|[一二三四]季|\d(?!\d*(?:\.\d+)?\s*[%％])))"
# 2024—2026年, 2016—2018 年底前, 2023年下半年至2024年
_RANGE = (r"(?P<r1>(?:19|20)\d{2})\s*年?\s*(?:上半年|下半年|第?[一二三四]季度)?\s*[—\-－~至到]+\s*(?P<r2>(?:19|20)\d{2})"
          r"(?:\s*年(?:底前|底)?|(?=\s*$))")
# 2023-24 至 2027-28 年度: financial years (April to March)
_FISCAL = r"(?P<f1>(?:19|20)\d{2})\s*[-－]\s*\d{2}\s*[至到—\-－~]+\s*(?P<f2>(?:19|20)\d{2})\s*[-－]\s*\d{2}\s*年度"
_MID_YEAR = r"(?P<mid>\d{4})\s*年\s*(?:年中|中)(?:前|以前)?(?=\s*(?:前|完成|实现|建成|基本|全面|推出|启动|开展|落成))"
# 到“十四五”末: the end of a named five-year plan (十一五 2006—2010 … 十五五 2026—2030), as 到2025年 is a target year
_PLAN_END = r"(?:到|至)\s*[“\"]?十(?P<fyp>[一二三四五])五[”\"]?\s*(?:时期末|期末|末期|末)(?:前)?"
# no year's digits or 年 right before a month (that is a full date's month), but the year written as a word that
# means the plan's own: 今年8月31日前, 本年6月底前, 当年10月中旬 (the year from the context)
_NO_YEAR = r"(?:(?<![\d年])|(?<=[今本当]年))"
_DAY_OR_MONTH = r"(?:(?P<{p}y>\d{{4}})\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月(?:\s*(?P<{p}d>\d{{1,2}})\s*日)?"
# 2021年5月1日至2022年4月30日, 3月—6月底前: by the end of the range
_DATE_RANGE = _DAY_OR_MONTH.format(p="a") + r"\s*[—\-－~至到]+\s*" + _DAY_OR_MONTH.format(p="z") + r"(?:底|末)?(?:前|以前)?"
# (the day's 日 left out before its 前: 2008年4月10前)
_YMD = r"(?P<dy>\d{4})\s*年\s*(?P<dm>\d{1,2})\s*月\s*(?P<dd>\d{1,2})\s*(?:日(?:前|以前)?|(?=前|以前)(?:前|以前))"
# xxxx年x月xx日前, 20xx年底前: a cut-off whose digits a model-text site masked (by, no date to give)
_MASKED_YEAR = r"(?:[xX]{4}|\d{2}[xX]{2})\s*年"
_MASKED = (rf"(?P<mask>{_MASKED_YEAR}\s*(?:[xX]{{1,2}}|\d{{1,2}})\s*月(?:\s*(?:[xX]{{1,2}}|\d{{1,2}})\s*日)?(?:底|末)?(?:前|以前)"
           rf"|{_MASKED_YEAR}\s*(?:年底|年末|底|末)(?:前|以前))")
# 6月1日至30日, 2010年6月1至30日: days of one month, by the last (5月14日一18日: a copy that set the dash as the
# numeral 一, between the first day's 日 and the last day's digits)
_DAY_RANGE = (r"(?:(?P<dry>\d{4})\s*年\s*)?(?<!\d)(?P<drm>\d{1,2})\s*月\s*\d{1,2}\s*日?\s*(?:[—\-－~至到]+|(?<=日)一(?=\d))\s*"
              r"(?P<drd>\d{1,2})\s*日(?:前|以前)?")
# 6月8日前, 6月13日: a day with no year (a plan for one year leaves it out), the year from the context
# (with the hour a cut-off falls at before its 前: 3月10日24时前, 6月30日17点前)
# the same day in the lunar calendar, noted in brackets between the date and its 前 (8月14日(农历七月十五)前)
_LUNAR = r"(?:\s*[(（](?:农历|阴历|農曆|陰曆)[^()（）]{1,8}[)）](?=\s*(?:前|以前)))?"
_MD = rf"{_NO_YEAR}(?P<mdm>\d{{1,2}})\s*月\s*(?P<mdd>\d{{1,2}})\s*日(?:\s*\d{{1,2}}\s*[时点](?=前|以前))?{_LUNAR}(?:前|以前)?"
# 2022325日前, 330日前: a cut-off whose 年 and 月 the copy lost, the digits of a year (or none), a month and a day run
# together before 日前 (three digits at least: 25日前 is a day of the month; two only where they make no day of a month,
# 32 and over: 41日前 is 4月1日前)
_LOST_YMD = r"(?<![\d年月日号.．/-])(?P<ld>(?:(?:19|20)\d{2})?\d{3,4}|(?:19|20)\d{2}\d{2}|3[2-9]|[4-9]\d)\s*日(?:前|以前)"
# 10月中旬, 4月上旬之前; 4月初之前 (the month's first days: by the 10th, as 上旬; 初步 is a first step, no 初 of a
# month); 4-初 in a copy that set "-" where each 月 stood
_XUN = (rf"{_NO_YEAR}(?:(?P<xy>\d{{4}})\s*年\s*)?(?P<xm>\d{{1,2}})\s*(?:月|-(?=[初上中下]))\s*"
        rf"(?P<xun>[上中下](?=旬)|初(?![步期级中]))旬?(?:前|以前|之前|末)?")
# 2025年6月, 2025年6月份, 2025年6月底前, 2016 年 6 底前 (月 lost)
_YM = r"(?P<my>\d{4})\s*年\s*(?P<mm>\d{1,2})\s*(?:月份?|(?=[底末]))(?:底|末)?(?:前|以前)?"
# 七月底前, 十二月末: a month written in Chinese numerals, its end a cut-off (the year from the context, as for 7月底前)
# (or the month alone before the month-long event it holds, named in quotes: 认真开展十月“文物保护法宣传月”活动)
_MONTH_HAN = (r"(?<![一二两三四五六七八九十\d年])(?P<hm>十[一二]?|[一二三四五六七八九])\s*月(?:份)?"
              r"(?:(?:底|末)(?:前|以前)?|(?=[“\"][^“”\"]{2,20}月[”\"]))")
_MONTH = (rf"{_NO_YEAR}(?P<om>\d{{1,2}})\s*月(?:份)?(?:底|末)(?:前|以前)?|{_NO_YEAR}(?P<om2>\d{{1,2}})\s*月(?:份)?(?:前|以前)"
          rf"|{_NO_YEAR}(?P<om3>\d{{1,2}})\s*月份")
_YEAR_BEFORE = r"(?P<yb>\d{4})\s*年(?:前|以前)"
_PART = r"(?:(?P<py>\d{4})\s*年)?(?<![每个])(?P<part>上半年|下半年|(?:第)?[一二三四1-4]季度)(?:末|底)?(?:前|以前)?"
# 力争在月底完成, 于本月底前报送: the end of the month a monthly plan is for (no month written, no date to give)
_THIS_MONTH_END = r"(?P<tme>(?:(?<=[在于])本?|本)月(?:底|末)(?:前|以前)?)(?=\s*(?:前|完成|建成|报送|上报|实现|投用|通车|到位))"
# 争取年底销号, 力争在年底完成, 薄弱村年底达到3.5万元: a bare 年底 is a by-when where a target is set for it (after 争取,
# 力争, 确保, 在 or 于, or before what is done by then); 截至年底 and 去年年底 report
_THIS_YEAR_END = (r"(?<![\d年一二两三四五六七八九十半多几数])(?P<ty>年底前|年内(?:持续推进)?"
                  r"|(?:(?<=争取)|(?<=力争)|(?<=确保)|(?<=[在于]))年底(?![前末])"
                  r"|年底(?=\s*(?:完成|实现|建成|达到|销号|完工|交付|竣工|投用|全面|基本))"
                  # or 年终 opening a clause before what is done then, each year's end (…情况,年终兑现奖惩)
                  r"|(?<=[，,。;；])年终(?=\s*(?:兑现|进行|组织|开展|评比|考评|考核|总结)))")
# 过渡期内, 5年过渡期内: within the transition period a policy holds for (巩固脱贫 texts: the five years after 2020), a
# span the text names, as 年内 is the plan's year
_TRANSITION = r"(?P<tr>(?:(?:\d{1,2}|[一二三四五六七八九十])\s*年)?过渡期(?:内|以内))"
# 汛前做好检查, 在汛期前要…检查, 汛前完成全部责任人培训: the start of the flood season as the cut-off, where a clause
# opens with it (or with 在/于 before it) and something is done by then; 对汛前发现问题… is a condition, 汛期 alone the
# period a rule holds in
_FLOOD = (r"(?:^|(?<=^[在于])|(?<=[。，,；;：:\n])|(?<=[。，,；;：:\n][在于]))(?P<fl>(?:主)?汛(?:期)?(?:到来)?(?:之前|以前|前))"
          r"(?=\s*(?:要|将|完成|做好|全面|对|组织|开展|落实|检查|进行|把|必须|应|须|基本|抓紧|及时|认真|确保))")
_YEAR = r"(?P<y>\d{4})\s*年(?![\d底末])"
_WHOLE_YEAR = r"(?P<wy>全年)"
# a bare year in running text is a deadline where a clause opens with it and something is done in it
# ("2023年启动…，2024年全面建成", "2024年，基本消除…", "2019年任务：…") or after 于/在 ("于2023年为…翻新")
_DOING = (r"启动|建成|完成|实现|新增|开工|竣工|投用|力争|确保|计划|基本|全面|有效|形成|推动|推进|开展|建立|健全|制定|出台|争取|"
          r"达到|实施|加快|持续|深化|新建|改造|打造|创建|培育|举办|召开|组织|完善|提升|落实|迭代|逐步")
# or where the clause it opens sets a count for that year, the year's output ("2025年城镇新增就业4万人以上",
# "2024年吸引…项目70个以上"); a rate (维保率达到90%以上) is a level held, not a year's output
_FIGURE = r"[^，,。；;：:\n]{0,30}?\d+(?:\.\d+)?\s*[万亿千百]?[^\d\s，,。；;：:、%％‰倍成万亿千百](?:以上|以内|左右)"
# (or where the clause's subject follows the year before what is done: every body of a kind acting, "2007年所有进行年检的
# 车辆实施尾气排放检测", or the whole place's count set for the year, "2011年全市省级1家、市级9家…共23家"; not a rate the
# whole place is to reach, 2025年全区…维保率达到95%以上, a level held)
# a clause also opens after a list's bullet (●, ◆, ▲ or the ? a mirror put for one it could not read) or after the
# 一是/二是 that counts it (一是2021年计划投资…)
_BULLET = "?？•●◆◇▲△■□★☆※"
_YEAR_TEXT = (rf"(?:^|(?<=[。，,；;：:\n{_BULLET}])|(?<=[一二三四五六七八九十]是))\s*(?P<ny>\d{{4}})\s*年度?(?=\s*[，,]|\s*(?:目标)?任务\s*[:：]|\s*(?:{_DOING})|{_FIGURE}|\s*所有[^，,。；;]{{2,40}}?(?:{_DOING})|\s*全[省市县区州镇乡][^，,。；;]{{2,40}}?共\s*\d)"
              r"|(?<![高低等大小多少对关属基][于在])(?<=[于在])\s*(?P<iy>\d{4})\s*年"
              r"(?:或?之前|(?!\s*(?:的|以来|以前|前|底|末|内|中|上半|下半|第|[一二三四]季|\d|[—\-－~至到])))"
              # 确保2022年全省粮食播种面积稳定在…, 力争2025年全县…: the year a target for the whole place is secured by
              # (确保2024年各项任务落实到位 names the year's tasks, no target)
              r"|(?:(?<=^确保)|(?<=^力争)|(?<=[。，,；;：:\n]确保)|(?<=[。，,；;：:\n]力争))\s*(?P<ey>\d{4})\s*年"
              r"(?=\s*全[省市县区州盟旗镇乡]|"
              # …or a count it is to reach that year (力争2023年全国重点实验室达到25家以上): the year the figure is due by
              r"[^，,。；;]{2,20}?(?:达到|突破|超过)\s*\d)")
_ONGOING_CELL = r"(?P<on>长期坚持|长期开展|长期|持续推进|持续开展|常态化?(?:推进|开展|工作)?|常年)"
_MONTH_CELL = r"(?<![\d年])(?P<om4>\d{1,2})\s*月(?![\d份底末日])"
# a time column's cell holding a year alone, its 年 left out (建设时间 | 2024): that year
_BARE_YEAR_CELL = r"^\s*(?P<cy>(?:19|20)\d{2})\s*$"
# 整改时限:立行立改: the rectification is due at once (in running text, "做到立行立改" is a manner)
_AT_ONCE_CELL = r"(?P<now>立[行整查知]立改|即知即改|即查即改|立即整改)"
_ONGOING_TEXT = r"(?P<on>长期(?:坚持|实施|推进|开展|执行)|长期持续推进)"
# 每年1-2月份, 每月1—5日: a span of months in every year (of days in every month) recurs as one phrase, as does a
# cut-off in every year or month (每年7月10日前报告…, 每年11月底前, 每月5日前报送)
_RECURRING = (r"(?P<re>每年\s*\d{1,2}\s*月?\s*[—\-－~至到]+\s*\d{1,2}\s*月份?(?:[上中下]旬)?"
              # a cut-off at an event of the school year, every year or term (每年开学前, 每学期开学后一周内,
              # 每学年放假前): the event recurs, the cut-off with it
              r"|每(?:年|学年|学期)\s*(?:秋季|春季)?\s*(?:开学|放假|期末|期中)"
              r"(?:前|以前|之前|后\s*(?:\d{1,2}|[一两二三四五六七八九十])\s*(?:个)?\s*(?:周|星期|天|日|工作日|月)(?:内|以内))"
              # (…and two days of every month sharing the 前: 每月1日、29日前 填报, one phrase)
              r"|每年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)(?:前|以前)|每(?:个)?月\s*\d{1,2}\s*日(?:\s*、\s*\d{1,2}\s*日)?(?:前|以前)"
              # 每年一季度组织召开…, 每年第三季度, 每年上半年: the quarter (half) of every year the work falls in, one phrase
              r"|每年\s*(?:第?[一二三四1-4]\s*季度|[上下]半年)"
              r"|每(?:个)?月\s*\d{1,2}\s*日?\s*[—\-－~至到]+\s*\d{1,2}\s*日(?:前|以前)?"
              # 每半个月调度一次 (and 每半个- where a copy set "-" for the 月)
              r"|每半个?月|每半个-(?=[\u4e00-\u9fff])"
              r"|每(?:个)?(?:季度|季|月|年度|年|半年|周|日|天|两年|旬)"
              # 每1周通报, 每2个月调度, 每三天报送: every so many weeks (months, days) with the count written out
              r"|每\s*(?:\d{1,2}|[一两二三四五六])\s*(?:个\s*)?(?:周|星期|月|季度|天|旬)(?![\d万千百])"
              # 逐月汇总, 逐季报送: a report made month by month (逐月排出计划 plans by month, no recurrence); 逐月进行调度:
              # the same with a light verb before the work
              r"|逐(?:月|季度?)(?=(?:进行|开展)?(?:汇总|报送|上报|通报|报告|调度|统计|更新)))")
# 省出台文件后2个月(内), 本方案印发之日起30个工作日内: a time after an event, the event's words back to the
# clause's start (or its 在/于/自/待); 最后一个月 is no event
_RELATIVE = (r"(?P<rel>[^\d\s，,。；;：:、()（）《》“”\"在于自待]{1,15}?(?<!最)(?:后|之日起)\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
             r"\s*个?\s*(?:月|工作日|日|天|周)(?:内|以内)?)")

# 事故后,县政府在一个月内向市政府上报: the same time after an event, the doer written between them, the span after 在/于
# (read only where the sentence opens with that event: _EVENT_OPENING)
_EVENT_SPAN = (r"(?<=[在于])\s*(?P<evs>(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?\s*(?:月|工作日|日|天|周|星期)(?:内|以内))")
_EVENT_OPENING = re.compile(r"[^,，。；;：:\n]{2,30}?(?:之后|以后|后)[,，]")

# 整改时限:3天, 时限 | 15个工作日: a time cell holding only the days (weeks, months) allowed, counted from the list
# that sets them; a bare 15日 is a day of the month, so 日 only with 内
_N = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_SPAN_CELL = (rf"^\s*(?P<span>{_N}\s*(?:个\s*)?(?:工作日|天|周|星期)(?:内|以内)?|{_N}\s*个\s*月(?:内|以内)?"
              rf"|{_N}\s*日(?:内|以内))\s*$")

_CELL = re.compile("|".join([_RELATIVE, _FISCAL, _DATE_RANGE, _DAY_RANGE, _RANGE, _YMD, _MASKED, _MD, _MID_YEAR, _XUN, _YEAR_END, _YM, _PART, _YEAR_BEFORE, _MONTH, _MONTH_HAN, _YEAR, _THIS_YEAR_END,
                             _WHOLE_YEAR, _ONGOING_CELL, _RECURRING, _MONTH_CELL, _AT_ONCE_CELL, _BARE_YEAR_CELL, _SPAN_CELL]))
_TEXT = re.compile("|".join([_RELATIVE, _EVENT_SPAN, _PLAN_END, _FISCAL, _DATE_RANGE, _DAY_RANGE, _RANGE, _YMD, _MASKED, _MD, _LOST_YMD, _MID_YEAR, _XUN, _YEAR_END, _YM, _PART, _YEAR_BEFORE, _TARGET_YEAR, _MONTH, _MONTH_HAN,
                             _THIS_MONTH_END, _THIS_YEAR_END, _TRANSITION, _FLOOD, _ONGOING_TEXT, _RECURRING, _YEAR_TEXT]))
_ANY_YEAR = re.compile(r"(\d{4})\s*年")
# what follows a year written as a time: a month, its end or a part of it, a cut-off, or the clause's comma
_YEAR_AS_TIME = re.compile(r"\s*(?:\d{1,2}\s*月|[底末初中内前度]|[上下]半年|第|[，,:：—\-至到])")
# what follows a date that is no deadline: a start (自…起, 以来) or an event (以2024年3月现场会为指引)
_START_OR_EVENT = re.compile(r"\s*(?:以来|起|开始|至今|(?:召开的|的)?(?:会议|现场会|座谈会|推进会|讲话|精神))")
# a half year or quarter in running text is a deadline when something is due by then, not a report of the past
_DUE_AFTER = re.compile(r"完成|实现|建成|全面|基本|底前|末前|"
                        # one of a list of quarters or halves whose amounts follow, each its own
                        # (一季度、二季度、三季度、四季度分别为4…): when each amount is due
                        r"(?:\s*[、,，和及与]\s*第?(?:[一二三四1-4]季度|[上下]半年))*\s*分别")
# periods a plan's targets are split into (分解到每个季度、每个月), the periods listed so far
_SPLIT_INTO = re.compile(r"(?:分解|细化|量化)(?:到|至)\s*(?:每个?[^，,。；;、]{1,4}、)*$")
# “每周一景”, “每月一课”: a short name in quotes opening with 每X (a column, a campaign), the quote closing soon after
_QUOTED_NAME_AT = re.compile(r"[“\"]每[^“”\"，,。；;]{1,10}[”\"]")
# a part of the year set as when planned work is done (计划于下半年举办, 将于上半年启动): no report
_PLANNED_FOR = re.compile(r"(?:计划|拟|将|力争|预计)于?\s*$|(?<![高低等大小多少对关属基])于\s*$")


# a time label (完成时限:, 整改期限:, 时限:), where an item or a clause writes its time as a field
_TIME_QUALIFIER = r"(?:完成|整改|办结|落实)"
# (时限要求:持续推进: the label names what it asks for)
TIME_LABEL = rf"{_TIME_QUALIFIER}?(?:时限|期限)(?:要求)?\s*[:：]"
# "整改时限:立行立改,长期坚持", "完成时限:2024年", "时限要求:持续推进" inside an item: the label's value is a time cell
_TIME_FIELD = re.compile(rf"(?:{_TIME_QUALIFIER}(?:时限|期限)|(?:时限|期限)要求)\s*[:：]\s*([^。;；\n]{{1,30}})")


def in_text(text: str, year: int | None = None, issued: dt.date | None = None) -> list[dict]:
    """Deadline phrases in running text (a bare year only where a clause opens with it); a date
    before the plan was issued (or before its year, with no issue date) that is not a cut-off
    (…前) is a past event. The value of a time label in the text (整改时限:立行立改) is read as a
    完成时限 cell."""
    out = _scan(text, _TEXT, year, issued, prose=True)
    added = False
    for m in _TIME_FIELD.finditer(fold(text)):
        for d in in_cell(text[m.start(1):m.end(1)], year, issued):
            if not any(d["text"] == o["text"] or d["text"] in o["text"] for o in out):
                out.append(d)
                added = True
    if added:
        out.sort(key=lambda d: text.find(d["text"]))  # in the order the text writes them
    return out


def in_cell(text: str, year: int | None = None, issued: dt.date | None = None) -> list[dict]:
    """Deadlines in a 完成时限 cell, where a bare year or 长期 is the whole point."""
    return _scan(text, _CELL, year, issued)


def is_phrase(text: str) -> bool:
    """The whole text is one deadline phrase ("2024年底前", "长期坚持")."""
    return bool(_CELL.fullmatch(fold(text).strip()))


def looks_like_cell(text: str) -> bool:
    """A short cell that is about time: it starts with a deadline phrase."""
    f = fold(text).strip()
    if len(f) > 40 or not f:
        return False
    m = _CELL.match(f)
    return bool(m) or f.startswith(("按要求", "按时", "年底", "每"))


_PROGRESS_LABEL = re.compile(r"(?:实际)?(?:完成|进展|推进|落实|整改)情况\s*[:：]|工作进展\s*[:：]")
_NEXT_LABEL = re.compile(r"\s[\u4e00-\u9fff]{2,8}[:：]|\n")


def _scan(text: str, pattern: re.Pattern, year: int | None, issued: dt.date | None = None, prose: bool = False) -> list[dict]:
    f = fold(text)
    out: list[dict] = []
    seen: set[tuple] = set()
    cited = [(a.start(), a.end()) for a in re.finditer(r"《[^《》]*》", f)]
    if prose:  # a task's progress field (实际完成情况:…已于2014年5月30日通车), up to the next label: what was done, not when due
        cited += [(a.end(), b.start() if (b := _NEXT_LABEL.search(f, a.end())) else len(f)) for a in _PROGRESS_LABEL.finditer(f)]
    floor = issued or (dt.date(year, 1, 1) if year else None)
    for m in pattern.finditer(f):
        if any(a <= m.start() < b for a, b in cited):
            continue  # the period of a cited document: 《…方案(2022—2025年)》
        if m.group("r1") and m.start() > 0 and f[m.start() - 1] == "(" and f[m.end():m.end() + 1] == ")":
            continue  # "(2024—2026年)" after a name is a period, not a deadline
        written = text[m.start() : m.end()].strip()
        after = f[m.end():]
        if re.match(r"[\u4e00-\u9fff]{0,4}www\.", after):
            continue  # 全网资源每日更新www.mishuzj.com: a site's slogan glued into the copy, before its address
        cutoff = bool(re.search(r"前$|以前$", written))
        if not cutoff and not m.group("re") and (_START_OR_EVENT.match(after) or _guide(f, m)):
            continue  # 自2019年1月1日起, 2023年以来, 以2024年3月现场会为指引
        if not cutoff and re.search(r"日$", written) and re.match(r"\s*\d{1,2}\s*[时点](?!\s*(?:前|以前|之前))(?!\s*\d)", after):
            continue  # 消费券于3月1日11时发出: the hour something happens at, a moment, not a time due (3月10日24时前 is)
        if re.search(r"对(?:于)?在\s*$", f[max(0, m.start() - 4):m.start()]) and re.match(r"\s*期间", after):
            continue  # 对在1月10日至3月31日期间扩大产能…的企业: the span a measure's beneficiaries acted in, no time due
        if m.groupdict().get("evs") and not _EVENT_OPENING.match(f, _sentence_start(f, m.start())):
            continue  # 在3个工作日内办结 with no event the sentence opens with: a processing time, not a time due
        if m.group("rel") and _condition(re.split(r"[，,。；;]", after, maxsplit=1)[0]):
            continue  # …在购买后5日内到公安机关备案的，一律从严处罚: a rule's condition, not the task's time
        if m.group("re") and _quantity(re.split(r"[，,。；;]", after, maxsplit=1)[0]):
            continue  # 每年100万吨, 每年培育50家: a quantity per period (每月至少开展1次 is how often)
        if m.group("re") and _QUOTED_NAME_AT.match(f, max(0, m.start() - 1)):
            continue  # 报送“每周一景”学习强国等材料: a column's or campaign's name in quotes, not how often
        if m.group("re") and _SPLIT_INTO.search(f, 0, m.start()):
            continue  # 把各项指标任务分解到每个季度、每个月: targets split into periods, nothing done each period
        if prose and m.group("part") and not cutoff and not _DUE_AFTER.match(after) \
                and not _PLANNED_FOR.search(f, 0, m.start()) and (
                not m.group("part").startswith("第") or f[max(0, m.start() - 1):m.start()] in ("从", "自")):
            continue  # 2021年上半年，动态管控…: a report, not a deadline
        if m.groupdict().get("ny") and not floor and re.match(r"\s*[，,]", after):
            continue  # "2021年，完成187项": with no date to tell a plan from a report, a year alone is narrative
        context_year = _year_before(f, m.start()) or year
        d = _deadline(m, written, context_year)
        if d and floor and d["date"] and d["date"] < floor and not cutoff:
            continue  # before the plan was issued (or its year began): a past event, unless written as a cut-off
        if d and (d["text"], d["kind"]) not in seen:
            seen.add((d["text"], d["kind"]))
            out.append(d)
    return out


def _sentence_start(f: str, pos: int) -> int:
    """Where the sentence holding pos starts (after the last 。, ；, ; or line break before it, and the item's number)."""
    start = max(f.rfind(c, 0, pos) for c in "。；;\n") + 1
    number = re.match(r"\s*(?:\d{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*", f[start:pos])
    return start + (number.end() if number else 0)


def _guide(f: str, m: re.Match) -> bool:
    """以2024年3月…现场会为指引/为契机: the date names a reference point, not a deadline."""
    return f[max(0, m.start() - 1):m.start()] == "以" and bool(re.match(r"[^，,。；;]*?为(?:指引|契机|基础|起点|标志|引领|遵循)", f[m.end():]))


def _condition(clause: str) -> bool:
    """The rest of the clause makes it a condition: it ends in 的 (…备案登记的，一律处罚) or goes on
    to what follows the condition (…的给予补助)."""
    return bool(re.search(r"的$|的(?:给予|予以|一律|将|可)", clause.strip()))


def _quantity(clause: str) -> bool:
    """A number with a unit other than times (1—2次, 一次 say how often; 50家, 100万吨, 90% are amounts)."""
    for n in re.finditer(r"\d+(?:\.\d+)?(?:\s*[—\-~至到]\s*\d+(?:\.\d+)?)?\s*(\S?)", clause):
        if n.group(1) and n.group(1) not in "次遍轮回场期批":
            return True
    return False


def _year_before(f: str, pos: int) -> int | None:
    """The last year written before a month or day. In an earlier sentence only a year written as a time (2025年5月底前,
    2024年底, 2024年,…) sets it: one that names what a report is about (…审查关于2020年市财政决算的报告。8月份听取…)
    does not, and the month takes the plan's year."""
    start = max(f.rfind("。", 0, pos), f.rfind("\n", 0, pos)) + 1
    for m in reversed(list(_ANY_YEAR.finditer(f[:pos]))):
        if m.start() >= start or _YEAR_AS_TIME.match(f, m.end()):
            return int(m.group(1))
    return None


def _month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1900 < year < 2200:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _lost_ymd(written: str, digits: str, year: int | None) -> dict | None:
    """2022325日前 -> 2022-03-25, 330日前 -> 03-30 of the context year: a year's four digits if they open the run,
    then the month (one digit, or two where one would leave no day) and the day; nothing if no such date."""
    if len(digits) > 4:
        year, digits = int(digits[:4]), digits[4:]
    for cut in (1, 2):
        month, day = int(digits[:cut] or 0), int(digits[cut:] or 0)
        if 1 <= month <= 12 and 1 <= day <= 31 and len(digits) - cut <= 2:
            try:
                return {"text": written, "kind": "date", "date": dt.date(year, month, day) if year else None}
            except ValueError:
                return None
    return None


def _deadline(m: re.Match, written: str, year: int | None) -> dict | None:
    g = m.groupdict()
    if g.get("rel") or g.get("evs") or g.get("mask") or g.get("tme") or g.get("tr") or g.get("fl"):
        # relative to an event, masked, or the span of a period the text names: no date to give
        return {"text": written, "kind": "by", "date": None}
    if g.get("fyp"):
        # the 11th five-year plan ran 2006—2010; each later one the five years after
        return {"text": written, "kind": "by", "date": dt.date(2010 + 5 * "一二三四五".index(g["fyp"]), 12, 31)}
    if g.get("zm"):
        end_year = int(g["zy"]) if g.get("zy") else (int(g["ay"]) if g.get("ay") else year)
        month = int(g["zm"])
        if not end_year or not 1 <= month <= 12:
            return {"text": written, "kind": "by", "date": None}
        try:
            return {"text": written, "kind": "by", "date": dt.date(end_year, month, int(g["zd"])) if g.get("zd") else _month_end(end_year, month)}
        except ValueError:
            return None
    if g.get("drm") or g.get("mdm"):
        y = int(g["dry"]) if g.get("dry") else year
        month, day = (int(g["drm"]), int(g["drd"])) if g.get("drm") else (int(g["mdm"]), int(g["mdd"]))
        try:
            date = dt.date(y, month, day) if y else None
        except ValueError:
            return None
        if not y and not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return {"text": written, "kind": "by" if g.get("drm") else "date", "date": date}
    if g.get("ld"):
        return _lost_ymd(written, g["ld"], year)
    if g.get("xun"):
        y = int(g["xy"]) if g.get("xy") else year
        month = int(g["xm"])
        if not 1 <= month <= 12:
            return None
        end = _month_end(y, month) if y else None
        day = {"上": 10, "中": 20, "初": 10}.get(g["xun"])
        return {"text": written, "kind": "by", "date": end.replace(day=day) if end and day else end}
    if g.get("f2"):
        return {"text": written, "kind": "by", "date": dt.date(int(g["f2"]) + 1, 3, 31)}
    if g.get("mid"):
        return {"text": written, "kind": "by", "date": dt.date(int(g["mid"]), 6, 30)}
    if g.get("r1"):
        return {"text": written, "kind": "by", "date": dt.date(int(g["r2"]), 12, 31)}
    if g.get("dy"):
        try:
            return {"text": written, "kind": "date", "date": dt.date(int(g["dy"]), int(g["dm"]), int(g["dd"]))}
        except ValueError:
            return None
    if g.get("ye"):
        return {"text": written, "kind": "by", "date": dt.date(int(g["ye"]), 12, 31)}
    if g.get("my"):
        date = _month_end(int(g["my"]), int(g["mm"]))
        return {"text": written, "kind": "by", "date": date} if date else None
    if g.get("part"):
        part = g["part"].lstrip("第")
        month = {"上半年": 6, "下半年": 12}.get(part) or 3 * ("一二三四".find(part[0]) + 1 if part[0] in "一二三四" else int(part[0]))
        if g.get("py"):
            return {"text": written, "kind": "by", "date": _month_end(int(g["py"]), month)}
        return {"text": written, "kind": "by", "date": _month_end(year, month) if year else None}
    if g.get("yb"):
        return {"text": written, "kind": "by", "date": dt.date(int(g["yb"]), 12, 31)}
    if g.get("hm"):
        hm = g["hm"]
        month = (10 + "一二".index(hm[1]) + 1 if len(hm) == 2 else 10) if hm[0] == "十" else "一二三四五六七八九".index(hm) + 1
        return {"text": written, "kind": "by", "date": _month_end(year, month) if year else None}
    if g.get("om") or g.get("om2") or g.get("om3") or g.get("om4"):
        month = int(g.get("om") or g.get("om2") or g.get("om3") or g.get("om4"))
        if not 1 <= month <= 12:
            return None
        return {"text": written, "kind": "by", "date": _month_end(year, month) if year else None}
    if g.get("ty2"):
        y = int(g["ty2"])
        return {"text": written, "kind": "year", "date": dt.date(y, 12, 31)} if 1900 < y < 2200 else None
    if g.get("ty"):
        # "年底前" names no year: the year from the context, as for "6月底前"
        return {"text": written, "kind": "by", "date": dt.date(year, 12, 31) if year else None}
    if g.get("wy"):
        return {"text": written, "kind": "by", "date": dt.date(year, 12, 31) if year else None}
    if g.get("y") or g.get("ny") or g.get("iy") or g.get("ey") or g.get("cy"):
        y = int(g.get("y") or g.get("ny") or g.get("iy") or g.get("ey") or g.get("cy"))
        return {"text": written, "kind": "year", "date": dt.date(y, 12, 31)} if 1900 < y < 2200 else None
    if g.get("on"):
        return {"text": written, "kind": "ongoing", "date": None}
    if g.get("now") or g.get("span"):
        return {"text": written, "kind": "by", "date": None}  # at once, or within the days the list allows
    if g.get("re"):
        return {"text": written, "kind": "recurring", "date": None}
    return None

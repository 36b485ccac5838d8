"""Plan titles as pages set them.

A title block may run over two to four lines (an issuer line above 关于…, a line
cut inside 《》 or after 的/和/关于, a short last line such as 工作要点 or 整改通知),
with blank lines between. A page repeats the title (headline, 标题 field, the
title with its 文号 glued on) and a web copy adds spaces, 《》 around the whole
title, a place tag in front, a part number (一) behind. A covering notice names the
plans it issues, in 《》 or not (关于印发2020年重点工作责任分解的通知), or in its
附件 list. The body that issues a title is named in front of its 关于, or in a news
copy's lead (近日，某省人民政府办公厅印发…). A notice's addressees end its head.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass

from .outline import numbered
from .places import begins_with_place, leading, places
from .table_header import glued_labels
from .text import DOC_NUMBER, DOC_NUMBER_AT, Line, fold, is_date_line, is_furniture, is_org

# what a plan's title ends in, possibly followed by its period, (试行), (修订版), (截至10月31日)… (通告: a body's notice to
# the public, publishing a list of its duties below)
_WORD_END = r"(?:方案|要点|计划|意见|措施|办法|细则|规划|通知|通告|决定|分解|分工|清单|安排|情况|报告|规定|纲要|通报|台账|\S表)"
TITLE_WORD = _WORD_END
_BRACKETS = r"(?:\s*[(（][^()（）]{1,16}[)）])*"
TITLE_END = re.compile(rf"{_WORD_END}{_BRACKETS}$")
# a plan inside a notice's body: the narrower set of words a plan's own title ends in
BODY_TITLE_END = re.compile(rf"(?:方案|要点|计划|意见|措施|办法|细则|规划|通知){_BRACKETS}$")
_PLAN_END = re.compile(r"(?:方案|要点|计划|意见|措施|办法|细则|规划)$")
# a title's period on a line of its own, (2020-2022年); a copy that lost its opening bracket too (2020―2022年)); not
# the note of the congress meeting that adopted it below a 纲要's title ((2021年1月27日…第四次会议批准)), no part of it
PERIOD_ONLY = re.compile(r"^(?:\((?![^()]*(?:会议|批准|通过))\s*\d{4}[^()]*|\d{4}(?:\s*[-—–―－~～至到]\s*\d{4})?\s*年)\)$")
_TITLE_HEAD = re.compile(r"^(实施方案|工作方案|行动方案|方案|计划|要点)")
# a title line cut here goes on: after 关于/印发/的/和, or inside 《》 or “”
_OPEN_END = re.compile(r"(关于|印发|转发|的|和|及|与|暨|之|对|、|“|《|〈)$")
_GOES_ON = re.compile(r"^(和|及|与|暨|的|之)")
# a five-year plan's ordinal opening a line (第十一个五年规划纲要(2006-2010)): no title opens with it; it is the
# second half of one wrapped after its subject (吉林市国民经济和社会发展 / 第十一个五年规划纲要)
_PLAN_ORDINAL = re.compile(r"^第\s*[一二三四五六七八九十]{1,3}\s*个\s*五\s*年")
# …or closing a line, its 规划 opening the next (遵义市红花岗区国民经济和社会发展第十四个五年 / 规划和二〇三五年远景目标纲要)
_PLAN_ORDINAL_END = re.compile(r"第\s*[一二三四五六七八九十]{1,3}\s*个\s*五\s*年$")
_PAIRS = (("《", "》"), ("〈", "〉"), ("“", "”"), ("(", ")"))


# punctuation a sentence or a field has and a title or a caption has not
SENTENCE_MARK = re.compile(r"[。,，;；:：!?！？|]")


def short_line(line: Line, limit: int = 60) -> bool:
    """A short unnumbered line without sentence punctuation: a title or a caption."""
    f = line.fold
    return 0 < len(f) <= limit and not SENTENCE_MARK.search(f) and not numbered(line)


# a campaign's or a slogan's name quoted inside a title: 开展“收好官,开好局”专项行动
_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")


def title_line(line: Line, limit: int = 60) -> bool:
    """A short line (short_line) whose sentence marks, if any, all stand inside a name quoted in “”:
    关于在全州开展“收好官,开好局” / 专项行动实施方案 is a title wrapped over two lines, not a sentence.
    A line of a table's column labels run together (实事内容工作任务责任单位进展情况) is no title."""
    if glued_labels(line.fold):
        return False
    if short_line(line, limit):
        return True
    f = line.fold
    return 0 < len(f) <= limit and not SENTENCE_MARK.search(_QUOTED_NAME.sub("“”", f)) and not numbered(line)


def _open(text: str) -> bool:
    f = fold(text)
    return any(f.count(a) > f.count(b) for a, b in _PAIRS)


def _cut_short(text: str, nxt: Line) -> bool:
    """The title in `text` goes on in the line `nxt`."""
    f, n = fold(text).strip(), nxt.fold
    if _open(f) or _OPEN_END.search(f) or ("关于" in f and not TITLE_END.search(f)):
        return True
    if _sender_alone(f) and _ABOUT.match(n):
        return True  # the issuer set on its own line above 关于… (two joint senders side by side too), or 印发关于…, 印发《…
    if _sender_alone(f) and re.match(r"转发[^,，。;；:：]{2,30}(?:部门|单位|厅|局|委|办)$", n):
        return True  # the issuer above what it forwards, the forwarded bodies' line before their 关于… (转发省人力资源社会保障厅等部门)
    if re.match(r"^[^,，。;；:：]{2,40}转发[^,，。;；:：]{2,30}(?:部门|单位|厅|局|委|办)$", f) and n.startswith("关于"):
        return True  # …转发省人力资源社会保障厅等部门 / 关于做好…的意见的通知
    if is_org(f) and not TITLE_END.search(f) and "关于" not in n and re.search(r"的\s*(?:通\s*知|通报|决定)$", n) and len(n) <= 40:
        return True  # the sender alone above a notice's title that lost its 关于印发 (某乡人民政府 / 某乡2017年禁毒宣传方案的通知)
    if "关于" in f and not re.search(r"的\s*[^的]{1,6}$", f) and re.search(r"的\s*(?:通\s*知|意见|决定|通报|批复)$", n) \
            and len(n) <= 30:
        # 关于分解落实2019年市政府工作报告 / 主要目标任务的通知: a 关于… title ends in 的 and its own word, so a
        # title word inside it (工作报告) at a line's end does not end it
        return True
    if _GOES_ON.match(n) or _TITLE_HEAD.match(n) or PERIOD_ONLY.match(n) or _PLAN_ORDINAL.match(n):
        return True
    if _PLAN_ORDINAL_END.search(f) and re.match(r"规划", n):
        return True
    # a short last line: 工作要点, 整改通知, 和责任分工方案
    if not TITLE_END.search(n) or TITLE_END.search(f):
        return False
    if len(n) <= 12:
        return True
    # a title wrapped at the page's width: 重庆市构建分型分类精准培育机制 / 促进个体工商户高质量发展实施方案, its
    # period after the plan's word (黔南州全民科学素质行动 / 规划纲要实施方案(2021-2025年))
    return begins_with_place(f) and len(f) + len(n) <= 50 and bool(_PLAN_END.search(_PERIOD_AT_END.sub("", n))) \
        and not re.search(r"关于|印发|通知", n) and not (begins_with_place(n) or is_org(n))


@dataclass
class Block:
    text: str  # the lines joined, as written
    nos: list[int]  # their line numbers
    last: int  # index of the last line


def block_at(lines: list[Line], k: int, end: re.Pattern = TITLE_END, skip=frozenset(), expected=()) -> Block | None:
    """The title block starting at index k: a short line, joined with the lines it goes on in
    (blank lines between allowed), ending in a title word; None if the lines read as no title. A line
    also goes on where the lines joined so far begin a title the notice names (`expected`): 全面推进乡村振兴 /
    加快农业农村现代化的实施方案 under a notice that 印发s 《全面推进乡村振兴加快农业农村现代化的实施方案》."""
    first = lines[k]
    if not (title_line(first, 80) or _labelled_title(first) or _SENDER_ABOUT.match(first.fold)) \
            or is_furniture(first) or is_date_line(first):
        return None  # a signature's date is no title's first line (2012年4月12日 + a plan's title below it)
    if _tag_line(first.fold):
        return None
    text, nos, last = first.text, [first.no], k
    while len(nos) < 4:
        j = next((i for i in range(last + 1, min(len(lines), last + 6)) if not lines[i].blank), None)
        if j is None or lines[j].no in skip:
            break
        nxt = lines[j]
        # the sender alone on the first line, the rest of the title (关于印发《…》的通知) on one long line
        # (or two joint senders one a line, each alone, over it)
        limit = 80 if len(nos) <= 2 and _sender_then_about(text, nxt) else 40
        if not title_line(nxt, limit) or is_furniture(nxt) or is_date_line(nxt) or DOC_NUMBER.match(nxt.fold) or same_title(text, nxt.text):
            break
        if not (_cut_short(text, nxt) or _joint_senders(text, nxt, _next_text_line(lines, j)) or _names_begin(text + nxt.text, expected)):
            break
        text, last = text + nxt.text, j
        nos.append(nxt.no)
    if len(nospace(text)) < 6 or _open(text) or not (end.search(nospace(fold(text))) or end.search(fold(clean(text)))):
        return None  # (a title a page set inside 《》 as a whole ends in its word inside them)
    j = next((i for i in range(last + 1, min(len(lines), last + 3)) if not lines[i].blank), None)
    glued = _PERIOD_THEN_PROSE.match(lines[j].fold) if j is not None and lines[j].no not in skip else None
    if glued and not _HAS_PERIOD.search(fold(text)):
        # the title's period opening the next line, the preamble glued behind it by a space ((2022-2025年) 为贯彻…):
        # the period is the title's, the line the preamble's
        text += lines[j].text[glued.start(1): glued.end(1)]
    j = next((i for i in range(last + 1, min(len(lines), last + 3)) if not lines[i].blank), None)
    if j is not None and lines[j].no not in skip and _MARK_ALONE.fullmatch(lines[j].fold.strip()) \
            and not _MARK_AT_END.search(fold(text)):
        # the draft's or trial's mark set on a line of its own below the title ((征求意见稿)): the title's suffix
        text, last = text + lines[j].text.strip(), j
        nos.append(lines[j].no)
    if len(nos) > 1 and _GENRE_ALONE.fullmatch(lines[last].fold.strip()) and \
            _sender_alone(nospace(fold(text))[: -len(nospace(lines[last].fold))]):
        return None  # a page's field values without their labels, one a line: 发布机构 县教育局 / 文种 通知
    return Block(text, nos, last)


# a plan's period in brackets (2022-2025年); opening a line, a space, then prose: (2022-2025年) 为贯彻落实…
_PERIOD = r"[(（]\s*(?:19|20)\d{2}\s*年?\s*[-—–―－~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[)）]"
_PERIOD_THEN_PROSE = re.compile(rf"^\s*({_PERIOD})\s+(?=[\u4e00-\u9fff])")
_HAS_PERIOD = re.compile(rf"{_PERIOD}\s*$")
_PERIOD_AT_END = _HAS_PERIOD


# a draft's or a trial's mark in brackets, alone on its line below the title or ending it
_MARK = r"[(（]\s*(?:征求意见稿|试行|暂行|修订稿?|草案|送审稿|讨论稿)\s*[)）]"
_MARK_ALONE = re.compile(_MARK)
_MARK_AT_END = re.compile(_MARK + r"\s*$")


# a document's kind alone on a line (a page's 文种 field's value, or a title's last word wrapped onto a line of its own)
_GENRE_ALONE = re.compile(r"通知|通报|公告|决定|意见|函|批复")


# a title block's first line holding its sender and 关于 alone, the sender's name with a comma in it (two senders
# parted by a comma, or a mirror's tagline standing for the sender: 英皇娱乐,英皇国际娱乐办公室关于): the title goes on
# below, so the comma is no sentence's
_SENDER_ABOUT = re.compile(r"^[^。;；:：!?！？|]{2,40}?(?:办公室|办公厅|人民政府|委员会|政府|局|委|厅)\s*关于$")


def _names_begin(text: str, expected) -> bool:
    """The lines joined so far begin one of the titles a notice names (its wrapped title, whole)."""
    joined = nospace(fold(text))
    return any(nospace(fold(e)).startswith(joined) for e in expected)


def _next_text_line(lines: list[Line], j: int) -> Line | None:
    return next((lines[i] for i in range(j + 1, min(len(lines), j + 6)) if not lines[i].blank), None)


# what follows a title's sender: 关于…, the sender's 印发关于…, or 印发《…》 with no 关于 (印发《关于…的实施方案》的通知)
_ABOUT = re.compile(r"(?:印发|转发)?关于|(?:印发|转发)《")


def _joint_senders(text: str, nxt: Line, after: Line | None) -> bool:
    """Two joint senders printed one a line above the rest of the title (中共河北雄安新区工作委员会 /
    河北雄安新区管理委员会 / 关于印发《…》的通知): the second goes on the first."""
    return after is not None and _ABOUT.match(after.fold) is not None and _sender_alone(fold(text).strip()) \
        and _sender_alone(nxt.fold) and not _ABOUT.match(nxt.fold)


def _tag_line(f: str) -> bool:
    """A site's line of tags or related links, each a title of its own set off by spaces (实施方案
    体检评估工作实施方案 住房抗震改造工作实施方案): no title."""
    pieces = f.split()
    return len(pieces) >= 3 and all(TITLE_END.search(p) for p in pieces)


def _labelled_title(line: Line) -> bool:
    """A page's column label before a whole title on one line (政策解读:广元市…行动方案(2024—2026年)),
    which `clean` takes off."""
    m = _COLUMN_TAG.match(line.fold) if not re.match(r"附\s*件", line.fold) else None  # 附件:X lists what a letter sends
    rest = line.fold[m.end():].strip() if m else ""
    return 6 <= len(rest) <= 80 and not SENTENCE_MARK.search(rest) and TITLE_END.search(nospace(rest)) is not None


def _sender_then_about(text: str, nxt: Line) -> bool:
    """A printed title block that sets its sender alone on a line (洪洞县人民政府办公室), or the place the
    title is of (马鞍山市), and the rest of the title on the next, as long as the page is wide
    (关于印发《…专项行动实施方案》的通知, 关于进一步激发…的实施细则; 印发关于…的通知, the sender's 印发 set before 关于)."""
    return _sender_alone(fold(text).strip()) and _ABOUT.match(nxt.fold) is not None \
        and TITLE_END.search(nospace(nxt.fold)) is not None


def _sender_alone(f: str) -> bool:
    """A line that holds only the title's sender (two joint senders side by side too) or its place; the
    sender also as a print spaces it out a character apart (市 人 民 政 府)."""
    return is_org(f) or all(is_org(part) for part in f.split()) or leading(f) == [f] \
        or (_LETTER_SPACED.match(f) is not None and is_org(f.replace(" ", "")))


# a line spaced out a character apart, as a printed sender's name (市 人 民 政 府)
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3,}$")


def nospace(s: str) -> str:
    """Spaces a web copy set inside a title removed (关于印发 《…分解 和…》); spaces between two
    latin words or numbers kept."""
    s = re.sub(r"\s+", " ", s.strip())
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", s)


# (with an edition or status in brackets behind the 》: 《…清单》(2024年版), 《…办法》(试行))
_WRAPPED = re.compile(r"^《(.+)》(\s*[(（](?:\d{4}年)?(?:版|修订版?|试行|暂行|征求意见稿)[)）])?$")
_PLACE_TAG = re.compile(r"^[(（【\[]([^()（）【】\[\]]{2,10})[)）】\]]\s*")
_PART = re.compile(rf"(?<={_WORD_END})\s*[(（][一二三四五六七八九十]{{1,3}}[)）]$")
# a file's extension a sharing site left behind a title (…实施方案.docx)
_EXTENSION = re.compile(r"\.(?:docx?|pdf|wps|txt)$", re.I)
_COLUMN_TAG = re.compile(r"^【[^【】]{1,24}】\s*|^[\u4e00-\u9fff]{2,6}[:：]\s*")
_SITE = re.compile(r"\s*[-_|—]+\s*[^-_|—\s]{2,24}(?:门户网站|网站|网)$")
# a catalogue's mark of the document's standing set behind its title: …的通知(已废止), …办法【已失效】
_STATUS = re.compile(r"\s*[(（【\[](?:已|现已)?(?:废止|失效|修订|修改|被修改|部分失效)[)）】\]]$")
# a site's note in brackets behind a headline that the page holds the whole text: …规划纲要(全文), …方案（附全文）
_WHOLE_TEXT = re.compile(r"\s*[(（【\[]附?全文[)）】\]]$")
# a page's date (and time) set behind its headline after a space: 关于印发《…》的通知 2022-06-08
_DATE_BEHIND = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


# a tagline a page set behind a whole title with a dash (…的通知-某某官网真人游戏第一品牌): no part of it
_TAGLINE = re.compile(rf"^(.*{_WORD_END}{_BRACKETS})\s*[-_|—–]+\s*([^-_|—–\s]{{2,24}})$")


_LIST_BULLET = re.compile(r"^[•●▪■◆]\s*")


def clean(title: str) -> str:
    """A title as a reader writes it: no spaces a web copy added, no 《》 around the whole title,
    no place tag a collecting site set in front ((湖北省)…), no column label glued before it
    (【栏目】…的通知, 政策解读:…方案), no list bullet, no part number behind (…方案(一)), no site name behind (…的意见-某某省人民政府门户网站),
    no file extension behind (…方案.docx), no catalogue's standing mark behind (…的通知(已废止)), no page date behind (…的通知 2022-06-08), no repeat of the title in brackets behind it (X方案(X方案)), no model-text
    site's label behind (…工作要点范文, …方案(精选13篇)), no site's marker of the page it shows behind (…方案(第2/2页)),
    no site's note of the whole text behind (…规划纲要(全文)),
    no 文号 in brackets behind (…任务(华政发〔2021〕2号))."""
    # a letter's date the copy set before the title of the plan it sends, a space between (二○一二年一月三十日
    # 猇亭区2012年教育工作要点): the date closes the letter, the title is what follows it
    dated = _DATE_FIRST.match(title)
    if dated and TITLE_END.search(fold(nospace(title[dated.end():]))) and len(nospace(title[dated.end():])) >= 6:
        title = title[dated.end():]
    # a page's list bullet before its title line (• 中共某局党组关于…的通报)
    t = _EXTENSION.sub("", _unwrapped(_LIST_BULLET.sub("", _EXTENSION.sub("", nospace(title)))))
    t = _STAMP_FIRST.sub("", t)  # a printed page's stamp the copy set before the title (— 1 — 某县…整改方案)
    m = _PLACE_TAG.match(t)
    if m and places(fold(m.group(1))) == [fold(m.group(1))]:
        t = t[m.end():]
    m = _COLUMN_TAG.match(t)
    if m and len(t) - m.end() >= 6 and TITLE_END.search(fold(t[m.end():])):
        t = t[m.end():]  # a page's column label before the title: 【重点工作】某市关于…的通知, 政策解读:…
    for tag in (_SITE, _MODEL_TEXT, _PAGE_SHOWN, _STATUS, _DATE_BEHIND, _WHOLE_TEXT):
        bare = tag.sub("", t)
        if TITLE_END.search(fold(bare)):
            t = bare
    tail = _TAGLINE.match(t)
    if tail and not TITLE_END.search(fold(tail.group(2))):
        t = tail.group(1)  # a mirror's tagline behind a dash: …的通知-某某官网第一品牌
    glued = _GLUED_BACK.match(fold(t))
    if glued and len(glued.group(1)) >= 6:
        t = t[: len(glued.group(1))]  # its 文号 in brackets behind it, whatever word the title ends in (2021年县政府重点
        # 工作任务(华政发〔2021〕2号): a headline naming the plan a notice sends by its short name)
    t = _PART.sub("", _REPEATED.sub(r"\1", t))
    joint = _JOINT_SENDERS.match(re.sub(r"\s+", " ", title.strip()))
    if joint and t.startswith(joint.group(1) + joint.group(2)):
        t = joint.group(1) + " " + t[len(joint.group(1)):]  # the space between joint senders is the title's own
    return t


# two joint senders side by side at a title's opening, a space between them as the document prints it (中共湖南省委
# 湖南省人民政府关于…, 中共某县委办公室 某县人民政府办公室 关于…)
_JOINT_SENDERS = re.compile(r"^(中共[\u4e00-\u9fff]{1,20}?(?:委员会|委)(?:办公室|办公厅)?) "
                            r"([\u4e00-\u9fff]{1,20}?(?:人民政府|政府)(?:办公室|办公厅)?) ?(?=关于)")


# a printed page's number between dashes opening the line a title stands on: — 1 — (before a masked place too:
# - 1 - XX 县 2022 年…工作计划)
_STAMP_FIRST = re.compile(r"^[—–－-]{1,2}\s*\d{1,3}\s*[—–－-]{1,2}\s*(?=[\u4e00-\u9fff]|[XxＸｘ*＊×]{1,3}[\u4e00-\u9fff])")

# a full date opening the line, a space behind it (二○一二年一月三十日 , 2012年1月30日 )
_DATE_FIRST = re.compile(r"^\s*(?:[一二三四五六七八九〇○零Ｏ０O0]{4}|\d{4})\s*年\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*月"
                         r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*日\s+(?=\S)")

# a model-text site's label behind a title: …工作要点范文, …实施方案范文大全, …方案(精选13篇)
_MODEL_TEXT = re.compile(r"(?:范文(?:大全|精选)?|[(（]精选\d+篇[)）])$|(?<=方案|要点|计划|意见|措施|办法|规划)精编$|"
                         # …and the year it files the piece under, glued before the title's 关于 with no 年 (2024关于…精编)
                         r"^(?:19|20)\d{2}(?=关于)")
# a site's marker of the page it shows of a piece set over several pages: …工作实施方案(第2/2页)
_PAGE_SHOWN = re.compile(r"\s*[(（]\s*第\s*\d{1,3}\s*/\s*\d{1,3}\s*页\s*[)）]$")

# a model-text site's headline that repeats its title in brackets behind it: X实施方案(X实施方案)
_REPEATED = re.compile(r"^(.{6,})[(（]\1[)）]$")


# a dash a page set between them: 阳政办〔2019〕1号—区人民政府办公室关于…的通知; or in brackets:
# (新政发〔2016〕21号)区人民政府关于…的通知
_GLUED_FRONT = re.compile(rf"^({DOC_NUMBER_AT})\s*(?:[—–－-]+\s*)?([^\s—–－-].*)$")
_GLUED_FRONT_BRACKETED = re.compile(rf"^[(（]({DOC_NUMBER_AT})[)）]\s*([^\s—–－-].*)$")
_GLUED_BACK = re.compile(rf"^(.*\S)\s*[(（]({DOC_NUMBER_AT})[)）]$")
# or with none, the 文号 straight after the title's last word: …的通知办河湖〔2022〕45号
_GLUED_BARE = re.compile(rf"^(.*{_WORD_END}{_BRACKETS})\s*({DOC_NUMBER_AT})$")


def glued_doc_number(line: Line) -> tuple[str, str] | None:
    """(title, 文号) of a title repeated with its 文号: 鞍立政发〔2023〕2号立山区人民政府关于…的通知 (or
    with a dash between: 阳政办〔2019〕1号—区人民政府办公室关于…的通知, or in brackets: (新政发〔2016〕21号)区人民政府
    关于…的通知), …的通知 (粤府〔2021〕22号), …的通知办河湖〔2022〕45号."""
    f = line.fold
    m = _GLUED_FRONT.match(f) or _GLUED_FRONT_BRACKETED.match(f)
    if m and TITLE_END.search(fold(clean(m.group(2)))):
        return line.text[m.start(2):], line.text[m.start(1): m.end(1)]
    m = _GLUED_BACK.match(f) or _GLUED_BARE.match(f)
    if m and TITLE_END.search(nospace(m.group(1))):
        return line.text[: m.end(1)], line.text[m.start(2): m.end(2)]
    return None


def _unwrapped(t: str) -> str:
    """A title without the 《》 a page set around the whole of it."""
    m = _WRAPPED.match(t)
    return m.group(1) + (m.group(2) or "").strip() if m and not _open(m.group(1)) and "《" not in m.group(1) else t


def same_title(a: str, b: str) -> bool:
    """The same title, give or take spaces, a site name, a 文号 or an issuer set in front, or 《》 around
    the whole of it (《…关于印发X的通知》 is a notice, not the plan X)."""
    x, y = _unwrapped(nospace(fold(a))), _unwrapped(nospace(fold(b)))
    if not x or not y or bool(named_plans(x)) != bool(named_plans(y)):
        return False  # a notice is not the plan it issues
    short, long_ = sorted((x, y), key=len)
    if len(short) >= 8 and short in long_:
        return True
    common = sum((collections.Counter(x) & collections.Counter(y)).values())
    return common / max(len(x), len(y)) >= 0.9


def similarity(a: str, b: str) -> float:
    x, y = nospace(fold(a)), nospace(fold(b))
    if not x or not y:
        return 0.0
    return sum((collections.Counter(x) & collections.Counter(y)).values()) / max(len(x), len(y))


_ISSUER = re.compile(r"^(.{2,60}?)\s*关于")
_CARRIES_OUT = re.compile(r"^(.{2,30}?)(?:贯彻落实|认真贯彻|贯彻执行|贯彻|落实|批转|转发)(.{2,30})$")


def issuer_in(title: str) -> str | None:
    """The body named in front of 关于 (国务院关于…, 区人民政府办公室 关于…), as written."""
    f = fold(title)
    m = _ISSUER.match(f)
    if not m or re.search(r"[《“\"(（]", m.group(1)):
        return None
    name = m.group(1).strip()
    # a sender carrying out a higher body's document before its 关于 (浙江省人民政府贯彻国务院关于…指导意见的实施意见,
    # 市政府办公室转发市发改委关于…): the sender is the body before the verb, the other the author of what it carries out
    carried = _CARRIES_OUT.match(name)
    if carried and is_org(carried.group(1)) and is_org(carried.group(2)):
        name = carried.group(1)
    if not all(is_org(part) for part in re.split(r"[\s、]+", name) if part):
        return None
    written = title[m.start(1): m.start(1) + len(name)]
    # joint senders a space apart (中共湖南省委 湖南省人民政府关于…): each its own name, as a list writes them
    return "、".join(written.split()) if re.search(r"\S\s+\S", written) else written


# (a news lead's 印发通知,公布《…》: the notice sends the plan it names after it)
_LEAD = re.compile(r"([\u4e00-\u9fff]{2,30}?)(?:正式|联合)?印发了?(?:通知\s*[,，]\s*(?:公布|明确|部署)了?)?(?:《([^》]+)》|(.+?)(?:的通知|[,，。]))")


def sender_in_lead(lines: list[str], title: str) -> str | None:
    """The sender a news copy names in its lead (近日，某省人民政府办公厅印发…的通知), when what it
    印发ed is this plan; as written."""
    for text in lines:
        f = fold(text)
        for m in _LEAD.finditer(f):
            name = re.sub(r"^.*?(?:近日|日前|最近|今年)", "", m.group(1))
            what = clean(text[m.start(m.lastindex): m.end(m.lastindex)])
            if is_org(name) and similarity(what, title) >= 0.8:
                start = m.start(1) + m.group(1).rfind(name)
                return text[start: start + len(name)]
    return None


_ISSUES = re.compile(r"(?:印发|转发|印送|下发)\s*(.+?)\s*(?:的)?\s*(?:通\s*知|函)$")


# a notice's title the copy ended before its 的通知 (…办公厅关于印发山西省贯彻落实《…》工作方案)
_ISSUES_CUT = re.compile(rf"关于\s*(?:印发|转发|印送|下发)\s*(.+?(?<!通知){_WORD_END}{_BRACKETS})$")


# a government's notice passing on a plan one of its bodies drew up (厦门市人民政府批转市国土房产局关于2015年地质灾害防治
# 方案的通知): the plan is what follows the body's 关于
_PASSES_ON = re.compile(r"批转\s*[^《》,，。]{2,30}?关于\s*(.+?)\s*(?:的)?\s*通\s*知$")


def named_plans(title: str) -> list[str]:
    """The plans a covering notice issues: its 《》 titles (关于印发《A》《B》的通知), or the words
    between 印发 and 的通知 when they are no 《》 list (关于印发2020年区政府重点工作责任分解的通知);
    also of a title the copy cut before its 的通知 (关于印发X工作方案)."""
    title = _DATE_BEHIND.sub("", title)  # the page's date behind a headline (…的通知 2022-06-08)
    f = fold(title)
    m = _ISSUES.search(f) or _ISSUES_CUT.search(f) or _PASSES_ON.search(f)
    if not m:
        return []
    phrase = title[m.start(1): m.end(1)]
    # 〈〉 stand for 《》 inside a title a page quoted whole (关于印发〈…工作要点〉的通知)
    quoted = re.findall(r"[《〈]([^《》〈〉]+)[》〉]", phrase)
    rest = re.sub(r"[《〈][^《》〈〉]+[》〉]|[和及与、,，\s]", "", fold(phrase))
    if quoted and not rest:
        return quoted
    return [clean(phrase)]


_ADDRESSEE_PART = re.compile(r"(?:各|有关|直属|所属).*|.*(?:政府|单位|部门|部委|机构|处室|局|委|办|处|会|公司|企业|学校|校|中心|街道|乡镇|镇|乡|村|社区|院|所|站|队|厅|室|部|区|[农林牧渔]场|工作组|专班)(?:\(.*\))?")


# a national body among a notice's ministries, named by an ending no local organ has (人民银行, 海关总署, 中国科协)
_NATIONAL_BODY = re.compile(r".{1,8}(?:银行|总署|科协|侨联|妇联|总工会|贸促会)")


# a bare level, or an autonomous one (各县、自治县、区(市)人民政府)
_BARE_LEVEL = re.compile(r"(?:自治)?[省市州县区盟旗乡镇街]|中央")
# a zone's organ the places before it share (都拉塔口岸、那拉提景区管委会)
_ZONE_BOARD = re.compile(r".*(?:管委会|管理委员会)")


def is_addressee(line: Line) -> bool:
    """The addressees of a notice: 各乡镇人民政府、街道办事处，县级各部门："""
    f = line.fold.strip()
    if not re.search(r"[:：]$", f) or "。" in f or len(f) > 400 or numbered(line) or is_furniture(line):
        return False
    body = re.sub(r"\s+(?=\()", "", f[:-1])  # a copy's space before a name's bracket: 各县区人民政府 (管委会)
    if re.search(r"为|将|要|如下|以下|根据|按照|现将|责任|牵头|配合|协办|主办|提示", body):
        return False
    parts = [p for p in _split_outside_brackets(body) if p]
    if len(f) > 200 and not (len(parts) >= 20 and max(map(len, parts)) <= 12):
        return False  # longer than a line of addressees, unless a national notice's list of ministries (中央组织部、…、中国科协:)
    # bare levels sharing the organ of the part after them: 各市、州、县人民政府 (州 alone is a level), 各县、
    # 自治县、区(市)人民政府; and a place named bare before a zone's board it shares (都拉塔口岸、那拉提景区管委会)
    shared = [k for k, p in enumerate(parts) if k + 1 < len(parts) and (
              _BARE_LEVEL.fullmatch(p) and _ADDRESSEE_PART.fullmatch(parts[k + 1])
              or re.fullmatch(r"[\u4e00-\u9fff]{2,8}", p) and _ZONE_BOARD.fullmatch(parts[k + 1]))]
    return bool(parts) and all(k in shared or _ADDRESSEE_PART.fullmatch(p) or _NATIONAL_BODY.fullmatch(p) for k, p in enumerate(parts))


def _split_outside_brackets(s: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for c in s:
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and c in "、,，;； ":
            out.append(cur.strip())
            cur = ""
        else:
            cur += c
    out.append(cur.strip())
    return out


_ATTACHMENT = re.compile(r"^附\s*件\s*[:：]?\s*")


def attachment_list(lines: list[Line]) -> list[tuple[str, int]]:
    """(title, line) of the plans an 附件：1.… 2.… list names. The entries are numbered 1, 2, 3… in
    turn, so a title that starts with digits keeps them (3.12345热线… is entry 3, 12345热线…). The label may
    stand alone on its line, its entries one a line below it (附件: / 1.…分解表 / 2.…名单)."""
    out: list[tuple[str, int]] = []
    for k, ln in enumerate(lines):
        m = _ATTACHMENT.match(ln.fold)
        if not m:
            continue
        rest, no, j = ln.text[m.end():], ln.no, k
        if not ln.fold[m.end():].strip():
            j = next((x for x in range(k + 1, len(lines)) if not lines[x].blank), None)
            if j is None or not re.match(r"^\s*1\s*[.、．]", lines[j].fold):
                continue
            rest, no = lines[j].text, lines[j].no
        while True:
            n = len(out) + 1
            numbered_entry = re.match(rf"^\s*{n}\s*[.、．]\s*", fold(rest))
            title = rest[numbered_entry.end():] if numbered_entry else rest
            if not TITLE_END.search(nospace(fold(title))):
                break
            out.append((clean(title), no))
            j += 1
            while j < len(lines) and lines[j].blank:
                j += 1
            if not numbered_entry or j >= len(lines) or not re.match(rf"^\s*{n + 1}\s*[.、．]", lines[j].fold):
                break
            rest, no = lines[j].text, lines[j].no
        if out:
            return out
    return out

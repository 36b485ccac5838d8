"""The head of a text: its title block, a covering letter, its signature.

The head (the lines before a text's addressees or its first paragraph) holds the
document's title block, often among page furniture, metadata and the title
repeated (a page headline, a 标题 field, the title with its 文号 glued on). The
title block is the first title followed by its addressees, its body, its 附件 or its
文号 (a 文号 set between two titles is the lower one's, as 红头 documents set it);
the same title set twice in a row is one title; titles that repeat it are page
furniture. A text that opens with its addressees has no title of its own: its
covering letter runs to the date under its signature and the plan it sends follows
(its only title may be its entry in the letter's 附件 list). A page headline over the
end of a covering letter gives way to the plan's own title below the letter.

The signature above a letter's date names the sending body, one office a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .outline import chunk_starts, numbered, opens_duty_list
from .places import in_full, places
from .records import pipe_field, record_run
from .roles import is_clause_line
from .table_header import cells, column_of, header_block, is_header, is_table_line
from .text import CLOSING_FORMULA, DATE_LINE, DOC_NUMBER, DOC_NUMBER_AT, Line, doc_number_in, fold, is_date_line, is_furniture, is_org, metadata_label_only
from .titles import BODY_TITLE_END, TITLE_END, TITLE_WORD, Block, attachment_list, block_at, clean, glued_doc_number, is_addressee, named_plans, nospace, same_title, short_line, similarity


@dataclass
class Head:
    title: str
    lines: list[int]  # the title's line numbers (none for a text that opens with a table)
    last: int  # index of the title's last line
    covering: list[Line]  # a covering letter above the plan, when the text has no title of its own
    at: int | None = None  # the line a title shares with the body that runs on after it (a page chunk)
    lead: str = ""  # an untitled text's opening sentence, which may still name its place and year


def read_head(lines: list[Line], meta: dict, assigned: dict[int, str]) -> Head:
    """The text's title (assigned "title") and covering letter (assigned "notice"); the head's furniture,
    metadata and repeated titles are assigned too, its 文号 goes to meta."""
    chunked = _chunk_title(lines, assigned) or _file_title(lines, assigned) or _headline_over_one_line(lines, assigned) \
        or _numbered_piece(lines, assigned) or _repeated_headline_over_glued_opening(lines, assigned) \
        or _headline_over_numbered_senders(lines, assigned) or _glued_opening_below_labelled_card(lines, assigned)
    if chunked is not None:
        return chunked
    _site_of_shared_file(lines, assigned)
    _collection_head(lines, assigned)
    _posted_headline(lines, assigned)
    _file_notices(lines, assigned)
    _news_above_whole_text(lines, assigned)
    found = _title_block(lines, meta, assigned)
    block, covering = found.block, []
    if block is None and found.addressee is not None:
        covering = letter(lines, found.addressee) or _undated_letter(lines, found.addressee)
        block = _first_block(lines, lines.index(covering[-1]) + 1, assigned) if covering else None
        listed = attachment_list(covering)
        below = any(not ln.blank and not is_furniture(ln) for ln in lines[lines.index(covering[-1]) + 1:]) if covering else False
        if block is None and listed and below:
            # the plan's only title is its entry in the letter's 附件 list; its body follows the letter (a copy
            # that ends with the letter's date, or with page furniture below it such as the mark (此件公开发布),
            # holds no plan: the 附件 it names is not there)
            block = Block(listed[0][0], [listed[0][1]], lines.index(covering[-1]))
    elif block is not None:
        covering, block = _below_letter(lines, block, assigned)
        if not covering:
            block = _table_title_below(lines, block, assigned)
    for ln in covering:
        if not ln.blank and ln.no not in assigned:
            assigned[ln.no] = "notice"
    block = block or _title_field_set(lines, meta, assigned)
    if block is not None:
        head = Head(_share_kept(block.text, _tagline_off(lines, clean(block.text), block.nos)), block.nos, block.last, covering)
    elif covering and _lost_title(lines, covering, assigned):
        head = Head(clean(_lost_title(lines, covering, assigned)), [], lines.index(covering[-1]), covering)
    elif covering and not any(not ln.blank and ln.no not in assigned for ln in lines):
        head = Head(UNTITLED, [], lines.index(covering[-1]), covering)  # the letter alone: what it sends is not here
    elif covering and _cut_title_below(lines, covering, assigned):
        # the copy ends inside the title of the plan the letter sends (…武漢市人民政府 / 2024年1月26日 /
        # 2024年市《政府工作報告》目標任): no title the copy holds whole; the letter alone is there
        head = Head(UNTITLED, [], lines.index(covering[-1]), covering)
    else:
        head = _fallback_title(lines, assigned)
    for no in head.lines:
        assigned[no] = "title"
    return head


# a news copy's line announcing the document's whole text below it (全文如下:, 以下为原文如下:, 文件全文如下:, or
# pointing down to it: 原文见下:)
_WHOLE_TEXT_BELOW = re.compile(r"(?:以下为|下面是)?(?:文件|通知)?(?:全文|原文)(?:如下|见下)\s*[:：]")


def _news_above_whole_text(lines: list[Line], assigned: dict[int, str]) -> None:
    """A news page's headlines, related links and lead over its line announcing the whole text (全文如下:), a title
    block right below that line, within the copy's first lines: the lines above it are the page's, none a title
    (a related link cut at 的 glued to the headline under it would read as one)."""
    seen = 0
    for j, ln in enumerate(lines):
        if ln.blank:
            continue
        seen += 1
        if seen > 15 or numbered(ln) or ln.no in assigned and assigned[ln.no] == "title":
            return
        if not _WHOLE_TEXT_BELOW.fullmatch(ln.fold.strip()):
            continue
        below = next((i for i in range(j + 1, len(lines)) if not lines[i].blank), None)
        found = block_at(lines, below) if below is not None else None
        if found is None or not TITLE_END.search(nospace(fold(clean(found.text)))):
            return
        for x in lines[: j + 1]:
            if not x.blank:
                assigned.setdefault(x.no, "furniture")
        return


def _cut_title_below(lines: list[Line], covering: list[Line], assigned: dict[int, str]) -> bool:
    """Below a signed letter, one line of text left, the copy's last, that ends in no word a title ends in
    (2024年市《政府工作報告》目標任): the title of the plan the letter sends, cut by the copy's end (furniture)."""
    rest = [ln for ln in lines[lines.index(covering[-1]) + 1:] if not ln.blank and ln.no not in assigned]
    if len(rest) != 1 or rest[0] is not next(ln for ln in reversed(lines) if not ln.blank):
        return False
    if TITLE_END.search(rest[0].fold.strip()) or not re.search(r"\d{4}\s*年|《", rest[0].fold):
        return False
    assigned[rest[0].no] = "furniture"
    return True


# a model-text site's label over the first text of its collection: 第一篇:湖南省人民政府办公厅文件
_FIRST_PIECE = re.compile(r"\s*第\s*[一1]\s*篇\s*[:：]"
                          # or numbered behind the word: 篇1:教育部2012年工作要点 (the site's heading of its first piece)
                          r"|\s*篇\s*[1１一]\s*[:：]"
                          # or its heading of the first piece, numbered behind: 2023年“安全生产月”活动方案 篇1
                          r"|[^。,，;；:：]{4,60}?\s*[(（]?篇\s*[1１一][)）]?\s*$"
                          # or that heading with the piece's text glued on after a space: 宗教治理工作方案篇1 我镇…
                          r"|[^。,，;；:：\s]{4,60}?篇\s*[1１一]\s+(?=[\u4e00-\u9fff])"
                          # or the site's label of its first 范文, alone on its line: 对口支援帮扶计划范文第1篇
                          r"|[^。,，;；:：]{2,60}?范文\s*第\s*[1１一]\s*篇\s*$"
                          # or the site's heading of its first piece with 第一篇 in brackets behind, alone on its line:
                          # 矛盾纠纷多元化解机制方案的制定【第一篇】
                          r"|[^。,，;；:：]{2,60}?[【\[(（]\s*第\s*[1１一]\s*篇\s*[】\])）]\s*$"
                          # or its label of the first piece in lenticular brackets, alone on its line: 【篇一】, 【第一篇】
                          r"|\s*[【\[]\s*(?:篇\s*[一1１]|第\s*[一1１]\s*篇)\s*[】\]]\s*$")


# a collection's headline naming the page of it the copy shows: …汇编-15篇(第11/20页)
_PAGED_COLLECTION = re.compile(r"\d+\s*篇\s*[(（]\s*第\s*\d+\s*/\s*\d+\s*页\s*[)）]\s*$")
# the first piece's heading numbered in brackets behind (农村人居环境整治工作计划(一)), under a blurb that counts the
# collection's pieces (下面是关于农村人居环境整治工作计划5篇,希望对您有所帮助)
_FIRST_PIECE_BRACKETED = re.compile(r"[^。,，;；:：]{4,60}?\s*[(（]\s*[一1１]\s*[)）]\s*$")
_PIECES_COUNTED = re.compile(r"\d+\s*篇")
# a collection's headline counting its pieces behind its name (乡镇秋冬季新冠肺炎疫情防控方案2篇)
_COUNTED_HEADLINE = re.compile(r"([^。,，;；:：]{4,60}?)\s*\d+\s*篇")


def _headline_numbered(text: str, above: list[str]) -> bool:
    """乡村治理工作方案1 under 乡村治理工作方案 set alone above it: a collection's headline numbering its first piece."""
    m = re.fullmatch(r"\s*([^。,，;；:：]{4,60}?)\s*[1１]\s*", text)
    return m is not None and any("".join(a.split()) == "".join(m.group(1).split()) for a in above)


def _collection_head(lines: list[Line], assigned: dict[int, str]) -> None:
    """A model-text site's page collecting several texts (its headline, date, blurb, then 第一篇:X over the first
    text, the first piece's heading X 篇1 under the collection's X(通用20篇), or X(一) under a blurb counting its
    N篇): the lines down to that label are
    the site's, the first text's own title block comes below it (none where the piece opens with its text)."""
    shown = [k for k, ln in enumerate(lines[:40]) if not ln.blank][:12]
    at = next((k for k in shown if _FIRST_PIECE.match(lines[k].fold)), None)
    if at is None:
        at = next((k for n, k in enumerate(shown) if _FIRST_PIECE_BRACKETED.fullmatch(lines[k].fold)
                   and any(_PIECES_COUNTED.search(lines[j].fold) for j in shown[:n])), None)
    if at is None and shown and _PAGED_COLLECTION.search(lines[shown[0]].fold):
        at = shown[0]  # the collection's headline with the page shown: 2022年…预案汇编-15篇(第11/20页)
    if at is None and len(shown) > 1 and (counted := _COUNTED_HEADLINE.fullmatch(lines[shown[0]].fold.strip())) \
            and re.match(re.escape(counted.group(1)) + r"\s*[1１]\s+\S", lines[shown[1]].fold.strip()):
        at = shown[1]  # X2篇 over "X 1 为进一步…": the first piece's heading numbered behind, its text glued on
    if at is None:
        # the first piece's heading as the collection's headline with a bare 1 behind it (乡村治理工作方案1), that
        # headline standing alone on a line above
        at = next((k for n, k in enumerate(shown) if _headline_numbered(lines[k].fold, [lines[j].fold for j in shown[:n]])),
                  None)
    if at is None:
        return
    for ln in lines[: at + 1]:
        if not ln.blank:
            assigned.setdefault(ln.no, "furniture")


# a model-text site's line under its headline giving when a user posted the piece (更新时间:2023-08 来源:网友投稿)
_POSTED = re.compile(r"(?:更新时间|发布时间|发表时间|时间)\s*[:：]\s*\d{4}-\d{1,2}[^\n]{0,30}?来源\s*[:：]\s*网友投稿")


def _posted_headline(lines: list[Line], assigned: dict[int, str]) -> None:
    """A model-text site's headline over its line of when a user posted the piece (关于某镇…实施方案 / 更新时间:2023-08
    来源:网友投稿), the headline not set again over the text below: both lines are the site's, the text under them opens
    with its body (no title of its own in the copy)."""
    shown = [k for k, ln in enumerate(lines[:40]) if not ln.blank][:14]
    if len(shown) < 3 or not _POSTED.match(lines[shown[1]].fold.strip()):
        return
    headline = "".join(lines[shown[0]].fold.split())
    if any(headline in "".join(lines[k].fold.split()) for k in shown[2:]):
        return  # the headline set again over the text: the text's own title there
    for k in shown[:2]:
        assigned.setdefault(lines[k].no, "furniture")


# a model-text site's collection: its contents (目录 : / 1.X / 2.Y …) above the first piece, whose heading carries the
# piece's number behind it (市科学技术局2024年度工作计划1:)
_CONTENTS = re.compile(r"目\s*录\s*[:：]?")
_NUMBERED_PIECE = re.compile(rf"([^。,，;；:：]{{4,60}}?{TITLE_WORD})\s*[1１]\s*[:：]")


def _numbered_piece(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """The first piece of a model-text site's collection, under the collection's headlines and its contents list:
    the piece's heading with its number behind (X1:) is the title, the lines above it are the site's (the
    contents' entries are no items of the text)."""
    shown = [k for k, ln in enumerate(lines[:40]) if not ln.blank]
    contents = next((k for k in shown if _CONTENTS.fullmatch(lines[k].fold.strip())), None)
    if contents is None:
        return None
    at = next((k for k in shown if k > contents and _NUMBERED_PIECE.fullmatch(lines[k].fold.strip())), None)
    if at is None or not all(numbered(lines[k]) for k in shown if contents < k < at):
        return None
    for above in lines[:at]:
        if not above.blank:
            assigned.setdefault(above.no, "furniture")
    title = _NUMBERED_PIECE.fullmatch(lines[at].fold.strip()).group(1)
    return Head(clean(lines[at].text.strip()[: len(title)]), [lines[at].no], at, [])


# a body named with a bare level behind a dash (…政府工作报告责任分工-市交通运输局): the share of a plan that body
# holds — a site names itself in full (…-临沂市人民政府) or by a brand (…-某某官网第一品牌), never by a bare level
_SHARE_TAIL = re.compile(r"\s*[-—–－]\s*([省市区县](?!场)[\u4e00-\u9fff]{1,12}(?:局|委|办|厅|中心))$")


def _share_kept(text: str, title: str) -> str:
    """The title with the body whose share it is kept behind its dash, where cleaning took it for a tagline."""
    flat = "".join(text.split())
    m = _SHARE_TAIL.search(flat)
    if m and flat[: m.start()] == "".join(title.split()):
        return title + "-" + m.group(1)
    return title


def _tagline_off(lines: list[Line], title: str, nos: list[int]) -> str:
    """The title less a site's tagline a mirror glued in front of it where the copy also sets that tagline alone on
    a line above (…投注网站@ / …投注网站@印发东洲区…实施方案的通知): the tagline is the mirror's, not the title's."""
    first = next((k for k, ln in enumerate(lines) if nos and ln.no == nos[0]), None)
    if first is None:
        return title
    flat = "".join(title.split())
    for ln in lines[:first]:
        tag = "".join(ln.text.split())
        # a sender above its title (青海省安全生产委员会 / 青海省安全生产委员会2020年工作要点) is the title's own
        if len(tag) >= 8 and flat.startswith(tag) and len(flat) - len(tag) >= 8 and not is_org(tag) \
                and TITLE_END.search(fold(flat[len(tag):])) and _SENDER_SLOT_LEFT.match(fold(flat[len(tag):])):
            return flat[len(tag):]
    return title


# what a tagline standing for the sender and its 关于 leaves of a notice's title (…投注网站@印发东洲区…的通知); a tagline
# followed by the rest of a name (皇冠体育平台,皇冠体育app市人民政府办公室关于…: it stands for the place) is the title's, as written
_SENDER_SLOT_LEFT = re.compile(r"关于|印发|转发")


# the sending sentence of a covering letter naming one plan: 现将《X》印发给你们 / 《X》已经…同意,现印发给你们
_SENDS_ONE = re.compile(r"《([^《》]{4,80})》.{0,30}?印发")


def _lost_title(lines: list[Line], covering: list[Line], assigned: dict[int, str]) -> str | None:
    """The plan a covering letter sends, named once in 《》, where the copy lost the plan's own title: the first line
    below the letter is its opening paragraph (a sentence ending in 。, no title and no numbered item). Else None."""
    names = {m.group(1) for ln in covering if not ln.blank for m in _SENDS_ONE.finditer(ln.fold)}
    if len(names) != 1 or not BODY_TITLE_END.search(next(iter(names))):
        return None
    below = next((ln for ln in lines[lines.index(covering[-1]) + 1:] if not ln.blank and ln.no not in assigned), None)
    if below is None or numbered(below) or not below.fold.rstrip().endswith("。") or len(below.fold) < 40:
        return None
    return next(iter(names))


# a sharing site's file name: 《嘉兴市…实施方案.docx》由会员分享…, or a headline 2021年…分解表.docx
_FILE_NAME = re.compile(r"《(.+?)\.(?:docx?|pdf|wps|pptx?|xlsx?)》|^(.+?)\.(?:docx?|pdf|wps|pptx?|xlsx?)$")


def _chunk_title(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A document-sharing copy in page chunks (1、… 2、…) opens its first chunk with the document's title,
    glued to the text after it: the file name the site shows above (its 《》 dropped), or else the chunk's
    words up to the first word a title ends in. The lines above the chunk are the site's."""
    chunks = chunk_starts(lines)
    if not chunks:
        return None
    k = next(i for i, ln in enumerate(lines) if ln.no in chunks)
    ln = lines[k]
    text, f = ln.text[chunks[ln.no]:], ln.fold[chunks[ln.no]:]
    names = [m.group(1) or m.group(2) for above in lines[:k] for m in _FILE_NAME.finditer(above.fold)]
    title = next((text[: len(n)] for n in (re.sub(r"[《》〈〉]", "", n) for n in names) if n and f.startswith(n)), None)
    if title is not None:
        title = _own_title_after_file_name(text, f, title) or title
    if title is None:
        # a printed head's masthead and 文号 glued in front of the notice's title (中华全国总工会文件总工发〔2015〕10号
        # 中华全国总工会关于印发《…规划(2015—2019年)》的通知各省…): no part of it; a title word inside the 《》 of the
        # plan the notice sends ends no title, its own end word after the 》 does
        head = _MASTHEAD.match(f)
        start = head.end() if head and "关于" in f[head.end(): head.end() + 40] else 0
        m = re.match(rf"[^。,，;；:：]{{4,58}}?{TITLE_WORD}", f[start:])
        if m and start and m.group(0).count("《") > m.group(0).count("》"):
            m = re.match(r"[^。,，;；:：]{4,120}?》\s*的\s*(?:通知|意见|决定|通报)", f[start:]) or m
        title = text[start: start + m.end()] if m and not numbered(Line(0, text, f)) else None
    if not title:
        return None
    return _opening_title(lines, k, title, assigned)


def _own_title_after_file_name(text: str, f: str, name: str) -> str | None:
    """A page chunk that opens with the site's file name, then a space and the document's own title in much the same
    words, reordered or reworded by the site's text layer (2022年XX县城乡环境综合整治工作要点 XX县城乡环境综合整治2022年
    工作要点 为…; 2022市食品安全重点工作安排的通知 市食品平安重点工作支配的通知各区政府,…): the own title, as the text
    writes it; None where the chunk runs on from the file name into the text."""
    m = re.match(rf"\s+([^。,，;；:：\s]{{6,58}}?{TITLE_WORD})", f[len(name):])
    if not m:
        return None
    own = m.group(1)
    left = list(name)
    shared = 0
    for c in own:
        if c in left:
            left.remove(c)
            shared += 1
    if shared * 4 < len(own) * 3 or own == name:
        return None
    start = len(name) + m.start(1)
    return text[start: start + len(own)]


def _file_title(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A sharing site's file name on a line of its own (镇2023年政府工作要点2.docx) over a text that opens
    with that name glued to its first words (镇2023年政府工作要点2023年,是我镇…): the name is the title there,
    without the copy number the site put behind its title word (2). The lines above are the site's."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank][:6]
    if len(shown) >= 2 and _file_name_over_run_on(lines, shown[0]):
        assigned[lines[shown[0]].no] = "furniture"
        b = shown[1]
        return Head(clean(_run_on_title(lines[b])), [lines[b].no], b, [])
    carded = _file_card_over_one_line(lines, assigned)
    if carded is not None:
        return carded
    for a, b in zip(shown, shown[1:]):
        m = _FILE_NAME.fullmatch(lines[a].fold.strip())
        name = re.sub(r"[《》〈〉]", "", (m.group(2) or "") if m else "")
        if not name:
            continue
        bare = re.sub(rf"(?<={TITLE_WORD})\d{{1,2}}$", "", name)
        # the file's place in a list of files (17.…政策清单.docx) is no part of its name
        bare = re.sub(r"^\d{1,3}[.、．]\s*(?=\S)", "", bare)
        ln = lines[b]
        end = _spaced_prefix(ln.fold, bare)
        if end is None:
            end = _reworded_prefix(ln.fold, bare)
        if end is None or end >= len(ln.fold.rstrip()):
            continue
        return _opening_title(lines, b, ln.text[:end], assigned)
    return None


def _reworded_prefix(f: str, name: str) -> int | None:
    """Where `f` ends an opening as long as `name` that differs from it in a word or two only, its first words and its
    title word the same: a sharing site's text layer that rewrites words of the document (XX区自建房平安专项整治工作方案为…
    under the file name XX区自建房安全专项整治工作方案.docx), the title as the text writes it. None otherwise."""
    name = re.sub(r"\s+", "", name)
    n = len(name)
    if n < 10 or len(f) <= n or not re.search(rf"{TITLE_WORD}$", name):
        return None
    head = f[:n]
    if head[:2] != name[:2] or head[-2:] != name[-2:] or re.search(r"\s", head):
        return None
    return n if sum(a != b for a, b in zip(head, name)) <= 2 else None


# a file card's labelled entries and its button (上传人:Le****97, 编号:928920, 下载文档)
_CARD_FIELD = re.compile(r"(?:上传人|上传者|编号|文档编号|页数|大小|格式|下载次数|浏览次数)\s*[:：]\s*\S{1,16}|(?:立即)?下载(?:文档|本文档)?|在线阅读")
# the site's first page number glued in front of a copy flattened onto one line (1、某市…行动计划(2021-2022年)为提高…)
_FIRST_CHUNK = re.compile(r"1\s*[、.．]\s*(?=[^\d\s])")


def _file_card_over_one_line(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A sharing site's file name on a line of its own (…行动计划方案(2021-2022年)(18页).docx), its file card below
    it one entry a line (下载文档 / 上传人:… / 编号:… / 2024-05-20 / 18页 / 33.20KB), over the whole document
    flattened onto one line, the site's page numbers glued in (1、 before the title, 2、 3、 further on): the
    document's own title opens that line behind the 1、, glued to its text; the file name and card are the site's."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank][:12]
    if len(shown) < 4 or not _FILE_NAME.fullmatch(lines[shown[0]].fold.strip()):
        return None
    n = 1
    while n < len(shown) and len(lines[shown[n]].fold.strip()) <= 16 and \
            (_CARD_ENTRY.fullmatch(lines[shown[n]].fold.strip()) or _CARD_FIELD.fullmatch(lines[shown[n]].fold.strip())):
        n += 1
    entries = [lines[k].fold.strip() for k in shown[1:n]]
    if n == len(shown) or sum(bool(_CARD_ENTRY.fullmatch(e)) for e in entries) < 2:
        return None
    k = shown[n]
    ln = lines[k]
    m = _FIRST_CHUNK.match(ln.fold)
    if m is None:
        return None
    title = _one_line_title(Line(ln.no, ln.text[m.end():], ln.fold[m.end():]))
    return _opening_title(lines, k, title, assigned) if title else None


def _spaced_prefix(f: str, name: str) -> int | None:
    """Where `f` ends the words of `name` it opens with, spaces a PDF's layout put between them left aside
    (内蒙古自治区 2023 年坚持…清单 for 内蒙古自治区2023年坚持…清单), or None."""
    name = re.sub(r"\s+", "", name)
    i = 0
    for k, c in enumerate(f):
        if i == len(name):
            return k
        if c.isspace():
            if i == 0:
                return None
            continue
        if c != name[i]:
            return None
        i += 1
    return len(f) if i == len(name) else None


# an uploader's note behind a file's name (…工作方案供参考, …供借鉴)
_UPLOADERS_NOTE = re.compile(r"(?:仅)?供(?:参考|借鉴|学习参考)$")
# a sharing site's page previews and its note under them (X_第1页, 第1页/共3页, 亲,该文档总共3页,全部预览完了…)
_PREVIEW_NOTE = re.compile(r"第\d+页|文档总共\d+页|全部预览完了|资源描述")


def _headline_over_one_line(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A sharing site's headline (在精神文明创建活动中…的实施方案) over a whole document flattened onto one line
    that opens with the same words glued to its text (…的实施方案按照市、县委文明办工作要求,…): the document's
    own title is there, the headline and the lines between (a tag line) are the site's."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank][:4]
    if len(shown) < 2:
        return None
    head = nospace(lines[shown[0]].fold)
    for b in shown[1:]:
        title = _one_line_title(lines[b])
        if title and len(head) >= 8 and nospace(fold(title)) == head:
            return _opening_title(lines, b, title, assigned)
    # …or further down, below the sharing site's file card and its page previews (上传人:… 文档编号:… / 返回 下载 相关
    # 举报 / X_第1页 / 第1页 / 共3页 / 亲,该文档总共3页,全部预览完了… / 资源描述), the headline the uploader's file name
    # with a note of its own behind (…工作方案供参考): the document's own title is the one its text opens with
    shown = [k for k, ln in enumerate(lines) if not ln.blank][:16]
    bare = _UPLOADERS_NOTE.sub("", head)
    for n, b in enumerate(shown[1:], 1):
        f = nospace(lines[b].fold)
        if not f.startswith(head) and _QUOTES.sub("", f).startswith(head) and len(head) >= 8:
            # the text's title with its quotes (督察“回头看”反馈意见…) under a file name that dropped them
            title = _one_line_title(lines[b])
            if title and n >= 3 and _QUOTES.sub("", nospace(fold(title))).startswith(bare) \
                    and any(_CARD_FIELD.search(nospace(lines[k].fold)) for k in shown[1:n]):
                return _opening_title(lines, b, title, assigned)
            return None
        if f.startswith(head) and re.fullmatch(r"[_\-]?第\d+页", f[len(head):]):
            continue  # a page preview's caption
        if not f.startswith(head):
            if not (len(f) <= 12 or _CARD_FIELD.search(f) or f.startswith(bare) or _PREVIEW_NOTE.search(f)):
                return None
            continue
        title = _one_line_title(lines[b])
        if title and len(bare) >= 8 and nospace(fold(title)) == bare and n >= 3 \
                and any(_CARD_FIELD.search(nospace(lines[k].fold)) for k in shown[1:n]):
            return _opening_title(lines, b, title, assigned)
        return None
    return None


_QUOTES = re.compile(r"[“”\"「」『』‘’']")
# a sharing site's badge behind a file's name in its headline (…的决定VIP免费)
_SITE_BADGE = re.compile(r"(?:VIP|vip)?(?:免费|专享|专免|精品)?$")
# a preview's page counter under its caption (1/9)
_PAGE_COUNTER = re.compile(r"\d{1,3}/\d{1,3}")
# a 文号 opening the text, a mark before it (★西发〔2012〕11号), and the senders right after it, up to the title's 关于
_NUMBERED_SENDERS = re.compile(r"^[★☆]?\s*[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号\s*((?:中共)?[\u4e00-\u9fff]{2,30}?(?:委|政府|办公室|厅|局))$")


def _headline_over_numbered_senders(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A sharing site's headline, the file's name with the site's badge behind it (关于…的决定VIP免费), over its page
    previews (关于…的决定_第1页 / 1/9) and a whole document flattened onto one line that opens with its 文号 and its
    senders glued to that name (★西发〔2012〕11号中共某县委某县人民政府关于…的决定(2012年4月28日)—1—…): the document's
    own title is the senders and the name, as that line writes them; the lines above are the site's."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank][:20]
    head = None
    for n, k in enumerate(shown):
        f = nospace(lines[k].fold)
        if head is None:
            bare = _SITE_BADGE.sub("", f)
            if bare != f and 8 <= len(bare) <= 60 and re.search(rf"{TITLE_WORD}$", bare):
                head = bare
            continue
        if f.startswith(head) and re.fullmatch(r"[_\-]?第\d+页", f[len(head):]) or _PAGE_COUNTER.fullmatch(f):
            continue
        at = f.find(head)
        m = _NUMBERED_SENDERS.match(f[:at]) if at > 0 else None
        if not m:
            return None
        text, seen, start, end = lines[k].text, 0, None, None
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            if seen == at - len(m.group(1)):
                start = i if start is None else start
            seen += 1
            if seen == at + len(head):
                end = i + 1
                break
        if start is None or end is None:
            return None
        return _opening_title(lines, k, text[start:end], assigned)
    return None
def _glued_opening_below_labelled_card(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A document site's page whose file card of labelled entries (- 格式:doc / - 大小:26.50 KB / - 文档页数:6) sits
    under the uploader's name for the file (xx镇实施“乡村文明行动”责任分工), the document's text below it opening with
    its own title glued to its first words (…综合治理工作方案XX镇2021年…为实现…,制定本方案。): the title is up to the
    first word a plan's title ends in, as written there; the lines above are the site's."""
    k = _below_labelled_card(lines)
    if k is None:
        return None
    f = lines[k].fold
    m = _ONE_LINE_TITLE.match(f)
    if not m or _TITLE_GOES_ON.match(f, m.end()) or not re.match(r"[\u4e00-\u9fffXx]", f[m.end():m.end() + 1]) \
            or not f.rstrip().endswith("。") or numbered(lines[k]) or len(f) != len(lines[k].text):
        return None
    return _opening_title(lines, k, lines[k].text[:m.end()], assigned)


# a sharing site's blurb naming the file without its extension (《委办公室政府办公室》由会员上传分享,免费在线阅读,…)
_SHARED_BLURB = re.compile(r"《([^《》]{2,60})》()由(?:会员|用户|网友)?上传分享")


def _repeated_headline_over_glued_opening(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A sharing site's page that sets the document's title alone on a line twice or more (its headline, its viewer's
    caption) over the document's opening paragraph, which starts with that title glued to its preamble (…专项行动方案
    为深入贯彻…): the document's own title is there, as the text writes it; the lines above are the site's."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank][:10]
    alone: dict[str, int] = {}
    for k in shown:
        f = nospace(lines[k].fold)
        if 8 <= len(f) <= 60 and re.search(rf"{TITLE_WORD}$", f):
            alone[f] = alone.get(f, 0) + 1
            continue
        head = next((h for h, n in alone.items() if n >= 2 and f.startswith(h) and len(f) >= len(h) + 20), None)
        if head is None:
            continue
        if not re.match(r"[\u4e00-\u9fff]", f[len(head):]) or not f.rstrip().endswith("。"):
            return None
        text, n, end = lines[k].text, 0, 0
        while n < len(head) and end < len(text):
            n += 0 if text[end].isspace() else 1
            end += 1
        return _opening_title(lines, k, text[:end], assigned)
    return None


def _site_of_shared_file(lines: list[Line], assigned: dict[int, str]) -> None:
    """A document-sharing site's page: its lines down to its blurb naming the file (《X.docx》由会员分享…),
    and the lines right below that only repeat the file's name (X.docx, X, “X”), are the site's, not the
    document's title; the document's own title block comes after them."""
    blurb = next((k for k, ln in enumerate(lines[:40]) if _FILE_NAME.search(ln.fold) and "《" in ln.fold
                  or _SHARED_BLURB.match(ln.fold.strip())), None)
    if blurb is None:
        k = _below_broken_name(lines)
        if k is None:
            k = _below_file_card(lines)
        if k is None:
            k = _below_preview_note(lines)
        if k is None:
            k = _below_labelled_card(lines)
        if k is None:
            return
    else:
        m = _FILE_NAME.search(lines[blurb].fold) or _SHARED_BLURB.match(lines[blurb].fold.strip())
        name = _QUOTES.sub("", m.group(1) or m.group(2) or "")
        k = blurb + 1
        while k < len(lines) and (lines[k].blank or _QUOTES.sub("", re.sub(r"\.(?:docx?|pdf|wps)$", "", lines[k].fold.strip())) == name):
            k += 1
        # the last of them the name alone (no extension, no quotes) right over the text's opening sentence, no title
        # of its own below: the document's title set under the site's file name, not a repeat of it
        last = next((j for j in range(k - 1, blurb, -1) if not lines[j].blank), None)
        if (last is not None and lines[last].fold.strip() == name and k < len(lines)
                and not TITLE_END.search(fold(clean(lines[k].text))) and not numbered(lines[k])):
            k = last
    for ln in lines[:k]:
        if not ln.blank:
            assigned.setdefault(ln.no, "furniture")


# a sharing site's notice on its files, numbered (and bulleted) as a list: 1. 1、下载文档前请自行甄别文档内容的完整性…,
# 2、"仅部分预览"的文档…, 3、如文档侵犯您的权益,请联系客服反馈…, 2. 本文档由用户上传,版权归属用户…; the files named
# 文件 or 资料 too (1. 部分包含数学公式或PPT动画的文件,查看预览时…, 1、部分资料下载需要金币…, 3、资料包下载后请先用软件解压…)
_FILE_NOTICE = re.compile(r"(?:[-•·]\s*)?(?:\d{1,2}\s*[.、．]\s*){1,2}(?=[^。]{0,60}?(?:文档|本站|文件|资料))"
                          r"(?=[^。]{0,60}?(?:下载|预览|上传|侵犯|侵权|版权|退款|客服))")


def _file_notices(lines: list[Line], assigned: dict[int, str]) -> None:
    """A document-sharing site's box of numbered notices on its files near the top of its page (1. 1、下载文档前请
    自行甄别… / 2. 2、"仅部分预览"的文档… / 3. 3、如文档侵犯您的权益…), two or more in a run (blank lines between): the
    site's, no items of the document (whose own title comes below them); so is the box's heading right above them, a
    short line ending in its colon (温馨提示:, 如果您无法下载资料,请参考说明:)."""
    shown = [k for k, ln in enumerate(lines[:30]) if not ln.blank]
    run: list[int] = []
    for n, k in enumerate([*shown, None]):
        if k is not None and _FILE_NOTICE.match(lines[k].fold.strip()):
            run.append(k)
            continue
        if len(run) >= 2:
            above = shown[n - len(run) - 1] if n - len(run) >= 1 else None
            if above is not None and re.fullmatch(r"[^。]{2,24}[:：]", lines[above].fold.strip()):
                run.insert(0, above)
            for j in run:
                assigned.setdefault(lines[j].no, "furniture")
        run = []


# a file card's entries: a size (29.51KB), a page count (24 页), a view count (999+), a date
_CARD_ENTRY = re.compile(r"[\d.]+\s*[KMG]B|\d{1,4}\s*页|\d{1,5}\+|\d{4}-\d{1,2}-\d{1,2}", re.I)


def _below_file_card(lines: list[Line]) -> int | None:
    """The index of the line that sets the page's first line again (spaces aside: 市教育局 2022 年工作要点, a PDF's
    spacing) below a sharing site's file card (VIP专免 / 2024-06-03 / 999+ / 29.51KB / 24 页 / 海报 / 侵权投诉): the
    document's own title under the site's headline; None where the lines between are no such card."""
    shown = [k for k, ln in enumerate(lines[:20]) if not ln.blank]
    if len(shown) < 3:
        return None
    first = re.sub(r"\s+", "", lines[shown[0]].fold)
    for n, k in enumerate(shown[1:12], 1):
        if re.sub(r"\s+", "", lines[k].fold) == first and len(first) >= 6:
            between = [lines[j].fold.strip() for j in shown[1:n]]
            if between and all(len(b) <= 12 for b in between) and sum(bool(_CARD_ENTRY.fullmatch(b)) for b in between) >= 2:
                return k
            return None
    return None


# a document site's file card set as labelled entries, one a line (- 格式:doc / - 大小:26.50 KB / - 文档页数:2)
_BULLETED_CARD_FIELD = re.compile(r"^[-•·]\s*(?:格式|大小|文档页数|页数)\s*[:：]\s*\S")


def _below_labelled_card(lines: list[Line]) -> int | None:
    """The index of the first line below a document site's file card of labelled entries (- 格式:doc / - 大小:26.50 KB /
    - 文档页数:2), two or more right under the page's first line (区府办信息公开报告, the uploader's name for the file):
    the document's own text comes there; None where the page opens otherwise."""
    shown = [k for k, ln in enumerate(lines[:20]) if not ln.blank]
    n = 1
    while n < len(shown) and _BULLETED_CARD_FIELD.match(lines[shown[n]].fold.strip()):
        n += 1
    return shown[n] if n >= 3 and n < len(shown) else None


# a document site's card under its headline (更新时间:2024-05-20 04:37:01 阅读量: 综合文库 文档下载) and its preview
# note (说明:文章内容仅供预览,部分内容可能不全。…)
_SITE_CARD = re.compile(r"更新时间\s*[:：].*阅读量")
_PREVIEW_NOTE = re.compile(r"说明\s*[:：].{0,12}(?:仅供预览|部分内容可能不全)")


def _below_preview_note(lines: list[Line]) -> int | None:
    """The index of the first line below a document site's preview note (说明:文章内容仅供预览…), itself under the
    site's headline (新农合市级统筹方案, the site's short name for the file) and its 更新时间 / 阅读量 card: the
    document's own title comes there; None where the page opens otherwise."""
    shown = [k for k, ln in enumerate(lines[:20]) if not ln.blank]
    for n, k in enumerate(shown[:5]):
        if _PREVIEW_NOTE.match(lines[k].fold.strip()):
            if n >= 2 and n + 1 < len(shown) and any(_SITE_CARD.search(lines[j].fold) for j in shown[1:n]):
                return shown[n + 1]
            return None
    return None


def _below_broken_name(lines: list[Line]) -> int | None:
    """The index of a line that a sharing site's file name, broken one word a line right above it
    (2023 / 经济技术 / 开发区 / 管委会 / 重点 / 工作), ends with (经济技术开发区管委会重点工作), or sets in
    another order (2023 / 年文广旅局 / 工作 / 谋划 over 文广旅局2023年工作谋划: the file's name with its year
    put first): the document's title under the site's lines; None where there is none among the first lines."""
    shown = [k for k, ln in enumerate(lines[:40]) if not ln.blank]
    for n, k in enumerate(shown):
        words = []
        for j in reversed(shown[:n]):
            if len(lines[j].fold.strip()) > 5:
                break
            words.insert(0, lines[j].fold.strip())
        title = lines[k].fold.strip()
        name = "".join(words)
        if len(words) >= 3 and len(title) >= 6 and (name.endswith(title) or sorted(name) == sorted(title)):
            return k
    return None


def _opening_title(lines: list[Line], k: int, title: str, assigned: dict[int, str]) -> Head:
    """The title a sharing site's text opens lines[k] with, glued to its first words; the lines above are
    the site's (furniture)."""
    for above in lines[:k]:
        if not above.blank:
            assigned.setdefault(above.no, "furniture")
    return Head(clean(title), [], k - 1, [], at=lines[k].no)


def letter(lines: list[Line], start: int) -> list[Line]:
    """A letter from index start to the date under its signature (within 60 lines, before any table:
    a date in a table's cell ends no letter), or []."""
    for k in range(start, min(len(lines), start + 60)):
        if is_table_line(lines[k]) or re.fullmatch(r"序\s*号", lines[k].fold):
            return []
        if is_date_line(lines[k]):
            return lines[start: k + 1]
    return []


def _undated_letter(lines: list[Line], start: int) -> list[Line]:
    """A letter a copy lost its signature and date from (各市、州、縣人民政府… / two paragraphs / 《政府工作報告》
    重點工作責任分解): the addressees and the paragraphs below them, up to a title block right after them
    (within 6 paragraphs, each a sentence's end), or []."""
    paragraphs = 0
    for k in range(start + 1, min(len(lines), start + 14)):
        ln = lines[k]
        if ln.blank or paragraphs and is_furniture(ln):
            continue  # (此件公开发布) under the letter's last paragraph: the page's mark, no line of the letter
        if block_at(lines, k) is not None:
            return lines[start:k] if paragraphs else []
        if paragraphs and CLOSING_FORMULA.fullmatch(ln.fold):
            # 特此通知 closing a letter whose date stands above it (宝府办's page: the date line, the 文号, the letter)
            return lines[start:k + 1] if block_at(lines, next((j for j in range(k + 1, len(lines)) if not lines[j].blank), k)) else []
        if len(ln.fold) < 20 or not ln.fold.rstrip().endswith("。"):
            return []
        paragraphs += 1
        if paragraphs > 6:
            return []
    return []


def _below_letter(lines: list[Line], block: Block, assigned: dict[int, str]) -> tuple[list[Line], Block]:
    """A page headline over the end of a covering letter, with the plan's own title below the
    letter's date: the letter's lines and that title block; else no letter and the block itself."""
    sent = letter(lines, block.last + 1)
    if not sent or sum(1 for ln in sent if not ln.blank) > 12:
        return [], block
    below = _first_block(lines, lines.index(sent[-1]) + 1, assigned)
    if below is None or not same_title(below.text, block.text):
        return [], block
    for no in block.nos:
        assigned[no] = "furniture"
    return sent, below


@dataclass
class _Title:
    block: Block | None = None
    addressee: int | None = None  # index of the addressee line when the text opens with it


@dataclass
class _Item:
    kind: str  # block, doc_number, repeat (a title with its 文号), attachment, addressee, date, body, other
    index: int
    block: Block | None = None


def _title_block(lines: list[Line], meta: dict, assigned: dict[int, str]) -> _Title:
    """The document's title block among the head's lines, or the addressees it opens with."""
    items = _head_items(lines, meta, assigned)
    blocks = [k for k, it in enumerate(items) if it.kind == "block"]
    if not blocks:
        # (a date line above the 文号 and the addressees: the date the page lost the title above)
        first = next((it for it in items if it.kind not in ("other", "doc_number", "repeat", "date")), None)
        return _Title(addressee=first.index if first is not None and first.kind == "addressee" else None)
    chosen = next((k for k in blocks if _followed_as_title(items, k)), blocks[0])
    chosen = _whole_above(items, blocks, chosen)
    title = items[chosen].block
    for k, it in enumerate(items):
        if k < chosen and it.kind == "block" or k > chosen and it.kind == "block" and same_title(it.block.text, title.text):
            for no in it.block.nos:  # a page headline repeating the title, or a masthead
                assigned[no] = "furniture"
        elif k < chosen and it.kind == "other":
            assigned.setdefault(lines[it.index].no, "unassigned")
    return _Title(block=title)


def _whole_above(items: list[_Item], blocks: list[int], chosen: int) -> int:
    """A block opening with a conjunction (和市政府工作报告重点工作责任分解) is no title of its own: a title's second
    half, printed below the whole title a copy set on one line above it (A / AB / B). The last block above that ends
    with it and holds more is the title."""
    tail = nospace(fold(items[chosen].block.text))
    if not re.match(r"[和及与并]", tail):
        return chosen
    whole = [k for k in blocks if k < chosen and len(nospace(fold(items[k].block.text))) > len(tail)
             and nospace(fold(items[k].block.text)).endswith(tail)]
    return whole[-1] if whole else chosen


def _head_items(lines: list[Line], meta: dict, assigned: dict[int, str]) -> list[_Item]:
    """The head's lines read in turn, up to the addressees or the body."""
    items: list[_Item] = []
    k, paragraphs = 0, 0
    while k < len(lines):
        ln = lines[k]
        # 名 称 | above 责任单位 | is a table's header, not a 名称 field and its value
        if metadata_label_only(ln) and not header_block(lines[k : k + 12])[0]:
            assigned[ln.no] = "meta"
            value = None if _empty_row(lines, k) else next((x for x in lines[k + 1: k + 4] if not x.blank), None)
            if value is not None and not re.match(r"(?:标\s*题|名\s*称)", ln.fold) and TITLE_END.search(_lone_cell(value).fold):
                value = None  # an empty field (文 号:) over the title, set as a row of one cell too (…任务台账 |)
            if value is not None and value.no not in assigned and not is_furniture(value):
                assigned[value.no] = "meta"
            k += 1
            continue
        if not items and _NUMBERED_HEADLINE.match(ln.fold) and TITLE_END.search(ln.fold):
            # 互政办函〔2023〕223号:某县人民政府办公室关于…的通知: the page's headline, its 文号 and title as a field
            assigned[ln.no] = "meta"
            k += 1
            continue
        if _field_pairs_row(ln):
            # 文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |: a metadata table's row of fields
            assigned[ln.no] = "meta"
            k += 1
            continue
        if _title_field_row(ln) or _label_value_under_fields(lines, k, assigned):
            # 标 题 | 区人民政府办公室关于印发…的通知 |: a metadata table's 标题 field, not the text's first table row
            assigned[ln.no] = "meta"
            k += 1
            continue
        if re.fullmatch(r"附\s*件\s*\d*\s*[:：|]?", ln.fold):
            items.append(_Item("attachment", k))
        if not ln.blank and ln.no not in assigned and pipe_field(ln) and pipe_field(ln)[1] is not None \
                and not re.match(r"附\s*件", ln.fold) and not record_run(lines[k : k + 60]):
            assigned[ln.no] = "meta"  # "编辑出版: | 某州人民政府办公室 |": a page's imprint as label | value rows
            k += 1
            continue
        if ln.blank or ln.no in assigned:
            k += 1
            continue
        if not items and re.fullmatch(r"[|｜\s]+", ln.fold):
            # a lone "|" a mirror leaves above the text (a layout cell copied empty): no table has begun
            assigned[ln.no] = "furniture"
            k += 1
            continue
        spilled = _spilled_cell(lines, k, assigned)
        if spilled:
            # 发布机构: | / 有效 / 区政府办公室 / | between a metadata table's pipe rows: the cell's value the copy
            # broke over lines, closed by its lone "|" — no title and no table
            for no in spilled:
                assigned[no] = "meta"
            assigned[ln.no] = "furniture"
            items = [it for it in items if lines[it.index].no not in spilled]
            k += 1
            continue
        if DOC_NUMBER.match(ln.fold):
            meta.setdefault("doc_number", doc_number_in(ln))
            assigned[ln.no] = "meta"
            items.append(_Item("doc_number", k))
            k += 1
            continue
        glued = glued_doc_number(ln)
        if glued:
            meta.setdefault("doc_number", glued[1])
            if not any(it.kind == "block" for it in items):
                # the title with its 文号 (…的通知 (粤府〔2021〕22号)) is the title line when no other comes first
                found = Block(glued[0], [ln.no], k)
                items.append(_Item("block", k, found))
            else:
                assigned[ln.no] = "meta"
                items.append(_Item("repeat", k))
            k += 1
            continue
        if _contact(lines, k):
            assigned[ln.no] = "furniture"  # the page's contact block (教学服务部: 0551-64652807)
            k += 1
            continue
        if is_addressee(ln):
            items.append(_Item("addressee", k))
            break
        if header_block(lines[k : k + 60])[0]:
            # a table's header written one label per line (序号 / 目标任务 / 牵头责任单位 / 计划完成时间…):
            # the body has begun; its labels are no title (计划… would join 牵头责任单位 to …完成情况)
            items.append(_Item("body", k))
            break
        if is_date_line(ln):
            items.append(_Item("date", k))
            if any(it.kind == "block" for it in items):
                break  # the date under a signature: the head is over
            k += 1  # a page's date above its title
            continue
        found = block_at(lines, k)
        if found:
            k, found = _past_repeats(lines, k, found, assigned)
            items.append(_Item("block", k, found))
            k = found.last + 1
            continue
        if numbered(ln) or is_table_line(ln) or not short_line(ln, 80):
            items.append(_Item("body", k))
            paragraphs += 0 if _ANNOUNCES.search(ln.fold) else 1  # 文件详情如下: announces the text below
            # a lead-in sentence (日前，某市印发《…》。全文如下：) may stand above the title
            if any(it.kind == "block" for it in items) or numbered(ln) or is_table_line(ln) \
                    or paragraphs >= 3 and not _announced_below(lines, k) and not _named_below(lines, k):
                break
            k += 1
            continue
        items.append(_Item("other", k))
        if [it.kind for it in items[-3:]] == ["other"] * 3:
            # three short lines in a row are a table's cells, one a line: the body has begun
            del items[-3:]
            items.append(_Item("body", k))
            if any(it.kind == "block" for it in items):
                break
        k += 1
    return items


# a news copy's line announcing the document below it (文件详情如下:, 全文如下:)
_ANNOUNCES = re.compile(r"如下\s*[:：]\s*$")
_PHONE = r"(?:\d{3,4}\s*[-—－]?\s*)?\d{7,8}"
_CONTACT = re.compile(rf"(?:[\u4e00-\u9fff]{{2,16}}\s*[:：]\s*)?{_PHONE}(?:\s*[,，、/]?\s*{_PHONE})*")


def _announced_below(lines: list[Line], k: int) -> bool:
    """A news copy's lead that runs on over several paragraphs (its summary of the document's points) down to
    its announcing line (原文如下:, line k or one of the next few) with a title block right below it: the lines
    down to there are still the lead."""
    for j in range(k, min(len(lines), k + 8)):
        ln = lines[j]
        if ln.blank:
            continue
        if _ANNOUNCES.search(ln.fold):
            below = next((i for i in range(j + 1, len(lines)) if not lines[i].blank), None)
            return below is not None and block_at(lines, below) is not None
        if numbered(ln) or is_table_line(ln):
            return False
    return False


def _named_below(lines: list[Line], k: int) -> bool:
    """A news copy's lead paragraph (line k) naming in 《》 the plan whose own title block stands right below it
    (近日,某市政府办公厅印发通知,公布《2025年政府工作报告目标任务分解清单》…。一起来了解。 / 2025年政府工作报告
    目标任务分解清单): the lead is over, the title is the head's."""
    names = re.findall(r"《([^《》]{4,60})》", lines[k].fold)
    if not names:
        return False
    below = next((i for i in range(k + 1, min(len(lines), k + 5)) if not lines[i].blank), None)
    if below is None:
        return False
    found = block_at(lines, below)
    return found is not None and any(same_title(clean(found.text), name) for name in names)


def _contact(lines: list[Line], k: int) -> bool:
    """A line of a page's contact block: a telephone number, with its label (教学服务部: 0551-64652807)
    or without (0551-64652805), or a label whose number is on the next line (学习成果认证服务部:)."""
    if _CONTACT.fullmatch(lines[k].fold.strip()):
        return True
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,16}\s*[:：]", lines[k].fold.strip()):
        return False
    nxt = next((ln for ln in lines[k + 1: k + 3] if not ln.blank), None)
    return nxt is not None and bool(_CONTACT.fullmatch(nxt.fold.strip()))


def _empty_row(lines: list[Line], k: int) -> bool:
    """"时效 |" under a metadata table's pipe rows (文号 | 宿政办发〔2025〕19号 | 关键词 | |): the table's last
    row, its value cell empty, not a label whose value is the next line (that is the title below the table)."""
    above = next((x for x in reversed(lines[:k]) if not x.blank), None)
    return lines[k].fold.rstrip().endswith("|") and above is not None and is_table_line(above)


def _title_field_row(ln: Line) -> bool:
    """A pipe row holding a 标题/名称 label and one value that ends as a title does (…的通知), not a
    column label: a page's metadata field (名 称 | above 责任单位 | is a table's header instead)."""
    if not is_table_line(ln):
        return False
    filled = [c for c in cells(ln) if c]
    return len(filled) == 2 and re.fullmatch(r"(?:文件|文档|公文)?(?:标\s*题|名\s*称)\s*[:：]?", filled[0]) is not None \
        and column_of(filled[1]) is None and TITLE_END.search(fold(filled[1])) is not None


_NUMBERED_HEADLINE = re.compile(rf"\s*{DOC_NUMBER_AT}\s*[:：]\s*\S")


def _label_value_under_fields(lines: list[Line], k: int, assigned: dict[int, str]) -> bool:
    """A pipe row of short labels and their values (索引号 | … | 公开目录: | 政务督查 |, 内容概述 | 2022年…的通报 |)
    right under a row of a page's metadata table: more of its fields, not the text's title."""
    ln = lines[k]
    above = next((x for x in reversed(lines[:k]) if not x.blank), None)
    if above is None or assigned.get(above.no) != "meta" or not is_table_line(ln):
        return False
    filled = [c.strip() for c in cells(ln) if c.strip()]
    labels = filled[0::2]  # 索引号 | … | 公开目录: | 政务督查 |: labels with their colon or without, each before its value
    if len(filled) == 4:  # the second label with its colon marks a row of fields, whatever the first one says
        return all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}[:：]?", x) for x in labels) and filled[2][-1] in ":："
    return len(filled) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", filled[0]) is not None and column_of(filled[1]) is None


def _spilled_cell(lines: list[Line], k: int, assigned: dict[int, str]) -> list[int]:
    """The lines of a metadata cell's value broken over lines, when line k is the lone "|" that closes it: above
    it, up to a pipe row ending in an open label ("发布机构: |"), only a few short lines with no pipe; below it, the
    metadata table's next pipe row ("主题分类: | 政务公开 |"). Their numbers, or [] (a lone "|" elsewhere)."""
    if not re.fullmatch(r"[|｜\s]+", lines[k].fold):
        return []
    below = next((x for x in lines[k + 1:] if not x.blank), None)
    if below is None or assigned.get(below.no) not in ("furniture", "meta") or not ("|" in below.text or "｜" in below.text):
        return []
    between: list[int] = []
    for j in range(k - 1, max(-1, k - 6), -1):
        x = lines[j]
        if x.blank:
            continue
        if "|" in x.text or "｜" in x.text:
            opened = re.search(r"[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,7}[:：]\s*[|｜]\s*$", x.fold)
            return between if opened and between and assigned.get(x.no) in ("furniture", "meta") else []
        if not short_line(x, 24) or numbered(x):
            return []
        between.append(x.no)
    return []


def _field_pairs_row(ln: Line) -> bool:
    """A pipe row of two or more fields side by side, each a label ending in its colon and the label's value,
    which any label may stand without: "发布机构: | 县政府办公室 | 有效性: |", "文件编号: | 发布机构: | 某局 |"."""
    if "|" not in ln.text and "｜" not in ln.text:
        return False
    filled = [c.strip() for c in ln.text.replace("｜", "|").split("|") if c.strip()]
    label = [bool(re.fullmatch(r"[\u4e00-\u9fff\s]{1,8}[:：]", c)) for c in filled]
    # a label opens the row, and no two values stand side by side (a value is its label's)
    return sum(label) >= 2 and label[0] and not any(not a and not b for a, b in zip(label, label[1:]))


def _past_repeats(lines: list[Line], k: int, found: Block, assigned: dict[int, str]) -> tuple[int, Block]:
    """The title block at index k, or the same title set again right below it (blank lines between
    only): a page's headline over the document's own title block. The last of them is the title
    (with its index); those above it are furniture."""
    while True:
        j = next((i for i in range(found.last + 1, len(lines)) if not lines[i].blank), None)
        if j is None or lines[j].no in assigned:
            return k, found
        again = block_at(lines, j) or _title_with_record(lines, j, found)
        repeat = _tail_again(lines, found, j)
        if repeat:
            for no in repeat:
                assigned[no] = "furniture"
            return k, found
        if again is None or clean(again.text) != clean(found.text):
            return k, found
        for no in found.nos:
            assigned[no] = "furniture"
        k, found = j, again


def _tail_again(lines: list[Line], found: Block, j: int) -> list[int]:
    """A title set over three lines or more (山东省人民政府办公厅 / 转发省人力资源社会保障厅等部门 / 关于做好2010年普通高校
    毕业生 / 就业工作的意见的通知) with its last lines printed again right below it from index j, no blank line between
    (a layout's repeat, then its 文号): the repeat's line numbers (no title of its own; the whole title above is the
    title), or none."""
    if len(found.nos) < 3 or lines[j].no != found.nos[-1] + 1:
        return []
    whole = nospace(fold(clean(found.text)))
    part, nos = "", []
    for ln in lines[j: j + len(found.nos) - 1]:
        if ln.blank:
            break
        part, nos = part + nospace(ln.fold), nos + [ln.no]
        if len(part) >= 10 and len(whole) > len(part) and whole.endswith(part) and TITLE_END.search(part):
            return nos
    return []


def _title_with_record(lines: list[Line], j: int, found: Block) -> Block | None:
    """The title set again at the head of a law database's record of the document, its fields glued behind it
    (…的通知【法规类别】卫生综合规定【发文字号】…): that setting of the title, the record's line its block."""
    title = nospace(fold(clean(found.text)))
    f = lines[j].fold
    m = re.match(r"\s*" + r"\s*".join(map(re.escape, title)) + r"(?=\s*【[\u4e00-\u9fff]{2,6}】)", f)
    return Block(lines[j].text[: m.end()].strip(), [lines[j].no], j) if m else None


def _table_title_below(lines: list[Line], block: Block, assigned: dict[int, str]) -> Block:
    """A page headline over the same title copied as a table's first cell a few lines below ("岳阳楼区…完成情况表 |",
    under the page's source and date lines): the cell is the table's own title, the headline furniture."""
    below = [k for k in range(block.last + 1, len(lines)) if not lines[k].blank][:5]
    for k in below:
        filled = [c for c in cells(lines[k]) if c] if is_table_line(lines[k]) else []
        if len(filled) == 1 and clean(filled[0]) == clean(block.text):
            for no in block.nos:
                assigned[no] = "furniture"
            return Block(filled[0], [lines[k].no], k)
    return block


def _followed_as_title(items: list[_Item], k: int) -> bool:
    """Whether the title block items[k] is followed by what follows a document's title: its
    addressees, its body, its signature date, its 附件, the plan it issues, or its 文号 (when no
    other title follows the 文号: that one would be the 文号's own)."""
    j = k + 1
    while j < len(items) and items[j].kind in ("other", "repeat"):
        j += 1
    if j == len(items):
        return True
    nxt = items[j]
    if nxt.kind == "attachment" and j + 1 < len(items) and items[j + 1].kind == "block" \
            and similarity(clean(items[j + 1].block.text), clean(items[k].block.text)) >= 0.6:
        return False  # a page's headline over an 附件 label and the attachment's own title, much the same words
    if nxt.kind == "doc_number":
        j += 1
        while j < len(items) and items[j].kind in ("other", "repeat", "doc_number"):
            j += 1
        return j == len(items) or items[j].kind != "block"
    if nxt.kind == "block":
        if same_title(nxt.block.text, items[k].block.text):
            return False  # a page headline, then the document's own title block set over lines
        return any(similarity(clean(nxt.block.text), t) >= 0.6 for t in named_plans(clean(items[k].block.text)))
    return True


def _title_field_set(lines: list[Line], meta: dict, assigned: dict[int, str]) -> Block | None:
    """With no title block: the line that sets the page's 标题 field's value again, alone (a title no title word
    ends: 张店区文化和旅游局2021年政府工作报告第二季度工作落实结果), rather than the first line of the page (its
    site's name)."""
    want = re.sub(r"\s+", "", meta.get("title_field") or "")
    if len(want) < 6:
        return None
    return next((Block(ln.text, [ln.no], k) for k, ln in enumerate(lines)
                 if ln.no not in assigned and re.sub(r"\s+", "", ln.fold) == want), None)


def _first_block(lines: list[Line], start: int, assigned: dict[int, str]) -> Block | None:
    """The title block at the first line from index start on that is no furniture."""
    for k in range(start, len(lines)):
        if not lines[k].blank and lines[k].no not in assigned:
            return block_at(lines, k)
    return None


UNTITLED = "（原文无标题）"


def _fallback_title(lines: list[Line], assigned: dict[int, str]) -> Head:
    """With no title block: the first line that is no furniture, as the text's title. A text that
    opens with a table's header (a page copied from its table on) has none: its header stays the
    table's, and the line above it, if any, stands for the title (with none, the plan starts at line 1);
    so has a text that opens with a label/value record (具体任务 / … / 责任单位 / …), with a
    numbered item (a page copied from the middle of its list: the item is a task), or with a line of an
    unnumbered duty list (市交委:负责…)."""
    annex = _annex_table_title(lines, assigned)
    if annex is not None:
        return annex
    for k, ln in enumerate(lines):
        if not ln.blank and ln.no not in assigned and re.search(r"[\u3400-\u9fff]", ln.text) and not _CARD_BULLET.match(ln.text):
            if _numbered_headline(lines, k, assigned):
                assigned[ln.no] = "furniture"  # the page's headline, no task: the plan starts below it
                return Head(UNTITLED, [], k, [])
            if header_block(lines[k : k + 60])[0] or record_run(lines[k : k + 60]) or _pipe_header(ln) or numbered(ln) \
                    or opens_duty_list([x for x in lines[k : k + 8] if not x.blank]):
                return Head(UNTITLED, [lines[k - 1].no] if k else [], k - 1, [])
            if _addressed(ln):  # a letter copied from its addressees on, its title only in the page's fields
                return Head(UNTITLED, [], k - 1, [])
            if is_clause_line(ln.text):
                # a page copied from inside its list, opening with the clause line of an item it lost (责任单位:省市场
                # 监管局、…): no title, and the clause no task (the plan starts below it)
                assigned[ln.no] = "furniture"
                return Head(UNTITLED, [], k, [])
            sent = _run_on_letter_title(ln)
            if sent:
                return Head(clean(sent), [], k - 1, [], at=ln.no)
            opening = _one_line_title(ln)
            if opening:
                return _opening_title(lines, k, opening, assigned)
            left_open = _title_left_open(lines, k)
            if left_open:
                return Head(clean(left_open[0]), left_open[1], k, [], at=ln.no)
            opened = _letter_points_opening(lines, k, assigned)
            if opened is not None:
                return opened
            title = clean(_run_on_title(_lone_cell(ln)))
            if (_SENTENCE.search(title) or _CLOSED_SENTENCE.search(title)) and not TITLE_END.search(fold(title)):
                notice = _notice_title_opening(ln)
                if notice:  # a notice's title running on into its addressees and text (…的通知各省人民政府:…)
                    return Head(clean(notice), [], k - 1, [], at=ln.no)
                named = _named_title_below(lines, k)
                if named is not None:
                    return named
                return Head(UNTITLED, [], k - 1, [], lead=title)  # a paragraph's sentence (为深入贯彻…, 2023年是…) is no title
            if not is_date_line(ln) and _headline_set_again(lines, k, assigned):
                # 体育局重点工作目标 as a model-text site's headline, then its stamp and blurb, then the same line as the
                # text's own title over its parts: a title, though no title word ends it (the lower setting is taken)
                return Head(title, [ln.no], k, [])
            if _BOX_CAPTION.match(fold(ln.text)):
                return Head(UNTITLED, [], k - 1, [])  # a 规划's box over its list of projects (专栏 13 …重大项目工程)
            if is_date_line(ln) or len(re.sub(r"\s+", "", title)) <= 12 and not re.search(TITLE_WORD, fold(title)):
                return Head(UNTITLED, [], k - 1, [])  # a date, a heading or a page's label (全文, 一级目录, 原则要求)
            if _KEYWORD_HEADLINE.fullmatch(fold(ln.text).strip()) and not TITLE_END.search(fold(title)) \
                    and not re.search(rf"{TITLE_WORD}$", fold(title).split()[-1]):
                # a site's headline of search phrases set side by side (扫黑除恶中存在的问题和整改措施 扫黑除恶工作中的
                # 不足), the last no plan's word: the questions the page answers, no title
                return Head(UNTITLED, [], k - 1, [])
            if _NEWS_HEADLINE.search(fold(title)) and not TITLE_END.search(fold(title)):
                return Head(UNTITLED, [], k - 1, [])  # a news headline (来啦!…出炉, 施政报告|…一文看清百大指标)
            if _MISDECODED_BRACKET.search(ln.text):
                # (吉林?。┘质袊窠?jīng)濟…綱要: a document site's headline whose bracketed prefix and the first words of
                # the name behind it a mirror mis-decoded (as it spells (二) ?。ǘ┩): the name is lost, no title
                assigned[ln.no] = "furniture"
                return Head(UNTITLED, [], k, [])
            if (cited := _CITED_HEADLINE.fullmatch(fold(title).strip())) and in_full(places(cited.group(1))) == [cited.group(1)]:
                # 湖北省《加快构建公共文化服务体系的意见》: a news site's headline naming the document it reprints, its
                # place before the title it shortens in 《》 (the document's own title block, with its senders, is
                # not this line), no title
                return Head(UNTITLED, [], k - 1, [])
            if _runs_on_past_title(ln):
                # a whole notice flattened onto one line (…的通知 豫政〔2023〕5号 现将…。 一、… 1.…): the title
                # shares its line with the body, which runs on after its 文号
                return Head(title, [], k - 1, [], at=ln.no)
            if _news_report_below(lines, k):
                assigned[ln.no] = "furniture"  # a newspaper's headline over its report (记者昨日获悉,…)
                return Head(UNTITLED, [], k, [])
            return Head(title, [ln.no], k, [])
    raise ValueError("没有找到标题")


def _named_title_below(lines: list[Line], k: int) -> Head | None:
    """A news copy opening with its lead sentence, which names the plan in 《》 (日前,成都市人民政府网站公布了《2022年〈政府
    工作报告〉目标任务责任分解方案》…), and the plan's own title a few lines below it, on one line or broken over two
    (2022年《政府工作报告》 / 目标任务责任分解方案), under a related link or two: that title is the text's."""
    quoted = [q.replace("〈", "《").replace("〉", "》") for q in re.findall(r"《((?:[^《》]|《[^《》]*》)+)》", fold(lines[k].text))]
    quoted = [q for q in quoted if re.search(TITLE_WORD, q)]
    if not quoted:
        return None
    below = [ln for ln in lines[k + 1: k + 12] if not ln.blank][:8]
    for j, ln in enumerate(below):
        for n in (1, 2):
            block = below[j: j + n]
            if len(block) < n or not all(short_line(x, 40) for x in block) or re.search(r"[。;；,，:：!！]$", fold(block[0].text).strip()):
                continue
            text = "".join(x.text.strip() for x in block)
            f = nospace(fold(text)).replace("〈", "《").replace("〉", "》")
            if any(nospace(q) == f for q in quoted):
                return Head(clean(text), [x.no for x in block], lines.index(block[-1]), [])
    return None


# a full-width bracket and the characters around it mis-decoded by a mirror: "?。" and a box-drawing character right
# after it (?。┘ for 省), ?。ǘ┩ for (二)推)
_MISDECODED_BRACKET = re.compile(r"\?。.?[\u2500-\u257f]")


# two or more phrases of a search box set side by side, a space between, each a phrase of its own (no mark in it)
_KEYWORD_HEADLINE = re.compile(r"[\u4e00-\u9fff]{6,30}(?:[ \u3000]+[\u4e00-\u9fff]{6,30})+")


def _headline_set_again(lines: list[Line], k: int, assigned: dict[int, str]) -> bool:
    """Line k, a short line of a body's name and its work (体育局重点工作目标), set again alone a few lines below (only
    the page's date, stamp or blurb between, no numbered line), and the second setting followed by the text's
    numbered parts: the page's headline over the text's own title."""
    want = re.sub(r"\s+", "", lines[k].fold)
    if not re.fullmatch(r"[\u4e00-\u9fff\d年度]{6,30}", want) or not re.search(r"(?:局|委|厅|办|中心|政府|院)", want):
        return False
    for j in range(k + 1, min(len(lines), k + 12)):
        x = lines[j]
        if x.blank or x.no in assigned:
            continue
        if numbered(x):
            return False
        if re.sub(r"\s+", "", x.fold) == want:
            below = next((y for y in lines[j + 1: j + 6] if not y.blank), None)
            return below is not None and numbered(below)
    return False


# a printed head's masthead and 文号 before the notice's title on one line (某委员会文件 某健促〔2019〕2 号 某委员会 关于…)
_MASTHEAD = re.compile(rf"[\u4e00-\u9fff]{{2,30}}文件\s*{DOC_NUMBER_AT}\s*")


def _title_left_open(lines: list[Line], k: int) -> tuple[str, list[int]] | None:
    """A notice's title broken inside its 《》 over a blank line (…关于印发《秀英区 / / 2019 年…实施方案》的通知 各镇…:):
    the title joined up to its 的通知, less a masthead and 文号 set in front of it; its lines. Else None."""
    f = lines[k].fold
    at = f.find("关于")
    if at < 0 or f.count("《") != f.count("》") + 1 or "》" in f[f.rindex("《"):]:
        return None
    nxt = next((x for x in lines[k + 1: k + 4] if not x.blank), None)
    m = re.match(r"[^《》]{1,60}》\s*的\s*通\s*知", nxt.fold) if nxt is not None else None
    if m is None:
        return None
    head = _MASTHEAD.match(f)
    start = head.end() if head and head.end() <= at else 0
    return lines[k].text[start:].rstrip() + nxt.text[: m.end()], [lines[k].no, nxt.no]


# what a news headline has and a document's title has not: an exclamation, a question, a column's name before a bar
# a news report's lead: 本报讯 / 本报3月4日讯 / (记者 王某) / 记者昨日获悉, / 记者从省政府获悉
_NEWS_LEAD = re.compile(r"^(?:本报[^，,。]{0,12}讯|[(（]\s*记者[^()（）]{0,12}[)）]|[^，,。]{0,12}记者[^，,。]{0,16}(?:获悉|了解到))")


def _news_report_below(lines: list[Line], k: int) -> bool:
    """The first line below index k that is no date, blank or short page label opens a news report's lead."""
    for ln in lines[k + 1: k + 8]:
        if ln.blank or is_date_line(ln) or re.fullmatch(r"[\d.:\-/\s年月日]+", ln.fold):
            continue
        return _NEWS_LEAD.match(ln.fold.strip()) is not None
    return False


# the caption of a box a 规划 sets beside its text (专栏 13 “十三五”时期我省综合交通网络重大项目工程, 专栏3:…): a page copied
# from inside the 规划 that opens with it has no title of its own
_BOX_CAPTION = re.compile(r"^\s*专栏\s*\d{1,3}(?![\d年])")
# a place, then a document's name in 《》 and nothing after it: a site's headline naming what it reprints
_CITED_HEADLINE = re.compile(r"([\u4e00-\u9fff]{2,12}?)《[^《》]{4,60}》")
_NEWS_HEADLINE = re.compile(r"[!！?？]|^[^|｜]{2,8}[|｜]")


# a letter's sending sentence that announces its own points (…现印发给你们,并提出以下意见,请一并贯彻执行。)
_SENDS_WITH_POINTS = re.compile(r"印发给你们.{0,20}?(?:提出|就).{0,12}?(?:以下|如下)(?:意见|要求|事项)")
# a plan's own opening paragraph (为贯彻落实…,现制订本工作方案 / 特制定本方案)
_PLAN_OPENING = re.compile(r"^\s*为.{4,300}?(?:制订|制定)本(?:工作)?(?:方案|要点|计划|意见|细则)")


def _letter_points_opening(lines: list[Line], k: int, assigned: dict[int, str]) -> Head | None:
    """A copy that opens inside a notice's letter, at its sending sentence announcing its own points
    (…现印发给你们,并提出以下意见…。 / 一、… 二、… 三、…), with the plan's own opening paragraph below them
    (为贯彻落实…,现制订本工作方案…): the letter's points are requirements on carrying the plan out, no tasks;
    the plan, its title lost, starts at that paragraph."""
    if not _SENDS_WITH_POINTS.search(lines[k].fold):
        return None
    for j in range(k + 1, min(len(lines), k + 40)):
        if not lines[j].blank and _PLAN_OPENING.match(lines[j].fold):
            for ln in lines[k:j]:
                if not ln.blank:
                    assigned[ln.no] = "notice"
            return Head(UNTITLED, [], j - 1, lines[k:j])
    return None


def _notice_title_opening(ln: Line) -> str | None:
    """A line that opens with a notice's title (…关于…) running on without a break: the title, to the last word a
    title ends in (outside 《》) before the line's first comma, colon or full stop."""
    first = re.split(r"[,，:：。;；]", ln.text, maxsplit=1)[0]
    if "关于" not in first or re.match(r"\s*(?:为|根据|按照|依据|依照)", first):
        return None
    ends = [m.end() for m in _TITLE_WORD.finditer(first) if first[: m.end()].count("《") == first[: m.end()].count("》")]
    return first[: ends[-1]] if ends and ends[-1] > first.index("关于") + 2 else None


# what a sentence holds and a title does not: a comma or a full stop between its words
_SENTENCE = re.compile(r"[\u4e00-\u9fff][,，。;；][\u4e00-\u9fff“]")
# a line closed by a full stop, one sentence with no mark inside (…主要职责参照市地灾应急指挥机构的职责制定。): a paragraph's
_CLOSED_SENTENCE = re.compile(r"[\u4e00-\u9fff]。\s*$")


def _file_name_over_run_on(lines: list[Line], k: int) -> bool:
    """A sharing site's file name (…实施方案(2021—2023年).doc) over the whole document flattened onto one line
    that opens otherwise (with its 文号): the site's file card, no title; the document's own is on that line."""
    if not _FILE_NAME.fullmatch(lines[k].fold.strip()):
        return False
    below = next((ln for ln in lines[k + 1:] if not ln.blank), None)
    return below is not None and len(below.fold) >= 200 and _run_on_title(below) != below.text


# a sharing site's file card, bulleted (- 14.36 KB / - 2021-04-14 发布 / - 1、本文档由用户上传…): no title
_CARD_BULLET = re.compile(r"^\s*-\s")


def _numbered_headline(lines: list[Line], k: int, assigned: dict[int, str]) -> bool:
    """"(二十二)沙湾区安全生产领域基层政务公开标准目录" over the page's 信息来源 / 发布时间 line: a page's headline that
    keeps its number in a series of pages (a catalogue's 22nd part), short, no sentence; not
    a numbered item of a copy that starts inside its list (an item is followed by its text, not by the page's
    furniture)."""
    item = numbered(lines[k])
    if not item:
        return False
    rest = item[2].strip()
    if not (4 <= len(rest) <= 60) or re.search(r"[。,，;；:：]", rest):
        return False
    nxt = next((ln for ln in lines[k + 1:] if not ln.blank), None)
    return nxt is not None and assigned.get(nxt.no) == "furniture"


def _addressed(ln: Line) -> bool:
    """A copy that opens at a letter's addressees, its title cut off above them (各科、室、局、办、中心: / 机关各科室、
    局属各单位:): no title, the addressees no plan's name."""
    f = ln.fold.strip()
    return is_addressee(ln) or (f.startswith(("各", "机关")) and len(f) <= 40 and re.search(r"[:：]$", f) is not None
                                and not re.search(r"[。，,]", f))


def _annex_table_title(lines: list[Line], assigned: dict[int, str]) -> Head | None:
    """A copy with no title block that opens with a notice's paragraphs (a 公示 with its contact lines and sender)
    and then sets its 附件 label alone, a short line and a table's header under it (附件 / 某县…整改情况 /
    问题序号 | 具体内容 | …): that short line is the table's title, the plan's."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank]
    for a, b, c in zip(shown, shown[1:], shown[2:]):
        if re.fullmatch(r"附\s*件\s*\d*\s*[:：]?", lines[a].fold) and lines[b].no not in assigned \
                and short_line(lines[b], 60) and (_pipe_header(lines[c]) or header_block(lines[c : c + 60])[0]):
            return Head(clean(lines[b].text), [lines[b].no], b, [])
    return None


# the date with the plan's title after it, a space between or glued to it (某市人民政府2015年8月10日某市2015年…实施方案2015年是…)
_DATE_GLUED = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"


def _run_on_letter_title(ln: Line) -> str | None:
    """A covering letter flattened onto one line with the plan after it (各科室,各站所,各村: …制定《X》,现印发给
    你们… 附件:X 某镇人民政府 2020年10月22日 X 1.总则…): the plan's title is the name the letter gives in 《》
    where it stands again right after the letter's date, a space between or none (…莆田市人力资源和社会保障局
    2022年8月18日2022年度…专项攻坚方案从2021年…)."""
    f = ln.fold
    # (an addressee list may part single-character bodies: 省人民政府各委、办、厅、局:)
    if not re.match(r"[^:：。,，]{2,16}(?:[,，、][^:：。,，]{1,16})*[:：]", f):
        return None
    for name in dict.fromkeys(re.findall(r"《([^《》]{4,80})》", f)):
        # (the letter's bracketed mark between its date and the plan: 2018年3月27日 (此件公开发布) X)
        m = re.search(_DATE_GLUED + r"(?:[(（][^()（）]{2,12}[)）]\s*)?" + re.escape(name), f)
        if m:
            return ln.text[m.end() - len(name): m.end()]
    return None


def run_on_plan(ln: Line, names: list[str]) -> str | None:
    """A notice flattened onto one line below its title (…现印发给你们… 某县人民政府办公室 2022年4月18日 (此件公开发布)
    X 一、…): the plan it names, X, where X stands right after the letter's date (a bracketed remark between),
    as written there; None when none does."""
    f = ln.fold
    for name in names:
        bare = "".join(fold(name).split())
        if not bare:
            continue
        # the name as the line sets it: spaces a printed copy put in, a page's stamp (—1—) its break fell in
        written = _GAP.join(re.escape(c) for c in bare)
        # (a printed page's stamp after the mark, where the plan's title opens the next page: (此件主动公开) — 1 — X)
        m = re.search(_DATE_GLUED + r"(?:\([^()]{2,12}\)\s*)?(?:" + _STAMP + r")?(" + written + ")", f)
        if m:
            return clean(_PAGE_STAMP.sub("", ln.text[m.start(1): m.end(1)]))  # (a space its page break left: 第十四个五 年)
    return None


# a printed page's stamp inside a flattened line (—1—, - 2 -), where a title ran over the page's foot
_STAMP = r"\s*[—–－-]\s*\d{1,3}\s*[—–－-]\s*"
_PAGE_STAMP = re.compile(_STAMP)
_GAP = rf"(?:\s+|{_STAMP})?"


def _pipe_header(ln: Line) -> bool:
    """A table's header row with its cells between `|` (建设任务 | 工作事项 | … | 时限清单 |)."""
    return is_table_line(ln) and is_header([column_of(c) for c in cells(ln)])


def _lone_cell(ln: Line) -> Line:
    """"2023年某镇工作安排和任务分解 | ||": a title copied as a table row whose other cells are empty
    is that one cell."""
    if "|" not in ln.fold:
        return ln
    filled = [c.strip() for c in ln.text.replace("｜", "|").split("|") if c.strip()]
    return Line(ln.no, filled[0], fold(filled[0])) if len(filled) == 1 else ln


# what a sharing site glues in front of a copy flattened onto one line: its page stamp (第1页共7页, or a word
# processor's page fields with their codes left in: 第PAGE\*Arabic\*MERGEFORMAT4页共NUMPAGES\*MERGEFORMAT4页), a bare page
# number before the title's year (12023年…: no year has five digits), its name and address (秘书之家—…www.mishuzj.com),
# its file card (编号:…, the file's name, its date)
_FIELD_CODE = r"(?:[A-Z]+(?:\s*\\\*\s*[A-Za-z]+)*\s*)?"
_ONE_LINE_LEAD = re.compile(rf"(?:第\s*{_FIELD_CODE}\d{{1,3}}\s*页\s*[,，/]?\s*共\s*{_FIELD_CODE}\d{{1,3}}\s*页"
                            r"|\d{1,3}(?=(?:19|20)\d{2}\s*年)"
                            # an issue of a 政府公报 flattened by the site's text layer: its running heads (the column's
                            # name, the 公报 and its issue) and page numbers glued in front of the title
                            r"|(?:\d{0,3}(?:文件发布|政府文件|部门文件)?[\u4e00-\u9fff]{2,4}[省市县区州旗盟]人民政府公报\s*"
                            r"[(（]\s*总第\s*\d{1,4}\s*期\s*[)）]\d{0,3})+"
                            r"|[^。,，;；:：]{0,30}?www\.[a-z0-9-]+(?:\.[a-z]{2,3}){1,2}"
                            # its file card: the file's number, its name and the upload date, the date masked or
                            # not (编号:864647059 2019年某区…工作方案 201X/X/XX)
                            r"|编号\s*[:：]\s*\d{4,12}[^。,，;；:：]{4,60}?(?:19|20)[\dXx]{2}/[\dXx]{1,2}/[\dXx]{1,2})?\s*")
# the title it opens with: the words up to the first word a plan's title ends in, no sentence mark before it
_ONE_LINE_TITLE = re.compile(r"[^。,，;；:：!！?？]{4,58}?(?:方案|要点|计划|意见|措施|办法|细则|规划)")
# what would carry the title on past that word (…方案的通知, …计划(2021-2023年), …规划》, …规划纲要, …计划和…); a
# bracketed first part's number glued on ((一)总体思路) opens the body instead
_TITLE_GOES_ON = re.compile(r"[的之和及与纲》〉)）]|[(（](?![一二三四五六七八九十]{1,3}[)）])|\s*[(（]\s*(?:19|20)\d{2}")
# the words after the first title word up to a later one that the first part's number glues on to (…督察反馈意见
# 问题整改措施清单一、认识不深…): the title runs on to that later word (意见 there is the feedback's, not the title's end)
_RUNS_TO_PART = re.compile(r"[^。,，;；:：!！?？《》()（）]{1,20}?(?:方案|要点|计划|意见|措施|办法|细则|规划|清单)(?=一、|[(（]一[)）])")
# a plan that carries out the first word's plan, its own word right after it (…政务公开工作要点实施方案为深入…,
# …三年行动计划分工方案): the title ends there
_PLAN_OF_PLAN = re.compile(r"(?:实施|工作|分工|落实|行动)(?:方案|细则|计划)")


# the words after a title word that run on, no sentence mark, to a later one right before the first part's number
# (中央生态环境保护督察“回头看”反馈意见湖北省整改进展清单一、关于…): the title is up to that one
_TITLE_OVER_FIRST_PART = re.compile(r"[^。,，;；:：!！?？、]{1,20}?(?:清单|方案|要点|计划|措施|办法|细则|规划)(?=一、)")


def _one_line_title(ln: Line) -> str | None:
    """A whole document flattened onto one line that opens with its own title, its text glued on (市水利局
    2020年工作计划2020年是…, 2024年…整治方案一、背景…): the title is the words up to the first word a plan's
    title ends in, as written there, behind what a sharing site glued in front (page stamp, page number, site
    name); the line, the title's words in front of it, is the body. None for a line that is no whole
    document (short, or one sentence) or opens otherwise."""
    f = ln.fold
    if len(f) < 200 or (f.count("。") < 3 and len(_PART_NUMBER.findall(f)) < 2):
        return None  # (a mirror that kept only each item's heading and clause keeps no full stop, but its (三) (四))
    lead = _ONE_LINE_LEAD.match(f)
    m = _ONE_LINE_TITLE.match(f, lead.end())
    if not m or (_TITLE_GOES_ON.match(f, m.end()) and not _OWN_PERIOD.match(f, m.end()) and not _DRAFT.match(f, m.end())) \
            or m.group(0).count("《") != m.group(0).count("》"):
        return None  # a title word inside a name in 《》 ends no title
    if numbered(Line(0, ln.text[m.start():], f[m.start():])):
        return None
    end = m.end()
    if run := _RUNS_TO_PART.match(f, end):
        end = run.end()  # …督察反馈意见问题整改措施清单一、认识不深: the title ends where its first part glues on
    while (more := _PLAN_OF_PLAN.match(f, end)):
        end = more.end()
    draft = _DRAFT.match(f, end)
    if draft:
        end = draft.end()  # the draft's mark behind its title word (…行动方案(征求意见稿)(2023-2025年)为深入…)
    period = _OWN_PERIOD.match(f, end)
    if period:
        end = period.end()  # the plan's own period behind its title word (…行动计划(2021-2022年)为提高…)
    if _TITLE_GOES_ON.match(f, end):
        return None
    longer = _TITLE_OVER_FIRST_PART.match(f, end)
    if longer:
        end = longer.end()  # …反馈意见湖北省整改进展清单一、关于…: the title runs on to the word its first part follows
    own = _OWN_TITLE_BEHIND.match(f, end)
    if own and re.sub(r"\s+", "", own.group(1))[:4] == re.sub(r"\s+", "", f[m.start():end])[:4]:
        # 文化和旅游局 2024 年度工作计划文化和旅游局关于 2024 年度工作打算范文 xxxx 年,全县…: the site's name of the piece,
        # then the document's own first line, its opening words the same, under the site's label 范文: the title is
        # the document's own
        return ln.text[own.start(1): own.end(1)].strip()
    # the site's title glued in front of the document's own, which its text layer reworded in a word or two
    # (…责任制实施方案…责任制实行方案 为…): the title as the text writes it, the site's in front of it
    again = _reworded_prefix(f[end:], f[m.start(): end])
    if again is not None and f[end: end + again] != f[m.start(): end]:
        return ln.text[end: end + again]
    second = _SECOND_TITLE.match(f, end)
    if second and second.group(1) == m.group(0)[-2:] and second.group(0).count("《") == second.group(0).count("》"):
        # 镇2021年度农村改厕工作具体实施方案2021年农村厕所改造实施方案为加强…: the site's name of the piece, then a second
        # title of the same kind that the preamble follows: the text's own title is the one it opens with
        return ln.text[second.start(): second.end()]
    return ln.text[m.start(): end]


# a second title of a plan's kind glued right behind the first, its text's preamble opening behind it (…实施方案为加强…)
_SECOND_TITLE = re.compile(r"(?:19|20)\d{2}\s*年[^。,，;；:：!！?？]{4,40}?(方案|要点|计划)(?=为|根据|按照|依据)")


# the document's own title behind a sharing site's name of the piece, up to the site's label 范文 behind it
_OWN_TITLE_BEHIND = re.compile(r"\s*([^。,，;；:：!！?？]{4,58}?)\s*范文(?=\s|[\u4e00-\u9fffXx])")


# an item's number in brackets, inside a line: (三), (四)
_PART_NUMBER = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
# a draft's or a trial's mark in brackets right behind a title word: (征求意见稿), (试行)
_DRAFT = re.compile(r"\s*[(（]\s*(?:征求意见稿|试行|暂行|修订稿?|草案|送审稿|讨论稿)\s*[)）]")


# a plan's own period in brackets right behind its title word: (2021-2022年), (2018—2020年)
_OWN_PERIOD = re.compile(r"\s*[(（]\s*(?:19|20)\d{2}\s*年?\s*[-—–－~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[)）]")


_TITLE_WORD = re.compile(r"的(?:通知|意见|决定|批复|通报|函)")
# the same, its 意见 qualified as a 实施意见, 指导意见 or 若干意见 (关于进一步推动…发展的实施意见2023-07-17临政办字〔2023〕58号…)
_RUN_ON_END = re.compile(r"的(?:通知|(?:实施|指导|若干)?意见|决定|批复|通报|函)")


def _runs_on_past_title(ln: Line) -> bool:
    """A line whose title (…关于…的通知, its 文号 further on) is followed by a letter's sentences and numbered
    items: a whole document flattened onto one line, not a title with its 文号 glued on."""
    f = ln.fold
    title = fold(_run_on_title(ln))
    if title == f or not f.startswith(title):
        return False
    rest = f[len(title):]
    return len(rest) >= 200 and rest.count("。") >= 3 and re.search(r"(?:^|\s)(?:一、|\(一\)|1\s*[.．、])", rest) is not None


def _run_on_title(ln: Line) -> str:
    """A whole document flattened onto one line ("…关于…的通知政策法规司2006-08-24…国发[2006]29号各省…:"):
    its title ends at its own end word (outside 《》) when its 文号 follows further on the line."""
    f = ln.fold
    if len(f) <= 80 or "关于" not in f[:40] or not re.search(DOC_NUMBER_AT, f):
        return ln.text
    # the 文号 the printed head sets in front of the title (邹政办字〔2021〕19 号 某市人民政府办公室 关于…): no part of it,
    # nor a sharing site's label glued in front of that (文档介绍:龙府发〔2009〕23号成都市…关于…)
    lead = re.match(rf"(?:[\u4e00-\u9fff]{{2,6}}[:：]\s*)?{DOC_NUMBER_AT}\s*", f)
    start = lead.end() if lead and "关于" in f[lead.end(): lead.end() + 40] else 0
    for m in _RUN_ON_END.finditer(f, f.index("关于")):
        before = f[: m.end()]
        if before.count("《") == before.count("》") and re.search(DOC_NUMBER_AT, f[m.end():]):
            return ln.text[start: m.end()]
        if start and before.count("《") == before.count("》") and _ADDRESSEES_NEXT.match(f, m.end()):
            # the 文号 set in front (赣区府发〔2021〕3 号 某区人民政府 关于印发…的通知 各乡镇人民政府,区政府各部门…:):
            # the title ends where the addressees open
            return ln.text[start: m.end()]
    return ln.text


# a letter's addressees opening after a title on a flattened line (各乡镇人民政府,区政府各部门,区直、驻区各单位:)
_ADDRESSEES_NEXT = re.compile(r"\s*各[^。;；:：《》]{1,60}[:：]")


def tail(lines: list[Line], assigned: dict[int, str]) -> list[Line]:
    """The last lines of a text that are no furniture, when they end in a date (a signature's place)."""
    content = [ln for ln in lines if not ln.blank and assigned.get(ln.no) != "furniture"]
    return content[-5:] if content and is_date_line(content[-1]) else []


def closing(lines: list[Line], assigned: dict[int, str]) -> list[int]:
    """The lines of a text's closing signature and date, when the text ends on them (四川省农业农村厅 / 2023年12月1日
    below a list that is the text's whole body): the document's close, no part of its last item (the date no deadline
    of it). The signature is read as `signature` reads one."""
    content = tail(lines, assigned)
    if not content or signature(content) is None:
        return []
    names, seal = [], []
    for above in reversed(content[:-1]):
        if not names and not seal and _SEAL_NOTE.fullmatch(above.fold):
            seal = [above.no]
        elif short_line(above, 40) and is_org(above.text) and len(names) < 3:
            names.insert(0, above.no)
        else:
            break
    return names + seal + [content[-1].no] if names else []


def signed_with_date(lines: list[Line]) -> str | None:
    """The sending body of a letter whose signature shares its line with its date, a note after them or not
    (宿迁经济技术开发区党政办公室 2020年2月20日 (此件公开发布)), below the letter's last sentence (a line that ends
    its sentence: a table's row above is no letter), as written."""
    content = [ln for ln in lines if not ln.blank]
    for k, ln in enumerate(content[1:], start=1):
        m = re.fullmatch(rf"\s*(\S{{4,40}}?)\s+({DATE_LINE.pattern})(?:\s*[(（][^()（）]{{2,12}}[)）])?\s*", ln.fold)
        if m and is_org(m.group(1)) and re.search(r"[。!！]\s*$", content[k - 1].fold):
            return ln.text[m.start(1): m.end(1)]
    return None


# a note of who sealed a letter for its signing office, between the signature and the date: (…代章), (盖章)
_SEAL_NOTE = re.compile(r"\s*[(（][^()（）]{0,30}(?:代章|盖章|代印)[)）]\s*")


def signature(lines: list[Line]) -> str | None:
    """The sending body signed above a date: one office a line (a joint notice signs two), as written.
    What stands above the signature is the letter's last sentence, 特此通知 or its 附件 list; a short
    line there is a table's cell (区应急局 above a 2024年12月31日 cell is no signature)."""
    content = [ln for ln in lines if not ln.blank]
    for k, ln in enumerate(content):
        if not is_date_line(ln):
            continue
        names, seals = [], 0
        for above in reversed(content[max(0, k - 4): k]):
            if not names and not seals and _SEAL_NOTE.fullmatch(above.fold):
                seals = 1  # (遂昌县经济商务局代章) between the signing office and its date: who sealed for it
            elif short_line(above, 40) and is_org(above.text) and len(names) < 3:
                names.insert(0, above.text)
            else:
                break
        before = content[k - len(names) - seals - 1] if k - len(names) - seals >= 1 else None
        if names and not (before is not None and short_line(before, 20) and not re.match(r"特此|此复|附\s*件", before.fold)):
            return "、".join(names)
    return None

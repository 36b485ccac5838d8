"""Split one source text into plans: the document, and the plans a notice bundles.

The document's title and a covering letter come from its head (head.py). A
notice that 印发s plans (关于印发《…》的通知, or without 《》: 关于印发2020年重点
工作责任分解的通知, or one that sends them as 附件) is a plan of kind notice; the
plans it carries follow it in the body. Their titles are found as title blocks
and matched, in order, to the notice's table of contents (numbered lines ending
in page numbers) or, without one, to the titles the notice names. A body title
cut short ("方案(2024—2026年)") takes the TOC entry of its place; a body title that
matches no entry is a plan of its own. The plans of a covering letter with no
title stand side by side.

The issuer is the sending body: the signature above the notice's date, else
the body named in front of the title's 关于, else the body a news copy's lead says
印发ed the plan; the page's 发布机构/来源 is the publisher, the issuer only when
nothing else names one.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field

from .head import closing, letter, read_head, run_on_plan, signature, signed_with_date, tail
from .ids import plan_core
from . import roles
from .outline import numbered
from .places import (ZONE_KINDS, ancestors, bare_provinces, provinces_of_slogans, begins_with_place, by_stem, common_parent, counties_by_initial, counties_by_stem, in_full, leading, parents,
                     places, unlisted_township, within)
from .text import (CLOSING_FORMULA, DOC_NUMBER, DOC_NUMBER_AT, Line, contents_block, doc_number_in, fold, is_date_line, is_furniture, label_lines_block, level_char, metadata_block, outline_block,
                   parse_date, spaced_field)
from .titles import (BODY_TITLE_END, TITLE_END, attachment_list, block_at, clean, glued_doc_number, is_addressee, issuer_in, named_plans, nospace,
                     same_title, sender_in_lead, short_line, similarity)

_TOC_ENTRY = re.compile(r"^\d{1,2}[.、．]\s*(.+?(?:方案|要点|计划|意见|措施|清单)(?:\s*\([^()]*\))?)\s*\d{0,4}$")


@dataclass
class Segment:
    title: str
    line: int  # first line of the title
    title_lines: list[int]
    kind: str
    body: list[Line] = field(default_factory=list)


@dataclass
class Document:
    name: str
    lines: list[Line]
    meta: dict
    top: Segment
    children: list[Segment]
    jurisdiction: str | None
    parents: tuple[str, ...]
    assigned: dict[int, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # TOC entries not found in the body
    covering: bool = False  # a covering letter with no title: its plans stand side by side


_ANY_END = re.compile(r".$")


# a preamble's sentence that a copy without punctuation leaves ending in the plan's word (为深入贯彻…结合实际制定本
# 行动计划): a purpose clause that ends by making "this" plan, no title
_PURPOSE_SENTENCE = re.compile(r"^(?:为|根据|按照|依据|依照)\S*制定本\S{0,6}$")


def title_candidates(lines: list[Line], start: int, expected=(), skip=frozenset()) -> list[tuple[str, list[int]]]:
    """(title, title lines) of plan titles in the body from index start on: title blocks that end
    in a plan's title word, or that read as one of the expected titles."""
    out = []
    k = start
    while k < len(lines):
        ln = lines[k]
        if ln.blank or ln.no in skip:
            k += 1
            continue
        # a title the notice names may end in any word (…要求重点做好的工作事项)
        found = block_at(lines, k, TITLE_END if not expected else _ANY_END, skip, expected)
        # (or the same title without the year or place the notice names it with: 政府工作报告重点工作责任分解
        # under a notice that 印发s the 2020年政府工作报告重点工作责任分解)
        if found and not _PURPOSE_SENTENCE.match(fold(clean(found.text))) and (BODY_TITLE_END.search(fold(clean(found.text)))
                      or any(similarity(clean(found.text), e) >= 0.8 or _core(e) and _core(clean(found.text)) == _core(e)
                             for e in expected)):
            if not _tail_set_again(out, found):
                out.append((clean(found.text), found.nos))
            k = found.last + 1
            continue
        k += 1
    return out


def _tail_set_again(out: list[tuple[str, list[int]]], found) -> bool:
    """A plan's title over two lines or more (关于做好2010年普通高校 / 毕业生就业工作的意见) whose last line a layout prints
    again a few lines below it, with the lines under the title (its bodies, its date): no title of its own."""
    if not out or len(out[-1][1]) < 2 or found.nos[0] - out[-1][1][-1] > 6:
        return False
    whole, part = nospace(fold(out[-1][0])), nospace(fold(clean(found.text)))
    return len(part) >= 6 and len(whole) > len(part) and whole.endswith(part)


def _core(title: str) -> str:
    return plan_core(title, None)


def _sim(a: str, b: str) -> float | None:
    if not a or not b:
        return None
    common = sum((collections.Counter(a) & collections.Counter(b)).values())
    return common / max(len(a), len(b))


def align(expected: list[str], found: list[tuple[str, list[int]]], min_sim: float = 0.0) -> list[tuple[int | None, int]]:
    """Match body titles to expected titles in order: [(expected index or None, found index)].

    min_sim: the share of characters a body title must have in common with an entry to take it
    (a table of contents lists every plan in order, so any overlap will do there)."""
    n, m = len(expected), len(found)
    NEG = float("-inf")
    best = [[NEG] * (m + 1) for _ in range(n + 1)]
    step: dict[tuple[int, int], tuple[int, int, bool]] = {}
    best[0][0] = 0.0
    ec = [_core(e) for e in expected]
    fc = [_core(f[0]) for f in found]
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == NEG:
                continue
            here = best[i][j]
            if i < n and here > best[i + 1][j]:  # expected entry not found in the body
                best[i + 1][j], step[(i + 1, j)] = here, (i, j, False)
            if j < m:  # a body title of its own (a title cut short cannot stand alone)
                value = here + (0.0 if fc[j] else -1.0)
                if value > best[i][j + 1]:
                    best[i][j + 1], step[(i, j + 1)] = value, (i, j, False)
            if i < n and j < m:
                s = _sim(ec[i], fc[j])
                if s is None or s > min_sim:  # a title cut short (no core) takes the entry of its place
                    value = here + 1 + (s or 0)
                    if value > best[i + 1][j + 1]:
                        best[i + 1][j + 1], step[(i + 1, j + 1)] = value, (i, j, True)
    pairs, i, j = [], n, m
    while (i, j) != (0, 0):
        pi, pj, matched = step[(i, j)]
        if matched:
            pairs.append((pi, pj))
        elif pj != j:
            pairs.append((None, pj))
        i, j = pi, pj
    return list(reversed(pairs))


def _toc(lines: list[Line], start: int) -> tuple[list[tuple[str, int]], int]:
    """Entries (title, line) of a table of contents after index start, and the index after it."""
    entries: list[tuple[str, int]] = []
    i = start
    while i < len(lines) and i < start + 12 and not entries:
        i += 1
        j = i
        while j < len(lines) and (m := _TOC_ENTRY.match(lines[j].fold)):
            ln = lines[j]
            entries.append((ln.text[m.start(1): m.end(1)].strip(), ln.no))
            j += 1
            # a blank line the page set between two entries (1.… / (blank) / 2.…) does not end the list
            if j + 1 < len(lines) and lines[j].blank and _TOC_ENTRY.match(lines[j + 1].fold):
                j += 1
        if len(entries) < 2:
            entries = []
        else:
            return entries, j
    return [], start


# the central bodies a national plan is sent by (国务院, 国务院办公厅, 中共中央、国务院), who name no place of their own
_CENTRAL_SENDER = re.compile(r"(?:中共中央|国务院)(?:办公厅)?(?:、(?:中共中央|国务院)(?:办公厅)?)?")


def jurisdiction_of(title: str, issuer: str | None, text: str, publisher: str | None = None,
                    doc_number: str | None = None, named_as: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    """(place, the places above it) of the plan: of its sender, its title, the page's name for it (its
    名称 / 标题 field: `named_as`) or the page's publisher (发布机构), which name their place first
    (places.leading; a sender that is only the page's publisher comes after the title and the page's name
    for it: a county's site reposts its city's plan; of a "title" that is a sentence, its opening clause,
    unless that is a purpose clause: 为…, 根据…); else
    the place the text names most often, at least twice (of two named as often, the one inside
    the other); else the place whose townships or counties it names; else the province a provincial body's
    文号 names by its abbreviation (苏劳社[2007]18号 of a text that speaks of 我厅, 省政府)."""
    if _CENTRAL_SENDER.fullmatch(issuer or ""):
        # the State Council's 意见 on one province's growth (国务院关于支持河南省加快建设中原经济区的指导意见): sent to
        # every province, the country's; the province it names after 关于 is what it is about
        return None, ()
    sentence = bool(re.search(r"[,，。;；]", title))
    title = _opening_clause(title) if sentence else title
    if sentence and re.match(r"(?:为|根据|按照|依据|依照)", title):
        title = ""  # a preamble's purpose clause names what the plan answers to (为深刻汲取怀化市沅陵县…事故教训)
    sources = (title, named_as, publisher) if issuer and issuer == publisher else (issuer, title, named_as, publisher)
    for source in sources:
        found = leading(source or "")
        if found:
            township = unlisted_township(source, found[-1])
            if township and re.search(rf"我{township[-1]}|(?<![县市区]){township[-1]}(?:党委|政府|人民政府)", text.replace(township, "")):
                # 中共江油市义新镇委员会 of a text that speaks of 我镇, 镇党委: a town the list no longer holds
                return township, tuple(found)
            return _autonomous_in_full(found[-1], text), tuple(found[:-1])
    stem = _stem_sender(title)
    if stem:
        return stem, ()
    text = _CITED_NUMBER.sub("", text)
    branch = _branch_county(issuer or publisher or "", text)
    if branch:
        return branch
    fitted = _fitted_place(text)
    if fitted:
        return fitted
    own_town = _own_unlisted_township(text)
    if own_town:
        return own_town, ()
    outside = _own_outside_citations(text)
    if outside:
        return outside, ()
    named = in_full(places(text, committees=False))
    counts = collections.Counter(named)
    own_body = _township_of_own_body(named, text)
    if own_body:
        return own_body, ()
    m = re.search(r"我(省|市|区|县|镇)", title)
    if m:
        counts = collections.Counter({p: c for p, c in counts.items() if level_char(p) == m.group(1)})
    counts = collections.Counter({p: c for p, c in counts.items() if c >= 2})  # named once in passing is no evidence
    if counts:
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        tied = [p for p, c in ranked if c == ranked[0][1]]
        inner = [p for p in tied if any(within(p, q) for q in tied if q != p)]
        return _holding_district(inner[0] if len(inner) == 1 else ranked[0][0], text), ()
    zone = _own_zone(text)
    if zone:
        return zone, ()
    parent = common_parent(named)  # a county's plan that names only its townships, a city's its districts
    if parent:
        # a province's plan naming its bodies 省… (我省, 省有关部门) and counties of one city only: the province
        own = _at_own_level(named, text)
        if own and level_char(own) == "省" and level_char(parent) != "省" and within(parent, own):
            return own, ()
        return parent, ()
    province = _province_of_cities(named, text)
    if province:
        return province, ()
    by_number = _province_of_number(doc_number, text) or _city_of_number(doc_number, text)
    if by_number:
        return by_number, ()
    stationed = _stationed_province(text) or _survey_team_city(text) or _portal_city(text)
    if stationed:
        return stationed, ()
    if not named and (own := _province_by_short_name(text) or _town_by_short_name(text)):
        return own, ()
    return (_at_own_level(named, text) or _own_jiedao(named, text) or _branch_of_own_level(text)
            or _county_of_number(doc_number, named, text)
            or _slogan_county(named, text) or _city_worked_in(named, text) or _county_city_as_subject(named, text)
            or _county_by_stem_of_its_own(named, text)), ()


# a place's stem before what the county has of its own, opening a clause (随着纳雍经济的发展, 纳雍电网建设已显得…)
_STEM_OF_ITS_OWN = re.compile(r"(?:^|(?<=[。,，；;:：\s]))(?:随着)?([\u4e00-\u9fff]{2})(?=经济(?:社会)?的?发展|电网)")


def _county_by_stem_of_its_own(named: list[str], text: str) -> str | None:
    """The county a text that speaks as a county (全县, 县政府) and names no place writes by its stem alone before its
    own economy or grid (随着纳雍经济的发展, 纳雍电网建设已显得相对滞后): the one 县 of that stem."""
    if named or not re.search(r"全县|县政府", text):
        return None
    found = {c for m in _STEM_OF_ITS_OWN.finditer(fold(text)) for c in counties_by_stem(m.group(1)) if c.endswith("县")}
    return found.pop() if len(found) == 1 else None


def _own_jiedao(named: list[str], text: str) -> str | None:
    """The 街道 of a text that speaks as one (我街道, 全街道, 本街道) and names one place only, that 街道, once
    (…结合我街道工作实际… / 成立凤岭街道无诈村(社区)…创建工作领导小组): a 街道's bodies have no one-character level
    to be counted by, as a town's 镇党委 is."""
    if not re.search(r"[我全本]街道", text) or len(set(named)) != 1:
        return None
    place = named[0]
    return place if place.endswith("街道") else None


# a place's stem opening a clause as the subject of what it does for the whole city (龙泉对全市水利…恢复重建工作…)
_STEM_AS_SUBJECT = re.compile(r"(?:^|(?<=[。,，；;:：\s]))([\u4e00-\u9fff]{2})(?=对全市|在全市|将全市|全力|迅速|及时|已)")


def _county_city_as_subject(named: list[str], text: str) -> str | None:
    """The county-level city a text that speaks as a city (我市, 全市) and names no place writes by its stem alone as
    the subject of a clause (…,龙泉对全市水利根底设施灾后恢复重建工作,主要采取如下方案措施): the one 市 of that stem."""
    if named or not re.search(r"我市|全市", text):
        return None
    found = {c for m in _STEM_AS_SUBJECT.finditer(fold(text)) for c in counties_by_stem(m.group(1)) if c.endswith("市")}
    return found.pop() if len(found) == 1 else None


def _township_of_own_body(named: list[str], text: str) -> str | None:
    """The one township a text names before a body of its own that it names elsewhere by the bare level alone
    (车桥镇宗教工作领导小组组成人员如下 beside 镇宗教工作领导小组对…, 镇成立宗教工作领导小组): the text speaks as that
    township, though it names it once."""
    towns = {p for p in named if p[-1] in "镇乡"}
    hits = set()
    for town in towns:
        for m in re.finditer(re.escape(town) + r"([\u4e00-\u9fff]{2,12}?(?:领导小组|委员会|办公室))", text):
            body = m.group(1)
            if re.search(rf"(?<![\u4e00-\u9fff]){town[-1]}{re.escape(body)}|(?<=[，,。;；:：\s、0-9]){town[-1]}{re.escape(body)}",
                         text.replace(m.group(0), "")):
                hits.add(town)
    return hits.pop() if len(hits) == 1 else None


def _autonomous_in_full(place: str, text: str) -> str:
    """An autonomous county its sender names short (元江县人民政府办公室) that the text writes in full somewhere, if only in
    a red head spreading it letter by letter (中共元江 哈 尼 族彝族傣族自治县委办公室文件): the county in full."""
    if not place.endswith("县") or len(place) < 3:
        return place
    flat = re.sub(r"[ \u3000]+", "", text)
    for m in re.finditer(re.escape(place[:-1]) + r"[\u4e00-\u9fff]{2,10}?自治县", flat):
        if m.group(0) in places(m.group(0)):
            return m.group(0)
    return place


# the city a 人才 policy draws people to work or start a business in, by its stem (在河源工作期间, 来宣城创业)
_WORKED_IN = re.compile(r"(?:在|来|到|留)([\u4e00-\u9fff]{2,3}?)(?:工作|创业|就业|创新创业|发展|落户)")


def _city_worked_in(named: list[str], text: str) -> str | None:
    """The city of a text that names no place but speaks of its own city's schemes (市级…项目, 全市) and writes one
    city's stem alone, as the place it draws talent to work in (…住房租金奖励补贴,在河源工作期间…): that city."""
    if named or not re.search(r"市级|全市|我市|市委|市政府", text):
        return None
    cities = by_stem(text, "市")
    if len(cities) != 1:
        return None
    city = next(iter(cities))
    return city if any(city[:-1] == m.group(1) for m in _WORKED_IN.finditer(text)) else None


def _province_by_short_name(text: str) -> str | None:
    """A text that speaks as a province (我省, 全省, or its own bodies: 省直有关部门, 省政府全体会议) and names no place in
    full: the one province it names by its short name, outside the titles it cites in 《》 ("为推动陕西经济社会发展",
    shaanxi-2018-wenwu…; "为扎实推进辽宁振兴发展"; "深入贯彻习…对广东系列重要讲话")."""
    if not re.search(r"我省|全省|省直|省政府|省委", text):
        return None
    named = bare_provinces(re.sub(r"《[^《》]*》", "", text))
    if not named and re.search(r"我省", text):
        # (…or as the province whose own campaign it builds, quoted: 全面建设“平安浙江”)
        named = provinces_of_slogans(re.sub(r"《[^《》]*》", "", text))
    return named[0] if len(named) == 1 else None


# the development a town's plan drives, the town named by its stem before it (全力推动千金经济社会大发展)
_TOWN_DEVELOPMENT = re.compile(r"(?:推动|促进|实现|加快)([\u4e00-\u9fff]{2})经济社会")


def _town_by_short_name(text: str) -> str | None:
    """A text that speaks as a town (我镇, 全镇) and names no place in full: the one township it names by its stem alone
    as the place whose development it drives (…在新的起点上全力推动千金经济社会大发展: 千金镇), where stem and 镇 make a
    township on the list."""
    if not re.search(r"我镇|全镇", text):
        return None
    towns = {m.group(1) + "镇" for m in _TOWN_DEVELOPMENT.finditer(text) if places(m.group(1) + "镇") == [m.group(1) + "镇"]}
    return towns.pop() if len(towns) == 1 else None


def _own_outside_citations(text: str) -> str | None:
    """The one place of the level a text speaks as (我市) that it names outside the titles it cites in 《》, when
    the places it cites are named only inside them ("结合彭州市环保突出问题…,深入推进我市…" beside 《成都市生活垃圾分类
    实施方案》 and 《成都市餐厨垃圾管理办法》 named thrice: the city whose rules it follows, not its own)."""
    own = set(re.findall(r"我(省|市|县|区|镇|乡)", text))
    if len(own) != 1:
        return None
    level = own.pop()
    bare = re.sub(r"《[^《》]*》", "", text)
    outside = set(in_full(places(bare, committees=False)))
    cited = set(in_full(places(text, committees=False))) - outside
    at = [p for p in outside if level_char(p) == level]
    return at[0] if len(at) == 1 and cited else None


# the preamble's formula for the place a plan is made for: 结合柳街镇实际 (not 结合全镇实际, 结合本镇工作实际)
_FITTED_TOWNSHIP = re.compile(r"结合([\u4e00-\u9fff]{2,3}?[镇乡])(?:工作)?实际")


def _own_unlisted_township(text: str) -> str | None:
    """The township a text speaking as one (我镇, 全镇, 镇党委) fits its plan to by name (结合柳街镇实际), when the
    list of places does not know it (the places the text names are then only its county and city, 都江堰市, 成都市,
    whose requirements it answers): as written. One such name only."""
    found = {m.group(1) for m in _FITTED_TOWNSHIP.finditer(text)
             if not re.match(r"[全本我各该有所]", m.group(1)) and not places(m.group(1))}
    if len(found) != 1:
        return None
    town = found.pop()
    level = town[-1]
    return town if re.search(rf"我{level}|全{level}|{level}党委", text) else None


# a province's or an autonomous region's own bodies named by their level alone (省政府, 全省, 自治区党委、自治区人民政府)
_PROVINCE_OWN = re.compile(r"全省|我省|省委|省政府|省人民政府|(?<![族藏古])自治区(?:党委|人民政府|政府)")  # (not 广西壮族自治区人民政府: a name)


def _province_of_cities(named: list[str], text: str) -> str | None:
    """The province of a text that speaks of its own bodies as a province's or an autonomous region's (自治区党委、
    自治区人民政府, 省政府) and names three or more cities and no other place, all of them that one province's (a
    region's notice dividing its projects among its cities: 南宁市项目共6项…; 柳州市…)."""
    if not _PROVINCE_OWN.search(text):
        return None
    cities = set(named)
    if len(cities) < 3 or any(level_char(c) != "市" for c in cities):
        return None
    common = set.intersection(*(set(ancestors(c)) for c in cities))
    return common.pop() if len(common) == 1 else None


# a city bureau's or a company's branch named by a place's stem (市生态环境局咸安分局, …有限公司广州分公司)
_BRANCH = re.compile(r"(?<=[局司])([\u4e00-\u9fff]{2,3}?)(?:分局|分公司)")


def _branch_of_own_level(text: str) -> str | None:
    """The place of a text that names no place but a branch named by one place's stem (a district's plan that
    has 市生态环境局咸安分局 lead; a city's that names 广东移动通信有限公司广州分公司 among its bodies), that place
    being of the level the text names its own bodies by (区…, 市…): the one place of that stem and level; in a
    city's text, also a body named by the city's stem alone in a list of its own 市… bodies (市工商局、宁波电业局;
    市发改委、财政局,无锡国税局: a body the state runs in the city)."""
    own = _dominant(collections.Counter(m.group(1) for m in _OWN_LEVEL.finditer(text)))
    if own is None:
        return None
    found = set()
    for m in _BRANCH.finditer(text):
        stem = m.group(1)
        found |= {c for c in counties_by_stem(stem) if level_char(c) == own}
        found |= {c for c in by_stem(stem, own) if c[:-1] == stem}
    if own == "市":  # a body named by the city's stem in a list of its own 市… bodies (市工商局、宁波电业局)
        items = [x for x in re.split(r"[、,，;；()（）|:：\s]+", text) if x]
        for k, item in enumerate(items):
            m = re.fullmatch(r"([\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{1,4}局", item)
            if m and any(re.fullmatch(r"市[\u4e00-\u9fff]{1,8}[局委办]", x) for x in items[max(0, k - 2): k]):
                found |= {c for c in by_stem(m.group(1), own) if c[:-1] == m.group(1)}
        # …or alone in a bare bracket closing an item, among items whose brackets each name one of its own 市… bodies
        # ((市农业局) … (宁波检验检疫局) … (市林业局): a 分解's page, the body the state runs in the city named by its stem)
        bare = [m.group(1).strip() for m in re.finditer(r"[(（]([^()（）]{2,16})[)）]", text)]
        if sum(1 for b in bare if re.fullmatch(r"市[\u4e00-\u9fff]{1,10}[局委办]", b)) >= 2:
            for b in bare:
                m = re.fullmatch(r"([\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{1,6}局", b)
                if m and not b.startswith("市"):
                    found |= {c for c in by_stem(m.group(1), own) if c[:-1] == m.group(1)}
    return found.pop() if len(found) == 1 else None


# a document number the text cites ((黔城镇办通〔2022〕5号), 遵府办函〔2022〕56号): its sender's abbreviation may
# spell a place by chance (黔城镇: 黔 for 贵州省, 城镇 for the 新型城镇化 group), no place the text names
_CITED_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}\s*[〔\[(（【]\s*\d{4}\s*[〕\])）】]\s*第?\s*\d{1,4}\s*号")


# the provinces' one-character abbreviations, which open their bodies' 文号 (苏政发, 浙卫发, 鲁人社字)
_PROVINCE_ABBREVIATIONS = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省", "辽": "辽宁省",
    "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省",
    "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "琼": "海南省", "川": "四川省",
    "黔": "贵州省", "滇": "云南省", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "蒙": "内蒙古自治区",
    "桂": "广西壮族自治区", "藏": "西藏自治区", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
}


def _province_of_number(doc_number: str | None, text: str) -> str | None:
    """The province whose abbreviation opens the 文号 (苏劳社[2007]18号 -> 江苏省) of a text that speaks of its
    own bodies as a province's (我厅, 省政府, 全省): a department writes no place where its letter names none."""
    if not doc_number or not re.search(r"我厅|我省|全省|省政府", text):
        return None
    return _PROVINCE_ABBREVIATIONS.get(fold(doc_number).strip()[:1])


def _stationed_province(text: str) -> str | None:
    """The province whose abbreviation names the bodies stationed in it (驻闽部队, 中央驻鲁单位, 驻川有关单位) in a text
    that speaks of its own bodies as a province's (我省, 全省, 省政府, 省统计局) and names no place: a later page of a
    province's 意见 whose title and sender the copy lost (not 驻鄂温克族自治旗…, a place's name the abbreviation opens)."""
    if not re.search(r"我省|全省|省政府|省人民政府|省[\u4e00-\u9fff]{1,6}[厅局委办]", text):
        return None
    found = {_PROVINCE_ABBREVIATIONS[m.group(1)]
             for m in re.finditer(r"驻(.)(?=部队|单位|各|有关|机构|企业|武警)", fold(text))
             if m.group(1) in _PROVINCE_ABBREVIATIONS}
    return found.pop() if len(found) == 1 else None


def _survey_team_city(text: str) -> str | None:
    """The city the national or provincial statistics bureau's survey team there is named by (国家和省统计局辽阳调查队,
    国家统计局宁波调查队), in a text that speaks of its own bodies as a city's (全市, 我市, 市政府) and names no place:
    the one city of that stem."""
    if not re.search(r"全市|我市|市政府|市人民政府", text):
        return None
    found = {c for m in re.finditer(r"统计局([\u4e00-\u9fff]{2,3}?)调查(?:总)?队", fold(text))
             for c in by_stem(m.group(1), "市") if c[:-1] == m.group(1)}
    return found.pop() if len(found) == 1 else None


def _portal_city(text: str) -> str | None:
    """The city a local portal is named by in its copyright line under the text (版权声明:营口之窗所有内容,转载须注明来源),
    of a text that speaks as a city (我市, 全市) and names no place: the one city of that stem."""
    if not re.search(r"我市|全市", text):
        return None
    found = {c for m in re.finditer(r"(?:版权声明|版权所有)\s*[:：]?\s*([\u4e00-\u9fff]{2,3}?)之窗", fold(text))
             for c in by_stem(m.group(1), "市") if c[:-1] == m.group(1)}
    return found.pop() if len(found) == 1 else None


def _city_of_number(doc_number: str | None, text: str) -> str | None:
    """The city whose stem the text writes on its own (徐州经济开发区管委会 among the addressees) and whose name's first
    character opens the 文号 (徐政发〔2010〕29号 -> 徐州市), of a text that speaks of its own bodies as a city's (市政府,
    全市): a city government's letter that names its city only in passing; the one city that fits, else None."""
    if not doc_number or not re.search(r"市政府|市人民政府|我市|全市", text):
        return None
    first = fold(doc_number).strip()[:1]
    fits = [c for c in by_stem(text, "市") if c.startswith(first)]
    return fits[0] if len(fits) == 1 else None


def _county_of_number(doc_number: str | None, named: list[str], text: str) -> str | None:
    """The district or county whose name opens with the characters its 文号 opens with before the kind of body
    (蔡政办〔2026〕1号 -> 蔡甸区, 武昌政办【2019】3号 -> 武昌区, 鼓政〔2025〕2号 -> 鼓楼区), of a text that names no
    place and speaks of its own bodies by that level alone (区政府, 全区): where one name fits (宝府办 fits 宝山区,
    宝坻区, 宝安区…: none)."""
    if not doc_number or named:
        return None
    m = re.match(r"([\u4e00-\u9fff]{1,2}?)(?:政|府|委)", fold(doc_number).strip())
    own = _dominant(collections.Counter(x.group(1) for x in _OWN_LEVEL.finditer(text)))
    if m is None or own not in ("区", "县"):
        return None
    fits = counties_by_initial(m.group(1), own)
    return fits[0] if len(fits) == 1 else None


# a slogan in quotes: “经济强区、品质藁城”, “齐鲁首邑·实力历城”, 建设“六个西乡”
_SLOGAN = re.compile(r"[“\"]([^”\"\n]{2,20})[”\"]")
_NEW_PLACE = re.compile(r"建设(?:[“\"][^”\"\n]{2,20}[”\"])?新([\u4e00-\u9fff]{2,3})")
# …or the place the work builds, a quality before its stem (充分发挥殡葬改革在建设生态临泽中的重要作用): the stem alone
# between the quality and what closes the phrase
_QUALIFIED_PLACE = re.compile(r"建设(?:生态|美丽|文明|幸福|平安|和谐|绿色)([\u4e00-\u9fff]{2})(?=中|的|[，,。;；]|$)")


def _slogan_county(named: list[str], text: str) -> str | None:
    """The district or county of a text that names no place and speaks of its own bodies by that level alone (全区,
    县委), whose slogans in quotes write the stem of one district or county of that level (“经济强区、品质藁城” ->
    藁城区, “齐鲁首邑·实力历城” -> 历城区, 建设“六个西乡” -> 西乡县): a county's stem alone is a word as often as not,
    but a slogan names the place it is made for."""
    if named:
        return None
    own = _dominant(collections.Counter(x.group(1) for x in _OWN_LEVEL.finditer(text)))
    if own not in ("区", "县"):
        return None
    found = set()
    pieces = [piece for m in _SLOGAN.finditer(text) for piece in re.split(r"[、,，·•\s]", m.group(1))]
    # the place a slogan calls "new" after 建设 (为建设新永和凝聚思想, 建设“绿色、活力、魅力、和谐”新永和): its stem first
    pieces += [m.group(1) for m in _NEW_PLACE.finditer(text)]
    pieces += [m.group(1) for m in _QUALIFIED_PLACE.finditer(fold(text))]
    for piece in pieces:
        for n in range(2, min(4, len(piece)) + 1):
            found |= {c for c in counties_by_stem(piece[-n:]) if c[-1] == own}
            found |= {c for c in counties_by_stem(piece[:n]) if c[-1] == own}
    return found.pop() if len(found) == 1 else None


def _branch_county(sender: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """(county, its places above) of a city bureau's branch named by its county's stem (市生态环境局冷水滩分局 ->
    冷水滩区): the one county of that stem, or the one inside a place the text names (来源:永州市…分局)."""
    m = re.search(r"[局委]([\u4e00-\u9fff]{2,4}?)分局$", sender)
    if m is None:
        return None
    found = counties_by_stem(m.group(1))
    named = set(places(text, committees=False))
    inside = [c for c in found if any(within(c, p) for p in named)]
    one = inside if len(inside) == 1 else found if len(found) == 1 else []
    return (one[0], ()) if one else None


def _stem_sender(title: str) -> str | None:
    """A headline that writes its sender as its province's or city's stem alone, right before 关于
    (泰州关于印发…的通知): that province or city, where the stem names one (places.by_stem)."""
    m = re.match(r"([\u4e00-\u9fff]{2,4}?)关于", title)
    if m is None:
        return None
    for level in ("省", "市"):
        found = by_stem(m.group(1), level)
        if len(found) == 1 and len(next(iter(found))) == len(m.group(1)) + 1:
            return next(iter(found))
    return None


# 结合成都实际, 结合芜湖市实际, 结合成都高新区实际: the place a plan says it is fitted to (not 我市, 工作, 各自)
_FITTED = re.compile(r"结合([\u4e00-\u9fff]{2,10}?)实际")


def _fitted_place(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(place, the places above it) a text with no sender or title to go by says it is fitted to: a place
    named in full (结合芜湖市实际, a zone with its city's stem: 结合成都高新区实际) or a province's or city's
    stem alone (结合成都实际 -> 成都市), where that is all the phrase names (places cited in 《》 say less)."""
    for m in _FITTED.finditer(text):
        named = m.group(1)
        found = leading(named)
        if found and "".join(found) == named:
            return found[-1], tuple(found[:-1])
        stems = [p for level in "市省" for p in by_stem(named, level) if p[:-1] == named]
        if len(stems) == 1:
            return stems[0], ()
    return None


def _opening_clause(sentence: str) -> str:
    """Of a sentence the copy began with, taken for the title: its opening clause, or, where that names no
    place (a news tag: 某某的最新消息:今天), the first clause before what it names in 《》 that opens with one
    (宁夏回族自治区人民政府网站发布了《…》)."""
    clauses = re.split(r"[,，。;；]", sentence.split("《")[0])
    if "《" not in sentence or leading(clauses[0]):
        return clauses[0]  # (a list of addressees names no plan: its first place is no sender's)
    return next((c for c in clauses if leading(c)), clauses[0])


# Where a text speaks of its own bodies by their level alone: 全市, 我县, 本区, and at a word's start
# 省政府, 市委, 县应急局, 区住建局 (not 市场, 区域, 县区, 省市…: words, or two levels at once); a township's
# too: 我乡, 全镇, 乡党委, 镇应急办 (not 乡镇, 乡村, 镇村, nor a place whose name begins with 乡 or 镇: 镇江市委); and a
# banner's: 全旗, 旗政府, 旗委 (not 旗帜, 旗下, 旗舰).
_OWN_LEVEL = re.compile(r"(?:[全我本]|(?:^|(?<=[、,;:()\s]))(?![省市县区]{2}|市场|区域|区间|县域|县直|市直|旗帜|旗下|旗舰))"
                        r"([省市县区旗]|[乡镇](?![乡镇村]))"
                        r"(?:(?<=[全我本].)|(?=政府|委|人大|政协|[\u4e00-\u9fff]{1,8}?(?:局|厅|委|办|中心)))", re.M)


def _dominant(levels: collections.Counter) -> str | None:
    """The level a text names its own bodies by most often (_OWN_LEVEL's counts); None where it names none, or two
    as often."""
    ranked = levels.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _holding_district(place: str, text: str) -> str:
    """The place a text names most often, unless the text names its own bodies by the level of the place
    right above it (区农业农村委, 全区 over 浦江镇, the town a district's works are in; 省政府各部门, 全省 over
    武汉市, the city a province's targets name first), and never by the place's own level: then that place above."""
    levels = collections.Counter(m.group(1) for m in _OWN_LEVEL.finditer(text))
    own = _dominant(levels)
    if own is None or levels[level_char(place) or ""]:
        return place
    holding = [up for up in parents(place) if level_char(up) == own] or _zone_holder(place, own)
    return holding[0] if len(holding) == 1 else place


def _zone_holder(zone: str, own: str) -> list[str]:
    """The places of the level `own` a development zone is named by the stem of (嘉鱼经济开发区 -> 嘉鱼县 in a text that
    names its own bodies 县…: the county's plan that names its zone among the units, never the county in full)."""
    if not _ZONE_OF.match(zone):
        return []
    for n in range(min(4, len(zone) - 3), 1, -1):
        stem = zone[:n]
        found = [c for c in counties_by_stem(stem) if level_char(c) == own]
        if own == "市":
            found += [c for c in by_stem(stem, "市") if c == stem + "市" and c not in found]
        if found:
            return found
    return []


def _own_zone(text: str) -> str | None:
    """A zone's own text, naming no place twice: the one zone it names, twice or more, only before its board (武进国家
    高新区管委会副主任: its leaders' posts), and speaks of by its kind alone besides (构建高新区…生态): the text's place
    (a city's text that names its zone's board among its bodies speaks of no 高新区 alone)."""
    boards = collections.Counter(p for p in places(text) if p not in places(text, committees=False))
    if len(boards) != 1:
        return None
    zone, times = next(iter(boards.items()))
    kind = re.search(rf"{ZONE_KINDS}$", zone)
    if times < 2 or kind is None:
        return None
    return zone if text.count(kind.group(0)) > text.count(zone) else None


def _at_own_level(named: list[str], text: str) -> str | None:
    """The place of a text that names its own bodies by their level alone (省公安厅, 全市) and names
    one place of that level, or places below it inside one of that level: a province's plan that
    names 河北省 once (河北省煤炭办), a city's that names one of its districts (管城回族区: 郑州市);
    or, naming no place at all, writes the stem of one province's or city's name, and twice
    (视察湖北…把湖北打造成, 青岛西海岸新区…具有青岛特色: places.by_stem)."""
    levels = collections.Counter(m.group(1) for m in _OWN_LEVEL.finditer(text)
                                 if m.group(1) not in "乡镇" or not begins_with_place(text[m.start(1): m.start(1) + 24]))
    own = _dominant(levels)
    if own is None:
        # two levels named as often (全省, 乡(镇、街道)政府): the one place the text names, of one of them (a province's
        # 方案 for its townships' work that names 黑龙江省 once)
        top = levels.most_common(1)[0][1] if levels else 0
        tied = {lv for lv, c in levels.items() if c == top}
        at = {p for p in named if level_char(p) in tied}
        return at.pop() if top and len(set(named)) == 1 and len(at) == 1 else None
    if not named:
        stems = by_stem(text, own)
        if len(stems) != 1:
            return None
        stem = next(iter(stems))
        # twice, or once opening a line before the document it speaks of (陕西《政府工作报告》部门分工确定), or once
        # naming the city's own zone's board among the letter's addressees (…,市政府各部门,咸宁高新区管委会:)
        opening = re.search(rf"(?m)^{re.escape(stem[:-1])}(?=《|关于)", text)
        board = re.compile(rf"{re.escape(stem[:-1])}[\u4e00-\u9fff]{{0,2}}?{ZONE_KINDS}(?:管委会|管理委员会)")
        addressed = any(board.search(x) and is_addressee(Line(0, x, x)) for x in text.split("\n")[:12])
        # …or once naming a project or a brand of its own the plan carries out (实施山东OTN一体化工程, 打造山东“工业云”品牌),
        # …or the "美丽…" its own work builds (为高水平推进美丽浙江建设, 建设美丽宜宾: the slogan a province or city
        # gives its own ecological work)
        own_work = re.search(rf"(?:实施|打造|建设|建成|擦亮|叫响)[“\"]?{re.escape(stem[:-1])}|美丽{re.escape(stem[:-1])}", text)
        return stem if min(stems.values()) >= 2 or opening or addressed or own_work else None
    at = {p for p in named if level_char(p) == own}
    if len(at) == 1:
        return at.pop()
    if at:
        return None
    above = [set(a for a in ancestors(p) if level_char(a) == own) for p in set(named)]
    common = set.intersection(*above) if above else set()
    if len(common) == 1:
        return common.pop()
    # naming no place of its level nor below one, only its province (湖北省) and zones named by its stem
    # (荆州经开区): the one place of that level whose stem it writes twice, inside all it names (长江黄石段)
    stems = by_stem(text, own)
    fits = [p for p, k in stems.items() if k >= 2 and all(within(p, q) or _ZONE_OF.match(q) and q.startswith(p[:-1])
                                                         for q in set(named))]
    return fits[0] if len(fits) == 1 and not common else None


_ZONE_OF = re.compile(rf".*{ZONE_KINDS}$")


_TITLE_FIELD = re.compile(r"^(?:文件|文档|公文)?(?:名\s*称|标\s*题)\s+\S")


def _title_fields(lines: list[Line], assigned: dict[int, str]) -> list[int]:
    """A page's 名称 / 标题 field set with spaces before its value ("名  称 德阳市旌阳区…整改方案"), next to
    the page's metadata lines (索 引 号 …, 发布机构 …, 有效性 有效), or labelled 文件名称 over them: metadata, not the
    title block. (Alone, "名称 …"
    may be a table's header, which the metadata's neighbourhood rules out.)"""
    out = []
    for k, ln in enumerate(lines):
        if ln.no in assigned or not _TITLE_FIELD.match(ln.fold):
            continue
        above = next((x for x in reversed(lines[:k]) if not x.blank), None)
        below = next((x for x in lines[k + 1:] if not x.blank), None)
        if any(x is not None and (assigned.get(x.no) == "furniture" and is_furniture(x) or spaced_field(x)) for x in (above, below)):
            out.append(ln.no)
    return out


_TITLE_LABEL = re.compile(r"^(?:标\s*题|名\s*称)\s*[:：]?$")


def _field_title_set_again(lines: list[Line], assigned: dict[int, str]) -> list[int]:
    """A page's 标题 label alone on its line with the title as its value on the next, where the same title
    is set again further down (over one to three lines: 冠县人民政府办公室 / 关于印发…的通知): the field and its
    value are the page's metadata; the title block is the one below."""
    shown = [ln for ln in lines[:80] if not ln.blank]
    for k, ln in enumerate(shown[:-1]):
        value = shown[k + 1]
        if not _TITLE_LABEL.match(ln.fold) or value.no in assigned or not TITLE_END.search(value.fold):
            continue
        title = re.sub(r"\s+", "", value.fold)
        if any(_set_over(shown, j, title) is not None for j in range(k + 2, len(shown))):
            return [ln.no, value.no]
    return []


def _set_over(lines: list[Line], j: int, want: str, glued: bool = False) -> int | None:
    """The index of the last of one to three lines from index j that together (spaces dropped) set `want`,
    or None; with `glued`, a 文号 glued behind a line is read off it (…的通知办河湖〔2022〕45号), while one
    in front ends the run (鞍立政发〔2023〕2号立山区…的通知: a 红头 title block's 文号 stands above it)."""
    joined, pieces = "", 0
    for k in range(j, min(j + 5, len(lines))):
        if lines[k].blank:
            if k == j or k + 1 >= len(lines) or lines[k + 1].blank:
                return None
            # a web copy's blank line inside the wrapped title block (实施《…》实 / (blank) / 现“四年大发展”工作方案): the
            # setting goes on below it
            continue
        pieces += 1
        if pieces > 3:
            return None
        piece = lines[k].fold
        if glued and (found := glued_doc_number(lines[k])):
            if not lines[k].text.startswith(found[0]) and not re.match(r"\s*[(（]", lines[k].text):
                return None  # (a 文号 in brackets in front is the page's way of heading the text, as one behind is)
            piece = fold(found[0])
        joined += re.sub(r"\s+", "", piece)
        if joined == want:
            return k
        if not want.startswith(joined):
            return None
    return None


def _set_again_below(lines: list[Line], i: int, title: str, title_lines: list[int], assigned: dict[int, str]) -> tuple[str, int, list[int]]:
    """A text's title set again right below where it was read, on one to three lines, its 文号 glued behind or
    not (a mirror's or a sharing site's headline over the document's own title block, its date, source and blurb
    between): the lowest setting is the title block (its lines and the index of its last), the ones above it the
    page's furniture, and (for a notice) no plan the notice sends.
    (The title repeated with its 文号 in front stays a repeat: a 红头 title block's 文号 stands above it.)"""
    want = re.sub(r"\s+", "", fold(title))
    k, found = i + 1, False
    while k < min(len(lines), i + 16):
        end = _set_over(lines, k, want, glued=True)
        if end is None:
            k += 1
            continue
        for no in title_lines:
            assigned[no] = "furniture"
        title_lines = [ln.no for ln in lines[k: end + 1]]
        for no in title_lines:
            assigned[no] = "title"
        i, k, found = end, end + 1, True
    if not found and len(want) >= 12:
        # the document's own title block set again on one line below the page's headline, its last character or two
        # lost in the copy (…分包重点项目工作方 under the headline …工作方案): the title block as the copy writes it
        for k in range(i + 1, min(len(lines), i + 16)):
            ln = lines[k]
            f = re.sub(r"\s+", "", ln.fold)
            if not ln.blank and ln.no not in assigned and len(f) >= len(want) - 2 and f != want and want.startswith(f):
                return _title_below(ln, k, title_lines, assigned)
    if not found and _YEAR.search(want):
        # the document's own title set below a model-text site's headline that gives it another year (the headline
        # 2022年精神文明建设工作重点, the title 2021年精神文明建设工作重点 over its text): the title as the text writes it
        for k in range(i + 1, min(len(lines), i + 16)):
            ln = lines[k]
            f = re.sub(r"\s+", "", ln.fold)
            if not ln.blank and ln.no not in assigned and f != want and _YEAR.sub("", f) == _YEAR.sub("", want) \
                    and len(_YEAR.findall(f)) == len(_YEAR.findall(want)):
                return _title_below(ln, k, title_lines, assigned)
    return title, i, title_lines


_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def _set_again_fuller(lines: list[Line], i: int, title: str, title_lines: list[int], assigned: dict[int, str]) -> tuple[str, int, list[int]]:
    """A page headline set again a few lines below as the document's own title block, with its sender's place
    before it and its issue after it (V市创建…督查通报(2022年·第9期), its addressees on the next line): the lower,
    fuller setting is the title, the headline the page's furniture."""
    want = re.sub(r"\s+", "", fold(title))
    shown = [(k, ln) for k, ln in enumerate(lines[i + 1: i + 14], start=i + 1) if not ln.blank]
    for n, (k, ln) in enumerate(shown[:6]):
        f = re.sub(r"\s+", "", ln.fold)
        pos = f.find(want)
        if pos < 0 or f == want:
            continue
        before, after = f[:pos], f[pos + len(want):]
        if len(before) > 8 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]*", before) or \
                (after and not re.fullmatch(r"[(（][^()（）]{1,16}[)）]", after)):
            continue
        if n + 1 >= len(shown) or not is_addressee(shown[n + 1][1]):
            continue
        return _title_below(ln, k, title_lines, assigned)
    return title, i, title_lines


def _reworded_over_number(lines: list[Line], i: int, title: str, title_lines: list[int], assigned: dict[int, str]) -> tuple[str, int, list[int]]:
    """A site's heading that words the plan's title its own way (落实中央环保督察组督察反馈意见的整改方案, then the
    site's 【导语】), and a few lines below it the document's own title block over its 文号 (唐山市贯彻落实中央环境
    保护督察组督察反馈意见整改方案 / 唐办发〔2016〕18号): the title over the 文号 is the title, the heading the page's
    furniture. The heading read is followed by no 文号 or addressees of its own, and the two share most characters."""
    shown = [(k, ln) for k, ln in enumerate(lines[i + 1: i + 14], start=i + 1) if not ln.blank]
    if not shown or DOC_NUMBER.match(shown[0][1].fold) or is_addressee(shown[0][1]):
        return title, i, title_lines
    want = re.sub(r"\s+", "", fold(title))
    for n, (k, ln) in enumerate(shown[:6]):
        if DOC_NUMBER.match(ln.fold) or is_addressee(ln):
            break  # the text's own head, below the title read
        f = re.sub(r"\s+", "", ln.fold)
        if n + 1 < len(shown) and DOC_NUMBER.match(shown[n + 1][1].fold) and ln.no not in assigned \
                and BODY_TITLE_END.search(f) and f != want and (_sim(f, want) or 0) >= 0.6:
            return _title_below(ln, k, title_lines, assigned)
    return title, i, title_lines


# a news headline of a sending: the sender, the verb, the plan's title (临汾市政府印发临汾市水污染防治2018年行动计划)
_SENDING_HEADLINE = re.compile(r"^[《<]?[\u4e00-\u9fff]{2,24}?(?:印发|发布|出台)(?:了)?[《<]?(?P<plan>[^《》<>]{6,}?)[》>]*$")
# a list's bullet before a line of a page's record (  • 临汾市水污染防治2018年行动计划)
_BULLET = re.compile(r"^\s*[•·●▪■◆\-*]\s*")


def _sent_title_below(lines: list[Line], i: int, title: str, title_lines: list[int], assigned: dict[int, str]) -> tuple[str, int, list[int]]:
    """A page's headline telling of the sending (《临汾市政府印发临汾市水污染防治2018年行动计划》), and a few lines
    below, alone on its line (a record's bullet before it), the title of the plan it sends, where the page's record
    opens the text: that line is the plan's title block, the headline the page's furniture."""
    m = _SENDING_HEADLINE.match(re.sub(r"\s+", "", fold(title)))
    if not m or not BODY_TITLE_END.search(m.group("plan")):
        return title, i, title_lines
    for k in range(i + 1, min(len(lines), i + 10)):
        ln = lines[k]
        if ln.blank or ln.no in assigned and assigned[ln.no] != "furniture":
            continue
        if re.sub(r"\s+", "", _BULLET.sub("", ln.fold)) == m.group("plan"):
            for no in title_lines:
                assigned[no] = "furniture"
            assigned[ln.no] = "title"
            return _BULLET.sub("", ln.text).strip(), k, [ln.no]
    return title, i, title_lines


def _title_below(ln: Line, k: int, headline: list[int], assigned: dict[int, str]) -> tuple[str, int, list[int]]:
    """The line `ln` (at k) is the document's title block, set below the page's headline (its lines `headline`),
    which is the page's furniture."""
    for no in headline:
        assigned[no] = "furniture"
    assigned[ln.no] = "title"
    return ln.text.strip(), k, [ln.no]


def split(name: str, lines: list[Line], meta: dict) -> Document:
    """The document's own plan (top) and the plans it bundles, each with its body lines."""
    assigned: dict[int, str] = {ln.no: "furniture" for ln in lines if is_furniture(ln)}
    assigned.update((no, "furniture") for no in metadata_block(lines) if no not in assigned)
    assigned.update((no, "furniture") for no in outline_block(lines) if no not in assigned)
    assigned.update((no, "furniture") for no in contents_block(lines) if no not in assigned)
    assigned.update((no, "furniture") for no in label_lines_block(lines, lambda f: bool(TITLE_END.search(f))) if no not in assigned)
    assigned.update((no, "furniture") for no in _title_fields(lines, assigned))
    assigned.update((no, "furniture") for no in _field_title_set_again(lines, assigned))
    head = read_head(lines, meta, assigned)
    title, title_lines, i, covering = head.title, head.lines, head.last, head.covering
    if not head.at and title_lines:
        title, i, title_lines = _set_again_fuller(lines, i, title, title_lines, assigned)
    named = _named_apart([(t, None) for t in named_plans(title)], lines, i)
    if not named and not covering and re.search(r"通\s*知$", fold(title)):
        sent = letter(lines, i + 1)
        named = _not_project_lists(_not_forms(attachment_list(sent), sent), title) or _decomposed(title, lines, i + 1)  # sends them as 附件
    notice = bool(named)
    attached = None if named or covering or not re.search(r"通\s*知$", fold(title)) else _attached_after_closing(lines, i, assigned)
    if not head.at:
        title, i, title_lines = _set_again_below(lines, i, title, title_lines, assigned)
    if not head.at and title_lines and not notice:
        title, i, title_lines = _reworded_over_number(lines, i, title, title_lines, assigned)
        title, i, title_lines = _sent_title_below(lines, i, title, title_lines, assigned)
    toc, after = _toc(lines, i) if notice else ([], i)
    top = Segment(title, head.at or (title_lines[0] if title_lines else lines[0].no), title_lines,
                  "notice" if notice else kind_of_title(title))
    children, missing = [], []
    if attached is not None:
        # a notice naming no plan (its letter cut above), closed by 特此通知 and followed by 附件: and a title: it
        # sends that attachment, and its numbered points above are its own
        notice, top.kind, children = True, "notice", [attached]
    elif notice:
        children, missing = _children(lines, i, named, toc, after, assigned)
        if not children and not toc:
            children, missing = _listed_children(lines, i, after, assigned) or (children, missing)
        if not children and not toc:
            children = _run_on_children(lines, i, [t for t, _ in named])
            missing = [t for t in missing if not children or not same_title(t, children[0].title)]
        signed = letter(lines, i + 1) if not children and not toc else []
        below = _after(lines, signed[-1], assigned) if signed else None
        if not children and not toc and not signed and (not _sends(lines, i + 1) or _points_with_doers(lines, i + 1)):
            # no plan title and no signed letter below the notice's title: the page holds the plan's text
            # (unless its first paragraph sends the plan and announces the notice's own points: a covering
            # letter the copy cut before its signature; but points each followed by their doers' labels are the
            # divided tasks the notice hands down in its own text, not its requirements)
            notice, top.kind, missing = False, kind_of_title(named[0][0]), []
        elif not children and below is not None and _ARTICLE_SECTION.fullmatch(re.sub(r"\s+", "", below.fold)):
            # an encyclopedia article's section label below the signed letter (主要內容 over 一、任務分工): the article
            # left the plan's own title line out; the notice's text goes on with the plan's, no plan title in the copy
            notice, top.kind, missing = False, kind_of_title(named[0][0]), []
            assigned[below.no] = "furniture"
        elif not children and below is not None:
            # a signed letter, and below it a text whose title is not found: the plan the notice names,
            # or the title block the text opens with where it names the plan otherwise (wrapped over lines)
            children = [_opening_block(lines, below, assigned) or Segment(named[0][0], below.no, [], kind_of_title(named[0][0]))]
            missing = [t for t in missing if t != named[0][0]]
    elif (not title_lines or _DIVIDING_TITLE.search(fold(title))) and not head.at and not covering \
            and _hands_down_divided(lines):
        # a notice copied from its 文号 or addressees on, its title cut off above them, whose first paragraph hands
        # the plan down and announces the notice's own points (…予以分解下达。现将有关事项通知如下:): the points
        # below are the notice's, the plan it sends not in the copy; so too under a title that names the dividing as
        # what the notice does (关于分解落实《政府工作报告》主要目标和重点工作的通知), its tasks in the tables it attaches
        notice, top.kind = True, "notice"
    elif covering:
        # the other plans a covering letter sends follow the first, side by side
        rest = [(t, no) for t, no in attachment_list(covering) if not same_title(t, title)]
        children, missing = _children(lines, i, rest, [], i + 1, assigned)
    elif not title_lines and not head.at and (set_again := _attachment_set_again(lines, assigned)) is not None:
        # a later page of a document, its title not in the copy, that reaches its 附件 line and the attachment's own
        # title set again below it (附件:…考核验收标准 / 二○○七年六月八日 / …考核验收标准): that attachment's plan
        children = [set_again]
    for ln in lines[: i + 12]:
        if ln.no not in assigned and DOC_NUMBER.match(ln.fold):
            meta.setdefault("doc_number", doc_number_in(ln))
            assigned[ln.no] = "meta"
    on = head.at or (title_lines[0] if len(title_lines) == 1 else None)
    at = next((ln for ln in lines if ln.no == on), None) if on else None
    number = doc_number_in(at) if at is not None and re.match(DOC_NUMBER_AT, at.fold) else None
    if number and "关于" in at.fold[:80]:
        # a notice flattened onto one line with its printed head's 文号 in front of the title (某区府发〔2021〕3 号
        # 某区人民政府 关于印发…的通知 各乡镇…:): the notice's 文号
        meta.setdefault("doc_number", number)
    glued = _number_and_date_after_title(at, title) if at is not None else None
    if glued is not None:
        # a document flattened onto one line, its 文号 and date right after its title (…的实施意见 浙政发[2009]69号
        # 2009-11-03 为贯彻…): the title's own
        meta.setdefault("doc_number", glued[0])
        if glued[1] is not None:
            meta.setdefault("written", glued[1])
    dated = _bracketed_date_below(lines, i) if title_lines and not head.at else None
    if dated is not None:
        meta.setdefault("written", dated)
    if not notice and not covering and (not title_lines or _headline_of_sent(title, lines, i)):
        for no in _untitled_notice_points(lines, assigned):
            assigned.setdefault(no, "notice")
    for no in closing(lines, assigned):
        assigned.setdefault(no, "signature")  # the text's closing signature and date: no item's lines
    _bodies(lines, [top] + children, assigned)
    sent = top.body if notice else covering
    for ln in sent:
        if not ln.blank:
            assigned.setdefault(ln.no, "notice")
    _notice_meta(sent, meta)
    issuer = _issuer(lines, top, sent, assigned, meta)
    if issuer:
        meta["issuer"] = issuer
    if head.lead:
        meta["lead"] = head.lead
    jur, parents = jurisdiction_of(fold(head.lead or title), fold(meta.get("issuer") or ""), "\n".join(x.fold for x in lines),
                                   fold(meta.get("publisher") or ""), meta.get("doc_number"), meta.get("title_field"))
    return Document(name, lines, meta, top, children, jur, parents, assigned, missing, bool(covering))


def _named_apart(named: list[tuple[str, int | None]], lines: list[Line], i: int) -> list[tuple[str, int | None]]:
    """A notice whose title joins the plans it sends into one phrase (关于印发2022年政府工作报告重点工作和市政府民生实事
    项目责任分解的通知) while its letter names each in 《》 (《2022年政府工作报告重点工作责任分解》和《2022年市政府民生
    实事项目责任分解》): the letter's names, each written with the phrase's words; else the title's phrase."""
    if len(named) != 1 or not re.search(r"[和及与、]", fold(named[0][0])):
        return named
    phrase = collections.Counter(nospace(fold(named[0][0])))
    names = _sent_names(letter(lines, i + 1) or lines[i + 1: i + 12])
    within_phrase = all(sum((collections.Counter(nospace(fold(n))) & phrase).values()) >= 0.9 * len(nospace(fold(n))) for n in names)
    return [(n, None) for n in names] if len(names) >= 2 and within_phrase else named


def _sent_names(letter_lines: list[Line]) -> list[str]:
    """The titles the letter's sending sentence names in 《》, the first one too where the page lost its 《 at the
    line's start (2022年政府工作报告重点工作责任分解》和《2022年市政府民生实事项目责任分解》已经…)."""
    for ln in letter_lines:
        if ln.blank or "》" not in ln.text or is_addressee(ln):
            continue
        names = re.findall(r"《([^《》]{4,80})》", ln.text)
        lost = re.match(r"\s*([^《》]{4,80}?)》", ln.text)
        return ([lost.group(1)] if lost else []) + names
    return []


def _issuer(lines: list[Line], top: Segment, sent: list[Line], assigned: dict[int, str], meta: dict) -> str | None:
    """The sending body: signed under the letter that sends the plans (or under a notice that sends
    none, or at the text's end), named before the title's 关于 or in a news copy's lead; else the publisher."""
    i = next((k for k, ln in enumerate(lines) if top.title_lines and ln.no == top.title_lines[-1]), -1)
    if not sent and re.search(r"(通\s*知|通报|函|意见|决定|批复)$", fold(top.title)):
        sent = letter(lines, i + 1)
    lead = [ln.text for ln in lines[: i + 8] if not ln.blank and ln.no not in top.title_lines]
    # a letter copied from its addressees on, its title lost, signed and dated above the title of the plan it sends
    # (…各區人民政府… / 現將《…》印發給你們 / 一、… / 武漢市人民政府 / 2024年1月26日 / 2024年市《政府工作報告》目標任…)
    above = [ln for ln in lines[: max(i, 0)] if assigned.get(ln.no) == "notice"]
    return (signature(sent or tail(lines, assigned)) or issuer_in(top.title) or sender_in_lead(lead, top.title)
            or signed_with_date(lines[: i + 40]) or (signature(above) if above and is_addressee(above[0]) else None)
            or _publisher_of_own_place(top.title, meta.get("publisher")))


def _publisher_of_own_place(title: str, publisher: str | None) -> str | None:
    """The page's publisher as the issuer where nothing else names one; not a body of another place than the one the
    title opens with (来源: 吉林省人民政府 over 吉林市国民经济和社会发展第十一个五年规划纲要: a site that reposts the
    city's plan, no sender of it)."""
    if not publisher or not begins_with_place(title):
        return publisher
    own, theirs = leading(title), leading(publisher)
    if not theirs and own and level_char(own[0]) == "省" and not re.match(r"(?:中共)?[省市县区州盟旗乡镇]", fold(publisher)):
        # 信息來源:發改委 over 湖南省國民經濟和社會發展第十二個五年規劃綱要 (a city site's section reposting its province's
        # plan), 宣传统战部 over 甘肃省…规划纲要 (a college's): a body named with neither place nor level is the reposting
        # site's own, no sender of a province's plan
        return None
    if not theirs or not own or set(theirs) & set(own):
        return publisher
    # (a body of a lower place written after its county, 施甸县木老元乡, may be the title's own place unlisted)
    rest = publisher[publisher.find(theirs[-1]) + len(theirs[-1]):]
    return None if re.fullmatch(r"(?:中共)?[^乡镇鄉鎮村街道]{0,12}", rest) else publisher


# …并就有关事项通知如下 / …并提出以下意见 / …并提出如下要求: the points below are the notice's own
_SENDS = re.compile(r"(?:印发|转发|下发)(?:给)?你们.*(?:(?:有关|相关)?事项通知如下|提出(?:以下|如下)(?:意见|要求))")


# 省政府决定,将《政府工作报告》主要指标和重点任务予以分解下达。现将有关事项通知如下:
# an encyclopedia article's own section labels (牛頓百科: 印發通知 / 主要內容): no title of the document's
_ARTICLE_SECTION = re.compile(r"主要内容|内容全文")
_HANDS_DOWN = re.compile(r"将.{0,80}?(?:予以)?分解(?:印发|下达).{0,40}?(?:有关|相关)?事项通知如下")
# 关于分解落实《政府工作报告》主要目标和重点工作的通知: a notice titled with the dividing it does, sending no plan by name
_DIVIDING_TITLE = re.compile(r"^(?:.{0,30}?)关于分解(?:落实|下达).{2,60}?的\s*通\s*知$")


def _hands_down_divided(lines: list[Line]) -> bool:
    """An untitled copy whose first paragraph below the addressees hands down the tasks divided and announces the
    notice's own points (…予以分解下达。现将有关事项通知如下:)."""
    content = [ln for ln in lines[:16] if not ln.blank][:8]
    k = next((j for j, ln in enumerate(content) if is_addressee(ln)), None)
    return k is not None and k + 1 < len(content) and _HANDS_DOWN.search(_paragraph(content, k + 1)) is not None


def _sends(lines: list[Line], start: int) -> bool:
    """The first paragraph below the addressees sends the plan and announces the notice's own points
    (《…》已经区人民政府同意，现印发给你们，并就有关事项通知如下): the numbered items below are the notice's."""
    # the first eight lines that hold text: a web copy's blank lines between metadata rows do not count
    content = [ln for ln in lines[start: start + 16] if not ln.blank][:8]
    k = next((j for j, ln in enumerate(content) if is_addressee(ln)), None)
    if k is None:
        # addressees a PDF copy cut before their closing bracket and colon ("…区政府各部门(单位"):
        # the sending paragraph among the first lines below the title; or the addressees with the letter run on
        # behind their colon, its sentences one a line (…市人民政府各部门:2008年,全市共确定… / 现将《…》印发给你们,
        # 请认真组织实施。 / 为切实做好…,现将有关事项通知如下。): the sending and the announcing sentence read together
        return any(_SENDS.search(ln.fold) for ln in content[:3]) or bool(
            _RUN_ON_ADDRESSEES.match(content[0].fold if content else "") or len(content) > 1 and _RUN_ON_ADDRESSEES.match(content[1].fold)) \
            and _SENDS.search("".join(ln.fold for ln in content)) is not None
    return k + 1 < len(content) and (_SENDS.search(content[k + 1].fold) is not None
                                     or _SENT.search(_paragraph(content, k + 1)) is not None)


# addressees closed by their colon with the letter run on behind it on the same line (…,市人民政府各部门:2008年,…)
_RUN_ON_ADDRESSEES = re.compile(r"^[^:：。]{4,80}?(?:各部门|各单位|管委会|人民政府|各委、办、局|直属机构|有关单位)[:：]\s*\S")


def _headline_of_sent(title: str, lines: list[Line], i: int) -> bool:
    """A page's headline naming by its short name the plan a notice sends (2021年县政府重点工作任务 over the addressees
    and "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们"): the text below is the notice's letter, not
    the plan, its 一、二、 points the notice's own (as under a notice's lost title)."""
    head = nospace(fold(title))
    return len(head) >= 6 and any(nospace(fold(name)).startswith(head) for name in _sent_names(letter(lines, i + 1) or lines[i + 1: i + 12]))


def _points_with_doers(lines: list[Line], start: int) -> bool:
    """A notice that hands the divided tasks down in its own text (现将市政府2021年重点工作任务分解下达给你们 / …
    1.地区生产总值比上年增长8.5%左右。 / 牵头责任单位:市发展和改革委员会。 / 协同责任单位:…): among the first numbered
    items below its letter, one followed (within two lines) by a line that is only a doers' label
    (牵头责任单位: / 责任单位: / 配合单位:): those items are the plan's tasks, not the notice's requirements."""
    content = [ln for ln in lines[start: start + 80] if not ln.blank]
    for k, ln in enumerate(content):
        if numbered(ln) is None:
            continue
        if any(roles.is_clause_line(x.text) and roles.read(x.text).roles for x in content[k + 1: k + 3]):
            return True
    return False


def _untitled_notice_points(lines: list[Line], assigned: dict[int, str]) -> list[int]:
    """A copy that starts at a notice's addressees, its title lost (a metadata field or a 文号 above them), whose
    first paragraph sends the plan (现将《…》印发给你们 / …责任分解给你们) and whose 一、二、 points follow: the
    notice's own requirements (一、高度重视，夯实责任。各责任单位…), not the plan's tasks. The lines of the
    addressees, the sending paragraph and the run of 一、-level points (with their unnumbered lines) up to the first
    line numbered at another level (the plan's own items, 1. …(牵头单位:…)); else none. So too a paragraph that
    announces the notice's points, the first of them saying the tasks are divided in a table the notice attaches:
    then the points' own (一)(二) are the notice's as well, down to the attachment."""
    content = [ln for ln in lines if not ln.blank and ln.no not in assigned]
    k = next((j for j, ln in enumerate(content[:4]) if is_addressee(ln)), None)
    if k is None or k + 1 >= len(content):
        return []
    attached = False
    if _SENDS.search(content[k + 1].fold) is None and _SENT.search(_paragraph(content, k + 1)) is None:
        attached = _points_over_attached_division(content, k + 1)
        if not attached:
            return []
    own = [content[k].no]
    j = k + 1
    while j < len(content) and not numbered(content[j]):
        own.append(content[j].no)
        j += 1
    points = 0
    while j < len(content):
        item = numbered(content[j])
        if attached and re.match(r"附\s*件", content[j].fold):
            break  # the attached table itself, when the copy reaches it
        if item is not None and item[0] != 1 and not attached:
            break  # the plan's own items below the notice's points (with the tasks attached, the points' own)
        points += item is not None
        own.append(content[j].no)
        j += 1
    return own if points else []


# 现将具体事项通知如下: a paragraph announcing the notice's own points
_POINTS_NOTIFIED = re.compile(r"(?:事项|要求|工作)通知如下")
# 形成了《…测评工作任务分解表》(附件2…): the tasks divided in a table the notice attaches
_DIVIDED_ATTACHED = re.compile(r"《[^《》]{2,60}?(?:分解|分工)表》\s*[(（]\s*附件")


def _points_over_attached_division(content: list[Line], k: int) -> bool:
    """A paragraph announcing the notice's own points (…现将具体事项通知如下。) whose first point says the tasks are
    divided in a table the notice attaches (…形成了《…任务分解表》(附件2),请各单位认真对照…): the points are the
    notice's requirements about that table (its records, its dates), the tasks themselves in the attachment."""
    if not _POINTS_NOTIFIED.search(_paragraph(content, k)):
        return False
    first = next((j for j in range(k + 1, min(k + 4, len(content))) if numbered(content[j])), None)
    if first is None:
        return False
    point = " ".join(ln.fold for ln in content[first: first + 3])
    return _DIVIDED_ATTACHED.search(point) is not None


# …分工方案,现予以印发,请…做好贯彻落实。: the paragraph sends the plan, and what follows it is the notice's;
# so does one that sends the report's tasks divided among the units (现将…目标任务予以分解印发 / …责任分解给你们)
# or that hands them down once divided (…工作任务分解为15项工作目标和35项工作任务,现下达给你们)
# or that announces the matters of dividing them as its own points (现将重点任务分解落实有关事项通知如下), or the
# dividing itself as what it notifies (现将分解落实2020年国务院《政府工作报告》确定的重点工作通知如下)
_SENT = re.compile(r"现予以?印发|现(?:将.{0,80})?印发(?:给)?你们|现将.{0,80}?(?:予以)?分解(?:印发|下达|给你们)|"
                   # …or that divides the report's tasks among the units as what it does (现将《政府工作报告》确定的工作任务
                   # 进行责任分解,请各地、各部门…)
                   r"现将.{0,80}?进行(?:责任)?分解(?=[,，。;；])|"
                   r"分解为.{0,40}?现下达给你们|现将.{0,80}?分解落实(?:的)?(?:有关|相关)事项通知如下|"
                   r"现将分解落实.{0,80}?通知如下|"
                   # …or that says the report's work was divided into so many tasks (…工作部署分解为135项重点任务,作为
                   # 2024年市政府重点工作) and announces the matters of carrying them out (…现就有关事项通知如下)
                   r"分解为\d+项.{0,80}?现就(?:有关|相关)事项通知如下|"
                   # …or that names what it made and sends, and asks it carried out (…结合我市实际,制定《…工作任务清单》,
                   # 请认真抓好贯彻落实。)
                   r"制定(?:了)?《[^《》]{4,160}》\s*[,，]\s*请(?:各地|各单位|各部门)?(?:结合实际)?[,，]?(?:认真)?(?:抓好)?"
                   r"(?:贯彻落实|遵照执行|贯彻执行|组织实施)")
_ABOUT = re.compile(r"关于(.+?)的\s*通\s*知$")


# the letter asks its readers to fill in a form and send it back (请各单位…填写…自查明细表,…报给县减负办)
_FILL_IN = re.compile(r"(?:填写|填报|填好|填制)([^,，。;；、:：]{2,60}?表)")


def _not_forms(named: list[tuple[str, int]], sent: list[Line]) -> list[tuple[str, int]]:
    """The attachments a letter sends, less the forms it asks its readers to fill in (…填写清理拖欠企业账款线索自查
    明细表 / 附件:遂昌县清理拖欠企业账款线索自查明细表): a form to send back is no plan the notice issues, and its
    own numbered points above are the notice's tasks."""
    forms = {nospace(m.group(1)) for m in _FILL_IN.finditer("".join(ln.fold for ln in sent))}
    return [(t, no) for t, no in named if not any(nospace(fold(t)).endswith(f) for f in forms)]


# a list of projects an attachment tabulates (2018年省政府领导分包推进的重大项目汇总表, …重点项目名单), no plan of tasks
_PROJECT_LIST = re.compile(r"项目(?:汇总|一览|明细|情况)?(?:表|名单|名录)$")
# a title that sends or hands down what it names (关于印发…的通知, …下达…, 公布…名单)
_SENDING_TITLE = re.compile(r"印发|转发|印送|下发|下达|批转|公布|颁发")


def _not_project_lists(named: list[tuple[str, int]], title: str) -> list[tuple[str, int]]:
    """The attachments a letter sends, less a list of projects where the notice's title sends nothing (关于省政府领导
    分包推进重大项目责任分工的通知 / 附件:…重大项目汇总表): the projects are listed, the work is the notice's own, and
    its numbered points are its tasks."""
    if _SENDING_TITLE.search(fold(title)):
        return named
    return [(t, no) for t, no in named if not _PROJECT_LIST.search(nospace(fold(t)))]


def _decomposed(title: str, lines: list[Line], start: int) -> list[tuple[str, None]]:
    """A notice titled with what it does, not with a plan (关于分解落实政府工作报告目标任务的通知), whose letter sends
    the report's tasks divided among the units (现将…予以分解印发): what it sends, named by the title's words
    (分解落实政府工作报告目标任务), the numbered points below being the notice's own; else none."""
    m = _ABOUT.search(title)
    if m is None or not re.search(r"分解|分工|下达", m.group(1)) or not _sends(lines, start):
        return []
    return [(clean(m.group(1)), None)]


def _paragraph(content: list[Line], k: int) -> str:
    """The folded paragraph starting at content[k], joined over the hard line breaks of a PDF or
    printed copy (a line that ends inside a sentence: no 。；：!? at its end, or a bracket left open)."""
    text = content[k].fold
    for ln in content[k + 1: k + 4]:
        if re.search(r"[。;；:：!！?？]\s*$", text) or numbered(ln):
            break
        text += ln.fold
    return text


def _children(lines: list[Line], i: int, named: list[tuple[str, int | None]], toc: list[tuple[str, int]], after: int,
              assigned: dict[int, str]) -> tuple[list[Segment], list[str]]:
    """The plans a notice bundles, matched to its TOC or the titles it names; and the expected titles not found."""
    for _, no in toc:
        assigned[no] = "toc"
    if toc:
        for ln in lines[i + 1: after]:
            if not ln.blank and ln.no not in assigned and short_line(ln):
                assigned[ln.no] = "toc"
    # 《…子方案》 names the bundle, not one of its plans: without a table of contents, the titles
    # in the body stand for themselves
    expected = [t for t, _ in toc] or [t for t, _ in named if not _BUNDLE.search(t)]
    found = title_candidates(lines, after if toc else i + 1, expected, frozenset(assigned))
    pairs = align(expected, found, 0.0 if toc else 0.6)
    children = []
    for e, f in pairs:
        text, title_lines = found[f]
        # a body title cut short (方案(2024—2026年)) takes its entry's words, and so does one that writes
        # the same words with other dashes; a body title that says otherwise stands as written
        chosen = expected[e] if e is not None and (toc or not _core(text) or _dashless(text) == _dashless(expected[e])) else text
        children.append(Segment(chosen, title_lines[0], title_lines, kind_of_title(chosen)))
    matched = {e for e, _ in pairs if e is not None}
    return children, [t for k, t in enumerate(expected) if k not in matched]


def _listed_children(lines: list[Line], i: int, after: int,
                     assigned: dict[int, str]) -> tuple[list[Segment], list[str]] | None:
    """A notice that names what it sends only by its content (关于印发2022年区政府工作报告目标任务的通知) and
    lists the plans by their titles in its 附件 (1. …预期目标任务分解表 / 2. …重点工作任务分解表): the plans
    its 附件 list names, where the body holds them; else None. The letter may be one no signature closes
    (a date that lost 年 and 月: 2022121日), so its first lines are read."""
    signed = letter(lines, i + 1)
    listed = attachment_list(signed or lines[i + 1: i + 30])
    if not listed and signed:
        # the page sets the 附件 list below the letter's signature and date (…办公室 / 2022年10月10日 / 附件: /
        # 1.…分解表 / 2.…名单)
        below = lines.index(signed[-1]) + 1
        listed = attachment_list(lines[below: below + 12])
    found = _children(lines, i, listed, [], after, assigned) if listed else ([], [])
    return found if found[0] else None


# an attachment's label on a line of its own (附件1, 附件 2:)
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]?$")
# a task table's title on one line (苏州市2011年政府工作任务分解表)
# (or the division itself named on one line, …重点工作责任分解, …任务分解: the plan a letter that divides the tasks sends)
_TASK_TABLE_TITLE = re.compile(r"(?:分解|一览|任务|责任|分工)表$|(?:责任|任务)分解$")


def _opening_block(lines: list[Line], first: Line, assigned: dict[int, str]) -> Segment | None:
    """The title block a text below a signed notice opens with (政府工作报告“十四五”时期 / 重点工作责任分解, over a
    blank line; or a task table's title on one line, or any title on one line right below its 附件 label), as a
    plan's title, when it ends in a plan's title word; else None."""
    at = lines.index(first)
    found = block_at(lines, at, TITLE_END, frozenset(assigned))
    above = next((ln for ln in reversed(lines[:at]) if not ln.blank), None)
    # a title on one line right below its attachment's label (附件1 / 普陀区…2018年任务清单): the plan's own title
    under_label = above is not None and _ATTACHMENT_LABEL.match(above.fold.strip()) is not None
    if found is None or (len(found.nos) < 2 and not _TASK_TABLE_TITLE.search(fold(found.text)) and not under_label):
        return None
    title = clean(found.text)
    return Segment(title, found.nos[0], found.nos, kind_of_title(title))


def _attached_after_closing(lines: list[Line], i: int, assigned: dict[int, str]) -> Segment | None:
    """The attachment a notice sends where its letter names none (the copy lost the letter's start, or it names the
    plan in no 《》): below the title, "特此通知" closes the letter and a 附件 label stands over a title on one line
    (特此通知。 / 附件: / 2008年度区政府重点工作责任单位表): that title's plan; else None."""
    shown = [ln for ln in lines[i + 1: i + 40] if not ln.blank]
    for k, ln in enumerate(shown[:-1]):
        if not _ATTACHMENT_LABEL.match(ln.fold.strip()) or k == 0 or not CLOSING_FORMULA.fullmatch(shown[k - 1].fold):
            continue
        found = _opening_block(lines, shown[k + 1], assigned)
        return found if found is not None and len(found.title_lines) == 1 else None
    for k, ln in enumerate(shown[1:-1], 1):
        # signed and dated with no 附件 label, the title of the table the notice divides its work in right below
        # (长沙市人民政府 / 2021年1月20日 / 2021年《政府工作报告》主要目标任务责任分解表 over its header cells): that
        # table's plan, where the letter says the notice divides the work (…目标任务进行分解,实行责任管理)
        if _SIGNED_DATE.fullmatch(ln.fold.strip()) \
                and _DIVISION_TABLE.fullmatch(re.sub(r"\s+", "", shown[k + 1].fold)) \
                and any(_DIVIDES.search(x.fold) for x in shown[:k]):
            found = _opening_block(lines, shown[k + 1], assigned)
            return found if found is not None and len(found.title_lines) == 1 else None
    return None


_SIGNED_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# 2021年《政府工作报告》主要目标任务责任分解表: the title of a table dividing the work among the units
_DIVISION_TABLE = re.compile(r"[^,，。;；:：]{6,60}?(?:责任分解|任务分解|目标分解|分工)表")
# …对2021年政府工作主要目标任务进行分解,实行责任管理: the letter says the notice divides the work
_DIVIDES = re.compile(r"进行(?:责任)?分解|分解落实|分解下达")


# an 附件 label with the attachment's name on its line (附件:人口和计划生育综合治理目标管理部门考核验收标准)
_ATTACHMENT_NAMED = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]\s*(\S{6,60})$")


def _attachment_set_again(lines: list[Line], assigned: dict[int, str]) -> Segment | None:
    """The attachment an untitled copy holds: a line "附件:X" naming it, then X alone on a line of its own within
    the next three lines shown (the document's date between them): X's plan at that line; else None."""
    shown = [ln for ln in lines if not ln.blank and ln.no not in assigned]
    for k, ln in enumerate(shown):
        m = _ATTACHMENT_NAMED.match(ln.fold.strip())
        if not m or m.group(1).endswith("表") or not TITLE_END.search(m.group(1)) \
                and not re.search(r"(?:标准|细则|办法)$", m.group(1)):
            continue  # (附件:市政府安全生产督查组分组表 is a form the notice sends, a table of its groups: no plan)
        for below in shown[k + 1: k + 4]:
            if below.fold.strip() == m.group(1):
                return Segment(below.text.strip(), below.no, [below.no], kind_of_title(below.text.strip()))
            if not is_date_line(below):
                break
    return None


def _run_on_children(lines: list[Line], i: int, names: list[str]) -> list[Segment]:
    """The plan a notice names, on the line its letter runs on to (the copy lost its line breaks below the
    notice's title, or the title's own line holds the whole notice): a plan starting on that line, after the
    letter's date; else none."""
    for ln in lines[i: i + 12]:
        title = run_on_plan(ln, names) if not ln.blank else None
        if title:
            return [Segment(title, ln.no, [], kind_of_title(title))]
    return []


def _after(lines: list[Line], last: Line, assigned: dict[int, str]) -> Line | None:
    """The first line below `last` that is neither blank nor assigned, if any."""
    return next((ln for ln in lines[lines.index(last) + 1:] if not ln.blank and ln.no not in assigned), None)


def _dashless(title: str) -> str:
    return re.sub(r"[-—–－~～至到]", "-", "".join(fold(title).split()))


def _bodies(lines: list[Line], segments: list[Segment], assigned: dict[int, str]) -> None:
    """Each segment's body: the unassigned lines between its title and the next title."""
    by_no = {ln.no: k for k, ln in enumerate(lines)}
    for k, seg in enumerate(segments):
        first = by_no[seg.title_lines[-1]] + 1 if seg.title_lines else by_no[seg.line]
        last = by_no[segments[k + 1].line] if k + 1 < len(segments) else len(lines)
        seg.body = [ln for ln in lines[first:last] if ln.no not in assigned]
        for no in seg.title_lines:
            assigned[no] = "title"


_BUNDLE = re.compile(r"子方案|系列方案|配套方案|方案汇编|若干方案")


def _end_of_spaced(text: str, title: str) -> int | None:
    """Where title ends in text that opens with it, the spaces a page set inside it (河南省人民政府 关于…) skipped."""
    i = 0
    for c in title:
        if c.isspace():
            continue
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text) or text[i] != c:
            return None
        i += 1
    return i


def _number_and_date_after_title(at: Line, title: str):
    """(文号, date or None) set right after a title on the line it shares with the text run on behind it (…的实施意见
    浙政发[2009]69号 2009-11-03 为贯彻…, a law site's one-line copy); None where no 文号 follows the title there."""
    end = _end_of_spaced(at.text, title) if title else None
    if end is None:
        return None
    k, title = 0, at.text[:end]  # the title as the line writes it, spaces a page set inside it kept
    rest = at.fold[end:]
    m = re.match(rf"\s+({DOC_NUMBER_AT})(?:\s+((?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})(?!\d))?(?=\s)", rest)
    if not m:
        return None
    start = k + len(title) + m.start(1)
    return at.text[start: start + len(m.group(1))], parse_date(m.group(2)) if m.group(2) else None


def _bracketed_date_below(lines: list[Line], i: int):
    """A document's date set in brackets alone on the line right below its title, as a gazette or a paper prints a
    party committee's and government's joint document ((2021年7月3日)): the date it was made; else None."""
    nxt = next((ln for ln in lines[i + 1: i + 4] if not ln.blank), None)
    if nxt is None or not re.fullmatch(r"\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*", nxt.fold):
        return None
    return parse_date(nxt.text)


def _notice_meta(body: list[Line], meta: dict) -> None:
    for ln in body:
        if is_date_line(ln):
            meta.setdefault("written", parse_date(ln.text))
            break


def is_report_title(title: str) -> bool:
    """A report of the year's work done (2016年绍兴市卫生计生工作总结), no plan; one that plans ahead too
    says so (…工作总结暨…工作计划)."""
    title = fold(title)
    return bool(re.search(r"总结$", title)) and not re.search(r"要点|方案|计划|安排|打算|思路", title)


def kind_of_title(title: str) -> str:
    title = fold(title)
    if re.search(r"要点", title):
        return "work-points"
    if re.search(r"清单|分工|分解|台账|进展|情况表|推进情况|完成情况|执行情况|进度表", title):
        return "task-list"
    if re.search(r"方案|计划|意见|措施|办法|细则|规划|通知|决定|要求|安排", title):
        return "plan"
    return "article"

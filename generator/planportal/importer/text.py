"""Source text cleanup: lines, width folding, pinyin glosses, page furniture and metadata.

Everything here is a pure function of the text. Lines keep their 1-based number
as `cat -n` counts them; `text` is what the page shows (glosses stripped,
original characters kept), `fold` is the same string with full-width ASCII
folded to half-width and traditional characters folded to simplified,
character for character, so a regex match on `fold` slices `text` at the
same offsets.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# 網(wǎng): a character followed by its pinyin in brackets, glued in by a
# "pinyin annotation" page script. One tone mark at least, so "(a)" or "(b)" stays.
_GLOSS = re.compile(rf"[(（]([a-z{_TONED}]{{1,7}})[)）]")


@functools.lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # pragma: no cover - opencc is a declared dependency
        return lambda s: s


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """The form rules match on, the same length as s: full-width ASCII and the ideographic space
    to half-width, traditional characters to simplified (OpenCC), so a match on the fold slices s
    at the same offsets and keeps the characters as published."""
    half = _width(s)
    if not any("\u3400" <= c <= "\u9fff" for c in half):
        return half
    simple = _t2s()(half)
    return simple if len(simple) == len(half) else half


def _width(s: str) -> str:
    out = []
    for c in s:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif c == "\u3000":
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


# 總?cè)藬?shù): a gloss whose character and opening bracket were lost to the page's encoding
_BROKEN_GLOSS = re.compile(rf"(?<=\?)([a-z{_TONED}]{{1,7}})[)）]")
_MANGLED = re.compile(r"[\u3400-\u9fff]\?|\?[\u3400-\u9fff\ue000-\uf8ff]|\ufffd")


def strip_glosses(s: str) -> str:
    s = _GLOSS.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), s)
    return _BROKEN_GLOSS.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), s)


def mangled(s: str) -> bool:
    """A character lost to encoding: "?" inside Chinese text, or U+FFFD."""
    return bool(_MANGLED.search(s))


def count_glosses(s: str) -> int:
    return sum(1 for m in _GLOSS.finditer(s) if any(c in _TONED for c in m.group(1)))


def private_use(s: str) -> list[str]:
    return sorted({c for c in s if unicodedata.category(c) == "Co"})


@dataclass(frozen=True)
class Line:
    no: int  # 1-based, as cat -n counts
    text: str  # stripped, glosses removed, original characters
    fold: str  # text with full-width ASCII folded (same length)

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(source: str) -> list[Line]:
    lines = []
    for i, raw in enumerate(source.split("\n"), start=1):
        text = strip_glosses(raw.replace("\r", "").replace("\ufeff", "")).strip(" \t\u3000\xa0")
        lines.append(Line(i, text, fold(text)))
    if lines and source.endswith("\n"):
        lines.pop()  # the empty string after the final newline is not a line
    return lines


# ---------------------------------------------------------------- furniture

_FURNITURE = re.compile(
    r"^(您当前所在位置|当前位置|您现在的位置|首页\s*>|访问量|浏览次数|关联稿件|文件下载|扫一扫|返回顶部|关闭本页|打印本页|"
    r"分享到|用微信|即可将网页|字号|【打印】|【关闭】|\(此页无正文\)|\(此件公开发布\)|\(此件主动公开\)|"
    r"中新[網网].*正文$|附件\s*\d*\s*[:：]?$|来源[:：]|信息来源|发布时间[:：]|发布日期[:：]|责任编辑|【字体|字体[:：]|"
    r"\[?打印\]?\s*$|【打印|\[关闭|【关闭|阅读次数|点击数|点击量|分享[:：]|收藏|纠错|上一篇|下一篇|相关链接|"
    r"\d{4}-\d{1,2}-\d{1,2}\s*$)"
)
_META_CELL = re.compile(r"\[\s*([^\]]+?)\s*\]\s*\|\s*([^|\[]*?)\s*\|")
_META_LABEL = re.compile(
    r"(发\s*文\s*字\s*号|文\s*号|成\s*文\s*日\s*期|发\s*布\s*日\s*期|公\s*开\s*日\s*期|发\s*文\s*机\s*关|发\s*布\s*机\s*构)\s*[:：]\s*(\S+)"
)
_META_LINE = re.compile(r"^(标\s*题|索\s*引\s*号|发\s*文\s*字\s*号|成\s*文\s*日\s*期|发\s*文\s*机\s*关|发\s*布\s*机\s*构|概\s*述|主题分类|信息分类|公开日期|公开方式|有效性)\s*[:：]")
# "来源：西湖区应急管理局": the issuer when the page names an office (a newspaper as 来源 is not one)
_SOURCE_LABEL = re.compile(
    r"(?:信息来源|来源单位|来源)\s*[:：]\s*([\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府|委员会|办公室|管委会|局|委|办|厅|部|院|中心))(?![\u4e00-\u9fff])"
)
_PUBLISHED_LINE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\s+\d{1,2}[时:]")
_PUBLISHED_LABEL = re.compile(r"(?:发布时间|发布日期|发文日期)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def is_furniture(line: Line) -> bool:
    f = line.fold
    if _FURNITURE.match(f):
        return True
    if f.startswith("[") and _META_CELL.search(f):
        return True
    if _META_LINE.match(f):
        return True
    return bool(_PUBLISHED_LINE.match(f))


def metadata(lines: list[Line]) -> dict:
    """发文字号, 发布机构, 成文日期, 发布日期 from the page's 索引号 table or loose lines."""
    meta: dict = {}
    for line in lines:
        for key, value in _META_CELL.findall(line.fold):
            key = key.replace(" ", "")
            value = value.strip()
            if not value:
                continue
            if key in ("发文字号", "文号"):
                meta.setdefault("doc_number", as_written(line.text, value, line.fold))
            elif key in ("发布机构", "发文机关", "发文单位", "制发机关"):
                meta.setdefault("issuer", as_written(line.text, value, line.fold))
            elif key == "成文日期":
                meta.setdefault("written", parse_date(value))
            elif key in ("发布日期", "公开日期"):
                meta.setdefault("published", parse_date(value))
        if _META_LINE.match(line.fold):
            for key, value in _META_LABEL.findall(line.fold):
                key = re.sub(r"\s+", "", key)
                if key in ("发文字号", "文号"):
                    meta.setdefault("doc_number", as_written(line.text, value, line.fold))
                elif key in ("发文机关", "发布机构"):
                    meta.setdefault("issuer", as_written(line.text, value, line.fold))
                elif key == "成文日期":
                    meta.setdefault("written", parse_date(value))
                elif parse_date(value):
                    meta.setdefault("published", parse_date(value))
        m = _PUBLISHED_LINE.match(line.fold) or _PUBLISHED_LABEL.search(line.fold)
        if m and parse_date(m.group(0)):
            meta.setdefault("published", parse_date(m.group(0)))
        source = _SOURCE_LABEL.search(line.fold)
        if source:
            meta.setdefault("_source_office", as_written(line.text, source.group(1), line.fold))
    office = meta.pop("_source_office", None)
    if office:
        meta.setdefault("issuer", office)  # a 发布机构 cell, when there is one, wins
    return meta


def as_written(text: str, folded_value: str, folded: str | None = None) -> str:
    """`folded_value` as `text` writes it (fold is character for character, so offsets agree)."""
    i = (fold(text) if folded is None else folded).find(folded_value)
    return text[i : i + len(folded_value)] if i >= 0 else folded_value


DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{2,12}[〔\[(（]\d{4}[〕\])）]\s*\d+\s*号$")
_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(s: str) -> dt.date | None:
    m = _DATE_CN.search(s) or _DATE_ISO.search(s)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def is_date_line(line: Line) -> bool:
    """A line that is only a date (a signature date), possibly with 印发."""
    return bool(re.fullmatch(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(印发)?", line.fold))


# ---------------------------------------------------------------- jurisdictions

_PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(自治区|自治州|自治县|新区|省|市|区|县|旗|盟|州|镇|乡|街道)")
_NOT_PLACE = ("全", "我", "本", "各", "该", "城", "社", "园", "管", "小", "地", "辖", "景", "港", "开发", "工业", "山", "库", "市")


# a place name never holds an action verb: "开展城镇燃气…" names no 开展城镇
_ACTION = re.compile(r"开展|推进|推动|建立|建设|完善|落实|组织|督促|实施|整治|排查|提升|强化|深化|严格|做好|抓好|持续|全面")


def places(s: str) -> list[str]:
    """Place names written in s, in order: 重庆市巴南区… -> [重庆市, 巴南区]."""
    out = []
    for m in _PLACE.finditer(s):
        name = m.group(0)
        if _ACTION.search(m.group(1)) or any(c in m.group(1) for c in "我的和与及在对于步加强全各本该此其等有关团") or m.group(1).startswith(_NOT_PLACE) or m.group(1)[0] in "省区县镇乡旗州盟直属" or "安全" in name or "委员" in name:
            continue
        out.append(name)
    return out


def level_char(jurisdiction: str | None) -> str | None:
    """The one-character level prefix units of this jurisdiction are written with (区应急局 in 巴南区)."""
    if not jurisdiction:
        return None
    for suffix, ch in (("自治区", "区"), ("新区", "区"), ("自治州", "州"), ("自治县", "县"), ("省", "省"), ("市", "市"), ("区", "区"),
                       ("县", "县"), ("旗", "旗"), ("盟", "盟"), ("州", "州"), ("镇", "镇"), ("乡", "乡")):
        if jurisdiction.endswith(suffix):
            return ch
    return None

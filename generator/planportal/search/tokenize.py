"""The search tokenizer (Python side; `templates/search/tokenize.js` is its twin and must
give identical tokens for any text — tests compare the two on a table of strings).

    fold(text)         per character: NFKC (full width -> half width), lower case, then
                       traditional -> simplified by a one-character map made from OpenCC's
                       t2s data; one input character stays one output position (see `fold_map`)
    index_tokens(text) what a document field is indexed as:
                       Chinese runs -> overlapping bigrams plus every single character
                       (single characters only serve one-character queries);
                       digits and Latin words whole
    query_terms(text)  what a query is searched as (all terms are ANDed):
                       Chinese run of 2+ characters -> its bigrams; one character -> that
                       character; digits and Latin words whole
    query_variants(q)  the folded query and its rewrites with each unit-name abbreviation
                       swapped for its other forms (区应急局 -> 区应急管理局, 发改委 ->
                       发展改革委 …, see ABBREVIATIONS); a task matching any variant is a hit
    shard_of(term)     which index file holds a term: single characters and other terms
                       are hashed into two separate families of shards

The character map is folded the same way in the browser (shipped as `t2s.txt`), so both
sides agree without running OpenCC's phrase dictionaries, whose output depends on context.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Han characters as the browser twin sees them (BMP only): CJK Extension A, Unified, Compatibility, 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN_RE = re.compile(f"([{HAN}]+)|([a-z0-9]+(?:\\.[0-9]+)*)")
_T2S_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))

# Forms of one unit name part that readers use for each other (short forms first), folded.
# Shipped to the browser in the search manifest, so both sides expand queries alike.
ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    ("应急局", "应急管理局"),
    ("发改委", "发展改革委", "发展和改革委", "发展和改革委员会", "发展改革委员会"),
    ("发改局", "发展改革局", "发展和改革局"),
    ("经信委", "经济信息委", "经济和信息化委", "经济和信息化委员会"),
    ("经信局", "经济信息局", "经济和信息化局"),
    ("工信局", "工业信息化局", "工业和信息化局"),
    ("住建委", "住房城乡建委", "住房城乡建设委", "住房和城乡建设委", "住房和城乡建设委员会"),
    ("住建局", "住房城乡建设局", "住房和城乡建设局"),
    ("市场监管局", "市场监督管理局", "市监局"),
    ("交通局", "交通运输局"),
    ("交委", "交通运输委", "交通运输委员会"),
    ("规资局", "规划自然资源局", "规划和自然资源局"),
    ("人社局", "人力社保局", "人力资源社会保障局", "人力资源和社会保障局"),
    ("卫健委", "卫生健康委", "卫生健康委员会", "卫生和健康委员会"),
    ("卫健局", "卫生健康局"),
    ("农委", "农业农村委", "农业农村委员会"),
    ("文旅委", "文化旅游委", "文化和旅游发展委员会", "文化旅游发展委员会"),
    ("文旅局", "文化旅游局", "文化和旅游局", "文化广电旅游局"),
    ("教委", "教育委员会"),
    ("城管局", "城市管理局"),
    ("商务委", "商务委员会"),
    ("国资委", "国有资产监管委", "国有资产监督管理委员会"),
    ("安委办", "安委会办公室", "安全生产委员会办公室"),
    ("安委会", "安全生产委员会"),
    ("减灾委", "减灾委员会"),
    ("环保局", "生态环境局", "环境保护局"),
    ("科技局", "科学技术局"),
    ("退役军人局", "退役军人事务局"),
    ("大数据局", "大数据发展局", "大数据应用发展管理局"),
    ("供销社", "供销合作社"),
    ("残联", "残疾人联合会"),
    ("妇联", "妇女联合会"),
    ("科协", "科学技术协会"),
    ("工商联", "工商业联合会"),
)
MAX_VARIANTS = 8


@lru_cache(maxsize=1)
def t2s_map() -> dict[str, str]:
    """Traditional -> simplified, one character to one character, from OpenCC's t2s conversion
    of every BMP Han character on its own (a character OpenCC maps to several, or to one outside the BMP, is left as is)."""
    import opencc

    chars = [chr(c) for lo, hi in _T2S_RANGES for c in range(lo, hi + 1)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never expected: OpenCC keeps line breaks
        raise RuntimeError("OpenCC t2s changed the number of lines")
    return {c: s for c, s in zip(chars, converted) if s != c and len(s) == 1 and ord(s) < 0x10000}


def t2s_asset() -> str:
    """The map as shipped to the browser: pairs of characters, traditional then simplified."""
    return "".join(f"{t}{s}" for t, s in sorted(t2s_map().items()))


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    t2s = t2s_map()
    out = unicodedata.normalize("NFKC", char).lower()
    return "".join(t2s.get(c, c) for c in out)


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


def fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded position, the index of the original character
    it came from (NFKC may turn one character into several, e.g. ㈠ -> (一))."""
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        f = fold_char(c)
        out.append(f)
        origin.extend([i] * len(f))
    return "".join(out), origin


def index_tokens(text: str | None) -> list[str]:
    if not text:
        return []
    tokens: list[str] = []
    for m in TOKEN_RE.finditer(fold(text)):
        han, word = m.groups()
        if word:
            tokens.append(word)
        else:
            tokens.extend(han[i:i + 2] for i in range(len(han) - 1))
            tokens.extend(han)
    return tokens


def query_terms(query: str | None) -> list[str]:
    terms: list[str] = []
    for m in TOKEN_RE.finditer(fold(query or "")):
        han, word = m.groups()
        found = [word] if word else [han] if len(han) == 1 else [han[i:i + 2] for i in range(len(han) - 1)]
        terms.extend(t for t in found if t not in terms)
    return terms


def query_variants(query: str | None, groups=ABBREVIATIONS) -> list[str]:
    """The folded query, then its rewrites: for each group in order, a variant holding the
    group's longest form found in it gets one rewrite per other form (every occurrence
    replaced); at most MAX_VARIANTS, the query itself first."""
    variants = [fold(query or "")]
    for group in groups:
        out: list[str] = []
        for v in variants:
            if v not in out:
                out.append(v)
            found = ""
            for form in group:
                if form in v and len(form) > len(found):
                    found = form
            if found:
                out.extend(w for w in (v.replace(found, f) for f in group if f != found) if w not in out)
        variants = out[:MAX_VARIANTS]
    return variants


def query_segments(query: str | None) -> list[str]:
    """The folded runs of a query (for highlighting whole phrases before single terms)."""
    return [m.group(0) for m in TOKEN_RE.finditer(fold(query or ""))]


def is_character(term: str) -> bool:
    """A single Chinese character (indexed for one-character queries only)."""
    return len(term) == 1 and re.match(f"[{HAN}]", term) is not None


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over UTF-16 code units, as JavaScript's charCodeAt sees the string."""
    data = text.encode("utf-16-le")
    h = 0x811C9DC5
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def shard_of(term: str, shards: int, character_shards: int = 1) -> int:
    """Shards 0…shards-1 hold words and bigrams; the next `character_shards` hold single characters."""
    if is_character(term):
        return shards + fnv1a(term) % character_shards
    return fnv1a(term) % shards

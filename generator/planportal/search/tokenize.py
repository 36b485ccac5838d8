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

from ..unitnames import FORMS

# Han characters as the browser twin sees them (BMP only): CJK Extension A, Unified, Compatibility, 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN_RE = re.compile(f"([{HAN}]+)|([a-z0-9]+(?:\\.[0-9]+)*)")
RUN_RE = re.compile(f"[{HAN}]+|[a-z0-9]+(?:\\.[0-9]+)*")  # TOKEN_RE's matches, no groups: findall is several times faster
_T2S_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))

# Forms of one unit name part that readers use for each other (the importer's table, folded
# alike); shipped to the browser in the search manifest, so both sides expand queries alike.
ABBREVIATIONS: tuple[tuple[str, ...], ...] = FORMS
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


class _FoldTable(dict):
    """`str.translate`'s table: code point -> fold_char of it, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLDED = _FoldTable()


def fold(text: str) -> str:
    return text.translate(_FOLDED)


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
    for run in RUN_RE.findall(fold(text)):
        if run[0].isascii():  # digits and Latin words (HAN holds no ASCII)
            tokens.append(run)
        else:
            tokens += [run[i:i + 2] for i in range(len(run) - 1)]
            tokens += run
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

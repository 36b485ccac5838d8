"""Stable ASCII ids from the text: pinyin slugs and numbering paths, never list positions."""

from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

_GENERIC = [
    "安全生产治本攻坚三年行动", "治本攻坚三年行动", "安全治本攻坚三年行动", "三年行动", "实施方案", "工作方案", "行动方案",
    "方案", "系统", "领域", "关于印发", "关于", "的通知", "通知", "我省", "我市", "我区", "我县", "全区", "全市", "全县",
]
_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}


def slug(text: str, limit: int = 48) -> str:
    """Pinyin, lower case, words joined; other characters become hyphens.

    A long slug is cut after the last whole syllable that fits, never inside one."""
    parts = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: list(s))
    s = ""
    for p in parts:
        p = p.lower().replace("ü", "v")
        p = p if re.fullmatch(r"[a-z0-9]+", p) else "-"
        if len((s + p).strip("-")) > limit:
            break
        s = s + p if not (p == "-" and s.endswith("-")) else s
    s = s.strip("-")
    return s or "x"


def place_slug(place: str | None) -> str:
    if not place:
        return "x"
    stem = place[:-1] if len(place) > 2 and place[-1] in "省市区县旗盟州镇乡" else place
    return slug(stem, 24)


def unit_id(jurisdiction: str | None, name: str) -> str:
    rest = name
    if jurisdiction and name.startswith(jurisdiction):
        rest = name[len(jurisdiction):]
    elif jurisdiction and len(jurisdiction) > 2 and name.startswith(jurisdiction[:-1]):
        rest = name[len(jurisdiction) - 1:]
    return f"{place_slug(jurisdiction)}-{slug(rest, 40)}"


def unique(base: str, taken: set[str], letters: bool = False) -> str:
    """`base`, or base-2, base-3… (base-a, base-b… base-z, base-aa… with letters) if taken;
    the result is marked taken. Every suffix is lower-case ascii, so the id stays valid."""
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{_letters(n - 2) if letters else n}", n + 1
    taken.add(key)
    return key


def _letters(i: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa, 27 -> ab… (spreadsheet column letters)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def plan_core(title: str, jurisdiction: str | None) -> str:
    """The words that tell this plan from its siblings."""
    t = re.sub(r"[(（][^)）]*\d{4}[^)）]*[)）]", "", title)
    t = re.sub(r"\d{4}\s*(?:年度|年)?", "", t)
    for place in filter(None, [jurisdiction]):
        t = t.replace(place, "")
    t = re.sub(r"[《》“”\"\s]", "", t)
    for g in _GENERIC:
        t = t.replace(g, "")
    return t


def plan_id(title: str, jurisdiction: str | None, year: int | None, doc_number: str | None = None) -> str:
    head = place_slug(jurisdiction) if jurisdiction else None
    if doc_number:
        return "-".join(filter(None, [head, slug(doc_number.rstrip("号"), 40)]))
    core = plan_core(title, jurisdiction)
    if not core:
        core = re.sub(r"[(（][^)）]*[)）]|\d{4}\s*(?:年度|年)?", "", title).replace(jurisdiction or "\0", "")
    core = slug(core, 32)
    return "-".join(p for p in (head, str(year) if year else None, core) if p)


def numeral(number: str) -> int | None:
    """The value of a list number as written: (十二) -> 12, 3. -> 3, ① -> 1."""
    digits = re.search(r"\d+", number)
    if digits:
        return int(digits.group())
    bracketed = [c for c in number if "\u3220" <= c <= "\u3229"]
    if bracketed:
        return ord(bracketed[0]) - 0x3220 + 1
    circled = [c for c in number if "\u2460" <= c <= "\u2473"]
    if circled:
        return ord(circled[0]) - 0x2460 + 1
    cn = "".join(c for c in number if c in "零一二三四五六七八九十百")
    if not cn:
        return None
    if "十" in cn:
        tens, _, ones = cn.partition("十")
        return (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)
    return _NUMERALS.get(cn[-1])

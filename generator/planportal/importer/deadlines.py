"""Deadlines written in task text or in a table's 完成时限 column.

Each deadline keeps the phrase as written, a kind (by, year, date, ongoing,
recurring, as the contract defines them) and an ISO date or None:

    2024年底前        -> by 2024-12-31
    年底前/年内       -> by, year from the context as for 6月底前, else None
    6月底前           -> by, year from the context (a year written before it, or the plan's year), else None
    2025年6月         -> by 2025-06-30 (a month is a cut-off at its end)
    2024年6月30日     -> date 2024-06-30
    2024年上半年/2024年第三季度 -> by 2024-06-30 / 2024-09-30 (without a written year: the context year)
    2024年            -> year 2024-12-31 (columns only: in running text a bare year is narrative)
    到2025年          -> year 2025-12-31 (a target year in running text)
    2024年内          -> by 2024-12-31
    2024年—2026年     -> by 2026-12-31
    长期坚持/持续推进  -> ongoing, no date
    每季度/每月/每年   -> recurring, no date
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .text import fold

_YEAR_END = r"(?P<ye>\d{4})\s*年\s*(?:年底|年末|底|末|内)(?:前|以前)?"
_TARGET_YEAR = r"(?:到|至)\s*(?P<ty2>\d{4})\s*年(?!\s*(?:年底|年末|底|末|内|上半|下半|第|[一二三四]季|\d))"
_RANGE = r"(?P<r1>\d{4})\s*年?\s*[—\-－~至到]+\s*(?P<r2>\d{4})\s*年(?:底前|底)?"
_YMD = r"(?P<dy>\d{4})\s*年\s*(?P<dm>\d{1,2})\s*月\s*(?P<dd>\d{1,2})\s*日(?:前|以前)?"
_YM = r"(?P<my>\d{4})\s*年\s*(?P<mm>\d{1,2})\s*月(?:份)?(?:底|末)?(?:前|以前)?"
_MONTH = r"(?<![\d年])(?P<om>\d{1,2})\s*月(?:份)?(?:底|末)(?:前|以前)?|(?<![\d年])(?P<om2>\d{1,2})\s*月(?:份)?(?:前|以前)"
_YEAR_BEFORE = r"(?P<yb>\d{4})\s*年(?:前|以前)"
_PART = r"(?:(?P<py>\d{4})\s*年)?(?<![每个])(?P<part>上半年|下半年|(?:第)?[一二三四1-4]季度)(?:末|底)?(?:前|以前)?"
# in running text a half year or quarter is a deadline only when something is due by then, not a report of the past
_PART_TEXT = _PART.replace("(?:前|以前)?", "(?:前|以前|(?=完成|实现|建成|全面|基本|底前|末前))")
_THIS_YEAR_END = r"(?<![\d年])(?P<ty>年底前|年内)"
_YEAR = r"(?P<y>\d{4})\s*年(?![\d底末])"
_ONGOING_CELL = r"(?P<on>长期坚持|长期开展|长期|持续推进|持续开展|常态化(?:推进|开展)?)"
_ONGOING_TEXT = r"(?P<on>长期坚持)"
_RECURRING = r"(?P<re>每(?:个)?(?:季度|月|年|半年|周|日|天|两年|旬))"

_CELL = re.compile("|".join([_RANGE, _YMD, _YEAR_END, _YM, _PART, _YEAR_BEFORE, _MONTH, _YEAR, _THIS_YEAR_END, _ONGOING_CELL, _RECURRING]))
_TEXT = re.compile("|".join([_RANGE, _YMD, _YEAR_END, _YM, _PART_TEXT, _YEAR_BEFORE, _TARGET_YEAR, _MONTH, _THIS_YEAR_END, _ONGOING_TEXT, _RECURRING]))
_ANY_YEAR = re.compile(r"(\d{4})\s*年")


def in_text(text: str, year: int | None = None) -> list[dict]:
    """Deadline phrases in running text (a bare year is not one)."""
    return _scan(text, _TEXT, year)


def in_cell(text: str, year: int | None = None) -> list[dict]:
    """Deadlines in a 完成时限 cell, where a bare year or 长期 is the whole point."""
    return _scan(text, _CELL, year)


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


def _scan(text: str, pattern: re.Pattern, year: int | None) -> list[dict]:
    f = fold(text)
    out: list[dict] = []
    seen: set[tuple] = set()
    cited = [(a.start(), a.end()) for a in re.finditer(r"《[^《》]*》", f)]
    for m in pattern.finditer(f):
        if any(a <= m.start() < b for a, b in cited):
            continue  # the period of a cited document: 《…方案(2022—2025年)》
        if m.group("r1") and m.start() > 0 and f[m.start() - 1] == "(" and f[m.end():m.end() + 1] == ")":
            continue  # "(2024—2026年)" after a name is a period, not a deadline
        written = text[m.start() : m.end()].strip()
        context_year = _year_before(f, m.start()) or year
        d = _deadline(m, written, context_year)
        if d and (d["text"], d["kind"]) not in seen:
            seen.add((d["text"], d["kind"]))
            out.append(d)
    return out


def _year_before(f: str, pos: int) -> int | None:
    years = _ANY_YEAR.findall(f[:pos])
    return int(years[-1]) if years else None


def _month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1900 < year < 2200:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _deadline(m: re.Match, written: str, year: int | None) -> dict | None:
    g = m.groupdict()
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
    if g.get("om") or g.get("om2"):
        month = int(g.get("om") or g.get("om2"))
        if not 1 <= month <= 12:
            return None
        return {"text": written, "kind": "by", "date": _month_end(year, month) if year else None}
    if g.get("ty2"):
        y = int(g["ty2"])
        return {"text": written, "kind": "year", "date": dt.date(y, 12, 31)} if 1900 < y < 2200 else None
    if g.get("ty"):
        # "年底前" names no year: the year from the context, as for "6月底前"
        return {"text": written, "kind": "by", "date": dt.date(year, 12, 31) if year else None}
    if g.get("y"):
        y = int(g["y"])
        return {"text": written, "kind": "year", "date": dt.date(y, 12, 31)} if 1900 < y < 2200 else None
    if g.get("on"):
        return {"text": written, "kind": "ongoing", "date": None}
    if g.get("re"):
        return {"text": written, "kind": "recurring", "date": None}
    return None

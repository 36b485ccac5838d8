"""Split one source text into plans: the document, and the plans a notice bundles.

A notice that 印发s plans (关于印发《…》的通知) is a plan of kind notice; the
plans it carries follow it in the body. Their titles are found as short lines
ending in 方案/要点/计划… (possibly with the period in brackets, possibly split
over two lines) and matched, in order, to the notice's table of contents
(numbered lines ending in page numbers) or, without one, to the 《…》 titles
of the notice. A body title cut short ("方案(2024—2026年)") takes the TOC entry
of its place; a body title that matches no entry is a plan of its own.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field

from .ids import plan_core
from .outline import numbered
from .text import DOC_NUMBER, Line, fold, is_date_line, is_furniture, level_char, parse_date, places

_TITLE_END = re.compile(r"(方案|要点|计划|意见|措施|办法|细则|规划|通知)\s*(\([^()]*\d{4}[^()]*\))?$")
_PERIOD_ONLY = re.compile(r"^\(\s*\d{4}[^()]*\)$")
_TITLE_HEAD = re.compile(r"^(实施方案|工作方案|行动方案|方案|计划|要点)")
_TOC_ENTRY = re.compile(r"^\d{1,2}[.、．]\s*(.+?(?:方案|要点|计划|意见|措施|清单)(?:\s*\([^()]*\))?)\s*\d{0,4}$")
_ISSUER_LINE = re.compile(r"(人民政府|办公室|委员会|办公厅|局|厅|委)$")


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


def short_line(line: Line, limit: int = 60) -> bool:
    """A short unnumbered line without sentence punctuation: a title or a caption."""
    f = line.fold
    return 0 < len(f) <= limit and not re.search(r"[。,，;；:：!?！？|]", f) and not numbered(line)


def title_candidates(lines: list[Line], start: int) -> list[tuple[str, list[int]]]:
    """(title, title lines) of plan titles in the body from index start on."""
    out = []
    content = [ln for ln in lines[start:] if not ln.blank]
    for i, ln in enumerate(content):
        if not short_line(ln) or is_furniture(ln):
            continue
        f = ln.fold
        if not (_TITLE_END.search(f) or _PERIOD_ONLY.match(f)):
            continue
        prev = content[i - 1] if i else None
        if prev and short_line(prev, 30) and not _TITLE_END.search(prev.fold) and not is_furniture(prev) \
                and not is_date_line(prev) and "|" not in prev.fold \
                and (_TITLE_HEAD.match(f) or _PERIOD_ONLY.match(f) or len(f) <= 12):
            if out and out[-1][1][-1] == prev.no:
                continue
            out.append((prev.text + ln.text, [prev.no, ln.no]))
        elif not _PERIOD_ONLY.match(f):
            out.append((ln.text, [ln.no]))
    return out


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
        if len(entries) < 2:
            entries = []
        else:
            return entries, j
    return [], start


def jurisdiction_of(title: str, issuer: str | None, text: str) -> tuple[str | None, tuple[str, ...]]:
    for source in (issuer or "", title):
        found = places(source)
        if found:
            return found[-1], tuple(found[:-1])
    counts = collections.Counter(places(text))
    m = re.search(r"我(省|市|区|县|镇)", title)
    if m:
        counts = collections.Counter({p: c for p, c in counts.items() if level_char(p) == m.group(1)})
    counts = collections.Counter({p: c for p, c in counts.items() if c >= 2})  # named once in passing is no evidence
    if counts:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0], ()
    return None, ()


def split(name: str, lines: list[Line], meta: dict) -> Document:
    """The document's own plan (top) and the plans it bundles, each with its body lines."""
    assigned: dict[int, str] = {ln.no: "furniture" for ln in lines if is_furniture(ln)}
    i, issuer_line = _head(lines, meta, assigned)
    i = _title_index(lines, i, assigned)
    title, title_lines, i = _title(lines, i)
    for no in title_lines:
        assigned[no] = "title"
    m = re.match(r"^(.{4,40}?)\s*关于", title)
    issuer = meta.get("issuer") or issuer_line or (m.group(1).strip() if m else None)
    if issuer:
        meta["issuer"] = issuer
    jur, parents = jurisdiction_of(fold(title), fold(meta.get("issuer") or ""), "\n".join(x.fold for x in lines))
    notice = bool(re.search(r"印发|转发", fold(title)) and re.search(r"《", title))
    top = Segment(title, title_lines[0], title_lines, "notice" if notice else kind_of_title(title))
    children, missing = _children(lines, i, title, assigned) if notice else ([], [])
    for ln in lines[: i + 12]:
        if ln.no not in assigned and DOC_NUMBER.match(ln.fold):
            meta.setdefault("doc_number", ln.text)
            assigned[ln.no] = "meta"
    _bodies(lines, [top] + children, assigned)
    if notice:
        for ln in top.body:
            if not ln.blank:
                assigned.setdefault(ln.no, "notice")
        _notice_meta(top.body, meta)
    return Document(name, lines, meta, top, children, jur, parents, assigned, missing)


def _head(lines: list[Line], meta: dict, assigned: dict[int, str]) -> tuple[int, str | None]:
    """Skip a 发文字号 line and an issuer line set above the title; the index of the first other line."""
    issuer_line = None
    for i, ln in enumerate(lines):
        if ln.blank or ln.no in assigned:
            continue
        if DOC_NUMBER.match(ln.fold):
            meta.setdefault("doc_number", ln.text)
            assigned[ln.no] = "meta"
            continue
        nxt = next((x for x in lines[i + 1:] if not x.blank), None)
        if short_line(ln, 30) and _ISSUER_LINE.search(ln.fold) and nxt is not None and "关于" in nxt.fold:
            issuer_line = ln.text
            assigned[ln.no] = "meta"
            continue
        return i, issuer_line
    raise ValueError("没有找到标题")


def _title(lines: list[Line], i: int) -> tuple[str, list[int], int]:
    """The title at index i, joined with its second line when set over two; and the index of its last line."""
    title, title_lines = lines[i].text, [lines[i].no]
    nxt = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
    if nxt is not None and not _TITLE_END.search(lines[i].fold) and short_line(lines[nxt], 40) \
            and (_TITLE_HEAD.match(lines[nxt].fold) or _PERIOD_ONLY.match(lines[nxt].fold)):
        title += lines[nxt].text
        title_lines.append(lines[nxt].no)
        i = nxt
    return title, title_lines, i


def _children(lines: list[Line], i: int, title: str, assigned: dict[int, str]) -> tuple[list[Segment], list[str]]:
    """The plans a notice bundles, matched to its TOC or 《》 titles; and the expected titles not found."""
    toc, after = _toc(lines, i)
    for _, no in toc:
        assigned[no] = "toc"
    if toc:
        for ln in lines[i + 1: after]:
            if not ln.blank and ln.no not in assigned and short_line(ln):
                assigned[ln.no] = "toc"
    # 《…子方案》 names the bundle, not one of its plans: without a table of contents, the titles
    # in the body stand for themselves
    expected = [t for t, _ in toc] or [t for t in re.findall(r"《([^》]+)》", title) if not _BUNDLE.search(t)]
    found = title_candidates(lines, after if toc else i + 1)
    pairs = align(expected, found, 0.0 if toc else 0.6)
    children = []
    for e, f in pairs:
        text, title_lines = found[f]
        chosen = expected[e] if e is not None else text
        children.append(Segment(chosen, title_lines[0], title_lines, kind_of_title(chosen)))
    matched = {e for e, _ in pairs if e is not None}
    return children, [t for k, t in enumerate(expected) if k not in matched]


def _bodies(lines: list[Line], segments: list[Segment], assigned: dict[int, str]) -> None:
    """Each segment's body: the unassigned lines between its title and the next title."""
    by_no = {ln.no: k for k, ln in enumerate(lines)}
    for k, seg in enumerate(segments):
        first = by_no[seg.title_lines[-1]] + 1
        last = by_no[segments[k + 1].line] if k + 1 < len(segments) else len(lines)
        seg.body = [ln for ln in lines[first:last] if ln.no not in assigned]
        for no in seg.title_lines:
            assigned[no] = "title"


_BUNDLE = re.compile(r"子方案|系列方案|配套方案|方案汇编|若干方案")
_TITLE_WORDS = re.compile(r"方案|要点|计划|通知|意见|措施|办法|细则|规划|清单|分工|情况|报告|决定|公告|要求|安排")


def _title_index(lines: list[Line], i: int, assigned: dict[int, str]) -> int:
    """The title: the first content line, unless it is a site header and a title-like line follows soon."""
    if _TITLE_WORDS.search(lines[i].fold):
        return i
    seen = 0
    for k in range(i + 1, len(lines)):
        ln = lines[k]
        if ln.blank or ln.no in assigned:
            continue
        seen += 1
        if seen > 4 or not short_line(ln, 80):
            break
        if _TITLE_WORDS.search(ln.fold):
            for j in range(i, k):
                if not lines[j].blank and lines[j].no not in assigned:
                    assigned[lines[j].no] = "unassigned"
            return k
    return i


def _notice_meta(body: list[Line], meta: dict) -> None:
    for ln in body:
        if is_date_line(ln):
            meta.setdefault("written", parse_date(ln.text))
            break


def kind_of_title(title: str) -> str:
    title = fold(title)
    if re.search(r"要点", title):
        return "work-points"
    if re.search(r"清单|分工|台账|进展|情况表|推进情况|完成情况", title):
        return "task-list"
    if re.search(r"方案|计划|意见|措施|办法|细则|规划|通知|决定|要求", title):
        return "plan"
    return "article"

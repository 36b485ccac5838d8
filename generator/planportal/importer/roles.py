"""Who does a task: role clauses and unit lists, as Chinese plans write them.

    (责任单位:A、B,C)                          -> units (no role marked)
    牵头单位:A;配合单位:B                      -> lead A, support B
    (A会同B分工负责,C落实)                     -> lead A, support B, implement C
    A牵头,B配合,C督促                          -> lead A, support B, supervise C

Unit lists split on 、,，;； but not inside brackets (乡镇(街道、管委会、场、库)),
not before an elliptical tail (各市党委、政府), and "…等有关部门" becomes the
named units plus the generic group.
"""

from __future__ import annotations

import re

from .text import as_written, fold

ROLE_OF_VERB = {
    "牵头组织": "lead", "牵头负责": "lead", "牵头": "lead", "组织实施": "lead", "组织": "lead",
    "具体负责": "lead", "负总责": "lead", "负责": "lead", "主责": "lead", "牵头抓总": "lead",
    "配合": "support", "协助": "support", "参与": "support", "协同": "support",
    "具体落实": "implement", "落实": "implement", "实施": "implement", "抓好落实": "implement",
    "督促": "supervise", "监督": "supervise", "督导": "supervise", "指导": "supervise",
}
_VERBS = sorted(ROLE_OF_VERB, key=len, reverse=True)
_VERB_AT_END = re.compile(
    r"(?:(?:分别|共同|按照?|依照?|根据|依据)?(?:各自)?(?:职能)?(?:职责)?(?:分工)?|各司其职|各负其责)?(" + "|".join(_VERBS) + r")(?:工作)?$"
)
LABELS = {
    "牵头单位": "lead", "牵头部门": "lead", "主责单位": "lead", "负责单位": "lead",
    "配合单位": "support", "配合部门": "support", "协同单位": "support", "参与单位": "support", "协办单位": "support",
    "责任单位": "units", "责任部门": "units", "实施单位": "implement", "落实单位": "implement",
    "督促单位": "supervise", "监督单位": "supervise",
    "责任科室": "units", "责任处室": "units", "牵头处室": "lead", "配合处室": "support",
}
_LABEL = re.compile("(" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\s*[:：]")
# Words that cannot name a unit alone: the tail of "各市党委、政府" shares the head's prefix.
_ELLIPTICAL = {"政府", "人民政府", "党委", "管委会", "党工委", "纪委", "监委", "党组", "政协", "人大", "人大常委会"}
_GROUP_TAIL = re.compile(r"^(.+?)等((?:[市区县镇省]直)?(?:有关|相关|其他)?(?:部门|单位|成员单位|企业|机构))$")
_DUE = re.compile(r"(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末|年底|上半年|下半年|第?[一二三四]季度)?(?:前|以前)?(?:完成|到位|办结)?|长期坚持|持续推进")
_OPEN, _CLOSE = "(（[【《", ")）]】》"


def _split_outside_brackets(s: str, separators: str) -> tuple[list[str], list[str]]:
    """Split s on any of `separators` that stands outside brackets: (parts, the separator after each)."""
    parts: list[str] = []
    seps: list[str] = []
    depth, cur = 0, ""
    for c in s:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and c in separators:
            parts.append(cur)
            seps.append(c)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return parts, seps


def split_units(s: str) -> list[str]:
    """Split a list of unit names, keeping brackets and elliptical tails whole."""
    parts, seps = _split_outside_brackets(_balance(s.strip(" 。.;；,，、【】[]〔〕")), "、,，;；/")
    out: list[str] = []
    for i, part in enumerate(parts):
        part = part.strip()
        if not part:
            continue
        if part in _ELLIPTICAL and out:
            out[-1] = out[-1] + seps[i - 1] + part
            continue
        out.extend(_split_glued(part))
    return [p for p in out if p]


def _split_glued(part: str) -> list[str]:
    """"A等有关部门" -> [A, 有关部门]; "市直有关部门乡镇(…)" (a missing separator) -> two names."""
    m = _GROUP_TAIL.match(part)
    if m:
        return _split_glued(m.group(1)) + [m.group(2)]
    m = re.match(r"^(.*?(?:有关部门|有关单位|成员单位))(?=[\u4e00-\u9fff])(.+)$", part)
    if m and not m.group(2).startswith(("按", "分工", "等")):
        return [m.group(1)] + _split_glued(m.group(2))
    m = re.match(r"^(.+?[局委办厅室心队部院会司])([市区县省镇]直有关.+)$", part)
    if m:
        return [m.group(1), m.group(2)]
    return [part]


_MARKER = re.compile(r"[(（](牵头|牵头单位|主责|配合|配合单位|协办|督促|落实)[)）]$")


def marked(role: str, names: list[str]) -> dict[str, list[str]]:
    """"市应急局(牵头)、市住建局": a role marked after a name overrides the list's role."""
    out: dict[str, list[str]] = {}
    for name in names:
        m = _MARKER.search(fold(name))
        if m:
            out.setdefault(ROLE_OF_VERB.get(m.group(1).replace("单位", ""), "lead") if m.group(1) != "主责" else "lead", []).append(
                name[: m.start()].strip())
        else:
            out.setdefault(role, []).append(name)
    return out


def _balance(s: str) -> str:
    """Drop an unmatched opening bracket at the start ("(市安委组织,…落实")."""
    if s and s[0] in "(（" and _depth(s) > 0:
        s = s[1:]
    if s and s[-1] in ")）" and _depth(s) < 0:
        s = s[:-1]
    return s


def _depth(s: str) -> int:
    return sum(1 for c in s if c in "(（") - sum(1 for c in s if c in ")）")


def _segments(s: str) -> list[str]:
    """Split a clause on , ， ; ； outside brackets."""
    parts, _ = _split_outside_brackets(s, ",，;；")
    return [x.strip() for x in parts if x.strip()]


def parse_clause(clause: str) -> dict[str, list[str]] | None:
    """Roles in a clause made only of "units + role verb" segments, or labelled lists; else None."""
    clause = _balance(clause.strip().rstrip("。.;；"))
    if not clause:
        return None
    if _LABEL.search(fold(clause)):
        return _labelled(clause)
    roles: dict[str, list[str]] = {}
    for seg in _segments(clause):
        seg = seg.strip()
        if seg.startswith("由"):
            seg = seg[1:]
        if roles and _DUE.fullmatch(fold(seg)):
            continue  # "…落实，2024年6月底前完成": a deadline after the roles
        m = _VERB_AT_END.search(seg)
        if not m:
            return None
        role = ROLE_OF_VERB[m.group(1)]
        names = seg[: m.start()].strip()
        if not names:
            continue
        for k, piece in enumerate(re.split(r"会同|联合|协调", names)):
            units = split_units(piece)
            if not units or any(not plausible_name(u) for u in units):
                return None
            roles.setdefault(role if k == 0 else "support", []).extend(units)
    return roles or None


def _labelled(clause: str) -> dict[str, list[str]] | None:
    f = fold(clause)
    marks = list(_LABEL.finditer(f))
    roles: dict[str, list[str]] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(clause)
        names = clause[m.end() : end].strip(" ;；,，。")
        # "责任单位：A、B，2024年9月底前完成": the deadline after the list is no unit
        listed = [n for n in split_units(names) if not _DUE.fullmatch(fold(n))]
        for role, found in marked(LABELS[m.group(1)], listed).items():
            roles.setdefault(role, []).extend(found)
    return {k: v for k, v in roles.items() if v} or None


def plausible_name(name: str) -> bool:
    """Short, no sentence punctuation: something that can be the name of a unit."""
    return (
        1 < len(name) <= 40
        and not re.search(r"[。：:！!？?《》“”\"]|\d{4}|^\d", name)
        and not re.search(r"强化|加强|推进|开展|完善|建立|健全|提升|严格|确保|深化|进一步|工作$", name)
    )


def extract(text: str) -> dict[str, list[str]]:
    """Roles named in a task's text: labelled lists ("(责任单位:…)"), else a trailing role clause, line by line.

    Rules match on the folded text (simplified, half-width); names are returned as written."""
    folded = fold(text)
    found = _extract(folded)
    return {role: [as_written(text, n, folded) for n in names] for role, names in found.items()}


def _extract(text: str) -> dict[str, list[str]]:
    labelled: dict[str, list[str]] = {}
    for line in text.split("\n"):
        for body in _labelled_parts(line):
            for role, names in (_labelled(body) or {}).items():
                labelled.setdefault(role, []).extend(n for n in names if n not in labelled.get(role, []))
    if labelled:
        return labelled
    found: dict[str, list[str]] = {}
    for line in text.split("\n"):
        for clause in _tail_candidates(line):
            roles = parse_clause(clause)
            if roles:
                for role, names in roles.items():
                    found.setdefault(role, []).extend(n for n in names if n not in found.get(role, []))
                break
    return found


def _labelled_parts(line: str) -> list[str]:
    """Bracket groups holding a label, or the rest of the line from a label outside brackets."""
    f = fold(line)
    out, depth, start = [], 0, None
    for i, c in enumerate(f):
        if c == "(":
            if depth == 0:
                start = i
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0 and start is not None:
                if _LABEL.search(f, start, i):
                    out.append(line[start + 1 : i])
                start = None
    if depth and start is not None and _LABEL.search(f, start):
        out.append(line[start + 1 :])
    if not out:
        m = _LABEL.search(f)
        if m:
            out.append(line[m.start() :])
    return out


def _tail_candidates(text: str) -> list[str]:
    t = text.rstrip(" \n。.;；")
    f = fold(t)
    out = []
    stack: list[int] = []
    closed_at_end = None
    for i, c in enumerate(f):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            start = stack.pop()
            if i == len(f) - 1 and not stack:
                closed_at_end = start
    if stack:  # an opening bracket never closed: the clause runs to the end ("(市安委组织,…落实")
        out.append(t[stack[0] + 1 :])
    if closed_at_end is not None:
        out.append(t[closed_at_end + 1 : -1])
    cut = max(f.rfind("。"), f.rfind(";"), f.rfind("；"))
    out.append(t[cut + 1 :])
    return [c for c in out if c.strip()]

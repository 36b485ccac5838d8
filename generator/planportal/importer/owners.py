"""Whose plan it is: the owner of a plan, even when none of its tasks names a unit.

Three shapes of evidence, strongest first:

- a unit block (`单位名称：区科技局` above its rows) belongs to that unit;
- a preamble that says who wrote the plan: `区教委结合工作实际制定本方案`,
  `区科协结合工作实际制定本方案`, `市应急局特制定本方案`;
- a sector sub-plan (`教育系统…方案`, `公安系统…`, `城市管理领域…`, `发展改革委…方案`)
  belongs to the department named after its sector: among the unit names the plan's
  own text writes (then the whole document's, then the registry's for the
  jurisdiction), the one whose name, without its level prefix and unit suffix, is
  the sector's words or their abbreviation (区教委 for 教育, 区住房城乡建委 for
  住房城乡建设, 区文化旅游委 for 文化和旅游). This is a guess: flagged `inferred`.

A sector whose department is not named after it (化工和危险化学品, 工贸行业) gets no
owner rather than a guess from subject knowledge.
"""

from __future__ import annotations

import collections
import re

from .text import fold

# unit suffixes, longest first, so 分局 is cut before 局
_SUFFIXES = ("委员会办公室", "委员会", "办公室", "分局", "支队", "大队", "中心", "局", "委", "办", "社", "协", "会", "厅", "部", "站", "所", "院")
_SUFFIX = "|".join(_SUFFIXES)
# 教育系统…, 城市管理领域…, 工贸行业…, 消防安全…, 发展改革委安全生产…: the words before the sector's end
_SECTOR = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?[省市区县])?(?:全[省市区县])?(?P<s>[\u4e00-\u9fff]{2,12}?)(?:系统|领域|行业|战线|安全)")
_STATED = re.compile(
    rf"(?P<u>[\u4e00-\u9fff]{{2,14}}?(?:{_SUFFIX}))(?:结合|根据|按照|依据|围绕|立足|特|现)[^。;；]{{0,30}}?制定(?:本|如下|此)?(?:实施)?(?:方案|计划|要点|措施)"
)


def sector(title: str) -> str | None:
    """The sector a sub-plan's title names: 教育系统…方案 -> 教育; 发展改革委安全生产…方案 -> 发展改革委."""
    t = re.sub(r"[(（][^()（）]*[)）]", "", fold(title)).strip()
    m = _SECTOR.match(t)
    return m.group("s") if m else None


def stated(preamble: str, level: str | None) -> str | None:
    """The unit a preamble says wrote the plan ("区教委结合工作实际制定本方案"); None for 我委/本局."""
    for m in _STATED.finditer(fold(preamble)):
        name = m.group("u")
        start = _level_start(name, level)
        if start is not None:
            return name[start:]
    return None


def _level_start(name: str, level: str | None) -> int | None:
    """Where a unit name that starts with a level prefix (区教委) begins inside a longer match."""
    if not level:
        return None
    i = name.rfind(level)
    while i >= 0:
        if len(name) - i >= 3:
            return i
        i = name.rfind(level, 0, i)
    return None


def written_units(text: str, level: str | None) -> collections.Counter:
    """Unit-like names with the jurisdiction's level prefix written in a text (区教委, 区公安分局),
    counted. Where a name could end at more than one suffix (区人力社 / 区人力社保局) every reading
    is counted: the sector match picks the one that fits."""
    if not level:
        return collections.Counter()
    f = fold(text)
    found = collections.Counter()
    for m in re.finditer(level, f):
        run = re.match(r"[\u4e00-\u9fff]{1,12}", f[m.end():])
        if not run:
            continue
        word = run.group(0)
        for end in range(2, len(word) + 1):
            if "等" in word[:end]:
                break  # 区消防救援支队等部门: a list's tail, not one name
            if word[:end].endswith(_SUFFIXES) and word[end - 1 : end + 1] != "部门":  # 区市场监管部门 is no 部
                found[level + word[:end]] += 1
    return found


def _core(name: str, level: str | None) -> str:
    """区住房城乡建委 -> 住房城乡建: the name without its level prefix and its unit suffix."""
    if level and name.startswith(level) and len(name) > 2:
        name = name[len(level):]
    for s in _SUFFIXES:
        if name.endswith(s) and len(name) > len(s):
            return name[: -len(s)]
    return name


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


def closeness(sector_words: str, name: str, level: str | None) -> float:
    """How well the unit `name` stands for this sector (0: not at all). Its core and the sector's
    words must be one another's abbreviation: same first character, one a subsequence of the other;
    the score is the share of the longer one the shorter one covers (区人力社保局 beats 区人力社)."""
    core = _core(name, level)
    bare = name[len(level):] if level and name.startswith(level) else name
    if not core or core[0] != sector_words[0]:
        return 0.0
    if len(core) < 2 and len(bare) > 2:
        return 0.0  # one character (教 of 教委) only stands for a two-character name
    if _subsequence(core, sector_words):
        return len(core) / len(sector_words)
    if _core(sector_words, None) == sector_words and _subsequence(sector_words, core):
        return len(sector_words) / len(core)  # 消防 -> 区消防救援支队
    return 0.0


def by_sector(sector_words: str, pools: list[collections.Counter], level: str | None) -> str | None:
    """The unit named after the sector, from the first pool that has one: the closest, then the most
    written; a tie between two readings is no answer."""
    for pool in pools:
        hits = sorted(((closeness(sector_words, n, level), c, n) for n, c in pool.items()), reverse=True)
        hits = [h for h in hits if h[0] > 0]
        if not hits:
            continue
        if len(hits) == 1 or hits[0][:2] > hits[1][:2]:
            return hits[0][2]
        return None
    return None

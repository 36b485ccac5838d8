"""The unit registry: names resolved to ids inside a jurisdiction.

A name means something only inside its jurisdiction: 区应急局 written in a
巴南区 plan is 巴南区应急管理局; 市应急管理局 in 高安市 is not the one in 三明市.
Registry names are full (巴南区应急管理局); aliases hold the forms written in
plans (区应急局, 区应急管理局). An abbreviation joins a full name when the
standard short forms expand to it, or when its characters are a subsequence
of exactly one full name of the same jurisdiction with the same first and last
character (区住建委 ⊂ 区住房城乡建委). Names that do not look like a unit
(市公安局交警) stay unresolved, kept as written.
"""

from __future__ import annotations

import re

from . import ids
from ..unitnames import full_form
from .places import places
from .text import fold, level_char

_LEVELS = "省市区县旗盟州镇乡"
_SUFFIX = re.compile(
    r"(局|委|办|厅|部|中心|队|处|站|院|所|署|会|室|社|股|科|馆|公司|集团|企业|政府|镇|乡|街道|办事处|村|社区|联|团|单位|部门|机构|"
    r"园区|开发区|高新区|新区|示范区|试验区|警备区|军分区|基地|党委|党工委|管委会|支队|大队|总队|分局|委员会|小组|指挥部|专班|工作组|"
    # a bank's office in a list of units: 人民银行, 人行合肥中心支行, 人民银行济南分行
    r"银行|分行|支行|"
    # a customs office (苏州海关)
    r"海关|"
    # a broadcaster or a weather station (县电视台, 市气象台)
    r"电视台|电台|气象台)$"
)
_GROUP = re.compile(r"^(有关|相关|其他|全体|乡镇|镇街)|各|[省市区县]属|有关部门|相关部门|有关单位|成员单位|[市区县镇省]直|等")


def kind_of(name: str) -> str:
    name = fold(name)
    bare = re.sub(r"[(（][^)）]*[)）]$", "", name)
    if _GROUP.search(name):
        return "group"
    if re.search(r"(委员会|安委|安委会|专委会|安委办|委员会办公室)$", bare):
        return "committee"
    if re.search(r"(公司|集团|企业)$", bare):
        return "enterprise"
    if re.search(r"(镇|乡)(人民)?政府$|街道办事处$|街道办$", bare):
        return "town"
    if re.search(r"(工会|妇联|团委|共青团.*|红十字会|科协|残联|工商联|协会|党委|政府|管委会|党工委|人民政府)$", bare):
        return "organization"
    if re.search(r"(村|社区)$", bare):
        return "village"
    if re.search(r"(镇|乡|街道|办事处)$", bare):
        return "town"
    if re.search(r"(局|委|办|厅|部|中心|队|处|站|院|所|署|室|科|馆|警备区|军分区|海关)$", bare):
        return "department"
    return "other"


def looks_like_unit(name: str) -> bool:
    name = fold(name)
    bare = re.sub(r"[(（][^)）]*[)）]$", "", name)
    return 1 < len(name) <= 40 and bool(_SUFFIX.search(bare) or _GROUP.search(name) or _OWN_TEAM.fullmatch(bare))


# a body's own office run as a 组, named with the body's one-character short name in its own plan (局宣传科研组, 院办公组)
_OWN_TEAM = re.compile(r"[局院馆][\u4e00-\u9fff]{2,6}组")


# a government leader named by post alone in a 责任领导 column (常务副市长, 副县长, 市长): a person, no unit
_LEADER_POST = re.compile(r"(?:常务|执行)?副?(?:省|市|县|区|州|旗|镇|乡)长|(?:常务)?副?秘书长")


def person_cell(cell: str) -> bool:
    """"徐国江", "耿 峰 彭开国", "陆 明俞 悦": people's names (a 分管领导 column), not units."""
    f = fold(cell).strip()
    if _LEADER_POST.fullmatch(f.replace(" ", "")):
        return True  # 常务副市长: a 责任领导 cell naming the leader by post
    return bool(re.fullmatch(r"[\u4e00-\u9fff\s、,，·]{2,16}", f)) and not looks_like_unit(f.replace(" ", "")) \
        and all(1 <= len(p) <= 4 for p in re.split(r"[、,，\s]+", f) if p) and len(f.replace(" ", "")) <= 12


def _level_prefixed(name: str) -> bool:
    """区应急局, 市直有关部门: a one-character level prefix (but 乡镇…, 镇街… are words)."""
    return len(name) > 2 and name[0] in _LEVELS and not name.startswith(("乡镇", "镇街", "区域", "市场", "县域", "省份"))


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


class Registry:
    """Units by id, and (jurisdiction, name-or-alias) -> id."""

    def __init__(self, existing: list[dict] | None = None):
        self.units: dict[str, dict] = {}
        self.index: dict[tuple[str | None, str], str] = {}
        for u in existing or []:
            unit = {"id": u["id"], "name": u["name"], "jurisdiction": u.get("jurisdiction"), "kind": u["kind"],
                    "aliases": list(u.get("aliases") or [])}
            self.units[unit["id"]] = unit
            for n in [unit["name"], *unit["aliases"]]:
                self.index.setdefault((unit["jurisdiction"], n), unit["id"])

    # ------------------------------------------------------------ placing a name

    def place(self, written: str, jurisdiction: str | None, parents: tuple[str, ...] = ()) -> tuple[str | None, str, str | None]:
        """(jurisdiction, key as written with its level prefix, full name) — jurisdiction None: cannot place."""
        name = re.sub(r"\s+", "", written)
        if not jurisdiction:
            return None, name, name
        lc = level_char(jurisdiction)
        stem = jurisdiction[:-1] if len(jurisdiction) > 2 else jurisdiction
        if name.startswith(("局", "委", "本", "我", "该", "厅")):
            return None, name, name  # 局属各单位: the issuing body itself, which the text does not name
        if len(name) > len(jurisdiction) + 1 and not name.startswith(jurisdiction) and (jurisdiction in name or stem in name[1:]):
            return jurisdiction, name, name  # a proper name with the place inside (交通执法巴南区大队)
        found = places(name)
        if found and name.startswith(found[0]):
            other = found[0]
            return other, name, name
        if name.startswith(stem) and not name.startswith(jurisdiction):
            return jurisdiction, name, name
        if name.startswith(jurisdiction):
            return jurisdiction, lc + name[len(jurisdiction):] if lc else name, name
        if _level_prefixed(name):
            if name[0] == lc:
                return jurisdiction, name, name if kind_of(name) == "group" else jurisdiction + full_form(name[1:])
            for p in parents:
                if level_char(p) == name[0]:
                    return p, name, jurisdiction_name(p, name)
            return None, name, name
        if kind_of(name) == "group":
            return jurisdiction, name, name
        key = (lc or "") + name
        return jurisdiction, key, jurisdiction + full_form(name)

    # ------------------------------------------------------------ resolving

    def resolve_all(self, names: set[tuple[str, str | None, tuple[str, ...]]]) -> dict[tuple[str, str | None], str | None]:
        """Resolve every (written, jurisdiction, parents); full names first so abbreviations join them."""
        placed = []
        for written, jur, parents in names:
            pj, key, full = self.place(written, jur, parents)
            placed.append((written, jur, pj, key, full))
        placed.sort(key=lambda p: (-len(p[4] or ""), p[4] or "", p[0], p[1] or ""))
        out: dict[tuple[str, str | None], str | None] = {}
        for written, jur, pj, key, full in placed:
            out[(written, jur)] = self._resolve(written, pj, key, full)
        return out

    def _resolve(self, written: str, jur: str | None, key: str, full: str | None) -> str | None:
        if jur is None or not looks_like_unit(key):
            return None
        for n in (key, written, full, "各" + written, written.removeprefix("各")):
            uid = self.index.get((jur, n))
            if uid:
                self._alias(uid, key)
                return uid
        uid = self._abbreviation_of(jur, key)
        if uid:
            self._alias(uid, key)
            return uid
        return self._new(jur, key, full or key)

    def _abbreviation_of(self, jur: str, key: str) -> str | None:
        if kind_of(key) == "group" or len(key) < 3:
            return None
        hits = {
            uid
            for (j, n), uid in self.index.items()
            if j == jur and len(n) > len(key) and n[0] == key[0] and n[-1] == key[-1] and _subsequence(key, n)
        }
        return hits.pop() if len(hits) == 1 else None

    def _alias(self, uid: str, name: str) -> None:
        unit = self.units[uid]
        if name != unit["name"] and name not in unit["aliases"] and (unit["jurisdiction"], name) not in self.index:
            unit["aliases"].append(name)
            unit["aliases"].sort()
        self.index.setdefault((unit["jurisdiction"], name), uid)

    def _new(self, jur: str, key: str, full: str) -> str:
        base = ids.unit_id(jur, full)
        uid, n = base, 2
        while uid in self.units:
            uid, n = f"{base}-{n}", n + 1
        unit = {"id": uid, "name": full, "jurisdiction": jur, "kind": kind_of(full), "aliases": []}
        self.units[uid] = unit
        self.index[(jur, full)] = uid
        self._alias(uid, key)
        return uid

    def dump(self) -> list[dict]:
        out = []
        for u in sorted(self.units.values(), key=lambda u: (u["jurisdiction"] or "", u["id"])):
            d = {"id": u["id"], "name": u["name"], "jurisdiction": u["jurisdiction"], "kind": u["kind"]}
            if u["aliases"]:
                d["aliases"] = sorted(u["aliases"])
            out.append(d)
        return out


def jurisdiction_name(jurisdiction: str, written: str) -> str:
    """区应急局 of 巴南区 -> 巴南区应急管理局."""
    if written and written[0] == level_char(jurisdiction):
        return jurisdiction + full_form(written[1:])
    return written

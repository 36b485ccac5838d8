"""Score the importer on the development corpus (tests/corpus/): texts annotated by hand.

    python benchmarks/import_score.py              per document, per shape and overall
    python benchmarks/import_score.py --json       the same figures as JSON
    python benchmarks/import_score.py NAME…        only these documents (names without .txt)
    python benchmarks/import_score.py --diff       and what each document missed or added
    python benchmarks/import_score.py --deadlines  and each document's missed and extra deadline phrases

Figures (tasks are matched by the line they start on):
    task recall / precision   gold task lines found / imported task lines that are gold
    unit F1                   (task line, unit name as written) pairs, whatever the role
    role F1                   (task line, role, unit name) pairs; carried units count in their role
    deadline recall           (task line, phrase) pairs of the gold found among the imported ones
    plans                     gold plan titles found on their line
    plan_precision            imported plans with a title (not 原文无标题) whose title and line are gold: a
                              preamble's sentence or a site's headline taken for a title costs here
    place                     documents whose first plan's jurisdiction is the gold place (全国: none)

Names and phrases are compared folded (simplified, half-width, no spaces, no pinyin glosses),
so a traditional text's 牽頭 and a full-width bracket compare equal to their simplified
half-width forms.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from planportal.importer import import_texts
from planportal.importer.head import UNTITLED
from planportal.importer.text import fold, strip_glosses
from planportal.model import ROLES

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
FIGURES = ("task_recall", "task_precision", "unit_f1", "role_f1", "deadline_recall", "plans", "place", "plan_precision")


def norm(s: str) -> str:
    """Folded, without spaces or the pinyin glosses a web page's converter glued in (區(qū) -> 区)."""
    return "".join(fold(strip_glosses(str(s))).split())


@dataclass
class Counts:
    """True positives, gold and found, per figure kind."""
    n: dict = field(default_factory=lambda: collections.defaultdict(lambda: [0, 0, 0]))

    def add(self, kind: str, gold: set, found: set, match=None) -> None:
        hit = len(gold & found) if match is None else sum(1 for g in gold if any(match(g, f) for f in found))
        c = self.n[kind]
        c[0] += hit
        c[1] += len(gold)
        c[2] += len(found)

    def merge(self, other: "Counts") -> None:
        for kind, (a, b, c) in other.n.items():
            mine = self.n[kind]
            mine[0] += a
            mine[1] += b
            mine[2] += c

    def figures(self) -> dict[str, float | None]:
        def ratio(a, b):
            return a / b if b else None

        def f1(kind):
            tp, gold, found = self.n[kind]
            p, r = ratio(tp, found), ratio(tp, gold)
            if not gold and not found:
                return None
            return 2 * p * r / (p + r) if p and r else 0.0

        tasks = self.n["tasks"]
        return {
            "task_recall": ratio(tasks[0], tasks[1]),
            "task_precision": ratio(tasks[0], tasks[2]),
            "unit_f1": f1("units"),
            "role_f1": f1("roles"),
            "deadline_recall": ratio(*self.n["deadlines"][:2]),
            "plans": ratio(*self.n["plans"][:2]),
            "place": ratio(*self.n["place"][:2]),
            "plan_precision": ratio(*self.n["titled"][::2]),
        }


def _phrase_match(gold: tuple, found: tuple) -> bool:
    """The same task line and the same phrase, give or take a trailing 前/以前 or a leading 于/在."""
    (gl, gp), (fl, fp) = gold, found
    if gl != fl:
        return False
    if gp == fp:
        return True
    short, long_ = sorted((gp, fp), key=len)
    return len(short) >= 2 and short in long_ and len(long_) - len(short) <= 2


def gold_sets(gold: dict) -> dict[str, set]:
    tasks = gold.get("tasks") or []
    units, roles, deadlines = set(), set(), set()
    for t in tasks:
        line = t["line"]
        named = {role: list(t.get(role) or []) for role in ROLES}
        for role, names in (t.get("carried") or {}).items():
            named.setdefault(role, []).extend(names or [])
        for role, names in named.items():
            for name in names:
                units.add((line, norm(name)))
                roles.add((line, role, norm(name)))
        for phrase in t.get("deadlines") or []:
            deadlines.add((line, norm(phrase)))
    plans = {(p["line"], norm(p["title"])) for p in gold.get("plans") or []}
    return {"tasks": {t["line"] for t in tasks}, "units": units, "roles": roles, "deadlines": deadlines, "plans": plans}


def found_sets(plans: list[dict]) -> dict[str, set]:
    tasks, units, roles, deadlines = set(), set(), set(), set()
    for p in plans:
        for t in p["tasks"]:
            line = t["line"]
            tasks.add(line)
            for role in ROLES:
                for ref in t.get(role) or []:
                    units.add((line, norm(ref["written"])))
                    roles.add((line, role, norm(ref["written"])))
            for d in t.get("deadlines") or []:
                deadlines.add((line, norm(d["text"])))
    titles = {(p["source"]["line"], norm(p["title"])) for p in plans}
    return {"tasks": tasks, "units": units, "roles": roles, "deadlines": deadlines, "plans": titles}


def score_document(name: str, text: str, gold: dict) -> tuple[Counts, dict]:
    result = import_texts([(f"{name}.txt", text)])
    g, f = gold_sets(gold), found_sets(result.plans)
    counts = Counts()
    for kind in ("tasks", "units", "roles", "plans"):
        counts.add(kind, g[kind], f[kind])
    counts.add("deadlines", g["deadlines"], f["deadlines"], _phrase_match)
    counts.add("titled", g["plans"], {p for p in f["plans"] if p[1] != norm(UNTITLED)})
    if gold.get("place"):
        place = result.plans[0].get("jurisdiction") if result.plans else None
        counts.add("place", {norm(gold["place"])}, {norm(place or "全国")})
    diff = {
        "missed_tasks": sorted(g["tasks"] - f["tasks"]),
        "extra_tasks": sorted(f["tasks"] - g["tasks"]),
        "missed_units": sorted(g["units"] - f["units"]),
        "extra_units": sorted(f["units"] - g["units"]),
        "wrong_roles": sorted((g["roles"] - f["roles"]) - {(l, r, n) for l, r, n in g["roles"] if (l, n) not in f["units"]}),
        "missed_deadlines": sorted(d for d in g["deadlines"] if not any(_phrase_match(d, x) for x in f["deadlines"])),
        # phrases the importer found that no gold phrase of the same task matches (on a gold task line only:
        # the deadlines of a task the gold does not have are counted by task precision)
        "extra_deadlines": sorted(x for x in f["deadlines"] if x[0] in g["tasks"] and not any(_phrase_match(d, x) for d in g["deadlines"])),
        "missed_plans": sorted(g["plans"] - f["plans"]),
        # plans the importer titled that no gold plan is (a preamble's sentence, a site's menu taken for a title):
        # the plans figure counts the gold titles found, not these
        "extra_plans": sorted(p for p in f["plans"] - g["plans"] if p[1] != norm(UNTITLED)),
        "wrong_place": [] if not gold.get("place") or counts.n["place"][0] else
        [gold["place"], (result.plans[0].get("jurisdiction") if result.plans else None)],
        # a title given to two plans of one text (a page's headline taken for a plan the notice sends): no
        # figure counts it, the plans figure being the gold titles found
        "repeated_plans": sorted(t for t, k in collections.Counter(p["title"] for p in result.plans).items() if k > 1),
    }
    return counts, diff


def load_corpus(names: list[str] | None = None, corpus: Path = CORPUS) -> list[tuple[str, str, dict]]:
    out = []
    for gold_path in sorted((corpus / "gold").glob("*.yml")):
        name = gold_path.stem
        if names and name not in names:
            continue
        text = (corpus / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        out.append((name, text, yaml.safe_load(gold_path.read_text(encoding="utf-8"))))
    return out


def score(names: list[str] | None = None, corpus: Path = CORPUS) -> dict:
    """{"documents": {name: {figures…, "diff": …}}, "shapes": {shape: figures}, "overall": figures}."""
    overall, by_shape, docs = Counts(), collections.defaultdict(Counts), {}
    for name, text, gold in load_corpus(names, corpus):
        counts, diff = score_document(name, text, gold)
        overall.merge(counts)
        for shape in gold.get("shapes") or []:
            by_shape[shape].merge(counts)
        docs[name] = {**counts.figures(), "tasks": counts.n["tasks"][1], "diff": diff}
    return {"documents": docs, "shapes": {s: c.figures() for s, c in sorted(by_shape.items())}, "overall": overall.figures()}


def _fmt(v) -> str:
    return "  –  " if v is None else f"{v:5.2f}"


def _table(rows: list[tuple[str, dict]], first: str) -> list[str]:
    head = f"{first:<44} " + " ".join(f"{k[:9]:>9}" for k in FIGURES)
    out = [head, "-" * len(head)]
    for label, figs in rows:
        out.append(f"{label[:44]:<44} " + " ".join(f"{_fmt(figs.get(k)):>9}" for k in FIGURES))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--diff", action="store_true", help="list what each document missed or added")
    ap.add_argument("--deadlines", action="store_true", help="list each document's missed and extra deadline phrases")
    args = ap.parse_args(argv)
    result = score(args.names or None)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    docs = result["documents"]
    print("\n".join(_table([(f"{n} ({d['tasks']})", d) for n, d in docs.items()], "document (gold tasks)")))
    print()
    print("\n".join(_table(list(result["shapes"].items()), "shape")))
    print()
    print("\n".join(_table([(f"overall: {len(docs)} documents, {sum(d['tasks'] for d in docs.values())} tasks", result["overall"])], "")))
    if args.diff or args.deadlines:
        keys = ("missed_deadlines", "extra_deadlines") if args.deadlines and not args.diff else None
        for n, d in docs.items():
            lines = [f"  {k}: {v}" for k, v in d["diff"].items() if v and (keys is None or k in keys)]
            if lines:
                print(f"\n== {n}")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

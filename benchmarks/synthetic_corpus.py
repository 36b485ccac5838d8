"""A realistic synthetic data directory of N tasks, for measuring the portal at scale.

    python benchmarks/synthetic_corpus.py --tasks 10000 --out synthetic-data

Tasks are composed from the sentences of the repository's own plans (data/, or the test
fixture when data/ is empty), so the vocabulary, sentence lengths and unit names look like
real work plans; units are departments of 20 districts (each with a 区… alias); deadlines
cover every kind. The result passes `planportal check` and can be built or searched like
data/. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))

from planportal.loader import load  # noqa: E402

DISTRICTS = ["东城区", "西城区", "南岸区", "北碚区", "江北区", "渝中区", "沙坪坝区", "九龙坡区", "大渡口区", "巴南区",
             "綦江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区", "铜梁区", "潼南区", "荣昌区"]
DEPARTMENTS = ["应急管理局", "住房城乡建设委", "公安分局", "交通运输局", "市场监管局", "经济信息委", "商务委", "教委",
               "卫生健康委", "文化旅游委", "农业农村委", "水利局", "城市管理局", "规划自然资源局", "生态环境局",
               "消防救援支队", "气象局", "民政局", "财政局", "发展改革委", "国资委", "林业局", "体育局", "科技局",
               "安委办"]
GROUPS = ["一、压实安全生产责任", "二、深化重点行业领域专项整治", "三、强化隐患排查治理", "四、提升应急处置能力",
          "五、夯实安全生产基层基础", "六、加强宣传教育培训"]
DEADLINES = [
    ("2024年底前", "by", "2024-12-31"), ("2024年6月底前", "by", "2024-06-30"), ("2025年底前", "by", "2025-12-31"),
    ("2024年9月底前", "by", "2024-09-30"), ("2026年6月底前", "by", "2026-06-30"), ("2024年", "year", "2024-12-31"),
    ("2025年", "year", "2025-12-31"), ("长期坚持", "ongoing", None), ("持续推进", "ongoing", None),
    ("每季度", "recurring", None), ("每月", "recurring", None),
]
FALLBACK = ["全面排查整治燃气安全隐患，建立问题隐患和制度措施“两个清单”",
            "督促企业主要负责人落实安全生产第一责任人责任", "开展危险化学品重大危险源专项检查",
            "加强烟花爆竹生产经营储存环节安全监管", "推进城镇燃气管道老化更新改造"]


def sentences(data_dir: Path) -> list[str]:
    portal, _ = load(data_dir) if data_dir.is_dir() else (None, [])
    out: list[str] = []
    for task in portal.tasks if portal else ():
        out += [s.strip() for s in re.split(r"[。；;]", task.text) if 8 <= len(s.strip()) <= 120]
    return out or FALLBACK


def units() -> list[dict]:
    out = []
    for j, district in enumerate(DISTRICTS):
        for k, dept in enumerate(DEPARTMENTS):
            out.append({"id": f"syn{j:02d}-{k:02d}", "name": f"{district}{dept}", "jurisdiction": district,
                        "kind": "department", "aliases": [f"区{dept}"]})
        out.append({"id": f"syn{j:02d}-zhenjie", "name": "各镇街", "jurisdiction": district, "kind": "group"})
    return out


def ref(unit: dict, rng: random.Random) -> dict:
    written = rng.choice([unit["name"]] + unit.get("aliases", []))
    return {"unit": unit["id"], "written": written}


def generate(out: Path, tasks: int, per_plan: int = 100, seed: int = 1, source: Path = ROOT / "data") -> Path:
    rng = random.Random(seed)
    pool = sentences(source)
    if not pool or not (source / "plans").exists():
        pool = sentences(ROOT / "tests" / "fixtures" / "portal")
    registry = units()
    by_district: dict[str, list[dict]] = {}
    for u in registry:
        by_district.setdefault(u["jurisdiction"], []).append(u)
    (out / "plans").mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(parents=True, exist_ok=True)
    (out / "units.yml").write_text(yaml.safe_dump({"units": registry}, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
    plans = (tasks + per_plan - 1) // per_plan
    made = 0
    for p in range(plans):
        district = DISTRICTS[p % len(DISTRICTS)]
        local = [u for u in by_district[district] if u["kind"] == "department"]
        plan_id = f"syn-2024-{p:04d}"
        lines = [f"{district}2024年安全生产专项工作方案（第{p + 1}号）", ""]
        groups, plan_tasks = [], []
        for g, title in enumerate(GROUPS):
            number, _, rest = title.partition("、")
            lines.append(title)
            groups.append({"id": f"g{g + 1}", "number": number + "、", "title": rest, "line": len(lines)})
            for _ in range(per_plan // len(GROUPS) + (1 if g < per_plan % len(GROUPS) else 0)):
                if made >= tasks:
                    break
                made += 1
                text = "；".join(rng.sample(pool, rng.randint(1, 3)))
                deadlines = rng.sample(DEADLINES, rng.choice([0, 1, 1, 1, 2]))
                lead = rng.sample(local, rng.choice([1, 1, 2]))
                support = rng.sample([u for u in local if u not in lead], rng.randint(0, 3))
                lead_refs = [ref(u, rng) for u in lead]
                roles = "、".join(r["written"] for r in lead_refs) + "牵头"
                support_refs = [ref(u, rng) for u in support]
                if support_refs:
                    roles += "，" + "、".join(r["written"] for r in support_refs) + "配合"
                text = f"{text}。（{roles}；{'，'.join(d[0] for d in deadlines) or '按要求'}完成）"
                n = len(plan_tasks) + 1
                lines.append(f"{n}.{text}")
                task = {"id": f"{plan_id}-{n}", "number": f"{n}.", "group": f"g{g + 1}",
                        "title": re.split(r"[，,；。（]", text)[0][:30], "text": text, "line": len(lines),
                        "lead": lead_refs}
                if support_refs:
                    task["support"] = support_refs
                if deadlines:
                    task["deadlines"] = [{"text": t, "kind": k, **({"date": d} if d else {})} for t, k, d in deadlines]
                plan_tasks.append(task)
        source = f"{plan_id}.txt"
        (out / "sources" / source).write_text("\n".join(lines) + "\n", encoding="utf-8")
        plan = {"id": plan_id, "title": lines[0], "kind": "plan", "jurisdiction": district, "period": "2024年",
                "source": {"file": source, "line": 1}, "groups": groups, "tasks": plan_tasks}
        (out / "plans" / f"{plan_id}.yml").write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False),
                                                      encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=10000)
    ap.add_argument("--per-plan", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    generate(args.out, args.tasks, args.per_plan, args.seed)
    portal, problems = load(args.out)
    errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
    print(f"{len(portal.tasks) if portal else 0} tasks in {len(portal.plans) if portal else 0} plans -> {args.out}"
          f" ({len(errors)} problems)")
    for p in errors[:10]:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())

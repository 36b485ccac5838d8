"""The importer on the five seed texts: counts, a sample of roles, units and deadlines read off the texts,
byte-identical re-import, a clean `check`, and the committed data/ matching a fresh import."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from planportal.importer import command
from planportal.importer.text import strip_glosses
from planportal.loader import load
from planportal.problems import errors

from helpers import ROOT, SEEDS

SOURCES = sorted(SEEDS.glob("*.txt"))


def test_the_seed_texts_ship_with_the_repository():
    """The seed texts are the copies in data/sources/: nothing here depends on files outside the clone."""
    assert [p.name for p in SOURCES] == ["000_478a42098a3f10ff.txt", "001_3a58024109c04de6.txt",
                                         "002_bcf496df62195732.txt", "003_9f4c7656c86b3a29.txt",
                                         "004_cf1649d899ee151a.txt"]
    assert ROOT in SEEDS.parents


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "data"
    assert command(SOURCES, out, report=False) == 0
    return out


@pytest.fixture(scope="module")
def plans(data) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((data / "plans").glob("*.yml"))}


def of_source(plans, prefix):
    return [p for p in plans.values() if p["source"]["file"].startswith(prefix)]


def task_at(plans, prefix, line):
    found = [t for p in of_source(plans, prefix) for t in p.get("tasks", []) if t["line"] == line]
    assert len(found) == 1, f"{prefix}:{line}: {len(found)} tasks"
    return found[0]


def refs(task, role):
    return [r["written"] for r in task.get(role, [])]


def dl(task):
    return [(d["text"], d["kind"], d["date"]) for d in task.get("deadlines", [])]


# ---------------------------------------------------------------- 000: the bundling notice


def test_000_notice_and_children(plans):
    docs = of_source(plans, "000")
    notice = [p for p in docs if p["kind"] == "notice"]
    assert len(notice) == 1
    notice = notice[0]
    assert notice["doc_number"] == "巴南安办〔2024〕24号"
    assert notice["written"] == dt.date(2024, 5, 16) and notice["published"] == dt.date(2024, 5, 24)
    assert notice["jurisdiction"] == "巴南区" and "tasks" not in notice
    children = [p for p in docs if p.get("parent") == notice["id"]]
    assert len(children) == 43
    assert sum(1 for p in children if p["kind"] == "unit-block") == 15
    assert sum(1 for p in children if p["kind"] == "plan") == 28


def test_000_titles_matched_to_the_toc(plans):
    by_line = {p["source"]["line"]: p for p in of_source(plans, "000")}
    # a title cut short in the body ("方案(2024—2026年)") takes its TOC entry
    assert by_line[41]["title"] == "发展改革委安全生产治本攻坚三年行动方案(2024—2026年)"
    assert by_line[493]["title"] == "卫生健康系统安全生产治本攻坚三年行动方案(2024—2026年)"
    assert by_line[439]["title"].startswith("文化和旅游系统")
    assert by_line[834]["title"].startswith("供销合作社系统")
    # split over two lines
    assert by_line[189]["title"].startswith("规划自然资源系统") and by_line[665]["title"].startswith("市场监管系统")
    # differing wording (民政领域 in the body, 民政系统 in the TOC)
    assert by_line[169]["title"].startswith("民政系统")
    # not in the TOC: kept with its body title
    assert by_line[973]["title"] == "科协系统安全生产治本攻坚三年行动方案(2024-2026年)"


@pytest.mark.parametrize("line,count", [(41, 7), (116, 28), (212, 27), (493, 16), (583, 24), (708, 41), (854, 21), (889, 6), (973, 2)])
def test_000_sub_plan_task_counts(plans, line, count):
    plan = next(p for p in of_source(plans, "000") if p["source"]["line"] == line)
    assert len(plan.get("tasks", [])) == count


def test_000_yishi_points_stay_in_their_task(plans):
    task = task_at(plans, "000", 48)
    assert task["number"] == "(五)" and task["title"] == "强化油气长输管道安全监管"
    assert "一是健全完善双重预防机制" in task["text"] and "七是持续提升监管水平" in task["text"]


def test_000_key_task_table_rows(plans):
    row = task_at(plans, "000", 611)
    assert refs(row, "units") == ["各区属国有企业"] and dl(row) == [("2024年", "year", dt.date(2024, 12, 31))]
    merged = task_at(plans, "000", 614)  # 完成时间 cell merged with the row above
    assert dl(merged) == [("2024年", "year", dt.date(2024, 12, 31))] and merged["inferred"] == ["deadlines"]
    assert dl(task_at(plans, "000", 616)) == [("2025年", "year", dt.date(2025, 12, 31))]
    row = task_at(plans, "000", 627)
    assert refs(row, "units") == ["区国资中心", "各区属国有企业"] and dl(row) == [("长期坚持", "ongoing", None)]
    weather = task_at(plans, "000", 743)
    assert dl(weather) == [("2024年底前", "by", dt.date(2024, 12, 31)), ("长期坚持", "ongoing", None)]
    row = task_at(plans, "000", 794)
    assert refs(row, "units")[:2] == ["区交通局", "区海事处"] and len(refs(row, "units")) == 7


def test_000_member_unit_blocks(plans):
    blocks = {p["issuer"]: p for p in of_source(plans, "000") if p["kind"] == "unit-block"}
    assert len(blocks) == 15
    assert [len(blocks[u]["tasks"]) for u in ("区委组织部", "区委宣传部", "区科技局", "巴南海事局")] == [4, 3, 5, 20]
    first = blocks["区委宣传部"]["tasks"][0]
    assert dl(first) == [("2024年", "year", dt.date(2024, 12, 31)), ("长期坚持", "ongoing", None)]
    assert refs(first, "units") == ["区委宣传部"]
    assert blocks["区委宣传部"]["tasks"][1]["inferred"] == ["deadlines"]
    assert dl(blocks["区委组织部"]["tasks"][3]) == [("2024年—2026年", "by", dt.date(2026, 12, 31))]


def test_000_unnumbered_paragraph_with_its_own_clause_is_a_task(plans):
    task = task_at(plans, "000", 325)  # after "2.严把车辆进入运输市场关…(责任科室:…;责任单位:区运管所)"
    assert task.get("number") is None and task["title"] == "严把水路运输市场准入关"
    assert refs(task, "units") == ["局港航民航科", "局法制审批科", "区港航中心"]
    above = task_at(plans, "000", 324)
    assert "严把水路运输" not in above["text"] and refs(above, "units") == ["局综合运输科", "局法制审批科", "区运管所"]


# ---------------------------------------------------------------- 001: 25 measures


def test_001_measures_and_units(plans):
    (plan,) = of_source(plans, "001")
    assert plan["jurisdiction"] == "河北省" and plan["published"] == dt.date(2023, 6, 14)
    tasks = plan["tasks"]
    assert len(tasks) == 25 and tasks[0]["number"] == "(一)" and tasks[-1]["number"] == "(二十五)"
    seventh = task_at(plans, "001", 22)
    assert refs(seventh, "units") == [
        "各市党委、政府", "雄安新区党工委、管委会", "省应急管理厅", "省住房和城乡建设厅", "省公安厅", "省交通运输厅",
        "省工业和信息化厅", "省文化和旅游厅", "省市场监管局", "省农业农村厅", "省消防救援总队",
    ]
    assert refs(task_at(plans, "001", 8), "units")[-1] == "省安委会各成员单位"
    assert all(not t.get("lead") for t in tasks)  # 责任单位 marks no role


# ---------------------------------------------------------------- 002: traditional article


def test_002_traditional_article(plans):
    (plan,) = of_source(plans, "002")
    assert plan["kind"] == "article" and plan["jurisdiction"] == "三明市"
    assert len(plan["groups"]) == 4 and len(plan["tasks"]) == 12
    assert plan["title"] == "三明市一體推進安全生產大檢查和安全生產專項整治三年行動鞏固提升"
    assert plan["tasks"][0]["title"] == "重大隱患一律由市縣黨政領導掛包整改"
    texts = " ".join(t["title"] + t["text"] for t in plan["tasks"])
    assert "(wǎng)" not in texts and "(zé)" not in texts and "責任" in texts


# ---------------------------------------------------------------- 003: notice wrapping one plan


def test_003_plan_in_notice(plans):
    notice, plan = sorted(of_source(plans, "003"), key=lambda p: p["source"]["line"])
    assert notice["kind"] == "notice" and notice["doc_number"] == "凤凰府发〔2024〕54号"
    assert notice["issuer"] == "巫溪县凤凰镇人民政府" and notice["written"] == dt.date(2024, 4, 15)
    assert plan["parent"] == notice["id"] and plan["period"] == "2024—2026年" and plan["source"]["line"] == 17
    assert len(plan["tasks"]) == 19
    assert plan["tasks"][0]["title"] == "压实党委、政府安全生产责任" and plan["tasks"][0]["line"] == 28
    assert all(not any(t.get(r) for r in ("lead", "support", "implement", "supervise", "units")) for t in plan["tasks"])


# ---------------------------------------------------------------- 004: work points with role clauses


def test_004_roles(plans):
    (plan,) = of_source(plans, "004")
    assert len(plan["tasks"]) == 34 and len(plan["groups"]) == 6
    t1 = task_at(plans, "004", 13)
    assert t1["title"] == "着力树牢安全发展理念"
    assert refs(t1, "lead") == ["市委宣传部", "市应急管理局"]
    assert refs(t1, "support") == ["市直有关部门"]
    assert refs(t1, "implement") == ["各乡镇(街道、管委会、场、库)"]
    t6 = task_at(plans, "004", 25)
    assert refs(t6, "supervise") == ["各安全生产委员会"] and refs(t6, "implement") == ["市直有关部门", "各乡镇(街道、管委会、场、库)"]
    t9 = task_at(plans, "004", 33)
    assert refs(t9, "lead") == ["市安委"] and refs(t9, "supervise") == ["各安全生产委员会"]
    t13 = task_at(plans, "004", 43)  # no brackets at all, "…等市直有关部门" tail
    assert refs(t13, "lead") == ["市住建局", "市城管局", "市交通运输局", "市水利局", "市教体局", "市发改委", "市直有关部门"]
    t2 = task_at(plans, "004", 15)  # missing separator: "市直有关部门乡镇(…)落实"
    assert refs(t2, "lead") == ["市安委"] and refs(t2, "implement") == ["市直有关部门", "乡镇(街道、管委会、场、库)"]
    assert refs(task_at(plans, "004", 71), "implement") == ["市直有关部门"]
    assert dl(task_at(plans, "004", 37)) == [("2024年底前", "by", dt.date(2024, 12, 31))]


def test_004_units_resolved_in_jurisdiction(plans, data):
    units = {u["id"]: u for u in yaml.safe_load((data / "units.yml").read_text(encoding="utf-8"))["units"]}
    t1 = task_at(plans, "004", 13)
    lead = t1["lead"][1]
    assert units[lead["unit"]]["name"] == "高安市应急管理局" and units[lead["unit"]]["jurisdiction"] == "高安市"
    group = units[t1["implement"][0]["unit"]]
    assert group["kind"] == "group" and "乡镇(街道、管委会、场、库)" in group.get("aliases", [])
    # 城管局 and 市城管局 are one unit; 市公安局交警 is not a unit name and stays as written
    t10 = task_at(plans, "004", 35)
    # (t10: "市消防安全委员会牵头组织，…城管局…等市直有关部门按照职责分工负责": the lead is named, so 城管局 supports)
    assert {r["unit"] for r in t10["support"] if r["written"] in ("城管局",)} == {r["unit"] for r in task_at(plans, "004", 43)["lead"] if r["written"] == "市城管局"}
    kept = [r for r in task_at(plans, "004", 41)["lead"] if r["written"] == "市公安局交警"]
    assert kept and kept[0]["unit"] is None


# ---------------------------------------------------------------- the whole data set


def test_check_passes(data):
    portal, problems = load(data)
    assert not errors(problems), "\n".join(map(str, errors(problems)))
    assert len(portal.plans) == 49
    # 578: the 交通运输 sub-plan's four unnumbered paragraphs with clauses of their own are tasks
    assert sum(len(p.tasks) for p in portal.plans) == 578


def test_every_task_keeps_its_source_line(data, plans):
    for plan in plans.values():
        lines = strip_glosses((data / "sources" / plan["source"]["file"]).read_text(encoding="utf-8")).split("\n")
        for task in plan.get("tasks", []):
            at = lines[task["line"] - 1]
            if re.fullmatch(r"\d{1,3}\s*\|?", at.strip()):
                at = lines[task["line"]]  # a table row starts at its 序号 cell, its task on the next line
            assert task["title"].rstrip("…")[:6] in at or task["text"][:6] in at


def _files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_reimport_is_byte_identical(data, tmp_path):
    again = tmp_path / "data"
    assert command(SOURCES, again, report=False) == 0
    assert _files(again) == _files(data)
    assert command(SOURCES, again, report=False) == 0  # into the same dir: merge changes nothing
    assert _files(again) == _files(data)


def test_committed_data_is_a_fresh_import(data):
    committed = {k: v for k, v in _files(ROOT / "data").items() if k.split("/")[0] in ("plans", "sources", "units.yml")}
    assert committed == _files(data), "data/ is stale: run planportal import data/sources/*.txt --data data"


def test_report_lists_unassigned_lines(capsys, tmp_path):
    assert command([SEEDS / "002_bcf496df62195732.txt"], tmp_path / "d", report=True) == 0
    out = capsys.readouterr()
    assert "任务 12 项" in out.out and "未归入任何内容的正文行 4 行" in out.out and "  11: " in out.out
    assert "私用区字符: 第 39 行 U+E5DD" in out.out and "002_bcf496df62195732.txt:39: 警告" in out.err

"""Plan owners: whose plan it is, even when none of its tasks names a unit."""

from __future__ import annotations

from helpers import ROOT
from planportal.importer import import_texts

NOTICE = """巴南区安全生产委员会办公室关于印发《全区安全生产专项整治子方案》的通知
各镇人民政府、街道办事处，区安委会成员单位：
现将《全区安全生产专项整治子方案》印发给你们，请认真贯彻落实。
巴南区安全生产委员会办公室
2024年5月16日
教育系统安全生产专项整治方案
为夯实教育领域安全生产基础，区教委结合工作实际制定本方案。
一、主要任务
（一）开展校园安全排查。每学期开展一次全面排查。
（二）加强校车安全管理。2024年底前完成校车安全隐患整治。
公安系统安全生产专项整治方案
为夯实公安系统安全生产基础，结合工作实际，制定本方案。
一、主要任务
（一）加强道路交通安全管理。联合区交通局开展整治。
（二）加强危险物品管理。区公安分局治安支队具体负责。
化工和危险化学品安全生产专项整治方案
为夯实化工安全生产基础，结合工作实际，制定本方案。
一、主要任务
（一）开展重大危险源检查。每季度检查一次。
"""


def plans_of(text: str) -> dict[str, dict]:
    result = import_texts([("owners.txt", text)])
    return {p["title"]: p for p in result.plans}


def test_a_preamble_that_names_its_writer_gives_the_owner():
    plans = plans_of(NOTICE)
    owner = plans["教育系统安全生产专项整治方案"]["owner"]
    assert owner["written"] == "区教委" and "inferred" not in owner
    assert owner["unit"] == "banan-jiaowei"


def test_a_sector_plan_belongs_to_the_department_named_after_its_sector():
    plans = plans_of(NOTICE)
    owner = plans["公安系统安全生产专项整治方案"]["owner"]
    assert owner == {"unit": "banan-gonganfenju", "written": "区公安分局", "inferred": True}


def test_no_owner_is_guessed_for_a_sector_no_department_is_named_after():
    plans = plans_of(NOTICE)
    assert "owner" not in plans["化工和危险化学品安全生产专项整治方案"]
    assert "owner" not in plans["巴南区安全生产委员会办公室关于印发《全区安全生产专项整治子方案》的通知"]


def test_a_traditional_text_keeps_the_owner_as_written():
    from opencc import OpenCC

    plans = plans_of(OpenCC("s2t").convert(NOTICE))
    owners = {p["owner"]["written"] for p in plans.values() if "owner" in p}
    assert owners == {"區教委", "區公安分局"}


def test_the_seed_notice_gives_its_sub_plans_and_unit_blocks_their_owners():
    text = (ROOT / "data" / "sources" / "000_478a42098a3f10ff.txt").read_text(encoding="utf-8")
    plans = import_texts([("000_478a42098a3f10ff.txt", text)]).plans
    subs = [p for p in plans if p.get("parent")]
    assert len(subs) == 43
    owned = [p for p in subs if p.get("owner")]
    assert len(owned) >= 37
    by_title = {p["title"][:6]: p["owner"] for p in owned}
    assert by_title["教育系统安全"]["written"] == "区教委" and not by_title["教育系统安全"].get("inferred")
    assert by_title["公安系统安全"] == {"unit": "banan-gonganfenju", "written": "区公安分局", "inferred": True}
    assert by_title["文化和旅游系"]["written"] == "区文化旅游委"
    assert by_title["人力社保系统"]["written"] == "区人力社保局"  # not the prefix 区人力社
    blocks = [p for p in subs if p["kind"] == "unit-block"]
    assert all(p["owner"]["written"] == p["issuer"] and not p["owner"].get("inferred") for p in blocks)

"""A department's page shows the plans it owns and their tasks that name no unit (主管), so
巴南区公安分局's page carries its own 28-task 公安系统 plan; so do its task book and the finder."""

from __future__ import annotations

import json

from helpers import ROOT, run_cli


def test_unit_page_lists_owned_plans_and_their_tasks(seed_site):
    html = seed_site.html("units/banan-gonganfenju/")
    owned = html.split('id="owned"')[1].split("</section>")[0]
    assert "公安系统安全生产治本攻坚三年行动方案" in owned and "28 项任务" in owned and "（推断）" in owned
    assert "主管的任务" in html
    plan = seed_site.portal.plan_by_id["banan-2024-gongan"]
    for task in plan.tasks:
        assert f"tasks/{task.id}/" in html


def test_plan_page_names_its_owner(seed_site):
    html = seed_site.html("plans/banan-2024-jiaoyu/")
    assert "<dt>主管单位</dt>" in html and "units/banan-jiaowei/" in html
    assert "（推断）" not in html.split("<dt>主管单位</dt>")[1].split("</div>")[0]  # 区教委 says so in the preamble


def test_units_index_counts_owned_tasks(seed_site):
    html = seed_site.html("units/")
    row = html.split('units/banan-gonganfenju/"')[1].split("</tr>")[0]
    assert "<th scope=\"col\">主管</th>" in html
    assert "<td>28</td>" in row


def test_finder_offers_the_owner_role(seed_site):
    data = json.loads((seed_site.root / "assets/planportal/search/index/finder.json").read_text(encoding="utf-8"))
    assert ["owner", "主管"] in data["roles"]


def test_task_book_includes_owned_tasks(tmp_path):
    out = tmp_path / "book.html"
    result = run_cli("book", "banan-gonganfenju", "--data", str(ROOT / "data"), "-o", str(out), "--as-of", "2024-06-01",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "主管任务（28 项）" in html

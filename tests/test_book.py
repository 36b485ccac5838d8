"""`planportal book UNIT`: one unit's printable task book, as HTML and as a real PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from helpers import copy_portal, run_cli


def test_book_lists_the_units_tasks_by_role(tmp_path):
    copy_portal(tmp_path)
    result = run_cli("book", "shifan-zhujianwei", "-o", "book.html", "--as-of", "2024-06-01", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "book.html").read_text(encoding="utf-8")
    assert "<h1>示范区住房和城乡建设委员会</h1>" in html
    assert "牵头任务（2 项）" in html and "配合任务（1 项）" in html
    assert "督促任务" not in html  # no empty sections
    lead, support = html.split("配合任务")
    assert "开展燃气隐患排查" in lead and "推进老旧管道更新改造" in lead
    assert "夯实部门监管责任" in support
    # provenance of every task, as a reader can look it up: plan title, 文号, line (not a file name)
    assert "《示范区2024年安全生产工作要点》（示范安办〔2024〕1号）第 8 行" in html
    assert "demo.txt" not in html


def test_book_finds_a_unit_by_alias(tmp_path):
    copy_portal(tmp_path)
    result = run_cli("book", "区安委办", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "book-shifan-anweiban.html").exists()


def test_unknown_unit_is_a_clear_error(tmp_path):
    copy_portal(tmp_path)
    result = run_cli("book", "区不存在局", cwd=tmp_path)
    assert result.returncode == 1
    assert "找不到单位 区不存在局" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_book_pdf_is_a4_with_the_tasks(tmp_path):
    copy_portal(tmp_path)
    result = run_cli("book", "shifan-zhujianwei", "--pdf", "-o", "book.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "book.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "(A4)" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "示范区住房和城乡建设委员会" in text
    assert "开展燃气隐患排查" in text


def test_book_never_cuts_a_title_short(tmp_path):
    """A title the importer shortened with "…" is printed whole, in the task's heading and in
    the deadline table, since paper cannot be clicked to read the rest."""
    data = copy_portal(tmp_path)
    path = data / "plans" / "shifan-2024.yml"
    plan = yaml.safe_load(path.read_text(encoding="utf-8"))
    task = next(t for t in plan["tasks"] if t["id"] == "shifan-2024-3")
    task["title"] = "2024年6月底前完成…"
    path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run_cli("book", "shifan-zhujianwei", "-o", "book.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "book.html").read_text(encoding="utf-8")
    assert "…" not in html
    assert '<span class="num">3.</span>2024年6月底前完成全面排查' in html
    assert "<td>2024年6月底前</td><td>2024年6月底前完成全面排查</td>" in html


def test_a_sub_plans_source_names_the_notice_it_was_issued_with():
    from planportal.book import source_reference
    from planportal.model import Plan, Portal

    notice = Plan(id="n", title="关于印发方案的通知", source_file="x.txt", source_line=1, doc_number="示范安办〔2024〕2号")
    child = Plan(id="c", title="燃气安全专项方案", source_file="x.txt", source_line=40, parent="n")
    portal = Portal(plans=(notice, child), units=())
    assert source_reference(portal, child, 52) == "《燃气安全专项方案》（示范安办〔2024〕2号）第 52 行"


def test_a_pdf_name_gives_a_pdf_and_a_unit_without_tasks_is_said(tmp_path):
    """`book UNIT -o 任务书.pdf` without --pdf wrote HTML into a file named .pdf, which no reader opens. A unit
    without any task gets its (empty) book and a note saying so."""
    data = copy_portal(tmp_path)
    result = run_cli("book", "shifan-zhujianwei", "-o", "任务书.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "任务书.pdf").read_bytes().startswith(b"%PDF")
    with (data / "units.yml").open("a", encoding="utf-8") as f:
        f.write("  - id: shifan-xinjianju\n    name: 示范区新建局\n    jurisdiction: 示范区\n    kind: department\n")
    empty = run_cli("book", "shifan-xinjianju", "-o", "empty.html", cwd=tmp_path)
    assert empty.returncode == 0, empty.stderr
    assert "planportal book: 注意：示范区新建局（shifan-xinjianju）没有任何任务，任务书是空的" in empty.stderr
    assert (tmp_path / "empty.html").exists()

"""`planportal book UNIT`: one unit's printable task book, as HTML and as a real PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest

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
    assert "demo.txt 第 8 行" in html  # provenance of every task


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

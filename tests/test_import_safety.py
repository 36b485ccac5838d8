"""Inputs that used to import into broken or empty data without a word: ids past 26 repeats,
an HTML page saved as .txt, a text with no task in it."""

from __future__ import annotations

from helpers import ROOT, run_cli
from planportal.importer.ids import unique


def test_repeated_numbering_gives_ids_that_pass_check(tmp_path):
    # the seed text 30 times over: every number repeats 30 times in one plan
    text = (ROOT / "data" / "sources" / "004_cf1649d899ee151a.txt").read_text(encoding="utf-8")
    src = tmp_path / "repeated.txt"
    src.write_text(text * 30, encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    check = run_cli("check", "--data", str(tmp_path / "data"), cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    assert "共 0 个错误" in check.stderr


def test_letter_suffixes_go_on_past_z():
    taken: set[str] = set()
    ids = [unique("g1", taken, letters=True) for _ in range(30)]
    assert ids[:3] == ["g1", "g1-a", "g1-b"] and ids[26:29] == ["g1-z", "g1-aa", "g1-ab"]
    assert len(set(ids)) == 30


def test_an_html_page_saved_as_text_is_refused(tmp_path):
    src = tmp_path / "page.txt"
    src.write_text("<!DOCTYPE html>\n<html><head><title>工作要点</title></head>\n<body><div class=\"main\"><p>一、重点任务</p>"
                   "<p>1.开展排查。</p></div><script>var a=1;</script></body></html>\n", encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 1
    assert f"{src}:1: 这是网页的 HTML 源代码，不是正文" in result.stderr
    assert not (tmp_path / "data").exists()


def test_a_text_with_no_task_says_so(tmp_path):
    src = tmp_path / "news.txt"
    src.write_text("某县召开安全生产工作会议\n3月5日，某县召开全县安全生产工作会议，部署全年工作。\n会议要求各部门认真抓好落实。\n",
                   encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(tmp_path / "data"), "--report", cwd=tmp_path)
    assert result.returncode == 0
    assert "任务 0 项：没有找到任何任务" in result.stdout
    assert "news.txt 中没有找到任何任务" in result.stderr

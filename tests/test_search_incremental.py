"""The incremental search index (search/incremental.py) makes the files a build from scratch
makes, whichever terms an edit adds, removes or re-weighs: with pages cut small, most terms
have further pages, and new or vanished terms move the positions (page names) of the terms
after them in their shards. A damaged raw file or a published page changed by hand is never
reused."""

from __future__ import annotations

import re
import shutil
import sys

import pytest

from helpers import ROOT
from planportal import generate
from planportal.build import command
from planportal.search import index, paged, reshard
from test_build_cache import CONFIG, INDEX, _fresh_build, contents, identities

AS_OF = __import__("datetime").date(2024, 6, 15)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """200 synthetic tasks, the index in two parts, pages of 2 postings; built once."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic_corpus

    monkeypatch.setattr(paged, "FIRST", 2)
    monkeypatch.setattr(generate, "SEARCH_PARTS_FROM", 0)
    data = synthetic_corpus.generate(tmp_path / "data", 200)
    site = tmp_path / "site"
    assert command(data, site, config=CONFIG, as_of=AS_OF, workers=1) == 0
    return data, site


def _edit_titles(data, edit) -> None:
    """`edit(k, title)` -> the new title of the k-th task of the first plan file."""
    plan = data / "plans" / "syn-2024-0000.yml"
    head, tasks = plan.read_text(encoding="utf-8").split("\ntasks:\n")
    titles = iter(range(1000))
    tasks = re.sub(r"(?m)^(  title: )(.*)$", lambda m: m.group(1) + edit(next(titles), m.group(2)), tasks)
    plan.write_text(f"{head}\ntasks:\n{tasks}", encoding="utf-8")


def test_edits_adding_removing_and_reweighing_terms_rebuild_as_a_fresh_build(corpus, tmp_path, monkeypatch):
    data, site = corpus
    moved = []
    published_pages = reshard._published_pages
    monkeypatch.setattr(reshard, "_published_pages",
                        lambda folder, n, p, q, *rest: moved.append(p != q) or published_pages(folder, n, p, q, *rest))
    edits = {0: lambda t: t + "（氢能储运修订）",  # new terms
             1: lambda t: t[:2],  # terms gone, the rest re-weighed
             2: lambda t: t + t,  # more of the same terms
             5: lambda t: "鲲鹏" + t[1:]}
    _edit_titles(data, lambda k, t: edits[k](t) if k in edits else t)
    before = identities(site)
    with monkeypatch.context() as m:
        m.setattr(index, "iter_documents", None)  # no part makes the index from scratch
        assert command(data, site, config=CONFIG, as_of=AS_OF, workers=1) == 0
    after = identities(site)
    files = [p for p in after if p.startswith(INDEX) and p.removeprefix(INDEX)[0] in "sp"]
    assert 0 < sum(before.get(p) != after[p] for p in files) < len(files) / 4
    assert any(moved) and not all(moved)  # terms kept at their place and terms moved, with their pages
    assert contents(site) == contents(_fresh_build(tmp_path, data))


def test_damaged_index_data_or_a_page_changed_by_hand_is_not_reused(corpus, tmp_path, monkeypatch):
    data, site = corpus
    cache = tmp_path / ".planportal-cache" / "site" / "search"
    for path in [*(cache / "raw").iterdir(), *(cache / "sources").iterdir()]:  # same size, one byte off
        content = bytearray(path.read_bytes())
        content[-3] ^= 1
        path.write_bytes(bytes(content))
    _edit_titles(data, lambda k, t: t + "修订" if k == 0 else t)
    assert command(data, site, config=CONFIG, as_of=AS_OF, workers=1) == 0
    assert contents(site) == contents(_fresh_build(tmp_path, data))
    pages = sorted((site / INDEX).glob("p*-*-1.json"))
    for page in pages:  # replaced by hand: another inode
        text = page.read_text(encoding="utf-8")
        page.unlink()
        page.write_text(text.replace(":", ":1", 1), encoding="utf-8")
    _edit_titles(data, lambda k, t: t.removesuffix("修订") if k == 0 else t)
    with monkeypatch.context() as m:
        m.setattr(index, "iter_documents", None)
        assert command(data, site, config=CONFIG, as_of=AS_OF, workers=1) == 0
    assert contents(site) == contents(_fresh_build(tmp_path, data))
    shutil.rmtree(tmp_path / "fresh")

"""Paged postings (search/paged.py): every term's pages hold its postings exactly once, in
rank order, and the top-k query that reads only the pages it needs ranks as the unpaged
computation does, on the seed data and on a synthetic corpus, with pages cut small."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from browsing import chromium, needs_chromium, serve
from helpers import ROOT
from planportal import search
from planportal.loader import load
from planportal.search import index, paged
from planportal.search.tokenize import query_terms, query_variants, shard_of

AS_OF = dt.date(2024, 6, 15)
QUERIES = ["安全生產", "安全", "2024年底前", "燃气 隐患", "区应急管理局", "区应急局", "公安系统", "燃", "工作",
           "危险化学品 重大危险源", "消防 检查", "应急 管理 安全", "重大隱患", "发改委", "牵头", "火星殖民"]


def unpaged(portal, query: str) -> list[tuple[int, int, int]]:
    """Every hit (tier, weight in thousandths, ordinal), ranked, straight from the build's
    per-field postings: the computation engine.js did before pages (a task holds every
    term of a variant; tier 2 all in the title, 1 all in title or units; best variant)."""
    packed = _whole(portal)
    fields = [f for f, _ in index.FIELDS]
    best: dict[int, tuple[int, int]] = {}
    for v in (t for t in map(query_terms, query_variants(query)) if t):
        per = []
        for term in v:
            found: dict[int, list] = {}
            for f, joined in zip(fields, packed.get(term, [""] * len(fields))):
                for item in joined.split(",") if joined else ():
                    r, w = item.split(":")
                    got = found.setdefault(int(r, 36), [0, set()])
                    got[0] += int(w)
                    got[1].add(f)
            per.append(found)
        for o in set.intersection(*(set(p) for p in per)):
            title = all("title" in p[o][1] for p in per)
            units = all(p[o][1] & {"title", "lead", "units"} for p in per)
            key = (2 if title else 1 if units else 0, sum(p[o][0] for p in per))
            best[o] = max(best.get(o, key), key)
    return sorted(((t, w, o) for o, (t, w) in best.items()), key=lambda e: (-e[0], -e[1], e[2]))


_WHOLE: dict[int, dict] = {}


def _whole(portal) -> dict[str, list[str]]:
    """term -> its packed per-field postings, from one shard of everything."""
    if id(portal) not in _WHOLE:
        postings = index.Postings(index.iter_documents(portal))
        _WHOLE[id(portal)] = {term: per_field for shard in postings.packed_shards(1, 1) for term, per_field in shard["terms"]}
    return _WHOLE[id(portal)]


class Paged:
    """A paged index in memory and the two ways of querying it."""

    def __init__(self, portal):
        self.built = search.build_index(portal, AS_OF)
        self.m = self.built.manifest
        self.read: list[str] = []

    def entry(self, term):
        n = shard_of(term, self.m["shards"], self.m["characterShards"])
        for i, row in enumerate(self.built.shards[n]["terms"]):
            if row[0] == term:
                return row, n, i
        return None, n, 0

    def page(self, n, i, k):
        return self.built.pages[paged.page_path(n, i, k)]

    def postings(self, term):
        row, n, i = self.entry(term)
        if row is None:
            return []
        return paged.decode(row[3]) + [p for k in range(1, row[4] + 1) for p in paged.decode(self.page(n, i, k))]

    def top(self, query, k):
        variants = [t for t in map(query_terms, query_variants(query)) if t]
        got, read = paged.top(variants, k, self.entry, self.page)
        self.read = read
        return got


@pytest.fixture(scope="module")
def seed():
    portal, _ = load(ROOT / "data")
    return portal


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic_corpus

    data = synthetic_corpus.generate(tmp_path_factory.mktemp("synthetic") / "data", 1500)
    portal, _ = load(data)
    return portal


def test_pages_hold_each_terms_postings_once_in_rank_order(seed, monkeypatch):
    monkeypatch.setattr(paged, "FIRST", 3)
    idx = Paged(seed)
    fields = [f for f, _ in index.FIELDS]
    whole = _whole(seed)
    paged_terms = 0
    for term, per_field in whole.items():
        row, n, i = idx.entry(term)
        want = paged.postings_of(fields, per_field)
        assert idx.postings(term) == want, term
        assert row[1] == [sum(1 for p in want if p[0] == t) for t in paged.TIERS]
        assert row[2] == [max((w for t, w, _ in want if t == tier), default=0) for tier in paged.TIERS]
        sizes = [len(paged.decode(row[3]))] + [len(paged.decode(idx.page(n, i, k))) for k in range(1, row[4] + 1)]
        assert sizes[:-1] == [3 * 2 ** k for k in range(len(sizes) - 1)] and 0 < sizes[-1] <= 3 * 2 ** (len(sizes) - 1)
        paged_terms += row[4] > 0
    assert paged_terms > 100
    assert set(idx.built.pages) == {paged.page_path(n, i, k) for n, s in enumerate(idx.built.shards)
                                    for i, row in enumerate(s["terms"]) for k in range(1, row[4] + 1)}


@pytest.mark.parametrize("first,tail", [(1, 0), (4, 0), (4, 16), (32, 0), (paged.FIRST, paged.TAIL)])
def test_top_k_ranks_as_the_unpaged_computation_on_the_seed(seed, monkeypatch, first, tail):
    monkeypatch.setattr(paged, "FIRST", first)
    monkeypatch.setattr(paged, "TAIL", tail)
    idx = Paged(seed)
    for query in QUERIES:
        want = unpaged(seed, query)
        variants = [t for t in map(query_terms, query_variants(query)) if t]
        assert paged.full(variants, idx.postings) == want, query
        for k in (1, 20, 40):
            assert idx.top(query, k) == want[:k], (query, k)


@pytest.mark.parametrize("tail", [0, 64])
def test_top_k_ranks_as_the_unpaged_computation_on_a_synthetic_corpus(synthetic, monkeypatch, tail):
    monkeypatch.setattr(paged, "FIRST", 8)
    monkeypatch.setattr(paged, "TAIL", tail)
    idx = Paged(synthetic)
    for query in QUERIES + ["区公安分局", "2025年", "长期坚持", "东城区 应急"]:
        want = unpaged(synthetic, query)
        for k in (20, 60):
            assert idx.top(query, k) == want[:k], (query, k)


def test_a_short_tail_is_loaded_in_one_round(synthetic, monkeypatch):
    """While the first results are undecided, each round loads the next page of every term;
    once the terms have at most TAIL postings left, one round loads them all: the same
    results in fewer round trips."""
    monkeypatch.setattr(paged, "FIRST", 8)
    decided = paged.decided
    for tail, most in ((0, None), (10 ** 6, 1)):
        monkeypatch.setattr(paged, "TAIL", tail)
        idx = Paged(synthetic)
        rounds = []
        monkeypatch.setattr(paged, "decided", lambda *a: rounds.append(1) or decided(*a))
        assert idx.top("燃气 隐患", 20) == unpaged(synthetic, "燃气 隐患")[:20]
        pages = [idx.entry(t)[0][4] for t in ("燃气", "隐患")]
        if most is None:  # page by page: a round per page of the deepest term read
            assert len(rounds) - 1 == max(int(p.rsplit("-", 1)[1].split(".")[0]) for p in idx.read) > 1
        else:
            assert len(rounds) - 1 == most and len(idx.read) == sum(pages)


def test_top_20_of_a_rare_term_reads_no_further_page(synthetic, monkeypatch):
    """Pages are read only when needed: a term within its first page never needs more, and
    a query whose first pages decide its top 20 reads fewer pages than all."""
    monkeypatch.setattr(paged, "FIRST", 16)
    idx = Paged(synthetic)
    assert idx.top("燃", 20) and idx.read == [] if idx.entry("燃")[0][4] == 0 else True
    idx.top("安全", 20)
    row = idx.entry("安全")[0]
    assert row[4] > 2 and len(idx.read) < row[4]


def test_index_files_and_version_name_the_pages(seed, monkeypatch):
    monkeypatch.setattr(paged, "FIRST", 16)
    files = {f.path: f.content for f in search.outputs(seed, AS_OF)}
    built = search.build_index(seed, AS_OF)
    assert {p for p in files if p.startswith(f"{search.INDEX}/p")} == {f"{search.INDEX}/{p}" for p in built.pages}
    assert files[f"{search.INDEX}/manifest.json"] == built.files()[f"{search.INDEX}/manifest.json"]
    v16 = str(search.Version(seed))
    monkeypatch.setattr(paged, "FIRST", 32)
    assert str(search.Version(seed)) != v16  # the page size is part of the index's address


@needs_chromium
@pytest.mark.parametrize("complete,tail", [(0, 0), (paged.COMPLETE, 16)])
def test_engine_js_top_k_ranks_as_python_with_small_pages(seed, monkeypatch, tmp_path, complete, tail):
    """engine.js, on the seed's index cut into pages of 2 postings: its first 20 and 40
    equal its full ranking and paged.top's, and the count is exact or a lower bound."""
    monkeypatch.setattr(paged, "FIRST", 2)
    monkeypatch.setattr(paged, "COMPLETE", complete)
    monkeypatch.setattr(paged, "TAIL", tail)
    site = tmp_path / "site"
    for f in search.outputs(seed, AS_OF):
        if f.path.startswith("assets/"):
            (site / f.path).parent.mkdir(parents=True, exist_ok=True)
            (site / f.path).write_text(f.content, encoding="utf-8")
    (site / "blank.html").write_text("<!doctype html><meta charset=utf-8><title>t</title>", encoding="utf-8")
    idx = Paged(seed)
    script = """async ([q, k]) => { const e = new PPSearch.Engine(""), top = await e.search(q, k), all = await e.search(q);
        return [top.hits.map(h => [h.tier, Math.round(h.score * 1000), h.ord]), top.count, top.exact,
                all.hits.map(h => [h.tier, Math.round(h.score * 1000), h.ord])]; }"""
    with serve(site, tmp_path / "www", "/p/") as url, chromium() as browser:
        page = browser.new_page()
        page.goto(url + "blank.html")
        for name in ("tokenize.js", "engine.js"):
            page.add_script_tag(url=f"{url}assets/planportal/search/{name}")
        inexact = 0
        for query in QUERIES:
            want = unpaged(seed, query)
            for k in (20, 40):
                top, count, exact, everything = page.evaluate(script, [query, k])
                assert [tuple(h) for h in everything] == want, query
                assert [tuple(h) for h in top] == want[:k] == idx.top(query, k), (query, k)
                assert count == len(want) if exact else k <= count <= len(want), (query, count)
                inexact += not exact
        assert inexact if not complete else not inexact


def test_index_version_follows_what_the_index_files_hold(seed):
    """The ?v= the search page gives the index files changes when what a result shows changes
    (a task's title, in its document chunk and its shard) and is the same for the same data, so
    a returning browser fetches changed files again and keeps unchanged ones."""
    import dataclasses
    import re

    def version(portal):
        page = next(f for f in search.outputs(portal, AS_OF, shards=False) if f.path == "search/index.md")
        return re.search(r'data-version="([0-9a-f]+)"', page.content).group(1)

    task = seed.tasks[7]
    edited = dataclasses.replace(seed, plans=tuple(
        dataclasses.replace(p, tasks=tuple(dataclasses.replace(t, title=t.title + "（修订）") if t.id == task.id else t
                                           for t in p.tasks)) for p in seed.plans))
    assert version(seed) == version(seed)
    assert version(edited) != version(seed)

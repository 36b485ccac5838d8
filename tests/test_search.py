"""Search and finder, without a site: the tokenizer (and its JavaScript twin, run in
Chromium), the sharded lunr index, the facet data against the model, the generated files."""

from __future__ import annotations

import datetime as dt
import json

import lunr.index
import pytest

from browsing import chromium
from helpers import FIXTURES, ROOT
from planportal import search
from planportal.loader import load
from planportal.search import finder, index
from planportal.search import pages as search_pages
from planportal.search.tokenize import (
    ABBREVIATIONS,
    fnv1a,
    fold,
    index_tokens,
    query_segments,
    query_terms,
    query_variants,
    shard_of,
    t2s_asset,
    t2s_map,
)

AS_OF = dt.date(2024, 6, 15)
TOKENIZE_JS = search_pages.TEMPLATES / "tokenize.js"


@pytest.fixture(scope="module")
def portal():
    portal, _ = load(FIXTURES / "portal")
    return portal


@pytest.fixture(scope="module")
def seed():
    portal, _ = load(ROOT / "data")
    return portal


# --- tokenizer -------------------------------------------------------------------------


def test_fold_traditional_full_width_and_case():
    assert fold("安全生產檢查") == "安全生产检查"
    assert fold("區應急管理局") == "区应急管理局"
    assert fold("２０２４年ＡＢＣ，") == "2024年abc,"
    assert len(t2s_map()) > 2500 and all(len(k) == len(v) == 1 for k, v in t2s_map().items())


@pytest.mark.parametrize("text, tokens", [
    ("燃气隐患", ["燃气", "气隐", "隐患", "燃", "气", "隐", "患"]),
    ("燃", ["燃"]),
    ("2024年底前", ["2024", "年底", "底前", "年", "底", "前"]),
    ("GB 50016 标准", ["gb", "50016", "标准", "标", "准"]),
    ("PM2.5 浓度", ["pm2.5", "浓度", "浓", "度"]),
    ("安全生產", ["安全", "全生", "生产", "安", "全", "生", "产"]),
    ("", []),
])
def test_index_tokens(text, tokens):
    assert index_tokens(text) == tokens


def test_query_terms_bigrams_prefix_and_words():
    assert query_terms("燃气 隐患") == ["燃气", "隐患"]
    assert query_terms("2024年底前") == ["2024", "年底", "底前"]
    assert query_terms("燃") == ["燃"]
    assert query_terms("安全生產 安全") == ["安全", "全生", "生产"]
    assert query_terms("，。！") == []
    assert query_segments("燃氣 隱患") == ["燃气", "隐患"]


def test_query_variants_swap_unit_abbreviations():
    assert query_variants("燃气 隐患") == ["燃气 隐患"]
    assert query_variants("區應急局") == ["区应急局", "区应急管理局"]
    assert query_variants("区发改委") == ["区发改委", "区发展和改革委员会", "区发展改革委", "区发展和改革委", "区发展改革委员会"]
    # the longest form found is the one swapped: 发展和改革委员会 is not read as 发展和改革委 + 员会
    assert query_variants("发展和改革委员会")[1:] == ["发改委", "发展改革委", "发展和改革委", "发展改革委员会"]
    assert len(query_variants("区应急局 区发改委 区住建委 区市监局")) == 8  # capped


def test_single_characters_have_their_own_shards():
    assert shard_of("燃", 64, 8) >= 64 and shard_of("燃气", 64, 8) < 64 and shard_of("2024", 64, 8) < 64
    assert fnv1a("") == 0x811C9DC5


def test_javascript_twin_gives_identical_tokens(seed):
    """tokenize.js, run in Chromium (its own NFKC and lower case), against tokenize.py."""
    samples = ["2024年底前完成安全生產檢查，ＰＭ２.５ 燃气隐患", "區應急管理局", "㈠ 第一条 GB50016-2014 ABC",
               "燃", "〇", "Ｈｅｌｌｏ　Ｗｏｒｌｄ 1.2.3", "𠀀字", "１２月底前；每季度", "長期堅持",
               "區應急局", "发改委 燃气", "巴南区发展和改革委员会", "安全生产委员会办公室 安委会", "住建委市监局"]
    samples += [t.title for t in seed.tasks[::7]] + [t.text for t in seed.tasks[::23]]
    samples += [u.name for u in seed.units]
    script = """inp => { const t = window.PPTokenize; t.setT2S(inp.map); t.setAbbreviations(inp.abbreviations);
        return inp.samples.map(s => [t.fold(s), t.indexTokens(s), t.queryTerms(s), t.querySegments(s),
                                     t.queryVariants(s), t.fnv1a(s), t.shardOf(s || 'x', 64, 8)]); }"""
    with chromium() as browser:
        page = browser.new_page()
        page.add_script_tag(content=TOKENIZE_JS.read_text(encoding="utf-8"))
        got = page.evaluate(script, {"map": t2s_asset(), "abbreviations": ABBREVIATIONS, "samples": samples})
    for sample, js in zip(samples, got):
        py = [fold(sample), index_tokens(sample), query_terms(sample), query_segments(sample),
              query_variants(sample), fnv1a(sample), shard_of(sample or "x", 64, 8)]
        assert js == py, sample


# --- index -----------------------------------------------------------------------------


def test_documents_carry_units_names_aliases_and_deadlines(portal):
    docs = index.documents(portal)
    assert len(docs) == len(portal.tasks)
    for doc in docs:
        task = doc.task
        for ref in task.lead:
            unit = portal.unit_by_id.get(ref.unit)
            names = [ref.written] + ([unit.name, *unit.aliases] if unit else [])
            for name in names:
                assert set(index_tokens(name)) <= set(doc.fields["lead"])
        for d in task.deadlines:  # a query for the deadline as written finds the task
            assert set(query_terms(d.text)) <= set(doc.fields["text"])


def test_shards_partition_the_lunr_index_and_keep_its_scores(seed):
    docs = index.documents(seed)
    whole = index.build_lunr(docs)
    parts = index.shard(whole, 8, 4)
    terms = {term for term, _ in whole["invertedIndex"]}
    seen = set()
    for n, part in enumerate(parts):
        for term, _ in part["invertedIndex"]:
            assert shard_of(term, 8, 4) == n
            seen.add(term)
        norm = lambda p: {**p, "fieldVectors": sorted(p["fieldVectors"])}  # noqa: E731
        assert norm(index.unpack(index.pack(part))) == norm(part)
    assert seen == terms
    full = lunr.index.Index.load(whole)
    for term in ("燃气", "安全", "2024", "隐患", "燃"):
        shard = lunr.index.Index.load(parts[shard_of(term, 8, 4)])
        q_full, q_shard = full.create_query(), shard.create_query()
        q_full.term(term, use_pipeline=False)
        q_shard.term(term, use_pipeline=False)
        a = {r["ref"]: round(r["score"], 6) for r in full.query(q_full)}
        b = {r["ref"]: round(r["score"], 6) for r in shard.query(q_shard)}
        assert a and a == b, term


def test_build_index_files(portal):
    built = search.build_index(portal, AS_OF)
    m = built.manifest
    assert m["count"] == len(portal.tasks) and m["shards"] + m["characterShards"] == len(built.shards)
    assert sum(len(c) for c in built.chunks) == len(portal.tasks)
    ids = [row[0] for chunk in built.chunks for row in chunk]
    assert ids == [t.id for t in portal.tasks]
    assert [p[0] for p in m["plans"]] == [p.id for p in portal.plans]


def test_outputs_pages_and_assets_use_relative_urls(portal):
    files = {f.path: f for f in search.outputs(portal, AS_OF)}
    for page in ("search/index.md", "finder/index.md"):
        html = files[page].content
        assert 'src="../assets/planportal/search/engine.js?v=' in html
        assert "http" not in html and 'src="/' not in html and 'href="/' not in html
    assert files["finder/index.md"].in_nav and not files["search/index.md"].in_nav
    for name in ("tokenize.js", "engine.js", "search.js", "finder.js", "search.css", "t2s.txt",
                 "index/manifest.json", "index/finder.json", "index/s0.json", "index/d0.json"):
        assert f"assets/planportal/search/{name}" in files


# --- finder ----------------------------------------------------------------------------


def test_finder_rows_follow_the_data(seed):
    rows = finder.rows(seed, AS_OF)
    for task, row in zip(seed.tasks, rows):
        assert row.plan == task.plan
        assert {(r.unit, role) for role, r in seed.roles_of(task) if r.unit} == set(row.pairs)  # an owner's too
        assert row.jurisdiction == (seed.plan_by_id[task.plan].jurisdiction or finder.NO_JURISDICTION)
        assert len(row.deadlines) >= 1


def test_finder_semantics(seed):
    rows = finder.rows(seed, AS_OF)
    unit, role = "gaoan-yingjiguanliju", "lead"
    lead = {t.id for t, r in zip(seed.tasks, rows) if finder.matches(r, {"unit": {unit}, "role": {role}})}
    assert lead == {t.id for t in seed.tasks if any(ref.unit == unit for ref in t.lead)}
    any_role = {t.id for t, r in zip(seed.tasks, rows) if finder.matches(r, {"unit": {unit}})}
    assert any_role == {t.id for r, t in seed.tasks_by_unit[unit]}
    year = {t.id for t, r in zip(seed.tasks, rows) if finder.matches(r, {"deadline": {"2024"}})}
    assert year == {t.id for t in seed.tasks if any(d.date and d.date.year == 2024 and d.kind in ("by", "year", "date")
                                                    for d in t.deadlines)}
    counts = finder.counts(rows, {"deadline": {"ongoing"}})
    assert counts["deadline"]["ongoing"] == sum(1 for r in rows if "ongoing" in r.deadlines)
    assert sum(counts["plan"].values()) == counts["deadline"]["ongoing"]


def test_finder_data_is_indexed_by_ordinal(portal):
    built = search.build_index(portal, AS_OF)
    f = built.finder
    assert len(f["plan"]) == len(f["pairs"]) == len(f["deadline"]) == len(portal.tasks)
    keys = {k for ks in f["deadline"] for k in ks}
    listed = [k for k, _ in f["deadlines"]]
    assert keys <= set(listed)


def test_fast_paths_give_what_lunr_and_the_reference_shard_give(seed):
    """The pretokenized builder serializes exactly as lunr.py's Builder; the one-pass
    packing equals packing each reference shard; the build's postings pack to the same."""
    import lunr.builder

    docs = index.documents(seed)[:150]
    fast = index.build_lunr(docs)
    assert json.dumps(fast, sort_keys=True) == json.dumps(index.build_lunr(docs, index.Builder), sort_keys=True)
    assert index.packed_shards(fast, 16, 8) == [index.pack(p) for p in index.shard(fast, 16, 8)]
    postings = index.Postings(docs)  # what the build uses: no lunr.py structures at all
    assert postings.shard_counts() == index.shard_counts(fast)
    assert postings.packed_shards(16, 8) == index.packed_shards(fast, 16, 8)


def test_a_term_repeated_beyond_a_byte_or_two_scores_as_lunr_does(seed, tmp_path):
    """Term frequencies are kept in one byte each until one needs more: a task whose text
    repeats a word 300 or 70,000 times still weighs as lunr.py weighs it, through the file
    the tokenizing process hands a part (search/shared.py) and through an incremental edit."""
    import dataclasses

    from planportal.search import reshard, shared

    docs = index.documents(seed)[:40]
    docs[3] = dataclasses.replace(docs[3], fields={**docs[3].fields, "text": docs[3].fields["text"] + ["燃气"] * 300})
    docs[5] = dataclasses.replace(docs[5], fields={**docs[5].fields, "text": docs[5].fields["text"] + ["燃气"] * 70000})
    postings = index.Postings(docs)
    text = [name for name, _ in index.FIELDS].index("text")
    assert 70000 + docs[5].fields["text"][:-70000].count("燃气") in postings.terms["燃气"][2 * text + 1]
    assert postings.packed_shards(4, 2) == index.packed_shards(index.build_lunr(docs), 4, 2)
    shared._write(tmp_path / "p", postings)
    assert shared._read(tmp_path / "p").terms == postings.terms
    raws = {0: {"燃气": [numbers[:] for numbers in postings.terms["燃气"]]}}
    assert reshard.move(raws, {"燃气": [(1, text, 0, 100000)]}, lambda term: 0)
    at = list(raws[0]["燃气"][2 * text]).index(1)
    assert raws[0]["燃气"][2 * text + 1][at] == 100000


def test_the_average_field_length_is_the_mean_to_two_significant_digits():
    """BM25's average field length is rounded (index.py), so that one task's edit moves no
    other task's weights; lunr.py's arithmetic is otherwise unchanged (index.Builder)."""
    assert [index.average_length(t, d) for t, d in [(2068, 578), (15311, 578), (195494, 578), (105, 10),
                                                     (995, 10), (1, 1000), (0, 5)]] == [3.6, 26, 340, 11, 100, 0.001, 0]
    assert index.average_length(15311 + 5, 578) == index.average_length(15311, 578)  # a title 5 tokens longer moves nothing

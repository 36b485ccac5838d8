"""Rebuilds: nothing changed rewrites nothing; one task edited rewrites only the pages that
show it, and the site is the one a build from scratch makes; worker processes make the
same site as one process; a failed rebuild leaves the site and the cache as they were;
`mkdocs build` and `planportal build` make the same site."""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections import Counter

from conftest import FIXTURE_AS_OF
from helpers import FIXTURES, ROOT, copy_portal
from jinja2 import TemplateError

from planportal import buildcache, generate, pipeline, render
from planportal.build import command
from planportal.search import index
from planportal.search.tokenize import fnv1a, index_tokens, shard_of

CONFIG = ROOT / "mkdocs.yml"


def identities(site) -> dict[str, tuple[int, int]]:
    out = {}
    for folder, _, names in os.walk(site):
        for name in names:
            st = os.stat(os.path.join(folder, name))
            out[os.path.relpath(os.path.join(folder, name), site)] = (st.st_ino, st.st_mtime_ns)
    return out


def contents(site) -> dict[str, str]:
    return {path: hashlib.sha256((site / path).read_bytes()).hexdigest() for path in identities(site)}


def test_a_rebuild_with_nothing_changed_rewrites_nothing(tmp_path, capsys):
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    before = identities(site)
    capsys.readouterr()
    assert command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert "网站已是最新" in capsys.readouterr().err
    assert identities(site) == before


def test_one_task_edited_rewrites_the_pages_that_show_it_and_nothing_else(tmp_path):
    data, site = copy_portal(tmp_path), tmp_path / "site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    before, shown = identities(site), contents(site)
    plan = data / "plans" / "shifan-2024.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("title: 开展燃气隐患排查", "title: 开展燃气安全大排查"),
                    encoding="utf-8")
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    after = identities(site)
    rewritten = {p for p in after if before.get(p) != after[p]}
    pages = {p.removesuffix("index.html") for p in rewritten if p.endswith(".html")}
    # the task, its neighbours (they name it), its plan, its units, its deadline page, the home page
    # (it lists tasks due soon), the search pages (a new index version) and the timeline
    assert "tasks/shifan-2024-3/" in pages and "plans/shifan-2024/" in pages
    assert "tasks/shifan-2024-1/" not in pages and "about/" not in pages and "help/" not in pages
    assert not any(p.startswith("assets/planportal/css/") or p.startswith("assets/javascripts/") for p in rewritten)
    assert rewritten == {p for p, content in contents(site).items() if shown.get(p) != content}  # exactly those
    fresh = tmp_path / "fresh"
    assert command(data, fresh, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert contents(site) == contents(fresh)


INDEX = "assets/planportal/search/index/"


def _edit_title(data, old: str, new: str) -> None:
    plan = data / "plans" / "shifan-2024.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(f"title: {old}", f"title: {new}"), encoding="utf-8")


def test_one_task_edited_rewrites_only_the_search_shards_of_its_old_and_new_terms(tmp_path, monkeypatch):
    """The BM25 weights of other tasks do not move (rounded average field length), so the
    rebuild makes only the shards of the edited title's terms (old and new; of those, the ones
    whose weights changed are written) and the document chunk that holds the task, without
    tokenizing any other task."""
    data, site = copy_portal(tmp_path), tmp_path / "site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    before = identities(site)
    manifest = json.loads((site / INDEX / "manifest.json").read_text(encoding="utf-8"))
    old, new = "开展燃气隐患排查", "开展燃气安全排查"  # as long as before: the fixture's 4 tasks keep their average
    _edit_title(data, old, new)
    monkeypatch.setattr(index, "iter_documents", None)  # a rebuild that tokenized every task would fail
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    monkeypatch.undo()
    after = identities(site)
    rewritten = {p.removeprefix(INDEX) for p in after if p.startswith(INDEX) and before.get(p) != after[p]}
    chunks = {p for p in rewritten if p.startswith("d")}
    assert len(chunks) == 1  # the 8 tasks' records around it
    moved = Counter(index_tokens(old))
    moved.subtract(index_tokens(new))  # the terms whose frequency in the title changed (安全 in, 隐患 out …)
    assert rewritten - chunks == {f"s{shard_of(t, manifest['shards'], manifest['characterShards'])}.json"
                                  for t, n in moved.items() if n}
    fresh = tmp_path / "fresh"
    assert command(data, fresh, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert contents(site) == contents(fresh)


def test_a_rebuild_without_usable_index_data_makes_the_index_from_scratch(tmp_path):
    data, site = copy_portal(tmp_path), tmp_path / "site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    cache = tmp_path / ".planportal-cache" / "site" / "search"
    for damage in (lambda: shutil.rmtree(cache / "raw"), lambda: (cache / "index.json").write_text("{"),
                   lambda: [p.write_text("x") for p in cache.glob("global-*.json")]):
        damage()
        _edit_title(data, "开展燃气隐患排查", "开展燃气隐患检查")
        assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
        _edit_title(data, "开展燃气隐患检查", "开展燃气隐患排查")
        assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
        assert contents(site) == contents(_fresh_build(tmp_path, data))


def _fresh_build(tmp_path, data):
    """A build of `data` from scratch (no site, no cache) at tmp/fresh."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.rmtree(tmp_path / ".planportal-cache" / "fresh", ignore_errors=True)
    assert command(data, fresh, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    return fresh


def test_index_parts_in_worker_processes_rebuild_as_a_fresh_build(tmp_path, monkeypatch):
    """300 synthetic tasks, the index in two parts, each in a worker: the first build records
    every page's inputs (digested while its workers run); one title edited (as long as before)
    rewrites a few of the shards, and the site is the one a fresh build makes."""
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    monkeypatch.setattr(generate, "SEARCH_PARTS_FROM", 0)
    data, site = tmp_path / "data", tmp_path / "site"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic_corpus.py"), "--tasks", "300",
                    "--out", str(data)], check=True, capture_output=True)
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF, workers=2) == 0
    recorded = buildcache.State.load(site).units  # every page's inputs, digested while the workers ran
    assert len(recorded) > 300 and all(digest for digest, _ in recorded.values())
    before = identities(site)
    plan = data / "plans" / "syn-2024-0000.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("  title: 压实安全生产责任", "  title: 压实消防生产责任", 1), encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(index, "iter_documents", None)  # no part tokenizes every task
        assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF, workers=2) == 0
    after = identities(site)
    shards = [p for p in after if p.startswith(INDEX + "s")]
    rewritten = [p for p in shards if before.get(p) != after[p]]
    assert 0 < len(rewritten) <= 10 < len(shards)
    assert contents(site) == contents(_fresh_build(tmp_path, data))


def test_one_task_edited_makes_only_the_document_chunk_that_holds_it(tmp_path, monkeypatch):
    """80 synthetic tasks, ten document chunks: a rebuild after one title edited makes the
    chunk that holds the task and takes the nine others from the published site; the site is
    the one a fresh build makes (the search pages' version too)."""
    data, site = tmp_path / "data", tmp_path / "site"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic_corpus.py"), "--tasks", "80",
                    "--out", str(data)], check=True, capture_output=True)
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF, workers=1) == 0
    chunks = sorted(p.name for p in (site / INDEX).glob("d*.json"))
    assert len(chunks) == 10
    plan = data / "plans" / "syn-2024-0000.yml"
    text = plan.read_text(encoding="utf-8")
    at = text.index("\n  title: ", text.index("- id: syn-2024-0000-12\n"))  # a task of the second chunk
    plan.write_text(text[:at] + "\n  title: 修订：" + text[at + len("\n  title: "):], encoding="utf-8")
    made = []
    monkeypatch.setattr(index, "doc_chunk", lambda portal, tasks, *a, real=index.doc_chunk: made.append(
        [t.id for t in tasks]) or real(portal, tasks, *a))
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF, workers=1) == 0
    assert len(made) == 1 and "syn-2024-0000-12" in made[0]
    monkeypatch.undo()
    assert contents(site) == contents(_fresh_build(tmp_path, data))


def test_worker_processes_make_the_same_site_as_one_process(tmp_path, monkeypatch):
    one, many = tmp_path / "one", tmp_path / "many"
    assert command(FIXTURES / "portal", one, config=CONFIG, as_of=FIXTURE_AS_OF, workers=1) == 0
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    assert command(FIXTURES / "portal", many, config=CONFIG, as_of=FIXTURE_AS_OF, workers=2) == 0
    assert contents(one) == contents(many)


def _without_last_task(data) -> None:
    plan = data / "plans" / "shifan-2024.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[:text.index("  - id: shifan-2024-4\n")], encoding="utf-8")


def test_a_rebuild_made_from_the_kept_previous_site_is_the_site_a_fresh_build_makes(tmp_path):
    data, site = copy_portal(tmp_path), tmp_path / "site"
    kept = tmp_path / ".planportal-cache" / "site" / "previous-site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    _edit_title(data, "开展燃气隐患排查", "开展燃气安全大排查")
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert kept.is_dir()  # the first site, kept for the next build
    # whatever the kept tree holds now is never published as it is
    (kept / "stray.html").write_text("not part of any site", encoding="utf-8")
    (kept / "tasks" / "elsewhere").symlink_to(tmp_path)
    edited = kept / "tasks" / "shifan-2024-1" / "index.html"
    edited.unlink()
    edited.write_text("changed in the kept tree", encoding="utf-8")
    shutil.rmtree(kept / "tasks" / "shifan-2024-3")  # a file where a page's folder goes, a folder where a file goes
    (kept / "tasks" / "shifan-2024-3").write_text("in the way", encoding="utf-8")
    sitemap = kept / "sitemap.xml"
    if sitemap.exists():
        sitemap.unlink()
    (sitemap / "index.html").mkdir(parents=True)
    (kept / "assets" / "javascripts").rename(kept / "moved")
    before, shown = identities(site), contents(site)

    _edit_title(data, "开展燃气安全大排查", "开展燃气安全再排查")
    _without_last_task(data)
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0

    fresh = tmp_path / "fresh"
    assert command(data, fresh, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert contents(site) == contents(fresh)  # the removed task's page is gone, nothing stray came in
    assert not any(p.is_symlink() for p in site.rglob("*"))
    after = identities(site)
    rewritten = {p for p in after if before.get(p) != after[p]}
    assert rewritten == {p for p, content in contents(site).items() if shown.get(p) != content}
    assert "tasks/shifan-2024-3/index.html" in rewritten and "tasks/shifan-2024-4/index.html" not in after
    assert not any(p.startswith("assets/javascripts/") for p in rewritten)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")] == []
    assert (kept / "tasks" / "shifan-2024-4" / "index.html").is_file()  # now the second site, kept


def test_a_rebuild_failing_halfway_through_the_kept_site_leaves_the_site_and_the_next_one_starts_afresh(
        tmp_path, monkeypatch, capsys):
    data, site = copy_portal(tmp_path), tmp_path / "site"
    kept = tmp_path / ".planportal-cache" / "site" / "previous-site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    _edit_title(data, "开展燃气隐患排查", "开展燃气安全大排查")
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    before = contents(site)
    _edit_title(data, "开展燃气安全大排查", "开展燃气安全再排查")
    real = render.render

    def failing(env, page):  # the pages are half written into the kept site when one fails
        if page.path.startswith("units/"):
            raise TemplateError("模板出错")
        return real(env, page)

    monkeypatch.setattr(render, "render", failing)
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 1
    assert "模板出错" in capsys.readouterr().err
    assert contents(site) == before
    assert not kept.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")] == []
    monkeypatch.undo()
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    fresh = tmp_path / "fresh"
    assert command(data, fresh, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert contents(site) == contents(fresh)


def test_a_failed_rebuild_leaves_the_site_and_its_cache(tmp_path, capsys):
    data, site = copy_portal(tmp_path), tmp_path / "site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    before, cache = contents(site), contents(tmp_path / ".planportal-cache")
    shutil.copy(FIXTURES / "bad" / "bad-date.yml", data / "plans" / "bad-date.yml")
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 1
    assert contents(site) == before
    (data / "plans" / "bad-date.yml").unlink()
    capsys.readouterr()
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert "网站已是最新" in capsys.readouterr().err and contents(site) == before
    assert contents(tmp_path / ".planportal-cache").keys() >= {k for k in cache if k.endswith("state.json")}


def test_a_page_edited_by_hand_in_the_site_is_made_again(tmp_path):
    site = tmp_path / "site"
    assert command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    page = site / "tasks" / "shifan-2024-3" / "index.html"
    original = page.read_bytes()
    page.unlink()
    page.write_bytes(b"defaced")
    assert command(FIXTURES / "portal", site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert page.read_bytes() == original


def test_plain_mkdocs_build_and_planportal_build_make_the_same_site(tmp_path):
    config = tmp_path / "mkdocs.yml"  # beside a copy of docs/, so that both read the same configuration
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    config.write_text(CONFIG.read_text(encoding="utf-8").replace(
        "      templates: templates", f"      templates: templates\n      as_of: \"{FIXTURE_AS_OF.isoformat()}\""),
        encoding="utf-8")
    env = {**os.environ, "PLANPORTAL_DATA": str(FIXTURES / "portal")}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
                             "-d", str(tmp_path / "mkdocs-site")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert command(FIXTURES / "portal", tmp_path / "site", config=config) == 0
    ours, theirs = contents(tmp_path / "site"), contents(tmp_path / "mkdocs-site")
    assert ours.keys() == theirs.keys()
    assert {p for p in ours if ours[p] != theirs[p]} <= {"sitemap.xml.gz"}  # it holds the time it was written


def test_every_task_is_tokenized_once_for_all_index_parts(tmp_path, monkeypatch):
    """A build from scratch in worker processes tokenizes every task once, in the process
    pipeline.start forks (search/shared.py), not once per index part; each part's postings are
    the ones it would have made, and the site is the one a single process makes."""
    from planportal.loader import load
    from planportal.search import shared

    portal, _ = load(FIXTURES / "portal")
    alone = [index.Postings(index.iter_documents(portal), lambda term, part=part: fnv1a(term) % 2 == part)
             for part in range(2)]
    started = shared.start(portal, 2)
    try:
        taken = [shared.take(part, 2) for part in range(2)]
    finally:
        started.close()
    whole = index.Postings(index.iter_documents(portal))
    shares = [whole.share(lambda term, part=part: fnv1a(term) % 2 == part) for part in range(2)]
    assert whole.shard_counts() == (1, 1)  # the fixture's are too few shards to share: part 0 makes all
    for mine, theirs in zip([*shares, whole, taken[1]], [*alone, taken[0], alone[1]]):
        assert (mine.count, mine.lengths, mine.terms, mine.others) == (theirs.count, theirs.lengths, theirs.terms,
                                                                     theirs.others)
        assert list(mine.terms) == list(theirs.terms) and list(mine.others) == list(theirs.others)
    assert shared.take(0, 2) is None  # taken once, and only from a started process

    one, many = tmp_path / "one", tmp_path / "many"
    assert command(FIXTURES / "portal", one, config=CONFIG, as_of=FIXTURE_AS_OF, workers=1) == 0
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    monkeypatch.setattr(generate, "SEARCH_PARTS_FROM", 0)
    monkeypatch.setattr(pipeline, "RENEW_AFTER", 1)  # a fresh worker for every job: the same site
    started = []
    real_start = shared.start
    monkeypatch.setattr(shared, "start", lambda *args: started.append(real_start(*args)) or started[-1])
    monkeypatch.setattr(index, "iter_documents", _once(index.iter_documents))
    assert command(FIXTURES / "portal", many, config=CONFIG, as_of=FIXTURE_AS_OF, workers=2) == 0
    assert started and started[0] is not None and not started[0].process.is_alive()
    assert gc.get_freeze_count() == 0  # nothing left frozen for a process that builds again (mkdocs serve)
    assert contents(one) == contents(many)


def _once(iter_documents):
    """iter_documents that fails in the pool's workers (where the parts run), not in the started process."""

    def documents(portal):
        if "PoolWorker" in multiprocessing.current_process().name:
            raise AssertionError("a part tokenized every task")
        return iter_documents(portal)

    return documents


def test_an_index_part_makes_its_own_postings_when_the_tokenizing_process_fails(monkeypatch):
    from planportal.loader import load
    from planportal.search import shared

    portal, _ = load(FIXTURES / "portal")
    monkeypatch.setattr(shared, "_send", lambda *args: None)  # ends without a word to the parts
    started = shared.start(portal, 2)
    try:
        assert shared.take(0, 2) is None and shared.take(1, 2) is None
        assert index.part_postings(portal, 1, 2)[0].count == len(portal.tasks)  # made by the part itself
    finally:
        started.close()
    assert not started.folder.exists()

    def no_folder(*args, **kwargs):
        raise OSError("no temporary folder")

    monkeypatch.setattr(shared.tempfile, "mkdtemp", no_folder)
    assert shared.start(portal, 2) is None  # the parts then make their own


def test_something_else_where_the_previous_site_is_kept_is_replaced_by_it(tmp_path):
    data, site = copy_portal(tmp_path), tmp_path / "site"
    kept = tmp_path / ".planportal-cache" / "site" / "previous-site"
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text("not a site", encoding="utf-8")  # cannot be reused: the rebuild starts from scratch
    _edit_title(data, "开展燃气隐患排查", "开展燃气安全大排查")
    assert command(data, site, config=CONFIG, as_of=FIXTURE_AS_OF) == 0
    assert (kept / "tasks" / "shifan-2024-3" / "index.html").is_file()  # the first site, kept now
    assert [p.name for p in kept.parent.iterdir() if p.name.startswith("previous-site")] == ["previous-site"]

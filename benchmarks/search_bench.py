"""Search index size and first-query cost, at seed size or on a synthetic corpus.

    python benchmarks/search_bench.py --data data
    python benchmarks/search_bench.py --tasks 10000 [--browser]

Prints the index size (raw and gzip: all shards, document chunks, manifest, finder data),
and for each sample query the files a first visit to search/?q=… fetches and their size
(raw and gzip, scripts included). With --browser it serves a minimal search page from a
temporary directory, runs each query in Debian's Chromium with a cold cache, records what
was really fetched and the latency the page measured (query start to results shown), then
two more queries on the same page: one submitted as soon as its words are in the box, one
submitted PAUSE ms later (a reader's Enter after the input method commits the words; the
page fetches ahead meanwhile). Figures only: nothing here asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from planportal import search  # noqa: E402
from planportal.loader import load  # noqa: E402
from planportal.search import index as ix  # noqa: E402
from planportal.search import paged  # noqa: E402
from planportal.search.tokenize import query_terms, query_variants, shard_of  # noqa: E402

QUERIES = ["安全生產", "2024年底前", "燃气 隐患", "区应急管理局", "区应急局", "公安系统", "燃", "危险化学品 重大危险源"]
PAGE = 20
PAUSE = 250  # ms between the words typed and Enter in the third query (search.js fetches ahead meanwhile)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def kb(n: int) -> str:
    return f"{n / 1024:,.1f} KB"


def write_site(out: Path, files) -> None:
    for f in files:
        path = out / f.path
        if f.path.endswith(".md"):  # a bare page around the generated body (no theme needed)
            path = out / f.path[: -len("index.md")] / "index.html"
            body = f.content
            f_content = f"<!doctype html><html lang=zh><meta charset=utf-8><title>{f.title}</title><body>{body}</body></html>"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f_content, encoding="utf-8")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f.content if isinstance(f.content, bytes) else f.content.encode("utf-8"))


def first_query_files(built, query: str) -> tuple[list[str], int | str]:
    """What search.js fetches for a first query: manifest, the shards of its terms (and of
    its variants' terms), the further pages of their postings engine.js reads until the
    first PAGE results are decided (paged.top, its twin), the document chunks of those
    results; and the hit count the page shows ("N+" where only a lower bound is known)."""
    m = built.manifest
    variants = [t for t in map(query_terms, query_variants(query)) if t]
    terms = list(dict.fromkeys(t for v in variants for t in v))
    shards = {shard_of(t, m["shards"], m["characterShards"]) for t in terms}

    def entry(t):
        n = shard_of(t, m["shards"], m["characterShards"])
        for i, row in enumerate(built.shards[n]["terms"]):
            if row[0] == t:
                return row, n, i
        return None, n, 0

    top, read = paged.top(variants, PAGE, entry, lambda n, i, k: built.pages[paged.page_path(n, i, k)])
    rows = [entry(t)[0] for t in terms]
    complete = all(r is None or r[4] == 0 for r in rows) or len(top) < PAGE
    if len(terms) == 1:
        hits: int | str = sum(rows[0][1]) if rows[0] else 0
    else:
        hits = f"{len(top)}+" if not complete else len(paged.full(variants, lambda t: _all(built, entry, t)))
    chunks = sorted({o // m["chunk"] for _, _, o in top})
    return (["index/manifest.json"] + [f"index/s{s}.json" for s in sorted(shards)] + [f"index/{p}" for p in read]
            + [f"index/d{c}.json" for c in chunks]), hits


def _all(built, entry, t):
    row, n, i = entry(t)
    if row is None:
        return []
    return paged.decode(row[3]) + [p for k in range(1, row[4] + 1) for p in paged.decode(built.pages[paged.page_path(n, i, k)])]


def report(data_dir: Path, browser: bool, server: str = "python") -> None:
    t0 = time.monotonic()
    portal, _ = load(data_dir)
    t1 = time.monotonic()
    built = search.build_index(portal, dt.date.today())
    t2 = time.monotonic()
    files = search.outputs(portal, dt.date.today())
    by_path = {f.path: (f.content if isinstance(f.content, bytes) else f.content.encode("utf-8")) for f in files}
    prefix = "assets/planportal/search/"
    print(f"{len(portal.tasks):,} tasks, {len(portal.units):,} units, {len(portal.plans):,} plans"
          f" (load {t1 - t0:.1f} s, index build {t2 - t1:.1f} s)")

    def group(name, paths):
        raw = sum(len(by_path[p]) for p in paths)
        packed = sum(gz(by_path[p]) for p in paths)
        print(f"  {name:<28} {len(paths):>5} files  raw {kb(raw):>12}  gzip {kb(packed):>11}")
        return raw, packed

    shards = sorted(p for p in by_path if p.startswith(prefix + "index/s") or p.startswith(prefix + "index/p"))
    chunks = sorted(p for p in by_path if p.startswith(prefix + "index/d"))
    print(f"index ({built.manifest['shards']} shards of words and bigrams + {built.manifest['characterShards']}"
          f" of single characters, {len(chunks)} document chunks of {ix.CHUNK_SIZE}):")
    totals = [group("term shards and pages", shards), group("document chunks", chunks),
              group("manifest.json", [prefix + "index/manifest.json"]), group("finder.json", [prefix + "index/finder.json"])]
    print(f"  {'index total':<28} {'':>11} raw {kb(sum(r for r, _ in totals)):>12}  gzip {kb(sum(g for _, g in totals)):>11}")
    sizes = sorted((len(by_path[p]), gz(by_path[p])) for p in shards)
    print(f"  shard raw median {kb(sizes[len(sizes) // 2][0])}, largest {kb(sizes[-1][0])} ({kb(sizes[-1][1])} gzip)")
    static = [prefix + n for n in ("tokenize.js", "engine.js", "search.js", "search.css", "t2s.txt")]
    s_raw, s_gz = group("scripts, css, t2s.txt", static)

    print("first query on search/?q= (cold cache; static files included):")
    for q in QUERIES:
        need, count = first_query_files(built, q)
        raw = s_raw + sum(len(by_path[prefix + n]) for n in need)
        packed = s_gz + sum(gz(by_path[prefix + n]) for n in need)
        print(f"  {q:<14} {count:>6} hits  {len(need):>3} index files  raw {kb(raw):>11}  gzip {kb(packed):>10}")

    if browser:
        run_browser(files, by_path, server=server)


FIRST_SHOWN = """new MutationObserver((_, obs) => {
  if (document.querySelector('#pp-search :is([data-task-id], [data-unit-id], [data-plan-id])')) {
    window.ppFirstShown = performance.now();
    obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});"""


class _KeepAlive(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # persistent connections, as any production web server keeps them
    disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs (~40 ms a response)

    def log_message(self, *a):
        pass


@contextlib.contextmanager
def serving(folder: str, kind: str):
    """The base address of `folder` served over HTTP/1.1 on 127.0.0.1: by Python's http.server
    (a thread per connection; every request parsed and read in Python), or by node
    (static_server.js: files kept in memory, as a production web server keeps hot files)."""
    if kind == "node":
        proc = subprocess.Popen(["node", str(ROOT / "benchmarks" / "static_server.js"), folder],
                                stdout=subprocess.PIPE, text=True)
        try:
            yield f"http://127.0.0.1:{int(proc.stdout.readline())}/"
        finally:
            proc.terminate()
            proc.wait()
        return
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_KeepAlive, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def run_browser(files, by_path, repeat: int = 5, server: str = "python") -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if not chromium:
        print("browser: Debian chromium not installed, skipped")
        return
    if server == "node" and not shutil.which("node"):
        print("browser: node not installed, served by Python's http.server")
        server = "python"
    with tempfile.TemporaryDirectory() as tmp, serving(tmp, server) as root:
        write_site(Path(tmp) / "portal", files)
        base = f"{root}portal/"
        name = "node static server" if server == "node" else "Python http.server"
        print(f"browser (Debian Chromium, local HTTP/1.1 {name}; ms, median (best) of {repeat} runs;"
              f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
        print(f"  {'query':<14} {'cold: first result':>19} {'all shown':>12} {'from page load':>15}"
              f" {'next, Enter at once':>20} {'all shown':>12} {f'next, Enter +{PAUSE} ms':>20} {'all shown':>12}"
              "   fetched (cold)")
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            for q in QUERIES:
                runs = [measure(b, base, q, by_path) for _ in range(repeat)]
                cells = []
                for i, width in enumerate((19, 12, 15, 20, 12, 20, 12)):
                    values = sorted(r[i] for r in runs if r[i] == r[i]) or [float("nan")]  # NaN: nothing shown
                    cells.append(f"{values[len(values) // 2]:.0f} ({values[0]:.0f})".rjust(width))
                files_n, raw, packed = runs[0][7:]
                print(f"  {q:<14} {' '.join(cells)}   {files_n:>3} files, raw {kb(raw)}, gzip {kb(packed)}")
            b.close()


def measure(browser, base: str, q: str, by_path) -> tuple:
    """One cold visit of search/?q=Q (new context: empty cache), then a second query on the
    same page (Q plus 工作) submitted at once and a third (Q plus 检查) submitted PAUSE ms after
    its words: the times search.js records (query start to the first result, a unit, plan or
    task, and to all shown), the first result's time from the start of navigation, the files
    fetched."""
    ctx = browser.new_context()
    page = ctx.new_page()
    page.add_init_script(FIRST_SHOWN)
    got: list[str] = []
    page.on("response", lambda r: got.append(urlsplit(r.url).path))
    page.goto(f"{base}search/?q={quote(q)}")
    page.wait_for_selector("#pp-search[data-state=done]", timeout=60000)
    cold = [float(page.get_attribute("#pp-search", a) or "nan") for a in ("data-first-ms", "data-ms")]
    from_load = page.evaluate("window.ppFirstShown || NaN")
    paths = [g[len("/portal/"):] for g in got if g.startswith("/portal/assets/")]
    raw = sum(len(by_path[x]) for x in paths)
    packed = sum(gz(by_path[x]) for x in paths)
    warm = []
    for extra, pause in ((" 工作", 0), (" 检查", PAUSE)):
        nxt = q + extra
        page.fill("#pp-search-q", nxt)  # as an input method commits the words: one input event
        if pause:
            page.wait_for_timeout(pause)
        page.press("#pp-search-q", "Enter")
        page.wait_for_function("q => document.getElementById('pp-search').dataset.state === 'done'"
                               " && new URLSearchParams(location.search).get('q') === q", arg=nxt, timeout=60000)
        warm += [float(page.get_attribute("#pp-search", a) or "nan") for a in ("data-first-ms", "data-ms")]
    ctx.close()
    return (*cold, from_load, *warm, len(paths), raw, packed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, help="a data directory (default: a synthetic corpus of --tasks)")
    ap.add_argument("--tasks", type=int, default=10000)
    ap.add_argument("--browser", action="store_true", help="also measure in Debian's Chromium")
    ap.add_argument("--server", choices=["python", "node"], default="python",
                    help="what serves the pages to the browser (default: Python's http.server)")
    args = ap.parse_args(argv)
    if args.data:
        report(args.data, args.browser, args.server)
        return 0
    import synthetic_corpus

    with tempfile.TemporaryDirectory() as tmp:
        data = synthetic_corpus.generate(Path(tmp) / "data", args.tasks)
        report(data, args.browser, args.server)
    return 0


if __name__ == "__main__":
    sys.exit(main())

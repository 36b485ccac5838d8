"""Run a Generation's jobs and write what they make into the (new) site directory.

    write(site, frames, site_dir, workers=N, meter=…, previous=(State, published site))
        -> Result: every file written or linked, and each page's and provider's input
           digest with its files (the next build's buildcache.State)

Jobs run in a pool of worker processes (fork: the workers share the loaded model and the
theme frames; nothing is pickled but job numbers and the written files' names and
digests), or in this process for a small portal, for `serve` and where fork is missing.
Each page is framed by the theme (`theme_frame.Frames`) and written as soon as it is
rendered, so no process ever holds more than one batch of pages. The result is in job
order whatever order the jobs finished in, so it is the same on every run.

With `previous` (the last build's state and the published site), a page or provider whose
input digest is unchanged is not run: its files are linked from the published site; a
file whose content is unchanged is linked instead of written (buildcache.py); a provider
may also name a file it found unchanged without making it (`Unchanged`: the search shards
whose terms no edit touched, search/incremental.py), which is linked. With `present` (the
site directory is the previous site, reused: publish.reuse), a published file is linked
only where that directory's entry is not that very file already.

Files and folders are made with the modes a web server needs (publish.FILE_MODE, DIR_MODE),
whatever the umask, and never written through an existing entry (made anew instead).
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import collector, generate, publish
from .buildcache import State, file_digest
from .generate import Generation, Job
from .model import Portal
from .meter import Meter, Silent
from .outputs import OutputFile, Unchanged
from .search import shared
from .theme_frame import Frames

PARALLEL_FROM = 400  # pages to make, or tasks: below this, starting workers costs more than it saves
RENEW_AFTER = 20  # jobs (of up to generate.BATCH pages) a worker runs before a fresh one, forked again,
# takes its place: a worker copies every page of the model whose objects it touches (their
# reference counts change), so a long-lived one ends up with a copy of most of the model;
# a fresh one shares it again (a large portal's peak memory)


@dataclass(frozen=True, slots=True)
class Written:
    unit: str  # the page or provider that made it ("page:task:x", "job:search")
    path: str  # the generated file's path (tasks/x.md for a page)
    dest: str  # where it went in the site (tasks/x/index.html)
    digest: str  # of its content
    linked: bool  # the published file, unchanged (nothing written)


@dataclass
class Result:
    written: list[Written] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)  # unit -> input digest

    @property
    def pages(self) -> list[Written]:
        return [w for w in self.written if w.path.endswith(".md")]


def workers_default() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def start(portal: Portal, *, workers: int = 0, fresh: bool = False) -> shared.Started | None:
    """What can begin as soon as the data is loaded: for a large portal built from scratch
    (`fresh`: no last build) in worker processes, the search index's postings, every task
    tokenized once for all its parts (search/shared.py). `write` takes them; `close()` the
    result when the build fails before."""
    workers = workers or workers_default()
    parts = generate.search_parts(portal)
    if fresh and workers > 1 and parts > 1 and len(portal.tasks) >= PARALLEL_FROM:
        return shared.start(portal, parts)
    return None


def write(site: Generation, frames: Frames, site_dir: Path, *, workers: int = 0, meter: Meter | None = None,
          previous: tuple[State, Path] | None = None, started: shared.Started | None = None,
          present: dict[str, int] | None = None) -> Result:
    """`started`: what `start` began (every search-index part then runs); `present`: what
    `site_dir` holds already (publish.inventory: site path -> inode)."""
    meter = meter or Silent()
    state, published = previous or (State(), Path())
    result = Result()
    todo_pages, todo_providers = [], []  # page keys, provider Jobs
    reused: list[Written] = []
    for unit, key in site.units():
        if previous is not None:  # only a build that keeps a cache needs the digests
            result.inputs[unit] = site.inputs(unit, key)
        kept = _unchanged(state, published, unit, result.inputs.get(unit, ""))
        if kept is not None:
            reused += kept
        elif isinstance(key, Job):
            todo_providers.append(key)
        else:
            todo_pages.append(key)
    workers = workers or workers_default()
    batch = min(generate.BATCH, -(-len(todo_pages) // workers)) or 1  # a rebuild's few pages: a batch per worker
    jobs = site.jobs(keys=todo_pages, providers=todo_providers, batch=batch)
    total = sum(len(job.pages) for job in jobs)
    meter.phase("生成页面", total)
    global _STATE
    _STATE = (site, frames, Path(site_dir), jobs, state, published)
    _FOLDERS.clear()
    publish.umask_strips.cache_clear()  # read again for each build (in a long-lived process too)
    _PRESENT.clear()
    _PRESENT.update(present or {})
    done = False
    try:
        results: list = [None] * len(jobs)
        large = total >= PARALLEL_FROM or len(site.portal.tasks) >= PARALLEL_FROM  # the providers grow with the tasks
        if workers > 1 and len(jobs) > 1 and large and "fork" in multiprocessing.get_all_start_methods():
            order = _order(jobs) if started is not None else list(range(len(jobs)))  # results: in job order
            site.prepare()  # what every page needs, made once here: the workers share it
            forked = multiprocessing.get_context("fork")
            with collector.frozen(), forked.Pool(min(workers, len(jobs)), maxtasksperchild=RENEW_AFTER) as pool:
                # (frozen: the collector never writes to the model's objects, so the workers share them)
                made = pool.imap(_run, order, chunksize=1)
                _link_all(published, Path(site_dir), reused, state)  # while the workers run
                for i, written in zip(order, made):
                    results[i] = written
                    meter.advance(len(jobs[i].pages))
        else:
            _link_all(published, Path(site_dir), reused, state)
            for i in range(len(jobs)):
                results[i] = _run(i)
                meter.advance(len(jobs[i].pages))
        done = True
    finally:
        _STATE = None
        _PRESENT.clear()
        if started is not None:
            started.close(wait=done)
    result.written = reused + [w for job in results for w in job]
    return result


def _link_all(published: Path, site_dir: Path, files: list[Written], state: State) -> None:
    """The unchanged files of the published site into the new one (tens of thousands on a
    large portal: plain strings, no Path)."""
    old, new = os.fspath(published), os.fspath(site_dir)
    for w in files:
        _link(os.path.join(old, w.dest), os.path.join(new, w.dest), w.dest, state.files[w.path][4])


def _link(source: str, target: str, dest: str, inode: int) -> None:
    """`target` becomes the published file `source` (publish.link_over), its folder made once;
    a file already there (a navigation page's frame as mkdocs wrote it, the reused site's
    older file) is replaced. Nothing is done where the reused site's entry at `dest` is that
    very file (its `inode`)."""
    if _PRESENT.get(dest) == inode:
        return
    _folder(os.path.dirname(target))
    publish.link_over(source, target)


def _order(jobs: list[Job]) -> list[int]:
    """The order the workers take the jobs in when the search index's postings come from the
    started process: the first part at once (it waits for them while the other worker renders
    pages), the other parts after the page batches other than the tasks' (by then the
    postings are there), then the other providers and the many small batches of task pages
    (they even out the workers' ends)."""
    parts = [i for i, job in enumerate(jobs) if job.kind == "search-index"]
    pages = [i for i, job in enumerate(jobs) if job.kind == "pages"]
    tasks = [i for i in pages if all(key[0] == "task" for key in jobs[i].pages)]
    heavy = sorted(set(pages) - set(tasks))
    others = [i for i, job in enumerate(jobs) if job.kind not in ("search-index", "pages")]
    return parts[:1] + heavy + parts[1:] + others + tasks


def _unchanged(state: State, published: Path, unit: str, inputs: str) -> list[Written] | None:
    """The files `unit` made last time, if its inputs and all those files are unchanged."""
    entry = state.units.get(unit)
    if entry is None or entry[0] != inputs:
        return None
    out = []
    for path in entry[1]:
        if state.intact_file(published, path) is None:
            return None
        dest, content = state.files[path][:2]
        out.append(Written(unit, path, dest, content, True))
    return out


_STATE: tuple | None = None


def _run(i: int) -> list[Written]:
    """Job number i of the current write (in a worker: inherited from the parent)."""
    site, frames, site_dir, jobs, state, published = _STATE
    return [_write(frames, site_dir, unit, out, state, published) for unit, out in site.run(jobs[i])]


def _write(frames: Frames, site_dir: Path, unit: str, out: OutputFile | Unchanged, state: State,
           published: Path) -> Written:
    if isinstance(out, Unchanged):  # the provider checked that the published file is intact
        old = state.intact_file(published, out.path)
        if old is None:
            raise OSError(f"{published / out.path}: changed while the site was being built")
        dest, content, *_, inode = state.files[out.path]
        _link(old, os.path.join(site_dir, dest), dest, inode)
        return Written(unit, out.path, dest, content, True)
    if out.is_page:
        dest = frames.dest(out.path)
        data = frames.page(out)
    else:
        dest = out.path
        data = out.content.encode("utf-8") if isinstance(out.content, str) else out.content
    content = file_digest(data)
    target = os.path.join(site_dir, dest)  # (plain strings: thousands of files in a rebuild)
    old = state.intact_file(published, out.path)
    if old is not None and state.files[out.path][:2] == [dest, content]:
        _link(old, target, dest, state.files[out.path][4])
        return Written(unit, out.path, dest, content, True)
    _folder(os.path.dirname(target))
    try:
        fd = os.open(target, _NEW_FILE, publish.FILE_MODE)
    except FileExistsError:  # a navigation page's frame as mkdocs wrote it, the reused site's older file
        publish.clear(target)
        fd = os.open(target, _NEW_FILE, publish.FILE_MODE)
    if publish.umask_strips():
        os.fchmod(fd, publish.FILE_MODE)
    with open(fd, "wb") as f:
        f.write(data)
    return Written(unit, out.path, dest, content, False)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC  # never through a link to a published file
_FOLDERS: set[str] = set()  # folders this process knows are there (in the current write)
_PRESENT: dict[str, int] = {}  # the reused site directory's files: site path -> inode (publish.inventory)


def _folder(folder: str) -> None:
    if folder not in _FOLDERS:
        publish.make_folder(folder)
        _FOLDERS.add(folder)

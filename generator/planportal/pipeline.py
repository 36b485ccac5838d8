"""Run a Generation's jobs and write what they make into the site directory.

    write(site, frames, site_dir, workers=N, meter=…) -> [Written]

Jobs run in a pool of worker processes (fork: the workers share the loaded model and the
theme frames; nothing is pickled but job numbers and the written files' names and
digests), or in this process for a small portal, for `serve` and where fork is missing.
Each page is framed by the theme (`theme_frame.Frames`) and written as soon as it is
rendered, so no process ever holds more than one batch of pages. The list returned is
in job order whatever order the jobs finished in, so it is the same on every run.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path

from .generate import Generation, Job
from .meter import Meter, Silent
from .outputs import OutputFile
from .theme_frame import Frames

PARALLEL_FROM = 400  # pages: below this, starting workers costs more than it saves


@dataclass(frozen=True)
class Written:
    path: str  # the generated file's path (tasks/x.md for a page)
    dest: str  # where it went in the site (tasks/x/index.html)
    digest: str


def workers_default() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def write(site: Generation, frames: Frames, site_dir: Path, *, workers: int = 0,
          meter: Meter | None = None) -> list[Written]:
    meter = meter or Silent()
    jobs = site.jobs()
    total = sum(len(job.pages) for job in jobs)
    workers = workers or workers_default()
    meter.phase("生成页面", total)
    global _STATE
    _STATE = (site, frames, Path(site_dir), jobs)
    try:
        if workers > 1 and total >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(workers, len(jobs))) as pool:
                results = []
                for i, written in enumerate(pool.imap(_run, range(len(jobs)), chunksize=1)):
                    results.append(written)
                    meter.advance(len(jobs[i].pages))
        else:
            results = []
            for i in range(len(jobs)):
                results.append(_run(i))
                meter.advance(len(jobs[i].pages))
    finally:
        _STATE = None
    return [w for job in results for w in job]


_STATE: tuple[Generation, Frames, Path, list[Job]] | None = None


def _run(i: int) -> list[Written]:
    """Job number i of the current write (in a worker: inherited from the parent)."""
    site, frames, site_dir, jobs = _STATE
    return [_write(frames, site_dir, out) for out in site.run(jobs[i])]


def _write(frames: Frames, site_dir: Path, out: OutputFile) -> Written:
    if out.is_page:
        dest = frames.dest(out.path)
        data = frames.page(out).encode("utf-8", errors="xmlcharrefreplace")
    else:
        dest = out.path
        data = out.content.encode("utf-8") if isinstance(out.content, str) else out.content
    target = site_dir / dest
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return Written(out.path, dest, hashlib.blake2b(data, digest_size=16).hexdigest())

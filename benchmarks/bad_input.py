"""How the portal holds up against the bad-input corpus (tests/bad_inputs.py).

    python benchmarks/bad_input.py

Every case is run through `planportal check` and, when it is an error, through
`planportal build` over a copy of a previously built site, each in a child process of its
own (memory-limited, as in the tests), and judged:

- clear error: the exit code and the exact FILE:LINE lines the corpus expects;
- traceback: "Traceback" on standard error;
- site damaged: the previous site is not byte-identical afterwards, or staging directories are left.

Prints one row per case, then the totals and the worst time and peak memory (the child's own
maximum resident set). Figures only: nothing here is asserted.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from bad_inputs import CASES, TIMEOUT, Case, argv, limits, prepare  # noqa: E402
from helpers import FIXTURES  # noqa: E402

CONFIG = HERE.parent / "mkdocs.yml"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def measure(*args: str, cwd: Path) -> Run:
    """One command in a child process: its output, wall time and peak resident memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(argv(*args), cwd=cwd, stdout=out, stderr=err, preexec_fn=limits())
        timer = threading.Timer(TIMEOUT, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Run(process.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   seconds, usage.ru_maxrss / 1024)


def snapshot(site: Path) -> dict[str, str]:
    out = {}
    for path in sorted(site.rglob("*")):
        out[path.relative_to(site).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    return out


def damaged(site: Path, before: dict[str, str]) -> bool:
    stray = [p for p in site.parent.iterdir() if p.name.startswith(f".{site.name}")]
    return not site.is_dir() or snapshot(site) != before or bool(stray)


def clear(case: Case, run: Run, printed: str) -> bool:
    expected = [line for line in case.lines if printed == "stdout" or ": 警告: " not in line]
    lines = run.stdout.splitlines() if printed == "stdout" else [l for l in run.stderr.splitlines() if l in case.lines]
    return run.code == (case.code if printed == "stdout" else 1) and lines == expected


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        built = work / "built"
        measure("build", "--data", str(FIXTURES / "portal"), "--site-dir", str(built), "--config", str(CONFIG),
                "--as-of", "2024-06-15", cwd=work)
        before = snapshot(built)
        print(f"{'case':<28} {'point':>5} {'command':>7} {'exit':>4} {'clear':>5} {'traceback':>9} {'damaged':>7} "
              f"{'seconds':>7} {'peak MB':>7}")
        for case in CASES:
            for command in ("check", "build") if case.code else ("check",):
                tmp = work / f"{case.name}-{command}"
                tmp.mkdir()
                prepare(tmp, case)
                site = tmp / "site"
                shutil.copytree(built, site)
                if command == "check":
                    run = measure("check", cwd=tmp)
                    ok, hurt = clear(case, run, "stdout"), False
                else:
                    run = measure("build", "--site-dir", "site", "--config", str(CONFIG), cwd=tmp)
                    ok, hurt = clear(case, run, "stderr"), damaged(site, before)
                trace = "Traceback" in run.stderr
                rows.append((case, command, run, ok, trace, hurt))
                print(f"{case.name:<28} {case.point:>5} {command:>7} {run.code:>4} {'yes' if ok else 'NO':>5} "
                      f"{'YES' if trace else '-':>9} {'YES' if hurt else '-':>7} {run.seconds:>7.2f} {run.peak_mb:>7.0f}",
                      flush=True)
                shutil.rmtree(tmp, ignore_errors=True)
    slowest = max(rows, key=lambda r: r[2].seconds)
    largest = max(rows, key=lambda r: r[2].peak_mb)
    print()
    print("| runs (cases) | clear error | traceback | site damaged | worst time | worst peak memory |")
    print("|---|---|---|---|---|---|")
    print(f"| {len(rows)} ({len(CASES)}) | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} "
          f"| {sum(r[5] for r in rows)} | {slowest[2].seconds:.2f} s ({slowest[0].name}, {slowest[1]}) "
          f"| {largest[2].peak_mb:.0f} MB ({largest[0].name}, {largest[1]}) |")


if __name__ == "__main__":
    main()

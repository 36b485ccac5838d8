"""Time and peak memory of `planportal build` on synthetic corpora of growing size.

    python benchmarks/build_bench.py --tasks 2000 10000

Each size is generated with synthetic_corpus.py and built in a child process, so the peak
resident memory printed is the build's own. Figures only: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(tasks: int, work: Path) -> tuple[int, float, float]:
    data, site = work / f"data-{tasks}", work / f"site-{tasks}"
    subprocess.run([sys.executable, str(HERE / "synthetic_corpus.py"), "--tasks", str(tasks), "--out", str(data)],
                   check=True, capture_output=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "planportal.cli", "build", "--data", str(data), "--site-dir", str(site),
                    "--config", str(HERE.parent / "mkdocs.yml")], check=True, capture_output=True)
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, the largest child so far
    pages = sum(1 for _ in site.rglob("*.html"))
    return pages, seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[2000, 10000])
    args = parser.parse_args()
    print(f"{'tasks':>7} {'pages':>7} {'seconds':>8} {'peak MB':>8} {'ms/page':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.tasks):  # ascending, so each peak is that size's own
            pages, seconds, mb = build(n, Path(tmp))
            print(f"{n:>7} {pages:>7} {seconds:>8.1f} {mb:>8.0f} {1000 * seconds / pages:>8.1f}", flush=True)


if __name__ == "__main__":
    main()

"""Benchmark `ggznet site` on the national-scale synthetic knowledge base (target: at most 60 s).

    python benchmarks/site.py [--scale 1] [--runs 3] [--kb DIR] [--jobs N]

Generates the knowledge base of benchmarks/generate.py at the given scale (scale 1: 30 regions, 3,000
actors, 10,000 initiatives, 10,000 meetings; 23,030 files) unless --kb names one, then builds the site
into a new folder --runs times, as a whole process, as a user would. Prints the median wall time, the
processor time of ggznet and its workers (user + system), peak memory, and the site's size. The machine's
load average is printed too: on a shared machine the wall time grows with it, the processor time does not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def run_once(kb: Path, out: Path, jobs: int | None) -> tuple[float, float, float]:
    """Wall seconds, processor seconds (with the workers) and peak MiB of one `ggznet site`."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "ggznet", "site", "--kb", str(kb), "-o", str(out), "--as-of", "2026-11-23"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    after = os.times()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ggznet site failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    # children_* counts the workers too (they are waited for by ggznet, which is waited for here)
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kb", type=Path, help="an existing knowledge base instead of a generated one")
    parser.add_argument("--jobs", type=int, help="passed to ggznet site --jobs")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ggznet-site-bench-"))
    try:
        kb = args.kb
        if kb is None:
            kb = work / "kb"
            counts = generate(
                kb,
                regions=30,
                actors=round(3000 * args.scale),
                initiatives=round(10000 * args.scale),
                meetings=round(10000 * args.scale),
            )
            print(f"generated: {counts}")
        subprocess.run([sys.executable, "-m", "ggznet", "--kb", str(kb), "validate"], capture_output=True)  # cache
        results = []
        for n in range(args.runs):
            load = os.getloadavg()[0]
            wall, cpu, peak = run_once(kb, work / "site", args.jobs)
            results.append((wall, cpu, peak))
            print(f"run {n + 1}: {wall:.1f} s wall, {cpu:.1f} s processor, {peak:.0f} MiB peak, load {load:.1f}")
        files = [p for p in (work / "site").rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files) / 2**20
        print(
            f"ggznet site: median {statistics.median(r[0] for r in results):.1f} s wall, "
            f"{statistics.median(r[1] for r in results):.1f} s processor, "
            f"{max(r[2] for r in results):.0f} MiB peak; {len(files):,} files, {size:.0f} MiB; "
            f"{os.cpu_count()} cores"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

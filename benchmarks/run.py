"""Benchmark ggznet at several scales, cold and warm, against floors measured in the same run.

    python benchmarks/run.py [--scales 0.1,1,3] [--runs 5] [--cold-runs 3] [--workdir DIR] [--write]

For each scale a synthetic knowledge base is generated once (benchmarks/generate.py; scale 1 = 30
regions, 3,000 actors, 10,000 initiatives, 10,000 meetings: 23,030 files) into --workdir, and
reused by later runs. Every command runs as a whole process, as a user would run it; each figure is
the median wall time of its runs, with the largest peak memory (resident set, from wait4).

- cold: the state folder `.ggznet-cache/` removed before each run (nothing stored).
- warm: the store filled by an earlier run, nothing changed since.
- one file changed: warm, after rewriting one record (its content changes; a valid record stays).

Floors, measured in the same session on the same files, so that ratios hold on a busy machine
better than absolute times: start-up (`python -c pass`), stat of every record file (start-up
included: what a warm run cannot avoid), and parsing every file with yaml-rs (what a cold run
cannot avoid). Each row shows its ratio to the floor that bounds it.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

PY = sys.executable
GGZNET = [PY, "-m", "ggznet"]
STARTUP = [PY, "-c", "pass"]
STAT_ALL = [
    PY,
    "-c",
    "import os,sys\n"
    "for d in os.scandir(os.path.join(sys.argv[1], 'data')):\n"
    "    if d.is_dir():\n"
    "        for e in os.scandir(d.path): os.lstat(e.path)",
]
PARSE_ALL = [
    PY,
    "-c",
    "import os,sys,yaml_rs\n"
    "for d in os.scandir(os.path.join(sys.argv[1], 'data')):\n"
    "    if d.is_dir():\n"
    "        for e in os.scandir(d.path):\n"
    "            with open(e.path, encoding='utf-8') as f: yaml_rs.loads(f.read(), parse_datetime=False)",
]
Row = tuple[float, float]  # (median seconds, peak MiB)


def measure(cmd: list[str], runs: int, env: dict[str, str], before: Callable[[], None] | None = None) -> Row:
    """Median wall seconds and the largest peak memory (MiB) over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, _status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def knowledge_base(workdir: Path, scale: float) -> Path:
    counts = {
        "regions": 30,
        "actors": round(3000 * scale),
        "initiatives": round(10000 * scale),
        "meetings": round(10000 * scale),
    }
    kb = workdir / f"kb-{scale:g}"
    expected = sum(counts.values())
    if not (kb / "data").is_dir() or sum(1 for _ in kb.glob("data/*/*.yaml")) != expected:
        generate(kb, **counts)
    return kb


def bench_scale(kb: Path, runs: int, cold_runs: int) -> dict[str, Row]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GGZNET_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: Python's own byte-code cache, written by the first run
    state = kb / ".ggznet-cache"
    region = "twente"
    files = sorted(kb.glob("data/initiatives/*.yaml"))
    some_id = files[len(files) // 3].stem
    changing = kb / "data" / "actors" / sorted(p.name for p in (kb / "data" / "actors").glob("*.yaml"))[0]
    original = changing.read_text(encoding="utf-8")
    flip = {"n": 0}

    def drop_state() -> None:
        shutil.rmtree(state, ignore_errors=True)

    def change_one_file() -> None:
        flip["n"] += 1
        changing.write_text(original + f"# bewerkt {flip['n']}\n", encoding="utf-8")

    kb_arg = ["--kb", str(kb)]
    commands: dict[str, list[str]] = {
        "validate": [*GGZNET, "validate", *kb_arg],
        "list initiatives --region": [*GGZNET, "list", "initiatives", *kb_arg, "--region", region, "--format", "json"],
        "show": [*GGZNET, "show", some_id, *kb_arg, "--format", "json"],
        "search": [*GGZNET, "search", "wachttijden huisartsen", *kb_arg, "--format", "json"],
        "actions --open": [*GGZNET, "actions", "--open", *kb_arg, "--format", "json"],
        "report REGION": [*GGZNET, "report", region, *kb_arg, "--raw"],
    }
    rows: dict[str, Row] = {"files": (float(sum(1 for _ in kb.glob("data/*/*.yaml"))), 0.0)}
    rows["floor: start-up"] = measure(STARTUP, runs, env)
    rows["floor: stat every file"] = measure([*STAT_ALL, str(kb)], runs, env)
    rows["floor: yaml-rs parse of every file"] = measure([*PARSE_ALL, str(kb)], max(1, cold_runs), env)
    rows["ggznet --version"] = measure([*GGZNET, "--version"], runs, env)
    rows["ggznet --help"] = measure([*GGZNET, "--help"], runs, env)
    for name, cmd in commands.items():
        rows[f"{name}, cold"] = measure(cmd, cold_runs, env, before=drop_state)
    measure(commands["validate"], 1, env)  # fill the store
    for name, cmd in commands.items():
        measure(cmd, 1, env)  # anything a command keeps for itself (e.g. report's network metrics)
        rows[f"{name}, warm"] = measure(cmd, runs, env)
    rows["validate, one file changed"] = measure(commands["validate"], runs, env, before=change_one_file)
    rows["show, one file changed"] = measure(commands["show"], runs, env, before=change_one_file)
    changing.write_text(original, encoding="utf-8")
    return rows


def _floor_for(name: str) -> str | None:
    if name.startswith("floor") or name.startswith("ggznet --"):
        return "floor: start-up" if name.startswith("ggznet --") else None
    if name.endswith(", cold"):
        return "floor: yaml-rs parse of every file"
    return "floor: stat every file"


def table(results: dict[float, dict[str, Row]]) -> str:
    scales = sorted(results)
    names = [n for n in results[scales[0]] if n != "files"]
    head = "| measurement | " + " | ".join(f"{int(results[s]['files'][0]):,} files" for s in scales)
    head += " | peak MiB (largest) |"
    lines = [head, "|---|" + "---:|" * len(scales) + "---:|"]
    for name in names:
        cells = []
        for s in scales:
            if name not in results[s]:
                cells.append("—")
                continue
            seconds = results[s][name][0]
            floor = _floor_for(name)
            ratio = f" ({seconds / results[s][floor][0]:.1f}×)" if floor and results[s][floor][0] else ""
            cells.append(f"{seconds:.2f} s{ratio}")
        peak = max(results[s][name][1] for s in scales if name in results[s])
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {peak:.0f} |")
    lines.append("")
    lines.append(
        "Ratios in brackets: warm rows to the stat floor, cold rows to the yaml-rs parse floor, "
        "`--version`/`--help` to start-up; all measured in the same session."
    )
    for low, high in itertools.pairwise(scales):
        factor = results[high]["files"][0] / results[low]["files"][0]
        growth = []
        for name in (
            "validate, cold",
            "validate, warm",
            "validate, one file changed",
            "show, warm",
            "report REGION, warm",
        ):
            if name in results[low] and name in results[high] and results[low][name][0]:
                growth.append(f"{name} {results[high][name][0] / results[low][name][0]:.1f}×")
        lines.append("")
        lines.append(
            f"Growth from {int(results[low]['files'][0]):,} to {int(results[high]['files'][0]):,} files "
            f"({factor:.0f}× the files): " + ", ".join(growth) + "."
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per warm figure (median)")
    parser.add_argument("--cold-runs", type=int, default=3, help="runs per cold figure (median)")
    parser.add_argument("--scales", default="0.1,1", help="comma-separated; 1 = 23,030 files, 3 = 69,030")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ggznet-bench"))
    parser.add_argument("--write", action="store_true", help="Put the table into benchmarks/README.md.")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = {}
    for scale in (float(s) for s in args.scales.split(",")):
        print(f"scale {scale:g} …", file=sys.stderr, flush=True)
        kb = knowledge_base(args.workdir, scale)
        results[scale] = bench_scale(kb, args.runs, args.cold_runs)
        print(table({scale: results[scale]}), file=sys.stderr, flush=True)
    text = table(results)
    print(text)
    if args.write:
        readme = HERE / "README.md"
        body = readme.read_text(encoding="utf-8")
        start, end = "<!-- results: start -->\n", "<!-- results: end -->"
        before, _, rest = body.partition(start)
        _, _, after = rest.partition(end)
        readme.write_text(before + start + text + end + after, encoding="utf-8")


if __name__ == "__main__":
    main()

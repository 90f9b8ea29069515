"""Benchmark ggznet at several scales and print (or write into README.md) a table of medians.

    python benchmarks/run.py [--runs 5] [--scales 0.1,0.333,1] [--write]

For each scale a synthetic knowledge base is generated (benchmarks/generate.py; scale 1 = 30
regions, 3,000 actors, 10,000 initiatives, 10,000 meetings). Every command runs as a whole process,
as a user would run it; each figure is the median of --runs runs, with peak memory (largest
resident set) from the operating system. Baselines run in the same session on the same files: a
raw read of every file, a parse-only pass with PyYAML's C loader, and check-jsonschema.
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

GGZNET = [sys.executable, "-m", "ggznet"]
RAW_READ = [
    sys.executable,
    "-c",
    "import glob,sys\nfor f in glob.glob(sys.argv[1]+'/data/*/*.yaml'): open(f,'rb').read()",
]
PYYAML_PARSE = [
    sys.executable,
    "-c",
    "import glob,sys,yaml\nfor f in glob.glob(sys.argv[1]+'/data/*/*.yaml'): yaml.load(open(f,'rb'), Loader=yaml.CSafeLoader)",
]


def measure(cmd: list[str], runs: int, env: dict[str, str] | None = None, before=None) -> tuple[float, float]:
    """Median wall seconds and the largest peak memory (MiB) over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return statistics.median(times), max(peaks)


def bench_scale(scale: float, runs: int, workdir: Path) -> dict[str, tuple[float, float]]:
    counts = {
        "regions": 30,
        "actors": round(3000 * scale),
        "initiatives": round(10000 * scale),
        "meetings": round(10000 * scale),
    }
    kb = workdir / f"kb-{scale}"
    generate(kb, **counts)
    files = sum(1 for _ in kb.glob("data/*/*.yaml"))
    env = {**os.environ, "NO_COLOR": "1"}
    cache = kb / ".ggznet-cache"
    region = "twente"
    some_id = sorted(p.stem for p in (kb / "data" / "initiatives").glob("*.yaml"))[len(counts) % 7]

    def drop_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    rows: dict[str, tuple[float, float]] = {"files": (files, 0)}
    rows["ggznet --version"] = measure([*GGZNET, "--version"], runs, env)
    rows["ggznet --help"] = measure([*GGZNET, "--help"], runs, env)
    rows["validate, cold (no cache)"] = measure([*GGZNET, "validate", "--kb", str(kb)], runs, env, before=drop_cache)
    measure([*GGZNET, "validate", "--kb", str(kb)], 1, env)  # fill the cache
    rows["validate, warm"] = measure([*GGZNET, "validate", "--kb", str(kb)], runs, env)
    rows["list initiatives --region, warm"] = measure(
        [*GGZNET, "list", "initiatives", "--kb", str(kb), "--region", region, "--format", "json"], runs, env
    )
    rows["show, warm"] = measure([*GGZNET, "show", some_id, "--kb", str(kb), "--format", "json"], runs, env)
    rows["search, warm"] = measure(
        [*GGZNET, "search", "wachttijden huisartsen", "--kb", str(kb), "--format", "json"], runs, env
    )
    rows["report REGION, warm"] = measure([*GGZNET, "report", region, "--kb", str(kb), "--raw"], runs, env)
    rows["baseline: raw read of all files"] = measure([*RAW_READ, str(kb)], runs, env)
    rows["baseline: PyYAML C loader, parse only"] = measure([*PYYAML_PARSE, str(kb)], runs, env)
    check = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if Path(check).exists():
        repo = HERE.parent
        total, peak = 0.0, 0.0
        for kind, folder in (
            ("region", "regions"),
            ("actor", "actors"),
            ("initiative", "initiatives"),
            ("meeting", "meetings"),
        ):
            targets = [str(p) for p in sorted((kb / "data" / folder).glob("*.yaml"))]
            t, m = measure(
                [check, "--schemafile", str(repo / "schemas" / f"{kind}.schema.json"), *targets], max(1, runs // 5), env
            )
            total, peak = total + t, max(peak, m)
        rows["baseline: check-jsonschema (shape only)"] = (total, peak)
    return rows


def table(results: dict[float, dict[str, tuple[float, float]]]) -> str:
    scales = sorted(results)
    names = [n for n in results[scales[0]] if n != "files"]
    head = (
        "| measurement | "
        + " | ".join(f"{int(results[s]['files'][0]):,} files" for s in scales)
        + " | peak MiB (largest) |"
    )
    lines = [head, "|---|" + "---:|" * len(scales) + "---:|"]
    for name in names:
        cells = [f"{results[s][name][0]:.2f} s" for s in scales if name in results[s]]
        peak = max(results[s][name][1] for s in scales if name in results[s])
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {peak:.0f} |")
    full = results[scales[-1]]
    if "baseline: check-jsonschema (shape only)" in full:
        ratio = full["baseline: check-jsonschema (shape only)"][0] / full["validate, cold (no cache)"][0]
        lines.append("")
        lines.append(
            f"Cold `validate` is {ratio:.1f}x faster than check-jsonschema on the same files at the largest "
            "scale, while it also checks references, dates, themes and privacy."
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", default="0.1,0.333,1")
    parser.add_argument("--write", action="store_true", help="Put the table into benchmarks/README.md.")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="ggznet-bench-") as tmp:
        for scale in (float(s) for s in args.scales.split(",")):
            print(f"scale {scale} …", file=sys.stderr, flush=True)
            results[scale] = bench_scale(scale, args.runs, Path(tmp))
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

"""Time to write each document format for a (synthetic, national-scale) knowledge base.

    python benchmarks/documents.py [KB] [--region twente] [--runs 3]

Without KB a scale-1 knowledge base is generated into a temporary folder (benchmarks/generate.py).
The knowledge base is loaded once; then each format is made --runs times in this process and the
median printed. "Report, Markdown" is what every report format shares (the view model and the
template); the Word and PDF rows are the whole document (Markdown, pictures and writer), and the
"writer" rows subtract the Markdown to show what the format itself costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from ggznet.api import KnowledgeBase, RenderOptions, report, report_document  # noqa: E402
from ggznet.render import pictures  # noqa: E402
from ggznet.render.calendar import calendar  # noqa: E402
from ggznet.render.sqlite import knowledge_base_sqlite  # noqa: E402
from ggznet.render.workbook import knowledge_base_workbook, listing_workbook  # noqa: E402


def median_time(make: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = make()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kb", nargs="?", type=Path)
    parser.add_argument("--region", default="twente")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ggznet-bench-docs-") as tmp:
        root = args.kb
        if root is None:
            root = Path(tmp) / "kb"
            generate(root)
        start = time.perf_counter()
        kb = KnowledgeBase.open(root, use_cache=False)
        load = time.perf_counter() - start
        files = kb.files_read
        day = dt.date(2026, 11, 23)
        options = RenderOptions(as_of=day, commit="benchmark")
        region = args.region
        index = kb.index
        rows: list[tuple[str, float, str]] = [("load the knowledge base (no cache)", load, f"{files:,} files")]
        t_md, md = median_time(lambda: report(kb, region, options), args.runs)
        rows.append((f"report {region}, Markdown", t_md, f"{len(str(md)) / 1e6:.1f} MB"))
        for fmt in ("docx", "pdf"):
            t, data = median_time(lambda fmt=fmt: report_document(kb, region, options, fmt), args.runs)
            size = len(data) if isinstance(data, bytes) else 0
            rows.append((f"report {region}, {fmt} (whole)", t, f"{size / 1e6:.1f} MB"))
            rows.append((f"report {region}, {fmt} writer (whole minus Markdown)", t - t_md, ""))
        t, _ = median_time(lambda: pictures.network_svg(index, region=region), args.runs)
        rows.append((f"network picture {region}, SVG", t, ""))
        t, _ = median_time(lambda: pictures.timeline_png(index, region=region, as_of=day), args.runs)
        rows.append((f"timeline {region}, PNG", t, ""))
        t, data = median_time(lambda: knowledge_base_workbook(index, as_of=day), args.runs)
        rows.append(
            ("export xlsx (whole knowledge base)", t, f"{len(data) / 1e6:.1f} MB" if isinstance(data, bytes) else "")
        )
        t, data = median_time(lambda: knowledge_base_sqlite(index, as_of=day), args.runs)
        rows.append(
            ("export sqlite (whole knowledge base)", t, f"{len(data) / 1e6:.1f} MB" if isinstance(data, bytes) else "")
        )
        t, found = median_time(lambda: calendar(index, as_of=day), args.runs)
        rows.append(("calendar (all meetings and open actions)", t, ""))
        listing = [
            {"id": i.id, "name": i.name, "status": str(i.status), "started": str(i.started or "")}
            for i in index.initiatives.values()
        ]
        t, _ = median_time(lambda: listing_workbook(["id", "name", "status", "started"], listing), args.runs)
        rows.append((f"list initiatives -o x.xlsx ({len(listing):,} rows)", t, ""))
    print("| format | seconds | size |")
    print("|---|---:|---:|")
    for name, seconds, size in rows:
        print(f"| {name} | {seconds:.2f} | {size} |")


if __name__ == "__main__":
    main()

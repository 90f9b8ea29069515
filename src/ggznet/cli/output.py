"""The one output layer for listing commands: table, JSON, CSV, YAML and Markdown, to stdout or a file."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ggznet.errors import UsageError


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    yaml = "yaml"
    md = "md"


FORMAT_BY_SUFFIX = {
    ".json": Format.json, ".csv": Format.csv, ".yaml": Format.yaml, ".yml": Format.yaml,
    ".md": Format.md, ".markdown": Format.md, ".txt": Format.table,
}  # fmt: skip

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json, csv, yaml or md. Default: a table on a terminal, JSON in a pipe, or from -o's extension.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output.", show_default=False),
]


@dataclass
class Listing:
    """Rows with a fixed column order; values are text, numbers, booleans, lists or None."""

    columns: Sequence[str]
    rows: list[dict[str, Any]]
    title: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    highlight: dict[int, str] = field(default_factory=dict)  # row index -> Rich style on a terminal


def choose_format(fmt: Format | None, output: Path | None) -> Format:
    if fmt is not None:
        return fmt
    if output is not None:
        found = FORMAT_BY_SUFFIX.get(output.suffix.lower())
        if found is None:
            raise UsageError(
                f"cannot tell the format from `{output.name}`",
                "use an extension .json, .csv, .yaml, .md or .txt, or give --format",
            )
        return found
    return Format.table if sys.stdout.isatty() else Format.json


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def md_cell(value: Any) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, newlines and HTML neutralised."""
    from ggznet.render.markdown import escape_cell

    return escape_cell(_cell(value))


def render_listing(listing: Listing, fmt: Format) -> str:
    if fmt is Format.json:
        data = [{c: listing.rows[i].get(c) for c in listing.columns} for i in range(len(listing.rows))]
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt is Format.yaml:
        data = [{c: _plain(r.get(c)) for c in listing.columns} for r in listing.rows]
        return yaml_text(data) if data else "[]\n"
    if fmt is Format.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(listing.columns)
        for row in listing.rows:
            writer.writerow([_cell(row.get(c)) for c in listing.columns])
        return buffer.getvalue()
    if fmt is Format.md:
        head = [listing.headers.get(c, c) for c in listing.columns]
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
        for row in listing.rows:
            lines.append("| " + " | ".join(md_cell(row.get(c)) for c in listing.columns) + " |")
        return ("## " + listing.title + "\n\n" if listing.title else "") + "\n".join(lines) + "\n"
    return _render_table(listing)


def yaml_text(data: Any) -> str:
    """Data as block-style YAML in UTF-8, keys in the given order (the YAML output of every command)."""
    import yaml

    text: str = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    return text


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _render_table(listing: Listing, *, color: bool = False, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=listing.title, show_lines=False, header_style="bold", title_justify="left")
    for column in listing.columns:
        table.add_column(listing.headers.get(column, column), overflow="fold")
    for i, row in enumerate(listing.rows):
        table.add_row(*(_cell(row.get(c)) for c in listing.columns), style=listing.highlight.get(i))
    buffer = io.StringIO()
    console = Console(file=buffer, no_color=not color, force_terminal=color, width=width or 200, highlight=False)
    console.print(table)
    return buffer.getvalue()


def emit_text(text: str, output: Path | None, *, bom: bool = False) -> None:
    """Write text to a file atomically, or to stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from ggznet.store.atomic import write_text_atomic

    write_text_atomic(output, text, bom=bom)
    from ggznet.cli.console import err

    err().print(f"wrote {output}")


def emit(listing: Listing, fmt: Format | None, output: Path | None) -> None:
    chosen = choose_format(fmt, output)
    if chosen is Format.table and output is None and sys.stdout.isatty():
        from ggznet.cli.console import color_allowed, out

        console = out()
        text = _render_table(listing, color=color_allowed(sys.stdout), width=console.width)
        sys.stdout.write(text)
        return
    emit_text(render_listing(listing, chosen), output, bom=chosen is Format.csv and output is not None)

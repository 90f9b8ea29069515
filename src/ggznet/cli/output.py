"""The one output layer for listing commands: table, JSON, CSV, YAML and Markdown, to stdout or a file."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ggznet.errors import UsageError
from ggznet.render.formats import Output, Writer, Writers
from ggznet.render.listing import Listing


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    yaml = "yaml"
    md = "md"


class CsvDialect(StrEnum):
    standard = "standard"
    excel_nl = "excel-nl"


def complete_format(ctx: typer.Context, incomplete: str) -> list[str]:
    """<Tab> after --format: the formats this command can write."""
    from ggznet.cli.formats import FORMATS

    registry = FORMATS.get(ctx.info_name or "")
    return [n for n in (registry.names() if registry else [f.value for f in Format]) if n.startswith(incomplete)]


FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json, csv, yaml, md or xlsx. Default: a table on a terminal, JSON in a pipe, or from -o's "
        "extension.",
        show_default=False,
        autocompletion=complete_format,
    ),
]
CsvDialectOption = Annotated[
    CsvDialect,
    typer.Option(
        "--csv-dialect",
        help="standard (comma) or excel-nl (semicolon, decimal comma, CRLF: what Excel with Dutch settings opens).",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to this file instead of standard output; its extension picks the format.",
        show_default=False,
    ),
]
ColumnsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--columns",
        "-c",
        metavar="NAMES",
        help="Only these columns, in this order, comma-separated (e.g. id,name,owner); "
        "an unknown name lists the ones there are.",
        show_default=False,
    ),
]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        from ggznet.cli.lang import current

        return ("ja" if current() == "nl" else "yes") if value else ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def md_cell(value: Any) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, newlines and HTML neutralised; numbers as they are."""
    from ggznet.render.markdown import escape_cell

    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return escape_cell(_cell(value))


def _csv_cell(value: Any, dialect: CsvDialect) -> str:
    """A CSV cell: formula-like text neutralised; with excel-nl a decimal comma in numbers."""
    from ggznet.render.cells import neutralise_formula

    if dialect is CsvDialect.excel_nl and isinstance(value, float):
        return str(value).replace(".", ",")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # a negative number is a number, not a formula
    return neutralise_formula(_cell(value))


def render_csv(listing: Listing, dialect: CsvDialect = CsvDialect.standard) -> str:
    buffer = io.StringIO()
    if dialect is CsvDialect.excel_nl:
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    else:
        writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(listing.columns)
    from ggznet.render.cells import FORMULA_START

    columns = listing.columns
    writer.writerows(
        [
            value  # text, the usual cell, decided here; anything else as `_csv_cell` says
            if type(value) is str and not value.startswith(FORMULA_START)
            else _csv_cell(value, dialect)
            for value in [row.get(c) for c in columns]
        ]
        for row in listing.rows
    )
    return buffer.getvalue()


def listing_json(data: list[dict[str, Any]]) -> str:
    """Rows as indented JSON: `json.dumps(data, ensure_ascii=False, indent=2, default=str)`, byte for byte.

    Rows of text, whole numbers, booleans, nulls and lists of text (a listing of thousands of records)
    are written by orjson, which gives exactly those bytes for them, about ten times as fast; anything
    else (a fraction, whose notation may differ) by the standard library.
    """
    if _orjson_exact(data):
        import orjson

        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
        except TypeError:  # text that is not UTF-8 (a lone surrogate): the standard library says how
            pass
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def _orjson_exact(data: list[dict[str, Any]]) -> bool:
    values = [value for row in data for value in row.values()]  # one pass in C-speed comprehensions, not a loop
    kinds = {type(value) for value in values}
    if not kinds <= _EXACT_KINDS:
        return False
    if int in kinds and not all(-(2**63) <= v < 2**63 for v in values if type(v) is int):
        return False
    return list not in kinds or all(type(item) is str for v in values if type(v) is list for item in v)


_EXACT_KINDS = frozenset({str, int, bool, list, type(None)})


def render_listing(listing: Listing, fmt: Format) -> str:
    """A listing in one format. Tables and Markdown speak the run's language (headers, vocabulary words);
    JSON, CSV and YAML keep the keys and slugs, so that scripts do not depend on the language."""
    from ggznet.cli.lang import current

    if fmt is Format.json:
        data = [{c: listing.rows[i].get(c) for c in listing.columns} for i in range(len(listing.rows))]
        return listing_json(data)
    if fmt is Format.yaml:
        data = [{c: _plain(r.get(c)) for c in listing.columns} for r in listing.rows]
        return yaml_text(data) if data else "[]\n"
    if fmt is Format.csv:
        return render_csv(listing)
    if fmt is Format.md:
        lang = current()
        head = [md_cell(listing.header(c, lang)) for c in listing.columns]
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
        for row in listing.rows:
            lines.append("| " + " | ".join(md_cell(listing.shown(c, row.get(c), lang)) for c in listing.columns) + " |")
        note = f"> **{md_cell(listing.note)}**\n\n" if listing.note else ""
        return ("## " + listing.title + "\n\n" if listing.title else "") + note + "\n".join(lines) + "\n"
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


QUICK_ROWS = 100  # from this many rows a table is drawn a row at a time (see `quicktable`)


def _render_table(
    listing: Listing, *, color: bool = False, width: int | None = None, blocks_if_narrow: bool = False
) -> str:
    """The listing as a Rich table; with `blocks_if_narrow`, a table that cannot show every column in `width`
    (Rich would cut off the columns on the right) is drawn a row at a time as a block of `label  value` lines."""
    from rich.console import Console
    from rich.table import Table

    from ggznet.cli.lang import current

    lang = current()
    from ggznet.charpolicy import shown_in

    # refused characters (ESC, BEL, …) of a record's text shown as escapes: never a control sequence on a terminal
    cells = [[shown_in(_cell(listing.shown(c, row.get(c), lang))) for c in listing.columns] for row in listing.rows]
    least: dict[int, int | None] = {}
    for n, column in enumerate(listing.columns):
        if column in listing.ids:  # ids wrap between words only: at least as wide as the longest one
            longest = max((len(word) for row in cells for word in row[n].split()), default=0)
            least[n] = min(longest, 60) or None

    def make_table() -> Table:
        table = Table(title=listing.title, show_lines=False, header_style="bold", title_justify="left")
        for n, column in enumerate(listing.columns):
            if n in least:
                table.add_column(listing.header(column, lang), overflow="fold", min_width=least[n])
            else:
                table.add_column(listing.header(column, lang), overflow="fold")
        return table

    def make_console(buffer: io.StringIO) -> Console:
        return Console(
            file=buffer,
            no_color=not color,
            force_terminal=color,
            width=width or 200,
            highlight=False,
            markup=False,
            emoji=False,
        )  # record text is never read as Rich markup, nor `:smile:` as an emoji code

    if blocks_if_narrow and width and cells and not _fits(cells, make_table, make_console, width):
        return _render_blocks(listing, cells, width, color=color)
    if len(cells) >= QUICK_ROWS and not listing.title and not listing.note:
        from ggznet.cli.quicktable import quick_table

        quick = quick_table(cells, make_table, make_console, highlight=listing.highlight, color=color)
        if quick is not None:
            return quick
    table = make_table()
    for i, row_cells in enumerate(cells):
        table.add_row(*row_cells, style=listing.highlight.get(i))
    buffer = io.StringIO()
    console = make_console(buffer)
    if listing.note:
        console.print(listing.note, style="bold yellow", markup=False)
    console.print(table)
    return buffer.getvalue()


def _fits(
    cells: list[list[str]],
    make_table: Callable[[], Any],
    make_console: Callable[[io.StringIO], Any],
    width: int,
) -> bool:
    """Whether a table of these cells shows every column in `width`: the narrowest a column can be is decided by
    its longest word (or its header), so a table of the rows holding each column's longest word is measured."""
    from rich.cells import cell_len
    from rich.measure import Measurement

    deciding: set[int] = set()
    for n in range(len(cells[0])):
        deciding.add(max(range(len(cells)), key=lambda i: max((cell_len(w) for w in cells[i][n].split()), default=0)))
    table = make_table()
    for i in sorted(deciding):
        table.add_row(*cells[i])
    console = make_console(io.StringIO())
    least: int = Measurement.get(console, console.options.update_width(10**6), table).minimum
    return least <= width


def _render_blocks(listing: Listing, cells: list[list[str]], width: int, *, color: bool) -> str:
    """Each row as a block of `label  value` lines, values wrapped to the width (a table too wide for the
    terminal: the way `psql` shows a wide result), a blank line between rows."""
    import textwrap

    from rich.cells import cell_len
    from rich.style import Style

    from ggznet.charpolicy import shown_in
    from ggznet.cli.lang import current

    lang = current()
    heads = [listing.header(c, lang) for c in listing.columns]
    label_width = max(cell_len(h) for h in heads)
    room = max(width - label_width - 2, 20)
    bold = Style(bold=True)

    def paint(text: str, style: Style | None) -> str:
        return style.render(text) if color and style is not None and text else text

    def wrap(line: str) -> list[str]:
        if line.isascii():
            return textwrap.wrap(line, room, break_on_hyphens=False) or [""]
        from rich.console import Console
        from rich.text import Text

        console = Console(file=io.StringIO(), width=room, no_color=True, highlight=False, markup=False)
        return [piece.plain.rstrip() for piece in Text(line).wrap(console, room)] or [""]  # wide characters

    parts: list[str] = []
    if listing.title:
        parts += [paint(shown_in(listing.title), bold), ""]
    if listing.note:
        parts += [paint(shown_in(listing.note), Style.parse("bold yellow")), ""]
    for i, row in enumerate(cells):
        marked = listing.highlight.get(i)
        style = Style.parse(marked) if marked else None
        for head, value in zip(heads, row, strict=True):
            pieces = [piece for line in value.splitlines() or [""] for piece in wrap(line)]
            label = paint(head, bold) + " " * (label_width - cell_len(head) + 2)
            parts.append((label + paint(pieces[0], style)).rstrip())
            parts += [" " * (label_width + 2) + paint(piece, style) for piece in pieces[1:]]
        parts.append("")
    return "\n".join(parts)


def emit_text(text: str, output: Path | None, *, bom: bool = False) -> None:
    """Write text to a file atomically, or to stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from ggznet.store.atomic import write_text_atomic

    with _writing(output):
        write_text_atomic(output, text, bom=bom)
    _wrote(output)


@contextmanager
def _writing(output: Path) -> Iterator[None]:
    """A file that cannot be written (a file where a folder belongs, no permission, a full disk) is refused."""
    try:
        yield
    except (FileExistsError, NotADirectoryError) as exc:  # a file on the way to it, where a folder belongs
        where = exc.filename if exc.filename and Path(exc.filename) != output else output.parent
        raise UsageError(f"-o: {where} is not a folder", "name a file in a folder you can write to") from None
    except OSError as exc:
        raise UsageError(
            f"-o: cannot write {output}: {exc.strerror or exc}", "name a file in a folder you can write to"
        ) from None


def _wrote(output: Path) -> None:
    from ggznet.cli.console import err
    from ggznet.cli.lang import t

    err().print(t("wrote {path}", path=output), markup=False, highlight=False)


def emit_bytes(data: bytes, output: Path | None, *, what: str = "this format") -> None:
    """Write a binary document to a file atomically, or to stdout when that is not a terminal."""
    if output is None:
        if sys.stdout.isatty():
            raise UsageError(f"{what} is binary and is not printed on a terminal", "write it to a file with -o FILE")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from ggznet.store.atomic import write_bytes_atomic

    with _writing(output):
        write_bytes_atomic(output, data)
    _wrote(output)


def emit_output(writer: Writer, payload: Any, output: Path | None) -> None:
    """Run a writer and put what it makes in `output` (several files: next to it), or on stdout."""
    if output is None:
        result: Output = writer(payload)
    else:
        from ggznet.cli import progress

        with progress.writing(output):  # a national report takes a minute
            result = writer(payload)
    if isinstance(result, str):
        emit_text(result, output, bom=writer.bom and output is not None)
    elif isinstance(result, bytes):
        emit_bytes(result, output, what=f"{writer.description or writer.name}")
    elif output is None:
        part = result.get(writer.stdout_part or "", "")
        emit_text(part.decode("utf-8") if isinstance(part, bytes) else part, None)
    else:
        stem = output.with_suffix("")
        for suffix, content in result.items():
            target = Path(f"{stem}{suffix}")
            if isinstance(content, str):
                emit_text(content, target, bom=writer.bom)
            else:
                emit_bytes(content, target)


def emit(
    listing: Listing,
    fmt: Format | str | None,
    output: Path | None,
    csv_dialect: CsvDialect = CsvDialect.standard,
    *,
    columns: list[str] | None = None,
    writers: Writers | None = None,
) -> None:
    """Print or write a listing in the chosen format (default: `LISTING`), with only the chosen columns."""
    from ggznet.cli.formats import LISTING
    from ggznet.render.listing import parse_columns

    listing = listing.select(parse_columns(columns))
    registry = writers or LISTING
    default = "table" if sys.stdout.isatty() else "json"
    writer = registry.choose(str(fmt) if fmt is not None else None, output, default=default)
    if writer.name == "csv" and csv_dialect is not CsvDialect.standard:
        emit_text(render_csv(listing, csv_dialect), output, bom=output is not None)
        return
    if writer.name == "table" and output is None and sys.stdout.isatty():
        from ggznet.cli.console import color_allowed, out

        console = out()
        text = _render_table(listing, color=color_allowed(sys.stdout), width=console.width, blocks_if_narrow=True)
        sys.stdout.write(text)
        return
    emit_output(writer, listing, output)


def listing_writers() -> list[Writer]:
    """The formats every listing command writes (list, actions, search, changes, history, network)."""
    return [
        Writer("table", (".txt",), lambda listing: render_listing(listing, Format.table), "aligned columns"),
        Writer("json", (".json",), lambda listing: render_listing(listing, Format.json), "JSON"),
        Writer("csv", (".csv",), lambda listing: render_listing(listing, Format.csv), "CSV", bom=True),
        Writer("yaml", (".yaml", ".yml"), lambda listing: render_listing(listing, Format.yaml), "YAML"),
        Writer("md", (".md", ".markdown"), lambda listing: render_listing(listing, Format.md), "Markdown table"),
        Writer("xlsx", (".xlsx",), _workbook, "Excel workbook"),
    ]


def _workbook(listing: Listing) -> bytes:
    from ggznet.cli.lang import current
    from ggznet.render.workbook import listing_workbook

    headers = {c: listing.header(c, current()) for c in listing.columns}  # a workbook is read by people
    return listing_workbook(listing.columns, listing.rows, headers=headers, title=listing.title or "ggznet")


def renders_markdown(raw: bool = False) -> bool:
    """Whether Markdown printed now is shown rendered (a terminal, no --raw) rather than as source."""
    return sys.stdout.isatty() and not raw


def print_markdown_parts(parts: list[str]) -> None:
    """A Markdown document's source, given in parts, to standard output, one part after the other."""
    for part in parts:
        sys.stdout.write(part)


def print_markdown(text: str, raw: bool = False) -> None:
    """A Markdown document to standard output: rendered by Rich on a terminal, the source in a pipe."""
    if not renders_markdown(raw):
        sys.stdout.write(text)
        return
    from ggznet.cli.console import print_markdown as render

    render(text)

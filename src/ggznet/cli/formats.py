"""What each command can write with `-o` (and `--format`): one registry of writers per command.

To add a format, add a `Writer` to the command's registry, e.g. an OpenDocument writer for reports:

    FORMATS["report"].add(Writer("odt", (".odt",), "ggznet.render.odt:write_report", "OpenDocument"))

The function gets the command's payload (see the table below) and returns text, bytes, or several
files as `{suffix: content}`. An extension no writer claims is refused with the list of those there are.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ggznet.cli.lang import t
from ggznet.cli.output import Format, _workbook, listing_writers, render_listing, yaml_text
from ggznet.render.formats import Output, Writer, Writers
from ggznet.render.listing import Listing

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase, RenderOptions
    from ggznet.index import Index
    from ggznet.network import Network
    from ggznet.render.record import RecordView

# payload per command:
#   report, briefing                  DocumentJob (below)
#   list, actions, search, changes,   ggznet.render.listing.Listing
#   history
#   network                           Analysis (below)
#   compare                           Comparison (below)
#   graph                             GraphExport (below)
#   show                              ggznet.render.record.RecordView


@dataclass
class DocumentJob:
    """`ggznet report` and `briefing`: the Markdown the template laid out (with the warning banner when
    the knowledge base has errors), and what a Word or PDF writer needs to make the same document."""

    kind: str  # "report" or "briefing"
    knowledge_base: KnowledgeBase
    ref: str  # the region, or the meeting or forum
    options: RenderOptions
    markdown: str

    @classmethod
    def make(cls, kind: str, knowledge_base: KnowledgeBase, ref: str, options: RenderOptions) -> DocumentJob:
        from ggznet import api

        make = api.report if kind == "report" else api.briefing
        return cls(kind, knowledge_base, ref, options, make(knowledge_base, ref, options))


def _markdown(job: DocumentJob) -> str:
    return job.markdown


def _word(job: DocumentJob) -> bytes:
    return _converted(job, "docx")


def _pdf(job: DocumentJob) -> bytes:
    return _converted(job, "pdf")


def _converted(job: DocumentJob, fmt: str) -> bytes:
    from ggznet import api

    make = api.report_document if job.kind == "report" else api.briefing_document
    return make(job.knowledge_base, job.ref, job.options, fmt)


@dataclass
class Analysis:
    """`ggznet network`: the analysis as data (JSON, YAML) and its actor rows (table, CSV, Markdown)."""

    data: dict[str, Any]
    listing: Listing


@dataclass
class Comparison:
    """`ggznet compare`: the comparison as data (JSON) and as rows (Markdown, table)."""

    data: dict[str, Any]
    listing: Listing
    title: str
    document: str = ""  # the comparison as a document (a section per aspect); else the rows as one table


@dataclass
class GraphExport:
    """`ggznet graph`: the network, the index it was built from, and the warning to carry when the
    knowledge base has errors."""

    network: Network
    index: Index
    banner: str | None = field(default=None)
    region: str | None = None  # pictures: the region drawn (None: everything)
    lang: str = "nl"  # pictures: the language of the labels
    as_of: dt.date | None = None  # the timeline picture: running initiatives end on this day
    timeline: bool = False  # a picture of the timeline instead of the network


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def _yaml(data: Any) -> str:
    return yaml_text(data)


def _listing_of(names: tuple[str, ...]) -> list[Writer]:
    """These listing formats, over the `.listing` of a payload that has one."""
    return [
        Writer(w.name, w.suffixes, _over_listing(Format(w.name)), w.description, w.bom)
        for w in listing_writers()
        if w.name in names
    ]


def _over_listing(fmt: Format) -> Callable[[Any], Output]:
    return lambda payload: render_listing(payload.listing, fmt)


def _compare_md(c: Comparison) -> str:
    from ggznet.render.markdown import escape_cell

    if c.document:
        return c.document
    listing = c.listing
    lines = [f"# {escape_cell(c.title)}", ""]
    if listing.note:
        lines += [f"> **{escape_cell(listing.note)}**", ""]
    lines += [
        "| " + " | ".join(escape_cell(str(col)) for col in listing.columns) + " |",
        "|" + " --- |" * len(listing.columns),
    ]
    for row in listing.rows:
        lines.append("| " + " | ".join(escape_cell(str(row.get(col, ""))) for col in listing.columns) + " |")
    return "\n".join(lines) + "\n"


def _graph_json(g: GraphExport) -> str:
    from ggznet.render import kumu

    return _json(kumu.blueprint(g.network, g.index))


def _graph_csv(g: GraphExport) -> Output:
    from ggznet.render import kumu

    elements, connections = kumu.sheets(g.network, g.index)
    return {"-elements.csv": elements, "-connections.csv": connections}


def _graph_graphml(g: GraphExport) -> str:
    from ggznet.network import to_graphml

    text = to_graphml(g.network)
    if g.banner:
        head, sep, rest = text.partition("?>\n")
        text = f"{head}{sep}<!-- {g.banner} -->\n{rest}" if sep else f"<!-- {g.banner} -->\n{text}"
    return text


def _graph_dot(g: GraphExport) -> str:
    from ggznet.network import to_dot

    return (f"// {g.banner}\n" if g.banner else "") + to_dot(g.network)


def _graph_mermaid(g: GraphExport) -> str:
    from ggznet.network import to_mermaid

    text = to_mermaid(g.network)
    if g.banner:
        head, _, rest = text.partition("\n")
        text = f"{head}\n  %% {g.banner}\n{rest}"
    return text


def _graph_svg(g: GraphExport) -> str:
    from ggznet.render import pictures

    if g.timeline:
        data = pictures.timeline_svg(g.index, region=g.region, as_of=g.as_of, lang=g.lang)
    else:
        data = pictures.network_svg(g.index, region=g.region, lang=g.lang)
    text = data.decode("utf-8")
    if g.banner:
        head, sep, rest = text.partition("?>\n")
        text = f"{head}{sep}<!-- {g.banner} -->\n{rest}" if sep else f"<!-- {g.banner} -->\n{text}"
    return text


def _graph_png(g: GraphExport) -> bytes:
    from ggznet.render import pictures

    if g.timeline:
        return pictures.timeline_png(g.index, region=g.region, as_of=g.as_of, lang=g.lang)
    return pictures.network_png(g.index, region=g.region, lang=g.lang)


def _show_text(view: RecordView) -> str:
    from ggznet.charpolicy import shown_in
    from ggznet.cli.lang import current
    from ggznet.render.record import view_to_text

    return shown_in(view_to_text(view, current()))  # refused characters (ESC, BEL, …) as escapes, never sent out


def _show_md(view: RecordView) -> str:
    from ggznet.cli.lang import current
    from ggznet.render.record import view_to_markdown

    return view_to_markdown(view, current())


def _document_writers() -> list[Writer]:
    return [
        Writer("md", (".md", ".markdown"), _markdown, "Markdown"),
        Writer("docx", (".docx",), _word, "Word"),
        Writer("pdf", (".pdf",), _pdf, "PDF"),
    ]


LISTING = Writers("listing", listing_writers(), label=t)
"""The listing formats, for a command without a registry of its own."""

FORMATS: dict[str, Writers] = {
    "report": Writers("report", _document_writers(), label=t),
    "briefing": Writers("briefing", _document_writers(), label=t),
    "list": Writers("list", listing_writers(), label=t),
    "actions": Writers("actions", listing_writers(), label=t),
    "search": Writers("search", listing_writers(), label=t),
    "changes": Writers("changes", listing_writers(), label=t),
    "history": Writers("history", listing_writers(), label=t),
    "network": Writers(
        "network",
        [
            *_listing_of(("table", "csv", "md")),
            Writer("xlsx", (".xlsx",), lambda a: _workbook(a.listing), "Excel workbook"),
            Writer("json", (".json",), lambda a: _json(a.data), "JSON"),
            Writer("yaml", (".yaml", ".yml"), lambda a: _yaml(a.data), "YAML"),
        ],
        label=t,
    ),
    "compare": Writers(
        "compare",
        [
            Writer("md", (".md", ".markdown"), _compare_md, "Markdown"),
            *_listing_of(("table",)),
            Writer("json", (".json",), lambda c: _json(c.data), "JSON"),
        ],
        label=t,
    ),
    "graph": Writers(
        "graph",
        [
            Writer("json", (".json",), _graph_json, "JSON for Kumu"),
            Writer("csv", (".csv",), _graph_csv, "CSV for Kumu: FILE-elements.csv and FILE-connections.csv",
                   bom=True, stdout_part="-connections.csv"),
            Writer("graphml", (".graphml",), _graph_graphml, "GraphML for Gephi and yEd"),
            Writer("dot", (".dot", ".gv"), _graph_dot, "Graphviz DOT"),
            Writer("mermaid", (".mmd",), _graph_mermaid, "Mermaid"),
            Writer("svg", (".svg",), _graph_svg, "picture (SVG)"),
            Writer("png", (".png",), _graph_png, "picture (PNG)"),
        ],
        label=t,
    ),
    "calendar": Writers("calendar", [Writer("ics", (".ics",), lambda text: text, "iCalendar")], label=t),
    "export xlsx": Writers(
        "export xlsx", [Writer("xlsx", (".xlsx",), lambda data: data, "Excel workbook")], label=t
    ),
    "export sqlite": Writers(
        "export sqlite",
        [Writer("sqlite", (".sqlite", ".sqlite3", ".db"), lambda data: data, "SQLite database")],
        label=t,
    ),
    "show": Writers(
        "show",
        [
            Writer("text", (".txt",), _show_text, "text"),
            Writer("json", (".json",), lambda v: _json(v.as_dict()), "JSON"),
            Writer("yaml", (".yaml", ".yml"), lambda v: _yaml(v.as_dict()), "YAML"),
            Writer("md", (".md", ".markdown"), _show_md, "Markdown"),
        ],
        label=t,
    ),
}  # fmt: skip

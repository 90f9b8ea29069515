"""`ggznet graph`, `network` and `compare`: the collaboration network beyond a list."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer

from ggznet.cli.completion import complete_region
from ggznet.cli.integrity import AllowInvalid, message_lang
from ggznet.cli.options import AudienceOption, KbOption, date_option
from ggznet.cli.output import (
    ColumnsOption,
    CsvDialect,
    CsvDialectOption,
    FormatOption,
    OutputOption,
    complete_format,
    emit,
    emit_output,
)
from ggznet.errors import UsageError
from ggznet.render.listing import Listing

SHOWN_ON_ONE_ACTOR = 10  # initiatives that hang on one actor, listed on stderr (all of them are in JSON)


def graph(
    kb: KbOption = None,
    region: Annotated[
        str | None,
        typer.Option(
            help="Only this region and the regions below it.", autocompletion=complete_region, show_default=False
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            help="Node kinds to include (repeatable): region, actor, initiative, meeting. Default: all.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="mermaid, dot, graphml, json (Kumu), csv (Kumu), or a picture: svg or png. Default: from -o, "
            "else json.",
            show_default=False,
            autocompletion=complete_format,
        ),
    ] = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    timeline: Annotated[
        bool, typer.Option("--timeline", help="With svg/png: the timeline of initiatives and meetings instead.")
    ] = False,
    as_of: Annotated[
        dt.date | None, date_option("--as-of", "With --timeline: running initiatives end on this day (default: today).")
    ] = None,
    allow_invalid: AllowInvalid = False,
) -> None:
    """Export the network of actors, initiatives, meetings and regions with typed edges (role, relation,
    organised, attended, presented, part of). GraphML opens in Gephi and yEd; JSON and CSV import into Kumu.

    CSV with -o FILE.csv writes FILE-elements.csv and FILE-connections.csv; to stdout it prints the
    connections. SVG and PNG draw the network of actors and initiatives as a picture (large regions are
    capped, and the picture says so), or with --timeline the initiatives and meetings on a time axis.
    With errors in the knowledge base the export says so (as a comment where the format has them) and
    the exit status is 1 unless --allow-invalid.
    """
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.formats import FORMATS, GraphExport
    from ggznet.cli.integrity import check
    from ggznet.network import NODE_KINDS, build

    writer = FORMATS["graph"].choose(output_format, output, default="json")
    kinds = tuple(kind or NODE_KINDS)
    for k in kinds:
        if k not in NODE_KINDS:
            raise UsageError(f"--kind `{k}` is not a node kind", f"choose from: {', '.join(NODE_KINDS)}")
    if timeline and writer.name not in ("svg", "png"):
        raise UsageError("--timeline draws a picture", "write it as .svg or .png, or give --format svg|png")
    lang = message_lang()  # a picture's labels in the language of the run
    knowledge_base = open_kb(kb, quiet=True)
    integrity = check(knowledge_base, None, message_lang(), allow_invalid=allow_invalid)
    index = knowledge_base.for_audience(audience)
    if region is not None:
        region = index.lookup(region, ["region"]).id
    net = build(index, region=region, kinds=kinds)
    export = GraphExport(net, index, integrity.banner, region=region, lang=lang, as_of=as_of, timeline=timeline)
    emit_output(writer, export, output)
    integrity.finish(allow_invalid=allow_invalid)


def network(
    region: Annotated[
        str, typer.Argument(help="Region id (includes the regions below it).", autocompletion=complete_region)
    ],
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    columns: ColumnsOption = None,
    csv_dialect: CsvDialectOption = CsvDialect.standard,
    allow_invalid: AllowInvalid = False,
) -> None:
    """Per actor: degree and betweenness, the domains it connects, and flags for bridging actors
    (verbinders) and isolated actors; plus initiatives that hang on one actor and domains with no link to ggz."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.console import err
    from ggznet.cli.formats import FORMATS, Analysis
    from ggznet.cli.integrity import check
    from ggznet.cli.lang import current, t, tn
    from ggznet.network import analyse
    from ggznet.render.i18n import word
    from ggznet.render.listing import parse_columns

    writers = FORMATS["network"]
    writer = writers.choose(output_format, output, default="table" if sys.stdout.isatty() else "json")
    knowledge_base = open_kb(kb, quiet=True)
    integrity = check(knowledge_base, None, message_lang(), allow_invalid=allow_invalid)
    found = analyse(knowledge_base.for_audience(audience), region)
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "type": a.type,
            "degree": a.degree,
            "betweenness": a.betweenness,
            "domains": a.domains,
            "flags": a.flags,
        }
        for a in found.actors
    ]
    nl = current() == "nl"
    flags = {"verbinder": "verbinder" if nl else "bridge", "isolated": "geïsoleerd" if nl else "isolated"}
    listing = Listing(
        ["id", "name", "type", "degree", "betweenness", "domains", "flags"],
        rows,
        note=integrity.banner,
        words={"type", "domains"},
        values={"flags": flags},
    )
    listing = listing.select(parse_columns(columns))
    data = found.as_dict()
    if columns:  # the actors in JSON and YAML get the chosen fields too
        data["actors"] = [{c: a.get(c) for c in listing.columns} for a in data["actors"]]
    if integrity.banner:
        data = {"warning": integrity.banner, "errors": len(integrity.errors), **data}
    if writer.name == "table" or (writer.name == "csv" and csv_dialect is not CsvDialect.standard):
        emit(listing, writer.name, output, csv_dialect)  # a table in colour on a terminal; CSV for Excel
    else:
        emit_output(writer, Analysis(data, listing), output)
    if output is None:
        single = found.single_actor_initiatives
        for item in single[:SHOWN_ON_ONE_ACTOR]:
            err().print(
                t("hangs on one actor: {name} ({actor})", name=item["name"], actor=item["actor_name"]), markup=False
            )
        if len(single) > SHOWN_ON_ONE_ACTOR:
            rest = len(single) - SHOWN_ON_ONE_ACTOR
            err().print(
                tn(
                    "… and {count} more initiative that hangs on one actor (all in --format json)",
                    "… and {count} more initiatives that hang on one actor (all in --format json)",
                    rest,
                    count=rest,
                ),
                markup=False,
            )
        if found.domains_without_ggz_link:
            domains = ", ".join(word(d, current()) for d in found.domains_without_ggz_link)
            err().print(t("domains with no link to ggz: {domains}", domains=domains), markup=False)
    integrity.finish(allow_invalid=allow_invalid)


def compare(
    first: Annotated[str, typer.Argument(help="A region id.", autocompletion=complete_region)],
    second: Annotated[str, typer.Argument(help="Another region id.", autocompletion=complete_region)],
    kb: KbOption = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="md (default), table or json.",
            show_default=False,
            autocompletion=complete_format,
        ),
    ] = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    columns: ColumnsOption = None,
    allow_invalid: AllowInvalid = False,
) -> None:
    """Two regions side by side: themes, domains, initiative types and statuses, roles filled, meeting
    rhythm and open actions; what one has that the other lacks, with the initiatives that show it."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.formats import FORMATS, Comparison
    from ggznet.cli.integrity import check
    from ggznet.cli.lang import current
    from ggznet.cli.output import print_markdown
    from ggznet.network import compare as run_compare
    from ggznet.render.compare import compare_markdown, compare_rows
    from ggznet.render.listing import parse_columns

    writers = FORMATS["compare"]
    writer = writers.choose(output_format, output, default="md")
    knowledge_base = open_kb(kb, quiet=True)
    integrity = check(knowledge_base, None, message_lang(), allow_invalid=allow_invalid)
    index = knowledge_base.for_audience(audience)
    found = run_compare(index, first, second, dt.date.today())
    lang = current()
    names, rows = compare_rows(index, found, lang)
    left, right = names[2], names[3]
    listing = Listing(names, rows, note=integrity.banner, headers={c: c for c in names[2:]})
    listing = listing.select(parse_columns(columns))
    if integrity.banner:
        found = {"warning": integrity.banner, "errors": len(integrity.errors), **found}
    # a section and a table per aspect, as a report has them (with --columns: the one table of rows)
    document = "" if columns else compare_markdown(index, found, lang, note=integrity.banner)
    comparison = Comparison(found, listing, f"{left} ↔ {right}", document)
    if writer.name == "table":
        emit(listing, "table", output)  # in colour on a terminal
    elif writer.name == "md" and output is None:
        text = writer(comparison)
        print_markdown(text if isinstance(text, str) else "")  # rendered on a terminal, Markdown in a pipe
    else:
        emit_output(writer, comparison, output)
    integrity.finish(allow_invalid=allow_invalid)

"""`ggznet graph`, `network` and `compare`: the collaboration network beyond a list."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ggznet.cli.completion import complete_region
from ggznet.cli.options import AudienceOption, KbOption
from ggznet.cli.output import (
    CsvDialect,
    CsvDialectOption,
    Format,
    FormatOption,
    Listing,
    OutputOption,
    choose_format,
    emit,
    emit_text,
)
from ggznet.errors import UsageError


class GraphFormat(StrEnum):
    mermaid = "mermaid"
    dot = "dot"
    graphml = "graphml"
    json = "json"
    csv = "csv"
    svg = "svg"
    png = "png"


GRAPH_SUFFIX = {
    ".mmd": GraphFormat.mermaid,
    ".dot": GraphFormat.dot,
    ".gv": GraphFormat.dot,
    ".graphml": GraphFormat.graphml,
    ".json": GraphFormat.json,
    ".csv": GraphFormat.csv,
    ".svg": GraphFormat.svg,
    ".png": GraphFormat.png,
}


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
        GraphFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="mermaid, dot, graphml, json (Kumu), csv (Kumu), or a picture: svg or png. Default: from -o, "
            "else json.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    timeline: Annotated[
        bool, typer.Option("--timeline", help="With svg/png: the timeline of initiatives and meetings instead.")
    ] = False,
    as_of: Annotated[
        dt.datetime | None,
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="With --timeline: running initiatives end on this day (default: today).",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of a picture's labels: nl or en.")] = "nl",
    audience: AudienceOption = "internal",
) -> None:
    """Export the network of actors, initiatives, meetings and regions with typed edges (role, relation,
    organised, attended, presented, part of). GraphML opens in Gephi and yEd; JSON and CSV import into Kumu.

    CSV with -o FILE.csv writes FILE-elements.csv and FILE-connections.csv; to stdout it prints the
    connections. SVG and PNG draw the network of actors and initiatives as a picture (large regions are
    capped, and the picture says so), or with --timeline the initiatives and meetings on a time axis.
    """
    from ggznet.cli.cmd_query import open_kb
    from ggznet.network import NODE_KINDS, build, to_dot, to_graphml, to_mermaid
    from ggznet.render import kumu

    kinds = tuple(kind or NODE_KINDS)
    for k in kinds:
        if k not in NODE_KINDS:
            raise UsageError(f"--kind `{k}` is not a node kind", f"choose from: {', '.join(NODE_KINDS)}")
    fmt = output_format or (GRAPH_SUFFIX.get(output.suffix.lower()) if output else None) or GraphFormat.json
    if timeline and fmt not in (GraphFormat.svg, GraphFormat.png):
        raise UsageError("--timeline draws a picture", "write it as .svg or .png, or give --format svg|png")
    if fmt in (GraphFormat.svg, GraphFormat.png):
        day = as_of.date() if as_of else None
        _picture(kb, region, fmt, output, timeline=timeline, as_of=day, lang=lang, audience=audience)
        return
    index = open_kb(kb).for_audience(audience)
    net = build(index, region=region, kinds=kinds)
    if fmt is GraphFormat.json:
        blueprint = kumu.blueprint(net, index)
        emit_text(json.dumps(blueprint, ensure_ascii=False, indent=2) + "\n", output)
    elif fmt is GraphFormat.graphml:
        emit_text(to_graphml(net), output)
    elif fmt is GraphFormat.dot:
        emit_text(to_dot(net), output)
    elif fmt is GraphFormat.mermaid:
        emit_text(to_mermaid(net), output)
    else:
        elements, connections = kumu.sheets(net, index)
        if output is None:
            sys.stdout.write(connections)
        else:
            stem = output.with_suffix("")
            emit_text(elements, Path(f"{stem}-elements.csv"), bom=True)
            emit_text(connections, Path(f"{stem}-connections.csv"), bom=True)


def _picture(
    kb: Path | None, region: str | None, fmt: GraphFormat, output: Path | None, *, timeline: bool,
    as_of: dt.date | None, lang: str, audience: str,
) -> None:  # fmt: skip
    """`graph -o x.svg|png`: the network picture or the timeline."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.output import emit_bytes
    from ggznet.render import pictures
    from ggznet.render.i18n import LANGUAGES

    if lang not in LANGUAGES:
        raise UsageError(f"--lang: `{lang}` is not supported", f"choose one of: {', '.join(LANGUAGES)}")
    index = open_kb(kb).for_audience(audience)
    if region is not None:
        region = index.lookup(region, ["region"]).id
    if timeline:
        make = pictures.timeline_svg if fmt is GraphFormat.svg else pictures.timeline_png
        data = make(index, region=region, as_of=as_of, lang=lang)
    else:
        draw = pictures.network_svg if fmt is GraphFormat.svg else pictures.network_png
        data = draw(index, region=region, lang=lang)
    if fmt is GraphFormat.svg:
        emit_text(data.decode("utf-8"), output)
    else:
        emit_bytes(data, output, what="a PNG picture")


def network(
    region: Annotated[
        str, typer.Argument(help="Region id (includes the regions below it).", autocompletion=complete_region)
    ],
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    csv_dialect: CsvDialectOption = CsvDialect.standard,
) -> None:
    """Per actor: degree and betweenness, the domains it connects, and flags for bridging actors
    (verbinders) and isolated actors; plus initiatives that hang on one actor and domains with no link to ggz."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.console import err
    from ggznet.network import analyse

    found = analyse(open_kb(kb).for_audience(audience), region)
    fmt = choose_format(output_format, output)
    if fmt in (Format.json, Format.yaml):
        if fmt is Format.json:
            emit_text(json.dumps(found.as_dict(), ensure_ascii=False, indent=2) + "\n", output)
        else:
            from ggznet.cli.output import yaml_text

            emit_text(yaml_text(found.as_dict()), output)
        return
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
    emit(Listing(["id", "name", "type", "degree", "betweenness", "domains", "flags"], rows), fmt, output, csv_dialect)
    if output is None:
        for item in found.single_actor_initiatives:
            err().print(f"hangs on one actor: {item['name']} ({item['actor_name']})")
        if found.domains_without_ggz_link:
            err().print("domains with no link to ggz: " + ", ".join(found.domains_without_ggz_link))


class CompareFormat(StrEnum):
    md = "md"
    table = "table"
    json = "json"


def compare(
    first: Annotated[str, typer.Argument(help="A region id.", autocompletion=complete_region)],
    second: Annotated[str, typer.Argument(help="Another region id.", autocompletion=complete_region)],
    kb: KbOption = None,
    output_format: Annotated[
        CompareFormat | None, typer.Option("--format", "-f", help="md (default), table or json.", show_default=False)
    ] = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
) -> None:
    """Two regions side by side: themes, domains, initiative types and statuses, roles filled, meeting
    rhythm and open actions; what one has that the other lacks, with the initiatives that show it."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.network import compare as run_compare
    from ggznet.render.markdown import escape_cell

    index = open_kb(kb).for_audience(audience)
    found = run_compare(index, first, second, dt.date.today())
    fmt = output_format or (CompareFormat.json if output and output.suffix == ".json" else CompareFormat.md)
    if fmt is CompareFormat.json:
        emit_text(json.dumps(found, ensure_ascii=False, indent=2) + "\n", output)
        return
    left, right = found["left"]["name"], found["right"]["name"]
    rows = []
    for aspect, data in found["aspects"].items():
        for key in sorted(set(data["left"]) | set(data["right"])):
            l_count, r_count = data["left"].get(key, 0), data["right"].get(key, 0)
            only = data["only_left"].get(key) or data["only_right"].get(key) or []
            rows.append(
                {
                    "aspect": aspect,
                    "value": key,
                    left: l_count or "–",
                    right: r_count or "–",
                    "only in one, e.g.": ", ".join(index.label("initiative", i) for i in only),
                }
            )
    for key, (l_value, r_value) in found["rhythm"].items():
        rows.append(
            {
                "aspect": "rhythm",
                "value": key,
                left: l_value if l_value is not None else "–",
                right: r_value if r_value is not None else "–",
                "only in one, e.g.": "",
            }
        )
    columns = ["aspect", "value", left, right, "only in one, e.g."]
    if fmt is CompareFormat.table:
        emit(Listing(columns, rows), Format.table, output)
        return
    lines = [
        f"# {escape_cell(left)} ↔ {escape_cell(right)}",
        "",
        "| " + " | ".join(escape_cell(str(c)) for c in columns) + " |",
        "|" + " --- |" * len(columns),
    ]
    for row in rows:
        lines.append("| " + " | ".join(escape_cell(str(row[c])) for c in columns) + " |")
    emit_text("\n".join(lines) + "\n", output)

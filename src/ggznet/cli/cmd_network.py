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
from ggznet.cli.options import KbOption
from ggznet.cli.output import Format, FormatOption, Listing, OutputOption, choose_format, emit, emit_text
from ggznet.errors import UsageError


class GraphFormat(StrEnum):
    mermaid = "mermaid"
    dot = "dot"
    graphml = "graphml"
    json = "json"
    csv = "csv"


GRAPH_SUFFIX = {
    ".mmd": GraphFormat.mermaid,
    ".dot": GraphFormat.dot,
    ".gv": GraphFormat.dot,
    ".graphml": GraphFormat.graphml,
    ".json": GraphFormat.json,
    ".csv": GraphFormat.csv,
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
            help="mermaid, dot, graphml, json (Kumu) or csv (Kumu). Default: from -o, else json.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
) -> None:
    """Export the network of actors, initiatives, meetings and regions with typed edges (role, relation,
    organised, attended, presented, part of). GraphML opens in Gephi and yEd; JSON and CSV import into Kumu.

    CSV with -o FILE.csv writes FILE-elements.csv and FILE-connections.csv; to stdout it prints the
    connections.
    """
    from ggznet.cli.cmd_query import open_kb
    from ggznet.network import NODE_KINDS, build, to_dot, to_graphml, to_mermaid
    from ggznet.render import kumu

    kinds = tuple(kind or NODE_KINDS)
    for k in kinds:
        if k not in NODE_KINDS:
            raise UsageError(f"--kind `{k}` is not a node kind", f"choose from: {', '.join(NODE_KINDS)}")
    fmt = output_format or (GRAPH_SUFFIX.get(output.suffix.lower()) if output else None) or GraphFormat.json
    knowledge_base = open_kb(kb)
    net = build(knowledge_base.index, region=region, kinds=kinds)
    if fmt is GraphFormat.json:
        blueprint = kumu.blueprint(net, knowledge_base.index)
        emit_text(json.dumps(blueprint, ensure_ascii=False, indent=2) + "\n", output)
    elif fmt is GraphFormat.graphml:
        emit_text(to_graphml(net), output)
    elif fmt is GraphFormat.dot:
        emit_text(to_dot(net), output)
    elif fmt is GraphFormat.mermaid:
        emit_text(to_mermaid(net), output)
    else:
        elements, connections = kumu.sheets(net, knowledge_base.index)
        if output is None:
            sys.stdout.write(connections)
        else:
            stem = output.with_suffix("")
            emit_text(elements, Path(f"{stem}-elements.csv"), bom=True)
            emit_text(connections, Path(f"{stem}-connections.csv"), bom=True)


def network(
    region: Annotated[
        str, typer.Argument(help="Region id (includes the regions below it).", autocompletion=complete_region)
    ],
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
) -> None:
    """Per actor: degree and betweenness, the domains it connects, and flags for bridging actors
    (verbinders) and isolated actors; plus initiatives that hang on one actor and domains with no link to ggz."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.console import err
    from ggznet.network import analyse

    knowledge_base = open_kb(kb)
    found = analyse(knowledge_base.index, region)
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
    emit(Listing(["id", "name", "type", "degree", "betweenness", "domains", "flags"], rows), fmt, output)
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
) -> None:
    """Two regions side by side: themes, domains, initiative types and statuses, roles filled, meeting
    rhythm and open actions; what one has that the other lacks, with the initiatives that show it."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.network import compare as run_compare
    from ggznet.render.markdown import escape_cell

    knowledge_base = open_kb(kb)
    found = run_compare(knowledge_base.index, first, second, dt.date.today())
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
                    "only in one, e.g.": ", ".join(knowledge_base.index.label("initiative", i) for i in only),
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

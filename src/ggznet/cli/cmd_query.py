"""`ggznet list`, `show`, `search` and `actions`: read the knowledge base, print through the output layer."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ggznet.cli.completion import complete_actor, complete_ref, complete_region, complete_value
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
from ggznet.errors import ExitStatus
from ggznet.render.listing import Listing

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase
    from ggznet.index import Index
    from ggznet.schema import Record


class Kind(StrEnum):
    regions = "regions"
    actors = "actors"
    initiatives = "initiatives"
    meetings = "meetings"


SINGULAR = {"regions": "region", "actors": "actor", "initiatives": "initiative", "meetings": "meeting"}
SinceOption = Annotated[
    dt.date | None, date_option("--since", "Only meetings on or after this date, initiatives started on or after it.")
]
UntilOption = Annotated[
    dt.date | None, date_option("--until", "Only meetings on or before this date, initiatives started on or before it.")
]


def open_kb(kb: Any, *, quiet: bool = False, keep_facts: bool = True) -> KnowledgeBase:
    """Open the knowledge base for reading; say on stderr when some files could not be used.

    `quiet`: the command validates and reports errors itself (documents and exports); `keep_facts`: see
    `KnowledgeBase.open`.
    """
    from ggznet.api import KnowledgeBase
    from ggznet.cli.console import warn
    from ggznet.cli.lang import tn
    from ggznet.cli.progress import load_progress

    with load_progress() as progress:
        knowledge_base = KnowledgeBase.open(kb, progress=progress, keep_facts=keep_facts)
    broken = knowledge_base.broken_files
    if broken and not quiet:
        warn(
            tn(
                "{count} file with errors left out; run `ggznet validate` for details",
                "{count} files with errors left out; run `ggznet validate` for details",
                broken,
                count=broken,
            )
        )
    return knowledge_base


def _names(index: Index, kind: str, ids: list[str]) -> list[str]:
    return [index.label(kind, i) for i in ids]


def listing_for(index: Index, kind: str, records: list[Record], as_of: dt.date) -> Listing:
    """The rows of `ggznet list`: default columns per kind, and more that --columns can ask for."""
    from ggznet.query import records_in_region
    from ggznet.schema import Actor, Initiative, Meeting, Region
    from ggznet.schema.ownership import ownership
    from ggznet.schema.vocab import ActionStatus, ActorType

    rows: list[dict[str, Any]] = []
    extra: list[str] = ["description", "verified_on", "tags", "sources"]
    if kind == "region":
        columns = ["id", "name", "type", "part_of", "initiatives"]
        extra = ["province", "municipalities", "insurers", "support_organisations", *extra]
        for r in records:
            assert isinstance(r, Region)
            count = len(records_in_region(index, r.id, "initiative")["initiative"])
            rows.append(
                {
                    **_common(r),
                    "name": r.name,
                    "type": str(r.type),
                    "part_of": r.part_of,
                    "initiatives": count,
                    "province": r.province,
                    "municipalities": index.municipalities(r.id),
                    "insurers": [a.id for a in index.region_actors(r.id, ActorType.ZORGVERZEKERAAR)],
                    "support_organisations": [a.id for a in index.region_actors(r.id, ActorType.ROS)],
                }
            )
    elif kind == "actor":
        columns = ["id", "name", "type", "domains", "regions"]
        extra = ["website", "contacts", *extra]
        for r in records:
            assert isinstance(r, Actor)
            rows.append(
                {
                    **_common(r),
                    "name": r.name,
                    "type": str(r.type),
                    "domains": [str(d) for d in r.domains],
                    "regions": list(r.regions),
                    "website": r.website,
                    "contacts": [c.name for c in r.contacts],
                }
            )
    elif kind == "initiative":
        columns = ["id", "name", "type", "status", "regions", "themes", "owner", "involved"]
        extra = ["owner_ids", "owner_role", "domains", "started", "ended", "part_of", "summary", *extra]
        owned = [(r, ownership(r)) for r in records if isinstance(r, Initiative)]
        # their names at once, from the data the store keeps where it can (no actor is built only for its name),
        # each looked up once however many initiatives name it
        named = sorted({a for _, own in owned for a in [*own.owners, *(i for i, _ in own.involved)]})
        index.prepare_labels("actor", named)
        name = {a: index.label("actor", a) for a in named}
        said: dict[tuple[str, ...], str] = {}  # roles as shown, per set of roles (few differ)
        for r, own in owned:
            involved = []
            for actor, roles in own.involved:
                shown = said.get(roles)
                if shown is None:
                    shown = said[roles] = ", ".join(str(role) for role in roles)
                involved.append(f"{name[actor]} ({shown})")
            row = _common(r)
            row["name"] = r.name
            row["type"] = str(r.type)
            row["status"] = str(r.status)
            row["regions"] = list(r.regions)
            row["themes"] = list(r.themes)
            row["owner"] = [name[a] for a in own.owners]
            row["involved"] = involved
            row["owner_ids"] = list(own.owners)
            row["owner_role"] = str(own.basis) if own.basis else None
            row["domains"] = [str(d) for d in r.domains]
            row["started"] = str(r.started) if r.started else None
            row["ended"] = str(r.ended) if r.ended else None
            row["part_of"] = r.part_of
            row["summary"] = r.summary
            rows.append(row)
    else:
        columns = ["id", "date", "title", "type", "status", "forum", "open_actions"]
        extra = ["regions", "organisers", "facilitators", "participants", "next_meeting", "follows", *extra]
        for r in records:
            assert isinstance(r, Meeting)
            rows.append(
                {
                    **_common(r),
                    "date": str(r.date),
                    "title": r.title,
                    "type": str(r.type),
                    "status": str(r.status),
                    "forum": r.forum,
                    "open_actions": sum(1 for a in r.actions if a.status == ActionStatus.OPEN),
                    "regions": list(r.regions),
                    "organisers": list(r.organisers),
                    "facilitators": list(r.facilitators),
                    "participants": r.participants.count if r.participants else None,
                    "next_meeting": str(r.next_meeting.date) if r.next_meeting else None,
                    "follows": r.follows,
                }
            )
    return Listing(columns, rows, extra=extra, words={"type", "status", "domains"})


def _common(record: Record) -> dict[str, Any]:
    """The columns every kind has."""
    return {
        "id": record.id,
        "description": record.description,
        "verified_on": record.verified_on.isoformat() if record.verified_on else None,
        "tags": list(record.tags),
        "sources": [s.title for s in record.sources],
    }


def list_records(
    kind: Annotated[Kind, typer.Argument(help="What to list.")],
    kb: KbOption = None,
    region: Annotated[
        str | None,
        typer.Option(
            help="Only in this region or the regions below it.", autocompletion=complete_region, show_default=False
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(help="Status (repeatable).", autocompletion=complete_value("status"), show_default=False),
    ] = None,
    type_: Annotated[
        list[str] | None,
        typer.Option("--type", help="Type (repeatable).", autocompletion=complete_value("type"), show_default=False),
    ] = None,
    theme: Annotated[
        list[str] | None,
        typer.Option(help="Theme (repeatable).", autocompletion=complete_value("theme"), show_default=False),
    ] = None,
    domain: Annotated[
        list[str] | None,
        typer.Option(help="Domain (repeatable).", autocompletion=complete_value("domain"), show_default=False),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            help="Only where this actor takes part, in any role.", autocompletion=complete_actor, show_default=False
        ),
    ] = None,
    role: Annotated[
        list[str] | None,
        typer.Option(
            help="With --actor: only these roles (repeatable).",
            autocompletion=complete_value("role"),
            show_default=False,
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[
        str | None, typer.Option(help="Sort by a field; prefix - for descending (e.g. -date).", show_default=False)
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.", show_default=False)] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    csv_dialect: CsvDialectOption = CsvDialect.standard,
    columns: ColumnsOption = None,
) -> None:
    """List records of one kind, filtered. Filters combine; a region includes the regions below it.

    For initiatives, `owner` is the trekker, else the initiatiefnemers; `involved` lists every actor with its
    roles.
    """
    from ggznet.query import Filters, select, sort_records

    knowledge_base = open_kb(kb)
    index = knowledge_base.for_audience(audience)
    singular = SINGULAR[kind.value]
    filters = Filters(
        region=region,
        status=status or [],
        type=type_ or [],
        theme=theme or [],
        domain=domain or [],
        actor=actor,
        role=role or [],
        since=since,
        until=until,
    )
    records = sort_records(select(index, singular, filters), sort)
    if limit:
        records = records[:limit]
    from ggznet.cli.formats import FORMATS

    listing = listing_for(index, singular, records, dt.date.today())
    emit(listing, output_format, output, csv_dialect, columns=columns, writers=FORMATS["list"])


def show(
    ref: Annotated[
        str,
        typer.Argument(
            help="kind:id (initiative:overlegtafel-ggz-gelderse-vallei) or a bare id.", autocompletion=complete_ref
        ),
    ],
    kb: KbOption = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="text (default on a terminal), json, yaml or md.",
            show_default=False,
            autocompletion=complete_format,
        ),
    ] = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
) -> None:
    """Show one record: every field, references with their names, and what points to it (backlinks).

    An initiative also shows its owner (the trekker, else the initiatiefnemers) and who is involved."""
    from ggznet.cli.formats import FORMATS
    from ggznet.render.record import record_view

    writer = FORMATS["show"].choose(output_format, output, default="text" if sys.stdout.isatty() else "json")
    index = open_kb(kb).for_audience(audience)
    emit_output(writer, record_view(index, index.lookup(ref)), output)


def search(
    text: Annotated[str, typer.Argument(help="Words to find; every word must occur. Case and accents are ignored.")],
    kb: KbOption = None,
    kind: Annotated[list[Kind] | None, typer.Option(help="Only these kinds (repeatable).", show_default=False)] = None,
    region: Annotated[
        str | None,
        typer.Option(help="Only in this region or below.", autocompletion=complete_region, show_default=False),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many hits.", show_default=False)] = 20,
    output_format: FormatOption = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    csv_dialect: CsvDialectOption = CsvDialect.standard,
    columns: ColumnsOption = None,
) -> None:
    """Full-text search over names, summaries, descriptions, barriers, lessons and meeting outcomes."""
    from ggznet.query import search as run_search

    knowledge_base = open_kb(kb)
    kinds = [SINGULAR[k.value] for k in kind] if kind else None
    hits = run_search(knowledge_base.for_audience(audience), text, kinds=kinds, region=region)
    found = len(hits)
    if limit:
        hits = hits[:limit]
    rows = [
        {
            "kind": h.record.kind,
            "id": h.record.id,
            "name": h.record.label,
            "field": h.field,
            "snippet": h.snippet,
            "score": h.score,
        }
        for h in hits
    ]
    from ggznet.cli.formats import FORMATS
    from ggznet.cli.lang import current, t
    from ggznet.render.i18n import KINDS, kind_word

    kinds_shown = {"kind": {k: kind_word(k, current()) for k in KINDS}}
    listing = Listing(["kind", "id", "name", "field", "snippet", "score"], rows, values=kinds_shown)
    emit(listing, output_format, output, csv_dialect, columns=columns, writers=FORMATS["search"])
    if not hits or len(hits) < found:
        from ggznet.cli.console import err

        if not hits:
            err().print(t("no matches for “{text}”", text=text), markup=False)
        else:  # the default limit (20) is easily reached on a large knowledge base: say what was left out
            said = t("{shown} of {total} matches shown; --limit {total} shows them all", shown=len(hits), total=found)
            err().print(said, markup=False)


def actions(
    kb: KbOption = None,
    only_open: Annotated[bool, typer.Option("--open", help="Only open actions.")] = False,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only open actions past their due date.")] = False,
    owner: Annotated[
        str | None, typer.Option(help="Only actions of this actor.", autocompletion=complete_actor, show_default=False)
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(help="Only meetings in this region or below.", autocompletion=complete_region, show_default=False),
    ] = None,
    as_of: Annotated[dt.date | None, date_option("--as-of", "Judge due dates as on this day (default: today).")] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    audience: AudienceOption = "internal",
    csv_dialect: CsvDialectOption = CsvDialect.standard,
    columns: ColumnsOption = None,
    fail_if_any: Annotated[
        bool,
        typer.Option(
            "--fail-if-any",
            help="Exit 1 when any action is listed (e.g. with --overdue, to let CI fail on overdue actions).",
        ),
    ] = False,
) -> None:
    """Action items from meeting outcomes, with owner, due date, status and meeting; oldest due first.

    Exit status 0; with --fail-if-any, 1 when the list is not empty."""
    from ggznet.query import action_items

    knowledge_base = open_kb(kb)
    index = knowledge_base.for_audience(audience)
    day = as_of or dt.date.today()
    items = action_items(index, as_of=day, only_open=only_open, overdue=overdue, owner=owner, region=region)
    owners = sorted({i.action.owner for i in items if i.action.owner})
    index.prepare_labels("actor", owners)  # their names at once, each looked up once
    name = {a: index.label("actor", a) for a in owners}
    rows = []
    for i in items:
        meeting, action = i.meeting, i.action
        rows.append(
            {
                "meeting": meeting.id,
                "date": str(meeting.date),
                "id": action.id,
                "what": action.what,
                "owner": action.owner,
                "owner_name": name[action.owner] if action.owner in name else index.label("actor", action.owner),
                "due": action.due.isoformat() if action.due else None,
                "status": str(action.status),
                "overdue": i.overdue,
                "done_on": action.done_on.isoformat() if action.done_on else None,
                "meeting_title": meeting.title,
                "forum": meeting.forum,
            }
        )
    from ggznet.cli.formats import FORMATS

    listing = Listing(
        ["meeting", "date", "id", "what", "owner", "owner_name", "due", "status", "overdue"],
        rows,
        highlight={n: "red" for n, i in enumerate(items) if i.overdue},
        extra=["done_on", "meeting_title", "forum"],
        words={"status"},
    )
    if fail_if_any and rows:
        from ggznet.cli.console import if_cut_short

        if_cut_short(int(ExitStatus.PROBLEMS))  # also when the reader stops reading the list early
    emit(listing, output_format, output, csv_dialect, columns=columns, writers=FORMATS["actions"])
    if fail_if_any and rows:
        from ggznet.cli.console import err
        from ggznet.cli.lang import tn

        n = len(rows)
        one, many = "{n} action listed; exit 1 (--fail-if-any)", "{n} actions listed; exit 1 (--fail-if-any)"
        err().print(tn(one, many, n, n=n), markup=False)
        raise typer.Exit(int(ExitStatus.PROBLEMS))

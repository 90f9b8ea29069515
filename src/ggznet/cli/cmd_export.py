"""`ggznet export xlsx|sqlite` and `ggznet calendar`: the knowledge base for Excel, SQL tools and calendars."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ggznet.cli.completion import complete_actor, complete_ref, complete_region
from ggznet.cli.integrity import AllowInvalid, check, message_lang
from ggznet.cli.options import AudienceOption, KbOption, date_option
from ggznet.errors import UsageError

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase
    from ggznet.index import Index

SKIPPED_NAMED = 10  # meetings left out of a calendar named on stderr; the rest are counted

Target = Annotated[Path, typer.Argument(metavar="FILE", help="The file to write.", show_default=False)]
AsOf = Annotated[
    dt.date | None,
    date_option("--as-of", "Judge overdue actions as on this day (default: today); also the file's date."),
]
Audience = AudienceOption


def _index(kb: Path | None, audience: str) -> tuple[KnowledgeBase, Index]:
    """The knowledge base and what the audience may see of it."""
    from ggznet.audience import parse
    from ggznet.cli.cmd_query import open_kb

    parse(audience)
    knowledge_base = open_kb(kb, quiet=True)
    return knowledge_base, knowledge_base.for_audience(audience)


def export_xlsx(
    target: Target,
    kb: KbOption = None,
    as_of: AsOf = None,
    audience: Audience = "internal",
    allow_invalid: AllowInvalid = False,
) -> None:
    """An Excel workbook: a sheet per kind, actions and roles; frozen, filtered header rows; dates as dates;
    drop-down lists from the vocabulary; ids that link to the row of the record they name."""
    from ggznet.cli.formats import FORMATS
    from ggznet.cli.output import emit_bytes
    from ggznet.render.workbook import knowledge_base_workbook

    FORMATS["export xlsx"].for_path(target)
    lang = message_lang()  # sheet names and headers in the language of the run
    knowledge_base, index = _index(kb, audience)
    day = as_of or dt.date.today()
    integrity = check(knowledge_base, day, lang)
    from ggznet.cli import progress

    with progress.writing(target):
        data = knowledge_base_workbook(index, as_of=day, lang=lang, contacts=audience == "internal")
    emit_bytes(data, target, what="an Excel workbook")
    integrity.finish(allow_invalid=allow_invalid)


def export_sqlite(
    target: Target,
    kb: KbOption = None,
    as_of: AsOf = None,
    audience: Audience = "internal",
    allow_invalid: AllowInvalid = False,
) -> None:
    """An SQLite database: a table per kind, link tables (roles, themes, domains, regions), foreign keys,
    and views open_actions, overdue_actions and initiative_overview. Opens in Datasette, DB Browser, Power BI."""
    from ggznet.cli.formats import FORMATS
    from ggznet.cli.output import emit_bytes
    from ggznet.render.sqlite import knowledge_base_sqlite
    from ggznet.store.git import data_commit

    FORMATS["export sqlite"].for_path(target)
    knowledge_base, index = _index(kb, audience)
    day = as_of or dt.date.today()
    integrity = check(knowledge_base, day, message_lang())
    meta = {"audience": audience, "data_commit": data_commit(knowledge_base.root).describe(lang="en")}
    if integrity.banner:
        meta["warning"] = integrity.banner
    from ggznet.cli import progress

    with progress.writing(target):
        data = knowledge_base_sqlite(index, as_of=day, contacts=audience == "internal", meta=meta)
    emit_bytes(data, target)
    integrity.finish(allow_invalid=allow_invalid)


def calendar(
    kb: KbOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this .ics file (default: standard output).",
            show_default=False,
        ),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(help="Only this region and the regions below it.", autocompletion=complete_region),
    ] = None,
    forum: Annotated[
        str | None, typer.Option(help="Only meetings of this forum (initiative id).", autocompletion=complete_ref)
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option(
            help="Only this actor's to-dos and the meetings it organises or attends.", autocompletion=complete_actor
        ),
    ] = None,
    link_base: Annotated[
        str | None,
        typer.Option(
            "--link-base",
            help="Web address of the knowledge base's files (e.g. https://github.com/ORG/REPO/blob/main/); "
            "each entry then links to its record.",
            show_default=False,
        ),
    ] = None,
    as_of: AsOf = None,
    audience: Audience = "internal",
    allow_invalid: AllowInvalid = False,
) -> None:
    """Meetings as all-day events and open actions with a due date as to-dos, in an iCalendar file that
    Outlook, Google and Apple calendars import. Importing again updates entries (stable UIDs). A meeting
    known only to the month or year is left out and named on stderr."""
    from ggznet.cli.console import err
    from ggznet.cli.formats import FORMATS
    from ggznet.cli.lang import t, tn
    from ggznet.cli.output import emit_text
    from ggznet.render.calendar import calendar as make_calendar
    from ggznet.render.markdown import safe_url

    if output is not None:
        FORMATS["calendar"].for_path(output)
    lang = message_lang()
    if link_base is not None and safe_url(link_base) is None:
        raise UsageError(f"--link-base: `{link_base}` is not an http(s) address")
    knowledge_base, index = _index(kb, audience)
    day = as_of or dt.date.today()
    integrity = check(knowledge_base, day, lang)
    found = make_calendar(index, as_of=day, lang=lang, region=region, forum=forum, owner=owner, link_base=link_base)
    emit_text(found.data.decode("utf-8"), output)
    events = tn("{n} meeting", "{n} meetings", found.events, n=found.events)
    todos = tn("{n} to-do", "{n} to-dos", found.todos, n=found.todos)
    err().print(f"{events}, {todos}", highlight=False, markup=False)
    if found.skipped:
        count, rest = len(found.skipped), len(found.skipped) - SKIPPED_NAMED
        if count == 1:
            said = "left out 1 meeting known only to the month or year: {meetings}"
        elif rest > 0:
            said = "left out {count} meetings known only to the month or year: {meetings} and {rest} more"
        else:
            said = "left out {count} meetings known only to the month or year: {meetings}"
        meetings = ", ".join(found.skipped[:SKIPPED_NAMED])
        err().print(t(said, count=count, meetings=meetings, rest=rest), markup=False, highlight=False)
    integrity.finish(allow_invalid=allow_invalid)

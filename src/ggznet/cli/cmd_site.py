"""`ggznet site`: the static website of the knowledge base, for readers who never open a terminal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from ggznet.cli.cmd_report import AsOf, Audience
from ggznet.cli.integrity import AllowInvalid
from ggznet.cli.options import KbOption


def site(
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Folder to write the site into: new, empty, or a site written here before (it is updated).",
        ),
    ],
    kb: KbOption = None,
    as_of: AsOf = None,
    audience: Audience = "internal",
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            help="Folder whose site/ subfolder holds your own page templates (same names as ggznet's "
            "templates/site/), rendered sandboxed.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            min=1,
            help="Processes that make the pages (default: one per core for a large knowledge base).",
            show_default=False,
        ),
    ] = None,
    allow_invalid: AllowInvalid = False,
) -> None:
    """A static website of the whole knowledge base: regions, actors, initiatives, meetings, open actions,
    themes × domains, the change log and offline search. No outside requests; opens from file:// too.
    When the knowledge base has errors, every page carries a warning and the exit status is 1 (unless
    --allow-invalid)."""
    from ggznet.api import RenderOptions
    from ggznet.api import site as make_site
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.console import err
    from ggznet.cli.integrity import check as check_integrity
    from ggznet.cli.lang import current, t, tn

    lang = current()
    knowledge_base = open_kb(kb)
    day = as_of or dt.date.today()
    integrity = check_integrity(knowledge_base, day, lang, allow_invalid=allow_invalid)
    options = RenderOptions(as_of=day, lang=lang, audience=audience, templates=templates, errors=len(integrity.errors))
    from ggznet.cli import progress

    with progress.writing(output):  # a site of 23,000 records takes half a minute
        result = make_site(knowledge_base, output, options, workers=jobs)
    err().print(
        t(
            "site written to {path}: {written} written, {unchanged} unchanged, {removed} removed; open {index}",
            path=output,
            written=tn("{n} file", "{n} files", result.written, n=result.written),
            unchanged=result.unchanged,
            removed=result.removed,
            index=output / "index.html",
        ),
        markup=False,
        highlight=False,
    )
    integrity.finish(allow_invalid=allow_invalid)

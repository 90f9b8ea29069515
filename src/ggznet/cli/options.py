"""Options shared by several commands, declared once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer


def global_kb(ctx: typer.Context, value: Path | None) -> Path | None:
    """`ggznet --kb DIR COMMAND`: kept on the context, so that the command (and completion) can use it."""
    ctx.ensure_object(dict)
    ctx.obj["kb"] = value
    return value


def command_kb(ctx: typer.Context, value: Path | None) -> Path | None:
    """`--kb` after the command wins; without it, the one given before the command."""
    if value is not None:
        return value
    root = ctx.find_root()
    found = root.params.get("kb") if root is not ctx else None
    return found if isinstance(found, Path) else None


def command_lang(value: str | None) -> str | None:
    """`--lang` after the command overrides the one before it (and $GGZNET_LANG) for this run."""
    if value is not None:
        from ggznet.cli.lang import set_language

        set_language(value)
    return value


KbOption = Annotated[
    Path | None,
    typer.Option(
        "--kb",
        metavar="DIR",
        help="Knowledge-base folder (the one holding data/); may also come before the command. Default: "
        "$GGZNET_KB, else the nearest folder upward from here that holds data/.",
        show_default=False,
        callback=command_kb,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="[nl|en]",
        help="Language of the output: nl (default) or en; also $GGZNET_LANG or before the command.",
        show_default=False,
        callback=command_lang,
    ),
]
NoPagerOption = Annotated[
    bool,
    typer.Option("--no-pager", help="Print long output straight to the terminal instead of through a pager."),
]


def date_parser(option: str) -> Any:
    """A Typer parser for a date option: Dutch, English and ISO notations; a clear usage error otherwise."""

    def parse(text: str) -> dt.date:
        from ggznet.cli.lang import current
        from ggznet.dates import DateInputError, parse_date
        from ggznet.errors import UsageError

        try:
            return parse_date(text)
        except DateInputError as exc:
            raise UsageError(f"{option}: {exc.message(current())}", exc.hint(current())) from None

    return parse


def date_option(option: str, help: str) -> Any:
    """A `--x DATE` option that takes 15-3-2027, 15 maart 2027, 2027-03-15, … and gives a `datetime.date`."""
    return typer.Option(option, metavar="DATE", help=help, parser=date_parser(option), show_default=False)


def kb_of(ctx: Any) -> Path | None:
    """The --kb in force for completion: after the command, else before it."""
    while ctx is not None:
        found = (ctx.params or {}).get("kb")
        if isinstance(found, Path | str) and str(found):
            return Path(found)
        ctx = ctx.parent
    return None


AudienceOption = Annotated[
    str,
    typer.Option(
        "--audience",
        metavar="[internal|public]",
        help="internal (default), or public: no record marked internal, nothing that points to one, "
        "no contact details.",
    ),
]

"""`ggznet schema`, `changes` and `history`: fit the knowledge base's Git workflow and editors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from ggznet.cli.completion import complete_ref
from ggznet.cli.formats import FORMATS
from ggznet.cli.options import KbOption
from ggznet.cli.output import ColumnsOption, FormatOption, OutputOption, emit
from ggznet.errors import ExitStatus, UsageError
from ggznet.render.listing import Listing


def schema(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="Write one file per kind (actor.schema.json, …) into this folder.",
            show_default=False,
        ),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="With --out: exit 1 if the folder is not up to date.")] = False,
) -> None:
    """JSON Schema for each record kind, from the models as authors write them (for editors and CI)."""
    import sys

    from ggznet.cli.console import err
    from ggznet.cli.lang import t
    from ggznet.schema.jsonschema import json_schemas, render
    from ggznet.store.atomic import write_text_atomic

    schemas = {name: render(body) for name, body in json_schemas().items()}
    if out is None:
        if check:
            raise UsageError("--check needs --out DIR")
        import json

        sys.stdout.write(
            json.dumps({n: json.loads(t) for n, t in schemas.items()}, ensure_ascii=False, indent=2) + "\n"
        )
        return
    from ggznet.store.files import read_text

    # a committed schema is the repository's: read only as a regular file of bounded size (never a FIFO or a device)
    stale = [n for n, text in schemas.items() if read_text(out / n) != text]
    if check:
        for name in stale:
            err().print(
                t("✗ {path} is out of date; run `ggznet schema --out {out}`", path=out / name, out=out), markup=False
            )
        raise typer.Exit(int(ExitStatus.PROBLEMS if stale else ExitStatus.OK))
    for name in stale:
        try:
            write_text_atomic(out / name, schemas[name])
        except OSError as exc:
            raise UsageError(f"--out: cannot write {out / name}: {exc.strerror or exc}") from None
    err().print(
        t("{count} schema files written to {out}", count=len(stale), out=out)
        if stale
        else t("{out} is up to date", out=out),
        markup=False,
    )


def commit_at(root: Path, text: str, option: str, *, inclusive: bool) -> str | None:
    """The commit a `--since`/`--until` value names: a date (Dutch, English or ISO; the last commit before that
    day, or at its end with `inclusive`) or any git ref. None: the history starts later than that date."""
    from ggznet.cli.lang import current
    from ggznet.dates import DateInputError, looks_like_date, parse_date
    from ggznet.store import git

    try:
        day = parse_date(text)
    except DateInputError as exc:
        if looks_like_date(text):
            raise UsageError(f"{option}: {exc.message(current())}", exc.hint(current())) from None
        try:
            return git.resolve(root, text)
        except git.HistoryError as problem:
            if "not in a git repository" in str(problem):
                raise
            raise UsageError(
                f"{option}: `{text}` is neither a date nor a commit in this repository",
                "write a date such as 15-3-2027 or 2027-03-15, or a git ref such as main, v1.0 or a commit id",
            ) from None
    return git.commit_before(root, (day if inclusive else day - dt.timedelta(days=1)).isoformat())


def changes(
    since: Annotated[
        str,
        typer.Option(
            "--since",
            metavar="DATE|REF",
            help="From this date on (15-3-2027, 15 maart 2027, 2027-03-15) or after this git ref "
            "(main, v1.0, a commit).",
        ),
    ],
    until: Annotated[
        str | None,
        typer.Option(
            "--until", metavar="DATE|REF", help="Up to this date or ref; default: the last commit.", show_default=False
        ),
    ] = None,
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Records added, removed and changed in the git history, field by field (status pilot → lopend,
    new actions, actions done), with commit date and author."""
    from ggznet.cli.console import warn
    from ggznet.cli.lang import current, t
    from ggznet.history import MAX_FILE_BYTES
    from ggznet.history import changes as compute
    from ggznet.render.i18n import CHANGES, KINDS, change_word, kind_word
    from ggznet.store import git
    from ggznet.store.files import find_root

    root = find_root(kb)
    try:
        base = commit_at(root, since, "--since", inclusive=False)
        end = "HEAD"
        if until:
            end = commit_at(root, until, "--until", inclusive=True) or ""
            if not end:
                raise git.HistoryError(f"no commits before {until}")
        found = compute(root, base, end) if end else []
    except git.HistoryError as exc:
        raise UsageError(str(exc), "changes needs the git history of the knowledge base") from None
    if git.is_shallow(root) and base is None:
        warn(t("shallow clone: the history may start later than --since; `git fetch --unshallow` gives all of it"))
    unreadable = [c for c in found if c.change == "unreadable"]
    if unreadable:
        reasons = {
            "too-large": t("larger than {limit} bytes", limit=f"{MAX_FILE_BYTES:,}"),
            "not-utf8": t("not UTF-8"),
            "not-yaml": t("not valid YAML"),
        }
        why = ", ".join(dict.fromkeys(reasons.get(c.field or "", c.field or "") for c in unreadable))
        warn(
            t(
                "{count} historical file versions could not be compared ({reasons}); they are listed as `unreadable`",
                count=len(unreadable),
                reasons=why,
            )
        )
    fields = ["date", "commit", "author", "kind", "id", "change", "field", "old", "new"]
    values = {
        "change": {k: change_word(k, current()) for k in CHANGES},
        "kind": {k: kind_word(k, current()) for k in KINDS},
    }
    listing = Listing(fields, [c.row() for c in found], values=values)
    emit(listing, output_format, output, columns=columns, writers=FORMATS["changes"])


def history(
    ref: Annotated[str, typer.Argument(metavar="REF", help="kind:id or a bare id.", autocompletion=complete_ref)],
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    columns: ColumnsOption = None,
) -> None:
    """The commits that touched one record, newest first."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.console import warn
    from ggznet.cli.lang import t
    from ggznet.store import git

    knowledge_base = open_kb(kb)
    record = knowledge_base.index.lookup(ref)
    try:
        found = git.file_history(knowledge_base.root, knowledge_base.index.path_of(record))
    except git.HistoryError as exc:
        raise UsageError(str(exc), "history needs the git history of the knowledge base") from None
    if git.is_shallow(knowledge_base.root):
        warn(t("shallow clone: older commits are missing; `git fetch --unshallow` gives them"))
    rows = [{"date": c.date.isoformat(), "commit": c.sha[:10], "author": c.author, "subject": c.subject} for c in found]
    listing = Listing(["date", "commit", "author", "subject"], rows)
    emit(listing, output_format, output, columns=columns, writers=FORMATS["history"])

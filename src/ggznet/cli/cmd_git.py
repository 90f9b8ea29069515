"""`ggznet schema`, `changes` and `history`: fit the knowledge base's Git workflow and editors."""

from __future__ import annotations

import datetime as dt
import re
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
        typer.Option("--out", help="Write one <kind>.schema.json per kind into this folder.", show_default=False),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="With --out: exit 1 if the folder is not up to date.")] = False,
) -> None:
    """JSON Schema for each record kind, from the models as authors write them (for editors and CI)."""
    import sys

    from ggznet.cli.console import err
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
    stale = [
        n for n, text in schemas.items() if not (out / n).exists() or (out / n).read_text(encoding="utf-8") != text
    ]
    if check:
        for name in stale:
            err().print(f"✗ {out / name} is out of date; run `ggznet schema --out {out}`")
        raise typer.Exit(int(ExitStatus.PROBLEMS if stale else ExitStatus.OK))
    for name in stale:
        write_text_atomic(out / name, schemas[name])
    err().print(
        f"{len(stale)} schema file{'s' if len(stale) != 1 else ''} written to {out}"
        if stale
        else f"{out} is up to date"
    )


def _base(root: Path, since: str) -> str | None:
    """A commit to compare from: a date (the last commit before that day's end) or any git ref."""
    from ggznet.store import git

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        return git.commit_before(root, (dt.date.fromisoformat(since) - dt.timedelta(days=1)).isoformat())
    return git.resolve(root, since)


def changes(
    since: Annotated[str, typer.Option("--since", help="A date (2024-01-31) or a git ref (main, v1.0, a commit).")],
    until: Annotated[
        str | None, typer.Option("--until", help="A date or ref; default: the last commit.", show_default=False)
    ] = None,
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Records added, removed and changed in the git history, field by field (status pilot → lopend,
    new actions, actions done), with commit date and author."""
    from ggznet.cli.console import err
    from ggznet.history import changes as compute
    from ggznet.store import git
    from ggznet.store.files import find_root

    root = find_root(kb)
    try:
        base = _base(root, since)
        end = "HEAD"
        if until:
            end = (
                git.commit_before(root, until)
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", until)
                else git.resolve(root, until)
            ) or ""
            if not end:
                raise git.HistoryError(f"no commits before {until}")
        found = compute(root, base, end)
    except git.HistoryError as exc:
        raise UsageError(str(exc), "changes needs the git history of the knowledge base") from None
    if git.is_shallow(root) and base is None:
        err().print(
            "[yellow]warning:[/] shallow clone: the history may start later than --since; "
            "`git fetch --unshallow` gives all of it"
        )
    fields = ["date", "commit", "author", "kind", "id", "change", "field", "old", "new"]
    emit(Listing(fields, [c.row() for c in found]), output_format, output, columns=columns, writers=FORMATS["changes"])


def history(
    ref: Annotated[str, typer.Argument(help="kind:id or a bare id.", autocompletion=complete_ref)],
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    columns: ColumnsOption = None,
) -> None:
    """The commits that touched one record, newest first."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.console import err
    from ggznet.store import git

    knowledge_base = open_kb(kb)
    record = knowledge_base.index.lookup(ref)
    try:
        found = git.file_history(knowledge_base.root, knowledge_base.index.path_of(record))
    except git.HistoryError as exc:
        raise UsageError(str(exc), "history needs the git history of the knowledge base") from None
    if git.is_shallow(knowledge_base.root):
        err().print("[yellow]warning:[/] shallow clone: older commits are missing; `git fetch --unshallow` gives them")
    rows = [{"date": c.date.isoformat(), "commit": c.sha[:10], "author": c.author, "subject": c.subject} for c in found]
    listing = Listing(["date", "commit", "author", "subject"], rows)
    emit(listing, output_format, output, columns=columns, writers=FORMATS["history"])

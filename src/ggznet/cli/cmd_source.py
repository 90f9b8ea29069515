"""`ggznet source add|set|remove|list`: the sources a record's facts come from, edited without opening the file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ggznet.cli.cmd_edit import Commit, DryRun, RefArg, Said, run_edit, said
from ggznet.cli.options import KbOption
from ggznet.cli.output import FormatOption, OutputOption, emit
from ggznet.errors import UsageError
from ggznet.render.listing import Listing

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase
    from ggznet.edit import Editor
    from ggznet.schema import Record

Publisher = Annotated[str | None, typer.Option(help="Who published it.", show_default=False)]
Published = Annotated[
    str | None,
    typer.Option(
        metavar="DATE",
        help="When it appeared: 15-3-2027, 15 maart 2027, maart 2027, 2027 or 2027-03-15.",
        show_default=False,
    ),
]
Url = Annotated[str | None, typer.Option(help="Web address (http or https).", show_default=False)]
Number = Annotated[
    int, typer.Argument(metavar="NUMBER", min=1, help="Which source: 1 for the first (see `source list`).")
]


def source_item(title: str | None, publisher: str | None, published: str | None, url: str | None) -> dict[str, Any]:
    """The fields given, as the YAML values a source holds (a typed date stored as ISO)."""
    from ggznet.edit import typed_date

    item: dict[str, Any] = {}
    for key, value in (("title", title), ("publisher", publisher), ("published", published), ("url", url)):
        if value is None:
            continue
        if not value.strip():
            raise UsageError(f"--{key} is empty")
        item[key] = typed_date(value, "--published", partial=True) if key == "published" else value.strip()
    return item


def _source_at(record: Record, number: int) -> int:
    if not 1 <= number <= len(record.sources):
        listed = "; ".join(f"{n}. {s.title}" for n, s in enumerate(record.sources, 1))
        if not listed:
            raise UsageError(f"{record.ref} has no sources")
        raise UsageError(f"{record.ref} has no source {number}", f"its sources: {listed}")
    return number - 1


def add(
    ref: RefArg,
    title: Annotated[str, typer.Argument(metavar="TITLE", help="Title of the article, report or web page.")],
    publisher: Publisher = None,
    published: Published = None,
    url: Url = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Add a source to a record: where its facts come from."""
    item = source_item(title, publisher, published, url)

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(ref)
        editor.append(record, ("sources",), item, unique=False)
        return said("{ref}: source {number} added", ref=record.ref, number=len(record.sources) + 1)

    run_edit(kb, plan, dry_run, commit)


def set_source(
    ref: RefArg,
    number: Number,
    title: Annotated[str | None, typer.Option(help="New title.", show_default=False)] = None,
    publisher: Publisher = None,
    published: Published = None,
    url: Url = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Change fields of one source of a record (the others stay as they are)."""
    item = source_item(title, publisher, published, url)
    if not item:
        raise UsageError("give at least one of --title, --publisher, --published, --url")

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(ref)
        position = _source_at(record, number)
        for key, value in item.items():
            editor.set_field(record, ("sources", position, key), value)
        return said("{ref}: source {number} changed", ref=record.ref, number=number)

    run_edit(kb, plan, dry_run, commit)


def remove(
    ref: RefArg,
    number: Number,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Remove one source from a record."""

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(ref)
        editor.remove_item(record, ("sources",), _source_at(record, number))
        return said("{ref}: source {number} removed", ref=record.ref, number=number)

    run_edit(kb, plan, dry_run, commit)


def list_sources(
    ref: RefArg,
    kb: KbOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
) -> None:
    """The sources of a record, numbered as `source set` and `source remove` take them."""
    from ggznet.cli.cmd_query import open_kb

    record = open_kb(kb).index.lookup(ref)
    rows = [
        {
            "number": n,
            "title": s.title,
            "publisher": s.publisher,
            "published": str(s.published) if s.published else None,
            "url": s.url,
        }
        for n, s in enumerate(record.sources, 1)
    ]
    emit(Listing(["number", "title", "publisher", "published", "url"], rows), output_format, output)

"""`ggznet new`, `set`, `link`, `unlink`, `action add|done` and `rename`: edits that keep files intact."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ggznet.cli.completion import complete_actor, complete_ref, complete_region, complete_value
from ggznet.cli.options import KbOption
from ggznet.errors import UsageError

if TYPE_CHECKING:
    from ggznet.api import EditResult, KnowledgeBase
    from ggznet.edit import Editor

DryRun = Annotated[bool, typer.Option("--dry-run", "-n", help="Show the diff; write nothing.")]
Commit = Annotated[bool, typer.Option("--commit", help="Make a git commit of exactly the edited files.")]
RefArg = Annotated[str, typer.Argument(help="kind:id or a bare id.", autocompletion=complete_ref)]

action_app = typer.Typer(help="Add action items to a meeting or mark them done.", no_args_is_help=True)


def _run(kb: Any, plan: Any, dry_run: bool, commit: bool) -> EditResult:
    from ggznet.api import edit
    from ggznet.cli.console import err

    result = edit(kb, plan, dry_run=dry_run, commit=commit)
    if dry_run:
        sys.stdout.write(result.diff)
        err().print(f"dry run: {result.description}; nothing written")
    elif not result.written:
        err().print(f"nothing to change: {result.description}")
    else:
        files = ", ".join(sorted(result.changes))
        err().print(f"{result.description} ({files})" + (f"; committed {result.commit}" if result.commit else ""))
    return result


def is_interactive() -> bool:
    """True when a person is at the terminal to answer questions."""
    return sys.stdin.isatty() and sys.stdout.isatty()


@contextlib.contextmanager
def tab_completion(words: list[str]) -> Iterator[None]:
    """While prompting on a terminal, <Tab> completes from `words` (vocabulary values or ids)."""
    try:
        import readline
    except ImportError:  # pragma: no cover - no readline on this platform
        yield
        return
    old_completer, old_delims = readline.get_completer(), readline.get_completer_delims()

    def complete(text: str, state: int) -> str | None:
        found = [w for w in words if w.startswith(text)]
        return found[state] if state < len(found) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" \t\n,")
    readline.parse_and_bind("tab: complete")
    try:
        yield
    finally:
        readline.set_completer(old_completer)
        readline.set_completer_delims(old_delims)


def set_value(
    ref: RefArg,
    field_path: Annotated[
        str, typer.Argument(metavar="FIELD", help="Field path: status, summary, next_meeting.date, actors[0].role")
    ],
    value: Annotated[
        str | None, typer.Argument(help="New value; a list as `a, b` or `[a, b]`.", show_default=False)
    ] = None,
    unset: Annotated[bool, typer.Option("--unset", help="Remove the field instead.")] = False,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Set (or --unset) one field of a record. The file keeps its comments and layout."""
    from ggznet.edit import coerce, parse_field_path

    loc = parse_field_path(field_path)
    if loc[0] == "id":
        raise UsageError("the id is changed with `ggznet rename`, which also rewrites references")
    if unset == (value is not None):
        raise UsageError("give a VALUE, or --unset without one")

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        record = knowledge_base.index.lookup(ref)
        if unset:
            editor.unset_field(record, loc)
            return f"{record.ref}: {field_path} removed"
        assert value is not None
        editor.set_field(record, loc, coerce(record.kind, loc, value))
        return f"{record.ref}: {field_path} = {value}"

    _run(kb, plan, dry_run, commit)


def _link(
    a: str, b: str, role: str | None, relation: str | None, kb: Any, dry_run: bool, commit: bool, *, remove: bool
) -> None:
    from ggznet.edit import apply_link, plan_link

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        first, second = knowledge_base.index.lookup(a), knowledge_base.index.lookup(b)
        link_plan, other = plan_link(first, second, role=role, relation=relation)
        changed = apply_link(editor, link_plan, remove=remove)
        verb = "unlinked" if remove else "linked"
        if not changed:
            return f"{link_plan.describe(other)} was {'not there' if remove else 'there already'}"
        return f"{verb}: {link_plan.describe(other)}"

    _run(kb, plan, dry_run, commit)


RoleOption = Annotated[
    str | None,
    typer.Option(
        help="Role: an initiative role (trekker, partner, …); insurer or ros for an actor and a region "
        "(checks the actor's type); organiser, facilitator, participant or forum for a meeting.",
        autocompletion=complete_value("role"),
        show_default=False,
    ),
]
RelationOption = Annotated[
    str | None,
    typer.Option(
        help="Between initiatives: part-of (default), inspired-by, follows-from, similar-to.", show_default=False
    ),
]


def link(
    a: RefArg,
    b: RefArg,
    role: RoleOption = None,
    relation: RelationOption = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Link two records. The relation is written once, on the side the data model says.

    initiative+actor (--role), initiative+region, initiative+initiative (--relation), actor+region
    (also as a region's insurer or ROS: --role insurer|ros, written on the actor), region+region
    (part of), meeting+initiative (presented, or
    --role forum), meeting+actor (--role organiser|facilitator|participant), meeting+region,
    meeting+meeting (follows).
    """
    _link(a, b, role, relation, kb, dry_run, commit, remove=False)


def unlink(
    a: RefArg,
    b: RefArg,
    role: RoleOption = None,
    relation: RelationOption = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Remove a link made with `ggznet link` (same arguments)."""
    _link(a, b, role, relation, kb, dry_run, commit, remove=True)


def rename(
    ref: RefArg,
    new_id: Annotated[str, typer.Argument(help="The new id (also the new file name).")],
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Give a record a new id: move its file and rewrite every reference to it, all or nothing."""
    from ggznet.edit import check_new_id, record_path

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        record = knowledge_base.index.lookup(ref)
        check_new_id(record.kind, new_id)
        if new_id == record.id:
            return f"{record.ref} already has that id"
        if knowledge_base.index.exists(record.kind, new_id):  # also a file with errors that holds the id
            raise UsageError(f"{record.kind} `{new_id}` exists already")
        old_path, new_path = record_path(record.kind, record.id), record_path(record.kind, new_id)
        editor.move(old_path, new_path)
        editor.set_field(record, ("id",), new_id)
        links = knowledge_base.index.backlinks(record)
        for backlink in links:
            editor.set_field(backlink.source, backlink.loc, new_id)
        return f"renamed {record.ref} to {new_id} and {len(links)} reference{'s' if len(links) != 1 else ''}"

    _run(kb, plan, dry_run, commit)


def new(
    kind: Annotated[str, typer.Argument(help="region, actor, initiative or meeting.")],
    ident: Annotated[
        str | None, typer.Option("--id", help="The id (default: from the name).", show_default=False)
    ] = None,
    name: Annotated[str | None, typer.Option(help="Name (title for a meeting).", show_default=False)] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type", help="Type from the vocabulary.", autocompletion=complete_value("type"), show_default=False
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            help="Status (initiatives, meetings).", autocompletion=complete_value("status"), show_default=False
        ),
    ] = None,
    region: Annotated[
        list[str] | None,
        typer.Option(help="Region id (repeatable).", autocompletion=complete_region, show_default=False),
    ] = None,
    date: Annotated[str | None, typer.Option(help="Meeting date, e.g. 2024-02-01.", show_default=False)] = None,
    part_of: Annotated[
        str | None, typer.Option("--part-of", help="Parent region or initiative id.", show_default=False)
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Title of the source this record is based on.", show_default=False)
    ] = None,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="FIELD=VALUE", help="Any other field (repeatable).", show_default=False),
    ] = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Create a record. On a terminal, asks for what is missing (with the allowed choices); in scripts,
    takes everything as options. Refuses an id that exists."""
    from ggznet.edit import FOLDERS, check_new_id, coerce, new_record_text, parse_field_path, record_path, slug
    from ggznet.query import STATUSES, TYPES

    if kind not in FOLDERS:
        raise UsageError(f"cannot create a `{kind}`", "choose region, actor, initiative or meeting")
    interactive = is_interactive()
    label_key = "title" if kind == "meeting" else "name"

    def ask(text: str, choices: list[str] | None = None, complete: list[str] | None = None) -> str:
        if not interactive:
            raise UsageError(f"missing --{text}", "give it as an option (or run on a terminal to be asked)")
        hint = f" ({', '.join(choices)})" if choices else ""
        with tab_completion(choices or complete or []):
            while True:
                answer = str(typer.prompt(f"{text}{hint}")).strip()
                if not choices or answer in choices:
                    return answer
                typer.echo(f"choose one of: {', '.join(choices)}", err=True)

    label = name or ask("name" if kind != "meeting" else "name (title)")
    kind_type = type_ or ask("type", [str(v) for v in TYPES[kind]])
    values: dict[str, Any] = {label_key: label, "type": kind_type}
    if kind in STATUSES:
        values["status"] = status or ask("status", [str(v) for v in STATUSES[kind]])
    if kind == "meeting":
        values["date"] = coerce(kind, ("date",), date or ask("date (YYYY-MM-DD)"))
    regions = list(region or [])
    if kind == "initiative" and not regions:
        from ggznet.cli.completion import _ids

        regions = [ask("region", complete=_ids("region", kb))]
    if regions:
        values["regions"] = coerce(kind, ("regions",), ", ".join(regions))
    if part_of:
        values["part_of"] = part_of
    if source:
        values["sources"] = [{"title": source}]
    for assignment in set_ or []:
        key, sep, raw = assignment.partition("=")
        if not sep:
            raise UsageError(f"--set `{assignment}`: write FIELD=VALUE")
        loc = parse_field_path(key.strip())
        if len(loc) != 1:
            raise UsageError("--set takes top-level fields; use `ggznet set` afterwards for nested ones")
        values[str(loc[0])] = coerce(kind, loc, raw.strip())
    new_id = ident or (f"{values['date']}-{slug(label)}" if kind == "meeting" else slug(label))
    check_new_id(kind, new_id)
    values["id"] = new_id

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        if knowledge_base.index.get(kind, new_id) is not None:
            raise UsageError(f"{kind} `{new_id}` exists already", "choose another --id, or edit it with `ggznet set`")
        editor.create(record_path(kind, new_id), new_record_text(kind, values))
        return f"created {kind}:{new_id}"

    _run(kb, plan, dry_run, commit)


@action_app.command("add")
def action_add(
    meeting: Annotated[str, typer.Argument(help="Meeting id.", autocompletion=complete_ref)],
    what: Annotated[str, typer.Argument(help="What is to be done.")],
    owner: Annotated[str, typer.Option(help="Actor id of who does it.", autocompletion=complete_actor)],
    due: Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Due date.", show_default=False)] = None,
    action_id: Annotated[
        str | None, typer.Option("--id", help="Action id (default: from the text).", show_default=False)
    ] = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Add an action item to a meeting's outcomes."""
    from ggznet.edit import slug

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        record = knowledge_base.index.lookup(meeting, ["meeting"])
        knowledge_base.index.lookup(owner, ["actor"])
        taken = {a.id for a in record.actions}  # type: ignore[attr-defined]
        ident = action_id or slug(what, max_length=40)
        base, n = ident, 2
        while action_id is None and ident in taken:
            ident, n = f"{base}-{n}", n + 1
        item: dict[str, Any] = {"id": ident, "what": what, "owner": owner}
        if due:
            item["due"] = due.date()
        item["status"] = "open"
        editor.append(record, ("outcomes", "actions"), item, unique=False)
        return f"{record.ref}: action {ident} added"

    _run(kb, plan, dry_run, commit)


@action_app.command("done")
def action_done(
    meeting: Annotated[str, typer.Argument(help="Meeting id.", autocompletion=complete_ref)],
    action_id: Annotated[str, typer.Argument(help="The action's id.")],
    on: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Done on (default: today).", show_default=False)
    ] = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Mark an action item done."""
    from ggznet.suggest import did_you_mean, format_suggestions

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        record = knowledge_base.index.lookup(meeting, ["meeting"])
        ids = [a.id for a in record.actions]  # type: ignore[attr-defined]
        if action_id not in ids:
            raise UsageError(
                f"{record.ref} has no action `{action_id}`",
                format_suggestions(did_you_mean(action_id, ids)) or f"its actions: {', '.join(ids) or 'none'}",
            )
        i = ids.index(action_id)
        editor.set_field(record, ("outcomes", "actions", i, "status"), "done")
        editor.set_field(record, ("outcomes", "actions", i, "done_on"), (on.date() if on else dt.date.today()))
        return f"{record.ref}: action {action_id} done"

    _run(kb, plan, dry_run, commit)

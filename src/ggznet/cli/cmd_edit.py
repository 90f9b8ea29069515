"""`ggznet new`, `set`, `link`, `unlink`, `action add|done` and `rename`: edits that keep files intact."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ggznet.cli.completion import complete_actor, complete_ref, complete_region, complete_value
from ggznet.cli.interview import tab_completion
from ggznet.cli.lang import t, tn
from ggznet.cli.options import KbOption, date_option
from ggznet.errors import UsageError

FILES_NAMED = 10  # files an edit names when it says what it did

if TYPE_CHECKING:
    from ggznet.api import EditResult, KnowledgeBase
    from ggznet.edit import Editor

DryRun = Annotated[bool, typer.Option("--dry-run", "-n", help="Show the diff; write nothing.")]
Commit = Annotated[bool, typer.Option("--commit", help="Make a git commit of exactly the edited files.")]
RefArg = Annotated[str, typer.Argument(metavar="REF", help="kind:id or a bare id.", autocompletion=complete_ref)]


@dataclass(frozen=True)
class Said:
    """What an edit did: an English template with its values. The English is what `api.edit` keeps (and puts in
    a commit message); the command line says it in the language of its run by looking up the template, so that
    no value (a field's new text) is ever taken for words to translate."""

    template: str
    values: dict[str, object]

    def english(self) -> str:
        return self.template.format(**self.values)


def said(template: str, **values: object) -> Said:
    return Said(template, values)


def run_edit(kb: Any, plan: Callable[[KnowledgeBase, Editor], Said], dry_run: bool, commit: bool) -> EditResult:
    """Run an edit and say on stderr, in the language of this run, what it did."""
    from ggznet.api import edit
    from ggznet.cli.console import err

    told: list[Said] = []

    def english(knowledge_base: KnowledgeBase, editor: Editor) -> str:
        told.append(plan(knowledge_base, editor))
        return told[-1].english()

    try:
        result = edit(kb, english, dry_run=dry_run, commit=commit)
    except OSError as exc:  # a full disk, no permission: the edit is all or nothing (rolled back, or at the next run)
        raise UsageError(
            f"the edit could not be written: {exc.strerror or exc}",
            "make room on the disk (or allow writing there) and run the command again; nothing was changed",
        ) from None
    description = t(told[-1].template, **told[-1].values)
    if dry_run:
        sys.stdout.write(result.diff)
        err().print(t("dry run: {description}; nothing written", description=description), markup=False)
    elif not result.written:
        err().print(t("nothing to change: {description}", description=description), markup=False)
    else:
        changed = sorted(result.changes)
        files = ", ".join(changed[:FILES_NAMED])
        if len(changed) > FILES_NAMED:  # a rename through hundreds of records: ten files named, the rest counted
            rest = len(changed) - FILES_NAMED
            files += ", " + tn("… and {count} more file", "… and {count} more files", rest, count=rest)
        if result.commit:
            message = t(
                "{description} ({files}); committed {commit}",
                description=description,
                files=files,
                commit=result.commit,
            )
        else:
            message = t("{description} ({files})", description=description, files=files)
        err().print(message, markup=False)
    return result


def is_interactive() -> bool:
    """True when a person is at the terminal to answer questions."""
    return sys.stdin.isatty() and sys.stdout.isatty()


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

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(ref)
        if unset:
            editor.unset_field(record, loc)
            return said("{ref}: {field} removed", ref=record.ref, field=field_path)
        assert value is not None
        editor.set_field(record, loc, coerce(record.kind, loc, value))
        return said("{ref}: {field} = {value}", ref=record.ref, field=field_path, value=value)

    run_edit(kb, plan, dry_run, commit)


def _link(
    a: str, b: str, role: str | None, relation: str | None, kb: Any, dry_run: bool, commit: bool, *, remove: bool
) -> None:
    from ggznet.edit import apply_link, plan_link

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        first, second = knowledge_base.index.lookup(a), knowledge_base.index.lookup(b)
        link_plan, other = plan_link(first, second, role=role, relation=relation)
        changed = apply_link(editor, link_plan, remove=remove)
        link = link_plan.describe(other)
        if not changed:
            return said("{link} was not there" if remove else "{link} was there already", link=link)
        return said("unlinked: {link}" if remove else "linked: {link}", link=link)

    run_edit(kb, plan, dry_run, commit)


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
    a: Annotated[
        str, typer.Argument(metavar="A", help="One record: kind:id or a bare id.", autocompletion=complete_ref)
    ],
    b: Annotated[str, typer.Argument(metavar="B", help="The other record.", autocompletion=complete_ref)],
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
    a: Annotated[
        str, typer.Argument(metavar="A", help="One record: kind:id or a bare id.", autocompletion=complete_ref)
    ],
    b: Annotated[str, typer.Argument(metavar="B", help="The other record.", autocompletion=complete_ref)],
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
    new_id: Annotated[str, typer.Argument(metavar="NEW-ID", help="The new id (also the new file name).")],
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Give a record a new id: move its file and rewrite every reference to it, all or nothing."""
    from ggznet.edit import check_new_id, record_path

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(ref)
        check_new_id(record.kind, new_id)
        if new_id == record.id:
            return said("{ref} already has that id", ref=record.ref)
        if knowledge_base.index.exists(record.kind, new_id):  # also a file with errors that holds the id
            raise UsageError(f"{record.kind} `{new_id}` exists already")
        old_path, new_path = record_path(record.kind, record.id), record_path(record.kind, new_id)
        editor.move(old_path, new_path)
        editor.set_field(record, ("id",), new_id)
        links = knowledge_base.index.backlinks(record)
        for backlink in links:
            editor.set_field(backlink.source, backlink.loc, new_id)
        if len(links) == 1:
            return said("renamed {ref} to {new} and {count} reference", ref=record.ref, new=new_id, count=1)
        return said("renamed {ref} to {new} and {count} references", ref=record.ref, new=new_id, count=len(links))

    run_edit(kb, plan, dry_run, commit)


KINDS = ("region", "actor", "initiative", "meeting")


def new(
    kind: Annotated[str, typer.Argument(metavar="KIND", help="region, actor, initiative or meeting.")],
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
    date: Annotated[
        str | None,
        typer.Option(metavar="DATE", help="Meeting date: 15-3-2027, 15 maart 2027 or 2027-03-15.", show_default=False),
    ] = None,
    part_of: Annotated[
        str | None, typer.Option("--part-of", help="Parent region or initiative id.", show_default=False)
    ] = None,
    theme: Annotated[
        list[str] | None,
        typer.Option(
            help="Theme of an initiative (repeatable).", autocompletion=complete_value("theme"), show_default=False
        ),
    ] = None,
    actor: Annotated[
        list[str] | None,
        typer.Option(
            metavar="ACTOR:ROLE",
            help="A party in an initiative with its role, e.g. menzis:trekker (repeatable).",
            show_default=False,
        ),
    ] = None,
    forum: Annotated[
        str | None, typer.Option(help="The initiative (table, network) a meeting belongs to.", show_default=False)
    ] = None,
    participant: Annotated[
        list[str] | None,
        typer.Option(
            help="Actor id taking part in a meeting (repeatable).", autocompletion=complete_actor, show_default=False
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(metavar="TITLE", help="Title of the source this record is based on.", show_default=False),
    ] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher of that source.", show_default=False)] = None,
    published: Annotated[
        str | None,
        typer.Option(metavar="DATE", help="When that source appeared (a date, a month or a year).", show_default=False),
    ] = None,
    url: Annotated[str | None, typer.Option(help="Web address of that source.", show_default=False)] = None,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="FIELD=VALUE", help="Any other field (repeatable).", show_default=False),
    ] = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Create a record. On a terminal, asks for every required field and the usual ones (a bad answer is
    asked again, with a hint); in scripts, takes everything as options. Refuses an id that exists."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.interview import Interview
    from ggznet.edit import check_new_id, coerce, new_record_text, parse_field_path, record_path, slug
    from ggznet.query import STATUSES, TYPES
    from ggznet.schema.vocab import Domain, Role

    if kind not in KINDS:
        raise UsageError(f"cannot create a `{kind}`", "choose region, actor, initiative or meeting")
    index = open_kb(kb).index
    ask = Interview(index, interactive=is_interactive(), completion=tab_completion)
    label_key = "title" if kind == "meeting" else "name"

    def answer(given: Any, parse: Any, option: str, question: str, **how: Any) -> Any:
        """The option's value parsed like an answer (a bad one is a usage error), else the answer to `question`."""
        if given is None or given == []:
            return ask.ask(question, parse, option=option, **how)
        try:
            return parse(", ".join(given) if isinstance(given, list) else given)
        except UsageError as exc:
            raise UsageError(f"{option}: {exc.message}", exc.hint) from None

    values: dict[str, Any] = {}
    # the name, and for a meeting its date: together they make the id, which must be free
    while True:
        question = "Title" if kind == "meeting" else "Name"
        label = answer(name, ask.text, "--name", question, required=True)
        if kind == "meeting" and "date" not in values:
            values["date"] = answer(date, ask.date, "--date", "Date", required=True)
        new_id = ident or (f"{values['date']}-{slug(label)}" if kind == "meeting" else slug(label))
        check_new_id(kind, new_id)
        if index.get(kind, new_id) is None:
            break
        if not ask.interactive or name or ident:
            raise UsageError(f"{kind} `{new_id}` exists already", "choose another --id, or edit it with `ggznet set`")
        print(
            "  ✗ " + t("{kind} `{ident}` exists already; give another name", kind=t(kind), ident=new_id),
            file=sys.stderr,
        )
    values[label_key] = label
    types = [str(v) for v in TYPES[kind]]
    values["type"] = answer(type_, ask.choice(types), "--type", "Type", required=True, choices=types)
    if kind in STATUSES:
        statuses = [str(v) for v in STATUSES[kind]]
        pick = ask.choice(statuses)
        if kind == "meeting":
            pick = _meeting_status(pick, values["date"])
        values["status"] = answer(status, pick, "--status", "Status", required=True, choices=statuses)
    regions: list[str] | None = None
    region_ids = sorted(index.records["region"])
    regions_question = "Regions (ids, comma-separated)"
    if kind == "region":
        values["part_of"] = answer(
            part_of, ask.ref("region"), "--part-of", "Part of which region (id)", complete=region_ids
        )
    if kind == "actor":
        regions = answer(
            region,
            ask.many(ask.ref("region")),
            "--region",
            "Regions where it works (ids, comma-separated)",
            complete=region_ids,
        )
        domains = [str(d) for d in Domain]
        values["domains"] = ask.ask(
            "Domains (comma-separated)", ask.many(ask.choice(domains)), option="--set domains=…", choices=domains
        )
    if kind == "initiative":
        regions = answer(
            region, ask.many(ask.ref("region")), "--region", regions_question, required=True, complete=region_ids
        )
        values["themes"] = answer(
            theme, ask.many(ask.theme), "--theme", "Themes (comma-separated)", complete=sorted(index.theme_labels)
        )
        if part_of:
            values["part_of"] = answer(part_of, ask.ref("initiative"), "--part-of", "")
        values["actors"] = _actors(ask, actor, [str(r) for r in Role])
    if kind == "meeting":
        forum_id = answer(
            forum,
            ask.ref("initiative"),
            "--forum",
            "Forum (initiative id of its table or network)",
            complete=sorted(index.records["initiative"]),
        )
        values["forum"] = forum_id
        default_regions = list(index.initiatives[forum_id].regions) if forum_id in index.initiatives else None
        regions = answer(
            region,
            ask.many(ask.ref("region")),
            "--region",
            regions_question,
            complete=region_ids,
            default=default_regions,
        )
        participants = answer(
            participant,
            ask.many(ask.ref("actor")),
            "--participant",
            "Participants (actor ids, comma-separated)",
            complete=sorted(index.records["actor"]),
        )
        values["participants"] = {"actors": participants} if participants else None
    if regions:
        values["regions"] = regions if isinstance(regions, list) else [regions]
    values["sources"] = _source(ask, source, publisher, published, url)
    values = {key: value for key, value in values.items() if value not in (None, [], {})}
    for assignment in set_ or []:
        key, sep, raw = assignment.partition("=")
        if not sep:
            raise UsageError(f"--set `{assignment}`: write FIELD=VALUE")
        loc = parse_field_path(key.strip())
        if len(loc) != 1:
            raise UsageError("--set takes top-level fields; use `ggznet set` afterwards for nested ones")
        values[str(loc[0])] = coerce(kind, loc, raw.strip())
    values["id"] = new_id
    values = {key: _flow(value) for key, value in values.items()}

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        if knowledge_base.index.get(kind, new_id) is not None:
            raise UsageError(f"{kind} `{new_id}` exists already", "choose another --id, or edit it with `ggznet set`")
        editor.create(record_path(kind, new_id), new_record_text(kind, values))
        return said("created {ref}", ref=f"{kind}:{new_id}")

    run_edit(kb, plan, dry_run, commit)


def _meeting_status(pick: Any, day: dt.date) -> Any:
    """A meeting's status that fits its date: `gehouden` only when the date has come (a warning for a planned
    meeting whose date has passed)."""

    def parse(answer: str) -> str:
        chosen = str(pick(answer))
        if chosen == "gehouden" and day > dt.date.today():
            raise UsageError(
                f"a meeting on {day.isoformat()} cannot have been held yet", "choose gepland until it has taken place"
            )
        if chosen == "gepland" and day < dt.date.today():
            print(
                "  " + t("note: that date has passed; `ggznet validate` will ask whether it was held"), file=sys.stderr
            )
        return chosen

    return parse


def _flow(value: Any) -> Any:
    """Short lists of ids and words written `[a, b]`, as `ggznet set` and the shipped records write them."""
    from ggznet.store import roundtrip

    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return roundtrip.new_seq(value, flow=True)
    if isinstance(value, dict):
        return {k: _flow(v) for k, v in value.items()}
    return value


def _actors(ask: Any, given: list[str] | None, roles: list[str]) -> list[dict[str, str]]:
    """The parties of an initiative with their roles: from --actor ACTOR:ROLE, else asked one by one."""
    found: list[dict[str, str]] = []
    for item in given or []:
        actor_id, sep, role = item.partition(":")
        if not sep:
            raise UsageError(f"--actor `{item}`: write ACTOR:ROLE", f"e.g. menzis:trekker; roles: {', '.join(roles)}")
        try:
            found.append({"actor": ask.ref("actor")(actor_id), "role": ask.choice(roles)(role)})
        except UsageError as exc:
            raise UsageError(f"--actor: {exc.message}", exc.hint) from None
    if found or not ask.interactive:
        return found
    actors = sorted(ask.index.records["actor"])
    while True:
        actor_id = ask.ask("Party (actor id; empty when done)", ask.ref("actor"), option="--actor", complete=actors)
        if not actor_id:
            return found
        role = ask.ask("Role of " + actor_id, ask.choice(roles), option="--actor", required=True, choices=roles)
        found.append({"actor": actor_id, "role": role})


def _source(
    ask: Any, title: str | None, publisher: str | None, published: str | None, url: str | None
) -> list[dict[str, Any]]:
    """The source of a new record: from the options, else asked (title, publisher, date, address)."""
    from ggznet.cli.cmd_source import source_item

    if title or not ask.interactive:
        if not title:
            if publisher or published or url:
                raise UsageError("--publisher, --published and --url describe a source: give --source TITLE too")
            return []
        return [source_item(title, publisher, published, url)]
    title = ask.ask("Source: title", ask.text, option="--source")
    if not title:
        return []
    item: dict[str, Any] = {"title": title}
    publisher = publisher or ask.ask("Source: publisher", ask.text, option="--publisher")
    if publisher:
        item["publisher"] = publisher
    when = (
        ask.partial_date(published)
        if published
        else ask.ask("Source: date of publication", ask.partial_date, option="--published")
    )
    if when:
        item["published"] = when
    address = ask.url(url) if url else ask.ask("Source: web address", ask.url, option="--url")
    if address:
        item["url"] = address
    return [item]


def action_add(
    meeting: Annotated[str, typer.Argument(metavar="MEETING", help="Meeting id.", autocompletion=complete_ref)],
    what: Annotated[str, typer.Argument(metavar="WHAT", help="What is to be done.")],
    owner: Annotated[
        str, typer.Option(metavar="ACTOR", help="Actor id of who does it.", autocompletion=complete_actor)
    ],
    due: Annotated[dt.date | None, date_option("--due", "Due date: 1-12-2026, 1 december 2026 or 2026-12-01.")] = None,
    action_id: Annotated[
        str | None, typer.Option("--id", help="Action id (default: from the text).", show_default=False)
    ] = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Add an action item to a meeting's outcomes."""
    from ggznet.edit import slug

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(meeting, ["meeting"])
        knowledge_base.index.lookup(owner, ["actor"])
        taken = {a.id for a in record.actions}  # type: ignore[attr-defined]
        ident = action_id or slug(what, max_length=40)
        base, n = ident, 2
        while action_id is None and ident in taken:
            ident, n = f"{base}-{n}", n + 1
        item: dict[str, Any] = {"id": ident, "what": what, "owner": owner}
        if due:
            item["due"] = due
        item["status"] = "open"
        editor.append(record, ("outcomes", "actions"), item, unique=False)
        return said("{ref}: action {ident} added", ref=record.ref, ident=ident)

    run_edit(kb, plan, dry_run, commit)


def action_done(
    meeting: Annotated[str, typer.Argument(metavar="MEETING", help="Meeting id.", autocompletion=complete_ref)],
    action_id: Annotated[str, typer.Argument(metavar="ACTION", help="The action's id.")],
    on: Annotated[dt.date | None, date_option("--on", "Done on this date (default: today).")] = None,
    kb: KbOption = None,
    dry_run: DryRun = False,
    commit: Commit = False,
) -> None:
    """Mark an action item done."""
    from ggznet.suggest import did_you_mean, format_suggestions

    def plan(knowledge_base: KnowledgeBase, editor: Editor) -> Said:
        record = knowledge_base.index.lookup(meeting, ["meeting"])
        ids = [a.id for a in record.actions]  # type: ignore[attr-defined]
        if action_id not in ids:
            raise UsageError(
                f"{record.ref} has no action `{action_id}`",
                format_suggestions(did_you_mean(action_id, ids)) or f"its actions: {', '.join(ids) or 'none'}",
            )
        i = ids.index(action_id)
        editor.set_field(record, ("outcomes", "actions", i, "status"), "done")
        editor.set_field(record, ("outcomes", "actions", i, "done_on"), on or dt.date.today())
        return said("{ref}: action {ident} done", ref=record.ref, ident=action_id)

    run_edit(kb, plan, dry_run, commit)

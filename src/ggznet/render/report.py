"""The view model of a regional overview: plain data that the report template only lays out."""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol, cast

from ggznet.dates import in_words
from ggznet.index import Index
from ggznet.query import ActionItem, open_actions
from ggznet.region_scope import Checker, RegionScope, Stale, region_scope, remember, worked_out
from ggznet.render.i18n import labels, term, word
from ggznet.render.mermaid import network_diagram
from ggznet.render.network_text import who_works_with_whom
from ggznet.schema import Actor, Initiative, Meeting, PartialDate, Record, Region
from ggznet.schema.ownership import ownership
from ggznet.schema.vocab import (
    ACTIVE_STATUSES,
    NOT_STATED,
    ActorType,
    Domain,
    InitiativeStatus,
    InitiativeType,
    MeetingStatus,
    Role,
)

STATUS_ORDER = [s.value for s in InitiativeStatus]
DEFAULT_DOMAIN = {
    ActorType.ZORGVERZEKERAAR: "zorgverzekering", ActorType.GGZ_AANBIEDER: "ggz",
    ActorType.HUISARTSENZORG: "huisartsenzorg", ActorType.GEMEENTE: "sociaal-domein",
    ActorType.SOCIAAL_DOMEIN: "sociaal-domein", ActorType.VERSLAVINGSZORG: "verslavingszorg",
    ActorType.WELZIJN: "welzijn", ActorType.CLIENTENORGANISATIE: "ervaringsdeskundigheid",
}  # fmt: skip
STALE_AFTER = dt.timedelta(days=365)
TABLE_IDLE_AFTER = dt.timedelta(days=183)
FUNDING_WARNING = dt.timedelta(days=183)
MAX_INSPIRATION = 8


def actor_domains(actor: Actor) -> list[str]:
    if actor.domains:
        return [str(d) for d in actor.domains]
    default = DEFAULT_DOMAIN.get(actor.type)
    return [default] if default else ["overig"]


def _names(index: Index, kind: str, ids: list[str]) -> list[str]:
    """Display names of the records that exist (a public view has left internal ones out)."""
    return [index.label(kind, i) for i in ids if i in index.records[kind]]


def stated(value: str, lang: str, what: str = "") -> str:
    """A vocabulary value as a word; `onbekend` says what the source leaves open (`rol niet vermeld`)."""
    if value == NOT_STATED:
        return str(labels(lang)[f"not_stated_{what}" if what else "not_stated"])
    return word(value, lang)


def initiative_entry(index: Index, ini: Initiative, lang: str) -> dict[str, Any]:
    own = ownership(ini)
    involved = [
        {
            "name": index.label("actor", actor),
            "id": actor,
            "role": ", ".join(stated(str(r), lang, "role") for r in roles),
        }
        for actor, roles in own.involved
        if actor in index.actors
    ]
    others = [
        {"name": index.label("actor", a.actor), "id": a.actor, "role": stated(str(a.role), lang, "role")}
        for a in ini.actors
        if a.role != Role.TREKKER and a.actor in index.actors
    ]
    period = ""
    if ini.started or ini.ended:
        period = f"{in_words(ini.started, lang) if ini.started else '?'} – {in_words(ini.ended, lang)}".strip()
    return {
        "id": ini.id,
        "name": ini.name,
        "type": stated(str(ini.type), lang),
        "status": str(ini.status),
        "status_word": stated(str(ini.status), lang, "status"),
        "themes": [term(index.theme_labels, t, lang) for t in ini.themes],
        "domains": [word(str(d), lang) for d in ini.domains],
        "owners": _names(index, "actor", list(own.owners)),
        "owner_basis": word(str(own.basis), lang) if own.basis else None,
        "owner_by_initiators": own.basis == Role.INITIATIEFNEMER,
        "involved": involved,
        "partners": others,  # every actor but the trekkers (kept for user templates)
        "summary": ini.summary,
        "period": period,
        "regions": _names(index, "region", ini.regions),
        "part_of": index.label("initiative", ini.part_of) if ini.part_of else None,
    }


class Held(Protocol):
    """What `continuity_risks` reads of a meeting: a `Meeting`, or its `MeetingDay`."""

    @property
    def status(self) -> MeetingStatus: ...

    @property
    def date(self) -> PartialDate: ...


@dataclass(frozen=True, slots=True)
class MeetingDay:
    """A meeting's status and date, kept for its forum's `continuity_risks` when the meeting itself is let go."""

    status: MeetingStatus
    date: PartialDate


def continuity_risks(
    index: Index, ini: Initiative, as_of: dt.date, lang: str, meetings: Sequence[Held] | None = None
) -> list[str]:
    """What threatens an initiative's continuity. `meetings`: those it is the forum of, in date order
    (when the caller has them at hand; else taken from every meeting of the index)."""
    L = labels(lang)
    risks: list[str] = []
    if not ini.actors:
        risks.append(L["risk_no_actor"])
    else:
        if not ownership(ini).owners:
            risks.append(L["risk_no_owner"])
        if len({a.actor for a in ini.actors}) == 1:
            risks.append(L["risk_single_actor"])
    for funding in ini.funding:
        if funding.until and funding.until.last_day <= as_of + FUNDING_WARNING:
            risks.append(L["risk_funding"].format(date=in_words(funding.until, lang)))
    if ini.verified_on is None:
        risks.append(L["risk_unverified"])
    elif ini.verified_on < as_of - STALE_AFTER:
        risks.append(L["risk_stale"].format(date=in_words(ini.verified_on, lang)))
    if meetings is None:
        meetings = index.meetings_by_forum.get(ini.id, [])
    if meetings and ini.type in (InitiativeType.TAFEL, InitiativeType.NETWERK):
        # a meeting whose outcome the source does not report may have been held: count it as the last one known
        recorded = (MeetingStatus.GEHOUDEN, MeetingStatus.ONBEKEND)
        held = [m for m in meetings if m.status in recorded and m.date.first_day <= as_of]
        upcoming = [m for m in meetings if m.status == MeetingStatus.GEPLAND and m.date.last_day >= as_of]
        last = max(held, key=lambda m: m.date.last_day) if held else None
        if last and last.date.last_day < as_of - TABLE_IDLE_AFTER and not upcoming:
            # as precise as the source: `oktober 2022`
            risks.append(L["risk_table_idle"].format(date=in_words(last.date, lang)))
    return risks


def meeting_entry(index: Index, m: Meeting, lang: str) -> dict[str, Any]:
    outcomes = m.outcomes
    return {
        "id": m.id,
        "title": m.title,
        "date": in_words(m.date, lang),
        "type": word(str(m.type), lang),
        "status": str(m.status),
        "status_word": stated(str(m.status), lang, "held"),
        "forum": index.label("initiative", m.forum) if m.forum else None,
        "organisers": _names(index, "actor", m.organisers),
        "facilitators": _names(index, "actor", m.facilitators),
        "participants_count": _count(m, lang),
        "decisions": list(outcomes.decisions) if outcomes else [],
        "tracks": [
            {
                "title": t.title,
                "description": t.description,
                "owner": index.label("actor", t.owner) if t.owner else None,
                "initiative": index.label("initiative", t.initiative) if t.initiative else None,
            }
            for t in (outcomes.tracks if outcomes else [])
        ],
        "presented": _names(index, "initiative", m.presented),
        "next_meeting": in_words(m.next_meeting.date, lang) if m.next_meeting else None,
        "description": m.description,
    }


def _count(m: Meeting, lang: str) -> str | None:
    """The number of participants as the source gives it: exact, or an estimate (`zo'n 40`)."""
    if not m.participants or m.participants.count is None:
        return None
    count = m.participants.count
    return str(labels(lang)["about"]).format(count=count) if m.participants.approximate else str(count)


def action_entries(index: Index, meetings: list[Meeting], as_of: dt.date, lang: str = "nl") -> list[dict[str, Any]]:
    return [action_entry(index, i, lang) for i in open_actions(index, meetings, as_of)]


def action_entry(index: Index, i: ActionItem, lang: str) -> dict[str, Any]:
    return {
        "what": i.action.what,
        "owner": index.label("actor", i.action.owner),
        "owner_id": i.action.owner,
        "due": in_words(i.action.due, lang) if i.action.due else None,
        "overdue": i.overdue,
        "meeting": i.meeting.title,
        "meeting_date": in_words(i.meeting.date, lang),
        "id": i.action.id,
    }


def collect_sources(records: list[Record], lang: str = "nl") -> list[dict[str, Any]]:
    return sources_from((source_rows(r) for r in records), lang)


SourceRow = tuple[str, str | None, str | None, str | None]


def source_rows(record: Record) -> list[SourceRow]:
    """(title, publisher, published, url) of each source of a record, for `sources_from`."""
    return [(s.title, s.publisher, str(s.published) if s.published else None, s.url) for s in record.sources]


def sources_from(rows: Iterable[list[SourceRow]], lang: str = "nl") -> list[dict[str, Any]]:
    """Every source once, with how many records name it, in date order: from each record's `source_rows`."""
    seen: dict[tuple[str, str | None], dict[str, Any]] = {}
    for found in rows:
        for title, publisher, published, url in found:
            entry = seen.setdefault(
                (title, publisher),
                {"title": title, "publisher": publisher, "published": published, "url": url, "records": 0},
            )
            entry["records"] += 1
    ordered = sorted(seen.values(), key=lambda e: (e["published"] or "", e["title"]))
    return [{**e, "published": in_words(e["published"], lang) if e["published"] else None} for e in ordered]


def inspiration(
    index: Index, area: set[str], here: list[Initiative], lang: str, *, keep: bool = True
) -> list[dict[str, Any]]:
    """Initiatives outside the region, ranked by shared themes and by themes that fill the region's gaps
    (`keep`: the ranking kept across runs; see `ggznet.inspiration.inspiring`)."""
    return inspiration_for(index, area, {i.id for i in here}, {t for i in here for t in i.themes}, lang, keep=keep)


def inspiration_for(
    index: Index,
    area: set[str],
    here_ids: set[str],
    themes_here: set[str],
    lang: str,
    *,
    keep: bool = True,
    known: object = None,
) -> list[dict[str, Any]]:
    """`inspiration` for the region's initiatives given by their ids and themes (`known`: see `inspiration.ranked`)."""
    from ggznet.inspiration import ranked

    L = labels(lang)
    gaps = set(index.theme_labels) - themes_here
    shown = []
    for ini, score in ranked(
        index, area, here_ids, themes_here, MAX_INSPIRATION, keep=keep, known=known
    ):  # the words only for the few that are shown
        shared = sorted(set(ini.themes) & themes_here)
        filled = sorted(set(ini.themes) & gaps)
        why = []
        if shared:
            why.append(L["shares_themes"].format(themes=", ".join(term(index.theme_labels, t, lang) for t in shared)))
        if filled:
            why.append(L["fills_gap"].format(themes=", ".join(term(index.theme_labels, t, lang) for t in filled)))
        if ini.lessons or ini.success_factors:
            why.append(L["has_lessons"])
        shown.append(
            {
                "id": ini.id,
                "name": ini.name,
                "regions": _names(index, "region", ini.regions),
                "status_word": word(str(ini.status), lang),
                "summary": ini.summary,
                "why": "; ".join(why),
                "score": score,
            }
        )
    return shown


LEARNING = ("barriers", "success_factors", "lessons")
# A holder of learning texts: where they come from (`origin`), the initiative's name (None for others), and
# per category (`LEARNING`) its texts.
Learning = tuple[str, str | None, tuple[list[str], ...]]


def learning_of(holder: Region | Actor | Initiative, label: str) -> Learning:
    return (label, holder.name if isinstance(holder, Initiative) else None, tuple(getattr(holder, c) for c in LEARNING))


def learning_items(
    index: Index, area: set[str], actors: list[Actor], initiatives: list[Initiative], lang: str
) -> dict[str, list[dict[str, Any]]]:
    """Barriers, success factors and lessons, each text once, with where it comes from (`origin`):
    the regions first (this one and those below), then the organisations, then the initiatives."""
    L = labels(lang)
    return learning_from(
        [
            *(
                learning_of(index.regions[r], str(L["learning_region"]).format(name=index.regions[r].name))
                for r in sorted(area)
            ),
            *(learning_of(a, a.name) for a in actors),
            *(learning_of(i, i.name) for i in initiatives),
        ]
    )


def learning_from(holders: Iterable[Learning]) -> dict[str, list[dict[str, Any]]]:
    """`learning_items` from each holder's `learning_of`, in order."""
    holders = list(holders)
    learning: dict[str, list[dict[str, Any]]] = {}
    for n, category in enumerate(LEARNING):
        seen: dict[str, dict[str, Any]] = {}
        for label, initiative, texts in holders:
            for text in texts[n]:
                entry = seen.setdefault(text.strip(), {"text": text.strip(), "initiatives": [], "origin": []})
                entry["origin"].append(label)
                if initiative is not None:
                    entry["initiatives"].append(initiative)
        learning[category] = list(seen.values())
    return learning


def group_by_origin(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Texts grouped under where they come from (a region, organisation or initiative, or several
    together), in first-seen order, so that a long name is written once."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for item in items:
        groups.setdefault(tuple(item["origin"]), []).append(item["text"])
    return [{"origin": list(origin), "texts": texts} for origin, texts in groups.items()]


CONTACT_FIELDS = ("name", "role", "organisation", "email", "phone")


def contact_rows(actors: list[Actor], initiatives: list[Initiative], lang: str) -> list[dict[str, Any]]:
    """Contacts of organisations, then of initiatives (people whose organisation the source does not give)."""
    L = labels(lang)
    return [
        *(row for a in actors for row in contacts_of(a, a.name, lang)),
        *(
            row
            for i in initiatives
            for row in contacts_of(i, str(L["contact_of_initiative"]).format(name=i.name), lang)
        ),
    ]


def contacts_of(holder: Actor | Initiative, at: str, lang: str) -> list[dict[str, Any]]:
    """The rows of `contact_rows` for one holder, shown as `at`."""
    not_stated = labels(lang)["not_stated"]
    return [
        {"name": c.name, "role": c.role or not_stated, "organisation": at, "email": c.email, "phone": c.phone}
        for c in holder.contacts
    ]


def contact_columns(contacts: list[dict[str, Any]]) -> list[str]:
    """The contact fields that at least one contact fills in (the name always)."""
    return [f for f in CONTACT_FIELDS if f == "name" or any(c.get(f) for c in contacts)]


def invalid_banner(errors: int, lang: str) -> str | None:
    """The warning a document carries when the knowledge base it was made from has errors."""
    if not errors:
        return None
    L = labels(lang)
    return str(L["invalid_banner"]).format(n=errors, errors=L["error_one"] if errors == 1 else L["error_many"])


def shown_references(initiatives: list[Initiative], meetings: list[Meeting]) -> dict[str, set[str]]:
    """Ids per kind whose names the overview shows next to these records: the parties, forum, parent and
    regions of an initiative; the regions, forum, organisers, facilitators, tracks, action owners and
    presented initiatives of a meeting (not their participants, funders, related initiatives or series)."""
    actors: set[str] = set()
    initiative_ids: set[str] = set()
    regions: set[str] = set()
    for ini in initiatives:
        actors.update(a.actor for a in ini.actors)
        if ini.part_of:
            initiative_ids.add(ini.part_of)
        regions.update(ini.regions)
    for m in meetings:
        regions.update(m.regions)
        if m.forum:
            initiative_ids.add(m.forum)
        actors.update(m.organisers)
        actors.update(m.facilitators)
        initiative_ids.update(m.presented)
        if m.outcomes:
            for track in m.outcomes.tracks:
                if track.owner:
                    actors.add(track.owner)
                if track.initiative:
                    initiative_ids.add(track.initiative)
            actors.update(a.owner for a in m.outcomes.actions)
    return {"actor": actors, "initiative": initiative_ids, "region": regions}


Parts = dict[tuple[str, str], Any]


def _part(parts: Parts | None, key: tuple[str, str], make: Callable[..., Any], *args: Any) -> Any:
    """`make(*args)`, a piece of the view that depends on one record alone: made once per `parts`, then shared."""
    if parts is None:
        return make(*args)
    if key not in parts:
        parts[key] = make(*args)
    return parts[key]


def _not_stated(index: Index, record: Record) -> int:
    return index.not_stated_count(record)


# A knowledge base of more records than this makes a report's region records a batch (`BATCH`) at a time, each
# built for the pass that reads it and let go after, so that they are not all alive at once (a record is then
# built twice: once to find what belongs to the region, once for the view). In a smaller one they are built
# once and kept, which is faster. Either way the view is made in the same passes, and is the same.
BUILT_ONCE_UP_TO = 40_000
BATCH = 2_000


@dataclass(frozen=True, slots=True)
class _Party:
    """An actor's role in an initiative (`ActorRole`), kept without the model."""

    actor: str
    role: Role


@dataclass(slots=True)
class _Links:
    """What the network text and diagram read of an initiative (`network_diagram`, `who_works_with_whom`)."""

    id: str
    name: str
    status: InitiativeStatus
    part_of: str | None
    actors: list[_Party]


@dataclass(slots=True)
class _MeetingRow:
    """What the view takes from a meeting: its place in date order, entry, open actions (with their place in
    `open_actions`' order), sources, status and date, and forum."""

    order: tuple[dt.date, str]
    entry: dict[str, Any]
    actions: list[tuple[tuple[dt.date, str, str], dict[str, Any]]]
    sources: list[SourceRow]
    day: MeetingDay
    forum: str | None


def report_view(
    index: Index,
    region_id: str,
    *,
    as_of: dt.date,
    commit: str,
    lang: str = "nl",
    audience: str = "internal",
    errors: int = 0,
    parts: Parts | None = None,
) -> dict[str, Any]:
    """Everything the regional overview shows, as plain data. `errors`: how many the knowledge base has.

    `parts`: a dict the caller keeps while it makes the overviews of many regions of one index with the
    same language and as-of date (the site): a record's entry is then made once, not once per region
    that holds it. The pieces are shared between the views, so they must be read, never changed.

    The region's records are read kind by kind, in one pass each (see `BUILT_ONCE_UP_TO`): what the view
    needs of a record is taken from it in that pass.
    """
    enabled = gc.isenabled()
    gc.disable()  # about 100,000 small containers and no cycles: the collector would run some 240 times for nothing
    try:
        region: Region = index.lookup(region_id, ["region"])  # type: ignore[assignment]
        keep = sum(len(bucket) for bucket in index.records.values()) <= BUILT_ONCE_UP_TO
        scope = region_scope(index, region.id, keep=keep, kept=parts is None)  # not per region of the site
        try:
            view = _view(index, region, scope, keep, as_of, commit, lang, audience, errors, parts)
        except Stale:  # kept in the store, and not borne out by the records: from the records themselves
            scope = worked_out(index, region.id, keep=keep, instead=scope)
            view = _view(index, region, scope, keep, as_of, commit, lang, audience, errors, parts)
        remember(index, scope)
        return view
    finally:
        if enabled:
            gc.enable()


def _view(
    index: Index,
    region: Region,
    given: RegionScope,
    keep: bool,
    as_of: dt.date,
    commit: str,
    lang: str,
    audience: str,
    errors: int,
    parts: Parts | None,
) -> dict[str, Any]:
    scope = given.ids
    named = given.named  # the actors that the region's initiatives name
    check = Checker(given) if given.recalled else None
    area = scope["region"]
    L = labels(lang)
    unstated = 0

    def batches(kind: str, ids: list[str]) -> Iterator[list[Record]]:
        """The records of these ids, a batch at a time, the names the overview shows next to them read first."""
        records = index.each_of(kind, ids, keep=keep, batch=BATCH)
        while batch := list(islice(records, BATCH)):
            initiatives = [r for r in batch if isinstance(r, Initiative)]
            meetings = [r for r in batch if isinstance(r, Meeting)]
            for ref_kind, ref_ids in shown_references(initiatives, meetings).items():
                index.prepare_labels(ref_kind, sorted(ref_ids))
                given.shown[ref_kind].update(ref_ids)
            yield batch

    # First what needs memory only while it is worked out (on a first run: the network's graph and the records it
    # reads), so that the entries made after take that memory.
    from ggznet.network import NetworkReport, analyse

    metrics = NetworkReport.from_dict(given.network) if given.network is not None else None
    if metrics is None:
        metrics = analyse(index, region.id, scope=scope, parties=named, keep=keep)
        given.network = metrics.as_dict()

    # Meetings (built in id order, then put in date order): their entries, open actions and what the risks of
    # their forums read.
    meeting_rows: list[_MeetingRow] = []
    meeting_status: Counter[MeetingStatus] = Counter()
    for batch in batches("meeting", sorted(scope["meeting"])):
        for m in cast(list[Meeting], batch):
            if check is not None:
                check.meeting(m)
            unstated += _part(parts, ("unstated", m.ref), _not_stated, index, m)
            meeting_status[m.status] += 1
            opened = [
                ((i.action.due or dt.date.max, i.meeting.id, i.action.id), action_entry(index, i, lang))
                for i in open_actions(index, [m], as_of)
            ]
            entry = _part(parts, ("meeting", m.id), meeting_entry, index, m, lang)
            day = MeetingDay(m.status, m.date)
            meeting_rows.append(_MeetingRow((m.date.first_day, m.id), entry, opened, source_rows(m), day, m.forum))
        del batch
    meeting_rows.sort(key=lambda row: row.order)
    by_forum: dict[str, list[MeetingDay]] = defaultdict(list)  # every meeting of a forum here belongs to the region
    for row in meeting_rows:  # in date order, as `Index.meetings_by_forum` has them
        if row.forum:
            by_forum[row.forum].append(row.day)
    opened = [item for row in meeting_rows for item in row.actions]
    opened.sort(key=lambda item: item[0])  # as `open_actions` sorts them over every meeting
    actions = [entry for _, entry in opened]

    # Initiatives, in id order.
    by_status: Counter[str] = Counter()
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    present_domains: set[Domain] = set()
    per_theme: Counter[str] = Counter()  # initiatives per theme, and per theme and domain: one pass
    per_cell: Counter[tuple[str, str]] = Counter()
    risks = []
    links: list[_Links] = []
    themes_here: set[str] = set()
    initiative_learning: list[Learning] = []
    initiative_contacts: list[dict[str, Any]] = []
    initiative_sources: list[list[SourceRow]] = []
    for batch in batches("initiative", sorted(scope["initiative"])):
        for ini in cast(list[Initiative], batch):
            if check is not None:
                check.initiative(ini)
            status = str(ini.status)
            by_status[status] += 1
            unstated += _part(parts, ("unstated", ini.ref), _not_stated, index, ini)
            members[status].append(_part(parts, ("initiative", ini.id), initiative_entry, index, ini, lang))
            present_domains.update(ini.domains)
            ini_domains = {str(d) for d in ini.domains}
            for theme in set(ini.themes):
                per_theme[theme] += 1
                per_cell.update((theme, d) for d in ini_domains)
            themes_here.update(ini.themes)
            if ini.status in ACTIVE_STATUSES:
                found = _part(
                    parts, ("risks", ini.id), continuity_risks, index, ini, as_of, lang, by_forum.get(ini.id, [])
                )
                if found:
                    risks.append({"name": ini.name, "id": ini.id, "status_word": word(status, lang), "risks": found})
            links.append(
                _Links(ini.id, ini.name, ini.status, ini.part_of, [_Party(a.actor, a.role) for a in ini.actors])
            )
            initiative_learning.append(learning_of(ini, ini.name))
            if audience == "internal":
                initiative_contacts += contacts_of(ini, str(L["contact_of_initiative"]).format(name=ini.name), lang)
            initiative_sources.append(source_rows(ini))
        del batch

    # Actors, in id order.
    actor_types: Counter[str] = Counter()
    region_actors: dict[ActorType, list[tuple[str, str, str]]] = {ActorType.ZORGVERZEKERAAR: [], ActorType.ROS: []}
    domains: dict[str, list[str]] = defaultdict(list)
    actor_learning: list[Learning] = []
    actor_contacts: list[dict[str, Any]] = []
    actor_sources: list[list[SourceRow]] = []
    if check is not None:
        check.before_actors()
    for actor in cast(Iterator[Actor], index.each_of("actor", sorted(scope["actor"]), keep=keep, batch=BATCH)):
        if check is not None:
            check.actor(actor)
        actor_types[str(actor.type)] += 1
        if actor.type in region_actors and region.id in actor.regions:  # as `Index.region_actors` finds them
            region_actors[actor.type].append((actor.name.casefold(), actor.id, actor.name))
        for d in actor_domains(actor):
            domains[d].append(actor.name)
        actor_learning.append(learning_of(actor, actor.name))
        if audience == "internal":
            actor_contacts += contacts_of(actor, actor.name, lang)
        actor_sources.append(source_rows(actor))

    # kept with the scope by how many are shown (this module is not in the store's code key)
    limit = str(MAX_INSPIRATION)
    known = given.ranking.get(limit) if isinstance(given.ranking, dict) else None
    inspiring = inspiration_for(index, area, scope["initiative"], themes_here, lang, keep=parts is None, known=known)
    given.ranking = {limit: [[item["id"], item["score"]] for item in inspiring]}

    figures = {
        "actors_by_type": sorted(
            ((word(k, lang), v) for k, v in actor_types.items()), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0])
        ),  # equal counts by word, `ROS` among the lowercase words
        "initiatives_by_status": [(stated(s, lang), by_status[s]) for s in STATUS_ORDER if by_status[s]],
        "actors": len(scope["actor"]),
        "initiatives": len(scope["initiative"]),
        "meetings_held": meeting_status[MeetingStatus.GEHOUDEN],
        "meetings_planned": meeting_status[MeetingStatus.GEPLAND],
        "meetings_unknown": meeting_status[MeetingStatus.ONBEKEND],
        "not_stated": unstated,
        "open_actions": len(actions),
        "overdue_actions": sum(1 for a in actions if a["overdue"]),
    }

    domain_order = [d.value for d in Domain] + ["overig"]
    # names as a reader looks them up (`de Kern` under d, `MIND` after `Mediant`), as `Index.region_actors` has them
    actors_by_domain = [
        (word(d, lang), sorted(domains[d], key=lambda n: (n.casefold(), n))) for d in domain_order if domains.get(d)
    ]
    groups = [
        {"status": stated(status, lang, "status"), "initiatives": members[status]}
        for status in STATUS_ORDER
        if members.get(status)
    ]
    used_domains = [d.value for d in Domain if d in present_domains]
    coverage_rows = []
    for theme in sorted(index.theme_labels, key=lambda t: term(index.theme_labels, t, lang).lower()):
        cells = [per_cell[(theme, d)] for d in used_domains]
        total = per_theme[theme]
        coverage_rows.append({"theme": term(index.theme_labels, theme, lang), "cells": cells, "total": total})

    region_records = [index.regions[r] for r in sorted(area)]
    learning = learning_from(
        [
            *(learning_of(r, str(L["learning_region"]).format(name=r.name)) for r in region_records),
            *actor_learning,
            *initiative_learning,
        ]
    )
    subregions = [{"name": r.name, "type": word(str(r.type), lang), "id": r.id} for r in index.subregions(region.id)]
    contacts = [*actor_contacts, *initiative_contacts]
    diagram = network_diagram(index, links, lang=lang)
    network_summary = {
        "bridges": [m.name for m in metrics.actors if "verbinder" in m.flags],
        "isolated": [m.name for m in metrics.actors if "isolated" in m.flags],
        "single": [f"{i['name']} ({i['actor_name']})" for i in metrics.single_actor_initiatives],
        "unlinked": [word(d, lang) for d in metrics.domains_without_ggz_link],
    }
    sources = sources_from(
        [
            *(source_rows(r) for r in region_records),
            *actor_sources,
            *initiative_sources,
            *(row.sources for row in meeting_rows),
        ],
        lang,
    )
    return {
        "L": L,
        "lang": lang,
        "audience": audience,
        "as_of": as_of.isoformat(),
        "as_of_words": in_words(as_of, lang),
        "commit": commit,
        "region": {
            "id": region.id,
            "name": region.name,
            "type": word(str(region.type), lang),
            "path": [r.name for r in index.region_path(region.id)],
            "description": region.description,
            "municipalities": index.municipalities(region.id),
            "subregions": subregions,
            # written once, on the actors: those of type zorgverzekeraar / ros that name this region
            "insurers": [name for *_, name in sorted(region_actors[ActorType.ZORGVERZEKERAAR])],
            "support_organisations": [name for *_, name in sorted(region_actors[ActorType.ROS])],
        },
        "figures": figures,
        "contacts": contacts,
        "contact_columns": contact_columns(contacts),
        "banner": invalid_banner(errors, lang),
        "actors_by_domain": actors_by_domain,
        "diagram": diagram,
        "network_text": who_works_with_whom(index, links),
        "terminal": False,
        "network": network_summary,
        "initiative_groups": groups,
        "coverage": {
            "domains": [word(d, lang) for d in used_domains],
            "rows": [r for r in coverage_rows if r["total"]],
            "uncovered": [r["theme"] for r in coverage_rows if r["total"] == 0],
            "uncovered_domains": [word(d.value, lang) for d in Domain if d.value not in used_domains],
        },
        "meetings": [row.entry for row in meeting_rows],
        "actions": actions,
        "learning": learning,
        "learning_groups": {key: group_by_origin(items) for key, items in learning.items()},
        "risks": risks,
        "inspiration": inspiring,
        "sources": sources,
    }

"""Filters, search and action lists: pure functions over the index."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from ggznet.errors import UsageError
from ggznet.index import KINDS, REGION_ROLE_OF_TYPE, Index
from ggznet.schema import Action, Actor, Initiative, Meeting, Record, Region
from ggznet.schema.vocab import (
    ActionStatus,
    ActorType,
    Domain,
    InitiativeStatus,
    InitiativeType,
    MeetingStatus,
    MeetingType,
    RegionType,
    Role,
)
from ggznet.suggest import did_you_mean, fold, format_suggestions

TYPES = {"region": RegionType, "actor": ActorType, "initiative": InitiativeType, "meeting": MeetingType}
STATUSES = {"initiative": InitiativeStatus, "meeting": MeetingStatus}


def _check_choice(option: str, value: str, allowed: Iterable[str]) -> str:
    allowed = list(allowed)
    if value not in allowed:
        hint = format_suggestions(did_you_mean(value, allowed)) or f"choose one of: {', '.join(allowed)}"
        raise UsageError(f"{option}: `{value}` is not a valid value", hint)
    return value


@dataclass
class Filters:
    """What `ggznet list` narrows by; every given filter must hold."""

    region: str | None = None
    status: list[str] = field(default_factory=list)
    type: list[str] = field(default_factory=list)
    theme: list[str] = field(default_factory=list)
    domain: list[str] = field(default_factory=list)
    actor: str | None = None
    role: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None

    def check(self, index: Index, kind: str) -> None:
        """Raise UsageError for values that cannot match anything: unknown ids and vocabulary values."""
        if self.region is not None:
            index.lookup(self.region, ["region"])
        if self.actor is not None:
            index.lookup(self.actor, ["actor"])
        for value in self.type:
            _check_choice("--type", value, [str(v) for v in TYPES[kind]])
        if self.status:
            if kind not in STATUSES:
                raise UsageError(f"--status does not apply to {kind}s", "it applies to initiatives and meetings")
            for value in self.status:
                _check_choice("--status", value, [str(v) for v in STATUSES[kind]])
        for value in self.domain:
            _check_choice("--domain", value, [str(v) for v in Domain])
        for value in self.theme:
            _check_choice("--theme", value, index.theme_labels)
        for value in self.role:
            _check_choice("--role", value, [str(v) for v in Role])
        if self.role and self.actor is None:
            raise UsageError("--role needs --actor", "e.g. --actor menzis --role trekker")


def records_in_region(
    index: Index, region_id: str, kind: str | None = None, *, keep: bool = True, named: set[str] | None = None
) -> dict[str, set[str]]:
    """Ids per kind that belong to a region or any region below it.

    With `kind`, only what that kind needs is worked out (initiatives need nothing else, meetings the
    initiatives, actors both); the result holds at least that kind. Records are taken from those that
    refer to the region (or to its initiatives), which the indexed store finds without building the
    rest; each is then tested here, the one place that says what belongs to a region. Without `keep`, the
    records built for the test are built a batch at a time and let go after (see `Index.each_of`). `named`, when
    given, gets the ids of the actors that the region's initiatives name.
    """
    area = index.region_and_below(region_id)
    area_refs = [("region", r) for r in sorted(area)]
    regions = area & set(index.regions)
    initiatives: set[str] = set()
    involved: set[str] = set()  # the parties of the region's initiatives and meetings
    with_parties = named is not None or kind not in ("region", "initiative")  # only those need the parties
    for ini in cast(
        Iterator[Initiative], index.each_of("initiative", index.referring_ids("initiative", area_refs), keep=keep)
    ):
        if area.intersection(ini.regions):
            initiatives.add(ini.id)
            if with_parties:
                involved.update([a.actor for a in ini.actors])
    if named is not None:
        named.update(involved)
    if kind in ("region", "initiative"):
        return {"region": regions, "initiative": initiatives}
    forums = [("initiative", i) for i in sorted(initiatives)]
    candidates = index.referring_ids("meeting", [*area_refs, *forums])  # also those that only name an initiative
    seen = index.peek("meeting", candidates, ("regions", "forum"))
    meetings: set[str] = set()
    held = [m for m in candidates if _may_be_held(seen.get(m), area, initiatives)]
    for m in cast(Iterator[Meeting], index.each_of("meeting", held, keep=keep)):
        if area.intersection(m.regions) or (m.forum in initiatives):
            meetings.add(m.id)
            involved.update(m.organisers)
            involved.update(m.facilitators)
            if m.participants:
                involved.update(m.participants.actors)
    if kind == "meeting":
        return {"region": regions, "initiative": initiatives, "meeting": meetings}
    parties = cast(Iterator[Actor], index.each_of("actor", index.referring_ids("actor", area_refs), keep=keep))
    actors = {a.id for a in parties if area.intersection(a.regions)}  # incl. insurers and ROS
    # Parties of the region's initiatives and meetings count too, unless their own `regions`
    # say they work elsewhere (a national project touching one city does not bring in every partner).
    rest = sorted(involved - actors)
    seen = index.peek("actor", rest, ("regions",))
    placed = [a for a in rest if _may_be_placed(seen.get(a), area)]
    for actor in cast(Iterator[Actor], index.each_of("actor", placed, keep=keep)):
        if not actor.regions or area.intersection(actor.regions):
            actors.add(actor.id)
    actors &= set(index.actors)
    return {"region": regions, "actor": actors, "initiative": initiatives, "meeting": meetings}


def _texts(value: object) -> list[str] | None:
    """A list of texts, or None (a field a record does not have is an empty list)."""
    if value is None:
        return []
    return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None


def _may_be_held(values: list[Any] | None, area: set[str], forums: set[str]) -> bool:
    """False only when a meeting's peeked `regions` and `forum` say for certain that it is not the region's."""
    if values is None:
        return True
    regions, forum = _texts(values[0]), values[1]
    if regions is None or not (forum is None or isinstance(forum, str)):
        return True
    return bool(area.intersection(regions)) or forum in forums


def _may_be_placed(values: list[Any] | None, area: set[str]) -> bool:
    """False only when an actor's peeked `regions` say for certain that it works elsewhere only."""
    regions = _texts(values[0]) if values is not None else None
    return regions is None or not regions or bool(area.intersection(regions))


def _actor_roles(index: Index, record: Record, actor: str) -> set[str]:
    """The roles an actor has in a record (any kind)."""
    roles: set[str] = set()
    if isinstance(record, Initiative):
        roles.update(str(a.role) for a in record.actors if a.actor == actor)
        roles.update("financier" for f in record.funding if f.by == actor)
    elif isinstance(record, Meeting):
        if actor in record.organisers:
            roles.add("organiser")
        if actor in record.facilitators:
            roles.add("facilitator")
        if record.participants and actor in record.participants.actors:
            roles.add("participant")
        if any(a.owner == actor for a in record.actions):
            roles.add("action_owner")
    elif isinstance(record, Region):
        other = index.actors.get(actor)
        if other is not None and record.id in other.regions:  # written on the actor, derived here
            roles.add(REGION_ROLE_OF_TYPE.get(other.type, "works_in"))
    elif isinstance(record, Actor) and record.id == actor:
        roles.add("self")
    return roles


def _record_date(record: Record) -> dt.date | None:
    if isinstance(record, Meeting):
        return record.date.first_day
    if isinstance(record, Initiative) and record.started:
        return record.started.first_day
    return None


def select(index: Index, kind: str, filters: Filters) -> list[Record]:
    """The records of one kind that pass every filter, in id order."""
    filters.check(index, kind)
    records: list[Record]
    if filters.region:
        keep = records_in_region(index, index.lookup(filters.region, ["region"]).id, kind)[kind]
        records = index.built(kind, sorted(keep))
    elif filters.actor and kind in ("initiative", "meeting"):  # a role there is a reference to the actor
        records = index.referring(kind, [("actor", index.lookup(filters.actor, ["actor"]).id)])
    else:
        records = list(index.records[kind].values())
    if filters.type:
        records = [r for r in records if str(getattr(r, "type", "")) in filters.type]
    if filters.status:
        records = [r for r in records if str(getattr(r, "status", "")) in filters.status]
    if filters.theme:
        records = [r for r in records if isinstance(r, Initiative) and set(filters.theme) & set(r.themes)]
    if filters.domain:
        wanted = set(filters.domain)
        records = [r for r in records if wanted & {str(d) for d in _domains(r)}]
    if filters.actor:
        actor = index.lookup(filters.actor, ["actor"]).id
        kept = []
        for r in records:
            roles = _actor_roles(index, r, actor)
            if roles and (not filters.role or roles & set(filters.role)):
                kept.append(r)
        records = kept
    if filters.since or filters.until:
        kept = []
        for r in records:
            when = _record_date(r)
            if when is None:
                continue
            if filters.since and when < filters.since:
                continue
            if filters.until and when > filters.until:
                continue
            kept.append(r)
        records = kept
    return sorted(records, key=lambda r: r.id)


def _domains(record: Record) -> Sequence[Domain]:
    if isinstance(record, Actor | Initiative):
        return record.domains
    if isinstance(record, Meeting) and record.participants:
        return record.participants.domains
    return []


def sort_records(records: list[Record], key: str | None) -> list[Record]:
    if not key:
        return records
    reverse = key.startswith("-")
    name = key.lstrip("-")
    if records and not hasattr(records[0], name):
        fields = sorted(type(records[0]).model_fields)
        raise UsageError(
            f"--sort: records have no field `{name}`",
            format_suggestions(did_you_mean(name, fields)) or f"sort by one of: {', '.join(fields)}",
        )

    def value(r: Record) -> tuple[int, str]:
        v = getattr(r, name, None)
        return (v is None, str(v) if v is not None else "")

    present = [r for r in records if getattr(r, name, None) is not None]
    missing = [r for r in records if getattr(r, name, None) is None]
    return sorted(present, key=value, reverse=reverse) + missing


# -- actions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionItem:
    meeting: Meeting
    action: Action
    overdue: bool


def action_items(
    index: Index,
    *,
    as_of: dt.date,
    only_open: bool = False,
    overdue: bool = False,
    owner: str | None = None,
    region: str | None = None,
) -> list[ActionItem]:
    """Actions from meeting outcomes, oldest due date first."""
    owner_id = index.lookup(owner, ["actor"]).id if owner else None
    meeting_ids = (
        records_in_region(index, index.lookup(region, ["region"]).id, "meeting")["meeting"] if region else None
    )
    items = []
    for meeting in cast(
        list[Meeting], index.having("meeting", "actions")
    ):  # every meeting with actions, and perhaps more
        if meeting_ids is not None and meeting.id not in meeting_ids:
            continue
        for action in meeting.actions:
            is_open = action.status == ActionStatus.OPEN
            is_overdue = is_open and action.due is not None and action.due < as_of
            if only_open and not is_open:
                continue
            if overdue and not is_overdue:
                continue
            if owner_id and action.owner != owner_id:
                continue
            items.append(ActionItem(meeting, action, is_overdue))
    return sorted(items, key=lambda i: (i.action.due or dt.date.max, i.meeting.id, i.action.id))


def open_actions(index: Index, meetings: Iterable[Meeting], as_of: dt.date) -> list[ActionItem]:
    items = []
    for meeting in meetings:
        for action in meeting.actions:
            if action.status == ActionStatus.OPEN:
                overdue = action.due is not None and action.due < as_of
                items.append(ActionItem(meeting, action, overdue))
    return sorted(items, key=lambda i: (i.action.due or dt.date.max, i.meeting.id, i.action.id))


# -- search ---------------------------------------------------------------------------------------

SEARCH_WEIGHTS = {
    "name": 8, "title": 8, "id": 4, "summary": 4, "tags": 3, "description": 2, "barriers": 2,
    "success_factors": 2, "lessons": 2, "decisions": 2, "tracks": 2, "actions": 2, "municipalities": 2,
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    record: Record
    score: float
    field: str
    snippet: str


def searchable_fields(record: Record) -> list[tuple[str, str]]:
    """(field, text) pairs that search looks at."""
    pairs: list[tuple[str, str]] = [
        ("id", record.id),
        ("title" if isinstance(record, Meeting) else "name", record.label),
    ]
    if record.description:
        pairs.append(("description", record.description))
    pairs.extend(("tags", t) for t in record.tags)
    if isinstance(record, Region):
        pairs.extend(("municipalities", m) for m in record.municipalities)
    if isinstance(record, Initiative):
        if record.summary:
            pairs.append(("summary", record.summary))
        for name in ("barriers", "success_factors", "lessons"):
            pairs.extend((name, text) for text in getattr(record, name))
    if isinstance(record, Meeting) and record.outcomes:
        pairs.extend(("decisions", d) for d in record.outcomes.decisions)
        pairs.extend(("tracks", f"{t.title}. {t.description or ''}") for t in record.outcomes.tracks)
        pairs.extend(("actions", a.what) for a in record.outcomes.actions)
    return pairs


def _snippet(text: str, folded: str, term: str, width: int = 50) -> str:
    at = folded.find(term)
    start = max(0, at - width)
    end = min(len(text), at + len(term) + width)
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


def _in_index_order(index: Index, kind: str, candidates: set[tuple[str, str]]) -> list[str]:
    """The ids of `kind` among `candidates`, in the order of the index (filtered in C: no step per record)."""
    wanted = {ident for of, ident in candidates if of == kind}
    return list(filter(wanted.__contains__, index.records[kind])) if wanted else []


def search(index: Index, text: str, *, kinds: Sequence[str] | None = None, region: str | None = None) -> list[Hit]:
    """Records matching every word of `text`, case- and accent-insensitively, best first."""
    terms = [t for t in re.split(r"\s+", fold(text).strip()) if t]
    if not terms:
        raise UsageError("search needs at least one word")
    scope = records_in_region(index, index.lookup(region, ["region"]).id) if region else None
    hits: list[Hit] = []
    candidates = index.search_candidates(terms)
    pool = (
        index.all_records()
        if candidates is None
        else (r for k in KINDS for r in index.built(k, _in_index_order(index, k, candidates)))
    )  # the candidates of a kind built at once (one read of the store), in the order of the index
    for record in pool:
        if kinds and record.kind not in kinds:
            continue
        if scope is not None and record.id not in scope[record.kind]:
            continue
        fields = [(name, raw, fold(raw)) for name, raw in searchable_fields(record)]
        score = 0.0
        best: tuple[float, str, str] | None = None
        matched_all = True
        for term in terms:
            term_score = 0.0
            for name, raw, folded in fields:
                count = folded.count(term)
                if not count:
                    continue
                weight = SEARCH_WEIGHTS.get(name, 1)
                whole = bool(re.search(rf"(?<!\w){re.escape(term)}(?!\w)", folded))
                gained = weight * (1 + 0.5 * whole) * (1 + 0.2 * min(count - 1, 4))
                term_score += gained
                if best is None or gained > best[0]:
                    best = (gained, name, _snippet(raw, folded, term))
            if term_score == 0:
                matched_all = False
                break
            score += term_score
        if matched_all and best is not None:
            hits.append(Hit(record, round(score, 2), best[1], best[2]))
    return sorted(hits, key=lambda h: (-h.score, h.record.kind, h.record.id))

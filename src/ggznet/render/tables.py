"""The knowledge base as flat tables: a row per record, and link tables for roles, themes and regions.

The Excel and SQLite exports are both made from these tables, so they hold the same facts. Values
are plain: text, numbers, booleans, `datetime.date` for full dates and text for partial ones
(`2023-03`: a day is never invented). `refs` says which columns name a record of which kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ggznet.index import Index
from ggznet.schema import Meeting
from ggznet.schema.types import PartialDate
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


@dataclass
class Table:
    name: str
    columns: list[str]
    rows: list[dict[str, Any]]
    key: list[str]  # primary key columns
    refs: dict[str, str] = field(default_factory=dict)  # column -> kind it names
    choices: dict[str, list[str]] = field(default_factory=dict)  # column -> allowed values
    kind: str | None = None  # the record kind of a table of records


def _date(value: PartialDate | dt.date | None) -> dt.date | str | None:
    """A full date as a date; a partial date as its text."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return value.first_day if value.is_full else str(value)


def _values(enum: Any) -> list[str]:
    return [str(v.value) for v in enum]


def tables(index: Index, *, as_of: dt.date, contacts: bool = True) -> list[Table]:
    """Every table, records in id order."""
    regions = sorted(index.regions.values(), key=lambda r: r.id)
    actors = sorted(index.actors.values(), key=lambda r: r.id)
    initiatives = sorted(index.initiatives.values(), key=lambda r: r.id)
    meetings = sorted(index.meetings.values(), key=lambda r: r.id)
    region_ids, actor_ids, initiative_ids, meeting_ids = (
        set(index.regions),
        set(index.actors),
        set(index.initiatives),
        set(index.meetings),
    )

    def known(ids: set[str], value: str | None) -> str | None:
        """A reference that resolves, else None (the export holds no dangling references)."""
        return value if value in ids else None

    out: list[Table] = [
        Table(
            "regions",
            ["id", "name", "type", "part_of", "province", "municipalities", "verified_on", "internal"],
            [
                {
                    "id": r.id, "name": r.name, "type": str(r.type), "part_of": known(region_ids, r.part_of),
                    "province": r.province, "municipalities": list(r.municipalities),
                    "verified_on": r.verified_on, "internal": r.internal,
                }
                for r in regions
            ],
            ["id"], {"part_of": "region"}, {"type": _values(RegionType)}, "region",
        ),
        Table(
            "actors",
            ["id", "name", "type", "domains", "website", "verified_on", "internal"],
            [
                {
                    "id": a.id, "name": a.name, "type": str(a.type), "domains": [str(d) for d in a.domains],
                    "website": a.website, "verified_on": a.verified_on, "internal": a.internal,
                }
                for a in actors
            ],
            ["id"], {}, {"type": _values(ActorType)}, "actor",
        ),
        Table(
            "initiatives",
            ["id", "name", "type", "status", "started", "ended", "part_of", "summary", "domains", "verified_on",
             "internal"],
            [
                {
                    "id": i.id, "name": i.name, "type": str(i.type), "status": str(i.status),
                    "started": _date(i.started), "ended": _date(i.ended), "part_of": known(initiative_ids, i.part_of),
                    "summary": i.summary, "domains": [str(d) for d in i.domains], "verified_on": i.verified_on,
                    "internal": i.internal,
                }
                for i in initiatives
            ],
            ["id"], {"part_of": "initiative"}, {"type": _values(InitiativeType), "status": _values(InitiativeStatus)},
            "initiative",
        ),
        Table(
            "meetings",
            ["id", "date", "title", "type", "status", "forum", "follows", "next_meeting", "participants_count",
             "verified_on", "internal"],
            [
                {
                    "id": m.id, "date": _date(m.date), "title": m.title, "type": str(m.type), "status": str(m.status),
                    "forum": known(initiative_ids, m.forum), "follows": known(meeting_ids, m.follows),
                    "next_meeting": _date(m.next_meeting.date) if m.next_meeting else None,
                    "participants_count": m.participants.count if m.participants else None,
                    "verified_on": m.verified_on, "internal": m.internal,
                }
                for m in meetings
            ],
            ["id"], {"forum": "initiative", "follows": "meeting"},
            {"type": _values(MeetingType), "status": _values(MeetingStatus)}, "meeting",
        ),
        Table(
            "actions",
            ["meeting", "id", "what", "owner", "due", "status", "done_on", "overdue"],
            [
                {
                    "meeting": m.id, "id": a.id, "what": a.what, "owner": known(actor_ids, a.owner), "due": a.due,
                    "status": str(a.status), "done_on": a.done_on,
                    "overdue": a.status == ActionStatus.OPEN and a.due is not None and a.due < as_of,
                }
                for m in meetings
                for a in m.actions
            ],
            ["meeting", "id"], {"meeting": "meeting", "owner": "actor"}, {"status": _values(ActionStatus)},
        ),
        Table(
            "initiative_actors",
            ["initiative", "actor", "role"],
            _unique(
                {"initiative": i.id, "actor": a.actor, "role": str(a.role)}
                for i in initiatives
                for a in i.actors
                if a.actor in actor_ids
            ),
            ["initiative", "actor", "role"], {"initiative": "initiative", "actor": "actor"}, {"role": _values(Role)},
        ),
        Table(
            "initiative_themes",
            ["initiative", "theme"],
            _unique({"initiative": i.id, "theme": t} for i in initiatives for t in i.themes if t in index.theme_labels),
            ["initiative", "theme"], {"initiative": "initiative", "theme": "theme"},
        ),
        Table(
            "initiative_domains",
            ["initiative", "domain"],
            _unique({"initiative": i.id, "domain": str(d)} for i in initiatives for d in i.domains),
            ["initiative", "domain"], {"initiative": "initiative"}, {"domain": _values(Domain)},
        ),
        Table(
            "initiative_regions",
            ["initiative", "region"],
            _unique({"initiative": i.id, "region": r} for i in initiatives for r in i.regions if r in region_ids),
            ["initiative", "region"], {"initiative": "initiative", "region": "region"},
        ),
        Table(
            "actor_regions",
            ["actor", "region"],
            _unique({"actor": a.id, "region": r} for a in actors for r in a.regions if r in region_ids),
            ["actor", "region"], {"actor": "actor", "region": "region"},
        ),
        Table(
            "meeting_regions",
            ["meeting", "region"],
            _unique({"meeting": m.id, "region": r} for m in meetings for r in m.regions if r in region_ids),
            ["meeting", "region"], {"meeting": "meeting", "region": "region"},
        ),
        Table(
            "meeting_actors",
            ["meeting", "actor", "role"],
            _unique(_meeting_actors(meetings), keep=lambda row: row["actor"] in actor_ids),
            ["meeting", "actor", "role"], {"meeting": "meeting", "actor": "actor"},
        ),
        Table(
            "themes",
            ["id", "nl", "en"],
            [{"id": t.id, "nl": t.nl, "en": t.en} for t in sorted(index.vocabulary.themes, key=lambda t: t.id)],
            ["id"], kind="theme",
        ),
    ]  # fmt: skip
    if contacts:
        out.append(
            Table(
                "contacts",
                ["actor", "position", "name", "role", "email", "phone"],
                [
                    {"actor": a.id, "position": n, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
                    for a in actors
                    for n, c in enumerate(a.contacts, start=1)
                ],
                ["actor", "position"],
                {"actor": "actor"},
            )
        )
    return out


def _meeting_actors(meetings: list[Meeting]) -> list[dict[str, str]]:
    rows = []
    for m in meetings:
        rows += [{"meeting": m.id, "actor": a, "role": "organiser"} for a in m.organisers]
        rows += [{"meeting": m.id, "actor": a, "role": "facilitator"} for a in m.facilitators]
        if m.participants:
            rows += [{"meeting": m.id, "actor": a, "role": "participant"} for a in m.participants.actors]
    return rows


def _unique(rows: Any, keep: Any = None) -> list[dict[str, Any]]:
    """Rows without repeats (a record may name the same pair twice), in first-seen order."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        if keep is not None and not keep(row):
            continue
        seen.setdefault(tuple(row.values()), row)
    return list(seen.values())

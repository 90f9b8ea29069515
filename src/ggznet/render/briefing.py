"""The view model of a meeting briefing: the forum's history, open actions, participants and agenda points."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ggznet.errors import UsageError
from ggznet.index import Index
from ggznet.render.i18n import labels, word
from ggznet.render.report import (
    action_entries,
    collect_sources,
    contact_columns,
    contact_rows,
    continuity_risks,
    initiative_entry,
    invalid_banner,
    meeting_entry,
    stated,
)
from ggznet.schema import Initiative, Meeting, Record
from ggznet.schema.ownership import ownership
from ggznet.schema.vocab import ACTIVE_STATUSES, InitiativeStatus, MeetingStatus
from ggznet.store.git import FileChange


def resolve_meeting(index: Index, ref: str, as_of: dt.date) -> Meeting:
    """A meeting by id, or the next planned meeting of a forum (initiative) given by id."""
    record = index.lookup(ref, ["meeting", "initiative"])
    if isinstance(record, Meeting):
        return record
    planned = [m for m in index.meetings_by_forum.get(record.id, []) if m.status == MeetingStatus.GEPLAND]
    upcoming = [m for m in planned if m.date.last_day >= as_of]
    if upcoming:
        return upcoming[0]
    if planned:
        return planned[-1]
    raise UsageError(
        f"{record.label} ({record.id}) has no planned meeting",
        f"add a meeting with `forum: {record.id}` and `status: gepland`, or name a meeting id",
    )


def series(index: Index, meeting: Meeting) -> list[Meeting]:
    """Earlier meetings of the same forum or `follows` chain, oldest first."""
    earlier: dict[str, Meeting] = {}
    if meeting.forum:
        for m in index.meetings_by_forum.get(meeting.forum, []):
            if m.id != meeting.id and m.date.first_day <= meeting.date.first_day:
                earlier[m.id] = m
    current = meeting
    seen = {meeting.id}
    while current.follows and current.follows in index.meetings and current.follows not in seen:
        seen.add(current.follows)
        current = index.meetings[current.follows]
        earlier[current.id] = current
    return sorted(earlier.values(), key=lambda m: (m.date.first_day, m.id))


def briefing_view(
    index: Index,
    meeting: Meeting,
    *,
    as_of: dt.date,
    commit: str,
    changes: list[FileChange] | None,
    lang: str = "nl",
    audience: str = "internal",
    errors: int = 0,
) -> dict[str, Any]:
    """Everything a briefing shows, as plain data. `errors`: how many the knowledge base has."""
    L = labels(lang)
    earlier = series(index, meeting)
    forum = index.initiatives.get(meeting.forum) if meeting.forum else None
    related_meetings = [*earlier, meeting]
    actions = action_entries(index, related_meetings, as_of)

    actor_ids: list[str] = []
    for group in (
        meeting.organisers,
        meeting.facilitators,
        meeting.participants.actors if meeting.participants else [],
    ):
        actor_ids.extend(a for a in group if a not in actor_ids)
    if forum:
        actor_ids.extend(a.actor for a in forum.actors if a.actor not in actor_ids)
    region_area: set[str] = set()
    for r in meeting.regions or (forum.regions if forum else []):
        region_area |= index.region_and_below(r)
    participants = []
    for actor_id in actor_ids:
        if actor_id not in index.actors:
            continue
        own = sorted(
            (
                i
                for i in index.initiatives.values()
                if any(a.actor == actor_id for a in i.actors) and (not region_area or region_area & set(i.regions))
            ),
            key=lambda i: i.name,
        )
        participants.append(
            {
                "name": index.actors[actor_id].name,
                "type": word(str(index.actors[actor_id].type), lang),
                "initiatives": [f"{i.name} ({_roles_of(i, actor_id, lang)})" for i in own],
            }
        )

    presented = [
        initiative_entry(index, index.initiatives[i], lang) for i in meeting.presented if i in index.initiatives
    ]

    agenda: list[str] = []
    for a in actions:
        if a["overdue"]:
            agenda.append(L["agenda_overdue"].format(what=a["what"], owner=a["owner"], due=a["due"]))
    scope: list[Initiative] = []
    if forum:
        scope.append(forum)
        scope.extend(i for i in index.initiatives.values() if i.part_of == forum.id)
    scope.extend(
        index.initiatives[i] for i in meeting.presented if i in index.initiatives and i not in {s.id for s in scope}
    )
    for ini in scope:
        if ini.status not in ACTIVE_STATUSES and ini.status != InitiativeStatus.IDEE:
            continue
        if not ownership(ini).owners:
            agenda.append(L["agenda_no_owner"].format(name=ini.name))
        risks = [
            r
            for r in continuity_risks(index, ini, as_of, lang)
            if r not in (L["risk_no_owner"], L["risk_unverified"], L["risk_no_actor"])
        ]
        for risk in risks:
            agenda.append(L["agenda_stale"].format(name=ini.name, risk=risk))
    for m in earlier:
        for t in m.outcomes.tracks if m.outcomes else []:
            target = index.initiatives.get(t.initiative) if t.initiative else None
            if target is None or target.status in (InitiativeStatus.IDEE, InitiativeStatus.VERKENNING):
                agenda.append(L["agenda_track"].format(title=t.title))

    previous = earlier[-1] if earlier else None
    change_rows = None
    if changes is not None:
        change_rows = []
        names = {"A": L["added"], "M": L["modified"], "D": L["deleted"]}
        for c in changes:
            rec = _record_for_path(index, c.path)
            change_rows.append(
                {
                    "date": c.date.isoformat(),
                    "what": names.get(c.status, c.status),
                    "record": rec.label if rec else c.path,
                    "author": c.author,
                    "subject": c.subject,
                }
            )

    records: list[Record] = [meeting, *earlier, *([forum] if forum else []), *scope]
    own_actors = [index.actors[a] for a in actor_ids if a in index.actors]
    contacts = contact_rows(own_actors, [], lang) if audience == "internal" else []
    return {
        "L": L,
        "lang": lang,
        "audience": audience,
        "as_of": as_of.isoformat(),
        "commit": commit,
        "meeting": meeting_entry(index, meeting, lang),
        "regions": [index.label("region", r) for r in meeting.regions],
        "forum": (
            {
                **initiative_entry(index, forum, lang),
                "summary": forum.summary,
                "description": forum.description,
            }
            if forum
            else None
        ),
        "earlier": [meeting_entry(index, m, lang) for m in earlier],
        "previous_date": str(previous.date) if previous else None,
        "actions": actions,
        "participants": participants,
        "contacts": contacts,
        "contact_columns": contact_columns(contacts),
        "banner": invalid_banner(errors, lang),
        "presented": presented,
        "changes": change_rows,
        "agenda": list(dict.fromkeys(agenda)),
        "sources": collect_sources(list({(r.kind, r.id): r for r in records}.values())),
    }


def _roles_of(initiative: Initiative, actor_id: str, lang: str) -> str:
    roles = dict(ownership(initiative).involved).get(actor_id, ())
    return ", ".join(stated(str(r), lang, "role") for r in roles)


def _record_for_path(index: Index, path: str) -> Record | None:
    parts = path.split("/")
    if len(parts) != 3 or not parts[2].endswith(".yaml"):
        return None
    kind = {"regions": "region", "actors": "actor", "initiatives": "initiative", "meetings": "meeting"}.get(parts[1])
    return index.get(kind, parts[2][:-5]) if kind else None

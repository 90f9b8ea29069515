"""The view model of a meeting briefing: the forum's history, open actions, participants and agenda points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ggznet.dates import in_words
from ggznet.errors import UsageError
from ggznet.index import Index
from ggznet.render.i18n import field_words, kind_word, labels, word
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


class FieldChange(Protocol):
    """One change from the history engine (`ggznet.history.Change`), as the briefing reads it."""

    @property
    def date(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def change(self) -> str: ...
    @property
    def field(self) -> str | None: ...
    @property
    def old(self) -> Any: ...
    @property
    def new(self) -> Any: ...


KINDS = ("region", "actor", "initiative", "meeting")


@dataclass
class Scope:
    """What a meeting's "what changed" is about: its forum and meetings, their initiatives, the parties in
    them and the region (with the regions below it), and the records in that region."""

    ids: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    area: set[str] = field(default_factory=set)
    forum: str | None = None
    hidden: set[tuple[str, str]] = field(default_factory=set)  # records this audience may not see
    public: bool = False

    def covers(self, kind: str, ident: str, before: dict[str, Any], after: dict[str, Any]) -> bool:
        if (kind, ident) in self.hidden:
            return False
        if self.public and any(isinstance(d, dict) and d.get("internal") is True for d in (before, after)):
            return False
        if ident in self.ids.get(kind, set()):
            return True
        for data in (before, after):
            if not isinstance(data, dict):
                continue
            if self.forum and (data.get("forum") == self.forum or data.get("part_of") == self.forum):
                return True
            regions = data.get("regions")
            if kind == "region":
                regions = [ident, data.get("part_of")]
            if isinstance(regions, list) and any(isinstance(r, str) and r in self.area for r in regions):
                return True
        return False


def meeting_scope(index: Index, meeting: Meeting, *, hidden: set[tuple[str, str]] | None = None) -> Scope:
    """The records whose changes matter for a meeting (see `Scope`)."""
    scope = Scope(hidden=hidden or set())
    forum = index.initiatives.get(meeting.forum) if meeting.forum else None
    scope.forum = forum.id if forum else None
    for r in meeting.regions or (forum.regions if forum else []):
        scope.area |= index.region_and_below(r)
    scope.ids["region"] |= scope.area
    meetings = [*series(index, meeting), meeting]
    if forum:
        meetings.extend(m for m in index.meetings_by_forum.get(forum.id, []) if m not in meetings)
    initiatives: set[str] = {forum.id} if forum else set()
    if forum:
        initiatives |= {i.id for i in index.initiatives.values() if i.part_of == forum.id}
    for m in meetings:
        scope.ids["meeting"].add(m.id)
        initiatives |= set(m.presented)
        initiatives |= {t.initiative for t in (m.outcomes.tracks if m.outcomes else []) if t.initiative}
        scope.ids["actor"] |= {*m.organisers, *m.facilitators, *(m.participants.actors if m.participants else [])}
        scope.ids["actor"] |= {a.owner for a in m.actions}
    initiatives |= {i.id for i in index.initiatives.values() if scope.area & set(i.regions)}
    scope.ids["initiative"] |= initiatives
    for ident in initiatives:
        ini = index.initiatives.get(ident)
        if ini is not None:
            scope.ids["actor"] |= {a.actor for a in ini.actors}
    return scope


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
    changes: Sequence[FieldChange] | None,
    history_started: str | None = None,
    lang: str = "nl",
    audience: str = "internal",
    errors: int = 0,
) -> dict[str, Any]:
    """Everything the briefing shows, as plain data. `changes`: the history since the previous meeting
    (None: no git history); `history_started`: the date the history begins when that is later; `errors`: how
    many the knowledge base has."""
    L = labels(lang)
    earlier = series(index, meeting)
    forum = index.initiatives.get(meeting.forum) if meeting.forum else None
    related_meetings = [*earlier, meeting]
    actions = action_entries(index, related_meetings, as_of, lang)

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
    change_rows = change_entries(index, changes, lang) if changes is not None else None

    records: list[Record] = [meeting, *earlier, *([forum] if forum else []), *scope]
    own_actors = [index.actors[a] for a in actor_ids if a in index.actors]
    contacts = contact_rows(own_actors, [], lang) if audience == "internal" else []
    return {
        "L": L,
        "lang": lang,
        "audience": audience,
        "as_of": as_of.isoformat(),
        "as_of_words": in_words(as_of, lang),
        "commit": commit,
        "notice": meeting_notice(meeting, as_of, lang),
        "terminal": False,
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
        "previous_date": in_words(previous.date, lang) if previous else None,
        "history_started": in_words(history_started, lang) if history_started else None,
        "actions": actions,
        "participants": participants,
        "contacts": contacts,
        "contact_columns": contact_columns(contacts),
        "banner": invalid_banner(errors, lang),
        "presented": presented,
        "changes": change_rows,
        "agenda": list(dict.fromkeys(agenda)),
        "sources": collect_sources(list({(r.kind, r.id): r for r in records}.values()), lang),
    }


def _roles_of(initiative: Initiative, actor_id: str, lang: str) -> str:
    roles = dict(ownership(initiative).involved).get(actor_id, ())
    return ", ".join(stated(str(r), lang, "role") for r in roles)


def meeting_notice(meeting: Meeting, as_of: dt.date, lang: str) -> str | None:
    """A word at the top when the meeting lies before the peildatum: still `gepland`, or simply past."""
    if meeting.date.last_day >= as_of:
        return None
    L = labels(lang)
    key = {MeetingStatus.GEPLAND: "notice_past_planned", MeetingStatus.GEHOUDEN: "notice_past"}.get(
        meeting.status, "notice_past_unknown"
    )
    return str(L[key]).format(date=in_words(meeting.date, lang), as_of=in_words(as_of, lang))


MAX_VALUE = 80


def _value(value: Any, lang: str) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, dt.date) or (isinstance(value, str) and value[:4].isdigit() and len(value) in (4, 7, 10)):
        return in_words(value, lang)
    if isinstance(value, list):
        return ", ".join(_value(v, lang) for v in value)
    text = word(value, lang) if isinstance(value, str) and value.islower() and " " not in value else str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _what(index: Index, c: FieldChange, lang: str) -> str | None:
    """One change in words: `status: verkenning → pilot`, `actie afgerond: …`, `toegevoegd`."""
    L = labels(lang)
    name = field_words(c.field or "", lang)
    if c.change == "added":
        return str(L["added"])
    if c.change == "removed":
        return str(L["deleted"])
    if c.change == "unreadable":
        return str(L["change_unreadable"])
    if c.change.startswith("action-"):
        action_id = (c.field or "").split(".")[2] if (c.field or "").count(".") >= 2 else ""
        meeting = index.meetings.get(c.id)
        known = next((a.what for a in meeting.actions if a.id == action_id), None) if meeting else None
        text = _value(c.new if c.change == "action-added" else known or c.old or action_id, lang)
        return str(L[c.change.replace("-", "_")]).format(what=text)
    if c.field == "(layout or comments)":
        return None
    old, new = c.old, c.new
    if isinstance(old, list | None) and isinstance(new, list | None) and (old or new):
        gone = [v for v in old or [] if v not in (new or [])]
        came = [v for v in new or [] if v not in (old or [])]
        if all(isinstance(v, str | int) for v in [*gone, *came]) and (gone or came):
            parts = [f"+ {_value(v, lang)}" for v in came] + [f"− {_value(v, lang)}" for v in gone]
            return f"{name}: {', '.join(parts)}"
    if isinstance(old, dict | list) or isinstance(new, dict | list):
        return str(L["field_changed"]).format(field=name)
    return f"{name}: {_value(old, lang)} → {_value(new, lang)}"


def change_entries(index: Index, changes: Sequence[FieldChange], lang: str) -> list[dict[str, str]]:
    """Changes since the previous meeting as rows: date in words, the record by name, what changed, by whom."""
    rows: list[dict[str, str]] = []
    for c in changes:
        what = _what(index, c, lang)
        if what is None:
            continue
        record = index.get(c.kind, c.id)
        row = {
            "date": in_words(c.date, lang),
            "record": f"{kind_word(c.kind, lang)}: {record.label if record else c.id}",
            "what": what,
            "author": c.author,
        }
        if row not in rows:
            rows.append(row)
    return rows

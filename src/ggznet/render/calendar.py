"""Meetings and open actions as an iCalendar file (the `icalendar` library), for Outlook, Google and Apple calendars.

A meeting with a full date is an all-day event; a meeting known only to the month or year is left out
(and counted), never put on an invented day. An open action with a due date is a to-do on that day.
UIDs are made from the record ids, so importing the file again updates the entries instead of
doubling them. Each entry names its record (file and `ggznet show` reference), and links to it when a
web address for the knowledge base is given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icalendar import Calendar, Event, Todo

from ggznet.index import Index
from ggznet.query import records_in_region
from ggznet.render.i18n import labels, word
from ggznet.render.markdown import safe_url
from ggznet.schema import Meeting
from ggznet.schema.vocab import ActionStatus, MeetingStatus

UID_DOMAIN = "ggznet"


@dataclass
class CalendarResult:
    data: bytes
    events: int = 0
    todos: int = 0
    skipped: list[str] = field(default_factory=list)  # meetings left out: only a month or year known


def _in_scope(index: Index, region: str | None, forum: str | None) -> list[Meeting]:
    meetings = list(index.meetings.values())
    if region is not None:
        ids = records_in_region(index, index.lookup(region, ["region"]).id)["meeting"]
        meetings = [m for m in meetings if m.id in ids]
    if forum is not None:
        forum_id = index.lookup(forum, ["initiative"]).id
        meetings = [m for m in meetings if m.forum == forum_id]
    return sorted(meetings, key=lambda m: (m.date.first_day, m.id))


def _takes_part(meeting: Meeting, actor: str) -> bool:
    people = [
        *meeting.organisers,
        *meeting.facilitators,
        *(meeting.participants.actors if meeting.participants else []),
    ]
    return actor in people


def calendar(
    index: Index,
    *,
    as_of: dt.date,
    lang: str = "nl",
    region: str | None = None,
    forum: str | None = None,
    owner: str | None = None,
    link_base: str | None = None,
) -> CalendarResult:
    """The calendar. `owner`: only that actor's to-dos and the meetings it organises or attends."""
    L = labels(lang)
    owner_id = index.lookup(owner, ["actor"]).id if owner else None
    base = safe_url(link_base) if link_base else None
    meetings = _in_scope(index, region, forum)
    stamp = dt.datetime.combine(as_of, dt.time(), tzinfo=dt.UTC)
    cal = Calendar()
    cal.add("prodid", "-//ggznet//ggznet//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    scope = [index.label("region", region) if region else "", index.label("initiative", forum) if forum else ""]
    cal.add("x-wr-calname", "ggznet" + "".join(f": {s}" for s in scope if s))
    result = CalendarResult(b"")
    for m in meetings:
        if owner_id is None or _takes_part(m, owner_id):
            if not m.date.is_full:
                result.skipped.append(f"{m.id} ({m.date})")
            else:
                cal.add_component(_event(index, m, stamp, L, lang, base))
                result.events += 1
        for action in m.actions:
            if action.status != ActionStatus.OPEN or action.due is None:
                continue
            if owner_id is not None and action.owner != owner_id:
                continue
            todo = Todo()
            todo.add("uid", f"action-{m.id}-{action.id}@{UID_DOMAIN}")
            todo.add("dtstamp", stamp)
            todo.add("summary", action.what)
            todo.add("due", action.due)
            todo.add("status", "NEEDS-ACTION")
            if m.date.is_full:
                todo.add("related-to", f"meeting-{m.id}@{UID_DOMAIN}")
            lines = [
                f"{L['owner']}: {index.label('actor', action.owner)}",
                f"{L['meeting']}: {m.title} ({m.date})",
                _record_line(index, m, lang),
            ]
            todo.add("description", "\n".join(lines))
            if base:
                todo.add("url", base.rstrip("/") + "/" + index.path_of(m))
            cal.add_component(todo)
            result.todos += 1
    result.data = cal.to_ical()
    return result


def _event(index: Index, m: Meeting, stamp: dt.datetime, L: dict[str, str], lang: str, base: str | None) -> Event:
    event = Event()
    event.add("uid", f"meeting-{m.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", m.title)
    event.add("dtstart", m.date.first_day)
    event.add("dtend", m.date.first_day + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # all day, but it does not block the whole day in a scheduler
    known = m.status in (MeetingStatus.GEPLAND, MeetingStatus.GEHOUDEN)
    event.add("status", "CONFIRMED" if known else "TENTATIVE")  # `onbekend`: the sources do not say
    event.add("categories", [word(str(m.type), lang)])
    lines = [f"{word(str(m.type), lang)}, {word(str(m.status), lang)}"]
    if m.forum:
        lines.append(f"{L['forum']}: {index.label('initiative', m.forum)}")
    organisers = [index.label("actor", a) for a in m.organisers]
    if organisers:
        lines.append(f"{L['organisers']}: {', '.join(organisers)}")
    if m.status == MeetingStatus.GEHOUDEN and m.outcomes and m.outcomes.decisions:
        lines.append(f"{L['decisions']}:")
        lines.extend(f"- {d}" for d in m.outcomes.decisions)
    if m.description:
        lines += ["", m.description.strip()]
    lines += ["", _record_line(index, m, lang)]
    event.add("description", "\n".join(lines))
    if base:
        event.add("url", base.rstrip("/") + "/" + index.path_of(m))
    return event


def _record_line(index: Index, m: Meeting, lang: str) -> str:
    what = "Vastgelegd in" if lang == "nl" else "Recorded in"
    return f"{what} {index.path_of(m)} (ggznet show meeting:{m.id})"

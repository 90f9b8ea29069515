"""Checks across records: ids, references, cycles, dates, themes and sources. Pure functions of a record or of
light values taken from records (`validate.facts`) and the index's ids.

Each check also runs on what was salvaged of an invalid record, where any field may be None: a check
skips what it cannot read, so that a problem is reported once, by the check that owns it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ggznet.index import Index
from ggznet.problems import MAX_MESSAGE, Problem, error, warning, whole_items
from ggznet.schema import Initiative, Meeting, Record
from ggznet.schema.vocab import ActionStatus, MeetingStatus
from ggznet.suggest import did_you_mean, format_suggestions

Loc = tuple[str | int, ...]


def check_id_matches_file(record: Record, path: str) -> Iterator[Problem]:
    stem = path.rsplit("/", 1)[-1].removesuffix(".yaml")
    if isinstance(record.id, str) and record.id != stem:
        yield error(
            "id-mismatch",
            path,
            f"id `{record.id}` differs from the file name `{stem}.yaml`",
            f"rename the file to `{record.id}.yaml` or set `id: {stem}`",
            loc=("id",),
        )


def check_references(index: Index, refs: Iterable[tuple[Loc, str, str]], path: str) -> Iterator[Problem]:
    """References (where, target kind, target id) to records no file holds."""
    for loc, kind, target in refs:
        if index.exists(kind, target):
            continue
        others = [k for k in index.records if k != kind and index.exists(k, target)]
        hint: str | None
        if others:
            hint = f"`{target}` is a {others[0]}, but this field takes a {kind}"
        else:
            hint = format_suggestions(did_you_mean(target, index.ids(kind)))
            hint = hint or f"add data/{_folder(kind)}/{target}.yaml or correct the id"
        yield error("unresolved-reference", path, f"{kind} `{target}` does not exist", hint, loc=loc)


def _folder(kind: str) -> str:
    return {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}[kind]


CHAINS: dict[str, str] = {"region": "part_of", "initiative": "part_of", "meeting": "follows"}


def check_cycles(index: Index, links: dict[str, dict[str, str | None]]) -> Iterator[Problem]:
    """Chains of `part_of` / `follows` that come back to where they started.

    `links` holds, per kind of CHAINS, the value of that field of every record validation looks at
    (valid ones and what was salvaged of broken ones), by id.
    """
    for kind, attr in CHAINS.items():
        records = links.get(kind, {})
        reported: set[str] = set()
        for start in sorted(records):
            seen: list[str] = []
            current: str | None = start
            while current is not None and current in records and current not in seen:
                seen.append(current)
                current = records[current]
            if current is not None and current in seen:
                cycle = seen[seen.index(current) :]
                if not reported.intersection(cycle):
                    reported.update(cycle)
                    first = min(cycle)
                    yield error(
                        "reference-cycle",
                        index.paths[(kind, first)],
                        _circle(attr, [*cycle[cycle.index(first) :], *cycle[: cycle.index(first)], first]),
                        f"one of these records must not be `{attr}` the next",
                        loc=(attr,),
                    )


def _circle(attr: str, chain: list[str]) -> str:
    """The message of a cycle: the whole chain, or when that does not fit a message, as many whole ids as fit and
    how many records go round (an id cut off halfway would be read as another id)."""
    whole = f"`{attr}` goes round in a circle: {' → '.join(chain)}"
    if len(whole) <= MAX_MESSAGE:
        return whole
    head = f"`{attr}` goes round in a circle of {len(chain) - 1} records: "
    return head + " → ".join(whole_items(head, chain, " → ", lambda _rest: "…")) + " → …"


def check_dates(record: Record, path: str, today: dt.date) -> Iterator[Problem]:
    """Every date check of one record: those that hold on any day, then those that compare with today."""
    yield from check_dates_anyday(record, path)
    yield from check_clock(meeting_clock(record), path, today)


def check_dates_anyday(record: Record, path: str) -> Iterator[Problem]:
    """The date checks of one record whose answer does not depend on today's date."""
    if (
        isinstance(record, Initiative)
        and record.started
        and record.ended
        and record.ended.last_day < record.started.first_day
    ):
        yield error(
            "date-order", path, f"`ended` ({record.ended}) is before `started` ({record.started})", loc=("ended",)
        )
    if not isinstance(record, Meeting):
        return
    if record.date is not None:
        yield from _meeting_dates(record, path)
    seen: set[str] = set()
    for i, action in enumerate(record.actions):
        if action.id in seen:
            yield error(
                "duplicate-id",
                path,
                f"action id `{action.id}` is used twice in this meeting",
                loc=("outcomes", "actions", i, "id"),
            )
        if action.id is not None:
            seen.add(action.id)
        for attr in ("due", "done_on"):
            value = getattr(action, attr)
            if value is not None and record.date is not None and value < record.date.first_day:
                yield error(
                    "date-order",
                    path,
                    f"action `{action.id}`: `{attr}` ({value}) is before the meeting ({record.date})",
                    loc=("outcomes", "actions", i, attr),
                )
        if action.done_on is not None and action.status is not None and action.status != ActionStatus.DONE:
            yield error(
                "action-state",
                path,
                f"action `{action.id}` has `done_on` but status `{action.status}`",
                "set `status: done` or remove `done_on`",
                loc=("outcomes", "actions", i, "status"),
            )


Clock = tuple[str, int, int | None, str]
"""What the date checks that compare with today read of a meeting: its status, the first day and (for a
planned meeting) the last day of its date as ordinals, and the date as written."""


def meeting_clock(record: Record) -> Clock | None:
    """The part of a meeting that `check_clock` reads (None for anything else)."""
    if not isinstance(record, Meeting) or record.date is None or record.status is None:
        return None
    status = str(record.status.value)
    last = record.date.last_day.toordinal() if record.status == MeetingStatus.GEPLAND else None
    return status, record.date.first_day.toordinal(), last, str(record.date)


_HELD, _PLANNED = MeetingStatus.GEHOUDEN.value, MeetingStatus.GEPLAND.value  # (an enum's `.value` is a lookup)


def check_clock(clock: Clock | None, path: str, today: dt.date) -> Iterator[Problem]:
    """A held meeting that lies in the future, a planned one whose date has passed."""
    if clock is None:
        return
    status, first, last, date = clock
    if status == _HELD and first > today.toordinal():
        yield error(
            "meeting-in-future",
            path,
            f"meeting dated {date} is marked `gehouden` but lies in the future",
            "use `status: gepland` until it has been held",
            loc=("status",),
        )
    if status == _PLANNED and last is not None and last < today.toordinal():
        yield warning(
            "meeting-past-planned",
            path,
            f"meeting dated {date} is still marked `gepland`, but that date has passed",
            "set `status: gehouden` (and record the outcomes) if it took place, or give the new date",
            loc=("status",),
        )


def _meeting_dates(record: Meeting, path: str) -> Iterator[Problem]:
    """The checks of a meeting's own date that hold on any day: id, outcomes and the next meeting."""
    start = record.date.first_day
    if not record.id.startswith(str(record.date) + "-") and record.id != str(record.date):
        yield error(
            "meeting-id-date",
            path,
            f"meeting id `{record.id}` does not start with its date {record.date}",
            f"use an id like `{record.date}-{record.id}`",
            loc=("id",),
        )
    if record.status == MeetingStatus.GEPLAND and record.outcomes and record.outcomes.decisions:
        yield error(
            "planned-with-outcomes",
            path,
            "a planned meeting (`status: gepland`) has decisions",
            "set `status: gehouden` once it has taken place",
            loc=("outcomes", "decisions"),
        )
    if record.next_meeting and record.next_meeting.date and record.next_meeting.date.last_day <= start:
        yield error(
            "date-order",
            path,
            f"`next_meeting.date` ({record.next_meeting.date}) is not after the meeting ({record.date})",
            loc=("next_meeting", "date"),
        )


def check_themes(index: Index, themes: Iterable[tuple[int, str]], path: str) -> Iterator[Problem]:
    """An initiative's themes (position, theme) that data/vocabulary.yaml does not declare."""
    declared = index.theme_labels
    for i, theme in themes:
        if theme not in declared:
            hint = format_suggestions(did_you_mean(theme, declared)) or "declare it in data/vocabulary.yaml"
            yield error(
                "undeclared-theme",
                path,
                f"theme `{theme}` is not declared in data/vocabulary.yaml",
                hint,
                loc=("themes", i),
            )


def check_sources(record: Record, path: str) -> Iterator[Problem]:
    if not record.sources:
        yield warning(
            "no-source",
            path,
            f"{record.kind} `{record.id}` cites no source",
            "add `sources:` with at least a title",
            loc=("id",),
        )


def check_verified_on(kind: str, ident: str, path: str, verified_on: dt.date, today: dt.date) -> Iterator[Problem]:
    """A `verified_on` after today: nobody checked the record on a day still to come (and --max-age would count it
    fresh until long after then)."""
    if verified_on > today:
        yield warning(
            "verified-in-future",
            path,
            f"{kind} `{ident}` says it was verified on {verified_on}, which is after today",
            "give the day it was last checked against reality",
            loc=("verified_on",),
        )


def check_freshness(
    verified: Iterable[tuple[str, str, str, dt.date | None]], today: dt.date, max_age: dt.timedelta
) -> Iterator[Problem]:
    """Records nobody has checked against reality within `max_age` (or ever).

    `verified`: (kind, id, file, `verified_on`) of every valid record.
    """
    limit = today - max_age
    for kind, ident, path, verified_on in verified:
        if verified_on is None:
            yield warning(
                "stale-record",
                path,
                f"{kind} `{ident}` has never been verified (no `verified_on`)",
                "check it against reality and set `verified_on: <date>`",
                loc=("id",),
            )
        elif verified_on < limit:
            yield warning(
                "stale-record",
                path,
                f"{kind} `{ident}` was last verified on {verified_on}",
                f"check it again; records older than {max_age.days} days count as stale",
                loc=("verified_on",),
            )

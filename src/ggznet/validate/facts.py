"""What the checks across records read of one record, as light values (`Facts`), and their JSON form.

The indexed store keeps them per file, so that a run after one file changed judges the whole
knowledge base again from these rows without building every record; a run without the store takes
them from the records it built. Either way the same functions (`validate.parts.judge`)
turn them into problems, so both give the same verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ggznet.index import KINDS, Index, reference_tuples
from ggznet.problems import Problem, Severity
from ggznet.schema import Initiative, Record, Region
from ggznet.schema.vocab import NOT_STATED
from ggznet.store.cache import dumps, loads
from ggznet.validate import checks

Loc = tuple[str | int, ...]
_SEVERITIES = {str(s): s for s in Severity}
_MAX_TEXT = 2_000
_MAX_ITEMS = 100_000


@dataclass(slots=True)
class Facts:
    """One record as the checks across records see it."""

    kind: str
    ident: str
    path: str
    valid: bool  # passed its schema (False: what was salvaged of a broken record)
    own: list[Problem]  # problems that need only this record and hold on any day
    refs: list[tuple[Loc, str, str]]  # (where, target kind, target id)
    clock: checks.Clock | None  # what the date checks against today read (meetings)
    themes: list[tuple[int, str]]  # (position, theme) of an initiative's themes
    link: str | None  # `part_of` (regions, initiatives) or `follows` (meetings): the chain checked for cycles
    unset: list[str]  # fields whose value is `onbekend` (valid records)
    regions: list[str]  # the regions a valid record names
    verified: dt.date | None  # `verified_on` (valid records)
    municipalities: bool  # a region that names municipalities (compared with the gemeente records)
    # Set: `refs` is left empty and the references are those of this stored form (`encode`), read by
    # `with_references` only where one can fail (facts sent by a reading worker).
    refs_from: bytes | None = None


def facts_of(record: Record, path: str, *, valid: bool, ident: str | None = None, stated: bool = False) -> Facts:
    """The facts of a built record (valid, or salvaged from a broken file). May raise what the checks
    raise on odd dates (a date the calendar cannot hold), as the checks themselves do.

    `stated`: the caller knows that no value of the record is `onbekend` (the data it was built from
    does not hold that word: see `surely_stated`), so `Record.not_stated()` need not look."""
    own = [
        *checks.check_id_matches_file(record, path),
        *checks.check_dates_anyday(record, path),
        *checks.check_sources(record, path),
    ]
    attr = checks.CHAINS.get(record.kind)
    link = getattr(record, attr, None) if attr is not None else None
    themes = []
    if isinstance(record, Initiative):
        themes = [(i, t) for i, t in enumerate(record.themes) if isinstance(t, str)]
    named = getattr(record, "regions", None) if valid else None
    return Facts(
        kind=record.kind,
        ident=ident if ident is not None else record.id,
        path=path,
        valid=valid,
        own=own,
        refs=reference_tuples(record),
        clock=checks.meeting_clock(record),
        themes=themes,
        link=link if isinstance(link, str) else None,
        unset=record.not_stated() if valid and not stated else [],
        regions=[r for r in named if isinstance(r, str)] if isinstance(named, list) else [],
        verified=record.verified_on if valid else None,
        municipalities=isinstance(record, Region) and bool(record.municipalities),
    )


_NOT_STATED_JSON = b'"' + NOT_STATED.encode() + b'"'


def surely_stated(encoded: bytes) -> bool:
    """Whether a record built from data whose JSON (orjson, as the store keeps it) is `encoded` surely has no
    value `onbekend`: such a value is an enum member validated from that very text, which JSON writes as is
    (tests/test_facts.py checks this against `Record.not_stated()`). Most records name no such value."""
    return _NOT_STATED_JSON not in encoded


# -- JSON in and out -----------------------------------------------------------------------------------


def problem_json(problem: Problem) -> list[Any]:
    """A problem of a known file as the store keeps it: code, severity, message, hint, field path."""
    return [problem.code, str(problem.severity), problem.message, problem.hint, list(problem.loc)]


def problem_from_json(item: object, path: str) -> Problem | None:
    """A problem of the file at `path` from its stored form (`problem_json`), checked for shape; None when it
    is not that."""
    if not (type(item) is list and len(item) == 5):
        return None
    code, severity, message, hint, loc_in = item
    loc = _loc(loc_in)
    if loc is None or not (_text(code, 64) and severity in _SEVERITIES and _text(message)):
        return None
    if not (hint is None or _text(hint)):
        return None
    return Problem(code, _SEVERITIES[severity], path, message, hint, loc=loc)


def problems_from_json(items: list[Any], path: str) -> list[Problem] | None:
    """The problems of the file at `path` from their stored form; None when any is not that."""
    found: list[Problem] = []
    for item in items:
        problem = problem_from_json(item, path)
        if problem is None:
            return None
        found.append(problem)
    return found


def encode(facts: Facts) -> list[Any]:
    """A JSON-ready form of the facts (kind, id and file are the store row's own). Tuples are left as they are:
    JSON writes them as arrays, as it would lists made of them (and `decode` reads arrays)."""
    own = [problem_json(p) for p in facts.own] if facts.own else []
    refs = loads(facts.refs_from)[2] if facts.refs_from is not None else facts.refs
    return [
        facts.valid,
        own,
        refs,
        facts.clock,
        facts.themes,
        facts.link,
        facts.unset,
        facts.regions,
        facts.verified.isoformat() if facts.verified is not None else None,
        facts.municipalities,
    ]


def with_references(index: Index, gathered: Sequence[Facts]) -> None:
    """Read the references of facts that hold them only in their stored form (`refs_from`), wherever one of
    them can fail: where it points at an id no file holds. Every other reference resolves, so that
    `checks.check_references` finds nothing in it whether read or not (tests/test_readpool.py compares
    the verdicts). `index.known_targets` holds every id such facts point at."""
    lazy = [facts for facts in gathered if facts.refs_from is not None]
    if not lazy:
        return
    missing = [dumps(target) for kind, target in index.known_targets if not index.exists(kind, target)]
    if not missing:
        return
    for facts in lazy:
        body = facts.refs_from
        assert body is not None
        # the id as JSON text is in the stored form wherever a reference names it (a cheap test in C; with many
        # missing ids every reference is read)
        if len(missing) > 64 or any(needle in body for needle in missing):
            facts.refs = [(tuple(loc), kind, target) for loc, kind, target in loads(body)[2]]
            facts.refs_from = None


def _text(value: object, limit: int = _MAX_TEXT) -> bool:
    return type(value) is str and len(value) <= limit


def _number(value: object) -> bool:
    return type(value) is int and 0 <= value < 2**40


def _loc(value: object) -> Loc | None:
    if type(value) is not list or len(value) > 64:
        return None
    for part in value:
        if not (_number(part) or _text(part, 200)):
            return None
    return tuple(value)


def _texts(value: object) -> list[str] | None:
    if type(value) is not list or len(value) > _MAX_ITEMS:
        return None
    for item in value:
        if type(item) is not str or len(item) > _MAX_TEXT:
            return None
    return value


def decode(payload: object, kind: str, ident: str, path: str, *, refs: bool = True) -> Facts | None:
    """Facts from their JSON form (as `encode` writes it), checked for shape; None when it is not that.

    Without `refs`, the references are left out (not read): for a record none of whose references can
    fail, as the store's table of references shows.
    """
    if not (type(payload) is list and len(payload) == 10):
        return None
    valid, own_in, refs_in, clock_in, themes_in, link, unset, regions, verified_in, municipalities = payload
    if not (type(valid) is bool and type(municipalities) is bool):
        return None
    if not (type(own_in) is list and type(refs_in) is list and type(themes_in) is list):
        return None
    if max(len(own_in), len(refs_in), len(themes_in)) > _MAX_ITEMS:
        return None
    own = problems_from_json(own_in, path)
    if own is None:
        return None
    found_refs: list[tuple[Loc, str, str]] = []
    for item in refs_in if refs else ():
        if not (type(item) is list and len(item) == 3):
            return None
        loc = _loc(item[0])
        if loc is None or item[1] not in KINDS or not _text(item[2]):
            return None
        found_refs.append((loc, item[1], item[2]))
    clock: checks.Clock | None = None
    if clock_in is not None:
        if not (type(clock_in) is list and len(clock_in) == 4):
            return None
        status, first, last, date = clock_in
        if not (_text(status, 64) and _number(first) and (last is None or _number(last)) and _text(date, 64)):
            return None
        clock = (status, first, last, date)
    themes: list[tuple[int, str]] = []
    for item in themes_in:
        if not (type(item) is list and len(item) == 2 and _number(item[0]) and _text(item[1])):
            return None
        themes.append((item[0], item[1]))
    unset_list, region_list = _texts(unset), _texts(regions)
    if unset_list is None or region_list is None or not (link is None or _text(link)):
        return None
    verified: dt.date | None = None
    if verified_in is not None:
        if not _text(verified_in, 10):
            return None
        try:
            verified = dt.date.fromisoformat(verified_in)
        except ValueError:
            return None
    return Facts(
        kind,
        ident,
        path,
        valid,
        own,
        found_refs,
        clock,
        themes,
        link,
        unset_list,
        region_list,
        verified,
        municipalities,
    )

"""Validation: checks as small functions that return problems, and the code catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ggznet.index import KINDS, Index
from ggznet.problems import Problem
from ggznet.validate import checks
from ggznet.validate.relations import check_written_twice

if TYPE_CHECKING:
    from ggznet.validate.facts import Facts

StoredFacts = Callable[[Sequence[tuple[str, str, str]]], "dict[str, Facts]"]


Entry = tuple[str, str, str, bool]
"""A record validation looks at: its kind, id, file, and whether it is valid (else what was salvaged of it)."""


def checkable(index: Index) -> list[Entry]:
    """Every record validation looks at, in the order of `Index.checkable` (nothing is built here)."""
    found: list[Entry] = []
    paths = index.paths
    for kind in KINDS:
        found.extend((kind, ident, paths[(kind, ident)], True) for ident in index.records[kind])
        found.extend(
            (kind, ident, paths[(kind, ident)], False)
            for ident, partial in index.broken[kind].items()
            if partial is not None
        )
    return found


def facts_for(
    index: Index, wanted: Sequence[Entry], stored: StoredFacts | None = None, known: dict[str, Facts] | None = None
) -> list[Facts]:
    """The facts of these records, in their order.

    A record the index has not built yet (it comes from the indexed store) is taken from `stored`
    (kind, id, file -> its facts, checked for shape) and built only when the store has none for it;
    `known` holds facts worked out earlier in this run, by file.
    """
    from ggznet.validate.facts import facts_of, with_references

    known = known or {}
    pending: list[tuple[str, str, str]] = []
    if stored is not None:
        for kind, ident, path, valid in wanted:
            if valid and path not in known:  # known: worked out now
                is_built = getattr(index.records[kind], "is_built", None)
                if is_built is not None and not is_built(ident):
                    pending.append((kind, ident, path))
    found = stored(pending) if stored is not None and pending else {}
    gathered: list[Facts] = []
    for kind, ident, path, valid in wanted:
        if valid:
            facts = found.get(path) or known.get(path)
            if facts is None or facts.kind != kind or facts.ident != ident or not facts.valid:
                facts = facts_of(index.records[kind][ident], path, valid=True)
        else:
            partial = index.broken[kind][ident]
            assert partial is not None  # `checkable` leaves out what could not be salvaged
            facts = facts_of(partial, path, valid=False, ident=ident)
        gathered.append(facts)
    with_references(index, gathered)
    return gathered


def item_problems(index: Index, item: Facts, today: dt.date) -> list[Problem]:
    """The problems the checks across records give one record's file: its own, its references, its dates
    against today, its themes, and (a region) the municipalities that have records of their own."""
    problems: list[Problem] = [*item.own]
    if item.refs:  # (each check finds nothing in nothing: most records have no clock, no themes)
        problems.extend(checks.check_references(index, item.refs, item.path))
    if item.clock is not None:
        problems.extend(checks.check_clock(item.clock, item.path, today))
    if item.verified is not None and item.verified > today:
        problems.extend(checks.check_verified_on(item.kind, item.ident, item.path, item.verified, today))
    if item.themes:
        problems.extend(checks.check_themes(index, item.themes, item.path))
    if item.municipalities:
        region = index.regions.get(item.ident) if item.valid else index.broken["region"].get(item.ident)
        if region is not None:
            problems.extend(check_written_twice(index, region, item.path))
    return problems

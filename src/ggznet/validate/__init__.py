"""Validation: checks as small functions that return problems, and the code catalogue."""

from __future__ import annotations

import datetime as dt

from ggznet.index import Index
from ggznet.problems import Problem
from ggznet.validate import checks


def cross_record_problems(index: Index, today: dt.date) -> list[Problem]:
    """Every problem that needs more than one file to see: references, cycles, dates, themes, sources."""
    problems: list[Problem] = []
    for record, path in index.checkable():
        problems.extend(checks.check_id_matches_file(record, path))
        problems.extend(checks.check_references(index, record, path))
        problems.extend(checks.check_dates(record, path, today))
        problems.extend(checks.check_themes(index, record, path))
        problems.extend(checks.check_sources(record, path))
    problems.extend(checks.check_cycles(index))
    return problems

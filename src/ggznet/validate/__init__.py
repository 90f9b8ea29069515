"""Validation: checks as small functions that return problems, and the code catalogue."""

from __future__ import annotations

import datetime as dt

from ggznet.index import Index
from ggznet.problems import Problem
from ggznet.validate import checks
from ggznet.validate.relations import check_written_twice
from ggznet.validate.unknowns import not_stated_per_region


def cross_record_problems(index: Index, today: dt.date) -> list[Problem]:
    """Every problem that needs more than one file to see: references, cycles, dates, themes, sources,
    relations written twice, and (as notes) the values the sources leave open per region."""
    problems: list[Problem] = []
    for record, path in index.checkable():
        problems.extend(checks.check_id_matches_file(record, path))
        problems.extend(checks.check_references(index, record, path))
        problems.extend(checks.check_dates(record, path, today))
        problems.extend(checks.check_themes(index, record, path))
        problems.extend(checks.check_sources(record, path))
        problems.extend(check_written_twice(index, record, path))
    problems.extend(checks.check_cycles(index))
    problems.extend(not_stated_per_region(index))
    return problems

"""Consecutive `validate` runs with the store whose --as-of and --max-age change from run to run (back in time
too), over edits that move an id between kinds, make a municipality its own record and undo it, break and
rename files, and change the themes' labels or one theme entry: each run gives the problems of a run without
the store, problem for problem (the existing property keeps --max-age fixed within a sequence)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_cache import SRC, TODAY, problems
from test_verdict_parts import FILES as PART_EDITS

TWIN = "id: stad-b\nname: Dorp A\ntype: gemeente\npart_of: regio-a\n" + SRC  # regio-a lists `Dorp A`
EDITS: dict[str, list[str | None]] = {
    **PART_EDITS,
    "data/regions/stad-b.yaml": [TWIN, TWIN.replace("Dorp A", "Dorp B"), TWIN.replace("regio-a", "regio-b"), None],
    # the id ggz-a (an actor) also as an initiative or a meeting: the hint names the kind it is
    "data/initiatives/ggz-a.yaml": ["id: ggz-a\nname: X\ntype: tafel\nstatus: idee\nregions: [regio-a]\n" + SRC, None],
    "data/meetings/ggz-a.yaml": [
        "id: ggz-a\ntitle: X\ndate: 2026-11-20\ntype: webinar\nstatus: gehouden\n" + SRC,
        None,
    ],
    "data/meetings/2026-11-24-y.yaml": [
        "id: 2026-11-24-y\ntitle: Y\ndate: 2026-11-24\ntype: webinar\nstatus: gepland\nfollows: 2026-11-25-x\n" + SRC,
        "id: 2026-11-24-y\ntitle: Y\ndate: 2026-11-24\ntype: webinar\nstatus: gehouden\n"
        "follows: 2023-03-24-tafel-a\nverified_on: 2026-11-01\n" + SRC,
        None,
    ],
    "data/actors/Foo.yaml": ["id: foo\nname: F\ntype: ros\n" + SRC, ": [\n", None],
    "data/notes.txt": ["x\n", None],
    "data/vocabulary.yaml": [
        "themes:\n  - {id: wachttijden, nl: W, en: W}\n  - {id: triage, nl: T, en: T}\n"
        "  - {id: lerend-netwerk, nl: L, en: L}\n",
        "themes:\n  - {id: wachttijden, nl: Wacht, en: W}\n  - {id: triage, nl: T, en: T}\n"
        "  - {id: lerend-netwerk, nl: L, en: L}\n",
        "themes: [{id: wachttijden, nl: W, en: W}, {id: Bad Id, nl: B, en: B}, {id: lerend-netwerk, nl: L, en: L}]\n",
    ],
}
RUNS = st.lists(
    st.tuples(
        st.sampled_from([0, 0, 0, 1, 2, -1, -30, 5, 40, 400]),  # days after TODAY
        st.sampled_from([None, None, 0, 30, 300]),  # --max-age in days
    ),
    min_size=1,
    max_size=2,
)
STEPS = st.lists(
    st.tuples(st.sampled_from(sorted(EDITS)), st.integers(min_value=0, max_value=5), st.booleans(), RUNS),
    min_size=1,
    max_size=10,
)


def _write(root: Path, rel: str, content: str | None, restore: bool) -> None:
    path = root / rel
    old = path.stat() if path.exists() else None
    if content is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    if restore and old is not None:
        os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_runs_on_other_days_and_ages_after_each_edit_equal_a_run_without_the_store(make_kb, steps) -> None:
    root = make_kb()
    problems(root, use_cache=True)
    for rel, choice, restore, runs in steps:
        variants = EDITS[rel]
        _write(root, rel, variants[choice % len(variants)], restore)
        for later, max_age in runs:
            today = TODAY + dt.timedelta(days=later)
            expected = problems(root, use_cache=False, today=today, max_age=max_age)
            assert problems(root, use_cache=True, today=today, max_age=max_age) == expected

"""The verdict kept in parts (`validate.parts`): a run after a change judges again only the files the change can
touch, and still gives exactly the problems of a run without the store, whatever the sequence of changes."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggznet import stored
from ggznet.validate import parts as parts_module
from test_cache import CROSS_EDITS, SRC, TODAY, _tamper, age, problems


class Judged:
    """Records, per `validate` run, whether it judged from kept parts and which files it judged again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs: list[set[str] | None] = []  # the files judged again, or None: everything was judged
        real_judge, real_rejudge = parts_module.judge, parts_module.to_rejudge

        def to_rejudge(*args, **kwargs):
            return real_rejudge(*args, **kwargs)

        def judge(index, today, max_age, entries, facts, old=None, rejudge=None):
            found = real_judge(index, today, max_age, entries, facts, old, rejudge)
            if index.stored_facts is None:
                pass  # a run without the store
            elif old is None:
                self.runs.append(None)
            elif found is not None:  # (parts that did not fit: judged again in full, recorded then)
                self.runs.append(set(rejudge or ()))
            return found

        monkeypatch.setattr(parts_module, "judge", judge)
        monkeypatch.setattr(parts_module, "to_rejudge", to_rejudge)

    def last(self) -> set[str] | None:
        return self.runs[-1]


def write(root: Path, rel: str, content: str | None, *, restore: bool = False) -> None:
    path = root / rel
    old = path.stat() if path.exists() else None
    if content is None:
        path.unlink(missing_ok=True)
        return
    path.write_text(content, encoding="utf-8")
    if restore and old is not None:
        os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))


def same(root: Path, *, today: dt.date = TODAY, max_age: int | None = None) -> list[tuple]:
    """The problems with the store, twice (judged, then the stored verdict), checked against a run without it."""
    expected = problems(root, use_cache=False, today=today, max_age=max_age)
    assert problems(root, use_cache=True, today=today, max_age=max_age) == expected
    assert problems(root, use_cache=True, today=today, max_age=max_age) == expected
    return expected


GGZ_C = "id: ggz-c\nname: GGZ C\ntype: ggz-aanbieder\nregions: [regio-a]\n" + SRC
NIEUW = (
    "id: nieuw\nname: Nieuw\ntype: netwerk\nstatus: idee\nregions: [regio-b]\nactors: [{actor: ggz-c, role: trekker}]\n"
)


def test_consecutive_changes_are_judged_in_parts(make_kb, monkeypatch) -> None:
    """Every step below is judged from the parts of the step before (only the files it can touch), and gives
    the problems of a run without the store: a comment, a rename that leaves references dangling, a new file
    that refers to a missing id, the missing file added, a duplicate id made and removed, dates and ages."""
    root = make_kb()
    age(root)
    judged = Judged(monkeypatch)
    same(root)
    assert judged.last() is None  # the first run judges everything

    def step(rel: str, content: str | None, **when: object) -> set[str]:
        write(root, rel, content)
        found = same(root, **when)  # type: ignore[arg-type]
        rejudged = judged.runs[-1]  # the run with the store that judged (the next one answered from the verdict)
        assert rejudged is not None, f"{rel}: judged everything again"
        step.found = found  # type: ignore[attr-defined]
        return rejudged

    actor = root / "data/actors/ggz-a.yaml"
    text = actor.read_text()
    assert step("data/actors/ggz-a.yaml", text + "# een opmerking\n") == {"data/actors/ggz-a.yaml"}
    assert step("data/actors/ggz-a.yaml", text + "# nog een\n") == {"data/actors/ggz-a.yaml"}
    # rename: ggz-a.yaml goes, ggz-c.yaml comes; whatever referred to ggz-a is judged again
    write(root, "data/actors/ggz-a.yaml", None)
    rejudged = step("data/actors/ggz-c.yaml", GGZ_C)
    assert {"data/initiatives/tafel-a.yaml", "data/meetings/2023-03-24-tafel-a.yaml"} <= rejudged
    assert "data/initiatives/triage-b.yaml" not in rejudged
    assert ("unresolved-reference", "data/initiatives/tafel-a.yaml") in {(p[0], p[2]) for p in step.found}  # type: ignore[attr-defined]
    # back again: the dangling references are repaired
    write(root, "data/actors/ggz-c.yaml", None)
    step("data/actors/ggz-a.yaml", text)
    assert not [p for p in step.found if p[0] == "unresolved-reference"]  # type: ignore[attr-defined]
    # a new file that refers to a missing id, then the id added
    step("data/initiatives/nieuw.yaml", NIEUW + SRC)
    assert ("unresolved-reference", "data/initiatives/nieuw.yaml") in {(p[0], p[2]) for p in step.found}  # type: ignore[attr-defined]
    hints = {p[6] for p in step.found if p[0] == "unresolved-reference"}  # type: ignore[attr-defined]
    # another actor id like the missing one: the hint of that reference changes, though nothing refers to it
    assert "data/initiatives/nieuw.yaml" in step("data/actors/ggz-e.yaml", GGZ_C.replace("ggz-c", "ggz-e"))
    assert {p[6] for p in step.found if p[0] == "unresolved-reference"} != hints  # type: ignore[attr-defined]
    assert "data/initiatives/nieuw.yaml" in step("data/actors/ggz-c.yaml", GGZ_C)
    assert not [p for p in step.found if p[0] == "unresolved-reference"]  # type: ignore[attr-defined]
    # a duplicate id made and removed
    step("data/actors/ggz-d.yaml", GGZ_C)
    assert ("duplicate-id", "data/actors/ggz-d.yaml") in {(p[0], p[2]) for p in step.found}  # type: ignore[attr-defined]
    step("data/actors/ggz-d.yaml", None)
    # a cycle made and broken; a region changed (every region judged again)
    step("data/initiatives/tafel-a.yaml", (root / "data/initiatives/tafel-a.yaml").read_text() + "part_of: netwerk-a\n")
    assert "reference-cycle" in {p[0] for p in step.found}  # type: ignore[attr-defined]
    region = root / "data/regions/regio-b.yaml"
    assert "data/regions/land.yaml" in step("data/regions/regio-b.yaml", region.read_text() + "# x\n")
    # dates: a meeting held in the future, judged on later days
    meeting = "id: 2026-12-01-x\ntitle: X\ndate: 2026-12-01\ntype: webinar\nstatus: gehouden\n" + SRC
    step("data/meetings/2026-12-01-x.yaml", meeting)
    assert "meeting-in-future" in {p[0] for p in step.found}  # type: ignore[attr-defined]
    write(root, "data/meetings/2026-12-01-x.yaml", meeting + "# later\n")
    same(root, today=TODAY + dt.timedelta(days=30))  # past the day the answer changes: judged in full
    assert judged.runs[-1] is None
    step("data/meetings/2026-12-01-x.yaml", meeting + "# later nog\n", today=TODAY + dt.timedelta(days=31))
    assert "meeting-in-future" not in {p[0] for p in step.found}  # type: ignore[attr-defined]


# -- the equivalence property, with the kept parts in use ---------------------------------------------------

FILES: dict[str, list[str | None]] = {
    **CROSS_EDITS,
    "data/actors/ggz-c.yaml": [GGZ_C, GGZ_C.replace("regions: [regio-a]", "regions: [regio-x]"), None],
    "data/initiatives/nieuw.yaml": [
        NIEUW + SRC,
        NIEUW.replace("ggz-c", "ggz-a") + SRC + "part_of: netwerk-a\n",
        NIEUW.replace("regio-b", "regio-c") + "verified_on: 2026-06-01\n",
        None,
    ],
    "data/actors/ggz-e.yaml": [GGZ_C.replace("ggz-c", "ggz-e"), None],
    "data/regions/regio-c.yaml": ["id: regio-c\nname: Regio C\ntype: regio\npart_of: regio-b\n" + SRC, None],
}
EDITS = st.lists(
    st.tuples(
        st.sampled_from(sorted(FILES)),
        st.integers(min_value=0, max_value=6),
        st.booleans(),  # restore the old mtime after writing
        st.sampled_from([0, 0, 0, 1, 3, 8, 40, 400]),  # days after TODAY on which validate runs (mostly today)
    ),
    min_size=1,
    max_size=12,
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, max_age=st.sampled_from([None, 30, 300]))
def test_consecutive_random_changes_judged_in_parts_equal_a_run_without_the_store(make_kb, edits, max_age) -> None:
    """Random sequences of changes (ids renamed, added, deleted and doubled, references broken and repaired,
    themes, cycles, regions, dates and ages), each judged from the parts of the run before where they fit:
    problem for problem the verdict of a run without the store."""
    root = make_kb()
    age(root)
    with pytest.MonkeyPatch.context() as monkeypatch:
        judged = Judged(monkeypatch)
        same(root, max_age=max_age)
        for rel, choice, restore, later in edits:
            variants = FILES[rel]
            write(root, rel, variants[choice % len(variants)], restore=restore)
            same(root, today=TODAY + dt.timedelta(days=later), max_age=max_age)
        steps = judged.runs[1:]
    if not any(rel == "data/vocabulary.yaml" for rel, *_ in edits) and all(later == 0 for *_, later in edits):
        assert all(run is not None for run in steps)  # every step in parts: the test exercised the kept parts


# -- kept parts are untrusted input --------------------------------------------------------------------------


REPLACED = [
    ('"version":1', '"version":2'),
    ('"generation":"', '"generation":"0'),
    ('"window":[', '"window":[-5,'),
    ('"links":{', '"links":{"data/x":[1,2,3],'),
    ('"links":{', '"links":{"data/x":["planet","a","b"],'),
    ('"unset":{', '"unset":{"data/x":["actor","a",[],[]],'),
    ('"unset":{', '"unset":{"data/x":["actor","a","b",[]],'),
    ('"items":{', '"items":{"data/x":[["c","fatal","m",null,[]]],'),
    ('"items":{', '"items":{"/etc/passwd":[["c","error","m",null,[]]],'),
    ('"ids":{', '"ids":{"planet":["",""],'),
    ('"actor":[', '"actor":[7,'),
    ('"themes":[', '"themes":["extra",'),
    ("{", "["),
]


def _kept_parts(root: Path) -> bytes:
    with sqlite3.connect(root / ".ggznet-cache" / "store.sqlite3") as connection:
        rows = list(connection.execute("SELECT body FROM blobs WHERE key LIKE 'verdict-parts|%'"))
    assert len(rows) == 1
    return zlib.decompress(rows[0][0])


@pytest.mark.parametrize(
    "body",
    [
        b"\x00\xff",
        b"{}",
        zlib.compress(b"{}"),
        zlib.compress(b"[" * 5000),
        *((old, new) for old, new in REPLACED),
    ],
)
def test_tampered_parts_are_not_trusted(make_kb, monkeypatch, body) -> None:
    """Kept parts of the wrong shape, version, generation or day are not used: the run judges everything (no
    internal error), with the answer of a run without the store."""
    root = make_kb({"data/initiatives/tafel-b.yaml": CROSS_EDITS["data/initiatives/tafel-b.yaml"][0]})
    age(root, monkeypatch)
    same(root)
    if isinstance(body, tuple):
        text = _kept_parts(root).decode()
        assert body[0] in text
        body = zlib.compress(text.replace(body[0], body[1], 1).encode())
    _tamper(root, "UPDATE blobs SET body = ? WHERE key LIKE 'verdict-parts|%'", (body,))
    judged = Judged(monkeypatch)
    write(root, "data/actors/ggz-a.yaml", None)  # references to it break
    same(root)
    assert judged.runs[0] is None  # nothing kept was used


def test_parts_that_inflate_beyond_any_real_size_are_not_used(make_kb, monkeypatch) -> None:
    root = make_kb()
    age(root, monkeypatch)
    same(root)
    monkeypatch.setattr(stored, "_MAX_PARTS", 20)
    judged = Judged(monkeypatch)
    write(root, "data/actors/ggz-a.yaml", (root / "data/actors/ggz-a.yaml").read_text() + "# x\n")
    same(root)
    assert judged.runs[0] is None


def test_parts_of_another_generation_are_not_used(make_kb, monkeypatch) -> None:
    """Entries written by another run after the parts were kept (a new generation) leave the parts unused."""
    root = make_kb()
    age(root, monkeypatch)
    same(root)
    _tamper(root, "UPDATE meta SET value = 'other' WHERE key = 'generation'")
    judged = Judged(monkeypatch)
    write(root, "data/actors/ggz-a.yaml", (root / "data/actors/ggz-a.yaml").read_text() + "# x\n")
    same(root)
    assert judged.runs[0] is None
    write(root, "data/actors/ggz-a.yaml", (root / "data/actors/ggz-a.yaml").read_text() + "# y\n")
    same(root)
    assert judged.runs[-1] == {"data/actors/ggz-a.yaml"}  # kept again by that run, used by the next

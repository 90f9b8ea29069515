"""The facts the checks across records read (`validate.facts`): what the store keeps of them comes back
exactly, and the verdict from facts equals the verdict from the records they were taken from."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHIPPED
from ggznet.api import KnowledgeBase
from ggznet.problems import Problem
from ggznet.store.cache import dumps, loads
from ggznet.validate import checkable, facts_for
from ggznet.validate.facts import Facts, decode, encode, facts_of
from ggznet.validate.parts import judge

TODAY = dt.date(2026, 11, 23)


def test_facts_come_back_from_their_stored_form_exactly() -> None:
    index = KnowledgeBase.open(SHIPPED, use_cache=False).index
    checked = 0
    for record, path in index.checkable():
        facts = facts_of(record, path, valid=record.id in index.records[record.kind])
        again = decode(loads(dumps(encode(facts))), facts.kind, facts.ident, path)
        assert again == facts
        without_refs = decode(loads(dumps(encode(facts))), facts.kind, facts.ident, path, refs=False)
        assert without_refs is not None and without_refs.refs == []
        checked += 1
    assert checked == len(list((SHIPPED / "data").glob("*/*.yaml")))


def test_the_verdict_from_stored_facts_equals_the_verdict_from_records(make_kb) -> None:
    root = make_kb(
        {
            "data/initiatives/kapot.yaml": "id: kapot\nname: K\ntype: xyz\nstatus: idee\nregions: [regio-x]\n"
            "themes: [geen-thema]\npart_of: kapot\n",
            "data/meetings/2026-12-01-x.yaml": "id: 2026-12-01-x\ntitle: X\ndate: 2026-12-01\ntype: webinar\n"
            "status: gehouden\nforum: nergens\n",
        }
    )
    index = KnowledgeBase.open(root, use_cache=False).index
    entries = checkable(index)
    facts = facts_for(index, entries)
    stored = [decode(loads(dumps(encode(f))), f.kind, f.ident, f.path) for f in facts]
    assert all(f is not None for f in stored)

    def problems(given: list[Facts], today: dt.date) -> list[Problem]:
        judged = judge(index, today, None, entries, lambda _wanted: given)
        assert judged is not None
        return judged[0]

    codes: set[str] = set()
    for today in (TODAY, TODAY + dt.timedelta(days=30)):
        from_records = problems(facts, today)
        from_stored = problems(stored, today)  # type: ignore[arg-type]
        assert [p.as_dict() | {"loc": p.loc} for p in from_stored] == [
            p.as_dict() | {"loc": p.loc} for p in from_records
        ]
        codes.update(p.code for p in from_records)
    assert codes >= {"unresolved-reference", "meeting-in-future", "reference-cycle", "undeclared-theme"}


# -- shortcuts of the cold path, proven equal to the slow path ------------------------------------------------


def _shipped_data() -> list[tuple[str, str, dict]]:
    from ggznet.schema import KIND_BY_FOLDER
    from ggznet.store import files

    found = []
    for path in sorted((SHIPPED / "data").glob("*/*.yaml")):
        raw = files.read_record_file(SHIPPED, path, path.relative_to(SHIPPED).as_posix())
        if isinstance(raw.data, dict) and path.parent.name in KIND_BY_FOLDER:
            found.append((KIND_BY_FOLDER[path.parent.name], raw.path, raw.data))
    return found


SHIPPED_DATA = _shipped_data()
_WORDS = ["onbekend", "Onbekend", "onbekend ", "onbekende", "on bekend", "trekker", "gehouden", "idee", "x"]


def _rewrite(value: object, draw, depth: int = 0) -> object:
    """`value` with some of its texts replaced by words around `onbekend` (and some kept)."""
    if isinstance(value, dict):
        return {k: _rewrite(v, draw, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_rewrite(v, draw, depth + 1) for v in value]
    if isinstance(value, str) and draw(st.booleans()):
        return draw(st.sampled_from(_WORDS))
    return value


@st.composite
def _record_data(draw) -> tuple[str, str, dict]:
    kind, path, data = draw(st.sampled_from(SHIPPED_DATA))
    rewritten = _rewrite(data, draw)
    assert isinstance(rewritten, dict)
    rewritten["id"] = data["id"]  # keep the file's own id
    return kind, path, rewritten


@settings(max_examples=400, deadline=None)
@given(_record_data())
def test_a_record_whose_data_never_says_onbekend_has_nothing_not_stated(case) -> None:
    from ggznet.schema import RECORD_TYPES
    from ggznet.validate.facts import surely_stated
    from ggznet.validate.shape import build_record

    kind, path, data = case
    record, _ = build_record(RECORD_TYPES[kind], data, path)
    if record is None:
        return
    encoded = dumps([[], data, False, False])  # as `stored.encode_raw` gives the parse result
    if surely_stated(encoded):
        assert record.not_stated() == []
        assert facts_of(record, path, valid=True, stated=True) == facts_of(record, path, valid=True)


def test_the_shortcuts_meet_both_answers_in_the_shipped_records() -> None:
    """The property above is not empty: shipped records both with and without `onbekend` values."""
    from ggznet.index import iter_references, reference_tuples
    from ggznet.schema import RECORD_TYPES
    from ggznet.validate.facts import surely_stated
    from ggznet.validate.shape import build_record

    seen = set()
    for kind, path, data in SHIPPED_DATA:
        record, _ = build_record(RECORD_TYPES[kind], data, path)
        if record is None:
            continue
        seen.add((surely_stated(dumps([[], data, False, False])), bool(record.not_stated())))
        assert reference_tuples(record) == [(r.loc, r.kind, r.target) for r in iter_references(record)]
    assert seen == {(True, False), (False, True), (False, False)} or seen == {(True, False), (False, True)}


def test_the_stored_form_of_facts_is_that_of_lists() -> None:
    """`encode` leaves tuples as they are: the JSON is byte for byte that of the lists made of them."""
    from ggznet.validate.facts import problem_json

    index = KnowledgeBase.open(SHIPPED, use_cache=False).index
    for record, path in index.checkable():
        f = facts_of(record, path, valid=record.id in index.records[record.kind])
        as_lists = [
            f.valid,
            [problem_json(p) for p in f.own],
            [[list(loc), kind, target] for loc, kind, target in f.refs],
            list(f.clock) if f.clock is not None else None,
            [list(t) for t in f.themes],
            f.link,
            f.unset,
            f.regions,
            f.verified.isoformat() if f.verified is not None else None,
            f.municipalities,
        ]
        assert dumps(encode(f)) == dumps(as_lists)

"""The facts the checks across records read (`validate.facts`): what the store keeps of them comes back
exactly, and the verdict from facts equals the verdict from the records they were taken from."""

from __future__ import annotations

import datetime as dt

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

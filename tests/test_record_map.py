"""`RecordMap.each`: a pass over every record builds the pending ones for the pass only."""

from __future__ import annotations

from collections.abc import Sequence

from ggznet.lazy import Pending, RecordMap
from ggznet.schema import Record, Region


def _region(ident: str) -> Region:
    return Region.model_validate({"id": ident, "name": ident.title(), "type": "provincie"})


def test_each_builds_pending_records_for_the_pass_only() -> None:
    calls: list[list[str]] = []

    def build(pending: Sequence[Pending]) -> list[Record]:
        calls.append([p.id for p in pending])
        return [_region(p.id) for p in pending]

    records = RecordMap(build)
    records.add_all_pending([Pending("region", f"r{n}", f"data/regions/r{n}.yaml", None) for n in range(5)])
    kept = records["r2"]  # built and kept
    seen = list(records.each(batch=2))
    assert sorted(r.id for r in seen) == [f"r{n}" for n in range(5)]
    assert seen[0] is kept  # a record built already is not built again
    assert calls == [["r2"], ["r0", "r1"], ["r3", "r4"]]
    assert [k for k in records if records.is_built(k)] == ["r2"]  # the rest stay pending


def test_a_record_built_or_taken_out_during_the_pass_is_not_built_for_it() -> None:
    calls: list[list[str]] = []

    def build(pending: Sequence[Pending]) -> list[Record]:
        calls.append([p.id for p in pending])
        return [_region(p.id) for p in pending]

    records = RecordMap(build)
    records.add_all_pending([Pending("region", f"r{n}", f"data/regions/r{n}.yaml", None) for n in range(4)])
    seen = []
    for record in records.each(batch=2):
        if not seen:
            assert records["r3"].id == "r3"  # built (and kept) while the pass runs
            del records["r2"]
        seen.append(record.id)
    assert sorted(seen) == ["r0", "r1", "r3"]
    assert calls == [["r0", "r1"], ["r3"]]

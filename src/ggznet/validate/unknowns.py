"""Values the sources leave open (`onbekend`), counted per region so that the gaps stay visible."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ggznet.index import Index
from ggznet.problems import Problem, info

HINT = "keep `onbekend` while no source states the value; fill it in (and cite the source) when one does"
MAX_LISTED = 4


def not_stated_per_region(index: Index) -> Iterator[Problem]:
    """One note per region: how many values in the records that name it are `onbekend`, and where."""
    per_region: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for record in index.all_records():
        fields = record.not_stated()
        if not fields:
            continue
        where = f"{record.kind} `{record.id}` ({', '.join(fields)})"
        regions = [r for r in getattr(record, "regions", []) if r in index.regions]
        if not regions:
            yield info(
                "not-stated",
                index.path_of(record),
                f"{_values(len(fields))} not stated by the sources: {', '.join(fields)}",
                HINT,
                loc=("id",),
            )
        for region in regions:
            per_region[region].append((where, len(fields)))
    for region_id in sorted(per_region):
        found = per_region[region_id]
        listed = "; ".join(w for w, _ in found[:MAX_LISTED])
        if len(found) > MAX_LISTED:
            listed += f"; and {len(found) - MAX_LISTED} more records"
        yield info(
            "not-stated",
            index.path_of(index.regions[region_id]),
            f"{index.regions[region_id].name}: {_values(sum(n for _, n in found))} not stated by the sources "
            f"in records naming this region: {listed}",
            HINT,
            loc=("id",),
        )


def _values(count: int) -> str:
    return f"{count} value{'' if count == 1 else 's'}"

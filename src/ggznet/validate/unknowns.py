"""Values the sources leave open (`onbekend`), counted per region so that the gaps stay visible."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from ggznet.index import Index
from ggznet.problems import Problem, info, whole_items

HINT = "keep `onbekend` while no source states the value; fill it in (and cite the source) when one does"
MAX_LISTED = 4


NotStated = tuple[str, str, str, list[str], list[str]]  # kind, id, file, fields left open, regions named


def not_stated_per_region(index: Index, records: Iterable[NotStated]) -> Iterator[Problem]:
    """One note per region: how many values in the records that name it are `onbekend`, and where.

    `records`: (kind, id, file, fields that are `onbekend`, regions named) of every valid record.
    """
    per_region: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for kind, ident, path, fields, named in records:
        if not fields:
            continue
        where = f"{kind} `{ident}` ({', '.join(fields)})"
        regions = [r for r in named if r in index.regions]
        if not regions:
            yield info(
                "not-stated",
                path,
                f"{_values(len(fields))} not stated by the sources: {', '.join(fields)}",
                HINT,
                loc=("id",),
            )
        for region in regions:
            per_region[region].append((where, len(fields)))
    for region_id in sorted(per_region):
        found = per_region[region_id]
        head = (
            f"{index.regions[region_id].name}: {_values(sum(n for _, n in found))} not stated by the sources "
            f"in records naming this region: "
        )
        yield info("not-stated", index.paths[("region", region_id)], head + _listed(head, found), HINT, loc=("id",))


def _listed(head: str, found: list[tuple[str, int]]) -> str:
    """The first records of `found`, whole, as many as fit a message after `head` (at most MAX_LISTED), and how
    many more there are: a record cut off halfway would not read as a record, nor be put into Dutch as one."""
    shown = whole_items(head, [where for where, _ in found], "; ", _more, most=MAX_LISTED)
    if len(found) > len(shown):
        shown.append(_more(len(found) - len(shown)))
    return "; ".join(shown)


def _more(count: int) -> str:
    return f"and {count} more record{'' if count == 1 else 's'}"


def _values(count: int) -> str:
    return f"{count} value{'' if count == 1 else 's'}"

"""Relations written once: retired region fields that moved to the actors, and names written twice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ggznet.index import Index
from ggznet.problems import Problem, error, warning
from ggznet.schema import Record, Region
from ggznet.schema.vocab import RegionType

# Region fields that repeated a relation the actor records hold; now derived (see docs/datamodel.md).
RETIRED: dict[str, dict[str, tuple[str, str]]] = {
    "region": {
        "insurers": ("zorgverzekeraar", "insurers"),
        "support_organisations": ("ros", "regional support organisations (ROS)"),
    },
}


def retired_fields(kind: str, data: dict[str, Any], path: str) -> tuple[dict[str, Any], list[Problem]]:
    """The data without retired fields, and an error per retired field saying where the relation goes now.

    The record itself still loads, so one old field does not hide the region from every other check.
    """
    retired = RETIRED.get(kind, {})
    if not any(key in data for key in retired):
        return data, []
    region = data.get("id") if isinstance(data.get("id"), str) else "<id>"
    problems = []
    for key, (actor_type, what) in retired.items():
        if key not in data:
            continue
        value = data[key]
        ids = [str(v)[:80] for v in value if isinstance(v, str)] if isinstance(value, list) else []
        if ids:
            files = ", ".join(f"data/actors/{i}.yaml" for i in ids[:3]) + (" …" if len(ids) > 3 else "")
            hint = f"add `{region}` to `regions:` in {files} and delete `{key}:` here"
        else:
            hint = f"delete `{key}:`; list the region in the actors' own `regions` instead"
        problems.append(
            error(
                "retired-field",
                path,
                f"`{key}` is no longer written on a region: its {what} are the actors of type "
                f"`{actor_type}` that name the region in their `regions`",
                hint,
                loc=(key,),
            )
        )
    return {k: v for k, v in data.items() if k not in retired}, problems


def check_written_twice(index: Index, record: Record, path: str) -> Iterator[Problem]:
    """A name in a region's `municipalities` that has its own `gemeente` record under the region."""
    if not isinstance(record, Region) or not record.municipalities:
        return
    own = {r.name.strip().casefold(): r for r in index.subregions(record.id) if r.type == RegionType.GEMEENTE}
    for i, name in enumerate(record.municipalities):
        twin = own.get(name.strip().casefold())
        if twin is not None:
            yield warning(
                "written-twice",
                path,
                f"municipality `{name}` has its own record ({index.path_of(twin)}, part of this region) "
                "and is shown from there",
                f"remove `{name}` from `municipalities`",
                loc=("municipalities", i),
            )

"""Initiatives elsewhere that may inspire a region, ranked; the ranking kept by a digest of every initiative."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import cast

from ggznet.index import Index
from ggznet.schema import Initiative
from ggznet.schema.vocab import InitiativeStatus


def score(ini: Initiative, themes_here: set[str], gaps: set[str]) -> float | None:
    """How much `ini` may inspire a region with these themes (and these themes missing); None: not at all."""
    themes = set(ini.themes)
    if themes.isdisjoint(themes_here) and themes.isdisjoint(gaps):
        return None
    found: float = len(themes & themes_here) + 2 * len(themes & gaps)
    found += 1 if ini.status in (InitiativeStatus.LOPEND, InitiativeStatus.GEBORGD) else 0
    found += 0.5 if ini.lessons or ini.success_factors else 0
    return found


def _rank(
    index: Index, area: set[str], here_ids: set[str], themes_here: set[str], limit: int
) -> list[tuple[str, float]]:
    gaps = set(index.theme_labels) - themes_here
    ranked: list[tuple[float, str]] = []
    # built for this pass only, not kept (500 at a time: the run's peak memory when the ranking is not kept yet)
    for ini in cast(Iterator[Initiative], index.each("initiative", 500)):
        if ini.id in here_ids or area.intersection(ini.regions):
            continue
        found = score(ini, themes_here, gaps)
        if found is not None:
            ranked.append((-found, ini.id))
    ranked.sort()
    return [(ident, -minus) for minus, ident in ranked[:limit]]


def _recalled(value: object, index: Index, limit: int) -> list[tuple[str, float]] | None:
    """The ranking the store gave back, checked for shape (it is untrusted input); None if it is not one."""
    if not isinstance(value, list) or len(value) > limit:
        return None
    found: list[tuple[str, float]] = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
            return None
        ident, points = item
        if not isinstance(points, int | float) or isinstance(points, bool) or ident not in index.initiatives:
            return None
        found.append((ident, points))
    return found


def _key(
    index: Index, area: Iterable[str], here_ids: Iterable[str], themes_here: Iterable[str], limit: int
) -> str | None:
    """A key that changes with any initiative (the scores read every one), the region, the themes or `limit`."""
    if index.memo is None:
        return None
    question = "\n".join(
        [
            ",".join(sorted(area)),
            ",".join(sorted(here_ids)),
            ",".join(sorted(themes_here)),
            ",".join(sorted(index.theme_labels)),
            str(limit),
        ]
    )
    name = f"inspiration:{hashlib.sha256(question.encode()).hexdigest()}"
    return index.memo.key(name, [("initiative", i) for i in index.initiatives])


def inspiring(
    index: Index, area: set[str], here: list[Initiative], limit: int, *, keep: bool = True
) -> list[tuple[Initiative, float]]:
    """The `limit` initiatives outside `area` (and not among `here`) that score highest, best first (ties by id).

    Scoring reads every initiative; with the indexed store (and `keep`) the ranking is kept by a digest
    of all of them, so a later run builds only the few it shows. `keep=False` for a caller that ranks
    for many regions of one index at once (the site): it builds every record anyway, and a kept
    ranking per region would crowd the network metrics out of the store's few kept results.
    """
    return ranked(index, area, {i.id for i in here}, {t for i in here for t in i.themes}, limit, keep=keep)


def ranked(
    index: Index,
    area: set[str],
    here_ids: set[str],
    themes_here: set[str],
    limit: int,
    *,
    keep: bool = True,
    known: object = None,
) -> list[tuple[Initiative, float]]:
    """`inspiring` for the region's initiatives given by their ids and their themes. `known`: a ranking the caller
    kept for this state of the knowledge base (`[[id, points], …]`, untrusted: checked as one kept here)."""
    found = _recalled(known, index, limit) if known is not None else None
    recalled = found is not None
    if found is None:
        key = _key(index, area, here_ids, themes_here, limit) if keep else None
        found = _recalled(index.memo.recall(key), index, limit) if key is not None and index.memo is not None else None
        recalled = found is not None
        if found is None:
            found = _rank(index, area, here_ids, themes_here, limit)
            if key is not None and index.memo is not None:
                index.memo.remember(key, [[ident, points] for ident, points in found])
    records = cast(list[Initiative], index.built("initiative", [ident for ident, _ in found]))
    if recalled and not _plausible(records, found, area, here_ids, themes_here, index):
        found = _rank(index, area, here_ids, themes_here, limit)  # a kept ranking that does not fit: rank again
        records = cast(list[Initiative], index.built("initiative", [ident for ident, _ in found]))
    return list(zip(records, [points for _, points in found], strict=True))


def _plausible(
    records: list[Initiative],
    found: list[tuple[str, float]],
    area: set[str],
    here_ids: set[str],
    themes_here: set[str],
    index: Index,
) -> bool:
    """Whether a kept ranking fits the records it names: each outside the region, with the score kept, in order."""
    gaps = set(index.theme_labels) - themes_here
    order = [(-points, ident) for ident, points in found]
    if order != sorted(order):
        return False
    return all(
        ini.id not in here_ids and not area.intersection(ini.regions) and score(ini, themes_here, gaps) == points
        for ini, (_, points) in zip(records, found, strict=True)
    )

"""The verdict of `validate` in parts: per file what the checks across records give it, and what those depend on.

A run that judged the whole knowledge base keeps, beside its verdict, per file the problems of
`item_problems` and the freshness warnings, and the inputs of the two checks that need every
record at once (the `part_of`/`follows` links for cycles, the values left open for the notes per
region), with the ids every kind held and the declared themes. A later run after a change judges
again only the files the change can touch (see `to_rejudge`) and takes the parts of every other
file as they were; the cycles and the notes are worked out again from the kept inputs each time.
The same functions judge a file either way, so the verdict is the one a run without the store gives.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ggznet.index import KINDS, Index
from ggznet.problems import Problem
from ggznet.validate import Entry, checks, item_problems
from ggznet.validate.facts import Facts, problem_json, problems_from_json
from ggznet.validate.unknowns import not_stated_per_region

_MAX_TEXT = 2_000
_MAX_ITEMS = 10_000_000
VERSION = 1
_FIRST, _SECOND, _THIRD, _FOURTH = (operator.itemgetter(n) for n in range(4))
Referring = Callable[[Sequence[tuple[str, str]]], "set[str] | None"]


@dataclass
class Parts:
    """What a judged state of the knowledge base leaves for the next run (all by file)."""

    window: tuple[int, int] = (0, 0)  # the days [from, until) on which every date check gives these answers
    themes: list[str] = field(default_factory=list)  # the declared themes
    ids: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # per kind: valid ids, broken ids
    items: dict[str, list[Problem]] = field(default_factory=dict)  # `item_problems`, where there are any
    stale: dict[str, list[Problem]] = field(default_factory=dict)  # freshness warnings (with --max-age)
    links: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # kind, id, `part_of`/`follows`
    unset: dict[str, tuple[str, str, list[str], list[str]]] = field(default_factory=dict)  # kind, id, open, regions


def judge(
    index: Index,
    today: dt.date,
    max_age: dt.timedelta | None,
    entries: Sequence[Entry],
    facts: Callable[[Sequence[Entry]], list[Facts]],
    old: Parts | None = None,
    rejudge: set[str] | None = None,
) -> tuple[list[Problem], list[Problem], Parts] | None:
    """The problems across records (to be capped per file with the load problems), the freshness warnings,
    and the parts they came from.

    Without `old`, every record is judged from its facts. With it, only the records whose files are in
    `rejudge`; the others keep their parts from `old`. None when `old` does not fit these records.
    """
    wanted = list(entries) if old is None or rejudge is None else [e for e in entries if e[2] in rejudge]
    parts = Parts(themes=sorted(index.theme_labels), ids=_ids(index))
    items, stale, links, unset = parts.items, parts.stale, parts.links, parts.unset
    for item in facts(wanted):
        found = item_problems(index, item, today)
        if found:
            items[item.path] = found
        if max_age is not None and item.valid:
            warned = list(checks.check_freshness([(item.kind, item.ident, item.path, item.verified)], today, max_age))
            if warned:
                stale[item.path] = warned
        if item.kind in checks.CHAINS and item.link is not None:
            links[item.path] = (item.kind, item.ident, item.link)
        if item.valid and item.unset:
            unset[item.path] = (item.kind, item.ident, item.unset, item.regions)
    if old is not None and rejudge is not None:
        paths, records = index.paths, index.records
        kept = set(paths.values()).difference(rejudge)  # files that hold a record now and are not judged again
        for path, found in old.items.items():
            if path in kept:
                items[path] = found
        for path, found in old.stale.items():
            if path in kept:
                stale[path] = found
        for path, link in old.links.items():
            if path in kept:
                if paths.get((link[0], link[1])) != path:
                    return None  # kept for another record than the file holds now
                links[path] = link
        for path, open_values in old.unset.items():
            if path in kept:
                kind, ident = open_values[0], open_values[1]
                if paths.get((kind, ident)) != path or ident not in records[kind]:
                    return None
                unset[path] = open_values
    problems = [p for found in items.values() for p in found]
    chains: dict[str, dict[str, str | None]] = {kind: {} for kind in checks.CHAINS}
    for kind, ident, target in links.values():
        chains[kind][ident] = target
    problems.extend(checks.check_cycles(index, chains))
    open_in_order = [(kind, ident, path, *unset[path][2:]) for kind, ident, path, _ in entries if path in unset]
    problems.extend(not_stated_per_region(index, open_in_order))
    return problems, [p for found in stale.values() for p in found], parts


def _ids(index: Index) -> dict[str, tuple[list[str], list[str]]]:
    return {kind: (list(index.records[kind]), list(index.broken[kind])) for kind in KINDS}


def to_rejudge(
    index: Index,
    old: Parts,
    entries: Sequence[Entry],
    changed: set[str],
    vouched: set[str],
    referring: Referring,
) -> set[str] | None:
    """The files whose parts a change can alter (None: cannot tell, judge everything).

    - every file read or built this run (changed, or with problems of its own: not vouched for by the store);
    - when an id came or went (or turned valid or broken): the files that refer to it (in any kind, for the
      hint that names the kind it is), and every file that had a reference to a missing id (the hint
      suggests ids of the kind);
    - when a region changed: every region (municipalities with records of their own).
    """
    rejudge = set(index.paths.values()).difference(vouched)  # (also files that hold an id and nothing to judge)
    rejudge.update(changed)
    came_or_went: set[str] = set()
    now = _ids(index)
    for kind in KINDS:
        before = old.ids.get(kind)
        if before is None:
            return None
        came_or_went.update(set(before[0]).symmetric_difference(now[kind][0]))
        came_or_went.update(set(before[1]).symmetric_difference(now[kind][1]))
    if came_or_went:
        found = referring([(kind, ident) for kind in KINDS for ident in sorted(came_or_went)])
        if found is None:
            return None
        rejudge.update(found)
        rejudge.update(
            path for path, problems in old.items.items() if any(p.code == "unresolved-reference" for p in problems)
        )
    if any(path.startswith("data/regions/") for path in changed):
        rejudge.update(path for kind, _, path, _ in entries if kind == "region")
    return rejudge


# -- JSON in and out -----------------------------------------------------------------------------------


def encode(parts: Parts) -> dict[str, Any] | None:
    """The JSON form of the parts; None when an id is empty or holds a space (the ids of a kind are kept joined
    by spaces, which would not give them back)."""
    if any(not ident or " " in ident for valid, broken in parts.ids.values() for ident in (*valid, *broken)):
        return None
    return {
        "version": VERSION,
        "window": list(parts.window),
        "themes": parts.themes,
        "ids": {kind: [" ".join(valid), " ".join(broken)] for kind, (valid, broken) in parts.ids.items()},
        "items": {path: [problem_json(p) for p in found] for path, found in parts.items.items()},
        "stale": {path: [problem_json(p) for p in found] for path, found in parts.stale.items()},
        "links": {path: list(link) for path, link in parts.links.items()},
        "unset": {path: [kind, ident, unset, regions] for path, (kind, ident, unset, regions) in parts.unset.items()},
    }


def _text(value: object, limit: int = _MAX_TEXT) -> bool:
    return type(value) is str and len(value) <= limit


def _texts(value: object) -> list[str] | None:
    if type(value) is not list or len(value) > _MAX_ITEMS or not _all_texts(value):
        return None
    return value


def _all_texts(values: Iterable[object]) -> bool:
    """Whether every value is text (checked in C: these lists hold thousands)."""
    return set(map(type, values)) <= {str}


def _lists_of(values: Sequence[object], size: int) -> bool:
    """Whether every value is a list of `size` items."""
    return set(map(type, values)) <= {list} and set(map(len, values)) <= {size}  # type: ignore[arg-type]


def _problems(value: object, path: str) -> list[Problem] | None:
    if type(value) is not list or not value or len(value) > _MAX_ITEMS:
        return None
    return problems_from_json(value, path)


def _by_path(value: object) -> dict[str, Any] | None:
    if type(value) is not dict or len(value) > _MAX_ITEMS:
        return None
    if not (_all_texts(value) and all(map(str.startswith, value, itertools.repeat("data/")))):
        return None
    return value


def decode(payload: object) -> Parts | None:
    """Parts from their JSON form (as `encode` writes it), checked for shape; None when it is not that."""
    if type(payload) is not dict or payload.get("version") != VERSION:
        return None
    window, themes, ids_in = payload.get("window"), _texts(payload.get("themes")), payload.get("ids")
    if not (type(window) is list and len(window) == 2 and all(type(d) is int and 0 <= d < 2**32 for d in window)):
        return None
    if themes is None or type(ids_in) is not dict or set(ids_in) != set(KINDS):
        return None
    ids: dict[str, tuple[list[str], list[str]]] = {}
    for kind, pair in ids_in.items():
        if not (type(pair) is list and len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is str):
            return None
        ids[kind] = (pair[0].split(" ") if pair[0] else [], pair[1].split(" ") if pair[1] else [])
    parts = Parts((window[0], window[1]), themes, ids)
    items_in, stale_in = _by_path(payload.get("items")), _by_path(payload.get("stale"))
    links_in, unset_in = _by_path(payload.get("links")), _by_path(payload.get("unset"))
    if items_in is None or stale_in is None or links_in is None or unset_in is None:
        return None
    for source, target in ((items_in, parts.items), (stale_in, parts.stale)):
        for path, value in source.items():
            found = _problems(value, path)
            if found is None:
                return None
            target[path] = found
    links, unset = list(links_in.values()), list(unset_in.values())
    if not (_lists_of(links, 3) and _all_texts(itertools.chain.from_iterable(links))):
        return None
    if not set(map(_FIRST, links)) <= set(checks.CHAINS):
        return None
    parts.links = {path: (kind, ident, target) for path, (kind, ident, target) in links_in.items()}
    if not (_lists_of(unset, 4) and set(map(_FIRST, unset)) <= set(KINDS) and _all_texts(map(_SECOND, unset))):
        return None
    open_lists, region_lists = list(map(_THIRD, unset)), list(map(_FOURTH, unset))
    if not (set(map(type, open_lists)) | set(map(type, region_lists)) <= {list} and 0 not in set(map(len, open_lists))):
        return None
    if not _all_texts(itertools.chain.from_iterable([*open_lists, *region_lists])):
        return None
    parts.unset = {path: (kind, ident, found, regions) for path, (kind, ident, found, regions) in unset_in.items()}
    return parts

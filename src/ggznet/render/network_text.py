"""The network as a few lines of text, for a terminal: per party, who it works with and in which initiatives."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ggznet.index import Index
from ggznet.render.mermaid import Linked

MAX_ACTORS = 15
MAX_PARTNERS = 6
MAX_VIA = 3


def who_works_with_whom(index: Index, initiatives: Sequence[Linked]) -> list[dict[str, Any]]:
    """Parties that share an initiative with another party, the most connected first.

    Each entry: `name`, `partners` (names, at most MAX_PARTNERS), `more` (how many partners are left out),
    `via` (initiative names, at most MAX_VIA) and `more_via`.
    """
    partners: dict[str, set[str]] = defaultdict(set)
    via: dict[str, set[str]] = defaultdict(set)
    for ini in initiatives:
        members = sorted({a.actor for a in ini.actors if a.actor in index.actors})
        for actor in members:
            others = [m for m in members if m != actor]
            if others:
                partners[actor].update(others)
                via[actor].add(ini.name)
    name = functools.partial(index.label, "actor")  # the name alone: no need to build a partner from elsewhere
    ranked = sorted(partners, key=lambda a: (-len(partners[a]), name(a).lower()))[:MAX_ACTORS]
    lines = []
    for actor in ranked:
        names = sorted(map(name, partners[actor]), key=str.lower)
        places = sorted(via[actor], key=str.lower)
        lines.append(
            {
                "name": name(actor),
                "partners": names[:MAX_PARTNERS],
                "more": max(0, len(names) - MAX_PARTNERS),
                "via": places[:MAX_VIA],
                "more_via": max(0, len(places) - MAX_VIA),
            }
        )
    return lines

"""A Mermaid flowchart of actors and initiatives that renders on GitHub and GitLab, capped to stay readable."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from ggznet import charpolicy
from ggznet.index import Index
from ggznet.render.i18n import labels, word
from ggznet.schema.vocab import InitiativeStatus, Role

MAX_INITIATIVES = 20
MAX_ACTORS = 30
STATUS_COLOURS = {
    "idee": "#f2f2f2", "verkenning": "#fff2cc", "pilot": "#ffe0b3", "lopend": "#d9ead3",
    "geborgd": "#b6d7a8", "afgerond": "#cfe2f3", "gestopt": "#f4cccc", "onbekend": "#ffffff",
}  # fmt: skip


def mermaid_label(text: str) -> str:
    """Text safe inside a Mermaid `["…"]` label."""
    text = charpolicy.shown(" ".join(str(text).split()))
    text = text.replace("&", "&amp;").replace('"', "#quot;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"[`|{}\[\]]", " ", text)
    return text[:60] + ("…" if len(text) > 60 else "")


class Party(Protocol):
    """What the network views read of an actor's role in an initiative (`ActorRole`)."""

    @property
    def actor(self) -> str: ...

    @property
    def role(self) -> Role: ...


class Linked(Protocol):
    """What the network views read of an initiative: an `Initiative`, or what a report kept of one."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def status(self) -> InitiativeStatus: ...

    @property
    def part_of(self) -> str | None: ...

    @property
    def actors(self) -> Sequence[Party]: ...


L = TypeVar("L", bound=Linked)


def capped_network(
    index: Index, initiatives: Sequence[L], *, max_initiatives: int = MAX_INITIATIVES, max_actors: int = MAX_ACTORS
) -> tuple[list[L], list[str]]:
    """The best-connected initiatives (by id) and the actors most involved in them (ids, sorted).

    The Mermaid diagram and the network picture (`render.pictures`) show the same selection.
    """
    ranked = sorted(initiatives, key=lambda i: (-len(i.actors), i.id))
    shown = sorted(ranked[:max_initiatives], key=lambda i: i.id)
    actor_weight: dict[str, int] = {}
    for ini in shown:
        for a in ini.actors:
            if a.actor in index.actors:
                actor_weight[a.actor] = actor_weight.get(a.actor, 0) + 1
    actors = sorted(sorted(actor_weight, key=lambda a: (-actor_weight[a], a))[:max_actors])
    return shown, actors


def network_diagram(index: Index, initiatives: Sequence[Linked], *, lang: str) -> dict[str, Any]:
    """Mermaid source plus how much was left out, for the report's network section."""
    shown, actors = capped_network(index, initiatives)
    if not shown:
        return {"source": None, "shown": 0, "total": 0, "cut": False}
    lines = ["flowchart LR"]
    actor_node = {a: f"a{n}" for n, a in enumerate(actors)}
    for actor_id in actors:
        lines.append(f'  {actor_node[actor_id]}(["{mermaid_label(index.label("actor", actor_id))}"])')
    ini_node = {i.id: f"i{n}" for n, i in enumerate(shown)}
    for ini in shown:
        lines.append(f'  {ini_node[ini.id]}["{mermaid_label(ini.name)}"]')
    for ini in shown:
        for ar in ini.actors:
            if ar.actor in actor_node:
                role = mermaid_label(word(str(ar.role), lang))
                lines.append(f'  {actor_node[ar.actor]} -->|"{role}"| {ini_node[ini.id]}')
        if ini.part_of and ini.part_of in ini_node:
            lines.append(f"  {ini_node[ini.id]} -.-> {ini_node[ini.part_of]}")
    for status, colour in STATUS_COLOURS.items():
        lines.append(f"  classDef {status} fill:{colour},stroke:#666")
    lines.append("  classDef actor fill:#ffffff,stroke:#333")
    for status in STATUS_COLOURS:
        members = [ini_node[i.id] for i in shown if i.status == status]
        if members:
            lines.append(f"  class {','.join(members)} {status}")
    if actors:
        lines.append(f"  class {','.join(actor_node[a] for a in actors)} actor")
    cut = len(initiatives) > len(shown)
    note = labels(lang)["diagram_cut"].format(shown=len(shown), total=len(initiatives)) if cut else None
    return {"source": "\n".join(lines), "shown": len(shown), "total": len(initiatives), "cut": cut, "note": note}

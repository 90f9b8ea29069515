"""Shell completion of ids and vocabulary values; reads file names only, so it stays fast."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

FOLDERS = {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}


def _ids(kind: str, kb: object = None) -> list[str]:
    """Ids of one kind, from the file names in the knowledge base (`kb`, else the one found from here)."""
    try:
        from ggznet.store.files import find_root

        root = find_root(kb)  # type: ignore[arg-type]
    except Exception:
        return []
    folder = Path(root) / "data" / FOLDERS[kind]
    try:
        return sorted(name[:-5] for name in os.listdir(folder) if name.endswith(".yaml"))
    except OSError:
        return []


def complete_region(incomplete: str) -> list[str]:
    return [i for i in _ids("region") if i.startswith(incomplete)]


def complete_actor(incomplete: str) -> list[str]:
    return [i for i in _ids("actor") if i.startswith(incomplete)]


def complete_ref(incomplete: str) -> list[str]:
    if ":" in incomplete:
        kind, _, rest = incomplete.partition(":")
        if kind in FOLDERS:
            return [f"{kind}:{i}" for i in _ids(kind) if i.startswith(rest)]
        return []
    found = [i for kind in FOLDERS for i in _ids(kind) if i.startswith(incomplete)]
    return found or [f"{k}:" for k in FOLDERS if k.startswith(incomplete)]


def _values(name: str) -> list[str]:
    from ggznet.schema import vocab

    if name == "status":
        return [*map(str, vocab.InitiativeStatus), *map(str, vocab.MeetingStatus)]
    if name == "type":
        return sorted(
            {str(v) for e in (vocab.RegionType, vocab.ActorType, vocab.InitiativeType, vocab.MeetingType) for v in e}
        )
    if name == "domain":
        return [str(v) for v in vocab.Domain]
    if name == "role":
        return [str(v) for v in vocab.Role]
    if name == "theme":
        return _themes()
    return []


def _themes() -> list[str]:
    import re

    try:
        from ggznet.store.files import find_root

        text = (find_root(None) / "data" / "vocabulary.yaml").read_text(encoding="utf-8")
    except Exception:
        return []
    return re.findall(r"\bid:\s*([a-z0-9-]+)", text)


def complete_value(name: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [v for v in _values(name) if v.startswith(incomplete)]

    return complete

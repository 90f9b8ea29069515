"""Shell completion of ids and vocabulary values; reads file names only, so it stays fast.

Every completer takes the context, so that `--kb DIR` (before or after the command) is honoured.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

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


def _kb(ctx: Any) -> Path | None:
    from ggznet.cli.options import kb_of

    return kb_of(ctx)


def complete_region(ctx: typer.Context, incomplete: str) -> list[str]:
    return [i for i in _ids("region", _kb(ctx)) if i.startswith(incomplete)]


def complete_actor(ctx: typer.Context, incomplete: str) -> list[str]:
    return [i for i in _ids("actor", _kb(ctx)) if i.startswith(incomplete)]


def complete_ref(ctx: typer.Context, incomplete: str) -> list[str]:
    kb = _kb(ctx)
    if ":" in incomplete:
        kind, _, rest = incomplete.partition(":")
        if kind in FOLDERS:
            return [f"{kind}:{i}" for i in _ids(kind, kb) if i.startswith(rest)]
        return []
    found = [i for kind in FOLDERS for i in _ids(kind, kb) if i.startswith(incomplete)]
    return found or [f"{k}:" for k in FOLDERS if k.startswith(incomplete)]


def _values(name: str, kb: Path | None = None) -> list[str]:
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
        return _themes(kb)
    return []


def _themes(kb: Path | None = None) -> list[str]:
    import re

    try:
        from ggznet.store.files import find_root, read_text

        text = read_text(find_root(kb) / "data" / "vocabulary.yaml")  # a regular file only: never a FIFO or a device
    except Exception:
        return []
    if text is None:
        return []
    return re.findall(r"\bid:\s*([a-z0-9-]+)", text)


def complete_value(name: str) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        return [v for v in _values(name, _kb(ctx)) if v.startswith(incomplete)]

    return complete

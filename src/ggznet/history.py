"""What changed in the knowledge base between two commits, record by record and field by field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ggznet.store import git, yamlfast

KIND_BY_FOLDER = {"regions": "region", "actors": "actor", "initiatives": "initiative", "meetings": "meeting"}
IGNORED = {"id"}


@dataclass(frozen=True)
class Change:
    date: str
    commit: str
    author: str
    kind: str
    id: str
    change: str  # added, removed, changed, action-added, action-done, …
    field: str | None = None
    old: Any = None
    new: Any = None

    def row(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "commit": self.commit[:10],
            "author": self.author,
            "kind": self.kind,
            "id": self.id,
            "change": self.change,
            "field": self.field,
            "old": _text(self.old),
            "new": _text(self.new),
        }


def _text(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return ", ".join(map(str, value))
    return str(value)


def _parse(text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    data = yamlfast.parse(text.removeprefix("\ufeff")).data
    return data if isinstance(data, dict) else {}


def _actions(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    outcomes = data.get("outcomes") or {}
    actions = outcomes.get("actions") if isinstance(outcomes, dict) else None
    return {str(a.get("id")): a for a in actions or [] if isinstance(a, dict)}


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[tuple[str, str, Any, Any]]:
    """(change, field, old, new) for one record: statuses and values, and actions added or done."""
    for key in sorted(set(old) | set(new)):
        if key in IGNORED or old.get(key) == new.get(key):
            continue
        if key == "outcomes":
            before, after = _actions(old), _actions(new)
            for aid in sorted(set(after) - set(before)):
                yield "action-added", f"outcomes.actions.{aid}", None, after[aid].get("what")
            for aid in sorted(set(before) & set(after)):
                if before[aid].get("status") != after[aid].get("status"):
                    kind = "action-done" if after[aid].get("status") == "done" else "action-changed"
                    yield kind, f"outcomes.actions.{aid}.status", before[aid].get("status"), after[aid].get("status")
            for aid in sorted(set(before) - set(after)):
                yield "action-removed", f"outcomes.actions.{aid}", before[aid].get("what"), None
            rest_old = (
                {k: v for k, v in (old.get(key) or {}).items() if k != "actions"}
                if isinstance(old.get(key), dict)
                else old.get(key)
            )
            rest_new = (
                {k: v for k, v in (new.get(key) or {}).items() if k != "actions"}
                if isinstance(new.get(key), dict)
                else new.get(key)
            )
            if rest_old != rest_new:
                yield "changed", "outcomes", None, None
            continue
        yield "changed", key, old.get(key), new.get(key)


def changes(root: Path, base: str | None, until: str = "HEAD") -> list[Change]:
    """Every record change in the commits after `base` up to `until`, oldest first."""
    out: list[Change] = []
    for commit in git.commits(root, base, until):
        parent = git.parent_of(root, commit.sha)
        for status, path in git.files_in_commit(root, commit.sha):
            parts = path.split("/")
            if len(parts) != 3 or parts[1] not in KIND_BY_FOLDER or not parts[2].endswith(".yaml"):
                continue
            kind, ident = KIND_BY_FOLDER[parts[1]], parts[2][:-5]
            common = {
                "date": commit.date.isoformat(),
                "commit": commit.sha,
                "author": commit.author,
                "kind": kind,
                "id": ident,
            }
            if status == "A":
                out.append(Change(**common, change="added"))
            elif status == "D":
                out.append(Change(**common, change="removed"))
            else:
                before = _parse(git.file_at(root, parent, path)) if parent else {}
                after = _parse(git.file_at(root, commit.sha, path))
                found = list(field_changes(before, after))
                if not found:
                    out.append(Change(**common, change="changed", field="(layout or comments)"))
                for change, name, old, new in found:
                    out.append(Change(**common, change=change, field=name, old=old, new=new))
    return out

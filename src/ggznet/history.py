"""What changed in the knowledge base between two commits, record by record and field by field.

The one history engine: `ggznet changes` and the briefing's "what changed" both read it. Git history is
untrusted input (a cloned repository may hold anything): every historical file is bounded in size, parsed
like a record file, and compared whatever its shape; nothing here raises for odd data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ggznet.store import git, yamlfast

KIND_BY_FOLDER = {"regions": "region", "actors": "actor", "initiatives": "initiative", "meetings": "meeting"}
IGNORED = {"id"}
MAX_FILE_BYTES = 1_000_000  # the same bound as for record files on disk
MAX_TEXT = 300  # old and new values longer than this are shortened in the output
_RECORD_PATH = re.compile(r"data/(regions|actors|initiatives|meetings)/([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml")

Keep = Callable[[str, str, dict[str, Any], dict[str, Any]], bool]
"""A filter on changed records: (kind, id, data before, data after) → keep it."""


@dataclass(frozen=True)
class Change:
    date: str
    commit: str
    author: str
    kind: str
    id: str
    change: str  # added, removed, changed, action-*, unreadable; `more`: `new` more record files in this commit
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
            "old": text_of(self.old),
            "new": text_of(self.new),
        }


def text_of(value: Any) -> Any:
    """A value as plain JSON-able data: scalars kept, lists of scalars joined, the rest as (shortened) text."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
        value = ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


@dataclass(frozen=True)
class Unreadable:
    """Why a historical version of a file could not be compared."""

    reason: str  # too-large, not-utf8, not-yaml
    size: int = 0


def parse_version(data: bytes | git.TooLarge | None) -> dict[str, Any] | Unreadable:
    """One historical version of a record file as a mapping ({} when absent or not a mapping)."""
    if data is None:
        return {}
    if isinstance(data, git.TooLarge):
        return Unreadable("too-large", data.size)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return Unreadable("not-utf8", len(data))
    try:
        parsed = yamlfast.parse(text)
    except Exception:  # a parser failure on hostile history is a finding, never a crash
        return Unreadable("not-yaml", len(data))
    if parsed.findings:
        return Unreadable("not-yaml", len(data))
    return parsed.data if isinstance(parsed.data, dict) else {}


def _key_order(key: Any) -> tuple[str, str]:
    return (type(key).__name__, str(key))


def _actions(outcomes: Any) -> dict[str, dict[str, Any]] | None:
    """Action items by id, or None when `outcomes.actions` is not a list (then it is compared as a whole)."""
    if not isinstance(outcomes, dict):
        return {}
    actions = outcomes.get("actions")
    if actions is None:
        return {}
    if not isinstance(actions, list):
        return None
    found: dict[str, dict[str, Any]] = {}
    for item in actions:
        if isinstance(item, dict):
            found.setdefault(str(item.get("id")), item)
    return found


def _get(mapping: Any, key: Any) -> Any:
    return mapping.get(key) if isinstance(mapping, dict) else None


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[tuple[str, str, Any, Any]]:
    """(change, field, old, new) for one record: values field by field (one level into mappings), and
    action items added, done, changed or removed. Any shape of data is compared; nothing raises."""
    for key in sorted(set(old) | set(new), key=_key_order):
        name = str(key)
        if name in IGNORED or _same(old.get(key), new.get(key)):
            continue
        before, after = old.get(key), new.get(key)
        if name == "outcomes":
            yield from _outcome_changes(before, after)
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            for sub in sorted(set(before) | set(after), key=_key_order):
                if not _same(before.get(sub), after.get(sub)):
                    yield "changed", f"{name}.{sub}", before.get(sub), after.get(sub)
            continue
        yield "changed", name, before, after


def _outcome_changes(before: Any, after: Any) -> Iterator[tuple[str, str, Any, Any]]:
    old_actions, new_actions = _actions(before), _actions(after)
    if old_actions is None or new_actions is None:
        yield "changed", "outcomes.actions", _get(before, "actions"), _get(after, "actions")
    else:
        for aid in sorted(set(new_actions) - set(old_actions)):
            yield "action-added", f"outcomes.actions.{aid}", None, new_actions[aid].get("what")
        for aid in sorted(set(old_actions) & set(new_actions)):
            was, now = old_actions[aid], new_actions[aid]
            if not _same(was.get("status"), now.get("status")):
                kind = "action-done" if now.get("status") == "done" else "action-changed"
                yield kind, f"outcomes.actions.{aid}.status", was.get("status"), now.get("status")
            elif not _same(was, now):
                yield "action-changed", f"outcomes.actions.{aid}", was.get("what"), now.get("what")
        for aid in sorted(set(old_actions) - set(new_actions)):
            yield "action-removed", f"outcomes.actions.{aid}", old_actions[aid].get("what"), None
    rest_before = {k: v for k, v in before.items() if k != "actions"} if isinstance(before, dict) else before
    rest_after = {k: v for k, v in after.items() if k != "actions"} if isinstance(after, dict) else after
    if isinstance(rest_before, dict | None) and isinstance(rest_after, dict | None):
        rest_before, rest_after = rest_before or {}, rest_after or {}
        for sub in sorted(set(rest_before) | set(rest_after), key=_key_order):
            if not _same(rest_before.get(sub), rest_after.get(sub)):
                yield "changed", f"outcomes.{sub}", rest_before.get(sub), rest_after.get(sub)
    elif not _same(rest_before, rest_after):
        yield "changed", "outcomes", rest_before, rest_after


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) and type(a) is type(b)
    except Exception:  # comparison of exotic values: treat as different
        return False


def record_of(path: str) -> tuple[str, str] | None:
    """(kind, id) for a record file path (`data/actors/menzis.yaml`); None for anything else."""
    match = _RECORD_PATH.fullmatch(path)
    return (KIND_BY_FOLDER[match.group(1)], match.group(2)) if match else None


def changes(
    root: Path,
    base: str | None,
    until: str = "HEAD",
    *,
    keep: Keep | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    per_commit: int | None = None,
) -> list[Change]:
    """Every record change in the commits after `base` up to `until`, oldest first.

    Only record files count (`data/<kind folder>/<id>.yaml`); `keep` narrows further. A historical file
    larger than `max_bytes`, not UTF-8 or not YAML gives one `unreadable` change that says so. With
    `per_commit`, a commit's record files after the first `per_commit` are not read: one `more` change
    counts them (an import of thousands of records is one line, not thousands).
    """
    out: list[Change] = []
    with git.BlobReader(root, max_bytes) as reader:
        for commit in git.commits(root, base, until):
            parent = git.parent_of(root, commit.sha)
            records = [(status, path, found) for status, path in git.files_in_commit(root, commit.sha, parent)
                       if (found := record_of(path)) is not None]  # fmt: skip
            more = None
            if per_commit is not None and len(records) > per_commit:
                left = len(records) - per_commit
                more = Change(commit.date.isoformat(), commit.sha, commit.author, "", "", "more", new=left)
                records = records[:per_commit]
            start = len(out)
            for status, path, (kind, ident) in records:
                before = parse_version(reader.read(parent, path)) if parent and status != "A" else {}
                after = parse_version(reader.read(commit.sha, path)) if status != "D" else {}
                common = {
                    "date": commit.date.isoformat(),
                    "commit": commit.sha,
                    "author": commit.author,
                    "kind": kind,
                    "id": ident,
                }
                broken = next((v for v in (after, before) if isinstance(v, Unreadable)), None)
                if broken is not None:
                    if keep is None or keep(kind, ident, {}, {}):
                        out.append(Change(**common, change="unreadable", field=broken.reason, new=broken.size))
                    continue
                assert isinstance(before, dict) and isinstance(after, dict)
                if keep is not None and not keep(kind, ident, before, after):
                    continue
                if status == "A":
                    out.append(Change(**common, change="added"))
                elif status == "D":
                    out.append(Change(**common, change="removed"))
                else:
                    found_changes = list(field_changes(before, after))
                    if not found_changes:
                        out.append(Change(**common, change="changed", field="(layout or comments)"))
                    for change, name, old, new in found_changes:
                        out.append(Change(**common, change=change, field=name, old=old, new=new))
            if more is not None:  # first of its commit's changes: read newest first, it closes the commit
                out.insert(start, more)
    return out


@dataclass(frozen=True)
class Window:
    """The changes between two days, and whether the history only starts after the first one."""

    changes: list[Change]
    started: str | None = None  # the date of the first commit, when the history starts after `since`


def between(root: Path, since: dt.date, until: dt.date, *, keep: Keep | None = None) -> Window | None:
    """Record changes committed after the day `since` up to the end of the day `until`; None without git.

    When the history starts later than `since`, the commit that started it is the starting point (adding
    every record at once is not a change) and `Window.started` says from when the changes are known.
    """
    try:
        first = git.first_commit(root)
        if first is None:
            return Window([])
        base = git.commit_before(root, since.isoformat())
        end = git.commit_before(root, until.isoformat())
    except git.HistoryError:
        return None
    started = None
    if base is None:
        base, started = first.sha, first.date.isoformat()
    if end is None:
        return Window([], started)
    return Window(changes(root, base, end, keep=keep), started)

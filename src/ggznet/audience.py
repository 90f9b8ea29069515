"""What an audience may see: the one place that decides it, for every command and every output format.

Commands never filter by themselves: they render an index that this module made for the audience.

* `internal` (the default) sees every record; a BSN that slipped into a record is masked.
* `public` sees no record marked `internal: true`, nothing that points to one (its name, id or the
  relation: a `part_of`, a role, a forum, an action it owns), no contacts, and no e-mail address or
  phone number in any text. A record that cannot stand without a hidden one (an initiative whose only
  region is internal) is hidden too; so is anything that points to a record that is not loaded at all
  (it may be an internal record with an error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from ggznet import personal
from ggznet.errors import UsageError
from ggznet.index import Index, iter_references
from ggznet.schema import Record

T = TypeVar("T")


class Audience(StrEnum):
    internal = "internal"
    public = "public"


def parse(value: str | Audience) -> Audience:
    try:
        return Audience(str(value))
    except ValueError:
        raise UsageError(f"--audience: `{value}` is not valid", "choose internal or public") from None


# A reference in a list item whose item means nothing without it: the item goes (an actor's role, a
# related initiative, an action and its owner). Other references are emptied or dropped from their list.
_ITEM_NEEDS = {("actors", "actor"), ("related", "initiative"), ("actions", "owner")}


def view(index: Index, audience: str | Audience, *, flagged: Iterable[str] = ()) -> Index:
    """The index this audience may see. `flagged`: paths of files with a BSN problem (masked for everyone)."""
    audience = parse(audience)
    flagged = set(flagged)
    if audience is Audience.internal:
        if not flagged:
            return index
        out = Index(vocabulary=index.vocabulary)
        for record in index.all_records():
            path = index.path_of(record)
            shown = _rewrite(record, set(), contacts=False) if path in flagged else record
            if shown is not None:  # an id that holds a BSN cannot be shown at all
                out.add(shown, path)
        return out
    return _public(index)


def visible_changes(changes: list[T], index: Index) -> list[T]:
    """Changes (git history) the public may see: only of records in its index, without author or
    commit subject (which can name anything, or anyone)."""
    import dataclasses

    kinds = {"regions": "region", "actors": "actor", "initiatives": "initiative", "meetings": "meeting"}
    out = []
    for change in changes:
        parts = str(getattr(change, "path", "")).split("/")
        kind = kinds.get(parts[1]) if len(parts) == 3 and parts[2].endswith(".yaml") else None
        if kind and index.get(kind, parts[2].removesuffix(".yaml")) is not None:
            out.append(dataclasses.replace(change, author="", subject=""))  # type: ignore[type-var]
    return out


_SLUG = re.compile(r"[\w-]+")


def visible_record_changes(changes: list[T], everything: Index, shown: Index, audience: str | Audience) -> list[T]:
    """Record changes (`history.Change`, field by field) this audience may see, their values made safe.

    Old values come from git history, which no record check ever looked at again: for every audience a
    BSN in them is masked. The public sees only changes of records in its index `shown`, without author,
    contacts, e-mail addresses or phone numbers, and no change whose values name a record it may not see
    (by id or name), nor of an action that its index left out (one owned by an internal party).
    """
    import dataclasses

    from ggznet.history import text_of

    public = parse(audience) is Audience.public
    hidden_ids = {r.id for r in everything.all_records() if shown.get(r.kind, r.id) is None} if public else set()
    hidden_names = {r.label for r in everything.all_records() if r.id in hidden_ids}
    if public:  # records the history knows but the public may not see now (deleted since: maybe internal)
        hidden_ids |= {
            str(getattr(c, "id", ""))
            for c in changes
            if getattr(c, "change", None) != "more" and shown.get(getattr(c, "kind", ""), getattr(c, "id", "")) is None
        }
    out = []
    for change in changes:
        if getattr(change, "change", None) == "more":  # files of a large commit left unread: no record, no values
            out.append(dataclasses.replace(change, author="", new=None) if public else change)  # type: ignore[type-var]
            continue
        kind, ident, name = getattr(change, "kind", ""), getattr(change, "id", ""), getattr(change, "field", None)
        values = {}
        for key in ("old", "new"):
            value = getattr(change, key)
            text = None if value is None else str(text_of(value))
            if text is not None and personal.hint(text):
                value = personal.redact(text, contacts=public)
            values[key] = value
        if public:
            record = shown.get(kind, ident)
            if record is None or (name or "").startswith("contacts") or _hidden_action(everything, record, name):
                continue
            texts = [str(text_of(v)) for v in values.values() if v is not None]
            if any(hidden_ids & set(_SLUG.findall(t)) or any(n in t for n in hidden_names) for t in texts):
                continue
            values["author"] = ""
        out.append(dataclasses.replace(change, **values))  # type: ignore[type-var]
    return out


def _hidden_action(everything: Index, record: Record, name: str | None) -> bool:
    """A change of an action (`outcomes.actions.<id>…`) that the record has, but not in this audience's view."""
    parts = (name or "").split(".")
    if parts[:2] != ["outcomes", "actions"] or len(parts) < 3:
        return False
    full = everything.get(record.kind, record.id)
    has = {str(a.id) for a in getattr(full, "actions", [])}
    keeps = {str(a.id) for a in getattr(record, "actions", [])}
    return parts[2] in has and parts[2] not in keeps


def _public(index: Index) -> Index:
    hidden = {(r.kind, r.id) for r in index.all_records() if r.internal}
    while True:  # hiding one record can leave another without a required reference: repeat until stable
        kept: dict[tuple[str, str], Record] = {}
        newly_hidden = False
        for record in index.all_records():
            key = (record.kind, record.id)
            if key in hidden:
                continue
            drop = {
                ref.loc
                for ref in iter_references(record)
                if (ref.kind, ref.target) in hidden or index.get(ref.kind, ref.target) is None
            }
            rewritten = _rewrite(record, drop, contacts=True)
            if rewritten is None:
                hidden.add(key)
                newly_hidden = True
                continue
            kept[key] = rewritten
        if not newly_hidden:
            break
    public = Index(vocabulary=index.vocabulary)
    for record in index.all_records():
        found = kept.get((record.kind, record.id))
        if found is not None:
            public.add(found, index.path_of(record))
    return public


def _rewrite(record: Record, drop: set[tuple[str | int, ...]], *, contacts: bool) -> Record | None:
    """The record without the references at `drop` and (for the public) without contact details;
    None when what is left is not a valid record."""
    needs_text = _has_personal_text(record, contacts=contacts)
    has_contacts = contacts and bool(getattr(record, "contacts", None))
    if not drop and not needs_text and not has_contacts:
        return record
    data = record.model_dump(mode="json", exclude_defaults=True)
    _remove_references(data, drop)
    if has_contacts:
        data.pop("contacts", None)
    if needs_text:
        data = _redact(data, contacts=contacts)
    try:
        return type(record).model_validate(data)
    except ValueError:  # pydantic's ValidationError: what is left is not a valid record
        return None


def _remove_references(data: dict[str, Any], drop: set[tuple[str | int, ...]]) -> None:
    removals: dict[tuple[str | int, ...], set[int]] = {}  # list path -> indexes to remove
    for loc in drop:
        if len(loc) >= 3 and isinstance(loc[-2], int) and (loc[-3], loc[-1]) in _ITEM_NEEDS:
            removals.setdefault(loc[:-2], set()).add(loc[-2])
        elif isinstance(loc[-1], int):
            removals.setdefault(loc[:-1], set()).add(loc[-1])
        else:
            parent = _at(data, loc[:-1])
            if isinstance(parent, dict):
                parent.pop(loc[-1], None)
    for path, indexes in removals.items():
        items = _at(data, path)
        if isinstance(items, list):
            items[:] = [item for i, item in enumerate(items) if i not in indexes]
    nxt = data.get("next_meeting")
    if isinstance(nxt, dict) and "date" not in nxt:
        data.pop("next_meeting", None)


def _at(data: Any, loc: tuple[str | int, ...]) -> Any:
    node = data
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _strings(data: Any) -> Iterable[str]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            yield node


def _has_personal_text(record: Record, *, contacts: bool) -> bool:
    for text in _strings(record.model_dump(mode="json", exclude_defaults=True, exclude={"contacts"})):
        if personal.hint(text) and personal.redact(text, contacts=contacts) != text:
            return True
    return False


def _redact(data: Any, *, contacts: bool) -> Any:
    if isinstance(data, dict):
        return {k: _redact(v, contacts=contacts) for k, v in data.items()}
    if isinstance(data, list):
        return [_redact(v, contacts=contacts) for v in data]
    if isinstance(data, str) and personal.hint(data):
        return personal.redact(data, contacts=contacts)
    return data

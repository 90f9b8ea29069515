"""Edits of the knowledge base: plan changes on round-trip documents, check them, then write them all at once."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from ggznet.errors import EditRefused, UsageError
from ggznet.problems import Problem, Severity
from ggznet.schema import RECORD_TYPES, Record
from ggznet.schema.introspect import field_at, is_list, key_order, model_at, unwrap
from ggznet.schema.types import ID_RE, PartialDate
from ggznet.store import roundtrip, transaction
from ggznet.store.roundtrip import Document
from ggznet.suggest import did_you_mean, format_suggestions

FOLDERS = {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}
SCHEMA_COMMENT = "# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"


def record_path(kind: str, ident: str) -> str:
    return f"data/{FOLDERS[kind]}/{ident}.yaml"


def parse_field_path(text: str) -> tuple[str | int, ...]:
    """`outcomes.actions[0].status` → ('outcomes', 'actions', 0, 'status')."""
    parts: list[str | int] = []
    for piece in text.split("."):
        match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)", piece)
        if not match:
            raise UsageError(
                f"`{text}` is not a field path", "write e.g. `status`, `next_meeting.date` or `actors[0].role`"
            )
        parts.append(match.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", match.group(2)))
    return tuple(parts)


def typed_date(raw: str, where: str, *, partial: bool) -> Any:
    """A typed date (15-3-2027, 15 maart 2027, 2027-03-15; with `partial` also maart 2027 or 2027) as the YAML
    value it is stored as: a date, or `2027-03` / 2027 where only that much is known."""
    from ggznet.dates import DateInputError, parse_any

    prefix = f"{where}: " if where else ""
    try:
        found = parse_any(raw)
    except DateInputError as exc:
        raise UsageError(prefix + exc.message("en"), exc.hint("en")) from None
    if found.month is not None and found.day is not None:
        return dt.date(found.year, found.month, found.day)
    if not partial:
        message = f"`{raw}` is not a full date"
        raise UsageError(prefix + message, "write the day too, e.g. 15-3-2027")
    return found.year if found.month is None else found.iso


def _scalar(cls: Any, raw: str, where: str) -> Any:
    if cls is PartialDate:
        return typed_date(raw, where, partial=True)
    if cls is dt.date:
        return typed_date(raw, where, partial=False)
    if cls is bool:
        if raw.lower() not in ("true", "false"):
            raise UsageError(f"{where}: write true or false")
        return raw.lower() == "true"
    if cls is int:
        try:
            return int(raw)
        except ValueError:
            raise UsageError(f"{where}: `{raw}` is not a whole number") from None
    if cls is float:
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw


def coerce(kind: str, loc: tuple[str | int, ...], raw: str) -> Any:
    """A command-line value as the YAML value the field takes (a list for list fields)."""
    model = RECORD_TYPES[kind]
    info = field_at(model, loc)
    if info is None:
        parent = model_at(model, loc[:-1]) or model
        allowed = [str(k) for k in parent.model_fields]
        raise UsageError(
            f"{kind}s have no field `{'.'.join(map(str, loc))}`",
            format_suggestions(did_you_mean(str(loc[-1]), allowed)) or f"fields: {', '.join(allowed)}",
        )
    classes = [c for c in unwrap(info.annotation) if c is not type(None)]
    plain = [c for c in classes if not (isinstance(c, type) and issubclass(c, Enum))]
    target = next((c for c in (PartialDate, dt.date, bool, int, float) if c in plain), str)
    where = ".".join(map(str, loc))
    if is_list(info.annotation) and not isinstance(loc[-1], int):
        text = raw.strip()
        if text.startswith("[") and text.endswith("]"):
            text = text[1:-1]
        items = [item.strip() for item in text.split(",") if item.strip()]
        return roundtrip.new_seq([_scalar(target, item, where) for item in items], flow=True)
    return _scalar(target, raw, where)


def _insert_key(mapping: Any, key: str, value: Any, order: list[str]) -> None:
    """Set `key`, keeping its place if present, else putting it where the house order says."""
    if key in mapping:
        mapping[key] = value
        return
    position = len(mapping)
    if key in order:
        later = set(order[order.index(key) + 1 :])
        for i, existing in enumerate(mapping):
            if existing in later:
                position = i
                break
    mapping.insert(position, key, value)


@dataclass
class Editor:
    """Planned changes to record files; nothing touches the disk until `write`."""

    root: Path
    docs: dict[str, Document] = field(default_factory=dict)
    originals: dict[str, str | None] = field(default_factory=dict)
    created: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    summary: list[str] = field(default_factory=list)

    # -- documents ---------------------------------------------------------------------------------
    def doc(self, rel: str) -> Document:
        if rel not in self.docs:
            path = transaction.safe_target(self.root, rel)
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise EditRefused(f"cannot read {rel}: {exc.strerror}") from None
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise EditRefused(f"{rel} is not UTF-8; fix it by hand first") from None
            self.originals[rel] = text
            self.docs[rel] = Document(text, rel)
        return self.docs[rel]

    def record_doc(self, record: Record) -> Document:
        return self.doc(record_path(record.kind, record.id))

    # -- operations --------------------------------------------------------------------------------
    def set_field(self, record: Record, loc: tuple[str | int, ...], value: Any) -> None:
        data = self.record_doc(record).data
        model = RECORD_TYPES[record.kind]
        node = data
        for i, part in enumerate(loc[:-1]):
            nxt = loc[i + 1]
            if isinstance(part, int):
                if not roundtrip.is_seq(node) or part >= len(node):
                    raise UsageError(f"`{'.'.join(map(str, loc))}`: there is no item {part}")
                node = node[part]
                continue
            if part not in node or node[part] is None:
                if isinstance(nxt, int):
                    raise UsageError(f"`{part}` has no items yet", f"use `ggznet link` or edit {record.kind} by hand")
                _insert_key(node, part, roundtrip.new_map(), key_order(model_at(model, loc[:i]) or model))
            node = node[part]
        last = loc[-1]
        if isinstance(last, int):
            if not roundtrip.is_seq(node) or last >= len(node):
                raise UsageError(f"there is no item {last} to set")
            node[last] = value
        else:
            parent_model = model_at(model, loc[:-1]) or model
            _insert_key(node, last, value, key_order(parent_model))

    def unset_field(self, record: Record, loc: tuple[str | int, ...]) -> None:
        node = self.record_doc(record).data
        for part in loc[:-1]:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                raise UsageError(f"{record.ref} has no `{'.'.join(map(str, loc))}`") from None
        try:
            del node[loc[-1]]
        except (KeyError, IndexError, TypeError):
            raise UsageError(f"{record.ref} has no `{'.'.join(map(str, loc))}`") from None

    def append(self, record: Record, key_path: tuple[str, ...], item: Any, *, unique: bool = True) -> bool:
        """Append to a list field (created if missing); False when an equal item is there already."""
        data = self.record_doc(record).data
        model = RECORD_TYPES[record.kind]
        node = data
        for i, part in enumerate(key_path[:-1]):
            if part not in node or node[part] is None:
                _insert_key(node, part, roundtrip.new_map(), key_order(model_at(model, key_path[:i]) or model))
            node = node[part]
        last = key_path[-1]
        if last not in node or node[last] is None:
            flow = not isinstance(item, dict)
            _insert_key(
                node, last, roundtrip.new_seq([], flow=flow), key_order(model_at(model, key_path[:-1]) or model)
            )
        seq = node[last]
        if unique and any(roundtrip.to_plain(existing) == roundtrip.to_plain(item) for existing in seq):
            return False
        if isinstance(item, dict):  # written like the items before it
            item = roundtrip.new_map(list(item.items()), flow=bool(seq) and roundtrip.is_flow(seq[-1]))
        seq.append(item)
        return True

    def remove_item(self, record: Record, key_path: tuple[str, ...], position: int) -> None:
        """Remove item `position` of a list field (and the field when it becomes empty)."""
        node = self.record_doc(record).data
        for part in key_path[:-1]:
            node = node.get(part) if roundtrip.is_map(node) else None
        seq = node.get(key_path[-1]) if roundtrip.is_map(node) else None
        if not roundtrip.is_seq(seq) or not 0 <= position < len(seq):
            raise UsageError(f"{record.ref} has no item {position + 1} in `{'.'.join(key_path)}`")
        del seq[position]
        if not seq and node is not None:
            del node[key_path[-1]]

    def remove_where(self, record: Record, key_path: tuple[str, ...], match: Any) -> int:
        """Remove list items equal to `match` (or, for mappings, having all of its pairs); how many."""
        node = self.record_doc(record).data
        for part in key_path[:-1]:
            node = node.get(part) if roundtrip.is_map(node) else None
            if node is None:
                return 0
        seq = node.get(key_path[-1]) if roundtrip.is_map(node) else None
        if not roundtrip.is_seq(seq):
            return 0
        keep = []
        removed = 0
        for item in seq:
            plain = roundtrip.to_plain(item)
            hit = plain == match or (
                isinstance(match, dict) and isinstance(plain, dict) and all(plain.get(k) == v for k, v in match.items())
            )
            if hit:
                removed += 1
            else:
                keep.append(item)
        if removed:
            for i in range(len(seq) - 1, -1, -1):
                if seq[i] not in keep:
                    del seq[i]
            if not seq:
                del node[key_path[-1]]
        return removed

    def create(self, rel: str, text: str) -> None:
        target = transaction.safe_target(self.root, rel)
        if target.exists() or rel in self.created:
            raise EditRefused(f"{rel} exists already", "choose another id")
        self.created[rel] = text

    def move(self, old: str, new: str) -> None:
        """Rename a file (its document, with any edits, is written under the new name)."""
        doc = self.doc(old)
        if transaction.safe_target(self.root, new).exists():
            raise EditRefused(f"{new} exists already", "choose another id")
        self.deleted.add(old)
        self.created[new] = ""  # filled from the document at write time
        self.docs[new] = doc
        self.originals.setdefault(new, None)

    # -- results -------------------------------------------------------------------------------------
    def changes(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for rel, doc in self.docs.items():
            if rel in self.deleted:
                continue
            text = doc.dump()
            if self.originals.get(rel) != text:
                out[rel] = text
        for rel, text in self.created.items():
            if text:
                out[rel] = text
        for rel in self.deleted:
            out[rel] = None
        return out

    def diff(self) -> str:
        chunks: list[str] = []
        for rel, new in sorted(self.changes().items()):
            old = self.originals.get(rel) or ""
            chunks.extend(
                difflib.unified_diff(
                    old.splitlines(keepends=True),
                    (new or "").splitlines(keepends=True),
                    f"a/{rel}" if rel in self.originals and self.originals[rel] is not None else "/dev/null",
                    f"b/{rel}" if new is not None else "/dev/null",
                )
            )
        return "".join(chunks)


def new_errors(before: list[Problem], after: list[Problem]) -> list[Problem]:
    """Errors present after an edit that were not there before it."""
    seen = {(p.code, p.path, p.message) for p in before if p.severity == Severity.ERROR}
    return [p for p in after if p.severity == Severity.ERROR and (p.code, p.path, p.message) not in seen]


def check_new_id(kind: str, ident: str) -> None:
    if not ID_RE.match(ident) or len(ident) > 80:
        raise UsageError(
            f"`{ident}` is not a valid id",
            "lowercase letters and digits joined by single hyphens, e.g. `overlegtafel-ggz`",
        )


def slug(text: str, *, max_length: int = 60) -> str:
    from slugify import slugify

    return slugify(text, max_length=max_length, word_boundary=True) or "actie"


# -- links -------------------------------------------------------------------------------------------

# A region's insurer or ROS is an actor of that type naming the region: the link is written on the actor.
REGION_ROLES = {"insurer": "zorgverzekeraar", "ros": "ros"}
MEETING_ACTOR_ROLES = {
    "organiser": ("organisers",),
    "facilitator": ("facilitators",),
    "participant": ("participants", "actors"),
}


@dataclass(frozen=True)
class LinkPlan:
    host: Record
    key_path: tuple[str, ...]  # a list field to add to, or a single field to set
    item: Any
    single: bool = False  # set a field instead of adding to a list

    def describe(self, other: Record) -> str:
        return f"{self.host.ref} {'.'.join(self.key_path)} → {other.ref}"


def plan_link(a: Record, b: Record, *, role: str | None, relation: str | None) -> tuple[LinkPlan, Record]:
    """Where the relation between two records is written (once, on one side) and what is written."""
    from ggznet.schema.vocab import Relation, Role

    def pick(host: Record, other: Record) -> LinkPlan | None:
        k = (host.kind, other.kind)
        if k == ("initiative", "actor"):
            if role is None:
                raise UsageError(
                    "linking an actor to an initiative needs --role", f"one of: {', '.join(r.value for r in Role)}"
                )
            if role not in [r.value for r in Role]:
                raise UsageError(
                    f"--role `{role}` is not a role in an initiative",
                    format_suggestions(did_you_mean(role, [r.value for r in Role])),
                )
            return LinkPlan(host, ("actors",), {"actor": other.id, "role": role})
        if k in (("initiative", "region"), ("meeting", "region")) and role is None:
            return LinkPlan(host, ("regions",), other.id)
        if k == ("actor", "region"):
            if role is not None and role not in REGION_ROLES:
                raise UsageError("linking an actor and a region takes no --role, or --role insurer or --role ros")
            wanted = REGION_ROLES.get(role or "")
            if wanted and str(getattr(host, "type", "")) != wanted:
                raise UsageError(
                    f"`{host.id}` is not of type `{wanted}`: a region's {role} is an actor of that type "
                    "that names the region in its `regions`",
                    f"set the type first (`ggznet set {host.id} type {wanted}`), or link without --role",
                )
            return LinkPlan(host, ("regions",), other.id)
        if k == ("initiative", "initiative"):
            if relation in (None, "part-of"):
                return LinkPlan(host, ("part_of",), other.id, single=True)
            if relation not in [r.value for r in Relation]:
                raise UsageError(
                    f"--relation `{relation}` is not known", f"one of: part-of, {', '.join(r.value for r in Relation)}"
                )
            return LinkPlan(host, ("related",), {"initiative": other.id, "relation": relation})
        if k == ("region", "region"):
            return LinkPlan(host, ("part_of",), other.id, single=True)
        if k == ("meeting", "initiative"):
            if role == "forum":
                return LinkPlan(host, ("forum",), other.id, single=True)
            return LinkPlan(host, ("presented",), other.id)
        if k == ("meeting", "actor"):
            path = MEETING_ACTOR_ROLES.get(role or "participant")
            if path is None:
                raise UsageError(f"--role `{role}`: in a meeting an actor is organiser, facilitator or participant")
            return LinkPlan(host, path, other.id)
        if k == ("meeting", "meeting"):
            return LinkPlan(host, ("follows",), other.id, single=True)
        return None

    plan = pick(a, b)
    if plan is not None:
        return plan, b
    plan = pick(b, a)
    if plan is not None:
        return plan, a
    raise UsageError(f"a {a.kind} and a {b.kind} cannot be linked", "see `ggznet link --help` for the pairs that can")


def apply_link(editor: Editor, plan: LinkPlan, *, remove: bool) -> bool:
    """Add (or remove) the link; False when there was nothing to do."""
    if plan.single:
        current = getattr(plan.host, plan.key_path[-1], None)
        if remove:
            if current != plan.item:
                return False
            editor.unset_field(plan.host, plan.key_path)
            return True
        if current == plan.item:
            return False
        editor.set_field(plan.host, plan.key_path, plan.item)
        return True
    if remove:
        return editor.remove_where(plan.host, plan.key_path, plan.item) > 0
    return editor.append(plan.host, plan.key_path, plan.item)


# -- new records ---------------------------------------------------------------------------------------


def new_record_text(kind: str, values: dict[str, Any]) -> str:
    """A new record file: the schema comment, then the keys in the house order."""
    model = RECORD_TYPES[kind]
    order = key_order(model)
    pairs = [(k, values[k]) for k in order if k in values]
    pairs += [(k, v) for k, v in values.items() if k not in order]
    return roundtrip.dump_new(roundtrip.new_map(pairs), SCHEMA_COMMENT.format(kind=kind))

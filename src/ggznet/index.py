"""The loaded knowledge base in memory: records by kind and id, references, backlinks, region roll-up."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol, cast

from ggznet.errors import UsageError
from ggznet.schema import RECORD_TYPES, Actor, Initiative, Meeting, Record, Region, Vocabulary
from ggznet.schema.vocab import ActorType, RegionType
from ggznet.suggest import did_you_mean, format_suggestions

KINDS: tuple[str, ...] = tuple(RECORD_TYPES)
# The field each kind's `label` shows (a test checks this against the schema's `label`).
LABEL_FIELDS = {"region": "name", "actor": "name", "initiative": "name", "meeting": "title"}
# An actor of these types that names a region is that region's insurer or ROS (written once, on the actor).
REGION_ROLE_OF_TYPE = {ActorType.ZORGVERZEKERAAR: "insurer", ActorType.ROS: "support_organisation"}
KIND_ALIASES = {
    "region": "region", "regions": "region", "regio": "region",
    "actor": "actor", "actors": "actor", "actoren": "actor",
    "initiative": "initiative", "initiatives": "initiative", "initiatief": "initiative",
    "meeting": "meeting", "meetings": "meeting", "bijeenkomst": "meeting",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference from one record to another, as written in the source record."""

    loc: tuple[str | int, ...]
    kind: str  # target kind
    target: str  # target id
    relation: str  # what the field says: `trekker`, `organiser`, `part_of`, …


@dataclass(frozen=True, slots=True)
class Backlink:
    source: Record
    relation: str
    loc: tuple[str | int, ...]


def iter_references(record: Record) -> Iterator[Reference]:
    """Every reference a record makes, with where it stands in the record.

    Safe on a salvaged record (see `validate.shape.salvage`): an invalid target is None and skipped.
    """
    for loc, kind, target, relation in _references(record):
        if isinstance(target, str):
            yield Reference(loc, kind, target, relation)


def reference_tuples(record: Record) -> list[tuple[tuple[str | int, ...], str, str]]:
    """(where, target kind, target id) of every reference `iter_references` gives, without a `Reference` each."""
    return [(loc, kind, target) for loc, kind, target, _ in _references(record) if isinstance(target, str)]


def _references(record: Record) -> Iterator[tuple[tuple[str | int, ...], str, object, str]]:
    if isinstance(record, Region):
        yield (("part_of",), "region", record.part_of, "part_of")
    elif isinstance(record, Actor):
        relation = REGION_ROLE_OF_TYPE.get(record.type, "works_in")
        for i, r in enumerate(record.regions):
            yield (("regions", i), "region", r, relation)
    elif isinstance(record, Initiative):
        for i, r in enumerate(record.regions):
            yield (("regions", i), "region", r, "region")
        for i, ar in enumerate(record.actors):
            yield (("actors", i, "actor"), "actor", ar.actor, str(ar.role))
        yield (("part_of",), "initiative", record.part_of, "part_of")
        for i, rel in enumerate(record.related):
            yield (("related", i, "initiative"), "initiative", rel.initiative, str(rel.relation))
        for i, f in enumerate(record.funding):
            yield (("funding", i, "by"), "actor", f.by, "financier")
    elif isinstance(record, Meeting):
        for i, r in enumerate(record.regions):
            yield (("regions", i), "region", r, "region")
        yield (("forum",), "initiative", record.forum, "forum")
        for name in ("organisers", "facilitators"):
            for i, a in enumerate(getattr(record, name)):
                yield ((name, i), "actor", a, name[:-1])
        if record.participants:
            for i, a in enumerate(record.participants.actors):
                yield (("participants", "actors", i), "actor", a, "participant")
        for i, p in enumerate(record.presented):
            yield (("presented", i), "initiative", p, "presented")
        if record.outcomes:
            for i, t in enumerate(record.outcomes.tracks):
                yield (("outcomes", "tracks", i, "owner"), "actor", t.owner, "track_owner")
                yield (("outcomes", "tracks", i, "initiative"), "initiative", t.initiative, "track")
            for i, act in enumerate(record.outcomes.actions):
                yield (("outcomes", "actions", i, "owner"), "actor", act.owner, "action_owner")
        if record.next_meeting:
            yield (("next_meeting", "meeting"), "meeting", record.next_meeting.meeting, "next_meeting")
        yield (("follows",), "meeting", record.follows, "follows")


def _built(bucket: dict[str, Record], ids: list[str]) -> list[Record]:
    """These records of a bucket, built at once when the bucket builds its records when read (`lazy.RecordMap`)."""
    resolve = getattr(bucket, "resolve", None)
    if resolve is not None:
        resolve(ids)
    return [bucket[i] for i in ids]


class RecordMemo(Protocol):
    """Results worth keeping across runs (network metrics), by a digest of the records they read."""

    def key(self, name: str, records: Iterable[tuple[str, str]]) -> str | None:
        """A key that changes when any of these records (kind, id) changes, appears or goes; None: no memo."""

    def state_key(self, name: str) -> str | None:
        """A key that changes when any file of the knowledge base (or the code) changes; None: no memo."""

    def recall(self, key: str) -> object:
        """What was remembered under `key` (untrusted: check its shape), or None."""

    def remember(self, key: str, value: object) -> None: ...


@dataclass
class Index:
    """Records that passed their schema, by kind and id, with the file each came from.

    `broken` holds, per kind and id, what could be salvaged of records that failed their schema
    (None for a file that could not even be parsed): their ids still count, so references to them
    resolve, and validation checks what is left of them. Queries and reports read `records` only.
    """

    records: dict[str, dict[str, Record]] = field(default_factory=lambda: {k: {} for k in KINDS})
    paths: dict[tuple[str, str], str] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    broken: dict[str, dict[str, Record | None]] = field(default_factory=lambda: {k: {} for k in KINDS})
    # Set by a knowledge base loaded through the indexed store, so that backlinks and search need not
    # build every record: the files whose records refer to `kind:id`, and the records whose search
    # text holds every folded term (None: cannot tell).
    referrers: Callable[[str, str], list[str]] | None = field(default=None, repr=False, compare=False)
    finder: Callable[[Sequence[str]], set[tuple[str, str]] | None] | None = field(
        default=None, repr=False, compare=False
    )
    memo: RecordMemo | None = field(default=None, repr=False, compare=False)  # results kept across runs
    # Also set through the store: the files whose records refer to any of these (kind, id), and the ids of a
    # kind whose records may have a field (a superset of both; None: cannot tell). See `referring`, `having`.
    referring_paths: Callable[[Sequence[tuple[str, str]]], set[str] | None] | None = field(
        default=None, repr=False, compare=False
    )
    holding: Callable[[str, str], set[str] | None] | None = field(default=None, repr=False, compare=False)
    # Also through the store: top-level fields of records not built yet, from the data they would be built
    # from (kind, ids, field names -> values per id; None: cannot tell). See `peek`.
    stored_fields: Callable[[str, Sequence[str], Sequence[str]], dict[str, list[Any]] | None] | None = field(
        default=None, repr=False, compare=False
    )
    # What the checks across records read of records not built (from the store), by (kind, id, file);
    # and what was worked out this run for records that were built, by file (see `validate.facts`).
    stored_facts: Callable[[Sequence[tuple[str, str, str]]], dict[str, Any]] | None = field(
        default=None, repr=False, compare=False
    )
    known_facts: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Every (kind, id) that known facts without their references read yet (`Facts.refs_from`) refer to.
    known_targets: set[tuple[str, str]] = field(default_factory=set, repr=False, compare=False)
    # Labels of records not built yet, read from the data they would be built from (see `prepare_labels`).
    _labels: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)
    # (kind, id) of records built from stored data in which no value is `onbekend` (set by the store's builder;
    # see `not_stated_count`).
    surely_stated: set[tuple[str, str]] = field(default_factory=set, repr=False, compare=False)

    def add(self, record: Record, path: str) -> bool:
        """Add a record; False (and nothing added) when its id is taken already."""
        if self.exists(record.kind, record.id):
            return False
        self.put(record.kind, record.id, path, record)
        return True

    def put(self, kind: str, ident: str, path: str, record: Record | None, *, broken: bool = False) -> None:
        """Give `ident` to this file: a valid record, or (`broken`) what was salvaged of an invalid one."""
        self.records[kind].pop(ident, None)
        self.broken[kind].pop(ident, None)
        self._labels.pop((kind, ident), None)
        self.surely_stated.discard((kind, ident))
        if broken or record is None:
            self.broken[kind][ident] = record
        else:
            self.records[kind][ident] = record
        self.paths[(kind, ident)] = path

    def replace(self, record: Record, path: str) -> None:
        """Put `record` in place of the one that holds its id (used when the rightful file comes later)."""
        self.put(record.kind, record.id, path, record)

    def exists(self, kind: str, ident: str) -> bool:
        """True when a file holds this id, valid or not."""
        return ident in self.records[kind] or ident in self.broken[kind]

    def ids(self, kind: str) -> list[str]:
        """Every id of a kind that a file holds, valid or not."""
        return [*self.records[kind], *self.broken[kind]]

    def checkable(self) -> Iterator[tuple[Record, str]]:
        """Valid records and what was salvaged of broken ones, with their files: what validation looks at."""
        for kind in KINDS:
            for ident, record in self.records[kind].items():
                yield record, self.paths[(kind, ident)]
            for ident, partial in self.broken[kind].items():
                if partial is not None:
                    yield partial, self.paths[(kind, ident)]

    # -- typed views -------------------------------------------------------------------------
    @property
    def regions(self) -> dict[str, Region]:
        return self.records["region"]  # type: ignore[return-value]

    @property
    def actors(self) -> dict[str, Actor]:
        return self.records["actor"]  # type: ignore[return-value]

    @property
    def initiatives(self) -> dict[str, Initiative]:
        return self.records["initiative"]  # type: ignore[return-value]

    @property
    def meetings(self) -> dict[str, Meeting]:
        return self.records["meeting"]  # type: ignore[return-value]

    def all_records(self) -> Iterator[Record]:
        for kind in KINDS:
            yield from self.records[kind].values()

    def get(self, kind: str, ident: str) -> Record | None:
        return self.records[kind].get(ident)

    def path_of(self, record: Record) -> str:
        return self.paths[(record.kind, record.id)]

    def label(self, kind: str, ident: str) -> str:
        """The record's label (its name or title), or the id when no valid record holds it."""
        bucket = self.records[kind]
        if ident not in bucket:
            return ident
        is_built = getattr(bucket, "is_built", None)
        if is_built is not None and not is_built(ident):
            known = self._labels.get((kind, ident))
            if known is not None:
                return known
        return bucket[ident].label

    def prepare_labels(self, kind: str, ids: Iterable[str]) -> None:
        """The labels of these records at once, building none whose label the store can give: for a record not
        built yet, the field its label shows is read from the data it would be built from; the rest are built.
        A record built already, or whose label is read already, is left as it is."""
        bucket = self.records[kind]
        is_built = getattr(bucket, "is_built", None)
        if is_built is None:
            return  # every record is built: `label` reads it
        wanted = [i for i in ids if i in bucket and not is_built(i) and (kind, i) not in self._labels]
        found = self.peek(kind, wanted, (LABEL_FIELDS[kind],))
        rest = []
        for ident in wanted:
            value = found.get(ident, [None])[0]
            if isinstance(value, str) and value:
                self._labels[(kind, ident)] = value
            else:
                rest.append(ident)
        _built(self.records[kind], rest)

    def take_labels(self, kind: str, labels: dict[str, str]) -> list[tuple[str, str]]:
        """Labels of records of `kind` not built yet, as `prepare_labels` reads them, given by the caller (kept from
        an earlier run on the same files): a record built already, or whose label is read already, keeps its own.
        Gives the (kind, id) of the labels taken (see `forget_labels`)."""
        bucket = self.records[kind]
        is_built = getattr(bucket, "is_built", None)
        taken: list[tuple[str, str]] = []
        if is_built is None:
            return taken
        known = self._labels
        for ident, label in labels.items():
            if label and ident in bucket and not is_built(ident) and (kind, ident) not in known:
                known[(kind, ident)] = label
                taken.append((kind, ident))
        return taken

    def forget_labels(self, keys: Iterable[tuple[str, str]]) -> None:
        """Let go of labels given by `take_labels` (they came from a source found wrong)."""
        for key in keys:
            self._labels.pop(key, None)

    def not_stated_count(self, record: Record) -> int:
        """`record.not_stated_count()` of a record of this index: 0 without looking when it was built from stored
        data that holds no value `onbekend` (that value can only come from such text)."""
        if (record.kind, record.id) in self.surely_stated:
            return 0
        return record.not_stated_count()

    @cached_property
    def theme_labels(self) -> dict[str, tuple[str, str]]:
        return {t.id: (t.nl, t.en) for t in self.vocabulary.themes}

    # -- lookup --------------------------------------------------------------------------------
    def lookup(self, ref: str, kinds: Iterable[str] = KINDS) -> Record:
        """A record by `kind:id` or by a bare id that only one kind has; UsageError otherwise."""
        kinds = tuple(kinds)
        if ":" in ref:
            kind_word, _, ident = ref.partition(":")
            kind = KIND_ALIASES.get(kind_word.lower())
            if kind is None:
                raise UsageError(f"unknown record kind `{kind_word}` in `{ref}`", f"use one of: {', '.join(KINDS)}")
            kinds = (kind,)
        else:
            ident = ref
        found = [self.records[k][ident] for k in kinds if ident in self.records[k]]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            choices = ", ".join(f"`{r.ref}`" for r in found)
            raise UsageError(f"`{ref}` is ambiguous: {choices}", "name the kind, e.g. " + found[0].ref)
        broken = [k for k in kinds if ident in self.broken[k]]
        if broken:
            raise UsageError(
                f"{broken[0]} `{ident}` in {self.paths[(broken[0], ident)]} has errors and cannot be used",
                "run `ggznet validate` to see them",
            )
        pool = [i for k in kinds for i in self.ids(k)]
        what = " or ".join(kinds) if len(kinds) <= 2 else "record"
        raise UsageError(f"no {what} with id `{ident}`", format_suggestions(did_you_mean(ident, pool)))

    # -- regions ---------------------------------------------------------------------------------
    @cached_property
    def _region_children(self) -> dict[str, list[str]]:
        children: dict[str, list[str]] = defaultdict(list)
        for region in self.regions.values():
            if region.part_of:
                children[region.part_of].append(region.id)
        for ids in children.values():
            ids.sort()
        return dict(children)

    def subregions(self, region_id: str) -> list[Region]:
        return [self.regions[c] for c in self._region_children.get(region_id, []) if c in self.regions]

    def region_and_below(self, region_id: str) -> set[str]:
        """The region's id and the ids of every region below it (cycle-safe)."""
        seen: set[str] = set()
        stack = [region_id]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            stack.extend(self._region_children.get(current, []))
        return seen

    def region_path(self, region_id: str) -> list[Region]:
        """From the top region down to this one (cycle-safe)."""
        path: list[Region] = []
        seen: set[str] = set()
        current: str | None = region_id
        while current and current in self.regions and current not in seen:
            seen.add(current)
            path.append(self.regions[current])
            current = self.regions[current].part_of
        return list(reversed(path))

    def region_actors(self, region_id: str, actor_type: ActorType) -> list[Actor]:
        """Actors of one type that name the region in their `regions`: its insurers, its ROS (derived)."""
        pool = cast(list[Actor], self.referring("actor", [("region", region_id)]))
        found = [a for a in pool if a.type == actor_type and region_id in a.regions]
        return sorted(found, key=lambda a: (a.name.casefold(), a.id))

    def municipalities(self, region_id: str) -> list[str]:
        """The region's municipalities: its `gemeente` records, then names written in `municipalities`."""
        names = [r.name for r in self.subregions(region_id) if r.type == RegionType.GEMEENTE]
        region = self.regions.get(region_id)
        seen = {n.strip().casefold() for n in names}
        for name in region.municipalities if region else []:
            if name.strip().casefold() not in seen:
                seen.add(name.strip().casefold())
                names.append(name)
        return names

    @cached_property
    def meetings_by_forum(self) -> dict[str, list[Meeting]]:
        """Meetings per forum (initiative id), in date order."""
        found: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self.meetings.values():
            if meeting.forum:
                found[meeting.forum].append(meeting)
        for items in found.values():
            items.sort(key=lambda m: (m.date.first_day, m.id))
        return dict(found)

    # -- backlinks -----------------------------------------------------------------------------------
    @cached_property
    def _backlinks(self) -> dict[tuple[str, str], list[Backlink]]:
        links: dict[tuple[str, str], list[Backlink]] = defaultdict(list)
        for record in self.all_records():
            for ref in iter_references(record):
                links[(ref.kind, ref.target)].append(Backlink(record, ref.relation, ref.loc))
        return dict(links)

    def backlinks(self, record: Record) -> list[Backlink]:
        """What points at this record, from any other record."""
        if self.referrers is not None and "_backlinks" not in self.__dict__:
            return self._backlinks_from(self.referrers(record.kind, record.id), (record.kind, record.id))
        return self._backlinks.get((record.kind, record.id), [])

    def prepare_backlinks(self) -> None:
        """Work out what points at every record at once: for callers that ask it of most records (the site)."""
        self._backlinks  # noqa: B018 - a cached property; reading it builds it

    def _backlinks_from(self, paths: Iterable[str], key: tuple[str, str]) -> list[Backlink]:
        """Backlinks to `key` from the records in `paths`, in the order `_backlinks` gives them."""
        last = dict(zip(self.paths.values(), self.paths, strict=True))  # each path's last owner, made in C
        order: dict[str, dict[str, int]] = {}
        sources: list[tuple[int, int, str, str]] = []
        for path in set(paths):
            owner = last.get(path)
            if owner is not None and owner[1] not in self.records[owner[0]]:  # the last owner of the path with a record
                owner = next(
                    (o for o, p in reversed(self.paths.items()) if p == path and o[1] in self.records[o[0]]), None
                )
            if owner is None:
                continue
            kind, ident = owner
            if kind not in order:
                order[kind] = dict(zip(self.records[kind], itertools.count()))  # each id's place, in C
            sources.append((KINDS.index(kind), order[kind][ident], kind, ident))
        links: list[Backlink] = []
        for _, _, kind, ident in sorted(sources):
            source = self.records[kind][ident]
            links.extend(
                Backlink(source, ref.relation, ref.loc)
                for ref in iter_references(source)
                if (ref.kind, ref.target) == key
            )
        return links

    def referring(self, kind: str, targets: Iterable[tuple[str, str]]) -> list[Record]:
        """Records of `kind` that may refer to any of `targets` (kind, id): every record that does, and perhaps
        others (every record of the kind, without the store). Callers test what they need on each record."""
        bucket = self.records[kind]
        found = self.referring_paths(list(targets)) if self.referring_paths is not None else None
        if found is None:
            return list(bucket.values())
        return _built(bucket, [i for i in bucket if self.paths.get((kind, i)) in found])

    def referring_ids(self, kind: str, targets: Iterable[tuple[str, str]]) -> list[str]:
        """The ids of the records `referring` gives, without building them."""
        bucket = self.records[kind]
        found = self.referring_paths(list(targets)) if self.referring_paths is not None else None
        if found is None:
            return list(bucket)
        return [i for i in bucket if self.paths.get((kind, i)) in found]

    def peek(self, kind: str, ids: Iterable[str], names: Sequence[str]) -> dict[str, list[Any]]:
        """Per id of `kind`, the values of these top-level fields, building no record: a record built already
        is read; for one not built yet, the data the store would build it from (JSON: a field it does not
        have is None). An id left out: cannot tell. For narrowing candidates; decide on the built records."""
        bucket = self.records[kind]
        is_built = getattr(bucket, "is_built", None)
        found: dict[str, list[Any]] = {}
        pending: list[str] = []
        for ident in ids:
            if ident not in bucket:
                continue
            if is_built is None or is_built(ident):
                found[ident] = [getattr(bucket[ident], name, None) for name in names]
            else:
                pending.append(ident)
        if pending and self.stored_fields is not None:
            found.update(self.stored_fields(kind, pending, names) or {})
        return found

    def each(self, kind: str, batch: int = 2000) -> Iterator[Record]:
        """Every record of `kind`, for a pass that reads each once (in no set order): a record not built yet is
        built for the pass (`batch` at a time) and let go after, rather than kept for the rest of the run."""
        bucket = self.records[kind]
        each = getattr(bucket, "each", None)
        return cast(Iterator[Record], each(batch)) if each is not None else iter(list(bucket.values()))

    def each_of(self, kind: str, ids: Iterable[str], *, keep: bool = True, batch: int = 2000) -> Iterator[Record]:
        """The records of `kind` with these ids (ids without a valid record left out), in this order. With `keep`
        they are built at once and kept (as `built`); without, those not built yet are built `batch` at a time for
        the pass that reads them and let go after, their labels kept (what `label` would give for them)."""
        bucket = self.records[kind]
        wanted = [i for i in ids if i in bucket]
        each_of = getattr(bucket, "each_of", None)
        if keep or each_of is None:
            yield from _built(bucket, wanted)
            return
        is_built = bucket.is_built  # type: ignore[attr-defined]  # a RecordMap, as `each_of` says
        waiting = {i for i in wanted if not is_built(i)}
        for ident, record in zip(wanted, cast(Iterator[Record], each_of(wanted, batch)), strict=True):
            if ident in waiting:
                self._labels[(kind, ident)] = record.label
            yield record

    def built(self, kind: str, ids: Iterable[str]) -> list[Record]:
        """The records of `kind` with these ids (ids without a valid record left out), built at once."""
        bucket = self.records[kind]
        return _built(bucket, [i for i in ids if i in bucket])

    def having(self, kind: str, name: str) -> list[Record]:
        """Records of `kind` that may have a field `name` (every record that has, perhaps others)."""
        bucket = self.records[kind]
        found = self.holding(kind, name) if self.holding is not None else None
        if found is None:
            return list(bucket.values())
        return _built(bucket, [i for i in bucket if i in found])

    def search_candidates(self, terms: Sequence[str]) -> set[tuple[str, str]] | None:
        """(kind, id) of every record whose search text may hold all `terms` (folded); None: any record."""
        return self.finder(terms) if self.finder is not None else None

"""The loaded knowledge base in memory: records by kind and id, references, backlinks, region roll-up."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from ggznet.errors import UsageError
from ggznet.schema import RECORD_TYPES, Actor, Initiative, Meeting, Record, Region, Vocabulary
from ggznet.schema.vocab import ActorType, RegionType
from ggznet.suggest import did_you_mean, format_suggestions

KINDS: tuple[str, ...] = tuple(RECORD_TYPES)
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
    """Every reference a record makes, with where it stands in the record."""
    if isinstance(record, Region):
        if record.part_of:
            yield Reference(("part_of",), "region", record.part_of, "part_of")
    elif isinstance(record, Actor):
        relation = REGION_ROLE_OF_TYPE.get(record.type, "works_in")
        for i, r in enumerate(record.regions):
            yield Reference(("regions", i), "region", r, relation)
    elif isinstance(record, Initiative):
        for i, r in enumerate(record.regions):
            yield Reference(("regions", i), "region", r, "region")
        for i, ar in enumerate(record.actors):
            yield Reference(("actors", i, "actor"), "actor", ar.actor, str(ar.role))
        if record.part_of:
            yield Reference(("part_of",), "initiative", record.part_of, "part_of")
        for i, rel in enumerate(record.related):
            yield Reference(("related", i, "initiative"), "initiative", rel.initiative, str(rel.relation))
        for i, f in enumerate(record.funding):
            if f.by:
                yield Reference(("funding", i, "by"), "actor", f.by, "financier")
    elif isinstance(record, Meeting):
        for i, r in enumerate(record.regions):
            yield Reference(("regions", i), "region", r, "region")
        if record.forum:
            yield Reference(("forum",), "initiative", record.forum, "forum")
        for name in ("organisers", "facilitators"):
            for i, a in enumerate(getattr(record, name)):
                yield Reference((name, i), "actor", a, name[:-1])
        if record.participants:
            for i, a in enumerate(record.participants.actors):
                yield Reference(("participants", "actors", i), "actor", a, "participant")
        for i, p in enumerate(record.presented):
            yield Reference(("presented", i), "initiative", p, "presented")
        if record.outcomes:
            for i, t in enumerate(record.outcomes.tracks):
                if t.owner:
                    yield Reference(("outcomes", "tracks", i, "owner"), "actor", t.owner, "track_owner")
                if t.initiative:
                    yield Reference(("outcomes", "tracks", i, "initiative"), "initiative", t.initiative, "track")
            for i, act in enumerate(record.outcomes.actions):
                yield Reference(("outcomes", "actions", i, "owner"), "actor", act.owner, "action_owner")
        if record.next_meeting and record.next_meeting.meeting:
            yield Reference(("next_meeting", "meeting"), "meeting", record.next_meeting.meeting, "next_meeting")
        if record.follows:
            yield Reference(("follows",), "meeting", record.follows, "follows")


class RecordMemo(Protocol):
    """Results worth keeping across runs (network metrics), by a digest of the records they read."""

    def key(self, name: str, records: Iterable[tuple[str, str]]) -> str | None:
        """A key that changes when any of these records (kind, id) changes, appears or goes; None: no memo."""

    def recall(self, key: str) -> object:
        """What was remembered under `key` (untrusted: check its shape), or None."""

    def remember(self, key: str, value: object) -> None: ...


@dataclass
class Index:
    """Records that passed their schema, by kind and id, with the file each came from."""

    records: dict[str, dict[str, Record]] = field(default_factory=lambda: {k: {} for k in KINDS})
    paths: dict[tuple[str, str], str] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    # Set by a knowledge base loaded through the indexed store, so that backlinks and search need not
    # build every record: the files whose records refer to `kind:id`, and the records whose search
    # text holds every folded term (None: cannot tell).
    referrers: Callable[[str, str], list[str]] | None = field(default=None, repr=False, compare=False)
    finder: Callable[[Sequence[str]], set[tuple[str, str]] | None] | None = field(
        default=None, repr=False, compare=False
    )
    memo: RecordMemo | None = field(default=None, repr=False, compare=False)  # results kept across runs

    def add(self, record: Record, path: str) -> bool:
        """Add a record; False (and nothing added) when its id is taken already."""
        bucket = self.records[record.kind]
        if record.id in bucket:
            return False
        bucket[record.id] = record
        self.paths[(record.kind, record.id)] = path
        return True

    def replace(self, record: Record, path: str) -> None:
        """Put `record` in place of the one that holds its id (used when the rightful file comes later)."""
        self.records[record.kind][record.id] = record
        self.paths[(record.kind, record.id)] = path

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
        record = self.get(kind, ident)
        return record.label if record else ident

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
        pool = [i for k in kinds for i in self.records[k]]
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
        found = [a for a in self.actors.values() if a.type == actor_type and region_id in a.regions]
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

    def _backlinks_from(self, paths: Iterable[str], key: tuple[str, str]) -> list[Backlink]:
        """Backlinks to `key` from the records in `paths`, in the order `_backlinks` gives them."""
        owners = {path: owner for owner, path in self.paths.items() if owner[1] in self.records[owner[0]]}
        order: dict[str, dict[str, int]] = {}
        sources: list[tuple[int, int, str, str]] = []
        for path in set(paths):
            owner = owners.get(path)
            if owner is None:
                continue
            kind, ident = owner
            if kind not in order:
                order[kind] = {i: n for n, i in enumerate(self.records[kind])}
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

    def search_candidates(self, terms: Sequence[str]) -> set[tuple[str, str]] | None:
        """(kind, id) of every record whose search text may hold all `terms` (folded); None: any record."""
        return self.finder(terms) if self.finder is not None else None

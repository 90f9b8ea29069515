"""A region's records for its overview: from `query.records_in_region`, or kept by the state of the knowledge base.

Finding what belongs to a region reads the store's references and builds or peeks at every candidate (about
0.13 s of a warm `report twente` at 23,030 files, and at 69,030 files a second build of the region's records).
The answer depends on the records alone, so it is kept in the store under a key of every file's path and stat
key (`Index.memo.state_key`): any change to any file gives another key. The store is untrusted input: a recalled
answer is used only when it has the right shape and names records that exist, and the view checks each record
it names against what `records_in_region` tests as it reads it (`Checker`); a record that does not bear it out
makes the view start again from the records themselves (`Stale`). The region's network metrics and inspiration
ranking, and the names of the records from elsewhere that the view shows, are kept with it (so that a warm run
need not digest every record they read to find them under their own keys); each is checked as where it is kept
on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ggznet.index import Index
from ggznet.query import records_in_region
from ggznet.schema import Actor, Initiative, Meeting

KINDS = ("initiative", "meeting", "actor")
LABELLED = ("region", "actor", "initiative", "meeting")
NAME = "report-scope/3"  # what is kept, and in what form


class Stale(Exception):
    """A recalled scope that the records it names do not bear out: work it out again."""


@dataclass
class RegionScope:
    """`records_in_region`'s answer for a region (`ids`), the actors its initiatives name (`named`), and whether it
    was recalled from the store (then the view checks it with a `Checker`). `shown`: per kind, the ids of records
    whose names the view shows (gathered as it is made); `key`: where the answer is kept (None: not kept)."""

    ids: dict[str, set[str]]
    named: set[str]
    recalled: bool = False
    key: str | None = None
    shown: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in LABELLED})
    # The network metrics (`NetworkReport.as_dict`) and the inspiration ranking (`{limit: [[id, points], …]}`):
    # as kept (untrusted, checked where they are read), or as the view worked them out.
    network: object = None
    ranking: object = None
    labelled: list[tuple[str, str]] = field(default_factory=list)  # labels given to the index from what was kept


def region_scope(index: Index, region_id: str, *, keep: bool = True, kept: bool = True) -> RegionScope:
    """The records that belong to `region_id` (a region's id, looked up already). With `kept` and the store, the
    answer is recalled when this state of the knowledge base has one, with the names of the records from elsewhere
    that the view showed (given to the index as labels, see `Index.take_labels`); else worked out (and kept by
    `remember` once the view is made)."""
    key = _key(index, region_id) if kept else None
    if key is not None and index.memo is not None:
        found = _decoded(index.memo.recall(key), index, region_id)
        if found is not None:
            found.key = key  # kept again if the view finds it wrong
            return found
    scope = worked_out(index, region_id, keep=keep)
    scope.key = key
    return scope


def worked_out(index: Index, region_id: str, *, keep: bool = True, instead: RegionScope | None = None) -> RegionScope:
    """The scope from the records themselves (`records_in_region`); `instead`: a recalled one found wrong, whose
    labels are let go first and whose key the new one is kept under."""
    if instead is not None:
        index.forget_labels(instead.labelled)
        scope = worked_out(index, region_id, keep=keep)
        scope.key = instead.key
        return scope
    named: set[str] = set()
    return RegionScope(records_in_region(index, region_id, keep=keep, named=named), named)


def remember(index: Index, scope: RegionScope) -> None:
    """Keep a scope worked out this run, with the names the view showed (read now: no record is built for them)."""
    if scope.recalled or scope.key is None or index.memo is None:
        return
    labels = {kind: {i: index.label(kind, i) for i in sorted(scope.shown[kind]) if i in index.records[kind]}
              for kind in LABELLED}  # fmt: skip
    value = {
        **{k: sorted(scope.ids[k]) for k in KINDS},
        "named": sorted(scope.named),
        "labels": labels,
        "network": scope.network,
        "inspiration": scope.ranking,
    }
    index.memo.remember(scope.key, value)


def _key(index: Index, region_id: str) -> str | None:
    state_key = getattr(index.memo, "state_key", None)
    return state_key(f"{NAME}:{region_id}") if state_key is not None else None


def _texts(value: object) -> list[str] | None:
    if type(value) is not list or not all(type(v) is str for v in value):
        return None
    return value


def _decoded(value: object, index: Index, region_id: str) -> RegionScope | None:
    """A kept scope checked for shape, every id one of a valid record of its kind; None when it is not that."""
    if type(value) is not dict or set(value) != {*KINDS, "named", "labels", "network", "inspiration"}:
        return None
    ids: dict[str, set[str]] = {}
    for kind in KINDS:
        found = _texts(value[kind])
        if found is None:
            return None
        bucket = index.records[kind]
        if not all(i in bucket for i in found):  # membership only: builds nothing
            return None
        ids[kind] = set(found)
    named = _texts(value["named"])
    labels = value["labels"]
    if named is None or type(labels) is not dict or set(labels) != set(LABELLED):
        return None
    for kind in LABELLED:
        given = labels[kind]
        if type(given) is not dict or not all(type(v) is str and v for v in given.values()):
            return None
    taken = [key for kind in LABELLED for key in index.take_labels(kind, labels[kind])]
    ids["region"] = index.region_and_below(region_id) & set(index.regions)
    return RegionScope(
        ids, set(named), recalled=True, network=value["network"], ranking=value["inspiration"], labelled=taken
    )


@dataclass
class Checker:
    """Checks a recalled scope against each record the view reads, as `records_in_region` tests it: a meeting names
    a region of the area or has a region's initiative as its forum, an initiative names a region of the area, an
    actor names one or has no regions and takes part in the region's initiatives or meetings (`Stale` if not).
    The actors named by the region's initiatives must be those kept. A scope worked out this run is not checked."""

    scope: RegionScope
    area: set[str] = field(init=False)
    named: set[str] = field(default_factory=set)
    involved: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.area = self.scope.ids["region"]

    def meeting(self, m: Meeting) -> None:
        if not (self.area.intersection(m.regions) or m.forum in self.scope.ids["initiative"]):
            raise Stale(m.ref)
        self.involved.update(m.organisers)
        self.involved.update(m.facilitators)
        if m.participants:
            self.involved.update(m.participants.actors)

    def initiative(self, ini: Initiative) -> None:
        if not self.area.intersection(ini.regions):
            raise Stale(ini.ref)
        self.named.update(a.actor for a in ini.actors)

    def before_actors(self) -> None:
        """After every meeting and initiative was read: the actors the initiatives name are those kept."""
        if self.named != self.scope.named:
            raise Stale("named")
        self.involved |= self.named

    def actor(self, actor: Actor) -> None:
        if not (self.area.intersection(actor.regions) or (not actor.regions and actor.id in self.involved)):
            raise Stale(actor.ref)

"""Records of one kind by id, where a record from the indexed store is built only when first read.

A `RecordMap` is a dict, so every query works on it unchanged; ids, membership and iteration over
ids never build anything. A value is built (one Pydantic validation of its stored data) on first
access through `[]`, `get`, `values`, `items` or `pop`; `values()` and `items()` build every
pending record at once, with the garbage collector paused.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, ItemsView, Iterable, Iterator, Sequence, ValuesView
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ggznet.schema import Record


def built_keys(bucket: dict[str, Record]) -> set[str]:
    """The keys of `bucket` whose record is built: all of them, unless it is a `RecordMap`."""
    return bucket.built_keys() if isinstance(bucket, RecordMap) else set(bucket)


class Pending:
    """A record known by kind, id and file, to be built from `token` when first read."""

    __slots__ = ("id", "kind", "path", "token")

    def __init__(self, kind: str, ident: str, path: str, token: object) -> None:
        self.kind = kind
        self.id = ident
        self.path = path
        self.token = token


Builder = Callable[[Sequence[Pending]], "list[Record]"]


class RecordMap(dict[str, "Record"]):
    """A dict of records in which some values are still `Pending`; `build` makes records of them."""

    def __init__(self, build: Builder) -> None:
        super().__init__()
        self._build = build
        self._pending: set[str] = set()

    # -- building ---------------------------------------------------------------------------------------
    def _resolve(self, key: str) -> Record:
        pending = cast(Pending, dict.__getitem__(self, key))
        (record,) = self._build([pending])
        dict.__setitem__(self, key, record)
        self._pending.discard(key)
        return record

    def resolve_all(self) -> None:
        """Build every pending record at once (one read of the store), with the garbage collector paused."""
        self.resolve(None)

    def resolve(self, wanted: Iterable[str] | None) -> None:
        """Build the pending records among `wanted` (None: all) at once, with the garbage collector paused."""
        if not self._pending:
            return
        if wanted is None:
            keys = [k for k in dict.__iter__(self) if k in self._pending]
        else:
            keys = [k for k in dict.fromkeys(wanted) if k in self._pending]
        if not keys:
            return
        enabled = gc.isenabled()
        gc.disable()
        try:
            records = self._build([cast(Pending, dict.__getitem__(self, k)) for k in keys])
            for key, record in zip(keys, records, strict=True):
                dict.__setitem__(self, key, record)
            self._pending.difference_update(keys)
        finally:
            if enabled:
                gc.enable()
            gc.freeze()  # they live as long as the run: keep them out of every later collection

    def each(self, batch: int = 2000) -> Iterator[Record]:
        """Every record, for a pass that reads each once: those not built yet are built `batch` at a time and
        let go after (not kept in the map), so that the pass holds a batch, not the whole kind."""
        keys = [k for k in dict.__iter__(self) if k in self._pending]
        yield from [v for k, v in dict.items(self) if k not in self._pending]
        for start in range(0, len(keys), batch):
            chunk = [k for k in keys[start : start + batch] if dict.__contains__(self, k)]  # not taken out meanwhile
            yield from [dict.__getitem__(self, k) for k in chunk if k not in self._pending]  # built meanwhile
            pending = [cast(Pending, dict.__getitem__(self, k)) for k in chunk if k in self._pending]
            if not pending:
                continue
            enabled = gc.isenabled()
            gc.disable()
            try:
                records = self._build(pending)
            finally:
                if enabled:
                    gc.enable()
            yield from records
            del records

    def each_of(self, keys: Sequence[str], batch: int = 2000) -> Iterator[Record]:
        """The records of these keys (each in the map), in this order: those not built yet are built `batch` at a
        time for this pass and let go after, as in `each`."""
        for start in range(0, len(keys), batch):
            chunk = keys[start : start + batch]
            waiting = [k for k in chunk if k in self._pending]
            made: dict[str, Record] = {}
            if waiting:
                enabled = gc.isenabled()
                gc.disable()
                try:
                    made = dict(
                        zip(
                            waiting,
                            self._build([cast(Pending, dict.__getitem__(self, k)) for k in waiting]),
                            strict=True,
                        )
                    )
                finally:
                    if enabled:
                        gc.enable()
            yield from [made[k] if k in made else dict.__getitem__(self, k) for k in chunk]
            del made

    def add_pending(self, key: str, pending: Pending) -> None:
        """A record to be built when first read, under a key not in the map yet (`__setitem__` without checks)."""
        dict.__setitem__(self, key, cast("Record", pending))  # a placeholder until it is built
        self._pending.add(key)

    def add_all_pending(self, pending: Sequence[Pending]) -> None:
        """Records to be built when first read, under ids not in the map yet and not repeated among them."""
        dict.update(self, ((item.id, cast("Record", item)) for item in pending))
        self._pending.update(item.id for item in pending)

    def add_pending_block(self, keys: Sequence[str], pending: Sequence[Pending]) -> None:
        """`add_all_pending` with the keys given (each pending record's id, in order): no Python step per record."""
        dict.update(self, zip(keys, cast("Sequence[Record]", pending), strict=True))
        self._pending.update(keys)

    def is_built(self, key: str) -> bool:
        return key not in self._pending

    def built_keys(self) -> set[str]:
        """The keys whose record is built (set arithmetic in C: no Python step per key)."""
        return dict.keys(self) - self._pending

    # -- the dict interface, built on access ------------------------------------------------------------------
    def __getitem__(self, key: str) -> Record:
        if key in self._pending:
            return self._resolve(key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._pending:
            return self._resolve(key)
        return dict.get(self, key, default)

    def __setitem__(self, key: str, value: Record) -> None:
        if isinstance(value, Pending):
            self._pending.add(key)
        else:
            self._pending.discard(key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        self._pending.discard(key)
        dict.__delitem__(self, key)

    def pop(self, key: str, *default: Any) -> Any:
        if key in self._pending:
            value = self._resolve(key)
            dict.__delitem__(self, key)
            return value
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[str, Record]:
        self.resolve_all()
        return dict.popitem(self)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __iter__(self) -> Iterator[str]:  # overridden so that dict(m) and {**m} go through __getitem__
        return dict.__iter__(self)

    def values(self) -> ValuesView[Record]:  # type: ignore[override]  # a dict's view, once all are built
        self.resolve_all()
        return dict.values(self)

    def items(self) -> ItemsView[str, Record]:  # type: ignore[override]  # a dict's view, once all are built
        self.resolve_all()
        return dict.items(self)

    def copy(self) -> dict[str, Record]:
        self.resolve_all()
        return dict(dict.items(self))

    def __or__(self, other: Any) -> dict[str, Record]:  # type: ignore[override]
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other: Any) -> RecordMap:  # type: ignore[override]
        self.update(other)
        return self

    def __eq__(self, other: object) -> bool:
        self.resolve_all()
        if isinstance(other, RecordMap):
            other.resolve_all()
        return dict.__eq__(self, other)

    __hash__ = None

    def __reduce__(self) -> Any:
        return (dict, (self.copy(),))

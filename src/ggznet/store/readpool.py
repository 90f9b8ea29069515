"""Reading many record files side by side in worker processes (forked), in the files' own order.

A worker runs only `files.read_record_file` (read, decode, pre-checks, parse) on chunks of paths and
sends the results back; it writes nothing, starts no program and touches neither the store nor the
index. Below PARALLEL_MIN files, where `fork` is not available, or on one core, files are read one
after another in this process. Results are the same either way, in the same order. When a worker
dies (killed for lack of memory, say) or the workers cannot be started, the chunks not yet read are
read here, one after another: slower, never different.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ggznet.store import files

PARALLEL_MIN = 3_000  # fewer files: starting workers costs more than it saves
CHUNK = 256  # files per job: big enough that sending results back stays cheap, small enough to spread
AHEAD = 3  # jobs in flight per worker: bounds what waits in memory for the reader to take it

ProgressCallback = Callable[[int, int], None]
Pack = Callable[[list[files.RawFile]], list[Any]]  # a chunk's results made compact for the way back (worker side)
Unpack = Callable[[Any], Any]  # and each item made whole again (reader side): a RawFile, or what stands for several


def worker_count() -> int:
    """How many worker processes to read with (1: no workers)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


def _in_worker() -> None:
    """A worker's start: no cyclic garbage collector. Reading makes no reference cycles worth finding, and a
    collection would walk (and so copy, page by page) every object the worker shares with its parent."""
    gc.disable()


def _read_chunk(root: str, chunk: Sequence[tuple[str, str]], pack: Pack | None) -> list[Any]:
    base = Path(root)
    raws = [files.read_record_file(base, path, rel) for rel, path in chunk]
    return raws if pack is None else pack(raws)


def read_files(
    root: Path,
    items: Sequence[tuple[str, str]],
    progress: ProgressCallback | None = None,
    *,
    workers: int | None = None,
    pack: Pack | None = None,
    unpack: Unpack | None = None,
    prepare: Callable[[], object] | None = None,
) -> Iterator[Any]:
    """`files.read_record_file` of each (relative, absolute) path, in order; in parallel for many files.

    `pack` (run by a worker on each chunk's results) and `unpack` (run here on each item `pack` gave) may make
    what travels back between processes cheaper to send; what the unpacked items stand for must equal the
    chunk's results, in order, for what the caller reads of them. An item `pack` leaves as a RawFile is not
    unpacked; a chunk read here (a worker died) comes as RawFiles only.
    `prepare` runs here once before the workers start (imports they would otherwise each repeat).
    The workers start at this call, not at the first result taken: they read while the caller gets on
    with what it does before it takes the results.
    """
    total = len(items)
    count = worker_count() if workers is None else workers
    if count <= 1 or total < PARALLEL_MIN:
        return _one_by_one(root, items, progress)
    if prepare is not None:
        prepare()
    chunks = [items[i : i + CHUNK] for i in range(0, total, CHUNK)]
    batches = _parallel(root, chunks, count, pack if unpack is not None else None)
    next(batches)  # the workers are at work (and, the generator begun, they are shut down whenever it is closed)
    return _results(batches, unpack, progress, total)


def _one_by_one(
    root: Path, items: Sequence[tuple[str, str]], progress: ProgressCallback | None
) -> Iterator[files.RawFile]:
    total = len(items)
    for n, (rel, path) in enumerate(items, 1):
        yield files.read_record_file(root, path, rel)
        if progress is not None and (n % CHUNK == 0 or n == total):
            progress(n, total)


def _results(
    batches: Iterator[list[Any] | None], unpack: Unpack | None, progress: ProgressCallback | None, total: int
) -> Iterator[Any]:
    done = 0
    for packed in batches:
        assert packed is not None  # (only the first item, taken by `read_files`, is None)
        for item in packed:
            yield item if unpack is None or isinstance(item, files.RawFile) else unpack(item)
        done = min(done + CHUNK, total)  # every chunk but the last holds CHUNK files (an item may stand for several)
        if progress is not None:
            progress(done, total)


def _parallel(
    root: Path, chunks: list[Sequence[tuple[str, str]]], count: int, pack: Pack | None
) -> Iterator[list[Any] | None]:
    """None once the workers have their first chunks, then each chunk's results in order: from the workers
    while they work, else read here."""
    next_chunk = 0
    begun = False
    pool: ProcessPoolExecutor | None = None
    try:
        pool = ProcessPoolExecutor(
            max_workers=count, mp_context=multiprocessing.get_context("fork"), initializer=_in_worker
        )
        pending: deque[Future[list[Any]]] = deque()
        while True:
            while len(pending) < count * AHEAD and next_chunk + len(pending) < len(chunks):
                pending.append(pool.submit(_read_chunk, str(root), chunks[next_chunk + len(pending)], pack))
            if not begun:
                begun = True
                yield None
            if next_chunk >= len(chunks):
                break
            raws = pending.popleft().result()
            next_chunk += 1
            yield raws
    except Exception:  # a dead worker (BrokenProcessPool), no fork (OSError), anything else: read the rest here
        pass
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if not begun:
        yield None
    for chunk in chunks[next_chunk:]:
        yield _read_chunk(str(root), chunk, None)

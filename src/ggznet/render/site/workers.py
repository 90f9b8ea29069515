"""Running the site's page jobs side by side in worker processes (forked, so they share the loaded index).

The only use of `concurrent.futures` in ggznet. A worker runs ggznet's own page code on the index it
inherited; it starts no program and reads no file. Where `fork` is not available (Windows, macOS
defaults) or one worker is asked for, the jobs run one after another in this process. Results come
back keyed by path, so the site is the same bytes however the jobs were shared.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ggznet.errors import GgznetError

WORKER_STOPPED = "a process making the site's pages stopped unexpectedly (often: not enough memory)"
WORKER_HINT = "run again with --jobs 1 (one process, less memory)"
_RUN: Callable[[Any], dict[str, bytes]] | None = None  # set before the workers are forked


def _run(job: Any) -> dict[str, bytes]:
    assert _RUN is not None
    return _RUN(job)


def run_jobs(run: Callable[[Any], dict[str, bytes]], jobs: Sequence[Any], workers: int) -> Iterator[dict[str, bytes]]:
    """The results of `run(job)` for every job, in the jobs' order."""
    global _RUN
    if workers <= 1 or len(jobs) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(run, jobs)
        return
    _RUN = run
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(_run, jobs)
    except BrokenProcessPool:  # a worker was killed (by the system, mostly for lack of memory): nothing written yet
        raise GgznetError(WORKER_STOPPED, WORKER_HINT) from None
    finally:
        _RUN = None

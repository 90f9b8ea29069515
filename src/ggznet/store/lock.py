"""One edit at a time per knowledge base: an advisory lock file that a second edit waits for."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from ggznet.errors import GgznetError
from ggznet.store.transaction import state_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class LockTimeout(GgznetError):
    """Another edit held the knowledge base for too long."""


@contextlib.contextmanager
def edit_lock(root: Path, *, timeout: float = 30.0, poll: float = 0.05) -> Iterator[None]:
    """Hold the knowledge base's edit lock; wait up to `timeout` seconds for another edit to finish."""
    path = state_dir(Path(root)) / "edit.lock"
    handle = open(path, "a+")  # noqa: SIM115 - held for the duration of the context
    try:
        if fcntl is None:  # pragma: no cover
            yield
            return
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"another ggznet edit has held {path} for {timeout:.0f} s",
                        "wait until it has finished and try again",
                    ) from None
                time.sleep(poll)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


def recover_if_idle(root: Path) -> None:
    """Roll back a write that a crash interrupted, unless an edit is running right now."""
    from ggznet.store.transaction import CACHE_DIR, JOURNAL, recover

    folder = Path(root) / CACHE_DIR
    if not folder.is_dir() or not any(folder.glob(f"tx-*/{JOURNAL}")):
        return
    try:
        with edit_lock(root, timeout=0):
            recover(root)
    except (LockTimeout, OSError):
        pass  # an edit is under way; it owns the journal

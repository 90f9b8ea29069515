"""One edit at a time per knowledge base: a lock file (via `filelock`) that a second edit waits for.

`filelock` locks with `flock` on POSIX and `msvcrt` on Windows, and opens the lock file without
following a link, so a link shipped as `.ggznet-cache/edit.lock` cannot make an edit truncate or
lock another file. Such a link is removed (only the link) before locking.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ggznet.errors import GgznetError
from ggznet.store.state import StateFolderRefused, has_journals, state_dir

if TYPE_CHECKING:
    from ggznet.store.transaction import LeftAlone

LOCK_FILE = "edit.lock"
_held: set[Path] = set()  # knowledge-base roots whose lock this process holds


class LockTimeout(GgznetError):
    """Another edit held the knowledge base for too long."""


def _lock_path(root: Path) -> Path:
    path = state_dir(root) / LOCK_FILE
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(info.st_mode):
        os.unlink(path)  # the link itself, never its target
    elif not stat.S_ISREG(info.st_mode):
        raise StateFolderRefused(
            f"{path} is not a regular file, so the edit lock cannot be taken", f"remove {path} and try again"
        )
    return path


@contextlib.contextmanager
def edit_lock(root: Path, *, timeout: float = 30.0, poll: float = 0.05) -> Iterator[None]:
    """Hold the knowledge base's edit lock; wait up to `timeout` seconds for another edit to finish."""
    from filelock import FileLock, Timeout

    root = Path(root)
    path = _lock_path(root)
    lock = FileLock(str(path), timeout=timeout, poll_interval=poll)
    try:
        lock.acquire()
    except Timeout:
        raise LockTimeout(
            f"another ggznet edit has held {path} for {timeout:.0f} s",
            "wait until it has finished and try again",
        ) from None
    key = root.resolve()
    _held.add(key)
    try:
        yield
    finally:
        _held.discard(key)
        lock.release()


def holds_lock(root: Path) -> bool:
    """Whether this process holds the edit lock of `root` right now."""
    return Path(root).resolve() in _held


def recover_if_idle(root: Path) -> list[LeftAlone]:
    """Roll back a write that a crash interrupted, unless another edit is running right now.

    Returns the journals left alone (see `store.transaction`), for the caller to report.
    """
    if not has_journals(root):  # the usual case: no edit left anything, and the journals' code is not even imported
        return []
    from ggznet.store import transaction

    if holds_lock(root):
        return transaction.recover(root)
    try:
        with edit_lock(root, timeout=0):
            return transaction.recover(root)
    except (LockTimeout, OSError, GgznetError):
        return []  # an edit is under way (it owns the journal), or the state folder cannot be used

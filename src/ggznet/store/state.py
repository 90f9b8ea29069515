"""The state folder `.ggznet-cache/`: ggznet's own files, checked as untrusted input before every use.

A cloned knowledge base may ship anything under this name: a link to somewhere else, a plain file,
links inside it. ggznet uses the folder only when it is a real folder (not a link), opens the
files in it without following links, and never acts on what it finds there without checking it
first (see `store.transaction` for journals and `store.cache` for the indexed store).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ggznet.errors import GgznetError

STATE_DIR = ".ggznet-cache"
IGNORE = "# ggznet's own state: never commit\n*\n"
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has no links to follow here; lstat checks cover it
BINARY = getattr(os, "O_BINARY", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # no effect on regular files; a FIFO opens at once


class StateFolderRefused(GgznetError):
    """`.ggznet-cache` exists but is not a folder ggznet may use (a link, or not a folder)."""


def state_path(root: Path) -> Path:
    return Path(root) / STATE_DIR


def problem_with(root: Path) -> str | None:
    """Why the state folder cannot be used (a sentence), or None when it is a real folder or absent."""
    path = state_path(root)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{STATE_DIR} cannot be read ({exc.strerror})"
    if stat.S_ISLNK(info.st_mode):
        return f"{STATE_DIR} is a link; ggznet does not follow it"
    if not stat.S_ISDIR(info.st_mode):
        return f"{STATE_DIR} is not a folder"
    return None


def refusal(root: Path) -> StateFolderRefused | None:
    reason = problem_with(root)
    if reason is None:
        return None
    return StateFolderRefused(
        f"{reason}: it holds ggznet's edit journal, lock and cache, so edits are refused",
        f"remove {state_path(root)} (ggznet recreates it as a folder), then try again",
    )


def state_dir(root: Path) -> Path:
    """The state folder, created when missing; StateFolderRefused when it is a link or not a folder."""
    refused = refusal(root)
    if refused is not None:
        raise refused
    folder = state_path(root)
    with contextlib.suppress(FileExistsError):
        folder.mkdir()
    refused = refusal(root)  # a link put there in between
    if refused is not None:
        raise refused
    _write_ignore(folder)
    return folder


def usable(root: Path) -> Path | None:
    """The state folder when it exists and may be used, else None (read-only callers then do without)."""
    if problem_with(root) is not None or not state_path(root).is_dir():
        return None
    return state_path(root)


def _write_ignore(folder: Path) -> None:
    """A `.gitignore` that keeps the folder out of git; never written through a link."""
    try:
        fd = os.open(folder / ".gitignore", os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o666)
    except OSError:
        return  # there already (or not writable): nothing to do
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(IGNORE)


def is_regular(path: Path) -> bool:
    """True for a regular file that is not a link."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def is_real_dir(path: Path) -> bool:
    """True for a folder that is not a link."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def read_bounded(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file of at most `limit` bytes, read without following a link; else None.

    Opened without blocking: a FIFO in place of the file (a shipped `store.id`, a journal) would otherwise
    wait forever for a writer."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | BINARY | NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = read_up_to(fd, info.st_size, limit)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= limit else None


def read_up_to(fd: int, size: int, limit: int) -> bytes:
    """At most `limit` + 1 bytes from `fd`: its expected `size` in one read, more only if it grew (so that a
    caller sees it is over `limit`).

    A regular file's read gives fewer bytes than asked only at its end: when the first read gives exactly the
    expected `size` (one byte less than asked), that is the whole file, and no second read is made to see the
    end (one system call per file less on a cold run)."""
    chunks = []
    want = min(size, limit) + 1
    total = 0
    while total < limit + 1:
        chunk = os.read(fd, want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total == size < want:  # the first read, short of what was asked by exactly the byte beyond `size`
            break
        want = min(65_536, limit + 1 - total)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def remove_link_or_file(path: Path) -> None:
    """Remove a link or file inside the state folder (never what a link points to)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def has_journals(root: Path) -> bool:
    """Whether the state folder holds staging folders of edits (`store.transaction`; cheap: one directory listing)."""
    folder = usable(Path(root))
    if folder is None:
        return False
    try:
        return any(name.startswith("tx-") for name in os.listdir(folder))
    except OSError:
        return False

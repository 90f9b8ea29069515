"""Atomic file writes: a temporary file in the same folder, flushed, then renamed over the target."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a reader sees the old or the new file, never a mix.

    Keeps the read, write and execute permissions of an existing file; a link (replaced, never followed) or
    anything else gives the usual permissions, not those of what it points to.
    """
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    mode = None
    with contextlib.suppress(FileNotFoundError):
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode):
            mode = stat.S_IMODE(info.st_mode) & 0o777  # (no set-user-id, set-group-id or sticky bit)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: Path, text: str, *, bom: bool = False) -> None:
    write_bytes_atomic(path, (("\ufeff" if bom else "") + text).encode("utf-8"))


def append_text(path: Path, text: str) -> None:
    """Add text at the end of a file (created if missing) in one write: for files that several steps
    add to, such as GitHub's job summary.

    Opened without waiting: a FIFO that nobody reads raises OSError ENXIO at once instead of hanging, one with a
    reader (`--summary >(cat)`) is written to as a pipe is (a slow reader is waited for)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | NONBLOCK | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags, 0o666)
    try:
        if NONBLOCK:
            os.set_blocking(fd, True)  # the writes themselves wait, as into any pipe
        handle = os.fdopen(fd, "a", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        handle.write(text)


NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # no effect on a regular file; a FIFO opens at once, or fails without reader


def create_new(root: Path, rel: str, text: str) -> bool:
    """Write `root/rel` only if nothing is there yet: True when written, False when something exists.

    Never replaces or follows anything: folders on the way are made, but a link or a file where a
    folder belongs is refused, so nothing lands outside `root`. The file appears whole or not at all
    (written aside, then hard-linked into place, which fails if the name was taken meanwhile).
    """
    from ggznet.errors import UsageError

    parts = Path(rel).parts
    if not parts or Path(rel).is_absolute() or ".." in parts:
        raise ValueError(f"not a relative path inside the target: {rel}")
    folder = Path(root)
    for part in parts[:-1]:
        folder = folder / part
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            os.mkdir(folder)
            continue
        if not stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{folder} is in the way: it is not a folder", "move it aside or choose another folder")
    target = folder / parts[-1]
    if os.path.lexists(target):
        return False
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create instead
            try:
                handle_fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
            except FileExistsError:
                return False
            with os.fdopen(handle_fd, "wb") as out:
                out.write(text.encode("utf-8"))
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)

"""All-or-nothing writes of several files, with a journal so that a crash is rolled back next time.

Protocol: (1) every new content goes to a temporary file in the knowledge base's state folder
(`.ggznet-cache/`, on the same file system as `data/`); (2) the old content of
every target is copied to a backup folder and a journal listing all of it is written; (3) targets are
replaced one by one (`os.replace` is atomic per file); (4) the journal and backups are removed.
A failure in (3) restores the backups at once; a process killed in (3) leaves the journal, and the
next ggznet run restores the backups before it reads anything. Either way the files are wholly old
or wholly new.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from ggznet.errors import EditRefused
from ggznet.store.atomic import write_bytes_atomic

CACHE_DIR = ".ggznet-cache"
JOURNAL = "journal.json"

Hook = Callable[[str, str], None]  # (step, path): tests inject failures here


def state_dir(root: Path) -> Path:
    folder = root / CACHE_DIR
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        with contextlib.suppress(OSError):
            ignore.write_text("# ggznet's own state: never commit\n*\n", encoding="utf-8")
    return folder


def safe_target(root: Path, rel: str) -> Path:
    """The absolute path of `rel`, refusing anything outside `<root>/data/` (also through links)."""
    data_dir = (root / "data").resolve()
    target = (root / rel).resolve()
    if not target.is_relative_to(data_dir) or target == data_dir:
        raise EditRefused(f"refusing to write {rel}: edits stay inside data/")
    return target


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def apply(root: Path, changes: Mapping[str, bytes | None], *, hook: Hook | None = None) -> None:
    """Write `{relative path: new bytes, or None to delete}` all-or-nothing."""
    hook = hook or (lambda step, path: None)
    root = Path(root)
    targets = {rel: safe_target(root, rel) for rel in changes}
    recover(root)
    work = Path(tempfile.mkdtemp(prefix="tx-", dir=state_dir(root)))
    entries: list[dict[str, str | None]] = []
    try:
        for n, (rel, content) in enumerate(sorted(changes.items())):
            target = targets[rel]
            backup = None
            if target.exists():
                backup = str(work / f"{n}.bak")
                shutil.copy2(target, backup)
            tmp = None
            if content is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = str(work / f"{n}.new")  # staged beside the backups, so a crash leaves no litter in data/
                with open(tmp, "wb") as handle:
                    handle.write(content)
                    handle.flush()
                    os.fsync(handle.fileno())
                if backup:
                    shutil.copymode(backup, tmp)
                else:
                    umask = os.umask(0)
                    os.umask(umask)
                    os.chmod(tmp, 0o666 & ~umask)
            entries.append({"target": str(target), "tmp": tmp, "backup": backup})
            hook("staged", rel)
        write_bytes_atomic(work / JOURNAL, json.dumps(entries).encode("utf-8"))
        hook("journal", "")
    except BaseException:
        _discard(entries, work)
        raise
    try:
        for entry in entries:
            target = Path(str(entry["target"]))
            if entry["tmp"] is not None:
                os.replace(str(entry["tmp"]), target)
            elif target.exists():
                target.unlink()
            _fsync_dir(target.parent)
            hook("replaced", str(target))
    except BaseException:
        _roll_back(entries)
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(work, ignore_errors=True)


def _discard(entries: list[dict[str, str | None]], work: Path) -> None:
    for entry in entries:
        if entry["tmp"]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(entry["tmp"]))
    shutil.rmtree(work, ignore_errors=True)


def _roll_back(entries: list[dict[str, str | None]]) -> None:
    for entry in entries:
        target = Path(str(entry["target"]))
        if entry["backup"] and os.path.exists(str(entry["backup"])):
            tmp = f"{target}.restore"
            shutil.copy2(str(entry["backup"]), tmp)
            os.replace(tmp, target)
        elif entry["backup"] is None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        if entry["tmp"]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(entry["tmp"]))


def recover(root: Path) -> bool:
    """Roll back a write that a crash interrupted; True if there was one."""
    folder = Path(root) / CACHE_DIR
    if not folder.is_dir():
        return False
    found = False
    for journal in sorted(folder.glob(f"tx-*/{JOURNAL}")):
        try:
            entries = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = []
        _roll_back(entries)
        shutil.rmtree(journal.parent, ignore_errors=True)
        found = True
    for stale in folder.glob("tx-*"):  # staged but never journaled: nothing was replaced
        shutil.rmtree(stale, ignore_errors=True)
    return found

"""All-or-nothing writes of several files, with a journal so that a crash is rolled back next time.

Protocol: (1) every new content goes to a staging folder `tx-*` in the state folder (`.ggznet-cache/`,
on the same file system as `data/`), next to a backup of every target's old content; (2) a journal
lists, per target, its path inside `data/`, the SHA-256 of its old and new content and the names of
its staged files; (3) targets are replaced one by one (`os.replace` is atomic per file); (4) the
staging folder is removed. A failure in (3) restores the backups at once; a process killed in (3)
leaves the journal, and the next ggznet run restores the backups before it reads anything.

A journal is untrusted input (a cloned repository may ship one). It is acted on only when it is
well-formed, every target resolves inside `data/`, every staged file is a regular file in its own
`tx-*` folder, each target holds exactly the old or the new content the journal names, and each
backup holds exactly the old content. Then the targets holding the new content get their backups
back. A target that holds anything else was changed after the edit (by hand, say): the journal is
then left alone and reported, so that recovery never overwrites a later change.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ggznet.errors import EditRefused
from ggznet.store.atomic import write_bytes_atomic
from ggznet.store.state import (
    BINARY,
    NOFOLLOW,
    STATE_DIR,
    is_real_dir,
    is_regular,
    read_bounded,
    state_dir,
    usable,
)

CACHE_DIR = STATE_DIR  # the old name, kept for callers
JOURNAL = "journal.json"
JOURNAL_VERSION = 2
MAX_JOURNAL_BYTES = 1_000_000
MAX_ENTRIES = 10_000
MAX_TARGET_BYTES = 64 * 2**20  # an edit never writes more; anything bigger is not what the journal names
_TX_NAME = re.compile(r"tx-[A-Za-z0-9_]{1,64}")
_STAGED_NAME = re.compile(r"[0-9]{1,6}\.(?:bak|new)")
_DIGEST = re.compile(r"[0-9a-f]{64}")

Hook = Callable[[str, str], None]  # (step, path): tests inject failures here


def safe_target(root: Path, rel: str) -> Path:
    """The absolute path of `rel`, refusing anything outside `<root>/data/` (also through links)."""
    try:
        data_dir = (root / "data").resolve()
        target = (root / rel).resolve()
    except (OSError, ValueError, RuntimeError):
        raise EditRefused(f"refusing to write {rel!r}: not a path inside data/") from None
    if not target.is_relative_to(data_dir) or target == data_dir:
        raise EditRefused(f"refusing to write {rel}: edits stay inside data/")
    if STATE_DIR in target.relative_to(data_dir).parts:
        raise EditRefused(f"refusing to write {rel}: {STATE_DIR} is ggznet's own")
    return target


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_new(path: Path, content: bytes, mode: int | None) -> None:
    """Create `path` (never through a link, never over an existing file), flushed to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(path, mode)


def apply(root: Path, changes: Mapping[str, bytes | None], *, hook: Hook | None = None) -> None:
    """Write `{relative path: new bytes, or None to delete}` all-or-nothing."""
    hook = hook or (lambda step, path: None)
    root = Path(root)
    targets = {rel: safe_target(root, rel) for rel in changes}
    folder = state_dir(root)
    recover(root)
    work = Path(tempfile.mkdtemp(prefix="tx-", dir=folder))
    entries: list[dict[str, str | None]] = []
    try:
        for n, (rel, content) in enumerate(sorted(changes.items())):
            target = targets[rel]
            old: bytes | None = None
            mode: int | None = None
            if target.exists():
                old = target.read_bytes()
                mode = stat.S_IMODE(target.stat().st_mode)
                _write_new(work / f"{n}.bak", old, mode)
            if content is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                _write_new(work / f"{n}.new", content, mode)
            entries.append(
                {
                    "target": rel,
                    "old": _digest(old),
                    "new": _digest(content),
                    "backup": f"{n}.bak" if old is not None else None,
                    "tmp": f"{n}.new" if content is not None else None,
                }
            )
            hook("staged", rel)
        journal = {"version": JOURNAL_VERSION, "entries": entries}
        write_bytes_atomic(work / JOURNAL, json.dumps(journal).encode("utf-8"))
        hook("journal", "")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    try:
        for entry in entries:
            target = targets[str(entry["target"])]
            if entry["tmp"] is not None:
                os.replace(work / str(entry["tmp"]), target)
            else:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
            _fsync_dir(target.parent)
            hook("replaced", str(target))
    except BaseException:
        try:
            left = _recover_one(root, work)  # the same checked roll-back a later run would do
        except OSError:
            left = LeftAlone(work.name, "rolling back failed")  # the journal stays for the next run
        if left is None:
            shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(work, ignore_errors=True)


@dataclass(frozen=True)
class LeftAlone:
    """A journal that recovery did not act on, and why."""

    folder: str  # relative to the root, e.g. `.ggznet-cache/tx-ab12`
    reason: str


@dataclass(frozen=True)
class _Entry:
    rel: str
    target: Path
    old: str | None
    new: str | None
    backup: Path | None


def _parse_journal(root: Path, work: Path, raw: bytes) -> list[_Entry] | str:
    """The journal's entries, checked; or why it cannot be trusted."""
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return "the journal is not valid JSON"
    if not isinstance(payload, dict) or payload.get("version") != JOURNAL_VERSION:
        return "the journal is in an unknown format"
    items = payload.get("entries")
    if not isinstance(items, list) or not items or len(items) > MAX_ENTRIES:
        return "the journal lists no files, or too many"
    entries: list[_Entry] = []
    seen: set[Path] = set()
    for item in items:
        if not isinstance(item, dict) or set(item) != {"target", "old", "new", "backup", "tmp"}:
            return "a journal entry has the wrong shape"
        rel, old, new, backup, tmp = (item[k] for k in ("target", "old", "new", "backup", "tmp"))
        if not isinstance(rel, str) or not rel.startswith("data/") or "\x00" in rel:
            return "a journal entry names a file outside data/"
        try:
            target = safe_target(root, rel)
        except EditRefused:
            return f"a journal entry names a file outside data/ ({rel[:80]!r})"
        if target in seen:
            return "a journal entry names a file twice"
        seen.add(target)
        for digest in (old, new):
            if digest is not None and not (isinstance(digest, str) and _DIGEST.fullmatch(digest)):
                return "a journal entry has a malformed checksum"
        for name, present in ((backup, old is not None), (tmp, new is not None)):
            if name is None:
                if present:
                    return "a journal entry lacks a staged file"
                continue
            if not (isinstance(name, str) and _STAGED_NAME.fullmatch(name)) or not present:
                return "a journal entry names a staged file outside its own folder"
        backup_path = work / backup if isinstance(backup, str) else None
        entries.append(_Entry(rel, target, old, new, backup_path))
    return entries


def _current_digest(target: Path) -> tuple[bool, str | None]:
    """(readable, digest) of a target as it is now; digest None when the file is absent."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return True, None
    except OSError:
        return False, None
    if not stat.S_ISREG(info.st_mode):
        return False, None
    data = read_bounded(target, MAX_TARGET_BYTES)
    return (data is not None), _digest(data)


def _recover_one(root: Path, work: Path) -> LeftAlone | None:
    """Roll back one staging folder if its journal checks out; a LeftAlone when it does not."""
    where = f"{STATE_DIR}/{work.name}"
    raw = read_bounded(work / JOURNAL, MAX_JOURNAL_BYTES)
    if raw is None:
        return LeftAlone(where, "the journal is not a regular file of at most 1 MB")
    parsed = _parse_journal(root, work, raw)
    if isinstance(parsed, str):
        return LeftAlone(where, parsed)
    to_restore: list[_Entry] = []
    changed_since: list[str] = []
    for entry in parsed:
        readable, now = _current_digest(entry.target)
        if readable and now == entry.new and now != entry.old:
            to_restore.append(entry)
        elif not (readable and now == entry.old):
            changed_since.append(entry.rel)
    if not to_restore:
        return None  # nothing the edit wrote is still there: nothing to undo
    if changed_since:
        return LeftAlone(
            where,
            f"{', '.join(changed_since[:3])} changed after the interrupted edit, so it was not rolled back; "
            f"{', '.join(e.rel for e in to_restore[:3])} still hold the edit's new content",
        )
    backups: dict[Path, bytes | None] = {}
    for entry in to_restore:
        if entry.old is None:
            backups[entry.target] = None
            continue
        assert entry.backup is not None
        data = read_bounded(entry.backup, MAX_TARGET_BYTES) if is_regular(entry.backup) else None
        if data is None or _digest(data) != entry.old:
            return LeftAlone(where, f"the backup of {entry.rel} is missing or does not match the journal")
        backups[entry.target] = data
    for target, data in backups.items():
        if data is None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        else:
            _replace_with(target, data)
        _fsync_dir(target.parent)
    return None


def _replace_with(target: Path, data: bytes) -> None:
    """Put `data` in place of `target` atomically, keeping its permissions."""
    mode = stat.S_IMODE(os.lstat(target).st_mode) if target.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".restore", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def recover(root: Path) -> list[LeftAlone]:
    """Roll back writes that a crash interrupted; the journals left alone (reported, never acted on).

    Call it while holding the edit lock. Staging folders without a journal (nothing was replaced
    yet) are removed.
    """
    root = Path(root)
    folder = usable(root)
    if folder is None:
        return []
    left: list[LeftAlone] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        if not name.startswith("tx-"):
            continue
        work = folder / name
        if not is_real_dir(work):
            with contextlib.suppress(OSError):
                if os.path.islink(work):
                    os.unlink(work)  # a link named like a staging folder: only the link goes
            continue
        if not _TX_NAME.fullmatch(name):
            left.append(LeftAlone(f"{STATE_DIR}/{name[:80]}", "not a staging folder ggznet made"))
            continue
        if not os.path.lexists(work / JOURNAL):
            shutil.rmtree(work, ignore_errors=True)  # staged but never journaled: nothing was replaced
            continue
        try:
            outcome = _recover_one(root, work)
        except OSError as exc:
            outcome = LeftAlone(f"{STATE_DIR}/{name}", f"rolling back failed: {exc.strerror}")
        if outcome is None:
            shutil.rmtree(work, ignore_errors=True)
        else:
            left.append(outcome)
    return left


def describe(left: LeftAlone) -> tuple[str, str]:
    """A message and a hint for a journal left alone."""
    return (
        f"an interrupted edit was not rolled back: {left.reason}",
        f"check the files named, then remove {left.folder} (ggznet never acts on it in this state)",
    )

"""Writing a generated website into its output folder: only changed files, and stale pages of the last build removed.

The folder is the user's `-o` target. It must be new, empty, or a site that ggznet wrote before (it keeps
a list of its files in `.ggznet-site`); anything else is refused, so that no other file is ever touched.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ggznet.errors import UsageError

MANIFEST = ".ggznet-site"
MANIFEST_HEADER = "# Files written by `ggznet site`; the next run replaces them. Do not edit."


@dataclass(frozen=True)
class SiteWrite:
    written: int
    unchanged: int
    removed: int


def _safe_relative(name: str) -> bool:
    """A plain relative path inside the folder: no absolute path, no `..`, no backslashes or NULs."""
    if not name or "\\" in name or "\0" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and path.parts[:1] != (MANIFEST,)


def _previous_files(target: Path) -> set[str] | None:
    """The files of the last build, or None when the folder holds something ggznet did not write."""
    if not target.exists():
        return set()
    if not target.is_dir() or target.is_symlink():
        raise UsageError(f"-o: {target} is not a folder", "name a new or empty folder, e.g. -o public")
    manifest = target / MANIFEST
    if manifest.is_file() and not manifest.is_symlink():
        try:
            lines = manifest.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return None
        if lines[:1] != [MANIFEST_HEADER]:
            return None
        return {line for line in lines[1:] if _safe_relative(line)}
    if any(target.iterdir()):
        return None
    return set()


def _folder(target: Path, rel: PurePosixPath, made: set[Path]) -> Path:
    """The folder for a file, created; refuses symbolic links on the way (they could lead outside)."""
    folder = target
    for part in rel.parts[:-1]:
        folder = folder / part
        if folder in made:
            continue
        if folder.is_symlink():
            raise UsageError(f"-o: {folder} is a symbolic link; ggznet site writes only real folders")
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"-o: {folder} is a file where the site has a folder", "remove it, or choose a new folder")
        folder.mkdir(exist_ok=True)
        made.add(folder)
    return folder


NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def _create(path: Path, data: bytes) -> bool:
    """Write a file that is not there yet; False (nothing written) when something is there already."""
    try:
        fd = os.open(path, NEW_FILE, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return True


def _write(path: Path, data: bytes) -> None:
    """Replace the file: remove what is there (a link is removed, never followed), then create it anew.

    No temporary file and no fsync: a site is regenerated, not edited, and this is 23,000 files at scale.
    """
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, NEW_FILE, 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def write_site(target: Path, files: dict[str, bytes]) -> SiteWrite:
    """Write `files` (`{relative path: bytes}`) under `target`; remove files of the last build that are gone.

    A folder that cannot be written (no permission, a file where a folder of the site belongs, a full disk)
    is a clear error naming the path, never an internal one.
    """
    try:
        return _write_site(target, files)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else target
        raise UsageError(
            f"-o: cannot write {where}: {exc.strerror or exc}", "name a folder you can write to, e.g. -o public"
        ) from None


def _write_site(target: Path, files: dict[str, bytes]) -> SiteWrite:
    previous = _previous_files(target)
    if previous is None:
        raise UsageError(
            f"-o: {target} is not empty and holds no site made by ggznet",
            "choose a new or empty folder; ggznet site replaces only a site it wrote itself",
        )
    bad = [name for name in files if not _safe_relative(name)]
    if bad:  # the builder makes the names from slugs; this guards against a bug, not against input
        raise UsageError(f"refusing to write outside the site folder: {bad[0]}")
    target.mkdir(parents=True, exist_ok=True)
    written = unchanged = removed = 0
    made: set[Path] = set()
    for name in sorted(files):
        rel = PurePosixPath(name)
        path = _folder(target, rel, made) / rel.name
        if _create(path, files[name]):  # a new file (a first build): one system call, no looking first
            written += 1
            continue
        if path.is_file() and not path.is_symlink():
            try:
                if path.read_bytes() == files[name]:
                    unchanged += 1
                    continue
            except OSError:
                pass
        _write(path, files[name])
        written += 1
    root = target.resolve()
    for name in sorted(previous - set(files)):
        path = target / name
        if not path.parent.resolve().is_relative_to(root):  # a folder replaced by a link since the last build
            continue
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed += 1
            if path.parent != target:
                with contextlib.suppress(OSError):  # the folder, if this was its last file
                    path.parent.rmdir()
    _write(target / MANIFEST, ("\n".join([MANIFEST_HEADER, *sorted(files)]) + "\n").encode("utf-8"))
    return SiteWrite(written, unchanged, removed)

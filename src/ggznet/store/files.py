"""Finding the knowledge base and reading its record files from disk."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ggznet import charpolicy, personal
from ggznet.errors import KnowledgeBaseNotFound
from ggznet.store.state import BINARY, NOFOLLOW, NONBLOCK, read_bounded, read_up_to

if TYPE_CHECKING:  # the parser is imported when a file is read: a warm run may read none
    from ggznet.store import yamlfast


MAX_FILE_BYTES = 1_000_000


def unsafe_text_hint(text: str, data: bytes | None = None) -> bool:
    """Cheap pre-check: could a string in the file hold a character the Unicode policy refuses
    (as such, or written as an escape in a double-quoted string)?"""
    return charpolicy.raw_hint(text, data)


def personal_data_hint(text: str, data: bytes | None = None) -> bool:
    """Cheap pre-check: could the text hold an e-mail address, a phone, BSN or bank account number?

    False means the privacy checks cannot find anything in it, so they are skipped. `data`: the text's
    UTF-8 bytes, when at hand (faster).
    """
    return personal.hint(text, data)


DATA_DIR = "data"
VOCABULARY_FILE = "vocabulary.yaml"
RECORD_FOLDERS = ("regions", "actors", "initiatives", "meetings")


def find_root(explicit: str | os.PathLike[str] | None = None, *, cwd: Path | None = None) -> Path:
    """The knowledge-base root: `explicit`, else $GGZNET_KB, else the nearest folder upward holding `data/`."""
    for candidate, origin in ((explicit, "--kb"), (os.environ.get("GGZNET_KB") or None, "GGZNET_KB")):
        if candidate:
            root = Path(candidate).expanduser().resolve()
            if root.name == DATA_DIR and not (root / DATA_DIR).is_dir():
                root = root.parent
            if not (root / DATA_DIR).is_dir():
                raise KnowledgeBaseNotFound(
                    f"{origin} points to {root}, which has no {DATA_DIR}/ folder",
                    f"give the folder that holds {DATA_DIR}/regions, {DATA_DIR}/actors, …",
                )
            return root
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / DATA_DIR).is_dir():
            return folder
    raise KnowledgeBaseNotFound(
        f"no knowledge base found: neither {start} nor any folder above it holds a {DATA_DIR}/ folder",
        "run ggznet inside a knowledge-base checkout, or pass --kb PATH or set GGZNET_KB",
    )


@dataclass(slots=True)
class RawFile:
    """One file as read from disk: its parsed data, or the findings that stopped it."""

    path: str  # relative to the root, with forward slashes
    data: Any = None
    findings: list[yamlfast.Finding] = field(default_factory=list)
    mtime_ns: int = 0
    size: int = 0
    personal_data_hint: bool = True
    unsafe_text_hint: bool = True
    key: tuple[int, int, int, int] | None = None  # stat key of the bytes read (None: not read in full)
    digest: bytes = b""  # SHA-256 of the bytes read
    text: str | None = None  # kept only when a hint says the checks need it; never cached
    encoded: bytes | None = None  # the store's encoding of this result, when a reading worker made it already
    dates: list[int] | None = None  # the days named in `encoded`, when a reading worker worked them out
    derived: Any = None  # what a reading worker worked out of the record for the store (`stored._derived`)
    worker_clean: bool = False  # a reading worker found a valid record and no problem of the file's own


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode(data: bytes) -> tuple[str | None, yamlfast.Finding | None]:
    """UTF-8 text (a BOM is dropped), or a finding that names the first bad byte's position."""
    from ggznet.store import yamlfast

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        return None, yamlfast.Finding(
            "yaml-encoding",
            f"byte 0x{data[exc.start]:02x} is not valid UTF-8",
            line,
            column,
            "save the file as UTF-8",
        )
    return text.removeprefix("\ufeff"), None


def read_text(path: Path | str) -> str | None:
    """The text of a regular file (links are not followed); None if it is not one, is larger than
    MAX_FILE_BYTES or is not UTF-8."""
    data = read_bounded(Path(path), MAX_FILE_BYTES)
    if data is None:
        return None
    text, _ = decode(data)
    return text


def parse_record_text(rel: str, text: str) -> RawFile:
    """A record given as text (an edit not yet written), read like a file."""
    from ggznet.store import yamlfast

    raw = RawFile(rel, size=len(text.encode("utf-8")))
    if raw.size > MAX_FILE_BYTES:
        raw.findings.append(yamlfast.Finding("yaml-too-large", f"file is {raw.size:,} bytes", 1, 1))
        return raw
    parsed = yamlfast.parse(text.removeprefix("\ufeff"))
    raw.data, raw.findings = parsed.data, parsed.findings
    raw.personal_data_hint = personal_data_hint(text)
    raw.unsafe_text_hint = unsafe_text_hint(text)
    raw.text = text if raw.personal_data_hint or raw.unsafe_text_hint else None
    return raw


def read_record_file(root: Path, path: Path | str, rel: str | None = None) -> RawFile:
    """Read and parse one record file; `rel` (its path from the root) saves working it out.

    The file is opened without following a link (and without blocking on a pipe); its stat key and
    content hash are those of exactly the bytes read.
    """
    from ggznet.store import yamlfast

    rel = rel or Path(path).relative_to(root).as_posix()
    raw = RawFile(rel)
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | BINARY | NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP or os.path.islink(path):
            raw.findings.append(yamlfast.Finding("yaml-syntax", "not a regular file (links are not followed)", 1, 1))
        else:
            raw.findings.append(yamlfast.Finding("yaml-syntax", f"cannot read file: {exc.strerror}", 0, 0))
        return raw
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raw.findings.append(yamlfast.Finding("yaml-syntax", "not a regular file (links are not followed)", 1, 1))
            return raw
        raw.mtime_ns, raw.size = info.st_mtime_ns, info.st_size
        if info.st_size > MAX_FILE_BYTES:
            raw.key = stat_key(info)
            raw.findings.append(
                yamlfast.Finding(
                    "yaml-too-large",
                    f"file is {info.st_size:,} bytes; a record file may be at most {MAX_FILE_BYTES:,}",
                    1,
                    1,
                    "split the content or move long texts to a linked document",
                )
            )
            return raw
        data = read_up_to(fd, info.st_size, MAX_FILE_BYTES)
    except OSError as exc:
        raw.findings.append(yamlfast.Finding("yaml-syntax", f"cannot read file: {exc.strerror}", 0, 0))
        return raw
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # grew while being read: read it again next time
        raw.findings.append(yamlfast.Finding("yaml-too-large", f"file is over {MAX_FILE_BYTES:,} bytes", 1, 1))
        return raw
    raw.key = stat_key(info)
    raw.digest = hashlib.sha256(data).digest()
    text, bad = decode(data)
    if bad is not None:
        raw.findings.append(bad)
        return raw
    assert text is not None
    raw.unsafe_text_hint = unsafe_text_hint(text, data)
    refused = None if raw.unsafe_text_hint else False
    parsed = yamlfast.parse(text, refused=refused, long=yamlfast.long_number(data), data=data)
    raw.data, raw.findings = parsed.data, parsed.findings
    raw.personal_data_hint = personal_data_hint(text, data)
    raw.text = text if raw.personal_data_hint or raw.unsafe_text_hint else None
    return raw


def content_digest(path: str) -> bytes | None:
    """SHA-256 of a regular file's bytes (read without following a link), or None."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | BINARY | NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        data = read_up_to(fd, info.st_size, MAX_FILE_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)
    return hashlib.sha256(data).digest()


@dataclass(slots=True)
class Scanned:
    """A record file as found on disk: where it is and its stat key (none for a link or an unreadable file)."""

    rel: str
    path: str
    key: tuple[int, int, int, int] | None  # (inode, size, mtime_ns, ctime_ns) of a regular file


def stat_key(info: os.stat_result) -> tuple[int, int, int, int]:
    """What identifies a file's version without reading it, as git's index does."""
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass(slots=True)
class FileScan:
    """Every record file under `data/` with its stat key, in path order, and every other file (strays).

    Kept as two parallel lists (relative path, stat key or None for a link or an unreadable file):
    a warm run whose store vouches for every file never needs an object per file.
    """

    root: Path
    rels: list[str]
    keys: list[tuple[int, int, int, int] | None]
    strays: list[str]

    def path(self, rel: str) -> str:
        return os.path.join(self.root, rel)


MAX_WALK = 1_000_000  # entries under data/ looked at; a knowledge base with more is not one
_BY_DIR_FD = (  # lstat relative to an open folder: os.lstat(name, dir_fd=…)
    os.stat in os.supports_dir_fd and os.stat in os.supports_follow_symlinks and os.listdir in os.supports_fd
)


def scan_tree(root: Path) -> FileScan:
    """One walk of `data/`: record files with their stat keys, in path order, and strays.

    Every entry counts, hidden ones and those in unknown or nested folders too: `<id>.yaml` files
    directly in a record folder are records; anything else (`data/vocabulary.yaml` aside) is a stray,
    to be scanned for personal data. Links are never followed.

    In a record folder each name gets one lstat, relative to the open folder where the platform allows
    (the kernel then resolves one name instead of the whole path), which also tells a folder from a
    file: this loop is most of what a warm run costs.
    """
    rels: list[str] = []
    keys: list[tuple[int, int, int, int] | None] = []
    strays: list[str] = []
    for rel_folder, folder in _walk(root, strays):
        _scan_folder(rel_folder, folder, rels, keys, strays)
    strays.sort()  # `rels` is in path order: folders come sorted, and no record folder's name begins another's
    return FileScan(root, rels, keys, strays)


def _scan_folder(
    rel_folder: str,
    folder: str,
    rels: list[str],
    keys: list[tuple[int, int, int, int] | None],
    strays: list[str],
) -> None:
    """The record files of one record folder (`<id>.yaml`, not hidden) with their stat keys; the rest are strays."""
    fd = _open_folder(folder) if _BY_DIR_FD else None
    try:
        names = sorted(os.listdir(fd if fd is not None else folder))
    except OSError:
        if fd is not None:
            os.close(fd)
        strays.append(rel_folder + "/")
        return
    try:
        found, folders = _stat_all(names if fd is not None else [os.path.join(folder, name) for name in names], fd)
    finally:
        if fd is not None:
            os.close(fd)
    prefix = rel_folder + "/"
    if not folders and _all_record_names(names):  # the usual folder: every entry a record file
        rels.extend(map(prefix.__add__, names))
        keys.extend(found)
        return
    for name, key in zip(names, found, strict=True):
        if name in folders:
            _strays_below(os.path.join(folder, name), f"{prefix}{name}", strays)  # nothing there is a record
        elif name.endswith(".yaml") and not name.startswith("."):
            rels.append(prefix + name)  # a link is refused when read
            keys.append(key)
        else:
            strays.append(prefix + name)


def _stat_all(targets: list[str], fd: int | None) -> tuple[list[tuple[int, int, int, int] | None], set[str]]:
    """One lstat per entry (never following a link), relative to the open folder `fd` when given: the stat key of
    each regular file (None for anything else, or when it cannot be looked at), and the entries that are folders.

    This loop is most of what a warm run costs: per entry one call and a tuple, everything else afterwards."""
    found: list[tuple[int, int, int, int] | None] = []
    folders: set[str] = set()
    add, lstat, is_reg, is_dir = found.append, os.lstat, stat.S_ISREG, stat.S_ISDIR
    for target in targets:
        try:
            info = lstat(target, dir_fd=fd)
        except OSError:
            add(None)
            continue
        if is_reg(info.st_mode):
            add((info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns))
        else:
            add(None)
            if is_dir(info.st_mode):
                folders.add(os.path.basename(target))
    return found, folders


def _all_record_names(names: list[str]) -> bool:
    """Whether every name is a record file's (`<something>.yaml`, not hidden), worked out on one joined string: a
    name holds no NUL, so each ends in exactly one NUL and holds at most one `.yaml<NUL>`, at its end."""
    joined = "\0" + "\0".join(names) + "\0"
    return joined.count(".yaml\0") == len(names) and "\0." not in joined


def _open_folder(folder: str) -> int | None:
    try:
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | NOFOLLOW)
    except OSError:
        return None  # gone or replaced by a link since it was listed: lstat by path (a link is refused when read)


def _walk(root: Path, strays: list[str]) -> list[tuple[str, str]]:
    """(relative folder, absolute folder) of each record folder, in path order; every other entry under
    `data/` goes to `strays`. Links are never followed."""
    data_dir = os.path.join(root, DATA_DIR)
    folders: list[tuple[str, str]] = []
    try:
        with os.scandir(data_dir) as listing:
            entries = list(listing)
    except OSError:
        strays.append(DATA_DIR + "/")
        return folders
    for item in entries:
        name = item.name
        if _is_folder(item):
            if name in RECORD_FOLDERS:
                folders.append((f"{DATA_DIR}/{name}", item.path))
            else:
                _strays_below(item.path, f"{DATA_DIR}/{name}", strays, depth=1)
        elif name != VOCABULARY_FILE or not _regular(item):
            strays.append(f"{DATA_DIR}/{name}")
    folders.sort()
    return folders


def _strays_below(folder: str, rel_folder: str, strays: list[str], depth: int = 2) -> None:
    """Every file below a folder that holds no records, as a stray (links are never followed); at most
    MAX_WALK entries are looked at under `data/` in all."""
    pending: list[tuple[str, str, int]] = [(folder, rel_folder, depth)]
    while pending and len(strays) < MAX_WALK:
        folder, rel_folder, depth = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            strays.append(rel_folder + "/")
            continue
        for item in entries:
            rel = f"{rel_folder}/{item.name}"
            if not _is_folder(item):
                strays.append(rel)
            elif depth < 16:
                pending.append((item.path, rel, depth + 1))
            else:
                strays.append(rel + "/")


def _is_folder(item: os.DirEntry[str]) -> bool:
    try:
        return item.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _regular(item: os.DirEntry[str]) -> bool:
    try:
        return item.is_file(follow_symlinks=False)
    except OSError:
        return False

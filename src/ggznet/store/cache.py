"""The indexed store: one SQLite file in `.ggznet-cache/` that remembers what reading each file found.

Per record file it holds the file's stat key (inode, size, mtime and ctime in nanoseconds, as git's
index does) and content hash, the problems that need only that file, the record's kind, id and
parsed data, its references and its search text, and what the checks across records read of it
(`validate.facts`: references with their places, themes, dates, the problems of the record alone);
per state of the whole knowledge base, the verdict of `validate` with the days for which it holds.
A warm run stats every file, takes unchanged ones from here and reads only the rest.

It can never hide an error:
- An entry is used only while the file's stat key is unchanged. A file changed within RACY_NS of
  the moment its entry was taken (git's "racy" rule: a later change in the same clock tick keeps
  the stat key) is used only when its content hash still matches.
- Everything is keyed by `code_key()`: the source of every module that reads or judges records,
  the Python version and the installed pydantic-core, PyYAML and yaml-rs.
- The file is untrusted input: ggznet opens only a store it created itself on this machine (the
  inode recorded at creation must match, which a file from a cloned repository cannot know), with
  no journal or link beside it, of bounded size, with exactly the expected schema, `trusted_schema`
  off and limits on row size. Every value read is checked for shape; anything odd means the entry
  (or the whole store) is ignored and rebuilt.
- Writes are one SQLite transaction each, under a lock; a run that cannot write just does not.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ggznet import __version__
from ggznet.store.state import BINARY, NOFOLLOW, is_regular, read_bounded, remove_link_or_file, usable

STORE_FILE = "store.sqlite3"
ID_FILE = "store.id"
LOCK_FILE = "store.lock"
SIDECARS = ("-journal", "-wal", "-shm")
SCHEMA_VERSION = 8
RACY_NS = 2_000_000_000  # coarser than any file system's timestamps (FAT: 2 s)
MAX_ROW_BYTES = 8 * 2**20
MAX_VERDICTS = 8
MAX_BLOBS = 64  # kept results (network metrics per region and state): the most recently made
LISTING_KEY = "files|list"  # the list of the files of the last state (`ggznet.statlist`), never dropped for age
LOCK_TIMEOUT = 10.0
PAGE_SIZE = 16_384  # of a new store
# Windows' st_ctime is the creation time, so a same-size edit with a restored mtime keeps the stat
# key there: entries are then used only when the content hash matches.
STAT_IS_ENOUGH = os.name != "nt"

_REFS_INDEX = "refs_target"
_REFS_INDEX_SQL = f"CREATE INDEX {_REFS_INDEX} ON refs (target_kind, target)"
_TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE files (path TEXT PRIMARY KEY, ino INTEGER NOT NULL, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, seen_ns INTEGER NOT NULL, digest BLOB NOT NULL,"
    " kind TEXT, ident TEXT, clean INTEGER NOT NULL, raw BLOB NOT NULL, dates BLOB, search TEXT, facts BLOB)",
    "CREATE TABLE refs (path TEXT NOT NULL, target_kind TEXT NOT NULL, target TEXT NOT NULL)",
    _REFS_INDEX_SQL,
    "CREATE TABLE verdicts (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, seen_ns INTEGER NOT NULL,"
    " valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL, files INTEGER NOT NULL, body BLOB NOT NULL,"
    " used_ns INTEGER NOT NULL)",
    "CREATE TABLE blobs (key TEXT PRIMARY KEY, body BLOB NOT NULL, used_ns INTEGER NOT NULL)",
)


# -- what the store is keyed by ------------------------------------------------------------------------

_LIBRARIES = ("pydantic_core", "pydantic", "yaml", "yaml_rs", "orjson")
_NOT_DECIDING = ("cli", "render")  # packages whose code never changes what is stored


@cache
def code_key() -> str:
    """A digest of everything that decides what is stored: ggznet's own code (all but the CLI and the
    renderers), Python's version, and the installed parsing and validation libraries."""
    import importlib.util

    digest = hashlib.sha256(f"{__version__}|{SCHEMA_VERSION}|{sys.version}|{sqlite3.sqlite_version}".encode())
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.parts[0] in _NOT_DECIDING:
            continue
        digest.update(rel.as_posix().encode())
        with contextlib.suppress(OSError):
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in _LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        digest.update(name.encode())
        if spec is None or not spec.origin:
            continue
        folder = Path(spec.origin).parent
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_file(follow_symlinks=False):  # a new version brings new files: size and time differ
                    info = entry.stat(follow_symlinks=False)
                    digest.update(f"{entry.name}|{info.st_size}|{info.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


# -- JSON in and out -------------------------------------------------------------------------------------


def dumps(value: Any) -> bytes:
    """Compact JSON (orjson when installed)."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson is a dependency; the standard library is the fallback
        import json

        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return orjson.dumps(value)


def loads(raw: object) -> Any:
    """Parsed JSON, or a ValueError for anything that is not (wrong type, bad bytes, too deep)."""
    if not isinstance(raw, bytes | str):
        raise ValueError("not JSON")
    try:
        import orjson
    except ImportError:  # pragma: no cover
        import json

        try:
            return json.loads(raw)
        except RecursionError:
            raise ValueError("too deep") from None
    return orjson.loads(raw)  # raises JSONDecodeError (a ValueError); depth is bounded


# -- rows ----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One file as the store remembers it."""

    path: str
    key: tuple[int, int, int, int]
    seen_ns: int
    digest: bytes
    kind: str | None
    ident: str | None
    clean: bool

    def racy(self) -> bool:
        """Changed so close to when this entry was taken that a later change may have kept the stat key."""
        return not STAT_IS_ENOUGH or max(self.key[2], self.key[3]) >= self.seen_ns - RACY_NS


@dataclass(slots=True)
class NewRow:
    """What a run learnt about one file, to be written."""

    path: str
    key: tuple[int, int, int, int]
    seen_ns: int
    digest: bytes
    kind: str | None
    ident: str | None
    clean: bool
    raw: bytes
    dates: bytes | None
    refs: Sequence[tuple[str, str]] = ()
    search: str | None = None
    facts: bytes | None = None  # what the checks across records read of the record (`validate.facts`)


@dataclass(frozen=True, slots=True)
class RowBlock:
    """Entries of several files made at once, in the form they are written: the `files` table's rows (the columns
    of `NewRow`'s fields in order, `clean` as 0 or 1) and their references as JSON text, `[[path, [[kind, target],
    …]], …]` (in order: taken apart by SQLite, with no Python object per reference)."""

    files: list[tuple[Any, ...]]
    refs: str


def _row(values: Sequence[Any]) -> Row | None:
    """A row read from the database, checked for shape; None when anything is off."""
    if len(values) != 10:
        return None
    path, ino, size, mtime, ctime, seen, digest, kind, ident, clean = values
    # exact types (what sqlite3 hands back), tested without loops: this runs for every file of every run
    if not (type(path) is str and type(ino) is int and type(size) is int and type(mtime) is int):
        return None
    if not (type(ctime) is int and type(seen) is int and type(digest) is bytes and len(digest) == 32):
        return None
    if not (kind is None or type(kind) is str) or not (ident is None or type(ident) is str):
        return None
    if clean not in (0, 1):
        return None
    return Row(path, (ino, size, mtime, ctime), seen, digest, kind, ident, clean == 1)


# -- the store -----------------------------------------------------------------------------------------------


@cache
def _schema_rows() -> tuple[tuple[str, str, str, str], ...]:
    """The exact sqlite_master of a fresh store made by this SQLite (the store must match it)."""
    connection = sqlite3.connect(":memory:")
    try:
        for statement in _TABLES:
            connection.execute(statement)
        return tuple(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"))
    finally:
        connection.close()


class Store:
    """An open store. Use `Store.open(root)`; every method fails soft (a miss, or no write)."""

    def __init__(self, folder: Path, connection: sqlite3.Connection, *, fresh: bool, limit: int = 0) -> None:
        self.folder = folder
        self._limit = limit
        self._own = connection
        self._pid = os.getpid()
        self._forked: tuple[int, sqlite3.Connection | None] | None = None
        self.fresh = fresh
        # Each write of file entries gives the store a new random `generation` (in `meta`): kept verdict parts
        # name the generation of the entries they were judged with (`write(parts=…)`).
        self._generation: str | None = None  # as this run last read or wrote it
        self._written_over: str | None = None  # the generation this run's last write of entries replaced
        # a write whose last steps (the references' index, the commit) run in a thread (`write(finish_later=…)`):
        # (thread, generation it sets, [success], what to do when it failed); every other use waits for it
        self._finishing: tuple[threading.Thread, str | None, list[bool], Callable[[], None] | None] | None = None

    @property
    def generation(self) -> str | None:
        self.settle()
        return self._generation

    @generation.setter
    def generation(self, value: str | None) -> None:
        self.settle()
        self._generation = value

    @property
    def written_over(self) -> str | None:
        self.settle()
        return self._written_over

    def finishing(self) -> str | None:
        """The generation a write of this run still finishing in a thread sets if it succeeds (None: no such write)."""
        return self._finishing[1] if self._finishing is not None else None

    def settle(self) -> bool:
        """Wait for a write finishing in a thread (`write(finish_later=True)`); whether it succeeded (True when there
        is none). When it failed, its `on_failure` runs now, before the store is used again."""
        finishing, self._finishing = self._finishing, None
        if finishing is None:
            return True
        thread, _generation, result, on_failure = finishing
        thread.join()
        if not result[0] and on_failure is not None:
            on_failure()
        return result[0]

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection of this process. SQLite forbids using a connection in a forked child (the site's
        page workers): a child opens, and checks, a connection of its own to the same store."""
        if os.getpid() == self._pid:
            if self._finishing is not None and threading.current_thread() is not self._finishing[0]:
                self.settle()
            return self._own
        if self._forked is None or self._forked[0] != os.getpid():
            try:
                self._forked = (os.getpid(), _open_trusted(self.folder, self._limit, discard=False))
            except OSError:
                self._forked = (os.getpid(), None)
        if self._forked[1] is None:
            raise sqlite3.OperationalError("the store cannot be read in this process")
        return self._forked[1]

    # -- opening -------------------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path, *, data_bytes: int = 0) -> Store | None:
        """The store of `root`, created when missing or not to be trusted; None when it cannot be used."""
        folder = usable(root)
        if folder is None:
            from ggznet.store.state import StateFolderRefused, state_dir

            try:
                folder = state_dir(Path(root))
            except (OSError, StateFolderRefused):
                return None
        limit = 64 * 2**20 + 16 * data_bytes
        try:
            connection = _open_trusted(folder, limit, discard=False)  # the usual case needs no lock
            if connection is not None:
                return cls(folder, connection, fresh=False, limit=limit)
            with _store_lock(folder):  # a writer may be half-way: look again while holding the lock
                connection = _open_trusted(folder, limit, discard=True)
                fresh = connection is None
                if connection is None:
                    connection = _create(folder)
        except (OSError, sqlite3.Error, TimeoutError):
            return None
        if connection is None:
            return None
        return cls(folder, connection, fresh=fresh, limit=limit)

    def close(self) -> None:
        if os.getpid() != self._pid:  # a forked child closes only its own connection, never its parent's
            if self._forked is not None and self._forked[0] == os.getpid() and self._forked[1] is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._forked[1].close()
            return
        self.settle()
        with contextlib.suppress(sqlite3.Error):
            self._own.close()

    # -- reading -----------------------------------------------------------------------------------------
    def _query(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self.connection.execute(sql, args))
        except (sqlite3.Error, OverflowError, ValueError, MemoryError):
            return []

    def meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows and isinstance(rows[0][0], str) else None

    def rows(self) -> dict[str, Row]:
        """Every file entry that has the right shape (without its payload: see `payloads`)."""
        found: dict[str, Row] = {}
        for values in self._query(
            "SELECT path, ino, size, mtime_ns, ctime_ns, seen_ns, digest, kind, ident, clean FROM files"
        ):
            row = _row(values)
            if row is not None:
                found[row.path] = row
        return found

    def entries(self, paths: Sequence[str] | None = None) -> dict[object, tuple[Any, ...]]:
        """Every file entry (or those of `paths`) as SQLite gives it, by path: (path, ino, size, mtime_ns, ctime_ns,
        seen_ns, digest, kind, ident, clean), not checked: a warm run compares most of them with a stat key and
        uses a few, so it checks only what it uses (`Row.of`). See `rows` for entries checked for shape."""
        columns = "SELECT path, ino, size, mtime_ns, ctime_ns, seen_ns, digest, kind, ident, clean FROM files"
        if paths is None:
            return {values[0]: values for values in self._query(columns)}
        found: dict[object, tuple[Any, ...]] = {}
        for start in range(0, len(paths), 500):
            chunk = list(paths[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update((values[0], values) for values in self._query(f"{columns} WHERE path IN ({marks})", chunk))
        return found

    def generation_and_blob(self, key: str) -> tuple[object, object]:
        """The entries' generation and a kept value, read in one statement (so of one and the same state)."""
        rows = self._query(
            "SELECT (SELECT value FROM meta WHERE key = 'generation'), (SELECT body FROM blobs WHERE key = ?)", (key,)
        )
        return rows[0] if rows and len(rows[0]) == 2 else (None, None)

    def payloads(self, column: str, paths: Sequence[str] | None = None) -> dict[str, bytes]:
        """`raw` (the parse result), `dates` or `facts` of the given files (all when None), as stored."""
        if column not in ("raw", "dates", "facts"):
            raise ValueError(column)
        found: dict[str, bytes] = {}
        # By key, 500 at a time, is about 4x cheaper than reading every row (measured: 4,864 of 23,030 files),
        # and costs about as much for all of them: read every row only for (nearly) everything.
        if paths is None or len(paths) > 10_000:
            wanted = None if paths is None else set(paths)
            for path, value in self._query(f"SELECT path, {column} FROM files"):
                if isinstance(path, str) and isinstance(value, bytes) and (wanted is None or path in wanted):
                    found[path] = value
            return found
        for start in range(0, len(paths), 500):
            chunk = list(paths[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for path, value in self._query(f"SELECT path, {column} FROM files WHERE path IN ({marks})", chunk):
                if isinstance(path, str) and isinstance(value, bytes):
                    found[path] = value
        return found

    def verdict(self, key: str, fingerprint: str, day: int) -> tuple[bytes, int, int] | None:
        """(stored problems, files checked, seen_ns) when a verdict for this state holds on `day`."""
        rows = self._query(
            "SELECT fingerprint, seen_ns, valid_from, valid_until, files, body FROM verdicts WHERE key = ?", (key,)
        )
        if not rows:
            return None
        stored, seen, valid_from, valid_until, files, body = rows[0]
        if stored != fingerprint or not all(isinstance(v, int) for v in (seen, valid_from, valid_until, files)):
            return None
        if not isinstance(body, bytes) or not valid_from <= day < valid_until:
            return None
        return body, files, seen

    def referrers(self, kind: str, ident: str) -> list[str]:
        """Paths of the files whose record refers to `kind:ident`."""
        return sorted(
            {p for (p,) in self._query("SELECT path FROM refs WHERE target_kind = ? AND target = ?", (kind, ident))}
        )

    def referring(self, targets: Iterable[tuple[str, str]]) -> set[str] | None:
        """Paths of the files whose record refers to any of `targets` (kind, id); None: cannot tell."""
        by_kind: dict[str, list[str]] = {}
        for kind, ident in targets:
            by_kind.setdefault(kind, []).append(ident)
        found: set[str] = set()
        try:
            for kind, idents in by_kind.items():
                for start in range(0, len(idents), 500):
                    chunk = idents[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    sql = f"SELECT DISTINCT path FROM refs WHERE target_kind = ? AND target IN ({marks})"
                    found.update(p for (p,) in self.connection.execute(sql, [kind, *chunk]) if isinstance(p, str))
        except (sqlite3.Error, ValueError, OverflowError):
            return None
        return found

    def fields(self, paths: Sequence[str], names: Sequence[str]) -> dict[str, Any] | None:
        """Per file, `[id, *values]` of these top-level fields of its stored record data (null for a field it
        does not have), as JSON read in SQLite without loading the rest; None: cannot tell."""
        if not names or not all(n.isidentifier() and n.isascii() for n in names):
            raise ValueError(names)
        selectors = ", ".join(["'$[1].id'", *(f"'$[1].{n}'" for n in names)])
        found: dict[str, Any] = {}
        try:
            for start in range(0, len(paths), 500):
                chunk = list(paths[start : start + 500])
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT path, json_extract(CAST(raw AS TEXT), {selectors}) FROM files WHERE path IN ({marks})"
                for path, value in self.connection.execute(sql, chunk):
                    if isinstance(path, str) and isinstance(value, str):
                        found[path] = loads(value)
        except (sqlite3.Error, ValueError, OverflowError):
            return None
        return found

    def holding(self, kind: str, key: str) -> set[str] | None:
        """Paths of the files of `kind` whose stored data names `key` anywhere (as a key or a text); None:
        cannot tell. Every record with such a field is among them (the JSON of its data names the key)."""
        needle = dumps(key)
        try:
            rows = list(
                self.connection.execute("SELECT path FROM files WHERE kind = ? AND instr(raw, ?) > 0", (kind, needle))
            )
        except (sqlite3.Error, ValueError, OverflowError):
            return None
        return {p for (p,) in rows if isinstance(p, str)}

    def targets(self) -> list[tuple[str, str]]:
        """Every (kind, id) that some stored record refers to."""
        return [
            (k, t)
            for k, t in self._query("SELECT DISTINCT target_kind, target FROM refs")
            if isinstance(k, str) and isinstance(t, str)
        ]

    def search(self, terms: Sequence[str]) -> set[tuple[str, str]] | None:
        """(kind, id) of records whose folded search text holds every (folded) term; None: cannot tell.

        A scan in SQLite of the folded text of every record: the exact substring semantics of
        `ggznet search`, at a fraction of the size and build time of an FTS5 trigram index.
        """
        if not terms or len(terms) > 50:
            return None
        condition = " AND ".join("instr(search, ?) > 0" for _ in terms)
        try:
            rows = list(
                self.connection.execute(
                    f"SELECT kind, ident FROM files WHERE search IS NOT NULL AND {condition}", terms
                )
            )
        except (sqlite3.Error, ValueError, OverflowError):
            return None
        return {(k, i) for k, i in rows if isinstance(k, str) and isinstance(i, str)}

    def blob(self, key: str) -> bytes | None:
        rows = self._query("SELECT body FROM blobs WHERE key = ?", (key,))
        return rows[0][0] if rows and isinstance(rows[0][0], bytes) else None

    # -- writing -------------------------------------------------------------------------------------------
    def write(
        self,
        *,
        rows: Iterable[NewRow | RowBlock] = (),
        gone: Iterable[str] = (),
        fingerprint: str | None = None,
        verdict: tuple[str, str, int, int, int, int, bytes] | None = None,
        blobs: Sequence[tuple[str, bytes]] = (),
        refresh: tuple[int, Sequence[tuple[Any, ...]]] | None = None,
        parts: tuple[str, str, bytes] | None = None,
        listing: tuple[str | None, Callable[[str], bytes | None]] | None = None,
        finish_later: bool = False,
        on_failure: Callable[[], None] | None = None,
    ) -> bool:
        """One transaction: removed (or replaced) files, new entries, the state they describe, a verdict.

        `gone` must name every file of `rows` that the store may hold already. `refresh` (seen_ns, [(path,
        ino, size, mtime_ns, ctime_ns, digest)]): entries whose files were found unchanged by content, marked
        as seen at that time (no longer racy) if they still hold that stat key and digest.
        `rows` may be a generator: entries are written in chunks, so that they need not all be in memory at once.
        `parts` (key, generation, body) is kept as a blob only if the entries are still of that generation.
        `listing` (generation, make): when the entries change, the list of the files of the new state
        (`ggznet.statlist`) is `make(new generation)`, kept only if the entries were of that generation before
        this write (else, or when `make` gives None, no list is kept).
        False when the store could not be written (busy, read-only, full disk): nothing is lost.
        With `finish_later`, a write into a store without references (a cold run) makes their index and commits in
        a thread and says True at once; any other use of the store waits for it (`settle`), and if it failed,
        `on_failure` runs then.
        """
        gone = list(gone)
        self.settle()
        try:
            with contextlib.ExitStack() as held:
                held.enter_context(_store_lock(self.folder))
                if not _still_ours(self.folder):
                    return False
                connection = self.connection
                connection.execute("BEGIN IMMEDIATE")
                try:
                    for start in range(0, len(gone), 500):
                        chunk = gone[start : start + 500]
                        marks = ",".join("?" * len(chunk))
                        connection.execute(f"DELETE FROM files WHERE path IN ({marks})", chunk)
                        connection.execute(f"DELETE FROM refs WHERE path IN ({marks})", chunk)
                    written = 0
                    # Into an empty store (a cold run), the references go in without their index, which is
                    # made once after them (the same index, so the same schema): cheaper than growing it.
                    later = connection.execute("SELECT 1 FROM refs LIMIT 1").fetchone() is None
                    if later:
                        connection.execute(f"DROP INDEX {_REFS_INDEX}")
                    for chunk_rows in _chunks(rows, 1_000):
                        written += len(chunk_rows)
                        connection.executemany(
                            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            _files_rows(chunk_rows),
                        )
                        _insert_refs(connection, chunk_rows)
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                    raise
                generation = os.urandom(16).hex() if written or gone or fingerprint is not None else None
                rest = _WriteRest(later, generation, fingerprint, verdict, blobs, refresh, parts, listing)
                if finish_later and later:  # the index and the commit in a thread, while this one goes on
                    result = [False]
                    lock = held.pop_all()  # released by the thread, once it has committed (or rolled back)
                    thread = threading.Thread(
                        target=self._finish_in_thread, args=(connection, rest, lock, result), name="ggznet-store"
                    )
                    self._finishing = (thread, generation, result, on_failure)
                    thread.start()
                    return True
                self._finish(connection, rest)
        except (OSError, sqlite3.Error, TimeoutError, OverflowError, ValueError):
            return False
        return True

    def _finish_in_thread(
        self, connection: sqlite3.Connection, rest: _WriteRest, lock: contextlib.ExitStack, result: list[bool]
    ) -> None:
        """`_finish` in a thread: its success in `result`, the store's lock released when it is done."""
        try:
            with lock:
                self._finish(connection, rest)
            result[0] = True
        except Exception:  # nothing may escape a thread: a failed write is a write not made (`settle`)
            result[0] = False

    def _finish(self, connection: sqlite3.Connection, rest: _WriteRest) -> None:
        """The rest of `write` after the entries: the references' index, the state, the verdict, the commit."""
        generation, listing, parts = rest.generation, rest.listing, rest.parts
        try:
            if rest.later:
                connection.execute(_REFS_INDEX_SQL)
            if rest.refresh is not None:  # only an entry as it was verified: another run may have replaced it
                seen, verified = rest.refresh
                connection.executemany(
                    "UPDATE files SET seen_ns = ? WHERE path = ? AND ino = ? AND size = ? AND mtime_ns = ? "
                    "AND ctime_ns = ? AND digest = ? AND seen_ns < ?",
                    [(seen, *item, seen) for item in verified],
                )
            if generation is not None:
                connection.execute("DELETE FROM verdicts")
                before = connection.execute("SELECT value FROM meta WHERE key = 'generation'").fetchall()
                self._written_over = before[0][0] if before and isinstance(before[0][0], str) else None
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation,))
                fits = listing is not None and listing[0] == self._written_over
                made = listing[1](generation) if listing is not None and fits else None
                if made is not None and len(made) < MAX_ROW_BYTES - 2**16:  # (at 100,000 files: 6.6 MB)
                    connection.execute(
                        "INSERT OR REPLACE INTO blobs VALUES (?, ?, ?)", (LISTING_KEY, made, time.time_ns())
                    )
                else:  # a list of the state before this write is wrong now
                    connection.execute("DELETE FROM blobs WHERE key = ?", (LISTING_KEY,))
            if parts is not None:
                now_of = connection.execute("SELECT value FROM meta WHERE key = 'generation'").fetchall()
                if now_of == [(parts[1],)]:
                    connection.execute(
                        "INSERT OR REPLACE INTO blobs VALUES (?, ?, ?)", (parts[0], parts[2], time.time_ns())
                    )
            if rest.fingerprint is not None:
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (rest.fingerprint,))
            if rest.verdict is not None:
                connection.execute(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*rest.verdict, time.time_ns()),
                )
                connection.execute(
                    "DELETE FROM verdicts WHERE key NOT IN (SELECT key FROM verdicts ORDER BY used_ns DESC LIMIT ?)",
                    (MAX_VERDICTS,),
                )
            if rest.blobs:
                now = time.time_ns()
                connection.executemany(
                    "INSERT OR REPLACE INTO blobs VALUES (?, ?, ?)", [(k, b, now) for k, b in rest.blobs]
                )
                connection.execute(
                    "DELETE FROM blobs WHERE key != ? AND key NOT IN (SELECT key FROM blobs WHERE key != ? "
                    "ORDER BY used_ns DESC LIMIT ?)",
                    (LISTING_KEY, LISTING_KEY, MAX_BLOBS),
                )
            connection.execute("COMMIT")
            if generation is not None:
                self._generation = generation
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise


@dataclass(frozen=True, slots=True)
class _WriteRest:
    """What `Store.write` does after the entries (see there)."""

    later: bool
    generation: str | None
    fingerprint: str | None
    verdict: tuple[str, str, int, int, int, int, bytes] | None
    blobs: Sequence[tuple[str, bytes]]
    refresh: tuple[int, Sequence[tuple[Any, ...]]] | None
    parts: tuple[str, str, bytes] | None
    listing: tuple[str | None, Callable[[str], bytes | None]] | None


def _files_rows(rows: list[NewRow | RowBlock]) -> list[tuple[Any, ...]]:
    """The rows of the `files` table of these entries, in order."""
    if not any(type(r) is RowBlock for r in rows):
        return [_files_row(r) for r in rows if isinstance(r, NewRow)]
    found: list[tuple[Any, ...]] = []
    for r in rows:
        if isinstance(r, RowBlock):
            found += r.files
        else:
            found.append(_files_row(r))
    return found


def _files_row(r: NewRow) -> tuple[Any, ...]:
    return (r.path, *r.key, r.seen_ns, r.digest, r.kind, r.ident, int(r.clean), r.raw, r.dates, r.search, r.facts)


_REFS_FROM_JSON = (
    "INSERT INTO refs SELECT f.value ->> 0, r.value ->> 0, r.value ->> 1 FROM json_each(?) AS f, "
    "json_each(f.value, '$[1]') AS r"
)
# `->>` and JSON functions built in by default came with SQLite 3.38; an older SQLite gets the rows taken apart here
JSON_IN_SQLITE = sqlite3.sqlite_version_info >= (3, 38, 0)


def _refs_rows(text: str) -> list[tuple[str, str, str]]:
    """A block's references taken apart in Python, as `_REFS_FROM_JSON` does in SQLite."""
    import json

    return [(path, kind, target) for path, refs in json.loads(text) for kind, target in refs]


def _insert_refs(connection: sqlite3.Connection, rows: list[NewRow | RowBlock]) -> None:
    """The rows of the `refs` table of these entries, in order (a block's taken apart from its JSON by SQLite)."""
    one_by_one: list[tuple[str, str, str]] = []
    for r in rows:
        if isinstance(r, RowBlock) and JSON_IN_SQLITE:
            if one_by_one:
                connection.executemany("INSERT INTO refs VALUES (?, ?, ?)", one_by_one)
                one_by_one = []
            connection.execute(_REFS_FROM_JSON, (r.refs,))
        elif isinstance(r, RowBlock):
            one_by_one += _refs_rows(r.refs)
        else:
            one_by_one += [(r.path, k, t) for k, t in r.refs]
    if one_by_one:
        connection.executemany("INSERT INTO refs VALUES (?, ?, ?)", one_by_one)


def _chunks(rows: Iterable[NewRow | RowBlock], size: int) -> Iterator[list[NewRow | RowBlock]]:
    """The entries in lists of about `size` files (a block of entries is never split)."""
    chunk: list[NewRow | RowBlock] = []
    count = 0
    for row in rows:
        chunk.append(row)
        count += len(row.files) if isinstance(row, RowBlock) else 1
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


# -- opening safely --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _store_lock(folder: Path) -> Iterator[None]:
    from filelock import FileLock, Timeout

    path = folder / LOCK_FILE
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISLNK(os.lstat(path).st_mode):
            os.unlink(path)
    # not thread-local: a cold run's commit finishes in a thread (`Store.write(finish_later=…)`) and releases it there
    lock = FileLock(str(path), timeout=LOCK_TIMEOUT, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise TimeoutError("store busy") from None
    try:
        yield
    finally:
        lock.release()


def _discard(folder: Path) -> None:
    """Remove the store and everything beside it (only names, never what a link points to)."""
    for name in (STORE_FILE, *(STORE_FILE + s for s in SIDECARS), ID_FILE):
        with contextlib.suppress(OSError):
            remove_link_or_file(folder / name)


def _recorded_inode(folder: Path) -> int | None:
    raw = read_bounded(folder / ID_FILE, 64)
    if raw is None:
        return None
    try:
        return int(raw.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        return None


def _still_ours(folder: Path) -> bool:
    """The store file is the one this machine created: a regular file with the inode written at creation,
    with no journal, WAL or link beside it (a crash leaves a journal: the store is then rebuilt)."""
    path = folder / STORE_FILE
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or info.st_ino != _recorded_inode(folder):
        return False
    if info.st_ino == 0:  # a file system without inode numbers: a shipped `store.id` of 0 would match
        return False
    return not any(os.path.lexists(str(path) + suffix) for suffix in SIDECARS)


def _configure(connection: sqlite3.Connection) -> None:
    _limit(connection)
    for pragma in (
        "PRAGMA trusted_schema = OFF",
        "PRAGMA cell_size_check = ON",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA recursive_triggers = OFF",
    ):
        connection.execute(pragma).fetchall()


def _limit(connection: sqlite3.Connection) -> None:
    """Bounds on what one statement may cost, whatever the store holds."""
    connection.isolation_level = None  # transactions are explicit
    for category, limit in (
        (getattr(sqlite3, "SQLITE_LIMIT_LENGTH", None), MAX_ROW_BYTES),
        (getattr(sqlite3, "SQLITE_LIMIT_SQL_LENGTH", None), 1_000_000),
        (getattr(sqlite3, "SQLITE_LIMIT_EXPR_DEPTH", None), 100),
        (getattr(sqlite3, "SQLITE_LIMIT_COLUMN", None), 100),
        (getattr(sqlite3, "SQLITE_LIMIT_ATTACHED", None), 0),
        (getattr(sqlite3, "SQLITE_LIMIT_TRIGGER_DEPTH", None), 1),
    ):
        if category is not None and hasattr(connection, "setlimit"):
            connection.setlimit(category, limit)


def _open_trusted(folder: Path, limit: int, *, discard: bool) -> sqlite3.Connection | None:
    """The existing store when it checks out; otherwise None (and, with `discard`, nothing left of it)."""
    path = folder / STORE_FILE
    if not _still_ours(folder) or os.lstat(path).st_size > limit:
        if discard:
            _discard(folder)
        return None
    connection = None
    try:
        connection = sqlite3.connect(str(path), timeout=LOCK_TIMEOUT, check_same_thread=False)
        _configure(connection)
        version = connection.execute("PRAGMA user_version").fetchone()
        schema = tuple(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"))
        if version != (SCHEMA_VERSION,) or schema != _schema_rows():  # before any query: `meta` may be a view
            raise sqlite3.DatabaseError("not this version's store")
        key = connection.execute("SELECT value FROM meta WHERE key = 'code'").fetchmany(2)
        if key != [(code_key(),)]:
            raise sqlite3.DatabaseError("not this version's store")
    except (sqlite3.Error, OSError, ValueError, OverflowError):
        if connection is not None:
            connection.close()
        if discard:
            _discard(folder)
        return None
    return connection


def _create(folder: Path) -> sqlite3.Connection | None:
    """A new, empty store, with its inode recorded beside it."""
    _discard(folder)
    forget_old_cache(folder)
    path = folder / STORE_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o600)
    inode = os.fstat(fd).st_ino
    os.close(fd)
    marker = folder / f".{ID_FILE}.{os.getpid()}.tmp"
    remove_link_or_file(marker)
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(str(inode))
        os.replace(marker, folder / ID_FILE)
    except BaseException:  # a full disk: no marker left behind (one more each run)
        with contextlib.suppress(OSError):
            remove_link_or_file(marker)
        raise
    connection = sqlite3.connect(str(path), timeout=LOCK_TIMEOUT, check_same_thread=False)
    try:
        _configure(connection)
        # Entries are about 2 kB: in pages of 4 kB (the default) most pages would hold one and stay half empty
        connection.execute(f"PRAGMA page_size = {PAGE_SIZE}").fetchall()
        connection.execute("BEGIN IMMEDIATE")
        for statement in _TABLES:
            connection.execute(statement)
        connection.execute("INSERT INTO meta VALUES ('code', ?)", (code_key(),))
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.close()
        _discard(folder)
        raise
    return connection


def forget_old_cache(folder: Path) -> None:
    """Remove the JSON parse cache of earlier versions (only the name; never through a link)."""
    old = folder / "parse-cache.json"
    if os.path.lexists(old):
        with contextlib.suppress(OSError):
            remove_link_or_file(old)


__all__ = ["Row", "Store", "code_key", "dumps", "is_regular", "loads"]

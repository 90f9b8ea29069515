"""A store with the right inode whose entries or manifest say something else than the files: every reading
command answers exactly as without the store (`GGZNET_NO_CACHE`), never with another record or a false error.

Each command runs as a real process with a time limit, so that a hang fails the test instead of it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

TIMEOUT = 60
STORE = ".ggznet-cache/store.sqlite3"
MANIFEST = "files|manifest"
COMMANDS = [
    ("list", "actors"),
    ("show", "ggz-a"),
    ("show", "ros-a"),
    ("validate",),
    ("report", "regio-a"),
    ("search", "GGZ"),
    ("list", "actors", "--region", "regio-a"),
]


def ggznet(root: Path, *args: str, cache: bool = True) -> tuple[int, str, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    for name in ("GGZNET_KB", "GGZNET_NO_CACHE"):
        env.pop(name, None)
    if not cache:
        env["GGZNET_NO_CACHE"] = "1"
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ggznet", *args, "--kb", str(root)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`ggznet {' '.join(args)}` did not finish in {TIMEOUT} s")
    return done.returncode, done.stdout, done.stderr


def _manifest(db: sqlite3.Connection) -> dict[str, list[str]]:
    row = db.execute("SELECT body FROM verdicts WHERE key = ?", (MANIFEST,)).fetchone()
    assert row is not None, "no manifest kept after two warm runs"
    found: dict[str, list[str]] = orjson.loads(row[0])
    return found


def _put_manifest(db: sqlite3.Connection, manifest: dict[str, list[str]]) -> None:
    db.execute("UPDATE verdicts SET body = ? WHERE key = ?", (orjson.dumps(manifest), MANIFEST))


def swap_ids(db: sqlite3.Connection) -> None:
    manifest = _manifest(db)
    idents = manifest["idents"]
    i, j = idents.index("ggz-a"), idents.index("ros-a")
    idents[i], idents[j] = idents[j], idents[i]
    _put_manifest(db, manifest)


def rename_id(db: sqlite3.Connection) -> None:
    manifest = _manifest(db)
    manifest["idents"][manifest["idents"].index("ggz-a")] = "ggz-zz"
    _put_manifest(db, manifest)


def move_kind(db: sqlite3.Connection) -> None:
    manifest = _manifest(db)
    manifest["kinds"][manifest["idents"].index("ggz-a")] = "region"
    _put_manifest(db, manifest)


def entry_id(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM verdicts WHERE key = ?", (MANIFEST,))
    db.execute("UPDATE files SET ident = 'ros-a' WHERE path = 'data/actors/ggz-a.yaml'")


def entry_kind(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM verdicts WHERE key = ?", (MANIFEST,))
    db.execute("UPDATE files SET kind = 'region' WHERE path = 'data/actors/ggz-a.yaml'")


TAMPERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "manifest swaps two ids": swap_ids,
    "manifest renames an id": rename_id,
    "manifest moves a record to another kind": move_kind,
    "entry with another file's id": entry_id,
    "entry with another kind": entry_kind,
}


@pytest.fixture
def warm_kb(make_kb) -> Path:
    """A knowledge base whose store holds a manifest (two warm runs with nothing changed)."""
    root = make_kb()
    for _ in range(2):
        assert ggznet(root, "list", "actors")[0] == 0
    return root


def _tamper(root: Path, tamper: Callable[[sqlite3.Connection], None]) -> None:
    store = root / STORE
    inode = store.stat().st_ino
    db = sqlite3.connect(store)
    tamper(db)
    db.commit()
    db.close()
    assert store.stat().st_ino == inode  # `store.id` still matches: the store is trusted as far as it checks out


@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_a_store_that_moves_a_record_answers_as_without_it(warm_kb: Path, tamper: str) -> None:
    expected = {args: ggznet(warm_kb, *args, cache=False) for args in COMMANDS}
    _tamper(warm_kb, TAMPERS[tamper])
    for args in COMMANDS:
        assert ggznet(warm_kb, *args) == expected[args], args

"""A store with the right inode whose entries or manifest say something else than the files: every reading
command answers exactly as without the store (`GGZNET_NO_CACHE`), never with another record or a false error.

Each command runs as a real process with a time limit, so that a hang fails the test instead of it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from test_state_files import ggznet as run_ggznet

from conftest import BASE, build_tree

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
    ("list", "initiatives", "--format", "json"),
    ("actions", "--format", "json"),
]


def ggznet(root: Path, *args: str, cache: bool = True) -> tuple[int, str, str]:
    done = run_ggznet(root, *args, cache=cache)
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


def _seen(value: object, *, manifest: bool) -> Callable[[sqlite3.Connection], None]:
    def tamper(db: sqlite3.Connection) -> None:
        if manifest:
            db.execute("UPDATE verdicts SET seen_ns = ? WHERE key = ?", (value, MANIFEST))
        else:
            db.execute("DELETE FROM verdicts WHERE key = ?", (MANIFEST,))
            db.execute("UPDATE files SET seen_ns = ?", (value,))

    return tamper


TAMPERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "manifest swaps two ids": swap_ids,
    "manifest renames an id": rename_id,
    "manifest moves a record to another kind": move_kind,
    "entry with another file's id": entry_id,
    "entry with another kind": entry_kind,
    "entries seen in the far future": _seen(2**63 - 1, manifest=False),
    "entries seen before 1970": _seen(-(2**63), manifest=False),
    "entries seen as text": _seen("gisteren", manifest=False),
    "manifest seen in the far future": _seen(2**63 - 1, manifest=True),
    "manifest seen before 1970": _seen(-(2**63), manifest=True),
}


@pytest.fixture(scope="module")
def plain_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], tuple[int, str, str]]:
    """What each of COMMANDS answers without the store on the base of `make_kb()` (built apart: no answer
    names the knowledge base's folder), worked out once for the tests below that tamper with that base."""
    root = build_tree(tmp_path_factory.mktemp("plain") / "kb", dict(BASE))
    return {args: ggznet(root, *args, cache=False) for args in COMMANDS}


@pytest.fixture
def warm_kb(make_kb) -> Path:
    """A knowledge base whose store holds a manifest (two warm runs with nothing changed)."""
    root = make_kb()
    assert ggznet(root, "list", "actors")[0] == 0
    _tamper(root, lambda db: db.execute("DELETE FROM blobs WHERE key = 'files|list'"))  # the files from the manifest
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


@pytest.mark.slow
@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_a_store_that_moves_a_record_answers_as_without_it(warm_kb: Path, plain_answers, tamper: str) -> None:
    expected = plain_answers
    _tamper(warm_kb, TAMPERS[tamper])
    for args in COMMANDS:
        assert ggznet(warm_kb, *args) == expected[args], args


# -- content the store vouches for by its own inode only ---------------------------------------------------
# A file's stored data and a kept result are keyed by the file's stat key and content digest, which a crafted
# store can copy; nothing in the store can prove its data is the file's without reading the file (that is
# what the store saves). Someone who can write `.ggznet-cache/` in place can write `data/` as well, and a
# store that arrives by copy, archive or checkout gets a new inode and is thrown away (`store.id`).


def _raw_field(path: str, name: str, value: object) -> Callable[[sqlite3.Connection], None]:
    def tamper(db: sqlite3.Connection) -> None:
        (raw,) = db.execute("SELECT raw FROM files WHERE path = ?", (path,)).fetchone()
        payload = orjson.loads(raw)
        payload[1][name] = value
        db.execute("UPDATE files SET raw = ? WHERE path = ?", (orjson.dumps(payload), path))

    return tamper


def _truncated_ranking(db: sqlite3.Connection) -> None:
    for key, body in db.execute("SELECT key, body FROM blobs").fetchall():
        value = orjson.loads(body)
        if isinstance(value, list) and len(value) > 1 and all(isinstance(i, list) and len(i) == 2 for i in value):
            db.execute("UPDATE blobs SET body = ? WHERE key = ?", (orjson.dumps(value[:1]), key))


CONTENT = {
    "a stored name": (_raw_field("data/actors/ros-a.yaml", "name", "[bold]Iemand anders[/]"), ("list", "actors")),
    "stored regions": (_raw_field("data/actors/ros-a.yaml", "regions", ["regio-b"]), ("report", "regio-a")),
    "a kept inspiration ranking cut short": (_truncated_ranking, ("report", "regio-a")),
}


@pytest.mark.xfail(
    strict=True,
    reason="stored record data and kept results are trusted while the store's inode and the files' stat keys "
    "match: a store crafted in place can change an answer (not a traceback, a write or a hidden record)",
)
@pytest.mark.parametrize("tamper", list(CONTENT))
def test_stored_content_crafted_in_place_changes_the_answer(make_kb, tamper: str) -> None:
    root = make_kb(
        {
            "data/initiatives/verder.yaml": "id: verder\nname: Verder\ntype: werkwijze\nstatus: lopend\n"
            "regions: [regio-b]\nthemes: [triage]\nsources:\n  - {title: T, publisher: U, published: 2023-01-01}\n"
        }
    )
    craft, args = CONTENT[tamper]
    expected = ggznet(root, *args, cache=False)
    for _ in range(2):
        assert ggznet(root, *args) == expected
    _tamper(root, craft)
    assert ggznet(root, *args) == expected


@pytest.mark.parametrize("name", [7, ["GGZ A"], {"nl": "GGZ A"}, "", None], ids=repr)
@pytest.mark.parametrize("args", [("list", "initiatives", "--format", "json"), ("actions", "--format", "json")])
def test_a_stored_name_that_is_no_text_is_not_shown(
    warm_kb: Path, plain_answers, name: object, args: tuple[str, ...]
) -> None:
    """Listings take the names of the actors they name from the stored data (no actor is built for its name):
    a stored value that cannot be a name is passed over, and the actor is built from its file."""
    expected = plain_answers[args]
    assert expected[0] == 0
    for path in ("data/actors/ggz-a.yaml", "data/actors/ros-a.yaml", "data/actors/verzekeraar.yaml"):
        _tamper(warm_kb, _raw_field(path, "name", name))
    assert ggznet(warm_kb, *args) == expected


# -- a same-size edit with its modification time put back, after a racy entry was marked as seen ----------


@pytest.mark.parametrize("runs_between", [1, 2])
def test_a_same_size_edit_with_the_old_mtime_after_a_refresh_is_seen(make_kb, cli, monkeypatch, runs_between) -> None:
    import time

    from ggznet import stored

    monkeypatch.delenv("GGZNET_NO_CACHE", raising=False)
    monkeypatch.setattr(stored, "RACY_NS", 50_000_000)  # 50 ms instead of 2 s, so the test need not wait long
    root = make_kb()
    path = root / "data/actors/ros-a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("ROS A", "ROS Q"), encoding="utf-8")
    assert "ROS Q" in cli("show", "ros-a", "--kb", str(root)).stdout  # its entry is racy: written just now
    time.sleep(0.2)
    for _ in range(runs_between):  # found unchanged by content: marked as seen now (then a pure hit)
        assert "ROS Q" in cli("show", "ros-a", "--kb", str(root)).stdout
    before = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("ROS Q", "ROS Z"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    for _ in range(2):
        shown = cli("show", "ros-a", "--kb", str(root)).stdout
        assert "ROS Z" in shown and "ROS Q" not in shown
        found = cli("list", "actors", "--kb", str(root)).stdout
        assert "ROS Z" in found and "ROS Q" not in found


# -- the vocabulary kept in the manifest ----------------------------------------------------------------


def _vocabulary(data: object) -> Callable[[sqlite3.Connection], None]:
    def tamper(db: sqlite3.Connection) -> None:
        manifest = _manifest(db)
        kept = manifest["vocabulary"]
        manifest["vocabulary"] = [orjson.dumps([[], data, False, False]).decode(), kept[1]]
        _put_manifest(db, manifest)

    return tamper


@pytest.mark.slow
@pytest.mark.parametrize("data", ["x", [1, 2], None, 7], ids=["text", "list", "null", "number"])
def test_a_kept_vocabulary_that_is_no_mapping_is_read_from_its_file(make_kb, plain_answers, data: object) -> None:
    import time

    root = make_kb()
    time.sleep(2.1)  # the vocabulary no longer racy: the manifest's copy is taken without reading the file
    for _ in range(2):
        assert ggznet(root, "list", "actors")[0] == 0
    expected = plain_answers
    _tamper(root, _vocabulary(data))
    for args in COMMANDS:
        assert ggznet(root, *args) == expected[args], args

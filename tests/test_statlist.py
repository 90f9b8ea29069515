"""The list of the files of the store's last state (`ggznet.statlist`): after a change only the entries of the
files that differ are read from SQLite, and a list that is stale, relabeled, every file vouched for, cut short
or garbage never makes a changed file count as unchanged: the answer is always that of a run without the store.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggznet import statlist, stored
from ggznet.api import KnowledgeBase
from ggznet.store import cache as cache_module
from test_cache import EDITS, STORE, TODAY, _reading, age, apply_edit, problems

# -- the format ------------------------------------------------------------------------------------------


def _sample(count: int = 3) -> tuple[bytes, bytes, bytes, bytes]:
    rels = [f"data/actors/a-{n}.yaml" for n in range(count)]
    keys = statlist.packed([(10 + n, 100, 1_000 + n, 2_000 + n) for n in range(count)])
    assert keys is not None
    return statlist.joined(rels), keys, bytes(range(32)) * count, b"\x01\x00\x01"[:count].ljust(count, b"\x01")


def test_a_list_comes_back_as_it_was_written() -> None:
    paths, keys, digests, flags = _sample()
    listing = statlist.decode(statlist.encode("g1", paths, keys, digests, flags), "g1")
    assert listing is not None
    assert (listing.paths, listing.keys, listing.digests, listing.flags) == (paths, keys, digests, flags)
    assert listing.rels() == ["data/actors/a-0.yaml", "data/actors/a-1.yaml", "data/actors/a-2.yaml"]
    assert statlist.unvouched(listing.flags) == [1]
    assert listing.key(1) == statlist.pack((11, 100, 1_001, 2_001))


def test_a_list_of_another_generation_or_shape_is_not_used() -> None:
    paths, keys, digests, flags = _sample()
    body = statlist.encode("g1", paths, keys, digests, flags)
    assert statlist.decode(body, "g2") is None  # another state's list
    assert statlist.decode(body[:-1], "g1") is None  # cut short
    assert statlist.decode(body + b"\x00", "g1") is None  # something after it
    assert statlist.decode(statlist.encode("g1", paths, keys, digests, flags[:-1] + b"\x02"), "g1") is None
    assert statlist.decode(b"not a list", "g1") is None
    assert statlist.decode(None, "g1") is None and statlist.decode(body, None) is None
    two_paths = statlist.encode("g1", statlist.joined(["a", "b"]), keys, digests, flags)  # 2 paths, 3 files
    listing = statlist.decode(two_paths, "g1")
    assert listing is not None and listing.rels() is None


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_damaged_list_is_refused_or_consistent(data: st.DataObject) -> None:
    """Any bytes changed, cut or added: no exception, and what comes back has one key, digest and flag per file."""
    paths, keys, digests, flags = _sample(5)
    body = bytearray(statlist.encode("g1", paths, keys, digests, flags))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(body) - 1))
        body[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(body)))
    listing = statlist.decode(bytes(body[:cut]) + data.draw(st.binary(max_size=8)), "g1")
    if listing is not None:
        count = len(listing.flags)
        assert len(listing.keys) == statlist.KEY_BYTES * count and len(listing.digests) == statlist.DIGEST_BYTES * count
        assert not listing.flags.translate(None, b"\0\1")


@given(st.data())
def test_differing_finds_exactly_the_items_that_differ(data: st.DataObject) -> None:
    count = data.draw(st.integers(0, 300))
    width = data.draw(st.sampled_from([1, 4, 32]))
    a = data.draw(st.binary(min_size=count * width, max_size=count * width))
    b = bytearray(a)
    for at in data.draw(st.lists(st.integers(0, max(0, count * width - 1)), max_size=10)) if count else []:
        b[at] ^= 0xFF
    expected = [n for n in range(count) if a[n * width : (n + 1) * width] != b[n * width : (n + 1) * width]]
    assert statlist.differing(a, bytes(b), width) == expected


# -- in use -------------------------------------------------------------------------------------------------


def _stored_list(root: Path) -> tuple[str, bytes] | None:
    db = sqlite3.connect(root / STORE)
    try:
        generation = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        body = db.execute("SELECT body FROM blobs WHERE key = ?", (statlist.KEY,)).fetchone()
    finally:
        db.close()
    return (generation[0], body[0]) if generation and body else None


def _put_list(root: Path, body: bytes | None) -> None:
    store = root / STORE
    inode = store.stat().st_ino
    db = sqlite3.connect(store)
    try:
        db.execute("DELETE FROM blobs WHERE key = ?", (statlist.KEY,))
        if body is not None:
            db.execute("INSERT INTO blobs VALUES (?, ?, 0)", (statlist.KEY, body))
        db.commit()
    finally:
        db.close()
    assert store.stat().st_ino == inode  # the store is still this machine's own: only its list is not


def _relabeled(body: bytes, old: str, new: str) -> bytes:
    listing = statlist.decode(body, old)
    if listing is None:  # (a list a step before left unusable)
        return body
    return statlist.encode(new, listing.paths, listing.keys, listing.digests, listing.flags)


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> list[list[str] | None]:
    """The paths of each read of entries (None: every entry)."""
    asked: list[list[str] | None] = []
    real = cache_module.Store.entries

    def entries(self: cache_module.Store, paths: list[str] | None = None) -> dict[object, tuple[object, ...]]:
        asked.append(None if paths is None else list(paths))
        return real(self, paths)

    monkeypatch.setattr(cache_module.Store, "entries", entries)
    return asked


def test_after_a_change_only_the_entries_that_differ_are_read(make_kb, monkeypatch, spied) -> None:
    root = make_kb()
    age(root, monkeypatch)
    monkeypatch.setattr(stored, "RACY_NS", -(10**12))  # (a ctime cannot be set back: no entry counts as racy)
    problems(root, use_cache=True)  # cold: every entry and the list written
    assert _stored_list(root) is not None
    actor = root / "data/actors/ggz-a.yaml"
    actor.write_text(actor.read_text().replace("name: GGZ A", "name: GGZ Anders"))
    spied.clear()
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    assert spied == [["data/actors/ggz-a.yaml"]]
    # a file added and one gone: the files are no longer those of the list (each looked up by its path)
    (root / "data/actors/nieuw.yaml").write_text("id: nieuw\nname: Nieuw\ntype: ros\nsources: [{title: T}]\n")
    (root / "data/actors/verzekeraar.yaml").unlink()
    spied.clear()
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    assert spied == [["data/actors/nieuw.yaml"]]
    db = sqlite3.connect(root / STORE)
    try:
        paths = {p for (p,) in db.execute("SELECT path FROM files")}
    finally:
        db.close()
    assert "data/actors/verzekeraar.yaml" not in paths and "data/actors/nieuw.yaml" in paths
    spied.clear()
    assert _reading(root, use_cache=True) == _reading(root, use_cache=False)
    assert spied in ([], [[]])  # nothing changed: the manifest (or the list) answers, no entry read


# What a list can be in a store this machine made: its own, gone, one of an earlier state (even relabeled with the
# current generation: the worst a stale list can be), of another generation, damaged. Not among them: a list edited
# in place to vouch for a file the store's entries do not vouch for, or with a stat key the file got later; whoever
# can write the store while ggznet runs can edit its entries in the same way, and `data/` too (docs/state.md).
TAMPERS = ["none", "gone", "earlier list relabeled", "earlier list", "other generation", "cut short", "garbage"]


def _tampered(tamper: str, now: tuple[str, bytes], old: tuple[str, bytes]) -> bytes | None:
    generation, body = now
    if tamper == "gone":
        return None
    if tamper == "earlier list relabeled":
        return _relabeled(old[1], old[0], generation)
    if tamper == "earlier list":
        return old[1]
    if tamper == "other generation":
        return _relabeled(body, generation, "0" * 32)
    if tamper == "cut short":
        return body[: len(body) // 2]
    assert tamper == "garbage"
    return os.urandom(64)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, tampers=st.lists(st.sampled_from(TAMPERS), min_size=8, max_size=8))
def test_a_list_never_makes_a_changed_file_count_as_unchanged(make_kb, monkeypatch, edits, tampers) -> None:
    """After each random edit (same-size edits with the mtime put back, files deleted and added, broken YAML, a
    BSN) the store's list is left alone, dropped, or replaced by one of an earlier state (also relabeled as the
    current one) or by damage: `validate` and what a reading command sees are always those of a run without the
    store. (A stat key in a list is compared with the file's as scanned now: a list of any earlier state can
    only make the run read more entries.)"""
    root = make_kb()
    age(root, monkeypatch)
    monkeypatch.setattr(stored, "RACY_NS", -(10**12))  # vouched for by the list as much as possible
    problems(root, use_cache=True)
    earlier: list[tuple[str, bytes]] = []
    for (ident, line, restore, later), tamper in zip(edits, tampers, strict=False):
        kept = _stored_list(root)
        if kept is not None:
            earlier.append(kept)
        apply_edit(root, ident, line, restore=restore)
        now = _stored_list(root)
        if now is not None and tamper != "none":
            _put_list(root, _tampered(tamper, now, earlier[0] if earlier else now))
        today = TODAY + dt.timedelta(days=later)
        expected = problems(root, use_cache=False, today=today)
        assert problems(root, use_cache=True, today=today) == expected
        assert _reading(root, use_cache=True) == _reading(root, use_cache=False)


def test_show_after_a_change_takes_the_other_records_from_the_list(make_kb, monkeypatch, spied) -> None:
    """A reading command after one change registers the other files from the list without reading their entries,
    and builds what it shows as without the store."""
    root = make_kb()
    age(root, monkeypatch)
    monkeypatch.setattr(stored, "RACY_NS", -(10**12))
    problems(root, use_cache=True)
    actor = root / "data/actors/ros-a.yaml"
    actor.write_text(actor.read_text() + "# bewerkt\n")
    spied.clear()
    with_store = KnowledgeBase.open(root, use_cache=True)
    without = KnowledgeBase.open(root, use_cache=False)
    assert spied == [["data/actors/ros-a.yaml"]]
    assert with_store.index.get("actor", "ggz-a") == without.index.get("actor", "ggz-a")
    assert sorted(with_store.index.paths.items()) == sorted(without.index.paths.items())
    assert list(with_store.index.paths) == list(without.index.paths)  # in the same order

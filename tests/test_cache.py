"""The indexed store in `.ggznet-cache/`: the same problems with and without it, whatever happens to the files
(including same-size edits with a restored modification time) and whatever is found in its place."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggznet import stored
from ggznet.api import KnowledgeBase
from ggznet.store import cache as cache_module
from ggznet.store import files
from test_validate import BROKEN

STATE = Path(".ggznet-cache")
STORE = STATE / cache_module.STORE_FILE
TODAY = dt.date(2026, 11, 23)


def problems(root: Path, *, use_cache: bool, today: dt.date = TODAY, max_age: int | None = None) -> list[tuple]:
    age = dt.timedelta(days=max_age) if max_age is not None else None
    result = KnowledgeBase.open(root, use_cache=use_cache).validate(today=today, max_age=age)
    return [(p.code, p.severity, p.path, p.line, p.column, p.message, p.hint) for p in result.problems]


@pytest.fixture
def broken_kb(make_kb) -> Path:
    tree: dict[str, str | bytes] = {}
    for n, (code, (overrides, _path, _line)) in enumerate(sorted(BROKEN.items())):
        for rel, content in overrides.items():
            if content is None or code in ("yaml-too-large", "state-folder"):
                continue
            folder, name = rel.rsplit("/", 1)
            tree[f"{folder}/{n:02d}-{name}" if "actors" in folder else rel] = content
    tree["data/actors/sleutels.yaml"] = "id: sleutels\nname: X\ntype: ros\n2023: jaar\n"
    return make_kb(tree)


class Spy:
    """Counts files read from disk and indexes built."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: list[str] = []
        self.built = 0
        real_read = files.read_record_file
        real_build = KnowledgeBase._build_index

        def read(root, path, rel=None):
            self.read.append(rel or str(path))
            return real_read(root, path, rel)

        def build(kb):
            self.built += 1
            return real_build(kb)

        monkeypatch.setattr(files, "read_record_file", read)
        monkeypatch.setattr(KnowledgeBase, "_build_index", build)


def age(root: Path, monkeypatch: pytest.MonkeyPatch | None = None) -> None:
    """Make every file look old: its mtime an hour back and (with monkeypatch) no clock tick counted as
    racy, since a file's ctime cannot be set back."""
    past = (dt.datetime.now() - dt.timedelta(hours=1)).timestamp()
    for path in (root / "data").rglob("*"):
        if path.is_file():
            os.utime(path, (past, past))
    if monkeypatch is not None:
        monkeypatch.setattr(cache_module, "RACY_NS", -(10**12))


def test_same_problems_with_and_without_the_store(broken_kb) -> None:
    without = problems(broken_kb, use_cache=False)
    assert not (broken_kb / STORE).exists()
    cold = problems(broken_kb, use_cache=True)
    assert (broken_kb / STORE).exists()
    warm = problems(broken_kb, use_cache=True)
    age(broken_kb)
    aged_cold = problems(broken_kb, use_cache=True)
    aged_warm = problems(broken_kb, use_cache=True)
    assert without == cold == warm == aged_cold == aged_warm
    assert len(without) > 20


def test_nothing_changed_answers_from_the_stored_verdict(make_kb, monkeypatch) -> None:
    root = make_kb({"data/actors/kapot.yaml": "id: kapot\nnaam: X\n"})
    age(root, monkeypatch)
    first = problems(root, use_cache=True)
    spy = Spy(monkeypatch)
    assert problems(root, use_cache=True) == first
    assert spy.read == [] and spy.built == 0


def test_one_changed_file_is_the_only_one_read(make_kb, monkeypatch) -> None:
    root = make_kb()
    age(root, monkeypatch)
    problems(root, use_cache=True)
    path = root / "data/actors/ggz-a.yaml"
    path.write_text(path.read_text().replace("name: GGZ A", "name: GGZ Anders"))
    spy = Spy(monkeypatch)
    kb = KnowledgeBase.open(root)
    assert kb.index.actors["ggz-a"].name == "GGZ Anders"
    assert [r for r in spy.read if not r.endswith("vocabulary.yaml")] == ["data/actors/ggz-a.yaml"]


def test_a_deleted_or_added_file_counts(make_kb) -> None:
    root = make_kb()
    problems(root, use_cache=True)
    (root / "data/actors/ggz-a.yaml").unlink()
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    assert "ggz-a" not in KnowledgeBase.open(root).index.actors
    (root / "data/actors/nieuw.yaml").write_text("id: nieuw\nname: Nieuw\ntype: ros\n")
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    (root / "data/actors/notes.txt").write_text("x")
    assert problems(root, use_cache=True) == problems(root, use_cache=False)


@pytest.mark.parametrize(
    "before, after",
    [
        ("description: Casus 123456789 besproken\n", "description: Casus 111222333 besproken\n"),  # a BSN appears
        ("description: ros\n", "descriptio: ros\n"),
        ("regions: [regio-a]\n", "regions: [regio-x]\n"),
    ],
)
def test_a_same_size_edit_with_a_restored_mtime_is_seen(make_kb, monkeypatch, before, after) -> None:
    """The stat key alone catches it (ctime changes on every write); no racy-file check is involved."""
    rel = "data/actors/ros-a.yaml"
    root = make_kb({rel: "id: ros-a\nname: ROS A\ntype: ros\nsources: [{title: T}]\n" + before})
    age(root, monkeypatch)
    clean = problems(root, use_cache=True)
    path = root / rel
    info = path.stat()
    path.write_text(path.read_text().replace(before, after.rstrip("\n").ljust(len(before) - 1) + "\n"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns
    assert problems(root, use_cache=True) == problems(root, use_cache=False) != clean


def test_the_racy_rule_catches_changes_a_coarse_clock_hides(make_kb, monkeypatch) -> None:
    """On a file system whose timestamps tick in whole seconds, an edit within the second after the
    store took a file's entry keeps its stat key; such entries are checked by content."""
    real = files.stat_key

    def coarse(info: os.stat_result) -> tuple[int, int, int, int]:
        ino, size, mtime, ctime = real(info)
        return ino, size, mtime // 10**9 * 10**9, ctime // 10**9 * 10**9

    monkeypatch.setattr(files, "stat_key", coarse)
    rel = "data/actors/ros-a.yaml"
    root = make_kb({rel: "id: ros-a\nname: ROS A\ntype: ros\nregions: [regio-a]\nsources: [{title: T}]\n"})
    path = root / rel
    clean = problems(root, use_cache=True)
    key = coarse(path.stat())
    path.write_text(path.read_text().replace("type: ros", "type: xyz"))
    if coarse(path.stat()) != key:
        pytest.skip("the second ticked over between the two writes")
    assert problems(root, use_cache=True) == problems(root, use_cache=False) != clean


def test_verdicts_hold_only_while_no_date_check_can_change(make_kb) -> None:
    root = make_kb(
        {
            "data/meetings/2027-01-10-x.yaml": "id: 2027-01-10-x\ntitle: X\ndate: 2027-01-10\n"
            "type: webinar\nstatus: gehouden\nsources: [{title: T}]\n",
            "data/actors/ros-a.yaml": "id: ros-a\nname: ROS A\ntype: ros\nregions: [regio-a]\n"
            "verified_on: 2026-06-01\nsources: [{title: T}]\n",
        }
    )
    age(root)
    days = [TODAY, dt.date(2027, 1, 9), dt.date(2027, 1, 10), dt.date(2027, 1, 11), dt.date(2027, 6, 1), TODAY]
    for today in days:
        for max_age in (None, 200, 365):
            with_store = problems(root, use_cache=True, today=today, max_age=max_age)
            assert with_store == problems(root, use_cache=False, today=today, max_age=max_age), (today, max_age)
            assert with_store == problems(root, use_cache=True, today=today, max_age=max_age)


def test_verdict_window() -> None:
    day = dt.date(2026, 1, 10)
    march = dt.date(2026, 3, 1).toordinal()
    forever = dt.date.max.toordinal() + 1
    assert stored.verdict_window([], day, None) == (0, forever)
    assert stored.verdict_window([march], day, None) == (0, march)
    assert stored.verdict_window([march], dt.date(2026, 3, 1), None) == (march, march + 1)
    assert stored.verdict_window([march], dt.date(2026, 3, 2), None) == (march + 1, forever)
    assert stored.verdict_window([march], day, dt.timedelta(days=30)) == (0, march)
    december = dt.date(2025, 12, 1).toordinal()
    assert stored.verdict_window([december], day, dt.timedelta(days=30)) == (december + 31, forever)
    assert stored.verdict_window([december], day, dt.timedelta(days=60)) == (december + 1, december + 60)


def test_data_dates_reads_every_date_like_value() -> None:
    found = stored.data_dates({"a": "2023-03", "b": [{"c": 2021}], "d": "sinds 2019", "e": True, "f": "2023-02-30"})
    for day in ("2023-03-01", "2023-03-31", "2021-01-01", "2021-12-31", "2019-01-01", "2019-12-31"):
        assert dt.date.fromisoformat(day).toordinal() in found
    assert dt.date(2023, 2, 1).toordinal() not in found  # 2023-02-30 is no date (the schema refuses it)
    assert stored.data_dates({"x": "１９９９-１２-３１"}) == [
        dt.date(1999, 12, 31).toordinal()
    ]  # as the schema reads it
    assert stored.data_dates({"tel": "0612345678", "n": 12345}) == []


def test_a_new_code_key_starts_a_new_store(make_kb, monkeypatch) -> None:
    root = make_kb()
    problems(root, use_cache=True)
    _tamper(root, "INSERT INTO blobs VALUES ('marker', x'00', 0)")
    monkeypatch.setattr(cache_module, "code_key", lambda: "another-version")
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    assert not _has_marker(root)  # a new, empty store


def replace_store(root: Path, content: bytes) -> None:
    """Put bytes in place of the store, keeping the recorded inode valid (the strongest attacker)."""
    path = root / STORE
    with open(path, "r+b") as handle:
        handle.truncate(0)
        handle.write(content)


GARBAGE = [
    b"",
    b"SQLite format 3\x00" + b"\xff" * 200,
    b"\x00" * 4096,
    os.urandom(8192),
    b"{not a database}",
]


@pytest.mark.parametrize("garbage", GARBAGE)
def test_a_corrupt_store_is_ignored_and_rebuilt(broken_kb, cli, garbage) -> None:
    expected = problems(broken_kb, use_cache=False)
    problems(broken_kb, use_cache=True)
    replace_store(broken_kb, garbage)
    assert problems(broken_kb, use_cache=True) == expected
    assert cli("validate", "--kb", str(broken_kb)).exit_code == 1
    assert problems(broken_kb, use_cache=True) == expected


def drop_list(root: Path) -> None:
    """Remove the list of the last state's files (`ggznet.statlist`), as if it could not be written."""
    _tamper(root, "DELETE FROM blobs WHERE key = 'files|list'")


def _has_marker(root: Path) -> bool:
    connection = sqlite3.connect(root / STORE)
    try:
        return bool(connection.execute("SELECT 1 FROM blobs WHERE key = 'marker'").fetchall())
    finally:
        connection.close()


def _tamper(root: Path, sql: str, args: tuple = ()) -> None:
    connection = sqlite3.connect(root / STORE)
    connection.execute(sql, args)
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE files SET raw = x'00ff'",
        "UPDATE files SET raw = '[[], {\"id\": 5}, true, true]'",
        "UPDATE files SET raw = '" + "[" * 5000 + "'",
        "UPDATE files SET raw = '[[[\"yaml-syntax\", 1, 2, 3, null]], null, true, true]'",
        "UPDATE files SET ino = 'text'",
        "UPDATE files SET digest = 'short'",
        "UPDATE files SET dates = '[\"x\"]'",
        'UPDATE verdicts SET body = \'{"problems": [], "racy": {}}\'',
        "UPDATE verdicts SET body = x'00', valid_until = 99999999",
        'UPDATE verdicts SET body = \'{"problems": [["x", "fatal", "p", "m", null, 1, 1]], "racy": {}}\'',
        "UPDATE meta SET value = 'x' WHERE key = 'fingerprint'",
        "CREATE TRIGGER t AFTER INSERT ON files BEGIN DELETE FROM files; END",
        "CREATE VIEW v AS SELECT 1",
        "CREATE TABLE extra (x)",
        "DROP TABLE refs",
        "PRAGMA user_version = 99",
    ],
)
def test_a_tampered_store_is_not_trusted(broken_kb, sql) -> None:
    expected = problems(broken_kb, use_cache=False)
    problems(broken_kb, use_cache=True)
    _tamper(broken_kb, sql)
    assert problems(broken_kb, use_cache=True) == expected
    assert problems(broken_kb, use_cache=True) == expected


def test_a_store_shipped_in_a_repository_is_never_opened(make_kb, tmp_path) -> None:
    """A clean checkout's store, with its verdict forged to "no problems", copied into a broken one."""
    from conftest import BASE, build_tree

    clean = build_tree(tmp_path / "clean", BASE)
    problems(clean, use_cache=True)
    _tamper(clean, "UPDATE verdicts SET body = ?", (b'{"problems": [], "racy": {}}',))
    root = make_kb({"data/actors/kapot.yaml": "id: kapot\nnaam: X\n"})
    expected = problems(root, use_cache=False)
    assert expected
    shutil.copytree(clean / STATE, root / STATE)
    assert problems(root, use_cache=True) == expected
    assert problems(root, use_cache=True) == expected


@pytest.mark.parametrize("planted", ["journal", "wal", "link-store", "link-id", "link-lock", "id-wrong", "store-dir"])
def test_odd_files_beside_the_store_mean_a_fresh_store(broken_kb, planted, tmp_path) -> None:
    expected = problems(broken_kb, use_cache=False)
    problems(broken_kb, use_cache=True)
    state = broken_kb / STATE
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep\n")
    if planted == "journal":
        (state / (cache_module.STORE_FILE + "-journal")).write_bytes(os.urandom(1024))
    elif planted == "wal":
        (state / (cache_module.STORE_FILE + "-wal")).symlink_to(outside)
    elif planted == "link-store":
        (state / cache_module.STORE_FILE).unlink()
        (state / cache_module.STORE_FILE).symlink_to(outside)
    elif planted == "link-id":
        (state / cache_module.ID_FILE).unlink()
        (state / cache_module.ID_FILE).symlink_to(outside)
    elif planted == "link-lock":
        (state / cache_module.LOCK_FILE).unlink()
        (state / cache_module.LOCK_FILE).symlink_to(outside)
    elif planted == "id-wrong":
        (state / cache_module.ID_FILE).write_text("12345")
    else:
        (state / cache_module.STORE_FILE).unlink()
        (state / cache_module.STORE_FILE).mkdir()
    assert problems(broken_kb, use_cache=True) == expected
    assert problems(broken_kb, use_cache=True) == expected
    assert outside.read_bytes() == b"keep\n"


def test_an_oversized_store_is_rebuilt(make_kb, monkeypatch) -> None:
    root = make_kb()
    problems(root, use_cache=True)
    _tamper(root, "INSERT INTO blobs VALUES ('marker', x'00', 0)")
    with open(root / STORE, "ab") as handle:
        handle.truncate(65 * 2**20)
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    assert (root / STORE).stat().st_size < 2**20 and not _has_marker(root)


def apply_edit(root: Path, ident: str, line: str, *, restore: bool) -> None:
    """One drawn edit of an actor file: deleted, or rewritten (with `restore`, its mtime put back)."""
    path = root / "data" / "actors" / f"{ident}.yaml"
    old = path.stat() if path.exists() else None
    if line == "DELETE":
        path.unlink(missing_ok=True)
        return
    path.write_text(f"id: {ident}\ntype: ros\nsources: [{{title: T}}]\n" + line, encoding="utf-8")
    if restore and old is not None:
        os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(min_size=0, max_size=4096))
def test_random_bytes_as_the_store_never_crash(make_kb, content) -> None:
    root = make_kb()
    expected = problems(root, use_cache=False)
    problems(root, use_cache=True)
    replace_store(root, content)
    assert problems(root, use_cache=True) == expected


def test_no_cache_option_and_environment(make_kb, cli, monkeypatch) -> None:
    root = make_kb()
    monkeypatch.delenv("GGZNET_NO_CACHE", raising=False)
    assert cli("--no-cache", "validate", "--kb", str(root)).exit_code == 0
    assert not (root / STORE).exists()
    assert "GGZNET_NO_CACHE" not in os.environ  # the option holds for its own run only
    assert cli("validate", "--kb", str(root), env={"GGZNET_NO_CACHE": "1"}).exit_code == 0
    assert not (root / STORE).exists()
    assert cli("validate", "--kb", str(root)).exit_code == 0
    assert (root / STORE).exists()


def test_two_runs_writing_at_once_leave_a_valid_store(broken_kb) -> None:
    expected = problems(broken_kb, use_cache=False)
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "ggznet", "validate", "--kb", str(broken_kb), "--as-of", TODAY.isoformat()],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 1, err.decode()
        assert b"Traceback" not in err
    assert problems(broken_kb, use_cache=True) == expected
    assert not list((broken_kb / STATE).glob("*.tmp"))


def test_the_store_is_outside_gits_view(make_kb) -> None:
    root = make_kb()
    problems(root, use_cache=True)
    assert (root / STATE / ".gitignore").read_text().strip().endswith("*")


def test_an_old_parse_cache_is_removed(make_kb) -> None:
    root = make_kb()
    (root / STATE).mkdir()
    (root / STATE / "parse-cache.json").write_text('{"key": "old", "files": {}}')
    problems(root, use_cache=True)
    assert not (root / STATE / "parse-cache.json").exists()


# -- the equivalence property -----------------------------------------------------------------------------

EDITS = st.lists(
    st.tuples(
        st.sampled_from(["ggz-a", "ros-a", "verzekeraar", "nieuw"]),
        st.sampled_from(
            [
                "name: GGZ A\n",
                "name: GGZ B\n",  # same size as the line above
                "naam: GGZ A\n",
                "type: xyz\n",
                "regions: [regio-x]\n",
                "regions: [regio-a]\n",
                "description: Casus 111222333\n",  # a BSN
                "description: Casus 123456789\n",  # same size, no BSN
                "verified_on: 2026-01-01\n",
                "id: ggz-a\n",
                "DELETE",
                ": [kapot\n",
            ]
        ),
        st.booleans(),  # restore the old mtime after writing
        st.sampled_from([0, 1, 40, 400]),  # days after TODAY on which validate runs
    ),
    min_size=1,
    max_size=8,
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_random_edits_give_the_same_problems_with_and_without_the_store(make_kb, edits) -> None:
    root = make_kb(
        {
            "data/meetings/2027-01-10-x.yaml": "id: 2027-01-10-x\ntitle: X\ndate: 2026-12-01\n"
            "type: webinar\nstatus: gehouden\nsources: [{title: T}]\n"
        }
    )
    age(root)
    problems(root, use_cache=True)
    for ident, line, restore, later in edits:
        apply_edit(root, ident, line, restore=restore)
        today = TODAY + dt.timedelta(days=later)
        for max_age in (None, 300):
            expected = problems(root, use_cache=False, today=today, max_age=max_age)
            assert problems(root, use_cache=True, today=today, max_age=max_age) == expected
            assert problems(root, use_cache=True, today=today, max_age=max_age) == expected  # the stored verdict


def test_the_vocabulary_and_stray_files_are_part_of_the_state(make_kb, tmp_path) -> None:
    root = make_kb({"data/vocabulary.yaml": None})
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    elsewhere = tmp_path / "vocabulary.yaml"
    elsewhere.write_text("themes: []\n", encoding="utf-8")
    (root / "data/vocabulary.yaml").symlink_to(elsewhere)  # a link instead of a missing file
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    (root / "data/vocabulary.yaml").unlink()
    (root / "data/vocabulary.yaml").write_text("themes: [kapot\n", encoding="utf-8")
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    (root / "data/actors/notes.txt").write_text("x", encoding="utf-8")
    assert problems(root, use_cache=True) == problems(root, use_cache=False)
    (root / "data/actors/notes.txt").unlink()
    (root / "data/actors/notes.txt").mkdir()
    assert problems(root, use_cache=True) == problems(root, use_cache=False)


@pytest.mark.parametrize("coarse_clock", [False, True])
def test_a_personal_number_written_into_a_stray_file_is_seen(make_kb, monkeypatch, coarse_clock) -> None:
    """Files under data/ that are not records are scanned for personal data: their content is part
    of the verdict, also after a same-size edit with a restored mtime (or within one clock tick)."""
    if coarse_clock:
        real = files.stat_key

        def coarse(info: os.stat_result) -> tuple[int, int, int, int]:
            ino, size, mtime, ctime = real(info)
            return ino, size, mtime // 10**9 * 10**9, ctime // 10**9 * 10**9

        monkeypatch.setattr(files, "stat_key", coarse)
    root = make_kb({"data/notities.txt": "Casus 123456789 besproken\n"})
    clean = problems(root, use_cache=True)
    assert problems(root, use_cache=True) == clean
    path = root / "data/notities.txt"
    info = path.stat()
    path.write_text("Casus 111222333 besproken\n", encoding="utf-8")  # a valid BSN, same size
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    found = problems(root, use_cache=True)
    assert found == problems(root, use_cache=False) != clean
    assert any(p[0] == "bsn" for p in found)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files through /proc")
def test_the_store_is_closed_when_nothing_needs_it(make_kb) -> None:
    """Opening knowledge bases over and over (a long-running program, a test run) leaves no files open,
    and an index outlives its knowledge base."""
    root = make_kb()
    problems(root, use_cache=True)
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(30):
        KnowledgeBase.open(root).validate()
        index = KnowledgeBase.open(root).index
        assert [b.source.id for b in index.backlinks(index.lookup("ggz-a"))] == ["tafel-a", "2023-03-24-tafel-a"]
        del index
    assert len(os.listdir("/proc/self/fd")) <= before + 2


# -- the incremental verdict: checks across records from the stored facts -----------------------------------

SRC = "sources: [{title: T}]\n"
NETWERK = "id: netwerk-a\nname: N\ntype: netwerk\nstatus: idee\nregions: [stad-a]\n" + SRC
CROSS_EDITS: dict[str, list[str | None]] = {
    # break and repair references, undeclared themes, cycles, an id written in another file, a deleted id
    "data/initiatives/netwerk-a.yaml": [
        NETWERK + "themes: [lerend-netwerk]\npart_of: tafel-a\n",
        NETWERK + "themes: [onbekend-thema]\n",
        NETWERK.replace("[stad-a]", "[regio-x]"),
        NETWERK + "part_of: netwerk-b\n",
        NETWERK.replace("id: netwerk-a", "id: tafel-a"),  # a duplicate id, and not its file's name
        NETWERK.replace("type: netwerk", "type: xyz"),  # broken: its id stays, its facts come from the salvage
        None,
    ],
    "data/initiatives/netwerk-b.yaml": [
        NETWERK.replace("id: netwerk-a", "id: netwerk-b") + "part_of: netwerk-a\n",
        NETWERK,  # the id netwerk-a moves here (and is a duplicate while netwerk-a.yaml is there)
        None,
    ],
    "data/actors/ggz-a.yaml": [
        "id: ggz-a\nname: GGZ A\ntype: ggz-aanbieder\nregions: [regio-a]\n" + SRC,
        "id: ggz-a\nname: GGZ A\ntype: ggz-aanbieder\nregions: [regio-b]\nverified_on: 2026-01-01\n" + SRC,
        None,
    ],
    "data/actors/ggz-b.yaml": ["id: ggz-a\nname: GGZ B\ntype: ggz-aanbieder\nregions: [regio-a]\n" + SRC, None],
    "data/meetings/2026-11-25-x.yaml": [
        "id: 2026-11-25-x\ntitle: X\ndate: 2026-11-25\ntype: webinar\nstatus: gepland\n" + SRC,
        "id: 2026-11-25-x\ntitle: X\ndate: 2026-11-25\ntype: webinar\nstatus: gehouden\nforum: netwerk-a\n" + SRC,
        "id: 2026-11-25-x\ntitle: X\ndate: 2026-11\ntype: webinar\nstatus: gepland\nfollows: 2026-11-25-x\n",
        None,
    ],
    "data/initiatives/tafel-b.yaml": [
        "id: tafel-b\nname: T\ntype: tafel\nstatus: onbekend\nregions: [regio-b, regio-y]\n"
        "actors: [{actor: ggz-a, role: onbekend}]\n" + SRC,
        None,
    ],
    "data/regions/regio-b.yaml": [
        "id: regio-b\nname: Regio B\ntype: regio\npart_of: land\nmunicipalities: [Stad B]\n" + SRC,
        "id: regio-b\nname: Regio B\ntype: regio\npart_of: regio-b\n" + SRC,
        None,
    ],
    "data/regions/stad-b.yaml": ["id: stad-b\nname: Stad B\ntype: gemeente\npart_of: regio-b\n" + SRC, None],
    "data/vocabulary.yaml": [
        "themes:\n  - {id: wachttijden, nl: W, en: W}\n  - {id: triage, nl: T, en: T}\n",
        "themes:\n  - {id: wachttijden, nl: W, en: W}\n  - {id: triage, nl: T, en: T}\n"
        "  - {id: lerend-netwerk, nl: L, en: L}\n  - {id: onbekend-thema, nl: O, en: O}\n",
    ],
}
CROSS = st.lists(
    st.tuples(
        st.sampled_from(sorted(CROSS_EDITS)),
        st.integers(min_value=0, max_value=6),
        st.booleans(),  # restore the old mtime after writing
        st.sampled_from([0, 1, 3, 40, 400]),  # days after TODAY on which validate runs
    ),
    min_size=1,
    max_size=10,
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=CROSS)
def test_edits_across_records_give_the_same_verdict_from_the_stored_facts(make_kb, edits) -> None:
    """Whatever the edits do to ids, references, themes, cycles and dates, the verdict worked out from the
    stored facts of the unchanged files equals a full run without the store, problem for problem."""
    root = make_kb()
    age(root)
    problems(root, use_cache=True)
    for rel, choice, restore, later in edits:
        variants = CROSS_EDITS[rel]
        content = variants[choice % len(variants)]
        path = root / rel
        old = path.stat() if path.exists() else None
        if content is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(content, encoding="utf-8")
            if restore and old is not None:
                os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
        today = TODAY + dt.timedelta(days=later)
        for max_age in (None, 300):
            expected = problems(root, use_cache=False, today=today, max_age=max_age)
            assert problems(root, use_cache=True, today=today, max_age=max_age) == expected


def test_one_changed_file_builds_no_other_record(make_kb, monkeypatch) -> None:
    """After one file changed, the verdict comes from the stored facts: besides the changed file, only
    regions are built (their names in the notes, their municipalities against the gemeente records)."""
    root = make_kb({"data/initiatives/tafel-b.yaml": CROSS_EDITS["data/initiatives/tafel-b.yaml"][0]})
    age(root, monkeypatch)
    expected_first = problems(root, use_cache=False)
    assert problems(root, use_cache=True) == expected_first
    path = root / "data/actors/ggz-a.yaml"
    path.write_text(path.read_text().replace("regions: [regio-a]", "regions: [regio-z]"))
    built: list[str] = []
    real_build = stored.StoreLink.build

    def build(self, pending):
        built.extend(p.path for p in pending)
        return real_build(self, pending)

    monkeypatch.setattr(stored.StoreLink, "build", build)
    found = problems(root, use_cache=True)
    assert [p for p in built if not p.startswith("data/regions/")] == []
    assert found == problems(root, use_cache=False)
    assert ("unresolved-reference", "data/actors/ggz-a.yaml") in {(p[0], p[2]) for p in found}


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE files SET facts = x'00ff'",
        "UPDATE files SET facts = '[]'",
        "UPDATE files SET facts = '" + "[" * 5000 + "'",
        'UPDATE files SET facts = \'[true, [["x", "fatal", "m", null, []]], [], null, [], null, [], [], null, false]\'',
        'UPDATE files SET facts = \'[true, [], [[[1], "planet", "x"]], null, [], null, [], [], null, false]\'',
        'UPDATE files SET facts = \'[true, [], [], ["gepland", -1, null, "x"], [], null, [], [], null, false]\'',
        "UPDATE files SET facts = '[true, [], [], null, [[0, 5]], 7, [1], [], \"2026-02-30\", false]'",
        "UPDATE files SET facts = NULL",
    ],
)
def test_tampered_facts_are_not_trusted(make_kb, monkeypatch, sql) -> None:
    """Facts of the wrong shape are ignored (the record is built instead); a change elsewhere makes the
    run judge the whole knowledge base again from them."""
    root = make_kb({"data/initiatives/tafel-b.yaml": CROSS_EDITS["data/initiatives/tafel-b.yaml"][0]})
    age(root, monkeypatch)
    problems(root, use_cache=True)
    _tamper(root, sql)
    (root / "data/actors/ggz-a.yaml").unlink()  # references to it break: the verdict is worked out again
    expected = problems(root, use_cache=False)
    assert problems(root, use_cache=True) == expected
    assert problems(root, use_cache=True) == expected


def test_files_are_registered_whether_or_not_the_store_can_be_written(make_kb, monkeypatch) -> None:
    """Entries are written while the index takes the files in: a store that cannot be written leaves the
    index whole, and an error while loading rolls the write back and reaches the caller as it was."""
    root = make_kb({"data/initiatives/tafel-b.yaml": CROSS_EDITS["data/initiatives/tafel-b.yaml"][0]})
    expected = problems(root, use_cache=False)
    monkeypatch.setattr(cache_module, "_still_ours", lambda folder: False)
    assert problems(root, use_cache=True) == expected
    assert len(list(KnowledgeBase.open(root).index.all_records())) == len(list((root / "data").glob("*/*.yaml")))
    monkeypatch.undo()

    real_add = KnowledgeBase._add
    calls = {"n": 0}

    def failing_add(self, raw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("boom")
        return real_add(self, raw)

    monkeypatch.setattr(KnowledgeBase, "_add", failing_add)
    with pytest.raises(RuntimeError, match="boom"):
        KnowledgeBase.open(root).validate(today=TODAY)
    monkeypatch.undo()
    connection = sqlite3.connect(root / STORE)
    try:
        assert connection.execute("SELECT count(*) FROM files").fetchone() == (0,)  # rolled back
    finally:
        connection.close()
    assert problems(root, use_cache=True) == expected


def _records(root: Path, *, use_cache: bool) -> dict[tuple[str, str], dict]:
    kb = KnowledgeBase.open(root, use_cache=use_cache)
    found = {(r.kind, r.id): r.model_dump(mode="json") for r in kb.index.all_records()}
    found[("vocabulary", "")] = kb.index.vocabulary.model_dump(mode="json")
    return found


def test_a_pure_hit_takes_the_files_from_one_stored_manifest(make_kb, monkeypatch) -> None:
    """With nothing changed, a reading run takes every file's kind, id and digest from the manifest kept
    for exactly these files (written by the first such run), not from one entry per file."""
    root = make_kb()
    age(root, monkeypatch)
    monkeypatch.setattr(stored, "RACY_NS", -(10**12))  # (a ctime cannot be set back: no entry counts as racy)
    expected = _records(root, use_cache=False)
    assert _records(root, use_cache=True) == expected  # cold: entries written
    assert _records(root, use_cache=True) == expected  # pure hit: entries read, the manifest written
    entries = {"n": 0}
    asked: list[list[str] | None] = []
    real_entries = cache_module.Store.entries

    def counted(self, paths=None):
        entries["n"] += 1
        asked.append(None if paths is None else list(paths))
        return real_entries(self, paths)

    monkeypatch.setattr(cache_module.Store, "entries", counted)
    spy = Spy(monkeypatch)
    assert _records(root, use_cache=True) == expected
    assert entries["n"] == 0 and spy.read == []  # the vocabulary too comes from the manifest
    path = root / "data/actors/ggz-a.yaml"
    path.write_text(path.read_text().replace("name: GGZ A", "name: GGZ Anders"))
    changed = _records(root, use_cache=False)
    assert _records(root, use_cache=True) == changed != expected  # the manifest is for other files: not used
    assert entries["n"] == 1 and asked == [["data/actors/ggz-a.yaml"]]  # the list of files: only what changed
    _records(root, use_cache=True)  # a new manifest
    vocabulary = root / "data/vocabulary.yaml"
    vocabulary.write_text(vocabulary.read_text() + "  - id: nieuw-thema\n    nl: Nieuw\n    en: New\n")
    assert _records(root, use_cache=True) == _records(root, use_cache=False) != changed
    assert problems(root, use_cache=True) == problems(root, use_cache=False)


@pytest.mark.parametrize(
    "body",
    [
        b"\x00",
        b"[]",
        b'{"kinds": [], "idents": [], "digests": ""}',
        b'{"kinds": "x", "idents": [], "digests": "zz"}',
        "kinds",  # every kind replaced by one that does not exist
        "lists",  # a kind that is a list
        "idents",  # one id replaced by a number
        "digests",  # the digests cut short
        "vocabulary",  # the stored vocabulary of the wrong shape
    ],
)
def test_a_tampered_manifest_is_not_trusted(make_kb, monkeypatch, body) -> None:
    import json

    root = make_kb()
    age(root, monkeypatch)
    expected = _records(root, use_cache=False)
    _records(root, use_cache=True)
    drop_list(root)  # the files then come from the manifest (with the list there, it keeps only the vocabulary)
    _records(root, use_cache=True)
    connection = sqlite3.connect(root / STORE)
    try:
        (stored_body,) = connection.execute("SELECT body FROM verdicts WHERE key = 'files|manifest'").fetchone()
    finally:
        connection.close()
    if isinstance(body, str):
        manifest = json.loads(stored_body)
        if body == "kinds":
            manifest["kinds"] = ["planet"] * len(manifest["kinds"])
        elif body == "lists":
            manifest["kinds"][-1] = ["actor"]
        elif body == "idents":
            manifest["idents"][0] = 5
        elif body == "vocabulary":
            manifest["vocabulary"][0] = "[[], {}, 1, 0]"
        else:
            manifest["digests"] = manifest["digests"][:-2]
        body = json.dumps(manifest).encode()
    _tamper(root, "UPDATE verdicts SET body = ? WHERE key = 'files|manifest'", (body,))
    assert _records(root, use_cache=True) == expected
    assert problems(root, use_cache=True) == problems(root, use_cache=False)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is a POSIX call")
def test_a_forked_child_uses_a_connection_of_its_own(make_kb) -> None:
    """The site's page workers are forked: they read and keep results through their own connection."""
    root = make_kb()
    KnowledgeBase.open(root, use_cache=True).validate()  # the store exists and is filled
    store = cache_module.Store.open(root)
    assert store is not None
    fingerprint = store.meta("fingerprint")
    assert fingerprint
    inherited = store.connection
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child; its exit status is the verdict
        status = 1
        try:
            own = store.connection is not inherited and store.connection is store.connection
            read = store.meta("fingerprint") == fingerprint
            written = store.write(blobs=[("from-the-child", b"kept")])
            status = 0 if own and read and written else 2
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert store.blob("from-the-child") == b"kept"  # the parent's connection still works, and sees the write
    store.close()


def _reading(root: Path, *, use_cache: bool) -> tuple[dict, int]:
    """What a reading command sees: every record and the vocabulary, and the count of files with errors
    (the "N files with errors left out" warning)."""
    kb = KnowledgeBase.open(root, use_cache=use_cache)
    found = {(r.kind, r.id): r.model_dump(mode="json") for r in kb.index.all_records()}
    found[("vocabulary", "")] = kb.index.vocabulary.model_dump(mode="json")
    return found, kb.broken_files


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_random_edits_give_the_same_records_with_and_without_the_manifest(make_kb, edits) -> None:
    """After each edit a reading run reads the changed files, the next reads the entries (and keeps a manifest
    when every file is clean), the one after takes the files from it: all see what a run without the store
    sees."""
    root = make_kb()
    age(root)
    _reading(root, use_cache=True)
    for ident, line, restore, _later in edits:
        apply_edit(root, ident, line, restore=restore)
        expected = _reading(root, use_cache=False)
        assert _reading(root, use_cache=True) == expected  # the changed files read
        assert _reading(root, use_cache=True) == expected  # entries read, the manifest kept
        assert _reading(root, use_cache=True) == expected  # from the manifest


def test_racy_entries_found_unchanged_are_trusted_again(make_kb, monkeypatch) -> None:
    """Files written just before the store took them (a fresh clone) are checked by content, once: an entry
    found unchanged is marked as seen at that run's time, as git does with its index, and the next run
    trusts its stat key again instead of reading every such file each time."""
    root = make_kb()
    problems(root, use_cache=True)  # every entry racy: the files were written a moment before
    later = stored.now_ns() + 10 * 10**9
    monkeypatch.setattr(stored, "now_ns", lambda: later)
    hashed: list[str] = []
    real = files.content_digest

    def digest(path):
        hashed.append(str(path))
        return real(path)

    monkeypatch.setattr(files, "content_digest", digest)
    edited = root / "data/actors/ros-a.yaml"
    expected = problems(root, use_cache=False)

    def edit(n: int) -> None:  # one file changed: the run looks at every entry (no pure hit)
        edited.write_text(edited.read_text(encoding="utf-8") + f"# {n}\n", encoding="utf-8")

    edit(1)
    hashed.clear()
    assert problems(root, use_cache=True) == expected
    assert len(hashed) > 3  # the racy entries, judged by content
    monkeypatch.setattr(stored, "now_ns", lambda: later + 10**9)
    edit(2)
    hashed.clear()
    assert problems(root, use_cache=True) == expected
    assert [h for h in hashed if not h.endswith("ros-a.yaml")] == []  # trusted by their stat keys again


def test_a_refresh_marks_only_the_entry_it_verified(make_kb) -> None:
    """Another run may have replaced an entry after this one judged the file by content: that entry keeps
    its own time (it may be racy itself); only an entry with the verified stat key and digest is marked."""
    root = make_kb()
    problems(root, use_cache=True)
    store = cache_module.Store.open(root)
    assert store is not None
    rel = "data/actors/ros-a.yaml"
    ino, size, mtime, ctime, seen, digest = store.connection.execute(
        "SELECT ino, size, mtime_ns, ctime_ns, seen_ns, digest FROM files WHERE path = ?", (rel,)
    ).fetchone()
    later = seen + 10**12
    assert store.write(refresh=(later, [(rel, ino, size, mtime, ctime, b"x" * 32)]))  # not the stored digest
    assert store.connection.execute("SELECT seen_ns FROM files WHERE path = ?", (rel,)).fetchone() == (seen,)
    assert store.write(refresh=(later, [(rel, ino, size + 1, mtime, ctime, digest)]))  # not the stored key
    assert store.connection.execute("SELECT seen_ns FROM files WHERE path = ?", (rel,)).fetchone() == (seen,)
    assert store.write(refresh=(later, [(rel, ino, size, mtime, ctime, digest)]))
    assert store.connection.execute("SELECT seen_ns FROM files WHERE path = ?", (rel,)).fetchone() == (later,)
    store.close()


# -- the days named in a file: one search for date-shaped runs finds what the runs of digits and dashes give --

_RUNS = re.compile(r"\d+(?:-\d+)*")
_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _dates_from_runs(text: str) -> list[int]:
    """`text_dates` as first written: every whole run of digits and dashes, kept when it has a date's shape."""
    days: set[int] = set()
    for token in set(_RUNS.findall(text)):
        if 4 <= len(token) <= 10 and _SHAPE.fullmatch(token):
            days.update(stored._token_days(token))
    return sorted(days)


DATE_PIECES = ["2023", "2023-03", "2023-03-24", "2023-02-30", "1999-12", "0000", "-", "--", "1", "12", "123", "a", " ",
               '"', ":", "\n", "٢٠٢٣", "٠٣", "９", "+", "T", "2024-1", "-7", "10000", "31"]  # fmt: skip


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=30).map("".join))
def test_the_days_named_are_those_of_every_date_shaped_run(text: str) -> None:
    assert stored.text_dates(text) == _dates_from_runs(text), text
    assert stored.text_dates(text.encode()) == _dates_from_runs(text), text  # as a worker gives the JSON's bytes


@pytest.mark.parametrize(
    "text",
    ["2023-03-24", "12023-03-24", "2023-03-241", "1-2023", "--2023-05", "2023-05-", "2023-05-7", "x2023y", "2023--05",
     "2023-03-24-2023", '"2023","2024-02"', "٢٠٢٣-٠٣", "2023-13", "0000-00-00"],
)  # fmt: skip
def test_the_days_named_on_the_edge_cases(text: str) -> None:
    assert stored.text_dates(text) == _dates_from_runs(text)
    assert stored.text_dates(text.encode()) == _dates_from_runs(text)


def test_the_days_of_a_year_are_those_partial_date_reads() -> None:
    """`_token_days` reads a four-digit year without `PartialDate` (most tokens are years or numbers in ids)."""
    from ggznet.schema import PartialDate

    def slow(token: str) -> tuple[int, ...]:
        try:
            parsed = PartialDate.parse(token)
        except (ValueError, TypeError, ArithmeticError):
            return ()
        return (parsed.first_day.toordinal(), parsed.last_day.toordinal())

    for token in [f"{n:04d}" for n in range(10_000)] + ["٢٠٢٣", "２０２３", "2023-03", "2023-03-24", "2023-02-30"]:
        assert stored._token_days(token) == slow(token), token


def _store_tables(root: Path) -> dict[str, list[tuple]]:
    """The store's entries and references in the order written, and its kept verdicts (stat keys and times left
    out: they differ between two copies of the files)."""
    connection = sqlite3.connect(root / STORE)
    try:
        return {
            "files": connection.execute(
                "SELECT path, size, digest, kind, ident, clean, raw, dates, search, facts FROM files ORDER BY rowid"
            ).fetchall(),
            "refs": connection.execute("SELECT * FROM refs ORDER BY rowid").fetchall(),
            "verdicts": connection.execute("SELECT key, valid_from, valid_until, files, body FROM verdicts").fetchall(),
            "meta": connection.execute("SELECT key FROM meta ORDER BY key").fetchall(),
        }
    finally:
        connection.close()


def _validated(root: Path, *, validating: bool) -> list[tuple]:
    kb = KnowledgeBase.open(root, validating=validating)
    result = kb.validate(today=TODAY)
    assert kb._session is not None and kb._session.store.finishing() is None  # settled before the verdict was kept
    return [(p.code, p.severity, p.path, p.line, p.column, p.message, p.hint) for p in result.problems]


def test_a_cold_run_that_commits_while_judging_writes_the_same_store(broken_kb, tmp_path, monkeypatch) -> None:
    """`validate` lets a cold run's store write finish in a thread while it judges (`Store.write(finish_later=…)`):
    the same problems, the same entries, references and verdict, and the warm run after it the same."""
    other = tmp_path / "other"
    shutil.copytree(broken_kb, other)
    threads: list[str] = []
    real_finish = cache_module.Store._finish

    def finish(self, connection, rest):
        import threading

        threads.append(threading.current_thread().name)
        return real_finish(self, connection, rest)

    monkeypatch.setattr(cache_module.Store, "_finish", finish)
    expected = problems(broken_kb, use_cache=False)
    assert _validated(other, validating=False) == expected
    assert threads == ["MainThread", "MainThread"]  # (the entries, then the verdict)
    threads.clear()
    assert _validated(broken_kb, validating=True) == expected
    assert threads == ["ggznet-store", "MainThread"]  # the entries' commit in the thread
    tables = _store_tables(broken_kb)
    assert tables == _store_tables(other) and tables["files"] and tables["refs"] and tables["verdicts"]
    threads.clear()
    assert _validated(broken_kb, validating=True) == expected  # warm: from the kept verdict, nothing written
    assert threads == []


def test_a_commit_that_fails_in_its_thread_loses_nothing(make_kb, monkeypatch) -> None:
    """When the write finishing in a thread fails, the records let go are taken back from their files, no verdict
    is kept for entries that were not written, and the next run reads every file again."""
    root = make_kb({"data/initiatives/tafel-b.yaml": CROSS_EDITS["data/initiatives/tafel-b.yaml"][0]})
    expected = problems(root, use_cache=False)
    real_finish = cache_module.Store._finish

    def failing(self, connection, rest):
        if rest.later:
            connection.execute("ROLLBACK")
            raise sqlite3.OperationalError("disk I/O error")
        return real_finish(self, connection, rest)

    monkeypatch.setattr(cache_module.Store, "_finish", failing)
    kb = KnowledgeBase.open(root, validating=True)
    assert [(p.code, p.path, p.line, p.message) for p in kb.validate(today=TODAY).problems] == [
        (code, path, line, message) for code, _s, path, line, _c, message, _h in expected
    ]
    assert len(list(kb.index.all_records())) == len(list((root / "data").glob("*/*.yaml")))
    assert _store_tables(root)["files"] == [] and _store_tables(root)["verdicts"] == []
    monkeypatch.undo()
    spy = Spy(monkeypatch)
    assert _validated(root, validating=True) == expected
    every = {path.relative_to(root).as_posix() for path in (root / "data").glob("*/*.yaml")}
    assert every <= set(spy.read)  # (some twice: a record asked for while the commit runs is read from its file)


def test_records_built_while_the_commit_runs_are_read_from_their_files(make_kb, monkeypatch) -> None:
    """While this run's write is still committing, a few records asked for are read again from their files, as
    this run read them; a file changed since is taken from the store instead, once the write is done."""
    root = make_kb()
    regions = sorted(KnowledgeBase.open(root, use_cache=False).index.regions)
    assert len(regions) >= 2
    expected = {r: KnowledgeBase.open(root, use_cache=False).index.regions[r].model_dump(mode="json") for r in regions}
    kb = KnowledgeBase.open(root, validating=True)
    store = kb._session.store if kb._session is not None else None
    assert store is not None and store._finishing is not None
    finishing = store._finishing
    finishing[0].join()  # done, but left as if it were still running: what is asked now does not wait for it
    spy = Spy(monkeypatch)
    first, second = regions[0], regions[1]
    assert kb.index.regions[first].model_dump(mode="json") == expected[first]
    assert spy.read == [kb.index.paths[("region", first)]] and store.finishing() is not None  # from its file
    path = root / kb.index.paths[("region", second)]
    path.write_text(path.read_text(encoding="utf-8").replace("name:", "name: Anders #", 1), encoding="utf-8")
    assert kb.index.regions[second].model_dump(mode="json") == expected[second]  # changed since: as this run read it
    assert store.finishing() is None  # (from the store, once the write was done)


def test_the_store_lock_released_by_another_thread_is_free(tmp_path, monkeypatch) -> None:
    """A cold run's commit finishes in a thread and releases the store's lock there: the lock must then be free
    for another process, also while its object is still alive (a thread-local lock would stay held)."""
    import threading

    import filelock

    kept: list[object] = []
    real = filelock.FileLock

    def keeping(*args, **kwargs):  # type: ignore[no-untyped-def]
        lock = real(*args, **kwargs)
        kept.append(lock)  # alive: its finaliser does not release it behind the test's back
        return lock

    monkeypatch.setattr(filelock, "FileLock", keeping)
    stack = contextlib.ExitStack()
    stack.enter_context(cache_module._store_lock(tmp_path))
    held = stack.pop_all()
    thread = threading.Thread(target=held.close)
    thread.start()
    thread.join()
    probe = (
        "import filelock, sys\n"
        "try:\n"
        f"    filelock.FileLock({str(tmp_path / cache_module.LOCK_FILE)!r}, timeout=0.5).acquire()\n"
        "except filelock.Timeout:\n"
        "    sys.exit(1)\n"
    )
    assert subprocess.run([sys.executable, "-c", probe], check=False).returncode == 0
    assert kept

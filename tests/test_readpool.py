"""Reading record files in worker processes: the same results in the same order as reading them one by one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from ggznet import stored
from ggznet.api import KnowledgeBase
from ggznet.store import cache as cache_module
from ggznet.store import files, readpool
from test_cache import TODAY, broken_kb  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(), reason="workers are forked"
)


@pytest.fixture(autouse=True)
def store_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store in use unless a test says otherwise (another test's `--no-cache` may have set the variable)."""
    monkeypatch.delenv("GGZNET_NO_CACHE", raising=False)


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for a handful of files: two workers, two files a job."""
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 2)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)


@pytest.fixture
def serial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 10**9)


def outcome(root: Path, *, use_cache: bool) -> list[tuple]:
    result = KnowledgeBase.open(root, use_cache=use_cache).validate(today=TODAY)
    return [(p.code, p.severity, p.path, p.line, p.column, p.message, p.hint) for p in result.problems]


def entries(root: Path) -> list[tuple]:
    """Every stored entry, as the store holds it (the write time aside)."""
    with sqlite3.connect(root / ".ggznet-cache" / cache_module.STORE_FILE) as db:
        names = [row[1] for row in db.execute("PRAGMA table_info(files)")]
        rows = db.execute("SELECT * FROM files ORDER BY path").fetchall()
    keep = [i for i, name in enumerate(names) if name not in ("seen_ns", "written_ns")]
    return [tuple(row[i] for i in keep) for row in rows]


def many(broken_kb: Path, n: int = 40) -> Path:  # noqa: F811 - the fixture
    """The broken knowledge base with enough valid files that every worker gets several jobs."""
    for i in range(n):
        (broken_kb / "data" / "actors" / f"extra-{i:03d}.yaml").write_text(
            f"id: extra-{i:03d}\nname: Extra {i}\ntype: gemeente\n", encoding="utf-8"
        )
    return broken_kb


def fields(raw: files.RawFile) -> tuple:
    return (raw.path, raw.data, raw.findings, raw.size, raw.key, raw.digest, raw.text,
            raw.personal_data_hint, raw.unsafe_text_hint, raw.mtime_ns)  # fmt: skip


def test_workers_read_what_one_process_reads_in_the_same_order(broken_kb, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    found = files.scan_tree(root)
    items = [(rel, found.path(rel)) for rel in found.rels]
    one = [fields(raw) for raw in readpool.read_files(root, items, workers=1)]
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 3)
    for dated in (True, False):
        got = list(stored.read_files(root, items, dated=dated, workers=2))
        assert [fields(stored.whole(raw)) for raw in got] == one  # a clean file's data comes only if asked for
        assert any(raw.worker_clean for raw in got) == dated and not all(raw.worker_clean for raw in got)
        packed = [raw for raw in got if raw.encoded is not None]  # came back as JSON, the store's encoding
        assert packed and len(packed) < len(got)  # a file JSON cannot hold (a number as key) came back whole
        assert all((raw.dates is not None) is dated for raw in packed)
        if dated:
            assert all(raw.dates == stored.data_dates(raw.data) for raw in packed)


def test_the_same_problems_and_store_with_and_without_workers(broken_kb, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 10**9)
    without_store = outcome(root, use_cache=False)
    cold = outcome(root, use_cache=True)
    one_by_one = entries(root)
    (root / ".ggznet-cache" / cache_module.STORE_FILE).unlink()
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 2)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    assert outcome(root, use_cache=False) == without_store
    assert outcome(root, use_cache=True) == cold == without_store
    assert entries(root) == one_by_one
    assert outcome(root, use_cache=True) == cold  # warm, from what the workers read


def test_no_store_is_written_without_the_cache(broken_kb, parallel, cli, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    monkeypatch.setenv("GGZNET_NO_CACHE", "1")
    run = cli("validate", "--kb", str(root))
    assert run.exit_code == 1 and "duplicate-id" in run.stdout
    assert not (root / ".ggznet-cache" / cache_module.STORE_FILE).exists()


def _dies_on_third_job(root: str, chunk, pack):
    if os.getpid() != PARENT and any(rel.endswith(("extra-004.yaml", "extra-005.yaml")) for rel, _ in chunk):
        os._exit(9)  # as if the system killed the worker for lack of memory
    return REAL_READ_CHUNK(root, chunk, pack)


REAL_READ_CHUNK = readpool._read_chunk
PARENT = os.getpid()


def test_a_dying_worker_changes_nothing(broken_kb, serial, cli, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    monkeypatch.setenv("GGZNET_NO_CACHE", "")  # `--no-cache` sets it to 1: put back after each run
    expected = cli("--no-cache", "validate", "--kb", str(root))
    assert expected.exit_code == 1 and "duplicate-id" in expected.stdout
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 2)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    monkeypatch.setattr(readpool, "_read_chunk", _dies_on_third_job)
    here: list[str] = []  # files read in this process (a worker's reads are counted in the worker)
    real_read = files.read_record_file

    def read(root, path, rel=None):
        here.append(rel)
        return real_read(root, path, rel)

    monkeypatch.setattr(files, "read_record_file", read)
    total = len(files.scan_tree(root).rels)
    for extra in (["--no-cache"], []):
        here.clear()
        monkeypatch.setenv("GGZNET_NO_CACHE", "")
        run = cli(*extra, "validate", "--kb", str(root))
        assert (run.exit_code, run.stdout) == (expected.exit_code, expected.stdout)
        assert "Traceback" not in run.stderr
        assert 0 < len(here) < total  # the workers read the first jobs, this process the rest
        assert (root / ".ggznet-cache" / cache_module.STORE_FILE).exists() == (not extra)
    assert outcome(root, use_cache=True) == outcome(root, use_cache=False)


def test_workers_that_cannot_start_change_nothing(broken_kb, serial, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    expected = outcome(root, use_cache=False)

    class NoFork:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    monkeypatch.setattr(readpool, "ProcessPoolExecutor", NoFork)
    assert outcome(root, use_cache=False) == expected
    assert outcome(root, use_cache=True) == expected


def test_few_files_or_one_core_read_here(broken_kb, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb, 5)

    class Refused:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("no workers for so few files")

    monkeypatch.setattr(readpool, "ProcessPoolExecutor", Refused)
    found = files.scan_tree(root)
    items = [(rel, found.path(rel)) for rel in found.rels]
    assert len(list(readpool.read_files(root, items))) == len(items)  # below PARALLEL_MIN
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    assert len(list(readpool.read_files(root, items, workers=1))) == len(items)


# -- a cold run holds no record it has stored ------------------------------------------------------------------


def test_a_cold_run_lets_go_of_the_records_it_stored(broken_kb, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    expected = outcome(root, use_cache=False)
    kb = KnowledgeBase.open(root)
    bucket = kb.index.records["actor"]
    assert not bucket.is_built("extra-000")  # built again from the store only when read
    assert kb.index.actors["extra-000"].name == "Extra 0"
    assert outcome(root, use_cache=True) == expected


def _refuse_entries(monkeypatch) -> None:
    """Every write of file entries fails after making them (their records let go), as on a full disk; a verdict
    alone is still written."""
    real_write = cache_module.Store.write

    def refused(self, *, rows=(), **kwargs):
        if kwargs.get("verdict") is None:
            for _ in rows:
                pass
            return False
        return real_write(self, rows=rows, **kwargs)

    monkeypatch.setattr(cache_module.Store, "write", refused)


def test_when_the_store_cannot_be_written_the_records_come_from_their_files(broken_kb, monkeypatch) -> None:  # noqa: F811
    root = many(broken_kb)
    expected = outcome(root, use_cache=False)
    _refuse_entries(monkeypatch)
    kb = KnowledgeBase.open(root)
    bucket = kb.index.records["actor"]
    assert bucket.is_built("extra-000")  # taken back from its file, not from a store that does not hold it
    assert kb.index.actors["extra-000"].name == "Extra 0"
    result = kb.validate(today=TODAY)
    assert [(p.code, p.severity, p.path, p.line, p.column, p.message, p.hint) for p in result.problems] == expected


def test_the_shipped_knowledge_base_reads_the_same_with_workers(tmp_path, cli, monkeypatch) -> None:
    """The real records (block scalars, contacts, sources): every reading command prints the same."""
    import shutil

    root = tmp_path / "kb"
    shutil.copytree(Path(__file__).parent.parent / "data", root / "data")
    commands = [
        ("validate",),
        ("list", "initiatives", "--region", "twente"),
        ("search", "wachttijd"),
        ("actions", "--open"),
        ("report", "twente"),
    ]
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 10**9)
    expected = []
    for command in commands:
        monkeypatch.setenv("GGZNET_NO_CACHE", "1")
        run = cli(*command, "--kb", str(root))
        assert run.exit_code in (0, 1) and run.stdout.strip(), command
        expected.append((run.exit_code, run.stdout))
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 5)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    for command, (code, out) in zip(commands, expected, strict=True):
        shutil.rmtree(root / ".ggznet-cache", ignore_errors=True)
        monkeypatch.setenv("GGZNET_NO_CACHE", "")
        cold = cli(*command, "--kb", str(root))
        warm = cli(*command, "--kb", str(root))
        assert (cold.exit_code, cold.stdout) == (code, out) == (warm.exit_code, warm.stdout), command


@pytest.mark.parametrize("missing", [1, 3, 70])  # a few ids no file holds, and more than are looked for one by one
def test_references_sent_in_their_stored_form_give_the_same_verdict(make_kb, parallel, monkeypatch, missing) -> None:
    """A reading worker sends each record's references only in their stored form; validation reads them where
    one can fail. The verdict is that of one process reading every file, and that of `--no-cache`."""
    tree = {"data/regions/twente.yaml": "id: twente\nname: Twente\ntype: regio\n"}
    for i in range(30):
        regions = ["twente"] + ([f"nergens-{i % missing}"] if i % 3 == 0 else [])
        tree[f"data/actors/a-{i:02d}.yaml"] = f"id: a-{i:02d}\nname: A {i}\ntype: gemeente\nregions: {regions}\n"
    for i in range(missing):
        tree[f"data/actors/b-{i:02d}.yaml"] = f"id: b-{i:02d}\nname: B\ntype: ggz-aanbieder\nregions: [weg-{i}]\n"
    root = make_kb(tree)
    with_workers = outcome(root, use_cache=True)
    assert any(code == "unresolved-reference" for code, *_ in with_workers)
    assert with_workers == outcome(root, use_cache=False)
    (root / ".ggznet-cache" / cache_module.STORE_FILE).unlink()
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 10**9)
    assert outcome(root, use_cache=True) == with_workers


def test_contacts_checked_in_the_workers_give_the_same_problems(broken_kb, parallel, monkeypatch) -> None:  # noqa: F811
    """A file with contacts is clean for a worker only when the contact checks find nothing there: then its record
    need not be built again here. Valid contacts, a bad phone number and a phone as a number, with and without
    workers and the store."""
    root = many(broken_kb)
    actors = root / "data" / "actors"
    for i, contact in enumerate(
        ["{name: Anna, role: adviseur}", "{name: Bo, role: inkoper, phone: '12345'}", "{name: Cas, role: x, phone: 5}",
         "{name: Dirk, role: adviseur, phone: 053-4801234}"]
    ):  # fmt: skip
        (actors / f"contact-{i}.yaml").write_text(
            f"id: contact-{i}\nname: Contact {i}\ntype: gemeente\ncontacts:\n  - {contact}\n", encoding="utf-8"
        )
    expected = outcome(root, use_cache=False)
    assert {p[2] for p in expected if p[0] == "contact-phone"} >= {"data/actors/contact-1.yaml"}
    found = files.scan_tree(root)
    items = [(rel, found.path(rel)) for rel in found.rels]
    got = {raw.path: raw.worker_clean for raw in stored.read_files(root, items, dated=True, workers=2)}
    assert got["data/actors/contact-0.yaml"] and not got["data/actors/contact-1.yaml"]
    assert not got["data/actors/contact-3.yaml"]  # a phone is checked here (the phone library imported once)
    assert outcome(root, use_cache=True) == expected  # cold, through the workers
    assert outcome(root, use_cache=True) == expected  # warm


# -- clean files sent back in runs, registered and written in bulk ---------------------------------------------


def references(root: Path) -> list[tuple]:
    """Every stored reference, in the order written."""
    with sqlite3.connect(root / ".ggznet-cache" / cache_module.STORE_FILE) as db:
        return db.execute("SELECT * FROM refs ORDER BY rowid").fetchall()


def sourced(root: Path) -> Path:
    """`many`'s files with a source each: their facts then hold no problem of their own (plain values)."""
    for path in (root / "data" / "actors").glob("extra-*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text + "sources:\n  - title: Een bron\n", encoding="utf-8")
    return root


def test_a_run_stands_for_the_files_it_holds(broken_kb) -> None:  # noqa: F811
    root = sourced(many(broken_kb))
    found = files.scan_tree(root)

    def read() -> list[files.RawFile]:
        return [files.read_record_file(root, found.path(rel), rel) for rel in found.rels]

    sent = stored._pack_chunk(read(), dated=True, seen_ns=123)
    assert sum(isinstance(item, stored._RunSent) for item in sent) >= 2  # broken files in between end a run
    got: list[files.RawFile] = []
    for item in sent:
        taken = item if isinstance(item, files.RawFile) else stored._unpack(item)
        got += taken.raws() if isinstance(taken, stored.CleanRun) else [taken]
    one_by_one = [item if isinstance(item, files.RawFile) else stored._unpack(item) for item in map(
        lambda raw: stored._pack(raw, dated=True), read())]  # fmt: skip
    assert len(got) == len(one_by_one)
    for a, b in zip(got, one_by_one, strict=True):
        assert isinstance(a, files.RawFile) and isinstance(b, files.RawFile)
        assert fields(stored.whole(a)) == fields(stored.whole(b))
        assert (a.encoded, a.dates, a.derived, a.worker_clean) == (b.encoded, b.dates, b.derived, b.worker_clean)


@pytest.mark.parametrize("json_in_sqlite", [True, False], ids=["sqlite-json", "older-sqlite"])
def test_clean_files_in_runs_give_the_same_store_as_one_by_one(
    broken_kb,  # noqa: F811
    monkeypatch,
    json_in_sqlite: bool,
) -> None:
    # an SQLite before 3.38 (no `->>`) gets a run's references taken apart in Python: the same rows
    monkeypatch.setattr(cache_module, "JSON_IN_SQLITE", json_in_sqlite)
    root = sourced(many(broken_kb))
    # a file before the run holding `extra-005` with that id: the run's ids are not all free, so its files are
    # taken in one by one (and the file named after the id keeps it)
    (root / "data" / "actors" / "aaa.yaml").write_text("id: extra-005\nname: Aaa\ntype: gemeente\n", encoding="utf-8")
    (root / "data" / "actors" / "extra-001.yaml").write_text(  # references, one to a region no file holds
        "id: extra-001\nname: Extra 1\ntype: gemeente\nregions: [twente, nergens]\nsources:\n  - title: Bron\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 10**9)
    without_store = outcome(root, use_cache=False)
    cold = outcome(root, use_cache=True)
    one_by_one, refs_one_by_one = entries(root), references(root)
    assert any(code == "duplicate-id" and path.endswith("aaa.yaml") for code, _, path, *_ in cold)
    (root / ".ggznet-cache" / cache_module.STORE_FILE).unlink()
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 8)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    taken: list[str] = []  # how each run was taken in
    real_register, real_raws = stored.Session.register_run, stored.CleanRun.raws

    def register(session, index, run):
        done = real_register(session, index, run)
        taken.append("bulk" if done else "apart")
        return done

    monkeypatch.setattr(stored.Session, "register_run", register)
    monkeypatch.setattr(stored.CleanRun, "raws", lambda run: real_raws(run))
    assert outcome(root, use_cache=True) == cold == without_store
    assert "bulk" in taken and "apart" in taken
    assert entries(root) == one_by_one
    assert references(root) == refs_one_by_one and refs_one_by_one
    spy: list[str] = []
    real_read = files.read_record_file
    monkeypatch.setattr(files, "read_record_file", lambda *a, **k: spy.append(a[-1]) or real_read(*a, **k))
    assert outcome(root, use_cache=True) == cold  # warm: the list of files vouches for the clean ones
    assert not any("extra" in str(rel) for rel in spy)


def test_runs_let_go_of_their_records_and_take_them_back_when_the_store_is_not_written(
    broken_kb,  # noqa: F811
    monkeypatch,
) -> None:
    root = sourced(many(broken_kb))
    expected = outcome(root, use_cache=False)
    monkeypatch.setattr(readpool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(readpool, "CHUNK", 8)
    monkeypatch.setattr(readpool, "worker_count", lambda: 2)
    kb = KnowledgeBase.open(root)
    assert not kb.index.records["actor"].is_built("extra-007")  # registered in a run: built from the store if read
    assert kb.index.actors["extra-007"].name == "Extra 7"
    (root / ".ggznet-cache" / cache_module.STORE_FILE).unlink()
    _refuse_entries(monkeypatch)
    kb = KnowledgeBase.open(root)
    assert kb.index.records["actor"].is_built("extra-007")  # taken back from its file
    assert kb.index.actors["extra-007"].name == "Extra 7"
    result = kb.validate(today=TODAY)
    assert [(p.code, p.severity, p.path, p.line, p.column, p.message, p.hint) for p in result.problems] == expected

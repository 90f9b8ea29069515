"""The state folder `.ggznet-cache/` holding special files (FIFOs, devices, folders, links) where ggznet keeps
its own files: every command still finishes, answers as without the folder, and removes nothing outside it.

Git cannot carry a FIFO or a device, but a knowledge base may arrive as an archive, a shared folder or a
copy. Each command runs as a real process with a time limit, so that a hang fails the test instead of it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

TIMEOUT = 60
STATE = ".ggznet-cache"


def ggznet(root: Path, *args: str, cache: bool = True) -> subprocess.CompletedProcess[str]:
    """`ggznet ARGS --kb ROOT` as a real process with a time limit (a hang fails the test); `cache=False`
    runs it without the indexed store."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    for name in ("GGZNET_KB", "GGZNET_NO_CACHE"):
        env.pop(name, None)
    if not cache:
        env["GGZNET_NO_CACHE"] = "1"
    try:
        return subprocess.run(
            [sys.executable, "-m", "ggznet", *args, "--kb", str(root)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`ggznet {' '.join(args)}` did not finish in {TIMEOUT} s")


def fifo(path: Path) -> None:
    os.mkfifo(path)


def folder(path: Path) -> None:
    path.mkdir()


def device(path: Path) -> None:
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null


def link_to_fifo(path: Path) -> None:
    target = path.parent.parent.parent / f"elsewhere-{path.name}"
    os.mkfifo(target)
    path.symlink_to(target)


MAKERS: dict[str, Callable[[Path], None]] = {"fifo": fifo, "folder": folder, "link-to-fifo": link_to_fifo}
if hasattr(os, "geteuid") and os.geteuid() == 0:
    MAKERS["device"] = device
NAMES = [
    "store.id",
    "store.sqlite3",
    "store.lock",
    "store.sqlite3-journal",
    "edit.lock",
    "tx-planted/journal.json",
]


@pytest.fixture
def warm_kb(make_kb) -> Path:
    """A knowledge base with a store that the last run made and would trust."""
    root = make_kb()
    assert ggznet(root, "validate").returncode == 0
    assert (root / STATE / "store.sqlite3").is_file()
    return root


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("kind", list(MAKERS))
@pytest.mark.parametrize("name", NAMES)
def test_special_files_in_the_state_folder_never_hang_or_crash(warm_kb: Path, name: str, kind: str) -> None:
    path = warm_kb / STATE / name
    path.parent.mkdir(exist_ok=True)
    if os.path.lexists(path):
        path.unlink()
    MAKERS[kind](path)
    outside = sorted(p.name for p in warm_kb.parent.iterdir())
    done = ggznet(warm_kb, "show", "verzekeraar")
    assert done.returncode == 0 and "Verzekeraar" in done.stdout, done.stderr
    bad = warm_kb / "data/actors/kapot.yaml"
    bad.write_text("id: kapot\nname: Kapot\ntype: onbekend-type\n", encoding="utf-8")
    done = ggznet(warm_kb, "validate")
    assert done.returncode == 1 and "kapot" in done.stdout + done.stderr, done.stderr  # the store hides no error
    bad.unlink()
    done = ggznet(warm_kb, "validate")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "interne fout" not in done.stderr
    assert sorted(p.name for p in warm_kb.parent.iterdir()) == outside


# -- a store with the right inode but a crafted inside ----------------------------------------------------

CRAFTS = {
    "meta is an endless view": [
        "ALTER TABLE meta RENAME TO meta_real",
        "CREATE VIEW meta AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
        " SELECT 'code' AS key, x AS value FROM c",
    ],
    "files is an endless view": [
        "ALTER TABLE files RENAME TO files_real",
        "CREATE VIEW files AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
        " SELECT * FROM files_real, c",
    ],
    "a trigger": [
        "CREATE TRIGGER t AFTER INSERT ON files BEGIN DELETE FROM verdicts; END",
    ],
    "an extra table": ["CREATE TABLE extra (x)"],
    "a costly index": ["CREATE INDEX slow ON files (length(raw) * 2)"],
}


def _craft_in_place(store: Path, statements: list[str], tmp: Path) -> None:
    """Rewrite the store's content through the same file (the inode stays, so `store.id` still matches)."""
    import sqlite3

    inode = store.stat().st_ino
    copy = tmp / "crafted.sqlite3"
    source, target = sqlite3.connect(store), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    for statement in statements:
        target.execute(statement)
    target.commit()
    target.close()
    with store.open("r+b") as handle:
        handle.truncate(0)
        handle.write(copy.read_bytes())
    assert store.stat().st_ino == inode


@pytest.mark.parametrize("craft", list(CRAFTS))
def test_a_store_with_a_crafted_schema_is_discarded_before_any_query(warm_kb: Path, tmp_path: Path, craft: str) -> None:
    _craft_in_place(warm_kb / STATE / "store.sqlite3", CRAFTS[craft], tmp_path)
    done = ggznet(warm_kb, "list", "actors")
    assert done.returncode == 0 and "Verzekeraar" in done.stdout, done.stderr
    bad = warm_kb / "data/actors/kapot.yaml"
    bad.write_text("id: kapot\nname: Kapot\ntype: onbekend-type\n", encoding="utf-8")
    done = ggznet(warm_kb, "validate")
    assert done.returncode == 1 and "kapot" in done.stdout + done.stderr, done.stderr


def test_a_file_system_without_inode_numbers_never_trusts_a_shipped_store(
    warm_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ggznet.store import cache

    folder = warm_kb / STATE
    assert cache._still_ours(folder)
    real = os.lstat

    def no_inodes(path: os.PathLike[str] | str, *args: object, **kwargs: object) -> os.stat_result:
        info = real(path)
        return os.stat_result((info.st_mode, 0, *tuple(info)[2:]))

    (folder / "store.id").write_text("0", encoding="ascii")
    monkeypatch.setattr(cache.os, "lstat", no_inodes)
    assert not cache._still_ours(folder)

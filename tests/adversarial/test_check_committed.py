"""`report --check FILE` and `report --all --check DIR` read a committed report, which is the knowledge base
repository's content: a pull request decides what it is. A link to `/dev/zero` (git carries links), a FIFO or
a file crafted against the header's pattern must not make the check run out of memory, hang or take minutes:
the check says the file cannot be read or is out of date, and exits 1. Each command runs as a real process
under a time limit and a memory limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 60
MEMORY = 1_500 * 2**20


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _check(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    for name in ("GGZNET_KB", "GGZNET_NO_CACHE", "GITHUB_ACTIONS", "GGZNET_LANG"):
        env.pop(name, None)
    try:
        return subprocess.run(
            [sys.executable, "-m", "ggznet", "--kb", str(root), "report", *args, "--as-of", "2026-11-23"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
            check=False,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`ggznet report {' '.join(args)}` did not finish in {TIMEOUT} s")


def _endless(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _crafted_header(path: Path) -> None:
    path.write_text("<!-- ggznet report x; as-of x; lang x; audience x; data " * 20_000 + "\n", encoding="utf-8")


def _huge(path: Path) -> None:
    with open(path, "wb") as out:
        out.truncate(3 * 2**30)  # a sparse file of 3 GB: more than the memory the check may use


MAKERS = {"link to /dev/zero": _endless, "fifo": _fifo, "crafted header": _crafted_header, "huge": _huge}


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
def test_check_of_a_hostile_committed_file(make_kb, tmp_path: Path, make) -> None:
    root = make_kb()
    committed = tmp_path / "regio-a.md"
    make(committed)
    done = _check(root, "regio-a", "--check", str(committed))
    assert done.returncode == 1, done.stderr
    assert "regio-a.md" in done.stderr and "Traceback" not in done.stderr and "interne fout" not in done.stderr


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
def test_check_all_of_a_hostile_committed_folder(make_kb, tmp_path: Path, make) -> None:
    root = make_kb()
    folder = tmp_path / "reports"
    folder.mkdir()
    assert _check(root, "--all", "-o", str(folder)).returncode == 0
    make_path = folder / "regio-a.md"
    make_path.unlink()
    make(make_path)
    done = _check(root, "--all", "--check", str(folder))
    assert done.returncode == 1, done.stderr
    assert "regio-a.md" in done.stderr and "regio-b.md is" in done.stderr  # the others are still checked
    assert "Traceback" not in done.stderr and "interne fout" not in done.stderr


def test_a_committed_report_still_checks(make_kb, tmp_path: Path) -> None:
    root = make_kb()
    committed = tmp_path / "regio-a.md"
    assert _check(root, "regio-a", "-o", str(committed)).returncode == 0
    assert _check(root, "regio-a", "--check", str(committed)).returncode == 0
    committed.write_text(committed.read_text(encoding="utf-8") + "extra\n", encoding="utf-8")
    done = _check(root, "regio-a", "--check", str(committed))
    assert done.returncode == 1 and "+" not in done.stderr.splitlines()[0]
    assert "-extra" in done.stderr


# -- other files a repository brings that ggznet compares or completes from ---------------------------------


@pytest.mark.parametrize("make", [_endless, _fifo], ids=["link to /dev/zero", "fifo"])
def test_schema_check_of_a_hostile_committed_schema(make_kb, tmp_path: Path, make) -> None:
    root = make_kb()
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GGZNET_KB", None)
    out = tmp_path / "schemas"
    ggznet = [sys.executable, "-m", "ggznet", "--kb", str(root), "schema", "--out", str(out)]
    assert subprocess.run(ggznet, capture_output=True, text=True, env=env, timeout=TIMEOUT).returncode == 0
    (out / "actor.schema.json").unlink()
    make(out / "actor.schema.json")
    try:
        done = subprocess.run(
            [*ggznet, "--check"], capture_output=True, text=True, env=env, timeout=TIMEOUT, preexec_fn=_limit_memory
        )
    except subprocess.TimeoutExpired:
        pytest.fail("`ggznet schema --check` did not finish")
    assert done.returncode == 1, done.stderr
    assert "actor.schema.json" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("make", [_endless, _fifo], ids=["link to /dev/zero", "fifo"])
def test_completion_of_themes_with_a_hostile_vocabulary(make_kb, make) -> None:
    root = make_kb()
    (root / "data" / "vocabulary.yaml").unlink()
    make(root / "data" / "vocabulary.yaml")
    code = "from ggznet.cli.completion import _themes; import sys; print(_themes(sys.argv[1]))"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(root)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("completing a theme did not finish")
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr

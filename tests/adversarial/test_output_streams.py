"""Standard output that stops taking text: a reader that closes the pipe early (`ggznet validate | head -1`)
and a full disk (`ggznet report regio-a > /dev/full`).

A reader that stops early must not change what the exit status says: a knowledge base with errors still exits
1 (`set -o pipefail` in CI sees it), a clean one 0, whichever way the command prints (Rich or plain text). A
full disk is the user's to fix, not a bug in ggznet: a clear error, no "internal error", no traceback.
Each command runs as a real process, its standard output a pipe whose reading end is already closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 60
BROKEN = {"data/actors/kapot.yaml": "id: kapot\nnaam: Kapot\n"}  # an error: unknown field, missing name


def _env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    for name in ("GGZNET_KB", "GGZNET_NO_CACHE", "GITHUB_ACTIONS", "GGZNET_LANG"):
        env.pop(name, None)
    return env


def _closed_pipe(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`ggznet ARGS` writing into a pipe that nobody reads any more."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "ggznet", "--kb", str(root), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=TIMEOUT,
            env=_env(),
            check=False,
        )
    finally:
        os.close(write_end)


def _into(root: Path, target: str, *args: str) -> subprocess.CompletedProcess[str]:
    with open(target, "w") as stdout:
        return subprocess.run(
            [sys.executable, "-m", "ggznet", "--kb", str(root), *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=TIMEOUT,
            env=_env(),
            check=False,
        )


VERDICTS = [
    ("validate",),
    ("validate", "--format", "json"),
    ("validate", "--format", "github"),
    ("validate", "--lang", "en"),
    ("report", "regio-a"),
    ("briefing", "2023-03-24-tafel-a"),
    ("network", "regio-a"),
    ("actions", "--fail-if-any"),
]


@pytest.mark.parametrize("args", VERDICTS, ids=" ".join)
def test_a_reader_that_stops_early_does_not_hide_errors(make_kb, args: tuple[str, ...]) -> None:
    root = make_kb(BROKEN)
    found = _closed_pipe(root, *args)
    assert found.returncode == 1, found.stderr
    assert "Traceback" not in found.stderr and "Exception ignored" not in found.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("validate",),
        ("validate", "--format", "github"),
        ("explain",),
        ("explain", "unknown-field"),
        ("report", "regio-a"),
    ],
    ids=" ".join,
)
def test_a_reader_that_stops_early_does_not_make_a_clean_run_fail(make_kb, args: tuple[str, ...]) -> None:
    root = make_kb()
    assert _closed_pipe(root, "validate", "--format", "json").returncode == 0  # (no errors, whatever it prints)
    found = _closed_pipe(root, *args)
    assert found.returncode == 0, found.stderr
    assert "Traceback" not in found.stderr and "Exception ignored" not in found.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize(
    "args", [("validate",), ("validate", "--format", "json"), ("report", "regio-a"), ("list", "actors")], ids=" ".join
)
def test_standard_output_on_a_full_disk_is_a_clear_error(make_kb, args: tuple[str, ...]) -> None:
    root = make_kb()
    found = _into(root, "/dev/full", *args)
    assert found.returncode == 2, found.stderr
    assert "kan niet schrijven: schijf vol" in found.stderr
    assert "interne fout" not in found.stderr and "Traceback" not in found.stderr
    assert "Exception ignored" not in found.stderr


def test_json_of_a_file_name_that_is_not_utf8_is_utf8(make_kb) -> None:
    """A file name with a byte that is not UTF-8 (git carries such names) in `validate --format json`: valid UTF-8
    and valid JSON whatever the locale's error handler (a strict one gave an internal error), and the name comes
    back byte for byte."""
    root = make_kb()
    name = b"kapot\xff.yaml"
    try:
        with open(os.path.join(os.fsencode(root), b"data", b"actors", name), "wb") as handle:
            handle.write(b"id: kapot\n")
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")
    env = {**_env(), "PYTHONIOENCODING": "utf-8:strict"}
    for fmt in ("json", "github", "text"):
        done = subprocess.run(
            [sys.executable, "-m", "ggznet", "--kb", str(root), "validate", "--format", fmt],
            capture_output=True,
            timeout=TIMEOUT,
            env=env,
            check=False,
        )
        assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
        out = done.stdout.decode("utf-8")  # strictly
        if fmt == "json":
            paths = {p["path"] for p in json.loads(out)["problems"]}
            assert os.fsencode(f"data/actors/{os.fsdecode(name)}") in {os.fsencode(p) for p in paths}

"""`ggznet validate --summary PATH` where PATH is a FIFO: never waits for a reader that does not come. Without a
reader it is a usage error at once (exit 2, in the language of the run); with one, the summary goes to it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")


def ggznet(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, in its own process: one that hangs fails the test (after a minute), not the
    run."""
    environment = {k: v for k, v in os.environ.items() if k != "GGZNET_LANG"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "ggznet", *args], capture_output=True, text=True, timeout=60, env=environment
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "summary.fifo"
    os.mkfifo(path)
    return path


def test_a_fifo_nobody_reads_is_a_usage_error_in_dutch(make_kb, fifo) -> None:
    run = ggznet("validate", "--kb", str(make_kb()), "--summary", str(fifo))
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"fout: --summary: {fifo} is een FIFO of apparaat waar niemand uit leest",
        "  tip: start eerst wat eruit leest, of noem een bestand",
    ]
    assert fifo.exists() and not fifo.is_file()  # left as it was


def test_a_fifo_nobody_reads_is_a_usage_error_in_english(make_kb, fifo) -> None:
    run = ggznet("validate", "--kb", str(make_kb()), "--summary", str(fifo), env={"GGZNET_LANG": "en"})
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"error: --summary: {fifo} is a FIFO or device that nobody reads",
        "  hint: start its reader first, or name a file",
    ]


def test_a_fifo_with_a_reader_gets_the_summary(make_kb, fifo) -> None:
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader that is there before the command writes
    try:
        run = ggznet("validate", "--kb", str(make_kb()), "--summary", str(fifo))
        os.set_blocking(reader, True)
        received = b""
        while chunk := os.read(reader, 65536):
            received += chunk
    finally:
        os.close(reader)
    assert run.returncode == 0, run.stderr
    assert "✅ **geslaagd**: Geen problemen" in received.decode("utf-8")

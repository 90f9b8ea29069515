"""Running ggznet with its stdout on a pseudo-terminal, as a person sees it (tables, colour, the pager's rules)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path


def run_on_terminal(*args: str, env: Mapping[str, str], cwd: Path | None = None) -> tuple[int, str]:
    """`python -m ggznet ARGS` with stdout on a pseudo-terminal: its exit status and what it printed."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ggznet", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=dict(env),
        cwd=cwd,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")

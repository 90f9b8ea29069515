"""Long output on a terminal goes through a pager, as git does; never in a pipe, a file or with --no-pager."""

from __future__ import annotations

import io
import os
import shlex
import shutil
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO


def pager_command(env: Mapping[str, str], *, stdout_is_terminal: bool, no_pager: bool) -> str | None:
    """The pager to run (a command line, as git takes it from $PAGER), or None to print directly.

    $GGZNET_PAGER, else $PAGER, else `less`; an empty value or `cat` means no pager, and so does a pager
    that is not installed. Only when standard output is a terminal and --no-pager was not given.
    """
    if no_pager or not stdout_is_terminal:
        return None
    for name in ("GGZNET_PAGER", "PAGER"):
        if name in env:
            value = env[name].strip()
            if not value or value == "cat":
                return None
            try:
                program = shlex.split(value, posix=os.name != "nt")[0]
            except (ValueError, IndexError):
                return None
            return value if shutil.which(program) else None
    if shutil.which("less"):
        return "less"
    return "more" if os.name == "nt" and shutil.which("more") else None


class _Capture(io.StringIO):
    """Collects what a command prints while still telling Rich and the commands that this is a terminal."""

    def __init__(self, real: TextIO) -> None:
        super().__init__()
        self._real = real

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._real.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._real, "encoding", None) or "utf-8"


def _terminal_lines() -> int:
    return shutil.get_terminal_size((80, 24)).lines


@contextmanager
def paged(no_pager: bool) -> Iterator[None]:
    """Run a block with its standard output going to the pager when it is longer than the terminal."""
    command = pager_command(os.environ, stdout_is_terminal=sys.stdout.isatty(), no_pager=no_pager)
    if command is None:
        yield
        return
    real = sys.stdout
    capture = _Capture(real)
    sys.stdout = capture
    try:
        yield
    finally:
        sys.stdout = real
        show(capture.getvalue(), command, real)


def show(text: str, command: str, real: TextIO) -> None:
    """Text to the pager when it does not fit on the screen; straight to the terminal otherwise."""
    if not text:
        return
    if text.count("\n") < _terminal_lines() - 1:
        real.write(text)
        real.flush()
        return
    import pydoc

    os.environ.setdefault("LESS", "FRX")  # as git: quit when it fits, keep colours, leave the text on screen
    os.environ.setdefault("LV", "-c")
    pydoc.pipepager(text, command)  # the standard library's pager: a shell command line, ^C left to the pager

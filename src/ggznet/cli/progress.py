"""A progress bar on stderr for long loads on a terminal; nothing otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ggznet.cli.console import color_allowed

SHOW_AFTER_SECONDS = 1.0


@contextmanager
def load_progress() -> Iterator[Callable[[int, int], None] | None]:
    """Yields a callback `(done, total)`; the bar appears only on a terminal and after a second."""
    if not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    state: dict[str, object] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            if time.monotonic() - started < SHOW_AFTER_SECONDS or done >= total:
                return
            from rich.progress import Progress

            from ggznet.cli.console import err

            bar = Progress(console=err(), transient=True, disable=not color_allowed(sys.stderr) and False)
            bar.start()
            state["bar"] = bar
            state["task"] = bar.add_task("reading records", total=total)
        bar = state["bar"]
        bar.update(state["task"], completed=done)  # type: ignore[attr-defined]

    try:
        yield update
    finally:
        if "bar" in state:
            state["bar"].stop()  # type: ignore[attr-defined]

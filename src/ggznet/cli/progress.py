"""A progress bar on stderr for long loads on a terminal; nothing otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER_SECONDS = 1.0


@contextmanager
def load_progress() -> Iterator[Callable[[int, int], None] | None]:
    """Yields a callback `(done, total)`; the bar appears only on a terminal and after a second."""
    if not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    shown: list[tuple[Progress, TaskID]] = []

    def update(done: int, total: int) -> None:
        if not shown:
            if time.monotonic() - started < SHOW_AFTER_SECONDS or done >= total:
                return
            from rich.progress import Progress

            from ggznet.cli.console import err
            from ggznet.cli.lang import t

            bar = Progress(console=err(), transient=True)
            bar.start()
            shown.append((bar, bar.add_task(t("reading records"), total=total)))
        bar, task = shown[0]
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        for bar, _task in shown:
            bar.stop()


@contextmanager
def working(message: str) -> Iterator[None]:
    """A spinner with `message` on stderr while long work runs (a national report in PDF takes a minute): only on
    a terminal, only once the work has taken a second, and gone when it is done. Nothing otherwise."""
    if not sys.stderr.isatty():
        yield
        return
    import threading

    from rich.status import Status
    from rich.text import Text

    from ggznet.cli.console import err

    lock = threading.Lock()
    shown: list[Status] = []
    over = threading.Event()

    def show() -> None:
        with lock:
            if over.is_set():
                return
            status = err().status(Text(message), spinner="dots")  # a path's `[/]` is text, never Rich markup
            status.start()
            shown.append(status)

    timer = threading.Timer(SHOW_AFTER_SECONDS, show)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            over.set()
            for status in shown:
                status.stop()


def writing(path: object) -> AbstractContextManager[None]:
    """`working` with the message that `path` is being written (a document, an export, a site)."""
    from ggznet.cli.lang import t

    return working(t("writing {path}…", path=path))

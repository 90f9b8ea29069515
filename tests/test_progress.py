"""A sign of life on a terminal while a long document, export or site is made (a national report takes a minute)."""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import TODAY, Run
from ggznet.cli import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_working_shows_its_message_on_a_terminal_and_clears_it(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setattr(progress, "SHOW_AFTER_SECONDS", 0.0)
    with progress.working("twente.pdf schrijven…"):
        for _ in range(10_000):  # until the sign is up (it comes from a timer thread); no time is measured
            if "twente.pdf schrijven…" in screen.getvalue():
                break
            progress.time.sleep(0.001)
    shown = screen.getvalue()
    assert "twente.pdf schrijven…" in shown
    assert shown.endswith("\x1b[2K")  # the line erased when the work is done: nothing left between the outputs


def test_working_shows_a_path_as_written_never_as_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o "rapport[/]v2.pdf"`: a closing tag with nothing open would make Rich raise in the spinner's thread."""
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setattr(progress, "SHOW_AFTER_SECONDS", 0.0)
    failed: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failed.append(args.exc_value))
    message = "rapport[/]v2 [bold]x[/bold].pdf schrijven…"
    with progress.working(message):
        for _ in range(10_000):
            if message in screen.getvalue() or failed:
                break
            progress.time.sleep(0.001)
    assert not failed and message in screen.getvalue()


def test_working_says_nothing_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    monkeypatch.setattr(progress, "SHOW_AFTER_SECONDS", 0.0)
    with progress.working("twente.pdf schrijven…"):
        pass
    assert pipe.getvalue() == ""


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []

    @contextmanager
    def working(message: str) -> Iterator[None]:
        messages.append(message)
        yield

    monkeypatch.setattr(progress, "working", working)
    return messages


@pytest.mark.parametrize(
    "args",
    [
        ["report", "regio-a", "-o", "{out}/regio-a.docx"],
        ["briefing", "2099-07-14-tafel-a", "-o", "{out}/b.md"],
        ["export", "xlsx", "{out}/kb.xlsx"],
        ["export", "sqlite", "{out}/kb.db"],
        ["site", "-o", "{out}/site"],
    ],
)
def test_long_writes_show_a_sign_of_life(
    cli: Callable[..., Run], make_kb: Callable[..., Path], tmp_path: Path, said: list[str], args: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    run = cli(*[a.format(out=out) for a in args], "--kb", str(make_kb()), "--as-of", TODAY)
    assert run.exit_code == 0, run.stderr
    target = Path(args[-1].format(out=out)).name
    assert len(said) == 1 and target in said[0] and said[0].endswith("schrijven…"), said

"""Terminal output: the Rich consoles for stdout and stderr, colour only where it belongs."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def color_allowed(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _console(stderr: bool) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    return Console(
        stderr=stderr,
        no_color=not color_allowed(stream),
        highlight=False,
        soft_wrap=not color_allowed(stream),
        emoji=False,
    )


def out() -> Console:
    return _console(False)


def err() -> Console:
    return _console(True)


def escape(text: str) -> str:
    """Text printed through a console as it is: `[bold]` in user data is not taken as Rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def print_markdown(text: str) -> None:
    """Markdown rendered for the terminal (headings, tables, lists) on standard output."""
    from rich.markdown import Markdown

    out().print(Markdown(text))


def say_error(message: str, hint: str | None = None) -> None:
    console = err()
    console.print(f"[bold red]error:[/] {escape(message)}")
    if hint:
        console.print(f"  [dim]hint:[/] {escape(hint)}")

"""Terminal output: the Rich consoles for stdout and stderr, colour only where it belongs.

The consoles never read Rich markup in what they print: record text such as a name holding
`[link=…]…[/link]` or `[/]` is printed as it stands. Styling is asked for explicitly with `styled`,
which escapes every value it puts into its template.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterable
from functools import cache
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ggznet.errors import GgznetError


def color_allowed(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _console(stderr: bool, file: IO[str] | None = None) -> Console:
    stream = file or (sys.stderr if stderr else sys.stdout)
    return _console_class()(
        file=file,
        stderr=stderr,
        no_color=not color_allowed(stream),
        markup=False,
        highlight=False,
        soft_wrap=not _is_terminal(stream),  # wrap to the width of a terminal, with or without colour
        emoji=False,
    )


@cache
def _console_class() -> type[Console]:
    from rich.console import Console
    from rich.segment import Segment

    from ggznet.charpolicy import shown_in

    class _Console(Console):
        """Rich's console, except that a reader who stops reading (a closed pipe) is left to the command line's
        error boundary, as with any other output: Rich's own answer is to exit 1, which says "problems found"."""

        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            """Text as Rich renders it, every refused character of the text shown as an escape (a record's name
            holding ESC or BEL never reaches the terminal as a control sequence); Rich's own codes are kept."""
            return super()._render_buffer(
                Segment(shown_in(s.text), s.style, s.control) if s.text and not s.control else s for s in buffer
            )

    return _Console


# The exit status of this run should its reader stop reading standard output before the end (`ggznet validate |
# head -1`): the command's verdict where it is known before the output, so that a closed pipe never turns
# "problems found" into "fine" (nor the reverse). Set by the command; reset for each run by the error boundary.
_CUT_SHORT = {"status": 0}


def if_cut_short(status: int) -> None:
    """Exit with `status` should standard output be closed by its reader before the command is done."""
    _CUT_SHORT["status"] = status


def cut_short_status() -> int:
    return _CUT_SHORT["status"]


def out() -> Console:
    return _console(False)


def err(file: IO[str] | None = None) -> Console:
    """The console for errors: stderr, or `file` when one is given."""
    return _console(True, file)


def styled(template: str, *values: object) -> Text:
    """Rich text from a markup template written in ggznet's code, with each `{}` filled by a value
    escaped for markup: `styled("[red]✗[/] {} is out of date", path)`."""
    from rich.markup import escape
    from rich.text import Text

    return Text.from_markup(template.format(*(escape(str(v)) for v in values)))


def print_markdown(text: str) -> None:
    """Markdown rendered for the terminal (headings, tables, lists) on standard output."""
    from rich.markdown import Markdown

    out().print(Markdown(text))


def say_error(message: str, hint: str | None = None) -> None:
    """An error (and a hint) on stderr, in the language of this run."""
    from ggznet.cli.lang import translate

    print_error(translate(message) or "", translate(hint))


def say_failure(error: GgznetError) -> None:
    """An error ggznet raised, on stderr in the language of this run (a refused edit's problems each put in it)."""
    from ggznet.cli.lang import error_text

    print_error(*error_text(error))


def print_error(message: str, hint: str | None = None) -> None:
    """An error (and a hint) on stderr, already in the language of this run (as `t` gives it)."""
    from ggznet.cli.lang import t

    console = err()
    console.print(styled(f"[bold red]{t('error:')}[/] {{}}", message))
    if hint:
        console.print(styled(f"  [dim]{t('hint:')}[/] {{}}", hint))


def warn(message: str) -> None:
    """A warning on stderr, in the language of this run; `message` is plain text (no markup)."""
    from ggznet.cli.lang import t

    err().print(styled(f"[yellow]{t('warning:')}[/] {{}}", message))

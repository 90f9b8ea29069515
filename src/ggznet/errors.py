"""The error base class and the exit codes every command maps to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ggznet.problems import Problem


class ExitStatus(IntEnum):
    """Process exit codes: 0 clean, 1 problems found, 2 usage or setup error, 3 internal error."""

    OK = 0
    PROBLEMS = 1
    USAGE = 2
    INTERNAL = 3


class GgznetError(Exception):
    """A failure the user can act on. The CLI prints `message` (and `hint`) without a traceback."""

    exit_status: ExitStatus = ExitStatus.PROBLEMS

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(GgznetError):
    """The command line asked for something that cannot be: unknown id, bad option value."""

    exit_status = ExitStatus.USAGE


class KnowledgeBaseNotFound(UsageError):
    """No knowledge base could be found from --kb, GGZNET_KB or the current folder."""


class EditRefused(GgznetError):
    """An edit would make the knowledge base invalid or touch something it must not."""


INVALID_EDIT = "the edit would make the knowledge base invalid; nothing was written:\n{problems}"
MORE_LISTED = "{problems}\n  … and {count} more"


def _english(template: str, **values: object) -> str:
    return template.format(**values)


class InvalidEdit(EditRefused):
    """An edit refused because it would add errors to the knowledge base; `problems` holds them, as data, so
    that the command line can put each in the language of its run (`text`) as `validate` does."""

    SHOWN = 10  # problems listed in the message; the rest are counted

    def __init__(self, problems: Sequence[Problem], hint: str | None = None) -> None:
        self.problems = tuple(problems)
        super().__init__(self.text(), hint)

    def text(self, t: Callable[..., str] = _english, problems: Sequence[Problem] | None = None) -> str:
        """The message: `problems` (by default this error's own) listed one a line, `  path:line:column: code
        message`, the first SHOWN of them; `t` puts a template and its values in words (English by default)."""
        listed = self.problems if problems is None else problems
        lines = "\n".join(f"  {p.path}:{p.line}:{p.column}: {p.code} {p.message}" for p in listed[: self.SHOWN])
        if len(listed) > self.SHOWN:
            lines = t(MORE_LISTED, problems=lines, count=len(listed) - self.SHOWN)
        return t(INVALID_EDIT, problems=lines)

"""The error base class and the exit codes every command maps to."""

from __future__ import annotations

from enum import IntEnum


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

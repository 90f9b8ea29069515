"""Problems found in the knowledge base: plain values that checks return and outputs format."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one place in the knowledge base.

    `path` is relative to the knowledge-base root (`data/actors/menzis.yaml`); `line` and `column`
    are 1-based, 0 when unknown. `loc` is the field path inside the record, used to find the line
    for problems that checks report without one.
    """

    code: str
    severity: Severity
    path: str
    message: str
    hint: str | None = None
    line: int = 0
    column: int = 0
    loc: tuple[str | int, ...] = field(default=(), compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)

    def located(self, line: int, column: int) -> Problem:
        return Problem(self.code, self.severity, self.path, self.message, self.hint, line, column, self.loc)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("loc")
        data["severity"] = str(self.severity)
        return {k: data[k] for k in ("code", "severity", "path", "line", "column", "message", "hint")}


def error(code: str, path: str, message: str, hint: str | None = None, **kw: Any) -> Problem:
    return Problem(code, Severity.ERROR, path, message, hint, **kw)


def warning(code: str, path: str, message: str, hint: str | None = None, **kw: Any) -> Problem:
    return Problem(code, Severity.WARNING, path, message, hint, **kw)

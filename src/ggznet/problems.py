"""Problems found in the knowledge base: plain values that checks return and outputs format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from ggznet import charpolicy
from ggznet.personal import mask_bsns

MAX_MESSAGE = 300


def printable(text: str, *, limit: int | None = None) -> str:
    """Text safe to print on a terminal or in a CI log: every character the Unicode policy refuses
    (control, invisible, direction-changing) and line breaks shown as escapes (`\\u202e`), any BSN
    masked (`11*******`), and cut to `limit` characters."""
    text = charpolicy.escape(mask_bsns(text))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def whole_items(
    head: str, items: Sequence[str], sep: str, tail: Callable[[int], str], *, most: int | None = None
) -> list[str]:
    """The first of `items` (at most `most`) that fit a message after `head`, each whole, and at least one; where
    some are left out, `sep` and `tail(left out)` follow them and count towards the length. An item cut off
    halfway by the length bound would read as another id, and could not be put into Dutch as what it is."""
    shown: list[str] = []
    for n, item in enumerate(items[:most]):
        rest = len(items) - n - 1
        after = len(sep) + len(tail(rest)) if rest else 0
        if shown and len(head) + len(sep.join([*shown, item])) + after > MAX_MESSAGE:
            break
        shown.append(item)
    return shown


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # worth knowing, never a failure (not even with --strict)


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", mask_bsns(self.path))  # a BSN in a file name is not echoed either
        object.__setattr__(self, "message", printable(self.message, limit=MAX_MESSAGE))
        if self.hint is not None:
            object.__setattr__(self, "hint", printable(self.hint, limit=MAX_MESSAGE))

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)

    def located(self, line: int, column: int) -> Problem:
        return Problem(self.code, self.severity, self.path, self.message, self.hint, line, column, self.loc)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("loc")
        data["severity"] = str(self.severity)
        return {k: data[k] for k in ("code", "severity", "path", "line", "column", "message", "hint")}


def dotted(loc: tuple[str | int, ...]) -> str:
    """A field path as authors write it: `outcomes.actions[0].owner`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def error(code: str, path: str, message: str, hint: str | None = None, **kw: Any) -> Problem:
    return Problem(code, Severity.ERROR, path, message, hint, **kw)


def warning(code: str, path: str, message: str, hint: str | None = None, **kw: Any) -> Problem:
    return Problem(code, Severity.WARNING, path, message, hint, **kw)


def info(code: str, path: str, message: str, hint: str | None = None, **kw: Any) -> Problem:
    return Problem(code, Severity.INFO, path, message, hint, **kw)

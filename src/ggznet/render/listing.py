"""A listing: rows with named columns, the payload of every listing command's writers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ggznet.errors import UsageError


@dataclass
class Listing:
    """Rows with a fixed column order; values are text, numbers, booleans, lists or None.

    `columns` are shown by default; `extra` are further columns the rows hold, which `--columns`
    can ask for. `note` is a warning shown above the rows where the format has room for it.
    """

    columns: Sequence[str]
    rows: list[dict[str, Any]]
    title: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    highlight: dict[int, str] = field(default_factory=dict)  # row index -> Rich style on a terminal
    extra: Sequence[str] = ()
    note: str | None = None

    @property
    def available(self) -> list[str]:
        return [*self.columns, *(c for c in self.extra if c not in self.columns)]

    def select(self, wanted: Sequence[str] | None) -> Listing:
        """The listing with these columns, in this order; a usage error names the valid ones."""
        if not wanted:
            return self
        unknown = [c for c in wanted if c not in self.available]
        if unknown:
            raise UsageError(
                f"--columns: unknown column{'s' if len(unknown) > 1 else ''} {', '.join(f'`{c}`' for c in unknown)}",
                f"choose from: {', '.join(self.available)}",
            )
        return replace(self, columns=list(dict.fromkeys(wanted)))


def parse_columns(values: Sequence[str] | None) -> list[str] | None:
    """`--columns id,name --columns owner` → ["id", "name", "owner"]; None when not given."""
    if not values:
        return None
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not names:
        raise UsageError("--columns: no column names given", "e.g. --columns id,name,owner")
    return names

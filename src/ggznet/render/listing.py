"""A listing: rows with named columns, the payload of every listing command's writers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ggznet.errors import UsageError

ID_COLUMNS = ("id", "meeting", "owner", "forum", "part_of", "commit", "regions", "kind", "field", "date", "due")


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
    words: set[str] = field(default_factory=set)  # columns of vocabulary slugs, shown as words in English tables
    ids: set[str] = field(default_factory=lambda: set(ID_COLUMNS))  # columns whose values never break mid-word
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # column -> {value: how tables show it}

    def header(self, column: str, lang: str) -> str:
        """The column's header in a language (tables, Markdown, workbooks; other formats keep the key)."""
        from ggznet.render.i18n import column as label

        return self.headers.get(column) or label(column, lang)

    def shown(self, column: str, value: Any, lang: str) -> Any:
        """A value as a table or Markdown cell shows it: mapped through `values`, vocabulary slugs as English
        words in English."""
        if column in self.values:
            mapping = self.values[column]
            if isinstance(value, list | tuple):
                return [mapping.get(v, v) if isinstance(v, str) else v for v in value]
            return mapping.get(value, value) if isinstance(value, str) else value
        if column not in self.words or lang != "en":
            return value
        from ggznet.render.i18n import word

        if isinstance(value, list | tuple):
            return [word(str(v), "en") for v in value]
        return word(str(value), "en") if isinstance(value, str) else value

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

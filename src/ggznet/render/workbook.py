"""Excel workbooks with XlsxWriter: a listing as one sheet, or the whole knowledge base as linked sheets.

Every sheet has a frozen, filtered header row and set column widths; full dates are Excel dates
(partial ones, like `2023-03`, stay text: a day is never invented); vocabulary columns carry a
drop-down list (data validation) from the vocabulary; references are hyperlinks to the row of the
record they name. Text that a spreadsheet would read as a formula is stored as text with Excel's
quote prefix (shown unchanged, never run). Same data: same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ggznet.render.cells import starts_like_formula

Worksheet = Any  # XlsxWriter ships no type information

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_WIDTH, MAX_WIDTH = 8, 60
EPOCH_PROPERTIES = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class Link:
    """A cell that shows `text` and links to the row of record `target` (`kind:id`) in its sheet."""

    text: str
    target: str


@dataclass
class Sheet:
    """One sheet: column keys, header texts, rows of values; `choices` maps a column to its allowed values."""

    name: str
    columns: Sequence[str]
    rows: list[dict[str, Any]]
    headers: dict[str, str] = field(default_factory=dict)
    choices: dict[str, list[str]] = field(default_factory=dict)
    kind: str | None = None  # the record kind whose ids are in column `id` (a target for links)


WORDS = {
    "nl": {
        "lists": "Keuzelijsten",
        "error_title": "Waarde uit de woordenlijst",
        "error": "Kies een waarde uit de lijst.",
    },
    "en": {"lists": "Word lists", "error_title": "Value from the word list", "error": "Choose a value from the list."},
}
"""The workbook's own words: the hidden sheet of word lists and what Excel says of a value not in a drop-down."""


class _Writer:
    def __init__(self, title: str, created: dt.date | None, lang: str = "nl") -> None:
        import xlsxwriter  # type: ignore[import-untyped]  # no type information shipped

        self.buffer = io.BytesIO()
        self.book: Any = xlsxwriter.Workbook(
            self.buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        )
        when = dt.datetime.combine(created, dt.time()) if created else EPOCH_PROPERTIES
        self.book.set_properties({"title": title, "author": "ggznet", "created": when, "comments": "ggznet"})
        self.header = self.book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": True})
        self.date = self.book.add_format({"num_format": "dd-mm-yyyy", "align": "left"})
        self.text_literal = self.book.add_format({"quote_prefix": True})
        self.link = self.book.add_format({"font_color": "#0563C1", "underline": 1})
        self.wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.rows: dict[str, tuple[str, int]] = {}  # "kind:id" -> (sheet name, row number)
        self.list_columns: dict[tuple[str, ...], str] = {}
        self.words = WORDS.get(lang, WORDS["nl"])

    def plan(self, sheets: Sequence[Sheet]) -> None:
        """Remember where each record's row will be, so that links can point forward too."""
        for sheet in sheets:
            if sheet.kind:
                for n, row in enumerate(sheet.rows, start=1):
                    self.rows[f"{sheet.kind}:{row.get('id')}"] = (sheet.name, n)

    def sheet(self, sheet: Sheet) -> None:
        ws = self.book.add_worksheet(sheet.name)
        widths = [len(sheet.headers.get(c, c)) + 2 for c in sheet.columns]
        for col, key in enumerate(sheet.columns):
            ws.write_string(0, col, sheet.headers.get(key, key), self.header)
        for r, row in enumerate(sheet.rows, start=1):
            for col, key in enumerate(sheet.columns):
                shown = self._cell(ws, r, col, row.get(key))
                widths[col] = max(widths[col], min(shown, MAX_WIDTH))
        for col, key in enumerate(sheet.columns):
            width = max(MIN_WIDTH, min(widths[col], MAX_WIDTH))
            ws.set_column(col, col, width, self.wrap if widths[col] >= MAX_WIDTH else None)
            if key in sheet.choices and sheet.rows:
                ws.data_validation(
                    1, col, len(sheet.rows), col,
                    {"validate": "list", "source": self._choice_range(sheet.choices[key]),
                     "error_title": self.words["error_title"], "error_message": self.words["error"]},
                )  # fmt: skip
        ws.freeze_panes(1, 1 if sheet.columns and sheet.columns[0] == "id" else 0)
        ws.autofilter(0, 0, max(len(sheet.rows), 1), max(len(sheet.columns) - 1, 0))

    def _cell(self, ws: Worksheet, r: int, col: int, value: Any) -> int:
        """Write one value; return its display width."""
        if value is None or value == []:
            return 0
        if isinstance(value, Link):
            target = self.rows.get(value.target)
            if target is None:  # not in this workbook (left out for the audience): plain text
                return self._text(ws, r, col, value.text)
            sheet_name, row = target
            ws.write_url(r, col, f"internal:'{sheet_name}'!A{row + 1}", self.link, string=value.text)
            return len(value.text)
        if isinstance(value, bool):
            ws.write_boolean(r, col, value)
            return 5
        if isinstance(value, int | float):
            ws.write_number(r, col, value)
            return len(str(value))
        if isinstance(value, dt.date):
            ws.write_datetime(r, col, dt.datetime.combine(value, dt.time()), self.date)
            return 10
        if isinstance(value, list | tuple):
            return self._text(ws, r, col, "; ".join(str(v) for v in value))
        text = str(value)
        if FULL_DATE.match(text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                return self._text(ws, r, col, text)
            ws.write_datetime(r, col, dt.datetime.combine(day, dt.time()), self.date)
            return 10
        return self._text(ws, r, col, text)

    def _text(self, ws: Worksheet, r: int, col: int, text: str) -> int:
        ws.write_string(r, col, text, self.text_literal if starts_like_formula(text) else None)
        return len(text)

    def _choice_range(self, values: list[str]) -> str:
        """A range on the hidden sheet of word lists (written last) holding these values.

        A range, not an inline list: Excel limits inline lists to 255 characters."""
        key = tuple(values)
        if key not in self.list_columns:
            letter = _column_letter(len(self.list_columns))
            self.list_columns[key] = f"='{self.words['lists']}'!${letter}$1:${letter}${len(values)}"
        return self.list_columns[key]

    def close(self) -> bytes:
        if self.list_columns:
            lists = self.book.add_worksheet(self.words["lists"])
            lists.hide()
            for col, values in enumerate(self.list_columns):
                for n, v in enumerate(values):
                    lists.write_string(n, col, v)
        self.book.close()
        return self.buffer.getvalue()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def workbook(sheets: Sequence[Sheet], *, title: str, created: dt.date | None = None, lang: str = "nl") -> bytes:
    """The sheets as the bytes of an .xlsx file; `created` (e.g. the as-of date) goes in the properties."""
    writer = _Writer(title, created, lang)
    writer.plan(sheets)
    for sheet in sheets:
        writer.sheet(sheet)
    return writer.close()


def listing_workbook(
    columns: Sequence[str], rows: list[dict[str, Any]], *, headers: dict[str, str] | None = None, title: str = "ggznet"
) -> bytes:
    """One listing (`ggznet list … -o x.xlsx`) as a workbook of one sheet."""
    return workbook([Sheet(_sheet_name(title), columns, rows, headers or {})], title=title)


def _sheet_name(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "ggznet"


SHEET_NAMES = {
    "nl": {
        "regions": "Regio's", "actors": "Actoren", "initiatives": "Initiatieven", "meetings": "Bijeenkomsten",
        "actions": "Acties", "initiative_actors": "Rollen", "themes": "Thema's", "contacts": "Contactpersonen",
    },
    "en": {
        "regions": "Regions", "actors": "Actors", "initiatives": "Initiatives", "meetings": "Meetings",
        "actions": "Actions", "initiative_actors": "Roles", "themes": "Themes", "contacts": "Contacts",
    },
}  # fmt: skip
# link tables folded into the sheet of their record as a list column: (table, key column, value column, sheet)
FOLDED = [  # each is put right after the name, so the last one listed comes first
    ("initiative_themes", "initiative", "theme", "initiatives", "themes"),
    ("initiative_regions", "initiative", "region", "initiatives", "regions"),
    ("actor_regions", "actor", "region", "actors", "regions"),
    ("meeting_regions", "meeting", "region", "meetings", "regions"),
]


def knowledge_base_workbook(index: Any, *, as_of: dt.date, lang: str = "nl", contacts: bool = True) -> bytes:
    """`ggznet export xlsx`: a sheet per kind, actions and roles, with links between the sheets."""
    from ggznet.render.tables import tables

    found = {t.name: t for t in tables(index, as_of=as_of, contacts=contacts)}
    for link_table, key, value, target, column in FOLDED:
        values: dict[str, list[str]] = {}
        for row in found[link_table].rows:
            values.setdefault(row[key], []).append(row[value])
        table = found[target]
        at = table.columns.index("name" if "name" in table.columns else "title") + 1
        if column not in table.columns:
            table.columns.insert(at, column)
        for row in table.rows:
            row[column] = values.get(row["id"], [])
    names = SHEET_NAMES.get(lang, SHEET_NAMES["nl"])
    sheets = []
    for name, sheet_name in names.items():
        if name not in found:
            continue
        table = found[name]
        rows = [
            {
                c: (Link(v, f"{table.refs[c]}:{v}") if c in table.refs and isinstance(v, str) else v)
                for c, v in r.items()
            }
            for r in table.rows
        ]
        sheets.append(Sheet(sheet_name, table.columns, rows, {}, table.choices, table.kind))
    title = "ggznet: kennisbank" if lang == "nl" else "ggznet: knowledge base"
    return workbook(sheets, title=title, created=as_of, lang=lang)

"""The network in Kumu's documented import formats: a JSON blueprint, and CSV sheets of elements and connections.

Kumu's documentation fixes the format (https://docs.kumu.io/guides/import/blueprints and
https://docs.kumu.io/guides/import/import): a blueprint is `{"elements": [...], "connections": [...]}`
with the keys `id`, `label`, `type` and `tags` (an array) on elements and `from`, `to`, `type` and
`direction` on connections; once elements have ids, connections name them by id. A spreadsheet
starts with `ID` (or `Label`) for elements and `From`, `To` for connections, and separates several
values in one cell with `|`.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ggznet.index import Index
from ggznet.network import Network

SEPARATOR = "|"
DIRECTION = "directed"  # ggznet's edges read one way: actor → initiative, meeting → region, …

# Custom fields, named alike in JSON and CSV (Kumu's own examples capitalise custom fields).
CUSTOM_FIELDS = ("Subtype", "Status", "Date", "Domains", "Themes")
MULTI_VALUED = {"Tags", "Domains", "Themes"}
ELEMENT_COLUMNS = ("ID", "Label", "Type", "Tags", *CUSTOM_FIELDS)
CONNECTION_COLUMNS = ("From", "To", "Type", "Direction")


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _element(index: Index, key: str, attrs: dict[str, Any]) -> dict[str, Any]:
    record = index.records[attrs["kind"]][attrs["id"]]
    domains = [str(d) for d in getattr(record, "domains", [])]
    themes = [str(t) for t in getattr(record, "themes", [])]
    element: dict[str, Any] = {
        "id": key,
        "label": attrs["label"],
        "type": attrs["kind"],
        "tags": _unique([*domains, *themes, *(str(t) for t in record.tags)]),
    }
    for name, value in (("Subtype", attrs.get("type")), ("Status", attrs.get("status")), ("Date", attrs.get("date"))):
        if value:
            element[name] = str(value)
    if domains:
        element["Domains"] = domains
    if themes:
        element["Themes"] = themes
    return element


def blueprint(net: Network, index: Index) -> dict[str, list[dict[str, Any]]]:
    """Kumu's JSON import: elements with id, label, type and tags (plus ggznet's fields), connections by id."""
    elements = [_element(index, key, attrs) for key, attrs in net.nodes.items()]
    connections = [{"from": s, "to": t, "type": kind, "direction": DIRECTION} for s, t, kind in net.edges]
    return {"elements": elements, "connections": connections}


def _cell(column: str, value: Any) -> str:
    """A sheet cell; text a spreadsheet would run as a formula is neutralised (these are CSV files)."""
    from ggznet.render.cells import neutralise_formula

    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if column in MULTI_VALUED:
        # `|` separates values in a Kumu cell, so a `|` inside one value would split it in two
        return neutralise_formula(SEPARATOR.join(str(v).replace(SEPARATOR, "/") for v in value))
    return neutralise_formula(str(value))


def _sheet(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(c, row.get(c)) for c in columns])
    return buffer.getvalue()


def _headers(item: dict[str, Any]) -> dict[str, Any]:
    """A blueprint item with sheet headers: the reserved keys capitalised (`label` → `Label`, `id` → `ID`)."""
    return {("ID" if k == "id" else k[:1].upper() + k[1:]): v for k, v in item.items()}


def sheets(net: Network, index: Index) -> tuple[str, str]:
    """Kumu's spreadsheet import as CSV text: (elements sheet, connections sheet)."""
    data = blueprint(net, index)
    return (
        _sheet(ELEMENT_COLUMNS, [_headers(e) for e in data["elements"]]),
        _sheet(CONNECTION_COLUMNS, [_headers(c) for c in data["connections"]]),
    )

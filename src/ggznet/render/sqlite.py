"""The knowledge base as an SQLite database (stdlib sqlite3): a table per kind, link tables, foreign keys, views.

Opens in Datasette, DB Browser for SQLite, Power BI (ODBC) or any SQL tool. Dates are ISO text
(`2023-03-24`; a partial date stays `2023-03`), lists JSON text, booleans 0/1. Views: `open_actions`,
`overdue_actions` (due before today, when queried) and `initiative_overview` (owners and partners).
Built in memory and returned as bytes, so the caller writes the file atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from ggznet.index import Index
from ggznet.render.tables import Table, tables

TABLE_OF_KIND = {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}
TABLE_OF_KIND["theme"] = "themes"
VIEWS = {
    "open_actions": """
        SELECT a.meeting, m.date AS meeting_date, m.title AS meeting_title, a.id, a.what, a.owner,
               o.name AS owner_name, a.due, a.overdue AS overdue_on_export
        FROM actions a JOIN meetings m ON m.id = a.meeting LEFT JOIN actors o ON o.id = a.owner
        WHERE a.status = 'open' ORDER BY a.due IS NULL, a.due, a.meeting, a.id""",
    "overdue_actions": """
        SELECT * FROM open_actions WHERE due IS NOT NULL AND due < date('now')""",
    "initiative_overview": """
        SELECT i.id, i.name, i.type, i.status, i.started, i.ended,
               (SELECT group_concat(name, '; ') FROM (
                   SELECT a.name FROM initiative_actors r JOIN actors a ON a.id = r.actor
                   WHERE r.initiative = i.id AND r.role = 'trekker' ORDER BY a.name)) AS owners,
               (SELECT group_concat(who, '; ') FROM (
                   SELECT a.name || ' (' || r.role || ')' AS who
                   FROM initiative_actors r JOIN actors a ON a.id = r.actor
                   WHERE r.initiative = i.id AND r.role <> 'trekker' ORDER BY a.name, r.role)) AS partners,
               (SELECT group_concat(region, '; ') FROM (
                   SELECT region FROM initiative_regions WHERE initiative = i.id ORDER BY region)) AS regions,
               (SELECT group_concat(theme, '; ') FROM (
                   SELECT theme FROM initiative_themes WHERE initiative = i.id ORDER BY theme)) AS themes
        FROM initiatives i ORDER BY i.id""",
}


def _sql_type(table: Table, column: str) -> str:
    for row in table.rows:
        value = row.get(column)
        if value is None:
            continue
        if isinstance(value, bool | int):
            return "INTEGER"
        if isinstance(value, float):
            return "REAL"
        return "TEXT"
    return "TEXT"


def _value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_statement(table: Table) -> str:
    parts = []
    for column in table.columns:
        not_null = " NOT NULL" if column in table.key else ""
        parts.append(f"{_quote(column)} {_sql_type(table, column)}{not_null}")
    parts.append("PRIMARY KEY (" + ", ".join(_quote(c) for c in table.key) + ")")
    for column, kind in table.refs.items():
        parts.append(f"FOREIGN KEY ({_quote(column)}) REFERENCES {TABLE_OF_KIND[kind]}(id)")
    for column, allowed in table.choices.items():
        values = ", ".join("'" + v.replace("'", "''") + "'" for v in allowed)
        parts.append(f"CHECK ({_quote(column)} IS NULL OR {_quote(column)} IN ({values}))")
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"


def knowledge_base_sqlite(
    index: Index, *, as_of: dt.date, contacts: bool = True, meta: dict[str, str] | None = None
) -> bytes:
    """The database file's bytes. `meta` (e.g. data commit, audience) goes into the `meta` table."""
    found = tables(index, as_of=as_of, contacts=contacts)
    connection = sqlite3.connect(":memory:", isolation_level=None)  # transactions below are explicit
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN")
        connection.execute("PRAGMA defer_foreign_keys = ON")  # records may point at ones inserted later
        for table in found:  # every table first: a foreign key needs its parent table to exist
            connection.execute(create_statement(table))
            for ref in table.refs:
                if ref not in table.key[:1]:
                    connection.execute(
                        f"CREATE INDEX {_quote(table.name + '_' + ref)} ON {_quote(table.name)}({_quote(ref)})"
                    )
        for table in found:
            placeholders = ", ".join("?" for _ in table.columns)
            connection.executemany(
                f"INSERT INTO {_quote(table.name)} VALUES ({placeholders})",
                [[_value(row.get(c)) for c in table.columns] for row in table.rows],
            )
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        facts = {"as_of": as_of.isoformat(), **(meta or {})}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(facts.items()))
        for name, sql in VIEWS.items():
            connection.execute(f"CREATE VIEW {_quote(name)} AS {sql.strip()}")
        connection.execute("COMMIT")
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:  # tables() drops dangling references, so this is a bug, not bad data
            raise RuntimeError(f"foreign key violations in the export: {problems[:5]}")
        connection.execute("VACUUM")
        return connection.serialize()
    finally:
        connection.close()

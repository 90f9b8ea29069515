"""Listing rows: large tables drawn a row at a time equal Rich's whole table; JSON and CSV shortcuts equal the rule."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from ggznet.cli import output
from ggznet.cli.output import CsvDialect, _orjson_exact, _render_table, listing_json, render_csv
from ggznet.render.listing import Listing

WORDS = [
    "ggz", "huisarts", "Enschede", "wachttijden", "Coalitie", "Mentaal", "Vitaal", "(trekker);", "één", "café",
    "netwerk-partners-ruwaard-wonen-zorg-welzijn-en-werk-2567", "—", "“quote”", "10:00", "https://example.nl/a",
    "x" * 75, "", "  ", "a\u00a0b", "€5", "=SUM(A1)", "-1", "+31", "@x", "naïef",
]  # fmt: skip
ODD = ["日本語", ":smile:", "tab\there", "line\nbreak", "e\u0301", "\u200b", "\x07bell", "emoji 😄"]


def _text(rng: random.Random, odd: bool) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]
    if odd and rng.random() < 0.3:
        words.append(rng.choice(ODD))
    return " ".join(words)


def _listing(seed: int, rows: int, *, odd: bool = False, highlight: bool = False) -> Listing:
    rng = random.Random(seed)
    columns = ["id", "name", "status", "owner", "involved", "count", "flag"]
    data = []
    for n in range(rows):
        data.append(
            {
                "id": f"record-{n}-" + rng.choice(["a", "bb", "kort", "een-veel-langere-id-die-niet-past"]),
                "name": _text(rng, odd),
                "status": rng.choice(["lopend", "afgerond", None]),
                "owner": [_text(rng, odd) for _ in range(rng.randint(0, 3))],
                "involved": _text(rng, odd) + " " + _text(rng, odd),
                "count": rng.randint(-5, 5000),
                "flag": rng.choice([True, False, None]),
            }
        )
    marks = {n: "red" for n in range(rows) if highlight and n % 3 == 0}
    return Listing(columns, data, highlight=marks, words={"status"})


@pytest.mark.parametrize("width", [40, 80, 120, 200])
@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("highlight", [False, True])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_large_table_is_drawn_as_rich_draws_it(monkeypatch, seed, width, color, highlight) -> None:
    listing = _listing(seed, 120, highlight=highlight)
    quick = _render_table(listing, color=color, width=width)
    monkeypatch.setattr(output, "QUICK_ROWS", 10**9)  # Rich's whole table
    assert quick == _render_table(listing, color=color, width=width)


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_a_table_with_odd_text_is_left_to_rich_and_equal(monkeypatch, seed) -> None:
    """Wide characters, emoji codes Rich replaces, tabs, line breaks, control characters: Rich draws it."""
    listing = _listing(seed, 120, odd=True)
    quick = _render_table(listing, width=100)
    monkeypatch.setattr(output, "QUICK_ROWS", 10**9)
    assert quick == _render_table(listing, width=100)


def test_the_quick_table_is_used_for_a_large_plain_table(monkeypatch) -> None:
    from ggznet.cli import quicktable

    calls: list[bool] = []
    real = quicktable.quick_table

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        calls.append(result is not None)
        return result

    monkeypatch.setattr(quicktable, "quick_table", spy)
    _render_table(_listing(7, 150), width=200)
    assert calls == [True]


def test_emoji_codes_are_seen() -> None:
    from ggznet.cli.quicktable import is_plain

    assert is_plain("Coalitie Mentaal Vitaal (trekker); café — “x” €5")
    assert not is_plain("日本語") and not is_plain("a\tb") and not is_plain("a\nb") and not is_plain("e\u0301")


@pytest.mark.parametrize(
    "rows",
    [
        [], [{}], [{"a": "x"}], [{"a": 1.5}], [{"a": 2**63}], [{"a": -(2**63)}], [{"a": 2**63 - 1}],
        [{"a": True, "b": None}], [{"a": ["x", 1]}], [{"a": ["x", "y"]}], [{"a": []}], [{"a": ("x",)}],
        [{"a": {"b": 1}}], [{"a": [["x"]]}], [{"a": [None]}], [{"a": "x"}, {"a": 1.0}], [{"a": ["x"]}, {"b": 2**64}],
    ],
)  # fmt: skip
def test_json_of_rows_is_the_standard_librarys(rows) -> None:
    expected = json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"
    assert listing_json(rows) == expected
    simple = all(
        type(v) in (str, bool, type(None)) or (type(v) is int and -(2**63) <= v < 2**63)
        or (type(v) is list and all(type(i) is str for i in v))
        for row in rows for v in row.values()
    )  # fmt: skip
    assert _orjson_exact(rows) == simple


@pytest.mark.parametrize("dialect", list(CsvDialect))
def test_csv_cells_follow_the_one_rule(dialect) -> None:
    listing = _listing(11, 60)
    listing.rows.append({"id": "=1+1", "name": "-x", "status": "\tx", "owner": ["=a"], "involved": "@b", "count": 1.5})
    text = render_csv(listing, dialect)
    import csv
    import io

    expected = io.StringIO()
    writer = csv.writer(expected, delimiter=";" if dialect is CsvDialect.excel_nl else ",", lineterminator=(
        "\r\n" if dialect is CsvDialect.excel_nl else "\n"
    ))  # fmt: skip
    writer.writerow(listing.columns)
    for row in listing.rows:
        writer.writerow([output._csv_cell(row.get(c), dialect) for c in listing.columns])
    assert text == expected.getvalue()
    assert "'=1+1" in text and "'-x" in text


def test_a_tampered_stored_record_in_a_listing_is_read_from_its_file(make_kb, cli) -> None:
    """An initiative whose stored data no longer passes the schema is built from its file: the listing equals
    the one without the store, and the one before the store was tampered with."""
    root = make_kb()
    args = ["list", "initiatives", "--kb", str(root), "--format", "json"]
    before = cli(*args)
    assert before.exit_code == 0, before.output
    from ggznet.store.cache import STORE_FILE

    connection = sqlite3.connect(root / ".ggznet-cache" / STORE_FILE)
    rows = connection.execute("SELECT path, raw FROM files WHERE kind = 'initiative'").fetchall()
    assert rows
    for path, raw in rows:
        payload = json.loads(raw)
        payload[1]["name"] = "Vervalst"
        payload[1]["status"] = 5  # not a status: the record cannot be built from this
        connection.execute("UPDATE files SET raw = ? WHERE path = ?", (json.dumps(payload).encode(), path))
    connection.commit()
    connection.close()
    after = cli(*args)
    assert after.exit_code == 0, after.output
    assert after.stdout == before.stdout
    assert "Vervalst" not in after.stdout
    assert cli("--no-cache", *args).stdout == before.stdout


@pytest.mark.parametrize("rows", [3, 150])  # Rich's whole table, and the table drawn a row at a time
@pytest.mark.parametrize("width", [60, 200])  # blocks on a narrow terminal, a table on a wide one
def test_record_text_is_shown_as_written_never_as_emoji(rows, width) -> None:
    data = [{"id": f"record-{n}", "name": "Smile :smile: en :thumbs_up:"} for n in range(rows)]
    shown = _render_table(Listing(["id", "name"], data), color=False, width=width, blocks_if_narrow=True)
    assert shown.count(":smile:") == rows
    assert "😄" not in shown and "👍" not in shown

"""Excel, CSV for Dutch Excel, calendar and SQLite: each written through the CLI and read back with its own library."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar

REPO = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2026-11-23")


# -- Excel ----------------------------------------------------------------------------------------


@pytest.fixture
def workbook_of_base(cli, make_kb, tmp_path):
    out = tmp_path / "kb.xlsx"
    run = cli("export", "xlsx", str(out), "--kb", str(make_kb()), *AS_OF)
    assert run.exit_code == 0, run.stderr
    return out


def test_export_xlsx_sheets_header_filters_dates_and_links(workbook_of_base) -> None:
    book = openpyxl.load_workbook(workbook_of_base)
    assert book.sheetnames == [
        "Regio's", "Actoren", "Initiatieven", "Bijeenkomsten", "Acties", "Rollen", "Thema's", "Contactpersonen",
        "Keuzelijsten",
    ]  # fmt: skip
    assert book["Keuzelijsten"].sheet_state == "hidden"
    meetings = book["Bijeenkomsten"]
    header = [c.value for c in meetings[1]]
    assert header[:3] == ["id", "date", "title"]
    assert meetings.freeze_panes == "B2" and meetings.auto_filter.ref.startswith("A1:")
    row = {h: c for h, c in zip(header, meetings[2], strict=True)}
    assert row["id"].value == "2023-03-24-tafel-a"
    assert row["date"].value == dt.datetime(2023, 3, 24) and row["date"].number_format == "dd-mm-yyyy"
    assert row["forum"].value == "tafel-a" and row["forum"].hyperlink.location == "'Initiatieven'!A3"
    assert book["Initiatieven"]["A3"].value == "tafel-a"  # the link lands on the record's row
    initiatives = book["Initiatieven"]
    ini_header = [c.value for c in initiatives[1]]
    started = ini_header.index("started") + 1
    assert initiatives.cell(3, started).value == "2023-03"  # partial date: text, not an invented day
    assert meetings.column_dimensions["C"].width > 8
    actions = book["Acties"]
    assert [c.value for c in actions[3]][:4] == ["2023-03-24-tafel-a", "uitnodiging", "Uitnodiging versturen", "ros-a"]
    assert actions["D3"].hyperlink.location == "'Actoren'!A4"


def test_export_xlsx_vocabulary_drop_downs(workbook_of_base) -> None:
    book = openpyxl.load_workbook(workbook_of_base)
    initiatives = book["Initiatieven"]
    header = [c.value for c in initiatives[1]]
    status_letter = openpyxl.utils.get_column_letter(header.index("status") + 1)
    rules = {str(v.sqref): v.formula1 for v in initiatives.data_validations.dataValidation}
    formula = rules[f"{status_letter}2:{status_letter}4"]
    sheet, cells = formula.split("!")
    first, last = cells.replace("$", "").split(":")
    allowed = [c.value for row in book[sheet.strip("'")][first:last] for c in row]
    assert allowed[:7] == ["idee", "verkenning", "pilot", "lopend", "geborgd", "afgerond", "gestopt"]


def test_export_xlsx_in_english_has_no_dutch_sheet_or_drop_down_message(cli, make_kb, tmp_path) -> None:
    """The hidden sheet of word lists and the message of a refused drop-down value follow --lang too."""
    out = tmp_path / "kb.xlsx"
    assert cli("export", "xlsx", str(out), "--kb", str(make_kb()), *AS_OF, "--lang", "en").exit_code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[-1] == "Word lists" and book["Word lists"].sheet_state == "hidden"
    rules = list(book["Initiatives"].data_validations.dataValidation)
    assert rules and all(r.formula1.startswith("'Word lists'!") for r in rules)
    assert {(r.errorTitle, r.error) for r in rules} == {("Value from the word list", "Choose a value from the list.")}


def test_public_export_leaves_contacts_and_internal_records_out(cli, make_kb, tmp_path) -> None:
    root = make_kb({"data/initiatives/geheim.yaml": "id: geheim\nname: Geheim\ntype: project\nstatus: idee\n"
                    "regions: [regio-a]\ninternal: true\nsources: [{title: T}]\n"})  # fmt: skip
    out = tmp_path / "public.xlsx"
    assert cli("export", "xlsx", str(out), "--kb", str(root), "--audience", "public").exit_code == 0
    book = openpyxl.load_workbook(out)
    assert "Contactpersonen" not in book.sheetnames
    ids = [c.value for c in book["Initiatieven"]["A"]]
    assert "geheim" not in ids and "tafel-a" in ids


def test_formula_like_text_is_text(cli, make_kb, tmp_path) -> None:
    root = make_kb({"data/initiatives/triage-b.yaml": "id: triage-b\nname: '=HYPERLINK(\"http://x\";\"klik\")'\n"
                    "type: werkwijze\nstatus: pilot\nregions: [regio-b]\nsources: [{title: T}]\n"})  # fmt: skip
    out = tmp_path / "kb.xlsx"
    assert cli("export", "xlsx", str(out), "--kb", str(root)).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Initiatieven"]
    cell = next(c for c in sheet["B"] if str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s" and cell.quotePrefix  # shown as written, stored as text, never run
    run = cli("list", "initiatives", "--kb", str(root), "-f", "csv")
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert rows[-1][:2] == ["triage-b", '\'=HYPERLINK("http://x";"klik")']  # apostrophe: text in any spreadsheet


def test_listing_as_xlsx(cli, tmp_path) -> None:
    out = tmp_path / "acties.xlsx"
    run = cli("actions", "--kb", str(REPO), *AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.stderr
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]  # a workbook is read by people: headers in the run's language
    assert header == [
        "bijeenkomst",
        "datum",
        "id",
        "wat",
        "eigenaar",
        "naam eigenaar",
        "deadline",
        "status",
        "verlopen",
    ]
    due = header.index("deadline") + 1
    assert any(isinstance(sheet.cell(r, due).value, dt.datetime) for r in range(2, sheet.max_row + 1))
    assert sheet.freeze_panes == "A2"


def test_csv_excel_nl(cli, tmp_path) -> None:
    out = tmp_path / "netwerk.csv"
    run = cli("network", "limburg", "--kb", str(REPO), "-o", str(out), "--csv-dialect", "excel-nl")
    assert run.exit_code == 0, run.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["id", "name", "type", "degree", "betweenness", "domains", "flags"]
    betweenness = [r[4] for r in rows[1:]]
    assert any("," in b for b in betweenness) and not any("." in b for b in betweenness)  # decimal comma


# -- calendar ------------------------------------------------------------------------------------


def test_calendar_events_todos_and_partial_dates(cli, make_kb, tmp_path) -> None:
    month = (
        "id: 2023-09-maand\ntitle: Ergens in september\ndate: 2023-09\ntype: werksessie\nstatus: gehouden\n"
        "regions: [regio-a]\nsources: [{title: T}]\n"
    )
    root = make_kb({"data/meetings/2023-09-maand.yaml": month})
    out = tmp_path / "ggz.ics"
    run = cli("calendar", "--kb", str(root), *AS_OF, "-o", str(out), "--link-base", "https://example.org/kb/blob/main/")
    assert run.exit_code == 0, run.stderr
    assert (
        "1 bijeenkomst weggelaten waarvan alleen de maand of het jaar bekend is: 2023-09-maand (2023-09)" in run.stderr
    )
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"meeting-2023-03-24-tafel-a@ggznet", "meeting-2099-07-14-tafel-a@ggznet"}
    first = events["meeting-2023-03-24-tafel-a@ggznet"]
    assert first.decoded("dtstart") == dt.date(2023, 3, 24) and first.decoded("dtend") == dt.date(2023, 3, 25)
    assert str(first["url"]) == "https://example.org/kb/blob/main/data/meetings/2023-03-24-tafel-a.yaml"
    assert "Er komt een lerend netwerk" in str(first["description"])
    todos = list(cal.walk("VTODO"))
    assert [str(t["uid"]) for t in todos] == ["action-2023-03-24-tafel-a-voorzet@ggznet"]  # open, with a due date
    assert todos[0].decoded("due") == dt.date(2023, 7, 14) and str(todos[0]["status"]) == "NEEDS-ACTION"
    again = tmp_path / "again.ics"
    cli("calendar", "--kb", str(root), *AS_OF, "-o", str(again), "--link-base", "https://example.org/kb/blob/main/")
    assert again.read_bytes() == out.read_bytes()  # same UIDs and content: a re-import updates, never doubles


def test_calendar_filters(cli, make_kb) -> None:
    root = str(make_kb())
    by_owner = Calendar.from_ical(cli("calendar", "--kb", root, "--owner", "ros-a").stdout)
    assert [str(e["uid"]) for e in by_owner.walk("VEVENT")] == ["meeting-2023-03-24-tafel-a@ggznet"]  # facilitator
    assert list(by_owner.walk("VTODO")) == []  # ros-a's action is done
    other = Calendar.from_ical(cli("calendar", "--kb", root, "--region", "regio-b").stdout)
    assert list(other.walk("VEVENT")) == []
    assert cli("calendar", "--kb", root, "--forum", "nergens").exit_code == 2


@pytest.mark.parametrize(
    ("lang", "one_meeting", "one_todo"),
    [("nl", "1 bijeenkomst, 0 taken", "2 bijeenkomsten, 1 taak"), ("en", "1 meeting, 0 to-dos", "2 meetings, 1 to-do")],
)
def test_calendar_counts_one_in_the_singular(cli, make_kb, lang: str, one_meeting: str, one_todo: str) -> None:
    root = str(make_kb())
    assert cli("calendar", "--kb", root, "--owner", "ros-a", "--lang", lang).stderr.strip() == one_meeting
    assert cli("calendar", "--kb", root, *AS_OF, "--lang", lang).stderr.strip() == one_todo


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "12 bijeenkomsten weggelaten waarvan alleen de maand of het jaar bekend is: {listed} en nog 2"),
        ("en", "left out 12 meetings known only to the month or year: {listed} and 2 more"),
    ],
)
def test_calendar_names_ten_meetings_left_out_and_counts_the_rest(cli, make_kb, lang: str, said: str) -> None:
    """Thousands of meetings known only to the year made one line of 80 kB; ten are named, the rest counted."""
    files = {
        f"data/meetings/2021-jaar-{n:02d}.yaml": f"id: 2021-jaar-{n:02d}\ntitle: J {n}\ndate: 2021\ntype: werksessie\n"
        "status: gehouden\nregions: [regio-a]\nsources: [{title: T}]\n"
        for n in range(12)
    }
    run = cli("calendar", "--kb", str(make_kb(files)), *AS_OF, "--lang", lang)
    listed = ", ".join(f"2021-jaar-{n:02d} (2021)" for n in range(10))
    assert run.exit_code == 0 and said.format(listed=listed) in run.stderr.splitlines(), run.stderr


# -- SQLite ----------------------------------------------------------------------------------------


def test_export_sqlite_foreign_keys_and_views(cli, tmp_path) -> None:
    out = tmp_path / "kb.db"
    run = cli("export", "sqlite", str(out), "--kb", str(REPO), *AS_OF)
    assert run.exit_code == 0, run.stderr
    db = sqlite3.connect(out)
    db.execute("PRAGMA foreign_keys = ON")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    expected = "regions actors initiatives meetings actions initiative_actors initiative_themes initiative_regions"
    assert {*expected.split(), "open_actions", "overdue_actions", "initiative_overview", "meta"} <= names
    fks = {(r[2], r[3]) for r in db.execute("SELECT * FROM pragma_foreign_key_list('initiative_actors')")}
    assert fks == {("initiatives", "initiative"), ("actors", "actor")}
    from ggznet.api import KnowledgeBase

    index = KnowledgeBase.open(REPO).index
    owners = dict(db.execute("SELECT id, owners FROM initiative_overview"))
    for ident, ini in index.initiatives.items():
        names = sorted(index.label("actor", a.actor) for a in ini.actors if a.role == "trekker")
        assert owners[ident] == ("; ".join(names) or None)
    open_rows = db.execute("SELECT id, owner_name, due FROM open_actions").fetchall()
    assert ("voorzet-regiovisie", "Menzis", "2023-07-14") in open_rows
    assert dict(db.execute("SELECT key, value FROM meta"))["as_of"] == "2026-11-23"
    with pytest.raises(sqlite3.IntegrityError):  # the constraints are real
        db.execute("INSERT INTO initiative_actors VALUES ('samenwerkingstafel-twente', 'bestaat-niet', 'partner')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE initiatives SET status = 'loopt' WHERE id = 'samenwerkingstafel-twente'")

"""Output options every listing shares: --columns, --fail-if-any, and `-o` refusing formats it cannot write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ggznet.cli.formats import FORMATS
from ggznet.errors import UsageError
from ggznet.render.formats import Writer, Writers

REPO = Path(__file__).resolve().parent.parent
KB = ("--kb", str(REPO))


@pytest.mark.parametrize(
    ("args", "columns"),
    [
        (["list", "initiatives"], ["id", "owner", "status"]),
        (["list", "actors"], ["name", "website"]),
        (["list", "regions"], ["id", "municipalities"]),
        (["list", "meetings"], ["id", "organisers"]),
        (["actions"], ["meeting", "due", "meeting_title"]),
        (["search", "wachttijden"], ["kind", "id"]),
        (["network", "limburg"], ["name", "degree"]),
    ],
)
def test_columns_pick_and_order_the_fields(cli, args, columns) -> None:
    run = cli(*args, *KB, "--columns", ",".join(columns), "-f", "json")
    assert run.exit_code == 0, run.stderr
    rows = json.loads(run.stdout)
    if isinstance(rows, dict):  # network: the analysis, whose actors are the rows
        rows = rows["actors"]
    assert rows and all(list(row) == columns for row in rows)


def test_columns_repeat_and_reach_csv_and_markdown(cli) -> None:
    csv_text = cli("list", "initiatives", *KB, "--columns", "id", "--columns", "owner", "-f", "csv").stdout
    assert csv_text.splitlines()[0] == "id,owner"
    md = cli("list", "initiatives", *KB, "-c", "name,involved", "-f", "md").stdout
    assert md.startswith("| naam | betrokken |")  # the headers in the language of the run


def test_an_unknown_column_is_a_usage_error_that_lists_the_valid_ones(cli) -> None:
    run = cli("list", "initiatives", *KB, "--columns", "id,eigenaar")
    assert run.exit_code == 2
    assert "onbekende kolom `eigenaar`" in run.stderr
    assert "kies uit: id, name, type, status, regions, themes, owner, involved, owner_ids" in run.stderr
    assert cli("actions", *KB, "--columns", "wie").exit_code == 2


def test_compare_takes_columns_too(cli) -> None:
    md = cli("compare", "twente", "gelderse-vallei", *KB, "--columns", "aspect,value,Twente").stdout
    assert "| aspect | value | Twente |" in md and "Gelderse Vallei |" not in md.split("\n")[2]


def test_fail_if_any_gates_ci_on_overdue_actions(cli, make_kb) -> None:
    run = cli("actions", *KB, "--overdue", "--as-of", "2026-11-23", "--fail-if-any", "-f", "json")
    assert run.exit_code == 1
    assert json.loads(run.stdout)[0]["id"] == "voorzet-regiovisie"  # the list is still printed
    assert "--fail-if-any" in run.stderr
    early = cli("actions", *KB, "--overdue", "--as-of", "2023-04-01", "--fail-if-any", "-f", "json")
    assert early.exit_code == 0 and json.loads(early.stdout) == []
    assert cli("actions", *KB, "--overdue", "--as-of", "2026-11-23", "-f", "json").exit_code == 0


@pytest.mark.parametrize(
    ("args", "name", "writes"),
    [
        (["report", "twente"], "twente.odt", ".docx"),
        (["report", "twente"], "twente.html", ".pdf"),
        (["report", "twente"], "twente", ".md"),
        (["briefing", "2023-07-14-samenwerkingstafel-twente"], "b.odt", ".pdf"),
        (["graph"], "x.xlsx", ".graphml"),
        (["list", "initiatives"], "x.docx", ".xlsx"),
        (["actions"], "x.pdf", ".json"),
        (["network", "twente"], "x.pdf", ".yaml"),
        (["compare", "twente", "limburg"], "x.xlsx", ".md"),
        (["show", "menzis"], "x.docx", ".txt"),
        (["calendar"], "x.csv", ".ics"),
    ],
)
def test_an_extension_the_command_cannot_write_is_refused(cli, tmp_path, args, name, writes) -> None:
    target = tmp_path / name
    run = cli(*args, *KB, "-o", str(target))
    assert run.exit_code == 2, run.stderr
    assert f"-o: `{args[0]}` kan " in run.stderr and "tip: het schrijft: " in run.stderr and writes in run.stderr
    assert "cannot" not in run.stderr and "picture" not in run.stderr  # Dutch, descriptions included
    assert not target.exists() and list(tmp_path.iterdir()) == []
    english = cli("--lang", "en", *args, *KB, "-o", str(target))
    assert english.exit_code == 2 and f"`{args[0]}` cannot write" in english.stderr and writes in english.stderr


def test_format_and_extension_must_agree(cli, tmp_path) -> None:
    run = cli("list", "actors", *KB, "-f", "json", "-o", str(tmp_path / "a.csv"))
    assert run.exit_code == 2 and "--format json past niet bij -o a.csv" in run.stderr
    assert "geef een bestand dat eindigt op .json, of laat --format weg" in run.stderr
    english = cli("--lang", "en", "list", "actors", *KB, "-f", "json", "-o", str(tmp_path / "a.csv"))
    assert english.exit_code == 2 and "--format json does not match -o a.csv" in english.stderr
    assert cli("list", "actors", *KB, "-f", "xml").exit_code == 2
    ok = cli("list", "actors", *KB, "-f", "csv", "-o", str(tmp_path / "a.csv"))
    assert ok.exit_code == 0 and (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_every_command_with_output_has_a_registry() -> None:
    from typer.main import get_command

    from ggznet.cli import app

    group = get_command(app)
    with_output = {
        name
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        if any("--output" in p.opts for p in command.params)
    }
    with_output -= {"site"}  # writes a folder of pages, not a file in a chosen format
    assert with_output == set(FORMATS) - {"export xlsx", "export sqlite"}  # these two write to an argument


@pytest.mark.parametrize(("kind", "name"), [("xlsx", "kb.csv"), ("sqlite", "kb.xlsx")])
def test_export_refuses_a_file_it_cannot_write(cli, tmp_path, kind, name) -> None:
    run = cli("export", kind, str(tmp_path / name), *KB)
    assert run.exit_code == 2 and f"`export {kind}` kan geen `.{name.rsplit('.', 1)[1]}`-bestanden" in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_plugged_in_writer_is_chosen_by_its_extension(tmp_path) -> None:
    writers = Writers("demo", [Writer("md", (".md",), lambda doc: doc.upper(), "Markdown")])
    writers.add(Writer("rev", (".rev",), "ggznet.suggest:fold", "folded text"))  # imported on first use
    assert writers.for_path(Path("a.rev"))("ÉÉN") == "een"
    assert writers.for_path(Path("a.MD"))("x") == "X"
    with pytest.raises(UsageError) as refused:
        writers.for_path(Path("a.docx"))
    assert refused.value.hint == "it writes: .md (Markdown); .rev (folded text)"
    labelled = Writers("demo", [Writer("md", (".md",), str, "Markdown")], label={"Markdown": "Markdown-tekst"}.get)
    with pytest.raises(UsageError) as refused:
        labelled.for_path(Path("a.docx"))
    assert refused.value.hint == "it writes: .md (Markdown-tekst)"  # the caller's words; render/ keeps none
    with pytest.raises(ValueError, match="already written by"):
        writers.add(Writer("other", (".md",), lambda doc: doc))


def test_a_writer_of_bytes_and_of_several_files(cli, tmp_path, monkeypatch) -> None:
    registry = FORMATS["report"]
    monkeypatch.setitem(
        registry._writers,  # a test-only plug-in, as the Word writer would be registered
        "bin",
        Writer("bin", (".bin",), lambda doc: doc.markdown.encode("utf-8")[:10], "bytes"),
    )
    run = cli("report", "twente", *KB, "-o", str(tmp_path / "twente.bin"))
    assert run.exit_code == 0, run.stderr
    assert (tmp_path / "twente.bin").read_bytes() == b"<!-- ggzne"
    csv_run = cli("graph", *KB, "--kind", "actor", "-o", str(tmp_path / "kumu.csv"))
    assert csv_run.exit_code == 0
    assert {p.name for p in tmp_path.iterdir()} >= {"kumu-elements.csv", "kumu-connections.csv"}


_CELLS = st.one_of(
    st.text(),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.lists(st.text(), max_size=3),
    st.lists(st.integers(), max_size=2),
)


@given(st.lists(st.dictionaries(st.text(max_size=5), _CELLS, max_size=4), max_size=4))
def test_listing_json_is_byte_for_byte_what_the_standard_library_writes(rows) -> None:
    from ggznet.cli.output import listing_json

    assert listing_json(rows) == json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"

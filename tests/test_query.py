"""`ggznet list`, `show`, `search` and `actions`, and the output formats they share."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


def ids(run) -> list[str]:
    assert run.exit_code == 0, run.stderr
    return [row["id"] for row in json.loads(run.stdout)]


@pytest.fixture
def kb(make_kb) -> str:
    return str(make_kb())


def test_list_defaults_to_json_in_a_pipe(cli, kb) -> None:
    run = cli("list", "initiatives", "--kb", kb)
    rows = json.loads(run.stdout)
    assert [r["id"] for r in rows] == ["netwerk-a", "tafel-a", "triage-b"]
    assert list(rows[0]) == ["id", "name", "type", "status", "regions", "themes", "owner", "involved"]
    assert rows[1]["owner"] == ["GGZ A"]


def test_region_includes_the_regions_below(cli, kb) -> None:
    assert ids(cli("list", "initiatives", "--kb", kb, "--region", "provincie-a")) == ["netwerk-a", "tafel-a"]
    assert ids(cli("list", "initiatives", "--kb", kb, "--region", "land")) == ["netwerk-a", "tafel-a", "triage-b"]
    assert ids(cli("list", "initiatives", "--kb", kb, "--region", "stad-a")) == ["netwerk-a"]


def test_filters_combine(cli, kb) -> None:
    assert ids(cli("list", "initiatives", "--kb", kb, "--theme", "wachttijden")) == ["tafel-a", "triage-b"]
    assert ids(cli("list", "initiatives", "--kb", kb, "--theme", "wachttijden", "--status", "pilot")) == ["triage-b"]
    assert ids(cli("list", "initiatives", "--kb", kb, "--type", "tafel", "--type", "netwerk")) == [
        "netwerk-a",
        "tafel-a",
    ]
    assert ids(cli("list", "initiatives", "--kb", kb, "--domain", "sociaal-domein")) == ["tafel-a"]
    assert ids(cli("list", "actors", "--kb", kb, "--type", "ros")) == ["ros-a"]


def test_actor_and_role(cli, kb) -> None:
    assert ids(cli("list", "initiatives", "--kb", kb, "--actor", "ggz-a")) == ["tafel-a"]
    assert ids(cli("list", "initiatives", "--kb", kb, "--actor", "ggz-a", "--role", "partner")) == []
    assert ids(cli("list", "meetings", "--kb", kb, "--actor", "ros-a")) == ["2023-03-24-tafel-a"]
    assert ids(cli("list", "regions", "--kb", kb, "--actor", "verzekeraar")) == ["regio-a"]


def test_since_until_sort_limit(cli, kb) -> None:
    assert ids(cli("list", "meetings", "--kb", kb, "--since", "2023-05-01")) == ["2099-07-14-tafel-a"]
    assert ids(cli("list", "meetings", "--kb", kb, "--until", "2023-05-01")) == ["2023-03-24-tafel-a"]
    assert ids(cli("list", "meetings", "--kb", kb, "--sort", "-date")) == ["2099-07-14-tafel-a", "2023-03-24-tafel-a"]
    assert ids(cli("list", "actors", "--kb", kb, "--limit", "2")) == ["gemeente-b", "ggz-a"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--region", "regio-x"], "`regio-a`"),
        (["--status", "lopen"], "bedoel je `lopend`"),
        (["--theme", "wachttijd"], "bedoel je `wachttijden`"),
        (["--role", "trekker"], "--role werkt alleen met --actor"),
        (["--sort", "nam"], "bedoel je `name`"),
    ],
)
def test_bad_filter_values_are_usage_errors(cli, kb, args, needle) -> None:
    run = cli("list", "initiatives", "--kb", kb, *args)
    assert run.exit_code == 2
    assert needle in run.stderr
    assert run.stdout == ""


def test_every_format(cli, kb, tmp_path) -> None:
    as_csv = cli("list", "actors", "--kb", kb, "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert rows[0]["id"] == "gemeente-b" and rows[3]["domains"] == "zorgverzekering"
    as_yaml = yaml.safe_load(cli("list", "actors", "--kb", kb, "-f", "yaml").stdout)
    assert as_yaml[0]["id"] == "gemeente-b"
    as_md = cli("list", "actors", "--kb", kb, "-f", "md").stdout
    assert as_md.splitlines()[0] == "| id | naam | soort | domeinen | regio's |"  # headers in the run's language
    in_english = cli("list", "actors", "--kb", kb, "-f", "md", "--lang", "en").stdout.splitlines()
    assert in_english[0] == "| id | name | type | domains | regions |"
    assert "| municipality | social domain |" in "\n".join(in_english)  # vocabulary values as English words
    assert rows[0].keys() >= {"id", "name", "type"}  # machine formats keep the keys whatever the language
    as_table = cli("list", "actors", "--kb", kb, "-f", "table").stdout
    assert "gemeente-b" in as_table and "\x1b[" not in as_table


def test_output_file_format_from_extension(cli, kb, tmp_path) -> None:
    target = tmp_path / "actors.csv"
    run = cli("list", "actors", "--kb", kb, "-o", str(target))
    assert run.exit_code == 0 and run.stdout == ""
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,name")  # BOM: spreadsheet programs read it as UTF-8
    assert cli("list", "actors", "--kb", kb, "-o", str(tmp_path / "x.docx")).exit_code == 2


def test_json_keeps_unicode_unescaped(cli, make_kb) -> None:
    root = make_kb({"data/actors/ros-a.yaml": "id: ros-a\nname: Cliëntenraad A\ntype: ros\nsources: [{title: T}]\n"})
    out = cli("list", "actors", "--kb", str(root)).stdout
    assert "Cliëntenraad A" in out


def test_show_has_fields_names_and_backlinks(cli, kb) -> None:
    view = json.loads(cli("show", "actor:ggz-a", "--kb", kb).stdout)
    assert view["record"]["type"] == "ggz-aanbieder"
    assert {(b["id"], b["relation"]) for b in view["backlinks"]} == {
        ("tafel-a", "trekker"),
        ("2023-03-24-tafel-a", "organiser"),
    }
    text = cli("show", "tafel-a", "--kb", kb, "-f", "text").stdout
    assert "GGZ A (ggz-a)" in text and "trekker" in text
    assert "bijeenkomst Eerste tafel A (2023-03-24-tafel-a) — forum" in text
    region = json.loads(cli("show", "regio-a", "--kb", kb).stdout)
    # a region's insurer and ROS are written once, on the actor, and shown on the region as backlinks
    assert {("verzekeraar", "insurer"), ("ros-a", "support_organisation"), ("ggz-a", "works_in")} <= {
        (b["id"], b["relation"]) for b in region["backlinks"]
    }
    assert {r["relation"] for r in region["references"]} == {"part_of"}


def test_show_ambiguous_and_unknown(cli, make_kb) -> None:
    root = make_kb(
        {
            "data/initiatives/ggz-a.yaml": "id: ggz-a\nname: X\ntype: project\nstatus: idee\n"
            "regions: [regio-a]\nsources: [{title: T}]\n"
        }
    )
    run = cli("show", "ggz-a", "--kb", str(root))
    assert run.exit_code == 2 and "`actor:ggz-a`" in run.stderr and "`initiative:ggz-a`" in run.stderr
    run = cli("show", "tafel-b", "--kb", str(root))
    assert run.exit_code == 2 and "bedoel je `tafel-a`" in run.stderr


@pytest.mark.parametrize("fmt", ["md", "yaml", "text"])
def test_show_formats(cli, kb, fmt) -> None:
    run = cli("show", "tafel-a", "--kb", kb, "-f", fmt)
    assert run.exit_code == 0 and "Samenwerkingstafel A" in run.stdout


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_show_writes_true_and_false_as_the_file_does(cli, make_kb, fmt: str) -> None:
    """`approximate: true` in the file is `true` in the view, not Python's `True`."""
    meeting = (
        "id: 2023-05-01-x\ntitle: X\ndate: 2023-05-01\ntype: werksessie\nstatus: gehouden\nregions: [regio-a]\n"
        "participants: {count: 40, approximate: true}\ninternal: false\nsources: [{title: T}]\n"
    )
    root = make_kb({"data/meetings/2023-05-01-x.yaml": meeting})
    out = cli("show", "2023-05-01-x", "--kb", str(root), "-f", fmt).stdout
    assert "approximate: true" in out and "True" not in out and "False" not in out, out


def test_search_names_the_field_a_meeting_s_title_is_in(cli, kb) -> None:
    """A meeting has a `title`, not a `name`: a hit in it says so."""
    hits = json.loads(cli("search", "Tweede tafel", "--kb", kb).stdout)
    assert [(h["kind"], h["id"], h["field"]) for h in hits][:1] == [("meeting", "2099-07-14-tafel-a", "title")]
    hits = json.loads(cli("search", "Samenwerkingstafel", "--kb", kb, "--kind", "initiatives").stdout)
    assert hits[0]["field"] == "name"


def test_search_is_accent_and_case_insensitive(cli, kb) -> None:
    hits = json.loads(cli("search", "CLIENTEN", "--kb", kb).stdout)
    assert hits[0]["id"] == "triage-b" and "cliënten" in hits[0]["snippet"]


def test_search_ranks_names_first_and_filters(cli, kb) -> None:
    hits = json.loads(cli("search", "tafel", "--kb", kb).stdout)
    assert hits[0]["id"] in {"tafel-a", "2023-03-24-tafel-a", "2099-07-14-tafel-a"}
    only_meetings = json.loads(cli("search", "tafel", "--kb", kb, "--kind", "meetings").stdout)
    assert {h["kind"] for h in only_meetings} == {"meeting"}
    assert json.loads(cli("search", "triage", "--kb", kb, "--region", "regio-a").stdout) == []
    assert json.loads(cli("search", "wachttijden weinig", "--kb", kb).stdout)[0]["id"] == "tafel-a"  # every word


def test_search_says_when_the_limit_cuts_the_hits(cli, kb) -> None:
    everything = json.loads(cli("search", "tafel", "--kb", kb).stdout)
    assert len(everything) >= 3
    cut = cli("search", "tafel", "--kb", kb, "--limit", "2")
    assert cut.exit_code == 0 and len(json.loads(cut.stdout)) == 2  # stdout stays the hits alone
    assert f"2 van {len(everything)} resultaten getoond" in cut.stderr and "--limit" in cut.stderr
    english = cli("--lang", "en", "search", "tafel", "--kb", kb, "--limit", "2")
    assert f"2 of {len(everything)} matches shown" in english.stderr
    whole = cli("search", "tafel", "--kb", kb, "--limit", str(len(everything)))
    assert whole.stderr == ""  # nothing left out: nothing said


def test_actions_open_overdue_owner(cli, kb) -> None:
    everything = json.loads(cli("actions", "--kb", kb, "--as-of", "2023-05-01").stdout)
    assert [a["id"] for a in everything] == ["uitnodiging", "voorzet"]
    open_ = json.loads(cli("actions", "--kb", kb, "--open", "--as-of", "2023-05-01").stdout)
    assert [a["id"] for a in open_] == ["voorzet"] and open_[0]["overdue"] is False
    late = json.loads(cli("actions", "--kb", kb, "--overdue", "--as-of", "2023-08-01").stdout)
    assert [a["id"] for a in late] == ["voorzet"] and late[0]["owner_name"] == "Verzekeraar"
    assert json.loads(cli("actions", "--kb", kb, "--owner", "ros-a").stdout)[0]["id"] == "uitnodiging"
    assert json.loads(cli("actions", "--kb", kb, "--region", "regio-b").stdout) == []


def test_broken_files_are_left_out_with_a_warning(cli, make_kb) -> None:
    root = make_kb({"data/actors/kapot.yaml": "id: [\n"})
    run = cli("list", "actors", "--kb", str(root))
    assert run.exit_code == 0
    assert "1 bestand met fouten weggelaten" in run.stderr


def test_queries_on_the_shipped_data(cli) -> None:
    kb = str(REPO)
    mijnstreek = ids(cli("list", "initiatives", "--kb", kb, "--region", "limburg"))
    assert "thematafel-ggz-mijnstreek" in mijnstreek and "de-nieuwe-ggz-maastricht" in mijnstreek
    menzis = json.loads(cli("show", "menzis", "--kb", kb).stdout)
    assert {(r["id"], r["relation"]) for r in menzis["references"]} == {("twente", "insurer")}
    assert json.loads(cli("search", "clienten", "--kb", kb).stdout)
    overdue = json.loads(cli("actions", "--kb", kb, "--overdue", "--as-of", "2026-11-23").stdout)
    assert any(a["owner"] == "menzis" for a in overdue)


def test_completion_of_ids_and_values(make_kb, monkeypatch) -> None:
    from ggznet.cli.completion import complete_ref, complete_region, complete_value

    monkeypatch.setenv("GGZNET_KB", str(make_kb()))
    assert complete_region(None, "regio-") == ["regio-a", "regio-b"]  # no context: $GGZNET_KB
    assert complete_ref(None, "initiative:t") == ["initiative:tafel-a", "initiative:triage-b"]
    assert "lopend" in complete_value("status")(None, "lo")
    assert complete_value("theme")(None, "wacht") == ["wachttijden"]

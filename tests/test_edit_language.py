"""Edits in the language of the run (Dutch by default, English with --lang en). An edit refused because it would
add errors: the error carries its problems as data, and the command line lists them each put into words as
`validate` does, with paths, positions and codes unchanged. What an edit did: said from its template, so that a
value written is never translated; the commit message stays English."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import BASE, GIT_ENV, git
from ggznet.api import edit
from ggznet.errors import EditRefused, InvalidEdit
from ggznet.problems import error

HEAD_NL = "fout: de wijziging zou de kennisbank ongeldig maken; er is niets geschreven:"
HEAD_EN = "error: the edit would make the knowledge base invalid; nothing was written:"
HINT_NL = "  tip: verbeter de waarden en probeer het opnieuw (ggznet explain CODE vertelt meer)"
HINT_EN = "  hint: fix the values and try again (ggznet explain CODE tells more)"

NEW = ["new", "initiative", "--id", "nieuw", "--name", "X", "--type", "tafel", "--status", "idee", "--region"]
NEW += ["regio-a", "--source", "X", "--url", "nope"]

# (command, the listed line in Dutch, the same line in English): every command that edits can be refused so
CASES: list[tuple[list[str], str, str]] = [
    (
        ["set", "tafel-a", "status", "loopt"],
        "  data/initiatives/tafel-a.yaml:4:9: bad-value `status`: `loopt` is geen van: idee, verkenning, pilot, "
        "lopend, geborgd, afgerond, gestopt, onbekend",
        "  data/initiatives/tafel-a.yaml:4:9: bad-value `status`: `loopt` is not one of: idee, verkenning, pilot, "
        "lopend, geborgd, afgerond, gestopt, onbekend",
    ),
    (
        ["link", "tafel-a", "netwerk-a"],
        "  data/initiatives/netwerk-a.yaml:7:10: reference-cycle `part_of` loopt in een kring rond: "
        "netwerk-a → tafel-a → netwerk-a",
        "  data/initiatives/netwerk-a.yaml:7:10: reference-cycle `part_of` goes round in a circle: "
        "netwerk-a → tafel-a → netwerk-a",
    ),
    (
        ["unlink", "tafel-a", "regio-a"],
        "  data/initiatives/tafel-a.yaml:5:1: missing-field verplicht veld `regions` ontbreekt",
        "  data/initiatives/tafel-a.yaml:5:1: missing-field missing required field `regions`",
    ),
    (
        NEW,
        "  data/initiatives/nieuw.yaml:1:1: bad-value `sources[0].url`: 'nope' is geen http(s)-webadres",
        "  data/initiatives/nieuw.yaml:1:1: bad-value `sources[0].url`: 'nope' is not an http(s) web address",
    ),
    (
        ["action", "add", "2023-03-24-tafel-a", "", "--owner", "verzekeraar"],
        "  data/meetings/2023-03-24-tafel-a.yaml:16:5: wrong-type `outcomes.actions[2].what`: moet minstens 1 teken "
        "lang zijn",
        "  data/meetings/2023-03-24-tafel-a.yaml:16:5: wrong-type `outcomes.actions[2].what`: String should have at "
        "least 1 character",
    ),
    (
        ["source", "add", "tafel-a", "X", "--url", "nope"],
        "  data/initiatives/tafel-a.yaml:17:3: bad-value `sources[1].url`: 'nope' is geen http(s)-webadres",
        "  data/initiatives/tafel-a.yaml:17:3: bad-value `sources[1].url`: 'nope' is not an http(s) web address",
    ),
]


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "data").rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("args", "dutch", "english"), CASES, ids=[" ".join(a[:2]) for a, _, _ in CASES])
def test_a_refused_edit_lists_its_problems_in_the_language_of_the_run(cli, make_kb, args, dutch, english) -> None:
    kb = make_kb()
    before = snapshot(kb)
    run = cli(*args, "--kb", str(kb))
    assert run.exit_code == 1, run.stderr
    assert run.stderr.splitlines() == [HEAD_NL, dutch, HINT_NL]
    run = cli(*args, "--kb", str(kb), "--lang", "en")
    assert run.exit_code == 1, run.stderr
    assert run.stderr.splitlines() == [HEAD_EN, english, HINT_EN]
    assert snapshot(kb) == before


def test_more_than_ten_problems_are_counted_in_the_language_of_the_run(cli, make_kb) -> None:
    kb = make_kb()
    args = ("set", "tafel-a", "regions", ", ".join(f"x{n}" for n in range(1, 13)), "--kb", str(kb))
    dutch = cli(*args).stderr.splitlines()
    english = cli(*args, "--lang", "en").stderr.splitlines()
    assert len(dutch) == len(english) == 1 + 10 + 1 + 1
    assert dutch[1] == "  data/initiatives/tafel-a.yaml:5:10: unresolved-reference regio `x10` bestaat niet"
    assert english[1] == "  data/initiatives/tafel-a.yaml:5:10: unresolved-reference region `x10` does not exist"
    assert all(line.endswith("bestaat niet") for line in dutch[1:11])
    assert (dutch[11], english[11]) == ("  … en nog 2", "  … and 2 more")


def test_a_path_with_a_space_does_not_keep_the_listing_english(cli, make_kb) -> None:
    """The problems are translated as data, not by reading the English lines back (which a space in a path
    defeated: the whole listing stayed English)."""
    netwerk = BASE["data/initiatives/netwerk-a.yaml"]
    kb = make_kb({"data/initiatives/netwerk-a.yaml": None, "data/initiatives/netwerk a.yaml": netwerk})
    run = cli("set", "tafel-a", "part_of", "netwerk-a", "--kb", str(kb))
    assert run.exit_code == 1
    assert (
        "  data/initiatives/netwerk a.yaml:7:10: reference-cycle `part_of` loopt in een kring rond: "
        "netwerk-a → tafel-a → netwerk-a"
    ) in run.stderr.splitlines()


def test_the_error_carries_its_problems_and_an_english_message(make_kb) -> None:
    kb = make_kb()

    def plan(knowledge_base, editor) -> str:
        editor.set_field(knowledge_base.index.lookup("tafel-a"), ("status",), "loopt")
        return "status"

    with pytest.raises(InvalidEdit) as refused:
        edit(kb, plan)
    assert isinstance(refused.value, EditRefused)
    assert [(p.code, p.path, p.line, p.column) for p in refused.value.problems] == [
        ("bad-value", "data/initiatives/tafel-a.yaml", 4, 9)
    ]
    assert refused.value.message == (
        "the edit would make the knowledge base invalid; nothing was written:\n"
        "  data/initiatives/tafel-a.yaml:4:9: bad-value " + refused.value.problems[0].message
    )


def test_the_message_lists_ten_problems_and_counts_the_rest() -> None:
    problems = [error("unknown-field", f"data/actors/a{n:02}.yaml", f"unknown field `k{n}`") for n in range(12)]
    refused = InvalidEdit(problems, "a hint")
    lines = refused.message.splitlines()
    assert lines[0] == "the edit would make the knowledge base invalid; nothing was written:"
    assert lines[1] == "  data/actors/a00.yaml:0:0: unknown-field unknown field `k0`"
    assert lines[10] == "  data/actors/a09.yaml:0:0: unknown-field unknown field `k9`"
    assert lines[11:] == ["  … and 2 more"]
    assert refused.hint == "a hint" and len(refused.problems) == 12


@pytest.mark.parametrize("value", ["Wachtlijst: none", "Notitie: Permission denied", "text"])
def test_what_an_edit_did_keeps_the_value_as_written(cli, make_kb, value: str) -> None:
    """The values are put into the Dutch template, not read back out of the English sentence (which took a
    value that happened to be a catalogue's word, `none`, for one, and said `geen`)."""
    kb = make_kb()
    dry = cli("set", "tafel-a", "summary", value, "--kb", str(kb), "--dry-run")
    assert dry.stderr == f"proefdraai: initiative:tafel-a: summary = {value}; niets geschreven\n"
    run = cli("set", "tafel-a", "summary", value, "--kb", str(kb))
    assert run.stderr == f"initiative:tafel-a: summary = {value} (data/initiatives/tafel-a.yaml)\n"
    assert yaml.safe_load((kb / "data/initiatives/tafel-a.yaml").read_text(encoding="utf-8"))["summary"] == value


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (["link", "tafel-a", "gemeente-b", "--role", "partner"], "gekoppeld: ", "linked: "),
        (["link", "tafel-a", "ggz-a", "--role", "trekker"], " was er al", " was there already"),
        (["action", "done", "2023-03-24-tafel-a", "voorzet"], ": actie voorzet afgerond", ": action voorzet done"),
        (
            ["source", "add", "tafel-a", "Bron"],
            "initiative:tafel-a: bron 2 toegevoegd",
            "initiative:tafel-a: source 2 added",
        ),
        (["rename", "netwerk-a", "netwerk-b"], "hernoemd naar netwerk-b, en 2 verwijzingen", "and 2 references"),
        (["rename", "triage-b", "triage-c"], "hernoemd naar triage-c, en 0 verwijzingen", "and 0 references"),
        (["rename", "gemeente-b", "gemeente-c"], "hernoemd naar gemeente-c, en 1 verwijzing;", "and 1 reference;"),
        (["rename", "ros-a", "ros-a"], "actor:ros-a heeft dat id al", "actor:ros-a already has that id"),
    ],
)
def test_what_an_edit_did_in_the_language_of_the_run(cli, make_kb, args, dutch, english) -> None:
    kb = make_kb()
    run = cli(*args, "--kb", str(kb), "--dry-run")
    assert run.exit_code == 0, run.stderr
    assert dutch in run.stderr
    run = cli(*args, "--kb", str(kb), "--dry-run", "--lang", "en")
    assert english in run.stderr


def test_the_commit_message_stays_english_in_a_dutch_run(cli, make_kb) -> None:
    kb = make_kb()
    git(kb, "init", "-q")
    git(kb, "add", "-A")
    git(kb, "commit", "-qm", "start")
    run = cli("rename", "ros-a", "ros-b", "--commit", "--kb", str(kb), env=GIT_ENV)
    assert run.exit_code == 0, run.stderr
    assert run.stderr.startswith("actor:ros-a hernoemd naar ros-b, en 3 verwijzingen (")
    assert git(kb, "log", "-1", "--format=%B").startswith("renamed actor:ros-a to ros-b and 3 references\n")

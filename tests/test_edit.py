"""Edits from the CLI: exact diffs, refusals, links, actions, rename all-or-nothing, crashes, concurrency."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggznet.api import KnowledgeBase, edit
from ggznet.errors import EditRefused
from ggznet.store import roundtrip, transaction
from ggznet.store.roundtrip import Document

REPO = Path(__file__).resolve().parent.parent

COMMENTED = textwrap.dedent("""\
    # yaml-language-server: $schema=../../schemas/initiative.schema.json
    # Trekker nog te bevestigen (zie verslag)
    id: tafel-a
    name: 'Samenwerkingstafel A'   # naam zoals in de uitnodiging
    type: tafel
    status: lopend
    regions: [regio-a]

    started: 2023-03
    themes:
    - wachttijden
    actors:
    - {actor: verzekeraar, role: initiatiefnemer}
    - actor: ggz-a
      role: trekker
    summary: "Partijen werken samen: aan kortere wachttijden."
    sources:
    - title: Testbron
    """)


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "data").rglob("*")) if p.is_file()}


def changed_lines(before: str, after: str) -> list[str]:
    import difflib

    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.fixture
def kb(make_kb) -> Path:
    return make_kb({"data/initiatives/tafel-a.yaml": COMMENTED})


def test_set_changes_only_its_line(cli, kb) -> None:
    path = kb / "data/initiatives/tafel-a.yaml"
    run = cli("set", "tafel-a", "status", "geborgd", "--kb", str(kb))
    assert run.exit_code == 0, run.stderr
    assert changed_lines(COMMENTED, path.read_text(encoding="utf-8")) == ["-status: lopend", "+status: geborgd"]


def test_set_new_field_goes_to_its_place(cli, kb) -> None:
    path = kb / "data/initiatives/tafel-a.yaml"
    assert cli("set", "tafel-a", "ended", "2024-06", "--kb", str(kb)).exit_code == 0
    after = path.read_text(encoding="utf-8")
    assert changed_lines(COMMENTED, after) == ["+ended: 2024-06"]
    assert after.index("ended:") > after.index("started:")


def test_set_list_and_nested(cli, kb) -> None:
    path = kb / "data/initiatives/tafel-a.yaml"
    assert cli("set", "tafel-a", "themes", "wachttijden, triage", "--kb", str(kb)).exit_code == 0
    assert "themes: [wachttijden, triage]" in path.read_text(encoding="utf-8")
    run = cli("set", "2099-07-14-tafel-a", "next_meeting.date", "2099-10", "--kb", str(kb))
    assert run.exit_code == 0, run.stderr
    assert "next_meeting:\n  date: 2099-10\n" in (kb / "data/meetings/2099-07-14-tafel-a.yaml").read_text(
        encoding="utf-8"
    )


def test_dry_run_prints_a_diff_and_writes_nothing(cli, kb) -> None:
    before = snapshot(kb)
    run = cli("set", "tafel-a", "status", "geborgd", "--kb", str(kb), "--dry-run")
    assert run.exit_code == 0
    assert "-status: lopend\n+status: geborgd\n" in run.stdout
    assert snapshot(kb) == before


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["set", "tafel-a", "status", "loopt"], 1, "zou de kennisbank ongeldig maken"),
        (["set", "tafel-a", "regions", "regio-x"], 1, "unresolved-reference"),
        (["set", "tafel-a", "naam", "X"], 2, "bedoel je `name`"),
        (["set", "tafel-a", "name", "--unset"], 1, "missing-field"),
        (["set", "tafel-a", "id", "x"], 2, "ggznet rename"),
        (["set", "tafel-a", "started", "2023-02-30"], 2, "geen bestaande datum"),
        (["link", "tafel-a", "ggz-a"], 2, "vraagt --role"),
        (["rename", "tafel-a", "Tafel A"], 2, "geen geldig id"),
        (["rename", "tafel-a", "netwerk-a"], 2, "bestaat al"),
        (["new", "initiative", "--name", "X", "--type", "tafel", "--status", "idee"], 2, "--region ontbreekt"),
        (
            [
                "new",
                "initiative",
                "--id",
                "tafel-a",
                "--name",
                "X",
                "--type",
                "tafel",
                "--status",
                "idee",
                "--region",
                "regio-a",
            ],
            2,
            "bestaat al",
        ),
        (["action", "done", "2023-03-24-tafel-a", "voorzetje"], 2, "bedoel je `voorzet`"),
    ],
)
def test_refusals_write_nothing(cli, kb, args, code, needle) -> None:
    before = snapshot(kb)
    run = cli(*args, "--kb", str(kb))
    assert run.exit_code == code, (run.stdout, run.stderr)
    assert needle in run.stderr
    assert snapshot(kb) == before


def test_link_and_unlink_round_trip(cli, kb) -> None:
    before = snapshot(kb)
    assert cli("link", "tafel-a", "gemeente-b", "--role", "partner", "--kb", str(kb)).exit_code == 0
    text = (kb / "data/initiatives/tafel-a.yaml").read_text(encoding="utf-8")
    assert "- actor: gemeente-b\n  role: partner\n" in text
    assert cli("unlink", "tafel-a", "gemeente-b", "--role", "partner", "--kb", str(kb)).exit_code == 0
    assert snapshot(kb) == before


def test_link_pairs(cli, kb) -> None:
    # a region's insurer is written once, on the actor; the actor's type must fit the role
    region_before = (kb / "data/regions/regio-a.yaml").read_text(encoding="utf-8")
    assert cli("link", "regio-b", "verzekeraar", "--role", "insurer", "--kb", str(kb)).exit_code == 0
    assert "regions: [regio-a, regio-b]\n" in (kb / "data/actors/verzekeraar.yaml").read_text(encoding="utf-8")
    assert (kb / "data/regions/regio-a.yaml").read_text(encoding="utf-8") == region_before
    run = cli("link", "regio-a", "ggz-a", "--role", "ros", "--kb", str(kb))
    assert (
        run.exit_code == 2 and "is niet van het type `ros`" in run.stderr and "ggznet set ggz-a type ros" in run.stderr
    )
    assert cli("link", "triage-b", "tafel-a", "--relation", "inspired-by", "--kb", str(kb)).exit_code == 0
    assert "relation: inspired-by" in (kb / "data/initiatives/triage-b.yaml").read_text(encoding="utf-8")
    assert cli("link", "2099-07-14-tafel-a", "gemeente-b", "--kb", str(kb)).exit_code == 0
    meeting = (kb / "data/meetings/2099-07-14-tafel-a.yaml").read_text(encoding="utf-8")
    assert "participants:\n  actors: [gemeente-b]" in meeting
    run = cli("link", "tafel-a", "ggz-a", "--role", "trekker", "--kb", str(kb))
    assert run.exit_code == 0 and "was er al" in run.stderr


def test_action_add_and_done(cli, kb) -> None:
    run = cli(
        "action",
        "add",
        "2023-03-24-tafel-a",
        "Verslag rondsturen",
        "--owner",
        "ros-a",
        "--due",
        "2023-04-15",
        "--kb",
        str(kb),
    )
    assert run.exit_code == 0, run.stderr
    text = (kb / "data/meetings/2023-03-24-tafel-a.yaml").read_text(encoding="utf-8")
    assert "{id: verslag-rondsturen, what: Verslag rondsturen, owner: ros-a, due: 2023-04-15, status: open}" in text
    assert (
        cli(
            "action", "done", "2023-03-24-tafel-a", "verslag-rondsturen", "--on", "2023-04-10", "--kb", str(kb)
        ).exit_code
        == 0
    )
    meeting = KnowledgeBase.open(kb).index.meetings["2023-03-24-tafel-a"]
    done = next(a for a in meeting.actions if a.id == "verslag-rondsturen")
    assert done.status == "done" and str(done.done_on) == "2023-04-10"
    bad = cli("action", "add", "2023-03-24-tafel-a", "X", "--owner", "niemand", "--kb", str(kb))
    assert bad.exit_code == 2


def test_new_record_starts_with_the_schema_comment(cli, kb) -> None:
    run = cli(
        "new",
        "initiative",
        "--name",
        "Huiskamer Stad A",
        "--type",
        "voorziening",
        "--status",
        "pilot",
        "--region",
        "stad-a",
        "--source",
        "Testbron",
        "--set",
        "summary=Een plek om binnen te lopen.",
        "--kb",
        str(kb),
    )
    assert run.exit_code == 0, run.stderr
    text = (kb / "data/initiatives/huiskamer-stad-a.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/initiative.schema.json"
    assert text.splitlines()[1:6] == [
        "id: huiskamer-stad-a",
        "name: Huiskamer Stad A",
        "type: voorziening",
        "status: pilot",
        "regions: [stad-a]",
    ]
    assert not KnowledgeBase.open(kb).validate().problems
    meeting = cli(
        "new",
        "meeting",
        "--name",
        "Derde tafel",
        "--type",
        "samenwerkingstafel",
        "--status",
        "gepland",
        "--date",
        "2099-01-10",
        "--set",
        "forum=tafel-a",
        "--source",
        "Testbron",
        "--kb",
        str(kb),
    )
    assert meeting.exit_code == 0, meeting.stderr
    assert (kb / "data/meetings/2099-01-10-derde-tafel.yaml").exists()


def test_rename_rewrites_every_reference(cli, kb) -> None:
    run = cli("rename", "ggz-a", "ggz-aanbieder-a", "--kb", str(kb))
    assert run.exit_code == 0, run.stderr
    assert not (kb / "data/actors/ggz-a.yaml").exists()
    assert "id: ggz-aanbieder-a" in (kb / "data/actors/ggz-aanbieder-a.yaml").read_text(encoding="utf-8")
    result = KnowledgeBase.open(kb).validate()
    assert not result.problems
    assert "  role: trekker" in (kb / "data/initiatives/tafel-a.yaml").read_text(encoding="utf-8")
    assert "- actor: ggz-aanbieder-a" in (kb / "data/initiatives/tafel-a.yaml").read_text(encoding="utf-8")
    assert "# naam zoals in de uitnodiging" in (kb / "data/initiatives/tafel-a.yaml").read_text(encoding="utf-8")


class Boom(Exception):
    pass


@pytest.mark.parametrize(("lang", "tail"), [("nl", ", … en nog 5 bestanden)"), ("en", ", … and 5 more files)")])
def test_a_rename_through_many_files_names_ten_and_counts_the_rest(make_kb, cli, lang: str, tail: str) -> None:
    """Renaming an actor that hundreds of records name once printed every file on one line."""
    files = {
        f"data/initiatives/werk-{n:02d}.yaml": f"id: werk-{n:02d}\nname: Werk {n}\ntype: project\nstatus: lopend\n"
        "regions:\n  - regio-b\nactors:\n  - actor: gemeente-b\n    role: trekker\nsources:\n  - title: T\n"
        for n in range(12)
    }
    run = cli("rename", "gemeente-b", "gemeente-bee", "--kb", str(make_kb(files)), "--lang", lang)
    assert run.exit_code == 0 and run.stderr.rstrip().endswith(tail), run.stderr
    assert run.stderr.count("data/") == 10, run.stderr


@pytest.mark.parametrize("step", range(12))
def test_rename_is_all_or_nothing_when_any_step_fails(kb, step) -> None:
    before = snapshot(kb)
    calls = {"n": 0}

    def hook(name: str, path: str) -> None:
        if calls["n"] == step:
            raise Boom(f"{name} {path}")
        calls["n"] += 1

    def plan(knowledge_base, editor) -> str:
        from ggznet.edit import record_path

        record = knowledge_base.index.lookup("ggz-a")
        editor.move(record_path("actor", "ggz-a"), record_path("actor", "ggz-x"))
        editor.set_field(record, ("id",), "ggz-x")
        for link in knowledge_base.index.backlinks(record):
            editor.set_field(link.source, link.loc, "ggz-x")
        return "rename"

    try:
        edit(kb, plan, hook=hook)
        failed = False
    except Boom:
        failed = True
    after = snapshot(kb)
    if failed:
        assert after == before
    else:
        assert "data/actors/ggz-x.yaml" in after and "data/actors/ggz-a.yaml" not in after
        assert not KnowledgeBase.open(kb).validate().problems
    assert not list((kb / ".ggznet-cache").glob("tx-*"))


CRASH = """
import os, sys
from ggznet.api import edit
from ggznet.edit import record_path

def hook(name, path):
    if name == "replaced":
        os._exit(9)  # killed in the middle of replacing files

def plan(kb, editor):
    record = kb.index.lookup("ggz-a")
    editor.move(record_path("actor", "ggz-a"), record_path("actor", "ggz-x"))
    editor.set_field(record, ("id",), "ggz-x")
    for link in kb.index.backlinks(record):
        editor.set_field(link.source, link.loc, "ggz-x")
    return "rename"

edit(sys.argv[1], plan, hook=hook)
"""


def test_a_killed_process_is_rolled_back_on_the_next_run(kb, tmp_path) -> None:
    before = snapshot(kb)
    script = tmp_path / "crash.py"
    script.write_text(CRASH, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(kb)], capture_output=True, text=True, check=False)
    assert done.returncode == 9, done.stderr
    assert snapshot(kb) != before  # half done: one file replaced
    assert list((kb / ".ggznet-cache").glob("tx-*/journal.json"))
    KnowledgeBase.open(kb)  # any next run restores the old state
    assert snapshot(kb) == before


def test_two_processes_editing_at_once_lose_nothing(kb) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ggznet",
                "action",
                "add",
                "2023-03-24-tafel-a",
                f"Actie {n}",
                "--owner",
                "ros-a",
                "--kb",
                str(kb),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in range(4)
    ]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    meeting = KnowledgeBase.open(kb).index.meetings["2023-03-24-tafel-a"]
    assert {a.id for a in meeting.actions} >= {f"actie-{n}" for n in range(4)}


def test_edits_never_write_outside_data(kb, tmp_path) -> None:
    with pytest.raises(EditRefused):
        transaction.apply(kb, {"../evil.yaml": b"x"})
    with pytest.raises(EditRefused):
        transaction.apply(kb, {"data/../../evil.yaml": b"x"})
    outside = tmp_path / "outside"
    outside.mkdir()
    (kb / "data" / "link").symlink_to(outside)
    with pytest.raises(EditRefused):
        transaction.apply(kb, {"data/link/x.yaml": b"x"})
    assert not list(outside.iterdir())


def test_permissions_are_kept(cli, kb) -> None:
    path = kb / "data/initiatives/tafel-a.yaml"
    path.chmod(0o640)
    assert cli("set", "tafel-a", "status", "pilot", "--kb", str(kb)).exit_code == 0
    assert path.stat().st_mode & 0o777 == 0o640


def test_commit_makes_a_commit_of_exactly_the_edited_files(cli, kb) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(kb), *args], check=True, capture_output=True, text=True, env=env).stdout

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "start")
    (kb / "data/actors/ros-a.yaml").write_text((kb / "data/actors/ros-a.yaml").read_text() + "tags: [los]\n")
    os.environ.update({k: v for k, v in env.items() if k.startswith("GIT_")})
    try:
        run = cli("set", "tafel-a", "status", "pilot", "--commit", "--kb", str(kb))
    finally:
        for k in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
            os.environ.pop(k, None)
    assert run.exit_code == 0, run.stderr
    assert git("show", "--name-only", "--format=%s", "HEAD").split()[-1] == "data/initiatives/tafel-a.yaml"
    assert "tafel-a: status = pilot" in git("log", "-1", "--format=%s")
    assert "data/actors/ros-a.yaml" in git("status", "--porcelain")  # the unrelated change stays uncommitted


@pytest.mark.parametrize("path", sorted((REPO / "data").glob("*/*.yaml")), ids=lambda p: p.name)
def test_shipped_files_round_trip_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert Document(text, path.name).dump() == text


keys = st.sampled_from(["id", "name", "summary", "tags", "regions", "status", "description", "notes"])
scalars = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
    st.dates(),
)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3), max_leaves=8
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, values, min_size=1, max_size=6), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_load_then_write_without_change_gives_the_same_bytes(data, newline, bom) -> None:
    text = roundtrip.dump_new(roundtrip.load(roundtrip.dump_new(data)), "# commentaar\n")
    text = ("\ufeff" if bom else "") + text.replace("\n", newline)
    assert Document(text).dump() == text


def test_new_asks_for_what_is_missing_on_a_terminal(kb, monkeypatch) -> None:
    """On a terminal `new` prompts, offers the vocabulary, refuses other answers, and completes ids."""
    from typer.testing import CliRunner

    from ggznet.cli import app, cmd_edit

    seen: list[list[str]] = []
    real = cmd_edit.tab_completion

    def spy(words):
        seen.append(list(words))
        return real(words)

    monkeypatch.setattr(cmd_edit, "tab_completion", spy)
    monkeypatch.setattr(cmd_edit, "is_interactive", lambda: True)
    runner = CliRunner()
    answers = "Inloophuis Stad A\nvoorzieningetje\nvoorziening\npilot\nstad-a\npreventie\n\n"
    result = runner.invoke(
        app, ["new", "initiative", "--kb", str(kb), "--source", "T"], input=answers, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "bedoel je `voorziening`" in result.output
    text = (kb / "data/initiatives/inloophuis-stad-a.yaml").read_text(encoding="utf-8")
    assert "type: voorziening" in text and "status: pilot" in text and "regions: [stad-a]" in text
    assert ["land", "provincie-a", "regio-a", "regio-b", "stad-a"] in seen  # ids offered for completion


@pytest.mark.parametrize(
    ("lang", "hint", "wrong"),
    [
        ("nl", "<Tab> toont de ids; maak er eerst een met `ggznet new initiative`", "een initiative"),
        ("en", "<Tab> shows the ids; add one first with `ggznet new initiative`", "a initiative"),
    ],
)
def test_an_unknown_id_typed_at_a_prompt_is_hinted_in_the_run_s_words(
    kb, monkeypatch, lang: str, hint: str, wrong: str
) -> None:
    """The hint for an id nobody has names the kind only in the command (no `een initiative`, `a initiative`)."""
    from typer.testing import CliRunner

    from ggznet.cli import app, cmd_edit

    monkeypatch.setattr(cmd_edit, "is_interactive", lambda: True)
    answers = "Overleg Stad A\n2024-05-01\nwerksessie\ngepland\nqqqqqqqqqqqq\n\n\n\n\n\n"
    result = CliRunner().invoke(
        app, ["--lang", lang, "new", "meeting", "--kb", str(kb), "--source", "T"], input=answers, catch_exceptions=False
    )
    assert hint in result.output and wrong not in result.output, result.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "✗ initiatief `tafel-a` bestaat al; geef een andere naam"),
        ("en", "✗ initiative `tafel-a` exists already"),
    ],
)
def test_a_name_taken_at_a_prompt_names_the_kind_in_the_run_s_words(kb, monkeypatch, lang: str, said: str) -> None:
    from typer.testing import CliRunner

    from ggznet.cli import app, cmd_edit

    monkeypatch.setattr(cmd_edit, "is_interactive", lambda: True)
    answers = "Tafel A\nTafel Nieuw\nvoorziening\npilot\nstad-a\n\n\n\n\n"
    result = CliRunner().invoke(
        app,
        ["--lang", lang, "new", "initiative", "--kb", str(kb), "--source", "T"],
        input=answers,
        catch_exceptions=False,
    )
    assert result.exit_code == 0 and said in result.output, result.output


def test_source_add_set_remove_and_list(cli, kb) -> None:
    """A source can be added, changed and removed from the command line; typed dates are stored as ISO."""
    import json

    path = kb / "data/initiatives/tafel-a.yaml"
    run = cli(
        "source", "add", "tafel-a", "Verslag van de tafel", "--publisher", "ROS A", "--published", "14 juli 2023",
        "--url", "https://example.org/verslag", "--kb", str(kb),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "bron 2 toegevoegd" in run.stderr
    import yaml

    added = yaml.safe_load(path.read_text(encoding="utf-8"))["sources"][-1]
    assert list(added.items()) == [  # in the data model's order, the typed date as ISO
        ("title", "Verslag van de tafel"),
        ("publisher", "ROS A"),
        ("published", __import__("datetime").date(2023, 7, 14)),
        ("url", "https://example.org/verslag"),
    ]
    assert cli("source", "set", "tafel-a", "2", "--published", "juli 2023", "--kb", str(kb)).exit_code == 0
    listed = json.loads(cli("source", "list", "tafel-a", "--kb", str(kb), "-f", "json").stdout)
    assert [(s["number"], s["title"], s["published"]) for s in listed] == [
        (1, "Testbron", None),
        (2, "Verslag van de tafel", "2023-07"),
    ]
    assert cli("source", "remove", "tafel-a", "1", "--kb", str(kb)).exit_code == 0
    listed = json.loads(cli("source", "list", "tafel-a", "--kb", str(kb), "-f", "json").stdout)
    assert [s["title"] for s in listed] == ["Verslag van de tafel"]
    assert not KnowledgeBase.open(kb).validate().problems


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["source", "set", "tafel-a", "5", "--title", "X"], "heeft geen bron 5"),
        (["source", "set", "tafel-a", "1"], "geef minstens één van --title"),
        (["source", "remove", "tafel-a", "2"], "heeft geen bron 2"),
        (["source", "add", "tafel-a", "T", "--published", "31-2-2023"], "geen bestaande datum"),
        (["source", "add", "tafel-a", "T", "--url", "ftp://x"], "url"),
        (["source", "add", "tafel-a", "  "], "title"),
    ],
)
def test_source_refusals_write_nothing(cli, kb, args, needle) -> None:
    before = snapshot(kb)
    run = cli(*args, "--kb", str(kb))
    assert run.exit_code in (1, 2), run.stderr
    assert needle in run.stderr
    assert snapshot(kb) == before


def test_removing_the_last_source_leaves_a_warning_not_an_error(cli, kb) -> None:
    assert cli("source", "remove", "netwerk-a", "1", "--kb", str(kb)).exit_code == 0
    assert "sources:" not in (kb / "data/initiatives/netwerk-a.yaml").read_text(encoding="utf-8")
    assert [p.code for p in KnowledgeBase.open(kb).validate().problems] == ["no-source"]


def test_new_in_a_script_takes_everything_as_options(cli, kb) -> None:
    run = cli(
        "new", "initiative", "--name", "Inloop B", "--type", "voorziening", "--status", "idee", "--region", "regio-b",
        "--theme", "preventie", "--theme", "triage", "--actor", "gemeente-b:trekker", "--source", "Testbron",
        "--publisher", "Gemeente B", "--published", "1-3-2024", "--kb", str(kb),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    text = (kb / "data/initiatives/inloop-b.yaml").read_text(encoding="utf-8")
    assert "themes: [preventie, triage]" in text and "  - actor: gemeente-b\n    role: trekker" in text
    assert "published: 2024-03-01" in text
    assert not KnowledgeBase.open(kb).validate().problems
    meeting = cli(
        "new", "meeting", "--name", "Vierde tafel", "--date", "15 maart 2099", "--type", "samenwerkingstafel",
        "--status", "gepland", "--forum", "tafel-a", "--participant", "ggz-a", "--source", "T", "--kb", str(kb),
    )  # fmt: skip
    assert meeting.exit_code == 0, meeting.stderr
    text = (kb / "data/meetings/2099-03-15-vierde-tafel.yaml").read_text(encoding="utf-8")
    assert "date: 2099-03-15" in text and "regions: [regio-a]" in text  # the forum's region by default
    assert "participants:\n  actors: [ggz-a]" in text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--theme", "wachttijd"], "--theme: thema `wachttijd` staat niet in data/vocabulary.yaml"),
        (["--actor", "ggz-a"], "schrijf ACTOR:ROL"),
        (["--actor", "ggz-a:baas"], "`baas` is geen van de keuzes"),
        (["--region", "regio-x"], "--region: geen regio met id `regio-x`"),
        (["--status", "loopt"], "--status: `loopt` is geen van de keuzes"),
        (["--publisher", "X"], "geef ook --source TITEL"),
    ],
)
def test_new_refuses_bad_option_values(cli, kb, args, needle) -> None:
    base = ["new", "initiative", "--name", "Inloop C", "--type", "voorziening", "--status", "idee"]
    if "--region" not in args:
        base += ["--region", "regio-b"]
    if "--status" in args:
        base = base[:6]
    run = cli(*base, *args, "--kb", str(kb))
    assert run.exit_code == 2, (run.stdout, run.stderr)
    assert needle in run.stderr


def test_a_meeting_cannot_be_held_in_the_future(cli, kb) -> None:
    run = cli(
        "new", "meeting", "--name", "Later", "--date", "1-1-2099", "--type", "webinar", "--status", "gehouden",
        "--kb", str(kb),
    )  # fmt: skip
    assert run.exit_code == 2 and "kan nog niet gehouden zijn" in run.stderr

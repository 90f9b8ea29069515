"""The one history engine: `ggznet changes`, `history` and the briefing's "what changed" on real git repositories,
including hostile history (odd shapes, huge files), a knowledge base in a subfolder, and bad dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SOURCE, git
from ggznet.history import field_changes, parse_version


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def write(root: Path, rel: str, text: str | bytes) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(make_kb) -> Path:
    """The test knowledge base, committed before the first meeting of tafel-a (2023-03-24)."""
    root = make_kb()
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kennisbank gestart", date="2023-01-10")
    return root


def two_regions_of_history(root: Path) -> None:
    """Commits after the meeting of 24 March 2023 in region A (the forum's) and in region B."""
    edit(root, "data/initiatives/netwerk-a.yaml", "status: idee", "status: pilot")  # part of the forum, in regio-a
    git(root, "commit", "-qam", "Netwerk A in pilot", date="2023-04-02")
    edit(root, "data/initiatives/triage-b.yaml", "status: pilot", "status: lopend")  # regio-b: not this table's
    edit(root, "data/actors/gemeente-b.yaml", "name: Gemeente B", "name: Gemeente Bee")
    git(root, "commit", "-qam", "Triage B loopt", date="2023-04-10")
    edit(
        root, "data/meetings/2023-03-24-tafel-a.yaml", "due: 2023-07-14, status: open", "due: 2023-07-14, status: done"
    )
    edit(
        root,
        "data/meetings/2023-03-24-tafel-a.yaml",
        "next_meeting:",
        "    - {id: agenda, what: Agenda rondsturen, owner: ros-a, status: open}\nnext_meeting:",
    )
    git(root, "commit", "-qam", "Acties bijgewerkt", date="2023-05-01")
    write(root, "data/README.md", "# Over deze kennisbank\n\nTekst.\n")  # not a record
    edit(root, "data/vocabulary.yaml", "Preventie, en: Prevention", "Preventie, en: Prevention of illness")
    write(
        root,
        "data/initiatives/huiskamer-b.yaml",
        "id: huiskamer-b\nname: Huiskamer B\ntype: voorziening\nstatus: idee\nregions: [regio-b]\n" + SOURCE,
    )
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Documentatie en regio B", date="2023-05-20")
    edit(root, "data/actors/ros-a.yaml", "name: ROS A", "name: ROS Regio A")  # a party of the forum
    git(root, "commit", "-qam", "Naam ROS", date="2023-06-01")


def test_briefing_shows_only_the_forums_region_field_by_field(repo, cli) -> None:
    two_regions_of_history(repo)
    run = cli("briefing", "tafel-a", "--kb", str(repo), "--as-of", "2023-07-01")
    assert run.exit_code == 0, run.stderr
    section = run.stdout.split("## Wat is er veranderd sinds de vorige bijeenkomst (24 maart 2023)")[1].split("## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows == [
        "| 2 april 2023 | initiatief: Lerend netwerk A | status: idee → pilot | Consultant |",
        "| 1 mei 2023 | bijeenkomst: Eerste tafel A | actie toegevoegd: Agenda rondsturen | Consultant |",
        "| 1 mei 2023 | bijeenkomst: Eerste tafel A | actie afgerond: Voorzet regiovisie | Consultant |",
        "| 1 juni 2023 | actor: ROS Regio A | naam: ROS A → ROS Regio A | Consultant |",
    ]
    for other in ("Triage B", "Gemeente B", "Huiskamer B", "README", "vocabulary", "Acties bijgewerkt"):
        assert other not in section  # region B, files that are not records, commit subjects


def test_briefing_in_english_uses_english_words(repo, cli) -> None:
    two_regions_of_history(repo)
    run = cli("briefing", "tafel-a", "--kb", str(repo), "--as-of", "2023-07-01", "--lang", "en")
    assert "| 2 April 2023 | initiative: Lerend netwerk A | status: idea → pilot | Consultant |" in run.stdout
    assert "action done: Voorzet regiovisie" in run.stdout


def test_briefing_when_the_history_starts_after_the_previous_meeting(make_kb, cli) -> None:
    root = make_kb()
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kennisbank gestart", date="2024-02-01")  # long after 24 March 2023
    run = cli("briefing", "tafel-a", "--kb", str(root))
    assert "De git-geschiedenis begint pas op 1 februari 2024" in run.stdout
    assert "Geen wijzigingen in de kennisbank." in run.stdout  # adding everything at once is not a change


def test_briefing_of_a_past_meeting_says_so_at_the_top(make_kb, cli) -> None:
    root = make_kb()
    planned = cli("briefing", "2099-07-14-tafel-a", "--kb", str(root), "--as-of", "2099-08-01")
    top = planned.stdout.split("## ")[0]
    assert "> **Let op:** deze bijeenkomst staat nog als gepland, maar de datum (14 juli 2099)" in top
    held = cli("briefing", "2023-03-24-tafel-a", "--kb", str(root), "--as-of", "2023-05-01")
    assert "> **Let op:** deze bijeenkomst vond plaats op 24 maart 2023" in held.stdout.split("## ")[0]
    upcoming = cli("briefing", "2099-07-14-tafel-a", "--kb", str(root), "--as-of", "2099-07-01")
    assert "Let op" not in upcoming.stdout.split("## ")[0]


def test_changes_of_a_knowledge_base_in_a_subfolder(tmp_path, make_kb, cli) -> None:
    outer = tmp_path / "outer"
    outer.mkdir()
    kb = make_kb()
    kb.rename(outer / "kennisbank")
    kb = outer / "kennisbank"
    (outer / "README.md").write_text("Een repository met meer dan de kennisbank.\n", encoding="utf-8")
    git(outer, "init", "-q", "-b", "main")
    git(outer, "add", "-A")
    git(outer, "commit", "-qm", "start", date="2024-01-10")
    edit(kb, "data/initiatives/netwerk-a.yaml", "status: idee", "status: pilot")
    git(outer, "commit", "-qam", "pilot", date="2024-02-01")
    rows = json.loads(cli("changes", "--since", "15-1-2024", "--kb", str(kb)).stdout)
    assert [(r["id"], r["field"], r["old"], r["new"]) for r in rows] == [("netwerk-a", "status", "idee", "pilot")]
    history = json.loads(cli("history", "netwerk-a", "--kb", str(kb)).stdout)
    assert [h["subject"] for h in history] == ["pilot", "start"]
    briefing = cli("briefing", "tafel-a", "--kb", str(kb), "--as-of", "2024-03-01")
    assert "status: idee → pilot" in briefing.stdout


@pytest.mark.parametrize(
    "odd",
    [
        "outcomes: {actions: 5}\n",
        "outcomes: {actions: [5, null, [1], {id: [1, 2]}, {id: {a: b}}]}\n",
        "outcomes: [1, 2]\n",
        "1: een\n2: twee\nname: Naam\n",
        "null: x\ntrue: y\n3.5: z\n",
        "next_meeting: 5\n",
        "regions: {a: 1}\n",
        "? [a, b]\n: c\n",
    ],
)
def test_changes_never_crash_on_odd_shapes(repo, cli, odd) -> None:
    path = "data/meetings/2023-03-24-tafel-a.yaml"
    original = (repo / path).read_text(encoding="utf-8")
    write(repo, path, "id: 2023-03-24-tafel-a\n" + odd)
    git(repo, "commit", "-qam", "vreemd", date="2024-02-01")
    write(repo, path, original)
    git(repo, "commit", "-qam", "terug", date="2024-02-02")
    for fmt in ("json", "table", "csv", "md"):
        run = cli("changes", "--since", "2024-01-15", "--kb", str(repo), "-f", fmt)
        assert run.exit_code == 0, (odd, fmt, run.stderr)
    briefing = cli("briefing", "tafel-a", "--kb", str(repo))
    assert briefing.exit_code == 0, briefing.stderr


def test_huge_historical_files_are_skipped_with_a_note(repo, cli) -> None:
    path = "data/actors/ggz-a.yaml"
    write(repo, path, "id: ggz-a\nname: GGZ A\ntype: ggz-aanbieder\ndescription: " + "x" * 1_200_000 + "\n")
    git(repo, "commit", "-qam", "heel groot", date="2024-02-01")
    run = cli("changes", "--since", "2024-01-15", "--kb", str(repo))
    assert run.exit_code == 0
    rows = json.loads(run.stdout)
    assert [(r["id"], r["change"], r["field"]) for r in rows] == [("ggz-a", "unreadable", "too-large")]
    assert "groter dan 1,000,000 bytes" in run.stderr


def test_binary_and_broken_yaml_in_history_are_unreadable_not_fatal(repo, cli) -> None:
    write(repo, "data/actors/ggz-a.yaml", b"\xff\xfe\x00binair")
    write(repo, "data/actors/ros-a.yaml", "id: ros-a\nname: [niet gesloten\n")
    git(repo, "commit", "-qam", "kapot", date="2024-02-01")
    rows = json.loads(cli("changes", "--since", "2024-01-15", "--kb", str(repo)).stdout)
    assert {(r["id"], r["change"], r["field"]) for r in rows} == {
        ("ggz-a", "unreadable", "not-utf8"),
        ("ros-a", "unreadable", "not-yaml"),
    }


@pytest.mark.parametrize(
    ("since", "needle"),
    [
        ("2024-13-45", "geen bestaande datum"),
        ("31-2-2024", "die dag bestaat niet"),
        ("31 februari 2024", "die dag bestaat niet"),
        ("gisteravond", "geen datum en geen commit"),
        ("v9.9", "geen datum en geen commit"),
        ("--git-dir=/tmp", "geen datum en geen commit"),
        ("-h", "geen datum en geen commit"),
    ],
)
def test_bad_since_is_a_usage_error(repo, cli, since, needle) -> None:
    run = cli("changes", "--since", since, "--kb", str(repo))
    assert run.exit_code == 2, run.stderr
    assert needle in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("since", ["15-1-2024", "15 januari 2024", "2024-01-15", "15/1/2024", "15 Jan 2024"])
def test_since_takes_dutch_dates(repo, cli, since) -> None:
    edit(repo, "data/initiatives/netwerk-a.yaml", "status: idee", "status: pilot")
    git(repo, "commit", "-qam", "pilot", date="2024-02-01")
    rows = json.loads(cli("changes", "--since", since, "--kb", str(repo)).stdout)
    assert [r["id"] for r in rows] == ["netwerk-a"]


def test_changes_without_git_is_a_usage_error(make_kb, cli) -> None:
    run = cli("changes", "--since", "1-1-2024", "--kb", str(make_kb()))
    assert run.exit_code == 2 and "niet in een git-repository" in run.stderr


def test_changes_table_speaks_the_language_of_the_run(repo, cli) -> None:
    edit(repo, "data/initiatives/netwerk-a.yaml", "status: idee", "status: pilot")
    git(repo, "commit", "-qam", "pilot", date="2024-02-01")
    dutch = cli("changes", "--since", "2024-01-15", "--kb", str(repo), "-f", "md").stdout
    assert dutch.splitlines()[0] == "| datum | commit | auteur | soort record | id | wijziging | veld | oud | nieuw |"
    assert "| gewijzigd |" in dutch
    english = cli("--lang", "en", "changes", "--since", "2024-01-15", "--kb", str(repo), "-f", "md").stdout
    assert english.splitlines()[0] == "| date | commit | author | kind | id | change | field | old | new |"
    assert "| changed |" in english


# -- Hypothesis: any two versions of a record compare without an exception ---------------------------------------

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=8), st.dates())
keys = st.one_of(st.text(max_size=6), st.integers(), st.booleans(), st.none())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=20,
)
records = st.dictionaries(
    st.one_of(st.sampled_from(["outcomes", "status", "regions", "actions", "next_meeting", "id"]), keys),
    st.one_of(values, st.fixed_dictionaries({"actions": values}), st.fixed_dictionaries({"actions": st.lists(values)})),
    max_size=6,
)


@pytest.mark.slow
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(records, records)
def test_field_changes_take_any_shape(old, new) -> None:
    found = list(field_changes(old, new))
    for change, field, _, _ in found:
        assert isinstance(change, str) and isinstance(field, str)
    assert not list(field_changes(old, old)) or any(v != v for v in _leaves(old))  # nan is never equal to itself


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_any_bytes_as_a_historical_version_parse_or_are_unreadable(data) -> None:
    found = parse_version(data)
    assert isinstance(found, dict) or type(found).__name__ == "Unreadable"

"""Every reading command prints exactly the same with the indexed store as without it: on a cold run (store
being filled), a warm run (records built only when read), and after files changed (some records read again,
the rest from the store), on a valid and on a broken knowledge base."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_cache import broken_kb  # noqa: F401 - a fixture

AS_OF = "2026-11-23"
COMMANDS: list[tuple[str, ...]] = [
    ("validate", "--as-of", AS_OF, "--format", "json"),
    ("validate", "--as-of", AS_OF, "--max-age", "365d"),
    ("list", "regions", "--format", "json"),
    ("list", "actors", "--format", "json"),
    ("list", "initiatives", "--region", "regio-a", "--format", "json"),
    ("list", "meetings", "--format", "csv"),
    ("list", "initiatives", "--actor", "ggz-a", "--format", "json"),
    ("show", "regio-a", "--format", "json"),
    ("show", "tafel-a", "--format", "json"),
    ("show", "ggz-a", "--format", "json"),
    ("show", "verzekeraar", "--format", "md"),
    ("show", "2023-03-24-tafel-a", "--format", "json"),
    ("show", "ggz-x", "--format", "json"),
    ("search", "tafel", "--format", "json"),
    ("search", "wacht tijden", "--format", "json"),
    ("search", "a", "--format", "json"),
    ("search", "ë", "--format", "json"),
    ("search", "cliënten", "--format", "json"),
    ("search", "regio", "--region", "regio-a", "--format", "json"),
    ("search", "nergens-te-vinden", "--format", "json"),
    ("list", "initiatives", "--region", "land", "--status", "lopend", "--format", "json"),
    ("list", "meetings", "--region", "regio-a", "--format", "json"),
    ("list", "actors", "--region", "regio-a", "--format", "json"),
    ("list", "actors", "--region", "provincie-a", "--columns", "id,regions", "--format", "csv"),
    ("list", "regions", "--region", "land", "--format", "json"),
    ("list", "meetings", "--actor", "ggz-a", "--format", "json"),
    ("list", "meetings", "--actor", "verzekeraar", "--role", "action_owner", "--format", "json"),
    ("list", "initiatives", "--actor", "verzekeraar", "--role", "initiatiefnemer", "--region", "regio-a"),
    ("list", "regions", "--actor", "verzekeraar", "--format", "json"),
    ("list", "initiatives", "--theme", "wachttijden", "--sort", "-name", "--format", "json"),
    ("search", "a", "--kind", "meetings", "--kind", "actors", "--region", "land", "--format", "json"),
    ("actions", "--format", "json", "--as-of", AS_OF),
    ("actions", "--region", "regio-a", "--format", "json", "--as-of", AS_OF),
    ("actions", "--region", "regio-b", "--overdue", "--format", "json", "--as-of", AS_OF),
    ("actions", "--open", "--format", "csv", "--as-of", "2023-01-01"),
    ("actions", "--open", "--owner", "verzekeraar", "--format", "json", "--as-of", AS_OF),
    ("report", "regio-a", "--raw", "--as-of", AS_OF),
    ("report", "land", "--raw", "--as-of", AS_OF, "--audience", "public"),
    ("report", "land", "--raw", "--as-of", AS_OF),
    ("report", "regio-b", "--raw", "--as-of", AS_OF, "--lang", "en"),
    ("calendar", "--region", "regio-a", "--as-of", AS_OF),
    ("briefing", "2023-07-14-tafel-a", "--raw", "--as-of", AS_OF),
    ("network", "--format", "json"),
    ("graph", "--format", "json"),
    ("compare", "regio-a", "regio-b", "--format", "json"),
]


def outputs(cli, root: Path, *, store: bool) -> list[tuple[int, str]]:
    env = {} if store else {"GGZNET_NO_CACHE": "1"}
    found = []
    for args in COMMANDS:
        run = cli(*args, "--kb", str(root), env=env)
        found.append((run.exit_code, run.stdout))
    return found


def check(cli, root: Path) -> None:
    without = outputs(cli, root, store=False)
    assert outputs(cli, root, store=True) == without  # the run that fills the store
    assert outputs(cli, root, store=True) == without  # records built from the store when read


@pytest.fixture(autouse=True)
def _no_cache_env(monkeypatch) -> None:
    monkeypatch.delenv("GGZNET_NO_CACHE", raising=False)


@pytest.mark.slow
def test_valid_knowledge_base(cli, make_kb) -> None:
    check(cli, make_kb())


@pytest.mark.slow
def test_after_edits(cli, make_kb) -> None:
    root = make_kb()
    check(cli, root)
    actor = root / "data/actors/ggz-a.yaml"
    actor.write_text(actor.read_text(encoding="utf-8").replace("name: GGZ A", "name: GGZ Anders"), encoding="utf-8")
    (root / "data/regions/regio-b.yaml").unlink()
    (root / "data/actors/nieuw.yaml").write_text(
        "id: nieuw\nname: Nieuwe cliëntenraad\ntype: ros\nregions: [regio-a]\nsources: [{title: T}]\n", encoding="utf-8"
    )
    check(cli, root)


@pytest.mark.slow
def test_an_id_that_moves_between_files(cli, make_kb) -> None:
    """Two files with one id: which one holds it changes when the other file changes, not this one."""
    root = make_kb({"data/actors/ggz-x.yaml": "id: ggz-a\nname: GGZ X\ntype: ros\nsources: [{title: T}]\n"})
    check(cli, root)
    (root / "data/actors/ggz-a.yaml").unlink()
    check(cli, root)
    os.utime(root / "data/actors/ggz-x.yaml")
    check(cli, root)


@pytest.mark.slow
def test_broken_knowledge_base(cli, broken_kb) -> None:  # noqa: F811 - the fixture
    check(cli, broken_kb)


def test_network_metrics_are_kept_by_a_digest_of_their_records(cli, make_kb, monkeypatch) -> None:
    import sqlite3

    from ggznet import network

    calls: list[str] = []
    real = network._analyse

    def spy(index, region_id, scope, **options):
        calls.append(region_id)
        return real(index, region_id, scope, **options)

    monkeypatch.setattr(network, "_analyse", spy)
    root = make_kb()
    report = ("report", "regio-a", "--raw", "--as-of", AS_OF, "--kb", str(root))
    first = cli(*report).stdout
    assert calls == ["regio-a"]
    assert cli(*report).stdout == first and calls == ["regio-a"]  # kept
    other = root / "data/actors/gemeente-b.yaml"  # outside regio-a: the metrics stay
    other.write_text(other.read_text(encoding="utf-8") + "description: Elders.\n", encoding="utf-8")
    assert cli(*report).stdout == first and calls == ["regio-a"]
    inside = root / "data/actors/ros-a.yaml"  # a party of regio-a: measured again
    inside.write_text(inside.read_text(encoding="utf-8").replace("ROS A", "ROS Anders"), encoding="utf-8")
    changed = cli(*report).stdout
    assert calls == ["regio-a", "regio-a"]
    assert changed == cli(*report, env={"GGZNET_NO_CACHE": "1"}).stdout
    connection = sqlite3.connect(root / ".ggznet-cache" / "store.sqlite3")
    connection.execute("""UPDATE blobs SET body = '{"actors": [{"id": 1}]}'""")
    connection.commit()
    connection.close()
    assert cli(*report).stdout == changed  # a tampered entry is measured again, not believed
    assert len(calls) == 4  # the run without the store measured once too


def test_the_inspiration_ranking_is_kept_by_a_digest_of_every_initiative(cli, make_kb, monkeypatch) -> None:
    """The report's "inspiration from other regions" ranks every initiative: kept, it is ranked again after
    any initiative changed (also one outside the region), and a tampered entry is ranked again."""
    import sqlite3

    from ggznet import inspiration

    calls: list[int] = []
    real = inspiration._rank

    def spy(index, area, here_ids, themes_here, limit):
        calls.append(limit)
        return real(index, area, here_ids, themes_here, limit)

    monkeypatch.setattr(inspiration, "_rank", spy)
    root = make_kb()
    report = ("report", "regio-a", "--raw", "--as-of", AS_OF, "--kb", str(root))
    first = cli(*report).stdout
    assert "Triage B" in first.split("## Inspiratie")[1] and len(calls) == 1
    assert cli(*report).stdout == first and len(calls) == 1  # kept
    elsewhere = root / "data/initiatives/triage-b.yaml"  # outside regio-a, yet it is the one shown: ranked again
    elsewhere.write_text(
        elsewhere.read_text(encoding="utf-8").replace("themes: [triage, wachttijden]", "themes: []"), encoding="utf-8"
    )
    changed = cli(*report).stdout
    assert len(calls) == 2 and "Triage B" not in changed.split("## Inspiratie")[1]
    assert changed == cli(*report, env={"GGZNET_NO_CACHE": "1"}).stdout
    assert len(calls) == 3  # without the store: ranked every time
    (root / "data/initiatives/nieuw-b.yaml").write_text(  # a new initiative elsewhere: ranked again, and shown
        "id: nieuw-b\nname: Nieuw B\ntype: project\nstatus: lopend\nregions: [regio-b]\nthemes: [preventie]\n"
        "sources: [{title: T}]\n",
        encoding="utf-8",
    )
    added = cli(*report).stdout
    assert len(calls) == 4 and "Nieuw B" in added.split("## Inspiratie")[1]
    connection = sqlite3.connect(root / ".ggznet-cache" / "store.sqlite3")
    connection.execute("""UPDATE blobs SET body = '[["tafel-a", 99], ["nergens", 1]]'""")
    connection.commit()
    connection.close()
    assert cli(*report).stdout == added  # a tampered entry is ranked again, not believed
    assert len(calls) == 5
    connection = sqlite3.connect(root / ".ggznet-cache" / "store.sqlite3")
    connection.execute("""UPDATE blobs SET body = '[["tafel-a", 2.5]]'""")  # the right shape, but inside the region
    connection.commit()
    connection.close()
    assert cli(*report).stdout == added
    assert len(calls) == 6


@pytest.mark.slow
def test_records_that_only_name_a_region_s_records(cli, make_kb) -> None:
    """A meeting elsewhere that presents a region's initiative, and parties from elsewhere or from nowhere at a
    region's meeting: the store narrows such candidates from their stored fields; the outputs stay the same."""
    root = make_kb(
        {
            "data/meetings/2023-05-01-triage-b.yaml": (
                "id: 2023-05-01-triage-b\ntitle: Triage B bijeenkomst\ndate: 2023-05-01\ntype: werksessie\n"
                "status: gehouden\nregions: [regio-b]\nforum: triage-b\npresented: [tafel-a]\n"
                "organisers: [gemeente-b]\nparticipants: {actors: [ggz-a, zwerver]}\nsources: [{title: T}]\n"
            ),
            "data/meetings/2023-06-01-tafel-a.yaml": (
                "id: 2023-06-01-tafel-a\ntitle: Derde tafel A\ndate: 2023-06-01\ntype: samenwerkingstafel\n"
                "status: gehouden\nforum: tafel-a\norganisers: [zwerver]\nparticipants: {actors: [gemeente-b]}\n"
                "sources: [{title: T}]\n"
            ),
            "data/actors/zwerver.yaml": "id: zwerver\nname: Zwerver\ntype: overig\nsources: [{title: T}]\n",
        }
    )
    check(cli, root)
    listed = cli("list", "meetings", "--region", "regio-a", "--format", "json", "--kb", str(root)).stdout
    assert "2023-06-01-tafel-a" in listed and "2023-05-01-triage-b" not in listed
    actors = cli("list", "actors", "--region", "regio-a", "--format", "json", "--kb", str(root)).stdout
    assert "zwerver" in actors and "gemeente-b" not in actors  # no regions: belongs; regio-b only: does not
    meeting = root / "data/meetings/2023-05-01-triage-b.yaml"  # now held in regio-a too
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace("regions: [regio-b]", "regions: [regio-b, regio-a]"),
        encoding="utf-8",
    )
    zwerver = root / "data/actors/zwerver.yaml"  # now works in regio-b only
    zwerver.write_text(zwerver.read_text(encoding="utf-8") + "regions: [regio-b]\n", encoding="utf-8")
    check(cli, root)
    listed = cli("list", "meetings", "--region", "regio-a", "--format", "json", "--kb", str(root)).stdout
    assert "2023-05-01-triage-b" in listed
    actors = cli("list", "actors", "--region", "regio-a", "--format", "json", "--kb", str(root)).stdout
    assert "zwerver" not in actors


def test_label_fields_are_the_fields_labels_show(make_kb, monkeypatch) -> None:
    """Names shown next to ids are read from the stored field `LABEL_FIELDS` names, without building the record."""
    from ggznet.api import KnowledgeBase
    from ggznet.index import KINDS, LABEL_FIELDS

    monkeypatch.setenv("GGZNET_NO_CACHE", "1")
    index = KnowledgeBase.open(make_kb()).index
    assert set(LABEL_FIELDS) == set(KINDS)
    for kind in KINDS:
        assert index.records[kind]
        for record in index.records[kind].values():
            assert record.label == getattr(record, LABEL_FIELDS[kind])

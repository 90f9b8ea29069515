"""`ggznet graph`, `network` and `compare`, over fixtures with known answers and over the shipped data."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from ggznet.api import KnowledgeBase
from ggznet.network import analyse, compare

REPO = Path(__file__).resolve().parent.parent
SRC = "sources: [{title: T}]\n"


def actor(ident: str, domain: str) -> str:
    return f"id: {ident}\nname: {ident.upper()}\ntype: overig\ndomains: [{domain}]\nregions: [regio-a]\n" + SRC


def initiative(ident: str, actors: list[str], domain: str) -> str:
    lines = "".join(f"  - {{actor: {a}, role: partner}}\n" for a in actors)
    return (
        f"id: {ident}\nname: {ident}\ntype: project\nstatus: lopend\nregions: [regio-a]\ndomains: [{domain}]\n"
        f"actors:\n{lines}" + SRC
    )


@pytest.fixture
def shapes(make_kb) -> KnowledgeBase:
    """A star (hub with three spokes) bridged through `brug` to a pair, plus an isolated actor."""
    files = {
        "data/actors/hub.yaml": actor("hub", "ggz"),
        **{f"data/actors/spaak{i}.yaml": actor(f"spaak{i}", "ggz") for i in range(3)},
        "data/actors/brug.yaml": actor("brug", "sociaal-domein"),
        "data/actors/ver1.yaml": actor("ver1", "welzijn"),
        "data/actors/ver2.yaml": actor("ver2", "welzijn"),
        "data/actors/alleen.yaml": actor("alleen", "wonen"),
        **{f"data/initiatives/ster{i}.yaml": initiative(f"ster{i}", ["hub", f"spaak{i}"], "ggz") for i in range(3)},
        "data/initiatives/overgang.yaml": initiative("overgang", ["hub", "brug"], "ggz"),
        "data/initiatives/overkant.yaml": initiative("overkant", ["brug", "ver1"], "welzijn"),
        "data/initiatives/eenling.yaml": initiative("eenling", ["ver2"], "welzijn"),
    }
    root = make_kb({k: v for k, v in files.items()}, base=True)
    kb = KnowledgeBase.open(root)
    assert not kb.validate().errors, kb.validate().errors
    return kb


def test_known_answers(shapes) -> None:
    found = analyse(shapes.index, "regio-a")
    by_id = {a.id: a for a in found.actors}
    assert by_id["hub"].degree == 4  # three star initiatives and the one to the bridge
    assert "verbinder" in by_id["hub"].flags and "verbinder" in by_id["brug"].flags
    assert by_id["hub"].betweenness > by_id["spaak0"].betweenness
    assert "isolated" in by_id["alleen"].flags and by_id["alleen"].degree == 0
    assert "verbinder" not in by_id["spaak1"].flags and by_id["spaak1"].betweenness == 0
    assert by_id["brug"].domains == ["ggz", "sociaal-domein", "welzijn"]
    assert {i["initiative"] for i in found.single_actor_initiatives} >= {"eenling"}
    assert found.domains_without_ggz_link == ["wonen"]  # welzijn reaches ggz through brug; wonen only sits alone


def test_betweenness_matches_networkx_directly(shapes) -> None:
    """The same actor–initiative–meeting graph built here by hand gives the same centralities."""
    from ggznet.network import edges_of

    g = nx.Graph()
    g.add_nodes_from(f"actor:{a}" for a in shapes.index.actors)
    for kind in ("initiative", "meeting"):
        for record in shapes.index.records[kind].values():
            g.add_node(f"{kind}:{record.id}")
            for source, _target, _kind in edges_of(record):
                if source.startswith("actor:"):
                    g.add_edge(source, f"{kind}:{record.id}")
    expected = nx.betweenness_centrality(g, normalized=True)
    found = {a.id: a.betweenness for a in analyse(shapes.index, "land").actors}
    assert found and all(found[a] == round(expected[f"actor:{a}"], 4) for a in found)
    assert max(found, key=found.get) == "hub"


@pytest.mark.parametrize("fmt", ["graphml", "json", "dot", "mermaid"])
def test_graph_exports_read_back(cli, shapes, fmt, tmp_path) -> None:
    out = tmp_path / f"net.{ {'graphml': 'graphml', 'json': 'json', 'dot': 'dot', 'mermaid': 'mmd'}[fmt] }"
    run = cli("graph", "--kb", str(shapes.root), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "graphml":
        g = nx.read_graphml(out)
        assert g.nodes["actor:hub"]["label"] == "HUB"
        types = {d["type"] for _, _, d in g.edges(data=True)}
        assert {"partner", "organised", "located_in"} <= types
        ET.fromstring(text)  # well-formed XML
    elif fmt == "json":
        data = json.loads(text)
        assert {"elements", "connections"} == set(data)
        labels = {e["id"]: e["label"] for e in data["elements"]}
        assert all(c["from"] in labels and c["to"] in labels for c in data["connections"])
    elif fmt == "dot":
        assert text.startswith("digraph ggznet {") and '"actor:hub" -> "initiative:ster0" [label="partner"];' in text
    else:
        assert text.startswith("flowchart LR")


def test_graph_csv_for_kumu(cli, shapes, tmp_path) -> None:
    run = cli(
        "graph", "--kb", str(shapes.root), "--kind", "actor", "--kind", "initiative", "-o", str(tmp_path / "kumu.csv")
    )
    assert run.exit_code == 0
    elements = list(csv.DictReader(io.StringIO((tmp_path / "kumu-elements.csv").read_text(encoding="utf-8-sig"))))
    connections = list(csv.DictReader(io.StringIO((tmp_path / "kumu-connections.csv").read_text(encoding="utf-8-sig"))))
    assert {e["Type"] for e in elements} == {"actor", "initiative"}
    assert list(connections[0]) == ["From", "To", "Type", "Direction"]


def test_graph_of_a_region_and_bad_kind(cli) -> None:
    data = json.loads(cli("graph", "--kb", str(REPO), "--region", "twente").stdout)
    assert {e["id"] for e in data["elements"]} >= {"actor:menzis", "initiative:samenwerkingstafel-twente"}
    assert not any(e["id"] == "actor:cz" for e in data["elements"])
    assert cli("graph", "--kb", str(REPO), "--kind", "persoon").exit_code == 2


def test_network_command_formats(cli) -> None:
    data = json.loads(cli("network", "limburg", "--kb", str(REPO), "-f", "json").stdout)
    assert data["actors"] and {"id", "degree", "betweenness", "domains", "flags"} <= set(data["actors"][0])
    assert any("verbinder" in a["flags"] for a in data["actors"])
    table = cli("network", "limburg", "--kb", str(REPO), "-f", "csv").stdout
    assert table.startswith("id,name,type,degree,betweenness,domains,flags")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "domeinen zonder verbinding met de ggz: sociaal domein, welzijn, wonen, werk en inkomen, "
            "ervaringsdeskundigheid",
        ),
        ("en", "domains with no link to ggz: social domain, welfare, housing, work and income, lived experience"),
    ],
)
def test_network_names_domains_in_the_run_s_language(cli, lang: str, said: str) -> None:
    run = cli("network", "ruwaard", "--kb", str(REPO), "-f", "csv", "--lang", lang)
    assert run.exit_code == 0 and said in run.stderr.splitlines(), run.stderr


@pytest.mark.parametrize(
    ("lang", "more"),
    [
        ("nl", "… en nog 15 initiatieven die aan één partij hangen (alle in --format json)"),
        ("en", "… and 15 more initiatives that hang on one actor (all in --format json)"),
    ],
)
def test_network_lists_a_few_initiatives_on_one_actor_and_counts_the_rest(make_kb, cli, lang: str, more: str) -> None:
    """On a large region the list of initiatives that hang on one actor would fill the terminal: ten, then a count."""
    files = {
        f"data/initiatives/alleen-{n:02d}.yaml": f"id: alleen-{n:02d}\nname: Alleen {n}\ntype: project\n"
        "status: lopend\nregions: [regio-b]\nactors: [{actor: gemeente-b, role: trekker}]\nsources: [{title: T}]\n"
        for n in range(24)
    }
    run = cli("network", "regio-b", "--kb", str(make_kb(files)), "-f", "csv", "--lang", lang)
    lines = run.stderr.splitlines()
    assert run.exit_code == 0 and more in lines, run.stderr
    assert len([x for x in lines if x.startswith(("hangt aan", "hangs on"))]) == 10


def test_compare_two_regions(cli, shapes) -> None:
    found = compare(KnowledgeBase.open(REPO).index, "twente", "gelderse-vallei", None)
    assert "preventie" in found["aspects"]["themes"]["only_right"]
    assert "regiovisie" in found["aspects"]["themes"]["only_left"]
    assert found["rhythm"]["meetings_held"] == (1, 0)
    md = cli("compare", "twente", "gelderse-vallei", "--kb", str(REPO)).stdout
    assert md.startswith("# Vergelijking: Twente ↔ Gelderse Vallei") and "| Preventie | – | 1 |" in md
    assert "| Bijeenkomsten per jaar | 1,0 | 0,0 |" in md and "\\" not in md  # numbers without escapes
    english = cli("compare", "twente", "gelderse-vallei", "--kb", str(REPO), "--lang", "en").stdout
    assert (
        english.startswith("# Comparison: Twente ↔ Gelderse Vallei") and "| Meetings per year | 1.0 | 0.0 |" in english
    )
    assert cli("compare", "twente", "gelderland-x", "--kb", str(REPO)).exit_code == 2
    assert (
        json.loads(cli("compare", "twente", "limburg", "--kb", str(REPO), "-f", "json").stdout)["left"]["id"]
        == "twente"
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_compare_lists_each_aspect_in_the_order_of_its_words(cli, lang) -> None:
    # the rows were in the order of the slugs, so a reader saw them shuffled: `Inzet van ervaringsdeskundigheid`
    # (slug ervaringsdeskundigheid) between D and G, and in English `Access to care` (toegang) near the end
    md = cli("compare", "twente", "limburg", "--kb", str(REPO), "--lang", lang).stdout
    fixed = "## Ritme" if lang == "nl" else "## Rhythm"  # a fixed order of its own
    checked = 0
    for section in md.split("\n## ")[1:]:
        if ("## " + section).startswith(fixed):
            continue
        values = [line.split(" | ")[0].removeprefix("| ") for line in section.splitlines()[4:] if line.startswith("|")]
        assert values == sorted(values, key=str.casefold), section
        checked += len(values) > 3
    assert checked >= 4  # themes, domains, kinds, roles have enough rows for the order to mean something


def test_report_network_section(shapes) -> None:
    import datetime as dt

    from ggznet.api import RenderOptions, report

    text = report(shapes, "regio-a", RenderOptions(as_of=dt.date(2026, 11, 23), commit="X", history=False))
    assert "### Verbinders en kwetsbaarheden" in text
    assert "HUB" in text.split("Verbinders (")[1].split("\n")[0]
    assert "eenling (VER2)" in text


def test_sampled_betweenness_equals_networkx_on_a_national_size_graph() -> None:
    """Above EXACT_BETWEENNESS_UP_TO nodes ggznet samples sources with its own Brandes loop: same numbers."""
    import random

    from ggznet.network import EXACT_BETWEENNESS_UP_TO, SAMPLED_SOURCES, _betweenness

    rng = random.Random(7)
    g: nx.Graph[str] = nx.Graph()
    actors = [f"actor:a{i}" for i in range(300)]
    g.add_nodes_from(actors)
    for i in range(EXACT_BETWEENNESS_UP_TO + 200):  # initiatives and meetings, some alone, most with 1–4 actors
        node = f"initiative:i{i}"
        g.add_node(node)
        for actor in rng.sample(actors, rng.randint(0, 4)):
            g.add_edge(actor, node)
    expected = nx.betweenness_centrality(g, k=SAMPLED_SOURCES, normalized=True, seed=20261123)
    assert _betweenness(g) == expected


def test_sampled_metrics_do_not_depend_on_the_order_of_a_set(shapes) -> None:
    """The sampled betweenness draws its sources from the graph's node order: that order is fixed (sorted ids),
    not the order in which a set of ids happens to come out in one process (string hashes differ per process)."""
    import os
    import subprocess
    import sys

    code = (
        "import json, sys\nfrom ggznet import network\nfrom ggznet.api import KnowledgeBase\n"
        "network.EXACT_BETWEENNESS_UP_TO, network.SAMPLED_SOURCES = 2, 3\n"
        "kb = KnowledgeBase.open(sys.argv[1], use_cache=False)\n"
        "print(json.dumps(network._analyse(kb.index, 'regio-a', network.records_in_region(kb.index, 'regio-a'))"
        ".as_dict(), sort_keys=True))\n"
    )
    found = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code, str(shapes.root)], capture_output=True, text=True, check=True, env=env
        )
        found.add(run.stdout)
    assert len(found) == 1

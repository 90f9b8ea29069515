"""Pictures: the network and the timeline as SVG and PNG — deterministic, legible, capped and honest about dates."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ggznet.api import KnowledgeBase
from ggznet.render import pictures
from ggznet.render.pictures import network_figure, network_layout, timeline_rows

REPO = Path(__file__).resolve().parent.parent
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return KnowledgeBase.open(REPO)


def texts(fig) -> list[str]:
    found = [t.get_text() for ax in fig.axes for t in ax.texts]
    found += [t.get_text() for t in fig.texts]
    found += [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    found += [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    return found


def test_network_svg_is_deterministic_svg_without_dates(shipped) -> None:
    first = pictures.network_svg(shipped.index, region="limburg")
    assert first == pictures.network_svg(shipped.index, region="limburg")
    root = ET.fromstring(first)
    assert root.tag.endswith("svg")
    assert b"<dc:date>" not in first and b"ggznet" in first


def test_network_png_is_a_png(shipped) -> None:
    data = pictures.network_png(shipped.index, region="twente", dpi=60)
    assert data.startswith(PNG_SIGNATURE)
    assert data == pictures.network_png(shipped.index, region="twente", dpi=60)


def test_network_shows_actors_initiatives_status_and_legend(shipped) -> None:
    fig = network_figure(shipped.index, region="twente", lang="nl")
    shown = "\n".join(texts(fig)).replace("\n", " ")
    assert "Mediant" in shown and "Menzis" in shown and "Roset" in shown
    assert "Samenwerkingstafel 'Samen meer mentale gezondheid in…" in shown and "Twente' · lopend" not in shown
    assert "Lerend netwerk mentale gezondheid Twente · verkenning" in shown  # the status always stays
    assert "Partijen (kleur = domein)" in shown and "trekker" in shown and "zorgverzekering" in shown
    english = " ".join(texts(network_figure(shipped.index, region="twente", lang="en")))
    assert "running" in english and "Parties (colour = domain)" in english


def test_network_order_puts_partners_next_to_each_other(make_kb) -> None:
    """The barycentre sweeps place an initiative level with its actors: few crossings."""
    actor = "id: {0}\nname: {0}\ntype: overig\nregions: [regio-a]\nsources: [{{title: T}}]\n"
    ini = (
        "id: {0}\nname: {0}\ntype: project\nstatus: lopend\nregions: [regio-a]\n"
        "actors: [{{actor: {1}, role: partner}}]\nsources: [{{title: T}}]\n"
    )
    files = {f"data/actors/a{n}.yaml": actor.format(f"a{n}") for n in range(4)}
    files.update({f"data/initiatives/i{n}.yaml": ini.format(f"i{n}", f"a{3 - n}") for n in range(4)})
    kb = KnowledgeBase.open(make_kb(files, base=False))
    layout = network_layout(kb.index, list(kb.index.initiatives.values()))
    order = {a: n for n, a in enumerate(layout.actors)}
    for n, i in enumerate(layout.initiatives):
        assert order[i.actors[0].actor] == n  # each initiative on the same row as its one actor
    assert layout.note is None


def test_large_network_is_capped_and_says_so(make_kb) -> None:
    actor = "id: {0}\nname: Partij {0}\ntype: overig\nregions: [regio-a]\nsources: [{{title: T}}]\n"
    ini = (
        "id: {0}\nname: Initiatief {0}\ntype: project\nstatus: pilot\nregions: [regio-a]\n"
        "actors: [{{actor: {1}, role: trekker}}, {{actor: {2}, role: partner}}]\nsources: [{{title: T}}]\n"
    )
    files = {f"data/actors/p{n}.yaml": actor.format(f"p{n}") for n in range(40)}
    files.update({f"data/initiatives/i{n}.yaml": ini.format(f"i{n}", f"p{n}", f"p{n + 1}") for n in range(35)})
    kb = KnowledgeBase.open(make_kb(files))
    layout = network_layout(kb.index, list(kb.index.initiatives.values()), lang="nl")
    assert len(layout.initiatives) == 20 and len(layout.actors) <= 30
    assert layout.note == "Toont 20 van 38 initiatieven (de meest verbonden) en 24 van 40 partijen."
    shown = texts(network_figure(kb.index, initiatives=list(kb.index.initiatives.values())))
    assert layout.note in shown


def test_thousands_in_dutch() -> None:
    assert pictures.number(2135, "nl") == "2.135" and pictures.number(2135, "en") == "2,135"


def test_empty_network_says_so(make_kb) -> None:
    kb = KnowledgeBase.open(make_kb())
    fig = network_figure(kb.index, initiatives=[])
    assert "Geen initiatieven vastgelegd." in texts(fig)


def test_timeline_partial_dates_are_spans_never_invented_days(make_kb) -> None:
    files = {
        "data/meetings/2022-10-maand.yaml": (
            "id: 2022-10-maand\ntitle: Maandbijeenkomst\ndate: 2022-10\ntype: werksessie\nstatus: gehouden\n"
            "regions: [regio-a]\nsources: [{title: T}]\n"
        ),
    }
    kb = KnowledgeBase.open(make_kb(files))
    ix = kb.index
    rows, notes = timeline_rows(list(ix.initiatives.values()), list(ix.meetings.values()), as_of=AS_OF)
    by_label = {r.label.replace("\n", " "): r for r in rows}
    month = next(r for label, r in by_label.items() if label.startswith("Maandbijeenkomst"))
    assert (month.start, month.end) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    tafel = next(r for label, r in by_label.items() if label.startswith("Samenwerkingstafel A"))
    assert tafel.start == dt.date(2023, 3, 1) and tafel.end == AS_OF and tafel.open_end  # started: 2023-03, running
    first = next(r for label, r in by_label.items() if label.startswith("Eerste tafel A"))
    assert first.start == first.end == dt.date(2023, 3, 24)
    assert notes == ["2 initiatieven zonder startdatum staan niet op de tijdlijn."]


def test_timeline_svg_deterministic_and_labelled(shipped) -> None:
    svg = pictures.timeline_svg(shipped.index, region="twente", as_of=AS_OF)
    assert svg == pictures.timeline_svg(shipped.index, region="twente", as_of=AS_OF)
    ET.fromstring(svg)
    fig = pictures.timeline_figure(shipped.index, region="twente", as_of=AS_OF, lang="nl")
    labels = " ".join(texts(fig)).replace("\n", " ")
    assert "peildatum 2026-11-23" in labels and "(2023-03-24, gehouden)" in labels
    assert pictures.timeline_png(shipped.index, region="twente", as_of=AS_OF, dpi=50).startswith(PNG_SIGNATURE)


def test_graph_writes_pictures(cli, tmp_path) -> None:
    svg, png, line = tmp_path / "net.svg", tmp_path / "net.png", tmp_path / "tijd.svg"
    run = cli("graph", "--kb", str(REPO), "--region", "limburg", "-o", str(svg))
    assert run.exit_code == 0, run.stderr
    ET.fromstring(svg.read_bytes())
    assert cli("graph", "--kb", str(REPO), "--region", "twente", "-o", str(png)).exit_code == 0
    assert png.read_bytes().startswith(PNG_SIGNATURE)
    run = cli("graph", "--kb", str(REPO), "--region", "twente", "--timeline", "--as-of", "2026-11-23", "-o", str(line))
    assert run.exit_code == 0 and line.read_bytes().startswith(b"<?xml")
    wrong = cli("graph", "--kb", str(REPO), "--timeline", "-o", str(tmp_path / "x.json"))
    assert wrong.exit_code == 2 and "--timeline tekent een afbeelding" in wrong.stderr
    unknown = cli("graph", "--kb", str(REPO), "--region", "atlantis", "-o", str(svg))
    assert unknown.exit_code == 2 and "geen regio met id `atlantis`" in unknown.stderr


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("nl", "1 initiatief zonder startdatum staat niet op de tijdlijn."),
        ("en", "1 initiative without a start date is not on the timeline."),
    ],
)
def test_timeline_one_undated_initiative_in_the_singular(make_kb, lang: str, note: str) -> None:
    ix = KnowledgeBase.open(make_kb()).index
    dated = [i for i in ix.initiatives.values() if i.started is not None]
    undated = [i for i in ix.initiatives.values() if i.started is None][:1]
    _, notes = timeline_rows([*dated, *undated], [], as_of=AS_OF, lang=lang)
    assert notes == [note]

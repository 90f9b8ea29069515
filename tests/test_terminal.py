"""At a real terminal (a pseudo-terminal): the questions of `ggznet new`, the pager, and rendered documents."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

from ggznet.api import KnowledgeBase

pexpect = pytest.importorskip("pexpect")

REPO = Path(__file__).resolve().parent.parent


def spawn(*args: str, env: dict[str, str] | None = None, width: int = 200) -> object:
    """`python -m ggznet ARGS` on a pseudo-terminal, as a person would run it."""
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"), "TERM": "dumb"}
    base.update({"NO_COLOR": "1", "GGZNET_PAGER": "cat"})
    base.update(env or {})
    return pexpect.spawn(
        sys.executable, ["-m", "ggznet", *args], encoding="utf-8", timeout=30, env=base, dimensions=(40, width)
    )


def answer(child: object, steps: list[tuple[str, str]]) -> None:
    for prompt, text in steps:
        child.expect(prompt)  # type: ignore[attr-defined]
        child.sendline(text)  # type: ignore[attr-defined]


def finish(child: object) -> tuple[int, str]:
    child.expect(pexpect.EOF)  # type: ignore[attr-defined]
    child.close()  # type: ignore[attr-defined]
    return child.exitstatus, child.before  # type: ignore[attr-defined]


def test_new_meeting_asks_everything_and_asks_a_bad_date_again(make_kb) -> None:
    root = make_kb()
    child = spawn("new", "meeting", "--kb", str(root))
    answer(
        child,
        [
            ("Titel", "Derde tafel A"),
            ("Datum", "31-2-2027"),  # no such day: said so, and asked again
        ],
    )
    child.expect("geen bestaande datum")
    child.expect("15-3-2027, 15 maart 2027")  # the hint shows how to write it
    answer(
        child,
        [
            ("Datum", "15 maart 2027"),
            ("Soort", "samenwerkingsstafel"),  # not a choice: asked again with a suggestion
        ],
    )
    child.expect("bedoel je `samenwerkingstafel`")
    answer(
        child,
        [
            ("Soort", "samenwerkingstafel"),
            ("Status", "gepland"),
            ("Gremium", "tafel-x"),
        ],
    )
    child.expect("bedoel je `tafel-a`")
    answer(
        child,
        [
            ("Gremium", "tafel-a"),
            (r"Regio's \(ids, met komma's\) \[regio-a\]", ""),  # the forum's region is the default
            ("Deelnemers", "ggz-a, verzekeraar"),
            ("Bron: titel", "Verslag derde tafel"),
            ("Bron: uitgever", "ROS A"),
            ("Bron: datum", "maart 2027"),
            ("Bron: webadres", "https://example.org/verslag"),
        ],
    )
    status, _ = finish(child)
    assert status == 0
    path = root / "data/meetings/2027-03-15-derde-tafel-a.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["date"].isoformat() == "2027-03-15"  # stored as ISO, whatever was typed
    assert data["forum"] == "tafel-a" and data["regions"] == ["regio-a"]
    assert data["participants"] == {"actors": ["ggz-a", "verzekeraar"]}
    assert data["sources"] == [
        {
            "title": "Verslag derde tafel",
            "publisher": "ROS A",
            "published": "2027-03",
            "url": "https://example.org/verslag",
        }
    ]
    result = KnowledgeBase.open(root).validate()
    assert not result.problems  # complete: passes `validate --strict`


def test_new_initiative_asks_themes_parties_and_roles(make_kb) -> None:
    root = make_kb()
    child = spawn("new", "initiative", "--kb", str(root), "--lang", "en")
    answer(
        child,
        [
            ("Name", "Inloophuis Stad A"),
            ("Type", "voorziening"),
            ("Status", "pilot"),
            ("Regions", "stad-x"),
        ],
    )
    child.expect("did you mean `stad-a`")
    answer(
        child,
        [
            ("Regions", "stad-a"),
            ("Themes", "preventie, wachttijd"),
        ],
    )
    child.expect("did you mean `wachttijden`")
    answer(
        child,
        [
            ("Themes", "preventie, wachttijden"),
            ("Party", "ggz-a"),
            ("Role of ggz-a", "trekker"),
            ("Party", "ros-a"),
            ("Role of ros-a", "eigenaar"),
        ],
    )
    answer(
        child,
        [
            ("Role of ros-a", "procesbegeleider"),
            ("Party", ""),
            ("Source: title", "Testbron"),
            ("Source: publisher", ""),
            ("Source: date", "14 July 2023"),
            ("Source: web address", ""),
        ],
    )
    status, _ = finish(child)
    assert status == 0
    data = yaml.safe_load((root / "data/initiatives/inloophuis-stad-a.yaml").read_text(encoding="utf-8"))
    assert data["themes"] == ["preventie", "wachttijden"]
    assert data["actors"] == [{"actor": "ggz-a", "role": "trekker"}, {"actor": "ros-a", "role": "procesbegeleider"}]
    assert data["sources"][0]["published"].isoformat() == "2023-07-14"
    assert not KnowledgeBase.open(root).validate().problems


def test_end_of_input_stops_and_writes_nothing(make_kb) -> None:
    root = make_kb()
    before = sorted(p.name for p in (root / "data/meetings").iterdir())
    child = spawn("new", "meeting", "--kb", str(root))
    answer(child, [("Titel", "Vierde tafel")])
    child.expect("Datum")
    child.sendeof()
    status, output = finish(child)
    assert status == 1 and "niets geschreven" in output
    assert sorted(p.name for p in (root / "data/meetings").iterdir()) == before


def test_long_output_goes_through_the_pager_on_a_terminal(tmp_path) -> None:
    seen = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open(r'{seen}', 'w').write(sys.stdin.read())\""
    child = spawn("report", "twente", "--kb", str(REPO), env={"GGZNET_PAGER": pager})
    status, _ = finish(child)
    assert status == 0
    text = seen.read_text(encoding="utf-8")
    assert "Regio-overzicht Twente" in text and "Wie werkt met wie" in text
    assert "```mermaid" not in text and "flowchart LR" not in text  # a text view of the network instead


def test_no_pager_and_short_output_print_directly(tmp_path) -> None:
    seen = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open(r'{seen}', 'w').write(sys.stdin.read())\""
    child = spawn("report", "twente", "--kb", str(REPO), "--no-pager", env={"GGZNET_PAGER": pager})
    status, output = finish(child)
    assert status == 0 and "Regio-overzicht Twente" in output and not seen.exists()
    child = spawn("--no-pager", "list", "regions", "--kb", str(REPO), env={"GGZNET_PAGER": pager})
    status, output = finish(child)
    assert status == 0 and "twente" in output and not seen.exists()
    child = spawn("show", "twente", "--kb", str(REPO), env={"GGZNET_PAGER": pager})  # fits on the screen
    status, output = finish(child)
    assert status == 0 and "Twente" in output and not seen.exists()


def test_table_on_a_narrow_terminal_never_breaks_an_id(tmp_path) -> None:
    child = spawn("list", "initiatives", "--kb", str(REPO), "--region", "limburg", width=100)
    status, output = finish(child)
    assert status == 0
    ids = [p.stem for p in (REPO / "data/initiatives").glob("*.yaml")]
    shown = [i for i in ids if i in output]
    assert "inventarisatie-ggz-initiatieven-mijnstreek" in shown  # whole, on one line

"""Ownership as people mean it: the trekker, else the initiatiefnemers; shown in list, show, report, briefing."""

from __future__ import annotations

import json
from pathlib import Path

from ggznet.schema import Initiative
from ggznet.schema.ownership import ownership
from ggznet.schema.vocab import Role

REPO = Path(__file__).resolve().parent.parent
HEAD = {"id": "x", "name": "X", "type": "project", "status": "lopend", "regions": ["r"]}


def initiative(*actors: tuple[str, str], funding: list[dict[str, str]] | None = None) -> Initiative:
    return Initiative.model_validate(
        {**HEAD, "actors": [{"actor": a, "role": r} for a, r in actors], "funding": funding or []}
    )


def test_the_trekker_owns_it_even_with_initiatiefnemers() -> None:
    found = ownership(initiative(("a", "initiatiefnemer"), ("b", "trekker"), ("c", "partner")))
    assert found.owners == ("b",) and found.basis == Role.TREKKER


def test_without_a_trekker_the_initiatiefnemers_own_it() -> None:
    found = ownership(initiative(("a", "initiatiefnemer"), ("b", "initiatiefnemer"), ("c", "procesbegeleider")))
    assert found.owners == ("a", "b") and found.basis == Role.INITIATIEFNEMER


def test_nobody_owns_it_without_either() -> None:
    found = ownership(initiative(("c", "partner")))
    assert found.owners == () and found.basis is None


def test_involved_is_every_actor_once_with_all_its_roles() -> None:
    found = ownership(
        initiative(("a", "initiatiefnemer"), ("a", "financier"), ("b", "partner"), funding=[{"source": "S", "by": "c"}])
    )
    assert found.involved == (
        ("a", (Role.INITIATIEFNEMER, Role.FINANCIER)),
        ("b", (Role.PARTNER,)),
        ("c", (Role.FINANCIER,)),
    )


def test_list_shows_owner_and_involved_on_the_shipped_data(cli) -> None:
    run = cli("list", "initiatives", "--kb", str(REPO), "--region", "limburg", "-f", "json")
    rows = {r["id"]: r for r in json.loads(run.stdout)}
    assert rows["regioteams-ggz-mijnstreek"]["owner"] == ["Ggz-aanbieders in de Mijnstreek"]
    assert rows["toegang-en-ggz"]["owner"] == ["Movisie", "MIND"]  # trekkers
    assert rows["thematafel-ggz-mijnstreek"]["owner"] == []  # participants and a facilitator only
    assert "GGZ Platform Zuid (deelnemer)" in rows["thematafel-ggz-mijnstreek"]["involved"]
    twente = json.loads(cli("list", "initiatives", "--kb", str(REPO), "--region", "twente", "-f", "json").stdout)
    tafel = next(r for r in twente if r["id"] == "samenwerkingstafel-twente")
    assert tafel["owner"] == ["Mediant", "Menzis"]
    assert tafel["involved"] == ["Mediant (initiatiefnemer)", "Menzis (initiatiefnemer)", "Roset (procesbegeleider)"]


def test_show_says_eigenaar_and_betrokken(cli) -> None:
    text = cli("show", "samenwerkingstafel-twente", "--kb", str(REPO), "-f", "text").stdout
    assert "eigenaar: Mediant, Menzis (als initiatiefnemers)" in text
    assert "betrokken: Mediant (initiatiefnemer), Menzis (initiatiefnemer), Roset (procesbegeleider)" in text
    data = json.loads(cli("show", "samenwerkingstafel-twente", "--kb", str(REPO), "-f", "json").stdout)
    assert [o["id"] for o in data["owner"]] == ["mediant", "menzis"] and data["owner_role"] == "initiatiefnemer"
    md = cli("show", "regiovisie-twente", "--kb", str(REPO), "-f", "md").stdout
    assert "**Eigenaar:** geen eigenaar vastgelegd" in md
    actor = json.loads(cli("show", "menzis", "--kb", str(REPO), "-f", "json").stdout)
    assert "owner" not in actor  # only initiatives have owners


def test_report_and_briefing_name_the_initiatiefnemers_as_owners(cli) -> None:
    report = cli("report", "twente", "--kb", str(REPO), "--as-of", "2026-11-23").stdout
    assert "- **Eigenaar:** Mediant, Menzis (als initiatiefnemers)" in report
    assert "- **Betrokken:** Mediant (initiatiefnemer), Menzis (initiatiefnemer), Roset (procesbegeleider)" in report
    assert "geen trekker" not in report
    briefing = cli(
        "briefing", "2023-07-14-samenwerkingstafel-twente", "--kb", str(REPO), "--as-of", "2026-11-23"
    ).stdout
    assert "- **Eigenaar:** Mediant, Menzis (als initiatiefnemers)" in briefing
    assert "Eigenaarschap beleggen voor Samenwerkingstafel" not in briefing
    assert "Eigenaarschap beleggen voor Regiovisie mentale gezondheid Twente" in briefing  # nobody owns that one
    english = cli("report", "twente", "--kb", str(REPO), "--lang", "en").stdout
    assert "- **Owner:** Mediant, Menzis (as initiators)" in english

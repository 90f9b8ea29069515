"""The shipped knowledge base against its five source articles: each fact as the record states it,
and the article's own words that support it, so that a later edit cannot drift from the sources.

The articles live in `../shared/seeds/` beside the checkout (or in $GGZNET_SEEDS).
"""

from __future__ import annotations

import os
import re
import unicodedata
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from ggznet.api import KnowledgeBase
from ggznet.schema import Record

REPO = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("GGZNET_SEEDS") or REPO.parent / "shared" / "seeds")

if not SEEDS.is_dir():  # pragma: no cover - CI always has ../shared beside the checkout
    pytest.skip(f"seed articles not found in {SEEDS} (set GGZNET_SEEDS)", allow_module_level=True)

# article file prefix -> the title the records cite in `sources`
TITLES = {
    "000": "Samen meer mentale gezondheid in Twente",
    "001": "GGZ in de Mijnstreekregio – we gaan het samen doen!",
    "002": "Samenwerking in de ggz-platforms: aan de slag en gewoon doen!",
    "003": "Een inwoner bestaat niet uit domeinen",
    "004": "ROS'en bouwen aan de mentale gezondheid met huisartsen, ggz en gemeenten",
}

# (record, field path, what the record says, article, the article's own words).
# A field path may pick a list item by a key: `actors[actor=robuust].role`. What the record says is
# found in the field's text; `=` in front of it asks for the whole value (`=` alone: empty).
FACTS: list[tuple[str, str, str, str, str]] = [
    # 000 Twente
    ("meeting:2023-03-24-samenwerkingstafel-twente", "participants.count", "=40", "000", "zo'n 40 mensen"),
    ("meeting:2023-03-24-samenwerkingstafel-twente", "participants.approximate", "=True", "000", "schoven zo'n 40"),
    ("meeting:2023-03-24-samenwerkingstafel-twente", "date", "=2023-03-24", "000", "Op 24 maart 2023"),
    ("meeting:2023-03-24-samenwerkingstafel-twente", "organisers", "=mediant, menzis", "000", "door Mediant en Menzis"),
    ("meeting:2023-07-14-samenwerkingstafel-twente", "status", "=onbekend", "000", "zullen wij later verder berichten"),
    ("meeting:2023-07-14-samenwerkingstafel-twente", "description", "Aangekondigd", "000",
     "die op 14 juli in samenwerking met Roset wordt georganiseerd"),
    ("initiative:samenwerkingstafel-twente", "success_factors", "Roset lag voor de hand", "000",
     "Roset is dan een logische keuze"),
    ("initiative:samenwerkingstafel-twente", "success_factors", "kennis van de zorg heeft en ervaring met samenwerken",
     "000", "kennis hebben van de zorg en ervaring met samenwerken en veranderen"),
    ("initiative:samenwerkingstafel-twente", "lessons", "op het juiste moment de juiste zorg", "000",
     "de juiste zorg op het juiste moment te bieden"),
    ("initiative:samenwerkingstafel-twente", "barriers", "ook voor andere tafels gevraagd", "000",
     "Dat dezelfde groep mensen ook voor andere tafels"),
    ("initiative:regiovisie-twente", "description", "Menzis doet in de volgende bijeenkomst een eerste voorzet",
     "000", "Menzis zal bij de volgende bijeenkomst met een voorzet komen"),
    ("actor:menzis", "contacts[name=Pascal de Bruin].role", "=regiomanager Zorg regio Oost", "000",
     "regiomanager Zorg regio Oost bij Menzis"),
    # 001 Mijnstreek
    ("meeting:2022-05-31-thematafel-ggz-mijnstreek", "date", "=2022-05-31", "001", "Op 31 mei kwamen zij"),
    ("meeting:2022-10-thematafel-ggz-mijnstreek", "status", "=onbekend", "001",
     "Begin oktober staat de volgende thematafel gepland"),
    ("initiative:thematafel-ggz-mijnstreek", "actors[actor=robuust].role", "=onbekend", "001",
     "procesbegeleider Marieke Cloosterman, programmamanager Robuust of projectleider Nicole de Baat"),
    ("initiative:thematafel-ggz-mijnstreek", "contacts[name=Marieke Cloosterman].role", "=procesbegeleider", "001",
     "procesbegeleider Marieke Cloosterman"),
    ("initiative:thematafel-ggz-mijnstreek", "description", "kick-off", "001",
     "Klik hier voor een terugblik op de kick-off"),
    ("initiative:inventarisatie-ggz-initiatieven-mijnstreek", "contacts[name=Nicole de Baat].role", "projectleider",
     "001", "projectleider Nicole de Baat"),
    ("initiative:inventarisatie-ggz-initiatieven-mijnstreek", "contacts[name=Nicole de Baat].role",
     "voerde de verkenning uit", "001", "een verkenning die is uitgevoerd door Nicole de Baat"),
    ("initiative:inventarisatie-ggz-initiatieven-mijnstreek", "description", "kleurrijke overzichtsplaat", "001",
     "In een kleurrijke plaat"),
    ("initiative:i-practice-triage-mijnstreek", "summary", "op de juiste plek wachten", "001",
     "mensen op de juiste plek wachten"),
    ("initiative:plan-in-door-uitstroom-mijnstreek", "actors[actor=zorggroepen-mijnstreek].role", "=initiatiefnemer",
     "001", "De zorggroepen nemen het initiatief tot het maken van dit plan"),
    ("initiative:thematafel-ggz-mijnstreek", "lessons", "toon lef", "001", "lef tonen"),
    ("initiative:mijnstreekambitie", "summary", "grote gezondheidsverschillen", "001",
     "De grote gezondheidsverschillen verkleinen"),
    ("actor:ggz-platform-zuid", "regions", "=", "001", "vertegenwoordigers van GGZ Platform Zuid"),
    # 002 Limburg
    ("meeting:2021-webinar-digitale-oplossingen-noord-midden-limburg", "participants.description",
     "Ruim 100 aanmeldingen.", "002", "ruim 100 aanmeldingen"),
    ("meeting:2021-webinar-digitale-oplossingen-noord-midden-limburg", "participants.count", "=", "002",
     "ruim 100 aanmeldingen voor het webinar"),
    ("meeting:2021-webinar-digitale-oplossingen-noord-midden-limburg", "facilitators", "=robuust", "002",
     "onder coördinatie van Robuust"),
    ("meeting:2021-webinar-digitale-oplossingen-noord-midden-limburg", "description",
     "Professionals uit verschillende domeinen vertelden", "002",
     "Professionals uit verschillende domeinen deelden hun ervaring"),
    ("initiative:limburgse-reactie-discussienota-ggz", "description", "een dag voor de deadline", "002",
     "één dag voor de deadline"),
    ("initiative:limburgse-reactie-discussienota-ggz", "barriers", "twee weken", "002",
     "in twee weken voor elkaar te krijgen"),
    ("initiative:ggz-platforms-limburg", "description", "welk platform het derde is, staat er niet", "002",
     "bij de drie platforms in Limburg"),
    ("initiative:discussienota-zorglandschap-ggz", "description", "Bij één platform bleef het daarbij", "002",
     "Bij het ene platform bleef het bij een uitwisseling"),
    ("initiative:discussienota-zorglandschap-ggz", "description", "medio mei", "002",
     "zag in medio mei definitief het licht"),
    ("actor:robuust", "contacts[name=Man Kuen van Steensel].role", "verantwoordelijk voor de begeleiding", "002",
     "verantwoordelijk is voor de begeleiding van de platforms"),
    # 003 Movisie and MIND
    ("initiative:huiskamer-zaandam", "status", "=onbekend", "003",
     "brachten we een bezoek aan de huiskamer in Zaandam"),
    ("region:zeist", "description", "waar de cliënten vandaan kwamen", "003", "in gesprek met cliënten uit Zeist"),
    ("initiative:indicatievrij-werken-buurtteam-lindenholt", "description",
     "makkelijker afsluiten zodra er geen hulpvraag meer is", "003",
     "makkelijker om af te sluiten wanneer er geen hulpvraag meer ligt"),
    ("initiative:toegang-en-ggz", "barriers", "Krapte op de arbeidsmarkt", "003", "en krapte op de arbeidsmarkt"),
    ("initiative:toegang-en-ggz", "barriers", "juist dat overleg wordt als eerste afgezegd", "003",
     "deze worden als eerste afgezegd"),
    ("initiative:toegang-en-ggz", "barriers", "hun problemen opnieuw vertellen", "003",
     "Zij moeten na een doorverwijzing steeds opnieuw hun problemen op tafel leggen"),
    ("initiative:toegang-en-ggz", "barriers", "niet gelijktijdig werden aangepakt", "003",
     "verschillende problemen niet tegelijkertijd werden opgepakt"),
    ("initiative:toegang-en-ggz", "success_factors", "preventie en meer nadruk op herstel, integrale zorg", "003",
     "meer aandacht is voor preventie en meer accent op herstel en integrale zorg"),
    ("initiative:toegang-en-ggz", "lessons", "de DSM-5 de komende jaren niet meer bepaalt", "003",
     "De komende jaren is de DSM 5"),
    ("initiative:toegang-en-ggz", "lessons", "in samenhang worden opgepakt", "003",
     "meervoudige hulpvragen integraal worden opgepakt"),
    ("initiative:toegang-en-ggz", "description", "personeelstekort en minder geld", "003",
     "het personeelstekort en minder financiën"),
    ("initiative:toegang-en-ggz", "started", "=2022", "003", "Movisie en MIND gingen in 2022 samen op zoek"),
    ("initiative:gebiedsgerichte-aanpak-ruwaard", "contacts[name=Annemieke Ackermans].role", "=", "003",
     "Annemieke Ackermans (Oss)"),
    ("initiative:gebiedsgerichte-aanpak-ruwaard", "lessons", "Veranderen vergt tijd en durf", "003",
     "Verandering kost tijd en vraagt lef"),
    ("initiative:de-nieuwe-ggz-maastricht", "barriers", "Financiële ondersteuning door zorgverzekeraars blijft achter",
     "003", "financiële ondersteuning vanuit zorgverzekeraars blijft achter"),
    ("meeting:2022-11-10-reflectiebijeenkomst-toegang-en-ggz", "date", "=2022-11-10", "003",
     "Terugblik reflectiebijeenkomst 10 november 2022"),
    ("meeting:2023-12-11-landelijke-bijeenkomst-toegang", "status", "=onbekend", "003",
     "Op 11 december 2023 zal de tweede editie plaatsvinden"),
    # 004 Mura Zorgadvies, Gelderse Vallei
    ("region:gelderse-vallei", "barriers", "wie is eigenaar van een overlegtafel", "004",
     "Wie neemt eigenaarschap voor een overlegtafel?"),
    ("region:gelderse-vallei", "success_factors", "steeds vaker bereid om samen te werken", "004",
     "de bereidheid om samen te werken bij professionals groeit"),
    ("region:gelderse-vallei", "success_factors", "overlegtafels maken de samenwerking tastbaar", "004",
     "interventies zoals overlegtafels helpt om die samenwerking concreet te maken"),
    ("region:gelderse-vallei", "lessons", "onderling contact en vertrouwen", "004",
     "het opbouwen van onderling contact én vertrouwen wel werkt"),
    ("actor:mura-zorgadvies", "barriers", "tijd, eigenaarschap en financiering", "004",
     "Tijd, eigenaarschap en financiering zijn daarin bepalend"),
    ("actor:mura-zorgadvies", "barriers", "KPI's en businesscases", "004",
     "vraagt het transformatieplan ook om KPI's en businesscases"),
    ("region:nederland", "lessons", "meer vertrouwen en autonomie", "004",
     "het vertrouwen en de autonomie van regionale netwerken te versterken"),
    ("region:nederland", "lessons", "ROS'en actief te betrekken", "004",
     "Daarbij helpt het om ROS'en actief te betrekken"),
    ("region:nederland", "barriers", "de wachtlijsten worden langer, het aanbod is versnipperd", "004",
     "De wachtlijsten groeien, het zorgaanbod is gefragmenteerd"),
    ("initiative:coalitie-mentaal-vitaal", "actors[actor=mura-zorgadvies].role", "=onbekend", "004",
     "een centrale rol gespeeld bij het opzetten van de Coalitie Mentaal Vitaal"),
    ("initiative:coalitie-mentaal-vitaal", "barriers", "=", "004", "De ervaringen van Mura laten zien"),
    ("initiative:overlegtafel-ggz-gelderse-vallei", "barriers", "richten zich op de patiëntenzorg", "004",
     "hun aandacht ligt bij de patiëntenzorg"),
    ("initiative:overlegtafel-ggz-gelderse-vallei", "actors[actor=mura-zorgadvies].role", "=onbekend", "004",
     "Suzan Buitenhuis van Mura Zorgadvies ziet dat het overleg effect heeft"),
    ("initiative:overleg-mentale-gezondheid-rosen", "regions", "=gelderse-vallei", "004",
     "het overleg mentale gezondheid van verschillende ROS'en in de regio"),
    ("initiative:verkennend-gesprek", "status", "=onbekend", "004", "de inkoop van het Verkennend Gesprek"),
    ("initiative:verkennend-gesprek", "type", "=onbekend", "004", "de RHO of kerninstelling ggz?"),
    ("actor:nza", "description", "beleidsmakers", "004", "beleidsmakers bij VWS, NZa en zorgverzekeraars"),
]  # fmt: skip


def normalise(text: str) -> str:
    """Compare text as read: NFC, straight quotes, one space for any run of white space."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0xA0: " "})
    return re.sub(r"\s+", " ", text).strip()


@cache
def article(key: str) -> str:
    (path,) = SEEDS.glob(f"{key}_*.txt")
    return normalise(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.open(REPO)


def field_text(record: Record, path: str) -> str:
    """The value at a field path as text: lists joined with `, `, nothing as the empty string."""
    value: Any = record
    for part in re.findall(r"[^.\[\]]+|\[[^\]]*\]", path):
        if part.startswith("["):
            key, _, wanted = part[1:-1].partition("=")
            (value,) = [item for item in value if str(getattr(item, key)) == wanted]
        else:
            value = getattr(value, part)
    return _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, BaseModel):
        raise AssertionError(f"field path ends at a mapping: {value!r}")
    return str(value)


def test_there_are_enough_facts() -> None:
    assert len(FACTS) >= 40
    assert {key for *_, key, _ in FACTS} == set(TITLES)


@pytest.mark.parametrize(("ref", "path", "says", "key", "words"), FACTS, ids=[f"{f[0]}.{f[1]}" for f in FACTS])
def test_fact_is_in_the_record_and_in_its_article(kb, ref, path, says, key, words) -> None:
    record = kb.index.lookup(ref)
    value = normalise(field_text(record, path))
    if says.startswith("="):
        assert value == normalise(says[1:]), f"{ref} {path} is {value!r}"
    else:
        assert normalise(says) in value, f"{ref} {path} is {value!r}"
    assert TITLES[key] in {s.title for s in record.sources}, f"{ref} does not cite article {key}"
    assert normalise(words) in article(key), f"article {key} does not say {words!r}"


def _texts(record: Record) -> list[str]:
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, BaseModel) and not isinstance(value, Enum):
            for name in type(value).model_fields:
                if name != "sources":
                    walk(getattr(value, name))
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(record)
    return found


def test_no_record_copies_a_sentence_from_the_articles(kb) -> None:
    """Facts in our own words: no sentence of ten words or more is taken over word for word."""
    sentences = {
        s.strip(" '\"").casefold()
        for key in TITLES
        for s in re.split(r"(?<=[.!?:;])\s+|['\"]", article(key))
        if len(s.split()) >= 10
    }
    copied = [
        (record.ref, s)
        for record in kb.index.all_records()
        for text in _texts(record)
        for s in sentences
        if s in normalise(text).casefold()
    ]
    assert not copied, copied

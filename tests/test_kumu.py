"""`ggznet graph` for Kumu: the JSON blueprint and the CSV sheets against a fixture written from Kumu's
documentation (tests/fixtures/kumu-import.yaml, which names the pages)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
FIXTURE = yaml.safe_load((Path(__file__).parent / "fixtures" / "kumu-import.yaml").read_text(encoding="utf-8"))
DOCUMENTED_ELEMENT_KEYS = {"id", "label", "type", "description", "tags"}
DOCUMENTED_CONNECTION_KEYS = {"id", "from", "to", "type", "direction"}


def read_sheet(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def check_blueprint(data: dict[str, Any]) -> None:
    """`data` has the fixture's structure: the same top-level arrays, documented keys in the documented
    spelling and with the fixture's value types, and connections that name elements by id."""
    documented = FIXTURE["blueprint"]
    assert set(data) == set(documented)
    assert all(isinstance(data[key], list) for key in documented)
    example_element = documented["elements"][0]
    example_connection = documented["connections"][0]
    ids = [e["id"] for e in data["elements"]]
    assert len(ids) == len(set(ids)), "element ids are unique"
    for element in data["elements"]:
        assert isinstance(element.get("label"), str) and element["label"], element
        tags = element.get("tags", [])
        assert isinstance(tags, list) and all(isinstance(t, str) for t in tags), element
        for key, value in element.items():
            if key.lower() in DOCUMENTED_ELEMENT_KEYS:
                assert key in DOCUMENTED_ELEMENT_KEYS, f"`{key}` is spelled `{key.lower()}` in a blueprint"
                assert type(value) is type(example_element[key]), (key, value)
    for connection in data["connections"]:
        assert {"from", "to"} <= set(connection)
        assert connection["from"] in ids and connection["to"] in ids, "with element ids, from/to are ids"
        assert connection.get("direction", "directed") in FIXTURE["directions"]
        for key, value in connection.items():
            if key.lower() in DOCUMENTED_CONNECTION_KEYS:
                assert key in DOCUMENTED_CONNECTION_KEYS, f"`{key}` is spelled `{key.lower()}` in a blueprint"
                assert type(value) is type(example_connection[key]), (key, value)


def test_the_fixture_agrees_with_itself() -> None:
    """The fixture's sheets and blueprint say the same thing, so either can serve as the reference."""
    sep = FIXTURE["separator"]
    rows = read_sheet(FIXTURE["elements_sheet"])
    for row, element in zip(rows, FIXTURE["blueprint"]["elements"], strict=True):
        assert row["ID"] == element["id"] and row["Label"] == element["label"]
        assert [t for t in row["Tags"].split(sep) if t] == element.get("tags", [])
    check_blueprint(FIXTURE["blueprint"])


@pytest.fixture
def kb(make_kb) -> Path:
    return make_kb(
        {
            "data/actors/ros-a.yaml": "id: ros-a\nname: ROS A\ntype: ros\nregions: [regio-a]\n"
            "tags: [procesbegeleiding, wijk|buurt]\nsources: [{title: T}]\n"
        }
    )


def test_json_blueprint_has_kumus_structure(cli, kb) -> None:
    run = cli("graph", "--kb", str(kb), "-f", "json")
    assert run.exit_code == 0, run.stderr
    data = json.loads(run.stdout)
    check_blueprint(data)
    assert all(isinstance(e["tags"], list) for e in data["elements"])  # always an array, if empty
    by_id = {e["id"]: e for e in data["elements"]}
    tafel = by_id["initiative:tafel-a"]
    assert tafel["label"] == "Samenwerkingstafel A" and tafel["type"] == "initiative"
    assert tafel["tags"] == ["ggz", "sociaal-domein", "wachttijden"]  # domains and themes, as an array
    assert tafel["Domains"] == ["ggz", "sociaal-domein"] and tafel["Themes"] == ["wachttijden"]
    assert tafel["Subtype"] == "tafel" and tafel["Status"] == "lopend"
    assert by_id["actor:ros-a"]["tags"] == ["procesbegeleiding", "wijk|buurt"]
    assert {"from": "actor:ggz-a", "to": "initiative:tafel-a", "type": "trekker", "direction": "directed"} in data[
        "connections"
    ]


def test_csv_sheets_have_kumus_headers_and_pipes(cli, kb, tmp_path) -> None:
    run = cli("graph", "--kb", str(kb), "-o", str(tmp_path / "netwerk.csv"))
    assert run.exit_code == 0, run.stderr
    elements_text = (tmp_path / "netwerk-elements.csv").read_text(encoding="utf-8")
    connections_text = (tmp_path / "netwerk-connections.csv").read_text(encoding="utf-8")
    documented_elements = next(csv.reader(io.StringIO(FIXTURE["elements_sheet"])))
    documented_connections = next(csv.reader(io.StringIO(FIXTURE["connections_sheet"])))
    headers = next(csv.reader(io.StringIO(elements_text.removeprefix("\ufeff"))))
    assert headers[0] == documented_elements[0] == "ID"
    assert set(documented_elements) - {"Description"} <= set(headers)  # the documented spelling: ID, Label, …
    connection_headers = next(csv.reader(io.StringIO(connections_text.removeprefix("\ufeff"))))
    assert connection_headers[:2] == documented_connections[:2] == ["From", "To"]

    blueprint = json.loads(cli("graph", "--kb", str(kb), "-f", "json").stdout)
    by_id = {e["id"]: e for e in blueprint["elements"]}
    sep = FIXTURE["separator"]
    rows = read_sheet(elements_text)
    assert [r["ID"] for r in rows] == list(by_id)
    for row in rows:
        element = by_id[row["ID"]]
        assert row["Label"] == element["label"] and row["Type"] == element["type"]
        assert [t for t in row["Tags"].split(sep) if t] == [t.replace(sep, "/") for t in element["tags"]]
        assert [d for d in row["Domains"].split(sep) if d] == element.get("Domains", [])
    assert next(r for r in rows if r["ID"] == "actor:ros-a")["Tags"] == "procesbegeleiding|wijk/buurt"
    links = read_sheet(connections_text)
    assert len(links) == len(blueprint["connections"])
    assert all(link["From"] in by_id and link["To"] in by_id for link in links)


def test_the_shipped_network_exports_as_a_blueprint(cli) -> None:
    data = json.loads(cli("graph", "--kb", str(REPO), "-f", "json").stdout)
    check_blueprint(data)
    assert any(e["id"] == "actor:menzis" for e in data["elements"])

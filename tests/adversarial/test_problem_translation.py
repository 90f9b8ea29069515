"""Record values that hold the fixed words of a problem message (`… is not one of: …`, `: `) must not steer the
Dutch translation: the value comes out as written, and the message's own words in Dutch. The translation
matches the English message against its templates; a value that repeats a template's words could make it
split the message in the wrong place (translating words inside the value and leaving the message English).
"""

from __future__ import annotations

import json

import pytest

TRAP = "x` is not one of: a, b. `y"


@pytest.fixture
def problems(make_kb, cli):
    root = make_kb(
        {
            "data/initiatives/val.yaml": (
                f"id: val\nname: Val\ntype: tafel\nstatus: {json.dumps(TRAP)}\nregions: [regio-a]\n"
                "sources:\n  - {title: Bron, publisher: Uitgever, published: 2023-01-01}\n"
            ),
            "data/actors/web.yaml": (
                f"id: web\nname: Web\ntype: ros\nregions: [regio-a]\nwebsite: {json.dumps(TRAP)}\n"
                "sources:\n  - {title: Bron, publisher: Uitgever, published: 2023-01-01}\n"
            ),
            "data/regions/twee-punten.yaml": (
                "id: twee-punten\nname: 'Regio: Noord'\ntype: regio\n"
                "sources:\n  - {title: Bron, publisher: Uitgever, published: 2023-01-01}\n"
            ),
            "data/initiatives/open.yaml": (
                "id: open\nname: Open\ntype: tafel\nstatus: onbekend\nregions: [twee-punten]\n"
                "sources:\n  - {title: Bron, publisher: Uitgever, published: 2023-01-01}\n"
            ),
        }
    )

    def run(lang: str) -> dict[tuple[str, str], str]:
        done = cli("--kb", str(root), "--no-cache", "validate", "--format", "json", "--lang", lang)
        assert done.exit_code == 1, done.stderr
        return {(p["path"], p["code"]): p["message"] for p in json.loads(done.stdout)["problems"]}

    return run("en"), run("nl")


def test_a_value_with_a_templates_words_stays_as_written(problems) -> None:
    english, dutch = problems
    key = ("data/initiatives/val.yaml", "bad-value")
    assert english[key].startswith(f"`status`: `{TRAP}` is not one of: idee, ")
    assert dutch[key].startswith(f"`status`: `{TRAP}` is geen van: idee, "), dutch[key]


def test_a_value_does_not_choose_another_template(problems) -> None:
    english, dutch = problems
    key = ("data/actors/web.yaml", "bad-value")
    assert english[key] == f"`website`: '{TRAP}' is not an http(s) web address"
    assert dutch[key] == f"`website`: '{TRAP}' is geen http(s)-webadres"


def test_a_name_with_a_colon_stays_whole(problems) -> None:
    english, dutch = problems
    key = ("data/regions/twee-punten.yaml", "not-stated")
    assert english[key].startswith("Regio: Noord: 1 value not stated by the sources in records naming this region: ")
    assert dutch[key] == (
        "Regio: Noord: 1 waarde niet vermeld in de bronnen, in records die deze regio noemen: "
        "initiatief `open` (status)"
    ), dutch[key]


# -- the command line's own messages: what the user typed is shown as typed ---------------------------------


@pytest.mark.parametrize(
    ("args", "typed"),
    [
        (("show", "none"), "`none`"),  # `none` is a word of the catalogue (`geen`) and a valid id
        (("rename", "none", "iets-anders"), "`none`"),
        (("list", "actors", "--region", "none"), "`none`"),
        (("list", "actors", "--region", "Permission denied"), "Permission denied"),  # a system's reason, as an id
        (("show", "interrupted"), "`interrupted`"),
    ],
    ids=" ".join,
)
def test_what_the_user_typed_is_not_translated(make_kb, cli, args: tuple[str, ...], typed: str) -> None:
    root = make_kb()
    done = cli("--kb", str(root), *args)
    assert done.exit_code in (1, 2), done.stderr
    assert typed in done.stderr, done.stderr
    english = cli("--kb", str(root), "--lang", "en", *args)
    assert typed in english.stderr, english.stderr

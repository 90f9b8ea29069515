"""'Did you mean …?' hints in the language of the run: the hint is a template of the catalogue with the suggestions as
its values, localised as every other message is (the values as they are, joined by `of` in Dutch, `or` in English)."""

from __future__ import annotations

import json

import pytest

from ggznet.cli import lang, problemtext

TAFEL_B = (
    "id: tafel-b\nname: Tafel B\ntype: tafel\nstatus: lopend\nregions: [regio-b]\nsources:\n  - {title: Testbron}\n"
)
BAD_REF = "id: ggz-x\nname: GGZ X\ntype: ggz-aanbieder\nregions: [regio]\nsources:\n  - {title: Testbron}\n"


@pytest.fixture
def kb(make_kb) -> str:
    return str(make_kb({"data/initiatives/tafel-b.yaml": TAFEL_B}))


def test_an_unknown_id_suggests_the_close_ones_in_each_language(cli, kb) -> None:
    run = cli("show", "tafel", "--kb", kb)
    assert run.exit_code == 2
    assert "tip: bedoel je `tafel-a` of `tafel-b` of `2023-03-24-tafel-a`?" in run.stderr
    run = cli("--lang", "en", "show", "tafel", "--kb", kb)
    assert run.exit_code == 2
    assert "hint: did you mean `tafel-a` or `tafel-b` or `2023-03-24-tafel-a`?" in run.stderr


def test_a_problem_suggests_the_close_ones_in_each_language(cli, make_kb) -> None:
    root = str(make_kb({"data/actors/ggz-x.yaml": BAD_REF}))
    run = cli("validate", "--kb", root)
    assert "tip: bedoel je `regio-a` of `regio-b`?" in run.stdout
    hints = [p["hint"] for p in json.loads(cli("validate", "--kb", root, "--format", "json").stdout)["problems"]]
    assert "bedoel je `regio-a` of `regio-b`?" in hints
    run = cli("validate", "--kb", root, "--lang", "en")
    assert "hint: did you mean `regio-a` or `regio-b`?" in run.stdout
    hints = [
        p["hint"] for p in json.loads(cli("--lang", "en", "validate", "--kb", root, "-f", "json").stdout)["problems"]
    ]
    assert "did you mean `regio-a` or `regio-b`?" in hints


@pytest.fixture
def other_dutch(monkeypatch: pytest.MonkeyPatch):
    """The catalogue's Dutch for the hint replaced, and the caches that hold what was made of it emptied."""

    def clear() -> None:
        lang._patterns.cache_clear()
        problemtext.hint_nl.cache_clear()

    monkeypatch.setitem(lang.NL, "did you mean {suggestions}?", "misschien {suggestions}?")
    clear()
    yield
    monkeypatch.undo()
    clear()


def test_the_hint_is_put_in_words_by_the_catalogue_alone(cli, kb, make_kb, other_dutch) -> None:
    """No special case: the Dutch is the catalogue's, for an error's hint and a problem's alike."""
    assert "tip: misschien `tafel-a` of `tafel-b` of `2023-03-24-tafel-a`?" in cli("show", "tafel", "--kb", kb).stderr
    root = str(make_kb({"data/actors/ggz-x.yaml": BAD_REF}))
    assert "tip: misschien `regio-a` of `regio-b`?" in cli("validate", "--kb", root).stdout


@pytest.mark.parametrize(
    "text",
    [
        "did you mean `a` or b?",  # not a list of values: left as it is, not half translated
        "did you mean -- or --?",
        "did you mean `a`?`b`?",
    ],
)
def test_only_suggestions_are_taken_for_suggestions(text: str) -> None:
    lang.set_language("nl")
    assert lang.translate(text) == text

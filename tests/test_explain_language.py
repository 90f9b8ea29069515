"""`ggznet explain CODE` in the language of the run: besides the rule, the notes in its wrong and right examples (a
YAML comment, a line that describes a file) are Dutch in a Dutch run and English with --lang en; the YAML itself
and a comment that names a file stay as they are."""

from __future__ import annotations

import re

import pytest

from ggznet.cli import lang, problems_nl
from ggznet.cli.problemtext import example_of
from ggznet.validate.codes import CODES

COMMENT = re.compile(r"(?:^|\s)# (?P<note>.+)$")
DESCRIBED = re.compile(r"\((?P<note>.+)\)")
A_FILE = re.compile(r"[\w./-]+\.ya?ml")


def notes_in_examples() -> set[str]:
    """Every note in the examples of the code catalogue that is words, not the name of a file."""
    found = set()
    for code in CODES.values():
        for line in (code.wrong + "\n" + code.right).splitlines():
            match = COMMENT.search(line) or DESCRIBED.fullmatch(line)
            if match and not A_FILE.fullmatch(match["note"]):
                found.add(match["note"])
    return found


def test_every_note_in_an_example_has_a_dutch_form_and_every_dutch_form_a_note() -> None:
    notes = notes_in_examples()
    assert len(notes) >= 8  # the search above finds them (a change that loses them fails here)
    assert notes == set(problems_nl.EXAMPLE_NOTES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_a_dutch_example_differs_from_the_english_one_only_in_its_notes(code: str) -> None:
    lang.set_language("nl")
    for english in (CODES[code].wrong, CODES[code].right):
        dutch = example_of(english)
        assert len(dutch.splitlines()) == len(english.splitlines())
        for nl_line, en_line in zip(dutch.splitlines(), english.splitlines(), strict=True):
            if nl_line != en_line:
                note = (COMMENT.search(en_line) or DESCRIBED.fullmatch(en_line) or {"note": None})["note"]
                assert note in problems_nl.EXAMPLE_NOTES, en_line
                assert nl_line == en_line.replace(note, problems_nl.EXAMPLE_NOTES[note]), nl_line
    lang.set_language("en")
    try:
        assert example_of(CODES[code].wrong) == CODES[code].wrong
    finally:
        lang.set_language("nl")


@pytest.mark.parametrize(
    ("code", "dutch", "english"),
    [
        (
            "yaml-encoding",
            [
                "    name: Cli\\xebntenraad   # opgeslagen als Latin-1",
                "    name: Cliëntenraad   # opgeslagen als UTF-8",
            ],
            ["    name: Cli\\xebntenraad   # saved as Latin-1", "    name: Cliëntenraad   # saved as UTF-8"],
        ),
        (
            "yaml-too-large",
            ["    (een bestand van 50 MB)", "    (een bestand van een paar kilobytes)"],
            ["    (a 50 MB file)", "    (a file of a few kilobytes)"],
        ),
        (
            "not-stated",
            ["    status: lopend   # het artikel zegt niet of het nog loopt"],
            ["    status: lopend   # the article does not say whether it still runs"],
        ),
        (
            "state-folder",
            ["    .ggznet-cache/   # een map die ggznet zelf maakt; nooit gecommit"],
            ["    .ggznet-cache/   # a folder ggznet makes itself; never committed"],
        ),
        ("id-mismatch", ["    # data/actors/menzis.yaml"], ["    # data/actors/menzis.yaml"]),  # a file's name stays
    ],
)
def test_explain_shows_its_examples_notes_in_the_language_of_the_run(cli, code, dutch, english) -> None:
    nl_run = cli("explain", code)
    en_run = cli("explain", code, "--lang", "en")
    assert nl_run.exit_code == en_run.exit_code == 0
    nl_lines, en_lines = nl_run.stdout.splitlines(), en_run.stdout.splitlines()
    assert "Fout:" in nl_lines and "Wrong:" in en_lines
    for line in dutch:
        assert line in nl_lines, nl_run.stdout
    for line in english:
        assert line in en_lines, en_run.stdout
    if dutch != english:
        assert not set(english) & set(nl_lines)

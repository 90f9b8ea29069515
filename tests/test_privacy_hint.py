"""The privacy pre-check's long-number test: one regular-expression search, the same answer as the
walk over every loosely written number it replaced (kept here as the reference)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ggznet import personal
from ggznet.charpolicy import BMP_CLASS, astral_as_bmp

_LOOSE = re.compile(r"\d(?:(?:\s++|[^\w\s]|_|" + BMP_CLASS + r"){0,5}\d)*")


def reference(text: str) -> bool:
    """The former `personal._long_number`: some maximal loose number holds nine digits or more."""
    for match in _LOOSE.finditer(astral_as_bmp(text)):
        if match.end() - match.start() >= 9 and sum(ch.isdigit() for ch in match.group()) >= 9:
            return True
    return False


PIECES = [
    *"0123456789",
    "٣",  # ARABIC-INDIC DIGIT THREE: a decimal digit to `\d`
    "７",  # FULLWIDTH SEVEN
    "²",  # SUPERSCRIPT TWO: isdigit, but not a decimal digit (a letter-like character to `\w`)
    " ",
    "  ",
    "\t",
    "\n",
    "\n    ",
    "\r\n",
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    ".",
    "-",
    "/",
    "_",
    "+",
    "€",
    "(",
    ")",
    ":",
    "\u00ad",  # soft hyphen
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\U000e0031",  # TAG DIGIT ONE (astral, refused)
    "a",
    "Z",
    "é",
    "x",
    "2023-03-24",
    "06-12345678",
    "+31 6 1234 5678",
    "111 222 333",
    "1112.22.333",
    "11-12-22-333",
    "NL91ABNA0417164300",
    "id: abc\n",
    "# 12345 opmerking\n",
    "|\n  123 45\n  678 9\n",
    "'12 34'",
    '"1\\u0032 3"',
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_long_number_agrees_with_the_walk_over_loose_numbers(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert personal._long_number(text) == reference(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 .-_/\n\t\u200b\u00a0a²٣"), max_size=60))
def test_long_number_agrees_on_dense_digits_and_separators(text: str) -> None:
    assert personal._long_number(text) == reference(text)


def test_hard_cases() -> None:
    cases = {
        "12345678": False,
        "123456789": True,
        "12 34 56 789": True,
        "1 2 3 4 5 6 7 8 9": True,
        "1      2": False,  # one run of white space is one separator, however long: the digits are joined
        "1\n\n\n\n\n\n2345678 9": True,
        "1.-.-.-2345678": False,  # six separators between 1 and 2: two numbers
        "1.-.-.2345678": True,  # five
        "2023-03-24 2023": True,  # dates one space apart read as one long number (a hint, not a finding)
        "2023-03-24\nx: 2023": False,
        "1234²56789": False,  # the superscript is a letter here
        "1234\U000e003156789": True,  # a tag character between digits is invisible
        "": False,
    }
    for text, expected in cases.items():
        assert reference(text) is expected, text
        assert personal._long_number(text) is expected, text

"""One Unicode policy on every read path, and the Rust fast path agreeing with libyaml on every input.

`yamlfast.parse` uses the Rust parser only for texts where it provably reads the same as the exact
libyaml path; everything else (U+2028, NEL, tabs, lone CRs, empty keys, …) goes to the exact path.
The differential test feeds both random YAML-like texts built from the tokens where parsers differ.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TODAY
from ggznet import charpolicy
from ggznet.api import KnowledgeBase
from ggznet.store import yamlfast

DAY = dt.date.fromisoformat(TODAY)

# -- the policy ------------------------------------------------------------------------------------------


def test_the_policy_covers_every_format_character_python_knows() -> None:
    missing = [f"U+{cp:04X}" for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Cf"]
    missing = [cp for cp in missing if not charpolicy.is_refused(chr(int(cp[2:], 16)))]
    assert not missing


def test_the_policy_allows_ordinary_text() -> None:
    for text in ["Cliëntenraad", "Zaanstreek–Waterland", "“aanhalingstekens”", "€ 5\u00a0000", "naïef", "ß", "日本語",
                 "Ελληνικά", "עברית", "العربية", "tab\tinside", "twee\nregels", "👍", "❤️"]:  # fmt: skip
        assert charpolicy.first_refused(text) is None, text


REFUSED = {
    "word joiner": "\u2060",
    "BOM inside text": "\ufeff",
    "soft hyphen": "\u00ad",
    "Mongolian vowel separator": "\u180e",
    "Arabic letter mark": "\u061c",
    "right-to-left override": "\u202e",
    "first strong isolate": "\u2068",
    "zero-width joiner": "\u200d",
    "tag LATIN A": "\U000e0041",
    "Hangul filler": "\u3164",
    "Hangul choseong filler": "\u115f",
    "halfwidth Hangul filler": "\uffa0",
    "Braille blank": "\u2800",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    "next line (NEL)": "\x85",
    "noncharacter": "\ufdd0",
    "escape": "\x1b",
    "carriage return": "\r",
}


def _kb(tmp_path: Any, text: str) -> KnowledgeBase:
    from conftest import BASE, build_tree

    root = build_tree(tmp_path / "kb", {**BASE, "data/actors/ros-a.yaml": text})
    return KnowledgeBase.open(root, use_cache=True)


@pytest.mark.parametrize("char", list(REFUSED.values()), ids=list(REFUSED))
@pytest.mark.parametrize(
    "template",
    [
        'name: "ROS\\u{cp}A"\n',  # written as an escape
        "name: ROS{ch}A\n",  # raw, plain
        "name: 'ROS{ch}A'\n",  # raw, quoted
        "description: |\n  regel{ch}een\n  regel twee\n",  # raw, in a literal block
        '"na{esc}me": x\n',  # in a key
    ],
    ids=["escape", "plain", "quoted", "block", "key"],
)
def test_every_read_path_refuses_the_same_characters(tmp_path, char: str, template: str) -> None:
    if char == "\r" and "{ch}" in template:
        pytest.skip("a raw CR is a line break to YAML, not a character in the value")
    body = template.format(cp=f"{ord(char):04x}" if ord(char) <= 0xFFFF else f"{ord(char):08x}", ch=char,
                           esc=f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")  # fmt: skip
    if body.startswith('name: "') and ord(char) > 0xFFFF:
        body = f'name: "ROS\\U{ord(char):08x}A"\n'
    text = "id: ros-a\ntype: ros\nregions: [regio-a]\nsources: [{title: T}]\n" + (
        body if body.startswith("name") else "name: ROS A\n" + body
    )
    verdicts = []
    for _ in range(2):  # the second run reads from the parse cache
        kb = _kb(tmp_path, text)
        verdicts.append(sorted({(p.code, p.path) for p in kb.validate(today=DAY).problems}))
    overlay = KnowledgeBase.open(tmp_path / "kb", overlay={"data/actors/ros-a.yaml": text})
    verdicts.append(sorted({(p.code, p.path) for p in overlay.validate(today=DAY).problems}))
    exact = yamlfast.parse_exact(text)
    codes = {c for c, path in verdicts[0] if path == "data/actors/ros-a.yaml"}
    assert "unsafe-character" in codes or (exact.findings and "yaml-syntax" in codes), (verdicts[0], text)
    assert verdicts[0] == verdicts[1] == verdicts[2]


@pytest.mark.parametrize("name", ["\u3164", "\u115f\u1160", "\u00a0", "' '", "\u2800"])
def test_a_name_that_shows_nothing_is_refused(tmp_path, name: str) -> None:
    kb = _kb(tmp_path, f"id: ros-a\nname: {name}\ntype: ros\nsources: [{{title: T}}]\n")
    problems = [p for p in kb.validate(today=DAY).problems if p.path == "data/actors/ros-a.yaml"]
    assert problems and all(p.severity == "error" for p in problems)
    assert "ros-a" not in kb.index.actors


def test_messages_name_the_character_without_printing_it(tmp_path) -> None:
    kb = _kb(tmp_path, 'id: ros-a\nname: "ROS\\u2060A"\ntype: ros\nsources: [{title: T}]\n')
    (problem,) = [p for p in kb.validate(today=DAY).problems if p.code == "unsafe-character"]
    assert "U+2060 (WORD JOINER)" in problem.message and "\u2060" not in problem.message
    assert problem.line == 2


# -- the two parsers agree -------------------------------------------------------------------------------

TOKENS = [
    "\n", "\n  ", "\n- ", "\nkey: ", "\n  - ", "\n    ", "\r\n", "\r", "a", "b", "id", "x y", ": ", ":", "- ", "-",
    "  ", " ", "\t", "'", '"', "[", "]", "{", "}", ", ", ",", "#", "# c", "|", ">", "|-", ">+", "1", "0", "12", "1.5",
    "-3", "+4", "1e3", ".5", "0o7", "0x1F", ".inf", ".nan", "~", "null", "true", "False", "yes", "2023-03-24",
    "12:30", "!", "&", "*", "?", "%", "---", "...", "@", "`", "\\", "\\n", "\\u2028", "\\x85", "\\N", "\\L", "\\P",
    "\\_", "\\/", "\\t", "\\ ", "\\e", "\\0", "\u2028", "\u2029", "\x85", "\ufeff", "\u00a0", "\u200b", "é", "€",
    "\U0001f600", "\x7f", "\x1b", "\u0301", "\ue000", "\u3164",
]  # fmt: skip


def canonical(value: Any) -> Any:
    """Data in a form where nan equals nan and 1 differs from 1.0 and True."""
    if isinstance(value, dict):
        return ("map", [(canonical(k), canonical(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [canonical(v) for v in value])
    return (type(value).__name__, repr(value))


def _both(text: str) -> tuple[Any, Any]:
    chosen = yamlfast.parse(text)
    exact = yamlfast.parse_exact(text)
    return (canonical(chosen.data), [f.code for f in chosen.findings]), (
        canonical(exact.data),
        [f.code for f in exact.findings],
    )


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=25).map("".join).map(lambda t: t + "\n"))
def test_the_fast_path_reads_every_text_as_the_exact_path_does(text: str) -> None:
    chosen, exact = _both(text)
    assert chosen == exact, (text, yamlfast.fast_path_eligible(text))


@pytest.mark.parametrize(
    "text",
    [
        "a: x\u2028y\n", "a: x\u2028\n", "a:\n  - x\u2028\n  - y\n", "\u2028a: x\n", "a: x\u2028\n  y\n",
        "a: 'x\x85y'\n", 'a: "x\x85y"\n', "a: [x\x85y]\n", "a: x\x85\n  y\n", "\x85a: x\n", "a: x\n\ufeffb: y\n",
        "a: |\r\n\n", "a: \n: \n", "- \t\n", "!\n  1\n", "{}: \n", "a: x\ry\n", "a: '1\u20292'\n",
        "{{}}\n", "{[]}\n", "{a: 1, [b]}\n", "{a: 1,\n  {b: c}}\n", "a: {x, {}}\n",
        # a block scalar indicator or a colon starting a node in a flow collection, a colon before a flow indicator
        "a: [>]\n", "a: [|]\n", "a: [x, |y]\n", "a: {>: 1}\n", "a: {b: >}\n", "a: [:x]\n", "a: [a:]\n",
        "a: {a:? a}\n", "a: [a: ::b]\n",
        # a flow collection over several lines (a key may not span lines for libyaml)
        'a: {"a\nb": yes}\n', "a: {a\n b: 1}\n", "a: {x y: |-\n  x\n}\n", "a: {b: {c: 1}, x y: |-\n  x\n}\n",
        # numbers with an underscore after a digit, two `.nan` keys
        "b: 1_\n", "b: 1_e30\n", "b: 1.5_\n", ".nan: 1\n.NaN: 2\n",
    ],
)  # fmt: skip
def test_known_disagreements_go_to_the_exact_path(text: str) -> None:
    assert not yamlfast.fast_path_eligible(text)
    chosen, exact = _both(text)
    assert chosen == exact


def test_ordinary_records_still_take_the_fast_path() -> None:
    from pathlib import Path

    shipped = sorted((Path(__file__).resolve().parent.parent / "data").rglob("*.yaml"))
    fast = [p for p in shipped if yamlfast.fast_path_eligible(p.read_text(encoding="utf-8"))]
    assert len(fast) >= len(shipped) // 2


# -- the faster forms of the parser-choice checks find exactly what the plain regexes find ----------------

_PLAIN_EMPTY_KEY = re.compile(r"[\s\[{,]:(?:[\s,\]}]|\Z)")  # the check as first written
_PLAIN_COMPACT = re.compile(rf"[-?](?:[ \t]+[-?]){{{yamlfast.MAX_DEPTH - 1}}}")
CHECK_TOKENS = [*TOKENS, "1234567890", "123456789", "9", "٣", "１", "- - - - - - - -", "? - ", "-\t", "]: ", "} :"]


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(st.sampled_from(CHECK_TOKENS), max_size=40).map("".join))
def test_the_faster_checks_find_what_the_plain_regexes_find(text: str) -> None:
    assert (yamlfast._EMPTY_KEY.search(text) is None) == (_PLAIN_EMPTY_KEY.search(text) is None), text
    assert yamlfast.long_number(text.encode("utf-8", "surrogatepass")) == (
        yamlfast._LONG_NUMBER.search(text) is not None
    ), text
    compact = text.count("-") + text.count("?") >= yamlfast.MAX_DEPTH and _PLAIN_COMPACT.search(text) is not None
    assert compact == (_PLAIN_COMPACT.search(text) is not None), text
    data = text.encode("utf-8", "surrogatepass")
    assert (yamlfast.compact_run(data) and compact) == compact, text  # the bytes clear no text the search flags
    assert yamlfast.nesting_too_deep(text, data) == yamlfast.nesting_too_deep(text), text
    with_bytes = yamlfast.fast_path_eligible(text, long=yamlfast.long_number(text.encode("utf-8", "surrogatepass")))
    assert with_bytes == yamlfast.fast_path_eligible(text), text


@pytest.mark.parametrize(
    "text",
    [
        ": x\n", "a:\n: x\n", "a: [x, : y]\n", "{: x}\n", "a: x\n  : y\n", "a: x \u00a0: y\n", "a:\u2028:\n", "a: b\n:",
        "x: 1234567890123456789\n", "x: '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩'\n", "x: 123456789012345678\n",
        "x: é1234567890123456789\n",
        "- " * 32 + "x\n", "? " * 31 + "- x\n", "-\t" * 32 + "x\n", "- " * 31 + "x\n",
        "- " * 16 + "é " + "- " * 16 + "x\n", "-" * 40 + "\n", "- \t " * 32 + "x\n", "x: " + "a-" * 40 + "\n",
    ],
)  # fmt: skip
def test_the_faster_checks_on_the_edge_cases(text: str) -> None:
    data = text.encode("utf-8")
    assert (yamlfast._EMPTY_KEY.search(text) is None) == (_PLAIN_EMPTY_KEY.search(text) is None)
    assert yamlfast.long_number(data) == (yamlfast._LONG_NUMBER.search(text) is not None)
    plain_deep = _PLAIN_COMPACT.search(text) is not None
    assert (text.count("-") + text.count("?") >= yamlfast.MAX_DEPTH and plain_deep) == plain_deep
    assert (yamlfast.compact_run(data) and plain_deep) == plain_deep
    assert yamlfast.compact_run(("\ufeff" + text).encode("utf-8")) == yamlfast.compact_run(data)  # a byte-order mark
    assert yamlfast.nesting_too_deep(text, data) == yamlfast.nesting_too_deep(text)
    chosen, exact = _both(text)
    assert chosen == exact


HINT_PIECES = ["a", "id: x\n", " ", "\t", "\r\n", "\r", "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\\", "\\x07",
               "\\u200b", '"', "é", "\u200b", "\u2028", "\ufeff", "\U000e0041", "\U0001f600", "~", "0"]  # fmt: skip


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(st.sampled_from(HINT_PIECES), max_size=30).map("".join), st.booleans())
def test_the_unicode_hint_on_bytes_is_the_hint_on_text(text: str, bom: bool) -> None:
    """`raw_hint` on an ASCII text's bytes (told in C) says what the search on the text says, as a file gives
    them to it: the bytes as read, the text decoded without a byte-order mark."""
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass")
    read = data.decode("utf-8").removeprefix("\ufeff")
    assert charpolicy.raw_hint(read, data) == charpolicy.raw_hint(read), read

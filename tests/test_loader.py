"""The fast read path: YAML 1.2 semantics, agreement with the round-trip path, no traceback for any input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import build_tree
from ggznet.api import KnowledgeBase
from ggznet.store import roundtrip, yamlfast
from ggznet.store.files import decode

REPO = Path(__file__).resolve().parent.parent
SHIPPED_FILES = sorted((REPO / "data").glob("*/*.yaml"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: no", "no"),
        ("a: on", "on"),
        ("a: yes", "yes"),
        ("a: 012", 12),
        ("a: 0o12", 10),
        ("a: 0x1f", 31),
        ("a: 1:30", "1:30"),
        ("a: true", True),
        ("a: False", False),
        ("a: ~", None),
        ("a:", None),
        ("a: 1.5", 1.5),
        ("a: 2023-03-24", "2023-03-24"),  # the core schema has no timestamps; the models parse dates
        ("a: 2023-02-30", "2023-02-30"),
        ("a: '2023-03-24'", "2023-03-24"),
        ("a: 2023", 2023),
        ("a: <<", "<<"),
    ],
)
def test_yaml_1_2_scalars(text: str, expected: object) -> None:
    for parsed in (yamlfast.parse(text + "\n"), yamlfast.parse_exact(text)):
        assert not parsed.findings
        assert parsed.data == {"a": expected}
        assert type(parsed.data["a"]) is type(expected)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fast_and_round_trip_paths_agree_on_shipped_records(path: Path) -> None:
    text, _ = decode(path.read_bytes())
    assert text is not None
    fast = yamlfast.parse(text)
    assert not fast.findings
    assert fast.data == roundtrip.to_plain(roundtrip.load(text))


def test_shipped_records_exist() -> None:
    assert len(SHIPPED_FILES) >= 67


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    parsed = yamlfast.parse("\n".join(lines))
    assert any(f.code == "yaml-alias" for f in parsed.findings)


def test_merge_keys_are_plain_keys() -> None:
    parsed = yamlfast.parse("base: &b {x: 1}\nother:\n  <<: *b\n")
    assert any(f.code == "yaml-alias" for f in parsed.findings)


def test_deep_nesting_is_refused_before_parsing() -> None:
    assert yamlfast.parse("a: " + "[" * 10_000 + "]" * 10_000).findings[0].code == "yaml-too-deep"
    assert yamlfast.parse("- " * 10_000 + "x").findings[0].code == "yaml-too-deep"


record_text = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            [
                "id: x",
                "name: X",
                "type: ros",
                "  - a",
                "- b",
                ":",
                "{",
                "[",
                "]",
                "&a",
                "*a",
                "!!str",
                "'",
                '"',
                "---",
                "...",
                "? k",
                "\t",
                "#c",
                "date: 2023-13-45",
                "regions: [a, b]",
                "  k: v",
                "sources:",
                "  - title: t",
                "\ufeff",
                "\x00",
                "\u202e",
                "<<: *a",
            ]
        ),
        max_size=20,
    ).map("\n".join),
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | record_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_no_input_produces_a_traceback(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    root = build_tree(tmp_path_factory.mktemp("kb"), {"data/actors/x.yaml": content})
    result = KnowledgeBase.open(root).validate()  # must not raise
    for problem in result.problems:
        assert problem.path and problem.code and problem.message


piece = st.sampled_from(
    [
        "a",
        "b: c",
        "- x",
        "  - y",
        "k: v",
        "naam: Cliënt",
        "n: 12",
        "f: 1.5",
        "z: 012",
        "d: 2023-03-24",
        "q: '2023-03-24'",
        'q: "2023-03-24"',
        "e: 2023-02-30",
        "t: 12:30:00",
        "u: 1_000",
        "o: 0o17",
        "h: 0x1F",
        "bi: 0b101",
        "b: no",
        "b: yes",
        "b: True",
        "n: ~",
        "n: null",
        "i: .inf",
        "m: -.5",
        "l: [a, 'b', 1, 2023-03-24]",
        "m: {x: 1, y: [2]}",
        "s: |",
        "  regel",
        "s: >-",
        "  gevouwen",
        "dt: 2023-03-24T10:00:00",
        "dd: 2023-3-4",
        "a: b: c",
        "'k': v",
        '"k": "v\\tx"',
        "# c",
        "",
        "- ",
        "x:",
        "  k: v",
        "    - a",
        "&a b",
        "*a",
        "!!str 1",
        "---",
        "...",
        "? k",
        "a: 'it''s'",
        'a: "\\u00e9"',
        "a: 1e3",
        "a: +1",
        "a: -0",
        "a: 1.",
        "n: 99999999999999999999",
        "\t- x",
    ]
)


@settings(max_examples=int(__import__("os").environ.get("GGZNET_FUZZ", "600")), deadline=None)
@given(st.lists(piece, max_size=12).map(lambda pieces: "\n".join(pieces) + "\n"))
def test_rust_fast_path_agrees_with_the_exact_path(text: str) -> None:
    """Where the fast path is used, it gives exactly what the libyaml path gives; else it is not used."""
    if not yamlfast.fast_path_eligible(text):
        return
    exact = yamlfast.parse_exact(text)
    try:
        fast = yamlfast._yaml_rs.loads(text, parse_datetime=False)
    except Exception:
        return  # parse() falls back to the exact path for any complaint
    assert not exact.findings, (text, exact.findings)
    assert fast == exact.data and _types(fast) == _types(exact.data), text


def _types(value: object) -> object:
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value).__name__


_BLOCK_HEADERS = ["|", "|-", "|+", ">", ">-", ">+", "|2", "|1-", ">2+", "| # c", ">- # 1", "|  "]
_BLOCK_LINES = ["a", "b c", "  d", "   e", "", " ", "#x", "- f", "g: h", "k: v", '"q"', "x #y", "é ü", "a  ", "[x]"]
_BLOCK_LINES += ["..."]


@st.composite
def _block_documents(draw: st.DrawFn) -> str:
    header = draw(st.sampled_from(_BLOCK_HEADERS))
    indent = draw(st.sampled_from([" ", "  ", "    "]))
    body = "".join(
        (indent + draw(st.sampled_from(_BLOCK_LINES)) if draw(st.booleans()) else draw(st.sampled_from(["", "  "])))
        + "\n"
        for _ in range(draw(st.integers(0, 5)))
    )
    nested = "".join("  " + line if line.strip() else line for line in body.splitlines(True))
    context = draw(
        st.sampled_from(
            [
                f"k: {header}\n{body}",
                f"k: {header}\n{body}z: 1\n",
                f"l:\n  - {header}\n{nested}",
                f"m:\n  n: {header}\n{nested}  o: 2\n",
                f"k: {header}\n{body}# end\n",
                f"k: {header}\n{body}\n\nz: 1\n",
            ]
        )
    )
    text = "x: 0\n" + context
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


@settings(max_examples=int(__import__("os").environ.get("GGZNET_FUZZ", "600")), deadline=None)
@given(_block_documents())
def test_block_scalars_take_the_fast_path_only_where_both_parsers_agree(text: str) -> None:
    """Block scalars (about half the shipped records have one) are read by the Rust parser where the
    exact path gives the same; empty ones, explicit indentation and the like go to the exact path."""
    test_rust_fast_path_agrees_with_the_exact_path.hypothesis.inner_test(text)  # type: ignore[attr-defined]


def test_block_scalars_of_the_shipped_records_take_the_fast_path() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("data/*/*.yaml"))]
    with_blocks = [t for t in texts if yamlfast._BLOCK_SCALAR.search(t)]
    assert with_blocks
    assert all(yamlfast.fast_path_eligible(t) for t in with_blocks)

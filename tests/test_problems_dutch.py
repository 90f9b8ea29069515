"""Every problem a check can report has a Dutch message and hint: read from the source, each template is filled in
and translated as the command line translates it, and must come out changed; `validate` shows them in Dutch by
default and in English with --lang en, in every output format, with codes, paths and positions unchanged."""

from __future__ import annotations

import ast
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import BaseModel, StringConstraints, ValidationError

from _messages import HOLE, SRC, bindings, call_name, texts
from ggznet.cli import lang, problems_nl, problemtext
from ggznet.problems import error

# what fills a placeholder the program fills (problems_nl.SHAPES): a number, a count of values, a kind
HOLES = (HOLE, "9", "9 values", "qz")

# Where problems are made: the checks, the loading of files, and the texts put into their messages.
SOURCES = [
    *sorted((SRC / "validate").glob("*.py")),
    SRC / "api.py",
    SRC / "store" / "files.py",
    SRC / "store" / "yamlfast.py",
    SRC / "store" / "state.py",
    SRC / "store" / "transaction.py",
    SRC / "schema" / "types.py",
]
# Calls that make a problem (or a finding that becomes one), or the text of one.
MAKERS = {"error", "warning", "info", "Problem", "Finding", "_bsn", "LeftAlone", "PydanticCustomError"}
# Functions whose returned text goes into a problem's message (a described value, a place, a reason).
FEEDERS = {"_describe", "_where", "_values", "problem_with", "_parse_journal", "describe"}
# Calls whose text is not a problem's (an exception for the command line, checked by test_messages_dutch.py).
NOT_PROBLEMS = {"refusal"}


def _is_text(template: str) -> bool:
    """Words of a language, not a code (`yaml-alias`), an error type (`partial_date`) or only placeholders."""
    rest = re.sub(r"`[^`]*`|\{\}|\S*[/.]\w\S*", " ", template)
    return bool(re.search(r"[A-Za-z]{2,}", rest)) and not re.fullmatch(r"[a-z_-]+", template)


def templates() -> list[tuple[str, str]]:
    """(where, template) of every message and hint a problem can carry, and of the texts put into them."""
    found: dict[tuple[str, str], None] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_names = bindings(tree)
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or function.name in NOT_PROBLEMS:
                continue
            names = {**module_names, **bindings(function)}
            given: list[ast.expr] = []
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and call_name(node.func) in MAKERS:
                    given += node.args[1:] + [k.value for k in node.keywords if k.arg in ("hint", "what")]
                elif isinstance(node, ast.Call) and call_name(node.func) == "append" and node.args:
                    if isinstance(node.args[0], ast.Tuple):  # `findings.append((code, message, node))`
                        given += node.args[0].elts[1:2]
                elif isinstance(node, ast.Call) and call_name(node.func) in ("check_text", "_bsn"):
                    given += [k.value for k in node.keywords if k.arg == "what"]
                elif isinstance(node, ast.Return) and node.value is not None and function.name in FEEDERS:
                    given.append(node.value)
                    if isinstance(node.value, ast.Tuple):
                        given += node.value.elts
            for argument in given:
                for text in texts(argument, bound=names):
                    if _is_text(text):
                        found[(f"{path.relative_to(SRC)}:{argument.lineno}", text)] = None
        for node in ast.walk(tree):  # word tables put into messages (`_TYPE_WORDS`, RETIRED)
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name | ast.AnnAssign) and getattr(t, "id", "") in ("_TYPE_WORDS", "RETIRED")
                for t in node.targets
            ):
                for inner in ast.walk(node.value):
                    if isinstance(inner, ast.Constant) and isinstance(inner.value, str) and " " in inner.value:
                        found[(f"{path.relative_to(SRC)}:{inner.lineno}", inner.value)] = None
            if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") in ("_TYPE_WORDS", "RETIRED"):
                assert node.value is not None
                for inner in ast.walk(node.value):
                    if isinstance(inner, ast.Constant) and isinstance(inner.value, str) and " " in inner.value:
                        found[(f"{path.relative_to(SRC)}:{inner.lineno}", inner.value)] = None
    return list(found)


TEMPLATES = templates()


def in_dutch(sample: str) -> bool:
    """Whether the command line has a Dutch form for `sample` as a message, a hint or a text inside one."""
    problemtext.message_nl.cache_clear()
    problemtext.hint_nl.cache_clear()
    return any(
        translated != sample
        for translated in (
            problemtext.message_nl("", sample),
            problemtext.hint_nl(sample),
            problemtext.word_nl(sample),
        )
    )


def missing_dutch() -> list[str]:
    lang.set_language("nl")
    return [f"{where}: {template!r}" for where, template in TEMPLATES if not any(map(in_dutch, _filled(template)))]


def _filled(template: str) -> Iterator[str]:
    """`template` with its holes filled in every way HOLES allows (each hole may need a value of its own shape)."""
    pieces = template.split("{}")
    for holes in itertools.product(HOLES, repeat=len(pieces) - 1):
        yield "".join(itertools.chain.from_iterable(zip(pieces, (*holes, ""), strict=True)))


def test_the_source_gives_the_problem_templates() -> None:
    texts = {text for _, text in TEMPLATES}
    assert len(texts) > 120  # the search above finds them (a change that loses them fails here)
    for known in (
        "unknown field `{}`",
        "{}: {} not stated by the sources in records naming this region: {}",
        "keep `onbekend` while no source states the value; fill it in (and cite the source) when one does",
        "a key holds nothing visible",  # a literal `x if c else y` inside an f-string, both ways
        "'{value}' is not a real date ({reason})",  # ggznet's own Pydantic errors
        "anchors and aliases (&name / *name) are not allowed in records",  # a finding appended as a tuple
        "nothing (null)",  # a described value
        "regional support organisations (ROS)",  # a word table
    ):
        assert known in texts, known


def test_every_problem_template_has_a_dutch_form() -> None:
    missing = missing_dutch()
    assert not missing, "problem texts with no Dutch form in cli/problems_nl.py:\n" + "\n".join(missing)


def test_the_check_fails_when_a_dutch_form_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    without = {code: dict(templates) for code, templates in problems_nl.MESSAGES.items()}
    del without["unknown-field"]["unknown field `{field}`"]
    hints = dict(problems_nl.HINTS)
    del hints["give each record its own id"]
    monkeypatch.setattr(problems_nl, "MESSAGES", without)
    monkeypatch.setattr(problems_nl, "HINTS", hints)
    for cached in (problemtext._patterns_of, problemtext._all_messages, problemtext._hints):
        cached.cache_clear()
    try:
        missing = missing_dutch()
    finally:
        for cached in (problemtext._patterns_of, problemtext._all_messages, problemtext._hints):
            cached.cache_clear()
    assert any("'unknown field `{}`'" in m for m in missing)
    assert any("'give each record its own id'" in m for m in missing)


@pytest.mark.parametrize("catalogue", ["MESSAGES", "HINTS", "PARTS", "YAML"])
def test_dutch_forms_keep_every_placeholder(catalogue: str) -> None:
    table = getattr(problems_nl, catalogue)
    pairs = [p for t in table.values() for p in t.items()] if catalogue == "MESSAGES" else list(table.items())
    names = re.compile(r"\{(\w+)\}")
    wrong = [(en, nl) for en, nl in pairs if sorted(names.findall(en)) != sorted(names.findall(nl))]
    assert not wrong


def test_message_codes_are_problem_codes() -> None:
    from ggznet.validate.codes import CODES

    assert set(problems_nl.MESSAGES) <= set(CODES)


# -- Pydantic's own messages: by error type ------------------------------------------------------------------------


def test_every_pydantic_error_type_is_translated_or_cannot_come_from_a_record() -> None:
    from pydantic_core._pydantic_core import list_all_errors  # the English templates of this Pydantic

    english = {e["type"]: e["message_template_python"] for e in list_all_errors()}
    untranslated = set(english) - set(problems_nl.PYDANTIC) - problems_nl.NOT_FROM_RECORDS
    assert not untranslated, "Pydantic error types with no Dutch form: " + ", ".join(sorted(untranslated))
    changed = {k: (v, english.get(k)) for k, (v, _) in problems_nl.PYDANTIC.items() if english.get(k) != v}
    assert not changed, f"Pydantic's wording changed (update cli/problems_nl.py): {changed}"


class _Sample(BaseModel, extra="forbid"):
    name: Annotated[str, StringConstraints(min_length=2, strict=True)]
    count: int
    flag: bool


@pytest.mark.parametrize(
    ("data", "dutch"),
    [
        ({"name": "a", "count": 1, "flag": True}, "moet minstens 2 tekens lang zijn"),
        ({"name": "ab", "count": "x", "flag": True}, "moet een geheel getal zijn"),
        ({"name": "ab", "count": 1.5, "flag": True}, "moet een geheel getal zijn, niet een getal met decimalen"),
        ({"name": "ab", "count": 1, "flag": "misschien"}, "moet true of false zijn"),
    ],
)
def test_a_pydantic_message_in_dutch_by_its_type(data: dict[str, object], dutch: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _Sample.model_validate(data)
    err = caught.value.errors(include_url=False)[0]
    problem = error("wrong-type", "data/x.yaml", f"`{err['loc'][0]}`: {err['msg']}")
    lang.set_language("nl")
    assert problemtext.localized(problem).message == f"`{err['loc'][0]}`: {dutch}"
    lang.set_language("en")
    try:
        assert problemtext.localized(problem) is problem
    finally:
        lang.set_language("nl")


# -- through the command line ----------------------------------------------------------------------------------------

A = "data/actors/ggz-a.yaml"
SRC_LINE = "sources:\n  - {title: Bron}\n"
PROBLEMS = {
    A: "id: ggz-a\nname: GGZ A\ntype: ggz-aanbieder\nnaam: X\nregions: [regio-aa]\n" + SRC_LINE,
    "data/actors/kapot.yaml": 'id: kapot\nname: "open\n',
    "data/initiatives/x.yaml": "id: x\nname: ''\ntype: tafel\nstatus: lopend\nregions: [regio-a]\n"
    "started: 2023-02-30\n" + SRC_LINE,
}
# (Dutch, English): each message and hint of the knowledge base above, in both languages
SAID = [
    ("unknown-field onbekend veld `naam`", "unknown-field unknown field `naam`"),
    ("bedoel je `name`?", "did you mean `name`?"),
    ("unresolved-reference regio `regio-aa` bestaat niet", "unresolved-reference region `regio-aa` does not exist"),
    ("bij het lezen van tekst tussen aanhalingstekens: het bestand houdt onverwacht op",
     "while scanning a quoted scalar found unexpected end of stream"),
    ("bad-date `started`: '2023-02-30' is geen bestaande datum (die dag bestaat niet in die maand)",
     "bad-date `started`: '2023-02-30' is not a real date (day is out of range for month)"),
    ("schrijf een datum als 2023-03-24", "write a date like 2023-03-24"),
    ("`name`: moet minstens 1 teken lang zijn", "`name`: String should have at least 1 character"),
]  # fmt: skip


def _without_code(said: str) -> str:
    code, _, rest = said.partition(" ")
    return rest if "-" in code else said


@pytest.fixture
def broken(make_kb) -> Path:
    return make_kb(PROBLEMS)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_validate_shows_problems_in_dutch_and_in_english_with_lang_en(cli, broken: Path, fmt: str) -> None:
    dutch = cli("validate", "--kb", str(broken), "-f", fmt, "--as-of", "2026-11-24")
    english = cli("--lang", "en", "validate", "--kb", str(broken), "-f", fmt, "--as-of", "2026-11-24")
    assert dutch.exit_code == english.exit_code == 1
    for nl, en in SAID:
        if fmt != "text":  # codes stay in a field of their own (json) or the annotation's title (github)
            nl, en = _without_code(nl), _without_code(en)
        assert nl in dutch.stdout, nl
        assert en in english.stdout, en
        assert en not in dutch.stdout
    if fmt == "json":
        nl_payload, en_payload = json.loads(dutch.stdout), json.loads(english.stdout)
        assert nl_payload["lang"] == "nl" and en_payload["lang"] == "en"
        strip = [{k: v for k, v in p.items() if k not in ("message", "hint")} for p in nl_payload["problems"]]
        assert strip == [{k: v for k, v in p.items() if k not in ("message", "hint")} for p in en_payload["problems"]]
    if fmt == "github":  # the code is the annotation's title in every language
        assert "title=unknown-field::onbekend veld `naam` (bedoel je `name`?)" in dutch.stdout
        assert "title=unknown-field::unknown field `naam` (did you mean `name`?)" in english.stdout


def test_the_summary_lists_problems_in_the_language_of_the_run(cli, broken: Path, tmp_path: Path) -> None:
    nl_file, en_file = tmp_path / "nl.md", tmp_path / "en.md"
    cli("validate", "--kb", str(broken), "--summary", str(nl_file))
    cli("validate", "--kb", str(broken), "--summary", str(en_file), env={"GGZNET_LANG": "en"})
    assert "onbekend veld `naam`" in nl_file.read_text(encoding="utf-8")
    assert "`unknown-field`" in nl_file.read_text(encoding="utf-8")
    assert "unknown field `naam`" in en_file.read_text(encoding="utf-8")


def test_the_store_keeps_problems_in_english(cli, broken: Path) -> None:
    """A Dutch run and an English run share one stored verdict: the language is the command line's alone."""
    cli("validate", "--kb", str(broken))
    english = cli("--lang", "en", "validate", "--kb", str(broken))
    assert "unknown field `naam`" in english.stdout
    dutch = cli("validate", "--kb", str(broken))
    assert "onbekend veld `naam`" in dutch.stdout
    from ggznet.api import KnowledgeBase

    assert any(p.message == "unknown field `naam`" for p in KnowledgeBase.open(broken).validate().problems)


def test_a_document_made_anyway_lists_errors_in_dutch(cli, broken: Path) -> None:
    run = cli("report", "regio-a", "--kb", str(broken))
    assert run.exit_code == 1
    assert "unknown-field onbekend veld `naam`" in run.stderr
    run = cli("report", "regio-a", "--kb", str(broken), "--lang", "en")
    assert "unknown-field unknown field `naam`" in run.stderr


def test_a_refused_edit_lists_its_problems_in_dutch(cli, make_kb) -> None:
    kb = make_kb()
    dutch = cli("set", "tafel-a", "status", "loopt", "--kb", str(kb))
    assert dutch.exit_code == 1
    assert "bad-value `status`: `loopt` is geen van:" in dutch.stderr
    english = cli("--lang", "en", "set", "tafel-a", "status", "loopt", "--kb", str(kb))
    assert "bad-value `status`: `loopt` is not one of:" in english.stderr


def test_every_code_has_a_dutch_summary_and_rule(cli) -> None:
    from ggznet.validate.codes import CODES

    assert set(problems_nl.SUMMARIES) == set(CODES) == set(problems_nl.RULES)
    listing = cli("explain").stdout
    assert "unknown-field            error    een sleutel die het schema niet kent" in listing
    assert "a key the schema does not know" in cli("--lang", "en", "explain").stdout
    assert cli("explain", "unknown-field").stdout.startswith("unknown-field (error): een sleutel die het schema niet")
    explained = cli("explain", "not-stated").stdout
    assert "zegt het record `onbekend` in plaats van te gokken" in explained
    assert "the record says `onbekend` instead of guessing" in cli("explain", "not-stated", "--lang", "en").stdout


def test_a_message_cut_short_is_dutch_up_to_its_long_value() -> None:
    lang.set_language("nl")
    cut = error("unknown-field", "data/x.yaml", "unknown field `" + "k" * 400 + "`")
    assert cut.message.endswith("…")  # a message is at most 300 characters
    assert problemtext.localized(cut).message.startswith("onbekend veld `kkk")

"""Every message ggznet writes for its user has a Dutch form: read from the source, each error, hint and warning
is looked up as the CLI boundary looks it up in a Dutch run, and must come out changed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from _messages import HOLE, SRC, call_name, module_constants, texts
from ggznet.cli import lang

# The exception classes a message reaches the user through (subclasses are found in the source).
ROOTS = {"GgznetError", "HistoryError"}
# Functions that put their text on the screen as it stands, or through the boundary's lookup.
SAYERS = {"warn", "say_error", "print_error"}
# Messages that are the same in both languages: a version line; `record` (a Dutch word too).
SAME_IN_BOTH = {"ggznet {}", "record"}


def _error_classes(trees: list[ast.Module]) -> set[str]:
    found = set(ROOTS) | {"UsageError", "EditRefused", "KnowledgeBaseNotFound"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                known_base = isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in found for b in node.bases
                )
                if known_base and node.name not in found:
                    found.add(node.name)
                    grew = True
    return found


CONSTANTS: dict[str, str] = {}  # module-level names bound to one text (`DATA = "data"`), filled by messages()


def messages() -> list[tuple[str, str]]:
    """(where, template) of every message given to an error, a hint or a warning in src/ggznet."""
    paths = [p for p in sorted(SRC.rglob("*.py")) if p.name not in ("lang.py", "helptext.py")]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    errors = _error_classes(trees)
    CONSTANTS.update(module_constants(trees))
    found: dict[tuple[str, str], None] = {}
    for path, tree in zip(paths, trees, strict=True):
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            given: list[ast.expr] = []
            for node in ast.walk(function):
                if isinstance(node, ast.Call):
                    if call_name(node.func) in errors | SAYERS:
                        given += node.args[:2]
                    given += [k.value for k in node.keywords if k.arg == "hint"]
            # `message = …`, raised a line later
            named = {n.id for g in given for n in ast.walk(g) if isinstance(n, ast.Name)}
            for node in ast.walk(function):
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in named for t in node.targets
                ):
                    given.append(node.value)
            for argument in given:
                for text in texts(argument, constants=CONSTANTS):
                    found[(f"{path.relative_to(SRC)}:{argument.lineno}", text)] = None
    return list(found)


def _has_words(template: str) -> bool:
    """Text of a language in the template, not only options, `code`, paths and punctuation."""
    rest = re.sub(r"`[^`]*`|--?[a-z][\w-]*|\S*[/.]\w\S*|\{\}", " ", template)
    return bool(re.search(r"[A-Za-z]{2,}", rest))


MESSAGES = messages()


def test_the_source_gives_many_messages() -> None:
    assert len(MESSAGES) > 150  # the search above finds them (a change that loses them fails here)
    assert any("--summary" in text for _, text in MESSAGES)


def missing_dutch() -> list[str]:
    """The messages of the source that a Dutch run would show in English."""
    lang.set_language("nl")
    missing = []
    for where, template in MESSAGES:
        if template in SAME_IN_BOTH or not _has_words(template):
            continue
        sample = template.replace("{}", HOLE)
        if lang.translate(sample) == sample:
            missing.append(f"{where}: {template!r}")
    return missing


def test_every_message_has_a_dutch_form() -> None:
    missing = missing_dutch()
    assert not missing, "messages with no Dutch form in cli/lang.py:\n" + "\n".join(missing)


def test_the_check_fails_when_a_dutch_form_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    without = dict(lang.NL)
    del without["--summary: cannot write {target}: {reason}"]
    del without["choose internal or public"]
    monkeypatch.setattr(lang, "NL", without)
    lang._patterns.cache_clear()
    try:
        missing = missing_dutch()
    finally:
        lang._patterns.cache_clear()
    assert any("'--summary: cannot write {}: {}'" in m for m in missing)
    assert any("'choose internal or public'" in m for m in missing)


# Calls whose leading arguments are templates the command line looks up in its catalogue, and how many: `t`,
# `said` (what an edit did, said in the language of the run) and `tn` (the forms for one and for more).
LOOKED_UP = {"t": 1, "said": 1, "tn": 2}


def looked_up_unknown() -> list[str]:
    """Templates the source looks up in the catalogue that it does not hold."""
    unknown = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = call_name(node.func) if isinstance(node, ast.Call) else None
            if not isinstance(node, ast.Call) or name not in LOOKED_UP:
                continue
            for template in node.args[: LOOKED_UP[name]]:
                for text in texts(template, constants=CONSTANTS):
                    if "{}" not in text and text not in lang.NL:
                        unknown.append(f"{path.relative_to(SRC)}:{node.lineno}: {text!r}")
    return unknown


def test_every_message_looked_up_by_t_is_in_the_catalogue() -> None:
    unknown = looked_up_unknown()
    assert not unknown, "\n".join(unknown)


def test_a_plural_form_of_tn_missing_from_the_catalogue_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """`tn`'s second template is a message too: a plural missing from the catalogue would stay English."""
    without = dict(lang.NL)
    del without["{count} files created in {root}"]
    monkeypatch.setattr(lang, "NL", without)
    assert any("cmd_init.py" in u and "'{count} files created in {root}'" in u for u in looked_up_unknown())


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("--summary: cannot write /x/s.md: Permission denied", "--summary: kan /x/s.md niet schrijven: geen toegang"),
        ("the edit would be lost", "the edit would be lost"),  # unknown text stays as it is
        # an id, a path or any value in backticks stays as it is, also when it is a word the catalogue knows
        ("no actor with id `none`", "geen actor met id `none`"),
        ("`text` is not a date", "`text` is geen datum"),
        ("cannot read none: Permission denied", "kan none niet lezen: geen toegang"),
        ("--summary: cannot write none: none", "--summary: kan none niet schrijven: geen"),  # {reason}: words
    ],
)
def test_a_message_with_its_values_in_dutch(english: str, dutch: str) -> None:
    lang.set_language("nl")
    assert lang.translate(english) == dutch
    lang.set_language("en")
    try:
        assert lang.translate(english) == english
    finally:
        lang.set_language("nl")


@pytest.mark.parametrize(
    "code",
    ["EACCES", "ENOENT", "EISDIR", "ENOTDIR", "EEXIST", "ENOTEMPTY", "ENOSPC", "EROFS", "ENAMETOOLONG", "ELOOP",
     "EPERM", "EDQUOT", "EIO", "EBUSY", "EINVAL"],
)  # fmt: skip
def test_why_the_system_refused_a_file_is_in_dutch(code: str) -> None:
    """The reasons a user meets when a path cannot be read or written (`init /sys/x`: EPERM), as the system says."""
    import errno
    import os

    reason = os.strerror(getattr(errno, code))
    lang.set_language("nl")
    assert lang.translate(f"cannot create /x: {reason}") != f"kan /x niet aanmaken: {reason}"
    assert lang.translate(reason) != reason


# English words that no Dutch message holds (outside ids, paths and `code`).
ENGLISH = re.compile(
    r"\b(the|not|cannot|can't|and|with|has|have|was|already|exists|folder|file|files|write|written|read|"
    r"refused|refusing|needs|give|choose|use|run|first|there|it|its|an|to|by|again|such|directory)\b"
)


def _english_left(text: str, *known: str) -> list[str]:
    for value in sorted(known, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"`[^`]*`|--?[a-z][\w-]*|\S*[/.]\w\S*", " ", text)  # code, options and paths are in no language
    return ENGLISH.findall(text)


JINJA = ("Expected an expression, got 'end of statement block'",)  # Jinja's own words, quoted in the message

# (arguments, a piece of the Dutch message, a piece of the English one); {kb} and {tmp} are filled in.
ERROR_PATHS: list[tuple[list[str], str, str]] = [
    (["validate", "--summary", "{tmp}"], "--summary: kan ", "--summary: cannot write"),
    (["init", "{tmp}/new", "--name", "regio <b>"], "is geen gewone regionaam", "is not a plain region name"),
    (["init", "{tmp}/new", "--action", "no-repo"], "is geen EIGENAAR/REPO@REF", "is not OWNER/REPO@REF"),
    (["init", "{tmp}/a-file"], "bestaat al en is geen map", "exists and is not a folder"),
    (["init", "{tmp}/in-the-way", "--add-missing"], "staat in de weg", "is in the way"),
    (["graph", "--timeline", "-f", "json"], "--timeline tekent een afbeelding", "--timeline draws a picture"),
    (["graph", "--kind", "boom"], "is geen soort knoop", "is not a node kind"),
    (["report", "regio-a", "-f", "docx", "--check", "{tmp}/r.docx"], "--check vergelijkt", "--check compares"),
    (["report", "regio-a", "--check", "{tmp}/r.md"], "(bestand of map bestaat niet)", "(No such file or directory)"),
    (["report", "--all", "-o", "{tmp}/a-file"], "--all schrijft een map", "--all writes a folder"),
    (["list", "actors", "-o", "{tmp}/a-file/x.csv"], "-o: {tmp}/a-file is geen map", "is not a folder"),
    (["export", "xlsx", "{tmp}/a-file/x.xlsx"], "is geen map", "is not a folder"),
    (["schema", "--out", "{tmp}/a-file"], "--out: kan ", "--out: cannot write"),
    (["validate", "--max-age", "9999y"], "is langer dan 100 jaar", "is longer than 100 years"),
    (["explain", "zzzzzzzzz"], "`ggznet explain` geeft de lijst", "run `ggznet explain` for the list"),
    (["calendar", "--link-base", "ftp://x"], "is geen http(s)-adres", "is not an http(s) address"),
    (["link", "ggz-a", "regio-b", "--role", "trekker"], "zonder --role", "takes no --role"),
    (["link", "ros-a", "regio-b", "--role", "insurer"], "is niet van het type", "is not of type"),
    (["link", "2023-03-24-tafel-a", "ggz-a", "--role", "x"], "in een bijeenkomst is een actor", "in a meeting"),
    (["link", "tafel-a", "triage-b", "--relation", "zus"], "is onbekend", "is not known"),
    (["set", "tafel-a", "actors[9].role", "partner"], "er is geen item 9", "there is no item 9"),
    (["set", "tafel-a", "sources[0].title", "--unset", "--dry-run"], "", ""),
    (["set", "2099-07-14-tafel-a", "outcomes.actions[0].what", "x"], "heeft nog geen items", "has no items yet"),
    (["set", "tafel-a", "outcome", "x"], "een initiatief heeft geen veld `outcome`", "initiatives have no field"),
    (["list", "regions", "--status", "lopend"], "--status geldt niet voor een regio", "does not apply to regions"),
    (["report", "regio-a", "--templates", "{tmp}/loop"], "sjabloon ", "template "),
    (["report", "regio-a", "--templates", "{tmp}/syntax"], "syntaxfout in het sjabloon", "template syntax error"),
    (["show", "tafel-a", "-f", "docx"], "kan geen `docx` schrijven", "cannot write `docx`"),
    (["list", "actors", "-f", "csv", "-o", "{tmp}/x.json"], "past niet bij -o", "does not match -o"),
]


@pytest.fixture
def error_setup(make_kb, tmp_path: Path) -> tuple[Path, Path]:
    kb = make_kb()
    room = tmp_path / "room"
    (room / "in-the-way").mkdir(parents=True)
    (room / "in-the-way" / "data").write_text("a file where a folder belongs", encoding="utf-8")
    (room / "a-file").write_text("x", encoding="utf-8")
    (room / "loop").mkdir()
    (room / "loop" / "report.md.j2").write_text("{% for i in range(10**7) %}{{ i }}{% endfor %}\n", "utf-8")
    (room / "syntax").mkdir()
    (room / "syntax" / "report.md.j2").write_text("{% for %}\n", encoding="utf-8")
    return kb, room


@pytest.mark.parametrize(("args", "dutch", "english"), ERROR_PATHS, ids=[" ".join(a[:2]) for a, _, _ in ERROR_PATHS])
def test_a_refused_command_says_why_in_dutch(cli, error_setup, args, dutch, english) -> None:
    kb, room = error_setup
    argv = [a.format(tmp=room) for a in args] + ([] if args[0] in ("init", "explain", "schema") else ["--kb", str(kb)])
    run = cli(*argv)
    assert run.exit_code != 0, run.stdout + run.stderr
    assert dutch.format(tmp=room) in run.stderr, run.stderr
    assert not _english_left(run.stderr, str(kb), str(room), *JINJA), run.stderr
    english_run = cli("--lang", "en", *argv)
    assert english in english_run.stderr, english_run.stderr


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["show", "actor:none"], "fout: geen actor met id `none`"),
        (["show", "text"], "fout: geen record met id `text`"),
        (["set", "tafel-a", "text", "x"], "fout: een initiatief heeft geen veld `text`"),
    ],
)
def test_an_id_or_field_the_user_typed_is_not_translated(cli, make_kb, args, dutch) -> None:
    """A typed id or field that is also a word of the catalogue (`none`, `text`) stays as typed."""
    kb = make_kb()
    run = cli(*args, "--kb", str(kb))
    assert run.exit_code == 2
    assert run.stderr.splitlines()[0] == dutch


def test_an_internal_error_keeps_the_exception_text_as_it_is(make_kb, cli, monkeypatch) -> None:
    from ggznet import api

    def broken(self, **kw):
        raise RuntimeError("none")

    monkeypatch.setattr(api.KnowledgeBase, "validate", broken)
    run = cli("validate", "--kb", str(make_kb()))
    assert run.exit_code == 3
    assert run.stderr.splitlines()[0] == "fout: interne fout: RuntimeError: none"

"""Help in the users' language: every help text has a Dutch translation, and --help follows --lang and
$GGZNET_LANG like every other output (Dutch by default), in help pages and in shell completion."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from conftest import complete
from ggznet.cli import app
from ggznet.cli.application import _metavar
from ggznet.cli.helptext import NL, PLACEHOLDERS, paragraphs


def _help_texts() -> dict[str, list[str]]:
    """Every paragraph of help in the command tree (commands, groups, arguments, options, the help option and
    completion's options), with where it is used."""
    found: dict[str, list[str]] = {}

    def walk(command, path: list[str]) -> None:
        ctx = command.make_context("ggznet", [], resilient_parsing=True)
        where = "ggznet " + " ".join(path)
        for text in (command.help, command.short_help):
            for paragraph in paragraphs(text or ""):
                found.setdefault(paragraph, []).append(where)
        for param in command.get_params(ctx):
            for paragraph in paragraphs(getattr(param, "help", None) or ""):
                found.setdefault(paragraph, []).append(f"{where} {param.name}")
        for name, sub in (getattr(command, "commands", None) or {}).items():
            walk(sub, [*path, name])

    walk(get_command(app), [])
    return found


def test_every_help_text_has_a_dutch_translation() -> None:
    texts = _help_texts()
    assert len(texts) > 150
    missing = {text: where for text, where in texts.items() if text not in NL}
    assert not missing, "add these to NL in src/ggznet/cli/helptext.py:\n" + "\n".join(
        f"{where[0]}: {text!r}" for text, where in missing.items()
    )
    assert all(NL[text] != text for text in texts), "a translation the same as its English"


def test_every_dutch_help_text_belongs_to_a_help_text_of_the_code() -> None:
    unused = set(NL) - set(_help_texts())
    assert not unused, f"NL holds texts no command, argument or option has (changed in the code?): {unused}"


def test_the_dutch_keeps_option_names_and_placeholders() -> None:
    import re

    for english, dutch in NL.items():
        assert re.findall(r"--[a-z-]+", english) == re.findall(r"--[a-z-]+", dutch), english
        assert set(re.findall(r"\$[A-Z_]+", english)) == set(re.findall(r"\$[A-Z_]+", dutch)), english


SAME_IN_BOTH = {"REF", "ACTOR", "STATUS", "CODE", "URL", "A", "B", "OWNER/REPO@REF"}


def test_every_placeholder_has_a_dutch_name_or_reads_the_same(no_lang) -> None:
    from ggznet.cli.lang import set_language

    set_language("en")
    shown: set[str] = set()

    def walk(command) -> None:
        for param in command.params:
            if param.param_type_name == "argument":
                shown.add(param.metavar or str(param.name).upper())
            elif not param.is_flag and not getattr(param, "count", False):
                shown.add(_metavar(param))
        for sub in (getattr(command, "commands", None) or {}).values():
            walk(sub)

    try:
        walk(get_command(app))
    finally:
        set_language(None)
    names = {name for name in shown if not name.startswith("[")}  # choices are values, the same in both
    assert {"DIR", "DATE", "REGION", "MEETING"} <= names
    missing = names - set(PLACEHOLDERS) - SAME_IN_BOTH
    assert not missing, f"add these to PLACEHOLDERS in cli/helptext.py: {sorted(missing)}"
    assert not set(PLACEHOLDERS) - names, "PLACEHOLDERS names a value no option or argument shows"


def test_the_dutch_help_speaks_of_values_by_their_dutch_names() -> None:
    import re

    docs = Path(__file__).resolve().parent.parent / "docs"
    dutch = (docs / "cli.md").read_text(encoding="utf-8")
    dutch = dutch.replace("OWNER/REPO@REF", "")  # GitHub's words
    english_only = sorted(k for k, v in PLACEHOLDERS.items() if k != v)
    found = re.findall(r"(?<![\w$-])(" + "|".join(map(re.escape, english_only)) + r")(?![\w-])", dutch)
    assert not found, set(found)
    for english, word in [("REGION", "REGIO"), ("DIR", "MAP"), ("DATE", "DATUM")]:
        assert word in dutch and english in (docs / "cli.en.md").read_text(encoding="utf-8")


@pytest.fixture
def no_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GGZNET_LANG", raising=False)


DUTCH = ["Gebruik: ggznet report [OPTIES] [REGIO]", "Regio-overzicht in Markdown, Word of PDF", "Argumenten:",
         "Opties:", "Id van de regio; het overzicht omvat elke regio eronder.", "Toon deze hulp en stop.",
         "[standaard: internal]"]  # fmt: skip
ENGLISH = ["Usage: ggznet report [OPTIONS] [REGION]", "Regional overview in Markdown, Word or PDF", "Arguments:",
           "Options:", "Region id; the report includes every region below it.", "Show this message and exit.",
           "[default: internal]"]  # fmt: skip


def _is(text: str, expected: list[str], other: list[str]) -> bool:
    flat = " ".join(text.split())
    return all(" ".join(e.split()) in flat for e in expected) and not any(o in flat for o in other[1:4])


def test_report_help_is_dutch_by_default(cli, no_lang) -> None:
    for args in (["report", "--help"], ["report", "-h"], ["--lang", "nl", "report", "--help"]):
        run = cli(*args)
        assert run.exit_code == 0 and _is(run.stdout, DUTCH, ENGLISH), (args, run.stdout)


@pytest.mark.parametrize(
    "args",
    [["--lang", "en", "report", "--help"], ["report", "--lang", "en", "--help"], ["report", "--help", "--lang=en"]],
)
def test_report_help_is_english_with_lang_en_before_or_after_the_command(cli, no_lang, args) -> None:
    run = cli(*args)
    assert run.exit_code == 0 and _is(run.stdout, ENGLISH, DUTCH), run.stdout


def test_report_help_follows_ggznet_lang_and_the_option_wins(cli, no_lang) -> None:
    run = cli("report", "--help", env={"GGZNET_LANG": "en"})
    assert run.exit_code == 0 and _is(run.stdout, ENGLISH, DUTCH), run.stdout
    run = cli("report", "--help", "--lang", "nl", env={"GGZNET_LANG": "en"})
    assert run.exit_code == 0 and _is(run.stdout, DUTCH, ENGLISH), run.stdout
    run = cli("--lang", "en", "report", "--lang", "nl", "--help")  # the command's own --lang wins
    assert _is(run.stdout, DUTCH, ENGLISH), run.stdout
    run = cli("report", "--help")  # and the next run is Dutch again
    assert _is(run.stdout, DUTCH, ENGLISH), run.stdout


def test_the_command_list_and_group_help_follow_the_language(cli, no_lang) -> None:
    dutch = cli("--help").stdout
    assert "Commando's:" in dutch and "Regio-overzicht in Markdown" in dutch and "Gebruik: ggznet [OPTIES]" in dutch
    english = cli("--help", env={"GGZNET_LANG": "en"}).stdout
    assert "Commands:" in english and "Regional overview in Markdown" in english
    group = cli("source", "--help").stdout
    assert "Voeg een bron toe aan een record" in group and "COMMANDO [ARGUMENTEN]..." in group
    assert "Add a source to a record" in cli("--lang", "en", "source", "--help").stdout
    assert "Title of the article" in cli("source", "add", "--lang", "en", "--help").stdout


def test_a_wrong_language_is_still_refused_after_help_looked_at_it(cli, no_lang) -> None:
    run = cli("--lang", "fr", "list", "regions")
    assert run.exit_code == 2 and "fr" in run.stderr
    cli("--lang", "en", "report", "--help")
    assert "Gebruik: ggznet" in cli("--lang", "fr", "--help").stdout  # help in the default language, not the last


def _complete(line: str, lang: str | None) -> str:
    shell = {
        "_GGZNET_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": line,
        **({"GGZNET_LANG": lang} if lang else {}),
    }
    done = complete(shell)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_shell_completion_describes_options_and_commands_in_the_language_of_the_run() -> None:
    assert "Eén bestand per regio plus index.md" in _complete("ggznet report --al", None)
    assert "One file per region plus index.md" in _complete("ggznet report --al", "en")
    assert "One file per region plus index.md" in _complete("ggznet report --lang en --al", None)
    assert "Regio-overzicht in Markdown" in _complete("ggznet rep", None)
    assert "Regional overview in Markdown" in _complete("ggznet --lang en rep", None)

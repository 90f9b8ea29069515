"""Click's usage errors follow the language of the run like help does: Dutch by default (`fout: …`, the hint
line, the message itself), Click's own English unchanged with --lang en or $GGZNET_LANG=en; exit code 2."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from ggznet.cli.usage import MESSAGES, dutch_text


@pytest.fixture(autouse=True)
def no_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GGZNET_LANG", raising=False)


# (arguments, the Dutch error line, Click's English error line)
CASES = [
    (["list"], "fout: argument 'SOORT' ontbreekt. Kies uit:", "Error: Missing argument 'kind'. Choose from:"),
    (["action", "add", "m1", "iets"], "fout: optie '--owner' ontbreekt.", "Error: Missing option '--owner'."),
    (
        ["list", "--regio", "x"],
        "fout: onbekende optie: --regio (bedoel je --region of --role?)",
        "Error: No such option: --regio (Possible options: --region, --role)",
    ),
    (["--bogus", "list"], "fout: onbekende optie: --bogus", "Error: No such option: --bogus"),
    (
        ["list", "regio"],
        "fout: ongeldige waarde voor 'SOORT': 'regio' is geen keuze; kies uit 'regions', 'actors', 'initiatives', "
        "'meetings'.",
        "Error: Invalid value for 'kind': Value error, 'regio' is not one of 'regions', 'actors', 'initiatives', "
        "'meetings'.",
    ),
    (
        ["list", "regions", "--limit", "x"],
        "fout: ongeldige waarde voor '--limit': moet een geheel getal zijn",
        "Error: Invalid value for '--limit': Input should be a valid integer, unable to parse string as an integer",
    ),
    (
        ["list", "regions", "--limit", "0"],
        "fout: ongeldige waarde voor '--limit': moet minstens 1 zijn",
        "Error: Invalid value for '--limit': Input should be greater than or equal to 1",
    ),
    (  # dates are read by ggznet itself, which writes its errors in the language of the run already
        ["list", "meetings", "--since", "morgen"],
        "fout: --since: `morgen` is geen datum",
        "error: --since: `morgen` is not a date",
    ),
    (
        ["list", "regions", "--region"],
        "fout: optie '--region' heeft een waarde nodig.",
        "Error: Option '--region' requires an argument.",
    ),
    (
        ["list", "regions", "--no-pager=3"],
        "fout: optie '--no-pager' neemt geen waarde.",
        "Error: Option '--no-pager' does not take a value.",
    ),
    (
        ["list", "regions", "extra", "meer"],
        "fout: onverwacht extra argument(en): extra meer",
        "Error: Got unexpected extra argument(s) (extra meer)",
    ),
    (
        ["lst"],
        "fout: commando 'lst' bestaat niet. Bedoel je 'list' of 'set'?",
        "Error: No such command 'lst'. Did you mean 'list', 'set'?",
    ),
    (
        ["action", "ad"],
        "fout: commando 'ad' bestaat niet. Bedoel je 'add'?",
        "Error: No such command 'ad'. Did you mean 'add'?",
    ),
]


@pytest.mark.parametrize(("args", "dutch", "english"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_usage_error_is_dutch_by_default_and_clicks_english_with_lang_en(cli, args, dutch, english) -> None:
    run = cli(*args)
    assert run.exit_code == 2, run.stderr
    assert dutch in run.stderr
    for english_word in ("Error:", "Try '", "Usage:", "[OPTIONS]", "Missing", "Invalid", "No such", "Choose"):
        assert english_word not in run.stderr, run.stderr
    assert "Traceback" not in run.stderr + run.stdout

    for english_run in (cli("--lang", "en", *args), cli(*args, env={"GGZNET_LANG": "en"})):
        assert english_run.exit_code == 2, english_run.stderr
        assert english in english_run.stderr
        assert "fout:" not in english_run.stderr and "Gebruik" not in english_run.stderr


def test_the_whole_usage_error_in_dutch_and_in_english(cli) -> None:
    assert cli("list", "--regio", "x").stderr == (
        "Gebruik: ggznet list [OPTIES] SOORT\n"
        "Typ 'ggznet list -h' voor hulp.\n"
        "\n"
        "fout: onbekende optie: --regio (bedoel je --region of --role?)\n"
    )
    assert cli("list", "--lang", "en").stderr == (  # Click's own output, as it was before ggznet spoke Dutch
        "Usage: ggznet list [OPTIONS] KIND\n"
        "Try 'ggznet list -h' for help.\n"
        "\n"
        "Error: Missing argument 'kind'. Choose from:\n\tregions,\n\tactors,\n\tinitiatives,\n\tmeetings\n"
    )


def test_a_message_without_a_dutch_form_comes_out_whole_in_english(cli) -> None:
    from typer._click.exceptions import UsageError

    from ggznet.cli.lang import set_language
    from ggznet.cli.usage import TranslatedUsageError

    set_language("nl")
    error = TranslatedUsageError(UsageError("Something Click might say one day (with 'x')."))
    assert error.format_message() == "Something Click might say one day (with 'x')."
    bad = typer.BadParameter("'f': Permission denied")  # an operating system's words: not translated piecemeal
    assert TranslatedUsageError(bad).format_message() == "Invalid value: 'f': Permission denied"


def test_paths_and_other_value_messages_have_a_dutch_form() -> None:
    assert dutch_text("File 'a.txt' does not exist.") == "bestand 'a.txt' bestaat niet."
    assert dutch_text("Directory 'out' is not writable.") == "map 'out' is niet schrijfbaar."
    assert dutch_text("Path 'x' is a directory.") == "pad 'x' is een map."
    assert (
        dutch_text("Input should be a valid boolean, unable to interpret input") == "moet ja of nee (true/false) zijn"
    )
    assert dutch_text("Input should be a valid date or datetime, invalid date separator") == "moet een datum zijn"
    assert dutch_text("Input should be less than or equal to 9") == "mag hoogstens 9 zijn"


def test_a_usage_error_in_a_real_process_is_dutch_with_colour_only_on_request(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("GGZNET_LANG", "NO_COLOR", "FORCE_COLOR")}
    run = subprocess.run(
        [sys.executable, "-m", "ggznet", "list", "--regio", "x"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert run.returncode == 2
    assert "fout: onbekende optie: --regio (bedoel je --region of --role?)" in run.stderr
    assert "\x1b[" not in run.stderr and "Traceback" not in run.stderr
    coloured = subprocess.run(
        [sys.executable, "-m", "ggznet", "lst"], capture_output=True, text=True, env={**env, "FORCE_COLOR": "1"}
    )
    assert coloured.returncode == 2
    assert "\x1b[1;31mfout:\x1b[0m commando 'lst' bestaat niet." in coloured.stderr
    english = subprocess.run(
        [sys.executable, "-m", "ggznet", "--lang", "en", "list", "--regio", "x"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert english.returncode == 2
    assert english.stderr.endswith("Error: No such option: --regio (Possible options: --region, --role)\n")


# Every message form Click and Typer raise as a usage error (as written in their code, `{}` for a value), with
# messages of that form that must have a Dutch form. A form missing here is a new message of a newer Click or
# Typer: give it a Dutch form in usage.MESSAGES and add it here.
FORMS = {
    "Got unexpected extra argument(s) ({})": ["Got unexpected extra argument(s) (a b)"],
    "No such command {name!r}.": ["No such command 'x'.", "No such command 'x'. Did you mean 'y', 'z'?"],
    "Missing command.": ["Missing command."],
    "Option {} requires {}": ["Option '--x' requires an argument.", "Option '--x' requires 2 arguments."],
    "Option {} does not take a value.": ["Option '--x' does not take a value."],
    "Argument {} takes {} values.": ["Argument 'x' takes 2 values."],
    "Value {} is not a valid {}.": ["Value 'x' is not a valid Decimal."],
    "Value must be an iterable.": ["Value must be an iterable."],
    "{} {} does not exist.": ["File 'x' does not exist.", "Directory 'x' does not exist.", "Path 'x' does not exist."],
    "{} {} is a file.": ["Path 'x' is a file."],
    "{} {} is a directory.": ["File 'x' is a directory."],
    "{} {} is not readable.": ["File 'x' is not readable."],
    "{} {} is not writable.": ["Directory 'x' is not writable."],
    "'{}': {}": [],  # a file that could not be opened: the operating system's own words, left in English
    "{}": [],  # a message made elsewhere (pydantic's, a callback's): see the cases above
}
RAISERS = {"UsageError", "BadParameter", "BadOptionUsage", "BadArgumentUsage", "NoSuchOption", "fail"}


def _form(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _form(node.func.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_" and node.args:
        return _form(node.args[0])
    return "{}"


def test_every_usage_message_click_and_typer_can_raise_has_a_dutch_form() -> None:
    root = Path(typer.__file__).parent
    found: set[str] = set()
    for source in [*root.glob("*.py"), *(root / "_click").glob("*.py")]:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name not in RAISERS or not node.args:
                continue
            at = 1 if name == "BadOptionUsage" else 0
            if len(node.args) > at:
                form = _form(node.args[at])
                if form is not None:
                    found.add(form)
    assert len(found) >= 10
    new = found - set(FORMS)
    assert not new, f"Click or Typer raise new messages; give them a Dutch form in usage.MESSAGES: {new}"
    for messages in FORMS.values():
        for message in messages:
            assert dutch_text(message) is not None, message


def test_every_dutch_form_keeps_the_values_it_matched() -> None:
    for pattern, dutch in MESSAGES:
        names = re.findall(r"\(\?P<(\w+)>", pattern)
        if isinstance(dutch, str):
            assert set(re.findall(r"\{(\w+)\}", dutch)) == set(names), pattern


def test_every_kind_of_usage_error_click_has_is_one_ggznet_knows() -> None:
    from typer._click import exceptions

    kinds = {
        name
        for name, value in vars(exceptions).items()
        if isinstance(value, type) and issubclass(value, exceptions.UsageError)
    }
    known = {"UsageError", "BadParameter", "MissingParameter", "NoSuchOption", "BadOptionUsage", "BadArgumentUsage"}
    assert kinds == known | {"NoArgsIsHelpError"}, "a new kind of usage error: build its Dutch in usage.dutch_message"


def test_the_example_in_the_cli_reference_is_what_ggznet_says(cli) -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    example = text.split("$ ggznet list --regio twente\n", 1)[1].split("```", 1)[0]
    assert cli("list", "--regio", "twente").stderr == example


def test_shown_on_a_given_stream_without_a_help_option() -> None:
    import io

    from typer._click.core import Context
    from typer._click.exceptions import UsageError
    from typer.core import TyperCommand

    from ggznet.cli.lang import set_language
    from ggznet.cli.usage import TranslatedUsageError

    set_language("nl")
    ctx = Context(TyperCommand("tool", add_help_option=False), info_name="tool")
    stream = io.StringIO()
    TranslatedUsageError(UsageError("Missing command.", ctx)).show(stream)
    assert stream.getvalue().endswith("\nfout: commando ontbreekt.\n")
    assert "Typ '" not in stream.getvalue() and "\x1b[" not in stream.getvalue()

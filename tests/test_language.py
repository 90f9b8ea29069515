"""One language per run: Dutch by default, English with --lang en or GGZNET_LANG=en, before or after the command;
`--kb` before or after the command; the pager decision; help texts that name values, not Python types."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command

from conftest import complete
from ggznet.cli import app
from ggznet.cli.pager import pager_command
from ggznet.dates import DateInputError, in_words, parse_any, parse_date

REPO = Path(__file__).resolve().parent.parent

# command -> (arguments, a Dutch word and its English counterpart that the output holds)
EVERY_COMMAND: dict[str, tuple[list[str], str, str]] = {
    "validate": (["validate", "--as-of", "2026-11-23"], "in orde: 14 bestanden", "ok: 14 files"),
    "explain": (["explain", "bad-value"], "Goed:", "Right:"),
    "list": (["list", "initiatives", "-f", "md"], "| naam | soort | status |", "| name | type | status |"),
    "show": (["show", "tafel-a", "-f", "text"], "bestand: data/initiatives/tafel-a.yaml", "file: data/initiatives"),
    "search": (["search", "wachttijden", "-f", "md"], "| soort record | id | naam |", "| kind | id | name |"),
    "actions": (["actions", "-f", "md"], "| bijeenkomst | datum | id | wat |", "| meeting | date | id | what |"),
    "report": (["report", "regio-a", "--as-of", "2026-11-23"], "## Kerncijfers", "## Key figures"),
    "briefing": (["briefing", "tafel-a", "--as-of", "2026-11-23"], "## Wie doet mee", "## Who takes part"),
    "network": (["network", "regio-a", "-f", "md"], "| verbindingen | tussenpositie |", "| degree | betweenness |"),
    "compare": (["compare", "regio-a", "regio-b"], "# Vergelijking: Regio A ↔ Regio B", "# Comparison: Regio A"),
    "graph": (["graph", "-f", "json"], '"elements"', '"elements"'),  # a data format: the same in both
    "schema": (["schema"], '"title"', '"title"'),
    "source": (["source", "list", "tafel-a", "-f", "md"], "| nr | titel | uitgever |", "| no. | title | publisher |"),
    "set": (["set", "tafel-a", "status", "geborgd", "--dry-run"], "proefdraai:", "dry run:"),
    "new": (
        ["new", "actor", "--name", "Huisartsen A", "--type", "huisartsenzorg", "--dry-run"],
        "proefdraai: actor:huisartsen-a aangemaakt",
        "dry run: created actor:huisartsen-a",
    ),
    "link": (["link", "tafel-a", "gemeente-b", "--role", "partner", "--dry-run"], "proefdraai:", "dry run:"),
    "unlink": (["unlink", "tafel-a", "ggz-a", "--role", "trekker", "--dry-run"], "proefdraai:", "dry run:"),
    "rename": (["rename", "netwerk-a", "netwerk-aa", "--dry-run"], "proefdraai:", "dry run:"),
    "action": (
        ["action", "add", "2023-03-24-tafel-a", "Bellen", "--owner", "ggz-a", "--due", "1-12-2026", "--dry-run"],
        "actie bellen toegevoegd",
        "action bellen added",
    ),
    "changes": (["changes", "--since", "1-1-2020"], "niet in een git-repository", "not in a git repository"),
    "history": (["history", "tafel-a"], "niet in een git-repository", "not in a git repository"),
    "init": (["init", "."], "is niet leeg", "is not empty"),
    "calendar": (["calendar", "--as-of", "2026-11-23"], "bijeenkomsten,", "meetings,"),
    "site": (["site", "-o", "{tmp}/site", "--as-of", "2026-11-23"], "site geschreven naar", "site written to"),
    "export": (
        ["export", "xlsx", "{tmp}/kb.xlsx"],
        "geschreven",
        "wrote",
    ),  # a folder that holds files: refused, nothing written
}


def test_every_command_is_in_the_language_test() -> None:
    assert set(get_command(app).commands) == set(EVERY_COMMAND)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(EVERY_COMMAND))
def test_the_language_of_every_command(name, make_kb, cli, tmp_path) -> None:
    args, dutch, english = EVERY_COMMAND[name]
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    kb = str(make_kb())
    nl = cli("--kb", kb, *args)
    assert dutch in nl.stdout + nl.stderr, (nl.stdout, nl.stderr)
    for run in (
        cli("--kb", kb, *args, "--lang", "en"),  # after the command
        cli("--lang", "en", "--kb", kb, *args),  # before it
        cli("--kb", kb, *args, env={"GGZNET_LANG": "en"}),  # from the environment
    ):
        out = run.stdout + run.stderr
        assert english in out, out
        if dutch != english:
            assert dutch not in out


def test_lang_after_the_command_wins_and_a_bad_language_is_a_usage_error(make_kb, cli) -> None:
    kb = str(make_kb())
    run = cli("--lang", "en", "report", "regio-a", "--kb", kb, "--lang", "nl")
    assert "## Kerncijfers" in run.stdout
    for args in (["--lang", "fr", "list", "regions"], ["list", "regions", "--lang", "fr"]):
        run = cli(*args, "--kb", kb)
        assert run.exit_code == 2 and "fr" in run.stderr
    assert cli("list", "regions", "--kb", kb, env={"GGZNET_LANG": "de"}).exit_code == 2


def test_a_format_that_cannot_be_written_is_refused_in_the_language_of_the_run(make_kb, cli, tmp_path) -> None:
    kb = str(make_kb())
    cases = {
        ("graph", "--format", "xx"): ("`graph` kan geen `xx` schrijven", "`graph` cannot write `xx`"),
        ("report", "regio-a", "-o", str(tmp_path / "a.xyz")): (
            "`report` kan geen `.xyz`-bestanden schrijven\n  tip: het schrijft: .md",
            "`report` cannot write `.xyz` files\n  hint: it writes: .md",
        ),
        ("report", "regio-a", "-o", str(tmp_path / "zonder")): (
            "`report` kan `zonder` niet schrijven (een bestandsnaam zonder extensie)",
            "`report` cannot write `zonder` (a file name without an extension)",
        ),
    }
    for args, (dutch, english) in cases.items():
        run = cli(*args, "--kb", kb)
        assert run.exit_code == 2 and f"fout: {args[-2]}: {dutch}" in run.stderr, run.stderr
        run = cli("--lang", "en", *args, "--kb", kb)
        assert run.exit_code == 2 and f"error: {args[-2]}: {english}" in run.stderr, run.stderr


def test_dates_in_reports_are_in_words(make_kb, cli) -> None:
    kb = str(make_kb())
    nl = cli("report", "regio-a", "--kb", kb, "--as-of", "2026-11-23").stdout
    en = cli("report", "regio-a", "--kb", kb, "--as-of", "2026-11-23", "--lang", "en").stdout
    assert "Peildatum: 23 november 2026" in nl and "### 24 maart 2023 · Eerste tafel A" in nl
    assert "As of: 23 November 2026" in en and "### 24 March 2023 · Eerste tafel A" in en
    assert nl.startswith("<!-- ggznet report regio-a; as-of 2026-11-23;")  # the header stays ISO for --check


# -- --kb before and after the command -------------------------------------------------------------------------


def test_kb_before_and_after_the_command(make_kb, cli, tmp_path, monkeypatch) -> None:
    kb = str(make_kb())
    monkeypatch.chdir(tmp_path)  # no knowledge base here
    before = cli("--kb", kb, "validate", "--as-of", "2026-11-23")
    after = cli("validate", "--kb", kb, "--as-of", "2026-11-23")
    assert before.exit_code == after.exit_code == 0 and before.stdout == after.stdout
    assert cli("--kb", kb, "action", "add", "2023-03-24-tafel-a", "Bellen", "--owner", "ggz-a").exit_code == 0
    other = tmp_path / "elders"
    (other / "data").mkdir(parents=True)
    run = cli("--kb", str(other), "list", "regions", "--kb", kb, "-f", "json")  # the one after the command wins
    assert '"regio-a"' in run.stdout


def test_completion_honours_kb_before_and_after_the_command(make_kb, tmp_path) -> None:
    kb = str(make_kb())

    def completions(line: str) -> list[str]:
        shell = {"COMP_WORDS": line, "COMP_CWORD": str(len(line.split()) - 1), "_GGZNET_COMPLETE": "complete_bash"}
        return complete(shell, cwd=tmp_path).stdout.split()

    assert completions(f"ggznet --kb {kb} report regio") == ["regio-a", "regio-b"]
    assert completions(f"ggznet report --kb {kb} regio") == ["regio-a", "regio-b"]
    assert completions(f"ggznet --kb {kb} list initiatives --theme wacht") == ["wachttijden"]


# -- the pager ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "terminal", "no_pager", "expected"),
    [
        ({}, True, False, "less"),
        ({}, False, False, None),  # a pipe or a file: never
        ({}, True, True, None),  # --no-pager
        ({"PAGER": "most -s"}, True, False, "most -s"),
        ({"PAGER": "most", "GGZNET_PAGER": "less -S"}, True, False, "less -S"),  # ggznet's own first
        ({"GGZNET_PAGER": ""}, True, False, None),
        ({"PAGER": "cat"}, True, False, None),
        ({"GGZNET_PAGER": "less", "PAGER": "more"}, False, False, None),
    ],
)
def test_pager_decision(env, terminal, no_pager, expected, monkeypatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    assert pager_command(env, stdout_is_terminal=terminal, no_pager=no_pager) == expected


def test_a_pager_that_is_not_installed_is_not_used(monkeypatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert pager_command({"PAGER": "nergens -x"}, stdout_is_terminal=True, no_pager=False) is None
    assert pager_command({}, stdout_is_terminal=True, no_pager=False) is None


def test_no_pager_in_a_pipe(tmp_path) -> None:
    marker = tmp_path / "paged"
    pager = f"{sys.executable} -c \"open(r'{marker}', 'w').write('x')\""
    env = {**os.environ, "GGZNET_PAGER": pager, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "ggznet", "report", "twente", "--kb", str(REPO)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "```mermaid" in done.stdout  # files and pipes keep Mermaid
    assert not marker.exists()


# -- help -----------------------------------------------------------------------------------------------------


def test_every_option_is_described_and_help_names_values_not_types(cli) -> None:
    root = get_command(app)
    seen = 0
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        commands = getattr(command, "commands", None) or {name: command}
        for sub_name, sub in commands.items():
            path = [name] if sub is command else [name, sub_name]
            for param in sub.params:
                assert (param.help or "").strip(), f"ggznet {' '.join(path)}: {param.name} has no help"
            text = cli(*path, "--help").stdout
            seen += 1
            assert not re.search(r"<[a-z%][^>]*>", text), (path, text)  # no <str>, <path>, <list[str]>, <%Y-%m-%d>
            assert not re.search(r"\{[a-z_]+\}", text), (path, text)  # no {kind} in the usage line
            assert "--lang" in text
    assert seen > 20


# -- dates as people type them ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("15-3-2027", "2027-03-15"),
        ("15-03-2027", "2027-03-15"),
        ("15/3/2027", "2027-03-15"),
        ("15.3.2027", "2027-03-15"),
        ("15 maart 2027", "2027-03-15"),
        ("15 mrt 2027", "2027-03-15"),
        ("15 mrt. 2027", "2027-03-15"),
        ("maandag 15 maart 2027", "2027-03-15"),
        ("15 March 2027", "2027-03-15"),
        ("March 15, 2027", "2027-03-15"),
        ("2027-03-15", "2027-03-15"),
        ("1 mei 2024", "2024-05-01"),
        ("maart 2027", "2027-03"),
        ("3-2027", "2027-03"),
        ("2027", "2027"),
    ],
)
def test_dutch_date_notations(typed, iso) -> None:
    assert parse_any(typed).iso == iso


@pytest.mark.parametrize("typed", ["31-2-2027", "2024-13-45", "0-1-2024", "15 smarch 2027", "15-3-27", "morgen", ""])
def test_not_a_date(typed) -> None:
    with pytest.raises(DateInputError):
        parse_date(typed)


def test_dates_in_words() -> None:
    assert in_words("2023-07-14") == "14 juli 2023"
    assert in_words("2023-07-14", "en") == "14 July 2023"
    assert in_words("2023-07") == "juli 2023" and in_words("2023") == "2023"
    assert in_words("geen datum") == "geen datum"


@pytest.mark.parametrize("typed", ["1-12-2026", "1 december 2026", "2026-12-01"])
def test_due_takes_dutch_dates_and_stores_iso(make_kb, cli, typed) -> None:
    kb = make_kb()
    run = cli("action", "add", "2023-03-24-tafel-a", "Bellen", "--owner", "ggz-a", "--due", typed, "--kb", str(kb))
    assert run.exit_code == 0, run.stderr
    assert "due: 2026-12-01" in (kb / "data/meetings/2023-03-24-tafel-a.yaml").read_text(encoding="utf-8")


def test_a_bad_due_date_is_a_clear_usage_error(make_kb, cli) -> None:
    run = cli(
        "action",
        "add",
        "2023-03-24-tafel-a",
        "Bellen",
        "--owner",
        "ggz-a",
        "--due",
        "31-11-2026",
        "--kb",
        str(make_kb()),
    )
    assert run.exit_code == 2
    assert run.stderr.startswith("fout: --due: `31-11-2026` is geen bestaande datum")
    assert "strptime" not in run.stderr and "%Y" not in run.stderr

"""Every command has help text, and docs/cli.md (Dutch) and docs/cli.en.md (English) are the --help of every
command (kept in step here)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from ggznet.cli import app

DOCS = Path(__file__).resolve().parent.parent / "docs"
HEADERS = {
    "nl": [
        "# CLI-naslag",
        "",
        "Gemaakt uit `ggznet … --help`; een test houdt het bij. In het Engels: [cli.en.md](cli.en.md)"
        " (`ggznet --lang en … --help`).",
        "",
        "Een commando dat verkeerd gebruikt wordt (een onbekende optie, een ontbrekend argument, een ongeldige"
        " waarde) krijgt in dezelfde taal als de hulp de regel `Gebruik: …`, een verwijzing naar `-h` en"
        " `fout: …` te zien, met exitcode 2:",
        "",
        "```text",
        "$ ggznet list --regio twente",
        "Gebruik: ggznet list [OPTIES] SOORT",
        "Typ 'ggznet list -h' voor hulp.",
        "",
        "fout: onbekende optie: --regio (bedoel je --region of --role?)",
        "```",
    ],
    "en": [
        "# CLI reference",
        "",
        "Generated from `ggznet --lang en … --help`; a test keeps it in step. In Dutch, the default: [cli.md](cli.md).",
        "",
        "A command used wrongly (an unknown option, a missing argument, a bad value) answers in the language of"
        " the help, with `Usage: …`, a pointer to `-h` and `Error: …`, and exit code 2.",
    ],
}
FILES = {"nl": DOCS / "cli.md", "en": DOCS / "cli.en.md"}


def command_paths() -> list[list[str]]:
    root = get_command(app)
    paths: list[list[str]] = [[]]
    for name, command in sorted(root.commands.items()):  # type: ignore[attr-defined]
        paths.append([name])
        for sub in sorted(getattr(command, "commands", {}) or {}):
            paths.append([name, sub])
    return paths


def reference(lang: str) -> str:
    runner = CliRunner()
    parts = [*HEADERS[lang], ""]
    for path in command_paths():
        result = runner.invoke(
            app,
            [*path, "--help"],
            env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "GGZNET_LANG": lang},
            prog_name="ggznet",
        )
        assert result.exit_code == 0, (path, result.output)
        parts += [f"## ggznet {' '.join(path)}".rstrip(), "", "```text", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


def test_every_command_has_help() -> None:
    root = get_command(app)
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        assert (command.help or "").strip(), f"{name} has no help text"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cli_reference_is_in_step_with_help(lang: str) -> None:
    text = reference(lang)
    doc = FILES[lang]
    if os.environ.get("GGZNET_UPDATE_GOLDEN") == "1" or not doc.exists():
        doc.write_text(text, encoding="utf-8")
    assert doc.read_text(encoding="utf-8") == text, f"docs/{doc.name} is stale: rerun with GGZNET_UPDATE_GOLDEN=1"


def test_every_command_is_in_the_readme() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    for path in command_paths()[1:]:
        if len(path) == 1:
            assert f"`ggznet {path[0]}" in readme, path

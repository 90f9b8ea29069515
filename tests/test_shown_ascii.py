"""Refused characters that are ASCII (ESC, BEL, other C0 controls, DEL) are shown as escapes in documents too: a
record that `validate` refuses but a command renders anyway never sends a terminal escape sequence to a reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ggznet import charpolicy

HOSTILE = "Huiskamer \x1b]0;GEHACKT\x07\x1b[2J in \x7fZaandam\r"


@pytest.mark.parametrize("extra", ["", " é"])  # all ASCII, and not
def test_shown_escapes_ascii_control_characters(extra: str) -> None:
    text = charpolicy.shown(HOSTILE + extra)
    assert not any(ch in text for ch in "\x1b\x07\x7f\r"), repr(text)
    assert "\\x1b]0;GEHACKT\\x07\\x1b[2J" in text


@pytest.mark.parametrize("extra", ["", " é"])
def test_shown_in_escapes_ascii_control_characters_and_keeps_tab_and_newline(extra: str) -> None:
    text = charpolicy.shown_in(f"<p>{HOSTILE}{extra}</p>\n\tx\n")
    assert not any(ch in text for ch in "\x1b\x07\x7f\r"), repr(text)
    assert text.endswith("</p>\n\tx\n")
    assert charpolicy.shown_in("plain\ttext\n") == "plain\ttext\n"


def test_a_report_carries_no_escape_sequence_from_a_record(cli, tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", tmp_path / "data")
    path = tmp_path / "data/initiatives/huiskamer-zaandam.yaml"
    text = path.read_text(encoding="utf-8")
    hostile = 'name: "Huiskamer \\e]0;GEHACKT\\a\\e[2J in Zaandam"'
    path.write_text(text.replace("name: Huiskamer in Zaandam", hostile), encoding="utf-8")
    run = cli("--no-cache", "report", "zaanstreek-waterland", "--kb", str(tmp_path))
    assert "GEHACKT" in run.stdout
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout


@pytest.mark.parametrize("command", [["show", "huiskamer-zaandam"], ["search", "Huiskamer"], ["list", "initiatives"]])
def test_terminal_output_carries_no_escape_sequence_from_a_record(cli, tmp_path: Path, command: list[str]) -> None:
    """`show` as text, `search` and `list` as a table (what a terminal gets): ESC and BEL shown as escapes."""
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", tmp_path / "data")
    path = tmp_path / "data/initiatives/huiskamer-zaandam.yaml"
    text = path.read_text(encoding="utf-8")
    hostile = 'name: "Huiskamer \\e]0;GEHACKT\\a\\e[2J in Zaandam"'
    path.write_text(text.replace("name: Huiskamer in Zaandam", hostile), encoding="utf-8")
    fmt = ["-f", "text"] if command[0] == "show" else ["-f", "table"]
    run = cli("--no-cache", *command, *fmt, "--kb", str(tmp_path))
    assert "GEHACKT" in run.stdout, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout

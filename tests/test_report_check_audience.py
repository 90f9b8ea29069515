"""`report --check`: the command line's --audience (default internal) decides what is rendered and compared, never
the committed file's header. A file whose header states another audience (or none) is a mismatch, exit 1, and not
a line of it is printed: a check's output can be a public CI log."""

from __future__ import annotations

from pathlib import Path

import pytest

SECRET = "Overleg Achterkamer"
FILES = {
    "data/initiatives/besloten-overleg.yaml": f"id: besloten-overleg\nname: {SECRET}\ntype: tafel\nstatus: lopend\n"
    "regions: [regio-a]\ninternal: true\nsources:\n  - {title: Testbron}\n",
}
AS_OF = ("--as-of", "2026-11-23")


@pytest.fixture
def kb(make_kb) -> str:
    return str(make_kb(FILES))


def written(cli, kb: str, target: Path, *options: str) -> Path:
    run = cli("report", "regio-a", "--kb", kb, *AS_OF, "-o", str(target), *options)
    assert run.exit_code == 0, run.stderr
    return target


def test_the_same_audience_is_up_to_date(cli, kb, tmp_path) -> None:
    public = written(cli, kb, tmp_path / "public.md", "--audience", "public")
    assert SECRET not in public.read_text(encoding="utf-8")
    run = cli("report", "regio-a", "--kb", kb, "--check", str(public), "--audience", "public")
    assert (run.exit_code, run.stderr) == (0, f"✓ {public} is bijgewerkt\n")
    internal = written(cli, kb, tmp_path / "internal.md")
    assert SECRET in internal.read_text(encoding="utf-8")
    assert cli("report", "regio-a", "--kb", kb, "--check", str(internal)).exit_code == 0


def test_an_internal_file_is_not_passed_or_shown_by_a_public_check(cli, kb, tmp_path) -> None:
    internal = written(cli, kb, tmp_path / "regio-a.md")
    internal.write_text(internal.read_text(encoding="utf-8").replace(SECRET, SECRET + " 2"), encoding="utf-8")
    run = cli("report", "regio-a", "--kb", kb, "--check", str(internal), "--audience", "public")
    assert run.exit_code == 1
    assert SECRET not in run.stderr and SECRET not in run.stdout
    assert run.stderr.splitlines() == [
        f"✗ {internal} is gemaakt voor --audience internal, deze controle is voor --audience public; de inhoud "
        "wordt niet getoond",
        "  maak het met de --audience van de controle (en -o), of controleer het met die van het bestand",
    ]
    run = cli("--lang", "en", "report", "regio-a", "--kb", kb, "--check", str(internal), "--audience", "public")
    assert run.exit_code == 1 and SECRET not in run.stderr
    assert run.stderr.splitlines() == [
        f"✗ {internal} is made for --audience internal, this check is for --audience public; its content is not shown",
        "  make it with the --audience of the check (and -o), or check it with its own",
    ]


def test_the_default_audience_governs_too(cli, kb, tmp_path) -> None:
    """A public file checked without --audience is checked as internal (the default): a mismatch, not a pass."""
    public = written(cli, kb, tmp_path / "regio-a.md", "--audience", "public")
    run = cli("report", "regio-a", "--kb", kb, "--check", str(public))
    assert run.exit_code == 1
    assert "is gemaakt voor --audience public, deze controle is voor --audience internal" in run.stderr


def test_a_file_without_a_header_is_not_shown(cli, kb, tmp_path) -> None:
    bare = tmp_path / "regio-a.md"
    bare.write_text(f"# Regio A\n\n{SECRET}\n", encoding="utf-8")
    run = cli("report", "regio-a", "--kb", kb, "--check", str(bare), "--audience", "public")
    assert run.exit_code == 1 and SECRET not in run.stderr
    assert run.stderr.splitlines()[0] == (
        f"✗ {bare} heeft geen kopregel van ggznet en zegt dus niet voor welk publiek het is; de inhoud wordt niet "
        "getoond"
    )
    run = cli("--lang", "en", "report", "regio-a", "--kb", kb, "--check", str(bare))
    assert run.exit_code == 1
    assert run.stderr.splitlines()[0] == (
        f"✗ {bare} has no ggznet header, so it does not say its audience; its content is not shown"
    )


def test_a_header_that_claims_a_strange_audience_is_shown_escaped(cli, kb, tmp_path) -> None:
    odd = written(cli, kb, tmp_path / "regio-a.md")
    odd.write_text(odd.read_text(encoding="utf-8").replace("audience internal", "audience \x1b[2Jx"), encoding="utf-8")
    run = cli("report", "regio-a", "--kb", kb, "--check", str(odd))
    assert run.exit_code == 1 and "\x1b" not in run.stderr
    assert "is gemaakt voor --audience \\x1b[2Jx, deze controle is voor --audience internal" in run.stderr


def test_all_reports_are_checked_for_the_audience_asked(cli, kb, tmp_path) -> None:
    folder = tmp_path / "reports"
    run = cli("report", "--all", "--kb", kb, *AS_OF, "-o", str(folder), "--audience", "public")
    assert run.exit_code == 0, run.stderr
    assert cli("report", "--all", "--kb", kb, "--check", str(folder), "--audience", "public").exit_code == 0
    run = cli("report", "--all", "--kb", kb, "--check", str(folder))
    assert run.exit_code == 1
    assert run.stderr.count("deze controle is voor --audience internal") == len(list(folder.glob("*.md"))) - 1
    assert SECRET not in run.stderr


def test_an_unknown_audience_is_a_usage_error_before_the_check(cli, kb, tmp_path) -> None:
    internal = written(cli, kb, tmp_path / "regio-a.md")
    run = cli("report", "regio-a", "--kb", kb, "--check", str(internal), "--audience", "publiek")
    assert run.exit_code == 2
    assert "--audience: `publiek`" in run.stderr


def test_a_briefing_is_checked_for_the_audience_asked(cli, kb, tmp_path) -> None:
    public = tmp_path / "briefing.md"
    meeting = "2099-07-14-tafel-a"
    run = cli("briefing", meeting, "--kb", kb, *AS_OF, "-o", str(public), "--audience", "public")
    assert run.exit_code == 0, run.stderr
    assert cli("briefing", meeting, "--kb", kb, "--check", str(public), "--audience", "public").exit_code == 0
    run = cli("briefing", meeting, "--kb", kb, "--check", str(public))
    assert run.exit_code == 1
    assert "is gemaakt voor --audience public, deze controle is voor --audience internal" in run.stderr


def test_the_language_of_a_check_is_the_files_own_unless_lang_is_given(cli, kb, tmp_path) -> None:
    """Without --lang a check takes the committed file's language (CI needs only the path); with --lang, a file
    in another language is a mismatch said in one line, not a diff of every line."""
    english = written(cli, kb, tmp_path / "english.md", "--lang", "en")
    dutch = written(cli, kb, tmp_path / "dutch.md")
    for path in (english, dutch):
        assert cli("report", "regio-a", "--kb", kb, "--check", str(path)).exit_code == 0
    assert cli("report", "regio-a", "--kb", kb, "--check", str(english), "--lang", "en").exit_code == 0
    assert cli("--lang", "nl", "report", "regio-a", "--kb", kb, "--check", str(dutch)).exit_code == 0
    run = cli("report", "regio-a", "--kb", kb, "--check", str(dutch), "--lang", "en")
    assert run.exit_code == 1
    assert run.stderr.splitlines() == [
        f"✗ {dutch} is written in --lang nl, this check is for --lang en",
        "  make it with the --lang of the check (and -o), or check it without --lang (the file's own language)",
    ]
    run = cli("--lang", "nl", "report", "regio-a", "--kb", kb, "--check", str(english))
    assert run.exit_code == 1
    assert run.stderr.splitlines()[0] == f"✗ {english} is geschreven in --lang en, deze controle is voor --lang nl"


def test_report_all_check_follows_the_same_language_rule(cli, kb, tmp_path) -> None:
    folder = tmp_path / "reports"
    assert cli("report", "--all", "--kb", kb, *AS_OF, "-o", str(folder)).exit_code == 0
    assert cli("report", "--all", "--kb", kb, "--check", str(folder)).exit_code == 0
    run = cli("report", "--all", "--kb", kb, "--check", str(folder), "--lang", "en")
    assert run.exit_code == 1 and "is written in --lang nl, this check is for --lang en" in run.stderr

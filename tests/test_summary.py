"""`ggznet validate --summary FILE`: a Markdown summary for a CI job that lists every problem, read back
with a Markdown parser."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from ggznet.problems import error, warning
from ggznet.render.summary import SummaryInput, validation_summary


def html_of(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_every_problem_is_a_table_row(cli, make_kb, tmp_path) -> None:
    # with a source, so that each file has one problem (a broken record is still checked for sources)
    record = "id: a{i}\nname: A\ntype: onbekend\nsources: [{{title: T}}]\n"
    files = {f"data/actors/a{i}.yaml": record.format(i=i) for i in range(14)}
    root = make_kb(files)
    summary = tmp_path / "summary.md"
    run = cli("validate", "--kb", str(root), "--summary", str(summary))
    assert run.exit_code == 1
    text = summary.read_text(encoding="utf-8")
    assert html_of(text).count("<tr>") == 1 + 14  # the header and one row per problem
    assert "❌ **niet geslaagd**: 14 fouten, 0 waarschuwingen in 14 van" in text
    assert "`bad-value`: een waarde buiten de vaste woordenlijst" in text
    assert "`type`: `onbekend` is geen van: zorgverzekeraar" in text  # the problem itself in Dutch too
    again = cli("validate", "--kb", str(root), "--summary", str(summary))
    assert again.exit_code == 1 and summary.read_text(encoding="utf-8") == text + text  # appended


def test_a_clean_run_says_so(cli, make_kb, tmp_path) -> None:
    summary = tmp_path / "summary.md"
    assert cli("validate", "--kb", str(make_kb()), "--summary", str(summary)).exit_code == 0
    assert "✅ **geslaagd**: Geen problemen" in summary.read_text(encoding="utf-8")


def test_user_text_cannot_make_html_or_break_the_table() -> None:
    nasty = error(
        "bad-value", "data/actors/x.yaml", "`name`: `a|b <img src=x onerror=alert(1)>` is <b>not</b> | ok", line=2
    )
    text = validation_summary(SummaryInput(problems=[nasty], files_checked=1, failed=True, since="main\n# kop"))
    html = html_of(text)
    assert "<img" not in html and "<b>" not in html
    assert html.count("<td>") == 5  # the pipes inside the message did not add cells
    assert "<h1>" not in html  # the ref's line break did not start a heading
    assert "<code>a|b &lt;img src=x onerror=alert(1)&gt;</code>" in html


def test_older_problems_are_listed_apart() -> None:
    new = [warning("stale-record", "data/regions/r.yaml", "not verified", line=1, column=1)]
    old = [error("unknown-field", "data/actors/a.yaml", "unknown field `naam`", line=3, column=1)]
    text = validation_summary(SummaryInput(problems=new, files_checked=2, failed=False, since="origin/main", older=old))
    assert "✅ **geslaagd**: 0 fouten, 1 waarschuwing in 1 van 2 bestanden" in text
    assert "<details><summary>1 ouder probleem (was er bij <code>origin/main</code> al; telt niet mee)" in text
    assert html_of(text).count("<tr>") == 4  # two tables of a header and a row each


def test_a_huge_run_is_cut_at_githubs_limit_and_says_how_much_is_left_out() -> None:
    problems = [error("unknown-field", f"data/actors/a{i}.yaml", f"unknown field `x{i}`", line=1) for i in range(500)]
    text = validation_summary(SummaryInput(problems=problems, files_checked=500, failed=True), budget=20_000)
    assert len(text.encode()) < 20_000 + 2_000
    shown = html_of(text).count("<tr>") - 1
    assert 0 < shown < 500
    assert f"… en nog {500 - shown} problemen die niet in deze samenvatting passen" in text


def test_english_on_request(cli, make_kb, tmp_path) -> None:
    text = validation_summary(SummaryInput(problems=[], files_checked=3, failed=False), lang="en")
    assert "✅ **passed**: No problems; 3 files checked" in text
    summary = tmp_path / "summary.md"
    assert cli("--lang", "en", "validate", "--kb", str(make_kb()), "--summary", str(summary)).exit_code == 0
    assert "✅ **passed**: No problems;" in summary.read_text(encoding="utf-8")


def test_summary_file_that_cannot_be_written_is_a_usage_error(cli, make_kb, tmp_path: Path) -> None:
    run = cli("validate", "--kb", str(make_kb()), "--summary", str(tmp_path / "missing" / "s.md"))
    assert (
        run.exit_code == 2
        and "--summary: kan " in run.stderr
        and "niet schrijven: bestand of map bestaat niet" in run.stderr
    )


def test_counts_of_one_are_in_the_singular() -> None:
    """One file checked and one older problem: `1 bestand`, `1 oudere probleem`, in either language."""
    old = warning("stale-record", "data/actors/a.yaml", "stale")
    clean = SummaryInput(problems=[], files_checked=1, failed=False, since="main", older=[old])
    nl, en = validation_summary(clean, lang="nl"), validation_summary(clean, lang="en")
    assert "Geen problemen; 1 bestand gecontroleerd" in nl and "<summary>1 ouder probleem (was er" in nl
    assert "No problems; 1 file checked" in en and "<summary>1 older problem (there at" in en

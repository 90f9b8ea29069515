"""What a document made from a knowledge base with errors says on stderr: in the language of the run, from the
message catalogue as every command's words (Dutch by default, English with --lang en)."""

from __future__ import annotations

import pytest

from ggznet.cli import lang

SOURCE = "sources:\n  - {title: Testbron}\n"


def broken(count: int) -> dict[str, str]:
    """`count` actors, each naming a region that does not exist."""
    return {
        f"data/actors/kapot-{i}.yaml": f"id: kapot-{i}\nname: Kapot {i}\ntype: overig\nregions: [nergens-{i}]\n"
        + SOURCE
        for i in range(count)
    }


def said(stderr: str) -> list[str]:
    """stderr without the listed problems (their own words are tested elsewhere)."""
    return [line for line in stderr.splitlines() if "unresolved-reference" not in line]


def test_one_error_in_dutch_and_english(cli, make_kb) -> None:
    kb = str(make_kb(broken(1)))
    run = cli("report", "regio-a", "--kb", kb)
    assert run.exit_code == 1
    assert said(run.stderr) == [
        "waarschuwing: de kennisbank heeft 1 fout in 1 bestand; deze uitvoer is onvolledig",
        "  `ggznet validate` toont alles; met --allow-invalid is de exitcode toch 0",
    ]
    run = cli("--lang", "en", "report", "regio-a", "--kb", kb)
    assert run.exit_code == 1
    assert said(run.stderr) == [
        "warning: the knowledge base has 1 error in 1 file; this output is incomplete",
        "  run `ggznet validate` for every problem; --allow-invalid exits 0 anyway",
    ]


def test_more_errors_than_are_listed_in_dutch_and_english(cli, make_kb) -> None:
    kb = str(make_kb(broken(7)))
    run = cli("graph", "--kb", kb, "-f", "mermaid")
    assert run.exit_code == 1
    assert said(run.stderr) == [
        "waarschuwing: de kennisbank heeft 7 fouten in 7 bestanden; deze uitvoer is onvolledig",
        "  … 2 meer",
        "  `ggznet validate` toont alles; met --allow-invalid is de exitcode toch 0",
    ]
    assert sum("unresolved-reference" in line for line in run.stderr.splitlines()) == 5
    run = cli("graph", "--kb", kb, "-f", "mermaid", "--allow-invalid", env={"GGZNET_LANG": "en"})
    assert run.exit_code == 0
    assert said(run.stderr) == [
        "warning: the knowledge base has 7 errors in 7 files; this output is incomplete",
        "  … 2 more",
        "  run `ggznet validate` for every problem; --allow-invalid exits 0 anyway",
    ]


def test_the_words_are_the_catalogues(cli, make_kb, monkeypatch: pytest.MonkeyPatch) -> None:
    """No Dutch of its own: the catalogue says it (a change there shows on stderr)."""
    english = "the knowledge base has {errors} in {files}; this output is incomplete"
    monkeypatch.setitem(lang.NL, english, "{errors} in {files}: onvolledig")
    run = cli("report", "regio-a", "--kb", str(make_kb(broken(2))))
    assert said(run.stderr)[0] == "waarschuwing: 2 fouten in 2 bestanden: onvolledig"

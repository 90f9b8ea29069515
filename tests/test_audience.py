"""Public means public: with `--audience public` nothing of an internal record (name, id, relation) and
no contact detail appears in any command's output, in any format. Walks every command × format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import BASE, TODAY, build_tree
from ggznet.api import KnowledgeBase

SRC = "sources:\n  - {title: Testbron}\n"

# Each internal record is reached from public records through every kind of reference there is.
FILES = {
    "data/regions/geheimewijk.yaml": "id: geheimewijk\nname: Wijk Zwijgzaam\ntype: wijk\npart_of: regio-a\n"
    "internal: true\n" + SRC,
    "data/actors/verborgenpartij.yaml": "id: verborgenpartij\nname: Partij Onzichtbaar\ntype: zorgverzekeraar\n"
    "regions: [regio-a]\ninternal: true\ncontacts:\n  - {name: Karel Kluis, role: stil, email: karel@kluis.example}\n"
    + SRC,
    "data/initiatives/besloten-overleg.yaml": "id: besloten-overleg\nname: Overleg Achterkamer\ntype: tafel\n"
    "status: lopend\nregions: [regio-a]\ninternal: true\nactors:\n  - {actor: ggz-a, role: trekker}\n" + SRC,
    "data/initiatives/alleen-geheim.yaml": "id: alleen-geheim\nname: Project Schaduwwijk\ntype: project\n"
    "status: pilot\nregions: [geheimewijk]\n" + SRC,  # public itself, but its only region is internal
    "data/meetings/2023-05-01-stille-sessie.yaml": "id: 2023-05-01-stille-sessie\ntitle: Sessie Fluistertoon\n"
    "date: 2023-05-01\ntype: werksessie\nstatus: gehouden\nregions: [regio-a]\nforum: tafel-a\ninternal: true\n" + SRC,
    # public records pointing at the internal ones
    "data/actors/verzekeraar.yaml": "id: verzekeraar\nname: Verzekeraar\ntype: zorgverzekeraar\n"
    "domains: [zorgverzekering]\nregions: [regio-a, geheimewijk]\ncontacts:\n"
    "  - {name: Anna Adviseur, role: inkoper, email: anna@verzekeraar.example, phone: 053-4801234}\n" + SRC,
    "data/initiatives/tafel-a.yaml": "id: tafel-a\nname: Samenwerkingstafel A\ntype: tafel\nstatus: lopend\n"
    "regions: [regio-a, geheimewijk]\nstarted: 2023-03\ndomains: [ggz, sociaal-domein]\nthemes: [wachttijden]\n"
    "part_of: besloten-overleg\nactors:\n  - {actor: verzekeraar, role: initiatiefnemer}\n"
    "  - {actor: verborgenpartij, role: trekker}\n  - {actor: ggz-a, role: partner}\n"
    "related:\n  - {initiative: besloten-overleg, relation: inspired-by}\n"
    "funding:\n  - {source: Subsidie, by: verborgenpartij}\n"
    "summary: Samen sneller helpen; mail info@tafel-a.example of bel 06-12345678.\n" + SRC,
    "data/meetings/2023-07-14-tafel-a.yaml": "id: 2023-07-14-tafel-a\ntitle: Tweede tafel A\ndate: 2023-07-14\n"
    "type: samenwerkingstafel\nstatus: gehouden\nregions: [regio-a]\nforum: tafel-a\n"
    "follows: 2023-05-01-stille-sessie\norganisers: [verzekeraar, verborgenpartij]\n"
    "facilitators: [verborgenpartij]\npresented: [besloten-overleg, netwerk-a]\n"
    "participants: {count: 12, actors: [ggz-a, verborgenpartij]}\n"
    "outcomes:\n  decisions: [Doorgaan]\n"
    "  tracks:\n    - {title: Spoor een, owner: verborgenpartij, initiative: besloten-overleg}\n"
    "  actions:\n    - {id: geheime-actie, what: Iets stils doen, owner: verborgenpartij, due: 2023-08-01}\n"
    "    - {id: open-actie, what: Verslag delen, owner: ggz-a, due: 2023-08-01}\n"
    "next_meeting: {date: 2023-10-01, meeting: 2023-05-01-stille-sessie}\n" + SRC,
}

SECRETS = [
    "geheimewijk", "Zwijgzaam", "verborgenpartij", "Onzichtbaar", "Karel", "kluis.example", "besloten-overleg",
    "Achterkamer", "stille-sessie", "Fluistertoon", "alleen-geheim", "Schaduwwijk", "geheime-actie", "Iets stils",
    "Anna Adviseur", "anna@verzekeraar.example", "053-4801234", "4801234", "info@tafel-a.example", "06-12345678",
]  # fmt: skip


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = build_tree(tmp_path_factory.mktemp("audience") / "kb", {**BASE, **FILES})
    problems = KnowledgeBase.open(root).validate(today=dt.date.fromisoformat(TODAY)).errors
    assert not problems, problems
    return root


REPORT = ["--as-of", TODAY, "--raw"]
COMMANDS: list[tuple[str, list[str], list[str]]] = [  # (name, arguments, formats or output suffixes)
    ("report", ["report", "regio-a", *REPORT], ["", ".md"]),
    ("report-land", ["report", "land", *REPORT], [""]),
    ("briefing", ["briefing", "2023-07-14-tafel-a", *REPORT], ["", ".md"]),
    ("briefing-first", ["briefing", "2023-03-24-tafel-a", *REPORT], [""]),
    *[(f"list-{k}", ["list", k], ["table", "json", "csv", "yaml", "md"])
      for k in ("regions", "actors", "initiatives", "meetings")],
    *[(f"show-{r}", ["show", r], ["text", "json", "yaml", "md"])
      for r in ("regio-a", "verzekeraar", "tafel-a", "ggz-a", "2023-07-14-tafel-a", "netwerk-a", "land")],
    ("search", ["search", "a"], ["table", "json", "csv", "yaml", "md"]),
    ("search-secret", ["search", "achterk"], ["json"]),
    ("actions", ["actions", "--as-of", TODAY], ["table", "json", "csv", "yaml", "md"]),
    ("graph", ["graph"], ["mermaid", "dot", "graphml", "json", "csv", ".csv"]),
    ("graph-region", ["graph", "--region", "regio-a"], ["json"]),
    ("network", ["network", "regio-a"], ["table", "json", "csv", "yaml", "md"]),
    ("network-land", ["network", "land"], ["json"]),
    ("compare", ["compare", "regio-a", "regio-b"], ["md", "table", "json"]),
]  # fmt: skip
CASES = [(name, args, fmt) for name, args, fmts in COMMANDS for fmt in fmts]


def _run(cli, kb: Path, tmp_path: Path, args: list[str], fmt: str, audience: str) -> str:
    extra: list[str] = []
    out_files: list[Path] = []
    if fmt.startswith("."):
        target = tmp_path / f"out{fmt}"
        extra = ["-o", str(target)]
    elif fmt:
        extra = ["--format", fmt]
    run = cli(*args, *extra, "--kb", str(kb), "--audience", audience)
    assert run.exit_code in (0, 1), (args, run.exit_code, run.stderr)
    out_files = sorted(tmp_path.glob("out*"))
    texts = [run.stdout, run.stderr, *(p.read_text(encoding="utf-8-sig") for p in out_files)]
    for p in out_files:
        p.unlink()
    return "\n".join(texts)


@pytest.mark.parametrize(("name", "args", "fmt"), CASES, ids=[f"{n}-{f or 'default'}" for n, _, f in CASES])
def test_public_output_holds_nothing_internal(cli, kb: Path, tmp_path: Path, name: str, args: list[str], fmt: str):
    text = _run(cli, kb, tmp_path, args, fmt, "public")
    leaked = [s for s in SECRETS if s.lower() in text.lower()]
    assert not leaked, f"{name} {fmt}: {leaked}\n{text[:3000]}"


def _document_text(path: Path) -> str:
    """The text in a written document, read back with the format's own library."""
    suffix = path.suffix
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)
    if suffix == ".sqlite":
        import sqlite3

        with sqlite3.connect(path) as db:
            tables = [r[0] for r in db.execute("select name from sqlite_master where type = 'table'")]
            return "\n".join(str(row) for t in tables for row in db.execute(f'select * from "{t}"'))
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if suffix == ".pdf":
        import pypdf

        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    return path.read_text(encoding="utf-8-sig")


EXPORTS: list[tuple[str, list[str]]] = [  # (file name, arguments); the file goes last, or after -o
    ("kb.xlsx", ["export", "xlsx"]),
    ("kb.sqlite", ["export", "sqlite"]),
    ("agenda.ics", ["calendar", "-o"]),
    ("regio.docx", ["report", "regio-a", "--as-of", TODAY, "-o"]),
    ("regio.pdf", ["report", "regio-a", "--as-of", TODAY, "-o"]),
    ("briefing.docx", ["briefing", "2023-07-14-tafel-a", "--as-of", TODAY, "-o"]),
    ("netwerk.svg", ["graph", "-o"]),
    ("tijdlijn.svg", ["graph", "--timeline", "--as-of", TODAY, "-o"]),
]


@pytest.mark.parametrize(("name", "args"), EXPORTS, ids=[n for n, _ in EXPORTS])
def test_public_documents_hold_nothing_internal(cli, kb: Path, tmp_path: Path, name: str, args: list[str]) -> None:
    texts = {}
    for audience in ("internal", "public"):
        target = tmp_path / audience / name
        target.parent.mkdir()
        run = cli(*args, str(target), "--kb", str(kb), "--audience", audience)
        assert run.exit_code == 0, run.stderr
        texts[audience] = _document_text(target).lower() + run.stdout.lower()
    leaked = [s for s in SECRETS if s.lower() in texts["public"]]
    assert not leaked, f"{name}: {leaked}"
    assert any(s.lower() in texts["internal"] for s in SECRETS), "the internal version shows the secrets"


def test_the_walk_can_fail(cli, kb: Path, tmp_path: Path) -> None:
    """The same commands show the secrets internally, so the test above proves something."""
    seen: set[str] = set()
    for _, args, fmt in CASES:
        text = _run(cli, kb, tmp_path, args, fmt, "internal").lower()
        seen |= {s for s in SECRETS if s.lower() in text}
    assert seen == set(SECRETS), set(SECRETS) - seen


def test_every_command_that_shows_records_takes_audience(cli) -> None:
    for command in ("report", "briefing", "list", "show", "search", "actions", "graph", "network", "compare",
                    "calendar", "export xlsx", "export sqlite"):  # fmt: skip
        run = cli(*command.split(), "--help")
        assert "--audience" in run.stdout, command


def test_an_internal_record_cannot_be_shown_or_guessed(cli, kb: Path) -> None:
    run = cli("show", "besloten-overleg", "--kb", str(kb), "--audience", "public")
    assert run.exit_code == 2
    run = cli("show", "besloten-overlg", "--kb", str(kb), "--audience", "public")
    assert run.exit_code == 2 and "besloten-overleg" not in run.stderr


def test_a_bad_audience_is_a_usage_error(cli, kb: Path) -> None:
    for args in (["list", "actors"], ["graph"], ["report", "regio-a"]):
        assert cli(*args, "--kb", str(kb), "--audience", "iedereen").exit_code == 2


def test_public_briefing_changes_name_only_public_records(tmp_path: Path) -> None:
    import subprocess

    from ggznet.api import RenderOptions, briefing

    root = build_tree(tmp_path / "kb", {**BASE, **FILES})
    git = ["git", "-C", str(root), "-c", "user.name=Piet Privé", "-c", "user.email=piet@privé.example"]
    subprocess.run([*git, "init", "-q"], check=True)

    def commit(message: str, when: str) -> None:
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-qm", message, f"--date={when}"], check=True,
                       env={"GIT_COMMITTER_DATE": when, "PATH": "/usr/bin:/bin"})  # fmt: skip

    commit("Begin", "2023-03-01T12:00:00")  # before the previous meeting: the change below lies after it
    for rel in ("data/initiatives/tafel-a.yaml", "data/initiatives/besloten-overleg.yaml"):
        path = root / rel
        path.write_text(path.read_text(encoding="utf-8").replace("status: lopend", "status: geborgd"), "utf-8")
    commit("Zwijgmemo Achterkamer", "2023-06-01T12:00:00")
    kb = KnowledgeBase.open(root)
    options = RenderOptions(as_of=dt.date(2023, 7, 10), audience="public", commit="X")
    text = briefing(kb, "2023-07-14-tafel-a", options)
    assert "Samenwerkingstafel A" in text.split("## Wat is er veranderd")[1]  # a public record's change is listed
    for secret in ("Piet", "Zwijgmemo", "Achterkamer", "besloten-overleg", "verborgenpartij"):
        assert secret not in text
    internal = briefing(kb, "2023-07-14-tafel-a", RenderOptions(as_of=dt.date(2023, 7, 10), commit="X"))
    changes = internal.split("## Wat is er veranderd")[1].split("\n## ")[0]
    assert "Overleg Achterkamer" in changes and "Piet Privé" in changes  # the internal version shows both

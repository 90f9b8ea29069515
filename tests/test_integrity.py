"""Documents and exports from a broken knowledge base say so: a banner inside, a summary on stderr, exit 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ggznet.api import KnowledgeBase

REPO = Path(__file__).resolve().parent.parent
N = 3  # references to Roset: the Twente table's actors and the two meetings' facilitators
BANNER = f"Let op: de kennisbank heeft {N} fouten; deze rapportage is onvolledig."


@pytest.fixture
def without_roset(tmp_path: Path) -> str:
    """The shipped knowledge base with data/actors/roset.yaml deleted: the references to it break."""
    root = tmp_path / "kb"
    shutil.copytree(REPO / "data", root / "data")
    (root / "data/actors/roset.yaml").unlink()
    errors = KnowledgeBase.open(root).validate().errors
    assert len(errors) == N and {p.code for p in errors} == {"unresolved-reference"}, errors
    return str(root)


def test_report_carries_the_banner_and_exits_1(cli, without_roset) -> None:
    run = cli("report", "twente", "--kb", without_roset, "--as-of", "2026-11-23")
    assert run.exit_code == 1
    head = run.stdout.split("## Kerncijfers")[0]
    assert f"> **{BANNER}**" in head  # at the top, before anything that looks authoritative
    assert f"de kennisbank heeft {N} fouten in {N} bestanden" in run.stderr
    assert "data/initiatives/samenwerkingstafel-twente.yaml" in run.stderr and "unresolved-reference" in run.stderr


def test_allow_invalid_exits_0_but_keeps_the_banner(cli, without_roset, tmp_path) -> None:
    target = tmp_path / "twente.md"
    run = cli("report", "twente", "--kb", without_roset, "--allow-invalid", "-o", str(target))
    assert run.exit_code == 0
    assert BANNER in target.read_text(encoding="utf-8")
    assert f"{N} fouten" in run.stderr


def test_english_banner_with_lang_en(cli, without_roset) -> None:
    run = cli("report", "twente", "--kb", without_roset, "--lang", "en")
    assert run.exit_code == 1
    assert f"Warning: the knowledge base has {N} errors; this report is incomplete." in run.stdout
    assert f"the knowledge base has {N} errors in {N} files" in run.stderr


def test_briefing_carries_the_banner(cli, without_roset) -> None:
    run = cli("briefing", "2023-07-14-samenwerkingstafel-twente", "--kb", without_roset, "--as-of", "2026-11-23")
    assert run.exit_code == 1
    assert BANNER in run.stdout.split("## ")[0]


def test_a_users_template_gets_the_banner_too(cli, without_roset, tmp_path) -> None:
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "report.md.j2").write_text("# {{ region.name }}\n\nEigen sjabloon.\n", encoding="utf-8")
    run = cli("report", "twente", "--kb", without_roset, "--templates", str(own))
    assert run.stdout == f"# Twente\n\n> **{BANNER}**\n\nEigen sjabloon.\n"


def test_network_compare_and_graph_say_so(cli, without_roset, tmp_path) -> None:
    network = cli("network", "twente", "--kb", without_roset, "-f", "json")
    assert network.exit_code == 1 and json.loads(network.stdout)["errors"] == N
    table = cli("network", "twente", "--kb", without_roset, "-f", "md")
    assert table.stdout.startswith(f"> **{BANNER}**")
    compare = cli("compare", "twente", "limburg", "--kb", without_roset)
    assert compare.exit_code == 1 and BANNER in compare.stdout
    assert json.loads(cli("compare", "twente", "limburg", "--kb", without_roset, "-f", "json").stdout)["errors"] == N
    for suffix, comment in ((".dot", f"// {BANNER}"), (".mmd", f"%% {BANNER}"), (".graphml", f"<!-- {BANNER} -->")):
        target = tmp_path / f"net{suffix}"
        run = cli("graph", "--kb", without_roset, "-o", str(target))
        assert run.exit_code == 1 and f"{N} fouten" in run.stderr
        assert comment in target.read_text(encoding="utf-8")
    kumu = cli("graph", "--kb", without_roset, "--allow-invalid")
    assert kumu.exit_code == 0 and set(json.loads(kumu.stdout)) == {"elements", "connections"}  # Kumu's format


def test_report_all_writes_the_banner_in_every_file(cli, without_roset, tmp_path) -> None:
    run = cli("report", "--all", "--kb", without_roset, "-o", str(tmp_path / "out"))
    assert run.exit_code == 1
    assert BANNER in (tmp_path / "out" / "twente.md").read_text(encoding="utf-8")
    assert BANNER in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")


def test_a_valid_knowledge_base_has_no_banner(cli) -> None:
    run = cli("report", "twente", "--kb", str(REPO), "--as-of", "2026-11-23")
    assert run.exit_code == 0 and "Let op" not in run.stdout and run.stderr == ""


def test_word_and_pdf_carry_the_banner(cli, without_roset, tmp_path) -> None:
    import io

    import docx
    import pypdf

    word, pdf = tmp_path / "twente.docx", tmp_path / "twente.pdf"
    for target in (word, pdf):
        run = cli("report", "twente", "--kb", without_roset, "-o", str(target))
        assert run.exit_code == 1 and f"{N} fouten" in run.stderr
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert paragraphs[1].startswith(BANNER)  # right under the title
    first_page = pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "de kennisbank heeft 3 fouten" in " ".join(first_page.split())


def test_exports_and_the_calendar_say_so(cli, without_roset, tmp_path) -> None:
    import sqlite3

    db = tmp_path / "kb.sqlite"
    run = cli("export", "sqlite", str(db), "--kb", without_roset)
    assert run.exit_code == 1 and f"{N} fouten" in run.stderr
    with sqlite3.connect(db) as connection:
        rows = dict(connection.execute("select key, value from meta").fetchall())
    assert rows["warning"] == BANNER
    assert cli("export", "xlsx", str(tmp_path / "kb.xlsx"), "--kb", without_roset).exit_code == 1
    calendar = cli("calendar", "--kb", without_roset, "--allow-invalid")
    assert (
        calendar.exit_code == 0 and calendar.stdout.startswith("BEGIN:VCALENDAR") and f"{N} fouten" in calendar.stderr
    )

"""Word and PDF reports and briefings, read back with python-docx and pypdf as a reader's program would."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pypdf
import pytest

from ggznet.render.document import parse, plain

REPO = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2026-11-23")


def word_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def twente_docx(tmp_path_factory) -> Path:
    from typer.testing import CliRunner

    from ggznet.cli import app

    out = tmp_path_factory.mktemp("docs") / "twente.docx"
    result = CliRunner().invoke(app, ["report", "twente", "--kb", str(REPO), *AS_OF, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_word_report_has_heading_styles_tables_pictures_and_footer(twente_docx) -> None:
    document = docx.Document(str(twente_docx))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Title", "Heading"))]
    assert styled[0] == ("Title", "Regio-overzicht Twente")
    assert ("Heading 1", "Kerncijfers") in styled and ("Heading 1", "Bijeenkomsten (tijdlijn)") in styled
    assert ("Heading 2", "Actoren naar domein") in styled
    first = document.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Onderdeel", "Aantal"]
    assert first.rows[0]._tr.trPr.xml.count("tblHeader") == 1  # header row repeats on each page
    assert len(document.inline_shapes) == 2  # the network picture and the timeline
    descriptions = [s._inline.docPr.get("descr") for s in document.inline_shapes]
    assert descriptions == ["Netwerkplaat: Twente", "Bijeenkomsten (tijdlijn): Twente"]
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Kennisbank: ") and "Peildatum: 2026-11-23" in footer.text
    assert 'w:instr="PAGE"' in footer._p.xml and 'w:instr="NUMPAGES"' in footer._p.xml
    props = document.core_properties
    assert props.title == "Regio-overzicht Twente" and props.language == "nl-NL" and props.author == "ggznet"
    assert props.subject == "regio-overzicht"  # what Word shows as the subject, in the document's language
    assert "nl-NL" in document.styles.element.xml  # spelling and hyphenation in Dutch
    text = word_text(twente_docx)
    assert "flowchart" not in text and "```" not in text and "<!--" not in text
    assert "Yvette Haaker" in text  # internal version lists contacts


@pytest.mark.parametrize(("lang", "subject"), [("nl", "voorbereiding"), ("en", "briefing")])
def test_word_briefing_subject_in_its_language(cli, make_kb, tmp_path, lang: str, subject: str) -> None:
    out = tmp_path / "b.docx"
    run = cli("briefing", "2023-03-24-tafel-a", "--kb", str(make_kb()), *AS_OF, "--lang", lang, "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert docx.Document(str(out)).core_properties.subject == subject


def test_word_and_pdf_are_the_same_bytes_every_time(cli, tmp_path) -> None:
    for suffix in ("docx", "pdf"):
        first, second = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
        for out in (first, second):
            run = cli("briefing", "2023-07-14-samenwerkingstafel-twente", "--kb", str(REPO), *AS_OF, "-o", str(out))
            assert run.exit_code == 0, run.stderr
        assert first.read_bytes() == second.read_bytes(), suffix


def test_pdf_report_text_outline_and_footer(cli, tmp_path) -> None:
    out = tmp_path / "limburg.pdf"
    run = cli("report", "limburg", "--kb", str(REPO), *AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == "Regio-overzicht Limburg"
    pages = len(reader.pages)
    assert pages >= 3
    text = pdf_text(data)
    assert "Regio-overzicht Limburg" in text and "Kerncijfers" in text and "Ggz-platforms Limburg" in text
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "Peildatum: 2026-11-23" in text
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Regio-overzicht Limburg" in outline
    assert "flowchart" not in text


def test_public_documents_leave_contacts_out(cli, tmp_path) -> None:
    word, pdf = tmp_path / "twente.docx", tmp_path / "twente.pdf"
    for out in (word, pdf):
        run = cli("report", "twente", "--kb", str(REPO), *AS_OF, "--audience", "public", "-o", str(out))
        assert run.exit_code == 0, run.stderr
    for text in (word_text(word), pdf_text(pdf.read_bytes())):
        assert "Yvette Haaker" not in text and "Contactgegevens zijn weggelaten (publieke versie)." in text
    footer = docx.Document(str(word)).sections[0].footer.paragraphs[0].text
    assert "publieke versie" in footer


def test_english_pdf_and_format_option(cli, tmp_path) -> None:
    out = tmp_path / "twente-report"  # no extension: the format comes from --format
    run = cli("report", "twente", "--kb", str(REPO), *AS_OF, "--lang", "en", "--format", "pdf", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    text = pdf_text(out.read_bytes())
    assert "Regional overview Twente" in text and "page 1 of" in text and "As of: 23 November 2026" in text


def test_record_text_stays_text_in_word_and_pdf(cli, make_kb, tmp_path) -> None:
    """Markup of any kind in a record (Typst, Markdown, HTML, Word fields) is shown as written, never obeyed."""
    hostile = '#set page(fill: red) $x$ *vet* <b>html</b> [link](javascript:alert(1)) {PAGE} ]"'
    root = make_kb(
        {
            "data/initiatives/triage-b.yaml": (
                "id: triage-b\nname: 'Triage #set text(red)'\ntype: werkwijze\nstatus: pilot\nregions: [regio-a]\n"
                f"themes: [triage]\nactors:\n  - {{actor: ggz-a, role: trekker}}\nsummary: '{hostile}'\n"
                "sources: [{title: T}]\n"
            )
        }
    )
    for suffix in ("pdf", "docx"):
        out = tmp_path / f"regio.{suffix}"
        run = cli("report", "regio-a", "--kb", str(root), *AS_OF, "-o", str(out))
        assert run.exit_code == 0, run.stderr
        text = word_text(out) if suffix == "docx" else pdf_text(out.read_bytes())
        flat = " ".join(text.split())
        assert "Triage #set text(red)" in flat
        assert "#set page(fill: red) $x$ *vet* <b>html</b>" in flat
        assert "javascript" in flat  # shown as text ...
    document = docx.Document(str(tmp_path / "regio.docx"))
    assert all("javascript" not in rel.target_ref for rel in document.part.rels.values() if rel.is_external)


def test_check_refuses_word_and_pdf(cli, tmp_path) -> None:
    run = cli("report", "twente", "--kb", str(REPO), "--check", str(tmp_path / "x.md"), "--format", "pdf")
    assert run.exit_code == 2 and "--check vergelijkt Markdown-bestanden" in run.stderr


def test_report_all_as_pdf(cli, make_kb, tmp_path) -> None:
    out = tmp_path / "pdfs"
    run = cli("report", "--all", "--kb", str(make_kb()), *AS_OF, "--format", "pdf", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "index.md", "land.pdf", "provincie-a.pdf", "regio-a.pdf", "regio-b.pdf", "stad-a.pdf",
    ]  # fmt: skip
    assert "(regio-a.pdf)" in (out / "index.md").read_text(encoding="utf-8")
    assert "Regio-overzicht Regio A" in pdf_text((out / "regio-a.pdf").read_bytes())


def test_parse_keeps_structure_and_drops_code() -> None:
    blocks = parse(
        "<!-- header -->\n# Titel\n\nTekst met **vet** en [bron](https://example.org) en [x](javascript:y).\n\n"
        "- een\n  - twee\n\n| a | b |\n| --- | ---: |\n| 1 | 2 |\n\n```mermaid\nflowchart LR\n```\n\n## Tijdlijn\n",
        mermaid="net",
        after_heading={"Tijdlijn": "tijd"},
    )
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list", "table", "picture", "heading", "picture"]
    runs = blocks[1].runs
    assert [r.text for r in runs if r.bold] == ["vet"]
    assert [r.url for r in runs if r.url] == ["https://example.org"]
    assert "x" in plain(runs)  # the javascript link keeps its text, loses its target
    assert blocks[2].items[1][0] == 1 and blocks[3].align == ["left", "right"]
    assert blocks[4].picture == "net" and blocks[6].picture == "tijd"

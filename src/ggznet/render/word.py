"""Word (.docx) from a `Document`, with python-docx: heading styles, real tables, pictures, a footer with page numbers.

Word's own styles are used (Title, Heading 1–3, List Bullet, List Number, Table Grid), so the navigation
pane, a table of contents and a company template's styles all work. The language is Dutch (or English)
for spelling and hyphenation; paper is A4. Same document, same bytes: the properties carry the as-of
date and the zip entries a fixed time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING

from ggznet.render.document import Block, Document, Run

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

HEADING_STYLE = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3", 5: "Heading 4", 6: "Heading 5"}
LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}
PICTURE_WIDTH_CM = 16.0


def write_docx(document: Document) -> bytes:
    """The document as the bytes of a .docx file."""
    from docx import Document as new_document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    word = new_document()
    _language(word, LANGUAGE.get(document.lang, "nl-NL"))
    normal = word.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    _footer(word, document)
    for block in document.blocks:
        _block(word, block, document)
    _properties(word, document)
    buffer = io.BytesIO()
    word.save(buffer)
    return stable_zip(buffer.getvalue())


def _block(word: WordDocument, block: Block, document: Document) -> None:
    from docx.shared import Cm

    if block.kind == "heading":
        paragraph = word.add_paragraph(style=HEADING_STYLE.get(block.level, "Heading 4"))
        _runs(paragraph, block.runs)
    elif block.kind == "paragraph":
        _runs(word.add_paragraph(), block.runs)
    elif block.kind == "list":
        for depth, runs in block.items:
            base = "List Number" if block.ordered else "List Bullet"
            style = base if depth == 0 else f"{base} {min(depth + 1, 3)}"
            _runs(word.add_paragraph(style=style), runs)
    elif block.kind == "table":
        _table(word, block)
    elif block.kind == "picture":
        picture = document.pictures.get(block.picture)
        if picture is None:
            return
        word.add_picture(io.BytesIO(picture.png), width=Cm(PICTURE_WIDTH_CM))
        _describe_last_picture(word, picture.description)
    elif block.kind == "code":
        paragraph = word.add_paragraph()
        run = paragraph.add_run(block.text)
        run.font.name = "Consolas"


def _runs(paragraph: Paragraph, runs: list[Run]) -> None:
    for piece in runs:
        if piece.url:
            _hyperlink(paragraph, piece)
            continue
        run = paragraph.add_run(piece.text)
        run.bold = piece.bold or None
        run.italic = piece.italic or None
        if piece.code:
            run.font.name = "Consolas"


def _hyperlink(paragraph: Paragraph, piece: Run) -> None:
    """A clickable link (python-docx has no API for it): w:hyperlink around a run in the Hyperlink style."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    assert piece.url is not None
    rel = paragraph.part.relate_to(piece.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(colour)
    props.append(underline)
    if piece.bold:
        props.append(OxmlElement("w:b"))
    run.append(props)
    text = OxmlElement("w:t")
    text.text = piece.text
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def _table(word: WordDocument, block: Block) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    columns = max([len(block.header), *(len(r) for r in block.rows)], default=0)
    if columns == 0:
        return
    table = word.add_table(rows=1 + len(block.rows), cols=columns)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    aligns = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}
    for r, cells in enumerate([block.header, *block.rows]):
        row = table.rows[r]
        for c in range(columns):
            paragraph = row.cells[c].paragraphs[0]
            runs = cells[c] if c < len(cells) else []
            if r == 0:
                runs = [Run(x.text, True, x.italic, x.code, x.url) for x in runs]
            _runs(paragraph, runs)
            align = block.align[c] if c < len(block.align) else "left"
            if align in aligns:
                paragraph.alignment = aligns[align]
        if r == 0:  # the header row repeats on every page and is marked as a header for screen readers
            props = row._tr.get_or_add_trPr()
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            props.append(header)
            for cell in row.cells:
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), "E8EEF4")
                cell._tc.get_or_add_tcPr().append(shading)
    word.add_paragraph()


def _describe_last_picture(word: WordDocument, description: str) -> None:
    """Alternative text on the picture just added (read by screen readers, shown by Word on hover)."""
    from docx.oxml.ns import qn

    inline = word.inline_shapes[-1]._inline
    doc_pr = inline.find(qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", description)


def _footer(word: WordDocument, document: Document) -> None:
    """Footer: data commit and as-of date, then 'pagina N van M' with Word fields."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    footer = word.sections[0].footer
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    data = document.as_data()
    for text, field in ((document.footer + " · " + data["page"] + " ", "PAGE"), (" " + data["of"] + " ", "NUMPAGES")):
        run = paragraph.add_run(text)
        run.font.size = Pt(8)
        _field(paragraph, field)
    for run in paragraph.runs:
        run.font.size = Pt(8)


def _field(paragraph: Paragraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    props.append(size)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _language(word: WordDocument, tag: str) -> None:
    """Set the language of every style's default run properties (spelling, hyphenation)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = word.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    settings = word.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        hyphenation = OxmlElement("w:autoHyphenation")
        settings.insert(0, hyphenation)


def _properties(word: WordDocument, document: Document) -> None:
    props = word.core_properties
    when = dt.datetime.combine(dt.date.fromisoformat(document.as_of), dt.time(0, 0))
    props.title = document.title
    props.author = "ggznet"
    props.last_modified_by = "ggznet"
    props.comments = document.footer
    props.language = LANGUAGE.get(document.lang, "nl-NL")
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1
    props.subject = document.kind
    props.keywords = "ggznet"


FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def stable_zip(data: bytes) -> bytes:
    """The same zip with a fixed time on every entry, so that the same content gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()

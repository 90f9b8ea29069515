"""Word (.docx) from a `Document`, with python-docx: heading styles, real tables, pictures, a footer with page numbers.

Word's own styles are used (Title, Heading 1–3, List Bullet, List Number, Table Grid), so the navigation
pane, a table of contents and a company template's styles all work. The language is Dutch (or English)
for spelling and hyphenation; paper is A4. Same document, same bytes: the properties carry the as-of
date and the zip entries a fixed time.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import TYPE_CHECKING, Any

from lxml import etree  # type: ignore[import-untyped]  # python-docx's XML library; no type information

from ggznet.render.document import Block, Document, Run

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

HEADING_STYLE = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3", 5: "Heading 4", 6: "Heading 5"}
LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}
SUBJECT = {
    "nl": {"report": "regio-overzicht", "briefing": "voorbereiding"},
    "en": {"report": "regional overview", "briefing": "briefing"},
}
"""What Word shows as the document's subject, per language and kind of document."""
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
    body = _Body(word)
    for block in document.blocks:
        _block(body, block, document)
    _properties(word, document)
    buffer = io.BytesIO()
    word.save(buffer)
    return stable_zip(buffer.getvalue())


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _Body:
    """Appends paragraphs to the document body in constant time.

    python-docx's add_paragraph searches the body for its section properties on every call and
    resolves the style by name each time, which makes a long report quadratic (minutes at national
    scale); here the section element is found once and style ids are looked up once."""

    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.body = word.element.body
        self.end = self.body.find(W + "sectPr")
        self.style_ids: dict[str, str] = {}

    def paragraph(self, style: str | None = None) -> Any:
        element = etree.SubElement(self.body, W + "p")
        if self.end is not None:
            self.end.addprevious(element)  # keep the section properties last
        if style is not None:
            props = etree.SubElement(element, W + "pPr")
            etree.SubElement(props, W + "pStyle").set(W + "val", self.style_id(style))
        return element

    def style_id(self, name: str) -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.word.styles[name].style_id
        return self.style_ids[name]


def _block(body: _Body, block: Block, document: Document) -> None:
    from docx.shared import Cm

    word = body.word
    if block.kind == "heading":
        _runs(word, body.paragraph(HEADING_STYLE.get(block.level, "Heading 4")), block.runs)
    elif block.kind == "paragraph":
        _runs(word, body.paragraph(), block.runs)
    elif block.kind == "list":
        for depth, runs in block.items:
            base = "List Number" if block.ordered else "List Bullet"
            style = base if depth == 0 else f"{base} {min(depth + 1, 3)}"
            _runs(word, body.paragraph(style), runs)
    elif block.kind == "table":
        _table(body, block)
    elif block.kind == "picture":
        picture = document.pictures.get(block.picture)
        if picture is None:
            return
        word.add_picture(io.BytesIO(picture.png), width=Cm(PICTURE_WIDTH_CM))
        _describe_last_picture(word, picture.description)
    elif block.kind == "code":
        _runs(word, body.paragraph(), [Run(block.text, code=True)])


def _runs(word: WordDocument, paragraph: Any, runs: list[Run], *, bold: bool = False, size: int | None = None) -> None:
    """Append styled runs (w:r) to a paragraph element; links become w:hyperlink."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    for piece in runs:
        parent = paragraph
        if piece.url:
            rel = word.part.relate_to(piece.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            parent = etree.SubElement(paragraph, W + "hyperlink")
            parent.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", rel)
        run = etree.SubElement(parent, W + "r")
        props = etree.SubElement(run, W + "rPr")
        if piece.code:
            fonts = etree.SubElement(props, W + "rFonts")
            fonts.set(W + "ascii", "Consolas")
            fonts.set(W + "hAnsi", "Consolas")
        if piece.bold or bold:
            etree.SubElement(props, W + "b")
        if piece.italic:
            etree.SubElement(props, W + "i")
        if piece.url:
            etree.SubElement(props, W + "color").set(W + "val", "0563C1")
            etree.SubElement(props, W + "u").set(W + "val", "single")
        if size is not None:
            etree.SubElement(props, W + "sz").set(W + "val", str(size))
        if len(props) == 0:
            run.remove(props)
        text = etree.SubElement(run, W + "t")
        text.text = NOT_XML.sub("", piece.text)
        text.set(XML_SPACE, "preserve")


def _table(body: _Body, block: Block) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    word = body.word
    columns = max([len(block.header), *(len(r) for r in block.rows)], default=0)
    if columns == 0:
        return
    table = word.add_table(rows=1 + len(block.rows), cols=columns)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    aligns = {"right": "right", "center": "center"}
    for r, (tr, cells) in enumerate(zip(table._tbl.tr_lst, [block.header, *block.rows], strict=True)):
        for c, tc in enumerate(tr.tc_lst[:columns]):
            paragraph = tc.p_lst[0]
            align = block.align[c] if c < len(block.align) else "left"
            if align in aligns:
                etree.SubElement(etree.SubElement(paragraph, W + "pPr"), W + "jc").set(W + "val", aligns[align])
            _runs(word, paragraph, cells[c] if c < len(cells) else [], bold=r == 0)
            if r == 0:
                shading = etree.SubElement(tc.get_or_add_tcPr(), W + "shd")
                shading.set(W + "val", "clear")
                shading.set(W + "fill", "E8EEF4")
        if r == 0:  # the header row repeats on every page and is marked as a header for screen readers
            etree.SubElement(tr.get_or_add_trPr(), W + "tblHeader").set(W + "val", "true")
    body.paragraph()


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
    page, of = document.page_words
    for text, field in ((f"{document.footer} · {page} ", "PAGE"), (f" {of} ", "NUMPAGES")):
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
    props.subject = SUBJECT.get(document.lang, SUBJECT["nl"]).get(document.kind, document.kind)
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

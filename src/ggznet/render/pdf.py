"""PDF from a `Document`, typeset by Typst (the `typst` package ships the compiler; nothing else to install).

The layout is `templates/document.typ`; the content goes in as JSON and the pictures as SVG through
Typst's `sys.inputs`, so record text is data and never Typst markup. Fonts: DejaVu Sans from
matplotlib's bundled fonts and Typst's own; system fonts are ignored, so the PDF is the same on every
machine. Dutch hyphenation, page numbers, a bookmark per heading and a tagged (accessible) PDF come
from Typst.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ggznet.render.document import Document
from ggznet.render.env import builtin_templates

TEMPLATE = "document.typ"


def fonts_folder() -> Path:
    """matplotlib's bundled TrueType fonts (DejaVu Sans and Mono)."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def write_pdf(document: Document) -> bytes:
    """The document as the bytes of a PDF file."""
    import typst

    inputs = {"doc": json.dumps(document.as_data(), ensure_ascii=False)}
    for name, picture in document.pictures.items():
        inputs[f"picture-{name}"] = picture.svg.decode("utf-8")
        inputs[f"picture-{name}-alt"] = picture.description
    day = dt.date.fromisoformat(document.as_of)
    stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[str(fonts_folder())])
    # The template comes in as bytes and reads no file. A TypstError here is a bug in the shipped
    # template (data cannot cause one), reported as an internal error (exit 3) at the CLI boundary.
    data = typst.compile(
        (builtin_templates() / TEMPLATE).read_bytes(),
        font_paths=fonts,
        sys_inputs=inputs,
        timestamp=stamp,
        format="pdf",
    )
    assert isinstance(data, bytes)
    return data

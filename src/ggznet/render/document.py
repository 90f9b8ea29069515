"""A document as plain blocks (headings, paragraphs, lists, tables, pictures), read from a rendered report.

Word and PDF are made from the Markdown that the report and briefing templates lay out from their view
models, so there is one layout for every format (and a user's own templates apply to all of them).
markdown-it parses it; this module keeps only what a document needs: Mermaid code becomes the network
picture, HTML comments are dropped, and link targets other than http(s) are kept as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ggznet.render.markdown import safe_url


@dataclass(frozen=True)
class Run:
    """A piece of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    url: str | None = None


@dataclass(frozen=True)
class Block:
    """One block. `kind` says which fields are used:

    heading (level, runs) · paragraph (runs) · list (items, ordered) · table (header, rows, align) ·
    picture (picture: a key of `Document.pictures`) · code (text)
    """

    kind: Literal["heading", "paragraph", "list", "table", "picture", "code"]
    level: int = 0
    runs: list[Run] = field(default_factory=list)
    items: list[tuple[int, list[Run]]] = field(default_factory=list)  # (nesting depth, runs)
    ordered: bool = False
    header: list[list[Run]] = field(default_factory=list)
    rows: list[list[list[Run]]] = field(default_factory=list)
    align: list[str] = field(default_factory=list)  # per column: "left", "right" or "center"
    picture: str = ""
    text: str = ""


@dataclass(frozen=True)
class Picture:
    svg: bytes
    png: bytes
    description: str  # alternative text


@dataclass
class Document:
    """What a Word or PDF writer needs: blocks, pictures and the facts for the footer and properties."""

    title: str
    blocks: list[Block]
    lang: str
    commit: str
    as_of: str
    audience: str
    kind: str  # report or briefing
    pictures: dict[str, Picture] = field(default_factory=dict)

    @property
    def footer(self) -> str:
        from ggznet.render.i18n import labels

        L = labels(self.lang)
        text = f"{L['data_commit']}: {self.commit} · {L['as_of']}: {self.as_of}"
        if self.audience == "public":
            text += " · " + ("publieke versie" if self.lang == "nl" else "public version")
        return text

    @property
    def page_words(self) -> tuple[str, str]:
        """The words around page numbers: "pagina 3 van 12"."""
        return ("pagina", "van") if self.lang == "nl" else ("page", "of")

    def as_data(self) -> dict[str, Any]:
        """Blocks and facts as JSON-ready data (pictures left out)."""
        page, of = self.page_words
        return {
            "title": self.title,
            "lang": self.lang,
            "footer": self.footer,
            "page": page,
            "of": of,
            "blocks": [_block_data(b) for b in self.blocks],
        }


def _runs_data(runs: list[Run]) -> list[dict[str, Any]]:
    out = []
    for r in runs:
        item: dict[str, Any] = {"text": r.text}
        if r.bold:
            item["bold"] = True
        if r.italic:
            item["italic"] = True
        if r.code:
            item["code"] = True
        if r.url:
            item["url"] = r.url
        out.append(item)
    return out


def _block_data(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": block.kind}
    if block.level:
        data["level"] = block.level
    if block.runs:
        data["runs"] = _runs_data(block.runs)
    if block.items:
        data["items"] = [[depth, _runs_data(runs)] for depth, runs in block.items]
    if block.ordered:
        data["ordered"] = True
    if block.header:
        data["header"] = [_runs_data(c) for c in block.header]
    if block.rows:
        data["rows"] = [[_runs_data(c) for c in row] for row in block.rows]
    if block.align:
        data["align"] = block.align
    if block.picture:
        data["picture"] = block.picture
    if block.text:
        data["text"] = block.text
    return data


def parse(markdown: str, *, after_heading: dict[str, str] | None = None, mermaid: str | None = None) -> list[Block]:
    """Blocks from Markdown. `mermaid`: the picture key that replaces a Mermaid code block (else it is left out);
    `after_heading`: {heading text: picture key} to put a picture right below that heading."""
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(markdown)
    blocks: list[Block] = []
    after_heading = after_heading or {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            runs = inline_runs(tokens[i + 1])
            blocks.append(Block("heading", level=int(token.tag[1]), runs=runs))
            key = after_heading.get(plain(runs))
            if key:
                blocks.append(Block("picture", picture=key))
            i += 3
        elif token.type == "paragraph_open":
            blocks.append(Block("paragraph", runs=inline_runs(tokens[i + 1])))
            i += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            i, block = _list(tokens, i)
            blocks.append(block)
        elif token.type == "table_open":
            i, block = _table(tokens, i)
            blocks.append(block)
        elif token.type in ("fence", "code_block"):
            if token.info.strip() == "mermaid":
                if mermaid:
                    blocks.append(Block("picture", picture=mermaid))
            else:
                blocks.append(Block("code", text=token.content.rstrip("\n")))
            i += 1
        else:  # html_block (the header comment), hr, closing tokens
            i += 1
    return blocks


def _list(tokens: list[Token], start: int) -> tuple[int, Block]:
    ordered = tokens[start].type == "ordered_list_open"
    items: list[tuple[int, list[Run]]] = []
    depth = 0
    i = start
    while i < len(tokens):
        token = tokens[i]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                return i + 1, Block("list", items=items, ordered=ordered)
        elif token.type == "inline":
            items.append((depth - 1, inline_runs(token)))
        i += 1
    return i, Block("list", items=items, ordered=ordered)


def _table(tokens: list[Token], start: int) -> tuple[int, Block]:
    header: list[list[Run]] = []
    rows: list[list[list[Run]]] = []
    align: list[str] = []
    row: list[list[Run]] = []
    in_head = False
    i = start
    while i < len(tokens):
        token = tokens[i]
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(row)
        elif token.type in ("th_open", "td_open"):
            if in_head:
                style = str(token.attrs.get("style", ""))
                align.append(style.removeprefix("text-align:") or "left")
            row.append(inline_runs(tokens[i + 1]))
        elif token.type == "table_close":
            return i + 1, Block("table", header=header, rows=rows, align=align)
        i += 1
    return i, Block("table", header=header, rows=rows, align=align)


def inline_runs(token: Token) -> list[Run]:
    """Styled runs of an inline token; line breaks become spaces, HTML is dropped."""
    runs: list[Run] = []
    bold = italic = 0
    url: str | None = None
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            _add(runs, Run(child.content, bold > 0, italic > 0, False, url))
        elif kind == "code_inline":
            _add(runs, Run(child.content, bold > 0, italic > 0, True, url))
        elif kind in ("softbreak", "hardbreak"):
            _add(runs, Run(" ", bold > 0, italic > 0, False, url))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            url = safe_url(str(child.attrs.get("href", "")))
        elif kind == "link_close":
            url = None
    return runs


def _add(runs: list[Run], run: Run) -> None:
    """Append, merging with the previous run when the style is the same (fewer, longer runs)."""
    if runs and (runs[-1].bold, runs[-1].italic, runs[-1].code, runs[-1].url) == (
        run.bold,
        run.italic,
        run.code,
        run.url,
    ):
        runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic, run.code, run.url)
    else:
        runs.append(run)


def plain(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)

"""Making user text safe inside Markdown: table cells, inline text, headings and links."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from ggznet import charpolicy

_SPECIALS = re.compile(r"([\\`*_\[\]#|~!])")
_ESCAPED = re.compile(r"[\\`*_\[\]#|~!<>]")  # any character the two steps below change
_LIST_START = re.compile(r"^([-+=])")
_NUMBER_START = re.compile(r"^(\d+)([.)])")


def escape_inline(text: str) -> str:
    """One line of user text as literal Markdown: no HTML, no emphasis, links, tables or headings."""
    text = " ".join(str(text).split())  # newlines and tabs fold into spaces
    text = charpolicy.shown(text)
    if _ESCAPED.search(text):  # most names have none: looking is cheaper than replacing
        text = text.replace("<", "&lt;").replace(">", "&gt;")  # `<script>` shows as text, never as HTML
        text = _SPECIALS.sub(r"\\\1", text)
    if not text or not (text[0] in "-+=" or text[0].isdecimal()):  # most text: neither pattern below can match
        return text
    text = _LIST_START.sub(r"\\\1", text)  # would start a list or a setext heading
    return _NUMBER_START.sub(r"\1\\\2", text)  # would start an ordered list


def escape_cell(text: str) -> str:
    """User text inside a table cell: one line, pipes escaped."""
    return escape_inline(text)


def escape_block(text: str) -> str:
    """Multi-line user text (a description) as paragraphs; structure-making line starts neutralised.

    Descriptions may contain Markdown per the data model, but a report must not let them open
    headings, tables, HTML or code blocks, so they are rendered as literal paragraphs.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", str(text).strip()) if p.strip()]
    return "\n\n".join(escape_inline(p) for p in paragraphs)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) address, else None."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return None
    if any(c in url for c in " <>()[]\"'`\n"):
        return None
    return url.strip()


def link(text: str, url: str | None) -> str:
    target = safe_url(url)
    label = escape_inline(text)
    return f"[{label}]({target})" if target else label

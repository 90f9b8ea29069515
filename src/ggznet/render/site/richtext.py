"""Markdown in record descriptions as safe HTML: no raw HTML, no images, no headings, only web links."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup

SAFE_SCHEMES = ("http://", "https://", "mailto:")


class _SafeMarkdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        return url.strip().lower().startswith(SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = _SafeMarkdown("commonmark", {"html": False, "linkify": False, "typographer": False})
    # Images would load from other hosts (the site makes no outside requests); headings would break the
    # page's heading order; raw HTML is never let through.
    md.disable(["image", "heading", "lheading", "html_block", "html_inline"])
    return md


def markdown_html(text: str) -> Markup:
    """Record text with Markdown (emphasis, lists, links) as HTML that cannot run or load anything."""
    return Markup(_parser().render(str(text)).strip())

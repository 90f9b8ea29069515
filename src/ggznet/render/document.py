"""A rendered document (report or briefing): its Markdown and the view model it was made from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """What report and briefing writers receive: write Markdown as is, or lay out `view` in another format."""

    kind: str  # "report" or "briefing"
    markdown: str
    view: dict[str, Any] = field(default_factory=dict)  # the plain data the template laid out
    lang: str = "nl"


def markdown(document: Document) -> str:
    """The Markdown writer: the document as rendered by its template."""
    return document.markdown

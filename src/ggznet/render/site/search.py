"""The website's search index: the fields `ggznet search` reads, folded the same way, as one script file.

A plain script (not JSON fetched at run time) so that search works from `file://`, where browsers
block `fetch`; `assets/search.js` reads it and scores hits with `query.SEARCH_WEIGHTS`.
"""

from __future__ import annotations

import json

from ggznet import charpolicy
from ggznet.index import Index
from ggznet.query import SEARCH_WEIGHTS, searchable_fields
from ggznet.render.site.views import page_path
from ggznet.render.site.words import site_labels
from ggznet.suggest import fold

SNIPPET_LENGTH = 160


def _snippet(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1].rstrip() + "…"


def search_documents(index: Index, lang: str) -> list[list[object]]:
    """Per record: [page, title, kind, snippet, [[weight, folded text], …]], in kind and id order."""
    L = site_labels(lang)
    documents: list[list[object]] = []
    for record in index.all_records():
        by_weight: dict[int, list[str]] = {}
        for name, text in searchable_fields(record):
            by_weight.setdefault(SEARCH_WEIGHTS.get(name, 1), []).append(fold(" ".join(text.split())))
        fields = [[weight, "\n".join(texts)] for weight, texts in sorted(by_weight.items(), reverse=True)]
        snippet = _snippet(getattr(record, "summary", None) or record.description)
        documents.append([page_path(record.kind, record.id), record.label, L[f"kind_{record.kind}"], snippet, fields])
    documents.sort(key=lambda d: str(d[0]))
    return documents


def search_script(index: Index, lang: str) -> str:
    """`assets/search-index.js`: the documents as one JavaScript assignment."""
    data = json.dumps(search_documents(index, lang), ensure_ascii=False, separators=(",", ":"))
    data = charpolicy.shown_in(data, backslash="\\\\")  # inside JSON strings: an escaped backslash
    return f"window.GGZNET_SEARCH = {data};\n"

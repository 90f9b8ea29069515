"""View models of the website's pages: plain data that the templates under `templates/site/` only lay out.

The regional overview is `render.report.report_view` and a record's fields and backlinks are
`render.record.record_view`, the same views as the Markdown report and `ggznet show`; this module adds
only what a web page needs on top: where each record's page is, and lists across the knowledge base.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from ggznet.history import Change
from ggznet.index import KINDS, Index
from ggznet.problems import dotted
from ggznet.query import action_items
from ggznet.render.i18n import term, word
from ggznet.render.record import record_view
from ggznet.render.report import STATUS_ORDER
from ggznet.render.site.richtext import markdown_html
from ggznet.render.site.words import field_label, relation_label, site_labels
from ggznet.schema import Actor, Initiative, Meeting, Record, Region
from ggznet.schema.vocab import Domain, MeetingStatus

FOLDERS = {"region": "regions", "actor": "actors", "initiative": "initiatives", "meeting": "meetings"}
VOCABULARY_KEYS = {"type", "status", "role", "domains"}
URL_KEYS = {"website", "url"}
MARKDOWN_KEYS = {"description"}


def page_path(kind: str, ident: str) -> str:
    """Where a record's page is, relative to the site's root (ids are slugs, so safe in a path).

    A record with the id `index` gets `index_.html` (an `_` is never in a slug): its page must not take
    the place of the folder's list of all records."""
    return f"{FOLDERS[kind]}/{ident}{'_' if ident == 'index' else ''}.html"


@dataclass
class Links:
    """Pages of the records that exist, by id and by display name (names that only one record has)."""

    index: Index
    _by_name: dict[str, dict[str, str | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for kind in KINDS:
            names: dict[str, str | None] = {}
            for record in self.index.records[kind].values():
                names[record.label] = None if record.label in names else record.id
            self._by_name[kind] = names

    def href(self, kind: str, ident: str | None) -> str | None:
        """The page of a record, or None when there is none (unknown, or left out of a public site)."""
        if ident is None or kind not in FOLDERS or self.index.get(kind, ident) is None:
            return None
        return page_path(kind, ident)

    def by_name(self, kind: str, name: str) -> str | None:
        """The page of the one record of `kind` with this display name (the report view names records)."""
        ident = self._by_name.get(kind, {}).get(name)
        return page_path(kind, ident) if ident else None


@dataclass(frozen=True)
class Linker:
    """Links as HTML for a page at some depth: a record's name linked to its page, or plain text without one.

    Made in Python rather than in template macros because a national site draws millions of them; with
    f-strings and `escape` rather than `Markup.format`, whose formatter is written in Python and was most
    of the cost of a record page (the same bytes: every value is escaped exactly as `format` does).
    """

    links: Links
    root: str

    def to(self, href: str | None, text: str) -> Markup:
        """A link to a page of the site (path from the site's root), or the text alone."""
        if not href:
            return escape(text)
        return Markup(f'<a href="{escape(self.root)}{escape(href)}">{escape(text)}</a>')

    def id(self, kind: str, ident: str | None, text: str) -> Markup:
        return self.to(self.links.href(kind, ident), text)

    def name(self, kind: str, name: str) -> Markup:
        return self.to(self.links.by_name(kind, name), name)

    def names(self, kind: str, names: list[str], sep: str = ", ") -> Markup:
        return Markup(sep.join([self.name(kind, n) for n in names]))


# -- home and lists ----------------------------------------------------------------------------------


def _tree(index: Index, links: Links, lang: str) -> list[dict[str, Any]]:
    roots = sorted(
        (r for r in index.regions.values() if not r.part_of or r.part_of not in index.regions),
        key=lambda r: (r.name.lower(), r.id),
    )
    seen: set[str] = set()

    def node(region: Region) -> dict[str, Any]:
        seen.add(region.id)
        children = sorted(
            (c for c in index.subregions(region.id) if c.id not in seen), key=lambda r: (r.name.lower(), r.id)
        )
        return {
            "name": region.name,
            "type": word(str(region.type), lang),
            "href": links.href("region", region.id),
            "children": [node(c) for c in children if c.id not in seen],
        }

    tree = [node(r) for r in roots]
    # regions caught in a part_of cycle have no root; show them at the top rather than lose them
    tree += [node(r) for r in sorted(index.regions.values(), key=lambda r: r.id) if r.id not in seen]
    return tree


def home_view(index: Index, links: Links, *, as_of: dt.date, lang: str) -> dict[str, Any]:
    by_status = Counter(str(i.status) for i in index.initiatives.values())
    items = action_items(index, as_of=as_of, only_open=True)
    meetings = index.meetings.values()
    return {
        "tree": _tree(index, links, lang),
        "figures": {
            "regions": len(index.regions),
            "actors": len(index.actors),
            "initiatives": len(index.initiatives),
            "initiatives_by_status": [(word(s, lang), by_status[s]) for s in STATUS_ORDER if by_status[s]],
            "meetings_held": sum(1 for m in meetings if m.status == MeetingStatus.GEHOUDEN),
            "meetings_planned": sum(1 for m in meetings if m.status == MeetingStatus.GEPLAND),
            "meetings_unknown": sum(1 for m in meetings if m.status == MeetingStatus.ONBEKEND),  # as the report
            "open_actions": len(items),
            "overdue_actions": sum(1 for i in items if i.overdue),
        },
    }


def list_view(index: Index, kind: str, lang: str) -> list[dict[str, Any]]:
    """One row per record of a kind, for the lists of actors, initiatives and meetings."""
    rows = []
    for record in index.records[kind].values():
        row: dict[str, Any] = {"name": record.label, "href": page_path(kind, record.id), "id": record.id}
        row["type"] = word(str(getattr(record, "type", "")), lang)
        row["status"] = word(str(record.status), lang) if isinstance(record, Initiative | Meeting) else None
        regions = record.regions if isinstance(record, Actor | Initiative | Meeting) else []
        row["regions"] = [{"name": index.label("region", r), "href": page_path("region", r)} for r in regions
                          if r in index.regions]  # fmt: skip
        row["date"] = str(record.date) if isinstance(record, Meeting) else None
        rows.append(row)
    if kind == "meeting":
        return sorted(rows, key=lambda r: (r["date"] or "", r["id"]), reverse=True)
    return sorted(rows, key=lambda r: (r["name"].lower(), r["id"]))


# -- a record's page ---------------------------------------------------------------------------------


def _node(value: Any, loc: tuple[str | int, ...], key: str, ctx: dict[str, Any]) -> dict[str, Any]:
    """One value of a record as a node the template draws: text, Markdown, a link, a list or fields."""
    refs: dict[str, dict[str, Any]] = ctx["refs"]
    lang: str = ctx["lang"]
    ref = refs.get(dotted(loc))
    if ref is not None:
        return {
            "t": "ref",
            "name": ref["name"] or ref["id"],
            "id": ref["id"],
            "href": ctx["links"].href(ref["kind"], ref["id"]),
        }
    if isinstance(value, dict):
        return {
            "t": "fields",
            "rows": [
                {"key": k, "label": field_label(k, lang), "value": _node(v, (*loc, k), k, ctx)}
                for k, v in value.items()
            ],
        }
    if isinstance(value, list):
        return {"t": "list", "items": [_node(v, (*loc, i), key, ctx) for i, v in enumerate(value)]}
    if isinstance(value, bool):
        return {"t": "text", "v": ctx["L"]["yes" if value else "no"]}
    if key == "themes":
        return {"t": "theme", "v": term(ctx["themes"], str(value), lang), "id": str(value)}
    if key == "relation" and isinstance(value, str):
        return {"t": "text", "v": relation_label(value, lang)}
    if key in VOCABULARY_KEYS and isinstance(value, str):
        return {"t": "text", "v": word(value, lang)}
    if key in URL_KEYS and isinstance(value, str):
        from ggznet.render.markdown import safe_url

        return {"t": "url", "v": value, "href": safe_url(value)}
    if key in MARKDOWN_KEYS and isinstance(value, str):
        return {"t": "html", "v": markdown_html(value)}
    return {"t": "text", "v": str(value)}


def node_html(node: dict[str, Any], ln: Linker) -> Markup:
    """A record's fields as HTML: a definition list per mapping, a list per list, links for references.

    Built here rather than by a recursive template macro: a national site has 23,000 record pages and
    the macro was most of their cost. Text is escaped with `escape`; only `html` nodes (markdown-it's
    output, see `richtext`) pass as they are.
    """
    return Markup(_node_html(node, ln))


def _node_html(node: dict[str, Any], ln: Linker) -> str:
    # Plain strings are put together with f-strings and str.join (never `Markup + str`, which would
    # escape the markup a second time); every value from a record goes through `escape`.
    t = node["t"]
    if t == "text":
        return escape(node["v"])
    if t == "html":
        return f'<div class="md">{escape(node["v"])}</div>'
    if t == "ref":
        return ln.to(node["href"], node["name"])
    if t == "url":
        if not node["href"]:
            return escape(node["v"])
        return f'<a href="{escape(node["href"])}" rel="noopener noreferrer">{escape(node["v"])}</a>'
    if t == "theme":
        return f'<a href="{escape(ln.root)}themes.html#theme-{escape(node["id"])}">{escape(node["v"])}</a>'
    if t == "list":
        return "<ul>" + "".join([f"<li>{_node_html(i, ln)}</li>" for i in node["items"]]) + "</ul>"
    rows = "".join([f"<dt>{escape(r['label'])}</dt><dd>{_node_html(r['value'], ln)}</dd>" for r in node["rows"]])
    return f'<dl class="fields">{rows}</dl>'


def record_page(index: Index, links: Links, record: Record, lang: str) -> dict[str, Any]:
    """Every field of a record (references as links) and what points to it."""
    view = record_view(index, record)
    ctx = {
        "refs": {r["field"]: r for r in view.references},
        "links": links,
        "lang": lang,
        "L": site_labels(lang),
        "themes": index.theme_labels,
    }
    body = {k: v for k, v in view.record.items() if k not in ("name", "title")}
    backlinks = [
        {
            "kind": site_labels(lang)[f"kind_{b['kind']}"],
            "name": b["name"],
            "href": links.href(b["kind"], b["id"]),
            "relation": relation_label(b["relation"], lang),
        }
        for b in view.backlinks
    ]
    summary = getattr(record, "summary", None)
    return {
        "kind": record.kind,
        "kind_label": site_labels(lang)[f"kind_{record.kind}"],
        "id": record.id,
        "title": record.label,
        "file": view.path,
        "summary": summary,
        "fields": _node(body, (), "", ctx),
        "backlinks": backlinks,
    }


# -- actions, themes, changes ----------------------------------------------------------------------


def actions_view(index: Index, links: Links, *, as_of: dt.date) -> list[dict[str, Any]]:
    """Open actions of every meeting, oldest due date first; `overdue` marks those past their date."""
    return [
        {
            "what": i.action.what,
            "owner": index.label("actor", i.action.owner),
            "owner_href": links.href("actor", i.action.owner),
            "due": i.action.due.isoformat() if i.action.due else None,
            "overdue": i.overdue,
            "meeting": i.meeting.title,
            "meeting_date": str(i.meeting.date),
            "meeting_href": links.href("meeting", i.meeting.id),
            "regions": [
                {"name": index.label("region", r), "href": links.href("region", r)}
                for r in i.meeting.regions
                if r in index.regions
            ],
        }
        for i in action_items(index, as_of=as_of, only_open=True)
    ]


def themes_view(index: Index, links: Links, lang: str) -> dict[str, Any]:
    """Theme × domain over all initiatives, and the initiatives of each theme."""
    initiatives = sorted(index.initiatives.values(), key=lambda i: (i.name.lower(), i.id))
    domains = [d.value for d in Domain if any(d in i.domains for i in initiatives)]
    rows = []
    for theme in sorted(index.theme_labels, key=lambda t: (term(index.theme_labels, t, lang).lower(), t)):
        members = [i for i in initiatives if theme in i.themes]
        rows.append(
            {
                "id": theme,
                "theme": term(index.theme_labels, theme, lang),
                "cells": [sum(1 for i in members if d in i.domains) for d in domains],
                "total": len(members),
                "initiatives": [
                    {
                        "name": i.name,
                        "href": page_path("initiative", i.id),
                        "domains": [word(str(d), lang) for d in i.domains],
                        "status": word(str(i.status), lang),
                    }
                    for i in members
                ],
            }
        )
    declared = set(index.theme_labels)
    without = [
        {"name": i.name, "href": page_path("initiative", i.id)} for i in initiatives if not declared & set(i.themes)
    ]
    return {"domains": [word(d, lang) for d in domains], "rows": rows, "without_theme": without}


def changes_view(
    index: Index, links: Links, changes: list[Change] | None, *, lang: str, audience: str
) -> list[dict[str, Any]] | None:
    """The change log, newest first. A public site shows no authors, no internal records and no contacts."""
    if changes is None:
        return None
    L = site_labels(lang)
    public = audience == "public"
    rows = []
    for c in reversed(changes):
        if c.change == "more":
            count = c.new if isinstance(c.new, int) and not public else None
            more = (
                L["changes_more_one" if count == 1 else "changes_more"].format(count=count)
                if count
                else L["changes_more_hidden"]
            )
            rows.append(
                {
                    "date": c.date,
                    "commit": c.commit[:10],
                    "author": None if public else _short(c.author),
                    "kind": "",
                    "name": more,
                    "href": None,
                    "change": "",
                    "field": None,
                    "old": None,
                    "new": None,
                    "more": more,  # a line of its own: the files of a large commit after the first ones
                }
            )
            continue
        record = index.get(c.kind, c.id)
        if public and (record is None or (c.field or "").startswith("contacts")):
            continue
        row = c.row()
        rows.append(
            {
                "date": row["date"],
                "commit": row["commit"],
                "author": None if public else _short(row["author"]),
                "kind": L[f"kind_{c.kind}"],
                "name": record.label if record else c.id,
                "href": links.href(c.kind, c.id),
                "change": L.get(c.change, c.change),
                "field": c.field,
                "old": _short(row["old"]),
                "new": _short(row["new"]),
                "more": None,
            }
        )
    return rows


def _short(value: Any, limit: int = 200) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""The static website of a knowledge base (`ggznet site`): every page as bytes, keyed by its path in the site."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ggznet.history import Change
from ggznet.index import Index
from ggznet.render.env import HtmlRenderer
from ggznet.render.i18n import labels
from ggznet.render.markdown import safe_url
from ggznet.render.site.richtext import markdown_html
from ggznet.render.site.search import search_script
from ggznet.render.site.views import (
    FOLDERS,
    Links,
    actions_view,
    changes_view,
    home_view,
    list_view,
    page_path,
    record_page,
    themes_view,
)
from ggznet.render.site.words import site_labels

ASSETS = ("search.js", "site.css")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SiteInput:
    """What a site is made from: the (audience-filtered) index, and what was read from git."""

    index: Index
    as_of: dt.date
    commit: str
    lang: str = "nl"
    audience: str = "internal"
    changes: list[Change] | None = None
    commits_shown: int | None = None  # set when the change log was cut to the latest commits
    pictures: bool = True


def picture_path(region_id: str) -> str:
    return f"regions/{region_id}-network.svg"


def build_site(site: SiteInput, renderer: HtmlRenderer, progress: Progress | None = None) -> dict[str, bytes]:
    """Every file of the website. Same input, same bytes."""
    from ggznet.render.report import report_view

    index, lang = site.index, site.lang
    links = Links(index)
    L = site_labels(lang)
    files: dict[str, bytes] = {}

    def page(path: str, template: str, nav: str, title: str, **view: Any) -> None:
        depth = path.count("/")
        context = {
            "root": "../" * depth,
            "L": L,
            "lang": lang,
            "audience": site.audience,
            "commit": site.commit,
            "as_of": site.as_of.isoformat(),
            "nav": nav,
            "title": title,
            "links": links,
            "markdown": markdown_html,
            "safe_url": safe_url,
            **view,
        }
        files[path] = renderer.render(template, context).encode("utf-8")

    page("index.html", "home.html.j2", "home", L["site_title"], **home_view(index, links, as_of=site.as_of, lang=lang))
    page("search.html", "search.html.j2", "search", L["search"])
    page(
        "actions.html", "actions.html.j2", "actions", L["actions"], actions=actions_view(index, links, as_of=site.as_of)
    )
    page("themes.html", "themes.html.j2", "themes", L["themes"], themes=themes_view(index, links, lang))
    page(
        "changes.html",
        "changes.html.j2",
        "changes",
        L["changes"],
        changes=changes_view(index, links, site.changes, lang=lang, audience=site.audience),
        commits_shown=site.commits_shown,
    )
    tree = home_view(index, links, as_of=site.as_of, lang=lang)["tree"]
    page("regions/index.html", "regions.html.j2", "regions", L["all_regions"], tree=tree)
    for kind in ("actor", "initiative", "meeting"):
        folder = FOLDERS[kind]
        page(
            f"{folder}/index.html",
            "list.html.j2",
            folder,
            L[f"all_{folder}"],
            kind=kind,
            rows=list_view(index, kind, lang),
        )

    total = len(index.regions) + len(index.actors) + len(index.initiatives) + len(index.meetings)
    done = 0
    for region in sorted(index.regions.values(), key=lambda r: r.id):
        overview = report_view(
            index, region.id, as_of=site.as_of, commit=site.commit, lang=lang, audience=site.audience
        )
        picture = None
        if site.pictures and overview["figures"]["initiatives"]:
            from ggznet.render.pictures import network_svg

            picture = picture_path(region.id)
            files[picture] = network_svg(index, region=region.id, lang=lang)
        record = record_page(index, links, region, lang)
        page(
            page_path("region", region.id),
            "region.html.j2",
            "regions",
            region.name,
            record=record,
            report=overview,
            RL=labels(lang),
            picture=picture.split("/", 1)[1] if picture else None,
        )
        done += 1
        if progress:
            progress(done, total)
    for kind in ("actor", "initiative", "meeting"):
        for record_id in sorted(index.records[kind]):
            record = record_page(index, links, index.records[kind][record_id], lang)
            page(page_path(kind, record_id), "record.html.j2", FOLDERS[kind], record["title"], record=record)
            done += 1
            if progress and done % 256 == 0:
                progress(done, total)
    if progress:
        progress(total, total)

    files["assets/search-index.js"] = search_script(index, lang).encode("utf-8")
    for name in ASSETS:
        files[f"assets/{name}"] = renderer.asset(name)
    return dict(sorted(files.items()))

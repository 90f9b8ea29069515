"""The static website of a knowledge base (`ggznet site`): every page as bytes, keyed by its path in the site."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ggznet import charpolicy
from ggznet.history import Change
from ggznet.index import Index
from ggznet.render.env import HtmlRenderer
from ggznet.render.i18n import labels
from ggznet.render.markdown import safe_url
from ggznet.render.report import invalid_banner
from ggznet.render.site.richtext import markdown_html
from ggznet.render.site.search import search_script
from ggznet.render.site.views import (
    FOLDERS,
    Linker,
    Links,
    actions_view,
    changes_view,
    home_view,
    list_view,
    node_html,
    page_path,
    record_page,
    themes_view,
)
from ggznet.render.site.words import site_labels

ASSETS = ("search.js", "site.css")
RECORDS_PER_JOB = 400
Progress = Callable[[int, int], None]
Job = tuple[str, tuple[str, ...]]  # ("region", (id,)) or (kind, (id, id, …)): pages one worker makes


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
    errors: int = 0  # errors the knowledge base has: every page then carries a warning banner


def picture_path(region_id: str) -> str:
    return f"regions/{region_id}-network.svg"


class SiteBuilder:
    """Makes the pages of one site; `job` makes a share of them, so that shares can run side by side."""

    def __init__(self, site: SiteInput, renderer: HtmlRenderer) -> None:
        self.site = site
        self.renderer = renderer
        site.index.prepare_backlinks()  # once for all pages (and before the workers fork), not per page
        self.links = Links(site.index)
        self.linkers: dict[str, Linker] = {}
        self.L = site_labels(site.lang)
        self.banner = invalid_banner(site.errors, site.lang)
        self.report_parts: dict[tuple[str, str], Any] = {}  # records' entries, shared by the region pages

    def page(self, path: str, template: str, nav: str, title: str, **view: Any) -> tuple[str, bytes]:
        root = "../" * path.count("/")
        ln = self.linkers.setdefault(root, Linker(self.links, root))
        context = {
            "root": root,
            "ln": ln,
            "fields_html": lambda node: node_html(node, ln),
            "markdown": markdown_html,
            "safe_url": safe_url,
            "L": self.L,
            "lang": self.site.lang,
            "audience": self.site.audience,
            "commit": self.site.commit,
            "as_of": self.site.as_of.isoformat(),
            "nav": nav,
            "title": title,
            "banner": self.banner,
            "banner_hint": labels(self.site.lang)["invalid_hint"],
            **view,
        }
        return path, charpolicy.shown_in(self.renderer.render(template, context)).encode("utf-8")

    def overview_page(self, name: str) -> dict[str, bytes]:
        """One of the pages across the knowledge base (home, lists, actions, themes, changes, search)."""
        site, index, lang, L, links = self.site, self.site.index, self.site.lang, self.L, self.links
        if name == "home":
            home = home_view(index, links, as_of=site.as_of, lang=lang)
            return dict([
                self.page("index.html", "home.html.j2", "home", L["site_title"], **home),
                self.page("regions/index.html", "regions.html.j2", "regions", L["all_regions"], tree=home["tree"]),
            ])  # fmt: skip
        if name == "search":
            return {
                **dict([self.page("search.html", "search.html.j2", "search", L["search"])]),
                "assets/search-index.js": search_script(index, lang).encode("utf-8"),
                **{f"assets/{asset}": self.renderer.asset(asset) for asset in ASSETS},
            }
        if name == "actions":
            actions = actions_view(index, links, as_of=site.as_of)
            return dict([self.page("actions.html", "actions.html.j2", "actions", L["actions"], actions=actions)])
        if name == "themes":
            themes = themes_view(index, links, lang)
            return dict([self.page("themes.html", "themes.html.j2", "themes", L["themes"], themes=themes)])
        if name == "changes":
            changes = changes_view(index, links, site.changes, lang=lang, audience=site.audience)
            return dict([self.page("changes.html", "changes.html.j2", "changes", L["changes"], changes=changes,
                                   commits_shown=site.commits_shown)])  # fmt: skip
        kind = name.removeprefix("list-")
        folder = FOLDERS[kind]
        rows = list_view(index, kind, lang)
        return dict(
            [self.page(f"{folder}/index.html", "list.html.j2", folder, L[f"all_{folder}"], kind=kind, rows=rows)]
        )

    def jobs(self) -> list[Job]:
        """The region pages (largest first: they take longest) and the record pages in batches."""
        index = self.site.index
        regions = sorted(index.regions, key=lambda r: (-len(index.region_and_below(r)), r))
        jobs: list[Job] = [("region", (r,)) for r in regions]
        overview = ("home", "search", "actions", "themes", "changes", "list-actor", "list-initiative", "list-meeting")
        jobs.extend(("overview", (name,)) for name in overview)
        for kind in ("actor", "initiative", "meeting"):
            ids = sorted(index.records[kind])
            jobs.extend((kind, tuple(ids[i : i + RECORDS_PER_JOB])) for i in range(0, len(ids), RECORDS_PER_JOB))
        return jobs

    def job(self, job: Job) -> dict[str, bytes]:
        kind, ids = job
        if kind == "region":
            return self.region_page(ids[0])
        if kind == "overview":
            return self.overview_page(ids[0])
        records = self.site.index.records[kind]
        files: dict[str, bytes] = {}
        for record_id in ids:
            record = record_page(self.site.index, self.links, records[record_id], self.site.lang)
            path, html = self.page(page_path(kind, record_id), "record.html.j2", FOLDERS[kind], record["title"],
                                   record=record)  # fmt: skip
            files[path] = html
        return files

    def region_page(self, region_id: str) -> dict[str, bytes]:
        """The regional overview (the report's view) with the network picture, and the region's fields."""
        from ggznet.render.report import report_view

        site, index = self.site, self.site.index
        region = index.regions[region_id]
        overview = report_view(
            index,
            region.id,
            as_of=site.as_of,
            commit=site.commit,
            lang=site.lang,
            audience=site.audience,
            errors=site.errors,
            parts=self.report_parts,
        )
        files: dict[str, bytes] = {}
        picture = None
        if site.pictures and overview["figures"]["initiatives"]:
            from ggznet.render.pictures import network_svg

            files[picture_path(region.id)] = network_svg(index, region=region.id, lang=site.lang)
            picture = picture_path(region.id).split("/", 1)[1]
        record = record_page(index, self.links, region, site.lang)
        path, html = self.page(page_path("region", region.id), "region.html.j2", "regions", region.name,
                               record=record, report=overview, RL=labels(site.lang), picture=picture)  # fmt: skip
        files[path] = html
        return files


def build_site(
    site: SiteInput, renderer: HtmlRenderer, progress: Progress | None = None, *, workers: int = 1
) -> dict[str, bytes]:
    """Every file of the website, the pages shared over `workers` processes. Same input, same bytes."""
    from ggznet.render.site.workers import run_jobs

    builder = SiteBuilder(site, renderer)
    files: dict[str, bytes] = {}
    jobs = builder.jobs()
    with _settled_heap():
        for done, made in enumerate(run_jobs(builder.job, jobs, workers), 1):
            files.update(made)
            if progress:
                progress(done, len(jobs))
    return dict(sorted(files.items()))


@contextlib.contextmanager
def _settled_heap() -> Iterator[None]:
    """The loaded knowledge base out of the garbage collector's sight while the pages are made.

    Making pages allocates millions of short-lived objects; each collection used to walk the whole
    index as well (a sixth of the build's processor time at national scale). Frozen before the
    workers fork, the index is also not written to by their collectors, so its memory stays shared.
    """
    threshold = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 20_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()

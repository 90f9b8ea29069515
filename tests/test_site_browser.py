"""`ggznet site` in a real browser: Chromium (Debian's package) driven by Playwright, checked with axe-core.

The site of the shipped knowledge base is built once. Every page is opened from file://; the tests fail on
console errors, failed requests, requests that leave the site, links that do not resolve, axe violations,
and a search that misses accents. A screenshot of the Twente page is saved in $GGZNET_ARTEFACTS (or the
test's temporary folder). Without Chromium or Playwright the tests are skipped and say why.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from typer.testing import CliRunner

from conftest import SHIPPED, TODAY
from ggznet.cli import app

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_PAGES = ["index.html", "regions/twente.html", "initiatives/samenwerkingstafel-twente.html", "search.html?q=ggz"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("GGZNET_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]'); browser tests skipped")
    executable = _chromium()
    if executable is None:
        pytest.skip(
            "no Chromium found (looked at $GGZNET_CHROMIUM, /usr/bin/chromium and PATH); install Debian's "
            "`chromium` package (apt-get install chromium) to run the browser tests"
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "public"
    result = CliRunner().invoke(app, ["site", "--kb", str(SHIPPED), "-o", str(out), "--as-of", TODAY])
    assert result.exit_code == 0, result.output
    return out


class Watched:
    """A page with everything that went wrong while it loaded: console errors, page errors, failed requests."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type in (
            "error", "warning") else None)  # fmt: skip
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url} {r.failure}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, url: str) -> Any:
        response = self.page.goto(url, wait_until="load")
        assert response is None or response.ok, f"{url}: {response.status if response else ''}"
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.close()


@pytest.mark.slow
def test_every_page_loads_cleanly_and_every_internal_link_resolves(site: Path, watched: Watched) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 50
    ids: dict[Path, set[str]] = {}
    links: list[tuple[Path, str]] = []
    for path in pages:
        page = watched.open(path.as_uri())
        assert page.locator("h1").count() == 1, f"{path}: one h1 per page"
        assert page.locator("main#main").count() == 1
        ids[path] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        links.extend((path, href) for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"))
    assert not watched.problems, "\n".join(watched.problems)
    outside = [u for u in watched.requests if not u.startswith("file://")]
    assert not outside, f"requests that leave the site: {outside}"
    checked = 0
    for source, href in links:
        parts = urlsplit(href)
        if parts.scheme != "file":
            assert parts.scheme in ("http", "https", "mailto"), f"{source}: {href}"
            continue
        target = Path(unquote(parts.path))
        assert target.is_file(), f"{source}: link {href} does not resolve"
        assert target.is_relative_to(site), f"{source}: link {href} leaves the site"
        if parts.fragment:
            assert parts.fragment in ids[target], f"{source}: {href}: no element with that id"
        checked += 1
    assert checked > 500


def test_search_finds_accented_words_typed_without_accents(site: Path, watched: Watched) -> None:
    page = watched.open((site / "search.html").as_uri())
    page.fill("#q", "clienten")
    page.press("#q", "Enter")
    page.wait_for_selector("#search-results li")
    results = page.eval_on_selector_all("#search-results li a", "els => els.map(a => a.href)")
    assert results
    assert "resultaten voor ‘clienten’" in page.inner_text("#search-status")
    for href in results:  # every hit really holds "cliënten" (or another form of the word) on its page
        text = Path(unquote(urlsplit(href).path)).read_text(encoding="utf-8").lower()
        assert "cliënt" in text or "client" in text, href
    page = watched.open((site / "search.html").as_uri() + "?q=CLIËNTEN%20mijnstreek")
    assert page.locator("#search-results li").count() >= 1  # several words, upper case, accents: all found
    page = watched.open((site / "search.html").as_uri() + "?q=xyzzyniets")
    assert "Niets gevonden" in page.inner_text("#search-status")
    assert not watched.problems, "\n".join(watched.problems)


def test_search_from_the_header_of_any_page(site: Path, watched: Watched) -> None:
    page = watched.open((site / "regions/twente.html").as_uri())
    page.fill("#q-top", "wachttijden")
    page.press("#q-top", "Enter")
    page.wait_for_selector("#search-results li")
    assert page.url.split("/")[-1] == "search.html?q=wachttijden"
    assert not watched.problems, "\n".join(watched.problems)


def test_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content(site: Path, watched: Watched) -> None:
    page = watched.open((site / "regions/twente.html").as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("document.activeElement.getBoundingClientRect().left") >= 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("rel", AXE_PAGES)
def test_axe_finds_no_accessibility_violations(site: Path, watched: Watched, rel: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = watched.open((site / rel.split("?")[0]).as_uri() + ("?" + rel.split("?")[1] if "?" in rel else ""))
    if "search" in rel:
        page.wait_for_selector("#search-results li")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})  # fmt: skip
    violations = results.response["violations"]
    assert not violations, results.generate_report()


def test_screenshot_of_the_twente_page(site: Path, watched: Watched, tmp_path: Path) -> None:
    """Saved as an artefact for people to look at; not compared pixel by pixel."""
    folder = Path(os.environ.get("GGZNET_ARTEFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page = watched.open((site / "regions/twente.html").as_uri())
    assert page.evaluate("document.querySelector('figure.picture img').naturalWidth") > 100  # the network picture
    shot = folder / "site-twente.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    print(f"screenshot: {shot}")


def test_the_site_works_from_a_static_web_server_too(site: Path, watched: Watched) -> None:
    """Served over HTTP on the loopback address, as a static host would: same pages, no failed requests."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        page = watched.open(base + "index.html")
        page.click("nav[aria-label] >> text=Regio's")
        page.wait_for_load_state("load")
        page.click("main >> text=Twente")
        page.wait_for_load_state("load")
        assert page.url == base + "regions/twente.html"
        page = watched.open(base + "search.html?q=clienten")
        page.wait_for_selector("#search-results li")
        outside = [u for u in watched.requests if not u.startswith(base)]
        assert not outside, outside
        assert not watched.problems, "\n".join(watched.problems)
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

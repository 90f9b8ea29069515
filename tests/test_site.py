"""`ggznet site`: the static website, read back with an HTML parser (the browser tests are in test_site_browser.py)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import TODAY, Run


class Page(HTMLParser):
    """What a link check and a safety check need from a page: links, sources, ids, scripts, the lang."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.sources: list[tuple[str, str]] = []  # (tag, url) of everything the browser would load
        self.ids: set[str] = set()
        self.lang: str | None = None
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and "src" in a:
            self.sources.append((tag, a["src"]))
        if tag == "link" and "href" in a and not (a.get("rel") == "icon" and a["href"] == "data:,"):
            self.sources.append((tag, a["href"]))  # (an empty icon only keeps browsers from asking for one)
        if tag == "script":
            self._in_script = True
            if "src" not in a:
                self.inline_scripts += 1
        self.handlers.extend(k for k in a if k.startswith("on"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if not self._in_script:
            self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def site_files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture
def build(cli: Callable[..., Run], tmp_path: Path) -> Callable[..., Path]:
    def run(kb: Path, *options: str, out: Path | None = None) -> Path:
        out = out or tmp_path / "public"
        result = cli("site", "--kb", str(kb), "-o", str(out), "--as-of", TODAY, *options)
        assert result.exit_code == 0, result.stderr
        assert "site geschreven naar" in result.stderr or "site written to" in result.stderr
        return out

    return run


def test_site_has_a_page_per_record_and_the_overview_pages(make_kb: Callable[..., Path], build) -> None:
    out = build(make_kb())
    for rel in [
        "index.html", "search.html", "actions.html", "themes.html", "changes.html", "regions/index.html",
        "actors/index.html", "initiatives/index.html", "meetings/index.html", "regions/regio-a.html",
        "regions/stad-a.html", "actors/verzekeraar.html", "initiatives/tafel-a.html",
        "meetings/2023-03-24-tafel-a.html", "assets/site.css", "assets/search.js", "assets/search-index.js",
        "regions/regio-a-network.svg",
    ]:  # fmt: skip
        assert (out / rel).is_file(), rel
    region = (out / "regions/regio-a.html").read_text(encoding="utf-8")
    assert '<img src="regio-a-network.svg" alt="Netwerkplaat van Regio A' in region
    for heading in ("Kerncijfers", "Netwerk", "Initiatieven", "Dekking", "Open acties", "Borging en risico"):
        assert f">{heading}" in region
    # an actor page: every field, references as links, and what points to it
    actor = parse(out / "actors/verzekeraar.html")
    assert "../regions/regio-a.html" in actor.links  # regions: [regio-a]
    assert "../initiatives/tafel-a.html" in actor.links  # backlink: initiatiefnemer of tafel-a
    assert "../meetings/2023-03-24-tafel-a.html" in actor.links  # backlink: organiser, action owner
    text = " ".join(" ".join(actor.text).split())
    assert "Wat naar deze pagina verwijst" in text and "organisatie" in text


def test_every_internal_link_and_source_resolves_and_nothing_is_loaded_from_elsewhere(
    make_kb: Callable[..., Path], build
) -> None:
    out = build(make_kb())
    pages = {p: parse(p) for p in out.rglob("*.html")}
    for path, page in pages.items():
        assert page.lang == "nl", path
        assert page.inline_scripts == 0 and not page.handlers, path  # scripts only from files (CSP allows no more)
        for tag, url in page.sources:
            assert not urlsplit(url).scheme and not url.startswith("//"), f"{path}: <{tag}> loads {url}"
            assert (path.parent / url).resolve().is_file(), f"{path}: <{tag}> {url} is missing"
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            assert not parts.scheme and not href.startswith("//"), f"{path}: odd link {href}"
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            assert target.is_file(), f"{path}: link to {href} does not resolve"
            assert target.suffix == ".html", f"{path}: {href} does not name a page (file:// needs index.html)"
            if parts.fragment:
                assert parts.fragment in pages[target].ids, f"{path}: {href}: no #{parts.fragment} there"


def test_same_data_gives_the_same_bytes(make_kb: Callable[..., Path], build, tmp_path: Path) -> None:
    kb = make_kb()
    first = site_files(build(kb, out=tmp_path / "one"))
    second = site_files(build(kb, out=tmp_path / "two"))
    assert first == second
    assert len(first) > 20


def test_record_text_cannot_inject_html_scripts_or_outside_requests(make_kb: Callable[..., Path], build) -> None:
    hostile = (
        "id: tafel-a\nname: 'Tafel <script>alert(1)</script>'\ntype: tafel\nstatus: lopend\nregions: [regio-a]\n"
        "summary: '<img src=x onerror=alert(2)>'\n"
        "description: |\n  *Nadruk* en <b>vet</b> en [klik](javascript:alert(3)) en ![plaatje](https://elders.example/p.png)\n"
        "  en [bron](https://www.example.nl/a?b=1&c=2)\n\n  # Geen kop\n"
        "themes: [wachttijden]\nactors:\n  - {actor: ggz-a, role: trekker}\n"
        "sources:\n  - {title: 'Bron\"><script>x</script>', url: 'https://bron.example/x'}\n"
    )
    out = build(make_kb({"data/initiatives/tafel-a.yaml": hostile}))
    for path in out.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        page = parse(path)
        assert "<script>alert" not in html and "<script>x" not in html, path
        assert not [h for h in page.links if urlsplit(h).scheme not in ("", "http", "https", "mailto")], path
        assert "<img src=x" not in html and "<b>vet" not in html, path
        assert all(not urlsplit(u).scheme for _tag, u in page.sources), path
    html = (out / "initiatives/tafel-a.html").read_text(encoding="utf-8")
    assert "<em>Nadruk</em>" in html  # Markdown is rendered …
    assert "&lt;b&gt;vet&lt;/b&gt;" in html  # … raw HTML is shown as text
    assert '<a href="https://www.example.nl/a?b=1&amp;c=2">bron</a>' in html
    assert "<h1>" not in html.split("</h1>", 1)[1]  # a description cannot add headings
    assert "Tafel &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_refused_character_shows_as_an_escape_on_every_page(make_kb: Callable[..., Path], build) -> None:
    """A record `validate` refuses (a bidi override, a tag character) still reaches a site made anyway: the
    characters are shown as escapes on every page and in the search index, never left to reorder or hide text."""
    record = (
        'id: tafel-a\nname: "Tafel \\u202E aidem"\ntype: tafel\nstatus: lopend\nregions: [regio-a]\n'
        'summary: "Verborgen\\U000E0041 tekst"\ndescription: "Alinea\\u2066 met *nadruk*"\n'
        "themes: [wachttijden]\nactors:\n  - {actor: ggz-a, role: trekker}\nsources:\n  - {title: T}\n"
    )
    out = build(make_kb({"data/initiatives/tafel-a.yaml": record}), "--allow-invalid")
    for path in out.rglob("*"):
        if path.suffix in (".html", ".js"):
            text = path.read_text(encoding="utf-8")
            assert not {"\u202e", "\U000e0041", "\u2066"} & set(text), path
    html = (out / "initiatives/tafel-a.html").read_text(encoding="utf-8")
    assert "Tafel \\u202e aidem" in html and "Verborgen\\U000e0041 tekst" in html and "Alinea\\u2066 met" in html
    script = (out / "assets/search-index.js").read_text(encoding="utf-8")
    documents = json.loads(script.removeprefix("window.GGZNET_SEARCH = ").removesuffix(";\n"))
    titles = [document[1] for document in documents]
    assert "Tafel \\u202e aidem" in titles  # the escape as text, not the character


def test_public_site_leaves_out_contacts_internal_records_and_authors(
    make_kb: Callable[..., Path], build, tmp_path: Path
) -> None:
    kb = make_kb(
        {
            "data/initiatives/geheim.yaml": "id: geheim\nname: Geheim overleg\ntype: tafel\nstatus: idee\n"
            "regions: [regio-a]\ninternal: true\nsources:\n  - {title: T}\n"
        }
    )
    _git(kb, "init", "-q")
    _git(kb, "add", "-A")
    _git(kb, "-c", "user.name=Piet Auteur", "-c", "user.email=p@example.nl", "commit", "-qm", "Eerste versie")
    internal = build(kb, out=tmp_path / "internal")
    public = build(kb, "--audience", "public", out=tmp_path / "public")
    everything = b"".join(site_files(internal).values()).decode("utf-8", "replace")
    assert "Anna Adviseur" in everything and "Geheim overleg" in everything and "Piet Auteur" in everything
    published = b"".join(site_files(public).values()).decode("utf-8", "replace")
    for secret in ("Anna Adviseur", "anna@verzekeraar.example", "Geheim overleg", "geheim.html", "Piet Auteur"):
        assert secret not in published
    assert not (public / "initiatives/geheim.html").exists()
    assert "Publieke versie" in (public / "index.html").read_text(encoding="utf-8")


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def test_change_log_from_git(make_kb: Callable[..., Path], build) -> None:
    kb = make_kb()
    _git(kb, "init", "-q")
    _git(kb, "add", "-A")
    _git(kb, "-c", "user.name=A", "-c", "user.email=a@example.nl", "commit", "-qm", "Eerste versie")
    path = kb / "data/initiatives/netwerk-a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("status: idee", "status: pilot"), encoding="utf-8")
    _git(kb, "-c", "user.name=A", "-c", "user.email=a@example.nl", "commit", "-qam", "Netwerk A is een pilot")
    text = " ".join(" ".join(parse(build(kb) / "changes.html").text).split())
    assert "Lerend netwerk A gewijzigd status idee pilot" in text
    assert "toegevoegd" in text


def test_a_large_commit_is_one_line_in_the_change_log(make_kb: Callable[..., Path], build, monkeypatch) -> None:
    """An import of thousands of records is counted, not listed (nor read from git) file by file."""
    from ggznet import api

    monkeypatch.setattr(api, "MAX_CHANGELOG_FILES", 3)
    kb = make_kb()
    records = len(list((kb / "data").glob("*/*.yaml")))
    assert records > 3
    _git(kb, "init", "-q")
    _git(kb, "add", "-A")
    _git(kb, "-c", "user.name=A", "-c", "user.email=a@example.nl", "commit", "-qm", "Eerste versie")
    text = " ".join(" ".join(parse(build(kb) / "changes.html").text).split())
    assert text.count("toegevoegd") == 3
    more = f"En {records - 3} andere bestanden in deze commit (niet afzonderlijk getoond)."
    assert more in text
    assert text.rindex("toegevoegd") < text.index(more)  # after the files it follows
    public = build(kb, "--audience", "public", out=kb.parent / "public")
    text = " ".join(" ".join(parse(public / "changes.html").text).split())
    assert "Meer wijzigingen in deze commit worden niet afzonderlijk getoond." in text
    assert "andere bestanden" not in text  # the count may include internal records


@pytest.mark.parametrize(
    ("lang", "more"),
    [
        ("nl", "En 1 ander bestand in deze commit (niet afzonderlijk getoond)."),
        ("en", "And 1 more file in this commit (not listed one by one)."),
    ],
)
def test_one_file_over_the_change_log_cap_is_in_the_singular(
    make_kb: Callable[..., Path], build, monkeypatch, lang: str, more: str
) -> None:
    from ggznet import api

    kb = make_kb()
    monkeypatch.setattr(api, "MAX_CHANGELOG_FILES", len(list((kb / "data").glob("*/*.yaml"))) - 1)
    _git(kb, "init", "-q")
    _git(kb, "add", "-A")
    _git(kb, "-c", "user.name=A", "-c", "user.email=a@example.nl", "commit", "-qm", "Eerste versie")
    text = " ".join(" ".join(parse(build(kb, "--lang", lang) / "changes.html").text).split())
    assert more in text


@pytest.mark.parametrize(("lang", "said"), [("nl", ": 1 bestand geschreven, "), ("en", ": 1 file written, ")])
def test_rebuilding_one_page_counts_one_file(
    make_kb: Callable[..., Path], cli: Callable[..., Run], tmp_path: Path, lang: str, said: str
) -> None:
    kb, out = make_kb(), tmp_path / "site"
    assert cli("site", "--kb", str(kb), "-o", str(out), "--as-of", TODAY, "--lang", lang).exit_code == 0
    (out / "initiatives/triage-b.html").unlink()
    run = cli("site", "--kb", str(kb), "-o", str(out), "--as-of", TODAY, "--lang", lang)
    assert run.exit_code == 0 and said in run.stderr, run.stderr


def test_without_git_the_change_log_says_so(make_kb: Callable[..., Path], build) -> None:
    out = build(make_kb())
    assert "Geen git-geschiedenis beschikbaar." in (out / "changes.html").read_text(encoding="utf-8")


def test_english_site(make_kb: Callable[..., Path], build) -> None:
    out = build(make_kb(), "--lang", "en")
    page = parse(out / "regions/regio-a.html")
    assert page.lang == "en"
    text = " ".join(page.text)
    assert "Key figures" in text and "What points to this page" in text and "Kerncijfers" not in text


def test_home_figures_count_every_meeting(make_kb: Callable[..., Path], build) -> None:
    # a meeting whose outcome no source states is neither held nor planned: the home page counted it nowhere,
    # so held + planned fell short of the meetings in the knowledge base (6,250 + 0 of 10,000 at scale)
    unknown = (
        "id: 2022-10-tafel-a\ntitle: Tafel A in oktober\ndate: 2022-10\ntype: samenwerkingstafel\n"
        "status: onbekend\nregions: [regio-a]\nforum: tafel-a\n"
        "sources:\n  - {title: Testbron, publisher: Testuitgever, published: 2023-01-01}\n"
    )
    root = make_kb({"data/meetings/2022-10-tafel-a.yaml": unknown})
    for lang, held, planned, rest in (
        ("nl", "gehouden", "gepland", "afloop niet vermeld"),
        ("en", "held", "planned", "outcome not stated"),
    ):
        out = build(root, "--lang", lang, out=root.parent / f"site-{lang}")
        text = " ".join(" ".join(parse(out / "index.html").text).split())
        for word, count in ((held, 1), (planned, 1), (rest, 1)):
            assert re.search(rf"{word} {count}\b", text), (word, text)


def test_search_index_is_folded_like_ggznet_search(make_kb: Callable[..., Path], build) -> None:
    out = build(make_kb())
    script = (out / "assets/search-index.js").read_text(encoding="utf-8")
    prefix = "window.GGZNET_SEARCH = "
    assert script.startswith(prefix)
    documents = json.loads(script[len(prefix) :].rstrip().rstrip(";"))
    triage = next(d for d in documents if d[0] == "initiatives/triage-b.html")
    assert triage[1] == "Triage B"
    assert any("clienten" in text for _weight, text in triage[4])  # "cliënten" in its summary, folded
    assert [d[0] for d in documents] == sorted(d[0] for d in documents)


def test_actions_and_themes_pages(make_kb: Callable[..., Path], build) -> None:
    out = build(make_kb())
    actions = " ".join(" ".join(parse(out / "actions.html").text).split())
    assert "Voorzet regiovisie (verlopen)" in actions and "Uitnodiging versturen" not in actions  # done is not open
    themes = parse(out / "themes.html")
    assert {"theme-wachttijden", "theme-triage"} <= themes.ids
    assert "initiatives/triage-b.html" in themes.links


def test_rebuilding_updates_the_site_and_removes_pages_of_records_that_are_gone(
    make_kb: Callable[..., Path], build
) -> None:
    kb = make_kb()
    out = build(kb)
    assert (out / "initiatives/triage-b.html").exists()
    (kb / "data/initiatives/triage-b.yaml").unlink()
    build(kb, out=out)
    assert not (out / "initiatives/triage-b.html").exists()
    assert "triage-b" not in (out / "initiatives/index.html").read_text(encoding="utf-8")


def test_refuses_a_folder_it_did_not_write(make_kb: Callable[..., Path], cli, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    result = cli("site", "--kb", str(make_kb()), "-o", str(out))
    assert result.exit_code == 2
    assert "bevat geen site die ggznet maakte" in result.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_a_tampered_file_list_cannot_remove_files_outside_the_site(
    make_kb: Callable[..., Path], build, tmp_path: Path
) -> None:
    out = build(make_kb())
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    manifest = out / ".ggznet-site"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "../victim.txt\n/etc/hostname\n", encoding="utf-8")
    build(make_kb(), out=out)
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_a_broken_site_template_is_a_clear_error(make_kb: Callable[..., Path], cli, tmp_path: Path) -> None:
    mine = tmp_path / "templates" / "site"
    mine.mkdir(parents=True)
    (mine / "home.html.j2").write_text("{% extends 'base.html.j2' %}{% block main %}{{ oops( }}{% endblock %}")
    result = cli("site", "--kb", str(make_kb()), "-o", str(tmp_path / "out"), "--templates", str(mine.parent))
    assert result.exit_code == 1
    assert re.search(r"home\.html\.j2:1: syntaxfout in het sjabloon", result.stderr)
    assert "Traceback" not in result.stderr
    english = cli(
        "--lang", "en", "site", "--kb", str(make_kb()), "-o", str(tmp_path / "out"), "--templates", str(mine.parent)
    )
    assert re.search(r"home\.html\.j2:1: template syntax error", english.stderr)


def test_unknown_language_is_a_usage_error(make_kb: Callable[..., Path], cli, tmp_path: Path) -> None:
    result = cli("site", "--kb", str(make_kb()), "-o", str(tmp_path / "out"), "--lang", "de")
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_pages_made_side_by_side_are_the_same_bytes(tmp_path: Path) -> None:
    """A larger knowledge base (the benchmark generator's, small scale), made by one process and by two."""
    import datetime as dt
    import sys

    from ggznet.api import KnowledgeBase, RenderOptions, site

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate import generate

    generate(tmp_path / "kb", regions=6, actors=40, initiatives=120, meetings=120)
    kb = KnowledgeBase.open(tmp_path / "kb", use_cache=False)
    options = RenderOptions(as_of=dt.date.fromisoformat(TODAY), commit="test")
    site(kb, tmp_path / "one", options, workers=1)
    site(kb, tmp_path / "two", options, workers=2)
    one, two = site_files(tmp_path / "one"), site_files(tmp_path / "two")
    assert len(one) > 250
    assert one == two


def test_the_example_publishing_workflow_is_least_privilege_and_passes_values_through_env() -> None:
    import yaml

    path = Path(__file__).resolve().parent.parent / "docs" / "voorbeelden" / "site-github-pages.yml"
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["main"]  # `on:` reads as True in YAML 1.1
    assert workflow["permissions"] == {}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    steps = build["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False
    runs = [s["run"] for s in steps if "run" in s]
    assert any("ggznet site -o public --audience public" in r for r in runs)
    assert not any("${{" in r for r in runs), "values reach run: scripts through env: only"
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") for s in steps)
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_a_knowledge_base_with_errors_gives_a_site_with_a_warning_and_exit_1(
    make_kb: Callable[..., Path], cli, tmp_path: Path
) -> None:
    kb = make_kb({"data/initiatives/kapot.yaml": "id: kapot\nname: Kapot\ntype: tafel\nstatus: lopend\n"
                  "regions: [nergens]\nsources:\n  - {title: T}\n"})  # fmt: skip
    result = cli("site", "--kb", str(kb), "-o", str(tmp_path / "out"), "--as-of", TODAY)
    assert result.exit_code == 1
    assert "de kennisbank heeft 1 fout" in result.stderr
    for page in ("index.html", "regions/regio-a.html", "initiatives/tafel-a.html"):
        text = (tmp_path / "out" / page).read_text(encoding="utf-8")
        assert "Let op: de kennisbank heeft 1 fout; deze rapportage is onvolledig." in text, page
    again = cli("site", "--kb", str(kb), "-o", str(tmp_path / "out"), "--as-of", TODAY, "--allow-invalid")
    assert again.exit_code == 0


def test_every_record_field_has_a_label_in_both_languages() -> None:
    """A field added to the schema must get a Dutch and an English name on the site."""
    from pydantic import BaseModel

    from ggznet.render.site.words import FIELD_LABELS
    from ggznet.schema import RECORD_TYPES

    fields: set[str] = set()

    def walk(model: type[BaseModel]) -> None:
        for name, info in model.model_fields.items():
            fields.add(name)
            stack = [info.annotation]
            while stack:
                t = stack.pop()
                stack.extend(getattr(t, "__args__", ()))
                if isinstance(t, type) and issubclass(t, BaseModel) and t is not model:
                    walk(t)

    for model in RECORD_TYPES.values():
        walk(model)
    assert fields - set(FIELD_LABELS["nl"]) == set()
    assert fields - set(FIELD_LABELS["en"]) == set()


def test_a_worker_that_dies_is_a_clear_error_not_an_internal_one() -> None:
    """A page worker killed by the system (e.g. out of memory) ends the build with advice, before anything is
    written; it is not a traceback."""
    import multiprocessing
    import os

    from ggznet.errors import GgznetError
    from ggznet.render.site.workers import WORKER_HINT, WORKER_STOPPED, run_jobs

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this system: the jobs run in one process, no worker can die")

    def dies(job: int) -> dict[str, bytes]:
        os._exit(9)

    with pytest.raises(GgznetError) as caught:
        list(run_jobs(dies, [1, 2, 3], workers=2))
    assert caught.value.message == WORKER_STOPPED
    assert caught.value.hint == WORKER_HINT

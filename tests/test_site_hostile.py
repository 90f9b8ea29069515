"""`ggznet site` against hostile input: git history, the output folder, the search index (see docs/security.md)."""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import TODAY, Run, git
from test_site import site_files

SECRET_ACTOR = (
    "id: geheim-actor\nname: Geheime Partij\ntype: ros\nregions: [regio-a]\ninternal: true\nsources:\n  - {title: T}\n"
)
SECRET_REGION = (
    "id: geheime-wijk\nname: Geheime Wijk\ntype: wijk\npart_of: regio-a\ninternal: true\nsources:\n  - {title: T}\n"
)
ACTION = "    - {id: geheime-klus, what: Klus voor de stille partner, owner: geheim-actor, status: open}\n"


def _text(path: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def _edit(kb: Path, rel: str, old: str, new: str) -> None:
    path = kb / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def build(cli: Callable[..., Run], tmp_path: Path) -> Callable[..., Path]:
    def run(kb: Path, *options: str, out: Path | None = None) -> Path:
        out = out or tmp_path / "public"
        result = cli("site", "--kb", str(kb), "-o", str(out), "--as-of", TODAY, *options)
        assert result.exit_code == 0, result.stderr
        return out

    return run


@pytest.fixture
def history_kb(make_kb: Callable[..., Path]) -> Path:
    """A knowledge base whose git history holds what its current files no longer (or never publicly) hold."""
    kb = make_kb(
        {
            "data/actors/geheim-actor.yaml": SECRET_ACTOR,
            "data/regions/geheime-wijk.yaml": SECRET_REGION,
            "data/regions/oude-wijk.yaml": SECRET_REGION.replace("geheime-wijk", "oude-wijk").replace(
                "Geheime", "Oude"
            ),
        }
    )
    git(kb, "init", "-q")
    git(kb, "add", "-A")
    git(kb, "commit", "-qm", "Eerste versie", date="2026-01-05")
    initiative, network, meeting = (
        "data/initiatives/tafel-a.yaml",
        "data/initiatives/netwerk-a.yaml",
        "data/meetings/2023-03-24-tafel-a.yaml",
    )
    _edit(
        kb, initiative, "role: procesbegeleider}\n", "role: procesbegeleider}\n  - {actor: geheim-actor, role: lid}\n"
    )
    _edit(
        kb,
        initiative,
        "summary: Partijen werken",
        "summary: Bel Jan op 06-12345678 of jan@prive.example; Partijen werken",
    )
    _edit(kb, initiative, "barriers: [Weinig tijd", "barriers: [BSN 111.222.333 in een verslag, Weinig tijd")
    _edit(kb, initiative, "lessons: [Ken elkaar eerst]", "lessons: [Ken elkaar eerst, Vraag de Geheime Partij]")
    _edit(kb, network, "regions: [stad-a]", "regions: [stad-a, geheime-wijk]")
    _edit(kb, "data/initiatives/triage-b.yaml", "regions: [regio-b]", "regions: [regio-b, oude-wijk]")
    _edit(kb, network, "status: idee", "status: pilot")
    _edit(kb, meeting, "  actions:\n", "  actions:\n" + ACTION)
    author = "--author=Evil <img src=x onerror=alert(1)> <e@x.example>"
    git(kb, "commit", "-qam", "<script>alert(1)</script>", author, date="2026-02-05")
    for rel, old, new in [
        (initiative, "  - {actor: geheim-actor, role: lid}\n", ""),
        (initiative, "Bel Jan op 06-12345678 of jan@prive.example; ", ""),
        (initiative, "BSN 111.222.333 in een verslag, ", ""),
        (network, "regions: [stad-a, geheime-wijk]", "regions: [stad-a]"),
        ("data/initiatives/triage-b.yaml", "regions: [regio-b, oude-wijk]", "regions: [regio-b]"),
    ]:
        _edit(kb, rel, old, new)
    (kb / "data/regions/oude-wijk.yaml").unlink()  # an internal record that is gone now
    git(kb, "commit", "-qam", "Opgeruimd", date="2026-03-05")
    return kb


def test_public_change_log_shows_nothing_of_internal_records_contacts_or_personal_data(
    history_kb: Path, build: Callable[..., Path], tmp_path: Path
) -> None:
    public = _text(build(history_kb, "--audience", "public", out=tmp_path / "public") / "changes.html")
    for secret in (
        "geheim-actor",  # an internal party once in a public initiative's actors
        "geheime-wijk",  # an internal region once in a public initiative's regions
        "oude-wijk",  # an internal region deleted since
        "Geheime Partij",  # an internal record's name in free text
        "stille partner",  # an action owned by an internal party
        "06-12345678",
        "jan@prive.example",
        "111.222.333",
        "Evil",
    ):
        assert secret not in public, secret
    assert "Bel Jan op […] of […]" in public  # the rest of the text stays
    assert "pilot" in public and "Lerend netwerk A" in public  # changes that show nothing secret stay


def test_change_log_masks_a_bsn_from_history_for_every_audience(
    history_kb: Path, build: Callable[..., Path], tmp_path: Path
) -> None:
    internal = build(history_kb, out=tmp_path / "internal")
    text = _text(internal / "changes.html")
    assert "111.222.333" not in text and "11*******" in text
    everything = b"".join(site_files(internal).values()).decode("utf-8", "replace")
    assert "111.222.333" not in everything and "111222333" not in everything
    # an internal site does show internal records, contacts and authors: the public test above can fail
    assert "geheim-actor" in text and "jan@prive.example" in text and "Geheime Partij" in text


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_a_briefing_shows_history_through_the_same_audience_rules(
    history_kb: Path, cli: Callable[..., Run], audience: str
) -> None:
    done = cli("briefing", "2099-07-14-tafel-a", "--kb", str(history_kb), "--as-of", TODAY, "--audience", audience)
    assert done.exit_code == 0, done.stderr
    text = done.stdout.replace("\\", "")
    assert "111.222.333" not in text  # masked for everyone
    secrets = ("geheime-wijk", "geheime wijk", "Geheime Partij", "stille partner", "06-12345678", "jan@prive.example")
    if audience == "public":
        assert not [s for s in secrets if s in text]
        assert "Bel Jan op […] of […]" in text
    else:
        assert "jan@prive.example" in text and "geheime wijk" in text.lower()


def test_commit_author_cannot_inject_html(history_kb: Path, build: Callable[..., Path]) -> None:
    # git cuts a name at its first `<`, but a crafted commit object can hold quotes, `&` and `>` in it
    tree = git(history_kb, "rev-parse", "HEAD^{tree}").strip()
    head = git(history_kb, "rev-parse", "HEAD").strip()
    _edit(history_kb, "data/initiatives/triage-b.yaml", "status: pilot", "status: lopend")
    git(history_kb, "add", "-A")
    tree = git(history_kb, "write-tree").strip()
    who = 'Evil" onmouseover=alert(1) &amp; ></td> <x@example.org> 1767225600 +0000'
    body = f"tree {tree}\nparent {head}\nauthor {who}\ncommitter {who}\n\n<b>subject</b>\n"
    crafted = (
        subprocess.run(
            ["git", "-C", str(history_kb), "hash-object", "-t", "commit", "-w", "--literally", "--stdin"],
            input=body.encode(),
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .strip()
    )
    git(history_kb, "update-ref", "HEAD", crafted)
    page = (build(history_kb) / "changes.html").read_text(encoding="utf-8")
    assert "onmouseover=alert" not in page.replace("&#34; onmouseover=alert", "") and "<b>subject" not in page
    assert "Evil&#34; onmouseover=alert(1) &amp;amp; &gt;</td>" in page


@pytest.mark.parametrize("size", [201, 300_000])
def test_a_huge_author_name_is_shortened_in_the_change_log(
    history_kb: Path, build: Callable[..., Path], size: int
) -> None:
    head = git(history_kb, "rev-parse", "HEAD").strip()
    _edit(history_kb, "data/initiatives/triage-b.yaml", "status: pilot", "status: lopend")
    git(history_kb, "add", "-A")
    tree = git(history_kb, "write-tree").strip()
    who = "A" * size + " <x@example.org> 1767225600 +0000"
    body = f"tree {tree}\nparent {head}\nauthor {who}\ncommitter {who}\n\nLang\n"
    crafted = subprocess.run(
        ["git", "-C", str(history_kb), "hash-object", "-t", "commit", "-w", "--literally", "--stdin"],
        input=body.encode(), capture_output=True, check=True,
    ).stdout.decode().strip()  # fmt: skip
    git(history_kb, "update-ref", "HEAD", crafted)
    page = (build(history_kb) / "changes.html").read_text(encoding="utf-8")
    assert "A" * 199 + "…" in page and "A" * 200 not in page


def _site(cli: Callable[..., Run], kb: Path, out: Path) -> Run:
    return cli("site", "--kb", str(kb), "-o", str(out), "--as-of", TODAY)


# -- the output folder -------------------------------------------------------------------------------


def _prior(build: Callable[..., Path], kb: Path, out: Path) -> Path:
    built = build(kb, out=out)
    assert (built / ".ggznet-site").is_file()
    return built


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (
            lambda out: (_rmtree(out / "regions"), (out / "regions").write_text("x")),
            "is een bestand waar de site een map heeft",
        ),
        (
            lambda out: (_rmtree(out / "actors"), (out / "actors").write_bytes(b"")),
            "is een bestand waar de site een map heeft",
        ),
        (lambda out: ((out / "index.html").unlink(), (out / "index.html").mkdir()), "niet schrijven"),
        (lambda out: ((out / "index.html").unlink(), (out / "index.html" / "x").mkdir(parents=True)), "niet schrijven"),
    ],
)
def test_an_earlier_site_with_files_and_folders_swapped_is_a_clear_error(
    make_kb: Callable[..., Path], build: Callable[..., Path], cli: Callable[..., Run], tmp_path: Path, spoil, says: str
) -> None:
    kb = make_kb()
    out = _prior(build, kb, tmp_path / "public")
    spoil(out)
    result = _site(cli, kb, out)
    assert result.exit_code == 2, result.stderr
    assert says in result.stderr and "interne fout" not in result.stderr


@pytest.mark.parametrize("target", ["/proc/ggznet-site", "/proc/self/ggznet/site", "/sys/ggznet-site"])
def test_a_folder_that_cannot_be_made_is_a_clear_error(
    make_kb: Callable[..., Path], cli: Callable[..., Run], target: str
) -> None:
    if not Path(target).parts[1:2] or not Path("/" + Path(target).parts[1]).is_dir():
        pytest.skip(f"no {target} on this system")
    result = _site(cli, make_kb(), Path(target))
    assert result.exit_code == 2, result.stderr
    assert "niet schrijven" in result.stderr and "interne fout" not in result.stderr


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path)


def test_links_in_an_earlier_site_are_replaced_or_removed_never_followed(
    make_kb: Callable[..., Path], build: Callable[..., Path], tmp_path: Path
) -> None:
    kb = make_kb()
    out = _prior(build, kb, tmp_path / "public")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "stale.html").write_text("keep me too", encoding="utf-8")
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(victim)  # a page that is a link: replaced by a real file
    (out / "assets/site.css").unlink()
    (out / "assets/site.css").symlink_to(victim)
    (out / "gone.html").symlink_to(victim)  # a stale page that is a link: the link goes, not its target
    (out / "old").symlink_to(elsewhere)  # a stale page in a folder that is a link: left alone
    manifest = out / ".ggznet-site"
    listed = "gone.html\nold/stale.html\n../victim.txt\n" + str(victim) + "\n./../victim.txt\nassets/../../victim.txt\n"
    manifest.write_text(manifest.read_text(encoding="utf-8") + listed, encoding="utf-8")
    build(kb, out=out)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (elsewhere / "stale.html").read_text(encoding="utf-8") == "keep me too"
    assert not (out / "index.html").is_symlink() and "<html" in (out / "index.html").read_text(encoding="utf-8")
    assert not (out / "assets/site.css").is_symlink()
    assert not (out / "gone.html").exists() and not (out / "gone.html").is_symlink()


@pytest.mark.parametrize(
    "forged", ["", "# Files written by `ggznet site`\nx.txt\n", "\ufeff# nope\n", "\x00\x01binary"]
)
def test_a_folder_with_a_forged_or_broken_file_list_is_refused(
    make_kb: Callable[..., Path], cli: Callable[..., Run], tmp_path: Path, forged: str
) -> None:
    out = tmp_path / "theirs"
    out.mkdir()
    (out / ".ggznet-site").write_text(forged, encoding="utf-8")
    (out / "x.txt").write_text("keep me", encoding="utf-8")
    result = _site(cli, make_kb(), out)
    assert result.exit_code == 2 and "bevat geen site die ggznet maakte" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [".ggznet-site", "x.txt"]


@pytest.mark.parametrize("name", ["kb", "data", "kb/data", "kb/data/regions", "link"])
def test_the_knowledge_base_itself_is_never_a_site_folder(
    make_kb: Callable[..., Path], cli: Callable[..., Run], tmp_path: Path, name: str
) -> None:
    kb = make_kb()
    (tmp_path / "link").symlink_to(kb / "data")
    target = {"kb": kb, "data": kb / "data", "link": tmp_path / "link"}.get(name, tmp_path / name)
    before = _files(kb)
    result = _site(cli, kb, target)
    assert result.exit_code == 2, result.stderr
    assert _files(kb) == before


def _files(kb: Path) -> list[str]:
    return sorted(str(p.relative_to(kb)) for p in kb.rglob("*") if ".ggznet-cache" not in p.parts)


# -- templates from others (--templates DIR) ---------------------------------------------------------

PAGE = '{% extends "base.html.j2" %}{% block main %}BODY{% endblock %}'


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("{{ 1 // 0 }}", "ZeroDivisionError"),
        ("{{ 2.0 ** 5000 }}", "te hoge macht"),
        ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}", "roept zichzelf te diep aan"),
        ('{{ "%d"|format("x") }}', "TypeError"),
        ("{{ [1]|first(5) }}", "TypeError"),
        ("{{ range(1, 10, 0)|list }}", "ValueError"),
        ('{% set s = "x" * 1000000 %}{% for i in range(100000) %}{{ s }}{% endfor %}', "uitvoer werd langer dan"),
        ('{% set s = "x" * 10**6 %}{% for i in range(100) %}{% for j in range(999) %}{{ s }}{% endfor %}{% endfor %}',
         "uitvoer werd langer dan"),
    ],
)  # fmt: skip
def test_a_hostile_page_template_is_a_clear_error_in_bounded_memory(
    make_kb: Callable[..., Path],
    cli: Callable[..., Run],
    tmp_path: Path,
    body: str,
    says: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ggznet.render import env

    monkeypatch.setattr(env, "SITE_MAX_OUTPUT", 5_000_000)  # the bound, made small: this process stays small
    mine = tmp_path / "templates"
    (mine / "site").mkdir(parents=True)
    (mine / "site/record.html.j2").write_text(PAGE.replace("BODY", body), encoding="utf-8")
    result = cli("site", "--kb", str(make_kb()), "-o", str(tmp_path / "out"), "--templates", str(mine))
    assert result.exit_code == 1, result.stderr
    assert says in result.stderr and "interne fout" not in result.stderr


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    (outside / "assets").mkdir(parents=True)
    (outside / "assets/site.css").write_text("SECRET-CSS", encoding="utf-8")
    (outside / "assets/search.js").write_text("SECRET-JS", encoding="utf-8")
    (outside / "record.html.j2").write_text(PAGE.replace("BODY", "SECRET-PAGE"), encoding="utf-8")
    return outside


@pytest.mark.parametrize(
    "link",
    [
        lambda mine, outside: (mine / "site").symlink_to(outside),
        lambda mine, outside: ((mine / "site").mkdir(), (mine / "site/assets").symlink_to(outside / "assets")),
        lambda mine, outside: (
            (mine / "site/assets").mkdir(parents=True),
            (mine / "site/assets/site.css").symlink_to(outside / "assets/site.css"),
        ),
        lambda mine, outside: (
            (mine / "site").mkdir(),
            (mine / "site/record.html.j2").symlink_to(outside / "record.html.j2"),
        ),
    ],
)
def test_site_templates_and_assets_never_come_through_a_link_out_of_their_folder(
    make_kb: Callable[..., Path], cli: Callable[..., Run], tmp_path: Path, link
) -> None:
    outside = _outside(tmp_path)
    mine = tmp_path / "templates"
    mine.mkdir()
    link(mine, outside)
    out = tmp_path / "out"
    result = cli("site", "--kb", str(make_kb()), "-o", str(out), "--templates", str(mine))
    assert result.exit_code == 1, result.stderr
    assert "link" in result.stderr and "interne fout" not in result.stderr
    written = b"".join(site_files(out).values()) if out.exists() else b""
    assert b"SECRET" not in written


def test_own_assets_inside_the_folder_are_used(make_kb: Callable[..., Path], build, tmp_path: Path, cli) -> None:
    mine = tmp_path / "templates"
    (mine / "site/assets").mkdir(parents=True)
    (mine / "site/assets/site.css").write_text("body { color: #111; }\n", encoding="utf-8")
    out = tmp_path / "out"
    result = cli("site", "--kb", str(make_kb()), "-o", str(out), "--templates", str(mine))
    assert result.exit_code == 0, result.stderr
    assert (out / "assets/site.css").read_text(encoding="utf-8") == "body { color: #111; }\n"


# -- record text in pictures -------------------------------------------------------------------------

MATHTEXT = [
    r"GGZ $\undefinedmacro$",
    r"Kosten $\frac{ open",
    r"Tafel $x^{99999999}$ en $\sqrt{2}$",
    "Twee $ tekens $ op een rij",
    r"$\mathcal{A}\!\,\;$ $^{$",
]


@pytest.mark.parametrize("name", MATHTEXT)
def test_dollar_signs_in_names_are_text_in_every_picture(
    make_kb: Callable[..., Path], cli: Callable[..., Run], tmp_path: Path, name: str
) -> None:
    import datetime as dt

    from ggznet.api import KnowledgeBase
    from ggznet.render.pictures import network_svg, timeline_svg

    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    kb = make_kb(
        {
            "data/actors/ggz-a.yaml": f'id: ggz-a\nname: "{quoted}"\ntype: ggz-aanbieder\nregions: [regio-a]\n'
            "sources: [{title: T}]\n",
            "data/initiatives/netwerk-a.yaml": f'id: netwerk-a\nname: "{quoted}"\ntype: netwerk\nstatus: idee\n'
            "regions: [stad-a]\nstarted: 2024-01\nsources: [{title: T}]\n",
        }
    )
    result = _site(cli, kb, tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out/regions/regio-a-network.svg").read_bytes().startswith(b"<?xml")
    index = KnowledgeBase.open(kb).index
    assert network_svg(index, region="regio-a").startswith(b"<?xml")
    assert timeline_svg(index, region="regio-a", as_of=dt.date(2026, 11, 23)).startswith(b"<?xml")


# -- record ids that are names of the site's own pages ------------------------------------------------

INDEX_RECORDS = {
    "data/regions/index.yaml": "id: index\nname: Index Regio\ntype: regio\npart_of: land\nsources: [{title: T}]\n",
    "data/actors/index.yaml": "id: index\nname: Index Partij\ntype: ros\nregions: [index]\nsources: [{title: T}]\n",
    "data/initiatives/index.yaml": "id: index\nname: Index Initiatief\ntype: netwerk\nstatus: idee\n"
    "regions: [index]\nactors: [{actor: index, role: trekker}]\nsources: [{title: T}]\n",
}


def test_a_record_with_the_id_index_does_not_replace_the_list_of_its_kind(  # (a meeting id starts with a date)
    make_kb: Callable[..., Path], build: Callable[..., Path]
) -> None:
    from urllib.parse import unquote, urlsplit

    from test_site import parse

    out = build(make_kb(INDEX_RECORDS))
    for folder, title, name in [
        ("regions", "Alle regio's", "Index Regio"),
        ("actors", "Alle actoren", "Index Partij"),
        ("initiatives", "Alle initiatieven", "Index Initiatief"),
    ]:
        listing = _text(out / folder / "index.html")
        assert title in listing and name in listing, folder
        assert f"<h1>{html.escape(name)}</h1>" in html.unescape((out / folder / "index_.html").read_text("utf-8"))
    for path in out.rglob("*.html"):
        for href in parse(path).links:
            parts = urlsplit(href)
            if not parts.scheme and parts.path:
                assert (path.parent / unquote(parts.path)).resolve().is_file(), f"{path}: {href}"

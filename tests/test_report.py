"""`ggznet report` and `ggznet briefing`: golden files, valid Markdown, hostile text, options."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from ggznet.api import KnowledgeBase, RenderOptions, briefing, report

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
AS_OF = dt.date(2026, 11, 23)
UPDATE = os.environ.get("GGZNET_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return KnowledgeBase.open(REPO)


def fixed(lang: str = "nl", **kw) -> RenderOptions:
    return RenderOptions(as_of=AS_OF, lang=lang, commit="GOLDEN", history=False, **kw)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; rerun with GGZNET_UPDATE_GOLDEN=1 if intended"


def assert_valid_markdown(text: str) -> None:
    """Parses as GitHub-flavoured Markdown: tables are tables and headings nest without jumps."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(text)
    levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
    assert levels and levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}"
    table_lines = [line for line in text.splitlines() if line.startswith("| --- |")]
    assert sum(1 for t in tokens if t.type == "table_open") == len(table_lines)
    for t in tokens:
        if t.type == "html_block" or t.type == "html_inline":
            assert t.content.strip().startswith("<!-- ggznet "), t.content
    rows: list[int] = []
    for t in tokens:
        if t.type == "tr_open":
            rows.append(0)
        elif t.type in ("th_open", "td_open"):
            rows[-1] += 1
        elif t.type == "table_close":
            assert len(set(rows)) == 1, f"table rows with different cell counts: {rows}"
            rows = []


@pytest.mark.parametrize("region", ["twente", "limburg"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_golden(shipped, region, lang) -> None:
    text = report(shipped, region, fixed(lang))
    assert_valid_markdown(text)
    check_golden(f"report-{region}.{lang}.md", text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_briefing_golden(shipped, lang) -> None:
    # the shipped data has no planned meeting left (the sources only announce ones that now lie in the past)
    text = briefing(shipped, "2023-07-14-samenwerkingstafel-twente", fixed(lang))
    assert_valid_markdown(text)
    check_golden(f"briefing-samenwerkingstafel-twente.{lang}.md", text)


def test_report_has_every_section(shipped) -> None:
    text = report(shipped, "twente", fixed())
    for heading in [
        "## Kerncijfers",
        "## De regio",
        "## Netwerk",
        "```mermaid",
        "## Initiatieven",
        "## Dekking",
        "## Bijeenkomsten (tijdlijn)",
        "## Open acties",
        "## Knelpunten, succesfactoren en leerpunten",
        "## Borging en risico's",
        "## Inspiratie uit andere regio's",
        "## Bronnen",
    ]:
        assert heading in text
    assert "Nederland › Overijssel › Twente" in text
    assert "**(verlopen)**" in text  # Menzis' action due 2023-07-14 is overdue on 2026-11-23


def test_report_includes_regions_below(shipped) -> None:
    text = report(shipped, "limburg", fixed())
    assert "Thematafel GGZ Mijnstreek" in text and "De Nieuwe GGZ Maastricht" in text
    assert "Nederland › Limburg" in text


def test_every_region_renders_valid_markdown(shipped) -> None:
    for region in shipped.index.regions:
        assert_valid_markdown(report(shipped, region, fixed()))


def test_same_data_same_bytes(shipped) -> None:
    assert report(shipped, "twente", fixed()) == report(shipped, "twente", fixed())


HOSTILE = "Naam | met pijp\nen <script>alert(1)</script> [klik](javascript:alert(1)) # kop\n- lijst"


def test_hostile_text_cannot_break_the_markdown(make_kb) -> None:
    root = make_kb(
        {
            "data/initiatives/tafel-a.yaml": (
                "id: tafel-a\nname: " + repr(HOSTILE).replace("'", '"') + "\ntype: tafel\nstatus: lopend\n"
                "regions: [regio-a]\nthemes: [wachttijden]\ndomains: [ggz]\n"
                "actors:\n  - {actor: ggz-a, role: trekker}\n"
                "summary: " + repr(HOSTILE).replace("'", '"') + "\n"
                "barriers: [" + repr(HOSTILE).replace("'", '"') + "]\n"
                "sources:\n  - {title: '<b>bron</b> | x', url: 'https://example.org/a_(b)'}\n"
            ),
        }
    )
    kb = KnowledgeBase.open(root)
    assert not kb.validate().errors
    for text in (report(kb, "regio-a", fixed()), briefing(kb, "tafel-a", fixed())):
        assert_valid_markdown(text)
        assert "<script>" not in text and "<b>" not in text
        tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
        links = [c for t in tokens if t.children for c in t.children if c.type == "link_open"]
        assert all(str(c.attrs.get("href", "")).startswith("http") for c in links)


def test_links_are_only_http() -> None:
    from ggznet.render.markdown import link

    assert link("x", "https://example.org/p") == "[x](https://example.org/p)"
    assert link("x", "javascript:alert(1)") == "x"
    assert link("x", "https://example.org/a)(b") == "x"
    assert link("[a](b)", None) == "\\[a\\](b)"


def test_cli_report_writes_and_checks(cli, tmp_path) -> None:
    target = tmp_path / "twente.md"
    run = cli("report", "twente", "--kb", str(REPO), "--as-of", "2026-11-23", "-o", str(target))
    assert run.exit_code == 0, run.stderr
    assert target.read_text(encoding="utf-8").startswith("<!-- ggznet report twente; as-of 2026-11-23; lang nl")
    assert cli("report", "twente", "--kb", str(REPO), "--check", str(target)).exit_code == 0
    target.write_text(target.read_text(encoding="utf-8").replace("Kerncijfers", "Cijfers"), encoding="utf-8")
    run = cli("report", "twente", "--kb", str(REPO), "--check", str(target))
    assert run.exit_code == 1 and "is verouderd" in run.stderr


@pytest.mark.parametrize(
    ("lang", "said", "fresh"),
    [("nl", "(1 regel anders)", "+++ nu gemaakt"), ("en", "(1 line differs)", "+++ generated now")],
)
def test_cli_report_check_counts_one_line_in_the_singular(
    cli, make_kb, tmp_path, lang: str, said: str, fresh: str
) -> None:
    """--check on a report with one line added: the count and the diff's label in the language of the run."""
    root = str(make_kb())
    target = tmp_path / "regio-a.md"
    assert cli("report", "regio-a", "--kb", root, "--lang", lang, "-o", str(target)).exit_code == 0
    target.write_text(target.read_text(encoding="utf-8") + "Een regel erbij.\n", encoding="utf-8")
    run = cli("report", "regio-a", "--kb", root, "--lang", lang, "--check", str(target))
    assert run.exit_code == 1 and said in run.stderr, run.stderr
    assert fresh in run.stderr.splitlines(), run.stderr


@pytest.mark.slow
def test_cli_report_all(cli, tmp_path) -> None:
    run = cli("report", "--all", "--kb", str(REPO), "-o", str(tmp_path), "--as-of", "2026-11-23")
    assert run.exit_code == 0, run.stderr
    assert (tmp_path / "twente.md").exists() and (tmp_path / "gelderse-vallei.md").exists()
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "[Twente](twente.md)" in index
    assert cli("report", "--all", "--kb", str(REPO), "--check", str(tmp_path)).exit_code == 0


def test_cli_report_prints_markdown_to_a_pipe(cli) -> None:
    run = cli("report", "twente", "--kb", str(REPO), "--lang", "en")
    assert run.exit_code == 0 and run.stdout.startswith("<!-- ggznet report twente")
    assert "# Regional overview Twente" in run.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["report", "twent"], "bedoel je `twente`"),
        (["report", "twente", "--lang", "de"], "--lang"),
        (["--lang", "de", "report", "twente"], "--lang"),
        (["report", "twente", "--as-of", "31-2-2026"], "geen bestaande datum"),
        (["report"], "welke regio"),
        (["briefing", "menzis"], "geen bijeenkomst of initiatief"),
        (["briefing", "mijnstreekambitie"], "heeft geen geplande bijeenkomst"),
    ],
)
def test_cli_usage_errors(cli, args, needle) -> None:
    run = cli(*args, "--kb", str(REPO))
    assert run.exit_code == 2, run.stdout
    assert needle in run.stderr


def test_briefing_for_a_forum_takes_its_next_planned_meeting(cli, make_kb) -> None:
    run = cli("briefing", "tafel-a", "--kb", str(make_kb()), "--as-of", "2023-05-01")
    assert run.exit_code == 0
    assert "14 juli 2099" in run.stdout and "Tweede tafel A" in run.stdout
    # a meeting only announced, whose outcome the source does not report, is not a planned one
    run = cli("briefing", "thematafel-ggz-mijnstreek", "--kb", str(REPO))
    assert run.exit_code == 2 and "heeft geen geplande bijeenkomst" in run.stderr


def test_user_templates_override_and_are_sandboxed(cli, tmp_path) -> None:
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "report.md.j2").write_text("# {{ region.name }}\n{{ figures.initiatives }} initiatieven\n", encoding="utf-8")
    run = cli("report", "twente", "--kb", str(REPO), "--templates", str(own))
    assert run.stdout == "# Twente\n3 initiatieven\n"
    (own / "report.md.j2").write_text("{{ region.__class__.__mro__ }}", encoding="utf-8")
    run = cli("report", "twente", "--kb", str(REPO), "--templates", str(own))
    assert run.exit_code == 1 and "Traceback" not in run.stderr
    (own / "report.md.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    run = cli("report", "twente", "--kb", str(REPO), "--templates", str(own))
    assert run.exit_code == 1 and "sandbox" in run.stderr
    (own / "report.md.j2").write_text("{{ nope }}", encoding="utf-8")
    run = cli("report", "twente", "--kb", str(REPO), "--templates", str(own))
    assert run.exit_code == 1 and "nope" in run.stderr


def git(root: Path, *args: str) -> None:
    import subprocess

    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def test_briefing_lists_changes_since_the_previous_meeting(make_kb, cli) -> None:
    root = make_kb()
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kennisbank gestart")
    path = root / "data/initiatives/netwerk-a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("status: idee", "status: pilot"), encoding="utf-8")
    git(root, "commit", "-qam", "Lerend netwerk A in pilot")
    run = cli("briefing", "tafel-a", "--kb", str(root))
    assert run.exit_code == 0, run.stderr
    assert "| initiatief: Lerend netwerk A | status: idee → pilot | Test |" in run.stdout
    assert "data `" not in run.stdout  # the header names the data commit, not a placeholder
    header = run.stdout.splitlines()[0]
    assert header.startswith("<!-- ggznet briefing 2099-07-14-tafel-a;") and "data " in header


def _nested_items(text: str) -> dict[str, str | None]:
    """Each linked item of a Markdown list, with the item it is nested under (None at the top level)."""
    tokens = MarkdownIt("commonmark").parse(text)
    stack: list[str | None] = []
    parents: dict[str, str | None] = {}
    current: str | None = None
    for t in tokens:
        if t.type == "bullet_list_open":
            stack.append(current)
        elif t.type == "bullet_list_close":
            stack.pop()
        elif t.type == "inline" and t.children:
            link = next((c for c in t.children if c.type == "link_open"), None)
            if link is not None:
                current = str(link.attrs["href"]).removesuffix(".md")
                parents[current] = stack[-1] if stack else None
    assert not any(t.type == "code_block" for t in tokens), "an indented item became a code block"
    return parents


def test_report_all_index_nests_every_region_under_its_parent(cli, tmp_path) -> None:
    run = cli("report", "--all", "--kb", str(REPO), "-o", str(tmp_path), "--as-of", "2026-11-23")
    assert run.exit_code == 0, run.stderr
    parents = _nested_items((tmp_path / "index.md").read_text(encoding="utf-8"))
    regions = KnowledgeBase.open(REPO).index.regions
    assert set(parents) == set(regions)
    assert parents == {r.id: r.part_of for r in regions.values()}
    assert parents["westelijke-mijnstreek"] == "mijnstreek" and parents["mijnstreek"] == "zuid-limburg"


def test_region_index_with_a_missing_parent_and_a_cycle(make_kb) -> None:
    from ggznet.cli.cmd_report import region_index

    root = make_kb(
        {
            "data/regions/wees.yaml": "id: wees\nname: Wees\ntype: regio\npart_of: weg\n",
            "data/regions/kring-a.yaml": "id: kring-a\nname: Kring A\ntype: regio\npart_of: kring-b\n",
            "data/regions/kring-b.yaml": "id: kring-b\nname: Kring B\ntype: regio\npart_of: kring-a\n",
        }
    )
    parents = _nested_items(region_index(KnowledgeBase.open(root).index, "nl"))
    assert parents["wees"] is None and parents["stad-a"] == "regio-a" and parents["regio-a"] == "provincie-a"
    assert {"kring-a", "kring-b"} <= set(parents)  # a cycle leaves none out


def test_coverage_shows_only_themes_and_domains_that_occur(shipped) -> None:
    text = report(shipped, "twente", fixed())
    coverage = text.split("## Dekking")[1].split("## Bijeenkomsten")[0]
    table = [line for line in coverage.splitlines() if line.startswith("| ") and "---" not in line]
    assert table[0] == "| Thema | ggz | huisartsenzorg | sociaal domein | verslavingszorg | Totaal |"
    assert [row.split(" | ")[0].removeprefix("| ") for row in table[1:]] == [
        "Integrale zorg", "Kennisdeling", "Lerend netwerk", "Regiovisie", "Wachttijden",
    ]  # fmt: skip
    assert "**Thema's zonder initiatief in deze regio:** Beleid en zorglandschap, Bemoeizorg" in coverage
    assert "**Domeinen zonder initiatief in deze regio:** welzijn, publieke gezondheid" in coverage


def test_lessons_are_grouped_by_initiative(shipped) -> None:
    text = report(shipped, "twente", fixed())
    lessons = text.split("### Leerpunten")[1].split("## ")[0]
    assert lessons.count("Samenwerkingstafel 'Samen meer mentale gezondheid in Twente'") == 1
    assert "- *Samenwerkingstafel 'Samen meer mentale gezondheid in Twente'*\n  - Elkaar echt leren kennen" in lessons


def test_empty_contact_columns_are_dropped(shipped, make_kb) -> None:
    text = report(shipped, "twente", fixed())
    assert "| Naam | Rol | Organisatie |\n" in text and "E-mail" not in text
    with_mail = KnowledgeBase.open(make_kb())
    assert "| Naam | Rol | Organisatie | E-mail |\n" in report(with_mail, "regio-a", fixed())


def _section(text: str, heading: str) -> str:
    """The lines of one `## heading` section."""
    return text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_region_section_derives_insurers_ros_and_municipalities(make_kb) -> None:
    # written once: the insurer and the ROS name the region; Stad A is a record, Dorp A only a name
    kb = KnowledgeBase.open(make_kb())
    region = _section(report(kb, "regio-a", fixed()), "De regio")
    assert "- **Gemeenten:** Stad A, Dorp A\n" in region
    assert "- **Zorgverzekeraars / zorgkantoor:** Verzekeraar\n" in region
    assert "- **Regionale ondersteuning (ROS):** ROS A\n" in region
    # an actor of another type that names the region is neither
    assert "GGZ A" not in region


def test_shipped_region_sections_keep_what_the_regions_used_to_list(shipped) -> None:
    """Before, twente/mijnstreek/limburg/gelderse-vallei listed these themselves; now they are derived."""
    expected = {
        "twente": ("Almelo, Enschede, Hengelo", "Menzis", "Roset"),
        "mijnstreek": ("Niet vastgelegd.", "CZ", "Niet vastgelegd."),
        "limburg": ("Niet vastgelegd.", "Niet vastgelegd.", "Robuust"),
        "gelderse-vallei": ("Niet vastgelegd.", "Niet vastgelegd.", "Mura Zorgadvies"),
    }
    for region, (municipalities, insurers, ros) in expected.items():
        section = _section(report(shipped, region, fixed()), "De regio")
        assert f"- **Gemeenten:** {municipalities}\n" in section, region
        assert f"- **Zorgverzekeraars / zorgkantoor:** {insurers}\n" in section, region
        assert f"- **Regionale ondersteuning (ROS):** {ros}\n" in section, region


@pytest.mark.parametrize(
    ("lang", "region_label", "heading"),
    [("nl", "regio Gelderse Vallei", "Knelpunten"), ("en", "region Gelderse Vallei", "Barriers")],
)
def test_region_and_organisation_lessons_are_in_the_report(shipped, lang, region_label, heading) -> None:
    text = report(shipped, "gelderse-vallei", fixed(lang))
    learning = text.split(f"\n### {heading}\n", 1)[1].split("\n## ", 1)[0]
    # grouped by where they come from: each origin once, its texts below it
    region_group = learning.split(f"- *{region_label}*\n", 1)[1].split("\n- *", 1)[0]
    assert "wie is eigenaar van een overlegtafel, wie bereidt voor en wie zit voor?\n" in region_group
    mura_group = learning.split("- *Mura Zorgadvies*\n", 1)[1].split("\n- *", 1)[0]
    assert "tijd, eigenaarschap en financiering bepalen of die lukt." in mura_group
    # the region's own items come first, then the organisation's, then the initiatives'
    assert learning.index(region_label) < learning.index("*Mura Zorgadvies*") < learning.index("*Overlegtafel ggz")
    # a region report includes the lessons of the regions below it
    assert region_label in report(shipped, "gelderland", fixed(lang))


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ("### Status niet vermeld (2)", "**Soort:** niet vermeld", "Mura Zorgadvies (rol niet vermeld)")),
        ("en", ("### Status not stated (2)", "**Type:** not stated", "Mura Zorgadvies (role not stated)")),
    ],
)
def test_not_stated_values_read_as_such(shipped, lang, words) -> None:
    nederland = report(shipped, "nederland", fixed(lang))
    for w in words[:2]:
        assert w in nederland
    assert words[2] in report(shipped, "gelderse-vallei", fixed(lang))
    assert "(onbekend)" not in nederland and "onbekend*" not in nederland and ": onbekend" not in nederland
    held = "niet vermeld of die is gehouden" if lang == "nl" else "not stated whether it was held"
    assert held in nederland


def test_initiative_contacts_are_listed_internally_and_never_in_public(shipped) -> None:
    internal = report(shipped, "mijnstreek", fixed())
    assert (
        "| Marieke Cloosterman | procesbegeleider | niet vermeld; contact voor Thematafel GGZ Mijnstreek |" in internal
    )
    assert "| Annemieke Ackermans | niet vermeld |" in report(shipped, "oss", fixed())
    for region in ("mijnstreek", "oss"):
        public = report(shipped, region, fixed(audience="public"))
        for name in ("Marieke Cloosterman", "Nicole de Baat", "Annemieke Ackermans"):
            assert name not in public


def test_not_stated_count_is_the_number_of_not_stated_paths(shipped) -> None:
    records = list(shipped.index.all_records())
    assert sum(len(r.not_stated()) for r in records) > 0  # the shipped data leaves some values open
    for record in records:
        assert record.not_stated_count() == len(record.not_stated()), record.ref


def test_the_report_in_parts_is_the_report(shipped, cli, tmp_path) -> None:
    """A report printed to a pipe is written part by part (a national overview is not held twice); joined, the
    parts are the report, also for a template whose text spans many parts and whose lines need tidying."""
    from ggznet.api import report_parts

    own = tmp_path / "tpl"
    own.mkdir()
    (own / "report.md.j2").write_text(
        "\n\n# {{ region.name | md }}   \n{% for i in range(12000) %}regel {{ i }} \t\n\n\n{% endfor %}\n\n",
        encoding="utf-8",
    )
    for templates in (None, own):
        options = fixed(templates=templates)
        parts = report_parts(shipped, "twente", options)
        assert "".join(parts) == report(shipped, "twente", options)
        if templates is not None:
            assert len(parts) > 4 and "".join(parts).startswith("# Twente\nregel 0\n\nregel 1\n")
    run = cli("report", "twente", "--kb", str(REPO), "--as-of", "2026-11-23", "--templates", str(own))
    assert run.exit_code == 0 and run.stdout == report(shipped, "twente", fixed(templates=own))


def test_key_figures_and_actors_by_domain_sort_names_regardless_of_case(make_kb) -> None:
    # equal counts in the key figures, and names in a domain, in the order a reader looks them up: `ROS` among
    # the lowercase words, `de Kern` under d, `MIND` after `Mediant` (not every capital before every lowercase)
    actor = (
        "id: {id}\nname: {name}\ntype: overig\ndomains: [ggz]\nregions: [regio-a]\n"
        "sources:\n  - {{title: Testbron, publisher: Testuitgever, published: 2023-01-01}}\n"
    )
    root = make_kb(
        {
            f"data/actors/{ident}.yaml": actor.format(id=ident, name=name)
            for ident, name in (("mind", "MIND"), ("mediant", "Mediant"), ("de-kern", "de Kern"))
        }
    )
    text = report(KnowledgeBase.open(root), "regio-a", fixed())
    figures = _section(text, "Kerncijfers")
    words = ("overig", "ggz-aanbieder", "ROS", "zorgverzekeraar")  # 3, then 1 each
    order = [figures.index(f"| Actoren naar soort: {w} |") for w in words]
    assert order == sorted(order), figures
    assert "- **ggz:** de Kern, GGZ A, Mediant, MIND\n" in _section(text, "Netwerk")

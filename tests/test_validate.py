"""`ggznet validate`: every check fails on a broken fixture and passes on the valid base."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import TODAY
from ggznet.api import KnowledgeBase
from ggznet.validate.codes import CODES

A = "data/actors/ggz-a.yaml"
INI = "data/initiatives/tafel-a.yaml"
M = "data/meetings/2023-03-24-tafel-a.yaml"
ACTOR_HEAD = "id: ggz-a\nname: GGZ A\ntype: ggz-aanbieder\n"
R = "data/regions/regio-a.yaml"
REGION_HEAD = "id: regio-a\nname: Regio A\ntype: regio\npart_of: provincie-a\n"
SRC = "sources: [{title: T}]\n"

# code -> (files to write over the valid base, path the problem must name, expected line or None)
BROKEN: dict[str, tuple[dict[str, str | bytes], str, int | None]] = {
    "yaml-syntax": ({A: 'id: ggz-a\nname: "GGZ A\n'}, A, 3),
    "yaml-encoding": ({A: b"id: ggz-a\nname: GGZ \xe9\n"}, A, 2),
    "yaml-duplicate-key": ({A: ACTOR_HEAD + "name: Nog eens\n" + SRC}, A, 4),
    "yaml-tag": ({A: ACTOR_HEAD + "description: !!python/object/apply:os.system [echo]\n" + SRC}, A, 4),
    "yaml-alias": ({A: ACTOR_HEAD + "tags: &t [a]\ndescription: *t\n" + SRC}, A, None),
    "yaml-too-large": ({A: ACTOR_HEAD + "description: " + "x" * 1_000_001 + "\n"}, A, 1),
    "yaml-too-deep": ({A: ACTOR_HEAD + "tags: " + "[" * 40 + "]" * 40 + "\n"}, A, 1),
    "root-not-mapping": ({A: "- id: ggz-a\n"}, A, 1),
    "unknown-field": ({A: ACTOR_HEAD + "naam: GGZ A\n" + SRC}, A, 4),
    "missing-field": ({A: "id: ggz-a\ntype: ggz-aanbieder\n" + SRC}, A, 1),
    "wrong-type": ({A: ACTOR_HEAD + "regions: regio-a\n" + SRC}, A, 4),
    "bad-value": ({A: "id: ggz-a\nname: GGZ A\ntype: ggz\n" + SRC}, A, 3),
    "bad-date": ({A: ACTOR_HEAD + "verified_on: 2023-02-30\n" + SRC}, A, 4),
    "bad-id": ({A: "id: GGZ_A\nname: GGZ A\ntype: ggz-aanbieder\n" + SRC}, A, 1),
    "id-mismatch": ({A: "id: ggz-b\nname: GGZ A\ntype: ggz-aanbieder\n" + SRC}, A, 1),
    "duplicate-id": ({"data/actors/ggz-a-kopie.yaml": ACTOR_HEAD + SRC}, "data/actors/ggz-a-kopie.yaml", None),
    "unresolved-reference": ({A: ACTOR_HEAD + "regions: [regio-x]\n" + SRC}, A, 4),
    "reference-cycle": (
        {"data/regions/land.yaml": "id: land\nname: Land\ntype: land\npart_of: stad-a\n" + SRC},
        "data/regions/land.yaml",
        4,
    ),
    "date-order": (
        {
            INI: "id: tafel-a\nname: T\ntype: tafel\nstatus: lopend\nregions: [regio-a]\n"
            "started: 2023\nended: 2022-12\n" + SRC
        },
        INI,
        7,
    ),
    "meeting-in-future": (
        {
            "data/meetings/2099-01-01-x.yaml": "id: 2099-01-01-x\ntitle: X\ndate: 2099-01-01\n"
            "type: webinar\nstatus: gehouden\n" + SRC
        },
        "data/meetings/2099-01-01-x.yaml",
        5,
    ),
    "meeting-past-planned": (
        {
            "data/meetings/2024-05-01-x.yaml": "id: 2024-05-01-x\ntitle: X\ndate: 2024-05-01\n"
            "type: webinar\nstatus: gepland\n" + SRC
        },
        "data/meetings/2024-05-01-x.yaml",
        5,
    ),
    "planned-with-outcomes": (
        {
            "data/meetings/2099-01-01-x.yaml": "id: 2099-01-01-x\ntitle: X\ndate: 2099-01-01\n"
            "type: webinar\nstatus: gepland\noutcomes: {decisions: [Iets]}\n" + SRC
        },
        "data/meetings/2099-01-01-x.yaml",
        6,
    ),
    "action-state": (
        {
            "data/meetings/2023-05-01-x.yaml": "id: 2023-05-01-x\ntitle: X\ndate: 2023-05-01\n"
            "type: webinar\nstatus: gehouden\noutcomes:\n  actions:\n"
            "    - {id: a, what: W, owner: ros-a, status: open, done_on: 2023-06-01}\n" + SRC
        },
        "data/meetings/2023-05-01-x.yaml",
        8,
    ),
    "meeting-id-date": (
        {
            "data/meetings/webinar-x.yaml": "id: webinar-x\ntitle: X\ndate: 2023-05-01\n"
            "type: webinar\nstatus: gehouden\n" + SRC
        },
        "data/meetings/webinar-x.yaml",
        1,
    ),
    "undeclared-theme": (
        {
            "data/initiatives/x.yaml": "id: x\nname: X\ntype: project\nstatus: idee\n"
            "regions: [regio-a]\nthemes: [wachtlijsten]\n" + SRC
        },
        "data/initiatives/x.yaml",
        6,
    ),
    "unsafe-character": ({A: ACTOR_HEAD + 'description: "Tekst\\u202eomgekeerd"\n' + SRC}, A, 4),
    "bsn": ({A: ACTOR_HEAD + "description: Casus 111222333 besproken\n" + SRC}, A, 4),
    "iban": ({A: ACTOR_HEAD + "description: Rekening NL91ABNA0417164300\n" + SRC}, A, 4),
    "email-outside-contacts": ({A: ACTOR_HEAD + "description: Mail jan@example.nl\n" + SRC}, A, 4),
    "phone-outside-contacts": ({A: ACTOR_HEAD + "description: Bel 06-12345678\n" + SRC}, A, 4),
    "no-source": ({A: ACTOR_HEAD}, A, 1),
    "contact-email": ({A: ACTOR_HEAD + "contacts:\n  - {name: Jan, role: adviseur, email: jan@}\n" + SRC}, A, 5),
    "contact-phone": ({A: ACTOR_HEAD + "contacts:\n  - {name: Jan, role: adviseur, phone: '12345'}\n" + SRC}, A, 5),
    "contact-private-email": (
        {A: ACTOR_HEAD + "contacts:\n  - {name: Jan, role: adviseur, email: jan@hotmail.com}\n" + SRC},
        A,
        5,
    ),
    "stray-file": ({"data/actors/notes.txt": "x"}, "data/actors/notes.txt", 1),
    "more-problems": ({A: ACTOR_HEAD + "regions: [" + ", ".join(["X"] * 60) + "]\n" + SRC}, A, 1),
    "stale-record": ({A: ACTOR_HEAD + "verified_on: 2020-01-01\n" + SRC}, A, 4),
    "verified-in-future": ({A: ACTOR_HEAD + "verified_on: 2099-01-01\n" + SRC}, A, 4),
    "vocabulary": ({"data/vocabulary.yaml": None}, "data/vocabulary.yaml", 1),  # type: ignore[dict-item]
    "state-folder": ({".ggznet-cache": "not a folder"}, ".ggznet-cache", 1),
    "retired-field": ({R: REGION_HEAD + "insurers: [verzekeraar]\n" + SRC}, R, 5),
    "written-twice": ({R: REGION_HEAD + "municipalities: [Dorp A, stad a]\n" + SRC}, R, 5),
    "not-stated": (
        {"data/initiatives/x.yaml": "id: x\nname: X\ntype: project\nstatus: onbekend\nregions: [regio-a]\n" + SRC},
        R,
        1,
    ),
}


def test_every_code_has_a_broken_fixture() -> None:
    assert set(BROKEN) == set(CODES)


def test_valid_base_has_no_problems(make_kb, cli) -> None:
    root = make_kb()
    run = cli("validate", "--kb", str(root), "--as-of", TODAY)
    assert run.exit_code == 0, run.stdout
    assert run.stdout.strip() == "in orde: 14 bestanden, geen problemen"
    assert cli("validate", "--kb", str(root), "--as-of", TODAY, "--lang", "en").stdout.strip() == (
        "ok: 14 files, no problems"
    )


@pytest.mark.parametrize("code", sorted(BROKEN))
def test_check_reports_its_code(code: str, make_kb) -> None:
    files, path, line = BROKEN[code]
    root = make_kb(files)
    import datetime as dt

    max_age = dt.timedelta(days=365) if code == "stale-record" else None
    result = KnowledgeBase.open(root).validate(today=dt.date.fromisoformat(TODAY), max_age=max_age)
    hits = [p for p in result.problems if p.code == code]
    assert hits, [f"{p.path}:{p.line} {p.code} {p.message}" for p in result.problems]
    assert any(p.path == path for p in hits), hits
    if line is not None:
        assert any(p.line == line for p in hits if p.path == path), hits
    assert all(p.severity == CODES[code].severity for p in hits)
    assert all(p.line >= 1 and p.column >= 1 for p in result.problems), result.problems


def test_unknown_key_suggests_the_english_name(make_kb, cli) -> None:
    root = make_kb({A: ACTOR_HEAD + "nam: X\n" + SRC})
    run = cli("validate", "--kb", str(root))
    assert "unknown-field onbekend veld `nam`" in run.stdout
    assert "tip: bedoel je `name`?" in run.stdout
    run = cli("--lang", "en", "validate", "--kb", str(root))
    assert "unknown-field unknown field `nam`" in run.stdout
    assert "hint: did you mean `name`?" in run.stdout


def test_bad_value_lists_the_allowed_values(make_kb, cli) -> None:
    root = make_kb({A: "id: ggz-a\nname: GGZ A\ntype: ggz\n" + SRC})
    run = cli("validate", "--kb", str(root))
    assert "`type`: `ggz` is geen van: zorgverzekeraar, ggz-aanbieder, huisartsenzorg" in run.stdout
    run = cli("validate", "--kb", str(root), env={"GGZNET_LANG": "en"})
    assert "`type`: `ggz` is not one of: zorgverzekeraar, ggz-aanbieder, huisartsenzorg" in run.stdout


def test_unresolved_reference_suggests_close_ids(make_kb, cli) -> None:
    root = make_kb({A: ACTOR_HEAD + "regions: [regio-aa]\n" + SRC})
    run = cli("validate", "--kb", str(root))
    assert "regio `regio-aa` bestaat niet" in run.stdout
    assert "bedoel je `regio-a`" in run.stdout
    run = cli("validate", "--kb", str(root), "--lang", "en")
    assert "region `regio-aa` does not exist" in run.stdout
    assert "did you mean `regio-a`" in run.stdout


def test_bom_and_crlf_are_accepted(make_kb, cli) -> None:
    text = "\ufeff" + (ACTOR_HEAD + SRC).replace("\n", "\r\n")
    root = make_kb({A: text.encode("utf-8")})
    assert cli("validate", "--kb", str(root)).exit_code == 0


def test_email_inside_contacts_is_fine(make_kb) -> None:
    result = KnowledgeBase.open(make_kb()).validate()
    assert not [p for p in result.problems if p.code == "email-outside-contacts"]


def test_not_a_bsn_when_the_11_test_fails(make_kb) -> None:
    root = make_kb({A: ACTOR_HEAD + "description: Dossier 123456789 en 111222334\n" + SRC})
    result = KnowledgeBase.open(root).validate()
    assert not [p for p in result.problems if p.code == "bsn"]


def test_twenty_broken_files_all_reported_in_one_run(make_kb, cli) -> None:
    files: dict[str, str | bytes] = {}
    for n, code in enumerate(
        sorted(c for c in BROKEN if A in BROKEN[c][0] and c not in ("yaml-too-large", "stale-record"))
    ):
        files[f"data/actors/kapot-{n}.yaml"] = BROKEN[code][0][A]
    files = dict(list(files.items())[:20])
    for n in range(20 - len(files)):
        files[f"data/actors/kapot-extra-{n}.yaml"] = f"id: kapot-extra-{n}\nname: X\ntype: onbekend\n" + SRC
    assert len(files) == 20
    root = make_kb(files)
    run = cli("validate", "--kb", str(root), "--format", "json")
    payload = json.loads(run.stdout)
    assert run.exit_code == 1
    broken = {p["path"] for p in payload["problems"] if p["severity"] == "error"}
    assert {f for f in files} <= broken
    assert all(p["line"] >= 1 for p in payload["problems"])


def test_json_format_has_stable_keys(make_kb, cli) -> None:
    root = make_kb({A: ACTOR_HEAD + "naam: X\n" + SRC})
    payload = json.loads(cli("validate", "--kb", str(root), "-f", "json").stdout)
    assert list(payload) == ["ok", "files_checked", "errors", "warnings", "notes", "problems", "lang"]
    assert list(payload["problems"][0]) == ["code", "severity", "path", "line", "column", "message", "hint"]


def test_github_format_is_chosen_under_actions(make_kb, cli) -> None:
    root = make_kb({A: ACTOR_HEAD + "naam: X\n" + SRC})
    run = cli("validate", "--kb", str(root), env={"GITHUB_ACTIONS": "true"})
    assert run.stdout.startswith("::error file=")
    assert ",line=4,col=1,title=unknown-field::" in run.stdout


def test_warnings_pass_unless_strict(make_kb, cli) -> None:
    root = make_kb({A: ACTOR_HEAD})
    assert cli("validate", "--kb", str(root)).exit_code == 0
    assert cli("validate", "--kb", str(root), "--strict").exit_code == 1


def test_no_knowledge_base_is_a_usage_error(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("validate")
    assert run.exit_code == 2
    assert "geen kennisbank gevonden" in run.stderr
    assert "Traceback" not in run.stderr


def test_kb_found_by_walking_up(make_kb, cli, monkeypatch) -> None:
    root = make_kb()
    monkeypatch.chdir(root / "data" / "actors")
    assert cli("validate").exit_code == 0


def test_kb_from_environment(make_kb, cli) -> None:
    root = make_kb()
    assert cli("validate", env={"GGZNET_KB": str(root)}).exit_code == 0


def test_bad_usage_exits_2(cli) -> None:
    assert cli("validate", "--format", "xml").exit_code == 2


def test_explain_every_code(cli) -> None:
    for code in CODES:
        run = cli("explain", code)
        assert run.exit_code == 0
        assert "Fout:" in run.stdout and "Goed:" in run.stdout


def test_explain_unknown_code_suggests(cli) -> None:
    run = cli("explain", "unknown-feld")
    assert run.exit_code == 2
    assert "unknown-field" in run.stderr


def test_docs_reference_is_generated_from_the_catalogue() -> None:
    from ggznet.validate.codes import reference_markdown

    text = (Path(__file__).parent.parent / "docs" / "validation.md").read_text(encoding="utf-8")
    marker = "<!-- generated by `ggznet explain --markdown`; do not edit below -->\n"
    assert marker in text
    assert text.split(marker, 1)[1] == reference_markdown()
    for code in CODES:
        assert f"## `{code}`" in text, code


def test_shipped_knowledge_base_is_valid(cli) -> None:
    run = cli("validate", "--kb", str(Path(__file__).parent.parent), "--strict")
    assert run.exit_code == 0, run.stdout


def test_internal_errors_exit_3_without_traceback_and_debug_shows_it(make_kb, cli, monkeypatch) -> None:
    from ggznet import api

    def broken(self, **kw):
        raise RuntimeError("kapot")

    monkeypatch.setattr(api.KnowledgeBase, "validate", broken)
    root = str(make_kb())
    run = cli("validate", "--kb", root)
    assert run.exit_code == 3
    assert "interne fout: RuntimeError: kapot" in run.stderr and "--debug" in run.stderr
    assert "Traceback" not in run.stderr
    with pytest.raises(RuntimeError, match="kapot"):
        cli("--debug", "validate", "--kb", root)


def test_python_dash_m_and_version() -> None:
    import subprocess
    import sys

    from ggznet import __version__

    done = subprocess.run([sys.executable, "-m", "ggznet", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout == f"ggznet {__version__}\n"


def test_retired_region_field_says_where_the_relation_goes_and_the_region_still_loads(make_kb, cli) -> None:
    root = make_kb({R: REGION_HEAD + "insurers: [verzekeraar, nieuw]\nsupport_organisations: ros-a\n" + SRC})
    dutch = cli("validate", "--kb", str(root), "--as-of", TODAY).stdout
    assert "regio-a.yaml:5:1: error retired-field `insurers` staat niet meer op een regio: de zorgverzekeraars" in dutch
    assert "voeg `regio-a` toe aan `regions:` in data/actors/verzekeraar.yaml, data/actors/nieuw.yaml" in dutch
    assert "2 fouten, 0 waarschuwingen" in dutch
    run = cli("validate", "--kb", str(root), "--as-of", TODAY, "--lang", "en")
    assert run.exit_code == 1
    assert "regions/regio-a.yaml:5:1: error retired-field `insurers` is no longer written on a region" in run.stdout
    assert "add `regio-a` to `regions:` in data/actors/verzekeraar.yaml, data/actors/nieuw.yaml" in run.stdout
    assert "support_organisations:`; list the region in the actors' own `regions` instead" in run.stdout
    assert "unresolved-reference" not in run.stdout  # the region is still there for everything pointing at it
    assert "2 errors, 0 warnings" in run.stdout


def test_not_stated_values_are_notes_that_never_fail(make_kb, cli) -> None:
    ini = "data/initiatives/x.yaml"
    root = make_kb(
        {
            ini: "id: x\nname: X\ntype: onbekend\nstatus: onbekend\nregions: [regio-a, stad-a]\n"
            "actors: [{actor: ggz-a, role: onbekend}]\n" + SRC,
            "data/meetings/2023-07-14-tafel-a.yaml": "id: 2023-07-14-tafel-a\ntitle: Tweede tafel A\n"
            "date: 2023-07-14\ntype: samenwerkingstafel\nstatus: onbekend\nforum: tafel-a\n" + SRC,
        }
    )
    dutch = cli("validate", "--kb", str(root), "--as-of", TODAY, "--strict").stdout
    assert "regio-a.yaml:1:5: info not-stated Regio A: 3 waarden niet vermeld in de bronnen" in dutch
    assert "initiatief `x` (type, status, actors[0].role)" in dutch
    assert "tip: laat `onbekend` staan zolang geen bron de waarde noemt" in dutch
    assert dutch.strip().endswith("geen problemen (3 notities)")
    run = cli("validate", "--kb", str(root), "--as-of", TODAY, "--strict", "--lang", "en")
    assert run.exit_code == 0, run.stdout
    out = run.stdout
    assert "regio-a.yaml:1:5: info not-stated Regio A: 3 values not stated by the sources" in out
    assert "initiative `x` (type, status, actors[0].role)" in out
    assert "stad-a.yaml:1:5: info not-stated Stad A: 3 values" in out
    # a meeting without regions gets its note on its own file
    assert "2023-07-14-tafel-a.yaml:1:5: info not-stated 1 value not stated by the sources: status" in out
    assert out.strip().endswith("no problems (3 notes)")
    payload = json.loads(cli("validate", "--kb", str(root), "-f", "json", "--as-of", TODAY).stdout)
    assert payload["ok"] is True and payload["notes"] == 3 and payload["warnings"] == 0
    github = cli("validate", "--kb", str(root), "-f", "github", "--as-of", TODAY).stdout
    assert "::notice file=" in github and "title=not-stated::" in github


def test_a_long_not_stated_note_lists_whole_records_in_the_language_asked(make_kb, cli) -> None:
    """Many records naming a region: its note lists as many records as fit, each whole (a record cut off halfway
    was left in English in a Dutch run), and counts the rest."""
    records = {
        f"data/initiatives/samenwerking-ouderen-en-jeugd-{n}.yaml": f"id: samenwerking-ouderen-en-jeugd-{n}\n"
        f"name: S {n}\ntype: onbekend\nstatus: onbekend\nregions: [regio-a]\n"
        "actors: [{actor: ggz-a, role: onbekend}]\n" + SRC
        for n in range(12)
    }
    root = make_kb(records)
    for lang, kind, more in (
        ("nl", "initiatief", r"en nog (\d+) records"),
        ("en", "initiative", r"and (\d+) more records"),
    ):
        out = cli("validate", "--kb", str(root), "--as-of", TODAY, "--lang", lang).stdout
        line = next(x for x in out.splitlines() if "info not-stated Regio A" in x)
        assert not line.endswith("…"), line
        pieces = re.split(r"(?:naming this region|die deze regio noemen): ", line, maxsplit=1)[1].split("; ")
        rest = re.fullmatch(more, pieces[-1])
        assert len(pieces) >= 2 and rest, line
        shown = pieces[:-1]
        assert all(
            re.fullmatch(rf"{kind} `samenwerking-ouderen-en-jeugd-\d+` \(type, status, actors\[0\]\.role\)", p)
            for p in shown
        ), line
        assert len(shown) + int(rest.group(1)) == 12


def test_summary_lists_notes_without_failing(make_kb, cli, tmp_path) -> None:
    root = make_kb(
        {"data/initiatives/x.yaml": "id: x\nname: X\ntype: project\nstatus: onbekend\nregions: [regio-a]\n" + SRC}
    )
    summary = tmp_path / "summary.md"
    run = cli("validate", "--kb", str(root), "--as-of", TODAY, "--strict", "--summary", str(summary))
    assert run.exit_code == 0, run.stdout
    text = summary.read_text(encoding="utf-8")
    assert "**geslaagd**: 0 fouten, 0 waarschuwingen, 1 notitie" in text
    assert "| ℹ️ notitie |" in text and "`not-stated`" in text


def test_the_summary_counts_stray_files_among_the_files_checked(make_kb, cli) -> None:
    strays = {f"data/actors/notitie-{n}.txt": "x\n" for n in range(3)}
    plain = json.loads(cli("validate", "--kb", str(make_kb({A: ACTOR_HEAD + SRC})), "--format", "json").stdout)
    root = make_kb({A: ACTOR_HEAD + SRC, **strays})
    run = cli("validate", "--kb", str(root), "--format", "json")
    payload = json.loads(run.stdout)
    with_problems = {p["path"] for p in payload["problems"]}
    assert set(strays) <= with_problems
    assert payload["files_checked"] == plain["files_checked"] + len(strays)
    text = cli("validate", "--kb", str(root)).stdout
    assert f"in {len(with_problems)} van {payload['files_checked']} bestanden" in text


@pytest.mark.parametrize(("lang", "more"), [("nl", "en nog 1 record"), ("en", "and 1 more record")])
def test_a_not_stated_note_counts_one_more_record_in_the_singular(make_kb, cli, lang: str, more: str) -> None:
    """Five records naming a region, four listed: the fifth is `1 more record`, not `1 more records`."""
    records = {
        f"data/initiatives/s-{n}.yaml": f"id: s-{n}\nname: S {n}\ntype: onbekend\nstatus: lopend\nregions: [regio-x]\n"
        + SRC
        for n in range(5)
    }
    records["data/regions/regio-x.yaml"] = "id: regio-x\nname: Regio X\ntype: regio\n" + SRC
    out = cli("validate", "--kb", str(make_kb(records)), "--as-of", TODAY, "--lang", lang).stdout
    line = next(x for x in out.splitlines() if "info not-stated Regio X" in x)
    assert line.endswith(f"; {more}"), line


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "nog 1 probleem in dit bestand wordt niet getoond"), ("en", "1 more problem in this file is not shown")],
)
def test_one_problem_over_the_cap_is_said_in_the_singular(make_kb, cli, lang: str, said: str) -> None:
    root = make_kb({A: ACTOR_HEAD + "regions: [" + ", ".join(["X"] * 51) + "]\n" + SRC})
    out = cli("validate", "--kb", str(root), "--as-of", TODAY, "--lang", lang).stdout
    line = next(x for x in out.splitlines() if " more-problems " in x)
    assert line.endswith(f" more-problems {said}"), line


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "in orde: 1 bestand, geen problemen"), ("en", "ok: 1 file, no problems")]
)
def test_a_knowledge_base_of_one_file_is_one_file(make_kb, cli, lang: str, said: str) -> None:
    """A knowledge base just begun: its vocabulary and one region."""
    vocabulary = "themes:\n  - {id: triage, nl: Triage, en: Triage}\n"
    region = "id: regio-a\nname: Regio A\ntype: regio\n" + SRC
    root = make_kb({"data/vocabulary.yaml": vocabulary, "data/regions/regio-a.yaml": region}, base=False)
    run = cli("validate", "--kb", str(root), "--as-of", TODAY, "--lang", lang)
    assert (run.exit_code, run.stdout.strip()) == (0, said)


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("nl", "`part_of` loopt in een kring van 15 records rond: "),
        ("en", "`part_of` goes round in a circle of 15 records: "),
    ],
)
def test_a_long_reference_cycle_lists_whole_ids_and_counts_them(make_kb, cli, lang: str, head: str) -> None:
    """A cycle too long for one message: as many whole ids as fit, then `→ …`, and how many records go round."""
    n = 15
    records = {
        f"data/initiatives/samenwerkingsverband-deel-{i:02d}.yaml": f"id: samenwerkingsverband-deel-{i:02d}\n"
        f"name: S {i}\ntype: netwerk\nstatus: lopend\nregions: [regio-a]\n"
        f"part_of: samenwerkingsverband-deel-{(i + 1) % n:02d}\n" + SRC
        for i in range(n)
    }
    out = cli("validate", "--kb", str(make_kb(records)), "--as-of", TODAY, "--lang", lang).stdout
    line = next(x for x in out.splitlines() if " reference-cycle " in x)
    message = line.split(" reference-cycle ", 1)[1]
    assert message.startswith(head) and message.endswith(" → …"), line
    ids = message.removeprefix(head).removesuffix(" → …").split(" → ")
    assert ids == [f"samenwerkingsverband-deel-{i:02d}" for i in range(len(ids))] and 2 < len(ids) < n, line


def test_a_verified_on_after_today_is_a_warning_that_passes_when_that_day_comes(make_kb, cli) -> None:
    """A typo such as 2062 for 2026 would keep a record fresh for decades under --max-age. Judged against the
    run's day (`--as-of`), with and without the store: the stored verdict must not carry the warning past it."""
    root = make_kb(
        {
            "data/initiatives/x.yaml": "id: x\nname: X\ntype: project\nstatus: lopend\nregions: [regio-a]\n"
            "verified_on: 2027-03-01\n" + SRC
        }
    )
    for cache in ([], ["--no-cache"]):
        for day, warned in (("2027-02-28", True), ("2027-03-01", False), ("2027-02-28", True), ("2030-01-01", False)):
            run = cli(*cache, "validate", "--kb", str(root), "--as-of", day, "--strict", "--lang", "en")
            said = "x.yaml:6:14: warning verified-in-future initiative `x` says it was verified on 2027-03-01"
            assert (said in run.stdout, run.exit_code) == (warned, 1 if warned else 0), (cache, day, run.stdout)
    dutch = cli("validate", "--kb", str(root), "--as-of", "2026-11-24").stdout
    assert "initiatief `x` zegt geverifieerd te zijn op 2027-03-01, en dat is na vandaag" in dutch
    assert "tip: geef de dag waarop het voor het laatst aan de praktijk is getoetst" in dutch

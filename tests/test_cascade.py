"""Validation without cascades: a broken record keeps its id, and every problem shows in the first run."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from ggznet.api import KnowledgeBase
from ggznet.schema.vocab import Role

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)
TAFEL = "data/initiatives/samenwerkingstafel-twente.yaml"
NETWERK = "data/initiatives/lerend-netwerk-twente.yaml"
MEETING = "data/meetings/2023-03-24-samenwerkingstafel-twente.yaml"
ROSET = "data/actors/roset.yaml"

# (file, the line to change, what to put there, the problem code it must cause)
INJECTIONS: list[tuple[str, str, str, str]] = [
    (TAFEL, r"^status: .*$", "status: loopt", "bad-value"),
    (TAFEL, r"^themes:$", "themes:\n  - wachtlijst-ggz", "undeclared-theme"),
    (NETWERK, r"^type: .*$", "type: netwerken", "bad-value"),
    (NETWERK, r"^part_of: .*$", "part_of: samenwerkingstafel-twent", "unresolved-reference"),
    (MEETING, r"^date: .*$", "date: 2023-03-32", "bad-date"),
    (MEETING, r"^(\s+)owner: menzis$", r"\1owner: menziss", "unresolved-reference"),
    (ROSET, r"^type: .*$", "type: rost", "bad-value"),
]


def copy_shipped(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(REPO / "data", root / "data")
    return root


def problems(root: Path) -> set[tuple[str, str, str]]:
    result = KnowledgeBase.open(root, use_cache=False).validate(today=TODAY)
    return {(p.code, p.path, p.message) for p in [*result.errors, *result.warnings]}  # notes (info) are no problems


def inject(root: Path) -> list[tuple[str, str, str]]:
    """Apply every injection; return, per injection, (file, the line as it was, what it became)."""
    undo = []
    for rel, pattern, replacement, _code in INJECTIONS:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        match = re.search(pattern, text, flags=re.MULTILINE)
        assert match is not None, f"{rel}: no line matches {pattern}"
        changed = match.expand(replacement)
        path.write_text(text[: match.start()] + changed + text[match.end() :], encoding="utf-8")
        undo.append((rel, match.group(0), changed))
    return undo


def test_the_shipped_data_is_clean() -> None:
    assert problems(REPO) == set()


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_every_problem_in_the_first_run_and_none_appears_after_a_fix(tmp_path: Path, order: str) -> None:
    root = copy_shipped(tmp_path)
    undo = inject(root)
    found = problems(root)
    assert sorted(c for c, _, _ in found) == sorted(code for *_, code in INJECTIONS), sorted(found)
    assert {rel for rel, *_ in undo} == {path for _, path, _ in found}
    for rel, original, changed in undo if order == "forward" else reversed(undo):
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert text.count(changed) == 1
        path.write_text(text.replace(changed, original), encoding="utf-8")
        now = problems(root)
        assert now <= found, f"fixing {changed!r} in {rel} made new problems appear: {sorted(now - found)}"
        assert len(now) == len(found) - 1, f"fixing {changed!r} in {rel} should remove one problem"
        found = now
    assert found == set()


def test_a_bad_status_is_one_problem_in_its_own_file(tmp_path: Path, cli) -> None:
    root = copy_shipped(tmp_path)
    path = root / TAFEL
    path.write_text(re.sub(r"^status: .*$", "status: loopt", path.read_text(), flags=re.MULTILINE))
    run = cli("validate", "--kb", str(root), "--as-of", TODAY.isoformat(), "--format", "json")
    payload = json.loads(run.stdout)
    assert run.exit_code == 1
    found = [(p["code"], p["path"]) for p in payload["problems"] if p["severity"] != "info"]
    assert found == [("bad-value", TAFEL)]
    assert payload["problems"][0]["hint"] == "bedoel je `lopend`?"
    english = cli("validate", "--kb", str(root), "--as-of", TODAY.isoformat(), "--format", "json", "--lang", "en")
    assert json.loads(english.stdout)["problems"][0]["hint"] == "did you mean `lopend`?"


def test_a_record_that_does_not_parse_keeps_its_id(tmp_path: Path) -> None:
    root = copy_shipped(tmp_path)
    (root / ROSET).write_text('id: roset\nname: "Roset\n', encoding="utf-8")
    assert [(c, p) for c, p, _ in problems(root)] == [("yaml-syntax", ROSET)]


def test_a_broken_record_cannot_be_shown_but_says_why(tmp_path: Path, cli) -> None:
    root = copy_shipped(tmp_path)
    path = root / TAFEL
    path.write_text(re.sub(r"^status: .*$", "status: loopt", path.read_text(), flags=re.MULTILINE))
    run = cli("show", "samenwerkingstafel-twente", "--kb", str(root))
    assert run.exit_code == 2
    assert f"initiatief `samenwerkingstafel-twente` in {TAFEL} heeft fouten" in run.stderr
    english = cli("--lang", "en", "show", "samenwerkingstafel-twente", "--kb", str(root))
    assert english.exit_code == 2
    assert f"initiative `samenwerkingstafel-twente` in {TAFEL} has errors" in english.stderr


def test_one_bad_theme_entry_does_not_undeclare_the_others(make_kb) -> None:
    vocabulary = "themes:\n  - {id: wachttijden, nl: Wachttijden, en: Waiting times}\n  - {id: triage, nl: Triage}\n"
    root = make_kb(
        {
            "data/vocabulary.yaml": vocabulary + "  - {id: preventie, nl: Preventie, en: Prevention}\n"
            "  - {id: lerend-netwerk, nl: Lerend netwerk, en: Learning network}\n"
        }
    )
    result = KnowledgeBase.open(root).validate(today=TODAY)
    assert [(p.code, p.path) for p in result.problems] == [("missing-field", "data/vocabulary.yaml")]


@pytest.mark.parametrize(
    ("word", "allowed", "expected"),
    [
        ("loopt", ["idee", "verkenning", "pilot", "lopend", "geborgd", "afgerond", "gestopt"], "lopend"),
        ("klaar", ["open", "done", "dropped"], "done"),
        ("eigenaar", [r.value for r in Role], "trekker"),
        ("verkening", ["idee", "verkenning", "pilot"], "verkenning"),
        ("regio-aa", ["regio-a", "regio-b", "land"], "regio-a"),
        (
            "overlegtafel",
            ["overlegtafel-ggz-gelderse-vallei", "samenwerkingstafel-twente"],
            "overlegtafel-ggz-gelderse-vallei",
        ),
    ],
)
def test_suggestions_favour_a_shared_beginning_and_dutch_synonyms(word: str, allowed: list[str], expected: str) -> None:
    from ggznet.suggest import did_you_mean

    assert did_you_mean(word, allowed)[0] == expected


def test_rename_onto_the_id_of_a_broken_record_is_refused(make_kb, cli) -> None:
    root = make_kb({"data/actors/ggz-b.yaml": "id: ggz-b\nname: GGZ B\ntype: ggz\n"})
    run = cli("rename", "ggz-a", "ggz-b", "--kb", str(root))
    assert run.exit_code == 2 and "actor `ggz-b` bestaat al" in run.stderr
    assert (root / "data/actors/ggz-b.yaml").read_text(encoding="utf-8").endswith("type: ggz\n")

"""The privacy guard matches how people write: a BSN in any notation and any place is found (and never
echoed in full); other nine-digit numbers never are; phone numbers (also foreign ones), contact fields,
and every file under data/, hidden and stray ones included."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BASE, TODAY, build_tree
from ggznet import personal
from ggznet.api import KnowledgeBase
from ggznet.store.files import personal_data_hint
from ggznet.validate.privacy import check_privacy

DAY = dt.date.fromisoformat(TODAY)
SRC = "sources:\n  - {title: Testbron}\n"
HEAD = "id: {id}\nname: Actor X\ntype: ros\n"

SEPARATORS = [
    " ", ".", "-", "/", "_", " - ", ". ", "\u00a0", "\u2009", "\u202f", "\u2007", "\u3000", "\u00ad", "\u200b",
    "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u2011", "\u2013", "\u2212", " \u00ad",
]  # fmt: skip


def _check_digit(first8: list[int]) -> int:
    return sum((9 - i) * d for i, d in enumerate(first8)) % 11


valid_bsn = (
    st.lists(st.integers(0, 9), min_size=8, max_size=8)
    .filter(lambda d: _check_digit(d) < 10 and any(d))
    .map(lambda d: "".join(map(str, d)) + str(_check_digit(d)))
)
not_bsn = st.integers(0, 999_999_999).map(lambda n: f"{n:09d}").filter(lambda s: not personal._is_bsn(s))


@st.composite
def notation(draw: st.DrawFn, digits: str, *, safe_for_names: bool = False) -> str:
    """The digits split into random groups, one random separator per gap (some are several characters: ` - `)."""
    cuts = sorted(draw(st.sets(st.integers(1, 8), max_size=8)))
    groups = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, 9], strict=True)]
    pool = [s for s in SEPARATORS if not (safe_for_names and "/" in s)]
    out = groups[0]
    for group in groups[1:]:
        out += draw(st.sampled_from(pool)) + group
    return out


def test_notations_people_write() -> None:
    for text in [
        "111 222 333", "111.222.333", "111-222-333", "11 12 22 333", "1112.22.333", "111/222/333",
        "111\u00a0222\u00a0333", "111\u2009222\u2009333", "111\u00ad222\u00ad333", "1112\u200b22333",
        "client-111222333", "x/111222333", "bsn:111222333", "BSN: 111 22 23 33.", "111\n      222 333",
        "111222333 en 123456782", "a111222333b",
    ]:  # fmt: skip
        assert personal.has_bsn(text), text
    for text in ["111222334", "+31 6 12345678", "0031 6 12345678", "06-12345678", "NL91ABNA0417164300",
                 "2023-03-24 2023-07-14", "€ 111.222.333", "1234567890", "000 000 000"]:  # fmt: skip
        assert not personal.has_bsn(text), text


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_every_notation_of_a_bsn_is_caught_in_any_field(data: st.DataObject) -> None:
    digits = data.draw(valid_bsn)
    written = data.draw(notation(digits))
    before = data.draw(st.sampled_from(["", "Casus ", "cliënt-", "(", "nr. ", "bsn:"]))
    after = data.draw(st.sampled_from(["", " besproken", ")", ".", "-x"]))
    text = before + written + after
    field = data.draw(st.sampled_from(["description", "tags", "key"]))
    record: dict[str, object] = {"id": "x", "description": "ok"}
    if field == "key":
        record["outcomes"] = {text: "x"}
    elif field == "tags":
        record["tags"] = ["a", text]
    else:
        record["description"] = text
    problems = [p for p in check_privacy("data/actors/x.yaml", record) if p.code == "bsn"]
    assert problems, repr(text)
    for p in problems:
        assert digits not in re.sub(r"\D", "", p.message + (p.hint or "")), p.message
    assert personal_data_hint(json.dumps(record, ensure_ascii=False)), "the pre-check would skip it"


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_nine_digit_numbers_that_fail_the_eleven_test_are_never_caught(data: st.DataObject) -> None:
    digits = data.draw(not_bsn)
    text = "Nummer " + data.draw(notation(digits)) + " besproken"
    assert not [p for p in check_privacy("data/actors/x.yaml", {"description": text}) if p.code == "bsn"]


PLACES = ["plain", "double-quoted", "single-quoted", "folded", "literal", "comment", "key", "id", "filename", "int"]


def _record(place: str, written: str, digits: str) -> tuple[str, str]:
    """(file stem, file text) with the BSN in `place`."""
    stem = "x"
    q = json.dumps(written, ensure_ascii=False)
    body = HEAD.format(id=stem)
    if place == "plain":
        body += f"description: Casus {written} besproken\n"
    elif place == "double-quoted":
        body += f"description: {q}\n"
    elif place == "single-quoted":
        body += "description: '" + written.replace("'", "''") + "'\n"
    elif place == "folded":
        half = len(written) // 2
        body += f"description: >\n  Casus {written[:half]}\n  {written[half:]} besproken\n"
    elif place == "literal":
        body += f"description: |\n  Casus\n  {written}\n"
    elif place == "comment":
        body += f"# dossier {written}\n"
    elif place == "key":
        body += f"outcomes:\n  {q}: x\n"
    elif place == "id":
        body = body.replace("id: x", f"id: {q}")
    elif place == "filename":
        stem = "client-" + written
    elif place == "int":
        body += f"description: {digits}\n"  # a number to YAML; a leading zero is lost in the data, not in the text
    return stem, body + SRC


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.data())
def test_every_place_in_a_file_is_scanned(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    digits = data.draw(valid_bsn)
    place = data.draw(st.sampled_from(PLACES))
    written = data.draw(notation(digits, safe_for_names=place == "filename"))
    stem, text = _record(place, written, digits)
    root = build_tree(tmp_path_factory.mktemp("kb"), {"data/vocabulary.yaml": "themes: []\n"})
    (root / "data/actors" / f"{stem}.yaml").write_text(text, encoding="utf-8")
    problems = KnowledgeBase.open(root, use_cache=False).validate(today=DAY).problems
    assert [p for p in problems if p.code == "bsn"], (place, written, [(p.code, p.message) for p in problems])
    for p in problems:
        shown = p.path + p.message + (p.hint or "")
        assert digits not in re.sub(r"\D", "", shown.replace("11*******", "")), (p.code, shown)
        assert written not in shown


def test_no_output_of_validate_echoes_a_bsn(make_kb, cli) -> None:
    root = make_kb(
        {
            "data/actors/111222333.yaml": HEAD.format(id="111222333") + "description: bsn 123 456 782\n"
            '"999 999 990": x\n' + SRC,
        }
    )
    for fmt in ("text", "json", "github"):
        run = cli("validate", "--kb", str(root), "--as-of", TODAY, "--format", fmt)
        assert run.exit_code == 1
        digits = re.sub(r"\D", "", run.stdout + run.stderr)
        for number in ("111222333", "123456782", "999999990"):
            assert number not in digits, (fmt, run.stdout)
        assert "11*******" in run.stdout and "12*******" in run.stdout


# -- every file under data/ ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "data/clienten.csv",
        "data/actors/.verborgen.yaml",
        "data/.verborgen/map/notities.txt",
        "data/actors/ggz-a.yml",
        "data/export/lijst.md",
        "data/initiatives/sub/tafel.yaml",
        "data/.git-notes",
    ],
)
def test_every_other_file_is_a_stray_and_is_scanned(path: str, make_kb) -> None:
    root = make_kb({path: "naam;bsn\nJan;111.222.333\n"})
    problems = KnowledgeBase.open(root).validate(today=DAY).problems
    mine = {(p.code, p.line) for p in problems if p.path == path}
    assert ("stray-file", 1) in mine, problems
    assert ("bsn", 2) in mine, problems


def test_documentation_is_allowed_but_scanned(make_kb) -> None:
    root = make_kb({"data/README.md": "# Kennisbank\n\nUitleg.\n", "data/actors/.gitkeep": ""})
    assert not KnowledgeBase.open(root).validate(today=DAY).problems
    root = make_kb({"data/README.md": "# Kennisbank\n\nVoorbeeld: 111 222 333\n"})
    assert {(p.code, p.path, p.line) for p in KnowledgeBase.open(root).validate(today=DAY).problems} == {
        ("bsn", "data/README.md", 3)
    }


def test_binary_stray_files_are_reported_as_unchecked(make_kb) -> None:
    root = make_kb({"data/lijst.xlsx": b"PK\x03\x04\x00\xff\xfe"})
    (found,) = [p for p in KnowledgeBase.open(root).validate(today=DAY).problems if p.path == "data/lijst.xlsx"]
    assert found.code == "stray-file" and "not text" in found.message


def test_links_under_data_are_not_followed(make_kb, tmp_path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("111 222 333\n", encoding="utf-8")
    root = make_kb()
    (root / "data" / "link.txt").symlink_to(secret)
    problems = KnowledgeBase.open(root).validate(today=DAY).problems
    assert [(p.code, p.path) for p in problems] == [("stray-file", "data/link.txt")]


def test_vocabulary_is_scanned_too(make_kb) -> None:
    root = make_kb({"data/vocabulary.yaml": BASE["data/vocabulary.yaml"] + "# 111 222 333\n"})
    assert "bsn" in {p.code for p in KnowledgeBase.open(root).validate(today=DAY).problems}


# -- phones and contacts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Bel 06-12345678", "tel. 043 321 4567", "+32 89 12 34 56", "0032 89 12 34 56", "+49 2151 123456",
     "+31 (0)6 1234 5678", "bel 053 - 480 12 34"],
)  # fmt: skip
def test_phone_numbers_outside_contacts_are_found_also_foreign_ones(text: str) -> None:
    assert [p.code for p in check_privacy("f", {"description": text})] == ["phone-outside-contacts"]


@pytest.mark.parametrize("text", ["In 2023 en 2024 kwamen 120 mensen", "KvK 12345678", "versie 1.2.3", "2023-03-24"])
def test_numbers_that_are_no_phone_numbers(text: str) -> None:
    assert check_privacy("f", {"description": text}) == []


@pytest.mark.parametrize(
    ("contact", "code"),
    [
        ("{name: Jan, role: adviseur, email: jan@}", "contact-email"),
        ("{name: Jan, role: adviseur, email: 'jan@@roset.nl'}", "contact-email"),
        ("{name: Jan, role: adviseur, email: jan roset.nl}", "contact-email"),
        ("{name: Jan, role: adviseur, phone: '12345'}", "contact-phone"),
        ("{name: Jan, role: adviseur, phone: 06-1234}", "contact-phone"),
        ("{name: Jan, role: adviseur, email: jan@gmail.com}", "contact-private-email"),
        ("{name: Jan, role: adviseur, email: jan.jansen@roset.nl, phone: 053-4801234}", None),
        ("{name: Jan, role: adviseur, phone: +32 89 12 34 56}", None),
        ("{name: Jan, role: adviseur, phone: 02151 123456}", None),  # German, written the national way
    ],
)
def test_contact_fields_hold_real_addresses_and_numbers(contact: str, code: str | None, make_kb) -> None:
    root = make_kb(
        {"data/actors/ros-a.yaml": "id: ros-a\nname: ROS A\ntype: ros\ncontacts:\n  - " + contact + "\n" + SRC}
    )
    codes = {p.code for p in KnowledgeBase.open(root).validate(today=DAY).problems}
    assert codes == ({code} if code else set())


def test_scan_stays_linear_on_hostile_text() -> None:
    """Long runs of spaces and digits: each finder looks at every character a bounded number of times."""
    for text in ("1" + " " * 200_000 + "x", "1 " * 100_000, "1." * 100_000, ("12 " * 3 + "x") * 20_000):
        personal.find_bsns(text)
        personal.hint(text)

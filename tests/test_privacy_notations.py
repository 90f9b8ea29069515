"""Personal data in the notations YAML itself offers: what `ggznet validate` finds through its pre-check on the
file's text, compared with what the finders find in the parsed values. Through the CLI, with and without the store."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ggznet.validate.privacy import check_privacy

ACTOR = "id: ggz-b\nname: GGZ B\ntype: ggz-aanbieder\nregions: [regio-a]\nsources: [{title: T}]\n"


def codes(cli, root, *extra: str) -> set[str]:
    run = cli(*extra, "--kb", str(root), "validate", "--format", "json")
    assert run.exit_code in (0, 1), run.stderr
    return {(p["code"]) for p in json.loads(run.stdout)["problems"] if p["path"] == "data/actors/ggz-b.yaml"}


# Written plainly, every notation the docs promise is found (with and without the store); this held.
FOUND = {
    "grouped": ("description: klant 111 222 333\n", "bsn"),
    "dots": ("description: klant 1112.22.333\n", "bsn"),
    "dashes-flow": ("tags: [a, '111-22-2333']\n", "bsn"),
    "slashes": ("description: 111/222/333\n", "bsn"),
    "no-break": ("description: 111\u00a0222\u00a0333\n", "bsn"),
    "thin": ("description: 111\u2009222\u2009333\n", "bsn"),
    "full-width": ("description: １１１－２２２－３３３\n", "bsn"),
    "arabic-indic": ("description: ١١١٢٢٢٣٣٣\n", "bsn"),
    "devanagari": ("description: १११२२२३३३\n", "bsn"),
    "block": ("description: |\n  klant 111 222\n  333\n", "bsn"),
    "folded": ("description: >\n  klant 111.222\n\n  .333\n", "bsn"),
    "comment": ("# klant 111 222 333\n", "bsn"),
    "key": ("111222333: x\n", "bsn"),
    "leading-zero-number": ("description: 012345672\n", "bsn"),
    "float": ("description: 1.11222333e8\n", "bsn"),
    "iban": ("description: NL91 ABNA 0417 1643 00\n", "iban"),
    "phone": ("description: bel 06-12345678\n", "phone-outside-contacts"),
    "email": ("description: jan@voorbeeld.nl\n", "email-outside-contacts"),
}


@pytest.mark.parametrize("name", sorted(FOUND))
@pytest.mark.parametrize("store", [True, False])
def test_plain_notations_are_found(make_kb, cli, name: str, store: bool) -> None:
    line, code = FOUND[name]
    root = make_kb({"data/actors/ggz-b.yaml": ACTOR + line})
    assert code in codes(cli, root, *(() if store else ("--no-cache",)))


# The same data written so that the file's text holds no run of nine digits (a YAML escape in a double-quoted
# string, or a hexadecimal number), while the parsed value does: the finders flag the value, but the pre-check
# on the text clears the file first, so nothing is reported. (Also so before the byte-level pre-check.)
HIDDEN = {
    "hex-number": ("description: 0x6a11e3d\n", "bsn"),  # 111222333 as YAML 1.2 core reads it
    "hex-number-digits-only": ("description: 0x6000049\n", "bsn"),  # 100663369: only seven digits in the text
    "escaped-no-break": ('description: "klant 111\\u00a0222\\u00a0333"\n', "bsn"),
    "escaped-tab": ('description: "klant 111\\t222\\t333"\n', "bsn"),
    "escaped-digits": ('description: "klant \\x31\\x31\\x31222333"\n', "bsn"),
    "escaped-at": ('description: "jan\\x40voorbeeld.nl"\n', "email-outside-contacts"),
    "escaped-at-unicode": ('description: "jan\\u0040voorbeeld.nl"\n', "email-outside-contacts"),
}


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_the_finders_flag_the_parsed_value(name: str) -> None:
    """The premise of the tests below: the value YAML gives is flagged by the finders."""
    import yaml

    line, code = HIDDEN[name]
    data = yaml.safe_load(ACTOR + line)
    if name.startswith("hex"):
        assert isinstance(data["description"], int)
    assert code in {p.code for p in check_privacy("data/actors/ggz-b.yaml", data)}


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_personal_data_behind_yaml_notation_is_found(make_kb, cli, name: str) -> None:
    line, code = HIDDEN[name]
    root = make_kb({"data/actors/ggz-b.yaml": ACTOR + line})
    assert code in codes(cli, root, "--no-cache")


MEETING = "data/meetings/2023-03-24-tafel-a.yaml"
VALID_BUT_HIDDEN = {
    # an otherwise valid record: validate exits 0 and the BSN stays in the knowledge base
    "escaped-no-break-in-text": ("data/actors/ggz-b.yaml", ACTOR + 'description: "klant 111\\u00a0222\\u00a0333"\n'),
    "hex-in-a-number-field": (MEETING, None),  # `participants: {count: 0x6a11e3d}`: 111222333
}


@pytest.mark.parametrize("name", sorted(VALID_BUT_HIDDEN))
def test_a_hidden_bsn_fails_the_run_through_a_real_process(make_kb, name: str) -> None:
    from conftest import BASE

    rel, content = VALID_BUT_HIDDEN[name]
    if content is None:
        content = BASE[MEETING].replace("count: 40", "count: 0x6a11e3d")
        assert content != BASE[MEETING]
    root = make_kb({rel: content})
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GGZNET_KB")}
    done = subprocess.run(
        [sys.executable, "-m", "ggznet", "--kb", str(root), "validate", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    found = {p["code"] for p in json.loads(done.stdout)["problems"] if p["path"] == rel}
    assert done.returncode == 1 and "bsn" in found, (done.returncode, found)


@pytest.mark.parametrize("store", [True, False])
def test_an_escaped_bsn_is_masked_in_internal_output(make_kb, cli, store: bool) -> None:
    root = make_kb(
        {
            "data/actors/verzekeraar.yaml": 'id: verzekeraar\nname: "Verz 111\\u00a0222\\u00a0333"\n'
            "type: zorgverzekeraar\nregions: [regio-a]\nsources: [{title: T}]\n"
        }
    )
    public = cli(*(() if store else ("--no-cache",)), "--kb", str(root), "show", "verzekeraar", "--audience", "public")
    assert "Verz 11*******" in public.stdout  # the audience policy's own finder sees it
    run = cli(*(() if store else ("--no-cache",)), "--kb", str(root), "show", "verzekeraar")
    assert run.exit_code == 0
    assert "Verz 11*******" in run.stdout and "111\u00a0222" not in run.stdout, run.stdout


# Valid IBANs whose account part mixes letters and digits (allowed in e.g. Latvia, Malta, Qatar): the IBAN finder
# flags them, but no run of nine digits stands in the text, so the pre-check clears the file.
MIXED_IBANS = ["LV23BANKAB12CD34EF567", "MT40MALT01100AB12CD34EF56GH78IJ", "QA89DOHBAB12CD34EF56GH78IJ90K"]


@pytest.mark.parametrize("number", MIXED_IBANS)
def test_the_iban_finder_flags_alphanumeric_ibans(number: str) -> None:
    from stdnum import iban

    assert iban.is_valid(number)
    assert "iban" in {p.code for p in check_privacy("data/actors/ggz-b.yaml", {"description": f"rek {number}"})}


@pytest.mark.parametrize("number", MIXED_IBANS)
def test_an_alphanumeric_iban_is_reported(make_kb, cli, number: str) -> None:
    root = make_kb({"data/actors/ggz-b.yaml": ACTOR + f"description: rek {number}\n"})
    assert "iban" in codes(cli, root, "--no-cache")

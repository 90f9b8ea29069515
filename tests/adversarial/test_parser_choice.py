"""Whether a record is valid YAML must not depend on which of ggznet's two parsers reads it.

A file goes to the fast (Rust) parser unless it holds something the two read differently; an unrelated
comment with a `!` sends it to the exact (libyaml) one. Texts the exact parser refuses, such as a flow list
holding `>` (`barriers: [>, x]`) or a flow mapping whose key spans two lines, were read by the fast one as
ordinary values: the same record was valid or not depending on a comment. Found by feeding both parsers
records built from YAML's tokens.
"""

from __future__ import annotations

import json

import pytest

SOURCE = "sources:\n  - {title: Bron, publisher: Uitgever, published: 2023-01-01}\n"
RECORD = "id: ggz-x\nname: GGZ X\ntype: ggz-aanbieder\nregions: [regio-a]\n" + SOURCE


@pytest.mark.parametrize(
    "extra",
    [
        "barriers: [>, weinig tijd]\n",
        "barriers: [weinig tijd, |]\n",
        "lessons: [:ken elkaar]\n",
        "lessons: [ken elkaar:]\n",
        "contacts:\n  - {name: Anna, ro\n      le: inkoper}\n",
        "participants: 40_\n",
    ],
)
def test_a_record_is_read_alike_with_or_without_a_comment_that_changes_the_parser(make_kb, cli, extra: str) -> None:
    plain = make_kb({"data/actors/ggz-x.yaml": RECORD + extra})
    first = cli("--kb", str(plain), "--no-cache", "validate", "--format", "json", "--lang", "en")
    make_kb({"data/actors/ggz-x.yaml": RECORD + extra + "# let op!\n"})  # the same record, and a comment
    second = cli("--kb", str(plain), "--no-cache", "validate", "--format", "json", "--lang", "en")

    def found(run) -> list[tuple[str, str]]:
        return [(p["path"], p["code"]) for p in json.loads(run.stdout)["problems"] if p["severity"] == "error"]

    assert found(first) == found(second)
    assert (first.exit_code, second.exit_code) == (1, 1)  # libyaml refuses each of these texts

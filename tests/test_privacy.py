"""Privacy: public documents leave out contacts and internal records; the privacy pre-check misses nothing;
hostile text never breaks a rendered document."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggznet.api import KnowledgeBase, RenderOptions, briefing, report
from ggznet.store.files import personal_data_hint
from ggznet.validate.privacy import check_privacy
from test_report import assert_valid_markdown

AS_OF = dt.date(2026, 11, 23)
INTERNAL = {
    "data/initiatives/geheim.yaml": "id: geheim\nname: Vertrouwelijk overleg\ntype: tafel\nstatus: lopend\n"
    "regions: [regio-a]\ninternal: true\nactors:\n  - {actor: ggz-a, role: trekker}\nsources: [{title: T}]\n",
}


def options(audience: str) -> RenderOptions:
    return RenderOptions(as_of=AS_OF, audience=audience, commit="X", history=False)


def test_public_report_leaves_out_contacts_and_internal_records(make_kb) -> None:
    kb = KnowledgeBase.open(make_kb(INTERNAL))
    assert not kb.validate().problems
    internal = report(kb, "regio-a", options("internal"))
    public = report(kb, "regio-a", options("public"))
    assert "Anna Adviseur" in internal and "anna@verzekeraar.example" in internal
    assert "Vertrouwelijk overleg" in internal
    for secret in ("Anna Adviseur", "anna@verzekeraar.example", "Vertrouwelijk overleg", "geheim"):
        assert secret not in public
    assert "Contactgegevens zijn weggelaten (publieke versie)." in public
    assert_valid_markdown(public)


def test_public_briefing_leaves_out_contacts(make_kb) -> None:
    kb = KnowledgeBase.open(make_kb())
    assert "anna@verzekeraar.example" in briefing(kb, "tafel-a", options("internal"))
    public = briefing(kb, "tafel-a", options("public"))
    assert "anna@verzekeraar.example" not in public and "Anna Adviseur" not in public


def test_audience_option_on_the_cli(make_kb, cli) -> None:
    root = make_kb()
    run = cli("report", "regio-a", "--kb", str(root), "--audience", "public")
    assert run.exit_code == 0 and "Anna" not in run.stdout
    assert cli("report", "regio-a", "--kb", str(root), "--audience", "everyone").exit_code == 2


personal = st.one_of(
    st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(nl|com)", fullmatch=True),
    st.from_regex(r"0[1-9]-?[0-9]{8}", fullmatch=True),
    st.from_regex(r"\+31 ?[1-9] ?[0-9]{8}", fullmatch=True),
    st.sampled_from(["111222333", "1112.22.333", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"]),
)
filler = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(filler, personal, filler)
def test_the_privacy_pre_check_never_skips_a_finding(before: str, secret: str, after: str) -> None:
    text = f"{before} {secret} {after}"
    data = {"id": "x", "description": text}
    if check_privacy("data/actors/x.yaml", data):
        assert personal_data_hint(f"description: {text}\n")


hostile = st.lists(
    st.sampled_from(
        [*"ab |<>[]()*_`#!-=\n\t\\&\"':1.", "<script>", "javascript:", "](", "\u202e", "| --- |", "# ", "1. ", "```"]
    ),
    min_size=1,
    max_size=20,
).map("".join)


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(name=hostile, summary=hostile, barrier=hostile, decision=hostile)
def test_no_user_text_breaks_the_markdown(make_kb, name: str, summary: str, barrier: str, decision: str) -> None:
    import json

    def q(text: str) -> str:
        return json.dumps(text)  # a JSON string is a valid YAML double-quoted scalar

    root = make_kb(
        {
            "data/initiatives/tafel-a.yaml": (
                f"id: tafel-a\nname: {q(name)}\ntype: tafel\nstatus: lopend\nregions: [regio-a]\n"
                "themes: [wachttijden]\n"
                f"domains: [ggz]\nactors:\n  - {{actor: ggz-a, role: trekker}}\nsummary: {q(summary)}\n"
                f"barriers: [{q(barrier)}]\nsources: [{{title: {q(name)}}}]\n"
            ),
            "data/meetings/2023-03-24-tafel-a.yaml": (
                "id: 2023-03-24-tafel-a\ntitle: " + q(decision) + "\ndate: 2023-03-24\ntype: samenwerkingstafel\n"
                "status: gehouden\nregions: [regio-a]\nforum: tafel-a\noutcomes:\n  decisions: [" + q(decision) + "]\n"
                "  actions:\n    - {id: a, what: " + q(barrier) + ", owner: ggz-a, due: 2023-04-01}\n"
                "sources: [{title: T}]\n"
            ),
        }
    )
    kb = KnowledgeBase.open(root, use_cache=False)
    if kb.validate().errors:
        return  # e.g. an empty name after stripping: the schema refuses it, nothing to render
    for text in (report(kb, "regio-a", options("internal")), briefing(kb, "tafel-a", options("internal"))):
        assert_valid_markdown(text)
        assert "<script>" not in text


# -- the pre-check on a file's bytes clears only texts where no finder can find a number ------------------

RUN_PIECES = ["1", "23", "456", "2023-03-24", "06-12345678", "+31", " ", "  ", "\n", "\t", "-", ".", "/", "_", "(", ")",
              "a", "B", "é", "٣", "１", "\u00a0", "\u2028", "\u200b", "\x1c", "\x85", "\U000e0041", "\ufeff", "@", "é1",
              "NL91 ABNA 0417 1643 00", "1 2 3 4", "x9", "0x", "0X6a", "LV23", "XK05", "\\", "\\x31", "Q"]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=40).map("".join))
def test_the_pre_check_on_bytes_clears_no_text_a_finder_could_flag(text: str) -> None:
    from ggznet import personal

    data = text.encode("utf-8")
    if not personal._digit_run(data):
        assert not personal._long_number(text), text
        assert not personal._find_bsns(text), text  # a BSN is written in such a run (`find_bsns` clears by it)
    assert personal.hint(text, data) == personal.hint(text), text
    assert personal.hint(text, b"\xef\xbb\xbf" + data) == personal.hint(text), text

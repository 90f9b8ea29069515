"""A region's records for its overview, kept in the store by the state of the knowledge base: the same overview as
without the store, and a kept answer that the records do not bear out (the store is untrusted input) is not used."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggznet import region_scope as scopes
from ggznet import stored
from ggznet.api import KnowledgeBase, RenderOptions, report
from ggznet.query import records_in_region
from ggznet.render import report as view

REPO = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 23)
OPTIONS = RenderOptions(as_of=AS_OF, lang="nl", commit="X", history=False, audience="internal")


@pytest.fixture
def kb_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped knowledge base in a folder of its own, no file counted as changed too recently for its stat key
    (a ctime cannot be set back), its store written."""
    monkeypatch.setattr(stored, "RACY_NS", -(10**12))
    shutil.copytree(REPO / "data", tmp_path / "data")
    KnowledgeBase.open(tmp_path)
    return tmp_path


def _busiest(root: Path) -> str:
    """The region with the most initiatives, of those that leave some region out."""
    index = KnowledgeBase.open(root, use_cache=False).index
    partial = [r for r in sorted(index.regions) if set(index.regions) - index.region_and_below(r)]
    return max(partial, key=lambda r: len(records_in_region(index, r)["initiative"]))


def _key(kb: KnowledgeBase, region: str) -> str:
    key = kb.index.memo.state_key(f"{scopes.NAME}:{region}") if kb.index.memo is not None else None
    assert key is not None
    return key


def _recalled(root: Path, region: str) -> scopes.RegionScope | None:
    kb = KnowledgeBase.open(root)
    return scopes._decoded(kb.index.memo.recall(_key(kb, region)) if kb.index.memo else None, kb.index, region)


@pytest.mark.parametrize("large", [False, True])
def test_a_kept_scope_gives_the_same_overview_for_every_region(
    kb_root: Path, monkeypatch: pytest.MonkeyPatch, large: bool
) -> None:
    if large:
        monkeypatch.setattr(view, "BUILT_ONCE_UP_TO", 0)
        monkeypatch.setattr(view, "BATCH", 3)
    for region in sorted(KnowledgeBase.open(kb_root).index.regions):
        plain = report(KnowledgeBase.open(kb_root, use_cache=False), region, OPTIONS)
        assert report(KnowledgeBase.open(kb_root), region, OPTIONS) == plain, region  # worked out, then kept
        found = _recalled(kb_root, region)
        assert found is not None and found.recalled, region
        assert found.ids == records_in_region(KnowledgeBase.open(kb_root, use_cache=False).index, region), region
        assert report(KnowledgeBase.open(kb_root), region, OPTIONS) == plain, region  # recalled


def _tampered(kept: dict[str, Any], root: Path, region: str) -> dict[str, Any]:
    """Variants of a kept scope that name a record that does not belong, or miss what the records say."""
    index = KnowledgeBase.open(root, use_cache=False).index
    here = records_in_region(index, region)
    elsewhere = {kind: sorted(set(index.records[kind]) - here[kind]) for kind in ("initiative", "meeting", "actor")}
    variants: dict[str, Any] = {}
    for kind, ids in elsewhere.items():
        if ids:
            variants[f"{kind} from elsewhere"] = {**kept, kind: sorted([*kept[kind], ids[0]])}
    if kept["named"]:
        variants["a named actor missing"] = {**kept, "named": kept["named"][1:]}
    variants["an actor named that is not"] = {**kept, "named": sorted([*kept["named"], "zz-nobody"])}
    variants["an unknown id"] = {**kept, "initiative": [*kept["initiative"], "zz-nothing"]}
    variants["not a list"] = {**kept, "meeting": "all"}
    variants["a label not a text"] = {**kept, "labels": {**kept["labels"], "actor": {"x": 1}}}
    other = {k: {i: f"Verkeerd {n}" for n, i in enumerate(v)} for k, v in kept["labels"].items()}
    if ids := elsewhere["initiative"]:  # found wrong by the view: the names kept with it are not used either
        variants["an initiative from elsewhere, every name wrong"] = {
            **kept,
            "initiative": sorted([*kept["initiative"], ids[0]]),
            "labels": other,
        }
    variants["a field more"] = {**kept, "more": []}
    variants["network metrics not of their shape"] = {**kept, "network": {"actors": "none"}}
    inside = sorted(here["initiative"])[:1]
    limit = str(view.MAX_INSPIRATION)
    variants["inspiration from the region itself"] = {**kept, "inspiration": {limit: [[i, 99] for i in inside]}}
    variants["inspiration out of order"] = {**kept, "inspiration": {limit: list(reversed(kept["inspiration"][limit]))}}
    variants["inspiration not a ranking"] = {**kept, "inspiration": {"a": 1}}
    variants["not a dict"] = [kept]
    return variants


def test_a_kept_scope_the_records_do_not_bear_out_is_not_used(kb_root: Path) -> None:
    region = _busiest(kb_root)
    plain = report(KnowledgeBase.open(kb_root, use_cache=False), region, OPTIONS)
    assert report(KnowledgeBase.open(kb_root), region, OPTIONS) == plain
    kb = KnowledgeBase.open(kb_root)
    assert kb.index.memo is not None
    kept = kb.index.memo.recall(_key(kb, region))
    assert isinstance(kept, dict)
    for what, value in _tampered(kept, kb_root, region).items():
        kb = KnowledgeBase.open(kb_root)
        assert kb.index.memo is not None
        kb.index.memo.remember(_key(kb, region), value)
        if "from elsewhere" in what or "named" in what:  # of the right shape: the view itself must find it wrong
            assert _recalled(kb_root, region) is not None, what
        assert report(KnowledgeBase.open(kb_root), region, OPTIONS) == plain, what
        found = _recalled(kb_root, region)  # worked out again, and kept as it should be
        assert found is not None and found.ids == records_in_region(KnowledgeBase.open(kb_root).index, region), what


def test_a_changed_file_gives_another_key_and_the_overview_follows(kb_root: Path) -> None:
    region = _busiest(kb_root)
    report(KnowledgeBase.open(kb_root), region, OPTIONS)
    before = _key(KnowledgeBase.open(kb_root), region)
    index = KnowledgeBase.open(kb_root, use_cache=False).index
    ini = sorted(records_in_region(index, region)["initiative"])[0]
    path = kb_root / index.paths[("initiative", ini)]
    text = path.read_text(encoding="utf-8")
    elsewhere = sorted(set(index.regions) - index.region_and_below(region))[0]
    lines = text.splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.startswith("regions:"))
    end = next(n for n in range(at + 1, len(lines)) if not lines[n].startswith(("  ", "- ")))
    path.write_text("".join([*lines[:at], f"regions:\n  - {elsewhere}\n", *lines[end:]]), encoding="utf-8")
    assert _key(KnowledgeBase.open(kb_root), region) != before
    plain = report(KnowledgeBase.open(kb_root, use_cache=False), region, OPTIONS)
    assert report(KnowledgeBase.open(kb_root), region, OPTIONS) == plain
    assert report(KnowledgeBase.open(kb_root), region, OPTIONS) == plain  # kept for the new state, recalled
    assert ini not in records_in_region(KnowledgeBase.open(kb_root).index, region)["initiative"]


def test_nothing_is_kept_by_state_while_a_file_is_too_new_for_its_stat_key(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")  # every file's ctime is now: within the racy window
    kb = KnowledgeBase.open(tmp_path)
    assert kb.index.memo is not None
    assert kb.index.memo.state_key("anything") is None


# -- random edit sequences: a warm overview is always the one without the store ---------------------------------

REGIONS = ["twente", "limburg", "nederland", "hengelo", "zuid-limburg"]
EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("part_of"), st.sampled_from(["hengelo", "zuid-limburg", "twente"]), st.sampled_from(REGIONS)),
        st.tuples(
            st.just("regions"),
            st.sampled_from(["huiskamer-zaandam", "integraal-zorgakkoord", "de-nieuwe-ggz-maastricht"]),
            st.sampled_from(REGIONS),
        ),
        st.tuples(st.just("rename"), st.sampled_from(["initiatives/huiskamer-zaandam", "regions/hengelo"]), st.none()),
        st.tuples(
            st.just("move"),
            st.sampled_from(["initiatives/integraal-zorgakkoord", "actors/mind", "regions/almelo"]),
            st.sampled_from(["actors", "initiatives", "meetings", "regions"]),
        ),
        st.tuples(
            st.just("delete"),
            st.sampled_from(["actors/mind", "regions/twente", "initiatives/huiskamer-zaandam"]),
            st.none(),
        ),
        st.tuples(
            st.just("copy"), st.sampled_from(["huiskamer-zaandam", "integraal-zorgakkoord"]), st.sampled_from(REGIONS)
        ),
        st.tuples(st.just("theme"), st.sampled_from(["triage", "preventie", "toegang"]), st.none()),
        st.tuples(st.just("name"), st.sampled_from(["actors/mind", "initiatives/huiskamer-zaandam"]), st.none()),
    ),
    min_size=1,
    max_size=6,
)
VARIANTS = [
    OPTIONS,
    RenderOptions(as_of=AS_OF, lang="en", commit="X", history=False, audience="internal"),
    RenderOptions(as_of=dt.date(2030, 1, 1), lang="nl", commit="X", history=False, audience="public"),
]


def _edit(root: Path, what: str, target: str, arg: str | None, restore: bool) -> None:
    data = root / "data"
    found = next(iter(data.glob(f"*/{target.split('/')[-1]}.yaml")), None) if "/" in target else None
    if what in ("part_of", "regions", "copy"):
        found = next(iter(data.glob(f"*/{target}.yaml")), None)
    if what == "theme":
        path = data / "vocabulary.yaml"
        info = path.stat()
        text = path.read_text(encoding="utf-8")
        line = next((x for x in text.splitlines(keepends=True) if f"{{id: {target}," in x), None)
        path.write_text(text.replace(line, "") if line else text, encoding="utf-8")
        if restore:
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
        return
    if found is None:
        return
    info = found.stat()
    text = found.read_text(encoding="utf-8")
    if what == "part_of":
        text = re.sub(r"(?m)^part_of: .*$", f"part_of: {arg}", text)
    elif what == "regions":
        text = re.sub(r"(?m)^regions:\n(  - .*\n)+", f"regions:\n  - {arg}\n", text)
    elif what == "name":
        text = re.sub(r"(?m)^name: (.)", lambda m: "name: " + ("X" if m.group(1) != "X" else "Y"), text, count=1)
    elif what == "rename":
        found.rename(found.with_name(f"zz-{found.name}"))
        return
    elif what == "move":
        (data / str(arg)).mkdir(exist_ok=True)
        found.rename(data / str(arg) / found.name)
        return
    elif what == "delete":
        found.unlink()
        return
    elif what == "copy":
        new = found.with_name(f"kopie-{found.name}")
        text = text.replace(f"id: {target}\n", f"id: kopie-{target}\n", 1)
        text = re.sub(r"(?m)^regions:\n(  - .*\n)+", f"regions:\n  - {arg}\n", text)
        new.write_text(text, encoding="utf-8")
        return
    found.write_text(text, encoding="utf-8")
    if restore:
        os.utime(found, ns=(info.st_atime_ns, info.st_mtime_ns))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, restore=st.booleans())
def test_random_edits_give_the_same_overview_warm_and_without_the_store(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[str, str, str | None]], restore: bool
) -> None:
    root = tmp_path_factory.mktemp("kb")
    shutil.copytree(REPO / "data", root / "data")
    saved = stored.RACY_NS
    stored.RACY_NS = -(10**12)  # no file too new for its stat key: the kept scope is used on every run
    try:
        for region in ("twente", "limburg"):
            report(KnowledgeBase.open(root), region, OPTIONS)  # kept before the edits
        for what, target, arg in edits:
            _edit(root, what, target, arg, restore)
            plain_index = KnowledgeBase.open(root, use_cache=False).index
            for region in REGIONS:
                if region not in plain_index.regions:
                    continue
                for options in VARIANTS:
                    plain = report(KnowledgeBase.open(root, use_cache=False), region, options)
                    assert report(KnowledgeBase.open(root), region, options) == plain, (region, options.lang)
                    assert report(KnowledgeBase.open(root), region, options) == plain, (region, options.lang)
    finally:
        stored.RACY_NS = saved

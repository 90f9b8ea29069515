"""A region's records for its overview, kept in the store by the state of the knowledge base: the same overview as
without the store, and a kept answer that the records do not bear out (the store is untrusted input) is not used."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

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

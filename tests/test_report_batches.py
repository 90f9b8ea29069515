"""The regional overview of a large knowledge base, its records built a batch at a time and let go after: the
same overview, byte for byte, as when they are built once and kept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from ggznet.api import KnowledgeBase, RenderOptions, report
from ggznet.lazy import built_keys
from ggznet.query import records_in_region
from ggznet.render import report as view

REPO = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def shipped_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped knowledge base in a folder of its own, its store written (so that a later open is warm)."""
    root = tmp_path_factory.mktemp("kb")
    shutil.copytree(REPO / "data", root / "data")
    KnowledgeBase.open(root)
    return root


def _options(lang: str, audience: str) -> RenderOptions:
    return RenderOptions(as_of=AS_OF, lang=lang, commit="X", history=False, audience=audience)


def _every_report(root: Path, *, use_cache: bool) -> dict[tuple[str, str, str], str]:
    kb = KnowledgeBase.open(root, use_cache=use_cache)  # opened anew: no record built yet
    regions = sorted(kb.index.regions)
    return {
        (region, lang, audience): report(kb, region, _options(lang, audience))
        for region in regions
        for lang in ("nl", "en")
        for audience in ("internal", "public")
    }


@pytest.mark.parametrize("batch", [1, 2, 7])
def test_batches_make_the_same_overview(shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    once = _every_report(shipped_copy, use_cache=True)
    assert len(once) > 8 and all(text.startswith("# ") or "\n# " in text for text in once.values())
    monkeypatch.setattr(view, "BUILT_ONCE_UP_TO", 0)  # every knowledge base counts as large
    monkeypatch.setattr(view, "BATCH", batch)
    assert _every_report(shipped_copy, use_cache=True) == once
    assert _every_report(shipped_copy, use_cache=False) == once


def test_batches_let_the_regions_records_go(shipped_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made a batch at a time, the view keeps none of the region's actors, initiatives and meetings built (that
    is the memory it saves); made at once, it keeps them all."""
    region = max(
        KnowledgeBase.open(shipped_copy).index.regions,
        key=lambda r: len(records_in_region(KnowledgeBase.open(shipped_copy).index, r)["initiative"]),
    )
    for large in (True, False):
        monkeypatch.setattr(view, "BUILT_ONCE_UP_TO", 0 if large else 10**9)
        monkeypatch.setattr(view, "BATCH", 2)
        kb = KnowledgeBase.open(shipped_copy)
        report(kb, region, _options("nl", "internal"))
        scope = records_in_region(kb.index, region, keep=False)
        assert scope["actor"] and scope["initiative"] and scope["meeting"]
        for kind in ("actor", "initiative", "meeting"):
            built = built_keys(kb.index.records[kind]) & scope[kind]
            assert built == (set() if large else scope[kind]), kind


def test_a_record_from_stored_data_without_onbekend_counts_none_and_the_rest_are_counted(shipped_copy: Path) -> None:
    """`Index.not_stated_count` is the record's own count: 0 without looking only for a record built from stored
    data that cannot hold the value `onbekend`."""
    from ggznet.schema.vocab import NOT_STATED
    from ggznet.store.cache import dumps
    from ggznet.stored import _NOT_STATED_JSON

    assert dumps(NOT_STATED) == _NOT_STATED_JSON
    index = KnowledgeBase.open(shipped_copy).index  # warm: every record is built from the store
    records = list(index.all_records())
    assert [index.not_stated_count(r) for r in records] == [r.not_stated_count() for r in records]
    assert index.surely_stated and any(r.not_stated_count() for r in records)
    assert {r.kind for r in records if (r.kind, r.id) in index.surely_stated} == {
        "region",
        "actor",
        "initiative",
        "meeting",
    }


def test_an_escaped_onbekend_in_the_store_is_still_counted(tmp_path: Path) -> None:
    """The store is untrusted: JSON may spell `onbekend` with `\\u` escapes, which decode to the same value."""
    import sqlite3

    root = tmp_path / "kb"
    shutil.copytree(REPO / "data", root / "data")
    KnowledgeBase.open(root)
    db = sqlite3.connect(root / ".ggznet-cache" / "store.sqlite3")
    rows = db.execute("SELECT path, raw FROM files WHERE instr(raw, ?) > 0", (b'"onbekend"',)).fetchall()
    assert rows
    for path, raw in rows:
        db.execute("UPDATE files SET raw = ? WHERE path = ?", (raw.replace(b'"onbekend"', b'"onbe\\u006bend"'), path))
    db.commit()
    db.close()
    index = KnowledgeBase.open(root).index
    records = list(index.all_records())
    counted = [(r.ref, index.not_stated_count(r)) for r in records]
    assert counted == [(r.ref, r.not_stated_count()) for r in records]
    assert sum(n for _, n in counted) >= len(rows)

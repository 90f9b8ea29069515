"""`KnowledgeBase.let_go_of_checks`: what a report lets go of after validating changes no later answer."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

from ggznet.api import KnowledgeBase

TODAY = dt.date(2025, 1, 15)


def _problems(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    return [(p.code, p.path, p.message) for p in kb.validate(today=TODAY).problems]


def test_validating_again_after_letting_go_gives_the_same_problems(make_kb: Callable[..., Path]) -> None:
    root = make_kb({"data/actors/kapot.yaml": "id: kapot\nname: Kapot\ntype: ggz-aanbieder\nregions: [nergens]\n"})
    fresh = KnowledgeBase.open(root, use_cache=False)
    expected = _problems(fresh)
    assert expected  # a reference to a region no file holds, and a missing source
    for n, use_cache in enumerate((True, True, False)):  # cold (the store written now), warm, without the store
        kb = KnowledgeBase.open(root, use_cache=use_cache)
        assert _problems(kb) == expected
        if n == 0:
            assert kb.index.known_facts  # worked out from the files read: what is let go
        kb.let_go_of_checks()
        assert kb.index.known_facts == {}
        assert _problems(kb) == expected
        kb.let_go_of_checks()
        assert _problems(kb) == expected


def test_a_cold_run_for_a_document_keeps_no_facts_of_clean_files_and_judges_alike(
    make_kb: Callable[..., Path], cli
) -> None:
    """`keep_facts=False` (report, briefing): a clean file's facts are read back from the store, not kept in
    memory; the problems are those of a run without the store, cold and warm, and the report is the same."""
    root = make_kb(
        {
            "data/actors/kapot.yaml": "id: kapot\nname: Kapot\ntype: ggz-aanbieder\nregions: [nergens]\n",
            "data/actors/stuk.yaml": "id: stuk\nname: Stuk\ntype: geen-type\nregions: [regio-a]\n",
        }
    )
    expected = _problems(KnowledgeBase.open(root, use_cache=False))
    assert {"unresolved-reference", "bad-value"} <= {code for code, _, _ in expected}, expected
    cold = KnowledgeBase.open(root, keep_facts=False)
    assert _problems(cold) == expected
    # only the broken file's facts stay in memory (its record fails its schema: not clean); the rest come back
    assert cold.files_read > 2 and set(cold.index.known_facts) <= {"data/actors/stuk.yaml"}
    assert _problems(KnowledgeBase.open(root, keep_facts=False)) == expected  # warm
    args = ("report", "regio-a", "--kb", str(root), "--as-of", "2025-01-15", "--raw")
    runs = [cli(*args), cli(*args)]  # the store as left above, then as this run leaves it
    shutil.rmtree(root / ".ggznet-cache")
    runs += [cli(*args), cli(*args, env={"GGZNET_NO_CACHE": "1"})]  # cold, and without the store
    assert [r.exit_code for r in runs] == [1, 1, 1, 1]
    assert len({r.stdout for r in runs}) == 1 and len({r.stderr for r in runs}) == 1

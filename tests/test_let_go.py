"""`KnowledgeBase.let_go_of_checks`: what a report lets go of after validating changes no later answer."""

from __future__ import annotations

import datetime as dt
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

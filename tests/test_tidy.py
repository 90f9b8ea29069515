"""`tidy_chunks`: the report's tidying done on the template's chunks as they come equals tidying the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ggznet.render import env
from ggznet.render.env import tidy, tidy_chunks


def tidy_whole(text: str) -> str:
    """The definition: every line without trailing white space, blank lines collapsed and trimmed."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


PIECES = ["a", "bc", " ", "\t", "\n", "\r", "\r\n", "\x0b", "\x85", "\u2028", "\u00a0", "é", "\n\n", "```"]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=40),
    cuts=st.lists(st.integers(min_value=0, max_value=60), max_size=6),
    block=st.sampled_from([1, 2, 3, 7, 64]),
)
def test_chunks_as_they_come_give_the_tidied_whole(pieces: list[str], cuts: list[int], block: int) -> None:
    text = "".join(pieces)
    at = sorted({min(c, len(text)) for c in cuts})
    chunks = [text[i:j] for i, j in zip([0, *at], [*at, len(text)], strict=True)]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(env, "_TIDY_BLOCK", block)  # a line, a `\r\n`, split over reads
        assert tidy_chunks(chunks) == tidy_whole(text)
    assert tidy(text) == tidy_whole(text)


def test_empty_and_blank_documents() -> None:
    assert tidy_chunks([]) == "\n"
    assert tidy_chunks(["\n", "  \n", "\r\n"]) == "\n"
    assert tidy_chunks(["a\r", "\nb  \n\n\n", "c"]) == "a\nb\n\nc\n"

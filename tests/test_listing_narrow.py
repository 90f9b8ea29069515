"""A listing too wide for the terminal is shown a row at a time as `label  value` blocks, never with columns cut off."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from _terminal import run_on_terminal
from ggznet.cli.output import _render_table
from ggznet.render.listing import Listing

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["ggz", "huisarts", "gemeente", "samenwerkingstafel", "wijkteam", "ervaringsdeskundigheid", "Twente", "a-b-c"]


def _listing(seed: int, rows: int = 12) -> Listing:
    rng = random.Random(seed)
    columns = ["id", "name", "status", "owner", "involved"][: rng.randint(2, 5)]
    data = [{c: " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6))) for c in columns} for _ in range(rows)]
    return Listing(columns, data)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("width", [30, 50, 80, 120])
def test_blocks_exactly_when_rich_would_cut_columns_off(seed: int, width: int) -> None:
    listing = _listing(seed)
    table = _render_table(listing, width=width)
    whole = table.splitlines()[0].endswith("┓")  # the top border reaches its right corner: no column cut off
    shown = _render_table(listing, width=width, blocks_if_narrow=True)
    assert (shown == table) is whole
    if not whole:
        joined = "".join(shown.split())  # a word longer than the room is broken over lines
        for row in listing.rows:  # every word of every cell is in the blocks
            for value in row.values():
                for word in value.split():
                    assert word in joined


def test_blocks_label_each_value_and_wrap_within_the_width() -> None:
    long_id = "samenwerkingstafel-ggz-twente"  # longer than a column of a 30-wide table can be
    listing = Listing(["id", "name"], [{"id": long_id, "name": "een " * 40}, {"id": "x-2", "name": ""}])
    text = _render_table(listing, width=30, blocks_if_narrow=True)
    lines = text.splitlines()
    assert lines[0] == "id    " + long_id[:24] and lines[1] == "      " + long_id[24:]
    assert lines[2].startswith("naam  een een") and lines[3].startswith("      een")
    assert all(len(line) <= 30 for line in lines)
    assert "id    x-2" in lines and "naam" in lines  # an empty value keeps its label
    assert _render_table(listing, width=30).splitlines()[0][-1] != "┓"  # without the option: Rich's table, cut off


def test_blocks_wrap_wide_characters_by_their_width_on_screen() -> None:
    from rich.cells import cell_len

    listing = Listing(["id", "name"], [{"id": "samenwerkingstafel-ggz-twente", "name": "精神保健協力 " * 12}])
    text = _render_table(listing, width=30, blocks_if_narrow=True)
    assert "精神保健協力" in text
    assert all(cell_len(line) <= 30 for line in text.splitlines())


def _pty_listing(columns: int) -> str:
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "50", "NO_COLOR": "1", "GGZNET_LANG": "nl"}
    code, text = run_on_terminal("list", "initiatives", "--region", "twente", "--no-pager", env=env, cwd=ROOT)
    assert code == 0, text
    return text.replace("\r\n", "\n")


def test_a_narrow_terminal_shows_the_owner_of_every_initiative() -> None:
    narrow = _pty_listing(80)
    assert "┏" not in narrow
    assert "eigenaar   Mediant; Menzis" in narrow and "Roset" in narrow
    assert all(len(line) <= 80 for line in narrow.splitlines())
    wide = _pty_listing(250)
    assert wide.lstrip().startswith("┏") and "Mediant (initiatiefnemer)" in wide

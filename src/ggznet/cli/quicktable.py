"""Large listing tables drawn a row at a time, with the widths, header and borders Rich gives them.

Rich lays out and draws every cell of a table through its general machinery, about a millisecond a
row: a listing of 2,500 records took seconds on a terminal. Here Rich draws only a small table of the
same columns holding, per column, the row with the longest word and the row with the longest text (a
column's width depends on nothing else), which gives the column widths, the header and the borders;
the rows are then written here: a cell that fits its column as it is, padded, and a longer one wrapped
by Rich's own `Text.wrap`. Only plain text is drawn this way (characters one cell wide, no emoji codes
Rich would replace, no control characters); anything else, and a highlighted row in colour, is left to
Rich. Tests compare the result with Rich's whole table, byte for byte.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

# Characters Rich draws one cell wide that neither split a line nor get replaced: printable ASCII, Latin
# letters and signs (not the soft hyphen), dashes, quotes and other general punctuation, the euro sign.
_PLAIN = re.compile(r"[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*")
_BOX = "┡"  # the line under the header (Rich's default box, HEAVY_HEAD)


def is_plain(text: str) -> bool:
    """Whether a cell's text is drawn here: every character one cell wide, nothing Rich would change."""
    return _PLAIN.fullmatch(text) is not None


def quick_table(
    cells: Sequence[Sequence[str]],
    make_table: Callable[[], Table],
    make_console: Callable[[io.StringIO], Console],
    *,
    highlight: dict[int, str],
    color: bool,
) -> str | None:
    """The text Rich would print for a table of these cells, or None when it must draw it itself.

    `make_table` gives the table with its columns and no rows; `make_console` the console that prints it.
    """
    if not cells:
        return None
    plain_console = make_console(io.StringIO())
    for row in cells:
        for text in row:
            if not is_plain(text) or (":" in text and plain_console.render_str(text).plain != text):
                return None  # wide or special characters, or an emoji code (`:smile:`) Rich would replace
    columns = len(cells[0])
    chosen: set[int] = set()
    for n in range(columns):
        chosen.add(max(range(len(cells)), key=lambda r: _longest_word(cells[r][n])))
        chosen.add(max(range(len(cells)), key=lambda r: len(cells[r][n])))
    sample = make_table()
    for r in sorted(chosen):
        sample.add_row(*cells[r])
    lines = _printed(sample, make_console)
    try:  # Rich's own arithmetic for the widths (the printed lines are cut at the console's width)
        options = plain_console.options
        found = sample._calculate_column_widths(
            plain_console, options.update_width(options.max_width - sample._extra_width)
        )
        widths = [int(w) - 2 for w in found]
    except Exception:  # a Rich without these: it draws the table itself
        return None
    limit = plain_console.width
    under = next((i for i, line in enumerate(lines) if line.startswith(_BOX)), None)
    if (
        under is None
        or len(widths) != columns
        or min(widths) < 1
        or lines[under] != ("┡" + "╇".join("━" * (w + 2) for w in widths) + "┩")[:limit]
        or lines[-1] != ("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")[:limit]
    ):
        return None  # not the table this expects: Rich draws it
    if color and highlight and sum(widths) + 3 * columns + 1 > limit:
        return None  # highlighted rows of a table wider than the screen: left to Rich
    from rich.text import Text

    out = lines[: under + 1]
    for r, row in enumerate(cells):
        style = highlight.get(r)
        if style and color:
            out.extend(_styled_row(row, widths, style, make_console))
            continue
        wrapped = []
        for text, width in zip(row, widths, strict=True):
            if len(text) <= width:
                wrapped.append([text + " " * (width - len(text))])
            else:
                pieces = Text(text).wrap(plain_console, width, justify="left", overflow="fold")
                wrapped.append([line.plain + " " * (width - len(line.plain)) for line in pieces])
        height = max(len(part) for part in wrapped)
        for i in range(height):
            out.append(
                (
                    "│"
                    + "│".join(
                        f" {part[i]} " if i < len(part) else " " * (width + 2)
                        for part, width in zip(wrapped, widths, strict=True)
                    )
                    + "│"
                )[:limit]
            )
    out.append(lines[-1])
    return "\n".join(out) + "\n"


def _longest_word(text: str) -> int:
    """The narrowest a cell can be (as Rich measures text): its longest word, or all of it without words."""
    words = text.split()
    return max(len(word) for word in words) if words else len(text)


def _printed(table: Table, make_console: Callable[[io.StringIO], Console]) -> list[str]:
    buffer = io.StringIO()
    make_console(buffer).print(table)
    return buffer.getvalue().splitlines()


def _styled_row(
    row: Sequence[str], widths: list[int], style: str, make_console: Callable[[io.StringIO], Console]
) -> list[str]:
    """A highlighted row in colour, drawn by Rich in a table of one row with the same column widths."""
    from rich.table import Table

    table = Table(show_header=False, show_lines=False)
    for width in widths:
        table.add_column(overflow="fold", width=width)
    table.add_row(*row, style=style)
    return _printed(table, make_console)[1:-1]

"""Two regions side by side (`ggznet compare`) as rows and as a Markdown document, in Dutch or English."""

from __future__ import annotations

from typing import Any

from ggznet.dates import in_words
from ggznet.index import Index
from ggznet.render.i18n import term, word
from ggznet.render.markdown import escape_cell, escape_inline

ASPECTS = {
    "themes": ("Thema's", "Themes"),
    "domains": ("Domeinen", "Domains"),
    "types": ("Soorten initiatief", "Kinds of initiative"),
    "statuses": ("Status van initiatieven", "Status of initiatives"),
    "roles": ("Rollen van partijen", "Roles of parties"),
    "rhythm": ("Ritme", "Rhythm"),
}
RHYTHM = {
    "initiatives": ("Initiatieven", "Initiatives"),
    "meetings_held": ("Gehouden bijeenkomsten", "Meetings held"),
    "meetings_planned": ("Geplande bijeenkomsten", "Meetings planned"),
    "meetings_per_year": ("Bijeenkomsten per jaar", "Meetings per year"),
    "last_meeting": ("Laatste bijeenkomst", "Last meeting"),
    "open_actions": ("Open acties", "Open actions"),
}
WORDS = {
    "title": ("Vergelijking", "Comparison"),
    "value": ("Waarde", "Value"),
    "only_here": ("Alleen in één regio, bijvoorbeeld", "Only in one region, e.g."),
    "aspect": ("Aspect", "Aspect"),
}


def _w(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    pair = table.get(key)
    return (pair[0] if lang == "nl" else pair[1]) if pair else key


def _number(value: Any, lang: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        from babel.numbers import format_decimal

        return str(format_decimal(value, format="#,##0.0", locale="nl_NL" if lang == "nl" else "en_GB"))
    return str(value)


def _rhythm(key: str, value: Any, lang: str) -> str:
    if key == "last_meeting":
        return in_words(value, lang) if value else "–"
    return _number(value, lang)


def compare_rows(index: Index, found: dict[str, Any], lang: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Columns and rows: per aspect and value, the count in each region and examples of what only one has."""
    left, right = found["left"]["name"], found["right"]["name"]
    only = _w(WORDS, "only_here", lang)
    rows: list[dict[str, Any]] = []
    for aspect, data in found["aspects"].items():
        # in the order of the words shown, not of the slugs (`ervaringsdeskundigheid` reads `Inzet van …`)
        shown_as = {
            key: term(index.theme_labels, key, lang) if aspect == "themes" else word(key, lang)
            for key in set(data["left"]) | set(data["right"])
        }
        for key, shown in sorted(shown_as.items(), key=lambda kv: (kv[1].casefold(), kv[1], kv[0])):
            examples = data["only_left"].get(key) or data["only_right"].get(key) or []
            rows.append(
                {
                    "aspect": _w(ASPECTS, aspect, lang),
                    "value": shown,
                    left: data["left"].get(key, 0) or "–",
                    right: data["right"].get(key, 0) or "–",
                    only: ", ".join(index.label("initiative", i) for i in examples),
                }
            )
    for key, (l_value, r_value) in found["rhythm"].items():
        rows.append(
            {
                "aspect": _w(ASPECTS, "rhythm", lang),
                "value": _w(RHYTHM, key, lang),
                left: _rhythm(key, l_value, lang),
                right: _rhythm(key, r_value, lang),
                only: "",
            }
        )
    return ["aspect", "value", left, right, only], rows


def compare_markdown(index: Index, found: dict[str, Any], lang: str, *, note: str | None = None) -> str:
    """The comparison as a Markdown document: a section per aspect, each a table; `note` (a warning) on top."""
    columns, rows = compare_rows(index, found, lang)
    left, right, only = columns[2], columns[3], columns[4]
    lines = [f"# {_w(WORDS, 'title', lang)}: {escape_inline(left)} ↔ {escape_inline(right)}", ""]
    if note:
        lines += [f"> **{escape_inline(note)}**", ""]
    for aspect in dict.fromkeys(r["aspect"] for r in rows):
        members = [r for r in rows if r["aspect"] == aspect]
        with_examples = any(r[only] for r in members)
        head = [_w(WORDS, "value", lang), left, right, *([only] if with_examples else [])]
        lines += [f"## {escape_inline(aspect)}", ""]
        lines.append("| " + " | ".join(escape_cell(h) for h in head) + " |")
        lines.append("| --- | ---: | ---: |" + (" --- |" if with_examples else ""))
        for r in members:
            cells = [r["value"], r[left], r[right], *([r[only]] if with_examples else [])]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _cell(value: Any) -> str:
    """A cell: user text escaped; numbers and dashes as they are (so `1,0` never turns into `1\\,0`)."""
    text = str(value)
    if text == "–" or text.replace(",", "").replace(".", "").isdigit():
        return text
    return escape_cell(text)

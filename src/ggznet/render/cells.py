"""Record text in spreadsheet cells: values a spreadsheet would run as a formula are marked as plain text.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel,
LibreOffice and Google Sheets when a CSV file is opened ("CSV injection"). Every writer of record text
into a CSV or spreadsheet uses this one rule.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def neutralise_formula(text: str) -> str:
    """The text with a leading apostrophe if a spreadsheet would treat it as a formula (OWASP's advice)."""
    return "'" + text if starts_like_formula(text) else text

"""Dates as people type and read them: Dutch, English and ISO notations in, ISO stored, words out (via Babel)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "maa": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
}  # fmt: skip
TODAY_WORDS = {"vandaag", "today"}
EXAMPLES = {"nl": "15-3-2027, 15 maart 2027 of 2027-03-15", "en": "15-3-2027, 15 March 2027 or 2027-03-15"}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2}))?")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_NUMERIC_MONTH = re.compile(r"(\d{1,2})[-/.](\d{4})")
_WORDS = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})")
_WORDS_EN = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_WORDS = re.compile(r"([a-z]+)\.?\s+(\d{4})")


REASONS = {
    "year-range": ("het jaar ligt niet tussen 1000 en 9998", "the year is not between 1000 and 9998"),
    "month-range": ("een maand ligt tussen 1 en 12", "a month lies between 1 and 12"),
    "day-range": ("die dag bestaat niet in die maand", "that day does not exist in that month"),
    "no-day": ("de dag ontbreekt", "the day is missing"),
    "no-day-month": ("dag en maand ontbreken", "day and month are missing"),
}


class DateInputError(ValueError):
    """Text that is not a date (or not a real one); `message(lang)` says so in words."""

    def __init__(self, text: str, reason: str = "") -> None:
        super().__init__(text)
        self.text = text
        self.reason = reason

    def message(self, lang: str = "nl") -> str:
        if self.reason:
            why = REASONS[self.reason][0 if lang == "nl" else 1]
            return (
                f"`{self.text}` is geen bestaande datum: {why}"
                if lang == "nl"
                else f"`{self.text}` is not a real date: {why}"
            )
        return f"`{self.text}` is geen datum" if lang == "nl" else f"`{self.text}` is not a date"

    def hint(self, lang: str = "nl") -> str:
        return ("schrijf bijvoorbeeld " if lang == "nl" else "write e.g. ") + EXAMPLES[lang]


@dataclass(frozen=True)
class Parsed:
    """A typed date: year, and month and day where given."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _normalise(text: str) -> str:
    text = " ".join(str(text).replace("\u00a0", " ").split()).lower()
    words = text.split(" ")
    if len(words) > 1 and words[0].rstrip(",.") in WEEKDAYS:  # "maandag 15 maart 2027"
        text = " ".join(words[1:])
    return text


def _month(word: str, text: str) -> int:
    month = MONTHS.get(word.rstrip("."))
    if month is None:
        raise DateInputError(text)
    return month


def _checked(text: str, year: int, month: int | None, day: int | None) -> Parsed:
    if not 1000 <= year <= 9998:
        raise DateInputError(text, "year-range")
    if month is not None and not 1 <= month <= 12:
        raise DateInputError(text, "month-range")
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise DateInputError(text, "day-range") from None
    return Parsed(year, month, day)


def parse_any(text: str, *, today: dt.date | None = None) -> Parsed:
    """A date, a month or a year as typed: `2027-03-15`, `15-3-2027`, `15/3/2027`, `15 maart 2027`,
    `maandag 15 mrt. 2027`, `March 15, 2027`, `maart 2027`, `3-2027`, `2027-03`, `2027`, `vandaag`."""
    raw = str(text)
    t = _normalise(raw)
    if t in TODAY_WORDS:
        day = today or dt.date.today()
        return Parsed(day.year, day.month, day.day)
    if m := _ISO.fullmatch(t):
        return _checked(raw, int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(t):
        return _checked(raw, int(m[3]), int(m[2]), int(m[1]))
    if m := _WORDS.fullmatch(t):
        return _checked(raw, int(m[3]), _month(m[2], raw), int(m[1]))
    if m := _WORDS_EN.fullmatch(t):
        return _checked(raw, int(m[3]), _month(m[1], raw), int(m[2]))
    if m := _MONTH_WORDS.fullmatch(t):
        return _checked(raw, int(m[2]), _month(m[1], raw), None)
    if m := _NUMERIC_MONTH.fullmatch(t):
        return _checked(raw, int(m[2]), int(m[1]), None)
    if m := _ISO_PARTIAL.fullmatch(t):
        return _checked(raw, int(m[1]), int(m[2]) if m[2] else None, None)
    raise DateInputError(raw)


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date:
    """A full date as typed (see `parse_any`); a month or a year alone is refused."""
    found = parse_any(text, today=today)
    if found.month is None or found.day is None:
        raise DateInputError(text, "no-day" if found.month else "no-day-month")
    return dt.date(found.year, found.month, found.day)


def looks_like_date(text: str) -> bool:
    """Whether text is meant as a date (digits with date separators, or a month name), valid or not."""
    t = _normalise(text)
    if t in TODAY_WORDS or re.fullmatch(r"\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?", t):
        return True
    return any(w.rstrip(".,") in MONTHS for w in t.split(" ")) and any(c.isdigit() for c in t)


# -- output ---------------------------------------------------------------------------------------------

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


@lru_cache(maxsize=4)
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(LOCALES.get(lang, "nl_NL"))


@lru_cache(maxsize=8192)
def _words(year: int, month: int | None, day: int | None, lang: str) -> str:
    from babel.dates import format_date, format_skeleton

    if month is None:
        return f"{year:04d}"
    if day is None:
        return str(format_skeleton("yMMMM", dt.date(year, month, 1), locale=_locale(lang)))
    return str(format_date(dt.date(year, month, day), format="long", locale=_locale(lang)))


def in_words(value: Any, lang: str = "nl") -> str:
    """A date (or a partial date: `2023-07`, `2023`) in words: `14 juli 2023`, `juli 2023` / `14 July 2023`.

    Anything that is not a date is returned as text, unchanged.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _words(value.year, value.month, value.day, lang)
    year, month, day = getattr(value, "year", None), getattr(value, "month", None), getattr(value, "day", None)
    if isinstance(year, int):
        return _words(year, month, day, lang)
    text = str(value)
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        return text
    try:
        found = _checked(text, int(match[1]), int(match[2]) if match[2] else None, int(match[3]) if match[3] else None)
    except DateInputError:
        return text
    return _words(found.year, found.month, found.day, lang)

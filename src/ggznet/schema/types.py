"""Value types shared by the record schemas: ids, partial dates, full dates and URLs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, GetCoreSchemaHandler, StringConstraints
from pydantic_core import PydanticCustomError, core_schema

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_MAX_LENGTH = 80
ID_RE = re.compile(ID_PATTERN)

Slug = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH, strict=True)]
"""A record id or a reference to one: a lowercase slug of at most 80 characters."""


def _visible(value: str) -> str:
    if not value or not (value[0].isspace() or value[0] in _INVISIBLE_FILLERS):
        return value  # the usual case, decided by the first character (run for every text of every record)
    if all(ch.isspace() or ch in _INVISIBLE_FILLERS for ch in value):
        raise PydanticCustomError("blank_text", "text that shows nothing (only spaces or invisible characters)")
    return value


_INVISIBLE_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5\u034f\u200b\u2060\ufeff\u00ad\u180e")

Text = Annotated[str, StringConstraints(strict=True, min_length=1), AfterValidator(_visible)]
"""Non-empty free text that shows something (Markdown allowed where the field says so)."""

_PARTIAL_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day: `2021`, `2022-10`, `2023-03-24`."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, str | int) and not isinstance(value, bool):
            return _parse_partial(value)
        return cls._parse(value)

    @classmethod
    def _parse(cls, value: object) -> PartialDate:
        if isinstance(value, dt.datetime):
            return cls(value.year, value.month, value.day)
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise PydanticCustomError("partial_date", "expected a date like 2023-03-24, 2023-03 or 2023")
        match = _PARTIAL_RE.match(value.strip())
        if not match:
            raise PydanticCustomError(
                "partial_date", "'{value}' is not a date like 2023-03-24, 2023-03 or 2023", {"value": value}
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if not 1000 <= year <= 9998:
            raise PydanticCustomError(
                "partial_date", "'{value}' is not a plausible year (1000 to 9998)", {"value": value}
            )
        try:
            if month is not None:
                dt.date(year, month, day or 1)
        except ValueError as exc:
            raise PydanticCustomError(
                "partial_date", "'{value}' is not a real date ({reason})", {"value": value, "reason": str(exc)}
            ) from None
        return cls(year, month, day)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return dt.date(self.year, 12, 31)
        nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
            json_schema_input_schema=core_schema.union_schema(
                [core_schema.str_schema(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"), core_schema.int_schema()]
            ),
        )


@lru_cache(maxsize=4096)
def _parse_partial(value: str | int) -> PartialDate:
    """Dates repeat across records: parse each text once."""
    return PartialDate._parse(value)


def _full_date(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        if not 1000 <= int(value.strip()[:4]) <= 9998:
            raise PydanticCustomError("full_date", "'{value}' is not a plausible date", {"value": value})
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise PydanticCustomError(
                "full_date", "'{value}' is not a real date ({reason})", {"value": value, "reason": str(exc)}
            ) from None
    raise PydanticCustomError("full_date", "expected a full date like 2023-03-24, got '{value}'", {"value": value})


FullDate = Annotated[dt.date, BeforeValidator(_full_date)]
"""A date known to the day, written `2023-03-24`."""


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
        raise PydanticCustomError("url", "'{value}' is not an http(s) web address", {"value": value})
    return value


Url = Annotated[str, StringConstraints(strict=True), AfterValidator(_http_url)]
"""A web address; only http and https are accepted."""

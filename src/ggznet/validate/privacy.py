"""Privacy checks: client identifiers never, personal contact details only inside `contacts`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from ggznet.problems import Problem, dotted, error, warning

_BSN = re.compile(r"(?<![\d.\-/])(\d{4}[ .]?\d{2}[ .]?\d{3}|\d{9})(?![\d\-/])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")
_PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|0)(?:[\s-]?\(?0?\)?)?[1-9](?:[\s-]?\d){8}(?!\d)")


def iter_strings(data: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every scalar in the data (numbers included, as text), with its field path. Iterative."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in reversed(list(node.items())) if isinstance(k, str | int))
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in reversed(list(enumerate(node))))
        elif isinstance(node, str):
            yield here, node
        elif isinstance(node, int) and not isinstance(node, bool):
            yield here, str(node)


def _has_email(text: str) -> bool:
    """An e-mail address anywhere in the text; looks only around each `@`, so it stays linear."""
    start = text.find("@")
    for _ in range(200):  # a text with more `@`s than that is not written by a person
        if start == -1:
            return False
        if _EMAIL.search(text, max(0, start - 64), start + 256):
            return True
        start = text.find("@", start + 1)
    return False


def _in_contacts(loc: tuple[str | int, ...]) -> bool:
    return bool(loc) and loc[0] == "contacts"


def check_privacy(path: str, data: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for loc, text in iter_strings(data):
        if len(text) < 9:
            continue
        digits_seen = any(ch.isdigit() for ch in text)
        if digits_seen:
            for match in _BSN.finditer(text):
                number = re.sub(r"\D", "", match.group(1))
                if stdnum_bsn.is_valid(number):
                    problems.append(
                        error(
                            "bsn",
                            path,
                            f"`{dotted(loc)}` holds a number that passes the BSN 11-test ({number[:2]}…)",
                            "remove it: the knowledge base never holds client data",
                            loc=loc,
                        )
                    )
            for match in _IBAN.finditer(text):
                if stdnum_iban.is_valid(match.group()):
                    problems.append(
                        warning("iban", path, f"`{dotted(loc)}` holds a bank account number", "remove it", loc=loc)
                    )
        if _in_contacts(loc):
            continue
        if "@" in text and _has_email(text):
            problems.append(
                warning(
                    "email-outside-contacts",
                    path,
                    f"`{dotted(loc)}` holds an e-mail address",
                    "move professional addresses to the actor's `contacts`; remove personal ones",
                    loc=loc,
                )
            )
        if digits_seen and _PHONE.search(text):
            problems.append(
                warning(
                    "phone-outside-contacts",
                    path,
                    f"`{dotted(loc)}` holds a phone number",
                    "move professional numbers to the actor's `contacts`; remove personal ones",
                    loc=loc,
                )
            )
    return problems


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def check_characters(path: str, data: dict[str, Any]) -> list[Problem]:
    """Control, bidirectional-override and zero-width characters: they hide or reorder text on screen."""
    problems = []
    for loc, text in iter_strings(data):
        match = _UNSAFE.search(text)
        if match:
            problems.append(
                error(
                    "unsafe-character",
                    path,
                    f"`{dotted(loc)}` holds the invisible or control character U+{ord(match.group()):04X}",
                    "remove it; such characters can hide or reorder text on screen",
                    loc=loc,
                )
            )
    for key in _keys(data):
        found = _UNSAFE.search(key)
        if found:
            problems.append(
                error(
                    "unsafe-character",
                    path,
                    f"a key holds the invisible or control character U+{ord(found.group()):04X}",
                    "remove it",
                    line=1,
                    column=1,
                )
            )
    return problems


def _keys(data: Any) -> Iterator[str]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(k, str):
                    yield k
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)

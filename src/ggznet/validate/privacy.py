"""Privacy and character checks: client identifiers never, personal contact details only inside `contacts`,
contact fields that hold real addresses and numbers, and no refused (invisible or control) characters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ggznet import charpolicy, personal
from ggznet.problems import Problem, dotted, error, warning

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")

Loc = tuple[str | int, ...]


def iter_strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every scalar in the data (numbers included, as text), with its field path. Iterative."""
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in reversed(list(node.items())) if isinstance(k, str | int))
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in reversed(list(enumerate(node))))
        elif isinstance(node, str):
            yield here, node
        elif isinstance(node, int | float) and not isinstance(node, bool):
            yield here, str(node)


def iter_keys(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every mapping key (as text) with the path of its value."""
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(k, str | int) and not isinstance(k, bool):
                    yield (*here, k), str(k)
                elif isinstance(k, float):
                    yield here, str(k)
                stack.append(((*here, k) if isinstance(k, str | int) else here, v))
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in enumerate(node))


def _in_contacts(loc: Loc) -> bool:
    return bool(loc) and loc[0] == "contacts"


def _where(loc: Loc) -> str:
    """A field path for a message; BSNs in keys are masked by Problem itself."""
    return f"`{dotted(loc)}`" if loc else "the file"


def _bsn(path: str, where: str, shown: str, **kw: Any) -> Problem:
    return error(
        "bsn",
        path,
        f"{where} holds a number that passes the BSN 11-test ({shown})",
        "remove it, also from the git history: the knowledge base never holds client data",
        **kw,
    )


def check_privacy(path: str, data: Any, text: str | None = None) -> list[Problem]:
    """BSNs (error) and IBANs, e-mail addresses and phone numbers outside `contacts` (warnings).

    `data` is the parsed record, `text` the file's text when known: a BSN the data does not show (in a
    comment, or a number YAML read without its leading zero) is found there, with its line.
    """
    problems: list[Problem] = []
    seen: set[str] = set()
    for loc, key in iter_keys(data):
        for found in personal.find_bsns(key):
            seen.add(found.value)
            problems.append(_bsn(path, f"the key {_where(loc)}", found.shown, loc=loc))
    for loc, value in iter_strings(data):
        if len(value) < 8:
            continue
        for found in personal.find_bsns(value):
            seen.add(found.value)
            problems.append(_bsn(path, _where(loc), found.shown, loc=loc))
        if any(ch.isdigit() for ch in value):
            for match in _IBAN.finditer(value):
                from stdnum import iban as stdnum_iban  # imported when a value could be one: most runs never need it

                if stdnum_iban.is_valid(match.group()):
                    problems.append(
                        warning("iban", path, f"{_where(loc)} holds a bank account number", "remove it", loc=loc)
                    )
        if _in_contacts(loc):
            continue
        if "@" in value and next(personal.find_emails(value), None):
            problems.append(
                warning(
                    "email-outside-contacts",
                    path,
                    f"{_where(loc)} holds an e-mail address",
                    "move professional addresses to the actor's `contacts`; remove personal ones",
                    loc=loc,
                )
            )
        if personal.find_phones(value):
            problems.append(
                warning(
                    "phone-outside-contacts",
                    path,
                    f"{_where(loc)} holds a phone number",
                    "move professional numbers to the actor's `contacts`; remove personal ones",
                    loc=loc,
                )
            )
    if text is not None:
        problems.extend(check_text(path, text, seen=seen))
    return problems


def check_text(path: str, text: str, *, seen: set[str] | frozenset[str] = frozenset(), what: str = "") -> list[Problem]:
    """BSNs in a file's text (comments, other files under data/), each with its line and column.

    `seen` holds the BSNs already reported from the parsed data, so nothing is reported twice.
    """
    problems = []
    for found in personal.find_bsns(text):
        if found.value in seen:
            continue
        line, column = position(text, found.start)
        problems.append(_bsn(path, what or "the file's text (e.g. a comment)", found.shown, line=line, column=column))
    return problems


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character offset, counting only \\n as a line break (as editors do)."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def check_name(path: str) -> list[Problem]:
    """A BSN in a file or folder name."""
    return [_bsn(path, "the file name", f.shown, line=1, column=1) for f in personal.find_bsns(path)]


def check_contacts(path: str, data: Any) -> list[Problem]:
    """Contact e-mail addresses and phone numbers that are real ones; a private-looking address is a warning."""
    contacts = data.get("contacts") if isinstance(data, dict) else None
    if not isinstance(contacts, list):
        return []
    problems: list[Problem] = []
    for i, contact in enumerate(contacts):
        if not isinstance(contact, dict):
            continue
        email = contact.get("email")
        if isinstance(email, str) and email.strip():
            reason = personal.email_problem(email)
            if reason is not None:
                problems.append(
                    error(
                        "contact-email",
                        path,
                        f"`contacts[{i}].email` is not a valid e-mail address: {reason}",
                        "write one work address like naam@organisatie.nl",
                        loc=("contacts", i, "email"),
                    )
                )
            elif personal.private_mail_domain(email):
                problems.append(
                    warning(
                        "contact-private-email",
                        path,
                        f"`contacts[{i}].email` looks like a private address ({email.rsplit('@', 1)[-1]})",
                        "use the person's work address, or leave the e-mail out",
                        loc=("contacts", i, "email"),
                    )
                )
        phone = contact.get("phone")
        if isinstance(phone, str | int) and not isinstance(phone, bool) and not personal.valid_phone(str(phone)):
            problems.append(
                error(
                    "contact-phone",
                    path,
                    f"`contacts[{i}].phone` is not a valid phone number",
                    "write a Dutch number like 053-4801234 or 06-12345678, or a foreign one with +32/+49/…",
                    loc=("contacts", i, "phone"),
                )
            )
    return problems


def check_characters(path: str, data: Any, text: str | None = None) -> list[Problem]:
    """Characters the Unicode policy refuses (see `ggznet.charpolicy`): in values and keys, and in the
    file's text (a comment, or a NEL or U+2028 that YAML reads as a line break) with its line."""
    problems = []
    reported: set[str] = set()
    for loc, value in iter_strings(data):
        char = charpolicy.first_refused(value)
        if char is not None:
            reported.add(char)
            problems.append(
                error(
                    "unsafe-character",
                    path,
                    f"{_where(loc)} holds the invisible or control character {charpolicy.name_of(char)}",
                    "remove it; such characters can hide or reorder text on screen",
                    loc=loc,
                )
            )
    for loc, key in iter_keys(data):
        char = charpolicy.first_refused(key)
        if char is not None:
            reported.add(char)
        if char is not None or charpolicy.only_blank(key):
            what = charpolicy.name_of(char) if char else "nothing visible"
            problems.append(
                error(
                    "unsafe-character",
                    path,
                    f"a key holds {'the invisible or control character ' if char else ''}{what}",
                    "remove it; keys are plain English words",
                    loc=loc,
                )
            )
    if text is not None:
        for match in charpolicy.find_refused(text, but_cr=True):
            if match.group() in reported:
                continue
            reported.add(match.group())
            line, column = position(text, match.start())
            problems.append(
                error(
                    "unsafe-character",
                    path,
                    f"the file holds the invisible or control character {charpolicy.name_of(match.group())}",
                    "remove it; such characters can hide text, also in a comment",
                    line=line,
                    column=column,
                )
            )
    return problems

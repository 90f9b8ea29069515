"""Finding personal data in text: BSNs in any notation, phone numbers, e-mail addresses, IBANs; and masking.

Pure functions over strings, used by validation (to report), by the audience policy (to redact) and
by problem messages (never to echo a BSN). A BSN is nine digits that pass the 11-test; people write
it grouped in any way (`111 222 333`, `1112.22.333`, `11-12-22-333`), with no-break or thin spaces,
slashes, soft hyphens or zero-width characters between the digits, inside ids and file names. Every
such notation is found; a nine-digit number that fails the 11-test never is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ggznet.charpolicy import BMP_CLASS, astral_as_bmp

# Between two digits of one number: up to four separators, each a run of white space (any kind:
# no-break, thin, ideographic, line breaks with indentation), a dot, dash, slash, underscore, or an
# invisible character. Possessive `\s++` keeps the scan linear on long runs of spaces.
_SEPARATOR = r"(?:\s++|[._/\-\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d\uff0e\uff0f]|" + BMP_CLASS + ")"
_NUMBER = re.compile(r"\d(?:" + _SEPARATOR + r"{0,4}\d)*")
_GROUP = re.compile(r"\d+")
_MIN_DIGITS = 9
MASK = "*******"


@dataclass(frozen=True, slots=True)
class Found:
    """One finding in a text: what kind, where (character offsets), and a masked form safe to print."""

    kind: str  # bsn, phone, email, iban
    start: int
    end: int
    shown: str
    value: str = ""  # the digits of a BSN, to tell findings apart; never printed


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


def _is_bsn(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    from stdnum.nl import bsn as stdnum_bsn  # imported when a number could be one: most runs never need it

    return bool(stdnum_bsn.is_valid(digits))


def masked_bsn(digits: str) -> str:
    """`11*******`: the first two digits only."""
    return digits[:2] + MASK


def _enough_digits(text: str) -> bool:
    count = 0
    for ch in text:
        if ch.isdigit():
            count += 1
            if count >= _MIN_DIGITS:
                return True
    return False


def find_bsns(text: str) -> list[Found]:
    """Every BSN in the text, whatever its notation; numbers that are (part of) phone numbers excepted."""
    if text.isascii() and not _digit_run(text.encode("ascii")):  # no run of nine digits (told in C): most texts
        return []
    return _find_bsns(text)


def _find_bsns(text: str) -> list[Found]:
    """`find_bsns` without the check in C (tests/test_privacy.py: it clears no text this finds a BSN in)."""
    if not _enough_digits(text):
        return []
    text = astral_as_bmp(text)  # tag characters between the digits count as invisible separators
    found: list[Found] = []
    phones: list[tuple[int, int]] | None = None
    for match in _NUMBER.finditer(text):
        groups = list(_GROUP.finditer(match.group()))
        total = sum(len(g.group()) for g in groups)
        if total < _MIN_DIGITS:
            continue
        before = text[max(0, match.start() - 2) : match.start()].strip()
        if before.endswith("+") or (before and unicodedata.category(before[-1]) == "Sc"):
            continue  # +31 6 …: a phone number; € 111.222.333: an amount
        if total > _MIN_DIGITS and phones is None:
            phones = [(f.start, f.end) for f in find_phones(text)]
        # every run of whole groups that holds exactly nine digits (two pointers: lengths are positive)
        lo, held = 0, 0
        for group in groups:
            held += len(group.group())
            while held > _MIN_DIGITS:
                held -= len(groups[lo].group())
                lo += 1
            if held != _MIN_DIGITS:
                continue
            start, end = match.start() + groups[lo].start(), match.start() + group.end()
            if phones and any(a <= start and end <= b for a, b in phones):
                continue
            digits = _digits(text[start:end])
            if _is_bsn(digits):
                found.append(Found("bsn", start, end, masked_bsn(digits), digits))
    return found


def has_bsn(text: str) -> bool:
    return bool(find_bsns(text))


def mask_bsns(text: str) -> str:
    """The text with every BSN replaced by its masked form."""
    found = find_bsns(text)
    for f in reversed(found):
        text = text[: f.start] + f.shown + text[f.end :]
    return text


# -- phone numbers ------------------------------------------------------------------------------------

_PHONE_REGIONS = ("NL", "BE", "DE")  # numbers written without +: Dutch first, then the neighbours


# Digits with anything but letters between them (at most four characters, or a run of white space):
# the loosest way a number is written. Every finder here needs such a run of nine digits or more.
_LOOSE = re.compile(r"\d(?:(?:\s++|[^\w\s]|_|" + BMP_CLASS + r"){0,5}\d)*")


def _long_number(text: str) -> bool:
    for match in _LOOSE.finditer(astral_as_bmp(text)):
        if match.end() - match.start() >= _MIN_DIGITS and _enough_digits(match.group()):
            return True
    return False


def hint(text: str, data: bytes | None = None) -> bool:
    """Cheap pre-check on a file's text: False means no finder here can find anything in the values YAML
    reads from it.

    Besides an `@` and a long run of digits, a backslash (an escape in a double-quoted string can write any
    character: a digit `\\x31`, a no-break space `\\u00a0`, an `@` `\\x40`), a hexadecimal number (`0x6a11e3d`
    is a nine-digit number in seven digits) and two capital letters before two digits (an IBAN, whose account
    part may hold letters) send the text on to the finders. `data`, the text's UTF-8 bytes (a byte-order mark
    may lead), lets most texts be cleared in C (`_digit_run`, `_hex_or_iban`).
    """
    if "@" in text or "\\" in text:
        return True
    if data is None:
        if _HEX_OR_IBAN.search(text):
            return True
    elif _hex_or_iban(data):
        return True
    return (data is None or _digit_run(data)) and _long_number(text)


_HEX_OR_IBAN = re.compile(r"0[xX]|[A-Z]{2}[0-9]{2}")
# Capital ASCII letters become "U", ASCII digits "D", every other byte "-": an IBAN starts with "UUDD".
_IBAN_SHAPES = bytes(0x55 if 0x41 <= b <= 0x5A else 0x44 if 0x30 <= b <= 0x39 else 0x2D for b in range(256))


def _hex_or_iban(data: bytes) -> bool:
    """Whether the bytes hold `0x`/`0X` or two capital letters followed by two digits (searched in C)."""
    return b"0x" in data or b"0X" in data or b"UUDD" in data.translate(_IBAN_SHAPES)


# Every finder needs a `_LOOSE` run of nine digits, and only a letter or a gap of more than five separators
# ends such a run: an ASCII letter becomes "L", every other ASCII byte but a digit is dropped, and every byte
# of a character beyond ASCII (which may be a digit, a space or a separator) becomes "0" like a digit. Nine
# digits of one run are then nine "0"s in a row (or more); without them no run is long enough.
_ASCII_LETTERS = frozenset(range(0x41, 0x5B)) | frozenset(range(0x61, 0x7B))
_RUN_TABLE = bytes(0x4C if b in _ASCII_LETTERS else 0x30 for b in range(256))
_RUN_DROP = bytes(b for b in range(0x80) if b not in _ASCII_LETTERS and not 0x30 <= b <= 0x39)
_RUN = b"0" * _MIN_DIGITS


def _digit_run(data: bytes) -> bool:
    """False when the text (as UTF-8 bytes) surely holds no `_LOOSE` run of `_MIN_DIGITS` digits."""
    return _RUN in data.translate(_RUN_TABLE, _RUN_DROP)


def find_phones(text: str) -> list[Found]:
    """Phone numbers in text: Dutch ones, foreign ones with +/00, and Belgian or German ones written nationally."""
    if not _long_number(text):
        return []
    import phonenumbers

    found: dict[tuple[int, int], Found] = {}
    for region in _PHONE_REGIONS:
        try:
            for m in phonenumbers.PhoneNumberMatcher(text, region, max_tries=200):
                if (m.start, m.end) not in found and not _overlaps(found, m.start, m.end):
                    found[(m.start, m.end)] = Found("phone", m.start, m.end, "…")
        except Exception:  # the library must never break validation; a miss is a missed warning
            continue
    return sorted(found.values(), key=lambda f: f.start)


def _overlaps(found: dict[tuple[int, int], Found], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in found)


@lru_cache(maxsize=4096)
def valid_phone(number: str) -> bool:
    """A phone number as a contact field holds it: one whole, valid number. Dutch unless it starts with
    + or 00; a number written the national way may also be Belgian or German."""
    import phonenumbers

    text = number.strip()
    regions = ("NL",) if text.startswith(("+", "00")) else _PHONE_REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# -- e-mail addresses ---------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")


def find_emails(text: str) -> Iterator[Found]:
    """E-mail addresses; looks only around each `@`, so it stays linear on hostile text."""
    start = text.find("@")
    for _ in range(200):  # a text with more `@`s than that is not written by a person
        if start == -1:
            return
        match = _EMAIL.search(text, max(0, start - 64), start + 256)
        if match and match.start() <= start < match.end():
            yield Found("email", match.start(), match.end(), "…@…")
            start = text.find("@", match.end())
        else:
            start = text.find("@", start + 1)


def email_problem(address: str) -> str | None:
    """Why an e-mail address (a contact field) is not valid, or None. Syntax only: nothing is looked up."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "outlook.com", "outlook.nl", "live.nl",
        "live.com", "msn.com", "yahoo.com", "yahoo.nl", "icloud.com", "me.com", "ziggo.nl", "kpnmail.nl",
        "kpnplanet.nl", "planet.nl", "hetnet.nl", "home.nl", "xs4all.nl", "chello.nl", "casema.nl", "quicknet.nl",
        "upcmail.nl", "telfort.nl", "tele2.nl", "online.nl", "gmx.net", "gmx.de", "web.de", "t-online.de",
        "proton.me", "protonmail.com", "skynet.be", "telenet.be",
    }
)  # fmt: skip


def private_mail_domain(address: str) -> bool:
    """A free-mail or consumer-provider domain: likely a personal, not a work address."""
    return address.rsplit("@", 1)[-1].strip().lower() in FREE_MAIL


# -- redaction ----------------------------------------------------------------------------------------


def redact(text: str, *, contacts: bool) -> str:
    """BSNs masked; with `contacts`, e-mail addresses and phone numbers replaced by `[…]` as well."""
    spans: list[Found] = list(find_bsns(text))
    if contacts:
        if "@" in text:
            spans += list(find_emails(text))
        spans += find_phones(text)
    spans.sort(key=lambda f: (f.start, -f.end))
    out, at = [], 0
    for f in spans:
        if f.start < at:
            continue  # inside one already replaced
        out.append(text[at : f.start])
        out.append(f.shown if f.kind == "bsn" else "[…]")
        at = f.end
    out.append(text[at:])
    return "".join(out)

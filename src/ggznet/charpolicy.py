"""The one Unicode policy: which code points record text and keys may not hold, on every read path.

Refused are characters that hide text, reorder it on screen or are not text at all:

* C0 and C1 control characters (tab and newline excepted), DEL, and NEL (U+0085);
* every format character (Unicode category Cf): soft hyphen, zero-width space/joiners, word joiner,
  byte-order mark inside text, Arabic letter mark, Mongolian vowel separator, invisible operators,
  interlinear annotation, shorthand format controls, the musical format characters, and the
  bidirectional controls (embeddings, overrides, isolates, LRM/RLM);
* tag characters (U+E0000–U+E007F), which spell hidden ASCII;
* invisible fillers that look like letters: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the
  Khmer inherent vowels (U+17B4, U+17B5), the combining grapheme joiner (U+034F), Braille blank (U+2800);
* the line and paragraph separators (U+2028, U+2029), which some programs show as a line break and
  YAML parsers read differently;
* noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) and lone surrogates.

The list is written out (not computed from `unicodedata`) so that it does not change with the Python
version; a test checks that it covers every Cf character Python knows.
"""

from __future__ import annotations

import re

_RANGES: tuple[tuple[int, int], ...] = (
    *((plane + 0xFFFE, plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)),  # noncharacters
    (0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F),  # C0 (tab and newline allowed), DEL, C1 incl. NEL
    (0xAD, 0xAD),  # soft hyphen
    (0x34F, 0x34F),  # combining grapheme joiner
    (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F),  # Arabic/Syriac format characters, ALM
    (0x890, 0x891), (0x8E2, 0x8E2),  # Arabic pound/piastre mark above, disputed end of ayah
    (0x115F, 0x1160),  # Hangul choseong/jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels (invisible)
    (0x180E, 0x180E),  # Mongolian vowel separator
    (0x200B, 0x200F),  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    (0x2028, 0x202E),  # line/paragraph separators, bidi embeddings and overrides
    (0x2060, 0x206F),  # word joiner, invisible operators, bidi isolates, deprecated format characters
    (0x2800, 0x2800),  # Braille pattern blank
    (0x3164, 0x3164),  # Hangul filler
    (0xD800, 0xDFFF),  # surrogates (only from escapes; UTF-8 cannot hold them)
    (0xFDD0, 0xFDEF),  # noncharacters
    (0xFEFF, 0xFEFF),  # byte-order mark / zero-width no-break space inside text
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xFFF9, 0xFFFB),  # interlinear annotation
    (0x110BD, 0x110BD), (0x110CD, 0x110CD),  # Kaithi number signs
    (0x13430, 0x1343F),  # Egyptian hieroglyph format controls
    (0x1BCA0, 0x1BCA3),  # shorthand format controls
    (0x1D173, 0x1D17A),  # musical symbol format characters
    (0xE0000, 0xE007F),  # tag characters
)  # fmt: skip


def _char_class(ranges: tuple[tuple[int, int], ...], *, but: frozenset[int] = frozenset()) -> str:
    parts = []
    for low, high in ranges:
        for a, b in _split(low, high, but):
            parts.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
    return "[" + "".join(parts) + "]"


def _split(low: int, high: int, but: frozenset[int]) -> list[tuple[int, int]]:
    """The range low..high without the code points in `but`, as ranges."""
    out: list[tuple[int, int]] = []
    start = low
    for cp in sorted(c for c in but if low <= c <= high):
        if start < cp:
            out.append((start, cp - 1))
        start = cp + 1
    if start <= high:
        out.append((start, high))
    return out


REFUSED_CLASS = _char_class(_RANGES)
REFUSED = re.compile(REFUSED_CLASS)
"""One refused code point (slow on long texts: use `first_refused` / `find_refused` there)."""

# Python's regular expressions are fast on classes of BMP characters and slow once a class holds
# astral ranges, so those are looked for only in texts that have an astral character at all.
_BMP_RANGES = tuple(r for r in _RANGES if r[1] <= 0xFFFF)
_ASTRAL_RANGES = tuple(r for r in _RANGES if r[1] > 0xFFFF)
BMP_CLASS = _char_class(_BMP_RANGES)
"""The refused BMP code points: for use inside other patterns."""
_BMP = re.compile(BMP_CLASS)
_BMP_BUT_CR = re.compile(_char_class(_BMP_RANGES, but=frozenset({0x0D})))
_ASTRAL = re.compile(_char_class(_ASTRAL_RANGES))
_ESCAPE = re.compile(r"\\[0abeftvxuUNLP_ ]")


def _has_astral(text: str) -> bool:
    """Whether the text holds a character beyond U+FFFF (UTF-16 needs more than two bytes for it)."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def find_refused(text: str, *, but_cr: bool = False) -> list[re.Match[str]]:
    """Every refused character in `text` (CR left out with `but_cr`: a file's CRLF line ends), in order."""
    found = list((_BMP_BUT_CR if but_cr else _BMP).finditer(text))
    if _has_astral(text):
        found += _ASTRAL.finditer(text)
        found.sort(key=lambda m: m.start())
    return found


# The ASCII characters `_BMP_BUT_CR` does not refuse, as bytes: an ASCII text's bytes hold a refused one
# exactly when something is left after deleting these (told in C, faster than the search).
_ASCII_KEPT = bytes(b for b in range(0x80) if not _BMP_BUT_CR.match(chr(b)))
_ASCII_SHOWN = bytes(b for b in range(0x80) if not _BMP.match(chr(b)))  # the same, CR refused too


def raw_hint(text: str, data: bytes | None = None) -> bool:
    """Cheap pre-check on a file's text (CR of CRLF line ends aside): a refused character, or a YAML
    escape in a double-quoted string that could write one. `data`: the text's UTF-8 bytes, when at hand."""
    if data is not None and text.isascii():  # then `data` is the text's bytes, after a byte-order mark if any
        refused = bool((data[3:] if data.startswith(b"\xef\xbb\xbf") else data).translate(None, _ASCII_KEPT))
    else:
        refused = _BMP_BUT_CR.search(text) is not None
    if refused or ("\\" in text and _ESCAPE.search(text)):
        return True
    return _has_astral(text) and _ASTRAL.search(text) is not None


def has_refused_but_cr(text: str) -> bool:
    return _BMP_BUT_CR.search(text) is not None or (_has_astral(text) and _ASTRAL.search(text) is not None)


def astral_as_bmp(text: str) -> str:
    """The text with every refused astral character (tag characters, …) replaced by a zero-width space:
    same length, so that patterns built on `BMP_CLASS` see them too."""
    return _ASTRAL.sub("\u200b", text) if _has_astral(text) else text


_SHOW = re.compile(_char_class(((0x09, 0x0A), (0x0D, 0x0D), *_RANGES)))


def is_refused(char: str) -> bool:
    return REFUSED.fullmatch(char) is not None


def first_refused(text: str) -> str | None:
    """The first refused character in `text`, or None."""
    match = _BMP.search(text)
    if _has_astral(text):
        astral = _ASTRAL.search(text)
        if astral and (match is None or astral.start() < match.start()):
            match = astral
    return match.group() if match else None


def only_blank(text: str) -> bool:
    """True for text that is not empty but shows nothing: spaces, no-break spaces and the like only."""
    return bool(text) and all(ch.isspace() or is_refused(ch) for ch in text)


def name_of(char: str) -> str:
    """`U+2060 (WORD JOINER)`: how a message names a refused character without printing it."""
    import unicodedata

    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def _shown(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(text: str) -> str:
    """One line of text for a document: refused characters (of a record `validate` refuses, rendered anyway)
    shown as escapes, so that nothing hidden or reordering reaches a reader; other text as it is."""
    if (text.isascii() and text.isprintable()) or first_refused(text) is None:  # (ESC, BEL, DEL are ASCII)
        return text
    return escape(text)


def shown_in(document: str, *, backslash: str = "\\") -> str:
    """A whole document (a web page, a script) with every refused character shown as an escape; tab and
    newline stay. `backslash` is how the document writes one backslash (`\\\\` inside a JSON string)."""
    if document.isascii():  # refused ASCII characters (ESC, BEL, CR, DEL) found in C before the search
        if not document.encode("ascii").translate(None, _ASCII_SHOWN):
            return document
    elif first_refused(document) is None:
        return document
    found = find_refused(document)
    parts, at = [], 0
    for match in found:
        parts += [document[at : match.start()], backslash + _shown(match.group())[1:]]
        at = match.end()
    return "".join([*parts, document[at:]])


def escape(text: str) -> str:
    """Refused characters, tab and line breaks shown as escapes (`\\u2060`, `\\x1b`): safe in a message."""
    if text.isascii() and text.isprintable():
        return text
    return _SHOW.sub(lambda m: _shown(m.group()), text)

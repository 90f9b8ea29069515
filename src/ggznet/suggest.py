"""'Did you mean …?' suggestions for mistyped ids, keys and vocabulary values."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

# Dutch (and common English) words authors type for the English keys of the data model.
KEY_SYNONYMS: dict[str, str] = {
    "naam": "name",
    "titel": "title",
    "omschrijving": "description",
    "beschrijving": "description",
    "bronnen": "sources",
    "bron": "sources",
    "regio": "regions",
    "regios": "regions",
    "region": "regions",
    "actoren": "actors",
    "partijen": "actors",
    "thema": "themes",
    "themas": "themes",
    "theme": "themes",
    "domein": "domains",
    "domeinen": "domains",
    "domain": "domains",
    "samenvatting": "summary",
    "datum": "date",
    "soort": "type",
    "rol": "role",
    "knelpunten": "barriers",
    "succesfactoren": "success_factors",
    "leerpunten": "lessons",
    "besluiten": "decisions",
    "acties": "actions",
    "sporen": "tracks",
    "eigenaar": "owner",
    "deadline": "due",
    "gestart": "started",
    "start": "started",
    "einde": "ended",
    "end": "ended",
    "geverifieerd": "verified_on",
    "deelnemers": "participants",
    "onderdeel_van": "part_of",
    "partof": "part_of",
}


class _Marks(dict[int, int | None]):
    """For str.translate: drops combining characters, keeps the rest (each looked up once, then cached)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def fold(text: str) -> str:
    """Lowercase and strip accents: `Cliënten` → `clienten`."""
    if text.isascii():
        return text.casefold()
    return unicodedata.normalize("NFKD", text).translate(_MARKS).casefold()


def did_you_mean(word: str, candidates: Iterable[str], *, limit: int = 3) -> list[str]:
    pool = sorted(set(candidates))
    if not pool:
        return []
    folded = {fold(c): c for c in pool}
    target = fold(word)
    if target in folded and folded[target] != word:
        return [folded[target]]
    matches = difflib.get_close_matches(target, list(folded), n=limit, cutoff=0.6)
    # also match as a prefix / part for long ids (`overlegtafel` → `overlegtafel-ggz`)
    if len(matches) < limit and len(target) >= 4:
        for key in folded:
            if key not in matches and (key.startswith(target) or target in key.split("-")):
                matches.append(key)
            if len(matches) >= limit:
                break
    return [folded[m] for m in matches]


def key_suggestions(word: str, allowed: Iterable[str]) -> list[str]:
    allowed = list(allowed)
    synonym = KEY_SYNONYMS.get(fold(word))
    if synonym and synonym in allowed:
        return [synonym]
    return did_you_mean(word, allowed)


def format_suggestions(found: list[str]) -> str | None:
    if not found:
        return None
    return "did you mean " + " or ".join(f"`{f}`" for f in found) + "?"

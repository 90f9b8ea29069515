"""'Did you mean …?' suggestions for mistyped ids, keys and vocabulary values."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Words authors type for a key or a value of the data model, mapped to what they probably meant.
# A synonym is only suggested where its target is allowed, so one word can serve several fields:
# `klaar` is `afgerond` for an initiative's status and `done` for an action's.
SYNONYMS: dict[str, tuple[str, ...]] = {
    # keys (Dutch or singular English for the English keys)
    "naam": ("name",),
    "titel": ("title",),
    "omschrijving": ("description",),
    "beschrijving": ("description",),
    "bronnen": ("sources",),
    "bron": ("sources",),
    "regio": ("regions", "regio"),
    "regios": ("regions",),
    "region": ("regions",),
    "actoren": ("actors",),
    "partijen": ("actors",),
    "thema": ("themes",),
    "themas": ("themes",),
    "theme": ("themes",),
    "domein": ("domains",),
    "domeinen": ("domains",),
    "domain": ("domains",),
    "samenvatting": ("summary",),
    "datum": ("date",),
    "soort": ("type",),
    "rol": ("role",),
    "knelpunten": ("barriers",),
    "succesfactoren": ("success_factors",),
    "leerpunten": ("lessons",),
    "besluiten": ("decisions",),
    "acties": ("actions",),
    "sporen": ("tracks",),
    "eigenaar": ("owner", "trekker"),
    "deadline": ("due",),
    "gestart": ("started", "lopend"),
    "start": ("started",),
    "einde": ("ended",),
    "end": ("ended",),
    "geverifieerd": ("verified_on",),
    "deelnemers": ("participants",),
    "onderdeel_van": ("part_of",),
    "partof": ("part_of",),
    # statuses of initiatives, meetings and actions
    "loopt": ("lopend",),
    "actief": ("lopend",),
    "bezig": ("lopend", "open"),
    "running": ("lopend",),
    "active": ("lopend",),
    "borging": ("geborgd",),
    "structureel": ("geborgd",),
    "verankerd": ("geborgd",),
    "proef": ("pilot",),
    "proeftuin": ("pilot",),
    "verkennend": ("verkenning",),
    "plan": ("idee",),
    "klaar": ("afgerond", "done", "gehouden"),
    "gedaan": ("done", "gehouden"),
    "afgesloten": ("afgerond", "done"),
    "afgerond": ("done", "gehouden"),
    "beeindigd": ("afgerond", "gestopt"),
    "gestaakt": ("gestopt", "dropped"),
    "vervallen": ("dropped", "gestopt"),
    "geschrapt": ("dropped",),
    "geweest": ("gehouden",),
    "planned": ("gepland",),
    "held": ("gehouden",),
    # roles and types
    "kartrekker": ("trekker",),
    "regisseur": ("trekker",),
    "owner": ("trekker", "owner"),
    "initiator": ("initiatiefnemer",),
    "funder": ("financier",),
    "begeleider": ("procesbegeleider",),
    "verzekeraar": ("zorgverzekeraar",),
    "huisarts": ("huisartsenzorg",),
    "huisartsen": ("huisartsenzorg",),
}
KEY_SYNONYMS = SYNONYMS  # the name older code imports

MIN_SIMILARITY = 0.7  # Jaro-Winkler similarity (0–1) a candidate needs
CLOSE_TO_BEST = 0.08  # suggest the runners-up only when they are about as close as the best


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
    """The candidates `word` was probably meant to be, best first.

    A known Dutch synonym comes first; then candidates ranked by Jaro-Winkler similarity, which
    weighs a shared beginning most (`loopt` → `lopend`, not `pilot`); then, for long ids, those
    that start with the word or have it as one of their parts (`overlegtafel` → `overlegtafel-ggz`).
    """
    pool = sorted(set(candidates))
    if not pool:
        return []
    folded: dict[str, str] = {}
    for candidate in pool:
        folded.setdefault(fold(candidate), candidate)
    target = fold(word)
    if target in folded and folded[target] != word:
        return [folded[target]]
    found: list[str] = [s for s in SYNONYMS.get(target.replace("-", "_"), ()) if s in folded][:1]
    if not found:
        found = [s for s in SYNONYMS.get(target, ()) if s in folded][:1]
    from rapidfuzz import process  # here, not at the top: only a mistake needs it, and every run imports this module
    from rapidfuzz.distance import JaroWinkler

    scored = process.extract(
        target, list(folded), scorer=JaroWinkler.normalized_similarity, limit=None, score_cutoff=MIN_SIMILARITY
    )
    if scored:
        best = scored[0][1]
        found += [key for key, score, _ in scored if score >= best - CLOSE_TO_BEST and key not in found]
    if len(found) < limit and len(target) >= 4:
        for key in folded:
            if key not in found and (key.startswith(target) or target in key.split("-")):
                found.append(key)
    return [folded[key] for key in found[:limit]]


def key_suggestions(word: str, allowed: Iterable[str]) -> list[str]:
    """Suggestions for an unknown key: a synonym alone when there is one, else the closest keys."""
    allowed = list(allowed)
    for synonym in SYNONYMS.get(fold(word), ()):
        if synonym in allowed:
            return [synonym]
    return did_you_mean(word, allowed)


DID_YOU_MEAN = "did you mean {suggestions}?"
"""The hint for a mistyped id, key or value: a template of the catalogue, as every message is."""
OR = " or "
"""What joins the `suggestions`: each in backticks, so that the command line finds them again, as values, and
joins them in the words of its run (`cli/lang.py`)."""


def format_suggestions(found: list[str]) -> str | None:
    """The hint for `found` (best first), or None when nothing was found."""
    if not found:
        return None
    return DID_YOU_MEAN.format(suggestions=OR.join(f"`{f}`" for f in found))

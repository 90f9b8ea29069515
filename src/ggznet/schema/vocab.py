"""The fixed vocabularies of the data model, as enums whose values are the Dutch slugs authors write."""

from __future__ import annotations

from enum import StrEnum

NOT_STATED = "onbekend"
"""The value for a status, type or role that the source does not state (rather than a guess)."""


class RegionType(StrEnum):
    LAND = "land"
    PROVINCIE = "provincie"
    REGIO = "regio"
    SUBREGIO = "subregio"
    GEMEENTE = "gemeente"
    WIJK = "wijk"


class ActorType(StrEnum):
    ZORGVERZEKERAAR = "zorgverzekeraar"
    GGZ_AANBIEDER = "ggz-aanbieder"
    HUISARTSENZORG = "huisartsenzorg"
    GEMEENTE = "gemeente"
    SOCIAAL_DOMEIN = "sociaal-domein"
    VERSLAVINGSZORG = "verslavingszorg"
    WELZIJN = "welzijn"
    ROS = "ros"
    KENNISINSTITUUT = "kennisinstituut"
    CLIENTENORGANISATIE = "clientenorganisatie"
    OVERHEID = "overheid"
    NETWERK = "netwerk"
    VRIJGEVESTIGDE = "vrijgevestigde"
    OVERIG = "overig"


class Domain(StrEnum):
    GGZ = "ggz"
    HUISARTSENZORG = "huisartsenzorg"
    SOCIAAL_DOMEIN = "sociaal-domein"
    VERSLAVINGSZORG = "verslavingszorg"
    WELZIJN = "welzijn"
    PUBLIEKE_GEZONDHEID = "publieke-gezondheid"
    ZORGVERZEKERING = "zorgverzekering"
    WONEN = "wonen"
    WERK_EN_INKOMEN = "werk-en-inkomen"
    INFORMELE_ZORG = "informele-zorg"
    ERVARINGSDESKUNDIGHEID = "ervaringsdeskundigheid"


class InitiativeType(StrEnum):
    TAFEL = "tafel"
    NETWERK = "netwerk"
    PROGRAMMA = "programma"
    PROJECT = "project"
    WERKWIJZE = "werkwijze"
    VOORZIENING = "voorziening"
    PRODUCT = "product"
    ONBEKEND = NOT_STATED


class InitiativeStatus(StrEnum):
    IDEE = "idee"
    VERKENNING = "verkenning"
    PILOT = "pilot"
    LOPEND = "lopend"
    GEBORGD = "geborgd"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"
    ONBEKEND = NOT_STATED


ACTIVE_STATUSES = frozenset(
    {InitiativeStatus.VERKENNING, InitiativeStatus.PILOT, InitiativeStatus.LOPEND, InitiativeStatus.GEBORGD}
)


class Role(StrEnum):
    INITIATIEFNEMER = "initiatiefnemer"
    TREKKER = "trekker"
    PARTNER = "partner"
    FINANCIER = "financier"
    PROCESBEGELEIDER = "procesbegeleider"
    UITVOERDER = "uitvoerder"
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige"
    DEELNEMER = "deelnemer"
    ONBEKEND = NOT_STATED


class Relation(StrEnum):
    INSPIRED_BY = "inspired-by"
    FOLLOWS_FROM = "follows-from"
    SIMILAR_TO = "similar-to"


class MeetingType(StrEnum):
    SAMENWERKINGSTAFEL = "samenwerkingstafel"
    THEMATAFEL = "thematafel"
    OVERLEGTAFEL = "overlegtafel"
    NETWERKBIJEENKOMST = "netwerkbijeenkomst"
    REFLECTIEBIJEENKOMST = "reflectiebijeenkomst"
    WEBINAR = "webinar"
    WERKSESSIE = "werksessie"
    KICK_OFF = "kick-off"
    LANDELIJKE_BIJEENKOMST = "landelijke-bijeenkomst"


class MeetingStatus(StrEnum):
    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"
    ONBEKEND = NOT_STATED  # e.g. announced, but whether and how it was held is not reported


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"

"""Labels for reports and briefings in Dutch and English; templates look words up here."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("nl", "en")

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "report_title": "Regio-overzicht", "data_commit": "Kennisbank", "as_of": "Peildatum",
        "key_figures": "Kerncijfers", "actors_by_type": "Actoren naar soort", "initiatives_by_status": "Initiatieven naar status",
        "meetings": "Bijeenkomsten", "held": "gehouden", "planned": "gepland", "open_actions": "Open acties",
        "overdue_actions": "Verlopen acties", "figure": "Onderdeel", "count": "Aantal",
        "the_region": "De regio", "municipalities": "Gemeenten", "subregions": "Onderliggende regio's",
        "insurers": "Zorgverzekeraars / zorgkantoor", "support_organisations": "Regionale ondersteuning (ROS)",
        "none_recorded": "Niet vastgelegd.", "network": "Netwerk", "actors_by_domain": "Actoren naar domein",
        "diagram": "Netwerkplaat", "diagram_note": "Actoren (afgerond) en initiatieven (rechthoek); kleur van een initiatief = status.",
        "diagram_cut": "De plaat toont de {shown} meest verbonden initiatieven van {total}.",
        "initiatives": "Initiatieven", "type": "Soort", "themes": "Thema's", "domains": "Domeinen", "owner": "Eigenaar",
        "partners": "Overige partijen", "no_owner": "geen eigenaar vastgelegd", "period": "Looptijd", "part_of": "Onderdeel van",
        "coverage": "Dekking", "coverage_intro": "Aantal initiatieven per thema en domein; – is een gat.",
        "theme": "Thema", "uncovered_themes": "Thema's zonder initiatief in deze regio",
        "timeline": "Bijeenkomsten (tijdlijn)", "decisions": "Besluiten", "tracks": "Sporen", "next_meeting": "Volgende bijeenkomst",
        "no_meetings": "Geen bijeenkomsten vastgelegd.", "action": "Actie", "due": "Deadline", "meeting": "Bijeenkomst",
        "overdue": "verlopen", "no_open_actions": "Geen open acties.", "learning": "Knelpunten, succesfactoren en leerpunten",
        "barriers": "Knelpunten", "success_factors": "Succesfactoren", "lessons": "Leerpunten",
        "continuity": "Borging en risico's", "continuity_intro": "Lopende initiatieven met een risico voor hun voortbestaan.",
        "initiative": "Initiatief", "risks": "Risico's", "no_risks": "Geen risico's gevonden.",
        "risk_no_owner": "geen eigenaar", "risk_single_actor": "hangt aan één partij", "risk_no_actor": "geen partijen vastgelegd",
        "risk_funding": "financiering loopt af ({date})", "risk_unverified": "nooit geverifieerd",
        "risk_stale": "niet geverifieerd sinds {date}", "risk_table_idle": "geen bijeenkomst vastgelegd na {date}",
        "inspiration": "Inspiratie uit andere regio's", "inspiration_intro": "Initiatieven elders met dezelfde thema's of thema's die hier ontbreken.",
        "why": "Waarom", "shares_themes": "deelt thema's: {themes}", "fills_gap": "vult gat: {themes}",
        "has_lessons": "heeft leerpunten", "no_inspiration": "Geen vergelijkbare initiatieven elders gevonden.",
        "sources": "Bronnen", "region": "Regio", "status": "Status", "date": "Datum", "where": "Waar",
        "briefing_title": "Voorbereiding", "purpose": "Doel en context", "forum": "Gremium",
        "organisers": "Organisatie", "facilitators": "Procesbegeleiding", "earlier_meetings": "Eerdere bijeenkomsten",
        "no_earlier_meetings": "Dit is de eerste vastgelegde bijeenkomst.", "participants": "Wie doet mee",
        "their_initiatives": "Initiatieven", "presented": "Wat wordt gepresenteerd", "nothing_presented": "Niets vastgelegd.",
        "changes": "Wat is er veranderd sinds de vorige bijeenkomst", "no_history": "Geen git-geschiedenis beschikbaar.",
        "no_changes": "Geen wijzigingen in de kennisbank.", "added": "toegevoegd", "modified": "gewijzigd", "deleted": "verwijderd",
        "agenda": "Voorgestelde agendapunten", "agenda_overdue": "Verlopen actie bespreken: {what} ({owner}, deadline {due})",
        "agenda_no_owner": "Eigenaarschap beleggen voor {name}", "agenda_stale": "Stand van zaken {name}: {risk}",
        "agenda_track": "Spoor oppakken: {title}", "agenda_none": "Geen bijzondere punten.",
        "participants_count": "Aantal deelnemers", "unknown_date": "datum onbekend", "via": "via",
        "contacts_left_out": "Contactgegevens zijn weggelaten (publieke versie).",
        "network_analysis": "Verbinders en kwetsbaarheden",
        "bridges": "Verbinders (verbinden domeinen en partijen die elkaar anders niet raken)",
        "single_actor": "Initiatieven die op één partij leunen", "isolated": "Partijen zonder gezamenlijk initiatief",
        "unlinked": "Domeinen zonder verbinding met de ggz",
        "contacts": "Contactpersonen", "name": "Naam", "role": "Rol", "organisation": "Organisatie",
        "email": "E-mail", "phone": "Telefoon",
        "record": "Record", "what": "Wat", "by": "Door",
        "change_unreadable": "niet te vergelijken (bestand te groot of onleesbaar)",
        "action_added": "actie toegevoegd: {what}", "action_done": "actie afgerond: {what}",
        "action_changed": "actie gewijzigd: {what}", "action_removed": "actie verwijderd: {what}",
        "field_changed": "{field} gewijzigd",
        "no_previous": "Er is geen eerdere bijeenkomst om mee te vergelijken.",
        "history_started": "De git-geschiedenis begint pas op {date}; wijzigingen van daarvoor zijn niet bekend.",
        "notice": "Let op",
        "notice_past_planned": "deze bijeenkomst staat nog als gepland, maar de datum ({date}) ligt vóór de peildatum ({as_of}). Is ze gehouden? Zet dan `status: gehouden` en leg de uitkomsten vast; anders staat er een nieuwe datum.",
        "notice_past": "deze bijeenkomst vond plaats op {date}, vóór de peildatum ({as_of}); dit stuk blikt terug.",
        "notice_past_unknown": "de datum van deze bijeenkomst ({date}) ligt vóór de peildatum ({as_of}); de bron vermeldt niet of ze gehouden is.",
        "network_text": "Wie werkt met wie", "works_with": "werkt samen met {partners}",
        "and_more": "en nog {count}",
        "involved": "Betrokken", "owner_as_initiator": "als initiatiefnemer", "owner_as_initiators": "als initiatiefnemers",
        "action_owner": "Actiehouder", "uncovered_domains": "Domeinen zonder initiatief in deze regio",
        "total": "Totaal",
        "invalid_banner": "Let op: de kennisbank heeft {n} {errors}; deze rapportage is onvolledig.",
        "invalid_hint": "`ggznet validate` toont wat er mis is.", "error_one": "fout", "error_many": "fouten",
        "regions_index": "Regio-overzichten",
        "not_stated": "niet vermeld", "not_stated_status": "status niet vermeld", "not_stated_role": "rol niet vermeld",
        "not_stated_held": "niet vermeld of die is gehouden", "about": "zo'n {count}",
        "outcome_unknown": "afloop niet vermeld", "not_stated_values": "Waarden die de bron niet vermeldt",
        "learning_region": "regio {name}", "contact_of_initiative": "niet vermeld; contact voor {name}",
    },
    "en": {
        "report_title": "Regional overview", "data_commit": "Knowledge base", "as_of": "As of",
        "key_figures": "Key figures", "actors_by_type": "Actors by type", "initiatives_by_status": "Initiatives by status",
        "meetings": "Meetings", "held": "held", "planned": "planned", "open_actions": "Open actions",
        "overdue_actions": "Overdue actions", "figure": "Item", "count": "Count",
        "the_region": "The region", "municipalities": "Municipalities", "subregions": "Regions below",
        "insurers": "Health insurers", "support_organisations": "Regional support organisations (ROS)",
        "none_recorded": "Not recorded.", "network": "Network", "actors_by_domain": "Actors by domain",
        "diagram": "Network diagram", "diagram_note": "Actors (rounded) and initiatives (boxes); an initiative's colour is its status.",
        "diagram_cut": "The diagram shows the {shown} best-connected initiatives of {total}.",
        "initiatives": "Initiatives", "type": "Type", "themes": "Themes", "domains": "Domains", "owner": "Owner",
        "partners": "Other parties", "no_owner": "no owner recorded", "period": "Period", "part_of": "Part of",
        "coverage": "Coverage", "coverage_intro": "Initiatives per theme and domain; – marks a gap.",
        "theme": "Theme", "uncovered_themes": "Themes without an initiative in this region",
        "timeline": "Meetings (timeline)", "decisions": "Decisions", "tracks": "Tracks", "next_meeting": "Next meeting",
        "no_meetings": "No meetings recorded.", "action": "Action", "due": "Due", "meeting": "Meeting",
        "overdue": "overdue", "no_open_actions": "No open actions.", "learning": "Barriers, success factors and lessons",
        "barriers": "Barriers", "success_factors": "Success factors", "lessons": "Lessons",
        "continuity": "Continuity risks", "continuity_intro": "Running initiatives with a risk to their continuity.",
        "initiative": "Initiative", "risks": "Risks", "no_risks": "No risks found.",
        "risk_no_owner": "no owner", "risk_single_actor": "depends on one party", "risk_no_actor": "no parties recorded",
        "risk_funding": "funding ends ({date})", "risk_unverified": "never verified",
        "risk_stale": "not verified since {date}", "risk_table_idle": "no meeting recorded after {date}",
        "inspiration": "Inspiration from other regions", "inspiration_intro": "Initiatives elsewhere that share this region's themes or cover its gaps.",
        "why": "Why", "shares_themes": "shares themes: {themes}", "fills_gap": "covers a gap: {themes}",
        "has_lessons": "has lessons", "no_inspiration": "No comparable initiatives elsewhere.",
        "sources": "Sources", "region": "Region", "status": "Status", "date": "Date", "where": "Where",
        "briefing_title": "Briefing", "purpose": "Purpose and context", "forum": "Forum",
        "organisers": "Organisers", "facilitators": "Facilitators", "earlier_meetings": "Earlier meetings",
        "no_earlier_meetings": "This is the first recorded meeting.", "participants": "Who takes part",
        "their_initiatives": "Initiatives", "presented": "To be presented", "nothing_presented": "Nothing recorded.",
        "changes": "What changed since the previous meeting", "no_history": "No git history available.",
        "no_changes": "No changes in the knowledge base.", "added": "added", "modified": "changed", "deleted": "removed",
        "agenda": "Suggested agenda points", "agenda_overdue": "Discuss overdue action: {what} ({owner}, due {due})",
        "agenda_no_owner": "Assign ownership of {name}", "agenda_stale": "Status of {name}: {risk}",
        "agenda_track": "Take up track: {title}", "agenda_none": "Nothing in particular.",
        "participants_count": "Participants", "unknown_date": "date unknown", "via": "via",
        "contacts_left_out": "Contact details are left out (public version).",
        "network_analysis": "Bridges and weak spots",
        "bridges": "Bridging actors (connect domains and parties that would otherwise not meet)",
        "single_actor": "Initiatives that depend on one party", "isolated": "Parties without a shared initiative",
        "unlinked": "Domains with no link to mental health care",
        "contacts": "Contacts", "name": "Name", "role": "Role", "organisation": "Organisation",
        "email": "E-mail", "phone": "Phone",
        "record": "Record", "what": "What", "by": "By",
        "change_unreadable": "cannot be compared (file too large or unreadable)",
        "action_added": "action added: {what}", "action_done": "action done: {what}",
        "action_changed": "action changed: {what}", "action_removed": "action removed: {what}",
        "field_changed": "{field} changed",
        "no_previous": "There is no earlier meeting to compare with.",
        "history_started": "The git history only starts on {date}; changes before then are not known.",
        "notice": "Note",
        "notice_past_planned": "this meeting is still marked as planned, but its date ({date}) lies before the as-of date ({as_of}). Was it held? Then set `status: gehouden` and record its outcomes; otherwise give it a new date.",
        "notice_past": "this meeting took place on {date}, before the as-of date ({as_of}); this document looks back.",
        "notice_past_unknown": "the date of this meeting ({date}) lies before the as-of date ({as_of}); the source does not say whether it was held.",
        "network_text": "Who works with whom", "works_with": "works with {partners}",
        "and_more": "and {count} more",
        "involved": "Involved", "owner_as_initiator": "as initiator", "owner_as_initiators": "as initiators",
        "action_owner": "Owner", "uncovered_domains": "Domains without an initiative in this region",
        "total": "Total",
        "invalid_banner": "Warning: the knowledge base has {n} {errors}; this report is incomplete.",
        "invalid_hint": "`ggznet validate` shows what is wrong.", "error_one": "error", "error_many": "errors",
        "regions_index": "Regional overviews",
        "not_stated": "not stated", "not_stated_status": "status not stated", "not_stated_role": "role not stated",
        "not_stated_held": "not stated whether it was held", "about": "about {count}",
        "outcome_unknown": "outcome not stated", "not_stated_values": "Values the sources do not state",
        "learning_region": "region {name}", "contact_of_initiative": "not stated; contact for {name}",
    },
}  # fmt: skip


def labels(lang: str) -> dict[str, Any]:
    return LABELS[lang]


def term(index_labels: dict[str, tuple[str, str]], theme: str, lang: str) -> str:
    """A theme's label in the language, falling back to its id."""
    pair = index_labels.get(theme)
    return (pair[0] if lang == "nl" else pair[1]) if pair else theme


VOCAB_EN: dict[str, str] = {
    # statuses
    "idee": "idea", "verkenning": "exploration", "pilot": "pilot", "lopend": "running", "geborgd": "embedded",
    "afgerond": "completed", "gestopt": "stopped", "gepland": "planned", "gehouden": "held",
    "onbekend": "not stated",  # the value for what a source leaves open
    # initiative types
    "tafel": "table", "netwerk": "network", "programma": "programme", "project": "project", "werkwijze": "way of working",
    "voorziening": "facility", "product": "joint product",
    # domains
    "ggz": "mental health care", "huisartsenzorg": "GP care", "sociaal-domein": "social domain",
    "verslavingszorg": "addiction care", "welzijn": "welfare", "publieke-gezondheid": "public health",
    "zorgverzekering": "health insurance", "wonen": "housing", "werk-en-inkomen": "work and income",
    "informele-zorg": "informal care", "ervaringsdeskundigheid": "lived experience",
    # roles
    "initiatiefnemer": "initiator", "trekker": "owner", "partner": "partner", "financier": "funder",
    "procesbegeleider": "facilitator", "uitvoerder": "implementer", "ervaringsdeskundige": "peer expert",
    "deelnemer": "participant",
    # actor types
    "zorgverzekeraar": "health insurer", "ggz-aanbieder": "mental health provider", "gemeente": "municipality",
    "ros": "regional support organisation", "kennisinstituut": "knowledge institute",
    "clientenorganisatie": "client organisation", "overheid": "government", "vrijgevestigde": "independent practitioner",
    "overig": "other",
    # meeting types
    "samenwerkingstafel": "collaboration table", "thematafel": "theme table", "overlegtafel": "consultation table",
    "netwerkbijeenkomst": "network meeting", "reflectiebijeenkomst": "reflection meeting", "webinar": "webinar",
    "werksessie": "work session", "kick-off": "kick-off", "landelijke-bijeenkomst": "national meeting",
    # action statuses
    "open": "open", "done": "done", "dropped": "dropped",
    # region types
    "land": "country", "provincie": "province", "regio": "region", "subregio": "subregion", "wijk": "neighbourhood",
}  # fmt: skip


VOCAB_NL: dict[str, str] = {
    "onbekend": "niet vermeld",
    "ggz-aanbieder": "ggz-aanbieder", "ros": "ROS", "clientenorganisatie": "cliëntenorganisatie",
    "kick-off": "kick-off", "landelijke-bijeenkomst": "landelijke bijeenkomst", "werk-en-inkomen": "werk en inkomen",
    "informele-zorg": "informele zorg", "publieke-gezondheid": "publieke gezondheid",
}  # fmt: skip


def word(value: str, lang: str) -> str:
    """A vocabulary slug as a word in the language."""
    if lang == "en":
        return VOCAB_EN.get(value, value.replace("-", " "))
    return VOCAB_NL.get(value, value.replace("-", " "))


# Column headers of listings (tables and Markdown); JSON, CSV and YAML keep the keys, so scripts do not break.
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("id", "id"), "name": ("naam", "name"), "title": ("titel", "title"), "type": ("soort", "type"),
    "status": ("status", "status"), "regions": ("regio's", "regions"), "themes": ("thema's", "themes"),
    "owner": ("eigenaar", "owner"), "owner_name": ("naam eigenaar", "owner name"), "part_of": ("onderdeel van", "part of"),
    "initiatives": ("initiatieven", "initiatives"), "domains": ("domeinen", "domains"), "date": ("datum", "date"),
    "forum": ("gremium", "forum"), "open_actions": ("open acties", "open actions"), "kind": ("soort record", "kind"),
    "field": ("veld", "field"), "snippet": ("fragment", "snippet"), "score": ("score", "score"),
    "meeting": ("bijeenkomst", "meeting"), "what": ("wat", "what"), "due": ("deadline", "due"),
    "overdue": ("verlopen", "overdue"), "commit": ("commit", "commit"), "author": ("auteur", "author"),
    "change": ("wijziging", "change"), "old": ("oud", "old"), "new": ("nieuw", "new"), "subject": ("onderwerp", "subject"),
    "degree": ("verbindingen", "degree"), "betweenness": ("tussenpositie", "betweenness"), "flags": ("kenmerken", "flags"),
    "aspect": ("aspect", "aspect"), "value": ("waarde", "value"), "only_in_one": ("alleen in één, bijv.", "only in one, e.g."),
    "number": ("nr", "no."), "publisher": ("uitgever", "publisher"), "published": ("verschenen", "published"),
    "url": ("adres", "url"), "involved": ("betrokken", "involved"), "description": ("beschrijving", "description"),
    "verified_on": ("geverifieerd op", "verified on"), "tags": ("labels", "tags"), "sources": ("bronnen", "sources"),
    "organisers": ("organisatie", "organisers"), "facilitators": ("procesbegeleiding", "facilitators"),
    "participants": ("deelnemers", "participants"), "next_meeting": ("volgende bijeenkomst", "next meeting"),
    "follows": ("volgt op", "follows"), "done_on": ("afgerond op", "done on"),
    "meeting_title": ("titel bijeenkomst", "meeting title"), "started": ("gestart", "started"),
    "ended": ("beëindigd", "ended"), "summary": ("samenvatting", "summary"), "website": ("website", "website"),
    "municipalities": ("gemeenten", "municipalities"), "contacts": ("contactpersonen", "contacts"),
}  # fmt: skip


def column(key: str, lang: str) -> str:
    pair = COLUMNS.get(key)
    return (pair[0] if lang == "nl" else pair[1]) if pair else key


KINDS: dict[str, tuple[str, str]] = {
    "region": ("regio", "region"), "actor": ("actor", "actor"), "initiative": ("initiatief", "initiative"),
    "meeting": ("bijeenkomst", "meeting"),
}  # fmt: skip


def kind_word(kind: str, lang: str) -> str:
    pair = KINDS.get(kind)
    return (pair[0] if lang == "nl" else pair[1]) if pair else kind


# Record fields as words, for "what changed" in briefings.
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("naam", "name"), "title": ("titel", "title"), "type": ("soort", "type"), "status": ("status", "status"),
    "regions": ("regio's", "regions"), "themes": ("thema's", "themes"), "domains": ("domeinen", "domains"),
    "actors": ("partijen", "parties"), "summary": ("samenvatting", "summary"), "description": ("beschrijving", "description"),
    "started": ("gestart", "started"), "ended": ("beëindigd", "ended"), "part_of": ("onderdeel van", "part of"),
    "related": ("verwant", "related"), "barriers": ("knelpunten", "barriers"), "success_factors": ("succesfactoren", "success factors"),
    "lessons": ("leerpunten", "lessons"), "indicators": ("indicatoren", "indicators"), "funding": ("financiering", "funding"),
    "sources": ("bronnen", "sources"), "verified_on": ("geverifieerd op", "verified on"), "tags": ("labels", "tags"),
    "contacts": ("contactpersonen", "contacts"), "website": ("website", "website"), "date": ("datum", "date"),
    "forum": ("gremium", "forum"), "organisers": ("organisatie", "organisers"), "facilitators": ("procesbegeleiding", "facilitators"),
    "participants": ("deelnemers", "participants"), "presented": ("gepresenteerd", "presented"), "outcomes": ("uitkomsten", "outcomes"),
    "decisions": ("besluiten", "decisions"), "tracks": ("sporen", "tracks"), "actions": ("acties", "actions"),
    "next_meeting": ("volgende bijeenkomst", "next meeting"), "follows": ("volgt op", "follows"),
    "municipalities": ("gemeenten", "municipalities"), "insurers": ("zorgverzekeraars", "insurers"),
    "support_organisations": ("ROS", "support organisations"), "province": ("provincie", "province"),
    "count": ("aantal", "count"), "internal": ("intern", "internal"),
}  # fmt: skip


def field_words(path: str, lang: str) -> str:
    """A field path (`next_meeting.date`) in words (`volgende bijeenkomst: datum`)."""
    parts = []
    for part in path.split("."):
        pair = FIELDS.get(part)
        parts.append((pair[0] if lang == "nl" else pair[1]) if pair else part)
    return ": ".join(parts)


CHANGES: dict[str, tuple[str, str]] = {
    "added": ("toegevoegd", "added"), "removed": ("verwijderd", "removed"), "changed": ("gewijzigd", "changed"),
    "action-added": ("actie toegevoegd", "action added"), "action-done": ("actie afgerond", "action done"),
    "action-changed": ("actie gewijzigd", "action changed"), "action-removed": ("actie verwijderd", "action removed"),
    "unreadable": ("niet te vergelijken", "cannot be compared"),
}  # fmt: skip


def change_word(change: str, lang: str) -> str:
    pair = CHANGES.get(change)
    return (pair[0] if lang == "nl" else pair[1]) if pair else change

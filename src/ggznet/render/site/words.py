"""Words of the static website in Dutch and English: navigation, page titles, field names and relations.

The words of the regional overview itself come from `render.i18n`, the same as the Markdown report.
"""

from __future__ import annotations

SITE_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "site_title": "Kennisbank regionale ggz-samenwerking", "skip": "Naar de inhoud", "nav": "Hoofdmenu",
        "home": "Start", "regions": "Regio's", "actors": "Actoren", "initiatives": "Initiatieven",
        "meetings": "Bijeenkomsten", "actions": "Acties", "themes": "Thema's en domeinen",
        "changes": "Wijzigingen", "search": "Zoeken", "search_label": "Zoek in de kennisbank",
        "search_button": "Zoek", "search_hint": "Hoofdletters en accenten maken niet uit: clienten vindt cliënten.",
        "search_noscript": "Zoeken werkt met JavaScript. Zonder JavaScript: gebruik de lijsten van regio's, "
                           "actoren, initiatieven en bijeenkomsten.",
        "search_results": "{count} resultaten voor ‘{query}’", "search_one": "1 resultaat voor ‘{query}’",
        "search_none": "Niets gevonden voor ‘{query}’.", "search_more": "De eerste {shown} worden getoond.",
        "search_empty": "Typ een of meer woorden.",
        "intro": "Welke regio's, partijen en initiatieven er zijn in de regionale samenwerking rond mentale "
                 "gezondheid, wie wat trekt, wat er is afgesproken en wat nog openstaat.",
        "key_figures": "Kerncijfers", "regions_tree": "Regio's", "record": "Gegevens", "fields": "Alle velden",
        "backlinks": "Wat naar deze pagina verwijst", "no_backlinks": "Niets verwijst hiernaar.",
        "overview": "Regio-overzicht", "network_picture": "Netwerkplaat",
        "network_alt": "Netwerkplaat van {name}: partijen en initiatieven en hun verbindingen. "
                       "Dezelfde gegevens staan als tekst onder Netwerk en Initiatieven.",
        "generated": "Gemaakt met ggznet", "audience_public": "Publieke versie",
        "open_actions": "Open acties", "overdue_actions": "Verlopen acties", "no_overdue": "Geen verlopen acties.",
        "open_not_overdue": "Overige open acties", "owner": "Actiehouder", "due": "Deadline", "action": "Actie",
        "meeting": "Bijeenkomst", "region": "Regio", "no_actions": "Geen open acties.",
        "themes_intro": "Aantal initiatieven per thema en domein in de hele kennisbank; – is een gat. "
                        "Onder de tabel staan de initiatieven per thema.",
        "theme": "Thema", "total": "Totaal", "no_initiatives": "Geen initiatieven.",
        "without_theme": "Initiatieven zonder thema",
        "changes_intro": "Wijzigingen in de kennisbank volgens de git-geschiedenis, nieuwste eerst.",
        "changes_cut": "De laatste {count} commits worden getoond.",
        "changes_more": "En {count} andere bestanden in deze commit (niet afzonderlijk getoond).",
        "changes_more_one": "En {count} ander bestand in deze commit (niet afzonderlijk getoond).",
        "changes_more_hidden": "Meer wijzigingen in deze commit worden niet afzonderlijk getoond.",
        "no_history": "Geen git-geschiedenis beschikbaar.",
        "no_changes": "Geen wijzigingen gevonden.", "date": "Datum", "author": "Auteur", "what": "Wat",
        "field": "Veld", "old": "Was", "new": "Wordt", "commit": "Commit",
        "added": "toegevoegd", "removed": "verwijderd", "changed": "gewijzigd", "action-added": "actie toegevoegd",
        "action-done": "actie afgerond", "action-changed": "actie gewijzigd", "action-removed": "actie verwijderd",
        "name": "Naam", "type": "Soort", "status": "Status", "count": "Aantal", "yes": "ja", "no": "nee",
        "kind_region": "Regio", "kind_actor": "Actor", "kind_initiative": "Initiatief", "kind_meeting": "Bijeenkomst",
        "all_regions": "Alle regio's", "all_actors": "Alle actoren", "all_initiatives": "Alle initiatieven",
        "all_meetings": "Alle bijeenkomsten", "figure": "Onderdeel", "held": "gehouden", "planned": "gepland",
        "outcome_unknown": "afloop niet vermeld",
        "overdue": "verlopen", "data_commit": "Kennisbank", "as_of": "Peildatum", "unknown": "onbekend",
        "summary": "Samenvatting", "file": "Bestand", "table": "Tabel",
    },
    "en": {
        "site_title": "Knowledge base of regional mental-health collaboration", "skip": "Skip to content",
        "nav": "Main menu", "home": "Home", "regions": "Regions", "actors": "Actors", "initiatives": "Initiatives",
        "meetings": "Meetings", "actions": "Actions", "themes": "Themes and domains",
        "changes": "Changes", "search": "Search", "search_label": "Search the knowledge base",
        "search_button": "Search", "search_hint": "Case and accents do not matter: clienten finds cliënten.",
        "search_noscript": "Search needs JavaScript. Without it, use the lists of regions, actors, initiatives "
                           "and meetings.",
        "search_results": "{count} results for ‘{query}’", "search_one": "1 result for ‘{query}’",
        "search_none": "Nothing found for ‘{query}’.", "search_more": "The first {shown} are shown.",
        "search_empty": "Type one or more words.",
        "intro": "Which regions, parties and initiatives take part in regional collaboration on mental health, "
                 "who leads what, what was agreed and what is still open.",
        "key_figures": "Key figures", "regions_tree": "Regions", "record": "Record", "fields": "All fields",
        "backlinks": "What points to this page", "no_backlinks": "Nothing points here.",
        "overview": "Regional overview", "network_picture": "Network picture",
        "network_alt": "Network picture of {name}: parties and initiatives and how they connect. "
                       "The same data is given as text under Network and Initiatives.",
        "generated": "Made with ggznet", "audience_public": "Public version",
        "open_actions": "Open actions", "overdue_actions": "Overdue actions", "no_overdue": "No overdue actions.",
        "open_not_overdue": "Other open actions", "owner": "Owner", "due": "Due", "action": "Action",
        "meeting": "Meeting", "region": "Region", "no_actions": "No open actions.",
        "themes_intro": "Initiatives per theme and domain in the whole knowledge base; – marks a gap. "
                        "Below the table, the initiatives per theme.",
        "theme": "Theme", "total": "Total", "no_initiatives": "No initiatives.",
        "without_theme": "Initiatives without a theme",
        "changes_intro": "Changes to the knowledge base from its git history, newest first.",
        "changes_cut": "The last {count} commits are shown.",
        "changes_more": "And {count} more files in this commit (not listed one by one).",
        "changes_more_one": "And {count} more file in this commit (not listed one by one).",
        "changes_more_hidden": "More changes in this commit are not listed one by one.",
        "no_history": "No git history available.",
        "no_changes": "No changes found.", "date": "Date", "author": "Author", "what": "What",
        "field": "Field", "old": "Was", "new": "Now", "commit": "Commit",
        "added": "added", "removed": "removed", "changed": "changed", "action-added": "action added",
        "action-done": "action done", "action-changed": "action changed", "action-removed": "action removed",
        "name": "Name", "type": "Type", "status": "Status", "count": "Count", "yes": "yes", "no": "no",
        "kind_region": "Region", "kind_actor": "Actor", "kind_initiative": "Initiative", "kind_meeting": "Meeting",
        "all_regions": "All regions", "all_actors": "All actors", "all_initiatives": "All initiatives",
        "all_meetings": "All meetings", "figure": "Item", "held": "held", "planned": "planned",
        "outcome_unknown": "outcome not stated",
        "overdue": "overdue", "data_commit": "Knowledge base", "as_of": "As of", "unknown": "unknown",
        "summary": "Summary", "file": "File", "table": "Table",
    },
}  # fmt: skip

FIELD_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "name": "Naam", "title": "Titel", "type": "Soort", "status": "Status", "part_of": "Onderdeel van",
        "province": "Provincie", "municipalities": "Gemeenten", "insurers": "Zorgverzekeraars / zorgkantoor",
        "support_organisations": "Regionale ondersteuning (ROS)", "domains": "Domeinen", "regions": "Regio's",
        "website": "Website", "contacts": "Contactpersonen", "role": "Rol", "email": "E-mail", "phone": "Telefoon",
        "started": "Gestart", "ended": "Beëindigd", "themes": "Thema's", "actors": "Partijen", "actor": "Partij",
        "related": "Verwante initiatieven", "initiative": "Initiatief", "relation": "Relatie",
        "summary": "Samenvatting", "barriers": "Knelpunten", "success_factors": "Succesfactoren",
        "lessons": "Leerpunten", "indicators": "Indicatoren", "unit": "Eenheid", "baseline": "Nulmeting",
        "target": "Doel", "actual": "Gemeten", "measured_on": "Gemeten op", "funding": "Financiering",
        "source": "Bron", "by": "Door", "until": "Tot", "date": "Datum", "forum": "Gremium",
        "organisers": "Organisatie", "facilitators": "Procesbegeleiding", "participants": "Deelnemers",
        "count": "Aantal", "approximate": "Bij benadering", "presented": "Gepresenteerd", "outcomes": "Uitkomsten",
        "decisions": "Besluiten",
        "tracks": "Sporen", "owner": "Eigenaar", "actions": "Acties", "id": "Id", "what": "Wat",
        "due": "Deadline", "done_on": "Afgerond op", "next_meeting": "Volgende bijeenkomst",
        "meeting": "Bijeenkomst", "follows": "Volgt op", "description": "Beschrijving", "tags": "Trefwoorden",
        "internal": "Intern", "sources": "Bronnen", "publisher": "Uitgever", "published": "Gepubliceerd",
        "url": "Adres", "verified_on": "Geverifieerd op",
    },
    "en": {
        "name": "Name", "title": "Title", "type": "Type", "status": "Status", "part_of": "Part of",
        "province": "Province", "municipalities": "Municipalities", "insurers": "Health insurers",
        "support_organisations": "Regional support organisations (ROS)", "domains": "Domains", "regions": "Regions",
        "website": "Website", "contacts": "Contacts", "role": "Role", "email": "E-mail", "phone": "Phone",
        "started": "Started", "ended": "Ended", "themes": "Themes", "actors": "Parties", "actor": "Party",
        "related": "Related initiatives", "initiative": "Initiative", "relation": "Relation",
        "summary": "Summary", "barriers": "Barriers", "success_factors": "Success factors",
        "lessons": "Lessons", "indicators": "Indicators", "unit": "Unit", "baseline": "Baseline",
        "target": "Target", "actual": "Actual", "measured_on": "Measured on", "funding": "Funding",
        "source": "Source", "by": "By", "until": "Until", "date": "Date", "forum": "Forum",
        "organisers": "Organisers", "facilitators": "Facilitators", "participants": "Participants",
        "count": "Count", "approximate": "Approximate", "presented": "Presented", "outcomes": "Outcomes",
        "decisions": "Decisions",
        "tracks": "Tracks", "owner": "Owner", "actions": "Actions", "id": "Id", "what": "What",
        "due": "Due", "done_on": "Done on", "next_meeting": "Next meeting",
        "meeting": "Meeting", "follows": "Follows", "description": "Description", "tags": "Tags",
        "internal": "Internal", "sources": "Sources", "publisher": "Publisher", "published": "Published",
        "url": "Address", "verified_on": "Verified on",
    },
}  # fmt: skip

# How a backlink reads: the relation the pointing record has to this one (index.iter_references names them).
RELATION_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "part_of": "onderdeel van", "insurer": "zorgverzekeraar", "support_organisation": "regionale ondersteuning",
        "works_in": "werkt in", "region": "regio", "forum": "gremium", "organiser": "organisatie",
        "facilitator": "procesbegeleiding", "participant": "deelnemer", "presented": "gepresenteerd",
        "track_owner": "eigenaar van een spoor", "track": "spoor", "action_owner": "eigenaar van een actie",
        "next_meeting": "volgende bijeenkomst", "follows": "volgt op", "inspired-by": "geïnspireerd door",
        "follows-from": "volgt uit", "similar-to": "lijkt op",
    },
    "en": {
        "part_of": "part of", "insurer": "health insurer", "support_organisation": "regional support",
        "works_in": "works in", "region": "region", "forum": "forum", "organiser": "organiser",
        "facilitator": "facilitator", "participant": "participant", "presented": "presented",
        "track_owner": "owner of a track", "track": "track", "action_owner": "owner of an action",
        "next_meeting": "next meeting", "follows": "follows", "inspired-by": "inspired by",
        "follows-from": "follows from", "similar-to": "similar to",
    },
}  # fmt: skip


def site_labels(lang: str) -> dict[str, str]:
    return SITE_LABELS[lang]


def field_label(key: str, lang: str) -> str:
    return FIELD_LABELS[lang].get(key, key.replace("_", " "))


def relation_label(relation: str, lang: str) -> str:
    """A relation from `index.iter_references` (or a role) as a word."""
    from ggznet.render.i18n import word

    return RELATION_LABELS[lang].get(relation) or word(relation, lang)

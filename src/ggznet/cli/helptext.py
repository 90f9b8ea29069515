"""The help of every command, argument and option in Dutch: the English text in the code is the key.

Help texts are looked up paragraph by paragraph, with their whitespace folded, so that rewrapping a
docstring does not lose its translation. A text without a Dutch translation is shown in English (a test
makes sure there is none).
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast


def key(paragraph: str) -> str:
    """A paragraph as the table knows it: its words joined by single spaces."""
    return " ".join(paragraph.split())


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a help text (a docstring or an option's help), each as a key."""
    return [key(part) for part in inspect.cleandoc(text).split("\n\n") if part.strip()]


def help_text(text: str | None) -> str | None:
    """A help text in the language of this run (Dutch unless English was asked for)."""
    from ggznet.cli.lang import current

    if not text or current() != "nl":
        return text
    english = paragraphs(text)
    dutch = [NL.get(part, part) for part in english]
    return text if dutch == english else "\n\n".join(dutch)  # nothing known: the text as written


def word(english: str, **params: object) -> str:
    """One of the help page's own words (headings, `required`, `Usage: `) in the language of this run."""
    from ggznet.cli.lang import current

    found = WORDS.get(english, english) if current() == "nl" else english
    return found.format(**params) if params else found


def placeholder(english: str) -> str:
    """The name that stands for a value in help (`DIR`, `DATE`, `REGION`) in the language of this run."""
    from ggznet.cli.lang import current

    return PLACEHOLDERS.get(english, english) if current() == "nl" else english


class TranslatedHelp:
    """Help pages, the command list and completion descriptions in the language of this run.

    Mixed into ggznet's Click command classes, ahead of Typer's: each method lends the command its translated
    help for the moment Click formats it, so Click's own layout (wrapping, short help) stays as it is."""

    help: str | None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        english = self.help
        self.help = help_text(english)
        try:
            yield
        finally:
            self.help = english

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = cast(Any, self).collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=word("Usage: "))

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        with self._translated():
            cast(Any, super()).format_help_text(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with self._translated():
            return str(cast(Any, super()).get_short_help_str(limit))

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        items: list[Any] = cast(Any, super()).shell_complete(ctx, incomplete)
        for item in items:
            item.help = help_text(item.help)
        return items


WORDS: dict[str, str] = {
    "Usage: ": "Gebruik: ",
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Commando's",
    "[OPTIONS]": "[OPTIES]",
    "COMMAND [ARGS]...": "COMMANDO [ARGUMENTEN]...",
    "required": "verplicht",
    "default: {value}": "standaard: {value}",
}
"""The words of the help page itself, which Click would write in English."""


PLACEHOLDERS: dict[str, str] = {
    "ACTION": "ACTIE",
    "ACTION-ID": "ACTIE-ID",
    "ACTOR:ROLE": "ACTOR:ROL",
    "AGE": "LEEFTIJD",
    "DATE": "DATUM",
    "DATE|REF": "DATUM|REF",
    "DIR": "MAP",
    "DOMAIN": "DOMEIN",
    "FIELD": "VELD",
    "FIELD=VALUE": "VELD=WAARDE",
    "FILE": "BESTAND",
    "FIRST": "EERSTE",
    "FOLDER": "MAP",
    "FORUM": "GREMIUM",
    "IDENT": "ID",
    "JOBS": "AANTAL",
    "KIND": "SOORT",
    "LIMIT": "AANTAL",
    "LINK-BASE": "WEBADRES",
    "MEETING": "BIJEENKOMST",
    "NAME": "NAAM",
    "NAMES": "NAMEN",
    "NEW-ID": "NIEUW-ID",
    "NUMBER": "NUMMER",
    "OUTPUT": "MAP",
    "OUTPUT-FORMAT": "FORMAAT",
    "OWNER": "ACTOR",
    "PART-OF": "ID",
    "PARTICIPANT": "ACTOR",
    "PATH": "PAD",
    "PUBLISHER": "UITGEVER",
    "REGION": "REGIO",
    "RELATION": "RELATIE",
    "ROLE": "ROL",
    "SECOND": "TWEEDE",
    "SORT": "VELD",
    "TEMPLATES": "MAP",
    "TEXT": "TEKST",
    "THEME": "THEMA",
    "TITLE": "TITEL",
    "TYPE": "SOORT",
    "VALUE": "WAARDE",
    "WHAT": "WAT",
}
"""Names that stand for values in help, in Dutch as the Dutch docs write them (`ggznet report REGIO`, `-o MAP`);
the rest (REF, ACTOR, STATUS, CODE, URL, A, B, GitHub's OWNER/REPO@REF, the choices) read the same in both languages."""


NL: dict[str, str] = {
    # Click's and Typer's own options
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Install completion for the current shell.": "Installeer aanvulling met Tab voor de huidige shell.",
    "Show completion for the current shell, to copy it or customize the installation.":
        "Toon de aanvulling voor de huidige shell, om over te nemen of de installatie aan te passen.",
    # ggznet and its global options
    "Keep track of regional ggz collaboration: regions, actors, initiatives and meetings in a Git-versioned YAML "
    "knowledge base.":
        "Houd regionale samenwerking in de ggz bij: regio's, actoren, initiatieven en bijeenkomsten in een "
        "kennisbank van YAML-bestanden in Git.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Knowledge-base folder for the command that follows (also accepted after the command).":
        "Map van de kennisbank voor het commando dat volgt (mag ook na het commando).",
    "Language of all output: nl (default) or en; also $GGZNET_LANG.":
        "Taal van alle uitvoer: nl (standaard) of en; ook via $GGZNET_LANG.",
    "Never send long output through a pager ($GGZNET_PAGER, $PAGER, less).":
        "Stuur lange uitvoer nooit door een pager ($GGZNET_PAGER, $PAGER, less).",
    "Show a traceback for internal errors.": "Toon bij interne fouten de traceback.",
    "Read every file; neither read nor write the indexed store in .ggznet-cache/ (same as GGZNET_NO_CACHE=1).":
        "Lees elk bestand; lees noch schrijf de geïndexeerde opslag in .ggznet-cache/ (hetzelfde als "
        "GGZNET_NO_CACHE=1).",
    # options shared by several commands
    "Knowledge-base folder (the one holding data/); may also come before the command. Default: $GGZNET_KB, else "
    "the nearest folder upward from here that holds data/.":
        "Map van de kennisbank (de map met data/); mag ook vóór het commando. Standaard: $GGZNET_KB, anders de "
        "dichtstbijzijnde map vanaf hier omhoog die data/ bevat.",
    "Language of the output: nl (default) or en; also $GGZNET_LANG or before the command.":
        "Taal van de uitvoer: nl (standaard) of en; ook via $GGZNET_LANG of vóór het commando.",
    "Print long output straight to the terminal instead of through a pager.":
        "Schrijf lange uitvoer direct naar de terminal in plaats van door een pager.",
    "internal (default), or public: no record marked internal, nothing that points to one, no contact details.":
        "internal (standaard), of public: geen records die als intern gemarkeerd zijn, niets wat ernaar "
        "verwijst, geen contactgegevens.",
    "table, json, csv, yaml, md or xlsx. Default: a table on a terminal, JSON in a pipe, or from -o's extension.":
        "table, json, csv, yaml, md of xlsx. Standaard: een tabel op een terminal, JSON in een pijp, of volgens "
        "de extensie van -o.",
    "Write to this file instead of standard output; its extension picks the format.":
        "Schrijf naar dit bestand in plaats van naar standaarduitvoer; de extensie bepaalt het formaat.",
    "standard (comma) or excel-nl (semicolon, decimal comma, CRLF: what Excel with Dutch settings opens).":
        "standard (komma) of excel-nl (puntkomma, decimale komma, CRLF: wat Excel met Nederlandse instellingen "
        "opent).",
    "Only these columns, in this order, comma-separated (e.g. id,name,owner); an unknown name lists the ones "
    "there are.":
        "Alleen deze kolommen, in deze volgorde, met komma's ertussen (bijv. id,name,owner); een onbekende naam "
        "geeft de lijst van kolommen die er zijn.",
    "Exit 0 even when the knowledge base has errors (the output still carries a warning).":
        "Exitcode 0, ook als de kennisbank fouten heeft (de uitvoer bevat dan wel een waarschuwing).",
    "Show the diff; write nothing.": "Toon de diff; schrijf niets.",
    "Make a git commit of exactly the edited files.": "Maak een git-commit van precies de bewerkte bestanden.",
    "kind:id or a bare id.": "soort:id of alleen een id.",
    # validate, explain
    "Check every record: YAML, schema, references, dates, themes and privacy. All problems in one run.":
        "Controleer elk record: YAML, schema, verwijzingen, datums, thema's en privacy. Alle problemen in één keer.",
    "Exit status: 0 no errors (warnings allowed unless --strict), 1 problems found, 2 usage error.":
        "Exitcode: 0 geen fouten (waarschuwingen toegestaan, behalve met --strict), 1 problemen gevonden, "
        "2 verkeerd gebruik.",
    "text (default), json, or github (workflow annotations; the default when GITHUB_ACTIONS=true).":
        "text (standaard), json, of github (annotaties in de workflow; standaard als GITHUB_ACTIONS=true).",
    "Fail on warnings too.": "Ook waarschuwingen geven exitcode 1.",
    "Judge dates as on this day (default: today).": "Beoordeel datums alsof het deze dag is (standaard: vandaag).",
    "Fail only on problems that are new since this git ref (a pull request's base); older problems are "
    "summarised.":
        "Alleen problemen die nieuw zijn sinds deze git-verwijzing (de basis van een pull request) geven "
        "exitcode 1; oudere problemen worden samengevat.",
    "Warn about records not verified within AGE (365d, 52w, 12m, 1y), summed up per region.":
        "Waarschuw voor records die niet binnen LEEFTIJD (365d, 52w, 12m, 1y) geverifieerd zijn, opgeteld per regio.",
    "Also append a Markdown summary that lists every problem to FILE (in GitHub Actions: $GITHUB_STEP_SUMMARY).":
        "Voeg ook een Markdown-samenvatting met elk probleem toe aan BESTAND (in GitHub Actions: "
        "$GITHUB_STEP_SUMMARY).",
    "Explain a problem code: the rule, a wrong and a right example. Without CODE, list all codes.":
        "Leg een probleemcode uit: de regel, een fout en een goed voorbeeld. Zonder CODE: alle codes.",
    "A problem code, e.g. unknown-field.": "Een probleemcode, bijv. unknown-field.",
    "Print the reference of all codes as Markdown.": "Schrijf het overzicht van alle codes als Markdown.",
    # list, show, search, actions
    "List records of one kind, filtered. Filters combine; a region includes the regions below it.":
        "Toon records van één soort, gefilterd. Filters gelden tegelijk; een regio omvat de regio's eronder.",
    "For initiatives, `owner` is the trekker, else the initiatiefnemers; `involved` lists every actor with its "
    "roles.":
        "Bij initiatieven is `owner` de trekker, anders de initiatiefnemers; `involved` noemt elke actor met zijn "
        "rollen.",
    "What to list.": "Welke soort records er getoond worden.",
    "Only in this region or the regions below it.": "Alleen in deze regio of de regio's eronder.",
    "Status (repeatable).": "Status (herhaalbaar).",
    "Type (repeatable).": "Soort (herhaalbaar).",
    "Theme (repeatable).": "Thema (herhaalbaar).",
    "Domain (repeatable).": "Domein (herhaalbaar).",
    "Only where this actor takes part, in any role.": "Alleen waar deze actor aan meedoet, in welke rol ook.",
    "With --actor: only these roles (repeatable).": "Met --actor: alleen deze rollen (herhaalbaar).",
    "Only meetings on or after this date, initiatives started on or after it.":
        "Alleen bijeenkomsten op of na deze datum, en initiatieven die op of na deze datum begonnen.",
    "Only meetings on or before this date, initiatives started on or before it.":
        "Alleen bijeenkomsten op of vóór deze datum, en initiatieven die op of vóór deze datum begonnen.",
    "Sort by a field; prefix - for descending (e.g. -date).":
        "Sorteer op een veld; met - ervoor aflopend (bijv. -date).",
    "At most this many rows.": "Ten hoogste dit aantal regels.",
    "Show one record: every field, references with their names, and what points to it (backlinks).":
        "Toon één record: elk veld, verwijzingen met hun namen, en wat ernaar verwijst (terugverwijzingen).",
    "An initiative also shows its owner (the trekker, else the initiatiefnemers) and who is involved.":
        "Bij een initiatief staan ook de eigenaar (de trekker, anders de initiatiefnemers) en wie er betrokken is.",
    "kind:id (initiative:overlegtafel-ggz-gelderse-vallei) or a bare id.":
        "soort:id (initiative:overlegtafel-ggz-gelderse-vallei) of alleen een id.",
    "text (default on a terminal), json, yaml or md.": "text (standaard op een terminal), json, yaml of md.",
    "Full-text search over names, summaries, descriptions, barriers, lessons and meeting outcomes.":
        "Zoek in de volledige tekst van namen, samenvattingen, beschrijvingen, knelpunten, leerpunten en "
        "uitkomsten van bijeenkomsten.",
    "Words to find; every word must occur. Case and accents are ignored.":
        "Woorden om te zoeken; elk woord moet voorkomen. Hoofdletters en accenten tellen niet.",
    "Only these kinds (repeatable).": "Alleen deze soorten (herhaalbaar).",
    "Only in this region or below.": "Alleen in deze regio of eronder.",
    "At most this many hits.": "Ten hoogste dit aantal resultaten.",
    "Action items from meeting outcomes, with owner, due date, status and meeting; oldest due first.":
        "Acties uit de uitkomsten van bijeenkomsten, met actiehouder, deadline, status en bijeenkomst; de "
        "oudste deadline eerst.",
    "Exit status 0; with --fail-if-any, 1 when the list is not empty.":
        "Exitcode 0; met --fail-if-any 1 als de lijst niet leeg is.",
    "Only open actions.": "Alleen open acties.",
    "Only open actions past their due date.": "Alleen open acties waarvan de deadline voorbij is.",
    "Only actions of this actor.": "Alleen acties van deze actor.",
    "Only meetings in this region or below.": "Alleen bijeenkomsten in deze regio of eronder.",
    "Judge due dates as on this day (default: today).":
        "Beoordeel deadlines alsof het deze dag is (standaard: vandaag).",
    "Exit 1 when any action is listed (e.g. with --overdue, to let CI fail on overdue actions).":
        "Exitcode 1 zodra er een actie in de lijst staat (bijv. met --overdue, zodat CI faalt op verlopen acties).",
    # report, briefing
    "Regional overview in Markdown, Word or PDF: key figures, network, initiatives, coverage, meetings, actions, "
    "lessons, continuity risks, inspiration from other regions and sources.":
        "Regio-overzicht in Markdown, Word of PDF: kerncijfers, netwerk, initiatieven, dekking, bijeenkomsten, "
        "acties, leerpunten, borging en risico's, inspiratie uit andere regio's en bronnen.",
    "Word and PDF (-o FILE.docx, -o FILE.pdf or --format) hold the same text with the network picture and a "
    "timeline, headings as heading styles, real tables, and the data commit, as-of date and page numbers in the "
    "footer. The knowledge base is validated first; with errors the report says so at the top and the exit "
    "status is 1 (unless --allow-invalid).":
        "Word en PDF (-o BESTAND.docx, -o BESTAND.pdf of --format) bevatten dezelfde tekst met de netwerkplaat "
        "en een tijdlijn, koppen als kopstijlen, echte tabellen, en in de voettekst de commit van de gegevens, de "
        "peildatum en paginanummers. De kennisbank wordt eerst gevalideerd; bij fouten staat dat bovenaan het "
        "overzicht en is de exitcode 1 (tenzij --allow-invalid).",
    "Region id; the report includes every region below it.":
        "Id van de regio; het overzicht omvat elke regio eronder.",
    "Write to this file (with --all: this folder).": "Schrijf naar dit bestand (met --all: deze map).",
    "One file per region plus index.md, into -o DIR.": "Eén bestand per regio plus index.md, in -o MAP.",
    "Exit 1 if this committed file (with --all: folder) differs from what would be generated now for --audience.":
        "Exitcode 1 als dit vastgelegde bestand (met --all: deze map) afwijkt van wat nu voor --audience gemaakt zou "
        "worden.",
    "Peildatum: judge due dates and risks as on this day (default: today).":
        "Peildatum: beoordeel deadlines en risico's alsof het deze dag is (standaard: vandaag).",
    "Folder with your own report.md.j2 / briefing.md.j2 (rendered sandboxed).":
        "Map met je eigen report.md.j2 / briefing.md.j2 (uitgevoerd in een afgeschermde omgeving).",
    "Print Markdown source on a terminal instead of rendering it.":
        "Toon op een terminal de Markdown-bron in plaats van de opgemaakte tekst.",
    "md, docx (Word) or pdf. Default: from -o's extension, else md.":
        "md, docx (Word) of pdf. Standaard: volgens de extensie van -o, anders md.",
    "Meeting preparation in Markdown, Word or PDF: purpose, earlier decisions, open actions, participants, what "
    "will be presented, what changed since last time, and suggested agenda points.":
        "Voorbereiding van een bijeenkomst in Markdown, Word of PDF: doel, eerdere besluiten, open acties, "
        "deelnemers, wat er gepresenteerd wordt, wat er sinds de vorige keer veranderde, en voorgestelde "
        "agendapunten.",
    "The knowledge base is validated first; with errors the briefing says so at the top and the exit status is 1 "
    "(unless --allow-invalid).":
        "De kennisbank wordt eerst gevalideerd; bij fouten staat dat bovenaan de briefing en is de exitcode 1 "
        "(tenzij --allow-invalid).",
    "A meeting id, or a forum (initiative) id for its next planned meeting.":
        "Id van een bijeenkomst, of van een gremium (initiatief) voor zijn volgende geplande bijeenkomst.",
    # new, set, link, unlink, rename
    "Create a record. On a terminal, asks for every required field and the usual ones (a bad answer is asked "
    "again, with a hint); in scripts, takes everything as options. Refuses an id that exists.":
        "Maak een record. Op een terminal vraagt ggznet elk verplicht veld en de gebruikelijke (een verkeerd "
        "antwoord wordt opnieuw gevraagd, met een tip); in scripts komt alles uit de opties. Een id dat al "
        "bestaat wordt geweigerd.",
    "region, actor, initiative or meeting.": "region, actor, initiative of meeting.",
    "The id (default: from the name).": "Het id (standaard: afgeleid van de naam).",
    "Name (title for a meeting).": "Naam (titel bij een bijeenkomst).",
    "Type from the vocabulary.": "Soort uit de vocabulaire.",
    "Status (initiatives, meetings).": "Status (initiatieven, bijeenkomsten).",
    "Region id (repeatable).": "Id van een regio (herhaalbaar).",
    "Meeting date: 15-3-2027, 15 maart 2027 or 2027-03-15.":
        "Datum van de bijeenkomst: 15-3-2027, 15 maart 2027 of 2027-03-15.",
    "Parent region or initiative id.": "Id van de bovenliggende regio of het bovenliggende initiatief.",
    "Theme of an initiative (repeatable).": "Thema van een initiatief (herhaalbaar).",
    "A party in an initiative with its role, e.g. menzis:trekker (repeatable).":
        "Een partij in een initiatief met haar rol, bijv. menzis:trekker (herhaalbaar).",
    "The initiative (table, network) a meeting belongs to.":
        "Het initiatief (tafel, netwerk) waar een bijeenkomst bij hoort.",
    "Actor id taking part in a meeting (repeatable).":
        "Id van een actor die aan een bijeenkomst deelneemt (herhaalbaar).",
    "Title of the source this record is based on.": "Titel van de bron waarop dit record berust.",
    "Publisher of that source.": "Uitgever van die bron.",
    "When that source appeared (a date, a month or a year).":
        "Wanneer die bron verscheen (een datum, een maand of een jaar).",
    "Web address of that source.": "Webadres van die bron.",
    "Any other field (repeatable).": "Elk ander veld (herhaalbaar).",
    "Set (or --unset) one field of a record. The file keeps its comments and layout.":
        "Geef één veld van een record een waarde (of verwijder het met --unset). Het bestand houdt zijn "
        "commentaar en opmaak.",
    "Field path: status, summary, next_meeting.date, actors[0].role":
        "Veldpad: status, summary, next_meeting.date, actors[0].role",
    "New value; a list as `a, b` or `[a, b]`.": "Nieuwe waarde; een lijst als `a, b` of `[a, b]`.",
    "Remove the field instead.": "Verwijder het veld in plaats daarvan.",
    "Link two records. The relation is written once, on the side the data model says.":
        "Koppel twee records. De relatie wordt één keer vastgelegd, aan de kant die het datamodel aanwijst.",
    "initiative+actor (--role), initiative+region, initiative+initiative (--relation), actor+region (also as a "
    "region's insurer or ROS: --role insurer|ros, written on the actor), region+region (part of), "
    "meeting+initiative (presented, or --role forum), meeting+actor (--role organiser|facilitator|participant), "
    "meeting+region, meeting+meeting (follows).":
        "initiative+actor (--role), initiative+region, initiative+initiative (--relation), actor+region (ook als "
        "zorgverzekeraar of ROS van een regio: --role insurer|ros, vastgelegd bij de actor), region+region "
        "(onderdeel van), meeting+initiative (gepresenteerd, of --role forum), meeting+actor "
        "(--role organiser|facilitator|participant), meeting+region, meeting+meeting (volgt op).",
    "One record: kind:id or a bare id.": "Het ene record: soort:id of alleen een id.",
    "The other record.": "Het andere record.",
    "Role: an initiative role (trekker, partner, …); insurer or ros for an actor and a region (checks the actor's "
    "type); organiser, facilitator, participant or forum for a meeting.":
        "Rol: een rol in een initiatief (trekker, partner, …); insurer of ros bij een actor en een regio "
        "(controleert de soort van de actor); organiser, facilitator, participant of forum bij een bijeenkomst.",
    "Between initiatives: part-of (default), inspired-by, follows-from, similar-to.":
        "Tussen initiatieven: part-of (standaard), inspired-by, follows-from, similar-to.",
    "Remove a link made with `ggznet link` (same arguments).":
        "Verwijder een koppeling die met `ggznet link` is gemaakt (dezelfde argumenten).",
    "Give a record a new id: move its file and rewrite every reference to it, all or nothing.":
        "Geef een record een nieuw id: verplaats het bestand en pas elke verwijzing ernaar aan, alles of niets.",
    "The new id (also the new file name).": "Het nieuwe id (ook de nieuwe bestandsnaam).",
    # changes, history, schema
    "Records added, removed and changed in the git history, field by field (status pilot → lopend, new actions, "
    "actions done), with commit date and author.":
        "Records die in de git-geschiedenis zijn toegevoegd, verwijderd en gewijzigd, veld voor veld (status "
        "pilot → lopend, nieuwe acties, afgeronde acties), met datum en auteur van de commit.",
    "From this date on (15-3-2027, 15 maart 2027, 2027-03-15) or after this git ref (main, v1.0, a commit).":
        "Vanaf deze datum (15-3-2027, 15 maart 2027, 2027-03-15) of na deze git-verwijzing (main, v1.0, een "
        "commit).",
    "Up to this date or ref; default: the last commit.": "Tot deze datum of verwijzing; standaard: de laatste commit.",
    "The commits that touched one record, newest first.": "De commits die één record raakten, de nieuwste eerst.",
    "JSON Schema for each record kind, from the models as authors write them (for editors and CI).":
        "JSON Schema voor elke soort record, naar de modellen zoals auteurs ze schrijven (voor editors en CI).",
    "Write one file per kind (actor.schema.json, …) into this folder.":
        "Schrijf één bestand per soort (actor.schema.json, …) in deze map.",
    "With --out: exit 1 if the folder is not up to date.": "Met --out: exitcode 1 als de map niet bijgewerkt is.",
    # graph, network, compare
    "Export the network of actors, initiatives, meetings and regions with typed edges (role, relation, "
    "organised, attended, presented, part of). GraphML opens in Gephi and yEd; JSON and CSV import into Kumu.":
        "Exporteer het netwerk van actoren, initiatieven, bijeenkomsten en regio's met getypeerde verbindingen "
        "(rol, relatie, georganiseerd, bijgewoond, gepresenteerd, onderdeel van). GraphML opent in Gephi en "
        "yEd; JSON en CSV zijn in Kumu te importeren.",
    "CSV with -o FILE.csv writes FILE-elements.csv and FILE-connections.csv; to stdout it prints the "
    "connections. SVG and PNG draw the network of actors and initiatives as a picture (large regions are capped, "
    "and the picture says so), or with --timeline the initiatives and meetings on a time axis. With errors in "
    "the knowledge base the export says so (as a comment where the format has them) and the exit status is 1 "
    "unless --allow-invalid.":
        "CSV met -o BESTAND.csv schrijft BESTAND-elements.csv en BESTAND-connections.csv; naar standaarduitvoer "
        "gaan de verbindingen. SVG en PNG tekenen het netwerk van actoren en initiatieven als plaat (bij grote regio's "
        "begrensd, en de plaat zegt dat), of met --timeline de initiatieven en bijeenkomsten op een tijdas. Bij "
        "fouten in de kennisbank zegt de export dat (als commentaar waar het formaat dat kent) en is de exitcode "
        "1, tenzij --allow-invalid.",
    "Only this region and the regions below it.": "Alleen deze regio en de regio's eronder.",
    "Node kinds to include (repeatable): region, actor, initiative, meeting. Default: all.":
        "Soorten knopen om op te nemen (herhaalbaar): region, actor, initiative, meeting. Standaard: alle.",
    "mermaid, dot, graphml, json (Kumu), csv (Kumu), or a picture: svg or png. Default: from -o, else json.":
        "mermaid, dot, graphml, json (Kumu), csv (Kumu), of een plaat: svg of png. Standaard: volgens -o, "
        "anders json.",
    "With svg/png: the timeline of initiatives and meetings instead.":
        "Met svg/png: in plaats daarvan de tijdlijn van initiatieven en bijeenkomsten.",
    "With --timeline: running initiatives end on this day (default: today).":
        "Met --timeline: lopende initiatieven eindigen op deze dag (standaard: vandaag).",
    "Per actor: degree and betweenness, the domains it connects, and flags for bridging actors (verbinders) and "
    "isolated actors; plus initiatives that hang on one actor and domains with no link to ggz.":
        "Per actor: aantal verbindingen (degree) en tussenpositie (betweenness), de domeinen die hij verbindt, "
        "en markeringen voor verbinders en geïsoleerde actoren; daarnaast initiatieven die aan één partij "
        "hangen en domeinen zonder verbinding met de ggz.",
    "Region id (includes the regions below it).": "Id van de regio (omvat de regio's eronder).",
    "Two regions side by side: themes, domains, initiative types and statuses, roles filled, meeting rhythm and "
    "open actions; what one has that the other lacks, with the initiatives that show it.":
        "Twee regio's naast elkaar: thema's, domeinen, soorten en statussen van initiatieven, ingevulde rollen, "
        "ritme van bijeenkomsten en open acties; wat de ene heeft en de andere mist, met de initiatieven die dat "
        "laten zien.",
    "A region id.": "Id van een regio.",
    "Another region id.": "Id van een andere regio.",
    "md (default), table or json.": "md (standaard), table of json.",
    # calendar, init, site
    "Meetings as all-day events and open actions with a due date as to-dos, in an iCalendar file that Outlook, "
    "Google and Apple calendars import. Importing again updates entries (stable UIDs). A meeting known only to "
    "the month or year is left out and named on stderr.":
        "Bijeenkomsten als afspraken van een hele dag en open acties met een deadline als taken, in een "
        "iCalendar-bestand dat Outlook, Google en Apple Agenda importeren. Opnieuw importeren werkt de items bij "
        "(vaste UID's). Een bijeenkomst waarvan alleen de maand of het jaar bekend is, wordt weggelaten en op "
        "stderr genoemd.",
    "Write to this .ics file (default: standard output).":
        "Schrijf naar dit .ics-bestand (standaard: standaarduitvoer).",
    "Only meetings of this forum (initiative id).": "Alleen bijeenkomsten van dit gremium (id van het initiatief).",
    "Only this actor's to-dos and the meetings it organises or attends.":
        "Alleen de taken van deze actor en de bijeenkomsten die hij organiseert of bijwoont.",
    "Web address of the knowledge base's files (e.g. https://github.com/ORG/REPO/blob/main/); each entry then "
    "links to its record.":
        "Webadres van de bestanden van de kennisbank (bijv. https://github.com/ORG/REPO/blob/main/); elk item "
        "linkt dan naar zijn record.",
    "Judge overdue actions as on this day (default: today); also the file's date.":
        "Beoordeel verlopen acties alsof het deze dag is (standaard: vandaag); ook de datum van het bestand.",
    "Start a knowledge base for a region: data/ folders, the shared themes, a Dutch README, JSON Schemas with VS "
    "Code settings, pre-commit, and a GitHub workflow that checks every pull request.":
        "Start een kennisbank voor een regio: mappen in data/, de gedeelde thema's, een Nederlandse README, JSON "
        "Schemas met instellingen voor VS Code, pre-commit, en een GitHub-workflow die elk pull request "
        "controleert.",
    "Folder for the new repository (new or empty).": "Map voor de nieuwe repository (nieuw of leeg).",
    "The region's name, for the README.": "De naam van de regio, voor de README.",
    "The ggznet repository and release tag that CI and pre-commit use. Default: ggznet/ggznet@v0.1.0.":
        "De ggznet-repository en release-tag die CI en pre-commit gebruiken. Standaard: ggznet/ggznet@v0.1.0.",
    "FOLDER may hold files already: add only the missing ones, change nothing.":
        "MAP mag al bestanden bevatten: voeg alleen de ontbrekende toe, verander niets.",
    "A static website of the whole knowledge base: regions, actors, initiatives, meetings, open actions, themes × "
    "domains, the change log and offline search. No outside requests; opens from file:// too. When the knowledge "
    "base has errors, every page carries a warning and the exit status is 1 (unless --allow-invalid).":
        "Een statische website van de hele kennisbank: regio's, actoren, initiatieven, bijeenkomsten, open "
        "acties, thema's × domeinen, het wijzigingslogboek en offline zoeken. Geen verzoeken naar "
        "buiten; opent ook vanaf file://. Heeft de kennisbank fouten, dan draagt elke pagina een waarschuwing en "
        "is de exitcode 1 (tenzij --allow-invalid).",
    "Folder to write the site into: new, empty, or a site written here before (it is updated).":
        "Map waarin de site komt: nieuw, leeg, of een site die hier eerder geschreven is (die wordt bijgewerkt).",
    "Folder whose site/ subfolder holds your own page templates (same names as ggznet's templates/site/), "
    "rendered sandboxed.":
        "Map met in de submap site/ je eigen paginasjablonen (dezelfde namen als in templates/site/ van ggznet), "
        "uitgevoerd in een afgeschermde omgeving.",
    "Processes that make the pages (default: one per core for a large knowledge base).":
        "Aantal processen dat de pagina's maakt (standaard: één per processorkern bij een grote kennisbank).",
    # action
    "Add action items to a meeting or mark them done.": "Voeg acties toe aan een bijeenkomst of rond ze af.",
    "Add an action item to a meeting's outcomes.": "Voeg een actie toe aan de uitkomsten van een bijeenkomst.",
    "Meeting id.": "Id van de bijeenkomst.",
    "What is to be done.": "Wat er moet gebeuren.",
    "Actor id of who does it.": "Id van de actor die het doet (actiehouder).",
    "Due date: 1-12-2026, 1 december 2026 or 2026-12-01.": "Deadline: 1-12-2026, 1 december 2026 of 2026-12-01.",
    "Action id (default: from the text).": "Id van de actie (standaard: afgeleid van de tekst).",
    "Mark an action item done.": "Markeer een actie als afgerond.",
    "The action's id.": "Het id van de actie.",
    "Done on this date (default: today).": "Afgerond op deze datum (standaard: vandaag).",
    # source
    "Add, change, remove or list the sources of a record.":
        "Voeg bronnen van een record toe, wijzig of verwijder ze, of toon ze.",
    "Add a source to a record: where its facts come from.":
        "Voeg een bron toe aan een record: waar de feiten vandaan komen.",
    "Title of the article, report or web page.": "Titel van het artikel, rapport of de webpagina.",
    "Who published it.": "Wie het publiceerde.",
    "When it appeared: 15-3-2027, 15 maart 2027, maart 2027, 2027 or 2027-03-15.":
        "Wanneer het verscheen: 15-3-2027, 15 maart 2027, maart 2027, 2027 of 2027-03-15.",
    "Web address (http or https).": "Webadres (http of https).",
    "Change fields of one source of a record (the others stay as they are).":
        "Wijzig velden van één bron van een record (de andere blijven zoals ze zijn).",
    "Which source: 1 for the first (see `source list`).": "Welke bron: 1 voor de eerste (zie `source list`).",
    "New title.": "Nieuwe titel.",
    "Remove one source from a record.": "Verwijder één bron van een record.",
    "The sources of a record, numbered as `source set` and `source remove` take them.":
        "De bronnen van een record, genummerd zoals `source set` en `source remove` ze gebruiken.",
    # export
    "Write the whole knowledge base as an Excel workbook or an SQLite database.":
        "Schrijf de hele kennisbank als Excel-werkmap of als SQLite-database.",
    "An Excel workbook: a sheet per kind, actions and roles; frozen, filtered header rows; dates as dates; "
    "drop-down lists from the vocabulary; ids that link to the row of the record they name.":
        "Een Excel-werkmap: een werkblad per soort, acties en rollen; vastgezette kopregels met filters; datums "
        "als datums; keuzelijsten uit de vocabulaire; ids die linken naar de regel van het record dat ze noemen.",
    "The file to write.": "Het bestand om te schrijven.",
    "An SQLite database: a table per kind, link tables (roles, themes, domains, regions), foreign keys, and views "
    "open_actions, overdue_actions and initiative_overview. Opens in Datasette, DB Browser, Power BI.":
        "Een SQLite-database: een tabel per soort, koppeltabellen (rollen, thema's, domeinen, regio's), foreign "
        "keys, en de views open_actions, overdue_actions en initiative_overview. Opent in Datasette, DB Browser "
        "en Power BI.",
}  # fmt: skip

"""The Dutch of every problem message and hint, by problem code: what `cli/problemtext.py` translates with.

Keys are the English templates as the checks write them, `{name}` where the check puts a value in. The values
of the placeholders named in WORDS are words too and are translated in turn (a kind, a described value,
Pydantic's or PyYAML's own text); every other placeholder (a field, an id, a path, a value) stays as written.
"""

from __future__ import annotations

WORDS = frozenset({"kind", "other", "described", "expected", "values", "where", "what", "msg", "reason", "why"})
"""Placeholders whose text is translated too."""

LISTS = frozenset({"listed"})
"""Placeholders that hold a `; `-separated list of translatable pieces."""

_NUMBER = r"\d[\d,]*"  # as the checks write a count or a size (`12,345`)
SHAPES: dict[str, str] = {
    "allowed": r"(?:[\w-]+(?:, [\w-]+)*)?",  # the values a field allows, as `bad-value` lists them
    "values": _NUMBER + r" values?",  # `1 value`, `3 values` (not-stated)
    "count": _NUMBER,
    "limit": _NUMBER,
    "size": _NUMBER,
    "depth": r"\d+",
    "days": r"\d+",
    "i": r"\d+",
    "kind": r"[a-z]+",
}
"""The pattern of the placeholders that the program fills, not a record: a record's text in a message may repeat a
template's words, and a placeholder of this shape cannot then end inside that text."""

MESSAGES: dict[str, dict[str, str]] = {
    "yaml-syntax": {
        "the character U+{hex} is not allowed in YAML": "het teken U+{hex} mag niet in YAML",
        "not a regular file (links are not followed)": "geen gewoon bestand (links worden niet gevolgd)",
        "cannot read file: {reason}": "kan het bestand niet lezen: {reason}",
        "a key must be a plain word, not a list or mapping":
            "een sleutel moet een gewoon woord zijn, geen lijst of reeks sleutels met waarden",
        "number too large": "getal te groot",
        "expected a mapping node, but found {node}": "verwachtte sleutels met waarden, maar vond {node}",
    },
    "yaml-encoding": {
        "byte 0x{byte} is not valid UTF-8": "byte 0x{byte} is geen geldige UTF-8",
    },
    "yaml-duplicate-key": {
        "duplicate key `{key}`": "dubbele sleutel `{key}`",
    },
    "yaml-tag": {
        "the tag `{tag}` is not allowed in records": "de tag `{tag}` is niet toegestaan in records",
        "`{value}` is not a valid {tag} (explicit tag !!{tag})": "`{value}` is geen geldige {tag} (expliciete tag !!{tag})",
    },
    "yaml-alias": {
        "anchors and aliases (&name / *name) are not allowed in records":
            "ankers en aliassen (&naam / *naam) zijn niet toegestaan in records",
    },
    "yaml-too-large": {
        "file is {size} bytes": "het bestand is {size} bytes",
        "file is {size} bytes; a record file may be at most {limit}":
            "het bestand is {size} bytes; een recordbestand mag hoogstens {limit} zijn",
        "file is over {limit} bytes": "het bestand is groter dan {limit} bytes",
        "a list with {count} items; records hold short lists (at most {limit} items)":
            "een lijst met {count} items; records hebben korte lijsten (hoogstens {limit} items)",
    },
    "yaml-too-deep": {
        "nesting deeper than {depth} levels": "dieper genest dan {depth} niveaus",
        "nesting too deep to read": "te diep genest om te lezen",
    },
    "root-not-mapping": {
        "the file holds several YAML documents; a record is one":
            "het bestand bevat meerdere YAML-documenten; een record is er één",
        "a record file holds one mapping of keys to values; this one is {described}":
            "een recordbestand bevat één reeks sleutels met waarden; dit is {described}",
    },
    "unknown-field": {
        "unknown field `{field}`": "onbekend veld `{field}`",
    },
    "missing-field": {
        "missing required field `{field}`": "verplicht veld `{field}` ontbreekt",
        "`{field}` needs at least one item": "`{field}` moet minstens één item hebben",
    },
    "wrong-type": {
        "`{field}` should be {expected}, not {described}": "`{field}` moet {expected} zijn, niet {described}",
        "`{field}`: {msg}": "`{field}`: {msg}",
    },
    "bad-value": {
        "`{field}`: {described} is not one of: {allowed}": "`{field}`: {described} is geen van: {allowed}",
        "`{field}`: {msg}": "`{field}`: {msg}",
    },
    "bad-date": {
        "`{field}`: {msg}": "`{field}`: {msg}",
    },
    "bad-id": {
        "`{field}`: {described} is not a valid id": "`{field}`: {described} is geen geldig id",
    },
    "id-mismatch": {
        "id `{ident}` differs from the file name `{stem}.yaml`": "id `{ident}` wijkt af van de bestandsnaam `{stem}.yaml`",
    },
    "duplicate-id": {
        "action id `{ident}` is used twice in this meeting": "actie-id `{ident}` komt twee keer voor in deze bijeenkomst",
        "{kind} id `{ident}` is already used by {first}": "{kind}-id `{ident}` wordt al gebruikt door {first}",
        "theme `{ident}` is declared twice": "thema `{ident}` staat er twee keer in",
    },
    "unresolved-reference": {
        "{kind} `{target}` does not exist": "{kind} `{target}` bestaat niet",
    },
    "reference-cycle": {
        "`{attr}` goes round in a circle: {chain}": "`{attr}` loopt in een kring rond: {chain}",
        "`{attr}` goes round in a circle of {count} records: {chain} → …":
            "`{attr}` loopt in een kring van {count} records rond: {chain} → …",
    },
    "date-order": {
        "`ended` ({ended}) is before `started` ({started})": "`ended` ({ended}) ligt vóór `started` ({started})",
        "action `{ident}`: `{attr}` ({value}) is before the meeting ({date})":
            "actie `{ident}`: `{attr}` ({value}) ligt vóór de bijeenkomst ({date})",
        "`next_meeting.date` ({next}) is not after the meeting ({date})":
            "`next_meeting.date` ({next}) ligt niet na de bijeenkomst ({date})",
    },
    "meeting-in-future": {
        "meeting dated {date} is marked `gehouden` but lies in the future":
            "bijeenkomst van {date} staat op `gehouden`, maar ligt in de toekomst",
    },
    "meeting-past-planned": {
        "meeting dated {date} is still marked `gepland`, but that date has passed":
            "bijeenkomst van {date} staat nog op `gepland`, maar die datum is voorbij",
    },
    "planned-with-outcomes": {
        "a planned meeting (`status: gepland`) has decisions": "een geplande bijeenkomst (`status: gepland`) heeft besluiten",
    },
    "action-state": {
        "action `{ident}` has `done_on` but status `{status}`": "actie `{ident}` heeft `done_on`, maar status `{status}`",
    },
    "meeting-id-date": {
        "meeting id `{ident}` does not start with its date {date}":
            "bijeenkomst-id `{ident}` begint niet met de datum {date}",
    },
    "undeclared-theme": {
        "theme `{theme}` is not declared in data/vocabulary.yaml": "thema `{theme}` staat niet in data/vocabulary.yaml",
    },
    "unsafe-character": {
        "{where} holds the invisible or control character {char}": "{where} bevat het onzichtbare of stuurteken {char}",
        "a key holds the invisible or control character {char}": "een sleutel bevat het onzichtbare of stuurteken {char}",
        "a key holds {what}": "een sleutel bevat {what}",
        "the file holds the invisible or control character {char}":
            "het bestand bevat het onzichtbare of stuurteken {char}",
    },
    "bsn": {
        "{where} holds a number that passes the BSN 11-test ({shown})":
            "{where} bevat een getal dat de BSN-elfproef doorstaat ({shown})",
    },
    "iban": {
        "{where} holds a bank account number": "{where} bevat een bankrekeningnummer",
    },
    "email-outside-contacts": {
        "{where} holds an e-mail address": "{where} bevat een e-mailadres",
    },
    "phone-outside-contacts": {
        "{where} holds a phone number": "{where} bevat een telefoonnummer",
    },
    "contact-email": {
        "`contacts[{i}].email` is not a valid e-mail address: {reason}":
            "`contacts[{i}].email` is geen geldig e-mailadres: {reason}",
    },
    "contact-phone": {
        "`contacts[{i}].phone` is not a valid phone number": "`contacts[{i}].phone` is geen geldig telefoonnummer",
    },
    "contact-private-email": {
        "`contacts[{i}].email` looks like a private address ({domain})":
            "`contacts[{i}].email` lijkt een privéadres ({domain})",
    },
    "no-source": {
        "{kind} `{ident}` cites no source": "{kind} `{ident}` noemt geen bron",
    },
    "stray-file": {
        "a folder that cannot be read, or nested too deep; its files were not checked":
            "een map die niet te lezen is, of te diep genest; de bestanden erin zijn niet gecontroleerd",
        "not a record: records are `<id>.yaml` files (links are not followed)":
            "geen record: records zijn `<id>.yaml`-bestanden (links worden niet gevolgd)",
        "not a record, and not text that ggznet could check for personal data":
            "geen record, en geen tekst die ggznet op persoonsgegevens kon controleren",
        "not a record; ggznet ignores it apart from a check for personal data":
            "geen record; ggznet slaat het over, op een controle op persoonsgegevens na",
    },
    "verified-in-future": {
        "{kind} `{ident}` says it was verified on {date}, which is after today":
            "{kind} `{ident}` zegt geverifieerd te zijn op {date}, en dat is na vandaag",
    },
    "stale-record": {
        "{kind} `{ident}` has never been verified (no `verified_on`)":
            "{kind} `{ident}` is nooit geverifieerd (geen `verified_on`)",
        "{kind} `{ident}` was last verified on {date}": "{kind} `{ident}` is het laatst geverifieerd op {date}",
    },
    "retired-field": {
        "`{key}` is no longer written on a region: its {what} are the actors of type `{type}` that name the region in "
        "their `regions`": "`{key}` staat niet meer op een regio: de {what} zijn de actoren van het type `{type}` die "
        "de regio in hun `regions` noemen",
    },
    "written-twice": {
        "municipality `{name}` has its own record ({path}, part of this region) and is shown from there":
            "gemeente `{name}` heeft een eigen record ({path}, deel van deze regio) en wordt van daaruit getoond",
    },
    "not-stated": {
        "{values} not stated by the sources: {fields}": "{values} niet vermeld in de bronnen: {fields}",
        "{region}: {values} not stated by the sources in records naming this region: {listed}":
            "{region}: {values} niet vermeld in de bronnen, in records die deze regio noemen: {listed}",
    },
    "more-problems": {
        "{count} more problem in this file is not shown": "nog {count} probleem in dit bestand wordt niet getoond",
        "{count} more problems in this file are not shown": "nog {count} problemen in dit bestand worden niet getoond",
    },
    "state-folder": {
        "{reason}; working without it (no cache, no edits)": "{reason}; ggznet werkt zonder (geen cache, geen bewerkingen)",
        "an interrupted edit was not rolled back: {reason}": "een onderbroken bewerking is niet teruggedraaid: {reason}",
    },
    "vocabulary": {
        "no vocabulary file; no themes are declared": "geen woordenlijst; er zijn geen thema's vastgelegd",
    },
}  # fmt: skip

HINTS: dict[str, str] = {
    "remove it; YAML files hold printable text only": "verwijder het; YAML-bestanden bevatten alleen afdrukbare tekst",
    "save the file as UTF-8": "sla het bestand op als UTF-8",
    "records are a few levels deep": "records zijn maar een paar niveaus diep",
    "split the content or move long texts to a linked document":
        "verdeel de inhoud, of zet lange teksten in een gekoppeld document",
    "split the content over several records": "verdeel de inhoud over meerdere records",
    "start the file with `id: …` on its own line": "begin het bestand met `id: …` op een eigen regel",
    "allowed here: {fields}": "hier toegestaan: {fields}",
    "add `{key}:`": "voeg `{key}:` toe",
    "write a date like 2023-03-24": "schrijf een datum als 2023-03-24",
    "ids are lowercase letters and digits joined by single hyphens (e.g. `overlegtafel-ggz`)":
        "ids zijn kleine letters en cijfers, verbonden door losse koppeltekens (bijv. `overlegtafel-ggz`)",
    "write a list, e.g. `[twente]`, even for one item": "schrijf een lijst, bijv. `[twente]`, ook bij één item",
    "write https://…": "schrijf https://…",
    "rename the file to `{ident}.yaml` or set `id: {stem}`": "hernoem het bestand naar `{ident}.yaml` of zet `id: {stem}`",
    "give each record its own id": "geef elk record een eigen id",
    "`{target}` is a {other}, but this field takes a {kind}": "`{target}` is een {other}, maar dit veld vraagt een {kind}",
    "add data/{folder}/{target}.yaml or correct the id": "voeg data/{folder}/{target}.yaml toe of verbeter het id",
    "one of these records must not be `{attr}` the next":
        "een van deze records mag niet met `{attr}` naar het volgende wijzen",
    "set `status: done` or remove `done_on`": "zet `status: done` of verwijder `done_on`",
    "use `status: gepland` until it has been held": "gebruik `status: gepland` tot de bijeenkomst gehouden is",
    "set `status: gehouden` (and record the outcomes) if it took place, or give the new date":
        "zet `status: gehouden` (en leg de uitkomsten vast) als de bijeenkomst plaatsvond, of geef de nieuwe datum",
    "use an id like `{date}-{ident}`": "gebruik een id als `{date}-{ident}`",
    "set `status: gehouden` once it has taken place": "zet `status: gehouden` zodra de bijeenkomst heeft plaatsgevonden",
    "declare it in data/vocabulary.yaml": "neem het op in data/vocabulary.yaml",
    "remove it; such characters can hide or reorder text on screen":
        "verwijder het; zulke tekens kunnen tekst op het scherm verbergen of door elkaar zetten",
    "remove it; keys are plain English words": "verwijder het; sleutels zijn gewone Engelse woorden",
    "remove it; such characters can hide text, also in a comment":
        "verwijder het; zulke tekens kunnen tekst verbergen, ook in een commentaar",
    "remove it, also from the git history: the knowledge base never holds client data":
        "verwijder het, ook uit de git-geschiedenis: de kennisbank bevat nooit cliëntgegevens",
    "remove it": "verwijder het",
    "move professional addresses to the actor's `contacts`; remove personal ones":
        "zet zakelijke adressen bij de `contacts` van de actor; verwijder persoonlijke",
    "move professional numbers to the actor's `contacts`; remove personal ones":
        "zet zakelijke nummers bij de `contacts` van de actor; verwijder persoonlijke",
    "write one work address like naam@organisatie.nl": "schrijf één werkadres, zoals naam@organisatie.nl",
    "use the person's work address, or leave the e-mail out": "gebruik het werkadres van de persoon, of laat het e-mailadres weg",
    "write a Dutch number like 053-4801234 or 06-12345678, or a foreign one with +32/+49/…":
        "schrijf een Nederlands nummer als 053-4801234 of 06-12345678, of een buitenlands met +32/+49/…",
    "add `sources:` with at least a title": "voeg `sources:` toe met minstens een titel",
    "keep only records, data/vocabulary.yaml and README.md under data/; move or remove this":
        "zet onder data/ alleen records, data/vocabulary.yaml en README.md; verplaats of verwijder dit",
    "check it against reality and set `verified_on: <date>`": "toets het aan de praktijk en zet `verified_on: <datum>`",
    "give the day it was last checked against reality": "geef de dag waarop het voor het laatst aan de praktijk is getoetst",
    "check it again; records older than {days} days count as stale":
        "controleer het opnieuw; records ouder dan {days} dagen gelden als verouderd",
    "add `{region}` to `regions:` in {files} and delete `{key}:` here":
        "voeg `{region}` toe aan `regions:` in {files} en verwijder hier `{key}:`",
    "delete `{key}:`; list the region in the actors' own `regions` instead":
        "verwijder `{key}:`; noem de regio in plaats daarvan in de eigen `regions` van de actoren",
    "remove `{name}` from `municipalities`": "haal `{name}` uit `municipalities`",
    "keep `onbekend` while no source states the value; fill it in (and cite the source) when one does":
        "laat `onbekend` staan zolang geen bron de waarde noemt; vul hem in (met de bron) zodra een bron dat doet",
    "fix the ones shown and run ggznet validate again": "herstel de getoonde en draai ggznet validate opnieuw",
    "remove {folder}; ggznet recreates it as a folder": "verwijder {folder}; ggznet maakt het opnieuw als map",
    "check the files named, then remove {folder} (ggznet never acts on it in this state)":
        "controleer de genoemde bestanden en verwijder dan {folder} (ggznet doet er in deze toestand niets mee)",
    "create data/vocabulary.yaml with `themes:`": "maak data/vocabulary.yaml aan met `themes:`",
}  # fmt: skip

PARTS: dict[str, str] = {
    # kinds of record
    "region": "regio",
    "actor": "actor",
    "initiative": "initiatief",
    "meeting": "bijeenkomst",
    # a value as a message describes it (validate/shape.py), and what a field takes
    "nothing (null)": "niets (null)",
    "empty": "leeg",
    "a mapping": "een reeks sleutels met waarden",
    "a list": "een lijst",
    "the number {value}": "het getal {value}",
    "text": "tekst",
    "a mapping of keys to values": "een reeks sleutels met waarden",
    "a whole number": "een geheel getal",
    "a number": "een getal",
    "true or false": "true of false",
    # where a privacy or character problem is
    "the file": "het bestand",
    "the file name": "de bestandsnaam",
    "the file's text (e.g. a comment)": "de tekst van het bestand (bijv. een commentaar)",
    "nothing visible": "niets zichtbaars",
    "the key {where}": "de sleutel {where}",
    # counts of values left open
    "{count} value": "{count} waarde",
    "{count} values": "{count} waarden",
    "{kind} `{ident}` ({fields})": "{kind} `{ident}` ({fields})",
    "and {count} more record": "en nog {count} record",
    "and {count} more records": "en nog {count} records",
    # what a retired region field was
    "insurers": "zorgverzekeraars",
    "regional support organisations (ROS)": "regionale ondersteuningsstructuren (ROS)",
    # the state folder and interrupted edits
    "{folder} cannot be read ({reason})": "{folder} is niet te lezen ({reason})",
    "{folder} is a link; ggznet does not follow it": "{folder} is een link; ggznet volgt die niet",
    "{folder} is not a folder": "{folder} is geen map",
    "rolling back failed": "terugdraaien mislukte",
    "rolling back failed: {reason}": "terugdraaien mislukte: {reason}",
    "not a staging folder ggznet made": "geen werkmap die ggznet maakte",
    "the journal is not a regular file of at most 1 MB": "het logboek is geen gewoon bestand van hoogstens 1 MB",
    "{files} changed after the interrupted edit, so it was not rolled back; {written} still hold the edit's new content":
        "{files} is gewijzigd na de onderbroken bewerking, dus die is niet teruggedraaid; {written} bevat nog de "
        "nieuwe inhoud van de bewerking",
    "the backup of {name} is missing or does not match the journal":
        "de reservekopie van {name} ontbreekt of past niet bij het logboek",
    "the journal is not valid JSON": "het logboek is geen geldige JSON",
    "the journal is in an unknown format": "het logboek heeft een onbekende vorm",
    "the journal lists no files, or too many": "het logboek noemt geen bestanden, of te veel",
    "a journal entry has the wrong shape": "een regel in het logboek heeft de verkeerde vorm",
    "a journal entry names a file outside data/": "een regel in het logboek noemt een bestand buiten data/",
    "a journal entry names a file outside data/ ({name})": "een regel in het logboek noemt een bestand buiten data/ ({name})",
    "a journal entry names a file twice": "een regel in het logboek noemt een bestand twee keer",
    "a journal entry has a malformed checksum": "een regel in het logboek heeft een misvormde controlesom",
    "a journal entry lacks a staged file": "bij een regel in het logboek ontbreekt het klaargezette bestand",
    "a journal entry names a staged file outside its own folder":
        "een regel in het logboek noemt een klaargezet bestand buiten de eigen map",
    # ggznet's own date and web-address checks (schema/types.py), inside `{field}: {msg}`
    "text that shows nothing (only spaces or invisible characters)": "tekst die niets toont (alleen spaties of onzichtbare tekens)",
    "expected a date like 2023-03-24, 2023-03 or 2023": "verwacht een datum als 2023-03-24, 2023-03 of 2023",
    "'{value}' is not a date like 2023-03-24, 2023-03 or 2023": "'{value}' is geen datum als 2023-03-24, 2023-03 of 2023",
    "'{value}' is not a plausible year (1000 to 9998)": "'{value}' is geen aannemelijk jaar (1000 tot 9998)",
    "'{value}' is not a real date ({reason})": "'{value}' is geen bestaande datum ({reason})",
    "'{value}' is not a plausible date": "'{value}' is geen aannemelijke datum",
    "expected a full date like 2023-03-24, got '{value}'": "verwacht een volledige datum als 2023-03-24, niet '{value}'",
    "'{value}' is not an http(s) web address": "'{value}' is geen http(s)-webadres",
    # why Python finds a date impossible, inside the messages above
    "month must be in 1..12": "een maand ligt tussen 1 en 12",
    "day is out of range for month": "die dag bestaat niet in die maand",
    "year {year} is out of range": "jaar {year} valt buiten het bereik",
    "Invalid isoformat string: {text}": "ongeldige ISO-datum: {text}",
    # email-validator's reasons for a contact's address (the ones a typo gives)
    "An email address must have an @-sign.": "Een e-mailadres heeft een @-teken.",
    "There must be something before the @-sign.": "Er moet iets vóór het @-teken staan.",
    "There must be something after the @-sign.": "Er moet iets na het @-teken staan.",
    "The part after the @-sign is not valid. It should have a period.":
        "Het deel na het @-teken is niet geldig. Er hoort een punt in.",
    "An email address cannot have a period immediately after the @-sign.":
        "Een e-mailadres kan geen punt direct na het @-teken hebben.",
    "An email address cannot end with a period.": "Een e-mailadres kan niet op een punt eindigen.",
    "An email address cannot have two periods in a row.": "Een e-mailadres kan geen twee punten achter elkaar hebben.",
    "The email address contains invalid characters before the @-sign: {chars}.":
        "Het e-mailadres bevat ongeldige tekens vóór het @-teken: {chars}.",
    "The part after the @-sign contains invalid characters: {chars}.":
        "Het deel na het @-teken bevat ongeldige tekens: {chars}.",
    "The email address is too long ({detail}).": "Het e-mailadres is te lang ({detail}).",
    "The part after the @-sign is a special-use or reserved name that cannot be used with email.":
        "Het deel na het @-teken is een gereserveerde naam die niet voor e-mail gebruikt kan worden.",
}  # fmt: skip

PYDANTIC: dict[str, tuple[str, str]] = {
    # error type: (Pydantic's English template, the Dutch); the ones a record read from YAML can give
    "missing": ("Field required", "verplicht veld"),
    "extra_forbidden": ("Extra inputs are not permitted", "extra velden zijn niet toegestaan"),
    "invalid_key": ("Keys should be strings", "sleutels moeten tekst zijn"),
    "recursion_loop": ("Recursion error - cyclic reference detected", "recursiefout: kringverwijzing gevonden"),
    "model_type": ("Input should be a valid dictionary or instance of {class_name}", "moet sleutels met waarden zijn"),
    "model_attributes_type": (
        "Input should be a valid dictionary or object to extract fields from",
        "moet sleutels met waarden zijn",
    ),
    "dataclass_type": ("Input should be a dictionary or an instance of {class_name}", "moet sleutels met waarden zijn"),
    "none_required": ("Input should be None", "moet leeg (null) zijn"),
    "greater_than": ("Input should be greater than {gt}", "moet groter zijn dan {gt}"),
    "greater_than_equal": ("Input should be greater than or equal to {ge}", "moet minstens {ge} zijn"),
    "less_than": ("Input should be less than {lt}", "moet kleiner zijn dan {lt}"),
    "less_than_equal": ("Input should be less than or equal to {le}", "moet hoogstens {le} zijn"),
    "multiple_of": ("Input should be a multiple of {multiple_of}", "moet een veelvoud zijn van {multiple_of}"),
    "finite_number": ("Input should be a finite number", "moet een eindig getal zijn"),
    "too_short": (
        "{field_type} should have at least {min_length} item{expected_plural} after validation, not {actual_length}",
        "moet minstens {min_length} item{expected_plural} hebben, niet {actual_length}",
    ),
    "too_long": (
        "{field_type} should have at most {max_length} item{expected_plural} after validation, not {actual_length}",
        "mag hoogstens {max_length} item{expected_plural} hebben, niet {actual_length}",
    ),
    "iterable_type": ("Input should be iterable", "moet een lijst zijn"),
    "string_type": ("Input should be a valid string", "moet tekst zijn"),
    "string_too_short": (
        "String should have at least {min_length} character{expected_plural}",
        "moet minstens {min_length} teken{expected_plural} lang zijn",
    ),
    "string_too_long": (
        "String should have at most {max_length} character{expected_plural}",
        "mag hoogstens {max_length} teken{expected_plural} lang zijn",
    ),
    "string_pattern_mismatch": ("String should match pattern '{pattern}'", "moet passen bij het patroon '{pattern}'"),
    "enum": ("Input should be {expected}", "moet {expected} zijn"),
    "literal_error": ("Input should be {expected}", "moet {expected} zijn"),
    "dict_type": ("Input should be a valid dictionary", "moet sleutels met waarden zijn"),
    "mapping_type": ("Input should be a valid mapping, error: {error}", "moet sleutels met waarden zijn ({error})"),
    "list_type": ("Input should be a valid list", "moet een lijst zijn"),
    "tuple_type": ("Input should be a valid tuple", "moet een lijst zijn"),
    "set_type": ("Input should be a valid set", "moet een lijst zijn"),
    "frozen_set_type": ("Input should be a valid frozenset", "moet een lijst zijn"),
    "set_item_not_hashable": ("Set items should be hashable", "de items moeten gewone waarden zijn"),
    "bool_type": ("Input should be a valid boolean", "moet true of false zijn"),
    "bool_parsing": ("Input should be a valid boolean, unable to interpret input", "moet true of false zijn"),
    "int_type": ("Input should be a valid integer", "moet een geheel getal zijn"),
    "int_parsing": ("Input should be a valid integer, unable to parse string as an integer", "moet een geheel getal zijn"),
    "int_parsing_size": (
        "Unable to parse input string as an integer, exceeded maximum size",
        "het getal is te groot",
    ),
    "int_from_float": (
        "Input should be a valid integer, got a number with a fractional part",
        "moet een geheel getal zijn, niet een getal met decimalen",
    ),
    "float_type": ("Input should be a valid number", "moet een getal zijn"),
    "float_parsing": ("Input should be a valid number, unable to parse string as a number", "moet een getal zijn"),
    "value_error": ("Value error, {error}", "ongeldige waarde: {error}"),
    "assertion_error": ("Assertion failed, {error}", "controle mislukt: {error}"),
    "date_type": ("Input should be a valid date", "moet een datum zijn"),
    "date_parsing": ("Input should be a valid date in the format YYYY-MM-DD, {error}", "moet een datum als JJJJ-MM-DD zijn ({error})"),
    "date_from_datetime_parsing": ("Input should be a valid date or datetime, {error}", "moet een datum zijn ({error})"),
    "date_from_datetime_inexact": (
        "Datetimes provided to dates should have zero time - e.g. be exact dates",
        "moet een datum zonder tijd zijn",
    ),
    "date_past": ("Date should be in the past", "moet in het verleden liggen"),
    "date_future": ("Date should be in the future", "moet in de toekomst liggen"),
    "union_tag_invalid": (
        "Input tag '{tag}' found using {discriminator} does not match any of the expected tags: {expected_tags}",
        "soort '{tag}' (volgens {discriminator}) is geen van: {expected_tags}",
    ),
    "union_tag_not_found": (
        "Unable to extract tag using discriminator {discriminator}",
        "de soort is niet te bepalen uit {discriminator}",
    ),
    "url_type": ("URL input should be a string or URL", "een webadres moet tekst zijn"),
    "url_parsing": ("Input should be a valid URL, {error}", "moet een geldig webadres zijn ({error})"),
    "url_syntax_violation": ("Input violated strict URL syntax rules, {error}", "is geen geldig webadres ({error})"),
    "url_too_long": (
        "URL should have at most {max_length} character{expected_plural}",
        "een webadres mag hoogstens {max_length} teken{expected_plural} lang zijn",
    ),
    "url_scheme": ("URL scheme should be {expected_schemes}", "een webadres moet beginnen met {expected_schemes}"),
}  # fmt: skip

NOT_FROM_RECORDS = frozenset(
    {
        # Python objects, JSON input, arguments and types no record field has: YAML data never gives these
        "no_such_attribute", "json_invalid", "json_type", "needs_python_object", "recursion_depth_exceeded",
        "frozen_field", "frozen_instance", "get_attribute_error", "dataclass_exact_type", "named_tuple_type",
        "default_factory_not_called", "iteration_error", "string_unicode", "string_not_ascii", "frozen_dict_type",
        "ordered_dict_type", "counter_type", "deque_type", "bytes_type", "bytes_too_short", "bytes_too_long",
        "bytes_invalid_encoding", "missing_sentinel_error", "ellipsis_error", "time_type", "time_parsing",
        "datetime_type", "datetime_parsing", "datetime_object_invalid", "datetime_from_date_parsing",
        "datetime_past", "datetime_future", "timezone_naive", "timezone_aware", "timezone_offset", "time_delta_type",
        "time_delta_parsing", "is_instance_of", "is_subclass_of", "callable_type", "arguments_type",
        "missing_argument", "unexpected_keyword_argument", "missing_keyword_only_argument",
        "unexpected_positional_argument", "missing_positional_only_argument", "multiple_argument_values",
        "uuid_type", "uuid_parsing", "uuid_version", "decimal_type", "decimal_parsing", "decimal_max_digits",
        "decimal_max_places", "decimal_whole_digits", "fraction_type", "fraction_parsing", "complex_type",
        "complex_str_parsing",
    }
)  # fmt: skip

YAML: dict[str, str] = {
    # PyYAML's own words for a file that is not valid YAML: `<while …> <what it found>`
    "while scanning a simple key": "bij het lezen van een sleutel:",
    "while scanning a quoted scalar": "bij het lezen van tekst tussen aanhalingstekens:",
    "while scanning a double-quoted scalar": "bij het lezen van tekst tussen dubbele aanhalingstekens:",
    "while scanning a block scalar": "bij het lezen van een tekstblok:",
    "while scanning a plain scalar": "bij het lezen van een waarde:",
    "while scanning an anchor": "bij het lezen van een anker:",
    "while scanning an alias": "bij het lezen van een alias:",
    "while scanning a directive": "bij het lezen van een directief:",
    "while scanning a tag": "bij het lezen van een tag:",
    "while scanning for the next token": "bij het zoeken naar het volgende teken:",
    "while parsing a block mapping": "bij het lezen van sleutels met waarden:",
    "while parsing a block collection": "bij het lezen van een lijst:",
    "while parsing a flow sequence": "bij het lezen van een lijst tussen [ ]:",
    "while parsing a flow mapping": "bij het lezen van sleutels met waarden tussen { }:",
    "while parsing a flow node": "bij het lezen van een waarde:",
    "while parsing a block node": "bij het lezen van een waarde:",
    "while parsing a node": "bij het lezen van een waarde:",
    "while parsing a tag": "bij het lezen van een tag:",
    "while composing a mapping": "bij het opbouwen van sleutels met waarden:",
    "could not find expected ':'": "de verwachte ':' ontbreekt",
    "mapping values are not allowed here": "een waarde met ':' mag hier niet staan",
    "mapping keys are not allowed here": "een sleutel mag hier niet staan",
    "found character {found} that cannot start any token": "het teken {found} kan hier niet staan",
    "found unexpected end of stream": "het bestand houdt onverwacht op",
    "found unexpected document separator": "onverwachte documentscheiding (---)",
    "found undefined alias {found}": "onbekende alias {found}",
    "found unknown escape character {found}": "onbekende escape {found}",
    "found duplicate anchor {found}; first occurrence": "dubbel anker {found}; eerste keer",
    "expected <block end>, but found {found}": "verwachtte het einde van het blok, maar vond {found}",
    "expected ',' or ']', but got {found}": "verwachtte ',' of ']', maar vond {found}",
    "expected ',' or '}', but got {found}": "verwachtte ',' of '}', maar vond {found}",
    "expected the node content, but found {found}": "verwachtte een waarde, maar vond {found}",
    "expected a comment or a line break, but found {found}": "verwachtte commentaar of een nieuwe regel, maar vond {found}",
    "expected '<document start>', but found {found}": "verwachtte het begin van een document, maar vond {found}",
    "expected alphabetic or numeric character, but found {found}": "verwachtte een letter of cijfer, maar vond {found}",
    "expected chomping or indentation indicators, but found {found}":
        "verwachtte een teken voor witruimte of inspringing, maar vond {found}",
    "expected a single document in the stream": "verwachtte één document in het bestand",
    # the same from libyaml (the C parser)
    "mapping values are not allowed in this context": "een waarde met ':' mag hier niet staan",
    "block sequence entries are not allowed in this context": "een lijstitem (-) mag hier niet staan",
    "did not find expected key": "de verwachte sleutel ontbreekt",
    "did not find expected '-' indicator": "het verwachte '-' ontbreekt",
    "did not find expected ',' or ']'": "de verwachte ',' of ']' ontbreekt",
    "did not find expected ',' or '}'": "de verwachte ',' of '}' ontbreekt",
    "did not find expected node content": "de verwachte waarde ontbreekt",
    "did not find expected <document start>": "het verwachte begin van een document ontbreekt",
    "did not find expected comment or line break": "het verwachte commentaar of de nieuwe regel ontbreekt",
    "found character that cannot start any token": "een teken dat hier niet kan staan",
    "found unknown escape character": "onbekende escape",
    "found undefined alias": "onbekende alias",
    "found a tab character that violates indentation": "een tab die de inspringing verstoort",
    "found a tab character where an indentation space is expected": "een tab waar een spatie voor inspringing hoort",
    "found unexpected ':'": "onverwachte ':'",
    "control characters are not allowed": "stuurtekens zijn niet toegestaan",
    "found incompatible YAML document": "een YAML-versie die niet te lezen is (alleen 1.x)",
    "found incompatible YAML document (version 1.* is required)": "een YAML-versie die niet te lezen is (alleen 1.x)",
    "found duplicate YAML directive": "dubbele YAML-directief",
    "while parsing a quoted scalar": "bij het lezen van tekst tussen aanhalingstekens:",
    "while parsing a block scalar": "bij het lezen van een tekstblok:",
    "while parsing a plain scalar": "bij het lezen van een waarde:",
    "but found another document": "maar vond nog een document",
}  # fmt: skip

SUMMARIES: dict[str, str] = {
    # what each problem code means, in one line (`ggznet explain`, the --summary's legend)
    "yaml-syntax": "het bestand is geen geldige YAML",
    "yaml-encoding": "het bestand is geen UTF-8",
    "yaml-duplicate-key": "een sleutel staat twee keer in dezelfde reeks",
    "yaml-tag": "een expliciete YAML-tag die records niet toestaan",
    "yaml-alias": "ankers en aliassen zijn niet toegestaan",
    "yaml-too-large": "het bestand is groter dan een record mag zijn",
    "yaml-too-deep": "het bestand is dieper genest dan een record kan zijn",
    "root-not-mapping": "het bestand is niet één reeks sleutels met waarden",
    "unknown-field": "een sleutel die het schema niet kent",
    "missing-field": "een verplichte sleutel ontbreekt",
    "wrong-type": "een waarde van het verkeerde type",
    "bad-value": "een waarde buiten de vaste woordenlijst",
    "bad-date": "geen (bestaande) datum",
    "bad-id": "een id of verwijzing die geen slug in kleine letters is",
    "id-mismatch": "het id wijkt af van de bestandsnaam",
    "duplicate-id": "een id dat twee keer gebruikt wordt",
    "unresolved-reference": "een verwijzing naar een record dat niet bestaat",
    "reference-cycle": "een record is (via andere) deel van zichzelf",
    "date-order": "datums in de verkeerde volgorde",
    "meeting-in-future": "een bijeenkomst die gehouden heet, ligt in de toekomst",
    "meeting-past-planned": "een geplande bijeenkomst waarvan de datum voorbij is",
    "planned-with-outcomes": "een geplande bijeenkomst heeft al besluiten",
    "action-state": "de status en de afrondingsdatum van een actie spreken elkaar tegen",
    "meeting-id-date": "een bijeenkomst-id dat niet met de datum begint",
    "undeclared-theme": "een thema dat niet in `data/vocabulary.yaml` staat",
    "unsafe-character": "een onzichtbaar teken, stuurteken of teken dat de leesrichting verandert",
    "bsn": "een burgerservicenummer (BSN)",
    "iban": "een bankrekeningnummer (IBAN)",
    "email-outside-contacts": "een e-mailadres buiten `contacts`",
    "phone-outside-contacts": "een telefoonnummer buiten `contacts`",
    "contact-email": "het e-mailadres van een contact is er geen",
    "contact-phone": "het telefoonnummer van een contact is er geen",
    "contact-private-email": "het e-mailadres van een contact is bij een consumentenprovider",
    "no-source": "een record zonder bronnen",
    "stray-file": "een bestand onder data/ dat geen record is",
    "stale-record": "een record dat lang niet is geverifieerd (alleen met --max-age)",
    "verified-in-future": "een record dat geverifieerd heet op een dag die nog moet komen",
    "retired-field": "een regioveld dat naar de actoren is verhuisd",
    "written-twice": "een relatie die aan beide kanten staat",
    "not-stated": "waarden die de bronnen openlaten, geteld per regio",
    "more-problems": "een bestand met meer problemen dan er getoond worden",
    "state-folder": "de eigen map `.ggznet-cache/` van ggznet bevat iets wat ggznet niet gebruikt",
    "vocabulary": "`data/vocabulary.yaml` ontbreekt",
}

RULES: dict[str, str] = {
    # the rule behind each code (`ggznet explain CODE`); of its wrong and right examples only the notes are
    # translated (EXAMPLE_NOTES), the YAML stays as it is
    "yaml-syntax": "Een recordbestand moet geldige YAML zijn. De melding noemt de regel en kolom waar het lezen vastliep.",
    "yaml-encoding": "Recordbestanden zijn UTF-8-tekst (een byte-order mark mag). Sla het bestand opnieuw op als UTF-8.",
    "yaml-duplicate-key": "Elke sleutel mag één keer voorkomen per reeks; YAML-lezers houden stilletjes maar één van de waarden.",
    "yaml-tag": "Records bevatten gewone tekst, getallen, datums, lijsten en sleutels met waarden. Tags als "
    "`!!python/object` worden geweigerd en nooit uitgevoerd.",
    "yaml-alias": "Schrijf elke waarde uit; `&anker` / `*alias` (en merge keys) maken wijzigingen moeilijk na te lezen en "
    "kunnen het geheugen laten vollopen.",
    "yaml-too-large": "Een recordbestand is hoogstens 1.000.000 bytes. Lange teksten horen in een gekoppeld document.",
    "yaml-too-deep": "Records zijn een paar niveaus diep; dieper dan 32 niveaus wordt geweigerd voordat het bestand gelezen wordt.",
    "root-not-mapping": "Een recordbestand bevat precies één YAML-document met bovenaan sleutels met waarden. Lege "
    "bestanden, lijsten, losse waarden en meerdere documenten (`---`) worden geweigerd.",
    "unknown-field": "Alleen de sleutels van het datamodel mogen, zodat tikfouten opvallen. Sleutels zijn Engels.",
    "missing-field": "Elke soort record heeft verplichte sleutels (voor een initiatief: id, name, type, status, regions).",
    "wrong-type": "Elke sleutel krijgt één soort waarde: tekst, een getal, een lijst of sleutels met waarden. Een lijst is "
    "nodig, ook voor één item.",
    "bad-value": "Vaste woordenlijsten (type, status, rol, domein, …) kennen alleen hun eigen Nederlandse woorden; de "
    "melding noemt ze.",
    "bad-date": "Datums schrijf je als `2023-03-24`; waar het datamodel het toestaat ook `2023-03` of `2023`. De datum "
    "moet bestaan.",
    "bad-id": "Ids zijn kleine letters en cijfers in groepjes, verbonden door losse koppeltekens, hoogstens 80 tekens.",
    "id-mismatch": "Het `id` van een record is gelijk aan de bestandsnaam zonder `.yaml`, zodat verwijzingen op naam te "
    "vinden zijn.",
    "duplicate-id": "Ids zijn uniek per soort record (en actie-ids per bijeenkomst).",
    "unresolved-reference": "Elke verwijzing noemt het id van een bestaand record van de soort waar het veld naar "
    "wijst. Voeg het ontbrekende record toe of verbeter het id; de tip noemt ids die erop lijken.",
    "reference-cycle": "Ketens van `part_of` en `follows` moeten ergens eindigen; een regio kan niet in zichzelf liggen.",
    "date-order": "`ended` ligt niet vóór `started`; `due` en `done_on` van een actie en de datum van `next_meeting` "
    "liggen niet vóór de datum van de bijeenkomst.",
    "meeting-in-future": "Een bijeenkomst met `status: gehouden` kan niet na vandaag zijn; plan haar met `status: gepland`.",
    "meeting-past-planned": "Een bijeenkomst met `status: gepland` waarvan de datum voorbij is, is gehouden (zet `status: "
    "gehouden` en leg de uitkomsten vast) of verplaatst (geef de nieuwe datum). Briefings ervoor zeggen dat bovenaan.",
    "planned-with-outcomes": "Een bijeenkomst met `status: gepland` heeft nog geen besluiten; leg ze vast als ze "
    "gehouden is.",
    "action-state": "Een actie met `done_on` heeft `status: done`; `status: done` zonder datum mag.",
    "meeting-id-date": "Een bijeenkomst-id begint met de datum zoals die in `date` staat, zodat de bestanden op tijd "
    "gesorteerd staan.",
    "undeclared-theme": "Thema's komen uit de vastgelegde lijst, zodat overzichten ze kunnen groeperen. Leg een nieuw "
    "thema vast in `data/vocabulary.yaml` (met een Nederlands en een Engels label) of gebruik een bestaand thema.",
    "unsafe-character": "Tekst en sleutels mogen geen stuurtekens bevatten (tab en nieuwe regel uitgezonderd), geen "
    "opmaaktekens zoals het zachte afbreekstreepje, spaties zonder breedte, de word joiner of een byte-order mark "
    "midden in tekst, geen tekens die de leesrichting veranderen (U+202A–U+202E, U+2066–U+2069, LRM/RLM, de Arabic "
    "letter mark), geen tagtekens, geen onzichtbare opvullers (Hangul-opvullers, Braille-blanco), geen regel- en "
    "alinea-scheiders (U+2028, U+2029) en geen non-tekens: die verbergen tekst of tonen hem in een andere volgorde dan "
    "hij is opgeslagen, in een editor, een diff of een overzicht. De melding noemt het teken bij zijn codepunt "
    "(docs/security.md heeft de lijst). Een overzicht, briefing of site die toch gemaakt wordt (`--allow-invalid`) toont "
    "zo'n teken als escape (`\\u202e`), nooit het teken zelf.",
    "bsn": "De kennisbank bevat nooit cliëntgegevens. Een getal van negen cijfers dat de BSN-elfproef doorstaat wordt "
    "geweigerd waar het ook staat en hoe het ook geschreven is: gegroepeerd met spaties, punten, streepjes of "
    "schuine strepen, met harde of onzichtbare spaties tussen de cijfers, met YAML-escapes (`\\u00a0`, `\\x31`), als "
    "getal (ook hexadecimaal) of als tekst, in een waarde, een sleutel, een commentaar, een bestandsnaam of een ander "
    "bestand onder data/. Meldingen tonen alleen de eerste twee cijfers. Verwijder het, ook uit de git-geschiedenis.",
    "iban": "Bankrekeningnummers horen niet in de kennisbank; noem in plaats daarvan de financier.",
    "email-outside-contacts": "Zakelijke e-mailadressen horen in de `contacts` van een actor; elders kunnen het "
    "persoonsgegevens zijn.",
    "phone-outside-contacts": "Zakelijke telefoonnummers horen in de `contacts` van een actor; elders kunnen het "
    "persoonsgegevens zijn.",
    "contact-email": "`contacts[].email` bevat één e-mailadres, gecontroleerd op zijn vorm (er wordt niets verstuurd of "
    "opgezocht).",
    "contact-phone": "`contacts[].phone` bevat één geldig telefoonnummer: Nederlands (`053-4801234`, `06-12345678`) of "
    "buitenlands met landcode (`+32 89 12 34 56`); een Belgisch of Duits nummer op de nationale manier geschreven mag ook.",
    "contact-private-email": "Contacten zijn professionals, bereikbaar op hun werk; een adres bij gmail.com, hotmail.com, "
    "ziggo.nl en dergelijke is waarschijnlijk privé.",
    "no-source": "Elk record zegt waar zijn feiten vandaan komen: minstens één bron in `sources`.",
    "stray-file": "data/ bevat `<id>.yaml`-records in regions/, actors/, initiatives/ en meetings/, plus "
    "`vocabulary.yaml` en README.md als documentatie. Elk ander bestand (elke extensie, verborgen bestanden en mappen "
    "ook) wordt gemeld en overgeslagen, maar wel op BSN's doorzocht: een `data/clienten.csv` valt altijd op. Links "
    "worden nooit gevolgd.",
    "verified-in-future": "`verified_on` zegt wanneer iemand het record voor het laatst aan de werkelijkheid heeft "
    "getoetst, en kan dus niet na vandaag liggen (een tikfout als 2062 voor 2026 houdt het record met --max-age "
    "tientallen jaren vers).",
    "stale-record": "Met `ggznet validate --max-age 365d` wordt een record gemeld waarvan `verified_on` ontbreekt of "
    "ouder is dan die leeftijd; de tekstuitvoer telt ze per regio.",
    "retired-field": "Relaties worden één keer geschreven. De zorgverzekeraars en regionale ondersteuningsstructuren "
    "(ROS) van een regio zijn de actoren van het type `zorgverzekeraar` of `ros` die de regio in hun `regions` noemen; "
    "de regio noemt ze niet meer (`insurers`, `support_organisations`). De rest van het regiorecord wordt gewoon gelezen.",
    "written-twice": "Een gemeente met een eigen `gemeente`-record (`part_of` de regio) wordt vanuit dat record onder "
    "de regio getoond; staat haar naam ook in `municipalities` van de regio, dan staat de relatie er twee keer. "
    "`municipalities` is voor gemeenten zonder eigen record.",
    "not-stated": "Waar een status, type of rol verplicht is maar de bron hem niet noemt, zegt het record `onbekend` in "
    "plaats van te gokken. Deze notitie (nooit een fout, ook niet met `--strict`) telt die waarden per regio, in de "
    "records die de regio noemen, zodat de gaten zichtbaar blijven.",
    "more-problems": "Per bestand worden hoogstens 50 problemen getoond; deze melding telt de rest. Het is een fout als "
    "een van de weggelaten problemen een fout is.",
    "state-folder": "`.ggznet-cache/` is de eigen toestand van ggznet (bewerkingslogboek, slot, cache), nooit een deel "
    "van de kennisbank. Is het een link of een bestand, dan werkt ggznet zonder (geen cache; bewerken wordt "
    "geweigerd). Een onderbroken bewerking wordt alleen teruggedraaid als elk bestand nog bevat wat die bewerking "
    "schreef; anders blijft het logboek staan en wordt het gemeld.",
    "vocabulary": "Het woordenlijstbestand legt de thema's vast die initiatieven mogen gebruiken, als een lijst van "
    "`{id, nl, en}`. Zonder dat bestand is er geen enkel thema vastgelegd.",
}  # fmt: skip

EXAMPLE_NOTES: dict[str, str] = {
    # the notes in the wrong and right examples of `ggznet explain CODE`: a YAML comment (`# saved as Latin-1`), or an
    # example that only describes a file (`(a 50 MB file)`); a comment that names a file stays as it is
    "saved as Latin-1": "opgeslagen als Latin-1",
    "saved as UTF-8": "opgeslagen als UTF-8",
    "a 50 MB file": "een bestand van 50 MB",
    "a file of a few kilobytes": "een bestand van een paar kilobytes",
    "the article does not say whether it still runs": "het artikel zegt niet of het nog loopt",
    "thousands of bad ids": "duizenden foute ids",
    "a link, or a plain file": "een link, of een gewoon bestand",
    "a folder ggznet makes itself; never committed": "een map die ggznet zelf maakt; nooit gecommit",
}

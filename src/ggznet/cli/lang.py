"""The language of this run (--lang, $GGZNET_LANG, else Dutch) and the command line's own words in Dutch.

Messages are written in English in the code (as gettext does) and looked up here for Dutch. Messages that
the library formats before they reach the command line (errors with ids and paths in them) are matched
against the same catalogue, placeholders and all, so that one table serves both.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ggznet.errors import GgznetError

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
_state = {"lang": DEFAULT}
_given = {"lang": False}


def current() -> str:
    return _state["lang"]


def given() -> bool:
    """Whether this run's language was asked for with --lang (not $GGZNET_LANG, not the default)."""
    return _given["lang"]


def set_language(lang: str | None) -> str:
    """Use `lang` for this run; None means $GGZNET_LANG, else Dutch. Returns the language in use."""
    chosen = (lang or os.environ.get("GGZNET_LANG") or DEFAULT).strip().lower()
    if chosen not in LANGUAGES:
        from ggznet.errors import UsageError

        origin = "--lang" if lang else "GGZNET_LANG"
        raise UsageError(f"{origin}: `{chosen}` is not a supported language", "choose nl or en")
    _state["lang"] = chosen
    _given["lang"] = lang is not None
    return chosen


def t(message: str, **params: object) -> str:
    """`message` (English, with {placeholders}) in the language of this run, filled in."""
    template = NL.get(message, message) if current() == "nl" else message
    return template.format(**params) if params else template


def tn(one: str, many: str, count: int, /, **params: object) -> str:
    """`t` of `one` for a count of 1, else of `many` (as gettext's ngettext): `1 file`, `3 files`. The template's
    own placeholders come as keywords (`count=` among them: the parameters before `/` take no keywords)."""
    return t(one if count == 1 else many, **params)


def translate(text: str | None) -> str | None:
    """Already-formatted English text (a library error or hint) in the language of this run, when known."""
    if text is None or current() != "nl":
        return text
    return _dutch(text, 3)


def error_text(error: GgznetError) -> tuple[str, str | None]:
    """An error's message and hint in the language of this run. A refused edit's problems are each put in it as
    `validate` shows them, then listed; any other message is looked up in the catalogue."""
    from ggznet.errors import InvalidEdit

    hint = translate(error.hint)
    if isinstance(error, InvalidEdit):
        from ggznet.cli.problemtext import localized_all

        return error.text(t, localized_all(error.problems)), hint
    return translate(error.message) or error.message, hint


def _dutch(text: str, depth: int) -> str:
    if text in NL:
        return NL[text]
    if depth == 0 or len(text) > 2000:
        return text
    for template in _patterns():
        values = template.match(text)
        if values is not None:
            kept = _verbatim(template.english)
            return template.dutch.format(**{k: _value(k, v, kept, depth) for k, v in values.items()})
    return text


def _value(name: str, value: str, kept: frozenset[str], depth: int) -> str:
    if name in ALTERNATIVES:  # values in backticks, joined by `or`: the values as they are, joined in Dutch
        return " of ".join(ALTERNATIVE.findall(value))
    return value if name in kept else _dutch(value, depth - 1)


ALTERNATIVE = re.compile(r"`[^`]*`")
ALTERNATIVES = {"suggestions": r"`[^`]*`(?: or `[^`]*`)*"}
"""Placeholders that hold values to choose from (`a` or `b`, as `suggest.format_suggestions` joins them), by their
shape: only such a list is taken for one, and its values are kept as they are."""


# Placeholders that hold what a user typed or a knowledge base holds (an id, a path, a name, a value): shown as they
# are, never translated, also when they happen to read as a word of the catalogue (an actor with the id `none`)
VERBATIM = frozenset(
    {"ident", "ref", "new", "path", "name", "names", "file", "folder", "target", "root", "start", "text", "value",
     "answer", "raw", "item", "key", "code", "link", "theme", "relation", "commit", "label", "region", "origin",
     "option", "fmt", "span", "until", "day", "suffix", "command", "template", "where", "out"}
)  # fmt: skip


@lru_cache(maxsize=256)
def _verbatim(english: str) -> frozenset[str]:
    """The placeholders of a template whose values stay as they are: VERBATIM, and those in backticks
    (`{ident}`, (`ggznet set {ident} type {type}`))."""
    return VERBATIM.union(PLACEHOLDER.findall("".join(english.split("`")[1::2])))


GENERIC = {"{option}: {problem}"}
"""Patterns with little fixed text that may still be matched (tried last, as the least specific)."""


class Template:
    """An English template with {placeholders} as a matcher of formatted text. The fixed text before the
    first and after the last placeholder is checked first; the pattern that captures the placeholders is
    compiled only for a text that passes (a run compiles the few it needs, not the whole catalogue)."""

    __slots__ = ("_empty", "_pattern", "_shapes", "dutch", "english", "fixed", "head", "tail")

    def __init__(self, english: str, dutch: str, *, empty: bool, shapes: Mapping[str, str] | None = None) -> None:
        parts = PLACEHOLDER.split(english)
        self.english, self.dutch = english, dutch
        self.head, self.tail = parts[0], parts[-1] if len(parts) > 1 else ""
        self.fixed = len("".join(parts[::2]))  # how specific: the most fixed text is tried first
        self._empty = empty  # whether a placeholder may hold nothing
        # placeholders the program fills (a count, a list of allowed values) by the pattern of what it puts there:
        # text of a record's that repeats the template's words then cannot pass for the end of a placeholder
        self._shapes = shapes or {}
        self._pattern: re.Pattern[str] | None = None

    def match(self, text: str) -> dict[str, str] | None:
        """The placeholders' values when `text` is this template filled in, else None."""
        if len(text) < len(self.head) + len(self.tail) or not (text.startswith(self.head) and text.endswith(self.tail)):
            return None
        if self._pattern is None:
            parts = PLACEHOLDER.split(self.english)
            seen: set[str] = set()
            pieces = []
            for i, part in enumerate(parts):
                if i % 2 == 0:
                    pieces.append(re.escape(part))
                elif part in seen:  # a placeholder used twice holds the same text both times
                    pieces.append(f"(?P={part})")
                else:
                    pieces.append(f"(?P<{part}>{self._shapes.get(part) or '.' + ('*' if self._empty else '+') + '?'})")
                    seen.add(part)
            self._pattern = re.compile("".join(pieces), re.DOTALL)
        found = self._pattern.fullmatch(text)
        return None if found is None else found.groupdict()


PLACEHOLDER = re.compile(r"\{(\w+)\}")


def templates(
    catalogue: Mapping[str, str], *, empty: bool = False, shapes: Mapping[str, str] | None = None
) -> list[Template]:
    """The catalogue's templates as matchers, the most specific (most fixed text) first."""
    found = [Template(english, dutch, empty=empty, shapes=shapes) for english, dutch in catalogue.items()]
    found.sort(key=lambda template: -template.fixed)
    return found


@lru_cache(maxsize=1)
def _patterns() -> list[Template]:
    """The command line's own templates with enough fixed text to recognise a message by."""
    kept = {}
    for english, dutch in NL.items():
        if "{" not in english:
            continue
        if len("".join(PLACEHOLDER.split(english)[::2]).strip()) < 6 and english not in GENERIC:
            continue  # too little fixed text to recognise the message by (`{description} ({files})`)
        kept[english] = dutch
    return templates(kept, shapes=ALTERNATIVES)


NL: dict[str, str] = {
    "reading records": "records lezen",
    # the error boundary and general words
    "error:": "fout:",
    "Try '{command} {option}' for help.": "Typ '{command} {option}' voor hulp.",
    "hint:": "tip:",
    "warning:": "waarschuwing:",
    "interrupted": "onderbroken",
    "internal error: {detail}": "interne fout: {detail}",
    "this is a bug in ggznet; run again with --debug for the traceback and report it":
        "dit is een fout in ggznet; draai opnieuw met --debug voor de traceback en meld hem",
    "wrote {path}": "{path} geschreven",
    "site written to {path}: {written} written, {unchanged} unchanged, {removed} removed; open {index}": (
        "site geschreven naar {path}: {written} geschreven, {unchanged} ongewijzigd, {removed} verwijderd; "
        "open {index}"
    ),
    "did you mean {suggestions}?": "bedoel je {suggestions}?",
    # finding the knowledge base
    "no knowledge base found: neither {start} nor any folder above it holds a data/ folder":
        "geen kennisbank gevonden: {start} en de mappen erboven hebben geen map data/",
    "run ggznet inside a knowledge-base checkout, or pass --kb PATH or set GGZNET_KB":
        "draai ggznet in een kennisbank, of geef --kb MAP of zet GGZNET_KB",
    "{origin} points to {root}, which has no data/ folder": "{origin} wijst naar {root}, maar daar staat geen map data/",
    "give the folder that holds data/regions, data/actors, …": "geef de map die data/regions, data/actors, … bevat",
    "{count} file with errors left out; run `ggznet validate` for details":
        "{count} bestand met fouten weggelaten; `ggznet validate` geeft de details",
    "{count} files with errors left out; run `ggznet validate` for details":
        "{count} bestanden met fouten weggelaten; `ggznet validate` geeft de details",
    # lookups
    "no {what} with id `{ident}`": "geen {what} met id `{ident}`",
    "`{ref}` is ambiguous: {choices}": "`{ref}` is niet eenduidig: {choices}",
    "unknown record kind `{kind}` in `{ref}`": "onbekende soort record `{kind}` in `{ref}`",
    "{label} ({ident}) has no planned meeting": "{label} ({ident}) heeft geen geplande bijeenkomst",
    "search needs at least one word": "zoeken vraagt minstens één woord",
    "--role needs --actor": "--role werkt alleen met --actor",
    "e.g. --actor menzis --role trekker": "bijv. --actor menzis --role trekker",
    "--sort: records have no field `{name}`": "--sort: records hebben geen veld `{name}`",
    "sort by one of: {fields}": "sorteer op een van: {fields}",
    "--status does not apply to {kind}s": "--status geldt niet voor een {kind}",
    "it applies to initiatives and meetings": "het geldt voor initiatieven en bijeenkomsten",
    "name the kind, e.g. {ref}": "noem de soort, bijv. {ref}",
    "use one of: {kinds}": "gebruik een van: {kinds}",
    "add a meeting with `forum: {ident}` and `status: gepland`, or name a meeting id":
        "voeg een bijeenkomst toe met `forum: {ident}` en `status: gepland`, of noem een bijeenkomst-id",
    "e.g. `ggznet report twente`, or --all -o DIR": "bijv. `ggznet report twente`, of --all -o MAP",
    "use an extension .json, .csv, .yaml, .md or .txt, or give --format":
        "gebruik de extensie .json, .csv, .yaml, .md of .txt, of geef --format",
    "--templates: {path} is not a folder": "--templates: {path} is geen map",
    "-o: {target} is not a folder": "-o: {target} is geen map",
    "name a new or empty folder, e.g. -o public": "noem een nieuwe of lege map, bijvoorbeeld -o public",
    "-o: {folder} is a symbolic link; ggznet site writes only real folders": (
        "-o: {folder} is een symbolische link; ggznet site schrijft alleen in echte mappen"
    ),
    "-o: {folder} is a file where the site has a folder": "-o: {folder} is een bestand waar de site een map heeft",
    "remove it, or choose a new folder": "verwijder het, of kies een nieuwe map",
    "-o: cannot write {where}: {reason}": "-o: kan {where} niet schrijven: {reason}",
    "name a folder you can write to, e.g. -o public": "noem een map waarin je mag schrijven, bijvoorbeeld -o public",
    "-o: {target} is not empty and holds no site made by ggznet": (
        "-o: {target} is niet leeg en bevat geen site die ggznet maakte"
    ),
    "choose a new or empty folder; ggznet site replaces only a site it wrote itself": (
        "kies een nieuwe of lege map; ggznet site vervangt alleen een site die het zelf schreef"
    ),
    "template not found: {name}": "sjabloon niet gevonden: {name}",
    "templates may only use the data they are given": "sjablonen mogen alleen de gegeven gegevens gebruiken",
    "check the names the template uses": "controleer de namen die het sjabloon gebruikt",
    "--audience: `{value}` is not valid": "--audience: `{value}` is niet geldig",
    "choose internal or public": "kies internal of public",
    "{option}: `{value}` is not a valid value": "{option}: `{value}` is geen geldige waarde",
    "which region?": "welke regio?",
    "give a region or --all, not both": "geef een regio of --all, niet allebei",
    "--all needs -o DIR (to write) or --check DIR": "--all vraagt -o MAP (om te schrijven) of --check MAP",
    "cannot tell the format from `{name}`": "uit `{name}` valt het formaat niet op te maken",
    # dates and history
    "{option}: {problem}": "{option}: {problem}",
    "`{text}` is not a date": "`{text}` is geen datum",
    "`{text}` is not a real date: {why}": "`{text}` is geen bestaande datum: {why}",
    "`{text}` is not a full date": "`{text}` is geen volledige datum",
    "write e.g. {examples}": "schrijf bijvoorbeeld {examples}",
    "write the day too, e.g. 15-3-2027": "schrijf ook de dag, bijvoorbeeld 15-3-2027",
    "15-3-2027, 15 March 2027 or 2027-03-15": "15-3-2027, 15 maart 2027 of 2027-03-15",
    "the year is not between 1000 and 9998": "het jaar ligt niet tussen 1000 en 9998",
    "a month lies between 1 and 12": "een maand ligt tussen 1 en 12",
    "that day does not exist in that month": "die dag bestaat niet in die maand",
    "the day is missing": "de dag ontbreekt",
    "day and month are missing": "dag en maand ontbreken",
    "the knowledge base is not in a git repository": "de kennisbank staat niet in een git-repository",
    "`{ref}` is not a commit in this repository": "`{ref}` is geen commit in deze repository",
    "`{ref}` is not a commit in this repository (this is a shallow clone: fetch more history, e.g. `git fetch --unshallow`)":
        "`{ref}` is geen commit in deze repository (dit is een ondiepe kloon: haal meer geschiedenis op, "
        "bijv. met `git fetch --unshallow`)",
    "changes needs the git history of the knowledge base": "changes heeft de git-geschiedenis van de kennisbank nodig",
    "history needs the git history of the knowledge base": "history heeft de git-geschiedenis van de kennisbank nodig",
    "no commits before {until}": "geen commits vóór {until}",
    "shallow clone: the history may start later than --since; `git fetch --unshallow` gives all of it":
        "ondiepe kloon: de geschiedenis begint misschien later dan --since; `git fetch --unshallow` haalt alles op",
    "shallow clone: older commits are missing; `git fetch --unshallow` gives them":
        "ondiepe kloon: oudere commits ontbreken; `git fetch --unshallow` haalt ze op",
    "{count} historical file versions could not be compared ({reasons}); they are listed as `unreadable`":
        "{count} historische bestandsversies konden niet vergeleken worden ({reasons}); ze staan erin als "
        "`unreadable`",
    "larger than {limit} bytes": "groter dan {limit} bytes",
    "not UTF-8": "geen UTF-8",
    "not a regular file": "geen gewoon bestand",
    "not valid YAML": "geen geldige YAML",
    # validate
    "ok: {files}, no problems": "in orde: {files}, geen problemen",
    "{counted} in {files} of {checked}": "{counted} in {files} van {checked}",
    "{n} note": "{n} notitie",
    "{n} notes": "{n} notities",
    "{n} error": "{n} fout",
    "{n} errors": "{n} fouten",
    "{n} warning": "{n} waarschuwing",
    "{n} warnings": "{n} waarschuwingen",
    "{n} file": "{n} bestand",
    "{n} files": "{n} bestanden",
    # a document made from a knowledge base with errors (cli/integrity.py)
    "the knowledge base has {errors} in {files}; this output is incomplete":
        "de kennisbank heeft {errors} in {files}; deze uitvoer is onvolledig",
    "… {count} more": "… {count} meer",
    "run `ggznet validate` for every problem; --allow-invalid exits 0 anyway":
        "`ggznet validate` toont alles; met --allow-invalid is de exitcode toch 0",
    "not verified within --max-age, per region:": "niet geverifieerd binnen --max-age, per regio:",
    "  {region}: {stale} of {total} records": "  {region}: {stale} van {total} records",
    "all records verified within --max-age": "alle records zijn binnen --max-age geverifieerd",
    "{count} older problem in {files} was there at {ref} already; not counted (run without --changed-since to see it)":
        "{count} ouder probleem in {files} was er bij {ref} al; niet meegeteld (zonder --changed-since zie je het)",
    "{count} older problems in {files} were there at {ref} already; not counted (run without --changed-since to see them)":
        "{count} oudere problemen in {files} waren er bij {ref} al; niet meegeteld (zonder --changed-since zie je ze)",
    "--max-age `{text}` is not an age": "--max-age `{text}` is geen leeftijd",
    "write e.g. 365d, 52w, 12m or 1y": "schrijf bijvoorbeeld 365d, 52w, 12m of 1y",
    "unknown problem code `{code}`": "onbekende probleemcode `{code}`",
    "Wrong:": "Fout:",
    "Right:": "Goed:",
    "✗ {path} is out of date; run `ggznet schema --out {out}`": "✗ {path} is verouderd; draai `ggznet schema --out {out}`",
    "{count} schema files written to {out}": "{count} schemabestanden geschreven naar {out}",
    "{out} is up to date": "{out} is bijgewerkt",
    "--check needs --out DIR": "--check werkt alleen met --out MAP",
    "{option}: `{text}` is neither a date nor a commit in this repository":
        "{option}: `{text}` is geen datum en geen commit in deze repository",
    "write a date such as 15-3-2027 or 2027-03-15, or a git ref such as main, v1.0 or a commit id":
        "schrijf een datum als 15-3-2027 of 2027-03-15, of een git-verwijzing als main, v1.0 of een commit-id",
    # reports
    "✓ {path} is up to date": "✓ {path} is bijgewerkt",
    "generated now": "nu gemaakt",
    "✗ {path} is out of date ({count} line differs); regenerate it with the same command and -o":
        "✗ {path} is verouderd ({count} regel anders); maak het opnieuw met hetzelfde commando en -o",
    "✗ {path} is out of date ({count} lines differ); regenerate it with the same command and -o":
        "✗ {path} is verouderd ({count} regels anders); maak het opnieuw met hetzelfde commando en -o",
    "✗ {path}: cannot read ({problem})": "✗ {path}: niet te lezen ({problem})",
    "no region reports in {folder}; nothing to check": "geen regio-overzichten in {folder}; niets te controleren",
    "Regional overviews": "Regio-overzichten",
    # query
    "no matches for “{text}”": "geen resultaten voor “{text}”",
    "writing {path}…": "{path} schrijven…",
    "{shown} of {total} matches shown; --limit {total} shows them all": (
        "{shown} van {total} resultaten getoond; --limit {total} toont ze allemaal"
    ),
    "hangs on one actor: {name} ({actor})": "hangt aan één partij: {name} ({actor})",
    "domains with no link to ggz: {domains}": "domeinen zonder verbinding met de ggz: {domains}",
    "… and {count} more initiative that hangs on one actor (all in --format json)":
        "… en nog {count} initiatief dat aan één partij hangt (alle in --format json)",
    "… and {count} more initiatives that hang on one actor (all in --format json)":
        "… en nog {count} initiatieven die aan één partij hangen (alle in --format json)",
    # edits
    "dry run: {description}; nothing written": "proefdraai: {description}; niets geschreven",
    "nothing to change: {description}": "niets te wijzigen: {description}",
    "{description} ({files})": "{description} ({files})",
    "{description} ({files}); committed {commit}": "{description} ({files}); commit {commit}",
    "created {ref}": "{ref} aangemaakt",
    "linked: {link}": "gekoppeld: {link}",
    "unlinked: {link}": "ontkoppeld: {link}",
    "{link} was there already": "{link} was er al",
    "{link} was not there": "{link} was er niet",
    "{ref} already has that id": "{ref} heeft dat id al",
    "renamed {ref} to {new} and {count} reference": "{ref} hernoemd naar {new}, en {count} verwijzing",
    "renamed {ref} to {new} and {count} references": "{ref} hernoemd naar {new}, en {count} verwijzingen",
    "… and {count} more file": "… en nog {count} bestand",
    "… and {count} more files": "… en nog {count} bestanden",
    "{ref}: {field} = {value}": "{ref}: {field} = {value}",
    "{ref}: {field} removed": "{ref}: {field} verwijderd",
    "{ref}: action {ident} added": "{ref}: actie {ident} toegevoegd",
    "{ref}: action {ident} done": "{ref}: actie {ident} afgerond",
    "{ref}: source {number} added": "{ref}: bron {number} toegevoegd",
    "{ref}: source {number} changed": "{ref}: bron {number} gewijzigd",
    "{ref}: source {number} removed": "{ref}: bron {number} verwijderd",
    "{ref} has no action `{ident}`": "{ref} heeft geen actie `{ident}`",
    "{ref} has no source {number}": "{ref} heeft geen bron {number}",
    "its sources: {sources}": "de bronnen: {sources}",
    "{ref} has no sources": "{ref} heeft geen bronnen",
    "give at least one of --title, --publisher, --published, --url": "geef minstens één van --title, --publisher, --published, --url",
    "{kind} `{ident}` exists already": "{kind} `{ident}` bestaat al",
    "{kind} `{ident}` exists already; give another name": "{kind} `{ident}` bestaat al; geef een andere naam",
    "choose another --id, or edit it with `ggznet set`": "kies een ander --id, of bewerk het met `ggznet set`",
    "choose another id": "kies een ander id",
    "{path} exists already": "{path} bestaat al",
    "`{text}` is not a field path": "`{text}` is geen veldpad",
    "write e.g. `status`, `next_meeting.date` or `actors[0].role`":
        "schrijf bijvoorbeeld `status`, `next_meeting.date` of `actors[0].role`",
    "{kind}s have no field `{field}`": "een {kind} heeft geen veld `{field}`",
    "fields: {fields}": "velden: {fields}",
    "{where}: write true or false": "{where}: schrijf true of false",
    "{where}: `{raw}` is not a whole number": "{where}: `{raw}` is geen geheel getal",
    "the id is changed with `ggznet rename`, which also rewrites references":
        "het id verander je met `ggznet rename`, dat ook de verwijzingen aanpast",
    "give a VALUE, or --unset without one": "geef een WAARDE, of --unset zonder waarde",
    "--set `{text}`: write FIELD=VALUE": "--set `{text}`: schrijf VELD=WAARDE",
    "--set takes top-level fields; use `ggznet set` afterwards for nested ones":
        "--set neemt velden op het hoogste niveau; gebruik daarna `ggznet set` voor dieper liggende",
    "its actions: {actions}": "de acties: {actions}",
    "linking an actor to an initiative needs --role": "een actor aan een initiatief koppelen vraagt --role",
    "one of: {values}": "een van: {values}",
    "--role `{role}` is not a role in an initiative": "--role `{role}` is geen rol in een initiatief",
    "a {a} and a {b} cannot be linked": "een {a} en een {b} kunnen niet gekoppeld worden",
    "see `ggznet link --help` for the pairs that can": "`ggznet link --help` noemt de paren die het wel kunnen",
    "{path} changed on disk while ggznet was editing it; nothing was written":
        "{path} is gewijzigd terwijl ggznet het bewerkte; er is niets geschreven",
    "run the command again": "draai het commando opnieuw",
    "--commit: the knowledge base is not a git repository; the files were written":
        "--commit: de kennisbank is geen git-repository; de bestanden zijn wel geschreven",
    "run `git init`, or leave out --commit": "draai `git init`, of laat --commit weg",
    "region": "regio",
    "initiative": "initiatief",
    "meeting": "bijeenkomst",
    "meeting or initiative": "bijeenkomst of initiatief",
    "initiative or meeting": "initiatief of bijeenkomst",
    "{path} is not empty": "{path} is niet leeg",
    "give a new or empty folder, or --add-missing to add only the files that are missing":
        "geef een nieuwe of lege map, of --add-missing om alleen de ontbrekende bestanden toe te voegen",
    "{n} meeting": "{n} bijeenkomst",
    "{n} meetings": "{n} bijeenkomsten",
    "{n} to-do": "{n} taak",
    "{n} to-dos": "{n} taken",
    "left out 1 meeting known only to the month or year: {meetings}":
        "1 bijeenkomst weggelaten waarvan alleen de maand of het jaar bekend is: {meetings}",
    "left out {count} meetings known only to the month or year: {meetings}":
        "{count} bijeenkomsten weggelaten waarvan alleen de maand of het jaar bekend is: {meetings}",
    "left out {count} meetings known only to the month or year: {meetings} and {rest} more":
        "{count} bijeenkomsten weggelaten waarvan alleen de maand of het jaar bekend is: {meetings} en nog {rest}",
    "{n} action listed; exit 1 (--fail-if-any)": "{n} actie gevonden; exitcode 1 (--fail-if-any)",
    "{n} actions listed; exit 1 (--fail-if-any)": "{n} acties gevonden; exitcode 1 (--fail-if-any)",
    "--columns: unknown column {names}": "--columns: onbekende kolom {names}",
    "--columns: unknown columns {names}": "--columns: onbekende kolommen {names}",
    # the questions of `ggznet new`
    "Name": "Naam",
    "Title": "Titel",
    "Date": "Datum",
    "Type": "Soort",
    "Status": "Status",
    " [empty: skip]": " [leeg: overslaan]",
    "choose from: {choices}": "kies uit: {choices}",
    "a meeting on {day} cannot have been held yet": "een bijeenkomst op {day} kan nog niet gehouden zijn",
    "choose gepland until it has taken place": "kies gepland tot ze heeft plaatsgevonden",
    "note: that date has passed; `ggznet validate` will ask whether it was held":
        "let op: die datum is voorbij; `ggznet validate` zal vragen of ze gehouden is",
    "an answer is needed here": "hier is een antwoord nodig",
    "stopped; nothing was written": "gestopt; er is niets geschreven",
    "Part of which region (id)": "Onderdeel van welke regio (id)",
    "Regions where it works (ids, comma-separated)": "Regio's waar het werkt (ids, met komma's)",
    "Domains (comma-separated)": "Domeinen (met komma's)",
    "Regions (ids, comma-separated)": "Regio's (ids, met komma's)",
    "Themes (comma-separated)": "Thema's (met komma's)",
    "Party (actor id; empty when done)": "Partij (actor-id; leeg als je klaar bent)",
    "Role of {actor}": "Rol van {actor}",
    "Forum (initiative id of its table or network)":
        "Gremium (initiatief-id van de tafel of het netwerk)",
    "Participants (actor ids, comma-separated)": "Deelnemers (actor-ids, met komma's)",
    "Source: title": "Bron: titel",
    "Source: publisher": "Bron: uitgever",
    "Source: date of publication": "Bron: datum van verschijnen",
    "Source: web address": "Bron: webadres",
    "`{answer}` is not one of the choices": "`{answer}` is geen van de keuzes",
    "no {kind} with id `{ident}`": "geen {kind} met id `{ident}`",
    "<Tab> shows the ids; add one first with `ggznet new {kind}`":
        "<Tab> toont de ids; maak er eerst een met `ggznet new {kind}`",
    "theme `{theme}` is not declared in data/vocabulary.yaml": "thema `{theme}` staat niet in data/vocabulary.yaml",
    "declared: {themes}": "bekend: {themes}",
    "`{answer}` is not a web address": "`{answer}` is geen webadres",
    "write it with http:// or https://": "schrijf het met http:// of https://",
    "--actor `{item}`: write ACTOR:ROLE": "--actor `{item}`: schrijf ACTOR:ROL",
    "--publisher, --published and --url describe a source: give --source TITLE too":
        "--publisher, --published en --url beschrijven een bron: geef ook --source TITEL",
    "--{key} is empty": "--{key} is leeg",
    "the edit would make the knowledge base invalid; nothing was written:\n{problems}":
        "de wijziging zou de kennisbank ongeldig maken; er is niets geschreven:\n{problems}",
    "fix the values and try again (ggznet explain CODE tells more)":
        "verbeter de waarden en probeer het opnieuw (ggznet explain CODE vertelt meer)",
    "`{ident}` is not a valid id": "`{ident}` is geen geldig id",
    "lowercase letters and digits joined by single hyphens, e.g. `overlegtafel-ggz`":
        "kleine letters en cijfers, verbonden door losse koppeltekens, bijv. `overlegtafel-ggz`",
    "cannot create a `{kind}`": "een `{kind}` kan niet aangemaakt worden",
    "a process making the site's pages stopped unexpectedly (often: not enough memory)": (
        "een proces dat de pagina's van de site maakte, stopte onverwacht (vaak: te weinig geheugen)"
    ),
    "run again with --jobs 1 (one process, less memory)": "probeer opnieuw met --jobs 1 (één proces, minder geheugen)",
    "choose region, actor, initiative or meeting": "kies region, actor, initiative of meeting",
    "missing {option}": "{option} ontbreekt",
    "give it as an option (or run on a terminal to be asked)": "geef het als optie (of draai op een terminal om het gevraagd te krijgen)",
    "choose one of: {choices}": "kies uit: {choices}",
    "--format: `{command}` cannot write `{name}`": "--format: `{command}` kan geen `{name}` schrijven",
    "-o: `{command}` cannot write `{suffix}` files": "-o: `{command}` kan geen `{suffix}`-bestanden schrijven",
    "-o: `{command}` cannot write `{name}` (a file name without an extension)": (
        "-o: `{command}` kan `{name}` niet schrijven (een bestandsnaam zonder extensie)"
    ),
    "--max-age `{text}` is longer than 100 years": "--max-age `{text}` is langer dan 100 jaar",
    "in GitHub Actions, check out with `fetch-depth: 0`": "in GitHub Actions: check uit met `fetch-depth: 0`",
    "--columns: no column names given": "--columns: geen kolomnamen gegeven",
    "e.g. --columns id,name,owner": "bijvoorbeeld --columns id,name,owner",
    "{kind} `{ident}` in {path} has errors and cannot be used": "{kind} `{ident}` in {path} heeft fouten en kan niet gebruikt worden",
    "run `ggznet validate` to see them": "draai `ggznet validate` om ze te zien",
    # what a command writes (the hint of a refused -o): `Writers` labels each description with `t`
    "it writes: {formats}": "het schrijft: {formats}",
    "aligned columns": "uitgelijnde kolommen",
    "Markdown table": "Markdown-tabel",
    "Excel workbook": "Excel-werkmap",
    "JSON for Kumu": "JSON voor Kumu",
    "CSV for Kumu: FILE-elements.csv and FILE-connections.csv": "CSV voor Kumu: BESTAND-elements.csv en BESTAND-connections.csv",
    "GraphML for Gephi and yEd": "GraphML voor Gephi en yEd",
    "picture (SVG)": "afbeelding (SVG)",
    "picture (PNG)": "afbeelding (PNG)",
    "SQLite database": "SQLite-database",
    "text": "tekst",
    "choose nl or en": "kies nl of en",
    "{origin}: `{value}` is not a supported language": "{origin}: `{value}` is geen ondersteunde taal",
    "none": "geen",
    # why the system could not read or write a file (an OSError's strerror), inside the messages above
    "Permission denied": "geen toegang",
    "No such file or directory": "bestand of map bestaat niet",
    "Is a directory": "is een map",
    "Not a directory": "is geen map",
    "File exists": "bestaat al",
    "Directory not empty": "map is niet leeg",
    "No space left on device": "schijf vol",
    "Read-only file system": "alleen-lezen bestandssysteem",
    "File name too long": "bestandsnaam te lang",
    "Too many levels of symbolic links": "te veel symbolische links achter elkaar",
    "Operation not permitted": "niet toegestaan",
    "Disk quota exceeded": "schijfquotum overschreden",
    "Input/output error": "invoer-/uitvoerfout",
    "Device or resource busy": "apparaat of bestand is bezet",
    "Invalid argument": "ongeldige naam of waarde",
    # writing files: --summary, -o, init, site, export
    "--summary: cannot write {target}: {reason}": "--summary: kan {target} niet schrijven: {reason}",
    "--summary: {target} is a FIFO or device that nobody reads": "--summary: {target} is een FIFO of apparaat waar niemand uit leest",
    "start its reader first, or name a file": "start eerst wat eruit leest, of noem een bestand",
    "cannot write: {reason}": "kan niet schrijven: {reason}",
    "the edit could not be written: {reason}": "de bewerking kon niet worden geschreven: {reason}",
    "make room on the disk (or allow writing there) and run the command again; nothing was changed":
        "maak ruimte op de schijf (of sta schrijven toe) en draai het commando opnieuw; er is niets veranderd",
    "name a file in a folder you can write to": "noem een bestand in een map waarin je mag schrijven",
    "--out: cannot write {path}: {reason}": "--out: kan {path} niet schrijven: {reason}",
    "{target} exists and is not a folder": "{target} bestaat al en is geen map",
    "{folder} is in the way: it is not a folder": "{folder} staat in de weg: het is geen map",
    "move it aside or choose another folder": "zet het opzij of kies een andere map",
    "{what} is binary and is not printed on a terminal": "{what} is binair en wordt niet op een terminal getoond",
    "write it to a file with -o FILE": "schrijf het naar een bestand met -o BESTAND",
    "this format": "dit formaat",
    "an Excel workbook": "een Excel-werkmap",
    "--format {name} does not match -o {file}": "--format {name} past niet bij -o {file}",
    "give a file ending in {suffixes}, or leave out --format": "geef een bestand dat eindigt op {suffixes}, of laat --format weg",
    "cannot write a {kind} as `{fmt}`": "kan een {kind} niet als `{fmt}` schrijven",
    "--lang: `{value}` is not supported": "--lang: `{value}` wordt niet ondersteund",
    "--link-base: `{value}` is not an http(s) address": "--link-base: `{value}` is geen http(s)-adres",
    "--kind `{kind}` is not a node kind": "--kind `{kind}` is geen soort knoop",
    "--timeline draws a picture": "--timeline tekent een afbeelding",
    "write it as .svg or .png, or give --format svg|png": "schrijf het als .svg of .png, of geef --format svg|png",
    "--check compares Markdown files": "--check vergelijkt Markdown-bestanden",
    "✗ {path} has no ggznet header, so it does not say its audience; its content is not shown": (
        "✗ {path} heeft geen kopregel van ggznet en zegt dus niet voor welk publiek het is; de inhoud wordt niet getoond"
    ),
    "✗ {path} is made for --audience {stated}, this check is for --audience {audience}; its content is not shown": (
        "✗ {path} is gemaakt voor --audience {stated}, deze controle is voor --audience {audience}; de inhoud wordt "
        "niet getoond"
    ),
    "make it with the --audience of the check (and -o), or check it with its own":
        "maak het met de --audience van de controle (en -o), of controleer het met die van het bestand",
    "✗ {path} is written in --lang {stated}, this check is for --lang {lang}": (
        "✗ {path} is geschreven in --lang {stated}, deze controle is voor --lang {lang}"
    ),
    "make it with the --lang of the check (and -o), or check it without --lang (the file's own language)": (
        "maak het met de --lang van de controle (en -o), of controleer het zonder --lang (de taal van het bestand)"
    ),
    "check the .md file; Word and PDF follow from it": "controleer het .md-bestand; Word en PDF volgen eruit",
    "check the .md files; Word and PDF follow from them": "controleer de .md-bestanden; Word en PDF volgen eruit",
    "--all writes a folder; {path} is a file": "--all schrijft een map; {path} is een bestand",
    "give a folder: -o reports/": "geef een map: -o reports/",
    "run `ggznet explain` for the list": "`ggznet explain` geeft de lijst",
    "refusing to write outside the site folder: {name}": "schrijft niet buiten de map van de site: {name}",
    # ggznet init
    "this installation of ggznet has no vocabulary to start from": (
        "deze installatie van ggznet heeft geen woordenlijst om mee te beginnen"
    ),
    "reinstall ggznet": "installeer ggznet opnieuw",
    "--name `{name}` is not a plain region name": "--name `{name}` is geen gewone regionaam",
    "use letters, digits, spaces and - . , ' ( ) & /": "gebruik letters, cijfers, spaties en - . , ' ( ) & /",
    "--action `{text}` is not OWNER/REPO@REF": "--action `{text}` is geen EIGENAAR/REPO@REF",
    "for example {action} (a release tag)": "bijvoorbeeld {action} (een release-tag)",
    "exists already, left alone: {path}": "bestaat al, niet aangeraakt: {path}",
    "{count} file created in {root}": "{count} bestand aangemaakt in {root}",
    "{count} files created in {root}": "{count} bestanden aangemaakt in {root}",
    "cannot create {where}: {reason}": "kan {where} niet aanmaken: {reason}",
    "give a new or empty folder in a place you can write to": "geef een nieuwe of lege map op een plek waar je mag schrijven",
    "Next steps:": "Volgende stappen:",
    "Knowledge base started": "Kennisbank gestart",
    # edits: fields, links, files
    "e.g. menzis:trekker; roles: {roles}": "bijv. menzis:trekker; rollen: {roles}",
    "`{path}`: there is no item {number}": "`{path}`: er is geen item {number}",
    "`{field}` has no items yet": "`{field}` heeft nog geen items",
    "use `ggznet link` or edit {kind} by hand": "gebruik `ggznet link` of bewerk {kind} met de hand",
    "there is no item {number} to set": "er is geen item {number} om te zetten",
    "{ref} has no `{path}`": "{ref} heeft geen `{path}`",
    "{ref} has no item {number} in `{path}`": "{ref} heeft geen item {number} in `{path}`",
    "linking an actor and a region takes no --role, or --role insurer or --role ros": (
        "een actor aan een regio koppelen gaat zonder --role, of met --role insurer of --role ros"
    ),
    "`{ident}` is not of type `{type}`: a region's {role} is an actor of that type that names the region in its `regions`": (
        "`{ident}` is niet van het type `{type}`: de {role} van een regio is een actor van dat type die de regio "
        "in zijn `regions` noemt"
    ),
    "set the type first (`ggznet set {ident} type {type}`), or link without --role": (
        "zet eerst het type (`ggznet set {ident} type {type}`), of koppel zonder --role"
    ),
    "--relation `{relation}` is not known": "--relation `{relation}` is onbekend",
    "--role `{role}`: in a meeting an actor is organiser, facilitator or participant": (
        "--role `{role}`: in een bijeenkomst is een actor organiser, facilitator of participant"
    ),
    "cannot read {path}: {reason}": "kan {path} niet lezen: {reason}",
    "{path} is not UTF-8; fix it by hand first": "{path} is geen UTF-8; herstel het eerst met de hand",
    "{path}: is not a mapping; fix it by hand first": "{path}: is geen lijst van sleutels en waarden; herstel het eerst met de hand",
    "{path}: its layout cannot be written back unchanged, so ggznet will not edit it": (
        "{path}: de opmaak kan niet ongewijzigd teruggeschreven worden, dus ggznet bewerkt het niet"
    ),
    "edit this file by hand, or normalise its indentation to two spaces": (
        "bewerk dit bestand met de hand, of laat het met twee spaties inspringen"
    ),
    "{path}: cannot be read for editing: {reason}": "{path}: niet te lezen om te bewerken: {reason}",
    "fix it by hand first (see ggznet validate)": "herstel het eerst met de hand (zie ggznet validate)",
    "refusing to write {path}: edits stay inside data/": "{path} wordt niet geschreven: bewerkingen blijven binnen data/",
    "refusing to write {path}: {part} is ggznet's own": "{path} wordt niet geschreven: {part} is van ggznet zelf",
    "refusing to write {path}: not a path inside data/": "{path} wordt niet geschreven: geen pad binnen data/",
    "{reason}: it holds ggznet's edit journal, lock and cache, so edits are refused": (
        "{reason}: daar horen het bewerkingslogboek, het slot en de cache van ggznet, dus bewerken wordt geweigerd"
    ),
    # why the state folder cannot be used (store/state.py), inside the message above
    "{folder} cannot be read ({reason})": "{folder} is niet te lezen ({reason})",
    "{folder} is a link; ggznet does not follow it": "{folder} is een link; ggznet volgt die niet",
    "{folder} is not a folder": "{folder} is geen map",
    "remove {path} (ggznet recreates it as a folder), then try again": (
        "verwijder {path} (ggznet maakt het opnieuw als map) en probeer het opnieuw"
    ),
    "{path} is not a regular file, so the edit lock cannot be taken": (
        "{path} is geen gewoon bestand, dus het slot voor bewerken kan niet gezet worden"
    ),
    "remove {path} and try again": "verwijder {path} en probeer het opnieuw",
    "another ggznet edit has held {path} for {seconds} s": "een andere bewerking van ggznet houdt {path} al {seconds} s vast",
    "wait until it has finished and try again": "wacht tot die klaar is en probeer het opnieuw",
    "{path} changed while ggznet was reading it": "{path} is gewijzigd terwijl ggznet het las",
    "{problems}\n  … and {count} more": "{problems}\n  … en nog {count}",
    # git
    "--commit: git refused: {detail}": "--commit: git weigerde: {detail}",
    "the files were written; commit them by hand": "de bestanden zijn geschreven; commit ze met de hand",
    "cannot read the history of {span}": "kan de geschiedenis van {span} niet lezen",
    # templates (--templates and the bounds every template runs within)
    "a template for a report or briefing needs far less": "een sjabloon voor een overzicht of briefing heeft veel minder nodig",
    "a page template needs far less": "een paginasjabloon heeft veel minder nodig",
    "template {template} stopped: {why}": "sjabloon {template} gestopt: {why}",
    "template {template} tried something the sandbox forbids: {what}": (
        "sjabloon {template} probeerde iets wat de sandbox verbiedt: {what}"
    ),
    "{file}:{line}: template syntax error: {detail}": "{file}:{line}: syntaxfout in het sjabloon: {detail}",
    "template {template}: {detail}": "sjabloon {template}: {detail}",
    "it calls itself too deeply": "het roept zichzelf te diep aan",
    "out of memory": "te weinig geheugen",
    "the template ran more than {count} loop steps and calls": "het sjabloon deed meer dan {count} lusstappen en aanroepen",
    "rendering took longer than {count} seconds": "het opmaken duurde langer dan {count} seconden",
    "the template built a value of {count} characters or items (at most {limit})": (
        "het sjabloon maakte een waarde van {count} tekens of items (hoogstens {limit})"
    ),
    "the template built a value of {count} characters or items": "het sjabloon maakte een waarde van {count} tekens of items",
    "the template passed the number {value} to a function (at most {limit})": (
        "het sjabloon gaf het getal {value} aan een functie (hoogstens {limit})"
    ),
    "a filter was given the number {value} (at most {limit})": "een filter kreeg het getal {value} (hoogstens {limit})",
    "the template raised a number to a too large power": "het sjabloon verhief een getal tot een te hoge macht",
    "the template formatted a text {count} characters wide": "het sjabloon maakte een opgemaakte tekst van {count} tekens breed",
    "the template formatted the number {value} (at most {limit})": (
        "het sjabloon gebruikte het getal {value} in een opmaak met % (hoogstens {limit})"
    ),
    "the output grew past {limit} characters": "de uitvoer werd langer dan {limit} tekens",
    "--templates: {path} is a link; templates are read only from inside their folder": (
        "--templates: {path} is een link; sjablonen worden alleen binnen hun eigen map gelezen"
    ),
    "{name}: a link; templates are read only from inside their folder": (
        "{name}: een link; sjablonen worden alleen binnen hun eigen map gelezen"
    ),
    "template {template} cannot be read: {detail}": "sjabloon {template} kan niet gelezen worden: {detail}",
    "check the permissions of the template folder": "controleer de rechten op de map met sjablonen",
    "site asset not found: assets/{name}": "sitebestand niet gevonden: assets/{name}",
    "site asset {detail}": "sitebestand {detail}",
}  # fmt: skip

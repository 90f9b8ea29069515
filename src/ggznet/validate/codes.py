"""The catalogue of problem codes: severity, the rule in words, and a wrong and a right example."""

from __future__ import annotations

from dataclasses import dataclass

from ggznet.problems import Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO  # N: a note (info)


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    severity: Severity
    summary: str
    rule: str
    wrong: str
    right: str


_CODES = [
    Code("yaml-syntax", E, "the file is not valid YAML",
         "A record file must be valid YAML. The message names the line and column where the parser gave up.",
         "name: Overlegtafel ggz\nsummary: \"Huisartsen en ggz bespreken casuïstiek\n",
         "name: Overlegtafel ggz\nsummary: \"Huisartsen en ggz bespreken casuïstiek\"\n"),
    Code("yaml-encoding", E, "the file is not UTF-8",
         "Record files are UTF-8 text (a byte-order mark is allowed). Re-save the file as UTF-8.",
         "name: Cli\\xebntenraad   # saved as Latin-1", "name: Cliëntenraad   # saved as UTF-8"),
    Code("yaml-duplicate-key", E, "a key appears twice in one mapping",
         "Each key may appear once per mapping; YAML parsers silently keep only one of the values.",
         "name: Menzis\ntype: zorgverzekeraar\nname: Menzis Zorgverzekeraar\n",
         "name: Menzis\ntype: zorgverzekeraar\n"),
    Code("yaml-tag", E, "an explicit YAML tag that records do not allow",
         "Records hold plain text, numbers, dates, lists and mappings. Tags such as `!!python/object` "
         "are refused and never executed.",
         "name: !!python/object/apply:os.system [\"ls\"]\n", "name: Roset\n"),
    Code("yaml-alias", E, "anchors and aliases are not allowed",
         "Write each value out; `&anchor` / `*alias` (and merge keys) make diffs hard to review and can be "
         "used to blow up memory.",
         "regions: &r [twente]\nother: *r\n", "regions: [twente]\n"),
    Code("yaml-too-large", E, "the file is larger than a record may be",
         "A record file may be at most 1,000,000 bytes. Long texts belong in a linked document.",
         "(a 50 MB file)", "(a file of a few kilobytes)"),
    Code("yaml-too-deep", E, "the file nests deeper than a record can",
         "Records are a few levels deep; nesting deeper than 32 levels is refused before parsing.",
         "a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n", "a: [x]\n"),
    Code("root-not-mapping", E, "the file is not one mapping",
         "A record file holds exactly one YAML document whose top level is a mapping of keys to values. "
         "Empty files, lists, plain values and several documents (`---`) are refused.",
         "- id: menzis\n  name: Menzis\n", "id: menzis\nname: Menzis\n"),
    Code("unknown-field", E, "a key the schema does not know",
         "Only the keys of the data model are allowed, so that typos do not go unnoticed. Keys are English.",
         "naam: Menzis\n", "name: Menzis\n"),
    Code("missing-field", E, "a required key is missing",
         "Each kind has required keys (for an initiative: id, name, type, status, regions).",
         "id: overlegtafel-ggz\nname: Overlegtafel ggz\n",
         "id: overlegtafel-ggz\nname: Overlegtafel ggz\ntype: tafel\nstatus: lopend\nregions: [gelderse-vallei]\n"),
    Code("wrong-type", E, "a value of the wrong type",
         "Each key takes one type of value: text, a number, a list or a mapping. A list is needed even for one item.",
         "regions: twente\n", "regions: [twente]\n"),
    Code("bad-value", E, "a value outside the fixed vocabulary",
         "Fixed word lists (type, status, role, domain, …) accept only their listed Dutch slugs; the "
         "message lists them.", "status: loopt\n", "status: lopend\n"),
    Code("bad-date", E, "not a (real) date",
         "Dates are written `2023-03-24`; where the data model allows, `2023-03` or `2023`. The date must exist.",
         "started: 2023-02-30\n", "started: 2023-02-28\n"),
    Code("bad-id", E, "an id or reference that is not a lowercase slug",
         "Ids are lowercase letters and digits in groups joined by single hyphens, at most 80 characters.",
         "id: Overlegtafel_GGZ\n", "id: overlegtafel-ggz\n"),
    Code("id-mismatch", E, "the id differs from the file name",
         "A record's `id` equals its file name without `.yaml`, so that references can be found by name.",
         "# data/actors/menzis.yaml\nid: menzis-zorgverzekeraar\n", "# data/actors/menzis.yaml\nid: menzis\n"),
    Code("duplicate-id", E, "an id used twice",
         "Ids are unique per kind (and action ids per meeting).",
         "actions:\n  - {id: voorzet, what: A, owner: menzis}\n  - {id: voorzet, what: B, owner: menzis}\n",
         "actions:\n  - {id: voorzet, what: A, owner: menzis}\n  - {id: uitnodiging, what: B, owner: menzis}\n"),
    Code("unresolved-reference", E, "a reference to a record that does not exist",
         "Every reference names the id of an existing record of the kind the field points to. Add the "
         "missing record or correct the id; the hint suggests close ids.",
         "actors:\n  - {actor: menziz, role: trekker}\n", "actors:\n  - {actor: menzis, role: trekker}\n"),
    Code("reference-cycle", E, "a record is (indirectly) part of itself",
         "`part_of` and `follows` chains must end; a region cannot lie inside itself.",
         "# twente.yaml\npart_of: enschede\n# enschede.yaml\npart_of: twente\n",
         "# enschede.yaml\npart_of: twente\n"),
    Code("date-order", E, "dates in the wrong order",
         "`ended` is not before `started`; an action's `due` and `done_on` and the `next_meeting` date "
         "are not before the meeting's date.",
         "date: 2023-03-24\nnext_meeting: {date: 2023-01-10}\n",
         "date: 2023-03-24\nnext_meeting: {date: 2023-07-14}\n"),
    Code("meeting-in-future", E, "a meeting marked held lies in the future",
         "A meeting with `status: gehouden` cannot be dated after today; plan it with `status: gepland`.",
         "date: 2099-01-01\nstatus: gehouden\n", "date: 2099-01-01\nstatus: gepland\n"),
    Code("meeting-past-planned", W, "a meeting marked planned whose date has passed",
         "A meeting with `status: gepland` whose date lies before today has either been held (set `status: "
         "gehouden` and record its outcomes) or moved (give the new date). Briefings for it say so at the top.",
         "date: 2023-07-14\nstatus: gepland\n", "date: 2023-07-14\nstatus: gehouden\n"),
    Code("planned-with-outcomes", E, "a planned meeting already has decisions",
         "A meeting with `status: gepland` has no decisions yet; record them when it has been held.",
         "status: gepland\noutcomes:\n  decisions: [Er komt een regiovisie]\n",
         "status: gehouden\noutcomes:\n  decisions: [Er komt een regiovisie]\n"),
    Code("action-state", E, "an action's status and done date disagree",
         "An action with `done_on` has `status: done`; `status: done` without a date is allowed.",
         "- {id: voorzet, what: Voorzet regiovisie, owner: menzis, status: open, done_on: 2023-07-14}\n",
         "- {id: voorzet, what: Voorzet regiovisie, owner: menzis, status: done, done_on: 2023-07-14}\n"),
    Code("meeting-id-date", E, "a meeting id that does not start with its date",
         "Meeting ids start with the meeting's date as written in `date`, so files sort by time.",
         "id: samenwerkingstafel-twente\ndate: 2023-03-24\n",
         "id: 2023-03-24-samenwerkingstafel-twente\ndate: 2023-03-24\n"),
    Code("undeclared-theme", E, "a theme that `data/vocabulary.yaml` does not declare",
         "Themes come from the declared list so that reports can group them. Declare a new theme in "
         "`data/vocabulary.yaml` (with Dutch and English labels) or use an existing one.",
         "themes: [wachtlijsten]\n", "themes: [wachttijden]\n"),
    Code("unsafe-character", E, "an invisible, control or direction-changing character",
         "Text and keys may not hold control characters (tab and newline aside), format characters such as "
         "the soft hyphen, zero-width spaces, the word joiner or a byte-order mark inside text, bidirectional "
         "controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM, the Arabic letter mark), tag characters, invisible "
         "fillers (Hangul fillers, Braille blank), line and paragraph separators (U+2028, U+2029) or "
         "noncharacters: they hide text or show it in another order than it is stored, in an editor, a diff "
         "or a report. The message names the character by its code point. (docs/security.md has the list.) "
         "A report, briefing or site made anyway (`--allow-invalid`) shows such a character as an escape "
         "(`\\u202e`), never the character itself.",
         'name: "Menzis\\u202e"\n', "name: Menzis\n"),
    Code("bsn", E, "a citizen service number (BSN)",
         "The knowledge base never holds client data. A nine-digit number that passes the BSN 11-test is "
         "refused wherever it stands and however it is written: grouped with spaces, dots, dashes or slashes, "
         "with no-break or invisible characters between the digits, written with YAML escapes (`\\u00a0`, "
         "`\\x31`), as a number (also hexadecimal) or as text, in a value, a key, "
         "a comment, a file name or any other file under data/. Messages show only its first two digits. "
         "Remove it, also from the git history.",
         "description: Casus van cliënt 111 22 23 33\n", "description: Casus besproken (geanonimiseerd)\n"),
    Code("iban", W, "a bank account number (IBAN)",
         "Bank account numbers do not belong in the knowledge base; name the funder instead.",
         "funding:\n  - {source: NL91ABNA0417164300}\n", "funding:\n  - {source: Transformatiegelden IZA, by: menzis}\n"),
    Code("email-outside-contacts", W, "an e-mail address outside `contacts`",
         "Professional e-mail addresses belong in an actor's `contacts`; elsewhere they may be personal data.",
         "description: Mail jan@example.nl voor vragen\n",
         "contacts:\n  - {name: Jan Jansen, role: adviseur, email: jan@example.nl}\n"),
    Code("phone-outside-contacts", W, "a phone number outside `contacts`",
         "Professional phone numbers belong in an actor's `contacts`; elsewhere they may be personal data.",
         "description: Bel 06-12345678\n", "contacts:\n  - {name: Jan Jansen, role: adviseur, phone: 06-12345678}\n"),
    Code("contact-email", E, "a contact's e-mail address that is not one",
         "`contacts[].email` holds one e-mail address, checked for its form (nothing is sent or looked up).",
         "contacts:\n  - {name: Jan Jansen, role: adviseur, email: jan@}\n",
         "contacts:\n  - {name: Jan Jansen, role: adviseur, email: jan.jansen@roset.nl}\n"),
    Code("contact-phone", E, "a contact's phone number that is not one",
         "`contacts[].phone` holds one valid phone number: Dutch (`053-4801234`, `06-12345678`), or foreign "
         "with its country code (`+32 89 12 34 56`); a Belgian or German number written the national way is "
         "accepted too.", "contacts:\n  - {name: Jan Jansen, role: adviseur, phone: '12345'}\n",
         "contacts:\n  - {name: Jan Jansen, role: adviseur, phone: 053-4801234}\n"),
    Code("contact-private-email", W, "a contact's e-mail address at a consumer provider",
         "Contacts are professionals reached at work; an address at gmail.com, hotmail.com, ziggo.nl and the "
         "like is probably private.", "contacts:\n  - {name: Jan Jansen, role: adviseur, email: jan1970@hotmail.com}\n",
         "contacts:\n  - {name: Jan Jansen, role: adviseur, email: jan.jansen@roset.nl}\n"),
    Code("no-source", W, "a record without sources",
         "Every record says where its facts come from: at least one entry in `sources`.",
         "id: roset\nname: Roset\ntype: ros\n",
         "id: roset\nname: Roset\ntype: ros\nsources:\n  - {title: Samen meer mentale gezondheid in Twente, publisher: Roset}\n"),
    Code("stray-file", W, "a file under data/ that is not a record",
         "data/ holds `<id>.yaml` records in regions/, actors/, initiatives/ and meetings/, plus "
         "`vocabulary.yaml` and README.md documentation. Every other file (any extension, hidden files and "
         "folders included) is reported and ignored, but still scanned for BSNs: a `data/clienten.csv` never "
         "passes unnoticed. Links are never followed.",
         "data/actors/menzis.yml\ndata/clienten.csv", "data/actors/menzis.yaml"),
    Code("stale-record", W, "a record not verified recently (only with --max-age)",
         "With `ggznet validate --max-age 365d`, a record whose `verified_on` is missing or older than the "
         "given age is reported, and the text output sums these up per region.",
         "verified_on: 2021-01-15\n", "verified_on: 2026-10-01\n"),
    Code("verified-in-future", W, "a record verified on a day still to come",
         "`verified_on` says when someone last checked the record against reality, so it cannot lie after today "
         "(a typo such as 2062 for 2026 would keep the record fresh for decades under --max-age).",
         "verified_on: 2099-01-15\n", "verified_on: 2026-10-01\n"),
    Code("retired-field", E, "a region field that moved to the actors",
         "Relations are written once. A region's insurers and regional support organisations (ROS) are the "
         "actors of type `zorgverzekeraar` or `ros` that name the region in their `regions`; the region no "
         "longer lists them (`insurers`, `support_organisations`). The rest of the region record still loads.",
         "# data/regions/twente.yaml\ninsurers: [menzis]\n",
         "# data/actors/menzis.yaml\ntype: zorgverzekeraar\nregions: [twente]\n"),
    Code("written-twice", W, "a relation written on both sides",
         "A municipality with its own `gemeente` record (`part_of` the region) is shown under the region from "
         "that record; listing its name in the region's `municipalities` as well writes the relation twice. "
         "`municipalities` is for municipalities without a record.",
         "# data/regions/twente.yaml\nmunicipalities: [Almelo]\n# data/regions/almelo.yaml\npart_of: twente\n",
         "# data/regions/almelo.yaml\ntype: gemeente\npart_of: twente\n"),
    Code("not-stated", N, "values the sources leave open, counted per region",
         "Where a status, type or role is required but the source does not give it, the record says "
         "`onbekend` instead of guessing. This note (never a failure, not even with `--strict`) counts those "
         "values per region, in the records that name the region, so the gaps stay visible.",
         "status: lopend   # the article does not say whether it still runs\n",
         "status: onbekend\ndescription: Het artikel zegt niet of de huiskamer nog bestaat.\n"),
    Code("more-problems", E, "a file with more problems than are shown",
         "At most 50 problems are listed per file; this one counts the rest. It is an error when any of the "
         "problems left out is one.", "regions: [X, X, X, …]   # thousands of bad ids\n", "regions: [twente]\n"),
    Code("state-folder", W, "ggznet's own folder `.ggznet-cache/` holds something it will not use",
         "`.ggznet-cache/` is ggznet's state (edit journal, lock, cache), never part of the knowledge base. When it "
         "is a link or a file, ggznet works without it (no cache; edits are refused). An interrupted edit is rolled "
         "back only when every file still holds what that edit wrote; otherwise its journal is left alone and reported.",
         ".ggznet-cache -> /home/someone/elsewhere   # a link, or a plain file\n",
         ".ggznet-cache/   # a folder ggznet makes itself; never committed\n"),
    Code("vocabulary", W, "`data/vocabulary.yaml` is missing",
         "The vocabulary file declares the themes initiatives may use, as a list of `{id, nl, en}`. "
         "Without it no theme is declared.",
         "themes: [wachttijden]\n", "themes:\n  - {id: wachttijden, nl: Wachttijden, en: Waiting times}\n"),
]  # fmt: skip

CODES: dict[str, Code] = {c.code: c for c in _CODES}


def severity_of(code: str) -> Severity:
    return CODES[code].severity


def reference_markdown() -> str:
    """The code reference section of docs/validation.md, generated from the catalogue."""
    out = ["| code | severity | what it means |", "| --- | --- | --- |"]
    out += [f"| `{c.code}` | {c.severity} | {c.summary} |" for c in CODES.values()]
    out.append("")
    for c in CODES.values():
        out += [
            f"## `{c.code}`",
            "",
            f"*{c.severity}* — {c.rule}",
            "",
            "Wrong:",
            "",
            "```yaml",
            c.wrong.rstrip("\n"),
            "```",
            "",
            "Right:",
            "",
            "```yaml",
            c.right.rstrip("\n"),
            "```",
            "",
        ]
    return "\n".join(out)

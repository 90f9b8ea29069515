"""A validation run as Markdown for a CI job summary (GitHub's `$GITHUB_STEP_SUMMARY`): every problem, one table.

GitHub shows at most ten annotations of a kind per step; the summary lists them all, up to the size
GitHub accepts for one step's summary (1 MiB), and says how many it had to leave out beyond that.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ggznet.problems import Problem, Severity, printable
from ggznet.render.markdown import escape_cell, escape_inline, link

GITHUB_LIMIT = 1024 * 1024  # bytes GitHub accepts in one step's summary
BUDGET = GITHUB_LIMIT - 48 * 1024  # room for the other parts of the summary

WORDS = {
    "nl": {
        "title": "ggznet: controle van de kennisbank",
        "ok": "Geen problemen",
        "passed": "geslaagd",
        "failed": "niet geslaagd",
        "in_files": "in {files} van {checked} bestanden",
        "checked": "{checked} bestanden gecontroleerd",
        "checked_one": "{checked} bestand gecontroleerd",
        "strict": "Met `strict` tellen waarschuwingen ook als fout.",
        "since": "Vergeleken met {ref}: alleen problemen die sindsdien zijn ontstaan tellen mee.",
        "older": "{count} oudere problemen (waren er bij {ref} al; tellen niet mee)",
        "older_one": "{count} ouder probleem (was er bij {ref} al; telt niet mee)",
        "where": "Waar",
        "code": "Code",
        "problem": "Probleem",
        "fix": "Oplossing",
        "left_out": "… en nog {count} problemen die niet in deze samenvatting passen (GitHub staat per stap "
        "1 MiB toe); `ggznet validate` toont ze allemaal.",
        "left_out_one": "… en nog {count} probleem dat niet in deze samenvatting past (GitHub staat per stap "
        "1 MiB toe); `ggznet validate` toont ze allemaal.",
        "codes": "Wat de codes betekenen",
        "explain": "`ggznet explain CODE` geeft bij elke code de regel met een fout en een goed voorbeeld.",
        "freshness": "Actualiteit",
    },
    "en": {
        "title": "ggznet: knowledge-base check",
        "ok": "No problems",
        "passed": "passed",
        "failed": "failed",
        "in_files": "in {files} of {checked} files",
        "checked": "{checked} files checked",
        "checked_one": "{checked} file checked",
        "strict": "With `strict`, warnings count as errors too.",
        "since": "Compared with {ref}: only problems that are new since then count.",
        "older": "{count} older problems (there at {ref} already; not counted)",
        "older_one": "{count} older problem (there at {ref} already; not counted)",
        "where": "Where",
        "code": "Code",
        "problem": "Problem",
        "fix": "How to fix",
        "left_out": "… and {count} more problems that do not fit in this summary (GitHub allows 1 MiB per step); "
        "`ggznet validate` shows them all.",
        "left_out_one": "… and {count} more problem that does not fit in this summary (GitHub allows 1 MiB per "
        "step); `ggznet validate` shows them all.",
        "codes": "What the codes mean",
        "explain": "`ggznet explain CODE` gives the rule behind each code with a wrong and a right example.",
        "freshness": "Freshness",
    },
}

FORMS = {
    "nl": {"error": ("fout", "fouten"), "warning": ("waarschuwing", "waarschuwingen"), "info": ("notitie", "notities")},
    "en": {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("note", "notes")},
}

SYMBOL = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}


@dataclass(frozen=True)
class SummaryInput:
    """What a validation run found, with how to show a problem's place."""

    problems: Sequence[Problem]
    files_checked: int
    failed: bool
    strict: bool = False
    since: str | None = None
    older: Sequence[Problem] = ()
    freshness: Sequence[str] = ()
    code_summaries: dict[str, str] = field(default_factory=dict)
    where: Callable[[Problem], str] = lambda p: f"{p.path}:{p.line}:{p.column}" if p.line else p.path
    url: Callable[[Problem], str | None] = lambda p: None


def _code(text: str) -> str:
    """User text as a Markdown code span: literal, on one line, without backticks of its own."""
    return "`" + " ".join(printable(text, limit=100).replace("`", "'").split()) + "`"


def _cell(text: str) -> str:
    """A message for a table cell: `quoted` parts as code spans (literal text), the rest escaped."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: no pairs to trust
        return escape_cell(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            # escaping folds white space, so keep the spaces next to the code spans by hand
            lead = " " if part[:1].isspace() else ""
            trail = " " if part[-1:].isspace() and part.strip() else ""
            out.append(lead + escape_cell(part) + trail if part.strip() else lead)
        elif part:
            # inside a code span nothing is Markdown or HTML; a table still needs its pipes escaped
            out.append("`" + " ".join(part.split()).replace("|", "\\|") + "`")
    return "".join(out)


def _one(words: dict[str, str], key: str, n: int) -> str:
    """The text under `key`, or under `key_one` when it counts one thing."""
    return words[f"{key}_one"] if n == 1 else words[key]


def _count(n: int, forms: tuple[str, str]) -> str:
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def _table(
    rows: Sequence[Problem], run: SummaryInput, words: dict[str, str], forms: dict[str, tuple[str, str]], budget: int
) -> tuple[list[str], int]:
    """Markdown table lines for `rows` within `budget` bytes; also how many rows were left out."""
    head = [f"| | {words['where']} | {words['code']} | {words['problem']} | {words['fix']} |", "|---|---|---|---|---|"]
    lines = list(head)
    used = sum(len(line.encode()) + 1 for line in lines)
    for shown, p in enumerate(rows):
        label = f"{SYMBOL[p.severity]} {forms[str(p.severity)][0]}"
        where = link(run.where(p), run.url(p))
        line = f"| {label} | {where} | `{p.code}` | {_cell(p.message)} | {_cell(p.hint or '')} |"
        size = len(line.encode()) + 1
        if used + size > budget:
            return lines, len(rows) - shown
        lines.append(line)
        used += size
    return lines, 0


def validation_summary(run: SummaryInput, *, lang: str = "nl", budget: int = BUDGET) -> str:
    """The Markdown summary: verdict, counts, every problem (new ones first), codes, freshness."""
    words = WORDS.get(lang, WORDS["nl"])
    forms = FORMS.get(lang, FORMS["nl"])
    errors = sum(1 for p in run.problems if p.severity == Severity.ERROR)
    warnings = sum(1 for p in run.problems if p.severity == Severity.WARNING)
    infos = sum(1 for p in run.problems if p.severity == Severity.INFO)  # notes never fail a run
    verdict = words["failed"] if run.failed else words["passed"]
    out = [f"## {words['title']}", ""]
    if run.problems:
        files = len({p.path for p in run.problems})
        counts = f"{_count(errors, forms['error'])}, {_count(warnings, forms['warning'])}"
        counts += f", {_count(infos, forms['info'])}" if infos else ""
        out.append(
            f"{'❌' if run.failed else '✅'} **{verdict}**: {counts} "
            + words["in_files"].format(files=files, checked=run.files_checked)
        )
    else:
        checked = _one(words, "checked", run.files_checked).format(checked=run.files_checked)
        out.append(f"✅ **{verdict}**: {words['ok']}; " + checked)
    notes = []
    if run.since:
        notes.append(words["since"].format(ref=_code(run.since)))
    if run.strict:
        notes.append(words["strict"])
    if notes:
        out += ["", " ".join(notes)]
    remaining = budget
    if run.problems:
        lines, left_out = _table(run.problems, run, words, forms, remaining)
        out += ["", *lines]
        if left_out:
            out += ["", _one(words, "left_out", left_out).format(count=left_out)]
        remaining -= sum(len(line.encode()) + 1 for line in lines)
    if run.older:
        # Markdown is not read inside <summary>: the ref goes in as escaped HTML
        ref = f"<code>{html.escape(printable(run.since or '', limit=100))}</code>"
        title = _one(words, "older", len(run.older)).format(count=len(run.older), ref=ref)
        lines, left_out = _table(run.older, run, words, forms, max(remaining, 0))
        out += ["", f"<details><summary>{title}</summary>", "", *lines]
        if left_out:
            out += ["", _one(words, "left_out", left_out).format(count=left_out)]
        out += ["", "</details>"]
    codes = sorted({p.code for p in (*run.problems, *run.older)})
    if codes:
        out += ["", f"### {words['codes']}", ""]
        out += [f"- `{c}`: {escape_inline(run.code_summaries.get(c, ''))}" for c in codes]
        out += ["", words["explain"]]
    if run.freshness:  # a heading line, then one line per region
        head, *regions = run.freshness
        out += ["", f"### {words['freshness']}", "", escape_inline(head)]
        if regions:
            out += ["", *(f"- {escape_inline(line.strip())}" for line in regions)]
    return "\n".join(out) + "\n"

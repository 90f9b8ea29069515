"""`ggznet report` and `ggznet briefing`: Markdown documents, written, printed or checked against a file."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ggznet.cli.completion import complete_ref, complete_region
from ggznet.cli.options import AudienceOption, KbOption
from ggznet.errors import ExitStatus, UsageError

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase, RenderOptions

HEADER = re.compile(r"<!-- ggznet (?:report|briefing) \S+; as-of (\S+); lang (\S+); audience (\S+); data (.*?) -->")

OutputPath = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (with --all: this folder).", show_default=False),
]
CheckPath = Annotated[
    Path | None,
    typer.Option(
        "--check",
        help="Exit 1 if this committed file (with --all: folder) differs from what would be generated now.",
        show_default=False,
    ),
]
AsOf = Annotated[
    dt.datetime | None,
    typer.Option(
        "--as-of",
        formats=["%Y-%m-%d"],
        help="Peildatum: judge due dates and risks as on this day (default: today).",
        show_default=False,
    ),
]
Lang = Annotated[str, typer.Option("--lang", help="nl or en.")]
Audience = AudienceOption
Templates = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="Folder with your own report.md.j2 / briefing.md.j2 (rendered sandboxed).",
        show_default=False,
    ),
]
Raw = Annotated[bool, typer.Option("--raw", help="Print Markdown source on a terminal instead of rendering it.")]


# -- document formats (Markdown, Word, PDF); kept apart so that a registry of writers can take it over ---------
class DocFormat(StrEnum):
    md = "md"
    docx = "docx"
    pdf = "pdf"


DOC_SUFFIX = {".md": DocFormat.md, ".markdown": DocFormat.md, ".docx": DocFormat.docx, ".pdf": DocFormat.pdf}
DocFormatOption = Annotated[
    DocFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="md, docx (Word) or pdf. Default: from -o's extension, else md.",
        show_default=False,
    ),
]


def doc_format(fmt: DocFormat | None, output: Path | None) -> DocFormat:
    """The format asked for, else the one -o's extension names, else Markdown."""
    if fmt is not None:
        return fmt
    if output is not None:
        return DOC_SUFFIX.get(output.suffix.lower(), DocFormat.md)
    return DocFormat.md


def _options(
    as_of: dt.datetime | None,
    lang: str,
    audience: str,
    templates: Path | None,
    commit: str | None = None,
    existing: str | None = None,
) -> RenderOptions:
    """Options for one document; with `existing` (for --check) unset ones come from that file's header."""
    from ggznet.api import RenderOptions

    day = as_of.date() if as_of else dt.date.today()
    if existing is not None:
        match = HEADER.search(existing)
        if match:
            if as_of is None:
                day = dt.date.fromisoformat(match.group(1))
            lang, audience, commit = match.group(2), match.group(3), match.group(4)
    return RenderOptions(as_of=day, lang=lang, audience=audience, templates=templates, commit=commit)


def _print(text: str, raw: bool) -> None:
    if sys.stdout.isatty() and not raw:
        from ggznet.cli.console import print_markdown

        print_markdown(text)
    else:
        sys.stdout.write(text)


def _check(path: Path, make: Callable[[str | None], str]) -> bool:
    """True when the file holds exactly what would be generated now; prints a short diff otherwise."""
    from ggznet.cli.console import err, styled

    try:
        existing = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        err().print(styled("[red]✗[/] {}: cannot read ({})", path, exc))
        return False
    fresh = make(existing)
    if fresh == existing:
        err().print(f"✓ {path} is up to date")
        return True
    diff = list(
        difflib.unified_diff(existing.splitlines(), fresh.splitlines(), str(path), "generated now", lineterm="", n=1)
    )
    err().print(
        styled(
            "[red]✗[/] {} is out of date ({} lines differ); regenerate it with the same command and -o",
            path,
            sum(1 for d in diff if d[:1] in "+-") - 2,
        )
    )
    for line in diff[:40]:
        err().print(line, highlight=False)
    return False


def _produce(
    make: Callable[[RenderOptions], str],
    output: Path | None,
    check: Path | None,
    as_of: dt.datetime | None,
    lang: str,
    audience: str,
    templates: Path | None,
    raw: bool,
    fmt: DocFormat = DocFormat.md,
    make_document: Callable[[RenderOptions, str], bytes] | None = None,
) -> None:
    """One document: checked against a committed file (--check), written (-o) or printed."""
    from ggznet.cli.output import emit_bytes, emit_text

    if fmt is not DocFormat.md:
        if check is not None:
            raise UsageError("--check compares Markdown files", "check the .md file; Word and PDF follow from it")
        assert make_document is not None
        emit_bytes(make_document(_options(as_of, lang, audience, templates), fmt.value), output, what=fmt.value)
        return
    if check is not None:
        ok = _check(check, lambda existing: make(_options(as_of, lang, audience, templates, existing=existing)))
        raise typer.Exit(int(ExitStatus.OK if ok else ExitStatus.PROBLEMS))
    text = make(_options(as_of, lang, audience, templates))
    if output is not None:
        emit_text(text, output)
    else:
        _print(text, raw)


def report(
    region: Annotated[
        str | None,
        typer.Argument(
            help="Region id; the report includes every region below it.",
            autocompletion=complete_region,
            show_default=False,
        ),
    ] = None,
    kb: KbOption = None,
    output: OutputPath = None,
    all_regions: Annotated[bool, typer.Option("--all", help="One file per region plus index.md, into -o DIR.")] = False,
    check: CheckPath = None,
    as_of: AsOf = None,
    lang: Lang = "nl",
    audience: Audience = "internal",
    templates: Templates = None,
    raw: Raw = False,
    output_format: DocFormatOption = None,
) -> None:
    """Regional overview in Markdown, Word or PDF: key figures, network, initiatives, coverage, meetings,
    actions, lessons, continuity risks, inspiration from other regions and sources.

    Word and PDF (-o FILE.docx, -o FILE.pdf or --format) hold the same text with the network picture
    and a timeline, headings as heading styles, real tables, and the data commit, as-of date and page
    numbers in the footer."""
    from ggznet.api import report as make_report
    from ggznet.api import report_document
    from ggznet.cli.cmd_query import open_kb

    knowledge_base = open_kb(kb)
    if all_regions:
        if region:
            raise UsageError("give a region or --all, not both")
        _report_all(knowledge_base, output, check, as_of, lang, audience, templates, output_format or DocFormat.md)
        return
    if region is None:
        raise UsageError("which region?", "e.g. `ggznet report twente`, or --all -o DIR")
    _produce(
        lambda options: make_report(knowledge_base, region, options),
        output,
        check,
        as_of,
        lang,
        audience,
        templates,
        raw,
        doc_format(output_format, output),
        lambda options, fmt: report_document(knowledge_base, region, options, fmt),
    )


def _report_all(
    knowledge_base: KnowledgeBase,
    output: Path | None,
    check: Path | None,
    as_of: dt.datetime | None,
    lang: str,
    audience: str,
    templates: Path | None,
    fmt: DocFormat = DocFormat.md,
) -> None:
    from ggznet.api import report as make_report
    from ggznet.api import report_document
    from ggznet.cli.output import emit_bytes, emit_text
    from ggznet.render.markdown import escape_inline

    folder = check or output
    if folder is None:
        raise UsageError("--all needs -o DIR (to write) or --check DIR")
    regions = sorted(knowledge_base.index.regions.values(), key=lambda r: r.id)
    if check is not None:
        if fmt is not DocFormat.md:
            raise UsageError("--check compares Markdown files", "check the .md files; Word and PDF follow from them")
        results = []
        for r in regions:
            path = check / f"{r.id}.md"
            if path.exists():

                def remake(existing: str | None, rid: str = r.id) -> str:
                    return make_report(
                        knowledge_base, rid, _options(as_of, lang, audience, templates, existing=existing)
                    )

                results.append(_check(path, remake))
        if not results:
            from ggznet.cli.console import err

            err().print(f"no region reports in {check}; nothing to check")
        raise typer.Exit(int(ExitStatus.OK if all(results) else ExitStatus.PROBLEMS))
    options = _options(as_of, lang, audience, templates)
    lines = ["# " + ("Regio-overzichten" if lang == "nl" else "Regional overviews"), ""]
    for r in regions:
        if fmt is DocFormat.md:
            emit_text(make_report(knowledge_base, r.id, options), folder / f"{r.id}.md")
        else:
            emit_bytes(report_document(knowledge_base, r.id, options, fmt.value), folder / f"{r.id}.{fmt.value}")
        depth = len(knowledge_base.index.region_path(r.id)) - 1
        lines.append(f"{'  ' * depth}- [{escape_inline(r.name)}]({r.id}.{fmt.value})")
    emit_text("\n".join(lines) + "\n", folder / "index.md")


def briefing(
    ref: Annotated[
        str,
        typer.Argument(
            help="A meeting id, or a forum (initiative) id for its next planned meeting.", autocompletion=complete_ref
        ),
    ],
    kb: KbOption = None,
    output: OutputPath = None,
    check: CheckPath = None,
    as_of: AsOf = None,
    lang: Lang = "nl",
    audience: Audience = "internal",
    templates: Templates = None,
    raw: Raw = False,
    output_format: DocFormatOption = None,
) -> None:
    """Meeting preparation in Markdown, Word or PDF: purpose, earlier decisions, open actions, participants,
    what will be presented, what changed since last time, and suggested agenda points."""
    from ggznet.api import briefing as make_briefing
    from ggznet.api import briefing_document
    from ggznet.cli.cmd_query import open_kb

    knowledge_base = open_kb(kb)
    _produce(
        lambda options: make_briefing(knowledge_base, ref, options),
        output,
        check,
        as_of,
        lang,
        audience,
        templates,
        raw,
        doc_format(output_format, output),
        lambda options, fmt: briefing_document(knowledge_base, ref, options, fmt),
    )

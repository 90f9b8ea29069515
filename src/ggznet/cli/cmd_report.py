"""`ggznet report` and `ggznet briefing`: Markdown documents, written, printed or checked against a file."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ggznet.cli.completion import complete_ref, complete_region
from ggznet.cli.options import KbOption
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
Audience = Annotated[str, typer.Option("--audience", help="internal, or public to leave out contact details.")]
Templates = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="Folder with your own report.md.j2 / briefing.md.j2 (rendered sandboxed).",
        show_default=False,
    ),
]
Raw = Annotated[bool, typer.Option("--raw", help="Print Markdown source on a terminal instead of rendering it.")]


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
    from ggznet.cli.console import err

    try:
        existing = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        err().print(f"[red]✗[/] {path}: cannot read ({exc})")
        return False
    fresh = make(existing)
    if fresh == existing:
        err().print(f"✓ {path} is up to date")
        return True
    diff = list(
        difflib.unified_diff(existing.splitlines(), fresh.splitlines(), str(path), "generated now", lineterm="", n=1)
    )
    err().print(
        f"[red]✗[/] {path} is out of date ({sum(1 for d in diff if d[:1] in '+-') - 2} lines differ); "
        "regenerate it with the same command and -o"
    )
    for line in diff[:40]:
        err().print(line, markup=False, highlight=False)
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
) -> None:
    """One document: checked against a committed file (--check), written (-o) or printed."""
    from ggznet.cli.output import emit_text

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
) -> None:
    """Regional overview in Markdown: key figures, network, initiatives, coverage, meetings, actions,
    lessons, continuity risks, inspiration from other regions and sources."""
    from ggznet.api import report as make_report
    from ggznet.cli.cmd_query import open_kb

    knowledge_base = open_kb(kb)
    if all_regions:
        if region:
            raise UsageError("give a region or --all, not both")
        _report_all(knowledge_base, output, check, as_of, lang, audience, templates)
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
    )


def _report_all(
    knowledge_base: KnowledgeBase,
    output: Path | None,
    check: Path | None,
    as_of: dt.datetime | None,
    lang: str,
    audience: str,
    templates: Path | None,
) -> None:
    from ggznet.api import report as make_report
    from ggznet.cli.output import emit_text
    from ggznet.render.markdown import escape_inline

    folder = check or output
    if folder is None:
        raise UsageError("--all needs -o DIR (to write) or --check DIR")
    regions = sorted(knowledge_base.index.regions.values(), key=lambda r: r.id)
    if check is not None:
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
        emit_text(make_report(knowledge_base, r.id, options), folder / f"{r.id}.md")
        depth = len(knowledge_base.index.region_path(r.id)) - 1
        lines.append(f"{'  ' * depth}- [{escape_inline(r.name)}]({r.id}.md)")
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
) -> None:
    """Meeting preparation in Markdown: purpose, earlier decisions, open actions, participants,
    what will be presented, what changed since last time, and suggested agenda points."""
    from ggznet.api import briefing as make_briefing
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
    )

"""`ggznet report` and `ggznet briefing`: Markdown documents, written, printed or checked against a file."""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from ggznet.cli.completion import complete_ref, complete_region
from ggznet.cli.integrity import AllowInvalid
from ggznet.cli.options import AudienceOption, KbOption, date_option
from ggznet.cli.output import complete_format
from ggznet.errors import ExitStatus, UsageError

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase, RenderOptions
    from ggznet.index import Index
    from ggznet.schema import Region

HEADER = re.compile(r"<!-- ggznet (?:report|briefing) \S+; as-of (\S+); lang (\S+); audience (\S+); data (.*?) -->")

OutputPath = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", metavar="PATH", help="Write to this file (with --all: this folder).", show_default=False
    ),
]
CheckPath = Annotated[
    Path | None,
    typer.Option(
        "--check",
        metavar="PATH",
        help="Exit 1 if this committed file (with --all: folder) differs from what would be generated now for "
        "--audience.",
        show_default=False,
    ),
]
AsOf = Annotated[
    dt.date | None, date_option("--as-of", "Peildatum: judge due dates and risks as on this day (default: today).")
]
Audience = AudienceOption
Templates = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        metavar="DIR",
        help="Folder with your own report.md.j2 / briefing.md.j2 (rendered sandboxed).",
        show_default=False,
    ),
]
Raw = Annotated[bool, typer.Option("--raw", help="Print Markdown source on a terminal instead of rendering it.")]


def _options(
    as_of: dt.date | None,
    lang: str,
    audience: str,
    templates: Path | None,
    commit: str | None = None,
    existing: str | None = None,
    errors: int = 0,
    *,
    terminal: bool = False,
) -> RenderOptions:
    """Options for one document; with `existing` (for --check) the as-of date and language (each unless given on
    the command line) and the data commit come from that file's header. The audience is always the command
    line's: a check renders what it was asked for, never what a committed file claims (`_check` refuses a file
    whose header states another audience, or another language than a --lang given).
    `terminal`: shown rendered on a terminal (a text view of the network instead of the Mermaid diagram)."""
    from ggznet.api import RenderOptions

    day = as_of or dt.date.today()
    if existing is not None:
        match = HEADER.search(existing, 0, HEAD_CHARS)
        if match:
            if as_of is None:
                try:
                    day = dt.date.fromisoformat(match.group(1))
                except ValueError:
                    day = dt.date.today()
            from ggznet.cli.lang import given

            if not given():
                lang = match.group(2)
            commit = match.group(4)
    return RenderOptions(
        as_of=day, lang=lang, audience=audience, templates=templates, commit=commit, errors=errors, terminal=terminal
    )


HEAD_CHARS = 4096  # a document's header is its first line: looked for there only (a committed file is untrusted)


def _check(path: Path, make: Callable[[str | None], str], audience: str) -> bool:
    """True when the file holds exactly what would be generated now for `audience`; prints a short diff otherwise.

    The committed file comes with the knowledge base's repository: only a regular file is read (a FIFO would
    block, a link to a device never end), and no more of it than can matter (twice the fresh document). A file
    whose header does not state `audience` is not compared and none of it is printed: it may hold what this
    audience must not see, and a check's output can be a public CI log."""
    from ggznet.cli.console import err, styled
    from ggznet.cli.lang import t, tn

    try:
        with _committed(path) as handle:
            head = handle.read(HEAD_CHARS)
            head_text = head.decode("utf-8", "ignore")
            header = HEADER.search(head_text, 0, HEAD_CHARS)  # (the file's first line) None: no header
            stated = None if header is None else header.group(3)
            if stated != audience:
                _other_audience(path, stated, audience)
                return False
            if header is not None and not _in_language_given(path, header.group(2)):
                return False
            fresh = make(head_text)
            limit = 2 * len(fresh.encode("utf-8")) + 2**20
            data = head + handle.read(limit + 1 - len(head))
        existing = data.decode("utf-8") if len(data) <= limit else data[:limit].decode("utf-8", "ignore")
    except (OSError, UnicodeDecodeError) as exc:
        problem = t("not UTF-8") if isinstance(exc, UnicodeDecodeError) else t(exc.strerror or str(exc))
        err().print(styled("[red]{}[/]", t("✗ {path}: cannot read ({problem})", path=path, problem=problem)))
        return False
    if fresh == existing:
        err().print(t("✓ {path} is up to date", path=path), markup=False)
        return True
    diff = list(
        difflib.unified_diff(existing.splitlines(), fresh.splitlines(), str(path), t("generated now"), lineterm="", n=1)
    )
    count = sum(1 for d in diff if d[:1] in "+-") - 2
    err().print(
        styled(
            "[red]{}[/]",
            tn(
                "✗ {path} is out of date ({count} line differs); regenerate it with the same command and -o",
                "✗ {path} is out of date ({count} lines differ); regenerate it with the same command and -o",
                count,
                path=path,
                count=count,
            ),
        )
    )
    for line in diff[:40]:
        err().print(line, highlight=False)
    return False


def _audience(value: str) -> str:
    """The audience asked for, checked before any work (a check compares with it alone)."""
    from ggznet.audience import parse

    return str(parse(value))


def _in_language_given(path: Path, written_in: str) -> bool:
    """False (and says so) when --lang was given and the file's header states another language: a check of the
    English overview against a Dutch file is not a diff of every line."""
    from ggznet.cli.console import err, styled
    from ggznet.cli.lang import current, given, t
    from ggznet.problems import printable

    if not given() or written_in == current():
        return True
    stated = printable(written_in, limit=40)
    err().print(
        styled(
            "[red]{}[/]",
            t(
                "✗ {path} is written in --lang {stated}, this check is for --lang {lang}",
                path=path,
                stated=stated,
                lang=current(),
            ),
        )
    )
    err().print(
        "  " + t("make it with the --lang of the check (and -o), or check it without --lang (the file's own language)"),
        markup=False,
    )
    return False


def _other_audience(path: Path, stated: str | None, audience: str) -> None:
    """Says that a committed file is not for the audience checked, without a word of its content."""
    from ggznet.cli.console import err, styled
    from ggznet.cli.lang import t
    from ggznet.problems import printable

    if stated is None:
        said = t("✗ {path} has no ggznet header, so it does not say its audience; its content is not shown", path=path)
    else:
        said = t(
            "✗ {path} is made for --audience {stated}, this check is for --audience {audience}; "
            "its content is not shown",
            path=path,
            stated=printable(stated, limit=40),
            audience=audience,
        )
    err().print(styled("[red]{}[/]", said))
    err().print("  " + t("make it with the --audience of the check (and -o), or check it with its own"), markup=False)


def _committed(path: Path) -> BinaryIO:
    """A committed document opened for reading, if it is a regular file (opened without waiting for a FIFO)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


DocFormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="md, docx (Word) or pdf. Default: from -o's extension, else md.",
        show_default=False,
        autocompletion=complete_format,
    ),
]


def _produce(
    command: str,
    knowledge_base: KnowledgeBase,
    ref: str,
    output: Path | None,
    output_format: str | None,
    check: Path | None,
    as_of: dt.date | None,
    lang: str,
    audience: str,
    templates: Path | None,
    raw: bool,
    allow_invalid: bool,
) -> None:
    """One document: checked against a committed file (--check), written (-o) or printed.

    The knowledge base is validated first: with errors, the document carries a warning banner,
    stderr says what is wrong, and the exit status is 1 unless --allow-invalid.
    """
    from ggznet.cli.formats import FORMATS, DocumentJob
    from ggznet.cli.integrity import check as check_integrity
    from ggznet.cli.output import emit_output, print_markdown, print_markdown_parts, renders_markdown

    writer = FORMATS[command].choose(output_format, output, default="md")
    if check is not None and writer.name != "md":
        raise UsageError("--check compares Markdown files", "check the .md file; Word and PDF follow from it")
    audience = _audience(audience)
    integrity = check_integrity(knowledge_base, as_of, lang, allow_invalid=allow_invalid)
    knowledge_base.let_go_of_checks()  # validated: the document needs the memory more
    errors = len(integrity.errors)
    if check is not None:
        ok = _check(
            check,
            lambda existing: (
                DocumentJob.make(
                    command,
                    knowledge_base,
                    ref,
                    _options(as_of, lang, audience, templates, existing=existing, errors=errors),
                ).markdown
            ),
            audience,
        )
        integrity.finish(allow_invalid=allow_invalid)
        raise typer.Exit(int(ExitStatus.OK if ok else ExitStatus.PROBLEMS))
    if output is None and writer.name == "md":  # rendered on a terminal, with a text view of the network
        terminal = renders_markdown(raw)
        options = _options(as_of, lang, audience, templates, errors=errors, terminal=terminal)
        if command == "report" and not terminal:  # the source, part by part: a national overview is held once
            from ggznet.api import report_parts

            print_markdown_parts(report_parts(knowledge_base, ref, options))
        else:
            print_markdown(DocumentJob.make(command, knowledge_base, ref, options).markdown, raw)
        integrity.finish(allow_invalid=allow_invalid)
        return
    job = DocumentJob.make(command, knowledge_base, ref, _options(as_of, lang, audience, templates, errors=errors))
    emit_output(writer, job, output)
    integrity.finish(allow_invalid=allow_invalid)


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
    audience: Audience = "internal",
    templates: Templates = None,
    raw: Raw = False,
    output_format: DocFormatOption = None,
    allow_invalid: AllowInvalid = False,
) -> None:
    """Regional overview in Markdown, Word or PDF: key figures, network, initiatives, coverage, meetings,
    actions, lessons, continuity risks, inspiration from other regions and sources.

    Word and PDF (-o FILE.docx, -o FILE.pdf or --format) hold the same text with the network picture
    and a timeline, headings as heading styles, real tables, and the data commit, as-of date and page
    numbers in the footer. The knowledge base is validated first; with errors the report says so at the
    top and the exit status is 1 (unless --allow-invalid)."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.formats import FORMATS
    from ggznet.cli.lang import current

    lang = current()
    if all_regions:
        if region:
            raise UsageError("give a region or --all, not both")
        writer = FORMATS["report"].get(output_format or "md")
        knowledge_base = open_kb(kb, quiet=True, keep_facts=False)  # validated, then a document
        _report_all(knowledge_base, output, check, as_of, lang, audience, templates, allow_invalid, writer.name)
        return
    if region is None:
        raise UsageError("which region?", "e.g. `ggznet report twente`, or --all -o DIR")
    FORMATS["report"].choose(output_format, output, default="md")  # refuse what it cannot write before any work
    knowledge_base = open_kb(kb, quiet=True, keep_facts=False)  # validated, then a document
    _produce(
        "report",
        knowledge_base,
        region,
        output,
        output_format,
        check,
        as_of,
        lang,
        audience,
        templates,
        raw,
        allow_invalid,
    )


def _report_all(
    knowledge_base: KnowledgeBase,
    output: Path | None,
    check: Path | None,
    as_of: dt.date | None,
    lang: str,
    audience: str,
    templates: Path | None,
    allow_invalid: bool,
    fmt: str = "md",
) -> None:
    from ggznet.cli.formats import FORMATS, DocumentJob
    from ggznet.cli.integrity import check as check_integrity
    from ggznet.cli.output import emit_output, emit_text

    folder = check or output
    if folder is None:
        raise UsageError("--all needs -o DIR (to write) or --check DIR")
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--all writes a folder; {folder} is a file", "give a folder: -o reports/")
    writer = FORMATS["report"].get(fmt)
    if check is not None and writer.name != "md":
        raise UsageError("--check compares Markdown files", "check the .md files; Word and PDF follow from them")
    audience = _audience(audience)
    integrity = check_integrity(knowledge_base, as_of, lang, allow_invalid=allow_invalid)
    knowledge_base.let_go_of_checks()  # validated: the documents need the memory more
    errors = len(integrity.errors)
    regions = sorted(knowledge_base.index.regions.values(), key=lambda r: r.id)
    if check is not None:
        results = []
        for r in regions:
            path = check / f"{r.id}.md"
            if path.exists():
                results.append(
                    _check(path, _regenerate(knowledge_base, r.id, as_of, lang, audience, templates, errors), audience)
                )
        if not results:
            from ggznet.cli.console import err
            from ggznet.cli.lang import t

            err().print(t("no region reports in {folder}; nothing to check", folder=check), markup=False)
        integrity.finish(allow_invalid=allow_invalid)
        raise typer.Exit(int(ExitStatus.OK if all(results) else ExitStatus.PROBLEMS))
    options = _options(as_of, lang, audience, templates, errors=errors)
    suffix = writer.suffixes[0]
    for r in regions:
        emit_output(writer, DocumentJob.make("report", knowledge_base, r.id, options), folder / f"{r.id}{suffix}")
    emit_text(region_index(knowledge_base.index, lang, integrity.banner, suffix), folder / "index.md")
    integrity.finish(allow_invalid=allow_invalid)


def _regenerate(
    knowledge_base: KnowledgeBase,
    region: str,
    as_of: dt.date | None,
    lang: str,
    audience: str,
    templates: Path | None,
    errors: int,
) -> Callable[[str | None], str]:
    """What --check compares a committed report with: the report made now for `audience`, with the file's own
    as-of date (unless given), language and data commit."""
    from ggznet.api import report as make_report

    def make(existing: str | None) -> str:
        options = _options(as_of, lang, audience, templates, existing=existing, errors=errors)
        return make_report(knowledge_base, region, options)

    return make


def region_index(index: Index, lang: str, banner: str | None = None, suffix: str = ".md") -> str:
    """index.md for `report --all`: the regions as a nested list, every region under its parent.

    Top regions (and regions whose parent is missing) come first, by name; below each region its
    subregions, by name. Each level is indented by two spaces, the width of its parent's `- `, so
    that Markdown nests the lists exactly as the regions nest.
    """
    from ggznet.render.i18n import labels
    from ggznet.render.markdown import escape_inline

    L = labels(lang)
    lines = ["# " + str(L["regions_index"]), ""]
    if banner:
        lines += [f"> **{banner}** {L['invalid_hint']}", ""]
    children: dict[str | None, list[Region]] = {}
    for region in index.regions.values():
        parent = region.part_of if region.part_of in index.regions else None
        children.setdefault(parent, []).append(region)
    placed: set[str] = set()

    def place(region: Region, depth: int) -> None:
        if region.id in placed:
            return
        placed.add(region.id)
        lines.append(f"{'  ' * depth}- [{escape_inline(region.name)}]({region.id}{suffix})")
        for child in sorted(children.get(region.id, []), key=lambda r: (r.name.casefold(), r.id)):
            place(child, depth + 1)

    for top in sorted(children.get(None, []), key=lambda r: (r.name.casefold(), r.id)):
        place(top, 0)
    # regions in a part_of cycle have no top; list them at the top level so none is left out
    for region in sorted(index.regions.values(), key=lambda r: (r.name.casefold(), r.id)):
        place(region, 0)
    return "\n".join(lines) + "\n"


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
    audience: Audience = "internal",
    templates: Templates = None,
    raw: Raw = False,
    output_format: DocFormatOption = None,
    allow_invalid: AllowInvalid = False,
) -> None:
    """Meeting preparation in Markdown, Word or PDF: purpose, earlier decisions, open actions, participants,
    what will be presented, what changed since last time, and suggested agenda points.

    The knowledge base is validated first; with errors the briefing says so at the top and the exit
    status is 1 (unless --allow-invalid)."""
    from ggznet.cli.cmd_query import open_kb
    from ggznet.cli.formats import FORMATS
    from ggznet.cli.lang import current

    lang = current()
    FORMATS["briefing"].choose(output_format, output, default="md")  # refuse what it cannot write before any work
    knowledge_base = open_kb(kb, quiet=True, keep_facts=False)  # validated, then a document
    _produce(
        "briefing",
        knowledge_base,
        ref,
        output,
        output_format,
        check,
        as_of,
        lang,
        audience,
        templates,
        raw,
        allow_invalid,
    )

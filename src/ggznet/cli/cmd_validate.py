"""`ggznet validate` and `ggznet explain`: check the knowledge base and explain problem codes."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ggznet.cli.options import KbOption, date_option
from ggznet.errors import ExitStatus, UsageError

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase, ValidationResult
    from ggznet.problems import Problem


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def validate(
    kb: KbOption = None,
    output_format: Annotated[
        ValidateFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text (default), json, or github (workflow annotations; the default when GITHUB_ACTIONS=true).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    as_of: Annotated[dt.date | None, date_option("--as-of", "Judge dates as on this day (default: today).")] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            show_default=False,
            help="Fail only on problems that are new since this git ref (a pull request's base); "
            "older problems are summarised.",
        ),
    ] = None,
    max_age: Annotated[
        str | None,
        typer.Option(
            "--max-age",
            metavar="AGE",
            show_default=False,
            help="Warn about records not verified within AGE (365d, 52w, 12m, 1y), summed up per region.",
        ),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option(
            "--summary",
            metavar="FILE",
            show_default=False,
            help="Also append a Markdown summary that lists every problem to FILE "
            "(in GitHub Actions: $GITHUB_STEP_SUMMARY).",
        ),
    ] = None,
) -> None:
    """Check every record: YAML, schema, references, dates, themes and privacy. All problems in one run.

    Exit status: 0 no errors (warnings allowed unless --strict), 1 problems found, 2 usage error.
    """
    from ggznet.api import KnowledgeBase, ValidationResult, problems_since
    from ggznet.cli.progress import load_progress

    age = parse_age(max_age) if max_age else None
    today = as_of
    with load_progress() as progress:
        knowledge_base = KnowledgeBase.open(kb, progress=progress, validating=True)
    result = knowledge_base.validate(today=today, max_age=age)
    old: list[Problem] = []
    if changed_since:
        from ggznet.store.git import HistoryError

        try:
            new, old = problems_since(knowledge_base, result, changed_since, today=today)
        except HistoryError as exc:
            raise UsageError(f"--changed-since: {exc}", "in GitHub Actions, check out with `fetch-depth: 0`") from None
        result = ValidationResult(new, result.files_checked)
    if result.problems or old:  # every output shows messages and hints in the run's language (codes stay)
        from ggznet.cli.problemtext import localized_all

        result, old = ValidationResult(localized_all(result.problems), result.files_checked), localized_all(old)
    fmt = output_format or (
        ValidateFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ValidateFormat.text
    )
    base = Path.cwd()
    failed = result.failed(strict=strict)
    from ggznet.cli.console import if_cut_short

    if_cut_short(int(ExitStatus.PROBLEMS if failed else ExitStatus.OK))  # a reader that stops early changes nothing
    if fmt is ValidateFormat.json:
        _print_json(result, knowledge_base.root, base, old=old if changed_since else None)
    elif fmt is ValidateFormat.github:
        _print_github(result, knowledge_base.root, base)
    else:
        _print_text(result, knowledge_base.root, base)
    if fmt is not ValidateFormat.json:
        from ggznet.cli.console import out
        from ggznet.cli.lang import tn

        if changed_since and old:
            files = len({p.path for p in old})
            out().print(
                tn(
                    "{count} older problem in {files} was there at {ref} already; not counted "
                    "(run without --changed-since to see it)",
                    "{count} older problems in {files} were there at {ref} already; not counted "
                    "(run without --changed-since to see them)",
                    len(old),
                    count=len(old),
                    files=_n(files, "file"),
                    ref=changed_since,
                ),
                markup=False,
            )
        if age is not None:
            for line in freshness_summary(knowledge_base, result.problems):
                out().print(line)
    if summary is not None:
        freshness = freshness_summary(knowledge_base, result.problems) if age is not None else []
        _write_summary(summary, result, knowledge_base.root, failed=failed, strict=strict, since=changed_since,
                       older=old, freshness=freshness)  # fmt: skip
    raise typer.Exit(int(ExitStatus.PROBLEMS if failed else ExitStatus.OK))


def _github_url(path: str, line: int) -> str | None:
    """A link to the file and line on GitHub, when running in GitHub Actions."""
    import re
    from urllib.parse import quote

    server = os.environ.get("GITHUB_SERVER_URL", "")
    repository = os.environ.get("GITHUB_REPOSITORY", "")
    sha = os.environ.get("GITHUB_SHA", "")
    if not (
        re.fullmatch(r"https://[A-Za-z0-9.-]+(:\d+)?", server)
        and re.fullmatch(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+", repository)
        and re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", sha)
    ):
        return None
    if path.startswith(("../", "/")) or "\\" in path:
        return None  # outside the checked-out repository
    return f"{server}/{repository}/blob/{sha}/{quote(path)}" + (f"#L{line}" if line else "")


def _write_summary(
    target: Path,
    result: ValidationResult,
    root: Path,
    *,
    failed: bool,
    strict: bool,
    since: str | None,
    older: list[Problem],
    freshness: list[str],
) -> None:
    from ggznet.cli.lang import current
    from ggznet.cli.problemtext import summary_of
    from ggznet.render.summary import SummaryInput, validation_summary
    from ggznet.store.atomic import append_text
    from ggznet.validate.codes import CODES

    workspace = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())

    def where(p: Problem) -> str:
        return display_path(root, p.path, workspace) + (f":{p.line}:{p.column}" if p.line else "")

    def url(p: Problem) -> str | None:
        return _github_url(os.path.relpath(root / p.path, workspace).replace(os.sep, "/"), p.line)

    run = SummaryInput(
        problems=result.problems,
        files_checked=result.files_checked,
        failed=failed,
        strict=strict,
        since=since,
        older=older,
        freshness=freshness,
        code_summaries={code: summary_of(code, entry.summary) for code, entry in CODES.items()},
        where=where,
        url=url,
    )
    try:
        append_text(target, validation_summary(run, lang=current()))
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # opened without waiting: a FIFO that nobody reads (or a device not there)
            raise UsageError(
                f"--summary: {target} is a FIFO or device that nobody reads", "start its reader first, or name a file"
            ) from None
        raise UsageError(
            f"--summary: cannot write {target}: {exc.strerror}", "name a file in a folder you can write to"
        ) from None


def parse_age(text: str) -> dt.timedelta:
    import re

    match = re.fullmatch(r"\s*(\d+)\s*([dwmy])\s*", text.lower())
    if not match:
        raise UsageError(f"--max-age `{text}` is not an age", "write e.g. 365d, 52w, 12m or 1y")
    days = {"d": 1, "w": 7, "m": 30, "y": 365}[match.group(2)] * int(match.group(1))
    if days > MAX_AGE_DAYS:  # no record is older; and the calendar must reach back that far from --as-of
        raise UsageError(f"--max-age `{text}` is longer than 100 years", "write e.g. 365d, 52w, 12m or 1y")
    return dt.timedelta(days=days)


MAX_AGE_DAYS = 36_500


def freshness_summary(knowledge_base: KnowledgeBase, problems: list[Problem]) -> list[str]:
    """Stale records per region they name, as lines for the text output."""
    from collections import Counter

    stale_paths = {p.path for p in problems if p.code == "stale-record"}
    total: Counter[str] = Counter()
    stale: Counter[str] = Counter()
    index = knowledge_base.index
    for record in index.all_records():
        regions = (
            [record.id] if record.kind == "region" else list(getattr(record, "regions", []) or []) or ["(geen regio)"]
        )
        for region in regions:
            total[region] += 1
            if index.path_of(record) in stale_paths:
                stale[region] += 1
    from ggznet.cli.lang import t

    lines = [t("not verified within --max-age, per region:")]
    for region in sorted(total, key=lambda r: (-stale[r], r)):
        if stale[region]:
            lines.append(
                t(
                    "  {region}: {stale} of {total} records",
                    region=index.label("region", region),
                    stale=stale[region],
                    total=total[region],
                )
            )
    return lines if len(lines) > 1 else [t("all records verified within --max-age")]


def display_path(root: Path, rel: str, base: Path) -> str:
    """A problem's path as the user can open it from where they ran ggznet."""
    from ggznet.problems import printable

    try:
        return printable(os.path.relpath(root / rel, base))
    except ValueError:  # another drive on Windows
        return printable(str(root / rel))


def _n(count: int, word: str) -> str:
    """`1 error`, `3 warnings`, `2 files` in the language of this run."""
    from ggznet.cli.lang import tn

    return tn(f"{{n}} {word}", f"{{n}} {word}s", count, n=count)


def _summary(result: ValidationResult) -> str:
    from ggznet.cli.lang import t

    errors, warnings, notes = len(result.errors), len(result.warnings), len(result.notes)
    files = len({p.path for p in result.problems})
    counted = f"{_n(errors, 'error')}, {_n(warnings, 'warning')}" + (f", {_n(notes, 'note')}" if notes else "")
    return t(
        "{counted} in {files} of {checked}", counted=counted, files=files, checked=_n(result.files_checked, "file")
    )


def _ok(result: ValidationResult) -> str:
    from ggznet.cli.lang import t

    return t("ok: {files}, no problems", files=_n(result.files_checked, "file"))


def _print_text(result: ValidationResult, root: Path, base: Path) -> None:
    from ggznet.cli.console import out, styled
    from ggznet.cli.lang import t

    console = out()
    styles = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    for p in result.problems:  # `file:line:col: severity code message`, as compilers write it, in any language
        where = f"{display_path(root, p.path, base)}:{p.line}:{p.column}"
        console.print(
            styled("{}: [" + styles[p.severity] + "]{}[/] [bold]{}[/] {}", where, p.severity, p.code, p.message)
        )
        if p.hint:
            console.print(styled(f"    [dim]{t('hint:')}[/] {{}}", p.hint))
    if result.errors or result.warnings:
        console.print(_summary(result), markup=False)
    elif result.notes:
        console.print(f"{_ok(result)} ({_n(len(result.notes), 'note')})", markup=False)
    else:
        console.print(_ok(result), markup=False)


def _print_json(result: ValidationResult, root: Path, base: Path, *, old: list[Problem] | None = None) -> None:
    from ggznet.cli.lang import current

    payload: dict[str, object] = {
        "ok": not result.errors,
        "files_checked": result.files_checked,
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "notes": len(result.notes),
        "problems": [p.as_dict() for p in result.problems],  # json.dumps escapes control characters
        "lang": current(),  # the language of each `message` and `hint`; `code` is the same in every language
    }
    if old is not None:
        payload["older_problems"] = [p.as_dict() for p in old]
    import re

    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if re.search("[\ud800-\udfff]", text):  # a file name that is not UTF-8 (a byte kept as a lone surrogate): as
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")  # JSON's `\udcff`, so the output stays UTF-8
    sys.stdout.write(text)


def _gh_escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}  # workflow command names


def _print_github(result: ValidationResult, root: Path, base: Path) -> None:
    workspace = Path(os.environ.get("GITHUB_WORKSPACE") or base)
    lines = []
    for p in result.problems:
        path = display_path(root, p.path, workspace)
        message = p.message + (f" ({p.hint})" if p.hint else "")
        lines.append(
            f"::{GITHUB_LEVEL[p.severity]} file={_gh_escape(path, prop=True)},line={p.line},col={p.column},"
            f"title={_gh_escape(p.code, prop=True)}::{_gh_escape(message)}"
        )
    clean = not (result.errors or result.warnings)
    lines.append(_ok(result) if clean else _summary(result))
    sys.stdout.write("\n".join(lines) + "\n")


def explain(
    code: Annotated[str | None, typer.Argument(help="A problem code, e.g. unknown-field.")] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the reference of all codes as Markdown.")] = False,
) -> None:
    """Explain a problem code: the rule, a wrong and a right example. Without CODE, list all codes."""
    from ggznet.cli.console import out, styled
    from ggznet.suggest import did_you_mean, format_suggestions
    from ggznet.validate.codes import CODES, reference_markdown

    if markdown:
        sys.stdout.write(reference_markdown())
        return
    from ggznet.cli.problemtext import example_of, rule_of, summary_of

    console = out()
    if code is None:
        for c in CODES.values():
            console.print(f"{c.code:<24} {c.severity:<8} {summary_of(c.code, c.summary)}", markup=False)
        return
    entry = CODES.get(code.strip().lower())
    if entry is None:
        raise UsageError(
            f"unknown problem code `{code}`",
            format_suggestions(did_you_mean(code, CODES)) or "run `ggznet explain` for the list",
        )
    from ggznet.cli.lang import t

    console.print(styled("[bold]{}[/] ({}): {}\n", entry.code, entry.severity, summary_of(entry.code, entry.summary)))
    console.print(rule_of(entry.code, entry.rule) + "\n", markup=False)
    console.print(styled(f"[red]{t('Wrong:')}[/]"))
    console.print(_indent(example_of(entry.wrong)), markup=False)
    console.print(styled(f"[green]{t('Right:')}[/]"))
    console.print(_indent(example_of(entry.right)), markup=False)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").splitlines())

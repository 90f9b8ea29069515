"""The Typer application: global options, the one error boundary, help without type names, and command registration."""

from __future__ import annotations

import contextlib
import errno
import functools
import inspect
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click.exceptions import UsageError as ClickUsageError
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import TyperException

from ggznet import __version__
from ggznet.cli.helptext import TranslatedHelp, help_text, placeholder, word
from ggznet.cli.options import LangOption, NoPagerOption, global_kb
from ggznet.cli.params import defer
from ggznet.errors import ExitStatus, GgznetError

PAGED = {
    "validate", "explain", "list", "show", "search", "actions", "report", "briefing", "changes", "history",
    "graph", "network", "compare", "schema",
}  # fmt: skip
"""Commands whose output goes through a pager on a terminal."""


def _metavar(param: Any) -> str:
    """How a value is shown in help: the declared metavar, the choices, or the name in capitals."""
    if param.metavar:
        return placeholder(str(param.metavar))
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and descriptor.is_choice and descriptor.choices:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in descriptor.choices) + "]"
    return placeholder(str(param.name or "value").upper().rstrip("_").replace("_", "-"))


def _usage_pieces(command: Any, ctx: Any) -> list[str]:
    pieces = [word("[OPTIONS]")]
    for param in command.get_params(ctx):
        if param.param_type_name != "argument":
            continue
        name = placeholder(param.metavar or str(param.name).upper())
        name = name if param.required else f"[{name}]"
        pieces.append(name + ("..." if param.nargs != 1 else ""))
    return pieces


def _help_record(param: Any) -> tuple[str, str] | None:
    if param.hidden:
        return None
    if param.param_type_name == "argument":
        return (placeholder(param.metavar or str(param.name).upper()), help_text(param.help) or "")
    names = ", ".join(sorted(param.opts, key=len) + list(param.secondary_opts))
    extra = []
    if not param.is_flag and not getattr(param, "count", False):
        names += " " + _metavar(param)
        default = param.default
        if getattr(param, "show_default", False) is True and default not in (None, "", [], ()):
            extra.append(word("default: {value}", value=getattr(default, "value", default)))
    if param.required:
        extra.append(word("required"))
    return names, (help_text(param.help) or "") + (f"  [{'; '.join(extra)}]" if extra else "")


def _format_params(command: Any, ctx: Any, formatter: Any) -> None:
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        record = _help_record(param)
        if record is not None:
            (arguments if param.param_type_name == "argument" else options).append(record)
    if arguments:
        with formatter.section(word("Arguments")):
            formatter.write_dl(arguments)
    if options:
        with formatter.section(word("Options")):
            formatter.write_dl(options)


class _Parsing:
    """What commands and groups share: options made when first needed, the language chosen before `--help`
    answers, Click's usage errors in that language."""

    def get_params(self, ctx: Any) -> list[Any]:
        # the help option too, which Click makes when first asked for
        return defer(super().get_params(ctx))  # type: ignore[misc]  # a mixin of a Click command

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _choose_language(ctx, args)
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc, no-any-return]  # a mixin of a Click command
        except ClickUsageError as exc:
            raise _translated(exc, ctx) from None


class GgznetCommand(_Parsing, TranslatedHelp, TyperCommand):
    """A command whose help names values (`--due DATE`), not Python types, in the language of the run."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage_pieces(self, ctx)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)


class GgznetGroup(_Parsing, TranslatedHelp, TyperGroup):
    """Runs a command and turns every failure into a message and an exit code (0, 1, 2, 3); pages long output."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command))
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _ in rows)
            with formatter.section(word("Commands")):
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in rows])

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*_usage_pieces(self, ctx), word(self.subcommand_metavar)]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        from ggznet.cli.console import cut_short_status, if_cut_short, print_error, say_error, say_failure
        from ggznet.cli.lang import t
        from ggznet.cli.pager import paged

        if ctx.parent is None:
            if_cut_short(int(ExitStatus.OK))
        try:
            if ctx.parent is None and _command_name(ctx) in PAGED:
                with paged(_no_pager_requested(ctx)):
                    return super().invoke(ctx)
            return super().invoke(ctx)
        except GgznetError as exc:
            say_failure(exc)
            raise typer.Exit(int(exc.exit_status)) from None
        except ClickUsageError as exc:  # a subcommand Click could not find, or parse
            raise _translated(exc, ctx) from None
        except (TyperException, typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            print_error(t("interrupted"))
            raise typer.Exit(130) from None
        except BrokenPipeError:  # the reader stopped reading: the rest of the output is not needed, the verdict is
            _drop_output()
            sys.stderr.close()
            raise typer.Exit(cut_short_status()) from None
        except Exception as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            if isinstance(exc, OSError) and exc.errno in _CANNOT_WRITE and exc.filename is None:
                _drop_output()  # a full disk (most often under standard output, which names no file): the user's to fix
                say_error(f"cannot write: {exc.strerror or exc}")
                raise typer.Exit(int(ExitStatus.USAGE)) from None
            print_error(  # in words already: the exception's own text is not translated
                t("internal error: {detail}", detail=f"{type(exc).__name__}: {exc}"),
                t("this is a bug in ggznet; run again with --debug for the traceback and report it"),
            )
            raise typer.Exit(int(ExitStatus.INTERNAL)) from None


_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}  # a full disk, a quota, a file too large


def _drop_output() -> None:
    """Standard output to nowhere: what is still buffered for it must not fail again when the process exits."""
    try:
        stdout = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # not a file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, stdout)
    finally:
        os.close(devnull)


def _translated(error: ClickUsageError, ctx: Any) -> ClickUsageError:
    """Click's usage error in the language of the run, shown as `fout: …` (exit code 2)."""
    from ggznet.cli.usage import translated

    return translated(error, ctx)


def _command_name(ctx: Any) -> str | None:
    names = getattr(ctx, "_protected_args", None) or getattr(ctx, "protected_args", None) or []
    return str(names[0]) if names else None


def _choose_language(ctx: Any, args: list[str]) -> None:
    """The language of a run, before any --help answers: the last `--lang` among these arguments (a command's
    own wins over one before it), else for the whole run $GGZNET_LANG, else Dutch. A wrong value is left for
    the option itself to refuse."""
    from ggznet.cli.lang import set_language

    if "--" in args:
        args = args[: args.index("--")]
    lang = None
    for at, arg in enumerate(args):
        if arg == "--lang" and at + 1 < len(args):
            lang = args[at + 1]
        elif arg.startswith("--lang="):
            lang = arg[len("--lang=") :]
    if lang is None and ctx.parent is not None:
        return
    for choice in [lang] if ctx.parent is not None else [lang, None]:  # a wrong --lang: the run's default
        with contextlib.suppress(GgznetError):
            set_language(choice)
            return


def _no_pager_requested(ctx: Any) -> bool:
    """--no-pager before the command (already parsed) or after it (still among the command's arguments)."""
    args = list(ctx.args)
    if "--" in args:
        args = args[: args.index("--")]
    return bool(ctx.params.get("no_pager")) or "--no-pager" in args


def _version(value: bool) -> None:
    if value:
        print(f"ggznet {__version__}")
        raise typer.Exit()


def main_options(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    kb: Annotated[
        Path | None,
        typer.Option(
            "--kb",
            metavar="DIR",
            help="Knowledge-base folder for the command that follows (also accepted after the command).",
            show_default=False,
            callback=global_kb,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="[nl|en]",
            help="Language of all output: nl (default) or en; also $GGZNET_LANG.",
            show_default=False,
        ),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never send long output through a pager ($GGZNET_PAGER, $PAGER, less).")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback for internal errors.")] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read every file; neither read nor write the "
            "indexed store in .ggznet-cache/ (same as GGZNET_NO_CACHE=1).",
        ),
    ] = False,
) -> None:
    """Keep track of regional ggz collaboration in a Git-versioned YAML knowledge base."""
    from ggznet.cli.lang import set_language

    ctx.obj = {"debug": debug, "no_pager": no_pager, "kb": kb}
    try:
        set_language(lang)
    except GgznetError as exc:
        from ggznet.cli.console import say_failure

        say_failure(exc)
        raise typer.Exit(int(exc.exit_status)) from None
    if no_cache:  # every knowledge base this run opens, through the variable; put back when the run ends
        import os

        previous = os.environ.get("GGZNET_NO_CACHE")
        os.environ["GGZNET_NO_CACHE"] = "1"

        def restore() -> None:
            if previous is None:
                os.environ.pop("GGZNET_NO_CACHE", None)
            else:
                os.environ["GGZNET_NO_CACHE"] = previous

        ctx.call_on_close(restore)


def with_common_options(function: Callable[..., Any], *, paged: bool) -> Callable[..., Any]:
    """The command with `--lang` (and, for commands that print, `--no-pager`) added to its options."""
    signature = inspect.signature(function, eval_str=True)
    extra = [inspect.Parameter("lang", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=LangOption)]
    if paged:
        extra.append(
            inspect.Parameter("no_pager", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=NoPagerOption)
        )
    names = {p.name for p in extra}
    kept = [p for p in signature.parameters.values() if p.name not in names]

    @functools.wraps(function)
    def command(*args: Any, **kwargs: Any) -> Any:
        for name in names:
            kwargs.pop(name, None)
        return function(*args, **kwargs)

    command.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[
            *(p.replace(kind=inspect.Parameter.KEYWORD_ONLY) if p.kind is p.POSITIONAL_OR_KEYWORD else p for p in kept),
            *extra,
        ]
    )
    command.__annotations__ = {p.name: p.annotation for p in [*kept, *extra]}
    return command


def add(target: typer.Typer, name: str, function: Callable[..., Any], *, paged: bool | None = None) -> None:
    """Register a command with the common options; by default it pages when it is in PAGED."""
    paged = name in PAGED if paged is None else paged
    target.command(name, cls=GgznetCommand)(with_common_options(function, paged=paged))


# Every command, in the order `ggznet --help` lists them: (name, module in ggznet.cli, function), or for a
# group of subcommands (name, help, [(subcommand, module, function), ...]).
COMMANDS: list[tuple[str, str, str] | tuple[str, str, list[tuple[str, str, str]]]] = [
    ("validate", "cmd_validate", "validate"),
    ("explain", "cmd_validate", "explain"),
    ("list", "cmd_query", "list_records"),
    ("show", "cmd_query", "show"),
    ("search", "cmd_query", "search"),
    ("actions", "cmd_query", "actions"),
    ("report", "cmd_report", "report"),
    ("briefing", "cmd_report", "briefing"),
    ("new", "cmd_edit", "new"),
    ("set", "cmd_edit", "set_value"),
    ("link", "cmd_edit", "link"),
    ("unlink", "cmd_edit", "unlink"),
    ("rename", "cmd_edit", "rename"),
    (
        "action",
        "Add action items to a meeting or mark them done.",
        [("add", "cmd_edit", "action_add"), ("done", "cmd_edit", "action_done")],
    ),
    (
        "source",
        "Add, change, remove or list the sources of a record.",
        [
            ("add", "cmd_source", "add"),
            ("set", "cmd_source", "set_source"),
            ("remove", "cmd_source", "remove"),
            ("list", "cmd_source", "list_sources"),
        ],
    ),
    ("changes", "cmd_git", "changes"),
    ("history", "cmd_git", "history"),
    ("schema", "cmd_git", "schema"),
    ("graph", "cmd_network", "graph"),
    ("network", "cmd_network", "network"),
    ("compare", "cmd_network", "compare"),
    (
        "export",
        "Write the whole knowledge base as an Excel workbook or an SQLite database.",
        [("xlsx", "cmd_export", "export_xlsx"), ("sqlite", "cmd_export", "export_sqlite")],
    ),
    ("calendar", "cmd_export", "calendar"),
    ("init", "cmd_init", "init"),
    ("site", "cmd_site", "site"),
]
GLOBAL_WITH_VALUE = ("--kb", "--lang")
GLOBAL_FLAGS = ("--no-pager", "--debug", "--no-cache")


def _function(module: str, name: str) -> Callable[..., Any]:
    import importlib

    found: Callable[..., Any] = getattr(importlib.import_module(f"ggznet.cli.{module}"), name)
    return found


def make_app(only: str | None = None) -> typer.Typer:
    """The application with every command, or (`only`) with just that one: a run builds and imports only
    the command it runs, while the full application answers `--help`, completion and unknown commands."""
    made = typer.Typer(
        cls=GgznetGroup,
        name="ggznet",
        help="Keep track of regional ggz collaboration: regions, actors, initiatives and meetings in a "
        "Git-versioned YAML knowledge base.",
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    made.callback()(main_options)
    for entry in COMMANDS:
        name = entry[0]
        if only is not None and name != only:
            continue
        if isinstance(entry[2], list):
            group = typer.Typer(cls=GgznetGroup, help=entry[1], no_args_is_help=True)
            for sub, module, function in entry[2]:
                add(group, sub, _function(module, function), paged=False)
            made.add_typer(group, name=name)
        else:
            add(made, name, _function(entry[1], entry[2]))
    return made


def command_in(argv: list[str]) -> str | None:
    """The command an argument list runs, when it names one after nothing but global options; else None."""
    at = 0
    while at < len(argv):
        word = argv[at]
        if word in GLOBAL_WITH_VALUE:
            at += 2
        elif word in GLOBAL_FLAGS or word.startswith(tuple(f"{o}=" for o in GLOBAL_WITH_VALUE)):
            at += 1
        elif word.startswith("-"):
            return None  # --help, --version or an option ggznet does not have: the full application answers
        else:
            return word if any(entry[0] == word for entry in COMMANDS) else None
    return None


_app: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    """`app`, the full application, made when first asked for (a run of one command makes only that one)."""
    global _app
    if name == "app":
        if _app is None:
            _app = make_app()
        return _app
    raise AttributeError(name)

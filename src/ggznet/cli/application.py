"""The Typer application: global options, the one error boundary, help without type names, and command registration."""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import TyperException

from ggznet import __version__
from ggznet.cli.options import LangOption, NoPagerOption, global_kb
from ggznet.errors import ExitStatus, GgznetError

PAGED = {
    "validate", "explain", "list", "show", "search", "actions", "report", "briefing", "changes", "history",
    "graph", "network", "compare", "schema",
}  # fmt: skip
"""Commands whose output goes through a pager on a terminal."""


def _metavar(param: Any) -> str:
    """How a value is shown in help: the declared metavar, the choices, or the name in capitals."""
    if param.metavar:
        return str(param.metavar)
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and descriptor.is_choice and descriptor.choices:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in descriptor.choices) + "]"
    return str(param.name or "value").upper().rstrip("_").replace("_", "-")


def _usage_pieces(command: Any, ctx: Any) -> list[str]:
    pieces = ["[OPTIONS]"]
    for param in command.get_params(ctx):
        if param.param_type_name != "argument":
            continue
        name = param.metavar or str(param.name).upper()
        name = name if param.required else f"[{name}]"
        pieces.append(name + ("..." if param.nargs != 1 else ""))
    return pieces


def _help_record(param: Any) -> tuple[str, str] | None:
    if param.hidden:
        return None
    if param.param_type_name == "argument":
        return (param.metavar or str(param.name).upper(), param.help or "")
    names = ", ".join(sorted(param.opts, key=len) + list(param.secondary_opts))
    extra = []
    if not param.is_flag and not getattr(param, "count", False):
        names += " " + _metavar(param)
        default = param.default
        if getattr(param, "show_default", False) is True and default not in (None, "", [], ()):
            extra.append(f"default: {getattr(default, 'value', default)}")
    if param.required:
        extra.append("required")
    return names, (param.help or "") + (f"  [{'; '.join(extra)}]" if extra else "")


def _format_params(command: Any, ctx: Any, formatter: Any) -> None:
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        record = _help_record(param)
        if record is not None:
            (arguments if param.param_type_name == "argument" else options).append(record)
    if arguments:
        with formatter.section("Arguments"):
            formatter.write_dl(arguments)
    if options:
        with formatter.section("Options"):
            formatter.write_dl(options)


class GgznetCommand(TyperCommand):
    """A command whose help names values (`--due DATE`), not Python types."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage_pieces(self, ctx)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)


class GgznetGroup(TyperGroup):
    """Runs a command and turns every failure into a message and an exit code (0, 1, 2, 3); pages long output."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        from ggznet.cli.console import say_error
        from ggznet.cli.lang import t
        from ggznet.cli.pager import paged

        try:
            if ctx.parent is None and _command_name(ctx) in PAGED:
                with paged(_no_pager_requested(ctx)):
                    return super().invoke(ctx)
            return super().invoke(ctx)
        except GgznetError as exc:
            say_error(exc.message, exc.hint)
            raise typer.Exit(int(exc.exit_status)) from None
        except (TyperException, typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            say_error(t("interrupted"))
            raise typer.Exit(130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(int(ExitStatus.OK)) from None
        except Exception as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            say_error(
                t("internal error: {detail}", detail=f"{type(exc).__name__}: {exc}"),
                t("this is a bug in ggznet; run again with --debug for the traceback and report it"),
            )
            raise typer.Exit(int(ExitStatus.INTERNAL)) from None


def _command_name(ctx: Any) -> str | None:
    names = getattr(ctx, "_protected_args", None) or getattr(ctx, "protected_args", None) or []
    return str(names[0]) if names else None


def _no_pager_requested(ctx: Any) -> bool:
    """--no-pager before the command (already parsed) or after it (still among the command's arguments)."""
    args = list(ctx.args)
    if "--" in args:
        args = args[: args.index("--")]
    return bool(ctx.params.get("no_pager")) or "--no-pager" in args


app = typer.Typer(
    cls=GgznetGroup,
    name="ggznet",
    help="Keep track of regional ggz collaboration: regions, actors, initiatives and meetings in a "
    "Git-versioned YAML knowledge base.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"ggznet {__version__}")
        raise typer.Exit()


@app.callback()
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
        from ggznet.cli.console import say_error

        say_error(exc.message, exc.hint)
        raise typer.Exit(int(exc.exit_status)) from None
    if no_cache:
        import os

        os.environ["GGZNET_NO_CACHE"] = "1"


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


def _register() -> None:
    from ggznet.cli import (
        cmd_edit,
        cmd_export,
        cmd_git,
        cmd_init,
        cmd_network,
        cmd_query,
        cmd_report,
        cmd_source,
        cmd_validate,
    )

    add(app, "validate", cmd_validate.validate)
    add(app, "explain", cmd_validate.explain)
    add(app, "list", cmd_query.list_records)
    add(app, "show", cmd_query.show)
    add(app, "search", cmd_query.search)
    add(app, "actions", cmd_query.actions)
    add(app, "report", cmd_report.report)
    add(app, "briefing", cmd_report.briefing)
    add(app, "new", cmd_edit.new)
    add(app, "set", cmd_edit.set_value)
    add(app, "link", cmd_edit.link)
    add(app, "unlink", cmd_edit.unlink)
    add(app, "rename", cmd_edit.rename)
    action_app = typer.Typer(
        cls=GgznetGroup, help="Add action items to a meeting or mark them done.", no_args_is_help=True
    )
    add(action_app, "add", cmd_edit.action_add, paged=False)
    add(action_app, "done", cmd_edit.action_done, paged=False)
    app.add_typer(action_app, name="action")
    source_app = typer.Typer(
        cls=GgznetGroup, help="Add, change, remove or list the sources of a record.", no_args_is_help=True
    )
    add(source_app, "add", cmd_source.add, paged=False)
    add(source_app, "set", cmd_source.set_source, paged=False)
    add(source_app, "remove", cmd_source.remove, paged=False)
    add(source_app, "list", cmd_source.list_sources, paged=False)
    app.add_typer(source_app, name="source")
    add(app, "changes", cmd_git.changes)
    add(app, "history", cmd_git.history)
    add(app, "schema", cmd_git.schema)
    add(app, "graph", cmd_network.graph)
    add(app, "network", cmd_network.network)
    add(app, "compare", cmd_network.compare)
    export_app = typer.Typer(
        cls=GgznetGroup,
        help="Write the whole knowledge base as an Excel workbook or an SQLite database.",
        no_args_is_help=True,
    )
    add(export_app, "xlsx", cmd_export.export_xlsx, paged=False)
    add(export_app, "sqlite", cmd_export.export_sqlite, paged=False)
    app.add_typer(export_app, name="export")
    add(app, "calendar", cmd_export.calendar)
    add(app, "init", cmd_init.init)
    from ggznet.cli import cmd_site

    add(app, "site", cmd_site.site)


_register()

"""The Typer application: global options, the one error boundary, and command registration."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from ggznet import __version__
from ggznet.errors import ExitStatus, GgznetError


class GgznetGroup(TyperGroup):
    """Runs a command and turns every failure into a message and an exit code (0, 1, 2, 3)."""

    def invoke(self, ctx: Any) -> Any:
        from ggznet.cli.console import say_error

        try:
            return super().invoke(ctx)
        except GgznetError as exc:
            say_error(exc.message, exc.hint)
            raise typer.Exit(int(exc.exit_status)) from None
        except (TyperException, typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            say_error("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(int(ExitStatus.OK)) from None
        except Exception as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            say_error(
                f"internal error: {type(exc).__name__}: {exc}",
                "this is a bug in ggznet; run again with --debug for the traceback and report it",
            )
            raise typer.Exit(int(ExitStatus.INTERNAL)) from None


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
    ctx.obj = {"debug": debug}
    if no_cache:
        import os

        os.environ["GGZNET_NO_CACHE"] = "1"


def _register() -> None:
    from ggznet.cli import cmd_edit, cmd_export, cmd_git, cmd_init, cmd_network, cmd_query, cmd_report, cmd_validate

    app.command("validate")(cmd_validate.validate)
    app.command("explain")(cmd_validate.explain)
    app.command("list")(cmd_query.list_records)
    app.command("show")(cmd_query.show)
    app.command("search")(cmd_query.search)
    app.command("actions")(cmd_query.actions)
    app.command("report")(cmd_report.report)
    app.command("briefing")(cmd_report.briefing)
    app.command("new")(cmd_edit.new)
    app.command("set")(cmd_edit.set_value)
    app.command("link")(cmd_edit.link)
    app.command("unlink")(cmd_edit.unlink)
    app.command("rename")(cmd_edit.rename)
    app.add_typer(cmd_edit.action_app, name="action")
    app.command("changes")(cmd_git.changes)
    app.command("history")(cmd_git.history)
    app.command("schema")(cmd_git.schema)
    app.command("graph")(cmd_network.graph)
    app.command("network")(cmd_network.network)
    app.command("compare")(cmd_network.compare)
    app.add_typer(cmd_export.export_app, name="export")
    app.command("calendar")(cmd_export.calendar)
    app.command("init")(cmd_init.init)


_register()

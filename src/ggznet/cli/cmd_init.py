"""`ggznet init`: start a knowledge-base repository for a new region."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ggznet import ACTION_REPOSITORY, __version__


def init(
    folder: Annotated[Path, typer.Argument(help="Folder for the new repository (new or empty).", show_default=False)],
    name: Annotated[
        str | None, typer.Option("--name", help="The region's name, for the README.", show_default=False)
    ] = None,
    action: Annotated[
        str | None,
        typer.Option(
            "--action",
            metavar="OWNER/REPO@REF",
            help="The ggznet repository and release tag that CI and pre-commit use. "
            f"Default: {ACTION_REPOSITORY}@v{__version__}.",
            show_default=False,
        ),
    ] = None,
    add_missing: Annotated[
        bool,
        typer.Option("--add-missing", help="FOLDER may hold files already: add only the missing ones, change nothing."),
    ] = False,
) -> None:
    """Start a knowledge base for a region: data/ folders, the shared themes, a Dutch README, JSON Schemas
    with VS Code settings, pre-commit, and a GitHub workflow that checks every pull request."""
    from ggznet.api import init_repository
    from ggznet.cli.console import err
    from ggznet.cli.lang import t, tn

    result = init_repository(folder, action=action, name=name, add_missing=add_missing)
    console = err()
    for rel in result.kept:
        console.print(t("exists already, left alone: {path}", path=rel))
    count = len(result.created)
    console.print(
        tn("{count} file created in {root}", "{count} files created in {root}", count, count=count, root=result.root)
    )
    if result.created:
        console.print(
            t("Next steps:") + "\n"
            f"  cd {result.root}\n"
            f'  git init && git add . && git commit -m "{t("Knowledge base started")}"\n'
            '  ggznet new region --name "…" --type regio --source "…"\n'
            "  ggznet validate"
        )

"""The command-line interface: a Typer app whose commands parse options and call the library."""

from __future__ import annotations

import gc
import os
import sys
from typing import Any


def main() -> None:
    """Console-script entry point. `--version` answers before anything heavy is imported."""
    if sys.argv[1:] == ["--version"]:
        from ggznet import __version__

        print(f"ggznet {__version__}")
        return
    # Pydantic looks for plugins (entry points of every installed package, 20-30 ms) before it builds the
    # first validator. ggznet's own process uses none; a library user's process is left alone, and a
    # value the user set (to name plugins to leave out) is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    gc.disable()  # start-up makes tens of thousands of objects that live as long as the run: none to collect
    try:
        from ggznet.cli.application import command_in, make_app

        app = make_app(only=command_in(sys.argv[1:]))
    finally:
        gc.enable()
        gc.freeze()  # out of every later collection
    app(prog_name="ggznet")


def __getattr__(name: str) -> Any:
    if name == "app":  # imported lazily, so that `ggznet --version` does not load Typer
        from ggznet.cli.application import app

        return app
    raise AttributeError(name)


__all__ = ["app", "main"]

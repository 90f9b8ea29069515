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
    _no_plugin_loader()
    gc.disable()  # start-up makes tens of thousands of objects that live as long as the run: none to collect
    try:
        from ggznet.cli.application import command_in, make_app

        app = make_app(only=command_in(sys.argv[1:]))
    finally:
        gc.enable()
        gc.freeze()  # out of every later collection
    app(prog_name="ggznet")


_ALL_PLUGINS_OFF = ("__all__", "1", "true")  # the values for which Pydantic's `get_plugins` returns no plugin


def _no_plugin_loader() -> None:
    """With every Pydantic plugin switched off, Pydantic's plugin loader finds none, but importing it still imports
    `importlib.metadata` (and the `email` package with it: 10-15 ms): a loader that answers the same without it
    stands in for it, in the command line's own process only, and only before Pydantic has loaded its own."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _ALL_PLUGINS_OFF or "pydantic.plugin._loader" in sys.modules:
        return
    import types

    loader = types.ModuleType("pydantic.plugin._loader", "No Pydantic plugins: every one is switched off.")

    def get_plugins() -> tuple[()]:
        return ()

    vars(loader)["get_plugins"] = get_plugins
    sys.modules["pydantic.plugin._loader"] = loader


def __getattr__(name: str) -> Any:
    if name == "app":  # imported lazily, so that `ggznet --version` does not load Typer
        from ggznet.cli.application import app

        return app
    raise AttributeError(name)


__all__ = ["app", "main"]

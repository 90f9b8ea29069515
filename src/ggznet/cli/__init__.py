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


def __getattr__(name: str) -> Any:
    if name == "app":  # imported lazily, so that `ggznet --version` does not load Typer
        from ggznet.cli.application import app

        return app
    raise AttributeError(name)


__all__ = ["app", "main"]


_PLUGIN_LOADER = "pydantic.plugin._loader"


def _no_plugin_loader() -> None:
    """With every plugin disabled, Pydantic's plugin loader finds none, but importing it imports
    `importlib.metadata` (about 20 ms) when the first validator is built: stand in for it with a module
    whose `get_plugins` gives none, as the loader's own does then. Any other name asked of it loads the
    real loader."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true") or _PLUGIN_LOADER in sys.modules:
        return
    import types

    def get_plugins() -> tuple[()]:
        return ()

    def real(name: str) -> object:
        if name.startswith("__"):  # what the import system asks of every module (`__path__`, …): not there
            raise AttributeError(name)
        import importlib

        sys.modules.pop(_PLUGIN_LOADER, None)
        return getattr(importlib.import_module(_PLUGIN_LOADER), name)

    stand_in = types.ModuleType(_PLUGIN_LOADER)
    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]  # a module's attributes are set at run time
    stand_in.__getattr__ = real  # type: ignore[method-assign]  # module-level __getattr__ (PEP 562)
    sys.modules[_PLUGIN_LOADER] = stand_in

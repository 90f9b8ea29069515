"""The command-line interface: a Typer app whose commands parse options and call the library."""

from __future__ import annotations

from ggznet.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app(prog_name="ggznet")


__all__ = ["app", "main"]

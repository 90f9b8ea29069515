"""Entry point for `python -m ggznet`."""

from ggznet.cli import main

main()

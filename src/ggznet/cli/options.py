"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

KbOption = Annotated[
    Path | None,
    typer.Option(
        "--kb",
        help="Knowledge-base folder (the one holding data/). Default: $GGZNET_KB, else the nearest "
        "folder upward from here that holds data/.",
        show_default=False,
    ),
]

AudienceOption = Annotated[
    str,
    typer.Option(
        "--audience",
        help="internal (default), or public: no record marked internal, nothing that points to one, "
        "no contact details.",
    ),
]

"""Documents made from a knowledge base with errors: a banner inside them, a summary on stderr, exit 1."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer

from ggznet.errors import ExitStatus

if TYPE_CHECKING:
    from ggznet.api import KnowledgeBase
    from ggznet.problems import Problem

AllowInvalid = Annotated[
    bool,
    typer.Option(
        "--allow-invalid",
        help="Exit 0 even when the knowledge base has errors (the output still carries a warning).",
    ),
]

SHOWN = 5  # problems listed on stderr; `ggznet validate` shows them all


@dataclass
class Integrity:
    """The errors of the knowledge base a document is made from, and how to say so."""

    errors: list[Problem]
    lang: str = "nl"  # of the document's banner; what is said on stderr is in the language of the run

    @property
    def banner(self) -> str | None:
        """The warning to put inside the output, or None for a valid knowledge base."""
        from ggznet.render.report import invalid_banner

        return invalid_banner(len(self.errors), self.lang)

    def finish(self, *, allow_invalid: bool) -> None:
        """After the output: the summary on stderr (in the language of this run), and exit 1 unless invalid data
        is allowed."""
        if not self.errors:
            return
        from ggznet.cli.console import err, warn
        from ggznet.cli.lang import t, tn
        from ggznet.cli.problemtext import localized

        n = len(self.errors)
        files = len({p.path for p in self.errors})
        warn(
            t(
                "the knowledge base has {errors} in {files}; this output is incomplete",
                errors=tn("{n} error", "{n} errors", n, n=n),
                files=tn("{n} file", "{n} files", files, n=files),
            )
        )
        console = err()
        for problem in map(localized, self.errors[:SHOWN]):
            console.print(f"  {problem.path}:{problem.line}: {problem.code} {problem.message}", markup=False)
        if n > SHOWN:
            console.print("  " + t("… {count} more", count=n - SHOWN), markup=False)
        console.print("  " + t("run `ggznet validate` for every problem; --allow-invalid exits 0 anyway"), markup=False)
        if not allow_invalid:
            raise typer.Exit(int(ExitStatus.PROBLEMS))


def message_lang() -> str:
    """The language of this run: --lang (before or after the command), else $GGZNET_LANG, else Dutch."""
    from ggznet.cli.lang import current

    return current()


def check(
    knowledge_base: KnowledgeBase, today: dt.date | None, lang: str = "nl", *, allow_invalid: bool = False
) -> Integrity:
    """Validate the knowledge base (as on `today`) before making a document from it."""
    result = knowledge_base.validate(today=today)
    if result.errors and not allow_invalid:
        from ggznet.cli.console import if_cut_short

        if_cut_short(int(ExitStatus.PROBLEMS))  # also when the reader stops reading the document early
    return Integrity(result.errors, lang if lang in ("nl", "en") else "nl")

"""The formats a command can write with `-o`: a small registry of writers per command, chosen by extension.

A `Writer` turns the command's payload (a `Document` for report and briefing, a `Listing` for the
listing commands, …) into text, bytes, or several files. A `Writers` registry holds the writers of one
command; `for_path` picks one by the file's extension and refuses, with the list of what the command
can write, an extension it cannot. Writers named as "module:function" are imported on first use, so
a heavy library (a Word or PDF writer) loads only when asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ggznet.errors import UsageError

Output = str | bytes | Mapping[str, str | bytes]
"""What a writer returns: text, bytes, or several files as {suffix added to the file's stem: content}."""

Label = Callable[[str], str]
"""A writer's description in the language of the run (the command line passes its own lookup; here none is kept)."""


@dataclass(frozen=True)
class Writer:
    """One output format of one command."""

    name: str  # what --format calls it: "md", "json", "docx"
    suffixes: tuple[str, ...]  # the file extensions that choose it, lower case with the dot: (".md", ".markdown")
    write: Callable[[Any], Output] | str  # the function, or "package.module:function" imported on first use
    description: str = ""  # a few words for help texts: "Markdown", "Word document"
    bom: bool = False  # text written to a file starts with a byte-order mark (CSV for spreadsheet programs)
    stdout_part: str | None = None  # for a writer of several files: the one printed when there is no -o

    def __call__(self, payload: Any) -> Output:
        function = self.write
        if isinstance(function, str):
            module, _, name = function.partition(":")
            function = getattr(importlib.import_module(module), name)
        result: Output = function(payload)
        return result


class Writers:
    """The writers of one command, by name and by file extension. `add` plugs in another format. `label` puts
    a writer's description into the language of the run when the command says what it can write."""

    def __init__(self, command: str, writers: Iterable[Writer] = (), *, label: Label = str) -> None:
        self.command = command
        self.label = label
        self._writers: dict[str, Writer] = {}
        for writer in writers:
            self.add(writer)

    def add(self, writer: Writer) -> None:
        """Register a format; one with the same name is replaced, its extensions move to the new one."""
        for other in list(self._writers.values()):
            taken = set(writer.suffixes) & set(other.suffixes)
            if taken and other.name != writer.name:
                raise ValueError(f"{self.command}: {', '.join(sorted(taken))} already written by `{other.name}`")
        self._writers[writer.name] = writer

    def names(self) -> list[str]:
        return list(self._writers)

    def suffixes(self) -> list[str]:
        return [s for w in self._writers.values() for s in w.suffixes]

    def __contains__(self, name: object) -> bool:
        return name in self._writers

    def get(self, name: str) -> Writer:
        """The writer called `name`; a usage error naming the valid ones otherwise."""
        writer = self._writers.get(name)
        if writer is None:
            raise UsageError(
                f"--format: `{self.command}` cannot write `{name}`", f"choose one of: {', '.join(self.names())}"
            )
        return writer

    def for_path(self, path: Path) -> Writer:
        """The writer chosen by the file's extension; a usage error listing the extensions otherwise."""
        suffix = path.suffix.lower()
        for writer in self._writers.values():
            if suffix in writer.suffixes:
                return writer
        message = (
            f"-o: `{self.command}` cannot write `{suffix}` files"
            if suffix
            else f"-o: `{self.command}` cannot write `{path.name}` (a file name without an extension)"
        )
        raise UsageError(message, f"it writes: {self.describe()}")

    def choose(self, name: str | None, output: Path | None, *, default: str) -> Writer:
        """The writer for --format `name` and -o `output`: the two must agree when both are given.

        A file name without an extension takes the format --format names; without --format it is refused.
        """
        by_path = self.for_path(output) if output is not None and (output.suffix or name is None) else None
        if name is not None:
            writer = self.get(str(name))
            if by_path is not None and by_path.name != writer.name:
                raise UsageError(
                    f"--format {writer.name} does not match -o {output.name if output else ''}",
                    f"give a file ending in {' or '.join(writer.suffixes) or 'nothing'}, or leave out --format",
                )
            return writer
        return by_path or self.get(default)

    def describe(self) -> str:
        """`.md (Markdown); .json (JSON)` — what the command can write, for messages and help; each description
        given by `label`."""
        parts = []
        for writer in self._writers.values():
            if writer.suffixes:
                label = f" ({self.label(writer.description)})" if writer.description else ""
                parts.append(", ".join(writer.suffixes) + label)
        return "; ".join(parts)

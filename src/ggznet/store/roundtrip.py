"""Round-trip YAML with ruamel.yaml: read a record keeping comments and layout, write it back unchanged.

This is the only module that imports ruamel.yaml. Edits go through it so that untouched lines stay
byte-identical; the bulk read path (`yamlfast`) never uses it.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any, TypeGuard

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from ggznet.errors import EditRefused

# (mapping indent, sequence indent, dash offset) layouts tried in turn; the first that reproduces
# the file exactly is used for writing it back.
LAYOUTS = [(2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 3, 1), (3, 5, 3)]


def _yaml(layout: tuple[int, int, int] = LAYOUTS[0]) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    yaml.width = 4096  # never re-wrap long lines
    yaml.indent(mapping=layout[0], sequence=layout[1], offset=layout[2])
    return yaml


def load(text: str) -> Any:
    """Parse text into ruamel's commented structures (CommentedMap/CommentedSeq)."""
    return _yaml().load(text)


def _dump(data: Any, layout: tuple[int, int, int]) -> str:
    stream = io.StringIO()
    _yaml(layout).dump(data, stream)
    return stream.getvalue()


class Document:
    """One record file held for editing: its data with comments, and how to write it back the same way."""

    def __init__(self, text: str, path: str = "") -> None:
        self.path = path
        self.bom = text.startswith("\ufeff")
        body = text.removeprefix("\ufeff")
        self.crlf = "\r\n" in body
        body = body.replace("\r\n", "\n")
        try:
            self.data = load(body)
        except (YAMLError, ValueError) as exc:
            raise EditRefused(
                f"{path}: cannot be read for editing: {exc}", "fix it by hand first (see ggznet validate)"
            ) from None
        if not isinstance(self.data, CommentedMap):
            raise EditRefused(f"{path}: is not a mapping; fix it by hand first")
        for layout in LAYOUTS:
            if _dump(self.data, layout) == body:
                self.layout = layout
                break
        else:
            raise EditRefused(
                f"{path}: its layout cannot be written back unchanged, so ggznet will not edit it",
                "edit this file by hand, or normalise its indentation to two spaces",
            )

    def dump(self) -> str:
        text = _dump(self.data, self.layout)
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return ("\ufeff" if self.bom else "") + text


def dump_new(data: Any, header: str = "") -> str:
    """Text for a new record file in the house layout (two spaces, dashes indented)."""
    return header + _dump(data, LAYOUTS[0])


def to_plain(data: Any) -> Any:
    """ruamel's structures as plain Python values, for comparison with the fast read path."""
    if isinstance(data, CommentedMap | dict):
        return {to_plain(k): to_plain(v) for k, v in data.items()}
    if isinstance(data, CommentedSeq | list):
        return [to_plain(v) for v in data]
    if isinstance(data, bool) or data is None:
        return data
    if isinstance(data, int):
        return int(data)
    if isinstance(data, float):
        return float(data)
    if isinstance(data, dt.datetime):
        return data.isoformat()
    if isinstance(data, dt.date):  # ruamel reads timestamps; YAML 1.2's core schema keeps them as text
        return data.isoformat()
    if isinstance(data, str):
        return str(data)
    return data


def new_map(pairs: list[tuple[str, Any]] | None = None, *, flow: bool = False) -> CommentedMap:
    mapping = CommentedMap(pairs or [])
    if flow:
        mapping.fa.set_flow_style()
    return mapping


def is_flow(value: Any) -> bool:
    """True for a mapping or list written in flow style (`{a: 1}`, `[a, b]`)."""
    fa = getattr(value, "fa", None)
    return bool(fa is not None and fa.flow_style())


def new_seq(items: list[Any] | None = None, *, flow: bool = False) -> CommentedSeq:
    seq = CommentedSeq(items or [])
    if flow:
        seq.fa.set_flow_style()
    return seq


def is_map(value: Any) -> bool:
    return isinstance(value, CommentedMap)


def is_seq(value: Any) -> TypeGuard[list[Any]]:
    return isinstance(value, CommentedSeq)

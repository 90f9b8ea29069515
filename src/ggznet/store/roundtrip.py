"""Round-trip YAML with ruamel.yaml: read a record keeping comments and layout, write it back unchanged.

This is the only module that imports ruamel.yaml. Edits go through it so that untouched lines stay
byte-identical; the bulk read path (`yamlfast`) never uses it.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.version = None  # YAML 1.2 (ruamel's default); no %YAML directive written
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    yaml.width = 4096  # never re-wrap long lines
    return yaml


def load(text: str) -> Any:
    """Parse text into ruamel's commented structures (CommentedMap/CommentedSeq)."""
    return _yaml().load(text)


def dump(data: Any, *, line_ending: str = "\n", bom: bool = False) -> str:
    stream = io.StringIO()
    yaml = _yaml()
    yaml.indent(mapping=_indent(data)[0], sequence=_indent(data)[1], offset=_indent(data)[2])
    yaml.dump(data, stream)
    text = stream.getvalue()
    if line_ending != "\n":
        text = text.replace("\n", line_ending)
    return ("\ufeff" if bom else "") + text


def _indent(data: Any) -> tuple[int, int, int]:
    return getattr(data, "_ggznet_indent", (2, 4, 2))


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
        return data
    if isinstance(data, dt.date):
        return dt.date(data.year, data.month, data.day)
    if isinstance(data, str):
        return str(data)
    return data

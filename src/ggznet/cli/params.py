"""Typer's coercion of option values, made only for a value that needs it (a plain value needs no Pydantic).

Typer 0.29 builds a Pydantic TypeAdapter for every parameter of the command it runs, also for options
left at their default, and importing Pydantic and building those adapters cost a good part of a
command's start-up. `defer` gives each parameter a coercion that hands plain values back the way
Typer's would (None, a string for `str`, a member for an enum, a canonical number, a path, a date
through the option's own parser) and builds Typer's own coercion for anything else, errors included:
whenever a shortcut is unsure, Typer decides.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

_NUMBER = re.compile(r"0|[1-9][0-9]{0,8}")
_UNSURE = object()


class DeferredCoercion:
    """What Typer's `RuntimeParam` does for one parameter; Typer's own is built on first need."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._typer: Any = None

    def typer(self) -> Any:
        if self._typer is None:
            from typer._coercion import build_runtime_param

            self._typer = build_runtime_param(self.descriptor)
        return self._typer

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:
            return () if multiple else None  # as Typer does, before any coercion
        found = _UNSURE
        try:
            if multiple and isinstance(value, list | tuple) and get_origin(self.descriptor.annotation) is list:
                (item_type,) = get_args(self.descriptor.annotation)
                items = [self._plain(item, item_type, ctx) for item in value]
                found = _UNSURE if any(i is _UNSURE for i in items) else items
            elif not multiple:
                found = self._plain(value, self.descriptor.annotation, ctx)
        except Exception:
            found = _UNSURE
        if found is _UNSURE:
            return self.typer().coerce(value, param=param, ctx=ctx)
        return found

    def _plain(self, value: Any, annotation: Any, ctx: Any) -> Any:
        """The value Typer's coercion gives for a plain value, or _UNSURE."""
        info = self.descriptor.parameter_info
        if self.descriptor.file_annotation is not None:
            return _UNSURE
        if info.parser is not None:
            return info.parser(value)
        if annotation is str and type(value) is str:
            return value
        if annotation is bool and type(value) is bool:
            return value
        if annotation is int and not info.clamp:
            number = (
                value
                if type(value) is int
                else int(value)
                if isinstance(value, str) and _NUMBER.fullmatch(value)
                else None
            )
            if (
                number is None
                or (info.min is not None and number < info.min)
                or (info.max is not None and number > info.max)
            ):
                return _UNSURE
            return number
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            from typer._param_types import coerce_cli_choice

            return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        if annotation is Path and isinstance(value, str) and value and "\x00" not in value and info.path_type is None:
            from typer._param_types import coerce_cli_path

            return coerce_cli_path(Path(value), info, path_type=Path, param=None, ctx=ctx)
        return _UNSURE


def defer(params: list[Any]) -> list[Any]:
    """Give each Typer parameter a deferred coercion (parameters of another shape are left to Typer, and so is
    every parameter when this Typer lacks the pieces used here)."""
    try:
        from typer._coercion import build_runtime_param  # noqa: F401 - only whether they are there
        from typer._param_types import coerce_cli_choice, coerce_cli_path  # noqa: F401
    except ImportError:  # pragma: no cover - another Typer: its own coercion throughout
        return params
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", _UNSURE) is None:
            param._runtime_param = DeferredCoercion(descriptor)
    return params

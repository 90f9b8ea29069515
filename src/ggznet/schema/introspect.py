"""Looking into the record models: which model and field a path inside a record leads to."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ggznet.schema.records import Record

COMMON_FIELDS = ("description", "tags", "internal", "sources", "verified_on")


def unwrap(annotation: Any) -> list[Any]:
    """Flatten Optional/Union/list/Annotated to the plain classes inside."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list):
        return [cls for arg in typing.get_args(annotation) for cls in unwrap(arg)]
    return [annotation]


def is_list(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return is_list(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return any(is_list(a) for a in typing.get_args(annotation))
    return origin is list


def model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model that holds the mapping at `loc` (list indexes skipped); None past plain values."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part)
        if info is None:
            return None
        nested = [c for c in unwrap(info.annotation) if isinstance(c, type) and issubclass(c, BaseModel)]
        current = nested[0] if nested else None
    return current


def field_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> FieldInfo | None:
    """The field a path ends in (a list index at the end means the list's field)."""
    names = [i for i, p in enumerate(loc) if isinstance(p, str)]
    if not names:
        return None
    last = names[-1]
    parent = model_at(model, loc[:last])
    if parent is None:
        return None
    return parent.model_fields.get(str(loc[last]))


def key_order(model: type[BaseModel]) -> list[str]:
    """The house order of keys in a written record: id, the kind's own fields, then the common ones."""
    names = list(model.model_fields)
    if issubclass(model, Record):
        own = [n for n in names if n != "id" and n not in COMMON_FIELDS]
        return ["id", *own, *COMMON_FIELDS]
    return names

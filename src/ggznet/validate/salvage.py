"""What is still usable of a record that failed its schema: the valid fields, so checks can see them."""

from __future__ import annotations

import types
import typing
from functools import cache
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

M = TypeVar("M", bound=BaseModel)


def salvage(model: type[M], data: dict[str, Any]) -> M:
    """`model` built from the parts of `data` that are valid, without validating the whole.

    An invalid or missing field is None (an empty list for list fields); a nested mapping is salvaged
    the same way, and a list keeps every position (an invalid item becomes None or a salvaged mapping),
    so field paths still point at the right line. The result is for checks only: it may hold None
    where the model's types do not allow it, so it never goes into the index that reports read.
    """
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name not in data:
            values[name] = [] if _list_item(info.annotation) is not None else None
            if not info.is_required() and values[name] is None:
                values[name] = info.get_default(call_default_factory=True)
            continue
        values[name] = _value(model, name, data[name])
    return model.model_construct(**values)


def _value(model: type[BaseModel], name: str, raw: Any) -> Any:
    info = model.model_fields[name]
    try:
        return _field_adapter(model, name).validate_python(raw)
    except ValidationError:
        pass
    item = _list_item(info.annotation)
    if item is not None:
        return [_item(item, x) for x in raw] if isinstance(raw, list) else []
    nested = _nested_model(info.annotation)
    if nested is not None and isinstance(raw, dict):
        return salvage(nested, raw)
    return None


def _item(annotation: Any, raw: Any) -> Any:
    try:
        return _adapter(annotation).validate_python(raw)
    except ValidationError:
        nested = _nested_model(annotation)
        if nested is not None:
            return salvage(nested, raw if isinstance(raw, dict) else {})
        return None


@cache
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = model.model_fields[name]
    annotation: Any = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    return TypeAdapter(annotation)


@cache
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


def _list_item(annotation: Any) -> Any | None:
    """The item type of a list field (through Annotated and Optional), or None."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _list_item(typing.get_args(annotation)[0])
    if origin is list:
        return typing.get_args(annotation)[0]
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _list_item(arg)
            if found is not None:
                return found
    return None


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model class of a (possibly optional) nested mapping field, or None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _nested_model(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
    return None

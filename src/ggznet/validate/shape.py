"""Turn one file's parsed data into a record, or into problems that name the field and the fix; and
salvage what is still usable of a record that failed its schema, so that checks can see its valid fields."""

from __future__ import annotations

import types
import typing
from enum import Enum
from functools import cache
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from ggznet.problems import Problem, dotted, error
from ggznet.schema import Record
from ggznet.schema.introspect import field_at, model_at, unwrap
from ggznet.suggest import did_you_mean, format_suggestions, key_suggestions
from ggznet.validate.relations import retired_fields

_TYPE_WORDS = {
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping of keys to values",
    "model_type": "a mapping of keys to values",
    "model_attributes_type": "a mapping of keys to values",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    text = str(value)
    return f"`{text[:60]}{'…' if len(text) > 60 else ''}`"


def _enum_of(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[Enum] | None:
    info = field_at(model, loc)
    if info is None:
        return None
    enums = [c for c in unwrap(info.annotation) if isinstance(c, type) and issubclass(c, Enum)]
    return enums[0] if enums else None


def _clean_loc(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Keep the part of pydantic's error location that exists in the data (drops union branch names)."""
    out: list[str | int] = []
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and out[-1:] != [part]:
            # a key that is missing or unknown: keep it as the last part, then stop
            if part in ("function-after", "function-before") or "[" in part:
                continue
            out.append(part)
            break
    return tuple(out)


def problems_from_validation(
    exc: ValidationError, model: type[Record], data: dict[str, Any], path: str
) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str | int, ...]] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(data, tuple(err["loc"]))
        if loc in seen:
            continue  # one problem per place: unions report once per branch
        seen.add(loc)
        kind = err["type"]
        field = dotted(loc) or "(top level)"
        value = err.get("input")
        if kind == "extra_forbidden":
            parent = model_at(model, loc[:-1])
            allowed = list(parent.model_fields) if parent else []
            hint = format_suggestions(key_suggestions(str(loc[-1]), allowed))
            if hint is None and allowed:
                hint = "allowed here: " + ", ".join(allowed)
            problems.append(error("unknown-field", path, f"unknown field `{field}`", hint, loc=loc))
        elif kind == "missing":
            problems.append(
                error("missing-field", path, f"missing required field `{field}`", f"add `{loc[-1]}:`", loc=loc)
            )
        elif kind in ("enum", "literal_error"):
            enum = _enum_of(model, loc)
            allowed_values = [str(m.value) for m in enum] if enum else []
            hint = format_suggestions(did_you_mean(str(value), allowed_values))
            listing = ", ".join(allowed_values)
            problems.append(
                error("bad-value", path, f"`{field}`: {_describe(value)} is not one of: {listing}", hint, loc=loc)
            )
        elif kind in ("partial_date", "full_date") or kind.startswith("date"):
            problems.append(
                error("bad-date", path, f"`{field}`: {err['msg']}", "write a date like 2023-03-24", loc=loc)
            )
        elif kind == "string_pattern_mismatch" or (kind == "string_too_long" and field.endswith("id")):
            problems.append(
                error(
                    "bad-id",
                    path,
                    f"`{field}`: {_describe(value)} is not a valid id",
                    "ids are lowercase letters and digits joined by single hyphens (e.g. `overlegtafel-ggz`)",
                    loc=loc,
                )
            )
        elif kind in _TYPE_WORDS:
            expected = _TYPE_WORDS[kind]
            hint = "write a list, e.g. `[twente]`, even for one item" if kind == "list_type" else None
            problems.append(
                error("wrong-type", path, f"`{field}` should be {expected}, not {_describe(value)}", hint, loc=loc)
            )
        elif kind == "url":
            problems.append(error("bad-value", path, f"`{field}`: {err['msg']}", "write https://…", loc=loc))
        elif kind == "too_short":
            problems.append(error("missing-field", path, f"`{field}` needs at least one item", loc=loc))
        else:
            problems.append(error("wrong-type", path, f"`{field}`: {err['msg']}", loc=loc))
    return problems


def build_record(model: type[Record], data: Any, path: str) -> tuple[Record | None, list[Problem]]:
    if not isinstance(data, dict):
        what = "empty" if data is None else f"{_describe(data)}"
        return None, [
            error(
                "root-not-mapping",
                path,
                f"a record file holds one mapping of keys to values; this one is {what}",
                "start the file with `id: …` on its own line",
                line=1,
                column=1,
            )
        ]
    data, retired = retired_fields(getattr(model, "kind", ""), data, path)
    try:
        return model.model_validate(data), retired
    except ValidationError as exc:
        return None, [*retired, *problems_from_validation(exc, model, data, path)]


# -- salvage ----------------------------------------------------------------------------------------

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

"""JSON Schema for each record kind, from the models as authors write them (for editors and other validators)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from ggznet.schema.records import RECORD_TYPES, Vocabulary

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schemas() -> dict[str, dict[str, Any]]:
    """`{file name: schema}` for every record kind and the vocabulary file."""
    models: dict[str, type[BaseModel]] = {**RECORD_TYPES, "vocabulary": Vocabulary}
    schemas: dict[str, dict[str, Any]] = {}
    for name, model in models.items():
        schema = model.model_json_schema(mode="validation")
        schema = {"$schema": SCHEMA_DIALECT, "$id": f"{name}.schema.json", **schema}
        schemas[f"{name}.schema.json"] = schema
    return schemas


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"

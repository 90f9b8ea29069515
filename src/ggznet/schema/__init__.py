"""Record schemas: Pydantic models, vocabularies and value types; no I/O."""

from ggznet.schema.records import (
    KIND_BY_FOLDER,
    RECORD_TYPES,
    Action,
    Actor,
    Initiative,
    Meeting,
    Record,
    Region,
    Term,
    Vocabulary,
)
from ggznet.schema.types import PartialDate

__all__ = [
    "KIND_BY_FOLDER",
    "RECORD_TYPES",
    "Action",
    "Actor",
    "Initiative",
    "Meeting",
    "PartialDate",
    "Record",
    "Region",
    "Term",
    "Vocabulary",
]

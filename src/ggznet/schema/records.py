"""Pydantic models of the four record kinds as authors write them in `data/`."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from ggznet.schema.types import FullDate, PartialDate, Slug, Text, Url
from ggznet.schema.vocab import (
    NOT_STATED,
    ActionStatus,
    ActorType,
    Domain,
    InitiativeStatus,
    InitiativeType,
    MeetingStatus,
    MeetingType,
    RegionType,
    Relation,
    Role,
)

_PLAIN = frozenset({str, int, float, bool})  # value types that are never an enum, a model or a list


def _empty() -> list[Any]:
    """A new empty list: the default of a list field. (Pydantic reads the signature of a field's default factory when
    it builds a model; a Python function's takes it about 0.1 ms less than the built-in `list`'s, for 32 fields.)"""
    return []


class Model(BaseModel):
    """Strict base: unknown keys are errors, values are not coerced across types."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, use_enum_values=False, str_strip_whitespace=False, defer_build=True
    )


class Source(Model):
    title: Text = Field(description="Title of the article, report or web page")
    publisher: Text | None = Field(None, description="Who published it")
    published: PartialDate | None = Field(None, description="Publication date as the source gives it")
    url: Url | None = Field(None, description="Web address (http or https)")


class Record(Model):
    """Fields every record kind has."""

    kind: ClassVar[str] = ""
    folder: ClassVar[str] = ""

    id: Slug = Field(description="Lowercase slug, equal to the file name without .yaml")
    description: Text | None = Field(None, description="Free text in Dutch; Markdown allowed")
    sources: list[Source] = Field(default_factory=_empty, description="Where the facts come from")
    verified_on: FullDate | None = Field(
        None, description="Date a person last checked the record against reality (not the edit date)"
    )
    tags: list[Text] = Field(default_factory=_empty, description="Optional free words")
    internal: bool = Field(
        False, strict=True, description="true: for internal use only; left out of public reports (--audience public)"
    )

    @property
    def label(self) -> str:
        return self.id

    @property
    def ref(self) -> str:
        return f"{self.kind}:{self.id}"

    def not_stated(self) -> list[str]:
        """Field paths whose value is `onbekend` (`status`, `actors[0].role`): what the sources leave open."""
        found: list[str] = []
        _unstated_fields(self, "", found)
        return found

    def not_stated_count(self) -> int:
        """`len(self.not_stated())`, worked out faster (a report counts them for thousands of records)."""
        return unstated_count(self.__dict__.values())


def unstated_count(values: Iterable[Any]) -> int:
    """How many of these values, and of the models and lists among them, are `onbekend`: the length of
    `Record.not_stated()` for `model.__dict__.values()` (a model's fields), without writing paths."""
    count = 0
    for item in values:
        sort = _SORTS.get(type(item))
        if sort is None:
            sort = _SORTS[type(item)] = _sort_of(type(item))
        if sort == 1:
            count += item.value == NOT_STATED
        elif sort == 2:
            count += unstated_count(item.__dict__.values())
        elif sort == 3:
            count += unstated_count(item)
    return count


def _sort_of(kind: type) -> int:
    """0: nothing to look into, 1: an enum, 2: a model, 3: a list (as `_unstated_fields` tells them apart)."""
    if kind in _PLAIN or kind is type(None):
        return 0
    if issubclass(kind, Enum):
        return 1
    if issubclass(kind, BaseModel):
        return 2
    return 3 if issubclass(kind, list) else 0


_SORTS: dict[type, int] = {}


def _unstated_fields(model: BaseModel, path: str, found: list[str]) -> None:
    """Add to `found` the paths below `model` whose value is `onbekend` (a path is written only for those
    and for the models and lists looked into: this runs for every record a report counts)."""
    for name in type(model).model_fields:
        item = getattr(model, name)
        if item is None or type(item) in _PLAIN:  # most values: nothing to look into
            continue
        if isinstance(item, Enum):
            if item.value == NOT_STATED:
                found.append(f"{path}.{name}" if path else name)
        elif isinstance(item, BaseModel):
            _unstated_fields(item, f"{path}.{name}" if path else name, found)
        elif isinstance(item, list):
            _unstated_items(item, f"{path}.{name}" if path else name, found)


def _unstated_items(items: list[Any], path: str, found: list[str]) -> None:
    for i, item in enumerate(items):
        if item is None or type(item) in _PLAIN:
            continue
        if isinstance(item, Enum):
            if item.value == NOT_STATED:
                found.append(f"{path}[{i}]")
        elif isinstance(item, BaseModel):
            _unstated_fields(item, f"{path}[{i}]", found)
        elif isinstance(item, list):
            _unstated_items(item, f"{path}[{i}]", found)


class Region(Record):
    kind: ClassVar[str] = "region"
    folder: ClassVar[str] = "regions"

    name: Text
    type: RegionType
    part_of: Slug | None = Field(None, description="Parent region id")
    province: Text | None = None
    municipalities: list[Text] = Field(
        default_factory=_empty,
        description="Names of municipalities without a region record of their own "
        "(a `gemeente` record with `part_of` this region is shown by itself)",
    )
    # Insurers and ROS are not written here: they are the actors of type zorgverzekeraar / ros that
    # name this region in their `regions` (relations are written once; see docs/datamodel.md).
    barriers: list[Text] = Field(default_factory=_empty, description="Knelpunten in the region as a whole")
    success_factors: list[Text] = Field(default_factory=_empty, description="Succesfactoren in the region as a whole")
    lessons: list[Text] = Field(default_factory=_empty, description="Leerpunten for the region as a whole")

    @property
    def label(self) -> str:
        return self.name


class Contact(Model):
    name: Text
    role: Text | None = Field(None, description="Job title or role; left out when the source gives none")
    email: Text | None = None
    phone: Text | None = None


class Actor(Record):
    kind: ClassVar[str] = "actor"
    folder: ClassVar[str] = "actors"

    name: Text
    type: ActorType
    domains: list[Domain] = Field(default_factory=_empty)
    regions: list[Slug] = Field(default_factory=_empty, description="Region ids where it works")
    website: Url | None = None
    contacts: list[Contact] = Field(default_factory=_empty, description="Professional contacts only; never client data")
    barriers: list[Text] = Field(default_factory=_empty, description="Knelpunten of the organisation as a whole")
    success_factors: list[Text] = Field(
        default_factory=_empty, description="Succesfactoren of the organisation as a whole"
    )
    lessons: list[Text] = Field(default_factory=_empty, description="Leerpunten of the organisation as a whole")

    @property
    def label(self) -> str:
        return self.name


class ActorRole(Model):
    actor: Slug
    role: Role


class RelatedInitiative(Model):
    initiative: Slug
    relation: Relation


class Indicator(Model):
    name: Text
    unit: Text
    baseline: float | Text | None = None
    target: float | Text | None = None
    actual: float | Text | None = None
    measured_on: FullDate | None = None


class Funding(Model):
    source: Text
    by: Slug | None = Field(None, description="Actor id of the funder")
    until: PartialDate | None = None


class Initiative(Record):
    kind: ClassVar[str] = "initiative"
    folder: ClassVar[str] = "initiatives"

    name: Text
    type: InitiativeType
    status: InitiativeStatus
    regions: list[Slug] = Field(min_length=1, description="Region ids (at least one)")
    started: PartialDate | None = None
    ended: PartialDate | None = None
    domains: list[Domain] = Field(default_factory=_empty)
    themes: list[Slug] = Field(default_factory=_empty, description="Theme ids declared in data/vocabulary.yaml")
    actors: list[ActorRole] = Field(default_factory=_empty)
    part_of: Slug | None = Field(None, description="Parent initiative id")
    related: list[RelatedInitiative] = Field(default_factory=_empty)
    summary: Text | None = Field(None, description="One sentence")
    barriers: list[Text] = Field(default_factory=_empty, description="Knelpunten")
    success_factors: list[Text] = Field(default_factory=_empty, description="Succesfactoren")
    lessons: list[Text] = Field(default_factory=_empty, description="Leerpunten")
    indicators: list[Indicator] = Field(default_factory=_empty)
    funding: list[Funding] = Field(default_factory=_empty)
    contacts: list[Contact] = Field(
        default_factory=_empty,
        description="Contact persons for the initiative whose organisation the source does not give; "
        "professional contacts only, never client data",
    )

    @property
    def label(self) -> str:
        return self.name

    def actors_with(self, *roles: Role) -> list[str]:
        return [a.actor for a in self.actors if a.role in roles]


class Participants(Model):
    count: int | None = Field(None, ge=0, strict=True)
    approximate: bool = Field(False, strict=True, description='true: `count` is an estimate ("zo\'n 40")')
    actors: list[Slug] = Field(default_factory=_empty)
    domains: list[Domain] = Field(default_factory=_empty)
    description: Text | None = None


class Track(Model):
    title: Text
    description: Text | None = None
    owner: Slug | None = Field(None, description="Actor id")
    initiative: Slug | None = Field(None, description="Initiative id")


class Action(Model):
    id: Slug
    what: Text
    owner: Slug = Field(description="Actor id")
    due: FullDate | None = None
    status: ActionStatus = ActionStatus.OPEN
    done_on: FullDate | None = None


class Outcomes(Model):
    decisions: list[Text] = Field(default_factory=_empty)
    tracks: list[Track] = Field(default_factory=_empty)
    actions: list[Action] = Field(default_factory=_empty)


class NextMeeting(Model):
    date: PartialDate
    meeting: Slug | None = Field(None, description="Meeting id, once the meeting has a record")


class Meeting(Record):
    kind: ClassVar[str] = "meeting"
    folder: ClassVar[str] = "meetings"

    title: Text
    date: PartialDate
    type: MeetingType
    status: MeetingStatus
    regions: list[Slug] = Field(default_factory=_empty)
    forum: Slug | None = Field(None, description="Initiative id of the table or network")
    organisers: list[Slug] = Field(default_factory=_empty)
    facilitators: list[Slug] = Field(default_factory=_empty)
    participants: Participants | None = None
    presented: list[Slug] = Field(default_factory=_empty, description="Initiative ids presented or discussed")
    outcomes: Outcomes | None = None
    next_meeting: NextMeeting | None = None
    follows: Slug | None = Field(None, description="Previous meeting id in the same series")

    @property
    def label(self) -> str:
        return self.title

    @property
    def actions(self) -> list[Action]:
        return self.outcomes.actions if self.outcomes else []


RECORD_TYPES: dict[str, type[Record]] = {
    "region": Region,
    "actor": Actor,
    "initiative": Initiative,
    "meeting": Meeting,
}
KIND_BY_FOLDER: dict[str, str] = {cls.folder: kind for kind, cls in RECORD_TYPES.items()}


class Term(Model):
    id: Slug
    nl: Text = Field(description="Dutch label")
    en: Text = Field(description="English label")
    description: Text | None = None


class Vocabulary(Model):
    """`data/vocabulary.yaml`: the declared open word lists."""

    themes: list[Term] = Field(default_factory=_empty)

"""The data contract, read from ``datapackage.json`` (the one declaration of the schema).

The validator and the generated documentation both read the dataclasses defined here,
so a rule changes in one place only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATAPACKAGE_PATH = Path(__file__).with_name("datapackage.json")


@dataclass(frozen=True)
class Field:
    """One column (or GeoJSON property) of a resource."""

    name: str
    type: str
    description: str = ""
    required: bool = False
    unique: bool = False
    pattern: str | None = None
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None  # maxLength: characters of a text at most
    rule: str | None = None  # x-rule: partial-date, http-url, list
    default: str | None = None  # x-default
    open: bool = False  # x-open: a partial date may be ``..`` (not given by the sources)
    # x-on-bad "blank": a value that breaks its rule is left out (warning), the row kept
    blank_bad: bool = False
    exclusive: tuple[str, ...] = ()  # x-exclusive: enum values that hold one true value
    enum_descriptions: dict | None = None  # x-enum-descriptions


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class Resource:
    """A file of the data package and the schema of its rows."""

    name: str
    path: str
    format: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    required_reverse: tuple[dict, ...] = field(default_factory=tuple)
    requires: tuple[dict, ...] = field(default_factory=tuple)  # x-requires: if a, then b
    same_event: tuple[dict, ...] = field(default_factory=tuple)  # x-same-event

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def required_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.required]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}; fields: {self.field_names}")


@dataclass(frozen=True)
class Package:
    name: str
    title: str
    description: str
    resources: tuple[Resource, ...]

    def resource(self, name: str) -> Resource:
        for r in self.resources:
            if r.name == name:
                return r
        raise KeyError(f"no resource {name!r}; resources: {[r.name for r in self.resources]}")


def _field(raw: dict) -> Field:
    c = raw.get("constraints", {})
    enum = c.get("enum")
    return Field(
        name=raw["name"],
        type=raw.get("type", "string"),
        description=raw.get("description", ""),
        required=bool(c.get("required", False)),
        unique=bool(c.get("unique", False)),
        pattern=c.get("pattern"),
        enum=tuple(enum) if enum is not None else None,
        minimum=c.get("minimum"),
        maximum=c.get("maximum"),
        max_length=c.get("maxLength"),
        rule=raw.get("x-rule"),
        default=raw.get("x-default"),
        open=bool(raw.get("x-open", False)),
        blank_bad=raw.get("x-on-bad") == "blank",
        exclusive=tuple(c.get("x-exclusive", raw.get("x-exclusive", ()))),
        enum_descriptions=raw.get("x-enum-descriptions"),
    )


def _resource(raw: dict) -> Resource:
    schema = raw["schema"]
    fks = tuple(
        ForeignKey(
            fields=tuple(fk["fields"]),
            resource=fk["reference"]["resource"],
            reference_fields=tuple(fk["reference"]["fields"]),
        )
        for fk in schema.get("foreignKeys", [])
    )
    return Resource(
        name=raw["name"],
        path=raw["path"],
        format=raw.get("format", "csv"),
        description=raw.get("description", ""),
        fields=tuple(_field(f) for f in schema["fields"]),
        primary_key=tuple(schema.get("primaryKey", [])),
        foreign_keys=fks,
        required_reverse=tuple(schema.get("x-required-reverse", [])),
        requires=tuple(schema.get("x-requires", [])),
        same_event=tuple(schema.get("x-same-event", [])),
    )


@cache
def load_package(path: Path = DATAPACKAGE_PATH) -> Package:
    """Read the package declaration (cached: it is immutable for the process)."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return Package(
        name=raw["name"],
        title=raw.get("title", ""),
        description=raw.get("description", ""),
        resources=tuple(_resource(r) for r in raw["resources"]),
    )


def enum_values(resource: str, field_name: str) -> tuple:
    """The allowed values of an enum field, in declaration order."""
    values = load_package().resource(resource).field(field_name).enum
    if values is None:
        raise KeyError(f"{resource}.{field_name} is not an enum")
    return values


CATEGORIES: tuple[str, ...] = enum_values("events", "category")
STATUSES: tuple[str, ...] = enum_values("events", "status")
PROPERTIES: tuple[str, ...] = enum_values("claims", "property")
EXCLUSIVE_PROPERTIES: tuple[str, ...] = (
    load_package().resource("claims").field("property").exclusive
)
# Derived per event from its claims (see the claims resource's description), strongest first.
EVIDENCE: tuple[str, ...] = ("denied", "contested", "official", "corroborated", "reported")

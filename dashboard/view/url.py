"""The whole view as URL query parameters, declared once in ``PARAMS``.

Each ``Param`` names a URL key, the ``ViewState`` (or ``Filters``) field it sets and its
kind: how its text is read and checked, and how it is written back. ``parse_query`` and
``to_query`` both walk that one table. A malformed or unknown value falls back to its
default and yields a note for the UI. Nothing from a URL is ever evaluated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter
from typing import Any

from dashboard.contract.catalog import LAYER_IDS
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.contract.settings import LAT_RANGE, LON_RANGE, ZOOM_RANGE
from dashboard.view.state import Context, ViewState
from dashboard.view.window import DATE_FORMS, MODES, day_of

MAX_QUERY = 200
NOTE_CHARS = 60  # a value quoted in a note is cut to this many characters
LISTED_BAD = 5  # unknown values of a list quoted in its note
TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off", "")


def shown_value(value: str) -> str:
    """A value as a note quotes it: as text (repr), cut when long."""
    return repr(value if len(value) <= NOTE_CHARS else value[: NOTE_CHARS - 1] + "…")


def ignored(name: str, raw: str, expected: str, fallback: str) -> str:
    """The note for a value that was not understood and the default used instead."""
    return f"Ignored {name}={shown_value(raw)}: expected {expected}; using {fallback}."


def _either(values: tuple) -> str:
    """'a or b', '1, 2 or 3'."""
    *head, last = (str(v) for v in values)
    return f"{', '.join(head)} or {last}" if head else last


# --- Kinds: how one parameter's text is read, checked and written -------------------------


class Kind:
    """How a parameter is read from its text and written back.

    ``read`` gets the last value given (every value, for a kind that is ``many``), never
    an absent one, and returns the value with the notes about what it ignored.
    """

    many = False  # the key may be repeated, each time with one more value

    def read(self, raw: Any, name: str, default: Any, ctx: Context) -> tuple[Any, list[str]]:
        raise NotImplementedError

    def write(self, value: Any) -> str | list[str]:
        return str(value)

    def unset(self, value: Any) -> bool:
        """Whether ``value`` narrows or selects nothing (an optional parameter is then
        left out of the link)."""
        return not value


@dataclass(frozen=True)
class Day(Kind):
    """A date within the data's span. A year or a month means its whole period, as dates
    in the data do: from its first day, or (``last``, the end of a range) to its last."""

    last: bool = False

    def read(self, raw: str, name: str, default: date, ctx: Context) -> tuple[date, list[str]]:
        try:
            day, moved = day_of(raw, self.last, ctx.span)
        except ValueError:
            return default, [ignored(name, raw, f"a date {DATE_FORMS}", default.isoformat())]
        if not moved:
            return day, []
        lo, hi = ctx.span
        return day, [f"{name}={shown_value(raw)} is outside the data ({lo} to {hi}); using {day}."]

    def write(self, value: date) -> str:
        return value.isoformat()


@dataclass(frozen=True)
class Choice(Kind):
    """One of a few values (written as text: ``str`` of each)."""

    values: tuple

    def read(self, raw: str, name: str, default: Any, ctx: Context) -> tuple[Any, list[str]]:
        for value in self.values:
            if raw == str(value):
                return value, []
        return default, [ignored(name, raw, _either(self.values), str(default))]


@dataclass(frozen=True)
class IdList(Kind):
    """Comma-separated ids out of ``allowed``, kept in its (canonical) order."""

    allowed: tuple[str, ...]

    def read(self, raw: str, name: str, default: tuple, ctx: Context) -> tuple[tuple, list[str]]:
        values = [v.strip() for v in raw.split(",") if v.strip()]
        bad = [v for v in values if v not in self.allowed]
        good = tuple(v for v in self.allowed if v in values)
        if not bad:
            return good, []
        listed = ", ".join(shown_value(v) for v in bad[:LISTED_BAD])
        listed += " …" if len(bad) > LISTED_BAD else ""
        # Nothing known left: the sender meant something, not "none of them".
        fallback = "" if good else "; using the default"
        note = f"Ignored unknown {name} value(s) {listed}: known are {', '.join(self.allowed)}"
        return good or default, [f"{note}{fallback}."]

    def write(self, value: tuple[str, ...]) -> str:
        return ",".join(value)

    def unset(self, value: tuple[str, ...]) -> bool:
        return len(value) >= len(self.allowed)


@dataclass(frozen=True)
class Actors(Kind):
    """Actor names, one per repetition of the key, each one some event names."""

    many = True

    def read(self, raw: list[str], name: str, default: tuple, ctx: Context):
        notes = [
            f"Ignored {name}={shown_value(a)}: no event names this actor."
            for a in raw
            if a not in ctx.actors
        ]
        return tuple(a for a in raw if a in ctx.actors), notes

    def write(self, value: tuple[str, ...]) -> list[str]:
        return list(value)


@dataclass(frozen=True)
class Search(Kind):
    """Free search text, cut at ``limit`` characters."""

    limit: int

    def read(self, raw: str, name: str, default: str, ctx: Context) -> tuple[str, list[str]]:
        if len(raw) <= self.limit:
            return raw, []
        return raw[: self.limit], [
            f"Search text was longer than {self.limit} characters and was cut."
        ]


@dataclass(frozen=True)
class KnownId(Kind):
    """The id of something in the data (``ids`` of the context); empty means none."""

    ids: Callable[[Context], Container[str]]

    def read(self, raw: str, name: str, default: None, ctx: Context):
        if raw == "" or raw in self.ids(ctx):
            return raw or None, []
        return None, [ignored(name, raw, f"a known {name} id", "no selection")]


@dataclass(frozen=True)
class Number(Kind):
    """A finite number within ``bounds``, written with ``places`` decimals."""

    bounds: tuple[float, float]
    places: int

    def read(self, raw: str, name: str, default: float, ctx: Context):
        lo, hi = self.bounds
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if math.isfinite(value) and lo <= value <= hi:
            return value, []
        return default, [ignored(name, raw, f"a number from {lo:g} to {hi:g}", f"{default:g}")]

    def write(self, value: float) -> str:
        return f"{value:.{self.places}f}"


@dataclass(frozen=True)
class Flag(Kind):
    """On or off: 1/true/yes/on or 0/false/no/off (any case); empty is off."""

    def read(self, raw: str, name: str, default: bool, ctx: Context) -> tuple[bool, list[str]]:
        word = raw.lower()
        if word in TRUE_WORDS:
            return True, []
        return False, [] if word in FALSE_WORDS else [ignored(name, raw, "1 or 0", "0")]

    def write(self, value: bool) -> str:
        return "1" if value else "0"


# --- The table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One URL parameter: its key, the field it sets and its kind.

    ``field`` names a ``ViewState`` field, or ``filters.<name>`` a field of its
    ``Filters``; its default is the context's (``Context.default_state``).
    ``optional``: written only when set (``Kind.unset``), so older links stay the same.
    ``span``: its default is an end of the data's span, which moves when data is added or
    removed: a short link keeps it even at its default (a printed link must keep opening
    the same window), and a view of the whole span stays the whole span when data changes.
    """

    name: str
    field: str
    kind: Kind
    optional: bool = False
    span: bool = False


# In the order a link lists them.
PARAMS: tuple[Param, ...] = (
    Param("from", "start", Day(), span=True),
    Param("to", "end", Day(last=True), span=True),
    Param("mode", "mode", Choice(MODES)),
    Param("layers", "layers", IdList(LAYER_IDS)),
    Param("cat", "filters.categories", IdList(CATEGORIES)),
    Param("status", "filters.statuses", IdList(STATUSES)),
    Param("prec", "filters.max_precision", Choice((1, 2, 3))),  # geo precision: 3 is all
    Param("lat", "lat", Number(LAT_RANGE, 4)),
    Param("lon", "lon", Number(LON_RANGE, 4)),
    Param("zoom", "zoom", Number(ZOOM_RANGE, 2)),
    Param("evidence", "filters.evidence", IdList(EVIDENCE), optional=True),
    Param("actor", "filters.actors", Actors(), optional=True),
    Param("q", "filters.query", Search(MAX_QUERY), optional=True),
    Param("event", "event", KnownId(attrgetter("event_ids")), optional=True),
    Param("site", "site", KnownId(attrgetter("site_ids")), optional=True),
    Param("present", "present", Flag(), optional=True),
)
BY_NAME = {p.name: p for p in PARAMS}
SPAN_KEYS = tuple(p.name for p in PARAMS if p.span)
FILTERS = "filters."


def field_value(state: ViewState, field: str) -> Any:
    """The value of a ``Param.field`` in ``state``."""
    if field.startswith(FILTERS):
        return getattr(state.filters, field.removeprefix(FILTERS))
    return getattr(state, field)


def with_fields(state: ViewState, values: Mapping[str, Any]) -> ViewState:
    """``state`` with the ``Param.field`` values of ``values``."""
    top = {f: v for f, v in values.items() if not f.startswith(FILTERS)}
    inner = {f.removeprefix(FILTERS): v for f, v in values.items() if f.startswith(FILTERS)}
    return replace(state, filters=replace(state.filters, **inner), **top)


def _all(params: Mapping, key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _key_notes(params: Mapping) -> list[str]:
    """Notes on unknown keys and on single-valued keys given more than once."""
    notes = []
    for key in params:
        param = BY_NAME.get(key)
        if param is None:
            notes.append(f"Ignored unknown parameter {shown_value(str(key))}.")
        elif not param.kind.many and len(_all(params, key)) > 1:
            # Which one a sender meant is unknowable: say which one is used.
            notes.append(f"{key} was given {len(_all(params, key))} times; using the last one.")
    return notes


def parse_query(params: Mapping, ctx: Context) -> tuple[ViewState, list[str]]:
    """Parse query parameters (``st.query_params`` or a plain dict) into a ``ViewState``.

    Returns the state and notes about every value that was ignored, and why.
    """
    notes = _key_notes(params)
    default = ctx.default_state()
    values = {}
    for p in PARAMS:
        given = _all(params, p.name)
        raw = given if p.kind.many else given[-1] if given else None
        values[p.field] = field_value(default, p.field)
        if given and raw is not None:
            values[p.field], said = p.kind.read(raw, p.name, values[p.field], ctx)
            notes += said
    state = with_fields(default, values)
    if state.start > state.end:
        notes.append(f"from={state.start} is after to={state.end}; using the whole span.")
        state = replace(state, start=default.start, end=default.end)
    return _inside_region(state, ctx, notes)


def _inside_region(state: ViewState, ctx: Context, notes: list[str]) -> tuple[ViewState, list[str]]:
    """A centre outside the region's frame is moved to its nearest edge, as the map
    keeps to the region, and the link says so."""
    if ctx.bbox is None:
        return state, notes
    west, south, east, north = ctx.bbox
    lat, lon = min(max(state.lat, south), north), min(max(state.lon, west), east)
    if (lat, lon) != (state.lat, state.lon):
        notes.append(
            f"lat={state.lat:g}, lon={state.lon:g} is outside the region's frame "
            f"({west:g} to {east:g}° E, {south:g} to {north:g}° N); the map opens at its "
            f"nearest edge (lat={lat:g}, lon={lon:g})."
        )
        state = replace(state, lat=lat, lon=lon)
    return state, notes


def to_query(state: ViewState) -> dict[str, str | list[str]]:
    """The query parameters that restore ``state`` (optional ones only when set)."""
    out = {}
    for p in PARAMS:
        value = field_value(state, p.field)
        if not (p.optional and p.kind.unset(value)):
            out[p.name] = p.kind.write(value)
    return out

"""The whole view as URL query parameters: typed parsing with defaults, and back.

Every parameter is parsed into a known type; a malformed or unknown value falls back to
its default and yields a note for the UI. Nothing from a URL is ever evaluated.
"""

from __future__ import annotations

import math
from collections.abc import Container, Mapping
from dataclasses import replace

from dashboard.contract.catalog import LAYER_IDS
from dashboard.contract.dates import parse_partial_date
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.contract.settings import LAT_RANGE, LON_RANGE, ZOOM_RANGE
from dashboard.store.filters import Filters
from dashboard.view.state import Context, ViewState
from dashboard.view.window import MODES

MAX_QUERY = 200

KNOWN_KEYS = (
    "from",
    "to",
    "mode",
    "layers",
    "cat",
    "status",
    "evidence",
    "actor",
    "prec",
    "q",
    "event",
    "site",
    "lat",
    "lon",
    "zoom",
    "present",
)


def _one(params: Mapping, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        return value[-1] if value else None
    return value


NOTE_CHARS = 60  # a value quoted in a note is cut to this many characters


def shown_value(value: str) -> str:
    """A value as a note quotes it: as text (repr), cut when long."""
    return repr(value if len(value) <= NOTE_CHARS else value[: NOTE_CHARS - 1] + "…")


def _all(params: Mapping, key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _csv(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


def _float(text: str, lo: float, hi: float) -> float | None:
    try:
        v = float(text)
    except ValueError:
        return None
    return v if math.isfinite(v) and lo <= v <= hi else None


def parse_query(params: Mapping, ctx: Context) -> tuple[ViewState, list[str]]:
    """Parse query parameters (``st.query_params`` or a plain dict) into a ``ViewState``.

    Returns the state and notes about every value that was ignored, and why.
    """
    state = ctx.default_state()
    notes: list[str] = []

    def note(key: str, value: str, expected: str, fallback: str) -> None:
        notes.append(f"Ignored {key}={shown_value(value)}: expected {expected}; using {fallback}.")

    for key in params:
        if key not in KNOWN_KEYS:
            notes.append(f"Ignored unknown parameter {shown_value(str(key))}.")
        elif key != "actor" and len(_all(params, key)) > 1:
            # Which one a sender meant is unknowable: say which one is used.
            notes.append(f"{key} was given {len(_all(params, key))} times; using the last one.")

    lo, hi = ctx.span
    dates = {}
    for key, default in (("from", lo), ("to", hi)):
        raw = _one(params, key)
        if raw is None:
            dates[key] = default
            continue
        try:
            # A year or a month means its whole period, as dates in the data do: from its
            # first day, or to its last.
            period = parse_partial_date(raw)
            d = period.start if key == "from" else period.end
        except ValueError:
            note(key, raw, "a date YYYY-MM-DD (or YYYY-MM, YYYY)", default.isoformat())
            d = default
        if not lo <= d <= hi:
            clamped = min(max(d, lo), hi)
            notes.append(
                f"{key}={shown_value(raw)} is outside the data ({lo} to {hi}); using {clamped}."
            )
            d = clamped
        dates[key] = d
    if dates["from"] > dates["to"]:
        notes.append(f"from={dates['from']} is after to={dates['to']}; using the whole span.")
        dates = {"from": lo, "to": hi}
    state = replace(state, start=dates["from"], end=dates["to"])

    raw = _one(params, "mode")
    if raw is not None:
        if raw in MODES:
            state = replace(state, mode=raw)
        else:
            note("mode", raw, " or ".join(MODES), state.mode)

    def id_list(key: str, allowed: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
        raw = _one(params, key)
        if raw is None:
            return default
        values = _csv(raw)
        bad = [v for v in values if v not in allowed]
        good = tuple(v for v in allowed if v in values)  # canonical order
        if bad:
            listed = ", ".join(shown_value(v) for v in bad[:5]) + (" …" if len(bad) > 5 else "")
            # Nothing known left: the sender meant something, not "none of them".
            fallback = "" if good else "; using the default"
            notes.append(
                f"Ignored unknown {key} value(s) {listed}: known are {', '.join(allowed)}"
                f"{fallback}."
            )
            if not good:
                return default
        return good

    layers = id_list("layers", LAYER_IDS, state.layers)
    categories = id_list("cat", CATEGORIES, CATEGORIES)
    statuses = id_list("status", STATUSES, STATUSES)
    evidence = id_list("evidence", EVIDENCE, EVIDENCE)

    actors = []
    for a in _all(params, "actor"):
        if a in ctx.actors:
            actors.append(a)
        else:
            notes.append(f"Ignored actor={shown_value(a)}: no event names this actor.")

    precision = 3
    raw = _one(params, "prec")
    if raw is not None:
        if raw in ("1", "2", "3"):
            precision = int(raw)
        else:
            note("prec", raw, "1, 2 or 3", "3")

    query = _one(params, "q") or ""
    if len(query) > MAX_QUERY:
        notes.append(f"Search text was longer than {MAX_QUERY} characters and was cut.")
        query = query[:MAX_QUERY]

    def known(key: str, ids: Container[str]) -> str | None:
        raw = _one(params, key)
        if raw is None or raw == "":
            return None
        if raw in ids:
            return raw
        note(key, raw, f"a known {key} id", "no selection")
        return None

    view = {}
    for key, rng, default in (
        ("lat", LAT_RANGE, state.lat),
        ("lon", LON_RANGE, state.lon),
        ("zoom", ZOOM_RANGE, state.zoom),
    ):
        raw = _one(params, key)
        value = default if raw is None else _float(raw, *rng)
        if value is None:
            note(key, raw, f"a number from {rng[0]:g} to {rng[1]:g}", f"{default:g}")
            value = default
        view[key] = value

    def flag(key: str) -> bool:
        raw = _one(params, key)
        if raw is None:
            return False
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() not in ("0", "false", "no", "off", ""):
            note(key, raw, "1 or 0", "0")
        return False

    state = replace(
        state,
        layers=layers,
        filters=Filters(
            categories=categories,
            statuses=statuses,
            evidence=evidence,
            actors=tuple(actors),
            max_precision=precision,
            query=query,
        ),
        event=known("event", ctx.event_ids),
        site=known("site", ctx.site_ids),
        present=flag("present"),
        **view,
    )
    return state, notes


def to_query(state: ViewState) -> dict[str, str | list[str]]:
    """The query parameters that restore ``state`` (optional ones only when set)."""
    f = state.filters
    out: dict[str, str | list[str]] = {
        "from": state.start.isoformat(),
        "to": state.end.isoformat(),
        "mode": state.mode,
        "layers": ",".join(state.layers),
        "cat": ",".join(f.categories),
        "status": ",".join(f.statuses),
        "prec": str(f.max_precision),
        "lat": f"{state.lat:.4f}",
        "lon": f"{state.lon:.4f}",
        "zoom": f"{state.zoom:.2f}",
    }
    if len(f.evidence) < len(EVIDENCE):  # only when filtered: older links stay the same
        out["evidence"] = ",".join(f.evidence)
    if f.actors:
        out["actor"] = list(f.actors)
    if f.query:
        out["q"] = f.query
    if state.event:
        out["event"] = state.event
    if state.site:
        out["site"] = state.site
    if state.present:
        out["present"] = "1"
    return out

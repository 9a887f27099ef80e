"""The checks a setting's value goes through: each gives the clean value (or ``INVALID``)
and the issues found, each worded as the rule broken."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from dashboard.contract.reference import LAYER_NAMES
from dashboard.contract.settings.model import (
    LAT_RANGE,
    LON_RANGE,
    MAX_PRESETS,
    REFERENCE_LAYERS,
    ZOOM_RANGE,
    View,
)
from dashboard.contract.validate import Closest, did_you_mean

# What a check finds: (key, value, message). The key may be deeper than the declared one
# ("presets[2].zoom"); the message is the rule broken.
Issue = tuple[str, Any, str]
Check = Callable[[str, Any], tuple[Any, list[Issue]]]
INVALID = object()  # a check's verdict: nothing usable, the key takes its default
COUNTRY_RE = re.compile(r"[A-Z]{3}")


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def text_check(max_chars: int, empty: bool = False) -> Check:
    """One line of text, at most ``max_chars`` characters (surrounding spaces dropped)."""

    def check(key: str, v: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(v, str):
            return INVALID, [(key, v, "must be text (in quotes)")]
        text = v.strip()
        if any(ord(c) < 32 or ord(c) == 127 for c in text):
            return INVALID, [(key, v, "must be one line of text (no line breaks or tabs)")]
        if len(text) > max_chars:
            return INVALID, [(key, v, f"must be at most {max_chars} characters ({len(text)})")]
        if not text and not empty:
            return INVALID, [(key, v, "must not be empty")]
        return text, []

    return check


def number_check(lo: float, hi: float) -> Check:
    """A finite number from ``lo`` to ``hi``."""

    def check(key: str, v: Any) -> tuple[Any, list[Issue]]:
        if not _is_number(v) or not lo <= v <= hi:
            return INVALID, [(key, v, f"must be a number from {lo:g} to {hi:g}")]
        return float(v), []

    return check


def check_bbox(key: str, v: Any) -> tuple[Any, list[Issue]]:
    """[west, south, east, north] in degrees, west < east and south < north."""
    if not isinstance(v, list) or len(v) != 4 or not all(_is_number(x) for x in v):
        return INVALID, [(key, v, "must be four numbers: [west, south, east, north]")]
    west, south, east, north = (float(x) for x in v)
    if not (LON_RANGE[0] <= west < east <= LON_RANGE[1]):
        why = "west must be less than east (a box across the antimeridian is not supported)"
        if not all(LON_RANGE[0] <= x <= LON_RANGE[1] for x in (west, east)):
            why = f"west and east must be longitudes from {LON_RANGE[0]:g} to {LON_RANGE[1]:g}"
        return INVALID, [(key, v, why)]
    if not (LAT_RANGE[0] <= south < north <= LAT_RANGE[1]):
        why = "south must be less than north (is it [west, south, east, north]?)"
        if not all(LAT_RANGE[0] <= y <= LAT_RANGE[1] for y in (south, north)):
            why = f"south and north must be latitudes from {LAT_RANGE[0]:g} to {LAT_RANGE[1]:g}"
        return INVALID, [(key, v, why)]
    return (west, south, east, north), []


def check_country(key: str, v: Any) -> tuple[Any, list[Issue]]:
    """An ISO 3166-1 alpha-3 code, or "" for none."""
    # Codes are read in any case ("afg"), as people write them; whether the country is in
    # the reference layers is checked once they are read (``resolve``).
    if isinstance(v, str) and (v.strip() == "" or COUNTRY_RE.fullmatch(v.strip().upper())):
        return v.strip().upper(), []
    return INVALID, [(key, v, "must be an ISO 3166-1 alpha-3 code (e.g. 'AFG'), or '' for none")]


def check_layers(key: str, v: Any) -> tuple[Any, list[Issue]]:
    """A list of ``REFERENCE_LAYERS`` names; the known ones kept, in drawing order."""
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        return INVALID, [(key, v, 'must be a list of layer names, e.g. ["countries", "borders"]')]
    closest = Closest(list(REFERENCE_LAYERS))
    issues = [
        (
            key,
            x,
            f"is no reference layer (known: {', '.join(REFERENCE_LAYERS)})"
            + did_you_mean(closest(x)),
        )
        for x in v
        if x not in REFERENCE_LAYERS
    ]
    known = tuple(layer for layer in REFERENCE_LAYERS if layer in v)
    if issues and not known:
        return INVALID, issues  # only slips: the sender meant layers, not none of them
    return known, issues


VIEW_NAME_CHARS = 60
# A view's keys and their checks: the opening view's and each preset's.
VIEW_CHECKS: dict[str, Check] = {
    "name": text_check(VIEW_NAME_CHARS),
    "lat": number_check(*LAT_RANGE),
    "lon": number_check(*LON_RANGE),
    "zoom": number_check(*ZOOM_RANGE),
}


def check_presets(key: str, v: Any) -> tuple[Any, list[Issue]]:
    """Each [[presets]] table checked on its own: a bad one is left out, the others kept."""
    if not isinstance(v, list) or not all(isinstance(p, dict) for p in v):
        return INVALID, [(key, v, "must be [[presets]] tables, each with name, lat, lon, zoom")]
    closest = Closest(list(VIEW_CHECKS))
    # Each with its place in the file: problems found later (``resolve``) name it.
    kept: list[tuple[int, View]] = []
    issues: list[Issue] = []
    for i, item in enumerate(v, start=1):
        where = f"{key}[{i}]"
        got, found = _preset(where, item, closest)
        issues += found
        if got is None:
            continue
        if any(p.name == got.name for _, p in kept):
            issues.append(
                (f"{where}.name", got.name, "is already a preset's name; this one is left out")
            )
        elif len(kept) >= MAX_PRESETS:
            issues.append(
                (where, got.name, f"more than {MAX_PRESETS} presets; this one is left out")
            )
        else:
            kept.append((i, got))
    return tuple(kept), issues


def _preset(where: str, item: dict, closest: Closest) -> tuple[View | None, list[Issue]]:
    """One [[presets]] table as a ``View`` (None when a value is bad or missing), and its
    issues: unknown keys (ignored) and bad values."""
    issues: list[Issue] = [
        (f"{where}.{k}", item[k], "unknown key, ignored" + did_you_mean(closest(k)))
        for k in item
        if k not in VIEW_CHECKS
    ]
    got = {}
    bad = []
    for k, check in VIEW_CHECKS.items():
        if k not in item:
            bad.append((f"{where}.{k}", None, "is missing; this preset is left out"))
            continue
        value, found = check(f"{where}.{k}", item[k])
        bad += [(k2, v2, m + "; this preset is left out") for k2, v2, m in found]
        got[k] = value
    return (None if bad else View(**got)), issues + bad


def _file_name(v: Any) -> bool:
    """A file name inside the reference folder: relative, no way up, one line."""
    return (
        isinstance(v, str)
        and v.strip() != ""
        and not v.startswith(("/", "\\"))
        and ".." not in re.split(r"[/\\]", v)
        and ":" not in v
        and v.isprintable()
    )


def check_files(key: str, v: Any) -> tuple[Any, list[Issue]]:
    """``layer = "file"`` or ``layer = ["file", ...]`` per reference layer; a bad entry is
    left out (that layer is then not read), the others kept."""
    if not isinstance(v, dict):
        return INVALID, [(key, v, 'must be a table ([reference.files]) of layer = "file name"')]
    closest = Closest(list(LAYER_NAMES))
    kept: dict[str, tuple[str, ...]] = {layer: () for layer in LAYER_NAMES}
    issues: list[Issue] = []
    for layer, names in v.items():
        where = f"{key}.{layer}"
        names = [names] if isinstance(names, str) else names
        if layer not in LAYER_NAMES:
            why = f"is no reference layer (known: {', '.join(LAYER_NAMES)})"
            issues.append((where, layer, why + did_you_mean(closest(layer))))
        elif not isinstance(names, list) or not all(_file_name(n) for n in names):
            rule = "must be a file name inside the reference folder, or a list of them"
            issues.append((where, names, rule + "; this layer is left out"))
        else:
            kept[layer] = tuple(n.strip() for n in names)
    return kept, issues

"""The settings of a package from its events: the ``settings.toml`` an import writes, so
that an imported package opens on its own region instead of the shipped one's.

Every value is read off the data, never invented: the title names the countries with
most events and the years they span, the region's box holds the events (the outermost
1% on each side left out when there are enough events for that to mean something, so
that one mistyped coordinate does not make the box a continent; grown to the map
frame's shape, so that all of it fits), the opening view shows that box, the *Area*
presets are the admin-1 units with most events and the search placeholder names the
most frequent admin-1 unit and actor. Columns in, text out: no loop per event.

The text is TOML written value by value with ``toml_value`` (strings escaped as TOML
basic strings): a quote or a line break in a place name from the data cannot break the
file. What each value is, and its checks, is the settings contract's
(``dashboard.contract.settings``): the file written here reads back with no problem.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.contract.settings import LAT_RANGE, LON_RANGE, SETTINGS_FILE, fit_zoom
from dashboard.contract.settings.checks import VIEW_NAME_CHARS
from dashboard.scene.frame import DEFAULT_SIZE, Frame

# The columns ``package_settings`` reads, one row per event written: text (empty where
# unknown), the event's first day (datetime64, NaT where unknown) and its place (NaN
# where it has none). An optional ``kind`` column (ACLED's disorder type) names what the
# events are when they all share one.
FACTS = ("country", "admin1", "actor", "day", "lon", "lat")
TITLE_CHARS = 100  # the settings' limits (keys.py): a longer value would be set aside
PLACEHOLDER_CHARS = 60
TITLE_COUNTRIES = 3  # named in the title; more are "and N other countries"
PRESETS = 6  # admin-1 units offered as *Area* presets (the contract allows 12)
# The box leaves out this share of the events on each side once there are at least
# ``TRIM_FROM`` located events: one stray coordinate must not set the region.
TRIM_SHARE = 0.01
TRIM_FROM = 100
# Margin around the events: this share of the box's size, at least ``MIN_PAD`` degrees
# (a box around one town would otherwise be a point).
PAD_SHARE = 0.05
MIN_PAD = 0.25
VIEW_NAME = "All events"
DIGITS = 4  # of a degree in the file: about 10 m, more than a region's box needs


def clean_text(values: pd.Series) -> pd.Series:
    """Text cells as one line: control characters and runs of white space become one
    space (the settings' text keys are one line each); missing values become ''."""
    text = values.astype(object).where(values.notna(), "").astype(str)
    return text.str.replace(r"[\x00-\x1f\x7f\s]+", " ", regex=True).str.strip()


def toml_value(value) -> str:
    """``value`` (text, number, or a list of them) as a TOML value.

    Text is a TOML basic string: JSON's escapes (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``)
    are TOML's too, and DEL, which JSON leaves raw and TOML forbids, is escaped as well.
    """
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TypeError(f"no TOML value for {value!r}")
    return repr(float(value)) if isinstance(value, float) else str(value)


def _ranked(values: pd.Series) -> pd.Series:
    """Event counts of the non-empty values, most first (ties in alphabetical order)."""
    counts = values[values != ""].value_counts()
    order = np.lexsort((counts.index.to_numpy(dtype=str), -counts.to_numpy()))
    return counts.iloc[order]


def _names(items: list[str]) -> str:
    """ "Mali", "Mali and Niger", "Mali, Niger and Burkina Faso"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _years(days: pd.Series) -> str:
    """ "2019–2023", "2021", or '' when no event has a date."""
    known = days.dropna()
    if known.empty:
        return ""
    first, last = int(known.min().year), int(known.max().year)
    return str(first) if first == last else f"{first}–{last}"


def title_of(facts: pd.DataFrame, subject: str) -> str:
    """``subject`` in the countries with most events, and the years the events span:
    "Political violence in Mali, Niger and Burkina Faso, 2019–2023"; as many countries
    as fit in a title, the others counted."""
    countries = list(_ranked(facts["country"]).index)
    years = _years(facts["day"])
    for shown in range(min(TITLE_COUNTRIES, len(countries)), -1, -1):
        rest = len(countries) - shown
        where = countries[:shown]
        if rest and shown:
            where = [*where, f"{rest} other {'country' if rest == 1 else 'countries'}"]
        elif rest:
            where = [f"{rest} countries"]
        title = (
            subject + (f" in {_names(where)}" if where else "") + (f", {years}" if years else "")
        )
        if len(title) <= TITLE_CHARS:
            return title
    return title[: TITLE_CHARS - 1] + "…"


def _clamp(box: np.ndarray) -> tuple[float, float, float, float]:
    west, south, east, north = (float(v) for v in box)
    return (
        max(west, LON_RANGE[0]),
        max(south, LAT_RANGE[0]),
        min(east, LON_RANGE[1]),
        min(north, LAT_RANGE[1]),
    )


def region_box(lon: pd.Series, lat: pd.Series) -> tuple[float, float, float, float] | None:
    """[west, south, east, north] around the located events, with a margin, the outer
    ``TRIM_SHARE`` left out on each side when there are ``TRIM_FROM`` or more; None when
    no event has a place."""
    placed = lon.notna() & lat.notna()
    if not placed.any():
        return None
    trim = TRIM_SHARE if placed.sum() >= TRIM_FROM else 0.0
    xy = pd.DataFrame({"lon": lon[placed], "lat": lat[placed]})
    low, high = xy.quantile(trim).to_numpy(), xy.quantile(1 - trim).to_numpy()
    pad = np.maximum((high - low) * PAD_SHARE, MIN_PAD)
    west, south, east, north = _frame_shaped((*(low - pad), *(high + pad)))
    scale = 10**DIGITS
    return _clamp(
        np.array(
            [
                np.floor(west * scale) / scale,
                np.floor(south * scale) / scale,
                np.ceil(east * scale) / scale,
                np.ceil(north * scale) / scale,
            ]
        )
    )


def _frame_shaped(box: tuple[float, ...]) -> tuple[float, float, float, float]:
    """``box`` grown on its short side (in Web Mercator) to the shape of the map's
    frame. The map keeps to the region's box: it zooms in until the box fills the frame
    both ways, so a box wider than the frame would open with its ends cut off."""
    west, south, east, north = (float(v) for v in box)
    frame = Frame((west + east) / 2, (south + north) / 2, 0.0, *DEFAULT_SIZE)
    (x0, x1), (y0, y1) = frame.project([west, east], [north, south])
    shape = DEFAULT_SIZE[0] / DEFAULT_SIZE[1]
    width, height = max(x1 - x0, (y1 - y0) * shape), max(y1 - y0, (x1 - x0) / shape)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    lon, lat = frame.unproject([cx - width / 2, cx + width / 2], [cy + height / 2, cy - height / 2])
    return float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1])


def _view(name: str, box: tuple[float, float, float, float]) -> dict:
    """A view of ``box``: its middle, at the zoom that shows its width."""
    west, south, east, north = box
    return {
        "name": name,
        "lat": round((south + north) / 2, DIGITS),
        "lon": round((west + east) / 2, DIGITS),
        "zoom": fit_zoom(box),
    }


def presets_of(facts: pd.DataFrame, region: tuple[float, float, float, float]) -> list[dict]:
    """A view of each of the ``PRESETS`` admin-1 units with most events inside
    ``region``: the box of those events, with the region's margins, kept inside it.
    Named "Gao (Mali)" when the data has several countries, else "Gao"."""
    west, south, east, north = region
    # The events outside the region (outliers) are not drawn: they do not set a view.
    inside = facts["lon"].between(west, east) & facts["lat"].between(south, north)
    placed = facts[(facts["admin1"] != "") & inside]
    if placed.empty:
        return []
    several = facts.loc[facts["country"] != "", "country"].nunique() > 1
    key = placed["admin1"]
    if several:
        named = placed["admin1"] + " (" + placed["country"] + ")"
        key = key.where(placed["country"] == "", named)
    top = _ranked(key).index[:PRESETS]
    mine = placed[key.isin(top)].assign(key=key)
    groups = mine.groupby("key")
    low, high = groups[["lon", "lat"]].min(), groups[["lon", "lat"]].max()
    pad = np.maximum((high - low) * PAD_SHARE, MIN_PAD)
    presets, names = [], {VIEW_NAME}
    for name in top:  # PRESETS units at most
        box = (
            max(low.at[name, "lon"] - pad.at[name, "lon"], west),
            max(low.at[name, "lat"] - pad.at[name, "lat"], south),
            min(high.at[name, "lon"] + pad.at[name, "lon"], east),
            min(high.at[name, "lat"] + pad.at[name, "lat"], north),
        )
        shown = name if len(name) <= VIEW_NAME_CHARS else name[: VIEW_NAME_CHARS - 1] + "…"
        if shown in names or box[0] >= box[2] or box[1] >= box[3]:
            continue  # cut to the same name, or only events outside the region
        names.add(shown)
        presets.append(_view(shown, box))
    return presets


def placeholder_of(facts: pd.DataFrame) -> str:
    """ "e.g. Gao, JNIM": the admin-1 unit and the actor named by most events (what fits)."""
    words = [ranked.index[0] for col in ("admin1", "actor") if len(ranked := _ranked(facts[col]))]
    text = ""
    for word in words:
        longer = f"{text}, {word}" if text else f"e.g. {word}"
        if len(longer) <= PLACEHOLDER_CHARS:
            text = longer
    return text


def package_settings(facts: pd.DataFrame, made_by: str, subject: str = "Events") -> str:
    """The ``settings.toml`` text for a package whose events are ``facts`` (``FACTS``),
    made by the command ``made_by``; the title begins with the events' one ``kind``
    ("Political violence") if they share one, else with ``subject``."""
    kinds = clean_text(facts["kind"]).unique() if "kind" in facts else []
    if len(kinds) == 1 and kinds[0]:
        subject = kinds[0]
    facts = facts.assign(
        country=clean_text(facts["country"]),
        admin1=clean_text(facts["admin1"]),
        actor=clean_text(facts["actor"]),
    )
    box = region_box(facts["lon"], facts["lat"])
    lines = [
        f"# Written by `python -m dashboard {made_by}`: every value below is read off the",
        f"# package's {len(facts):,} events. Edit it freely: an import replaces it only with",
        "# --force. Keys, rules and defaults: docs/data.md.",
        "",
        f"title = {toml_value(title_of(facts, subject))}",
    ]
    if placeholder := placeholder_of(facts):
        lines.append(f"search_placeholder = {toml_value(placeholder)}")
    if box is not None:
        lines += _region_lines(facts, box)
    return "\n".join(lines) + "\n"


def _region_lines(facts: pd.DataFrame, box: tuple[float, float, float, float]) -> list[str]:
    """The [region], [view] and [[presets]] tables for the events' box ``box``."""
    west, south, east, north = box
    inside = facts["lon"].between(west, east) & facts["lat"].between(south, north)
    outside = int((facts["lon"].notna() & facts["lat"].notna() & ~inside).sum())
    lines = ["", "[region]"]
    if outside:
        lines.append(
            f"# {outside:,} outlying event(s) lie outside this box: widen it to show them."
        )
    lines.append(
        f"bbox = {toml_value([round(v, DIGITS) for v in box])}  # west, south, east, north"
    )
    lines += ["", "[view]", *_table_lines(_view(VIEW_NAME, box))]
    presets = presets_of(facts, box)
    if presets:
        lines += ["", "# The admin-1 units with most events."]
    for preset in presets:
        lines += ["[[presets]]", *_table_lines(preset), ""]
    return lines[:-1] if presets else lines


def _table_lines(values: dict) -> list[str]:
    return [f"{key} = {toml_value(value)}" for key, value in values.items()]


def settings_problem(out: Path, force: bool) -> str | None:
    """Why an import must not write ``settings.toml`` to ``out``: a user's own file is
    there and ``force`` was not given; else None."""
    path = out.expanduser() / SETTINGS_FILE
    if path.exists() and not force:
        return (
            f"{path} already exists and an import would replace it with settings made from "
            "the data: pass --force to replace it (copy it first to keep your edits)"
        )
    return None

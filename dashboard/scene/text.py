"""The words every renderer shares: counts, the time window, place precision.

One wording each, so the page's caption, the slide and the briefing image say the same
thing in the same words.
"""

from __future__ import annotations

import math
from datetime import date

from dashboard.scene import style
from dashboard.store.query import AS_OF, WINDOW

MODE_NAMES = {WINDOW: "Window", AS_OF: "As of"}
NO_PLACE = "no place given"
OUTSIDE = "outside the region's frame"
# Under the map and on the briefing when no reference layer reaches into the view.
UNCOVERED_NOTE = (
    "No reference layer covers this view: no land, borders or places are drawn here, "
    "only the events."
)


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def counts_text(
    matching: int,
    total: int,
    on_map: int,
    no_place: int,
    wording: str = NO_PLACE,
    outside: int = 0,
) -> str:
    """'16 of 19 events match this view · 6 on the map · 1 outside the region's frame · 9
    with no place given' (the last words are the settings' ``no_place.label``)."""
    verb = "matches" if matching == 1 and total == 1 else "match"
    parts = [f"{matching:,} of {plural(total, 'event')} {verb} this view", f"{on_map:,} on the map"]
    if outside:
        parts.append(f"{outside:,} {OUTSIDE}")
    if no_place:
        parts.append(f"{no_place:,} with {wording}")
    return " · ".join(parts)


def window_text(mode: str, start: date, end: date) -> str:
    """'As of: 01 Jan 2019 – 31 Dec 2021'."""
    return f"{MODE_NAMES[mode]}: {start:%d %b %Y} – {end:%d %b %Y}"


def precision_text(geo_precision: int, precision_m: float | None) -> str:
    """'Place: ±15 km, near a named place / small part of a region'."""
    radius = (
        "" if precision_m is None or math.isnan(precision_m) else f"±{precision_m / 1000:g} km, "
    )
    return f"Place: {radius}{style.PRECISION_LABELS[int(geo_precision)]}"


def scale_text(metres: float) -> str:
    """A scale bar's length: '100 km', '500 m'."""
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


def selected_text(letter: str, category: str, title: str, when: str) -> str:
    """'Selected: [F] Funding — China funds the base … · Oct 2021 – …': the selection
    named with the letter its mark shows."""
    return f"Selected: [{letter}] {category} — {title} · {when}"

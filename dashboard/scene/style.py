"""Colours and symbols shared by the map, the timeline, the legend and the exported image.

Category colours are the Okabe–Ito palette, distinguishable with the common forms of
colour blindness; status is carried by fill and outline, not by colour alone.
"""

from __future__ import annotations

import numpy as np

from dashboard.contract.schema import CATEGORIES

RGB = tuple[int, int, int]

CATEGORY_COLORS: dict[str, RGB] = {
    "base": (213, 94, 0),  # vermillion
    "deployment": (204, 121, 167),  # reddish purple
    "exercise": (0, 114, 178),  # blue
    "agreement": (0, 158, 115),  # bluish green
    "funding": (230, 159, 0),  # orange
    "diplomacy": (86, 180, 233),  # sky blue
    "report": (90, 90, 90),  # grey
}
CATEGORY_LABELS = {
    "base": "Base / facility",
    "deployment": "Deployment / patrol",
    "exercise": "Exercise",
    "agreement": "Agreement",
    "funding": "Funding",
    "diplomacy": "Diplomacy",
    "report": "Report / revelation",
}

# A letter per category, drawn in each event's mark and in the legend: colour is never the
# only thing that tells the categories apart.
CATEGORY_LETTERS = {
    "base": "B",
    "deployment": "P",
    "exercise": "E",
    "agreement": "A",
    "funding": "F",
    "diplomacy": "D",
    "report": "R",
}
LETTERS_BY_CODE = tuple(CATEGORY_LETTERS[c] for c in CATEGORIES)

# How each status is drawn: fill opacity (0-255), outline colour (None: the category's),
# outline width in pixels, and whether the outline is dashed (timeline and areas).
STATUS_STYLE = {
    "official": {"fill_alpha": 235, "line": (255, 255, 255), "width": 1.5, "dash": False},
    "reported": {"fill_alpha": 105, "line": None, "width": 2.0, "dash": False},
    "planned": {"fill_alpha": 0, "line": None, "width": 2.5, "dash": True},
    "denied": {"fill_alpha": 105, "line": (20, 20, 20), "width": 2.5, "dash": True},
    # Not a status of the data: how an event whose claims disagree is drawn (evidence).
    "contested": {"fill_alpha": 105, "line": (190, 30, 45), "width": 3.0, "dash": True},
}
# The marks the map, the timeline and the legends draw: the statuses, and contested.
MARK_STYLES = ("official", "reported", "denied", "planned", "contested")
STATUS_LABELS = {
    "official": "Official: solid",
    "reported": "Reported: light fill",
    "planned": "Planned: outline only",
    "denied": "Denied: dark outline",
    "contested": "Contested: red outline",
}


def mark_styles(status, evidence):
    """The mark of each event: its status, except that claims which disagree (evidence
    ``contested``) or a denial (evidence ``denied``) show as such, whatever the status."""
    status = np.asarray(status, dtype=object)
    evidence = np.asarray(evidence, dtype=object)
    return np.where(
        evidence == "denied", "denied", np.where(evidence == "contested", "contested", status)
    )


STANCE_LABELS = {"supports": "Supports", "disputes": "Disputes", "denies": "Official denial"}
PRECISION_LABELS = {
    1: "exact place known",
    2: "near a named place / small part of a region",
    3: "only a larger region known",
    4: "no place given (not on the map)",
}

FADED_FACTOR = 0.35  # opacity of events that ended before the range (as-of mode)

# Quiet basemap: fills, and each line layer's colour and width in pixels (the briefing
# draws the same widths, scaled as its marks are).
LAND = (246, 244, 240)
LAND_FOCUS = (238, 232, 220)  # the focus country of the settings (focus_country)
WATER = (140, 185, 215)
BASEMAP_LINES = {
    "rivers": (WATER, 1.2),
    "provinces": ((150, 150, 150), 1.0),
    "districts": ((190, 190, 190), 0.8),
    "borders": ((90, 90, 90), 1.6),
}
MAP_EDGE = (136, 136, 136)  # the frame around the briefing's map

# Counts per area (the map above AGGREGATE_ABOVE events in view): white counts on circles
# dark enough for them (WCAG contrast >= 4.5). A count wider than its circle would run white
# onto the light land: it sits on a box of the circle's colour as it shows over land
# (inside a circle over plain land it is not seen; over the focus country barely).
AGGREGATE_FILL = (47, 62, 84)
AGGREGATE_ALPHA = 200
AGGREGATE_BOX = tuple(
    round((c * AGGREGATE_ALPHA + g * (255 - AGGREGATE_ALPHA)) / 255)
    for c, g in zip(AGGREGATE_FILL, LAND, strict=True)
)
AGGREGATE_LINE = (255, 255, 255, 230)  # each circle's edge
AGGREGATE_LINE_PX = 1.5
COUNT_SIZE_PX = 12.0  # the count's digits, bold white

# Labels: text colour, the light box that keeps them legible over lines and areas, and
# sizes in pixels (places of rank 0-1 larger). Drawn above marks, areas and circles.
LABEL = (60, 60, 60)
COUNTRY_LABEL = (120, 120, 120)
LABEL_BOX = (255, 255, 255, 170)
LABEL_BOX_PAD_PX = 2.0
PLACE_SIZE_PX = {"major": 14.0, "minor": 12.0}
COUNTRY_SIZE_PX = 15.0
PLACE_DOT_PX = 2.5  # radius of a place's dot
LABEL_GAP_PX = 6.0  # between a place's dot and its name

# The category letter in a mark, and in the legend beside it: a bold capital 11.7 px tall
# (DejaVu Sans Bold's capitals are 0.73 em), legible on screen and on the briefing's page.
# The innermost mark is as large as the letter needs (``scene.marks.RING_BASE_PX``).
LETTER_SIZE_PX = 16.0
LETTER_COLOR = (255, 255, 255)
LETTER_OUTLINE = (0, 0, 0, 150)

# Areas: the place an event is known to lie in; dashed where only the region is known.
AREA_FILL_ALPHA = {"place": 45, "region": 0}  # filled regions would stack up and hide the map
AREA_LINE_ALPHA = 220
AREA_LINE_PX = 1.8
DASH_PX = (6, 4)

UNCERTAINTY_FILL = (70, 70, 70, 26)
UNCERTAINTY_LINE = (70, 70, 70, 140)
UNCERTAINTY_LINE_PX = 1.0

# The selection: a dark ring this far outside the selected mark; the other events step
# back to DIMMED opacity.
SELECTION = (20, 20, 20)
SELECTION_GAP_PX = 5.0
SELECTION_LINE_PX = 3.0
SELECTION_AREA_PX = 3.5
DIMMED = 0.35


def hex_color(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def rgba(rgb, alpha: int = 255) -> list[int]:
    """An RGBA list (0-255) of an RGB colour (or an RGBA one, whose alpha wins)."""
    return [*rgb[:3], rgb[3] if len(rgb) > 3 else alpha]

"""Colours and symbols shared by the map, the timeline, the legend and the exported image.

Category colours are the Okabe–Ito palette, distinguishable with the common forms of
colour blindness; status is carried by fill and outline, not by colour alone.
"""

from __future__ import annotations

import numpy as np

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

# Quiet basemap.
LAND = (246, 244, 240)
LAND_FOCUS = (238, 232, 220)  # the focus country of the settings (focus_country)
BORDER = (90, 90, 90)
PROVINCE_LINE = (150, 150, 150)
DISTRICT_LINE = (190, 190, 190)
WATER = (140, 185, 215)
LABEL = (60, 60, 60)
UNCERTAINTY_FILL = (70, 70, 70, 26)
UNCERTAINTY_LINE = (70, 70, 70, 140)
SELECTION = (20, 20, 20)


def hex_color(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def marker_colors(
    category: str, status: str, faded: bool = False
) -> tuple[list[int], list[int], float]:
    """Fill RGBA, outline RGBA and outline width of one event marker."""
    base = CATEGORY_COLORS[category]
    style = STATUS_STYLE[status]
    factor = FADED_FACTOR if faded else 1.0
    fill = [*base, round(style["fill_alpha"] * factor)]
    line_rgb = style["line"] or base
    line = [*line_rgb, round(255 * factor)]
    return fill, line, style["width"]

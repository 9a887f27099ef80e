"""The map's legend as data: what the on-page legend (drawn by the map component as text
and small SVG symbols) shows for the current view.

A legend never shows what is not drawn: categories and marks come from the events on the
map, the uncertainty entries only while that layer is on.
"""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.scene import style

NEUTRAL = (110, 110, 110)


def _swatch(
    fill, line, width: float, *, dash: bool = False, shape: str = "dot", r: float = 6, text=""
):
    return {
        "fill": list(fill),
        "line": list(line),
        "width": width,
        "dash": dash,
        "shape": shape,
        "r": r,
        "text": text,
    }


def legend_groups(
    categories: Iterable[str],
    marks: Iterable[str],
    layers: Iterable[str],
    rings: bool,
    regions: bool = False,
) -> list[dict]:
    """Groups of ``{"label", "swatch"}`` entries: the categories drawn, the marks drawn
    (how sure), and the place entries: the uncertainty radius when that layer is on,
    dashed region outlines when a region-only place is drawn (they are drawn whatever the
    layer), rings when several events share a place."""
    layers = set(layers)
    groups = [
        {
            "title": "What",
            "items": [
                {
                    "label": style.CATEGORY_LABELS[c],
                    "swatch": _swatch(
                        (*style.CATEGORY_COLORS[c], 255),
                        (255, 255, 255, 255),
                        1.5,
                        r=9,
                        text=style.CATEGORY_LETTERS[c],
                    ),
                }
                for c in categories
            ],
        }
    ]
    marks = set(marks)
    how = []
    for m in style.MARK_STYLES:
        if m not in marks:
            continue
        s = style.STATUS_STYLE[m]
        how.append(
            {
                "label": style.STATUS_LABELS[m],
                "swatch": _swatch(
                    (*NEUTRAL, s["fill_alpha"]), (*(s["line"] or NEUTRAL), 255), s["width"]
                ),
            }
        )
    if how:
        groups.append({"title": "How sure", "items": how})
    place = []
    if "uncertainty" in layers:
        place.append(
            {
                "label": "Radius of place uncertainty",
                "swatch": _swatch(style.UNCERTAINTY_FILL, style.UNCERTAINTY_LINE, 1, r=8),
            }
        )
    if regions:
        place.append(
            {
                "label": "Only the region is known (dashed outline)",
                "swatch": _swatch((*NEUTRAL, 30), (*NEUTRAL, 255), 1.5, dash=True, shape="square"),
            }
        )
    if rings:
        place.append(
            {
                "label": "Rings: several events at one place",
                "swatch": _swatch((0, 0, 0, 0), (*NEUTRAL, 255), 1.5, shape="rings"),
            }
        )
    if place:
        groups.append({"title": "Where", "items": place})
    return [g for g in groups if g["items"]]

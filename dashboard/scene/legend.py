"""The legend of a scene: only what its frame shows, each entry with its symbol.

Every renderer draws these entries (the map component as text and small SVG symbols, the
briefing image with matplotlib), so no legend can list what the map does not draw, or
miss what it does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypedDict

from dashboard.contract.schema import CATEGORIES
from dashboard.scene import style
from dashboard.scene.marks import RING_BASE_PX

NEUTRAL = (110, 110, 110)


class Swatch(TypedDict):
    """A legend symbol: fill and outline RGBA, outline width (px), dashed or not, its
    shape, radius (px), the letter in it ('' for none) and the letter's size (px): a
    category's symbol is its mark as the map draws it, letter and all."""

    fill: list[int]
    line: list[int]
    width: float
    dash: bool
    shape: Literal["dot", "square", "rings"]
    r: float
    text: str
    text_px: float


class LegendItem(TypedDict):
    key: str
    label: str
    swatch: Swatch


class LegendGroup(TypedDict):
    title: str
    items: list[LegendItem]


def _swatch(fill, line, width: float, *, dash=False, shape="dot", r=6.0, text="") -> Swatch:
    return {
        "fill": style.rgba(fill),
        "line": style.rgba(line),
        "width": width,
        "dash": dash,
        "shape": shape,
        "r": r,
        "text": text,
        "text_px": style.LETTER_SIZE_PX if text else 0.0,
    }


def _category(c: str) -> LegendItem:
    swatch = _swatch(
        style.CATEGORY_COLORS[c],
        (255, 255, 255),
        style.STATUS_STYLE["official"]["width"],
        r=RING_BASE_PX,
        text=style.CATEGORY_LETTERS[c],
    )
    return {"key": c, "label": style.CATEGORY_LABELS[c], "swatch": swatch}


def _mark(m: str) -> LegendItem:
    s = style.STATUS_STYLE[m]
    swatch = _swatch((*NEUTRAL, s["fill_alpha"]), s["line"] or NEUTRAL, s["width"])
    return {"key": m, "label": style.STATUS_LABELS[m], "swatch": swatch}


EXTRAS: dict[str, LegendItem] = {
    "uncertainty": {
        "key": "uncertainty",
        "label": "Radius of place uncertainty",
        "swatch": _swatch(style.UNCERTAINTY_FILL, style.UNCERTAINTY_LINE, 1, r=8),
    },
    "region": {
        "key": "region",
        "label": "Only the region is known (dashed outline)",
        "swatch": _swatch((*NEUTRAL, 30), NEUTRAL, 1.5, dash=True, shape="square"),
    },
    "rings": {
        "key": "rings",
        "label": "Rings: several events at one place",
        "swatch": _swatch((0, 0, 0, 0), NEUTRAL, 1.5, shape="rings"),
    },
    "faded": {
        "key": "faded",
        "label": "Faded: ended before the range",
        "swatch": _swatch(
            (*NEUTRAL, round(235 * style.FADED_FACTOR)),
            (255, 255, 255, round(255 * style.FADED_FACTOR)),
            1.5,
        ),
    },
    "selected": {
        "key": "selected",
        "label": "Selected event",
        "swatch": _swatch((0, 0, 0, 0), style.SELECTION, 2.5, r=8),
    },
}


def legend_groups(
    categories: Iterable[str], marks: Iterable[str], extras: Iterable[str]
) -> list[LegendGroup]:
    """The groups 'What' (categories), 'How sure' (mark styles) and 'Where' (extras:
    keys of ``EXTRAS``), in declaration order, leaving out what is not given."""
    categories, marks, extras = set(categories), set(marks), set(extras)
    groups: list[LegendGroup] = [
        {"title": "What", "items": [_category(c) for c in CATEGORIES if c in categories]},
        {"title": "How sure", "items": [_mark(m) for m in style.MARK_STYLES if m in marks]},
        {"title": "Where", "items": [EXTRAS[e] for e in EXTRAS if e in extras]},
    ]
    return [g for g in groups if g["items"]]

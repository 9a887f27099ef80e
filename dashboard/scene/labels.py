"""The one label placer: map furniture, country and place names, kept clear of the marks
and of each other, and inside the frame.

Works in frame pixels (``scene.frame``). Marks are hard obstacles (a name never sits on an
event); uncertainty circles are soft ones (a position clear of them is preferred; labels
are drawn above circles in every renderer, so a circle never covers a name). What could
not be placed is kept, with ``placed=False``, so a renderer or a test can say what was
left out. The browser map, the slide and the briefing image all draw these placements.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import shapely
from shapely.geometry import box as shape_box
from shapely.ops import polylabel

from dashboard.scene import style
from dashboard.scene.fontmetrics import text_width
from dashboard.scene.frame import Frame

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in frame pixels, y down
EDGE_PX = 3.0  # labels keep this far inside the frame
PAD_PX = 2.0  # around every label box
LINE_HEIGHT = 1.25  # of the font size
# Where each piece of furniture goes, in order of preference.
CORNERS = {
    "north-arrow": ("top right", "top left", "bottom right", "bottom left"),
    "scale-bar": ("bottom left", "bottom right", "top left", "top right"),
}


@dataclass(frozen=True)
class Label:
    """A name on the map: where its point is, how it is set, and whether it was placed.

    ``anchor`` and ``baseline`` are deck.gl's text anchor ('start', 'middle', 'end') and
    alignment baseline ('top', 'center', 'bottom'); ``dx``/``dy`` the pixel offset of the
    text from its point (y down). ``dot``: the place's point is drawn as a dot.
    """

    text: str
    kind: str  # "country" or "place"
    lon: float
    lat: float
    size: float
    bold: bool
    priority: int
    placed: bool = False
    anchor: str = "middle"
    baseline: str = "center"
    dx: float = 0.0
    dy: float = 0.0
    dot: bool = False
    box: Box | None = None


@dataclass(frozen=True)
class Furniture:
    """A fixed-size thing on the map (scale bar, north arrow) placed in a corner."""

    kind: str
    width: float
    height: float
    corner: str | None = None
    box: Box | None = None


class Discs:
    """Discs (x, y, radius) sorted by x, so that a box is tested only against the discs
    within reach of its sides: a frame can hold tens of thousands of marks and a scene
    tests a thousand boxes."""

    def __init__(self, xyr: np.ndarray):
        xyr = np.asarray(xyr, dtype=float).reshape(-1, 3)
        xyr = xyr[np.isfinite(xyr).all(axis=1)]  # no place or no size: covers nothing
        self.xyr = xyr[np.argsort(xyr[:, 0], kind="stable")]
        self.x = np.ascontiguousarray(self.xyr[:, 0])  # searched: a strided view is copied
        self.reach = float(self.xyr[:, 2].max()) if len(xyr) else 0.0

    def __len__(self) -> int:
        return len(self.xyr)

    def hit(self, b: Box) -> bool:
        """Whether any disc overlaps box ``b``."""
        lo, hi = np.searchsorted(self.x, (b[0] - self.reach, b[2] + self.reach))
        d = self.xyr[lo:hi]
        if not len(d):
            return False
        cx = np.clip(d[:, 0], b[0], b[2])
        cy = np.clip(d[:, 1], b[1], b[3])
        return bool(((d[:, 0] - cx) ** 2 + (d[:, 1] - cy) ** 2 < d[:, 2] ** 2).any())


class Placer:
    """Greedy placement in priority order against hard and soft obstacles."""

    def __init__(self, frame: Frame, discs: np.ndarray, soft: np.ndarray):
        self.frame = frame
        self.discs = Discs(discs)  # (k, 3): x, y, radius of every mark
        self.soft = Discs(soft)  # (k, 3): uncertainty circles
        self.boxes: list[Box] = []

    def inside(self, b: Box) -> bool:
        w, h = self.frame.width, self.frame.height
        return b[0] >= EDGE_PX and b[1] >= EDGE_PX and b[2] <= w - EDGE_PX and b[3] <= h - EDGE_PX

    def free(self, b: Box, soft: bool = True) -> bool:
        """Inside the frame, clear of marks, placed boxes and (``soft``) circles."""
        if not self.inside(b) or self.discs.hit(b):
            return False
        if any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in self.boxes):
            return False
        return not (soft and self.soft.hit(b))

    def take(self, b: Box) -> None:
        self.boxes.append(b)

    def first_free(self, candidates: list) -> tuple | None:
        """The first candidate ``(box, ...)`` clear of everything, else the first clear
        of all but circles; it is taken."""
        for soft in (True, False):
            for c in candidates:
                if self.free(c[0], soft):
                    self.take(c[0])
                    return c
        return None


def _padded(b: Box, pad: float = PAD_PX) -> Box:
    return b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad


def _corner_box(frame: Frame, item: Furniture, corner: str, margin: float) -> Box:
    x0 = frame.width - margin - item.width if corner.endswith("right") else margin
    y0 = margin if corner.startswith("top") else frame.height - margin - item.height
    return x0, y0, x0 + item.width, y0 + item.height


def place_furniture(placer: Placer, items: list[Furniture], margin: float) -> list[Furniture]:
    """Each item in the first corner where it is clear (the first corner when none is)."""
    out = []
    for item in items:
        cands = [(_corner_box(placer.frame, item, c, margin), c) for c in CORNERS[item.kind]]
        chosen = placer.first_free(cands)
        if chosen is None:  # marks in every corner: drawn anyway, where it reads best
            chosen = cands[0]
            placer.take(chosen[0])
        out.append(replace(item, corner=chosen[1], box=chosen[0]))
    return out


def _place_candidates(label: Label, x: float, y: float) -> list[tuple]:
    """Boxes right, left, above and below a place's dot, with how each is set."""
    w = text_width(label.text, label.size, label.bold)
    h = label.size * LINE_HEIGHT
    g = style.LABEL_GAP_PX
    return [
        ((x + g, y - h / 2, x + g + w, y + h / 2), "start", "center", g, 0.0),
        ((x - g - w, y - h / 2, x - g, y + h / 2), "end", "center", -g, 0.0),
        ((x - w / 2, y - 3 - h, x + w / 2, y - 3), "middle", "bottom", 0.0, -3.0),
        ((x - w / 2, y + 3, x + w / 2, y + 3 + h), "middle", "top", 0.0, 3.0),
    ]


def place_places(placer: Placer, labels: list[Label]) -> list[Label]:
    """Place names beside their dot; none where the dot itself lies under a mark."""
    frame = placer.frame
    x, y = frame.project([lb.lon for lb in labels], [lb.lat for lb in labels])
    out = []
    for label, px, py in zip(labels, np.atleast_1d(x), np.atleast_1d(y), strict=True):
        r = style.PLACE_DOT_PX + 1
        dot = (px - r, py - r, px + r, py + r)
        if not placer.inside(dot) or not placer.free(dot, soft=False):
            out.append(label)
            continue
        chosen = placer.first_free(
            [(_padded(c[0]), *c[1:]) for c in _place_candidates(label, px, py)]
        )
        if chosen is None:
            out.append(label)
            continue
        placer.take(dot)
        box, anchor, baseline, dx, dy = chosen
        out.append(
            replace(
                label,
                placed=True,
                anchor=anchor,
                baseline=baseline,
                dx=dx,
                dy=dy,
                dot=True,
                box=_padded(box, -PAD_PX),
            )
        )
    return out


def _country_points(poly) -> list[tuple[float, float]]:
    """Candidate centres inside a country's shape (in pixels): its pole of
    inaccessibility first, then a grid of inner points nearest to it."""
    parts = sorted(getattr(poly, "geoms", [poly]), key=lambda g: -g.area)
    best = polylabel(parts[0], tolerance=max(parts[0].area, 1) ** 0.5 / 50)
    x0, y0, x1, y1 = poly.bounds
    step = max(x1 - x0, y1 - y0) / 14
    gx, gy = np.meshgrid(np.arange(x0 + step / 2, x1, step), np.arange(y0 + step / 2, y1, step))
    grid = shapely.points(gx.ravel(), gy.ravel())
    grid = grid[shapely.contains(poly, grid)]
    grid = grid[np.argsort(shapely.distance(grid, best))][:80]
    return [(best.x, best.y), *zip(shapely.get_x(grid), shapely.get_y(grid), strict=True)]


def place_country(placer: Placer, label: Label, poly_px, relaxed: bool) -> Label:
    """A country's name inside its shape (a big country's may spill over a little)."""
    w = text_width(label.text, label.size, label.bold)
    h = label.size * LINE_HEIGHT
    cands = []
    for cx, cy in _country_points(poly_px):
        b = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        if relaxed or poly_px.contains(shape_box(*b)):
            cands.append((_padded(b, 4), cx, cy))
    chosen = placer.first_free(cands)
    if chosen is None:
        return label
    lon, lat = placer.frame.unproject(chosen[1], chosen[2])
    return replace(label, lon=float(lon), lat=float(lat), placed=True, box=_padded(chosen[0], -4))

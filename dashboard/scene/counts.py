"""Counts per area: what the map draws instead of each event when more than
``build.AGGREGATE_ABOVE`` are in view.

Events are counted in square cells of a round number of degrees, about ``CELL_PX`` a side
at the zoom drawn and aligned on the whole world's grid (so a pan moves no cell); each
count sits at the mean place of its events, on a circle that grows with the square root of
its share of the largest count in view. The page's map counts the same way, live, as the
window is dragged (frontend/src/compute.ts ``aggregate``, with these constants generated
into its protocol); the briefing image draws what this module counts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from dashboard.scene import style
from dashboard.scene.fontmetrics import text_width
from dashboard.scene.frame import TILE

CELL_PX = 48  # a cell's side at the zoom drawn, about
# What the map's corner says after "N events in view" (the page's map and the image).
NOTE = "shown as counts per area: zoom in to see each event."
RADIUS_PX = (6.0, 22.0)  # a count's circle: the least, and what the largest count adds


def cell_size_for(zoom: float, px: float = CELL_PX) -> float:
    """A cell size in degrees that gives cells of about ``px`` pixels at ``zoom``, rounded
    to 1, 2 or 5 times a power of ten, so cells stay put over small zooms."""
    raw = 360 / (TILE * 2**zoom) * px
    power = 10 ** math.floor(math.log10(raw))
    return next((m * power for m in (1, 2, 5) if m * power >= raw), 10 * power)


@dataclass(frozen=True)
class AreaCounts:
    """One count per cell with events: where it is drawn, how many, its circle (px)."""

    lon: np.ndarray
    lat: np.ndarray
    count: np.ndarray
    radius: np.ndarray

    def labels(self) -> list[str]:
        """Each count as the map writes it (thousands with commas)."""
        return [f"{int(c):,}" for c in self.count]


def count_areas(lon: np.ndarray, lat: np.ndarray, zoom: float) -> AreaCounts:
    """The counts per area of the events at ``lon``, ``lat`` (those drawn) at ``zoom``."""
    cell = cell_size_for(zoom)
    col = np.floor((np.asarray(lon, dtype=float) + 180) / cell).astype(np.int64)
    row = np.floor((np.asarray(lat, dtype=float) + 90) / cell).astype(np.int64)
    if not len(col):
        return AreaCounts(*(np.zeros(0) for _ in range(4)))
    # Cells numbered within the events' own span (a frame's few dozen a side): counted in
    # one pass, not sorted (a million events on the way to a first map).
    col, row = col - col.min(), row - row.min()
    key = row * (int(col.max()) + 1) + col
    if int(key.max()) > 4 * len(key) + 100_000:  # events spread far wider than a frame
        _, key = np.unique(key, return_inverse=True)
    count = np.bincount(key)
    used = np.flatnonzero(count)
    count = count[used]
    mean_lon = np.bincount(key, weights=lon)[used] / count
    mean_lat = np.bincount(key, weights=lat)[used] / count
    radius = RADIUS_PX[0] + RADIUS_PX[1] * np.sqrt(count / count.max())
    return AreaCounts(mean_lon, mean_lat, count, radius)


def count_reach(counts: AreaCounts) -> np.ndarray:
    """How far from its place each count reaches (px): its circle, or a disc around the
    box its digits sit on where that is wider (what names keep clear of)."""
    # One width per count drawn: a few hundred cells at most in any frame.
    half_w = [text_width(t, style.COUNT_SIZE_PX, bold=True) / 2 for t in counts.labels()]
    box = np.hypot(np.asarray(half_w) + style.LABEL_BOX_PAD_PX, style.COUNT_SIZE_PX / 2)
    return np.maximum(counts.radius, box)

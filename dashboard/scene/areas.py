"""Areas: the polygon a site's events are known to lie in, and how it is drawn.

A site with events in view is outlined in the colour of its latest event there; a place
known only as a region (``geo_precision`` 3) is a dashed outline with no fill (filled
regions stack up and hide the map); as-of mode fades a site whose every event there
ended before the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import shapely

from dashboard.contract.schema import CATEGORIES
from dashboard.scene import style
from dashboard.scene.text import plural, precision_text

DISPLAY_TOLERANCE = 0.005  # degrees (~500 m): invisible at the zooms a region is seen at
POLYGONS = ("Polygon", "MultiPolygon")

Rings = tuple  # ((ring of (lon, lat) pairs, ...), ...): polygons, each exterior then holes


@dataclass(frozen=True)
class Area:
    """One site's outline in a view."""

    site: int  # position in dataset.sites
    site_id: str
    category: str
    fill: tuple[int, int, int, int]
    line: tuple[int, int, int, int]
    dashed: bool
    faded: bool
    tip: str
    polygons: Rings


@lru_cache(maxsize=256)
def display_rings(geom) -> Rings:
    """Simplified, rounded rings of a polygon site, for drawing.

    Memoised: a site's geometry does not change between reruns, and simplifying a
    detailed district outline costs milliseconds each time.
    """
    simple = shapely.simplify(geom, DISPLAY_TOLERANCE, preserve_topology=True)
    parts = simple.geoms if simple.geom_type == "MultiPolygon" else [simple]
    return tuple(
        tuple(
            tuple((round(x, 4), round(y, 4)) for x, y in ring.coords)
            for ring in (p.exterior, *p.interiors)
        )
        for p in parts
    )


def site_areas(
    sites: pd.DataFrame,
    site_at: np.ndarray,
    category: np.ndarray,
    start: np.ndarray,
    faded: np.ndarray,
) -> list[Area]:
    """The areas of the sites the given events are at (``site_at``: each event's site
    position, -1 for none; ``category`` codes, ``start`` days and ``faded`` flags of the
    same events). Sites are few: a loop over them, never over events."""
    placed = site_at >= 0
    if not placed.any():
        return []
    at, cat, begun, old = site_at[placed], category[placed], start[placed], faded[placed]
    order = np.lexsort((begun, at))  # by site, latest event last
    last = np.r_[at[order][1:] != at[order][:-1], True]
    latest = order[last]
    counts = np.bincount(at, minlength=len(sites))
    fresh = np.bincount(at, weights=~old, minlength=len(sites))
    out = []
    for i, s in zip(latest, at[latest], strict=True):
        row = sites.iloc[int(s)]
        if row.geometry is None or row.geometry.geom_type not in POLYGONS:
            continue
        out.append(_area(int(s), row, CATEGORIES[cat[i]], int(counts[s]), fresh[s] == 0))
    return out


def _area(s: int, row: pd.Series, category: str, count: int, faded: bool) -> Area:
    rgb = style.CATEGORY_COLORS[category]
    precision = int(row["geo_precision"])
    region = precision >= 3
    fade = style.FADED_FACTOR if faded else 1.0
    alpha = style.AREA_FILL_ALPHA["region" if region else "place"]
    tip = [
        str(row["name"]),
        f"{plural(count, 'event')} in view here",
        precision_text(precision, None),
    ]
    if precision >= 2:
        tip.append("The outline is the area it lies in, not its position")
    return Area(
        site=s,
        site_id=str(row["site_id"]),
        category=category,
        fill=(*rgb, round(alpha * fade)),
        line=(*rgb, round(style.AREA_LINE_ALPHA * fade)),
        dashed=region,
        faded=faded,
        tip="\n".join(tip),
        polygons=display_rings(row.geometry),
    )

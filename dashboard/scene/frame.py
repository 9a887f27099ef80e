"""The map frame: the Web Mercator view deck.gl draws, in pixels.

A frame is a canvas ``width`` × ``height`` CSS pixels centred on ``lon``/``lat`` at
``zoom`` (deck.gl's 512-pixel world at zoom 0). Every renderer shows the same ground for
the same frame: the browser map draws it with deck.gl, the briefing image with
matplotlib in the same projection, so a mark, a label and a circle sit at the same pixel
in both. Pure numpy; no geopandas needed to project a point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

TILE = 512  # deck.gl's world width in pixels at zoom 0
EARTH_CIRCUMFERENCE_M = 40_075_016.686
# The browser's map frame before the component has reported its size.
DEFAULT_SIZE = (760, 560)
# Frames are never smaller or larger than this (a report from the browser is checked).
SIZE_RANGE = (120, 4000)


def _merc_x(lon, zoom: float):
    return (np.asarray(lon, dtype=float) + 180.0) / 360.0 * TILE * 2.0**zoom


def _merc_y(lat, zoom: float):
    phi = np.radians(np.clip(np.asarray(lat, dtype=float), -85.0511, 85.0511))
    return (1 - np.log(np.tan(np.pi / 4 + phi / 2)) / np.pi) / 2 * TILE * 2.0**zoom


@dataclass(frozen=True)
class Frame:
    """A map frame (see the module docstring)."""

    lon: float
    lat: float
    zoom: float
    width: float = DEFAULT_SIZE[0]
    height: float = DEFAULT_SIZE[1]

    def project(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Pixel coordinates in the frame (x right, y down; NaN in, NaN out)."""
        x = _merc_x(lon, self.zoom) - _merc_x(self.lon, self.zoom) + self.width / 2
        y = _merc_y(lat, self.zoom) - _merc_y(self.lat, self.zoom) + self.height / 2
        return x, y

    def unproject(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """Longitude and latitude of frame pixels."""
        world = TILE * 2.0**self.zoom
        mx = np.asarray(x, dtype=float) - self.width / 2 + _merc_x(self.lon, self.zoom)
        my = np.asarray(y, dtype=float) - self.height / 2 + _merc_y(self.lat, self.zoom)
        lon = mx / world * 360.0 - 180.0
        lat = np.degrees(np.arctan(np.sinh(np.pi * (1 - 2 * my / world))))
        return lon, lat

    def bounds(self) -> tuple[float, float, float, float]:
        """West, south, east, north of the frame."""
        lon, lat = self.unproject([0, self.width], [self.height, 0])
        return float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1])

    def metres_per_px(self, lat: float | None = None) -> float:
        """Ground metres per pixel at ``lat`` (the frame's centre by default)."""
        at = self.lat if lat is None else lat
        return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(at)) / (TILE * 2**self.zoom)

    def radius_px(self, metres, lat) -> np.ndarray:
        """A ground radius in pixels at ``lat`` (Mercator stretches it by 1 / cos(lat))."""
        lat = np.asarray(lat, dtype=float)
        per_px = EARTH_CIRCUMFERENCE_M * np.cos(np.radians(lat)) / (TILE * 2**self.zoom)
        return np.asarray(metres, dtype=float) / per_px

    def contains(self, x, y, margin=0.0) -> np.ndarray:
        """Which pixels (or discs of radius ``margin``) touch the frame."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return (
            (x + margin >= 0)
            & (x - margin <= self.width)
            & (y + margin >= 0)
            & (y - margin <= self.height)
        )


def clamp_size(width: object, height: object) -> tuple[int, int] | None:
    """A canvas size the browser reported, if it is a sensible one."""
    try:
        w, h = int(float(width)), int(float(height))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    lo, hi = SIZE_RANGE
    return (w, h) if lo <= w <= hi and lo <= h <= hi else None

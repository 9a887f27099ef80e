"""The sheets a view is handed out on: the 16:9 slide and A4 landscape.

A sheet's map shows the ground a ``FRAME_WIDTH``-pixel map shows at the view's zoom, so
a permalink's zoom gives the same area on the page, on the slide and in the image; its
frame (``map_frame``) is what the scene places labels in. The briefing image draws the
frame ``scale`` times larger; presentation mode draws the slide's frame scaled to the
window. Both draw the same scene.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.scene.frame import Frame

FRAME_WIDTH = 760  # px: the ground of a sheet's map is what this wide a map shows


@dataclass(frozen=True)
class Sheet:
    """A page size in pixels and where its map sits (figure fractions: left, bottom,
    width, height)."""

    name: str
    label: str
    width: int
    height: int
    map_box: tuple[float, float, float, float]

    @property
    def map_px(self) -> tuple[float, float]:
        return self.map_box[2] * self.width, self.map_box[3] * self.height

    @property
    def scale(self) -> float:
        """Image pixels per frame pixel: marks and names grow with the sheet."""
        return self.map_px[0] / FRAME_WIDTH

    def map_frame(self, lon: float, lat: float, zoom: float) -> Frame:
        """The frame of the sheet's map for a view."""
        w, h = self.map_px
        return Frame(lon, lat, zoom, FRAME_WIDTH, round(FRAME_WIDTH * h / w, 1))


SHEETS = {
    "slide": Sheet("slide", "16:9 slide (1920 × 1080)", 1920, 1080, (0.02, 0.245, 0.62, 0.6)),
    # A4 landscape (297 x 210 mm) at 150 dpi.
    "a4": Sheet("a4", "A4 landscape (1754 × 1240)", 1754, 1240, (0.02, 0.245, 0.62, 0.6)),
}

"""The map's first picture: the view's scene drawn on the server, as an image the page
shows in the map's place until its WebGL map has drawn.

A browser without a GPU (software WebGL: virtual desktops, thin clients) compiles the
map's programs for seconds before the first frame; the picture is the same scene in the
same projection (``mapdraw``), so the map is there at once and nothing moves when WebGL
takes over. It is drawn for a frame larger than the page's canvas usually is
(``PICTURE_SIZE``); the page shows it centred, cut to its canvas, as deck.gl draws the
same view centred on the same point at the same zoom.

No picture for a scene whose events are drawn as counts per cell (``Scene.aggregated``):
not made yet, though the scene holds the counts (``Scene.area_counts``) the briefing
draws; nor for one
with more than ``MOST_MARKS`` marks in its frame: drawn one by one here, they would take
longer than the browser's map.
"""

from __future__ import annotations

import base64
import io

from matplotlib.figure import Figure
from PIL import features

from dashboard.render.briefing import mapdraw
from dashboard.render.briefing.figure import drawing
from dashboard.render.map.protocol import MAP_HEIGHT_PX
from dashboard.scene.build import Scene
from dashboard.scene.frame import Frame
from dashboard.scene.marks import Marks

# The frame of the picture, CSS pixels: as high as the page's canvas can be, and wider
# than it seldom is (a wider one shows the ground colour at its sides until WebGL draws).
PICTURE_SIZE = (1600, MAP_HEIGHT_PX[1])
DPI = 100  # one frame pixel, one image pixel
# ~0.6 ms a mark on top of ~0.4 s for the rest: a picture comes within ~1 s.
MOST_MARKS = 1_000
# Lossy WebP: a fifth of a PNG's bytes (50 kB for the shipped view), and the picture is
# on screen for seconds only; PNG where Pillow was built without WebP.
FORMAT = (
    {"format": "webp", "pil_kwargs": {"quality": 85}}
    if features.check("webp")
    else {"format": "png", "metadata": {"Software": None}}
)


def picture_frame(lon: float, lat: float, zoom: float) -> Frame:
    """The frame the picture of a view is drawn in: the view, ``PICTURE_SIZE``."""
    return Frame(lon, lat, zoom, *PICTURE_SIZE)


def map_picture(ds, scene: Scene, marks: Marks, layers_on: set) -> str | None:
    """The image of ``scene`` (without furniture: the page's map has none) as a data URL,
    or None for an aggregated scene or one with too many marks to draw here."""
    if scene.aggregated or int(scene.drawn.in_frame.sum()) > MOST_MARKS:
        return None
    frame = scene.frame
    with drawing():
        # A Figure of its own, not pyplot's figure manager (nothing to close afterwards).
        fig = Figure(figsize=(frame.width / DPI, frame.height / DPI), dpi=DPI)
        ax = fig.add_axes((0, 0, 1, 1))
        for spine in ax.spines.values():
            spine.set_visible(False)
        mapdraw.draw_map(ax, ds, scene, marks, layers_on, 72 / DPI, furniture=False)
        buf = io.BytesIO()
        fig.savefig(buf, dpi=DPI, **FORMAT)
    encoded = base64.b64encode(buf.getvalue()).decode("ascii")
    return f"data:image/{FORMAT['format']};base64,{encoded}"

"""The briefing image: the view's scene for a sheet (16:9 slide or A4), drawn on the server
with matplotlib.

The map is the scene of the sheet's frame (``scene.sheet``), the same scene presentation
mode draws: the same marks (or counts per area), rings, letters, areas, circles, names,
furniture and legend entries. Around it: the title, the window and counts, the filters, the side panel (the
selection, layers, sources, events), the attribution, the short link and its QR code.
A figure is built first (tests read its texts), then saved as PNG.

Only the fonts bundled with matplotlib (DejaVu) are used, so the image is the same on
every machine (``tests/test_briefing_golden.py`` compares it with a reference image).
"""

from __future__ import annotations

import contextlib
import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from dashboard.render.briefing import mapdraw
from dashboard.render.briefing.legend import draw_legend
from dashboard.render.briefing.link import QR_QUIET, link_lines, qr_matrix, qr_module_px, short_link
from dashboard.render.briefing.panel import (
    KIND_SIZES,
    TEXT,
    caption_items,
    panel_items,
    panel_lines,
)
from dashboard.scene import style
from dashboard.scene.build import Scene, SceneData, build_scene
from dashboard.scene.sheet import SHEETS, Sheet
from dashboard.store.query import ViewStore
from dashboard.view.query import default_view
from dashboard.view.state import ViewState

DPI = 150
SIZES = {name: (s.width, s.height) for name, s in SHEETS.items()}
# Only matplotlib's bundled fonts: a system font lookup would make the image depend on
# the machine it is made on.
FONTS = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.monospace": ["DejaVu Sans Mono"],
    # Data is text: "$10 and $20" in a title must not turn into TeX maths.
    "text.parse_math": False,
}
# matplotlib's settings are one global, and sessions draw in threads of one process: one
# drawing leaving its rc_context would put back the defaults under another mid-drawing
# (dollar signs in data text read as maths). One drawing at a time (re-entrant: a pack
# draws its briefings inside its own).
_DRAWING = threading.RLock()


@contextlib.contextmanager
def drawing() -> Iterator[None]:
    """matplotlib's settings for the product's images (``FONTS``), one drawing at a time."""
    with _DRAWING, plt.rc_context(FONTS):
        yield


TITLE_WIDTH = 0.8  # of the image's width: the time stamp has the rest of the top line
PANEL_X = 0.665


@dataclass(frozen=True)
class Briefing:
    """What one image shows: the view, its size, the permalink and when it was made.

    ``permalink`` gives the address of the app (scheme, host and path); the link printed
    on the image and encoded in its QR code is rebuilt from ``state`` (see ``short_link``),
    unless ``link`` gives it whole (a narrative step's link, which also names the step).
    A ``caption`` (a step's sentence) heads the side panel under its ``heading``.
    """

    state: ViewState
    size: str = "slide"
    permalink: str = ""
    made_at: datetime | None = None
    caption: str = ""
    heading: str = ""
    link: str = ""

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"size was {self.size!r} but is expected to be in {tuple(SIZES)}")


@dataclass
class Page:
    """A figure being laid out: its sheet, renderer and sizes."""

    fig: Figure
    sheet: Sheet
    scale: float  # sizes relative to the 1920 × 1080 slide
    fs: float  # the base font size, points

    @property
    def renderer(self):
        return self.fig.canvas.get_renderer()


def sheet_scene(store: ViewStore, data: SceneData, state: ViewState, size: str) -> Scene:
    """The scene of ``state`` on the sheet ``size``: its frame, with furniture."""
    frame = SHEETS[size].map_frame(state.lon, state.lat, state.zoom)
    return build_scene(store, data, state, frame, furniture=True)


def build_figure(store: ViewStore, briefing: Briefing, data: SceneData | None = None) -> Figure:
    """The briefing as a matplotlib Figure (not yet saved)."""
    with drawing():
        return _build(store, briefing, data or SceneData.of(store))


def _build(store: ViewStore, briefing: Briefing, data: SceneData) -> Figure:
    sheet = SHEETS[briefing.size]
    scene = sheet_scene(store, data, briefing.state, briefing.size)
    scale = min(sheet.width / 1920, sheet.height / 1080)
    fig = plt.figure(figsize=(sheet.width / DPI, sheet.height / DPI), dpi=DPI, facecolor="white")
    page = Page(fig, sheet, scale, 10.5 * max(scale, 0.9))
    _header(page, scene)
    _map(page, store.dataset, scene, data, briefing.state)
    _legend(page, scene)
    link = briefing.link or short_link(briefing.permalink, briefing.state, default_view(store))
    qr_left, qr_top = _qr(page, link)
    bottom = _footer(page, link, store.dataset.settings.attribution, qr_left)
    caption = caption_items(briefing.heading, briefing.caption)
    _panel(page, store.dataset, scene, briefing.state, caption, (qr_left, qr_top, bottom))
    made = (briefing.made_at or datetime.now(UTC)).astimezone(UTC)
    fig.text(
        0.98,
        0.955,
        f"Made {made:%Y-%m-%d %H:%M} UTC",
        fontsize=page.fs * 0.8,
        color="#444",
        ha="right",
        va="center",
        gid="made",
    )
    return fig


def _header(page: Page, scene: Scene) -> None:
    """Title, the window and what is counted, the filters."""
    fig, fs, c = page.fig, page.fs, scene.caption
    title = fig.text(
        0.02, 0.955, c.title, fontsize=fs * 1.9, fontweight="bold", va="center", gid="title"
    )
    # A region's title may be long (up to 100 characters): it keeps clear of the time stamp.
    _fit(title, page.renderer, TITLE_WIDTH * page.sheet.width, fs * 1.9)
    fig.text(
        0.02, 0.905, f"{c.window}  ·  {c.counts}", fontsize=fs * 1.2, va="center", gid="window"
    )
    filters = "Filters: " + (c.filters or "none (all events)")
    line = fig.text(
        0.02, 0.868, filters, fontsize=fs * 0.9, va="center", color="#444", gid="filters"
    )
    _fit(line, page.renderer, 0.96 * page.sheet.width, fs * 0.9)


def _map(page: Page, ds, scene: Scene, data: SceneData, state: ViewState) -> None:
    """The scene's frame, drawn edge to edge in its own pixels."""
    ax = page.fig.add_axes(page.sheet.map_box)
    pt = page.sheet.scale * 72 / DPI  # points per frame pixel
    mapdraw.draw_map(ax, ds, scene, data.marks, set(state.layers), pt, furniture=True)
    ax.set_xlabel("")
    ax.set_ylabel("")
    for spine in ax.spines.values():
        spine.set_color(style.hex_color(style.MAP_EDGE))


def _legend(page: Page, scene: Scene) -> None:
    """Under the map: only what the frame shows."""
    w, h = page.sheet.width, page.sheet.height
    box = (0.02, 0.095, 0.62, page.sheet.map_box[1] - 0.105)
    lax = page.fig.add_axes(box)
    lax.set_xlim(0, box[2] * w)
    lax.set_ylim(box[3] * h, 0)
    lax.axis("off")
    draw_legend(lax, scene.legend, fontsize=page.fs * 0.8, height=box[3] * h)


def _qr(page: Page, link: str) -> tuple[float, float]:
    """The QR code of the link at the bottom right, with its quiet zone; returns its left
    edge and top, in pixels from the left and the bottom."""
    w, h, scale = page.sheet.width, page.sheet.height, page.scale
    margin = round(16 * scale)
    if not link:
        return w - margin, margin
    matrix = qr_matrix(link)
    px = qr_module_px(len(matrix), scale)
    pixels = np.where(np.kron(matrix, np.ones((px, px), dtype=bool)), 0, 255).astype(np.uint8)
    side = len(pixels)
    qr = page.fig.figimage(
        np.dstack([pixels] * 3), xo=w - margin - side, yo=margin, origin="upper", zorder=5
    )
    qr.set_gid(f"qr-code {px}px")
    top = margin + side
    page.fig.text(
        (w - margin - QR_QUIET * px) / w,
        (top + 2 * scale) / h,
        "Scan: opens this view",
        fontsize=page.fs * 0.75,
        color="#444",
        ha="right",
        va="bottom",
        gid="qr-caption",
    )
    return w - margin - side, top + 2 * scale + page.fs * 0.75 * 1.4 * DPI / 72


PDF_SLACK = 0.95  # of a text's width measured by Agg, what is safe in a PDF too


def _footer(page: Page, link: str, attribution: str, qr_left: float) -> float:
    """Bottom up: the link whole (broken only between parameters), then the attribution;
    returns the height (px) they take."""
    fig, w, h, scale, fs = page.fig, page.sheet.width, page.sheet.height, page.scale, page.fs
    link_pt = fs * 0.7
    text_w = qr_left - 12 * scale - 0.02 * w
    per_line = int(text_w / (0.602 * link_pt * DPI / 72))  # DejaVu Sans Mono: 0.602 em a glyph
    prefix = "Link: "
    lines = link_lines(link, per_line - len(prefix)) if link else ["(no permalink)"]
    y = round(16 * scale) + 4 * scale
    for n, line in reversed(list(enumerate(lines))):
        text = fig.text(
            0.02,
            y / h,
            (prefix if n == 0 else " " * len(prefix)) + line,
            fontsize=link_pt,
            color="#222",
            va="bottom",
            family="monospace",
            gid=f"permalink-{n}",
        )
        if link:
            text.set_url(link)  # a link that can be clicked in a PDF
        y += link_pt * 1.5 * DPI / 72
    attr_pt = fs * 0.66
    # Measured by Agg (hinted glyphs); a PDF draws the font's exact advances, a few per
    # cent wider: a line that just fits the PNG ran under the QR code in the pack's PDF.
    attr_w = text_w * PDF_SLACK
    for n, line in reversed(
        list(enumerate(wrap_px(fig, page.renderer, attribution, attr_w, fontsize=attr_pt)))
    ):
        fig.text(
            0.02, y / h, line, fontsize=attr_pt, color="#444", va="bottom", gid=f"attribution-{n}"
        )
        y += attr_pt * 1.45 * DPI / 72
    return y


def _panel(page: Page, ds, scene: Scene, state: ViewState, caption: list, room: tuple) -> None:
    """The side panel, under the ``caption`` items; lines that come down beside the QR
    code wrap short of it (``room``: the QR code's left and top, the footer's top)."""
    w, h, scale, fs = page.sheet.width, page.sheet.height, page.scale, page.fs
    qr_left, qr_top, bottom = room
    wide = int(48 * (w / 1920) / max(scale, 0.9))
    narrow = int(wide * (qr_left - 14 * scale - PANEL_X * w) / (0.315 * w))
    line_h = 0.0235 * (1080 / h) * (fs / 10.5)
    lines = panel_lines(
        caption + panel_items(ds, scene, state.layers),
        scene.counts.on_map,
        top=0.845,
        line_h=line_h,
        widths=(wide, narrow),
        beside=(qr_top + 6 * scale) / h,
        bottom=(bottom + 6 * scale) / h,
    )
    for y_line, kind, text in lines:
        bold = kind in ("head", "selected", "selected-event")
        page.fig.text(
            PANEL_X,
            y_line,
            text,
            fontsize=fs * KIND_SIZES.get(kind, TEXT)[0],
            fontweight="bold" if bold else "normal",
            color="#555" if kind == "small" else "#111",
            va="top",
            gid=f"panel-{kind}",
        )


def wrap_px(fig, renderer, text: str, max_px: float, **kw) -> list[str]:
    """``text`` in lines no wider than ``max_px`` as drawn with ``kw``: broken after a
    sentence or before a dash where that fits, else at spaces."""
    probe = fig.text(0, 0, "", **kw)

    def width(t: str) -> float:
        probe.set_text(t)
        return probe.get_window_extent(renderer).width

    lines: list[str] = []
    for clause in re.split(r"(?<=\.) (?=[A-Z])| (?=— )", text):
        trial = f"{lines[-1]} {clause}" if lines else clause
        if lines and width(trial) <= max_px:
            lines[-1] = trial
        elif width(clause) <= max_px:
            lines.append(clause)
        else:  # a clause wider than a line: by words
            for word in clause.split():
                trial = f"{lines[-1]} {word}" if lines else word
                if lines and width(trial) <= max_px:
                    lines[-1] = trial
                else:
                    lines.append(word)
    probe.remove()
    return lines


def _fit(t, renderer, max_px: float, size: float):
    """``t`` set smaller (down to 75% of ``size``) until it is no wider than ``max_px``,
    then cut with … as a last resort."""
    width = t.get_window_extent(renderer).width
    if width > max_px:
        t.set_fontsize(max(size * 0.75, size * max_px / width))
    while t.get_window_extent(renderer).width > max_px and len(t.get_text()) > 10:
        t.set_text(t.get_text()[:-2] + "…")
    return t


def figure_texts(fig: Figure) -> list[str]:
    """Every text on the figure (titles, labels, legend entries): what a test reads."""
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts]
    return out


def printed_link(fig: Figure) -> str:
    """The link as printed on the figure, its lines joined (what a reader would type)."""
    lines = [t for t in fig.texts if (t.get_gid() or "").startswith("permalink-")]
    lines.sort(key=lambda t: int(t.get_gid().split("-")[1]))
    return "".join(t.get_text() for t in lines).removeprefix("Link: ").replace(" ", "")


def briefing_png(store: ViewStore, briefing: Briefing, data: SceneData | None = None) -> bytes:
    """Render and encode the briefing image (PNG of exactly the requested size)."""
    with drawing():
        fig = _build(store, briefing, data or SceneData.of(store))
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
        plt.close(fig)
    return buf.getvalue()

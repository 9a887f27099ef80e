"""The briefing image: the current view rendered on the server with matplotlib.

It is drawn from the same data as the map (the same filtered events, the same ring
records, the same colours) so it needs no browser. A figure is built first (tests read
its texts), then saved as PNG.

Only the fonts bundled with matplotlib (DejaVu) are used, so the image is the same on
every machine (``tests/test_briefing_golden.py`` compares it with a reference image).
"""

from __future__ import annotations

import io
import math
import re
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.patheffects as pe
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import segno
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from pyproj import CRS
from shapely.geometry import Point, Polygon, box
from shapely.ops import polylabel

from dashboard.contract.catalog import EVENT_LAYERS, LAYER_LABELS
from dashboard.contract.claims import dispute_note, group_claims, roots_of
from dashboard.contract.dataset import Dataset
from dashboard.contract.schema import CATEGORIES, STATUSES
from dashboard.contract.settings import Settings
from dashboard.render.briefing.legend import draw_legend
from dashboard.render.map.basemap import (
    RING_BASE_PX,
    SOLID,
    area_records,
    marker_records,
    uncertainty_records,
)
from dashboard.scene import style
from dashboard.store.embedded import EmbeddedStore
from dashboard.view.query import default_view, describe_filters, query_of
from dashboard.view.state import ViewState
from dashboard.view.url import to_query
from dashboard.view.window import MODE_LABELS

DPI = 150
SIZES = {"slide": (1920, 1080), "a4": (1754, 1240)}  # A4 landscape (297 x 210 mm) at 150 dpi
SIZE_LABELS = {"slide": "16:9 slide (1920 × 1080)", "a4": "A4 landscape (1754 × 1240)"}
EVENT_LAYER_IDS = {g.id for g in EVENT_LAYERS}
SLIDE_EVENTS = 60  # events given a line block on the slide: more never fit
# The map in the image covers the ground the browser map shows this many pixels wide at
# the view's zoom, so a permalink's zoom gives the same area in both.
REFERENCE_WIDTH_PX = 760
# Only matplotlib's bundled fonts: a system font lookup would make the image depend on
# the machine it is made on.
FONTS = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.monospace": ["DejaVu Sans Mono"],
    # Data is text: "$10 and $20" in a title must not turn into TeX maths.
    "text.parse_math": False,
}
# The link keeps its time window even when it is the data's whole span: that default
# moves when data is added, and the printed briefing must keep opening the same window.
LINK_ALWAYS = ("from", "to")
QR_ERROR = "m"  # 15% of the code may be lost (a photo of a projected slide) and it reads
QR_MIN_MODULE_PX = 3  # phone cameras read a code from a slide at 3 px a module and more
QR_TARGET_PX = 205  # the code's side, quiet zone included, on the 1920 × 1080 slide
QR_QUIET = 4  # modules of white around the code, as the standard asks
HALO = [pe.withStroke(linewidth=2.5, foreground="white")]
MAP_BOX = (0.02, 0.2, 0.62, 0.645)  # left, bottom, width, height (figure fractions)
TITLE_WIDTH = 0.8  # of the image's width: the time stamp has the rest of the top line
PANEL_X = 0.665


@dataclass(frozen=True)
class Briefing:
    """What one image shows: the view, its size, the permalink and when it was made.

    ``permalink`` gives the address of the app (scheme, host and path); the link printed
    on the image and encoded in its QR code is rebuilt from ``state`` (see ``short_link``).
    """

    state: ViewState
    size: str = "slide"
    permalink: str = ""
    made_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"size was {self.size!r} but is expected to be in {tuple(SIZES)}")


def _rgba(rgb, alpha: float = 1.0):
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255, alpha)


def _local_crs(lat: float, lon: float) -> CRS:
    """Azimuthal equidistant around the view centre: true distances from it, north up,
    and circles of uncertainty that stay circles."""
    return CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")


def _extent(state: ViewState, aspect: float) -> tuple[float, float, float, float]:
    metres_per_px = 40_075_016 * math.cos(math.radians(state.lat)) / (512 * 2**state.zoom)
    half_w = REFERENCE_WIDTH_PX * metres_per_px / 2
    return -half_w, -half_w * aspect, half_w, half_w * aspect


def _nice_length(width_m: float) -> float:
    target = width_m / 5
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if step * 1000 >= target:
            return step * 1000
    return 1_000_000


# --- The link and its QR code ------------------------------------------------------------


def short_link(permalink: str, state: ViewState, defaults: ViewState) -> str:
    """The link to ``state`` on the app at ``permalink``'s address, with only the
    parameters that differ from ``defaults`` (and always the time window, ``LINK_ALWAYS``).

    Commas stay unescaped (they are legal in a query string and keep it legible). An
    empty ``permalink`` gives an empty link.
    """
    if not permalink:
        return ""
    parts = urlsplit(permalink)
    base = f"{parts.scheme}://{parts.netloc}{parts.path or '/'}" if parts.netloc else ""
    if not base:  # a bare query or path: keep what was given before the query
        base = permalink.split("?")[0] or "/"
    mine, default = to_query(state), to_query(defaults)
    kept = {k: v for k, v in mine.items() if k in LINK_ALWAYS or default.get(k) != v}
    return base + "?" + urlencode(kept, doseq=True, safe=",")


def link_lines(link: str, per_line: int) -> list[str]:
    """``link`` in lines of at most ``per_line`` characters, broken only before an ``&``
    (never inside a parameter); a parameter longer than a line gets a line of its own."""
    head, _, query = link.partition("?")
    tokens = [head + ("?" if _ else "")]
    params = query.split("&") if query else []
    if params:
        tokens[0] += params[0]
        tokens += ["&" + p for p in params[1:]]
    lines = [tokens[0]]
    for t in tokens[1:]:
        if len(lines[-1]) + len(t) <= per_line:
            lines[-1] += t
        else:
            lines.append(t)
    return lines


def qr_matrix(link: str) -> np.ndarray:
    """The QR code of ``link`` as a boolean array (True: a dark module), quiet zone
    included."""
    qr = segno.make(link, error=QR_ERROR, micro=False)
    return np.array(list(qr.matrix_iter(border=QR_QUIET)), dtype=bool)


def qr_module_px(modules: int, scale: float) -> int:
    """Pixels per module for a code ``modules`` wide: about ``QR_TARGET_PX`` in all, and
    never under ``QR_MIN_MODULE_PX`` (a long link gets a bigger code, not a blurred one)."""
    return max(QR_MIN_MODULE_PX, int(QR_TARGET_PX * scale) // modules)


# --- The map -----------------------------------------------------------------------------


def _draw_reference(ax, ds: Dataset, crs: CRS, frame, layers: set[str]) -> None:
    ref = ds.reference
    drawn = ds.settings.draws

    # The reference layers are clipped to a lon/lat box: the outline of a clipped province
    # runs along that box, which is no boundary and is left out.
    cut = box(*ref.countries.total_bounds).exterior.buffer(1e-4)

    def draw(gdf: gpd.GeoDataFrame, boundary: bool = False, **kw) -> None:
        if boundary:
            gdf = gpd.GeoDataFrame(geometry=gdf.geometry.boundary.difference(cut), crs=gdf.crs)
        part = gdf.to_crs(crs).clip(frame)
        if not part.empty:  # a layer may have nothing in this view
            part.plot(ax=ax, **kw)

    countries = ref.countries.to_crs(crs).clip(frame)
    focus = ds.settings.focus_country
    colors = [
        _rgba(style.LAND_FOCUS if iso == focus else style.LAND) for iso in countries["iso_a3"]
    ]
    if not countries.empty and drawn("countries"):
        countries.plot(ax=ax, color=colors, linewidth=0, zorder=1)
    if drawn("lakes"):
        draw(ref.lakes, color=_rgba(style.WATER), linewidth=0, zorder=2)
    if drawn("rivers"):
        draw(ref.rivers, color=_rgba(style.WATER), linewidth=0.9, zorder=2)
    if drawn("provinces"):
        draw(
            ref.provinces, boundary=True, color=_rgba(style.PROVINCE_LINE), linewidth=0.6, zorder=3
        )
    if "districts" in layers and drawn("districts"):
        draw(
            ref.districts, boundary=True, color=_rgba(style.DISTRICT_LINE), linewidth=0.4, zorder=3
        )
    if drawn("borders"):
        draw(ref.borders, color=_rgba(style.BORDER), linewidth=1.2, zorder=4)


@dataclass
class Drawn:
    """What the event layers put on the map: for the legend and for keeping text clear."""

    spots: list  # (x, y, radius in points) of every ring, the selection ring included
    # What can be seen in the frame (a zoomed-in view clips most of the map away):
    marks: set  # mark styles (style.MARK_STYLES)
    categories: set  # categories of the rings and areas
    extras: set  # legend extras (see legend.EXTRAS)
    events: set  # ids of the events with a ring in the frame


def _draw_events(
    ax, visible: pd.DataFrame, crs: CRS, state: ViewState, scale: float, frame, m_per_pt: float
) -> Drawn:
    """Draw areas, uncertainty and markers from the browser map's own records (same
    styling, same rings); return what was drawn and what of it is in ``frame``."""
    drawn = Drawn([], set(), set(), set(), set())
    by_color = {rgb: c for c, rgb in style.CATEGORY_COLORS.items()}
    if visible.empty:
        return drawn
    # Areas: the place an event is known to lie in (dashed when only the region is known).
    for rec in area_records(visible):
        outline = Polygon(rec["polygon"][0], rec["polygon"][1:])
        dashed = rec["dash"] != SOLID
        area = gpd.GeoSeries([outline], crs="EPSG:4326").to_crs(crs)
        area.plot(
            ax=ax,
            facecolor=_rgba(rec["fill"][:3], rec["fill"][3] / 255),
            edgecolor=_rgba(rec["line"][:3], rec["line"][3] / 255),
            linewidth=1.3,
            linestyle="--" if dashed else "-",
            zorder=5,
        )
        if area.intersects(frame).any():
            drawn.categories.add(by_color[tuple(rec["line"][:3])])
            if dashed:
                drawn.extras.add("region")
    # Uncertainty radius around guessed points, true to scale in the local projection.
    if "uncertainty" in state.layers:
        for rec in uncertainty_records(visible):
            circle = (
                gpd.GeoSeries([Point(rec["position"])], crs="EPSG:4326")
                .to_crs(crs)
                .buffer(rec["radius_m"])
            )
            circle.plot(
                ax=ax,
                facecolor=_rgba(style.UNCERTAINTY_FILL[:3], 0.12),
                edgecolor=_rgba(style.UNCERTAINTY_LINE[:3], 0.55),
                linewidth=0.8,
                zorder=6,
            )
            if circle.intersects(frame).any():
                drawn.extras.add("uncertainty")
    # Markers: the same concentric rings as the browser map.
    recs = marker_records(visible)
    xy = gpd.GeoSeries([Point(r["position"]) for r in recs], crs="EPSG:4326").to_crs(crs)
    marks = dict(
        zip(
            visible["event_id"],
            style.mark_styles(visible["status"], visible["evidence"]),
            strict=True,
        )
    )
    category = dict(zip(visible["event_id"], visible["category"], strict=True))
    faded = dict(zip(visible["event_id"], visible["faded"].astype(bool), strict=True))
    per_place: dict[tuple, int] = {}
    for r in recs:
        per_place[tuple(r["position"])] = per_place.get(tuple(r["position"]), 0) + 1
    for r, p in zip(recs, xy, strict=True):
        diameter_pt = 2 * r["radius"] * scale
        width_pt = r["width"] * scale
        drawn.spots.append((p.x, p.y, diameter_pt / 2 + width_pt / 2))
        if frame.intersects(p.buffer(diameter_pt / 2 * m_per_pt)):
            drawn.events.add(r["event_id"])
            drawn.marks.add(marks[r["event_id"]])
            drawn.categories.add(category[r["event_id"]])
            if faded[r["event_id"]]:
                drawn.extras.add("faded")
            if per_place[tuple(r["position"])] > 1:
                drawn.extras.add("rings")
        ax.scatter(
            [p.x],
            [p.y],
            s=diameter_pt**2,
            c=[[c / 255 for c in r["fill"]]],
            edgecolors=[[c / 255 for c in r["line"]]],
            linewidths=width_pt,
            zorder=7,
            gid="event-marker",
        )
        if r["radius"] <= RING_BASE_PX and not faded[r["event_id"]]:
            # The category's letter in the innermost mark, as on the map: colour is not
            # the only thing that tells the categories apart.
            ax.text(
                p.x,
                p.y,
                style.CATEGORY_LETTERS[category[r["event_id"]]],
                ha="center",
                va="center_baseline",
                fontsize=diameter_pt * 0.62,
                fontweight="bold",
                color="white",
                path_effects=[pe.withStroke(linewidth=1.6 * scale, foreground=(0, 0, 0, 0.6))],
                zorder=7.5,
                gid="event-letter",
            )
        if state.event and r["event_id"] == state.event:
            ring_pt = diameter_pt + 10 * scale
            drawn.spots.append((p.x, p.y, ring_pt / 2 + 1.1 * scale))
            if r["event_id"] in drawn.events:
                drawn.extras.add("selected")
            ax.scatter(
                [p.x],
                [p.y],
                s=ring_pt**2,
                facecolors="none",
                edgecolors=_rgba(style.SELECTION),
                linewidths=2.2 * scale,
                zorder=8,
                gid="event-marker",
            )
    return drawn


class Placer:
    """Keeps every text and symbol on the map clear of the event marks and of each other.

    Works in display pixels: ``obstacles`` are boxes nothing may overlap.
    """

    def __init__(self, ax, renderer):
        self.ax = ax
        self.renderer = renderer
        self.frame = ax.get_window_extent(renderer)
        self.obstacles: list[Bbox] = []

    def free(self, bbox: Bbox) -> bool:
        inside = self.frame.contains(bbox.x0, bbox.y0) and self.frame.contains(bbox.x1, bbox.y1)
        return inside and not any(bbox.overlaps(o) for o in self.obstacles)

    def box_of(self, artists) -> Bbox:
        return Bbox.union([a.get_window_extent(self.renderer) for a in artists])

    def try_place(self, make, candidates, pad: float = 2.0):
        """Draw ``make(candidate)`` (a list of artists) at the first candidate where it is
        free; remove it elsewhere. Returns the candidate used, or None."""
        for c in candidates:
            artists = make(c)
            bbox = self.box_of(artists).padded(pad)
            if self.free(bbox):
                self.obstacles.append(bbox)
                return c
            for a in artists:
                a.remove()
        return None


def _scale_bar(ax, extent, fontsize: float, corner: str) -> list:
    x0, y0, x1, y1 = extent
    w, h = x1 - x0, y1 - y0
    length = _nice_length(w)
    left = corner.endswith("left")
    bx = x0 + 0.04 * w if left else x1 - 0.04 * w - length
    by = y0 + 0.05 * h if corner.startswith("bottom") else y1 - 0.09 * h
    out = ax.plot(
        [bx, bx + length], [by, by], color="black", linewidth=2.2, zorder=10, solid_capstyle="butt"
    )
    for x in (bx, bx + length / 2, bx + length):
        out += ax.plot([x, x], [by, by + 0.012 * h], color="black", linewidth=1, zorder=10)
    out.append(
        ax.text(
            bx + length / 2,
            by + 0.02 * h,
            f"{length / 1000:g} km",
            ha="center",
            va="bottom",
            fontsize=fontsize,
            zorder=10,
            path_effects=HALO,
            gid="scale-bar",
        )
    )
    return out


def _north_arrow(ax, fontsize: float, corner: str) -> list:
    x = 0.955 if corner.endswith("right") else 0.045
    y = 0.85 if corner.startswith("top") else 0.06
    return [
        ax.annotate(
            "N",
            xy=(x, y + 0.1),
            xytext=(x, y),
            xycoords="axes fraction",
            ha="center",
            va="center",
            fontsize=fontsize + 2,
            fontweight="bold",
            zorder=10,
            arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.5},
            gid="north-arrow",
        )
    ]


def _label_points(poly, n: int = 80) -> list[tuple[float, float]]:
    """Candidate label anchors inside ``poly``: its pole of inaccessibility first, then
    a grid of inner points, nearest first."""
    if poly.is_empty:
        return []
    parts = sorted(getattr(poly, "geoms", [poly]), key=lambda g: -g.area)
    best = polylabel(parts[0], tolerance=max(parts[0].area, 1) ** 0.5 / 50)
    x0, y0, x1, y1 = poly.bounds
    step = max(x1 - x0, y1 - y0) / 14
    grid = [
        Point(x, y)
        for x in np.arange(x0 + step / 2, x1, step)
        for y in np.arange(y0 + step / 2, y1, step)
    ]
    grid = [g for g in grid if poly.contains(g)]
    grid.sort(key=lambda g: g.distance(best))
    return [(best.x, best.y)] + [(g.x, g.y) for g in grid[:n]]


def _draw_labels(ax, placer: Placer, ds: Dataset, crs: CRS, frame, state, fs, scale) -> None:
    ref = ds.reference
    to_data = ax.transData.inverted()
    countries = ref.countries.to_crs(crs).clip(frame)
    frame_area = frame.area
    # The focus country is named first (the others make room for it), then the largest.
    focus = ds.settings.focus_country
    countries = countries.assign(_area=countries.area, _other=countries["iso_a3"] != focus)
    if not ds.settings.draws("country_names"):
        countries = countries.iloc[:0]
    # The countries clipped to the frame (a handful): each label is placed on its own.
    for _, c in countries.sort_values(["_other", "_area"], ascending=[True, False]).iterrows():
        poly = c.geometry
        # A label must sit inside its country; a big country may spill over a little.
        relaxed = poly.area >= 0.1 * frame_area
        text = str(c["name"]).upper()

        def make(xy, text=text):
            return [
                ax.text(
                    *xy,
                    text,
                    fontsize=fs * 1.05,
                    color="#777",
                    fontweight="bold",
                    ha="center",
                    va="center",
                    zorder=9,
                    path_effects=HALO,
                    gid="country-label",
                )
            ]

        def inside(xy, poly=poly, make=make):
            t = make(xy)
            b = placer.box_of(t)
            t[0].remove()
            (bx0, by0), (bx1, by1) = to_data.transform([(b.x0, b.y0), (b.x1, b.y1)])
            return poly.contains(box(bx0, by0, bx1, by1))

        points = _label_points(poly)
        strict = [p for p in points if inside(p)]
        if placer.try_place(make, strict, pad=4) is None and relaxed:
            placer.try_place(make, points, pad=4)
    if "places" not in state.layers or not ds.settings.draws("places"):
        return
    places = ref.places.to_crs(crs)
    dot_px = 2.5 * scale * DPI / 72
    for name, p in zip(places["name"], places.geometry, strict=True):
        if not frame.contains(p):
            continue

        def make(pos, name=name, p=p):
            dx, dy, ha, va = pos
            dot = ax.plot([p.x], [p.y], "o", color="#333", markersize=2.5 * scale, zorder=9)
            label = ax.annotate(
                name,
                xy=(p.x, p.y),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=fs * 0.85,
                color="#333",
                ha=ha,
                va=va,
                zorder=9,
                path_effects=HALO,
                gid="place-label",
            )
            return [*dot, label]

        cx, cy = ax.transData.transform((p.x, p.y))
        dot_box = Bbox.from_extents(cx - dot_px, cy - dot_px, cx + dot_px, cy + dot_px)
        if not placer.free(dot_box):  # the town itself lies under a mark: no label
            continue
        placer.try_place(
            make,
            [
                (4, 0, "left", "center"),
                (-4, 0, "right", "center"),
                (0, 3, "center", "bottom"),
                (0, -3, "center", "top"),
            ],
        )


# --- Text helpers ------------------------------------------------------------------------


def _wrap(text: str, width: int, max_lines: int = 2) -> list[str]:
    """Wrapped lines, at most ``max_lines``; the last one ends in … when text was cut."""
    lines = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1][: max(0, width - 1)] + "…"]
    return lines


def _wrap_px(fig, renderer, text: str, max_px: float, **kw) -> list[str]:
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


def _fit_line(fig, renderer, x: float, y: float, text: str, max_px: float, size: float, gid: str):
    """One line of text no wider than ``max_px``: set smaller (down to 75%) if need be,
    then cut with … as a last resort (the link below carries the whole of it)."""
    t = fig.text(x, y, text, fontsize=size, va="center", color="#444", gid=gid)
    return _fit(t, renderer, max_px, size)


def _fit(t, renderer, max_px: float, size: float):
    """``t`` set smaller (down to 75% of ``size``) until it is no wider than ``max_px``,
    then cut with … as a last resort."""
    width = t.get_window_extent(renderer).width
    if width > max_px:
        t.set_fontsize(max(size * 0.75, size * max_px / width))
    while t.get_window_extent(renderer).width > max_px and len(t.get_text()) > 10:
        t.set_text(t.get_text()[:-2] + "…")
    return t


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def counts_text(
    matching: int, total: int, on_map: int, no_place: int, wording: str = Settings.no_place
) -> str:
    """'16 of 19 events match this view · 7 on the map · 9 with no place given' (the last
    words are the settings' ``no_place.label``)."""
    verb = "matches" if matching == 1 and total == 1 else "match"
    parts = [f"{matching:,} of {_n(total, 'event')} {verb} this view", f"{on_map:,} on the map"]
    if no_place:
        parts.append(f"{no_place:,} with {wording}")
    return " · ".join(parts)


# --- The figure --------------------------------------------------------------------------


def build_figure(store: EmbeddedStore, briefing: Briefing) -> Figure:
    """The briefing as a matplotlib Figure (not yet saved)."""
    with plt.rc_context(FONTS):
        return _build(store, briefing)


def _build(store: EmbeddedStore, briefing: Briefing) -> Figure:
    ds = store.dataset
    state = briefing.state
    w_px, h_px = SIZES[briefing.size]
    scale = min(w_px / 1920, h_px / 1080)  # marker and font scale relative to the slide size
    fs = 10.5 * max(scale, 0.9)
    fig = plt.figure(figsize=(w_px / DPI, h_px / DPI), dpi=DPI, facecolor="white")
    renderer = fig.canvas.get_renderer()
    # The events this view shows: the same store query as the app (filters, layers, time).
    shown = store.rows(query_of(state))
    placed = (shown["placement"] != "none").to_numpy(dtype=bool)
    on_map, nowhere = shown[placed], shown[~placed]

    # Header: title, the time window and what is counted, the filters.
    title = fig.text(
        0.02,
        0.955,
        ds.settings.title,
        fontsize=fs * 1.9,
        fontweight="bold",
        va="center",
        gid="title",
    )
    # A region's title may be long (up to 100 characters): it keeps clear of the time stamp
    # at the top right.
    _fit(title, renderer, TITLE_WIDTH * w_px, fs * 1.9)
    counts = counts_text(
        len(shown), len(ds.events), len(on_map), len(nowhere), ds.settings.no_place
    )
    window = (
        f"{MODE_LABELS[state.mode].split(':')[0]}: {state.start:%d %b %Y} – {state.end:%d %b %Y}"
        f"  ·  {counts}"
    )
    fig.text(0.02, 0.905, window, fontsize=fs * 1.2, va="center", gid="window")
    filters = describe_filters(state, len(CATEGORIES), len(STATUSES)) or "none (all events)"
    _fit_line(fig, renderer, 0.02, 0.868, "Filters: " + filters, 0.96 * w_px, fs * 0.9, "filters")

    # The map, filled edge to edge: the reference layers end at their clip box (a
    # rectangle in lon/lat, not in this projection), so the ground beyond it is plain land.
    ax = fig.add_axes(MAP_BOX)
    aspect = (MAP_BOX[3] * h_px) / (MAP_BOX[2] * w_px)
    extent = _extent(state, aspect)
    crs = _local_crs(state.lat, state.lon)
    frame = box(*extent)
    ax.set_facecolor(_rgba(style.LAND))
    _draw_reference(ax, ds, crs, frame.buffer(abs(extent[0]) * 0.05), set(state.layers))
    m_per_pt = (extent[2] - extent[0]) / (MAP_BOX[2] * w_px) * DPI / 72
    drawn = _draw_events(ax, on_map, crs, state, scale, frame, m_per_pt)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect("equal")
    ax.apply_aspect()
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    for spine in ax.spines.values():
        spine.set_color("#888")
    # Every text and symbol on the map keeps clear of the event marks and of each other.
    placer = Placer(ax, renderer)
    for x, y, radius_pt in drawn.spots:
        cx, cy = ax.transData.transform((x, y))
        r = radius_pt * DPI / 72 + 1
        placer.obstacles.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))
    corners = ["bottom left", "bottom right", "top left", "top right"]
    for draw, order in (
        (lambda c: _north_arrow(ax, fs, c), ["top right", "top left", "bottom right"]),
        (lambda c: _scale_bar(ax, extent, fs * 0.85, c), corners),
    ):
        if placer.try_place(draw, order, pad=8) is None:  # marks everywhere: draw it anyway
            placer.obstacles.append(placer.box_of(draw(order[0])).padded(8))
    _draw_labels(ax, placer, ds, crs, frame, state, fs, scale)

    # Legend under the map: only what the map shows.
    lax = fig.add_axes((0.02, 0.095, 0.62, 0.098))
    lax.axis("off")
    draw_legend(
        lax,
        [c for c in CATEGORIES if c in drawn.categories],
        [m for m in style.MARK_STYLES if m in drawn.marks],
        fontsize=fs * 0.8,
        loc="upper left",
        extras=drawn.extras,
    )

    # Bottom right: the QR code of the link, with a quiet zone of white.
    made = (briefing.made_at or datetime.now(UTC)).astimezone(UTC)
    defaults = default_view(store)
    link = short_link(briefing.permalink, state, defaults)
    margin = round(16 * scale)
    qr_left_px = w_px - margin
    qr_top_px = margin
    if link:
        matrix = qr_matrix(link)
        px = qr_module_px(len(matrix), scale)
        pixels = np.where(np.kron(matrix, np.ones((px, px), dtype=bool)), 0, 255).astype(np.uint8)
        side = len(pixels)
        qr_left_px = w_px - margin - side
        qr_top_px = margin + side
        qr = fig.figimage(
            np.dstack([pixels] * 3), xo=qr_left_px, yo=margin, origin="upper", zorder=5
        )
        qr.set_gid(f"qr-code {px}px")
        fig.text(
            (w_px - margin - QR_QUIET * px) / w_px,
            (qr_top_px + 2 * scale) / h_px,
            "Scan: opens this view",
            fontsize=fs * 0.75,
            color="#444",
            ha="right",
            va="bottom",
            gid="qr-caption",
        )
        qr_top_px += 2 * scale + fs * 0.75 * 1.4 * DPI / 72

    # Footer, bottom up: the link whole (broken only between parameters), attribution.
    link_pt = fs * 0.7
    text_right = qr_left_px - 12 * scale
    text_w = text_right - 0.02 * w_px
    # Monospace glyphs are 0.602 em wide (DejaVu Sans Mono).
    per_line = int(text_w / (0.602 * link_pt * DPI / 72))
    prefix = "Link: "
    lines = link_lines(link, per_line - len(prefix)) if link else ["(no permalink)"]
    step = link_pt * 1.5 * DPI / 72
    y = margin + 4 * scale
    for n, line in reversed(list(enumerate(lines))):
        fig.text(
            0.02,
            y / h_px,
            (prefix if n == 0 else " " * len(prefix)) + line,
            fontsize=link_pt,
            color="#222",
            va="bottom",
            family="monospace",
            gid=f"permalink-{n}",
        )
        y += step
    attr_pt = fs * 0.66
    attribution = _wrap_px(fig, renderer, ds.settings.attribution, text_w, fontsize=attr_pt)
    for n, line in reversed(list(enumerate(attribution))):
        fig.text(
            0.02,
            y / h_px,
            line,
            fontsize=attr_pt,
            color="#444",
            va="bottom",
            gid=f"attribution-{n}",
        )
        y += attr_pt * 1.45 * DPI / 72

    # Side panel: layers, sources (always complete), then as many events as fit; lines
    # that come down beside the QR code wrap short of it.
    wide = int(48 * (w_px / 1920) / max(scale, 0.9))
    narrow = int(wide * (qr_left_px - 14 * scale - PANEL_X * w_px) / (0.315 * w_px))
    line_h = 0.0235 * (1080 / h_px) * (fs / 10.5)
    items, total = _side_panel(ds, state, on_map, nowhere, drawn.events)
    panel = _panel_lines(
        items,
        total,
        top=0.845,
        line_h=line_h,
        widths=(wide, narrow),
        beside=(qr_top_px + 6 * scale) / h_px,
        bottom=(y + 6 * scale) / h_px,
    )
    for y_line, kind, text in panel:
        weight = "bold" if kind == "head" else "normal"
        color = "#111" if kind != "small" else "#555"
        size = fs * (1.0 if kind == "head" else 0.82)
        fig.text(
            PANEL_X,
            y_line,
            text,
            fontsize=size,
            fontweight=weight,
            color=color,
            va="top",
            gid=f"panel-{kind}",
        )

    # When it was made (top right).
    fig.text(
        0.98,
        0.955,
        f"Made {made:%Y-%m-%d %H:%M} UTC",
        fontsize=fs * 0.8,
        color="#444",
        ha="right",
        va="center",
        gid="made",
    )
    return fig


# A panel item: (kind, text, at most so many lines, bullet it). Kinds: "head" (bold),
# "small" (grey), "event" (one event's block, of which only whole ones are drawn).
Item = tuple[str, str, int, bool]


def _side_panel(
    ds: Dataset, state: ViewState, on_map: pd.DataFrame, nowhere: pd.DataFrame, in_frame: set
) -> tuple[list[Item], int]:
    """The panel's items: the layers, the sources behind what is shown, then a block for
    each of the first ``SLIDE_EVENTS`` events on the map (a slide never holds more), those
    with a ring ``in_frame`` first; and how many events are on the map."""
    event_layers = [LAYER_LABELS[x] for x in state.layers if x in EVENT_LAYER_IDS]
    items: list[Item] = [
        ("head", "Layers shown", 1, False),
        ("small", "; ".join(event_layers) or "no event layer", 4, False),
    ]
    outside = ~on_map["event_id"].isin(in_frame)
    on_map = on_map.assign(_outside=outside).sort_values(["_outside", "start", "event_id"])
    used = ds.sources_behind(pd.concat([on_map["event_id"], nowhere["event_id"]]))
    items.append(("head", f"Sources behind what is shown ({len(used)})", 1, False))
    items += [("small", ds.citation(sid), 2, True) for sid in used.index]
    roots = roots_of(ds.sources)
    items.append(("head", f"Events on the map ({len(on_map)})", 1, False))
    if len(nowhere):
        wording = ds.settings.no_place
        items.append(("small", f"Not drawn: {len(nowhere)} with {wording}", 1, False))
    if outside.any():
        n_in = len(on_map) - int(outside.sum())
        items.append(("small", f"{n_in} in this frame, {int(outside.sum())} outside it", 1, False))
    for _, e in on_map.head(SLIDE_EVENTS).iterrows():
        note = dispute_note(group_claims(ds.claims_for(e["event_id"]), roots))
        if not note and e["contested"]:
            note = "contested"
        # The mark goes first: a long title is cut at two lines, the mark never is.
        mark = f"[{note}] " if note else ""
        items.append(("event", f"{e['when']} — {mark}{e['title']}", 2, True))
    return items, len(on_map)


def _panel_lines(
    items: list[Item],
    total: int,
    top: float,
    line_h: float,
    widths: tuple[int, int],
    beside: float,
    bottom: float,
) -> list[tuple[float, str, str]]:
    """(y, kind, text) of each panel line, from ``top`` down (figure fractions).

    Lines wrap at ``widths[0]`` characters, or ``widths[1]`` where any line of the item
    would come below ``beside`` (next to the QR code). Every non-event item is drawn;
    event blocks only while they fit above ``bottom`` with room for a last line saying how
    many more of the ``total`` events on the map there are.
    """
    out: list[tuple[float, str, str]] = []
    y = top
    drawn = 0
    for kind, text, max_lines, bullet in items:
        step = line_h * (1.35 if kind == "head" else 1.0)
        lines = _wrap(text, widths[0] - 3 * bullet, max_lines)
        if y - len(lines) * step < beside:
            lines = _wrap(text, widths[1] - 3 * bullet, max_lines)
        if kind == "event":
            more = drawn + 1 < total
            if y - (len(lines) + more) * step < bottom:
                break
            drawn += 1
        for i, line in enumerate(lines):
            prefix = ("• " if i == 0 else "   ") if bullet else ""
            out.append((y, "small" if kind == "small" else kind, prefix + line))
            y -= step
    if drawn < total:
        out.append((y, "small", f"… and {total - drawn} more: open the link"))
    return out


def figure_texts(fig: Figure) -> list[str]:
    """Every text on the figure (titles, labels, legend entries): what a test reads."""
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts]
        legend = ax.get_legend()
        if legend is not None:
            out += [t.get_text() for t in legend.get_texts()]
    return out


def printed_link(fig: Figure) -> str:
    """The link as printed on the figure, its lines joined (what a reader would type)."""
    lines = [t for t in fig.texts if (t.get_gid() or "").startswith("permalink-")]
    lines.sort(key=lambda t: int(t.get_gid().split("-")[1]))
    return "".join(t.get_text() for t in lines).removeprefix("Link: ").replace(" ", "")


def briefing_png(store: EmbeddedStore, briefing: Briefing) -> bytes:
    """Render and encode the briefing image (PNG of exactly the requested size)."""
    with plt.rc_context(FONTS):
        fig = _build(store, briefing)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
        plt.close(fig)
    return buf.getvalue()


__all__ = [
    "SIZES",
    "Briefing",
    "briefing_png",
    "build_figure",
    "counts_text",
    "figure_texts",
    "link_lines",
    "printed_link",
    "qr_matrix",
    "short_link",
]

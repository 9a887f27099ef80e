"""The briefing image: the current view rendered on the server with matplotlib.

It is drawn from the same data as the map (the same filtered events, the same ring
records, the same colours) so it needs no browser. A figure is built first (tests read
its texts), then saved as PNG.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.patheffects as pe
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from pyproj import CRS
from shapely.geometry import Point, Polygon, box

from dashboard import TITLE
from dashboard.core.catalog import EVENT_LAYERS, LAYER_LABELS
from dashboard.core.claims import dispute_note, group_claims, roots_of
from dashboard.core.dataset import Dataset
from dashboard.core.reference import ATTRIBUTION
from dashboard.core.schema import CATEGORIES, STATUSES
from dashboard.core.store import EmbeddedStore
from dashboard.core.timefilter import MODE_LABELS
from dashboard.core.urlstate import ViewState
from dashboard.core.view import describe_filters, query_of
from dashboard.export.legend import draw_legend
from dashboard.mapview import style
from dashboard.mapview.layers import (
    SOLID,
    area_records,
    legend_categories,
    marker_records,
    uncertainty_records,
)

DPI = 150
SIZES = {"slide": (1920, 1080), "a4": (1754, 1240)}  # A4 landscape (297 x 210 mm) at 150 dpi
SIZE_LABELS = {"slide": "16:9 slide (1920 × 1080)", "a4": "A4 landscape (1754 × 1240)"}
EVENT_LAYER_IDS = {g.id for g in EVENT_LAYERS}
SLIDE_EVENTS = 60  # events given a line block on the slide: more never fit
# The map in the image covers the ground the browser map shows this many pixels wide at
# the view's zoom, so a permalink's zoom gives the same area in both.
REFERENCE_WIDTH_PX = 760


@dataclass(frozen=True)
class Briefing:
    """What one image shows: the view, its size, the permalink and when it was made."""

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


def _draw_reference(ax, ds: Dataset, crs: CRS, frame, layers: set[str]) -> None:
    ref = ds.reference

    def draw(gdf: gpd.GeoDataFrame, boundary: bool = False, **kw) -> None:
        part = gdf.to_crs(crs).clip(frame)
        if not part.empty:  # a layer may have nothing in this view
            (part.boundary if boundary else part).plot(ax=ax, **kw)

    countries = ref.countries.to_crs(crs).clip(frame)
    colors = [
        _rgba(style.LAND_FOCUS if iso == "TJK" else style.LAND) for iso in countries["iso_a3"]
    ]
    countries.plot(ax=ax, color=colors, linewidth=0, zorder=1)
    draw(ref.lakes, color=_rgba(style.WATER), linewidth=0, zorder=2)
    draw(ref.rivers, color=_rgba(style.WATER), linewidth=0.9, zorder=2)
    draw(ref.provinces, boundary=True, color=_rgba(style.PROVINCE_LINE), linewidth=0.6, zorder=3)
    if "districts" in layers:
        draw(
            ref.districts, boundary=True, color=_rgba(style.DISTRICT_LINE), linewidth=0.4, zorder=3
        )
    draw(ref.borders, color=_rgba(style.BORDER), linewidth=1.2, zorder=4)


def _label(ax, x, y, text, placed: list, renderer, **kw) -> bool:
    """Write a label unless it would overlap one already written (no pile-ups)."""
    t = ax.text(
        x,
        y,
        text,
        zorder=9,
        clip_on=True,
        path_effects=[pe.withStroke(linewidth=2.5, foreground="white")],
        **kw,
    )
    bbox = t.get_window_extent(renderer).expanded(1.05, 1.15)
    axbox = ax.get_window_extent(renderer)
    inside = axbox.contains(bbox.x0, bbox.y0) and axbox.contains(bbox.x1, bbox.y1)
    if not inside or any(bbox.overlaps(other) for other in placed):
        t.remove()
        return False
    placed.append(bbox)
    return True


def _draw_events(ax, shown: pd.DataFrame, crs: CRS, state: ViewState, scale: float) -> list:
    """Draw areas, uncertainty and markers from the browser map's own records (same
    styling, same rings); return the markers' (x, y, radius_pt) so labels keep clear."""
    # An event with no place is listed beside the map, never drawn on it.
    visible = shown[shown["layer"].isin(state.layers) & (shown["placement"] != "none")]
    if visible.empty:
        return []
    # Areas: the place an event is known to lie in (dashed when only the region is known).
    for rec in area_records(visible):
        outline = Polygon(rec["polygon"][0], rec["polygon"][1:])
        gpd.GeoSeries([outline], crs="EPSG:4326").to_crs(crs).plot(
            ax=ax,
            facecolor=_rgba(rec["fill"][:3], rec["fill"][3] / 255),
            edgecolor=_rgba(rec["line"][:3], rec["line"][3] / 255),
            linewidth=1.3,
            linestyle="--" if rec["dash"] != SOLID else "-",
            zorder=5,
        )
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
    # Markers: the same concentric rings as the browser map.
    recs = marker_records(visible)
    xy = gpd.GeoSeries([Point(r["position"]) for r in recs], crs="EPSG:4326").to_crs(crs)
    spots = []
    for r, p in zip(recs, xy, strict=True):
        diameter_pt = 2 * r["radius"] * scale
        spots.append((p.x, p.y, diameter_pt / 2))
        ax.scatter(
            [p.x],
            [p.y],
            s=diameter_pt**2,
            c=[[c / 255 for c in r["fill"]]],
            edgecolors=[[c / 255 for c in r["line"]]],
            linewidths=r["width"] * scale,
            zorder=7,
        )
        if state.event and r["event_id"] == state.event:
            ax.scatter(
                [p.x],
                [p.y],
                s=(diameter_pt + 10 * scale) ** 2,
                facecolors="none",
                edgecolors=_rgba(style.SELECTION),
                linewidths=2.2 * scale,
                zorder=8,
            )
    return spots


def _scale_bar(ax, extent, fontsize: float):
    x0, y0, x1, y1 = extent
    length = _nice_length(x1 - x0)
    bx, by = x0 + 0.04 * (x1 - x0), y0 + 0.05 * (y1 - y0)
    ax.plot(
        [bx, bx + length], [by, by], color="black", linewidth=2.2, zorder=10, solid_capstyle="butt"
    )
    for x in (bx, bx + length / 2, bx + length):
        ax.plot([x, x], [by, by + 0.012 * (y1 - y0)], color="black", linewidth=1, zorder=10)
    ax.text(
        bx + length / 2,
        by + 0.02 * (y1 - y0),
        f"{length / 1000:g} km",
        ha="center",
        va="bottom",
        fontsize=fontsize,
        zorder=10,
        path_effects=[pe.withStroke(linewidth=2.5, foreground="white")],
    )
    # The area it covers, in data coordinates, so that labels keep clear of it.
    return (bx - 0.01 * (x1 - x0), y0, bx + length + 0.01 * (x1 - x0), by + 0.08 * (y1 - y0))


def _north_arrow(ax, fontsize: float):
    return ax.annotate(
        "N",
        xy=(0.955, 0.95),
        xytext=(0.955, 0.85),
        xycoords="axes fraction",
        ha="center",
        va="center",
        fontsize=fontsize + 2,
        fontweight="bold",
        zorder=10,
        arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.5},
    )


def _wrap(text: str, width: int, max_lines: int = 2) -> list[str]:
    """Wrapped lines, at most ``max_lines``; the last one ends in … when text was cut."""
    lines = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1][: max(0, width - 1)] + "…"]
    return lines


def build_figure(store: EmbeddedStore, briefing: Briefing) -> Figure:
    """The briefing as a matplotlib Figure (not yet saved)."""
    ds = store.dataset
    state = briefing.state
    w_px, h_px = SIZES[briefing.size]
    scale = min(w_px / 1920, h_px / 1080) * 1.0  # marker and font scale relative to the slide size
    fs = 10.5 * max(scale, 0.9)
    fig = plt.figure(figsize=(w_px / DPI, h_px / DPI), dpi=DPI, facecolor="white")
    shown = store.rows(query_of(state))

    # Header: title, the time window and mode, the filters.
    fig.text(0.02, 0.955, TITLE, fontsize=fs * 1.9, fontweight="bold", va="center", gid="title")
    window = (
        f"{MODE_LABELS[state.mode].split(':')[0]}: {state.start:%d %b %Y} – {state.end:%d %b %Y}"
        f"  ·  {len(shown)} of {len(ds.events)} events"
    )
    fig.text(0.02, 0.905, window, fontsize=fs * 1.2, va="center", gid="window")
    filters = describe_filters(state, len(CATEGORIES), len(STATUSES)) or "none (all events)"
    fig.text(
        0.02,
        0.868,
        "Filters: " + filters,
        fontsize=fs * 0.9,
        va="center",
        color="#444",
        gid="filters",
    )

    # The map.
    map_box = (0.02, 0.19, 0.62, 0.655)
    ax = fig.add_axes(map_box)
    aspect = (map_box[3] * h_px) / (map_box[2] * w_px)
    extent = _extent(state, aspect)
    crs = _local_crs(state.lat, state.lon)
    frame = box(*extent).buffer(abs(extent[0]) * 0.05)
    ax.set_facecolor("white")
    _draw_reference(ax, ds, crs, frame, set(state.layers))
    spots = _draw_events(ax, shown, crs, state, scale)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    for spine in ax.spines.values():
        spine.set_color("#888")
    renderer = fig.canvas.get_renderer()
    # Labels keep clear of the event markers as well as of each other.
    placed: list = []
    for x, y, radius_pt in spots:
        cx, cy = ax.transData.transform((x, y))
        r = radius_pt * DPI / 72
        placed.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))
    sx0, sy0, sx1, sy1 = _scale_bar(ax, extent, fs * 0.85)
    placed.append(
        Bbox.from_extents(*ax.transData.transform((sx0, sy0)), *ax.transData.transform((sx1, sy1)))
    )
    placed.append(_north_arrow(ax, fs).get_window_extent(renderer).expanded(1.6, 1.3))
    ref = ds.reference
    countries = ref.countries.assign(geometry=ref.countries.geometry.representative_point()).to_crs(
        crs
    )
    for name, p in zip(countries["name"], countries.geometry, strict=True):
        _label(
            ax,
            p.x,
            p.y,
            name.upper(),
            placed,
            renderer,
            fontsize=fs * 1.05,
            color="#888",
            fontweight="bold",
            ha="center",
            va="center",
        )
    if "places" in state.layers:
        places = ref.places.to_crs(crs)
        for name, p in zip(places["name"], places.geometry, strict=True):
            if _label(
                ax,
                p.x,
                p.y,
                "  " + name,
                placed,
                renderer,
                fontsize=fs * 0.85,
                color="#333",
                ha="left",
                va="center",
            ):
                ax.plot([p.x], [p.y], "o", color="#333", markersize=2.5 * scale, zorder=9)

    # Legend under the map: only the categories on the map.
    lax = fig.add_axes((0.02, 0.082, 0.62, 0.1))
    lax.axis("off")
    draw_legend(
        lax,
        legend_categories(shown, state.layers),
        style.MARK_STYLES,
        fontsize=fs * 0.8,
        loc="upper left",
    )

    # Side panel: layers, sources (always complete), then as many events as fit.
    wrap = int(48 * (w_px / 1920) / max(scale, 0.9))
    line_h = 0.0235 * (1080 / h_px) * (fs / 10.5)
    head, events, n_events = _side_panel(ds, state, shown, wrap)
    room = int((0.845 - 0.085) / line_h) - len(head) - 3
    y = 0.845
    for kind, text in head + _fit(events, room, n_events):
        weight = "bold" if kind == "head" else "normal"
        color = "#111" if kind != "small" else "#555"
        size = fs * (1.0 if kind == "head" else 0.82)
        fig.text(0.665, y, text, fontsize=size, fontweight=weight, color=color, va="top")
        y -= line_h * (1.35 if kind == "head" else 1.0)

    # When it was made (top right), then the footer: attribution and the permalink.
    made = (briefing.made_at or datetime.now(UTC)).astimezone(UTC)
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
    fig.text(
        0.02, 0.058, ATTRIBUTION, fontsize=fs * 0.66, color="#444", va="center", gid="attribution"
    )
    # Commas are legal in a query string: unescaped they make the link legible and shorter.
    link = (briefing.permalink or "(no permalink)").replace("%2C", ",")
    link_pt = fs * 0.62
    # Monospace glyphs are ~0.6 em wide: as many characters as fit in 95% of the width.
    per_line = int(0.95 * w_px / (0.62 * link_pt * DPI / 72)) - len("Permalink: ")
    chunks = [link[k : k + per_line] for k in range(0, len(link), per_line)][:3]
    for n, chunk in enumerate(chunks):
        fig.text(
            0.02,
            0.036 - n * 0.016 * (1080 / h_px),
            ("Permalink: " if n == 0 else "") + chunk,
            fontsize=fs * 0.62,
            color="#444",
            va="center",
            family="monospace",
            gid=f"permalink-{n}",
        )
    return fig


def _side_panel(
    ds: Dataset, state: ViewState, shown: pd.DataFrame, wrap: int
) -> tuple[list[tuple[str, str]], list[list[tuple[str, str]]], int]:
    """(the layers and sources lines, one block of lines for each of the first events on
    the map, how many events are on the map). A slide holds a few dozen lines: only the
    first ``SLIDE_EVENTS`` get a block, whatever the number shown."""
    event_layers = [LAYER_LABELS[x] for x in state.layers if x in EVENT_LAYER_IDS]
    lines: list[tuple[str, str]] = [("head", "Layers shown")]
    lines += [("small", t) for t in _wrap("; ".join(event_layers) or "no event layer", wrap, 4)]
    in_layers = shown[shown["layer"].isin(state.layers)].sort_values(["start", "event_id"])
    placed = (in_layers["placement"] != "none").to_numpy(dtype=bool)
    on_map, nowhere = in_layers[placed], in_layers[~placed]
    used = ds.sources_behind(in_layers["event_id"])
    lines.append(("head", f"Sources behind what is shown ({len(used)})"))
    for sid in used.index:
        wrapped = _wrap(ds.citation(sid), wrap)
        lines += [("small", ("• " if i == 0 else "   ") + t) for i, t in enumerate(wrapped)]
    roots = roots_of(ds.sources)
    lines.append(("head", f"Events on the map ({len(on_map)})"))
    if len(nowhere):
        lines.append(("small", f"Not on the map: {len(nowhere)} more shown, no place given"))
    blocks = []
    for _, e in on_map.head(SLIDE_EVENTS).iterrows():
        note = dispute_note(group_claims(ds.claims_for(e["event_id"]), roots))
        if not note and e["contested"]:
            note = "contested"
        # The mark goes first: a long title is cut at two lines, the mark never is.
        mark = f"[{note}] " if note else ""
        wrapped = _wrap(f"{e['when']} — {mark}{e['title']}", wrap)
        blocks.append([("text", ("• " if i == 0 else "   ") + t) for i, t in enumerate(wrapped)])
    return lines, blocks, len(on_map)


def _fit(blocks: list[list[tuple[str, str]]], room: int, total: int) -> list[tuple[str, str]]:
    """As many whole event blocks as fit in ``room`` lines, then a line saying how many
    more of the ``total`` events there are."""
    out: list[tuple[str, str]] = []
    for i, block in enumerate(blocks):
        if len(out) + len(block) > room - (1 if i < total - 1 else 0):
            break
        out += block
    else:
        i = len(blocks)
    if i < total:
        out.append(("small", f"… and {total - i} more (open the permalink)"))
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


def briefing_png(store: EmbeddedStore, briefing: Briefing) -> bytes:
    """Render and encode the briefing image (PNG of exactly the requested size)."""
    fig = build_figure(store, briefing)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


__all__ = ["SIZES", "Briefing", "briefing_png", "build_figure", "figure_texts"]

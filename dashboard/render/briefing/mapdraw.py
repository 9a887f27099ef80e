"""The scene's map drawn with matplotlib, in the frame's own pixels.

The axes run over the frame (``scene.frame``, Web Mercator as deck.gl draws it) with y
down, so every mark, circle, name and piece of furniture sits where the scene put it,
as on the map in the browser. Nothing is decided here: sizes are the scene's pixels times
``pt`` (points per frame pixel); everything is clipped to the frame.
"""

from __future__ import annotations

import geopandas as gpd
import matplotlib.patheffects as pe
import numpy as np
import shapely
from matplotlib.patches import Circle, Polygon

from dashboard.contract.reference import outlines
from dashboard.scene import counts, style
from dashboard.scene.build import Scene
from dashboard.scene.frame import Frame
from dashboard.scene.marks import Marks

HA = {"start": "left", "middle": "center", "end": "right"}
VA = {"top": "top", "center": "center", "bottom": "bottom"}
Z = {"land": 1, "lines": 3, "circles": 5, "areas": 6, "marks": 7, "selection": 8, "letters": 9}
Z |= {"labels": 10, "furniture": 11}


def rgba(c, alpha: float = 1.0) -> tuple[float, float, float, float]:
    """A matplotlib colour from an RGB or RGBA (0-255) colour, times ``alpha``."""
    a = (c[3] / 255 if len(c) > 3 else 1.0) * alpha
    return c[0] / 255, c[1] / 255, c[2] / 255, a


def _to_px(frame: Frame, geoms):
    return shapely.transform(geoms, lambda xy: np.column_stack(frame.project(xy[:, 0], xy[:, 1])))


def _in_frame(frame: Frame, gdf: gpd.GeoDataFrame, cuts=()):
    """The layer's geometries clipped to (a little more than) the frame, in pixels;
    with ``cuts`` (lon/lat boxes), their outlines less the edges of those boxes."""
    west, south, east, north = frame.bounds()
    pad = (east - west) * 0.05
    geoms = gdf.geometry.values
    if cuts:
        geoms = outlines(geoms, cuts)
    geoms = shapely.clip_by_rect(geoms, west - pad, south - pad, east + pad, north + pad)
    geoms = geoms[~shapely.is_empty(geoms)]
    return gpd.GeoSeries(_to_px(frame, geoms))


def draw_reference(ax, ds, frame: Frame, layers_on: set, pt: float) -> None:
    """The quiet basemap, styled as the browser's (``style.BASEMAP_LINES``)."""
    ref, drawn = ds.reference, ds.settings.draws
    if drawn("countries"):
        focus = ds.settings.focus_country
        for iso, geom in zip(ref.countries["iso_a3"], ref.countries.geometry, strict=True):
            part = _in_frame(frame, gpd.GeoDataFrame(geometry=[geom]))
            colour = style.LAND_FOCUS if iso == focus else style.LAND
            if len(part):
                part.plot(ax=ax, color=rgba(colour), linewidth=0, zorder=Z["land"])
    if drawn("lakes") and len(part := _in_frame(frame, ref.lakes)):
        part.plot(ax=ax, color=rgba(style.WATER), linewidth=0, zorder=Z["land"])
    for name, (rgb, width) in style.BASEMAP_LINES.items():
        if not drawn(name) or (name == "districts" and "districts" not in layers_on):
            continue
        cuts = ref.edges if name in ("provinces", "districts") else ()
        part = _in_frame(frame, getattr(ref, name), cuts)
        if len(part):
            part.plot(ax=ax, color=rgba(rgb), linewidth=width * pt, zorder=Z["lines"])


def draw_areas(ax, scene: Scene, pt: float) -> None:
    frame = scene.frame
    for area in scene.areas:
        for poly in area.polygons:
            x, y = frame.project([p[0] for p in poly[0]], [p[1] for p in poly[0]])
            dash = (0, tuple(d / style.AREA_LINE_PX for d in style.DASH_PX)) if area.dashed else "-"
            ax.add_patch(
                Polygon(
                    np.column_stack([x, y]),
                    facecolor=rgba(area.fill),
                    edgecolor=rgba(area.line),
                    linewidth=style.AREA_LINE_PX * pt,
                    linestyle=dash,
                    zorder=Z["areas"],
                )
            )


def draw_circles(ax, scene: Scene, pt: float) -> None:
    c = scene.circles
    for i in np.flatnonzero(c.in_frame):  # the circles in the frame
        ax.add_patch(
            Circle(
                (float(c.x[i]), float(c.y[i])),
                float(c.radius_px[i]),
                facecolor=rgba(style.UNCERTAINTY_FILL),
                edgecolor=rgba(style.UNCERTAINTY_LINE),
                linewidth=style.UNCERTAINTY_LINE_PX * pt,
                zorder=Z["circles"],
            )
        )


def _mark(ax, marks: Marks, at: int, x: float, y: float, pt: float, alpha: float, z: float) -> None:
    ax.add_patch(
        Circle(
            (x, y),
            float(marks.radius[at]),
            facecolor=rgba(marks.fill[at], alpha),
            edgecolor=rgba(marks.line[at], alpha),
            linewidth=float(marks.width[at]) * pt,
            zorder=z,
            gid="event-marker",
        )
    )


def draw_marks(ax, scene: Scene, marks: Marks, pt: float) -> None:
    """Marks in draw order (larger rings first); faded ones and, while a selected event is
    drawn, the others step back as on the map; the selected mark on a white disc on top,
    ringed; then the letters the scene gave out."""
    d = scene.drawn
    dim = style.DIMMED if scene.dims else 1.0
    for i in np.flatnonzero(d.in_frame):  # the marks in the frame (a few thousand at most)
        alpha = (style.FADED_FACTOR if d.faded[i] else 1.0) * dim
        _mark(ax, marks, int(d.positions[i]), float(d.x[i]), float(d.y[i]), pt, alpha, Z["marks"])
    draw_selection(ax, scene, marks, pt)
    _letters(ax, scene, marks, pt, dim)


def draw_selection(ax, scene: Scene, marks: Marks, pt: float) -> None:
    """The selected mark on a white disc, ringed (over the other marks, or the counts)."""
    d, sel = scene.drawn, scene.selection
    hit = np.flatnonzero(d.positions == sel.position) if sel is not None and sel.in_frame else []
    if not len(hit):
        return
    i = int(hit[0])
    x, y, r = float(d.x[i]), float(d.y[i]), sel.radius
    ax.add_patch(Circle((x, y), r, facecolor="white", linewidth=0, zorder=Z["selection"]))
    _mark(ax, marks, sel.position, x, y, pt, 1.0, Z["selection"] + 0.1)
    ring = r + style.SELECTION_GAP_PX
    ax.add_patch(
        Circle(
            (x, y),
            ring,
            fill=False,
            edgecolor=rgba(style.SELECTION),
            linewidth=style.SELECTION_LINE_PX * pt,
            zorder=Z["letters"] + 0.5,
            gid="event-marker",
        )
    )


def _letters(ax, scene: Scene, marks: Marks, pt: float, dim: float) -> None:
    d, sel = scene.drawn, scene.selection
    halo = [pe.withStroke(linewidth=2 * pt, foreground=rgba(style.LETTER_OUTLINE))]
    inside = scene.frame.contains(d.x, d.y)  # a letter goes with its mark's centre
    for i in np.flatnonzero(d.lettered & inside):
        at = int(d.positions[i])
        selected = sel is not None and at == sel.position
        alpha = 1.0 if selected else (style.FADED_FACTOR if d.faded[i] else 1.0) * dim
        ax.text(
            float(d.x[i]),
            float(d.y[i]),
            style.LETTERS_BY_CODE[marks.category[at]],
            ha="center",
            va="center_baseline",
            fontsize=style.LETTER_SIZE_PX * pt,
            fontweight="bold",
            color=rgba(style.LETTER_COLOR, alpha),
            path_effects=halo,
            zorder=Z["letters"],
            clip_on=True,
            gid="event-letter",
        )


def draw_counts(ax, scene: Scene, pt: float) -> None:
    """Counts per area, as the page's map draws them: white digits on a box of their
    circle's colour, on the circle."""
    counted = scene.area_counts
    x, y = scene.frame.project(counted.lon, counted.lat)
    box = {"facecolor": rgba(style.AGGREGATE_BOX), "edgecolor": "none"}
    box["pad"] = style.LABEL_BOX_PAD_PX * pt
    # One circle and one text per count: a few hundred cells at most in any frame.
    for cx, cy, r, text in zip(x, y, counted.radius, counted.labels(), strict=True):
        ax.add_patch(
            Circle(
                (float(cx), float(cy)),
                float(r),
                facecolor=rgba(style.AGGREGATE_FILL, style.AGGREGATE_ALPHA / 255),
                edgecolor=rgba(style.AGGREGATE_LINE),
                linewidth=style.AGGREGATE_LINE_PX * pt,
                zorder=Z["marks"],
                gid="area-count",
            )
        )
        ax.text(
            float(cx),
            float(cy),
            text,
            ha="center",
            va="center",
            fontsize=style.COUNT_SIZE_PX * pt,
            fontweight="bold",
            color="white",
            bbox=box,
            zorder=Z["marks"] + 0.5,
            clip_on=True,
        )


def _counts_note(ax, scene: Scene, pt: float) -> None:
    """What the page's map says in its corner when it shows counts per area."""
    total = int(scene.area_counts.count.sum())
    ax.text(
        8,
        8,
        f"{total:,} events in view, {counts.NOTE}",
        ha="left",
        va="top",
        fontsize=12 * pt,
        color=rgba(style.LABEL),
        bbox={"facecolor": (1, 1, 1, 0.9), "edgecolor": "none", "pad": 3 * pt},
        zorder=Z["furniture"],
        gid="counts-note",
    )


def draw_labels(ax, scene: Scene, pt: float) -> None:
    """The names the scene placed, each with its dot where it has one."""
    box = {
        "facecolor": rgba(style.LABEL_BOX),
        "edgecolor": "none",
        "pad": style.LABEL_BOX_PAD_PX * pt,
    }
    for lb in scene.labels:
        if not lb.placed:
            continue
        x, y = scene.frame.project(lb.lon, lb.lat)
        x, y = float(x), float(y)
        if lb.dot:
            ax.add_patch(
                Circle((x, y), style.PLACE_DOT_PX, color=rgba(style.LABEL), zorder=Z["labels"])
            )
        colour = style.COUNTRY_LABEL if lb.kind == "country" else style.LABEL
        ax.annotate(
            lb.text,
            xy=(x, y),
            xytext=(lb.dx * pt, -lb.dy * pt),
            textcoords="offset points",
            ha=HA[lb.anchor],
            va=VA[lb.baseline],
            fontsize=lb.size * pt,
            fontweight="bold" if lb.bold else "normal",
            color=rgba(colour),
            bbox=box,
            zorder=Z["labels"],
            annotation_clip=True,
            clip_on=True,
            gid=f"{lb.kind}-label",
        )


def draw_map(
    ax, ds, scene: Scene, marks: Marks, layers_on: set, pt: float, furniture: bool
) -> None:
    """The whole map of ``scene`` on ``ax``, stacked as the browser stacks its layers,
    over the frame's pixels (y down); ``furniture``: with its scale bar and north arrow."""
    frame = scene.frame
    ax.set_facecolor(rgba(style.LAND))
    draw_reference(ax, ds, frame, layers_on, pt)
    if scene.area_counts is None:
        draw_circles(ax, scene, pt)
        draw_areas(ax, scene, pt)
        draw_marks(ax, scene, marks, pt)
    else:  # as the page's map: areas, and counts instead of each event
        draw_areas(ax, scene, pt)
        draw_counts(ax, scene, pt)
        draw_selection(ax, scene, marks, pt)
        _counts_note(ax, scene, pt)
    draw_labels(ax, scene, pt)
    if furniture:
        draw_furniture(ax, scene, pt)
    ax.set_xlim(0, frame.width)
    ax.set_ylim(frame.height, 0)
    ax.set_xticks([])
    ax.set_yticks([])


def draw_furniture(ax, scene: Scene, pt: float) -> None:
    """The scale bar and the north arrow, in the corners the scene chose."""
    halo = [pe.withStroke(linewidth=2.5 * pt, foreground="white")]
    for f in scene.furniture:
        x0, y0, x1, y1 = f.box
        if f.kind == "north-arrow":
            cx = (x0 + x1) / 2
            ax.annotate(
                "N",
                xy=(cx, y0),
                xytext=(cx, y1 - 8),
                ha="center",
                va="center",
                fontsize=14 * pt,
                fontweight="bold",
                zorder=Z["furniture"],
                gid="north-arrow",
                arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.5 * pt},
            )
            continue
        length = scene.scale_m / scene.frame.metres_per_px()
        ax.plot(
            [x0, x0 + length],
            [y1, y1],
            color="black",
            linewidth=2.2 * pt,
            solid_capstyle="butt",
            zorder=Z["furniture"],
        )
        for x in (x0, x0 + length / 2, x0 + length):
            ax.plot([x, x], [y1, y1 - 5], color="black", linewidth=pt, zorder=Z["furniture"])
        ax.text(
            x0 + length / 2,
            y1 - 7,
            scene.scale_label,
            ha="center",
            va="bottom",
            fontsize=11 * pt,
            zorder=Z["furniture"],
            path_effects=halo,
            gid="scale-bar",
        )

"""Layer building: reference (quiet basemap) layers and event layers, as pydeck layers.

Everything here is pure: DataFrames in, ``pydeck.Layer`` objects (with explicit ids) out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

import geopandas as gpd
import pandas as pd
import pydeck as pdk
import shapely

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.reference import Reference, simplified
from dashboard.contract.schema import CATEGORIES
from dashboard.contract.settings import REFERENCE_LAYERS
from dashboard.scene import style

# Display simplification (degrees, ~500 m): invisible at the zooms this region is viewed at.
DISPLAY_TOLERANCE = 0.005
DISPLAY_GRID = 1e-4  # coordinates rounded to ~10 m: smaller JSON for the browser
RING_BASE_PX, RING_STEP_PX = 6, 3.5  # events at one place are drawn as concentric rings
LAYER_ORDER = {g.id: i for i, g in enumerate(EVENT_LAYERS)}
LABEL_SPACING_DEG = 0.22  # a place label closer than this to a more important one is dropped
TOOLTIP = {"text": "{tip_title}\n{tip_when}\n{tip_what}\n{tip_where}"}
DASHED, SOLID = [6, 4], [0, 0]
# The settings' name (``reference.layers``) of each basemap layer.
REFERENCE_LAYER_OF = {
    "ref-countries": "countries",
    "ref-lakes": "lakes",
    "ref-rivers": "rivers",
    "ref-provinces": "provinces",
    "ref-districts": "districts",
    "ref-borders": "borders",
    "ref-country-labels": "country_names",
    "ref-places": "places",
    "ref-place-labels": "places",
}


def _light(gdf: gpd.GeoDataFrame, columns: Iterable[str] = ()) -> dict:
    """A small GeoJSON dict for the browser: simplified, rounded, few properties."""
    slim = simplified(gdf[[*columns, "geometry"]], DISPLAY_TOLERANCE)
    slim["geometry"] = shapely.set_precision(slim.geometry.values, DISPLAY_GRID)
    slim = slim[~slim.geometry.is_empty]
    return slim.__geo_interface__


def prepare_reference(ref: Reference, focus_country: str = "") -> dict:
    """Browser-ready reference data (done once per data directory, then cached by the UI).

    ``focus_country`` (ISO alpha-3, from the settings) is tinted a little warmer than its
    neighbours: the country the data is about.
    """
    countries = ref.countries.copy()
    countries["fill"] = [
        list(style.LAND_FOCUS) if iso == focus_country else list(style.LAND)
        for iso in countries["iso_a3"]
    ]
    labels = countries.assign(
        geometry=countries.geometry.representative_point(), text=countries["name"].str.upper()
    )
    west, south, east, north = ref.bounds
    places = _spaced(ref.places.cx[west:east, south:north])
    return {
        "countries": _light(countries, ["name_en", "fill"]),
        "provinces": _light(ref.provinces, ["name_en"]),
        "districts": _light(ref.districts, ["name"]),
        "borders": _light(ref.borders, ["name"]),
        "rivers": _light(ref.rivers, ["name"]),
        "lakes": _light(ref.lakes, ["name"]),
        "country_labels": [
            {"text": t, "position": [round(g.x, 4), round(g.y, 4)]}
            for t, g in zip(labels["text"], labels.geometry, strict=True)
        ],
        "places": [
            {
                "name": n,
                "position": [round(g.x, 4), round(g.y, 4)],
                "rank": int(r),
                "size": 14 if r <= 1 else 12,
                "anchor": "start",
                "baseline": "center",
            }
            for n, g, r in zip(places["name"], places.geometry, places["rank"], strict=True)
        ],
        "bounds": ref.bounds,
    }


def _spaced(places: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Drop labels that would pile up on a more important one (places come sorted by rank)."""
    kept: list[int] = []
    for i, g in zip(places.index, places.geometry, strict=True):
        if all(g.distance(places.geometry[j]) >= LABEL_SPACING_DEG for j in kept):
            kept.append(i)
    return places.loc[kept]


def _line_layer(data: dict, layer_id: str, rgb: style.RGB, width_px: float) -> pdk.Layer:
    """A thin, unpickable outline layer of the quiet basemap."""
    return pdk.Layer(
        "GeoJsonLayer",
        data,
        id=layer_id,
        stroked=True,
        filled=False,
        get_line_color=list(rgb),
        line_width_units='"pixels"',
        get_line_width=width_px,
        pickable=False,
    )


def reference_layers(
    prepared: dict, layers_on: Iterable[str], drawn: Iterable[str] = REFERENCE_LAYERS
) -> list[pdk.Layer]:
    """The quiet basemap: land, water, borders, optional districts and place names; only
    the reference layers the settings draw (``drawn``, names of ``REFERENCE_LAYERS``)."""
    on = set(layers_on)
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            prepared["countries"],
            id="ref-countries",
            stroked=False,
            filled=True,
            get_fill_color="properties.fill",
            pickable=False,
        ),
        pdk.Layer(
            "GeoJsonLayer",
            prepared["lakes"],
            id="ref-lakes",
            stroked=False,
            filled=True,
            get_fill_color=list(style.WATER),
            pickable=False,
        ),
        _line_layer(prepared["rivers"], "ref-rivers", style.WATER, 1.2),
        _line_layer(prepared["provinces"], "ref-provinces", style.PROVINCE_LINE, 1),
    ]
    if "districts" in on:
        layers.append(_line_layer(prepared["districts"], "ref-districts", style.DISTRICT_LINE, 0.8))
    layers.append(_line_layer(prepared["borders"], "ref-borders", style.BORDER, 1.6))
    layers.append(
        pdk.Layer(
            "TextLayer",
            prepared["country_labels"],
            id="ref-country-labels",
            get_position="position",
            get_text="text",
            get_size=15,
            get_color=[120, 120, 120, 200],
            font_family='"sans-serif"',
            font_weight=600,
            character_set='"auto"',
            # Country names sit below their anchor: a country-wide site (an event placed
            # only in the country) is anchored at the same point and carries the rings.
            get_pixel_offset=[0, 48],
            pickable=False,
        )
    )
    if "places" in on:
        layers += [
            pdk.Layer(
                "ScatterplotLayer",
                prepared["places"],
                id="ref-places",
                get_position="position",
                get_radius=2.5,
                radius_units='"pixels"',
                get_fill_color=list(style.LABEL),
                pickable=False,
            ),
            pdk.Layer(
                "TextLayer",
                prepared["places"],
                id="ref-place-labels",
                get_position="position",
                get_text="name",
                get_size="size",
                get_color=list(style.LABEL),
                get_text_anchor="anchor",
                get_alignment_baseline="baseline",
                get_pixel_offset=[6, 0],
                font_family='"sans-serif"',
                character_set='"auto"',
                outline_width=3,
                outline_color=[255, 255, 255, 220],
                font_settings={"sdf": True},
                pickable=False,
            ),
        ]
    drawn = set(drawn)
    return [lyr for lyr in layers if REFERENCE_LAYER_OF[lyr.id] in drawn]


def _anchor(geom) -> tuple[float, float]:
    p = geom if geom.geom_type == "Point" else geom.representative_point()
    return round(p.x, 5), round(p.y, 5)


def _place_text(row) -> str:
    where = row["site_name"] or f"{row['geometry'].y:.4f}, {row['geometry'].x:.4f}"
    admin = ", ".join(
        str(v)
        for v in (row.get("district"), row.get("province"), row.get("country"))
        if isinstance(v, str) and v
    )
    return f"{where} ({admin})" if admin else where


def precision_text(geo_precision: int, precision_m: float | None) -> str:
    """'Place: ±15 km, near a named place / small part of a region' style text."""
    radius = (
        "" if precision_m is None or math.isnan(precision_m) else f"±{precision_m / 1000:g} km, "
    )
    return f"Place: {radius}{style.PRECISION_LABELS[int(geo_precision)]}"


def marker_records(events: pd.DataFrame) -> list[dict]:
    """One record per event, stacked as concentric rings at its place, in drawing order
    (largest first, so every ring stays visible and clickable).

    Layers are drawn in ``EVENT_LAYERS`` order, so at a shared place the first layer gets
    the outer rings and later layers the inner ones; within a layer the oldest is outermost.
    """
    records = []
    events = events[events.geometry.notna()]  # no place in the sources: nothing to draw
    events = events.assign(_mark=style.mark_styles(events["status"], events["evidence"]))
    for key, group in events.groupby(events.geometry.map(_anchor), sort=False):
        group = group.assign(_order=group["layer"].map(LAYER_ORDER)).sort_values(
            ["_order", "start", "event_id"]
        )
        n = len(group)
        for k, (_, row) in enumerate(group.iterrows()):
            fill, line, width = style.marker_colors(
                row["category"], row["_mark"], bool(row["faded"])
            )
            records.append(
                {
                    "event_id": row["event_id"],
                    "site_id": row["site_id"],
                    "layer": row["layer"],
                    "position": list(key),
                    "radius": RING_BASE_PX + RING_STEP_PX * (n - 1 - k),
                    "fill": fill,
                    "line": line,
                    "width": width,
                    "tip_title": row["title"],
                    "tip_when": row["when"],
                    "tip_what": f"{style.CATEGORY_LABELS[row['category']]} · {row['_mark']}"
                    + (
                        " · contested"
                        if row["contested"] and row["_mark"] not in ("contested", "denied")
                        else ""
                    ),
                    "tip_where": f"{_place_text(row)}\n{precision_text(row['geo_precision'], row['precision_m'])}",
                }
            )
    return sorted(records, key=lambda r: -r["radius"])


@lru_cache(maxsize=256)
def display_rings(geom) -> tuple:
    """Simplified, rounded rings of a site's polygon(s), for the browser.

    Memoised: a site's geometry does not change between reruns, and simplifying a
    detailed district outline costs milliseconds each time.
    """
    return tuple(_rings(shapely.simplify(geom, DISPLAY_TOLERANCE, preserve_topology=True)))


def _rings(geom) -> list[list[list[list[float]]]]:
    parts = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    out = []
    for p in parts:
        rings = [p.exterior, *p.interiors]
        out.append([[[round(x, 4), round(y, 4)] for x, y in r.coords] for r in rings])
    return out


def area_records(events: pd.DataFrame) -> list[dict]:
    """One record per polygon part of each site with events in view, coloured by its
    latest event; region-only places (geo_precision 3) get a dashed outline."""
    polys = events[events.geom_type.isin(["Polygon", "MultiPolygon"])]
    records = []
    for (layer, site_id), group in polys.groupby(["layer", "site_id"], sort=False):
        latest = group.sort_values("start").iloc[-1]
        faded = bool(group["faded"].all())
        rgb = style.CATEGORY_COLORS[latest["category"]]
        precision = int(latest["geo_precision"])
        # A region-only place is an outline, not a fill: filled regions stack up and hide the map.
        alpha = (45 if precision <= 2 else 0) * (style.FADED_FACTOR if faded else 1)
        n = len(group)
        for polygon in display_rings(latest.geometry):
            records.append(
                {
                    "site_id": site_id,
                    "layer": layer,
                    "polygon": polygon,
                    "fill": [*rgb, round(alpha)],
                    "line": [*rgb, round(220 * (style.FADED_FACTOR if faded else 1))],
                    "dash": DASHED if precision >= 3 else SOLID,
                    "tip_title": latest["site_name"],
                    "tip_when": f"{n} event{'s' if n != 1 else ''} in view here",
                    "tip_what": "; ".join(
                        sorted({style.CATEGORY_LABELS[c] for c in group["category"]})
                    ),
                    "tip_where": precision_text(precision, None)
                    + (
                        "\nThe outline is the area it lies in, not its position"
                        if precision >= 2
                        else ""
                    ),
                }
            )
    return records


def uncertainty_records(events: pd.DataFrame) -> list[dict]:
    """A translucent circle of radius ``precision_m`` around every point place in view."""
    points = events[(events.geom_type == "Point") & events["precision_m"].notna()]
    seen, out = set(), []
    for _, row in points.iterrows():
        key = _anchor(row.geometry)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "position": list(key),
                "radius_m": float(row["precision_m"]),
                "site_id": row["site_id"],
            }
        )
    return out


def legend_categories(events: pd.DataFrame, layers_on: Iterable[str]) -> tuple[str, ...]:
    """The categories drawn on the map (those of events in switched-on layers), in
    declaration order; all of them when nothing is drawn, so the legend is never empty."""
    drawn = set(events.loc[events["layer"].isin(set(layers_on)), "category"])
    return tuple(c for c in CATEGORIES if c in drawn) or CATEGORIES


def event_layers(
    events: pd.DataFrame,
    layers_on: Iterable[str],
    selected_event: str | None = None,
    selected_site: str | None = None,
) -> list[pdk.Layer]:
    """The event layers: per layer group an ``<id>-areas`` and an ``<id>-markers`` layer,
    the shared ``uncertainty-radius`` layer, and a ``selection`` highlight.

    ``events`` must carry ``layer`` and ``faded`` columns (see ``core.catalog`` and
    ``core.timefilter``). A layer group that is off, or has nothing in view, has no layers.
    """
    on = set(layers_on)
    visible = events[events["layer"].isin(on)]
    out: list[pdk.Layer] = []
    circles = uncertainty_records(visible) if "uncertainty" in on and len(visible) else []
    if circles:
        out.append(
            pdk.Layer(
                "ScatterplotLayer",
                circles,
                id="uncertainty-radius",
                get_position="position",
                get_radius="radius_m",
                radius_units='"meters"',
                get_fill_color=list(style.UNCERTAINTY_FILL),
                stroked=True,
                get_line_color=list(style.UNCERTAINTY_LINE),
                line_width_units='"pixels"',
                get_line_width=1,
                pickable=False,
            )
        )
    areas = area_records(visible) if len(visible) else []
    markers = marker_records(visible) if len(visible) else []
    for group in EVENT_LAYERS:
        mine = [a for a in areas if a["layer"] == group.id]
        if mine:
            out.append(
                pdk.Layer(
                    "PolygonLayer",
                    mine,
                    id=f"{group.id}-areas",
                    get_polygon="polygon",
                    get_fill_color="fill",
                    get_line_color="line",
                    line_width_units='"pixels"',
                    get_line_width=1.8,
                    get_dash_array="dash",
                    dash_justified=True,
                    extensions=[{"@@type": "PathStyleExtension", "dash": True}],
                    pickable=True,
                    auto_highlight=True,
                    highlight_color=[0, 0, 0, 30],
                )
            )
    for group in EVENT_LAYERS:
        mine = [m for m in markers if m["layer"] == group.id]
        if mine:
            out.append(
                pdk.Layer(
                    "ScatterplotLayer",
                    mine,
                    id=f"{group.id}-markers",
                    get_position="position",
                    get_radius="radius",
                    radius_units='"pixels"',
                    get_fill_color="fill",
                    get_line_color="line",
                    get_line_width="width",
                    line_width_units='"pixels"',
                    stroked=True,
                    filled=True,
                    pickable=True,
                    auto_highlight=True,
                    highlight_color=[255, 255, 255, 90],
                )
            )
    highlight = [m for m in markers if selected_event and m["event_id"] == selected_event]
    outlines = [a for a in areas if selected_site and a["site_id"] == selected_site]
    if not highlight and selected_site:
        highlight = [m for m in markers if m["site_id"] == selected_site][:1]
    if outlines:
        out.append(
            pdk.Layer(
                "PolygonLayer",
                outlines,
                id="selection-area",
                get_polygon="polygon",
                filled=False,
                get_line_color=list(style.SELECTION),
                get_line_width=3.5,
                line_width_units='"pixels"',
                pickable=False,
            )
        )
    if highlight:
        ring = [{"position": h["position"], "radius": h["radius"] + 5} for h in highlight]
        out.append(
            pdk.Layer(
                "ScatterplotLayer",
                ring,
                id="selection",
                get_position="position",
                get_radius="radius",
                radius_units='"pixels"',
                filled=False,
                stroked=True,
                get_line_color=list(style.SELECTION),
                get_line_width=3,
                line_width_units='"pixels"',
                pickable=False,
            )
        )
    return out

"""The quiet basemap of the map component: the reference layers as light GeoJSON (sent
once per data version) and their pydeck layer templates, styled from ``scene.style``.

Names on the map (countries, places) are not here: they are placed per view by the
scene's label placer and arrive with each spec.
"""

from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
import pydeck as pdk
import shapely

from dashboard.contract.reference import Reference, outlines, simplified
from dashboard.render.map.protocol import DATA, LAYER, PLACEHOLDER
from dashboard.scene import style

DISPLAY_TOLERANCE = 0.005  # degrees (~500 m): invisible at the zooms a region is seen at
DISPLAY_GRID = 1e-4  # coordinates rounded to ~10 m: smaller JSON for the browser
LINE_LAYERS = ("rivers", "provinces", "districts", "borders")  # bottom to top
ADMIN = ("provinces", "districts")  # polygons drawn as their boundaries


def _light(gdf: gpd.GeoDataFrame, columns: Iterable[str] = (), covers=()) -> dict:
    """A small GeoJSON dict for the browser: simplified, rounded, few properties; with
    ``covers``, polygons sent as their outlines less those boxes' edges."""
    slim = simplified(gdf[[*columns, "geometry"]], DISPLAY_TOLERANCE)
    if covers:
        slim["geometry"] = outlines(slim.geometry.values, covers)
    slim["geometry"] = shapely.set_precision(slim.geometry.values, DISPLAY_GRID)
    slim = slim[~slim.geometry.is_empty]
    out = slim.__geo_interface__
    if not len(slim):
        out.pop("bbox", None)  # NaN for no features: not JSON, and nothing to bound
    return out


def reference_layers_data(ref: Reference, focus_country: str = "") -> dict:
    """Browser-ready reference layers by name. ``focus_country`` (ISO alpha-3, from the
    settings) is tinted a little warmer than its neighbours: the country the data is
    about."""
    countries = ref.countries.copy()
    countries["fill"] = [
        list(style.LAND_FOCUS if iso == focus_country else style.LAND)
        for iso in countries["iso_a3"]  # a handful of countries
    ]
    return {
        "countries": _light(countries, ["name_en", "fill"]),
        "lakes": _light(ref.lakes, ["name"]),
        **{
            name: _light(getattr(ref, name), ["name"], ref.edges if name in ADMIN else ())
            for name in LINE_LAYERS
        },
    }


def declare(kind: str, data, name: str, **props) -> pdk.Layer:
    """A layer of the spec: its declared id (``protocol.LAYER``), not pickable unless
    said so."""
    return pdk.Layer(kind, data, id=LAYER[name], **{"pickable": False, **props})


def _ref(name: str) -> str:
    return PLACEHOLDER + DATA["reference"] + name


def reference_layers(layers_on: Iterable[str], drawn: Iterable[str]) -> list[pdk.Layer]:
    """The basemap's layer templates: land, water, then the line layers; only those the
    settings draw (``drawn``) and, for districts, only while that layer is on."""
    drawn = set(drawn) - (set() if "districts" in set(layers_on) else {"districts"})
    fills = {"countries": "properties.fill", "lakes": style.rgba(style.WATER)}
    out = [
        declare("GeoJsonLayer", _ref(name), name, stroked=False, filled=True, get_fill_color=fill)
        for name, fill in fills.items()
        if name in drawn
    ]
    for name in (n for n in LINE_LAYERS if n in drawn):
        rgb, width = style.BASEMAP_LINES[name]
        # Straight segments (the component makes them from the layer's lines): a path
        # layer's program costs seconds to compile in software WebGL, and at these
        # widths its joins are not seen.
        out.append(
            declare(
                "LineLayer",
                _ref(name),
                name,
                get_color=style.rgba(rgb),
                get_width=width,
                width_units='"pixels"',
            )
        )
    return out

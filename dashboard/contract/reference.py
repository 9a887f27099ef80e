"""Bundled reference layers: borders, provinces, districts, rivers, lakes and place names.

See ``geodata/README.md`` for each file's source and licence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

WGS84 = "EPSG:4326"

FILES = {
    "countries": "admin0_countries_ne10m.geojson",
    "borders": "admin0_boundary_lines_ne10m.geojson",
    "disputed": "disputed_areas_ne10m.geojson",
    "provinces": "admin1_ne10m.geojson",
    "districts_tjk": "admin2_tjk_geoboundaries.geojson",
    "districts_afg": "admin2_afg_geoboundaries.geojson",
    "rivers": "rivers_ne10m.geojson",
    "lakes": "lakes_ne10m.geojson",
    "ne_places": "places_ne10m.geojson",
}
GAZETTEER = "gazetteer.csv"
# What the licences of the bundled layers ask to be shown wherever they are drawn
# (geodata/README.md): each credit with the drawn layers (settings' names) it is for, and
# for places the ``source`` of the rows it covers. The settings' default attribution is
# the credits of the layers drawn in the region (``credits_in``), so that another
# region's map does not credit sources it does not show.
CREDITS = (
    (
        "Map data: Made with Natural Earth (public domain).",
        ("countries", "country_names", "borders", "provinces", "rivers", "lakes", "places"),
        "Natural Earth",
    ),
    (
        "District boundaries: geoBoundaries (Runfola et al. 2020) — Tajikistan © "
        "OpenStreetMap contributors, ODbL 1.0; Afghanistan AIMS / Esri.",
        ("districts",),
        None,
    ),
    ("Place coordinates partly GeoNames (CC BY 4.0).", ("places",), "gazetteer"),
)
# All of them: the credits where every bundled layer is drawn (the Pamir region).
ATTRIBUTION = " ".join(text for text, _, _ in CREDITS)
# Gazetteer rows that are not places to label on a map.
UNLABELLED_KINDS = ("tripoint",)
# Natural Earth places closer than this to a gazetteer place are the same town.
SAME_PLACE_DEG = 0.1


@dataclass(frozen=True)
class Reference:
    """The reference layers, each a GeoDataFrame in EPSG:4326."""

    countries: gpd.GeoDataFrame
    borders: gpd.GeoDataFrame
    disputed: gpd.GeoDataFrame
    provinces: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    rivers: gpd.GeoDataFrame
    lakes: gpd.GeoDataFrame
    places: gpd.GeoDataFrame

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of the reference area."""
        return tuple(float(v) for v in self.countries.total_bounds)


def _read(path: Path) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(path, engine="pyogrio")
    return gdf.set_crs(WGS84, allow_override=True)


def _places(ref_dir: Path, ne_places: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Place labels: the gazetteer (which has Murghob, Shaymak, Tashkurgan...) plus the
    Natural Earth towns it lacks. ``rank`` orders labels by importance (lower first)."""
    gaz = pd.read_csv(ref_dir / GAZETTEER, dtype={"name": str, "kind": str})
    gaz = gaz[~gaz["kind"].str.startswith(UNLABELLED_KINDS)]
    gaz = gpd.GeoDataFrame(
        {
            "name": gaz["name"],
            "kind": gaz["kind"],
            "precision_m": gaz["precision_m"].astype(float),
            "rank": gaz["kind"].map(lambda k: 1 if "capital" in k else 2),
            "source": "gazetteer",
        },
        geometry=gpd.points_from_xy(gaz["lon"], gaz["lat"]),
        crs=WGS84,
    )
    # Planar distance in degrees is enough to spot the same town listed twice.
    gx, gy = gaz.geometry.x.to_numpy(), gaz.geometry.y.to_numpy()
    near = ne_places.geometry.apply(
        lambda g: bool((np.hypot(gx - g.x, gy - g.y) < SAME_PLACE_DEG).any())
    )
    extra = ne_places[~near]
    ne = gpd.GeoDataFrame(
        {
            "name": extra["name_en"].fillna(extra["name"]),
            "kind": "town",
            "precision_m": 3000.0,
            "rank": extra["scalerank"].astype(int).clip(lower=3),
            "source": "Natural Earth",
        },
        geometry=extra.geometry.values,
        crs=WGS84,
    )
    return (
        pd.concat([gaz, ne], ignore_index=True)
        .sort_values("rank", kind="stable")
        .reset_index(drop=True)
    )


def load_reference(ref_dir: Path) -> Reference:
    """Read every reference layer from ``ref_dir``."""
    layers = {key: _read(ref_dir / name) for key, name in FILES.items()}
    districts = pd.concat(
        [layers.pop("districts_tjk"), layers.pop("districts_afg")], ignore_index=True
    )
    ne_places = layers.pop("ne_places")
    return Reference(
        districts=gpd.GeoDataFrame(districts, geometry="geometry", crs=WGS84),
        places=_places(ref_dir, ne_places),
        **layers,
    )


def _frame_of(reference: Reference, layer: str, source: str | None) -> gpd.GeoDataFrame:
    """The features behind the drawn layer ``layer`` (country names are the countries');
    of places, only those from ``source``."""
    frame = getattr(reference, "countries" if layer == "country_names" else layer)
    if layer == "places" and source is not None:
        frame = frame[frame["source"] == source]
    return frame


def credits_in(
    reference: Reference, bbox: tuple[float, float, float, float], layers: tuple[str, ...]
) -> str:
    """The credits (``CREDITS``) of the bundled layers drawn (``layers``) that have a
    feature in ``bbox``: what the region's map shows, and no more."""
    area = shapely.box(*bbox)
    shown = []
    for text, credited, source in CREDITS:  # three credits
        for layer in (name for name in credited if name in layers):
            frame = _frame_of(reference, layer, source)
            if len(frame) and len(frame.sindex.query(area, predicate="intersects")):
                shown.append(text)
                break
    return " ".join(shown)


def simplified(gdf: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    """A lighter copy for display: polygons simplified as a coverage so neighbours still
    share their borders; lines with topology-preserving Douglas-Peucker."""
    out = gdf.copy()
    if out.geom_type.isin(["Polygon", "MultiPolygon"]).all():
        out["geometry"] = shapely.coverage_simplify(out.geometry.values, tolerance)
    else:
        out["geometry"] = out.geometry.simplify(tolerance, preserve_topology=True)
    return out

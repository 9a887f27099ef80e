"""Rebuild ``geodata/sites.geojson`` from the reference layers and the gazetteer.

Run from the repository root: ``python geodata/build_sites.py``. Every site's geometry
is copied from a named reference feature or gazetteer row (see each site's ``note``),
so its provenance and licence are those of that layer (geodata/README.md).
Sites are data: edit the table below, rerun, and commit both.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import mapping

REF = Path(__file__).parent / "reference"
OUT = Path(__file__).parent / "sites.geojson"


def _feature(layer: str, column: str, value: str):
    gdf = gpd.read_file(REF / layer, engine="pyogrio")
    match = gdf[gdf[column] == value]
    if len(match) != 1:
        raise SystemExit(
            f"{layer}: expected one feature with {column}={value!r}, found {len(match)}"
        )
    return match.geometry.iloc[0]


def _gazetteer(name: str):
    with open(REF / "gazetteer.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["name"] == name:
                return shapely.Point(float(row["lon"]), float(row["lat"])), float(
                    row["precision_m"]
                )
    raise SystemExit(f"gazetteer.csv has no row {name!r}")


def build() -> dict:
    shaymak, shaymak_m = _gazetteer("Shaymak")
    sites = [
        {
            "site_id": "shaymak-facility",
            "name": "Reported facility near Shaymak (Murghob district)",
            "kind": "base",
            "geo_precision": 2,
            "precision_m": shaymak_m,
            "note": (
                "RFE/RL (via CPC) names 'the Shaymak facility'; no source gives its position. "
                "Drawn at the gazetteer's Shaymak village point, which is itself approximate "
                "('from general knowledge', ±15 km): the facility is somewhere near it, not at it."
            ),
            "geometry": shaymak,
        },
        {
            "site_id": "murghob-district",
            "name": "Murghob (Murghab) district, GBAO",
            "kind": "region",
            "geo_precision": 3,
            "precision_m": None,
            "note": (
                "The Washington Post (via CPC) places Chinese troops only in 'Tajikistan's Murghab "
                "district', 'seven miles from the Afghan border'. Geometry: geoBoundaries TJK ADM2 "
                "'Murghob District' (© OpenStreetMap contributors, ODbL 1.0)."
            ),
            "geometry": _feature("admin2_tjk_geoboundaries.geojson", "name", "Murghob District"),
        },
        {
            "site_id": "wakhan-mvd-base",
            "name": "Planned MoI rapid-reaction base, Wakhan valley (Ishkoshim district)",
            "kind": "base",
            "geo_precision": 2,
            "precision_m": None,
            "note": (
                "Asia-Plus (via FMSO) says only 'the Wakhan Gorge of the Gorno Badakhsahn "
                "Autonomous Oblast'; CPC 'near its southern border with Afghanistan'. The Tajik "
                "side of the Wakhan valley lies in Ishkoshim district, drawn here as the area "
                "within which the base lies. Geometry: geoBoundaries TJK ADM2 'Ishkoshim District' "
                "(© OpenStreetMap contributors, ODbL 1.0)."
            ),
            "geometry": _feature("admin2_tjk_geoboundaries.geojson", "name", "Ishkoshim District"),
        },
        {
            "site_id": "wakhan-corridor",
            "name": "Wakhan Corridor (Wakhan district, Afghanistan)",
            "kind": "region",
            "geo_precision": 3,
            "precision_m": None,
            "note": (
                "CPC: 'sections of the Wakhan Corridor'; which sections is not said. Geometry: "
                "geoBoundaries AFG ADM2 'Wakhan' (AIMS / Esri, public domain)."
            ),
            "geometry": _feature("admin2_afg_geoboundaries.geojson", "name", "Wakhan"),
        },
        {
            "site_id": "gbao",
            "name": "Gorno-Badakhshan Autonomous Oblast (GBAO)",
            "kind": "region",
            "geo_precision": 3,
            "precision_m": None,
            "note": (
                "FMSO: 'a base in Tajikistan's Gorno-Badakshan region near the Tajik-Afghan "
                "border'; where in the region is not said. Geometry: Natural Earth admin-1 "
                "Gorno-Badakhshan, clipped at 40.5°N like all reference layers."
            ),
            "geometry": _feature("admin1_ne10m.geojson", "iso_3166_2", "TJ-GB"),
        },
        {
            "site_id": "tajikistan",
            "name": "Tajikistan (no more precise place given)",
            "kind": "region",
            "geo_precision": 3,
            "precision_m": None,
            "note": (
                "For events the sources place in Tajikistan and no more precisely (a visit to "
                "Tajikistan, a base in Tajikistan). Events with no place at all are not drawn. "
                "Geometry: Natural Earth admin-0 Tajikistan, clipped at 40.5°N like all "
                "reference layers."
            ),
            "geometry": _feature("admin0_countries_ne10m.geojson", "iso_a3", "TJK"),
        },
    ]
    features = []
    for site in sites:
        geom = shapely.set_precision(site.pop("geometry"), 1e-5)
        props = {k: v for k, v in site.items() if v is not None}
        features.append({"type": "Feature", "properties": props, "geometry": mapping(geom)})
    return {"type": "FeatureCollection", "features": features}


def _round(obj):
    if isinstance(obj, float):
        return round(obj, 5)
    if isinstance(obj, list | tuple):
        return [_round(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


if __name__ == "__main__":
    doc = _round(build())
    OUT.write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({len(doc['features'])} sites, {OUT.stat().st_size:,} bytes)")

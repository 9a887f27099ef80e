"""Rebuild the coarse world reference (``geodata/world/``) from Natural Earth.

Usage::

    python geodata/build_world.py CHECKOUT [--out geodata/world]

``CHECKOUT`` is a git checkout (or bare mirror) of
https://github.com/martynafford/natural-earth-geojson, Natural Earth converted to GeoJSON
by ogr2ogr (CC0; Natural Earth itself is public domain). The 1:50m countries are only
in that repository as ``.7z`` archives, so ``py7zr`` is needed for them
(``pip install py7zr``; it is not a dependency of the dashboard). Files are read with
``git show HEAD:<path>`` when ``CHECKOUT`` is a git directory, else from the work tree.

Each layer keeps only the columns the dashboard reads, is simplified a little (the 1:50m
scale is good to about a kilometre), and its coordinates are rounded to 3 decimals
(about 100 m). Sizes and provenance: geodata/README.md.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

GRID = 1e-3  # degrees: ~100 m, ten times finer than the 1:50m scale's accuracy
SIMPLIFY = 0.01  # degrees: ~1 km, the 1:50m scale's accuracy
MAX_PLACE_RANK = 3  # Natural Earth scalerank of the towns kept (capitals are always kept)

# out file -> (upstream path, columns kept as {new: upstream}, simplify?)
LAYERS = {
    "countries.geojson": (
        "50m/cultural/ne_50m_admin_0_countries.7z",
        {"name": "NAME", "name_en": "NAME", "iso_a3": "ADM0_A3"},
    ),
    "borders.geojson": (
        "50m/cultural/ne_50m_admin_0_boundary_lines_land.json",
        {"name": "name"},
    ),
    "disputed.geojson": (
        "10m/cultural/ne_10m_admin_0_disputed_areas.json",
        {"name": "BRK_NAME", "note_brk": "NOTE_BRK"},
    ),
    "provinces.geojson": (
        "50m/cultural/ne_50m_admin_1_states_provinces.json",
        {"name": "name", "admin": "admin", "adm0_a3": "adm0_a3"},
    ),
    "rivers.geojson": (
        "50m/physical/ne_50m_rivers_lake_centerlines.json",
        {"name": "name", "scalerank": "scalerank"},
    ),
    "lakes.geojson": ("50m/physical/ne_50m_lakes.json", {"name": "name"}),
    "places.geojson": (
        "50m/cultural/ne_50m_populated_places_simple.json",
        {"name": "name", "scalerank": "scalerank", "featurecla": "featurecla"},
    ),
}


def _raw(checkout: Path, path: str) -> bytes:
    if (checkout / path).is_file():
        return (checkout / path).read_bytes()
    return subprocess.run(
        ["git", "-C", str(checkout), "show", f"HEAD:{path}"], check=True, capture_output=True
    ).stdout


def read_layer(checkout: Path, path: str) -> gpd.GeoDataFrame:
    """One upstream layer (a ``.json`` GeoJSON, or a ``.7z`` holding one)."""
    data = _raw(checkout, path)
    if path.endswith(".7z"):
        import py7zr  # only for the rebuild

        with tempfile.TemporaryDirectory() as tmp, py7zr.SevenZipFile(io.BytesIO(data)) as zf:
            zf.extractall(tmp)
            data = next(Path(tmp).rglob("*.json")).read_bytes()
    return gpd.read_file(io.BytesIO(data), engine="pyogrio").set_crs(4326, allow_override=True)


def _places(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    capital = gdf["featurecla"].astype(str).str.startswith("Admin-0 capital")
    keep = (gdf["scalerank"].astype(int) <= MAX_PLACE_RANK) | capital
    out = gdf[keep].copy()
    # What the dashboard orders labels by (lower first) and sizes them by (1: major):
    # capitals first, then Natural Earth's scalerank (3 at best, as for the Pamir layers).
    out["kind"] = np.where(capital[keep], "capital", "town")
    out["rank"] = np.where(capital[keep], 1, out["scalerank"].astype(int).clip(lower=3))
    return out


def build(checkout: Path, out_dir: Path) -> dict[str, int]:
    """Write every layer to ``out_dir``; return the bytes of each file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for name, (path, columns) in LAYERS.items():
        gdf = read_layer(checkout, path)
        if name == "places.geojson":
            gdf = _places(gdf)
            columns = {**columns, "kind": "kind", "rank": "rank"}
        slim = gpd.GeoDataFrame(
            {new: gdf[old].to_numpy() for new, old in columns.items()},
            geometry=gdf.geometry.values,
            crs=4326,
        )
        geoms = shapely.make_valid(slim.geometry.values)
        if not name.startswith("places"):
            polygons = shapely.get_type_id(geoms) >= 3
            if polygons.all() and name != "disputed.geojson":
                geoms = shapely.coverage_simplify(geoms, SIMPLIFY)
            else:
                geoms = shapely.simplify(geoms, SIMPLIFY, preserve_topology=True)
        slim["geometry"] = shapely.set_precision(geoms, GRID)
        slim = slim[
            ~(shapely.is_empty(slim.geometry.values) | shapely.is_missing(slim.geometry.values))
        ]
        text = _compact(slim)
        (out_dir / name).write_text(text, encoding="utf-8")
        sizes[name] = len(text.encode("utf-8"))
    return sizes


def _compact(gdf: gpd.GeoDataFrame) -> str:
    """GeoJSON with no spaces and coordinates at the grid's decimals, one feature a line
    (a diff between two rebuilds shows which features changed)."""
    doc = json.loads(gdf.to_json(drop_id=True, na="null"))
    lines = [
        json.dumps(_rounded(f), ensure_ascii=False, separators=(",", ":")) for f in doc["features"]
    ]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def _rounded(obj):
    if isinstance(obj, float):
        return round(obj, 3) if np.isfinite(obj) else None
    if isinstance(obj, list):
        return [_rounded(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    return obj


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path, help="natural-earth-geojson checkout or mirror")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "world")
    args = parser.parse_args(argv)
    sizes = build(args.checkout, args.out)
    table = pd.Series(sizes)
    print(table.to_string())
    print(f"total {table.sum():,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Bundled reference layers: borders, provinces, districts, rivers, lakes and place names.

See ``geodata/README.md`` for each file's source and licence.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from dashboard.contract.problems import WARNING, Problem
from dashboard.contract.validate import Closest, did_you_mean

WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class Layer:
    """One reference layer of the contract: its geometry, the column that names a
    feature, the other columns it must have, and what it is drawn or used for."""

    name: str
    geometry: str  # "polygon", "line" or "point"
    name_column: str
    meaning: str
    columns: tuple[str, ...] = ()


# The reference layers a package may have, declared once: the loader, the validator and
# docs/data.md read this. Every layer is optional; a layer may come from several files.
LAYERS: tuple[Layer, ...] = (
    Layer(
        "countries",
        "polygon",
        "name",
        "Land, tinted per country; names each event's country (`iso_a3`: ISO 3166-1 alpha-3 code).",
        ("iso_a3",),
    ),
    Layer("borders", "line", "name", "International boundary lines."),
    Layer("disputed", "polygon", "name", "Disputed and breakaway areas."),
    Layer(
        "provinces",
        "polygon",
        "name",
        "First-level admin units: their boundaries, and each event's province.",
    ),
    Layer(
        "districts",
        "polygon",
        "name",
        "Second-level admin units (any number of "
        "files, e.g. one per country): their boundaries, and each event's district.",
    ),
    Layer("rivers", "line", "name", "Rivers."),
    Layer("lakes", "polygon", "name", "Lakes, drawn as water."),
    Layer(
        "places",
        "point",
        "name",
        "Place names. A `.csv` file (a gazetteer) gives "
        "`name, lon, lat` and optionally `kind` (a kind with `capital` ranks first) and "
        "`precision_m`; a GeoJSON file may give `scalerank` (lower is more important). "
        "A place within 0.1° of one of an earlier file is the same town.",
    ),
)
LAYER_NAMES = tuple(layer.name for layer in LAYERS)
GEOMETRY_TYPES = {
    "polygon": ("Polygon", "MultiPolygon"),
    "line": ("LineString", "MultiLineString"),
    "point": ("Point",),
}
# The shipped package's detailed layers (geodata/reference/): the file names used when
# the settings name none.
FILES: dict[str, tuple[str, ...]] = {
    "countries": ("admin0_countries_ne10m.geojson",),
    "borders": ("admin0_boundary_lines_ne10m.geojson",),
    "disputed": ("disputed_areas_ne10m.geojson",),
    "provinces": ("admin1_ne10m.geojson",),
    "districts": ("admin2_tjk_geoboundaries.geojson", "admin2_afg_geoboundaries.geojson"),
    "rivers": ("rivers_ne10m.geojson",),
    "lakes": ("lakes_ne10m.geojson",),
    "places": ("gazetteer.csv", "places_ne10m.geojson"),
}
# The coarse world layers (geodata/world/, Natural Earth 1:50m, built by
# geodata/build_world.py): drawn wherever the detailed layers do not reach.
WORLD_DIR = Path(__file__).resolve().parents[2] / "geodata" / "world"
WORLD_FILES = {name: (f"{name}.geojson",) for name in LAYER_NAMES if name != "districts"}
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
PLACE_COLUMNS = ("name", "kind", "precision_m", "rank", "source")
# What happens to a file that breaks its layer's rule (the layer keeps its other files).
LEFT_OUT = "this file is left out, the rest of the map and every event still load"
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Reference:
    """The reference layers, each a GeoDataFrame in EPSG:4326 (empty when the package
    has none, or its file was left out with a problem)."""

    countries: gpd.GeoDataFrame
    borders: gpd.GeoDataFrame
    disputed: gpd.GeoDataFrame
    provinces: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    rivers: gpd.GeoDataFrame
    lakes: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    # The lon/lat boxes the layers cover: the detailed layers' extent, then the world's
    # (``with_world``). A view outside all of them shows no reference at all.
    covers: tuple[BBox, ...] = ()
    # The boxes the layers' files were clipped to (each detailed layer's extent, the
    # world's area): an outline along one of them is where the data stops, no boundary.
    edges: tuple[BBox, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def bounds(self) -> BBox:
        """(west, south, east, north) of the detailed layers (NaN when there are none)."""
        return self.covers[0] if self.covers else (np.nan,) * 4

    def covered(self, box: BBox) -> bool:
        """Whether some reference layer covers part of ``box``."""
        w, s, e, n = box
        return any(w < c[2] and c[0] < e and s < c[3] and c[1] < n for c in self.covers)


def _empty(layer: Layer) -> gpd.GeoDataFrame:
    cols = PLACE_COLUMNS if layer.name == "places" else (layer.name_column, *layer.columns)
    return gpd.GeoDataFrame({c: pd.Series(dtype="object") for c in cols}, geometry=[], crs=WGS84)


def _read_file(path: Path, layer: Layer, spare: list[str]) -> tuple[gpd.GeoDataFrame | None, str]:
    """One layer file, or None and what is wrong with it (the message of a problem);
    a missing one may be a misnamed one of the ``spare`` files (those no layer names)."""
    if not path.is_file():
        return None, f"is missing: {LEFT_OUT}" + did_you_mean(Closest(spare)(path.name))
    try:
        if path.suffix.lower() == ".csv":
            gdf = _gazetteer(pd.read_csv(path, dtype={"name": str, "kind": str}))
        else:
            gdf = gpd.read_file(path, engine="pyogrio").set_crs(WGS84, allow_override=True)
    except Exception as exc:  # any unreadable file is a located problem
        # The reader names the file by its path on the server: the problem names it already.
        why = str(exc).replace(f"'{path}' ", "").replace(str(path), path.name)
        return None, f"cannot be read ({why.splitlines()[0].split(';')[0][:160]}): {LEFT_OUT}"
    missing = [c for c in (layer.name_column, *layer.columns) if c not in gdf.columns]
    if missing:
        return None, f"has no column {', '.join(map(repr, missing))}: {LEFT_OUT}"
    types = set(gdf.geom_type.dropna())
    if not types <= set(GEOMETRY_TYPES[layer.geometry]):
        got = ", ".join(sorted(types - set(GEOMETRY_TYPES[layer.geometry])))
        return None, f"has {got} geometries where {layer.name} are {layer.geometry}s: {LEFT_OUT}"
    return gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty], ""


def _gazetteer(gaz: pd.DataFrame) -> gpd.GeoDataFrame:
    """A gazetteer CSV as points (``name, lon, lat``, optionally ``kind, precision_m``)."""
    if "kind" not in gaz:
        gaz["kind"] = "place"
    gaz = gaz[~gaz["kind"].fillna("").str.startswith(UNLABELLED_KINDS)]
    return gpd.GeoDataFrame(gaz, geometry=gpd.points_from_xy(gaz["lon"], gaz["lat"]), crs=WGS84)


def read_layers(
    ref_dir: Path, files: dict[str, tuple[str, ...]], label: str
) -> tuple[dict[str, list[gpd.GeoDataFrame]], list[Problem]]:
    """Every named file of every layer, read and checked against ``LAYERS``; a file that
    is missing or breaks its layer's rule is a located problem and is left out."""
    out: dict[str, list[gpd.GeoDataFrame]] = {}
    problems = []
    named = {n for names in files.values() for n in names}
    spare = [p.name for p in ref_dir.glob("*") if p.is_file() and p.name not in named]
    for layer in LAYERS:
        out[layer.name] = []
        for name in files.get(layer.name, ()):
            gdf, why = _read_file(ref_dir / name, layer, spare)
            if gdf is None:
                problems.append(
                    Problem(f"{label}/{name}", "reference-layer", why, severity=WARNING)
                )
            else:
                out[layer.name].append(gdf)
    return out, problems


def _places(frames: list[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Place labels from each file in turn; a place near one already kept is the same
    town. ``rank`` orders labels by importance (lower first)."""
    kept = gpd.GeoDataFrame({c: [] for c in PLACE_COLUMNS}, geometry=[], crs=WGS84)
    for gdf in frames:
        gdf = gdf[gdf.geom_type == "Point"]
        if len(kept):
            # Planar distance in degrees is enough to spot the same town listed twice.
            tree = shapely.STRtree(kept.geometry.values)
            at, _ = tree.query(gdf.geometry.values, predicate="dwithin", distance=SAME_PLACE_DEG)
            near = np.zeros(len(gdf), dtype=bool)
            near[at] = True
            gdf = gdf[~near]
        kept = pd.concat([kept, _place_rows(gdf)], ignore_index=True)
    return gpd.GeoDataFrame(
        kept.sort_values("rank", kind="stable").reset_index(drop=True), crs=WGS84
    )


def _place_rows(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One file's places in the columns labels use. ``rank``: the file's own, else a
    Natural Earth ``scalerank`` (3 at best), else (a gazetteer) 1 for a capital, 2."""
    name = gdf["name_en"].fillna(gdf["name"]) if "name_en" in gdf else gdf["name"]
    kind = gdf["kind"].fillna("town").astype(str) if "kind" in gdf else None
    if "rank" in gdf:
        rank = gdf["rank"].astype(float).fillna(9).astype(int)
    elif "scalerank" in gdf:
        rank = gdf["scalerank"].astype(float).fillna(9).astype(int).clip(lower=3)
    else:
        rank = pd.Series(2, index=gdf.index).where(~kind.str.contains("capital"), 1)
    return gpd.GeoDataFrame(
        {
            "name": name.astype(str),
            "kind": "town" if kind is None else kind,
            "precision_m": gdf["precision_m"].astype(float) if "precision_m" in gdf else 3000.0,
            "rank": rank,
            "source": "gazetteer" if "scalerank" not in gdf else "Natural Earth",
        },
        geometry=gdf.geometry.values,
        crs=WGS84,
    )


def _assemble(layers: dict[str, list[gpd.GeoDataFrame]]) -> dict[str, gpd.GeoDataFrame]:
    out = {}
    for layer in LAYERS:
        frames = layers.get(layer.name, [])
        if layer.name == "places":
            out["places"] = _places(frames)
        elif frames:
            joined = pd.concat(frames, ignore_index=True)
            out[layer.name] = gpd.GeoDataFrame(joined, geometry="geometry", crs=WGS84)
        else:
            out[layer.name] = _empty(layer)
    return out


def load_reference(
    ref_dir: Path, files: dict[str, tuple[str, ...]] | None = None, label: str = ""
) -> Reference:
    """The layers of ``ref_dir`` named by ``files`` (default: the shipped ``FILES``); a
    missing or broken file is a located problem in ``Reference.problems``, its layer is
    left out (or keeps its other files) and the rest loads."""
    layers, problems = read_layers(
        ref_dir, FILES if files is None else files, label or str(ref_dir)
    )
    out = _assemble(layers)
    edges = tuple(
        tuple(float(v) for v in g.total_bounds) for n, g in out.items() if len(g) and n != "places"
    )
    # The detailed layers' frame: the land's extent, else what there is.
    frame = out["countries"] if len(out["countries"]) else pd.concat(out.values())
    covers = (tuple(float(v) for v in frame.total_bounds),) if len(frame) else ()
    return Reference(**out, covers=covers, edges=edges, problems=tuple(problems))


def _frame_of(reference: Reference, layer: str, source: str | None) -> gpd.GeoDataFrame:
    """The features behind the drawn layer ``layer`` (country names are the countries');
    of places, only those from ``source``."""
    frame = getattr(reference, "countries" if layer == "country_names" else layer)
    if layer == "places" and source is not None:
        frame = frame[frame["source"] == source]
    return frame


def credits_in(
    references: tuple[Reference, ...],
    bbox: tuple[float, float, float, float],
    layers: tuple[str, ...],
) -> str:
    """The credits (``CREDITS``) of the layers drawn (``layers``) that have a feature of
    one of ``references`` in ``bbox``: what the region's map shows, and no more."""
    area = shapely.box(*bbox)
    shown = []
    for text, credited, source in CREDITS:  # three credits
        frames = (
            _frame_of(reference, layer, source)
            for reference in references
            for layer in credited
            if layer in layers
        )
        if any(len(f) and len(f.sindex.query(area, predicate="intersects")) for f in frames):
            shown.append(text)
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


@functools.cache
def world_reference(world_dir: Path = WORLD_DIR) -> Reference:
    """The bundled coarse world layers (read once: they never change while running)."""
    return load_reference(world_dir, WORLD_FILES, "geodata/world")


def with_world(detail: Reference, region: BBox, world: Reference | None = None) -> Reference:
    """The detailed layers, and the world's wherever they do not reach: around ``region``
    (with a margin as large as the region, at least 10°, for views that look past its
    edge), outside the detailed layers' extent. A country cut by that extent is one
    feature again, so it is filled and named once."""
    world = world_reference() if world is None else world
    problems = detail.problems + world.problems
    if not world.covers:
        return dataclasses.replace(detail, problems=problems)
    w, s, e, n = region
    mx, my = max(e - w, 10.0), max(n - s, 10.0)
    area = (max(w - mx, -180.0), max(s - my, -85.0), min(e + mx, 180.0), min(n + my, 85.0))
    hole = shapely.box(*detail.bounds) if detail.covers else None  # the detail's frame
    layers = {}
    for layer in LAYERS:
        mine, theirs = getattr(detail, layer.name), getattr(world, layer.name)
        geoms = shapely.clip_by_rect(theirs.geometry.values, *area)
        if hole is not None:
            geoms = shapely.difference(geoms, hole)
        theirs = theirs.set_geometry(geoms)
        theirs = theirs[~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)]
        both = pd.concat([mine, theirs], ignore_index=True) if len(theirs) else mine
        if layer.name == "countries" and len(mine) and len(theirs):
            both = _one_per_country(both)
        layers[layer.name] = gpd.GeoDataFrame(both, geometry="geometry", crs=WGS84)
    layers["places"] = layers["places"].sort_values("rank", kind="stable").reset_index(drop=True)
    return Reference(
        **layers, covers=(*detail.covers, area), edges=(*detail.edges, area), problems=problems
    )


def _one_per_country(countries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Pieces of the same country (``iso_a3``) merged into one feature, keeping the
    first piece's attributes (the detailed layer's)."""
    code = countries["iso_a3"].astype(str)
    split = code.duplicated(keep=False).to_numpy()
    if not split.any():
        return countries
    pieces = countries[split]
    merged = pieces.groupby(code[split], sort=False).agg("first")
    merged["geometry"] = [
        shapely.union_all(pieces.geometry.values[code[split].to_numpy() == c]) for c in merged.index
    ]
    merged = gpd.GeoDataFrame(merged.reset_index(drop=True), geometry="geometry", crs=WGS84)
    return pd.concat([merged, countries[~split]], ignore_index=True)


def outlines(geoms, edges: tuple[BBox, ...]):
    """The boundaries of admin polygons less the edges of the boxes the layers were
    clipped to (``Reference.edges``): such an edge is where the data stops, no border."""
    cut = shapely.union_all([shapely.box(*c).exterior for c in edges]).buffer(1e-4)
    return shapely.difference(shapely.boundary(geoms), cut)


def reference_markdown() -> list[str]:
    """The reference layers' section of docs/data.md, as lines (from ``LAYERS``)."""
    out = [
        "## Reference layers",
        "",
        "What the map draws under the events, and what names each event's country, province",
        "and district. Every layer is optional. A package names its files in",
        "`settings.toml` (`[reference.files]`, a layer = a file name or a list of them), in",
        "its own `geodata/reference/` folder, else in the bundled one; without that table",
        "the shipped Pamir files are read. Files are GeoJSON in lon/lat (WGS 84), except",
        "`places`, which may also be a CSV gazetteer. A file that is missing, cannot be",
        "read, lacks its name column or holds other geometries is a warning naming the file",
        "and the rule, and is left out; the rest of the map and every event still load.",
        "Beyond the extent of the package's countries (else of all its layers) the bundled",
        "world layers are drawn (`geodata/world/`, Natural Earth 1:50m; `districts` has",
        "none); a view that no layer covers says so under the map and on the briefing.",
        "",
        "| layer | geometry | name column | other columns | meaning |",
        "|---|---|---|---|---|",
    ]
    for layer in LAYERS:
        more = ", ".join(f"`{c}`" for c in layer.columns) or "–"
        out.append(
            f"| `{layer.name}` | {layer.geometry} | `{layer.name_column}` | {more} | {layer.meaning} |"
        )
    out.append("")
    return out

"""GeoParquet out and back in: the events joined to their places, for other GIS tools.

``export_geoparquet`` writes one GeoParquet file of events (one row per event that
loads, every contract column typed, a few derived columns, and the geometry the
dashboard draws: the site's, the event's own point, or null where the sources give no
place; CRS EPSG:4326) and, beside it, the tables an event needs to be more than a row:
``<name>.excerpts.parquet``, ``<name>.sources.parquet``, ``<name>.claims.parquet`` and
``<name>.sites.parquet`` (GeoParquet), and the package's narratives, when it has any,
in ``<name>.narratives.parquet`` and ``<name>.narrative_steps.parquet``. ``import_geoparquet`` reads them back into a data
package. See docs/interchange.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dashboard.contract.columns import to_float
from dashboard.contract.dataset import Dataset, load_dataset
from dashboard.contract.dates import parse_partial_dates
from dashboard.contract.narratives import narrative_tables
from dashboard.contract.problems import Problem
from dashboard.contract.schema import Resource, load_package
from dashboard.contract.validate import ROW, read_csv, validate_fields
from dashboard.interchange.package import Unusable

WGS84 = "EPSG:4326"
# Derived columns written beside the contract's (what the dashboard computes when it
# loads the data): handy in a GIS, ignored on import. name -> column of Dataset.events.
DERIVED = {
    "site_name": "site_name",
    "site_kind": "site_kind",
    "placement": "placement",
    "place_precision": "geo_precision",
    "place_radius_m": "precision_m",
    "when": "when",
    "evidence": "evidence",
    "n_excerpts": "n_excerpts",
    "n_sources": "n_sources",
    "country": "country",
    "province": "province",
    "district": "district",
}
# Every event at a site repeats the site's polygon in its row. With dictionary pages this
# large, Parquet stores each distinct polygon once: 100,000 synthetic events (a quarter at
# sites) take 6 MB instead of 180 MB, and read faster. Any Parquet reader decodes them.
PARQUET_OPTIONS = {"dictionary_pagesize_limit": 64 << 20}
# Sidecars a package may lack (its files are optional in the contract).
OPTIONAL_SIDECARS = ("claims", "narratives", "narrative_steps")


@dataclass
class Written:
    """What an export or import wrote, and what it could not carry."""

    files: list[Path]
    events: int
    encoding: str = ""  # the events file's geometry encoding (export)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Where, when and by whom each event written is (import; ``settings_out.FACTS``).
    facts: pd.DataFrame | None = None


def sidecar_path(out: Path, table: str) -> Path:
    """Where the ``table`` that goes with the events file ``out`` is written:
    ``events.parquet`` -> ``events.excerpts.parquet``."""
    return out.with_name(f"{out.stem}.{table}.parquet")


def typed(rows: pd.DataFrame, resource: Resource) -> pd.DataFrame:
    """The contract's columns of ``rows`` with the contract's types: numbers as float64,
    integers as nullable Int64, text as strings with null for empty (what GIS tools and
    Parquet readers expect of a missing value)."""
    out = {}
    for f in resource.fields:
        col = rows[f.name] if f.name in rows else pd.Series("", index=rows.index)
        if f.type in ("number", "integer"):
            numbers = (
                col.to_numpy(dtype=float)
                if pd.api.types.is_numeric_dtype(col)
                else to_float(col.astype("str"))
            )
            series = pd.Series(numbers, index=rows.index)
            out[f.name] = series.astype("Int64") if f.type == "integer" else series
        else:
            text = col.astype(object).where(col.notna(), "").astype(str)
            out[f.name] = text.where(text != "", None).astype(object)
    return pd.DataFrame(out, index=rows.index)


def cells(frame: pd.DataFrame, resource: Resource) -> pd.DataFrame:
    """The contract's columns of ``frame`` as CSV cells (the inverse of ``typed``).

    A number becomes the shortest text that reads back as the same float (``71.55``);
    a date column a GIS tool made a real date becomes ``YYYY-MM-DD``.
    """
    out = {}
    for f in resource.fields:
        if f.name not in frame:
            out[f.name] = pd.Series("", index=frame.index, dtype=object)
            continue
        col = frame[f.name]
        if pd.api.types.is_datetime64_any_dtype(col):
            text = col.dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_integer_dtype(col) or (
            f.type == "integer" and pd.api.types.is_numeric_dtype(col)
        ):
            text = pd.Series(col, dtype="Int64").astype(str)
        elif pd.api.types.is_numeric_dtype(col):
            text = pd.Series(number_texts(col.to_numpy(dtype=float)), index=frame.index)
        else:
            text = col.astype(object).where(col.notna(), "").astype(str)
        out[f.name] = text.where(col.notna(), "").astype(object)
    return pd.DataFrame(out, index=frame.index)


# Seven decimals of a degree are about a centimetre: more is float noise, not precision.
DECIMALS = 7
# Degrees by which a point may differ from its lon/lat columns and still be the same point.
TOLERANCE = 1e-9


def number_texts(numbers: np.ndarray) -> np.ndarray:
    """Numbers as CSV text rounded to ``DECIMALS`` places, trailing zeros trimmed: whole
    numbers without a decimal point (``10000000``, as people write amounts), others as
    the shortest text of the rounded value (``71.55``, never ``75.38210000000001``),
    NaN as ''."""
    numbers = np.round(np.asarray(numbers, dtype=float), DECIMALS)
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(numbers) & (numbers == np.round(numbers)) & (np.abs(numbers) < 1e15)
    text = numbers.astype(str).astype(object)
    text[whole] = numbers[whole].astype(np.int64).astype(str)
    text[np.isnan(numbers)] = ""
    return text


def _raw_events(ds: Dataset) -> pd.DataFrame:
    """The events.csv cells of the events that loaded, in the order of ``ds.events``.

    The loaded events lose what the join does not need (an event's own lon/lat when it is
    at a site; its geo_precision then becomes the site's): the file is read again so that
    every event column goes out as written.
    """
    resource = load_package().resource("events")
    table = read_csv(ds.data_dir / resource.path, resource.path, resource)
    validate_fields(table, resource, resource.path)
    return table.rows.set_index(ROW).loc[ds.events[ROW].to_numpy()].reset_index(drop=True)


def _dates(values: pd.Series, is_open: pd.Series) -> pd.Series:
    """Real dates (date32) for a GIS time filter; null on an open side."""
    days = values.to_numpy().astype("datetime64[D]")
    days[is_open.to_numpy(dtype=bool)] = np.datetime64("NaT")
    return pd.Series(pa.array(days, from_pandas=True), dtype=pd.ArrowDtype(pa.date32()))


def events_frame(ds: Dataset) -> gpd.GeoDataFrame:
    """The loaded events as a GeoDataFrame: every contract column (typed), the derived
    columns and the geometry the dashboard draws (null where no place is given)."""
    ev = ds.events.reset_index(drop=True)
    frame = typed(_raw_events(ds), load_package().resource("events"))
    for name, source in DERIVED.items():
        col = ev[source]
        if isinstance(col.dtype, pd.CategoricalDtype) or col.dtype == object or col.dtype == "str":
            col = col.astype(object).where(col.notna(), None)
            col = col.where(col != "", None)
        frame[name] = col.to_numpy()
    frame["period_start"] = _dates(ev["start"], ev["open_start"])
    frame["period_end"] = _dates(ev["end"], ev["open_end"])
    return gpd.GeoDataFrame(frame, geometry=ev.geometry.to_numpy(), crs=WGS84)


def _write(gdf: gpd.GeoDataFrame, path: Path, encoding: str = "WKB") -> str:
    """Write GeoParquet with WKB geometry, which every GeoParquet 1.0 and 1.1 reader opens;
    with ``encoding="geoarrow"``, GeoArrow where the geometry types allow it (one type, or
    polygons with multipolygons), else WKB. Returns the encoding the file records
    ("WKB", "point"…)."""
    try:
        gdf.to_parquet(path, index=False, geometry_encoding=encoding, **PARQUET_OPTIONS)
    except (ValueError, NotImplementedError):
        # A mix of points and polygons, or no geometry at all: GeoArrow has no such type.
        gdf.to_parquet(path, index=False, geometry_encoding="WKB", **PARQUET_OPTIONS)
    return geometry_encoding(path)


def geometry_encoding(path: Path) -> str:
    """The geometry encoding recorded in a GeoParquet file's metadata."""
    meta = json.loads(pq.read_schema(path).metadata[b"geo"])
    return meta["columns"][meta["primary_column"]]["encoding"]


def export_geoparquet(data_dir: Path | None, out: Path, encoding: str = "WKB") -> Written:
    """Write the events of ``data_dir`` to the GeoParquet file ``out`` and their excerpts,
    sources, claims and sites beside it (``sidecar_path``); geometry as ``_write`` writes
    it with ``encoding`` ("WKB" or "geoarrow").

    Only what loads is written (rows the validator sets aside are not): ``problems`` holds
    the data's problems for the caller to report. Raises ``Unusable`` when no event loads.
    """
    ds = load_dataset(data_dir)
    if ds.events.empty:
        raise Unusable(
            f"no event loaded from {ds.data_dir}: run 'python -m dashboard validate' to see why"
        )
    pkg = load_package()
    events = events_frame(ds)
    written = _write(events, out, encoding)
    files = [out]
    tables = [("excerpts", ds.excerpts), ("sources", ds.sources), ("claims", ds.claims)]
    if ds.narratives:  # optional files: written only when the package has them
        tables += narrative_tables(ds.narratives).items()
    for name, rows in tables:
        path = sidecar_path(out, name)
        table = pa.Table.from_pandas(typed(rows, pkg.resource(name)), preserve_index=False)
        pq.write_table(table, path)
        files.append(path)
    sites = gpd.GeoDataFrame(
        typed(ds.sites, pkg.resource("sites")), geometry=ds.sites.geometry.to_numpy(), crs=WGS84
    )
    path = sidecar_path(out, "sites")
    if len(sites):
        _write(sites, path, encoding)
    else:
        # geopandas cannot write GeoArrow without a geometry; an empty table needs none.
        sites.to_parquet(path, index=False)
    files.append(path)
    return Written(files, len(events), written, problems=list(ds.problems))


def _read_sidecar(out: Path, name: str, required: bool) -> pd.DataFrame | None:
    path = sidecar_path(out, name)
    if not path.is_file():
        if required:
            raise Unusable(
                f"{path} is missing: it holds the {name} the events need (export-geoparquet "
                "writes it beside the events file)"
            )
        return None
    try:
        if name == "sites":
            return gpd.read_parquet(path)
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow and geopandas raise several types for a bad file
        raise Unusable(f"cannot read {path} as Parquet: {exc}") from None


def _to_wgs84(gdf: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    if gdf.crs is None:
        raise Unusable(f"{path} has no CRS: the places cannot be read as lon/lat")
    if gdf.crs.equals(WGS84) or gdf.crs.to_string() == "OGC:CRS84":
        return gdf
    return gdf.to_crs(WGS84)


def read_events_file(path: Path) -> tuple[pd.DataFrame, gpd.GeoSeries]:
    """The columns of a GeoParquet file of events, and the geometries of the events with
    no ``site_id`` (None for the others) in EPSG:4326 (reprojected if needed).

    An event at a site takes the site's geometry from the sites file: the polygons its
    row repeats are not decoded (a million events at a few districts would otherwise be
    a million polygons in memory). Raises ``Unusable`` when the file cannot be read, is
    not GeoParquet, has no CRS or lacks a required event column (named).
    """
    try:
        schema = pq.read_schema(path)
        meta = json.loads((schema.metadata or {}).get(b"geo", b"null"))
        if not isinstance(meta, dict) or "primary_column" not in meta:
            raise Unusable(f"{path} is Parquet but not GeoParquet (no 'geo' metadata)")
        geometry = meta["primary_column"]
        frame = pq.read_table(path, columns=[n for n in schema.names if n != geometry])
        frame = frame.to_pandas()
        own = pd.Series(True, index=frame.index)
        where = None
        if "site_id" in frame:
            own = frame["site_id"].isna() | (frame["site_id"] == "")
            where = pc.field("site_id").is_null() | (pc.field("site_id") == "")
        shapes = gpd.read_parquet(path, columns=[geometry], filters=where)
    except Unusable:
        raise
    except Exception as exc:  # pyarrow and geopandas raise several types for a bad file
        raise Unusable(f"cannot read {path} as GeoParquet: {exc}") from None
    shapes = _to_wgs84(shapes, path)
    required = load_package().resource("events").required_fields
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise Unusable(f"{path} lacks required event column(s): {', '.join(missing)}")
    geoms = np.full(len(frame), None, dtype=object)
    geoms[own.to_numpy(dtype=bool)] = shapes.geometry.to_numpy()
    return frame, gpd.GeoSeries(geoms, index=frame.index, crs=WGS84)


def import_geoparquet(path: Path) -> tuple[dict[str, pd.DataFrame], gpd.GeoDataFrame, Written]:
    """Read an events GeoParquet file and its sidecars back into the package's tables
    (CSV cells) and sites; ``write_package`` then writes them.

    Where an event placed by coordinates (no ``site_id``) has a point geometry, the point
    wins over the ``lon``/``lat`` columns: that is what a GIS user edits. An event with no
    site and a geometry that is not a point cannot be placed by the contract: it is set
    aside with a problem. Raises ``Unusable`` when a file is missing or unreadable.
    """
    pkg = load_package()
    frame, geom = read_events_file(path)
    events = cells(frame, pkg.resource("events")).reset_index(drop=True)
    geom = geom.reset_index(drop=True)
    own = (events["site_id"] == "").to_numpy(dtype=bool) & geom.notna().to_numpy()
    is_point = (geom.geom_type == "Point").to_numpy(dtype=bool) & own
    notes = _points_win(events, geom, is_point)
    shapeless = own & ~is_point
    problems = [
        Problem(
            path.name,
            "placement",
            f"a {geom.iat[at].geom_type} with no site_id cannot be placed (the contract "
            "places an event at a site or at a point): not written",
            int(at) + 1,
            "geometry",
            events.at[at, "event_id"],
            unit="record",
        )
        for at in np.flatnonzero(shapeless)
    ]
    events = events[~shapeless]
    tables = {"events": events, **_sidecar_tables(path)}
    if shapeless.any():
        notes.append(_drop_citing(tables, set(events["event_id"])))
    sites = _read_sites(path, required=bool((events["site_id"] != "").any()))
    facts = _facts(frame.reset_index(drop=True).loc[events.index], events, sites)
    written = Written([], len(events), problems=problems, notes=notes, facts=facts)
    return tables, sites, written


def _facts(
    frame: pd.DataFrame, events: pd.DataFrame, sites: gpd.GeoDataFrame | None
) -> pd.DataFrame:
    """Where, when and by whom each event is (``settings_out.FACTS``): the country and
    province the export joined it to, its first actor and first day, and its point or
    its site's representative point."""

    def text(name: str) -> pd.Series:
        if name not in frame:
            return pd.Series("", index=events.index)
        return frame[name].astype(object).where(frame[name].notna(), "").astype(str)

    lon, lat = to_float(events["lon"]).copy(), to_float(events["lat"]).copy()
    at_site = (events["site_id"] != "").to_numpy(dtype=bool)
    if sites is not None and len(sites) and at_site.any():
        points = sites.set_index("site_id").geometry.representative_point()
        spot = points.reindex(events.loc[at_site, "site_id"].to_numpy())
        lon[at_site], lat[at_site] = spot.x.to_numpy(), spot.y.to_numpy()
    return pd.DataFrame(
        {
            "country": text("country"),
            "admin1": text("province"),
            "actor": events["actors"].str.split(";").str[0].fillna(""),
            "day": pd.Series(parse_partial_dates(events["date"]).start, index=events.index),
            "lon": lon,
            "lat": lat,
        },
        index=events.index,
    )


def _points_win(events: pd.DataFrame, geom: gpd.GeoSeries, is_point: np.ndarray) -> list[str]:
    """Write the point geometries into ``lon``/``lat`` (in place); a note says how many
    differed from the columns."""
    if not is_point.any():
        return []
    x = geom[is_point].x.to_numpy()
    y = geom[is_point].y.to_numpy()
    # Reprojection and float text round trips shift a point by far less than TOLERANCE:
    # only a larger difference is a point someone moved.
    moved = (np.abs(to_float(events.loc[is_point, "lon"]) - x) > TOLERANCE) | (
        np.abs(to_float(events.loc[is_point, "lat"]) - y) > TOLERANCE
    )
    events.loc[is_point, "lon"] = number_texts(x)
    events.loc[is_point, "lat"] = number_texts(y)
    if not moved.any():
        return []
    return [
        f"{int(moved.sum())} event(s): lon/lat taken from the point geometry, which "
        "differs from the lon/lat columns"
    ]


def _sidecar_tables(path: Path) -> dict[str, pd.DataFrame]:
    """The excerpts, sources, claims and narratives sidecars as CSV cells (the optional
    ones only when they hold rows)."""
    pkg = load_package()
    tables = {}
    for name in ("excerpts", "sources", *OPTIONAL_SIDECARS):
        optional = name in OPTIONAL_SIDECARS
        frame = _read_sidecar(path, name, required=not optional)
        if frame is not None and (not optional or len(frame)):
            tables[name] = cells(frame, pkg.resource(name))
    return tables


def _drop_citing(tables: dict[str, pd.DataFrame], kept: set[str]) -> str:
    """Drop the excerpts and claims of events that are not written (the validator would
    only set them aside); the note says how many."""
    dropped = []
    for name in ("excerpts", "claims"):
        if name in tables:
            mine = tables[name]["event_id"].isin(kept)
            dropped.append(f"{int((~mine).sum())} {name}")
            tables[name] = tables[name][mine]
    return f"not written with those events: {' and '.join(dropped)}"


def _read_sites(path: Path, required: bool) -> gpd.GeoDataFrame | None:
    """The sites sidecar in WGS 84, its properties typed as the contract says."""
    sites = _read_sidecar(path, "sites", required=required)
    if sites is None:
        return None
    sites = _to_wgs84(sites, sidecar_path(path, "sites"))
    # ``typed`` for sites: site_id, name, kind, note as text, the precisions as numbers.
    resource = load_package().resource("sites")
    props = typed(cells(sites, resource), resource)
    return gpd.GeoDataFrame(props, geometry=sites.geometry.to_numpy(), crs=WGS84)

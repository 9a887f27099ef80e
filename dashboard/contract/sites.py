"""Reading and checking ``geodata/sites.geojson``: properties by the schema, geometry by RFC 7946."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from dashboard.contract.problems import WARNING, Problem
from dashboard.contract.schema import Resource
from dashboard.contract.validate import (
    REASONS,
    ROW,
    Closest,
    Table,
    add_row_problems,
    empty_table,
    validate_fields,
)

ALLOWED_GEOMETRIES = ("Point", "Polygon", "MultiPolygon")
WGS84 = "EPSG:4326"
# Further than this from the median of the other places is not this region: likely lon/lat swapped.
FAR_KM = 1000.0
# make_valid may only change a polygon's area this much to count as a safe repair.
REPAIR_AREA_TOLERANCE = 0.01


def haversine_km(lon1, lat1, lon2, lat2):
    """Great-circle distance in km (scalars or arrays)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.subtract(lon2, lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(1.0, a)))


def _coords_in_range(geom: BaseGeometry) -> bool:
    xy = shapely.get_coordinates(geom)
    return bool(
        ((xy[:, 0] >= -180) & (xy[:, 0] <= 180) & (xy[:, 1] >= -90) & (xy[:, 1] <= 90)).all()
    )


def _repair(geom: BaseGeometry) -> tuple[BaseGeometry | None, str]:
    """Repair an invalid polygon with ``make_valid`` when that keeps its area.

    Returns the repaired geometry (or None when it cannot be repaired safely) and the
    reason shapely gives for the invalidity.
    """
    reason = shapely.is_valid_reason(geom)
    fixed = shapely.make_valid(geom)
    polys = [
        g for g in getattr(fixed, "geoms", [fixed]) if g.geom_type in ("Polygon", "MultiPolygon")
    ]
    if not polys:
        return None, reason
    fixed = shapely.union_all(polys)
    # Shoelace area: a spike or a doubled vertex does not change it, a bow-tie does (its two
    # lobes cancel out), so only the former count as safe repairs.
    before = geom.area
    if before == 0 or abs(fixed.area - before) / before > REPAIR_AREA_TOLERANCE:
        return None, reason
    return fixed, reason


class _NotSites(Exception):
    """The file cannot be read as a FeatureCollection: its one problem."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


# A key that one JSON object gives twice: (the object, the key, the first value, the last).
Repeat = tuple[dict, str, object, object]


def read_sites(path: Path, file_label: str, resource: Resource) -> tuple[Table, list]:
    """Read sites into a ``Table`` of string properties plus a list of geometries.

    The geometries list is aligned with ``table.rows`` (and follows set-asides).
    """
    try:
        features, repeated = _read_features(path, file_label)
    except _NotSites as exc:
        return empty_table(resource.name, resource, [exc.problem]), []
    table, renamed = _features_table(features, repeated, resource, file_label)
    validate_fields(table, resource, file_label, unit="feature")
    _name_renamed_properties(table, renamed)
    add_row_problems(table, _read_geometries(table, file_label))
    add_row_problems(table, _far_features(table, file_label))
    geometries = list(table.rows.pop("_geometry"))
    table.rows.pop("_geometry_raw")
    table.rejected = table.rejected.drop(columns=["_geometry", "_geometry_raw"], errors="ignore")
    return table, geometries


def _read_features(path: Path, file_label: str) -> tuple[list, list[Repeat]]:
    """The features of the GeoJSON FeatureCollection at ``path`` and the keys its objects
    give twice; raises ``_NotSites`` when it is missing, empty, not UTF-8, not JSON, not
    a FeatureCollection or in another CRS."""
    if not path.is_file():
        raise _NotSites(Problem(file_label, "file-missing", "file not found in the data directory"))
    raw = path.read_bytes()
    if not raw.strip():
        raise _NotSites(Problem(file_label, "file-empty", "empty"))
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        msg = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} on line {line}); GeoJSON must be UTF-8"
        raise _NotSites(Problem(file_label, "encoding", msg, line, unit="line")) from None
    doc, repeated = _load_json(text, file_label)
    _check_collection(doc, file_label)
    return doc["features"], repeated


def _load_json(text: str, file_label: str) -> tuple[object, list[Repeat]]:
    """The JSON document and every key one of its objects gives twice (json.loads keeps
    the last of a repeated key without a word)."""
    repeated: list[Repeat] = []

    def no_silent_repeats(pairs):
        obj = {}
        for key, value in pairs:
            if key in obj:
                repeated.append((obj, key, obj[key], value))
            obj[key] = value
        return obj

    try:
        return json.loads(text, object_pairs_hook=no_silent_repeats), repeated
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        raise _NotSites(Problem(file_label, "json", msg, exc.lineno, unit="line")) from None


def _check_collection(doc: object, file_label: str) -> None:
    """Raise ``_NotSites`` unless ``doc`` is a FeatureCollection in WGS84 lon/lat."""
    if (
        not isinstance(doc, dict)
        or doc.get("type") != "FeatureCollection"
        or not isinstance(doc.get("features"), list)
    ):
        got = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
        msg = "must be a GeoJSON FeatureCollection with a 'features' list"
        raise _NotSites(Problem(file_label, "geojson", msg, value=str(got)))
    crs = doc.get("crs")
    if crs is not None:
        name = json.dumps(crs)
        if not any(k in name for k in ("CRS84", "4326")):
            msg = "GeoJSON must be WGS84 lon/lat (RFC 7946); this file declares another CRS"
            raise _NotSites(Problem(file_label, "crs", msg, value=name))


def _features_table(
    features: list, repeated: list[Repeat], resource: Resource, file_label: str
) -> tuple[Table, dict[str, str]]:
    """The features' properties as strings (one row each, numbered from 1) and their raw
    geometries (``_geometry_raw``), with a warning per unknown property and per repeated
    key; and the properties no feature has that the file seems to have misspelt."""
    records, geoms = [], []
    seen: dict[str, int] = {}  # property name -> the first feature that has it
    repeats: list[Problem] = []
    for i, feat in enumerate(features, start=1):
        props = feat.get("properties") if isinstance(feat, dict) else None
        props = props if isinstance(props, dict) else {}
        repeats += _repeated_keys(repeated, feat, props, i, file_label)
        for key in props:
            seen.setdefault(str(key), i)
        rec = {ROW: i}
        for f in resource.field_names:
            v = props.get(f)
            rec[f] = "" if v is None else str(v).strip()
        records.append(rec)
        geoms.append(feat.get("geometry") if isinstance(feat, dict) else None)
    frame = pd.DataFrame(records, columns=[ROW, *resource.field_names], dtype=object)
    unknown, renamed = _unknown_properties(seen, resource, file_label)
    table = Table(resource.name, frame, pd.DataFrame(columns=[*frame.columns, REASONS]), unknown)
    table.rows["_geometry_raw"] = pd.Series(geoms, dtype=object)
    table.problems.extend(repeats)
    return table, renamed


def _repeated_keys(
    repeated: list[Repeat], feat: object, props: dict, i: int, file_label: str
) -> list[Problem]:
    """A warning per key that feature ``i`` (or its properties) gives twice."""
    found = []
    for obj, key, first, last in repeated:
        if obj is props or obj is feat:
            msg = (
                f"{key!r} is given twice in this feature ({str(first)[:40]!r}, then "
                f"{str(last)[:40]!r}); the last one is used"
            )
            found.append(
                Problem(
                    file_label,
                    "json-duplicate-key",
                    msg,
                    i,
                    str(key),
                    severity=WARNING,
                    unit="feature",
                )
            )
    return found


def _name_renamed_properties(table: Table, renamed: dict[str, str]) -> None:
    """A required property missing where the file has a misspelt one: say which."""
    for i, p in enumerate(table.problems):
        if p.rule == "required" and p.column in renamed:
            msg = f"{p.message}; the file has {renamed[p.column]!r}: rename it to {p.column!r}"
            table.problems[i] = replace(p, message=msg)


def _read_geometries(table: Table, file_label: str) -> list[Problem]:
    """Each feature's geometry read and checked (``_check_geometry``) into ``_geometry``
    (None where it is unusable); the problems found."""
    problems: list[Problem] = []
    shapes: list[BaseGeometry | None] = []
    for row, raw_geom in zip(table.rows[ROW], table.rows["_geometry_raw"], strict=True):
        geom, found = _check_geometry(raw_geom, file_label, row)
        problems.extend(found)
        shapes.append(geom)
    table.rows["_geometry"] = pd.Series(shapes, index=table.rows.index, dtype=object)
    return problems


def _far_features(table: Table, file_label: str) -> list[Problem]:
    """A warning per feature far from the others (``far_outside_region``)."""
    placed = [
        (r, g.representative_point())
        for r, g in zip(table.rows[ROW], table.rows["_geometry"], strict=True)
        if g is not None
    ]
    return far_outside_region(
        np.array([p.x for _, p in placed]),
        np.array([p.y for _, p in placed]),
        np.array([r for r, _ in placed]),
        file_label,
        unit="feature",
    )


def _unknown_properties(
    seen: dict[str, int], resource: Resource, file_label: str
) -> tuple[list[Problem], dict[str, str]]:
    """One warning per property name the schema does not know (its values are not read),
    with a "did you mean" when it looks like a property no feature has; and those
    properties, each with the name in the file that looks like it."""
    absent = Closest([f for f in resource.field_names if f not in seen])
    problems, renamed = [], {}
    for key, first in seen.items():
        if key in resource.field_names:
            continue
        meant = absent(key)
        if meant is not None:
            renamed.setdefault(meant, key)
            msg = (
                f"property is not in the schema and is ignored; did you mean {meant!r}? "
                f"Rename it to {meant!r}: until then its values are not read"
            )
        else:
            known = ", ".join(resource.field_names)
            msg = f"property is not in the schema and is ignored (known: {known})"
        problems.append(
            Problem(
                file_label, "property-unknown", msg, first, key, severity=WARNING, unit="feature"
            )
        )
    return problems, renamed


def _check_geometry(raw, file_label: str, row: int) -> tuple[BaseGeometry | None, list[Problem]]:
    def err(rule: str, msg: str, value: str | None = None) -> tuple[None, list[Problem]]:
        return None, [Problem(file_label, rule, msg, row, "geometry", value, unit="feature")]

    if not isinstance(raw, dict):
        return err("geometry-missing", "feature has no geometry")
    gtype = raw.get("type")
    if gtype not in ALLOWED_GEOMETRIES:
        return err(
            "geometry-type", f"geometry must be one of {', '.join(ALLOWED_GEOMETRIES)}", str(gtype)
        )
    try:
        geom = shape(raw)
    except Exception as exc:  # shapely raises several types for malformed coordinates
        return err("geometry-invalid", f"geometry cannot be read: {exc}", json.dumps(raw)[:80])
    if geom.is_empty:
        return err("geometry-empty", "geometry is empty")
    if not _coords_in_range(geom):
        x, y = shapely.get_coordinates(geom)[0]
        return err(
            "coordinates-range",
            "coordinates must be lon in [-180, 180], lat in [-90, 90]",
            f"{x:g}, {y:g}",
        )
    notes = []
    if gtype in ("Polygon", "MultiPolygon") and not _rings_closed(raw.get("coordinates")):
        # RFC 7946: a ring's last position repeats its first. Shapely closes it; say so.
        msg = "a polygon ring is not closed (its last position must repeat its first); closed it"
        notes.append(
            Problem(
                file_label, "ring-unclosed", msg, row, "geometry", severity=WARNING, unit="feature"
            )
        )
    if geom.is_valid:
        return geom, notes
    fixed, reason = _repair(geom)
    if fixed is None:
        return err(
            "geometry-invalid",
            f"invalid geometry that make_valid cannot repair without changing it ({reason})",
        )
    msg = f"invalid geometry ({reason}) repaired with make_valid; please fix the file"
    return fixed, [
        *notes,
        Problem(
            file_label, "geometry-repaired", msg, row, "geometry", severity=WARNING, unit="feature"
        ),
    ]


def _rings_closed(coords) -> bool:
    """Whether every ring of Polygon / MultiPolygon coordinates ends where it starts."""
    try:
        polygons = coords if coords and isinstance(coords[0][0][0], list) else [coords]
        return all(list(r[0]) == list(r[-1]) for poly in polygons for r in poly if r)
    except (TypeError, IndexError, KeyError):
        return True  # malformed: shape() has said so already


def far_outside_region(
    lon: np.ndarray,
    lat: np.ndarray,
    rows: np.ndarray,
    file_label: str,
    unit: str = "row",
    reference: tuple[float, float] | None = None,
) -> list[Problem]:
    """Warn about places far from the rest (``FAR_KM``), naming a likely lon/lat swap.

    ``lon``/``lat`` are the places' points and ``rows`` their row numbers. ``reference``
    is the (lon, lat) they are compared with; by default the median of the points
    themselves (needs 3 or more).
    """
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    if reference is None:
        if len(lon) < 3:
            return []
        reference = (float(np.median(lon)), float(np.median(lat)))
    lon0, lat0 = reference
    km = haversine_km(lon, lat, lon0, lat0)
    far = km > FAR_KM
    # Read the other way round, is the place near the others? Then lon and lat are swapped.
    swapped = (np.abs(lon) <= 90) & (haversine_km(lat, lon, lon0, lat0) <= FAR_KM)
    return [
        Problem(
            file_label,
            "far-outside-region",
            f"{d:,.0f} km from the other places (median {lon0:.2f}, {lat0:.2f})"
            + ("; lon and lat look swapped" if swap else ""),
            int(r),
            "geometry",
            f"{x:.4f}, {y:.4f}",
            severity=WARNING,
            unit=unit,
        )
        for r, x, y, d, swap in zip(
            rows[far], lon[far], lat[far], km[far], swapped[far], strict=True
        )
    ]


def sites_frame(table: Table, geometries: list) -> gpd.GeoDataFrame:
    """Typed GeoDataFrame of the sites that passed, CRS EPSG:4326."""
    rows = table.rows.copy()
    rows["geo_precision"] = pd.to_numeric(rows["geo_precision"]).astype("int64")
    rows["precision_m"] = pd.to_numeric(rows["precision_m"].replace("", None), errors="coerce")
    return gpd.GeoDataFrame(
        rows, geometry=gpd.GeoSeries(geometries, crs=WGS84, index=rows.index), crs=WGS84
    )

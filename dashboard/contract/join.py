"""The join: events to their geometries, and every geometry to the admin areas it lies in."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from dashboard.contract.columns import to_float
from dashboard.contract.problems import Problem
from dashboard.contract.validate import ROW

WGS84 = "EPSG:4326"
SITE_COLUMNS = {"name": "site_name", "kind": "site_kind", "note": "site_note"}
# A place lies in an admin area when at least this share of it does. Not all of it: the
# bundled layers come from different datasets whose borders differ by up to a few km
# (4% of geoBoundaries' Ishkoshim district lies on Natural Earth's Afghan side).
NEARLY_ALL = 0.9
# geo_precision of a point that stands for a larger region (ACLED's 3).
REGION = 3
# (column, reference layer, the coarsest geo_precision of a point that may name it): a
# point that stands for a region has no extent, so only its country holds it for sure.
AREA_LEVELS = (
    ("country", "countries", REGION),
    ("province", "provinces", REGION - 1),
    ("district", "districts", REGION - 1),
)
# A site that covers this share of the area it lies in *is* that area (the GBAO site is
# the GBAO province): ``area_text`` does not name it again beside the site's name.
SAME_AREA = 0.9
# Per level, the column saying that the geometry is that area itself.
IS_AREA = {column: f"is_{column}" for column, *_ in AREA_LEVELS}
# geo_precision of an event the sources give no place for (1–3 are ACLED's codes).
NO_PLACE = 4


def join_events(
    events: pd.DataFrame, sites: gpd.GeoDataFrame, file_label: str = "events.csv"
) -> tuple[gpd.GeoDataFrame, list[Problem]]:
    """Give every event its geometry: its site's, or a point at its own ``lon``/``lat``.

    The sites GeoDataFrame is on the left, so the result stays a GeoDataFrame with the
    sites' CRS. Events whose ``site_id`` matches no site are not lost: they come back as
    problems (rule ``foreign-key``) for the caller to set aside.
    """
    # The join moves, filters and sorts rows: it works on the columns it reads, with the
    # others (titles, summaries…) as one-byte stand-ins, put back once at the end.
    events, carried = _stand_ins(events)
    by_site = events[events["site_id"] != ""]
    no_site = events[events["site_id"] == ""]
    # No site and no coordinates: the sources give no place. Such events are kept (listed,
    # on the timeline, counted) with an empty geometry, and never drawn on the map.
    has_xy = (no_site["lon"] != "").to_numpy(dtype=bool) & (no_site["lat"] != "").to_numpy(
        dtype=bool
    )
    placed, problems = _at_sites(by_site, sites, file_label)
    points = _at_coordinates(no_site[has_xy])
    unplaced = _unplaced(no_site[~has_xy])
    frames = [f for f in (placed, points, unplaced) if len(f)]
    if not frames:
        joined = gpd.GeoDataFrame(placed.iloc[0:0], geometry="geometry", crs=WGS84)
        return _put_back(joined, carried, events[ROW]), problems
    joined = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=WGS84)
    joined["geo_precision"] = joined["geo_precision"].astype("int64")
    joined["precision_m"] = joined["precision_m"].astype("float64")
    joined = joined.sort_values(ROW, kind="stable").reset_index(drop=True)
    return _put_back(joined, carried, events[ROW]), problems


# The events' columns the join reads (the others only ride along).
JOIN_COLUMNS = (ROW, "site_id", "lon", "lat", "geo_precision", "precision_m")


def _stand_ins(events: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, pd.Series]]:
    """``events`` with each column the join does not read replaced by a column of zero
    bytes in its place; and those columns, to put back."""
    carried = {c: events[c] for c in events.columns if c not in JOIN_COLUMNS}
    slim = events.assign(**{c: np.zeros(len(events), dtype=np.int8) for c in carried})
    return slim, carried


def _put_back(
    joined: gpd.GeoDataFrame, carried: dict[str, pd.Series], rows: pd.Series
) -> gpd.GeoDataFrame:
    """``joined`` with the ``carried`` columns in their places again, each value to the
    row of its event (``rows``: the events' row numbers)."""
    at = pd.Index(rows.to_numpy()).get_indexer(joined[ROW].to_numpy())
    same = len(at) == len(rows) and bool((at == np.arange(len(at))).all())
    for c, values in carried.items():
        joined[c] = values.array if same else values.array.take(at)
    return joined


def _at_sites(
    events: pd.DataFrame, sites: gpd.GeoDataFrame, file_label: str
) -> tuple[gpd.GeoDataFrame, list[Problem]]:
    """The events at a site, each with its site's geometry, name, kind, note and admin
    areas; and a ``foreign-key`` problem per event whose site is not there."""
    site_cols = sites.drop(columns=[ROW], errors="ignore").rename(columns=SITE_COLUMNS)
    ev_cols = events.drop(columns=["lon", "lat", "geo_precision", "precision_m"], errors="ignore")
    merged = site_cols.merge(
        ev_cols, on="site_id", how="right", validate="one_to_many", indicator=True
    )
    unmatched = merged[merged["_merge"] == "right_only"]
    problems = [
        Problem(
            file_label,
            "foreign-key",
            "site_id matches no site in geodata/sites.geojson",
            int(r),
            "site_id",
            sid,
        )
        for r, sid in zip(unmatched[ROW], unmatched["site_id"], strict=True)
    ]
    placed = merged[merged["_merge"] == "both"].drop(columns="_merge")
    placed = gpd.GeoDataFrame(placed, geometry="geometry", crs=sites.crs or WGS84)
    placed["placement"] = "site"
    return placed, problems


def _at_coordinates(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """The events placed by their own ``lon``/``lat``, each a point."""
    points = gpd.GeoDataFrame(
        events.drop(columns=["lon", "lat"]),
        geometry=gpd.points_from_xy(to_float(events["lon"]), to_float(events["lat"])),
        crs=WGS84,
    )
    # geo_precision defaults to 1 (the coordinates are the place); a missing radius is NaN.
    precision = to_float(points["geo_precision"])
    points["geo_precision"] = np.where(np.isnan(precision), 1, precision).astype("int64")
    points["precision_m"] = to_float(points["precision_m"])
    return _without_site(points, "coordinates")


def _unplaced(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """The events the sources give no place, each with an empty geometry."""
    unplaced = gpd.GeoDataFrame(
        events.drop(columns=["lon", "lat"]),
        geometry=gpd.GeoSeries([None] * len(events), index=events.index, crs=WGS84),
        crs=WGS84,
    )
    unplaced["geo_precision"] = NO_PLACE
    unplaced["precision_m"] = np.nan
    return _without_site(unplaced, "none")


def _without_site(events: gpd.GeoDataFrame, placement: str) -> gpd.GeoDataFrame:
    """``events`` given their ``placement``, no site's columns and no admin areas yet
    (those of points are found by ``locate_points``)."""
    events["placement"] = placement
    for col in SITE_COLUMNS.values():
        events[col] = ""
    for col, *_ in AREA_LEVELS:
        events[col] = pd.NA
        events[IS_AREA[col]] = False  # a point, or nothing: no area itself
    return events


def locate(
    geoms: gpd.GeoSeries, areas: gpd.GeoDataFrame, name_col: str = "name"
) -> tuple[pd.Series, pd.Series]:
    """Name of the area each geometry lies in, or NA: a point, the area that contains it;
    a polygon, the area that holds ``NEARLY_ALL`` of it. And whether the geometry is that
    area itself (covers ``SAME_AREA`` of it).

    So a place is never named after an area smaller than itself: GBAO is in Tajikistan,
    not in Murghob district, although that district holds most of it.
    """
    names = pd.Series(pd.NA, index=geoms.index, dtype="object")
    same = pd.Series(False, index=geoms.index, dtype=bool)
    areas = areas[[name_col, "geometry"]].to_crs(geoms.crs).reset_index(drop=True)
    present = (geoms.notna() & ~geoms.is_empty).to_numpy(dtype=bool)
    points = present & _is_point(geoms)
    if points.any():
        at = _area_of_points(shapely.get_coordinates(geoms[points].to_numpy()), areas.geometry)
        inside = at >= 0
        names.loc[geoms.index[points][inside]] = areas[name_col].to_numpy(dtype=object)[at[inside]]
    if (present & ~points).any():
        pairs = gpd.sjoin(
            gpd.GeoDataFrame(geometry=geoms[present & ~points]),
            areas,
            predicate="intersects",
            how="inner",
        )
        shape = pairs.geometry.to_numpy()
        area = areas.geometry.to_numpy()[pairs["index_right"].to_numpy()]
        # Shares of areas in degrees: a ratio of two areas at the same place.
        shared = shapely.area(shapely.intersection(shape, area))
        pairs = pairs.assign(share=shared / shapely.area(shape), covers=shared / shapely.area(area))
        held = pairs[pairs["share"] >= NEARLY_ALL].sort_values("share", ascending=False)
        held = held[~held.index.duplicated(keep="first")]
        names[held.index] = held[name_col].to_numpy(dtype=object)
        same[held.index] = (held["covers"] >= SAME_AREA).to_numpy(dtype=bool)
    return names, same


def _is_point(geoms: gpd.GeoSeries) -> np.ndarray:
    """Which geometries are points (``geom_type == "Point"`` without a type name per
    geometry)."""
    return shapely.get_type_id(geoms.to_numpy()) == shapely.GeometryType.POINT


def _area_of_points(xy: np.ndarray, areas: gpd.GeoSeries) -> np.ndarray:
    """Position in ``areas`` of the area holding each point (``xy``, one row per point) in
    its interior, or -1. Neighbouring datasets overlap in slivers along borders: a point
    in two areas gets the first.

    One pass per area over the points inside its bounding box, with the area prepared:
    at a million points, several times faster than a spatial join, which tests each
    candidate pair against an unprepared polygon. The points are sorted by ``x`` once,
    so an area looks only at those in its band of longitudes, not at every point.
    """
    x, y = xy[:, 0], xy[:, 1]
    shapes = areas.to_numpy()
    shapely.prepare(shapes)
    bounds = shapely.bounds(shapes)
    at = np.full(len(xy), -1, dtype=np.int64)
    by_x = np.argsort(x, kind="stable")  # NaN last: in no band
    xs = x[by_x]
    for i, (shape, (x0, y0, x1, y1)) in enumerate(zip(shapes, bounds, strict=True)):
        if shape is None or shapely.is_empty(shape):
            continue
        band = by_x[np.searchsorted(xs, x0, "left") : np.searchsorted(xs, x1, "right")]
        free = band[(at[band] < 0) & (y[band] >= y0) & (y[band] <= y1)]
        if len(free):
            at[free[shapely.contains_xy(shape, x[free], y[free])]] = i
    return at


def area_text(areas: pd.DataFrame, levels: tuple[str, ...] | None = None) -> pd.Series:
    """The admin areas of each place as one text, most local first ("Murghob District,
    GBAO, Tajikistan"), the areas known only; without the area the place *is* (a site
    that is the GBAO province is not said to be in GBAO) and those below it.

    ``areas`` holds the ``AREA_LEVELS`` columns (those of ``levels`` at least, default
    all) and, where known, the ``IS_AREA`` ones. Columnar: each distinct combination is
    joined once.
    """
    levels = levels or tuple(column for column, *_ in AREA_LEVELS)
    parts: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # level -> (codes, names)
    hidden = np.zeros(len(areas), dtype=bool)
    for column, *_ in AREA_LEVELS:  # country first: an area hides itself and those below
        flag = IS_AREA[column]
        if flag in areas:
            hidden |= areas[flag].astype("boolean").fillna(False).to_numpy(dtype=bool)
        if column in levels:
            codes, names = pd.factorize(areas[column])  # missing: -1
            names = np.append(np.asarray(names, dtype=object), "")  # code -1 and hidden: ""
            parts[column] = (np.where(hidden, -1, codes), names)
    order = [column for column, *_ in reversed(AREA_LEVELS) if column in parts]
    if not order:
        return pd.Series("", index=areas.index, dtype=object)
    # Each place's combination as one integer, then each distinct one written once.
    key = np.zeros(len(areas), dtype=np.int64)
    for column in order:
        codes, names = parts[column]
        key = key * len(names) + np.where(codes < 0, len(names) - 1, codes)
    at, combos = pd.factorize(key)
    words = []
    for column in reversed(order):
        _, names = parts[column]
        words.append(names[combos % len(names)])
        combos = combos // len(names)
    words.reverse()
    texts = [", ".join(w for w in combo if w) for combo in zip(*words, strict=True)]
    return pd.Series(np.array(texts, dtype=object)[at], index=areas.index, dtype=object)


def add_admin_areas(gdf: gpd.GeoDataFrame, reference) -> gpd.GeoDataFrame:
    """Add ``country``, ``province`` and ``district`` columns from the reference areas,
    and the ``IS_AREA`` columns (the geometry is that area itself).

    The rule (``locate``, ``AREA_LEVELS``): a place is in an area when nearly all of it
    lies in it; a point that stands for a larger region (``geo_precision`` 3) is in its
    country only. A label, a tooltip and every export then name the place no more
    precisely than the data gives it.
    """
    out = gdf.copy()
    precision = (
        out["geo_precision"].to_numpy(dtype="int64")
        if "geo_precision" in out
        else np.ones(len(out), dtype="int64")
    )
    is_point = _is_point(out.geometry)
    for column, layer, coarsest in AREA_LEVELS:
        areas = getattr(reference, layer)
        name_col = "name_en" if "name_en" in areas.columns else "name"
        names, same = locate(out.geometry, areas, name_col)
        out[column] = names.mask(is_point & (precision > coarsest))
        out[IS_AREA[column]] = same
    return out


def locate_points(events: gpd.GeoDataFrame, reference) -> gpd.GeoDataFrame:
    """Fill the admin areas of events placed by their own coordinates.

    Events at a site already carry their site's areas (found once per site). The points
    go through one spatial join per level, whatever their number.
    """
    own = (events["placement"] == "coordinates").to_numpy(dtype=bool)
    if not own.any():
        return events
    located = add_admin_areas(
        gpd.GeoDataFrame(
            {"geo_precision": events["geo_precision"][own]},
            geometry=events.geometry[own],
            crs=events.crs,
        ),
        reference,
    )
    out = events.copy(deep=False)  # its columns are replaced, never changed in place
    for column, *_ in AREA_LEVELS:
        values = (
            out[column].astype("object")
            if column in out
            else pd.Series(pd.NA, index=out.index, dtype="object")
        )
        values[own] = located[column].to_numpy()
        out[column] = values
    return out

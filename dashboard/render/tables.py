"""Downloads of what is shown: CSV (one row per excerpt, with what it claims) and GeoJSON
(one feature per event, its excerpts, citations and claims as lists).

Both name each event's place at the precision the data gives it (``geo_precision`` and
its words in ``place_precision``; the admin areas by the join's rule). The page's
download buttons and ``python -m dashboard export-table`` write them with
``table_bytes``, so a script gets the same bytes as the page.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd
import shapely

from dashboard.contract.claims import amount_text
from dashboard.contract.dataset import Dataset
from dashboard.contract.schema import load_package
from dashboard.scene.areas import DISPLAY_TOLERANCE
from dashboard.scene.style import PRECISION_LABELS
from dashboard.store.embedded import anchors
from dashboard.store.query import ViewStore
from dashboard.view.query import query_of
from dashboard.view.state import ViewState

EVENT_COLUMNS = [
    "event_id",
    "date",
    "end_date",
    "category",
    "title",
    "summary",
    "status",
    "lifecycle",
    "evidence",
    "actors",
    "site_id",
    "site_name",
    "placement",
    "geo_precision",
    "place_precision",
    "precision_m",
    "country",
    "province",
    "district",
]
SOURCE_COLUMNS = ["title", "author", "publisher", "published", "url", "via"]
# What the CSV's point of each event is (a site's area has no position of its own: its
# point, the one the map draws the event at, only says where the area is).
POINT_IS = {
    "coordinates": "the event's own coordinates",
    "site_point": "the site's point",
    "site_area": "a point inside the site's area, not the event's position",
}
# Polygon outlines in the GeoJSON: simplified as the map draws them, on a 0.0001° grid.
GRID = 1e-4
DECIMALS = 4


def _contract_numbers() -> dict[str, str]:
    """Column -> 'integer' or 'number' for every column the data contract declares
    numeric (the names agree across its files: ``geo_precision`` is an integer
    wherever it appears)."""
    return {
        f.name: f.type
        for r in load_package().resources
        for f in r.fields
        if f.type in ("integer", "number")
    }


def _json_values(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as JSON will say it: the contract's numeric columns as numbers, and
    every absent value (empty text, NaN, NA) as null."""
    out = frame.astype(object)
    for column, kind in _contract_numbers().items():
        if column in out:
            number = pd.to_numeric(frame[column].replace("", None), errors="coerce")
            out[column] = number.astype("Int64" if kind == "integer" else "Float64")
    out = out.astype(object)
    absent = out.isna() | out.eq("")
    return out.where(~absent, None)


def _excerpts(ds: Dataset, event_ids) -> pd.DataFrame:
    ex = ds.excerpts[ds.excerpts["event_id"].isin(set(event_ids))]
    src = (
        ds.sources[["source_id", *SOURCE_COLUMNS]]
        .add_prefix("source_")
        .rename(columns={"source_source_id": "source_id"})
    )
    return ex.drop(columns=["_row"], errors="ignore").merge(src, on="source_id", how="left")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _no_formula(value):
    """Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _claim_texts(ds: Dataset) -> pd.Series:
    """excerpt_id -> 'amount (asserts): USD 10 million — claimant | …' for the CSV."""
    c = ds.claims
    if not len(c):
        return pd.Series(dtype=object)
    amount = pd.Series(
        [amount_text(a, u) for a, u in zip(c["amount"], c["unit"], strict=True)], index=c.index
    )
    text = (
        c["property"]
        + " ("
        + c["stance"]
        + "): "
        + c["value"]
        + amount.map(lambda v: f" [{v}]" if v else "")
        + " — "
        + c["claimant"]
    )
    return text.groupby(c["excerpt_id"]).agg(" | ".join)


def _events(shown: pd.DataFrame) -> pd.DataFrame:
    """The shown events' columns, in the order both files list them."""
    events = shown.sort_values(["date", "event_id"])
    labels = events["geo_precision"].map(PRECISION_LABELS)
    return pd.DataFrame(events.assign(place_precision=labels)[EVENT_COLUMNS])


def _points(ds: Dataset, shown: pd.DataFrame) -> pd.DataFrame:
    """longitude, latitude and ``point_is`` of each event: where the map draws it (its
    own coordinates, or its site's point or a point inside its site's area), and which
    of these the point is."""
    lon, lat = anchors(ds)
    at = pd.Index(ds.events["event_id"]).get_indexer(shown["event_id"])
    placement = shown["placement"].astype(object).to_numpy()
    at_site = placement == "site"
    site_is_point = ds.sites.set_index("site_id").geom_type.eq("Point")
    is_point = shown["site_id"].astype(object).map(site_is_point).to_numpy(dtype=bool)
    kind = np.where(is_point, "site_point", "site_area")
    kind = np.where(placement == "coordinates", "coordinates", np.where(at_site, kind, ""))
    # A site's point is found, not given: its 4 decimals (~10 m) are all it can say.
    return pd.DataFrame(
        {
            "longitude": np.where(at_site, lon[at].round(DECIMALS), lon[at]),
            "latitude": np.where(at_site, lat[at].round(DECIMALS), lat[at]),
            "point_is": pd.Series(kind).map(POINT_IS).fillna("").to_numpy(),
        },
        index=shown.index,
    )


def events_csv(ds: Dataset, shown: pd.DataFrame) -> bytes:
    """One row per excerpt of each shown event, with the event's and the source's fields
    and a point for the event (``longitude``, ``latitude``; ``point_is`` says whether it
    is the event's position or only stands for its place).

    UTF-8 with a BOM so that spreadsheets open the Cyrillic and curly quotes correctly.
    """
    events = _events(shown)
    events = events.join(_points(ds, shown).loc[events.index])
    rows = events.merge(_excerpts(ds, events["event_id"]), on="event_id", how="left")
    rows["claims"] = rows["excerpt_id"].map(_claim_texts(ds)).astype(object).fillna("")
    rows = rows.astype(object).map(_no_formula)
    buf = io.StringIO()
    rows.to_csv(buf, index=False, lineterminator="\n")
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _records_by_event(frame: pd.DataFrame) -> dict[str, list[dict]]:
    """event_id -> its rows as JSON-ready dicts (without the event_id), in file order."""
    out: dict[str, list[dict]] = {}
    values = _json_values(frame.drop(columns=["_row"], errors="ignore"))
    for r in values.to_dict("records"):
        out.setdefault(r.pop("event_id"), []).append(r)
    return out


def _json(value) -> str:
    """Compact JSON text; NaN is refused (it is not JSON): absent values are null."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _rfc7946(geom) -> str:
    """A site's geometry as RFC 7946 GeoJSON: a polygon simplified as the map draws it,
    on a 0.0001° grid, exterior rings counter-clockwise and holes clockwise."""
    if geom.geom_type != "Point":
        simple = shapely.simplify(geom, DISPLAY_TOLERANCE, preserve_topology=True)
        on_grid = shapely.set_precision(simple, GRID)  # snapped, and still valid
        # The grid's values printed as their 4 decimals, not 72.12340000000001; an area
        # thinner than the grid would vanish on it and keeps its own coordinates.
        rounded = shapely.transform(on_grid, lambda xy: np.round(xy, DECIMALS))
        geom = shapely.orient_polygons(simple if on_grid.is_empty else rounded, exterior_cw=False)
    return _json(geom.__geo_interface__)


def _geometries(ds: Dataset, events: pd.DataFrame, shown: pd.DataFrame) -> list[str]:
    """Each event's geometry as GeoJSON text: its own point, its site's geometry (each
    site's made once), or null when the sources give no place."""
    used = set(events["site_id"].astype(object)) - {""}
    sites = ds.sites[ds.sites["site_id"].isin(used)]
    by_site = dict(zip(sites["site_id"], map(_rfc7946, sites.geometry), strict=True))
    out = events["site_id"].astype(object).map(by_site).fillna("null").to_numpy(dtype=object)
    own = (events["placement"] == "coordinates").to_numpy(dtype=bool)
    geoms = shown.geometry.loc[events.index].to_numpy()[own]
    xy = zip(shapely.get_x(geoms).tolist(), shapely.get_y(geoms).tolist(), strict=True)
    out[own] = [_json({"type": "Point", "coordinates": [x, y]}) for x, y in xy]
    return out.tolist()


def events_geojson(ds: Dataset, shown: pd.DataFrame) -> bytes:
    """An RFC 7946 FeatureCollection, one feature per shown event, one line each.

    Its geometry is the event's place: its own point, or its site's point or area (an
    event placed only in a region is that region's outline, never a point); null when
    the sources give no place. Properties: the event's fields (the contract's numbers
    as JSON numbers, absent values as null), its excerpts (with their sources) and its
    claims. A site's outline is simplified as on the map (~500 m), once per site.
    """
    events = _events(shown)
    # Excerpts and claims grouped once, not filtered again for every feature.
    excerpts = _records_by_event(_excerpts(ds, events["event_id"]))
    claims = _records_by_event(ds.claims_of(events["event_id"]))
    props = _json_values(events).to_dict("records")
    for p in props:
        p["excerpts"] = excerpts.get(p["event_id"], [])
        p["claims"] = claims.get(p["event_id"], [])
    lines = [
        f'{{"type":"Feature","id":{_json(p["event_id"])},"geometry":{g},"properties":{_json(p)}}}'
        for p, g in zip(props, _geometries(ds, events, shown), strict=True)
    ]
    doc = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    return doc.encode("utf-8")


class TableFormat(NamedTuple):
    """A download of the shown events: how it is made, its file suffix, MIME type, name
    and what it holds (the button's label and help)."""

    make: Callable[[Dataset, pd.DataFrame], bytes]
    suffix: str
    mime: str
    label: str
    what: str


TABLE_FORMATS = {
    "csv": TableFormat(
        events_csv,
        "csv",
        "text/csv",
        "CSV",
        "One row per excerpt of each shown event, with a point and the place precision",
    ),
    "geojson": TableFormat(
        events_geojson,
        "geojson",
        "application/geo+json",
        "GeoJSON",
        "Each shown event with its place's geometry, excerpts and claims (RFC 7946)",
    ),
}


def table_bytes(store: ViewStore, state: ViewState, fmt: str) -> bytes:
    """The events a view shows, as the file ``fmt`` (a key of ``TABLE_FORMATS``): what
    the page's download button gives and ``export-table`` writes."""
    return TABLE_FORMATS[fmt].make(store.dataset, store.rows(query_of(state)))


def table_file_name(state: ViewState, fmt: str) -> str:
    """'events-20190101-20211231.csv': the view's window in the name."""
    return f"events-{state.start:%Y%m%d}-{state.end:%Y%m%d}.{TABLE_FORMATS[fmt].suffix}"

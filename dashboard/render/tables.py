"""Downloads of what is shown: CSV (one row per excerpt, with what it claims) and GeoJSON
(one feature per event, its excerpts, citations and claims as lists; an event with no
place has a null geometry, as RFC 7946 allows)."""

from __future__ import annotations

import io
import json

import pandas as pd

from dashboard.contract.claims import amount_text
from dashboard.contract.dataset import Dataset

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
    "geo_precision",
    "precision_m",
    "country",
    "province",
    "district",
]
SOURCE_COLUMNS = ["title", "author", "publisher", "published", "url", "via"]


def _clean(value):
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


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


def events_csv(ds: Dataset, shown: pd.DataFrame) -> bytes:
    """One row per excerpt of each shown event, with the event's and the source's fields.

    UTF-8 with a BOM so that spreadsheets open the Cyrillic and curly quotes correctly.
    """
    events = pd.DataFrame(shown[EVENT_COLUMNS]).sort_values(["date", "event_id"])
    rows = events.merge(_excerpts(ds, events["event_id"]), on="event_id", how="left")
    rows["claims"] = rows["excerpt_id"].map(_claim_texts(ds)).astype(object).fillna("")
    rows = rows.astype(object).map(_no_formula)
    buf = io.StringIO()
    rows.to_csv(buf, index=False, lineterminator="\n")
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _records_by_event(frame: pd.DataFrame) -> dict[str, list[dict]]:
    """event_id -> its rows as clean dicts (without the event_id), in file order."""
    out: dict[str, list[dict]] = {}
    for r in frame.to_dict("records"):
        out.setdefault(r.pop("event_id"), []).append({k: _clean(v) for k, v in r.items()})
    return out


def events_geojson(ds: Dataset, shown: pd.DataFrame) -> bytes:
    """An RFC 7946 FeatureCollection: each shown event with its geometry and its excerpts."""
    # Excerpts and claims grouped once, not filtered again for every feature.
    excerpts = _records_by_event(_excerpts(ds, shown["event_id"]))
    claims = _records_by_event(ds.claims_of(shown["event_id"]))
    features = []
    for _, e in shown.sort_values(["date", "event_id"]).iterrows():
        props = {c: _clean(e[c]) for c in EVENT_COLUMNS}
        props["excerpts"] = excerpts.get(e["event_id"], [])
        props["claims"] = claims.get(e["event_id"], [])
        geometry = None if e.geometry is None else e.geometry.__geo_interface__
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")

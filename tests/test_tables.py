"""The downloads of what is shown: CSV (one row per excerpt, with what it claims) and
GeoJSON (one feature per event). Synthetic data."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from dashboard.contract.dataset import load_dataset
from dashboard.render.tables import events_csv, events_geojson
from synthetic import write_package


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(write_package(tmp_path_factory.mktemp("tables")))


def test_csv_has_one_row_per_excerpt_with_citations(ds):
    shown = ds.events[ds.events["category"] == "funding"]
    frame = pd.read_csv(
        io.BytesIO(events_csv(ds, shown)), encoding="utf-8-sig", keep_default_na=False
    )
    assert set(frame["event_id"]) == {"ev-funding"}
    assert len(frame) == 2  # its two excerpts
    assert set(frame["evidence"]) == {"contested"}
    claims = " | ".join(frame["claims"])
    assert "amount (asserts): USD 10 million [USD 10 million]" in claims
    assert "[CNY 55 million]" in claims
    assert frame["source_publisher"].str.len().gt(0).all()


def test_csv_neutralises_formulas(data_dir):
    data_dir.set_cell("events.csv", 2, "title", '=HYPERLINK("http://evil")')
    ds = load_dataset(data_dir.root)
    assert "'=HYPERLINK" in events_csv(ds, ds.events).decode("utf-8-sig")


def test_geojson_carries_geometry_excerpts_and_claims(ds):
    doc = json.loads(events_geojson(ds, ds.events))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == len(ds.events)
    feat = {f["properties"]["event_id"]: f for f in doc["features"]}
    camp = feat["ev-camp"]
    assert camp["geometry"]["type"] == "Point"
    assert {e["stance"] for e in camp["properties"]["excerpts"]} == {"supports", "denies"}
    assert all(e["quote"] and e["source_publisher"] for e in camp["properties"]["excerpts"])
    denial = [c for c in camp["properties"]["claims"] if c["stance"] == "denies"]
    assert denial and denial[0]["claimant"] == "Testland government"
    # No place in the sources: a feature with a null geometry, not a made-up point.
    assert feat["ev-nowhere-1"]["geometry"] is None
    assert feat["ev-meeting"]["geometry"]["type"] == "Polygon"

"""The downloads of what is shown: CSV (one row per excerpt, with what it claims) and
GeoJSON (one feature per event). Synthetic data."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
import shapely
import shapely.geometry

from dashboard.contract.dataset import load_dataset
from dashboard.render.map.payload import events_payload, read_events
from dashboard.render.tables import events_csv, events_geojson
from dashboard.scene.build import SceneData
from dashboard.store.embedded import open_store
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


# A site's area with its exterior ring clockwise and a hole counter-clockwise: the
# reverse of RFC 7946's order (the sites file may give either; the export must not).
CLOCKWISE_WITH_HOLE = {
    "type": "Polygon",
    "coordinates": [
        [[71.6, 36.9], [71.6, 37.3], [72.4, 37.3], [72.4, 36.9], [71.6, 36.9]],
        [[71.9, 37.0], [72.1, 37.0], [72.1, 37.1], [71.9, 37.1], [71.9, 37.0]],
    ],
}


def _features(ds) -> dict[str, dict]:
    doc = json.loads(events_geojson(ds, ds.events))
    return {f["properties"]["event_id"]: f for f in doc["features"]}


def test_geojson_rings_are_counter_clockwise_and_holes_clockwise(data_dir):
    data_dir.set_feature(3, geometry=CLOCKWISE_WITH_HOLE)
    area = shapely.geometry.shape(_features(load_dataset(data_dir.root))["ev-two"]["geometry"])
    assert area.is_valid and len(area.interiors) == 1
    assert area.exterior.is_ccw  # shapely's own test of the ring's winding
    assert not area.interiors[0].is_ccw


def test_geojson_numbers_are_numbers_and_absent_values_null(ds):
    feat = _features(ds)
    funding = feat["ev-funding"]["properties"]
    amounts = {c["unit"]: c["amount"] for c in funding["claims"] if c["property"] == "amount"}
    assert amounts == {"USD": 10_000_000, "CNY": 55_000_000}
    assert all(isinstance(a, float) for a in amounts.values())  # "number" in the contract
    assert isinstance(funding["geo_precision"], int)
    assert funding["end_date"] is None  # no end given: null, not ""
    assert feat["ev-nowhere-1"]["properties"]["site_id"] is None

    def strings(value):
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []

    assert "" not in strings([f["properties"] for f in feat.values()])


def test_geojson_outline_is_drawn_once_per_site_at_map_detail(data_dir):
    # A site outline of 20,000 vertices with two events: each event carries the outline
    # as the map draws it (~500 m detail), not 20,000 vertices each.
    detailed = shapely.Point(72.0, 37.0).buffer(0.15, quad_segs=5000)
    data_dir.set_feature(3, geometry=shapely.geometry.mapping(detailed), geo_precision=3)
    data_dir.set_cell("events.csv", 2, "site_id", "area-c")
    ds = load_dataset(data_dir.root)
    data = events_geojson(ds, ds.events)
    feat = _features(ds)
    for event_id in ("ev-one", "ev-two"):
        outline = shapely.geometry.shape(feat[event_id]["geometry"])
        assert shapely.get_num_coordinates(outline) < 200
        assert outline.hausdorff_distance(detailed) < 0.01  # the same area, to ~1 km
    assert len(data) < 20_000  # 2 × 20,000 vertices was ~1.6 MB


def test_geojson_opens_in_gdal(ds, tmp_path):
    """GDAL's GeoJSON driver (through pyogrio) reads every event back: its id, typed
    fields, null where a value is absent, and the same geometries."""
    pyogrio = pytest.importorskip("pyogrio")
    path = tmp_path / "events.geojson"
    path.write_bytes(events_geojson(ds, ds.events))
    info = pyogrio.read_info(path)
    assert info["crs"] == "EPSG:4326" and info["features"] == len(ds.events)
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["geo_precision"] == "OFTInteger" and types["precision_m"] == "OFTReal"
    back = pyogrio.read_dataframe(path).set_index("event_id")
    assert set(back.index) == set(ds.events["event_id"])
    assert back.geometry["ev-nowhere-1"] is None
    assert pd.isna(back.at["ev-meeting", "end_date"])  # null, not ""
    source = ds.events.set_index("event_id").geometry
    for event_id in ("ev-own", "ev-camp", "ev-meeting", "ev-drill"):
        assert back.geometry[event_id].geom_type == source[event_id].geom_type
        assert back.geometry[event_id].hausdorff_distance(source[event_id]) < 0.01


def test_csv_gives_each_event_a_point_and_says_what_it_stands_for(ds):
    frame = pd.read_csv(io.BytesIO(events_csv(ds, ds.events)), encoding="utf-8-sig")
    first = frame.drop_duplicates("event_id").set_index("event_id")
    own = first.loc["ev-own"]
    assert (own["longitude"], own["latitude"]) == (69.5, 37.2)
    assert own["point_is"] == "the event's own coordinates"
    assert own["place_precision"] == "exact place known"
    camp = first.loc["ev-camp"]  # a site that is a point known to ±20 km
    assert (camp["longitude"], camp["latitude"]) == (74.6, 38.4)
    assert (camp["point_is"], camp["precision_m"]) == ("the site's point", 20000)
    # A region: the point lies inside it and says it is not where the event took place.
    region = first.loc["ev-meeting"]
    assert region["place_precision"] == "only a larger region known"
    assert "not the event's position" in region["point_is"]
    province = ds.sites.set_index("site_id").geometry["province"]
    assert province.contains(shapely.Point(region["longitude"], region["latitude"]))
    nowhere = first.loc["ev-nowhere-1"]
    assert pd.isna(nowhere["longitude"]) and pd.isna(nowhere["latitude"])
    assert nowhere["place_precision"].startswith("no place given")


def test_a_region_is_named_after_itself_in_the_tooltip_csv_and_geojson(data_dir):
    # A site the sources give only as GBAO: most of it is Murghob district, but the
    # place is the region; no export and no tooltip may call it Murghob district.
    provinces = load_dataset(data_dir.root).reference.provinces
    name = "name_en" if "name_en" in provinces.columns else "name"
    gbao = provinces.set_index(name).geometry.filter(like="GBAO").iloc[0]
    region = gbao.simplify(0.02).buffer(-0.01)
    data_dir.set_feature(
        3, geometry=shapely.geometry.mapping(region), geo_precision=3, name="GBAO (the region)"
    )
    store = open_store(data_dir.root)
    ds = store.dataset
    gbao_name = "Gorno-Badakhshan Autonomous Region (GBAO)"
    rows = pd.read_csv(io.BytesIO(events_csv(ds, ds.events)), encoding="utf-8-sig")
    row = rows.set_index("event_id").loc["ev-two"]
    assert row["province"] == gbao_name and pd.isna(row["district"])
    props = _features(ds)["ev-two"]["properties"]
    assert (props["province"], props["district"]) == (gbao_name, None)
    payload = events_payload(store, SceneData.of(store))
    header, table = read_events(payload.data)
    position = int(ds.events.index[ds.events["event_id"] == "ev-two"][0])
    area = table["area"].to_numpy()[payload.draw_index[position]]
    # The tooltip gives the site's name, then the areas it lies in: the site is the
    # province itself, so only the country follows (not GBAO again, never a district).
    assert header["areas"][area] == "Tajikistan"

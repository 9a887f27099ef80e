"""The join of events to geometries and to the reference admin areas."""

import geopandas as gpd
import pandas as pd
import pytest

from conftest import DataDir
from dashboard.contract.dataset import load_dataset
from dashboard.contract.join import join_events


def test_joined_types_and_crs(data_dir: DataDir):
    ds = load_dataset(data_dir.root)
    ev = ds.events
    assert isinstance(ev, gpd.GeoDataFrame)
    assert ev.crs.to_epsg() == 4326
    assert str(ev["start"].dtype).startswith("datetime64")
    assert ev["geo_precision"].dtype == "int64"
    assert ev["precision_m"].dtype == "float64"
    assert ev["contested"].dtype == bool
    assert ev.set_index("event_id").geometry["ev-two"].geom_type == "Polygon"


def test_site_fields_come_with_the_event(data_dir: DataDir):
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert ev.at["ev-one", "site_name"] == "Near Shaymak"
    assert ev.at["ev-one", "precision_m"] == 15000
    assert ev.at["ev-one", "placement"] == "site"
    assert ev.at["ev-one", "contested"]  # one excerpt denies it


def test_coordinate_event_is_joined_to_admin_areas(data_dir: DataDir):
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    # Khorog has no city polygon in geoBoundaries: it lies in Shughnon district.
    assert ev.at["ev-three", "placement"] == "coordinates"
    assert ev.at["ev-three", "country"] == "Tajikistan"
    assert ev.at["ev-three", "province"] == "Gorno-Badakhshan Autonomous Region (GBAO)"
    assert ev.at["ev-three", "district"] == "Shughnon District"
    assert ev.at["ev-three", "geo_precision"] == 1
    assert ev.at["ev-three", "precision_m"] == 2000


def test_site_points_get_admin_areas(data_dir: DataDir):
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert ev.at["ev-one", "district"] == "Murghob District"


def test_region_spanning_districts_has_no_single_district():
    ev = load_dataset().events.set_index("event_id")
    tj = ev.loc["2021-wang-yi-visits-tajikistan"]
    assert tj["country"] == "Tajikistan"
    assert pd.isna(tj["district"]) and pd.isna(tj["province"])
    assert ev.at["2021-11-pap-wakhan-patrols-reported", "district"] == "Wakhan"


def test_unmatched_site_ids_are_reported_not_lost(data_dir: DataDir):
    ds = load_dataset(data_dir.root)
    events = pd.DataFrame(
        {
            "_row": [2, 3],
            "event_id": ["a", "b"],
            "site_id": ["site-a", "nowhere"],
            "lon": ["", ""],
            "lat": ["", ""],
            "geo_precision": ["", ""],
            "precision_m": ["", ""],
            "title": ["A", "B"],
        }
    )
    joined, problems = join_events(events, ds.sites)
    assert list(joined["event_id"]) == ["a"]
    assert [(p.row, p.column, p.value, p.rule) for p in problems] == [
        (3, "site_id", "nowhere", "foreign-key")
    ]
    assert joined.crs.to_epsg() == 4326


@pytest.mark.parametrize("column", ["site_name", "country", "when", "n_excerpts"])
def test_shipped_events_have_column(column):
    assert column in load_dataset().events.columns

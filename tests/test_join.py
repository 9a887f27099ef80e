"""The join of events to geometries and to the reference admin areas."""

from types import SimpleNamespace

import geopandas as gpd
import pandas as pd
import pytest
import shapely
import shapely.geometry

from conftest import DataDir
from dashboard.contract.dataset import load_dataset
from dashboard.contract.join import NEARLY_ALL, add_admin_areas, area_text, join_events
from dashboard.ui.table import table_frame
from synthetic import write_package


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


def test_region_spanning_districts_has_no_single_district(data_dir: DataDir):
    # ev-two's site becomes the whole of Tajikistan (its main part, simplified, just inside
    # the border): a country's place, in no single province or district.
    countries = load_dataset(data_dir.root).reference.countries.set_index("name")
    tajikistan = max(countries.geometry["Tajikistan"].geoms, key=lambda g: g.area)
    region = tajikistan.simplify(0.05).buffer(-0.02)
    data_dir.set_feature(3, geometry=shapely.geometry.mapping(region), geo_precision=3)
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert ev.at["ev-two", "country"] == "Tajikistan"
    assert pd.isna(ev.at["ev-two", "district"]) and pd.isna(ev.at["ev-two", "province"])


def test_a_region_inside_one_district_takes_it(data_dir: DataDir):
    wakhan = shapely.box(73.2, 36.9, 73.35, 36.98)  # in Afghanistan's Wakhan district
    data_dir.set_feature(3, geometry=shapely.geometry.mapping(wakhan))
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert (ev.at["ev-two", "country"], ev.at["ev-two", "district"]) == ("Afghanistan", "Wakhan")


def _layers(**levels: dict) -> SimpleNamespace:
    """Reference layers made of boxes: ``countries={"Land": (x0, y0, x1, y1)}``, …"""
    return SimpleNamespace(
        **{
            layer: gpd.GeoDataFrame(
                {"name": list(boxes)},
                geometry=[shapely.box(*b) for b in boxes.values()],
                crs="EPSG:4326",
            )
            for layer, boxes in levels.items()
        }
    )


# A country with one province; the province holds a large district and a small one.
LAYERS = _layers(
    countries={"Land": (0, 0, 10, 10)},
    provinces={"Upland": (0, 0, 4, 4)},
    districts={"Big": (0, 0, 2.5, 4), "Small": (2.5, 0, 4, 4)},
)


def _areas(geometry, geo_precision: int) -> tuple:
    places = gpd.GeoDataFrame(
        {"geo_precision": [geo_precision]}, geometry=[geometry], crs="EPSG:4326"
    )
    row = add_admin_areas(places, LAYERS).iloc[0]
    return tuple(None if pd.isna(row[c]) else row[c] for c in ("country", "province", "district"))


def test_a_region_mostly_in_a_small_district_is_not_named_after_it():
    # The province's outline: 62% of it lies in district "Big", which is smaller than it.
    province = shapely.box(0, 0, 4, 4)
    assert _areas(province, 3) == ("Land", "Upland", None)
    # Most of a region in a district is not enough: the rest of it lies elsewhere.
    straddling = shapely.box(1.0, 1, 3.2, 2)  # 68% in "Big", 32% in "Small"
    assert _areas(straddling, 3) == ("Land", "Upland", None)


def test_a_place_inside_a_district_is_named_after_it():
    assert _areas(shapely.box(0.5, 0.5, 1.5, 1.5), 3) == ("Land", "Upland", "Big")
    assert _areas(shapely.Point(3, 2), 1) == ("Land", "Upland", "Small")
    assert _areas(shapely.Point(3, 2), 2) == ("Land", "Upland", "Small")


def test_a_point_that_stands_for_a_region_names_only_its_country():
    # ACLED's precision 3: the coordinates stand for a larger region (often its capital);
    # the district or province around that point is not where the sources put the event.
    assert _areas(shapely.Point(3, 2), 3) == ("Land", None, None)


def test_an_event_the_sources_place_in_a_region_is_not_given_its_capitals_district(
    data_dir: DataDir,
):
    # ev-three: coordinates in Khorog, the capital of GBAO, standing for the region.
    data_dir.set_cell("events.csv", 4, "geo_precision", "3")
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert ev.at["ev-three", "country"] == "Tajikistan"
    assert pd.isna(ev.at["ev-three", "district"]) and pd.isna(ev.at["ev-three", "province"])


def test_a_province_site_is_in_its_province_not_in_its_largest_district(data_dir: DataDir):
    provinces = load_dataset(data_dir.root).reference.provinces
    name = "name_en" if "name_en" in provinces.columns else "name"
    gbao = provinces.set_index(name).geometry.filter(like="GBAO").iloc[0]
    region = gbao.simplify(0.02).buffer(-0.01)
    data_dir.set_feature(3, geometry=shapely.geometry.mapping(region), geo_precision=3)
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert ev.at["ev-two", "province"] == "Gorno-Badakhshan Autonomous Region (GBAO)"
    assert pd.isna(ev.at["ev-two", "district"])  # Murghob holds most of GBAO, not all


def test_events_the_sources_give_no_place_for_are_not_placed(tmp_path):
    ev = load_dataset(write_package(tmp_path)).events.set_index("event_id")
    for event_id in ("ev-nowhere-1", "ev-nowhere-2"):
        assert ev.at[event_id, "placement"] == "none"
        assert ev.at[event_id, "geometry"] is None
    assert ev.at["ev-own", "placement"] == "coordinates"


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
def test_loaded_events_have_column(data_dir: DataDir, column):
    assert column in load_dataset(data_dir.root).events.columns


def _area(ds, layer: str, name: str):
    areas = getattr(ds.reference, layer)
    return areas.set_index("name_en" if "name_en" in areas else "name").geometry[name]


def test_a_region_mostly_in_one_district_is_not_said_to_be_in_it(data_dir: DataDir):
    # Murghob and Rushon districts as one region: 86% of it is Murghob, yet an event
    # reported for the whole region is not "in Murghob District".
    ds = load_dataset(data_dir.root)
    murghob = _area(ds, "districts", "Murghob District")
    region = murghob.union(_area(ds, "districts", "Rushon District"))
    assert 0.5 < murghob.area / region.area < NEARLY_ALL
    data_dir.set_feature(3, geometry=shapely.geometry.mapping(region), geo_precision=3)
    ev = load_dataset(data_dir.root).events.set_index("event_id")
    assert pd.isna(ev.at["ev-two", "district"])
    assert ev.at["ev-two", "province"] == "Gorno-Badakhshan Autonomous Region (GBAO)"


def test_a_site_that_is_a_province_is_not_named_in_it_again(data_dir: DataDir):
    # A site that is GBAO itself: its tooltip says where GBAO is (Tajikistan), not
    # "GBAO (…GBAO, Tajikistan)", and the list does not add a district it is not in.
    ds = load_dataset(data_dir.root)
    gbao = _area(ds, "provinces", "Gorno-Badakhshan Autonomous Region (GBAO)")
    data_dir.set_feature(3, geometry=shapely.geometry.mapping(gbao), name="GBAO", geo_precision=3)
    ev = load_dataset(data_dir.root).events.reset_index(drop=True)
    at = ev.index[ev["event_id"] == "ev-two"][0]
    assert ev.at[at, "province"] == "Gorno-Badakhshan Autonomous Region (GBAO)"  # data kept
    assert pd.isna(ev.at[at, "district"])
    assert area_text(ev)[at] == "Tajikistan"
    assert table_frame(ev)["Place"][at] == "GBAO"
    # A place inside GBAO still names it.
    own = ev.index[ev["placement"] == "coordinates"][0]
    assert "Gorno-Badakhshan Autonomous Region (GBAO)" in area_text(ev)[own]

"""GeoParquet export and import: a designed package (tests/synthetic.py) and a generated
one (devkit/synth.py) go out with every event, its id and its geometry (null where no
place is given) and come back as a data package that validates, event fields unchanged."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest
import shapely

from conftest import DATA, DataDir
from dashboard.cli import main
from dashboard.contract.columns import to_float
from dashboard.contract.dataset import load_dataset
from dashboard.contract.schema import load_package
from dashboard.contract.validate import ROW, read_csv, validate_fields
from dashboard.interchange.geoparquet import geometry_encoding, number_texts, sidecar_path
from devkit.synth import generate
from synthetic import EVENTS, PLACED, write_package

PKG = load_package()
EVENT_FIELDS = PKG.resource("events").field_names


@pytest.fixture(scope="module")
def designed_dir(tmp_path_factory):
    """Nine events written as text by hand: points, polygons, no place, open dates, claims."""
    return write_package(tmp_path_factory.mktemp("designed") / "data")


@pytest.fixture(scope="module")
def generated_dir(tmp_path_factory):
    return generate(2000, tmp_path_factory.mktemp("synth") / "data")


@pytest.fixture(scope="module", params=["designed", "generated"])
def exported(request, tmp_path_factory):
    """(data directory, events GeoParquet file) for the designed and the generated data."""
    data = request.getfixturevalue(f"{request.param}_dir")
    out = tmp_path_factory.mktemp(f"gpq-{request.param}") / "events.parquet"
    assert main(["export-geoparquet", "--data-dir", str(data), "--out", str(out)]) == 0
    return data, out


@pytest.fixture(scope="module")
def round_trip(exported, tmp_path_factory):
    """(original data directory, the package imported back from its export)."""
    data, out = exported
    back = tmp_path_factory.mktemp("back") / "package"
    assert main(["import-geoparquet", str(out), "--out", str(back)]) == 0
    return data, back


def table(directory, name: str) -> pd.DataFrame:
    """A package file's rows as the validator reads them (cells as text, defaults filled)."""
    resource = PKG.resource(name)
    t = read_csv(directory / resource.path, resource.path, resource)
    validate_fields(t, resource, resource.path)
    assert not len(t.rejected)
    return t.rows.drop(columns=[ROW]).reset_index(drop=True)


def assert_same_cells(a: pd.DataFrame, b: pd.DataFrame, resource_name: str) -> None:
    """Equal cell by cell; numbers compared as numbers (``71.55000`` is ``71.55``)."""
    assert len(a) == len(b)
    for f in PKG.resource(resource_name).fields:
        if f.type in ("number", "integer"):
            x, y = to_float(a[f.name]), to_float(b[f.name])
            assert np.array_equal(x, y, equal_nan=True), f.name
        else:
            assert list(a[f.name]) == list(b[f.name]), f.name


def test_the_export_reads_back_with_geopandas_row_for_row(exported, designed_dir):
    data, out = exported
    ds = load_dataset(data)
    gdf = gpd.read_parquet(out)
    assert gdf.crs.to_epsg() == 4326
    assert len(gdf) == len(ds.events)
    assert list(gdf["event_id"]) == list(ds.events["event_id"])
    theirs, ours = gdf.geometry.to_numpy(), ds.events.geometry.to_numpy()
    missing = shapely.is_missing(ours)
    assert np.array_equal(shapely.is_missing(theirs), missing)
    assert shapely.equals_exact(theirs[~missing], ours[~missing], tolerance=0).all()
    # Events the sources give no place for: a null geometry, never a made-up one.
    none = (ds.events["placement"] == "none").to_numpy()
    assert np.array_equal(missing, none)
    assert (gdf.loc[none, "place_precision"] == 4).all()
    if data == designed_dir:
        assert set(gdf.loc[none, "event_id"]) == set(EVENTS) - set(PLACED)


def test_every_event_column_is_kept_with_its_type(exported):
    _, out = exported
    gdf = gpd.read_parquet(out)
    assert list(gdf.columns[: len(EVENT_FIELDS)]) == EVENT_FIELDS
    assert gdf["lon"].dtype == "float64" and gdf["precision_m"].dtype == "float64"
    assert str(gdf["geo_precision"].dtype) == "Int64"
    assert str(gdf["period_start"].dtype).startswith("date32")


def test_geometry_encoding_is_geoarrow_where_the_types_allow(tmp_path, exported):
    _, out = exported
    meta = json.loads(pq.read_schema(out).metadata[b"geo"])
    assert meta["columns"]["geometry"]["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    # Sites are points and polygons: GeoArrow has no type for the mix, so WKB.
    assert geometry_encoding(out) == "WKB"
    acled = tmp_path / "acled"
    main(["import-acled", str(DATA / "acled" / "synthetic-acled.csv"), "--out", str(acled)])
    points = tmp_path / "acled.parquet"
    cmd = ["export-geoparquet", "--data-dir", str(acled), "--out", str(points)]
    assert main([*cmd, "--geometry-encoding", "geoarrow"]) == 0
    assert geometry_encoding(points) == "point"
    assert gpd.read_parquet(points).geom_type.eq("Point").all()


def test_points_are_written_as_wkb_by_default_for_geoparquet_1_0_readers(tmp_path):
    acled = tmp_path / "acled"
    main(["import-acled", str(DATA / "acled" / "synthetic-acled.csv"), "--out", str(acled)])
    out = tmp_path / "acled.parquet"
    assert main(["export-geoparquet", "--data-dir", str(acled), "--out", str(out)]) == 0
    for path in (out, sidecar_path(out, "sites")):
        # Read as a reader that is not ours: pyarrow's schema and the 'geo' metadata.
        schema = pq.read_schema(path)
        meta = json.loads(schema.metadata[b"geo"])
        column = meta["columns"][meta["primary_column"]]
        assert column["encoding"] == "WKB" and meta["version"].startswith("1.")
        assert schema.field(meta["primary_column"]).type == "binary"
    gdf = gpd.read_parquet(out)
    assert len(gdf) and gdf.geom_type.eq("Point").all()


def test_the_derived_columns(exported):
    data, out = exported
    ds = load_dataset(data)
    gdf = gpd.read_parquet(out)
    assert list(gdf["placement"]) == list(ds.events["placement"])
    assert list(gdf["evidence"]) == list(ds.events["evidence"])
    start = pd.Series(gdf["period_start"]).isna().to_numpy()
    assert np.array_equal(start, ds.events["open_start"].to_numpy())
    end = pd.Series(gdf["period_end"]).isna().to_numpy()
    assert np.array_equal(end, ds.events["open_end"].to_numpy())


def test_the_round_trip_validates_and_keeps_every_event_field(round_trip, designed_dir, capsys):
    data, back = round_trip
    assert main(["validate", "--data-dir", str(back)]) == 0
    assert "No problems found." in capsys.readouterr().out
    for name in ("events", "sources", "excerpts", "claims"):
        if name == "claims" and not (data / "claims.csv").is_file():
            assert not (back / "claims.csv").exists()
            continue
        assert_same_cells(table(data, name), table(back, name), name)
        if data == designed_dir:  # as written: the same text (synth's 71.55000 comes back 71.55)
            assert table(data, name).equals(table(back, name)), name
    before, after = load_dataset(data), load_dataset(back)
    assert list(before.events["event_id"]) == list(after.events["event_id"])
    assert before.events.geometry.geom_equals_exact(after.events.geometry, 0).sum() == (
        before.events.geometry.notna().sum()
    )
    sites = PKG.resource("sites").field_names
    assert_same_cells(
        before.sites[sites].reset_index(drop=True),
        after.sites[sites].reset_index(drop=True),
        "sites",
    )
    assert before.sites.geometry.geom_equals_exact(after.sites.geometry, 0).all()


def test_a_moved_point_wins_over_the_lon_lat_columns(tmp_path, capsys):
    acled = tmp_path / "acled"
    main(["import-acled", str(DATA / "acled" / "synthetic-acled.csv"), "--out", str(acled)])
    out = tmp_path / "events.parquet"
    main(["export-geoparquet", "--data-dir", str(acled), "--out", str(out)])
    gdf = gpd.read_parquet(out)
    gdf.loc[0, "geometry"] = shapely.Point(71.25, 36.5)  # an analyst moved it in QGIS
    gdf.to_parquet(out)
    capsys.readouterr()
    assert main(["import-geoparquet", str(out), "--out", str(tmp_path / "back")]) == 0
    assert "1 event(s): lon/lat taken from the point geometry" in capsys.readouterr().out
    events = table(tmp_path / "back", "events")
    assert (events.at[0, "lon"], events.at[0, "lat"]) == ("71.25", "36.5")


def test_a_missing_sidecar_is_unusable_and_named(tmp_path, capsys, designed_dir):
    out = tmp_path / "events.parquet"
    main(["export-geoparquet", "--data-dir", str(designed_dir), "--out", str(out)])
    sidecar_path(out, "excerpts").unlink()
    capsys.readouterr()
    assert main(["import-geoparquet", str(out), "--out", str(tmp_path / "back")]) == 2
    assert "events.excerpts.parquet is missing" in capsys.readouterr().err
    assert not (tmp_path / "back").exists()


def test_a_file_that_is_not_geoparquet_is_unusable(tmp_path, capsys):
    path = tmp_path / "events.parquet"
    path.write_text("not parquet", encoding="utf-8")
    assert main(["import-geoparquet", str(path), "--out", str(tmp_path / "back")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_export_of_data_with_problems_leaves_out_what_is_set_aside(data_dir: DataDir, tmp_path):
    data_dir.set_cell("events.csv", 3, "date", "2021-02-30")
    out = tmp_path / "events.parquet"
    assert main(["export-geoparquet", "--data-dir", str(data_dir.root), "--out", str(out)]) == 1
    ds = load_dataset(data_dir.root)
    assert list(gpd.read_parquet(out)["event_id"]) == list(ds.events["event_id"])
    assert len(ds.events) == len(data_dir.rows("events.csv")) - 1


@pytest.mark.parametrize("where", ["missing-folder", "no-event"])
def test_export_usage_errors_exit_2(data_dir: DataDir, tmp_path, capsys, where):
    out = tmp_path / "events.parquet"
    if where == "missing-folder":
        out = tmp_path / "nowhere" / "events.parquet"
    else:  # every event loses its excerpts, so every event is set aside
        data_dir.write_rows("excerpts.csv", [], ["event_id", "source_id", "quote"])
    assert main(["export-geoparquet", "--data-dir", str(data_dir.root), "--out", str(out)]) == 2
    assert "python -m dashboard: error:" in capsys.readouterr().err
    assert not out.exists()


def test_a_polygon_with_no_site_is_set_aside_with_what_cites_it(tmp_path, capsys, designed_dir):
    out = tmp_path / "events.parquet"
    main(["export-geoparquet", "--data-dir", str(designed_dir), "--out", str(out)])
    gdf = gpd.read_parquet(out)
    at = int(np.flatnonzero(gdf.geom_type.eq("Polygon").to_numpy())[0])
    gone = gdf.at[at, "event_id"]
    gdf.loc[at, "site_id"] = None  # a GIS user cut the event loose from its site
    gdf.to_parquet(out)
    capsys.readouterr()
    back = tmp_path / "back"
    assert main(["import-geoparquet", str(out), "--out", str(back)]) == 1
    printed = capsys.readouterr().out
    assert f"events.parquet, record {at + 1}, column 'geometry'" in printed
    assert "[placement]" in printed and "not written with those events:" in printed
    ds = load_dataset(back)
    assert ds.ok, ds.problems[:3]
    assert gone not in set(ds.events["event_id"]) and len(ds.events) == len(gdf) - 1


def test_reprojection_rounding_is_not_a_moved_point_and_text_has_7_decimals(tmp_path, capsys):
    acled = tmp_path / "acled"
    main(["import-acled", str(DATA / "acled" / "synthetic-acled.csv"), "--out", str(acled)])
    out = tmp_path / "events.parquet"
    main(["export-geoparquet", "--data-dir", str(acled), "--out", str(out)])
    gdf = gpd.read_parquet(out)
    # A GIS tool that reprojects and back shifts every point by float noise (here 1e-12°),
    # none by a distance anyone moved it.
    back = gdf.copy()
    back["geometry"] = shapely.transform(gdf.geometry.to_numpy(), lambda xy: xy + 1e-12)
    back.loc[0, "geometry"] = shapely.Point(75.3821 + 1e-14, 36.5)  # 75.38210000000001
    back.to_parquet(out)
    capsys.readouterr()
    assert main(["import-geoparquet", str(out), "--out", str(tmp_path / "back")]) == 0
    said = capsys.readouterr().out
    # Only the one point set to 75.3821 differs from its columns by more than 1e-9°.
    assert "1 event(s): lon/lat taken from the point geometry" in said
    events = table(tmp_path / "back", "events")
    assert (events.at[0, "lon"], events.at[0, "lat"]) == ("75.3821", "36.5")
    decimals = events["lon"].str.partition(".")[2].str.len()
    assert (decimals <= 7).all()


def test_number_texts_round_to_7_decimals_and_trim_zeros():
    texts = number_texts(np.array([75.38210000000001, 71.55, 10000000.0, 1.23456789, np.nan]))
    assert list(texts) == ["75.3821", "71.55", "10000000", "1.2345679", ""]

"""Any region: the world reference fills in beyond the detailed layers (a Sahel import
is drawn with its countries, borders and capitals), reference layers follow a contract
(a missing, misnamed or broken file is a located warning, never a traceback), and frames
are honest (events outside the region are counted apart, a link outside it is noted)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from PIL import Image

from dashboard import config
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.render.briefing.panel import panel_items
from dashboard.scene.build import SceneData, build_scene
from dashboard.scene.frame import Frame
from dashboard.scene.style import LAND
from dashboard.store.embedded import EmbeddedStore
from dashboard.view.query import context_of
from dashboard.view.state import ViewState
from dashboard.view.url import parse_query
from devkit.synth_acled import generate
from pages import no_errors, run, texts
from synthetic import SETTINGS, write_package

# Towns of the three countries (lon, lat), and the box around them.
SAHEL = (
    ("Mali", "466", "Mopti", "Mopti", -4.19, 14.49),
    ("Mali", "466", "Gao", "Gao", -0.04, 16.27),
    ("Niger", "562", "Tillaberi", "Tillaberi", 1.45, 14.21),
    ("Burkina Faso", "854", "Sahel", "Djibo", -1.63, 14.10),
    ("Burkina Faso", "854", "Est", "Fada N'gourma", 0.35, 12.06),
)
SAHEL_SETTINGS = """\
title = "Sahel test"
[region]
bbox = [-9.0, 10.0, 5.0, 18.0]
"""


def sahel_acled(path: Path, rows: int = 60) -> Path:
    """An ACLED-style export of ``rows`` events around the Sahel towns."""
    generate(rows, path, bad=0.0)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(5)
    at = np.array(SAHEL, dtype=object)[rng.integers(0, len(SAHEL), rows)]
    frame["country"], frame["iso"], frame["admin1"], frame["location"] = at[:, :4].T
    frame["region"] = "Western Africa"
    frame["admin2"] = frame["admin3"] = ""
    frame["longitude"] = (at[:, 4].astype(float) + rng.normal(0, 0.05, rows)).round(4)
    frame["latitude"] = (at[:, 5].astype(float) + rng.normal(0, 0.05, rows)).round(4)
    frame["event_id_cnty"] = [f"SAH{i}" for i in range(rows)]
    frame.to_csv(path, index=False, lineterminator="\n")
    return path


@pytest.fixture(scope="module")
def sahel(tmp_path_factory) -> Path:
    """A Sahel ACLED export imported as a package, with a settings.toml for its region."""
    root = tmp_path_factory.mktemp("sahel")
    out = root / "package"
    assert main(["import-acled", str(sahel_acled(root / "sahel.csv")), "--out", str(out)]) == 0
    (out / "settings.toml").write_text(SAHEL_SETTINGS, encoding="utf-8")
    return out


def test_a_sahel_import_is_drawn_with_countries_borders_and_capitals(sahel, capsys):
    png = sahel / "sahel-briefing.png"
    assert main(["export-png", "--data-dir", str(sahel), "--out", str(png)]) == 0
    with capsys.disabled():
        print(f"\nSahel briefing image: {png}")
    store = EmbeddedStore(load_dataset(sahel))
    ref = store.dataset.reference
    frame_box = shapely.box(*store.dataset.settings.bbox)
    countries = set(ref.countries[ref.countries.intersects(frame_box)]["name"])
    assert {"Mali", "Niger", "Burkina Faso"} <= countries
    mali = ref.countries[ref.countries["iso_a3"] == "MLI"].geometry.iloc[0]
    borders = ref.borders[ref.borders.intersects(frame_box)]
    assert borders.intersects(mali.boundary.buffer(0.05)).any()  # Mali's borders are drawn
    assert len(ref.rivers[ref.rivers.intersects(frame_box)])  # the Niger river
    view = ViewState(start=store.span()[0], end=store.span()[1], lat=14.0, lon=-2.0, zoom=5.6)
    scene = build_scene(store, SceneData.of(store), view, Frame(-2.0, 14.0, 5.6, 1200, 700))
    names = {lb.text for lb in scene.labels if lb.placed}
    assert {"Bamako", "Niamey", "Ouagadougou"} <= names, names
    assert {"MALI", "NIGER", "BURKINA FASO"} <= names, names
    assert not scene.uncovered
    # The image's map is land, not a plain background: most of it in the land colour.
    rgb = np.asarray(Image.open(png).convert("RGB"))
    h, w, _ = rgb.shape
    area = rgb[int(0.2 * h) : int(0.7 * h), int(0.05 * w) : int(0.6 * w)]
    land = (np.abs(area.astype(int) - np.array(LAND[:3])) <= 2).all(axis=2).mean()
    assert land > 0.3, land


def _package_with_own_reference(root: Path, settings: str) -> Path:
    """The synthetic package with its own copy of the bundled reference layers."""
    write_package(root, settings)
    shutil.copytree(config.BUNDLED_REFERENCE, root / config.REFERENCE_SUBDIR)
    return root


FILES_TABLE = """
[reference.files]
countries = "admin0_countries_ne10m.geojson"
borders = "admin0_boundary_lines_ne10m.geojson"
provinces = "admin1.geojson"
districts = ["admin2_tjk_geoboundaries.geojson", "admin2_afg_geoboundaries.geojson"]
rivers = "rivers_ne10m.geojson"
lakes = "lakes_ne10m.geojson"
places = ["gazetteer.csv", "places_ne10m.geojson"]
"""


def test_missing_misnamed_and_broken_reference_files_are_located_warnings(
    tmp_path, capsys, monkeypatch
):
    root = _package_with_own_reference(tmp_path / "pkg", SETTINGS + FILES_TABLE)
    ref = root / config.REFERENCE_SUBDIR
    (ref / "rivers_ne10m.geojson").unlink()  # missing
    (ref / "lakes_ne10m.geojson").write_text('{"type": "FeatureCo', encoding="utf-8")  # broken
    # Districts of the wrong geometry: points where polygons belong.
    (ref / "admin2_afg_geoboundaries.geojson").write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
        '{"name":"x"},"geometry":{"type":"Point","coordinates":[70,37]}}]}',
        encoding="utf-8",
    )
    code = main(["validate", "--data-dir", str(root)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert code in (0, 1)
    report = out.out
    # Misnamed: located, with the file it most likely means.
    assert "geodata/reference/admin1.geojson: is missing" in report
    assert "did you mean 'admin1_ne10m.geojson'?" in report
    assert "geodata/reference/rivers_ne10m.geojson: is missing" in report
    # Files named within the package: no server path in a problem (the page shows them).
    assert str(tmp_path) not in report.split("\n", 1)[1]
    assert "geodata/reference/lakes_ne10m.geojson" in report and "cannot be read" in report
    assert "admin2_afg_geoboundaries.geojson" in report and "Point geometries" in report
    ds = load_dataset(root)
    assert len(ds.reference.districts) and len(ds.reference.countries)  # the rest loads
    assert len(ds.events) == len(load_dataset(write_package(tmp_path / "plain")).events)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(root))
    at = run()
    no_errors(at)
    # The page lists the left-out layer among the data's problems.
    shown = "\n".join(df.value.to_csv() for df in at.dataframe)
    assert "geodata/reference/rivers_ne10m.geojson" in shown


def test_an_export_of_a_package_with_a_missing_reference_layer_still_works(tmp_path):
    root = _package_with_own_reference(tmp_path / "pkg", SETTINGS)
    (root / config.REFERENCE_SUBDIR / "admin1_ne10m.geojson").unlink()
    out = tmp_path / "events.parquet"
    assert main(["export-geoparquet", "--data-dir", str(root), "--out", str(out)]) in (0, 1)
    assert out.exists()


OUTSIDE_SETTINGS = (
    SETTINGS
    + """
[region]
bbox = [71.0, 36.0, 73.5, 39.0]
"""
)


def test_events_outside_the_region_are_counted_as_outside_on_the_page(tmp_path, monkeypatch):
    root = write_package(tmp_path / "pkg", OUTSIDE_SETTINGS)
    store = EmbeddedStore(load_dataset(root))
    ev = store.dataset.events
    placed = ev[ev.geometry.notna() & ~ev.geometry.is_empty]
    x = placed.geometry.representative_point().x
    outside = int((x > 73.5).sum() + (x < 71.0).sum())
    assert outside, "the synthetic data has events east of 73.5° E"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(root))
    at = run()
    no_errors(at)
    assert f"{outside} outside the region's frame" in texts(at)


def test_a_link_outside_the_region_opens_with_a_note(synthetic_store, monkeypatch):
    state, notes = parse_query({"lat": "10", "lon": "20"}, context_of(synthetic_store))
    west, south, _, _ = synthetic_store.dataset.settings.bbox
    assert (state.lat, state.lon) == (south, west)  # its nearest corner
    assert any("outside the region's frame" in n for n in notes), notes
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(synthetic_store.dataset.data_dir))
    at = run({"lat": "10", "lon": "20"})
    no_errors(at)
    assert "outside the region's frame" in texts(at)


def test_a_view_no_reference_layer_covers_says_so(synthetic_store, scene_data):
    from dashboard.scene.text import UNCOVERED_NOTE  # (new with this note)

    ds = synthetic_store.dataset
    nowhere = replace(ds.reference, covers=((0.0, 0.0, 1.0, 1.0),))
    store = EmbeddedStore(replace(ds, reference=nowhere), synthetic_store.version)
    view = ViewState(*synthetic_store.span(), lat=37.8, lon=72.3, zoom=6.0)
    scene = build_scene(store, scene_data, view, Frame(72.3, 37.8, 6.0, 900, 600))
    assert scene.uncovered
    assert UNCOVERED_NOTE in [
        text for _, text, *_ in panel_items(store.dataset, scene, view.layers)
    ]
    covered = build_scene(synthetic_store, scene_data, view, Frame(72.3, 37.8, 6.0, 900, 600))
    assert not covered.uncovered

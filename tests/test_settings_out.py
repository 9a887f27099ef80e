"""Imports open on their own region: import-acled and import-geoparquet write a
settings.toml made from the data (title, region, view, presets, search placeholder) that
reads back with no problem, whatever the data's text holds, and never replace a user's
own settings.toml without --force."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest import REPO
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.contract.settings import read_settings
from dashboard.interchange.settings_out import toml_value
from dashboard.render.briefing.figure import Briefing, build_figure, figure_texts
from dashboard.scene.frame import DEFAULT_SIZE, Frame
from dashboard.store.embedded import open_store
from dashboard.view.query import default_view
from pages import texts
from sahel import OUTLIER, UNITS, sahel_rows, write_sahel

MADE = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
TITLE = "Political violence in Mali, Niger and Burkina Faso, 2019–2023"


@pytest.fixture(scope="module")
def sahel_package(tmp_path_factory):
    """The synthetic Sahel export imported once: the package's folder."""
    root = tmp_path_factory.mktemp("sahel")
    out = root / "package"
    assert main(["import-acled", str(write_sahel(root / "sahel.csv")), "--out", str(out)]) == 0
    return out


def settings_of(folder):
    found = read_settings(folder / "settings.toml")
    assert found.problems == [], [str(p) for p in found.problems]
    return found.values


def located(rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    return frame.assign(lon=frame["longitude"].astype(float), lat=frame["latitude"].astype(float))


def test_the_sahel_import_writes_settings_of_its_own_region(sahel_package):
    values = settings_of(sahel_package)
    assert values["title"] == TITLE
    events = located(sahel_rows())
    inliers = events[events["lon"] != OUTLIER[3]]
    west, south, east, north = values["region.bbox"]
    # Every event but the mistyped one is inside, with a margin under a degree on the
    # long side (east–west: the Sahel's events lie in a wide band).
    assert west <= inliers["lon"].min() and east >= inliers["lon"].max()
    assert south <= inliers["lat"].min() and north >= inliers["lat"].max()
    assert inliers["lon"].min() - west < 1 and east - inliers["lon"].max() < 1
    assert east < OUTLIER[3]  # one stray coordinate does not stretch the region to Sudan
    # The opening view, in the map's frame, shows every event but the stray one: the map
    # zooms in until the region's box fills the frame both ways (``fitZoom`` in
    # frontend/src/compute.ts), so the box must have the frame's shape.
    view = Frame(values["view.lon"], values["view.lat"], values["view.zoom"], *DEFAULT_SIZE)
    (x0, x1), (y0, y1) = view.project([west, east], [north, south])
    least_zoom = values["view.zoom"] + np.log2(
        max(DEFAULT_SIZE[0] / (x1 - x0), DEFAULT_SIZE[1] / (y1 - y0))
    )
    assert least_zoom <= values["view.zoom"] + 0.01
    x, y = view.project(inliers["lon"], inliers["lat"])
    assert (x > 0).all() and (x < DEFAULT_SIZE[0]).all()
    assert (y > 0).all() and (y < DEFAULT_SIZE[1]).all()
    assert "Gao" in values["search_placeholder"] and "JNIM" in values["search_placeholder"]


def test_the_presets_are_the_admin1_units_with_most_events(sahel_package):
    presets = [view for _, view in settings_of(sahel_package)["presets"]]
    by_count = sorted(UNITS, key=lambda u: -u[4])[:6]
    assert [p.name for p in presets] == [f"{a} ({c})" for c, a, *_ in by_count]
    events = located(sahel_rows())
    for preset, (_, admin1, *_) in zip(presets, by_count, strict=True):
        mine = events[(events["admin1"] == admin1) & (events["lon"] != OUTLIER[3])]
        assert mine["lon"].min() <= preset.lon <= mine["lon"].max(), preset
        assert mine["lat"].min() <= preset.lat <= mine["lat"].max(), preset
        assert preset.zoom > settings_of(sahel_package)["view.zoom"]  # closer than the region


def test_the_imported_package_opens_with_its_title(sahel_package, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(sahel_package))
    ds = load_dataset(sahel_package)
    assert ds.settings.title == TITLE and ds.settings.source == "data directory"
    assert [p for p in ds.problems if p.file.startswith("settings")] == []
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == TITLE
    assert "Pamir" not in at.title[0].value


# The credits of the bundled Pamir layers (Natural Earth's world layers may be drawn in
# the Sahel, so its credit may be there).
PAMIR_SOURCES = ("OpenStreetMap", "ODbL", "geoBoundaries", "AIMS", "GeoNames")


def test_the_sahel_page_and_briefing_credit_no_source_they_do_not_draw(sahel_package, monkeypatch):
    # The bundled reference layers (the Pamir's) have no feature in the Sahel: their
    # credits (the ODbL Tajik districts…) are not on the page or the briefing.
    store = open_store(sahel_package)
    assert not [s for s in PAMIR_SOURCES if s in store.dataset.settings.attribution]
    fig = build_figure(
        store, Briefing(default_view(store), "slide", "http://localhost:8501/", MADE)
    )
    printed = "\n".join(figure_texts(fig))
    plt.close(fig)
    assert TITLE in printed
    assert not [s for s in PAMIR_SOURCES if s in printed]
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(sahel_package))
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not [s for s in PAMIR_SOURCES if s in texts(at)]


@pytest.mark.parametrize("command", ["import-acled", "import-geoparquet"])
def test_a_users_settings_are_kept_without_force_and_replaced_with_force(
    command, sahel_package, tmp_path, capsys
):
    source = write_sahel(tmp_path / "sahel.csv")
    if command == "import-geoparquet":
        source = tmp_path / "sahel.parquet"
        assert (
            main(["export-geoparquet", "--data-dir", str(sahel_package), "--out", str(source)]) == 0
        )
    out = tmp_path / "mine"
    out.mkdir()
    mine = 'title = "Our own title"  # edited by hand\n'
    (out / "settings.toml").write_text(mine, encoding="utf-8")
    capsys.readouterr()
    assert main([command, str(source), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "settings.toml already exists" in err and "--force" in err
    assert (out / "settings.toml").read_text(encoding="utf-8") == mine
    assert not (out / "events.csv").exists()  # nothing written at all
    assert main([command, str(source), "--out", str(out), "--force"]) == 0
    values = settings_of(out)
    assert values["title"] != "Our own title"
    assert values["title"].endswith(", 2019–2023")


def test_import_geoparquet_fits_the_region_to_the_events(sahel_package, tmp_path):
    parquet = tmp_path / "sahel.parquet"
    assert main(["export-geoparquet", "--data-dir", str(sahel_package), "--out", str(parquet)]) == 0
    out = tmp_path / "back"
    assert main(["import-geoparquet", str(parquet), "--out", str(out)]) == 0
    values, original = settings_of(out), settings_of(sahel_package)
    # The same events give the same region (the export names no admin-1 units in the
    # Sahel: the bundled reference layers do not reach it, so there are no presets).
    assert values["region.bbox"] == original["region.bbox"]
    assert (values["view.lat"], values["view.lon"]) == (original["view.lat"], original["view.lon"])


def test_quotes_and_line_breaks_in_the_data_cannot_break_the_file(tmp_path):
    rows = sahel_rows()
    tricky = 'Côte d"Ivoire\n[region]\nbbox = "x" \\ \x7f'
    for row in rows[:60]:
        row["country"] = tricky
        row["admin1"] = 'Gao "north"\r\n# not a comment'
    out = tmp_path / "out"
    assert (
        main(["import-acled", str(write_sahel(tmp_path / "t.csv", rows)), "--out", str(out)]) == 0
    )
    text = (out / "settings.toml").read_text(encoding="utf-8")
    tomllib.loads(text)  # valid TOML
    values = settings_of(out)  # and every value passes the settings' checks
    assert values["title"].startswith('Political violence in Côte d"Ivoire [region] bbox = "x" \\')
    names = [view.name for _, view in values["presets"]]
    assert (
        names[0] == 'Gao "north" # not a comment (Côte d"Ivoire [region] bbox = "x" \\)'[:59] + "…"
    )
    assert isinstance(values["region.bbox"], tuple)


@pytest.mark.parametrize(
    "value", ['a "b"', "back\\slash", "line\nbreak", "tab\tand\x7fdel", "é 中文", "\x00"]
)
def test_toml_value_round_trips_any_text(value):
    assert tomllib.loads(f"k = {toml_value(value)}\nn = {toml_value([1.5, -2.0])}") == {
        "k": value,
        "n": [1.5, -2.0],
    }


def test_a_few_events_at_one_town_give_a_box_not_a_point(tmp_path):
    rows = sahel_rows()[:3]
    out = tmp_path / "out"
    assert (
        main(["import-acled", str(write_sahel(tmp_path / "t.csv", rows)), "--out", str(out)]) == 0
    )
    values = settings_of(out)
    assert values["title"] == "Political violence in Mali, 2019"
    # Three events at one town: a box around them, not a point.
    west, south, east, north = values["region.bbox"]
    assert east - west >= 0.5 and north - south >= 0.5
    assert np.isclose(values["view.lon"], (west + east) / 2)

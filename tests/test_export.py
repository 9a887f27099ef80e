"""The briefing image and the data downloads: size, content (read from the figure's
texts, not pixels alone), legibility, and the CLI reproducing the app's view."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.parse import urlencode

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from conftest import REPO, DataDir
from dashboard.cli import main
from dashboard.core.dataset import load_dataset
from dashboard.core.store import open_store
from dashboard.core.timefilter import data_span
from dashboard.core.urlstate import Context, to_query
from dashboard.export.briefing import SIZES, Briefing, briefing_png, build_figure, figure_texts
from dashboard.export.tables import events_csv, events_geojson

MADE = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def store():
    return open_store(REPO)


@pytest.fixture(scope="module")
def ds(store):
    return store.dataset


@pytest.fixture(scope="module")
def state(ds):
    base = Context(data_span(ds.events)).default_state()
    return replace(
        base,
        mode="asof",
        start=date(2019, 1, 1),
        end=date(2021, 12, 31),
        event="2016-shaymak-facility",
    )


@pytest.mark.parametrize("size", ["slide", "a4"])
def test_png_has_the_requested_size_and_is_not_blank(store, ds, state, size):
    img = Image.open(io.BytesIO(briefing_png(store, Briefing(state, size, "http://x/?a=1", MADE))))
    assert img.size == SIZES[size]
    pixels = np.asarray(img.convert("RGB")).reshape(-1, 3)
    non_white = (pixels < 245).any(axis=1).mean()
    assert non_white > 0.25  # land, borders, markers and text, not an empty canvas
    assert len(np.unique(pixels[::50], axis=0)) > 50


def test_figure_holds_title_window_legend_sources_and_attribution(store, ds, state):
    link = "http://localhost:8501/?" + urlencode(to_query(state), doseq=True)
    fig = build_figure(store, Briefing(state, "slide", link, MADE))
    texts = "\n".join(figure_texts(fig))
    plt.close(fig)
    assert "China–Tajikistan security cooperation" in texts
    assert "As of: 01 Jan 2019 – 31 Dec 2021" in texts
    # The agreement whose start the sources do not give counts as begun (its start is open).
    assert "18 of 19 events" in texts
    assert "Not on the map: 9 more shown, no place given" in texts
    for entry in (
        "Base / facility",
        "Exercise",
        "Official: solid",
        "Denied: dark outline",
        "Planned: outline only",
        "Radius of place uncertainty",
    ):
        assert entry in texts
    for publisher in (
        "Caspian Policy Center (CPC)",
        "The Washington Post",
        "Radio Free Europe/Radio Liberty",
    ):
        assert publisher in texts
    assert (
        "Natural Earth" in texts
        and "OpenStreetMap contributors, ODbL" in texts
        and "geoBoundaries" in texts
    )
    printed = "".join(
        t.get_text() for t in fig.texts if (t.get_gid() or "").startswith("permalink-")
    )
    assert printed == "Permalink: " + link.replace(
        "%2C", ","
    )  # complete, over as many lines as needed
    assert "Made 2026-11-22 12:00 UTC" in texts
    assert "km" in texts and "N" in texts  # scale bar and north arrow
    assert "Filters: none (all events)" in texts


def test_filters_and_legend_follow_the_view(store, ds, state):
    only = replace(state, filters=replace(state.filters, categories=("funding",)))
    fig = build_figure(store, Briefing(only, "slide", "", MADE))
    texts = figure_texts(fig)
    plt.close(fig)
    assert any(t.startswith("Filters: categories: funding") for t in texts)
    assert "Funding" in texts and "Exercise" not in texts
    # One grant, two reported amounts: one event, marked contested on the slide.
    assert any("Events on the map (1)" in t for t in texts)
    assert "[contested: amount]" in " ".join(" ".join(texts).split())


def test_labels_do_not_pile_up(store, ds, state):
    fig = build_figure(store, Briefing(state, "slide", "", MADE))
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text().strip()]
    plt.close(fig)
    assert len(boxes) >= 8
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_unknown_size_is_refused(state):
    with pytest.raises(ValueError, match="size was 'poster'"):
        Briefing(state, "poster")


def test_cli_and_app_render_the_same_image(store, ds, tmp_path):
    """A permalink opened in the app and fed to the CLI gives the same state and the same bytes."""
    params = {
        "from": "2016-01-01",
        "to": "2021-12-31",
        "mode": "asof",
        "layers": "bases,agreements,places,uncertainty",
        "cat": "base,agreement,funding,deployment,diplomacy",
        "status": "official,reported,denied,planned",
        "prec": "3",
        "lat": "37.6000",
        "lon": "73.0000",
        "zoom": "6.50",
        "event": "2021-10-wakhan-mvd-base",
    }
    link = "http://localhost:8501/?" + urlencode(params)
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception
    app_state = at.session_state["view"]
    assert {
        k: at.query_params[k] for k in at.query_params
    } == params  # the app keeps the link as is
    from_app = briefing_png(store, Briefing(app_state, "slide", link, MADE))
    out = tmp_path / "cli.png"
    assert (
        main(["export-png", "--url", link, "--out", str(out), "--made-at", MADE.isoformat()]) == 0
    )
    assert out.read_bytes() == from_app


def test_cli_options_override_and_reject(tmp_path, capsys):
    out = tmp_path / "b.png"
    assert (
        main(
            [
                "export-png",
                "--out",
                str(out),
                "--from",
                "2021-01-01",
                "--to",
                "2021-12-31",
                "--mode",
                "window",
                "--layers",
                "bases,exercises",
                "--size",
                "a4",
            ]
        )
        == 0
    )
    assert Image.open(out).size == SIZES["a4"]
    assert main(["export-png", "--out", str(out), "--from", "2021-02-30"]) == 2
    assert "from='2021-02-30'" in capsys.readouterr().err
    assert main(["export-png", "--out", str(out), "--url", "javascript:alert(1)"]) == 2


def test_csv_has_one_row_per_excerpt_with_citations(ds):
    shown = ds.events[ds.events["category"] == "funding"]
    frame = pd.read_csv(
        io.BytesIO(events_csv(ds, shown)), encoding="utf-8-sig", keep_default_na=False
    )
    assert set(frame["event_id"]) == set(shown["event_id"])
    assert len(frame) == len(ds.excerpts[ds.excerpts["event_id"].isin(shown["event_id"])])
    assert set(frame["evidence"]) == {"contested"}
    claims = " | ".join(frame["claims"])
    assert "amount (asserts): $10 million in financing from China [USD 10 million]" in claims
    assert "[CNY 55 million]" in claims and "amount (qualifies)" in claims
    assert frame["source_publisher"].str.len().gt(0).all()


def test_csv_neutralises_formulas(data_dir: DataDir):
    data_dir.set_cell("events.csv", 2, "title", '=HYPERLINK("http://evil")')
    ds = load_dataset(data_dir.root)
    text = events_csv(ds, ds.events).decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def test_geojson_carries_geometry_and_excerpts(ds):
    doc = json.loads(events_geojson(ds, ds.events))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == len(ds.events)
    feat = next(
        f for f in doc["features"] if f["properties"]["event_id"] == "2016-shaymak-facility"
    )
    assert feat["geometry"]["type"] == "Point"
    stances = {e["stance"] for e in feat["properties"]["excerpts"]}
    assert stances == {"supports", "denies"}
    assert all(e["quote"] and e["source_publisher"] for e in feat["properties"]["excerpts"])
    denial = [c for c in feat["properties"]["claims"] if c["stance"] == "denies"]
    assert denial and denial[0]["claimant"].startswith("Governments of China and Tajikistan")
    # No place in the sources: a feature with a null geometry, not a made-up point.
    drills = next(f for f in doc["features"] if f["properties"]["event_id"] == "2019-joint-drills")
    assert drills["geometry"] is None

"""The briefing image and the data downloads: size, content (read from the figure's
texts, not pixels alone), legibility, and the CLI reproducing the app's view."""

from __future__ import annotations

import io
import json
import math
from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlencode, urlsplit

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from conftest import REPO, DataDir
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.render.briefing.figure import (
    SIZES,
    Briefing,
    briefing_png,
    build_figure,
    counts_text,
    figure_texts,
    link_lines,
    printed_link,
    qr_matrix,
    short_link,
)
from dashboard.render.tables import events_csv, events_geojson
from dashboard.store.embedded import open_store
from dashboard.view.query import context_of, default_view, query_of
from dashboard.view.url import parse_query, to_query

MADE = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def store():
    return open_store(REPO)


@pytest.fixture(scope="module")
def ds(store):
    return store.dataset


@pytest.fixture(scope="module")
def state(store):
    # The opening view of the region's settings, as the app opens it.
    base = default_view(store)
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
    printed = printed_link(fig)
    plt.close(fig)
    assert "China–Tajikistan security cooperation" in texts
    assert "As of: 01 Jan 2019 – 31 Dec 2021" in texts
    # The agreement whose start the sources do not give counts as begun (its start is open).
    # What is counted is said, and the numbers are the panel's.
    assert "18 of 19 events match this view · 9 on the map · 9 with no place given" in texts
    assert "Events on the map (9)" in texts
    assert "Not drawn: 9 with no place given" in texts
    for entry in (
        "Base / facility",
        "Agreement",
        "Reported: light fill",
        "Denied: dark outline",
        "Planned: outline only",
        "Contested: red outline",
        "Radius of place uncertainty",
        "Selected event",
    ):
        assert entry in texts
    # No event on the map is official, and the exercises have no place.
    assert "Official: solid" not in texts and "Exercise" not in texts.split("\n")
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
    # Only what differs from the opening view, plus the window; commas left legible.
    assert printed == (
        "http://localhost:8501/?from=2019-01-01&to=2021-12-31&mode=asof&event=2016-shaymak-facility"
    )
    assert "Made 2026-11-22 12:00 UTC" in texts
    assert "km" in texts and "N" in texts  # scale bar and north arrow
    assert "Filters: none (all events)" in texts


def test_counts_say_what_they_count():
    assert counts_text(16, 19, 7, 9) == (
        "16 of 19 events match this view · 7 on the map · 9 with no place given"
    )
    assert counts_text(3, 3, 3, 0) == "3 of 3 events match this view · 3 on the map"
    assert counts_text(1, 1, 1, 0) == "1 of 1 event matches this view · 1 on the map"


def test_headline_and_panel_count_the_same_events(store, state):
    """The numbers of the headline are the panel's, for the app's own query."""
    view = replace(state, layers=("bases", "exercises", "agreements", "located", "places"))
    shown = store.rows(query_of(view))
    placed = int((shown["placement"] != "none").sum())
    fig = build_figure(store, Briefing(view, "slide", "", MADE))
    texts = figure_texts(fig)
    plt.close(fig)
    headline = next(t for t in texts if "match this view" in t)
    assert counts_text(len(shown), len(store.dataset.events), placed, len(shown) - placed) in (
        headline
    )
    assert f"Events on the map ({placed})" in texts
    assert f"Not drawn: {len(shown) - placed} with no place given" in texts


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
    assert "Contested: red outline" in texts and "Reported: light fill" not in texts


@pytest.mark.parametrize(
    ("layers", "absent"),
    [
        # The uncertainty layer off: no radius entry (the region outlines are areas, drawn
        # whatever that layer says, as in the app).
        (("bases", "exercises", "agreements", "located", "places"), "Radius of place uncertainty"),
        # No event layer: nothing drawn, so no category, mark or extra at all.
        (("places", "uncertainty"), "Base / facility"),
    ],
)
def test_legend_never_shows_what_is_off(store, state, layers, absent):
    view = replace(state, layers=layers, event=None)
    fig = build_figure(store, Briefing(view, "slide", "", MADE))
    texts = figure_texts(fig)
    plt.close(fig)
    assert absent not in texts
    assert "Selected event" not in texts
    if not any(layer in layers for layer in ("bases", "exercises", "agreements", "located")):
        assert "No event is drawn on the map in this view." in texts
        assert not any(t.endswith(("solid", "fill", "outline")) for t in texts)


def test_legend_of_a_zoomed_view_explains_only_the_frame(store, state):
    near_shaymak = replace(state, lat=37.5, lon=74.5, zoom=8.0)
    fig = build_figure(store, Briefing(near_shaymak, "slide", "", MADE))
    texts = figure_texts(fig)
    plt.close(fig)
    # One ring in the frame: the denied base near Shaymak; the other rings are outside it.
    assert "Denied: dark outline" in texts and "Reported: light fill" not in texts
    assert "Contested: red outline" not in texts
    assert any(t.startswith("1 in this frame") for t in texts)


def test_draw_legend_keeps_its_old_call(tmp_path):
    """The app's legend image calls draw_legend/legend_png without ``extras``: the old
    fixed block is kept for it; unknown extras are refused."""
    from dashboard.render.briefing.legend import EXTRAS, draw_legend, legend_png

    fig = plt.figure()
    ax = fig.add_axes((0, 0, 1, 1))
    legend = draw_legend(ax, ["base"])
    labels = [t.get_text() for t in legend.get_texts()]
    assert "Radius of place uncertainty" in labels and "Official: solid" in labels
    legend = draw_legend(ax, ["base"], ["reported"], extras=["rings"])
    labels = [t.get_text().strip() for t in legend.get_texts()]
    assert [x for x in labels if x] == [
        "Base / facility",
        "Reported: light fill",
        "Rings: several events at one place",
    ]
    with pytest.raises(ValueError, match="expected to be in"):
        draw_legend(ax, ["base"], extras=["roads"])
    plt.close(fig)
    assert legend_png(["base"], extras=EXTRAS)[:4] == b"\x89PNG"


def _marker_circles(fig):
    """(x, y, radius) in display pixels of every event ring on the map."""
    ax = fig.axes[0]
    out = []
    for coll in ax.collections:
        if coll.get_gid() != "event-marker":
            continue
        (x, y), size = coll.get_offsets()[0], coll.get_sizes()[0]
        cx, cy = ax.transData.transform((x, y))
        radius_pt = math.sqrt(size) / 2 + coll.get_linewidths()[0] / 2
        out.append((cx, cy, radius_pt * fig.dpi / 72))
    return out


def _hits(bbox, circle) -> bool:
    cx, cy, r = circle
    nx, ny = min(max(cx, bbox.x0), bbox.x1), min(max(cy, bbox.y0), bbox.y1)
    return (nx - cx) ** 2 + (ny - cy) ** 2 < r**2


@pytest.mark.parametrize(
    "view",
    [
        {},
        {"lat": 37.5, "lon": 74.5, "zoom": 8.0},
        {"lat": 37.3, "lon": 71.6, "zoom": 7.0},
        {"layers": ("bases", "exercises", "agreements", "located", "districts", "places")},
    ],
)
def test_labels_do_not_pile_up_or_cover_marks(store, ds, state, view):
    fig = build_figure(store, Briefing(replace(state, **view), "slide", "", MADE))
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    # (The category letters inside the marks are part of the marks.)
    boxes = [
        t.get_window_extent(renderer)
        for t in ax.texts
        if t.get_text().strip() and t.get_gid() != "event-letter"
    ]
    circles = _marker_circles(fig)
    frame = ax.get_window_extent(renderer)
    plt.close(fig)
    assert len(boxes) >= 4 and circles
    for i, a in enumerate(boxes):
        assert frame.contains(a.x0, a.y0) and frame.contains(a.x1, a.y1)
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)
        # Country and place names, the scale bar and the north arrow keep off the rings.
        assert not any(_hits(a, c) for c in circles)


def test_every_innermost_mark_carries_its_category_letter(store, ds, state):
    """Colour is not the only carrier of the category: its letter is in the mark, and
    in the legend beside the category's name."""
    from dashboard.scene import style

    fig = build_figure(store, Briefing(state, "slide", "", MADE))
    letters = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "event-letter"]
    plt.close(fig)
    assert letters and set(letters) <= set(style.CATEGORY_LETTERS.values())
    # The Shaymak facility (a base) and the Wakhan patrols (a deployment) are drawn.
    assert {"B", "P"} <= set(letters)


def test_current_place_names_are_drawn(store, state):
    fig = build_figure(store, Briefing(state, "slide", "", MADE))
    texts = figure_texts(fig)
    plt.close(fig)
    for current in ("Bokhtar", "Khorugh", "Murghob", "TAJIKISTAN"):
        assert current in texts
    for obsolete in ("Qurghonteppa", "Kuybyshevsk", "Leninobod", "Khorog", "Murghab"):
        assert obsolete not in texts


def test_map_frame_is_filled_to_its_edges(store, state):
    """The reference layers end at a lon/lat box that is not a rectangle on the map; the
    ground beyond it must not show as a white wedge."""
    fig = build_figure(store, Briefing(replace(state, lon=75.5, zoom=6.2), "slide", "", MADE))
    ax = fig.axes[0]
    # Texts have white halos and official rings white outlines: only the ground is looked at.
    for artist in [*ax.texts, *ax.collections]:
        if not hasattr(artist, "get_gid") or artist.get_gid() == "event-marker":
            artist.set_visible(False)
    for t in ax.texts:
        t.set_visible(False)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., :3]
    box = ax.get_window_extent()
    plt.close(fig)
    h = pixels.shape[0]
    inner = pixels[
        int(h - box.y1) + 3 : int(h - box.y0) - 3, int(box.x0) + 3 : int(box.x1) - 3
    ].reshape(-1, 3)
    assert not (inner == 255).all(axis=1).any()


def test_short_link_keeps_only_what_differs(store, state):
    defaults = default_view(store)
    base = "http://example.org/app/?from=1&whatever=2"
    assert short_link(base, defaults, defaults) == (
        f"http://example.org/app/?from={defaults.start}&to={defaults.end}"
    )
    view = replace(
        defaults,
        layers=("bases", "places"),
        filters=replace(defaults.filters, query="Murghob base"),
        zoom=7.0,
    )
    link = short_link(base, view, defaults)
    assert link.endswith("&layers=bases,places&zoom=7.00&q=Murghob+base")
    # It opens the same view: parsed back, it gives the state it was made from.
    parsed, notes = parse_query(parse_qs(urlsplit(link).query), context_of(store))
    assert not notes and parsed == view
    assert short_link("", view, defaults) == ""


@pytest.mark.parametrize("width", [20, 40, 80, 400])
def test_link_lines_break_only_between_parameters(width):
    link = (
        "http://localhost:8501/?from=2016-01-01&to=2021-12-31&mode=asof"
        "&layers=bases,agreements,places,uncertainty&cat=base,agreement,funding,deployment"
        "&q=a+very+long+search+text+that+is+longer+than+a+line&event=2021-10-wakhan-mvd-base"
    )
    lines = link_lines(link, width)
    assert "".join(lines) == link
    assert all(line.startswith("&") for line in lines[1:])
    for line in lines:
        # Each line holds whole parameters; a line is only ever too long for one of them.
        assert len(line) <= width or line.count("&") <= 1


def test_qr_code_encodes_the_printed_link_at_3px_modules(store, state):
    import segno

    link = "http://localhost:8501/?" + urlencode(to_query(state), doseq=True)
    fig = build_figure(store, Briefing(state, "slide", link, MADE))
    printed = printed_link(fig)
    (image,) = [im for im in fig.images if (im.get_gid() or "").startswith("qr-code")]
    module_px = int(image.get_gid().split()[1].removesuffix("px"))
    plt.close(fig)
    assert printed == short_link(link, state, default_view(store))
    matrix = qr_matrix(printed)
    qr = segno.make(printed, error="m", micro=False)
    assert np.array_equal(matrix, np.array(list(qr.matrix_iter(border=4)), dtype=bool))
    assert module_px >= 3
    # The pixels of the image are that matrix, module for module, with its quiet zone.
    png = np.asarray(
        Image.open(io.BytesIO(briefing_png(store, Briefing(state, "slide", link, MADE))))
    )
    side = len(matrix) * module_px
    w, h = SIZES["slide"]
    margin = 16
    region = png[h - margin - side : h - margin, w - margin - side : w - margin, 0]
    expected = np.kron(matrix, np.ones((module_px, module_px), dtype=bool))
    assert np.array_equal(region < 128, expected)


def test_qr_code_decodes_to_the_printed_link(store, state):
    zxingcpp = pytest.importorskip("zxingcpp")  # a decoder, when the machine has one
    link = "http://localhost:8501/?" + urlencode(to_query(state), doseq=True)
    # The link printed on the image (test_qr_code_encodes_the_printed_link_at_3px_modules).
    printed = short_link(link, state, default_view(store))
    for size in SIZES:
        png = Image.open(io.BytesIO(briefing_png(store, Briefing(state, size, link, MADE))))
        found = [r.text for r in zxingcpp.read_barcodes(png) if r.format.name == "QRCode"]
        assert found == [printed]


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


def test_the_cli_says_what_is_wrong_instead_of_a_traceback(tmp_path, capsys, data_dir: DataDir):
    """Exit codes: 0 clean, 1 problems but usable, 2 unusable; never a traceback."""
    made = ["--made-at", MADE.isoformat()]
    # A folder that does not exist.
    out = tmp_path / "no" / "such" / "folder" / "brief.png"
    assert main(["export-png", "--out", str(out), *made]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err and not out.exists()
    # A time that is not one: argparse's usage error (exit 2), naming the value.
    with pytest.raises(SystemExit) as exit_:
        main(["export-png", "--out", str(tmp_path / "b.png"), "--made-at", "yesterday"])
    assert exit_.value.code == 2
    assert "not an ISO 8601 time: 'yesterday'" in capsys.readouterr().err
    # Every row bad: nothing to show is unusable (2), and no empty slide is written.
    rows = data_dir.rows("events.csv")
    data_dir.write_rows("events.csv", [{**r, "category": "weapons"} for r in rows])
    out = tmp_path / "empty.png"
    assert main(["export-png", "--out", str(out), "--data-dir", str(data_dir.root), *made]) == 2
    assert "no event loaded" in capsys.readouterr().err and not out.exists()
    assert main(["validate", "--data-dir", str(data_dir.root)]) == 2
    capsys.readouterr()
    # One bad row: usable, with problems (1), and the image is written.
    data_dir.write_rows("events.csv", [{**rows[0], "category": "weapons"}, *rows[1:]])
    assert main(["export-png", "--out", str(out), "--data-dir", str(data_dir.root), *made]) == 1
    assert out.exists() and "data problem" in capsys.readouterr().err


def test_text_in_the_data_is_never_read_as_maths_or_markup(data_dir: DataDir):
    """'$10 and $20' in a title stays that, not TeX maths; markup stays literal text."""
    hostile = r"Costs $10 and $20 <b>x</b> $\alpha$"
    data_dir.set_cell("events.csv", 2, "title", hostile)
    store = open_store(data_dir.root)
    state, _ = parse_query({}, context_of(store))
    fig = build_figure(store, Briefing(state, "slide", "", MADE))
    texts = [t for t in fig.findobj(lambda o: hasattr(o, "get_parse_math")) if t.get_text()]
    lines = "\n".join(figure_texts(fig))
    plt.close(fig)
    assert "Costs $10 and $20 <b>x</b>" in lines
    assert all(not t.get_parse_math() for t in texts)

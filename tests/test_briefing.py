"""The briefing image: size, content (read from the figure's texts, not pixels alone),
legibility, the link and its QR code, and the CLI reproducing the app's view.
Synthetic data (``tests/synthetic.py``)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlencode, urlsplit

import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from conftest import REPO
from dashboard.cli import main
from dashboard.render.briefing.figure import (
    SIZES,
    Briefing,
    briefing_png,
    build_figure,
    figure_texts,
    printed_link,
    sheet_scene,
)
from dashboard.render.briefing.link import link_lines, qr_matrix, short_link
from dashboard.scene.build import SceneData
from dashboard.scene.text import counts_text
from dashboard.store.embedded import open_store
from dashboard.view.query import context_of, default_view
from dashboard.view.url import parse_query, to_query
from synthetic import write_package

MADE = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory):
    return write_package(tmp_path_factory.mktemp("briefing"))


@pytest.fixture(scope="module")
def store(pkg):
    return open_store(pkg)


@pytest.fixture(scope="module")
def state(store):
    return replace(
        default_view(store),
        mode="asof",
        start=date(2019, 1, 1),
        end=date(2021, 12, 31),
        event="ev-camp",
    )


def texts_of(store, state, size="slide", link="") -> list[str]:
    fig = build_figure(store, Briefing(state, size, link, MADE))
    out = figure_texts(fig)
    plt.close(fig)
    return out


@pytest.mark.parametrize("size", ["slide", "a4"])
def test_png_has_the_requested_size_and_is_not_blank(store, state, size):
    img = Image.open(io.BytesIO(briefing_png(store, Briefing(state, size, "http://x/?a=1", MADE))))
    assert img.size == SIZES[size]
    pixels = np.asarray(img.convert("RGB")).reshape(-1, 3)
    assert (pixels < 245).any(axis=1).mean() > 0.25  # land, borders, marks, text
    assert len(np.unique(pixels[::50], axis=0)) > 50


def test_figure_holds_title_window_legend_sources_and_attribution(store, state):
    link = "http://localhost:8501/?" + urlencode(to_query(state), doseq=True)
    fig = build_figure(store, Briefing(state, "slide", link, MADE))
    texts = "\n".join(figure_texts(fig))
    printed = printed_link(fig)
    plt.close(fig)
    assert "Test dashboard" in texts and "As of: 01 Jan 2019 – 31 Dec 2021" in texts
    # As of the end of 2021: everything but the 2022 agreement has begun (the camp's
    # start is open: it counts as begun).
    assert "8 of 9 events match this view · 7 on the map · 1 with no place given" in texts
    assert "Events on the map (7)" in texts and "Not drawn: 1 with no place given" in texts
    for entry in ("Denied: dark outline", "Radius of place uncertainty", "Selected event"):
        assert entry in texts
    for publisher in ("Test Wire", "Other Gazette"):
        assert publisher in texts
    assert "Test map data: Natural Earth" in texts
    assert printed == "http://localhost:8501/?from=2019-01-01&to=2021-12-31&mode=asof&event=ev-camp"
    assert "Made 2026-11-22 12:00 UTC" in texts and "Filters: none (all events)" in texts
    assert "km" in texts and "N" in texts  # scale bar and north arrow


def test_counts_say_what_they_count():
    assert counts_text(16, 19, 7, 9) == (
        "16 of 19 events match this view · 7 on the map · 9 with no place given"
    )
    assert counts_text(3, 3, 3, 0) == "3 of 3 events match this view · 3 on the map"
    assert counts_text(1, 1, 1, 0) == "1 of 1 event matches this view · 1 on the map"


def test_filters_and_legend_follow_the_view(store, state):
    only = replace(state, filters=replace(state.filters, categories=("funding",)), event=None)
    texts = texts_of(store, replace(only, lat=37.6, lon=73.2, zoom=8.0))
    assert any(t.startswith("Filters: categories: funding") for t in texts)
    assert "Funding" in texts and "Exercise" not in texts
    # One grant, two reported amounts: one event, marked contested on the slide.
    assert any("Events on the map (1)" in t for t in texts)
    assert "[contested: amount]" in " ".join(" ".join(texts).split())
    assert "Contested: red outline" in texts and "Reported: light fill" not in texts


@pytest.mark.parametrize(
    ("layers", "absent"),
    [
        (
            ("bases", "exercises", "agreements", "reports", "located", "places"),
            "Radius of place uncertainty",
        ),
        (("places", "uncertainty"), "Base / facility"),
    ],
)
def test_legend_never_shows_what_is_off(store, state, layers, absent):
    texts = texts_of(store, replace(state, layers=layers, event=None))
    assert absent not in texts and "Selected event" not in texts
    if not any(
        layer in layers for layer in ("bases", "exercises", "agreements", "reports", "located")
    ):
        assert "No event is drawn on the map in this view." in texts


def test_legend_of_a_zoomed_view_explains_only_the_frame(store, state):
    near_camp = replace(state, lat=38.4, lon=74.6, zoom=9.0, event=None)
    texts = texts_of(store, near_camp)
    assert "Denied: dark outline" in texts and "Contested: red outline" not in texts
    assert "Deployment / patrol" in texts and "Funding" not in texts
    assert any(t.startswith("1 in this frame") for t in texts)


def test_names_and_furniture_keep_off_the_marks_and_each_other(store, state):
    for view in (
        {},
        {"lat": 37.6, "lon": 73.2, "zoom": 8.0},
        {"layers": ("bases", "districts", "places")},
    ):
        fig = build_figure(store, Briefing(replace(state, **view), "slide", "", MADE))
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        frame = ax.get_window_extent(renderer)
        names = [
            t for t in ax.texts if t.get_gid() in ("place-label", "country-label", "scale-bar")
        ]
        boxes = [t.get_window_extent(renderer) for t in names]
        marks = [p.get_window_extent(renderer) for p in ax.patches if p.get_gid() == "event-marker"]
        plt.close(fig)
        assert boxes
        for i, a in enumerate(boxes):
            assert frame.x0 <= a.x0 and a.x1 <= frame.x1 and frame.y0 <= a.y0 and a.y1 <= frame.y1
            assert not any(a.overlaps(b) for b in boxes[i + 1 :])
            # The mark's bounding square overlaps a name only where the disc does not.
            for m in marks:
                cx, cy, r = (m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2, (m.x1 - m.x0) / 2
                nx, ny = min(max(cx, a.x0), a.x1), min(max(cy, a.y0), a.y1)
                assert (nx - cx) ** 2 + (ny - cy) ** 2 >= (r * 0.9) ** 2


def test_today_s_place_names_are_drawn(store, state):
    texts = texts_of(store, replace(state, event=None))
    for current in ("Khorugh", "Murghob", "TAJIKISTAN"):
        assert current in texts
    for obsolete in ("Qurghonteppa", "Kuybyshevsk", "Leninobod", "Khorog", "Murghab"):
        assert obsolete not in texts


def test_map_frame_is_filled_to_its_edges(store, state):
    """The reference layers end at a lon/lat box: the ground beyond it must not show as a
    white wedge."""
    fig = build_figure(store, Briefing(replace(state, lon=75.5, zoom=6.2), "slide", "", MADE))
    ax = fig.axes[0]
    for artist in [*ax.texts, *ax.patches]:
        artist.set_visible(False)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., :3]
    box = ax.get_window_extent()
    plt.close(fig)
    h = pixels.shape[0]
    inner = pixels[int(h - box.y1) + 3 : int(h - box.y0) - 3, int(box.x0) + 3 : int(box.x1) - 3]
    assert not (inner.reshape(-1, 3) == 255).all(axis=1).any()


def test_short_link_keeps_only_what_differs(store):
    defaults = default_view(store)
    base = "http://example.org/app/?from=1&whatever=2"
    assert short_link(base, defaults, defaults) == (
        f"http://example.org/app/?from={defaults.start}&to={defaults.end}"
    )
    view = replace(
        defaults,
        layers=("bases", "places"),
        filters=replace(defaults.filters, query="post base"),
        zoom=7.0,
    )
    link = short_link(base, view, defaults)
    assert link.endswith("&layers=bases,places&zoom=7.00&q=post+base")
    parsed, notes = parse_query(parse_qs(urlsplit(link).query), context_of(store))
    assert not notes and parsed == view
    assert short_link("", view, defaults) == ""


@pytest.mark.parametrize("width", [20, 40, 80, 400])
def test_link_lines_break_only_between_parameters(width):
    link = (
        "http://localhost:8501/?from=2016-01-01&to=2021-12-31&mode=asof"
        "&layers=bases,agreements,places,uncertainty&cat=base,agreement,funding,deployment"
        "&q=a+very+long+search+text+that+is+longer+than+a+line&event=ev-funding"
    )
    lines = link_lines(link, width)
    assert "".join(lines) == link
    assert all(line.startswith("&") for line in lines[1:])
    for line in lines:
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
    png = np.asarray(
        Image.open(io.BytesIO(briefing_png(store, Briefing(state, "slide", link, MADE))))
    )
    side = len(matrix) * module_px
    w, h = SIZES["slide"]
    region = png[h - 16 - side : h - 16, w - 16 - side : w - 16, 0]
    assert np.array_equal(
        region < 128, np.kron(matrix, np.ones((module_px, module_px), dtype=bool))
    )


def test_qr_code_decodes_to_the_printed_link(store, state):
    zxingcpp = pytest.importorskip("zxingcpp")  # a decoder, when the machine has one
    link = "http://localhost:8501/?" + urlencode(to_query(state), doseq=True)
    printed = short_link(link, state, default_view(store))
    for size in SIZES:
        png = Image.open(io.BytesIO(briefing_png(store, Briefing(state, size, link, MADE))))
        assert [r.text for r in zxingcpp.read_barcodes(png) if r.format.name == "QRCode"] == [
            printed
        ]


def test_unknown_size_is_refused(state):
    with pytest.raises(ValueError, match="size was 'poster'"):
        Briefing(state, "poster")


def test_cli_and_app_render_the_same_image(store, pkg, tmp_path, monkeypatch):
    """A permalink opened in the app and fed to the CLI gives the same state and bytes."""
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
        "event": "ev-funding",
    }
    link = "http://localhost:8501/?" + urlencode(params)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(pkg))
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception
    assert {k: at.query_params[k] for k in at.query_params} == params  # the link as is
    from_app = briefing_png(store, Briefing(at.session_state["view"], "slide", link, MADE))
    out = tmp_path / "cli.png"
    args = ["export-png", "--url", link, "--out", str(out), "--made-at", MADE.isoformat()]
    assert main([*args, "--data-dir", str(pkg)]) == 0
    assert out.read_bytes() == from_app


def test_cli_options_override_and_reject(pkg, tmp_path, capsys):
    out = tmp_path / "b.png"
    view = [
        "--from",
        "2021-01-01",
        "--to",
        "2021-12-31",
        "--mode",
        "window",
        "--layers",
        "bases,exercises",
    ]
    assert (
        main(["export-png", "--out", str(out), "--data-dir", str(pkg), *view, "--size", "a4"]) == 0
    )
    assert Image.open(out).size == SIZES["a4"]
    assert (
        main(["export-png", "--out", str(out), "--data-dir", str(pkg), "--from", "2021-02-30"]) == 2
    )
    assert "from='2021-02-30'" in capsys.readouterr().err
    assert main(["export-png", "--out", str(out), "--url", "javascript:alert(1)"]) == 2


def test_the_cli_says_what_is_wrong_instead_of_a_traceback(tmp_path, capsys, data_dir):
    """Exit codes: 0 clean, 1 problems but usable, 2 unusable; never a traceback."""
    made = ["--made-at", MADE.isoformat()]
    out = tmp_path / "no" / "such" / "folder" / "brief.png"
    assert main(["export-png", "--out", str(out), *made]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err and not out.exists()
    with pytest.raises(SystemExit) as exit_:
        main(["export-png", "--out", str(tmp_path / "b.png"), "--made-at", "yesterday"])
    assert exit_.value.code == 2
    assert "not an ISO 8601 time: 'yesterday'" in capsys.readouterr().err
    rows = data_dir.rows("events.csv")
    data_dir.write_rows("events.csv", [{**r, "category": "weapons"} for r in rows])
    out = tmp_path / "empty.png"
    assert main(["export-png", "--out", str(out), "--data-dir", str(data_dir.root), *made]) == 2
    assert "no event loaded" in capsys.readouterr().err and not out.exists()
    assert main(["validate", "--data-dir", str(data_dir.root)]) == 2
    capsys.readouterr()
    data_dir.write_rows("events.csv", [{**rows[0], "category": "weapons"}, *rows[1:]])
    assert main(["export-png", "--out", str(out), "--data-dir", str(data_dir.root), *made]) == 1
    assert out.exists() and "data problem" in capsys.readouterr().err


def test_text_in_the_data_is_never_read_as_maths_or_markup(data_dir):
    """'$10 and $20' in a title stays that, not TeX maths; markup stays literal text."""
    hostile = r"Costs $10 and $20 <b>x</b> $\alpha$"
    data_dir.set_cell("events.csv", 2, "title", hostile)
    store = open_store(data_dir.root)
    state, _ = parse_query({}, context_of(store))
    fig = build_figure(store, Briefing(state, "slide", "", MADE))
    texts = [t for t in fig.findobj(lambda o: hasattr(o, "get_parse_math")) if t.get_text()]
    words = " ".join(" ".join(figure_texts(fig)).split())  # a title may wrap
    plt.close(fig)
    assert "Costs $10 and $20 <b>x</b>" in words
    assert all(not t.get_parse_math() for t in texts)


def test_the_page_never_imports_matplotlib(pkg):
    """The web page draws with the browser: matplotlib loads only for an image (the map's
    first picture, a briefing), not with the page's code. A page that has reported its
    canvas gets no picture."""
    import subprocess
    import sys

    code = (
        "import sys; from streamlit.testing.v1 import AppTest; "
        "from dashboard.scene.frame import Frame; "
        "at = AppTest.from_file('dashboard/app.py', default_timeout=60); "
        "at.session_state['map_frame'] = (Frame(70, 38, 5, 900, 560), (38.0, 70.0, 5.0)); "
        "at.run(); assert not at.exception; print('matplotlib' in sys.modules)"
    )
    env = {"DASHBOARD_DATA_DIR": str(pkg), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert out.stdout.strip().endswith("False"), out.stderr[-2000:]


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """12,000 synthetic events around towns (devkit/synth.py): the default view shows
    counts per area."""
    from devkit.synth import generate

    return open_store(generate(12_000, tmp_path_factory.mktemp("crowded") / "data", seed=3))


def test_a_view_of_counts_per_area_is_drawn_as_counts_with_names_clear(crowded):
    """The page's map shows counts per area above 10,000 events in view: the image shows
    the same counts (not every mark piled up), and names keep off them."""
    view = default_view(crowded)
    scene = sheet_scene(crowded, SceneData.of(crowded), view, "slide")
    assert scene.area_counts is not None
    assert scene.area_counts.count.sum() > 10_000
    fig = build_figure(crowded, Briefing(view, "slide", "", MADE))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    assert not [p for p in ax.patches if p.get_gid() == "event-marker"]
    circles = [p for p in ax.patches if p.get_gid() == "area-count"]
    assert len(circles) == len(scene.area_counts.count)
    shown = {t.get_text() for t in ax.texts}
    assert {f"{int(c):,}" for c in scene.area_counts.count} <= shown
    total = int(scene.area_counts.count.sum())
    assert (
        f"{total:,} events in view, shown as counts per area: zoom in to see each event." in shown
    )
    counts = [
        t.get_window_extent(renderer)
        for t in ax.texts
        if t.get_text() in scene.area_counts.labels()
    ]
    names = [
        t.get_window_extent(renderer)
        for t in ax.texts
        if t.get_gid() in ("place-label", "country-label")
    ]
    discs = [c.get_window_extent(renderer) for c in circles]
    plt.close(fig)
    assert names
    for name in names:
        assert not any(name.overlaps(c) for c in counts)
        for d in discs:  # the circle itself, not its bounding square
            cx, cy, r = (d.x0 + d.x1) / 2, (d.y0 + d.y1) / 2, (d.x1 - d.x0) / 2
            nx, ny = min(max(cx, name.x0), name.x1), min(max(cy, name.y0), name.y1)
            assert (nx - cx) ** 2 + (ny - cy) ** 2 >= (r * 0.95) ** 2


def test_the_selected_event_is_drawn_over_the_counts_as_on_the_map(crowded):
    """The page draws the selected mark, ringed, over the counts: so does the image, and
    names keep off it."""
    view = replace(default_view(crowded), event="ev-1")
    scene = sheet_scene(crowded, SceneData.of(crowded), view, "slide")
    assert scene.area_counts is not None and scene.selection.in_frame
    fig = build_figure(crowded, Briefing(view, "slide", "", MADE))
    marks = [p for p in fig.axes[0].patches if p.get_gid() == "event-marker"]
    plt.close(fig)
    assert len(marks) == 2  # the selected mark and its ring, nothing else

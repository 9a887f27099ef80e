"""The scene: one decision per drawing rule, and every renderer drawing it.

Synthetic data (``tests/synthetic.py``): a post three events share, a camp known to
±20 km, a filled valley, a region-only province, an event at its own point, two with no
place. The map's payload and spec, the slide and the briefing image are read back and
compared with the scene and with each other.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import matplotlib.pyplot as plt
import numpy as np
import pytest

from dashboard.render.briefing.figure import Briefing, build_figure, figure_texts, sheet_scene
from dashboard.render.map.payload import events_payload, letters_payload, read_events, read_letters
from dashboard.render.map.spec import map_spec
from dashboard.scene import style
from dashboard.scene.build import build_scene
from dashboard.scene.fontmetrics import text_width
from dashboard.scene.frame import Frame
from dashboard.scene.labels import EDGE_PX
from dashboard.scene.sheet import SHEETS
from dashboard.view.query import default_view
from synthetic import EXPECTED, PLACED, SHARED

SLIDE = SHEETS["slide"]


@pytest.fixture(scope="module")
def store(synthetic_store):
    return synthetic_store


@pytest.fixture(scope="module")
def data(scene_data):
    return scene_data


@pytest.fixture(scope="module")
def view(store):
    return default_view(store)


def at(store, event_id: str) -> int:
    return store.position(event_id)


def frame_of(view, sheet=SLIDE) -> Frame:
    return sheet.map_frame(view.lon, view.lat, view.zoom)


def letters_of(store, scene) -> dict[str, str]:
    """event id -> the letter drawn in its mark, for every lettered mark in the frame."""
    ids = store.dataset.events["event_id"].to_numpy()
    d = scene.drawn
    pick = d.lettered & d.in_frame
    return {str(ids[p]): EXPECTED[str(ids[p])][0] for p in d.positions[pick]}


# -- marks ---------------------------------------------------------------------------------


def test_events_at_one_place_get_stable_rings_inside_out(store, data):
    m = data.marks
    rings = {e: int(m.ring[at(store, e)]) for e in SHARED}
    assert sorted(rings.values()) == [0, 1, 2]  # one ring each
    # Layer groups go outward in reverse declaration order: bases outermost.
    assert rings["ev-base"] == 2 and rings["ev-report"] == 0
    radius = {e: float(m.radius[at(store, e)]) for e in SHARED}
    assert radius["ev-base"] > radius["ev-funding"] > radius["ev-report"]
    alone = {e: bool(m.alone[at(store, e)]) for e in EXPECTED}
    assert alone == {e: e in PLACED and e not in SHARED for e in EXPECTED}


def test_marks_take_their_colours_and_styles_from_the_one_palette(store, data):
    m = data.marks
    funding, camp = at(store, "ev-funding"), at(store, "ev-camp")
    assert tuple(m.fill[funding][:3]) == style.CATEGORY_COLORS["funding"]
    # Two amounts disagree: contested (red outline), whatever the status says.
    assert style.MARK_STYLES[m.style[funding]] == "contested"
    assert tuple(m.line[funding][:3]) == style.STATUS_STYLE["contested"]["line"]
    assert style.MARK_STYLES[m.style[camp]] == "denied"
    # A circle of uncertainty only around the point known to ±20 km.
    circles = {e for e in EXPECTED if not math.isnan(m.precision_m[at(store, e)])}
    assert circles == {"ev-camp"}


# -- letters and the selection ------------------------------------------------------------


def test_one_letter_per_place_the_innermost_shown(store, data, view):
    scene = build_scene(store, data, view, frame_of(view))
    letters = letters_of(store, scene)
    assert set(letters) == {"ev-report", "ev-camp", "ev-drill", "ev-meeting", "ev-own"}
    # A window without the report: the next ring in carries the post's letter.
    later = replace(view, start=date(2021, 1, 1), end=date(2022, 12, 31))
    letters = letters_of(store, build_scene(store, data, later, frame_of(later)))
    assert "ev-funding" in letters and "ev-report" not in letters


def test_the_selected_event_carries_its_place_s_letter(store, data, view):
    chosen = replace(view, event="ev-funding")
    scene = build_scene(store, data, chosen, frame_of(chosen))
    letters = letters_of(store, scene)
    assert letters["ev-funding"] == "F"
    assert not {"ev-base", "ev-report"} & set(letters)  # one letter at the post
    s = scene.selection
    assert (s.letter, s.category, s.drawn, s.in_frame) == ("F", "Funding", True, True)
    assert scene.listing[0] == at(store, "ev-funding")  # named first
    extras = {i["key"] for g in scene.legend for i in g["items"]}
    assert {"selected", "rings", "uncertainty", "region"} <= extras


# -- the map component and the briefing draw the same scene --------------------------------


def _payload_letters(store, data, scene, payload) -> set[str]:
    """The events the map component letters: alone ones, plus the letters payload."""
    header, table = read_events(payload.data)
    flags = np.asarray(table["flags"])
    _, body = letters_payload(
        payload, scene.drawn.positions[scene.drawn.lettered], data.marks.alone
    )
    listed = set(read_letters(body).tolist())
    ids = store.dataset.events["event_id"].to_numpy()[payload.draw_order]
    drawn = set(np.asarray(ids)[np.isin(payload.draw_order, scene.drawn.positions)])
    lettered = {str(ids[i]) for i in range(header["n"]) if flags[i] & 4 or i in listed}
    return lettered & drawn


@pytest.mark.parametrize("event", [None, "ev-funding", "ev-base"])
def test_map_payload_and_briefing_agree_on_marks_letters_and_rings(store, data, view, event):
    for preset in [store.dataset.settings.view, *store.dataset.settings.presets]:
        state = replace(view, lat=preset.lat, lon=preset.lon, zoom=preset.zoom, event=event)
        scene = sheet_scene(store, data, state, "slide")
        payload = events_payload(store, data)
        _, table = read_events(payload.data)
        # Rings and colours: the payload's columns are the scene's marks, in draw order.
        o = payload.draw_order
        assert np.array_equal(np.asarray(table["radius"]), data.marks.radius[o])
        assert np.array_equal(
            np.asarray(table["fill"].combine_chunks().flatten()).reshape(-1, 4), data.marks.fill[o]
        )
        # Letters: what the component draws is what the scene decided.
        d = scene.drawn
        in_frame = d.positions[d.lettered & scene.frame.contains(d.x, d.y)]
        ids = store.dataset.events["event_id"].to_numpy()
        assert {str(i) for i in ids[in_frame]} <= _payload_letters(store, data, scene, payload)
        # The image draws a mark for every mark in the frame, a letter for every lettered one.
        fig = build_figure(store, Briefing(state, "slide", "http://x/"), data)
        ax = fig.axes[0]
        marks = [p for p in ax.patches if p.get_gid() == "event-marker"]
        letters = sorted(t.get_text() for t in ax.texts if t.get_gid() == "event-letter")
        plt.close(fig)
        selected = scene.selection is not None and scene.selection.in_frame
        assert len(marks) == int(scene.drawn.in_frame.sum()) + 2 * selected  # + mark and ring
        assert letters == sorted(EXPECTED[str(i)][0] for i in ids[in_frame])


def test_the_map_spec_names_the_selection_the_scene_names(store, data, view):
    chosen = replace(view, event="ev-funding")
    scene = build_scene(store, data, chosen, frame_of(chosen))
    payload = events_payload(store, data)
    spec = map_spec(
        scene,
        chosen,
        payload,
        data.marks,
        reference="r",
        mask=None,
        letters="l",
        span=store.span(),
        seq=0,
        drawn_layers=(),
        extent=None,
    )
    sel = spec["selection"]
    assert payload.event_position(sel["index"]) == at(store, "ev-funding")
    assert sel["ring"] > sel["radius"] == data.marks.radius[at(store, "ev-funding")]
    # The others step back on the map while the selection is drawn.
    events = next(layer for layer in spec["deck"]["layers"] if layer["id"] == "events")
    assert events["opacity"] == style.DIMMED


# -- the briefing image ---------------------------------------------------------------------


def test_no_letter_outside_the_frame_when_marks_lie_just_outside_it(store, data, view):
    """A view whose frame ends a few pixels short of the post: its marks are clipped
    and their letters are not drawn (they went onto the title and panel before)."""
    frame = frame_of(view)
    lon, lat = data.marks.lon[at(store, "ev-base")], data.marks.lat[at(store, "ev-base")]
    x, _ = frame.project(lon, lat)
    # Move the centre east so the post sits 4 px left of the frame's left edge.
    shifted = frame.unproject(frame.width / 2 + float(x) + 4, frame.height / 2)
    state = replace(view, lon=float(shifted[0]), lat=view.lat)
    scene = sheet_scene(store, data, state, "slide")
    fig = build_figure(store, Briefing(state, "slide", "http://x/"), data)
    ax = fig.axes[0]
    fig.canvas.draw()
    frame_box = ax.get_window_extent()
    letters = [t for t in ax.texts if t.get_gid() == "event-letter"]
    for t in letters:
        box = t.get_window_extent()
        assert frame_box.x0 <= box.x0 and box.x1 <= frame_box.x1
        assert frame_box.y0 <= box.y0 and box.y1 <= frame_box.y1
    texts = figure_texts(fig)
    plt.close(fig)
    d = scene.drawn
    post = np.isin(d.positions, [at(store, e) for e in SHARED])
    assert d.in_frame[post].any()  # its outer rings reach into the frame...
    assert not scene.frame.contains(d.x[post], d.y[post]).any()  # ...its centre does not
    assert "R" not in [t.get_text() for t in letters]  # so the post's letter is not drawn
    assert "Test dashboard" in texts


def test_the_briefing_names_the_selection_first_with_its_letter(store, data, view):
    chosen = replace(view, event="ev-funding")
    fig = build_figure(store, Briefing(chosen, "slide", "http://x/"), data)
    panel = [t for t in fig.texts if (t.get_gid() or "").startswith("panel-")]
    plt.close(fig)
    first_event = next(t for t in panel if t.get_gid() in ("panel-event", "panel-selected-event"))
    assert first_event.get_gid() == "panel-selected-event"
    assert first_event.get_text().startswith("• F · ")
    selected = next(t for t in panel if t.get_gid() == "panel-selected")
    assert selected.get_text().startswith("[F] Funding — Test funding of the post")


# -- labels --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["slide", "a4"])
def test_labels_are_inside_the_frame_clear_of_marks_and_each_other(store, data, view, size):
    for preset in [store.dataset.settings.view, *store.dataset.settings.presets]:
        state = replace(view, lat=preset.lat, lon=preset.lon, zoom=preset.zoom)
        scene = sheet_scene(store, data, state, size)
        placed = [lb for lb in scene.labels if lb.placed]
        assert placed, "a view of the region names something"
        boxes = [lb.box for lb in placed] + [f.box for f in scene.furniture]
        for i, a in enumerate(boxes):
            assert a[0] >= EDGE_PX - 1e-6 and a[2] <= scene.frame.width - EDGE_PX + 1e-6
            assert a[1] >= EDGE_PX - 1e-6 and a[3] <= scene.frame.height - EDGE_PX + 1e-6
            for b in boxes[i + 1 :]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
        d = scene.drawn
        r = data.marks.radius[d.positions]
        for lb in placed:
            x0, y0, x1, y1 = lb.box
            cx, cy = np.clip(d.x, x0, x1), np.clip(d.y, y0, y1)
            assert (np.hypot(d.x - cx, d.y - cy) >= r - 1e-6)[d.in_frame].all(), lb.text


def test_the_label_widths_are_the_font_s():
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath

    for text, bold in [("Khorugh", False), ("TAJIKISTAN", True), ("Wakhjir Pass", False)]:
        path = TextPath(
            (0, 0),
            text,
            size=100,
            prop=FontProperties(family="DejaVu Sans", weight="bold" if bold else "normal"),
        )
        ink = path.get_extents().width
        assert ink <= text_width(text, 100, bold) <= ink * 1.15, text


def test_counts_per_area_sum_their_cells_at_the_mean_place():
    """Counts per area: cells of a round size aligned on the world's grid, each count at
    the mean place of its events, its circle growing with its share of the largest."""
    from dashboard.scene.counts import RADIUS_PX, cell_size_for, count_areas

    assert [cell_size_for(z) for z in (6.0, 7.0, 8.0, 10.0)] == [1.0, 0.5, 0.2, 0.05]
    cell = cell_size_for(10.0)
    lon = np.array([72.001, 72.003, 72.002, 72.07, 72.2])
    lat = np.array([37.001, 37.002, 37.003, 37.01, 37.2])
    counted = count_areas(lon, lat, 10.0)
    order = np.argsort(-counted.count)
    assert counted.count[order].tolist() == [3, 1, 1]
    assert counted.lon[order[0]] == pytest.approx(72.002)
    assert counted.lat[order[0]] == pytest.approx(37.002)
    assert counted.radius[order[0]] == pytest.approx(sum(RADIUS_PX))
    assert counted.radius[order[1]] == pytest.approx(RADIUS_PX[0] + RADIUS_PX[1] / 3**0.5)
    # A pan moves no cell: the same events counted alone land in the same cells.
    assert count_areas(lon[:3] + cell / 10, lat[:3], 10.0).count.tolist() == [3]
    assert counted.labels()[order[0]] == "3"
    assert count_areas(np.full(1234, 72.0), np.full(1234, 37.0), 7.0).labels() == ["1,234"]

"""The map's first picture (``render.briefing.picture``): the view's scene drawn on the
server, shown by the page until its WebGL map has drawn. It must show the same ground at
the same pixels as the map would, and never stand in for a map it cannot draw."""

from __future__ import annotations

import base64
import io
from dataclasses import replace

import numpy as np
from PIL import Image

from dashboard.render.briefing.picture import (
    MOST_MARKS,
    PICTURE_SIZE,
    map_picture,
    picture_frame,
)
from dashboard.scene.build import build_scene
from dashboard.view.query import default_view


def _scene(store, data, view=None):
    v = view or default_view(store)
    return v, build_scene(store, data, v, picture_frame(v.lon, v.lat, v.zoom))


def _pixels(store, scene, marks, layers) -> np.ndarray:
    url = map_picture(store.dataset, scene, marks, layers)
    assert url.startswith("data:image/")
    image = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
    assert image.size == PICTURE_SIZE
    return np.asarray(image.convert("RGB"), dtype=float)


def test_the_picture_is_its_frame_with_each_mark_where_the_map_draws_it(
    synthetic_store, scene_data
):
    v, scene = _scene(synthetic_store, scene_data)
    d, marks = scene.drawn, scene_data.marks
    none = np.zeros_like(d.in_frame)
    bare = replace(scene, drawn=replace(d, in_frame=none, lettered=none))
    with_marks = _pixels(synthetic_store, scene, marks, set(v.layers))
    without = _pixels(synthetic_store, bare, marks, set(v.layers))
    changed = np.abs(with_marks - without).sum(axis=2) > 40
    inside = np.flatnonzero(d.in_frame)
    assert len(inside) >= 3
    # Every mark changed the picture at its centre (the scene's pixel, as the map's) ...
    for i in inside:
        assert changed[round(d.y[i]), round(d.x[i])], f"no mark at {d.x[i]}, {d.y[i]}"
    # ... and nothing else did: what changed lies on the marks' discs (but for a few
    # pixels of the lossy image's noise).
    ys, xs = np.nonzero(changed)
    reach = np.asarray(marks.radius, dtype=float)[d.positions[inside]] + 4
    dist = np.hypot(xs[:, None] - d.x[inside][None, :], ys[:, None] - d.y[inside][None, :])
    on_marks = (dist <= reach[None, :]).any(axis=1)
    assert on_marks.mean() > 0.95, on_marks.mean()


def test_no_picture_for_a_map_of_counts_per_cell_or_too_many_marks(synthetic_store, scene_data):
    v, scene = _scene(synthetic_store, scene_data)
    ds, marks = synthetic_store.dataset, scene_data.marks
    assert map_picture(ds, scene, marks, set(v.layers)) is not None
    assert map_picture(ds, replace(scene, aggregated=True), marks, set(v.layers)) is None
    many = np.ones(MOST_MARKS + 1, dtype=bool)
    crowded = replace(scene, drawn=replace(scene.drawn, in_frame=many))
    assert map_picture(ds, crowded, marks, set(v.layers)) is None

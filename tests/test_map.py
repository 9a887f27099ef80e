"""The map component as data: the pydeck spec (layers, look, no data), the payloads it
receives once per data version (binary events, masks, letters, basemap), the protocol
both sides read, and how a click on the map is read back. Synthetic data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pyarrow as pa
import pytest

from dashboard.render.map import protocol as P
from dashboard.render.map.codegen import TS_FILE, conforms, typescript
from dashboard.render.map.deck import build_deck, deck_json
from dashboard.render.map.payload import (
    events_payload,
    letters_payload,
    mask_payload,
    read_bits,
    read_container,
    read_events,
    read_letters,
    reference_payload,
    resolve_pick,
)
from dashboard.render.map.spec import label_specs, map_spec
from dashboard.scene import style
from dashboard.scene.build import build_scene
from dashboard.store.filters import Filters
from dashboard.view.query import default_view
from dashboard.view.state import DEFAULT_LAYERS, Context
from synthetic import EXPECTED, PLACED

SPAN = (date(2015, 1, 1), date(2022, 12, 31))


@pytest.fixture(scope="module")
def store(synthetic_store):
    return synthetic_store


@pytest.fixture(scope="module")
def data(scene_data):
    return scene_data


@pytest.fixture(scope="module")
def payload(store, data):
    return events_payload(store, data)


def _ids(spec: dict) -> list[str]:
    return [layer["id"] for layer in spec["layers"]]


def _state(**changes):
    return replace(Context(SPAN).default_state(), **changes)


def test_deck_is_offline_with_declared_ids_and_no_data():
    spec = deck_json(build_deck(_state()))
    ids = _ids(spec)
    assert len(ids) == len(set(ids)) and set(ids) <= set(P.LAYER.values())
    assert "mapStyle" not in spec and "mapProvider" not in spec
    data = [str(layer["data"]) for layer in spec["layers"]]
    assert all(d.startswith(P.PLACEHOLDER) for d in data)
    known = set(P.DATA.values())
    assert all(d.removeprefix(P.PLACEHOLDER) in known or "ref:" in d for d in data)
    assert len(str(spec)) < 25_000  # the same few kilobytes whatever the data


@pytest.mark.parametrize(
    ("layers", "present", "absent"),
    [
        (DEFAULT_LAYERS, {"uncertainty", "events", "place-labels"}, {"ref-districts"}),
        (("bases", "districts"), {"ref-districts", "events"}, {"uncertainty"}),
        ((), {"events", "areas"}, {"uncertainty"}),
    ],
)
def test_context_layers_follow_the_toggles(layers, present, absent):
    ids = set(_ids(deck_json(build_deck(_state(layers=layers)))))
    assert present <= ids
    assert not (absent & ids)


def test_as_of_adds_faded_layers_under_the_events():
    ids = _ids(deck_json(build_deck(_state(mode="asof"))))
    assert ids.index("events-faded") < ids.index("events")
    assert ids.index("event-letters-faded") < ids.index("event-letters")
    assert "events-faded" not in _ids(deck_json(build_deck(_state())))


def _luminance(rgb) -> float:
    """WCAG's relative luminance of an sRGB colour."""
    c = [v / 255 for v in rgb]
    c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]


def test_a_count_wider_than_its_circle_stays_legible():
    """Counts are white on a box of the colour their circle shows over land: a count wider
    than a small circle no longer runs white onto the light land (digits were lost), the
    box is not seen inside the circle, and white on it passes WCAG's 4.5:1."""
    layers = {layer["id"]: layer for layer in deck_json(build_deck(_state()))["layers"]}
    circle, count = layers["aggregate"], layers["aggregate-labels"]
    *fill, alpha = circle["getFillColor"]
    over = zip(fill, style.LAND, strict=True)
    shown = [round((f * alpha + g * (255 - alpha)) / 255) for f, g in over]
    assert count["background"] is True and count["getBackgroundColor"] == [*shown, 255]
    assert count["getColor"] == [255, 255, 255, 255]
    assert 1.05 / (_luminance(shown) + 0.05) >= 4.5


def test_events_use_the_gpu_time_filter_and_names_sit_on_top():
    spec = deck_json(build_deck(_state()))
    layers = {layer["id"]: layer for layer in spec["layers"]}
    for lid in ("events", "uncertainty"):
        assert {"@@type": "DataFilterExtension", "filterSize": 2} in layers[lid]["extensions"]
    ids = _ids(spec)
    assert ids.index("place-labels") > ids.index("uncertainty")  # a circle never covers a name
    assert ids.index("place-labels") > ids.index("events")


def test_events_payload_is_the_protocol_s_columns(store, payload):
    header, body = read_container(payload.data)
    t = pa.ipc.open_stream(body).read_all()  # as sent, before the page expands the looks
    assert conforms(header, P.EventsHeader) == []
    assert header["n"] == t.num_rows == len(EXPECTED)
    assert set(t.column_names) == {*P.EVENT_COLUMNS, "title"}
    for name, (kind, size) in P.EVENT_COLUMNS.items():
        field = t.schema.field(name).type
        value = field.value_type if size > 1 else field
        assert str(value) == {"float32": "float", "int32": "int32"}.get(kind, kind), name
        assert size == 1 or field.list_size == size
    assert header["statuses"] == list(style.MARK_STYLES)
    # Marks share a few looks: each is sent once, each event names its own.
    looks = [repr(sorted(lk.items())) for lk in header["looks"]]
    assert len(set(looks)) == len(looks)
    assert set(np.asarray(t["look"]).tolist()) == set(range(len(looks)))


def test_draw_order_puts_larger_rings_first(payload):
    _, t = read_events(payload.data)
    radius = np.asarray(t["radius"])
    assert (np.diff(radius) <= 0).all()
    assert (payload.draw_index[payload.draw_order] == np.arange(len(radius))).all()


def test_flags_and_dates_travel_with_each_event(store, payload):
    header, t = read_events(payload.data)

    def row(event_id: str) -> int:
        return int(payload.draw_index[store.position(event_id)])

    assert t["flags"][row("ev-funding")].as_py() & P.FLAG["contested"]
    assert t["flags"][row("ev-own")].as_py() & P.FLAG["own_coordinates"]
    assert t["flags"][row("ev-camp")].as_py() & P.FLAG["alone"]
    assert not t["flags"][row("ev-base")].as_py() & P.FLAG["alone"]
    assert header["statuses"][t["status"][row("ev-camp")].as_py()] == "denied"
    assert t["precision_m"][row("ev-camp")].as_py() == 20000
    # An open start or end is flagged, never sent as a date to print.
    assert t["date_precision"][row("ev-camp")].as_py() & 3 == P.DATE_PRECISION["open_start"]
    assert t["date_precision"][row("ev-base")].as_py() & P.DATE_PRECISION["open_end"]
    # An event the sources give no place for has no position: nothing to draw.
    assert all(np.isnan(t["xy"][row("ev-nowhere-1")].values.to_numpy()))
    site = header["sites"][t["site"][row("ev-meeting")].as_py()]
    assert site["id"] == "province" and site["geo_precision"] == 3 and site["polygons"]


def test_mask_payload_is_bits_in_draw_order(store, payload):
    mask = store.attribute_mask(Filters(categories=("base", "funding")), None)
    bits = read_bits(mask_payload(payload, mask, "m1"))
    assert bits.sum() == mask.sum() == 2
    assert (bits == mask[payload.draw_order]).all()
    header, body = read_container(mask_payload(payload, mask, "m1"))
    assert conforms(header, P.MaskHeader) == []
    assert len(body) == (len(EXPECTED) + 7) // 8


def test_letters_payload_lists_only_shared_places(store, data, payload):
    shown = np.array([store.position(e) for e in ("ev-base", "ev-funding", "ev-camp")])
    version, body = letters_payload(payload, shown, data.marks.alone)
    header, _ = read_container(body)
    assert conforms(header, P.LettersHeader) == []
    listed = payload.draw_order[read_letters(body)]
    assert sorted(store.dataset.events["event_id"].to_numpy()[listed]) == ["ev-base", "ev-funding"]
    assert version != letters_payload(payload, shown[:1], data.marks.alone)[0]


def test_reference_payload_holds_the_basemap(store):
    header, body = read_container(reference_payload(store.dataset.reference, "r1"))
    assert conforms(header, P.ReferenceHeader) == [] and body == b""
    assert {"countries", "borders", "districts", "rivers", "lakes"} <= set(header["layers"])
    assert header["layers"]["countries"]["type"] == "FeatureCollection"


def test_a_click_on_the_map_selects_what_was_clicked(store, payload):
    events = store.dataset.events
    camp = int(payload.draw_index[store.position("ev-camp")])
    pick = {"kind": "event", "index": camp, "version": payload.version}
    assert resolve_pick(pick, payload, events) == ("ev-camp", "camp")
    site = {"kind": "site", "index": payload.site_ids.index("valley"), "version": payload.version}
    assert resolve_pick(site, payload, events) == (None, "valley")
    assert resolve_pick({"kind": "none", "version": payload.version}, payload, events) == (
        None,
        None,
    )
    # A click on a map drawn from other data, or nonsense, selects nothing.
    assert resolve_pick({**pick, "version": "old"}, payload, events) is None
    assert resolve_pick({**pick, "index": 10_000}, payload, events) is None
    assert resolve_pick({**pick, "index": "1"}, payload, events) is None
    assert resolve_pick("event", payload, events) is None


def test_the_typescript_protocol_is_generated_from_the_python_one():
    assert TS_FILE.read_text(encoding="utf-8") == typescript(), (
        "frontend/src/protocol.gen.ts is stale: run `python -m dashboard.render.map.codegen`"
    )


def test_conforms_finds_a_renamed_or_mistyped_field(store, data, payload):
    view = replace(default_view(store), event="ev-funding")
    scene = build_scene(store, data, view, build_frame(view))
    spec = map_spec(
        scene,
        view,
        payload,
        data.marks,
        reference="r",
        mask=None,
        letters=None,
        span=store.span(),
        seq=0,
        drawn_layers=(),
        extent=(66.5, 35.5, 76.5, 40.5),
    )
    assert conforms(spec, P.MapSpec) == []
    renamed = {("selected" if k == "selection" else k): v for k, v in spec.items()}
    assert "missing field 'selection'" in " ".join(conforms(renamed, P.MapSpec))
    assert conforms({**spec, "selection": None, "window": ["2019"]}, P.MapSpec)
    assert len([e for e in EXPECTED if e in PLACED]) == len(scene.drawn)


def test_each_name_says_where_its_box_lies_around_its_point(store, data):
    """The page lets a name give way to a count per area it would cover (counts follow the
    live window, so only the page knows them): it needs each name's box as placed, in px
    from the name's point, so that it holds wherever the point is drawn."""
    view = replace(default_view(store), lat=38.0, lon=73.5, zoom=7.0)
    frame = build_frame(view)
    labels = [lb for lb in build_scene(store, data, view, frame).labels if lb.placed]
    specs = label_specs(labels, frame)
    assert {"place", "country"} <= {s["kind"] for s in specs}
    assert len(specs) == len(labels)
    for spec, label in zip(specs, labels, strict=True):
        x, y = frame.project(*spec["position"])
        left, top, right, bottom = spec["extent"]
        b = label.box  # in whole pixels, never smaller
        assert x + left <= b[0] < x + left + 1 and y + top <= b[1] < y + top + 1
        assert x + right - 1 < b[2] <= x + right and y + bottom - 1 < b[3] <= y + bottom
        if spec["anchor"] == "start":  # set right of its dot: the box starts past the point
            assert left > 0
        assert right - left > 0 and bottom - top >= spec["size"]


def build_frame(view):
    from dashboard.scene.frame import Frame

    return Frame(view.lon, view.lat, view.zoom, 900, 500)

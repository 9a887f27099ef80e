"""The map as data: the pydeck spec (layers, look, no data) and the payloads the component
receives once per data version (binary events, masks, basemap), and how a click on the
map is read back."""

from __future__ import annotations

import itertools
import json
from datetime import date

import numpy as np
import pytest

from conftest import REPO
from dashboard.render.map.deck import build_deck, deck_json
from dashboard.render.map.payload import (
    CONTESTED,
    RING_CAP,
    TITLE_LIMIT,
    events_payload,
    mask_payload,
    read_container,
    read_events,
    read_mask,
    reference_payload,
    resolve_pick,
    rings,
)
from dashboard.scene import style
from dashboard.store.embedded import open_store
from dashboard.store.filters import Filters
from dashboard.view.state import DEFAULT_LAYERS, Context

SPAN = (date(2005, 1, 1), date(2022, 12, 31))


@pytest.fixture(scope="module")
def store():
    return open_store(REPO)


@pytest.fixture(scope="module")
def payload(store):
    return events_payload(store)


@pytest.fixture(scope="module")
def table(payload):
    return read_events(payload.data)


def _ids(spec: dict) -> list[str]:
    return [layer["id"] for layer in spec["layers"]]


def test_deck_is_offline_with_explicit_ids_and_no_data():
    spec = deck_json(build_deck(Context(SPAN).default_state()))
    ids = _ids(spec)
    assert len(ids) == len(set(ids)) and all(ids)
    assert "mapStyle" not in spec and "mapProvider" not in spec
    assert all(str(layer["data"]).startswith("dashboard:") for layer in spec["layers"])
    assert len(json.dumps(spec)) < 20_000  # the same few kilobytes whatever the data


@pytest.mark.parametrize(
    ("layers", "present", "absent"),
    [
        (DEFAULT_LAYERS, {"uncertainty", "events", "ref-place-labels"}, {"ref-districts"}),
        (("bases", "districts"), {"ref-districts", "events"}, {"uncertainty", "ref-place-labels"}),
        ((), {"events", "areas"}, {"uncertainty", "ref-places"}),
    ],
)
def test_context_layers_follow_the_toggles(layers, present, absent):
    state = Context(SPAN).default_state()
    ids = set(_ids(deck_json(build_deck(state.__class__(**{**state.__dict__, "layers": layers})))))
    assert present <= ids
    assert not (absent & ids)


def test_as_of_adds_a_faded_layer_under_the_events():
    state = Context(SPAN).default_state()
    asof = state.__class__(**{**state.__dict__, "mode": "asof"})
    ids = _ids(deck_json(build_deck(asof)))
    assert ids.index("events-faded") < ids.index("events")
    assert "events-faded" not in _ids(deck_json(build_deck(state)))


def test_events_use_the_gpu_time_filter():
    layers = {
        lyr["id"]: lyr for lyr in deck_json(build_deck(Context(SPAN).default_state()))["layers"]
    }
    for lid in ("events", "uncertainty"):
        assert {"@@type": "DataFilterExtension", "filterSize": 2} in layers[lid]["extensions"]


def test_events_payload_is_typed_columns(store, payload, table):
    header, t = table
    assert header["n"] == len(store.dataset.events) == t.num_rows == 19
    assert t.schema.field("xy").type.list_size == 2
    assert str(t.schema.field("xy").type.value_type) == "float"
    assert {"category", "status", "ring", "flags", "site", "area", "title"} <= set(t.column_names)
    assert header["titles"] is True and TITLE_LIMIT >= 100_000
    # Colours and labels travel once, in the header, from the one palette.
    cats = {c["id"]: c for c in header["categories"]}
    assert tuple(cats["base"]["color"]) == style.CATEGORY_COLORS["base"]
    statuses = {s["id"]: s for s in header["statuses"]}
    assert statuses["planned"]["fill_alpha"] == 0  # planned: outline only
    assert statuses["denied"]["line"] == [20, 20, 20]  # denied: dark outline


def test_draw_order_puts_larger_rings_first(payload, table):
    _, t = table
    ring = np.asarray(t["ring"])
    assert (np.diff(ring.astype(int)) <= 0).all()
    assert sorted(payload.draw_order.tolist()) == list(range(len(ring)))
    assert (payload.draw_index[payload.draw_order] == np.arange(len(ring))).all()


def test_rings_at_one_place_do_not_hide_each_other(store):
    ev = store.dataset.events
    ring = rings(store)
    at_tj = ev["site_id"].astype("object").to_numpy() == "tajikistan"
    radii = ring[at_tj]
    assert len(set(radii)) == len(radii) == at_tj.sum()  # one ring each
    # Across layers: earlier layer groups hold the larger rings.
    order = ["bases", "exercises", "agreements", "reports", "located"]
    by_layer: dict[str, list[int]] = {}
    for layer, r in zip(ev["layer"][at_tj], radii, strict=True):
        by_layer.setdefault(layer, []).append(int(r))
    layers = sorted(by_layer, key=order.index)
    for a, b in itertools.pairwise(layers):
        assert min(by_layer[a]) > max(by_layer[b])
    assert ring.max() <= RING_CAP


def test_uncertainty_and_contested_travel_with_each_event(store, payload, table):
    header, t = table
    shaymak = store.position("2016-shaymak-facility")
    i = int(payload.draw_index[shaymak])
    assert t["precision_m"][i].as_py() == 15000
    assert t["flags"][i].as_py() & CONTESTED
    site = header["sites"][t["site"][i].as_py()]
    assert site["id"] == "shaymak-facility" and site["polygons"] is None
    tj = next(s for s in header["sites"] if s["id"] == "tajikistan")
    assert tj["geo_precision"] == 3 and tj["polygons"]  # drawn as a dashed outline
    area = header["areas"][t["area"][i].as_py()]
    assert area.startswith("Murghob District")


def test_contested_and_denied_are_drawn_apart_from_reported(store, payload, table):
    header, t = table

    def mark(event_id: str) -> str:
        i = int(payload.draw_index[store.position(event_id)])
        return header["statuses"][t["status"][i].as_py()]["id"]

    assert mark("2021-wakhan-base-funding") == "contested"  # two amounts
    assert mark("2016-shaymak-facility") == "denied"
    assert mark("2019-washington-post-report") == "reported"
    styles = {s["id"]: s for s in header["statuses"]}
    assert styles["contested"]["line"] != styles["reported"]["line"]
    # An open start or end is flagged, never sent as a precise date to print.
    shaymak = int(payload.draw_index[store.position("2016-shaymak-facility")])
    assert t["date_precision"][shaymak].as_py() == 3  # start not given | ends to the day
    murghab = int(payload.draw_index[store.position("2016-pap-troops-murghab")])
    assert t["date_precision"][murghab].as_py() == 2 | (3 << 2) | 16  # 2016, end open
    # An event the sources give no place for has no position: nothing to draw.
    drills = int(payload.draw_index[store.position("2019-joint-drills")])
    assert all(np.isnan(t["xy"][drills].values.to_numpy()))


def test_mask_payload_is_bits_in_draw_order(store, payload):
    mask = store.attribute_mask(Filters(categories=("base", "funding")), None)
    bits = read_mask(mask_payload(payload, mask, "m1"))
    assert bits.sum() == mask.sum() == 3
    assert (bits == mask[payload.draw_order]).all()
    header, body = read_container(mask_payload(payload, mask, "m1"))
    assert header == {"kind": "mask", "version": "m1", "events": payload.version, "n": 19}
    assert len(body) == 3  # 19 events: three bytes


def test_reference_payload_holds_the_basemap(store):
    header, body = read_container(reference_payload(store.dataset.reference, "r1"))
    assert header["kind"] == "reference" and body == b""
    assert {"countries", "borders", "districts", "places", "country_labels"} <= set(
        header["layers"]
    )
    assert header["layers"]["countries"]["type"] == "FeatureCollection"


def test_a_click_on_the_map_selects_what_was_clicked(store, payload):
    events = store.dataset.events
    shaymak = int(payload.draw_index[store.position("2016-shaymak-facility")])
    pick = {"kind": "event", "index": shaymak, "version": payload.version}
    assert resolve_pick(pick, payload, events) == ("2016-shaymak-facility", "shaymak-facility")
    site = payload.site_ids.index("wakhan-mvd-base")
    assert resolve_pick(
        {"kind": "site", "index": site, "version": payload.version}, payload, events
    ) == (
        None,
        "wakhan-mvd-base",
    )
    assert resolve_pick({"kind": "none", "version": payload.version}, payload, events) == (
        None,
        None,
    )
    # A click on a map drawn from other data, or nonsense, selects nothing.
    assert resolve_pick({**pick, "version": "old"}, payload, events) is None
    assert resolve_pick({**pick, "index": 10_000}, payload, events) is None
    assert resolve_pick({**pick, "index": "1"}, payload, events) is None
    assert resolve_pick("event", payload, events) is None

"""Map building as data: layer ids, what each layer holds, uncertainty and selection."""

import itertools
import json
from datetime import date

import pytest

from dashboard.core.dataset import load_dataset
from dashboard.core.timefilter import filter_time
from dashboard.core.urlstate import DEFAULT_LAYERS, Context, ViewState
from dashboard.mapview.deck import build_deck
from dashboard.mapview.layers import event_layers, marker_records, prepare_reference


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


@pytest.fixture(scope="module")
def reference(ds):
    return prepare_reference(ds.reference)


def _spec(deck) -> dict:
    return json.loads(deck.to_json())


def _all(ds):
    return filter_time(ds.events, date(2005, 1, 1), date(2022, 12, 31), "window")


def test_deck_is_offline_with_explicit_ids(ds, reference):
    state = Context((date(2005, 1, 1), date(2022, 12, 31))).default_state()
    spec = _spec(build_deck(_all(ds), reference, state))
    ids = [layer["id"] for layer in spec["layers"]]
    assert len(ids) == len(set(ids)) and all(ids)
    assert not str(spec.get("mapStyle") or "").startswith("http")


def test_online_basemap_only_when_switched_on(ds, reference):
    state = Context((date(2005, 1, 1), date(2022, 12, 31))).default_state()
    url = "https://tiles.example.org/style.json"
    assert _spec(build_deck(_all(ds), reference, state, online_style=url)).get("mapStyle") != url
    on = ViewState(**{**state.__dict__, "tiles": True})
    assert _spec(build_deck(_all(ds), reference, on, online_style=url))["mapStyle"] == url


@pytest.mark.parametrize(
    ("layers", "present", "absent"),
    [
        (DEFAULT_LAYERS, {"bases-markers", "exercises-areas", "uncertainty-radius"}, set()),
        (("bases",), {"bases-markers", "bases-areas"}, {"exercises-markers", "uncertainty-radius"}),
        (
            ("exercises", "uncertainty"),
            {"exercises-markers"},
            {"uncertainty-radius", "bases-markers"},
        ),
        ((), set(), {"bases-markers", "agreements-markers", "uncertainty-radius"}),
    ],
)
def test_layer_toggles(ds, layers, present, absent):
    ids = {layer.id for layer in event_layers(_all(ds), layers)}
    assert present <= ids
    assert not (absent & ids)


def test_guessed_point_gets_its_uncertainty_radius(ds):
    [layer] = [x for x in event_layers(_all(ds), DEFAULT_LAYERS) if x.id == "uncertainty-radius"]
    [circle] = layer.data
    assert circle["site_id"] == "shaymak-facility"
    assert circle["radius_m"] == 15000


def test_region_only_places_are_dashed_outlines(ds):
    layers = {x.id: x for x in event_layers(_all(ds), DEFAULT_LAYERS)}
    areas = {rec["site_id"]: rec for rec in layers["exercises-areas"].data}
    assert areas["tajikistan"]["dash"] != [0, 0]
    assert areas["tajikistan"]["fill"][3] == 0
    wakhan = next(r for r in layers["bases-areas"].data if r["site_id"] == "wakhan-mvd-base")
    assert wakhan["dash"] == [0, 0] and wakhan["fill"][3] > 0


def test_rings_at_one_place_do_not_hide_each_other(ds):
    recs = marker_records(_all(ds).assign(faded=False))
    at_tj = [r for r in recs if r["site_id"] == "tajikistan"]
    radii = [r["radius"] for r in at_tj]
    assert len(set(radii)) == len(radii)  # one ring each
    # Drawing order across layers: earlier layers hold the larger rings.
    order = ["bases", "exercises", "agreements", "reports", "located"]
    by_layer = {}
    for r in at_tj:
        by_layer.setdefault(r["layer"], []).append(r["radius"])
    layers = sorted(by_layer, key=order.index)
    for a, b in itertools.pairwise(layers):
        assert min(by_layer[a]) > max(by_layer[b])


def test_status_is_drawn(ds):
    recs = {r["event_id"]: r for r in marker_records(_all(ds).assign(faded=False))}
    assert recs["2021-10-wakhan-mvd-base"]["fill"][3] == 0  # planned: outline only
    assert recs["2016-shaymak-facility"]["line"][:3] == [20, 20, 20]  # denied: dark outline
    assert recs["2019-joint-drills"]["fill"][3] > 200  # official: solid
    assert "contested" in recs["2016-shaymak-facility"]["tip_what"]


def test_selection_layer(ds):
    ids = {x.id for x in event_layers(_all(ds), DEFAULT_LAYERS, selected_event="2019-joint-drills")}
    assert "selection" in ids
    ids = {x.id for x in event_layers(_all(ds), DEFAULT_LAYERS, selected_site="wakhan-mvd-base")}
    assert "selection-area" in ids


def test_tooltip_is_text_only(ds, reference):
    state = Context((date(2005, 1, 1), date(2022, 12, 31))).default_state()
    deck = build_deck(_all(ds), reference, state)
    assert set(deck._tooltip) == {"text"}

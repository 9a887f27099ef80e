"""Reading the map component as data in AppTest: the spec the map mount carries, and the
events it draws, decoded from the payload bytes exactly as sent to the browser.

``drawn`` applies the same rule as the component's GPU filter (frontend/src/compute.ts,
``shown``): an event is drawn when its mask bit is set, it starts by the window's end
and, in window mode, ends on or after its start.
"""

from __future__ import annotations

import json
from functools import cache

import numpy as np
from streamlit.testing.v1 import AppTest

from dashboard import config
from dashboard.render.map.payload import events_payload, read_bits, read_events
from dashboard.scene.build import SceneData
from dashboard.store.embedded import open_store


def element(at: AppTest, key: str):
    found = [e for e in at.get("bidi_component") if e.key == key]
    assert found, f"no component mounted with key {key!r}"
    return found[0]


def map_spec(at: AppTest) -> dict:
    return json.loads(element(at, "map").proto.json)


def deck(at: AppTest) -> dict:
    return map_spec(at)["deck"]


def layer_ids(at: AppTest) -> set[str]:
    return {layer["id"] for layer in deck(at)["layers"]}


@cache
def _store_and_order(directory: str, version: str):
    store = open_store(directory)
    return store, events_payload(store, SceneData.of(store)).draw_order


def drawn(at: AppTest) -> dict[str, bool]:
    """event id -> faded, for every event the map draws (given the spec's window)."""
    spec = map_spec(at)
    header, table = read_events(element(at, "map-events").proto.bytes)
    assert header["version"] == spec["events"]
    t = np.asarray(table["t"].combine_chunks().flatten()).reshape(-1, 2)
    mask = np.ones(len(t), dtype=bool)
    if spec["mask"]:
        mask = read_bits(element(at, "map-mask").proto.bytes)
    lo, hi = spec["window"]
    # An event with no place has no position (NaN): the map never draws it.
    xy = np.asarray(table["xy"].combine_chunks().flatten()).reshape(-1, 2)
    begun = mask & (t[:, 0] <= hi) & np.isfinite(xy).all(axis=1)
    shown = begun if spec["mode"] == "asof" else begun & (t[:, 1] >= lo)
    faded = shown & (t[:, 1] < lo)
    store, order = _store_and_order(str(config.data_dir()), header["version"])
    ids = store.dataset.events["event_id"].to_numpy()[order]
    return {str(i): bool(f) for i, f in zip(ids[shown], faded[shown], strict=True)}

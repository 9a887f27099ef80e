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
from streamlit.components.v2.bidi_component.main import _make_trigger_id
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest

from dashboard import config
from dashboard.render.map.payload import events_payload, read_bits, read_container, read_events
from dashboard.scene.build import SceneData
from dashboard.scene.frame import DEFAULT_SIZE
from dashboard.store.embedded import open_store


def element(at: AppTest, key: str):
    found = [e for e in at.get("bidi_component") if e.key == key]
    assert found, f"no component mounted with key {key!r}"
    return found[0]


def keep_payloads() -> None:
    """Make every AppTest keep the data mounts' bytes it was sent, as the page does
    (frontend/src/index.ts): a later run's mount names the version it keeps
    (``protocol.HeldSpec``) instead of sending the bytes again."""
    run = AppTest._run

    def run_and_keep(self, *args, **kwargs):
        out = run(self, *args, **kwargs)
        kept = self.__dict__.setdefault("kept_payloads", {})
        for e in self.get("bidi_component"):
            if e.proto.bytes:
                header, _ = read_container(e.proto.bytes)
                kept[(header["kind"], header["version"])] = e.proto.bytes
        return out

    AppTest._run = run_and_keep


def trigger(at: AppTest, key: str, name: str, value) -> AppTest:
    """Run the page again as after component mount ``key`` fired trigger ``name`` with
    ``value`` (what the browser sends: the mount's trigger list, as JSON)."""
    states = at._tree.get_widget_states()
    states.widgets.append(
        WidgetState(
            id=_make_trigger_id(element(at, key).proto.id, "events"),
            json_trigger_value=json.dumps([{"event": name, "value": value}]),
        )
    )
    return at._run(states)


def report(at: AppTest, key: str, name: str, value) -> AppTest:
    """Run the page again as after component mount ``key`` set its state ``name`` to
    ``value`` (what the browser sends: the mount's whole state, as JSON)."""
    states = at._tree.get_widget_states()
    mount = element(at, key).proto.id
    old = [w for w in states.widgets if w.id == mount]
    state = json.loads(old[0].json_value) if old and old[0].json_value else {}
    others = [w for w in states.widgets if w.id != mount]
    del states.widgets[:]
    states.widgets.extend(others)
    states.widgets.append(WidgetState(id=mount, json_value=json.dumps({**state, name: value})))
    return at._run(states)


def report_frame(at: AppTest, width: int = DEFAULT_SIZE[0], height: int = DEFAULT_SIZE[1]):
    """Run the page again as after its map reported drawing the spec's view in a canvas
    of ``width`` x ``height`` (``protocol.FrameReport``)."""
    view = map_spec(at)["view"]
    place = {k: view[k] for k in ("latitude", "longitude", "zoom")}
    return report(at, "map", "frame", {"width": width, "height": height, **place, "view": place})


def payload(at: AppTest, key: str) -> bytes:
    """The bytes data mount ``key`` gives the page in the last run: sent in it, or kept
    from an earlier run."""
    proto = element(at, key).proto
    if proto.bytes:
        return proto.bytes
    held = json.loads(proto.json)
    return at.kept_payloads[(held["kind"], held["held"])]


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
    header, table = read_events(payload(at, "map-events"))
    assert header["version"] == spec["events"]
    t = np.asarray(table["t"].combine_chunks().flatten()).reshape(-1, 2)
    mask = np.ones(len(t), dtype=bool)
    if spec["mask"]:
        mask = read_bits(payload(at, "map-mask"))
    lo, hi = spec["window"]
    # An event with no place has no position (NaN): the map never draws it.
    xy = np.asarray(table["xy"].combine_chunks().flatten()).reshape(-1, 2)
    begun = mask & (t[:, 0] <= hi) & np.isfinite(xy).all(axis=1)
    shown = begun if spec["mode"] == "asof" else begun & (t[:, 1] >= lo)
    faded = shown & (t[:, 1] < lo)
    store, order = _store_and_order(str(config.data_dir()), header["version"])
    ids = store.dataset.events["event_id"].to_numpy()[order]
    return {str(i): bool(f) for i, f in zip(ids[shown], faded[shown], strict=True)}

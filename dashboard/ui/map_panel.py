"""The map: the bundled deck.gl component, its data mounts and its spec.

The component (``frontend/`` → ``dashboard/frontend/map.js``) is mounted up to five
times: *data* mounts carry the basemap, the events, the filter mask and the letters of
the view as bytes, sent once per version to a page (after that the mount names the
version the page keeps: ``protocol.HeldSpec``); the *map* mount carries the small JSON
spec of the view's scene. A page's first spec carries a picture of the scene
(``render.briefing.picture``) and then mounts before the data: the page shows it while
the data arrive and WebGL compiles. What the user does on the map comes back
through callbacks: a pick, the window after a drag on the time brush, the view after a
pan or zoom, the canvas size (the frame the next scene is placed in), and Esc on a slide.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

import numpy as np
import streamlit as st

from dashboard.render.map import protocol as P
from dashboard.render.map.payload import (
    EventsPayload,
    events_payload,
    letters_payload,
    mask_payload,
    payload_arrays,
    payload_of_arrays,
    reference_payload,
    resolve_pick,
)
from dashboard.render.map.spec import map_spec
from dashboard.scene.build import Scene, SceneData, build_scene
from dashboard.scene.cache import BudgetCache
from dashboard.scene.frame import DEFAULT_SIZE, Frame, clamp_size
from dashboard.scene.text import UNCOVERED_NOTE
from dashboard.store.kept import kept_or_made
from dashboard.store.query import Query, ViewStore
from dashboard.ui import state as S
from dashboard.ui.map_component import MAP_COMPONENT, MAP_LOADER
from dashboard.view.state import ViewState

MAP_KEY = "map"
PREPARE_KEY = "map-prepare"
# Scenes kept per process (shared by every session), enough for reruns that change
# nothing and a few views back: by their bytes (~70 MB each at a million events, so
# two), and at most SCENES of them.
SCENES = 8
SCENE_BUDGET = 160_000_000
FRAME_KEY = "map_frame"  # the canvas size the component last reported
HELD_KEY = "map_held"  # data mount key -> the version of its bytes this page was sent
RUN_KEY = "map_runs"  # runs that mounted the map's data, for HeldSpec.run
PICTURE_KEY = "map_picture_sent"  # this page was sent its picture

# The mounts that show nothing: the map's preparation and its data, each by its kind.
DATA_KEYS = {kind: f"map-{kind}" for kind in ("mask", "letters", "reference", "events")}
# They are out of the page's flow from their first render: their zero height would
# still take a gap of the page's layout, and the title would move once the map's script
# came. So this rule comes with the component's definition, not with the script.
_HIDDEN = (
    ", ".join(f".st-key-{key}" for key in (PREPARE_KEY, *DATA_KEYS.values()))
    + " { position: absolute !important; width: 0; height: 0; overflow: hidden; }\n"
)
# No shadow root: the map's DOM is part of the page (tests and accessibility checks
# read it like the rest); its styles are scoped by class names (frontend/src/style.ts).
_component = st.components.v2.component(
    MAP_COMPONENT, js=MAP_LOADER, css=_HIDDEN, isolate_styles=False
)


@st.cache_resource(show_spinner=False, max_entries=2)
def scene_data(version: str, _store: ViewStore) -> SceneData:
    """The marks of a data version (shared by every session; kept on disk for a
    restart over the same data)."""
    return kept_or_made(
        _store.kept,
        "scene",
        version,
        lambda: SceneData.of(_store),
        SceneData.arrays,
        partial(SceneData.of_arrays, version),
    )


@st.cache_resource(show_spinner=False)
def _scenes() -> BudgetCache:
    return BudgetCache(SCENE_BUDGET, SCENES)


def view_scene(
    version: str, v: ViewState, frame: Frame, furniture: bool, store: ViewStore
) -> Scene:
    """The scene of view ``v`` in ``frame``, built once per data version, view and frame:
    a rerun that changes none of them (a download, a rerun of another widget, a second
    visitor of the same link) walks no events. Shared by every session: never changed."""
    return _scenes().get(
        (version, v, frame, furniture),
        lambda: build_scene(store, scene_data(version, store), v, frame, furniture=furniture),
    )


@st.cache_resource(show_spinner=False, max_entries=2)
def _events(version: str, _store: ViewStore) -> EventsPayload:
    return kept_or_made(
        _store.kept,
        "events",
        version,
        lambda: events_payload(_store, scene_data(version, _store)),
        payload_arrays,
        partial(payload_of_arrays, version),
    )


def _ref(version: str) -> str:
    """The reference layers' version of data version ``version``."""
    return "ref-" + version


@st.cache_resource(show_spinner=False, max_entries=2)
def _reference(version: str, _store: ViewStore) -> bytes:
    settings = _store.dataset.settings
    return reference_payload(_store.dataset.reference, _ref(version), settings.focus_country)


@st.cache_resource(show_spinner=False, max_entries=8)
def _mask(key: str, _payload: EventsPayload, _mask: np.ndarray) -> bytes:
    return mask_payload(_payload, _mask, key)


@dataclass(frozen=True)
class MapData:
    """The events payload of the current data version (its bytes made when first sent;
    for picks: the draw order) and its scene data."""

    events: EventsPayload
    scene: SceneData


def map_data(store: ViewStore) -> MapData:
    return MapData(_events(store.version, store), scene_data(store.version, store))


def first_frame(v: ViewState) -> Frame:
    """The frame of a page's first scene of view ``v``: its canvas has not said its size."""
    return Frame(v.lon, v.lat, v.zoom, *DEFAULT_SIZE)


def workspace_frame(v: ViewState) -> Frame:
    """The frame of the page's map: what the browser reported drawing for this view (it
    keeps the map on the region, so the drawn centre may differ), else this view in the
    canvas size last reported."""
    report = st.session_state.get(FRAME_KEY)
    if report is None:
        return first_frame(v)
    frame, drawn_for = report
    if drawn_for == (v.lat, v.lon, v.zoom):
        return frame
    return Frame(v.lon, v.lat, v.zoom, frame.width, frame.height)


def _state(name: str):
    return (st.session_state.get(MAP_KEY) or {}).get(name)


def _on_pick(store: ViewStore, data: MapData) -> None:
    picked = resolve_pick(_state("pick"), data.events, store.dataset.events)
    if picked is not None:
        S.select(*picked, source="map")


def _on_window() -> None:
    window = _state("window")
    if not isinstance(window, dict):
        return
    try:
        start, end = date.fromisoformat(window["start"]), date.fromisoformat(window["end"])
    except (KeyError, TypeError, ValueError):
        return
    S.set_window(start, end)


def _on_view() -> None:
    view = _state("view")
    if isinstance(view, dict):
        S.set_map_view(view.get("latitude"), view.get("longitude"), view.get("zoom"))


def _on_frame() -> None:
    """The browser's map reported what it draws (``protocol.FrameReport``)."""
    report = _state("frame")
    if not isinstance(report, dict) or not isinstance(report.get("view"), dict):
        return
    size = clamp_size(report.get("width"), report.get("height"))
    try:
        drawn = [float(report[k]) for k in ("latitude", "longitude", "zoom")]
        view = report["view"]
        drawn_for = tuple(float(view[k]) for k in ("latitude", "longitude", "zoom"))
    except (KeyError, TypeError, ValueError):
        return
    if size is None or not all(map(math.isfinite, [*drawn, *drawn_for])):
        return
    st.session_state[FRAME_KEY] = (Frame(drawn[1], drawn[0], drawn[2], *size), drawn_for)


def _send(key: str, kind: str, version: str, payload: Callable[[], bytes], run: int) -> None:
    """Mount data mount ``key`` with its bytes the first time this page needs
    ``version``, after that with a ``HeldSpec`` naming it: Streamlit would otherwise
    hash and serialise the bytes on every rerun (33 MB of events at a million) only to
    send a reference to them. The version counts as sent only once the mount returned
    (a run interrupted there sends it again), and a ``HeldSpec`` carries the run's number
    so the page checks it on every rerun: one whose bytes were lost on the way (a run
    cut short) says so and is sent them again."""
    held = st.session_state.setdefault(HELD_KEY, {})
    sent = held.get(key) == version
    data = P.HeldSpec(held=version, kind=kind, run=run) if sent else payload()
    _component(key=key, data=data, height=0, on_missing_change=lambda: held.pop(key, None))
    held[key] = version


def prepare_map() -> None:
    """Mount the map's preparation (``protocol.PrepareSpec``), first in every run of a
    page: on a first visit the browser loads the map's code while the server is still
    busy with the data (a started server's first visitor waits seconds for them at a
    million events), not after they come."""
    _component(key=PREPARE_KEY, data=P.PrepareSpec(prepare=True), height=0)


@st.cache_resource(show_spinner=False, max_entries=8)
def _picture(version: str, v: ViewState, _store: ViewStore) -> str | None:
    """View ``v``'s picture as a data URL (shared by every session), or None.
    matplotlib is imported here, by the first page that needs a picture, not with the page."""
    from dashboard.render.briefing.picture import map_picture, picture_frame

    scene = view_scene(version, v, picture_frame(v.lon, v.lat, v.zoom), False, _store)
    return map_picture(_store.dataset, scene, scene_data(version, _store).marks, set(v.layers))


def _first_picture(store: ViewStore, v: ViewState, scene: Scene) -> str | None:
    """A picture for a page's first spec (the page shows its first one only), unless its
    own scene is too full to draw (aggregated) or the page has reported its canvas."""
    sent = st.session_state.get(PICTURE_KEY)
    if sent or st.session_state.get(FRAME_KEY) is not None or scene.aggregated:
        return None
    st.session_state[PICTURE_KEY] = True
    try:
        return _picture(store.version, v, store)
    except Exception:  # it only stands in for the map: it must never cost the page its map
        logging.getLogger(__name__).exception("no picture of the map")
        return None


def warm_reference(store: ViewStore) -> None:
    """Make the reference layers' bytes a page's map is sent, before a page asks."""
    _reference(store.version, store)


def warm_map(store: ViewStore, v: ViewState, scene: Scene) -> None:
    """Make what a page's first map of view ``v`` (drawing ``scene``) is sent, before a
    page asks: the events' bytes and the picture (``warm_reference``: the rest)."""
    _ = map_data(store).events.data
    if not scene.aggregated:
        _picture(store.version, v, store)


def picture_of(version: str, v: ViewState) -> str:
    """What a picture shows: data version and view (a spec of another view retires it)."""
    return hashlib.sha1(repr((version, v)).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class _Mount:
    kind: str  # protocol.HeldSpec's kind
    version: str
    payload: Callable[[], bytes]

    @property
    def key(self) -> str:
        return DATA_KEYS[self.kind]


def _data_mounts(
    store: ViewStore, data: MapData, query: Query, scene: Scene
) -> tuple[list[_Mount], str | None, str]:
    """The data mounts of this run, and the mask's and the letters' versions."""
    mask = store.attribute_mask(query.filters, query.layers)
    mounts, mask_version = [], None
    if not mask.all():
        key = repr((query.filters, query.layers)).encode()
        mask_version = f"{store.version}-{hashlib.sha1(key).hexdigest()[:10]}"
        mask_bytes = partial(_mask, mask_version, data.events, mask)
        mounts.append(_Mount("mask", mask_version, mask_bytes))
    lettered = scene.drawn.positions[scene.drawn.lettered]
    letters_version, letters = letters_payload(data.events, lettered, data.scene.marks.alone)
    mounts += [
        _Mount("letters", letters_version, lambda: letters),
        _Mount("reference", _ref(store.version), partial(_reference, store.version, store)),
        _Mount("events", data.events.version, lambda: data.events.data),
    ]
    return mounts, mask_version, letters_version


def render_map(
    store: ViewStore,
    v: ViewState,
    query: Query,
    scene: Scene,
    slide: P.SlideSpec | None = None,
    skip: P.SkipSpec | None = None,
) -> None:
    """Mount the map for view ``v`` drawing ``scene`` (``query`` is the same view as the
    store asks it). With a ``slide``, the component lays the view over the window as a
    16:9 slide drawn from the scene of the slide's frame; with ``skip``, it moves the
    keyboard where the page's skip link says."""
    data = map_data(store)
    mounts, mask_version, letters_version = _data_mounts(store, data, query, scene)
    picture = None if slide else _first_picture(store, v, scene)
    settings = store.dataset.settings
    spec = map_spec(
        scene,
        v,
        data.events,
        data.scene.marks,
        reference=_ref(data.events.version),
        mask=mask_version,
        letters=letters_version,
        span=store.span(),
        seq=S.view_seq(),
        drawn_layers=settings.reference_layers,
        # The map keeps to the region (settings' region.bbox; by default the extent of
        # the reference data, beyond which there is nothing to draw).
        extent=settings.bbox,
        slide=slide,
        skip=skip,
        picture=picture,
        picture_of=picture_of(store.version, v),
    )
    # With a picture the spec goes first: the page shows it while the data arrive.
    # Without one the map can draw nothing before its data, and its spec first only
    # starts WebGL's work on the page's one thread while the data wait to be taken in
    # (a million events: the first frame 1.5 s later, measured with bench.first_draw).
    run = st.session_state[RUN_KEY] = st.session_state.get(RUN_KEY, 0) + 1

    def send_data() -> None:
        for m in mounts:
            _send(m.key, m.kind, m.version, m.payload, run)

    if picture is None:
        send_data()
    _mount_map(spec, store, data, slide)
    if picture is not None:
        send_data()


def _mount_map(spec: P.MapSpec, store: ViewStore, data: MapData, slide) -> None:
    _component(
        key=MAP_KEY,
        data=spec,
        width="stretch",
        # In presentation mode the slide is laid over the page (fixed to the window).
        height=1 if slide else "content",
        on_pick_change=lambda: _on_pick(store, data),
        on_window_change=_on_window,
        on_view_change=_on_view,
        on_frame_change=_on_frame,
        on_exit_change=lambda: S.update(present=False),
    )


def map_note(store: ViewStore, scene: Scene) -> str | None:
    """What the map does not show, under it and on the slide: events with no place, and
    a view no reference layer covers."""
    notes = [unplaced_note(store, scene), UNCOVERED_NOTE if scene.uncovered else None]
    return " ".join(n for n in notes if n) or None


def unplaced_note(store: ViewStore, scene: Scene) -> str | None:
    """'9 of the 19 events that match have no place…' (the settings' ``no_place.note``),
    or None when every one is drawn."""
    c = scene.counts
    if not c.no_place:
        return None
    return (
        f"{c.no_place:,} of the {c.matching:,} events that match "
        f"{store.dataset.settings.no_place_note}: "
        "they are in the list and on the timeline, not on the map."
    )

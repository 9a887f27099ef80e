"""The map: the bundled deck.gl component, its data mounts, its legend, and the slide of
presentation mode (which the component lays out to fill the browser window).

The component (``frontend/`` → ``dashboard/frontend/map.js``) is mounted four times:
three *data* mounts carry the basemap, the events and the filter mask as bytes, and are
re-sent only when their version changes (otherwise Streamlit sends a short reference to
the bytes the browser already has); the *map* mount carries the small JSON spec that
changes with every view. What the user does on the map comes back through callbacks:
a pick (an event or a site), the window after a drag on the time brush, and the view
after a pan or zoom.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import date

import numpy as np
import streamlit as st

from dashboard.contract.settings import ZOOM_RANGE
from dashboard.render.map.deck import build_deck, deck_json
from dashboard.render.map.payload import (
    EventsPayload,
    events_payload,
    mask_payload,
    reference_payload,
    resolve_pick,
)
from dashboard.scene import style
from dashboard.scene.legend import legend_groups
from dashboard.store.embedded import EmbeddedStore
from dashboard.store.query import Query, day_number
from dashboard.ui import state as S
from dashboard.view.state import ViewState

MAP_KEY = "map"
# Above this many events in view the map draws counts per area instead of each event.
AGGREGATE_ABOVE = 10_000

# No shadow root: the map's DOM is part of the page (tests and accessibility checks
# read it like the rest); its styles are scoped by class names (frontend/src/style.ts).
_component = st.components.v2.component("dashboard.map", js="map.js", isolate_styles=False)


@st.cache_resource(show_spinner=False, max_entries=2)
def _events(version: str, _store: EmbeddedStore) -> EventsPayload:
    return events_payload(_store)


@st.cache_resource(show_spinner=False, max_entries=2)
def _reference(version: str, _store: EmbeddedStore) -> bytes:
    return reference_payload(
        _store.dataset.reference, "ref-" + version, _store.dataset.settings.focus_country
    )


@st.cache_resource(show_spinner=False, max_entries=8)
def _mask(key: str, _payload: EventsPayload, _mask: np.ndarray) -> bytes:
    return mask_payload(_payload, _mask, key)


@dataclass(frozen=True)
class MapData:
    """The payloads of the current data version (for picks: the draw order)."""

    events: EventsPayload
    reference: bytes


def map_data(store: EmbeddedStore) -> MapData:
    return MapData(_events(store.version, store), _reference(store.version, store))


@dataclass(frozen=True)
class Slide:
    """The texts of presentation mode's slide, around the map (shown as plain text)."""

    title: str
    caption: str
    sources: str
    attribution: str
    note: str | None
    reference_width: int  # the map shows the briefing's ground: zoom + log2(width / this)


def legend(store: EmbeddedStore, data: MapData, pos: np.ndarray, layers) -> list[dict]:
    """The legend of what the map draws for the events at ``pos`` (those the view shows)."""
    placed = pos[~np.isnan(store.lon[pos])] if len(pos) else pos
    ev = store.dataset.events
    drawn = ev.iloc[placed]
    categories = set(drawn["category"])
    marks = set(style.mark_styles(drawn["status"], drawn["evidence"])) if len(drawn) else ()
    radii = bool((drawn["precision_m"].fillna(0) > 0).any())
    return legend_groups(
        [c for c in style.CATEGORY_COLORS if c in categories],
        marks,
        [x for x in layers if x != "uncertainty" or radii],
        rings=bool(len(placed)) and bool((data.events.ring[placed] > 0).any()),
        regions=bool(((drawn["placement"] == "site") & (drawn["geo_precision"] >= 3)).any()),
    )


def _on_pick(store: EmbeddedStore, data: MapData) -> None:
    pick = (st.session_state.get(MAP_KEY) or {}).get("pick")
    picked = resolve_pick(pick, data.events, store.dataset.events)
    if picked is not None:
        S.select(*picked, source="map")


def _on_window() -> None:
    window = (st.session_state.get(MAP_KEY) or {}).get("window")
    if not isinstance(window, dict):
        return
    try:
        start, end = date.fromisoformat(window["start"]), date.fromisoformat(window["end"])
    except (KeyError, TypeError, ValueError):
        return
    S.set_window(start, end)


def _on_view() -> None:
    view = (st.session_state.get(MAP_KEY) or {}).get("view")
    if isinstance(view, dict):
        S.set_map_view(view.get("latitude"), view.get("longitude"), view.get("zoom"))


def render_map(
    store: EmbeddedStore,
    v: ViewState,
    query: Query,
    pos: np.ndarray,
    height: int = 560,
    slide: Slide | None = None,
) -> None:
    """Mount the map for view ``v`` (``query`` is the same view as the store asks it, and
    ``pos`` the events it shows), with its legend under it.

    With a ``slide``, the component fills the browser window with a 16:9 slide: title,
    caption, the map at the briefing's ground, legend and sources.
    """
    data = map_data(store)
    mask = store.attribute_mask(query.filters, query.layers)
    mask_version = None
    if not mask.all():
        key = repr((query.filters, query.layers)).encode()
        mask_version = f"{store.version}-{hashlib.sha1(key).hexdigest()[:10]}"
        _component(key="map-mask", data=_mask(mask_version, data.events, mask), height=0)
    _component(key="map-reference", data=data.reference, height=0)
    _component(key="map-events", data=data.events.data, height=0)

    selected_event = selected_site = None
    if v.event and (at := store.position(v.event)) is not None:
        selected_event = int(data.events.draw_index[at])
    if v.site and v.site in data.events.site_ids:
        selected_site = data.events.site_ids.index(v.site)
    lo, hi = store.span()
    spec = {
        "deck": deck_json(build_deck(v, store.dataset.settings.reference_layers)),
        "events": data.events.version,
        "reference": "ref-" + data.events.version,
        "mask": mask_version,
        "window": [day_number(v.start), day_number(v.end)],
        "span": [day_number(lo), day_number(hi)],
        "mode": v.mode,
        "view": {
            "latitude": v.lat,
            "longitude": v.lon,
            "zoom": min(ZOOM_RANGE[1], v.zoom),
            "seq": S.view_seq(),
        },
        "selected": {"event": selected_event, "site": selected_site},
        "aggregate_above": AGGREGATE_ABOVE,
        "height": height,
        "legend": legend(store, data, pos, v.layers),
        "slide": None if slide is None else asdict(slide),
        # The map keeps to the region (settings' region.bbox; by default the extent of
        # the reference data, beyond which there is nothing to draw).
        "extent": list(store.dataset.settings.bbox),
    }
    _component(
        key=MAP_KEY,
        data=spec,
        width="stretch",
        # In presentation mode the slide is laid over the page (fixed to the window).
        height=1 if slide else "content",
        on_pick_change=lambda: _on_pick(store, data),
        on_window_change=_on_window,
        on_view_change=_on_view,
        on_exit_change=lambda: S.update(present=False),
    )


def unplaced_count(store: EmbeddedStore, pos: np.ndarray) -> int:
    """How many of the events at ``pos`` have no place (they are not on the map)."""
    return int(np.isnan(store.lon[pos]).sum()) if len(pos) else 0


def unplaced_note(store: EmbeddedStore, pos: np.ndarray) -> str | None:
    """'9 of the 19 events that match have no place…' (the settings' ``no_place.note``),
    or None when every one is drawn."""
    nowhere = unplaced_count(store, pos)
    if not nowhere:
        return None
    return (
        f"{nowhere:,} of the {len(pos):,} events that match "
        f"{store.dataset.settings.no_place_note}: "
        "they are in the list and on the timeline, not on the map."
    )

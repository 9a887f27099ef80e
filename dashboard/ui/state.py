"""The view state of a session: read from the URL once, kept in ``st.session_state``,
changed by widgets, the map and selections, and written back to the URL on every run.

One canonical ``ViewState`` lives under ``VIEW``. Widgets are bound to it: before a widget
is drawn its key is set from the view, and its ``on_change`` writes the value back. So the
view, the widgets and the URL always agree, whichever of them changed.

Selections come from three places (the map, the timeline, the event list), always through
a callback, which runs only when the user acted on that widget. The selection is then
the view's: a later rerun never reads a widget's leftover state back as a new click.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import streamlit as st

from dashboard.contract.settings import ZOOM_RANGE
from dashboard.view.state import Context, ViewState
from dashboard.view.story import STEP_KEY, STORY_KEY
from dashboard.view.url import SPAN_KEYS, parse_query, to_query

VIEW = "view"
NOTES = "url_notes"
VIEW_SEQ = "view_seq"  # bumped when the app (not the map itself) moves the map
CHECKED = "view_checked_for"  # the data version the view was last checked against
GENERATIONS = "selection_generations"  # per selection widget: bumped to show a new selection
SELECTION_WIDGETS = ("timeline", "table")
# Where the analyst is looking when they select: the Details beside the map are in view
# after a click on the map; the list and the timeline lie below it, so a selection made
# there opens the Details in a drawer over the page as well.
DRAWER = "details_drawer"
DRAWER_SOURCES = ("timeline", "table")
LIST_FIRST = "list_first"  # the event the list shows first: selected elsewhere than in it


def init_view(ctx: Context, version: str) -> ViewState:
    """The session's view; on the first run it is parsed from the URL (with notes).

    When the data changed since the view was last checked (``version``), the view is
    checked again against the new data by the same parser a link goes through: an event
    that vanished, a range past the new span fall back, with a note, never a crash.
    """
    if VIEW not in st.session_state:
        # A narrative's keys name a step, whose own view then applies (ui/story.py).
        params = {
            k: st.query_params.get_all(k) for k in st.query_params if k not in (STORY_KEY, STEP_KEY)
        }
        state, notes = parse_query(params, ctx)
        st.session_state[VIEW] = state
        st.session_state[NOTES] = notes
        st.session_state[VIEW_SEQ] = 0
    elif st.session_state.get(CHECKED, (version,))[0] != version:
        old = st.session_state[VIEW]
        query = to_query(old)
        if (old.start, old.end) == st.session_state[CHECKED][1]:
            # The whole span stays the whole span when the data grows or shrinks.
            for key in SPAN_KEYS:
                query.pop(key, None)
        state, notes = parse_query(query, ctx)
        st.session_state[VIEW] = state
        st.session_state[NOTES] = [f"The data changed: {n}" for n in notes]
        st.session_state[VIEW_SEQ] = view_seq() + 1
    st.session_state[CHECKED] = (version, ctx.span)
    return st.session_state[VIEW]


def view() -> ViewState:
    return st.session_state[VIEW]


def update(**changes: Any) -> None:
    st.session_state[VIEW] = replace(st.session_state[VIEW], **changes)


def update_filters(**changes: Any) -> None:
    v = st.session_state[VIEW]
    st.session_state[VIEW] = replace(v, filters=replace(v.filters, **changes))


def move_map(lat: float, lon: float, zoom: float) -> None:
    """The app moves the map (a preset, centring on the selection): the map follows."""
    update(lat=lat, lon=lon, zoom=zoom)
    st.session_state[VIEW_SEQ] = view_seq() + 1


def view_seq() -> int:
    return st.session_state.get(VIEW_SEQ, 0)


def set_map_view(lat: Any, lon: Any, zoom: Any) -> None:
    """The user panned or zoomed the map: keep the view (for the link), don't move it."""
    try:
        lat, lon, zoom = float(lat), float(lon), float(zoom)
    except (TypeError, ValueError):
        return
    if not all(math.isfinite(x) for x in (lat, lon, zoom)):
        return
    update(
        lat=min(85.0, max(-85.0, lat)),
        lon=(lon + 180.0) % 360.0 - 180.0,
        zoom=min(ZOOM_RANGE[1], max(ZOOM_RANGE[0], zoom)),
    )


def set_window(start: date, end: date) -> None:
    if start <= end:
        update(start=start, end=end)


def select(event: str | None, site: str | None, source: str | None = None) -> None:
    """Select an event and/or a site. ``source`` is the widget the user clicked; the
    other selection widgets are redrawn showing the new selection."""
    update(event=event, site=site)
    st.session_state[DRAWER] = source in DRAWER_SOURCES and bool(event or site)
    if source != "table":
        # Chosen in the list, a row stays where it was: the rows must not move under the
        # pointer (and the list's own selection is by row).
        st.session_state[LIST_FIRST] = event
    generations = st.session_state.setdefault(GENERATIONS, {})
    for widget in SELECTION_WIDGETS:
        if widget != source:
            generations[widget] = generations.get(widget, 0) + 1


def close_drawer() -> None:
    """The Details drawer was closed (Esc, its X or a click beside it)."""
    st.session_state[DRAWER] = False


def drawer_open() -> bool:
    return bool(st.session_state.get(DRAWER))


def list_first() -> str | None:
    """The event the list shows first (the one a link opened with, at first)."""
    if LIST_FIRST not in st.session_state:
        st.session_state[LIST_FIRST] = view().event
    return st.session_state[LIST_FIRST]


def widget_key(widget: str) -> str:
    """The key of a selection widget: it changes when the selection came from elsewhere,
    so the widget starts from the current selection instead of its own old one."""
    return f"{widget}-{st.session_state.get(GENERATIONS, {}).get(widget, 0)}"


def superseded(widget: str, key: str) -> bool:
    """Whether ``key`` names an older copy of a selection widget than the one drawn now.

    The browser can still report the old copy's selection after a rerun replaced it (a
    list that showed a map selection as its row 0 did, ~1 time in 2): that report is
    not a click, and acting on it undid the user's newer selection."""
    return key != widget_key(widget)


def bind(
    widget: Callable, key: str, value: Any, apply: Callable[[Any], None], **kwargs: Any
) -> Any:
    """Draw ``widget`` showing ``value``; when the user changes it, ``apply`` the new value."""
    # Set only when the view moved on: assigning the value a widget already has still
    # pushes it to the browser, where it overwrote a date being typed while an unrelated
    # rerun (e.g. the map reporting its view) came back.
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value
    else:
        # The browser may not hold this widget's state: when a first run is cut short by a
        # rerun (the map reporting its size) before the widget's code has loaded, the widget
        # mounts later with its default and sends that back as the user's change (a loaded
        # machine opened pages with no category or layer). Its default is the view's value.
        # (Not given when the value is set above: Streamlit warns about both.)
        kwargs.update(_default(widget.__name__, value, kwargs))
    return widget(key=key, on_change=lambda: apply(st.session_state[key]), **kwargs)


def _default(kind: str, value: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The keyword that gives a widget of ``kind`` its default, set to ``value``."""
    options = list(kwargs.get("options", ()))
    if kind in ("selectbox", "radio"):
        return {"index": options.index(value) if value in options else None}
    if kind == "multiselect":
        return {"default": [v for v in value if v in options]}
    return {"value": value}


def show(state: ViewState) -> None:
    """The app shows another whole view (a narrative's step): the widgets, the map and
    the selection follow it."""
    st.session_state[VIEW] = state
    st.session_state[VIEW_SEQ] = view_seq() + 1
    select(state.event, state.site, source="story")


def sync_url(state: ViewState, extra: dict[str, str] | None = None) -> None:
    """Write the view (and ``extra`` keys: the narrative's step) into the URL, only when
    it changed, to avoid history churn."""
    wanted = {**to_query(state), **(extra or {})}
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normal:
        st.query_params.from_dict(wanted)

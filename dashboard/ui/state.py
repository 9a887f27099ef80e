"""The view state of a session: read from the URL once, kept in ``st.session_state``,
changed by widgets and selections, and written back to the URL on every run.

One canonical ``ViewState`` lives under ``VIEW``. Widgets are bound to it: before a widget
is drawn its key is set from the view, and its ``on_change`` writes the value back. So the
view, the widgets and the URL always agree, whichever of them changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import streamlit as st

from dashboard.core.urlstate import Context, ViewState, parse_query, to_query

VIEW = "view"
NOTES = "url_notes"
SEEN = "seen_selection"  # last selection payload handled, per source widget


def init_view(ctx: Context) -> ViewState:
    """The session's view; on the first run it is parsed from the URL (with notes)."""
    if VIEW not in st.session_state:
        params = {k: st.query_params.get_all(k) for k in st.query_params}
        state, notes = parse_query(params, ctx)
        st.session_state[VIEW] = state
        st.session_state[NOTES] = notes
    return st.session_state[VIEW]


def view() -> ViewState:
    return st.session_state[VIEW]


def update(**changes: Any) -> None:
    st.session_state[VIEW] = replace(st.session_state[VIEW], **changes)


def update_filters(**changes: Any) -> None:
    v = st.session_state[VIEW]
    st.session_state[VIEW] = replace(v, filters=replace(v.filters, **changes))


def select(event: str | None, site: str | None) -> None:
    update(event=event, site=site)


def bind(
    widget: Callable, key: str, value: Any, apply: Callable[[Any], None], **kwargs: Any
) -> Any:
    """Draw ``widget`` showing ``value``; when the user changes it, ``apply`` the new value."""
    st.session_state[key] = value
    return widget(key=key, on_change=lambda: apply(st.session_state[key]), **kwargs)


def sync_url(state: ViewState) -> None:
    """Write the view into the URL (only when it changed, to avoid history churn)."""
    wanted = to_query(state)
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normal:
        st.query_params.from_dict(wanted)


def _is_empty(selection: Any) -> bool:
    if not selection:
        return True
    if isinstance(selection, dict):
        return all(_is_empty(v) for v in selection.values())
    return False


def new_selection(source: str) -> dict | None:
    """The selection payload of widget ``source`` if the user changed it since last handled.

    Returns the selection dict, ``{}`` when the user cleared a selection, or None when
    nothing changed. A widget that first appears empty changes nothing (so a selection
    restored from a permalink is kept).
    """
    payload = st.session_state.get(source)
    if payload is None:
        return None
    selection = payload.get("selection") if hasattr(payload, "get") else None
    seen = st.session_state.setdefault(SEEN, {})
    signature = repr(selection)
    previous = seen.get(source)  # (signature, was_empty) or None
    if previous is not None and previous[0] == signature:
        return None
    empty = _is_empty(selection)
    seen[source] = (signature, empty)
    if empty:
        return {} if previous is not None and not previous[1] else None
    return dict(selection)

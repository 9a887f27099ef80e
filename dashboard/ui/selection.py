"""Selections from the timeline and the event list (the map's come from its component,
see ``map_panel``): each a callback that runs only when the user clicked that widget."""

from __future__ import annotations

import streamlit as st

from dashboard.render.timeline import SELECTION
from dashboard.ui import state as S

TABLE_IDS = "table_ids"  # event ids in the order the list showed them


def _selection(key: str) -> dict:
    payload = st.session_state.get(key)
    selection = payload.get("selection") if hasattr(payload, "get") else None
    return dict(selection) if selection else {}


def timeline_pick(selection: dict) -> str | None:
    """The event a timeline selection names (None: a click beside the marks)."""
    picked = selection.get(SELECTION) or []
    if picked and isinstance(picked[0], dict) and picked[0].get("event_id"):
        return str(picked[0]["event_id"])
    return None


def table_pick(selection: dict, ids: list[str]) -> str | None:
    """The event of the row a list selection names (None: no row)."""
    rows = selection.get("rows") or []
    if rows and isinstance(rows[0], int) and 0 <= rows[0] < len(ids):
        return ids[rows[0]]
    return None


def on_timeline(key: str, site_of) -> None:
    """A click on a timeline mark selects its event; a click beside the marks clears."""
    if S.superseded("timeline", key):
        return
    event = timeline_pick(_selection(key))
    S.select(event, site_of(event) if event else None, source="timeline")


def on_table(key: str, site_of) -> None:
    """A row chosen in the event list (by click or keyboard) selects its event."""
    if S.superseded("table", key):
        return
    event = table_pick(_selection(key), st.session_state.get(TABLE_IDS, []))
    S.select(event, site_of(event) if event else None, source="table")

"""Selections from the timeline and the event list (the map's come from its component,
see ``map_panel``): each a callback that runs only when the user clicked that widget."""

from __future__ import annotations

import streamlit as st

from dashboard.charts import SELECTION
from dashboard.ui import state as S

TABLE_IDS = "table_ids"  # event ids in the order the list showed them


def _selection(key: str) -> dict:
    payload = st.session_state.get(key)
    selection = payload.get("selection") if hasattr(payload, "get") else None
    return dict(selection) if selection else {}


def on_timeline(key: str, site_of) -> None:
    """A click on a timeline mark selects its event; a click beside the marks clears."""
    selection = _selection(key)
    for name in (SELECTION, SELECTION + "_pt"):
        picked = selection.get(name) or []
        if picked and picked[0].get("event_id"):
            event = picked[0]["event_id"]
            S.select(event, site_of(event), source="timeline")
            return
    S.select(None, None, source="timeline")


def on_table(key: str, site_of) -> None:
    """A row chosen in the event list (by click or keyboard) selects its event."""
    rows = _selection(key).get("rows") or []
    ids = st.session_state.get(TABLE_IDS, [])
    if rows and rows[0] < len(ids):
        event = ids[rows[0]]
        S.select(event, site_of(event), source="table")
    else:
        S.select(None, None, source="table")

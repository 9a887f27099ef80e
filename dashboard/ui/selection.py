"""Selections from the map, the timeline and the event list, applied to the one view state.

They are read at the start of a run (widget values are in session state by then), so the
map highlight, the timeline and the detail panel all show the same selection in one pass.
"""

from __future__ import annotations

import streamlit as st

from dashboard.charts import SELECTION
from dashboard.ui import state as S

MAP_KEY = "map"
TIMELINE_KEY = "timeline"
TABLE_KEY_STATE = "table_key"  # the event list's key changes with the selection (see table.py)
TABLE_IDS = "table_ids"  # event ids in the order the list showed them


def _from_map(selection: dict) -> tuple[str | None, str | None] | None:
    objects = selection.get("objects") or {}
    for layer_id, items in objects.items():
        if not items:
            continue
        obj = items[0]
        if layer_id.endswith("-markers"):
            return obj.get("event_id"), obj.get("site_id") or None
        if layer_id.endswith("-areas"):
            return None, obj.get("site_id")
    return None


def _from_timeline(selection: dict) -> tuple[str | None, str | None] | None:
    for name in (SELECTION, SELECTION + "_pt"):
        picked = selection.get(name) or []
        if picked and picked[0].get("event_id"):
            return picked[0]["event_id"], None
    return None


def _from_table(selection: dict) -> tuple[str | None, str | None] | None:
    rows = selection.get("rows") or []
    ids = st.session_state.get(TABLE_IDS, [])
    if rows and rows[0] < len(ids):
        return ids[rows[0]], None
    return None


def apply_selections(site_of: dict[str, str]) -> None:
    """Update the view from whichever selection widget changed since the last run."""
    sources = [(MAP_KEY, _from_map), (TIMELINE_KEY, _from_timeline)]
    table_key = st.session_state.get(TABLE_KEY_STATE)
    if table_key:
        sources.append((table_key, _from_table))
    for key, read in sources:
        selection = S.new_selection(key)
        if selection is None:
            continue
        if selection == {}:
            S.select(None, None)
            continue
        picked = read(selection)
        if picked:
            event, site = picked
            S.select(event, site or site_of.get(event or ""))

"""The event list: sortable, keyboard-usable, in sync with the selection.

It lists ``LIST_STEP`` events at a time (oldest first) and says how many more there are:
the whole list is re-sent when the view changes, a browser table of a million rows helps
no one, and the downloads hold them all.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.contract.join import area_text
from dashboard.scene import style
from dashboard.scene.text import precision_text
from dashboard.store.query import Query, ViewStore
from dashboard.ui import state as S
from dashboard.ui.selection import TABLE_IDS, on_table

LIST_STEP = 200  # rows listed at first, and added by "List more"
LIMIT_KEY = "list_limit"
NOT_GIVEN = "not given"  # a start the sources do not give


def table_frame(shown: pd.DataFrame, no_place: str = "no place given") -> pd.DataFrame:
    """The columns the list shows, in the order given (plain text: data is never markup);
    ``no_place`` is the settings' wording for an event with no place."""
    site = shown["site_name"].astype("object").fillna("").to_numpy(dtype=object)
    # Not the district a site is itself ("Murghob district — Murghob District").
    district = area_text(shown, ("district",)).to_numpy(dtype=object)
    nowhere = (shown["placement"] == "none").to_numpy(dtype=bool)
    place = np.where(site == "", "own coordinates", site)
    place = np.where(nowhere, no_place, place)
    place = np.where(district == "", place, place + " — " + district)
    return pd.DataFrame(
        {
            "When": shown["when"].to_numpy(),
            # The start as the sources give it (a year, a month or a day: ISO text sorts
            # in time order). An open start says so: the store's stand-in, the data's
            # first day, is a date no source gives.
            "Start": np.where(shown["open_start"], NOT_GIVEN, shown["date"].astype(str)),
            "Event": shown["title"].to_numpy(),
            "Category": shown["category"].astype("object").map(style.CATEGORY_LABELS).to_numpy(),
            "Evidence": shown["evidence"].astype("object").to_numpy(),
            "Lifecycle": shown["lifecycle"].astype("object").to_numpy(),
            "Place": place,
            "Place precision": [
                precision_text(p, m).removeprefix("Place: ")
                for p, m in zip(shown["geo_precision"], shown["precision_m"], strict=True)
            ],
            "Excerpts": shown["n_excerpts"].to_numpy(),
            "event_id": shown["event_id"].to_numpy(),
        }
    )


def listed_rows(store: ViewStore, q: Query, shown: np.ndarray, limit: int) -> pd.DataFrame:
    """The rows the list shows: the first ``limit`` events of the view, oldest first, and
    the event selected elsewhere (on the map, the timeline, by a link) first of all when
    the view shows it, wherever it falls in that order."""
    rows = store.rows(q, limit=limit)
    first = S.list_first()
    at = store.position(first) if first else None
    if at is None or not np.any(shown == at):
        return rows
    here = (rows["event_id"] == first).to_numpy(dtype=bool)
    if here.any():
        return pd.concat([rows[here], rows[~here]])
    top = store.dataset.events.iloc[[at]].copy()
    top["faded"] = store.faded(np.array([at]), q)
    return pd.concat([top, rows])


def render_table(
    store: ViewStore, q: Query, shown: np.ndarray, selected: str | None, site_of
) -> None:
    """The list of the events ``shown`` (positions), the ``selected`` one marked."""
    limit = st.session_state.setdefault(LIMIT_KEY, LIST_STEP)
    frame = table_frame(listed_rows(store, q, shown, limit), store.dataset.settings.no_place)
    ids = list(frame["event_id"])
    st.session_state[TABLE_IDS] = ids
    key = S.widget_key("table")
    default = {
        "selection": {"rows": [ids.index(selected)] if selected in ids else [], "columns": []}
    }
    st.dataframe(
        frame,
        key=key,
        on_select=lambda: on_table(key, site_of),
        selection_mode="single-row",
        selection_default=default,
        hide_index=True,
        column_order=[c for c in frame.columns if c != "event_id"],
        column_config={
            "Start": st.column_config.TextColumn(
                "Start",
                help="Start of the period as the sources give it (year, month or day), for "
                f"sorting; “{NOT_GIVEN}” where no source gives one",
            ),
            "Evidence": st.column_config.TextColumn(
                "Evidence",
                help="Derived from the claims: denied, contested, official, corroborated or "
                "reported",
            ),
            "Event": st.column_config.TextColumn("Event", width="large"),
        },
        height=min(38 + 35 * max(len(frame), 1), 460),
    )
    if ids and ids[0] == S.list_first() and ids[0] == selected:
        st.caption("The selected event is listed first, marked.")
    st.caption(
        "By keyboard: Tab into the list, arrow keys to a row, Shift+Space selects it "
        "(as a click on the row does)."
    )
    n_shown = len(shown)
    if n_shown > len(frame):
        st.caption(
            f"Listing {len(frame):,} of {n_shown:,} events that match (oldest first): "
            "narrow the range or the filters, or list more; the CSV and GeoJSON downloads "
            "hold all of them."
        )
        st.button(
            f"List {min(LIST_STEP, n_shown - len(frame)):,} more",
            key="w_list_more",
            on_click=lambda: st.session_state.update({LIMIT_KEY: limit + LIST_STEP}),
        )

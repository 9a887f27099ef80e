"""The event list: sortable and searchable, keyboard-usable, in sync with the selection."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.mapview import style
from dashboard.mapview.layers import precision_text
from dashboard.ui.selection import TABLE_IDS, TABLE_KEY_STATE


def table_frame(shown: pd.DataFrame) -> pd.DataFrame:
    """The columns the list shows, oldest first (plain text: data is never markup)."""
    df = shown.sort_values(["start", "event_id"])
    place = [
        (r["site_name"] or "own coordinates")
        + (f" — {r['district']}" if isinstance(r["district"], str) else "")
        for _, r in df.iterrows()
    ]
    return pd.DataFrame(
        {
            "When": df["when"].to_numpy(),
            "Start": df["start"].dt.date.to_numpy(),
            "Event": df["title"].to_numpy(),
            "Category": df["category"].map(style.CATEGORY_LABELS).to_numpy(),
            "Status": df["status"].to_numpy(),
            "Contested": df["contested"].to_numpy(),
            "Place": place,
            "Place precision": [
                precision_text(p, m).removeprefix("Place: ")
                for p, m in zip(df["geo_precision"], df["precision_m"], strict=True)
            ],
            "Excerpts": df["n_excerpts"].to_numpy(),
            "event_id": df["event_id"].to_numpy(),
        }
    )


def render_table(shown: pd.DataFrame, selected: str | None) -> None:
    frame = table_frame(shown)
    ids = list(frame["event_id"])
    st.session_state[TABLE_IDS] = ids
    # The key follows the selection so that a selection made on the map or the timeline
    # is shown here too (a new key takes the new default selection).
    key = f"event_table:{selected or ''}"
    st.session_state[TABLE_KEY_STATE] = key
    default = {
        "selection": {"rows": [ids.index(selected)] if selected in ids else [], "columns": []}
    }
    st.dataframe(
        frame,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        selection_default=default,
        hide_index=True,
        column_order=[c for c in frame.columns if c != "event_id"],
        column_config={
            "Start": st.column_config.DateColumn("Start", help="Start of the period, for sorting"),
            "Contested": st.column_config.CheckboxColumn(
                "Contested", help="A source disputes or denies it"
            ),
            "Event": st.column_config.TextColumn("Event", width="large"),
        },
        height=min(38 + 35 * max(len(frame), 1), 460),
    )

"""Smaller page parts: URL notes, the data problems panel, the timeline and the footer."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.charts import timeline_chart
from dashboard.core.dataset import Dataset
from dashboard.core.problems import ERROR, WARNING, count
from dashboard.core.reference import ATTRIBUTION
from dashboard.ui.selection import TIMELINE_KEY
from dashboard.ui.text import md_escape


def url_notes(notes: list[str]) -> None:
    if notes:
        st.warning(
            "Some link parameters were not understood and fell back to defaults:\n\n"
            + "\n".join(f"- {md_escape(n)}" for n in notes)
        )


def problems_panel(ds: Dataset) -> None:
    if ds.ok:
        return
    aside = sum(len(t) for t in ds.rejected.values())
    warnings = count(ds.problems, WARNING)
    errors = count(ds.problems, ERROR)
    label = f"⚠ {aside} row(s) set aside · {errors} error(s), {warnings} warning(s) in the data"
    with st.expander(label, expanded=False):
        st.caption(
            md_escape(
                f"Data directory: {ds.data_dir}. The valid rows are shown; "
                "fix these and the page reloads the data."
            )
        )
        frame = ds.problems_frame().rename(columns=str.capitalize)
        st.dataframe(frame, hide_index=True, width="stretch")


def timeline_panel(
    events: pd.DataFrame, start: date, end: date, mode: str, span, selected: str | None
) -> None:
    if events.empty:
        st.info("No event passes the filters.")
        return
    chart = timeline_chart(events, start, end, mode, span, selected)
    st.altair_chart(chart, on_select="rerun", key=TIMELINE_KEY, width="stretch")


def footer(ds: Dataset, shown: pd.DataFrame) -> None:
    names = sorted(set(ds.sources_behind(shown["event_id"])["publisher"]))
    st.caption(md_escape("Sources of what is shown: " + ("; ".join(names) if names else "none")))
    st.caption(md_escape(ATTRIBUTION))

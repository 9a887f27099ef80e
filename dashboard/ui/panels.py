"""Smaller page parts: URL notes, the data problems panel, the timeline and the footer."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard.contract.dataset import Dataset
from dashboard.contract.problems import ERROR, WARNING, count
from dashboard.render.timeline import bin_size, drawn_height, histogram_chart, timeline_chart
from dashboard.store.query import Query, ViewStore
from dashboard.ui import state as S
from dashboard.ui.selection import on_timeline
from dashboard.ui.text import md_escape
from dashboard.view.query import query_of
from dashboard.view.state import ViewState
from dashboard.view.window import WINDOW

# Up to this many events the timeline draws each one; above, a histogram.
TIMELINE_EVENTS = 300


def url_notes(notes: list[str]) -> None:
    if notes:
        st.warning(
            "Some parts of this view fell back to defaults:\n\n"
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
                # No server path on the page: the problems name files within the data.
                "The valid rows are shown; fix these and the page reloads the data."
            )
        )
        frame = ds.problems_frame().rename(columns=str.capitalize)
        st.dataframe(frame, hide_index=True, width="stretch")


def timeline_of(store: ViewStore, v: ViewState, span) -> tuple[int, dict | None, str | None]:
    """The timeline of view ``v``: how many events pass its filters at any date, and the
    chart's spec (None when none does) with, for a histogram, the unit of its bins (one
    mark per event up to ``TIMELINE_EVENTS``, a histogram binned by the store beyond)."""
    q = query_of(v)
    everywhen = replace(q, start=span[0], end=span[1], mode=WINDOW)
    n = store.count(everywhen)
    if n == 0:
        return n, None, None
    if n <= TIMELINE_EVENTS:
        shown = (v.start, v.end, v.mode, v.event)
        return n, _timeline_spec(store.version, everywhen, shown, store), None
    freq, unit = bin_size(span)
    selected = store.event(v.event) if v.event else None
    selected_start = None if selected is None else selected["start"]
    return n, _histogram_spec(store.version, q, freq, selected_start, store), unit


def timeline_panel(store: ViewStore, v: ViewState, span, site_of) -> None:
    """The timeline (``timeline_of``): click an event's mark to select it."""
    n, spec, unit = timeline_of(store, v, span)
    if spec is None:
        st.info("No event passes the filters.")
        return
    if unit is None:
        key = S.widget_key("timeline")
        # A fixed height: a selection elsewhere draws the chart anew (a new key), and while
        # it did the page shrank by the chart's height and the list below jumped.
        with st.container(height=drawn_height(spec), border=False):
            st.vega_lite_chart(
                spec, on_select=lambda: on_timeline(key, site_of), key=key, width="stretch"
            )
        return
    st.vega_lite_chart(spec, width="stretch")
    st.caption(
        md_escape(
            f"{n:,} events by the {unit} they start in (filters and layers applied, at any "
            "date); the shaded band is the range shown on the map."
        )
    )


# Altair builds and checks a chart in 0.1-0.3 s, most of a rerun that changes nothing:
# each spec is built once per data version and what it shows (a copy per run).
@st.cache_data(max_entries=16, show_spinner=False)
def _timeline_spec(version: str, everywhen: Query, shown: tuple, _store: ViewStore) -> dict:
    """The events' timeline: ``shown`` is the view's (start, end, mode, event)."""
    start, end, mode, event = shown
    span = (everywhen.start, everywhen.end)
    return vega_lite(timeline_chart(_store.rows(everywhen), start, end, mode, span, event))


@st.cache_data(max_entries=16, show_spinner=False)
def _histogram_spec(version: str, q: Query, freq: str, selected_start, _store: ViewStore) -> dict:
    return vega_lite(histogram_chart(_store.time_bins(q, freq), q.start, q.end, selected_start))


def vega_lite(chart) -> dict:
    """The chart as a Vega-Lite dict, without Altair's schema validation on every rerun
    (the charts are built by our own code from a fixed template: ~0.2 s saved per run)."""
    return chart.to_dict(validate=False)


def sources_line(store: ViewStore, pos) -> str:
    """'Sources of what is shown: A; B' (the publishers behind the events at ``pos``)."""
    names = sorted(set(store.sources_behind(pos)["publisher"]))
    return "Sources of what is shown: " + ("; ".join(names) if names else "none")


def footer(store: ViewStore, pos) -> None:
    st.caption(md_escape(sources_line(store, pos)))
    st.caption(md_escape(store.dataset.settings.attribution))

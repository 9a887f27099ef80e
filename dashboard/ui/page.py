"""The page: composes the components; holds no logic of its own beyond layout."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import TITLE
from dashboard.core.filters import all_actors
from dashboard.core.schema import CATEGORIES, STATUSES
from dashboard.core.timefilter import MODE_LABELS, data_span, step_range
from dashboard.core.urlstate import ZOOM_RANGE, Context, ViewState
from dashboard.core.view import describe_filters, visible_events
from dashboard.export.briefing import REFERENCE_WIDTH_PX
from dashboard.mapview.layers import legend_categories
from dashboard.ui import controls, exports, panels
from dashboard.ui import state as S
from dashboard.ui.data import current_dataset
from dashboard.ui.detail import render_detail
from dashboard.ui.map_panel import render_legend, render_map
from dashboard.ui.selection import apply_selections
from dashboard.ui.table import render_table
from dashboard.ui.text import md_escape

PRESENT_WIDTH = 1280  # presentation mode: a fixed 16:9 map, 1280 x 720
PLAY_SECONDS = 1.5


def _context(events: pd.DataFrame, sites) -> Context:
    return Context(
        span=data_span(events),
        event_ids=frozenset(events["event_id"]),
        site_ids=frozenset(sites["site_id"]),
        actors=frozenset(all_actors(events)),
    )


def caption(v: ViewState, n_shown: int, n_total: int) -> str:
    """'12 of 19 events · 01 Jan 2016 – 31 Dec 2021 · window' plus active filters."""
    parts = [
        f"{n_shown} of {n_total} events",
        f"{v.start:%d %b %Y} – {v.end:%d %b %Y}",
        MODE_LABELS[v.mode].split(":")[0].lower(),
    ]
    active = describe_filters(v, len(CATEGORIES), len(STATUSES))
    return " · ".join(parts + ([f"filters: {active}"] if active else []))


def _playback(span) -> None:
    """While playing, a fragment ticks every few seconds and reruns the app one step on."""
    if not st.session_state.get("playing"):
        return
    st.session_state["tick_pending"] = True

    @st.fragment(run_every=PLAY_SECONDS)
    def tick() -> None:
        # The first call comes from the full run that just drew the page: skip it.
        if st.session_state.pop("tick_pending", False):
            return
        v = S.view()
        nxt = step_range(v.start, v.end, span)
        if nxt is None:
            st.session_state["playing"] = False
        else:
            S.update(start=nxt[0], end=nxt[1])
        st.rerun(scope="app")

    tick()


def render() -> None:
    ds, reference = current_dataset()
    ctx = _context(ds.events, ds.sites)
    S.init_view(ctx)
    site_of = dict(zip(ds.events["event_id"], ds.events["site_id"], strict=True))
    apply_selections(site_of)
    v = S.view()
    tiles_url = controls.online_style()

    selected_anchor = None
    if v.event and v.event in set(ds.events["event_id"]):
        g = ds.events.set_index("event_id").geometry[v.event]
        p = g if g.geom_type == "Point" else g.representative_point()
        selected_anchor = (round(p.x, 4), round(p.y, 4))

    if v.present:
        _presentation(ds, reference, v, tiles_url)
    else:
        with st.sidebar:
            controls.time_controls(v, ctx.span)
            controls.filter_controls(v, all_actors(ds.events))
            controls.layer_controls(v, tiles_url)
            controls.view_controls(v, selected_anchor)
            controls.presentation_toggle(v)
        _workspace(ds, reference, S.view(), tiles_url, ctx)
    _playback(ctx.span)
    S.sync_url(S.view())


def _workspace(ds, reference, v: ViewState, tiles_url, ctx: Context) -> None:
    filtered, shown = visible_events(ds.events, v)
    st.title(TITLE)
    panels.url_notes(st.session_state.get(S.NOTES, []))
    panels.problems_panel(ds)
    st.caption(
        md_escape(caption(v, len(shown), len(ds.events)))
        + " · the address bar always holds the permalink to this exact view: copy it to share."
    )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        render_map(shown, reference, v, tiles_url)
        render_legend(legend_categories(shown, v.layers))
        exports.download_row(ds, v, shown)
    with right:
        render_detail(ds, shown, v.event, v.site)
    st.subheader("Timeline")
    panels.timeline_panel(filtered, v.start, v.end, v.mode, ctx.span, v.event)
    st.subheader("Events")
    render_table(shown, v.event)
    panels.footer(ds, shown)


def _presentation(ds, reference, v: ViewState, tiles_url) -> None:
    _, shown = visible_events(ds.events, v)
    st.markdown(f"### {md_escape(TITLE)}")
    st.caption(md_escape(caption(v, len(shown), len(ds.events))))
    # The same ground as the briefing image: a wider canvas at the same zoom would show more.
    wide = replace(
        v, zoom=min(ZOOM_RANGE[1], v.zoom + math.log2(PRESENT_WIDTH / REFERENCE_WIDTH_PX))
    )
    render_map(
        shown, reference, wide, tiles_url, height=PRESENT_WIDTH * 9 // 16, width=PRESENT_WIDTH
    )
    render_legend(legend_categories(shown, v.layers), width=900)
    panels.footer(ds, shown)
    st.button(
        "Exit presentation mode", key="w_exit_present", on_click=lambda: S.update(present=False)
    )

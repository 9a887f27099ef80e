"""The page: composes the components; holds no logic of its own beyond layout."""

from __future__ import annotations

import numpy as np
import streamlit as st

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.schema import CATEGORIES, STATUSES
from dashboard.render.briefing.figure import REFERENCE_WIDTH_PX
from dashboard.store.embedded import EmbeddedStore
from dashboard.ui import controls, exports, panels
from dashboard.ui import state as S
from dashboard.ui.data import FALLBACK_NOTE, current_context, current_store
from dashboard.ui.detail import render_detail
from dashboard.ui.map_panel import Slide, render_map, unplaced_count, unplaced_note
from dashboard.ui.table import render_table
from dashboard.ui.text import md_escape
from dashboard.view.query import describe_filters, query_of
from dashboard.view.state import ViewState
from dashboard.view.window import MODE_LABELS, step_range

PLAY_SECONDS = 1.5
DETAIL_HEIGHT = 780  # px: about the map, its legend and the download buttons


def caption(
    v: ViewState, n_shown: int, n_total: int, n_unplaced: int = 0, no_place: str = "no place given"
) -> str:
    """'12 of 19 events match this view · 5 on the map, 7 with no place given · 01 Jan 2016 –
    31 Dec 2021 · window' plus the layers that are off and what is filtered (``no_place``:
    the settings' wording). The briefing and the downloads count the same events (one
    store query)."""
    parts = [f"{n_shown:,} of {n_total:,} events match this view"]
    if n_unplaced:
        parts.append(f"{n_shown - n_unplaced:,} on the map, {n_unplaced:,} with {no_place}")
    parts += [
        f"{v.start:%d %b %Y} – {v.end:%d %b %Y}",
        MODE_LABELS[v.mode].split(":")[0].lower(),
    ]
    off = [g.label for g in EVENT_LAYERS if g.id not in v.layers]
    if off:
        parts.append("layers off: " + ", ".join(off))
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


def _site_of(store: EmbeddedStore):
    def site_of(event_id: str) -> str | None:
        row = store.event(event_id)
        return str(row["site_id"]) if row is not None and row["placement"] == "site" else None

    return site_of


def render() -> None:
    store = current_store()
    settings = store.dataset.settings
    # The tab's title is the region's (settings.toml); app.py set the rest of the page.
    st.set_page_config(page_title=settings.page_title)
    ctx = current_context(store)
    S.init_view(ctx, store.version)
    v = S.view()

    if v.present:
        _presentation(store, v)
    else:
        # The map goes first: the browser starts loading and drawing it while the rest of
        # the page (controls, timeline, list) arrives. Every control reads and writes the
        # one view state, so the order of drawing changes nothing else.
        _workspace(store, v, ctx.span)
        with st.sidebar:
            controls.time_controls(v, ctx.span)
            controls.filter_controls(
                v, sorted(ctx.actors, key=str.casefold), settings.search_placeholder
            )
            controls.layer_controls(v, settings)
            controls.view_controls(v, _selected_anchor(store, v), settings)
            controls.presentation_toggle(v)
    _playback(ctx.span)
    S.sync_url(S.view())


def _selected_anchor(store: EmbeddedStore, v: ViewState) -> tuple[float, float] | None:
    at = store.position(v.event) if v.event else None
    if at is None or np.isnan(store.lon[at]):  # no place in the sources: nothing to centre on
        return None
    return round(float(store.lon[at]), 4), round(float(store.lat[at]), 4)


def _workspace(store: EmbeddedStore, v: ViewState, span) -> None:
    ds = store.dataset
    q = query_of(v)
    pos = store.visible(q)
    st.title(ds.settings.title)
    if fallback := st.session_state.get(FALLBACK_NOTE):
        st.warning(md_escape(fallback))
    panels.url_notes(st.session_state.get(S.NOTES, []))
    panels.problems_panel(ds)
    st.caption(
        md_escape(caption(v, len(pos), store.n, unplaced_count(store, pos), ds.settings.no_place))
        + " · the address bar always holds the permalink to this exact view: copy it to share."
    )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        render_map(store, v, q, pos)
        if note := unplaced_note(store, pos):
            st.caption(note)
        exports.download_row(store, v)
    # A fixed height (it scrolls): a long detail must not push the timeline down the page.
    with right, st.container(key="detail", height=DETAIL_HEIGHT, border=False):
        st.header("Details", anchor=False)
        render_detail(store, pos, v.event, v.site)
    st.header("Timeline", anchor=False)
    panels.timeline_panel(store, v, span, _site_of(store))
    st.header("Events", anchor=False)
    render_table(store, q, len(pos), v.event, _site_of(store))
    panels.footer(store, pos)


def _presentation(store: EmbeddedStore, v: ViewState) -> None:
    """The slide: the component lays it over the page, sized to the browser window."""
    q = query_of(v)
    pos = store.visible(q)
    settings = store.dataset.settings
    slide = Slide(
        title=settings.title,
        caption=caption(v, len(pos), store.n, unplaced_count(store, pos), settings.no_place),
        sources=panels.sources_line(store, pos),
        attribution=settings.attribution,
        note=unplaced_note(store, pos),
        reference_width=REFERENCE_WIDTH_PX,
    )
    render_map(store, v, q, pos, slide=slide)

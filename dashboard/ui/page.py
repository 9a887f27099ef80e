"""The page: composes the components; holds no logic of its own beyond layout."""

from __future__ import annotations

import numpy as np
import streamlit as st

from dashboard.contract.dataset import Dataset
from dashboard.contract.narratives import Narrative
from dashboard.render.map.protocol import SkipSpec, SlideSpec
from dashboard.scene.build import Scene
from dashboard.scene.sheet import SHEETS
from dashboard.scene.text import selected_text
from dashboard.store.query import ViewStore
from dashboard.ui import authoring, controls, exports, panels, story
from dashboard.ui import state as S
from dashboard.ui.data import FALLBACK_NOTE, checked_dataset, current_context, current_store
from dashboard.ui.detail import render_detail
from dashboard.ui.empty import empty_view
from dashboard.ui.map_panel import (
    map_note,
    prepare_map,
    render_map,
    view_scene,
    workspace_frame,
)
from dashboard.ui.table import render_table
from dashboard.ui.text import md_escape
from dashboard.view.query import query_of
from dashboard.view.state import ViewState
from dashboard.view.window import step_range

PLAY_SECONDS = 1.5
DETAIL_HEIGHT = 780  # px: about the map, its legend and the download buttons
DRAWER_WIDTH = 560  # px at first (the reader can widen it): the list stays in sight beside it
SLIDE = SHEETS["slide"]
EVENT_LIST = "event-list"  # the key of the list's container: the skip link's target
# "Skip to the event list": a plain link, first in the sidebar (the second Tab stop, after
# Streamlit's "Skip to main content"), shown when the keyboard reaches it; the map
# component moves the keyboard to the list's grid (its arrows move between rows), else to
# the list. (A component mounted in the sidebar instead made the next rerun lose the
# sidebar widgets' values.)
SKIP: SkipSpec = {
    "href": "#" + EVENT_LIST,
    "targets": [f".st-key-{EVENT_LIST} [data-testid='data-grid-canvas']", f".st-key-{EVENT_LIST}"],
}


def caption(scene: Scene) -> str:
    """'12 of 19 events match this view · 5 on the map · 7 with no place given · Window:
    01 Jan 2016 – 31 Dec 2021' plus the layers that are off and what is filtered: the
    scene's words, as the slide and the briefing say them."""
    c = scene.caption
    parts = [c.counts, c.window, c.layers_off, f"filters: {c.filters}" if c.filters else ""]
    return " · ".join(p for p in parts if p)


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


@st.dialog("Details", width=DRAWER_WIDTH, position="right", on_dismiss=S.close_drawer)
def _details_drawer(store: ViewStore, pos: np.ndarray, event: str | None, site: str | None):
    """The Details over the page, for a selection made in the list or on the timeline
    (below the map: the panel beside the map would be out of view)."""
    # Streamlit sets headings in a dialog smaller than on the page (with this theme an h3
    # is 12 px, below the text's 16): one level up keeps titles as large as the text.
    render_detail(store, pos, event, site, level=2)


def _site_of(store: ViewStore):
    def site_of(event_id: str) -> str | None:
        row = store.event(event_id)
        return str(row["site_id"]) if row is not None and row["placement"] == "site" else None

    return site_of


def render() -> None:
    # First, before the data: the browser gets the map ready while the server loads them.
    prepare_map()
    store = current_store()
    settings = store.dataset.settings
    # The tab's title is the region's (settings.toml); app.py set the rest of the page.
    st.set_page_config(page_title=settings.page_title)
    ctx = current_context(store)
    ds = checked_dataset(store, ctx)  # the narratives' steps checked as links are
    S.init_view(ctx, store.version)
    opened = story.init(ds.narratives, ctx)
    v = S.view()

    if v.present:
        _presentation(store, v, opened)
        if opened:  # under the slide, for their keys: ← and → step through the slides
            story.step_nav(opened, ctx)
    else:
        # The map goes first: the browser starts loading and drawing it while the rest of
        # the page (controls, timeline, list) arrives. Every control reads and writes the
        # one view state, so the order of drawing changes nothing else.
        _workspace(store, v, ctx.span, ds, opened)
        with st.sidebar:
            # First in the sidebar: an early Tab stop past some 50 controls to the list.
            with st.container(key="skip-link"):
                st.markdown(f"[Skip to the event list]({SKIP['href']})")
            story.chooser(ds.narratives, ctx)
            controls.time_controls(v, ctx.span)
            controls.filter_controls(
                v, sorted(ctx.actors, key=str.casefold), settings.search_placeholder
            )
            controls.layer_controls(v, settings)
            controls.view_controls(v, _selected_anchor(store, v), settings)
            controls.presentation_toggle(v)
    _playback(ctx.span)
    S.sync_url(S.view(), story.url_keys(story.current(ds.narratives)))


def _selected_anchor(store: ViewStore, v: ViewState) -> tuple[float, float] | None:
    at = store.position(v.event) if v.event else None
    if at is None or np.isnan(store.lon[at]):  # no place in the sources: nothing to centre on
        return None
    return round(float(store.lon[at]), 4), round(float(store.lat[at]), 4)


def _workspace(
    store: ViewStore, v: ViewState, span, ds: Dataset, opened: tuple[Narrative, int] | None
) -> None:
    q = query_of(v)
    scene = view_scene(store.version, v, workspace_frame(v), False, store)
    st.title(ds.settings.title, anchor=False)
    if fallback := st.session_state.get(FALLBACK_NOTE):
        st.warning(md_escape(fallback))
    panels.url_notes(st.session_state.get(S.NOTES, []))
    panels.problems_panel(ds)
    st.caption(
        md_escape(caption(scene))
        + " · the address bar always holds the permalink to this exact view: copy it to share."
    )
    if not len(scene.shown):
        empty_view(store, v, span)
    # With nothing selected the map takes the page's width: an empty Details column
    # would only narrow it.
    selected = bool(v.event or v.site or opened)
    # Columns either way: the map keeps its place in the page, so a first selection does
    # not mount it anew (the page shrank while it did, and scrolled the reader away).
    left, *rest = st.columns([3, 2] if selected else [1], gap="medium")
    right = rest[0] if rest else None
    with left:
        render_map(store, v, q, scene, skip=SKIP)
        if note := map_note(store, scene):
            st.caption(note)
        exports.download_row(store, v)
        authoring.author(ds, v, scene.shown)
    if right is None:
        st.caption(
            "Click a marker or an area on the map, a bar on the timeline, or a row of the "
            "event list to see what each source says."
        )
    else:
        # A fixed height (it scrolls): a long detail must not push the timeline down the page.
        with right, st.container(key="detail", height=DETAIL_HEIGHT, border=False):
            if opened:
                story.step_card(ds, opened, current_context(store))
            st.header("Details", anchor=False)
            render_detail(store, scene.shown, v.event, v.site)
    st.header("Timeline", anchor=False)
    panels.timeline_panel(store, v, span, _site_of(store))
    with st.container(key=EVENT_LIST):
        st.header("Events", anchor=False)
        render_table(store, q, scene.shown, v.event, _site_of(store))
    panels.footer(store, scene.shown)
    if selected and S.drawer_open():
        _details_drawer(store, scene.shown, v.event, v.site)


def slide_spec(store: ViewStore, scene: Scene, caption: str | None = None) -> SlideSpec:
    """The texts around the slide's map, from the scene (as the briefing image says them),
    with a narrative step's ``caption``."""
    c, s = scene.caption, scene.selection
    return {
        "title": c.title,
        "caption": caption,
        "counts": c.counts,
        "window": c.window,
        "filters": "Filters: "
        + (c.filters or "none (all events)")
        + (f" · {c.layers_off}" if c.layers_off else ""),
        "selected": None if s is None else selected_text(s.letter, s.category, s.title, s.when),
        "sources": panels.sources_line(store, scene.shown),
        "attribution": store.dataset.settings.attribution,
        "note": map_note(store, scene),
        "furniture": [
            {
                "kind": f.kind,  # type: ignore[typeddict-item]
                "box": [round(b, 1) for b in f.box or ()],
                "length": round(scene.scale_m / scene.frame.metres_per_px(), 1)
                if f.kind == "scale-bar"
                else 0.0,
                "label": scene.scale_label if f.kind == "scale-bar" else "N",
            }
            for f in scene.furniture
        ],
    }


def _presentation(store: ViewStore, v: ViewState, opened: tuple[Narrative, int] | None) -> None:
    """The slide: the scene of the 16:9 sheet's frame, which the component lays over the
    page and scales to the window; a narrative's step gives it its caption."""
    frame = SLIDE.map_frame(v.lon, v.lat, v.zoom)
    scene = view_scene(store.version, v, frame, True, store)
    spec = slide_spec(store, scene, story.slide_caption(opened))
    render_map(store, v, query_of(v), scene, slide=spec)

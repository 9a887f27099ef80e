"""Sidebar controls: time (range, presets, mode, playback), filters, layers, map view."""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from dashboard.contract.catalog import ALL_LAYERS
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.contract.settings import Settings
from dashboard.scene import style
from dashboard.store.search import HELP as SEARCH_HELP
from dashboard.ui import state as S
from dashboard.ui.text import md_escape
from dashboard.view.state import ViewState
from dashboard.view.window import (
    DATE_FORMS,
    MODE_LABELS,
    MODES,
    playback_start,
    presets,
    typed_range,
)

CUSTOM = "Custom range"
RANGE_NOTE = "range_note"  # (what a typed date did not do, the range kept)
PRECISION_CHOICES = {
    3: "Any (region-only places too)",
    2: "Near a named place or better",
    1: "Exact places only",
}


def preset_select(key: str, label: str, choices: dict, current, custom: str, apply) -> None:
    """A selectbox of named presets that shows which one the view matches (else ``custom``)
    and applies the chosen one's value."""

    def chosen(name: str) -> None:
        if name in choices:
            apply(choices[name])

    name = next((n for n, value in choices.items() if value == current), custom)
    S.bind(st.selectbox, key, name, chosen, label=label, options=[custom, *choices])


def time_controls(v: ViewState, span) -> None:
    """Mode, quick ranges, the range slider, typed dates and playback."""
    st.subheader("Time")
    S.bind(
        st.radio,
        "w_mode",
        v.mode,
        lambda m: S.update(mode=m),
        label="Mode",
        options=list(MODES),
        format_func=MODE_LABELS.get,
        horizontal=False,
        help="Window shows events whose period overlaps the range. As of shows everything that "
        "began by the range's end; what ended before the range is faded.",
    )
    preset_select(
        "w_preset",
        "Quick range",
        presets(span),
        (v.start, v.end),
        CUSTOM,
        lambda rng: S.update(start=rng[0], end=rng[1]),
    )
    _range(v, span)
    _play(v, span)


def _range(v: ViewState, span) -> None:
    """The slider and, under it, the dates typed: a slider over many years cannot hit a
    day. One under the other: side by side, the sidebar cuts the dates."""
    S.bind(
        st.slider,
        "w_range",
        (v.start, v.end),
        lambda r: S.update(start=r[0], end=r[1]),
        label="Date range",
        min_value=span[0],
        # A slider needs two ends: data that all falls on one day gets the day after too.
        max_value=max(span[1], span[0] + timedelta(days=1)),
        step=timedelta(days=1),
        format="YYYY-MM-DD",
    )
    for key, label, day, last in (("w_from", "From", v.start, False), ("w_to", "To", v.end, True)):
        # A text field, not st.date_input: that one applies a typed date only once the
        # focus leaves its calendar button too (a second Tab), never on Enter.
        S.bind(
            st.text_input,
            key,
            day.isoformat(),
            lambda text, last=last: _typed(text, last, span),
            label=label,
            placeholder="YYYY-MM-DD",
            help=f"Type {DATE_FORMS}; Enter or Tab applies it. Empty: the data's "
            + ("last day." if last else "first day."),
        )
    note = st.session_state.get(RANGE_NOTE)
    if note and note[1] == (v.start, v.end):  # until the range moves on
        st.warning(md_escape(note[0]), icon=":material/event_busy:")


def _play(v: ViewState, span) -> None:
    playing = st.session_state.get("playing", False)
    if st.button(
        "⏸ Pause" if playing else "▶ Play through time",
        key="w_play",
        width="stretch",
        help="Steps the range forward through the data; the URL follows. From the whole "
        "span (All), a window of up to a year steps from the data's first day to its last.",
    ):
        if not playing:
            start, end = (
                (v.start, v.end) if v.end < span[1] else playback_start(v.start, v.end, span)
            )
            S.update(start=start, end=end)
        st.session_state["playing"] = not playing
        st.rerun()


def _typed(text: str, last: bool, span) -> None:
    """A typed From or To; what was not taken as typed is said under the fields."""
    v = S.view()
    (start, end), note = typed_range(text, last, (v.start, v.end), span)
    S.update(start=start, end=end)
    st.session_state[RANGE_NOTE] = (note, (start, end)) if note else None


# The multiple-choice filters: (widget key, Filters field, label, the choices in their
# canonical order, how a choice reads, help).
CHOICE_FILTERS = (
    ("w_categories", "categories", "Category", CATEGORIES, style.CATEGORY_LABELS.get, None),
    ("w_statuses", "statuses", "Status", STATUSES, None, None),
    (
        "w_evidence",
        "evidence",
        "Evidence",
        EVIDENCE,
        None,
        "From the claims: denied (a government denies it), contested (sources give "
        "different values), official (a government text), corroborated (two or more "
        "independent sources), reported (one).",
    ),
)


def _choices(key: str, field: str, label: str, allowed, fmt, help_text, chosen) -> None:
    """A multiselect over ``allowed`` that keeps the chosen values in their order."""

    def apply(values, field=field, allowed=allowed) -> None:
        S.update_filters(**{field: tuple(x for x in allowed if x in values)})

    kw = {"format_func": fmt} if fmt else {}
    S.bind(
        st.multiselect,
        key,
        list(chosen),
        apply,
        label=label,
        options=list(allowed),
        help=help_text,
        **kw,
    )


def filter_controls(v: ViewState, actors: list[str], placeholder: str = "") -> None:
    """Search, the multiple-choice filters, actors and place precision."""
    st.subheader("Filters")
    f = v.filters
    S.bind(
        st.text_input,
        "w_query",
        f.query,
        lambda q: S.update_filters(query=q[:200]),
        label="Search titles, places and quotes",
        placeholder=placeholder or None,  # the settings' examples (search_placeholder)
        help=SEARCH_HELP,
    )
    for key, field, label, allowed, fmt, help_text in CHOICE_FILTERS:
        _choices(key, field, label, allowed, fmt, help_text, getattr(f, field))
    S.bind(
        st.multiselect,
        "w_actors",
        list(f.actors),
        lambda a: S.update_filters(actors=tuple(a)),
        label="Actor (any of)",
        options=actors,
        placeholder="All actors",
    )
    S.bind(
        st.radio,
        "w_precision",
        f.max_precision,
        lambda p: S.update_filters(max_precision=p),
        label="Place known to",
        options=list(PRECISION_CHOICES),
        format_func=PRECISION_CHOICES.get,
        help="Hide events whose place is only approximately known (geo_precision 2–3).",
    )


def layer_controls(v: ViewState, settings: Settings) -> None:
    st.subheader("Layers")
    for group in ALL_LAYERS:
        # No toggle for a reference layer the region's settings never draw.
        if group.id in ("districts", "places") and not settings.draws(group.id):
            continue

        def toggle(on: bool, gid: str = group.id) -> None:
            layers = set(S.view().layers)
            layers = layers | {gid} if on else layers - {gid}
            S.update(layers=tuple(g.id for g in ALL_LAYERS if g.id in layers))

        S.bind(st.checkbox, f"w_layer_{group.id}", group.id in v.layers, toggle, label=group.label)


def view_controls(
    v: ViewState, selected_anchor: tuple[float, float] | None, settings: Settings
) -> None:
    st.subheader("Map view")
    preset_select(
        "w_view",
        "Area",
        settings.area_presets(),
        (v.lat, v.lon, v.zoom),
        "Custom view",
        lambda p: S.move_map(*p),
    )
    if selected_anchor and st.button("Centre on the selection", key="w_centre", width="stretch"):
        S.move_map(selected_anchor[1], selected_anchor[0], max(v.zoom, 7.5))
        st.rerun()
    st.caption(
        "Pan and zoom the map with the mouse or the keyboard (arrows, +/−): the link "
        "keeps the view."
    )


def presentation_toggle(v: ViewState) -> None:
    S.bind(
        st.toggle,
        "w_present",
        v.present,
        lambda p: S.update(present=p),
        label="Presentation mode",
        help="A clean 16:9 map with legend, date and sources, for screenshots. Also ?present=1.",
    )

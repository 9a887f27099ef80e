"""A view that shows no event: the page says why and offers to clear what leaves
nothing (the counts and the cleared views are ``view.empty``'s)."""

from __future__ import annotations

import streamlit as st

from dashboard.store.query import Store
from dashboard.ui import state as S
from dashboard.ui.text import md_escape
from dashboard.view.empty import FILTERS, LAYERS, SEARCH, WINDOW_RANGE, clearing, why_empty
from dashboard.view.state import ViewState

BUTTONS = (
    (SEARCH, "Clear search"),
    (FILTERS, "Clear filters"),
    (LAYERS, "Show all event layers"),
    (WINDOW_RANGE, "Show the whole time range"),
)


def empty_view(store: Store, v: ViewState, span) -> None:
    """Why nothing matches (one line per search, filter, layer or range set) and a
    button for each group of them, saying how many events clearing it shows."""
    why = why_empty(store, v, span)
    lines = "\n".join(f"- {md_escape(line)}" for line in why.lines())
    st.warning(f"**No event matches this view.**\n\n{lines}", icon=":material/search_off:")
    with st.container(horizontal=True):
        for group, label in BUTTONS:
            if group in why.cleared:
                n = why.cleared[group]
                st.button(
                    f"{label} ({n:,} event{'' if n == 1 else 's'})",
                    key=f"w_empty_{group}",
                    on_click=lambda g=group: S.update(**clearing(S.view(), g, span)),
                )

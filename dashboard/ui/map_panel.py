"""The map component: the deck, its selection, and the legend under it."""

from __future__ import annotations

import base64

import pandas as pd
import streamlit as st

from dashboard.core.urlstate import ViewState
from dashboard.export.legend import legend_png
from dashboard.mapview.deck import build_deck
from dashboard.ui.selection import MAP_KEY


@st.cache_data(show_spinner=False, max_entries=16)
def _legend(categories: tuple[str, ...]) -> str:
    # A data: URL rather than a media file: a media file's URL is dropped when a rerun
    # draws a different legend, and a browser still fetching the old one gets a 404.
    return "data:image/png;base64," + base64.b64encode(legend_png(categories)).decode("ascii")


def render_map(
    events: pd.DataFrame,
    reference: dict,
    v: ViewState,
    tiles_url: str | None,
    height: int = 560,
    width: int | str = "stretch",
) -> None:
    deck = build_deck(events, reference, v, online_style=tiles_url)
    st.pydeck_chart(
        deck,
        on_select="rerun",
        selection_mode="single-object",
        key=MAP_KEY,
        height=height,
        width=width,
    )


def render_legend(categories: tuple[str, ...], width: int | str = "stretch") -> None:
    st.image(_legend(categories), width=width)

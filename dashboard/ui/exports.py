"""Downloads: the briefing image (16:9 or A4) and the shown events as CSV / GeoJSON.

The files are made only when a button is clicked (Streamlit calls the data function then).
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard.core.dataset import Dataset
from dashboard.core.urlstate import ViewState, to_query
from dashboard.export.briefing import SIZE_LABELS, Briefing, briefing_png
from dashboard.export.tables import events_csv, events_geojson

DEFAULT_BASE = "http://localhost:8501/"


def permalink(state: ViewState) -> str:
    """The URL that restores ``state`` on this server (as the browser sees it)."""
    base = (st.context.url or DEFAULT_BASE).split("?")[0]
    return base + "?" + urlencode(to_query(state), doseq=True)


def download_row(ds: Dataset, v: ViewState, shown: pd.DataFrame) -> None:
    link = permalink(v)
    stamp = f"{v.start:%Y%m%d}-{v.end:%Y%m%d}"
    cols = st.columns(4)
    for col, size in zip(cols[:2], SIZE_LABELS, strict=True):
        col.download_button(
            f"Briefing image · {'16:9' if size == 'slide' else 'A4'}",
            data=lambda size=size: briefing_png(ds, Briefing(v, size, link, datetime.now(UTC))),
            file_name=f"briefing-{stamp}-{size}.png",
            mime="image/png",
            key=f"dl_png_{size}",
            help=f"{SIZE_LABELS[size]}: this view with legend, scale, sources and permalink",
            on_click="ignore",
            width="stretch",
        )
    cols[2].download_button(
        "Events · CSV",
        data=lambda: events_csv(ds, shown),
        file_name=f"events-{stamp}.csv",
        mime="text/csv",
        key="dl_csv",
        help="One row per excerpt of each shown event",
        on_click="ignore",
        width="stretch",
    )
    cols[3].download_button(
        "Events · GeoJSON",
        data=lambda: events_geojson(ds, shown),
        file_name=f"events-{stamp}.geojson",
        mime="application/geo+json",
        key="dl_geojson",
        help="Each shown event with its geometry and excerpts",
        on_click="ignore",
        width="stretch",
    )

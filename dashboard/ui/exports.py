"""Downloads: the briefing image (16:9 or A4) and the shown events as CSV / GeoJSON.

The files are made only when a button is clicked (Streamlit calls the data function then).
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import streamlit as st

from dashboard.render.tables import TABLE_FORMATS, table_bytes, table_file_name
from dashboard.scene.sheet import SHEETS
from dashboard.store.query import ViewStore
from dashboard.view.state import ViewState
from dashboard.view.url import to_query

DEFAULT_BASE = "http://localhost:8501/"


def permalink(state: ViewState) -> str:
    """The URL that restores ``state`` on this server (as the browser sees it)."""
    base = (st.context.url or DEFAULT_BASE).split("?")[0]
    base = base if base.endswith("/") else base + "/"
    return base + "?" + urlencode(to_query(state), doseq=True)


def _briefing(store, v: ViewState, size: str, link: str) -> bytes:
    """The briefing image, made when its button is clicked. matplotlib is imported only
    then: the page itself never needs it."""
    from dashboard.render.briefing.figure import Briefing, briefing_png
    from dashboard.ui.map_panel import scene_data

    made = Briefing(v, size, link, datetime.now(UTC))
    return briefing_png(store, made, scene_data(store.version, store))


def download_row(store: ViewStore, v: ViewState) -> None:
    """Four buttons: the briefing image in two sizes, the shown events as CSV and GeoJSON.

    Each file is made when its button is clicked, from the same store query as the map.
    """
    link = permalink(v)
    stamp = f"{v.start:%Y%m%d}-{v.end:%Y%m%d}"
    # (label, make the bytes, file name, MIME type, help)
    files = [
        *(
            (
                f"Briefing image · {'16:9' if size == 'slide' else 'A4'}",
                lambda size=size: _briefing(store, v, size, link),
                f"briefing-{stamp}-{size}.png",
                "image/png",
                f"{SHEETS[size].label}: this view with legend, scale, sources and permalink",
            )
            for size in SHEETS
        ),
        *(
            (
                f"Events · {table.label}",
                lambda fmt=fmt: table_bytes(store, v, fmt),
                table_file_name(v, fmt),
                table.mime,
                table.what,
            )
            for fmt, table in TABLE_FORMATS.items()
        ),
    ]
    # Two per row: four in one row cut their labels on a laptop screen.
    cells = [c for _ in range(0, len(files), 2) for c in st.columns(2)]
    for i, (col, (label, make, name, mime, help_text)) in enumerate(
        zip(cells, files, strict=False)
    ):
        col.download_button(
            label,
            data=make,
            file_name=name,
            mime=mime,
            key=f"download_{i}",
            help=help_text,
            on_click="ignore",
            width="stretch",
        )

"""Downloads: the briefing image (16:9 or A4), the shown events as CSV / GeoJSON and,
when the data has narratives, the briefing pack of one (PDF, PPTX).

The files are made only when a button is clicked (Streamlit calls the data function then).
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import streamlit as st

from dashboard.render.tables import TABLE_FORMATS, table_bytes, table_file_name
from dashboard.scene.sheet import SHEETS
from dashboard.store.query import ViewStore
from dashboard.ui.data import checked_dataset, current_context
from dashboard.ui.text import md_escape
from dashboard.view.state import ViewState
from dashboard.view.story import STORY_KEY
from dashboard.view.url import to_query

DEFAULT_BASE = "http://localhost:8501/"


def _base() -> str:
    """This server's address as the browser sees it, ending in /."""
    base = (st.context.url or DEFAULT_BASE).split("?")[0]
    return base if base.endswith("/") else base + "/"


def permalink(state: ViewState) -> str:
    """The URL that restores ``state`` on this server (as the browser sees it)."""
    return _base() + "?" + urlencode(to_query(state), doseq=True)


def _briefing(store, v: ViewState, size: str, link: str) -> bytes:
    """The briefing image, made when its button is clicked. matplotlib is imported only
    then: the page itself never needs it."""
    from dashboard.render.briefing.figure import Briefing, briefing_png
    from dashboard.ui.map_panel import scene_data

    made = Briefing(v, size, link, datetime.now(UTC))
    return briefing_png(store, made, scene_data(store.version, store))


def _pack(store, narrative, kind: str, base: str) -> bytes:
    """The briefing pack of ``narrative``, its links on ``base``, made when its button is
    clicked (matplotlib and python-pptx are imported only then)."""
    from dashboard.render.pack import pack_pdf, pack_pptx

    made = datetime.now(UTC)
    if kind == "pdf":
        return pack_pdf(store, narrative, base, made)
    return pack_pptx(store, narrative, base, made)


PACK_MIME = {
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def _pack_files(store: ViewStore) -> list[tuple]:
    """The pack's buttons, for the narrative the link names (else the data's first); none
    when the data has no narrative."""
    narratives = checked_dataset(store, current_context(store)).narratives
    if not narratives:
        return []
    named = st.query_params.get(STORY_KEY)
    narrative = next((n for n in narratives if n.narrative_id == named), narratives[0])
    base = _base()  # read now: a click's callback has no page address to read
    return [
        (
            f"Briefing pack · {kind.upper()}",
            lambda kind=kind: _pack(store, narrative, kind, base),
            f"pack-{narrative.narrative_id}.{kind}",
            PACK_MIME[kind],
            f"“{md_escape(narrative.title)}”: a title slide, one slide per step (its map, "
            "caption and link) and every source it cites",
        )
        for kind in PACK_MIME
    ]


def download_row(store: ViewStore, v: ViewState) -> None:
    """The briefing image in two sizes, the shown events as CSV and GeoJSON, and the
    briefing pack (PDF, PPTX) when the data has narratives.

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
        *_pack_files(store),
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

"""Writing a narrative in the page: add the current view as a step (with a caption and
the quotes it rests on), reorder and remove steps, and download the package's narrative
files with the draft in them. The draft lives in the session: nothing is written on the
server, so a read-only deployment allows it too."""

from __future__ import annotations

import re

import numpy as np
import streamlit as st

from dashboard.contract.dataset import Dataset
from dashboard.contract.narratives import CAPTION_CHARS, Narrative, narrative_csv
from dashboard.interchange.package import narratives_zip
from dashboard.ui.text import md_escape
from dashboard.view.state import ViewState
from dashboard.view.story import add_step, move_step, remove_step

DRAFT = "draft_steps"  # the draft's steps (a tuple of Step)
TITLE, CAPTION, QUOTES = "draft_title", "draft_caption", "draft_excerpts"
OPEN = "draft_open"  # the panel is switched on
QUOTE_OPTIONS = 200  # quotes offered at most: the selected event's first, then the view's
QUOTE_CHARS = 90


def _options(
    ds: Dataset, shown: np.ndarray, event: str | None, chosen: list[str]
) -> dict[str, str]:
    """excerpt_id -> 'Publisher: “quote…”': the quotes already chosen (kept when the
    selection or the view moves on), then the selected event's, then those of the events
    the view shows (up to ``QUOTE_OPTIONS``)."""
    events = ds.events["event_id"].to_numpy()[shown[:QUOTE_OPTIONS]]
    ids = [event] if event else []
    ids += [e for e in events if e != event]
    usable = ds.excerpts["excerpt_id"] != ""
    kept = ds.excerpts["excerpt_id"].isin(set(chosen)) & usable
    ex = ds.excerpts[kept | (ds.excerpts["event_id"].isin(set(ids)) & usable)]
    first = ex["event_id"].map({e: i for i, e in enumerate(ids)}).where(~kept[ex.index], -1)
    ex = ex.assign(_at=first).sort_values("_at", kind="stable").head(QUOTE_OPTIONS + len(chosen))
    publisher = ex["source_id"].map(ds.sources.set_index("source_id")["publisher"])
    quote = ex["quote"].str.slice(0, QUOTE_CHARS)
    return dict(zip(ex["excerpt_id"], publisher + ": “" + quote + "…”", strict=True))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "draft"


def _add(v: ViewState) -> None:
    caption = st.session_state.get(CAPTION, "").strip()
    if not caption:
        st.session_state["draft_note"] = "Write a caption first: what this view shows."
        return
    quotes = tuple(st.session_state.get(QUOTES, []))
    st.session_state[DRAFT] = add_step(st.session_state.get(DRAFT, ()), v, caption, quotes)
    st.session_state[CAPTION], st.session_state[QUOTES] = "", []
    st.session_state.pop("draft_note", None)


def _draft(ds: Dataset) -> Narrative:
    title = st.session_state.get(TITLE, "").strip() or "Draft narrative"
    taken = {n.narrative_id for n in ds.narratives}
    nid = _slug(title)
    nid = nid if nid not in taken else f"{nid}-draft"
    return Narrative(nid, title, "", st.session_state.get(DRAFT, ()))


def author(ds: Dataset, v: ViewState, shown: np.ndarray) -> None:
    """The 'Write a narrative' panel under the map, drawn only while it is switched on."""
    # Off (the default), nothing is drawn: an analyst who is not writing a story gets no
    # extra widgets and no extra work on each rerun.
    if not st.toggle("Write a narrative: add this view as a step", key=OPEN):
        return
    with st.container(border=True):
        st.text_input("Narrative title", key=TITLE, placeholder="e.g. The Wakhan base")
        st.text_area(
            "Caption of this view",
            key=CAPTION,
            max_chars=CAPTION_CHARS,
            help="What the view shows, in a sentence or two; say nothing its quotes do not.",
        )
        options = _options(ds, shown, v.event, st.session_state.get(QUOTES, []))
        st.multiselect(
            "The quotes it rests on (of the events shown)",
            options=list(options),
            format_func=options.get,
            key=QUOTES,
        )
        st.button("Add this view as a step", key="draft-add", on_click=_add, args=(v,))
        if note := st.session_state.get("draft_note"):
            st.warning(md_escape(note))
        _steps()
        steps = st.session_state.get(DRAFT, ())
        if steps:
            files = narrative_csv((*ds.narratives, _draft(ds)))
            st.download_button(
                "Download narratives.csv and narrative_steps.csv (zip)",
                narratives_zip(files),
                file_name="narratives.zip",
                mime="application/zip",
                key="draft-download",
                help="The package's narratives with this draft: unzip them into the data "
                "folder (beside events.csv). Nothing is saved on the server.",
            )


def _set(steps) -> None:
    st.session_state[DRAFT] = steps


def _steps() -> None:
    """The draft's steps in order, each with up, down and remove."""
    steps = st.session_state.get(DRAFT, ())
    for at, step in enumerate(steps):
        text, up, down, drop = st.columns([8, 1, 1, 1], vertical_alignment="center")
        quotes = f" ({len(step.excerpt_ids)} quote(s))" if step.excerpt_ids else " (no quote)"
        text.markdown(md_escape(f"{step.number}. {step.caption}{quotes}"))
        up.button(
            "↑",
            key=f"draft-up-{at}",
            help="Move up",
            disabled=at == 0,
            on_click=lambda at=at: _set(move_step(st.session_state[DRAFT], at, -1)),
        )
        down.button(
            "↓",
            key=f"draft-down-{at}",
            help="Move down",
            disabled=at == len(steps) - 1,
            on_click=lambda at=at: _set(move_step(st.session_state[DRAFT], at, 1)),
        )
        drop.button(
            "✕",
            key=f"draft-remove-{at}",
            help="Remove this step",
            on_click=lambda at=at: _set(remove_step(st.session_state[DRAFT], at)),
        )

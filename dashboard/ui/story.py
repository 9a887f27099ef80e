"""A narrative in the page: choose one, step through it (buttons and the arrow keys), see
each step's caption and the quotes it rests on. The step's view is applied as a link's
would be, and the URL names the narrative and the step (``view/story.py``)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard.contract.dataset import Dataset
from dashboard.contract.narratives import Narrative
from dashboard.ui import state as S
from dashboard.ui.detail import render_cited
from dashboard.ui.text import md_escape
from dashboard.view.state import Context
from dashboard.view.story import STEP_KEY, STORY_KEY, find, step_view

OPEN = "story_open"  # (narrative_id, step number) of the open narrative, or None
CHOOSER = "story_choice"
READ = "story_read"  # the URL's story keys were read (first run only)
NONE = ""


def init(narratives: tuple[Narrative, ...], ctx: Context) -> tuple[Narrative, int] | None:
    """The open narrative and step: on the first run from the URL (whose step's view then
    applies, with a note when the link names no known narrative); later as the session
    left it, closed when the data no longer has it."""
    if READ not in st.session_state:
        st.session_state[READ] = True
        wanted = st.query_params.get(STORY_KEY)
        if wanted:
            narrative = find(narratives, wanted)
            if narrative is None:
                note = f"Ignored {STORY_KEY}={wanted[:60]!r}: the data has no such narrative."
                st.session_state.setdefault(S.NOTES, []).append(note)
            else:
                go(narrative, _number(st.query_params.get(STEP_KEY)), ctx)
    return current(narratives)


def _number(text: str | None) -> int:
    try:
        return int(text or 1)
    except ValueError:
        return 1


def current(narratives: tuple[Narrative, ...]) -> tuple[Narrative, int] | None:
    """The open narrative and its step number, or None."""
    at = st.session_state.get(OPEN)
    narrative = find(narratives, at[0]) if at else None
    if narrative is None:
        st.session_state[OPEN] = None
        return None
    return narrative, narrative.step(at[1]).number


def go(narrative: Narrative, number: int, ctx: Context) -> None:
    """Show step ``number`` of ``narrative`` (the nearest one): its view, kept in
    presentation mode when the page is in it."""
    step = narrative.step(number)
    state, _ = step_view(step, ctx)  # checked when the data loaded: no note is left
    S.show(replace(state, present=S.view().present))
    st.session_state[OPEN] = (narrative.narrative_id, step.number)


def url_keys(opened: tuple[Narrative, int] | None) -> dict[str, str]:
    """The URL keys of the open step (none when no narrative is open)."""
    if opened is None:
        return {}
    return {STORY_KEY: opened[0].narrative_id, STEP_KEY: str(opened[1])}


def chooser(narratives: tuple[Narrative, ...], ctx: Context) -> None:
    """The sidebar's narrative choice: a narrative opens at its first step."""
    if not narratives:
        return
    titles = {NONE: "None: explore freely", **{n.narrative_id: n.title for n in narratives}}
    opened = current(narratives)

    def choose(value: str) -> None:
        narrative = find(narratives, value)
        if narrative is None:
            st.session_state[OPEN] = None
        else:
            go(narrative, 1, ctx)

    S.bind(
        st.selectbox,
        CHOOSER,
        opened[0].narrative_id if opened else NONE,
        choose,
        label="Narrative",
        options=list(titles),
        format_func=titles.get,
        help="A guided walk through the evidence: each step sets the map, the time range "
        "and the selection, with a caption and the quotes it rests on. ← and → step.",
    )


def step_nav(opened: tuple[Narrative, int], ctx: Context) -> None:
    """Previous and Next, also on the ← and → keys (not while typing in a field); the
    buttons show their keys."""
    narrative, number = opened
    back, on = st.columns(2)
    back.button(
        "Previous",
        key="story-prev",
        on_click=go,
        args=(narrative, number - 1, ctx),
        disabled=number <= 1,
        shortcut="Left",
        width="stretch",
    )
    on.button(
        "Next",
        key="story-next",
        on_click=go,
        args=(narrative, number + 1, ctx),
        disabled=number >= len(narrative.steps),
        shortcut="Right",
        width="stretch",
    )


def step_card(ds: Dataset, opened: tuple[Narrative, int], ctx: Context) -> None:
    """The open step: where it is in its narrative, its caption, the way on, and the
    quotes it rests on with their citations."""
    narrative, number = opened
    step = narrative.step(number)
    with st.container(key="story-step", border=True):
        st.caption(md_escape(f"{narrative.title} · Step {number} of {len(narrative.steps)}"))
        st.markdown(f"**{md_escape(step.caption)}**")
        step_nav(opened, ctx)
        # Not in an expander: its margins would narrow the quotes set side by side.
        st.markdown(f"**The quotes behind this step ({len(step.excerpt_ids)})**")
        render_cited(ds, step.excerpt_ids)


def slide_caption(opened: tuple[Narrative, int] | None) -> str | None:
    """The step's caption as the slide says it: 'Step 2 of 6 · caption'."""
    if opened is None:
        return None
    narrative, number = opened
    return f"Step {number} of {len(narrative.steps)} · {narrative.step(number).caption}"

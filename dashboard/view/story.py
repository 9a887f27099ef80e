"""Where a narrative's step lives in the URL: the step's own view plus two keys; and the
check that each step's view is a link the page takes as it is."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlencode

from dashboard.contract.dataset import Dataset
from dashboard.contract.narratives import Narrative, Step
from dashboard.contract.problems import Problem
from dashboard.contract.schema import load_package
from dashboard.view.state import Context, ViewState
from dashboard.view.url import parse_query, to_query

STORY_KEY = "story"  # the narrative's id
STEP_KEY = "step"  # the step's 1-based number
STEPS_FILE = load_package().resource("narrative_steps").path


def step_params(narrative: Narrative, step: Step) -> dict[str, list[str]]:
    """The query parameters of a link that opens ``narrative`` at ``step``."""
    params = {k: v for k, v in parse_qs(step.query).items() if k not in (STORY_KEY, STEP_KEY)}
    params[STORY_KEY] = [narrative.narrative_id]
    params[STEP_KEY] = [str(step.number)]
    return params


def step_link(base_url: str, narrative: Narrative, step: Step) -> str:
    """The permalink that opens ``narrative`` at ``step`` on the dashboard at ``base_url``."""
    return f"{base_url.rstrip('/')}/?{urlencode(step_params(narrative, step), doseq=True)}"


def step_view(step: Step, ctx: Context) -> tuple[ViewState, list[str]]:
    """The view a step shows, read as the page reads a link, with the notes on what the
    link parser did not take as it is."""
    return parse_query(parse_qs(step.query, keep_blank_values=True), ctx)


def checked(ds: Dataset, ctx: Context) -> Dataset:
    """``ds`` without the steps whose view the page would not show as written (an unknown
    key, a bad date, an unknown event, a centre outside the region's frame): each is a
    located problem of ``narrative_steps.csv``; the other steps keep their order and are
    numbered again. A narrative left with no step is not shown."""
    problems, kept = [], []
    for narrative in ds.narratives:
        good = []
        for step in narrative.steps:
            _, notes = step_view(step, ctx)
            if notes:
                problems.append(_view_problem(step, notes))
            else:
                good.append(replace(step, number=len(good) + 1))
        if good:
            kept.append(replace(narrative, steps=tuple(good)))
    if not problems:
        return ds
    return replace(ds, narratives=tuple(kept), problems=[*ds.problems, *problems])


def _view_problem(step: Step, notes: list[str]) -> Problem:
    msg = "the view is not a link the page shows as written, so the step is left out: " + " ".join(
        notes
    )
    return Problem(STEPS_FILE, "view", msg, step.row, "view", step.query)


def find(narratives: tuple[Narrative, ...], narrative_id: str | None) -> Narrative | None:
    """The narrative with ``narrative_id``, or None."""
    return next((n for n in narratives if n.narrative_id == narrative_id), None)


# --- A draft narrative, written in the page (held in the session, never on the server) ----


def view_query(state: ViewState) -> str:
    """A view as a step's query string: the link's keys, without presentation mode."""
    params = {k: v for k, v in to_query(replace(state, present=False)).items() if k != "present"}
    return urlencode(params, doseq=True)


def add_step(
    steps: tuple[Step, ...], state: ViewState, caption: str, excerpt_ids: tuple[str, ...]
) -> tuple[Step, ...]:
    """``steps`` with the view ``state`` added last, as a step with ``caption``."""
    return (*steps, Step(len(steps) + 1, caption.strip(), view_query(state), excerpt_ids))


def move_step(steps: tuple[Step, ...], at: int, by: int) -> tuple[Step, ...]:
    """``steps`` with the step at index ``at`` moved ``by`` places (kept within), numbered
    again."""
    order = list(steps)
    to = min(max(at + by, 0), len(order) - 1)
    order.insert(to, order.pop(at))
    return _numbered(order)


def remove_step(steps: tuple[Step, ...], at: int) -> tuple[Step, ...]:
    """``steps`` without the step at index ``at``, numbered again."""
    return _numbered([s for i, s in enumerate(steps) if i != at])


def _numbered(steps: list[Step]) -> tuple[Step, ...]:
    return tuple(replace(s, number=i + 1) for i, s in enumerate(steps))

"""Where a narrative's step lives in the URL: the step's own view plus two keys."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

from dashboard.contract.narratives import Narrative, Step

STORY_KEY = "story"  # the narrative's id
STEP_KEY = "step"  # the step's 1-based number


def step_params(narrative: Narrative, step: Step) -> dict[str, list[str]]:
    """The query parameters of a link that opens ``narrative`` at ``step``."""
    params = {k: v for k, v in parse_qs(step.query).items() if k not in (STORY_KEY, STEP_KEY)}
    params[STORY_KEY] = [narrative.narrative_id]
    params[STEP_KEY] = [str(step.number)]
    return params


def step_link(base_url: str, narrative: Narrative, step: Step) -> str:
    """The permalink that opens ``narrative`` at ``step`` on the dashboard at ``base_url``."""
    return f"{base_url.rstrip('/')}/?{urlencode(step_params(narrative, step), doseq=True)}"

"""Narratives: titled, ordered walks through the evidence, part of the data package.

A step is any view the dashboard can show, written as the permalink's query string (the
URL's one declaration in ``dashboard/view/url.py`` reads it, so a step can say everything
a link can), with a caption and the excerpts it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass

CAPTION_CHARS = 280  # a caption is read aloud in one breath, as on a slide


@dataclass(frozen=True)
class Step:
    """One step of a narrative: a view, what it shows in a sentence, and its evidence."""

    number: int  # 1-based position in its narrative
    caption: str
    query: str  # the view as a permalink query string, e.g. "from=2016&to=2017&event=x"
    excerpt_ids: tuple[str, ...]


@dataclass(frozen=True)
class Narrative:
    """A titled, ordered list of steps."""

    narrative_id: str
    title: str
    summary: str
    steps: tuple[Step, ...]

    def step(self, number: int) -> Step:
        """The step numbered ``number`` (1-based), the nearest one when out of range."""
        return self.steps[min(max(number, 1), len(self.steps)) - 1]

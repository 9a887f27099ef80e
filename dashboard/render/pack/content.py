"""What a briefing pack says, before it is drawn: each step's view, the excerpts the steps
cite with their full citations, and the words of its title page and speaker notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs

from dashboard.contract.narratives import Narrative, Step
from dashboard.scene.style import STANCE_LABELS
from dashboard.scene.text import plural
from dashboard.store.query import ViewStore
from dashboard.view.query import context_of
from dashboard.view.state import ViewState
from dashboard.view.story import STEP_KEY, STORY_KEY, step_link
from dashboard.view.url import parse_query


class PackError(ValueError):
    """A narrative that cannot be drawn as it is: the message says which step and why."""


@dataclass(frozen=True)
class Cited:
    """One excerpt the steps cite: its words, its full citation and the steps citing it."""

    excerpt_id: str
    quote: str
    citation: str
    url: str  # the source's address (http(s), checked on load), or ""
    stance: str
    steps: tuple[int, ...]

    @property
    def quoted(self) -> str:
        """The quote in quotation marks, as Details shows it."""
        return f"“{self.quote}”"


@dataclass(frozen=True)
class PackStep:
    """A step ready to draw: its view, its link, its heading and its excerpts."""

    step: Step
    state: ViewState
    link: str
    heading: str
    cited: tuple[Cited, ...]


def step_view(store: ViewStore, narrative: Narrative, step: Step) -> ViewState:
    """The view of ``step``, read as the page reads a link; a view the page would not open
    as written raises ``PackError`` saying which step and why."""
    params = parse_qs(step.query, keep_blank_values=True)
    params = {k: v for k, v in params.items() if k not in (STORY_KEY, STEP_KEY)}
    state, notes = parse_query(params, context_of(store))
    if notes:
        raise PackError(
            f"narrative {narrative.narrative_id!r}, step {step.number}: the view is not "
            "valid:\n  " + "\n  ".join(notes)
        )
    return state


def cited_excerpts(ds, narrative: Narrative) -> dict[str, Cited]:
    """Every excerpt the steps cite, by id, in the order the steps first cite them."""
    excerpts = ds.excerpts[ds.excerpts["excerpt_id"] != ""].set_index("excerpt_id")
    citing: dict[str, list[int]] = {}
    for step in narrative.steps:  # a narrative's steps: tens, not rows of the data
        for eid in step.excerpt_ids:
            if eid not in excerpts.index:
                raise PackError(
                    f"narrative {narrative.narrative_id!r}, step {step.number}: "
                    f"excerpt_id {eid!r} is not an excerpt of the data"
                )
            citing.setdefault(eid, []).append(step.number)
    urls = ds.sources.set_index("source_id")["url"]
    out = {}
    for eid, steps in citing.items():
        ex = excerpts.loc[eid]
        citation = ds.excerpt_citation(ex["source_id"], ex["locator"])
        url = str(urls.get(ex["source_id"], "") or "")
        steps = tuple(dict.fromkeys(steps))
        out[eid] = Cited(eid, ex["quote"], citation, url, ex["stance"], steps)
    return out


def pack_steps(store: ViewStore, narrative: Narrative, base_url: str) -> list[PackStep]:
    """Every step of ``narrative`` ready to draw (``PackError`` for one that is not)."""
    if not narrative.steps:
        raise PackError(f"narrative {narrative.narrative_id!r} has no step")
    cited = cited_excerpts(store.dataset, narrative)
    total = len(narrative.steps)
    return [
        PackStep(
            step,
            step_view(store, narrative, step),
            step_link(base_url, narrative, step),
            f"Step {step.number} of {total} · {narrative.title}",
            tuple(cited[eid] for eid in dict.fromkeys(step.excerpt_ids)),
        )
        for step in narrative.steps
    ]


def utc(made_at: datetime) -> datetime:
    """``made_at`` in UTC (a time with no zone is taken as UTC)."""
    return made_at.replace(tzinfo=UTC) if made_at.tzinfo is None else made_at.astimezone(UTC)


def title_lines(store: ViewStore, narrative: Narrative, steps: list[PackStep], made_at) -> list:
    """The title page's facts under the title and summary, one line each."""
    first, last = store.span()
    start = min(s.state.start for s in steps)
    end = max(s.state.end for s in steps)
    events = len(store.dataset.events)
    return [
        f"{plural(len(steps), 'step')}: a view of the map with its caption, the excerpts "
        "it rests on and a link that opens it",
        f"The steps show events from {start:%d %b %Y} to {end:%d %b %Y}",
        f"Data: {plural(events, 'event')} dated {first:%d %b %Y} – {last:%d %b %Y} "
        f"({store.dataset.settings.title})",
        f"Made {utc(made_at):%Y-%m-%d %H:%M} UTC",
    ]


def quote_line(c: Cited) -> str:
    """An excerpt as the notes give it: how it stands, its words, then its source."""
    return f"{STANCE_LABELS[c.stance]}: {c.quoted} — {c.citation}"


def step_notes(s: PackStep) -> str:
    """A step's speaker notes: its caption, its link, the verbatim quotes behind it."""
    lines = [f"{s.heading}", s.step.caption, "", f"Link: {s.link}", ""]
    if s.cited:
        lines += ["Quotes behind this step:", *(quote_line(c) for c in s.cited)]
    else:
        lines.append("This step cites no excerpt.")
    return "\n".join(lines)

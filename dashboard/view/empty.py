"""Why a view shows no event: each constraint it sets (the search, each filter, the
layers that are off, the time range), how many events the view would show without it,
and the view with it cleared (what the page's "Clear …" buttons apply).

Pure: one ``count`` of the store per constraint, nothing drawn here (``ui.empty`` draws it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dashboard.contract.catalog import ALL_LAYERS, LAYER_LABELS
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.store.filters import Filters
from dashboard.store.query import Query, Store
from dashboard.view.query import EVENT_LAYER_IDS, query_of
from dashboard.view.state import ViewState

SEARCH, FILTERS, LAYERS, WINDOW_RANGE = "search", "filters", "layers", "window"
# The filters but the search, each as (Filters field, what it reads as, its "all" value).
FILTER_FIELDS = (
    ("categories", "the category filter", CATEGORIES),
    ("statuses", "the status filter", STATUSES),
    ("evidence", "the evidence filter", EVIDENCE),
    ("actors", "the actor filter", ()),
    ("max_precision", "the place precision filter", 3),
)


@dataclass(frozen=True)
class Constraint:
    """One thing the view asks for: what it is (in words), and how many events the view
    would show without it (the rest of the view unchanged)."""

    group: str  # what clearing it means: SEARCH, FILTERS, LAYERS or WINDOW_RANGE
    text: str
    without: int


@dataclass(frozen=True)
class Empty:
    """Why the view shows nothing: its constraints, what each leaves out, the search on
    its own (None: no search), and how many events clearing each group would show."""

    constraints: tuple[Constraint, ...]
    search_alone: int | None
    cleared: dict[str, int]  # group -> events the view shows with that group cleared

    def lines(self) -> list[str]:
        """The explanation, one sentence per constraint."""
        out = []
        for c in self.constraints:
            line = f"Without {c.text}: {_events(c.without)}."
            if c.group == SEARCH and self.search_alone == 0:
                line = f"{_cap(c.text)} finds no event at any date, with no filter. {line}"
            out.append(line)
        if self.constraints and not any(c.without for c in self.constraints):
            out.append("Clearing any one of these still shows nothing: clear several.")
        return out


def why_empty(store: Store, state: ViewState, span: tuple[date, date]) -> Empty:
    """Why ``state`` shows nothing: one count per constraint it sets (see ``Empty``)."""
    constraints = []
    for group, field, text in _active(state, span):
        changes = clearing(state, group, span, field)
        constraints.append(
            Constraint(group, text, store.count(query_of(replace(state, **changes))))
        )
    search_alone = None
    if state.filters.query.strip():
        alone = Filters(query=state.filters.query)
        search_alone = store.count(Query(span[0], span[1], filters=alone))
    cleared = {}
    for group in dict.fromkeys(c.group for c in constraints):
        mine = [c for c in constraints if c.group == group]
        cleared[group] = (
            mine[0].without
            if len(mine) == 1
            else store.count(query_of(replace(state, **clearing(state, group, span))))
        )
    return Empty(tuple(constraints), search_alone, cleared)


def _active(state: ViewState, span) -> list[tuple[str, str | None, str]]:
    """(group, Filters field or None, words) of each constraint ``state`` sets."""
    f = state.filters
    out = []
    if f.query.strip():
        out.append((SEARCH, None, f"the search “{f.query.strip()}”"))
    for field, text, every in FILTER_FIELDS:
        value = getattr(f, field)
        if field == "max_precision":
            if value < every:
                out.append((FILTERS, field, f"{text} (known to precision {value} or better)"))
        elif (set(every) - set(value)) if every else value:
            out.append((FILTERS, field, f"{text} ({', '.join(value) or 'none chosen'})"))
    off = [LAYER_LABELS[g] for g in EVENT_LAYER_IDS if g not in state.layers]
    if off:
        out.append((LAYERS, None, f"the layers that are off ({', '.join(off)})"))
    if (state.start, state.end) != tuple(span):
        out.append((WINDOW_RANGE, None, f"the time range {state.start} – {state.end}"))
    return out


def clearing(state: ViewState, group: str, span, field: str | None = None) -> dict:
    """The changes to ``state`` that clear ``group`` (only its ``field``, when given, of
    the filters): what a "Clear …" button applies with ``ViewState``'s ``replace``."""
    if group == SEARCH:
        return {"filters": replace(state.filters, query="")}
    if group == FILTERS:
        every = {name: value for name, _, value in FILTER_FIELDS}
        if field is not None:
            every = {field: every[field]}
        return {"filters": replace(state.filters, **every)}
    if group == LAYERS:
        on = set(state.layers) | set(EVENT_LAYER_IDS)
        return {"layers": tuple(g.id for g in ALL_LAYERS if g.id in on)}
    if group == WINDOW_RANGE:
        return {"start": span[0], "end": span[1]}
    raise ValueError(f"group was {group!r} but is expected to be one of the constraints' groups")


def _events(n: int) -> str:
    return "still no event" if n == 0 else f"{n:,} event{'s' if n != 1 else ''}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]

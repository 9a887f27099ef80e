"""Which events a view shows, as one store query (shared by the app, the exports and the CLI).

The map, the caption, the event list, the briefing and the downloads all ask the store
the same question, so they agree: the filters, the event layer groups that are on, the
time range.
"""

from __future__ import annotations

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.schema import EVIDENCE
from dashboard.store.query import Query, ViewStore
from dashboard.view.state import Context, ViewState

EVENT_LAYER_IDS = tuple(g.id for g in EVENT_LAYERS)


def query_of(state: ViewState) -> Query:
    """The store query of a view."""
    return Query(
        start=state.start,
        end=state.end,
        mode=state.mode,
        filters=state.filters,
        layers=tuple(g for g in EVENT_LAYER_IDS if g in state.layers),
    )


def context_of(store: ViewStore) -> Context:
    """What a link's parameters are checked against: known ids, the span of the data, and
    the region's opening view (its settings)."""
    return Context(
        span=store.span(),
        event_ids=store.event_ids,
        site_ids=frozenset(store.dataset.sites["site_id"]),
        actors=frozenset(store.actors()),
        center=store.dataset.settings.center,
        zoom=store.dataset.settings.view.zoom,
        bbox=store.dataset.settings.bbox,
    )


def default_view(store: ViewStore) -> ViewState:
    """The view a link with no parameters opens: the whole span, the opening view of the
    region's settings (what a short link leaves out)."""
    s = store.dataset.settings
    return Context(span=store.span(), center=s.center, zoom=s.view.zoom).default_state()


def describe_filters(state: ViewState, all_categories: int, all_statuses: int) -> str:
    """The active filters in words ('' when nothing is filtered)."""
    f = state.filters
    active = []
    if len(f.categories) < all_categories:
        active.append("categories: " + ", ".join(f.categories))
    if len(f.statuses) < all_statuses:
        active.append("status: " + ", ".join(f.statuses))
    if len(f.evidence) < len(EVIDENCE):
        active.append("evidence: " + ", ".join(f.evidence))
    if f.actors:
        active.append("actors: " + ", ".join(f.actors))
    if f.max_precision < 3:
        active.append(f"place precision ≤ {f.max_precision}")
    if f.query:
        active.append(f"search: “{f.query}”")
    return "; ".join(active)

"""Which events a view shows: the filters, then the time range (shared by app and export)."""

from __future__ import annotations

import pandas as pd

from dashboard.core.filters import apply_filters
from dashboard.core.timefilter import filter_time
from dashboard.core.urlstate import ViewState


def visible_events(events: pd.DataFrame, state: ViewState) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events passing the filters at any date, those of them the time range shows)."""
    filtered = apply_filters(events, state.filters)
    return filtered, filter_time(filtered, state.start, state.end, state.mode)


def describe_filters(state: ViewState, all_categories: int, all_statuses: int) -> str:
    """The active filters in words ('' when nothing is filtered)."""
    f = state.filters
    active = []
    if len(f.categories) < all_categories:
        active.append("categories: " + ", ".join(f.categories))
    if len(f.statuses) < all_statuses:
        active.append("status: " + ", ".join(f.statuses))
    if f.actors:
        active.append("actors: " + ", ".join(f.actors))
    if f.max_precision < 3:
        active.append(f"place precision ≤ {f.max_precision}")
    if f.query:
        active.append(f"search: “{f.query}”")
    return "; ".join(active)

"""Attribute filters: category, status, actor, location precision and free-text search."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.core.schema import CATEGORIES, STATUSES


@dataclass(frozen=True)
class Filters:
    """What the analyst chose to see. Empty ``actors`` means every actor."""

    categories: tuple[str, ...] = CATEGORIES
    statuses: tuple[str, ...] = STATUSES
    actors: tuple[str, ...] = ()
    max_precision: int = 3  # 1 shows only exactly known places; 3 shows all
    query: str = ""


def apply_filters(events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The events that pass every filter. Search is a case-insensitive plain substring
    match over titles, summaries, places, actors and the quotes (never a regex)."""
    keep = events["category"].isin(f.categories) & events["status"].isin(f.statuses)
    keep &= events["geo_precision"] <= f.max_precision
    if f.actors:
        wanted = set(f.actors)
        keep &= events["actor_list"].map(lambda a: bool(wanted.intersection(a)))
    q = f.query.strip().casefold()
    if q:
        keep &= events["search_text"].str.contains(q, regex=False)
    return events[keep]


def all_actors(events: pd.DataFrame) -> list[str]:
    """Every actor named in the events, sorted."""
    return sorted({a for actors in events["actor_list"] for a in actors}, key=str.casefold)

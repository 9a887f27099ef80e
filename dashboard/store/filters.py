"""Attribute filters: category, status, actor, location precision and free-text search.

All of them work on whole columns (Arrow kernels and numpy), so a filter over a million
events costs milliseconds; the store caches the masks it computes with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.contract.columns import arrow_strings, isin
from dashboard.contract.join import NO_PLACE
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES

# A search holding these finds nothing (wherever it runs: PostgreSQL text holds no NUL).
UNSEARCHABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What the free-text search looks in, besides the quotes.
SEARCHED_COLUMNS = ("title", "summary", "actors", "site_name")


@dataclass(frozen=True)
class Filters:
    """What the analyst chose to see. Empty ``actors`` means every actor."""

    categories: tuple[str, ...] = CATEGORIES
    statuses: tuple[str, ...] = STATUSES
    evidence: tuple[str, ...] = EVIDENCE  # derived from the claims (see dataset.evidence)
    actors: tuple[str, ...] = ()
    max_precision: int = 3  # 1 shows only exactly known places; 3 shows all
    query: str = ""

    @property
    def active(self) -> bool:
        """Whether anything is filtered out at all."""
        return self != Filters()


def actor_pairs(actors) -> tuple[np.ndarray, pa.Array]:
    """Each event's actors as (event position, actor name) pairs, trimmed, empties dropped.

    ``actors`` is the ``;``-separated column.
    """
    lists = pc.split_pattern(arrow_strings(actors), ";")
    names = pc.utf8_trim_whitespace(pc.list_flatten(lists))
    parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)
    keep = pc.not_equal(names, "")
    return parents[keep.to_numpy(zero_copy_only=False)], pc.filter(names, keep)


def actor_mask(actors, wanted: tuple[str, ...]) -> np.ndarray:
    """Events naming any of ``wanted``."""
    parents, names = actor_pairs(actors)
    hit = pc.is_in(names, value_set=pa.array(list(wanted), type=pa.string()))
    mask = np.zeros(len(actors), dtype=bool)
    mask[parents[hit.to_numpy(zero_copy_only=False)]] = True
    return mask


def folded(text):
    """The search's case folding (Unicode lower case), the same wherever a search runs
    (here and in the PostGIS store), so that both find the same events."""
    return pc.utf8_lower(text)


def contains(values, query: str) -> np.ndarray:
    """Case-insensitive plain substring match (never a regex) of a whole column."""
    found = pc.match_substring(folded(arrow_strings(values)), folded(pa.scalar(query)).as_py())
    return found.to_numpy(zero_copy_only=False)


def search_mask(events: pd.DataFrame, excerpts: pd.DataFrame | None, query: str) -> np.ndarray:
    """Events whose title, summary, actors, place or one of whose quotes hold ``query``."""
    q = query.strip()
    hit = np.zeros(len(events), dtype=bool)
    if UNSEARCHABLE.search(q):  # control characters: no text a reader sees holds them
        return hit
    for column in SEARCHED_COLUMNS:
        hit |= contains(events[column].astype("str"), q)
    if excerpts is not None and len(excerpts):
        quoted = excerpts.loc[contains(excerpts["quote"], q), "event_id"]
        hit |= isin(events["event_id"], quoted)
    return hit


def filter_mask(
    events: pd.DataFrame, f: Filters, excerpts: pd.DataFrame | None = None
) -> np.ndarray:
    """Which events pass every filter (``excerpts`` lets the search look in the quotes)."""
    keep = isin(events["category"].astype("str"), f.categories)
    keep &= isin(events["status"].astype("str"), f.statuses)
    if len(f.evidence) < len(EVIDENCE):
        keep &= isin(events["evidence"].astype("str"), f.evidence)
    # "Any" (3) keeps events with no place (NO_PLACE, 4) too: they are listed, not drawn.
    keep &= events["geo_precision"].to_numpy() <= (
        NO_PLACE if f.max_precision >= 3 else f.max_precision
    )
    if f.actors:
        keep &= actor_mask(events["actors"], f.actors)
    if f.query.strip():
        keep &= search_mask(events, excerpts, f.query)
    return keep


def all_actors(events: pd.DataFrame) -> list[str]:
    """Every actor named in the events, sorted."""
    _, names = actor_pairs(events["actors"])
    return sorted(pc.unique(names).to_pylist(), key=str.casefold)

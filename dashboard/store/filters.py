"""Attribute filters: category, status, evidence, actor and location precision (the
free-text search, the last of ``Filters``, is ``store.search``'s).

All of them work on whole columns (Arrow kernels and numpy), so a filter over a million
events costs milliseconds; the store caches the masks it computes with them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.contract.columns import arrow_strings, isin
from dashboard.contract.join import NO_PLACE
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES


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


def filter_mask(events: pd.DataFrame, f: Filters) -> np.ndarray:
    """Which events pass every filter but the search (``store.search`` finds those)."""
    keep = np.ones(len(events), dtype=bool)
    # A filter that lets every value through is no test: the values are validated (each
    # is one of these), and a test of a million strings costs a tenth of a second.
    for column, chosen, every in (
        ("category", f.categories, CATEGORIES),
        ("status", f.statuses, STATUSES),
        ("evidence", f.evidence, EVIDENCE),
    ):
        if not set(every) <= set(chosen):
            keep &= isin(events[column].astype("str"), chosen)
    # "Any" (3) keeps events with no place (NO_PLACE, 4) too: they are listed, not drawn.
    keep &= events["geo_precision"].to_numpy() <= (
        NO_PLACE if f.max_precision >= 3 else f.max_precision
    )
    if f.actors:
        keep &= actor_mask(events["actors"], f.actors)
    return keep


def all_actors(events: pd.DataFrame) -> list[str]:
    """Every actor named in the events, sorted."""
    _, names = actor_pairs(events["actors"])
    return sorted(pc.unique(names).to_pylist(), key=str.casefold)

"""A view's question to the store, and the ``Store`` protocol that answers it.

``Store`` is the interface the UI, the exports and the benchmark use: the events a view
shows (time window, attribute filters, layer groups, map area), their count, rows for
the visible set, counts per time bin and per map cell, and a ``version`` that changes
when the data does. ``EmbeddedStore`` (``store.embedded``) answers it from memory,
``PostgisStore`` (``store.postgis.store``) in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

import numpy as np
import pandas as pd

from dashboard.store.filters import Filters

WINDOW, AS_OF = "window", "asof"
MODES = (WINDOW, AS_OF)
EPOCH = np.datetime64("1970-01-01", "D")


@dataclass(frozen=True)
class Query:
    """A view's question: which events, in which window, filters, layer groups and area."""

    start: date
    end: date
    mode: str = WINDOW
    filters: Filters = field(default_factory=Filters)
    layers: tuple[str, ...] | None = None  # event layer groups shown; None: all of them
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode was {self.mode!r} but is expected to be in {MODES}")


def day_number(d: date) -> int:
    """Days since 1970-01-01 (the time unit of the store and the map)."""
    return int((np.datetime64(d, "D") - EPOCH).astype(np.int64))


def from_day_number(n: int) -> date:
    return date(1970, 1, 1) + timedelta(days=int(n))


class Store(Protocol):
    """What the dashboard asks of its data (see the module docstring)."""

    version: str

    def span(self) -> tuple[date, date]:
        """First start and last end of all events."""
        ...

    def count(self, q: Query) -> int:
        """How many events ``q`` shows."""
        ...

    def rows(self, q: Query, limit: int | None = None) -> pd.DataFrame:
        """The events ``q`` shows (oldest first, at most ``limit``), with ``faded``."""
        ...

    def time_bins(self, q: Query, freq: str) -> pd.DataFrame:
        """Events per period of their start (``freq``: ``W``, ``MS`` or ``YS``) for the
        filters, layers and area of ``q`` at every date, with whether each bin is in the
        window."""
        ...

    def space_bins(self, q: Query, cell_deg: float) -> pd.DataFrame:
        """Events ``q`` shows per square map cell of ``cell_deg`` degrees."""
        ...


class ViewStore(Store, Protocol):
    """What the page, the scene and the exports ask besides (``EmbeddedStore`` answers
    it): the data package, and events by position (``visible`` and the drawn points)."""

    dataset: Any
    n: int
    lon: np.ndarray  # drawn point of each event (NaN: no place)
    lat: np.ndarray
    start_day: np.ndarray
    end_day: np.ndarray
    order: np.ndarray  # positions, oldest first
    kept: Any  # store.kept.Kept: where arrays derived from the data are kept, or None

    def visible(self, q: Query) -> np.ndarray:
        """Positions of the events ``q`` shows, oldest first."""
        ...

    def faded(self, pos: np.ndarray, q: Query) -> np.ndarray:
        """Which of ``pos`` are drawn faded (as-of mode: ended before the window)."""
        ...

    def attribute_mask(self, filters: Filters, layers: tuple[str, ...] | None) -> np.ndarray:
        """Which events pass ``filters`` and ``layers`` (any date, any place)."""
        ...

    def position(self, event_id: str) -> int | None: ...

    def event(self, event_id: str) -> pd.Series | None: ...

    def actors(self) -> list[str]: ...

    def sources_behind(self, pos: np.ndarray) -> pd.DataFrame: ...

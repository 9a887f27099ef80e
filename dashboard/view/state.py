"""The view a permalink restores (``ViewState``) and what the data allows it to be
(``Context``: the span, the known ids and the opening view)."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.settings import Settings
from dashboard.store.filters import Filters
from dashboard.view.window import WINDOW

DEFAULT_LAYERS: tuple[str, ...] = (*(g.id for g in EVENT_LAYERS), "places", "uncertainty")
# The opening view comes from the region's settings (``contract/settings.py``; the app and
# the exports pass it in the Context). These are only what a Context built without
# settings falls back to: a world view, nothing region-specific.
DEFAULT_CENTER = Settings().center  # lat, lon
DEFAULT_ZOOM = Settings().view.zoom


@dataclass(frozen=True)
class ViewState:
    """Everything a permalink restores."""

    start: date
    end: date
    mode: str = WINDOW
    layers: tuple[str, ...] = DEFAULT_LAYERS
    filters: Filters = field(default_factory=Filters)
    event: str | None = None
    site: str | None = None
    lat: float = DEFAULT_CENTER[0]
    lon: float = DEFAULT_CENTER[1]
    zoom: float = DEFAULT_ZOOM
    present: bool = False


@dataclass(frozen=True)
class Context:
    """What the data allows: the defaults and the known ids to check parameters against."""

    span: tuple[date, date]
    # Anything that answers ``in``: a million ids are checked through the store's index.
    event_ids: Container[str] = frozenset()
    site_ids: Container[str] = frozenset()
    actors: Container[str] = frozenset()
    center: tuple[float, float] = DEFAULT_CENTER
    zoom: float = DEFAULT_ZOOM
    # The region's frame (west, south, east, north): the map keeps to it.
    bbox: tuple[float, float, float, float] | None = None

    def default_state(self) -> ViewState:
        """The view a link with no parameters opens."""
        return ViewState(
            start=self.span[0],
            end=self.span[1],
            lat=self.center[0],
            lon=self.center[1],
            zoom=self.zoom,
        )

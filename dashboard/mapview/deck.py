"""The map as one ``pydeck.Deck``: offline by default (no basemap request ever leaves)."""

from __future__ import annotations

import pandas as pd
import pydeck as pdk

from dashboard.core.urlstate import ZOOM_RANGE, ViewState
from dashboard.mapview.layers import TOOLTIP, event_layers, reference_layers


def build_deck(
    events: pd.DataFrame,
    reference: dict,
    state: ViewState,
    online_style: str | None = None,
) -> pdk.Deck:
    """The deck for ``events`` (time- and attribute-filtered, with ``layer`` and ``faded``).

    ``reference`` comes from ``prepare_reference``. ``online_style`` is a MapLibre style
    URL, used only when the deployment configured one and the user switched it on: by
    default ``map_provider=None`` with no style at all, which makes no network request
    (pydeck's default provider, or an explicit empty style, makes the browser fetch a
    CARTO style from the internet).
    """
    layers = reference_layers(reference, state.layers) if not (online_style and state.tiles) else []
    layers += event_layers(events, state.layers, state.event, state.site)
    view = pdk.ViewState(
        latitude=state.lat,
        longitude=state.lon,
        zoom=state.zoom,
        min_zoom=ZOOM_RANGE[0],
        max_zoom=ZOOM_RANGE[1],
        bearing=0,
        pitch=0,
    )
    if online_style and state.tiles:
        return pdk.Deck(
            layers=layers,
            initial_view_state=view,
            map_provider="carto",
            map_style=online_style,
            tooltip=TOOLTIP,
        )
    return pdk.Deck(layers=layers, initial_view_state=view, map_provider=None, tooltip=TOOLTIP)

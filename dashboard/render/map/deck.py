"""The map as a ``pydeck.Deck``: layers, their look, and the view, with no data inside.

Every layer's ``data`` is a placeholder (``dashboard:<what>``) that the map component
fills in the browser from the payloads it received once per data version
(``mapview.payload``): the basemap from the reference payload, the events as binary
columns, the areas, counts and selection computed from them as the window moves. So the
spec is a few kilobytes whatever the number of events, and pydeck still decides what is
drawn and how (the JSON is what deck.gl's JSON converter reads).

Offline by construction: ``map_provider=None`` and no style, so no basemap request ever
leaves the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pydeck as pdk

from dashboard.contract.settings import REFERENCE_LAYERS, ZOOM_RANGE
from dashboard.render.map.basemap import reference_layers
from dashboard.scene import style
from dashboard.view.state import ViewState

PLACEHOLDER = "dashboard:"
REFERENCE_PARTS = (
    "countries",
    "provinces",
    "districts",
    "borders",
    "rivers",
    "lakes",
    "country_labels",
    "places",
)
# The time filter: (start day, end day) per event, compared on the GPU.
TIME_FILTER = {"@@type": "DataFilterExtension", "filterSize": 2}
AGGREGATE_FILL = (47, 62, 84)


def _data(what: str) -> str:
    return PLACEHOLDER + what


def event_layers(layers_on: Iterable[str], as_of: bool) -> list[pdk.Layer]:
    """Templates of the event layers, in drawing order (the component fills their data)."""
    on = set(layers_on)
    markers = {
        "get_position": None,  # binary attributes, set by the component
        "radius_units": '"pixels"',
        "line_width_units": '"pixels"',
        "stroked": True,
        "filled": True,
        "pickable": True,
        "extensions": [TIME_FILTER],
    }
    layers = []
    if "uncertainty" in on:
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                _data("events"),
                id="uncertainty",
                radius_units='"meters"',
                get_fill_color=list(style.UNCERTAINTY_FILL),
                stroked=True,
                get_line_color=list(style.UNCERTAINTY_LINE),
                line_width_units='"pixels"',
                get_line_width=1,
                pickable=False,
                extensions=[TIME_FILTER],
            )
        )
    layers.append(
        pdk.Layer(
            "PolygonLayer",
            _data("areas"),
            id="areas",
            get_polygon="polygon",
            get_fill_color="fill",
            get_line_color="line",
            line_width_units='"pixels"',
            get_line_width=1.8,
            get_dash_array="dash",
            dash_justified=True,
            extensions=[{"@@type": "PathStyleExtension", "dash": True}],
            # No hover highlight: a region-sized area would darken half the map.
            pickable=True,
        )
    )
    if as_of:
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                _data("events"),
                id="events-faded",
                opacity=style.FADED_FACTOR,
                **{k: v for k, v in markers.items() if v is not None},
            )
        )
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            _data("events"),
            id="events",
            auto_highlight=True,
            highlight_color=[255, 255, 255, 90],
            **{k: v for k, v in markers.items() if v is not None},
        )
    )
    layers += [
        pdk.Layer(
            "ScatterplotLayer",
            _data("aggregate"),
            id="aggregate",
            get_position="position",
            get_radius="radius",
            radius_units='"pixels"',
            get_fill_color=[*AGGREGATE_FILL, 170],
            stroked=True,
            get_line_color=[255, 255, 255, 230],
            line_width_units='"pixels"',
            get_line_width=1.5,
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "TextLayer",
            _data("aggregate"),
            id="aggregate-labels",
            get_position="position",
            get_text="label",
            get_size=12,
            get_color=[255, 255, 255, 255],
            font_family='"sans-serif"',
            font_weight=700,
            outline_width=2,
            outline_color=[*AGGREGATE_FILL, 255],
            font_settings={"sdf": True},
            pickable=False,
        ),
        pdk.Layer(
            "PolygonLayer",
            _data("selection-area"),
            id="selection-area",
            get_polygon="polygon",
            filled=False,
            get_line_color=list(style.SELECTION),
            get_line_width=3.5,
            line_width_units='"pixels"',
            pickable=False,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            _data("selection"),
            id="selection",
            get_position="position",
            get_radius="radius",
            radius_units='"pixels"',
            filled=False,
            stroked=True,
            get_line_color=list(style.SELECTION),
            get_line_width=3,
            line_width_units='"pixels"',
            pickable=False,
        ),
    ]
    return layers


def build_deck(state: ViewState, drawn: Iterable[str] = REFERENCE_LAYERS) -> pdk.Deck:
    """The deck of a view: the quiet basemap (the reference layers the settings draw,
    ``drawn``), then the event layers, with no data."""
    placeholders = {part: _data("ref:" + part) for part in REFERENCE_PARTS}
    layers = reference_layers(placeholders, state.layers, drawn)
    # Place and country labels go on top of the events.
    labels = [
        lyr for lyr in layers if lyr.id in ("ref-country-labels", "ref-places", "ref-place-labels")
    ]
    base = [lyr for lyr in layers if lyr not in labels]
    view = pdk.ViewState(
        latitude=state.lat,
        longitude=state.lon,
        zoom=state.zoom,
        min_zoom=ZOOM_RANGE[0],
        max_zoom=ZOOM_RANGE[1],
        bearing=0,
        pitch=0,
    )
    return pdk.Deck(
        layers=[*base, *event_layers(state.layers, state.mode == "asof"), *labels],
        initial_view_state=view,
        map_provider=None,
    )


def deck_json(deck: pdk.Deck) -> dict:
    """The deck as the JSON dict the component converts (pydeck's own serialisation)."""
    spec = json.loads(deck.to_json())
    spec.pop("mapStyle", None)
    spec.pop("mapProvider", None)
    return spec

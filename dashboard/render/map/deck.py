"""The map as a ``pydeck.Deck``: its layers, their look (from ``scene.style``) and the
view, with no data inside.

Every layer's ``data`` is a placeholder (``dashboard:<what>``, ``protocol.DATA``) that
the component fills in the browser: the basemap from the reference payload, the events
from their binary columns, and the areas, labels, letters and selection from what the
scene decided for this view. So the spec is a few kilobytes whatever the number of
events, and pydeck still declares what is drawn and how.

Offline by construction: ``map_provider=None`` and no style, so no basemap request ever
leaves the machine.
"""

from __future__ import annotations

import json

import pydeck as pdk

from dashboard.contract.settings import REFERENCE_LAYERS, ZOOM_RANGE
from dashboard.render.map.basemap import declare, reference_layers
from dashboard.render.map.protocol import DATA, PLACEHOLDER
from dashboard.scene import style
from dashboard.scene.fontmetrics import RANGES
from dashboard.view.state import ViewState

# The time filter: (start day, end day) per event, compared on the GPU.
TIME_FILTER = {"@@type": "DataFilterExtension", "filterSize": 2}
FONT = '"DejaVu Sans, Verdana, sans-serif"'  # the font the label placer measured
# One font atlas for every text layer, built once: the characters the label placer has
# widths for. (With "auto", layers whose data changed drew names with letters missing.)
# Quotes and backslashes are left out: the set travels as a quoted string expression.
CHARACTER_SET = (
    '"' + "".join(chr(c) for lo, hi in RANGES for c in range(lo, hi) if chr(c) not in '"\\') + '"'
)

PX = '"pixels"'


def _data(what: str) -> str:
    return PLACEHOLDER + DATA[what]


def _text(layer: str, data: str, **kw) -> pdk.Layer:
    """A text layer in the map's font. Names sit on a light box (legible over lines and
    areas): a signed-distance font would draw a halo instead, but in software WebGL it
    dropped thin glyphs (i, l, j, hyphens) from names."""
    base = {
        "get_position": "position",
        "get_text": "text",
        "font_family": FONT,
        "character_set": CHARACTER_SET,
        "background": True,
        "get_background_color": style.rgba(style.LABEL_BOX),
        "background_padding": [style.LABEL_BOX_PAD_PX, 0],
    }
    return declare("TextLayer", _data(data), layer, **{**base, **kw})


def _marks(layer: str, **kw) -> pdk.Layer:
    """An events layer: binary attributes from the scene's mark columns (the component
    sets them), filtered in time on the GPU."""
    return declare(
        "ScatterplotLayer",
        _data("events"),
        layer,
        radius_units=PX,
        line_width_units=PX,
        stroked=True,
        filled=True,
        pickable=True,
        extensions=[TIME_FILTER],
        **kw,
    )


def event_layers(as_of: bool, uncertainty: bool, dim: bool = False) -> list[pdk.Layer]:
    """The event layers, bottom to top: circles, areas, marks (faded ones first); with
    ``dim`` (an event is selected) the marks step back."""
    step_back = style.DIMMED if dim else 1.0
    layers = []
    if uncertainty:
        layers.append(
            declare(
                "ScatterplotLayer",
                _data("events"),
                "uncertainty",
                radius_units='"meters"',
                get_fill_color=list(style.UNCERTAINTY_FILL),
                stroked=True,
                get_line_color=list(style.UNCERTAINTY_LINE),
                line_width_units=PX,
                get_line_width=style.UNCERTAINTY_LINE_PX,
                extensions=[TIME_FILTER],
            )
        )
    layers.append(
        declare(
            "PolygonLayer",
            _data("areas"),
            "areas",
            get_polygon="polygon",
            get_fill_color="fill",
            stroked=False,
            # No hover highlight: a region-sized area would darken half the map.
            pickable=True,
        )
    )
    # Outlines as straight segments (the component cuts the dashes at the zoom drawn):
    # a path layer's program, and its dashed variant, cost seconds to compile in
    # software WebGL (docs/benchmarks.md, "First draw").
    layers.append(
        declare(
            "LineLayer",
            _data("area_lines"),
            "area_lines",
            get_source_position="source",
            get_target_position="target",
            get_color="line",
            width_units=PX,
            get_width=style.AREA_LINE_PX,
            pickable=True,
        )
    )
    if as_of:
        layers.append(_marks("events_faded", opacity=style.FADED_FACTOR * step_back))
    layers.append(
        _marks(
            "events",
            opacity=step_back,
            auto_highlight=True,
            highlight_color=[255, 255, 255, 90],
        )
    )
    return layers


def aggregate_layers() -> list[pdk.Layer]:
    """Counts per area, drawn instead of the marks above ``AGGREGATE_ABOVE`` in view."""
    return [
        declare(
            "ScatterplotLayer",
            _data("aggregate"),
            "aggregate",
            get_position="position",
            get_radius="radius",
            radius_units=PX,
            get_fill_color=style.rgba(style.AGGREGATE_FILL, style.AGGREGATE_ALPHA),
            stroked=True,
            get_line_color=style.rgba(style.AGGREGATE_LINE),
            line_width_units=PX,
            get_line_width=style.AGGREGATE_LINE_PX,
            pickable=True,
            auto_highlight=True,
        ),
        _text(
            "aggregate_labels",
            "aggregate",
            get_text="label",
            get_size=style.COUNT_SIZE_PX,
            get_color=[255, 255, 255, 255],
            font_weight=700,
            get_background_color=style.rgba(style.AGGREGATE_BOX),
        ),
    ]


def selection_layers() -> list[pdk.Layer]:
    """The selected site's outline, and the selected mark drawn on top of the others
    at its place on a white disc (its letter goes over it), then its ring."""
    ring = {
        "get_position": "position",
        "radius_units": PX,
        "line_width_units": PX,
    }
    return [
        declare(
            "LineLayer",
            _data("selection_area"),
            "selection_area",
            get_color=list(style.SELECTION),
            get_width=style.SELECTION_AREA_PX,
            width_units=PX,
        ),
        declare(
            "ScatterplotLayer",
            _data("selection"),
            "selection_base",
            get_radius="radius",
            get_fill_color=[255, 255, 255, 255],
            stroked=False,
            **ring,
        ),
        declare(
            "ScatterplotLayer",
            _data("selection"),
            "selection_mark",
            get_radius="radius",
            get_fill_color="fill",
            get_line_color="line",
            get_line_width="width",
            stroked=True,
            **ring,
        ),
    ]


def letter_layers(as_of: bool, dim: bool = False) -> list[pdk.Layer]:
    """The category letters in the marks that carry one (the scene decides which), at
    their marks' opacity; the selected event's drawn over its mark, never dimmed."""
    step_back = style.DIMMED if dim else 1.0
    letter = {
        "get_size": style.LETTER_SIZE_PX,
        "get_color": style.rgba(style.LETTER_COLOR),
        "font_weight": 700,
        # Single capitals: the distance-field font draws them whole, with a dark edge.
        "font_settings": {"sdf": True},
        "background": False,
        "outline_width": 2,
        "outline_color": list(style.LETTER_OUTLINE),
        "get_text_anchor": '"middle"',
        "get_alignment_baseline": '"center"',
    }
    layers = [_text("letters", "letters", opacity=step_back, **letter)]
    if as_of:
        layers.insert(
            0,
            _text(
                "letters_faded", "letters_faded", opacity=style.FADED_FACTOR * step_back, **letter
            ),
        )
    return [*layers, _text("selection_letter", "selection_letter", **letter)]


def label_layers() -> list[pdk.Layer]:
    """Places' dots and names, and country names, as the scene placed them."""
    placed = {
        "get_size": "size",
        "get_text_anchor": "anchor",
        "get_alignment_baseline": "baseline",
        "get_pixel_offset": "offset",
    }
    return [
        declare(
            "ScatterplotLayer",
            _data("place_dots"),
            "place_dots",
            get_position="position",
            get_radius=style.PLACE_DOT_PX,
            radius_units=PX,
            get_fill_color=style.rgba(style.LABEL),
        ),
        _text("place_labels", "place_labels", get_color=style.rgba(style.LABEL), **placed),
        _text(
            "country_labels",
            "country_labels",
            get_color=style.rgba(style.COUNTRY_LABEL, 220),
            font_weight=700,
            **placed,
        ),
    ]


def build_deck(state: ViewState, drawn=REFERENCE_LAYERS, dim: bool = False) -> pdk.Deck:
    """The deck of a view: the quiet basemap (the reference layers the settings draw,
    ``drawn``), the event layers, the selection, letters and names, with no data
    (``dim``: a selected event is drawn, the others step back)."""
    as_of = state.mode == "asof"
    view = pdk.ViewState(
        latitude=state.lat,
        longitude=state.lon,
        zoom=state.zoom,
        min_zoom=ZOOM_RANGE[0],
        max_zoom=ZOOM_RANGE[1],
        bearing=0,
        pitch=0,
    )
    layers = [
        *reference_layers(state.layers, drawn),
        *event_layers(as_of, "uncertainty" in state.layers, dim),
        *aggregate_layers(),
        *selection_layers(),
        *letter_layers(as_of, dim),
        declare(
            "ScatterplotLayer",
            _data("selection"),
            "selection",
            get_position="position",
            get_radius="ring",
            radius_units=PX,
            filled=False,
            stroked=True,
            get_line_color=list(style.SELECTION),
            get_line_width=style.SELECTION_LINE_PX,
            line_width_units=PX,
        ),
        *label_layers(),
    ]
    return pdk.Deck(layers=layers, initial_view_state=view, map_provider=None)


def deck_json(deck: pdk.Deck) -> dict:
    """The deck as the JSON dict the component converts (pydeck's own serialisation)."""
    spec = json.loads(deck.to_json())
    spec.pop("mapStyle", None)
    spec.pop("mapProvider", None)
    return spec

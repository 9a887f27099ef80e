"""The protocol between Python and the map component, declared once.

Message kinds, the event columns and their types, layer ids, flags, the spec of each
rerun and what the component reports back are declared here as Python types.
``typescript()`` writes them as TypeScript (``frontend/src/protocol.gen.ts``, by
``python -m dashboard.render.map.protocol``); a test fails when that file is stale, and
the frontend's type check fails where it uses a name that is gone. ``conforms`` checks a
value against a declaration (tests check every spec and header the page sends).
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

from dashboard.scene import counts
from dashboard.scene.legend import LegendGroup, LegendItem, Swatch

MAGIC = "DASHMAP1"

# Layer ids: the pydeck spec names them, the component finds its layers by them.
LAYER = {
    "countries": "ref-countries",
    "lakes": "ref-lakes",
    "rivers": "ref-rivers",
    "provinces": "ref-provinces",
    "districts": "ref-districts",
    "borders": "ref-borders",
    "uncertainty": "uncertainty",
    "areas": "areas",
    "area_lines": "area-lines",
    "events_faded": "events-faded",
    "events": "events",
    "aggregate": "aggregate",
    "aggregate_labels": "aggregate-labels",
    "selection_area": "selection-area",
    "selection_base": "selection-base",
    "selection_mark": "selection-mark",
    "letters_faded": "event-letters-faded",
    "letters": "event-letters",
    "selection_letter": "selection-letter",
    "selection": "selection",
    "place_dots": "place-dots",
    "country_labels": "country-labels",
    "place_labels": "place-labels",
}
# What fills each layer's data, after "dashboard:" in the spec (the component resolves it).
DATA = {
    "reference": "ref:",  # + a reference layer's name
    "events": "events",
    "areas": "areas",
    "area_lines": "area-lines",
    "aggregate": "aggregate",
    "selection": "selection",
    "selection_area": "selection-area",
    "letters": "letters",
    "letters_faded": "letters:faded",
    "selection_letter": "letters:selected",
    "place_dots": "labels:place-dots",
    "place_labels": "labels:place",
    "country_labels": "labels:country",
}
PLACEHOLDER = "dashboard:"
# The page's map canvas is this high at least and at most, CSS px (frontend/src/style.ts;
# the server's picture of the map is drawn this high, render/briefing/picture.py).
MAP_HEIGHT_PX = [300, 640]
# How the page counts per area, as the scene does (dashboard/scene/counts.py).
COUNT_CELL_PX = counts.CELL_PX
COUNT_RADIUS_PX = list(counts.RADIUS_PX)
COUNT_NOTE = counts.NOTE

# Bits of the events' ``flags`` column.
FLAG = {"contested": 1, "own_coordinates": 2, "alone": 4}
# ``date_precision``: start precision | end precision << 2 (0 day, 1 month, 2 year, 3 not
# given / no end) | OPEN_END when the sources give no end.
DATE_PRECISION = {"open_start": 3, "no_end": 3, "open_end": 16}

# The events payload's Arrow columns: (type, values per event), in draw order.
EVENT_COLUMNS = {
    "xy": ("float32", 2),  # lon, lat (NaN: no place)
    "t": ("float32", 2),  # start day, end day
    "look": ("uint16", 1),  # index of EventsHeader.looks: the mark's colours and sizes
    "precision_m": ("float32", 1),  # circle of uncertainty, metres (NaN: none)
    "category": ("uint8", 1),
    "status": ("uint8", 1),  # index of EventsHeader.statuses
    "flags": ("uint8", 1),
    "geo_precision": ("uint8", 1),
    "site": ("int32", 1),  # index of EventsHeader.sites, -1 for none
    "area": ("uint16", 1),  # index of EventsHeader.areas
    "date_precision": ("uint8", 1),
}

# What the component reports back: state values (kept) and triggers (one-off). A data
# mount's one trigger is ``missing``: the version of a ``HeldSpec`` the page does not hold.
STATE = ("window", "view", "frame")
TRIGGERS = ("pick", "exit", "missing")


class CategoryInfo(TypedDict):
    id: str
    label: str
    letter: str


class SiteInfo(TypedDict):
    id: str
    name: str
    geo_precision: int
    precision_m: float | None
    polygons: list[list[list[list[float]]]] | None  # [polygon][ring][point][lon, lat]


class Look(TypedDict):
    """How a mark is drawn, from the scene's marks: a few dozen distinct ones, sent once
    each instead of 16 bytes an event (a third of the payload at a million events)."""

    fill: list[int]  # RGBA
    line: list[int]  # RGBA
    width: float  # outline, px
    radius: float  # mark, px (its ring)


class EventsHeader(TypedDict):
    kind: Literal["events"]
    version: str
    n: int
    looks: list[Look]
    categories: list[CategoryInfo]
    statuses: list[str]
    precision_labels: dict[str, str]
    sites: list[SiteInfo]
    areas: list[str]  # admin-area text of events with their own coordinates; 0 is ""
    titles: bool  # whether the table has a ``title`` column


class MaskHeader(TypedDict):
    kind: Literal["mask"]
    version: str
    events: str  # the events version whose draw order the bits follow
    n: int


class LettersHeader(TypedDict):
    """Draw indices (uint32) of the events at shared places that carry their letter in
    this view (an event alone at its place always does: flag ``alone``)."""

    kind: Literal["letters"]
    version: str
    events: str
    n: int


class ReferenceHeader(TypedDict):
    kind: Literal["reference"]
    version: str
    layers: dict[str, Any]  # GeoJSON FeatureCollections by reference layer name


class HeldSpec(TypedDict):
    """A data mount's data on a rerun after its bytes were sent: the version the page
    keeps, in place of bytes that Streamlit would hash and serialise again (~0.2 s at a
    million events). A page that does not hold it triggers ``missing`` with the version,
    and the next run sends the bytes."""

    held: str
    kind: Literal["events", "mask", "letters", "reference"]
    run: int  # changes every run, so the page checks what it keeps on every rerun


class PrepareSpec(TypedDict):
    """The first mount of every page run, before the data: on a first visit the page
    loads and runs the map's code (deck.gl, 1.2 MB) while the server is still busy
    with the data, not after they come."""

    prepare: Literal[True]


class ViewSpec(TypedDict):
    latitude: float
    longitude: float
    zoom: float
    seq: int  # bumped when Python moves the map; otherwise the map keeps its own view


class FrameSpec(TypedDict):
    """The frame the scene was placed in, CSS px (a slide's is drawn scaled to fit)."""

    width: float
    height: float


class AreaSpec(TypedDict):
    site: int  # its polygons are EventsHeader.sites[site].polygons
    fill: list[int]
    line: list[int]
    dash: list[float]  # on, off, in half line widths ([0, 0]: solid)
    tip: str


class LabelSpec(TypedDict):
    text: str
    kind: Literal["country", "place"]
    position: list[float]  # lon, lat
    size: float  # px
    bold: bool
    anchor: Literal["start", "middle", "end"]
    baseline: Literal["top", "center", "bottom"]
    offset: list[float]  # px, y down
    dot: bool
    # The name's box as placed, in whole px from its point (left, top, right, bottom; y
    # down): a name gives way to a count the page's live recount puts under it.
    extent: list[float]


class SelectionSpec(TypedDict):
    index: int  # draw index of the selected event
    position: list[float]
    radius: float  # its mark, px
    ring: float  # the selection ring, px
    fill: list[int]
    line: list[int]
    width: float


class FurnitureSpec(TypedDict):
    kind: Literal["north-arrow", "scale-bar"]
    box: list[float]  # x0, y0, x1, y1 in frame px
    length: float  # the scale bar's length, frame px (0 for the north arrow)
    label: str


class SlideSpec(TypedDict):
    title: str
    caption: str | None  # a narrative's step: "Step 2 of 6 · what it shows"
    counts: str
    window: str
    filters: str
    selected: str | None
    sources: str
    attribution: str
    note: str | None
    furniture: list[FurnitureSpec]


class MapSpec(TypedDict):
    deck: dict[str, Any]  # pydeck's JSON: layers (with placeholders), views, view state
    events: str
    reference: str
    mask: str | None
    letters: str | None
    window: list[int]  # day numbers, inclusive
    span: list[int]
    mode: Literal["window", "asof"]
    view: ViewSpec
    frame: FrameSpec
    areas: list[AreaSpec]
    labels: list[LabelSpec]
    selection: SelectionSpec | None
    selected_site: int | None
    aggregate_above: int
    legend: list[LegendGroup]
    slide: SlideSpec | None
    extent: list[float] | None  # [west, south, east, north] the map keeps to
    skip: SkipSpec | None
    # A page's first spec: the scene as an image (a data URL), shown in the map's place
    # until WebGL has drawn (``render.briefing.picture``).
    picture: str | None
    # What a picture of this spec's view would show (data version and view): a page
    # retires its picture once a spec names another.
    picture_of: str


class SkipSpec(TypedDict):
    """A skip link of the page (a plain link early in the Tab order): the component moves
    the keyboard to the first of ``targets`` (CSS selectors) found when a link to
    ``href`` is followed."""

    href: str
    targets: list[str]


class PickReport(TypedDict):
    kind: Literal["event", "site", "none"]
    index: NotRequired[int]
    version: str


class WindowReport(TypedDict):
    start: str  # ISO date
    end: str


class ViewReport(TypedDict):
    """The view the link holds, after the user moved the map."""

    latitude: float
    longitude: float
    zoom: float


class FrameReport(TypedDict):
    """What the page's map draws now: its canvas size and the drawn centre and zoom (kept
    on the region, so it may differ from ``view``, the view it was drawn for)."""

    width: float
    height: float
    latitude: float
    longitude: float
    zoom: float
    view: ViewReport


DECLARED = (
    ViewReport,
    Swatch,
    LegendItem,
    LegendGroup,
    CategoryInfo,
    SiteInfo,
    Look,
    EventsHeader,
    MaskHeader,
    LettersHeader,
    ReferenceHeader,
    HeldSpec,
    PrepareSpec,
    ViewSpec,
    FrameSpec,
    AreaSpec,
    LabelSpec,
    SelectionSpec,
    FurnitureSpec,
    SlideSpec,
    MapSpec,
    SkipSpec,
    PickReport,
    WindowReport,
    FrameReport,
)

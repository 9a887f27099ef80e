"""``build_scene``: everything one view draws in one frame, decided once.

From what the store returns for a view (the positions of the events it shows), the view
state, the data's settings and the frame, a ``Scene`` states the marks drawn (columnar:
a million events stay a handful of arrays), which carry their letter, the areas, the
circles of uncertainty, the labels with whether they were placed, the legend entries that
occur in the frame, the caption and counts, and the selection. The map component, the
slide and the briefing image draw it; none decides anything of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np
import pandas as pd
import shapely

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.schema import CATEGORIES, STATUSES
from dashboard.scene import style
from dashboard.scene.areas import Area, site_areas
from dashboard.scene.counts import AreaCounts, count_areas, count_reach
from dashboard.scene.frame import Frame
from dashboard.scene.labels import (
    Furniture,
    Label,
    Placer,
    place_country,
    place_furniture,
    place_places,
)
from dashboard.scene.legend import LegendGroup, legend_groups
from dashboard.scene.marks import RING_CAP, Marks, build_marks, lettered
from dashboard.scene.text import counts_text, scale_text, window_text
from dashboard.store.query import ViewStore
from dashboard.view.query import describe_filters, query_of
from dashboard.view.state import ViewState

# Above this many events in view the map draws counts per area, not each event.
AGGREGATE_ABOVE = 10_000
NORTH_ARROW_PX = (24.0, 46.0)
SCALE_BAR_PX = (10.0, 30.0)  # room beside the bar, and its height with the text
FURNITURE_MARGIN_PX = 10.0


@dataclass(frozen=True)
class SceneData:
    """What scenes of one data version share: the marks and each event's site."""

    version: str
    marks: Marks
    site_at: np.ndarray  # each event's position in dataset.sites, -1 for none

    @classmethod
    def of(cls, store: ViewStore) -> SceneData:
        """The scene data of a store's data version."""
        ev = store.dataset.events
        marks = build_marks(ev, store.lon, store.lat, store.order)
        ids = pd.Index(store.dataset.sites["site_id"].astype("object"))
        site_at = ids.get_indexer(ev["site_id"].astype("object"))
        own = (ev["placement"] != "site").to_numpy(dtype=bool)
        return cls(store.version, marks, np.where(own, -1, site_at).astype(np.int64))

    def arrays(self) -> dict[str, np.ndarray]:
        """Its arrays by name, to keep (``store.kept``)."""
        marks = {f"marks.{f.name}": getattr(self.marks, f.name) for f in fields(Marks)}
        return {"site_at": self.site_at, **marks}

    @classmethod
    def of_arrays(cls, version: str, arrays: dict[str, np.ndarray]) -> SceneData:
        """The scene data ``arrays`` kept (a name missing: KeyError)."""
        marks = Marks(**{f.name: arrays[f"marks.{f.name}"] for f in fields(Marks)})
        return cls(version, marks, arrays["site_at"])


@dataclass(frozen=True)
class Drawn:
    """The marks drawn, in draw order (larger rings first), with their frame pixels."""

    positions: np.ndarray  # event positions
    seq: np.ndarray  # each one's place in the view's order (oldest first)
    x: np.ndarray
    y: np.ndarray
    faded: np.ndarray
    lettered: np.ndarray
    in_frame: np.ndarray

    def __len__(self) -> int:
        return len(self.positions)


@dataclass(frozen=True)
class Circles:
    """The circles of uncertainty drawn (one per place, around its lettered mark): the
    events they are drawn around, their centres, radii (metres and frame pixels) and
    whether they reach into the frame. Columns: many events may carry one."""

    positions: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    radius_m: np.ndarray
    x: np.ndarray
    y: np.ndarray
    radius_px: np.ndarray
    in_frame: np.ndarray

    def __len__(self) -> int:
        return len(self.positions)


@dataclass(frozen=True)
class Selection:
    """The selected event as every renderer names it: its letter is the one its mark
    shows (the selected mark is drawn on top at a shared place)."""

    event_id: str
    position: int
    letter: str
    category: str
    title: str
    when: str
    shown: bool  # the view shows it
    drawn: bool  # ...on the map (it has a place)
    in_frame: bool
    radius: float = 0.0  # its mark's radius, px


@dataclass(frozen=True)
class Counts:
    matching: int
    total: int
    on_map: int
    no_place: int
    in_frame: int
    outside: int = 0  # placed outside the region's frame (settings' region.bbox)


@dataclass(frozen=True)
class Caption:
    title: str
    counts: str
    window: str
    filters: str  # '' when nothing is filtered
    layers_off: str  # '' when every event layer is on


@dataclass(frozen=True)
class Scene:
    """Everything one view draws in one frame (see the module docstring)."""

    frame: Frame
    shown: np.ndarray  # positions of the events the view shows, oldest first
    drawn: Drawn
    areas: list[Area]
    circles: Circles
    labels: list[Label]
    furniture: list[Furniture]
    legend: list[LegendGroup]
    counts: Counts
    caption: Caption
    selection: Selection | None
    aggregated: bool
    scale_m: float = 0.0  # the scale bar's length in metres (with furniture)
    uncovered: bool = False  # no reference layer reaches into the frame
    area_counts: AreaCounts | None = None  # what is drawn instead of marks when aggregated
    listing: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    @property
    def dims(self) -> bool:
        """While the selected event is drawn in the frame, the others step back."""
        return self.selection is not None and self.selection.in_frame

    @property
    def scale_label(self) -> str:
        return scale_text(self.scale_m)


def build_scene(
    store: ViewStore, data: SceneData, view: ViewState, frame: Frame, *, furniture: bool = False
) -> Scene:
    """The scene of ``view`` in ``frame`` (``furniture``: with a scale bar and a north
    arrow, as the slide and the briefing image have)."""
    q = query_of(view)
    shown = store.visible(q)
    drawn = _drawn(data.marks, shown, store.faded(shown, q), frame, _selected(store, view))
    in_view = _in_view(data.marks, drawn, frame)
    aggregated = len(in_view) > AGGREGATE_ABOVE
    counted = count_areas(*in_view.T, frame.zoom) if aggregated else None
    areas = _areas(store, data, drawn)
    circles = _circles(data.marks, drawn, frame, "uncertainty" in view.layers)
    selection = _selection(store, data.marks, view, shown, drawn)
    placer = Placer(frame, _discs(data.marks, drawn, selection, counted, frame), _soft(circles))
    items = _furniture(frame) if furniture else []
    items = place_furniture(placer, items, FURNITURE_MARGIN_PX)
    labels = _labels(store.dataset, view, frame, placer)
    return Scene(
        frame=frame,
        shown=shown,
        drawn=drawn,
        areas=areas,
        circles=circles,
        labels=labels,
        furniture=items,
        legend=_legend(data.marks, drawn, areas, circles, selection, frame),
        counts=_counts(store, shown, drawn, outside := _outside(store, data.marks, drawn)),
        caption=_caption(store, view, shown, drawn, outside),
        selection=selection,
        aggregated=aggregated,
        area_counts=counted,
        scale_m=_scale_length(frame) if furniture else 0.0,
        listing=_listing(drawn, selection),
        uncovered=not store.dataset.reference.covered(frame.bounds()),
    )


def _selected(store, view: ViewState) -> int | None:
    return store.position(view.event) if view.event else None


def _drawn(marks: Marks, shown, faded, frame: Frame, selected: int | None) -> Drawn:
    placed = np.flatnonzero(marks.place[shown] >= 0)
    # Larger rings first (drawn under smaller ones); a stable sort of small integers is a
    # radix sort: linear in the events shown.
    outward = (RING_CAP - marks.ring[shown[placed]]).astype(np.uint8)
    order = placed[np.argsort(outward, kind="stable")]
    pos, faded = shown[order], np.asarray(faded, dtype=bool)[order]
    x, y = frame.project(marks.lon[pos], marks.lat[pos])
    reach = marks.radius[pos] + marks.width[pos] / 2
    letters = np.isin(pos, lettered(marks, pos, selected))
    return Drawn(pos, order, x, y, faded, letters, frame.contains(x, y, reach))


def _areas(store, data: SceneData, drawn: Drawn) -> list[Area]:
    d = drawn.positions
    start = store.start_day[d]
    return site_areas(
        store.dataset.sites, data.site_at[d], data.marks.category[d], start, drawn.faded
    )


def _circles(marks: Marks, drawn: Drawn, frame: Frame, on: bool) -> Circles:
    """One circle of uncertainty per place (around its lettered mark), while that layer
    is on."""
    pick = drawn.lettered & np.isfinite(marks.precision_m[drawn.positions]) & on
    pos = drawn.positions[pick]
    radius_m = marks.precision_m[pos].astype(float)
    r = frame.radius_px(radius_m, marks.lat[pos])
    x, y = drawn.x[pick], drawn.y[pick]
    return Circles(pos, marks.lon[pos], marks.lat[pos], radius_m, x, y, r, frame.contains(x, y, r))


def _selection(store, marks: Marks, view: ViewState, shown, drawn: Drawn) -> Selection | None:
    at = _selected(store, view)
    if at is None:
        return None
    row = store.dataset.events.iloc[at]
    hit = np.flatnonzero(drawn.positions == at)
    return Selection(
        event_id=str(row["event_id"]),
        position=int(at),
        letter=style.CATEGORY_LETTERS[row["category"]],
        category=style.CATEGORY_LABELS[row["category"]],
        title=str(row["title"]),
        when=str(row["when"]),
        shown=bool(np.any(shown == at)),
        drawn=bool(len(hit)),
        in_frame=bool(len(hit)) and bool(drawn.in_frame[hit[0]]),
        radius=float(marks.radius[at]),
    )


def _in_view(marks: Marks, drawn: Drawn, frame: Frame) -> np.ndarray:
    """Longitude and latitude (rows) of the marks whose place is in the frame, as the page
    sees them: its events' places arrive as float32 (protocol.EVENT_COLUMNS), and a place
    on a cell's edge must fall in the same cell on both sides. (Which are in the frame
    comes from the marks' own pixels: float32 moves a place by under a thousandth of one.)"""
    pos = drawn.positions[frame.contains(drawn.x, drawn.y)]
    lon = marks.lon[pos].astype(np.float32).astype(float)
    lat = marks.lat[pos].astype(np.float32).astype(float)
    return np.column_stack([lon, lat])


def _discs(
    marks: Marks, drawn: Drawn, selection: Selection | None, counted: AreaCounts | None, frame
) -> np.ndarray:
    """Every mark in the frame as a disc nothing may cover, or, when the map shows counts
    per area instead, every count with its digits."""
    if counted is not None:  # the counts, and the selected mark the map draws over them
        x, y = frame.project(counted.lon, counted.lat)
        discs = np.column_stack([x, y, count_reach(counted) + 1])
        hit = np.flatnonzero(drawn.positions == selection.position) if selection else []
        if selection is not None and selection.in_frame and len(hit):
            ring = selection.radius + style.SELECTION_GAP_PX + style.SELECTION_LINE_PX + 1
            discs = np.vstack([discs, [drawn.x[hit[0]], drawn.y[hit[0]], ring]])
        return discs
    inside = drawn.in_frame
    pos = drawn.positions[inside]
    r = marks.radius[pos] + marks.width[pos] / 2 + 1
    if selection is not None and selection.in_frame:
        r = np.where(
            pos == selection.position, r + style.SELECTION_GAP_PX + style.SELECTION_LINE_PX, r
        )
    return np.column_stack([drawn.x[inside], drawn.y[inside], r])


def _soft(circles: Circles) -> np.ndarray:
    inside = circles.in_frame
    return np.column_stack([circles.x[inside], circles.y[inside], circles.radius_px[inside]])


def _scale_length(frame: Frame) -> float:
    """A round length about a fifth of the frame's width."""
    target = frame.width * frame.metres_per_px() / 5
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if step * 1000 >= target:
            return step * 1000.0
    return 10_000_000.0


def _furniture(frame: Frame) -> list[Furniture]:
    bar_px = _scale_length(frame) / frame.metres_per_px()
    return [
        Furniture("north-arrow", *NORTH_ARROW_PX),
        Furniture("scale-bar", bar_px + SCALE_BAR_PX[0], SCALE_BAR_PX[1]),
    ]


def _labels(ds, view: ViewState, frame: Frame, placer: Placer) -> list[Label]:
    """Country names (the focus country first, then the largest), then place names by
    rank, each placed clear of the marks and of what was placed before it."""
    out = _country_labels(ds, frame, placer) if ds.settings.draws("country_names") else []
    if "places" in view.layers and ds.settings.draws("places"):
        west, south, east, north = frame.bounds()
        places = ds.reference.places.cx[west:east, south:north]
        candidates = [
            Label(
                text=str(name),
                kind="place",
                lon=float(g.x),
                lat=float(g.y),
                size=style.PLACE_SIZE_PX["major" if rank <= 1 else "minor"],
                bold=False,
                priority=100 + int(rank),
            )
            for name, g, rank in zip(places["name"], places.geometry, places["rank"], strict=True)
        ]
        candidates.sort(key=lambda lb: lb.priority)  # stable: the gazetteer's order within a rank
        out += place_places(placer, candidates)
    return out


def _country_labels(ds, frame: Frame, placer: Placer) -> list[Label]:
    west, south, east, north = frame.bounds()
    countries = ds.reference.countries
    clipped = shapely.clip_by_rect(countries.geometry.values, west, south, east, north)
    focus = ds.settings.focus_country
    frame_area = frame.width * frame.height
    found = []
    for iso, name, geom in zip(countries["iso_a3"], countries["name"], clipped, strict=True):
        if geom is None or geom.is_empty or geom.area == 0:
            continue
        px = shapely.transform(geom, lambda xy: np.column_stack(frame.project(xy[:, 0], xy[:, 1])))
        found.append((iso != focus, -px.area, str(name).upper(), px))
    out = []
    for i, (_, _, text, px) in enumerate(sorted(found, key=lambda f: f[:2])):
        label = Label(text, "country", 0.0, 0.0, style.COUNTRY_SIZE_PX, True, i)
        out.append(place_country(placer, label, px, relaxed=px.area >= 0.1 * frame_area))
    return out


def _legend(
    marks: Marks, drawn: Drawn, areas, circles, selection, frame: Frame
) -> list[LegendGroup]:
    """What the frame shows: categories and mark styles of the marks and areas in it,
    and the extras (circles, dashed regions, rings, faded, the selection)."""
    inside = drawn.positions[drawn.in_frame]
    box = shapely.box(*frame.bounds())
    seen = [
        a for a in areas if any(box.intersects(shapely.Polygon(p[0], p[1:])) for p in a.polygons)
    ]
    # The codes present, counted (linear; np.unique sorts or hashes a million marks).
    categories = {CATEGORIES[c] for c in _present(marks.category[inside])}
    categories |= {a.category for a in seen}
    styles = {style.MARK_STYLES[s] for s in _present(marks.style[inside])}
    places = marks.place[inside]
    extras = {
        "uncertainty": bool(circles.in_frame.any()),
        "region": any(a.dashed for a in seen),
        "rings": bool(len(places)) and int(np.bincount(places).max()) > 1,
        "faded": bool(drawn.faded[drawn.in_frame].any()),
        "selected": selection is not None and selection.in_frame,
    }
    return legend_groups(categories, styles, [k for k, on in extras.items() if on])


def _present(codes: np.ndarray) -> np.ndarray:
    """The distinct small non-negative integer codes in ``codes``."""
    return np.flatnonzero(np.bincount(codes)) if len(codes) else codes


def _outside(store, marks: Marks, drawn: Drawn) -> int:
    """How many of the drawn events lie outside the region's frame: the map keeps to
    the region, so they are counted apart rather than said to be on the map."""
    west, south, east, north = store.dataset.settings.bbox
    lon, lat = marks.lon[drawn.positions], marks.lat[drawn.positions]
    return int(((lon < west) | (lon > east) | (lat < south) | (lat > north)).sum())


def _counts(store, shown, drawn: Drawn, outside: int) -> Counts:
    return Counts(
        matching=len(shown),
        total=store.n,
        on_map=len(drawn) - outside,
        no_place=len(shown) - len(drawn),
        in_frame=int(drawn.in_frame.sum()),
        outside=outside,
    )


def _caption(store, view: ViewState, shown, drawn: Drawn, outside: int) -> Caption:
    settings = store.dataset.settings
    off = [g.label for g in EVENT_LAYERS if g.id not in view.layers]
    return Caption(
        title=settings.title,
        counts=counts_text(
            len(shown),
            store.n,
            len(drawn) - outside,
            len(shown) - len(drawn),
            settings.no_place,
            outside,
        ),
        window=window_text(view.mode, view.start, view.end),
        filters=describe_filters(view, len(CATEGORIES), len(STATUSES)),
        layers_off=("layers off: " + ", ".join(off)) if off else "",
    )


def _listing(drawn: Drawn, selection: Selection | None) -> np.ndarray:
    """The events on the map in the order a list beside it names them: the selection
    first, then those in the frame (oldest first), then the others."""
    pos = drawn.positions
    first = np.zeros(len(pos), dtype=int)
    if selection is not None:
        first[pos == selection.position] = -1
    return pos[np.lexsort((drawn.seq, ~drawn.in_frame, first))]

"""Each event's mark, decided once per data version, as columns.

Where an event is drawn, its category colour and letter, its mark style (status, or
contested / denied from the claims), its fill and outline, and its ring at a place
several events share. Every renderer reads these columns: the map component receives
them as binary attributes, the briefing image draws them, the timeline colours its bars
with them. No renderer works out a colour, a ring or a letter of its own.

A place's rings are stable: an event keeps its ring whatever the window, so the same
event looks the same in every view (a gap where an inner event is not shown).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.schema import CATEGORIES
from dashboard.scene import style

# The innermost mark's radius (it holds a category letter: ``style.LETTER_SIZE_PX``), and
# each ring's step outwards.
RING_BASE_PX, RING_STEP_PX = 9.0, 3.5
RING_CAP = 12  # at one place, rings beyond this many share the outermost ring's size
LAYER_ORDER = {g.id: i for i, g in enumerate(EVENT_LAYERS)}
PLACE_DIGITS = 5  # events whose drawn points agree to ~1 m share a place


@dataclass(frozen=True)
class Marks:
    """The marks of every event, in ``dataset.events`` order (see the module docstring).

    ``place`` numbers the places events are drawn at (-1: no place, never drawn);
    ``alone`` is True where an event is the only one at its place. ``style`` and
    ``category`` index ``style.MARK_STYLES`` and ``CATEGORIES``.
    """

    lon: np.ndarray
    lat: np.ndarray
    place: np.ndarray  # int64
    alone: np.ndarray  # bool
    ring: np.ndarray  # uint8, 0 innermost
    category: np.ndarray  # uint8
    style: np.ndarray  # uint8
    fill: np.ndarray  # (n, 4) uint8 RGBA
    line: np.ndarray  # (n, 4) uint8 RGBA
    width: np.ndarray  # float32, outline width in px
    radius: np.ndarray  # float32, mark radius in px
    precision_m: np.ndarray  # float32, NaN where no circle of uncertainty is drawn
    inner_order: np.ndarray  # events by place, innermost ring first (placed ones only)

    @property
    def n(self) -> int:
        return len(self.lon)

    def letters(self, positions: np.ndarray) -> list[str]:
        """The category letters of the events at ``positions``."""
        return [style.LETTERS_BY_CODE[c] for c in self.category[positions]]


def codes(values, allowed) -> np.ndarray:
    """The index of each value in ``allowed`` (0 for a value not in it, or missing), as
    uint8: each distinct value is looked up once (a categorical column as it is, strings
    hashed by Arrow; a million Python strings took a second)."""
    cat = pd.Categorical(values)
    lookup = np.maximum(pd.Index(list(allowed)).get_indexer(cat.categories), 0)
    return np.append(lookup, 0).astype(np.uint8)[cat.codes]  # code -1 (missing): the 0


def place_groups(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """A number for each distinct drawn point (-1 where there is none)."""
    placed = np.isfinite(lon) & np.isfinite(lat)
    place = np.full(len(lon), -1, dtype=np.int64)
    if placed.any():
        # One complex number per point: hashed as one value (a MultiIndex of the two
        # columns took 2 s at a million events); equal exactly when both parts are.
        keys = np.round(lon[placed], PLACE_DIGITS) + 1j * np.round(lat[placed], PLACE_DIGITS)
        place[placed] = pd.factorize(keys)[0]
    return place


def rings(place: np.ndarray, layer: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The ring of each event among the events at its place (0 innermost).

    At a shared place, layer groups go outward in ``EVENT_LAYERS`` order reversed (the
    first group outermost) and, within a group, the oldest outermost; ``order`` is the
    events oldest first.
    """
    out = np.zeros(len(place), dtype=np.uint8)
    if not len(place):
        return out
    by = order[np.argsort(layer[order], kind="stable")]
    by = by[np.argsort(place[by], kind="stable")]
    group = place[by]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, len(by)])
    k = np.arange(len(by)) - np.repeat(starts, sizes)
    inner = np.repeat(sizes, sizes) - 1 - k
    out[by] = np.minimum(inner, RING_CAP)
    return out


def mark_colours(categories, statuses, evidence) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mark style code, fill RGBA, outline RGBA) of events given by their category,
    status and evidence values: what every mark and timeline bar is drawn with."""
    category = codes(categories, CATEGORIES)
    mark = _mark_codes(statuses, evidence)
    return (mark, *_colours(category, mark))


def _mark_codes(statuses, evidence) -> np.ndarray:
    """Each event's ``style.mark_styles`` as its index in ``style.MARK_STYLES`` (0 when
    missing): the rule applied once per distinct (status, evidence) pair, not once per
    event (a million strings compared took 0.3 s)."""
    status, said = pd.Categorical(statuses), pd.Categorical(evidence)
    # Each pair as one number; code -1 (missing) becomes 0, which stands for None.
    width = len(said.categories) + 1
    pair = (status.codes.astype(np.int64) + 1) * width + (said.codes.astype(np.int64) + 1)
    distinct, at = np.unique(pair, return_inverse=True)
    status_of = np.array([None, *status.categories], dtype=object)[distinct // width]
    said_of = np.array([None, *said.categories], dtype=object)[distinct % width]
    return codes(style.mark_styles(status_of, said_of), style.MARK_STYLES)[at.ravel()]


def on_paper(fill: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Outlines drawn on white paper (the timeline): a white outline, which sets a mark
    off on the map, takes the mark's own colour instead."""
    white = (line[:, :3] == 255).all(axis=1)
    return np.where(white[:, None], fill[:, :3], line[:, :3])


def _colours(category: np.ndarray, mark: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fill and outline RGBA of each mark: the category's colour, the style's alpha and
    outline (``style.STATUS_STYLE``)."""
    palette = np.array([style.CATEGORY_COLORS[c] for c in CATEGORIES], dtype=np.uint8)
    styles = [style.STATUS_STYLE[s] for s in style.MARK_STYLES]
    alpha = np.array([s["fill_alpha"] for s in styles], dtype=np.uint8)
    own_line = np.array([s["line"] is None for s in styles])
    line_rgb = np.array([s["line"] or (0, 0, 0) for s in styles], dtype=np.uint8)
    fill = np.column_stack([palette[category], alpha[mark]])
    rgb = np.where(own_line[mark][:, None], palette[category], line_rgb[mark])
    line = np.column_stack([rgb, np.full(len(mark), 255, dtype=np.uint8)])
    return fill.astype(np.uint8), line.astype(np.uint8)


def build_marks(events: pd.DataFrame, lon: np.ndarray, lat: np.ndarray, order: np.ndarray) -> Marks:
    """The marks of ``events`` drawn at ``lon``/``lat`` (NaN: no place); ``order`` is the
    events oldest first (the store's order)."""
    place = place_groups(lon, lat)
    counts = np.bincount(place[place >= 0], minlength=1)
    alone = (place >= 0) & (counts[np.maximum(place, 0)] == 1)
    layer = codes(events["layer"], LAYER_ORDER).astype(np.int64)
    ring = rings(place, layer, np.asarray(order))
    category = codes(events["category"], CATEGORIES)
    mark, fill, line = mark_colours(events["category"], events["status"], events["evidence"])
    widths = np.array([style.STATUS_STYLE[s]["width"] for s in style.MARK_STYLES], np.float32)
    return Marks(
        lon=np.asarray(lon, dtype=float),
        lat=np.asarray(lat, dtype=float),
        place=place,
        alone=alone,
        ring=ring,
        category=category,
        style=mark,
        fill=fill,
        line=line,
        width=widths[mark],
        radius=(RING_BASE_PX + RING_STEP_PX * ring).astype(np.float32),
        precision_m=_circle_radius(events),
        inner_order=_inner_order(place, ring),
    )


def _circle_radius(events: pd.DataFrame) -> np.ndarray:
    """The radius of uncertainty drawn around each event: only around points (a polygon
    site is drawn as its outline)."""
    radius = events["precision_m"].to_numpy(dtype=np.float32)
    is_point = (events.geom_type == "Point").to_numpy(dtype=bool)
    return np.where(is_point & (radius > 0), radius, np.nan).astype(np.float32)


def _inner_order(place: np.ndarray, ring: np.ndarray) -> np.ndarray:
    placed = np.flatnonzero(place >= 0)
    return placed[np.lexsort((ring[placed], place[placed]))]


def lettered(marks: Marks, shown: np.ndarray, selected: int | None = None) -> np.ndarray:
    """Positions of the events at ``shown`` that carry their letter: one per place, the
    innermost shown mark's, or the selected event's at its own place (its mark is drawn
    on top of the others there). Sorted; one pass over the events, no sort per view."""
    mask = np.zeros(marks.n, dtype=bool)
    mask[np.asarray(shown, dtype=np.int64)] = True
    candidates = marks.inner_order[mask[marks.inner_order]]
    if not len(candidates):
        return candidates
    places = marks.place[candidates]
    out = candidates[np.r_[True, places[1:] != places[:-1]]]
    if selected is not None and mask[selected] and marks.place[selected] >= 0:
        out = np.r_[out[marks.place[out] != marks.place[selected]], selected]
    return np.sort(out)

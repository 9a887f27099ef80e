"""``EmbeddedStore``: the ``Store`` (``store.query``) of a data package held in memory.

Read once per process: dates as sorted arrays (a window is two binary searches),
attribute masks computed once per filter and cached; besides the protocol, it gives the
positions of the events a view shows (``visible``), which the page and the map payload
index by.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Container
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from dashboard import config
from dashboard.contract import snapshot
from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.columns import arrow_strings
from dashboard.contract.dataset import Dataset, files
from dashboard.contract.settings import stamp_paths
from dashboard.store.filters import Filters, actor_pairs, filter_mask
from dashboard.store.kept import Kept
from dashboard.store.query import AS_OF, EPOCH, WINDOW, Query, day_number, from_day_number
from dashboard.store.search import WordIndex, search_terms

EVENT_LAYER_IDS: tuple[str, ...] = tuple(g.id for g in EVENT_LAYERS)
MASK_CACHE = 16  # attribute masks kept per store (one per filter combination seen)
ANSWERS = 8  # ``visible`` answers kept per store (each up to 8 bytes per event)


class EmbeddedStore:
    """The ``Store`` of a data package read into memory (``dashboard.contract.dataset``)."""

    def __init__(self, dataset: Dataset, version: str = "", from_snapshot: bool = False) -> None:
        self.dataset = dataset
        self.version = version or "unversioned"
        self.from_snapshot = from_snapshot  # read back from a snapshot (contract.snapshot)
        self.kept: Kept | None = None  # where arrays derived from this data are kept
        ev = dataset.events
        self.n = len(ev)
        # Arrow's hash joins on a second core while this one sorts (it lets go of the
        # interpreter: a million events' start 0.3 s sooner).
        with ThreadPoolExecutor(1, thread_name_prefix="store") as pool:
            joins = pool.submit(_excerpt_positions, dataset)
            self._sort(ev)
            self._excerpt_event, self._excerpt_source = joins.result()
        self.lon, self.lat = anchors(dataset)
        layer = pd.Categorical(ev["layer"].astype("object"), categories=EVENT_LAYER_IDS)
        self.layer_code = layer.codes.astype(np.int8)
        # Event ids as a hashed index, built by the first lookup of an event by its id (a
        # selection): a million Python strings cost a start 0.7 s that most pages never use.
        self._ids: pd.Index | None = None
        self._ids_lock = threading.Lock()
        self._masks: OrderedDict[tuple, np.ndarray] = OrderedDict()
        self._answers: OrderedDict[Query, np.ndarray] = OrderedDict()
        self._answers_lock = threading.Lock()
        self._words: WordIndex | None = None  # built by the first search
        self._words_lock = threading.Lock()
        for array in (self.start_day, self.end_day, self.order, self.lon, self.lat):
            array.setflags(write=False)  # shared by every session: never changed in place

    def _sort(self, ev: pd.DataFrame) -> None:
        """The events' days, and their order: oldest first, ties by event id (the order
        of lists and of the window searches)."""
        self.start_day = _days(ev["start"])
        self.end_day = _days(ev["end"])
        self.order = pc.sort_indices(
            pa.table({"s": self.start_day, "id": arrow_strings(ev["event_id"])}),
            sort_keys=[("s", "ascending"), ("id", "ascending")],
        ).to_numpy()
        self.sorted_start = self.start_day[self.order]
        # No event lasts longer than this: a window's candidates start after lo - longest.
        self.longest = int((self.end_day - self.start_day).max()) if self.n else 0

    # -- the Store interface -------------------------------------------------------------
    def span(self) -> tuple[date, date]:
        if not self.n:
            today = date.today()
            return date(today.year, 1, 1), date(today.year, 12, 31)
        return from_day_number(self.start_day.min()), from_day_number(self.end_day.max())

    def visible(self, q: Query) -> np.ndarray:
        """Positions of the events ``q`` shows (in ``dataset.events``), oldest first.
        The last few answers are kept: the page asks the same question several times a
        rerun (map, timeline, list, footer), and again on a rerun that changes nothing."""
        with self._answers_lock:
            if q in self._answers:
                self._answers.move_to_end(q)
                return self._answers[q]
        pos = self._in_window(q)
        pos = pos[self.attribute_mask(q.filters, q.layers)[pos]]
        if q.bbox is not None:
            pos = pos[self._in_bbox(pos, q.bbox)]
        pos.setflags(write=False)  # shared by every session asking the same question
        with self._answers_lock:
            self._answers[q] = pos
            if len(self._answers) > ANSWERS:
                self._answers.popitem(last=False)
        return pos

    def count(self, q: Query) -> int:
        return len(self.visible(q))

    def rows(self, q: Query, limit: int | None = None) -> pd.DataFrame:
        pos = self.visible(q)
        if limit is not None:
            pos = pos[:limit]
        out = self.dataset.events.iloc[pos].copy()
        out["faded"] = self.faded(pos, q)
        return out

    def time_bins(self, q: Query, freq: str) -> pd.DataFrame:
        everywhen = Query(*self.span(), WINDOW, q.filters, q.layers, q.bbox)
        pos = self.visible(everywhen)
        edges = _bin_edges(self.span(), freq)
        # ``pos`` is oldest first, so the start days are sorted: a bin's count is the gap
        # between where its two edges fall among them (a million events, a few bins).
        counts = np.diff(np.searchsorted(self.start_day[pos], edges, side="left"))
        lo, hi = day_number(q.start), day_number(q.end)
        return pd.DataFrame(
            {
                "start": EPOCH + edges[:-1].astype("timedelta64[D]"),
                "end": EPOCH + edges[1:].astype("timedelta64[D]"),
                "count": counts.astype("int64"),
                "in_window": (edges[:-1] <= hi) & (edges[1:] > lo),
            }
        )

    def space_bins(self, q: Query, cell_deg: float) -> pd.DataFrame:
        pos = self.visible(q)
        pos = pos[~np.isnan(self.lon[pos])]  # events with no place are in no cell
        cx = np.floor(self.lon[pos] / cell_deg).astype(np.int64)
        cy = np.floor(self.lat[pos] / cell_deg).astype(np.int64)
        cells, counts = np.unique(np.stack([cx, cy]), axis=1, return_counts=True)
        return pd.DataFrame(
            {
                "lon": (cells[0] + 0.5) * cell_deg,
                "lat": (cells[1] + 0.5) * cell_deg,
                "count": counts.astype("int64"),
            }
        )

    # -- what the UI needs besides ------------------------------------------------------
    def faded(self, pos: np.ndarray, q: Query) -> np.ndarray:
        """In as-of mode, which of ``pos`` ended before the window (drawn faded)."""
        if q.mode != AS_OF:
            return np.zeros(len(pos), dtype=bool)
        return self.end_day[pos] < day_number(q.start)

    def attribute_mask(self, filters: Filters, layers: tuple[str, ...] | None) -> np.ndarray:
        """Which events pass ``filters`` and are in a shown layer group (any date, any
        place). Cached: an analyst toggles between few combinations."""
        key = (filters, None if layers is None else tuple(sorted(layers)))
        if key in self._masks:
            self._masks.move_to_end(key)
            return self._masks[key]
        mask = filter_mask(self.dataset.events, filters)
        if filters.query.strip():
            mask &= self.found(filters.query)
        if layers is not None:
            shown = np.array([g in layers for g in EVENT_LAYER_IDS] + [False])
            mask &= shown[self.layer_code]  # code -1 (none) indexes the trailing False
        mask.setflags(write=False)
        self._masks[key] = mask
        if len(self._masks) > MASK_CACHE:
            self._masks.popitem(last=False)
        return mask

    def found(self, query: str) -> np.ndarray:
        """Which events the search ``query`` finds (``store.search``'s rule). The words
        of every event are indexed on the first search (once per data version, shared
        by every session), not on load: a page that never searches never pays for it."""
        with self._words_lock:
            if self._words is None:
                self._words = WordIndex(self.dataset.events, self.dataset.excerpts)
        return self._words.find(search_terms(query))

    def position(self, event_id: str) -> int | None:
        """Position of an event in ``dataset.events``, or None if there is no such event."""
        ids = self._ids
        if ids is None:
            with self._ids_lock:
                if self._ids is None:
                    self._ids = pd.Index(self.dataset.events["event_id"].astype("object"))
                ids = self._ids
        try:
            at = ids.get_loc(event_id)
        except (KeyError, TypeError):
            return None
        return at if isinstance(at, int | np.integer) else None

    def has_event(self, event_id: str) -> bool:
        return self.position(event_id) is not None

    @property
    def event_ids(self) -> Container[str]:
        """Every event id, for ``in`` (hashed by the first question)."""
        return _EventIds(self)

    def event(self, event_id: str) -> pd.Series | None:
        at = self.position(event_id)
        return None if at is None else self.dataset.events.iloc[at]

    def actors(self) -> list[str]:
        """Every actor named, sorted."""
        _, names = actor_pairs(self.dataset.events["actors"])
        return sorted(pc.unique(names).to_pylist(), key=str.casefold)

    def sources_behind(self, pos: np.ndarray) -> pd.DataFrame:
        """The sources quoted for the events at ``pos``, by publisher (indexed by id)."""
        shown = np.zeros(self.n + 1, dtype=bool)  # the extra slot: excerpts of no event
        shown[pos] = True
        used = np.unique(self._excerpt_source[shown[self._excerpt_event]])
        return (
            self.dataset.sources.iloc[used[used >= 0]]
            .set_index("source_id")
            .sort_values("publisher")
        )

    # -- internals ----------------------------------------------------------------------
    def _in_window(self, q: Query) -> np.ndarray:
        lo, hi = day_number(q.start), day_number(q.end)
        last = np.searchsorted(self.sorted_start, hi, side="right")
        if q.mode == AS_OF:
            return self.order[:last]
        first = np.searchsorted(self.sorted_start, lo - self.longest, side="left")
        cand = self.order[first:last]
        return cand[self.end_day[cand] >= lo]

    def _in_bbox(self, pos: np.ndarray, bbox) -> np.ndarray:
        west, south, east, north = bbox
        lon, lat = self.lon[pos], self.lat[pos]
        inside = (lat >= south) & (lat <= north)
        if west <= east:
            return inside & (lon >= west) & (lon <= east)
        return inside & ((lon >= west) | (lon <= east))  # across the antimeridian


def _excerpt_positions(dataset: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """Each excerpt's event position (the number of events for none) and its source's
    (-1 for none): the sources behind a set of events in one pass, without filtering a
    million id strings on every rerun. Arrow's hash joins: pandas' ``get_indexer`` first
    hashes a million Python strings."""
    ev_ids = arrow_strings(dataset.events["event_id"])
    at = pc.index_in(arrow_strings(dataset.excerpts["event_id"]), value_set=ev_ids)
    src = pc.index_in(
        arrow_strings(dataset.excerpts["source_id"]),
        value_set=arrow_strings(dataset.sources["source_id"]),
    )
    return (
        at.fill_null(len(ev_ids)).to_numpy().astype(np.int64),
        src.fill_null(-1).to_numpy().astype(np.int32),
    )


def _days(values: pd.Series) -> np.ndarray:
    return (values.to_numpy(dtype="datetime64[D]") - EPOCH).astype(np.int32)


def _bin_edges(span: tuple[date, date], freq: str) -> np.ndarray:
    """Day numbers of the bin edges covering ``span`` (calendar weeks, months or years)."""
    lo = pd.Timestamp(span[0])
    hi = pd.Timestamp(span[1]) + pd.Timedelta(days=1)
    first = {"W": lo - pd.Timedelta(days=lo.weekday()), "MS": lo.replace(day=1)}.get(
        freq, lo.replace(month=1, day=1)
    )
    # Weeks start on Monday (ISO, as PostgreSQL's date_trunc): pandas' "W" is anchored on
    # Sundays and would put the first events before the first edge.
    freq = "W-MON" if freq == "W" else freq
    edges = pd.date_range(first, hi + pd.tseries.frequencies.to_offset(freq), freq=freq)
    edges = edges[: np.searchsorted(edges, hi, side="left") + 1]
    return (edges.to_numpy(dtype="datetime64[D]") - EPOCH).astype(np.int64)


def anchors(dataset: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """Where each event is drawn: its own point, or a point inside its site (the site's
    representative point, found once per site)."""
    ev = dataset.events
    if not len(ev):
        return np.zeros(0), np.zeros(0)
    lon = np.full(len(ev), np.nan)
    lat = np.full(len(ev), np.nan)
    own = (ev["placement"] == "coordinates").to_numpy(dtype=bool)
    points = ev.geometry.values[own]
    lon[own], lat[own] = shapely.get_x(points), shapely.get_y(points)
    sites = dataset.sites
    if len(sites):
        rep = shapely.point_on_surface(sites.geometry.values)
        site_at = pd.Index(sites["site_id"].astype("object")).get_indexer(
            ev["site_id"].astype("object")[~own]
        )
        at_site = site_at >= 0  # events with no place stay NaN: never drawn, never in a bbox
        rows = np.flatnonzero(~own)[at_site]
        lon[rows] = shapely.get_x(rep)[site_at[at_site]]
        lat[rows] = shapely.get_y(rep)[site_at[at_site]]
    return lon, lat


def data_stamp(directory: Path) -> tuple:
    """Path, size and modification time of every input file: what the version hashes."""
    paths = list(files(directory).values())
    ref = config.reference_dir(directory)
    # Whatever files the settings name there (reference.files).
    paths += sorted(p for p in ref.rglob("*") if p.is_file()) if ref.is_dir() else []
    paths += stamp_paths(directory)  # an edited settings.toml reloads too
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((str(p), st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((str(p), None, None))
    return tuple(out)


def version_of(stamp: tuple) -> str:
    return hashlib.sha1(repr(stamp).encode()).hexdigest()[:12]


def open_store(directory: str | Path | None = None) -> EmbeddedStore:
    """Load the data package in ``directory`` (see ``config.data_dir``) as a store: from
    its snapshot when one matches every input file, else validated (and snapshotted)."""
    directory = config.data_dir(directory)
    stamp = data_stamp(directory)
    dataset, loaded = snapshot.load(directory)
    store = EmbeddedStore(dataset, version_of(stamp), loaded.from_snapshot)
    if loaded.path is not None:
        store.kept = Kept(loaded.path, snapshot.readable_as(directory))
    release_memory()
    if loaded.writer is not None:  # and what writing the snapshot took, once it is written
        threading.Thread(target=_release_after, args=(loaded,), name="snapshot-release").start()
    return store


def _release_after(loaded: snapshot.Loaded) -> None:
    loaded.written()
    release_memory()


def release_memory() -> None:
    """Give the system back what a load freed, before the app runs: Arrow's allocator
    keeps it, and so does glibc's malloc (pandas' and numpy's temporaries). At a million
    events from CSV the server then holds 0.74 GB, not 1.16 GB."""
    pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def open_database_store(uri: str, version: str) -> EmbeddedStore:
    """The data of a shared PostGIS database (``store.postgis``) as a store, read through
    the same validator as files."""
    from dashboard.store.postgis.package import load_from_database

    store = EmbeddedStore(load_from_database(uri), version)
    release_memory()
    return store


@dataclass(frozen=True)
class _EventIds:
    """The event ids of a store, for ``in``: asking is what builds their index."""

    store: EmbeddedStore

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self.store.has_event(event_id)

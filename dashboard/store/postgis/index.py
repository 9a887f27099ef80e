"""The query tables of the PostGIS store, built from a validated dataset.

The data tables (``events``, ``sources``, … as written) are what analysts edit; the
dashboard's questions are answered from three tables derived from the *validated* data
(dates parsed, places joined, evidence derived), so that the database answers exactly
what the embedded store answers:

- ``event_index``: per event (``pos``: its place in start order) its start and end day,
  duration class, the point it is drawn at (``lon``/``lat``), its layer and the
  attributes the filters test (as small codes), its actors;
- ``event_rows``: the validated event columns, for the rows a view lists;
- ``search_words``: each distinct word of the searched text (title, summary, actors,
  place and every quote) with its stem and the events that hold it (their ``pos``),
  indexed by word (in byte order: the words a prefix begins are one range) and by stem:
  the embedded store's word index (``store.search.WordIndex``), so that a search finds
  the same events in both. The stems are computed here, in Python, when the tables are
  built (an import, or the rebuild after an edit: ``store.reindex``), never in SQL:
  PostgreSQL's own Snowball and parser cut and stem words differently.

Why duration classes: the plain overlap test ``start <= hi AND end >= lo`` gives a date
index no lower bound. Events are put in classes by duration (at most 0, 3, 15, 63, …
days); in class *k* an event overlapping ``[lo, hi]`` starts in ``[lo - max_k, hi]``, one
narrow range of the B-tree on ``(dclass, start_day, event_id)``. That index also carries
the drawn point and the coded attributes, so a window's count and map cells, with any
filter but actors and search, are answered from the index alone; and it hands each
class's events over in list order. The map area has
a GiST index on the drawn point (an expression of ``lon`` and ``lat``, so the B-tree
can answer the same test); the planner takes the GiST when the area is the narrow part
of the question.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.contract.columns import arrow_strings
from dashboard.contract.dataset import Dataset
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.store.embedded import EVENT_LAYER_IDS, anchors
from dashboard.store.filters import actor_pairs
from dashboard.store.search import WordIndex

# Longest duration (days) of each class but the last, which holds the longer events.
CLASS_MAX_DAYS = (0, 3, 15, 63, 255, 1023, 4095)
SEP = "\x1f"  # joins searched fields (no match spans two) and list parameters
INDEX_TABLES = ("event_index", "event_rows", "search_words")
RETIRED_TABLES = ("event_search",)  # query tables of older layouts, dropped on a rebuild
# Their indexes.
INDEXES = (
    "event_index_window",
    "event_index_point",
    "event_rows_pos",
    "search_words_word",
    "search_words_stem",
)
POINT = "ST_SetSRID(ST_MakePoint(lon, lat), 4326)"  # the drawn point, as the GiST has it
# The attributes the filters test, stored as their place in these lists (NULL: none).
CODED = {
    "layer": EVENT_LAYER_IDS,
    "category": CATEGORIES,
    "status": STATUSES,
    "evidence": EVIDENCE,
}


# Changes when the query tables change shape: tables built by an older version of this
# code are rebuilt (``meta``'s ``indexed_version`` says for which data and which layout).
LAYOUT = "2-words"  # 2: search_words (1: event_search, its text)


def indexed_mark(version: str) -> str:
    """What ``meta`` records for query tables built from data ``version``."""
    return f"{version} {LAYOUT}"


def built_for(mark: str | None) -> str | None:
    """The data version the query tables were built from, or None when they were built
    in an older layout (or not at all)."""
    version, _, layout = (mark or "").partition(" ")
    return version if mark and layout == LAYOUT else None


def duration_class(days: np.ndarray) -> np.ndarray:
    """The class of each duration in days (see the module docstring)."""
    return np.searchsorted(np.array(CLASS_MAX_DAYS), days, side="left").astype(np.int16)


def codes(column: str, values) -> list[int]:
    """The codes of ``values`` in a coded ``column`` (a value it does not know has none)."""
    known = CODED[column]
    return [known.index(v) for v in values if v in known]


def _strings(column: pd.Series) -> pa.Array:
    return arrow_strings(column.astype("object").where(column.notna(), ""))


def _coded(column: pd.Series, known: tuple[str, ...]) -> pa.Array:
    at = pd.Categorical(column.astype("object"), categories=known).codes.astype(np.int16)
    return pa.array(at, mask=at < 0)


def _order(ds: Dataset) -> pa.Array:
    """Positions of ``ds.events`` in start order, ties by id (the embedded store's order)."""
    ev = ds.events
    keys = pa.table(
        {"s": ev["start"].to_numpy(dtype="datetime64[D]"), "id": _strings(ev["event_id"])}
    )
    return pc.sort_indices(keys, [("s", "ascending"), ("id", "ascending")])


def _with_pos(table: pa.Table, order: pa.Array | None = None) -> pa.Table:
    """``table`` with each row's place in start order: its row number, or (given the
    ``order`` the rows would take) the place of each row in it."""
    pos = np.arange(table.num_rows, dtype=np.int32)
    if order is not None:
        at = np.empty_like(pos)
        at[order.to_numpy()] = pos
        pos = at
    return table.add_column(0, "pos", pa.array(pos))


def _index_table(ds: Dataset, order: pa.Array) -> pa.Table:
    ev = ds.events
    lon, lat = anchors(ds)  # where the map draws each event (the embedded store's rule)
    start = ev["start"].to_numpy(dtype="datetime64[D]")
    end = ev["end"].to_numpy(dtype="datetime64[D]")
    parents, names = actor_pairs(ev["actors"])
    offsets = np.searchsorted(parents, np.arange(len(ev) + 1))  # parents come sorted
    actors = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), names.cast(pa.string()))
    table = pa.table(
        {
            "event_id": _strings(ev["event_id"]),
            "start_day": pa.array(start),
            "end_day": pa.array(end),
            "dclass": pa.array(duration_class((end - start).astype(np.int64))),
            "lon": pa.array(lon, from_pandas=True),
            "lat": pa.array(lat, from_pandas=True),
            **{f"{name}_c": _coded(ev[name], known) for name, known in CODED.items()},
            "precision": pa.array(ev["geo_precision"].to_numpy(dtype=np.int16)),
            "actors": actors,
        }
    )
    return _with_pos(table.take(order))  # stored in start order: a window's rows together


def _rows_table(ds: Dataset, order: pa.Array) -> pa.Table:
    ev = pd.DataFrame(ds.events.drop(columns="geometry"))
    for name in ev.columns:
        if isinstance(ev[name].dtype, pd.CategoricalDtype):
            ev[name] = ev[name].astype("object").where(ev[name].notna(), None)
    # Not reordered (the wide rows are found by ``pos``; moving them costs seconds).
    return _with_pos(pa.Table.from_pandas(ev, preserve_index=False), order)


def _words_table(ds: Dataset, order: pa.Array) -> pa.Table:
    """Each distinct word, its stem and the events (``pos``) that hold it."""
    found = WordIndex(ds.events, ds.excerpts)
    pos = np.empty(len(order), dtype=np.int32)
    pos[order.to_numpy()] = np.arange(len(order), dtype=np.int32)
    return pa.table(
        {
            "code": pa.array(np.arange(len(found.words), dtype=np.int32)),
            "word": found.words.cast(pa.string()),
            "stem": found.stems.cast(pa.string()),
            "events": pa.ListArray.from_arrays(
                pa.array(found.starts.astype(np.int32)), pa.array(pos[found.events])
            ),
        }
    )


def build_index(cur, schema: str, ds: Dataset, suffix: str = "") -> None:
    """Create the query tables of ``ds`` in ``schema`` (named with ``suffix``), indexed."""
    index, rows, words = (f"{name}{suffix}" for name in INDEX_TABLES)
    order = _order(ds)
    cur.adbc_ingest(index, _index_table(ds, order), mode="create", db_schema_name=schema)
    cur.adbc_ingest(rows, _rows_table(ds, order), mode="create", db_schema_name=schema)
    cur.adbc_ingest(words, _words_table(ds, order), mode="create", db_schema_name=schema)
    covered = ", ".join(["pos", "end_day", "lon", "lat", *(f"{c}_c" for c in CODED), "precision"])
    window, point, key, word, stem = (f"{name}{suffix}" for name in INDEXES)
    for sql in (
        f"""CREATE INDEX {window} ON {schema}.{index}
        (dclass, start_day, event_id COLLATE "C") INCLUDE ({covered})""",
        f"CREATE INDEX {point} ON {schema}.{index} USING gist (({POINT}))",
        f"ALTER TABLE {schema}.{rows} ADD CONSTRAINT {key} PRIMARY KEY (pos)",
        # Byte order ("C"): the words that begin with a prefix are one range of it.
        f'CREATE INDEX {word} ON {schema}.{words} (word COLLATE "C") INCLUDE (code)',
        f"CREATE INDEX {stem} ON {schema}.{words} (stem) INCLUDE (code)",
        *(f"ANALYZE {schema}.{name}" for name in (index, rows, words)),
    ):
        cur.execute(sql)


def window_ranges(lo: str, hi: str) -> list[str]:
    """The events overlapping [lo, hi] (SQL parameters) as one condition per duration
    class, each a range of the window index (their union is the window)."""
    out = [
        f"dclass = {k} AND start_day BETWEEN {lo}::date - {days} AND {hi} AND end_day >= {lo}"
        for k, days in enumerate(CLASS_MAX_DAYS)
    ]
    out.append(f"dclass = {len(CLASS_MAX_DAYS)} AND start_day <= {hi} AND end_day >= {lo}")
    return out

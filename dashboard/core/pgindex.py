"""The query tables of the PostGIS store, built from a validated dataset.

The data tables (``events``, ``sources``, … as written) are what analysts edit; the
dashboard's questions are answered from three tables derived from the *validated* data
(dates parsed, places joined, evidence derived), so that the database answers exactly
what the embedded store answers:

- ``event_index``: per event its start and end day, duration class, the point it is
  drawn at (``lon``/``lat`` and a PostGIS ``geom`` with a GiST index), its layer and
  the attributes the filters test (category, status, evidence, place precision, actors);
- ``event_rows``: the validated event columns, for the rows a view lists;
- ``event_search``: per event the lowered text the free-text search looks in (title,
  summary, actors, place and every quote).

Why duration classes: the plain overlap test ``start <= hi AND end >= lo`` gives a date
index no lower bound. Events are put in classes by duration (at most 0, 3, 15, 63, …
days); in class *k* an event overlapping ``[lo, hi]`` starts in ``[lo - max_k, hi]``, one
narrow range of the ``(dclass, start_day)`` index, which also carries ``end_day``,
``lon`` and ``lat`` so that a window's counts and bins are read from the index alone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.core.columns import arrow_strings
from dashboard.core.dataset import Dataset
from dashboard.core.filters import SEARCHED_COLUMNS, actor_pairs

# Longest duration (days) of each class but the last, which holds the longer events.
CLASS_MAX_DAYS = (0, 3, 15, 63, 255, 1023, 4095)
SEP = "\x1f"  # joins searched fields (no match spans two) and list parameters
INDEX_TABLES = ("event_index", "event_rows", "event_search")


def duration_class(days: np.ndarray) -> np.ndarray:
    """The class of each duration in days (see the module docstring)."""
    return np.searchsorted(np.array(CLASS_MAX_DAYS), days, side="left").astype(np.int16)


def lowered(text: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The search's case folding, the same for the stored text and the query."""
    return pc.utf8_lower(text)


def _strings(column: pd.Series) -> pa.Array:
    return arrow_strings(column.astype("object").where(column.notna(), ""))


def _index_table(ds: Dataset) -> pa.Table:
    from dashboard.core.store import anchors

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
            "layer": pa.array(ev["layer"].astype("object"), pa.string(), from_pandas=True),
            "category": _strings(ev["category"]),
            "status": _strings(ev["status"]),
            "evidence": _strings(ev["evidence"]),
            "precision": pa.array(ev["geo_precision"].to_numpy(dtype=np.int16)),
            "actors": actors,
        }
    )
    # Stored in start order: a window's rows sit together on disk.
    return table.take(
        pc.sort_indices(table, [("start_day", "ascending"), ("event_id", "ascending")])
    )


def _rows_table(ds: Dataset) -> pa.Table:
    ev = pd.DataFrame(ds.events.drop(columns="geometry"))
    for name in ev.columns:
        if isinstance(ev[name].dtype, pd.CategoricalDtype):
            ev[name] = ev[name].astype("object").where(ev[name].notna(), None)
    return pa.Table.from_pandas(ev, preserve_index=False)


def _search_table(ds: Dataset) -> pa.Table:
    ev = ds.events
    parts = [_strings(ev[c].astype("str")) for c in SEARCHED_COLUMNS]
    ex = ds.excerpts
    if len(ex):
        # Every quote of an event, joined: one row per event.
        quotes = (
            pd.DataFrame({"event_id": ex["event_id"].astype("object"), "q": ex["quote"]})
            .groupby("event_id", sort=False)["q"]
            .agg(SEP.join)
        )
        parts.append(_strings(ev["event_id"].astype("object").map(quotes)))
    text = pc.binary_join_element_wise(*parts, SEP)
    return pa.table({"event_id": _strings(ev["event_id"]), "text": lowered(text)})


def build_index(cur, schema: str, ds: Dataset, suffix: str = "") -> None:
    """Create the query tables of ``ds`` in ``schema`` (named with ``suffix``), indexed."""
    index, rows, search = (f"{name}{suffix}" for name in INDEX_TABLES)
    cur.adbc_ingest(index, _index_table(ds), mode="create", db_schema_name=schema)
    cur.adbc_ingest(rows, _rows_table(ds), mode="create", db_schema_name=schema)
    cur.adbc_ingest(search, _search_table(ds), mode="create", db_schema_name=schema)
    for sql in (
        f"ALTER TABLE {schema}.{index} ADD COLUMN geom geometry(Point, 4326)",
        f"""UPDATE {schema}.{index}
        SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) WHERE lon IS NOT NULL""",
        f"CREATE INDEX ON {schema}.{index} USING gist (geom)",
        f"CREATE INDEX ON {schema}.{index} (dclass, start_day) INCLUDE (end_day, lon, lat)",
        f"CREATE INDEX ON {schema}.{index} (event_id)",
        f"CREATE INDEX ON {schema}.{rows} (event_id)",
        f"ANALYZE {schema}.{index}",
        f"ANALYZE {schema}.{rows}",
        f"ANALYZE {schema}.{search}",
    ):
        cur.execute(sql)


def window_sql(lo: str, hi: str, as_of: bool) -> str:
    """The events overlapping [lo, hi] (SQL parameters): one index range per class; in
    as-of mode everything that started by ``hi``."""
    if as_of:
        return f"start_day <= {hi}"
    ranges = [
        f"(dclass = {k} AND start_day BETWEEN {lo}::date - {days} AND {hi})"
        for k, days in enumerate(CLASS_MAX_DAYS)
    ]
    ranges.append(f"(dclass = {len(CLASS_MAX_DAYS)} AND start_day <= {hi})")
    return f"({' OR '.join(ranges)}) AND end_day >= {lo}"

"""``PostgisStore``: the ``Store`` interface answered by the shared PostGIS database.

The same questions as ``EmbeddedStore`` (span, count, rows, time bins, map cells), with
the same answers, asked in SQL of the query tables (``dashboard.store.postgis.index``): a
window is one index range per duration class, the map area a GiST lookup or a filter,
the attribute filters and the free-text search are SQL predicates, and rows come back
as Arrow (the ADBC driver). Nothing but the answer leaves the database, so a program
can ask about millions of events without holding them.

The query tables are derived from the validated data. An edit to the data tables gives
the data a new version (``postgis``' triggers); ``refresh()`` sees it and, when the
query tables are of an older version, rebuilds them from the edited data, validated
(one process at a time; the others wait and find them rebuilt).
"""

from __future__ import annotations

import contextlib
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.store.embedded import _bin_edges
from dashboard.store.filters import Filters
from dashboard.store.postgis import index as pgindex
from dashboard.store.postgis import package as postgis
from dashboard.store.query import AS_OF, EPOCH, Query, day_number
from dashboard.store.search import UNSEARCHABLE, Term, search_terms

S = postgis.SCHEMA


class _Params:
    """Numbered SQL parameters ($1, $2, …) collected as a query is written."""

    def __init__(self) -> None:
        self.values: list = []
        self.ctes: list[str] = []  # WITH clauses the conditions need

    def statement(self, body: str) -> str:
        """``body`` with the WITH clauses its conditions asked for."""
        return f"WITH {', '.join(self.ctes)} {body}" if self.ctes else body

    def __call__(self, value) -> str:
        self.values.append(value)
        return f"${len(self.values)}"

    def listed(self, values) -> str:
        """A text[] of ``values`` (sent as one text: the driver binds scalars)."""
        return f"string_to_array({self(pgindex.SEP.join(values))}, chr(31))"


def _in(column: str, values: tuple[str, ...]) -> str:
    """``column`` (coded) holds one of ``values`` (codes are ours: written inline)."""
    at = pgindex.codes(column, values)
    return f"{column}_c IN ({', '.join(map(str, at))})" if at else "FALSE"


def _conditions(q: Query, p: _Params) -> list[str]:
    """SQL conditions on ``event_index`` for ``q``'s filters, layers and area."""
    f: Filters = q.filters
    out = []
    # A filter that lets every value through is left out: the values are validated, so
    # "every one" means no test (and the planner keeps its index-only plans).
    if not set(CATEGORIES) <= set(f.categories):
        out.append(_in("category", f.categories))
    if not set(STATUSES) <= set(f.statuses):
        out.append(_in("status", f.statuses))
    if len(f.evidence) < len(EVIDENCE):
        out.append(_in("evidence", f.evidence))
    # "Any" (3) keeps events with no place (precision 4) too, as the embedded store does.
    if f.max_precision < 3:
        out.append(f"precision <= {p(int(f.max_precision))}")
    if f.actors:
        # A name with control characters is in no text PostgreSQL holds (nor in a list).
        names = [a for a in f.actors if not UNSEARCHABLE.search(a)]
        out.append(f"actors && {p.listed(names)}" if names else "FALSE")
    if f.query.strip():
        out.append(_search(search_terms(f.query), p))
    if q.layers is not None:
        out.append(_in("layer", q.layers))
    if q.bbox is not None:
        west, south, east, north = (float(v) for v in q.bbox)
        s, n, w, e = p(south), p(north), p(west), p(east)
        # ``&&`` lets the planner use the GiST, but compares boxes rounded outwards to
        # single precision; the exact test on lon/lat (in the window index) decides.
        if west <= east:
            out.append(f"{pgindex.POINT} && ST_MakeEnvelope({w}, {s}, {e}, {n}, 4326)")
            out.append(f"lon BETWEEN {w} AND {e}")
        else:  # across the antimeridian: two boxes
            out.append(
                f"({pgindex.POINT} && ST_MakeEnvelope({w}, {s}, 180, {n}, 4326)"
                f" OR {pgindex.POINT} && ST_MakeEnvelope(-180, {s}, {e}, {n}, 4326))"
            )
            out.append(f"(lon >= {w} OR lon <= {e})")
        out.append(f"lat BETWEEN {s} AND {n}")
    return out


FOUND = "pos IN (SELECT pos FROM found)"  # the condition a search adds (``_search``)


def _search(terms: tuple[Term, ...], p: _Params) -> str:
    """The events holding, for each term, a word it matches (``Term.matches`` in SQL: the
    same stem, or a word in the range of those that begin with the prefix)."""
    if not terms:
        return "FALSE"  # as the embedded store: a search with no word finds nothing
    held = []
    for t in terms:
        match = f"stem = {p(t.stem)}"
        if t.prefix is not None:
            match += f' OR (word COLLATE "C" >= {p(t.prefix)} AND word COLLATE "C" < {p(t.upper)})'
        held.append(f"SELECT unnest(events) AS pos FROM {S}.search_words WHERE {match}")
    # The matching events found once (the matched words' lists), not once per branch.
    p.ctes.append(f"found AS MATERIALIZED ({' INTERSECT '.join(held)})")
    return FOUND


def _shown(
    q: Query, p: _Params, columns: str, window: bool = True, first: str | None = None
) -> str:
    """A query of ``columns`` of the events ``q`` shows (without its window if not
    ``window``): one branch per duration class, each a range of the window index. With
    ``first`` (a LIMIT parameter), each branch gives only its first events in list
    order, which the index hands over without sorting the rest. With a search, one
    query instead: its events are hashed once, not once per branch (a search that finds
    a million events, eight times, took seconds)."""
    rest = _conditions(q, p)
    if FOUND in rest:
        ranges = " OR ".join(f"({r})" for r in _ranges(q, p, window))
        body = f"SELECT {columns} FROM {S}.event_index WHERE {' AND '.join([f'({ranges})', *rest])}"
        if first is not None:
            body += f' ORDER BY start_day, event_id COLLATE "C" LIMIT {first}'
        return body
    if first is not None:
        return " UNION ALL ".join(
            f"""(SELECT {columns} FROM {S}.event_index WHERE {" AND ".join([r, *rest])}
            ORDER BY start_day, event_id COLLATE "C" LIMIT {first})"""
            for r in _ranges(q, p, window)
        )
    return " UNION ALL ".join(
        f"SELECT {columns} FROM {S}.event_index WHERE {' AND '.join([r, *rest])}"
        for r in _ranges(q, p, window)
    )


def _ranges(q: Query, p: _Params, window: bool) -> list[str]:
    if not window:
        return ["TRUE"]
    if q.mode == AS_OF:
        return [f"start_day <= {p(q.end)}"]
    return pgindex.window_ranges(p(q.start), p(q.end))


class PostgisStore:
    """The ``Store`` of a shared PostGIS database (see the module docstring)."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self._conn = postgis._connect(uri, reader=True)
        self.version = ""
        self._span: tuple[date, date] | None = None
        self.refresh()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PostgisStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def refresh(self) -> bool:
        """Follow the database to its current version (rebuilding the query tables
        if an edit made them stale); return whether the version changed."""
        current, indexed = self._versions()
        if current is None:
            raise postgis.NotImported(f"the database holds no imported data ({S}.meta)")
        if pgindex.built_for(indexed) != current:
            reindex(self.uri)
            # The version the tables hold (an edit may have come since: the next refresh).
            current = pgindex.built_for(self._versions()[1])
        changed = current != self.version
        if changed:
            self.version, self._span = current, None
        return changed

    def _versions(self) -> tuple[str | None, str | None]:
        try:
            meta = self._fetch(f"SELECT key, value FROM {S}.meta WHERE key LIKE '%version'", [])
        except Exception as exc:
            if "does not exist" in str(exc):  # no schema yet: nothing imported
                return None, None
            raise
        values = dict(
            zip(meta.column("key").to_pylist(), meta.column("value").to_pylist(), strict=True)
        )
        return values.get("version"), values.get("indexed_version")

    def _fetch(self, sql: str, params: list) -> pa.Table:
        cur = self._conn.cursor()
        try:
            cur.execute(sql, params or None)
            return cur.fetch_arrow_table()
        finally:
            cur.close()
            with contextlib.suppress(Exception):
                # End the read's transaction: it holds no lock a reindex's swap waits for.
                self._conn.rollback()

    # -- the Store interface -------------------------------------------------------------
    def span(self) -> tuple[date, date]:
        if self._span is None:
            t = self._fetch(f"SELECT min(start_day) a, max(end_day) b FROM {S}.event_index", [])
            lo, hi = t.column("a")[0].as_py(), t.column("b")[0].as_py()
            if lo is None:
                today = date.today()
                lo, hi = date(today.year, 1, 1), date(today.year, 12, 31)
            self._span = (lo, hi)
        return self._span

    def count(self, q: Query) -> int:
        p = _Params()
        t = self._fetch(p.statement(f"SELECT count(*) n FROM ({_shown(q, p, 'pos')}) w"), p.values)
        return int(t.column("n")[0].as_py())

    def rows(self, q: Query, limit: int | None = None) -> pd.DataFrame:
        """The events ``q`` shows, oldest first (ties by id), with ``faded``, and
        ``lon``/``lat`` where the map draws them: the validated event columns as plain
        values (text, not categories), indexed 0…n, without the geometry objects."""
        p = _Params()
        cap = p(max(0, int(limit))) if limit is not None else None
        shown = _shown(q, p, "pos, start_day, event_id, end_day, lon, lat", first=cap)
        faded = f"i.end_day < {p(q.start)}" if q.mode == AS_OF else "FALSE"
        # Byte order of ids (COLLATE "C"), as the embedded store sorts them; ``pos``
        # follows the same order.
        t = self._fetch(
            p.statement(f"""SELECT r.*, i.lon, i.lat, {faded} AS faded FROM (
                SELECT * FROM ({shown}) w ORDER BY start_day, event_id COLLATE "C"
                {f"LIMIT {cap}" if cap else ""}
            ) i JOIN {S}.event_rows r USING (pos) ORDER BY pos"""),
            p.values,
        )
        out = t.drop_columns(["pos"]).to_pandas()
        for name in ("start", "end"):
            out[name] = out[name].astype("datetime64[ms]")
        for name in ("start_precision", "end_precision"):  # int8 has no SQL type
            out[name] = out[name].astype("int8")
        return out

    def time_bins(self, q: Query, freq: str) -> pd.DataFrame:
        p = _Params()
        t = self._fetch(
            p.statement(
                f"SELECT start_day, count(*) n FROM ({_shown(q, p, 'start_day', False)}) w "
                "GROUP BY 1"
            ),
            p.values,
        )
        edges = _bin_edges(self.span(), freq)
        days = (t.column("start_day").to_numpy().astype("datetime64[D]") - EPOCH).astype(np.int64)
        at = np.searchsorted(edges, days, side="right") - 1
        counts = np.bincount(at, weights=t.column("n").to_numpy(), minlength=len(edges))
        lo, hi = day_number(q.start), day_number(q.end)
        return pd.DataFrame(
            {
                "start": EPOCH + edges[:-1].astype("timedelta64[D]"),
                "end": EPOCH + edges[1:].astype("timedelta64[D]"),
                "count": counts[: len(edges) - 1].astype("int64"),
                "in_window": (edges[:-1] <= hi) & (edges[1:] > lo),
            }
        )

    def space_bins(self, q: Query, cell_deg: float) -> pd.DataFrame:
        p = _Params()
        cell = p(float(cell_deg))
        body = f"""SELECT floor(lon / {cell})::bigint cx, floor(lat / {cell})::bigint cy,
            count(*) n
            FROM ({_shown(q, p, "lon, lat")}) w WHERE lon IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2"""
        t = self._fetch(p.statement(body), p.values)
        cx, cy = t.column("cx").to_numpy(), t.column("cy").to_numpy()
        return pd.DataFrame(
            {
                "lon": (cx + 0.5) * cell_deg,
                "lat": (cy + 0.5) * cell_deg,
                "count": t.column("n").to_numpy().astype("int64"),
            }
        )


def reindex(uri: str) -> str | None:
    """Rebuild the query tables from the data tables as they are now, validated; return
    the version they were built for (None when nothing is imported). One process at a
    time (an advisory lock, which an import takes too); one that waited finds them
    rebuilt and does nothing. Upgrades the version triggers of an older import."""
    conn = postgis._connect(uri)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock($1)", (postgis.REINDEX_LOCK,))
            cur.fetchall()
            conn.commit()
            try:
                # One snapshot: the tables exported and the version recorded agree.
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cur.execute("SELECT to_regclass($1) IS NOT NULL", (f"{S}.meta",))
                if not cur.fetchone()[0]:
                    conn.rollback()
                    return None
                cur.execute(f"SELECT key, value FROM {S}.meta WHERE key LIKE '%version'")
                values = dict(cur.fetchall())
                version = values.get("version")
                if version is None or pgindex.built_for(values.get("indexed_version")) == version:
                    conn.rollback()
                    return version
                ds = postgis.validated_tables(cur)
                pgindex.build_index(cur, S, ds, suffix="__new")
                for name in pgindex.RETIRED_TABLES:
                    cur.execute(f"DROP TABLE IF EXISTS {S}.{name}")
                for name in pgindex.INDEX_TABLES:
                    cur.execute(f"DROP TABLE IF EXISTS {S}.{name}")
                    cur.execute(f"ALTER TABLE {S}.{name}__new RENAME TO {name}")
                for name in pgindex.INDEXES:
                    cur.execute(f"ALTER INDEX {S}.{name}__new RENAME TO {name}")
                # An import older than the query tables: its meta trigger would take the
                # row written next for an edit (a new version, and a rebuild, forever).
                postgis.version_triggers(cur, S)
                cur.execute(
                    f"""INSERT INTO {S}.meta VALUES ('indexed_version', $1)
                    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value""",
                    (pgindex.indexed_mark(version),),
                )
                conn.commit()
            except Exception:
                conn.rollback()
                raise
            finally:
                cur.execute("SELECT pg_advisory_unlock($1)", (postgis.REINDEX_LOCK,))
                cur.fetchall()
                conn.commit()
    finally:
        conn.close()
    postgis.vacuum_query_tables(uri)
    return version

"""A shared PostgreSQL + PostGIS store for teams: import, export, and the app reading it.

``DASHBOARD_STORE=postgresql://…`` points every replica at one database instead of a
data directory. The database holds the data package in the schema ``dashboard``:

- ``events``, ``sources``, ``excerpts``, ``claims``, ``narratives``, ``narrative_steps``:
  every CSV column as text, exactly as
  written (``__row`` keeps the file's row order), so that a round trip loses nothing and
  the one validator (``load_dataset``) judges database rows exactly as it judges files;
- ``sites``: one row per GeoJSON feature (the feature as ``json``, as written) with its
  geometry as PostGIS ``geometry(4326)``;
- ``event_index``, ``event_rows``, ``search_words``: the query tables, derived from the
  validated data (``dashboard.store.postgis.index``), from which ``PostgisStore``
  (``dashboard.store.postgis.store``) answers the store's questions in SQL;
- ``meta``: the data ``version`` (a new value on every import and on every change to
  any table, by a statement trigger), the version the query tables were built for,
  the GeoJSON collection's own members, the data's own ``settings.toml`` (its
  region) and ``datapackage.json`` (its description), if it has them.

Every process reads the database through the same validation as a data directory:
``export_package`` writes the tables back as a data package, ``load_dataset`` reads it.
The app keeps one validated copy per process and data version, and checks the version
(one indexed row) on every run, so an edit by one analyst reaches the others on their
next interaction. Rows travel as Arrow (the ADBC PostgreSQL driver: the fastest path
measured here). Nothing here imports streamlit.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from dashboard import config
from dashboard.config import REFERENCE_SUBDIR
from dashboard.contract.dataset import Dataset, load_dataset
from dashboard.contract.descriptor import DESCRIPTOR_FILE, write_descriptor
from dashboard.contract.schema import load_package
from dashboard.contract.settings import SETTINGS_FILE
from dashboard.store.postgis.index import build_index, indexed_mark

SCHEMA = "dashboard"
STAGING = "dashboard_import"  # an import builds here, then takes SCHEMA's place
CSV_TABLES = ("events", "sources", "excerpts", "claims", "narratives", "narrative_steps")
REINDEX_LOCK = 7_261_013  # advisory lock: the query tables are rebuilt by one at a time
# Tables whose changes give the data a new version (the query tables follow them).
DATA_TABLES = (*CSV_TABLES, "sites")


def redact(uri: str) -> str:
    """``uri`` with its password replaced by ``***`` (for logs and messages)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(uri)
    if parts.password is not None:
        parts = parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1))
    query = re.sub(r"(?i)(^|&)(password=)[^&]*", r"\1\2***", parts.query)
    return urlunsplit(parts._replace(query=query))


def _connect(uri: str, reader: bool = False):
    import adbc_driver_postgresql.dbapi as pg

    if reader:
        # A page run must not hang on a host that does not answer or on a lock: it then
        # falls back to the data it had. (An import holds its locks only for the swap.)
        extra = "connect_timeout=5&options=-c%20lock_timeout%3D5000"
        uri = f"{uri}{'&' if '?' in uri else '?'}{extra}"
    return pg.connect(uri)


class NotImported(LookupError):
    """The database holds no imported data (no ``dashboard`` schema)."""


def _paths() -> dict[str, str]:
    return {r.name: r.path for r in load_package().resources}


def _read_text_csv(path: Path) -> pa.Table:
    """Every cell as the text written in the file (no type guessing, no nulls)."""
    with path.open("rb") as f:
        header = pacsv.open_csv(f).schema.names
    try:
        return pacsv.read_csv(
            path,
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in header},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
            read_options=pacsv.ReadOptions(block_size=1 << 26),
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        # The validator sets such rows aside; the database keeps files exactly, so a file
        # it cannot hold as a table is refused, with what to fix.
        raise ImportRefused(
            f"{path.name} cannot be stored as a table ({str(exc).splitlines()[0][:200]}); "
            "fix the rows `python -m dashboard validate` lists and import again"
        ) from None


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the validated dataset, the new version, rows per table."""

    dataset: Dataset
    version: str
    rows: dict[str, int]
    seconds: float
    notes: tuple[str, ...] = ()  # what the importer wants the user to know


class ImportRefused(Exception):
    """The package cannot be imported; the database was not changed."""


def import_package(directory: str | Path, uri: str) -> ImportResult:
    """Replace the database's data with the package in ``directory``, in one transaction.

    The package is validated exactly as the app validates it; it is refused (nothing
    changes) when no event is left to show. Rows set aside by validation are imported
    as written, so the app reports them from the database as it would from the files.
    Importing the same package twice leaves the same data (a new version).
    """
    t0 = time.perf_counter()
    directory = Path(directory)
    notes = _reference_notes(directory)
    ds = _validated(directory)
    tables = _csv_tables(directory)
    collection, features = _site_features(directory)
    version = _new_version()
    conn = _connect(uri)
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            # Built beside the live schema and swapped in at the end: readers keep the old
            # data until the commit and wait only for the swap.
            cur.execute(f"DROP SCHEMA IF EXISTS {STAGING} CASCADE")
            cur.execute(f"CREATE SCHEMA {STAGING}")
            for name, table in tables.items():
                cur.adbc_ingest(name, table, mode="create", db_schema_name=STAGING)
            _stage_sites(cur, ds, features)
            build_index(cur, STAGING, ds)  # the query tables of the data as validated
            _stage_meta(cur, directory, version, collection)
            version_triggers(cur, STAGING)
            cur.execute(f"ANALYZE {STAGING}.sites")  # planner statistics
            _swap_in(cur)
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        conn.close()
    vacuum_query_tables(uri)
    rows = {name: t.num_rows for name, t in tables.items()} | {"sites": len(features)}
    return ImportResult(ds, version, rows, time.perf_counter() - t0, tuple(notes))


def _reference_notes(directory: Path) -> list[str]:
    if not (directory / REFERENCE_SUBDIR).is_dir():
        return []
    return [
        f"{REFERENCE_SUBDIR} (the package's own reference layers) is not stored in the "
        "database: every reader uses the bundled ones, so the import is validated with them"
    ]


def _validated(directory: Path) -> Dataset:
    """The package validated with the reference layers every reader of the database will
    use; refused when no event is left."""
    ds = load_dataset(directory, reference_dir=config.BUNDLED_REFERENCE)
    if ds.events.empty:
        first = next((p for p in ds.problems if p.cause is None), None)
        why = f": {first.file}: {first.message[:200]}" if first else ""
        raise ImportRefused(f"no event can be read from {directory}{why}")
    return ds


def _csv_tables(directory: Path) -> dict[str, pa.Table]:
    """Each CSV file as written (text cells), with its row number; an optional file left
    out is an empty table, so rows can be added later."""
    paths = _paths()
    tables = {}
    for name in CSV_TABLES:
        path = directory / paths[name]
        if path.is_file() and path.stat().st_size:
            t = _read_text_csv(path)
        else:
            fields = load_package().resource(name).field_names
            t = pa.table({f: pa.array([], pa.string()) for f in fields})
        if "__row" in t.column_names:
            raise ImportRefused(f"{paths[name]} has a column named __row, which the store uses")
        tables[name] = t.append_column("__row", pa.array(np.arange(len(t), dtype=np.int64)))
    return tables


def _site_features(directory: Path) -> tuple[dict, list]:
    """(the sites file without its features, the features), each kept as written."""
    path = directory / _paths()["sites"]
    try:
        collection = (
            json.loads(path.read_text(encoding="utf-8-sig"))
            if path.is_file()
            else {"type": "FeatureCollection", "features": []}
        )
        features = list(collection.pop("features", []) or [])
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError, TypeError) as exc:
        raise ImportRefused(
            f"{_paths()['sites']} cannot be stored ({str(exc)[:200]}); fix it and import again"
        ) from None
    return collection, features


def _stage_sites(cur, ds: Dataset, features: list) -> None:
    """The sites table: each feature as written, and the geometry of the validated site
    (repaired where validation repairs it); a feature set aside has no geometry."""
    raw = pa.table(
        {
            "__row": np.arange(len(features), dtype=np.int64),
            "site_id": [str((f.get("properties") or {}).get("site_id", "")) for f in features],
            "feature": [json.dumps(f, ensure_ascii=False) for f in features],
        }
    )
    cur.adbc_ingest("sites_raw", raw, mode="create", db_schema_name=STAGING)
    cur.execute(
        f"""CREATE TABLE {STAGING}.sites (
            __row bigint PRIMARY KEY, site_id text, feature json NOT NULL,
            geom geometry(Geometry, 4326))"""
    )
    cur.execute(
        f"""INSERT INTO {STAGING}.sites (__row, site_id, feature)
        SELECT __row, site_id, feature::json FROM {STAGING}.sites_raw"""
    )
    cur.execute(f"DROP TABLE {STAGING}.sites_raw")
    cur.adbc_ingest("site_geoms", _site_geoms(ds), mode="create", db_schema_name=STAGING)
    cur.execute(
        f"""UPDATE {STAGING}.sites s SET geom = ST_SetSRID(ST_GeomFromWKB(g.wkb), 4326)
        FROM {STAGING}.site_geoms g WHERE g.site_id = s.site_id"""
    )
    cur.execute(f"DROP TABLE {STAGING}.site_geoms")
    cur.execute(f"CREATE INDEX ON {STAGING}.sites USING gist (geom)")


def _stage_meta(cur, directory: Path, version: str, collection: dict) -> None:
    """The version, the sites file's own keys, and the data's region settings (they travel
    with it; else the shipped ones apply)."""
    cur.execute(f"CREATE TABLE {STAGING}.meta (key text PRIMARY KEY, value text NOT NULL)")
    own_settings = directory / SETTINGS_FILE
    settings = own_settings.read_text(encoding="utf-8") if own_settings.is_file() else ""
    own_descriptor = directory / DESCRIPTOR_FILE
    described = own_descriptor.read_bytes().decode("utf-8") if own_descriptor.is_file() else ""
    sites = directory / _paths()["sites"]
    # As written (byte for byte, decoded): an export of unchanged sites gives it back.
    sites_text = sites.read_bytes().decode("utf-8") if sites.is_file() else ""
    for key, value in (
        ("version", version),
        ("sites_text", sites_text),
        ("indexed_version", indexed_mark(version)),  # the query tables are of this version
        ("sites_collection", json.dumps(collection, ensure_ascii=False)),
        ("settings_toml", settings),
        ("datapackage_json", described),
    ):
        cur.execute(f"INSERT INTO {STAGING}.meta VALUES ($1, $2)", (key, value))


def _swap_in(cur) -> None:
    """The staged schema takes the live one's place; not while a reader rebuilds the
    query tables (store.reindex): wait for it."""
    cur.execute("SELECT pg_advisory_xact_lock($1)", (REINDEX_LOCK,))
    cur.fetchall()
    cur.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    cur.execute(f"ALTER SCHEMA {STAGING} RENAME TO {SCHEMA}")


def version_triggers(cur, schema: str) -> None:
    """Make any later change to the data, by any client, give it a new version (every
    replica reloads on its sessions' next run). Replaces triggers of an older import."""
    cur.execute(
        f"""CREATE OR REPLACE FUNCTION {schema}.bump_version() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE {SCHEMA}.meta SET value = md5(random()::text || clock_timestamp()::text)
          WHERE key = 'version';
          RETURN NULL;
        END $$"""
    )
    for name in DATA_TABLES:
        cur.execute(
            f"""CREATE OR REPLACE TRIGGER bump_version
            AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
            ON {schema}.{name} FOR EACH STATEMENT EXECUTE FUNCTION {schema}.bump_version()"""
        )
    # meta too (its settings and collection), but not its version rows.
    for event, row in (("INSERT OR UPDATE", "NEW"), ("DELETE", "OLD")):
        cur.execute(
            f"""CREATE OR REPLACE TRIGGER bump_version_{row.lower()} AFTER {event}
            ON {schema}.meta FOR EACH ROW WHEN ({row}.key NOT IN ('version', 'indexed_version'))
            EXECUTE FUNCTION {schema}.bump_version()"""
        )


def vacuum_query_tables(uri: str) -> None:
    """Mark the query tables' pages all-visible, so that a window's counts and bins are
    read from the index alone (VACUUM cannot run inside the import's transaction)."""
    import adbc_driver_postgresql.dbapi as pg

    from dashboard.store.postgis.index import INDEX_TABLES

    with pg.connect(uri, autocommit=True) as conn, conn.cursor() as cur:
        for name in INDEX_TABLES:
            cur.execute(f"VACUUM {SCHEMA}.{name}")


def _new_version() -> str:
    import uuid

    return uuid.uuid4().hex[:12]


def _site_geoms(ds: Dataset) -> pa.Table:
    import shapely

    sites = ds.sites
    return pa.table(
        {
            "site_id": pa.array(sites["site_id"].astype("object").tolist(), pa.string()),
            "wkb": pa.array(shapely.to_wkb(sites.geometry.values), pa.binary()),
        }
    )


def version(uri: str) -> str | None:
    """The data's version in the database, or None when it holds no imported data."""
    conn = _connect(uri, reader=True)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass($1) IS NOT NULL", (f"{SCHEMA}.meta",))
            if not cur.fetchone()[0]:
                return None
            cur.execute(f"SELECT value FROM {SCHEMA}.meta WHERE key = 'version'")
            row = cur.fetchone()
            return row[0] if row else None
    finally:
        conn.close()


def export_package(uri: str, out: str | Path, exact: bool = True) -> dict[str, int]:
    """Write the database's data as a data package in ``out`` (created if needed);
    return rows written per file. What an import read, an export writes back (byte for
    byte unless not ``exact``: see ``export_tables``)."""
    conn = _connect(uri, reader=True)
    try:
        with conn.cursor() as cur:
            # Every table from one snapshot: an edit committed meanwhile is in all or none.
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return export_tables(cur, out, exact)
    finally:
        conn.close()


def export_tables(cur, out: str | Path, exact: bool = True) -> dict[str, int]:
    """``export_package`` on an open cursor (in the caller's transaction). Not
    ``exact``: every value quoted (the same data, not the same bytes; several times
    faster, for files only the validator reads)."""
    out = Path(out)
    paths = _paths()
    counts: dict[str, int] = {}
    cur.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
        (SCHEMA,),
    )
    present = {r[0] for r in cur.fetchall()}
    if "meta" not in present:
        raise NotImported(f"the database holds no imported data (no {SCHEMA}.meta)")
    for name in CSV_TABLES:
        if name not in present:
            continue
        cur.execute(f"SELECT * FROM {SCHEMA}.{name} ORDER BY __row")
        table = cur.fetch_arrow_table().drop_columns(["__row"])
        path = out / paths[name]
        path.parent.mkdir(parents=True, exist_ok=True)
        if exact:  # quoted only where needed, as the csv module writes (and ours are)
            table.to_pandas().to_csv(path, index=False, lineterminator="\n")
        else:
            pacsv.write_csv(table, path)
        counts[paths[name]] = table.num_rows
    cur.execute(f"SELECT value FROM {SCHEMA}.meta WHERE key = 'sites_collection'")
    row = cur.fetchone()
    collection = json.loads(row[0]) if row else {"type": "FeatureCollection"}
    cur.execute(f"SELECT feature::text FROM {SCHEMA}.sites ORDER BY __row")
    features = [json.loads(r[0]) for r in cur.fetchall()]
    cur.execute(f"SELECT value FROM {SCHEMA}.meta WHERE key = 'settings_toml'")
    row = cur.fetchone()
    if row and row[0]:
        (out / SETTINGS_FILE).parent.mkdir(parents=True, exist_ok=True)
        (out / SETTINGS_FILE).write_text(row[0], encoding="utf-8")
        counts[SETTINGS_FILE] = 1
    sites_path = out / paths["sites"]
    sites_path.parent.mkdir(parents=True, exist_ok=True)
    sites_path.write_bytes(_sites_text(cur, {**collection, "features": features}).encode("utf-8"))
    counts[paths["sites"]] = len(features)
    _write_descriptor(cur, out)
    counts[DESCRIPTOR_FILE] = 1
    return counts


def _write_descriptor(cur, out: Path) -> None:
    """The imported package's datapackage.json as it was (byte for byte: the files it
    describes are), else one generated for the files written."""
    cur.execute(f"SELECT value FROM {SCHEMA}.meta WHERE key = 'datapackage_json'")
    row = cur.fetchone()
    if row and row[0]:
        (out / DESCRIPTOR_FILE).write_bytes(row[0].encode("utf-8"))
    else:
        write_descriptor(out)


def _sites_text(cur, sites: dict) -> str:
    """The sites file as imported when its content is unchanged; else compact JSON ending
    with a newline, as the files the tools write do."""
    cur.execute(f"SELECT value FROM {SCHEMA}.meta WHERE key = 'sites_text'")
    row = cur.fetchone()
    if row and row[0]:
        try:
            if json.loads(row[0].removeprefix("\ufeff")) == sites:
                return row[0]
        except json.JSONDecodeError:
            pass  # not the file that was imported: written afresh below
    return json.dumps(sites, ensure_ascii=False, separators=(",", ":")) + "\n"


def load_from_database(uri: str) -> Dataset:
    """The database's data, validated as ``load_dataset`` validates a data directory.

    Problems name the files an export would write (``events.csv``, row N), which is also
    each row's ``__row`` + 2 in its table.
    """
    conn = _connect(uri, reader=True)
    try:
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return validated_tables(cur)
    finally:
        conn.close()


def validated_tables(cur) -> Dataset:
    """The tables as the cursor's transaction sees them, validated (written as a data
    package to a temporary folder, which ``load_dataset`` reads)."""
    with tempfile.TemporaryDirectory(prefix="dashboard-db-") as tmp:
        export_tables(cur, tmp, exact=False)
        return load_dataset(tmp)

"""The shared PostGIS store: import, export, the app reading it, edits reaching sessions.

Each test module gets a throwaway cluster from Debian's PostgreSQL 15 + PostGIS 3
(devkit/pg.py). Without them these skip and say why; CI sets REQUIRE_POSTGIS=1 and they fail.
The packages are made here: tests/synthetic.py's designed one, and devkit's generated ones
(the shipped package's round trip is in test_shipped_data.py).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date

import frictionless
import numpy as np
import pandas as pd
import pytest

from conftest import MINIMAL, DataDir
from dashboard import config
from dashboard.contract.dataset import load_dataset
from dashboard.contract.descriptor import descriptor_text
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.store.embedded import EVENT_LAYER_IDS, EmbeddedStore
from dashboard.store.filters import Filters
from dashboard.store.postgis import package as postgis
from dashboard.store.query import Query
from dashboard.view.empty import why_empty
from dashboard.view.query import default_view
from dashboard.view.window import AS_OF, WINDOW
from devkit.pg import require_postgis, throwaway_cluster
from pages import listed, no_errors, run, texts
from synthetic import (
    EVENTS,
    FOUND,
    SITES,
    write_narratives,
    write_package,
    write_worded_package,
)

PACKAGE_FILES = ("events.csv", "sources.csv", "excerpts.csv", "claims.csv")
DRILL, DRILL_TITLE = "ev-drill", EVENTS["ev-drill"][3]  # June to July 2020, in the valley


@pytest.fixture(scope="module")
def uri():
    require_postgis()
    with throwaway_cluster() as u:
        yield u


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """tests/synthetic.py's package: nine invented events, four sites, claims, settings."""
    return write_package(tmp_path_factory.mktemp("synthetic"))


@pytest.fixture(autouse=True)
def _files_are_synthetic(monkeypatch, package):
    # Where a page falls back to the files, it reads the synthetic package, never the
    # shipped one.
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(package))


def _sql(uri: str, *statements: str) -> list:
    import adbc_driver_postgresql.dbapi as pg

    out = []
    with pg.connect(uri) as conn, conn.cursor() as cur:
        for s in statements:
            cur.execute(s)
            out.append(cur.fetchall() if cur.description else None)
        conn.commit()
    return out


def assert_round_trip(package, uri: str, out) -> None:
    """Import ``package``, export it to ``out``: the same files come back (the CSV files
    byte for byte), and the validator reads the database exactly as it reads the files."""
    postgis.export_package(uri, out)
    for name in (*PACKAGE_FILES, "geodata/sites.geojson"):
        assert (out / name).read_bytes() == (package / name).read_bytes(), name
    a, b = load_dataset(package), postgis.load_from_database(uri)
    for part in ("events", "excerpts", "sources", "claims"):
        pd.testing.assert_frame_equal(getattr(a, part), getattr(b, part))
    assert [p.message for p in a.problems] == [p.message for p in b.problems]


def test_round_trip_gives_back_the_same_files(uri, tmp_path, package):
    result = postgis.import_package(package, uri)
    assert result.rows["events"] == len(EVENTS) and result.rows["sites"] == len(SITES)
    assert_round_trip(package, uri, tmp_path)
    assert (tmp_path / "settings.toml").read_bytes() == (package / "settings.toml").read_bytes()


def test_a_packages_datapackage_json_comes_back_byte_for_byte(uri, tmp_path, package):
    own = tmp_path / "own"
    shutil.copytree(package, own)
    # A descriptor a team extended by hand (a licence) is theirs: it comes back as it was.
    doc = json.loads(descriptor_text(own))
    doc["licenses"] = [{"name": "CC-BY-4.0", "title": "Our licence"}]
    (own / "datapackage.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    postgis.import_package(own, uri)
    out = tmp_path / "out"
    postgis.export_package(uri, out)
    assert (out / "datapackage.json").read_bytes() == (own / "datapackage.json").read_bytes()
    # A package imported without one is exported with one made for the files written.
    postgis.import_package(package, uri)
    bare = tmp_path / "bare"
    postgis.export_package(uri, bare)
    assert (bare / "datapackage.json").read_text(encoding="utf-8") == descriptor_text(bare)
    assert frictionless.validate(str(bare / "datapackage.json")).valid


def test_narratives_are_stored_and_exported_byte_for_byte(uri, tmp_path):
    package = write_narratives(write_package(tmp_path / "with-narratives"))
    postgis.import_package(package, uri)
    out = tmp_path / "out"
    assert_round_trip(package, uri, out)
    for name in ("narratives.csv", "narrative_steps.csv"):
        assert (out / name).read_bytes() == (package / name).read_bytes(), name
    assert postgis.load_from_database(uri).narratives == load_dataset(package).narratives
    assert load_dataset(package).narratives


def test_import_is_idempotent_and_every_change_gives_a_new_version(uri, package):
    first = postgis.import_package(package, uri)
    again = postgis.import_package(package, uri)
    assert first.version != again.version == postgis.version(uri)
    [[(n,)]] = _sql(uri, "SELECT count(*) FROM dashboard.events")
    assert n == len(EVENTS)  # replaced, not appended
    before = postgis.version(uri)
    _sql(uri, f"UPDATE dashboard.events SET title = 'Edited' WHERE event_id = '{DRILL}'")
    assert postgis.version(uri) != before


def test_a_refused_or_failed_import_changes_nothing(uri, tmp_path, monkeypatch, package):
    postgis.import_package(package, uri)
    version = postgis.version(uri)
    # Refused: no event can be read (every row breaks a rule).
    bad = DataDir(tmp_path / "bad")
    shutil.copytree(MINIMAL, bad.root)
    rows = bad.rows("events.csv")
    for i in range(2, len(rows) + 2):
        bad.set_cell("events.csv", i, "date", "not a date")
    with pytest.raises(postgis.ImportRefused, match="no event can be read"):
        postgis.import_package(bad.root, uri)
    # Failed inside the transaction, after the old schema was dropped: rolled back.
    import pyarrow as pa

    monkeypatch.setattr(
        postgis, "_site_geoms", lambda ds: pa.table({"site_id": [1], "wkb": [b"x"]})
    )
    with pytest.raises(Exception, match=r"operator does not exist"):
        postgis.import_package(MINIMAL, uri)
    assert postgis.version(uri) == version
    [[(n,)]] = _sql(uri, "SELECT count(*) FROM dashboard.events")
    assert n == len(EVENTS)


SEARCHES = ["", "", "town", "Patrol", "ß", "STRASSE", "%", "_", "istanbul", "İSTANBUL",
            "ΟΔΥΣΣΈΑΣ", "οδυσσέας", "Tajik\x1fistan", "a\x00b", "  Actor B  "]  # fmt: skip


def _awkward_package(root) -> tuple:
    """Synthetic events, some with no place and some with titles whose case folds
    unusually; returns (the package, lon/lat of a few drawn points)."""
    from devkit.synth import generate

    data = generate(4_000, root, seed=11)
    ev = pd.read_csv(data / "events.csv", dtype=str, keep_default_na=False)
    nowhere = ev.index % 13 == 0  # no site, no coordinates: listed, never drawn
    ev.loc[nowhere, ["site_id", "lon", "lat", "geo_precision", "precision_m"]] = ""
    titles = ["Meeting in İstanbul", "Οδυσσέας report", "Große Straße drill"]
    for i, title in enumerate(titles):
        ev.loc[ev.index % 17 == i + 1, "title"] = title
    ev.to_csv(data / "events.csv", index=False)
    placed = ev[ev["lon"] != ""].head(30)
    return data, list(zip(placed["lon"].astype(float), placed["lat"].astype(float), strict=True))


def _random_query(rng, store: EmbeddedStore, points) -> Query:
    """A view an analyst could ask for: a window, maybe an area (some with an edge on an
    event's point), filters, layers, mode."""
    lo = date(int(rng.integers(2008, 2023)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    hi = date(min(lo.year + int(rng.integers(0, 4)), 2024), 12, 31)
    bbox = None
    if rng.random() < 0.7:
        w, s = float(rng.uniform(66, 74)), float(rng.uniform(34, 39))
        if rng.random() < 0.4:  # an edge through a point: in or out, to the last bit
            x, y = points[int(rng.integers(len(points)))]
            w, s = (x, y) if rng.random() < 0.5 else (x - 1, y - 1)
        bbox = (w, s, w + float(rng.uniform(0.3, 6)), s + float(rng.uniform(0.3, 3)))
        if bbox[0] == points[0][0] - 1 or rng.random() < 0.1:
            bbox = (bbox[0], bbox[1], bbox[0] + 1, bbox[1] + 1)
    pick = lambda values, p: tuple(v for v in values if rng.random() < p)  # noqa: E731
    f = Filters()
    if rng.random() < 0.6:
        actors = store.actors()
        f = Filters(
            categories=pick(CATEGORIES, 0.7) if rng.random() < 0.7 else CATEGORIES,
            statuses=pick(STATUSES, 0.8),
            evidence=pick(EVIDENCE, 0.8) if rng.random() < 0.3 else EVIDENCE,
            actors=tuple(rng.choice(actors, 2)) if rng.random() < 0.3 else (),
            max_precision=int(rng.integers(1, 4)),
            query=str(rng.choice(SEARCHES)),
        )
    layers = None if rng.random() < 0.5 else pick(EVENT_LAYER_IDS, 0.6)  # () too
    mode = AS_OF if rng.random() < 0.25 else WINDOW
    return Query(lo, hi, mode, f, layers, bbox)


def test_the_postgis_store_answers_as_the_embedded_store(uri, tmp_path):
    """Same data, same questions (windows, areas, filters, search, layers, as-of mode):
    the database's answers are the in-memory store's, row for row."""
    from dashboard.store.postgis.store import PostgisStore

    data, points = _awkward_package(tmp_path / "synth")
    result = postgis.import_package(data, uri)
    mem = EmbeddedStore(result.dataset)
    assert np.isnan(mem.lon).sum() > 100  # events with no place are compared too
    rng = np.random.default_rng(5)
    compared = ["event_id", "title", "category", "status", "evidence", "faded"]
    with PostgisStore(uri) as db:
        assert db.span() == mem.span()
        hits = 0
        for _ in range(60):
            q = _random_query(rng, mem, points)
            n = mem.count(q)
            hits += n > 0
            assert db.count(q) == n, q
            mine, theirs = db.rows(q, limit=60), mem.rows(q, limit=60).reset_index(drop=True)
            pd.testing.assert_frame_equal(mine[compared].astype(str), theirs[compared].astype(str))
            for column in ("start", "end", "start_precision", "n_excerpts", "contested"):
                pd.testing.assert_series_equal(mine[column], theirs[column])
            pos = mem.visible(q)[:60]
            np.testing.assert_array_equal(mine["lon"].to_numpy(float), mem.lon[pos])
            np.testing.assert_array_equal(mine["lat"].to_numpy(float), mem.lat[pos])
            pd.testing.assert_frame_equal(db.space_bins(q, 0.5), mem.space_bins(q, 0.5))
            for freq in ("W", "MS", "YS"):
                pd.testing.assert_frame_equal(db.time_bins(q, freq), mem.time_bins(q, freq))
        assert hits > 25  # half the questions had answers: the comparison compared something
        # Lower case, not full case folding (no "strasse" for "Straße"), in both stores.
        for query in ("İSTANBUL", "οδυσσέας", "GROßE"):
            q = Query(*mem.span(), filters=Filters(query=query))
            assert db.count(q) == mem.count(q) > 200


def test_a_search_finds_the_same_events_in_both_stores(uri, tmp_path):
    """One rule (store.search): each search finds the same events in the database as in
    memory, words found by their stem or their beginning; an edit made in the database
    is searched by its words' stems too."""
    from dashboard.store.postgis.store import PostgisStore

    result = postgis.import_package(write_worded_package(tmp_path / "worded"), uri)
    mem = EmbeddedStore(result.dataset)

    def ids(store, query: str) -> set[str]:
        return set(store.rows(Query(*mem.span(), filters=Filters(query=query)))["event_id"])

    with PostgisStore(uri) as db:
        for query, expected in FOUND.items():
            assert ids(db, query) == ids(mem, query) == expected, query
        # Why a view shows nothing is asked of the store: both answer it alike.
        view = replace(
            default_view(mem),
            start=date(2016, 1, 1),
            end=date(2016, 12, 31),
            filters=Filters(query="funds", categories=("funding", "agreement")),
        )
        assert why_empty(db, view, db.span()) == why_empty(mem, view, mem.span())
        assert why_empty(db, view, db.span()).cleared == {"search": 0, "filters": 0, "window": 1}
        assert "ev-nowhere-1" not in ids(db, "funding")
        _sql(uri, "UPDATE dashboard.events SET summary = 'Refunded, then funded again.' "
                  "WHERE event_id = 'ev-nowhere-1'")  # fmt: skip
        assert db.refresh()
        assert "ev-nowhere-1" in ids(db, "funding")
        assert "ev-nowhere-1" in ids(db, "refunds")


def test_an_edit_in_the_database_reaches_the_postgis_store_s_answers(uri, package):
    from dashboard.store.postgis.store import PostgisStore

    postgis.import_package(package, uri)
    q = Query(date(2020, 1, 1), date(2020, 12, 31))
    with PostgisStore(uri) as db:
        before = db.rows(q)["event_id"].tolist()
        assert DRILL in before
        assert not db.refresh()  # nothing changed
        # An analyst moves an event out of 2020 (in the data table, as written).
        _sql(uri, "UPDATE dashboard.events SET date = '2021-03-01', end_date = '' "
                  f"WHERE event_id = '{DRILL}'")  # fmt: skip
        assert db.refresh()  # a new version: the query tables were rebuilt from the edit
        assert not db.refresh()  # and rebuilding them is not itself an edit
        assert DRILL not in db.rows(q)["event_id"].tolist()
        moved = db.rows(Query(date(2021, 3, 1), date(2021, 3, 1))).set_index("event_id")
        assert moved.loc[DRILL, "start"] == pd.Timestamp("2021-03-01")
        assert db.count(q) == len(before) - 1
    # An edit that breaks a row: it is set aside, as the app sets it aside.
    _sql(uri, f"UPDATE dashboard.events SET date = 'soon' WHERE event_id = '{DRILL}'")
    with PostgisStore(uri) as db:
        assert db.count(Query(*db.span())) == len(EVENTS) - 1


def test_a_database_imported_by_an_older_version_is_upgraded_once(uri, package):
    """Before the query tables, meta's trigger took any row but 'version' for an edit:
    writing 'indexed_version' would give the data a new version, and a rebuild, forever."""
    from dashboard.store.postgis.store import PostgisStore

    postgis.import_package(package, uri)
    _sql(
        uri,
        "DROP TRIGGER bump_version_new ON dashboard.meta",
        "CREATE TRIGGER bump_version_new AFTER INSERT OR UPDATE ON dashboard.meta FOR EACH ROW "
        "WHEN (NEW.key <> 'version') EXECUTE FUNCTION dashboard.bump_version()",
        "DELETE FROM dashboard.meta WHERE key = 'indexed_version'",
    )
    with PostgisStore(uri) as db:  # rebuilds and upgrades the trigger
        version = db.version
        assert not db.refresh() and not db.refresh()
        assert db.version == version == postgis.version(uri)
        assert db.count(Query(*db.span())) == len(EVENTS)


def test_query_tables_of_an_older_layout_are_rebuilt_once(uri, package):
    """A database whose query tables were built by an older version (the search's text
    table, no word table) is searched as today's once the first store has opened it."""
    from dashboard.store.postgis.store import PostgisStore

    postgis.import_package(package, uri)
    _sql(
        uri,
        "DROP TABLE dashboard.search_words",
        "CREATE TABLE dashboard.event_search (pos int, text text)",
        "UPDATE dashboard.meta SET value = (SELECT value FROM dashboard.meta "
        "WHERE key = 'version') WHERE key = 'indexed_version'",
    )
    with PostgisStore(uri) as db:
        version = db.version
        assert db.count(Query(*db.span(), filters=Filters(query="valleys"))) == 1
        assert not db.refresh() and db.version == version == postgis.version(uri)
    [[(gone,)]] = _sql(uri, "SELECT to_regclass('dashboard.event_search') IS NULL")
    assert gone


def test_an_import_with_its_own_reference_layers_says_they_stay_behind(uri, tmp_path):
    own = write_package(tmp_path / "own")
    shutil.copytree(config.BUNDLED_REFERENCE, own / "geodata" / "reference")
    result = postgis.import_package(own, uri)
    assert any("reference layers" in note for note in result.notes)
    assert len(result.dataset.events) == len(EVENTS)


def test_the_app_reads_the_database_and_an_edit_reaches_open_sessions(uri, monkeypatch, package):
    postgis.import_package(package, uri)
    monkeypatch.setenv("DASHBOARD_STORE", uri)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", "/nonexistent")  # the files play no part
    at = run({"event": DRILL})
    no_errors(at)
    assert sorted(listed(at)) == sorted(EVENTS)
    assert DRILL_TITLE in texts(at)
    # Another analyst corrects a title in the database; this session's next run shows it.
    _sql(
        uri,
        "UPDATE dashboard.events SET title = 'Drill in the valley (corrected)' "
        f"WHERE event_id = '{DRILL}'",
    )
    at.run()
    no_errors(at)
    assert "Drill in the valley (corrected)" in texts(at)


def test_a_database_that_stops_answering_keeps_the_page_on_its_last_data(monkeypatch, package):
    require_postgis()
    with throwaway_cluster() as u:
        postgis.import_package(package, u)
        monkeypatch.setenv("DASHBOARD_STORE", u)
        monkeypatch.setenv("DASHBOARD_DATA_DIR", "/nonexistent")  # the files play no part
        at = run()
        no_errors(at)
    # The cluster is gone now.
    at.run()
    no_errors(at)
    assert sorted(listed(at)) == sorted(EVENTS)
    assert "shared database cannot be read now" in texts(at)
    assert u not in texts(at)


def test_the_address_is_checked_and_a_password_never_shown(monkeypatch, caplog):
    monkeypatch.setenv("DASHBOARD_STORE", "mysql://admin:hunter2@db/x")
    at = run()
    assert "must be a postgresql:// address" in texts(at)
    assert "hunter2" not in texts(at)
    assert postgis.redact("postgresql://u:hunter2@h:5432/d") == "postgresql://u:***@h:5432/d"
    assert "hunter2" not in postgis.redact("postgresql://h/d?user=u&password=hunter2&x=1")
    # A database that is not there at the first run: a plain message, nothing leaked.
    from devkit.browser import free_port

    monkeypatch.setenv("DASHBOARD_STORE", f"postgresql://u:hunter2@127.0.0.1:{free_port()}/d")
    at = run()
    assert not at.exception
    assert "cannot be read: it does not answer" in texts(at)
    assert "hunter2" not in texts(at) and "hunter2" not in caplog.text


def test_files_the_validator_reads_are_stored_and_come_back_the_same(uri, tmp_path):
    """A BOM and CRLF line ends, a quoted newline, no claims.csv and no sites file."""
    d = DataDir(tmp_path / "odd")
    shutil.copytree(MINIMAL, d.root)
    d.set_cell("excerpts.csv", 2, "quote", 'A quote\nover two lines, with a "quote".')
    events = d.path("events.csv")
    events.write_bytes(b"\xef\xbb\xbf" + events.read_bytes().replace(b"\n", b"\r\n"))
    (d.root / "geodata" / "sites.geojson").unlink()
    postgis.import_package(d.root, uri)
    a, b = load_dataset(d.root), postgis.load_from_database(uri)
    for part in ("events", "excerpts", "sources", "claims"):
        # (Column types may differ where no sites file was read at all: the values not.)
        pd.testing.assert_frame_equal(getattr(a, part), getattr(b, part), check_dtype=False)
    [[(quote,)]] = _sql(uri, "SELECT quote FROM dashboard.excerpts WHERE __row = 0")
    assert quote == 'A quote\nover two lines, with a "quote".'  # stored as written
    # claims.csv was absent: its table exists, empty, so claims can be added later.
    [[(n,)]] = _sql(uri, "SELECT count(*) FROM dashboard.claims")
    assert n == 0


def test_every_kind_of_change_gives_a_new_version(uri, package):
    postgis.import_package(package, uri)
    changes = [
        "INSERT INTO dashboard.claims SELECT * FROM dashboard.claims LIMIT 1",
        "DELETE FROM dashboard.claims WHERE __row = 0",
        "UPDATE dashboard.sites SET site_id = site_id",
        "TRUNCATE dashboard.excerpts",
        "UPDATE dashboard.meta SET value = 'title = \"Edited\"' WHERE key = 'settings_toml'",
    ]
    for change in changes:
        before = postgis.version(uri)
        _sql(uri, change)
        assert postgis.version(uri) != before, change


def test_the_commands_import_and_export_with_exit_codes(
    uri, tmp_path, capsys, monkeypatch, package
):
    from dashboard.cli import main

    monkeypatch.delenv("DASHBOARD_STORE", raising=False)
    assert main(["import-postgis", str(package)]) == 2  # no store named
    assert "give --store" in capsys.readouterr().err
    assert main(["import-postgis", str(package), "--store", uri]) == 0
    assert f"{len(EVENTS)} events" in capsys.readouterr().out
    out = tmp_path / "back"
    monkeypatch.setenv("DASHBOARD_STORE", uri)
    assert main(["export-postgis", "--out", str(out)]) == 0
    assert (out / "events.csv").read_bytes() == (package / "events.csv").read_bytes()
    assert main(["export-postgis", "--out", str(out)]) == 2  # not empty, no --force
    assert main(["export-postgis", "--out", str(out), "--force"]) == 0
    # A package with problems imports (its good rows, its report) and exits 1.
    warn = DataDir(tmp_path / "warn")
    shutil.copytree(MINIMAL, warn.root)
    warn.set_cell("events.csv", 2, "category", "exercize")
    capsys.readouterr()
    assert main(["import-postgis", str(warn.root)]) == 1
    assert "did you mean" in capsys.readouterr().out.lower()
    # Nothing to show: refused, the database keeps what it had.
    version = postgis.version(uri)
    for i in range(2, len(warn.rows("events.csv")) + 2):
        warn.set_cell("events.csv", i, "date", "someday")
    assert main(["import-postgis", str(warn.root)]) == 2
    assert "the database was not changed" in capsys.readouterr().err
    assert postgis.version(uri) == version


def test_a_region_s_settings_travel_with_its_data(uri, tmp_path, monkeypatch):
    from devkit.synth import generate

    data = generate(200, tmp_path / "synth", seed=2)
    postgis.import_package(data, uri)
    out = tmp_path / "back"
    postgis.export_package(uri, out)
    assert (out / "settings.toml").read_text() == (data / "settings.toml").read_text()
    monkeypatch.setenv("DASHBOARD_STORE", uri)
    at = run()
    no_errors(at)
    assert [t.value for t in at.title] == ["Synthetic benchmark region"]
    assert "Synthetic events made by devkit/synth.py" in texts(at)  # its attribution

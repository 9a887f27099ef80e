"""Every validation rule, table-driven: break the small valid data directory one way and
check the problem is located (file, row, column, value, rule) and the good rows still load."""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, DataDir
from dashboard.core.dataset import load_dataset
from dashboard.core.problems import ERROR, WARNING

EV, SRC, EX, SITES = "events.csv", "sources.csv", "excerpts.csv", "geodata/sites.geojson"
SPIKE = {
    "type": "Polygon",
    "coordinates": [
        [
            [71.7, 36.9],
            [72.1, 36.9],
            [72.1, 37.0],
            [72.3, 37.0],
            [72.1, 37.0],
            [72.1, 37.05],
            [71.7, 37.05],
            [71.7, 36.9],
        ]
    ],
}


def _bom(d: DataDir) -> None:
    d.path(EV).write_bytes(b"\xef\xbb\xbf" + d.path(EV).read_bytes())


def _crlf(d: DataDir) -> None:
    d.path(EV).write_bytes(d.path(EV).read_bytes().replace(b"\n", b"\r\n"))


def _null_first_geometry(doc: dict) -> dict:
    doc["features"][0]["geometry"] = None
    return doc


def _copy_bad(name: str, target: str):
    return lambda d: shutil.copy(DATA / "bad" / name, d.path(target))


# (id, how to break the data, expected problem (file, row, column, rule, severity),
#  how many events still load)
CASES = [
    (
        "missing-events-file",
        lambda d: d.path(EV).unlink(),
        (EV, None, None, "file-missing", ERROR),
        0,
    ),
    (
        "missing-sites-file",
        lambda d: d.path(SITES).unlink(),
        (SITES, None, None, "file-missing", ERROR),
        1,
    ),
    (
        "empty-events-file",
        lambda d: d.path(EV).write_text(""),
        (EV, None, None, "file-empty", ERROR),
        0,
    ),
    (
        "missing-required-column",
        lambda d: d.drop_column(EV, "status"),
        (EV, 1, "status", "column-missing", ERROR),
        0,
    ),
    ("missing-optional-column", lambda d: d.drop_column(EV, "actors"), None, 3),
    (
        "unknown-column",
        lambda d: d.write_rows(EV, [{**r, "catgory": "x"} for r in d.rows(EV)]),
        (EV, 1, "catgory", "column-unknown", WARNING),
        3,
    ),
    (
        "row-too-wide",
        lambda d: d.path(EV).write_text(
            d.path(EV).read_text() + "ev-four,2020,,base,T,S,site-a,,,,,official,X,extra\n"
        ),
        (EV, 5, None, "row-width", ERROR),
        3,
    ),
    (
        "duplicate-event-id",
        lambda d: d.append_row(
            EV,
            event_id="ev-one",
            date="2020",
            category="base",
            title="Dup",
            site_id="site-a",
            status="official",
        ),
        (EV, 5, "event_id", "unique", ERROR),
        3,
    ),
    (
        "bad-event-id",
        lambda d: d.set_cell(EV, 2, "event_id", "Ev One"),
        (EV, 2, "event_id", "pattern", ERROR),
        2,
    ),
    (
        "unparseable-date",
        lambda d: d.set_cell(EV, 3, "date", "2021/08"),
        (EV, 3, "date", "date", ERROR),
        2,
    ),
    (
        "impossible-date",
        lambda d: d.set_cell(EV, 4, "date", "2021-02-30"),
        (EV, 4, "date", "date", ERROR),
        2,
    ),
    (
        "impossible-month",
        lambda d: d.set_cell(EV, 2, "date", "2019-13"),
        (EV, 2, "date", "date", ERROR),
        2,
    ),
    (
        "end-before-date",
        lambda d: d.set_cell(EV, 3, "end_date", "2021-07"),
        (EV, 3, "end_date", "date-order", ERROR),
        2,
    ),
    (
        "unknown-category",
        lambda d: d.set_cell(EV, 2, "category", "training"),
        (EV, 2, "category", "enum", ERROR),
        2,
    ),
    (
        "unknown-status",
        lambda d: d.set_cell(EV, 2, "status", "rumoured"),
        (EV, 2, "status", "enum", ERROR),
        2,
    ),
    (
        "missing-title",
        lambda d: d.set_cell(EV, 2, "title", ""),
        (EV, 2, "title", "required", ERROR),
        2,
    ),
    (
        "unknown-site-id",
        lambda d: d.set_cell(EV, 2, "site_id", "nowhere"),
        (EV, 2, "site_id", "foreign-key", ERROR),
        2,
    ),
    (
        # The sources give no place: loaded, listed and counted, never drawn.
        "no-site-no-coordinates-is-unplaced",
        lambda d: d.set_cell(EV, 4, "lon", "") or d.set_cell(EV, 4, "lat", ""),
        None,
        3,
    ),
    (
        "lon-without-lat",
        lambda d: d.set_cell(EV, 4, "lat", ""),
        (EV, 4, "lat", "placement", ERROR),
        2,
    ),
    (
        "latitude-out-of-range",
        lambda d: d.set_cell(EV, 4, "lat", "137.49"),
        (EV, 4, "lat", "range", ERROR),
        2,
    ),
    (
        "longitude-not-a-number",
        lambda d: d.set_cell(EV, 4, "lon", "71,55"),
        (EV, 4, "lon", "type", ERROR),
        2,
    ),
    (
        "event-coordinates-swapped",
        lambda d: d.set_cell(EV, 4, "lon", "37.4875") or d.set_cell(EV, 4, "lat", "71.5476"),
        (EV, 4, "geometry", "far-outside-region", WARNING),
        3,
    ),
    (
        "unknown-event-in-excerpts",
        lambda d: d.set_cell(EX, 2, "event_id", "ev-nine"),
        (EX, 2, "event_id", "foreign-key", ERROR),
        3,
    ),
    (
        "unknown-source-in-excerpts",
        lambda d: d.set_cell(EX, 3, "source_id", "src-z"),
        (EX, 3, "source_id", "foreign-key", ERROR),
        3,
    ),
    (
        "unknown-stance",
        lambda d: d.set_cell(EX, 3, "stance", "maybe"),
        (EX, 3, "stance", "enum", ERROR),
        3,
    ),
    (
        "event-without-excerpt",
        lambda d: d.delete_row(EX, 5),
        (EV, 4, "event_id", "no-excerpt", ERROR),
        2,
    ),
    (
        "excerpt-of-set-aside-event",
        lambda d: d.set_cell(EV, 4, "category", "nope"),
        (EX, 5, "event_id", "foreign-key", ERROR),
        2,
    ),
    (
        "duplicate-source-id",
        lambda d: d.set_cell(SRC, 3, "source_id", "src-a"),
        (SRC, 3, "source_id", "unique", ERROR),
        3,
    ),
    (
        "unknown-via",
        lambda d: d.set_cell(SRC, 3, "via", "src-q"),
        (SRC, 3, "via", "foreign-key", ERROR),
        3,
    ),
    (
        "javascript-url",
        lambda d: d.set_cell(SRC, 3, "url", "javascript:alert(1)"),
        (SRC, 3, "url", "url", ERROR),
        3,
    ),
    (
        "ftp-url",
        lambda d: d.set_cell(SRC, 3, "url", "ftp://example.org/x"),
        (SRC, 3, "url", "url", ERROR),
        3,
    ),
    (
        "bad-published-date",
        lambda d: d.set_cell(SRC, 2, "published", "Nov 2022"),
        (SRC, 2, "published", "date", ERROR),
        0,
    ),
    ("non-utf8-csv", _copy_bad("events_latin1.csv", EV), (EV, 3, "title", "encoding", ERROR), 2),
    ("bom-is-accepted", _bom, None, 3),
    ("crlf-is-accepted", _crlf, None, 3),
    (
        "sites-not-json",
        lambda d: d.path(SITES).write_text('{"type": "FeatureCollection",\n "features": [}'),
        (SITES, 2, None, "json", ERROR),
        1,
    ),
    (
        "sites-not-featurecollection",
        lambda d: d.path(SITES).write_text('{"type": "Feature"}'),
        (SITES, None, None, "geojson", ERROR),
        1,
    ),
    (
        "sites-non-utf8",
        lambda d: d.path(SITES).write_bytes(
            d.path(SITES).read_bytes().replace(b"Murghab", b"Murgh\xe1b")
        ),
        (SITES, 2, None, "encoding", ERROR),
        1,
    ),
    (
        "duplicate-site-id",
        lambda d: d.set_feature(3, site_id="site-b"),
        (SITES, 3, "site_id", "unique", ERROR),
        2,
    ),
    (
        "unknown-site-kind",
        lambda d: d.set_feature(2, kind="castle"),
        (SITES, 2, "kind", "enum", ERROR),
        2,
    ),
    (
        "bad-geo-precision",
        lambda d: d.set_feature(2, geo_precision=4),
        (SITES, 2, "geo_precision", "enum", ERROR),
        2,
    ),
    (
        "geometry-missing",
        lambda d: d.write_sites(_null_first_geometry(d.sites())),
        (SITES, 1, "geometry", "geometry-missing", ERROR),
        3,
    ),
    (
        "geometry-wrong-type",
        lambda d: d.set_feature(
            1, geometry={"type": "LineString", "coordinates": [[70, 37], [71, 37]]}
        ),
        (SITES, 1, "geometry", "geometry-type", ERROR),
        3,
    ),
    (
        "geometry-empty",
        lambda d: d.set_feature(3, geometry={"type": "Polygon", "coordinates": []}),
        (SITES, 3, "geometry", "geometry-empty", ERROR),
        2,
    ),
    (
        "coordinates-out-of-range",
        lambda d: d.set_feature(2, geometry={"type": "Point", "coordinates": [200.0, 37.5]}),
        (SITES, 2, "geometry", "coordinates-range", ERROR),
        2,
    ),
    (
        "bow-tie-not-repairable",
        _copy_bad("sites_bowtie.geojson", SITES),
        (SITES, 3, "geometry", "geometry-invalid", ERROR),
        2,
    ),
    (
        "spike-repaired",
        lambda d: d.set_feature(3, geometry=SPIKE),
        (SITES, 3, "geometry", "geometry-repaired", WARNING),
        3,
    ),
    (
        "site-lat-lon-swapped",
        _copy_bad("sites_swapped.geojson", SITES),
        (SITES, 1, "geometry", "far-outside-region", WARNING),
        3,
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected", "n_events"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rule(data_dir: DataDir, mutate, expected, n_events):
    mutate(data_dir)
    ds = load_dataset(data_dir.root)
    found = {(p.file, p.row, p.column, p.rule, p.severity) for p in ds.problems}
    if expected is None:
        assert ds.problems == [], [str(p) for p in ds.problems]
    else:
        assert expected in found, "\n".join(str(p) for p in ds.problems)
    assert len(ds.events) == n_events
    # Nothing is lost: every event row either loaded or sits in the set-aside table.
    if data_dir.path(EV).exists() and data_dir.path(EV).read_bytes().strip():
        data_rows = [
            line for line in data_dir.path(EV).read_bytes().splitlines()[1:] if line.strip()
        ]
        assert len(ds.events) + len(ds.rejected.get(EV, [])) == len(data_rows)


def test_problem_names_value_and_rule(data_dir: DataDir):
    data_dir.set_cell(EV, 4, "date", "2021-02-30")
    ds = load_dataset(data_dir.root)
    [p] = [p for p in ds.problems if p.rule == "date"]
    assert p.value == "2021-02-30"
    assert "February 2021" in p.message
    assert str(p).startswith("ERROR events.csv, row 4, column 'date'")
    assert set(ds.events["event_id"]) == {"ev-one", "ev-two"}


def test_set_aside_rows_keep_their_reason(data_dir: DataDir):
    data_dir.set_cell(EV, 2, "category", "training")
    ds = load_dataset(data_dir.root)
    rejected = ds.rejected[EV]
    assert list(rejected["event_id"]) == ["ev-one"]
    assert "category" in rejected["_reasons"].iloc[0]
    assert "excerpts.csv" in ds.rejected  # its excerpts are set aside too, with the reason
    assert "set aside" in " ".join(ds.rejected[EX]["_reasons"])


def test_repaired_polygon_is_valid_and_kept(data_dir: DataDir):
    data_dir.set_feature(3, geometry=SPIKE)
    ds = load_dataset(data_dir.root)
    area = ds.sites.set_index("site_id").geometry["area-c"]
    assert area.is_valid
    assert area.area == pytest.approx(0.4 * 0.15)


def test_stance_defaults_to_supports(data_dir: DataDir):
    ds = load_dataset(data_dir.root)
    assert (
        ds.excerpts.set_index("quote").at["A test quote about the exercise.", "stance"]
        == "supports"
    )


@pytest.mark.parametrize(("sep", "word"), [(";", "semicolons"), ("\t", "tabs")])
def test_a_file_with_another_delimiter_says_so(data_dir: DataDir, sep, word):
    text = data_dir.path(EV).read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines()[:1]]
    data_dir.path(EV).write_text(sep.join(rows[0]) + "\n", encoding="utf-8")
    ds = load_dataset(data_dir.root)
    missing = [p for p in ds.problems if p.file == EV and p.rule == "column-missing"]
    assert missing and all(f"separated by {word}" in p.message for p in missing)

"""Every validation rule, table-driven: break the small valid data directory one way and
check the problem is located (file, row, column, value, rule) and the good rows still load."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from conftest import CLAIM, DATA, DataDir
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.contract.problems import ERROR, WARNING
from dashboard.contract.validate import Closest

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
        (SRC, 3, "url", "url", WARNING),  # the link is left out, the source kept
        3,
    ),
    (
        "ftp-url",
        lambda d: d.set_cell(SRC, 3, "url", "ftp://example.org/x"),
        (SRC, 3, "url", "url", WARNING),  # the link is left out, the source kept
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


def test_a_link_that_is_not_http_is_left_out_and_the_source_kept(data_dir: DataDir):
    data_dir.set_cell(SRC, 2, "url", "javascript:alert(1)")
    ds = load_dataset(data_dir.root)
    src = ds.sources.set_index("source_id")
    assert src.at["src-a", "url"] == "" and len(ds.excerpts) == 4
    [p] = ds.problems
    assert p.severity == WARNING and "left out, the row is kept" in p.message


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


# -- what a user reads: "did you mean", one problem per mistake ---------------------------
#
# These go through ``load_dataset`` and the CLI report, as ``python -m dashboard validate``
# and the app's problems panel do, and assert the words a user sees.

CL = "claims.csv"


def _rename_column(d: DataDir, name: str, old: str, new: str) -> None:
    rows = d.rows(name)
    fields = [new if f == old else f for f in rows[0]]
    d.write_rows(name, [{new if k == old else k: v for k, v in r.items()} for r in rows], fields)


def _data_rows(path) -> int:
    """Records after the header that hold anything (quoted newlines stay in one record)."""
    if not path.is_file():
        return 0
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        return sum(1 for r in list(csv.reader(fh))[1:] if any(v.strip() for v in r))


def _nothing_lost(d: DataDir, ds) -> None:
    """Every data row of every CSV file either loaded or sits in the set-aside table."""
    loaded = {
        EV: len(ds.events),
        SRC: len(ds.sources),
        EX: len(ds.excerpts),
        CL: len(ds.claims),
    }
    for name, n in loaded.items():
        assert n + len(ds.rejected.get(name, [])) == _data_rows(d.path(name)), name


def _own(ds) -> list:
    """The problems that are mistakes of their own (not rows set aside as a consequence)."""
    return [p for p in ds.problems if p.cause is None]


@pytest.mark.parametrize(
    ("mutate", "file", "column", "value", "words"),
    [
        (
            lambda d: d.set_cell(EV, 2, "category", "excercise"),
            EV,
            "category",
            "excercise",
            "must be one of base, exercise, agreement, funding, deployment, diplomacy, report;"
            " did you mean 'exercise'?",
        ),
        (  # a difference in case only
            lambda d: d.set_cell(EV, 2, "category", "Exercise"),
            EV,
            "category",
            "Exercise",
            "did you mean 'exercise'?",
        ),
        (lambda d: d.set_cell(EV, 2, "status", "Reported"), EV, "status", "Reported", "'reported'"),
        (lambda d: d.set_cell(EV, 2, "lifecycle", "actve"), EV, "lifecycle", "actve", "'active'"),
        (lambda d: d.set_cell(EX, 2, "stance", "Supports"), EX, "stance", "Supports", "'supports'"),
        (
            lambda d: d.write_claims({**CLAIM, "property": "ocurred"}),
            CL,
            "property",
            "ocurred",
            "did you mean 'occurred'?",
        ),
        (
            lambda d: d.write_claims({**CLAIM, "claimant_kind": "goverment"}),
            CL,
            "claimant_kind",
            "goverment",
            "did you mean 'government'?",
        ),
        (lambda d: d.set_feature(2, kind="Base"), SITES, "kind", "Base", "did you mean 'base'?"),
        (  # an id that is not a slug: the slug it likely is
            lambda d: d.set_cell(EV, 2, "event_id", "Ev One"),
            EV,
            "event_id",
            "Ev One",
            "must be lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]*);"
            " did you mean 'ev-one'?",
        ),
        (
            lambda d: d.set_cell(EX, 2, "event_id", "ev-onee"),
            EX,
            "event_id",
            "ev-onee",
            "matches no event_id in events.csv; did you mean 'ev-one'?",
        ),
        (
            lambda d: d.set_cell(EX, 3, "source_id", "src_b"),
            EX,
            "source_id",
            "src_b",
            "matches no source_id in sources.csv; did you mean 'src-b'?",
        ),
        (
            lambda d: d.set_cell(SRC, 3, "via", "SRC-A"),
            SRC,
            "via",
            "SRC-A",
            "matches no source_id in sources.csv; did you mean 'src-a'?",
        ),
        (
            lambda d: d.set_cell(EV, 2, "site_id", "site-bb"),
            EV,
            "site_id",
            "site-bb",
            "matches no site_id in geodata/sites.geojson; did you mean 'site-b'?",
        ),
        (
            lambda d: d.write_claims({**CLAIM, "excerpt_id": "X1"}),
            CL,
            "excerpt_id",
            "X1",
            "matches no excerpt_id in excerpts.csv; did you mean 'x1'?",
        ),
    ],
)
def test_a_misspelt_value_gets_a_did_you_mean(
    data_dir: DataDir, mutate, file, column, value, words
):
    mutate(data_dir)
    ds = load_dataset(data_dir.root)
    [p] = _own(ds)
    assert (p.file, p.column, p.value) == (file, column, value)
    assert words in p.message
    assert words in str(p)  # what the CLI prints
    _nothing_lost(data_dir, ds)


@pytest.mark.parametrize(
    ("mutate", "column", "value"),
    [
        (lambda d: d.set_cell(EV, 2, "category", "training"), "category", "training"),
        (lambda d: d.set_cell(EX, 2, "event_id", "ev-nine"), "event_id", "ev-nine"),
        # Ids that differ only in a number are different things, not a slip.
        (lambda d: d.write_claims({**CLAIM, "excerpt_id": "x9"}), "excerpt_id", "x9"),
        # Two known ids are as close as each other: no guess.
        (lambda d: d.set_cell(EX, 3, "source_id", "src-c"), "source_id", "src-c"),
    ],
)
def test_no_did_you_mean_when_nothing_is_close(data_dir: DataDir, mutate, column, value):
    mutate(data_dir)
    ds = load_dataset(data_dir.root)
    [p] = _own(ds)
    assert (p.column, p.value) == (column, value)
    assert "did you mean" not in p.message


def test_a_misspelling_on_many_rows_is_looked_up_once(data_dir: DataDir, monkeypatch):
    calls = []
    best = Closest._best
    monkeypatch.setattr(
        Closest, "_best", lambda self, key, c: calls.append(key) or best(self, key, c)
    )
    rows = data_dir.rows(EV)
    extra = [
        {**rows[0], "event_id": f"ev-{i}", "category": "excercise" if i % 2 else "Exercise"}
        for i in range(500)
    ]
    data_dir.write_rows(EV, rows + extra)
    ds = load_dataset(data_dir.root)
    enum = [p for p in ds.problems if p.rule == "enum"]
    assert len(enum) == 500 and all("did you mean 'exercise'?" in p.message for p in enum)
    assert sorted(calls) == ["excercise", "exercise"]  # one lookup per distinct value


@pytest.mark.parametrize(
    ("known", "value", "expected"),
    [
        (["base", "exercise", "report"], "excercise", "exercise"),
        (["base", "exercise", "report"], " EXERCISE ", "exercise"),
        (["base", "exercise", "report"], "training", None),
        (["src-a", "src-b"], "src-c", None),  # as close to both: no guess
        # A million ids are searched by their neighbours in sorted order, from either end.
        ([f"ev-{i}" for i in range(5000)] + ["2021-test-base-funding"], "ev-1234x", "ev-1234"),
        ([f"ev-{i}" for i in range(5000)] + ["2021-test-base-funding"], "xv-1234", "ev-1234"),
        (
            [f"ev-{i}" for i in range(5000)] + ["2021-test-base-funding"],
            "2021-test-base-fudning",
            "2021-test-base-funding",
        ),
        ([f"ev-{i}" for i in range(5000)], "ev-50000", None),  # only a number differs
    ],
)
def test_closest(known, value, expected):
    assert Closest(known, max_changes=3)(value) == expected


# -- the header ---------------------------------------------------------------------------


def test_a_misspelt_required_column_is_one_problem_naming_both(data_dir: DataDir):
    _rename_column(data_dir, EV, "category", "catgory")
    ds = load_dataset(data_dir.root)
    [p] = _own(ds)
    assert (p.file, p.row, p.column, p.value, p.rule) == (
        EV,
        1,
        "category",
        "catgory",
        "column-missing",
    )
    assert p.message == (
        "required column is missing from the header, which has 'catgory' instead: "
        "rename that column to 'category'"
    )
    # No row can be read without it: all are set aside, none lost; what refers to them is
    # a consequence, not a mistake of its own.
    assert len(ds.rejected[EV]) == 3
    assert {p.cause for p in ds.problems if p.cause} == {
        "events.csv row 2",
        "events.csv row 3",
        "events.csv row 4",
    }
    _nothing_lost(data_dir, ds)


@pytest.mark.parametrize("header", [" Event_ID ", "Event_ID", "EVENT_ID", "event id"])
def test_a_column_in_another_case_or_spacing_gets_a_did_you_mean(data_dir: DataDir, header):
    _rename_column(data_dir, EV, "event_id", header)
    ds = load_dataset(data_dir.root)
    [p] = _own(ds)
    assert (p.column, p.rule) == ("event_id", "column-missing")
    assert f"which has {header.strip()!r} instead: rename that column to 'event_id'" in p.message


def test_spaces_around_a_column_name_are_accepted(data_dir: DataDir):
    _rename_column(data_dir, EV, "category", "  category ")
    assert load_dataset(data_dir.root).problems == []


def test_a_misspelt_optional_column_is_a_warning_with_a_did_you_mean(data_dir: DataDir):
    _rename_column(data_dir, EV, "actors", "acters")
    ds = load_dataset(data_dir.root)
    [p] = ds.problems
    assert (p.severity, p.rule, p.column) == (WARNING, "column-unknown", "acters")
    assert (
        "did you mean 'actors'? Rename it to 'actors': until then its values are not read"
        in p.message
    )
    assert len(ds.events) == 3


def test_an_unknown_column_lists_the_known_ones(data_dir: DataDir):
    data_dir.write_rows(EV, [{**r, "notes": "x"} for r in data_dir.rows(EV)])
    [p] = load_dataset(data_dir.root).problems
    assert (p.severity, p.column) == (WARNING, "notes")
    assert "did you mean" not in p.message and "(known: event_id, date, " in p.message


def test_a_misspelt_geojson_property_gets_a_did_you_mean(data_dir: DataDir):
    doc = data_dir.sites()
    for feat in doc["features"]:
        feat["properties"]["nmae"] = feat["properties"].pop("name")
    data_dir.write_sites(doc)
    ds = load_dataset(data_dir.root)
    [warning] = [p for p in ds.problems if p.severity == WARNING]
    assert (warning.file, warning.column, warning.rule) == (SITES, "nmae", "property-unknown")
    assert "did you mean 'name'?" in warning.message
    required = [p for p in ds.problems if p.rule == "required"]
    assert [p.row for p in required] == [1, 2, 3]
    assert all(
        p.message == "a value is required; the file has 'nmae': rename it to 'name'"
        for p in required
    )


@pytest.mark.parametrize(
    ("sep", "encoding", "words"),
    [
        (";", "utf-8", "the file is separated by semicolons, not by commas"),
        ("\t", "utf-8", "the file is separated by tabs, not by commas"),
        (";", "utf-8-sig", "the file is separated by semicolons, not by commas"),
        # Excel's "Unicode Text"
        ("\t", "utf-16", "separated by tabs and saved as UTF-16 (Excel's 'Unicode Text')"),
    ],
)
def test_a_file_with_another_delimiter_is_one_problem(data_dir: DataDir, sep, encoding, words):
    rows = data_dir.rows(EV)
    lines = [sep.join(rows[0])] + [sep.join(r.values()) for r in rows]
    data_dir.path(EV).write_bytes(("\n".join(lines) + "\n").encode(encoding))
    ds = load_dataset(data_dir.root)
    [p] = [p for p in ds.problems if p.file == EV]
    assert (p.row, p.rule) == (1, "delimiter")
    assert words in p.message and "save it as comma-separated CSV (UTF-8)" in p.message
    assert len(ds.rejected[EV]) == 3  # set aside, not lost
    # Excerpts of the unread events are consequences; the one mistake is the delimiter.
    assert _own(ds) == [p]
    assert {q.cause for q in ds.problems if q.file == EX} == {EV}


def test_a_utf16_csv_with_commas_is_read_with_a_warning(data_dir: DataDir):
    data_dir.path(EV).write_bytes(data_dir.path(EV).read_text(encoding="utf-8").encode("utf-16"))
    ds = load_dataset(data_dir.root)
    [p] = ds.problems
    assert (p.severity, p.rule) == (WARNING, "encoding") and "UTF-16" in p.message
    assert len(ds.events) == 3


def test_a_bom_header_with_a_misspelt_column(data_dir: DataDir):
    _rename_column(data_dir, EV, "event_id", "evnt_id")
    data_dir.path(EV).write_bytes(b"\xef\xbb\xbf" * 2 + data_dir.path(EV).read_bytes())
    [p] = _own(load_dataset(data_dir.root))
    assert (p.column, p.value) == ("event_id", "evnt_id")  # no BOM in the name


def test_a_row_with_values_only_in_unknown_columns_is_set_aside_not_dropped(data_dir: DataDir):
    rows = [{**r, "notes": ""} for r in data_dir.rows(EV)]
    rows.append({**dict.fromkeys(rows[0], ""), "notes": "a stray note"})
    data_dir.write_rows(EV, rows)
    ds = load_dataset(data_dir.root)
    assert len(ds.events) == 3 and len(ds.rejected[EV]) == 1
    _nothing_lost(data_dir, ds)


# -- duplicates: one problem each, the first row kept, references resolve to it ----------


def test_duplicate_event_id(data_dir: DataDir):
    data_dir.append_row(
        EV, event_id="ev-one", date="2020", category="base", title="Another", status="official"
    )
    ds = load_dataset(data_dir.root)
    [p] = ds.problems
    assert (p.file, p.row, p.column, p.value, p.rule) == (EV, 5, "event_id", "ev-one", "unique")
    assert p.message == (
        "duplicate event_id: row 2 has it first and is kept; this row is set aside "
        "(give it its own event_id, or delete it)"
    )
    ev = ds.events.set_index("event_id")
    assert len(ev) == 3 and ev.at["ev-one", "title"] == "Test base near Shaymak"
    assert len(ds.excerpts_for("ev-one")) == 2  # its excerpts find the row kept
    _nothing_lost(data_dir, ds)


def test_an_id_overwritten_by_a_duplicate_is_one_problem_and_its_consequences(
    data_dir: DataDir,
):
    """A row whose id was overwritten with another row's id: one error (the duplicate);
    what referred to the old id is listed as its consequence, not as mistakes of its own."""
    rows = data_dir.rows(EV)
    rows[2]["event_id"] = "ev-one"  # ev-three's row now claims ev-one's id
    data_dir.write_rows(EV, rows)
    ds = load_dataset(data_dir.root)
    own = [p for p in ds.problems if p.cause is None]
    assert [(p.file, p.row, p.rule) for p in own] == [(EV, 4, "unique")]
    followers = [p for p in ds.problems if p.cause is not None]
    assert followers and {p.cause for p in followers} == {f"{EV} row 4"}
    assert {p.value for p in followers} == {"ev-three"}
    _nothing_lost(data_dir, ds)


def test_a_row_repeated_exactly_is_one_problem(data_dir: DataDir):
    rows = data_dir.rows(EV)
    data_dir.write_rows(EV, [*rows, rows[0]])
    [p] = load_dataset(data_dir.root).problems
    assert p.row == 5 and p.message == (
        "duplicate event_id: this row repeats row 2, which is kept; delete it"
    )


def test_duplicate_site_id(data_dir: DataDir):
    doc = data_dir.sites()
    copy = json.loads(json.dumps(doc["features"][1]))
    copy["properties"]["name"] = "Another place"
    copy["geometry"]["coordinates"] = [74.0, 38.0]
    doc["features"].append(copy)
    data_dir.write_sites(doc)
    ds = load_dataset(data_dir.root)
    [p] = ds.problems
    assert (p.file, p.row, p.column, p.value) == (SITES, 4, "site_id", "site-b")
    assert p.message.startswith("duplicate site_id: feature 2 has it first and is kept;")
    assert len(ds.sites) == 3
    assert ds.events.set_index("event_id").at["ev-one", "site_name"] == "Near Shaymak"
    _nothing_lost(data_dir, ds)


def test_duplicate_source_id(data_dir: DataDir):
    data_dir.append_row(SRC, source_id="src-a", title="Another", publisher="Other")
    ds = load_dataset(data_dir.root)
    [p] = ds.problems
    assert (p.file, p.row, p.column, p.value) == (SRC, 4, "source_id", "src-a")
    assert "row 2 has it first and is kept" in p.message
    assert len(ds.sources) == 2 and len(ds.excerpts) == 4
    assert ds.citation("src-a").startswith("Test Publisher:")
    _nothing_lost(data_dir, ds)


def test_duplicate_excerpt_id(data_dir: DataDir):
    data_dir.write_claims(CLAIM)
    data_dir.append_row(EX, event_id="ev-one", source_id="src-b", quote="Again.", excerpt_id="x1")
    ds = load_dataset(data_dir.root)
    [p] = ds.problems
    assert (p.file, p.row, p.column, p.value) == (EX, 6, "excerpt_id", "x1")
    assert "row 2 has it first and is kept" in p.message
    assert len(ds.excerpts) == 4
    [claim] = ds.claims_for("ev-one").to_dict("records")
    assert claim["quote"] == "A test quote about the base."  # the excerpt kept
    _nothing_lost(data_dir, ds)


def test_a_claim_citing_the_duplicate_of_another_event_names_it(data_dir: DataDir):
    data_dir.write_claims(CLAIM, {**CLAIM, "event_id": "ev-two", "excerpt_id": "x1"})
    data_dir.append_row(EX, event_id="ev-two", source_id="src-b", quote="Dup.", excerpt_id="x1")
    ds = load_dataset(data_dir.root)
    [dup] = _own(ds)
    assert (dup.file, dup.row, dup.rule) == (EX, 6, "unique")
    [claim] = [p for p in ds.problems if p.cause]
    assert (claim.file, claim.row, claim.column, claim.cause) == (
        CL,
        3,
        "excerpt_id",
        "excerpts.csv row 6",
    )
    assert claim.message == (
        "the excerpt it cites, about ev-two, was set aside (excerpts.csv row 6); the one kept "
        "with this excerpt_id is about ev-one"
    )
    assert len(ds.claims) == 1
    _nothing_lost(data_dir, ds)


def test_a_duplicate_of_a_row_set_aside_says_so_and_references_name_the_first(data_dir: DataDir):
    data_dir.set_cell(EV, 2, "category", "bse")
    rows = data_dir.rows(EV)
    data_dir.write_rows(EV, [*rows, {**rows[0], "category": "base"}])
    ds = load_dataset(data_dir.root)
    enum, dup = _own(ds)
    assert (enum.row, enum.rule) == (2, "enum") and "did you mean 'base'?" in enum.message
    assert (dup.row, dup.rule) == (5, "unique")
    assert dup.message == (
        "duplicate event_id: row 2 has it first, so this row is set aside; "
        "row 2 is set aside too, for its own problem"
    )
    # Its excerpts follow the first row, not the duplicate.
    assert {p.cause for p in ds.problems if p.file == EX} == {"events.csv row 2"}
    _nothing_lost(data_dir, ds)


def test_a_duplicate_of_a_row_set_aside_by_a_later_rule_says_so(data_dir: DataDir):
    data_dir.set_cell(EV, 2, "end_date", "2018")  # before its date: set aside after the ids
    rows = data_dir.rows(EV)
    data_dir.write_rows(EV, [*rows, {**rows[0], "end_date": ""}])
    ds = load_dataset(data_dir.root)
    [dup] = [p for p in ds.problems if p.rule == "unique"]
    assert "row 2 is set aside too, for its own problem" in dup.message


# -- the report the CLI prints ------------------------------------------------------------


def test_the_report_puts_the_mistake_first_and_groups_its_consequences(data_dir: DataDir, capsys):
    _rename_column(data_dir, EV, "category", "catgory")
    # No event loads: unusable (2), with the mistake first.
    assert main(["validate", "--data-dir", str(data_dir.root)]) == 2
    out = capsys.readouterr().out
    assert "1 error(s) (rows set aside) and 0 warning(s) (rows kept):" in out
    assert (
        "  ERROR events.csv, row 1, column 'category': required column is missing from the "
        "header, which has 'catgory' instead: rename that column to 'category' "
        "(value 'catgory') [column-missing]"
    ) in out
    assert (
        "4 more row(s) set aside only because a row they refer to was set aside; "
        "they load once the problems above are fixed:\n"
        "  excerpts.csv, 4 rows (2–5), column 'event_id': because events.csv rows 2–4 were "
        "set aside [foreign-key]"
    ) in out


def test_problems_list_files_in_the_order_they_are_read(data_dir: DataDir, capsys):
    data_dir.set_cell(EX, 2, "stance", "maybe")
    data_dir.set_cell(SRC, 3, "published", "Nov 2022")
    data_dir.set_cell(EV, 4, "category", "Base")
    main(["validate", "--data-dir", str(data_dir.root)])
    out = capsys.readouterr().out
    assert out.index("ERROR sources.csv") < out.index("ERROR events.csv")
    assert out.index("ERROR events.csv") < out.index("ERROR excerpts.csv")
    # The app's problems panel: the same order, the consequences last.
    frame = load_dataset(data_dir.root).problems_frame()
    assert list(zip(frame["file"], frame["row"], frame["rule"], strict=True)) == [
        (SRC, 3, "date"),
        (EV, 4, "enum"),
        (EX, 2, "enum"),
        # ev-one's excerpts: row 2 for its stance, row 3 for its source
        (EV, 2, "no-excerpt"),
        (EX, 3, "foreign-key"),  # its source, src-b
        (EX, 5, "foreign-key"),  # its event, ev-three
    ]


def test_suggestions_stop_after_the_limit_of_distinct_values():
    closest = Closest(["base", "exercise"], limit=3)
    assert [closest(v) for v in ("basee", "bsae", "exercse")] == ["base", "base", "exercise"]
    assert closest("exercize") is None  # a fourth distinct value: no lookup
    assert closest("basee") == "base"  # a value already looked up keeps its answer


@pytest.mark.parametrize(
    "content",
    [b"event_id,da", b'"event_id,date\n', b'event_id,date\n"ev-one,2019', b"\xff\xfe\x00", b"\n\n"],
)
def test_a_file_cut_short_is_a_located_problem_not_a_traceback(data_dir: DataDir, content):
    """A CSV caught mid-write (cut inside a line, an open quote): the file is reported,
    the other files still load."""
    data_dir.path("events.csv").write_bytes(content)
    ds = load_dataset(data_dir.root)
    assert ds.events.empty
    assert any(p.file == EV and p.severity == "error" for p in ds.problems)
    assert len(ds.sources) == 2


def test_spaces_around_a_value_are_trimmed_whatever_the_space(data_dir: DataDir):
    """A value typed with spaces around it (ASCII, a tab, a no-break or an ideographic
    space) loads as the value; a value with a space inside keeps it. Each column is
    trimmed only where a value may need it: the columns beside must not move."""
    rows = data_dir.rows(EV)
    ids = [r["event_id"] for r in rows]
    titles = [r["title"] for r in rows]
    rows[0]["category"] = "\u00a0" + rows[0]["category"] + "\u00a0"
    rows[1]["title"] = "\u3000" + rows[1]["title"] + "\u3000"
    rows[2]["title"] = "\t" + rows[2]["title"] + " "
    rows[2]["summary"] = "two  words inside"
    data_dir.write_rows(EV, rows)
    ds = load_dataset(data_dir.root)
    assert ds.ok, ds.problems_frame()
    events = ds.events.set_index("event_id").loc[ids]
    assert events["category"].iloc[0] == rows[0]["category"].strip()
    assert list(events["title"]) == titles
    assert events["summary"].iloc[2] == "two  words inside"

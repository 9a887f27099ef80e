"""Hostile data: every way the files can be wrong gives a located report, keeps the good
rows, and never a traceback, in the loader, the CLI and the app.

The corpus is ``tests/data/hostile/<case>/``: the files that replace ``minimal``'s in one
broken way (written by ``tests/data/hostile/make_corpus.py``). Property-based tests feed
generated CSV text and GeoJSON to the loader: "loaded" and "reported problems" are the
only outcomes allowed.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset

HOSTILE = Path(__file__).parent / "data" / "hostile"
EV, SRC, SITES = "events.csv", "sources.csv", "geodata/sites.geojson"

# case -> (a problem it must report: file, row, column, rule, severity; events that still
# load (of 3); the CLI's exit code: 0 clean, 1 problems but usable, 2 unusable)
EXPECTED = {
    "truncated-row": ((EV, 4, None, "row-width", "error"), 2, 1),
    "cut-in-header": ((EV, 1, "category", "column-missing", "error"), 0, 2),
    "semicolons": ((EV, 1, None, "delimiter", "error"), 0, 2),
    "tabs": ((EV, 1, None, "delimiter", "error"), 0, 2),
    "bom-crlf": (None, 3, 0),
    "latin1": ((EV, 3, "title", "encoding", "error"), 2, 1),
    "quoted-newlines": (None, 3, 0),
    "huge-field": (None, 3, 0),
    "binary-garbage": ((EV, 1, "event_id", "column-missing", "error"), 0, 2),
    "empty-file": ((EV, None, None, "file-empty", "error"), 0, 2),
    "duplicate-column": ((EV, 1, "date", "header-duplicate", "error"), 0, 2),
    "nan-coordinates": ((EV, 4, "lon", "type", "error"), 2, 1),
    "inf-coordinates": ((EV, 4, "lon", "type", "error"), 2, 1),
    "out-of-range-coordinates": ((EV, 4, "lon", "range", "error"), 2, 1),
    "line-site": ((SITES, 1, "geometry", "geometry-type", "error"), 3, 1),
    "bowtie-polygon": ((SITES, 3, "geometry", "geometry-invalid", "error"), 2, 1),
    "unclosed-polygon": ((SITES, 3, "geometry", "ring-unclosed", "warning"), 3, 1),
    "not-a-featurecollection": ((SITES, None, None, "geojson", "error"), 1, 1),
    "geojson-list": ((SITES, None, None, "geojson", "error"), 1, 1),
    "geojson-not-json": ((SITES, 1, None, "json", "error"), 1, 1),
    "duplicate-json-keys": ((SITES, 1, "site_id", "json-duplicate-key", "warning"), 3, 1),
    "circular-via": ((SRC, 2, "via", "via-loop", "warning"), 3, 1),
    "dangling-via": ((SRC, 3, "via", "foreign-key", "error"), 3, 1),
    "javascript-url": ((SRC, 2, "url", "url", "warning"), 3, 1),
}


def _case_dir(tmp_path: Path, case: str) -> Path:
    root = tmp_path / "data"
    shutil.copytree(MINIMAL, root)
    shutil.copytree(HOSTILE / case, root, dirs_exist_ok=True)
    return root


def test_the_corpus_is_complete():
    cases = {d.name for d in HOSTILE.iterdir() if d.is_dir()}
    assert cases == set(EXPECTED), "every case in the corpus has its expectation, and back"


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_hostile_case_is_reported_and_keeps_the_good_rows(tmp_path, case):
    expected, n_events, exit_code = EXPECTED[case]
    root = _case_dir(tmp_path, case)
    ds = load_dataset(root)
    found = {(p.file, p.row, p.column, p.rule, p.severity) for p in ds.problems}
    if expected is None:
        assert not ds.problems, [str(p) for p in ds.problems]
    else:
        assert expected in found, "\n".join(str(p) for p in ds.problems)
    assert len(ds.events) == n_events
    # Every problem is located: a file, and a row unless it is about the whole file.
    assert all(p.file and (p.row is not None or p.column is None) for p in ds.problems)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["validate", "--data-dir", str(root)]) == exit_code
    assert "Traceback" not in out.getvalue() + err.getvalue()


@pytest.mark.parametrize("case", ["semicolons", "geojson-list", "javascript-url", "latin1"])
def test_the_app_shows_a_hostile_case_without_an_exception(tmp_path, monkeypatch, case):
    from pages import no_errors, run

    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(_case_dir(tmp_path, case)))
    at = run()
    no_errors(at)
    assert any("in the data" in e.label for e in at.expander)  # the problems panel


def test_a_large_file_with_a_few_bad_rows_keeps_every_good_one(tmp_path):
    """100,000 events, three of them broken three ways: exactly those three set aside."""
    root = _case_dir(tmp_path, "bom-crlf")
    shutil.copytree(MINIMAL, root, dirs_exist_ok=True)
    header = (MINIMAL / EV).read_text().splitlines()[0]
    rows = [
        f"ev-{i},2019,,exercise,Event {i},Invented.,,71.5,37.5,1,1000,reported,China"
        for i in range(100_000)
    ]
    rows[10] = rows[10].replace(",exercise,", ",excercise,")
    rows[50_000] = rows[50_000].replace("71.5,37.5", "nan,37.5")
    rows[99_999] = rows[99_999][:25]  # cut short
    (root / EV).write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    excerpts = ["event_id,source_id,quote,stance,locator"] + [
        f"ev-{i},src-a,Quote {i}.,supports," for i in range(100_000)
    ]
    (root / "excerpts.csv").write_text("\n".join(excerpts) + "\n", encoding="utf-8")
    ds = load_dataset(root)
    own = sorted(p.row for p in ds.problems if p.file == EV and p.cause is None)
    assert own == [12, 50_002, 100_001]
    assert len(ds.events) == 99_997
    assert "did you mean 'exercise'" in next(p.message for p in ds.problems if p.row == 12)


# --- Generated input: the loader either loads it or reports problems --------------------

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
_csv_cells = st.lists(
    st.lists(
        st.one_of(_text, st.sampled_from(["", '"', "\n", ",", ";", "..", "nan"])), max_size=14
    ),
    max_size=8,
)


def _as_csv(header: str, cells: list[list[str]]) -> str:
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in cells:
        writer.writerow(row)
    return header + "\n" + buf.getvalue()


def _loaded_or_reported(root: Path) -> None:
    ds = load_dataset(root)  # never raises
    for name, table in ds.rejected.items():
        assert len(table) == 0 or any(p.file == name for p in ds.problems)
    assert len(ds.events) <= 3 or ds.events["event_id"].is_unique


_settings = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_settings
@given(raw=st.one_of(_text, st.binary(max_size=400)))
def test_any_bytes_as_events_csv(tmp_path_factory, raw):
    root = tmp_path_factory.mktemp("gen") / "data"
    shutil.copytree(MINIMAL, root)
    path = root / EV
    path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    _loaded_or_reported(root)


@_settings
@given(cells=_csv_cells)
def test_any_rows_under_the_real_header(tmp_path_factory, cells):
    root = tmp_path_factory.mktemp("gen") / "data"
    shutil.copytree(MINIMAL, root)
    header = (MINIMAL / EV).read_text().splitlines()[0]
    (root / EV).write_text(_as_csv(header, cells), encoding="utf-8")
    _loaded_or_reported(root)


_json = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=20,
)
_geometry = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["Point", "Polygon", "MultiPolygon", "LineString", "Nope"]),
        "coordinates": _json,
    }
)
_feature = st.fixed_dictionaries(
    {
        "type": st.just("Feature"),
        "properties": st.one_of(
            _json,
            st.fixed_dictionaries(
                {"site_id": _text, "name": _text, "kind": _text, "geo_precision": _json}
            ),
        ),
        "geometry": st.one_of(_geometry, _json),
    }
)


@_settings
@given(
    doc=st.one_of(
        _json,
        st.fixed_dictionaries(
            {"type": st.just("FeatureCollection"), "features": st.lists(_feature, max_size=5)}
        ),
    )
)
def test_any_json_as_sites(tmp_path_factory, doc):
    root = tmp_path_factory.mktemp("gen") / "data"
    shutil.copytree(MINIMAL, root)
    (root / SITES).write_text(json.dumps(doc), encoding="utf-8")
    _loaded_or_reported(root)

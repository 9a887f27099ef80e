"""ACLED CSV import: the package validates, ACLED's precision codes survive (a guessed
place is not drawn as exact), quotes are ACLED's notes verbatim, bad rows are reported
with their row numbers while the good rows are written, both date forms, exit codes."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest import DATA, REPO
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.interchange.acled import CATEGORY_BY_TYPE, map_acled, parse_dates, read_acled
from dashboard.scene.build import SceneData
from dashboard.scene.text import precision_text
from dashboard.store.embedded import EmbeddedStore
from devkit.synth_acled import generate
from mapdata import drawn

FIXTURE = DATA / "acled" / "synthetic-acled.csv"
GOOD = ["tjk9001", "tjk9002", "afg9001", "chn9001", "tjk9003", "afg9002", "tjk9004", "tjk9008"]
# (row, column, value, rule) of the fixture's rows that cannot be mapped
BAD = [
    (9, "event_date", "31 November 2021", "date"),
    (10, "latitude", "", "coordinates"),
    (11, "longitude", "191.5531", "coordinates"),
    (12, "event_id_cnty", "", "id-missing"),
    (13, "event_id_cnty", "TJK9001", "id-duplicate"),
]


def acled_rows() -> list[dict]:
    with open(FIXTURE, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_acled(path: Path, rows: list[dict], fields: list[str] | None = None) -> Path:
    fields = fields or list(rows[0])
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """The fixture imported once: (exit code, printed output, data directory)."""
    out = tmp_path_factory.mktemp("acled") / "package"
    capture = io.StringIO()
    with contextlib.redirect_stdout(capture):
        code = main(["import-acled", str(FIXTURE), "--out", str(out)])
    return code, capture.getvalue(), out


@pytest.fixture(scope="module")
def ds(imported):
    return load_dataset(imported[2])


def event(ds, event_id: str) -> pd.Series:
    return ds.events.set_index("event_id").loc[event_id]


def test_the_good_rows_are_written_and_the_exit_code_says_some_were_set_aside(imported, ds):
    code, _, out = imported
    assert code == 1
    assert list(ds.events["event_id"]) == GOOD
    assert {p.name for p in out.iterdir()} == {
        "events.csv",
        "sources.csv",
        "excerpts.csv",
        "geodata",
        "settings.toml",
        "datapackage.json",
    }


def test_the_imported_package_validates_with_zero_problems(imported, ds, capsys):
    assert ds.problems == []
    assert main(["validate", "--data-dir", str(imported[2])]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_bad_rows_are_reported_with_row_number_column_value_and_rule(imported):
    _, printed, _ = imported
    assert "5 of 13 row(s) set aside (not written):" in printed
    lines = [line.strip() for line in printed.splitlines() if line.strip().startswith("ERROR")]
    assert len(lines) == len(BAD)
    for line, (row, column, value, rule) in zip(lines, BAD, strict=True):
        assert line.startswith(f"ERROR synthetic-acled.csv, row {row}, column {column!r}:")
        assert f"(value {value!r})" in line
        assert line.endswith(f"[{rule}]")


@pytest.mark.parametrize(
    ("event_id", "acled_date", "date", "end_date", "precision"),
    [
        ("tjk9001", "2021-11-05", "2021-11-05", "", "day"),  # ISO, time_precision 1
        ("chn9001", "12 October 2021", "2021-10-12", "", "day"),  # words, 1
        ("tjk9002", "05 November 2021", "2021-11-02", "2021-11-08", "day"),  # words, 2: ± 3
        ("afg9002", "22 March 2022", "2022-03-19", "2022-03-25", "day"),  # words, 2
        ("afg9001", "2021-09-14", "2021-09", "", "month"),  # ISO, 3: the month
        ("tjk9004", "2022-08-15", "2022-08", "", "month"),  # ISO, 3
    ],
)
def test_both_date_forms_and_the_time_precision(
    ds, event_id, acled_date, date, end_date, precision
):
    row = next(r for r in acled_rows() if r["event_id_cnty"].lower() == event_id)  # the first
    assert row["event_date"] == acled_date
    ev = event(ds, event_id)
    assert (ev["date"], ev["end_date"], ev["date_precision"]) == (date, end_date, precision)
    assert f"ACLED time_precision {row['time_precision']}" in ev["summary"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-11-05", "2021-11-05"),
        ("05 November 2021", "2021-11-05"),
        ("5 November 2021", "2021-11-05"),
        ("05 november 2021", "2021-11-05"),
        ("2021-02-30", None),
        ("31 November 2021", None),
        ("05/11/2021", None),  # day/month or month/day: not guessed
        ("2021-11", None),
        ("", None),
    ],
)
def test_parse_dates(text, expected):
    [day] = parse_dates(pd.Series([text]))
    assert (None if np.isnat(day) else str(day)) == expected


@pytest.mark.parametrize(
    ("event_id", "geo_precision", "radius_m"),
    [("tjk9001", 1, None), ("tjk9002", 2, 25000.0), ("afg9001", 3, 100000.0), ("tjk9004", 3, 1e5)],
)
def test_geo_precision_survives_and_a_guess_is_drawn_with_its_radius(
    ds, event_id, geo_precision, radius_m
):
    ev = event(ds, event_id)
    assert ev["geo_precision"] == geo_precision
    assert ev["placement"] == "coordinates"
    # The map draws a point's uncertainty from precision_m: a circle of that radius.
    store = EmbeddedStore(ds)
    radius = SceneData.of(store).marks.precision_m[store.position(event_id)]
    circles = [] if np.isnan(radius) else [float(radius)]
    label = precision_text(ev["geo_precision"], ev["precision_m"])
    if radius_m is None:
        assert np.isnan(ev["precision_m"]) and circles == []
        assert label.endswith("exact place known")
    else:
        assert ev["precision_m"] == radius_m and circles == [radius_m]
        assert "exact" not in label


def test_quotes_are_the_acled_notes_verbatim(ds):
    notes = {r["event_id_cnty"].lower(): r["notes"] for r in acled_rows()[:7]}
    notes["tjk9008"] = acled_rows()[12]["notes"]
    for event_id, text in notes.items():
        quotes = ds.excerpts.loc[ds.excerpts["event_id"] == event_id, "quote"]
        assert len(quotes) >= 1
        assert set(quotes) == {text}, event_id
    assert "\n" in notes["afg9002"]  # a note over two lines stays two lines


def test_one_source_per_publisher_known_through_acled(ds):
    sources = ds.sources.set_index("publisher")
    assert sorted(sources.index) == sorted(
        [
            "ACLED (Armed Conflict Location & Event Data)",
            "Asia-Plus",
            "Radio Ozodi",
            "Pajhwok Afghan News",
            "Xinhua",
            "Global Times",
            "Радио Озоди",
            "Eurasianet",
        ]
    )
    publishers = sources.drop("ACLED (Armed Conflict Location & Event Data)")
    assert set(publishers["via"]) == {"acled"}
    assert publishers.at["Радио Озоди", "source_id"].startswith("publisher-")
    # Source scale: ACLED gives it per event; each publisher's note lists what it was.
    assert "National; National-International" in publishers.at["Pajhwok Afghan News", "note"]
    # One excerpt per event and publisher: Asia-Plus backs three events.
    asia = publishers.at["Asia-Plus", "source_id"]
    cited = ds.excerpts.loc[ds.excerpts["source_id"] == asia, "event_id"]
    assert sorted(cited) == ["tjk9001", "tjk9003", "tjk9008"]
    two = ds.excerpts.loc[ds.excerpts["event_id"] == "afg9001", "source_id"]
    assert sorted(two) == ["pajhwok-afghan-news", "xinhua"]


@pytest.mark.parametrize(
    ("event_id", "category", "acled_type"),
    [
        ("tjk9001", "base", "Strategic developments / Headquarters or base established"),
        ("afg9001", "agreement", "Strategic developments / Agreement"),
        ("tjk9008", "agreement", "Strategic Developments / Agreement"),  # ACLED's capitals
        ("chn9001", "report", "Strategic developments / Change to group/activity"),
        ("tjk9002", "report", "Battles / Armed clash"),
        ("afg9002", "report", "Explosions/Remote violence / Remote explosive/landmine/IED"),
    ],
)
def test_categories_and_acled_types_kept_in_title_and_summary(ds, event_id, category, acled_type):
    ev = event(ds, event_id)
    assert ev["category"] == category
    assert acled_type in ev["summary"]
    assert ev["title"].startswith(acled_type.split(" / ")[-1] + " — ")


def test_the_category_table_maps_only_what_fits():
    assert set(CATEGORY_BY_TYPE.values()) == {"agreement", "base"}


def test_fatalities_only_as_stated_and_actors_listed(ds, tmp_path):
    assert "Fatalities as recorded by ACLED: 2." in event(ds, "afg9002")["summary"]
    assert event(ds, "afg9002")["actors"] == (
        "Unidentified Armed Group (Afghanistan);Civilians (Afghanistan)"
    )
    rows = acled_rows()[:1]
    rows[0]["fatalities"] = ""
    frame, problems = read_acled(write_acled(tmp_path / "a.csv", rows))
    summary = map_acled(frame, "a.csv", problems).events.at[0, "summary"]
    assert "Fatalities" not in summary


def test_the_imported_events_are_drawn_in_the_app(imported, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(imported[2]))
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert set(drawn(at)) == set(GOOD)


def test_a_clean_file_exits_0(tmp_path, capsys):
    rows = [r for i, r in enumerate(acled_rows(), start=2) if i not in {b[0] for b in BAD}]
    path = write_acled(tmp_path / "clean.csv", rows)
    assert main(["import-acled", str(path), "--out", str(tmp_path / "out")]) == 0
    assert "All 8 rows mapped." in capsys.readouterr().out


def test_missing_required_columns_are_unusable_and_named(tmp_path, capsys):
    rows = acled_rows()
    fields = [f for f in rows[0] if f not in ("notes", "latitude")]
    path = write_acled(tmp_path / "cut.csv", rows, fields)
    out = tmp_path / "out"
    assert main(["import-acled", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "lacks required ACLED column(s): latitude, notes" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "cannot read"),
        (b"", "is empty"),
        (b"event_id_cnty;event_date;notes\nTJK1;2021-11-05;x\n", "separated by ';' or tabs"),
    ],
)
def test_an_unreadable_file_is_unusable(tmp_path, capsys, content, words):
    path = tmp_path / "acled.csv"
    if content is not None:
        path.write_bytes(content)
    assert main(["import-acled", str(path), "--out", str(tmp_path / "out")]) == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_no_mappable_row_is_unusable_and_writes_nothing(tmp_path, capsys):
    rows = acled_rows()[7:12]  # the bad rows only (the duplicate is now the first)
    rows[-1]["event_date"] = "someday"
    path = write_acled(tmp_path / "bad.csv", rows)
    out = tmp_path / "out"
    assert main(["import-acled", str(path), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert "no row could be mapped; nothing written" in captured.err
    assert "5 of 5 row(s) set aside" in captured.out
    assert not out.exists()


def test_an_existing_package_is_replaced_only_with_force(imported, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("event_id\n", encoding="utf-8")
    assert main(["import-acled", str(FIXTURE), "--out", str(out)]) == 2
    assert "already holds a data package (claims.csv)" in capsys.readouterr().err
    assert main(["import-acled", str(FIXTURE), "--out", str(out), "--force"]) == 1
    # A stale claims.csv would cite events this package does not have: it is removed.
    assert not (out / "claims.csv").exists()
    assert load_dataset(out).ok


def test_the_full_report_goes_to_a_file(tmp_path):
    report = tmp_path / "report.csv"
    main(["import-acled", str(FIXTURE), "--out", str(tmp_path / "o"), "--report", str(report)])
    frame = pd.read_csv(report, dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["file", "row", "column", "value", "rule", "message"]
    assert [
        (int(r), c, v, u) for r, c, v, u in frame[["row", "column", "value", "rule"]].values
    ] == (BAD)


def test_upper_case_headers_a_bom_and_crlf_are_read(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    path = tmp_path / "upper.csv"
    path.write_bytes(("\ufeff" + header.upper() + "\n" + rest).replace("\n", "\r\n").encode())
    frame, problems = read_acled(path)
    result = map_acled(frame, path.name, problems)
    assert list(result.events["event_id"]) == GOOD
    # CRLF inside a quoted note is the file's line end, read as the note's own.
    note = result.excerpts.loc[result.excerpts["event_id"] == "afg9002", "quote"].iloc[0]
    assert "centre.\r\nTwo civilians" in note or "centre.\nTwo civilians" in note


def test_rows_with_another_field_count_or_bytes_that_are_not_utf8_are_set_aside(tmp_path):
    lines = FIXTURE.read_bytes().split(b"\n")
    lines.insert(2, b"TJK9999,2021-11-05,too,few")  # record 3: four fields
    # Record 5 is now AFG9001's: one Latin-1 byte in its admin2.
    lines[4] = lines[4].replace(b"Fayzabad", "Fayzabad ©".encode("latin-1"), 1)
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\n".join(lines))
    frame, problems = read_acled(path)
    assert [(p.row, p.column, p.rule) for p in problems] == [
        (3, None, "row-width"),
        (5, "admin2", "encoding"),
    ]
    assert problems[1].value == "Fayzabad \ufffd"
    result = map_acled(frame, path.name, problems)
    assert result.rows_set_aside == 2 + len(BAD)
    assert "afg9001" not in set(result.events["event_id"])
    assert len(result.events) == len(GOOD) - 1


def test_ids_that_differ_only_in_case_are_duplicates_and_the_year_must_agree(tmp_path):
    rows = acled_rows()[:3]
    rows[1]["event_id_cnty"] = "tjk9001"
    rows[2]["year"] = "2020"
    frame, problems = read_acled(write_acled(tmp_path / "a.csv", rows))
    result = map_acled(frame, "a.csv", problems)
    assert [(p.row, p.column, p.rule) for p in result.problems] == [
        (3, "event_id_cnty", "id-duplicate"),
        (4, "year", "year"),
    ]
    assert list(result.events["event_id"]) == ["tjk9001"]


def test_an_event_with_no_publisher_is_backed_by_acled_itself(tmp_path):
    rows = acled_rows()[:1]
    rows[0]["source"] = ""
    frame, problems = read_acled(write_acled(tmp_path / "a.csv", rows))
    result = map_acled(frame, "a.csv", problems)
    assert list(result.excerpts["source_id"]) == ["acled"]
    assert list(result.sources["source_id"]) == ["acled"]


def test_a_large_synthetic_export_maps_every_good_row_and_validates(tmp_path):
    path = generate(20_000, tmp_path / "acled.csv", bad=0.01)
    out = tmp_path / "out"
    assert main(["import-acled", str(path), "--out", str(out)]) == 1
    ds = load_dataset(out)
    assert ds.ok, ds.problems[:3]
    n_bad = len(pd.read_csv(path, dtype=str)) - len(ds.events)
    assert 100 < n_bad < 300  # about 1 % set aside, each reported


def test_a_duplicate_of_a_row_set_aside_is_not_written_either(tmp_path):
    rows = acled_rows()[:2]
    rows[0]["event_date"] = "2021-13-01"
    rows[1]["event_id_cnty"] = rows[0]["event_id_cnty"]
    frame, problems = read_acled(write_acled(tmp_path / "a.csv", rows))
    result = map_acled(frame, "a.csv", problems)
    assert [(p.row, p.rule) for p in result.problems] == [(2, "date"), (3, "id-duplicate")]
    assert "row 2 has it first and is set aside for its own problem" in result.problems[1].message
    assert result.events.empty

"""The command line describes itself from one table: every command is in --help; and
``export-table`` writes the files of the page's download buttons."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from dashboard.cli import COMMANDS, build_parser, main
from pages import no_errors, run
from synthetic import write_package


def test_help_names_every_command_with_what_it_does(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for name, what, _, _ in COMMANDS:
        assert name in out and " ".join(what.split()[:4]) in out, name
    assert {c[0] for c in COMMANDS} >= {"import-postgis", "export-postgis", "healthcheck"}


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return write_package(tmp_path_factory.mktemp("export-table"))


def _page_downloads(monkeypatch, package, params: dict) -> dict[str, bytes]:
    """The files the page's event downloads give for a link: what each button was handed,
    made as a click makes it."""
    from streamlit.delta_generator import DeltaGenerator

    handed = {}
    button = DeltaGenerator.download_button

    def spy(self, label, data, *args, **kwargs):
        handed[label] = data
        return button(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", spy)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(package))
    no_errors(run(params))
    return {label: make() for label, make in handed.items() if label.startswith("Events")}


def test_export_table_writes_what_the_page_download_gives(monkeypatch, package, tmp_path):
    # A view with a window, a mode and filters: the file holds that view's events only.
    params = {
        "from": "2018-01-01",
        "to": "2021-12-31",
        "mode": "window",
        "cat": "funding,diplomacy",
    }
    link = "http://localhost:8501/?" + urlencode(params)
    page = _page_downloads(monkeypatch, package, params)
    for fmt, label in (("csv", "Events · CSV"), ("geojson", "Events · GeoJSON")):
        out = tmp_path / f"events.{fmt}"
        args = ["export-table", "--format", fmt, "--url", link, "--out", str(out)]
        assert main([*args, "--data-dir", str(package)]) == 0
        assert out.read_bytes() == page[label], fmt
    ids = {f["properties"]["event_id"] for f in json.loads(page["Events · GeoJSON"])["features"]}
    assert ids == {"ev-funding", "ev-meeting"}  # and not ev-own (an agreement)


def test_export_table_says_what_is_wrong(package, tmp_path, capsys, data_dir):
    out = tmp_path / "events.csv"
    base = ["export-table", "--out", str(out), "--data-dir", str(package)]
    with pytest.raises(SystemExit) as exit_:
        main([*base, "--format", "xlsx", "--url", "http://localhost:8501/"])
    assert exit_.value.code == 2
    assert "invalid choice: 'xlsx'" in capsys.readouterr().err
    for url, said in (
        ("javascript:alert(1)", "--url must be a permalink"),
        ("events please", "--url must be a permalink"),
        ("http://localhost:8501/?from=2021-02-30", "from='2021-02-30'"),
        ("http://localhost:8501/?colour=red", "Ignored unknown parameter"),
    ):
        assert main([*base, "--format", "csv", "--url", url]) == 2, url
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err, url
    assert not out.exists()
    nowhere = ["--out", str(tmp_path / "no" / "such" / "events.csv")]
    assert main(["export-table", "--format", "csv", "--url", "http://x/", *nowhere]) == 2
    assert "does not exist" in capsys.readouterr().err
    # Data with a problem: the file is written from what loaded, and the exit says 1.
    data_dir.set_cell("events.csv", 3, "category", "training")
    link = "http://localhost:8501/"
    args = ["export-table", "--format", "geojson", "--url", link, "--out", str(out)]
    assert main([*args, "--data-dir", str(data_dir.root)]) == 1
    assert len(json.loads(out.read_bytes())["features"]) == 2  # one of the 3 set aside


def test_export_table_offers_every_format_the_page_has():
    from dashboard.render.tables import TABLE_FORMATS

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["export-table"]
    [fmt] = [a for a in sub._actions if a.dest == "format"]
    assert set(fmt.choices) == set(TABLE_FORMATS)

"""Loading a data package: the command's exit codes, the data directory the environment
names, citations and the sources behind events, the generated schema docs. On small
packages made for the tests (the shipped package's audit: test_shipped_data.py)."""

from __future__ import annotations

import pytest

from conftest import REPO, DataDir
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset


def test_cli_validate_exit_codes(tmp_path, capsys, data_dir: DataDir):
    assert main(["validate", "--data-dir", str(data_dir.root)]) == 0
    assert "No problems found." in capsys.readouterr().out
    data_dir.set_cell("events.csv", 2, "date", "2019-02-30")
    assert main(["validate", "--data-dir", str(data_dir.root)]) == 1
    out = capsys.readouterr().out
    assert "events.csv, row 2, column 'date'" in out and "'2019-02-30'" in out
    with pytest.raises(SystemExit) as exc:
        main(["validate", "--data-dir", str(tmp_path / "nope")])
    assert exc.value.code == 2


def test_env_var_selects_data_dir(monkeypatch, data_dir):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir.root))
    assert set(load_dataset().events["event_id"]) == {"ev-one", "ev-two", "ev-three"}


def test_schema_docs_are_current():
    from dashboard.contract.schema_docs import schema_markdown

    assert (REPO / "docs" / "data.md").read_text(encoding="utf-8") == schema_markdown(), (
        "run make docs"
    )


def test_citation_and_sources_behind(data_dir: DataDir):
    ds = load_dataset(data_dir.root)
    # Publisher: author, “title”, date; what a source is known through follows it.
    assert ds.citation("src-a") == "Test Publisher: Tester, “Test source A”, Nov 2022"
    assert ds.citation("src-b") == "Other Publisher: “Test source B”, 2019 — via Test Publisher"
    behind = ds.sources_behind(["ev-one"])  # quoted from src-a and from src-b
    assert set(behind.index) == {"src-a", "src-b"}
    assert list(behind["publisher"]) == sorted(behind["publisher"])
    assert list(ds.sources_behind(["ev-three"]).index) == ["src-a"]

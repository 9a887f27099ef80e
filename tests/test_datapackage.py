"""Packages that describe themselves: the shipped package and every package the tools
write carry a datapackage.json generated from the contract's one declaration, listing
only the files the package has, and the Frictionless validator (a reader that is not
ours) accepts it, tables checked row by row."""

from __future__ import annotations

import json
import shutil

import frictionless
import pytest

from conftest import REPO
from dashboard.cli import main
from dashboard.contract.descriptor import descriptor_text
from dashboard.contract.schema import load_package
from sahel import write_sahel
from synthetic import write_package


def frictionless_errors(folder) -> list[list]:
    report = frictionless.validate(str(folder / "datapackage.json"))
    return report.flatten(["type", "rowNumber", "fieldName", "note"])


def described(folder) -> dict[str, str]:
    doc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    return {r["name"]: r["path"] for r in doc["resources"]}


@pytest.fixture(scope="module")
def acled_package(tmp_path_factory):
    root = tmp_path_factory.mktemp("described")
    out = root / "package"
    assert main(["import-acled", str(write_sahel(root / "sahel.csv")), "--out", str(out)]) == 0
    return out


def test_the_shipped_package_passes_the_frictionless_validator():
    assert frictionless_errors(REPO) == []
    report = frictionless.validate(str(REPO / "datapackage.json"))
    # Every table of the package was read and checked, not only the descriptor.
    assert sorted(t.name for t in report.tasks) == sorted(described(REPO))


def test_the_shipped_descriptor_is_the_generated_one():
    committed = (REPO / "datapackage.json").read_text(encoding="utf-8")
    assert committed == descriptor_text(REPO), "run `make docs` and commit datapackage.json"


def test_an_acled_import_is_described_and_passes_the_frictionless_validator(acled_package):
    assert frictionless_errors(acled_package) == []
    # Only its files: an ACLED import has no claims.csv.
    assert described(acled_package) == {
        "events": "events.csv",
        "sources": "sources.csv",
        "excerpts": "excerpts.csv",
        "sites": "geodata/sites.geojson",
    }
    doc = json.loads((acled_package / "datapackage.json").read_text(encoding="utf-8"))
    assert doc["title"] == "Political violence in Mali, Niger and Burkina Faso, 2019–2023"
    assert doc["name"] == "political-violence-in-mali-niger-and-burkina-faso-2019-2023"
    # The schemas are the contract's, field for field.
    events = next(r for r in doc["resources"] if r["name"] == "events")
    assert [f["name"] for f in events["schema"]["fields"]] == load_package().resource(
        "events"
    ).field_names


def test_the_validator_finds_a_row_that_breaks_the_schema(acled_package, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(acled_package, broken)
    events = broken / "events.csv"
    events.write_text(
        events.read_text(encoding="utf-8").replace('"report"', '"rumour"', 1), encoding="utf-8"
    )
    errors = frictionless_errors(broken)
    assert [e[0] for e in errors] == ["constraint-error"]
    assert errors[0][1:3] == [2, "category"]


def test_import_geoparquet_and_a_rerun_describe_what_they_wrote(tmp_path):
    parquet = tmp_path / "synthetic.parquet"
    package = write_package(tmp_path / "synthetic")  # with claims
    assert main(["export-geoparquet", "--data-dir", str(package), "--out", str(parquet)]) == 0
    out = tmp_path / "back"
    assert main(["import-geoparquet", str(parquet), "--out", str(out)]) == 0
    assert "claims" in described(out)
    assert frictionless_errors(out) == []
    # An ACLED package written over it with --force has no claims: nor has its descriptor.
    write_sahel(tmp_path / "sahel.csv")
    assert main(["import-acled", str(tmp_path / "sahel.csv"), "--out", str(out), "--force"]) == 0
    assert "claims" not in described(out)
    assert frictionless_errors(out) == []


def test_describe_writes_the_descriptor_of_a_package_made_by_hand(tmp_path, capsys):
    package = write_package(tmp_path / "by-hand")  # claims.csv's columns in its own order
    assert not (package / "datapackage.json").exists()
    assert main(["describe", "--data-dir", str(package)]) == 0
    assert "datapackage.json" in capsys.readouterr().out
    assert set(described(package)) == {"events", "sources", "excerpts", "claims", "sites"}
    assert frictionless_errors(package) == []

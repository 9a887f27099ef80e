"""Facts as claims: evidence derived from claims with claimants (disputes, denials,
independent sources), open dates said in words, and the validator holding claims to the
schema. (The shipped data's claims are audited in test_shipped_data.py.)"""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import CLAIM, DataDir
from dashboard.contract.dataset import load_dataset
from dashboard.contract.problems import ERROR
from synthetic import write_package


def test_open_dates_are_said_in_words(tmp_path):
    ev = load_dataset(write_package(tmp_path)).events.set_index("event_id")
    camp, base = ev.loc["ev-camp"], ev.loc["ev-base"]  # ".." – 2021-11-05; 2016 – ".."
    assert camp["open_start"] and not camp["open_end"] and "start not given" in camp["when"]
    assert base["open_end"] and not base["open_start"] and "end not given" in base["when"]


def test_evidence_is_derived_from_the_claims(data_dir: DataDir):
    # A third source, independent of the other two (src-b is known through src-a).
    data_dir.append_row(
        "sources.csv", source_id="src-c", title="Test source C", publisher="Third Publisher"
    )
    for event_id in ("ev-two", "ev-three"):  # excerpts x5 and x6
        data_dir.append_row(
            "excerpts.csv", event_id=event_id, source_id="src-c", quote="Another test quote."
        )
    amount = {**CLAIM, "property": "amount", "unit": "USD"}
    data_dir.write_claims(
        {**CLAIM, "claimant": "Test government", "claimant_kind": "government"},
        {**CLAIM, "event_id": "ev-two", "excerpt_id": "x3"},
        {**CLAIM, "event_id": "ev-two", "excerpt_id": "x5", "claimant": "Third Publisher"},
        {**amount, "event_id": "ev-three", "amount": "10", "excerpt_id": "x4"},
        {**amount, "event_id": "ev-three", "amount": "55", "excerpt_id": "x6"},
    )
    ds = load_dataset(data_dir.root)
    assert ds.problems == []
    assert dict(zip(ds.events["event_id"], ds.events["evidence"], strict=True)) == {
        "ev-one": "official",  # a government asserts it
        "ev-two": "corroborated",  # two independent sources say it occurred
        "ev-three": "contested",  # two independent sources, two amounts
    }


# -- the validator --------------------------------------------------------------------


def _problems(ds, file="claims.csv") -> set[tuple]:
    return {(p.file, p.row, p.column, p.rule) for p in ds.problems if p.file == file}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ({**CLAIM, "excerpt_id": ""}, ("claims.csv", 3, "excerpt_id", "required")),
        ({**CLAIM, "excerpt_id": "x9"}, ("claims.csv", 3, "excerpt_id", "foreign-key")),
        ({**CLAIM, "property": "colour"}, ("claims.csv", 3, "property", "enum")),
        (
            {**CLAIM, "property": "amount", "amount": "10000000"},
            ("claims.csv", 3, "unit", "requires"),
        ),
        ({**CLAIM, "property": "amount"}, ("claims.csv", 3, "amount", "requires")),
        ({**CLAIM, "excerpt_id": "x3"}, ("claims.csv", 3, "excerpt_id", "same-event")),
        ({**CLAIM, "stance": "believes"}, ("claims.csv", 3, "stance", "enum")),
    ],
)
def test_a_bad_claim_is_located_and_the_rest_loads(data_dir: DataDir, claim, expected):
    data_dir.write_claims(CLAIM, claim)
    ds = load_dataset(data_dir.root)
    assert expected in _problems(ds)
    assert all(p.severity == ERROR for p in ds.problems if p.file == "claims.csv")
    assert len(ds.claims) == 1  # the good claim still loads
    assert len(ds.events) == 3  # and no event is lost for a bad claim


def test_a_contested_amount_and_a_denial_set_the_evidence(data_dir: DataDir):
    data_dir.write_claims(
        {**CLAIM, "property": "amount", "amount": "10", "unit": "USD", "excerpt_id": "x1"},
        {
            **CLAIM,
            "property": "amount",
            "amount": "55",
            "unit": "CNY",
            "claimant": "Other",
            "excerpt_id": "x2",
        },
        {**CLAIM, "event_id": "ev-two", "stance": "denies", "excerpt_id": "x3"},
    )
    ds = load_dataset(data_dir.root)
    assert ds.problems == []
    evidence = ds.events.set_index("event_id")["evidence"]
    # src-b is known through src-a: one voice, so its two amounts are no dispute; and with
    # claims, the evidence is what they say (media only), whatever the legacy status says.
    assert evidence["ev-one"] == "reported"
    assert evidence["ev-two"] == "denied"


@pytest.mark.parametrize(
    ("column", "date", "end_date", "rule"),
    [
        ("end_date", "..", "", "open-date"),
        ("end_date", "..", "..", "open-date"),
        ("date", "2019..", "", "date"),
    ],
)
def test_open_dates_are_checked(data_dir: DataDir, column, date, end_date, rule):
    data_dir.set_cell("events.csv", 2, "date", date)
    data_dir.set_cell("events.csv", 2, "end_date", end_date)
    ds = load_dataset(data_dir.root)
    found = {(p.row, p.column, p.rule) for p in ds.problems if p.file == "events.csv"}
    assert (2, column, rule) in found
    assert len(ds.events) == 2


def test_an_open_end_reaches_every_later_window(data_dir: DataDir):
    data_dir.set_cell("events.csv", 2, "end_date", "..")
    ds = load_dataset(data_dir.root)
    row = ds.events.set_index("event_id").loc["ev-one"]
    assert row["open_end"] and row["end"] == ds.events["end"].max()
    assert row["when"] == "2019 – … (end not given)"


def test_without_claims_file_excerpts_and_status_give_the_evidence(data_dir: DataDir):
    ds = load_dataset(data_dir.root)
    assert ds.problems == [] and ds.claims.empty
    assert dict(zip(ds.events["event_id"], ds.events["evidence"], strict=True)) == {
        "ev-one": "denied",  # an excerpt denies it: a denial is never lost
        "ev-two": "reported",
        "ev-three": "official",
    }
    assert isinstance(ds.claims_for("ev-one"), pd.DataFrame)

"""Facts as claims: the audited data says no more than its quotes, disputes and denials
are claims with claimants, and the validator holds claims to the schema."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import REPO, DataDir
from dashboard.contract.dataset import CLAIM_COLUMNS, load_dataset
from dashboard.contract.problems import ERROR

CLAIM_FIELDS = list(CLAIM_COLUMNS)


@pytest.fixture(scope="module")
def ds():
    return load_dataset(REPO)


def test_the_shipped_data_is_clean_and_every_event_has_claims(ds):
    assert ds.problems == []
    assert set(ds.claims["event_id"]) == set(ds.events["event_id"])
    # Every claim cites an excerpt of its own event.
    owner = ds.excerpts.set_index("excerpt_id")["event_id"]
    assert (ds.claims["excerpt_id"].map(owner) == ds.claims["event_id"]).all()


@pytest.mark.parametrize(
    ("event_id", "date", "end_date"),
    [
        # RFE/RL's testimonies carry no date: known only by CPC's report of 5 Nov 2021.
        ("2016-shaymak-facility", "..", "2021-11-05"),
        # "since 2016" (The Washington Post, 2019): no source says it ended.
        ("2016-pap-troops-murghab", "2016", ".."),
        # "Prior to the recent Taliban takeover": no start, over by August 2021.
        ("2021-11-pap-wakhan-patrols-reported", "..", "2021-08"),
        # "a recent agreement" on 21 Nov 2022: the signing date is not given.
        ("2022-biennial-counterterrorism-exercise-agreement", "..", "2022-11-21"),
        ("2021-transfer-of-preexisting-chinese-base", "..", "2021-11-05"),
        # Approved in October 2021, "is building" in November 2022: not said to be open.
        ("2021-10-wakhan-mvd-base", "2021-10", ".."),
    ],
)
def test_no_date_says_more_than_its_quotes(ds, event_id, date, end_date):
    row = ds.events.set_index("event_id").loc[event_id]
    assert (row["date"], row["end_date"]) == (date, end_date)
    if date == "..":
        assert row["open_start"] and "start not given" in row["when"]
    if end_date == "..":
        assert row["open_end"] and "end not given" in row["when"]


def test_places_the_sources_do_not_give_are_not_places(ds):
    ev = ds.events.set_index("event_id")
    for event_id in (
        "2019-joint-drills",
        "2021-08-counterterrorism-collaboration",
        "2016-quadrilateral-mechanism",
        "2022-biennial-counterterrorism-exercise-agreement",
        "2021-10-parliament-approves-wakhan-base",
    ):
        assert ev.at[event_id, "placement"] == "none", event_id
        assert ev.at[event_id, "geometry"] is None
    # "Wang Yi visited Tajikistan": the country is the place the source gives.
    assert ev.at["2021-wang-yi-visits-tajikistan", "site_id"] == "tajikistan"


def test_the_two_names_of_the_unit_are_kept_apart(ds):
    claims = ds.claims_for("2021-10-wakhan-mvd-base")
    names = claims[claims["property"] == "name"]
    by = dict(zip(names["source_id"], names["value"], strict=True))
    assert by["cpc-2021-11-05"] == "Rapid Reaction Group"
    assert by["asia-plus-2022-11-21"].startswith("Rapid response team of the Organized Crime")


def test_the_secrecy_and_the_sources_content_are_recorded(ds):
    secrecy = ds.claims[ds.claims["property"] == "secrecy"]
    assert {"2019-base-in-gbao-revealed", "2022-biennial-counterterrorism-exercise-agreement"} <= (
        set(secrecy["event_id"])
    )
    sources = ds.sources.set_index("source_id")
    assert sources.at["stein-compendium-2022", "url"] == (
        "https://community.apan.org/wg/tradoc-g2/fmso/m/fmso-monographs/360801"
    )
    assert "Ministry of Justice" in sources.at["tj-moj-exercise-agreement", "publisher"]


def test_evidence_is_derived_from_the_claims(ds):
    evidence = ds.events.set_index("event_id")["evidence"]
    assert evidence["2016-shaymak-facility"] == "denied"
    assert evidence["2021-wakhan-base-funding"] == "contested"
    assert evidence["2022-biennial-counterterrorism-exercise-agreement"] == "official"
    # CPC and Asia-Plus, independently, report the base; only Asia-Plus names the vote.
    assert evidence["2021-10-wakhan-mvd-base"] == "corroborated"
    assert evidence["2021-10-parliament-approves-wakhan-base"] == "reported"
    assert evidence["2019-joint-drills"] == "reported"


# -- the validator --------------------------------------------------------------------


def _with_claims(d: DataDir, *claims: dict) -> None:
    rows = d.rows("excerpts.csv")
    for i, r in enumerate(rows):
        r["excerpt_id"] = f"x{i + 1}"
    d.write_rows("excerpts.csv", rows)
    d.write_rows(
        "claims.csv",
        [{f: c.get(f, "") for f in CLAIM_FIELDS} for c in claims],
        CLAIM_FIELDS,
    )


GOOD = {
    "event_id": "ev-one",
    "property": "occurred",
    "value": "A base",
    "claimant": "Test Publisher",
    "claimant_kind": "media",
    "stance": "asserts",
    "excerpt_id": "x1",
}


def _problems(ds, file="claims.csv") -> set[tuple]:
    return {(p.file, p.row, p.column, p.rule) for p in ds.problems if p.file == file}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ({**GOOD, "excerpt_id": ""}, ("claims.csv", 3, "excerpt_id", "required")),
        ({**GOOD, "excerpt_id": "x9"}, ("claims.csv", 3, "excerpt_id", "foreign-key")),
        ({**GOOD, "property": "colour"}, ("claims.csv", 3, "property", "enum")),
        (
            {**GOOD, "property": "amount", "amount": "10000000"},
            ("claims.csv", 3, "unit", "requires"),
        ),
        ({**GOOD, "property": "amount"}, ("claims.csv", 3, "amount", "requires")),
        ({**GOOD, "excerpt_id": "x3"}, ("claims.csv", 3, "excerpt_id", "same-event")),
        ({**GOOD, "stance": "believes"}, ("claims.csv", 3, "stance", "enum")),
    ],
)
def test_a_bad_claim_is_located_and_the_rest_loads(data_dir: DataDir, claim, expected):
    _with_claims(data_dir, GOOD, claim)
    ds = load_dataset(data_dir.root)
    assert expected in _problems(ds)
    assert all(p.severity == ERROR for p in ds.problems if p.file == "claims.csv")
    assert len(ds.claims) == 1  # the good claim still loads
    assert len(ds.events) == 3  # and no event is lost for a bad claim


def test_a_contested_amount_and_a_denial_set_the_evidence(data_dir: DataDir):
    _with_claims(
        data_dir,
        {**GOOD, "property": "amount", "amount": "10", "unit": "USD", "excerpt_id": "x1"},
        {
            **GOOD,
            "property": "amount",
            "amount": "55",
            "unit": "CNY",
            "claimant": "Other",
            "excerpt_id": "x2",
        },
        {**GOOD, "event_id": "ev-two", "stance": "denies", "excerpt_id": "x3"},
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

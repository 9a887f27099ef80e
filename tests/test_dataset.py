"""The shipped dataset: it validates clean, and every quote is verbatim from its document."""

from __future__ import annotations

import re

import pytest

from conftest import REPO, SHARED_SOURCES
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset

# The documents in ../shared/sources, by the source_id that stands for them.
DOCUMENTS = {
    "cpc-2021-11-05": "cpc-2021-11-05-china-advances-security-apparatus-in-tajikistan.txt",
    "fmso-oe-watch-2022": "fmso-oe-watch-tajikistan-and-china-deepen-security-cooperation.txt",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_shipped_dataset_validates_clean():
    ds = load_dataset(REPO)
    assert ds.problems == [], "\n".join(map(str, ds.problems))
    assert len(ds.events) >= 15
    assert set(ds.events["category"]) >= {
        "base",
        "exercise",
        "agreement",
        "funding",
        "deployment",
        "diplomacy",
        "report",
    }


@pytest.mark.skipif(
    not SHARED_SOURCES.is_dir(), reason="../shared/sources is not beside the project"
)
def test_every_quote_is_verbatim_in_its_document():
    ds = load_dataset(REPO)
    sources = ds.sources.set_index("source_id")
    texts = {
        sid: _norm((SHARED_SOURCES / name).read_text(encoding="utf-8"))
        for sid, name in DOCUMENTS.items()
    }
    missing = []
    for ex in ds.excerpts.itertuples():
        via = sources.at[ex.source_id, "via"] or ex.source_id
        assert via in texts, f"{ex.source_id}: no document for it or its 'via'"
        if _norm(ex.quote) not in texts[via]:
            missing.append(f"{ex.event_id} / {ex.source_id}: {ex.quote[:70]}")
    assert not missing, "quotes not found verbatim:\n" + "\n".join(missing)


def test_the_funding_is_one_event_with_both_amounts():
    ds = load_dataset(REPO)
    funding = ds.events[ds.events["category"] == "funding"]
    assert list(funding["event_id"]) == ["2021-wakhan-base-funding"]
    claims = ds.claims_for("2021-wakhan-base-funding")
    asserted = claims[(claims["property"] == "amount") & (claims["stance"] == "asserts")]
    assert {("10000000", "USD"), ("55000000", "CNY")} <= set(
        zip(asserted["amount"], asserted["unit"], strict=True)
    )
    conversion = claims[(claims["unit"] == "USD") & (claims["stance"] == "qualifies")]
    assert list(conversion["amount"]) == ["8000000"]  # FMSO's "around $8 million"
    assert funding["evidence"].iloc[0] == "contested"


def test_denials_are_claims_with_a_claimant():
    ds = load_dataset(REPO)
    denied = ds.events[ds.events["status"] == "denied"]
    assert len(denied) >= 1
    for eid in denied["event_id"]:
        assert "denies" in set(ds.excerpts_for(eid)["stance"])
        claims = ds.claims_for(eid)
        denial = claims[claims["stance"] == "denies"]
        assert list(denial["claimant"]) == [
            "Governments of China and Tajikistan, as reported by CPC"
        ]
        assert list(denial["claimant_kind"]) == ["government"]
        # Beside what it denies: the same event holds the claim that it occurred.
        assert ((claims["property"] == "occurred") & (claims["stance"] == "asserts")).any()
    assert set(ds.events.loc[denied.index, "evidence"]) == {"denied"}


def test_guessed_places_are_not_exact():
    sites = load_dataset(REPO).sites
    assert (sites["geo_precision"] >= 2).all()
    points = sites[sites.geom_type == "Point"]
    assert (points["precision_m"] > 0).all()


def test_cli_validate_exit_codes(tmp_path, capsys, data_dir):
    assert main(["validate", "--data-dir", str(REPO)]) == 0
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


def test_citation_and_sources_behind():
    ds = load_dataset(REPO)
    assert ds.citation("cpc-2021-11-05") == (
        "Caspian Policy Center (CPC): Dante Schulz, “China Advances Security Apparatus in Tajikistan "
        "in the Aftermath of the Taliban Takeover”, 5 Nov 2021"
    )
    assert ds.citation("wapo-2019").endswith(", 2019 — via Caspian Policy Center (CPC)")
    behind = ds.sources_behind(["2016-shaymak-facility"])
    assert list(behind["publisher"]) == sorted(behind["publisher"])
    assert set(behind.index) == {"rferl-shaymak", "cpc-2021-11-05"}

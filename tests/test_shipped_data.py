"""The audit of the shipped data package against its sources and its documentation.

The only test module that reads the package at the repository root and names its events,
sources and counts: the tests of the code run on data made in the tests
(tests/synthetic.py, tests/data/, devkit/synth.py). Here: it validates clean and says what
the README says; every quote is verbatim in its document in ../shared/sources/; every
value says no more than its quotes (dates, places, amounts, denials, names); the region's
settings and page are the dashboard as it was; and the package survives the GeoParquet and the
PostGIS round trips text for text.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from test_geoparquet import table
from test_postgis import assert_round_trip

from conftest import REPO
from dashboard.cli import main
from dashboard.contract.dataset import load_dataset
from dashboard.contract.reference import ATTRIBUTION
from dashboard.contract.settings import KEYS, REFERENCE_LAYERS, SETTINGS_FILE, read_settings
from mapdata import layer_ids, map_spec
from pages import no_errors, run, texts

SHARED_SOURCES = REPO.parent / "shared" / "sources"
# The documents in ../shared/sources, by the source_id that stands for them.
DOCUMENTS = {
    "cpc-2021-11-05": "cpc-2021-11-05-china-advances-security-apparatus-in-tajikistan.txt",
    "fmso-oe-watch-2022": "fmso-oe-watch-tajikistan-and-china-deepen-security-cooperation.txt",
}
EXTENT = (66.5, 35.5, 76.5, 40.5)  # the bundled reference layers' lon/lat box


@pytest.fixture(scope="module")
def ds():
    return load_dataset(REPO)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- Clean, and what the README says ------------------------------------------------------


def test_shipped_dataset_validates_clean(ds):
    assert ds.problems == [], "\n".join(map(str, ds.problems))
    assert set(ds.events["category"]) >= {
        "base",
        "exercise",
        "agreement",
        "funding",
        "deployment",
        "diplomacy",
        "report",
    }


def test_the_command_finds_no_problem(capsys):
    assert main(["validate", "--data-dir", str(REPO)]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_the_readme_counts_are_the_packages(ds):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    counts = re.search(
        r"(\d+) events, (\d+) excerpts, (\d+) claims, (\d+) sources, (\d+) sites", readme
    )
    assert counts, "the README's count of the shipped dataset is gone"
    parts = (ds.events, ds.excerpts, ds.claims, ds.sources, ds.sites)
    assert tuple(map(int, counts.groups())) == tuple(map(len, parts))
    [unplaced] = re.findall(r"no place at all \((\d+) events", readme)
    assert int(unplaced) == (ds.events["placement"] == "none").sum()


def test_every_event_has_its_entry_in_the_audit(ds):
    audit = (REPO / "docs" / "data-audit.md").read_text(encoding="utf-8")
    assert [e for e in ds.events["event_id"] if e not in audit] == []


# --- Every quote verbatim, every value no more than its quotes ----------------------------


@pytest.mark.skipif(
    not SHARED_SOURCES.is_dir(), reason="../shared/sources is not beside the project"
)
def test_every_quote_is_verbatim_in_its_document(ds):
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


def test_every_event_has_claims_citing_its_own_excerpts(ds):
    assert set(ds.claims["event_id"]) == set(ds.events["event_id"])
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
    # "Wang Yi visited Tajikistan": the country is the place the source gives, and it
    # spans districts: no single province or district.
    tj = ev.loc["2021-wang-yi-visits-tajikistan"]
    assert tj["site_id"] == "tajikistan" and tj["country"] == "Tajikistan"
    assert pd.isna(tj["district"]) and pd.isna(tj["province"])
    assert ev.at["2021-11-pap-wakhan-patrols-reported", "district"] == "Wakhan"


def test_no_region_level_event_is_named_after_a_smaller_area(ds):
    """A place the sources give only as a region names that region and what holds it: the
    district it names (if any) holds all but a sliver of the region's outline."""
    ev = ds.events.set_index("event_id")
    districts = ds.reference.districts.set_index("name")
    region = ev[(ev["geo_precision"] == 3) & ev["district"].notna()]
    for event_id, row in region.iterrows():
        place = row.geometry
        inside = place.intersection(districts.geometry[row["district"]]).area / place.area
        assert inside > 0.9, (event_id, row["district"], f"{inside:.0%} of the place")
    # FMSO: "a base in Tajikistan's Gorno-Badakshan region": GBAO, no district.
    gbao = ev.loc["2019-base-in-gbao-revealed"]
    assert gbao["province"] == "Gorno-Badakhshan Autonomous Region (GBAO)"
    assert pd.isna(gbao["district"])
    # The Washington Post names "Tajikistan's Murghab district": that district.
    assert ev.at["2019-washington-post-report", "district"] == "Murghob District"


def test_guessed_places_are_not_exact(ds):
    assert (ds.sites["geo_precision"] >= 2).all()
    points = ds.sites[ds.sites.geom_type == "Point"]
    assert (points["precision_m"] > 0).all()


def test_the_funding_is_one_event_with_both_amounts(ds):
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


def test_a_search_for_funding_finds_the_events_that_say_funds_or_funded():
    from dashboard.store.embedded import open_store
    from dashboard.store.filters import Filters
    from dashboard.store.query import Query

    store = open_store(REPO)

    def found(query: str) -> set[str]:
        return set(store.rows(Query(*store.span(), filters=Filters(query=query)))["event_id"])

    funds = {  # the first says "funds", the other two "funded"; none says "funding"
        "2021-wakhan-base-funding",
        "2021-10-parliament-approves-wakhan-base",
        "2021-10-wakhan-mvd-base",
    }
    assert found("funding") == found("fund") == found("funded") == funds


def test_denials_are_claims_with_a_claimant(ds):
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


def test_evidence_follows_the_claims(ds):
    evidence = ds.events.set_index("event_id")["evidence"]
    assert evidence["2016-shaymak-facility"] == "denied"
    assert evidence["2021-wakhan-base-funding"] == "contested"
    assert evidence["2022-biennial-counterterrorism-exercise-agreement"] == "official"
    # CPC and Asia-Plus, independently, report the base; only Asia-Plus names the vote.
    assert evidence["2021-10-wakhan-mvd-base"] == "corroborated"
    assert evidence["2021-10-parliament-approves-wakhan-base"] == "reported"
    assert evidence["2019-joint-drills"] == "reported"


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


def test_citations_and_the_sources_behind_an_event(ds):
    assert ds.citation("cpc-2021-11-05") == (
        "Caspian Policy Center (CPC): Dante Schulz, “China Advances Security Apparatus in Tajikistan "
        "in the Aftermath of the Taliban Takeover”, 5 Nov 2021"
    )
    assert ds.citation("wapo-2019").endswith(", 2019 — via Caspian Policy Center (CPC)")
    behind = ds.sources_behind(["2016-shaymak-facility"])
    assert list(behind["publisher"]) == sorted(behind["publisher"])
    assert set(behind.index) == {"rferl-shaymak", "cpc-2021-11-05"}


# --- The region's settings: the dashboard as it was -----------------------------------------


def test_the_shipped_settings_are_todays_dashboard(ds):
    s = ds.settings
    assert s.source == "data directory"
    assert s.title == "China–Tajikistan security cooperation · Pamir / Wakhan"
    assert s.page_title == "China–Tajikistan security cooperation"
    assert s.attribution == ATTRIBUTION
    assert s.focus_country == "TJK"
    assert s.bbox == EXTENT == ds.reference.bounds
    # The sidebar's Area presets as they were written in ui/controls.py.
    assert s.area_presets() == {
        "Whole region": (37.8, 72.3, 5.9),
        "Eastern Pamir: Murghab – Shaymak": (37.85, 74.2, 7.6),
        "Wakhan (Tajik and Afghan sides)": (37.0, 72.9, 7.3),
        "GBAO": (38.0, 72.9, 6.9),
    }
    assert s.reference_layers == REFERENCE_LAYERS
    assert s.search_placeholder == "e.g. Murghab, yuan, PAP"
    assert (s.no_place, s.no_place_note, s.no_place_detail) == (
        "no place given",
        "have no place in the sources",
        "No place given in the sources",
    )


def test_the_shipped_settings_file_sets_every_key_cleanly():
    """It is the example people copy: every declared key, each valid."""
    found = read_settings(REPO / SETTINGS_FILE)
    assert found.problems == []
    assert set(found.values) == {k.name for k in KEYS}


def test_the_shipped_page_is_unchanged(monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(REPO))
    at = run()
    no_errors(at)
    assert [t.value for t in at.title] == ["China–Tajikistan security cooperation · Pamir / Wakhan"]
    assert at.sidebar.selectbox(key="w_view").options == [
        "Custom view",
        "Whole region",
        "Eastern Pamir: Murghab – Shaymak",
        "Wakhan (Tajik and Afghan sides)",
        "GBAO",
    ]
    spec = map_spec(at)
    assert spec["extent"] == list(EXTENT) and "ref-districts" not in layer_ids(at)
    assert (spec["view"]["latitude"], spec["view"]["longitude"], spec["view"]["zoom"]) == (
        37.8,
        72.3,
        5.9,
    )
    assert "w_layer_districts" in [c.key for c in at.sidebar.checkbox]
    assert at.sidebar.text_input(key="w_query").placeholder == "e.g. Murghab, yuan, PAP"
    assert ATTRIBUTION in texts(at)


# --- The shipped narrative: each step rests on its own events' quotes ------------------------


@pytest.fixture(scope="module")
def shipped_store():
    from dashboard.store.embedded import open_store

    return open_store(REPO)


def _steps(store):
    from dashboard.view.query import context_of

    ctx = context_of(store)
    return [(n, s, ctx) for n in store.dataset.narratives for s in n.steps]


def test_the_package_ships_a_narrative_of_several_steps(ds):
    assert ds.narratives, "the package ships no narrative"
    assert all(5 <= len(n.steps) <= 8 for n in ds.narratives)


def test_every_step_s_view_is_a_link_the_page_shows_as_written(shipped_store):
    from dashboard.view.story import step_view

    for narrative, step, ctx in _steps(shipped_store):
        _, notes = step_view(step, ctx)
        assert not notes, (narrative.narrative_id, step.number, notes)


def test_every_caption_fits_and_rests_on_excerpts_of_the_step_s_events(shipped_store):
    from dashboard.contract.narratives import CAPTION_CHARS
    from dashboard.view.query import query_of
    from dashboard.view.story import step_view

    excerpts = shipped_store.dataset.excerpts.set_index("excerpt_id")
    for narrative, step, ctx in _steps(shipped_store):
        where = (narrative.narrative_id, step.number)
        assert 0 < len(step.caption) <= CAPTION_CHARS, where
        assert step.excerpt_ids, where
        state, _ = step_view(step, ctx)
        shown = shipped_store.rows(query_of(state))["event_id"]
        events = {state.event, *shown}
        for excerpt_id in step.excerpt_ids:
            assert excerpt_id in excerpts.index, (where, excerpt_id)
            assert excerpts.at[excerpt_id, "event_id"] in events, (where, excerpt_id)


def test_a_disputed_step_shows_the_claim_and_the_denial(shipped_store):
    """Where a step's event is denied or contested, the step cites both sides."""
    ds = shipped_store.dataset
    from dashboard.view.story import step_view

    excerpts = ds.excerpts.set_index("excerpt_id")
    evidence = ds.events.set_index("event_id")["evidence"]
    seen = set()
    for narrative, step, ctx in _steps(shipped_store):
        event = step_view(step, ctx)[0].event
        cited = excerpts.loc[list(step.excerpt_ids)]
        where = (narrative.narrative_id, step.number)
        if evidence.get(event) == "denied":
            assert {"supports", "denies"} <= set(cited["stance"]), where
            seen.add("denied")
        if evidence.get(event) == "contested":
            # Each amount's source: the claims side by side, not one of them.
            amounts = ds.claims[ds.claims["excerpt_id"].isin(step.excerpt_ids)]
            assert amounts.loc[amounts["property"] == "amount", "amount"].nunique() >= 2, where
            seen.add("contested")
    assert seen == {"denied", "contested"}


# --- Round trips: what goes out comes back as written ---------------------------------------


def test_the_geoparquet_round_trip_gives_back_the_same_text(tmp_path, capsys):
    out, back = tmp_path / "events.parquet", tmp_path / "back"
    assert main(["export-geoparquet", "--data-dir", str(REPO), "--out", str(out)]) == 0
    assert main(["import-geoparquet", str(out), "--out", str(back)]) == 0
    assert main(["validate", "--data-dir", str(back)]) == 0
    assert "No problems found." in capsys.readouterr().out
    for name in ("events", "sources", "excerpts", "claims", "narratives", "narrative_steps"):
        assert table(REPO, name).equals(table(back, name)), name


def test_the_postgis_round_trip_gives_back_the_same_files(tmp_path):
    from dashboard.store.postgis import package as postgis
    from devkit.pg import require_postgis, throwaway_cluster

    require_postgis()
    with throwaway_cluster() as uri:
        result = postgis.import_package(REPO, uri)
        ds = result.dataset
        assert result.rows["events"] == len(ds.events) and result.rows["sites"] == len(ds.sites)
        assert_round_trip(REPO, uri, tmp_path)
        for name in ("narratives.csv", "narrative_steps.csv"):
            assert (tmp_path / name).read_bytes() == (REPO / name).read_bytes(), name

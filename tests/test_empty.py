"""A view that shows no event says why and offers to clear it (``view.empty``, drawn by
``ui.empty``): on the designed synthetic package (tests/synthetic.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.store.filters import Filters
from dashboard.view.empty import FILTERS, SEARCH, WINDOW_RANGE, why_empty
from dashboard.view.query import default_view, query_of
from pages import listed, no_errors, run, texts
from synthetic import EXPECTED, write_package


@pytest.fixture(autouse=True)
def _synthetic_data(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(write_package(tmp_path_factory.mktemp("e"))))


def test_a_search_that_finds_nothing_is_named(synthetic_store):
    store = synthetic_store
    view = replace(default_view(store), filters=Filters(query="xyzzy"))
    assert store.count(query_of(view)) == 0
    why = why_empty(store, view, store.span())
    assert why.search_alone == 0
    assert [(c.group, c.without) for c in why.constraints] == [(SEARCH, len(EXPECTED))]
    assert why.lines() == [
        "The search “xyzzy” finds no event at any date, with no filter. "
        f"Without the search “xyzzy”: {len(EXPECTED)} events."
    ]
    assert why.cleared == {SEARCH: len(EXPECTED)}


def test_each_constraint_says_what_the_view_would_show_without_it(synthetic_store):
    store = synthetic_store
    # The funding of the post (October 2021), searched for in 2016: nothing.
    view = replace(
        default_view(store),
        start=date(2016, 1, 1),
        end=date(2016, 12, 31),
        filters=Filters(query="funding", categories=("funding", "agreement")),
    )
    assert store.count(query_of(view)) == 0
    why = why_empty(store, view, store.span())
    without = {c.text: c.without for c in why.constraints}
    assert without == {
        "the search “funding”": 0,  # nothing else in 2016 is a funding or an agreement
        "the category filter (funding, agreement)": 0,  # the base in 2016 says no "funding"
        "the time range 2016-01-01 – 2016-12-31": 1,  # the funding itself
    }
    assert why.search_alone == 1
    assert why.cleared == {SEARCH: 0, FILTERS: 0, WINDOW_RANGE: 1}
    assert "Without the time range 2016-01-01 – 2016-12-31: 1 event." in why.lines()


def test_the_page_names_the_empty_search_and_clearing_it_brings_the_events_back():
    at = run({"q": "xyzzy"})
    no_errors(at)
    assert listed(at) == []
    page = texts(at)
    assert "No event matches this view." in page
    assert "The search “xyzzy” finds no event" in page
    at.button(key="w_empty_search").click().run()
    no_errors(at)
    assert set(listed(at)) == set(EXPECTED)
    assert "q" not in at.query_params and at.text_input(key="w_query").value == ""
    assert "No event matches this view." not in texts(at)


def test_the_page_offers_the_whole_time_range_when_the_range_leaves_nothing():
    at = run({"from": "2016-01-01", "to": "2016-12-31", "cat": "funding"})
    no_errors(at)
    assert listed(at) == []
    assert "Without the time range 2016-01-01 – 2016-12-31: 1 event." in texts(at)
    at.button(key="w_empty_window").click().run()
    assert listed(at) == ["ev-funding"]


def test_when_no_single_constraint_is_the_cause_it_says_so(synthetic_store):
    store = synthetic_store
    # The drill (an exercise in mid-2020), searched for among 2016's fundings.
    view = replace(
        default_view(store),
        start=date(2016, 1, 1),
        end=date(2016, 12, 31),
        filters=Filters(query="drill", categories=("funding",)),
    )
    why = why_empty(store, view, store.span())
    assert [c.without for c in why.constraints] == [0, 0, 0]
    assert why.lines()[-1] == "Clearing any one of these still shows nothing: clear several."

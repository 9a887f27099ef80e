"""The store and the vectorised loading give the same answers as simple reference
implementations (plain loops over rows), on generated data, for generated questions."""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from snowballstemmer.english_stemmer import EnglishStemmer

from dashboard.contract.catalog import EVENT_LAYERS
from dashboard.contract.schema import CATEGORIES, STATUSES, load_package
from dashboard.contract.validate import check_value, suspects
from dashboard.store.embedded import open_store
from dashboard.store.filters import Filters, all_actors
from dashboard.store.query import Query
from dashboard.view.window import filter_time
from devkit.synth import ACTORS, generate

LAYER_IDS = tuple(g.id for g in EVENT_LAYERS)
WORDS = ("base", "exercise", "ev-1", "EV-2", "Synthetic", "quote about", "town 3", "zz",
         "funded", "exercising", "bases", "Actor B", "act", "ev-1234", "%")  # fmt: skip
STEMMER = EnglishStemmer()


def reference_words(text: str) -> list[str]:
    """store.search's words, the plain way: lower case, apostrophes out, runs of letters
    and digits (the generated text is ASCII)."""
    text = text.lower().replace("'", "").replace("’", "")
    return re.findall(r"[^\W_]+", text)


def reference_found(query: str, texts: list[str]) -> bool:
    """store.search's rule, word by word: each query word has the stem of a text word or
    (three characters or more) begins one."""
    words = [w for t in texts for w in reference_words(t)]
    stems = {STEMMER.stemWord(w) for w in words}
    wanted = reference_words(query)
    return bool(wanted) and all(
        STEMMER.stemWord(q) in stems or (len(q) >= 3 and any(w.startswith(q) for w in words))
        for q in wanted
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return open_store(generate(400, tmp_path_factory.mktemp("synth") / "data", seed=11))


def reference_visible(store, q: Query) -> set[str]:
    """What a view shows, row by row: the definition the store must match."""
    ds = store.dataset
    quotes: dict[str, list[str]] = {}
    for eid, quote in zip(ds.excerpts["event_id"], ds.excerpts["quote"], strict=True):
        quotes.setdefault(eid, []).append(quote)
    f = q.filters
    keep = []
    for _, e in ds.events.iterrows():
        actors = [a.strip() for a in e["actors"].split(";") if a.strip()]
        text = [e["title"], e["summary"], e["actors"], str(e["site_name"] or "")]
        text += quotes.get(e["event_id"], [])
        ok = (
            e["category"] in f.categories
            and e["status"] in f.statuses
            and e["geo_precision"] <= f.max_precision
            and (not f.actors or bool(set(f.actors) & set(actors)))
            and (not f.query.strip() or reference_found(f.query, text))
            and (q.layers is None or e["layer"] in q.layers)
        )
        keep.append(ok)
    passed = ds.events[np.array(keep, dtype=bool)]
    shown = filter_time(passed, q.start, q.end, q.mode)
    if q.bbox is not None:
        west, south, east, north = q.bbox
        lon = np.array([store.lon[store.position(e)] for e in shown["event_id"]])
        lat = np.array([store.lat[store.position(e)] for e in shown["event_id"]])
        inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
        shown = shown[inside] if len(shown) else shown
    return set(shown["event_id"])


@st.composite
def queries(draw) -> Query:
    first = date(1999, 6, 1)
    start = first + timedelta(days=draw(st.integers(0, 27 * 365)))
    end = start + timedelta(days=draw(st.integers(0, 8 * 365)))

    def often(default, strategy):
        # Half the time a filter is left alone: combined, every filter at once leaves too
        # few events for the window logic to be tested.
        return draw(st.one_of(st.just(default), strategy))

    filters = Filters(
        categories=often(CATEGORIES, st.sets(st.sampled_from(CATEGORIES), min_size=1).map(tuple)),
        statuses=often(STATUSES, st.sets(st.sampled_from(STATUSES), min_size=1).map(tuple)),
        actors=often((), st.sets(st.sampled_from(ACTORS), max_size=3).map(tuple)),
        max_precision=often(3, st.integers(1, 3)),
        query=often("", st.sampled_from(WORDS)),
    )
    layers = often(None, st.sets(st.sampled_from(LAYER_IDS)).map(tuple))
    bbox = often(
        None, st.tuples(st.floats(66, 72), st.floats(35, 38), st.floats(72, 77), st.floats(38, 41))
    )
    return Query(start, end, draw(st.sampled_from(("window", "asof"))), filters, layers, bbox)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=queries())
def test_the_store_shows_what_the_reference_shows(store, q):
    pos = store.visible(q)
    ids = store.dataset.events["event_id"].to_numpy()[pos]
    assert set(ids) == reference_visible(store, q)
    assert len(ids) == len(set(ids)) == store.count(q)
    # Oldest first, ties by id.
    starts = store.start_day[pos]
    assert (np.diff(starts) >= 0).all()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=queries())
def test_bins_count_the_visible_events(store, q):
    everywhen = Query(*store.span(), "window", q.filters, q.layers, q.bbox)
    for freq in ("W", "MS", "YS"):  # weeks start on Mondays, before the first event
        bins = store.time_bins(q, freq)
        if freq == "W":
            assert (bins["start"].dt.day_of_week == 0).all()
        assert bins["count"].sum() == store.count(everywhen), freq
        assert (bins["start"].diff().dropna() > pd.Timedelta(0)).all()
        assert bins["start"].iloc[0] <= pd.Timestamp(store.span()[0])
    cells = store.space_bins(q, 0.5)
    # Every visible event with a place is in one cell; events with no place are in none.
    assert cells["count"].sum() == np.isfinite(store.lon[store.visible(q)]).sum()


def test_as_of_rows_are_faded_when_over_before_the_range(store):
    q = Query(date(2015, 1, 1), date(2016, 12, 31), "asof")
    rows = store.rows(q)
    assert rows["faded"].any() and not rows["faded"].all()
    assert (rows.loc[rows["faded"], "end"] < pd.Timestamp(q.start)).all()
    assert (rows.loc[~rows["faded"], "end"] >= pd.Timestamp(q.start)).all()


def test_lookups_and_actors(store):
    ev = store.dataset.events
    some = ev["event_id"].iloc[17]
    assert store.event(some)["event_id"] == some
    assert store.has_event(some) and not store.has_event("no-such-event")
    assert store.actors() == all_actors(ev)
    behind = store.sources_behind(store.visible(Query(*store.span())))
    assert set(behind.index) == set(store.dataset.excerpts["source_id"])


# -- the vectorised validator against the per-value rule -----------------------------------

FIELDS = [f for r in load_package().resources for f in r.fields]
TRICKY = st.sampled_from(
    [
        "",
        "1",
        "02",
        "+3",
        "1.5",
        "1e400",
        "nan",
        "inf",
        "-Infinity",
        "1_000",
        " 7",
        "2019",
        "2019-02-29",
        "2020-02-29",
        "2019-13",
        "0000",
        "https://example.org/x",
        "HTTP://EXAMPLE.ORG",
        "http://[::1",
        "javascript:alert(1)",
        "ftp://x",
        "https://",
        "base",
        "Base",
        "supports",
        "a-b-c",
        "-a",
        "ä",
        "<script>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(TRICKY | st.text(max_size=12), min_size=1, max_size=20))
def test_suspects_never_miss_a_broken_value(values):
    """The whole-column pass may over-select (the per-value rule then decides) but must
    never let a value that breaks a rule through."""
    column = pd.Series(values, dtype="str")
    for f in FIELDS:
        flagged = suspects(f, column)
        for value, hit in zip(values, flagged, strict=True):
            if check_value(f, value) is not None:
                assert hit, (f.name, value, check_value(f, value))

"""URL state: typed parsing with defaults and notes, and the round trip."""

from dataclasses import fields
from datetime import date, timedelta
from urllib.parse import parse_qs, urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.contract.catalog import LAYER_IDS
from dashboard.contract.schema import CATEGORIES, EVIDENCE, STATUSES
from dashboard.store.filters import Filters
from dashboard.view.state import Context, ViewState
from dashboard.view.url import PARAMS, SPAN_KEYS, parse_query, to_query
from dashboard.view.window import MODES

CTX = Context(
    span=(date(2005, 1, 1), date(2022, 12, 31)),
    event_ids=frozenset({"ev-a", "ev-b"}),
    site_ids=frozenset({"site-x"}),
    actors=frozenset({"China", "Tajikistan", "Wang Yi"}),
    # The opening view comes from the region's settings: a region's, not the world's.
    center=(37.8, 72.3),
    zoom=5.9,
)


def test_no_params_give_the_defaults():
    state, notes = parse_query({}, CTX)
    assert state == CTX.default_state()
    assert notes == []


def test_round_trip():
    state = ViewState(
        start=date(2016, 3, 1),
        end=date(2021, 10, 31),
        mode="asof",
        layers=("bases", "places"),
        filters=Filters(
            categories=("base", "funding"),
            statuses=("denied",),
            actors=("China", "Wang Yi"),
            max_precision=2,
            query="yuan & $10 [x](javascript:y)",
        ),
        event="ev-b",
        site="site-x",
        lat=37.25,
        lon=74.5,
        zoom=8.25,
        present=True,
    )
    parsed, notes = parse_query(to_query(state), CTX)
    assert notes == []
    assert parsed == state


@pytest.mark.parametrize(
    ("params", "field", "value", "note"),
    [
        ({"from": "2021-02-30"}, "start", date(2005, 1, 1), "from='2021-02-30'"),
        ({"from": "1990-01-01"}, "start", date(2005, 1, 1), "outside the data"),
        ({"to": "2030-01-01"}, "end", date(2022, 12, 31), "outside the data"),
        ({"from": "2020-01-01", "to": "2019-01-01"}, "start", date(2005, 1, 1), "is after"),
        ({"mode": "fast"}, "mode", "window", "mode='fast'"),
        ({"layers": "bases,nope"}, "layers", ("bases",), "'nope'"),
        # A typo and nothing else: the sender meant layers, not none; the default is used.
        ({"layers": "bsaes"}, "layers", CTX.default_state().layers, "using the default"),
        ({"layers": ""}, "layers", (), None),
        ({"cat": "base,weapons"}, "filters", Filters(categories=("base",)), "'weapons'"),
        ({"actor": ["China", "Nobody"]}, "filters", Filters(actors=("China",)), "actor='Nobody'"),
        ({"prec": "0"}, "filters", Filters(), "prec='0'"),
        ({"zoom": "nan"}, "zoom", 5.9, "zoom='nan'"),
        ({"zoom": "99"}, "zoom", 5.9, "zoom='99'"),
        ({"lat": "1e400"}, "lat", 37.8, "lat="),
        ({"event": "__import__('os')"}, "event", None, "event="),
        ({"site": "site-x"}, "site", "site-x", None),
        ({"present": "maybe"}, "present", False, "present='maybe'"),
        ({"x": "1"}, "mode", "window", "unknown parameter 'x'"),
        ({"q": "a" * 500}, "filters", Filters(query="a" * 200), "longer than 200"),
    ],
)
def test_bad_values_fall_back_with_a_note(params, field, value, note):
    state, notes = parse_query(params, CTX)
    assert getattr(state, field) == value
    if note is None:
        assert notes == []
    else:
        assert any(note in n for n in notes), notes


def test_a_year_or_a_month_means_the_whole_period():
    """`--from 2019` or `?to=2021-06`: as the data's own dates read, no note."""
    state, notes = parse_query({"from": ["2019"], "to": ["2021-06"]}, CTX)
    assert notes == []
    assert (state.start, state.end) == (date(2019, 1, 1), date(2021, 6, 30))
    state, notes = parse_query({"from": ["2019-10"], "to": ["2019"]}, CTX)
    assert (state.start, state.end) == (date(2019, 10, 1), date(2019, 12, 31)) and notes == []
    _, notes = parse_query({"from": ["2019-13"]}, CTX)
    assert any("from='2019-13'" in n for n in notes)


def test_lists_take_the_last_single_value_and_say_so():
    state, notes = parse_query({"mode": ["window", "asof"]}, CTX)
    assert state.mode == "asof"
    assert notes == ["mode was given 2 times; using the last one."]
    # Actors are a list by design.
    _, notes = parse_query({"actor": ["China", "Tajikistan"]}, CTX)
    assert notes == []


@pytest.mark.parametrize("key", ["cat", "layers", "mode", "zoom", "event", "from", "actor", "zz"])
def test_a_huge_value_is_quoted_short(key):
    """A 10 kB value (or name) is never echoed in full into the notes."""
    huge = "<script>" + "x" * 10_000
    params = {huge: "1"} if key == "zz" else {key: huge}
    _, notes = parse_query(params, CTX)
    assert notes and all(len(n) < 400 for n in notes), notes


def test_every_field_is_set_by_exactly_one_parameter():
    """The table is the whole URL: each field of the view (and of its filters) has one
    parameter, and each parameter one field."""
    wanted = [f.name for f in fields(ViewState) if f.name != "filters"]
    wanted += [f"filters.{f.name}" for f in fields(Filters)]
    assert sorted(p.field for p in PARAMS) == sorted(wanted)
    assert len({p.name for p in PARAMS}) == len(PARAMS)
    assert SPAN_KEYS == ("from", "to")


def _subset(values: tuple[str, ...]):
    """A subset of ``values`` in their own (canonical) order, possibly empty."""
    return st.lists(st.sampled_from(values), unique=True).map(
        lambda chosen: tuple(v for v in values if v in chosen)
    )


def _fixed(lo: float, hi: float, places: int):
    """Numbers as a link writes them: ``places`` decimals."""
    scale = 10**places
    return st.integers(round(lo * scale), round(hi * scale)).map(lambda n: n / scale)


@st.composite
def view_states(draw) -> ViewState:
    lo, hi = CTX.span
    days = st.integers(0, (hi - lo).days).map(lambda n: lo + timedelta(days=n))
    start, end = sorted((draw(days), draw(days)))
    return ViewState(
        start=start,
        end=end,
        mode=draw(st.sampled_from(MODES)),
        layers=draw(_subset(LAYER_IDS)),
        filters=Filters(
            categories=draw(_subset(CATEGORIES)),
            statuses=draw(_subset(STATUSES)),
            evidence=draw(_subset(EVIDENCE)),
            actors=tuple(draw(st.lists(st.sampled_from(sorted(CTX.actors)), unique=True))),
            max_precision=draw(st.sampled_from((1, 2, 3))),
            query=draw(st.text(max_size=200)),
        ),
        event=draw(st.sampled_from((None, "ev-a", "ev-b"))),
        site=draw(st.sampled_from((None, "site-x"))),
        lat=draw(_fixed(-85, 85, 4)),
        lon=draw(_fixed(-180, 180, 4)),
        zoom=draw(_fixed(2, 14, 2)),
        present=draw(st.booleans()),
    )


@settings(max_examples=200, deadline=None)
@given(view_states())
def test_any_view_survives_its_link(state):
    """parse_query(to_query(state)) == state, also through a real query string."""
    assert parse_query(to_query(state), CTX) == (state, [])
    link = urlencode(to_query(state), doseq=True)
    assert parse_query(parse_qs(link, keep_blank_values=True), CTX) == (state, [])


def test_a_default_view_writes_only_the_parameters_always_written():
    """Filters that narrow nothing and an empty selection stay out of the link; the rest
    come in a fixed order, lat and lon with 4 decimals, zoom with 2."""
    written = to_query(CTX.default_state())
    assert list(written.items()) == [
        ("from", "2005-01-01"),
        ("to", "2022-12-31"),
        ("mode", "window"),
        ("layers", ",".join(CTX.default_state().layers)),
        ("cat", ",".join(CATEGORIES)),
        ("status", ",".join(STATUSES)),
        ("prec", "3"),
        ("lat", "37.8000"),
        ("lon", "72.3000"),
        ("zoom", "5.90"),
    ]

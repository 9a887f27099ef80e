"""The sidebar's time controls through AppTest: dates typed into From and To, a From
after the To, and Play on the whole span (the browser tests type and press the keys)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pages import no_errors, run, texts
from synthetic import write_package

_PACKAGE = None


@pytest.fixture(autouse=True)
def synthetic_data(monkeypatch, tmp_path_factory):
    global _PACKAGE
    if _PACKAGE is None:
        _PACKAGE = write_package(tmp_path_factory.mktemp("time"))
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(_PACKAGE))


def _window(at) -> tuple[str, str]:
    return at.query_params["from"], at.query_params["to"]


def _notes(at) -> list[str]:
    """The warnings under the date fields, as read (no-break spaces as spaces)."""
    return [w.value.replace("\\", "").replace("\u00a0", " ") for w in at.sidebar.warning]


def test_typed_dates_move_the_range_the_slider_and_the_link():
    at = run()
    at.text_input(key="w_from").input("2019-03-04").run()
    no_errors(at)
    assert at.query_params["from"] == "2019-03-04"
    assert at.slider(key="w_range").value[0] == date(2019, 3, 4)
    # A year means its whole period: as the end of the range, its last day.
    at.text_input(key="w_to").input("2020").run()
    assert _window(at) == ("2019-03-04", "2020-12-31")
    assert at.text_input(key="w_to").value == "2020-12-31"
    assert "Window: 04 Mar 2019 – 31 Dec 2020" in texts(at)
    assert _notes(at) == []


def test_a_from_after_the_to_keeps_the_range_and_says_what_was_kept():
    at = run({"from": "2019-01-01", "to": "2020-12-31"})
    at.text_input(key="w_from").input("2021-05-01").run()
    no_errors(at)
    assert _window(at) == ("2019-01-01", "2020-12-31")  # not one day, not moved
    assert at.text_input(key="w_from").value == "2019-01-01"
    [note] = _notes(at)
    assert "From 01 May 2021 is after To 31 Dec 2020" in note
    assert "Kept 01 Jan 2019 – 31 Dec 2020" in note and "set To first" in note
    # The other way round, and a date that does not exist: the same range, said so.
    at.text_input(key="w_to").input("2018-06").run()
    assert _window(at) == ("2019-01-01", "2020-12-31")
    assert "To 30 Jun 2018 is before From 01 Jan 2019" in _notes(at)[0]
    at.text_input(key="w_to").input("2019-02-30").run()
    assert _window(at) == ("2019-01-01", "2020-12-31")
    assert "day 30 does not exist in February 2019" in _notes(at)[0]
    # A date that fits applies, and the note goes.
    at.text_input(key="w_to").input("2019-06-30").run()
    assert _window(at) == ("2019-01-01", "2019-06-30") and _notes(at) == []


def test_play_on_all_starts_a_year_long_window_at_the_data_s_first_day():
    at = run()
    first, last = at.slider(key="w_range").value  # "All": the data's whole span
    assert at.selectbox(key="w_preset").value == "All"
    at.button(key="w_play").click().run()
    no_errors(at)
    assert at.session_state["playing"] is True
    assert _window(at) == (first.isoformat(), (first + timedelta(days=365)).isoformat())
    assert first + timedelta(days=365) < last  # there is somewhere to play to

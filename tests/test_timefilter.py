"""Time filtering (window / as of), presets and playback steps."""

from datetime import date, timedelta
from itertools import pairwise

import pandas as pd
import pytest

from dashboard.view.window import (
    AS_OF,
    WINDOW,
    data_span,
    filter_time,
    playback_start,
    presets,
    step_range,
    typed_range,
)

EVENTS = pd.DataFrame(
    {
        "event_id": ["base-2016", "drill-2019", "visit-2021-07", "pub-2022-11-21"],
        "start": pd.to_datetime(["2016-01-01", "2019-01-01", "2021-07-01", "2022-11-21"]),
        "end": pd.to_datetime(["2019-12-31", "2019-12-31", "2021-11-05", "2022-11-21"]),
    }
)


@pytest.mark.parametrize(
    ("mode", "start", "end", "shown", "faded"),
    [
        (WINDOW, date(2016, 6, 1), date(2016, 6, 30), {"base-2016"}, set()),
        (
            WINDOW,
            date(2019, 12, 31),
            date(2021, 7, 1),
            {"base-2016", "drill-2019", "visit-2021-07"},
            set(),
        ),
        (WINDOW, date(2020, 1, 1), date(2021, 6, 30), set(), set()),
        (WINDOW, date(2022, 11, 21), date(2022, 11, 21), {"pub-2022-11-21"}, set()),
        (
            AS_OF,
            date(2021, 1, 1),
            date(2021, 12, 31),
            {"base-2016", "drill-2019", "visit-2021-07"},
            {"base-2016", "drill-2019"},
        ),
        (AS_OF, date(2015, 1, 1), date(2015, 12, 31), set(), set()),
        (AS_OF, date(2005, 1, 1), date(2022, 12, 31), set(EVENTS["event_id"]), set()),
    ],
)
def test_filter_time(mode, start, end, shown, faded):
    out = filter_time(EVENTS, start, end, mode)
    assert set(out["event_id"]) == shown
    assert set(out.loc[out["faded"], "event_id"]) == faded


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="mode was 'fast'"):
        filter_time(EVENTS, date(2020, 1, 1), date(2020, 2, 1), "fast")


def test_span_and_presets():
    span = data_span(EVENTS)
    assert span == (date(2016, 1, 1), date(2022, 11, 21))
    p = presets(span)
    assert p["All"] == span
    assert p["Last 12 months of the data"] == (date(2021, 11, 21), date(2022, 11, 21))
    assert p["2019"] == (date(2019, 1, 1), date(2019, 12, 31))
    assert p["2022"] == (date(2022, 1, 1), date(2022, 11, 21))
    assert "2015" not in p


def test_playback_slides_to_the_end_and_stops():
    span = data_span(EVENTS)
    frame = playback_start(date(2018, 1, 1), date(2018, 12, 31), span)
    assert frame[0] == span[0]
    width = frame[1] - frame[0]
    frames = 0
    while (nxt := step_range(*frame, span)) is not None:
        assert nxt[1] > frame[1] and nxt[1] - nxt[0] <= width
        frame = nxt
        frames += 1
    assert frame[1] == span[1]
    assert 10 <= frames <= 60


def _frames(frame, span):
    frames = [frame]
    while (nxt := step_range(*frames[-1], span)) is not None:
        frames.append(nxt)
    return frames


def test_playing_the_whole_span_steps_a_year_from_the_first_day_to_the_last():
    """Play on "All": nothing to slide, so a year's window walks the data's whole span."""
    span = data_span(EVENTS)
    frames = _frames(playback_start(*span, span), span)
    assert frames[0] == (span[0], span[0] + timedelta(days=365))  # a year from the start
    assert frames[-1][1] == span[1]
    assert 10 <= len(frames) <= 60
    assert all(b[1] > a[1] for a, b in pairwise(frames))
    # Data of under four years plays a quarter of its span.
    short = (date(2020, 1, 1), date(2021, 12, 31))
    first = playback_start(*short, short)
    assert first == (short[0], short[0] + (short[1] - short[0]) // 4)
    assert _frames(first, short)[-1][1] == short[1]


SPAN = (date(2015, 1, 1), date(2022, 2, 28))
NOW = (date(2019, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize(
    ("text", "last", "window", "note"),
    [
        ("2019-03-04", False, (date(2019, 3, 4), NOW[1]), None),
        (" 2020 ", True, (NOW[0], date(2020, 12, 31)), None),  # a year: to its last day
        ("2019-06", False, (date(2019, 6, 1), NOW[1]), None),
        ("", False, (SPAN[0], NOW[1]), None),  # empty: the data's first day
        ("1990", False, (SPAN[0], NOW[1]), "outside the data"),
        (
            "2021-05-01",
            False,
            NOW,
            "From 01\u00a0May\u00a02021 is after To 31\u00a0Dec\u00a02020. Kept "
            "01\u00a0Jan\u00a02019 – 31\u00a0Dec\u00a02020. To move the range later, set To first.",
        ),
        ("2018-06", True, NOW, "To 30\u00a0Jun\u00a02018 is before From 01\u00a0Jan\u00a02019."),
        ("2019-02-30", False, NOW, "“2019-02-30” is not a date: day 30 does not exist in February"),
        ("next week", True, NOW, "Type YYYY-MM-DD"),
    ],
)
def test_a_typed_date_moves_one_end_or_keeps_the_range_and_says_why(text, last, window, note):
    got, said = typed_range(text, last, NOW, SPAN)
    assert got == window
    if note is None:
        assert said is None
    else:
        assert note in said

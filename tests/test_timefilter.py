"""Time filtering (window / as of), presets and playback steps."""

from datetime import date

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

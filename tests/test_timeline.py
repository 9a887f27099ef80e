"""The timeline chart's spec, read as Vega-Lite would draw it: what each row shows."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.render import timeline as T
from dashboard.scene.fontmetrics import text_width, wrap
from dashboard.view.window import WINDOW


@pytest.fixture(scope="module")
def events(synthetic_store):
    return synthetic_store.dataset.events


def _spec(events, span, selected=None) -> dict:
    chart = T.timeline_chart(events, span[0], span[1], WINDOW, span, selected, width=800)
    return chart.to_dict(validate=False)


def _rows(spec: dict, layer: dict) -> list[dict]:
    """The rows a layer draws: its data (or the chart's), through its filters."""
    rows = spec["datasets"][(layer.get("data") or spec["data"])["name"]]
    for step in layer.get("transform", []):
        if "filter" in step:
            f = step["filter"]
            rows = [r for r in rows if r.get(f["field"]) == f["equal"]]
    return rows


def _layers_with(spec: dict, event_id: str):
    """(layer, the event's row in that layer's data) for each layer that draws it."""
    for layer in spec["layer"]:
        for row in _rows(spec, layer):
            if row.get("event_id") == event_id:
                yield layer, row


def _alpha(colour: str) -> int:
    """The alpha of '#rrggbb' (opaque) or '#rrggbbaa'."""
    return int(colour[7:9], 16) if len(colour) == 9 else 255


def _day(value: str) -> str:
    return str(pd.Timestamp(value).date())


def _marks(spec: dict, event_id: str):
    """The layers that draw the event on the time axis (not its label)."""
    return [(lay, row) for lay, row in _layers_with(spec, event_id) if "x" in lay["encoding"]]


def test_an_open_start_is_a_short_fading_stub_never_a_span_from_the_first_day(
    synthetic_store, events
):
    """ev-camp: "… – 5 Nov 2021" (no start given). Nothing is drawn from the data's first
    day; what is drawn is a stub of a fixed length ending on the known day, fading out
    to the left, that says the start is not given."""
    span = synthetic_store.span()
    spec = _spec(events, span)
    marks = _marks(spec, "ev-camp")
    assert marks, "the event is drawn"
    for layer, row in marks:
        enc = layer["encoding"]
        assert _day(row[enc["x"]["field"]]) != str(span[0])
        # Both ends at the known day: the length comes from the offsets, not from dates.
        assert enc["x2"]["field"] == enc["x"]["field"]
        assert _day(row[enc["x"]["field"]]) == "2021-11-06"  # the end of 5 Nov
        mark = layer["mark"]
        assert (mark["xOffset"], mark["x2Offset"]) == (-T.STUB_PX, 0)
        assert T.STUB_PX <= 40  # short
        stops = mark["fill"]["stops"]
        assert (_alpha(stops[0]["color"]), _alpha(stops[-1]["color"])) == (0, 255)
        tips = [row[t["field"]] for t in enc["tooltip"]]
        assert any("start not given" in str(t) for t in tips)


def test_an_open_end_is_a_stub_from_the_start_never_a_span_to_the_last_day(synthetic_store, events):
    """ev-base: "2016 – …" (no end given): a stub from the start of 2016 fading out to the
    right, never a bar to the data's last day."""
    span = synthetic_store.span()
    spec = _spec(events, span)
    marks = _marks(spec, "ev-base")
    assert marks
    last_day_end = str((pd.Timestamp(span[1]) + pd.Timedelta(days=1)).date())
    for layer, row in marks:
        enc = layer["encoding"]
        assert _day(row[enc["x"]["field"]]) == "2016-01-01"
        assert enc["x2"]["field"] == enc["x"]["field"]
        assert _day(row[enc["x2"]["field"]]) != last_day_end
        assert (layer["mark"]["xOffset"], layer["mark"]["x2Offset"]) == (0, T.STUB_PX)
        stops = layer["mark"]["fill"]["stops"]
        assert (_alpha(stops[0]["color"]), _alpha(stops[-1]["color"])) == (255, 0)
        assert any("end not given" in str(row[t["field"]]) for t in enc["tooltip"])


def test_closed_periods_stay_bars_from_start_to_end(synthetic_store, events):
    spec = _spec(events, synthetic_store.span())
    [(layer, row)] = _marks(spec, "ev-drill")  # Jun 2020 – Jul 2020
    enc = layer["encoding"]
    assert (_day(row[enc["x"]["field"]]), _day(row[enc["x2"]["field"]])) == (
        "2020-06-01",
        "2020-08-01",
    )


LONG = (
    "A deliberately long invented title that names every party, the place, the amount "
    "and the reason, so that no label column could hold it on a single line"
)


def test_a_long_title_is_shown_whole_in_lines_that_fit_the_label_column(synthetic_store, events):
    changed = events.copy()
    changed.loc[changed["event_id"] == "ev-drill", "title"] = LONG
    spec = _spec(changed, synthetic_store.span())
    [label] = [lay for lay in spec["layer"] if lay["mark"]["type"] == "text"]
    rows = _rows(spec, label)
    [row] = [r for r in rows if r["event_id"] == "ev-drill"]
    text = row[label["encoding"]["text"]["field"]]
    lines = text.split(label["mark"]["lineBreak"])
    assert len(lines) >= 2
    assert " ".join(lines) == f"Jun 2020 – Jul 2020 · {LONG}"
    assert all(text_width(line, T.LABEL_PX) <= T.LABEL_WIDTH_PX for line in lines)
    # Its row is tall enough for its lines, and the rows below move down.
    assert row["bottom"] - row["top"] >= len(lines) * T.LINE_PX
    assert all(r["top"] >= row["bottom"] for r in rows if r["top"] > row["top"])


def test_the_time_axis_spans_the_data_whatever_the_filters_leave(synthetic_store, events):
    span = synthetic_store.span()
    spec = _spec(events[events["event_id"] == "ev-drill"], span)
    times = [
        pd.Timestamp(row[lay["encoding"]["x"]["field"]])
        for lay in spec["layer"]
        if "x" in lay["encoding"] and "fold" not in str(lay.get("transform"))  # window edges
        for row in _rows(spec, lay)
    ]
    assert min(times) < pd.Timestamp(span[0]) and max(times) > pd.Timestamp(span[1])


def test_the_selected_event_s_row_is_shaded(synthetic_store, events):
    spec = _spec(events, synthetic_store.span(), selected="ev-camp")
    shaded = [
        row
        for lay in spec["layer"]
        if lay["mark"].get("color") == "#f2a900"
        for row in _rows(spec, lay)
    ]
    frame = T.timeline_frame(events, *synthetic_store.span(), WINDOW, "ev-camp")
    camp = frame[frame["event_id"] == "ev-camp"].iloc[0]
    assert [(r["top"], r["bottom"]) for r in shaded] == [(camp["top"], camp["bottom"])]


@pytest.mark.parametrize(
    ("text", "width"),
    [("one two three four five six seven eight nine ten", 60), ("short", 300), ("", 100)],
)
def test_wrap_keeps_every_word_and_each_line_in_the_width(text, width):
    lines = wrap(text, width, 11)
    assert " ".join(lines) == text
    assert all(text_width(line, 11) <= width for line in lines)


def test_wrap_cuts_a_word_longer_than_a_line():
    lines = wrap("x" * 80, 100, 11)
    assert "".join(lines) == "x" * 80 and len(lines) > 1
    assert all(text_width(line, 11) <= 100 for line in lines)

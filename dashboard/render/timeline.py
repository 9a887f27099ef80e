"""The timeline chart (Altair): one row per event, its whole label wrapped beside it.

A period is a bar, a single day a diamond. A side the sources leave open (no start, or
no end given) is drawn as what is known: a short stub that fades out from the known
side, never a span to the data's first or last day that no source states.

Pure: a DataFrame and the view in, an ``alt.Chart`` out.
"""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import numpy as np
import pandas as pd

from dashboard.contract.schema import CATEGORIES
from dashboard.scene import style
from dashboard.scene.fontmetrics import wrap
from dashboard.scene.marks import mark_colours, on_paper
from dashboard.view.window import AS_OF

SELECTION = "pick"  # name of the Altair selection parameter (read back by the UI)
# Labels: the whole "when · title", wrapped into lines within the label column.
LABEL_PX = 11
LINE_PX = 14
LABEL_WIDTH_PX = 320
LABEL_GAP_PX = 8  # between a label and the plot
ROW_PX = 24  # a one-line row; rows with more lines grow by LINE_PX a line
# Below the rows: the time axis, its labels and Vega's padding (measured in Chromium).
AXIS_PX = 48
MARK_PX = 12  # a bar's height
STUB_PX = 28  # an open side's stub: this long whatever the dates (it states no span)
OPEN_NOTE = {
    "open_start": "start not given in the sources",
    "open_end": "end not given in the sources",
}
PAD_DAYS = 120  # room beside the data's first and last day


def _opacity(events: pd.DataFrame, start: date, end: date, mode: str) -> np.ndarray:
    """In the window: full; before it: faded in as-of mode (still on the map), dim
    otherwise."""
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    opacity = np.full(len(events), 0.18)
    opacity[((events["start"] <= e) & (events["end"] >= s)).to_numpy()] = 1.0
    if mode == AS_OF:
        opacity[(events["end"] < s).to_numpy()] = style.FADED_FACTOR + 0.1
    return opacity


def _rows(labels: pd.Series) -> pd.DataFrame:
    """Each label's lines and its row's place down the chart (pixels from the top): a row
    is as tall as its label. One wrap per event: the timeline draws a few hundred."""
    lines = [wrap(text, LABEL_WIDTH_PX, LABEL_PX) for text in labels]
    n = np.array([len(x) for x in lines])
    height = np.maximum(ROW_PX, n * LINE_PX + 8)
    top = np.r_[0, np.cumsum(height)[:-1]]
    mid = top + height / 2
    return pd.DataFrame(
        {
            "lines": ["\n".join(x) for x in lines],
            # A text's y is its first line's: the block is centred on the row.
            "label_y": mid - (n - 1) * LINE_PX / 2,
            "top": top,
            "bottom": top + height,
            "mark_top": mid - MARK_PX / 2,
            "mark_bottom": mid + MARK_PX / 2,
            "mid": mid,
        },
        index=labels.index,
    )


def timeline_frame(
    events: pd.DataFrame, start: date, end: date, mode: str, selected: str | None = None
) -> pd.DataFrame:
    """One row per event, in date order, with what the chart encodes: its label and the
    label's lines, its period and where its mark is anchored (the end where the start is
    open), its mark's fill and outline (``scene.marks``, as on the map; outlines on
    paper), and its row's place down the chart."""
    mark, fill, line = mark_colours(events["category"], events["status"], events["evidence"])
    open_start = events["open_start"].to_numpy(dtype=bool)
    open_end = events["open_end"].to_numpy(dtype=bool)
    # Intervals are drawn to the end of their last day.
    stop = events["end"] + pd.Timedelta(days=1)
    df = pd.DataFrame(
        {
            "event_id": events["event_id"].astype(str),
            "title": events["title"].astype(str),
            "when": events["when"].astype(str),
            "category": events["category"].astype(str),
            "status": np.asarray(style.MARK_STYLES)[mark],
            "start": events["start"],
            "end": stop,
            "anchor": np.where(open_start, stop, events["start"]),
            "precision": events["date_precision"].astype(str),
            "evidence": events["evidence"].astype(str),
            "open_start": open_start,
            "open_end": open_end,
            "open_note": np.where(
                open_start, OPEN_NOTE["open_start"], np.where(open_end, OPEN_NOTE["open_end"], "")
            ),
            "opacity": _opacity(events, start, end, mode),
            "fill": [style.hex_color(rgb) for rgb in fill[:, :3]],  # bounded (a few hundred)
            "fill_opacity": fill[:, 3] / 255,
            "stroke": [style.hex_color(rgb) for rgb in on_paper(fill, line)],
        }
    )
    df["label"] = df["when"] + " · " + df["title"]
    one_day = (df["precision"] == "day").to_numpy() & (events["start"] == events["end"]).to_numpy()
    # What draws the row: a bar, a diamond, or a stub for an open side (its layer: side
    # and colours, see ``_open_ends``).
    side = np.where(open_start, "open_start", "open_end")
    df["kind"] = np.where(open_start | open_end, side, np.where(one_day, "point", "bar"))
    df["stub"] = np.where(open_start | open_end, side + "|" + df["fill"] + "|" + df["stroke"], "")
    df["selected"] = df["event_id"] == (selected or "")
    df = df.sort_values(["anchor", "event_id"]).reset_index(drop=True)
    df["odd"] = np.arange(len(df)) % 2 == 1
    return df.join(_rows(df["label"]))


def _encodings() -> tuple:
    """The colour (category) and dash (mark style) the layers share."""
    color = alt.Color(
        "category:N",
        scale=alt.Scale(
            domain=list(CATEGORIES),
            range=[style.hex_color(style.CATEGORY_COLORS[c]) for c in CATEGORIES],
        ),
        legend=None,
    )
    dash = alt.StrokeDash(
        "status:N",
        scale=alt.Scale(
            domain=list(style.MARK_STYLES),
            range=[[4, 2] if style.STATUS_STYLE[s]["dash"] else [1, 0] for s in style.MARK_STYLES],
        ),
        legend=None,
    )
    return color, dash


def _extent(span: tuple[date, date]) -> alt.Chart:
    """The time axis: the data's whole span and room beside it, whatever the filters
    leave. Drawn as nothing: an explicit scale domain is not used because Vega-Lite (6.5,
    Streamlit's) turns a time domain on a layer with x2 into a field named "data", which
    logs two warnings per render and loses the domain."""
    ends = [span[0] - timedelta(days=PAD_DAYS), span[1] + timedelta(days=PAD_DAYS)]
    return (
        alt.Chart(alt.InlineData(values=[{"t": f"{d.isoformat()}T00:00"} for d in ends]))
        .mark_rule(opacity=0, aria=False)
        .encode(x=alt.X("t:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")))
    )


TOOLTIP = [
    alt.Tooltip("title:N", title="Event"),
    alt.Tooltip("when:N", title="When"),
    alt.Tooltip("category:N", title="Category"),
    alt.Tooltip("status:N", title="Status"),
    alt.Tooltip("evidence:N", title="Evidence"),
]
# Pixels down the chart, straight from the frame (rows differ in height).
Y, Y2 = alt.Y("mark_top:Q", scale=None, axis=None), alt.Y2("mark_bottom:Q")
STYLED = {
    "fillOpacity": alt.FillOpacity("fill_opacity:Q", scale=None),
    "opacity": alt.Opacity("opacity:Q", scale=None),
}
# The frame's columns the layers read (the rows are sent once, the layers filter them).
ROW_COLUMNS = [
    "event_id", "title", "when", "category", "status", "evidence", "start", "end", "anchor",
    "open_note", "opacity", "fill_opacity", "stroke", "lines", "label_y", "top", "bottom",
    "mark_top", "mark_bottom", "mid", "kind", "stub", "odd", "selected",
]  # fmt: skip


def _rows_of(kind: str, column: str = "kind") -> alt.Chart:
    """A layer of the rows whose ``column`` is ``kind`` (the data is the layer chart's)."""
    return alt.Chart().transform_filter(alt.FieldEqualPredicate(field=column, equal=kind))


def _event_marks(df: pd.DataFrame) -> list:
    """Bars for periods known at both ends, diamonds for single days."""
    color, dash = _encodings()
    stroke = alt.Stroke("stroke:N", scale=None)
    bars = (
        _rows_of("bar")
        .mark_bar(cornerRadius=2, strokeWidth=1.6)
        .encode(
            x=alt.X("start:T", title=None),
            x2=alt.X2("end:T"),
            y=Y,
            y2=Y2,
            color=color,
            stroke=stroke,
            strokeDash=dash,
            tooltip=TOOLTIP,
            **STYLED,
        )
    )
    points = (
        _rows_of("point")
        .mark_point(shape="diamond", size=110, strokeWidth=1.6)
        .encode(
            x=alt.X("start:T", title=None),
            y=alt.Y("mid:Q", scale=None, axis=None),
            fill=color,
            stroke=stroke,
            tooltip=TOOLTIP,
            **STYLED,
        )
    )
    return [bars, points]


def _gradient(hex_colour: str, fade_to: str) -> alt.Gradient:
    """The colour, fading out towards the ``fade_to`` side ("left" or "right")."""
    solid, clear = hex_colour, hex_colour + "00"
    stops = [solid, clear] if fade_to == "right" else [clear, solid]
    return alt.Gradient(
        gradient="linear",
        x1=0,
        x2=1,
        y1=0,
        y2=0,
        stops=[
            alt.GradientStop(offset=0, color=stops[0]),
            alt.GradientStop(offset=1, color=stops[1]),
        ],
    )


STUB_SIDES = {"open_start": ("left", (-STUB_PX, 0)), "open_end": ("right", (0, STUB_PX))}


def _open_ends(df: pd.DataFrame) -> list:
    """An open side as a stub of ``STUB_PX`` from the known date, fading out where the
    sources say nothing: leftwards from the end where no start is given, rightwards from
    the start where no end is. One layer per side and pair of colours (a gradient is a
    mark's, not a row's): a handful."""
    _, dash = _encodings()
    tooltip = [*TOOLTIP, alt.Tooltip("open_note:N", title="Dates")]
    out = []
    for stub in sorted(set(df["stub"]) - {""}):
        side, fill, stroke = stub.split("|")
        fade_to, (x_offset, x2_offset) = STUB_SIDES[side]
        out.append(
            _rows_of(stub, "stub")
            .mark_bar(
                fill=_gradient(fill, fade_to),
                stroke=_gradient(stroke, fade_to),
                strokeWidth=1.6,
                xOffset=x_offset,
                x2Offset=x2_offset,
            )
            .encode(
                x=alt.X("anchor:T", title=None),
                x2=alt.X2("anchor:T"),
                y=Y,
                y2=Y2,
                strokeDash=dash,
                tooltip=tooltip,
                **STYLED,
            )
        )
    return out


def _labels() -> alt.Chart:
    """Each event's whole label, in lines, right-aligned beside the plot; clicking it (or
    any mark in its row) selects the event."""
    pick = alt.selection_point(fields=["event_id"], name=SELECTION, on="click", empty=False)
    return (
        alt.Chart()
        .mark_text(
            align="right",
            baseline="middle",
            fontSize=LABEL_PX,
            lineHeight=LINE_PX,
            color="#31333f",
            x=-LABEL_GAP_PX,
            lineBreak="\n",
        )
        .encode(
            y=alt.Y("label_y:Q", scale=None, axis=None),
            text=alt.Text("lines:N"),
            tooltip=TOOLTIP,
        )
        .add_params(pick)
    )


def _window(start: date, end: date) -> list:
    """The window shaded, its edges ruled."""
    # Local midnight, as the rows' times are read (a date alone would be read as UTC).
    a, b = f"{start.isoformat()}T00:00", f"{end + timedelta(days=1)}T00:00"
    window = alt.Chart(alt.InlineData(values=[{"a": a, "b": b}]))
    band = window.mark_rect(color="#3b6ea5", opacity=0.10).encode(x="a:T", x2="b:T")
    edges = (
        window.transform_fold(["a", "b"])
        .mark_rule(color="#3b6ea5", strokeWidth=1.2)
        .encode(x="value:T")
    )
    return [band, edges]


def _rows_shaded(df: pd.DataFrame) -> list:
    """Every other row faintly shaded (rows differ in height: the eye follows a row from
    its label to its mark), and the selected event's row in the selection's colour."""
    rows = {"y": alt.Y("top:Q", scale=None, axis=None), "y2": alt.Y2("bottom:Q")}
    out = [
        _rows_of(True, "odd").mark_rect(color="#000000", opacity=0.035, aria=False).encode(**rows)
    ]
    if df["selected"].any():
        out.append(
            _rows_of(True, "selected")
            .mark_rect(color="#f2a900", opacity=0.22, aria=False)
            .encode(**rows)
        )
    return out


def timeline_chart(
    events: pd.DataFrame,
    start: date,
    end: date,
    mode: str,
    span: tuple[date, date],
    selected: str | None = None,
    width: int | str = "container",
) -> alt.LayerChart:
    """Event marks over time with the selected range shaded; click a mark or a label to
    select its event."""
    df = timeline_frame(events, start, end, mode, selected)
    layers = [
        _extent(span),
        *_rows_shaded(df),
        *_window(start, end),
        *_event_marks(df),
        *_open_ends(df),
        _labels(),
    ]
    height = int(df["bottom"].iloc[-1]) if len(df) else ROW_PX
    return (
        # The rows are sent once; each layer picks its own (transform filters).
        alt.layer(*layers, data=df[ROW_COLUMNS])
        .properties(
            height=height,
            width=width,
            # The container's width; the rows' own height (their marks sit at pixels).
            autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        )
        .configure_view(strokeWidth=0)
    )


def bin_size(span: tuple[date, date]) -> tuple[str, str]:
    """Histogram bins for a span: (pandas frequency, word): weeks, months or years."""
    days = (span[1] - span[0]).days
    if days <= 3 * 366:
        return "W", "week"
    if days <= 40 * 366:
        return "MS", "month"
    return "YS", "year"


def histogram_chart(
    bins: pd.DataFrame,
    start: date,
    end: date,
    selected_start: pd.Timestamp | None = None,
    width: int | str = "container",
) -> alt.LayerChart:
    """Events per time bin (``Store.time_bins``), the range shaded, the selection marked.

    Altair receives the bins (a few hundred rows), never the events.
    """
    bars = (
        alt.Chart(bins)
        .mark_bar(color="#6b7a8f")
        .encode(
            x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y")),
            x2="end:T",
            y=alt.Y("count:Q", title="events"),
            opacity=alt.condition(alt.datum.in_window, alt.value(1.0), alt.value(0.35)),
            tooltip=[
                alt.Tooltip("start:T", title="From", format="%d %b %Y"),
                alt.Tooltip("count:Q", title="Events", format=","),
            ],
        )
    )
    window = alt.Chart(
        pd.DataFrame({"a": [pd.Timestamp(start)], "b": [pd.Timestamp(end) + pd.Timedelta(days=1)]})
    )
    band = window.mark_rect(color="#3b6ea5", opacity=0.10).encode(x="a:T", x2="b:T")
    layers = [band, bars]
    if selected_start is not None:
        mark = alt.Chart(pd.DataFrame({"t": [pd.Timestamp(selected_start)]}))
        layers.append(mark.mark_rule(color="black", strokeWidth=2).encode(x="t:T"))
    return alt.layer(*layers).properties(height=160, width=width).configure_view(strokeWidth=0)


def drawn_height(spec: dict) -> int:
    """The height in pixels the browser draws a timeline chart's Vega-Lite ``spec`` at."""
    return int(spec["height"]) + AXIS_PX

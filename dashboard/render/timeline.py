"""The timeline chart (Altair): one mark per event, intervals where the date is a period.

Pure: a DataFrame and the view in, an ``alt.Chart`` out.
"""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import numpy as np
import pandas as pd

from dashboard.contract.schema import CATEGORIES
from dashboard.scene import style
from dashboard.scene.marks import mark_colours, on_paper
from dashboard.view.window import AS_OF

SELECTION = "pick"  # name of the Altair selection parameter (read back by the UI)
ROW_PX = 24
LABEL_CHARS = 48


def _short(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _opacity(events: pd.DataFrame, start: date, end: date, mode: str) -> np.ndarray:
    """In the window: full; before it: faded in as-of mode (still on the map), dim
    otherwise."""
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    opacity = np.full(len(events), 0.18)
    opacity[((events["start"] <= e) & (events["end"] >= s)).to_numpy()] = 1.0
    if mode == AS_OF:
        opacity[(events["end"] < s).to_numpy()] = style.FADED_FACTOR + 0.1
    return opacity


def timeline_frame(
    events: pd.DataFrame, start: date, end: date, mode: str, selected: str | None = None
) -> pd.DataFrame:
    """One row per event with what the chart encodes: its label, its period, and its
    mark's fill and outline (``scene.marks``, as on the map; outlines on paper)."""
    mark, fill, line = mark_colours(events["category"], events["status"], events["evidence"])
    df = pd.DataFrame(
        {
            "event_id": events["event_id"].astype(str),
            "title": events["title"].astype(str),
            "when": events["when"].astype(str),
            "category": events["category"].astype(str),
            "status": np.asarray(style.MARK_STYLES)[mark],
            "start": events["start"],
            # Intervals are drawn to the end of their last day.
            "end": events["end"] + pd.Timedelta(days=1),
            "precision": events["date_precision"].astype(str),
            "evidence": events["evidence"].astype(str),
            "open_start": events["open_start"].to_numpy(dtype=bool),
            "open_end": events["open_end"].to_numpy(dtype=bool),
            "opacity": _opacity(events, start, end, mode),
            "fill_opacity": fill[:, 3] / 255,
            "stroke": [style.hex_color(rgb) for rgb in on_paper(fill, line)],  # bounded (300)
        }
    )
    df["label"] = [_short(f"{w} · {t}") for w, t in zip(df["when"], df["title"], strict=True)]
    df["point"] = (df["precision"] == "day") & (events["start"] == events["end"]).to_numpy()
    df["selected"] = df["event_id"] == (selected or "")
    return df.sort_values(["start", "event_id"]).reset_index(drop=True)


def _encodings(span: tuple[date, date]) -> tuple:
    """The colour (category), dash (mark style) and x scale the layers share."""
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
    lo, hi = span[0] - timedelta(days=120), span[1] + timedelta(days=120)
    x_scale = alt.Scale(
        domain=[
            alt.DateTime(year=lo.year, month=lo.month, date=lo.day),
            alt.DateTime(year=hi.year, month=hi.month, date=hi.day),
        ]
    )
    return color, dash, x_scale


TOOLTIP = [
    alt.Tooltip("title:N", title="Event"),
    alt.Tooltip("when:N", title="When"),
    alt.Tooltip("category:N", title="Category"),
    alt.Tooltip("status:N", title="Status"),
    alt.Tooltip("evidence:N", title="Evidence"),
]


def _event_marks(df: pd.DataFrame, y, span: tuple[date, date]) -> list:
    """Bars for periods, diamonds for single days, each clickable to select its event."""
    color, dash, x_scale = _encodings(span)
    pick = alt.selection_point(fields=["event_id"], name=SELECTION, on="click", empty=False)
    base = alt.Chart(df).encode(y=y, tooltip=TOOLTIP, opacity=alt.Opacity("opacity:Q", scale=None))
    fill_opacity = alt.FillOpacity("fill_opacity:Q", scale=None)
    stroke = alt.Stroke("stroke:N", scale=None)
    x = alt.X("start:T", scale=x_scale, title=None, axis=alt.Axis(format="%Y", tickCount="year"))
    bars = (
        base.transform_filter(~alt.datum.point)
        .mark_bar(height=12, cornerRadius=2, strokeWidth=1.6)
        .encode(
            x=x, x2="end:T", color=color, fillOpacity=fill_opacity, stroke=stroke, strokeDash=dash
        )
        .add_params(pick)
    )
    if not df["point"].any():
        return [bars]
    point_pick = alt.selection_point(
        fields=["event_id"], name=SELECTION + "_pt", on="click", empty=False
    )
    points = (
        base.transform_filter(alt.datum.point)
        .mark_point(shape="diamond", size=110, strokeWidth=1.6)
        .encode(x="start:T", fill=color, fillOpacity=fill_opacity, stroke=stroke)
        .add_params(point_pick)
    )
    return [bars, points]


def _open_ends(df: pd.DataFrame, y) -> list:
    """An open side (the sources give no start, or no end) ends in an arrow, not an edge:
    the bar runs to the data's first or last day, and the event may reach beyond it."""
    out = []
    for column, at, glyph, align, dx in (
        ("open_start", "start:T", "◀", "right", -1),
        ("open_end", "end:T", "▶", "left", 1),
    ):
        if df[column].any():
            out.append(
                alt.Chart(df[df[column]])
                .mark_text(text=glyph, align=align, dx=dx, fontSize=13, color="#444")
                .encode(x=at, y=y, tooltip=TOOLTIP)
            )
    return out


def _window(start: date, end: date) -> list:
    """The window shaded, its edges ruled."""
    window = alt.Chart(
        pd.DataFrame({"a": [pd.Timestamp(start)], "b": [pd.Timestamp(end) + pd.Timedelta(days=1)]})
    )
    band = window.mark_rect(color="#3b6ea5", opacity=0.10).encode(x="a:T", x2="b:T")
    edges = (
        window.transform_fold(["a", "b"])
        .mark_rule(color="#3b6ea5", strokeWidth=1.2)
        .encode(x="value:T")
    )
    return [band, edges]


def timeline_chart(
    events: pd.DataFrame,
    start: date,
    end: date,
    mode: str,
    span: tuple[date, date],
    selected: str | None = None,
    width: int | str = "container",
) -> alt.LayerChart:
    """Event marks over time with the selected range shaded; click a mark to select it."""
    df = timeline_frame(events, start, end, mode, selected)
    y = alt.Y(
        "label:N",
        sort=list(df["label"]),
        title=None,
        axis=alt.Axis(labelLimit=340, labelFontSize=11, labelOverlap=False),
    )
    layers = [*_window(start, end), *_event_marks(df, y, span), *_open_ends(df, y)]
    if df["selected"].any():
        layers.append(
            alt.Chart(df[df["selected"]])
            .mark_point(shape="square", size=260, filled=False, color="black", strokeWidth=2)
            .encode(x="start:T", y=y)
        )
    return (
        alt.layer(*layers)
        .properties(height=max(120, ROW_PX * len(df)), width=width)
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

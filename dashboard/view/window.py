"""Time filtering: which events a date range shows, in window or as-of mode, and playback."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from dashboard.store.query import AS_OF, MODES, WINDOW

__all__ = ["AS_OF", "MODES", "WINDOW"]
MODE_LABELS = {WINDOW: "Window: events in the range", AS_OF: "As of: everything up to the end"}


def data_span(events: pd.DataFrame) -> tuple[date, date]:
    """First start and last end of the events (today's year if there are none)."""
    if events.empty:
        today = date.today()
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return events["start"].min().date(), events["end"].max().date()


def filter_time(events: pd.DataFrame, start: date, end: date, mode: str) -> pd.DataFrame:
    """The events a range shows, with a boolean ``faded`` column.

    ``window``: events whose period intersects [start, end].
    ``asof``: every event that began by ``end``; those that were over before ``start`` are
    kept but faded, so the footprint at a date stays visible (a base reported in 2016 is
    still on the map in 2021).
    """
    if mode not in MODES:
        raise ValueError(f"mode was {mode!r} but is expected to be in {MODES}")
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    begun = events["start"] <= e
    if mode == WINDOW:
        shown = events[begun & (events["end"] >= s)].copy()
        shown["faded"] = False
    else:
        shown = events[begun].copy()
        shown["faded"] = shown["end"] < s
    return shown


def presets(span: tuple[date, date]) -> dict[str, tuple[date, date]]:
    """Quick ranges: all, the last 12 months of the data, and each calendar year."""
    lo, hi = span
    out = {"All": (lo, hi), "Last 12 months of the data": (max(lo, hi - timedelta(days=365)), hi)}
    for year in range(hi.year, lo.year - 1, -1):
        out[str(year)] = (max(lo, date(year, 1, 1)), min(hi, date(year, 12, 31)))
    return out


def playback_step(span: tuple[date, date]) -> timedelta:
    """A step that crosses the whole span in about 40 frames, at least a month."""
    days = (span[1] - span[0]).days
    return timedelta(days=max(30, round(days / 40)))


def step_range(start: date, end: date, span: tuple[date, date]) -> tuple[date, date] | None:
    """The next frame of playback, or None when the end of the data is reached.

    The range keeps its width and slides forward. In as-of mode everything before the
    range stays on the map, faded, so the footprint visibly grows.
    """
    lo, hi = span
    if end >= hi:
        return None
    new_end = min(hi, end + playback_step(span))
    return max(lo, new_end - (end - start)), new_end


def playback_start(start: date, end: date, span: tuple[date, date]) -> tuple[date, date]:
    """The first frame: a range of the current width (at least one step) at the data's start."""
    lo, hi = span
    width = max(end - start, playback_step(span))
    return lo, min(hi, lo + width)

"""Time filtering: which events a date range shows, in window or as-of mode, and playback."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from dashboard.contract.dates import parse_partial_date
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


DATE_FORMS = "YYYY-MM-DD (or YYYY-MM, YYYY for a whole month or year)"


def day_of(text: str, last: bool, span: tuple[date, date]) -> tuple[date, bool]:
    """The day a date typed or linked names, within the data's span, and whether it was
    moved into the span (to its nearer end).

    A year or a month means its whole period, as dates in the data do: the start of a
    range (``last`` false) is its first day, the end its last. Raises ``ValueError``
    (saying what is wrong) when ``text`` is not such a date.
    """
    period = parse_partial_date(text)
    day = period.end if last else period.start
    lo, hi = span
    return min(max(day, lo), hi), not lo <= day <= hi


def _day(d: date) -> str:
    """'04 Mar 2019' as the caption says it, kept on one line (no-break spaces)."""
    return f"{d:%d}\u00a0{d:%b}\u00a0{d:%Y}"


def typed_range(
    text: str, last: bool, current: tuple[date, date], span: tuple[date, date]
) -> tuple[tuple[date, date], str | None]:
    """The range after a typed From (``last`` false) or To, and a note for the user
    when the text was not taken as typed.

    An empty field means the data's first (last) day. Text that is not a date, or a From
    after the To (a To before the From), leaves the range as it was: the note says what
    was wrong and which range was kept.
    """
    name, text = ("To" if last else "From"), text.strip()
    kept = f"Kept {_day(current[0])} – {_day(current[1])}."
    try:
        day, moved = day_of(text, last, span) if text else (span[last], False)
    except ValueError as e:
        return current, f"{name} “{text[:40]}” is not a date: {e}. {kept} Type {DATE_FORMS}."
    start, end = (current[0], day) if last else (day, current[1])
    if start > end:
        other, side, way = ("From", "before", "earlier") if last else ("To", "after", "later")
        said = f"{name} {_day(day)} is {side} {other} {_day(current[not last])}."
        return current, f"{said} {kept} To move the range {way}, set {other} first."
    lo, hi = _day(span[0]), _day(span[1])
    outside = f"{name} {text} is outside the data ({lo} – {hi}): using {_day(day)}."
    return (start, end), outside if moved else None


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


PLAY_WIDTH = timedelta(days=365)  # the window played when the range is the whole span


def playback_start(start: date, end: date, span: tuple[date, date]) -> tuple[date, date]:
    """The first frame: a range of the current width (at least one step) at the data's start.

    A range over the whole span (``All``) has nowhere to slide: it plays a window of a year
    (a quarter of the span, for data of less than four years) from the data's first day
    to its last.
    """
    lo, hi = span
    width = end - start
    if width >= hi - lo:
        width = min(PLAY_WIDTH, timedelta(days=(hi - lo).days // 4))
    width = max(width, playback_step(span))
    return lo, min(hi, lo + width)

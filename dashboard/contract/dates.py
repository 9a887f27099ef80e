"""ISO partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as periods with a precision,
and ``..`` (EDTF's open end) for a start or an end the sources do not give."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from dashboard.contract.columns import distinct

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = ("day", "month", "year")
OPEN = ".."  # EDTF's open interval end: the sources give no start (or no end)
OPEN_TEXT = "…"


@dataclass(frozen=True)
class Period:
    """The whole period a partial date names: ``2019`` is 2019-01-01..2019-12-31."""

    start: date
    end: date
    precision: str  # "day", "month" or "year"


def parse_partial_date(text: str) -> Period:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Raises ``ValueError`` with a message naming what is wrong (format, month or day).
    """
    m = _PARTIAL.match(text.strip())
    if not m:
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    if year < 1:
        raise ValueError("year 0000 does not exist")
    if m.group(2) is None:
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"month {month:02d} does not exist")
    last = calendar.monthrange(year, month)[1]
    if m.group(3) is None:
        return Period(date(year, month, 1), date(year, month, last), "month")
    day = int(m.group(3))
    if not 1 <= day <= last:
        raise ValueError(f"day {day:02d} does not exist in {calendar.month_name[month]} {year}")
    d = date(year, month, day)
    return Period(d, d, "day")


def event_period(date_text: str, end_text: str | None) -> Period:
    """The period of an event: start of ``date`` to the end of ``end_date`` (or of ``date``).

    The precision is that of ``date`` when there is no ``end_date``; with one it is the
    coarser of the two, because the span is then only known to that resolution.
    """
    start = parse_partial_date(date_text)
    if not end_text:
        return start
    end = parse_partial_date(end_text)
    if end.end < start.start:
        raise ValueError("end_date is before date")
    coarser = max(start.precision, end.precision, key=PRECISIONS.index)
    return Period(start.start, end.end, coarser)


def format_partial_date(text: str) -> str:
    """Human text at the precision written: ``2019``, ``Oct 2021``, ``21 Nov 2022``."""
    period = parse_partial_date(text)
    d = period.start
    if period.precision == "year":
        return f"{d.year}"
    if period.precision == "month":
        return d.strftime("%b %Y")
    return f"{d.day} {d.strftime('%b %Y')}"


def format_event_dates(date_text: str, end_text: str | None) -> str:
    """``2016 – 2019`` style text for an event's ``date`` and optional ``end_date``."""
    first = format_partial_date(date_text)
    return f"{first} – {format_partial_date(end_text)}" if end_text else first


@dataclass(frozen=True)
class Periods:
    """Many partial dates parsed at once (aligned with the input): first and last day,
    the precision index into ``PRECISIONS`` and whether the text was invalid."""

    start: np.ndarray  # datetime64[D]; NaT where invalid or empty
    end: np.ndarray  # datetime64[D]
    precision: np.ndarray  # int8: 0 day, 1 month, 2 year; -1 where invalid, empty or open
    invalid: np.ndarray  # bool: not empty, not open and not a valid partial date
    open: np.ndarray  # bool: the text is ``..``


def parse_partial_dates(values) -> Periods:
    """Parse a column of partial dates (empty strings allowed) without a per-row loop.

    Each distinct text is parsed once by ``parse_partial_date``: a column of a million
    dates holds at most a few thousand distinct days, months and years.
    """
    codes, uniques = distinct(values)
    n = len(uniques)
    start = np.full(n + 1, np.datetime64("NaT"), dtype="datetime64[D]")
    end = start.copy()
    precision = np.full(n + 1, -1, dtype=np.int8)
    invalid = np.zeros(n + 1, dtype=bool)
    is_open = np.zeros(n + 1, dtype=bool)
    for i, text in enumerate(uniques):
        if text == "":
            continue
        if text == OPEN:
            is_open[i] = True
            continue
        try:
            p = parse_partial_date(text)
        except ValueError:
            invalid[i] = True
            continue
        start[i], end[i] = p.start, p.end
        precision[i] = PRECISIONS.index(p.precision)
    return Periods(start[codes], end[codes], precision[codes], invalid[codes], is_open[codes])


def format_partial_dates(values) -> np.ndarray:
    """``format_partial_date`` for a column (empty stays empty, open is ``…``), each
    distinct text once."""
    codes, uniques = distinct(values)
    shown = np.array(
        [OPEN_TEXT if t == OPEN else format_partial_date(t) if t else "" for t in uniques],
        dtype=object,
    )
    return shown[codes]

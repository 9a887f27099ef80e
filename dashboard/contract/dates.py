"""ISO partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as periods with a precision,
and ``..`` (EDTF's open end) for a start or an end the sources do not give."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.contract.columns import distinct

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# What ``_PARTIAL`` matches, written plainly: ASCII digits (Python's ``\d`` takes any
# script's), no space around.
PLAIN_RE = r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$"
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


@dataclass(frozen=True)
class DateColumn:
    """A column of partial dates encoded once: each row's code into ``texts`` (the
    distinct values), and those texts parsed (``periods``, aligned with ``texts``). Every
    use of the column then parses and writes each distinct date once."""

    codes: np.ndarray  # int: the row's text is texts[code]
    texts: list[str]
    periods: Periods  # of the distinct texts

    def per_row(self) -> Periods:
        """The periods aligned with the rows."""
        p, at = self.periods, self.codes
        return Periods(p.start[at], p.end[at], p.precision[at], p.invalid[at], p.open[at])

    def given(self) -> np.ndarray:
        """Per row: whether a date (or ``..``) is written, not left empty."""
        return (np.asarray(self.texts, dtype=object) != "")[self.codes]


def encode_dates(values) -> DateColumn:
    """A column of partial dates (empty strings allowed) encoded and parsed: see
    ``DateColumn`` and ``parse_partial_dates``."""
    codes, texts = distinct(values)
    return DateColumn(codes, texts, _parse_distinct(texts))


def parse_partial_dates(values) -> Periods:
    """Parse a column of partial dates (empty strings allowed) without a per-row loop.

    Each distinct text is parsed once: those written plainly (ASCII digits, nothing
    around them) by whole-array arithmetic, as a million events hold tens of thousands
    of distinct days; any other text (open, blank, padded, invalid) by
    ``parse_partial_date``, so both give the same answer.
    """
    return encode_dates(values).per_row()


def _parse_distinct(texts: list[str]) -> Periods:
    """``texts`` (each once) parsed as ``parse_partial_dates`` describes."""
    n = len(texts)
    start = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    end = start.copy()
    precision = np.full(n, -1, dtype=np.int8)
    invalid = np.zeros(n, dtype=bool)
    is_open = np.zeros(n, dtype=bool)
    plain = _parse_plain(texts, start, end, precision, invalid)
    for i in np.flatnonzero(~plain):
        text = texts[i]
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
    return Periods(start, end, precision, invalid, is_open)


def _parse_plain(
    texts: list[str],
    start: np.ndarray,
    end: np.ndarray,
    precision: np.ndarray,
    invalid: np.ndarray,
) -> np.ndarray:
    """Fill ``start``, ``end``, ``precision`` and ``invalid`` (the first ``len(texts)``
    places) for the texts that are plain ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, by the
    rules of ``parse_partial_date``; and say which texts those were."""
    array = pa.array(texts, type=pa.string())
    plain = pc.match_substring_regex(array, PLAIN_RE).to_numpy(zero_copy_only=False)
    at = np.flatnonzero(plain)
    if not len(at):
        return plain
    chars = array.take(at).to_numpy(zero_copy_only=False).astype("U10")
    length = np.char.str_len(chars)
    # Each text as ten code points, digits as their values (the padding goes negative).
    digit = chars.view(np.uint32).reshape(len(at), 10).astype(np.int64) - ord("0")
    year = digit[:, 0] * 1000 + digit[:, 1] * 100 + digit[:, 2] * 10 + digit[:, 3]
    month = digit[:, 5] * 10 + digit[:, 6]
    day = digit[:, 8] * 10 + digit[:, 9]
    kind = np.select([length == 4, length == 7], [2, 1], 0)  # index into PRECISIONS
    month = np.where(kind == 2, 1, month)
    ym = ((year - 1970) * 12 + month - 1).astype("datetime64[M]")
    first_day = ym.astype("datetime64[D]")
    last_day = (ym + 1).astype("datetime64[D]") - 1
    days = (last_day - first_day).astype(np.int64) + 1
    bad = (year < 1) | (month < 1) | (month > 12) | ((kind == 0) & ((day < 1) | (day > days)))
    begin = np.where(kind == 0, first_day + np.maximum(day - 1, 0), first_day)
    year_end = ((year - 1969) * 12).astype("datetime64[M]").astype("datetime64[D]") - 1
    finish = np.select([kind == 2, kind == 1], [year_end, last_day], begin)
    good = at[~bad]
    start[good], end[good] = begin[~bad], finish[~bad]
    precision[good] = kind[~bad]
    invalid[at[bad]] = True
    return plain


def format_texts(texts: list[str], periods: Periods | None = None) -> np.ndarray:
    """``format_partial_date`` of each of ``texts`` (distinct; empty stays empty, open is
    ``…``) as an object array; ``periods``: the texts parsed, where already known. Dates
    of years 1000 on are written by whole-array steps (a million events hold tens of
    thousands of distinct days); any other text as ``format_partial_date`` writes it (and
    fails where it fails)."""
    if periods is None:
        periods = _parse_distinct(texts)
    start, precision = periods.start, periods.precision
    year = start.astype("datetime64[Y]").astype(np.int64) + 1970
    fast = (precision >= 0) & (year >= 1000)  # %Y pads no year below 1000
    month = start.astype("datetime64[M]")
    abbr = np.array([calendar.month_abbr[m] for m in range(13)], dtype=object)
    month_text = abbr[np.where(fast, month.astype(np.int64) % 12 + 1, 0)]
    day = (start - month.astype("datetime64[D]")).astype(np.int64) + 1
    year_text = np.where(fast, year, 0).astype(str).astype(object)
    day_text = np.where(fast, day, 0).astype(str).astype(object)
    shown = np.select(
        [precision == 2, precision == 1],
        [year_text, month_text + " " + year_text],
        day_text + " " + month_text + " " + year_text,
    ).astype(object)
    for i in np.flatnonzero(~fast):
        t = texts[i]
        shown[i] = OPEN_TEXT if t == OPEN else format_partial_date(t) if t else ""
    return shown

"""Partial ISO dates: the period they name, their precision, and what is rejected."""

from datetime import date

import numpy as np
import pytest

from dashboard.contract.dates import (
    OPEN_TEXT,
    PRECISIONS,
    event_period,
    format_event_dates,
    format_partial_date,
    format_texts,
    parse_partial_date,
    parse_partial_dates,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("2021-02", date(2021, 2, 1), date(2021, 2, 28), "month"),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29), "month"),
        ("2022-11-21", date(2022, 11, 21), date(2022, 11, 21), "day"),
    ],
)
def test_partial_date_is_a_period(text, start, end, precision):
    p = parse_partial_date(text)
    assert (p.start, p.end, p.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021/08", "expected YYYY"),
        ("21-08-2021", "expected YYYY"),
        ("2021-13", "month 13"),
        ("2021-00", "month 00"),
        ("2021-02-29", "day 29 does not exist in February 2021"),
        ("2021-04-31", "day 31"),
        ("0000", "year 0000"),
        ("", "expected YYYY"),
    ],
)
def test_bad_dates_say_why(text, message):
    with pytest.raises(ValueError, match=message):
        parse_partial_date(text)


def test_event_period_spans_to_end_of_end_date():
    p = event_period("2016", "2019")
    assert (p.start, p.end, p.precision) == (date(2016, 1, 1), date(2019, 12, 31), "year")
    p = event_period("2021-07", "2021-11-05")
    assert (p.start, p.end, p.precision) == (date(2021, 7, 1), date(2021, 11, 5), "month")


def test_end_inside_start_period_is_allowed_but_not_before():
    assert event_period("2021", "2021-11-05").end == date(2021, 11, 5)
    with pytest.raises(ValueError, match="before"):
        event_period("2021-08", "2021-07")


@pytest.mark.parametrize(
    ("d", "e", "text"),
    [
        ("2019", "", "2019"),
        ("2021-10", "", "Oct 2021"),
        ("2022-11-21", "", "21 Nov 2022"),
        ("2016", "2019", "2016 – 2019"),
        ("2021-07", "2021-11-05", "Jul 2021 – 5 Nov 2021"),
    ],
)
def test_format_event_dates(d, e, text):
    assert format_event_dates(d, e or None) == text


def test_a_column_of_dates_parses_as_each_date_alone():
    """The column parser (whole-array arithmetic for plain dates) agrees with the one-date
    parser on every kind of text: leap days, month ends, year 0000, out-of-range months and
    days, padding, other scripts' digits, open and blank."""
    texts = ["", "..", "2019", "0000", "0001", "9999-12-31", "2020-02-29", "2019-02-29"]
    texts += ["1900-02-29", "2000-02-29", "2019-04-31", "2019-04-30", "2019-13", "2019-00"]
    texts += ["2019-01-00", "2019-1", " 2019", "2019-06 ", "\u0662\u0660\u0661\u0669", "x"]
    texts += [
        f"{y:04d}-{m:02d}-{d:02d}"
        for y in (1, 1999, 2024)
        for m in (0, 2, 12, 13)
        for d in (0, 28, 29, 30, 31, 32)
    ]
    got = parse_partial_dates(texts)
    for i, text in enumerate(texts):
        try:
            p = parse_partial_date(text) if text not in ("", "..") else None
        except ValueError:
            assert got.invalid[i], text
            continue
        assert not got.invalid[i], text
        assert got.open[i] == (text == ".."), text
        if p is None:
            assert np.isnat(got.start[i]) and got.precision[i] == -1, text
        else:
            assert got.start[i] == np.datetime64(p.start, "D"), text
            assert got.end[i] == np.datetime64(p.end, "D"), text
            assert PRECISIONS[got.precision[i]] == p.precision, text


def test_a_column_of_dates_is_written_as_each_date_alone():
    """The column writer (whole-array steps for plain dates) writes every valid text as
    the one-date writer does: each precision, single-digit days, years before 1000,
    padding, other scripts' digits, open and blank."""
    texts = ["", "..", "2019", "2021-10", "2022-11-21", "2022-11-01", "2020-02-29"]
    texts += ["0999", "0999-03", "0001-01-01", "1000-01-05", "9999-12-31", " 2019", "2019-06 "]
    texts += [
        "\u0662\u0660\u0661\u0669",
        *(f"2024-{m:02d}-{d:02d}" for m in (1, 6, 12) for d in (1, 9, 10, 30)),
    ]
    got = format_texts(texts)
    want = [OPEN_TEXT if t == ".." else format_partial_date(t) if t else "" for t in texts]
    assert list(got) == want


def test_a_column_with_an_invalid_date_fails_as_the_date_alone():
    with pytest.raises(ValueError, match="month 13"):
        format_texts(["2019", "2019-13-01"])

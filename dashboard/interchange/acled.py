"""ACLED CSV exports into the data contract (``python -m dashboard import-acled``).

One ACLED row becomes one event placed by its own coordinates, one excerpt per publisher
in ACLED's ``source`` column (the quote is ACLED's ``notes``, verbatim) and one source row
per distinct publisher, known through ACLED (``via``). ACLED's precision codes are kept:
``time_precision`` decides how wide the event's period is, ``geo_precision`` goes to the
event's ``geo_precision`` with a radius of uncertainty (``precision_m``) that the map
draws. Rows that cannot be mapped are set aside with located problems; the others are
written. Every step works on whole columns (a million rows, no loop per row); only the
rows set aside and the distinct publishers are visited one by one.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.contract.columns import to_float
from dashboard.contract.problems import Problem
from dashboard.contract.validate import BAD_BYTE_RE, csv_records, utf8_marked
from dashboard.interchange.package import Unusable

ROW = "_row"  # the row number a spreadsheet shows (the header is row 1)

# Without these no event can be written honestly: an id, a date and how precise it is, a
# place and how precise it is, the text backing it and who reported it.
REQUIRED = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
)
# Read when present (an export without them is still usable); empty when absent.
OPTIONAL = (
    "year",
    "disorder_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "source_scale",
    "fatalities",
    "timestamp",
)

# ACLED event type / sub-event type (lower case) -> our category, where one honestly fits.
# Everything else is a "report": an event known from a report, its ACLED type kept in the
# title and the summary. See docs/interchange.md for the table and why.
CATEGORY_BY_TYPE = {
    ("strategic developments", "agreement"): "agreement",
    ("strategic developments", "headquarters or base established"): "base",
}
DEFAULT_CATEGORY = "report"

# ACLED time_precision 2: "the week or weekend is known", and ACLED records the middle
# day of it. The event is then written as that day ± 3 days (a 7-day period).
WEEK_HALF_DAYS = 3
# Radius of uncertainty drawn on the map for ACLED's geo_precision (metres). ACLED gives
# none; these are this importer's convention (docs/interchange.md): 2 is "near a named
# place / a small part of a region", 3 "only a larger region: the coordinates stand for
# it (often its capital)". 1 is the named place itself: no radius.
RADIUS_M = {"1": "", "2": "25000", "3": "100000"}

ACLED_SOURCE_ID = "acled"
ACLED_PUBLISHER = "ACLED (Armed Conflict Location & Event Data)"
ACLED_URL = "https://acleddata.com/"

_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_LONG_DATE = r"\d{1,2} [A-Za-z]+ \d{4}"


@dataclass
class AcledImport:
    """The outcome of mapping an ACLED file: the package's tables and the rows set aside."""

    events: pd.DataFrame
    sources: pd.DataFrame
    excerpts: pd.DataFrame
    rows_read: int
    problems: list[Problem] = field(default_factory=list)
    # Where, when and by whom each written event is, as ``settings_out.FACTS`` reads them.
    facts: pd.DataFrame | None = None

    @property
    def rows_set_aside(self) -> int:
        """How many ACLED rows were not written."""
        return len({p.row for p in self.problems})


def read_acled(path: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Read an ACLED CSV export into string columns (trimmed) with the row number in
    ``_row``, and the rows that cannot even be read (a wrong field count, bytes that are
    not UTF-8) as problems.

    Raises ``Unusable`` when the file cannot be read, is empty or lacks a required column
    (the message names them). Column names are matched in lower case: older exports
    write ``EVENT_ID_CNTY``.
    """
    records, misfits, bad_bytes = _records(path)
    first = records.slice(0, 1).to_pylist()[0].values()
    header = [str(h).strip().strip("\ufeff").strip().lower() for h in first]
    _require_columns(path, header)
    frame = _frame(records.slice(1), misfits, header)
    problems = _misfit_problems(path.name, misfits, len(header))
    if bad_bytes:
        found = _encoding_problems(path.name, frame)
        aside = {p.row for p in found}
        frame = frame[~frame[ROW].isin(aside)].reset_index(drop=True)
        problems += found
    return frame, problems


def _records(path: Path) -> tuple[pa.Table, list[tuple[int, str]], bool]:
    """The file's rows as string columns (the header is the first), the rows of the wrong
    width with their numbers, and whether bytes that are not UTF-8 were marked."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Unusable(f"cannot read {path}: {exc.strerror or exc}") from None
    raw, bad_bytes = utf8_marked(raw)
    if not raw.strip():
        raise Unusable(f"{path} is empty")
    if not raw.endswith(b"\n"):
        raw += b"\n"
    try:
        # The validator's reader: string columns, misfit rows set aside with their numbers.
        records, misfits = csv_records(raw)
    except pa.ArrowInvalid as exc:
        reason = str(exc).removeprefix("CSV parse error: ")[:200]
        raise Unusable(f"{path} could not be read as CSV ({reason})") from None
    return records, misfits, bad_bytes


def _require_columns(path: Path, header: list[str]) -> None:
    """Raise ``Unusable`` naming the required columns the header lacks."""
    missing = [c for c in REQUIRED if c not in header]
    if not missing:
        return
    hint = ""
    if len(header) <= 2 and any(s in h for h in header for s in (";", "\t")):
        hint = " (the header reads as one column: is the file separated by ';' or tabs?)"
    raise Unusable(
        f"{path} lacks required ACLED column(s): {', '.join(missing)}{hint}; "
        f"its header has: {', '.join(h for h in header if h)[:300] or 'nothing'}"
    )


def _frame(body: pa.Table, misfits: list[tuple[int, str]], header: list[str]) -> pd.DataFrame:
    """The known columns, trimmed, with each row's number in the file; blank rows dropped,
    absent optional columns empty."""
    total = body.num_rows + len(misfits) + 1
    numbers = np.delete(np.arange(2, total + 1), [n - 2 for n, _ in misfits if n and n >= 2])
    columns: dict[str, object] = {ROW: numbers[: body.num_rows]}
    blank = np.ones(body.num_rows, dtype=bool)
    for name, col in zip(header, body.columns, strict=False):
        col = pc.utf8_trim_whitespace(col)
        blank &= pc.equal(col, "").to_numpy(zero_copy_only=False)
        if name in (*REQUIRED, *OPTIONAL) and name not in columns:
            columns[name] = col.to_pandas()
    frame = pd.DataFrame(columns)
    for name in (*REQUIRED, *OPTIONAL):
        if name not in frame:
            frame[name] = ""
    return frame[~blank].reset_index(drop=True)


def _misfit_problems(label: str, misfits: list[tuple[int, str]], width: int) -> list[Problem]:
    """A problem for each row of the wrong width that holds something."""
    problems = []
    for number, text in misfits:
        if not text.strip(", \r\n"):
            continue  # a blank line holds nothing to lose
        n = len(next(csv.reader(io.StringIO(text)), []))
        msg = f"row has {n} fields, the header has {width}: not read"
        problems.append(Problem(label, "row-width", msg, number, None, text[:80]))
    return problems


def _encoding_problems(label: str, frame: pd.DataFrame) -> list[Problem]:
    """A problem for each value holding bytes that were not UTF-8 (shown as U+FFFD)."""
    problems = []
    msg = "not valid UTF-8: the text cannot be quoted verbatim (save the file as UTF-8)"
    for name in (*REQUIRED, *OPTIONAL):
        hit = frame[name].str.contains(BAD_BYTE_RE, regex=True).to_numpy(dtype=bool)
        for number, value in zip(frame[ROW][hit], frame[name][hit], strict=True):
            shown = re.sub(BAD_BYTE_RE, "\ufffd", value)
            problems.append(Problem(label, "encoding", msg, int(number), name, shown))
    return problems


def parse_dates(values: pd.Series) -> np.ndarray:
    """ACLED's ``event_date`` as ``datetime64[D]`` (NaT where it is not a date).

    Reads ``2021-11-05`` and ``05 November 2021`` (the two forms ACLED exports use); each
    distinct text is parsed once.
    """
    codes, uniques = pd.factorize(pd.Series(values, dtype="str"))
    texts = pd.Series(uniques, dtype="str")
    iso = texts.str.fullmatch(_ISO_DATE)
    long = texts.str.fullmatch(_LONG_DATE)
    parsed = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[s]")
    if iso.any():
        parsed[iso] = pd.to_datetime(texts[iso], format="%Y-%m-%d", errors="coerce")
    if long.any():
        parsed[long] = pd.to_datetime(texts[long], format="%d %B %Y", errors="coerce")
    days = parsed.to_numpy().astype("datetime64[D]")
    out = np.full(len(codes), np.datetime64("NaT"), dtype="datetime64[D]")
    found = codes >= 0
    out[found] = days[codes[found]]
    return out


def _slugs(values: pd.Series) -> pd.Series:
    """Lower-case letters, digits and '-' (the contract's id pattern); '' when nothing is left."""
    return (
        values.str.lower().str.replace(r"[^a-z0-9]+", "-", regex=True).str.strip("-").astype("str")
    )


class _SetAside:
    """The rows set aside so far and their problems, collected check by check."""

    def __init__(self, frame: pd.DataFrame, label: str) -> None:
        self.frame, self.label = frame, label
        self.rows = frame[ROW].to_numpy()
        self.bad = np.zeros(len(frame), dtype=bool)
        self.problems: list[Problem] = []

    def flag(self, mask, column: str, rule: str, message) -> None:
        """Set aside the rows of ``mask``; ``message`` is text, or a function of the value."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        values = self.frame[column].to_numpy(dtype=object)[mask]
        for r, value in zip(self.rows[mask], values, strict=True):
            msg = message(value) if callable(message) else message
            self.problems.append(Problem(self.label, rule, msg, int(r), column, value))
        self.bad[mask] = True


def _check_rows(frame: pd.DataFrame, label: str) -> tuple[np.ndarray, list[Problem], dict]:
    """Which rows can be mapped (a boolean mask), the problems of the others, and the
    parsed values the mapping reuses (dates, event ids)."""
    aside = _SetAside(frame, label)
    ids = _check_ids(aside)
    dates = _check_dates(aside)
    _check_places(aside)
    aside.flag(
        (frame["notes"] == "").to_numpy(dtype=bool),
        "notes",
        "notes-missing",
        "no notes: every event needs the text that backs it, and ACLED's notes are that text",
    )
    # Checked last, so that the message can say whether the first row is written.
    _check_duplicates(aside, ids)
    aside.problems.sort(key=lambda p: p.row)  # file order; a row's problems in column order
    return ~aside.bad, aside.problems, {"dates": dates, "ids": ids}


def _check_ids(aside: _SetAside) -> pd.Series:
    """Flag rows with no usable event id; return the ids as the contract's slugs."""
    raw_id = aside.frame["event_id_cnty"]
    ids = _slugs(raw_id)
    aside.flag(
        raw_id == "", "event_id_cnty", "id-missing", "no event id: the event cannot be cited"
    )
    aside.flag(
        (raw_id != "") & (ids == ""),
        "event_id_cnty",
        "id",
        "the id has no letter or digit to make an event_id of",
    )
    return ids


def _check_dates(aside: _SetAside) -> np.ndarray:
    """Flag rows with no readable date, a year that contradicts it or an unknown time
    precision; return the dates."""
    frame = aside.frame
    dates = parse_dates(frame["event_date"])
    aside.flag(
        np.isnat(dates),
        "event_date",
        "date",
        lambda v: (
            "missing date"
            if v == ""
            else "not a date: expected YYYY-MM-DD (2021-11-05) or DD Month YYYY (05 November 2021)"
        ),
    )
    years = pd.Series(dates).dt.year.astype("Int64").astype("str").to_numpy(dtype=object)
    stated = frame["year"].to_numpy(dtype=object)
    aside.flag(
        ~np.isnat(dates) & (stated != "") & (stated != years),
        "year",
        "year",
        "year differs from the year of event_date: which one is right is unknown",
    )
    aside.flag(
        ~frame["time_precision"].isin(["1", "2", "3"]).to_numpy(dtype=bool),
        "time_precision",
        "time-precision",
        "must be ACLED's 1 (day), 2 (week) or 3 (month or longer)",
    )
    return dates


def _check_places(aside: _SetAside) -> None:
    """Flag rows whose coordinates are missing or out of range, or whose geo precision
    is not one of ACLED's codes."""
    frame = aside.frame
    for column, limit in (("latitude", 90), ("longitude", 180)):
        value = to_float(frame[column])
        with np.errstate(invalid="ignore"):
            outside = np.abs(value) > limit
        aside.flag(
            np.isnan(value),
            column,
            "coordinates",
            lambda v: "missing coordinate" if v == "" else "not a number",
        )
        aside.flag(
            outside, column, "coordinates", f"out of range: must be between -{limit} and {limit}"
        )
    aside.flag(
        ~frame["geo_precision"].isin(["1", "2", "3"]).to_numpy(dtype=bool),
        "geo_precision",
        "geo-precision",
        "must be ACLED's 1 (the place), 2 (near it / part of a region) or 3 (a larger region)",
    )


def _check_duplicates(aside: _SetAside, ids: pd.Series) -> None:
    """Ids that differ only in case or punctuation would be one event_id: the first row
    keeps it; the message says whether that first row is written."""
    filled = (ids != "").to_numpy(dtype=bool)
    again = filled & ids.duplicated(keep="first").to_numpy(dtype=bool)
    if not again.any():
        return
    rows, raw_id = aside.rows, aside.frame["event_id_cnty"]
    first = pd.Series(np.arange(len(ids))).groupby(ids.to_numpy()).transform("first").to_numpy()
    for at in np.flatnonzero(again):
        first_row = int(rows[first[at]])
        if aside.bad[first[at]]:
            msg = (
                f"duplicate id: row {first_row} has it first and is set aside for its own "
                "problem; this row is not written either (which one is right is unknown)"
            )
        else:
            msg = (
                f"duplicate id: row {first_row} has it first and is written; this row is "
                "not (ACLED ids are unique: if two exports were joined, keep the row with "
                "the latest timestamp)"
            )
        aside.problems.append(
            Problem(
                aside.label, "id-duplicate", msg, int(rows[at]), "event_id_cnty", raw_id.iat[at]
            )
        )
    aside.bad |= again


_TEXT = pa.large_string()  # what pandas' str columns hold


def _text(values) -> pa.Array:
    """A column (Series, array, list) as an Arrow text array, for the string kernels."""
    array = pa.array(values, type=_TEXT, from_pandas=True)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def _cat(*parts) -> pa.Array:
    """Texts and columns joined row by row in one pass (Arrow's element-wise join)."""
    args = [pa.scalar(p, _TEXT) if isinstance(p, str) else p for p in parts]
    return pc.binary_join_element_wise(*args, pa.scalar("", _TEXT))


def _when(column: pa.Array, prefix: str, suffix: str = "") -> pa.Array:
    """``prefix + column + suffix`` where the column is not empty, else ''."""
    return pc.if_else(pc.equal(column, ""), pa.scalar("", _TEXT), _cat(prefix, column, suffix))


def _join_nonempty(parts: list[pa.Array], sep: str) -> pa.Array:
    """The non-empty parts of each row joined with ``sep`` (the texts are never rewritten)."""
    text = parts[0]
    for part in parts[1:]:
        both = pc.and_(pc.not_equal(text, ""), pc.not_equal(part, ""))
        text = pc.if_else(both, _cat(text, sep, part), _cat(text, part))
    return text


def _distinct_parts(parts: list[pa.Array]) -> list[pa.Array]:
    """Each part blanked where an earlier part of the same row has the same text (ACLED
    repeats a town as its admin3 and admin2: "Ishkoshim, Ishkoshim, Ishkoshim")."""
    out = []
    for i, part in enumerate(parts):
        seen = pa.array(np.zeros(len(part), dtype=bool))
        for earlier in parts[:i]:
            seen = pc.or_(seen, pc.equal(part, earlier))
        out.append(pc.if_else(seen, pa.scalar("", _TEXT), part))
    return out


def _pick(codes: pa.Array, choices: dict[str, pa.Array | str], default) -> pa.Array:
    """Per row, the choice for its code ("1", "2", "3"), else ``default``."""
    out = default
    for code, choice in choices.items():
        value = pa.scalar(choice, _TEXT) if isinstance(choice, str) else choice
        out = pc.if_else(pc.equal(codes, code), value, out)
    return out


def _day_texts(days: np.ndarray) -> dict[str, pa.Array]:
    """The texts a day is written as (ISO, the week around it, its month, in words),
    computed once per distinct day and spread to the rows."""
    unique, inverse = np.unique(days, return_inverse=True)
    week = np.timedelta64(WEEK_HALF_DAYS, "D")

    def words(d: np.ndarray) -> pd.Series:
        t = pd.Series(d.astype("datetime64[s]"))
        return t.dt.day.astype("str") + " " + t.dt.month_name() + " " + t.dt.year.astype("str")

    month = pd.Series(unique.astype("datetime64[s]")).dt.strftime("%B %Y")
    texts = {
        "day": np.datetime_as_string(unique, unit="D"),
        "week_first": np.datetime_as_string(unique - week, unit="D"),
        "week_last": np.datetime_as_string(unique + week, unit="D"),
        "month": np.datetime_as_string(unique.astype("datetime64[M]"), unit="M"),
        "day_words": words(unique),
        "first_words": words(unique - week),
        "last_words": words(unique + week),
        "month_words": month,
    }
    at = pa.array(inverse.ravel())
    return {k: _text(v).take(at) for k, v in texts.items()}


def map_acled(
    frame: pd.DataFrame, label: str, problems: list[Problem] | None = None
) -> AcledImport:
    """Map ACLED rows (as ``read_acled`` gives them) to events, excerpts and sources.

    ``problems`` are those found while reading; the rows this step cannot map are added.
    """
    problems = list(problems or [])
    rows_read = len(frame) + len({p.row for p in problems})
    ok, found, parsed = _check_rows(frame, label)
    problems = sorted([*problems, *found], key=lambda p: p.row or 0)
    good = frame[ok].reset_index(drop=True)
    col = {c: _text(good[c]) for c in (*REQUIRED, *OPTIONAL)}
    ids = _text(parsed["ids"][ok])
    date, end, when = _period(col["time_precision"], _day_texts(parsed["dates"][ok]))
    radius = np.array([RADIUS_M[c] for c in ("1", "2", "3")], dtype=object)
    events = pd.DataFrame(
        {
            "event_id": ids.to_pandas(),
            "date": date.to_pandas(),
            "end_date": end.to_pandas(),
            "category": _categories(col),
            "title": _title(col).to_pandas(),
            "summary": _summary(col, when).to_pandas(),
            "site_id": "",
            "lon": good["longitude"],
            "lat": good["latitude"],
            "geo_precision": good["geo_precision"],
            "precision_m": radius[good["geo_precision"].to_numpy(dtype=int) - 1],
            "status": "reported",
            "actors": _join_nonempty(
                [col[c] for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")], ";"
            ).to_pandas(),
            "lifecycle": "occurred",
        }
    )
    sources, excerpts = _sources_and_excerpts(good, col, ids, label)
    facts = pd.DataFrame(
        {
            "country": good["country"],
            "admin1": good["admin1"],
            "actor": good["actor1"],
            "day": pd.Series(parsed["dates"][ok].astype("datetime64[s]")),
            "lon": to_float(good["longitude"]),
            "lat": to_float(good["latitude"]),
            "kind": good["disorder_type"],
        }
    )
    return AcledImport(events, sources, excerpts, rows_read, problems, facts)


def _period(tp: pa.Array, d: dict[str, pa.Array]) -> tuple[pa.Array, pa.Array, pa.Array]:
    """Date, end date and the sentence saying how precise they are, from ACLED's
    time_precision: the day (1); the week ACLED means, as its middle day ± 3 (2); the
    month of the day ACLED records (3)."""
    date = _pick(tp, {"1": d["day"], "2": d["week_first"]}, d["month"])
    end = _pick(tp, {"2": d["week_last"]}, pa.scalar("", _TEXT))
    recorded = ("ACLED records ", d["day_words"], " for it, shown here as ")
    when = _pick(
        tp,
        {
            "1": _cat("ACLED time_precision 1, the day is known: ", d["day_words"]),
            "2": _cat(
                "ACLED time_precision 2, only the week is known: ",
                *recorded,
                d["first_words"],
                " to ",
                d["last_words"],
            ),
        },
        _cat(
            "ACLED time_precision 3, only the month or a longer period is known: ",
            *recorded,
            d["month_words"],
            " (the period may be longer)",
        ),
    )
    return date, end, when


def _where(gp: pa.Array) -> pa.Array:
    """The sentence saying how precise the coordinates are (ACLED's geo_precision)."""
    return _pick(
        gp,
        {
            "1": "ACLED geo_precision 1: the coordinates are those of the named place",
            "2": "ACLED geo_precision 2: near the named place or in a small part of its "
            f"region; drawn with a radius of {int(RADIUS_M['2']) // 1000} km",
        },
        pa.scalar(
            "ACLED geo_precision 3: only a larger region is known, the coordinates stand "
            f"for it (often its capital); drawn with a radius of {int(RADIUS_M['3']) // 1000} km",
            _TEXT,
        ),
    )


def _categories(col: dict[str, pa.Array]) -> np.ndarray:
    """Our category for each row's ACLED type and sub-type (``CATEGORY_BY_TYPE``)."""
    kinds = [f"{t}|{s}" for t, s in CATEGORY_BY_TYPE]
    known = pc.index_in(
        _cat(pc.utf8_lower(col["event_type"]), "|", pc.utf8_lower(col["sub_event_type"])),
        value_set=_text(kinds),
    )
    categories = np.array([*CATEGORY_BY_TYPE.values(), DEFAULT_CATEGORY], dtype=object)
    return categories[pc.fill_null(known, len(kinds)).to_numpy()]


def _title(col: dict[str, pa.Array]) -> pa.Array:
    """ "Sub-event type — location, country" (with what is there)."""
    event_type, sub_type = col["event_type"], col["sub_event_type"]
    heading = pc.if_else(pc.equal(sub_type, ""), event_type, sub_type)
    heading = pc.if_else(pc.equal(heading, ""), pa.scalar("ACLED event", _TEXT), heading)
    spot = pc.if_else(pc.equal(col["location"], ""), col["admin1"], col["location"])
    return _cat(heading, _when(spot, " — "), _when(col["country"], ", "))


def _summary(col: dict[str, pa.Array], when: pa.Array) -> pa.Array:
    """What ACLED coded, where and when and how precisely, who and what it marks."""
    place = _join_nonempty(
        _distinct_parts([col[c] for c in ("location", "admin3", "admin2", "admin1", "country")]),
        ", ",
    )
    actor1 = _cat(col["actor1"], _when(col["assoc_actor_1"], " (with ", ")"))
    actor2 = _cat(col["actor2"], _when(col["assoc_actor_2"], " (with ", ")"))
    return _cat(
        "ACLED event ",
        col["event_id_cnty"],
        ", ",
        _join_nonempty([col["event_type"], col["sub_event_type"]], " / "),
        _when(col["disorder_type"], " (disorder type: ", ")"),
        ". Where: ",
        pc.if_else(pc.equal(place, ""), pa.scalar("not named", _TEXT), place),
        "; ",
        _where(col["geo_precision"]),
        ". When: ",
        when,
        ".",
        _when(_join_nonempty([actor1, actor2], " and "), " Actors: ", "."),
        _when(col["civilian_targeting"], " ACLED marks it: ", "."),
        _when(col["fatalities"], " Fatalities as recorded by ACLED: ", "."),
    )


def _sources_and_excerpts(
    good: pd.DataFrame, col: dict[str, pa.Array], ids: pa.Array, label: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One source per distinct publisher string (known through ACLED), and one excerpt
    per event and publisher quoting ACLED's notes; ACLED itself where none is named."""
    lists = pc.split_pattern(col["source"], ";")
    pairs = pd.DataFrame(
        {
            "at": pc.list_parent_indices(lists).to_numpy(),
            "publisher": pc.utf8_trim_whitespace(pc.list_flatten(lists)).to_pandas(),
        }
    )
    pairs = pairs[pairs["publisher"] != ""].drop_duplicates()
    publishers = pd.Series(pd.unique(pairs["publisher"]), dtype="str")
    source_ids = _publisher_ids(publishers)
    sources = _sources(good, pairs, publishers, source_ids, label)

    # Events whose source column names nobody are backed by ACLED's own text.
    id_of = pd.Series(source_ids, index=publishers.to_numpy(), dtype=object)
    unnamed = np.setdiff1d(np.arange(len(good)), pairs["at"].to_numpy())
    at = np.concatenate([pairs["at"].to_numpy(), unnamed])
    source_id = np.concatenate(
        [
            id_of.reindex(pairs["publisher"]).to_numpy(dtype=object),
            np.full(len(unnamed), ACLED_SOURCE_ID, dtype=object),
        ]
    )
    order = np.argsort(at, kind="stable")  # each event's excerpts together, in file order
    return sources, _excerpts(good, col, ids, at[order], source_id[order])


def _sources(
    good: pd.DataFrame,
    pairs: pd.DataFrame,
    publishers: pd.Series,
    source_ids: list[str],
    label: str,
) -> pd.DataFrame:
    """ACLED itself, then one source per publisher with the source scales it is cited at."""
    scale = pd.DataFrame(
        {"publisher": pairs["publisher"], "scale": good["source_scale"].to_numpy()[pairs["at"]]}
    )
    scale = scale[scale["scale"] != ""].drop_duplicates()
    # A few thousand publishers at most: one join per publisher, not per row.
    scales = scale.groupby("publisher", sort=False)["scale"].agg(lambda s: "; ".join(sorted(s)))
    named = _text(publishers)
    scale_text = _text(publishers.map(scales).fillna(""))
    acled = {
        "source_id": ACLED_SOURCE_ID,
        "title": f"ACLED data export ({label})",
        "author": "",
        "publisher": ACLED_PUBLISHER,
        "published": "",
        "url": ACLED_URL,
        "via": "",
        "note": "Imported with 'python -m dashboard import-acled'. The excerpts quote "
        "ACLED's notes verbatim: its coders' summaries of the reports named in its "
        "source column.",
    }
    named_sources = pd.DataFrame(
        {
            "source_id": source_ids,
            "title": _cat("[Reports by ", named, ", as coded by ACLED]").to_pandas(),
            "author": "",
            "publisher": named.to_pandas(),
            "published": "",
            "url": "",
            "via": ACLED_SOURCE_ID,
            "note": _cat(
                "Named in ACLED's source column; known only through ACLED's notes, which "
                "summarise its reports.",
                _when(scale_text, " ACLED source_scale where it is cited: ", "."),
            ).to_pandas(),
        }
    )
    return pd.concat([pd.DataFrame([acled]), named_sources], ignore_index=True)


def _excerpts(
    good: pd.DataFrame,
    col: dict[str, pa.Array],
    ids: pa.Array,
    at: np.ndarray,
    source_id: np.ndarray,
) -> pd.DataFrame:
    """One excerpt per (row ``at``, source): ACLED's notes, located by ACLED's id and the
    day of the coding quoted (ACLED's timestamp, Unix seconds)."""
    stamp = to_float(good["timestamp"])
    day = np.full(len(stamp), np.datetime64("NaT"), dtype="datetime64[D]")
    known = np.isfinite(stamp)
    day[known] = (stamp[known] // 86400).astype("int64").astype("datetime64[D]")
    version = _day_texts(day)["day"]
    version = pc.if_else(pc.equal(version, "NaT"), pa.scalar("", _TEXT), version)
    locator = _cat(
        "ACLED ",
        col["event_id_cnty"],
        ", notes",
        _when(version, " (as updated by ACLED on ", ")"),
        _when(col["source_scale"], "; source_scale "),
    )
    take = pa.array(at)
    event_id = ids.take(take)
    number = pd.Series(at).groupby(at).cumcount().to_numpy() + 1
    return pd.DataFrame(
        {
            "event_id": event_id.to_pandas(),
            "source_id": source_id,
            "quote": col["notes"].take(take).to_pandas(),
            "stance": "supports",
            "locator": locator.take(take).to_pandas(),
            "excerpt_id": _cat(event_id, "-", _text(number.astype(str))).to_pandas(),
        }
    )


def _publisher_ids(publishers: pd.Series) -> list[str]:
    """A unique slug per publisher ("Asia-Plus" -> "asia-plus"; a second "Asia Plus" ->
    "asia-plus-2"; a name with no Latin letter or digit -> "publisher-N")."""
    slugs = _slugs(publishers).tolist()
    taken = {ACLED_SOURCE_ID}
    out = []
    for i, slug in enumerate(slugs, start=1):
        base = slug or f"publisher-{i}"
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        out.append(candidate)
    return out


def import_acled(path: Path) -> AcledImport:
    """Read and map an ACLED CSV export (``read_acled`` then ``map_acled``).

    Raises ``Unusable`` when the file cannot be read or a required column is missing. A
    result with no event (no row could be mapped) is returned with its problems: the
    caller says why nothing can be written.
    """
    frame, problems = read_acled(path)
    return map_acled(frame, path.name, problems)


def report(result: AcledImport, limit: int | None = None, full: str | None = None) -> str:
    """The rows set aside, one located problem a line (file, row, column, value, rule),
    at most ``limit`` lines; ``full`` names the file that holds them all."""
    if not result.problems:
        return f"All {result.rows_read:,} rows mapped."
    lines = [f"{result.rows_set_aside:,} of {result.rows_read:,} row(s) set aside (not written):"]
    shown = result.problems if limit is None else result.problems[:limit]
    lines += [f"  {p}" for p in shown]
    if len(shown) < len(result.problems):
        where = f"all of them are in {full}" if full else "--report FILE writes them all"
        lines.append(f"  … and {len(result.problems) - len(shown):,} more ({where})")
    return "\n".join(lines)


def problems_csv(problems: list[Problem]) -> str:
    """The problems as CSV (file, row, column, value, rule, message)."""
    frame = pd.DataFrame(
        [p.as_dict() for p in problems],
        columns=["file", "row", "column", "value", "rule", "message"],
    )
    return frame.to_csv(index=False, lineterminator="\n")

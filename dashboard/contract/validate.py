"""Schema-driven reading and validation of the package's CSV files and GeoJSON properties.

Every rule reads its parameters from the declaration in ``datapackage.json``. Rows that
break a rule are set aside with their reasons (never silently dropped); the others load.

Validation is columnar: each rule first finds, for a whole column at once, the rows that
may break it (a superset, cheap to compute); only those rows are then checked one by one
by ``check_value``, which words the message. A million clean rows cost a few vectorised
passes; the per-value path runs only for the values that are actually wrong, and once per
distinct wrong value, which is also when a "did you mean" (``Closest``) is looked up.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import difflib
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from dashboard.contract.columns import NUMBER, arrow_strings, isin, to_float
from dashboard.contract.dates import OPEN, encode_dates, parse_partial_date
from dashboard.contract.problems import ERROR, WARNING, Problem
from dashboard.contract.schema import Field, Resource

ROW = "_row"  # column holding the row number a spreadsheet user sees (header = row 1)
REASONS = "_reasons"  # column of the set-aside table: why the row was set aside

INTEGER = r"[+-]?\d+"
SLUG = "[a-z0-9][a-z0-9-]*"  # the pattern of the package's ids
_NON_FINITE = {"nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
# An http(s) URL whose host urlparse reads without trouble (no brackets, no spaces).
# Anything else goes to the per-value check, which decides.
_PLAIN_URL = r"(?i:https?)://[A-Za-z0-9._~%!$&'()*+,;=:@-]+(?:[/?#].*)?"

# Bytes that are not UTF-8 are mapped to these private-use code points while reading,
# so Arrow can parse the file and only the rows holding them are set aside (the ACLED
# importer reads its files the same way).
BAD_BYTE_BASE = 0x10FF00
BAD_BYTE_RE = "[\U0010ff00-\U0010ffff]"
BAD_BYTES_ERRORS = "dashboard-bad-bytes"
# Bytes of CSV Arrow parses at a time: large enough for any ordinary record (a longer one
# makes ``csv_records`` parse the file as one block).
CSV_BLOCK = 1 << 24


def _mark_bad_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    return "".join(chr(BAD_BYTE_BASE + b) for b in err.object[err.start : err.end]), err.end


codecs.register_error(BAD_BYTES_ERRORS, _mark_bad_bytes)


def utf8_marked(raw: bytes) -> tuple[bytes, bool]:
    """The bytes without their leading UTF-8 BOMs, as valid UTF-8: each byte that was not
    UTF-8 mapped to a private-use code point (``BAD_BYTE_RE``); and whether any was."""
    # Some tools write the BOM twice (a BOM-ed file re-saved as "UTF-8 with BOM").
    while raw.startswith(codecs.BOM_UTF8):
        raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors=BAD_BYTES_ERRORS).encode("utf-8"), True
    return raw, False


# "Did you mean": a wrong value is matched to a known one at least this alike (difflib's
# ratio, 0..1): one slip in five characters ("src-z" -> "src-a"), a dropped letter in a
# word ("catgory"), never a different word ("training" is not "report").
SUGGEST_CUTOFF = 0.8
# Suggestions are looked up for this many distinct wrong values of a column at most: past
# that, the column holds another kind of data, not slips, and the lookups would only cost.
SUGGEST_LIMIT = 200
# With more known values than this, only the wrong value's neighbours in sorted order, by
# its start and by its end, are compared: a slip leaves one of the two ends intact.
_SUGGEST_ALL = 2000
_SUGGEST_NEIGHBOURS = 50
_DIGITS = re.compile(r"\d+")


class Closest:
    """The known value a wrong one most looks like ("did you mean"), or None.

    Case and surrounding spaces are ignored, so "Exercise" finds "exercise"; ids that
    differ only in a number are not suggested ("wapo1" for "wapo2"). Each distinct wrong
    value is looked up once (a misspelling repeated on 100,000 rows costs one lookup), at
    most ``SUGGEST_LIMIT`` of them; a million known ids cost a sort in Arrow, done on the
    first lookup that needs it. When two known values are equally close, there is no
    suggestion. ``max_changes`` bounds the characters that differ, for long ids that
    share most of their text ("2016-pap-troops-murghab--wapo" is not "…--deny").
    """

    def __init__(
        self,
        known,
        cutoff: float = SUGGEST_CUTOFF,
        limit: int = SUGGEST_LIMIT,
        max_changes: int | None = None,
    ):
        self._known = known
        self._cutoff = cutoff
        self._limit = limit
        self._max_changes = max_changes
        self._memo: dict[str, str | None] = {}
        self._ready = False
        self._few: dict[str, str] = {}  # lower-cased -> known value, when there are few
        self._many: pa.Array | None = None  # the known values, when there are many
        self._sorted: dict[bool, tuple[_Sorted, pa.Array]] = {}  # by end? -> sorted

    def __call__(self, value: str) -> str | None:
        if value in self._memo:
            return self._memo[value]
        if len(self._memo) >= self._limit:
            return None
        if not self._ready:
            self._index()
        key = value.strip().lower()
        found = None
        if key and self._many is None:
            found = self._best(key, self._few)
        elif key:
            # Neighbours by the start first; by the end (sorted on first need) when the
            # slip is near the start.
            found = self._best(key, self._near(key, False)) or self._best(
                key, self._near(key, True)
            )
        self._memo[value] = None if found == value else found
        return self._memo[value]

    def _index(self) -> None:
        # Repeated known values collapse in the candidates' dict: no need for unique().
        known = arrow_strings(self._known)
        known = known.filter(pc.not_equal(known, ""))
        self._ready = True
        if len(known) <= _SUGGEST_ALL:
            known = pc.unique(known)
            folded = pc.utf8_lower(known).to_pylist()
            pairs = zip(reversed(folded), reversed(known.to_pylist()), strict=True)
            self._few = dict(pairs)  # the first known value wins a tie in case
        else:
            self._many = known

    def _near(self, key: str, by_end: bool) -> dict[str, str]:
        """The known values next to ``key`` in sorted order (of their reversed text)."""
        if by_end not in self._sorted:
            texts = pc.utf8_lower(self._many)
            texts = pc.utf8_reverse(texts) if by_end else texts
            order = pc.sort_indices(texts)
            self._sorted[by_end] = (_Sorted(texts.take(order)), self._many.take(order))
        keys, known = self._sorted[by_end]
        at = bisect.bisect_left(keys, key[::-1] if by_end else key)
        lo = max(0, at - _SUGGEST_NEIGHBOURS)
        n = at + _SUGGEST_NEIGHBOURS - lo
        near: dict[str, str] = {}
        some = keys.texts.slice(lo, n).to_pylist()
        for k, v in zip(some, known.slice(lo, n).to_pylist(), strict=True):
            near.setdefault(k[::-1] if by_end else k, v)
        return near

    def _best(self, key: str, candidates: dict[str, str]) -> str | None:
        if key in candidates:  # differs only in case or spaces
            return candidates[key]
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(key)  # difflib caches what it learns about seq2
        scored = []
        shape = _DIGITS.sub("", key)
        for folded in candidates:
            # Ids that differ only in their numbers (a year, a count: "wapo1", "wapo2")
            # are different things, not a slip of the keyboard.
            if _DIGITS.sub("", folded) == shape:
                continue
            matcher.set_seq1(folded)
            if matcher.real_quick_ratio() < self._cutoff or matcher.quick_ratio() < self._cutoff:
                continue
            ratio = matcher.ratio()
            if ratio < self._cutoff and _one_swap(key, folded):
                ratio = self._cutoff  # "nmae": difflib scores a swap low in short words
            changed = round((len(key) + len(folded)) * (1 - ratio))
            if ratio >= self._cutoff and changed <= (self._max_changes or changed):
                scored.append((ratio, folded))
        scored.sort(reverse=True)
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return candidates[scored[0][1]]


def _one_swap(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring characters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


class _Sorted:
    """A sorted Arrow string array that ``bisect`` can search (UTF-8 byte order is code
    point order, so Arrow's sort and Python's comparisons agree)."""

    def __init__(self, texts: pa.Array):
        self.texts = texts

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> str:
        return self.texts[i].as_py()


def did_you_mean(suggestion: str | None) -> str:
    """``"; did you mean 'x'?"`` to end a message with, or nothing."""
    return f"; did you mean {suggestion!r}?" if suggestion is not None else ""


@dataclass
class Table:
    """The outcome of reading one file: the rows that passed, the rows set aside, and why."""

    name: str
    rows: pd.DataFrame
    rejected: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    # column -> a wrong id or reference -> the id a "did you mean" named for it
    suggested: dict[str, dict[str, str]] = field(default_factory=dict)

    def set_aside(self, mask: pd.Series, reason_by_row: dict[int, str]) -> None:
        """Move the rows selected by ``mask`` to ``rejected``, noting each reason."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        moved = self.rows[mask].copy()
        moved[REASONS] = [reason_by_row.get(r, "") for r in moved[ROW]]
        frames = [f for f in (self.rejected, moved) if len(f)]
        self.rejected = pd.concat(frames, ignore_index=True) if len(frames) > 1 else moved
        self.rows = self.rows[~mask].reset_index(drop=True)


def empty_table(name: str, resource: Resource, problems: list[Problem]) -> Table:
    cols = [ROW, *resource.field_names]
    return Table(
        name,
        pd.DataFrame(columns=cols, dtype=object),
        pd.DataFrame(columns=[*cols, REASONS], dtype=object),
        problems,
    )


def _show_bad_bytes(value: str) -> str:
    """The value as a reader sees it: each byte that was not UTF-8 shown as U+FFFD."""
    return re.sub(BAD_BYTE_RE, "\ufffd", value)


def csv_records(data: bytes) -> tuple[pa.Table, list[tuple[int, str]]]:
    """Parse CSV bytes into string columns ``f0..fN`` (the header is record 1) and the
    records whose field count differs from the header's, as (record number, text)."""
    misfits: list[tuple[int, str]] = []

    def misfit(row) -> str:
        misfits.append((row.number, row.text))
        return "skip"

    # More names than the header can have columns (quoted commas only lower the count).
    # (A slice up to the first line end: ``split`` would copy the whole file.)
    columns = data[: data.find(b"\n")].count(b",") + 64

    def parse(block_size: int) -> pa.Table:
        misfits.clear()
        return pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(
                # One thread: Arrow only knows the record number of a misfit row then.
                use_threads=False,
                autogenerate_column_names=True,
                block_size=block_size,
            ),
            parse_options=pacsv.ParseOptions(
                newlines_in_values=True, ignore_empty_lines=False, invalid_row_handler=misfit
            ),
            convert_options=pacsv.ConvertOptions(
                # Large strings: what pandas keeps its text in (no cast of each column).
                column_types={f"f{i}": pa.large_string() for i in range(columns)},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )

    try:
        # Blocks of ``CSV_BLOCK`` parse several times faster than one block of a whole
        # large file (the record numbers of misfits stay exact on one thread).
        return parse(CSV_BLOCK), misfits
    except pa.ArrowInvalid as exc:
        if "straddl" not in str(exc) or len(data) < CSV_BLOCK:
            raise
    # A record longer than a block: no limit on a field's length, one block for the file.
    return parse(max(1 << 20, min(len(data) + 1, 1 << 30))), misfits


def read_csv(path: Path, file_label: str, resource: Resource) -> Table:
    """Read a CSV file of ``resource`` into strings, checking encoding and header.

    CRLF and LF line ends and a UTF-8 BOM are all accepted (spreadsheets write them). A
    header that misspells a column gets a "did you mean"; a file separated by ';' or tabs
    gets one problem saying so, and all its rows are set aside (none is lost).
    """
    if not path.is_file():
        problem = Problem(file_label, "file-missing", "file not found in the data directory")
        return empty_table(resource.name, resource, [problem])
    raw, utf16 = _from_utf16(path.read_bytes())
    raw, bad_bytes = utf8_marked(raw)
    if not raw or raw.isspace():  # (``strip`` would copy the whole file)
        return empty_table(resource.name, resource, [Problem(file_label, "file-empty", "empty")])
    if not raw.endswith(b"\n"):
        raw += b"\n"  # a file cut inside its last line (caught mid-write) still parses
    try:
        records, misfits = csv_records(raw)
    except pa.ArrowInvalid as exc:
        return empty_table(resource.name, resource, [_unreadable(file_label, exc)])
    header = [_header_name(h) for h in records.slice(0, 1).to_pylist()[0].values()]
    delimiter = _other_delimiter(header)
    problems = _file_problems(file_label, delimiter, utf16)
    dupes = sorted({h for h in header if h and header.count(h) > 1})
    missing = [f for f in resource.required_fields if f not in header]
    if not delimiter:
        problems += _header_problems(file_label, resource, header, dupes, missing)

    frame, misfit_rows = _records_frame(header, records.slice(1), misfits)
    frame = _schema_columns(frame, resource)
    table = Table(resource.name, frame, pd.DataFrame(columns=[*frame.columns, REASONS]), problems)
    if delimiter or missing or dupes:
        _set_aside_all(table, delimiter, missing, dupes)
    else:
        _set_aside_unreadable(table, file_label, misfit_rows, len(header), bad_bytes)
    return table


def _from_utf16(raw: bytes) -> tuple[bytes, bool]:
    """The bytes as UTF-8 when a BOM says they are UTF-16 (Excel's "Unicode Text": the
    BOM says how to read it, so nothing is guessed); and whether they were."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace").encode("utf-8"), True
    return raw, False


def _unreadable(file_label: str, exc: pa.ArrowInvalid) -> Problem:
    """The problem of a file Arrow cannot parse as CSV."""
    reason = str(exc).removeprefix("CSV parse error: ")[:200]
    return Problem(
        file_label,
        "file-unreadable",
        f"could not be read as CSV ({reason}): was it cut short, or caught while being written?",
    )


def _other_delimiter(header: list[str]) -> str | None:
    """``"semicolons"`` or ``"tabs"`` when the file uses that delimiter: its header was
    read as one or two columns that hold it (spreadsheets in many locales write ';')."""
    if len(header) > 2:
        return None
    return next(
        (
            name
            for sep, name in ((";", "semicolons"), ("\t", "tabs"))
            if any(sep in h for h in header)
        ),
        None,
    )


def _file_problems(file_label: str, delimiter: str | None, utf16: bool) -> list[Problem]:
    """The problem of the file as a whole: another delimiter, else UTF-16. One problem for
    the file says so; its column and row problems would all be the same mistake."""
    if delimiter:
        saved = " and saved as UTF-16 (Excel's 'Unicode Text')" if utf16 else ""
        msg = (
            f"the file is separated by {delimiter}{saved}, not by commas: save it as "
            "comma-separated CSV (UTF-8), e.g. 'CSV UTF-8 (comma delimited)' in Excel"
        )
        return [Problem(file_label, "delimiter", msg, 1)]
    if utf16:
        msg = "the file is UTF-16, not UTF-8: it was read, but save it as CSV UTF-8"
        return [Problem(file_label, "encoding", msg, severity=WARNING)]
    return []


def _records_frame(
    header: list[str], body: pa.Table, misfits: list[tuple[int, str]]
) -> tuple[pd.DataFrame, list[tuple[dict, int]]]:
    """The records as trimmed strings by header name, each with the row number a
    spreadsheet shows (``ROW``); and the misfit records, each with its field count.

    A misfit record keeps its place in the table (padded or cut to the header), so it is
    set aside with its values and its reason like any other bad row.
    """
    trimmed = [_trimmed(col) for col in body.columns]
    columns: dict[str, object] = {ROW: _record_numbers(body.num_rows, misfits)}
    for name, col in zip(header, trimmed, strict=False):
        if name and name not in columns:  # a duplicate header keeps its first column
            # One chunk, as a file parsed in one block gave: the frame's later takes and
            # the snapshot's batches then work on one array per column, not one per block.
            columns[name] = pa.chunked_array([col.combine_chunks()], col.type)
    frame = pd.DataFrame(
        {k: (v.to_pandas() if isinstance(v, pa.ChunkedArray) else v) for k, v in columns.items()}
    )
    blank = _blank_records(trimmed, body.num_rows)
    if blank.any():
        frame = frame[~blank].reset_index(drop=True)
    misfit_rows = _misfit_records(header, misfits)
    if misfit_rows:
        extra = pd.DataFrame([r for r, _ in misfit_rows])
        frame = pd.concat([frame, extra], ignore_index=True).sort_values(ROW).reset_index(drop=True)
    return frame, misfit_rows


def _record_numbers(parsed: int, misfits: list[tuple[int, str]]) -> np.ndarray:
    """Record numbers of the ``parsed`` records: every record from 2 on, less the misfits."""
    total = parsed + len(misfits) + 1
    numbers = np.delete(np.arange(2, total + 1), [n - 2 for n, _ in misfits if n and n >= 2])
    return numbers[:parsed]


def _trimmed(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """The column with the whitespace around each value trimmed: the column itself when
    no value can start or end with whitespace, as most columns of most files do."""
    if any(_edges_may_be_space(chunk) for chunk in column.chunks):
        return pc.utf8_trim_whitespace(column)
    return column


def _edges_may_be_space(chunk: pa.Array) -> bool:
    """Whether a value of a (large) string array without nulls may start or end with
    whitespace: its first or last byte is ASCII space or control (<= 0x20) or part of a
    character beyond ASCII, where Unicode's other spaces are. Only those bytes are read,
    from the array's buffers."""
    _, offsets, data = chunk.buffers()
    if data is None or not len(chunk):
        return False
    width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    at = np.frombuffer(offsets, dtype=width)[chunk.offset : chunk.offset + len(chunk) + 1]
    text = np.frombuffer(data, dtype=np.uint8)
    starts, ends = at[:-1], at[1:]
    filled = ends > starts
    first, last = text[starts[filled]], text[ends[filled] - 1]
    return bool(((first <= 0x20) | (first >= 0x80) | (last <= 0x20) | (last >= 0x80)).any())


def _blank_records(trimmed: list[pa.ChunkedArray], n: int) -> np.ndarray:
    """The records with nothing in any column (``trimmed``: every column of the ``n``
    records, trimmed). A blank line holds nothing to lose; a line whose only values sit
    in columns the schema does not know still counts (it is set aside, never dropped
    unseen)."""
    blank = np.ones(n, dtype=bool)
    for col in trimmed:
        blank &= pc.equal(col, "").to_numpy(zero_copy_only=False)
    return blank


def _misfit_records(header: list[str], misfits: list[tuple[int, str]]) -> list[tuple[dict, int]]:
    """Each record whose field count differs from the header's and that holds a value,
    as a row fitted to the header, with its field count."""
    misfit_rows = []
    for number, text in misfits:
        values = next(csv.reader(io.StringIO(text)), [])
        if not any(v.strip() for v in values):
            continue
        padded = ([v.strip() for v in values] + [""] * len(header))[: len(header)]
        rec = {ROW: number, **{h: v for h, v in zip(header, padded, strict=True) if h}}
        misfit_rows.append((rec, len(values)))
    return misfit_rows


def _schema_columns(frame: pd.DataFrame, resource: Resource) -> pd.DataFrame:
    """``ROW`` and the schema's columns in its order, as strings ("" where the file has
    no such column)."""
    for f in resource.field_names:
        if f not in frame.columns:
            frame[f] = ""
    frame = frame[[ROW, *resource.field_names]]
    for f in resource.field_names:
        frame[f] = frame[f].astype("str").fillna("")
    return frame


def _set_aside_all(
    table: Table, delimiter: str | None, missing: list[str], dupes: list[str]
) -> None:
    """Set every row aside for the header's fault: without a required column (or with an
    ambiguous one) no row can be checked."""
    reason = "file header: " + "; ".join(
        ([f"separated by {delimiter}, not commas"] if delimiter else [])
        + [f"missing column {m!r}" for m in missing]
        + [f"duplicate column {d!r}" for d in dupes]
    )
    rows = table.rows
    table.set_aside(pd.Series(True, index=rows.index), dict.fromkeys(rows[ROW], reason))


def _set_aside_unreadable(
    table: Table,
    file_label: str,
    misfit_rows: list[tuple[dict, int]],
    width: int,
    bad_bytes: bool,
) -> None:
    """Set aside, each with a problem, the rows that could not be read as they are: a
    field count other than the header's ``width``, or bytes that are not UTF-8."""
    reasons: dict[int, list[str]] = {}
    for rec, fields in misfit_rows:
        number = rec[ROW]
        msg = f"row has {fields} fields, the header has {width}"
        table.problems.append(Problem(file_label, "row-width", msg, number))
        reasons.setdefault(number, []).append(msg)
    frame = table.rows
    if bad_bytes:
        for col in frame.columns.drop(ROW):
            hit = frame[col].str.contains(BAD_BYTE_RE, regex=True).to_numpy(dtype=bool)
            for row, value in zip(frame[ROW][hit], frame[col][hit], strict=True):
                msg = "not valid UTF-8 (save the file as UTF-8)"
                table.problems.append(
                    Problem(file_label, "encoding", msg, int(row), col, _show_bad_bytes(value))
                )
                reasons.setdefault(int(row), []).append(f"{col}: {msg}")
    _set_aside_reasons(table, reasons)


def _header_name(cell) -> str:
    # A stray BOM (a file joined from two BOM-ed ones) is no part of a column's name.
    return str(cell).strip().strip("\ufeff").strip()


def _header_problems(
    file_label: str, resource: Resource, header: list[str], dupes: list[str], missing: list[str]
) -> list[Problem]:
    """Duplicate, missing and unknown columns of the header; a header name that looks like
    a column the header lacks ("catgory", "Event_ID") is named in that column's problem."""
    problems = [
        Problem(file_label, "header-duplicate", "column appears twice in the header", 1, d)
        for d in dupes
    ]
    unknown = [h for h in dict.fromkeys(header) if h and h not in resource.field_names]
    absent = Closest([f for f in resource.field_names if f not in header])
    meant = {h: absent(h) for h in unknown}  # unknown header name -> the column it looks like
    renamed = {}  # missing column -> the header names that look like it
    for h, f in meant.items():
        if f is not None:
            renamed.setdefault(f, []).append(h)
    for m in missing:
        found = renamed.get(m, [])
        if len(found) == 1:
            msg = (
                f"required column is missing from the header, which has {found[0]!r} "
                f"instead: rename that column to {m!r}"
            )
            problems.append(Problem(file_label, "column-missing", msg, 1, m, found[0]))
        else:
            msg = "required column is missing from the header"
            problems.append(Problem(file_label, "column-missing", msg, 1, m))
    known = ", ".join(resource.field_names)
    for h in unknown:
        f = meant[h]
        if f in missing and len(renamed[f]) == 1:
            continue  # said in the missing column's problem
        if f is not None:
            msg = (
                f"column is not in the schema and is ignored; did you mean {f!r}? "
                f"Rename it to {f!r}: until then its values are not read"
            )
        else:
            msg = f"column is not in the schema and is ignored (known: {known})"
        problems.append(Problem(file_label, "column-unknown", msg, 1, h, severity=WARNING))
    return problems


def _set_aside_reasons(table: Table, reasons: dict[int, list[str]]) -> None:
    if reasons:
        mask = table.rows[ROW].isin(np.fromiter(reasons, dtype=np.int64, count=len(reasons)))
        table.set_aside(mask, {r: "; ".join(v) for r, v in reasons.items()})


def check_value(f: Field, value: str) -> str | None:
    """The rule ``value`` breaks for field ``f`` as ``"rule: message"``, or None if it passes.

    Empty values pass unless the field is required (emptiness is checked separately).
    This is the rule for one value; ``suspects`` finds the values that may break it for
    a whole column at once.
    """
    if value == "":
        return "required: a value is required" if f.required else None
    if f.type == "number":
        if not re.fullmatch(NUMBER, value):
            return (
                "type: not a finite number"
                if value.casefold() in _NON_FINITE
                else "type: not a number"
            )
        number = float(value)
        if not math.isfinite(number):
            return "type: not a finite number"
        if f.minimum is not None and number < f.minimum:
            return f"range: must be ≥ {f.minimum:g}"
        if f.maximum is not None and number > f.maximum:
            return f"range: must be ≤ {f.maximum:g}"
        return None
    if f.type == "integer":
        if not re.fullmatch(INTEGER, value):
            return "type: not a whole number"
        if f.minimum is not None and int(value) < f.minimum:
            return f"range: must be ≥ {f.minimum:g}"
        if f.enum is not None and int(value) not in f.enum:
            return f"enum: must be one of {', '.join(map(str, f.enum))}"
        return None
    if f.max_length is not None and len(value) > f.max_length:
        return f"length: at most {f.max_length} characters (this has {len(value)})"
    if f.pattern is not None and not re.fullmatch(f.pattern, value):
        if f.pattern == SLUG:
            return f"pattern: must be lower-case letters, digits and '-' ({SLUG})"
        return f"pattern: must match {f.pattern}"
    if f.enum is not None and value not in f.enum:
        return f"enum: must be one of {', '.join(map(str, f.enum))}"
    if f.rule == "partial-date":
        if value == OPEN:
            return None if f.open else "date: '..' (not given) is not allowed here"
        try:
            parse_partial_date(value)
        except ValueError as exc:
            return f"date: {exc}"
    if f.rule == "http-url":
        try:
            parsed = urlparse(value)
        except ValueError:  # e.g. an unclosed IPv6 bracket
            return "url: only http:// and https:// links are allowed"
        if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
            return "url: only http:// and https:// links are allowed"
    return None


def suspects(f: Field, values: pd.Series) -> np.ndarray:
    """Rows of a column that may break a rule of ``f`` (a superset of those that do).

    Vectorised; ``check_value`` then decides each suspect and words its message.
    """
    values = values.astype("str")
    empty = (values == "").to_numpy(dtype=bool)
    bad = empty.copy() if f.required else np.zeros(len(values), dtype=bool)
    full = ~empty

    def not_matching(pattern: str) -> np.ndarray:
        return ~values.str.fullmatch(pattern).to_numpy(dtype=bool, na_value=False)

    if f.type == "number":
        numbers = to_float(values)
        wrong = ~np.isfinite(numbers)
        with np.errstate(invalid="ignore"):
            if f.minimum is not None:
                wrong |= numbers < f.minimum
            if f.maximum is not None:
                wrong |= numbers > f.maximum
        return bad | (full & wrong)
    if f.type == "integer":
        wrong = not_matching(INTEGER)
        if f.minimum is not None:
            with np.errstate(invalid="ignore"):
                wrong |= to_float(values) < f.minimum
        if f.enum is not None:
            wrong |= ~isin(values, [str(v) for v in f.enum])
        return bad | (full & wrong)
    wrong = np.zeros(len(values), dtype=bool)
    if f.max_length is not None:
        wrong |= (values.str.len() > f.max_length).to_numpy(dtype=bool)
    if f.pattern is not None:
        wrong |= not_matching(f.pattern)
    if f.enum is not None:
        wrong |= ~isin(values, list(f.enum))
    if f.rule == "partial-date":
        # Decided per distinct date, then spread to the rows.
        dates = encode_dates(values)
        wrong |= (dates.periods.invalid | (dates.periods.open & (not f.open)))[dates.codes]
    if f.rule == "http-url":
        wrong |= not_matching(_PLAIN_URL)
    return bad | (full & wrong)


def validate_fields(table: Table, resource: Resource, file_label: str, unit: str = "row") -> None:
    """Check every value against its field's rules and uniqueness; set failing rows aside.

    A value outside an enum, or an id that is not a slug, gets a "did you mean", looked up
    once per distinct value. Of rows sharing a unique value, the first is kept and each
    later one is set aside with one problem naming the row that was kept.
    """
    reasons: dict[int, list[str]] = {}
    rows = table.rows[ROW].to_numpy()
    for f in resource.fields:
        col = table.rows[f.name]
        hit = suspects(f, col)
        broken_by: dict[str, str | None] = {}  # distinct value -> "rule: message"
        closest = Closest(f.enum) if f.enum is not None and f.type == "string" else None
        blanked: list[int] = []
        for row, value in zip(rows[hit], col[hit], strict=True):
            if value not in broken_by:
                broken = check_value(f, value)
                if broken and broken.startswith("enum: ") and closest is not None:
                    broken += did_you_mean(closest(value))
                elif broken and broken.startswith("pattern: "):
                    slug = _as_slug(f, value)
                    if slug is not None:
                        table.suggested.setdefault(f.name, {})[value] = slug
                    broken += did_you_mean(slug)
                broken_by[value] = broken
            broken = broken_by[value]
            if broken and f.blank_bad:
                # An optional value that must never be used as it is (a javascript: link):
                # left out, the row kept.
                rule, msg = broken.split(": ", 1)
                table.problems.append(
                    Problem(
                        file_label,
                        rule,
                        f"{msg}; left out, the row is kept",
                        int(row),
                        f.name,
                        value,
                        severity=WARNING,
                        unit=unit,
                    )
                )
                blanked.append(int(row))
            elif broken:
                rule, msg = broken.split(": ", 1)
                table.problems.append(
                    Problem(file_label, rule, msg, int(row), f.name, value, unit=unit)
                )
                reasons.setdefault(int(row), []).append(f"{f.name}: {msg}")
        if blanked:
            table.rows.loc[table.rows[ROW].isin(blanked), f.name] = ""
    # After the value rules: a duplicate's message says whether the first row is kept.
    for f in resource.fields:
        if f.unique:
            _check_unique(table, f, file_label, unit, reasons)
    _set_aside_reasons(table, reasons)
    for f in resource.fields:
        if f.default is not None:
            table.rows[f.name] = table.rows[f.name].replace("", f.default)


def _as_slug(f: Field, value: str) -> str | None:
    """``value`` as a slug ("Ev One" -> "ev-one") if that passes ``f``'s pattern."""
    slug = re.sub(r"[\s_]+", "-", value.strip().casefold())
    return slug if slug != value and re.fullmatch(f.pattern or "", slug) else None


def duplicate_message(f: str, unit: str, first: int, repeats: bool, first_kept: bool) -> str:
    """What a row whose unique ``f`` an earlier ``unit`` (``first``) has is told."""
    if not first_kept:
        return (
            f"duplicate {f}: {unit} {first} has it first, so this {unit} is set aside; "
            f"{unit} {first} is set aside too, for its own problem"
        )
    if repeats:
        return f"duplicate {f}: this {unit} repeats {unit} {first}, which is kept; delete it"
    return (
        f"duplicate {f}: {unit} {first} has it first and is kept; this {unit} is set aside "
        f"(give it its own {f}, or delete it)"
    )


def _check_unique(
    table: Table, f: Field, file_label: str, unit: str, reasons: dict[int, list[str]]
) -> None:
    """One problem per row that repeats an earlier row's unique value; the first is kept.

    References to the value then find the first row, so they raise nothing further.
    """
    col = table.rows[f.name]
    filled = (col != "").to_numpy(dtype=bool)
    again = filled & col.duplicated(keep="first").to_numpy(dtype=bool)
    if not again.any():
        return
    codes, _ = pd.factorize(col)
    _, first_at = np.unique(codes, return_index=True)  # position of each value's first row
    dup = np.flatnonzero(again)
    first = first_at[codes[dup]]
    # A row that repeats its first row in every column is a copy: say "delete it".
    repeats = np.ones(len(dup), dtype=bool)
    for name in table.rows.columns.drop(ROW):
        values = table.rows[name].to_numpy(dtype=object)
        repeats &= values[dup] == values[first]
    rows = table.rows[ROW].to_numpy()
    for at, first_row, copy in zip(dup, rows[first], repeats, strict=True):
        row, first_row = int(rows[at]), int(first_row)
        msg = duplicate_message(f.name, unit, first_row, bool(copy), first_row not in reasons)
        value = col.iloc[at]
        table.problems.append(Problem(file_label, "unique", msg, row, f.name, value, unit=unit))
        reasons.setdefault(row, []).append(msg)


def check_composite_key(table: Table, resource: Resource, file_label: str) -> None:
    """A primary key of several columns (a narrative's step number): a row repeating an
    earlier row's combination is set aside with one problem naming the row kept."""
    key = list(resource.primary_key)
    if len(key) < 2 or not len(table.rows):
        return
    rows = table.rows
    again = rows.duplicated(subset=key, keep="first").to_numpy(dtype=bool)
    if not again.any():
        return
    first_at = rows.drop_duplicates(subset=key).set_index(key)[ROW]
    what = " and ".join(key)
    problems = []
    for at in np.flatnonzero(again):
        row = int(rows[ROW].iat[at])
        first = int(first_at.loc[tuple(rows[k].iat[at] for k in key)])
        msg = duplicate_message(what, "row", first, False, first_kept=True)
        value = rows[key[-1]].iat[at]
        problems.append(Problem(file_label, "unique", msg, row, key[-1], value))
    add_row_problems(table, problems)


def add_row_problems(table: Table, problems: list[Problem]) -> None:
    """Record row-level problems found by cross-field or cross-file rules.

    Errors set their rows aside; warnings only get reported.
    """
    table.problems.extend(problems)
    reasons: dict[int, list[str]] = {}
    for p in problems:
        if p.severity == ERROR and p.row is not None:
            reasons.setdefault(p.row, []).append(
                f"{p.column}: {p.message}" if p.column else p.message
            )
    _set_aside_reasons(table, reasons)

"""Schema-driven reading and validation of the package's CSV files and GeoJSON properties.

Every rule reads its parameters from the declaration in ``datapackage.json``. Rows that
break a rule are set aside with their reasons (never silently dropped); the others load.

Validation is columnar: each rule first finds, for a whole column at once, the rows that
may break it (a superset, cheap to compute); only those rows are then checked one by one
by ``check_value``, which words the message. A million clean rows cost a few vectorised
passes; the per-value path runs only for the values that are actually wrong.
"""

from __future__ import annotations

import codecs
import csv
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

from dashboard.core.columns import NUMBER, isin, to_float
from dashboard.core.dates import OPEN, parse_partial_date, parse_partial_dates
from dashboard.core.problems import ERROR, WARNING, Problem
from dashboard.core.schema import Field, Resource

ROW = "_row"  # column holding the row number a spreadsheet user sees (header = row 1)
REASONS = "_reasons"  # column of the set-aside table: why the row was set aside

INTEGER = r"[+-]?\d+"
_NON_FINITE = {"nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
# An http(s) URL whose host urlparse reads without trouble (no brackets, no spaces).
# Anything else goes to the per-value check, which decides.
_PLAIN_URL = r"(?i:https?)://[A-Za-z0-9._~%!$&'()*+,;=:@-]+(?:[/?#].*)?"

# Bytes that are not UTF-8 are mapped to these private-use code points while reading,
# so Arrow can parse the file and only the rows holding them are set aside.
_BAD_BYTE_BASE = 0x10FF00
_BAD_BYTE_RE = "[\U0010ff00-\U0010ffff]"
_BAD_BYTES_ERRORS = "dashboard-bad-bytes"


def _mark_bad_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    return "".join(chr(_BAD_BYTE_BASE + b) for b in err.object[err.start : err.end]), err.end


codecs.register_error(_BAD_BYTES_ERRORS, _mark_bad_bytes)


@dataclass
class Table:
    """The outcome of reading one file: the rows that passed, the rows set aside, and why."""

    name: str
    rows: pd.DataFrame
    rejected: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)

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
    return re.sub(_BAD_BYTE_RE, "\ufffd", value)


def _records(data: bytes) -> tuple[pa.Table, list[tuple[int, str]]]:
    """Parse CSV bytes into string columns ``f0..fN`` (the header is record 1) and the
    records whose field count differs from the header's, as (record number, text)."""
    misfits: list[tuple[int, str]] = []

    def misfit(row) -> str:
        misfits.append((row.number, row.text))
        return "skip"

    # More names than the header can have columns (quoted commas only lower the count).
    columns = data.split(b"\n", 1)[0].count(b",") + 64
    table = pacsv.read_csv(
        io.BytesIO(data),
        read_options=pacsv.ReadOptions(
            # One thread: Arrow only knows the record number of a misfit row then.
            use_threads=False,
            autogenerate_column_names=True,
            # No limit on a field's length: one block holds the whole file.
            block_size=max(1 << 20, min(len(data) + 1, 1 << 30)),
        ),
        parse_options=pacsv.ParseOptions(
            newlines_in_values=True, ignore_empty_lines=False, invalid_row_handler=misfit
        ),
        convert_options=pacsv.ConvertOptions(
            column_types={f"f{i}": pa.string() for i in range(columns)},
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )
    return table, misfits


def read_csv(path: Path, file_label: str, resource: Resource) -> Table:
    """Read a CSV file of ``resource`` into strings, checking encoding and header.

    CRLF and LF line ends and a UTF-8 BOM are all accepted (spreadsheets write them).
    """
    if not path.is_file():
        problem = Problem(file_label, "file-missing", f"file not found at {path}")
        return empty_table(resource.name, resource, [problem])
    raw = path.read_bytes().removeprefix(codecs.BOM_UTF8)
    try:
        raw.decode("utf-8")
        bad_bytes = False
    except UnicodeDecodeError:
        raw = raw.decode("utf-8", errors=_BAD_BYTES_ERRORS).encode("utf-8")
        bad_bytes = True
    if not raw.strip():
        return empty_table(resource.name, resource, [Problem(file_label, "file-empty", "empty")])

    records, misfits = _records(raw)
    header = [str(h).strip() for h in records.slice(0, 1).to_pylist()[0].values()]
    body = records.slice(1)
    problems: list[Problem] = []

    dupes = sorted({h for h in header if header.count(h) > 1})
    missing = [f for f in resource.required_fields if f not in header]
    for d in dupes:
        problems.append(
            Problem(file_label, "header-duplicate", "column appears twice in the header", 1, d)
        )
    # A header read as one or two columns that holds ';' or tabs: the file uses another
    # delimiter (spreadsheets in many locales write ';'). Say so, beside each missing column.
    delimiter = next(
        (
            name
            for sep, name in ((";", "semicolons"), ("\t", "tabs"))
            if any(sep in h for h in header)
        ),
        None,
    )
    hint = (
        f" (the header looks separated by {delimiter}: save the file as comma-separated CSV)"
        if delimiter and len(header) <= 2
        else ""
    )
    for m in missing:
        problems.append(
            Problem(
                file_label,
                "column-missing",
                "required column is missing from the header" + hint,
                1,
                m,
            )
        )
    for extra in [h for h in header if h and h not in resource.field_names]:
        problems.append(
            Problem(
                file_label,
                "column-unknown",
                f"column is not in the schema and is ignored (known: {', '.join(resource.field_names)})",
                1,
                extra,
                severity=WARNING,
            )
        )

    # Record numbers of the parsed rows: every record from 2 on, less the misfits.
    total = body.num_rows + len(misfits) + 1
    numbers = np.delete(np.arange(2, total + 1), [n - 2 for n, _ in misfits if n and n >= 2])
    columns: dict[str, object] = {ROW: numbers[: body.num_rows]}
    for name, col in zip(header, body.columns, strict=False):
        if name and name not in columns:  # a duplicate header keeps its first column
            columns[name] = pc.utf8_trim_whitespace(col)
    frame = pd.DataFrame(
        {k: (v.to_pandas() if isinstance(v, pa.ChunkedArray) else v) for k, v in columns.items()}
    )
    # A misfit record keeps its place in the table (padded or cut to the header), so it is
    # set aside with its values and its reason like any other bad row.
    misfit_rows = []
    for number, text in misfits:
        values = next(csv.reader(io.StringIO(text)), [])
        padded = ([v.strip() for v in values] + [""] * len(header))[: len(header)]
        rec = {ROW: number, **{h: v for h, v in zip(header, padded, strict=True) if h}}
        misfit_rows.append((rec, len(values)))
    if misfit_rows:
        extra = pd.DataFrame([r for r, _ in misfit_rows])
        frame = pd.concat([frame, extra], ignore_index=True).sort_values(ROW).reset_index(drop=True)
    for f in resource.field_names:
        if f not in frame.columns:
            frame[f] = ""
    frame = frame[[ROW, *resource.field_names]]
    for f in resource.field_names:
        frame[f] = frame[f].astype("str").fillna("")
    # A blank line holds nothing to lose.
    blank = np.logical_and.reduce(
        [(frame[f] == "").to_numpy(dtype=bool) for f in resource.field_names]
    )
    frame = frame[~blank].reset_index(drop=True)
    table = Table(resource.name, frame, pd.DataFrame(columns=[*frame.columns, REASONS]), problems)

    if missing or dupes:
        # Without a required column no row can be checked: set all aside, with the reason.
        reason = "file header: " + "; ".join(
            [f"missing column {m!r}" for m in missing] + [f"duplicate column {d!r}" for d in dupes]
        )
        table.set_aside(pd.Series(True, index=frame.index), dict.fromkeys(frame[ROW], reason))
        return table

    reasons: dict[int, list[str]] = {}
    for (rec, width), (number, _) in zip(misfit_rows, misfits, strict=True):
        if not any(rec.get(f, "") for f in resource.field_names):
            continue
        msg = f"row has {width} fields, the header has {len(header)}"
        table.problems.append(Problem(file_label, "row-width", msg, number))
        reasons.setdefault(number, []).append(msg)
    if bad_bytes:
        for col in resource.field_names:
            hit = frame[col].str.contains(_BAD_BYTE_RE, regex=True).to_numpy(dtype=bool)
            for row, value in zip(frame[ROW][hit], frame[col][hit], strict=True):
                msg = "not valid UTF-8 (save the file as UTF-8)"
                table.problems.append(
                    Problem(file_label, "encoding", msg, int(row), col, _show_bad_bytes(value))
                )
                reasons.setdefault(int(row), []).append(f"{col}: {msg}")
    _set_aside_reasons(table, reasons)
    return table


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
        if f.enum is not None and int(value) not in f.enum:
            return f"enum: must be one of {', '.join(map(str, f.enum))}"
        return None
    if f.pattern is not None and not re.fullmatch(f.pattern, value):
        return f"pattern: must match {f.pattern} (lower-case letters, digits and '-')"
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
        if f.enum is not None:
            wrong |= ~isin(values, [str(v) for v in f.enum])
        return bad | (full & wrong)
    wrong = np.zeros(len(values), dtype=bool)
    if f.pattern is not None:
        wrong |= not_matching(f.pattern)
    if f.enum is not None:
        wrong |= ~isin(values, list(f.enum))
    if f.rule == "partial-date":
        periods = parse_partial_dates(values)
        wrong |= periods.invalid | (periods.open & (not f.open))
    if f.rule == "http-url":
        wrong |= not_matching(_PLAIN_URL)
    return bad | (full & wrong)


def validate_fields(table: Table, resource: Resource, file_label: str, unit: str = "row") -> None:
    """Check every value against its field's rules and uniqueness; set failing rows aside."""
    reasons: dict[int, list[str]] = {}
    rows = table.rows[ROW].to_numpy()
    for f in resource.fields:
        col = table.rows[f.name]
        hit = suspects(f, col)
        for row, value in zip(rows[hit], col[hit], strict=True):
            broken = check_value(f, value)
            if broken:
                rule, msg = broken.split(": ", 1)
                table.problems.append(
                    Problem(file_label, rule, msg, int(row), f.name, value, unit=unit)
                )
                reasons.setdefault(int(row), []).append(f"{f.name}: {msg}")
        if f.unique:
            filled = (col != "").to_numpy(dtype=bool)
            again = filled & col.duplicated(keep="first").to_numpy(dtype=bool)
            if again.any():
                first = dict(
                    zip(col[filled & ~again], rows[filled & ~again], strict=True)
                )  # value -> the row that used it first
                for row, value in zip(rows[again], col[again], strict=True):
                    msg = f"duplicate {f.name}; first used on {unit} {first[value]}"
                    table.problems.append(
                        Problem(file_label, "unique", msg, int(row), f.name, value, unit=unit)
                    )
                    reasons.setdefault(int(row), []).append(msg)
    _set_aside_reasons(table, reasons)
    for f in resource.fields:
        if f.default is not None:
            table.rows[f.name] = table.rows[f.name].replace("", f.default)


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

"""Schema-driven reading and validation of the package's CSV files and GeoJSON properties.

Every rule reads its parameters from the declaration in ``datapackage.json``. Rows that
break a rule are set aside with their reasons (never silently dropped); the others load.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from dashboard.core.dates import parse_partial_date
from dashboard.core.problems import ERROR, WARNING, Problem
from dashboard.core.schema import Field, Resource

ROW = "_row"  # column holding the row number a spreadsheet user sees (header = row 1)
REASONS = "_reasons"  # column of the set-aside table: why the row was set aside


@dataclass
class Table:
    """The outcome of reading one file: the rows that passed, the rows set aside, and why."""

    name: str
    rows: pd.DataFrame
    rejected: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)

    def set_aside(self, mask: pd.Series, reason_by_row: dict[int, str]) -> None:
        """Move the rows selected by ``mask`` to ``rejected``, noting each reason."""
        if not mask.any():
            return
        moved = self.rows[mask].copy()
        moved[REASONS] = [reason_by_row.get(r, "") for r in moved[ROW]]
        self.rejected = pd.concat([self.rejected, moved], ignore_index=True)
        self.rows = self.rows[~mask].reset_index(drop=True)


def empty_table(name: str, resource: Resource, problems: list[Problem]) -> Table:
    cols = [ROW, *resource.field_names]
    return Table(
        name,
        pd.DataFrame(columns=cols, dtype=object),
        pd.DataFrame(columns=[*cols, REASONS], dtype=object),
        problems,
    )


def _decode(raw: bytes) -> str:
    """UTF-8 with an optional BOM. Bytes that are not UTF-8 survive as lone surrogates
    (``surrogateescape``) so that only the rows holding them are set aside."""
    text = raw.decode("utf-8", errors="surrogateescape")
    return text.removeprefix("\ufeff")


_SURROGATE = re.compile("[\udc80-\udcff]")


def _bad_bytes(value: str) -> str | None:
    if not _SURROGATE.search(value):
        return None
    return value.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def read_csv(path: Path, file_label: str, resource: Resource) -> Table:
    """Read a CSV file of ``resource`` into strings, checking encoding and header.

    CRLF and LF line ends and a UTF-8 BOM are all accepted (spreadsheets write them).
    """
    if not path.is_file():
        problem = Problem(file_label, "file-missing", f"file not found at {path}")
        return empty_table(resource.name, resource, [problem])
    raw = path.read_bytes()
    text = _decode(raw)
    if not text.strip():
        return empty_table(resource.name, resource, [Problem(file_label, "file-empty", "empty")])

    records = list(csv.reader(io.StringIO(text, newline="")))
    header = [h.strip() for h in records[0]]
    problems: list[Problem] = []

    dupes = sorted({h for h in header if header.count(h) > 1})
    missing = [f for f in resource.required_fields if f not in header]
    for d in dupes:
        problems.append(
            Problem(file_label, "header-duplicate", "column appears twice in the header", 1, d)
        )
    for m in missing:
        problems.append(
            Problem(
                file_label, "column-missing", "required column is missing from the header", 1, m
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

    data, width_errors = [], {}
    for i, rec in enumerate(records[1:], start=2):
        if not any(v.strip() for v in rec):
            continue  # blank line: nothing to lose
        if len(rec) != len(header):
            width_errors[i] = f"row has {len(rec)} fields, the header has {len(header)}"
        padded = (rec + [""] * len(header))[: len(header)]
        data.append([i, *[v.strip() for v in padded]])

    frame = pd.DataFrame(data, columns=[ROW, *header], dtype=object)
    frame = frame.loc[:, ~frame.columns.duplicated()]
    for f in resource.field_names:
        if f not in frame.columns:
            frame[f] = ""
    frame = frame[[ROW, *resource.field_names]]
    table = Table(resource.name, frame, pd.DataFrame(columns=[*frame.columns, REASONS]), problems)

    if missing or dupes:
        # Without a required column no row can be checked: set all aside, with the reason.
        reason = "file header: " + "; ".join(
            [f"missing column {m!r}" for m in missing] + [f"duplicate column {d!r}" for d in dupes]
        )
        table.set_aside(pd.Series(True, index=frame.index), dict.fromkeys(frame[ROW], reason))
        return table

    reasons: dict[int, list[str]] = {}
    for row, msg in width_errors.items():
        table.problems.append(Problem(file_label, "row-width", msg, row))
        reasons.setdefault(row, []).append(msg)
    for _, rec in frame.iterrows():
        for col in resource.field_names:
            shown = _bad_bytes(rec[col])
            if shown is not None:
                msg = "not valid UTF-8 (save the file as UTF-8)"
                table.problems.append(Problem(file_label, "encoding", msg, rec[ROW], col, shown))
                reasons.setdefault(rec[ROW], []).append(f"{col}: {msg}")
    _set_aside_reasons(table, reasons)
    return table


def _set_aside_reasons(table: Table, reasons: dict[int, list[str]]) -> None:
    if reasons:
        mask = table.rows[ROW].isin(list(reasons))
        table.set_aside(mask, {r: "; ".join(v) for r, v in reasons.items()})


def check_value(f: Field, value: str) -> str | None:
    """The rule ``value`` breaks for field ``f`` as ``"rule: message"``, or None if it passes.

    Empty values pass unless the field is required (emptiness is checked separately).
    """
    if value == "":
        return "required: a value is required" if f.required else None
    if f.type == "number":
        try:
            number = float(value)
        except ValueError:
            return "type: not a number"
        if not math.isfinite(number):
            return "type: not a finite number"
        if f.minimum is not None and number < f.minimum:
            return f"range: must be ≥ {f.minimum:g}"
        if f.maximum is not None and number > f.maximum:
            return f"range: must be ≤ {f.maximum:g}"
        return None
    if f.type == "integer":
        try:
            number = int(value)
        except ValueError:
            return "type: not a whole number"
        if f.enum is not None and number not in f.enum:
            return f"enum: must be one of {', '.join(map(str, f.enum))}"
        return None
    if f.pattern is not None and not re.fullmatch(f.pattern, value):
        return f"pattern: must match {f.pattern} (lower-case letters, digits and '-')"
    if f.enum is not None and value not in f.enum:
        return f"enum: must be one of {', '.join(map(str, f.enum))}"
    if f.rule == "partial-date":
        try:
            parse_partial_date(value)
        except ValueError as exc:
            return f"date: {exc}"
    if f.rule == "http-url":
        parsed = urlparse(value)
        if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
            return "url: only http:// and https:// links are allowed"
    return None


def validate_fields(table: Table, resource: Resource, file_label: str, unit: str = "row") -> None:
    """Check every value against its field's rules and uniqueness; set failing rows aside."""
    reasons: dict[int, list[str]] = {}
    for f in resource.fields:
        for row, value in zip(table.rows[ROW], table.rows[f.name], strict=True):
            broken = check_value(f, value)
            if broken:
                rule, msg = broken.split(": ", 1)
                table.problems.append(Problem(file_label, rule, msg, row, f.name, value, unit=unit))
                reasons.setdefault(row, []).append(f"{f.name}: {msg}")
        if f.unique:
            first_seen: dict[str, int] = {}
            for row, value in zip(table.rows[ROW], table.rows[f.name], strict=True):
                if value == "":
                    continue
                if value in first_seen:
                    msg = f"duplicate {f.name}; first used on {unit} {first_seen[value]}"
                    table.problems.append(
                        Problem(file_label, "unique", msg, row, f.name, value, unit=unit)
                    )
                    reasons.setdefault(row, []).append(msg)
                else:
                    first_seen[value] = row
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

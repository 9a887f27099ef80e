"""A data problem: where it is (file, row, column), the bad value and the rule it breaks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

ERROR = "error"  # the row (or file) is set aside
WARNING = "warning"  # the row is kept, but something looks wrong or was repaired


@dataclass(frozen=True)
class Problem:
    """One finding of the validator.

    ``row`` is the line number a spreadsheet user sees (the header is row 1), the
    1-based feature number for GeoJSON, or the line of a settings file, whose ``column``
    is then a key (``unit`` says which). ``None`` means the whole file.
    ``cause`` is set when the row was set aside only because a row it refers to was (e.g.
    "events.csv row 11"): fixing that problem fixes this one, so reports list these last.
    """

    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    severity: str = ERROR
    unit: str = "row"
    cause: str | None = None

    @property
    def location(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"{self.unit} {self.row}")
        if self.column:
            # A settings file (located by line) has keys where a table has columns.
            parts.append(f"{'key' if self.unit == 'line' else 'column'} {self.column!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        value = "" if self.value is None else f" (value {_show(self.value)})"
        return f"{self.severity.upper()} {self.location}: {self.message}{value} [{self.rule}]"

    def as_dict(self) -> dict:
        return asdict(self)


def _show(value: str, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def count(problems: Iterable[Problem], severity: str) -> int:
    return sum(1 for p in problems if p.severity == severity)

"""Plain-text validation report (what ``python -m dashboard validate`` prints)."""

from __future__ import annotations

import re
from collections import defaultdict

from dashboard.contract.dataset import READ_ORDER, Dataset, sorted_problems
from dashboard.contract.narratives import narrative_tables
from dashboard.contract.problems import ERROR, WARNING, Problem, count
from dashboard.contract.settings import describe_source

SPANS_SHOWN = 8  # row ranges listed per line of set-aside consequences


def validation_report(ds: Dataset) -> str:
    """A readable report: what loaded, what was set aside, and every problem located.

    Rows set aside only because a row they refer to was (``Problem.cause``) come last,
    one line per file and column: they are not separate mistakes, and listing them one
    by one would bury the problem that causes them.
    """
    lines = [f"Data directory: {ds.data_dir}", f"  Settings: {describe_source(ds.settings)}"]
    stories = narrative_tables(ds.narratives)
    tables = (  # as READ_ORDER
        ds.sources,
        ds.sites,
        ds.events,
        ds.excerpts,
        ds.claims,
        stories["narratives"],
        stories["narrative_steps"],
    )
    for name, table in zip(READ_ORDER, tables, strict=True):
        n = len(table)
        aside = len(ds.rejected.get(name, ()))
        unit = "features" if name.endswith(".geojson") else "rows"
        lines.append(f"  {name:<24} {n:>4} {unit} loaded, {aside} set aside")
    if ds.ok:
        lines.append("No problems found.")
        return "\n".join(lines)
    problems = sorted_problems(ds.problems)
    own = [p for p in problems if p.cause is None]
    after = [p for p in problems if p.cause is not None]
    errors, warnings = count(own, ERROR), count(own, WARNING)
    lines.append(f"{errors} error(s) (rows set aside) and {warnings} warning(s) (rows kept):")
    lines += [f"  {p}" for p in own]
    if after:
        lines.append(
            f"{len(after):,} more row(s) set aside only because a row they refer to was set "
            "aside; they load once the problems above are fixed:"
        )
        lines += [f"  {line}" for line in _consequences(after)]
    return "\n".join(lines)


def _consequences(problems: list[Problem]) -> list[str]:
    """One line per file and column: which rows, and which set-aside rows they follow."""
    groups: dict[tuple, list[Problem]] = defaultdict(list)
    for p in problems:
        groups[(p.file, p.column, p.rule, p.unit)].append(p)
    lines = []
    for (file, column, rule, unit), group in groups.items():
        rows = sorted({p.row for p in group if p.row is not None})
        where = f"{unit} {rows[0]}" if len(rows) == 1 else f"{len(rows):,} {unit}s ({_spans(rows)})"
        col = f", column {column!r}" if column else ""
        lines.append(f"{file}, {where}{col}: because {_causes(group)} [{rule}]")
    return lines


def _causes(group: list[Problem]) -> str:
    """'events.csv rows 2–20 were set aside' from causes like 'events.csv row 11'."""
    numbered: dict[tuple[str, str], set[int]] = defaultdict(set)
    unread = []
    for p in group:
        m = re.fullmatch(r"(.+) (row|feature) (\d+)", p.cause or "")
        if m:
            numbered[(m[1], m[2])].add(int(m[3]))
        elif p.cause not in unread:
            unread.append(p.cause)
    parts = []
    for (file, unit), numbers in numbered.items():
        n = sorted(numbers)
        what = f"{unit} {n[0]} was" if len(n) == 1 else f"{unit}s {_spans(n)} were"
        parts.append(f"{file} {what} set aside")
    parts += [f"{file} did not load" for file in unread]
    return " and ".join(parts)


def _spans(numbers: list[int]) -> str:
    """'2–5, 9, 12–14' for sorted numbers; past ``SPANS_SHOWN`` ranges, '…'."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    text = [str(a) if a == b else f"{a}–{b}" for a, b in spans[:SPANS_SHOWN]]
    return ", ".join(text) + (", …" if len(spans) > SPANS_SHOWN else "")

"""Issue 22's table: the dashboard beside the floor app in one run, at the sizes
analysts feel (the shipped events, 100k and 1M synthetic), against the issue's targets.

For each size, one after the other (the floor measured again beside each, so every ratio
compares two things measured minutes apart on the same machine):

- **loads** (``bench.restart``): a start from the CSV files and a restart from the
  snapshot it wrote, each in a fresh process, and a rerun of the page that changes
  nothing (``AppTest``, median);
- **the floor** (``bench.run``): a title-only app started, its first visitor, then the
  best of three visits to the warm server, its peak RSS;
- **a start on the snapshot**: a server started on the folder whose snapshot is written
  (the data unchanged since) as deployments start it (``python -m dashboard serve``: the
  first visitor's work begins with the server); its first visitor, who comes as soon as
  the server answers (navigation → the map drawn, and the server's start → the map
  drawn, beside the floor's start → its title), the best
  of two visits once warm, ``--steps`` steps of the sidebar's date range (bytes received,
  time until the last message back), its peak RSS;
- **a start from CSV**: the same folder with its snapshot removed: the first visitor
  and the server's peak RSS.

Printed as a Markdown table with the issue's targets, and written into ``--out`` as its
own section (the file's other sections stay).

    python -m bench.speed --sizes shipped,100k,1m --out docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import markdown, restart
from bench.run import (
    Interaction,
    Result,
    data_for,
    first_paint,
    machine,
    measure_floor,
    peak_rss_mb,
    window_steps,
)
from devkit.browser import REPO, chromium_path, launch_browser, serve

HEADING = "## Issue 22: the dashboard beside the floor (`python -m bench.speed`)"
FLOOR_APP = REPO / "bench" / "floor_app.py"
STEPS = 3
RSS_TARGET_MB = 1.5 * 1024  # 1.5 GB, in the MB (MiB) that peak_rss_mb reports
# (row, size) -> the most the issue allows, in the unit of that row's TARGET_UNIT.
TARGETS = {
    ("warm", "shipped"): 2.0,
    ("warm", "100k"): 3.0,
    ("warm", "1m"): 4.0,
    ("first_snapshot", "1m"): 6.0,
    ("csv_s", "1m"): restart.CSV_TARGET_S,
    ("snapshot_s", "1m"): restart.SNAPSHOT_TARGET_S,
    ("rerun", "1m"): restart.RERUN_TARGET_RATIO,
    ("settle", "1m"): 1.0,
    ("rss_snapshot", "1m"): RSS_TARGET_MB,
    ("rss_csv", "1m"): RSS_TARGET_MB,
}
TARGET_UNIT = {
    "warm": "× floor",
    "first_snapshot": "× floor",
    "csv_s": " s",
    "snapshot_s": " s",
    "rerun": "× shipped's",
    "settle": " s settled",
    "rss_snapshot": " MB",
    "rss_csv": " MB",
}


@dataclass
class Column:
    """One size's measurements (seconds unless named otherwise)."""

    size: str
    events: int
    load_avg: tuple[float, float, float] = (0.0, 0.0, 0.0)
    floor: Result | None = None  # the floor measured beside this size
    warm: float | None = None
    first_snapshot: float | None = None
    first_csv: float | None = None
    start_to_map: float | None = None  # the server's start → the map drawn (on the snapshot)
    csv_s: float | None = None
    snapshot_s: float | None = None
    rerun: float | None = None
    steps: list[Interaction] = field(default_factory=list)
    rss_snapshot: float | None = None
    rss_csv: float | None = None
    notes: list[str] = field(default_factory=list)


# -- measuring --------------------------------------------------------------------------------


def visit_after_start(browser, data_dir: Path, warm_visits: int = 0, steps: int = 0) -> dict:
    """Start a server on ``data_dir``: its first visitor's wait (navigation → map drawn),
    then the best of ``warm_visits`` later visits, ``steps`` date-range steps, and the
    server's peak RSS (MB)."""
    started = time.perf_counter()
    with serve(data_dir, 120) as (url, proc):
        healthy = time.perf_counter() - started
        out: dict = {"first": first_paint(browser, url, "product")[0]}
        out["start_to_map"] = healthy + out["first"]
        if warm_visits:
            out["warm"] = min(first_paint(browser, url, "product")[0] for _ in range(warm_visits))
        if steps:
            out["steps"] = window_steps(browser, url, "product", steps)
        out["rss"] = peak_rss_mb(proc.pid)
    return out


def _step(col: Column, name: str, act: Callable[[], None]) -> None:
    """Run one part of a size's measurement; a failure is noted in the table, not fatal."""
    try:
        act()
    except Exception as exc:
        col.notes.append(f"{name} failed: {type(exc).__name__}: {str(exc)[:160]}")
    print(f"{col.size}: {name} done", flush=True)


def measure_size(browser, size: str, work: Path, reruns: int, steps: int) -> Column:
    """Every measurement of one size (see the module docstring), in that order."""
    data_dir, n = data_for(size, work)
    col = Column(size, n, load_avg=os.getloadavg())

    def loads() -> None:
        m = restart.measure(data_dir, reruns)  # leaves the snapshot written
        col.csv_s, col.snapshot_s, col.rerun = m["csv_s"], m["snapshot_s"], m["rerun_s"]

    def floor() -> None:
        col.floor = measure_floor(browser)

    def on_snapshot() -> None:
        if not restart.snapshot_files(data_dir):
            raise RuntimeError("no snapshot was written by the load")
        v = visit_after_start(browser, data_dir, warm_visits=2, steps=steps)
        col.first_snapshot, col.warm, col.steps, col.rss_snapshot = (
            v["first"],
            v["warm"],
            v["steps"],
            v["rss"],
        )
        col.start_to_map = v["start_to_map"]

    def from_csv() -> None:
        for old in restart.snapshot_files(data_dir):
            old.unlink()
        v = visit_after_start(browser, data_dir)
        col.first_csv, col.rss_csv = v["first"], v["rss"]

    for name, act in (
        ("loads", loads),
        ("floor", floor),
        ("start on the snapshot", on_snapshot),
        ("start from CSV", from_csv),
    ):
        _step(col, name, act)
    return col


# -- the table --------------------------------------------------------------------------------


def _s(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:,.{digits}f} s"


def _span(values: list[float | None], fmt: Callable[[float], str]) -> str:
    got = sorted(v for v in values if v is not None)
    if not got:
        return "—"
    return fmt(got[0]) if fmt(got[0]) == fmt(got[-1]) else f"{fmt(got[0])}–{fmt(got[-1])}"


def settle_s(col: Column) -> float | None:
    """The median time from a date-range step to the last message back."""
    got = [i.settle_ms for i in col.steps if i.settle_ms is not None]
    return statistics.median(got) / 1000 if got else None


def quantity(row: str, col: Column, shipped: Column | None) -> float | None:
    """What the issue's target for ``row`` is about: a ratio, seconds or MB."""
    floor = col.floor
    values = {
        "warm": _ratio(col.warm, floor.first_paint_s if floor else None),
        "first_snapshot": _ratio(col.first_snapshot, floor.cold_first_paint_s if floor else None),
        "first_csv": _ratio(col.first_csv, floor.cold_first_paint_s if floor else None),
        "start_to_map": _ratio(col.start_to_map, _start_to_paint(floor)),
        "csv_s": col.csv_s,
        "snapshot_s": col.snapshot_s,
        "rerun": _ratio(col.rerun, shipped.rerun if shipped else None),
        "settle": settle_s(col),
        "rss_snapshot": col.rss_snapshot,
        "rss_csv": col.rss_csv,
    }
    return values[row]


def _start_to_paint(floor: Result | None) -> float | None:
    """The floor's start → its first visitor's title."""
    if floor is None or floor.started_s is None or floor.cold_first_paint_s is None:
        return None
    return floor.started_s + floor.cold_first_paint_s


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def cell(row: str, col: Column, shipped: Column | None) -> str:
    """A size's cell: the measurement, its ratio where the row has one, and ✓/✗ where the
    issue sets a target for it."""
    q = quantity(row, col, shipped)
    ratio = "" if q is None else f" ({q:.1f}×)"
    if row in ("warm", "first_snapshot", "first_csv", "start_to_map"):
        text = _s(getattr(col, row)) + ratio
    elif row == "rerun":
        text = "—" if col.rerun is None else f"{col.rerun * 1000:,.0f} ms" + ratio
    elif row == "settle":
        kb = statistics.median(i.bytes_in for i in col.steps) / 1024 if col.steps else None
        each = _span([i.settle_ms for i in col.steps], lambda ms: f"{ms / 1000:.2f}")
        text = "—" if kb is None else f"{kb:,.0f} kB / {_s(q)} (each {each})"
    elif row.startswith("rss"):
        text = "—" if q is None else f"{q:,.0f} MB"
    else:
        text = _s(q)
    limit = TARGETS.get((row, col.size))
    if limit is not None and q is not None:
        text += " ✓" if q <= limit else " ✗"
    return text


ROWS = (
    ("warm", "map drawn, visitor of a warm server"),
    ("first_snapshot", "map drawn, first visitor after a start (snapshot written, data unchanged)"),
    ("first_csv", "map drawn, first visitor after a start from CSV (no snapshot)"),
    (
        "start_to_map",
        "server started → map drawn for its first visitor (snapshot written; the "
        "visitor comes as soon as the server answers)",
    ),
    ("csv_s", "server load from CSV (the snapshot written behind it)"),
    ("snapshot_s", "server load from the snapshot (a restart, data unchanged)"),
    ("rerun", "warm rerun (nothing changed; × the shipped data's)"),
    ("settle", "slider step: received / settled (median of the steps)"),
    ("rss_snapshot", "server memory (peak RSS), started on the snapshot"),
    ("rss_csv", "server memory (peak RSS), started from CSV"),
)


def floor_cell(row: str, cols: list[Column], floor_rerun: float | None) -> str:
    """The floor app's measurements beside the sizes (a range: it is measured beside each)."""
    floors = [c.floor for c in cols if c.floor]
    if row == "warm":
        return _span([f.first_paint_s for f in floors], _s)
    if row.startswith("first"):
        return _span([f.cold_first_paint_s for f in floors], _s)
    if row == "start_to_map":
        return _span([_start_to_paint(f) for f in floors], _s)
    if row == "rerun":
        return "—" if floor_rerun is None else f"{floor_rerun * 1000:,.1f} ms"
    if row == "rss_snapshot":
        return _span([f.rss_mb for f in floors], lambda x: f"{x:,.0f} MB")
    return "–"


def verdicts(row: str, cols: list[Column], shipped: Column | None) -> tuple[str, str]:
    """The row's targets ("1m ≤ 4× floor") and whether each was met."""
    targets, marks = [], []
    for size in (s for (r, s) in TARGETS if r == row):
        limit = TARGETS[(row, size)]
        targets.append(f"{size} ≤ {limit:,.4g}{TARGET_UNIT[row]}")
        col = next((c for c in cols if c.size == size), None)
        q = quantity(row, col, shipped) if col else None
        mark = "not run" if col is None else "not measured" if q is None else None
        marks.append(f"{size}: {mark or ('met' if q <= limit else 'not met')}")
    return "; ".join(targets) or "–", "; ".join(marks) or "–"


def table(cols: list[Column], floor_rerun: float | None) -> list[str]:
    """The issue's table: a row per measure, a column per size, the targets last."""
    shipped = next((c for c in cols if c.size == "shipped"), None)
    head = " | ".join(f"{c.size} ({c.events:,} events)" for c in cols)
    lines = [
        f"| | floor | {head} | target | met |",
        "|---|" + "---:|" * (len(cols) + 1) + "---|---|",
    ]
    for row, label in ROWS:
        cells = " | ".join(cell(row, c, shipped) for c in cols)
        target, met = verdicts(row, cols, shipped)
        lines.append(
            f"| {label} | {floor_cell(row, cols, floor_rerun)} | {cells} | {target} | {met} |"
        )
    return lines


def unmet(cols: list[Column]) -> list[str]:
    """Every target not met, or not measured, in words."""
    shipped = next((c for c in cols if c.size == "shipped"), None)
    out = []
    for row, label in ROWS:
        for part in verdicts(row, cols, shipped)[1].split("; "):
            if part != "–" and not part.endswith(": met"):
                out.append(f"{label} — {part}")
    return out


def render(cols: list[Column], floor_rerun: float | None, seconds: float, sizes: str) -> str:
    """The section: how it was run, the table, and the targets not met."""
    loads = ", ".join(f"{c.size} {c.load_avg[0]:.1f}" for c in cols)
    missed = unmet(cols)
    notes = [f"- {c.size}: {n}" for c in cols for n in c.notes]
    return "\n".join(
        [
            HEADING,
            "",
            f"Generated by `python -m bench.speed --sizes {sizes}` (part of `make bench`), one",
            "run. Times from navigation to the map drawn: the server's picture of it shown or",
            "WebGL's first frame handed over, whichever came first (no picture for a view of",
            "counts per cell, as at 100k and 1M); the floor: its title shown. Each ratio is to",
            "the floor measured beside that size (the floor column gives the range over the",
            "sizes). ✓/✗: the issue's target for that cell met or not.",
            "",
            f"- Machine: {machine()}.",
            f"- Run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
            f"{seconds / 60:.1f} min; 1-minute load average as each size began: {loads}.",
            "",
            *table(cols, floor_rerun),
            "",
            "Targets not met, or not measured in this run: " + ("none." if not missed else ""),
            *(f"- {m}" for m in missed),
            *(["", "Failures:", *notes] if notes else []),
        ]
    )


def main() -> None:
    """Measure every size, print the table and write it into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="shipped,100k,1m")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--work", type=Path, default=None, help="keep generated data here")
    parser.add_argument("--reruns", type=int, default=restart.RERUNS)
    parser.add_argument("--steps", type=int, default=STEPS, help="date-range steps per size")
    args = parser.parse_args()
    if not chromium_path():
        sys.exit("bench.speed: needs Debian's Chromium (apt-get install chromium)")
    work = args.work or Path(tempfile.mkdtemp(prefix="dashboard-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    floor_rerun = restart.rerun_seconds(FLOOR_APP, args.reruns)
    cols = []
    with launch_browser() as browser:
        for size in args.sizes.split(","):
            cols.append(measure_size(browser, size, work, args.reruns, args.steps))
            print(json.dumps(_summary(cols[-1]))[:600], flush=True)
    section = render(cols, floor_rerun, time.time() - started, args.sizes)
    markdown.update(args.out, section, first=True)  # the summary leads
    print(section)
    print(f"\nwrote the section into {args.out}")


def _summary(col: Column) -> dict:
    return {k: v for k, v in vars(col).items() if k not in ("floor", "steps")} | {
        "steps": [(i.settle_ms, i.bytes_in, i.frames_out, i.note) for i in col.steps],
        "floor_warm": col.floor.first_paint_s if col.floor else None,
    }


if __name__ == "__main__":
    main()

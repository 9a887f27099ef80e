"""The shared PostGIS store at scale: import time and a window + map-area interaction.

    python -m bench.postgis [--events 1000000] [--out docs/postgis-bench.md]

Starts a throwaway PostgreSQL 15 + PostGIS cluster (devkit/pg.py; Debian's packages),
imports devkit/synth.py data of N events (validation included, one transaction), then
times what one interaction asks of the store (``PostgisStore``, answering in SQL): the
grid bins (whose sum is the count) and the first rows of a window + bbox, and the weekly
bins of the timeline, each repeated, beside the embedded store answering the same
questions in memory. Targets (issue 13): import of 1M
events <= 60 s; a window + bbox interaction <= 150 ms server-side.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from dashboard.contract.dataset import load_dataset
from dashboard.store.embedded import EmbeddedStore
from dashboard.store.postgis import package as postgis
from dashboard.store.postgis.store import PostgisStore
from dashboard.store.query import Query
from devkit.pg import throwaway_cluster
from devkit.synth import generate

IMPORT_TARGET_S, INTERACTION_TARGET_MS = 60.0, 150.0
WINDOWS = [  # (from, to, bbox): a year over GBAO, five years over the region, a month
    (date(2019, 1, 1), date(2019, 12, 31), (70.5, 36.5, 75.5, 39.5)),
    (date(2015, 1, 1), date(2019, 12, 31), (66.0, 34.0, 78.0, 41.0)),
    (date(2021, 6, 1), date(2021, 6, 30), (71.0, 37.0, 72.5, 38.0)),
]


def _median_ms(fn, repeat: int = 7) -> float:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(events: int) -> dict:
    """Measure; return the numbers (see the module docstring)."""
    with tempfile.TemporaryDirectory() as tmp, throwaway_cluster() as uri:
        data = generate(events, Path(tmp) / "synth")
        result = postgis.import_package(data, uri)
        store = EmbeddedStore(result.dataset)
        out = {"events": events, "import_s": result.seconds, "windows": []}
        # What each replica does on a new data version: read it all back, validated.
        t0 = time.perf_counter()
        postgis.load_from_database(uri)
        out["reread_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        load_dataset(data)
        out["files_s"] = time.perf_counter() - t0
        with PostgisStore(uri) as db:
            # The same questions through the same interface (dashboard.store.embedded.Store),
            # one store answering in SQL, the other in memory.
            for lo, hi, bbox in WINDOWS:
                q = Query(lo, hi, bbox=bbox)

                def window(s, q=q):
                    # The count is the sum of the grid bins: no query of its own.
                    s.space_bins(q, 0.25)
                    s.rows(q, limit=5000)

                def pan(s, q=q):
                    window(s, q)
                    s.time_bins(q, "W")  # the timeline follows the map's area

                n = db.count(q)
                assert n == store.count(q), (n, store.count(q))
                out["windows"].append(
                    (
                        f"{lo} – {hi}, bbox {bbox}",
                        n,
                        _median_ms(lambda: window(db)),
                        _median_ms(lambda: pan(db)),
                        _median_ms(lambda: window(store)),
                        _median_ms(lambda: pan(store)),
                    )
                )
    return out


def report(m: dict) -> str:
    worst = max(w[2] for w in m["windows"])
    worst_pan = max(w[3] for w in m["windows"])
    lines = [
        "# PostGIS store",
        "",
        f"{m['events']:,} synthetic events (devkit/synth.py) in a throwaway PostgreSQL 15 + "
        "PostGIS 3.3 cluster on this machine (fsync off, as a throwaway cluster may: a "
        "durable server imports slower).",
        "",
        f"- Import (validation, one transaction, indexes): **{m['import_s']:.1f} s** "
        f"(target ≤ {IMPORT_TARGET_S:.0f} s: {'met' if m['import_s'] <= IMPORT_TARGET_S else 'MISSED'})",
        f"- A window step in the database (0.25° grid bins, whose sum is the count, + the first "
        f"5,000 rows), median of 7: worst **{worst:.0f} ms** (target ≤ "
        f"{INTERACTION_TARGET_MS:.0f} ms: "
        f"{'met' if worst <= INTERACTION_TARGET_MS else 'MISSED'})",
        f"- A replica re-reading everything on a new data version (validation included): "
        f"{m['reread_s']:.1f} s (the same from the files: {m['files_s']:.1f} s)",
        f"- A pan (the same + the timeline's weekly bins for the new area, at every date): "
        f"worst **{worst_pan:.0f} ms**",
        "",
        "| window | events in it | window step, database | pan, database "
        "| window step, in memory | pan, in memory |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, n, dbw, dbp, memw, memp in m["windows"]:
        lines.append(
            f"| {name} | {n:,} | {dbw:.0f} ms | {dbp:.0f} ms | {memw:.0f} ms | {memp:.0f} ms |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    m = run(args.events)
    text = report(m)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

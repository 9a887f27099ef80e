"""A synthetic ACLED-style export in the Sahel (Mali, Niger, Burkina Faso), made in the
tests: invented events at the admin-1 capitals' approximate coordinates, every note says
it is synthetic. Counts per admin-1 unit are fixed, so the ranking a test expects is
known: Mali 45 events, Niger 35, Burkina Faso 28; Gao first."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dashboard.interchange.acled import OPTIONAL, REQUIRED
from devkit.synth_acled import COLUMNS as EXPORT_COLUMNS
from devkit.synth_acled import write_export

# (country, admin1, lat, lon of its capital, events)
UNITS = (
    ("Mali", "Gao", 16.27, -0.04, 30),
    ("Niger", "Tillaberi", 14.21, 1.45, 25),
    ("Burkina Faso", "Sahel", 14.03, -0.03, 20),
    ("Mali", "Mopti", 14.49, -4.20, 12),
    ("Niger", "Tahoua", 14.89, 5.26, 10),
    ("Burkina Faso", "Est", 12.06, 0.36, 5),
    ("Burkina Faso", "Centre-Nord", 13.09, -1.08, 3),
    ("Mali", "Tombouctou", 16.77, -3.01, 2),
)
# One row with a mistyped longitude (Gao, 30° E: in Sudan): the region must not stretch to it.
OUTLIER = ("Mali", "Gao", 16.27, 30.0)
JITTER = 0.3  # degrees around the capital
FIRST_DAY, LAST_DAY = np.datetime64("2019-01-03"), np.datetime64("2023-12-28")
# The columns the importer reads (dashboard/interchange/acled.py), in an export's order
# (devkit/synth_acled.py): an export with nothing the importer would pass over.
COLUMNS = tuple(c for c in EXPORT_COLUMNS if c in {*REQUIRED, *OPTIONAL})


def sahel_rows(seed: int = 7) -> list[dict]:
    """The rows of the export (dicts of ACLED columns), outlier last."""
    rng = np.random.default_rng(seed)
    places = [(c, a, lat, lon) for c, a, lat, lon, n in UNITS for _ in range(n)]
    places.append(OUTLIER)
    days = np.linspace(0, (LAST_DAY - FIRST_DAY).astype(int), len(places)).astype(int)
    rows = []
    for i, ((country, admin1, lat, lon), day) in enumerate(zip(places, days, strict=True)):
        date = str(FIRST_DAY + np.timedelta64(day, "D"))
        jitter = 0.0 if (country, admin1, lat, lon) == OUTLIER else JITTER
        # Most events by the same group, so the most frequent actor is known.
        actor = "JNIM: Group for Support of Islam and Muslims" if i % 3 else "Military Forces"
        rows.append(
            {
                "event_id_cnty": f"{country[:3].upper()}{1000 + i}",
                "event_date": date,
                "year": date[:4],
                "time_precision": "1",
                "disorder_type": "Political violence",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": actor,
                "country": country,
                "admin1": admin1,
                "location": admin1,
                "latitude": f"{lat + rng.uniform(-jitter, jitter):.4f}",
                "longitude": f"{lon + rng.uniform(-jitter, jitter):.4f}",
                "geo_precision": "1",
                "source": "Synthetic Wire",
                "source_scale": "National",
                "notes": f"Synthetic test event {i} near {admin1}, {country}: not a real event.",
                "fatalities": "0",
                "timestamp": "1700000000",
            }
        )
    return rows


def write_sahel(path: Path, rows: list[dict] | None = None) -> Path:
    """Write the export (or ``rows``) as an ACLED CSV file at ``path``."""
    return write_export(rows if rows is not None else sahel_rows(), path, COLUMNS)

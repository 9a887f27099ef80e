"""A deterministic synthetic data package of any size, for benchmarks and scale tests.

``python -m devkit.synth --events 100000 --out /tmp/synth-100k`` writes events.csv,
excerpts.csv, sources.csv and geodata/sites.geojson that pass ``python -m dashboard
validate``, and the region's settings.toml (a copy of bench/settings.toml: another title,
attribution, views and focus country than the shipped data's). The same ``--events`` and
``--seed`` always give the same bytes.

The mix looks like what analysts point the dashboard at (ACLED-like exports): most
events placed by their own coordinates, clustered around towns, with day, month and year
precision dates and some periods; the rest on the shipped sites (points and regions).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
SETTINGS = REPO / "bench" / "settings.toml"
CATEGORIES = ("base", "exercise", "agreement", "funding", "deployment", "diplomacy", "report")
STATUSES = ("official", "reported", "denied", "planned")
ACTORS = tuple(
    [f"Actor {chr(65 + i)}" for i in range(20)]
    + ["China", "Tajikistan", "Afghanistan", "Russia", "Kyrgyzstan"]
)
# Towns of the region the synthetic events cluster around (lon, lat).
CENTRES = np.array(
    [
        (68.78, 38.56),  # Dushanbe
        (71.55, 37.49),  # Khorugh
        (73.97, 38.17),  # Murghab
        (71.53, 36.72),  # Ishkoshim
        (75.23, 37.77),  # Tashkurgan
        (70.58, 37.12),  # Fayzabad
        (69.78, 37.90),  # Kulob
        (72.80, 38.50),  # Rushan
    ]
)
FIRST_DAY = np.datetime64("2000-01-01")
DAYS = 25 * 365


def _dates(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``date`` and ``end_date`` strings at mixed precision (70 % day, 20 % month, 10 % year)."""
    start = FIRST_DAY + rng.integers(0, DAYS, n).astype("timedelta64[D]")
    precision = rng.choice(3, n, p=[0.7, 0.2, 0.1])
    text = np.datetime_as_string(start, unit="D")
    # Casting to a shorter string type cuts each date to its month (U7) or year (U4).
    date = np.where(precision == 0, text, np.where(precision == 1, text.astype("U7"), text))
    date = np.where(precision == 2, text.astype("U4"), date)
    has_end = rng.random(n) < 0.2
    end = start + rng.integers(30, 3 * 365, n).astype("timedelta64[D]")
    end_text = np.datetime_as_string(end, unit="D")
    # An end at the start's precision or finer never falls before the start.
    end_text = np.where(precision == 2, end_text.astype("U4"), end_text)
    end_text = np.where(precision == 1, end_text.astype("U7"), end_text)
    return date, np.where(has_end, end_text, "")


def generate(n_events: int, out: Path, seed: int = 7) -> Path:
    """Write a data package of ``n_events`` events to ``out`` (replacing it)."""
    rng = np.random.default_rng(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "geodata").mkdir(parents=True)
    # Its own region settings: nothing of the shipped Pamir / Wakhan ones carries over.
    shutil.copyfile(SETTINGS, out / "settings.toml")
    site_ids = _write_sites(out)
    ids = np.char.add("ev-", np.arange(1, n_events + 1).astype(str))
    # The draws come in a fixed order (events, then excerpts): the same seed, the same bytes.
    _events(rng, ids, site_ids).to_csv(out / "events.csv", index=False)
    _sources().to_csv(out / "sources.csv", index=False)
    _excerpts(rng, ids).to_csv(out / "excerpts.csv", index=False)
    return out


def _write_sites(out: Path) -> list[str]:
    """The shipped sites plus one synthetic town per centre; returns every site id."""
    sites = json.loads((REPO / "geodata" / "sites.geojson").read_text(encoding="utf-8"))
    site_ids = [f["properties"]["site_id"] for f in sites["features"]]
    for i, (lon, lat) in enumerate(CENTRES):
        sid = f"town-{i + 1}"
        sites["features"].append(
            {
                "type": "Feature",
                "properties": {
                    "site_id": sid,
                    "name": f"Synthetic town {i + 1}",
                    "kind": "town",
                    "geo_precision": 1,
                    "precision_m": 2000.0,
                    "note": "Synthetic place for benchmarks.",
                },
                "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            }
        )
        site_ids.append(sid)
    (out / "geodata" / "sites.geojson").write_text(json.dumps(sites), encoding="utf-8")
    return site_ids


def _events(rng: np.random.Generator, ids: np.ndarray, site_ids: list[str]) -> pd.DataFrame:
    """events.csv: mixed-precision dates, 25 % on a site, the rest around a town."""
    n = len(ids)
    date, end = _dates(rng, n)
    on_site, lon, lat, precision, radius = _own_places(rng, n)
    category = np.array(CATEGORIES)[rng.integers(0, len(CATEGORIES), n)]
    actors = _actors(rng, n)
    site = np.where(on_site, np.array(site_ids)[rng.integers(0, len(site_ids), n)], "")
    status = np.array(STATUSES)[rng.choice(len(STATUSES), n, p=[0.4, 0.4, 0.1, 0.1])]
    return pd.DataFrame(
        {
            "event_id": ids,
            "date": date,
            "end_date": end,
            "category": category,
            "title": np.char.add(np.char.add("Synthetic ", category), np.char.add(" event ", ids)),
            "summary": "Generated for benchmarks; not a real event.",
            "site_id": site,
            "lon": np.where(on_site, "", np.char.mod("%.5f", lon)),
            "lat": np.where(on_site, "", np.char.mod("%.5f", lat)),
            "geo_precision": np.where(on_site, "", precision.astype(str)),
            "precision_m": np.where(on_site, "", radius),
            "status": status,
            "actors": actors,
        }
    )


def _own_places(rng: np.random.Generator, n: int) -> tuple[np.ndarray, ...]:
    """Which events sit on a site, and for the others a point near a town (clipped to the
    region), its precision code and its radius in metres (none at precision 1)."""
    on_site = rng.random(n) < 0.25
    centre = CENTRES[rng.integers(0, len(CENTRES), n)]
    lon = np.clip(centre[:, 0] + rng.normal(0, 0.6, n), 66.6, 76.4)
    lat = np.clip(centre[:, 1] + rng.normal(0, 0.35, n), 35.6, 40.4)
    precision = rng.choice([1, 2, 3], n, p=[0.6, 0.3, 0.1])
    radius = np.where(precision == 1, "", np.char.mod("%d", rng.integers(1, 30, n) * 1000))
    return on_site, lon, lat, precision, radius


def _actors(rng: np.random.Generator, n: int) -> list[str]:
    """One to three distinct actors per event, ``;``-separated."""
    n_actors = rng.integers(1, 4, n)
    picks = rng.integers(0, len(ACTORS), (n, 3))
    return [
        ";".join(dict.fromkeys(ACTORS[a] for a in row[:k]))
        for row, k in zip(picks, n_actors, strict=True)
    ]


def _sources() -> pd.DataFrame:
    """sources.csv: five synthetic sources."""
    return pd.DataFrame(
        {
            "source_id": [f"src-{i}" for i in range(1, 6)],
            "title": [f"Synthetic source {i}" for i in range(1, 6)],
            "author": "",
            "publisher": [f"Publisher {i}" for i in range(1, 6)],
            "published": "2024-01-01",
            "url": [f"https://example.org/source-{i}" for i in range(1, 6)],
            "via": "",
            "note": "Synthetic.",
        }
    )


def _excerpts(rng: np.random.Generator, ids: np.ndarray) -> pd.DataFrame:
    """excerpts.csv: one supporting quote per event, a second that disputes or denies for
    20 % of them."""
    second = rng.random(len(ids)) < 0.2
    events = np.concatenate([ids, ids[second]])
    return pd.DataFrame(
        {
            "event_id": events,
            "source_id": np.char.add("src-", rng.integers(1, 6, len(events)).astype(str)),
            "quote": np.char.add("A synthetic quote about ", events),
            "stance": np.where(
                np.arange(len(events)) < len(ids),
                "supports",
                np.array(["disputes", "denies"])[rng.integers(0, 2, len(events))],
            ),
            "locator": "",
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.events, args.out, args.seed)
    print(f"wrote {args.events:,} events to {args.out}")


if __name__ == "__main__":
    main()

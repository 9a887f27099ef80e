"""A deterministic synthetic ACLED export of any size, to time ``import-acled``.

``python -m devkit.synth_acled --rows 100000 --out /tmp/acled-100k.csv [--time]`` writes an
ACLED-format CSV (the columns of a 2023+ export) with both date forms, every precision
code, one to three publishers a row and a few rows that cannot be mapped (``--bad``, a
fraction); ``--time`` then imports it into a temporary folder and prints how long each
step took. Not real events: every note says it is synthetic.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

# The columns of an ACLED export (2023 and later), in its order.
COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
TYPES = (
    ("Political violence", "Battles", "Armed clash"),
    ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Political violence", "Violence against civilians", "Attack"),
    ("Demonstrations", "Protests", "Peaceful protest"),
    ("Strategic developments", "Strategic developments", "Agreement"),
    ("Strategic developments", "Strategic developments", "Headquarters or base established"),
    ("Strategic developments", "Strategic developments", "Change to group/activity"),
    ("Strategic developments", "Strategic developments", "Arrests"),
)
PLACES = (  # country, iso, admin1, location, lon, lat
    ("Tajikistan", "762", "Gorno-Badakhshan", "Khorugh", 71.553, 37.4897),
    ("Tajikistan", "762", "Gorno-Badakhshan", "Murghob", 73.9641, 38.1705),
    ("Tajikistan", "762", "Dushanbe", "Dushanbe", 68.787, 38.5598),
    ("Afghanistan", "4", "Badakhshan", "Fayzabad", 70.58, 37.1166),
    ("Afghanistan", "4", "Badakhshan", "Ishkashim", 71.5728, 36.7094),
    ("China", "156", "Xinjiang", "Tashkurgan", 75.227, 37.7752),
)
PUBLISHERS = tuple(
    ["Asia-Plus", "Radio Ozodi", "Pajhwok Afghan News", "Xinhua", "Global Times", "Eurasianet"]
    + [f"Local outlet {i}" for i in range(1, 25)]
)
ACTORS = (
    "Military Forces of Tajikistan (1994-)",
    "Police Forces of Tajikistan (1994-)",
    "Taliban",
    "Military Forces of China (2012-)",
    "Unidentified Armed Group (Afghanistan)",
    "Protesters (Tajikistan)",
    "Civilians (Tajikistan)",
)
SCALES = ("National", "Local partner-Other", "International", "National-International")


def generate(rows: int, out: Path, seed: int = 13, bad: float = 0.01) -> Path:
    """Write ``rows`` synthetic ACLED rows to ``out``; about ``bad`` of them unmappable."""
    rng = np.random.default_rng(seed)
    # The draws come in a fixed order: the same seed, the same bytes.
    day, date = _dates(rng, rows)
    types = np.array(TYPES, dtype=object)[rng.integers(0, len(TYPES), rows)]
    places, lon, lat = _places(rng, rows)
    source = _sources(rng, rows)
    frame = _frame(rng, day, date, types, places, lon, lat, source)
    _break_some(rng, frame, bad)
    return write_export(frame, out)


def write_export(
    rows: pd.DataFrame | list[dict], out: Path, columns: tuple[str, ...] = COLUMNS
) -> Path:
    """Write ``rows`` (a frame, or dicts keyed by column; a column a row lacks is empty)
    as an ACLED CSV at ``out`` with ``columns``, in that order."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=list(columns))
    frame.to_csv(out, index=False, columns=list(columns), lineterminator="\n")
    return out


def _dates(rng: np.random.Generator, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's day, and its ``event_date`` text: half ISO, half "05 March 2021"."""
    day = np.datetime64("2018-01-01") + rng.integers(0, 7 * 365, rows).astype("timedelta64[D]")
    iso = np.datetime_as_string(day, unit="D")
    d = pd.Series(day.astype("datetime64[s]"))
    long = (d.dt.strftime("%d") + " " + d.dt.month_name() + " " + d.dt.year.astype(str)).to_numpy()
    return day, np.where(rng.random(rows) < 0.5, iso, long)


def _places(rng: np.random.Generator, rows: int) -> tuple[np.ndarray, ...]:
    """Each row's place (a ``PLACES`` row) and a point scattered around it."""
    places = np.array(PLACES, dtype=object)[rng.integers(0, len(PLACES), rows)]
    lon = places[:, 4].astype(float) + rng.normal(0, 0.05, rows)
    lat = places[:, 5].astype(float) + rng.normal(0, 0.05, rows)
    return places, lon, lat


def _sources(rng: np.random.Generator, rows: int) -> pd.Series:
    """One to three publishers a row, ``; ``-separated as ACLED writes them."""
    n_pub = rng.integers(1, 4, rows)
    pubs = np.array(PUBLISHERS, dtype=object)[rng.integers(0, len(PUBLISHERS), (rows, 3))]
    source = pd.Series(pubs[:, 0])
    source = source.where(n_pub < 2, source + "; " + pubs[:, 1])
    return source.where(n_pub < 3, source + "; " + pubs[:, 2])


def _frame(rng, day, date, types, places, lon, lat, source) -> pd.DataFrame:
    """The export's columns, in ACLED's order, with the rest of the draws."""
    rows = len(day)
    ids = np.char.add(
        np.where(places[:, 1] == "4", "AFG", "TJK").astype(str), np.arange(rows).astype(str)
    )
    actors = np.array(ACTORS, dtype=object)
    return pd.DataFrame(
        {
            "event_id_cnty": ids,
            "event_date": date,
            "year": day.astype("datetime64[Y]").astype(int) + 1970,
            "time_precision": rng.choice(["1", "2", "3"], rows, p=[0.8, 0.15, 0.05]),
            "disorder_type": types[:, 0],
            "event_type": types[:, 1],
            "sub_event_type": types[:, 2],
            "actor1": actors[rng.integers(0, len(ACTORS), rows)],
            "assoc_actor_1": "",
            "inter1": "1",
            "actor2": np.where(
                rng.random(rows) < 0.5, actors[rng.integers(0, len(ACTORS), rows)], ""
            ),
            "assoc_actor_2": "",
            "inter2": "",
            "interaction": "",
            "civilian_targeting": "",
            "iso": places[:, 1],
            "region": "",
            "country": places[:, 0],
            "admin1": places[:, 2],
            "admin2": places[:, 3],
            "admin3": "",
            "location": places[:, 3],
            "latitude": np.char.mod("%.4f", lat),
            "longitude": np.char.mod("%.4f", lon),
            "geo_precision": rng.choice(["1", "2", "3"], rows, p=[0.6, 0.3, 0.1]),
            "source": source,
            "source_scale": np.array(SCALES, dtype=object)[rng.integers(0, len(SCALES), rows)],
            "notes": np.char.add(
                np.char.add("Synthetic ACLED note for event ", ids),
                ": not a real event, generated to time the importer.",
            ),
            "fatalities": rng.integers(0, 4, rows),
            "tags": "",
            "timestamp": 1700000000 + rng.integers(0, 10_000_000, rows),
        },
        columns=COLUMNS,
    )


def _break_some(rng: np.random.Generator, frame: pd.DataFrame, bad: float) -> None:
    """Make about ``bad`` of the rows unmappable: an impossible date, no latitude, or a
    longitude out of range."""
    broken = np.flatnonzero(rng.random(len(frame)) < bad)
    what = rng.integers(0, 3, len(broken))
    frame.loc[broken[what == 0], "event_date"] = "31 February 2021"
    frame.loc[broken[what == 1], "latitude"] = ""
    frame.loc[broken[what == 2], "longitude"] = "200.0"


def time_import(path: Path) -> dict[str, float]:
    """Seconds per step of importing ``path``: read, map, write."""
    from dashboard.interchange.acled import map_acled, read_acled
    from dashboard.interchange.package import write_package

    times = {}
    t0 = time.perf_counter()
    frame, problems = read_acled(path)
    times["read"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = map_acled(frame, path.name, problems)
    times["map"] = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_package(
            Path(tmp) / "out",
            {"events": result.events, "sources": result.sources, "excerpts": result.excerpts},
        )
        times["write"] = time.perf_counter() - t0
    times["events"] = len(result.events)
    times["set aside"] = result.rows_set_aside
    return times


def main() -> None:
    """Write a synthetic export; with --time, import it and print each step's time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--bad", type=float, default=0.01, help="fraction of unmappable rows")
    parser.add_argument("--time", action="store_true", help="then time importing it")
    args = parser.parse_args()
    generate(args.rows, args.out, args.seed, args.bad)
    print(f"wrote {args.rows:,} ACLED rows to {args.out}")
    if args.time:
        times = time_import(args.out)
        steps = ("read", "map", "write")
        print(
            ", ".join(f"{k} {times[k]:.2f} s" for k in steps),
            f"= {sum(times[k] for k in steps):.2f} s",
        )
        print(
            f"{int(times['events']):,} events written, {int(times['set aside']):,} rows set aside"
        )


if __name__ == "__main__":
    main()

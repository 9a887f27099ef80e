"""Small data packages made in code for the tests of code (never the shipped data).

``write_package(root)`` writes a package whose every event is invented (and says so) and
which holds, on purpose, each case the drawing rules care about:

- ``post``: a point site three events share (a base, a funding with two amounts that
  disagree, a report): rings, one letter per place, a selection at a shared place;
- ``camp``: a point known to ±20 km, its one event denied by a government;
- ``valley``: a polygon known to a small area (an exercise), filled;
- ``province``: a polygon known only as a region (a diplomatic meeting): a dashed outline;
- ``ev-own``: an agreement placed by its own coordinates;
- ``ev-nowhere-*``: two events the sources give no place for;
- open dates: a start not given (``..``), an end not given.

``EXPECTED`` says what each event is, so tests assert on names, not on counts of the
shipped data. Places lie inside the bundled reference layers (66.5-76.5 E, 35.5-40.5 N).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

SOURCES = [
    {
        "source_id": "src-a",
        "title": "Invented report A",
        "author": "Tester",
        "publisher": "Test Wire",
        "published": "2022-11",
        "url": "https://example.org/a",
        "via": "",
        "note": "Invented for tests.",
    },
    {
        "source_id": "src-b",
        "title": "Invented report B",
        "author": "",
        "publisher": "Other Gazette",
        "published": "2021",
        "url": "",
        "via": "",
        "note": "Invented for tests.",
    },
]
SITES = [
    ("post", "Test post", "base", 1, None, {"type": "Point", "coordinates": [73.2, 37.6]}),
    ("camp", "Test camp", "base", 2, 20000, {"type": "Point", "coordinates": [74.6, 38.4]}),
    (
        "valley",
        "Test valley",
        "exercise_area",
        2,
        None,
        {
            "type": "Polygon",
            "coordinates": [
                [[71.6, 36.9], [72.2, 36.9], [72.2, 37.15], [71.6, 37.15], [71.6, 36.9]]
            ],
        },
    ),
    (
        "province",
        "Test province",
        "region",
        3,
        None,
        {
            "type": "Polygon",
            "coordinates": [[[70.5, 38.2], [72.0, 38.2], [72.0, 39.0], [70.5, 39.0], [70.5, 38.2]]],
        },
    ),
]
# event_id: (date, end_date, category, title, site_id, lon, lat, status)
EVENTS = {
    "ev-base": ("2016", "..", "base", "Test base at the post", "post", "", "", "reported"),
    "ev-funding": (
        "2021-10",
        "",
        "funding",
        "Test funding of the post",
        "post",
        "",
        "",
        "reported",
    ),
    "ev-report": (
        "2019-05-02",
        "",
        "report",
        "Test report on the post",
        "post",
        "",
        "",
        "reported",
    ),
    "ev-camp": (
        "..",
        "2021-11-05",
        "deployment",
        "Test troops at the camp",
        "camp",
        "",
        "",
        "denied",
    ),
    "ev-drill": (
        "2020-06",
        "2020-07",
        "exercise",
        "Test drill in the valley",
        "valley",
        "",
        "",
        "official",
    ),
    "ev-meeting": (
        "2018-03-14",
        "",
        "diplomacy",
        "Test meeting in the province",
        "province",
        "",
        "",
        "official",
    ),
    "ev-own": (
        "2017",
        "",
        "agreement",
        "Test agreement signed at its own point",
        "",
        "69.5",
        "37.2",
        "official",
    ),
    "ev-nowhere-1": ("2015", "", "exercise", "Test exercise with no place", "", "", "", "reported"),
    "ev-nowhere-2": (
        "2022-02",
        "",
        "agreement",
        "Test agreement with no place",
        "",
        "",
        "",
        "planned",
    ),
}
ACTORS = {"ev-meeting": "Testland;Otherland;Envoy Test", "ev-own": "Envoy Test"}
# What each event is: its category letter and where it is drawn.
EXPECTED = {
    "ev-base": ("B", "post"),
    "ev-funding": ("F", "post"),
    "ev-report": ("R", "post"),
    "ev-camp": ("P", "camp"),
    "ev-drill": ("E", "valley"),
    "ev-meeting": ("D", "province"),
    "ev-own": ("A", None),
    "ev-nowhere-1": ("E", None),
    "ev-nowhere-2": ("A", None),
}
SETTINGS = """\
title = "Test dashboard"
attribution = "Test map data: Natural Earth; test districts © OpenStreetMap contributors, ODbL."
focus_country = "TJK"

[view]
name = "Whole test region"
lat = 37.8
lon = 72.3
zoom = 5.9

[[presets]]
name = "Around the post"
lat = 37.6
lon = 73.2
zoom = 8.0

[[presets]]
name = "The valley"
lat = 37.0
lon = 71.9
zoom = 8.5
"""
PLACED = [e for e in EVENTS if e not in ("ev-nowhere-1", "ev-nowhere-2")]
SHARED = ["ev-base", "ev-funding", "ev-report"]


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _events() -> list[dict]:
    return [
        {
            "event_id": eid,
            "date": d,
            "end_date": end,
            "category": cat,
            "title": title,
            "summary": "Invented for tests.",
            "site_id": site,
            "lon": lon,
            "lat": lat,
            "geo_precision": "1" if lon else "",
            "precision_m": "",
            "status": status,
            "actors": ACTORS.get(eid, "Testland;Otherland"),
            "lifecycle": "",
        }
        for eid, (d, end, cat, title, site, lon, lat, status) in EVENTS.items()
    ]


def _excerpts() -> list[dict]:
    rows = [
        {
            "event_id": eid,
            "source_id": "src-a",
            "quote": f"An invented quote about {eid}.",
            "stance": "supports",
            "locator": "p. 1",
            "excerpt_id": f"{eid}--a",
        }
        for eid in EVENTS
    ]
    rows += [
        {
            "event_id": "ev-funding",
            "source_id": "src-b",
            "quote": "An invented second amount.",
            "stance": "disputes",
            "locator": "p. 2",
            "excerpt_id": "ev-funding--b",
        },
        {
            "event_id": "ev-camp",
            "source_id": "src-b",
            "quote": "An invented denial.",
            "stance": "denies",
            "locator": "p. 3",
            "excerpt_id": "ev-camp--b",
        },
    ]
    return rows


def _claims() -> list[dict]:
    base = {"value": "", "amount": "", "unit": "", "claimant_kind": "media"}
    return [
        {
            **base,
            "event_id": "ev-funding",
            "property": "amount",
            "value": "USD 10 million",
            "amount": "10000000",
            "unit": "USD",
            "claimant": "Test Wire",
            "stance": "asserts",
            "excerpt_id": "ev-funding--a",
        },
        {
            **base,
            "event_id": "ev-funding",
            "property": "amount",
            "value": "CNY 55 million",
            "amount": "55000000",
            "unit": "CNY",
            "claimant": "Other Gazette",
            "stance": "asserts",
            "excerpt_id": "ev-funding--b",
        },
        {
            **base,
            "event_id": "ev-camp",
            "property": "occurred",
            "value": "Troops at the camp",
            "claimant": "Test Wire",
            "stance": "asserts",
            "excerpt_id": "ev-camp--a",
        },
        {
            **base,
            "event_id": "ev-camp",
            "property": "occurred",
            "value": "No troops at the camp",
            "claimant": "Testland government",
            "claimant_kind": "government",
            "stance": "denies",
            "excerpt_id": "ev-camp--b",
        },
    ]


def _sites() -> dict:
    features = [
        {
            "type": "Feature",
            "properties": {
                "site_id": sid,
                "name": name,
                "kind": kind,
                "geo_precision": prec,
                **({"precision_m": radius} if radius else {}),
                "note": "Invented for tests.",
            },
            "geometry": geometry,
        }
        for sid, name, kind, prec, radius, geometry in SITES
    ]
    return {"type": "FeatureCollection", "features": features}


def write_package(root: Path, settings: str | None = SETTINGS) -> Path:
    """Write the package into ``root`` (created), with ``settings`` as its settings.toml
    (None: none, so the shipped one applies)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "geodata").mkdir(exist_ok=True)
    (root / "sources.csv").write_text(_csv(SOURCES), encoding="utf-8")
    (root / "events.csv").write_text(_csv(_events()), encoding="utf-8")
    (root / "excerpts.csv").write_text(_csv(_excerpts()), encoding="utf-8")
    (root / "claims.csv").write_text(_csv(_claims()), encoding="utf-8")
    (root / "geodata" / "sites.geojson").write_text(json.dumps(_sites()), encoding="utf-8")
    if settings is not None:
        (root / "settings.toml").write_text(settings, encoding="utf-8")
    return root


# Word forms the search's tests need, added to each event's summary (write_worded_package).
WORDED = {
    "ev-base": "A base for 100 guards.",
    "ev-funding": "China funds the post with $10 million.",
    "ev-report": "Who funded the post is unclear.",
    "ev-drill": "Its funds came from abroad.",
    "ev-camp": "Fundamental questions remain.",
    "ev-meeting": "The envoy asked for a refund.",
    "ev-own": "China’s fundraising for the agreement.",
}


def write_worded_package(root: Path) -> Path:
    """``write_package`` with ``WORDED``'s sentences after each summary."""
    write_package(root)
    path = root / "events.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["summary"] = f"{row['summary']} {WORDED.get(row['event_id'], '')}".strip()
    path.write_text(_csv(rows), encoding="utf-8")
    return root


FUNDS = {"ev-funding", "ev-report", "ev-drill"}  # "funding", "funded", "funds"
# Each search and the events it finds (what each event's summary says: synthetic.WORDED).
FOUND = {
    "funding": FUNDS,
    "Funded": FUNDS,
    "FUNDS": FUNDS,
    # A prefix of three characters or more also finds the longer words it begins.
    "fund": FUNDS | {"ev-camp", "ev-own"},  # + "Fundamental", "fundraising"
    "fundrais": {"ev-own"},
    # No word is found inside another: "refund" is not a form of "fund".
    "und": set(),
    "refunds": {"ev-meeting"},
    # Short words match only their own stem: 10 is not 100.
    "10": {"ev-funding"},
    "100": {"ev-base"},
    "$10 million": {"ev-funding"},
    # Every word, in any order, in any searched field (title and summary here).
    "post funded": {"ev-report", "ev-funding"},
    "funded camp": set(),  # the camp's event says "Fundamental", no form of "fund"
    "drill funds": {"ev-drill"},
    # Apostrophes join: "China’s" is the word "chinas" (the stem "china").
    "china's": {"ev-funding", "ev-own"},
    "China": {"ev-funding", "ev-own"},
    "Chinas": {"ev-funding", "ev-own"},
    # Quotes and place names are searched too.
    "second amount": {"ev-funding"},
    "valley": {"ev-drill"},
    # A search with no word, or with control characters, finds nothing.
    "%": set(),
    "fund\x00": set(),
}


# A narrative through the synthetic events (opt-in: ``write_narratives``). Step 2 shows
# the disputed amount, step 3 the claim and the denial of the camp's troops.
NARRATIVES = [
    {"narrative_id": "walk", "title": "A test walk", "summary": "Invented for tests."},
]
STEPS = [
    {
        "narrative_id": "walk",
        "step": "1",
        "caption": "First, the invented base at the post.",
        "view": "from=2016-01-01&to=2016-12-31&lat=37.6&lon=73.2&zoom=7&event=ev-base",
        "excerpt_ids": "ev-base--a",
    },
    {
        "narrative_id": "walk",
        "step": "2",
        "caption": "Then two sources give two amounts for the funding.",
        "view": "from=2021-01-01&to=2021-12-31&lat=37.6&lon=73.2&zoom=8&event=ev-funding",
        "excerpt_ids": "ev-funding--a;ev-funding--b",
    },
    {
        "narrative_id": "walk",
        "step": "3",
        "caption": "Troops at the camp are reported and denied.",
        "view": "from=2015-01-01&to=2022-02-28&lat=38.4&lon=74.6&zoom=7&event=ev-camp",
        "excerpt_ids": "ev-camp--a;ev-camp--b",
    },
]


def write_narratives(root: Path, steps: list[dict] | None = None) -> Path:
    """Add ``NARRATIVES`` and ``steps`` (default ``STEPS``) to the package in ``root``."""
    (root / "narratives.csv").write_text(_csv(NARRATIVES), encoding="utf-8")
    (root / "narrative_steps.csv").write_text(_csv(steps or STEPS), encoding="utf-8")
    return root

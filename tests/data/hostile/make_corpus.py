"""Writes the hostile corpus: each folder here holds the files that replace
tests/data/minimal's in one broken way (run from anywhere; rewrites every case)."""

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
M = HERE.parent / "minimal"
H = HERE
for old in H.iterdir():
    if old.is_dir():
        shutil.rmtree(old)
ev = (M / "events.csv").read_text()
src = (M / "sources.csv").read_text()
sites = json.loads((M / "geodata/sites.geojson").read_text())


def case(name, files):
    d = H / name
    for rel, content in files.items():
        p = d / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")


lines = ev.splitlines(keepends=True)
case("truncated-row", {"events.csv": "".join(lines[:3]) + lines[3][:40]})
case("cut-in-header", {"events.csv": lines[0][:23]})
case("semicolons", {"events.csv": ev.replace(",", ";")})
case("tabs", {"events.csv": ev.replace(",", "\t")})
case("bom-crlf", {"events.csv": "\ufeff" + ev.replace("\n", "\r\n")})
case("latin1", {"events.csv": ev.replace("Test exercise", "Exercice à Khorog").encode("latin-1")})
case(
    "quoted-newlines",
    {
        "events.csv": ev.replace(
            "Invented for tests.,site-b", '"Invented\nfor tests, over\ntwo lines.",site-b', 1
        )
    },
)
case(
    "huge-field",
    {"events.csv": ev.replace("Invented for tests.,site-b", "x" * 200_000 + ",site-b", 1)},
)
case("binary-garbage", {"events.csv": bytes(range(256)) * 4})
case("empty-file", {"events.csv": ""})
case(
    "duplicate-column",
    {
        "events.csv": ev.replace("event_id,date,", "event_id,date,date,", 1).replace(
            "ev-one,2019,", "ev-one,2019,2020,", 1
        )
    },
)
bad_xy = ev.replace("71.5476,37.4875", "nan,37.4875")
case("nan-coordinates", {"events.csv": bad_xy})
case("inf-coordinates", {"events.csv": ev.replace("71.5476,37.4875", "inf,-inf")})
case("out-of-range-coordinates", {"events.csv": ev.replace("71.5476,37.4875", "371.5,95")})


def sites_with(fn):
    doc = json.loads(json.dumps(sites))
    fn(doc)
    return json.dumps(doc)


case(
    "line-site",
    {
        "geodata/sites.geojson": sites_with(
            lambda d: d["features"][0].__setitem__(
                "geometry", {"type": "LineString", "coordinates": [[73.9, 38.1], [74.0, 38.2]]}
            )
        )
    },
)
case(
    "bowtie-polygon",
    {
        "geodata/sites.geojson": sites_with(
            lambda d: d["features"][2].__setitem__(
                "geometry",
                {
                    "type": "Polygon",
                    "coordinates": [
                        [[71.7, 36.9], [72.1, 37.05], [72.1, 36.9], [71.7, 37.05], [71.7, 36.9]]
                    ],
                },
            )
        )
    },
)
case(
    "unclosed-polygon",
    {
        "geodata/sites.geojson": sites_with(
            lambda d: d["features"][2].__setitem__(
                "geometry",
                {
                    "type": "Polygon",
                    "coordinates": [[[71.7, 36.9], [72.1, 36.9], [72.1, 37.05], [71.7, 37.05]]],
                },
            )
        )
    },
)
case("not-a-featurecollection", {"geodata/sites.geojson": json.dumps(sites["features"][0])})
case("geojson-list", {"geodata/sites.geojson": json.dumps(sites["features"])})
case("geojson-not-json", {"geodata/sites.geojson": '{"type": "FeatureCollection", "features": ['})
case(
    "duplicate-json-keys",
    {
        "geodata/sites.geojson": json.dumps(sites).replace(
            '"site_id": "site-a"', '"site_id": "site-a", "site_id": "site-z"', 1
        )
    },
)
case(
    "circular-via",
    {"sources.csv": src.replace("https://example.org/a,,", "https://example.org/a,src-b,", 1)},
)
case("dangling-via", {"sources.csv": src.replace(",src-a,Known", ",src-nowhere,Known", 1)})
case(
    "javascript-url",
    {"sources.csv": src.replace("https://example.org/a", "javascript:alert(1)", 1)},
)
print(f"wrote {sum(1 for d in H.iterdir() if d.is_dir())} cases under {H}")

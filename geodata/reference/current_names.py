"""Current names for the reference layers: the edits made to clip.py's output.

The upstream datasets carry some obsolete (Soviet-era or pre-2016) names, one misplaced
duplicate and some labels that are not the place's name. This script applies the curated
corrections listed below to the files made by ``clip.py`` (see PROVENANCE.md, "Local
corrections") and is idempotent: run it after ``rebuild.sh`` in this folder,

    python current_names.py [FOLDER]

Only the ``properties`` object of a matched feature is rewritten (in GDAL's own layout),
so every other byte of each file stays as ``clip.py`` wrote it. Each rule must match
exactly one feature (or, once applied, none): a rule that matches several stops the run.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DROP = None  # a rule whose update is DROP removes the feature

# (file, properties that identify the feature, properties to set, or DROP)
RULES: list[tuple[str, dict, dict | None]] = [
    # --- places_ne10m.geojson: the place labels (reference._places reads name_en) ---
    # Renamed by decree of 20 Jan 2018; the coordinates are the city's.
    (
        "places_ne10m.geojson",
        {"wikidataid": "Q648567"},
        {
            "name": "Bokhtar",
            "name_en": "Bokhtar",
            "nameascii": "Bokhtar",
            "name_ru": "Бохтар",
            "name_zh": None,  # the upstream 庫爾干秋別 is the old name; no checked new one
        },
    ),
    # Kuybyshevsk, renamed in 2012 after the poet Jomi. A town of ~9,000 that NE ranked
    # above Bokhtar (300,000, 16 km away), so on a small-scale map its label won the
    # space: ranked 9 here, below Bokhtar's 8.
    (
        "places_ne10m.geojson",
        {"wikidataid": "Q6449099"},
        {
            "name": "Abdurahmoni Jomi",
            "name_en": "Abdurahmoni Jomi",
            "nameascii": "Abdurahmoni Jomi",
            "name_ru": "Абдурахмони Джоми",
            "scalerank": 9,
        },
    ),
    # Ura-Tyube / Uroteppa, renamed Istaravshan in 2000 (NE's English name was misspelt).
    (
        "places_ne10m.geojson",
        {"wikidataid": "Q936510"},
        {
            "name": "Istaravshan",
            "name_en": "Istaravshan",
            "nameascii": "Istaravshan",
            "adm1name": "Sughd",
        },
    ),
    # "Leninobod", NE's admin-1 capital of Leninabad province: Khujand's Soviet name
    # (1936-1991) on a point 63 km from Khujand (round coordinates 69.0, 39.75). Khujand
    # is already a feature of its own at its true place: the duplicate goes.
    ("places_ne10m.geojson", {"wikidataid": "Q6522635"}, DROP),
    # Province names of 1990s NE on the Tajik and Pakistani towns (as in admin1 name_en).
    ("places_ne10m.geojson", {"wikidataid": "Q373808"}, {"adm1name": "Sughd"}),  # Khujand
    ("places_ne10m.geojson", {"wikidataid": "Q1015752"}, {"adm1name": "Sughd"}),  # Konibodom
    ("places_ne10m.geojson", {"wikidataid": "Q9365"}, {"adm1name": "Dushanbe"}),
    ("places_ne10m.geojson", {"wikidataid": "Q609024"}, {"adm1name": "Gilgit-Baltistan"}),
    # NE's English name is the province's (Samangan); the town is Aybak.
    ("places_ne10m.geojson", {"wikidataid": "Q1020649"}, {"name_en": "Aybak"}),
    # NE's "Puli Khumri" is a variant; Afghan and UN usage spell it Pul-e Khumri.
    ("places_ne10m.geojson", {"wikidataid": "Q477148"}, {"name_en": "Pul-e Khumri"}),
    # --- admin2_tjk_geoboundaries.geojson: districts renamed since OSM's 2017 data ---
    # ``name`` keeps geoBoundaries' shapeName; ``name_en`` (read by the join, so shown in
    # tooltips and the detail panel) carries the current name.
    *(
        (
            "admin2_tjk_geoboundaries.geojson",
            {"name": old},
            {"name_en": new},
        )
        for old, new in (
            ("Dzhami District", "Jomi District"),  # Russian spelling of Jomi
            ("Ghonchi District", "Devashtich District"),  # 2016
            ("Jilikul District", "Dusti District"),  # 2016
            ("Jirgatol District", "Lakhsh District"),  # 2016
            ("Tavildara District", "Sangvor District"),  # 2016
            ("Qumsangir District", "Jayhun District"),  # 2016
            ("Rumi District", "Jaloliddini Balkhi District"),  # 2016
            ("Shuro-obod District", "Shamsiddin Shohin District"),  # 2016
            ("Bokhtar District", "Kushoniyon District"),  # 2018
            ("Sarband District", "Levakant District"),  # 2018: the town of Sarband
            ("Sharinav District", "Shahrinav District"),  # spelling
        )
    ),
    # --- admin1_ne10m.geojson: name_en is already curated; one Russian form left ---
    ("admin1_ne10m.geojson", {"iso_3166_2": "KG-GO"}, {"name_en": "Osh City"}),
    # --- lakes_ne10m.geojson: the Qayroqqum reservoir was renamed Bahri Tojik in 2016 ---
    (
        "lakes_ne10m.geojson",
        {"name_alt": "Qayroqum Reservoir"},
        {"name": "Bahri Tojik", "name_alt": "Tajik Sea (Qayroqqum Reservoir until 2016)"},
    ),
]

# gazetteer.csv: the first column is the label drawn on the map. Tajik places take the
# official Tajik romanisation (as the districts do: Murghob, Ishkoshim); a qualifier in
# brackets does not belong on a map label (the country shows which side).
GAZETTEER_NAMES = {
    "Khorog": "Khorugh",
    "Murghab": "Murghob",
    "Ishkashim (Tajik side)": "Ishkoshim",
    "Ishkashim (Afghan side)": "Ishkashim",
    "Faizabad (Badakhshan)": "Fayzabad",
}

PROPS = re.compile(r'"properties": (\{[^{}]*\})')


def _gdal_props(props: dict) -> str:
    """A properties object laid out as GDAL's GeoJSON driver writes it."""
    inner = ", ".join(
        f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in props.items()
    )
    return "{ " + inner + " }"


def apply_rules(folder: Path) -> list[str]:
    """Apply ``RULES`` and ``GAZETTEER_NAMES`` to the files in ``folder``; return what changed."""
    done: list[str] = []
    for name in dict.fromkeys(rule[0] for rule in RULES):
        path = folder / name
        lines = path.read_text(encoding="utf-8").split("\n")
        features = [i for i, line in enumerate(lines) if line.startswith('{ "type": "Feature"')]
        drop: set[int] = set()
        for file, where, update in RULES:
            if file != name:
                continue
            hits = []
            for i in features:
                m = PROPS.search(lines[i])
                props = json.loads(m.group(1))
                if _gdal_props(props) != m.group(1):
                    raise ValueError(f"{name}: line {i + 1} is not in GDAL's layout")
                if all(props.get(k) == v for k, v in where.items()):
                    hits.append((i, m, props))
            if len(hits) > 1:
                raise ValueError(f"{name}: {where} matches {len(hits)} features, not one")
            for i, m, props in hits:
                if update is DROP:
                    drop.add(i)
                    done.append(f"{name}: dropped {where}")
                    continue
                new = {**props, **update}
                if new != props:
                    lines[i] = lines[i][: m.start(1)] + _gdal_props(new) + lines[i][m.end(1) :]
                    done.append(f"{name}: {where} -> {update}")
        kept = [line for i, line in enumerate(lines) if i not in drop]
        # GDAL ends every feature line but the last with a comma.
        last = max(i for i, line in enumerate(kept) if line.startswith('{ "type": "Feature"'))
        kept[last] = kept[last].removesuffix(",")
        text = "\n".join(kept)
        if text != path.read_text(encoding="utf-8"):
            path.write_text(text, encoding="utf-8")
    gaz = folder / "gazetteer.csv"
    rows = gaz.read_text(encoding="utf-8").split("\n")
    for k, row in enumerate(rows):
        for old, new in GAZETTEER_NAMES.items():
            if row.startswith(old + ","):
                rows[k] = new + row[len(old) :]
                done.append(f"gazetteer.csv: {old} -> {new}")
    gaz.write_text("\n".join(rows), encoding="utf-8")
    return done


if __name__ == "__main__":
    for line in apply_rules(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)):
        print(line)

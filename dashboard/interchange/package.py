"""Writing a data package: the contract's files, with its columns in its order."""

from __future__ import annotations

import json
import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import shapely

from dashboard.contract.descriptor import write_descriptor
from dashboard.contract.schema import load_package
from dashboard.contract.settings import SETTINGS_FILE

TABLES = ("events", "sources", "excerpts", "claims", "narratives", "narrative_steps")


class Unusable(Exception):
    """The input cannot become a data package at all; the message says why in one line."""


def package_paths() -> list[str]:
    """The files of a data package, relative to its directory (``events.csv``…)."""
    return [r.path for r in load_package().resources]


def out_dir_problem(out: Path, force: bool = False) -> str | None:
    """Why a data package cannot be written to ``out``, or None.

    ``out`` may exist (empty, or holding other files) or be a new folder in an existing
    one. A folder that already holds a package is only replaced with ``force``: an import
    run twice by mistake must not silently mix two datasets' files.
    """
    out = out.expanduser()
    if out.exists() and not out.is_dir():
        return f"cannot write to {out}: it is a file, not a folder"
    if not out.exists():
        if not out.parent.is_dir():
            return f"cannot write to {out}: the folder {out.parent} does not exist"
        return None
    held = [p for p in package_paths() if (out / p).exists()]
    if held and not force:
        return f"{out} already holds a data package ({', '.join(held)}): pass --force to replace it"
    return None


def write_package(
    out: Path,
    tables: dict[str, pd.DataFrame],
    sites: gpd.GeoDataFrame | None = None,
    settings: str | None = None,
) -> list[str]:
    """Write ``tables`` (events, sources, excerpts and optionally claims and the
    narratives; string cells) and ``sites`` as a data package in ``out``, with
    ``settings`` (the text of its settings.toml) if given and, last, its
    ``datapackage.json`` describing the files written; return the files written.

    Columns are put in the contract's order and missing ones left empty, so a package
    written here has exactly the contract's header. Package files of ``out`` that are not
    written (a claims.csv of an earlier package) are removed: they would refer to ids
    this package does not have.
    """
    pkg = load_package()
    out = out.expanduser()
    (out / "geodata").mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        resource = pkg.resource(name)
        path = out / resource.path
        frame = tables.get(name)
        if frame is None:
            path.unlink(missing_ok=True)
            continue
        columns = resource.field_names
        table = pa.table({c: _text(frame[c]) if c in frame else [""] * len(frame) for c in columns})
        # Arrow's writer is ten times as fast as pandas' on a million rows. It quotes every
        # text cell, which any CSV reader (ours too) reads as the same values.
        pacsv.write_csv(table, path)
        written.append(resource.path)
    sites_path = pkg.resource("sites").path
    (out / sites_path).write_text(sites_geojson(sites), encoding="utf-8")
    written.append(sites_path)
    if settings is not None:
        (out / SETTINGS_FILE).write_text(settings, encoding="utf-8")
        written.append(SETTINGS_FILE)
    written.append(write_descriptor(out))  # last: it lists the files, titled by the settings
    return written


def _text(values: pd.Series) -> pa.Array:
    """A column as Arrow text, missing values as ''."""
    return pa.array(values.astype(object).where(values.notna(), "").astype(str), type=pa.string())


def sites_geojson(sites: gpd.GeoDataFrame | None) -> str:
    """``geodata/sites.geojson`` text for ``sites`` (contract properties and geometry);
    an empty FeatureCollection when there are none (events placed by coordinates only)."""
    features = []
    names = load_package().resource("sites").field_names
    if sites is not None and len(sites):
        for _, site in sites.to_crs("EPSG:4326").iterrows():  # a few hundred places at most
            # An optional property with no value is left out, as people write GeoJSON.
            props = {n: v for n in names if (v := _json_value(site.get(n))) is not None}
            if "geo_precision" in props:
                props["geo_precision"] = int(props["geo_precision"])
            geometry = site.geometry
            features.append(
                {
                    "type": "Feature",
                    "properties": props,
                    "geometry": None if geometry is None else shapely.geometry.mapping(geometry),
                }
            )
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _json_value(value):
    """A cell as JSON: None for missing, plain Python numbers and strings otherwise."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def narratives_zip(files: dict[str, bytes]) -> bytes:
    """``files`` (path -> bytes: a package's narrative files) as one zip to download;
    the same files give the same bytes (no timestamps)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in files.items():
            z.writestr(zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()

"""Load a data directory: read the four parts, validate them, and join events to geometries.

``load_dataset`` is the one entry point the CLI, the app and the tests use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from dashboard.core import config
from dashboard.core.catalog import assign_layers
from dashboard.core.columns import distinct, isin, to_float
from dashboard.core.dates import (
    PRECISIONS,
    format_partial_date,
    format_partial_dates,
    parse_partial_dates,
)
from dashboard.core.join import add_admin_areas, join_events, locate_points
from dashboard.core.problems import Problem
from dashboard.core.reference import Reference, load_reference
from dashboard.core.schema import load_package
from dashboard.core.sites import far_outside_region, read_sites, sites_frame
from dashboard.core.validate import (
    ROW,
    Table,
    add_row_problems,
    read_csv,
    validate_fields,
)

LOW_CARDINALITY = (
    "site_id",
    "site_name",
    "site_kind",
    "site_note",
    "category",
    "status",
    "placement",
    "date_precision",
    "layer",
)


@dataclass
class Dataset:
    """Everything the dashboard shows, plus what was set aside and why."""

    events: gpd.GeoDataFrame  # one row per valid event, joined to its geometry (EPSG:4326)
    sites: gpd.GeoDataFrame
    sources: pd.DataFrame
    excerpts: pd.DataFrame
    reference: Reference
    problems: list[Problem] = field(default_factory=list)
    rejected: dict[str, pd.DataFrame] = field(default_factory=dict)
    data_dir: Path = config.REPO_ROOT

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_frame(self) -> pd.DataFrame:
        """The problems as a table (file, row, column, value, rule, message, severity)."""
        cols = ["severity", "file", "unit", "row", "column", "value", "rule", "message"]
        return pd.DataFrame([p.as_dict() for p in self.problems], columns=cols)

    def excerpts_for(self, event_id: str) -> pd.DataFrame:
        """The excerpts of one event."""
        return self.excerpts[self.excerpts["event_id"] == event_id]

    def sources_behind(self, event_ids) -> pd.DataFrame:
        """The sources quoted for these events, by publisher (indexed by ``source_id``)."""
        used = set(self.excerpts.loc[self.excerpts["event_id"].isin(set(event_ids)), "source_id"])
        return (
            self.sources[self.sources["source_id"].isin(used)]
            .set_index("source_id")
            .sort_values("publisher")
        )

    def citation(self, source_id: str) -> str:
        """'Publisher: Author, “Title”, date — via Publisher' as plain text (publisher
        first: where the citation has to be cut short, the outlet survives)."""
        sources = self.sources.set_index("source_id")
        src = sources.loc[source_id]
        bits = [src["author"], f"“{src['title']}”"]
        if src["published"]:
            bits.append(format_partial_date(src["published"]))
        text = f"{src['publisher']}: " + ", ".join(b for b in bits if b)
        if src["via"] in sources.index:
            text += f" — via {sources.at[src['via'], 'publisher']}"
        return text


def files(directory: Path) -> dict[str, Path]:
    """The data files of ``directory`` keyed by resource name (for caching by mtime)."""
    return {r.name: directory / r.path for r in load_package().resources}


def load_dataset(directory: str | Path | None = None) -> Dataset:
    """Read, validate and join the data in ``directory`` (see ``config.data_dir``).

    Bad rows are set aside with located problems; the good rows always load. Every step
    works on whole columns: the cost grows with the number of rows, not with Python
    work per row.
    """
    directory = config.data_dir(directory)
    pkg = load_package()
    res = {r.name: r for r in pkg.resources}
    reference = load_reference(config.reference_dir(directory))

    sources = _read_table(directory, res["sources"])
    _check_foreign_key(sources, "via", sources.rows["source_id"], "source_id in sources.csv")

    site_table, geometries = read_sites(
        directory / res["sites"].path, res["sites"].path, res["sites"]
    )
    # Admin areas are found once per site; events at a site inherit them in the join.
    sites = add_admin_areas(sites_frame(site_table, geometries), reference)

    events = _read_table(directory, res["events"])
    add_row_problems(events, _event_rules(events, sites))
    joined, unmatched = join_events(events.rows, sites, res["events"].path)
    add_row_problems(events, unmatched)

    excerpts = _read_table(directory, res["excerpts"])
    _check_excerpt_keys(excerpts, events, sources)
    uncited = events.rows[~isin(events.rows["event_id"], excerpts.rows["event_id"])]
    add_row_problems(
        events,
        [
            Problem(
                res["events"].path,
                "no-excerpt",
                "event has no excerpt in excerpts.csv: every event needs a quote from a source",
                int(r),
                "event_id",
                eid,
            )
            for r, eid in zip(uncited[ROW], uncited["event_id"], strict=True)
        ],
    )

    joined = joined[isin(joined["event_id"], events.rows["event_id"])].reset_index(drop=True)
    joined = _enrich(locate_points(joined, reference), excerpts.rows)
    tables = (events, sources, excerpts, site_table)
    return Dataset(
        events=joined,
        sites=sites,
        sources=sources.rows.reset_index(drop=True),
        excerpts=excerpts.rows.reset_index(drop=True),
        reference=reference,
        problems=[p for t in tables for p in t.problems],
        rejected={res[t.name].path: t.rejected for t in tables if len(t.rejected)},
        data_dir=directory,
    )


def _read_table(directory: Path, resource) -> Table:
    table = read_csv(directory / resource.path, resource.path, resource)
    validate_fields(table, resource, resource.path)
    return table


def _check_foreign_key(table: Table, column: str, allowed: pd.Series, target: str) -> None:
    label = table.name + ".csv"
    values = table.rows[column]
    bad = table.rows[(values != "").to_numpy(dtype=bool) & ~isin(values, allowed)]
    add_row_problems(
        table,
        [
            Problem(label, "foreign-key", f"matches no {target}", int(r), column, v)
            for r, v in zip(bad[ROW], bad[column], strict=True)
        ],
    )


def _event_rules(events: Table, sites: gpd.GeoDataFrame) -> list[Problem]:
    """Rules across columns: the date order and how the event is placed."""
    label = "events.csv"
    rows = events.rows
    found = []
    # Both dates passed their own rule already (bad rows were set aside).
    has_end = (rows["end_date"] != "").to_numpy(dtype=bool)
    starts = parse_partial_dates(rows["date"]).start
    ends = parse_partial_dates(rows["end_date"]).end
    backwards = rows[has_end & (ends < starts)]
    for r, d, e in zip(backwards[ROW], backwards["date"], backwards["end_date"], strict=True):
        found.append(
            Problem(label, "date-order", f"end_date is before date ({d})", int(r), "end_date", e)
        )
    has_lon = (rows["lon"] != "").to_numpy(dtype=bool)
    has_lat = (rows["lat"] != "").to_numpy(dtype=bool)
    for r, lon_given in zip(
        rows[ROW][has_lon != has_lat], has_lon[has_lon != has_lat], strict=True
    ):
        col = "lat" if lon_given else "lon"
        found.append(
            Problem(label, "placement", "lon and lat must be given together", int(r), col, "")
        )
    unplaced = (rows["site_id"] == "").to_numpy(dtype=bool) & ~has_lon & ~has_lat
    for r in rows[ROW][unplaced]:
        found.append(
            Problem(label, "placement", "needs a site_id, or lon and lat", int(r), "site_id", "")
        )
    coords = rows[(rows["site_id"] == "").to_numpy(dtype=bool) & has_lon & has_lat]
    if len(coords) and len(sites):
        ref = sites.geometry.representative_point()
        found += far_outside_region(
            to_float(coords["lon"]),
            to_float(coords["lat"]),
            coords[ROW].to_numpy(),
            label,
            reference=(float(ref.x.median()), float(ref.y.median())),
        )
    return found


def _check_excerpt_keys(excerpts: Table, events: Table, sources: Table) -> None:
    label = "excerpts.csv"
    rows = excerpts.rows
    found = []
    for column, valid, rejected, file, key in (
        ("event_id", events.rows, events.rejected, "events.csv", "event_id"),
        ("source_id", sources.rows, sources.rejected, "sources.csv", "source_id"),
    ):
        dangling = rows[~isin(rows[column], valid[key])]
        aside = dict(zip(rejected.get(key, []), rejected.get(ROW, []), strict=True))
        noun = "event" if key == "event_id" else "source"
        for r, value in zip(dangling[ROW], dangling[column], strict=True):
            msg = (
                f"{noun} was set aside ({file} row {aside[value]})"
                if value in aside
                else f"matches no {key} in {file}"
            )
            found.append(Problem(label, "foreign-key", msg, int(r), column, value))
    # Report in file order, as a reader goes through it.
    found.sort(key=lambda p: (p.row, p.column != "event_id"))
    add_row_problems(excerpts, found)


def _enrich(events: gpd.GeoDataFrame, excerpts: pd.DataFrame) -> gpd.GeoDataFrame:
    """Typed dates, the date label, and what the excerpts say (count, contested)."""
    out = events.copy(deep=False)
    first = parse_partial_dates(out["date"])
    last = parse_partial_dates(out["end_date"])
    has_end = (out["end_date"] != "").to_numpy(dtype=bool)
    out["start"] = first.start.astype("datetime64[ms]")
    out["end"] = np.where(has_end, last.end, first.end).astype("datetime64[ms]")
    # With an end date, the span is only known to the coarser of the two precisions.
    precision = np.where(has_end, np.maximum(first.precision, last.precision), first.precision)
    out["date_precision"] = np.asarray(PRECISIONS, dtype=object)[precision]
    out["start_precision"] = first.precision
    out["end_precision"] = np.where(has_end, last.precision, -1).astype(np.int8)
    shown_start = format_partial_dates(out["date"])
    shown_end = format_partial_dates(out["end_date"])
    out["when"] = np.where(has_end, shown_start + " – " + shown_end, shown_start)

    # Position of each excerpt's event: counts per event are then bincounts.
    at = pd.Index(out["event_id"]).get_indexer(excerpts["event_id"])
    found = at >= 0
    at = at[found]
    n = len(out)
    out["n_excerpts"] = np.bincount(at, minlength=n).astype("int64")
    source, sources = distinct(excerpts["source_id"])
    pairs = np.unique(at.astype(np.int64) * (len(sources) + 1) + source[found])
    out["n_sources"] = np.bincount(pairs // (len(sources) + 1), minlength=n).astype("int64")
    against = (excerpts["stance"] != "supports").to_numpy(dtype=bool)[found]
    against = np.bincount(at[against], minlength=n) > 0
    out["contested"] = against | (out["status"] == "denied").to_numpy(dtype=bool)
    out["layer"] = assign_layers(out)
    # Columns with few distinct values (places, areas, kinds) as categoricals: a million
    # events then hold a million small codes, not a million Python strings.
    for column in (*LOW_CARDINALITY, "country", "province", "district"):
        if column in out:
            out[column] = out[column].astype("category")
    return out

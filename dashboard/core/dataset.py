"""Load a data directory: read the four parts, validate them, and join events to geometries.

``load_dataset`` is the one entry point the CLI, the app and the tests use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from dashboard.core import config
from dashboard.core.catalog import assign_layers
from dashboard.core.dates import (
    event_period,
    format_event_dates,
    format_partial_date,
    parse_partial_date,
)
from dashboard.core.join import add_admin_areas, join_events
from dashboard.core.problems import Problem
from dashboard.core.reference import Reference, load_reference
from dashboard.core.schema import load_package
from dashboard.core.sites import far_outside_region, read_sites, sites_frame
from dashboard.core.validate import ROW, Table, add_row_problems, read_csv, validate_fields


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

    Bad rows are set aside with located problems; the good rows always load.
    """
    directory = config.data_dir(directory)
    pkg = load_package()
    res = {r.name: r for r in pkg.resources}

    sources = _read_table(directory, res["sources"])
    _check_foreign_key(sources, "via", set(sources.rows["source_id"]), "source_id in sources.csv")

    site_table, geometries = read_sites(
        directory / res["sites"].path, res["sites"].path, res["sites"]
    )
    sites = sites_frame(site_table, geometries)

    events = _read_table(directory, res["events"])
    add_row_problems(events, _event_rules(events, sites))
    joined, unmatched = join_events(events.rows, sites, res["events"].path)
    add_row_problems(events, unmatched)

    excerpts = _read_table(directory, res["excerpts"])
    _check_excerpt_keys(excerpts, events, sources)
    cited = set(excerpts.rows["event_id"])
    uncited = [
        Problem(
            res["events"].path,
            "no-excerpt",
            "event has no excerpt in excerpts.csv: every event needs a quote from a source",
            int(r),
            "event_id",
            eid,
        )
        for r, eid in zip(events.rows[ROW], events.rows["event_id"], strict=True)
        if eid not in cited
    ]
    add_row_problems(events, uncited)

    joined = joined[joined["event_id"].isin(events.rows["event_id"])].reset_index(drop=True)
    reference = load_reference(config.reference_dir(directory))
    joined = _enrich(add_admin_areas(joined, reference), excerpts.rows)
    tables = (events, sources, excerpts, site_table)
    return Dataset(
        events=joined,
        sites=add_admin_areas(sites, reference),
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


def _check_foreign_key(table: Table, column: str, allowed: set[str], target: str) -> None:
    label = table.name + ".csv"
    add_row_problems(
        table,
        [
            Problem(label, "foreign-key", f"matches no {target}", int(r), column, v)
            for r, v in zip(table.rows[ROW], table.rows[column], strict=True)
            if v and v not in allowed
        ],
    )


def _event_rules(events: Table, sites: gpd.GeoDataFrame) -> list[Problem]:
    """Rules across columns: the date order and how the event is placed."""
    label = "events.csv"
    found = []
    for _, e in events.rows.iterrows():
        row = int(e[ROW])
        # Both dates passed their own rule already (bad rows were set aside).
        if (
            e["end_date"]
            and parse_partial_date(e["end_date"]).end < parse_partial_date(e["date"]).start
        ):
            msg = f"end_date is before date ({e['date']})"
            found.append(Problem(label, "date-order", msg, row, "end_date", e["end_date"]))
        has_lon, has_lat = e["lon"] != "", e["lat"] != ""
        if has_lon != has_lat:
            col = "lat" if has_lon else "lon"
            found.append(
                Problem(label, "placement", "lon and lat must be given together", row, col, "")
            )
        elif e["site_id"] == "" and not has_lon:
            found.append(
                Problem(label, "placement", "needs a site_id, or lon and lat", row, "site_id", "")
            )
    coords = events.rows[
        (events.rows["site_id"] == "") & (events.rows["lon"] != "") & (events.rows["lat"] != "")
    ]
    if len(coords) and len(sites):
        ref = sites.geometry.representative_point()
        check = coords.assign(
            _geometry=[
                shapely.Point(float(x), float(y))
                for x, y in zip(coords["lon"], coords["lat"], strict=True)
            ]
        )
        found += far_outside_region(
            check, label, reference=(float(ref.x.median()), float(ref.y.median()))
        )
    return found


def _check_excerpt_keys(excerpts: Table, events: Table, sources: Table) -> None:
    label = "excerpts.csv"
    valid_events = set(events.rows["event_id"])
    aside = dict(
        zip(events.rejected.get("event_id", []), events.rejected.get(ROW, []), strict=True)
    )
    valid_sources = set(sources.rows["source_id"])
    aside_src = dict(
        zip(sources.rejected.get("source_id", []), sources.rejected.get(ROW, []), strict=True)
    )
    found = []
    for r, eid, sid in zip(
        excerpts.rows[ROW], excerpts.rows["event_id"], excerpts.rows["source_id"], strict=True
    ):
        if eid not in valid_events:
            msg = (
                f"event was set aside (events.csv row {aside[eid]})"
                if eid in aside
                else "matches no event_id in events.csv"
            )
            found.append(Problem(label, "foreign-key", msg, int(r), "event_id", eid))
        if sid not in valid_sources:
            msg = (
                f"source was set aside (sources.csv row {aside_src[sid]})"
                if sid in aside_src
                else "matches no source_id in sources.csv"
            )
            found.append(Problem(label, "foreign-key", msg, int(r), "source_id", sid))
    add_row_problems(excerpts, found)


def _enrich(events: gpd.GeoDataFrame, excerpts: pd.DataFrame) -> gpd.GeoDataFrame:
    """Typed dates, the date label, and what the excerpts say (count, contested)."""
    out = events.copy()
    periods = [
        event_period(d, e or None) for d, e in zip(out["date"], out["end_date"], strict=True)
    ]
    out["start"] = pd.to_datetime([p.start for p in periods]).astype("datetime64[ms]")
    out["end"] = pd.to_datetime([p.end for p in periods]).astype("datetime64[ms]")
    out["date_precision"] = [p.precision for p in periods]
    out["when"] = [
        format_event_dates(d, e or None) for d, e in zip(out["date"], out["end_date"], strict=True)
    ]
    out["actor_list"] = [[a.strip() for a in s.split(";") if a.strip()] for s in out["actors"]]
    # Plain dicts rather than groupby results: they stay well-typed when nothing is left.
    stances: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    quotes: dict[str, list[str]] = {}
    for eid, sid, stance, quote in excerpts[
        ["event_id", "source_id", "stance", "quote"]
    ].itertuples(index=False):
        stances.setdefault(eid, set()).add(stance)
        sources.setdefault(eid, set()).add(sid)
        quotes.setdefault(eid, []).append(quote)
    ids = list(out["event_id"])
    out["n_excerpts"] = pd.Series(
        [len(quotes.get(e, [])) for e in ids], index=out.index, dtype="int64"
    )
    out["n_sources"] = pd.Series(
        [len(sources.get(e, ())) for e in ids], index=out.index, dtype="int64"
    )
    out["contested"] = pd.Series(
        [
            bool(stances.get(e, set()) - {"supports"}) or st == "denied"
            for e, st in zip(ids, out["status"], strict=True)
        ],
        index=out.index,
        dtype=bool,
    )
    out["layer"] = assign_layers(out)
    out["search_text"] = [
        " ".join(
            [str(r[c] or "") for c in ("title", "summary", "actors", "site_name")]
            + quotes.get(r["event_id"], [])
        ).casefold()
        for _, r in out.iterrows()
    ]
    return out

"""Load a data directory: read the four parts, validate them, and join events to geometries.

``load_dataset`` is the one entry point the CLI, the app and the tests use.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import config
from dashboard.contract.catalog import assign_layers
from dashboard.contract.claims import roots_of, via_loops
from dashboard.contract.columns import categorical, distinct, isin, positions, to_float
from dashboard.contract.dates import (
    OPEN,
    PRECISIONS,
    DateColumn,
    encode_dates,
    format_partial_date,
    format_texts,
)
from dashboard.contract.join import add_admin_areas, join_events, locate_points
from dashboard.contract.narratives import Narrative, narratives_of
from dashboard.contract.problems import ERROR, WARNING, Problem
from dashboard.contract.reference import (
    FILES,
    Reference,
    credits_in,
    load_reference,
    with_world,
    world_reference,
)
from dashboard.contract.schema import EVIDENCE, EXCLUSIVE_PROPERTIES, load_package
from dashboard.contract.settings import SETTINGS_FILE, Settings, read_for, resolve
from dashboard.contract.sites import far_outside_region, read_sites, sites_frame
from dashboard.contract.validate import (
    ROW,
    Closest,
    Table,
    add_row_problems,
    check_composite_key,
    did_you_mean,
    duplicate_message,
    empty_table,
    read_csv,
    validate_fields,
)

CLAIM_COLUMNS = tuple(load_package().resource("claims").field_names)
# The files in the order they are read: each refers only to files before it.
READ_ORDER = tuple(
    load_package().resource(name).path
    for name in (
        "sources",
        "sites",
        "events",
        "excerpts",
        "claims",
        "narratives",
        "narrative_steps",
    )
)
# A reference that differs from a known id in at most this many characters (a typo, a
# dropped or doubled letter, two swapped) gets a "did you mean".
ID_SLIPS = 3
LOW_CARDINALITY = (
    "lifecycle",
    "evidence",
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
    claims: pd.DataFrame = field(default_factory=pd.DataFrame)
    problems: list[Problem] = field(default_factory=list)
    rejected: dict[str, pd.DataFrame] = field(default_factory=dict)
    data_dir: Path = config.REPO_ROOT
    settings: Settings = field(default_factory=Settings)  # the region (contract/settings)
    # The narratives whose rows passed the contract's rules (a step's view is checked
    # against the data's links by ``dashboard.view.story.checked``).
    narratives: tuple[Narrative, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_frame(self) -> pd.DataFrame:
        """The problems as a table (file, row, column, value, rule, message, severity), in
        the order ``sorted_problems`` gives."""
        cols = ["severity", "file", "unit", "row", "column", "value", "rule", "message"]
        return pd.DataFrame([p.as_dict() for p in sorted_problems(self.problems)], columns=cols)

    def excerpts_for(self, event_id: str) -> pd.DataFrame:
        """The excerpts of one event."""
        return self.excerpts[self.excerpts["event_id"] == event_id]

    def claims_for(self, event_id: str) -> pd.DataFrame:
        """The claims about one event, each with its excerpt's quote, source and locator."""
        return self.claims_of([event_id])

    def claims_of(self, event_ids) -> pd.DataFrame:
        """The claims about these events (one pass), each with its excerpt's quote,
        source and locator."""
        mine = (
            self.claims[self.claims["event_id"].isin(set(event_ids))] if len(self.claims) else None
        )
        if mine is None or not len(mine):
            return pd.DataFrame(columns=[*CLAIM_COLUMNS, "quote", "source_id", "locator"])
        quotes = self.excerpts.loc[
            self.excerpts["excerpt_id"] != "", ["excerpt_id", "quote", "source_id", "locator"]
        ]
        return mine.merge(quotes, on="excerpt_id", how="left")

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

    def excerpt_citation(self, source_id: str, locator: str) -> str:
        """The full citation of an excerpt: its source's ``citation`` and where in the
        source the quote is ('… , 2022 (p. 3)'), as Details and the briefing pack cite it."""
        return self.citation(source_id) + (f" ({locator})" if locator else "")


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """The mistakes first, file by file in the order files are read (the settings, then
    what a row refers to before the row), then the rows set aside only as their
    consequence (``cause``)."""
    order = {path: i for i, path in enumerate(READ_ORDER)}

    def place(p: Problem) -> tuple:
        # The settings file is read first (its label may say it is the shipped one).
        at = -1 if p.file.startswith(SETTINGS_FILE) else order.get(p.file, len(order))
        return (p.cause is not None, at, p.file, p.row or 0)

    return sorted(problems, key=place)  # stable: a row's problems keep their column order


def files(directory: Path) -> dict[str, Path]:
    """The data files of ``directory`` keyed by resource name (for caching by mtime)."""
    return {r.name: directory / r.path for r in load_package().resources}


def load_dataset(
    directory: str | Path | None = None,
    settings_dir: str | Path | None = None,
    reference_dir: Path | None = None,
) -> Dataset:
    """Read, validate and join the data in ``directory`` (see ``config.data_dir``), with
    the settings of ``settings_dir`` (default: ``directory``; a store that reads its data
    from elsewhere names the directory whose ``settings.toml`` applies) and the reference
    layers of ``reference_dir`` (default: ``config.reference_dir(directory)``).

    Bad rows are set aside with located problems; the good rows always load. Every step
    works on whole columns: the cost grows with the number of rows, not with Python
    work per row. A bad settings file is a warning per bad key, which takes its default.
    """
    directory = config.data_dir(directory)
    res = {r.name: r for r in load_package().resources}
    ref_dir = reference_dir or config.reference_dir(directory)
    # The large files are parsed on a second core while this one reads the rest (Arrow's
    # parser and GDAL let go of the interpreter): a million events ~2 s sooner on two.
    with ThreadPoolExecutor(2, thread_name_prefix="load") as pool:
        tables = {
            name: pool.submit(_read_table, directory, res[name])
            for name in ("events", "excerpts", "claims")
            if name != "claims" or (directory / res[name].path).is_file()
        }
        settings, reference = _settings_and_reference(
            Path(settings_dir) if settings_dir is not None else directory, ref_dir
        )
        sources, site_table, sites = _read_sources_and_sites(directory, res, reference)
        events, joined = _check_events(tables["events"].result(), res["events"], site_table, sites)
        # The points' admin areas (shapely's work) beside the checks of the excerpts.
        located = pool.submit(locate_points, joined, reference)
        excerpts, claims = _check_excerpts_and_claims(
            tables["excerpts"].result(),
            tables["claims"].result() if "claims" in tables else None,
            res,
            events,
            sources,
        )
        joined = _still_valid(located.result(), events.rows)
    claims.rows = claims.rows[isin(claims.rows["event_id"], events.rows["event_id"])]
    joined = _enrich(joined, excerpts.rows, claims.rows, sources.rows)
    heads, steps, narratives = _read_narratives(directory, res, excerpts)
    # In the order they are read: what a row refers to comes before the row.
    tables = (sources, site_table, events, excerpts, claims, heads, steps)
    for t in tables:
        _reword_duplicates(t)
    return Dataset(
        events=joined,
        sites=sites,
        sources=sources.rows.reset_index(drop=True),
        excerpts=excerpts.rows.reset_index(drop=True),
        reference=reference,
        claims=claims.rows.drop(columns=[ROW]).reset_index(drop=True),
        problems=list(reference.problems) + [p for t in tables for p in t.problems],
        rejected={res[t.name].path: t.rejected for t in tables if len(t.rejected)},
        data_dir=directory,
        settings=settings,
        narratives=narratives,
    )


def _read_sources_and_sites(
    directory: Path, res: dict, reference: Reference
) -> tuple[Table, Table, gpd.GeoDataFrame]:
    """sources.csv read and checked; the sites read, with their admin areas (found once
    per site: events at a site inherit them in the join)."""
    sources = _read_table(directory, res["sources"])
    _check_foreign_keys(sources, res["sources"], {"sources": sources})
    _check_via_loops(sources)
    site_table, geometries = read_sites(
        directory / res["sites"].path, res["sites"].path, res["sites"]
    )
    return sources, site_table, add_admin_areas(sites_frame(site_table, geometries), reference)


def _still_valid(joined: gpd.GeoDataFrame, rows: pd.DataFrame) -> gpd.GeoDataFrame:
    """The joined events whose row is still among the valid ``rows`` (rules checked after
    the join set some aside). By row number, one per row: a million ids are not hashed
    again, and nothing is copied when no row was set aside."""
    kept = np.isin(joined[ROW].to_numpy(dtype=np.int64), rows[ROW].to_numpy(dtype=np.int64))
    return joined if kept.all() else joined[kept].reset_index(drop=True)


def _settings_and_reference(settings_dir: Path, ref_dir: Path) -> tuple[Settings, Reference]:
    """The settings of ``settings_dir`` and the reference layers they name in ``ref_dir``
    (with the world's wherever those do not reach), checked against each other. The
    reference's problems come first: the settings' warnings, then each left-out layer."""
    found, source = read_for(settings_dir)
    files = found.values.get("reference.files", FILES)
    label = str(config.REFERENCE_SUBDIR)
    if ref_dir == config.BUNDLED_REFERENCE:
        label += " (bundled)"
    detail = load_reference(ref_dir, files, label)
    world = world_reference()
    countries = pd.concat([detail.countries["iso_a3"], world.countries["iso_a3"]])
    settings, problems = resolve(
        found,
        detail.bounds,
        frozenset(countries.astype(str)),
        # The credits of the layers drawn that reach the region: the bundled detailed
        # layers' and the world's (a package's own layers are credited in its settings).
        partial(credits_in, (detail, world) if ref_dir == config.BUNDLED_REFERENCE else (world,)),
        source,
    )
    reference = with_world(detail, settings.bbox, world)
    return settings, replace(reference, problems=(*problems, *reference.problems))


def _check_events(
    events: Table, resource, site_table: Table, sites: gpd.GeoDataFrame
) -> tuple[Table, gpd.GeoDataFrame]:
    """events.csv, as read, checked (across its columns and against the sites), and its
    valid rows joined to their places."""
    add_row_problems(events, _event_rules(events, sites))
    # Checked here rather than left to the join: a misspelt site_id gets its "did you
    # mean", and an event at a site that was set aside names that feature.
    _check_foreign_keys(events, resource, {"sites": site_table})
    joined, unmatched = join_events(events.rows, sites, resource.path)
    add_row_problems(events, unmatched)
    return events, joined


def _check_excerpts_and_claims(
    excerpts: Table, claims: Table | None, res: dict, events: Table, sources: Table
) -> tuple[Table, Table]:
    """excerpts.csv and claims.csv, as read (``None``: no claims.csv), checked against
    what they refer to; then every event checked to have an excerpt."""
    _check_foreign_keys(excerpts, res["excerpts"], {"events": events, "sources": sources})
    # claims.csv is optional: a data package from before claims has none.
    if claims is None:
        claims = empty_table("claims", res["claims"], [])
    _check_foreign_keys(claims, res["claims"], {"events": events, "excerpts": excerpts})
    _check_requires(claims, res["claims"])
    _check_same_event(claims, res["claims"], {"excerpts": excerpts})
    _check_required_reverse(res["excerpts"], excerpts, {"events": events})
    return excerpts, claims


def _read_narratives(
    directory: Path, res: dict, excerpts: Table
) -> tuple[Table, Table, tuple[Narrative, ...]]:
    """narratives.csv and narrative_steps.csv read and checked (a step's narrative and
    excerpts must exist, its number be its narrative's only one); and the narratives of
    the rows that passed. Both files are optional, but one needs the other."""
    heads_res, steps_res = res["narratives"], res["narrative_steps"]
    if not any((directory / r.path).is_file() for r in (heads_res, steps_res)):
        return (
            empty_table(heads_res.name, heads_res, []),
            empty_table(steps_res.name, steps_res, []),
            (),
        )
    heads = _read_table(directory, heads_res)
    steps = _read_table(directory, steps_res)
    check_composite_key(steps, steps_res, steps_res.path)
    _check_foreign_keys(steps, steps_res, {"narratives": heads, "excerpts": excerpts})
    narratives, empty = narratives_of(heads.rows, steps.rows)
    rows = heads.rows[isin(heads.rows["narrative_id"], empty)]
    heads.problems += [
        Problem(
            heads_res.path,
            "no-step",
            f"the narrative has no step that loads (see {steps_res.path}): it is not shown",
            int(r),
            "narrative_id",
            nid,
            severity=WARNING,
        )
        for r, nid in zip(rows[ROW], rows["narrative_id"], strict=True)
    ]
    return heads, steps, narratives


def _read_table(directory: Path, resource) -> Table:
    table = read_csv(directory / resource.path, resource.path, resource)
    validate_fields(table, resource, resource.path)
    return table


def _check_foreign_keys(table: Table, resource, targets: dict[str, Table]) -> None:
    """Every foreign key the schema declares for ``resource`` (one column each), checked
    against the valid rows of the target. Keys to resources not in ``targets`` are skipped.

    A value that matches no row gets a "did you mean" (one lookup per distinct value). A
    value whose row was set aside is a consequence of that row's problem: it names the
    first row holding the value as its ``cause``, and a row gets one such problem at most.
    """
    label = resource.path
    found: dict[int, list[Problem]] = {}
    for fk in resource.foreign_keys:
        target = targets.get(fk.resource)
        if target is None:
            continue
        column, key = fk.fields[0], fk.reference_fields[0]
        rows = _items(table.rows, column) if resource.field(column).rule == "list" else table.rows
        values = rows[column]
        dangling = rows[(values != "").to_numpy(dtype=bool) & ~isin(values, target.rows[key])]
        if not len(dangling):
            continue
        where = load_package().resource(fk.resource)
        file, unit = where.path, "feature" if where.format == "geojson" else "row"
        noun = fk.resource.removesuffix("s")
        held = _first_rows(target.rejected, key, dangling[column], target.suggested.get(key))
        unread = _unread(target)
        closest = Closest(target.rows[key], max_changes=ID_SLIPS)
        # One row of the target set aside as a duplicate id: an id that vanished is most
        # likely the one that row overwrote (a copied row whose id was not changed back).
        dups = [q.row for q in target.problems if q.rule == "unique" and q.column == key]
        overwritten = f"{file} {unit} {dups[0]}" if len(dups) == 1 else None
        for r, value in zip(dangling[ROW], dangling[column], strict=True):
            if value in held:
                cause = f"{file} {unit} {held[value]}"
                msg = f"{noun} was set aside ({cause})"
                p = Problem(label, "foreign-key", msg, int(r), column, value, cause=cause)
            elif unread:
                msg = f"{noun} not found: {file} did not load (see its problem)"
                p = Problem(label, "foreign-key", msg, int(r), column, value, cause=file)
            else:
                meant = closest(value)
                if meant is not None:
                    table.suggested.setdefault(column, {})[value] = meant
                msg = f"matches no {key} in {file}" + did_you_mean(meant)
                cause = None
                if meant is None and overwritten:
                    cause = overwritten
                    msg += f"; {overwritten} was set aside as a duplicate {key}: was it this one?"
                p = Problem(label, "foreign-key", msg, int(r), column, value, cause=cause)
            found.setdefault(int(r), []).append(p)
    # Report in file order, as a reader goes through it. A row whose event and excerpt were
    # both set aside for one reason gets one problem, not two.
    problems = []
    for r in sorted(found):
        own = [p for p in found[r] if p.cause is None]
        problems += own or found[r][:1]
    add_row_problems(table, problems)


def _items(rows: pd.DataFrame, column: str) -> pd.DataFrame:
    """A ``;``-separated column as one row per item (``ROW`` repeated), blanks dropped."""
    items = rows[column].astype(object).str.split(";").explode().str.strip()
    out = pd.DataFrame(
        {ROW: rows[ROW].to_numpy()[rows.index.get_indexer(items.index)], column: items.to_numpy()}
    )
    return out[out[column].notna() & (out[column] != "")].reset_index(drop=True)


def _check_via_loops(sources: Table) -> None:
    """A ``via`` chain that comes back on itself says nothing about where a report came
    from: a warning (the rows are kept; the loop's sources count as one, see roots_of)."""
    rows = dict(zip(sources.rows["source_id"], sources.rows[ROW], strict=True))
    for loop in via_loops(sources.rows):
        chain = " → ".join([*loop, loop[0]])
        for s in loop:
            sources.problems.append(
                Problem(
                    "sources.csv",
                    "via-loop",
                    f"the via chain loops back ({chain}): which source came first is "
                    "unknown, so these count as one source, not as independent ones",
                    int(rows[s]),
                    "via",
                    s,
                    severity=WARNING,
                )
            )


def _first_rows(
    rejected: pd.DataFrame, key: str, values: pd.Series, meant: dict[str, str] | None = None
) -> dict[str, int]:
    """The first set-aside row holding each of ``values`` in column ``key``, or holding an
    id whose "did you mean" (``meant``) is that value ("Ev One" for "ev-one")."""
    if key not in rejected or not len(rejected):
        return {}
    ids = rejected[key].astype("object")
    if meant:
        mapped = ids.map(meant)
        ids = mapped.where(mapped.notna(), ids)
    rows = pd.DataFrame({key: ids, ROW: rejected[ROW]})
    rows = rows[isin(rows[key], values)].sort_values(ROW).drop_duplicates(key)
    return dict(zip(rows[key], rows[ROW].astype(int), strict=True))


def _unread(target: Table) -> str | None:
    """Why none of a file's rows loaded, when the file itself is at fault (missing, not
    JSON, another delimiter, a required column missing from its header): its ids are
    then unknown, and what refers to them is a consequence, not a mistake of its own."""
    if len(target.rows):
        return None
    whole = not len(target.rejected)  # nothing read at all: any error is the file's
    return next(
        (
            p.message
            for p in target.problems
            if p.severity == ERROR and p.cause is None and (whole or p.row in (None, 1))
        ),
        None,
    )


def _check_required_reverse(resource, table: Table, targets: dict[str, Table]) -> None:
    """The schema's ``x-required-reverse`` rules: every row of the target needs a row here
    (every event has an excerpt). Where its rows here were set aside, even one whose id
    is misspelt ("did you mean" this one), that is the cause the problem names."""
    for rule in resource.required_reverse:
        target = targets[rule["resource"]]
        key = rule["fields"][0]
        lonely = target.rows[~isin(target.rows[key], table.rows[key])]
        if not len(lonely):
            continue
        held = _first_rows(table.rejected, key, lonely[key])
        # A row here set aside for a misspelt id whose "did you mean" is this one.
        meant = table.suggested.get(key, {})
        if meant and len(held) < len(lonely):
            aside = table.rejected[isin(table.rejected[key], list(meant))].sort_values(ROW)
            for value, r in zip(aside[key], aside[ROW], strict=True):
                held.setdefault(meant[value], int(r))
        noun = rule["resource"].removesuffix("s")
        file = load_package().resource(rule["resource"]).path
        name = f"no-{resource.name.removesuffix('s')}"
        found = []
        for r, value in zip(lonely[ROW], lonely[key], strict=True):
            if value in held:
                cause = f"{resource.path} row {held[value]}"
                msg = f"{rule['description']}: its {resource.name} were set aside ({cause})"
            else:
                cause = None
                msg = f"{noun} has no row in {resource.path}: {rule['description']}"
            found.append(Problem(file, name, msg, int(r), key, value, cause=cause))
        add_row_problems(target, found)


def _reword_duplicates(table: Table) -> None:
    """A duplicate's problem says the first row is kept; where a later rule set that row
    aside after all, say so instead."""
    dupes = [i for i, p in enumerate(table.problems) if p.rule == "unique"]
    kept = {c: set(table.rows[c]) for c in {table.problems[i].column for i in dupes}}
    for i in dupes:
        p = table.problems[i]
        if p.value in kept[p.column]:
            continue
        rejected = table.rejected
        first = int(rejected.loc[rejected[p.column] == p.value, ROW].min())
        msg = duplicate_message(p.column, p.unit, first, False, first_kept=False)
        table.problems[i] = replace(p, message=msg)


def _check_requires(table: Table, resource) -> None:
    """The schema's ``x-requires`` rules: where one column is filled (or has a value),
    another must be filled too."""
    rows = table.rows
    found = []
    for rule in resource.requires:
        given = rows[rule["if"]]
        when = (given == rule["equals"]) if "equals" in rule else (given != "")
        missing = rows[when.to_numpy(dtype=bool) & (rows[rule["then"]] == "").to_numpy(dtype=bool)]
        for r in missing[ROW]:
            found.append(
                Problem(resource.path, "requires", rule["description"], int(r), rule["then"], "")
            )
    found.sort(key=lambda p: p.row)
    add_row_problems(table, found)


def _check_same_event(table: Table, resource, targets: dict[str, Table]) -> None:
    """The schema's ``x-same-event`` rules: a row's reference must belong to its own event.

    Where the row of its own event with that reference was set aside (a duplicate
    excerpt_id), the problem says so and names that row as its cause."""
    found = []
    rows = table.rows
    for rule in resource.same_event if len(rows) else ():
        column = rule["fields"][0]
        target = targets[rule["resource"]]
        # The references are unique in the target (set aside otherwise), all but "".
        keyed = target.rows[(target.rows[column] != "").to_numpy(dtype=bool)]
        at = pd.Index(keyed[column]).get_indexer(rows[column])
        events = keyed["event_id"].to_numpy(dtype=object)
        theirs = np.where(at >= 0, events[np.maximum(at, 0)], None)
        wrong = (at >= 0) & (theirs != rows["event_id"].to_numpy(dtype=object))
        if not wrong.any():
            continue
        # (reference, event) -> the first set-aside row that has both
        aside = target.rejected
        aside = aside[isin(aside[column], rows[column][wrong])].sort_values(ROW)
        aside = aside.drop_duplicates([column, "event_id"])
        meant = {
            (v, e): int(r)
            for v, e, r in zip(aside[column], aside["event_id"], aside[ROW], strict=True)
        }
        file = load_package().resource(rule["resource"]).path
        for r, value, event, other in zip(
            rows[ROW][wrong],
            rows[column][wrong],
            rows["event_id"][wrong],
            theirs[wrong],
            strict=True,
        ):
            msg = f"{rule['description']}: this excerpt is about {other}"
            p = Problem(resource.path, "same-event", msg, int(r), column, value)
            if (value, event) in meant:
                cause = f"{file} row {meant[value, event]}"
                msg = (
                    f"the excerpt it cites, about {event}, was set aside ({cause}); the one "
                    f"kept with this {column} is about {other}"
                )
                p = replace(p, message=msg, cause=cause)
            found.append(p)
    add_row_problems(table, found)


def _event_rules(events: Table, sites: gpd.GeoDataFrame) -> list[Problem]:
    """Rules across columns: the date order and how the event is placed."""
    label = "events.csv"
    rows = events.rows
    found = []
    # Both dates passed their own rule already (bad rows were set aside).
    first, last = encode_dates(rows["date"]), encode_dates(rows["end_date"])
    has_end = last.given()
    starts = first.periods.start[first.codes]
    ends = last.periods.end[last.codes]
    open_start = first.periods.open[first.codes]
    end_open_or_none = ~has_end | last.periods.open[last.codes]
    for r, e in zip(
        rows[ROW][open_start & end_open_or_none],
        rows["end_date"][open_start & end_open_or_none],
        strict=True,
    ):
        found.append(
            Problem(
                label,
                "open-date",
                "date is open (..): end_date must then be a date (the latest it can have begun)",
                int(r),
                "end_date",
                e,
            )
        )
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
    placed_by_xy = (rows["site_id"] == "").to_numpy(dtype=bool) & has_lon & has_lat
    coords = rows.loc[placed_by_xy, ["lon", "lat", ROW]]  # not every column of the rows
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


def _enrich(
    events: gpd.GeoDataFrame,
    excerpts: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    source_rows: pd.DataFrame | None = None,
) -> gpd.GeoDataFrame:
    """Typed dates, the date label, what the excerpts say (count, contested) and the
    evidence the claims add up to."""
    out = events.copy(deep=False)
    _add_dates(out)
    # Each excerpt's event (found once: a million ids looked up in a million).
    ex_at = positions(excerpts["event_id"], out["event_id"])
    against = _add_excerpt_counts(out, excerpts, ex_at)
    out["evidence"] = evidence(out, claims, excerpts, source_rows, ex_at)
    out["contested"] = (
        against
        | (out["status"] == "denied").to_numpy(dtype=bool)
        | isin(out["evidence"], ["denied", "contested"])
    )
    out["layer"] = assign_layers(out)
    # Columns with few distinct values (places, areas, kinds) as categoricals: a million
    # events then hold a million small codes, not a million Python strings.
    for column in (*LOW_CARDINALITY, "country", "province", "district"):
        if column in out:
            out[column] = categorical(out[column])
    return out


def _add_dates(out: gpd.GeoDataFrame) -> None:
    """The typed span of each event (``start``, ``end``, open sides, precisions) and its
    label (``when``), from ``date`` and ``end_date``."""
    # Each column encoded and its distinct dates parsed once, for every use below.
    dates, end_dates = encode_dates(out["date"]), encode_dates(out["end_date"])
    first, last = dates.per_row(), end_dates.per_row()
    has_end = end_dates.given()
    # An open end reaches the latest day the data knows, an open start the earliest: the
    # event then overlaps every window on that side, and is drawn open, not closed.
    # (Every distinct date is some row's, so the distinct ones give the same bounds.)
    a, b = dates.periods, end_dates.periods
    known = np.concatenate([a.start, a.end, b.start, b.end])
    known = known[~np.isnat(known)]
    lo, hi = (known.min(), known.max()) if len(known) else (np.datetime64("today", "D"),) * 2
    out["open_start"] = first.open
    out["open_end"] = last.open
    out["start"] = np.where(first.open, lo, first.start).astype("datetime64[ms]")
    end = np.where(has_end, last.end, first.end)
    out["end"] = np.where(last.open, hi, np.where(first.open & ~has_end, hi, end)).astype(
        "datetime64[ms]"
    )
    # With an end date, the span is only known to the coarser of the two precisions; an
    # open side has none (-1) and leaves the other's.
    precision = np.where(has_end, np.maximum(first.precision, last.precision), first.precision)
    out["date_precision"] = _text_column(_spread(PRECISIONS, np.maximum(precision, 0)))
    out["start_precision"] = first.precision
    out["end_precision"] = np.where(has_end, last.precision, -1).astype(np.int8)
    out["when"] = _when(dates, end_dates)


def _spread(texts, codes: np.ndarray) -> pa.Array:
    """``texts[code]`` for each of ``codes``, as Arrow strings: pandas would otherwise
    turn a million Python strings into Arrow ones."""
    return pa.array(list(texts), type=pa.string()).take(pa.array(codes, type=pa.int64()))


def _text_column(texts: pa.Array):
    """``texts`` as the column pandas makes of the same Python strings: Arrow-backed
    ``str``, or ``object`` when there are none (as an empty load has always had)."""
    return pd.array(texts, dtype="str") if len(texts) else np.array([], dtype=object)


def _when(dates: DateColumn, end_dates: DateColumn):
    """The label of each event's dates ("3 Oct 2021 – 2022", "… – 2019 (start not
    given)"): each distinct date written once, the parts joined per row by Arrow."""
    d_texts = np.asarray(dates.texts, dtype=object)
    e_texts = np.asarray(end_dates.texts, dtype=object)
    shown_end = format_texts(end_dates.texts, end_dates.periods)
    parts = [
        _spread(format_texts(dates.texts, dates.periods), dates.codes),
        _spread(np.where(e_texts != "", " – " + shown_end, ""), end_dates.codes),
    ]
    if (d_texts == OPEN).any():
        parts.append(_spread(np.where(d_texts == OPEN, " (start not given)", ""), dates.codes))
    if (e_texts == OPEN).any():
        parts.append(_spread(np.where(e_texts == OPEN, " (end not given)", ""), end_dates.codes))
    return _text_column(pc.binary_join_element_wise(*parts, ""))


def _add_excerpt_counts(
    out: gpd.GeoDataFrame, excerpts: pd.DataFrame, ex_at: np.ndarray
) -> np.ndarray:
    """Each event's excerpts and distinct sources (``n_excerpts``, ``n_sources``); and
    whether any of its excerpts does not support it. ``ex_at``: the position of each
    excerpt's event in ``out`` (-1 for none): counts per event are then bincounts."""
    found = ex_at >= 0
    at = ex_at[found]
    n = len(out)
    out["n_excerpts"] = np.bincount(at, minlength=n).astype("int64")
    source, sources = distinct(excerpts["source_id"])
    # Distinct (event, source) pairs by hashing (their order does not matter here).
    pairs = pd.unique(at.astype(np.int64) * (len(sources) + 1) + source[found])
    out["n_sources"] = np.bincount(pairs // (len(sources) + 1), minlength=n).astype("int64")
    against = (excerpts["stance"] != "supports").to_numpy(dtype=bool)[found]
    return np.bincount(at[against], minlength=n) > 0


def evidence(
    events: pd.DataFrame,
    claims: pd.DataFrame | None,
    excerpts: pd.DataFrame,
    sources: pd.DataFrame | None,
    ex_at: np.ndarray | None = None,
) -> np.ndarray:
    """How well each event is evidenced, derived from its claims (``EVIDENCE``).

    ``denied``: a claimant denies that it occurred. ``contested``: claims from different
    sources assert different values of an exclusive property (two amounts, two dates).
    ``official``: a government claimant asserts something about it. ``corroborated``:
    claims from two or more independent sources (a publication and what it is known
    through count as one) assert that it occurred. Otherwise ``reported``. Events without claims (a
    package without claims.csv) read it from their excerpts' stances (a ``denies`` excerpt:
    denied; a ``disputes`` one: contested), else from the legacy ``status``.
    ``ex_at``: each excerpt's event's position in ``events``, where already known.
    """
    ids = events["event_id"]
    if ex_at is None:
        ex_at = positions(excerpts["event_id"], ids)
    out = _evidence_without_claims(events, excerpts, ex_at)
    if claims is None or not len(claims):
        return out
    at = positions(claims["event_id"], ids)
    keep = at >= 0
    c = claims[keep].assign(_at=at[keep])
    c = c.assign(_root=_independent_sources(c, excerpts, sources))
    derived = _evidence_of_claims(c, len(events))
    has_claims = np.bincount(c["_at"], minlength=len(events)) > 0
    return np.where(has_claims, derived, out)


def _evidence_without_claims(
    events: pd.DataFrame, excerpts: pd.DataFrame, ex_at: np.ndarray
) -> np.ndarray:
    """Each event's evidence read from its excerpts' stances (``ex_at``: each excerpt's
    event's position), else its legacy ``status``."""
    # Per distinct status, then spread by code: no Python string per event.
    codes, statuses = pd.factorize(events["status"])
    levels = np.array(
        [s if s in ("denied", "official") else "reported" for s in statuses] + ["reported"],
        dtype=object,
    )
    out = levels[codes]  # a missing status (code -1) takes the last: reported
    for stance, level in (("disputes", "contested"), ("denies", "denied")):
        hit = ex_at[(excerpts["stance"] == stance).to_numpy(dtype=bool) & (ex_at >= 0)]
        out[np.unique(hit)] = level
    return out


def _independent_sources(
    claims: pd.DataFrame, excerpts: pd.DataFrame, sources: pd.DataFrame | None
) -> pd.Series:
    """The independent source behind each claim: its excerpt's source, or what that is
    known through (The Washington Post via CPC counts as CPC's report)."""
    source_of = dict(zip(excerpts["excerpt_id"], excerpts["source_id"], strict=True))
    roots = roots_of(sources) if sources is not None and len(sources) else {}
    root = claims["excerpt_id"].map(source_of)
    return root.map(roots).fillna(root)


def _evidence_of_claims(c: pd.DataFrame, n: int) -> np.ndarray:
    """The strongest ``EVIDENCE`` level the claims ``c`` (with their event's position
    ``_at`` and independent source ``_root``) give each of ``n`` events."""
    asserts = c["stance"] == "asserts"
    rank = np.full(n, len(EVIDENCE) - 1)

    def mark(positions, level: str) -> None:
        positions = np.unique(np.asarray(positions, dtype=np.int64))
        rank[positions] = np.minimum(rank[positions], EVIDENCE.index(level))

    mark(c.loc[asserts & (c["claimant_kind"] == "government"), "_at"], "official")
    independent = c[asserts & (c["property"] == "occurred")].groupby("_at")["_root"].nunique()
    mark(independent.index[independent >= 2], "corroborated")
    mark(_disputed(c[asserts & c["property"].isin(EXCLUSIVE_PROPERTIES)]), "contested")
    mark(c.loc[(c["stance"] == "denies") & (c["property"] == "occurred"), "_at"], "denied")
    return np.asarray(EVIDENCE, dtype=object)[rank]


def _disputed(exclusive: pd.DataFrame) -> pd.Index:
    """The events (``_at``) for which claims from two or more independent sources assert
    two or more values of one exclusive property (amounts compared with their units)."""
    number = pd.to_numeric(exclusive["amount"], errors="coerce").map("{:.6g}".format).astype(str)
    value = number + " " + exclusive["unit"].astype(str).str.upper()
    value = value.where(exclusive["amount"] != "", exclusive["value"].str.casefold())
    spread = (
        exclusive.assign(_v=value)
        .groupby(["_at", "property"])
        .agg(values=("_v", "nunique"), roots=("_root", "nunique"))
    )
    disputed = spread[(spread["values"] >= 2) & (spread["roots"] >= 2)]
    return disputed.index.get_level_values("_at")

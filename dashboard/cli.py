"""Command-line interface of the dashboard: ``python -m dashboard COMMAND``; every command
and what it does is listed below.

Exit codes: 0 clean; 1 problems in the data, but what loaded is usable (the report says
what was set aside); 2 unusable: a usage error (a bad option, a view that is not valid, a
file that cannot be written) or data with no event left to show.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_UNUSABLE = EXIT_USAGE
# Problems an import prints; all of them go to --report FILE.
REPORT_LINES = 200


def _existing_dir(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a directory: {text}")
    return path


def _made_at(text: str):
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 time: {text[:60]!r} (e.g. 2026-11-22T12:00)"
        ) from None


def _writable(out: Path) -> str | None:
    """Why ``out`` cannot be written, or None."""
    folder = out.expanduser().parent
    if not folder.is_dir():
        return f"cannot write {out}: the folder {folder} does not exist"
    if out.is_dir():
        return f"cannot write {out}: it is a folder"
    return None


def _cmd_validate(args: argparse.Namespace) -> int:
    from dashboard.contract.report import validation_report
    from dashboard.store.embedded import open_store
    from dashboard.view.query import context_of
    from dashboard.view.story import checked

    store = open_store(args.data_dir)
    # The steps' views are checked as the page reads links: against the data's ids and span.
    ds = checked(store.dataset, context_of(store))
    print(validation_report(ds))
    if ds.ok:
        return EXIT_OK
    if ds.events.empty:
        print("unusable: no event loaded", file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_PROBLEMS


def _cmd_schema_docs(args: argparse.Namespace) -> int:
    from dashboard.contract.schema_docs import schema_markdown

    text = schema_markdown()
    if args.out and (why := _writable(Path(args.out))):
        return _usage(why)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_describe(args: argparse.Namespace) -> int:
    from dashboard import config
    from dashboard.contract.descriptor import write_descriptor

    directory = config.data_dir(args.data_dir)
    try:
        name = write_descriptor(directory)
    except OSError as exc:
        return _usage(f"cannot write {directory / 'datapackage.json'}: {exc.strerror or exc}")
    print(f"wrote {directory / name}")
    return EXIT_OK


def _usable_store(data_dir):
    """The store of ``data_dir`` and None, or None and why it cannot be used (no event
    loaded)."""
    from dashboard.store.embedded import open_store

    store = open_store(data_dir)
    if store.dataset.events.empty:
        return None, (
            f"no event loaded from {store.dataset.data_dir} (every row has a problem): "
            "run 'python -m dashboard validate' to see them"
        )
    return store, None


def _export_view(args: argparse.Namespace, overrides: dict[str, str | None] | None = None):
    """What an export command draws: (store, view, None), or (None, None, why not) when
    --out cannot be written, no event loaded or --url is not a view."""
    if why := _writable(Path(args.out)):
        return None, None, why
    store, why = _usable_store(args.data_dir)
    if why:
        return None, None, why
    state, why = _view_of_link(store, args.url, overrides)
    return (None, None, why) if why else (store, state, None)


def _write(out: str, data: bytes) -> str | None:
    """Write ``data`` to ``out``; None, or why it could not be written."""
    try:
        Path(out).expanduser().write_bytes(data)
    except OSError as exc:
        return f"cannot write {out}: {exc.strerror or exc}"
    return None


def _view_of_link(store, url: str | None, overrides: dict[str, str | None] | None = None):
    """The view of a permalink (``overrides`` replace its parameters), checked as the app
    checks a link; returns (view, None) or (None, why it is not a view)."""
    from urllib.parse import parse_qs, urlsplit

    from dashboard.view.query import context_of
    from dashboard.view.url import parse_query

    params: dict[str, list[str]] = {}
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", "") or not (parts.scheme or "?" in url):
            return None, (
                f"--url must be a permalink of the dashboard (http(s)://…/?from=…), "
                f"not {url[:80]!r}"
            )
        params = parse_qs(parts.query, keep_blank_values=True)
    params.update({k: [v] for k, v in (overrides or {}).items() if v is not None})
    # As the app checks a link: the data's ids and span, the region's opening view.
    state, notes = parse_query(params, context_of(store))
    if notes:
        return None, "the view is not valid:\n  " + "\n  ".join(notes)
    return state, None


def _data_problems(ds) -> int:
    """Exit code of a command that wrote its file: 1 when the data had problems."""
    if ds.ok:
        return EXIT_OK
    print(f"note: {len(ds.problems)} data problem(s); run 'validate' for details", file=sys.stderr)
    return EXIT_PROBLEMS


def _made(args: argparse.Namespace):
    """When a file says it was made: --made-at (a time with no zone is UTC), else now."""
    from datetime import UTC, datetime

    made = args.made_at or datetime.now(UTC)
    return made.replace(tzinfo=UTC) if made.tzinfo is None else made


def _cmd_export_png(args: argparse.Namespace) -> int:
    from urllib.parse import urlencode

    from dashboard.render.briefing.figure import Briefing, briefing_png
    from dashboard.view.url import to_query

    overrides = {"from": args.date_from, "to": args.date_to, "mode": args.mode}
    store, state, why = _export_view(args, {**overrides, "layers": args.layers})
    if why:
        return _usage(why)
    link = args.url or f"{args.base_url.rstrip('/')}/?{urlencode(to_query(state), doseq=True)}"
    png = briefing_png(store, Briefing(state, args.size, link, _made(args)))
    if why := _write(args.out, png):
        return _usage(why)
    print(f"wrote {args.out} ({args.size}, {len(png):,} bytes)")
    return _data_problems(store.dataset)


def _cmd_export_table(args: argparse.Namespace) -> int:
    from dashboard.render.tables import table_bytes
    from dashboard.view.query import query_of

    store, state, why = _export_view(args)
    if why:
        return _usage(why)
    data = table_bytes(store, state, args.format)
    if why := _write(args.out, data):
        return _usage(why)
    shown = store.count(query_of(state))
    print(f"wrote {args.out}: {shown:,} events of this view ({args.format}, {len(data):,} bytes)")
    return _data_problems(store.dataset)


PACK_FORMATS = (".pdf", ".pptx")


def _narrative(store, wanted: str | None):
    """The narrative to export (``wanted``, else the package's first) and None, or None
    and why there is none. Its steps are those the page shows (``checked``)."""
    from dashboard.view.query import context_of
    from dashboard.view.story import checked

    ds = store.dataset
    known = checked(ds, context_of(store)).narratives
    if not known:
        return None, (
            f"the data in {ds.data_dir} has no narrative to export "
            "(a package's narratives are declared in its data contract: see 'schema-docs')"
        )
    if wanted is None:
        return known[0], None
    found = [n for n in known if n.narrative_id == wanted]
    ids = ", ".join(n.narrative_id for n in known)
    return (found[0], None) if found else (None, f"no narrative {wanted!r}; the data has: {ids}")


def _cmd_export_pack(args: argparse.Namespace) -> int:
    from dashboard.render.pack import PackError, pack_pdf, pack_pptx

    kind = Path(args.out).suffix.lower()
    if kind not in PACK_FORMATS:
        return _usage(f"--out must end in .pdf or .pptx, not {Path(args.out).name!r}")
    if kind == ".pptx" and args.sheet != "slide":
        return _usage("--sheet a4 is for a PDF: a PPTX is 16:9 slides")
    if why := _writable(Path(args.out)):
        return _usage(why)
    store, why = _usable_store(args.data_dir)
    if why:
        return _usage(why)
    narrative, why = _narrative(store, args.narrative)
    if why:
        return _usage(why)
    try:
        if kind == ".pdf":
            data = pack_pdf(store, narrative, args.base_url, _made(args), args.sheet)
        else:
            data = pack_pptx(store, narrative, args.base_url, _made(args))
    except PackError as exc:
        return _usage(str(exc))
    if why := _write(args.out, data):
        return _usage(why)
    steps = len(narrative.steps)
    print(f"wrote {args.out}: {narrative.narrative_id!r}, {steps} steps ({len(data):,} bytes)")
    return _data_problems(store.dataset)


def _cmd_serve(args: argparse.Namespace) -> int:
    """``streamlit run dashboard/asgi.py`` with these options, the data loaded beside it
    as the server starts (``ui/serve.py``): its first visitor does not wait for it."""
    from dashboard.ui.serve import serve

    return serve(args.streamlit_options)


def _cmd_healthcheck(args: argparse.Namespace) -> int:
    """Exit 0 when the local server answers /_stcore/health (for container HEALTHCHECKs)."""
    import os
    import urllib.request

    port = os.environ.get("STREAMLIT_SERVER_PORT", "8501")
    base = os.environ.get("STREAMLIT_SERVER_BASE_URL_PATH", "").strip("/")
    url = f"http://127.0.0.1:{port}/{base + '/' if base else ''}_stcore/health"
    try:
        with urllib.request.urlopen(url, timeout=args.timeout) as response:
            ok = response.status == 200
    except OSError as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK if ok else EXIT_PROBLEMS


def _cmd_import_acled(args: argparse.Namespace) -> int:
    from dashboard.interchange.acled import import_acled, problems_csv, report
    from dashboard.interchange.package import Unusable, write_package
    from dashboard.interchange.settings_out import package_settings

    out = Path(args.out).expanduser()
    if why := _package_out_problem(out, args.force):
        return _usage(why)
    if args.report and (why := _writable(Path(args.report))):
        return _usage(why)
    try:
        result = import_acled(Path(args.file).expanduser())
    except Unusable as exc:
        return _usage(str(exc))
    if args.report:
        Path(args.report).expanduser().write_text(problems_csv(result.problems), encoding="utf-8")
    if result.events.empty:
        print(report(result, REPORT_LINES, args.report))
        why = "it has no data row" if not result.rows_read else "no row could be mapped"
        return _usage(f"{args.file}: {why}; nothing written")
    files = write_package(
        out,
        {"events": result.events, "sources": result.sources, "excerpts": result.excerpts},
        settings=package_settings(result.facts, "import-acled", subject="ACLED events"),
    )
    print(
        f"wrote {out}: {len(result.events):,} events, {len(result.excerpts):,} excerpts, "
        f"{len(result.sources):,} sources ({', '.join(files)}) from {result.rows_read:,} "
        f"ACLED rows"
    )
    print(report(result, REPORT_LINES, args.report))
    print(f"check it with: python -m dashboard validate --data-dir {out}")
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def _package_out_problem(out: Path, force: bool) -> str | None:
    """Why an import cannot write its package and settings to ``out``, or None."""
    from dashboard.interchange.package import out_dir_problem
    from dashboard.interchange.settings_out import settings_problem

    return out_dir_problem(out, force) or settings_problem(out, force)


def _cmd_export_geoparquet(args: argparse.Namespace) -> int:
    from dashboard.interchange.geoparquet import export_geoparquet
    from dashboard.interchange.package import Unusable

    out = Path(args.out).expanduser()
    if why := _writable(out):
        return _usage(why)
    try:
        done = export_geoparquet(args.data_dir, out, args.geometry_encoding)
    except Unusable as exc:
        return _usage(str(exc))
    how = f"GeoArrow {done.encoding}" if done.encoding != "WKB" else "WKB"
    if done.encoding == "WKB" and args.geometry_encoding == "geoarrow":
        how += ": GeoArrow has no type for a mix of points and polygons"
    print(f"wrote {out}: {done.events:,} events, EPSG:4326, geometry as {how}")
    for path in done.files[1:]:
        print(f"  and {path}")
    if done.problems:
        print(
            f"note: {len(done.problems)} data problem(s): rows set aside are not exported; "
            "run 'validate' for details",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_import_geoparquet(args: argparse.Namespace) -> int:
    from dashboard.interchange.geoparquet import import_geoparquet
    from dashboard.interchange.package import Unusable, write_package
    from dashboard.interchange.settings_out import package_settings

    out = Path(args.out).expanduser()
    if why := _package_out_problem(out, args.force):
        return _usage(why)
    try:
        tables, sites, done = import_geoparquet(Path(args.file).expanduser())
    except Unusable as exc:
        return _usage(str(exc))
    if not done.events:
        for p in done.problems:
            print(f"  {p}")
        return _usage(f"{args.file}: no event can be written; nothing written")
    files = write_package(
        out, tables, sites, settings=package_settings(done.facts, "import-geoparquet")
    )
    print(f"wrote {out}: {done.events:,} events ({', '.join(files)})")
    for note in done.notes:
        print(f"note: {note}")
    for p in done.problems:
        print(f"  {p}")
    print(f"check it with: python -m dashboard validate --data-dir {out}")
    return EXIT_PROBLEMS if done.problems else EXIT_OK


def _store_uri(args: argparse.Namespace) -> str | None:
    from dashboard import config

    uri = args.store or config.database_uri()
    return uri if uri and uri.startswith(("postgresql://", "postgres://")) else None


NO_STORE = "give --store postgresql://… (or set DASHBOARD_STORE)"


def _database_said(exc: Exception) -> str:
    """The first line of a database error (capped), or its type when it has no text."""
    return str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__


def _cmd_import_postgis(args: argparse.Namespace) -> int:
    from dashboard.contract.report import validation_report
    from dashboard.store.postgis import package as postgis

    uri = _store_uri(args)
    if not uri:
        return _usage(NO_STORE)
    try:
        done = postgis.import_package(args.data_dir, uri)
    except postgis.ImportRefused as exc:
        return _usage(f"{exc}; the database was not changed")
    except Exception as exc:  # the database said no: nothing changed (one transaction)
        print(
            f"import failed, the database was not changed: {_database_said(exc)}", file=sys.stderr
        )
        return EXIT_UNUSABLE
    rows = ", ".join(f"{n:,} {name}" for name, n in done.rows.items())
    print(f"imported into {postgis.redact(uri)} in {done.seconds:.1f} s: {rows}")
    print(f"data version {done.version}: every replica reloads on its next run")
    for note in done.notes:
        print(f"note: {note}")
    if not done.dataset.ok:
        print(validation_report(done.dataset))
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_export_postgis(args: argparse.Namespace) -> int:
    from dashboard.store.postgis import package as postgis

    uri = _store_uri(args)
    if not uri:
        return _usage(NO_STORE)
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return _usage(f"cannot write {out}: the folder {out.parent} does not exist")
    if out.exists() and any(out.iterdir()) and not args.force:
        return _usage(f"{out} is not empty; give --force to write over its data files")
    try:
        counts = postgis.export_package(uri, out)
    except postgis.ImportRefused as exc:
        return _usage(str(exc))
    except Exception as exc:
        print(f"export failed: {_database_said(exc)}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"wrote {out}: " + ", ".join(f"{name} ({n:,})" for name, n in counts.items()))
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"python -m dashboard: error: {message}", file=sys.stderr)
    return EXIT_USAGE


class Command(NamedTuple):
    """One command: its name, what it does (its line in --help), what runs it, its options."""

    name: str
    what: str
    run: Callable[[argparse.Namespace], int]
    options: list[tuple[tuple[str, ...], dict]]


def _arg(*flags: str, **kwargs) -> tuple[tuple[str, ...], dict]:
    """An option of a command, given as to ``add_argument``."""
    return flags, kwargs


# Options that several commands take.
DATA_DIR = _arg("--data-dir", type=_existing_dir, default=None, help="data directory")
PACKAGE_OUT = _arg("--out", required=True, help="folder to write the data package to")
FORCE = _arg("--force", action="store_true", help="replace a data package in --out")
STORE = _arg("--store", help="postgresql://… (default: $DASHBOARD_STORE)")
PERIOD = "YYYY-MM-DD, YYYY-MM or YYYY"
BASE_URL = _arg(
    "--base-url", default="http://localhost:8501/", help="server URL for the printed permalink"
)
MADE_AT = _arg(
    "--made-at",
    type=_made_at,
    help="timestamp to print (ISO 8601; default now) for reproducible files",
)

# Every command, once; the parser, and so every --help, is built from this table.
COMMANDS = [
    Command(
        "validate",
        "check a data directory; exit 0 clean, 1 problems, 2 unusable or usage",
        _cmd_validate,
        [
            _arg(
                "--data-dir",
                type=_existing_dir,
                default=None,
                help="data directory (default: $DASHBOARD_DATA_DIR or the repository root)",
            )
        ],
    ),
    Command(
        "export-png",
        "render the briefing image of a view (no browser needed)",
        _cmd_export_png,
        [
            _arg("--out", required=True, help="PNG file to write"),
            _arg("--url", help="a permalink of the dashboard: render exactly that view"),
            _arg("--from", dest="date_from", help=f"start: {PERIOD} (overrides --url)"),
            _arg(
                "--to",
                dest="date_to",
                help=f"end: {PERIOD} (the period's last day; overrides --url)",
            ),
            _arg("--mode", choices=["window", "asof"], help="window or asof (overrides --url)"),
            _arg("--layers", help="comma-separated layer ids, e.g. bases,exercises,places"),
            _arg(
                "--size", choices=["slide", "a4"], default="slide", help="1920x1080 or A4 landscape"
            ),
            DATA_DIR,
            BASE_URL,
            MADE_AT,
        ],
    ),
    Command(
        "export-pack",
        "write a narrative as a briefing pack: PDF or PPTX slides with sources and links",
        _cmd_export_pack,
        [
            _arg("--out", required=True, help="FILE.pdf or FILE.pptx to write"),
            _arg("--narrative", help="the narrative's id (default: the data's first)"),
            DATA_DIR,
            BASE_URL,
            MADE_AT,
            _arg(
                "--sheet",
                choices=["slide", "a4"],
                default="slide",
                help="PDF pages: 16:9 slides or A4 landscape",
            ),
        ],
    ),
    Command(
        "export-table",
        "write the events of a view as the page's CSV or GeoJSON download does",
        _cmd_export_table,
        [
            _arg(
                "--format",
                required=True,
                choices=["csv", "geojson"],
                help="csv: one row per excerpt, with a point and the place precision; "
                "geojson: one feature per event (RFC 7946)",
            ),
            _arg("--url", required=True, help="a permalink of the dashboard: that view's events"),
            _arg("--out", required=True, help="file to write"),
            DATA_DIR,
        ],
    ),
    Command(
        "import-acled",
        "turn an ACLED CSV export into a data package (rows it cannot map are listed)",
        _cmd_import_acled,
        [
            _arg("file", help="ACLED CSV export (ISO or '05 November 2021' dates)"),
            PACKAGE_OUT,
            FORCE,
            _arg("--report", help="also write every row set aside to this CSV file"),
        ],
    ),
    Command(
        "export-geoparquet",
        "write the events joined to their places as GeoParquet (+ excerpts, sources…)",
        _cmd_export_geoparquet,
        [
            DATA_DIR,
            _arg(
                "--out",
                required=True,
                help="GeoParquet file of events; "
                "NAME.excerpts/.sources/.claims/.sites.parquet beside it",
            ),
            _arg(
                "--geometry-encoding",
                choices=("WKB", "geoarrow"),
                default="WKB",
                help="WKB (default: GeoParquet 1.0 and 1.1 readers open it) or geoarrow "
                "(GeoParquet 1.1 native encoding where the geometry types allow it)",
            ),
        ],
    ),
    Command(
        "import-geoparquet",
        "turn an export-geoparquet file (and its sidecars) into a package",
        _cmd_import_geoparquet,
        [
            _arg("file", help="the events GeoParquet file written by export-geoparquet"),
            PACKAGE_OUT,
            FORCE,
        ],
    ),
    Command(
        "import-postgis",
        "load a data package into the shared PostGIS store (one transaction; replaces)",
        _cmd_import_postgis,
        [_arg("data_dir", type=_existing_dir, help="the data package to import"), STORE],
    ),
    Command(
        "export-postgis",
        "write the shared PostGIS store's data as a data package",
        _cmd_export_postgis,
        [
            STORE,
            PACKAGE_OUT,
            _arg("--force", action="store_true", help="write into a folder that is not empty"),
        ],
    ),
    Command(
        "serve",
        "start the dashboard's server, its data loaded as it starts "
        "(the options go to `streamlit run`, e.g. --server.port 8501)",
        _cmd_serve,
        [],
    ),
    Command(
        "healthcheck",
        "exit 0 if the running dashboard answers its health endpoint",
        _cmd_healthcheck,
        [_arg("--timeout", type=float, default=4.0)],
    ),
    Command(
        "describe",
        "write a data directory's datapackage.json: its files with the contract's schema",
        _cmd_describe,
        [
            _arg(
                "--data-dir",
                type=_existing_dir,
                default=None,
                help="data directory (default: $DASHBOARD_DATA_DIR or the repository root)",
            )
        ],
    ),
    Command(
        "schema-docs",
        "print the data contract as Markdown",
        _cmd_schema_docs,
        [_arg("--out", help="write to this file instead of stdout")],
    ),
]


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command in ``COMMANDS``."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        p = sub.add_parser(command.name, help=command.what, description=command.what)
        for flags, kwargs in command.options:
            p.add_argument(*flags, **kwargs)
        p.set_defaults(func=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (argparse exits with 2 on usage errors)."""
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    # ``serve`` passes its options on to Streamlit (``--server.port 8501``), which checks them.
    if args.command == "serve":
        args.streamlit_options = rest
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    return args.func(args)

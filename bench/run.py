"""``make bench``: the dashboard measured side by side with its floor, its old map and
``GeoDataFrame.explore()``, on synthetic data of growing size, in one run.

For each size (the shipped events, then ``devkit/synth.py`` data of 1k, 10k, 100k and
1M events) it measures, in headless Chromium against a served app:

- **load**: reading, validating and joining the data into the store, plus building the
  map's payload (what the first page needs), in a fresh process;
- **first paint**: navigation → the map first drawn (its picture shown or WebGL's first frame handed over) (for the floor app: its title shown), on
  a warm server, and the bytes the page received until then;
- **interactions**: a step of the sidebar date range, a selection in the event list, a
  layer toggle; for each, the server time (request → last message back), the time until
  the page settled, and the bytes received. For the component map also a drag of the
  time brush and a pan, which need no server round trip;
- **peak RSS** of the server process.

Compared with the floor (a title-only app), the baseline (the dashboard as it was before
the store and the component map, commit ``BASELINE``, run from a ``git archive`` of it)
and ``GeoDataFrame.explore()`` building a folium map of the same events.

    python -m bench.run --sizes shipped,1k,10k,100k,1m --out docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench import markdown
from devkit.browser import (
    MAP_CANVAS,
    REPO,
    RUN_OVER_JS,
    chromium_path,
    launch_browser,
    serve,
    wait_first_drawn,
    wait_for_pixels,
)
from devkit.synth import generate

BASELINE = "c70fc53"  # the last commit with the st.pydeck_chart map
SIZES = {"shipped": 0, "1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
QUIET_MS = 700  # no message for this long: the rerun is over
TIMEOUT_MS = 300_000
WINDOW_STEP = "window step (sidebar slider)"


@dataclass
class Interaction:
    name: str
    server_ms: float | None = None
    settle_ms: float | None = None
    bytes_in: int = 0
    frames_out: int = 0
    note: str = ""


@dataclass
class Result:
    app: str
    size: str
    events: int
    load_s: float | None = None
    first_paint_s: float | None = None
    cold_first_paint_s: float | None = None
    started_s: float | None = None  # from the server's start to it answering its health check
    first_bytes: int | None = None
    rss_mb: float | None = None
    interactions: list[Interaction] = field(default_factory=list)
    note: str = ""


# -- serving ------------------------------------------------------------------------------


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# -- the browser side -----------------------------------------------------------------------


class Wire:
    """Websocket traffic of a page: what was sent and received, when."""

    def __init__(self, page):
        self.events: list[tuple[float, str, int]] = []
        self.page = page
        page.on("websocket", self._socket)

    def _socket(self, ws) -> None:
        ws.on("framereceived", lambda p: self.events.append((time.perf_counter(), "in", _len(p))))
        ws.on("framesent", lambda p: self.events.append((time.perf_counter(), "out", _len(p))))

    def mark(self) -> int:
        return len(self.events)

    def settle(self, since: int, quiet_ms: float = QUIET_MS, limit_s: float = 600) -> None:
        """Wait until no frame has come for ``quiet_ms`` (and at least one came) and the
        Streamlit run is over: a run that computes for longer than ``quiet_ms`` before it
        sends its results would otherwise end the wait early (the 1M window step did)."""
        deadline = time.perf_counter() + limit_s
        while time.perf_counter() < deadline:
            self.page.wait_for_timeout(100)
            recent = self.events[since:]
            if (
                recent
                and (time.perf_counter() - recent[-1][0]) * 1000 > quiet_ms
                and self.page.evaluate(RUN_OVER_JS)
            ):
                return
        raise TimeoutError("the page did not settle")

    def window(self, since: int) -> list[tuple[float, str, int]]:
        return self.events[since:]


def _len(payload) -> int:
    return len(payload) if isinstance(payload, bytes | str) else 0


def wait_drawn(page, app: str) -> float:
    """Milliseconds from navigation start to the map drawn (the title, for the floor)."""
    if app == "floor":
        page.wait_for_selector("h1", timeout=TIMEOUT_MS)
        return page.evaluate("performance.now()")
    if app == "product":
        return wait_first_drawn(page, TIMEOUT_MS)
    # The baseline's pydeck chart: poll until its canvas shows the markers' pixels.
    sel = '[data-testid="stDeckGlJsonChart"] canvas'
    page.wait_for_selector(sel, timeout=TIMEOUT_MS)
    wait_for_pixels(page, sel, 1600, TIMEOUT_MS, polling=100)
    return page.evaluate("performance.now()")


def first_paint(browser, url: str, app: str) -> tuple[float, int]:
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    wire = Wire(page)
    responses: list = []
    page.on("requestfinished", lambda r: responses.append(r))
    page.goto(url + "/", timeout=TIMEOUT_MS)
    ms = wait_drawn(page, app)
    body = 0
    for r in responses:
        with contextlib.suppress(Exception):
            body += r.sizes()["responseBodySize"]
    received = sum(n for _, d, n in wire.events if d == "in")
    context.close()
    return ms / 1000, body + received


def interactions(browser, url: str, app: str) -> list[Interaction]:
    """A step of the sidebar date range, a selection in the event list, a layer toggle;
    for the component map also a drag of the time brush and a pan."""
    context, page, wire = open_page(browser, url, app)
    out = [
        _measure(wire, WINDOW_STEP, lambda: _window_step(page)),
        _measure(wire, "selection (event list)", lambda: _select_row(page)),
        _measure(
            wire,
            "layer toggle",
            lambda: page.get_by_text("Exercises and exercise areas").first.click(),
        ),
    ]
    if app == "product":
        out.append(_brush_drag(page, wire))
        out.append(
            _measure(
                wire,
                "window drag released (server hears the window)",
                lambda: page.evaluate(
                    """() => document.querySelector('input[aria-label="Window start"]')
                       .dispatchEvent(new Event('change', {bubbles: true}))"""
                ),
            )
        )
        out.append(_pan(page, wire))
    context.close()
    return out


def open_page(browser, url: str, app: str):
    """A page on ``url`` in a new browser context, once its map is drawn and its traffic
    has settled: ``(context, page, wire)``; close the context when done."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    wire = Wire(page)
    page.goto(url + "/", timeout=TIMEOUT_MS)
    wait_drawn(page, app)
    wire.settle(0, limit_s=TIMEOUT_MS / 1000)
    return context, page, wire


def window_steps(browser, url: str, app: str, steps: int) -> list[Interaction]:
    """``steps`` steps of the sidebar date range in a row, each measured as it settles."""
    context, page, wire = open_page(browser, url, app)
    try:
        return [_measure(wire, WINDOW_STEP, lambda: _window_step(page)) for _ in range(steps)]
    finally:
        context.close()


def _measure(wire: Wire, name: str, act) -> Interaction:
    """Do ``act`` and wait for the page to settle: the server time (first message out to
    last message in), the time to settle and the bytes received."""
    since = wire.mark()
    t0 = time.perf_counter()
    try:
        act()
        wire.settle(since)
    except Exception as exc:  # a step a baseline cannot do is reported, not fatal
        return Interaction(name, note=f"failed: {type(exc).__name__}")
    frames = wire.window(since)
    inbound = [f for f in frames if f[1] == "in"]
    outbound = [f for f in frames if f[1] == "out"]
    server = (inbound[-1][0] - outbound[0][0]) * 1000 if inbound and outbound else None
    settle = (inbound[-1][0] - t0) * 1000 if inbound else None
    return Interaction(
        name,
        server_ms=server,
        settle_ms=settle,
        bytes_in=sum(n for *_, n in inbound),
        frames_out=len(outbound),
    )


def _window_step(page) -> None:
    thumb = page.get_by_role("slider", name="Date range").first
    if not thumb.count():
        thumb = page.get_by_role("slider").first
    thumb.focus()
    thumb.press("PageUp")


def _select_row(page) -> None:
    canvas = page.locator('[data-testid="stDataFrame"] [data-testid="data-grid-canvas"]')
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 * 2 + 17)


def _brush_drag(page, wire: Wire) -> Interaction:
    """Dragging the time brush: the map redraws on the GPU with no message to the server."""
    since = wire.mark()
    page.locator(".brush").scroll_into_view_if_needed()
    frames = int(page.evaluate("document.querySelector('.dashmap').dataset.frames"))
    t0 = time.perf_counter()
    page.evaluate(
        """() => { const i = document.querySelector('input[aria-label="Window start"]');
             i.value = String(Number(i.min) + (Number(i.max) - Number(i.min)) * 0.5);
             i.dispatchEvent(new Event('input', {bubbles: true})); }"""
    )
    page.wait_for_function(
        f"() => Number(document.querySelector('.dashmap').dataset.frames) > {frames}"
    )
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    redraw = (time.perf_counter() - t0) * 1000
    page.wait_for_timeout(500)
    sent = [f for f in wire.window(since) if f[1] == "out"]
    return Interaction(
        "window drag (time brush, while dragging)",
        server_ms=0.0 if not sent else None,
        settle_ms=redraw,
        bytes_in=sum(n for _, d, n in wire.window(since) if d == "in"),
        frames_out=len(sent),
        note="no server round trip" if not sent else "sent to the server",
    )


def _pan(page, wire: Wire) -> Interaction:
    """Panning: the view changes in the browser; the view reaches the server at rest."""
    canvas = page.locator(MAP_CANVAS).first
    canvas.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    since = wire.mark()
    box = canvas.bounding_box()
    t0 = time.perf_counter()
    page.mouse.move(box["x"] + 300, box["y"] + 300)
    page.mouse.down()
    page.mouse.move(box["x"] + 200, box["y"] + 240, steps=10)
    page.mouse.up()
    moving = [f for f in wire.window(since) if f[1] == "out"]
    with contextlib.suppress(TimeoutError):
        wire.settle(since, limit_s=20)
    frames = wire.window(since)
    return Interaction(
        "pan (then the view reported once at rest)",
        server_ms=None,
        settle_ms=(frames[-1][0] - t0) * 1000 if frames else None,
        bytes_in=sum(n for _, d, n in frames if d == "in"),
        frames_out=len([f for f in frames if f[1] == "out"]),
        note=f"{len(moving)} message(s) while dragging",
    )


# -- loading --------------------------------------------------------------------------------


def load_seconds(code_root: Path, data_dir: Path, app: str) -> float:
    """Wall time of loading the data (and, for the product, building the map payload)."""
    script = (
        "import time, sys; t = time.perf_counter();"
        "from dashboard.store.embedded import open_store;"
        "from dashboard.render.map.payload import events_payload;"
        "from dashboard.scene.build import SceneData;"
        f"s = open_store({str(data_dir)!r}); events_payload(s, SceneData.of(s)).data;"
        "print(time.perf_counter() - t)"
        if app == "product"
        else "import time; t = time.perf_counter();"
        "from dashboard.contract.dataset import load_dataset;"
        f"load_dataset({str(data_dir)!r}); print(time.perf_counter() - t)"
    )
    env = {**os.environ, "PYTHONPATH": str(code_root)}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=code_root, env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return float(out.stdout.strip().splitlines()[-1])


def explore_seconds(data_dir: Path) -> tuple[float, int]:
    """``GeoDataFrame.explore()`` of the same events (built and rendered to HTML)."""
    import geopandas as gpd

    from dashboard.store.embedded import open_store

    store = open_store(data_dir)
    ev = store.dataset.events
    gdf = gpd.GeoDataFrame(
        ev[["event_id", "title", "category", "status"]].astype(str),
        geometry=gpd.points_from_xy(store.lon, store.lat),
        crs="EPSG:4326",
    )
    t = time.perf_counter()
    html = gdf.explore(column="category", tiles=None).get_root().render()
    return time.perf_counter() - t, len(html.encode())


# -- the run --------------------------------------------------------------------------------


def archive_tree(commit: str, root: Path) -> Path:
    """The repository's tracked files at ``commit``, written into ``root`` (made here)."""
    root.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", commit], cwd=REPO, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    return root


def baseline_tree(work: Path) -> Path:
    return archive_tree(BASELINE, work / "baseline")


def data_for(size: str, work: Path) -> tuple[Path, int]:
    if size == "shipped":
        with open(REPO / "events.csv", encoding="utf-8", newline="") as fh:
            return REPO, sum(1 for _ in csv.DictReader(fh))
    n = SIZES[size]
    out = work / f"synth-{size}"
    if not out.exists():
        generate(n, out)
    return out, n


def main() -> None:
    """Measure every app at every size and write the report (see the module docstring)."""
    args = _arguments()
    if not chromium_path():
        sys.exit("bench: needs Debian's Chromium (apt-get install chromium)")
    work = args.work or Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    base = work / "baseline"
    if base.exists():
        shutil.rmtree(base)
    base = baseline_tree(work)
    explore: dict[str, tuple[float, int]] = {}
    started = time.time()
    with launch_browser() as browser:
        results = [measure_floor(browser)]
        for size in args.sizes.split(","):
            data_dir, n = data_for(size, work)
            for app, root in (("product", REPO), ("baseline", base)):
                if app == "baseline" and n > args.baseline_max:
                    note = f"not run above {args.baseline_max:,} events"
                    results.append(Result(app, size, n, note=note))
                else:
                    results.append(measure_app(browser, app, root, Result(app, size, n), data_dir))
            if n <= args.explore_max:
                explore[size] = explore_seconds(data_dir)
                print(f"explore {size}: {explore[size][0]:.2f} s", flush=True)
    report = render(results, explore, time.time() - started, args.sizes)
    markdown.update(args.out, report)  # sections written by others stay
    if args.json:
        args.json.write_text(
            json.dumps({"results": [asdict(r) for r in results], "explore": explore}, indent=1)
        )
    print(f"wrote {args.out}")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="shipped,1k,10k,100k,1m")
    parser.add_argument(
        "--baseline-max", type=int, default=10_000, help="largest size for the old map"
    )
    parser.add_argument("--explore-max", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=None, help="keep generated data here")
    return parser.parse_args()


def measure_floor(browser) -> Result:
    """The title-only app's first paint (best of three on a warm server; the first visit
    after its start as ``cold_first_paint_s``)."""
    started = time.perf_counter()
    with serve(app=REPO / "bench" / "floor_app.py", timeout=120) as (url, proc):
        healthy = time.perf_counter() - started
        cold = first_paint(browser, url, "floor")  # also warms the server's static files
        paints = [first_paint(browser, url, "floor") for _ in range(3)]
        floor = Result("floor", "-", 0, first_paint_s=min(p[0] for p in paints))
        # The first visitor after the start, from navigation (not from the start).
        floor.cold_first_paint_s = cold[0]
        floor.started_s = healthy
        floor.first_bytes = paints[0][1]
        floor.rss_mb = peak_rss_mb(proc.pid)
    print(f"floor: first paint {floor.first_paint_s:.2f} s", flush=True)
    return floor


def measure_app(browser, app: str, root: Path, r: Result, data_dir: Path) -> Result:
    """Fill ``r``: load time, cold and warm first paint, interactions and peak memory of
    ``app`` (run from ``root``) on ``data_dir``; a failure is noted, not raised."""
    try:
        r.load_s = load_seconds(root, data_dir, app)
        app_py = root / "dashboard" / "app.py"
        with serve(data_dir, 120, app=app_py, cwd=root) as (url, proc):
            t = time.perf_counter()
            first_paint(browser, url, app)  # includes loading the data
            r.cold_first_paint_s = time.perf_counter() - t
            warm = [first_paint(browser, url, app) for _ in range(2)]
            r.first_paint_s = min(w[0] for w in warm)
            r.first_bytes = warm[-1][1]
            r.interactions = interactions(browser, url, app)
            r.rss_mb = peak_rss_mb(proc.pid)
    except Exception as exc:
        r.note = f"failed: {type(exc).__name__}: {str(exc)[:200]}"
    print(f"{app} {r.size}: {json.dumps(asdict(r))[:400]}", flush=True)
    return r


# -- the report -----------------------------------------------------------------------------


def _fmt(x, unit="", digits=2) -> str:
    if x is None:
        return "—"
    return f"{x:,.{digits}f}{unit}"


def _kb(n) -> str:
    return (
        "—" if n is None else f"{n / 1024:,.1f} kB" if n < 1024 * 1024 else f"{n / 1048576:,.2f} MB"
    )


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1048576:.0f} GiB RAM"
    chromium = subprocess.run([chromium_path(), "--version"], capture_output=True, text=True)
    import streamlit

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}){mem}; {platform.platform()}; Python "
        f"{platform.python_version()}; Streamlit {streamlit.__version__}; "
        f"{chromium.stdout.strip()} headless with SwiftShader (WebGL on the CPU); "
        f"load average {load} (1, 5, 15 min) when this was written"
    )


def render(results: list[Result], explore: dict, seconds: float, sizes: str) -> str:
    """The Markdown report: the run, then a table per measure."""
    floor = next(r for r in results if r.app == "floor")
    lines = [
        *_summary(floor, seconds, sizes),
        *_load_table(results, floor),
        *_interaction_table(results),
        *(_explore_table(results, explore) if explore else []),
        "",
        "A start from CSV against a restart from the snapshot, and the cost of a rerun that",
        "changes nothing: docs/restart-bench.md (`python -m bench.restart`, also run by",
        "`make bench`).",
        "",
        "Reproduce: `make bench` (or `python -m bench.run --sizes shipped,10k`).",
        "",
    ]
    return "\n".join(lines)


def _summary(floor: Result, seconds: float, sizes: str) -> list[str]:
    return [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`python -m bench.run`): every number below comes from one run on",
        "one machine, side by side, so ratios are meaningful where absolute times are noisy.",
        "",
        f"- Machine: {machine()}.",
        f"- Run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {seconds / 60:.1f} min; "
        f"sizes `{sizes}`.",
        "- Data: the shipped data package, then `devkit/synth.py` (deterministic: 75 % of events at",
        "  their own coordinates around eight towns, 25 % on sites; day/month/year dates, 20 % periods).",
        f"- Floor: a title-only Streamlit app, first paint **{floor.first_paint_s:.2f} s**, "
        f"{_kb(floor.first_bytes)} received.",
        f"- Baseline: the dashboard at commit `{BASELINE}` (`st.pydeck_chart`, the whole deck JSON",
        "  re-sent on every rerun), run from a `git archive` of that commit.",
    ]


def _load_table(results: list[Result], floor: Result) -> list[str]:
    lines = [
        "",
        "## Load and first paint",
        "",
        "| events | app | load | first paint (warm server) | × floor | first load bytes | cold server → map | peak RSS |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.app == "floor":
            continue
        ratio = r.first_paint_s / floor.first_paint_s if r.first_paint_s else None
        lines.append(
            f"| {r.events:,} | {r.app} | {_fmt(r.load_s, ' s')} | {_fmt(r.first_paint_s, ' s')} | "
            f"{_fmt(ratio, '×', 1)} | {_kb(r.first_bytes)} | {_fmt(r.cold_first_paint_s, ' s')} | "
            f"{_fmt(r.rss_mb, ' MB', 0)} |" + (f" {r.note}" if r.note else "")
        )
    return lines


def _interaction_table(results: list[Result]) -> list[str]:
    lines = [
        "",
        "## Interactions",
        "",
        "Server time: from the message the page sends to the last message back. Settled: from",
        "the user's action to the last message back. Bytes: what the page received.",
        "",
        "| events | app | interaction | server | settled | received | messages sent | |",
        "|---:|---|---|---:|---:|---:|---:|---|",
    ]
    for r in results:
        for i in r.interactions:
            lines.append(
                f"| {r.events:,} | {r.app} | {i.name} | {_fmt(i.server_ms, ' ms', 0)} | "
                f"{_fmt(i.settle_ms, ' ms', 0)} | {_kb(i.bytes_in)} | {i.frames_out} | {i.note} |"
            )
    return lines


def _explore_table(results: list[Result], explore: dict) -> list[str]:
    lines = [
        "",
        "## Against `GeoDataFrame.explore()`",
        "",
        "Time to build the same events as a folium map (HTML rendered in Python; it would",
        "then still need Leaflet from a CDN, which this offline machine cannot reach), against",
        "the dashboard's first paint of them on a warm server, and against a change of the",
        "view (a step of the date range), which `explore()` can only answer by building the",
        "map again.",
        "",
        "| events | explore() | HTML | dashboard first paint | ratio | dashboard window step | ratio |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, (secs, size_bytes) in explore.items():
        prod = next(
            (r for r in results if r.app == "product" and r.size == size and r.first_paint_s),
            None,
        )
        ratio = secs / prod.first_paint_s if prod else None
        step = next(
            (i.settle_ms for i in (prod.interactions if prod else []) if "window step" in i.name),
            None,
        )
        step_ratio = secs * 1000 / step if step else None
        n = next(r.events for r in results if r.size == size)
        lines.append(
            f"| {n:,} | {secs:.2f} s | {_kb(size_bytes)} | "
            f"{_fmt(prod.first_paint_s if prod else None, ' s')} | {_fmt(ratio, '×', 1)} | "
            f"{_fmt(step, ' ms', 0)} | {_fmt(step_ratio, '×', 0)} |"
        )
    return lines


if __name__ == "__main__":
    main()

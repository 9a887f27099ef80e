"""Many users on one server: N headless browser sessions, each making K interactions.

What ``make load-test`` (bench/load.py, which reports it) and tests/test_load.py (which
checks it) both run. One dashboard server, or with ``replicas=2`` two replicas reading
one throwaway PostGIS database behind HAProxy (devkit/replicas.py; memory is the
replicas' sum). Each session is its own browser (its own Streamlit session) on a thread,
doing what an analyst does: switch the mode, toggle a layer, type a date, pick an event
on the timeline, pan the map. Each waits for the page to settle after every step and
records how long that took. At the end every session checks that its page shows its own
choices (no session sees another's), and the server's memory is read after the first
session and after all of them: the data is held once per process, so each added session
should cost little.

Errors are console errors, page exceptions and Streamlit exception boxes (must be 0).
"""

from __future__ import annotations

import contextlib
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

from devkit.browser import MAP_CANVAS, REPO, launch_browser, serve, wait_for_map, wait_idle

LAYERS = ("bases", "exercises", "agreements", "reports")
LAYER_LABELS = {
    "bases": "Bases, facilities & deployments",
    "exercises": "Exercises and exercise areas",
    "agreements": "Agreements, funding & diplomacy",
    "reports": "Reports & revelations",
}


@dataclass
class SessionResult:
    index: int
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    own_state_kept: bool = False
    replica: str | None = None  # which replica the balancer sent it to (--replicas)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _session(url: str, index: int, interactions: int, result: SessionResult, ready) -> None:
    with launch_browser() as browser:
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("console", lambda m: m.type == "error" and result.errors.append(m.text))
            page.on("pageerror", lambda e: result.errors.append(str(e)))
            response = page.goto(url)
            result.replica = response.headers.get("x-dashboard-replica") if response else None
            wait_for_map(page, timeout_ms=120_000)
            ready.set()
            asof = index % 2 == 1  # each session's own choices, checked at the end
            layer = LAYERS[index % len(LAYERS)]
            steps = [
                lambda: page.get_by_text(
                    "As of: everything up to the end" if asof else "Window: events in the range",
                    exact=True,
                ).click(),
                lambda: page.get_by_text(LAYER_LABELS[layer], exact=True).click(),
                lambda: _type_from(page, f"{2015 + index % 5}-01-01"),
                lambda: _pick_on_timeline(page, index),
                lambda: _pan(page, index),
            ]
            layer_off = False
            for k in range(interactions):
                step = k % len(steps)
                if step == 1:
                    layer_off = not layer_off
                t0 = time.perf_counter()
                steps[step]()
                page.wait_for_timeout(100)
                wait_idle(page, 120_000)
                result.latencies.append(time.perf_counter() - t0)
            exceptions = page.locator('[data-testid="stException"]').count()
            if exceptions:
                result.errors.append(f"{exceptions} exception box(es) on the page")
            query = page.url.split("?", 1)[-1]
            mode_ok = ("mode=asof" in query) == asof if interactions > 0 else True
            params = parse_qs(query)
            shown = params.get("layers", [",".join(LAYERS)])[0].split(",")
            layer_ok = interactions < 2 or (layer not in shown) == layer_off
            from_ok = interactions < 3 or f"from={2015 + index % 5}-01-01" in query
            result.own_state_kept = mode_ok and layer_ok and from_ok
            if not result.own_state_kept:
                result.errors.append(f"the page does not show this session's choices: ?{query}")
        except Exception as exc:  # a failed session is an error to report, not a crash
            result.errors.append(f"{type(exc).__name__}: {exc}"[:300])
            ready.set()


def _type_from(page, day: str) -> None:
    field = page.get_by_role("textbox", name="From")
    field.click()
    field.press("ControlOrMeta+a")
    page.keyboard.type(day)
    page.keyboard.press("Enter")


def _pick_on_timeline(page, index: int) -> None:
    marks = page.locator('[data-testid="stVegaLiteChart"] path[aria-label*="Event: "]')
    n = marks.count()
    if n:
        marks.nth(index % n).click(force=True)


def _pan(page, index: int) -> None:
    box = page.locator(MAP_CANVAS).first.bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(cx, cy)
    page.mouse.down()
    page.mouse.move(cx + 30 + 5 * (index % 5), cy + 20, steps=5)
    page.mouse.up()
    page.wait_for_timeout(700)  # the view is reported once the map is at rest


@contextlib.contextmanager
def one_server(data_dir: str | None):
    """One dashboard server on the data directory: (url, its process ids)."""
    with serve(data_dir, timeout=300, quiet=True) as (url, proc):
        yield url, [proc.pid]


@contextlib.contextmanager
def two_replicas(data_dir: str | None):
    """A team deployment on loopback: a throwaway PostGIS cluster holding the data, two
    replicas reading it, HAProxy with deploy/haproxy.cfg in front: (url, replica ids)."""
    from devkit.replicas import team

    with team(data_dir or REPO, "load-test", timeout=300, quiet=True) as deployed:
        yield deployed.url, [p.pid for _, p in deployed.replicas]


def run_sessions(
    sessions: int, interactions: int, data_dir: str | None = None, replicas: int = 1
) -> dict:
    """Run ``sessions`` concurrent browser sessions of ``interactions`` steps each against
    one server (``replicas=2``: two behind HAProxy) on ``data_dir`` (None: the shipped
    package); return the measurements (see the module docstring)."""
    target = two_replicas if replicas == 2 else one_server
    with target(data_dir) as (url, pids):
        results = [SessionResult(i) for i in range(sessions)]
        threads, rss = [], {}
        t0 = time.perf_counter()
        for i, r in enumerate(results):
            ready = threading.Event()
            t = threading.Thread(
                target=_session, args=(url, i, interactions, r, ready), daemon=True
            )
            t.start()
            threads.append(t)
            ready.wait(180)
            if i == len(pids) - 1:  # one session per process (round robin): data loaded
                rss["one"] = sum(map(_rss_kb, pids))
        rss["all_loaded"] = sum(map(_rss_kb, pids))
        for t in threads:
            t.join(600)
        rss["after"] = sum(map(_rss_kb, pids))
        wall = time.perf_counter() - t0
    lat = sorted(x for r in results for x in r.latencies)
    pct = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]) if lat else (lambda q: float("nan"))
    return {
        "sessions": sessions,
        "interactions": interactions,
        "errors": [f"session {r.index}: {e}" for r in results for e in r.errors],
        "own_state": sum(r.own_state_kept for r in results),
        "p50_s": pct(0.5),
        "p95_s": pct(0.95),
        "mean_s": statistics.fmean(lat) if lat else float("nan"),
        "steps": len(lat),
        "rss_one_mb": rss["one"] / 1024,
        "rss_all_mb": rss["all_loaded"] / 1024,
        "rss_after_mb": rss["after"] / 1024,
        "mb_per_added_session": (rss["all_loaded"] - rss["one"])
        / 1024
        / max(1, sessions - replicas),
        "wall_s": wall,
        "data": data_dir or "the shipped data package",
        "replicas": replicas,
        "per_replica": {
            name: sum(r.replica == name for r in results)
            for name in sorted({str(r.replica) for r in results if r.replica})
        },
    }

"""Many users on one server: N headless browser sessions, each making K interactions.

    python -m bench.load [--sessions 10] [--interactions 20] [--events N] [--out FILE]

With ``--replicas 2`` the sessions go through HAProxy to two replicas reading one
throwaway PostGIS database (devkit/replicas.py, as in tests/test_replicas.py; memory is
the replicas' sum). With ``--events N`` the server runs on devkit/synth.py data of N
events instead of the shipped package, so memory per added session can be set against
the size of the data.

One dashboard server; each session is its own browser (its own Streamlit session) on a
thread, doing what an analyst does: switch the mode, toggle a layer, type a date, pick
an event on the timeline, pan the map. Each waits for the page to settle after every
step and records how long that took. At the end every session checks that its page
shows its own choices (no session sees another's), and the server's memory is read
after the first session and after all of them: the data is held once per process, so
each added session should cost little.

Reports errors (console errors, page exceptions, Streamlit exception boxes: must be 0),
p50/p95 interaction latency and server memory per added session. ``make load-test`` runs
the full form; the test suite runs a short one (tests/test_load.py).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
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


def run(sessions: int, interactions: int, data_dir: str | None = None, replicas: int = 1) -> dict:
    """Run the load test; return the measurements (see the module docstring)."""
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


def report(m: dict) -> str:
    lines = [
        "# Load test",
        "",
        (
            "Two replicas on one PostGIS database behind HAProxy (deploy/haproxy.cfg), "
            if m["replicas"] == 2
            else "One server, "
        )
        + f"{m['sessions']} concurrent browser sessions, {m['interactions']} "
        f"interactions each ({m['steps']} measured), {m['wall_s']:.0f} s in all, on "
        f"{m['data']}.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| errors | {len(m['errors'])} |",
        f"| sessions that kept their own state | {m['own_state']} of {m['sessions']} |",
        *(
            [
                f"| sessions per replica | {', '.join(f'{k} {v}' for k, v in m['per_replica'].items())} |"
            ]
            if m["replicas"] == 2
            else []
        ),
        f"| interaction to settled page, p50 | {m['p50_s']:.2f} s |",
        f"| interaction to settled page, p95 | {m['p95_s']:.2f} s |",
        f"| server memory, one session per process | {m['rss_one_mb']:.0f} MB |",
        f"| server memory, all sessions open | {m['rss_all_mb']:.0f} MB |",
        f"| server memory per added session | {m['mb_per_added_session']:.1f} MB |",
        f"| server memory at the end | {m['rss_after_mb']:.0f} MB |",
        "",
        "Every session is its own headless Chromium (software WebGL) on this machine, so",
        "latencies include the browsers competing with the server for the same cores.",
    ]
    lines += [f"- {e}" for e in m["errors"][:20]]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--interactions", type=int, default=20)
    ap.add_argument("--events", type=int, default=0, help="synthetic events (0: shipped)")
    ap.add_argument(
        "--replicas", type=int, choices=(1, 2), default=1, help="2: PostGIS + HAProxy + 2 replicas"
    )
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = None
        if args.events:
            from devkit.synth import generate

            data_dir = str(generate(args.events, Path(tmp) / f"synth-{args.events}"))
        m = run(args.sessions, args.interactions, data_dir, args.replicas)
        if data_dir:
            m["data"] = f"{args.events:,} synthetic events (devkit/synth.py)"
    text = report(m)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    both = args.replicas == 1 or len(m["per_replica"]) == 2
    return 0 if not m["errors"] and m["own_state"] == m["sessions"] and both else 1


if __name__ == "__main__":
    sys.exit(main())

"""The first map, side by side with the floor: how long a fresh browser context waits
for the dashboard's map to draw, against a title-only Streamlit app, in one run.

For each of ``--runs`` visits (a new browser context each: no cache, no WebGL state) it
records, in milliseconds from navigation start:

- **floor**: the floor app's title shown;
- **drawn**: the map says it has drawn its events (``data-drawn-at``);
- **pixels**: the map canvas has drawn pixels (checked every frame);
- **idle**: ``devkit.browser.wait_for_map`` returned (the Streamlit run over, the
  sidebar's widgets shown);
- the WebGL programs linked and shaders compiled until then, the time of the last link,
  and the time spent inside the link and compile calls (software WebGL has no
  ``KHR_parallel_shader_compile``: a link blocks the page).

Both servers are warmed by one unmeasured visit first. The table gives medians and the
ratio of each median to the floor's.

    python -m bench.first_draw --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys

from devkit.browser import (
    MAP_CANVAS,
    REPO,
    chromium_path,
    launch_browser,
    running_app,
    serve,
    wait_for_map,
    wait_for_pixels,
)

TIMEOUT_MS = 240_000
VIEWPORT = {"width": 1440, "height": 900}
# Counts WebGL program links and shader compiles, and the time spent inside them.
GL_PROBE = """
(() => {
  const gl = window.__gl = {link: 0, compile: 0, blockedMs: 0, lastLink: null, parallel: null};
  const timed = (proto, name, after) => {
    const f = proto[name];
    proto[name] = function (...a) {
      const t = performance.now();
      const r = f.apply(this, a);
      gl.blockedMs += performance.now() - t;
      after && after();
      return r;
    };
  };
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    timed(C.prototype, 'linkProgram', () => { gl.link++; gl.lastLink = performance.now(); });
    timed(C.prototype, 'compileShader', () => { gl.compile++; });
    timed(C.prototype, 'getProgramParameter');
  }
  const get = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...a) {
    const c = get.call(this, kind, ...a);
    if (c && String(kind).startsWith('webgl') && gl.parallel === null)
      gl.parallel = !!c.getExtension('KHR_parallel_shader_compile');
    return c;
  };
})();
"""


def floor_visit(browser, url: str) -> dict:
    """Navigation → the floor app's title, in a new context."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(url + "/", timeout=TIMEOUT_MS)
    page.wait_for_selector("h1", timeout=TIMEOUT_MS)
    ms = page.evaluate("performance.now()")
    context.close()
    return {"floor": ms}


def map_visit(browser, url: str) -> dict:
    """Navigation → the map drawn, in a new context, with the WebGL counts."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.add_init_script(GL_PROBE)
    page.goto(url + "/", timeout=TIMEOUT_MS)
    wait_for_pixels(page, MAP_CANVAS, 2000, TIMEOUT_MS)
    pixels = page.evaluate("performance.now()")
    wait_for_map(page, timeout_ms=TIMEOUT_MS)
    idle = page.evaluate("performance.now()")
    drawn = float(page.evaluate("document.querySelector('.dashmap').dataset.drawnAt"))
    gl = page.evaluate("window.__gl")
    context.close()
    return {
        "drawn": drawn,
        "pixels": pixels,
        "idle": idle,
        "programs": gl["link"],
        "shaders": gl["compile"],
        "last_link": gl["lastLink"] or 0.0,
        "gl_blocked": gl["blockedMs"],
        "parallel": gl["parallel"],
    }


def measure(runs: int, data_dir: str | None) -> tuple[list[dict], list[dict]]:
    """``runs`` visits to each app, alternating, after one unmeasured visit each."""
    floors, maps = [], []
    with (
        launch_browser() as browser,
        serve(app=REPO / "bench" / "floor_app.py", timeout=120, quiet=True) as (floor, _),
        running_app(data_dir, timeout=300) as app,
    ):
        floor_visit(browser, floor)
        map_visit(browser, app)
        for i in range(runs):
            floors.append(floor_visit(browser, floor))
            maps.append(map_visit(browser, app))
            print(f"run {i + 1}: floor {floors[-1]['floor']:.0f} ms, {_line(maps[-1])}", flush=True)
    return floors, maps


def _line(m: dict) -> str:
    return ", ".join(f"{k} {v:.0f}" if isinstance(v, float) else f"{k} {v}" for k, v in m.items())


def table(floors: list[dict], maps: list[dict]) -> str:
    """A markdown table: each measure's median, range and ratio to the floor's median."""
    floor = statistics.median(f["floor"] for f in floors)
    rows = [
        "| measure (ms from navigation) | median | min–max | × floor |",
        "|---|---|---|---|",
        f"| floor: title shown | {floor:.0f} | {_range(floors, 'floor')} | 1.0 |",
    ]
    for key, name in (
        ("drawn", "map: events drawn (the map's own mark)"),
        ("pixels", "map: canvas has pixels"),
        ("idle", "map: page idle (wait_for_map)"),
        ("last_link", "map: last WebGL program linked"),
    ):
        med = statistics.median(m[key] for m in maps)
        rows.append(f"| {name} | {med:.0f} | {_range(maps, key)} | {med / floor:.1f} |")
    blocked = statistics.median(m["gl_blocked"] for m in maps)
    rows.append(
        f"| map: blocked in link/compile calls | {blocked:.0f} | {_range(maps, 'gl_blocked')} | – |"
    )
    programs = sorted({m["programs"] for m in maps})
    shaders = sorted({m["shaders"] for m in maps})
    parallel = {m["parallel"] for m in maps}
    return "\n".join(rows) + (
        f"\n\nWebGL programs linked: {programs}, shaders compiled: {shaders}, "
        f"KHR_parallel_shader_compile: {parallel}; {len(maps)} runs."
    )


def _range(rows: list[dict], key: str) -> str:
    values = [r[key] for r in rows]
    return f"{min(values):.0f}–{max(values):.0f}"


def main() -> None:
    """Measure and print the table (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", default=None, help="the shipped data by default")
    args = parser.parse_args()
    if not chromium_path():
        sys.exit("bench.first_draw: needs Debian's Chromium (apt-get install chromium)")
    floors, maps = measure(args.runs, args.data_dir)
    print(table(floors, maps))


if __name__ == "__main__":
    main()

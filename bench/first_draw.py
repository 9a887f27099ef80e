"""The first map, side by side with the floor: how long a fresh browser context waits
for the dashboard's map to draw, against a title-only Streamlit app, in one run.

For each of ``--runs`` visits (a new browser context each: no cache, no WebGL state) it
records, in milliseconds from navigation start:

- **floor**: the floor app's title shown;
- **first**: the map first drawn: its picture (the server's, ``MapSpec.picture``) shown,
  or WebGL's first frame handed over, whichever came first;
- **picture**: the picture shown (none for a view too full to draw: counts per cell);
- **drawn**: the map says it has handed its first frame with the events to WebGL
  (``data-drawn-at``);
- **pixels**: the map canvas has drawn pixels, read back every 100 ms once the map says
  it has drawn (software WebGL runs the frame, and compiles its shaders, after that);
- **idle**: ``devkit.browser.wait_for_map`` returned (the Streamlit run over, the
  sidebar's widgets shown);
- when the WebGL context was created and the first and last program linked;
- the WebGL programs linked and shaders compiled until then, and
  the time spent inside the link and compile calls (software WebGL has no
  ``KHR_parallel_shader_compile``: a link blocks the page).

Both servers are warmed by one unmeasured visit first. The browser is asked to keep no
compiled shaders between visits (``NO_SHADER_CACHE``): a visit compiles as a first-time
browser does. Reading the canvas back costs the page a wait for the GPU process, so it
is not done before the map says it has drawn (read every frame, it added seconds). The table gives medians and the
ratio of each median to the floor's.

    python -m bench.first_draw --runs 5 [--baseline ../other-checkout]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
from pathlib import Path

from devkit.browser import (
    MAP,
    MAP_CANVAS,
    REPO,
    chromium_path,
    launch_browser,
    serve,
    wait_first_drawn,
    wait_for_map,
    wait_for_pixels,
)

TIMEOUT_MS = 240_000
# Chromium keeps compiled shaders in memory across contexts, and a visit that found the
# map's there drew in a third of the time: visits fell in two modes at random. With these
# flags 1 visit in 10 still did (its link/compile time ~20 ms instead of 0.4-8 s).
NO_SHADER_CACHE = ("--disable-gpu-program-cache", "--disable-gpu-shader-disk-cache")
VIEWPORT = {"width": 1440, "height": 900}
# Counts WebGL program links and shader compiles, and the time spent inside them.
GL_PROBE = """
(() => {
  const gl = window.__gl = {link: 0, compile: 0, blockedMs: 0, context: null, firstLink: null, lastLink: null, parallel: null};
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
    timed(C.prototype, 'linkProgram', () => { gl.link++; gl.firstLink ??= performance.now(); gl.lastLink = performance.now(); });
    timed(C.prototype, 'compileShader', () => { gl.compile++; });
    timed(C.prototype, 'getProgramParameter');
  }
  const get = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...a) {
    const c = get.call(this, kind, ...a);
    if (c && String(kind).startsWith('webgl') && gl.parallel === null) {
      gl.context = performance.now();
      gl.parallel = !!c.getExtension('KHR_parallel_shader_compile');
    }
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
    first = wait_first_drawn(page, TIMEOUT_MS)
    page.wait_for_selector(f"{MAP}[data-drawn=true]", state="attached", timeout=TIMEOUT_MS)
    wait_for_pixels(page, MAP_CANVAS, 2000, TIMEOUT_MS, polling=100)
    pixels = page.evaluate("performance.now()")
    wait_for_map(page, timeout_ms=TIMEOUT_MS)
    idle = page.evaluate("performance.now()")
    marks = page.evaluate("({...document.querySelector('.dashmap').dataset})")
    gl = page.evaluate("window.__gl")
    context.close()
    drawn = float(marks["drawnAt"])
    picture = float(marks["shownAt"]) if "pictureGoneAt" in marks else None
    return {
        "first": first,
        "picture": picture,
        "drawn": drawn,
        "pixels": pixels,
        "idle": idle,
        "programs": gl["link"],
        "shaders": gl["compile"],
        "context": gl["context"] or 0.0,
        "first_link": gl["firstLink"] or 0.0,
        "last_link": gl["lastLink"] or 0.0,
        "gl_blocked": gl["blockedMs"],
        "parallel": gl["parallel"],
    }


def measure(runs: int, data_dir: str | None, baseline: Path | None) -> dict[str, list[dict]]:
    """``runs`` visits to each app, in turn, after one unmeasured visit each: the floor,
    this tree's dashboard and, with ``baseline``, the dashboard of that tree."""
    env = {"DASHBOARD_DATA_DIR": data_dir} if data_dir else {}
    with contextlib.ExitStack() as stack:
        browser = stack.enter_context(launch_browser(NO_SHADER_CACHE))
        floor_app = REPO / "bench" / "floor_app.py"
        urls = {"floor": stack.enter_context(serve(app=floor_app, timeout=120, quiet=True))[0]}
        trees = {"map": REPO, **({"baseline": baseline} if baseline else {})}
        for name, tree in trees.items():
            tree_env = {**env, "PYTHONPATH": str(tree)}
            urls[name] = stack.enter_context(
                serve(
                    None, 300, quiet=True, app=tree / "dashboard" / "app.py", env=tree_env, cwd=tree
                )
            )[0]
        visit = {name: floor_visit if name == "floor" else map_visit for name in urls}
        for name, url in urls.items():
            visit[name](browser, url)
        rows: dict[str, list[dict]] = {name: [] for name in urls}
        for i in range(runs):
            for name, url in urls.items():
                rows[name].append(visit[name](browser, url))
                print(f"run {i + 1} {name}: {_line(rows[name][-1])}", flush=True)
    return rows


def _line(m: dict) -> str:
    return ", ".join(f"{k} {v:.0f}" if isinstance(v, float) else f"{k} {v}" for k, v in m.items())


def table(rows: dict[str, list[dict]]) -> str:
    """A markdown table: each measure's median, range and ratio to the floor's median."""
    floors = rows["floor"]
    floor = statistics.median(f["floor"] for f in floors)
    out = [
        "| measure (ms from navigation) | median | min–max | × floor |",
        "|---|---|---|---|",
        f"| floor: title shown | {floor:.0f} | {_range(floors, 'floor')} | 1.0 |",
    ]
    notes = []
    for app in (a for a in rows if a != "floor"):
        maps = rows[app]
        for key, name in MEASURES:
            had = [m for m in maps if m[key] is not None]
            if not had:
                out.append(f"| {app}: {name} | – | none of {len(maps)} visits | – |")
                continue
            med = statistics.median(m[key] for m in had)
            ratio = f"{med / floor:.1f}" if key in RATIOS else "–"
            some = "" if len(had) == len(maps) else f" ({len(had)} of {len(maps)} visits)"
            out.append(f"| {app}: {name} | {med:.0f} | {_range(had, key)}{some} | {ratio} |")
        programs = sorted({m["programs"] for m in maps})
        parallel = {m["parallel"] for m in maps}
        notes.append(
            f"{app}: WebGL programs linked {programs}, KHR_parallel_shader_compile {parallel}"
        )
    return "\n".join(out) + "\n\n" + "; ".join(notes) + f"; {len(floors)} runs."


MEASURES = (
    ("first", "map first drawn (picture shown, or WebGL's frame handed over)"),
    ("picture", "map's picture shown"),
    ("drawn", "WebGL's first frame handed over (the map's own mark)"),
    ("pixels", "canvas has pixels"),
    ("idle", "page idle (wait_for_map)"),
    ("context", "WebGL context created"),
    ("first_link", "first WebGL program linked"),
    ("last_link", "last WebGL program linked"),
    ("gl_blocked", "blocked in link/compile calls"),
)
RATIOS = {"first", "picture", "drawn", "pixels", "idle"}


def _range(rows: list[dict], key: str) -> str:
    values = [r[key] for r in rows]
    return f"{min(values):.0f}–{max(values):.0f}"


def main() -> None:
    """Measure and print the table (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", default=None, help="the shipped data by default")
    parser.add_argument(
        "--baseline", type=Path, default=None, help="another checkout, measured in turn"
    )
    args = parser.parse_args()
    if not chromium_path():
        sys.exit("bench.first_draw: needs Debian's Chromium (apt-get install chromium)")
    print(table(measure(args.runs, args.data_dir, args.baseline)))


if __name__ == "__main__":
    main()

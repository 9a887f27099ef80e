"""What each WebGL program of the first map costs to build, in software WebGL with no
shader cache (a first-time browser).

An init script wraps WebGL2's calls on a fresh visit of the dashboard (shipped data by
default) and records, per program: its shaders' source lengths, luma.gl's
``SHADER_NAME`` and the ``#define``s that tell variants apart (dashes, time filter,
distance-field text...), the wait for its link (``getProgramParameter(LINK_STATUS)``
right after ``linkProgram``), and its first draw. SwiftShader builds the machine code of
a program lazily, at its first draw, in the GPU process, so each first draw is timed
between two 1-pixel reads (``sync``): the queued work before it is not counted, its own is.
The reads change the page's timing, so this tool tells programs apart; the first
draw's end-to-end time is ``bench.first_draw``'s.

    python -m bench.shader_cost --runs 3 [--tree ../other-checkout]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
from pathlib import Path

from bench.first_draw import NO_SHADER_CACHE, TIMEOUT_MS, VIEWPORT
from devkit.browser import MAP, REPO, launch_browser, serve

PROBE = """
(() => {
  const progs = window.__progs = [];
  const rec = new WeakMap(), src = new WeakMap();
  const C = WebGL2RenderingContext.prototype;
  const wrap = (name, fn) => { const f = C[name]; C[name] = function (...a) { return fn.call(this, f, a); }; };
  const defines = (s) => [...s.matchAll(/^\\s*#define\\s+(\\w+)/gm)].map((m) => m[1]);
  const shaderName = (s) => (s.match(/#define SHADER_NAME\\s+(\\S+)/) || [, '?'])[1];
  wrap('shaderSource', function (f, a) { src.set(a[0], a[1]); return f.apply(this, a); });
  wrap('attachShader', function (f, a) {
    let r = rec.get(a[0]);
    if (!r) rec.set(a[0], r = {shaders: []});
    r.shaders.push(src.get(a[1]) || '');
    return f.apply(this, a);
  });
  // gl.finish() is only a flush in Chromium: a 1-pixel read of the page's buffer waits
  // for the GPU process to run everything queued.
  const px = new Uint8Array(4);
  const sync = (gl) => {
    const fb = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, fb);
  };
  let current = null;
  wrap('useProgram', function (f, a) { current = a[0]; return f.apply(this, a); });
  wrap('linkProgram', function (f, a) {
    const r = rec.get(a[0]) || {shaders: []};
    const [vs, fs] = r.shaders;
    sync(this);
    const t = performance.now();
    f.apply(this, a);
    this.getProgramParameter(a[0], this.LINK_STATUS);
    const done = performance.now();
    Object.assign(r, {
      name: shaderName(vs || ''), fsName: shaderName(fs || ''),
      vsChars: (vs || '').length, fsChars: (fs || '').length,
      defines: [...new Set([...defines(vs || ''), ...defines(fs || '')])].filter((d) => d !== 'SHADER_NAME'),
      at: t, linkMs: done - t, drawMs: null, draws: 0,
    });
    delete r.shaders;
    rec.set(a[0], r);
    progs.push(r);
  });
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
    wrap(name, function (f, a) {
      const r = current && rec.get(current);
      if (!r || r.drawMs !== null) { if (r) r.draws++; return f.apply(this, a); }
      sync(this);
      const t = r.drawAt = performance.now();
      const out = f.apply(this, a);
      sync(this);
      r.drawMs = performance.now() - t;
      r.draws++;
      return out;
    });
  }
})();
"""


def visit(browser, url: str) -> list[dict]:
    """One first visit: each program's record, in link order."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.add_init_script(PROBE)
    page.goto(url + "/", timeout=TIMEOUT_MS)
    page.wait_for_selector(f"{MAP}[data-drawn=true]", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_timeout(3000)  # the frames after the mark: late programs draw too
    progs = page.evaluate("window.__progs")
    drawn = float(page.evaluate("document.querySelector('.dashmap').dataset.drawnAt"))
    context.close()
    return [{**p, "beforeMark": (p["drawAt"] or 1e12) < drawn} for p in progs]


def measure(runs: int, tree: Path, data_dir: str | None) -> list[list[dict]]:
    """``runs`` first visits to the dashboard of ``tree`` after one unmeasured visit."""
    env = {"PYTHONPATH": str(tree), **({"DASHBOARD_DATA_DIR": data_dir} if data_dir else {})}
    with contextlib.ExitStack() as stack:
        browser = stack.enter_context(launch_browser(NO_SHADER_CACHE))
        app = tree / "dashboard" / "app.py"
        url = stack.enter_context(serve(None, 300, quiet=True, app=app, env=env, cwd=tree))[0]
        visit(browser, url)
        return [visit(browser, url) for _ in range(runs)]


def table(visits: list[list[dict]]) -> str:
    """Per program (by shader name and its variant's defines): source sizes and the
    median link and first-draw times over the visits."""
    by: dict[tuple, list[dict]] = {}
    for progs in visits:
        for p in progs:
            key = (p["name"], p["fsName"], tuple(sorted(p["defines"])))
            by.setdefault(key, []).append(p)
    out = [
        "| program (vertex shader) | variant defines | vs + fs chars | link ms | first draw ms | draws |",
        "|---|---|---:|---:|---:|---:|",
    ]
    rows = []
    for (name, _fs, defs), ps in by.items():
        link = statistics.median(p["linkMs"] for p in ps)
        draws = [p["drawMs"] for p in ps if p["drawMs"] is not None]
        draw = statistics.median(draws) if draws else float("nan")
        chars = f"{ps[0]['vsChars']:,} + {ps[0]['fsChars']:,}"
        shown = " ".join(d for d in defs if not d.startswith(("SHADER_", "LUMA_")))
        rows.append((link + (draw if draws else 0), name, shown, chars, link, draw, ps))
    for _total, name, shown, chars, link, draw, ps in sorted(rows, reverse=True):
        n = statistics.median(p["draws"] for p in ps)
        out.append(f"| {name} | {shown} | {chars} | {link:.0f} | {draw:.0f} | {n:.0f} |")
    return (
        "\n".join(out) + f"\n\n{len(visits)} visits; programs per visit {[len(v) for v in visits]}."
    )


def main() -> None:
    """Measure and print the table (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=REPO, help="the checkout to serve")
    parser.add_argument("--data-dir", default=None, help="the shipped data by default")
    args = parser.parse_args()
    print(table(measure(args.runs, args.tree.resolve(), args.data_dir)))


if __name__ == "__main__":
    main()

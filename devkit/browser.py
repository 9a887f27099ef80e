"""The dashboard in a real browser: a served app on a free loopback port, Debian's
Chromium with the flags known to render WebGL here, and concrete waits on the page."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "dashboard" / "app.py"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--use-gl=angle",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# True when Streamlit has no run going or asked for: the app root's script state says at
# once that a rerun was asked for or is running.
RUN_OVER_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const state = app && app.getAttribute('data-test-script-state');
  return state !== 'running' && state !== 'rerunRequested';
}"""
MAP = ".dashmap"
MAP_CANVAS = ".dashmap-canvas canvas"
# The server's picture of the map, shown until WebGL has drawn (frontend/src/picture.ts).
MAP_PICTURE = ".dashmap-picture"
# A map is first drawn when its picture is shown or WebGL's first frame is handed over,
# whichever comes first (``data-shown-at`` / ``data-drawn-at``, ms from navigation).
_FIRST_DRAWN = f"{MAP}[data-drawn=true], .dashmap-early[data-shown-at], {MAP}[data-shown-at]"
_FIRST_DRAWN_JS = """() => Math.min(...[...document.querySelectorAll('.dashmap, .dashmap-early')]
  .flatMap((e) => [e.dataset.shownAt, e.dataset.drawnAt]).filter(Boolean).map(Number))"""
# Counts the canvas's non-blank pixels (every 4th pixel: enough to tell drawn from blank).
_PIXELS_JS = """(sel) => {
  const src = document.querySelector(sel);
  if (!src || !src.width) return 0;
  const c = document.createElement('canvas');
  c.width = src.width; c.height = src.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(src, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 16) {
    if (d[i + 3] > 0 && !(d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250)) n++;
  }
  return n;
}"""


def chromium_path() -> str | None:
    """Debian's Chromium (or ``$CHROMIUM``), or None when there is none."""
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")


def free_port() -> int:
    """A loopback TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- serving ------------------------------------------------------------------------------


@contextlib.contextmanager
def running_app(data_dir: str | None = None, timeout: float = 60.0) -> Iterator[str]:
    """Serve the dashboard on 127.0.0.1 and yield its base URL; stop it afterwards.

    With ``APP_LOG=1`` in the environment the server's log goes to the terminal.
    """
    with serve(data_dir, timeout) as (url, _proc):
        yield url


@contextlib.contextmanager
def serve(
    data_dir: str | Path | None = None,
    timeout: float = 60.0,
    quiet: bool = False,
    app: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[tuple[str, subprocess.Popen]]:
    """``running_app``, yielding the server process too.

    ``quiet``: the log is dropped (otherwise it is kept in a temporary file, shown if the
    server exits early); ``app``: another entry script; ``env``: more environment for the
    server; ``cwd``: where it runs (its .streamlit/config.toml applies; the repository's
    by default).
    """
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    if data_dir:
        env["DASHBOARD_DATA_DIR"] = str(data_dir)
    url = f"http://127.0.0.1:{port}"
    with _server_log(quiet) as log:
        proc = subprocess.Popen(
            _streamlit_command(app, port),
            cwd=cwd or REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        proc.log = log  # type: ignore[attr-defined]  # read it with server_log(proc)
        try:
            wait_healthy(proc, url, timeout, "streamlit", log)
            yield url, proc
        finally:
            stop(proc, grace=15)


def _streamlit_command(app: Path | None, port: int) -> list[str]:
    """The dashboard as its deployments start it (``python -m dashboard serve``), or
    ``streamlit run`` of another entry script."""
    start = ["dashboard", "serve"] if app is None else ["streamlit", "run", str(app)]
    return [
        sys.executable,
        "-m",
        *start,
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]


@contextlib.contextmanager
def _server_log(quiet: bool):
    """Where the server writes: the terminal (APP_LOG=1), nowhere, or a temporary file
    (not a pipe: a long run would fill an unread one and stall the server)."""
    if os.environ.get("APP_LOG"):
        yield None
    elif quiet:
        yield subprocess.DEVNULL
    else:
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
            yield log


def wait_healthy(proc: subprocess.Popen, url: str, timeout: float, name: str, log=None) -> None:
    """Wait until ``url``/_stcore/health answers 200; raise if ``proc`` exits first (with
    its ``log``: a file it writes to) or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}:\n{_read(log)}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r,
        ):
            if r.status == 200:
                return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{name} did not answer /_stcore/health within {timeout:.0f} s")
        time.sleep(0.2)


def server_log(proc: subprocess.Popen) -> str:
    """What a server started by ``serve`` has written so far (empty when it was quiet or
    wrote to the terminal)."""
    return _read(getattr(proc, "log", None))


def _read(log) -> str:
    if log is None or isinstance(log, int):
        return ""
    with contextlib.suppress(OSError):  # a pipe has no start to go back to
        log.seek(0)
    return log.read()


def stop(proc: subprocess.Popen, grace: float = 10) -> None:
    """Terminate ``proc``; kill it if it has not exited after ``grace`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()


# -- the browser ----------------------------------------------------------------------------


def require_browser() -> None:
    """Skip (or, with REQUIRE_BROWSER=1 as in CI, fail) the calling test when Chromium or
    Playwright is missing."""
    import pytest

    missing = []
    if not chromium_path():
        missing.append("Chromium (/usr/bin/chromium; apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append(
            "the playwright package (pip install playwright; no browser download needed)"
        )
    if missing:
        reason = "browser tests need " + " and ".join(missing)
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (REQUIRE_BROWSER=1)")
        pytest.skip(reason)


@contextlib.contextmanager
def launch_browser(extra_flags: tuple[str, ...] = ()):
    """A headless Chromium (Playwright, Debian's binary), closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        args = [*CHROMIUM_FLAGS, *extra_flags]
        browser = p.chromium.launch(executable_path=chromium_path(), args=args)
        try:
            yield browser
        finally:
            browser.close()


def drawn_pixels(page, selector: str = MAP_CANVAS) -> int:
    """How many pixels of the canvas are not blank (read back from WebGL)."""
    return page.evaluate(_PIXELS_JS, selector)


def wait_for_map(page, timeout_ms: int = 45_000, min_pixels: int = 2000) -> int:
    """Wait until WebGL has drawn the map's events (non-blank pixels) and its picture has
    made way, and the app is idle."""
    page.wait_for_selector(f"{MAP}[data-drawn=true]", timeout=timeout_ms)
    wait_for_pixels(page, MAP_CANVAS, min_pixels, timeout_ms)
    page.wait_for_selector(f"{MAP}:not(:has({MAP_PICTURE}))", timeout=timeout_ms)
    wait_idle(page, timeout_ms)
    return drawn_pixels(page)


def wait_first_drawn(page, timeout_ms: int) -> float:
    """Milliseconds from navigation to the map first drawn: its picture shown or WebGL's
    first frame handed over, whichever came first."""
    page.wait_for_selector(_FIRST_DRAWN, state="attached", timeout=timeout_ms)
    return float(page.evaluate(_FIRST_DRAWN_JS))


def wait_for_pixels(
    page, selector: str, min_pixels: int, timeout_ms: int, polling: float | str = "raf"
) -> None:
    """Wait until the canvas at ``selector`` has ``min_pixels`` non-blank pixels (checked
    every frame, or every ``polling`` ms: reading a large canvas back is not free)."""
    page.wait_for_function(
        f"([sel, min]) => ({_PIXELS_JS})(sel) >= min",
        arg=[selector, min_pixels],
        timeout=timeout_ms,
        polling=polling,
    )


def wait_idle(page, timeout_ms: int = 30_000) -> None:
    """Wait until Streamlit has finished the current run (no 'running' indicator) and
    the map has drawn what that run sent (a frame or two after)."""
    # The status widget shows only once a run takes a while; the app root's script state
    # says at once that a rerun was asked for or is running (a quick run under load was
    # otherwise missed, and the next keystrokes were overwritten by its result).
    page.wait_for_function(
        f"() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && ({RUN_OVER_JS})()",
        timeout=timeout_ms,
    )
    # Streamlit loads its widget code lazily: on a first visit the sidebar shows its
    # headings a moment before its widgets. Wait for them (no sidebar in presentation mode).
    page.wait_for_function(
        """() => {
          const bar = document.querySelector('[data-testid="stSidebar"]');
          return !bar || !bar.querySelector('h3')
            || bar.querySelectorAll('[data-testid="stWidgetLabel"]').length > 0;
        }""",
        timeout=timeout_ms,
    )
    page.wait_for_timeout(250)


def map_note(page) -> str:
    """The map's own status line (events in the visible area, counts per area...)."""
    return page.locator(".dashmap-note").inner_text()

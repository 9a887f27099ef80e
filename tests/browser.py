"""Helpers for end-to-end tests in Debian's Chromium: a served app on a free loopback
port, a browser with the flags known to render WebGL here, and concrete waits."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
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
MAP = ".dashmap"
MAP_CANVAS = ".dashmap-canvas canvas"


def chromium_path() -> str | None:
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(data_dir: str | None = None, timeout: float = 60.0) -> Iterator[str]:
    """Serve the dashboard on 127.0.0.1 and yield its base URL; stop it afterwards.

    With ``APP_LOG=1`` in the environment the server's log goes to the terminal.
    """
    with serve(data_dir, timeout) as (url, _proc):
        yield url


@contextlib.contextmanager
def serve(
    data_dir: str | None = None,
    timeout: float = 60.0,
    quiet: bool = False,
    app: Path | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[tuple[str, subprocess.Popen]]:
    """``running_app``, yielding the server process too (``quiet``: its log is dropped,
    so a long run cannot fill an unread pipe; ``app``: another entry script, run with the
    repository's .streamlit/config.toml; ``env``: more environment for the server)."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    if data_dir:
        env["DASHBOARD_DATA_DIR"] = str(data_dir)
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app or REPO / "dashboard" / "app.py"),
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
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env=env,
        stdout=None
        if os.environ.get("APP_LOG")
        else (subprocess.DEVNULL if quiet else subprocess.PIPE),
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log = proc.stdout.read() if proc.stdout else ""
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log}")
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"streamlit did not answer /_stcore/health within {timeout:.0f} s"
                )
            time.sleep(0.2)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def require_browser() -> None:
    """Skip (or, with REQUIRE_BROWSER=1 as in CI, fail) when Chromium or Playwright is
    missing."""
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
def launch_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def drawn_pixels(page, selector: str = MAP_CANVAS) -> int:
    """How many pixels of the canvas are not blank (read back from WebGL)."""
    return page.evaluate(
        """(sel) => {
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
        }""",
        selector,
    )


def wait_for_map(page, timeout_ms: int = 45_000, min_pixels: int = 2000) -> int:
    """Wait until the map has drawn its events (non-blank pixels), and the app is idle."""
    page.wait_for_selector(f"{MAP}[data-drawn=true]", timeout=timeout_ms)
    page.wait_for_function(
        """([sel, min]) => {
          const src = document.querySelector(sel);
          if (!src || !src.width) return false;
          const c = document.createElement('canvas');
          c.width = src.width; c.height = src.height;
          const ctx = c.getContext('2d'); ctx.drawImage(src, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 16) {
            if (d[i + 3] > 0 && !(d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250)) n++;
          }
          return n >= min;
        }""",
        arg=[MAP_CANVAS, min_pixels],
        timeout=timeout_ms,
    )
    wait_idle(page, timeout_ms)
    return drawn_pixels(page)


def wait_idle(page, timeout_ms: int = 30_000) -> None:
    """Wait until Streamlit has finished the current run (no 'running' indicator) and
    the map has drawn what that run sent (a frame or two after)."""
    # The status widget shows only once a run takes a while; the app root's script state
    # says at once that a rerun was asked for or is running (a quick run under load was
    # otherwise missed, and the next keystrokes were overwritten by its result).
    page.wait_for_function(
        """() => {
          const app = document.querySelector('[data-testid="stApp"]');
          const state = app && app.getAttribute('data-test-script-state');
          return !document.querySelector('[data-testid="stStatusWidget"]')
            && state !== 'running' && state !== 'rerunRequested';
        }""",
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
    """The map's own status line ('19 events in the visible area', counts per area...)."""
    return page.locator(".dashmap-note").inner_text()

"""``python -m dashboard serve``: the server as deployments start it, its first visitor's
work done while it starts (``dashboard/ui/warm.py``)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import streamlit as st

from devkit.browser import REPO, serve, server_log
from mapdata import map_spec
from pages import no_errors, run
from synthetic import write_package


@pytest.fixture
def package(tmp_path, monkeypatch):
    root = write_package(tmp_path / "data")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(root))
    return root


def test_the_first_visitor_finds_the_work_done(package, monkeypatch, tmp_path):
    """After the warm-up, a first page (no link parameters) loads no data, builds no
    scene and draws no picture: it shows what the warm-up made."""
    no_errors(run())  # imports the page's modules (the map's component needs a runtime)
    # A cache folder of its own: nothing kept from the run above (store.kept).
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    import dashboard.ui.data as data
    import dashboard.ui.map_panel as map_panel
    from dashboard.ui import warm

    st.cache_resource.clear()
    map_panel._scenes().clear()
    calls: list[str] = []

    def counted(module, name):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, **k: calls.append(name) or real(*a, **k))

    counted(data, "open_store")
    counted(map_panel, "build_scene")
    counted(map_panel, "events_payload")
    monkeypatch.setattr(warm, "_runtime_started", lambda timeout, stop: True)

    warm.warm()
    # The store, the page's scene and its picture's, the events' bytes.
    assert calls.count("open_store") == 1
    assert calls.count("build_scene") == 2
    assert calls.count("events_payload") == 1
    done = len(calls)
    at = run()
    no_errors(at)
    assert calls[done:] == []
    spec = map_spec(at)
    assert spec["picture"], "the warm-up's picture reaches the first page"


def test_a_server_that_stops_stops_its_warm_up(package, monkeypatch):
    """Once the server stops, the warm-up does no further step (its native work cut
    off by the interpreter's end could crash the process)."""
    no_errors(run())
    import threading

    import dashboard.ui.map_panel as map_panel
    from dashboard.ui import warm

    st.cache_resource.clear()
    built = []
    real = map_panel.build_scene
    monkeypatch.setattr(map_panel, "build_scene", lambda *a, **k: built.append(1) or real(*a, **k))
    monkeypatch.setattr(warm, "_runtime_started", lambda timeout, stop: True)
    stop = threading.Event()
    stop.set()  # as the server stopped while the data was read
    warm.warm(stop)
    assert built == []


def test_a_failed_warm_up_costs_nothing_but_time(package, monkeypatch, caplog):
    """The warm-up's failure is logged; the first page then does the work itself."""
    import dashboard.ui.data as data
    from dashboard.ui import warm

    st.cache_resource.clear()

    def broken(directory):
        raise OSError("disk went away")

    monkeypatch.setattr(data, "directory_store", broken)
    with caplog.at_level("ERROR"):
        warm.warm()  # does not raise
    assert "warm-up at start failed" in caplog.text
    monkeypatch.undo()
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(package))
    no_errors(run())


def test_serve_starts_the_dashboard_and_says_when_it_is_ready(tmp_path):
    """Options go to ``streamlit run``; the log says when the first visitor's work is done;
    a SIGTERM (what ``docker stop`` and service managers send) stops it cleanly."""
    root = write_package(tmp_path / "data")
    with serve(root, 120) as (_url, proc):
        deadline = time.monotonic() + 60
        while "ready for the first visitor in" not in server_log(proc):
            assert time.monotonic() < deadline, server_log(proc)[-2000:]
            assert proc.poll() is None, server_log(proc)[-2000:]
            time.sleep(0.2)
        log = server_log(proc)
    assert "Traceback" not in log and "missing ScriptRunContext" not in log, log[-2000:]
    assert proc.returncode == 0  # serve() has sent SIGTERM and waited for the process


def test_other_commands_still_refuse_unknown_options():
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "validate", "--bogus"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert "unrecognized arguments: --bogus" in out.stderr

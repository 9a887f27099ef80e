"""What a server does as it starts (``ui/serve.py``): it fills the caches its
first visitor would otherwise wait for (at a million events ~5 s of work: the store, the
marks, the default view's scene and the map's bytes; the page's modules, its timeline)
while Streamlit starts and the visitor's browser loads the page.

Only the caches a page fills itself are filled, with the keys the page uses: a visitor who
comes before the work is done waits for the rest of it (Streamlit's cache lets one
caller compute a value and the others wait for it), never for it twice.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from streamlit.logger import get_logger

from dashboard import config
from dashboard.store.postgis import package as postgis
from dashboard.store.query import ViewStore
from dashboard.ui import data
from dashboard.ui.serve import THREAD
from dashboard.view.url import parse_query

log = get_logger(__name__)  # Streamlit's: its lines land in the server's log as its own do
RUNTIME_WAIT_S = 120  # how long the map's part waits for Streamlit's runtime to start


def _runtime_started(timeout: float, stop: threading.Event) -> bool:
    """Wait until Streamlit's runtime has started (the map's component is registered by
    it, and cannot be declared before), unless the server stops first."""
    from streamlit.runtime import Runtime, RuntimeState

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not stop.is_set():
        if Runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL:
            return True
        time.sleep(0.05)
    return False


def _configured_store() -> ViewStore | None:
    """The store a page would open first, or None when there is nothing to load (the
    page says why)."""
    uri = config.database_uri()
    if not uri:
        return data.directory_store(str(config.data_dir()))
    version = postgis.version(uri)
    return None if version is None else data.store_of_database(uri, version)


def warm(stop: threading.Event | None = None) -> None:
    """Fill the caches of a first visit with no link parameters (the default view, in the
    first frame), step by step until ``stop`` is set. A failure is logged: the first
    page then does the work and says what went wrong, as it would have without this."""
    stop = stop or threading.Event()
    started = time.perf_counter()
    try:
        store = _configured_store()
        if store is None or not store.n:
            log.info("warm-up: no data to show yet (the first page says why)")
            return
        if not _runtime_started(RUNTIME_WAIT_S, stop):
            log.info("warm-up: the server stopped or did not start; nothing more done")
            return
        _default_view(store, stop)
    except Exception:
        log.exception("warm-up at start failed (the first visitor does the work)")
        return
    if stop.is_set():
        log.info("warm-up: stopped with the server")
    else:
        log.info("ready for the first visitor in %.1f s", time.perf_counter() - started)


def _default_view(store: ViewStore, stop: threading.Event) -> None:
    """The default view's map, and the rest of its page beside it."""
    from dashboard.ui import map_panel as M  # declares the map's component: needs the runtime

    # The map's part is the longest; the page's other parts go beside it, on the second
    # core (much of either is numpy's or Arrow's, outside the interpreter).
    with ThreadPoolExecutor(1, thread_name_prefix=THREAD) as side:
        ctx = side.submit(data.current_context, store)
        # The reference layers need no marks and no view; the page's other parts wait
        # behind them on the side thread (0.15-0.35 s at a million events).
        reference = side.submit(M.warm_reference, store)
        M.scene_data(store.version, store)  # the marks: needs no view
        view, _ = parse_query({}, ctx.result())
        if stop.is_set():
            return
        rest = side.submit(_page, store, ctx.result(), view)
        scene = M.view_scene(store.version, view, M.first_frame(view), False, store)
        if not stop.is_set():
            M.warm_map(store, view, scene)
        reference.result()
        rest.result()


def _page(store: ViewStore, ctx, view) -> None:
    """The rest of a first page: its modules imported, its narratives checked, its
    timeline's chart."""
    importlib.import_module("dashboard.ui.page")  # the controls, the list, the drawer, …
    from dashboard.ui import panels

    data.checked_dataset(store, ctx)
    panels.timeline_of(store, view, ctx.span)


class _NotThisThread(logging.Filter):
    """Streamlit warns of every ``st`` call outside a page's run; the warm-up's calls to
    the caches (their spinner) are such calls, meant to be."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.threadName.startswith(THREAD)


def run(stop: threading.Event) -> None:
    """``warm``, with Streamlit's warnings of its calls outside a page's run left out."""
    get_logger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        _NotThisThread()
    )
    warm(stop)

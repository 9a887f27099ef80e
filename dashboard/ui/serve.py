"""``python -m dashboard serve``: ``streamlit run dashboard/asgi.py`` (the page, with the
map's loader named in its HTML), with the first visitor's work (``ui/warm.py``) done on a
thread beside the server as it starts.

Light to import: the thread starts at once and makes its own imports (pandas, Arrow,
the store) while Streamlit makes its own.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

THREAD = "dashboard-warm-up"  # the warm-up's threads' names begin so


def serve(options: list[str]) -> int:
    """Run the server with ``options`` (``streamlit run``'s, which Streamlit checks) and
    the warm-up beside it; returns Streamlit's exit code."""
    # Streamlit's server (uvicorn) handles a SIGTERM while it runs and raises it again once
    # stopped: without a handler of ours that would kill the process before the warm-up
    # has stopped (and exit 143). With it, a stop ends as a Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    stop = threading.Event()
    warm_up = threading.Thread(target=_warm, args=(stop,), name=THREAD)
    warm_up.start()
    from streamlit.web import cli as streamlit_cli

    app = Path(__file__).parents[1] / "asgi.py"
    try:
        return streamlit_cli.main(["run", str(app), *options], "streamlit")
    finally:
        # The warm-up ends after the step under way: native work (GEOS, Arrow) cut off by
        # the interpreter's end could crash the process (a daemon thread did, at times).
        stop.set()
        warm_up.join()


def _warm(stop: threading.Event) -> None:
    from dashboard.ui import warm

    warm.run(stop)

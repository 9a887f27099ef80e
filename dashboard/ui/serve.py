"""``python -m dashboard serve``: ``streamlit run dashboard/app.py``, with the first
visitor's work (``ui/warm.py``) done on a thread beside the server as it starts.

Light to import: the thread starts at once and makes its own imports (pandas, Arrow,
the store) while Streamlit makes its own.
"""

from __future__ import annotations

import threading
from pathlib import Path

THREAD = "dashboard-warm-up"  # the warm-up's threads' names begin so


def serve(options: list[str]) -> int:
    """Run the server with ``options`` (``streamlit run``'s, which Streamlit checks) and
    the warm-up beside it (a daemon thread: it never holds a stop up); returns
    Streamlit's exit code."""
    threading.Thread(target=_warm, name=THREAD, daemon=True).start()
    from streamlit.web import cli as streamlit_cli

    app = Path(__file__).parents[1] / "app.py"
    return streamlit_cli.main(["run", str(app), *options], "streamlit")


def _warm() -> None:
    from dashboard.ui import warm

    warm.run()

"""Many users on one server, the short form of ``make load-test`` (devkit/sessions.py).

Four concurrent browser sessions, each making eight interactions (mode, layer toggle,
typed date, timeline pick, pan) against one server on 500 generated events
(devkit/synth.py, as ``LOAD_EVENTS=N make load-test``): no session sees an error, each
keeps its own choices, and the server's memory does not grow by a copy of the data per
session.
"""

from __future__ import annotations

import pytest

from devkit.browser import require_browser
from devkit.sessions import run_sessions
from devkit.synth import generate

pytestmark = pytest.mark.browser


def test_concurrent_sessions_work_independently_without_errors(tmp_path):
    require_browser()
    m = run_sessions(sessions=4, interactions=8, data_dir=str(generate(500, tmp_path / "data")))
    assert m["errors"] == []
    assert m["own_state"] == 4, "a session lost its own view or saw another's"
    assert m["steps"] == 32
    # The data is small, so this bounds Streamlit's own per-session state; a copy
    # of the data per session shows up as far more at the bench's sizes (make load-test).
    assert m["mb_per_added_session"] < 40, m

"""Reading the page in AppTest as a user would: run it with a link, and read its text,
its event list and its errors (shared by the tests of the page)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from conftest import REPO

APP = str(REPO / "dashboard" / "app.py")


def run(params: dict | None = None, **session) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    for k, v in session.items():
        at.session_state[k] = v
    return at.run()


def texts(at: AppTest) -> str:
    """All plain text, markdown and captions on the page, Markdown escapes removed."""
    parts = (
        [t.value for t in at.text] + [m.value for m in at.markdown] + [c.value for c in at.caption]
    )
    parts += [w.value for w in at.warning] + [e.value for e in at.error]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts)).replace("**", "")


def listed(at: AppTest) -> list[str]:
    """The event ids in the event list: every event shown, placed or not."""
    [table] = at.dataframe
    return list(table.value["event_id"])


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]

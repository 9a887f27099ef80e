"""Sidebar widgets show the view even when the browser lost their state.

A first run cut short by a rerun (the map reports its size at once) can leave the browser
without a widget's state; the widget then mounts with its *default* and sends that back as
if the user had chosen it. On a loaded machine new visitors got "Custom range", no
category and no layer that way. So every widget's default is the view's current value.
"""

from __future__ import annotations

import pytest

from pages import no_errors, run
from synthetic import write_package


@pytest.fixture(autouse=True)
def synthetic_data(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(write_package(tmp_path_factory.mktemp("ws"))))


def test_a_widget_that_mounts_late_starts_from_the_view():
    at = run()
    no_errors(at)
    at.run()  # a rerun that changes nothing: what a late-mounting widget receives
    quick = at.selectbox(key="w_preset")
    assert quick.value == "All"
    assert quick.options[quick.proto.default] == "All"
    category = at.multiselect(key="w_categories")
    assert category.value, "the view has categories"
    assert list(category.proto.default) == list(category.indices)
    [date_range] = at.slider
    assert date_range.proto.default, "the slider's default is the view's window"

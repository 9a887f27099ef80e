"""The page's map with counts per area (more events in view than the scene draws one by
one), in a real browser: a synthetic package of 12,000 events (devkit/synth.py)."""

from __future__ import annotations

import json

import pytest

from devkit.browser import MAP, map_note, wait_for_map

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """12,000 events around the synthetic towns: all in the default view."""
    from devkit.synth import generate

    return generate(12_000, tmp_path_factory.mktemp("counts") / "data", seed=3)


def _names(page) -> tuple[list[str], list[str]]:
    """The names the map's layers draw now, and those left out for a count."""
    root = page.locator(MAP)
    drawn, given_way = (
        json.loads(root.get_attribute(a)) for a in ("data-names", "data-names-given-way")
    )
    return drawn, given_way


def test_names_keep_clear_of_the_counts_per_area(browser, app_url):
    """The server places names clear of the counts it counts as the page does: the page
    draws every name it was sent. While the window is dragged the page recounts at once,
    before the server has placed names for the new counts: a name a count would now cover
    gives way. Once the map shows each event again, every placed name is drawn."""
    page = browser.new_context(viewport={"width": 1500, "height": 1000}).new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(app_url)
        wait_for_map(page)
        assert "shown as counts per area" in map_note(page)
        drawn, given_way = _names(page)
        assert drawn and given_way == []  # the page counts as the server does
        start = page.get_by_role("slider", name="Window start")
        handle = start.bounding_box()
        track = page.locator(".brush-track").bounding_box()
        middle = handle["y"] + handle["height"] / 2
        page.mouse.move(handle["x"] + 4, middle)
        page.mouse.down()

        for share in (0.3, 0.5, 0.7):
            page.mouse.move(track["x"] + track["width"] * share, middle, steps=4)
            page.wait_for_timeout(300)
            now, gave = _names(page)
            assert not set(now) & set(gave)
        page.mouse.up()
        # One month: a few dozen events, each drawn, and no name gives way.
        page.goto(f"{app_url}/?from=2020-01-01&to=2020-01-31")
        wait_for_map(page, min_pixels=500)
        assert "counts per area" not in map_note(page)
        drawn_then, given_way = _names(page)
        assert given_way == []
        assert len(drawn_then) > len(drawn)
    finally:
        page.context.close()
    assert errors == []

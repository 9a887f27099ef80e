"""End-to-end in a real browser (Debian's Chromium driven by Playwright).

These skip with a reason when Chromium or Playwright is missing, unless REQUIRE_BROWSER=1
(set by .ci/run), in which case they fail. Screenshots go to test-artifacts/ for a human.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import math
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dashboard.ui.map_component import LOADER_HREF
from devkit.browser import (
    MAP_CANVAS,
    drawn_pixels,
    map_note,
    running_app,
    wait_for_map,
    wait_idle,
)

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CAMP = (74.6, 38.4)  # ev-camp, a point known to ±20 km
ROW_PX = 35  # st.dataframe's row (and header) height


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    page.console_errors = []
    page.requests = []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def canvas_png(page) -> bytes:
    """The map's canvas as a PNG: only the pixels wholly inside it. (The canvas sits at a
    fractional offset on the page; a screenshot of its box takes a row of what borders
    it too, which is not the map.)"""
    box = page.locator(MAP_CANVAS).first.bounding_box()
    left, top = math.ceil(box["x"]), math.ceil(box["y"])
    right, bottom = math.floor(box["x"] + box["width"]), math.floor(box["y"] + box["height"])
    return page.screenshot(
        clip={"x": left, "y": top, "width": right - left, "height": bottom - top}
    )


def assert_same_map(there: bytes, here: bytes, name: str) -> None:
    """Two pictures of the map are the same to the eye: a few scattered pixels may be apart
    by more than a trace, and a few hundred by a trace (software WebGL can round an edge's
    coverage differently by a level). A name, a mark or a line missing or moved differs in
    hundreds of pixels by much more; a faint wash over the map, in most of them. Differing
    pictures are kept in test-artifacts/ and described in the failure."""
    if there == here:
        return
    a, b = _pixels(here), _pixels(there)
    apart = np.abs(a - b).max(axis=2) if a.shape == b.shape else None
    far = 0 if apart is None else np.count_nonzero(apart > 16)
    near = 0 if apart is None else np.count_nonzero(apart)
    if apart is not None and far <= 12 and near <= a.shape[0] * a.shape[1] / 500:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}-here.png").write_bytes(here)
    (ARTIFACTS / f"{name}-there.png").write_bytes(there)
    assert apart is not None, f"sizes differ: {a.shape} and {b.shape}"
    ys, xs = np.nonzero(apart > 16)
    where = f"rows {ys.min()}-{ys.max()}, columns {xs.min()}-{xs.max()}" if far else "none"
    raise AssertionError(
        f"{near} pixels differ (most by {apart.max():.0f} levels); {far} by more than 16, "
        f"at {where} of {a.shape[0]}x{a.shape[1]}"
    )


def _offline(page) -> None:
    outside = [u for u in page.requests if not u.startswith(("http://127.0.0.1", "data:", "blob:"))]
    assert outside == [], f"requests left the machine: {outside[:5]}"


def test_map_draws_offline_without_console_errors(page, app_url):
    page.goto(app_url)
    pixels = wait_for_map(page)
    shot(page, "default-view")
    assert pixels > 5000  # land, borders and markers, not a blank canvas
    # 7 events have a place; the 2 the sources do not place are counted beside the map.
    assert map_note(page) == "7 events in the visible area"
    assert "2 of the 9 events that match have no place in the sources" in page.inner_text("body")
    assert page.console_errors == []
    # The map's code comes from the app itself, not a CDN.
    assert any(LOADER_HREF.removeprefix(".") in u for u in page.requests)
    _offline(page)


def test_the_page_asks_for_the_maps_loader_before_it_has_run(page, app_url):
    """The page's HTML names the map's loader (dashboard/asgi.py): the browser fetches it
    with Streamlit's own scripts, before the page has even asked the server for its
    settings (not queued behind Streamlit's widget modules once the page has run), and
    only once."""
    page.goto(app_url)
    wait_for_map(page)
    loader = app_url.rstrip("/") + LOADER_HREF.removeprefix(".")
    asked = [i for i, u in enumerate(page.requests) if u.split("?")[0] == loader]
    settings = next(i for i, u in enumerate(page.requests) if "/_stcore/host-config" in u)
    assert len(asked) == 1, [u for u in page.requests if "bidi-components" in u]
    assert asked[0] < settings
    assert page.console_errors == []


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=float)


@pytest.mark.parametrize("size", [(1500, 1000), (1280, 720)])
def test_the_map_shows_as_a_picture_before_webgl_and_it_is_the_same_map(page, app_url, size):
    """Until WebGL has drawn, the page shows the server's picture of the map in the map's
    place: the same ground at the same pixels as the map then draws (at 1280x720 the
    page's layout is still moving when the picture comes)."""
    page.set_viewport_size({"width": size[0], "height": size[1]})
    held = []
    # The map's module waits, so WebGL cannot draw.
    page.route("**/map-app-*.js", lambda route: held.append(route))
    page.goto(app_url)
    page.wait_for_selector(".dashmap-early[data-shown-at]", timeout=60_000)
    assert page.locator(MAP_CANVAS).count() == 0  # no WebGL map yet
    early = page.get_by_role("img", name=re.compile("Map of events"))
    box = early.bounding_box()
    picture = _pixels(early.screenshot())
    for route in held:
        route.continue_()
    wait_for_map(page)
    assert page.locator(".dashmap-picture").count() == 0  # it made way for the map
    holder = page.locator(".dashmap-canvas").first
    assert holder.bounding_box() == pytest.approx(box, abs=1)
    webgl = _pixels(holder.screenshot())
    assert picture.shape == webgl.shape

    def apart(dx: int, dy: int) -> float:
        """How much the picture moved by (dx, dy) px differs from the map (mean, 0-255)."""
        h, w = webgl.shape[0] - 12, webgl.shape[1] - 12
        return np.abs(
            picture[6 + dy : 6 + dy + h, 6 + dx : 6 + dx + w] - webgl[6 : 6 + h, 6 : 6 + w]
        ).mean()

    # Names are placed for each frame and drawn by different renderers, so the two are
    # not identical; but the ground (borders, land, marks) lies where the map draws it:
    # any shift makes them differ more.
    shifts = {(dx, dy): apart(dx, dy) for dx in range(-6, 7, 3) for dy in range(-6, 7, 3)}
    assert min(shifts, key=shifts.get) == (0, 0), shifts
    assert shifts[0, 0] < 10, shifts[0, 0]
    assert page.console_errors == []


def test_keyboard_on_the_slider_changes_map_and_url(page, app_url):
    page.goto(app_url + "/?lat=37.8&lon=72.3&zoom=5.9")
    wait_for_map(page)
    assert page.locator(".dashmap-note").get_attribute("data-in-view") == "7"
    start_thumb = page.get_by_role("slider").first
    start_thumb.focus()
    start_thumb.press("End")  # the window's start to its end: the last day of the data
    page.wait_for_url(re.compile(r"from=2022-"), timeout=30_000)
    wait_idle(page)
    # Only the base, whose end no source gives, lasts to the data's last day.
    page.wait_for_selector('.dashmap-note[data-in-view="1"]', timeout=30_000)
    shot(page, "after-slider")
    assert page.console_errors == []


def _pixel_of(page, lon: float, lat: float) -> tuple[float, float]:
    """Position of lon/lat within the map canvas, in the view the map draws (the link's,
    kept on the region, a selected mark brought in), web mercator with 512 px tiles."""
    box = page.locator(MAP_CANVAS).first.bounding_box()
    lat0, lon0, zoom = map(
        float, page.locator(".dashmap").first.get_attribute("data-view").split(",")
    )

    def merc(lo: float, la: float) -> tuple[float, float]:
        scale = 512 * 2**zoom
        x = (lo + 180) / 360 * scale
        y = (
            (1 - math.log(math.tan(math.radians(la)) + 1 / math.cos(math.radians(la))) / math.pi)
            / 2
            * scale
        )
        return x, y

    cx, cy = merc(lon0, lat0)
    px, py = merc(lon, lat)
    return box["width"] / 2 + (px - cx), box["height"] / 2 + (py - cy)


def _until_text(page, text: str, seconds: float = 30) -> None:
    """Wait until the page's text holds ``text`` (a run draws its parts one by one)."""
    for _ in range(int(seconds * 2)):
        if text in page.inner_text("body"):
            return
        page.wait_for_timeout(500)
    assert text in page.inner_text("body")


def test_clicking_a_site_shows_its_quotes_and_citations(page, app_url):
    page.goto(f"{app_url}/?lat=38.4&lon=74.6&zoom=8")
    wait_for_map(page)
    x, y = _pixel_of(page, *CAMP)
    canvas = page.locator(MAP_CANVAS).first
    canvas.hover(position={"x": x, "y": y})
    page.wait_for_selector(".dashmap-tooltip", state="visible", timeout=15_000)
    tooltip = page.locator(".dashmap-tooltip").inner_text()
    assert "Test camp" in tooltip and "±20 km" in tooltip  # plain text, with the uncertainty
    canvas.click(position={"x": x, "y": y})
    page.get_by_text("An invented quote about ev-camp.", exact=False).first.wait_for(timeout=30_000)
    # The address bar follows once the run that drew the panel has finished.
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('event') === 'ev-camp'", timeout=20_000
    )
    wait_idle(page)
    # The panel's parts come in one run; on a loaded machine the last ones a moment later.
    _until_text(page, "An invented denial.")
    body = page.inner_text("body")
    assert "DENIES" in body and "Testland government" in body and "Test Wire" in body
    assert "event=ev-camp" in page.url


def test_a_circle_of_uncertainty_is_a_quiet_grey_not_its_mark(page, app_url):
    """The circle around a place known to ±20 km is the scene's light grey over the land
    (as on the briefing), never the mark's colour spread over the whole circle."""
    from dashboard.scene.style import UNCERTAINTY_FILL

    page.goto(f"{app_url}/?lat=38.4&lon=74.6&zoom=8&layers=bases,uncertainty")
    wait_for_map(page)
    x, y = _pixel_of(page, *CAMP)
    pixels = _pixels(canvas_png(page))
    ratio = pixels.shape[1] / page.locator(MAP_CANVAS).first.bounding_box()["width"]
    # Between the mark (~10 px) and the circle's edge (~80 px at this zoom), and outside it.
    at = [(x + dx * 45, y + dy * 45) for dx, dy in ((-1, 0), (0, 1), (0.7, -0.7))]
    out = [(x + dx * 140, y + dy * 140) for dx, dy in ((-1, 0), (0, 1), (0.7, -0.7))]
    inside = np.median([pixels[round(b * ratio), round(a * ratio)] for a, b in at], axis=0)
    land = np.median([pixels[round(b * ratio), round(a * ratio)] for a, b in out], axis=0)
    alpha = UNCERTAINTY_FILL[3] / 255
    expected = land * (1 - alpha) + np.asarray(UNCERTAINTY_FILL[:3]) * alpha
    assert np.abs(inside - expected).max() < 14, (inside, expected, land)


def test_permalink_restores_the_same_state_in_a_fresh_browser(browser, page, app_url):
    query = (
        "from=2019-01-01&to=2021-12-31&mode=asof&layers=bases,agreements,places,uncertainty"
        "&cat=base,agreement,funding,deployment&status=official,reported,denied,planned&prec=3"
        "&lat=37.5000&lon=73.5000&zoom=6.80&event=ev-funding"
    )
    page.goto(f"{app_url}/?{query}")
    wait_for_map(page)
    first_url = page.url
    first_text = page.inner_text("body")
    first_map = canvas_png(page)

    fresh = browser.new_context(viewport={"width": 1500, "height": 1000})
    try:
        other = fresh.new_page()
        other.goto(first_url)
        wait_for_map(other)
        assert other.url == first_url
        text = other.inner_text("body")
        for needle in (
            "2019-01-01",
            "2021-12-31",
            "An invented quote about ev-funding.",
            "As of: everything up to the end",
        ):
            assert needle in first_text and needle in text
        assert_same_map(canvas_png(other), first_map, "permalink")
    finally:
        fresh.close()


SLIDE_PARTS = {
    "slide": ".dashmap-present",
    "title": ".dashmap-head h1",
    "caption": ".dashmap-head p",
    "map": ".dashmap-canvas",
    "legend": ".dashmap-legend",
    "sources": ".dashmap-foot",
}


def _slide(browser, app_url, width: int, height: int, query: str = "present=1"):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{app_url}/?{query}")
    wait_for_map(page)
    page.wait_for_timeout(600)  # the canvas takes its size once the layout settles
    return context, page


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900), (1920, 1080)])
def test_presentation_mode_is_a_complete_centred_slide(browser, app_url, size):
    """A briefer's screenshot at any size is the whole slide: title, caption, map, legend
    and sources inside the window, centred, nothing of the workspace around it; the map
    keeps the shape of the image's frame, its scale bar and north arrow on it."""
    width, height = size
    context, page = _slide(browser, app_url, width, height, "present=1&event=ev-funding")
    try:
        shot(page, f"presentation-{width}x{height}")
        assert page.locator('[data-testid="stSidebar"] [data-testid="stSlider"]').count() == 0
        boxes = {name: page.locator(sel).first.bounding_box() for name, sel in SLIDE_PARTS.items()}
        for name, box in boxes.items():
            assert box and box["width"] > 20 and box["height"] > 10, name
            assert box["x"] >= 0 and box["y"] >= 0, name
            assert box["x"] + box["width"] <= width + 0.5, name
            assert box["y"] + box["height"] <= height + 0.5, name
        slide = boxes["slide"]
        assert abs(slide["width"] / slide["height"] - 16 / 9) < 0.01
        # Centred, and as large as the window allows.
        assert abs(slide["x"] * 2 + slide["width"] - width) <= 2
        assert abs(slide["y"] * 2 + slide["height"] - height) <= 2
        assert max(slide["width"] / width, slide["height"] / height) > 0.99
        # The map keeps the briefing frame's shape (760 x 413.7) and is filled by its canvas.
        m = boxes["map"]
        assert abs(m["width"] / m["height"] - 760 / 413.7) < 0.02 and m["width"] > 0.6 * width
        canvas = page.locator(MAP_CANVAS).first.bounding_box()
        assert abs(canvas["width"] - m["width"]) <= 3 and abs(canvas["height"] - m["height"]) <= 3
        for part in (".dashmap-north-arrow", ".dashmap-scale-bar"):
            b = page.locator(part).first.bounding_box()
            assert m["x"] <= b["x"] and b["x"] + b["width"] <= m["x"] + m["width"] + 0.5, part
            assert m["y"] <= b["y"] and b["y"] + b["height"] <= m["y"] + m["height"] + 0.5, part
        text = page.locator(".dashmap-present").inner_text()
        assert "Sources of what is shown" in text and "OpenStreetMap" in text
        assert "events match this view" in text and "Funding" in text
        assert "Selected: [F] Funding — Test funding of the post" in text
        assert drawn_pixels(page) > 5000
        # Esc leaves presentation mode, back to the workspace with its controls.
        page.keyboard.press("Escape")
        page.locator('[data-testid="stSidebar"] [data-testid="stSlider"]').wait_for(timeout=30_000)
        assert "present" not in page.url
    finally:
        context.close()


def test_the_slide_s_legend_grows_with_the_slide(browser, app_url):
    sizes = {}
    for width, height in ((1280, 720), (1920, 1080)):
        context, page = _slide(browser, app_url, width, height)
        try:
            sizes[width] = page.locator(".dashmap-legend li").first.evaluate(
                "e => parseFloat(getComputedStyle(e).fontSize)"
            )
        finally:
            context.close()
    assert 1.4 < sizes[1920] / sizes[1280] < 1.6


def test_the_slide_s_exit_control_stays_out_of_screenshots(browser, app_url):
    """Nothing but the slide in a screenshot: the Exit control shows only while the
    pointer moves, or when the keyboard reaches it."""
    context, page = _slide(browser, app_url, 1280, 720)
    try:
        exit_ = page.locator(".dashmap-exit")

        def opacity() -> float:
            return float(exit_.evaluate("e => getComputedStyle(e).opacity"))

        page.wait_for_timeout(3_000)
        assert opacity() == 0
        page.mouse.move(300, 300)
        page.mouse.move(320, 310)
        page.wait_for_function(
            "() => getComputedStyle(document.querySelector('.dashmap-exit')).opacity === '1'",
            timeout=5_000,
        )
        page.wait_for_function(
            "() => getComputedStyle(document.querySelector('.dashmap-exit')).opacity === '0'",
            timeout=8_000,
        )
        exit_.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # a keyboard focus shows it (:focus-visible)
        page.wait_for_function(
            "() => getComputedStyle(document.querySelector('.dashmap-exit')).opacity === '1'",
            timeout=5_000,
        )
    finally:
        context.close()


def _url_view(url: str) -> tuple[str, str, str]:
    q = _query(url)
    return q["lat"], q["lon"], q["zoom"]


def test_entering_and_leaving_presentation_keep_the_link_s_view(page, app_url):
    page.goto(f"{app_url}/?lat=37.6&lon=73.2&zoom=8")
    wait_for_map(page)
    page.wait_for_timeout(1_000)
    drawn = page.locator(".dashmap").first.get_attribute("data-view")
    assert _url_view(page.url) == ("37.6000", "73.2000", "8.00")
    page.get_by_text("Presentation mode", exact=True).click()
    page.wait_for_selector(".dashmap-present", timeout=30_000)
    wait_idle(page)
    page.wait_for_timeout(1_500)  # a resize or a layout never reports a view
    assert _url_view(page.url) == ("37.6000", "73.2000", "8.00")
    page.keyboard.press("Escape")
    page.locator('[data-testid="stSidebar"] [data-testid="stSlider"]').wait_for(timeout=30_000)
    wait_idle(page)
    page.wait_for_timeout(1_500)
    assert _url_view(page.url) == ("37.6000", "73.2000", "8.00")
    assert page.locator(".dashmap").first.get_attribute("data-view") == drawn
    assert page.console_errors == []


def test_the_page_at_1280x720_gives_the_map_its_width_and_keeps_the_brush_in_view(browser, app_url):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(app_url)
        wait_for_map(page)
        main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
        canvas = page.locator(MAP_CANVAS).first.bounding_box()
        assert canvas["width"] > 0.8 * main["width"]  # no empty Details column beside it
        brush = page.locator(".brush").first.bounding_box()
        assert brush["y"] + brush["height"] <= 720  # above the fold
        shot(page, "page-1280x720")
        # A selection near the map's edge: the Details column narrows the map, and the
        # selected mark is drawn inside it, clear of the edge.
        page.goto(f"{app_url}/?lat=37.8&lon=72.3&zoom=5.9&event=ev-camp")
        wait_for_map(page)
        page.wait_for_timeout(1_000)
        canvas = page.locator(MAP_CANVAS).first.bounding_box()
        x, y = _pixel_of(page, *CAMP)
        assert 20 <= x <= canvas["width"] - 20 and 20 <= y <= canvas["height"] - 20
        brush = page.locator(".brush").first.bounding_box()
        assert brush["y"] + brush["height"] <= 720
        shot(page, "page-1280x720-selected")
    finally:
        context.close()


def test_download_button_matches_the_cli(page, app_url, package, tmp_path):
    """The briefing image from the button and from `export-png --url <the page's URL>` are the
    same picture (the "Made … UTC" minute may differ, so that corner is left out)."""
    import io

    import numpy as np
    from PIL import Image

    from dashboard.cli import main

    page.goto(f"{app_url}/?from=2019-01-01&to=2021-12-31&mode=asof&event=ev-camp")
    wait_for_map(page)
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Briefing image · 16:9").click()
    from_button = Image.open(download.value.path()).convert("RGB")
    assert from_button.size == (1920, 1080)
    out = tmp_path / "cli.png"
    assert (
        main(["export-png", "--url", page.url, "--out", str(out), "--data-dir", str(package)]) == 0
    )
    from_cli = Image.open(io.BytesIO(out.read_bytes())).convert("RGB")
    a, b = np.asarray(from_button).copy(), np.asarray(from_cli).copy()
    a[:90, 1500:] = b[:90, 1500:] = 255  # the "Made … UTC" stamp, top right
    from_button.save(ARTIFACTS / "briefing-from-button.png")
    differs = (a != b).any(axis=2)
    if differs.any():
        Image.fromarray(b).save(ARTIFACTS / "briefing-from-cli.png")
        rows, cols = np.nonzero(differs)
        raise AssertionError(
            f"{differs.mean():.4%} of pixels differ, within x {cols.min()}–{cols.max()}, "
            f"y {rows.min()}–{rows.max()}; button URL {page.url}"
        )


def test_play_steps_the_window_through_time(page, app_url):
    page.goto(f"{app_url}/?from=2015-01-01&to=2016-06-30&mode=asof")
    wait_for_map(page)
    page.get_by_role("button", name="Play through time").click()
    page.wait_for_url(re.compile(r"to=2016-(0[89]|1)"), timeout=30_000)
    page.wait_for_url(re.compile(r"to=201[78]-"), timeout=30_000)  # it keeps going
    page.get_by_role("button", name="Pause").click()
    wait_idle(page)
    paused_at = page.url
    page.wait_for_timeout(4_000)  # a tick would come every 1.5 s while playing
    assert page.url == paused_at
    assert page.console_errors == []


def _query(url: str) -> dict[str, str]:
    from urllib.parse import parse_qsl, urlsplit

    return dict(parse_qsl(urlsplit(url).query))


def test_pan_and_zoom_go_into_the_link_and_the_link_restores_them(browser, page, app_url):
    # Close enough in that the map can move both ways without leaving the reference data.
    page.goto(f"{app_url}/?lat=37.8&lon=72.3&zoom=7")
    wait_for_map(page)
    canvas = page.locator(MAP_CANVAS).first
    box = canvas.bounding_box()
    # Drag the map up and to the left, then zoom in one step with the keyboard.
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 - 120, box["y"] + box["height"] / 2 - 80, steps=10)
    page.mouse.up()
    page.wait_for_function("() => !/lon=72\\.3000/.test(location.search)", timeout=15_000)
    wait_idle(page)
    moved = _query(page.url)
    assert float(moved["lon"]) > 72.3 and float(moved["lat"]) < 37.8  # the map moved south-east
    page.mouse.move(box["x"] + box["width"] + 40, box["y"])  # off the map: no hover highlight
    canvas.focus()
    assert page.evaluate("document.activeElement.tagName") == "CANVAS"  # keyboard-reachable
    page.keyboard.press("=")  # zoom in (deck.gl's keyboard controller: = or +)
    page.wait_for_function("() => !/zoom=7\\.00/.test(location.search)", timeout=15_000)
    wait_idle(page)
    after = _query(page.url)
    assert float(after["zoom"]) > 7
    wait_idle(page)
    page.evaluate("document.activeElement.blur()")  # the focus ring is not the view
    here = canvas_png(page)

    fresh = browser.new_context(viewport={"width": 1500, "height": 1000})
    try:
        other = fresh.new_page()
        other.goto(page.url)
        wait_for_map(other)
        assert _query(other.url) == after
        assert_same_map(canvas_png(other), here, "pan")
    finally:
        fresh.close()
    assert page.console_errors == []


def test_dragging_the_window_redraws_at_once_and_the_server_hears_the_end(page, app_url):
    sent: list[int] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(len(payload))))
    page.goto(f"{app_url}/?lat=37.8&lon=72.3&zoom=6")
    wait_for_map(page)
    before = canvas_png(page)
    sent.clear()
    start = page.get_by_role("slider", name="Window start")
    handle = start.bounding_box()
    track = page.locator(".brush-track").bounding_box()
    # Drag the start handle to about 2020: the map thins out while the mouse is down.
    page.mouse.move(handle["x"] + 4, handle["y"] + handle["height"] / 2)
    page.mouse.down()
    page.mouse.move(
        track["x"] + track["width"] * 0.86, handle["y"] + handle["height"] / 2, steps=12
    )
    page.wait_for_timeout(400)
    during = canvas_png(page)
    note_during = map_note(page)
    assert during != before
    assert int(note_during.split()[0]) < 7
    assert "from=2015-01-01" in page.url and sent == []  # nothing went to the server yet
    page.mouse.up()
    page.wait_for_function("() => !/from=2015-01-01/.test(location.search)", timeout=15_000)
    wait_idle(page)
    assert _query(page.url)["from"] >= "2020"
    assert sent, "the final window reaches the server"
    assert page.console_errors == []


def _detail(page) -> str:
    return page.locator(".st-key-detail").inner_text()


LIST_GRID = '[data-testid="stDataFrame"] [data-testid="data-grid-canvas"]'


def _list_rows(page) -> list[tuple[str, bool]]:
    """The event list's rows as its accessible table (the canvas' fallback) gives them:
    each row's text and whether it is selected."""
    return page.locator(LIST_GRID).evaluate(
        """(c) => [...c.querySelectorAll('tbody tr')].map(
             (tr) => [tr.textContent, tr.getAttribute('aria-selected') === 'true'])"""
    )


def _click_list(page, title: str) -> None:
    """Click the list's row that holds ``title`` (on its selection marker), once the grid
    has drawn its rows: it draws them after its data arrives, which can be after the map
    is drawn and the page is idle."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    canvas = page.locator(LIST_GRID)
    canvas.scroll_into_view_if_needed()
    # On a timeout the assertion below names what the list holds.
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            "([sel, title]) => [...document.querySelectorAll(sel + ' tbody tr')]"
            ".some((tr) => tr.textContent.includes(title))",
            arg=[LIST_GRID, title],
            timeout=15_000,
        )
    rows = _list_rows(page)
    index = next((i for i, (text, _) in enumerate(rows) if title in text), -1)
    assert index >= 0, f"{title!r} is not in the list: {[text for text, _ in rows]}"
    box = canvas.bounding_box()  # the grid's scroller takes the pointer: click the page
    page.mouse.click(box["x"] + 12, box["y"] + ROW_PX * (index + 1) + ROW_PX / 2)


def _click_timeline(page, title: str) -> None:
    bar = page.locator(f'[data-testid="stVegaLiteChart"] path[aria-label*="Event: {title}"]')
    bar.first.click()


def _click_map(page, lon: float, lat: float) -> None:
    """Hover the mark at lon/lat until its tooltip shows, then click it."""
    canvas = page.locator(MAP_CANVAS).first
    x, y = _pixel_of(page, lon, lat)
    canvas.hover(position={"x": x, "y": y})
    page.wait_for_selector(".dashmap-tooltip", state="visible", timeout=15_000)
    canvas.click(position={"x": x, "y": y})


def _selected(page, event: str) -> None:
    """Wait until ``event`` is the link's selection and the page has settled."""
    page.wait_for_function(
        f"() => new URLSearchParams(location.search).get('event') === {event!r}",
        timeout=20_000,
    )
    wait_idle(page)


DRAWER = '[data-testid="stDialog"] [role="dialog"]'


def _drawer(page):
    """The Details drawer, once it has slid fully into the window."""
    drawer = page.locator(DRAWER)
    drawer.wait_for(timeout=20_000)
    page.wait_for_function(
        f"""() => {{
          const r = document.querySelector({DRAWER!r}).getBoundingClientRect();
          return r.right <= window.innerWidth + 0.5 && r.left >= 0;
        }}""",
        timeout=10_000,
    )
    return drawer


def _close_drawer(page) -> None:
    page.keyboard.press("Escape")
    page.locator(DRAWER).wait_for(state="detached", timeout=15_000)
    wait_idle(page)


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"] + 0.5
        and box["y"] + box["height"] <= size["height"] + 0.5
    )


@pytest.mark.parametrize("writing", [False, True], ids=["reading", "writing-a-narrative"])
def test_one_selection_map_timeline_list_map_list(page, app_url, writing):
    """Every click selects what was clicked; no later rerun undoes it, also with the
    'Write a narrative' panel open (its quote picker follows the selection)."""
    page.goto(f"{app_url}/?lat=38.0&lon=73.6&zoom=7")
    wait_for_map(page)
    if writing:
        page.get_by_text("Write a narrative: add this view as a step").click()
        page.get_by_text("Caption of this view").wait_for()
        wait_idle(page)
    # A selection in the timeline or the list opens the Details drawer: the next click
    # on the page comes after closing it, as a reader does.
    steps = [
        (lambda: _click_map(page, *CAMP), "ev-camp", "An invented quote about ev-camp.", False),
        (
            lambda: _click_timeline(page, "Test meeting in the province"),
            "ev-meeting",
            "An invented quote about ev-meeting.",
            True,
        ),
        (
            lambda: _click_list(page, "Test drill in the valley"),
            "ev-drill",
            "An invented quote about ev-drill.",
            True,
        ),
        (lambda: _click_map(page, *CAMP), "ev-camp", "An invented quote about ev-camp.", False),
        (
            lambda: _click_list(page, "Test drill in the valley"),
            "ev-drill",
            "An invented quote about ev-drill.",
            True,
        ),
    ]
    for i, (act, event, quote, drawer) in enumerate(steps):
        act()
        _selected(page, event)
        page.wait_for_timeout(1_500)  # a late rerun would undo the click here
        assert _query(page.url).get("event") == event, f"step {i + 1}"
        assert quote in _detail(page), f"step {i + 1}"
        if drawer:
            assert quote in _drawer(page).inner_text(), f"step {i + 1}"
            _close_drawer(page)
        assert page.locator(DRAWER).count() == 0, f"step {i + 1}"
    shot(page, "selection-sequence")
    assert page.console_errors == []


def test_details_open_where_the_list_or_the_timeline_was_clicked(browser, app_url):
    """At 1280x720 the list and the timeline lie below the map: a selection there opens
    the Details in view (the panel beside the map was ~1,400 px above it)."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(app_url)
        wait_for_map(page)
        _click_list(page, "Test drill in the valley")
        _selected(page, "ev-drill")
        drawer = _drawer(page)
        heading = drawer.get_by_role("heading", name="Details", exact=True)
        assert _in_view(page, heading)
        title = drawer.get_by_role("heading", name="Test drill in the valley")
        assert _in_view(page, title)
        assert "An invented quote about ev-drill." in drawer.inner_text()
        shot(page, "details-from-the-list-1280x720")
        # Esc closes it: the row is still in view, selected.
        _close_drawer(page)
        rows = _list_rows(page)
        [index] = [i for i, (text, chosen) in enumerate(rows) if chosen]
        assert "Test drill in the valley" in rows[index][0]
        row_y = page.locator(LIST_GRID).bounding_box()["y"] + ROW_PX * (index + 1)
        assert row_y >= 0 and row_y + ROW_PX <= 720
        assert _query(page.url).get("event") == "ev-drill"
        # The same from the timeline.
        page.locator('[data-testid="stVegaLiteChart"]').first.scroll_into_view_if_needed()
        _click_timeline(page, "Test meeting in the province")
        _selected(page, "ev-meeting")
        drawer = _drawer(page)
        assert _in_view(page, drawer.get_by_role("heading", name="Details", exact=True))
        assert "An invented quote about ev-meeting." in drawer.inner_text()
        assert errors == []
    finally:
        context.close()


def test_a_selection_on_the_map_is_listed_first_and_marked(page, app_url):
    """A mark clicked on the map: its row is the list's first, selected; no drawer (the
    Details are beside the map, in view). An open start reads "not given"."""
    page.goto(app_url)
    wait_for_map(page)
    rows = _list_rows(page)
    assert "Test agreement signed at its own point" not in rows[0][0]  # oldest first
    # The Start cell of the event whose start no source gives (the grid drew "None").
    start = page.locator(LIST_GRID).evaluate(
        """(c) => {
          const col = [...c.querySelectorAll('thead th')].findIndex(
            (th) => th.textContent.trim() === 'Start');
          const row = [...c.querySelectorAll('tbody tr')].find(
            (tr) => tr.textContent.includes('Test troops at the camp'));
          return row.querySelectorAll('td')[col].textContent;
        }"""
    )
    assert start == "not given"
    _click_map(page, 69.5, 37.2)
    _selected(page, "ev-own")
    page.wait_for_function(
        f"(sel) => document.querySelectorAll(sel + ' tbody tr').length >= {len(rows)}",
        arg=LIST_GRID,
        timeout=15_000,
    )
    first, chosen = _list_rows(page)[0]
    assert "Test agreement signed at its own point" in first and chosen
    assert sum(chosen for _, chosen in _list_rows(page)) == 1
    # The note under the list comes with the run that reordered it, a moment after its rows.
    _until_text(page, "The selected event is listed first")
    assert page.locator(DRAWER).count() == 0
    assert "Test agreement signed at its own point" in _detail(page)


def test_tooltips_and_panels_show_markup_as_text(browser, tmp_path):
    """A title full of HTML reaches the tooltip, the detail panel and the list as text."""
    import shutil

    from conftest import MINIMAL, DataDir

    hostile = "<img src=x onerror=\"document.title='pwned'\"><b>bold</b>"
    root = tmp_path / "data"
    shutil.copytree(MINIMAL, root)
    d = DataDir(root)
    d.set_cell("events.csv", 4, "title", hostile)  # ev-three, placed by its own coordinates
    d.set_cell("events.csv", 4, "summary", hostile)
    d.set_cell("excerpts.csv", 5, "quote", hostile)
    d.set_cell("sources.csv", 2, "publisher", hostile)
    d.set_cell("sources.csv", 3, "url", "javascript:document.title='pwned'")
    doc = d.sites()
    doc["features"][0]["properties"]["name"] = hostile
    d.write_sites(doc)
    with running_app(root) as url:
        context = browser.new_context(viewport={"width": 1500, "height": 1000})
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dlg: (dialogs.append(dlg.message), dlg.dismiss()))
        page.goto(f"{url}/?lat=37.49&lon=71.55&zoom=9&event=ev-three")
        wait_for_map(page)
        canvas = page.locator(MAP_CANVAS).first
        x, y = _pixel_of(page, 71.5476, 37.4875)
        canvas.hover(position={"x": x, "y": y})
        tip = page.locator(".dashmap-tooltip")
        tip.wait_for(state="visible", timeout=15_000)
        assert hostile in tip.inner_text()
        assert tip.locator("img, b").count() == 0  # text, not elements
        assert page.locator(".dashmap img, .dashmap b").count() == 0
        assert hostile in page.inner_text("body")  # the detail panel shows it literally
        # The timeline draws it as SVG text, the list as grid text: nowhere an element.
        # A label is wrapped into lines (an SVG text's tspans): read them as one.
        labels = page.locator('[data-testid="stVegaLiteChart"] svg text').evaluate_all(
            """(ts) => ts.map((t) => t.children.length
                 ? [...t.children].map((s) => s.textContent).join(' ') : t.textContent)"""
        )
        assert any(hostile in label for label in labels)
        assert page.locator('img[src="x"], b:text("bold")').count() == 0
        # A javascript: link never becomes one (the loader left it out, with a warning).
        assert page.locator('a[href^="javascript"]').count() == 0
        assert page.title() != "pwned" and dialogs == []
        context.close()


BROKEN_APP = """
import sys
sys.path.insert(0, {repo!r})
import dashboard.ui.page as page

def broken(*args, **kwargs):
    raise RuntimeError("secret detail from /srv/private/events.csv")

page.render_table = broken  # an unexpected failure deep in the page
exec(open({app!r}).read())
"""


def test_an_unexpected_error_reaches_the_log_not_the_user(browser, tmp_path):
    """Production config: a failure shows a plain message; the details go to the log."""
    from devkit.browser import REPO, serve, server_log

    app = tmp_path / "broken_app.py"
    app.write_text(BROKEN_APP.format(repo=str(REPO), app=str(REPO / "dashboard" / "app.py")))
    with serve(app=app) as (url, proc):
        context = browser.new_context(viewport={"width": 1500, "height": 1000})
        page = context.new_page()
        page.goto(url)
        page.locator('[data-testid="stException"], [data-testid="stAlert"]').first.wait_for(
            timeout=60_000
        )
        wait_idle(page)
        body = page.inner_text("body")
        context.close()
        proc.terminate()
        proc.wait(timeout=20)
        log = server_log(proc)
    for leak in ("secret detail", "/srv/private", "Traceback", "RuntimeError", str(REPO)):
        assert leak not in body, leak
    assert "RuntimeError: secret detail from /srv/private/events.csv" in log


def test_table_downloads_match_export_table(page, app_url, package, tmp_path):
    """The CSV and GeoJSON from the buttons are, byte for byte, what
    `export-table --url <the page's URL>` writes for the same view."""
    from dashboard.cli import main

    page.goto(f"{app_url}/?from=2018-01-01&to=2021-12-31&mode=window&cat=funding,diplomacy")
    wait_for_map(page)
    for fmt, label in (("csv", "Events · CSV"), ("geojson", "Events · GeoJSON")):
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name=label).click()
        from_button = Path(download.value.path()).read_bytes()
        out = tmp_path / f"cli.{fmt}"
        args = ["export-table", "--format", fmt, "--url", page.url, "--out", str(out)]
        assert main([*args, "--data-dir", str(package)]) == 0
        assert from_button == out.read_bytes(), fmt
        assert download.value.suggested_filename == f"events-20180101-20211231.{fmt}"
    assert page.console_errors == []


def _caption_counts(text: str) -> tuple[int, int]:
    m = re.search(r"(\d+) of (\d+) events match this view", text)
    assert m, text[:500]
    return int(m.group(1)), int(m.group(2))


def test_counts_agree_after_a_layer_toggle(page, app_url, package):
    """Caption, event list, briefing and CSV count the same events once a layer is off."""
    import csv
    import io
    from urllib.parse import parse_qs, urlsplit

    from dashboard.render.briefing.figure import Briefing, build_figure, figure_texts
    from dashboard.store.embedded import open_store
    from dashboard.view.query import context_of
    from dashboard.view.url import parse_query

    page.goto(app_url)
    wait_for_map(page)
    before, total = _caption_counts(page.inner_text("body"))
    page.get_by_text("Reports & revelations", exact=True).click()
    page.wait_for_url(re.compile(r"layers="), timeout=30_000)
    wait_idle(page)
    body = page.inner_text("body")
    shown, total_after = _caption_counts(body)
    assert total_after == total and shown < before
    assert "layers off: Reports & revelations" in body
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Events · CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8-sig"))))
    assert len({r["event_id"] for r in rows}) == shown
    # The legend shows no category that is off.
    legend = page.locator(".dashmap-legend").inner_text()
    assert "Report / revelation" not in legend
    store = open_store(package)
    params = parse_qs(urlsplit(page.url).query)
    state, notes = parse_query(params, context_of(store))
    assert not notes
    fig = build_figure(store, Briefing(state, "slide", page.url))
    assert f"{shown} of {total} events" in "\n".join(figure_texts(fig))


def _type_into(page, label: str, text: str, key: str) -> None:
    field = page.get_by_role("textbox", name=label)
    field.click()
    field.press("ControlOrMeta+a")
    page.keyboard.type(text)
    page.keyboard.press(key)


def test_typed_dates_apply_on_enter_and_on_a_single_tab(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    before = _query(page.url)
    _type_into(page, "From", "2019-03-04", "Enter")
    page.wait_for_url(re.compile(r"from=2019-03-04"), timeout=30_000)
    wait_idle(page)
    _type_into(page, "To", "2021-06", "Tab")  # a month: to its last day
    page.wait_for_url(re.compile(r"to=2021-06-30"), timeout=30_000)
    wait_idle(page)
    slider = page.locator('[data-testid="stSlider"]').first.inner_text()
    assert "2019-03-04" in slider and "2021-06-30" in slider
    assert "04 Mar 2019 – 30 Jun 2021" in page.inner_text("body")
    # Nothing else moved: every layer and filter as before, their boxes still checked.
    after = _query(page.url)
    for k in ("from", "to"):
        before.pop(k), after.pop(k)
    assert after == before
    assert page.get_by_role("checkbox", name="Bases, facilities & deployments").is_checked()
    # A From after the To keeps the range, and says so.
    _type_into(page, "From", "2022-01-01", "Enter")
    page.get_by_text("is after To", exact=False).wait_for(timeout=30_000)
    wait_idle(page)
    assert _query(page.url)["from"] == "2019-03-04"
    assert page.get_by_role("textbox", name="From").input_value() == "2019-03-04"
    assert page.console_errors == []


def test_play_on_all_plays_through_the_whole_span(page, app_url):
    page.goto(app_url)  # the whole span: "All"
    wait_for_map(page)
    first = _query(page.url)
    page.get_by_role("button", name="Play through time").click()
    # A year's window from the data's first day, then on, a step at a time.
    page.wait_for_url(re.compile(r"from=2015-01-01&to=2016-01-01"), timeout=30_000)
    page.wait_for_url(re.compile(r"from=2015-03-0\d&to=2016-03-06"), timeout=30_000)
    page.wait_for_url(re.compile(r"from=2015-05-\d\d&to=2016-05-10"), timeout=30_000)
    page.get_by_role("button", name="Pause").click()
    wait_idle(page)
    assert _query(page.url)["to"] < first["to"]
    assert page.console_errors == []


@pytest.mark.parametrize("query", ["", "present=1", "event=ev-funding", "q=xyzzy&cat=funding"])
def test_accessibility_audit_finds_nothing_serious(browser, app_url, query):
    """axe-core (bundled by axe-playwright-python) on the page, a selection, the slide and
    a view that shows no event (its explanation and clear buttons)."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/?{query}")
        wait_for_map(page)
        result = Axe().run(page)
        bad = [
            f"{v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in result.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not bad, "\n".join(bad)
    finally:
        context.close()


def test_the_event_list_selects_by_keyboard_as_a_click_does(page, app_url):
    """Tab into the list, arrow down to a row, Shift+Space: that row's event is selected
    (link and detail panel), the way a click on the row selects it."""
    page.goto(app_url)
    wait_for_map(page)
    grid = page.locator('[data-testid="stDataFrame"] [data-testid="data-grid-canvas"]')
    grid.scroll_into_view_if_needed()
    grid.focus()
    for key in ("ArrowDown", "ArrowDown", "ArrowDown"):
        page.keyboard.press(key)
        page.wait_for_timeout(150)
    # The grid moves its cursor asynchronously: wait until it is on the third row.
    page.wait_for_function("() => document.activeElement.id === 'glide-cell-1-3'", timeout=15_000)
    row = page.evaluate("() => document.activeElement.closest('tr').textContent")
    page.keyboard.press("Shift+Space")
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('event')", timeout=20_000
    )
    wait_idle(page)
    title = page.locator(".st-key-detail h3").first.inner_text()
    assert title and title in row
    # The map rings the selection as it does after a click.
    assert page.locator(".dashmap").first.get_attribute("data-specs")


def _problems(page) -> list[str]:
    """Console warnings and errors from now on (luma.gl's shader notes are debug level)."""
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text) if m.type in ("warning", "error") else None)
    return seen


def test_the_page_and_its_reruns_log_no_warnings(page, app_url):
    """Load, a filter change (the timeline is drawn anew) and a pick on the timeline: the
    console stays clean (Vega-Lite warned twice per render about the time axis)."""
    problems = _problems(page)
    page.goto(app_url)
    wait_for_map(page)
    page.wait_for_selector(
        '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg'
    )
    page.get_by_text("As of: everything up to the end").click()
    page.wait_for_url(re.compile(r"mode=asof"), timeout=30_000)
    wait_idle(page)
    bar = page.locator('[data-testid="stVegaLiteChart"] path[aria-label*="Test drill"]').first
    bar.click()
    page.wait_for_url(re.compile(r"event=ev-drill"), timeout=30_000)
    wait_idle(page)
    page.wait_for_timeout(1_000)
    assert problems == []
    assert page.console_errors == []


def test_dragging_the_brush_band_moves_the_whole_window(page, app_url):
    """The middle of the band drags the window (both ends, same length) live on the map;
    the server hears the window when the mouse is let go."""
    page.goto(f"{app_url}/?from=2016-01-01&to=2017-12-31&lat=37.8&lon=72.3&zoom=6")
    wait_for_map(page)
    before = map_note(page)
    band = page.locator(".brush-band").first.bounding_box()
    track = page.locator(".brush-track").first.bounding_box()
    y = band["y"] + band["height"] / 2
    page.mouse.move(band["x"] + band["width"] / 2, y)
    page.mouse.down()
    page.mouse.move(band["x"] + band["width"] / 2 + track["width"] * 0.3, y, steps=10)
    page.wait_for_timeout(400)
    moved = page.locator(".brush-band").first.bounding_box()
    assert moved["x"] > band["x"] + track["width"] * 0.25
    assert abs(moved["width"] - band["width"]) <= 2  # the same length
    assert map_note(page) != before  # the map follows at once
    assert "from=2016-01-01" in page.url  # nothing sent while the mouse is down
    page.mouse.up()
    page.wait_for_function("() => !/from=2016-01-01/.test(location.search)", timeout=15_000)
    wait_idle(page)
    q = _query(page.url)
    start, end = (datetime.date.fromisoformat(q[k]) for k in ("from", "to"))
    assert start.year >= 2018 and end > start
    assert abs((end - start).days - 730) <= 1
    assert page.console_errors == []


def test_the_category_letters_on_the_marks_are_at_least_11_px_tall(page, app_url):
    """The letter in the camp's mark, measured in the drawn pixels (white glyph rows)."""
    page.goto(f"{app_url}/?lat=38.4&lon=74.6&zoom=8")
    wait_for_map(page)
    x, y = _pixel_of(page, *CAMP)
    image = Image.open(io.BytesIO(canvas_png(page))).convert("RGB")
    r = 8  # inside the innermost mark
    crop = np.asarray(image.crop((round(x) - r, round(y) - r, round(x) + r + 1, round(y) + r + 1)))
    white = (crop >= 235).all(axis=2)
    rows = np.flatnonzero(white.any(axis=1))
    assert len(rows), "no letter drawn in the mark"
    assert rows[-1] - rows[0] + 1 >= 11


def test_a_skip_link_takes_the_keyboard_to_the_event_list_and_the_map_shows_focus(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    page.wait_for_selector(".st-key-event-list [data-testid='data-grid-canvas']")
    names = []
    for _ in range(3):
        page.keyboard.press("Tab")
        names.append(page.evaluate("() => document.activeElement.textContent.trim()"))
        if names[-1] == "Skip to the event list":
            break
    assert names[-1] == "Skip to the event list", names  # an early Tab stop
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.activeElement.closest('.st-key-event-list') !== null", timeout=10_000
    )
    # The list's rows take the arrows from there.
    page.keyboard.press("ArrowDown")
    page.wait_for_function(
        "() => /^glide-cell-\\d+-1$/.test(document.activeElement.id)", timeout=10_000
    )
    # The map has a visible focus ring when the keyboard reaches it.
    page.locator('[data-testid="stMain"]').focus()
    page.keyboard.press("Tab")
    outline = page.evaluate(
        """() => { const e = document.activeElement, s = getComputedStyle(e);
             return [e.closest('.dashmap-canvas') !== null, s.outlineStyle, s.outlineWidth]; }"""
    )
    assert outline[0], "Tab from the top of the main area reaches the map"
    assert outline[1] != "none" and float(outline[2].removesuffix("px")) >= 2
    assert page.console_errors == []

"""A narrative in a real browser: a step's link, Next, and the arrow keys (Debian's
Chromium driven by Playwright; skips with a reason without them, unless REQUIRE_BROWSER=1).
Screenshots go to test-artifacts/ for a human."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from devkit.browser import wait_for_map, wait_idle
from synthetic import STEPS, write_narratives

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CARD = ".st-key-story-step"


@pytest.fixture(scope="module")
def package(package):
    """conftest's synthetic package with its narratives."""
    return write_narratives(package)


def _open(browser, url: str):
    page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(url)
    wait_for_map(page)
    return page


def _step_shown(page, number: int) -> None:
    """Wait until the card says step ``number`` with its caption and the URL names it."""
    page.wait_for_function(
        "([sel, want]) => (document.querySelector(sel)?.innerText ?? '').includes(want)",
        arg=[CARD, f"Step {number} of {len(STEPS)}"],
        timeout=30_000,
    )
    wait_idle(page)
    assert STEPS[number - 1]["caption"] in page.locator(CARD).inner_text()
    query = parse_qs(urlsplit(page.url).query)
    assert query["story"] == ["walk"] and query["step"] == [str(number)]
    assert query["event"] == [parse_qs(STEPS[number - 1]["view"])["event"][0]]


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_a_step_s_link_then_next_and_the_arrow_keys_walk_the_narrative(browser, app_url):
    page = _open(browser, f"{app_url}/?story=walk&step=2")
    _step_shown(page, 2)
    _shot(page, "narrative-step-2")
    page.get_by_role("button", name="Next").click()
    _step_shown(page, 3)
    # The keys belong to the page, not to the button that has the focus now.
    page.evaluate("() => document.activeElement?.blur()")
    page.keyboard.press("ArrowLeft")
    _step_shown(page, 2)
    page.keyboard.press("ArrowLeft")
    _step_shown(page, 1)
    page.keyboard.press("ArrowRight")
    _step_shown(page, 2)
    link = page.url
    assert not page.errors, page.errors
    # The link the address bar holds opens the same step in a new tab.
    other = _open(browser, link)
    _step_shown(other, 2)


def test_a_slide_shows_the_step_s_caption_and_the_arrows_step_it(browser, app_url):
    page = _open(browser, f"{app_url}/?story=walk&step=1&present=1")
    head = page.locator(".dashmap-head .dashmap-caption")
    assert head.inner_text() == f"Step 1 of {len(STEPS)} · {STEPS[0]['caption']}"
    _shot(page, "narrative-slide-1")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "() => (document.querySelector('.dashmap-caption')?.innerText ?? '').startsWith('Step 2')",
        timeout=30_000,
    )
    wait_idle(page)
    assert STEPS[1]["caption"] in head.inner_text()
    _shot(page, "narrative-slide-2")
    assert parse_qs(urlsplit(page.url).query)["step"] == ["2"]

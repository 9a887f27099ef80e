"""The briefing image compared with reference images (tests/golden/).

A reference image is the slide as it was last checked by eye. Any visible change (a
legend entry, a label, a count, the link or its QR code) fails the test; antialiasing
noise does not. The renderer uses only matplotlib's bundled fonts, so the image is the
same on every machine with the same matplotlib.

After a change made on purpose, look at the new image and regenerate the references:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_briefing_golden.py

On a failure the new image and a map of the differences are written beside the test's
tmp_path (the message says where).
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest
from PIL import Image

from dashboard.render.briefing.figure import Briefing, briefing_png
from dashboard.store.embedded import open_store
from dashboard.view.query import context_of
from dashboard.view.url import parse_query
from synthetic import write_package

GOLDEN = Path(__file__).parent / "golden"
MADE = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
VIEWS = {
    # The opening view of the synthetic package (tests/synthetic.py).
    "slide-default": "http://localhost:8501/",
    # Zoomed to the post three events share, the funding selected: rings, its letter on
    # top, the circle of the camp, names placed around the marks.
    "slide-selected": "http://localhost:8501/?lat=37.6&lon=73.2&zoom=8&event=ev-funding",
    # Layers toggled (no uncertainty, districts on), filtered, as of a date, A4.
    "a4-filtered": (
        "http://localhost:8501/?from=2016-01-01&to=2021-12-31&mode=asof"
        "&layers=bases,agreements,located,districts,places&status=reported,planned,denied"
        "&event=ev-camp"
    ),
}
# A pixel differs when one of its channels moves by more than this (antialiasing moves
# edge pixels by less at the same geometry).
PIXEL_TOLERANCE = 48
# Differences are counted per tile: a changed letter makes a dense patch in one tile,
# antialiasing noise a few scattered pixels.
TILE = 8
TILE_LIMIT = 4  # differing pixels allowed in one 8 × 8 tile
TOTAL_LIMIT = 0.0005  # and in the whole image (fraction of pixels)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return open_store(write_package(tmp_path_factory.mktemp("golden")))


def render(store, name: str, url: str) -> bytes:
    parts = urlsplit(url)
    # As the app reads a link: the data's ids and span, the settings' opening view.
    state, notes = parse_query(parse_qs(parts.query), context_of(store))
    assert not notes
    return briefing_png(store, Briefing(state, "a4" if "a4" in name else "slide", url, MADE))


def differences(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, int, float]:
    """(the mask of differing pixels, the most in one tile, the fraction in all)."""
    mask = (np.abs(a.astype(int) - b.astype(int)) > PIXEL_TOLERANCE).any(axis=2)
    h, w = mask.shape
    tiles = mask[: h // TILE * TILE, : w // TILE * TILE]
    per_tile = tiles.reshape(h // TILE, TILE, w // TILE, TILE).sum(axis=(1, 3))
    return mask, int(per_tile.max()), float(mask.mean())


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_briefing_matches_its_reference(store, name, tmp_path):
    png = render(store, name, VIEWS[name])
    path = GOLDEN / f"{name}.png"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(png)
        pytest.skip(f"wrote {path}")
    assert path.exists(), f"no reference image {path}: run with UPDATE_GOLDEN=1 to make it"
    new = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    old = np.asarray(Image.open(path).convert("RGB"))
    assert new.shape == old.shape
    mask, worst_tile, share = differences(new, old)
    if worst_tile > TILE_LIMIT or share > TOTAL_LIMIT:
        (tmp_path / f"{name}-new.png").write_bytes(png)
        diff = np.where(mask[..., None], [255, 0, 0], (old * 0.3 + 178).astype(np.uint8))
        Image.fromarray(diff.astype(np.uint8)).save(tmp_path / f"{name}-diff.png")
        ys, xs = np.nonzero(mask)
        pytest.fail(
            f"{name}: {mask.sum()} pixels differ ({share:.4%}), up to {worst_tile} in one "
            f"{TILE}×{TILE} tile, within x {xs.min()}–{xs.max()}, y {ys.min()}–{ys.max()}. "
            f"New image and differences in {tmp_path}. If the change is meant, regenerate: "
            "UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_briefing_golden.py"
        )


def test_the_comparison_sees_a_one_letter_change_and_ignores_noise():
    """The thresholds themselves: a changed letter fails, antialiasing noise passes."""
    from matplotlib.figure import Figure

    def text_image(text: str, dx: float = 0.0) -> np.ndarray:
        fig = Figure(figsize=(4, 1), dpi=150)
        fig.text(0.1 + dx, 0.5, text, fontsize=9 * 0.85, family="DejaVu Sans")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", facecolor="white")
        return np.asarray(Image.open(buf).convert("RGB"))

    base = text_image("Bokhtar")
    _, tile, _ = differences(base, text_image("Bokhtaz"))
    assert tile > TILE_LIMIT
    noise = np.clip(
        base.astype(int) + np.random.default_rng(0).integers(-40, 41, base.shape), 0, 255
    )
    _, tile, share = differences(base, noise.astype(np.uint8))
    assert tile == 0 and share == 0

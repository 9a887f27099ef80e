"""The category letter in a mark: legible (a capital at least 11 px tall), inside its
mark, and drawn at the one size ``scene.style`` states by every renderer: the map's text
layers, its legend, the briefing's map and the briefing's legend. (The browser test
measures the letter in the drawn pixels: tests/test_browser.py.)"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Circle
from matplotlib.textpath import TextPath

from dashboard.render.briefing.figure import FONTS, Briefing, build_figure
from dashboard.render.map.deck import build_deck, deck_json
from dashboard.scene import style
from dashboard.scene.legend import legend_groups
from dashboard.scene.marks import RING_BASE_PX
from dashboard.view.query import default_view
from dashboard.view.state import Context

BOLD = FontProperties(family="DejaVu Sans", weight="bold")  # the map's and the briefing's


def _glyph(letter: str) -> tuple[float, float]:
    """(width, height) in px of the letter's outline at the letter size."""
    box = TextPath((0, 0), letter, size=style.LETTER_SIZE_PX, prop=BOLD).get_extents()
    return box.width, box.height


@pytest.mark.parametrize("letter", style.LETTERS_BY_CODE)
def test_each_letter_is_at_least_11_px_tall_and_inside_the_smallest_mark(letter):
    width, height = _glyph(letter)
    assert height >= 11
    # Its box lies within the innermost mark, whose outline is at most this wide.
    widest = max(s["width"] for s in style.STATUS_STYLE.values())
    assert math.hypot(width / 2, height / 2) <= RING_BASE_PX + widest / 2


def test_the_map_s_letter_layers_and_legend_use_the_letter_size():
    state = replace(Context((date(2015, 1, 1), date(2022, 12, 31))).default_state(), mode="asof")
    layers = deck_json(build_deck(state))["layers"]
    sizes = {lay["id"]: lay["getSize"] for lay in layers if "letter" in lay["id"]}
    assert len(sizes) == 3 and set(sizes.values()) == {style.LETTER_SIZE_PX}
    [what] = legend_groups(["base", "funding"], [], [])
    for item in what["items"]:
        swatch = item["swatch"]
        assert swatch["text"] and swatch["text_px"] == style.LETTER_SIZE_PX
        assert swatch["r"] == RING_BASE_PX  # the mark the map draws, letter and all


def _em_per_radius(ax, letter_gid: str, marks) -> list[float]:
    """Each letter's size (em, display px) over the radius (display px) of the circle
    it is drawn in."""
    fig = ax.figure
    sx = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0])
    out = []
    for text in (t for t in ax.texts if t.get_gid() == letter_gid):
        at = np.asarray(text.get_position())
        under = [c for c in marks if np.allclose(c.center, at, atol=0.01)]
        em = text.get_fontsize() * fig.dpi / 72
        out.append(em / (min(c.radius for c in under) * sx))
    return out


def test_the_briefing_draws_letters_and_legend_letters_as_the_map_does(synthetic_store):
    state = replace(default_view(synthetic_store), lat=37.6, lon=73.2, zoom=8.0)
    with plt.rc_context(FONTS):
        fig = build_figure(synthetic_store, Briefing(state, "slide", "", None))
        fig.canvas.draw()  # the axes take their final size (equal aspect) when drawn
        map_ax = fig.axes[0]
        marks = [
            p for p in map_ax.patches if isinstance(p, Circle) and p.get_gid() == "event-marker"
        ]
        on_map = _em_per_radius(map_ax, "event-letter", marks)
        legend_ax = next(
            a for a in fig.axes if any(t.get_gid() == "legend-letter" for t in a.texts)
        )
        circles = [p for p in legend_ax.patches if isinstance(p, Circle)]
        in_legend = _em_per_radius(legend_ax, "legend-letter", circles)
        plt.close(fig)
    ratio = style.LETTER_SIZE_PX / RING_BASE_PX
    assert on_map and in_legend
    # The innermost mark at a place carries the letter: its radius is RING_BASE_PX.
    assert max(on_map) == pytest.approx(ratio, rel=0.01)
    assert all(r == pytest.approx(ratio, rel=0.01) for r in in_legend)

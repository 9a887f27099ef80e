"""The scene's legend drawn with matplotlib: each group a column (long groups wrap into
more columns), each entry its symbol and its words, as the map component draws them."""

from __future__ import annotations

import matplotlib.patheffects as pe
from matplotlib.patches import Circle, Rectangle

from dashboard.render.briefing.mapdraw import rgba
from dashboard.scene.fontmetrics import text_width
from dashboard.scene.legend import LegendGroup, Swatch
from dashboard.scene.style import LETTER_OUTLINE

SYMBOL = 22  # each symbol's square, as in the browser's legend (22 px beside 13 px text)
TEXT = 13
GAP = 26  # between columns, in symbol units


def _symbol(ax, s: Swatch, cx: float, cy: float, k: float, pt: float) -> None:
    """One symbol centred at (cx, cy), ``k`` image px and ``pt`` points per symbol px
    (y down)."""
    kw = {"linewidth": s["width"] * k * 0.75, "linestyle": (0, (4, 3)) if s["dash"] else "-"}
    if s["shape"] == "square":
        w, h = (SYMBOL - 6) * k, (SYMBOL - 8) * k
        ax.add_patch(
            Rectangle(
                (cx - w / 2, cy - h / 2),
                w,
                h,
                facecolor=rgba(s["fill"]),
                edgecolor=rgba(s["line"]),
                **kw,
            )
        )
    elif s["shape"] == "rings":
        for r in (9, 5):
            ax.add_patch(Circle((cx, cy), r * k, fill=False, edgecolor=rgba(s["line"]), **kw))
        ax.add_patch(Circle((cx, cy), 1.5 * k, color=rgba(s["line"])))
    else:
        r = min(s["r"], SYMBOL / 2 - 2) * k
        ax.add_patch(
            Circle((cx, cy), r, facecolor=rgba(s["fill"]), edgecolor=rgba(s["line"]), **kw)
        )
        if s["text"]:
            ax.text(
                cx,
                cy,
                s["text"],
                ha="center",
                va="center_baseline",
                fontsize=s["text_px"] * pt,
                fontweight="bold",
                color="white",
                path_effects=[pe.withStroke(linewidth=2 * pt, foreground=rgba(LETTER_OUTLINE))],
                gid="legend-letter",
            )


def draw_legend(ax, groups: list[LegendGroup], fontsize: float, height: float) -> None:
    """The legend on ``ax`` (an axes in image pixels, y down, ``height`` tall), its text
    at ``fontsize`` points and its symbols in proportion, as on the page. When nothing is
    drawn it says so."""
    if not groups:
        ax.text(
            0,
            0,
            "No event is drawn on the map in this view.",
            fontsize=fontsize,
            color="#444",
            va="top",
            gid="legend-empty",
        )
        return
    px = fontsize * 150 / 72  # the text's size in image pixels (150 dpi)
    k = 0.85 * px / TEXT
    row = max(SYMBOL * k, px * 1.3) + 2 * k
    rows = max(1, int((height - px * 1.4) // row))
    x = 0.0
    for group in groups:
        items = group["items"]
        ax.text(
            x,
            0,
            group["title"].upper(),
            fontsize=fontsize * 0.85,
            fontweight="bold",
            color="#4a4f5a",
            va="top",
            gid="legend-title",
        )
        for start in range(0, len(items), rows):
            column = items[start : start + rows]
            for n, item in enumerate(column):
                cy = px * 1.4 + row * (n + 0.5)
                _symbol(ax, item["swatch"], x + SYMBOL * k / 2, cy, k, k * fontsize / px)
                ax.text(
                    x + SYMBOL * k + 5 * k,
                    cy,
                    item["label"],
                    fontsize=fontsize,
                    va="center",
                    color="#222",
                    gid="legend-entry",
                )
            widest = max(text_width(i["label"], px) for i in column)
            x += SYMBOL * k + 5 * k + widest + GAP * k

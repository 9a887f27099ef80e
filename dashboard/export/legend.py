"""The legend, drawn with matplotlib: shown under the map and on the exported image."""

from __future__ import annotations

import io
from collections.abc import Iterable

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from dashboard.mapview import style

NEUTRAL = (110, 110, 110)


def _rgba(rgb, alpha: float = 1.0) -> tuple[float, float, float, float]:
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255, alpha)


def category_handles(categories: Iterable[str]) -> list[Line2D]:
    return [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=10,
            markerfacecolor=_rgba(style.CATEGORY_COLORS[c]),
            markeredgecolor="white",
            label=style.CATEGORY_LABELS[c],
        )
        for c in categories
    ]


def status_handles(statuses: Iterable[str] = style.MARK_STYLES) -> list[Line2D]:
    out = []
    for s in statuses:
        st = style.STATUS_STYLE[s]
        edge = st["line"] or NEUTRAL
        out.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=10,
                markerfacecolor=_rgba(NEUTRAL, st["fill_alpha"] / 255),
                markeredgecolor=_rgba(edge),
                markeredgewidth=st["width"] * 0.8,
                label=style.STATUS_LABELS[s],
            )
        )
    return out


def uncertainty_handles() -> list:
    return [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=16,
            markerfacecolor=_rgba(style.UNCERTAINTY_FILL[:3], 0.18),
            markeredgecolor=_rgba(style.UNCERTAINTY_LINE[:3], 0.6),
            label="Radius of place uncertainty",
        ),
        Patch(
            facecolor=_rgba(NEUTRAL, 0.12),
            edgecolor=_rgba(NEUTRAL),
            linestyle="--",
            label="Only the region is known (dashed)",
        ),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=13,
            markerfacecolor="none",
            markeredgecolor=_rgba(NEUTRAL),
            label="Rings: several events at one place",
        ),
    ]


def draw_legend(
    ax,
    categories: Iterable[str],
    statuses: Iterable[str] = style.MARK_STYLES,
    fontsize: float = 9,
    loc: str = "upper left",
    title: str | None = None,
):
    """Draw the legend (categories, status symbols, uncertainty) on ``ax``."""
    rows = 5  # the five mark styles in one column
    blank = Line2D([], [], linestyle="", label=" ")

    def column_block(items: list) -> list:
        # Pad each group to whole columns so categories, statuses and uncertainty
        # each start a column of their own.
        return items + [blank] * (-len(items) % rows)

    handles = [
        *column_block(category_handles(categories)),
        *column_block(status_handles(statuses)),
        *column_block(uncertainty_handles()),
    ]
    ncol = max(1, len(handles) // rows)
    return ax.legend(
        handles=handles,
        loc=loc,
        ncol=ncol,
        fontsize=fontsize,
        frameon=False,
        handletextpad=0.4,
        columnspacing=1.2,
        labelspacing=0.3,
        title=title,
        title_fontsize=fontsize,
    )


def legend_png(
    categories: Iterable[str], statuses: Iterable[str] = style.MARK_STYLES, width_in: float = 9.0
) -> bytes:
    """A small PNG of the legend for the page."""
    fig = plt.figure(figsize=(width_in, 1.3), dpi=110)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    draw_legend(ax, list(categories), list(statuses), loc="center left")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", transparent=False, facecolor="white")
    plt.close(fig)
    return buf.getvalue()

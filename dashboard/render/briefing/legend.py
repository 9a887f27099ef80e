"""The legend, drawn with matplotlib: shown under the map and on the exported image."""

from __future__ import annotations

import io
from collections.abc import Iterable

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.pyplot as plt
from matplotlib.font_manager import FontProperties
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.path import Path
from matplotlib.textpath import TextPath
from matplotlib.transforms import Affine2D

from dashboard.scene import style

NEUTRAL = (110, 110, 110)


def _rgba(rgb, alpha: float = 1.0) -> tuple[float, float, float, float]:
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255, alpha)


def category_handles(categories: Iterable[str]) -> list:
    """A dot in the category's colour with the category's letter in it (as on the map):
    a (dot, letter) pair, drawn one over the other by ``HandlerTuple``."""
    out = []
    for c in categories:
        dot = Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=12,
            markerfacecolor=_rgba(style.CATEGORY_COLORS[c]),
            markeredgecolor="white",
        )
        letter = Line2D(
            [],
            [],
            marker=_letter(style.CATEGORY_LETTERS[c]),
            linestyle="",
            markersize=6.5,
            markerfacecolor="white",
            markeredgecolor="white",
            markeredgewidth=0.3,
        )
        out.append(_Labelled((dot, letter), style.CATEGORY_LABELS[c]))
    return out


def _letter(letter: str) -> Path:
    """A bold letter as a marker path, centred (plain text, not TeX: the briefing turns
    maths off so that data is never read as markup)."""
    path = TextPath(
        (0, 0), letter, size=1, prop=FontProperties(family="DejaVu Sans", weight="bold")
    )
    box = path.get_extents()
    return path.transformed(Affine2D().translate(-(box.x0 + box.x1) / 2, -(box.y0 + box.y1) / 2))


class _Labelled(tuple):
    """A tuple of handles that carries its legend label."""

    def __new__(cls, handles, label: str):
        obj = super().__new__(cls, handles)
        obj.label = label
        return obj


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


# The legend entries that are not a category or a mark style, in the order they are drawn:
# each stands for something drawn only in some views (see ``draw_legend``'s ``extras``).
EXTRAS = ("uncertainty", "region", "rings", "faded", "selected")
# What the app's legend shows when the caller does not say what is drawn (its old behaviour).
DEFAULT_EXTRAS = ("uncertainty", "region", "rings")


def extra_handles(extras: Iterable[str] = DEFAULT_EXTRAS) -> list:
    """Handles for the ``extras`` given (keys of ``EXTRAS``), in ``EXTRAS`` order."""
    wanted = set(extras)
    unknown = wanted - set(EXTRAS)
    if unknown:
        raise ValueError(f"extras were {sorted(unknown)} but are expected to be in {EXTRAS}")
    make = {
        "region": lambda: Patch(
            facecolor="none",
            edgecolor=_rgba(NEUTRAL),
            linestyle="--",
            label="Only the region is known (dashed)",
        ),
        "uncertainty": lambda: Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=16,
            markerfacecolor=_rgba(style.UNCERTAINTY_FILL[:3], 0.18),
            markeredgecolor=_rgba(style.UNCERTAINTY_LINE[:3], 0.6),
            label="Radius of place uncertainty",
        ),
        "rings": lambda: Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=13,
            markerfacecolor="none",
            markeredgecolor=_rgba(NEUTRAL),
            label="Rings: several events at one place",
        ),
        "faded": lambda: Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=10,
            markerfacecolor=_rgba(NEUTRAL, style.FADED_FACTOR * 235 / 255),
            markeredgecolor=_rgba((255, 255, 255), style.FADED_FACTOR),
            label="Faded: ended before the range",
        ),
        "selected": lambda: Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=13,
            markerfacecolor="none",
            markeredgecolor=_rgba(style.SELECTION),
            markeredgewidth=2,
            label="Selected event",
        ),
    }
    return [make[e]() for e in EXTRAS if e in wanted]


def uncertainty_handles() -> list:
    """The legend's old fixed block: uncertainty radius, region-only outline, rings."""
    return extra_handles(DEFAULT_EXTRAS)


def draw_legend(
    ax,
    categories: Iterable[str],
    statuses: Iterable[str] = style.MARK_STYLES,
    fontsize: float = 9,
    loc: str = "upper left",
    title: str | None = None,
    extras: Iterable[str] | None = None,
):
    """Draw the legend on ``ax``: the ``categories`` and mark styles (``statuses``) given,
    then the ``extras`` (keys of ``EXTRAS``: region outline, uncertainty radius, rings,
    faded, selection).

    Pass only what the map draws: a legend entry for something that is not on the map
    (a layer switched off, a mark no event has) misleads. ``extras=None`` keeps the old
    fixed block (uncertainty, region, rings) for callers that do not know what is drawn.
    Returns the Legend, or the Text saying that nothing is drawn.
    """
    rows = 5  # the five mark styles in one column
    blank = Line2D([], [], linestyle="", label=" ")

    def column_block(items: list) -> list:
        # Pad each group to whole columns so categories, statuses and extras each start a
        # column of their own.
        return items + [blank] * (-len(items) % rows)

    handles = [
        *column_block(category_handles(categories)),
        *column_block(status_handles(statuses)),
        *column_block(extra_handles(DEFAULT_EXTRAS if extras is None else extras)),
    ]
    if not handles:
        return ax.text(
            0,
            1,
            "No event is drawn on the map in this view.",
            fontsize=fontsize,
            color="#444",
            va="top",
            transform=ax.transAxes,
        )
    ncol = max(1, len(handles) // rows)
    labels = [h.label if isinstance(h, _Labelled) else h.get_label() for h in handles]
    return ax.legend(
        handles=[tuple(h) if isinstance(h, _Labelled) else h for h in handles],
        labels=labels,
        handler_map={tuple: HandlerTuple(ndivide=1, pad=0)},
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
    categories: Iterable[str],
    statuses: Iterable[str] = style.MARK_STYLES,
    width_in: float = 9.0,
    extras: Iterable[str] | None = None,
) -> bytes:
    """A small PNG of the legend for the page (``extras`` as in ``draw_legend``: pass
    what the map draws, e.g. no "uncertainty" when that layer is off)."""
    fig = plt.figure(figsize=(width_in, 1.3), dpi=110)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    draw_legend(
        ax,
        list(categories),
        list(statuses),
        loc="center left",
        extras=None if extras is None else list(extras),
    )
    buf = io.BytesIO()
    fig.savefig(buf, format="png", transparent=False, facecolor="white")
    plt.close(fig)
    return buf.getvalue()

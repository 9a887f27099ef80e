"""The briefing's side panel: the selection, the layers, every source behind what is
shown, and the events on the map in the scene's order (the selection first, then those
in the frame), as many as fit."""

from __future__ import annotations

import textwrap

import pandas as pd

from dashboard.contract.catalog import EVENT_LAYERS, LAYER_LABELS
from dashboard.contract.claims import dispute_note, group_claims, roots_of
from dashboard.scene import style
from dashboard.scene.build import Scene
from dashboard.scene.text import OUTSIDE, UNCOVERED_NOTE, selected_text

EVENT_LAYER_IDS_ORDERED = tuple(g.id for g in EVENT_LAYERS)
LISTED = 60  # events given a line block on a sheet: more never fit

CAPTION_LINES = 9  # a 280-character caption wraps to 7 or 8 lines of the panel
# A panel item: (kind, text, at most so many lines, bullet it). Kinds: "head" (bold),
# "caption" (a narrative step's caption, larger), "gap" (half a blank line), "small"
# (grey), "selected" (bold),
# "event" (one event's block: only whole ones are drawn).
Item = tuple[str, str, int, bool]
# How a kind is drawn: (font size, of the base size; line height and characters a line,
# of the panel's text). Kinds not named are the panel's text, ``TEXT``.
TEXT = (0.82, 1.0, 1.0)
KIND_SIZES = {"head": (1.0, 1.35, 1.0), "caption": (0.95, 1.25, 0.93), "gap": (0.82, 0.5, 1.0)}


def caption_items(heading: str, caption: str) -> list[Item]:
    """A caption over the panel (a narrative's step): its heading, then its words."""
    if not caption:
        return []
    return [
        ("head", heading, 2, False),
        ("caption", caption, CAPTION_LINES, False),
        ("gap", "", 1, False),
    ]


def _selection_items(scene: Scene) -> list[Item]:
    s = scene.selection
    if s is None:
        return []
    where = "" if s.in_frame else "Outside this frame" if s.drawn else "Not on the map"
    if not s.shown:
        where = "Not in this view (outside the window, filtered out, or its layer is off)"
    items: list[Item] = [
        ("head", "Selected", 1, False),
        (
            "selected",
            selected_text(s.letter, s.category, s.title, s.when).removeprefix("Selected: "),
            3,
            False,
        ),
    ]
    return [*items, ("small", where, 2, False)] if where else items


def _event_items(ds, scene: Scene) -> list[Item]:
    """One block per event on the map, in the scene's listing order, each led by its
    category letter as its mark shows it."""
    events = ds.events.iloc[scene.listing[:LISTED]]
    roots = roots_of(ds.sources)
    selected = scene.selection.position if scene.selection else None
    out = []
    for at, (_, e) in zip(scene.listing[:LISTED], events.iterrows(), strict=True):  # bounded
        note = dispute_note(group_claims(ds.claims_for(e["event_id"]), roots))
        if not note and e["contested"]:
            note = "contested"
        # The mark goes first: a long title is cut at two lines, the mark never is.
        mark = f"[{note}] " if note else ""
        letter = style.CATEGORY_LETTERS[e["category"]]
        kind = "selected-event" if at == selected else "event"
        out.append((kind, f"{letter} · {e['when']} — {mark}{e['title']}", 2, True))
    return out


def panel_items(ds, scene: Scene, layers) -> list[Item]:
    """The panel's items, top to bottom (see the module docstring)."""
    c = scene.counts
    off = [LAYER_LABELS[g] for g in EVENT_LAYER_IDS_ORDERED if g not in set(layers)]
    used = ds.sources_behind(pd.Series(ds.events["event_id"].to_numpy()[scene.shown]))
    items = [
        *_selection_items(scene),
        (
            "small",
            "Layers off: " + "; ".join(off) if off else "Every event layer is shown",
            2,
            False,
        ),
        ("head", f"Sources behind what is shown ({len(used)})", 1, False),
        *[("small", ds.citation(sid), 1, True) for sid in used.index],
        ("head", f"Events on the map ({c.on_map})", 1, False),
    ]
    if c.no_place:
        items.append(("small", f"Not drawn: {c.no_place} with {ds.settings.no_place}", 1, False))
    if c.outside:
        items.append(("small", f"{c.outside} {OUTSIDE}", 1, False))
    if scene.uncovered:
        items.append(("small", UNCOVERED_NOTE, 3, False))
    if c.in_frame < c.on_map:
        items.append(
            ("small", f"{c.in_frame} in this frame, {c.on_map - c.in_frame} outside it", 1, False)
        )
    return items + _event_items(ds, scene)


def wrap(text: str, width: int, max_lines: int = 2) -> list[str]:
    """Wrapped lines, at most ``max_lines``; the last one ends in … when text was cut."""
    lines = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1][: max(0, width - 1)] + "…"]
    return lines


def panel_lines(
    items: list[Item],
    total: int,
    top: float,
    line_h: float,
    widths: tuple[int, int],
    beside: float,
    bottom: float,
) -> list[tuple[float, str, str]]:
    """(y, kind, text) of each panel line, from ``top`` down (figure fractions).

    Lines wrap at ``widths[0]`` characters, or ``widths[1]`` where any line of the item
    would come below ``beside`` (next to the QR code). Every item that is not an event is
    drawn; event blocks only while they fit above ``bottom`` with room for a last line
    saying how many more of the ``total`` events on the map there are.
    """
    out: list[tuple[float, str, str]] = []
    y, drawn = top, 0
    for kind, text, max_lines, bullet in items:
        _, height, chars = KIND_SIZES.get(kind, TEXT)
        step = line_h * height
        lines = wrap(text, int(widths[0] * chars) - 3 * bullet, max_lines)
        if y - len(lines) * step < beside:
            lines = wrap(text, int(widths[1] * chars) - 3 * bullet, max_lines)
        if kind.endswith("event"):
            if y - (len(lines) + (drawn + 1 < total)) * step < bottom:
                break
            drawn += 1
        for i, line in enumerate(lines):
            prefix = ("• " if i == 0 else "   ") if bullet else ""
            out.append((y, kind, prefix + line))
            y -= step
    if drawn < total:
        out.append((y, "small", f"… and {total - drawn} more: open the link"))
    return out

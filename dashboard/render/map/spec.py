"""The spec of one rerun: what the map component draws for a scene (``MapSpec``).

Everything here is taken from the scene; the component receives it as JSON (a few
kilobytes), next to the payloads it already holds.
"""

from __future__ import annotations

import math

import numpy as np

from dashboard.render.map import protocol as P
from dashboard.render.map.deck import build_deck, deck_json
from dashboard.render.map.payload import EventsPayload
from dashboard.scene import style
from dashboard.scene.build import AGGREGATE_ABOVE, Scene
from dashboard.scene.frame import Frame
from dashboard.scene.labels import Label
from dashboard.store.query import day_number
from dashboard.view.state import ViewState

SOLID = [0.0, 0.0]


def label_specs(labels: list[Label], frame: Frame) -> list[P.LabelSpec]:
    """The placed labels (what could not be placed is not drawn)."""
    placed = [lb for lb in labels if lb.placed and lb.box is not None]
    x, y = frame.project(np.array([lb.lon for lb in placed]), np.array([lb.lat for lb in placed]))
    return [
        {
            "text": lb.text,
            "kind": lb.kind,  # type: ignore[typeddict-item]
            "position": [round(lb.lon, 5), round(lb.lat, 5)],
            "size": lb.size,
            "bold": lb.bold,
            "anchor": lb.anchor,  # type: ignore[typeddict-item]
            "baseline": lb.baseline,  # type: ignore[typeddict-item]
            "offset": [lb.dx, lb.dy],
            "dot": lb.dot,
            # Whole pixels, rounded outwards: a few characters a name in every spec.
            "extent": [
                math.floor(box[0] - px),
                math.floor(box[1] - py),
                math.ceil(box[2] - px),
                math.ceil(box[3] - py),
            ],
        }
        for lb, box, px, py in zip(placed, [lb.box for lb in placed], x, y, strict=True)
    ]


def area_specs(scene: Scene) -> list[P.AreaSpec]:
    return [
        {
            "site": a.site,
            "fill": list(a.fill),
            "line": list(a.line),
            "dash": [float(d) for d in style.DASH_PX] if a.dashed else SOLID,
            "tip": a.tip,
        }
        for a in scene.areas
    ]


def selection_spec(scene: Scene, payload: EventsPayload, marks) -> P.SelectionSpec | None:
    """The selected mark, drawn on top of the others at its place, and its ring."""
    s = scene.selection
    if s is None or not s.drawn:
        return None
    at = s.position
    return {
        "index": int(payload.draw_index[at]),
        "position": [float(marks.lon[at]), float(marks.lat[at])],
        "radius": float(marks.radius[at]),
        "ring": float(marks.radius[at] + style.SELECTION_GAP_PX),
        "fill": [int(c) for c in marks.fill[at]],
        "line": [int(c) for c in marks.line[at]],
        "width": float(marks.width[at]),
    }


def map_spec(
    scene: Scene,
    view: ViewState,
    payload: EventsPayload,
    marks,
    *,
    reference: str,
    mask: str | None,
    letters: str | None,
    span,
    seq: int,
    drawn_layers,
    extent,
    slide: P.SlideSpec | None = None,
    skip: P.SkipSpec | None = None,
    picture: str | None = None,
    picture_of: str = "",
) -> P.MapSpec:
    """The spec of ``scene`` (the view ``view``) for the component."""
    site = payload.site_ids.index(view.site) if view.site in payload.site_ids else None
    return {
        "deck": deck_json(build_deck(view, drawn_layers, dim=scene.dims)),
        "events": payload.version,
        "reference": reference,
        "mask": mask,
        "letters": letters,
        "window": [day_number(view.start), day_number(view.end)],
        "span": [day_number(span[0]), day_number(span[1])],
        "mode": view.mode,  # type: ignore[typeddict-item]
        "view": {"latitude": view.lat, "longitude": view.lon, "zoom": view.zoom, "seq": seq},
        "frame": {"width": scene.frame.width, "height": scene.frame.height},
        "areas": area_specs(scene),
        "labels": label_specs(scene.labels, scene.frame),
        "selection": selection_spec(scene, payload, marks),
        "selected_site": site,
        "aggregate_above": AGGREGATE_ABOVE,
        "legend": scene.legend,
        "slide": slide,
        "extent": list(extent) if extent else None,
        "skip": skip,
        "picture": picture,
        "picture_of": picture_of,
    }

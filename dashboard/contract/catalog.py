"""The map's layer groups: which events go in which toggleable layer.

Kept in the core (not with the map code) because URL state and exports name them too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class LayerGroup:
    id: str
    label: str
    categories: tuple[str, ...]  # empty: chosen by placement instead (see layer_of)


EVENT_LAYERS: tuple[LayerGroup, ...] = (
    LayerGroup("bases", "Bases, facilities & deployments", ("base", "deployment")),
    LayerGroup("exercises", "Exercises and exercise areas", ("exercise",)),
    LayerGroup(
        "agreements", "Agreements, funding & diplomacy", ("agreement", "funding", "diplomacy")
    ),
    LayerGroup("reports", "Reports & revelations", ("report",)),
    LayerGroup("located", "Events placed by their own coordinates", ()),
)
CONTEXT_LAYERS: tuple[LayerGroup, ...] = (
    LayerGroup("districts", "District boundaries", ()),
    LayerGroup("places", "Place names", ()),
    LayerGroup("uncertainty", "Uncertainty (radius / region)", ()),
)
ALL_LAYERS = EVENT_LAYERS + CONTEXT_LAYERS
LAYER_IDS: tuple[str, ...] = tuple(g.id for g in ALL_LAYERS)
LAYER_LABELS: dict[str, str] = {g.id: g.label for g in ALL_LAYERS}


def assign_layers(events: pd.DataFrame) -> pd.Series:
    """The layer group each event is drawn in: its category's, or ``located`` when it is
    placed by its own coordinates."""
    by_category = {c: g.id for g in EVENT_LAYERS for c in g.categories}
    # Looked up per distinct category, then spread by code: no Python string per event.
    codes, categories = pd.factorize(events["category"], use_na_sentinel=False)
    groups = np.array([by_category.get(c) for c in categories], dtype=object)
    layers = groups[codes] if len(codes) else np.array([], dtype=object)
    unknown = pd.isna(layers)
    if unknown.any():
        raise ValueError(f"no layer group for category {events['category'][unknown].iloc[0]!r}")
    own = (events["placement"] == "coordinates").to_numpy(dtype=bool)
    return pd.Series(np.where(own, "located", layers), index=events.index, dtype="object")
